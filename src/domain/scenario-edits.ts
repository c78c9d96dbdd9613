// Edits to a scenario, as data. Each tab queues the edits a person makes and applies them to the latest
// stored scenario inside one transaction, so two tabs editing different fields never overwrite each other.
import type { CustomFactor, Line, Scenario } from './schemas';

export interface LinePatch extends Partial<Omit<Line, 'id' | 'baseline' | 'alternative'>> {
  baseline?: Partial<Line['baseline']>;
  alternative?: Partial<Line['alternative']>;
}

type BaselineVariantInput = NonNullable<Line['baselineVariants']>[number];

export type ScenarioEdit =
  | { readonly kind: 'rename'; readonly name: string }
  /** How costs are compared (discount rate, value of a tonne); undefined clears it. */
  | { readonly kind: 'set-economics'; readonly economics: Scenario['economics'] }
  /** Who bought and when: an empty organisation or an undefined year clears it. */
  | { readonly kind: 'set-buyer'; readonly organisation?: string; readonly year?: number }
  | { readonly kind: 'add-line'; readonly line: Line }
  /** Many lines at once (an imported ledger): saved in the same single write as any edit. */
  | { readonly kind: 'add-lines'; readonly lines: readonly Line[] }
  | { readonly kind: 'remove-line'; readonly lineId: string }
  | { readonly kind: 'move-line'; readonly lineId: string; readonly toIndex: number }
  | { readonly kind: 'update-line'; readonly lineId: string; readonly patch: LinePatch }
  /** The years the scenario covers (e.g. a contract's duration); undefined clears it. */
  | { readonly kind: 'set-period'; readonly periodYears: number | undefined }
  /** Another baseline the buyer could defend, shown apart under the line; one variant per factor. */
  | { readonly kind: 'add-baseline-variant'; readonly lineId: string; readonly variant: BaselineVariantInput }
  | { readonly kind: 'remove-baseline-variant'; readonly lineId: string; readonly factor: string }
  /** An empty label clears it. */
  | { readonly kind: 'label-baseline-variant'; readonly lineId: string; readonly factor: string; readonly label: string }
  | { readonly kind: 'set-custom-factor'; readonly factor: CustomFactor }
  | { readonly kind: 'remove-custom-factor'; readonly factorId: string }
  /** Pins another table version; factors the new version renamed or dropped take the ids in `renames`. */
  | { readonly kind: 'repin'; readonly table: Scenario['factorTable']; readonly renames: Readonly<Record<string, string>> }
  /** The uncertainty the buyer states for a factor that publishes none (rule 9); undefined withdraws it. */
  | { readonly kind: 'set-assumed-uncertainty'; readonly factor: string; readonly uncertainty: number | undefined };

/** Removes keys set to undefined, so a cleared optional field is absent rather than present and empty. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function patchLine(line: Line, patch: LinePatch): Line {
  const { baseline, alternative, ...fields } = patch;
  return withoutUndefined({
    ...line,
    ...fields,
    baseline: baseline ? withoutUndefined({ ...line.baseline, ...baseline }) : line.baseline,
    alternative: alternative ? withoutUndefined({ ...line.alternative, ...alternative }) : line.alternative,
  } as Line);
}

/** The line with its variants changed; an empty list is removed rather than stored. */
function withVariants(line: Line, change: (variants: BaselineVariantInput[]) => BaselineVariantInput[]): Line {
  const variants = change(line.baselineVariants ?? []);
  const next: Line = { ...line, baselineVariants: variants };
  if (!variants.length) delete next.baselineVariants;
  return next;
}

function editLine(scenario: Scenario, lineId: string, change: (line: Line) => Line): Scenario {
  return { ...scenario, lines: scenario.lines.map((l) => (l.id === lineId ? change(l) : l)) };
}

/**
 * The scenario after one edit. An edit that names a line or factor no longer there (removed in another
 * tab) changes nothing.
 */
