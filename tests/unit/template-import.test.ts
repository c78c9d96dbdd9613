// Importing template files on the scenario list: all of them or none, each problem with the file and the
// JSON path; kept in the meta store under template:<id>, read back checked.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readTemplateImport, type TemplateImportContext } from '../../src/data/formats/template-file';
import { exportBackup, parseBackup, restoreBackup } from '../../src/data/storage/backup';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { deleteImportedTemplate, readImportedTemplate, readTemplateRecords, storeImportedTemplates } from '../../src/data/storage/template-store';
import { formatPath, type FileProblem } from '../../src/domain';
import { parseTemplate, TEMPLATES_FORMAT, type Template } from '../../src/domain/template';
import { loadTestTable } from '../helpers';

/** The engine's wording, as the command line and logs print it: file, JSON path, English sentence. */
const asText = (problems: readonly FileProblem[]) => problems.map(({ file, problem }) => `${file}: ${formatPath(problem.path)}: ${problem.message}`);
const shipped = (id: string): unknown => JSON.parse(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));

const veggie = {
  format: 'carbone-evite/template@1',
  id: 'network-veggie',
  title: { fr: 'Réseau : repas végétariens', en: 'Network: vegetarian meals' },
  summary: 'Fiche du réseau régional.',
  assumptions: ['1 000 repas'],
  scenario: {
    format: 'carbone-evite/scenario@1',
    name: 'Repas',
    factorTable: { id: 'test-table', version: '1' },
    lines: [{ id: 'm', provenance: 'Factures', quantity: 1000, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } }],
  },
};
const withId = (id: string, extra: Record<string, unknown> = {}) => ({ ...veggie, id, ...extra });
const file = (fileName: string, content: unknown) => ({ fileName, text: typeof content === 'string' ? content : JSON.stringify(content) });
const context: TemplateImportContext = { reservedIds: ['paper-recycled'], tables: [loadTestTable()] };

describe('reading template files to import', () => {
  it('takes a file of one template and a file of several', () => {
    const read = readTemplateImport([file('one.json', veggie), file('two.json', { format: TEMPLATES_FORMAT, templates: [withId('a'), withId('b')] })], context);
    expect(read.ok && read.templates.map((t) => [t.fileName, t.template.id])).toEqual([
      ['one.json', 'network-veggie'],
      ['two.json', 'a'],
      ['two.json', 'b'],
    ]);
  });

  it('keeps a template whose table version is not at hand (the list says so), but not one its table refutes', () => {
    const elsewhere = withId('elsewhere', { scenario: { ...veggie.scenario, factorTable: { id: 'test-table', version: '9' } } });
    expect(readTemplateImport([file('t.json', elsewhere)], context).ok).toBe(true);
    const wrongUnit = withId('kg', { scenario: { ...veggie.scenario, lines: [{ ...veggie.scenario.lines[0], unit: 'kg' }] } });
    const read = readTemplateImport([file('kg.json', wrongUnit)], context);
    expect(read.ok ? [] : asText(read.problems)).toEqual([expect.stringMatching(/^kg\.json: scenario\.lines\[0\]\.unit: Line "m": a quantity in kg/)]);
  });

  it('refuses everything when one file is broken, naming each file and JSON path', () => {
    const broken = { format: TEMPLATES_FORMAT, templates: [withId('ok'), withId('bad', { summary: { fr: 'Seul' } })] };
    const read = readTemplateImport(
      [
        file('good.json', veggie),
        file('broken.json', broken),
        file('not-json.json', '{"format": '),
        file('shadow.json', shipped('paper-recycled')),
        file('again.json', veggie),
      ],
      context,
    );
    if (read.ok) throw new Error('accepted');
    expect(asText(read.problems)).toEqual([
      'broken.json: templates[1].summary.en: Invalid input: expected string, received undefined',
      expect.stringMatching(/^not-json\.json: \(root\): Not valid JSON/),
      'shadow.json: id: Template id "paper-recycled" is already used by a template shipped with the app',
      'again.json: id: Template id "network-veggie" is already used by another template of good.json',
    ]);
  });

  it('says which format it expected of a scenario file given by mistake', () => {
    const read = readTemplateImport([file('scenario.json', veggie.scenario)], context);
    expect(read.ok ? [] : asText(read.problems)).toEqual([
      'scenario.json: format: Expected "carbone-evite/template@1" (one template) or "carbone-evite/templates@1" (several)',
    ]);
  });
});

describe('imported templates in the meta store', () => {
  let db: CarboneEviteDb | undefined;
  let other: CarboneEviteDb | undefined;
  afterEach(async () => {
    await db?.delete();
    await other?.delete();
  });

  const template = (id: string): Template => {
    const parsed = parseTemplate(withId(id));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.value;
  };

  it('stores under template:<id>, replaces on a new import, reads back checked and deletes', async () => {
    db = await openDatabase(`templates-${Date.now()}`);
    await storeImportedTemplates(db, [{ template: template('a'), fileName: 'a.json', importedAt: 1 }]);
    await storeImportedTemplates(db, [
      { template: template('a'), fileName: 'a-v2.json', importedAt: 2 },
      { template: template('b'), fileName: 'b.json', importedAt: 2 },
    ]);
    await db.meta.put({ key: 'template:broken', value: { template: { id: 'broken' }, fileName: 'x', importedAt: 3 } });
    await db.meta.put({ key: 'seeded', value: 'x' });

    const records = await readTemplateRecords(db);
    expect(records.map((r) => r.key)).toEqual(['template:a', 'template:b', 'template:broken']);
    const read = records.map(readImportedTemplate);
    expect(read.map((r) => r && [r.template.id, r.fileName])).toEqual([['a', 'a-v2.json'], ['b', 'b.json'], null]);

    const removed = await deleteImportedTemplate(db, 'a');
    expect(removed?.fileName).toBe('a-v2.json');
    expect((await readTemplateRecords(db)).map((r) => r.key)).toEqual(['template:b', 'template:broken']);
  });

  it('travel in a backup, with no change to the database schema', async () => {
    db = await openDatabase(`templates-backup-${Date.now()}`);
    await storeImportedTemplates(db, [{ template: template('a'), fileName: 'a.json', importedAt: 1 }]);
    const text = JSON.stringify(await exportBackup(db));
    other = await openDatabase(`templates-restored-${Date.now()}`);
    const backup = parseBackup(text, 'backup.json');
    if (!backup.ok) throw new Error(backup.problems.join('\n'));
    await restoreBackup(other, backup.backup, 'merge', []);
    const restored = (await readTemplateRecords(other)).map(readImportedTemplate);
    expect(restored.map((r) => r && [r.template.id, r.fileName, r.importedAt])).toEqual([['a', 'a.json', 1]]);
  });
});
