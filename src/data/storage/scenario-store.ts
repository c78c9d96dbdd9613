// Scenarios in IndexedDB. Every write validates the whole scenario first and happens in one transaction;
// nothing invalid is ever stored, and a failed write leaves the stored data as they were. Each scenario is
// a header and line chunks (scenario-chunks.ts); callers read and write whole records here.
import { applyEdits, parseScenario, type Scenario, type ScenarioEdit } from '../../domain';
import type { CarboneEviteDb, LineChunk, ScenarioHeader, ScenarioRecord, ScenarioSummary } from './db';
import { InvalidRecordError } from './failures';
import { LINE_CHECKS, trustStampedLines } from './line-trust';
import { joinChunks, rechunk, splitIntoChunks, toStoredChunk } from './scenario-chunks';

export type Summarise = (scenario: Scenario) => ScenarioSummary;

export class ScenarioNotFoundError extends Error {
  override readonly name = 'ScenarioNotFoundError';
}

function checked(scenario: unknown): Scenario {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new InvalidRecordError(parsed.problems);
  return parsed.value;
}

export function newId(): string {
  return crypto.randomUUID();
}

/** A new record for a scenario checked whole, or an InvalidRecordError naming each field. */
function newRecord(scenario: Scenario, summarise: Summarise, now: number): ScenarioRecord {
  const valid = checked(scenario);
  return { id: newId(), createdAt: now, updatedAt: now, revision: 1, scenario: valid, summary: summarise(valid) };
}

export async function createScenario(db: CarboneEviteDb, scenario: Scenario, summarise: Summarise): Promise<ScenarioRecord> {
  const record = newRecord(scenario, summarise, Date.now());
  await db.transaction('rw', db.scenarios, db.scenarioLines, () => addRecord(db, record, 'add', LINE_CHECKS));
  return record;
}

/** Several scenarios (imported files) stored together: all of them, or none if one write fails. */
export async function createScenarios(db: CarboneEviteDb, scenarios: readonly Scenario[], summarise: Summarise): Promise<ScenarioRecord[]> {
  const now = Date.now();
  const records = scenarios.map((scenario) => newRecord(scenario, summarise, now));
  await db.transaction('rw', db.scenarios, db.scenarioLines, async () => {
    for (const record of records) await addRecord(db, record, 'add', LINE_CHECKS);
  });
  return records;
}

/**
 * The chunks each record read or written here was laid out in, its lines the record's own objects: a save
 * on top of a record still current reuses them rather than reading every chunk again (rechunk compares
 * lines by identity to tell which chunks an edit left alone).
 */
const layouts = new WeakMap<ScenarioRecord, readonly LineChunk[]>();
/** Each record read back (readRecord), and each record checked as it was written, as the check gives it. */
const readBack = new WeakMap<ScenarioRecord, ScenarioRecord | null>();
/** The record each scenario's last save in this tab wrote, while something still holds it. */
const lastSaved = new Map<string, WeakRef<ScenarioRecord>>();

/**
 * Whether a record this tab holds is still what the store holds under `header`. A restore may put back a record
 * of the same revision: the time of its last write tells them apart. A header still holding its lines (written
 * before chunks) is read whole.
 */
const isCurrent = (header: ScenarioHeader, record: ScenarioRecord): boolean =>
  header.revision === record.revision && header.updatedAt === record.updatedAt && !('lines' in header.scenario);

/** The same layout over the same number of lines, holding `record`'s line objects. */
function relaid(chunks: readonly LineChunk[], record: ScenarioRecord): LineChunk[] | undefined {
  const lines = record.scenario.lines;
  let at = 0;
  const out = chunks.map((chunk) => ({ ...chunk, lines: lines.slice(at, (at += chunk.lines.length)) }));
  return at === lines.length ? out : undefined;
}

/**
 * Applies a tab's queued edits to the latest stored scenario, in one transaction. `base`, the record the tab
 * holds, spares reading the lines again when it is still the stored revision.
 */
