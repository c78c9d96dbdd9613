// The workshop templates of the scenario list: those shipped with the app and those the person imported,
// each with the factors it uses read from its pinned table (or why they cannot be), and the import itself.
import type { CarboneEviteDb, MetaRecord } from '../../data/storage/db';
import { readTemplateImport } from '../../data/formats/template-file';
import {
  deleteImportedTemplate,
  readImportedTemplate,
  readTemplateRecords,
  storeImportedTemplates,
  type ImportedTemplate,
} from '../../data/storage/template-store';
import type { FileProblem, Problem, Scenario } from '../../domain';
import { inLanguage, scenarioFromTemplate, type Template } from '../../domain/template';
import { isMissingTable, templateFactors, type TemplateFactors } from '../../domain/template-factors';
import type { AppState } from '../../state/app.svelte';
import type { LocaleState } from '../../state/locale.svelte';
import { LiveQuery } from '../../state/live-query';
import { StorageTask } from '../../state/storage-task.svelte';

export type TemplateOrigin = { readonly kind: 'bundled' } | { readonly kind: 'imported'; readonly fileName: string; readonly importedAt: number };

/** What the card shows of the factors: their values from the table, or why there are none to show. */
export type TemplateFactorsShown =
  | { readonly kind: 'factors'; readonly factors: TemplateFactors }
  | { readonly kind: 'missing-table'; readonly id: string; readonly version: string }
  | { readonly kind: 'problems'; readonly problems: readonly { readonly problem: Problem }[] };

export interface TemplateEntry {
  /** Unique across origins: a later app version may ship an id the person had imported. */
  readonly key: string;
  readonly template: Template;
  readonly origin: TemplateOrigin;
  readonly factors: TemplateFactorsShown;
}

/** A file chosen by the person: its name and a way to read it. */
export interface ChosenFile {
  readonly name: string;
  text(): Promise<string>;
}

/** What the panel needs of the app: the tables at hand, and a way to tell the person. */
export type TemplatesHost = Pick<AppState, 'tables' | 'notify'>;
type Words = Pick<LocaleState, 't' | 'language'>;
/** The shipped templates: the bundle's in the app (src/data/bundled), files read from disk in tests. */
export type LoadTemplates = () => Promise<readonly Template[]>;

export class TemplatesState {
  readonly #host: TemplatesHost;
  readonly #words: Words;
  readonly #db: CarboneEviteDb;
  readonly #stored: LiveQuery<MetaRecord[] | null>;
  #bundled = $state.raw<readonly Template[] | null>(null);
  importProblems = $state.raw<readonly FileProblem[]>([]);
  readonly storage = new StorageTask();

  /** Stored records that no longer pass the schema are left out, never shown half-read. */
  readonly imported: ImportedTemplate[];
  readonly entries: TemplateEntry[];

  constructor(host: TemplatesHost, words: Words, db: CarboneEviteDb, loadBundled: LoadTemplates) {
    this.#host = host;
    this.#words = words;
    this.#db = db;
    this.#stored = new LiveQuery(() => readTemplateRecords(db), null);
    this.imported = $derived(
      (this.#stored.current ?? [])
        .flatMap((r) => readImportedTemplate(r) ?? [])
        .sort((a, b) => a.importedAt - b.importedAt || a.template.id.localeCompare(b.template.id)),
    );
    this.entries = $derived([
      ...(this.#bundled ?? []).map((template) => this.#entry(template, { kind: 'bundled' })),
      ...this.imported.map(({ template, fileName, importedAt }) => this.#entry(template, { kind: 'imported', fileName, importedAt })),
    ]);
    void loadBundled().then((templates) => (this.#bundled = templates));
  }

  get loading(): boolean {
    return this.#bundled === null || this.#stored.current === null;
  }

  #entry(template: Template, origin: TemplateOrigin): TemplateEntry {
    return { key: `${origin.kind}:${template.id}`, template, origin, factors: this.#factorsOf(template) };
  }

  #factorsOf(template: Template): TemplateFactorsShown {
    const factors = templateFactors(template, this.#host.tables);
    if (factors.ok) return { kind: 'factors', factors: factors.value };
    if (isMissingTable(factors.problems)) return { kind: 'missing-table', ...template.scenario.factorTable };
    return { kind: 'problems', problems: factors.problems.map((problem) => ({ problem })) };
  }

  /** The scenario a template opens as, its texts in the interface's language. */
  scenarioOf(template: Template): Scenario {
    return scenarioFromTemplate(template, this.#words.language);
  }

  /** Every file is checked whole before anything is stored; one problem anywhere and nothing is. */
  async importFiles(files: readonly ChosenFile[]): Promise<number> {
    if (!files.length) return 0;
    const texts = await Promise.all(files.map(async (file) => ({ fileName: file.name, text: await file.text() })));
    const reservedIds = (this.#bundled ?? []).map((t) => t.id);
    const read = readTemplateImport(texts, { reservedIds, tables: this.#host.tables });
    this.importProblems = read.ok ? [] : read.problems;
    if (!read.ok) return 0;
    const importedAt = Date.now();
    const stored = await this.storage.run(async () => {
      await storeImportedTemplates(
        this.#db,
        read.templates.map((t) => ({ ...t, importedAt })),
      );
      return true;
    });
    if (!stored) return 0;
    this.#host.notify(this.#words.t('templates.importedCount', { count: read.templates.length }));
    return read.templates.length;
  }

  /** Removes an imported template at once and offers to undo, as for scenarios. */
  async remove(id: string): Promise<void> {
    const removed = await this.storage.run(() => deleteImportedTemplate(this.#db, id));
    if (!removed) return;
    const name = inLanguage(removed.template.title, this.#words.language);
    const undo = { label: this.#words.t('list.undo'), run: () => void this.storage.run(() => storeImportedTemplates(this.#db, [removed])) };
    this.#host.notify(this.#words.t('templates.removed', { name }), undo, 10000);
  }
}
