// Ranges that include what the buyer assumed: triangular draws of a line's assumptions, uncertainties the
// buyer states for factors that publish none, incomplete ranges, and what drives the total's range.
// Every expected figure is worked out by hand from the triangular law (low a, mode c, high b:
// Q(p) = a + √(p(b−a)(c−a)) below the mode, b − √((1−p)(b−a)(b−c)) above; mean (a+b+c)/3), the lognormal
// (σ = ln(1 + u)/1.96, Var F = F²·e^{σ²}·(e^{σ²} − 1)) and the line formula avoided = q·s·Fb − q·r·s·(Lb/La)·Fa.
import { describe, expect, it } from 'vitest';
import {
  drawTriangle,
  estimateScenario,
  RandomStream,
  scenarioAssumptions,
  simulateEstimate,
  triangularMoments,
  triangularQuantile,
  type CustomFactor,
  type Estimate,
  type IntervalOptions,
  type Scenario,
} from '../../src/domain';
import { scenarioOf, testIndex } from '../helpers';

type LineInput = Parameters<typeof scenarioOf>[0][number];

function factor(id: string, value: number, uncertainty?: number): CustomFactor {
  return {
    id,
    category: 'other',
    label: { fr: `${id} fr`, en: `${id} en` },
    value,
    unit: 'kgCO2e/kg',
    source: 'test',
    year: 2024,
    dataKind: 'supplier-specific',
    ...(uncertainty === undefined ? {} : { uncertainty }),
  };
}

const line = (id: string, quantity: number, baseline: string, alternative: string, extra: Partial<LineInput> = {}): LineInput => ({
  id,
  quantity,
  unit: 'kg',
  baseline: { factor: baseline },
  alternative: { factor: alternative },
  ...extra,
});

function run(lines: LineInput[], customFactors: CustomFactor[], options: IntervalOptions = {}, extra: Partial<Scenario> = {}) {
  const scenario = scenarioOf(lines, { customFactors, ...extra });
  const result = estimateScenario(scenario, testIndex(scenario.customFactors));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const estimate: Estimate = result.value;
  return { estimate, intervals: simulateEstimate(estimate, { draws: 40_000, seed: 3, assumptions: scenarioAssumptions(scenario), ...options }) };
}

/** Standard error of the p-quantile of n draws of a law whose density there is `density`. */
const quantileSe = (p: number, density: number, n: number) => Math.sqrt((p * (1 - p)) / n) / density;
const Z = 1.959963984540054;
const lognormalVariance = (f: number, u: number) => {
  const s2 = (Math.log(1 + u) / Z) ** 2;
  return f * f * Math.exp(s2) * Math.expm1(s2);
};

describe('the triangular law', () => {
  const t = { low: 800, mode: 1000, high: 1400 };

  it('quantiles by hand', () => {
    // F(c) = 200/600 = 1/3. Q(0.025) = 800 + √(0.025·600·200) = 800 + √3000 = 854.7723;
    // Q(0.975) = 1400 − √(0.025·600·400) = 1400 − √6000 = 1322.5403; Q(1/3) = 1000.
    expect(triangularQuantile(t, 0.025)).toBeCloseTo(854.7723, 3);
    expect(triangularQuantile(t, 0.975)).toBeCloseTo(1322.5403, 3);
    expect(triangularQuantile(t, 1 / 3)).toBeCloseTo(1000, 9);
    expect(triangularQuantile({ low: 5, mode: 5, high: 5 }, 0.3)).toBe(5);
  });

  it('moments by hand, and of 1/X', () => {
    // Mean 3200/3 = 1066.667; variance (800² + 1400² + 1000² − 800·1400 − 800·1000 − 1400·1000)/18 = 280000/18 = 15555.56.
    const m = triangularMoments(t);
    expect(m.mean).toBeCloseTo(1066.6667, 3);
    expect(m.square - m.mean ** 2).toBeCloseTo(15555.556, 2);
    // (1, 2, 3): E[1/X] = 2/2·(3·ln 1.5 − 1·ln 2) = 1.216395 − 0.693147 = 0.523248;
    //            E[1/X²] = 2/2·(ln 2 − ln 1.5) = 0.287682.
    const r = triangularMoments({ low: 1, mode: 2, high: 3 }, true);
    expect(r.mean).toBeCloseTo(0.523248, 6);
    expect(r.square).toBeCloseTo(0.287682, 6);
  });

  it('draws have the mean (a + b + c)/3 and stay within [a, b]', () => {
    const n = 40_000;
    const out = new Float64Array(n);
    drawTriangle(t, 1, 'mean', out);
    const mean = out.reduce((s, x) => s + x, 0) / n;
    // Standard error √15555.56/√40000 = 124.72/200 = 0.624; four of them: 2.5.
    expect(Math.abs(mean - 1066.667)).toBeLessThan(2.5);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(800);
    expect(Math.max(...out)).toBeLessThanOrEqual(1400);
  });
});

