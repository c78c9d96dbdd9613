// One entry point per file format: structure through zod, then the rules zod cannot see (unique ids,
// references inside the file). Every problem is returned, each with its JSON path.
import type * as z from 'zod/mini';
import { FactorTableSchema, LineSchema, ScenarioSchema, type FactorTable, type Line, type Scenario } from './schemas';
import { fail, ok, type JsonPath, type Problem, type Result } from './result';
import { acceptPlainLine } from './plain-line';

/** What the interface needs to word a zod issue in its own language: the issue's code and its bounds or expectations. */
function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = { issue: issue.code };
  const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      params.origin = issue.origin;
      params.inclusive = issue.inclusive === false ? 0 : 1;
      params.limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      break;
    case 'invalid_type':
      params.expected = issue.expected;
      if (/received undefined$/.test(issue.message)) params.received = 'undefined';
      break;
    case 'invalid_value':
      params.values = list(issue.values);
      break;
    case 'unrecognized_keys':
      params.keys = list(issue.keys);
      break;
    case 'invalid_format':
      params.format = issue.format;
      break;
  }
  return params;
}

/** zod's issues as problems, each with its JSON path; `params.issue` keeps zod's code for the interface's wording. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({
    code: 'invalid-value' as const,
    path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
    message: issue.message,
    params: issueParams(issue),
  }));
}

function duplicateIds(items: ReadonlyArray<{ id: string }>, at: JsonPath, what: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push({
        code: 'duplicate-id',
        path: [...at, i, 'id'],
        message: `${what} id "${item.id}" is used twice (first at index ${first})`,
        params: { id: item.id, first },
      });
  });
  return problems;
}

export function parseFactorTable(input: unknown): Result<FactorTable> {
  const parsed = FactorTableSchema.safeParse(input);
  if (!parsed.success) return fail(schemaProblems(parsed.error.issues));
  const table = parsed.data;
  const problems = duplicateIds(table.factors, ['factors'], 'Factor');
  const ids = new Set(table.factors.map((f) => f.id));
  table.pairs?.forEach((pair, i) => {
    for (const side of ['baseline', 'alternative'] as const) {
      if (!ids.has(pair[side]))
        problems.push({
          code: 'unknown-pair-factor',
          path: ['pairs', i, side],
          message: `Pair refers to factor "${pair[side]}", which is not in the table`,
          params: { factor: pair[side] },
        });
    }
  });
  return problems.length ? fail(problems) : ok(table);
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A scenario as earlier versions wrote it (file, share link, stored record, backup), in today's names:
 * the pinned table's `hash` is its `checksum`; when both are there, `checksum` wins. Anything else is
 * left as it is, for the schema to judge.
 */
export function normaliseScenario(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.factorTable) || !('hash' in input.factorTable)) return input;
  const { hash, ...factorTable } = input.factorTable;
  return { ...input, factorTable: factorTable.checksum === undefined && hash !== undefined ? { ...factorTable, checksum: hash } : factorTable };
}

/**
 * Lines that came out of the check, as it returned them. A line is checked on its own (only the uniqueness of
 * ids spans lines), so a scenario checked again after an edit to one line of 100,000 checks that line, not
 * the 99,999 objects it already returned. Lines are never changed in place (an edit makes a new object).
 */
const checkedLines = new WeakSet<object>();

/**
 * Lines a store checked with these very checks when it wrote them (storage/line-trust.ts): taken as checked,
 * as if this check had returned them.
 */
export function markLinesChecked(lines: readonly object[]): void {
  for (const line of lines) if (typeof line === 'object' && line !== null) checkedLines.add(line);
}

/** One line checked on its own (a ledger's row), or null: the check's copy, which parseScenario will not check again. */
export function parseLine(input: unknown): Line | null {
  const plain = acceptPlainLine(input);
  if (plain) {
    checkedLines.add(plain);
    return plain;
  }
  const parsed = LineSchema.safeParse(input);
  if (!parsed.success) return null;
  checkedLines.add(parsed.data);
  return parsed.data;
}

export function parseScenario(input: unknown): Result<Scenario> {
  const normalised = normaliseScenario(input);
  const lines: unknown[] | null = isRecord(normalised) && Array.isArray(normalised.lines) ? normalised.lines : null;
  // Lines checked before are taken as they are; plain lines pass the fast lane (plain-line.ts); zod checks the
  // rest with the scenario around them, and `toCheck` says where each of those sits, so that a problem names
  // its real place.
  const accepted: Line[] = [];
  const toCheck: number[] = [];
  const out = lines ? lines.slice() : null;
  lines?.forEach((line, i) => {
    if (typeof line === 'object' && line !== null && checkedLines.has(line)) return;
    const plain = acceptPlainLine(line);
    if (!plain) return void toCheck.push(i);
    (out as unknown[])[i] = plain;
    accepted.push(plain);
  });
  const partly = lines !== null && toCheck.length < lines.length;
  const parsed = ScenarioSchema.safeParse(partly ? { ...(normalised as Record<string, unknown>), lines: toCheck.map((i) => lines[i]) } : normalised);
  if (!parsed.success)
    return fail(
      schemaProblems(
        partly
          ? parsed.error.issues.map((issue) =>
              issue.path[0] === 'lines' && typeof issue.path[1] === 'number'
                ? { ...issue, path: ['lines', toCheck[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] }
                : issue,
            )
          : parsed.error.issues,
      ),
    );
  let scenario = parsed.data;
  // Only the lines this call made are new to the set: the others were in it already.
  for (const line of scenario.lines) checkedLines.add(line);
  for (const line of accepted) checkedLines.add(line);
  if (partly) {
    const checked = out as Scenario['lines'];
    toCheck.forEach((at, k) => (checked[at] = scenario.lines[k] as Scenario['lines'][number]));
    scenario = { ...scenario, lines: checked };
  }
  const problems = [...duplicateIds(scenario.lines, ['lines'], 'Line'), ...duplicateIds(scenario.customFactors, ['customFactors'], 'Scenario factor')];
  return problems.length ? fail(problems) : ok(scenario);
}

/** JSON text to a value, with the line and column of a syntax error. */
export function parseJsonText(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = '';
    let params: Record<string, number> | undefined;
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
      params = { line, column };
    }
    return fail([{ code: 'invalid-json', path: [], message: `Not valid JSON${where}: ${message}`, ...(params && { params }) }]);
  }
}
