// Monte Carlo propagation of factor uncertainty. Every expected figure is worked out by hand from the
// lognormal definition (median F, σ = ln(1 + u)/1.96, so quantiles F/(1 + u), F, F·(1 + u) and mean
// F·exp(σ²/2)) and from the line formula avoided = a·Fb − b·Fa, a = q·s, b = q·r·s·(Lb/La).
// Tolerances come from the standard error of the statistic at the number of draws used.
import { describe, expect, it } from 'vitest';
import {
  estimateScenario,
  FACTOR_DISTRIBUTION,
  RandomStream,
  simulateEstimate,
  summarizeDraws,
  type CustomFactor,
  type Estimate,
  type IntervalSummary,
} from '../../src/domain';
import { scenarioOf, testIndex } from '../helpers';

type LineInput = Parameters<typeof scenarioOf>[0][number];

/** A scenario factor in kgCO2e/kg, with or without a published uncertainty. */
function factor(id: string, value: number, uncertainty?: number, category: CustomFactor['category'] = 'other'): CustomFactor {
  return {
    id,
    category,
    label: { fr: id, en: id },
    value,
    unit: 'kgCO2e/kg',
    source: 'test',
    year: 2024,
    dataKind: 'supplier-specific',
    ...(uncertainty === undefined ? {} : { uncertainty }),
  };
}