describe('assumption ranges in the Monte Carlo', () => {
  it('a quantity range on a line whose factors publish no uncertainty: the triangle’s quantiles, labelled incomplete', () => {
    // avoided = q·(3 − 1) = 2q, q ~ triangle(800, 1000, 1400): p2.5 = 2·854.7723 = 1709.545, p97.5 = 2·1322.5403 = 2645.081.
    const { intervals } = run([line('l', 1000, 'fb', 'fa', { assumptions: { quantity: { low: 800, high: 1400 } } })], [factor('fb', 3), factor('fa', 1)]);
    const l = intervals.lines[0]!;
    // Densities at the quantiles: 2·54.77/(600·200) = 9.129e-4 and 2·77.46/(600·400) = 6.455e-4 per kg;
    // standard errors at 40,000 draws 0.855 and 1.209 kg of q, ×2 for the line; four of them.
    expect(Math.abs(l.avoided.p2_5 - 1709.545)).toBeLessThan(4 * 2 * quantileSe(0.025, 9.129e-4, 40_000));
    expect(Math.abs(l.avoided.p97_5 - 2645.081)).toBeLessThan(4 * 2 * quantileSe(0.025, 6.455e-4, 40_000));
    // Mean 2·1066.667 = 2133.33, standard error 2·0.624.
    expect(Math.abs(l.avoided.mean - 2133.333)).toBeLessThan(4 * 2 * 0.624);
    expect(l.incomplete).toBe(true);
    expect(l.factorsWithoutUncertainty).toEqual(['fb', 'fa']);
    expect(intervals.incomplete).toBe(true);
    expect(intervals.incompleteFactors).toEqual(['fb', 'fa']);
    expect(intervals.assumptions).toEqual([{ line: 'l', assumption: 'quantity', low: 800, mode: 1000, high: 1400 }]);
    // One input, linear: all of the variance, no interaction; low and high exactly the total at q's quantiles.
    const c = intervals.contributions;
    expect(c.drivers).toHaveLength(1);
    expect(c.drivers[0]).toMatchObject({ kind: 'assumption', id: 'quantity', line: 'l' });
    expect(c.drivers[0]!.share).toBeCloseTo(1, 9);
    expect(c.drivers[0]!.low).toBeCloseTo(1709.545, 2);
    expect(c.drivers[0]!.high).toBeCloseTo(2645.081, 2);
    expect(c.interactions).toBeCloseTo(0, 12);
    // Var = 2²·15555.56 = 62222.2.
    expect(c.variance).toBeCloseTo(62_222.22, 1);
  });

  it('a line without ranges and with no uncertainty is labelled incomplete, not certain; a factor of value 0 leaves nothing out', () => {
    const { intervals } = run(
      [line('fixed', 10, 'fb', 'fa'), line('zeroed', 10, 'f', 'zero')],
      [factor('fb', 3), factor('fa', 1), factor('f', 2, 0.5), factor('zero', 0)],
    );
    const [fixed, zeroed] = intervals.lines;
    expect(fixed!.avoided.p2_5).toBe(fixed!.avoided.p97_5);
    expect(fixed).toMatchObject({ incomplete: true, factorsWithoutUncertainty: ['fb', 'fa'] });
    expect(zeroed).toMatchObject({ incomplete: false, factorsWithoutUncertainty: [] });
    expect(intervals.categories[0]!.incomplete).toBe(true);
  });

  it('quantities in another unit and a yearly flow over a period are respected', () => {
    // 2 t = 2000 kg a year, avoided 2000·(3 − 1) = 4000 kg a year; period 3 years: totals count 12 000.
    // q ~ triangle(1, 2, 3) t: Q(0.025) = 1 + √(0.025·2·1) = 1.223607, Q(0.975) = 2.776393;
    // total 3·2·1000·q: 7341.64 and 16 658.36.
    const { estimate, intervals } = run(
      [line('l', 2, 'fb', 'fa', { unit: 't', flow: 'yearly', assumptions: { quantity: { low: 1, high: 3 } } })],
      [factor('fb', 3), factor('fa', 1)],
      {},
      { periodYears: 3 },
    );
    expect(estimate.lines[0]!.totalsMultiplier).toBe(3);
    expect(estimate.totals.avoided).toBeCloseTo(12_000, 6);
    const driver = intervals.contributions.drivers[0]!;
    expect(driver.low).toBeCloseTo(7341.64, 1);
    expect(driver.high).toBeCloseTo(16_658.36, 1);
    // Density of q at its 2.5 % quantile 2·0.2236/(2·1) = 0.2236 per t: SE 0.00349 t, ×6000 kg per t of the total.
    const tol = 4 * 6000 * quantileSe(0.025, 0.2236, 40_000);
    expect(Math.abs(intervals.totals.avoided.p2_5 - 7341.64)).toBeLessThan(tol);
    expect(Math.abs(intervals.totals.avoided.p97_5 - 16_658.36)).toBeLessThan(tol);
    // The line itself is per year: a third of it.
    expect(Math.abs(intervals.lines[0]!.avoided.p2_5 - 2447.21)).toBeLessThan(tol / 3);
    // Baseline total: 3·1000·q·3 at each draw; alternative = baseline − avoided.
    expect(intervals.totals.baseline.mean / intervals.totals.avoided.mean).toBeCloseTo(1.5, 9);
  });

  it('a share stays within 0..1', () => {
    // Share ~ triangle(0.5, 0.8, 1): avoided = 100·s·(3 − 1) never above 200 nor below 100.
    const { intervals } = run([line('l', 100, 'fb', 'fa', { share: 0.8, assumptions: { share: { low: 0.5, high: 1 } } })], [factor('fb', 3), factor('fa', 1)]);
    expect(intervals.lines[0]!.avoided.p97_5).toBeLessThanOrEqual(200);
    expect(intervals.lines[0]!.avoided.p2_5).toBeGreaterThanOrEqual(100);
  });

  it('a range on the alternative’s lifetime changes Lb/La; one on a line without lifetimes is not drawn and says so', () => {
    // avoided = 100·3 − 100·(4/La)·2 = 300 − 800/La; La ~ triangle(4, 6, 8):
    // Q(0.025) = 4 + √(0.025·4·2) = 4.447214 → 120.111; Q(0.975) = 7.552786 → 194.079.
    const { intervals } = run(
      [
        line('l', 100, 'fb', 'fa', {
          baseline: { factor: 'fb', lifetimeYears: 4 },
          alternative: { factor: 'fa', lifetimeYears: 6 },
          assumptions: { alternativeLifetimeYears: { low: 4, high: 8 } },
        }),
        line('no-lifetimes', 100, 'fb', 'fa', { assumptions: { baselineLifetimeYears: { low: 2, high: 5 } } }),
      ],
      [factor('fb', 3), factor('fa', 2)],
    );
    const driver = intervals.contributions.drivers.find((d) => d.line === 'l')!;
    expect(driver.id).toBe('alternativeLifetimeYears');
    // The total adds the other line, 100·3 − 100·2 = 100.
    expect(driver.low).toBeCloseTo(120.111 + 100, 2);
    expect(driver.high).toBeCloseTo(194.079 + 100, 2);
    // The line's own quantiles, from the draws: density of La at 4.447: 2·0.447/(4·2) = 0.1118 per year, and
    // d(avoided)/dLa = 800/La² = 40.45 there: SE 0.0070·40.45 = 0.28 kg.
    expect(Math.abs(intervals.lines[0]!.avoided.p2_5 - 120.111)).toBeLessThan(4 * 40.45 * quantileSe(0.025, 0.1118, 40_000));
    expect(intervals.assumptionsNotDrawn).toEqual([{ line: 'no-lifetimes', assumption: 'baselineLifetimeYears', reason: 'no-stated-lifetime' }]);
  });

  it('a stated value outside its range widens the range to include it', () => {
    const { intervals } = run([line('l', 1000, 'fb', 'fa', { assumptions: { quantity: { low: 1100, high: 1300 } } })], [factor('fb', 3), factor('fa', 1)]);
    expect(intervals.assumptions[0]).toMatchObject({ low: 1000, mode: 1000, high: 1300 });
  });

  it('adding a line leaves another line’s draws unchanged', () => {
    const factors = [factor('f', 2, 0.5), factor('g', 1, 0.3)];
    const l = line('l', 100, 'f', 'g', { assumptions: { quantity: { low: 50, high: 150 }, share: { low: 0.5, high: 1 } } });
    const alone = run([l], factors).intervals.lines[0];
    const other = line('other', 10, 'g', 'f', { assumptions: { quantity: { low: 5, high: 20 } } });
    const withOther = run([other, l], factors).intervals.lines[1];
    expect(withOther).toStrictEqual(alone);
  });
});

