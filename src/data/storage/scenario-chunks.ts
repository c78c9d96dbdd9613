// How a scenario is laid out in IndexedDB: a header record, and its lines in chunks of at most
// LINES_PER_CHUNK. Chromium refuses one record above ~133 MB (a 1,000,000-line scenario stored whole),
// and IndexedDB's cost is per record (~110–240 µs each here, whatever its size; shared/TOOLCHAIN.md):
// chunks of 1,000 lines stay a few MB at most (a line is a few hundred bytes to ~2 kB), so a
// 1,000,000-line scenario is 1,000 records (~0.2 s of record cost) and an edit to one line rewrites
// ~1,000 lines, not all of them. Pure functions: no Dexie here.
import type { Line, Scenario } from '../../domain';

export const LINES_PER_CHUNK = 1000;

export interface ScenarioSummary {
  readonly baselineKgCO2e: number;
  readonly avoidedKgCO2e: number;
  readonly lineCount: number;
}

/** A whole scenario as the app reads and writes it (and as a backup file holds it). */
export interface ScenarioRecord {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Incremented by every write, so a tab can tell a newer stored scenario from its own. */
  readonly revision: number;
  readonly scenario: Scenario;
  /** Kept with the scenario so the list can sort by avoided total without estimating every scenario. */
  readonly summary: ScenarioSummary;
}

/**
 * What the `scenarios` store holds since schema version 4: the record without its lines, which live in
 * `scenarioLines` chunks. The list reads headers only.
 */
export interface ScenarioHeader extends Omit<ScenarioRecord, 'scenario'> {
  readonly scenario: Omit<Scenario, 'lines'>;
  readonly lineCount: number;
  /** The slots of the scenario's line chunks, in the order of its lines. */
  readonly lineChunks: readonly number[];
}

/** A run of consecutive lines of one scenario, keyed by the scenario and a slot its header lists. */
export interface LineChunk {
  readonly scenarioId: string;
  readonly slot: number;
  readonly lines: readonly Line[];
  /** The fingerprint of the checks its lines passed before it was written (line-trust.ts); absent when unchecked. */
  readonly checkedBy?: string;
}

/**
 * A chunk as IndexedDB holds it: its lines as one JSON text, which the browser stores and reads back about twice
 * as fast as a thousand objects (each cloned field by field). Chunks written before hold `lines` as objects;
 * both read the same way (fromStoredChunk, on every read of the store: see db.ts).
 */
export interface StoredChunk {
  readonly scenarioId: string;
  readonly slot: number;
  readonly checkedBy?: string;
  readonly linesJson?: string;
  readonly lines?: readonly Line[];
}

export function toStoredChunk({ scenarioId, slot, lines, checkedBy }: LineChunk): StoredChunk {
  return { scenarioId, slot, linesJson: JSON.stringify(lines), ...(checkedBy && { checkedBy }) };
}

/** A damaged text is a chunk whose one line names the damage: the scenario reads as unreadable, never shorter. */
export function fromStoredChunk(stored: StoredChunk): LineChunk {
  if (typeof stored?.linesJson !== 'string') return stored as LineChunk;
  const { linesJson, ...chunk } = stored;
  let lines: Line[];
  try {
    lines = JSON.parse(linesJson);
  } catch {
    lines = [{ damagedChunk: stored.slot } as unknown as Line];
  }
  return { ...chunk, lines: Array.isArray(lines) ? lines : [{ damagedChunk: stored.slot } as unknown as Line] };
}

function headerOf(record: ScenarioRecord, lineChunks: readonly number[]): ScenarioHeader {
  const { lines, ...scenario } = record.scenario;
  // A record whose lines are not a list (written by hand, damaged) keeps them in its header, where the
  // read check refuses it as before, rather than losing them.
  const kept = Array.isArray(lines) ? scenario : record.scenario;
  return { ...record, scenario: kept, lineCount: Array.isArray(lines) ? lines.length : 0, lineChunks };
}

function piecesOf(lines: readonly Line[]): Line[][] {
  const pieces: Line[][] = [];
  for (let at = 0; at < lines.length; at += LINES_PER_CHUNK) pieces.push(lines.slice(at, at + LINES_PER_CHUNK));
  return pieces;
}

