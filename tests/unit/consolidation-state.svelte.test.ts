// Consolidation without its screen: files read and evaluated against the bundled tables, versions kept
// apart, problems named, sections worded, and the two exports.
import { describe, expect, it } from 'vitest';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { ConsolidationState } from '../../src/ui/consolidation/consolidation.svelte';
import { french } from './state-helpers.svelte';

const bundled = readBundledTables();
if (!bundled.ok) throw new Error(JSON.stringify(bundled.problems));
const tables = bundled.value;

const scenarioFile = (name: string, organisation: string | undefined, year: number, version: string, line: object) =>
  new File(
    [JSON.stringify({ format: 'carbone-evite/scenario@1', name, organisation, year, factorTable: { id: 'ademe-selection', version }, lines: [line] })],
    `${name}.json`,
  );
// Lille 2026: 1000 × (6.29 − 0.51) = 5780 kg. No organisation, 2026: 100 × (34.4 − 18.6) = 1580 kg.
// Lille 2027, under 2024.1: 2000 × (0.225 − 0.00334) = 443.32 kg.
const lille2026 = scenarioFile('lille-2026', 'Lille', 2026, '2025.1', {
  id: 'm',
  quantity: 1000,
  unit: 'meal',
  baseline: { factor: 'meal-beef' },
  alternative: { factor: 'meal-vegetarian' },
});
const chairs = scenarioFile('chairs', undefined, 2026, '2025.1', {
  id: 'c',
  quantity: 100,
  unit: 'unit',
  baseline: { factor: 'chair-plastic' },
  alternative: { factor: 'chair-wood' },
});
const lille2027 = scenarioFile('lille-2027', 'Lille', 2027, '2024.1', {
  id: 't',
  quantity: 2000,
  unit: 'pkm',
  baseline: { factor: 'plane-short-haul-500-1000km' },
  alternative: { factor: 'train-tgv-2021' },
});

function openScreen(language: 'fr' | 'en' = 'fr') {
  const saved: { text: string; fileName: string; type: string }[] = [];
  const consolidation = new ConsolidationState({ tables }, { ...french, language }, (text, fileName, type) => saved.push({ text, fileName, type }));
  return { consolidation, saved };
}

