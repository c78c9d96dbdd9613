// What moving a scenario from one version of a factor table to another changes: which factors changed
// value, which no longer exist (and what replaces them), and the scenario's figures before and after.
import type { CategoryId } from './categories';
import type { Amounts, Estimate } from './estimate';
import { evaluateScenario } from './evaluate';
import { fail, ok, type Problem, type Result } from './result';
import { applyEdit } from './scenario-edits';
import { lineNames, type LocalizedText } from './line-name';
import type { Factor, FactorTable, Scenario } from './schemas';
import { tableChecksum } from './table-checksum';

export interface FactorChange {
  readonly before: Factor;
  readonly after: Factor;
  /** (new − old) / old; null when the old value is 0. */
  readonly relativeChange: number | null;
  /** The unit changed too: the two values are not comparable as numbers. */
  readonly unitChanged: boolean;
}

export interface RemovedFactor {
  readonly factor: Factor;
  /** The factor the newer version names as its replacement, if any. */
  readonly suggested: Factor | undefined;
}

export interface TableDiff {
  readonly changed: FactorChange[];
  readonly removed: RemovedFactor[];
  readonly added: Factor[];
}

export function diffTables(from: FactorTable, to: FactorTable, replacements: Readonly<Record<string, string>> = {}): TableDiff {
  const after = new Map(to.factors.map((f) => [f.id, f]));
  const before = new Set(from.factors.map((f) => f.id));
  const changed: FactorChange[] = [];
  const removed: RemovedFactor[] = [];
  for (const f of from.factors) {
    const g = after.get(f.id);
    if (!g) {
      const replacement = replacements[f.id];
      removed.push({ factor: f, suggested: replacement === undefined ? undefined : after.get(replacement) });
    } else if (g.value !== f.value || g.unit !== f.unit) {
      changed.push({ before: f, after: g, relativeChange: f.value === 0 ? null : (g.value - f.value) / f.value, unitChanged: g.unit !== f.unit });
    }
  }
  const added = to.factors.filter((g) => !before.has(g.id));
  return { changed, removed, added };
}

/** Factor ids the scenario's lines use from its table (its own factors are not the table's concern). */
export function tableFactorsUsed(scenario: Scenario): Set<string> {
  const own = new Set(scenario.customFactors.map((f) => f.id));
  const used = new Set<string>();
  for (const line of scenario.lines) for (const id of [line.baseline.factor, line.alternative.factor]) if (!own.has(id)) used.add(id);
  return used;
}

/**
 * The scenario pinned to `to`, each line's factors renamed by `choices` (old id → new id). A factor
 * without a choice keeps its id.
 */
export function repinScenario(scenario: Scenario, to: FactorTable, choices: Readonly<Record<string, string>>): Scenario {
  return applyEdit(scenario, { kind: 'repin', table: { id: to.id, version: to.version, checksum: tableChecksum(to) }, renames: choices });
}

export interface LineComparison {
  readonly id: string;
  /** The line's name in both languages (see lineName), never its id. */
  readonly name: LocalizedText;
  readonly category: CategoryId;
  readonly before: Amounts;
  readonly after: Amounts;
}

export interface CategoryComparison {
  readonly category: CategoryId;
  readonly before: Amounts;
  readonly after: Amounts;
}

export interface VersionComparison {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  /** Changed factors the scenario uses. */
  readonly changed: FactorChange[];
  /** Factors the scenario uses that the newer version no longer has. */
  readonly removed: RemovedFactor[];
  readonly lines: LineComparison[];
  readonly categories: CategoryComparison[];
  readonly totals: { readonly before: Amounts; readonly after: Amounts };
  readonly before: Estimate;
  readonly after: Estimate;
  /** Old factor id → the id that replaces it in the updated scenario. */
  readonly renames: Readonly<Record<string, string>>;
  /** The scenario as it would be stored after the update. */
  readonly updated: Scenario;
}

const ZERO: Amounts = { baseline: 0, alternative: 0, avoided: 0 };

function estimateAgainst(scenario: Scenario, table: FactorTable): Result<Estimate> {
  const evaluation = evaluateScenario(scenario, [table]);
  return evaluation.ok ? ok(evaluation.value.estimate) : evaluation;
}

/**
 * The scenario evaluated under its pinned version and under `to`, line by line, per category and in
 * total. Every factor that no longer exists must have a replacement in `choices` (or the newer
 * version's suggestion is taken); otherwise the comparison says which are missing.
 */
export function compareVersions(
  scenario: Scenario,
  from: FactorTable,
  to: FactorTable,
  replacements: Readonly<Record<string, string>> = {},
  choices: Readonly<Record<string, string>> = {},
): Result<VersionComparison> {
  const diff = diffTables(from, to, replacements);
  const used = tableFactorsUsed(scenario);
  const removed = diff.removed.filter((r) => used.has(r.factor.id));
  const renames: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const r of removed) {
    const choice = choices[r.factor.id] ?? r.suggested?.id;
    if (choice) renames[r.factor.id] = choice;
    else
      problems.push({
        code: 'unknown-factor',
        path: ['factorTable', 'version'],
        message: `Factor "${r.factor.id}" is not in ${to.id} ${to.version} and no replacement was chosen`,
        params: { factor: r.factor.id },
      });
  }
  if (problems.length) return fail(problems);

  const updated = repinScenario(scenario, to, renames);
  const before = estimateAgainst(scenario, from);
  if (!before.ok) return before;
  const after = estimateAgainst(updated, to);
  if (!after.ok) return after;

  const afterLines = new Map(after.value.lines.map((l) => [l.id, l]));
  const lines = before.value.lines.map((l) => {
    const a = afterLines.get(l.id);
    return { id: l.id, name: lineNames(l), category: l.category, before: amounts(l), after: a ? amounts(a) : ZERO };
  });
  const categoryIds = [...new Set([...before.value.categories, ...after.value.categories].map((c) => c.category))];
  const find = (estimate: Estimate, id: CategoryId) => estimate.categories.find((c) => c.category === id);
  const categories = categoryIds.map((category) => ({
    category,
    before: amounts(find(before.value, category) ?? ZERO),
    after: amounts(find(after.value, category) ?? ZERO),
  }));
  return ok({
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    changed: diff.changed.filter((c) => used.has(c.before.id)),
    removed,
    lines,
    categories,
    totals: { before: amounts(before.value.totals), after: amounts(after.value.totals) },
    before: before.value,
    after: after.value,
    renames,
    updated,
  });
}

const amounts = (a: Amounts): Amounts => ({ baseline: a.baseline, alternative: a.alternative, avoided: a.avoided });

/** How much more (positive) or less the scenario avoids under the other version. */
export const avoidedChange = (c: { readonly before: Amounts; readonly after: Amounts }): number => c.after.avoided - c.before.avoided;
