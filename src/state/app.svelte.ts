// The app's long-lived state: the database, the bundled factor tables, storage status and notices.
import { createContext } from 'svelte';
import { openDatabase, type CarboneEviteDb, type ScenarioSummary, type TableRecord } from '../data/storage/db';
import { classifyStorageError, type StorageFailure } from '../data/storage/failures';
import { isSeeded, seedOnce } from '../data/storage/scenario-store';
import { summariseScenario } from '../data/storage/scenario-summary';
import { replacementsBetween, tableChecksum, type FactorTable, type Releases, type Scenario } from '../domain';
import { LiveQuery } from './live-query';
import { Router } from './router.svelte';

export type Persistence = 'granted' | 'not-granted' | 'unsupported' | 'unknown';

export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

/**
 * Why the app cannot use its storage at all: one of the storage failures; another tab upgraded it (after
 * this tab saved what it had, or failed to); or another tab, open on an older version, holds up our upgrade.
 */
export type AppFailure = StorageFailure | 'reload-needed' | 'reload-needed-unsaved' | 'blocked';

/** Saves what a screen still holds; true when everything is stored. */
type Flush = () => Promise<boolean>;

export class AppState {
  readonly router = new Router();
  #bundled = $state.raw<readonly FactorTable[]>([]);
  #imported = $state.raw<LiveQuery<TableRecord[]> | null>(null);
  #db = $state.raw<CarboneEviteDb | null>(null);
  failure = $state<AppFailure | null>(null);
  persistence = $state<Persistence>('unknown');
  notices = $state<Notice[]>([]);
  #noticeId = 0;
  // Not shown on screen, only called: no reactivity needed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #flushes = new Set<Flush>();

  readonly releases: Releases;

  constructor(releases: Releases) {
    this.releases = releases;
  }

  /** Tables shipped with the app: never deleted, never changed. */
  get bundledTables(): readonly FactorTable[] {
    return this.#bundled;
  }

  /** Tables the person imported, as stored. */
  get importedTables(): readonly TableRecord[] {
    return this.#imported?.current ?? [];
  }

  /** Every table at hand: bundled, then imported (one array, rebuilt only when either changes). */
  readonly tables: readonly FactorTable[] = $derived([...this.#bundled, ...(this.#imported?.current ?? []).map((r) => r.table)]);

  get db(): CarboneEviteDb | null {
    return this.#db;
  }

  /** Opens storage; on the very first visit stores the demo scenario and opens it. */
  async start(loadTables: () => Promise<readonly FactorTable[]>, loadDemo: () => Promise<Scenario>): Promise<void> {
    try {
      const blocked = () => (this.failure = 'blocked');
      const [db, tables] = await Promise.all([openDatabase(undefined, blocked), loadTables()]);
      if (this.failure === 'blocked') this.failure = null;
      this.#bundled = tables;
      db.on('versionchange', () => {
        // Another tab opened a newer version of the app: save what this tab still holds, then close so it
        // can upgrade (it waits until then), and say why, and whether anything was lost.
        void this.#flushAll().then((saved) => {
          db.close();
          this.failure = saved ? 'reload-needed' : 'reload-needed-unsaved';
        });
        return false;
      });
      // The demo is fetched only for a database that never had it; seedOnce checks again in its transaction.
      const demo = (await isSeeded(db)) ? null : await loadDemo();
      const seeded = demo && (await seedOnce(db, () => this.withPinnedChecksum(demo), this.summarise));
      this.#imported = new LiveQuery(() => db.factorTables.toArray(), []);
      this.#db = db;
      if (seeded && this.router.route.screen === 'list') this.router.go({ screen: 'scenario', id: seeded.id });
    } catch (error) {
      this.failure = classifyStorageError(error);
    }
    void this.requestPersistence();
  }

  /** Registers a screen's save, run before the database closes for another tab's upgrade; returns the unregistering. */
  keepSaved(flush: Flush): () => void {
    this.#flushes.add(flush);
    return () => this.#flushes.delete(flush);
  }

  async #flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.#flushes].map((flush) => flush().catch(() => false)));
    return results.every(Boolean);
  }

  async requestPersistence(): Promise<void> {
    const storage = navigator.storage;
    if (!storage?.persist || !storage.persisted) {
      this.persistence = 'unsupported';
      return;
    }
    try {
      this.persistence = (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'not-granted';
    } catch {
      this.persistence = 'not-granted';
    }
  }

  /** Versions of a table at hand, oldest first. */
  versionsOf(tableId: string): FactorTable[] {
    return this.tables.filter((t) => t.id === tableId).sort((a, b) => a.version.localeCompare(b.version, undefined, { numeric: true }));
  }

  /** Old factor id → new factor id, for factors that version `to` renamed from version `from`. */
  replacementsBetween(tableId: string, from: string, to: string): Record<string, string> {
    return replacementsBetween(this.releases, tableId, from, to);
  }

  /** A new scenario records the checksum of the table version it is pinned to. */
  withPinnedChecksum(scenario: Scenario): Scenario {
    const table = this.tableFor(scenario);
    return table && !scenario.factorTable.checksum ? { ...scenario, factorTable: { ...scenario.factorTable, checksum: tableChecksum(table) } } : scenario;
  }

  tableFor(scenario: Scenario): FactorTable | undefined {
    const { id, version } = scenario.factorTable;
    return this.tables.find((t) => t.id === id && t.version === version);
  }

  /** Totals kept with each stored scenario, for the list. */
  summarise = (scenario: Scenario): ScenarioSummary => summariseScenario(scenario, this.tables);

  notify(message: string, action?: Notice['action'], durationMs = 8000): void {
    const notice = { id: ++this.#noticeId, message, action };
    this.notices = [...this.notices, notice];
    setTimeout(() => this.dismiss(notice.id), durationMs);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}

export const [getApp, setApp] = createContext<AppState>();
