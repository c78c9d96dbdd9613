// Categories, from `Code de la catégorie` (read in the V23.6 export). Spend-based ratios all sit under
// "Ratios monétaires"; their element name (a NAF product division) says what was bought.
import type { CategoryId } from '../../../domain';
import { fold } from './cells';

const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, CategoryId]> = [
  [/^electricite\b/, 'energy'],
  // Fuels burnt in vehicles (road, air, water) are bought for travel; the other fuels for heat.
  [/^combustibles > .*> usage sources mobiles > usage (routier|aerien|maritime)/, 'travel'],
  [/^combustibles\b/, 'heating'],
  [/^reseaux de chaleur/, 'heating'],
  [/^transport de (personnes|marchandises)\b/, 'travel'],
  [/^achats de biens > produits agro-alimentaires/, 'food'],
  [/^achats de biens > produits de l'agriculture et de la peche/, 'food'],
  [/^achats de services > restauration\b/, 'food'],
  [/^achats de biens > machines et equipements > informatique/, 'it'],
  [/^achats de biens > papier, carton\b/, 'paper'],
  [/^achats de biens > autres produits manufactures > consommables de bureau/, 'paper'],
  [/^achats de biens > mobilier\b/, 'furniture'],
  [/^achats de biens > batiments, ouvrages d'art et voirie\b/, 'construction'],
  [/^achats de biens > produits mineraux non metalliques\b/, 'construction'],
  [/^achats de biens > minerais, granulats, tourbes > (granulats|pierres)/, 'construction'],
  [/^achats de biens > bois\b/, 'construction'],
  [/^achats de biens > vehicules automobiles/, 'travel'],
  [/^achats de biens > textile et habillement\b/, 'textiles'],
  // Fertilisers and crop-protection products are chemicals, but not what a buyer cleans with.
  [/^achats de biens > plastiques et produits chimiques > produits chimiques > engrais/, 'other'],
  [/^achats de biens > plastiques et produits chimiques > produits chimiques\b/, 'cleaning'],
];

const MONEY_RATIO_RULES: ReadonlyArray<readonly [RegExp, CategoryId]> = [
  [/informatique|electronique|programmation, conseil it|reparation d'ordinateurs/, 'it'],
  [/industries alimentaires|hebergement et de restauration|agriculture et de la chasse - |peche et de l'aquaculture/, 'food'],
  [/^meubles\b/, 'furniture'],
  [/^papier et carton\b|^travaux d'impression/, 'paper'],
  [/^produits chimiques\b/, 'cleaning'],
  [/textile|habillement/, 'textiles'],
  [/^constructions et travaux de construction|^autres produits mineraux non metalliques/, 'construction'],
  [/^transports (aeriens|terrestres|par eau)|^transport par eau/, 'travel'],
];

// An export's thousands of rows share a few hundred category codes: each is mapped once.
const CODES_KEPT = 10_000;
const categoryOfCode = new Map<string, CategoryId | 'by-name'>();

function mapCode(code: string): CategoryId | 'by-name' {
  if (/^achats de (biens|services) > ratios monetaires\b/.test(code)) return 'by-name';
  for (const [pattern, category] of CATEGORY_RULES) if (pattern.test(code)) return category;
  return 'other';
}

export function mapBaseCarboneCategory(categoryCode: string, baseName = ''): CategoryId {
  const code = fold(categoryCode);
  let category = categoryOfCode.get(code);
  if (category === undefined) {
    category = mapCode(code);
    if (categoryOfCode.size >= CODES_KEPT) categoryOfCode.clear();
    categoryOfCode.set(code, category);
  }
  if (category !== 'by-name') return category;
  const name = fold(baseName);
  for (const [pattern, byName] of MONEY_RATIO_RULES) if (pattern.test(name)) return byName;
  return 'other';
}
