// A scenario's estimate from its lines' (estimate.ts): what the totals count, by flow, category and in all.
//
// Lines are taken in blocks of BLOCK consecutive lines, each block summed on its own and the totals summed
// from the blocks, always: a memo that kept the blocks an edit did not touch then gives, bit for bit, the
// figures of a fresh estimate (floating-point sums depend on their order), while an edit to one line of
// 100,000 re-adds one block and a hundred block sums instead of every line.
import { CATEGORY_IDS, type CategoryId } from './categories';
import {
  estimateLine,
  finalLine,
  isFinal,
  zero,
  type Amounts,
  type CategoryEstimate,
  type Estimate,
  type FindingMemo,
  type LineEstimate,
  type TotalsBasis,
} from './estimate';
import type { FactorIndex } from './factor-index';
import { sortFindings, type Finding } from './findings/finding';
import { unstatedFlows, yearlyWithoutPeriod } from './findings/scenario-checks';
import { fail, ok, type Problem, type Result } from './result';
import type { Line, Scenario } from './schemas';

const BLOCK = 1024;

type FlowKey = 'oneOff' | 'yearly' | 'unstated';
type Sums = { -readonly [K in keyof CategoryEstimate]: CategoryEstimate[K] };

/** A block's lines estimated: before the scenario's flows say what the totals count. */
interface DraftBlock {
  readonly start: number;
  readonly lines: readonly Line[];
  /** The estimable lines' estimates over `builtFor` years of period, as if the scenario's flows added no finding (finalLine). */
  readonly drafts: readonly LineEstimate[];
  /** Each line's estimate at its place in `lines`; undefined for a line with problems. */
  readonly byPlace: readonly (LineEstimate | undefined)[];
  readonly builtFor: number | null;
  readonly problems: readonly Problem[];
  readonly counts: Record<FlowKey, number>;
  readonly flows: Record<FlowKey, Amounts>;
  /** The block's lines that state costs, for the whole-life costs (most state none). */
  readonly withCosts: readonly Line[];
  counted?: CountedBlock;
  /** Line → estimate, made the first time a rebuilt neighbour looks for a line that moved (see `#reusable`). */
  byLine?: Map<Line, LineEstimate>;
}

/** A block's lines as the totals count them, for one state of the scenario's flows. */
interface CountedBlock {
  readonly withoutPeriod: boolean;
  readonly periodYears: number | null;
  readonly lines: readonly LineEstimate[];
  readonly categories: ReadonlyMap<CategoryId, Sums>;
  readonly totals: Amounts;
  readonly excluded: Amounts;
}

/** Whether `lines[start..end)` are the very objects of `block`. */
function sameLines(block: readonly Line[], lines: readonly Line[], start: number, end: number): boolean {
  if (block.length !== end - start) return false;
  for (let i = 0; i < block.length; i++) if (block[i] !== lines[start + i]) return false;
  return true;
}

function addAmounts(into: Amounts, amounts: Amounts, times = 1): void {
  into.baseline += times * amounts.baseline;
  into.alternative += times * amounts.alternative;
  into.avoided += times * amounts.avoided;
}

function linesOf(block: DraftBlock): Map<Line, LineEstimate> {
  if (block.byLine) return block.byLine;
  const byLine = new Map<Line, LineEstimate>();
  block.lines.forEach((line, i) => {
    const estimate = block.byPlace[i];
    if (estimate) byLine.set(line, estimate);
  });
  return (block.byLine = byLine);
}

const flowKey = (line: LineEstimate): FlowKey => (line.flow === 'one-off' ? 'oneOff' : line.flow === 'yearly' ? 'yearly' : 'unstated');

/**
 * What an estimate can keep from one call to the next: a block whose lines are the same objects at the same
 * place is not estimated nor summed again; in a block that changed, a line's estimate (which depends on the
 * line and the factor index alone) is taken from the block before it, at its place or, when lines were added
 * or removed, from the neighbouring blocks. Kept by place rather than in a map of every line: at 100,000 lines
 * a WeakMap entry a line cost more than the estimates themselves. Lines with problems are not kept on their
 * own: their messages name the line's place, which a move changes.
 */
export class EstimateMemo {
  /** Whether lines are taken from the blocks before (an editor's memo), or only whole blocks (one evaluation: nothing to keep). */
  readonly #keepLines: boolean;
  #factors: FactorIndex | null = null;
  #findings: FindingMemo = new Map();
  #finals = new WeakMap<LineEstimate, { readonly withoutPeriod: boolean; readonly periodYears: number | null; readonly line: LineEstimate }>();
  #blocks: DraftBlock[] = [];
  /** The blocks as the last estimate left them: where this one looks for lines that moved (see `#reusable`). */
  #previous: readonly (DraftBlock | undefined)[] = [];

  constructor({ keepLines = true }: { keepLines?: boolean } = {}) {
    this.#keepLines = keepLines;
  }

