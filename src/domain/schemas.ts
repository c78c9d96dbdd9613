// The file formats, as zod schemas; the types used across the project are inferred from them.
import { MAX_CARBON_PRICE, MAX_CONTRACT_IDS, MAX_COST_EUR, MAX_FACTOR_VALUE, MAX_LIFETIME_YEARS, MAX_QUANTITY, MAX_QUANTITY_RATIO } from './bounds';
import * as z from 'zod/mini';
import { CATEGORY_IDS } from './categories';
import { parseFactorUnit, UNIT_IDS, type UnitId } from './units';

z.config(z.locales.en());

export const FACTOR_TABLE_FORMAT = 'carbone-evite/factor-table@1';
export const SCENARIO_FORMAT = 'carbone-evite/scenario@1';

export const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));
const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD'));

export const LocalizedTextSchema = z.object({ fr: nonEmpty(), en: nonEmpty() });

export const FactorUnitSchema = z.string().check(
  z.refine((u) => parseFactorUnit(u) !== null, {
    message: 'Unknown factor unit: expected kgCO2e/<unit> with a known unit (kg, kWh, km, pkm, unit, meal, kEUR…)',
  }),
);

/** Electricity: the grid's consumption mix, or a single production technology (wind, solar, nuclear…). */
export const SUPPLY_KINDS = ['grid-mix', 'production-technology'] as const;
export type SupplyKind = (typeof SUPPLY_KINDS)[number];

export const FactorBasisSchema = z.object({
  /** Fuels: per kWh of net (PCI) or gross (PCS) calorific value. */
  calorificValue: z.optional(z.enum(['net', 'gross'])),
  /** Monetary ratios: the year of the euros. */
  euroYear: z.optional(z.number().check(z.int(), z.gte(1990), z.lte(2100))),
  /** Flights: with or without the non-CO2 effects of contrails. */
  contrails: z.optional(z.boolean()),
});
export type FactorBasis = z.infer<typeof FactorBasisSchema>;

/** Where a value comes from: an average database, a supplier's own data, or a monetary ratio. */
export const DATA_KINDS = ['supplier-specific', 'average', 'spend-based'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** How much a finding weighs: an error keeps the line out of the headline total. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FactorSchema = z.object({
  id: nonEmpty(),
  category: z.enum(CATEGORY_IDS),
  label: LocalizedTextSchema,
  value: z.number().check(z.gte(0), z.lte(MAX_FACTOR_VALUE)),
  unit: FactorUnitSchema,
  /** Relative half-width of the published interval: 0.3 means ±30 %. */
  uncertainty: z.optional(z.number().check(z.gt(0), z.lte(4))),
  source: nonEmpty(),
  /** The identifier the source gives the value (Base Carbone element id, EPD number…). */
  sourceId: z.optional(nonEmpty()),
  year: z.number().check(z.int(), z.gte(1990), z.lte(2100)),
  /** Defaults to the table's licence. */
  licence: z.optional(nonEmpty()),
  validUntil: z.optional(isoDate()),
  /** What a buyer must know before using the value (scope, caveats). */
  note: z.optional(LocalizedTextSchema),
  /** Only scenario factors set this; a table's factors are average data or, per money unit, spend-based. */
  dataKind: z.optional(z.enum(DATA_KINDS)),
  // What the method rules (findings/) read; a table marks them so that no check guesses from a label.
  /** Electricity only: a consumption mix of the grid, or one production technology (rule 10). */
  supply: z.optional(z.enum(SUPPLY_KINDS)),
  /** The function the factor's unit delivers (e.g. `meal-served`, `passenger-transport`): rule 3 compares them. */
  function: z.optional(nonEmpty()),
  /** Factors of one study or edition series share a key, even across data years (rule 4). */
  series: z.optional(nonEmpty()),
  /** How the value is counted, where two factors can differ in basis (rule 4). */
  basis: z.optional(FactorBasisSchema),
  /** Set when the table holds this factor to be a worst case as a baseline: why (rule 2). */
  worstCase: z.optional(LocalizedTextSchema),
});
export type Factor = z.infer<typeof FactorSchema>;

/** A baseline and an alternative that a buyer can sensibly compare, with what to know about it. */
export const FactorPairSchema = z.object({
  baseline: nonEmpty(),
  alternative: nonEmpty(),
  note: z.optional(LocalizedTextSchema),
  /** What the method says of this pair whenever a line uses it (e.g. why recycled pulp shows no gain). */
  finding: z.optional(
    z.object({ rule: z.number().check(z.int(), z.gte(1), z.lte(10)), severity: z.enum(SEVERITIES), code: nonEmpty(), message: LocalizedTextSchema }),
  ),
});
export type FactorPair = z.infer<typeof FactorPairSchema>;

export const FactorTableSchema = z.object({
  format: z.literal(FACTOR_TABLE_FORMAT),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected lower-case letters, digits and hyphens')),
  version: nonEmpty(),
  title: LocalizedTextSchema,
  publishedOn: isoDate(),
  licence: nonEmpty(),
  sources: z.array(nonEmpty()).check(z.minLength(1)),
  factors: z.array(FactorSchema).check(z.minLength(1)),
  pairs: z.optional(z.array(FactorPairSchema)),
});
export type FactorTable = z.infer<typeof FactorTableSchema>;

export const REFERENCE_KINDS = ['previous-contract', 'market-average', 'regulatory-minimum', 'other'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const ReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  note: z.optional(z.string()),
  /** The note in each language, when a template gave both: read in the reader's language until the buyer rewrites it. */
  notes: z.optional(LocalizedTextSchema),
});

