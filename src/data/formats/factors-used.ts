import type { Estimate, ResolvedFactor } from '../../domain';

/** The factors an estimate used, once each, in the order first met: what a report or export cites. */
export function factorsUsed(estimate: Estimate): ResolvedFactor[] {
  const seen = new Map<string, ResolvedFactor>();
  for (const line of estimate.lines)
    for (const side of [line.explanation.baseline, line.explanation.alternative]) if (!seen.has(side.factor.id)) seen.set(side.factor.id, side.factor);
  return [...seen.values()];
}
