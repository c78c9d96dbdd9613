// One contract counted once (NOTES §3.4): the same buyer SIRET and id, in two files or twice in one, is
// one contract; the version whose data speak of the latest date wins, and the merges are counted.
import type { DecpContract } from './contract';

export interface MergedContracts {
  readonly contracts: DecpContract[];
  /** Records that repeated a contract already read and were merged into it. */
  readonly duplicates: number;
}

/** Does `b` supersede `a`? The later version date; at equal dates more modifications; then the one read last. */
function supersedes(b: DecpContract, a: DecpContract): boolean {
  const da = a.versionDate ?? '';
  const db = b.versionDate ?? '';
  if (db !== da) return db > da;
  return b.modifications >= a.modifications;
}

/** Contracts in the order first met, each the latest version of its key. */
export function mergeContracts(contracts: Iterable<DecpContract>): MergedContracts {
  const byKey = new Map<string, DecpContract>();
  let duplicates = 0;
  for (const contract of contracts) {
    const known = byKey.get(contract.key);
    if (known === undefined) byKey.set(contract.key, contract);
    else {
      duplicates += 1;
      if (supersedes(contract, known)) byKey.set(contract.key, contract);
    }
  }
  return { contracts: [...byKey.values()], duplicates };
}
