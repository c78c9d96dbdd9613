// Purchase categories: one id per category across tables, scenarios, UI and exports.
export const CATEGORY_IDS = ['it', 'travel', 'energy', 'heating', 'food', 'paper', 'furniture', 'construction', 'textiles', 'cleaning', 'other'] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];
