// Units: the export's `Unité français` to one of the engine's units. What the unit text says beyond
// the engine unit (PCI/PCS, net or live weight, the euro year) goes into the labels.
import type { UnitId } from '../../../domain';

export interface UnitMatch {
  unit: UnitId;
  qualifier?: { fr: string; en: string };
}

const PLAIN_UNITS: Record<string, UnitMatch> = {
  unité: { unit: 'unit' },
  appareil: { unit: 'unit', qualifier: { fr: 'appareil', en: 'device' } },
  repas: { unit: 'meal' },
  kg: { unit: 'kg' },
  'kg de poids net': { unit: 'kg', qualifier: { fr: 'kg de poids net', en: 'kg net weight' } },
  'kg de poids vif': { unit: 'kg', qualifier: { fr: 'kg de poids vif', en: 'kg live weight' } },
  kgh2: { unit: 'kg', qualifier: { fr: "kg d'hydrogène (H2)", en: 'kg of hydrogen (H2)' } },
  tonne: { unit: 't' },
  t: { unit: 't' },
  'tonne de déchets': { unit: 't', qualifier: { fr: 'tonne de déchets', en: 'tonne of waste' } },
  'tonne produites': { unit: 't', qualifier: { fr: 'tonne produite', en: 'tonne produced' } },
  't.km': { unit: 'tkm' },
  'tonne.km': { unit: 'tkm' },
  'passager.km': { unit: 'pkm' },
  km: { unit: 'km' },
  litre: { unit: 'L' },
  m3: { unit: 'm3' },
  'm³': { unit: 'm3' },
  'm²': { unit: 'm2' },
  m2: { unit: 'm2' },
  'm² shon': { unit: 'm2', qualifier: { fr: 'm² SHON', en: 'm² gross floor area (SHON)' } },
  'm2 shon': { unit: 'm2', qualifier: { fr: 'm² SHON', en: 'm² gross floor area (SHON)' } },
};

const HEATING_VALUE = { pci: { fr: 'PCI', en: 'LHV (PCI)' }, pcs: { fr: 'PCS', en: 'HHV (PCS)' } } as const;
const ENERGY_UNITS: Record<string, UnitId> = { kwh: 'kWh', mwh: 'MWh', gj: 'GJ' };
const ENERGY_UNIT_LABELS: Record<string, string> = { kwh: 'kWh', mwh: 'MWh', gj: 'GJ' };

// An export's thousands of rows share a few dozen unit texts: each is mapped once.
const UNITS_KEPT = 10_000;
const unitOfText = new Map<string, UnitMatch | null>();

export function mapBaseCarboneUnit(unitText: string): UnitMatch | null {
  let unit = unitOfText.get(unitText);
  if (unit === undefined) {
    unit = mapUnitText(unitText);
    if (unitOfText.size >= UNITS_KEPT) unitOfText.clear();
    unitOfText.set(unitText, unit);
  }
  return unit;
}

function mapUnitText(unitText: string): UnitMatch | null {
  const text = unitText.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!text.startsWith('kgco2e/')) return null;
  const per = text.slice('kgco2e/'.length).trim();
  const plain = PLAIN_UNITS[per];
  if (plain) return plain;
  // kWh, kWh PCI, KWh PCI, kWhPCI, kWh (PCI), kWh PCS, GJ PCI, MWh…
  const energy = /^(kwh|mwh|gj) ?\(?(pci|pcs)?\)?$/.exec(per);
  if (energy) {
    const unit = ENERGY_UNITS[energy[1] as string] as UnitId;
    const basis = energy[2] as 'pci' | 'pcs' | undefined;
    if (!basis) return { unit };
    const label = ENERGY_UNIT_LABELS[energy[1] as string] as string;
    return { unit, qualifier: { fr: `${label} ${HEATING_VALUE[basis].fr}`, en: `${label} ${HEATING_VALUE[basis].en}` } };
  }
  // Spend-based ratios, priced in euros of a given year, excluding VAT.
  const money = /^keuro \((\d{4})\) ht$/.exec(per);
  if (money) return { unit: 'kEUR', qualifier: { fr: `k€ HT ${money[1]}`, en: `k€ HT ${money[1]} (excl. VAT)` } };
  return null;
}
