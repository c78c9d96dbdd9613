// The buyers' names an analyst loads from a `siret;name` list. Held in memory only, for this visit: keeping
// them in IndexedDB would mean a new store in the database schema and in the backups, not worth it for a
// list read again in a second.
import { readBuyerNames, type BuyerNameProblem } from '../../data/formats/decp/buyer-names';

export class BuyerNamesState {
  // Replaced whole when a list is loaded, never changed in place: a plain map in raw state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  names = $state.raw<ReadonlyMap<string, string>>(new Map());
  file = $state<string | null>(null);
  problems = $state.raw<readonly BuyerNameProblem[]>([]);

  async load(file: File): Promise<void> {
    const read = readBuyerNames(await file.text());
    this.names = read.names;
    this.problems = read.problems;
    this.file = file.name;
  }

  clear(): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, as above
    this.names = new Map();
    this.problems = [];
    this.file = null;
  }

  /** The name to show for a buyer: the analyst's list first, then the data's, else the SIRET itself. */
  nameOf(siret: string, fromData = ''): string {
    return this.names.get(siret) ?? (fromData || siret);
  }
}
