// The backup file, `carbone-evite/backup@1`: the whole database as one JSON file, each record as its store
// holds it. The envelope (format, app, schema version, date, three lists) is read whole or refused; each
// record is then read on its own (backup-records.ts), so that one bad record is listed with its problems,
// each at its JSON path, and the others restored. It lives beside the stores, not in formats/, because its
// records and schema version are the database's (db.ts).
// No DOM API here: it runs in the browser and in Node tests.
import * as z from 'zod/mini';
import { formatPath, parseJsonText, type FileProblem, type Problem } from '../../domain';
import { backupProblems, expected, readStores, shown, type RejectedRecord } from './backup-records';
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

// ——— The envelope. Each store is a list; its records are read one by one (backup-records.ts).

const LIST = expected('a list of records');
const StoresSchema = z.object(
  { scenarios: z.array(z.unknown(), LIST), factorTables: z.array(z.unknown(), LIST), meta: z.array(z.unknown(), LIST) },
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

/**
 * Read: the valid records, and those left out with their problems (the rest is restored without them). Refused:
 * a file that is no backup of this app at all, every problem with the file's name, worded by the interface
 * from its code (src/i18n/problem-words.ts).
 */
export type ParseBackupResult = { ok: true; backup: Backup; rejected: RejectedRecord[] } | { ok: false; problems: FileProblem[] };

/** A problem as one English line, `<file>: <path>: <sentence>`, for logs and tests. */
export const problemLine = ({ file, problem }: FileProblem) => `${file}: ${formatPath(problem.path)}: ${problem.message}`;

/** A truncated file: V8 gives no position for "Unexpected end of JSON input", so point at the end. */
function atEndOfText(problem: Problem, text: string): Problem {
  if (problem.params?.line !== undefined || !/end of JSON input/i.test(problem.message)) return problem;
  const lines = text.split('\n');
  const [line, column] = [lines.length, lines[lines.length - 1]!.length + 1];
  return { ...problem, message: problem.message.replace(/^Not valid JSON/, `Not valid JSON (line ${line}, column ${column})`), params: { line, column } };
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

/**
 * A backup file read: refused whole when it is not a readable backup of this app (each problem naming the file
 * and the JSON path); otherwise every valid record, and each invalid one listed rather than restored.
 */
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
  const envelope = BackupSchema.safeParse(json.value);
  if (!envelope.success) return refuse(backupProblems(envelope.error.issues));
  const { stores, rejected } = readStores(envelope.data.stores);
  return { ok: true, backup: { ...envelope.data, stores }, rejected };
}
