// Purchase ledgers into scenario lines: columns chosen by the person, each bad row named with its reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guessShareScale,
  layoutSignature,
  ledgerShare,
  ledgerToLines,
  ledgerUnit,
  parseLedger,
  parseLedgerNumber,
  type LedgerFile,
} from '../../src/data/formats/ledger-import';
import { LedgerMappingSchema, type LedgerMapping } from '../../src/data/formats/ledger-mapping';
import { estimateScenario, parseScenario } from '../../src/domain';
import { scenarioOf, testIndex } from '../helpers';

const LEDGER = [
  'Date;Fournisseur;Libellé;Quantité;Unité;Facteur;Alternative;Part',
  '2026-01-10;Sodexo;Repas cantine janvier;1 200;repas;meal-beef;meal-vegetarian;25 %',
  '2026-02-10;Sodexo;Repas cantine février;1000,5;couverts;20687;20683;50',
  '2026-02-12;Dell;Portables;12;u;laptop-new;laptop-new;100',
  '2026-03-01;Sodexo;Repas mars;douze;repas;meal-beef;meal-vegetarian;20',
  '2026-03-02;Sodexo;Repas mars bis;10;boîtes;meal-beef;meal-vegetarian;20',
  '2026-03-03;Sodexo;Repas inconnus;10;repas;meal-unicorn;meal-vegetarian;20',
  '2026-03-04;Sodexo;Repas en kg;10;kg;meal-beef;meal-vegetarian;20',
  '2026-03-05;Sodexo;Part fausse;10;repas;meal-beef;meal-vegetarian;150 %',
  '',
].join('\r\n');

const mapping: LedgerMapping = {
  label: { column: 2 },
  quantity: { column: 3 },
  unit: { column: 4 },
  baseline: { column: 5 },
  alternative: { column: 6 },
  share: { column: 7 },
};

function parsed(): LedgerFile {
  const result = parseLedger('\uFEFF' + LEDGER);
  if (!result.ok) throw new Error(result.problem);
  return result.file;
}