function estimateOf(lines: LineInput[], customFactors: CustomFactor[] = []): Estimate {
  const scenario = scenarioOf(lines, { customFactors });
  const result = estimateScenario(scenario, testIndex(scenario.customFactors));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const line = (id: string, quantity: number, baseline: string, alternative: string, extra: Partial<LineInput> = {}): LineInput => ({
  id,
  quantity,
  unit: 'kg',
  baseline: { factor: baseline },
  alternative: { factor: alternative },
  ...extra,
});

const Z = 1.959963984540054; // Φ⁻¹(0.975)
const sigmaOf = (u: number) => Math.log(1 + u) / Z;
/** Standard error of the p-quantile of a standard normal from n draws: sqrt(p(1−p)/n) / φ(z_p). */
const quantileSeZ = (p: number, zp: number, n: number) => Math.sqrt((p * (1 - p)) / n) / (Math.exp((-zp * zp) / 2) / Math.sqrt(2 * Math.PI));
const summaryOf = (result: ReturnType<typeof simulateEstimate>, id: string): IntervalSummary => result.lines.find((l) => l.id === id)!.avoided;

describe('the pseudo-random generator', () => {
  it('xoshiro128** gives the reference outputs for the state (1, 2, 3, 4)', () => {
    // By hand for the first two: s1 = 2 → rotl(2·5, 7)·9 = 1280·9 = 11520; after one step s1 = 0 → 0.
    // The rest from an independent implementation of Blackman & Vigna's reference code.
    const stream = RandomStream.fromState(1, 2, 3, 4);
    expect([1, 2, 3, 4, 5, 6].map(() => stream.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('draws standard normals: mean 0, variance 1, 5 % beyond ±1.96', () => {
    const stream = new RandomStream(7, 'normal');
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let beyond = 0;
    for (let i = 0; i < n; i++) {
      const z = stream.nextNormal();
      sum += z;
      squares += z * z;
      if (Math.abs(z) > Z) beyond++;
    }
    // Standard errors: mean 1/√n = 0.0022; variance √(2/n) = 0.0032; proportion √(0.05·0.95/n) = 0.00049.
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.015);
    expect(Math.abs(beyond / n - 0.05)).toBeLessThan(0.0025);
  });

  it('gives the same stream for the same seed and key, another for another seed or key', () => {
    const first = (seed: number, key: string) => {
      const s = new RandomStream(seed, key);
      return [s.nextUint32(), s.nextUint32(), s.nextUint32()];
    };
    expect(first(1, 'a')).toEqual(first(1, 'a'));
    expect(first(1, 'a')).not.toEqual(first(2, 'a'));
    expect(first(1, 'a')).not.toEqual(first(1, 'b'));
  });
});

describe('summarizeDraws', () => {
  const shuffled = (n: number) => {
    const a = Float64Array.from({ length: n }, (_, i) => i + 1);
    const stream = new RandomStream(3, 'shuffle');
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(stream.nextFloat() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };

  it.each([
    // 1..1001: h = 1000·p falls on order statistics 25, 500, 975 (from 0), i.e. the values 26, 501, 976.
    { n: 1001, expected: { mean: 501, p2_5: 26, p50: 501, p97_5: 976 } },
    // 1..1000: h = 999·p = 24.975, 499.5, 974.025 → 25 + 0.975, 500 + 0.5, 975 + 0.025 (linear between neighbours).
    { n: 1000, expected: { mean: 500.5, p2_5: 25.975, p50: 500.5, p97_5: 975.025 } },
  ])('quantiles of 1..$n in random order (type 7)', ({ n, expected }) => {
    const s = summarizeDraws(shuffled(n));
    expect(s.mean).toBeCloseTo(expected.mean, 9);
    expect(s.p2_5).toBeCloseTo(expected.p2_5, 9);
    expect(s.p50).toBeCloseTo(expected.p50, 9);
    expect(s.p97_5).toBeCloseTo(expected.p97_5, 9);
  });

  it('a constant series is that constant, mean included, to the last bit', () => {
    expect(summarizeDraws(new Float64Array(1000).fill(0.1 + 0.2))).toEqual({ mean: 0.1 + 0.2, p2_5: 0.1 + 0.2, p50: 0.1 + 0.2, p97_5: 0.1 + 0.2 });
  });
});

describe('simulateEstimate', () => {
  // Factors of tests/fixtures/test-table.json (meal-beef u 0.5, laptop-new u 0.5, beef-kg none…) and scenario ones.
  const mixed = () =>
    estimateOf(
      [
        { id: 'meals', quantity: 1000, unit: 'meal', share: 0.4, baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
        {
          id: 'laptops',
          quantity: 120,
          unit: 'unit',
          baseline: { factor: 'laptop-new', lifetimeYears: 4 },
          alternative: { factor: 'laptop-new', lifetimeYears: 6 },
        },
        { id: 'trips', quantity: 50_000, unit: 'pkm', baseline: { factor: 'plane-500-1000' }, alternative: { factor: 'train-tgv' } },
        line('beef', 200, 'beef-kg', 'lentils'),
      ],
      [factor('lentils', 0.9, 0.3, 'food')],
    );

  it('same seed → bit-identical result; another seed → another result', () => {
    const estimate = mixed();
    const one = simulateEstimate(estimate, { seed: 12345, draws: 2000 });
    expect(simulateEstimate(estimate, { seed: 12345, draws: 2000 })).toStrictEqual(one);
    const other = simulateEstimate(estimate, { seed: 54321, draws: 2000 });
    expect(other.totals.avoided.p97_5).not.toBe(one.totals.avoided.p97_5);
    expect(other.lines[0]!.avoided.mean).not.toBe(one.lines[0]!.avoided.mean);
  });

  it('reports its draws, seed and distribution; defaults to 10,000 draws and raises fewer than 1,000', () => {
    const estimate = mixed();
    const result = simulateEstimate(estimate);
    expect(result.draws).toBe(10_000);
    expect(result.distribution).toBe(FACTOR_DISTRIBUTION);
    expect(result.distribution.kind).toBe('lognormal');
    expect(simulateEstimate(estimate, { draws: 10, seed: 1 })).toMatchObject({ draws: 1000, seed: 1 });
    expect(result.lines.map((l) => l.id)).toEqual(['meals', 'laptops', 'trips', 'beef']);
    expect(result.categories.map((c) => c.category)).toEqual(estimate.categories.map((c) => c.category));
  });

  it('factors without uncertainty are held at their value and listed', () => {
    const result = simulateEstimate(mixed(), { draws: 1000 });
    // beef-kg has no uncertainty in the test table; lentils (0.3) and the others have one.
    expect(result.factorsWithoutUncertainty).toEqual(['beef-kg']);
  });

  it('(a) a line whose factors have no uncertainty: every statistic is the point value a·Fb − b·Fa', () => {
    // 2 t = 2000 kg; s = 0.5; Lb/La = 4/6; r = 1.5.
    // a = 2000·0.5 = 1000; b = 2000·1.5·0.5·(4/6) = 1000; avoided = 1000·3 − 1000·1 = 2000.
    const estimate = estimateOf(
      [
        line('fixed', 2, 'steel', 'recycled', {
          unit: 't',
          share: 0.5,
          baseline: { factor: 'steel', lifetimeYears: 4 },
          alternative: { factor: 'recycled', lifetimeYears: 6, quantityRatio: 1.5 },
        }),
      ],
      [factor('steel', 3), factor('recycled', 1)],
    );
    expect(estimate.lines[0]!.avoided).toBeCloseTo(2000, 9);
    const result = simulateEstimate(estimate, { draws: 1000 });
    const s = summaryOf(result, 'fixed');
    expect(s.p2_5).toBe(s.p50);
    expect(s.p97_5).toBe(s.p50);
    expect(s.mean).toBe(s.p50);
    expect(s.p50).toBeCloseTo(2000, 9);
    // Totals: baseline = 2000·3 = 6000; alternative = 2000·0.5·3 + 1000·1 = 4000.
    expect(result.totals.baseline).toEqual({ mean: 6000, p2_5: 6000, p50: 6000, p97_5: 6000 });
    expect(result.totals.alternative.p2_5).toBeCloseTo(4000, 9);
    expect(result.totals.alternative.p97_5).toBeCloseTo(4000, 9);
    expect(result.totals.avoided.p97_5).toBeCloseTo(2000, 9);
    expect(result.factorsWithoutUncertainty).toEqual(['steel', 'recycled']);
  });

  describe('(b, c) one uncertain factor: lognormal quantiles and mean, 40,000 draws', () => {
    const N = 40_000;
    // a = 100 kg · s 1 = 100; F = 10 → a·F = 1000. Quantiles 1000/(1+u), 1000, 1000·(1+u); mean 1000·exp(σ²/2):
    //   u 0.1: σ = ln 1.1 / 1.96 = 0.048629, mean 1001.18
    //   u 0.5: σ = ln 1.5 / 1.96 = 0.206874, mean 1021.63
    //   u 1:   σ = ln 2   / 1.96 = 0.353653, mean 1064.53
    //   u 4:   σ = ln 5   / 1.96 = 0.821157, mean 1400.95
    it.each([
      { u: 0.1, low: 909.0909, high: 1100, mean: 1001.183 },
      { u: 0.5, low: 666.6667, high: 1500, mean: 1021.629 },
      { u: 1, low: 500, high: 2000, mean: 1064.532 },
      { u: 4, low: 200, high: 5000, mean: 1400.948 },
    ])('baseline factor with u = $u', ({ u, low, high, mean }) => {
      const estimate = estimateOf([line('l', 100, 'f', 'zero')], [factor('f', 10, u), factor('zero', 0)]);
      const s = summaryOf(simulateEstimate(estimate, { draws: N, seed: 99 }), 'l');
      const sigma = sigmaOf(u);
      // Four standard errors, in ln space: σ·SE(z_p).
      const tailTol = 4 * sigma * quantileSeZ(0.025, Z, N);
      const medianTol = 4 * sigma * quantileSeZ(0.5, 0, N);
      expect(Math.abs(Math.log(s.p2_5 / low))).toBeLessThan(tailTol);
      expect(Math.abs(Math.log(s.p50 / 1000))).toBeLessThan(medianTol);
      expect(Math.abs(Math.log(s.p97_5 / high))).toBeLessThan(tailTol);
      // Standard error of the mean: a·F·√(exp(σ²)·(exp(σ²) − 1)) / √N.
      const se = (1000 * Math.sqrt(Math.exp(sigma * sigma) * (Math.exp(sigma * sigma) - 1))) / Math.sqrt(N);
      expect(Math.abs(s.mean - mean)).toBeLessThan(4 * se);
    });

    it('alternative factor with u = 1: the interval turns over', () => {
      // Fb = 10 fixed, Fa = 4 with u = 1, a = b = 100: avoided = 1000 − 400·X.
      // p2.5 = 1000 − 400·2 = 200; p50 = 1000 − 400 = 600; p97.5 = 1000 − 400/2 = 800; mean = 1000 − 400·1.064532 = 574.19.
      const estimate = estimateOf([line('l', 100, 'fixed', 'f')], [factor('fixed', 10), factor('f', 4, 1)]);
      const s = summaryOf(simulateEstimate(estimate, { draws: N, seed: 5 }), 'l');
      const sigma = sigmaOf(1);
      // The quantile of 400·X within 4 SE, in absolute terms: 400·X_p·σ·SE(z).
      expect(Math.abs(s.p2_5 - 200)).toBeLessThan(800 * 4 * sigma * quantileSeZ(0.025, Z, N));
      expect(Math.abs(s.p50 - 600)).toBeLessThan(400 * 4 * sigma * quantileSeZ(0.5, 0, N));
      expect(Math.abs(s.p97_5 - 800)).toBeLessThan(200 * 4 * sigma * quantileSeZ(0.025, Z, N));
      const se = (400 * Math.sqrt(Math.exp(sigma * sigma) * (Math.exp(sigma * sigma) - 1))) / Math.sqrt(N);
      expect(Math.abs(s.mean - 574.187)).toBeLessThan(4 * se);
    });
  });

  it('(d) 50 independent lines with u = 0.1: the total’s half-width is 1.96·√Σ(a·F·σ)²', () => {
    // Each line: a·F = 100·10 = 1000, σ = 0.048629 → sd 48.63; 50 of them: √50·48.63 = 343.86;
    // half-width 1.96·343.86 = 673.9 (normal approximation of a sum of near-normal terms).
    const customFactors = [factor('zero', 0), ...Array.from({ length: 50 }, (_, i) => factor(`f${i}`, 10, 0.1))];
    const estimate = estimateOf(
      Array.from({ length: 50 }, (_, i) => line(`l${i}`, 100, `f${i}`, 'zero')),
      customFactors,
    );
    const total = simulateEstimate(estimate, { draws: 40_000, seed: 11 }).totals.avoided;
    const halfWidth = (total.p97_5 - total.p2_5) / 2;
    expect(Math.abs(halfWidth / 673.9 - 1)).toBeLessThan(0.03);
    // Mean 50·1001.18 = 50059; sd of the mean 343.86/√40000 = 1.7.
    expect(Math.abs(total.mean - 50_059)).toBeLessThan(10);
  });

  describe('correlation: one draw per factor per draw', () => {
    it('the same factor on both sides with equal lifetimes cancels in every draw: exactly [0, 0]', () => {
      const estimate = estimateOf(
        [
          line('same', 100, 'f', 'f', { share: 0.7 }),
          line('same-lifetimes', 100, 'f', 'f', { baseline: { factor: 'f', lifetimeYears: 5 }, alternative: { factor: 'f', lifetimeYears: 5 } }),
        ],
        [factor('f', 2, 0.5)],
      );
      const result = simulateEstimate(estimate, { draws: 5000 });
      for (const id of ['same', 'same-lifetimes']) expect(summaryOf(result, id)).toEqual({ mean: 0, p2_5: 0, p50: 0, p97_5: 0 });
      expect(result.totals.avoided).toEqual({ mean: 0, p2_5: 0, p50: 0, p97_5: 0 });
      // The baseline itself does vary: 100·2 = 200 per line, 400 in all; 97.5 % quantile 400·1.5 = 600,
      // 2.5 % quantile 400/1.5 = 266.7 (one factor, so exactly lognormal); 3 % is about 4 standard errors.
      expect(Math.abs(result.totals.baseline.p97_5 / 600 - 1)).toBeLessThan(0.03);
      expect(Math.abs(result.totals.baseline.p2_5 / 266.67 - 1)).toBeLessThan(0.03);
    });

    it('two distinct factors of the same value and u do not cancel', () => {
      // 100·2·(X1 − X2), ln X ~ N(0, 0.2069²): sd ≈ 200·√2·0.21 ≈ 60, so the interval is about ±115.
      const estimate = estimateOf([line('distinct', 100, 'f', 'g')], [factor('f', 2, 0.5), factor('g', 2, 0.5)]);
      const s = summaryOf(simulateEstimate(estimate, { draws: 10_000 }), 'distinct');
      expect(s.p97_5).toBeGreaterThan(90);
      expect(s.p2_5).toBeLessThan(-90);
    });

    it('two lines on one factor move together: the total’s quantiles are the sum of the lines’', () => {
      const estimate = estimateOf([line('l1', 100, 'f', 'zero'), line('l2', 300, 'f', 'zero')], [factor('f', 2, 0.5), factor('zero', 0)]);
      const result = simulateEstimate(estimate, { draws: 10_000 });
      const [l1, l2] = [summaryOf(result, 'l1'), summaryOf(result, 'l2')];
      expect(result.totals.avoided.p97_5).toBeCloseTo(l1.p97_5 + l2.p97_5, 6);
      expect(result.totals.avoided.p2_5).toBeCloseTo(l1.p2_5 + l2.p2_5, 6);
      // And the lines are in proportion 1 : 3 in every draw.
      expect(l2.p97_5 / l1.p97_5).toBeCloseTo(3, 12);
    });

    it('a line’s interval does not change when an unrelated line is added', () => {
      const factors = [factor('f', 2, 0.5), factor('g', 1, 0.3), factor('h', 5, 0.8)];
      const alone = simulateEstimate(estimateOf([line('l', 100, 'f', 'g')], factors), { draws: 2000 });
      const withOther = simulateEstimate(estimateOf([line('other', 10, 'h', 'g'), line('l', 100, 'f', 'g')], factors), { draws: 2000 });
      expect(summaryOf(withOther, 'l')).toStrictEqual(summaryOf(alone, 'l'));
    });
  });

  it('categories and totals are quantiles of the summed draws, not sums of quantiles', () => {
    // Two independent lines of 1000 ± 50 % each: the sum's spread is about √2 times one line's, not 2 times.
    const estimate = estimateOf(
      [line('l1', 100, 'f', 'zero'), line('l2', 100, 'g', 'zero')],
      [factor('f', 10, 0.5, 'food'), factor('g', 10, 0.5, 'food'), factor('zero', 0, undefined, 'food')],
    );
    const result = simulateEstimate(estimate, { draws: 10_000 });
    const [l1, l2] = [summaryOf(result, 'l1'), summaryOf(result, 'l2')];
    const total = result.totals.avoided;
    expect(total.p97_5).toBeLessThan(l1.p97_5 + l2.p97_5);
    expect(total.p2_5).toBeGreaterThan(l1.p2_5 + l2.p2_5);
    expect(result.categories).toHaveLength(1);
    expect(result.categories[0]!.avoided).toStrictEqual(total);
    // Means do add up (linearity), to Monte Carlo rounding only.
    expect(total.mean).toBeCloseTo(l1.mean + l2.mean, 6);
  });

  it('checks the identity a·Fb − b·Fa against the estimate, and refuses an estimate that breaks it', () => {
    const estimate = mixed();
    expect(() => simulateEstimate(estimate, { draws: 1000 })).not.toThrow();
    const broken: Estimate = { ...estimate, lines: estimate.lines.map((l, i) => (i === 0 ? { ...l, avoided: l.avoided + 1 } : l)) };
    expect(() => simulateEstimate(broken, { draws: 1000 })).toThrow(/meals/);
  });
});
