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
  /** Each line's estimate over `builtFor` years of period, as if the scenario's flows added no finding (finalLine). */
  readonly drafts: readonly Draft[];
  readonly problems: readonly Problem[];
  readonly counts: Record<FlowKey, number>;
  readonly flows: Record<FlowKey, Amounts>;
  /** The block's lines that state costs, for the whole-life costs (most state none). */
  readonly withCosts: readonly Line[];
  counted?: CountedBlock;
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

interface Draft {
  readonly line: LineEstimate;
  readonly builtFor: number | null;
}

const flowKey = (line: LineEstimate): FlowKey => (line.flow === 'one-off' ? 'oneOff' : line.flow === 'yearly' ? 'yearly' : 'unstated');

/**
 * What an estimate can keep from one call to the next: a line's draft (its figures, factors and findings)
 * depends on the line and the factor index alone, so a line object seen before with the same index is not
 * estimated again; a block whose lines are the same objects at the same place is not summed again. Lines
 * with problems are not kept on their own: their messages name the line's place, which a move changes.
 */
export class EstimateMemo {
  /** Whether each line's draft is kept too (an editor's memo), or only the blocks (one evaluation: nothing to keep). */
  readonly #keepLines: boolean;
  #factors: FactorIndex | null = null;
  #drafts = new WeakMap<Line, Draft>();
  #findings: FindingMemo = new Map();
  #finals = new WeakMap<Draft, { readonly withoutPeriod: boolean; readonly periodYears: number | null; readonly line: LineEstimate }>();
  #blocks: DraftBlock[] = [];

  constructor({ keepLines = true }: { keepLines?: boolean } = {}) {
    this.#keepLines = keepLines;
  }

  /** Forgets everything when the factors change: a line's figures depend on them. */
  use(factors: FactorIndex): void {
    if (factors === this.#factors) return;
    this.#factors = factors;
    this.#drafts = new WeakMap();
    this.#findings = new Map();
    this.#finals = new WeakMap();
    this.#blocks = [];
  }

  block(lines: readonly Line[], start: number, periodYears: number | null): DraftBlock {
    const k = start / BLOCK;
    const end = Math.min(lines.length, start + BLOCK);
    const known = this.#blocks[k];
    if (known && sameLines(known.lines, lines, start, end)) return known;
    const block = this.#draftBlock(lines.slice(start, end), start, periodYears);
    this.#blocks[k] = block;
    // A scenario that got shorter leaves no block behind it.
    if (end === lines.length) this.#blocks.length = k + 1;
    return block;
  }

  #draftBlock(lines: readonly Line[], start: number, periodYears: number | null): DraftBlock {
    const problems: Problem[] = [];
    const drafts: Draft[] = [];
    const counts = { oneOff: 0, yearly: 0, unstated: 0 };
    const flows = { oneOff: zero(), yearly: zero(), unstated: zero() };
    lines.forEach((line, i) => {
      const draft = this.#draft(line, start + i, problems, periodYears);
      if (!draft) return;
      drafts.push(draft);
      if (!draft.line.counted) return;
      const key = flowKey(draft.line);
      counts[key] += 1;
      addAmounts(flows[key], draft.line);
    });
    return { start, lines, drafts, problems, counts, flows, withCosts: lines.filter((line) => line.costs) };
  }

  #draft(line: Line, lineIndex: number, problems: Problem[], periodYears: number | null): Draft | undefined {
    const known = this.#keepLines ? this.#drafts.get(line) : undefined;
    if (known) return known;
    const before = problems.length;
    const estimate = estimateLine(line, lineIndex, this.#factors as FactorIndex, problems, this.#findings, periodYears);
    if (!estimate) return undefined;
    const draft = { line: estimate, builtFor: periodYears };
    if (problems.length === before && this.#keepLines) this.#drafts.set(line, draft);
    return draft;
  }

  counted(block: DraftBlock, withoutPeriod: Finding | null, periodYears: number | null): CountedBlock {
    const known = block.counted;
    // The period finding is the same words whenever it applies: whether it does is all that matters.
    if (known && known.withoutPeriod === (withoutPeriod !== null) && known.periodYears === periodYears) return known;
    const lines = block.drafts.map((draft) => this.#final(draft, withoutPeriod, periodYears));
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

  #final(draft: Draft, withoutPeriod: Finding | null, periodYears: number | null): LineEstimate {
    // Most lines are their draft as it is; a yearly flow's other form is kept while the flows stay as they are.
    if (isFinal(draft.line, draft.builtFor, withoutPeriod, periodYears)) return draft.line;
    const known = this.#keepLines ? this.#finals.get(draft) : undefined;
    if (known && known.withoutPeriod === (withoutPeriod !== null) && known.periodYears === periodYears) return known.line;
    const line = finalLine(draft.line, draft.builtFor, withoutPeriod, periodYears);
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