describe('ledger import', () => {
  it('reads the layout, finds the separator, and signs the layout regardless of accents and case', () => {
    const file = parsed();
    expect(file.delimiter).toBe(';');
    expect(file.headers).toEqual(['Date', 'Fournisseur', 'Libellé', 'Quantité', 'Unité', 'Facteur', 'Alternative', 'Part']);
    expect(file.rows).toHaveLength(8);
    expect(layoutSignature(file.headers)).toBe(layoutSignature(['DATE', 'fournisseur', 'Libelle', 'Quantite', 'unité', 'facteur', 'alternative', 'part']));
  });

  it('turns good rows into lines and names every bad row with its reason (the share column guessed as percents: 100 > 1)', () => {
    const { lines, rejected } = ledgerToLines(parsed(), mapping, testIndex(), (row) => `ledger-${row}`);
    expect(lines.map((l) => [l.id, l.quantity, l.unit, l.baseline.factor, l.alternative.factor, l.share])).toEqual([
      ['ledger-2', 1200, 'meal', 'meal-beef', 'meal-vegetarian', 0.25],
      // Base Carbone identifiers are accepted for factors.
      ['ledger-3', 1000.5, 'meal', 'meal-beef', 'meal-vegetarian', 0.5],
      ['ledger-4', 12, 'unit', 'laptop-new', 'laptop-new', 1],
    ]);
    expect(rejected).toEqual([
      { row: 5, reason: 'quantity', value: 'douze' },
      { row: 6, reason: 'unit', value: 'boîtes' },
      { row: 7, reason: 'factor', value: 'meal-unicorn' },
      { row: 8, reason: 'unit-mismatch', value: 'kg / kgCO2e/meal' },
      { row: 9, reason: 'share-percent', value: '150 %' },
    ]);
  });

  it('refuses a quantity past the bound as a quantity, and gives lines the save will not check again', () => {
    const file: LedgerFile = {
      headers: ['Libellé', 'Quantité'],
      rows: [
        ['Repas', '1000000000000'],
        ['Trop', '1000000000001'],
        ['Rien', '0'],
      ],
      delimiter: ';',
    };
    const fixed: LedgerMapping = {
      label: { column: 0 },
      quantity: { column: 1 },
      unit: { fixed: 'meal' },
      baseline: { fixed: 'meal-beef' },
      alternative: { fixed: 'meal-vegetarian' },
    };
    const { lines, rejected } = ledgerToLines(file, fixed, testIndex(), (row) => `r${row}`);
    expect(lines).toEqual([
      { id: 'r2', label: 'Repas', quantity: 1e12, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
      { id: 'r4', label: 'Rien', quantity: 0, unit: 'meal', baseline: { factor: 'meal-beef' }, alternative: { factor: 'meal-vegetarian' } },
    ]);
    expect(rejected).toEqual([{ row: 3, reason: 'quantity', value: '1000000000001' }]);
    // The scenario holding them gives back these very objects: checked once, as they were made.
    const scenario = parseScenario(scenarioOf(lines));
    expect(scenario.ok && scenario.value.lines.every((line, i) => line === lines[i])).toBe(true);
  });

  it('fixed values stand for every row, and the lines estimate as typed in', () => {
    const fixed: LedgerMapping = {
      quantity: { column: 3 },
      unit: { fixed: 'meal' },
      baseline: { fixed: 'meal-beef' },
      alternative: { fixed: 'meal-vegetarian' },
    };
    const file: LedgerFile = {
      headers: ['a', 'b', 'c', 'q'],
      rows: [
        ['', '', '', '100'],
        ['', '', '', '50'],
      ],
      delimiter: ',',
    };
    const { lines } = ledgerToLines(file, fixed, testIndex(), (row) => `r${row}`);
    const estimate = estimateScenario(scenarioOf(lines), testIndex());
    if (!estimate.ok) throw new Error('estimate');
    // (100 + 50) × (6.29 − 0.51) = 867
    expect(estimate.value.totals.avoided).toBeCloseTo(867, 9);
  });

  it.each([
    ['1 234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    ['12', 12],
    ['abc', null],
    ['', null],
    ['1.2.3', null],
    ['0012.50', 12.5],
    ['1' + '0'.repeat(400), null],
  ])('reads the number %j as %s', (text, expected) => {
    expect(parseLedgerNumber(text)).toBe(expected);
  });

  it('reads plain digits as the general rule reads them', () => {
    // The rule as written before plain digits were read directly.
    const general = (text: string) => {
      let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
      if (!t) return null;
      if (t.includes(',') && !t.includes('.')) t = t.replace(',', '.');
      else t = t.replace(/,/g, '');
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
      const n = Number(t);
      return Number.isFinite(n) ? n : null;
    };
    const text = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', ' ', '-', '+', '\u00a0', 'e'), maxLength: 12 });
    fc.assert(fc.property(fc.oneof(text, fc.stringMatching(/^\d{1,400}(\.\d{0,5})?$/)), (t) => Object.is(parseLedgerNumber(t), general(t))));
  });

  it('reads units and shares as ledgers write them', () => {
    expect(ledgerUnit('Repas')).toBe('meal');
    expect(ledgerUnit('k€')).toBe('kEUR');
    expect(ledgerUnit('kWh')).toBe('kWh');
    expect(ledgerUnit('barils')).toBeNull();
    expect(ledgerShare('40 %', 'percent')).toBe(0.4);
    expect(ledgerShare('40', 'percent')).toBe(0.4);
    expect(ledgerShare('0,4', 'fraction')).toBe(0.4);
    // A % sign says percent even in a fraction column; a bare number is read in the column's scale.
    expect(ledgerShare('40 %', 'fraction')).toBe(0.4);
    expect(ledgerShare('1', 'fraction')).toBe(1);
    expect(ledgerShare('1', 'percent')).toBe(0.01);
    expect(ledgerShare('-5', 'percent')).toBeNull();
    expect(ledgerShare('abc', 'fraction')).toBeNull();
  });

  describe('share column, decided for the column and not per value', () => {
    const shares = (...values: string[]): LedgerFile => ({
      headers: ['Quantité', 'Part'],
      rows: values.map((v) => ['10', v]),
      delimiter: ';',
    });
    const meals = (scale?: 'fraction' | 'percent'): LedgerMapping => ({
      quantity: { column: 0 },
      unit: { fixed: 'meal' },
      baseline: { fixed: 'meal-beef' },
      alternative: { fixed: 'meal-vegetarian' },
      share: { column: 1 },
      shareScale: scale,
    });
    const read = (file: LedgerFile, mapping: LedgerMapping) => ledgerToLines(file, mapping, testIndex(), (row) => `r${row}`);

    it('rejects 1,5 in a fraction column, with its line and value, instead of reading 1.5 %', () => {
      const { lines, rejected } = read(shares('0,25', '1,5', '1'), meals('fraction'));
      // Rows 2 and 4 (the header is row 1): 0.25 and 1 as fractions.
      expect(lines.map((l) => [l.id, l.share])).toEqual([
        ['r2', 0.25],
        ['r4', 1],
      ]);
      expect(rejected).toEqual([{ row: 3, reason: 'share-fraction', value: '1,5' }]);
    });

    it('reads 1 in a percent column as 1 %, not 100 %, and rejects 150', () => {
      const { lines, rejected } = read(shares('1', '40', '100', '150'), meals('percent'));
      // 1 / 100 = 0.01; 40 / 100 = 0.4; 100 / 100 = 1; 150 / 100 = 1.5 > 1, rejected.
      expect(lines.map((l) => l.share)).toEqual([0.01, 0.4, 1]);
      expect(rejected).toEqual([{ row: 5, reason: 'share-percent', value: '150' }]);
      // The same file as fractions: only 1 fits, the three others are out of 0 to 1.
      expect(read(shares('1', '40', '100', '150'), meals('fraction')).rejected.map((r) => [r.row, r.value])).toEqual([
        [3, '40'],
        [4, '100'],
        [5, '150'],
      ]);
    });

    it('guesses the scale from all the values of the column', () => {
      expect(guessShareScale(shares('0,2', '0,5', '1'), 1)).toBe('fraction');
      // One value above 1, the last one, makes the whole column percents.
      expect(guessShareScale(shares('0,2', '0,5', '1', '2'), 1)).toBe('percent');
      expect(guessShareScale(shares('0,5 %'), 1)).toBe('percent');
      // Empty and unreadable cells say nothing.
      expect(guessShareScale(shares('', 'n/a', '0,3'), 1)).toBe('fraction');
      // A mapping without a scale (remembered before it was asked) reads the column in the guessed scale:
      // 1 and 20 → percent → 0.01 and 0.2.
      expect(read(shares('1', '20'), meals()).lines.map((l) => l.share)).toEqual([0.01, 0.2]);
    });

    it('a remembered mapping keeps its scale, and one stored without it still reads', () => {
      const stored = { quantity: { column: 0 }, unit: { fixed: 'meal' }, baseline: { column: 1 }, alternative: { column: 2 }, share: { column: 3 } };
      const old = LedgerMappingSchema.safeParse(stored);
      expect(old.success && old.data.shareScale).toBeUndefined();
      expect(old.success).toBe(true);
      const kept = LedgerMappingSchema.safeParse({ ...stored, shareScale: 'percent' });
      expect(kept.success && kept.data.shareScale).toBe('percent');
      expect(LedgerMappingSchema.safeParse({ ...stored, shareScale: 'ratio' }).success).toBe(false);
    });
  });

  it('refuses an empty file, a file without rows and one it cannot split', () => {
    expect(parseLedger('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseLedger('a;b;c\r\n')).toMatchObject({ ok: false, problem: 'no-rows' });
    expect(parseLedger('just one column\nvalue\n')).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('refuses a ledger whose quote opens and never closes, naming the line, rather than swallow the rows after it', () => {
    // Line 1 the header, line 2 a good row, line 3 opens a quote (after a blank line 2b that is skipped, the count is
    // of the file's lines: the quote is on line 4), lines 5 and 6 would have become part of one label.
    const text = 'Libellé;Quantité\r\nRepas;100\r\n\r\n"Ordinateurs;12\r\nChaises;30\r\nPapier;2\r\n';
    expect(parseLedger(text)).toMatchObject({ ok: false, problem: 'unterminated-quote', line: 4 });
    expect(parseLedger('Libellé;Quantité\r\n"Repas "bio";100\r\nChaises;30\r\n')).toMatchObject({ ok: false, problem: 'unterminated-quote', line: 2 });
  });
});
