// The ledger import without its screen: columns guessed from their names, a row that cannot be used
// listed with its line and value, lines handed over only on confirmation, the mapping remembered for
// the next file of the same layout, and a file that is not a ledger refused by name.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { LedgerImportState } from '../../src/ui/ledger/ledger-import.svelte';
import { testIndex } from '../helpers';
import { french, render, settle } from './state-helpers.svelte';

let db: CarboneEviteDb | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await db?.delete();
});

const LEDGER = [
  'Libellé;Quantité;Unité;Facteur;Alternative',
  'Cantine A;1 000;repas;meal-beef;meal-vegetarian',
  'Cantine B;beaucoup;repas;meal-beef;meal-vegetarian',
].join('\n');
const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

async function newLedger(): Promise<LedgerImportState> {
  db = await openDatabase(`ledger-state-${Date.now()}-${Math.random()}`);
  const factors = testIndex();
  const ledger = new LedgerImportState(db, () => factors);
  stop = render(() => ledger.result);
  return ledger;
}

describe('LedgerImportState', () => {
  it('guesses the columns, lists the row it cannot use, and adds lines only on confirmation', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('achats.csv', LEDGER));
    expect(ledger.fields).toEqual({ label: 'col:0', quantity: 'col:1', unit: 'col:2', baseline: 'col:3', alternative: 'col:4', share: '' });
    await settle(() => expect(ledger.result).not.toBeNull());
    // Row 2 of the file (the header is row 1) becomes 1000 meals; row 3 has no number.
    expect(ledger.result?.lines.map((l) => [l.label, l.quantity, l.unit, l.baseline.factor, l.alternative.factor])).toEqual([
      ['Cantine A', 1000, 'meal', 'meal-beef', 'meal-vegetarian'],
    ]);
    expect(ledger.result?.rejected).toEqual([{ row: 3, reason: 'quantity', value: 'beaucoup' }]);

    const lines = await ledger.confirm();
    expect(lines).toHaveLength(1);
    expect(ledger.file).toBeNull();
  });

  it('remembers the mapping for the next file of the same layout', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('janvier.csv', LEDGER));
    ledger.fields.label = '';
    await settle(() => expect(ledger.mapping?.label).toBeUndefined());
    expect(await ledger.confirm()).toHaveLength(1);

    // The guess would map the label again; the remembered mapping leaves it out.
    await ledger.choose(file('fevrier.csv', LEDGER));
    expect(ledger.fields.label).toBe('');
    expect(ledger.fields.quantity).toBe('col:1');
  });

  it('refuses a file with no data rows, naming it, and keeps nothing', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('vide.csv', 'Libellé;Quantité\n'));
    expect(ledger.file).toBeNull();
    expect(ledger.problem && french.t(ledger.problem.key, ledger.problem.params)).toBe('vide.csv n’a pas de ligne de données.');
    expect(await ledger.confirm()).toEqual([]);
  });
});
