// A contract counted once (buyer SIRET + id), its latest version winning, and its modifications applied
// in date order; figures by hand.
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { groupContracts } from '../../src/domain/decp/aggregate';
import { reportDecp } from '../../src/domain/decp/report';

const BUYER = '21590163800019';

/** A valid 2022 marché, with what the test changes. */
function marche(fields: Record<string, unknown>) {
  return {
    id: 'M1',
    acheteur: { id: BUYER },
    nature: 'Marché',
    objet: 'Fournitures',
    codeCPV: '30190000',
    techniques: { technique: ['Sans objet'] },
    modalitesExecution: { modaliteExecution: ['Sans objet'] },
    typesPrix: { typePrix: ['Définitif ferme'] },
    procedure: 'Procédure adaptée',
    dureeMois: 12,
    dateNotification: '2024-02-01',
    datePublicationDonnees: '2024-02-10',
    montant: 100000,
    considerationsEnvironnementales: { considerationEnvironnementale: ['Pas de considération environnementale'] },
    considerationsSociales: { considerationSociale: ['Pas de considération sociale'] },
    ...fields,
  };
}

const file = (name: string, ...records: object[]) => readDecpText(name, JSON.stringify({ marches: { marche: records } }));
const modification = (id: number, date: string, fields: Record<string, unknown>) => ({
  modification: { id, dateNotificationModification: date, datePublicationDonneesModification: date, ...fields },
});

describe('duplicates', () => {
  it('twice in one file: one contract, one duplicate, the modified version winning', () => {
    const first = marche({});
    const modified = marche({ modifications: [modification(1, '2024-06-01', { montant: 150000 })] });
    const { report, contracts } = reportDecp([file('a.json', modified, first)]);
    expect(report.contracts).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(contracts[0]!.amount.value).toBe(150000);
    expect(contracts[0]!.record).toBe('marches.marche[0]');
  });

  it('in two files: the later version wins whichever file is read first', () => {
    const older = file('2024-03.json', marche({ considerationsEnvironnementales: ['Clause environnementale'] }));
    const newer = file('2024-09.json', marche({ considerationsEnvironnementales: ['Critère environnemental'], datePublicationDonnees: '2024-09-01' }));
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const { report } = reportDecp(order);
      expect(report.contracts).toBe(1);
      expect(report.duplicates).toBe(1);
      expect(report.environmental.criterion).toBe(1);
    }
  });

  it('the same id with two buyers is two contracts', () => {
    const { report } = reportDecp([file('a.json', marche({}), marche({ acheteur: { id: '20002715900017' } }))]);
    expect(report.contracts).toBe(2);
    expect(report.duplicates).toBe(0);
  });

  it('records without an id cannot be matched: each stands alone, and the missing id is said', () => {
    const read = file('a.json', marche({ id: '' }), marche({ id: '' }));
    const { report } = reportDecp([read]);
    expect(report.contracts).toBe(2);
    expect(report.duplicates).toBe(0);
    expect(read.defects.map((d) => [d.record, d.field, d.kind])).toEqual([
      ['marches.marche[0]', 'id', 'missing'],
      ['marches.marche[1]', 'id', 'missing'],
    ]);
  });
});

describe('modifications', () => {
  it('applied in date order whatever their order in the file: the latest amount, the latest duration', () => {
    // id 2 (2024-05-01) sets 300,000 €; id 1 (2024-03-01) sets 200,000 € and 18 months: 300,000 € and 18 months.
    const read = file(
      'a.json',
      marche({ modifications: [modification(2, '2024-05-01', { montant: 300000 }), modification(1, '2024-03-01', { montant: 200000, dureeMois: 18 })] }),
    );
    const c = read.contracts[0]!;
    expect(c.amount).toEqual({ value: 300000, original: 300000 });
    expect(c.durationMonths.value).toBe(18);
    expect(c.modifications).toBe(2);
    expect(c.versionDate).toBe('2024-05-01');
  });

  it('a modification whose amount is unusable leaves the amount before it, and is said', () => {
    const read = file('a.json', marche({ modifications: [modification(1, '2024-03-01', { montant: 0 })] }));
    expect(read.contracts[0]!.amount.value).toBe(100000);
    expect(read.defects.map((d) => [d.field, d.kind])).toEqual([['modifications[0].montant', 'amount-not-positive']]);
  });

  it('a concession modification replaces its valeurGlobale', () => {
    const concession = {
      id: 'C1',
      autoriteConcedante: { id: BUYER },
      nature: 'Concession de service',
      objet: 'Restauration',
      procedure: 'Procédure négociée ouverte',
      dureeMois: 60,
      dateSignature: '2024-01-10',
      datePublicationDonnees: '2024-01-20',
      valeurGlobale: 1000000,
      considerationsEnvironnementales: { considerationEnvironnementale: ['Clause environnementale'] },
      considerationsSociales: { considerationSociale: ['Concession réservée'] },
      modifications: [
        { modification: { id: 1, dateSignatureModification: '2024-06-01', datePublicationDonneesModification: '2024-06-02', valeurGlobale: 1200000 } },
      ],
    };
    const read = readDecpText('c.json', JSON.stringify({ marches: { 'contrat-concession': [concession] } }));
    expect(read.defects).toEqual([]);
    const { report } = reportDecp([read]);
    expect(report.environmentalAmounts.clause).toBe(1200000);
    expect(report.social.reserved).toBe(1);
  });
});

describe('groups', () => {
  it('by buyer: the name when a record gives one, the SIRET always; unknown years last', () => {
    const text = JSON.stringify({
      marches: [
        { id: '1', _type: 'Marché', acheteur: { id: BUYER, nom: 'Ville de Croix' }, nature: 'Marché', dateNotification: '2019-05-01', montant: 1000.1 },
        { id: '2', _type: 'Marché', acheteur: { id: BUYER, nom: 'Ville de Croix' }, nature: 'Marché', dateNotification: 'inconnue', montant: 2000.2 },
      ],
    });
    const { contracts } = reportDecp([readDecpText('2019.json', text)]);
    const byBuyer = groupContracts(contracts, 'buyer');
    expect(byBuyer.map((g) => [g.key, g.name, g.contracts, g.environmentalAmounts.notStated])).toEqual([[BUYER, 'Ville de Croix', 2, 3000.3]]);
    expect(groupContracts(contracts, 'year').map((g) => [g.key, g.contracts])).toEqual([
      ['2019', 1],
      ['unknown', 1],
    ]);
    expect(groupContracts(contracts, 'cpv').map((g) => g.key)).toEqual(['unknown']);
  });
});
