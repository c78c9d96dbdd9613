// Ready-made workshop scenarios for common sustainable-purchasing measures. Every factor comes from the
// bundled table ademe-selection 2025.1 (Base Carbone® V23.6): no factor is invented here. Quantities,
// shares, lifetimes and ratios are the assumptions of a mid-sized French local authority or school
// district, written out in both languages so that a buyer can replace them with their own.
import type { Language } from '../../i18n';
import type { ReferenceKind, ScenarioInput } from '../../domain';

type Text = Record<Language, string>;
type LineInput = ScenarioInput['lines'][number];

export interface Template {
  readonly id: string; // kebab-case
  readonly title: Record<Language, string>;
  readonly summary: Record<Language, string>; // one or two sentences a buyer understands
  /** Every assumption: quantities, shares, lifetimes, ratios, why this baseline, what is not counted. */
  readonly assumptions: Record<Language, string[]>;
  /** When the official factors show no saving, say so: the template exists to tell that truth. */
  readonly noSaving?: Record<Language, string>;
  readonly scenario: (language: Language) => ScenarioInput; // pinned { id: 'ademe-selection', version: '2025.1' }, labels in that language
}

interface TemplateLine extends Omit<LineInput, 'label' | 'baseline'> {
  readonly label: Text;
  readonly baseline: Omit<LineInput['baseline'], 'reference'> & {
    readonly reference: { readonly kind: ReferenceKind; readonly note: Text };
  };
}

export const TEMPLATE_TABLE = { id: 'ademe-selection', version: '2025.1' } as const;

function scenarioOf(name: Text, lines: readonly TemplateLine[]): (language: Language) => ScenarioInput {
  return (language) => ({
    format: 'carbone-evite/scenario@1',
    name: name[language],
    factorTable: { ...TEMPLATE_TABLE },
    lines: lines.map((line) => ({
      ...line,
      label: line.label[language],
      baseline: { ...line.baseline, reference: { kind: line.baseline.reference.kind, note: line.baseline.reference.note[language] } },
      alternative: { ...line.alternative },
    })),
  });
}

interface TemplateSpec extends Omit<Template, 'scenario'> {
  readonly lines: readonly TemplateLine[];
}

const template = ({ lines, ...spec }: TemplateSpec): Template => ({ ...spec, scenario: scenarioOf(spec.title, lines) });

const SCREENING: Text = {
  fr: 'Estimation de potentiel (facteurs moyens de la Base Carbone®), à présenter à part du bilan GES, jamais déduite de celui-ci ni appelée compensation.',
  en: 'A screening estimate (average Base Carbone® factors), reported apart from the GHG inventory, never subtracted from it nor called an offset.',
};

