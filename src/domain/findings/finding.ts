// What the method rules (README, "The ten rules") say of a line or a scenario. The engine returns findings
// as values, each in both languages so that every screen, export and the command line word it alike.
import type { Severity } from '../schemas';

export type { Severity };

export interface LocalizedMessage {
  readonly fr: string;
  readonly en: string;
}

export interface Finding {
  /** The README's rule number, 1 to 10. */
  readonly rule: number;
  /** Stable, for programs: e.g. `green-electricity-contract`. */
  readonly code: string;
  /** `error`: the line is shown and explained but left out of the headline total. */
  readonly severity: Severity;
  readonly message: LocalizedMessage;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; within one severity, by rule number. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule - b.rule);
}

export const hasError = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
