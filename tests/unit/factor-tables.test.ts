// Every table shipped under emission-factors/ is checked here: schema, unique ids, known units,
// uncertainties in range, and the provenance every factor must carry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listJsonFiles, BUNDLED_TABLES_DIR, readFactorTableFile } from '../../src/data/formats/table-files-node';
import {
  canonicalJson,
  CATEGORY_IDS,
  dimensionOf,
  parseFactorUnit,
  ReleasesSchema,
  replacementsBetween,
  tableChecksum,
  type FactorTable,
} from '../../src/domain';

const files = listJsonFiles(BUNDLED_TABLES_DIR);

describe('bundled factor tables', () => {
  it('there is at least one', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files.map((f) => [f.slice(BUNDLED_TABLES_DIR.length)]))('%s', (name) => {
    const read = readFactorTableFile(BUNDLED_TABLES_DIR + name);

    it('passes the schema and the table rules', () => {
      expect(read.ok ? [] : read.problems).toEqual([]);
    });
    if (!read.ok) return;
    const table = read.value;

    it('lives at <id>/<version>.json', () => {
      expect(name).toBe(`${table.id}/${table.version}.json`);
    });

    it('has unique factor ids', () => {
      const ids = table.factors.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('uses known units and keeps uncertainties within (0, 400 %]', () => {
      for (const f of table.factors) {
        expect(parseFactorUnit(f.unit), f.id).not.toBeNull();
        if (f.uncertainty !== undefined) {
          expect(f.uncertainty, f.id).toBeGreaterThan(0);
          expect(f.uncertainty, f.id).toBeLessThanOrEqual(4);
        }
      }
    });

    it('gives every factor a value, source, identifier, year and licence', () => {
      for (const f of table.factors) {
        expect(Number.isFinite(f.value), f.id).toBe(true);
        expect(f.source.length, f.id).toBeGreaterThan(0);
        expect(f.sourceId, f.id).toBeTruthy();
        expect(f.year, f.id).toBeGreaterThanOrEqual(1990);
        expect((f.licence ?? table.licence).length, f.id).toBeGreaterThan(0);
      }
    });

    it('pairs compare like with like: the same unit dimension on both sides', () => {
      const byId = new Map(table.factors.map((f) => [f.id, f]));
      for (const pair of table.pairs ?? []) {
        const b = parseFactorUnit(byId.get(pair.baseline)!.unit)!;
        const a = parseFactorUnit(byId.get(pair.alternative)!.unit)!;
        expect(dimensionOf(a), `${pair.baseline} → ${pair.alternative}`).toBe(dimensionOf(b));
      }
    });
  });

  it('the first released table covers at least 40 factors over 8 categories', () => {
    const first = readFactorTableFile(`${BUNDLED_TABLES_DIR}ademe-selection/2025.1.json`);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.factors.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(first.value.factors.map((f) => f.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    for (const c of categories) expect(CATEGORY_IDS).toContain(c);
  });

  it('says what the official factors say about recycled pulp: no saving', () => {
    const first = readFactorTableFile(`${BUNDLED_TABLES_DIR}ademe-selection/2025.1.json`);
    if (!first.ok) throw new Error('table does not parse');
    const byId = new Map(first.value.factors.map((f) => [f.id, f]));
    // Base Carbone V23.6: virgin pulp 297 kgCO2e/t (26739), recycled pulp 317 kgCO2e/t (26740).
    expect(byId.get('pulp-virgin-t')).toMatchObject({ value: 297, sourceId: '26739' });
    expect(byId.get('pulp-recycled-t')).toMatchObject({ value: 317, sourceId: '26740' });
  });
});

describe('released versions', () => {
  const releases = ReleasesSchema.parse(JSON.parse(readFileSync(`${BUNDLED_TABLES_DIR}releases.json`, 'utf8')));

  it('every table file is a release, and its checksum is the one recorded when it was released', () => {
    const files = listJsonFiles(BUNDLED_TABLES_DIR);
    expect(files.length).toBe(releases.releases.length);
    for (const release of releases.releases) {
      const read = readFactorTableFile(`${BUNDLED_TABLES_DIR}${release.id}/${release.version}.json`);
      expect(read.ok, `${release.id} ${release.version}`).toBe(true);
      // A changed checksum means a released version was edited: release a new version instead.
      if (read.ok) expect(tableChecksum(read.value), `${release.id} ${release.version}`).toBe(release.checksum);
    }
  });

  it('replacements name factors that exist on each side', () => {
    for (const release of releases.releases) {
      if (!release.replaces) continue;
      const to = readFactorTableFile(`${BUNDLED_TABLES_DIR}${release.id}/${release.version}.json`);
      const from = readFactorTableFile(`${BUNDLED_TABLES_DIR}${release.id}/${release.replaces.version}.json`);
      if (!to.ok || !from.ok) throw new Error('release files do not parse');
      for (const [oldId, newId] of Object.entries(release.replaces.factors)) {
        expect(
          from.value.factors.some((f) => f.id === oldId),
          oldId,
        ).toBe(true);
        expect(
          to.value.factors.some((f) => f.id === newId),
          newId,
        ).toBe(true);
      }
    }
  });
});

describe('2025.2: the 2025.1 factors annotated for the method rules', () => {
  const read = (version: string): FactorTable => {
    const table = readFactorTableFile(`${BUNDLED_TABLES_DIR}ademe-selection/${version}.json`);
    if (!table.ok) throw new Error(`${version} does not parse`);
    return table.value;
  };
  const previous = read('2025.1');
  const annotated = read('2025.2');
  const ANNOTATIONS = ['supply', 'function', 'series', 'basis', 'worstCase'] as const;
  const byId = new Map(annotated.factors.map((f) => [f.id, f]));

  it('has the same factors, ids, values and fields as 2025.1, the annotations aside', () => {
    expect(annotated.factors.map((f) => f.id)).toEqual(previous.factors.map((f) => f.id));
    annotated.factors.forEach((f, i) => {
      const bare = Object.fromEntries(Object.entries(f).filter(([key]) => !(ANNOTATIONS as readonly string[]).includes(key)));
      expect(bare, f.id).toEqual(previous.factors[i]);
    });
    // Its pairs are 2025.1's, with the fibre pairs' finding, plus the heat pump's.
    expect(annotated.pairs?.map((p) => `${p.baseline}>${p.alternative}`)).toEqual([
      ...(previous.pairs ?? []).map((p) => `${p.baseline}>${p.alternative}`),
      'natural-gas-2022-pci>electricity-heating-2023-average',
    ]);
  });

  it('marks every electricity factor, and only those, as a grid mix or a production technology', () => {
    for (const f of annotated.factors) expect(f.supply !== undefined, f.id).toBe(f.id.startsWith('electricity-'));
    expect(annotated.factors.filter((f) => f.supply === 'production-technology').map((f) => f.id)).toEqual([
      'electricity-nuclear-production',
      'electricity-pv-china-modules',
      'electricity-pv-europe-modules',
      'electricity-pv-france-modules',
      'electricity-onshore-wind',
    ]);
  });

  it('gives every factor a function, shared by both sides of each pair within a category', () => {
    for (const f of annotated.factors) expect(f.function, f.id).toBeTruthy();
    for (const p of annotated.pairs ?? []) {
      const [b, a] = [byId.get(p.baseline)!, byId.get(p.alternative)!];
      if (b.category === a.category) expect(a.function, `${p.baseline} → ${p.alternative}`).toBe(b.function);
    }
    expect(byId.get('wardrobe-representative')?.function).not.toBe(byId.get('smartphone-5in-new')?.function);
    expect(byId.get('chair-plastic')?.function).not.toBe(byId.get('table-representative')?.function);
  });

  it('states the basis where two factors can differ in it, as the export’s names and units say', () => {
    // Base Carbone units "kgCO2e/kWh PCI" / "kgCO2e/kWh PCS", "kgCO2e/keuro (2023) HT"; plane names "AVEC trainées".
    for (const f of annotated.factors) {
      if (/-pc[is]$/.test(f.id)) expect(f.basis?.calorificValue, f.id).toBe(f.id.endsWith('-pci') ? 'net' : 'gross');
      if (f.unit === 'kgCO2e/kEUR') expect(f.basis?.euroYear, f.id).toBe(2023);
      if (f.id.startsWith('plane-')) expect(f.basis?.contrails, f.id).toBe(true);
    }
  });

  it('holds the two beef meals to be worst-case baselines, and says why recycled fibre shows no gain', () => {
    expect(annotated.factors.filter((f) => f.worstCase).map((f) => f.id)).toEqual(['meal-beef', 'meal-meat-dominant-beef']);
    const findings = (annotated.pairs ?? [])
      .filter((p) => p.finding)
      .map((p) => [p.baseline, p.alternative, p.finding?.rule, p.finding?.code, p.finding?.severity]);
    expect(findings).toEqual([
      ['pulp-virgin-t', 'pulp-recycled-t', 10, 'recycled-fibre-no-gain', 'info'],
      ['cardboard-virgin-t', 'cardboard-recycled-t', 10, 'recycled-fibre-no-gain', 'info'],
    ]);
  });

  it('replaces 2025.1 renaming nothing, so a 2024.1 scenario moving to 2025.2 gets 2025.1’s renames, and back', () => {
    const releases = ReleasesSchema.parse(JSON.parse(readFileSync(`${BUNDLED_TABLES_DIR}releases.json`, 'utf8')));
    const renames = releases.releases.find((r) => r.version === '2025.1')!.replaces!.factors;
    expect(replacementsBetween(releases, 'ademe-selection', '2025.1', '2025.2')).toEqual({});
    expect(replacementsBetween(releases, 'ademe-selection', '2024.1', '2025.2')).toEqual(renames);
    expect(replacementsBetween(releases, 'ademe-selection', '2025.2', '2024.1')).toEqual(Object.fromEntries(Object.entries(renames).map(([a, b]) => [b, a])));
    expect(replacementsBetween(releases, 'ademe-selection', '2024.1', '2024.1')).toEqual({});
  });
});

describe('replacementsBetween', () => {
  const release = (version: string, replaces?: { version: string; factors: Record<string, string> }) => ({
    id: 't',
    version,
    checksum: `sha256:${'0'.repeat(64)}`,
    replaces,
  });
  const releases = {
    format: 'carbone-evite/factor-releases@1' as const,
    releases: [
      release('1'),
      release('2', { version: '1', factors: { a1: 'a2', b1: 'b2' } }),
      release('3', { version: '2', factors: { a2: 'a3', c2: 'c3' } }),
      release('9'),
    ],
  };

  it('composes the renames of each release between two versions: a renamed twice maps from its first name to its last', () => {
    expect(replacementsBetween(releases, 't', '1', '3')).toEqual({ a1: 'a3', b1: 'b2', c2: 'c3' });
    expect(replacementsBetween(releases, 't', '3', '1')).toEqual({ a3: 'a1', b2: 'b1', c3: 'c2' });
    expect(replacementsBetween(releases, 't', '2', '3')).toEqual({ a2: 'a3', c2: 'c3' });
  });

  it('is empty between versions no release links, and for an unknown table', () => {
    expect(replacementsBetween(releases, 't', '1', '9')).toEqual({});
    expect(replacementsBetween(releases, 'other', '1', '3')).toEqual({});
  });
});

describe('table checksum', () => {
  it('ignores key order and layout, and changes with any value', () => {
    const table = readFactorTableFile(`${BUNDLED_TABLES_DIR}ademe-selection/2025.1.json`);
    if (!table.ok) throw new Error('table does not parse');
    // The same content with every object's keys in reverse order.
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(table.value) as typeof table.value;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(table.value));
    expect(tableChecksum(reordered)).toBe(tableChecksum(table.value));
    const changed = { ...table.value, factors: table.value.factors.map((f, i) => (i === 0 ? { ...f, value: f.value + 1 } : f)) };
    expect(tableChecksum(changed)).not.toBe(tableChecksum(table.value));
  });

  it('is SHA-256 of the canonical form: keys sorted, no spaces', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    // An empty object's canonical form is `{}`; `printf '{}' | sha256sum` gives this digest.
    expect(tableChecksum({} as never)).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });
});
