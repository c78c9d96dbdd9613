// What can be said of a file before parsing it: its size, and the separator of its first line.
import type { Problem } from '../../../domain';

/** Larger files are refused: the whole V23.6 export is 11.5 MB. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma ","', '\t': 'tab', '|': 'pipe "|"', ';': 'semicolon ";"' };

/** Separators counted outside quotes on the header line. */
function countSeparators(headerLine: string): Record<string, number> {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let inQuotes = false;
  for (const c of headerLine) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

/** UTF-8 size of a text, counted only as far as needed to know it is above `limit`. */
function utf8Size(text: string, limit: number): number {
  if (text.length * 3 <= limit) return -1; // certainly below: not worth counting
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes.toLocaleString('en-GB')} bytes)`;
}

/** Why the text is too large to be an export, or null. `file` names it in the sentence. */
export function sizeProblem(text: string, file: string): Problem | null {
  const size = utf8Size(text, MAX_EXPORT_BYTES);
  return size <= MAX_EXPORT_BYTES ? null : tooLargeProblem(size, file);
}

/** A file above MAX_EXPORT_BYTES; `file` names it in the English sentence. */
export function tooLargeProblem(size: number, file: string): Problem {
  return {
    code: 'file-too-large',
    path: [],
    message: `${file} is ${describeSize(size)}, larger than the ${MAX_EXPORT_BYTES / (1024 * 1024)} MB an export may be`,
    params: { size, max: MAX_EXPORT_BYTES },
  };
}

/** Why the first line shows a file that is not separated by semicolons, or null. */
export function separatorProblem(text: string, file: string): Problem | null {
  const firstLineEnd = text.search(/\r\n|\n|\r/);
  const headerLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const separators = countSeparators(headerLine);
  const [bestOther, bestOtherCount] = Object.entries(separators)
    .filter(([sep]) => sep !== ';')
    .sort((a, b) => b[1] - a[1])[0] as [string, number];
  const semicolons = separators[';'] ?? 0;
  if (semicolons > 0 && semicolons >= bestOtherCount) return null;
  const message =
    bestOtherCount > 0
      ? `${file} is separated by ${SEPARATOR_NAMES[bestOther]}, not by semicolons (";") as a Base Carbone® export is`
      : `${file} has no semicolon (";") on its first line: it is not a Base Carbone® export`;
  return { code: 'wrong-separator', path: [], message, params: { separator: bestOtherCount > 0 ? bestOther : '' } };
}
