// The French value of climate action (valeur de l'action pour le climat): what a tonne avoided is worth
// to society, to set beside costs. Figures as given in ../shared/reference (factors-candidates.csv,
// NOTES.md §3), with their caveats: the 2025 trajectory was read in secondary summaries of the France
// Stratégie report of 20 March 2025 and should be checked in the report itself.

export interface CarbonValueTrajectory {
  readonly id: 'quinet-2025' | 'quinet-2019';
  readonly label: { readonly fr: string; readonly en: string };
  /** Euros of which year the values are expressed in. */
  readonly priceBase: string;
  /** Published points, €/tCO2e; years between are interpolated geometrically. */
  readonly points: readonly { readonly year: number; readonly value: number }[];
  readonly source: string;
  readonly caveat: { readonly fr: string; readonly en: string };
}

export const CARBON_VALUE_TRAJECTORIES: readonly CarbonValueTrajectory[] = [
  {
    id: 'quinet-2025',
    label: { fr: 'Valeur de l’action pour le climat, rapport 2025', en: 'Value of climate action, 2025 report' },
    priceBase: '€2023',
    points: [
      { year: 2025, value: 256 },
      { year: 2030, value: 300 },
      { year: 2050, value: 563 },
    ],
    source: 'France Stratégie, « La valeur de l’action pour le climat : une référence pour évaluer et agir », 20 mars 2025',
    caveat: {
      fr: 'Valeurs lues dans des résumés (256 € en 2025, 300 € en 2030, 563 € en 2050, en euros 2023, soit +3,2 %/an) : à vérifier dans le rapport.',
      en: 'Values read in summaries (€256 in 2025, €300 in 2030, €563 in 2050, in 2023 euros, i.e. +3.2 %/yr): to be checked in the report.',
    },
  },
  {
    id: 'quinet-2019',
    label: { fr: 'Valeur de l’action pour le climat, rapport 2019', en: 'Value of climate action, 2019 report' },
    priceBase: '€2018 (cited as such, not confirmed)',
    points: [
      { year: 2018, value: 54 },
      { year: 2030, value: 250 },
      { year: 2040, value: 500 },
      { year: 2050, value: 775 },
    ],
    source: 'France Stratégie, « La valeur de l’action pour le climat » (commission Quinet), février 2019',
    caveat: {
      fr: 'Valeurs lues dans des résumés de presse ; remplacées par la trajectoire 2025.',
      en: 'Values read in press summaries; superseded by the 2025 trajectory.',
    },
  },
];

/**
 * €/tCO2e for `year`: a published point, or the geometric interpolation between the two around it;
 * before the first point, the first; after the last, the last (no extrapolation).
 */
export function carbonValue(trajectory: CarbonValueTrajectory, year: number): number {
  const points = trajectory.points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (year <= first.year) return first.value;
  if (year >= last.year) return last.value;
  const i = points.findIndex((p) => p.year >= year);
  const after = points[i]!;
  const before = points[i - 1]!;
  if (after.year === year) return after.value;
  return before.value * (after.value / before.value) ** ((year - before.year) / (after.year - before.year));
}
