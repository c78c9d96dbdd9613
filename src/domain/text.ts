// Folding text for comparison: the one place accents and ligatures are taken off, so that searching,
// matching column names and making file names agree ("Bœuf" finds "boeuf", "Quantité" matches "quantite").

/** Anything but printable ASCII, tabs and line breaks. */
const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/;

/** Accents off and ligatures spelt out, case kept: "Œuvre à thé" → "OEuvre a the". */
export function foldAccents(text: string): string {
  // Plain ASCII has no accent or ligature to take off, and decomposes to itself.
  if (!NOT_PLAIN_ASCII.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
}

/** Text folded for searching and matching names: lower case, without accents or ligatures. */
export function foldForSearch(text: string): string {
  return foldAccents(text).toLowerCase();
}
