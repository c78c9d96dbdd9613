// The domain reports failures as values: a fixed set of codes, each with the JSON path it concerns.

export type ProblemCode =
  | 'invalid-json'
  | 'invalid-value'
  | 'duplicate-id'
  | 'unknown-factor'
  | 'unknown-pair-factor'
  | 'unit-mismatch'
  | 'unknown-table'
  | 'unknown-table-version'
  | 'table-conflict'
  // A chosen file that cannot be read as a factor table at all (the Tables screen's import).
  | 'file-too-large'
  | 'empty-file'
  | 'wrong-separator'
  | 'missing-columns'
  | 'no-data-rows'
  | 'no-importable-factor'
  | 'unreadable-file'
  | 'unterminated-quote'
  | 'out-of-range';

export type JsonPath = ReadonlyArray<string | number>;

export interface Problem {
  readonly code: ProblemCode;
  readonly path: JsonPath;
  /** Plain-English sentence for the command line and logs; the UI words it from `code` and `params`. */
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problems: Problem[]): Result<T> => ({ ok: false, problems });

/** `lines[3].baseline.factor`, the way a person reads a JSON path. */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** A problem of a file a person chose, with the file's name: the interface words it, the command line prints `message`. */
export interface FileProblem {
  readonly file: string;
  readonly problem: Problem;
}