describe('ConsolidationState', () => {
  it('groups files by table version, never adding versions up, and names the files it left out', async () => {
    const { consolidation } = openScreen();
    await consolidation.add([lille2026, chairs, new File(['{"format": "carbone-evite/scenario@1"'], 'broken.json')]);
    await consolidation.add([lille2027]);
    expect(consolidation.inputs.map((i) => i.source)).toEqual(['lille-2026.json', 'chairs.json', 'lille-2027.json']);
    // The second batch had no problem: the first batch's are no longer shown.
    expect(consolidation.problems).toEqual([]);

    const [current, older] = consolidation.groups;
    expect(current?.table.version).toBe('2025.1');
    expect(current?.totals.avoided).toBeCloseTo(5780 + 1580, 9);
    expect(older?.table.version).toBe('2024.1');
    expect(older?.totals.avoided).toBeCloseTo(443.32, 9);

    const sections = consolidation.sectionsOf(current!);
    expect(sections.map((s) => s.caption)).toEqual(['consolidation.byCategory', 'consolidation.byOrganisation', 'consolidation.byYear']);
    expect(sections[1]?.rows.map((r) => [r.name, Math.round(r.amounts.avoided * 100) / 100])).toEqual([
      ['Lille', 5780],
      ['(non précisé)', 1580],
    ]);
    expect(sections[2]?.rows.map((r) => r.name)).toEqual(['2026']);

    consolidation.clear();
    expect([consolidation.inputs, consolidation.groups, consolidation.problems]).toEqual([[], [], []]);
  });

  it('names a broken file and an unknown factor with file and JSON path', async () => {
    const { consolidation } = openScreen();
    const unknown = scenarioFile('unknown', 'Lille', 2026, '2025.1', {
      id: 'x',
      quantity: 1,
      unit: 'meal',
      baseline: { factor: 'no-such-factor' },
      alternative: { factor: 'meal-vegetarian' },
    });
    await consolidation.add([new File(['{"format": "carbone-evite/scenario@1"'], 'broken.json'), unknown]);
    expect(consolidation.inputs).toEqual([]);
    expect(consolidation.problems).toMatchObject([
      { file: 'broken.json', problem: { code: 'invalid-json', path: [] } },
      { file: 'unknown.json', problem: { code: 'unknown-factor', path: ['lines', 0, 'baseline', 'factor'] } },
    ]);
  });

  it('exports a group as CSV in the language’s dialect, and as one merged scenario', async () => {
    const { consolidation, saved } = openScreen();
    await consolidation.add([lille2026, chairs]);
    const group = consolidation.groups[0]!;
    consolidation.exportCsv(group);
    expect(saved[0]?.fileName).toBe('consolidation-ademe-selection-2025-1-as-stated.csv');
    const lines = saved[0]!.text.split('\r\n');
    // In French: the French spreadsheet dialect, with a header and words in French.
    expect(lines[0]).toBe(
      '\uFEFFRegroupement;Groupe;Émissions de la référence (kg CO2e);Émissions de l’option durable (kg CO2e);Émissions évitées (kg CO2e);' +
        'Table de facteurs;Version de la table;Ce que comptent les chiffres;Période (ans)',
    );
    expect(lines.at(-2)).toMatch(/^Total;;[\d,]+;[\d,]+;7360;ademe-selection;2025\.1;lignes telles que saisies;$/);

    consolidation.exportScenario(group);
    expect(saved[1]?.fileName).toBe('consolidation-ademe-selection-2025-1-as-stated.json');
    const merged = JSON.parse(saved[1]!.text);
    expect(merged.name).toBe('Consolidation de 2 scénarios');
    expect(merged.lines.map((l: { id: string }) => l.id)).toEqual(['s1-m', 's2-c']);

    const english = openScreen('en');
    await english.consolidation.add([lille2026]);
    english.consolidation.exportCsv(english.consolidation.groups[0]!);
    expect(english.saved[0]?.text.split('\r\n')[0]).toBe(
      'dimension,key,baseline_kgco2e,alternative_kgco2e,avoided_kgco2e,table_id,table_version,basis,period_years',
    );
  });

  it('keeps two files of the same name on different table versions apart, each merged file holding its own (issue 13, point 4)', async () => {
    const { consolidation, saved } = openScreen();
    // Both called scenario.json: Lille 2026 under 2025.1 (5780 kg) and Lille 2027 under 2024.1 (443.32 kg).
    const named = async (file: File) => new File([await file.text()], 'scenario.json');
    await consolidation.add([await named(lille2026), await named(lille2027)]);
    const [current, older] = consolidation.groups;
    expect(current?.sources).toEqual(['scenario.json']);
    expect(older?.sources).toEqual(['scenario.json']);
    expect(current?.totals.avoided).toBeCloseTo(5780, 9);
    expect(older?.totals.avoided).toBeCloseTo(443.32, 9);
    // Neither a duplicate of the other: same name, different content.
    expect(current?.findings).toEqual([]);
    consolidation.exportScenario(current!);
    consolidation.exportScenario(older!);
    expect(JSON.parse(saved[0]!.text).lines.map((l: { id: string }) => l.id)).toEqual(['s1-m']);
    expect(JSON.parse(saved[1]!.text).lines.map((l: { id: string }) => l.id)).toEqual(['s1-t']);
    expect(JSON.parse(saved[1]!.text).factorTable.version).toBe('2024.1');
  });

  it('counts a scenario given twice once: the same file twice, or a copy under another name (rule 6)', async () => {
    const { consolidation, saved } = openScreen();
    const copy = new File([await lille2026.text()], 'copie.json');
    await consolidation.add([lille2026, chairs]);
    await consolidation.add([lille2026, copy]);
    expect(consolidation.inputs.map((i) => i.source)).toEqual(['lille-2026.json', 'chairs.json', 'lille-2026.json', 'copie.json']);
    const group = consolidation.groups[0]!;
    expect(group.sources).toEqual(['lille-2026.json', 'chairs.json']);
    // 5780 + 1580 = 7360 kg, the Lille scenario once
    expect(group.totals.avoided).toBeCloseTo(7360, 9);
    expect(consolidation.findingsOf(group)).toEqual([
      { rule: 6, code: 'duplicate-scenario', text: 'Le fichier « lille-2026.json » est chargé deux fois : son scénario n’est compté qu’une fois.' },
      {
        rule: 6,
        code: 'duplicate-scenario',
        text: '« copie.json » a le même contenu que « lille-2026.json » : c’est le même scénario, compté une seule fois (celui de « lille-2026.json »).',
      },
    ]);

    consolidation.exportScenario(group);
    expect(JSON.parse(saved[0]!.text).lines.map((l: { id: string }) => l.id)).toEqual(['s1-m', 's2-c']);

    const english = openScreen('en');
    await english.consolidation.add([lille2026, copy]);
    expect(english.consolidation.findingsOf(english.consolidation.groups[0]!).map((f) => f.text)).toEqual([
      '“copie.json” has the same content as “lille-2026.json”: it is the same scenario, counted once (as “lille-2026.json”).',
    ]);
  });
});
