// Environmental and social considerations (schema 2.0.x; NOTES §0 and §3.11): a list, so a contract can
// carry a clause and a criterion at once; "Pas de considération …" (or the tabular export's "Sans objet")
// is a value — none — while an absent or empty field says nothing: notStated, never "none".
import type { EnvironmentalClass, SocialClass } from './contract';
import { addDefect, foldSpelling, type RecordContext } from './fields';
import { textItems } from './lists';

type Item = 'clause' | 'criterion' | 'reserved' | 'none';

const ENVIRONMENTAL_WORDS: Readonly<Record<string, Item>> = {
  'clause environnementale': 'clause',
  'critere environnemental': 'criterion',
  'pas de consideration environnementale': 'none',
  'sans objet': 'none',
};

const SOCIAL_WORDS: Readonly<Record<string, Item>> = {
  'clause sociale': 'clause',
  'critere social': 'criterion',
  'marche reserve': 'reserved',
  'concession reservee': 'reserved',
  'pas de consideration sociale': 'none',
  'sans objet': 'none',
};

interface Considerations {
  readonly field: string;
  readonly item: string;
  readonly words: Readonly<Record<string, Item>>;
}

const ENVIRONMENTAL: Considerations = { field: 'considerationsEnvironnementales', item: 'considerationEnvironnementale', words: ENVIRONMENTAL_WORDS };
const SOCIAL: Considerations = { field: 'considerationsSociales', item: 'considerationSociale', words: SOCIAL_WORDS };

/**
 * The class of one considerations field. `stated` is false for the 2019 format, which has no such field:
 * there the absence is the format's, not a defect. A reserved contract is `reserved` whatever else it lists.
 */
function classify(ctx: RecordContext, c: Considerations, raw: unknown, stated: boolean): SocialClass {
  if (raw === undefined || raw === null) {
    if (stated) addDefect(ctx, c.field, 'missing', raw);
    return 'notStated';
  }
  const found = new Set<Item>();
  for (const text of textItems(raw, c.item)) {
    const item = c.words[foldSpelling(text)];
    if (item) found.add(item);
    else addDefect(ctx, c.field, 'consideration-unknown', text);
  }
  if (found.size === 0) {
    if (textItems(raw, c.item).length === 0) addDefect(ctx, c.field, 'empty-list', raw);
    return 'notStated';
  }
  if (found.has('none') && found.size > 1) addDefect(ctx, c.field, 'consideration-contradiction', raw);
  if (found.has('reserved')) return 'reserved';
  if (found.has('clause') && found.has('criterion')) return 'both';
  if (found.has('clause')) return 'clause';
  if (found.has('criterion')) return 'criterion';
  return 'none';
}

export function classifyEnvironmental(ctx: RecordContext, raw: unknown, stated: boolean): EnvironmentalClass {
  // The environmental words hold no `reserved`, so the class is always an environmental one.
  return classify(ctx, ENVIRONMENTAL, raw, stated) as EnvironmentalClass;
}

export function classifySocial(ctx: RecordContext, raw: unknown, stated: boolean): SocialClass {
  return classify(ctx, SOCIAL, raw, stated);
}
