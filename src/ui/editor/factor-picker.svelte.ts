// The factor picker's steps for the open scenario: which side or new line it is choosing for, what it
// may offer, and the edit a choice makes. The rules themselves are the engine's (src/domain/factor-choice.ts).
import {
  dimensionOf,
  newLineBetween,
  requiredDimension,
  setLineFactor,
  suggestionsFor,
  type Dimension,
  type FactorChoice,
  type ResolvedFactor,
} from '../../domain';
import type { MessageKey } from '../../i18n';
import type { EditorState } from './editor.svelte';

/** The engine's choices, and one of the editor's own: another baseline a line shows apart (a variant). */
export type PickerChoice = FactorChoice | { readonly kind: 'variant'; readonly lineId: string };

export class FactorPickerState {
  readonly #editor: EditorState;
  choice = $state<PickerChoice | null>(null);

  constructor(editor: EditorState) {
    this.#editor = editor;
  }

  get factors(): ResolvedFactor[] {
    const index = this.#editor.evaluation.factors;
    return index ? [...index.byId.values()] : [];
  }

  get titleKey(): MessageKey | null {
    const choice = this.choice;
    if (!choice) return null;
    if (choice.kind === 'variant') return 'picker.titleVariant';
    if (choice.kind === 'new-baseline') return 'picker.titleNewBaseline';
    if (choice.kind === 'new-alternative') return 'picker.titleNewAlternative';
    return choice.side === 'baseline' ? 'picker.titleBaseline' : 'picker.titleAlternative';
  }

  get dimension(): Dimension | undefined {
    const choice = this.choice;
    const context = this.#context;
    if (!choice || !context) return undefined;
    if (choice.kind === 'variant') {
      // A variant meets the line's quantity, as its baseline does.
      const line = context.scenario.lines.find((l) => l.id === choice.lineId);
      return line && dimensionOf(line.unit);
    }
    return requiredDimension(choice, context.scenario, context.factors);
  }

  get suggestions(): string[] {
    const choice = this.choice;
    const context = this.#context;
    if (!choice || !context) return [];
    if (choice.kind === 'variant') {
      // The other baselines the table pairs with the line's alternative: the average meal beside the beef meal.
      const line = context.scenario.lines.find((l) => l.id === choice.lineId);
      const pairs = this.#editor.evaluation.table?.pairs ?? [];
      return line ? pairs.filter((p) => p.alternative === line.alternative.factor && p.baseline !== line.baseline.factor).map((p) => p.baseline) : [];
    }
    return suggestionsFor(choice, this.#editor.evaluation.table, context.scenario, context.factors);
  }

  get #context() {
    const scenario = this.#editor.scenario;
    const factors = this.#editor.evaluation.factors;
    return scenario && factors ? { scenario, factors } : null;
  }

  chooseSide(lineId: string, side: 'baseline' | 'alternative'): void {
    this.choice = { kind: 'side', lineId, side };
  }

  chooseVariant(lineId: string): void {
    this.choice = { kind: 'variant', lineId };
  }

  addLine(): void {
    this.choice = { kind: 'new-baseline' };
  }

  close(): void {
    this.choice = null;
  }

  /** Applies a chosen factor; returns the id of a line it added, so the screen can take the person there. */
  pick(factorId: string, language: 'fr' | 'en'): string | undefined {
    const choice = this.choice;
    const context = this.#context;
    if (!choice || !context) return undefined;
    const factor = context.factors.byId.get(factorId);
    if (choice.kind === 'new-baseline') {
      this.choice = { kind: 'new-alternative', baselineId: factorId };
      return undefined;
    }
    this.choice = null;
    if (choice.kind === 'variant') {
      this.#editor.edit({ kind: 'add-baseline-variant', lineId: choice.lineId, variant: { factor: factorId } });
      return undefined;
    }
    if (choice.kind === 'side') {
      const line = context.scenario.lines.find((l) => l.id === choice.lineId);
      if (line && factor) this.#editor.edit(setLineFactor(line, choice.side, factor));
      return undefined;
    }
    const baseline = context.factors.byId.get(choice.baselineId);
    if (!baseline || !factor) return undefined;
    const line = newLineBetween(`l-${crypto.randomUUID().slice(0, 8)}`, baseline, factor, language);
    this.#editor.edit({ kind: 'add-line', line });
    return line.id;
  }
}
