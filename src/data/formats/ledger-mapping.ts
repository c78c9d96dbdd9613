// The column mapping of a purchase ledger, apart from the CSV reader (papaparse): the backup's checks and
// the remembered layouts read it without loading the reader.
import * as z from 'zod/mini';
import { UNIT_IDS, type UnitId } from '../../domain';

/** Where a ledger value comes from: a column of the file, or one value for every row. */
export type ColumnOrValue<T> = { readonly column: number } | { readonly fixed: T };

export interface LedgerMapping {
  readonly label?: { readonly column: number };
  readonly quantity: { readonly column: number };
  readonly unit: ColumnOrValue<UnitId>;
  readonly baseline: ColumnOrValue<string>;
  readonly alternative: ColumnOrValue<string>;
  /** A fixed share is a fraction; a share column holds fractions or percents, as `shareScale` says. */
  readonly share?: ColumnOrValue<number>;
  /** How the share column is written; when not said (a mapping remembered before it was asked), guessed from the column. */
  readonly shareScale?: ShareScale;
}

/** A share column written as fractions (0 to 1) or as percents (0 to 100): said once for the column, never per value. */
export const SHARE_SCALES = ['fraction', 'percent'] as const;
export type ShareScale = (typeof SHARE_SCALES)[number];

const column = z.object({ column: z.number().check(z.int(), z.gte(0)) });
const columnOr = <T extends z.ZodMiniType>(fixed: T) => z.union([column, z.object({ fixed })]);

/** A mapping as remembered: checked when read back, since another version of the app may have written it. */
export const LedgerMappingSchema = z.object({
  label: z.optional(column),
  quantity: column,
  unit: columnOr(z.enum(UNIT_IDS)),
  baseline: columnOr(z.string()),
  alternative: columnOr(z.string()),
  share: z.optional(columnOr(z.number())),
  // Optional: mappings remembered before the question was asked read as before, the scale guessed again.
  shareScale: z.optional(z.enum(SHARE_SCALES)),
});
