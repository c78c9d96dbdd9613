// The method rules a single line can be checked against. Each check reads what the table marks (a factor's
// supply, function, series and basis, a pair's finding, a worst-case baseline), never a label.
import type { ResolvedFactor } from '../factor-index';
import type { FactorPair, Line } from '../schemas';
import type { Finding } from './finding';

export interface LineContext {
  readonly line: Line;
  readonly baseline: ResolvedFactor;
  readonly alternative: ResolvedFactor;
  /** The pair as the table lists it, if it does. */
  readonly pair: FactorPair | undefined;
}

const name = (f: ResolvedFactor, lang: 'fr' | 'en') => `${f.label[lang]} (${f.id})`;

/** Rule 10: a production technology put in place of the grid mix is a green-electricity contract in disguise. */
function greenElectricity({ baseline, alternative }: LineContext): Finding[] {
  if (baseline.supply !== 'grid-mix' || alternative.supply !== 'production-technology') return [];
  return [
    {
      rule: 10,
      code: 'green-electricity-contract',
      severity: 'error',
      message: {
        fr: `La consommation reste celle du réseau : remplacer le mix moyen par une technologie de production (${name(alternative, 'fr')}) revient à créditer un contrat d'électricité verte, ce que la méthode exclut. Ligne hors total.`,
        en: `The consumption is still the grid's: replacing the average mix by one production technology (${name(alternative, 'en')}) credits a green-electricity contract, which the method excludes. Line left out of the total.`,
      },
    },
  ];
}

/**
 * Rule 8: a line started from published contracts holds their amount and a monetary ratio, which give the
 * emissions at stake, not what a change of purchase avoids. It stays out of the totals until the buyer states
 * what was bought (quantities, activity factors) on both sides.
 */
function activityData({ line, baseline, alternative }: LineContext): Finding[] {
  if (!line.fromContracts || (baseline.dataKind !== 'spend-based' && alternative.dataKind !== 'spend-based')) return [];
  return [
    {
      rule: 8,
      code: 'activity-data-needed',
      severity: 'error',
      message: {
        fr: 'Ligne issue de marchés publiés : leur montant et un ratio monétaire donnent l’ordre de grandeur des émissions en jeu, pas des émissions évitées. Indiquez ce qui est acheté (quantités en kg, unités, kWh, repas…) et l’alternative, avec des facteurs d’activité, avant tout chiffre évité. Ligne hors total.',
        en: 'Line started from published contracts: their amount and a monetary ratio give the order of magnitude of the emissions at stake, not avoided emissions. State what is bought (quantities in kg, units, kWh, meals…) and the alternative, with activity factors, before any avoided figure. Line left out of the total.',
      },
    },
  ];
}

/** Rule 8: two monetary ratios cannot tell a sustainable product from a conventional one. */
function spendBased({ line, baseline, alternative }: LineContext): Finding[] {
  // A line from contracts says it with activity-data-needed, which asks for what the buyer can supply.
  if (line.fromContracts || baseline.dataKind !== 'spend-based' || alternative.dataKind !== 'spend-based') return [];
  return [
    {
      rule: 8,
      code: 'spend-based-comparison',
      severity: 'error',
      message: {
        fr: 'Deux ratios monétaires ne distinguent un produit durable d’un produit conventionnel que par leur prix : aucune comparaison d’émissions évitées ne peut en être tirée. Ligne hors total.',
        en: 'Two monetary ratios tell a sustainable product from a conventional one only by price: no avoided-emissions comparison can be built on them. Line left out of the total.',
      },
    },
  ];
}

/** Rule 2: the reference scenario is stated, and is not what the table holds to be a worst case. */
function reference({ line, baseline }: LineContext): Finding[] {
  const findings: Finding[] = [];
  if (!line.baseline.reference)
    findings.push({
      rule: 2,
      code: 'baseline-reason-missing',
      severity: 'info',
      message: {
        fr: 'Aucune raison n’est donnée pour la référence : dites ce qui aurait vraiment été acheté (marché précédent, moyenne du marché, minimum réglementaire).',
        en: 'No reason is given for the baseline: say what would really have been bought (previous contract, market average, regulatory minimum).',
      },
    });
  if (baseline.worstCase)
    findings.push({
      rule: 2,
      code: 'worst-case-baseline',
      severity: 'warning',
      message: {
        fr: `La référence ${name(baseline, 'fr')} est un cas défavorable, pas ce qui aurait été acheté en moyenne : ${baseline.worstCase.fr}`,
        en: `The baseline ${name(baseline, 'en')} is a worst case, not what would have been bought on average: ${baseline.worstCase.en}`,
      },
    });
  return findings;
}

