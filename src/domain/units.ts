// Units the engine understands. A quantity is only ever converted within one dimension;
// each unit's `toBase` is the number of base units (first unit listed) in one of it.

export const DIMENSIONS = {
  mass: ['kg', 'g', 't'],
  energy: ['kWh', 'MWh', 'GJ'],
  distance: ['km'],
  'passenger-distance': ['pkm'],
  freight: ['tkm'],
  volume: ['L', 'm3'],
  area: ['m2'],
  money: ['EUR', 'kEUR'],
  count: ['unit'],
  meal: ['meal'],
} as const;

export type Dimension = keyof typeof DIMENSIONS;
export type UnitId = (typeof DIMENSIONS)[Dimension][number];

interface UnitInfo {
  readonly dimension: Dimension;
  readonly toBase: number;
}

// 1 GJ = 1e9 J / 3.6e6 J per kWh = 277.77… kWh (exact ratio kept as a fraction).
const UNITS: Record<UnitId, UnitInfo> = {
  kg: { dimension: 'mass', toBase: 1 },
  g: { dimension: 'mass', toBase: 1e-3 },
  t: { dimension: 'mass', toBase: 1e3 },
  kWh: { dimension: 'energy', toBase: 1 },
  MWh: { dimension: 'energy', toBase: 1e3 },
  GJ: { dimension: 'energy', toBase: 1e9 / 3.6e6 },
  km: { dimension: 'distance', toBase: 1 },
  pkm: { dimension: 'passenger-distance', toBase: 1 },
  tkm: { dimension: 'freight', toBase: 1 },
  L: { dimension: 'volume', toBase: 1 },
  m3: { dimension: 'volume', toBase: 1e3 },
  m2: { dimension: 'area', toBase: 1 },
  EUR: { dimension: 'money', toBase: 1 },
  kEUR: { dimension: 'money', toBase: 1e3 },
  unit: { dimension: 'count', toBase: 1 },
  meal: { dimension: 'meal', toBase: 1 },
};

export const UNIT_IDS = Object.keys(UNITS) as UnitId[];

export function isUnitId(value: string): value is UnitId {
  return Object.hasOwn(UNITS, value);
}

export function dimensionOf(unit: UnitId): Dimension {
  return UNITS[unit].dimension;
}

/** Units a quantity may be entered in to meet a factor expressed per `unit`. */
export function compatibleUnits(unit: UnitId): UnitId[] {
  return [...DIMENSIONS[dimensionOf(unit)]];
}

/**
 * How many `to` are in one `from`, or null when the two measure different things.
 * Multiplying a quantity in `from` by it gives the quantity in `to`.
 */
export function conversionMultiplier(from: UnitId, to: UnitId): number | null {
  const a = UNITS[from];
  const b = UNITS[to];
  if (a.dimension !== b.dimension) return null;
  return from === to ? 1 : a.toBase / b.toBase;
}

/** Factor units are written `kgCO2e/<unit>`; the numerator is always kgCO2e. */
export const FACTOR_UNIT_PREFIX = 'kgCO2e/';

export function parseFactorUnit(factorUnit: string): UnitId | null {
  if (!factorUnit.startsWith(FACTOR_UNIT_PREFIX)) return null;
  const per = factorUnit.slice(FACTOR_UNIT_PREFIX.length);
  return isUnitId(per) ? per : null;
}
