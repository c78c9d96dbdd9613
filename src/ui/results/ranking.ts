// Lines ranked by what they avoid, most first, ties in the scenario's order (as a stable sort leaves them).
// The results show the first ten: at 100,000 lines, picking ten costs one pass, sorting all of them on every
// keystroke cost tens of milliseconds.
interface Ranked {
  readonly avoided: number;
}

export function rankedByAvoided<T extends Ranked>(lines: readonly T[], limit = Infinity): T[] {
  if (limit >= lines.length) return [...lines].sort((a, b) => b.avoided - a.avoided);
  if (limit <= 0) return [];
  const top: T[] = [];
  for (const line of lines) {
    if (top.length === limit && !(line.avoided > (top[limit - 1] as T).avoided)) continue;
    // After every line that avoids as much or more: an earlier line keeps its place ahead of a tie.
    let at = top.length;
    while (at > 0 && (top[at - 1] as T).avoided < line.avoided) at--;
    top.splice(at, 0, line);
    if (top.length > limit) top.pop();
  }
  return top;
}
