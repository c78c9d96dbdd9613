// Imported factor tables in IndexedDB: stored whole in one write, never half; deleted only when no
// scenario is pinned to them.
import { parseFactorTable, type FactorTable } from '../../domain';
import type { CarboneEviteDb, ScenarioHeader, TableRecord } from './db';
import { InvalidRecordError } from './failures';
import { digestTableChecksum } from './table-digest';

export class TableConflictError extends Error {
  override readonly name = 'TableConflictError';
}

export class TableInUseError extends Error {
  override readonly name = 'TableInUseError';
  constructor(readonly scenarioNames: string[]) {
    super(`Table in use by ${scenarioNames.join(', ')}`);
  }
}

/** What the caller knows of a table it stores: that it is checked already, and maybe its checksum. */
export interface CheckedTable {
  /** tableChecksum of the table, taken from this very content. */
  readonly checksum?: string | null;
}

/**
 * Stores an imported table. The same id and version with the same content is already there (nothing to
 * do); with other content it is refused: a version, once stored, never changes. A table is checked before it
 * is stored, unless it is `checked` already: what parseFactorTable returned, or factors taken out of that with
 * the pairs naming them (the import screen's table, checked whole when its file was read; a whole export
 * takes a tenth of a second to check again). Taking factors out leaves a table valid while one remains.
 */
export async function storeImportedTable(db: CarboneEviteDb, table: FactorTable, origin: TableRecord['origin'], checked?: CheckedTable): Promise<TableRecord> {
  const parsed = checked && table.factors.length > 0 ? { ok: true as const, value: table } : parseFactorTable(table);
  if (!parsed.ok) throw new InvalidRecordError(parsed.problems);
  const record: TableRecord = {
    id: table.id,
    version: table.version,
    checksum: checked?.checksum || (await digestTableChecksum(parsed.value)),
    importedAt: Date.now(),
    table: parsed.value,
    origin,
  };
  return db.transaction('rw', db.factorTables, async () => {
    const existing = await db.factorTables.get([record.id, record.version]);
    if (existing && existing.checksum !== record.checksum)
      throw new TableConflictError(`Table ${record.id} ${record.version} is already stored with other content`);
    if (existing) return existing;
    await db.factorTables.add(record);
    return record;
  });
}

export async function deleteImportedTable(db: CarboneEviteDb, id: string, version: string): Promise<void> {
  await db.transaction('rw', db.factorTables, db.scenarios, async () => {
    // A record this version cannot read (issue 13, point 7) may lack a scenario: it pins nothing it can tell.
    const pinned = (r: ScenarioHeader) => (r.scenario as Partial<ScenarioHeader['scenario']> | undefined)?.factorTable;
    const users = (await db.scenarios.toArray()).filter((r) => pinned(r)?.id === id && pinned(r)?.version === version);
    if (users.length) throw new TableInUseError(users.map((r) => r.scenario.name));
    await db.factorTables.delete([id, version]);
  });
}
