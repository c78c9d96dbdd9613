// The ledger import without its screen: columns guessed from their names, a row that cannot be used
// listed with its line and value, lines handed over only on confirmation, the mapping remembered for
// the next file of the same layout, and a file that is not a ledger refused by name.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutSignature } from '../../src/data/formats/ledger-import';
import { openDatabase, type CarboneEviteDb } from '../../src/data/storage/db';
import { rememberLedgerLayout } from '../../src/data/storage/ledger-layouts';
import { LedgerImportState } from '../../src/ui/ledger/ledger-import.svelte';
import type { Line } from '../../src/domain';
import { testIndex } from '../helpers';
import { french, render, settle } from './state-helpers.svelte';

let db: CarboneEviteDb | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  added = [];
  await db?.delete();
});

const LEDGER = [
  'Libellé;Quantité;Unité;Facteur;Alternative',
  'Cantine A;1 000;repas;meal-beef;meal-vegetarian',
  'Cantine B;beaucoup;repas;meal-beef;meal-vegetarian',
].join('\n');
const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

/** The lines each confirmation handed over, as the editor would store them. */
let added: Line[][] = [];
const keep = async (lines: Line[]) => {
  added.push(lines);
  return null;
};

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

    expect(await ledger.confirm(keep)).toBe(1);
    expect(added.at(-1)?.map((l) => l.label)).toEqual(['Cantine A']);
    expect(ledger.file).toBeNull();
  });

  it('remembers the mapping for the next file of the same layout', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('janvier.csv', LEDGER));
    ledger.fields.label = '';
    await settle(() => expect(ledger.mapping?.label).toBeUndefined());
    expect(await ledger.confirm(keep)).toBe(1);

    // The guess would map the label again; the remembered mapping leaves it out.
    await ledger.choose(file('fevrier.csv', LEDGER));
    expect(ledger.fields.label).toBe('');
    expect(ledger.fields.quantity).toBe('col:1');
  });

  const SHARES = [
    'Libellé;Quantité;Unité;Facteur;Alternative;Part',
    'Cantine A;100;repas;meal-beef;meal-vegetarian;1',
    'Cantine B;100;repas;meal-beef;meal-vegetarian;40',
  ].join('\n');

  it('guesses the share scale from the whole column, says it is a guess, and keeps what the person says', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('parts.csv', SHARES));
    expect(ledger.fields.share).toBe('col:5');
    // 40 > 1: the column is taken as percents, so 1 is 1 %, not 100 %; only a guess until the person says.
    expect(ledger.shareScaleGuess).toBe('percent');
    expect(ledger.shareScaleSaid).toBeNull();
    await settle(() => expect(ledger.result?.lines.map((l) => l.share)).toEqual([0.01, 0.4]));

    // The person says fractions: 1 is all switched, 40 is out of 0 to 1 and rejected with its line.
    ledger.shareScaleSaid = 'fraction';
    await settle(() => expect(ledger.result?.lines.map((l) => l.share)).toEqual([1]));
    expect(ledger.result?.rejected).toEqual([{ row: 3, reason: 'share-fraction', value: '40' }]);
    expect(await ledger.confirm(keep)).toBe(1);

    // The same layout again: the scale said is remembered, no longer a guess.
    await ledger.choose(file('parts-2.csv', SHARES));
    expect(ledger.shareScaleSaid).toBe('fraction');
    expect(ledger.shareScale).toBe('fraction');
  });

  it('reads a layout remembered before the scale was asked, guessing the scale again', async () => {
    const ledger = await newLedger();
    const headers = ['Libellé', 'Quantité', 'Unité', 'Facteur', 'Alternative', 'Part'];
    // As an earlier version stored it: no shareScale.
    const old = { quantity: { column: 1 }, unit: { column: 2 }, baseline: { column: 3 }, alternative: { column: 4 }, share: { column: 5 } };
    await rememberLedgerLayout(db!, layoutSignature(headers), old);
    await ledger.choose(file('ancien.csv', SHARES));
    expect(ledger.fields.label).toBe('');
    expect(ledger.fields.share).toBe('col:5');
    expect(ledger.shareScaleSaid).toBeNull();
    expect(ledger.shareScale).toBe('percent');
  });

  it('with the disk full, keeps the preview and says why in place; nothing is remembered, and a second try adds the lines once', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('achats.csv', LEDGER));
    await settle(() => expect(ledger.result?.lines).toHaveLength(1));
    // The editor could not store the lines: the disk is full.
    expect(await ledger.confirm(async () => 'quota')).toBe(0);
    expect(ledger.storage.failure).toBe('quota');
    expect(ledger.file).not.toBeNull();
    expect(ledger.result?.lines).toHaveLength(1);
    expect(await db!.meta.count()).toBe(0);

    // Space freed: the same preview is confirmed, the lines handed over once, the layout remembered.
    expect(await ledger.confirm(keep)).toBe(1);
    expect(added).toHaveLength(1);
    expect(ledger.storage.failure).toBeNull();
    expect(ledger.file).toBeNull();
    expect(await db!.meta.count()).toBe(1);
  });

  it('ignores a remembered layout naming a column the layout does not have (a crafted backup), guessing again', async () => {
    const ledger = await newLedger();
    const headers = ['Libellé', 'Quantité', 'Unité', 'Facteur', 'Alternative'];
    const crafted = { quantity: { column: 40 }, unit: { column: 2 }, baseline: { column: 3 }, alternative: { column: 4 } };
    await db!.meta.put({ key: `ledger-layout:${layoutSignature(headers)}`, value: crafted });
    await ledger.choose(file('achats.csv', LEDGER));
    expect(ledger.fields.quantity).toBe('col:1');
  });

  it('refuses a file with no data rows, naming it, and keeps nothing', async () => {
    const ledger = await newLedger();
    await ledger.choose(file('vide.csv', 'Libellé;Quantité\n'));
    expect(ledger.file).toBeNull();
    expect(ledger.problem && french.t(ledger.problem.key, ledger.problem.params)).toBe('vide.csv n’a pas de ligne de données.');
    expect(await ledger.confirm(keep)).toBe(0);
  });

  it('reads a UTF-16 ledger (Excel’s “Unicode text”) with its headers intact, and refuses one whose quote never closes, naming the line', async () => {
    const ledger = await newLedger();
    const text = 'Libellé\tQuantité\r\nRepas végétarien\t1200\r\n';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    await ledger.choose(new File([utf16], 'unicode.txt'));
    expect(ledger.file?.headers).toEqual(['Libellé', 'Quantité']);
    expect(ledger.file?.rows).toEqual([['Repas végétarien', '1200']]);
    await ledger.choose(file('coupe.csv', 'Libellé;Quantité\nRepas;100\n"Chaises;30\nPapier;2\n'));
    expect(ledger.file).toBeNull();
    expect(ledger.problem && french.t(ledger.problem.key, ledger.problem.params)).toMatch(/^coupe\.csv : le guillemet ouvert ligne 3 n’est jamais refermé/);
  });
});
