// The value axis of the per-category chart: it must hold the bars and the ends of their 95 % ranges, or a range
// marker runs past the axis (cut off at the right) or over the category names (left of an increase).

/** Tonnes: the bars' values and each category's [low, high] range when it has one. */
export function valueAxis(bars: readonly number[], ranges: readonly (readonly [number, number] | null)[]): { min?: number; suggestedMax?: number } {
  const ends = ranges.flatMap((r) => (r ? [r[0], r[1]] : []));
  const lowest = Math.min(0, ...bars, ...ends);
  const highest = Math.max(0, ...bars, ...ends);
  return {
    // A small increase (-0.04 t) must not stretch the axis by a whole empty step (-50 t) left of zero: start just
    // below the lowest bar or range end, and label only the round values after it.
    ...(lowest < 0 ? { min: lowest - 0.03 * (highest - lowest) } : {}),
    // The top is left to Chart.js, which rounds it up to a tick at or above the highest end.
    ...(highest > 0 ? { suggestedMax: highest } : {}),
  };
}
