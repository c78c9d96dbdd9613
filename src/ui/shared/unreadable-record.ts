// A stored scenario that this version of the app cannot read (written by another version, or altered):
// never hidden nor erased, it is named as well as its content allows and can be saved as it is.
import type { ScenarioRecord } from '../../data/storage/db';
import { downloadText } from './download';

/** How a person recognises it: its scenario's name when there is one, else its id. */
export function unreadableName(record: Pick<ScenarioRecord, 'id'>): string {
  const raw = record as { id: unknown; scenario?: { name?: unknown } };
  const name = raw.scenario?.name;
  return typeof name === 'string' && name.trim() ? name : String(raw.id);
}

/** The record exactly as stored, as a JSON file named after its id. */
export function unreadableFile(record: Pick<ScenarioRecord, 'id'>): { text: string; fileName: string } {
  const safeId = String(record.id)
    .replace(/[^\w-]+/g, '_')
    .slice(0, 60);
  return { text: JSON.stringify(record, null, 2), fileName: `carbone-evite-scenario-illisible-${safeId}.json` };
}

/** Saves it to the person's disk, as it is. */
export function downloadUnreadable(record: Pick<ScenarioRecord, 'id'>): void {
  const { text, fileName } = unreadableFile(record);
  downloadText(text, fileName, 'application/json');
}
