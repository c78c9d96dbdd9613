// The backup file, `carbone-evite/backup@1`: the whole database as one JSON file, each record as its store
// holds it. A file is read through one zod schema that reuses the scenario and factor-table schemas, then
// the rules the domain adds to them (ids used once, a table's checksum); every problem is named with the file
// and its JSON path, and nothing is read half. It lives beside the stores, not in formats/, because its
// records and schema version are the database's (db.ts).
// No DOM API here: it runs in the browser and in Node tests.
import * as z from 'zod/mini';
import {
  FactorTableSchema,
  formatPath,
  normaliseScenario,
  parseFactorTable,
  parseJsonText,
  parseScenario,
  ScenarioSchema,
  schemaProblems,
  tableChecksum,
  type FileProblem,
  type Problem,
  type ProblemCode,
  type Result,
} from '../../domain';
import { CURRENT_SCHEMA_VERSION, type MetaRecord, type ScenarioRecord, type TableRecord } from './db';

export const BACKUP_FORMAT = 'carbone-evite/backup@1';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  app: 'carbone-evite';
  /** CURRENT_SCHEMA_VERSION of the app that exported it. */
  schemaVersion: number;
  /** ISO 8601, e.g. `2026-03-05T09:12:44.120Z`. */
  exportedAt: string;
  stores: { scenarios: ScenarioRecord[]; factorTables: TableRecord[]; meta: MetaRecord[] };
}

/** Text longer than this is refused before JSON.parse: a backup of scenarios is far smaller. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** Beyond this, the list ends with a count: a file this broken is not a backup. */
const MAX_PROBLEMS = 200;

const pad = (n: number) => String(n).padStart(2, '0');
/** The person's calendar day (local time), as in the file name they will look for. */
export const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function backupFileName(date: Date): string {
  return `carbone-evite-sauvegarde-${localDay(date)}.json`;
}

// ——— The schema. Messages say what was expected and quote what was found, as a person reads a file.

const shown = (v: unknown) => (v === undefined ? 'nothing' : (JSON.stringify(v)?.slice(0, 60) ?? String(v)));
const expected = (what: string) => ({ error: (issue: { input?: unknown }) => `Expected ${what}, found ${shown(issue.input)}.` });

const finiteNumber = () => z.number(expected('a finite number'));
const COUNT = 'a count (a finite number of at least 0)';
const count = () => z.number(expected(COUNT)).check(z.gte(0, expected(COUNT)));
const nonEmptyText = (what: string) => z.string(expected(what)).check(z.refine((s) => s.trim().length > 0, { ...expected(what), params: { issue: 'blank' } }));

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

/** Each record's key once; records with problems of their own are left out of the count. */
function uniqueKeys<T>(keyOf: (record: T) => string, keyPath: string, twice: (record: T, first: number) => string) {
  return z.superRefine<T[]>(
    (records, ctx) => {
      const invalid = new Set(ctx.issues.map((issue) => issue.path?.[0]));
      const firstAt = new Map<string, number>();
      records.forEach((record, i) => {
        if (invalid.has(i)) return;
        const key = keyOf(record);
        const first = firstAt.get(key);
        if (first === undefined) {
          firstAt.set(key, i);
          return;
        }
        ctx.addIssue({ code: 'custom', path: [i, keyPath], message: twice(record, first), input: record, params: { issue: 'stored-twice', first } });
        // Listed with its record's index, not after every record's problems: the order a person reads the file.
        const issue = ctx.issues.pop()!;
        const before = ctx.issues.findIndex((other) => typeof other.path?.[0] === 'number' && other.path[0] > i);
        ctx.issues.splice(before < 0 ? ctx.issues.length : before, 0, issue);
      });
    },
    // Also when some records have problems, so that every problem is listed at once.
    { when: (payload) => Array.isArray(payload.value) },
  );
}

const ScenarioRecordSchema = z.object(
  {
    id: nonEmptyText('a non-empty text id'),
    createdAt: finiteNumber(),
    updatedAt: finiteNumber(),
    revision: finiteNumber(),
    scenario: z.pipe(z.transform(normaliseScenario), ScenarioSchema.check(domainRules(parseScenario))),
    summary: z.object({ baselineKgCO2e: finiteNumber(), avoidedKgCO2e: finiteNumber(), lineCount: finiteNumber() }, expected('a summary (an object)')),
  },
  expected('a scenario record (an object)'),
);

const text = () => z.string(expected('text'));

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

const MetaRecordSchema = z.pipe(
  z.object({ key: z.string(expected('a text key')), value: z.optional(z.unknown()) }, expected('a meta record (an object)')),
  z.transform(({ key, value }): MetaRecord => ({ key, value })),
);

const LIST = expected('a list of records');
const StoresSchema = z.object(
  {
    scenarios: z.array(ScenarioRecordSchema, LIST).check(
      uniqueKeys(
        (r) => r.id,
        'id',
        (r, first) => `Scenario id "${r.id}" is used twice (first at index ${first}).`,
      ),
    ),
    factorTables: z.array(TableRecordSchema, LIST).check(
      uniqueKeys(
        (r) => JSON.stringify([r.id, r.version]),
        'version',
        (r, first) => `Table "${r.id}" version "${r.version}" is stored twice (first at index ${first}).`,
      ),
    ),
    meta: z.array(MetaRecordSchema, LIST).check(
      uniqueKeys(
        (r) => r.key,
        'key',
        (r, first) => `Meta key "${r.key}" is used twice (first at index ${first}).`,
      ),
    ),
  },
  expected('an object holding scenarios, factorTables and meta'),
);

