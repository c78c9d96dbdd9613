// What a set of DECP files says, once read: the files, the contracts counted once, every defect, and the
// figures overall and (when asked) per group. The command line prints it; the dashboard can hold it.
import { aggregateContracts, groupContracts, type DecpFigures, type DecpGroup, type DecpGrouping } from './aggregate';
import type { DecpContract, DecpDefect, DecpShape } from './contract';
import type { DecpFileRead } from './tree';
import { mergeContracts } from './merge';

export interface DecpFileSummary {
  readonly file: string;
  readonly shape: DecpShape | null;
  /** Records read as contracts, before contracts repeated across records are merged. */
  readonly records: number;
  readonly defects: number;
  readonly problem: string | null;
  /** Tabular rows marked as no longer current, left out (0 for other shapes). */
  readonly superseded: number;
}

export interface DecpReport extends DecpFigures {
  readonly files: DecpFileSummary[];
  readonly duplicates: number;
  /** Tabular rows marked as earlier versions (`donneesActuelles` false), left out so no contract counts twice. */
  readonly superseded: number;
  readonly defects: DecpDefect[];
  readonly by?: DecpGrouping;
  readonly groups?: DecpGroup[];
}

export function reportDecp(reads: readonly DecpFileRead[], by?: DecpGrouping): { report: DecpReport; contracts: DecpContract[] } {
  const merged = mergeContracts(reads.flatMap((r) => r.contracts));
  const report: DecpReport = {
    files: reads.map((r) => ({
      file: r.file,
      shape: r.shape,
      records: r.contracts.length,
      defects: r.defects.length,
      problem: r.problem,
      superseded: r.superseded ?? 0,
    })),
    ...aggregateContracts(merged.contracts),
    duplicates: merged.duplicates,
    superseded: reads.reduce((n, r) => n + (r.superseded ?? 0), 0),
    defects: reads.flatMap((r) => r.defects),
    ...(by ? { by, groups: groupContracts(merged.contracts, by) } : {}),
  };
  return { report, contracts: merged.contracts };
}
