// The demo the app opens on: common switches of a mid-sized local authority, built only from factors of the
// bundled table, including one honest disappointment (recycled pulp is not lower-carbon in Base Carbone).
import type { Language } from '../../i18n';
import { parseScenario, type Scenario, type ScenarioInput } from '../../domain';

type Text = Record<Language, string>;

interface DemoLine extends Omit<ScenarioInput['lines'][number], 'label'> {
  label: Text;
}

const NAME: Text = { fr: 'Achats durables d’une collectivité', en: 'Sustainable purchasing of a local authority' };

const LINES: DemoLine[] = [
  {
    id: 'canteen-vegetarian',
    label: { fr: 'Cantines : 1 repas sur 5 végétarien au lieu de bœuf', en: 'Canteens: 1 meal in 5 vegetarian instead of beef' },
    quantity: 36000,
    unit: 'meal',
    share: 0.2,
    baseline: { factor: 'meal-beef', reference: { kind: 'previous-contract' } },
    alternative: { factor: 'meal-vegetarian' },
  },
  {
    id: 'travel-train',
    label: { fr: 'Missions : train au lieu de l’avion (500–1 000 km)', en: 'Business trips: train instead of plane (500–1,000 km)' },
    quantity: 120000,
    unit: 'pkm',
    share: 0.75,
    baseline: { factor: 'plane-short-haul-500-1000km', reference: { kind: 'previous-contract' } },
    alternative: { factor: 'train-tgv-2022' },
  },
  {
    id: 'laptops-longer',
    label: { fr: 'Ordinateurs portables gardés 6 ans au lieu de 4', en: 'Laptops kept 6 years instead of 4' },
    quantity: 150,
    unit: 'unit',
    baseline: { factor: 'laptop-new', lifetimeYears: 4, reference: { kind: 'previous-contract' } },
    alternative: { factor: 'laptop-new', lifetimeYears: 6 },
  },
  {
    id: 'fleet-electric',
    label: { fr: 'Flotte : moitié des km en voiture électrique', en: 'Fleet: half the kilometres in electric cars' },
    quantity: 200000,
    unit: 'km',
    share: 0.5,
    baseline: { factor: 'car-diesel-2023', reference: { kind: 'previous-contract' } },
    alternative: { factor: 'car-bev-compact' },
  },
  {
    id: 'heating-pellets',
    label: { fr: 'Chaufferie d’école : granulés au lieu du fioul', en: 'School boiler: wood pellets instead of heating oil' },
    quantity: 150,
    unit: 'MWh',
    baseline: { factor: 'heating-oil-pci', reference: { kind: 'previous-contract' } },
    alternative: { factor: 'wood-pellets-pci' },
  },
  {
    id: 'chairs-wood',
    label: { fr: 'Chaises en bois au lieu de plastique', en: 'Wooden chairs instead of plastic ones' },
    quantity: 80,
    unit: 'unit',
    baseline: { factor: 'chair-plastic', reference: { kind: 'market-average' } },
    alternative: { factor: 'chair-wood' },
  },
  {
    id: 'paper-recycled',
    label: { fr: 'Papier : pâte recyclée au lieu de vierge', en: 'Paper: recycled instead of virgin pulp' },
    quantity: 2,
    unit: 't',
    baseline: { factor: 'pulp-virgin-t', reference: { kind: 'market-average' } },
    alternative: { factor: 'pulp-recycled-t' },
  },
];

export function demoScenario(language: Language): ScenarioInput {
  return {
    format: 'carbone-evite/scenario@1',
    name: NAME[language],
    factorTable: { id: 'ademe-selection', version: '2025.1' },
    lines: LINES.map((line) => ({ ...line, label: line.label[language] })),
  };
}

/** The demo, checked like any scenario before it is stored. */
export function checkedDemoScenario(language: Language): Scenario {
  const parsed = parseScenario(demoScenario(language));
  if (!parsed.ok) throw new Error(`The demo scenario is invalid: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}
