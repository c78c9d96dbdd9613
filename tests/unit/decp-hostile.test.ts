// Hostile and broken DECP files: each gives a clear problem naming why (nothing counted), or defects
// beside the contracts it still holds; none throws.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDecpText } from '../../src/data/formats/decp/decp-text';
import { fixture } from '../helpers';

const text = (name: string) => readFileSync(fixture(`decp/${name}`), 'utf8');
const cut = (s: string) => s.slice(0, Math.floor(s.length / 2));

describe('files that cannot be read give a problem and no contract', () => {
  it.each([
    ['a JSON file cut short', cut(text('same-2022.json')), /^not valid JSON \(a file cut short reads so too\): /],
    ['an XML file cut short', cut(text('same-2022.xml')), /^not well-formed XML \(a file cut short reads so too\): line \d+: /],
    ['an empty file', '  \n', /^the file is empty$/],
    ['JSON with no envelope', '{"data": [1, 2]}', /^no DECP records: expected \{"marches": \[\.\.\.\]\} \(2019\)/],
    ['a number alone (read as a table)', '42', /^not a DECP table/],
    ['an HTML page', '<!DOCTYPE html><html><body><p>Erreur 404<br></body></html>', /XML/],
    ['XML of another kind', '<?xml version="1.0"?><factures><facture/></factures>', /^no DECP records/],
    ['a CSV of something else', 'nom;prix\npomme;3\n', /^not a DECP table: no column "id", "acheteur_id", "montant"$/],
    ['a CSV with a quote left open', 'id,acheteur_id,montant,objet\n1,21590163800019,100,"Travaux\n2,21590163800019,200,Voirie\n', /quote opened on line 2/],
  ])('%s', (_what, content, message) => {
    const read = readDecpText('bad.file', content);
    expect(read.problem).toMatch(message);
    expect(read.contracts).toEqual([]);
  });
});

describe('files read in spite of their defects', () => {
  it('records without "marches" around them: read, the envelope said', () => {
    const read = readDecpText('x.json', JSON.stringify({ marche: JSON.parse(text('same-2022.json')).marches.marche }));
    expect(read.problem).toBeNull();
    expect(read.contracts).toHaveLength(3);
    expect(read.defects.map((d) => [d.record, d.field, d.kind])).toEqual([['*', 'marches', 'wrong-envelope']]);
  });

  it('records in nested lists (the MINEF decp-2019.json): read, the envelope said', () => {
    const records = JSON.parse(text('same-2019.json')).marches;
    const read = readDecpText('x.json', JSON.stringify({ marches: [[records[0]], [[records[1], records[2]]]] }));
    expect(read.contracts.map((c) => c.record)).toEqual(['marches[0][0]', 'marches[1][0][0]', 'marches[1][0][1]']);
    expect(read.defects.map((d) => d.kind)).toEqual(['wrong-envelope']);
  });

  it('entries that are no record are said, never counted', () => {
    const read = readDecpText('x.json', '{"marches": ["texte", 3, null]}');
    expect(read.contracts).toEqual([]);
    expect(read.defects.map((d) => [d.record, d.kind, d.found])).toEqual([
      ['marches[0]', 'not-a-record', '"texte"'],
      ['marches[1]', 'not-a-record', '3'],
      ['marches[2]', 'not-a-record', 'null'],
    ]);
  });

  it('HTML in objects is kept as text and said, in JSON and in XML (escaped)', () => {
    const object = '<img src=x onerror="alert(1)"> Travaux';
    const json = readDecpText('x.json', JSON.stringify({ marches: [{ id: '1', acheteur: { id: '21590163800019' }, objet: object }] }));
    expect(json.contracts[0]!.object.value).toBe(object);
    const xml = readDecpText('x.xml', '<marches><marche><id>1</id><objet>&lt;script&gt;alert(1)&lt;/script&gt;</objet></marche></marches>');
    expect(xml.contracts[0]!.object.value).toBe('<script>alert(1)</script>');
    for (const read of [json, xml]) expect(read.defects.filter((d) => d.kind === 'html-in-text').map((d) => d.field)).toEqual(['objet']);
  });

  it('bare NaN tokens read as null, counted once for the file', () => {
    const read = readDecpText('x.json', '{"marches": [{"id": "1", "acheteur": {"id": "21590163800019"}, "montant": NaN, "dureeMois": NaN}]}');
    expect(read.problem).toBeNull();
    expect(read.defects[0]).toMatchObject({ record: '*', kind: 'not-a-number', found: 'NaN ×2, read as null' });
    expect(read.contracts[0]!.amount.value).toBeNull();
  });

  it('control characters in XML are removed; a byte-order mark is ignored', () => {
    const read = readDecpText('x.xml', '\uFEFF<marches><marche><id>1\u0001</id><acheteur><id>21590163800019</id></acheteur></marche></marches>');
    expect(read.problem).toBeNull();
    expect(read.contracts[0]!.key).toBe('21590163800019|1');
  });

  it('lists nested thousands deep are not followed', () => {
    const depth = 5000;
    const read = readDecpText('x.json', `{"marches":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(read.contracts).toEqual([]);
    expect(read.defects.map((d) => d.kind)).toEqual(['wrong-envelope', 'not-a-record']);
  });
});

describe('never throws', () => {
  it('whatever JSON stands where records go', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const tree of [value, { marches: value }, { marches: { marche: value, 'contrat-concession': value } }, { marches: [value] }]) {
          const read = readDecpText('x.json', JSON.stringify(tree) ?? 'null');
          expect(read.problem === null || read.contracts.length === 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('whatever values the fields of a record hold', () => {
    const fields = [
      'id',
      'acheteur',
      'montant',
      'dureeMois',
      'dateNotification',
      'codeCPV',
      'nature',
      'procedure',
      'modifications',
      'considerationsEnvironnementales',
      'considerationsSociales',
      'techniques',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), fc.jsonValue()), (record) => {
        const read = readDecpText('x.json', JSON.stringify({ marches: { marche: [record] } }));
        expect(read.contracts).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('whatever text a file holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (content) => {
        readDecpText('x', content);
      }),
      { numRuns: 300 },
    );
  });
});
