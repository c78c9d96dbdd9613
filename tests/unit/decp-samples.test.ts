// Every real sample and official example of shared/reference/decp (copied byte for byte into
// tests/fixtures/decp/reference/) imports with totals and defects counted by hand, outside our code:
//   jq '.marches|length' F; jq -r '.marches[]|"\(.acheteur.id)|\(.id)"' F | sort | uniq -d -c   (records, repeats)
//   jq -r '.marches[]|.nature' F | sort | uniq -c; jq -r '.marches[]|.procedure' F | sort | uniq -c
//   jq '[.marches[]|.montant]|add' F; jq -c '.marches[]|select(.modifications|length>0)' F
//   for 2022 files: jq -c '.marches.marche[]|{id,montant,m:[.modifications[]?.modification.montant],
//   cpv:.codeCPV,proc:.procedure,d:.dureeMois,e:.considerationsEnvironnementales,s:.considerationsSociales}' F
//   for XML: grep -c '<marche>' F; grep -n '<id>\|<montant>\|<valeurGlobale>\|<nature>' F
// Fields not read yet (titulaires, offresRecues, ccag, lieuExecution) carry defects the notes list (a 10-digit
// holder SIRET, offresRecues missing ×17 in Maximilien) that are not counted here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { reportDecp } from '../../src/domain/decp/report';
import { fixture } from '../helpers';

const read = (name: string) => readDecpText(name, readFileSync(fixture(`decp/reference/${name}`), 'utf8'));
const reportOf = (name: string) => reportDecp([read(name)]).report;

/** Defects as `field: kind` with how many, the way they were counted by hand. */
function defectCounts(name: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of read(name).defects) counts[`${d.field}: ${d.kind}`] = (counts[`${d.field}: ${d.kind}`] ?? 0) + 1;
  return counts;
}

const NOT_STATED = (n: number) => ({ clause: 0, criterion: 0, both: 0, none: 0, notStated: n });
const SOCIAL_NOT_STATED = (n: number) => ({ clause: 0, criterion: 0, both: 0, reserved: 0, none: 0, notStated: n });

describe('real samples', () => {
  it('PES Hauts-de-France 2019 subset: 149 records, one contract published three times, one modification', () => {
    // 149 records, all `_type` Marché; 28020001500145|201817100 three times (publications of 2019-01-16,
    // 03-05, 03-06, same 142,725 €): 2 duplicates, 147 contracts. Sum of the 149 amounts 33,746,721.10,
    // less 2 × 142,725 = 33,461,271.10; 201816001's modification raises 510,900 to 515,400 (+4,500):
    // 33,465,771.10 €. Natures: 79 Accord-cadre + 1 Marché subséquent = 80 ceilings. Procedures: 5 × the
    // schema 1.4 value "Marché négocié sans publicité…". Dates carry "+01:00", which schema 1.5 allows.
    const r = reportOf('real_decp2019_hdf_subset_data.gouv.fr_pes_2019-04-05.json');
    expect(r.files[0]).toMatchObject({ shape: 'json-2019', records: 149, problem: null });
    expect(r.contracts).toBe(147);
    expect(r.duplicates).toBe(2);
    expect(r.environmental).toEqual(NOT_STATED(147));
    expect(r.social).toEqual(SOCIAL_NOT_STATED(147));
    expect(r.environmentalAmounts.notStated).toBe(33465771.1);
    expect(r.amountUnknown).toBe(0);
    expect(r.ceilings.contracts).toBe(80);
    expect(defectCounts('real_decp2019_hdf_subset_data.gouv.fr_pes_2019-04-05.json')).toEqual({ 'procedure: enum-old-value': 5 });
    expect(r.defects.map((d) => d.record)).toEqual(['marches[5]', 'marches[8]', 'marches[16]', 'marches[17]', 'marches[129]']);
  });

  it('Maximilien 2024-10-06: 17 marchés, every "Pas de considération", the defects the notes list', () => {
    // 17 marchés, no id repeated, "contrat-concession" empty. Every record says "Pas de considération …" for
    // both: none ×17. Amounts: four are 0.0 (left out, amount-not-positive); D2F0000502's modification sets
    // 30,000 to 50 (no publication date: missing); the others add up to 4,483,076.63, with 50: 4,483,126.63 €.
    // procedure absent ×15, codeCPV ×5, dureeMois ×4 (the notes' counts); technique, modaliteExecution and
    // typePrix lists empty ×17 each. Four `_type` "Accord-cadre à marchés subséquents…": ceilings, all 0 €.
    const name = 'real_decp2024_maximilien_13001845000028_2024-10-06.json';
    const r = reportOf(name);
    expect(r.files[0]).toMatchObject({ shape: 'json-2022', records: 17 });
    expect(r.contracts).toBe(17);
    expect(r.duplicates).toBe(0);
    expect(r.environmental).toEqual({ clause: 0, criterion: 0, both: 0, none: 17, notStated: 0 });
    expect(r.social).toEqual({ clause: 0, criterion: 0, both: 0, reserved: 0, none: 17, notStated: 0 });
    expect(r.environmentalAmounts.none).toBe(4483126.63);
    expect(r.amountUnknown).toBe(4);
    expect(r.ceilings).toEqual({ contracts: 4, amount: 0 });
    expect(defectCounts(name)).toEqual({
      'techniques: empty-list': 17,
      'modalitesExecution: empty-list': 17,
      'typesPrix: empty-list': 17,
      'montant: amount-not-positive': 4,
      'procedure: missing': 15,
      'codeCPV: missing': 5,
      'dureeMois: missing': 4,
      'modifications[0].datePublicationDonneesModification: missing': 1,
    });
  });

  it('Maximilien 2024-02-29 (malformed): 2022 content in the 2019 envelope, empty lists, considerations not stated', () => {
    const name = 'real_decp2024_malformed_maximilien_13001845000028_2024-02-29.json';
    const r = reportOf(name);
    expect(r.contracts).toBe(1);
    expect(r.environmental).toEqual(NOT_STATED(1));
    expect(r.environmentalAmounts.notStated).toBe(952543.75);
    expect(read(name).defects.map((d) => [d.record, d.field, d.kind])).toEqual([
      ['*', 'marches', 'wrong-envelope'],
      ['marches[0]', 'techniques', 'empty-list'],
      ['marches[0]', 'modalitesExecution', 'empty-list'],
      ['marches[0]', 'typesPrix', 'empty-list'],
      ['marches[0]', 'considerationsEnvironnementales', 'empty-list'],
      ['marches[0]', 'considerationsSociales', 'empty-list'],
    ]);
  });
});

