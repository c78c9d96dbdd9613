// Many buyers' scenario files put together, in memory only: nothing is stored, only exported on request.
import { FRENCH_SPREADSHEET_CSV, INTERNATIONAL_CSV } from '../../data/formats/csv-writer';
import { consolidationCsv, consolidationFileName } from '../../data/formats/consolidation-csv';
import { readScenarioFile, scenarioToJson } from '../../data/formats/scenario-file';
import { consolidate, evaluateScenario, mergeScenarios, type Amounts, type ConsolidationGroup, type ConsolidationInput, type FileProblem } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { AppState } from '../../state/app.svelte';
import type { LocaleState } from '../../state/locale.svelte';
import { downloadText } from '../shared/download';

/** One table of a group: its caption and a row per category, organisation or year, named for the screen. */
export interface ConsolidationSection {
  readonly caption: MessageKey;
  readonly rows: readonly { readonly name: string; readonly amounts: Amounts }[];
}

export class ConsolidationState {
  readonly #host: Pick<AppState, 'tables'>;
  readonly #words: Pick<LocaleState, 't' | 'language'>;
  /** The browser's download; a test keeps the files instead. */
  readonly #save: typeof downloadText;

  /** The files read and evaluated, in the order added. */
  inputs = $state.raw<readonly ConsolidationInput[]>([]);
  /** Why the files last added were left out: every problem of each, with its file and JSON path. */
  problems = $state.raw<readonly FileProblem[]>([]);
  /** One group per table version: figures of different versions are never added up, a scenario given twice counts once. */
  readonly groups: readonly ConsolidationGroup[] = $derived(consolidate(this.inputs));

  /** A group's findings (rule 6: a file left out as a duplicate) in the interface's language. */
  findingsOf(group: ConsolidationGroup): { readonly rule: number; readonly code: string; readonly text: string }[] {
    return group.findings.map((f) => ({ rule: f.rule, code: f.code, text: f.message[this.#words.language] }));
  }

  constructor(host: Pick<AppState, 'tables'>, words: Pick<LocaleState, 't' | 'language'>, save: typeof downloadText = downloadText) {
    this.#host = host;
    this.#words = words;
    this.#save = save;
  }

  /** Reads and evaluates each file by the one evaluation path; the valid ones join those already there. */
  async add(files: Iterable<File>): Promise<void> {
    const added: ConsolidationInput[] = [];
    const found: FileProblem[] = [];
    for (const file of files) {
      const read = readScenarioFile(await file.text(), file.name);
      if (!read.ok) {
        found.push(...read.problems);
        continue;
      }
      const evaluation = evaluateScenario(read.scenario, this.#host.tables);
      if (!evaluation.ok) found.push(...evaluation.problems.map((problem) => ({ file: file.name, problem })));
      else added.push({ source: file.name, scenario: read.scenario, estimate: evaluation.value.estimate });
    }
    this.inputs = [...this.inputs, ...added];
    this.problems = found;
  }

  clear(): void {
    this.inputs = [];
    this.problems = [];
  }

  /** The group's sums by category, organisation and year; a scenario without organisation or year says so. */
  sectionsOf(group: ConsolidationGroup): ConsolidationSection[] {
    const t = this.#words.t;
    const unknown = (key: string) => key || t('consolidation.unknown');
    return [
      { caption: 'consolidation.byCategory', rows: group.byCategory.map((x) => ({ name: t(`category.${x.key}`), amounts: x.amounts })) },
      { caption: 'consolidation.byOrganisation', rows: group.byOrganisation.map((x) => ({ name: unknown(x.key), amounts: x.amounts })) },
      { caption: 'consolidation.byYear', rows: group.byYear.map((x) => ({ name: unknown(x.key), amounts: x.amounts })) },
    ];
  }

  /** The group as CSV, in the spreadsheet dialect of the interface's language (words in French, codes otherwise). */
  exportCsv(group: ConsolidationGroup): void {
    const dialect = this.#words.language === 'fr' ? FRENCH_SPREADSHEET_CSV : INTERNATIONAL_CSV;
    this.#save(consolidationCsv(group, dialect, this.#words.language), consolidationFileName(group, 'csv'), 'text/csv');
  }

  /** The group's scenarios merged into one scenario file, to estimate like any other; a duplicate is in it once. */
  exportScenario(group: ConsolidationGroup): void {
    const merged = mergeScenarios(group.scenarios, this.#words.t('consolidation.mergedName', { count: group.sources.length }));
    this.#save(scenarioToJson(merged), consolidationFileName(group, 'json'), 'application/json');
  }
}
