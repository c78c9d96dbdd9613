// A purchase ledger on its way into the open scenario: the file read, the columns the person mapped (or
// the mapping remembered for this layout, or a guess from the column names), the lines it would add and
// the rows it cannot use. Nothing reaches the scenario before `confirm`.
import { decodeCsvBytes, describeSize, MAX_EXPORT_BYTES } from '../../data/formats/base-carbone';
import {
  guessLedgerColumns,
  guessShareScale,
  layoutSignature,
  ledgerToLines,
  parseLedger,
  type LedgerFile,
  type LedgerLines,
} from '../../data/formats/ledger-import';
import type { ColumnOrValue, LedgerMapping, ShareScale } from '../../data/formats/ledger-mapping';
import type { CarboneEviteDb } from '../../data/storage/db';
import type { StorageFailure } from '../../data/storage/failures';
import { readLedgerLayout, rememberLedgerLayout } from '../../data/storage/ledger-layouts';
import type { FactorIndex, Line, UnitId } from '../../domain';
import type { MessageKey } from '../../i18n';
import { StorageTask } from '../../state/storage-task.svelte';

export type LedgerField = Exclude<keyof LedgerMapping, 'shareScale'>;
const FIELDS: readonly LedgerField[] = ['label', 'quantity', 'unit', 'baseline', 'alternative', 'share'];

/** A select's value: "col:<n>" for a column, "fixed:<value>" for one value for all rows, "" for none. */
function encode(from: ColumnOrValue<unknown> | undefined): string {
  return !from ? '' : 'column' in from ? `col:${from.column}` : `fixed:${String(from.fixed)}`;
}

function decode<T>(text: string, read: (value: string) => T): ColumnOrValue<T> | undefined {
  if (text.startsWith('col:')) return { column: Number(text.slice(4)) };
  if (text.startsWith('fixed:')) return { fixed: read(text.slice(6)) };
  return undefined;
}

export class LedgerImportState {
  readonly #db: CarboneEviteDb;
  readonly #factors: () => FactorIndex;
  readonly storage = new StorageTask();
  file = $state.raw<LedgerFile | null>(null);
  fileName = $state('');
  problem = $state.raw<{ key: MessageKey; params: Record<string, string> } | null>(null);
  /** Each field's select value (see `encode`). */
  fields = $state<Record<LedgerField, string>>({ label: '', quantity: '', unit: '', baseline: '', alternative: '', share: '' });
  /** The share column's scale as the person said it (or as remembered); null while only guessed. */
  shareScaleSaid = $state<ShareScale | null>(null);

  constructor(db: CarboneEviteDb, factors: () => FactorIndex) {
    this.#db = db;
    this.#factors = factors;
  }

  /** The share column, when a column holds the shares. */
  readonly #shareColumn: number | null = $derived.by(() => {
    const share = decode(this.fields.share, Number);
    return share && 'column' in share ? share.column : null;
  });

  /** The share column's scale guessed from all its values, or null without a share column. */
  readonly shareScaleGuess: ShareScale | null = $derived(this.file && this.#shareColumn !== null ? guessShareScale(this.file, this.#shareColumn) : null);

  /** The scale the share column is read in: as said, else as guessed. */
  readonly shareScale: ShareScale | null = $derived(this.#shareColumn === null ? null : (this.shareScaleSaid ?? this.shareScaleGuess));

  /** The mapping, once quantity, unit and both factors are said. */
  readonly mapping: LedgerMapping | null = $derived.by(() => {
    const f = this.fields;
    const quantity = decode(f.quantity, Number);
    const unit = decode(f.unit, (v) => v as UnitId);
    const baseline = decode(f.baseline, String);
    const alternative = decode(f.alternative, String);
    if (!quantity || !('column' in quantity) || !unit || !baseline || !alternative) return null;
    const label = decode(f.label, String);
    const share = decode(f.share, Number);
    const shareScale = this.shareScale ?? undefined;
    return { quantity, unit, baseline, alternative, label: label && 'column' in label ? label : undefined, share, shareScale };
  });

  readonly result: LedgerLines | null = $derived.by(() => {
    if (!this.file || !this.mapping) return null;
    const stamp = Date.now().toString(36);
    return ledgerToLines(this.file, this.mapping, this.#factors(), (row) => `j${stamp}-${row}`);
  });

  async choose(chosen: File | undefined): Promise<void> {
    this.file = null;
    this.problem = null;
    if (!chosen) return;
    this.fileName = chosen.name;
    if (chosen.size > MAX_EXPORT_BYTES) {
      this.problem = { key: 'ledger.problem.tooLarge', params: { file: chosen.name, size: describeSize(chosen.size) } };
      return;
    }
    const { text } = decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer()));
    const parsed = parseLedger(text);
    if (!parsed.ok) {
      this.problem = { key: `ledger.problem.${parsed.problem}`, params: { file: chosen.name, line: 'line' in parsed ? String(parsed.line) : '' } };
      return;
    }
    const remembered = await this.storage.run(() => readLedgerLayout(this.#db, layoutSignature(parsed.file.headers)));
    const mapping: Partial<LedgerMapping> = remembered ?? guessLedgerColumns(parsed.file.headers);
    this.fields = Object.fromEntries(FIELDS.map((field) => [field, encode(mapping[field])])) as Record<LedgerField, string>;
    this.shareScaleSaid = mapping.shareScale ?? null;
    this.file = parsed.file;
  }

  cancel(): void {
    this.file = null;
  }

  /**
   * Adds the lines through `save` (the editor's own save), then remembers the mapping for files of the same
   * layout; the number of lines added. When the lines cannot be stored (a full disk), the preview stays as it
   * was and the reason is said in place: nothing the person prepared is lost (issue 13, point 5).
   */
  async confirm(save: (lines: Line[]) => Promise<StorageFailure | null>): Promise<number> {
    const { file, mapping, result } = this;
    if (!file || !mapping || !result?.lines.length) return 0;
    this.storage.clear();
    const failure = await save(result.lines);
    if (failure) {
      this.storage.failure = failure;
      return 0;
    }
    this.file = null;
    // The lines are in; a layout not remembered is said, and only means guessing the columns next time.
    await this.storage.run(() => rememberLedgerLayout(this.#db, layoutSignature(file.headers), mapping));
    return result.lines.length;
  }
}
