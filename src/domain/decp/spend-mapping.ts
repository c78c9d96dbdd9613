// Which monetary ratio of the factor table stands for a CPV code: versioned data
// (emission-factors/cpv-spend-<version>.json), each division — and, where a division is mixed, each group —
// mapped to a factor id with its reason, or listed as unmapped with the reason. The file names the table it
// refers to by id, version and checksum, and carries only factor ids: every value comes from that table, so
// a mapping can never bring a factor of its own (README, "Public contracts (DECP)").
import * as z from 'zod/mini';
import { schemaProblems } from '../parse';
import { fail, ok, type Problem, type Result } from '../result';
import { LocalizedTextSchema, nonEmpty, type Factor, type FactorTable } from '../schemas';
import { contentChecksum, tableChecksum } from '../table-checksum';
import { dimensionOf, parseFactorUnit } from '../units';

export const CPV_SPEND_MAPPING_FORMAT = 'carbone-evite/cpv-spend-mapping@1';

const entryFields = {
  label: LocalizedTextSchema,
  /** A factor id of the table, per money unit; null when no ratio of the table is credible for the code. */
  factor: z.nullable(nonEmpty()),
  /** Why this ratio (the NACE divisions it covers), or why none. */
  reason: LocalizedTextSchema,
};

const GroupSchema = z.object({ group: z.string().check(z.regex(/^\d{3}$/, 'Expected a CPV group: 3 digits')), ...entryFields });

const DivisionSchema = z.object({
  division: z.string().check(z.regex(/^\d{2}$/, 'Expected a CPV division: 2 digits')),
  ...entryFields,
  /** Groups mapped apart from their division (a mixed division); the others take the division's entry. */
  groups: z.optional(z.array(GroupSchema)),
});

export const CpvSpendMappingSchema = z.object({
  format: z.literal(CPV_SPEND_MAPPING_FORMAT),
  version: nonEmpty(),
  publishedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD')),
  /** The factor table the ids belong to. */
  table: z.object({ id: nonEmpty(), version: nonEmpty(), checksum: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)) }),
  nomenclature: nonEmpty(),
  about: LocalizedTextSchema,
  divisions: z.array(DivisionSchema).check(z.minLength(1)),
});
export type CpvSpendMapping = z.infer<typeof CpvSpendMappingSchema>;

/** One mapped code, its ratio resolved in the table (null: unmapped). */
export interface SpendEntry {
  /** `45` (a division) or `391` (a group). */
  readonly key: string;
  readonly division: string;
  readonly label: { readonly fr: string; readonly en: string };
  readonly reason: { readonly fr: string; readonly en: string };
  readonly factor: Factor | null;
}

/** A mapping checked against its table: entries by key, and the table's own fingerprint. */
export interface ResolvedSpendMapping {
  readonly mapping: CpvSpendMapping;
  readonly checksum: string;
  readonly table: FactorTable;
  readonly entries: ReadonlyMap<string, SpendEntry>;
}

/** `sha256:` and the hex digits of the mapping's canonical JSON, as tables get theirs (tableChecksum). */
export const spendMappingChecksum = (mapping: CpvSpendMapping): string => contentChecksum(mapping);

function duplicates(keys: readonly string[], at: (i: number) => (string | number)[], what: string): Problem[] {
  const seen = new Set<string>();
  return keys.flatMap((key, i) => {
    if (!seen.has(key)) return (seen.add(key), []);
    return [{ code: 'duplicate-id' as const, path: at(i), message: `${what} ${key} is mapped twice`, params: { id: key } }];
  });
}

/** The mapping read from JSON: its shape, then each division and group once, each group inside its division. */
export function parseSpendMapping(input: unknown): Result<CpvSpendMapping> {
  const parsed = CpvSpendMappingSchema.safeParse(input);
  if (!parsed.success) return fail(schemaProblems(parsed.error.issues));
  const mapping = parsed.data;
  const problems = duplicates(
    mapping.divisions.map((d) => d.division),
    (i) => ['divisions', i, 'division'],
    'CPV division',
  );
  mapping.divisions.forEach((d, i) => {
    const groups = d.groups ?? [];
    problems.push(
      ...duplicates(
        groups.map((g) => g.group),
        (j) => ['divisions', i, 'groups', j, 'group'],
        'CPV group',
      ),
    );
    groups.forEach((g, j) => {
      if (!g.group.startsWith(d.division))
        problems.push({
          code: 'invalid-value',
          path: ['divisions', i, 'groups', j, 'group'],
          message: `CPV group ${g.group} is not in division ${d.division}`,
          params: { group: g.group, division: d.division },
        });
    });
  });
  return problems.length ? fail(problems) : ok(mapping);
}

function resolveFactor(table: FactorTable, id: string | null, path: (string | number)[], problems: Problem[]): Factor | null {
  if (id === null) return null;
  const factor = table.factors.find((f) => f.id === id);
  if (!factor) {
    problems.push({ code: 'unknown-factor', path, message: `Factor "${id}" is not in table ${table.id} ${table.version}`, params: { id } });
    return null;
  }
  const per = parseFactorUnit(factor.unit);
  if (per === null || dimensionOf(per) !== 'money')
    problems.push({ code: 'unit-mismatch', path, message: `Factor "${id}" is in ${factor.unit}, not per money unit`, params: { id, unit: factor.unit } });
  return factor;
}

/**
 * The mapping against the table it names: the same id, version and checksum, every factor id in the table
 * and per money unit (a spend-based ratio). Any problem refuses the whole mapping.
 */
export function resolveSpendMapping(mapping: CpvSpendMapping, table: FactorTable): Result<ResolvedSpendMapping> {
  const problems: Problem[] = [];
  if (mapping.table.id !== table.id || mapping.table.version !== table.version)
    problems.push({
      code: 'unknown-table-version',
      path: ['table'],
      message: `The mapping refers to table ${mapping.table.id} ${mapping.table.version}, not ${table.id} ${table.version}`,
      params: { id: mapping.table.id, version: mapping.table.version },
    });
  else if (mapping.table.checksum !== tableChecksum(table))
    problems.push({
      code: 'table-conflict',
      path: ['table', 'checksum'],
      message: `Table ${table.id} ${table.version} at hand has other content than the one the mapping refers to`,
      params: { id: table.id, version: table.version },
    });
  const entries = new Map<string, SpendEntry>();
  mapping.divisions.forEach((d, i) => {
    const factor = resolveFactor(table, d.factor, ['divisions', i, 'factor'], problems);
    entries.set(d.division, { key: d.division, division: d.division, label: d.label, reason: d.reason, factor });
    (d.groups ?? []).forEach((g, j) => {
      const groupFactor = resolveFactor(table, g.factor, ['divisions', i, 'groups', j, 'factor'], problems);
      entries.set(g.group, { key: g.group, division: d.division, label: g.label, reason: g.reason, factor: groupFactor });
    });
  });
  return problems.length ? fail(problems) : ok({ mapping, checksum: spendMappingChecksum(mapping), table, entries });
}

/** The entry a CPV code (8 digits, as the columns hold it) falls under: its group's when listed, else its division's; null when neither is mapped. */
export function spendEntryOf(resolved: ResolvedSpendMapping, cpv: string): SpendEntry | null {
  if (cpv.length < 2) return null;
  return resolved.entries.get(cpv.slice(0, 3)) ?? resolved.entries.get(cpv.slice(0, 2)) ?? null;
}