/**
 * Rule 3: both sides deliver the same function. A pair the table lists is the table's word that they do,
 * even across categories (a heat pump's electricity for a boiler's gas, through the line's ratio r): its
 * note says what the comparison rests on.
 */
function sameFunction({ baseline, alternative, pair }: LineContext): Finding[] {
  if (baseline.id === alternative.id || pair) return [];
  const differentCategory = baseline.category !== alternative.category;
  const differentFunction = baseline.function !== undefined && alternative.function !== undefined && baseline.function !== alternative.function;
  if (!differentCategory && !differentFunction) return [];
  return [
    {
      rule: 3,
      code: 'different-function',
      severity: 'warning',
      message: {
        fr: `Les deux côtés ne rendent pas le même service : ${name(baseline, 'fr')} et ${name(alternative, 'fr')}${differentCategory ? ' sont de deux catégories différentes' : ' ne remplissent pas la même fonction et la table ne les associe pas'}.`,
        en: `The two sides do not deliver the same service: ${name(baseline, 'en')} and ${name(alternative, 'en')}${differentCategory ? ' are in different categories' : ' do not serve the same function and the table does not pair them'}.`,
      },
    },
  ];
}

function basisDifference(b: ResolvedFactor, a: ResolvedFactor): { fr: string; en: string } | null {
  const bb = b.basis ?? {};
  const ab = a.basis ?? {};
  if (bb.calorificValue && ab.calorificValue && bb.calorificValue !== ab.calorificValue)
    return {
      fr: `l’un est en PCI, l’autre en PCS`,
      en: `one is per net (PCI), the other per gross (PCS) calorific value`,
    };
  if (bb.euroYear && ab.euroYear && bb.euroYear !== ab.euroYear)
    return { fr: `euros ${bb.euroYear} contre euros ${ab.euroYear}`, en: `${bb.euroYear} euros against ${ab.euroYear} euros` };
  if (bb.contrails !== undefined && ab.contrails !== undefined && bb.contrails !== ab.contrails)
    return { fr: `l’un compte les traînées de condensation, l’autre non`, en: `one counts contrails, the other does not` };
  return null;
}

/** Rule 4: same boundary, database and version on both sides. */
function sameBasis({ baseline, alternative }: LineContext): Finding[] {
  if (baseline.id === alternative.id) return [];
  const both = (lang: 'fr' | 'en') =>
    `${name(baseline, lang)} — ${baseline.source}, ${baseline.year} / ${name(alternative, lang)} — ${alternative.source}, ${alternative.year}`;
  const basis = basisDifference(baseline, alternative);
  const sameSeries = baseline.series !== undefined && baseline.series === alternative.series;
  const differentOrigin = !sameSeries && (baseline.source !== alternative.source || baseline.year !== alternative.year);
  if (!basis && !differentOrigin) return [];
  return [
    {
      rule: 4,
      code: basis ? 'different-basis' : 'different-source',
      severity: 'warning',
      message: basis
        ? {
            fr: `Les deux facteurs ne sont pas comptés sur la même base (${basis.fr}) : ${both('fr')}.`,
            en: `The two factors are not counted on the same basis (${basis.en}): ${both('en')}.`,
          }
        : {
            fr: `Les deux facteurs viennent de sources, d’études ou d’années différentes ; leurs périmètres peuvent différer : ${both('fr')}.`,
            en: `The two factors come from different sources, studies or years; their boundaries may differ: ${both('en')}.`,
          },
    },
  ];
}

/** What the table says of the pair itself. */
function pairFinding({ pair }: LineContext): Finding[] {
  return pair?.finding ? [{ ...pair.finding }] : [];
}

const CHECKS = [greenElectricity, activityData, spendBased, reference, sameFunction, sameBasis, pairFinding];

export function checkLine(context: LineContext): Finding[] {
  return CHECKS.flatMap((check) => check(context));
}
