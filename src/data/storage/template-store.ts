// Templates the person imported (a regional network's practice sheets), kept in the `meta` store under
// `template:<id>`: they travel in backups and need no new schema version.
import { parseTemplate, type Template } from '../../domain/template';
import type { CarboneEviteDb, MetaRecord } from './db';

export const TEMPLATE_KEY_PREFIX = 'template:';

export interface ImportedTemplate {
  readonly template: Template;
  readonly fileName: string;
  readonly importedAt: number;
}

const keyOf = (id: string) => `${TEMPLATE_KEY_PREFIX}${id}`;

/** Every stored record of an imported template, unchecked: for a live query. */
export function readTemplateRecords(db: CarboneEviteDb): Promise<MetaRecord[]> {
  return db.meta.where('key').startsWith(TEMPLATE_KEY_PREFIX).toArray();
}

/** A stored record read back and checked again: another version of the app or a restored backup may have written it. */
export function readImportedTemplate(record: MetaRecord): ImportedTemplate | null {
  const value = record.value as Partial<Record<keyof ImportedTemplate, unknown>> | null;
  if (typeof value !== 'object' || value === null) return null;
  const template = parseTemplate(value.template);
  if (!template.ok || typeof value.fileName !== 'string' || typeof value.importedAt !== 'number') return null;
  return { template: template.value, fileName: value.fileName, importedAt: value.importedAt };
}

/** All of them in one transaction; a template imported again under the same id replaces the earlier one. */
export async function storeImportedTemplates(db: CarboneEviteDb, imported: readonly ImportedTemplate[]): Promise<void> {
  const records = imported.map((value) => ({ key: keyOf(value.template.id), value }));
  await db.transaction('rw', db.meta, () => db.meta.bulkPut(records));
}

/** Deletes and returns the record, so that the removal can be undone. */
export async function deleteImportedTemplate(db: CarboneEviteDb, id: string): Promise<ImportedTemplate | undefined> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(keyOf(id));
    if (stored) await db.meta.delete(keyOf(id));
    return stored ? (readImportedTemplate(stored) ?? undefined) : undefined;
  });
}
