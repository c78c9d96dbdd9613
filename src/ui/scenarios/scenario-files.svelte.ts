// Scenario files chosen on the list screen: read one after the other, the valid ones stored together, the
// others listed with their problems. A large file (a 1,000,000-line scenario is ~170 MB) takes seconds: the
// screen says what it is reading meanwhile, a file too large to read is refused before it is read, and a
// file the browser cannot read to the end is said, never a silent stop.
import type { FileProblem, Scenario } from '../../domain';
import { readScenarioFile, type ScenarioFileResult } from '../../data/formats/scenario-file';
import { painted } from '../shared/painted';

/** The same limit as a backup's: above it a browser may not hold the text at all. */
export const MAX_SCENARIO_FILE_BYTES = 200 * 1024 * 1024;

export interface ChosenScenarioFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export class ScenarioFilesImport {
  /** What is being read or stored now; null when idle. */
  working = $state.raw<{ readonly files: number; readonly bytes: number } | null>(null);
  problems = $state.raw<readonly FileProblem[]>([]);
  readonly #store: (scenarios: readonly Scenario[]) => Promise<boolean>;

  constructor(store: (scenarios: readonly Scenario[]) => Promise<boolean>) {
    this.#store = store;
  }

  /** How many scenarios were stored (0 when none could be, or the write failed). */
  async importFiles(files: readonly ChosenScenarioFile[]): Promise<number> {
    if (!files.length || this.working) return 0;
    this.working = { files: files.length, bytes: files.reduce((sum, f) => sum + f.size, 0) };
    try {
      await painted();
      const scenarios: Scenario[] = [];
      const problems: FileProblem[] = [];
      for (const file of files) {
        const read = await readOne(file);
        if (read.ok) scenarios.push(read.scenario);
        else problems.push(...read.problems);
      }
      this.problems = problems;
      return scenarios.length && (await this.#store(scenarios)) ? scenarios.length : 0;
    } finally {
      this.working = null;
    }
  }
}

async function readOne(file: ChosenScenarioFile): Promise<ScenarioFileResult> {
  const refuse = (problem: FileProblem['problem']) => ({ ok: false as const, problems: [{ file: file.name, problem }] });
  if (file.size > MAX_SCENARIO_FILE_BYTES)
    return refuse({
      code: 'file-too-large',
      path: [],
      message: `The file is ${file.size} bytes, over the ${MAX_SCENARIO_FILE_BYTES} accepted`,
      params: { size: file.size, max: MAX_SCENARIO_FILE_BYTES },
    });
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse({ code: 'unreadable-file', path: [], message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  try {
    return readScenarioFile(text, file.name);
  } catch (error) {
    // Out of memory while parsing a file under the limit: said, the stored data untouched.
    return refuse({ code: 'unreadable-file', path: [], message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
}
