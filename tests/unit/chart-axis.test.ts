// The per-category chart's value axis holds the bars and the ends of their 95 % ranges (issue 12, point 3).
import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../src/ui/results/chart-axis';

describe('valueAxis', () => {
  it('reaches the top of a range above every bar', () => {
    // Food avoids 35 t with a range up to 44.7 t: the axis must reach 44.7, not stop at the bars' 35.
    expect(valueAxis([50, 15, 35], [[20, 44.7]])).toEqual({ suggestedMax: 50 });
    expect(valueAxis([10, 5, 35], [null, null, [20, 44.7]])).toEqual({ suggestedMax: 44.7 });
  });

  it('starts below the low end of an increase’s range, so the marker stays off the category names', () => {
    // Bars 2, 1.5, −0.24; the increase's range −1.2 to 0.721 t. Lowest −1.2, highest 2, span 3.2;
    // min = −1.2 − 0.03 × 3.2 = −1.296.
    const axis = valueAxis([2, 1.5, -0.24], [[-1.2, 0.721]]);
    expect(axis.min).toBeCloseTo(-1.296, 12);
    expect(axis.suggestedMax).toBe(2);
  });

  it('leaves an all-zero or all-positive axis to start at zero', () => {
    expect(valueAxis([0, 0, 0], [])).toEqual({});
    expect(valueAxis([3, 1, 2], [[1.5, 2.5]])).toEqual({ suggestedMax: 3 });
  });
});
