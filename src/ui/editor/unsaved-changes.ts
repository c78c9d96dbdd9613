// What a person reads of edits whose save failed: one short phrase a change, the same change said once.
import type { ScenarioEdit } from '../../domain';
import type { LocaleState } from '../../state/locale.svelte';

export function describeChanges(edits: readonly ScenarioEdit[], locale: Pick<LocaleState, 't'>): string[] {
  const phrases = edits.map((edit) => {
    switch (edit.kind) {
      case 'rename':
        return locale.t('save.change.rename', { name: edit.name });
      case 'add-lines':
        return locale.t('save.change.add-lines', { count: edit.lines.length });
      case 'add-line':
      case 'remove-line':
      case 'update-line':
      case 'move-line':
        return locale.t(`save.change.${edit.kind}`);
      default:
        return locale.t('save.change.other');
    }
  });
  return [...new Set(phrases)];
}