describe('uncertainties the buyer states for factors that publish none (rule 9)', () => {
  it('are drawn as a published one would be, and recorded as assumptions', () => {
    const stated = run(
      [line('l', 100, 'f', 'zero')],
      [factor('f', 10), factor('zero', 0)],
      {},
      { assumedUncertainties: [{ factor: 'f', uncertainty: 0.5, note: 'supplier' }] },
    );
    const published = run([line('l', 100, 'f', 'zero')], [factor('f', 10, 0.5), factor('zero', 0)]);
    expect(stated.intervals.lines[0]!.avoided).toStrictEqual(published.intervals.lines[0]!.avoided);
    expect(stated.intervals.assumedUncertainties).toEqual([{ factor: 'f', uncertainty: 0.5, note: 'supplier' }]);
    expect(stated.intervals.factorsWithoutUncertainty).toEqual(['zero']);
    expect(stated.intervals.incomplete).toBe(false);
    expect(stated.intervals.contributions.drivers[0]).toMatchObject({ kind: 'factor', id: 'f', stated: true, share: 1 });
  });

  it('never replace a published uncertainty', () => {
    const published = run([line('l', 100, 'f', 'zero')], [factor('f', 10, 0.5), factor('zero', 0)]);
    const both = run([line('l', 100, 'f', 'zero')], [factor('f', 10, 0.5), factor('zero', 0)], {}, { assumedUncertainties: [{ factor: 'f', uncertainty: 2 }] });
    expect(both.intervals.lines[0]!.avoided).toStrictEqual(published.intervals.lines[0]!.avoided);
    expect(both.intervals.assumedUncertainties).toEqual([]);
  });
});