  /** Forgets everything when the factors change: a line's figures depend on them. */
  use(factors: FactorIndex): void {
    if (factors === this.#factors) return;
    this.#factors = factors;
    this.#findings = new Map();
    this.#finals = new WeakMap();
    this.#blocks = [];
    this.#previous = [];
  }

  block(lines: readonly Line[], start: number, periodYears: number | null): DraftBlock {
    const k = start / BLOCK;
    // Blocks are asked for in order, from the first: the blocks before this estimate are kept as they were.
    if (k === 0) this.#previous = this.#blocks.slice();
    const end = Math.min(lines.length, start + BLOCK);
    const known = this.#blocks[k];
    if (known && sameLines(known.lines, lines, start, end)) return known;
    const block = this.#draftBlock(lines.slice(start, end), start, periodYears, this.#keepLines ? this.#reusable(k, periodYears) : () => undefined);
    this.#blocks[k] = block;
    // A scenario that got shorter leaves no block behind it.
    if (end === lines.length) this.#blocks.length = k + 1;
    return block;
  }

  /**
   * Where block `k`'s lines may be found already estimated for `periodYears`: at the same place in the block
   * that held that place, else in it or its neighbours (a line added or removed shifts the rest by a few places).
   */
  #reusable(k: number, periodYears: number | null): (line: Line, i: number) => LineEstimate | undefined {
    const usable = (block: DraftBlock | undefined) => (block?.builtFor === periodYears ? block : undefined);
    const [same, before, after] = [usable(this.#previous[k]), usable(this.#previous[k - 1]), usable(this.#previous[k + 1])];
    const near = [same, before, after].filter((b) => b !== undefined);
    let misses = 0;
    return (line, i) => {
      if (same && same.lines[i] === line) return same.byPlace[i];
      // A line one place away: lines shifted by one added or removed (across the blocks' edges too).
      if (same && same.lines[i + 1] === line) return same.byPlace[i + 1];
      if (same && same.lines[i - 1] === line) return same.byPlace[i - 1];
      if (i === 0 && before && before.lines[before.lines.length - 1] === line) return before.byPlace[before.lines.length - 1];
      if (after && same && i === same.lines.length - 1 && after.lines[0] === line) return after.byPlace[0];
      // A first line missing near its place is an edit: a new object, found nowhere. Lines moved further are looked for.
      if (++misses === 1) return undefined;
      for (const block of near) {
        const found = linesOf(block).get(line);
        if (found) return found;
      }
      return undefined;
    };
  }

  #draftBlock(lines: readonly Line[], start: number, periodYears: number | null, reuse: (line: Line, i: number) => LineEstimate | undefined): DraftBlock {
    const problems: Problem[] = [];
    const drafts: LineEstimate[] = [];
    const byPlace: (LineEstimate | undefined)[] = new Array(lines.length);
    const counts = { oneOff: 0, yearly: 0, unstated: 0 };
    const flows = { oneOff: zero(), yearly: zero(), unstated: zero() };
    const factors = this.#factors as FactorIndex;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      const draft = reuse(line, i) ?? estimateLine(line, start + i, factors, problems, this.#findings, periodYears);
      if (!draft) continue;
      byPlace[i] = draft;
      drafts.push(draft);
      if (!draft.counted) continue;
      const key = flowKey(draft);
      counts[key] += 1;
      addAmounts(flows[key], draft);
    }
    return { start, lines, drafts, byPlace, builtFor: periodYears, problems, counts, flows, withCosts: lines.filter((line) => line.costs) };
  }