export async function saveEdits(
  db: CarboneEviteDb,
  id: string,
  edits: readonly ScenarioEdit[],
  summarise: Summarise,
  base?: ScenarioRecord,
): Promise<ScenarioRecord> {
  return db.transaction('rw', db.scenarios, db.scenarioLines, async () => {
    const baseChunks = base && layouts.get(base);
    const header = baseChunks ? await db.scenarios.get(id) : undefined;
    const found = base && baseChunks && header && isCurrent(header, base) ? { stored: base, chunks: baseChunks } : await readStored(db, id);
    if (!found) throw new ScenarioNotFoundError(`No scenario ${id}`);
    const { stored, chunks } = found;
    const applied = applyEdits(stored.scenario, edits);
    const valid = checked(applied);
    // Lines the edits left alone are the very objects read from their chunks: keeping them lets rechunk
    // see which chunks did not change (the check returns copies of every line).
    const storedLines = new Set(stored.scenario.lines);
    const scenario: Scenario = { ...valid, lines: applied.lines.map((line, i) => (storedLines.has(line) ? line : valid.lines[i]!)) };
    const record: ScenarioRecord = {
      ...stored,
      scenario,
      summary: summarise(scenario),
      revision: stored.revision + 1,
      updatedAt: Math.max(Date.now(), stored.updatedAt),
    };
    const writes = rechunk(chunks, record, LINE_CHECKS);
    await db.scenarios.put(writes.header);
    if (writes.puts.length) await db.scenarioLines.bulkPut(writes.puts.map(toStoredChunk));
    if (writes.deletes.length) await db.scenarioLines.bulkDelete(writes.deletes.map((slot) => [id, slot]));
    readBack.set(record, record);
    lastSaved.set(id, new WeakRef(record));
    const bySlot = new Map([...chunks, ...writes.puts].map((c) => [c.slot, c]));
    layouts.set(
      record,
      writes.header.lineChunks.map((slot) => bySlot.get(slot) as LineChunk),
    );
    return record;
  });
}

export async function duplicateScenario(db: CarboneEviteDb, id: string, name: string): Promise<ScenarioRecord> {
  return db.transaction('rw', db.scenarios, db.scenarioLines, async () => {
    const stored = (await readStored(db, id))?.stored;
    if (!stored) throw new ScenarioNotFoundError(`No scenario ${id}`);
    const now = Date.now();
    const copy: ScenarioRecord = { ...stored, id: newId(), createdAt: now, updatedAt: now, revision: 1, scenario: { ...stored.scenario, name } };
    await addRecord(db, copy);
    return copy;
  });
}

/** Deletes and returns the record, so that the deletion can be undone. */
export async function deleteScenario(db: CarboneEviteDb, id: string): Promise<ScenarioRecord | undefined> {
  return db.transaction('rw', db.scenarios, db.scenarioLines, async () => {
    const stored = (await readStored(db, id))?.stored;
    await db.scenarios.delete(id);
    await db.scenarioLines.where('scenarioId').equals(id).delete();
    return stored;
  });
}

export async function restoreScenario(db: CarboneEviteDb, record: ScenarioRecord): Promise<void> {
  await putScenarioRecords(db, [record]);
}

/** Whole records stored as they are (a restored backup, an undone deletion), replacing any of the same id. */
export async function putScenarioRecords(db: CarboneEviteDb, records: readonly ScenarioRecord[]): Promise<void> {
  await db.transaction('rw', db.scenarios, db.scenarioLines, async () => {
    for (const record of records) {
      await db.scenarioLines.where('scenarioId').equals(record.id).delete();
      await addRecord(db, record, 'put');
    }
  });
}

export async function clearScenarios(db: CarboneEviteDb): Promise<void> {
  await db.transaction('rw', db.scenarios, db.scenarioLines, () => Promise.all([db.scenarios.clear(), db.scenarioLines.clear()]));
}

/** `checkedBy` only for a record whose scenario was just checked whole (see line-trust.ts). */
async function addRecord(db: CarboneEviteDb, record: ScenarioRecord, how: 'add' | 'put' = 'add', checkedBy?: string): Promise<void> {
  const { header, chunks } = splitIntoChunks(record, checkedBy);
  await (how === 'add' ? db.scenarios.add(header) : db.scenarios.put(header));
  if (chunks.length) await db.scenarioLines.bulkPut(chunks.map(toStoredChunk));
}

