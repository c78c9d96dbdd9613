// The CPV → monetary-ratio mapping shipped in emission-factors/: it covers every CPV 2008 division, names only
// spend-based factors of the table it refers to, and keeps its released fingerprint; a mapping that breaks
// one of these is refused with the problem's JSON path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSpendMapping, resolveBundledSpendMapping } from '../../src/data/bundled/cpv-spend';
import { readBundledTables } from '../../src/data/formats/table-files-node';
import { tableChecksum, type FactorTable } from '../../src/domain';
import { parseSpendMapping, resolveSpendMapping, spendEntryOf, spendMappingChecksum, type CpvSpendMapping } from '../../src/domain/decp/spend-mapping';

const tables = (() => {
  const read = readBundledTables();
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value;
})();
const table2025_2 = tables.find((t) => t.id === 'ademe-selection' && t.version === '2025.2')!;
const file = () => JSON.parse(readFileSync(new URL('../../emission-factors/cpv-spend-2025.2.json', import.meta.url), 'utf8')) as CpvSpendMapping;

// The 45 divisions of CPV 2008, as the nomenclature lists them (../shared/reference/cpv/cpv_2008_fr_en.csv).
const CPV_DIVISIONS =
  '03 09 14 15 16 18 19 22 24 30 31 32 33 34 35 37 38 39 41 42 43 44 45 48 50 51 55 60 63 64 65 66 70 71 72 73 75 76 77 79 80 85 90 92 98'.split(' ');

describe('the bundled CPV mapping', () => {
  it('keeps the fingerprint it was released with (emission-factors/CHANGELOG.md)', () => {
    expect(spendMappingChecksum(bundledSpendMapping())).toBe('sha256:2265f683dce24962384c0231bfcffb74ff3a174cbd4b6dd41fb40eefb6d301cc');
  });

  it('refers to table ademe-selection 2025.2 by its released checksum', () => {
    const m = bundledSpendMapping();
    expect(m.table).toEqual({ id: 'ademe-selection', version: '2025.2', checksum: tableChecksum(table2025_2) });
  });

  it('lists every CPV 2008 division once, each with a reason in both languages', () => {
    const m = bundledSpendMapping();
    expect(m.divisions.map((d) => d.division)).toEqual(CPV_DIVISIONS);
    for (const entry of m.divisions.flatMap((d) => [d, ...(d.groups ?? [])])) {
      expect(entry.reason.fr.length, JSON.stringify(entry.label)).toBeGreaterThan(20);
      expect(entry.reason.en.length, JSON.stringify(entry.label)).toBeGreaterThan(20);
    }
  });

  it('resolves in the table: every factor it names is there, per money unit', () => {
    const resolved = resolveBundledSpendMapping(tables);
    expect(resolved.ok ? [] : resolved.problems).toEqual([]);
    if (!resolved.ok) return;
    const used = [...resolved.value.entries.values()].flatMap((e) => (e.factor ? [e.factor] : []));
    expect(used.length).toBeGreaterThan(0);
    for (const f of used) {
      expect(f.unit, f.id).toBe('kgCO2e/kEUR');
      expect(f.series, f.id).toBe('sdes-insee-monetary-ratios');
    }
    // 14 divisions and 22 groups: a mapped group in an unmapped division, an unmapped group in a mapped one.
    expect([...resolved.value.entries.values()].filter((e) => e.key.length === 2 && e.factor)).toHaveLength(14);
    expect([...resolved.value.entries.values()].filter((e) => e.key.length === 3)).toHaveLength(22);
  });

  it.each([
    ['45233140', '45', 'spend-construction-2023'],
    ['39130000', '391', 'spend-furniture-2023'],
    ['39710000', '39', null],
    ['55520000', '55', 'spend-accommodation-catering-2023'],
    ['55900000', '559', null],
    ['30197630', '301', null],
    ['30213100', '302', 'spend-it-electronics-2023'],
    ['09310000', '09', null],
  ])('CPV %s falls under %s: %s', (cpv, key, factor) => {
    const resolved = resolveBundledSpendMapping(tables);
    if (!resolved.ok) throw new Error('unresolved');
    const entry = spendEntryOf(resolved.value, cpv);
    expect([entry?.key, entry?.factor?.id ?? null]).toEqual([key, factor]);
  });

  it('has no entry for a code outside the nomenclature', () => {
    const resolved = resolveBundledSpendMapping(tables);
    if (!resolved.ok) throw new Error('unresolved');
    expect(spendEntryOf(resolved.value, '99000000')).toBeNull();
  });
});

describe('a mapping that breaks the rules is refused', () => {
  const withDivision = (change: (d: CpvSpendMapping['divisions'][number]) => void, at = 0): unknown => {
    const m = file();
    change(m.divisions[at]!);
    return m;
  };
  const problemsOf = (input: unknown, table: FactorTable = table2025_2) => {
    const parsed = parseSpendMapping(input);
    if (!parsed.ok) return parsed.problems.map((p) => [p.code, p.path.join('.')]);
    const resolved = resolveSpendMapping(parsed.value, table);
    return resolved.ok ? [] : resolved.problems.map((p) => [p.code, p.path.join('.')]);
  };

  it('a factor the table does not hold', () => {
    expect(problemsOf(withDivision((d) => (d.factor = 'spend-steel-2023'), 22))).toEqual([['unknown-factor', 'divisions.22.factor']]);
  });

  it('a factor that is not per money unit', () => {
    expect(problemsOf(withDivision((d) => (d.factor = 'concrete-c25-30-t'), 22))).toEqual([['unit-mismatch', 'divisions.22.factor']]);
  });

  it('another table version, or the same version with other content', () => {
    const other = tables.find((t) => t.version === '2025.1')!;
    expect(problemsOf(file(), other)).toEqual([['unknown-table-version', 'table']]);
    const edited = { ...table2025_2, title: { fr: 'autre', en: 'other' } };
    expect(problemsOf(file(), edited)).toEqual([['table-conflict', 'table.checksum']]);
  });

  it('a division twice, a group outside its division, a code that is not one', () => {
    const m = file();
    m.divisions.push({ ...m.divisions[0]! });
    m.divisions[1]!.groups = [{ group: '451', label: { fr: 'x', en: 'x' }, factor: null, reason: { fr: 'x', en: 'x' } }];
    expect(problemsOf(m)).toEqual([
      ['duplicate-id', `divisions.${m.divisions.length - 1}.division`],
      ['invalid-value', 'divisions.1.groups.0.group'],
    ]);
    expect(problemsOf(withDivision((d) => (d.division = '4')))).toEqual([['invalid-value', 'divisions.0.division']]);
  });
});