  counted(block: DraftBlock, withoutPeriod: Finding | null, periodYears: number | null): CountedBlock {
    const known = block.counted;
    // The period finding is the same words whenever it applies: whether it does is all that matters.
    if (known && known.withoutPeriod === (withoutPeriod !== null) && known.periodYears === periodYears) return known;
    const lines = block.drafts.map((draft) => this.#final(draft, block.builtFor, withoutPeriod, periodYears));
    const categories = new Map<CategoryId, Sums>();
    const totals = zero();
    const excluded = zero();
    for (const line of lines) {
      let sums = categories.get(line.category);
      if (!sums) categories.set(line.category, (sums = { category: line.category, lineCount: 0, ...zero() }));
      sums.lineCount += 1;
      if (!line.counted) addAmounts(excluded, line);
      addAmounts(sums, line, line.totalsMultiplier);
      addAmounts(totals, line, line.totalsMultiplier);
    }
    block.counted = { withoutPeriod: withoutPeriod !== null, periodYears, lines, categories, totals, excluded };
    return block.counted;
  }

  #joined: { readonly parts: readonly (readonly LineEstimate[])[]; readonly lines: LineEstimate[] } | null = null;

  /**
   * The blocks' lines in one list. After an edit to one line, the last list copied whole (one copy of the
   * pointers) with that block's lines written over it: cheaper than joining a hundred blocks again.
   */
  joined(parts: readonly (readonly LineEstimate[])[]): LineEstimate[] {
    const last = this.#joined;
    let lines: LineEstimate[] | undefined;
    if (last && last.parts.length === parts.length && parts.every((part, k) => part.length === (last.parts[k] as readonly LineEstimate[]).length)) {
      lines = last.lines.slice();
      let at = 0;
      parts.forEach((part, k) => {
        if (part !== last.parts[k]) for (let i = 0; i < part.length; i++) lines![at + i] = part[i] as LineEstimate;
        at += part.length;
      });
    }
    lines ??= ([] as LineEstimate[]).concat(...parts);
    if (this.#keepLines) this.#joined = { parts, lines };
    return lines;
  }

  #final(draft: LineEstimate, builtFor: number | null, withoutPeriod: Finding | null, periodYears: number | null): LineEstimate {
    // Most lines are their draft as it is; a yearly flow's other form is kept while the flows stay as they are.
    if (isFinal(draft, builtFor, withoutPeriod, periodYears)) return draft;
    const known = this.#keepLines ? this.#finals.get(draft) : undefined;
    if (known && known.withoutPeriod === (withoutPeriod !== null) && known.periodYears === periodYears) return known.line;
    const line = finalLine(draft, builtFor, withoutPeriod, periodYears);
    if (this.#keepLines) this.#finals.set(draft, { withoutPeriod: withoutPeriod !== null, periodYears, line });
    return line;
  }
}

/** Every line, category and total, each line with the numbers, factors and conversions that made it. */
export function estimateScenario(scenario: Scenario, factors: FactorIndex): Result<Estimate> {
  const { estimate, problems } = estimateValidLines(scenario, factors);
  return problems.length ? fail(problems) : ok(estimate);
}

/**
 * The estimate of the lines that can be estimated, and the problems of the others: what an editor shows
 * while a line is still being put right. Exports and the command line use `estimateScenario`.
 *
 * A line with an error finding is explained but not counted. What the totals count depends on the lines'
 * flows: yearly flows count `periodYears` times when the scenario states its period; without one, a
 * scenario that mixes one-off purchases and yearly flows counts the one-off purchases and shows the yearly
 * flows apart (`flows.yearly`) — never their sum. Lines that state no flow count once, as they always did.
 */
export function estimateValidLines(
  scenario: Scenario,
  factors: FactorIndex,
  memo: EstimateMemo = new EstimateMemo({ keepLines: false }),
): { estimate: Estimate; problems: Problem[]; withCosts: Line[] } {
  memo.use(factors);
  const blocks: DraftBlock[] = [];
  const periodYears = scenario.periodYears ?? null;
  for (let start = 0; start < scenario.lines.length; start += BLOCK) blocks.push(memo.block(scenario.lines, start, periodYears));

  const flows = { oneOff: zero(), yearly: zero(), unstated: zero() };
  const counts = { oneOff: 0, yearly: 0, unstated: 0 };
  for (const block of blocks)
    for (const key of ['oneOff', 'yearly', 'unstated'] as const) {
      counts[key] += block.counts[key];
      addAmounts(flows[key], block.flows[key]);
    }
  const withoutPeriod = yearlyWithoutPeriod(counts, scenario.periodYears);
  const findings = sortFindings([withoutPeriod, unstatedFlows(counts)].flatMap((f) => f ?? []));

  const byCategory = new Map<CategoryId, Sums>();
  const totals = zero();
  const excluded = zero();
  const parts: (readonly LineEstimate[])[] = [];
  for (const block of blocks) {
    const counted = memo.counted(block, withoutPeriod, periodYears);
    parts.push(counted.lines);
    for (const [category, part] of counted.categories) {
      let sums = byCategory.get(category);
      if (!sums) byCategory.set(category, (sums = { category, lineCount: 0, ...zero() }));
      sums.lineCount += part.lineCount;
      addAmounts(sums, part);
    }
    addAmounts(totals, counted.totals);
    addAmounts(excluded, counted.excluded);
  }

  const stated = counts.oneOff + counts.yearly;
  const basis: TotalsBasis =
    stated === 0 || (counts.unstated > 0 && periodYears === null)
      ? 'as-stated'
      : periodYears !== null && counts.yearly > 0
        ? 'period'
        : counts.yearly > 0 && counts.oneOff === 0
          ? 'per-year'
          : 'one-off';
  const categories = CATEGORY_IDS.flatMap((id) => byCategory.get(id) ?? []);
  const lines = memo.joined(parts);
  return {
    estimate: { unit: 'kgCO2e', table: factors.table, totals, basis, periodYears, flows, excluded, categories, lines, findings },
    problems: blocks.flatMap((b) => b.problems),
    withCosts: blocks.flatMap((b) => b.withCosts),
  };
}
