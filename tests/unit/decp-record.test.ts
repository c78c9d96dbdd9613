// A record written the way Ville de Croix's 2019 file writes them (NOTES §2.3; the file itself is not in the
// reference folder): every number as text, "marché" in lower case, "Appel d offres ouvert", a CPV with a
// trailing space, a modification dated with the concession's key and null amount, data published before the
// contract was notified, and a buyer under the dotted key "acheteur.id". Each value read by hand.
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';

const CROIX = '21590163800019';

const record = {
  id: '2019-014',
  _type: 'Marché',
  'acheteur.id': CROIX,
  'acheteur.nom': 'Ville de Croix',
  nature: 'marché',
  objet: "Peinture de l'église Saint-Martin",
  codeCPV: '45442100-8 ',
  procedure: 'Appel d offres ouvert',
  lieuExecution: { code: '59170', typeCode: 'Code Postal', 'nom ': 'Croix' },
  dureeMois: '36',
  dateNotification: '2019-04-18',
  datePublicationDonnees: '2019-03-04',
  montant: '30000.00',
  formePrix: 'Ferme',
  titulaires: [{ typeIdentifiant: 'Siret', id: '41473937500023', denominationSociale: 'Peintures du Nord' }],
  modifications: [
    {
      objetModification: 'Prolongation',
      dateSignatureModification: '2019-09-01',
      datePublicationDonneesModification: '2019-09-05',
      dureeMois: null,
      montant: null,
    },
  ],
};

describe('a Croix-like 2019 record', () => {
  const read = readDecpText('croix.json', JSON.stringify({ marches: [record] }));
  const c = read.contracts[0]!;

  it('is read, each value normalised beside the one published', () => {
    expect(read.shape).toBe('json-2019');
    expect(c.key).toBe(`${CROIX}|2019-014`);
    expect(c.buyerName.value).toBe('Ville de Croix');
    expect(c.nature).toEqual({ value: 'Marché', original: 'marché' });
    expect(c.procedure).toEqual({ value: "Appel d'offres ouvert", original: 'Appel d offres ouvert' });
    expect(c.cpv).toEqual({ value: '45442100', original: '45442100-8 ' });
    expect(c.amount).toEqual({ value: 30000, original: '30000.00' });
    expect(c.durationMonths).toEqual({ value: 36, original: '36' });
    // The modification states neither amount nor duration: both stay; its date still dates the version.
    expect(c.modifications).toBe(1);
    expect(c.versionDate).toBe('2019-09-05');
    expect(c.environmental.class).toBe('notStated');
  });

  it('and every defect is listed with its record and field', () => {
    expect(read.defects.map((d) => [d.record, d.field, d.kind, d.found])).toEqual([
      ['marches[0]', 'datePublicationDonnees', 'date-order', '"2019-03-04 < 2019-04-18"'],
      ['marches[0]', 'montant', 'number-as-text', '"30000.00"'],
      ['marches[0]', 'dureeMois', 'number-as-text', '"36"'],
      ['marches[0]', 'nature', 'enum-spelling', '"marché"'],
      ['marches[0]', 'codeCPV', 'cpv-format', '"45442100-8 "'],
      ['marches[0]', 'procedure', 'enum-spelling', '"Appel d offres ouvert"'],
    ]);
  });
});
