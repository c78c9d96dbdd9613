// The workbook's cells: every number a number (12 significant digits, the bounds of an interval 3), every text
// safe from formula injection.
import type { Cell } from 'write-excel-file/universal';
import { neutraliseFormula, roundForExport, roundInterval } from './csv-writer';

export const text = (value: string | undefined | null): Cell => (value ? { value: neutraliseFormula(value), type: String } : null);
export const num = (value: number | null | undefined, format?: string): Cell =>
  value === null || value === undefined || !Number.isFinite(value) ? null : { value: roundForExport(value), type: Number, ...(format ? { format } : {}) };
export const head = (labels: string[]): Cell[] => labels.map((l) => ({ value: l, type: String, fontWeight: 'bold' as const }));
/** A bound of a 95 % interval: 3 significant figures, as in the CSVs (see roundInterval). */
export const bound = (value: number | null | undefined): Cell => num(roundInterval(value), '#,##0.00');
