// The French value of climate action (valeur de l'action pour le climat): what a tonne avoided is worth
// to society, to set beside costs. The values and where each was read are data, in
// emission-factors/carbon-values.json; none was read in the reports themselves (../shared/reference
// NOTES.md §3), which the file and the app say. The file is a few hundred bytes and every evaluation
// needs it, so it is imported here rather than fetched. As a JSON module (with its import attribute), so
// that Node runs the engine as the browser does: the command line and the end-to-end tests import it too.
import * as z from 'zod/mini';
import carbonValues from '../../emission-factors/carbon-values.json' with { type: 'json' };
import { CARBON_VALUE_TRAJECTORY_IDS, LocalizedTextSchema, nonEmpty } from './schemas';

const PointSchema = z.object({
  year: z.number().check(z.int()),
  /** €/tCO2e in the trajectory's price base. */
  value: z.number().check(z.gt(0)),
  /** Keys of `sources`: where the value was read. */
  readIn: z.array(nonEmpty()).check(z.minLength(1)),
  /** Null while nobody has read the value in the report: a page is never guessed. */
  pageInReport: z.nullable(nonEmpty()),
  /** Our own arithmetic showing the value agrees with the others: a check, not a source. */
  computedCheck: z.optional(nonEmpty()),
});

const TrajectorySchema = z.object({
  id: z.enum(CARBON_VALUE_TRAJECTORY_IDS),
  label: LocalizedTextSchema,
  report: nonEmpty(),
  url: z.optional(nonEmpty()),
  /** Euros of which year the values are expressed in. */
  priceBase: nonEmpty(),
  /** Published points, years strictly increasing; years between are interpolated geometrically. */
  points: z.array(PointSchema).check(
    z.minLength(2),
    z.refine((ps) => ps.every((p, i) => i === 0 || p.year > ps[i - 1]!.year), { message: 'years must increase' }),
  ),
  caveat: LocalizedTextSchema,
});

export const CarbonValuesSchema = z
  .object({
    format: z.literal('carbone-evite/carbon-values@1'),
    /** What the file holds, for whoever opens it. */
    about: z.optional(nonEmpty()),
    sources: z.record(nonEmpty(), LocalizedTextSchema),
    trajectories: z.array(TrajectorySchema),
  })
  .check(
    z.refine((f) => f.trajectories.every((t) => t.points.every((p) => p.readIn.every((s) => s in f.sources))), {
      message: 'every readIn names one of the sources',
    }),
  );
export type CarbonValues = z.infer<typeof CarbonValuesSchema>;
export type CarbonValueTrajectory = CarbonValues['trajectories'][number];

export const CARBON_VALUES: CarbonValues = CarbonValuesSchema.parse(carbonValues);
export const CARBON_VALUE_TRAJECTORIES: readonly CarbonValueTrajectory[] = CARBON_VALUES.trajectories;

/**
 * A trajectory's value for one year: a published point, the geometric interpolation between the two
 * points around it, or none outside the first and last points — the reports publish nothing there, and
 * holding the end value flat would be an extrapolation presented as a figure.
 */
export type CarbonValueAt =
  | { readonly status: 'published'; readonly value: number; readonly from: CarbonValuePoint; readonly to: CarbonValuePoint }
  | { readonly status: 'interpolated'; readonly value: number; readonly from: CarbonValuePoint; readonly to: CarbonValuePoint }
  | { readonly status: 'outside-range'; readonly value: null; readonly first: number; readonly last: number };
type CarbonValuePoint = CarbonValueTrajectory['points'][number];

export function carbonValue(trajectory: CarbonValueTrajectory, year: number): CarbonValueAt {
  const points = trajectory.points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (year < first.year || year > last.year) return { status: 'outside-range', value: null, first: first.year, last: last.year };
  const exact = points.find((p) => p.year === year);
  if (exact) return { status: 'published', value: exact.value, from: exact, to: exact };
  const i = points.findIndex((p) => p.year > year);
  const after = points[i]!;
  const before = points[i - 1]!;
  const value = before.value * (after.value / before.value) ** ((year - before.year) / (after.year - before.year));
  return { status: 'interpolated', value, from: before, to: after };
}