export const TEMPLATES: readonly Template[] = [
  template({
    id: 'school-catering-vegetarian',
    title: { fr: 'Cantines scolaires : 2 repas végétariens sur 5', en: 'School canteens: 2 vegetarian meals in 5' },
    summary: {
      fr: 'Passer d’un à deux repas végétariens par semaine dans les cantines : le repas ajouté remplace un repas avec du bœuf.',
      en: 'Going from one to two vegetarian meals a week in school canteens: the added meal replaces a meal with beef.',
    },
    assumptions: {
      fr: [
        '144 000 repas par an : environ 1 000 élèves × 144 jours de cantine.',
        'Part basculée 0,2 : un repas sur 5 de plus devient végétarien. Le premier repas végétarien hebdomadaire, obligatoire depuis novembre 2019 (loi EGalim), figure déjà dans le contrat précédent et n’est pas compté.',
        'Référence : le repas remplacé est un « repas standard avec bœuf » (6,29 kgCO2e) ; le repas végétarien vaut 0,51 kgCO2e (même série ADEME 2014/2018, ±50 %).',
        'Si le repas remplacé était un repas moyen (2,04 kgCO2e) plutôt qu’un repas au bœuf, le gain par repas tombe de 5,78 à 1,53 kgCO2e : changez le facteur de référence si c’est votre cas.',
        'Non comptés : les quantités réellement servies, le gaspillage, les apports nutritionnels, les changements de prix.',
        SCREENING.fr,
      ],
      en: [
        '144,000 meals a year: about 1,000 pupils × 144 canteen days.',
        'Share switched 0.2: one more meal in 5 becomes vegetarian. The first weekly vegetarian meal, compulsory since November 2019 (EGalim law), is already in the previous contract and is not counted.',
        'Baseline: the meal replaced is a “standard meal with beef” (6.29 kgCO2e); the vegetarian meal is 0.51 kgCO2e (same ADEME 2014/2018 series, ±50 %).',
        'If the meal replaced was an average meal (2.04 kgCO2e) rather than a beef meal, the gain per meal drops from 5.78 to 1.53 kgCO2e: change the baseline factor if that is your case.',
        'Not counted: the quantities actually served, food waste, nutritional intake, price changes.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'canteen-vegetarian',
        label: { fr: 'Cantines : un 2e repas végétarien par semaine au lieu d’un repas au bœuf', en: 'Canteens: a 2nd weekly vegetarian meal instead of a beef meal' },
        quantity: 144000,
        unit: 'meal',
        share: 0.2,
        baseline: {
          factor: 'meal-beef',
          reference: {
            kind: 'previous-contract',
            note: { fr: 'Contrat précédent : 1 repas végétarien sur 5 (minimum EGalim), bœuf le jour basculé', en: 'Previous contract: 1 vegetarian meal in 5 (EGalim minimum), beef on the day switched' },
          },
        },
        alternative: { factor: 'meal-vegetarian' },
      },
    ],
  }),

  template({
    id: 'catering-less-beef',
    title: { fr: 'Restauration : moins de bœuf dans l’assiette', en: 'Catering: less beef on the plate' },
    summary: {
      fr: 'Les repas au bœuf restent au menu, mais la moitié passe d’une recette à dominante viande à une recette à dominante végétale (moins de viande, plus de légumes et de légumineuses).',
      en: 'Beef meals stay on the menu, but half of them move from a meat-dominant to a plant-dominant recipe (less meat, more vegetables and pulses).',
    },
    assumptions: {
      fr: [
        '24 000 repas au bœuf par an dans la restauration scolaire et le restaurant administratif.',
        'Part basculée 0,5 : la moitié de ces repas passe à une recette à dominante végétale.',
        'Référence : « repas à dominante animale avec bœuf » (7,26 kgCO2e) ; alternative : « repas à dominante végétale avec bœuf » (2,01 kgCO2e), même série ADEME, même unité (le repas servi), ±50 %.',
        'Approximation : les recettes réelles diffèrent des repas types de l’ADEME ; la teneur en protéines n’est pas vérifiée.',
        'Non comptés : le gaspillage, les quantités réellement servies, l’origine et le mode d’élevage de la viande.',
        SCREENING.fr,
      ],
      en: [
        '24,000 beef meals a year in school catering and the staff restaurant.',
        'Share switched 0.5: half of these meals move to a plant-dominant recipe.',
        'Baseline: “meat-dominant meal with beef” (7.26 kgCO2e); alternative: “plant-dominant meal with beef” (2.01 kgCO2e), same ADEME series, same unit (one meal served), ±50 %.',
        'Approximation: real recipes differ from ADEME’s typical meals; protein content is not checked.',
        'Not counted: food waste, the quantities actually served, the origin and farming method of the meat.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'beef-plant-dominant',
        label: { fr: 'Repas au bœuf : recette à dominante végétale', en: 'Beef meals: plant-dominant recipe' },
        quantity: 24000,
        unit: 'meal',
        share: 0.5,
        baseline: {
          factor: 'meal-meat-dominant-beef',
          reference: {
            kind: 'previous-contract',
            note: { fr: 'Recettes du marché précédent, à dominante viande', en: 'Recipes of the previous contract, meat-dominant' },
          },
        },
        alternative: { factor: 'meal-plant-dominant-beef' },
      },
    ],
  }),

  template({
    id: 'it-refurbished-devices',
    title: { fr: 'Ordinateurs portables et smartphones reconditionnés', en: 'Refurbished laptops and smartphones' },
    summary: {
      fr: 'Acheter reconditionné une partie des portables et smartphones : on compte seulement les appareils neufs qui n’ont pas à être fabriqués, parce que chaque appareil sert plus longtemps.',
      en: 'Buying part of the laptops and smartphones refurbished: only the new devices that need not be manufactured are counted, because each device serves longer.',
    },
    assumptions: {
      fr: [
        'La Base Carbone V23.6 n’a aucun facteur « appareil reconditionné » : aucun n’est inventé ici. Le reconditionnement est modélisé comme un allongement de la durée de vie totale de l’appareil neuf. Premières vies retenues d’après NégaOctet/Bureau Veritas (reconditionnement idéal après 3 ans pour un smartphone, 4 à 5 ans pour un PC) ; les secondes vies sont des hypothèses à adapter.',
        'Portables : 80 achats par an, dont la moitié (part 0,5) en reconditionné ; un portable neuf sert 5 ans (Lb), un reconditionné ajoute une seconde vie de 3 ans, soit 8 ans au total (La). Facteur : portable neuf, 156 kgCO2e (fabrication et distribution, ADEME 2018, ±50 %).',
        'Smartphones : 50 achats par an, dont 60 % (part 0,6) en reconditionné ; 3 ans de première vie (Lb), 2 ans de seconde vie, 5 ans au total (La). Facteur : smartphone de plus de 5,5 pouces neuf, 39,1 kgCO2e.',
        'Non compté : le reconditionnement lui-même (tests, pièces, batterie neuve, transport), faute de facteur ouvert. Le résultat est donc un majorant.',
        'Non comptés non plus : la consommation électrique en usage (exclue des facteurs), la fin de vie, l’effet rebond (un appareil reconditionné qui ne remplace pas réellement un neuf).',
        'Ne pas mélanger ces valeurs ADEME 2018 avec les valeurs ADEME/Arcep 2025 (périmètres différents).',
        SCREENING.fr,
      ],
      en: [
        'Base Carbone V23.6 has no “refurbished device” factor: none is invented here. Refurbishment is modelled as a longer total life of the new device. First lives follow NégaOctet/Bureau Veritas (refurbishment ideally after 3 years for a smartphone, 4–5 years for a PC); the second lives are assumptions to adapt.',
        'Laptops: 80 bought a year, half of them (share 0.5) refurbished; a new laptop serves 5 years (Lb), a refurbished one adds a 3-year second life, 8 years in all (La). Factor: new laptop, 156 kgCO2e (manufacture and distribution, ADEME 2018, ±50 %).',
        'Smartphones: 50 bought a year, 60 % of them (share 0.6) refurbished; a 3-year first life (Lb), a 2-year second life, 5 years in all (La). Factor: new smartphone larger than 5.5 inches, 39.1 kgCO2e.',
        'Not counted: the refurbishment itself (testing, parts, new battery, transport), for want of an open factor. The result is therefore an upper bound.',
        'Also not counted: electricity in use (excluded from the factors), end of life, rebound (a refurbished device that does not really replace a new one).',
        'Do not mix these ADEME 2018 values with the 2025 ADEME/Arcep values (different scopes).',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'laptops-refurbished',
        label: { fr: 'Portables : la moitié en reconditionné (5 → 8 ans de vie)', en: 'Laptops: half refurbished (5 → 8 years of life)' },
        quantity: 80,
        unit: 'unit',
        share: 0.5,
        baseline: {
          factor: 'laptop-new',
          lifetimeYears: 5,
          reference: { kind: 'previous-contract', note: { fr: 'Portables neufs renouvelés tous les 5 ans', en: 'New laptops replaced every 5 years' } },
        },
        alternative: { factor: 'laptop-new', lifetimeYears: 8 },
      },
      {
        id: 'smartphones-refurbished',
        label: { fr: 'Smartphones : 60 % en reconditionné (3 → 5 ans de vie)', en: 'Smartphones: 60 % refurbished (3 → 5 years of life)' },
        quantity: 50,
        unit: 'unit',
        share: 0.6,
        baseline: {
          factor: 'smartphone-over-5-5in-new',
          lifetimeYears: 3,
          reference: { kind: 'previous-contract', note: { fr: 'Smartphones neufs renouvelés tous les 3 ans', en: 'New smartphones replaced every 3 years' } },
        },
        alternative: { factor: 'smartphone-over-5-5in-new', lifetimeYears: 5 },
      },
    ],
  }),

  template({
    id: 'it-longer-lifetimes',
    title: { fr: 'Matériel informatique gardé 6 ans au lieu de 4', en: 'IT equipment kept 6 years instead of 4' },
    summary: {
      fr: 'Garder portables, unités centrales et écrans 6 ans au lieu de 4 : il faut acheter un tiers d’appareils neufs en moins pour le même service.',
      en: 'Keeping laptops, desktops and monitors 6 years instead of 4: a third fewer new devices are needed for the same service.',
    },
    assumptions: {
      fr: [
        'Achats annuels au rythme actuel (renouvellement tous les 4 ans) : 120 portables (parc de 480), 50 unités centrales (parc de 200), 100 écrans 23,8 pouces (parc de 400).',
        'Durées de vie : 4 ans (Lb) avant, 6 ans (La) après ; il faut 4/6 des achats pour le même nombre d’années de service.',
        'Facteurs : portable neuf 156, unité centrale neuve 169, écran 23,8 pouces neuf 248 kgCO2e par appareil (fabrication et distribution, ADEME 2018, ±50 %).',
        'Non comptés : la consommation électrique en usage (un appareil ancien peut consommer un peu plus), les réparations et pièces (batteries, disques) pour tenir 6 ans, la fin de vie.',
        SCREENING.fr,
      ],
      en: [
        'Yearly purchases at the current pace (replaced every 4 years): 120 laptops (fleet of 480), 50 desktops (fleet of 200), 100 23.8-inch monitors (fleet of 400).',
        'Lifetimes: 4 years (Lb) before, 6 years (La) after; 4/6 of the purchases deliver the same years of service.',
        'Factors: new laptop 156, new desktop 169, new 23.8-inch monitor 248 kgCO2e per device (manufacture and distribution, ADEME 2018, ±50 %).',
        'Not counted: electricity in use (an older device may use a little more), repairs and parts (batteries, disks) to last 6 years, end of life.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'laptops-6-years',
        label: { fr: 'Portables gardés 6 ans au lieu de 4', en: 'Laptops kept 6 years instead of 4' },
        quantity: 120,
        unit: 'unit',
        baseline: {
          factor: 'laptop-new',
          lifetimeYears: 4,
          reference: { kind: 'previous-contract', note: { fr: 'Renouvellement tous les 4 ans', en: 'Replaced every 4 years' } },
        },
        alternative: { factor: 'laptop-new', lifetimeYears: 6 },
      },
      {
        id: 'desktops-6-years',
        label: { fr: 'Unités centrales gardées 6 ans au lieu de 4', en: 'Desktops kept 6 years instead of 4' },
        quantity: 50,
        unit: 'unit',
        baseline: {
          factor: 'desktop-new',
          lifetimeYears: 4,
          reference: { kind: 'previous-contract', note: { fr: 'Renouvellement tous les 4 ans', en: 'Replaced every 4 years' } },
        },
        alternative: { factor: 'desktop-new', lifetimeYears: 6 },
      },
      {
        id: 'monitors-6-years',
        label: { fr: 'Écrans gardés 6 ans au lieu de 4', en: 'Monitors kept 6 years instead of 4' },
        quantity: 100,
        unit: 'unit',
        baseline: {
          factor: 'monitor-23-8in-new',
          lifetimeYears: 4,
          reference: { kind: 'previous-contract', note: { fr: 'Renouvellement tous les 4 ans', en: 'Replaced every 4 years' } },
        },
        alternative: { factor: 'monitor-23-8in-new', lifetimeYears: 6 },
      },
    ],
  }),

  template({
    id: 'fleet-electric-cars',
    title: { fr: 'Flotte : voitures électriques au lieu de diesel', en: 'Fleet: electric cars instead of diesel' },
    summary: {
      fr: 'La moitié des kilomètres de la flotte de service roulés en voiture électrique compacte plutôt qu’en diesel.',
      en: 'Half the kilometres of the service fleet driven in compact electric cars rather than diesel ones.',
    },
    assumptions: {
      fr: [
        '400 000 km par an : environ 40 véhicules de service × 10 000 km.',
        'Part basculée 0,5 : la moitié des km en électrique.',
        'Référence : voiture diesel 2023, 0,19 kgCO2e par véhicule-km (ADEME, fabrication comprise) ; alternative : voiture électrique compacte, 0,103 kgCO2e par véhicule-km (IFPEN 2020, fabrication du véhicule et de la batterie et électricité comprises).',
        'Approximation : les deux facteurs viennent d’études et d’années différentes (ADEME 2023 et IFPEN 2020) ; le résultat est indicatif (±60 à 70 %).',
        'Hypothèse : chaque voiture électrique remplace une diesel en fin de vie et parcourt les mêmes km. Un remplacement anticipé, les bornes de recharge et l’électricité d’origine particulière ne sont pas comptés.',
        SCREENING.fr,
      ],
      en: [
        '400,000 km a year: about 40 service vehicles × 10,000 km.',
        'Share switched 0.5: half the km electric.',
        'Baseline: diesel car 2023, 0.19 kgCO2e per vehicle-km (ADEME, manufacturing included); alternative: compact electric car, 0.103 kgCO2e per vehicle-km (IFPEN 2020, vehicle and battery manufacturing and electricity included).',
        'Approximation: the two factors come from different studies and years (ADEME 2023 and IFPEN 2020); the result is indicative (±60 to 70 %).',
        'Assumption: each electric car replaces a diesel one at the end of its life and covers the same km. Early replacement, charging points and any particular electricity origin are not counted.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'fleet-bev',
        label: { fr: 'Flotte : moitié des km en électrique', en: 'Fleet: half the km electric' },
        quantity: 400000,
        unit: 'km',
        share: 0.5,
        baseline: {
          factor: 'car-diesel-2023',
          reference: { kind: 'previous-contract', note: { fr: 'Flotte actuelle, diesel', en: 'Current fleet, diesel' } },
        },
        alternative: { factor: 'car-bev-compact' },
      },
    ],
  }),

  template({
    id: 'business-travel-train',
    title: { fr: 'Missions : le train plutôt que l’avion', en: 'Business trips: train rather than plane' },
    summary: {
      fr: 'Faire en TGV 80 % des déplacements professionnels de 500 à 1 000 km jusqu’ici faits en avion.',
      en: 'Making 80 % of the 500–1,000 km business trips so far flown by high-speed train (TGV).',
    },
    assumptions: {
      fr: [
        '280 000 passagers-km par an en avion : 200 allers-retours de 700 km (2 × 700 km × 200).',
        'Part basculée 0,8 : certains trajets restent sans alternative ferroviaire raisonnable.',
        'Référence : avion 101–220 sièges, vol de 500 à 1 000 km, 2023, traînées de condensation comprises, 0,225 kgCO2e par passager-km ; alternative : TGV 2022, 0,00293 kgCO2e par passager-km.',
        'Les distances diffèrent : le trajet en train est souvent plus long que le vol. Ratio r = 1,2 km de train par km d’avion, à remplacer par les distances réelles de vos trajets.',
        'Non comptés : les trajets d’accès (vers la gare ou l’aéroport), les nuitées évitées ou ajoutées.',
        SCREENING.fr,
      ],
      en: [
        '280,000 passenger-km a year by plane: 200 return trips of 700 km (2 × 700 km × 200).',
        'Share switched 0.8: some trips remain without a reasonable rail option.',
        'Baseline: plane, 101–220 seats, 500–1,000 km flight, 2023, contrails included, 0.225 kgCO2e per passenger-km; alternative: TGV 2022, 0.00293 kgCO2e per passenger-km.',
        'Distances differ: the train route is often longer than the flight. Ratio r = 1.2 km of train per km flown, to replace with the real distances of your trips.',
        'Not counted: access trips (to the station or airport), nights of accommodation avoided or added.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'plane-to-tgv',
        label: { fr: 'Missions de 500 à 1 000 km : TGV au lieu de l’avion', en: '500–1,000 km trips: TGV instead of plane' },
        quantity: 280000,
        unit: 'pkm',
        share: 0.8,
        baseline: {
          factor: 'plane-short-haul-500-1000km',
          reference: { kind: 'previous-contract', note: { fr: 'Déplacements de l’an dernier, en avion', en: 'Last year’s trips, by plane' } },
        },
        alternative: { factor: 'train-tgv-2022', quantityRatio: 1.2 },
      },
    ],
  }),

  template({
    id: 'furniture-reuse',
    title: { fr: 'Mobilier de bureau de réemploi', en: 'Reused office furniture' },
    summary: {
      fr: 'Couvrir la moitié des besoins en chaises, tables et armoires par du réemploi : on compte seulement le mobilier neuf qui n’a pas à être fabriqué.',
      en: 'Meeting half the needs for chairs, tables and wardrobes through reuse: only the new furniture that need not be manufactured is counted.',
    },
    assumptions: {
      fr: [
        'La Base Carbone V23.6 n’a aucun facteur « mobilier de réemploi » : aucun n’est inventé ici. Le réemploi est modélisé comme un allongement de la vie du mobilier, de 10 ans (Lb) à 15 ans (La).',
        'Achats annuels de mobilier neuf : 150 chaises, 60 tables, 20 armoires ; la moitié des besoins (part 0,5) est couverte par du réemploi.',
        'Facteurs (neufs, ADEME 2018) : chaise en bois rembourrée 24,8 kgCO2e, substitut d’un siège de bureau (la Base Carbone n’a pas de fauteuil de bureau) ; table représentative 60,1 kgCO2e, substitut d’un bureau ; armoire représentative 907 kgCO2e.',
        'Non comptés : la remise en état, le transport et le stockage du mobilier de réemploi. Le résultat est donc un majorant.',
        SCREENING.fr,
      ],
      en: [
        'Base Carbone V23.6 has no “reused furniture” factor: none is invented here. Reuse is modelled as a longer life of the furniture, from 10 years (Lb) to 15 years (La).',
        'Yearly purchases of new furniture: 150 chairs, 60 tables, 20 wardrobes; half the needs (share 0.5) are met through reuse.',
        'Factors (new, ADEME 2018): upholstered wooden chair 24.8 kgCO2e, a stand-in for an office chair (Base Carbone has no office swivel chair); representative table 60.1 kgCO2e, a stand-in for a desk; representative wardrobe 907 kgCO2e.',
        'Not counted: refurbishing, transporting and storing the reused furniture. The result is therefore an upper bound.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'chairs-reuse',
        label: { fr: 'Chaises : moitié de réemploi (10 → 15 ans)', en: 'Chairs: half reused (10 → 15 years)' },
        quantity: 150,
        unit: 'unit',
        share: 0.5,
        baseline: {
          factor: 'chair-wood-upholstered',
          lifetimeYears: 10,
          reference: { kind: 'previous-contract', note: { fr: 'Chaises neuves, renouvelées tous les 10 ans', en: 'New chairs, replaced every 10 years' } },
        },
        alternative: { factor: 'chair-wood-upholstered', lifetimeYears: 15 },
      },
      {
        id: 'tables-reuse',
        label: { fr: 'Tables et bureaux : moitié de réemploi (10 → 15 ans)', en: 'Tables and desks: half reused (10 → 15 years)' },
        quantity: 60,
        unit: 'unit',
        share: 0.5,
        baseline: {
          factor: 'table-representative',
          lifetimeYears: 10,
          reference: { kind: 'previous-contract', note: { fr: 'Tables neuves, renouvelées tous les 10 ans', en: 'New tables, replaced every 10 years' } },
        },
        alternative: { factor: 'table-representative', lifetimeYears: 15 },
      },
      {
        id: 'wardrobes-reuse',
        label: { fr: 'Armoires : moitié de réemploi (10 → 15 ans)', en: 'Wardrobes: half reused (10 → 15 years)' },
        quantity: 20,
        unit: 'unit',
        share: 0.5,
        baseline: {
          factor: 'wardrobe-representative',
          lifetimeYears: 10,
          reference: { kind: 'previous-contract', note: { fr: 'Armoires neuves, renouvelées tous les 10 ans', en: 'New wardrobes, replaced every 10 years' } },
        },
        alternative: { factor: 'wardrobe-representative', lifetimeYears: 15 },
      },
    ],
  }),

  template({
    id: 'construction-timber',
    title: { fr: 'Construction : bois et matériaux biosourcés plutôt que béton', en: 'Construction: timber and bio-based materials rather than concrete' },
    summary: {
      fr: 'Construire 800 m² de logements en éco-construction (bois, paille, pierre, terre) plutôt qu’en construction conventionnelle, comparés au m² construit.',
      en: 'Building 800 m² of housing with eco-construction (wood, straw, stone, earth) rather than conventional construction, compared per m² built.',
    },
    assumptions: {
      fr: [
        '800 m² SHON : par exemple 8 logements sociaux individuels de 100 m².',
        'Comparaison au m² de bâtiment, pas à la tonne : une tonne de bois ne remplace pas une tonne de béton, les facteurs par tonne (béton 88, bois de structure 36,7 kgCO2e/t) ne sont pas fonctionnellement équivalents.',
        'Référence : maison individuelle, 425 kgCO2e/m² SHON (HQE Performance 2014) ; alternative : maison en éco-construction (bois, paille, pierre, terre), 144 kgCO2e/m² SHON (projet Oasis 2015). Études différentes : résultat indicatif (±50 %).',
        'Approximation : ce sont des maisons ; pour une école ou des bureaux, la Base Carbone n’a pas d’équivalent biosourcé.',
        'Non comptés : l’énergie consommée en exploitation, le stockage de carbone biogénique (non crédité, comme dans la Base Carbone), la fin de vie.',
        SCREENING.fr,
      ],
      en: [
        '800 m² SHON (French net floor area): for instance 8 social-housing houses of 100 m².',
        'Compared per m² of building, not per tonne: a tonne of timber does not replace a tonne of concrete; the per-tonne factors (concrete 88, structural timber 36.7 kgCO2e/t) are not functionally equivalent.',
        'Baseline: detached house, 425 kgCO2e/m² SHON (HQE Performance 2014); alternative: eco-built house (wood, straw, stone, earth), 144 kgCO2e/m² SHON (Oasis project 2015). Different studies: indicative result (±50 %).',
        'Approximation: these are houses; for a school or offices, Base Carbone has no bio-based counterpart.',
        'Not counted: energy used in operation, biogenic carbon storage (not credited, as in Base Carbone), end of life.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'eco-built-housing',
        label: { fr: 'Logements : éco-construction au lieu de construction conventionnelle', en: 'Housing: eco-construction instead of conventional' },
        quantity: 800,
        unit: 'm2',
        baseline: {
          factor: 'house-detached-m2-shon',
          reference: { kind: 'market-average', note: { fr: 'Maison individuelle conventionnelle', en: 'Conventional detached house' } },
        },
        alternative: { factor: 'house-eco-built-m2-shon' },
      },
    ],
  }),

  template({
    id: 'heat-pump-instead-of-gas',
    title: { fr: 'Pompe à chaleur au lieu d’une chaudière gaz', en: 'Heat pump instead of a gas boiler' },
    summary: {
      fr: 'Chauffer un groupe scolaire avec une pompe à chaleur plutôt qu’avec sa chaudière au gaz : 0,3 kWh d’électricité remplace 1 kWh de gaz brûlé.',
      en: 'Heating a school group with a heat pump rather than its gas boiler: 0.3 kWh of electricity replaces 1 kWh of gas burnt.',
    },
    assumptions: {
      fr: [
        '400 MWh PCI de gaz brûlés par an. Les factures de gaz sont en PCS : divisez-les par 1,11 (rapport des facteurs PCS 0,215 et PCI 0,239 du tableau) ou utilisez le facteur PCS.',
        'Ratio r = rendement de la chaudière / COP saisonnier de la pompe à chaleur = 0,9 / 3 = 0,3 kWh d’électricité par kWh PCI de gaz : deux hypothèses à adapter à votre installation.',
        'Référence : gaz naturel 2022, 0,239 kgCO2e/kWh PCI (combustion et amont) ; alternative : électricité 2023, usage chauffage, méthode moyenne, 0,0645 kgCO2e/kWh.',
        'Variante : avec la méthode saisonnalisée (0,115 kgCO2e/kWh, plus élevée car le chauffage appelle l’électricité en hiver), l’électricité émet 13,8 t au lieu de 7,74 t et le gain tombe d’environ 87,9 à 81,8 t.',
        'Non comptés : la fabrication de la pompe à chaleur et les fuites de fluide frigorigène (pas de facteur dans le tableau), l’isolation du bâtiment.',
        SCREENING.fr,
      ],
      en: [
        '400 MWh NCV (PCI) of gas burnt a year. Gas bills are in GCV (PCS): divide them by 1.11 (the ratio of the table’s GCV 0.215 and NCV 0.239 factors) or use the GCV factor.',
        'Ratio r = boiler efficiency / seasonal COP of the heat pump = 0.9 / 3 = 0.3 kWh of electricity per kWh NCV of gas: two assumptions to adapt to your installation.',
        'Baseline: natural gas 2022, 0.239 kgCO2e/kWh NCV (combustion and upstream); alternative: electricity 2023, heating use, average method, 0.0645 kgCO2e/kWh.',
        'Variant: with the seasonal method (0.115 kgCO2e/kWh, higher because heating draws electricity in winter), electricity emits 13.8 t instead of 7.74 t and the gain drops from about 87.9 to 81.8 t.',
        'Not counted: manufacturing the heat pump and refrigerant leaks (no factor in the table), building insulation.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'heat-pump',
        label: { fr: 'Groupe scolaire : pompe à chaleur au lieu du gaz', en: 'School group: heat pump instead of gas' },
        quantity: 400,
        unit: 'MWh',
        baseline: {
          factor: 'natural-gas-2022-pci',
          reference: { kind: 'previous-contract', note: { fr: 'Chaudière gaz existante, rendement 0,9', en: 'Existing gas boiler, efficiency 0.9' } },
        },
        alternative: { factor: 'electricity-heating-2023-average', quantityRatio: 0.3 },
      },
    ],
  }),

  template({
    id: 'led-public-lighting',
    title: { fr: 'Éclairage public à LED', en: 'LED public lighting' },
    summary: {
      fr: 'Remplacer 60 % des luminaires d’éclairage public par des LED qui consomment moitié moins : on compte les kWh économisés.',
      en: 'Replacing 60 % of the public-lighting luminaires with LEDs that use half the electricity: the kWh saved are counted.',
    },
    assumptions: {
      fr: [
        '800 MWh par an d’éclairage public avant travaux, à remplacer par vos relevés.',
        'Part basculée 0,6 : 60 % des points lumineux passent à LED.',
        'Ratio r = 0,5 : un luminaire LED consomme la moitié de l’ancien. Hypothèse à remplacer par les données du fournisseur (puissances, gradation).',
        'La Base Carbone n’a aucun facteur propre aux LED : les deux côtés utilisent l’électricité 2023 pour l’éclairage public, méthode moyenne, 0,0587 kgCO2e/kWh ; seul le nombre de kWh change. Variante saisonnalisée : 0,0638.',
        'Non comptés : la fabrication des nouveaux luminaires, la fin de vie des anciens, la durée de vie plus longue des LED.',
        SCREENING.fr,
      ],
      en: [
        '800 MWh a year of public lighting before the works, to replace with your meter readings.',
        'Share switched 0.6: 60 % of the light points move to LED.',
        'Ratio r = 0.5: an LED luminaire uses half the electricity of the old one. An assumption to replace with the supplier’s data (power, dimming).',
        'Base Carbone has no LED-specific factor: both sides use electricity 2023 for public lighting, average method, 0.0587 kgCO2e/kWh; only the number of kWh changes. Seasonal variant: 0.0638.',
        'Not counted: manufacturing the new luminaires, disposal of the old ones, the longer life of LEDs.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'led-lighting',
        label: { fr: 'Éclairage public : 60 % des points lumineux à LED', en: 'Public lighting: 60 % of light points to LED' },
        quantity: 800,
        unit: 'MWh',
        share: 0.6,
        baseline: {
          factor: 'electricity-public-lighting-2023-average',
          reference: { kind: 'previous-contract', note: { fr: 'Parc existant (sodium, iodures)', en: 'Existing lamps (sodium, metal halide)' } },
        },
        alternative: { factor: 'electricity-public-lighting-2023-average', quantityRatio: 0.5 },
      },
    ],
  }),

  template({
    id: 'paper-recycled',
    title: { fr: 'Papier recyclé au lieu de papier vierge', en: 'Recycled paper instead of virgin paper' },
    summary: {
      fr: 'Passer tout le papier de bureau en papier recyclé. Avec les facteurs de la Base Carbone, les émissions de gaz à effet de serre augmentent légèrement.',
      en: 'Moving all office paper to recycled paper. With Base Carbone factors, greenhouse-gas emissions rise slightly.',
    },
    noSaving: {
      fr: 'Aucun gain de GES à attendre ici : dans la Base Carbone, la pâte recyclée (317 kgCO2e/t) émet plus que la pâte vierge (297 kgCO2e/t), car le CO2 biogénique est exclu et la pâte vierge est largement produite avec de l’énergie issue de la biomasse. Le papier recyclé reste un bon achat pour d’autres raisons — ressource forestière, eau, déchets — qui ne se mesurent pas en CO2e.',
      en: 'No GHG saving to expect here: in Base Carbone, recycled pulp (317 kgCO2e/t) emits more than virgin pulp (297 kgCO2e/t), because biogenic CO2 is excluded and virgin pulp is largely made with biomass energy. Recycled paper remains a good purchase for other reasons — forest resources, water, waste — that are not measured in CO2e.',
    },
    assumptions: {
      fr: [
        '12 t de papier par an, soit environ 4 800 ramettes A4 80 g/m² de 2,5 kg (500 feuilles × 0,21 × 0,297 m² × 80 g/m² ≈ 2,5 kg, calculé).',
        'Approximation : une tonne de pâte par tonne de papier ; les autres étapes (énergie de fabrication du papier, transport) sont supposées identiques des deux côtés et ne sont pas comptées.',
        'Référence : pâte à papier vierge moyenne, 297 kgCO2e/t ; alternative : pâte recyclée moyenne, 317 kgCO2e/t (FEDEREC/ADEME, ±20 %).',
        'Le résultat est une hausse : elle est affichée telle quelle, jamais ramenée à zéro.',
      ],
      en: [
        '12 t of paper a year, about 4,800 A4 80 g/m² reams of 2.5 kg (500 sheets × 0.21 × 0.297 m² × 80 g/m² ≈ 2.5 kg, computed).',
        'Approximation: one tonne of pulp per tonne of paper; the other stages (paper-making energy, transport) are assumed the same on both sides and are not counted.',
        'Baseline: average virgin paper pulp, 297 kgCO2e/t; alternative: average recycled pulp, 317 kgCO2e/t (FEDEREC/ADEME, ±20 %).',
        'The result is an increase: it is shown as such, never clipped to zero.',
      ],
    },
    lines: [
      {
        id: 'paper-recycled-pulp',
        label: { fr: 'Papier de bureau : pâte recyclée au lieu de vierge', en: 'Office paper: recycled instead of virgin pulp' },
        quantity: 12,
        unit: 't',
        baseline: {
          factor: 'pulp-virgin-t',
          reference: { kind: 'market-average', note: { fr: 'Papier de bureau courant, fibres vierges', en: 'Ordinary office paper, virgin fibre' } },
        },
        alternative: { factor: 'pulp-recycled-t' },
      },
    ],
  }),

  template({
    id: 'green-electricity-contract',
    title: { fr: 'Contrat d’électricité verte', en: 'Green-electricity contract' },
    summary: {
      fr: 'Souscrire une offre d’électricité « verte » (garanties d’origine) pour les bâtiments. Selon les règles françaises du bilan GES, cela n’évite aucune émission comptable.',
      en: 'Signing a “green” electricity offer (guarantees of origin) for the buildings. Under French GHG-inventory rules, it avoids no accountable emission.',
    },
    noSaving: {
      fr: 'Zéro émission évitée, et c’est la règle : la méthode réglementaire BEGES impose le facteur moyen du réseau français quel que soit le fournisseur ; une offre verte ne peut pas être comptée comme réduction, seulement citée parmi les actions. Ce qui réduit vraiment les émissions : consommer moins (voir l’éclairage à LED) ou produire soi-même (par exemple, panneaux photovoltaïques).',
      en: 'Zero avoided emissions, and that is the rule: the French regulatory BEGES method requires the average French grid factor whatever the supplier; a green offer cannot be counted as a reduction, only mentioned among the actions. What really cuts emissions: using less (see LED lighting) or producing one’s own (for instance solar panels).',
    },
    assumptions: {
      fr: [
        '2 500 MWh d’électricité par an pour les bâtiments de la collectivité.',
        'Les deux côtés utilisent l’électricité du réseau 2024, mix moyen consommation, 0,0519 kgCO2e/kWh (méthode « location-based » exigée en France).',
        'Les facteurs de production (éolien, photovoltaïque, nucléaire) du tableau décrivent une technologie, pas un contrat : ils ne doivent pas servir ici.',
      ],
      en: [
        '2,500 MWh of electricity a year for the authority’s buildings.',
        'Both sides use grid electricity 2024, average consumption mix, 0.0519 kgCO2e/kWh (the location-based method required in France).',
        'The table’s production factors (wind, solar, nuclear) describe a technology, not a contract: they must not be used here.',
      ],
    },
    lines: [
      {
        id: 'green-contract',
        label: { fr: 'Bâtiments : offre d’électricité verte', en: 'Buildings: green-electricity offer' },
        quantity: 2500,
        unit: 'MWh',
        baseline: {
          factor: 'electricity-grid-2024',
          reference: { kind: 'regulatory-minimum', note: { fr: 'Facteur moyen du réseau imposé par la méthode BEGES', en: 'Average grid factor required by the BEGES method' } },
        },
        alternative: { factor: 'electricity-grid-2024' },
      },
    ],
  }),

  template({
    id: 'heating-pellets-instead-of-oil',
    title: { fr: 'Granulés de bois au lieu du fioul', en: 'Wood pellets instead of heating oil' },
    summary: {
      fr: 'Remplacer la chaudière au fioul d’une école par une chaudière à granulés de bois.',
      en: 'Replacing a school’s oil-fired boiler with a wood-pellet boiler.',
    },
    assumptions: {
      fr: [
        '150 MWh PCI de combustible par an.',
        'Référence : fioul domestique, 0,325 kgCO2e/kWh PCI ; alternative : granulés de bois blancs français, 0,0113 kgCO2e/kWh PCI (CO2 biogénique exclu, convention Base Carbone).',
        'Approximation : les rendements des chaudières ne sont pas pris en compte (même quantité de kWh PCI des deux côtés). Si la chaudière à granulés a un rendement plus faible, indiquez un ratio r = rendement fioul / rendement granulés (par exemple 0,9 / 0,85).',
        'Non comptés : la fabrication de la chaudière et du silo, la livraison des granulés au-delà de ce qu’inclut le facteur, les polluants locaux (particules).',
        SCREENING.fr,
      ],
      en: [
        '150 MWh NCV of fuel a year.',
        'Baseline: heating oil, 0.325 kgCO2e/kWh NCV; alternative: French white wood pellets, 0.0113 kgCO2e/kWh NCV (biogenic CO2 excluded, Base Carbone convention).',
        'Approximation: boiler efficiencies are not included (the same kWh NCV on both sides). If the pellet boiler is less efficient, enter a ratio r = oil efficiency / pellet efficiency (for instance 0.9 / 0.85).',
        'Not counted: manufacturing the boiler and silo, pellet delivery beyond what the factor includes, local pollutants (particulates).',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'pellets',
        label: { fr: 'École : granulés au lieu du fioul', en: 'School: pellets instead of heating oil' },
        quantity: 150,
        unit: 'MWh',
        baseline: {
          factor: 'heating-oil-pci',
          reference: { kind: 'previous-contract', note: { fr: 'Chaudière au fioul existante', en: 'Existing oil-fired boiler' } },
        },
        alternative: { factor: 'wood-pellets-pci' },
      },
    ],
  }),

  template({
    id: 'school-trips-coach',
    title: { fr: 'Sorties scolaires en car plutôt qu’en voiture', en: 'School trips by coach rather than by car' },
    summary: {
      fr: 'Organiser en car les sorties scolaires et sportives jusqu’ici faites en voitures de parents ou d’agents.',
      en: 'Organising by coach the school and sports trips so far made in parents’ or staff cars.',
    },
    assumptions: {
      fr: [
        '30 000 passagers-km par an : par exemple 50 sorties × 20 élèves et accompagnateurs × 30 km aller-retour.',
        'Référence : voiture moyenne, usage mixte 2023, 0,16 kgCO2e par passager-km (taux d’occupation moyen) ; alternative : autocar diesel, 0,0376 kgCO2e par passager-km.',
        'Approximation : le car est supposé rempli comme la moyenne de la Base Carbone ; un car affrété à moitié vide émet davantage par passager. Les voitures transportant plusieurs enfants émettent moins par passager que la moyenne.',
        'Non comptés : les trajets à vide du car vers le point de départ.',
        SCREENING.fr,
      ],
      en: [
        '30,000 passenger-km a year: for instance 50 trips × 20 pupils and staff × 30 km return.',
        'Baseline: average car, mixed use 2023, 0.16 kgCO2e per passenger-km (average occupancy); alternative: diesel coach, 0.0376 kgCO2e per passenger-km.',
        'Approximation: the coach is assumed as full as Base Carbone’s average; a half-empty chartered coach emits more per passenger. Cars carrying several children emit less per passenger than the average.',
        'Not counted: the coach’s empty runs to the starting point.',
        SCREENING.en,
      ],
    },
    lines: [
      {
        id: 'coach',
        label: { fr: 'Sorties scolaires : car au lieu de voitures', en: 'School trips: coach instead of cars' },
        quantity: 30000,
        unit: 'pkm',
        baseline: {
          factor: 'car-average-pkm-2023',
          reference: { kind: 'previous-contract', note: { fr: 'Sorties faites en voitures particulières', en: 'Trips made in private cars' } },
        },
        alternative: { factor: 'coach-diesel' },
      },
    ],
  }),
];
