// The factors a template uses, read from the table version it is pinned to: what a screen shows in place of
// values written in prose, and the check that a template estimates against the tables at hand.
import { evaluateScenario } from './evaluate';
import type { ResolvedFactor, TableRef } from './factor-index';
import { fail, ok, type Problem, type Result } from './result';
import type { FactorTable } from './schemas';
import { scenarioFromTemplate, type Template } from './template';

export interface TemplateFactors {
  readonly table: TableRef;
  /** The factors the lines use, baseline then alternative, each once, in the order of the lines. */
  readonly used: readonly ResolvedFactor[];
  /** The factors the texts name besides (`mentionedFactors`). */
  readonly mentioned: readonly ResolvedFactor[];
}

const inScenario = (problems: readonly Problem[]): Problem[] => problems.map((p) => ({ ...p, path: ['scenario', ...p.path] }));

/** Whether the problems say only that the pinned table version is not at hand (then nothing else was checked). */
export function isMissingTable(problems: readonly Problem[]): boolean {
  return problems.length > 0 && problems.every((p) => p.code === 'unknown-table' || p.code === 'unknown-table-version');
}

/**
 * The template's factors, or its problems against the tables at hand: the pinned version missing, or a
 * factor it names that the version lacks, or a quantity whose unit cannot meet a factor's.
 */
export function templateFactors(template: Template, tables: readonly FactorTable[]): Result<TemplateFactors> {
  // Figures do not depend on the language of the texts.
  const scenario = scenarioFromTemplate(template, 'fr');
  // Partial, so that a factor the texts name is checked even when a line has a problem of its own.
  const evaluation = evaluateScenario(scenario, tables, { partial: true });
  if (!evaluation.ok) return fail(inScenario(evaluation.problems));
  const { table, factors } = evaluation.value;
  const problems = inScenario(evaluation.value.problems);
  const { byId } = factors;
  template.mentionedFactors?.forEach((id, i) => {
    if (!byId.has(id))
      problems.push({
        code: 'unknown-factor',
        path: ['mentionedFactors', i],
        message: `No factor "${id}" in table ${table.id} ${table.version} or the scenario's own factors`,
        params: { factor: id },
      });
  });
  if (problems.length) return fail(problems);
  const usedIds = new Set(scenario.lines.flatMap((line) => [line.baseline.factor, line.alternative.factor]));
  const pick = (ids: Iterable<string>) => [...ids].map((id) => byId.get(id) as ResolvedFactor);
  return ok({
    table: factors.table,
    used: pick(usedIds),
    mentioned: pick(new Set((template.mentionedFactors ?? []).filter((id) => !usedIds.has(id)))),
  });
}
