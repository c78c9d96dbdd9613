/** Text folded for searching: lower case, without accents or ligatures ("Bœuf" finds "boeuf"). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Capital ligatures become œ and æ only once lower-cased.
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
