// Line chunks written by this build, after the whole scenario passed the check, carry the fingerprint of the
// checks (scripts/line-checks-stamp.mjs, set at build time). Read back by a build with the same fingerprint,
// their lines are not checked one by one again: opening 100,000 lines cost a second of checks. Chunks written
// by another build (older checks, or newer ones) or restored from a file carry another fingerprint or none,
// and are checked whole as before. Outside a build (the command line) nothing is stamped or trusted.
import { markLinesChecked, type Line } from '../../domain';

declare const __LINE_CHECKS__: string | undefined;

export const LINE_CHECKS: string | undefined = typeof __LINE_CHECKS__ === 'string' ? __LINE_CHECKS__ : undefined;

/** Takes the lines of chunks stamped with today's checks as checked. */
export function trustStampedLines(chunks: readonly ({ readonly checkedBy?: string; readonly lines: readonly Line[] } | undefined)[]): void {
  if (LINE_CHECKS === undefined) return;
  for (const chunk of chunks) if (chunk?.checkedBy === LINE_CHECKS && Array.isArray(chunk.lines)) markLinesChecked(chunk.lines);
}