describe('what drives the range', () => {
  it('one uncertain factor on one line: 100 % of the variance, and the tornado at F/(1 + u) and F·(1 + u)', () => {
    // Total = 100·F, F = 10, u = 0.5: 666.67 and 1500.
    const { intervals } = run([line('l', 100, 'f', 'zero')], [factor('f', 10, 0.5), factor('zero', 0)]);
    const [d] = intervals.contributions.drivers;
    expect(intervals.contributions.drivers).toHaveLength(1);
    expect(d).toMatchObject({ kind: 'factor', id: 'f', share: 1, label: { fr: 'f fr', en: 'f en' } });
    expect(d!.low).toBeCloseTo(666.6667, 3);
    expect(d!.high).toBeCloseTo(1500, 9);
    expect(intervals.contributions.interactions).toBe(0);
  });

  it('two independent factors: shares c_i²σ_i² / Σ c_j²σ_j², and the variance the draws show', () => {
    // T = 100·F − 50·G + 50·20, F = 10 (u 0.5), G = 4 (u 1), the baseline 'fixed' without uncertainty.
    // Var F = 100·e^{0.042797}·(e^{0.042797} − 1) = 4.5638; Var G = 16·e^{0.125071}·(e^{0.125071} − 1) = 2.41572.
    // 100²·4.5638 = 45 638; 50²·2.41572 = 6039.3; shares 45 638/51 677 = 0.8831 and 0.1169.
    const { intervals } = run(
      [line('l1', 100, 'f', 'zero'), line('l2', 50, 'fixed', 'g')],
      [factor('f', 10, 0.5), factor('g', 4, 1), factor('fixed', 20), factor('zero', 0)],
    );
    const vf = 100 ** 2 * lognormalVariance(10, 0.5);
    const vg = 50 ** 2 * lognormalVariance(4, 1);
    expect(vf).toBeCloseTo(45_638, -1);
    expect(vg).toBeCloseTo(6039.3, 0);
    const c = intervals.contributions;
    expect(c.drivers.map((d) => d.id)).toEqual(['f', 'g']);
    expect(c.drivers[0]!.share).toBeCloseTo(vf / (vf + vg), 12);
    expect(c.drivers[1]!.share).toBeCloseTo(vg / (vf + vg), 12);
    expect(c.drivers[0]!.share).toBeCloseTo(0.8831, 3);
    expect(c.variance).toBeCloseTo(vf + vg, 6);
    // G lowers the total as it rises: its low is at G·(1 + u) = 8: 1000 + 1000 − 50·8 = 1600; high at G/2: 1900.
    expect(c.drivers[1]!.low).toBeCloseTo(1600, 9);
    expect(c.drivers[1]!.high).toBeCloseTo(1900, 9);
    // The draws agree: the sum of two independent terms has sd √51 677 = 227.3; with 40 000 draws the mean is
    // within 4·227.3/200 = 4.5 of 100·E[F] − 50·E[G] + 1000 = 100·10.2163 − 50·4.2581 + 1000 = 1808.7.
    expect(
      Math.abs(intervals.totals.avoided.mean - (100 * 10 * Math.exp((Math.log(1.5) / Z) ** 2 / 2) - 50 * 4 * Math.exp((Math.log(2) / Z) ** 2 / 2) + 1000)),
    ).toBeLessThan(4.5);
  });

  it('with assumption ranges: shares and interactions agree with a brute-force Monte Carlo of the same model', () => {
    // avoided = q·s·Fb − q·s·(4/La)·Fa; q ~ tri(50, 100, 200), s ~ tri(0.4, 0.5, 0.9), La ~ tri(4, 6, 9),
    // Fb = 10 (u 0.5), Fa = 4 (u 1).
    const { intervals } = run(
      [
        line('l', 100, 'fb', 'fa', {
          share: 0.5,
          baseline: { factor: 'fb', lifetimeYears: 4 },
          alternative: { factor: 'fa', lifetimeYears: 6 },
          assumptions: { quantity: { low: 50, high: 200 }, share: { low: 0.4, high: 0.9 }, alternativeLifetimeYears: { low: 4, high: 9 } },
        }),
      ],
      [factor('fb', 10, 0.5), factor('fa', 4, 1)],
    );
    const c = intervals.contributions;
    expect(c.drivers.reduce((s, d) => s + d.share, 0) + c.interactions).toBeCloseTo(1, 12);
    expect(c.interactions).toBeGreaterThan(0);

    // Brute force, independent of the code under test: n draws of every input, the total's variance, and
    // each input's first-order share by binning on that input (E[T | X] as the mean of T within 200 bins of
    // equal count). The sample variance's relative standard error is about √((κ − 1)/n) ≈ √(10/200 000) = 0.7 %;
    // binning adds a bias of about 1/1000 of Var(T) per input; 0.03 in share covers both several times over.
    const n = 200_000;
    const stream = new RandomStream(11, 'brute');
    const tri = (a: number, m: number, b: number) => triangularQuantile({ low: a, mode: m, high: b }, stream.nextFloat());
    const logn = (f: number, u: number) => f * Math.exp((Math.log(1 + u) / Z) * stream.nextNormal());
    const inputs = { q: new Float64Array(n), s: new Float64Array(n), la: new Float64Array(n), fb: new Float64Array(n), fa: new Float64Array(n) };
    const total = new Float64Array(n);
    for (let d = 0; d < n; d++) {
      const [q, s, la, fb, fa] = [tri(50, 100, 200), tri(0.4, 0.5, 0.9), tri(4, 6, 9), logn(10, 0.5), logn(4, 1)];
      [inputs.q[d], inputs.s[d], inputs.la[d], inputs.fb[d], inputs.fa[d]] = [q, s, la, fb, fa];
      total[d] = q * s * fb - q * s * (4 / la) * fa;
    }
    const mean = total.reduce((s, x) => s + x, 0) / n;
    const variance = total.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(c.variance / variance - 1)).toBeLessThan(0.05);
    const firstOrder = (x: Float64Array) => {
      const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => x[i]! - x[j]!);
      const bins = 200;
      let v = 0;
      for (let b = 0; b < bins; b++) {
        let sum = 0;
        for (let k = (b * n) / bins; k < ((b + 1) * n) / bins; k++) sum += total[order[k]!]!;
        v += (sum / (n / bins) - mean) ** 2 / bins;
      }
      return v / variance;
    };
    const share = (id: string) => c.drivers.find((d) => d.id === id)!.share;
    expect(Math.abs(share('quantity') - firstOrder(inputs.q))).toBeLessThan(0.03);
    expect(Math.abs(share('share') - firstOrder(inputs.s))).toBeLessThan(0.03);
    expect(Math.abs(share('alternativeLifetimeYears') - firstOrder(inputs.la))).toBeLessThan(0.03);
    expect(Math.abs(share('fb') - firstOrder(inputs.fb))).toBeLessThan(0.03);
    expect(Math.abs(share('fa') - firstOrder(inputs.fa))).toBeLessThan(0.03);
  });

  it('counts only counted lines, as many times as the totals do', () => {
    // The yearly line counts 3 times over the period: its factor's share of the total is 3²·Var vs 1²·Var.
    const { intervals } = run(
      [line('once', 100, 'f', 'zero', { flow: 'one-off' }), line('yearly', 100, 'g', 'zero', { flow: 'yearly' })],
      [factor('f', 10, 0.5), factor('g', 10, 0.5), factor('zero', 0)],
      {},
      { periodYears: 3 },
    );
    const [g, f] = intervals.contributions.drivers;
    expect(g!.id).toBe('g');
    expect(g!.share).toBeCloseTo(9 / 10, 12);
    expect(f!.share).toBeCloseTo(1 / 10, 12);
  });
});
