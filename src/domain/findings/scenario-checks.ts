// The method rules a scenario as a whole is checked against.
import type { Finding } from './finding';

export interface FlowCounts {
  readonly oneOff: number;
  readonly yearly: number;
  readonly unstated: number;
}

/** A yearly flow and a one-off purchase are added only over a stated period. */
export function yearlyWithoutPeriod(flowCounts: FlowCounts, periodYears: number | undefined): Finding | null {
  if (periodYears !== undefined || flowCounts.yearly === 0 || flowCounts.oneOff === 0) return null;
  return {
    rule: 3,
    code: 'yearly-flow-without-period',
    severity: 'error',
    message: {
      fr: 'Le scénario mêle des achats ponctuels et des flux annuels sans dire la période qu’il couvre : les flux annuels sont montrés à part et ne sont pas ajoutés au total. Indiquez la durée (par exemple celle du marché).',
      en: 'The scenario mixes one-off purchases and yearly flows without stating the period it covers: the yearly flows are shown apart and not added to the total. State the period (e.g. the contract’s duration).',
    },
  };
}

/** Lines that do not say whether they are bought once or every year. */
export function unstatedFlows(flowCounts: FlowCounts): Finding | null {
  if (flowCounts.unstated === 0 || flowCounts.oneOff + flowCounts.yearly === 0) return null;
  return {
    rule: 3,
    code: 'flow-unstated',
    severity: 'warning',
    message: {
      fr: `${flowCounts.unstated} ligne(s) ne disent pas si elles sont un achat ponctuel ou un flux annuel : elles sont ajoutées telles quelles.`,
      en: `${flowCounts.unstated} line(s) do not say whether they are a one-off purchase or a yearly flow: they are added as stated.`,
    },
  };
}