const NOT_AN_OBJECT = { error: () => 'Expected a Carbone évité backup (a JSON object), found something else.' };
const FormatSchema = z.literal(BACKUP_FORMAT, {
  error: (issue) => `Expected "${BACKUP_FORMAT}", found ${shown(issue.input)}: this file is not a Carbone évité backup.`,
});
const AppSchema = z.literal('carbone-evite', expected('"carbone-evite"'));
const WHOLE = 'a whole number of at least 1';
const SchemaVersionSchema = z.number(expected(WHOLE)).check(
  z.refine(Number.isInteger, { ...expected(WHOLE), abort: true, params: { issue: 'not-whole' } }),
  z.gte(1, { ...expected(WHOLE), abort: true }),
  z.lte(CURRENT_SCHEMA_VERSION, {
    error: (issue) =>
      `The backup was written by a newer version of the app (schema ${String(issue.input)}, this app knows ${CURRENT_SCHEMA_VERSION}); update the app to restore it.`,
  }),
);
const EXPORTED_AT = 'an ISO date and time such as 2026-03-05T09:12:44.120Z';
const ExportedAtSchema = z
  .string(expected(EXPORTED_AT))
  .check(z.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { ...expected(EXPORTED_AT), params: { issue: 'not-a-date-time' } }));

/** A file of this format at all: anything else (a scenario file, a table…) is refused in one sentence. */
const BackupFormatSchema = z.object({ format: FormatSchema }, NOT_AN_OBJECT);
/** Written by a version of the app that this one can read: the records of a newer one are not judged. */
const BackupVersionSchema = z.object({ app: AppSchema, schemaVersion: SchemaVersionSchema });

const BackupSchema = z.object(
  { format: FormatSchema, app: AppSchema, schemaVersion: SchemaVersionSchema, exportedAt: ExportedAtSchema, stores: StoresSchema },
  NOT_AN_OBJECT,
);

// ——— Reading a file

/** Refused: every problem with the file's name, worded by the interface from its code (src/i18n/problem-words.ts). */
export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; problems: FileProblem[] };

/** A problem as one English line, `<file>: <path>: <sentence>`, for logs and tests. */
export const problemLine = ({ file, problem }: FileProblem) => `${file}: ${formatPath(problem.path)}: ${problem.message}`;

/** A truncated file: V8 gives no position for "Unexpected end of JSON input", so point at the end. */
function atEndOfText(problem: Problem, text: string): Problem {
  if (problem.params?.line !== undefined || !/end of JSON input/i.test(problem.message)) return problem;
  const lines = text.split('\n');
  const [line, column] = [lines.length, lines[lines.length - 1]!.length + 1];
  return { ...problem, message: problem.message.replace(/^Not valid JSON/, `Not valid JSON (line ${line}, column ${column})`), params: { line, column } };
}

/**
 * zod's issues as problems; those the backup's own checks raise keep their words' key (`params.issue`), and
 * the domain's rules (a factor id used twice) their own code and values.
 */
function backupProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return schemaProblems(issues).map((problem, i) => {
    const issue = issues[i]!;
    if (issue.code !== 'custom' || !issue.params) return problem;
    const { problemCode, ...params } = issue.params as Record<string, string | number>;
    return problemCode ? { ...problem, code: problemCode as ProblemCode, params } : { ...problem, params: { ...problem.params, ...params } };
  });
}

/** What the schema's words say of a file that is no backup of this app, or of a newer one. */
function namedWhole(problem: Problem): Problem {
  const [key] = problem.path;
  if (problem.path.length === 1 && key === 'format') return { ...problem, params: { issue: 'not-a-backup' } };
  if (problem.path.length === 0 && problem.params?.issue === 'invalid_type') return { ...problem, params: { issue: 'not-a-backup' } };
  if (key === 'schemaVersion' && problem.params?.issue === 'too_big')
    return { ...problem, params: { issue: 'newer-backup', version: String(problem.params.limit) } };
  return problem;
}

/** Every problem of a backup file, each naming the file and the JSON path; nothing is read half. */
export function parseBackup(text: string, fileName: string): ParseBackupResult {
  const refuse = (found: Problem[]): ParseBackupResult => {
    const problems = found.map((problem) => ({ file: fileName, problem: namedWhole(problem) }));
    if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
    const more = problems.length - MAX_PROBLEMS;
    const notListed: Problem = {
      code: 'invalid-value',
      path: [],
      message: `${more} more problems not listed.`,
      params: { issue: 'more-problems', count: more },
    };
    return { ok: false, problems: [...problems.slice(0, MAX_PROBLEMS), { file: fileName, problem: notListed }] };
  };
  if (text.length > MAX_BACKUP_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return refuse([
      {
        code: 'file-too-large',
        path: [],
        message: `The file is ${mb} MB (${text.length} characters), over the ${MAX_BACKUP_CHARS / 1024 / 1024} MB limit for a backup.`,
        params: { size: text.length, max: MAX_BACKUP_CHARS },
      },
    ]);
  }
  const json = parseJsonText(text); // accepts a UTF-8 BOM
  if (!json.ok) return refuse(json.problems.map((p) => atEndOfText(p, text)));

  const format = BackupFormatSchema.safeParse(json.value);
  if (!format.success) return refuse(backupProblems(format.error.issues));
  const version = BackupVersionSchema.safeParse(json.value);
  if (!version.success && version.error.issues.some((issue) => issue.path[0] === 'schemaVersion')) return refuse(backupProblems(version.error.issues));
  const backup = BackupSchema.safeParse(json.value);
  return backup.success ? { ok: true, backup: backup.data } : refuse(backupProblems(backup.error.issues));
}