export function applyEdit(scenario: Scenario, edit: ScenarioEdit): Scenario {
  switch (edit.kind) {
    case 'rename':
      return { ...scenario, name: edit.name };
    case 'set-economics': {
      const next = { ...scenario, economics: edit.economics };
      if (!edit.economics) delete next.economics;
      return next;
    }
    case 'set-buyer': {
      const next = { ...scenario };
      if ('organisation' in edit) {
        if (edit.organisation?.trim()) next.organisation = edit.organisation;
        else delete next.organisation;
      }
      if ('year' in edit) {
        if (edit.year === undefined) delete next.year;
        else next.year = edit.year;
      }
      return next;
    }
    case 'add-line':
      return scenario.lines.some((l) => l.id === edit.line.id) ? scenario : { ...scenario, lines: [...scenario.lines, edit.line] };
    case 'add-lines': {
      const used = new Set(scenario.lines.map((l) => l.id));
      return { ...scenario, lines: [...scenario.lines, ...edit.lines.filter((l) => !used.has(l.id))] };
    }
    case 'remove-line':
      return { ...scenario, lines: scenario.lines.filter((l) => l.id !== edit.lineId) };
    case 'move-line': {
      const from = scenario.lines.findIndex((l) => l.id === edit.lineId);
      if (from < 0) return scenario;
      const lines = [...scenario.lines];
      const [line] = lines.splice(from, 1);
      lines.splice(Math.max(0, Math.min(edit.toIndex, lines.length)), 0, line as Line);
      return { ...scenario, lines };
    }
    case 'update-line': {
      // The other lines stay the same objects, which is what lets an evaluation memo and the chunked store skip them.
      const at = scenario.lines.findIndex((l) => l.id === edit.lineId);
      if (at < 0) return scenario;
      const lines = scenario.lines.slice();
      lines[at] = patchLine(lines[at] as Line, edit.patch);
      return { ...scenario, lines };
    }
    case 'set-period': {
      const next = { ...scenario, periodYears: edit.periodYears };
      if (edit.periodYears === undefined) delete next.periodYears;
      return next;
    }
    case 'add-baseline-variant':
      // The same factor twice, or the line's own baseline, would only repeat a figure already shown.
      return editLine(scenario, edit.lineId, (line) =>
        line.baseline.factor === edit.variant.factor || line.baselineVariants?.some((v) => v.factor === edit.variant.factor)
          ? line
          : withVariants(line, (variants) => [...variants, withoutUndefined({ ...edit.variant })]),
      );
    case 'remove-baseline-variant':
      return editLine(scenario, edit.lineId, (line) => withVariants(line, (variants) => variants.filter((v) => v.factor !== edit.factor)));
    case 'label-baseline-variant':
      return editLine(scenario, edit.lineId, (line) =>
        withVariants(line, (variants) =>
          variants.map((v) => (v.factor === edit.factor ? withoutUndefined({ ...v, label: edit.label.trim() ? edit.label : undefined }) : v)),
        ),
      );
    case 'set-custom-factor': {
      const others = scenario.customFactors.filter((f) => f.id !== edit.factor.id);
      const at = scenario.customFactors.findIndex((f) => f.id === edit.factor.id);
      const customFactors = at < 0 ? [...others, edit.factor] : scenario.customFactors.map((f) => (f.id === edit.factor.id ? edit.factor : f));
      return { ...scenario, customFactors };
    }
    case 'remove-custom-factor':
      return { ...scenario, customFactors: scenario.customFactors.filter((f) => f.id !== edit.factorId) };
    case 'set-assumed-uncertainty': {
      const others = (scenario.assumedUncertainties ?? []).filter((a) => a.factor !== edit.factor);
      const kept = (scenario.assumedUncertainties ?? []).find((a) => a.factor === edit.factor);
      const assumedUncertainties = edit.uncertainty === undefined ? others : [...others, { ...kept, factor: edit.factor, uncertainty: edit.uncertainty }];
      const next: Scenario = { ...scenario, assumedUncertainties };
      if (!assumedUncertainties.length) delete next.assumedUncertainties;
      return next;
    }
    case 'repin': {
      const rename = (id: string) => edit.renames[id] ?? id;
      return {
        ...scenario,
        factorTable: edit.table,
        lines: scenario.lines.map((line) => ({
          ...line,
          baseline: { ...line.baseline, factor: rename(line.baseline.factor) },
          alternative: { ...line.alternative, factor: rename(line.alternative.factor) },
        })),
      };
    }
  }
}

export const applyEdits = (scenario: Scenario, edits: readonly ScenarioEdit[]): Scenario => edits.reduce(applyEdit, scenario);
