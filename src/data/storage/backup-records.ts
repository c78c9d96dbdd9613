// The records of a backup, each read on its own: one unreadable record is listed with its problems and left
// out, and every other record is restored (issue 13, point 2). Every store is checked, the settings of `meta`
// included: a setting is restored only under a key the app writes and with a value it can read back.
// Summaries are not trusted: the restore computes them again from the scenario (backup-restore-plan.ts).
import * as z from 'zod/mini';
import {
  FactorTableSchema,
  normaliseScenario,
  parseFactorTable,
  parseScenario,
  ScenarioSchema,
  schemaProblems,
  tableChecksum,
  type JsonPath,
  type Problem,
  type ProblemCode,
  type Result,
} from '../../domain';
import type { MetaRecord, ScenarioRecord, TableRecord } from './db';
import { LEDGER_LAYOUT_KEY_PREFIX, readLayoutValue } from './ledger-layouts';
import { readImportedTemplate, TEMPLATE_KEY_PREFIX } from './template-store';

export type StoreName = 'scenarios' | 'factorTables' | 'meta';

/** A record of the backup that is not restored, and why; each problem's path starts at the file's root. */
export interface RejectedRecord {
  readonly store: StoreName;
  readonly index: number;
  /** What names it for a person, as found: the scenario's name (else its id), the table's id and version, the setting's key. */
  readonly label: string;
  readonly problems: readonly Problem[];
}

export interface ReadStores {
  readonly stores: { scenarios: ScenarioRecord[]; factorTables: TableRecord[]; meta: MetaRecord[] };
  readonly rejected: RejectedRecord[];
}

// ——— Messages say what was expected and quote what was found, as a person reads a file.

export const shown = (v: unknown) => (v === undefined ? 'nothing' : (JSON.stringify(v)?.slice(0, 60) ?? String(v)));
export const expected = (what: string) => ({ error: (issue: { input?: unknown }) => `Expected ${what}, found ${shown(issue.input)}.` });

const finiteNumber = () => z.number(expected('a finite number'));
const COUNT = 'a count (a finite number of at least 0)';
const count = () => z.number(expected(COUNT)).check(z.gte(0, expected(COUNT)));
const nonEmptyText = (what: string) => z.string(expected(what)).check(z.refine((s) => s.trim().length > 0, { ...expected(what), params: { issue: 'blank' } }));
const text = () => z.string(expected('text'));

/**
 * The rules the domain checks beyond its schema (ids used twice, pairs naming absent factors), at their
 * paths; only once the schema finds nothing, as the domain's own parse does.
 */
function domainRules<T>(parse: (input: T) => Result<T>) {
  return z.superRefine<T>(
    (value, ctx) => {
      const parsed = parse(value);
      if (!parsed.ok)
        for (const p of parsed.problems)
          ctx.addIssue({ code: 'custom', path: [...p.path], message: p.message, input: value, params: { problemCode: p.code, ...p.params } });
    },
    // By default zod would also run it after a failed check (a number too small), listing that twice.
    { when: (payload) => payload.issues.length === 0 },
  );
}

const NO_SUMMARY = { baselineKgCO2e: 0, avoidedKgCO2e: 0, lineCount: 0 };

const ScenarioRecordSchema = z.object(
  {
    id: nonEmptyText('a non-empty text id'),
    createdAt: finiteNumber(),
    updatedAt: finiteNumber(),
    revision: finiteNumber(),
    scenario: z.pipe(z.transform(normaliseScenario), ScenarioSchema.check(domainRules(parseScenario))),
    // Derived from the scenario: whatever the file says (1 000 000 t, nothing) is replaced on restore.
    summary: z.pipe(
      z.unknown(),
      z.transform(() => NO_SUMMARY),
    ),
  },
  expected('a scenario record (an object)'),
);

/** Backups written before the word was "checksum" call a table record's checksum `hash`; `checksum` wins when both are there. */
function normaliseTableRecord(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !('hash' in input)) return input;
  const { hash, ...record } = input as Record<string, unknown>;
  return record.checksum === undefined && hash !== undefined ? { ...record, checksum: hash } : record;
}

const CurrentTableRecordSchema = z
  .object(
    {
      id: nonEmptyText('a non-empty text id'),
      version: nonEmptyText('a non-empty text version'),
      checksum: z.string(expected("the table's checksum (text)")),
      importedAt: finiteNumber(),
      origin: z.object({ fileName: text(), encoding: text(), rows: count(), rejected: count() }, expected('where the table came from (an object)')),
      table: FactorTableSchema.check(domainRules(parseFactorTable)),
    },
    expected('a factor table record (an object)'),
  )
  .check(
    z.superRefine(
      (record, ctx) => {
        const { table } = record;
        if (record.id !== table.id || record.version !== table.version)
          ctx.addIssue({
            code: 'custom',
            path: ['id'],
            message: `The record is stored as "${String(record.id)}" version "${String(record.version)}" but holds table "${table.id}" version "${table.version}".`,
            params: {
              issue: 'record-holds-other-table',
              id: String(record.id),
              version: String(record.version),
              tableId: table.id,
              tableVersion: table.version,
            },
          });
        const checksum = tableChecksum(table);
        if (typeof record.checksum === 'string' && record.checksum !== checksum)
          ctx.addIssue({
            code: 'custom',
            path: ['checksum'],
            message: `The table's content does not match its checksum: it was altered after it was imported (stored ${record.checksum}, content gives ${checksum}).`,
            params: { issue: 'checksum-mismatch' },
          });
      },
      // Whenever the table itself is valid, whatever the record's other fields.
      { when: (payload) => !payload.issues.some((issue) => !issue.path?.length || issue.path[0] === 'table') },
    ),
  );