describe('official examples', () => {
  it.each([
    // file, shape, records, contracts, duplicates, environmental, € by class, ceilings (contracts, €)
    // v1.5 JSON: an Accord-cadre of 127,000 € and a concession of 27,860,000 €.
    ['v1.5_paquet.json', 'json-2019', 2, 2, 0, NOT_STATED(2), { notStated: 27987000 }, [1, 127000]],
    // v1.5 XML: two concessions (27,860,000 € each) and two marchés (127,000 € each), one an Accord-cadre.
    ['v1.5_paquet.xml', 'xml-2019', 4, 4, 0, NOT_STATED(4), { notStated: 55974000 }, [1, 127000]],
    // The same concession twice (id 0612202306122023, authority 12345678901234): clause and criterion, 10.3 €.
    ['v2_Contrat-concession.xml', 'xml-2022', 2, 1, 1, { ...NOT_STATED(0), both: 1 }, { both: 10.3 }, [0, 0]],
    // The same marché twice (TEST2022): a clause, 575,000 €, techniques Accord-cadre.
    ['v2_Marche.xml', 'xml-2022', 2, 1, 1, { ...NOT_STATED(0), clause: 1 }, { clause: 575000 }, [1, 575000]],
    // Two concessions with clause and criterion, 10.3 € each.
    ['v2_concessions.json', 'json-2022', 2, 2, 0, { ...NOT_STATED(0), both: 2 }, { both: 20.6 }, [0, 0]],
    // Two marchés of 575,000 € each modified to 123,457.87 €: 246,915.74 €; Accord-cadre.
    ['v2_marches_avec_modifications.json', 'json-2022', 2, 2, 0, { ...NOT_STATED(0), clause: 2 }, { clause: 246915.74 }, [2, 246915.74]],
    // The two marchés above, and two concessions of 10.3 € each modified to 25 €.
    ['v2_marches_concessions.json', 'json-2022', 4, 4, 0, { ...NOT_STATED(0), clause: 2, both: 2 }, { clause: 246915.74, both: 50 }, [2, 246915.74]],
  ] as const)('%s (%s): %i records, %i contracts, %i duplicates', (name, shape, records, contracts, duplicates, environmental, amounts, ceilings) => {
    const r = reportOf(name);
    expect(r.files[0]).toMatchObject({ shape, records, problem: null });
    expect(r.contracts).toBe(contracts);
    expect(r.duplicates).toBe(duplicates);
    expect(r.environmental).toEqual(environmental);
    expect(r.environmentalAmounts).toEqual({ ...{ clause: 0, criterion: 0, both: 0, none: 0, notStated: 0 }, ...amounts });
    expect(r.ceilings).toEqual({ contracts: ceilings[0], amount: ceilings[1] });
    expect(r.defects).toEqual([]);
  });

  it('every v2 example states social clause and criterion: both', () => {
    for (const name of [
      'v2_Contrat-concession.xml',
      'v2_Marche.xml',
      'v2_concessions.json',
      'v2_marches_avec_modifications.json',
      'v2_marches_concessions.json',
    ]) {
      const r = reportOf(name);
      expect(r.social.both, name).toBe(r.contracts);
    }
  });

  it('decp-table-schema example: 4 rows, 2 holders each, the 2 rows of the earlier version left out', () => {
    // Rows 1–2: id …2300, donneesActuelles "non" (superseded by the duration change); rows 3–4: id …2301,
    // "oui", two holders of one contract: 1 contract of 21,800.10 €, its idAccordCadre makes it a ceiling.
    // The tabular schema has no list columns: considerations not stated.
    const r = reportOf('decp-table-schema_exemple-valide.csv');
    expect(r.files[0]).toMatchObject({ shape: 'tabular', records: 1, superseded: 2 });
    expect(r.contracts).toBe(1);
    expect(r.superseded).toBe(2);
    expect(r.environmental).toEqual(NOT_STATED(1));
    expect(r.environmentalAmounts.notStated).toBe(21800.1);
    expect(r.ceilings).toEqual({ contracts: 1, amount: 21800.1 });
    expect(r.defects).toEqual([]);
  });
});