/** The stored record and the chunks it was read from (a missing one marked in its lines); undefined when there is none. */
async function readStored(db: CarboneEviteDb, id: string): Promise<{ stored: ScenarioRecord; chunks: LineChunk[] } | undefined> {
  return db.transaction('r', db.scenarios, db.scenarioLines, async () => {
    const header = await db.scenarios.get(id);
    if (!header) return undefined;
    // A header another version (or damage) left without its layout still reads, to be shown as unreadable.
    const slots = Array.isArray(header.lineChunks) ? header.lineChunks : [];
    const chunks = await db.scenarioLines.bulkGet(slots.map((slot) => [id, slot] as [string, number]));
    trustStampedLines(chunks);
    const stored = joinChunks(header, chunks);
    if (!('lines' in header.scenario) && chunks.every((c) => c !== undefined)) layouts.set(stored, chunks as LineChunk[]);
    return { stored, chunks: chunks as LineChunk[] };
  });
}

/** One whole scenario as stored (not checked: see readRecord), in one read. */
export async function readScenario(db: CarboneEviteDb, id: string): Promise<ScenarioRecord | undefined> {
  return (await readStored(db, id))?.stored;
}

/** Several whole scenarios, in the order asked, in one read. */
export async function readScenarios(db: CarboneEviteDb, ids: readonly string[]): Promise<(ScenarioRecord | undefined)[]> {
  return db.transaction('r', db.scenarios, db.scenarioLines, () => Promise.all(ids.map((id) => readScenario(db, id))));
}

/** Every whole scenario (a backup), in one read. */
export async function readAllScenarios(db: CarboneEviteDb): Promise<ScenarioRecord[]> {
  return db.transaction('r', db.scenarios, db.scenarioLines, async () => {
    const ids = (await db.scenarios.toCollection().primaryKeys()) as string[];
    return (await readScenarios(db, ids)).filter((r) => r !== undefined);
  });
}

export async function isSeeded(db: CarboneEviteDb): Promise<boolean> {
  return (await db.meta.get('seeded')) !== undefined;
}

/** Creates the first scenario once per database (the demo): not again after the person deletes it. */
export async function seedOnce(db: CarboneEviteDb, make: () => Scenario, summarise: Summarise): Promise<ScenarioRecord | null> {
  return db.transaction('rw', db.scenarios, db.scenarioLines, db.meta, async () => {
    if (await db.meta.get('seeded')) return null;
    const record = await createScenario(db, make(), summarise);
    await db.meta.put({ key: 'seeded', value: record.id });
    return record;
  });
}

/** A stored record read back: checked again (once per object read), since another version of the app may have written it. */
export function readRecord(raw: ScenarioRecord): ScenarioRecord | null {
  if (readBack.has(raw)) return readBack.get(raw) as ScenarioRecord | null;
  const parsed = parseScenario(raw.scenario);
  const record = parsed.ok ? { ...raw, scenario: parsed.value } : null;
  const chunks = layouts.get(raw);
  const relaidChunks = record && chunks && relaid(chunks, record);
  if (record && relaidChunks) layouts.set(record, relaidChunks);
  readBack.set(raw, record);
  if (record) readBack.set(record, record);
  return record;
}

/**
 * The stored record, or `known` itself when it is still the stored revision: a tab that holds the record it
 * last read or saved reads one header instead of every line chunk (and a live query then watches the header).
 */
export async function readScenarioUnlessKnown(db: CarboneEviteDb, id: string, known: ScenarioRecord | null): Promise<ScenarioRecord | undefined> {
  // The record this tab saved last counts as known too: a live query wakes as the save commits, before the
  // editor has taken the saved record in.
  const candidates = [known, lastSaved.get(id)?.deref()].filter((r): r is ScenarioRecord => r !== null && r !== undefined && layouts.has(r));
  if (candidates.length) {
    const header = await db.scenarios.get(id);
    if (!header) return undefined;
    const same = candidates.find((r) => isCurrent(header, r));
    if (same) return same;
  }
  return readScenario(db, id);
}

/** A stored header read back for the list: checked as a scenario without lines. */
export function readHeader(raw: ScenarioHeader): ScenarioHeader | null {
  // A record still holding its lines (as written before chunks, or restored raw) is checked with them.
  const parsed = parseScenario('lines' in raw.scenario ? raw.scenario : { ...raw.scenario, lines: [] });
  if (!parsed.ok) return null;
  const { lines: _lines, ...scenario } = parsed.value;
  return { ...raw, scenario };
}
