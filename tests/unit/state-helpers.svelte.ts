// What the screens' state classes get from the app, for tests: the database's imported tables read live,
// the notices said, the French words; and a stand-in for a mounted component.
import { flushSync } from 'svelte';
import { vi } from 'vitest';
import type { CarboneEviteDb, TableRecord } from '../../src/data/storage/db';
import type { FactorTable } from '../../src/domain';
import { translate, type MessageKey } from '../../src/i18n';
import { LiveQuery } from '../../src/state/live-query';

/** The French words, as a state class gets them from the app's LocaleState. */
export const french = { t: (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params) };

/** The part of the app a screen uses: its tables (the imported ones read live, as the app does) and notices. */
export class TestApp {
  readonly notices: string[] = [];
  readonly bundledTables: readonly FactorTable[];
  readonly #imported: LiveQuery<TableRecord[]>;

  constructor(db: CarboneEviteDb, bundledTables: readonly FactorTable[] = []) {
    this.bundledTables = bundledTables;
    this.#imported = new LiveQuery(() => db.factorTables.toArray(), []);
  }

  get importedTables(): readonly TableRecord[] {
    return this.#imported.current;
  }

  get tables(): readonly FactorTable[] {
    return [...this.bundledTables, ...this.importedTables.map((r) => r.table)];
  }

  notify(message: string): void {
    this.notices.push(message);
  }
}

/** Reads what a screen shows inside an effect, as a mounted component does, so live queries stay subscribed. */
export function render(read: () => unknown): () => void {
  return $effect.root(() => {
    $effect(() => {
      read();
    });
  });
}

/** Waits until a storage commit has reached the state: Svelte's effects are flushed on each try. */
export function settle(expectation: () => void): Promise<void> {
  return vi.waitFor(() => {
    flushSync();
    expectation();
  });
}
