// Why a storage call failed, classified once for every screen: each reason has one wording in the
// catalogues (`storage.<reason>`), so a full disk reads the same wherever it happens.
import type { Problem } from '../../domain';

export type StorageFailure = 'quota' | 'too-large' | 'newer-database' | 'unavailable' | 'invalid' | 'not-found' | 'table-conflict' | 'other';

/** A write refused because the record (a scenario, a table) would not be valid; the message names each field. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '));
  }
}

/** The reason a storage call failed, in a few words a person can act on. */
export function classifyStorageError(error: unknown): StorageFailure {
  // Dexie wraps the browser's error in `inner`; the name that tells the reason may be at any depth.
  const names: string[] = [];
  const messages: string[] = [];
  for (let e = error as { name?: string; message?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name) names.push(e.name);
    if (e.message) messages.push(e.message);
  }
  if (names.includes('QuotaExceededError')) return 'quota';
  // A value the browser cannot store as one record: Chromium says "UnknownError … too large (size=…,
  // max=133169152)"; a value it cannot copy at all is a DataCloneError.
  if (names.includes('DataCloneError') || (names.includes('UnknownError') && messages.some((m) => /too large|max=\d/i.test(m)))) return 'too-large';
  if (names.includes('NewerDatabaseError')) return 'newer-database';
  if (names.includes('InvalidRecordError')) return 'invalid';
  if (names.includes('ScenarioNotFoundError')) return 'not-found';
  if (names.includes('TableConflictError')) return 'table-conflict';
  if (names.some((n) => ['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError', 'VersionError'].includes(n))) return 'unavailable';
  return 'other';
}