const TableRecordSchema = z.pipe(z.transform(normaliseTableRecord), CurrentTableRecordSchema);

/** Whether a setting's value is one the app reads back under its key; undefined when the key is not one it writes. */
function settingReads(record: MetaRecord): boolean | undefined {
  const { key, value } = record;
  if (key === 'seeded') return typeof value === 'string' && value.length > 0;
  if (key.startsWith(TEMPLATE_KEY_PREFIX)) return readImportedTemplate(record)?.template.id === key.slice(TEMPLATE_KEY_PREFIX.length);
  if (key.startsWith(LEDGER_LAYOUT_KEY_PREFIX)) return readLayoutValue(key.slice(LEDGER_LAYOUT_KEY_PREFIX.length), value) !== undefined;
  return undefined;
}

const MetaRecordSchema = z.pipe(
  z.object({ key: z.string(expected('a text key')), value: z.optional(z.unknown()) }, expected('a meta record (an object)')).check(
    z.superRefine((record, ctx) => {
      const reads = settingReads({ key: record.key, value: record.value });
      if (reads === undefined)
        ctx.addIssue({ code: 'custom', path: ['key'], message: `"${record.key}" is not a setting this app keeps.`, params: { issue: 'unknown-setting' } });
      else if (!reads)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `The value of setting "${record.key}" cannot be read back by this app.`,
          params: { issue: 'invalid-setting' },
        });
    }),
  ),
  z.transform(({ key, value }): MetaRecord => ({ key, value })),
);

/**
 * zod's issues as problems; those the backup's own checks raise keep their words' key (`params.issue`), and
 * the domain's rules (a factor id used twice) their own code and values.
 */
export function backupProblems(issues: readonly z.core.$ZodIssue[], at: JsonPath = []): Problem[] {
  return schemaProblems(issues).map((found, i) => {
    const issue = issues[i]!;
    const problem = { ...found, path: [...at, ...found.path] };
    if (issue.code !== 'custom' || !issue.params) return problem;
    const { problemCode, ...params } = issue.params as Record<string, string | number>;
    return problemCode ? { ...problem, code: problemCode as ProblemCode, params } : { ...problem, params: { ...problem.params, ...params } };
  });
}

const field = (raw: unknown, key: string): unknown => (raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined);
const said = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** How a person recognises a record, from what the file holds even when it is invalid. */
const LABELS: Record<StoreName, (raw: unknown) => string> = {
  scenarios: (raw) => said(field(field(raw, 'scenario'), 'name')) || said(field(raw, 'id')),
  factorTables: (raw) => [said(field(raw, 'id')), said(field(raw, 'version'))].filter(Boolean).join(' '),
  meta: (raw) => said(field(raw, 'key')),
};

interface StoreRule<T> {
  readonly schema: z.ZodMiniType<T>;
  /** The key the store holds it under, and the field a second use of it is reported at. */
  readonly keyOf: (record: T) => string;
  readonly keyPath: string;
  readonly twice: (record: T, first: number) => string;
}

const RULES: { [S in StoreName]: StoreRule<ReadStores['stores'][S][number]> } = {
  scenarios: {
    schema: ScenarioRecordSchema,
    keyOf: (r) => r.id,
    keyPath: 'id',
    twice: (r, first) => `Scenario id "${r.id}" is used twice (first at index ${first}).`,
  },
  factorTables: {
    schema: TableRecordSchema,
    keyOf: (r) => JSON.stringify([r.id, r.version]),
    keyPath: 'version',
    twice: (r, first) => `Table "${r.id}" version "${r.version}" is stored twice (first at index ${first}).`,
  },
  meta: {
    schema: MetaRecordSchema,
    keyOf: (r) => r.key,
    keyPath: 'key',
    twice: (r, first) => `Meta key "${r.key}" is used twice (first at index ${first}).`,
  },
};

/** One store's records: the valid ones, each key once (the first wins), and the others with their problems. */
function readStore<S extends StoreName>(store: S, raws: readonly unknown[]): { records: ReadStores['stores'][S]; rejected: RejectedRecord[] } {
  const rule = RULES[store] as StoreRule<ReadStores['stores'][S][number]>;
  const records: ReadStores['stores'][S][number][] = [];
  const rejected: RejectedRecord[] = [];
  const firstAt = new Map<string, number>();
  raws.forEach((raw, index) => {
    const at = ['stores', store, index];
    const reject = (problems: Problem[]) => rejected.push({ store, index, label: LABELS[store](raw), problems });
    const parsed = rule.schema.safeParse(raw);
    if (!parsed.success) return reject(backupProblems(parsed.error.issues, at));
    const key = rule.keyOf(parsed.data);
    const first = firstAt.get(key);
    if (first !== undefined)
      return reject([
        { code: 'invalid-value', path: [...at, rule.keyPath], message: rule.twice(parsed.data, first), params: { issue: 'stored-twice', first } },
      ]);
    firstAt.set(key, index);
    records.push(parsed.data);
  });
  return { records: records as ReadStores['stores'][S], rejected };
}

/** Every record of every store read on its own, in the order of the file. */
export function readStores(stores: Record<StoreName, readonly unknown[]>): ReadStores {
  const scenarios = readStore('scenarios', stores.scenarios);
  const factorTables = readStore('factorTables', stores.factorTables);
  const meta = readStore('meta', stores.meta);
  return {
    stores: { scenarios: scenarios.records, factorTables: factorTables.records, meta: meta.records },
    rejected: [...scenarios.rejected, ...factorTables.rejected, ...meta.rejected],
  };
}