/** An uncertain assumption of the buyer: its plausible low and high values around the stated one. */
export const AssumptionRangeSchema = z
  .object({ low: z.number().check(z.gte(0), z.lte(MAX_QUANTITY)), high: z.number().check(z.gte(0), z.lte(MAX_QUANTITY)) })
  .check(z.refine((r) => r.low <= r.high, { message: 'low must not exceed high' }));
export type AssumptionRange = z.infer<typeof AssumptionRangeSchema>;

/** Whether a line is bought once, or a flow that recurs every year (its quantity is then per year). */
export const FLOWS = ['one-off', 'yearly'] as const;
export type Flow = (typeof FLOWS)[number];

const SideSchema = z.object({
  factor: nonEmpty(),
  lifetimeYears: z.optional(z.number().check(z.gt(0), z.lte(MAX_LIFETIME_YEARS))),
});

/** Costs of one unit of a side, € excluding VAT (see life-cycle-cost.ts). */
export const SideCostsSchema = z.object({
  purchase: z.optional(z.number().check(z.gte(0), z.lte(MAX_COST_EUR))),
  yearly: z.optional(z.number().check(z.gte(0), z.lte(MAX_COST_EUR))),
  maintenance: z.optional(z.number().check(z.gte(0), z.lte(MAX_COST_EUR))),
  endOfLife: z.optional(z.number().check(z.gte(-MAX_COST_EUR), z.lte(MAX_COST_EUR))),
});

