// The templates panel without its components: the shipped templates with their factors read from the table,
// importing a file of several (all or nothing), a template whose table version is not at hand, removal.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { readBundledTemplates } from '../../src/data/formats/template-files-node';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { readTemplateRecords } from '../../src/data/storage/template-store';
import { TemplatesState } from '../../src/ui/scenarios/templates.svelte';
import { french, render, settle, TestApp } from './state-helpers.svelte';

const tables = readBundledTables();
const shipped = readBundledTemplates();
if (!tables.ok || !shipped.ok) throw new Error('The shipped tables or templates do not read');
const SHIPPED = shipped.value.filter((t) => ['heat-pump-instead-of-gas', 'paper-recycled'].includes(t.id));

let dbs: CarboneEviteDb[] = [];
let stops: (() => void)[] = [];
let counter = 0;
afterEach(async () => {
  stops.forEach((stop) => stop());
  for (const db of dbs) await db.delete();
  dbs = [];
  stops = [];
});

async function openPanel() {
  const db = await openDatabase(`templates-state-${Date.now()}-${counter++}`);
  dbs.push(db);
  const app = new TestApp(db, tables.ok ? tables.value : []);
  const templates = new TemplatesState(app, { ...french, language: 'fr' }, db, async () => SHIPPED);
  stops.push(render(() => templates.entries));
  await settle(() => expect(templates.loading).toBe(false));
  return { db, app, templates };
}

const networkTemplate = (id: string, version: string, share = 0.5) => ({
  format: 'carbone-evite/template@1',
  id,
  title: { fr: `Réseau ${id}`, en: `Network ${id}` },
  summary: 'Fiche du réseau.',
  assumptions: ['1 000 repas'],
  scenario: {
    format: 'carbone-evite/scenario@1',
    name: { fr: `Réseau ${id}`, en: `Network ${id}` },
    factorTable: { id: 'ademe-selection', version },
    lines: [
      { id: 'm', provenance: 'Factures', quantity: 1000, unit: 'meal', share, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
    ],
  },
});
const fileOf = (name: string, content: unknown) => new File([JSON.stringify(content)], name);
const several = (...templates: unknown[]) => ({ format: 'carbone-evite/templates@1', templates });

describe('TemplatesState', () => {
  it('lists the shipped templates with the values of their factors, read from the pinned table', async () => {
    const { templates } = await openPanel();
    expect(templates.entries.map((e) => e.key)).toEqual(['bundled:heat-pump-instead-of-gas', 'bundled:paper-recycled']);
    const shown = templates.entries[0]!.factors;
    if (shown.kind !== 'factors') throw new Error(shown.kind);
    expect(shown.factors.table).toEqual({ id: 'ademe-selection', version: '2025.2' });
    expect(shown.factors.used.map((f) => [f.id, f.value])).toEqual([
      ['natural-gas-2022-pci', 0.239],
      ['electricity-heating-2023-average', 0.0645],
    ]);
    expect(shown.factors.mentioned.map((f) => f.id)).toEqual(['natural-gas-2022-pcs', 'electricity-heating-2023-seasonal']);
    expect(templates.scenarioOf(templates.entries[0]!.template).name).toBe('Pompe à chaleur au lieu d’une chaudière gaz');
  });

  it('imports a file of two templates in one write, one of them pinned to a version not at hand', async () => {
    const { db, app, templates } = await openPanel();
    const count = await templates.importFiles([fileOf('reseau.json', several(networkTemplate('repas', '2025.1'), networkTemplate('futur', '2099.1')))]);
    expect(count).toBe(2);
    expect(app.notices).toEqual(['2 modèle(s) importé(s).']);
    expect((await readTemplateRecords(db)).map((r) => r.key)).toEqual(['template:futur', 'template:repas']);
    await settle(() => expect(templates.entries).toHaveLength(4));
    // Imported together, in the order of their ids.
    const [future, meals] = templates.entries.slice(2);
    expect(future).toMatchObject({
      key: 'imported:futur',
      origin: { kind: 'imported', fileName: 'reseau.json' },
      factors: { kind: 'missing-table', version: '2099.1' },
    });
    expect(meals).toMatchObject({ key: 'imported:repas', factors: { kind: 'factors' } });
  });

  it('stores nothing of a selection with one broken file, and lists each problem with its file and path', async () => {
    const { db, app, templates } = await openPanel();
    const good = fileOf('bon.json', networkTemplate('bon', '2025.1'));
    const broken = fileOf('casse.json', several(networkTemplate('a', '2025.1'), networkTemplate('b', '2025.1', 2)));
    expect(await templates.importFiles([good, broken])).toBe(0);
    expect(templates.importProblems).toMatchObject([
      { file: 'casse.json', problem: { path: ['templates', 1, 'scenario', 'lines', 0, 'share'], message: 'Too big: expected number to be <=1' } },
    ]);
    expect(await readTemplateRecords(db)).toEqual([]);
    expect(app.notices).toEqual([]);
  });

  it('removes an imported template and says so', async () => {
    const { app, templates } = await openPanel();
    await templates.importFiles([fileOf('reseau.json', networkTemplate('repas', '2025.1'))]);
    await settle(() => expect(templates.entries).toHaveLength(3));
    await templates.remove('repas');
    await settle(() => expect(templates.entries).toHaveLength(2));
    expect(app.notices.at(-1)).toBe('Modèle « Réseau repas » retiré.');
  });
});
