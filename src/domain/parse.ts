// One entry point per file format: structure through zod, then the rules zod cannot see (unique ids,
// references inside the file). Every problem is returned, each with its JSON path.
import type * as z from 'zod/mini';
import { FactorTableSchema, ScenarioSchema, type FactorTable, type Scenario } from './schemas';
import { fail, ok, type JsonPath, type Problem, type Result } from './result';

/** zod's issues as problems, each with its JSON path. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({
    code: 'invalid-value' as const,
    path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
    message: issue.message,
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

export function parseScenario(input: unknown): Result<Scenario> {
  const parsed = ScenarioSchema.safeParse(normaliseScenario(input));
  if (!parsed.success) return fail(schemaProblems(parsed.error.issues));
  const scenario = parsed.data;
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
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
    }
    return fail([{ code: 'invalid-json', path: [], message: `Not valid JSON${where}: ${message}` }]);
  }
}
