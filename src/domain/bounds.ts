// The largest numbers a file or a field may hold. Each is far above any real purchase (a region's whole
// energy use is ~1e10 kWh) and far below what the arithmetic can carry: a million lines of quantity × factor ×
// ratios stay near 1e33, where a double reaches 1e308 and JSON writes Infinity as null. Past these a figure
// would stop being a number, so the schemas refuse the value and say the bound.
export const MAX_QUANTITY = 1e12;
/** kg CO2e per unit: a whole building per "unit" is ~1e6. */
export const MAX_FACTOR_VALUE = 1e9;
export const MAX_LIFETIME_YEARS = 1000;
/** Alternative quantity per unit of baseline (0.3 kWh of electricity per kWh of gas…). */
export const MAX_QUANTITY_RATIO = 1e6;
/** € excluding VAT, per unit: purchase, yearly, maintenance, end of life (also as a credit, negative). */
export const MAX_COST_EUR = 1e12;
/** € per tonne of CO2e: the French trajectory stays below 1,000 €/t until 2050. */
export const MAX_CARBON_PRICE = 1e6;
/** Contract ids a line started from published contracts lists; past it, the line counts them without listing them. */
export const MAX_CONTRACT_IDS = 50;