export const LineSchema = z.object({
  id: nonEmpty(),
  label: z.optional(z.string()),
  /** The label in each language, when a template gave both: read in the reader's language until the buyer rewrites it (see textFor). */
  labels: z.optional(LocalizedTextSchema),
  category: z.optional(z.enum(CATEGORY_IDS)),
  quantity: z.number().check(z.gte(0), z.lte(MAX_QUANTITY)),
  unit: z.enum(UNIT_IDS as [UnitId, ...UnitId[]]),
  baseline: z.extend(SideSchema, {
    /** Why this baseline is what would credibly have been bought otherwise. */
    reference: z.optional(ReferenceSchema),
  }),
  alternative: z.extend(SideSchema, {
    /**
     * How much of the alternative (in its own unit) replaces one unit of the baseline, when it is not
     * one for one: e.g. 0.3 kWh of electricity for a heat pump per kWh of gas a boiler burnt. Default 1.
     */
    quantityRatio: z.optional(z.number().check(z.gt(0), z.lte(MAX_QUANTITY_RATIO))),
  }),
  share: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Whole-life costs per unit of each side, for the cost per tonne avoided. */
  costs: z.optional(z.object({ baseline: z.optional(SideCostsSchema), alternative: z.optional(SideCostsSchema) })),
  /** Unstated in files written before it existed: such a line is added as stated, as it always was. */
  flow: z.optional(z.enum(FLOWS)),
  /** The buyer's uncertain assumptions, drawn in the Monte Carlo beside the factors. */
  assumptions: z.optional(
    z.object({
      quantity: z.optional(AssumptionRangeSchema),
      share: z.optional(AssumptionRangeSchema.check(z.refine((r) => r.high <= 1, { message: 'a share is at most 1' }))),
      baselineLifetimeYears: z.optional(AssumptionRangeSchema),
      alternativeLifetimeYears: z.optional(AssumptionRangeSchema),
      quantityRatio: z.optional(AssumptionRangeSchema),
    }),
  ),
  /**
   * The published contracts (DECP) a line was started from: its CPV code (a contract's 8 digits, or the division
   * or group the line gathers), how many contracts, their amount (€ excl. VAT) and the first of their ids. Such a
   * line rests on a monetary ratio until the buyer states what was bought: `activity-data-needed` (rule 8) keeps
   * it out of the totals while either of its factors is spend-based.
   */
  fromContracts: z.optional(
    z.object({
      cpv: z.string().check(z.regex(/^\d{2,8}$/, 'Expected a CPV code, division or group: 2 to 8 digits')),
      contracts: z.number().check(z.int(), z.gte(1)),
      amountEur: z.number().check(z.gte(0), z.lte(MAX_QUANTITY)),
      /** Buyer SIRET and contract id of the contracts, at most MAX_CONTRACT_IDS of them. */
      ids: z.array(z.object({ buyer: z.string(), id: z.string() })).check(z.maxLength(MAX_CONTRACT_IDS)),
      /** Some of the amount is a framework agreement's ceiling, an estimated maximum rather than spend. */
      ceiling: z.optional(z.boolean()),
    }),
  ),
  /** Other baselines the buyer could defend (e.g. the beef meal beside the average meal): each shown apart, never in the total. */
  baselineVariants: z.optional(
    z.array(z.object({ factor: nonEmpty(), label: z.optional(z.string()), labels: z.optional(LocalizedTextSchema), reference: z.optional(ReferenceSchema) })),
  ),
});
export type Line = z.infer<typeof LineSchema>;

export const CustomFactorSchema = z.extend(FactorSchema, {
  dataKind: z._default(z.enum(DATA_KINDS), 'supplier-specific'),
});
export type CustomFactor = z.infer<typeof CustomFactorSchema>;

/** The French carbon-value trajectories in emission-factors/carbon-values.json (see carbon-value.ts). */
export const CARBON_VALUE_TRAJECTORY_IDS = ['quinet-2025', 'quinet-2019'] as const;

export const ScenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  name: nonEmpty(),
  /** The buyer the scenario belongs to, for consolidating many buyers' files. */
  organisation: z.optional(z.string()),
  /** The year of the purchases. */
  year: z.optional(z.number().check(z.int(), z.gte(2000), z.lte(2100))),
  /** The pinned table: id, version and the checksum of its content (tableChecksum). */
  factorTable: z.object({ id: nonEmpty(), version: nonEmpty(), checksum: z.optional(nonEmpty()) }),
  customFactors: z._default(z.array(CustomFactorSchema), []),
  /** How costs are compared: a discount rate, and the value given to a tonne avoided. */
  economics: z.optional(
    z.object({
      discountRate: z.optional(z.number().check(z.gte(0), z.lte(0.2))),
      carbonValue: z.optional(
        z.union([
          z.object({ trajectory: z.enum(CARBON_VALUE_TRAJECTORY_IDS), year: z.number().check(z.int(), z.gte(2000), z.lte(2100)) }),
          z.object({ price: z.number().check(z.gte(0), z.lte(MAX_CARBON_PRICE)) }),
        ]),
      ),
    }),
  ),
  /** Years the scenario covers (e.g. the contract's duration): yearly flows count this many times in the total. */
  periodYears: z.optional(z.number().check(z.gt(0), z.lte(100))),
  /** Uncertainties the buyer states for factors that publish none, as assumptions (rule 9). */
  assumedUncertainties: z.optional(z.array(z.object({ factor: nonEmpty(), uncertainty: z.number().check(z.gt(0), z.lte(4)), note: z.optional(z.string()) }))),
  lines: z.array(LineSchema),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
