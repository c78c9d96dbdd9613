// Scenarios in IndexedDB. Every write validates the whole scenario first and happens in one transaction;
// nothing invalid is ever stored, and a failed write leaves the stored data as they were.
import { applyEdits, parseScenario, type Scenario, type ScenarioEdit } from '../../domain';
import type { CarboneEviteDb, ScenarioRecord, ScenarioSummary } from './db';
import { InvalidRecordError } from './failures';

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
  await db.scenarios.add(record);
  return record;
}

/** Several scenarios (imported files) stored together: all of them, or none if one write fails. */
export async function createScenarios(db: CarboneEviteDb, scenarios: readonly Scenario[], summarise: Summarise): Promise<ScenarioRecord[]> {
  const now = Date.now();
  const records = scenarios.map((scenario) => newRecord(scenario, summarise, now));
  await db.transaction('rw', db.scenarios, () => db.scenarios.bulkAdd(records));
  return records;
}

/** Applies a tab's queued edits to the latest stored scenario, in one transaction. */
export async function saveEdits(db: CarboneEviteDb, id: string, edits: readonly ScenarioEdit[], summarise: Summarise): Promise<ScenarioRecord> {
  return db.transaction('rw', db.scenarios, async () => {
    const stored = await db.scenarios.get(id);
    if (!stored) throw new ScenarioNotFoundError(`No scenario ${id}`);
    const scenario = checked(applyEdits(stored.scenario, edits));
    const record: ScenarioRecord = {
      ...stored,
      scenario,
      summary: summarise(scenario),
      revision: stored.revision + 1,
      updatedAt: Math.max(Date.now(), stored.updatedAt),
    };
    await db.scenarios.put(record);
    return record;
  });
}

export async function duplicateScenario(db: CarboneEviteDb, id: string, name: string): Promise<ScenarioRecord> {
  return db.transaction('rw', db.scenarios, async () => {
    const stored = await db.scenarios.get(id);
    if (!stored) throw new ScenarioNotFoundError(`No scenario ${id}`);
    const now = Date.now();
    const copy: ScenarioRecord = { ...stored, id: newId(), createdAt: now, updatedAt: now, revision: 1, scenario: { ...stored.scenario, name } };
    await db.scenarios.add(copy);
    return copy;
  });
}

/** Deletes and returns the record, so that the deletion can be undone. */
export async function deleteScenario(db: CarboneEviteDb, id: string): Promise<ScenarioRecord | undefined> {
  return db.transaction('rw', db.scenarios, async () => {
    const stored = await db.scenarios.get(id);
    if (stored) await db.scenarios.delete(id);
    return stored;
  });
}

export async function restoreScenario(db: CarboneEviteDb, record: ScenarioRecord): Promise<void> {
  await db.scenarios.put(record);
}

export async function isSeeded(db: CarboneEviteDb): Promise<boolean> {
  return (await db.meta.get('seeded')) !== undefined;
}

/** Creates the first scenario once per database (the demo): not again after the person deletes it. */
export async function seedOnce(db: CarboneEviteDb, make: () => Scenario, summarise: Summarise): Promise<ScenarioRecord | null> {
  return db.transaction('rw', db.scenarios, db.meta, async () => {
    if (await db.meta.get('seeded')) return null;
    const record = await createScenario(db, make(), summarise);
    await db.meta.put({ key: 'seeded', value: record.id });
    return record;
  });
}

/** A stored record read back: checked again, since another version of the app may have written it. */
export function readRecord(raw: ScenarioRecord): ScenarioRecord | null {
  const parsed = parseScenario(raw.scenario);
  return parsed.ok ? { ...raw, scenario: parsed.value } : null;
}