/** A new scenario's header and chunks, slots numbered from 0. */
export function splitIntoChunks(record: ScenarioRecord, checkedBy?: string): { header: ScenarioHeader; chunks: LineChunk[] } {
  const lines = Array.isArray(record.scenario.lines) ? record.scenario.lines : [];
  const chunks = piecesOf(lines).map((piece, slot) => ({ scenarioId: record.id, slot, lines: piece, ...(checkedBy && { checkedBy }) }));
  return {
    header: headerOf(
      record,
      chunks.map((c) => c.slot),
    ),
    chunks,
  };
}

/**
 * The whole record from its header and its chunks in the header's order. A missing chunk leaves a marker in
 * its place, so that the record reads as unreadable (shown, downloadable) rather than silently short of lines.
 */
export function joinChunks(header: ScenarioHeader, chunks: readonly (LineChunk | undefined)[]): ScenarioRecord {
  if ('lines' in header.scenario) return { ...withoutLayout(header), scenario: header.scenario as Scenario };
  const lines = chunks.flatMap((c, i) => c?.lines ?? [{ missingChunk: header.lineChunks[i] } as unknown as Line]);
  return { ...withoutLayout(header), scenario: { ...header.scenario, lines } };
}

function withoutLayout(header: ScenarioHeader): Omit<ScenarioRecord, 'scenario'> {
  const { id, createdAt, updatedAt, revision, summary } = header;
  return { id, createdAt, updatedAt, revision, summary };
}

export interface ChunkWrites {
  readonly header: ScenarioHeader;
  readonly puts: readonly LineChunk[];
  readonly deletes: readonly number[];
}

/**
 * What to write so that the store holds `next`, given the chunks stored before. A stored chunk whose lines
 * come back unchanged (the same objects, in the same order) is kept as it is; only runs of changed, added
 * or moved lines are written, into the slots of the chunks they replace. So an edit to one line rewrites
 * that line's chunk and the header, nothing else.
 */
export function rechunk(stored: readonly LineChunk[], next: ScenarioRecord, checkedBy?: string): ChunkWrites {
  const lines = next.scenario.lines;
  const byFirstLine = new Map<Line, LineChunk>();
  for (const chunk of stored) if (chunk.lines[0]) byFirstLine.set(chunk.lines[0], chunk);
  const last = stored[stored.length - 1];
  const matchAt = (at: number): LineChunk | undefined => {
    const chunk = byFirstLine.get(lines[at] as Line);
    if (!chunk || at + chunk.lines.length > lines.length) return undefined;
    for (let k = 1; k < chunk.lines.length; k++) if (lines[at + k] !== chunk.lines[k]) return undefined;
    return chunk;
  };

  const order: (number | Line[])[] = [];
  const kept = new Set<number>();
  let pending: Line[] = [];
  const flush = () => {
    order.push(...piecesOf(pending));
    pending = [];
  };
  for (let at = 0; at < lines.length;) {
    const chunk = matchAt(at);
    const end = chunk ? at + chunk.lines.length : at;
    // The last chunk, not yet full, takes the lines added after it instead of leaving a short chunk behind.
    const absorbs = chunk === last && chunk !== undefined && chunk.lines.length < LINES_PER_CHUNK && end < lines.length && !matchAt(end);
    if (chunk && !absorbs && !kept.has(chunk.slot)) {
      flush();
      order.push(chunk.slot);
      kept.add(chunk.slot);
      at = end;
    } else pending.push(lines[at++] as Line);
  }
  flush();

  const free = stored.map((c) => c.slot).filter((slot) => !kept.has(slot));
  let nextSlot = Math.max(-1, ...stored.map((c) => c.slot)) + 1;
  const puts: LineChunk[] = [];
  const slots = order.map((entry) => {
    if (typeof entry === 'number') return entry;
    const slot = free.shift() ?? nextSlot++;
    puts.push({ scenarioId: next.id, slot, lines: entry, ...(checkedBy && { checkedBy }) });
    return slot;
  });
  return { header: headerOf(next, slots), puts, deletes: free };
}
