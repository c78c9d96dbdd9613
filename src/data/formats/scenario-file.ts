// A scenario as a file: the `carbone-evite/scenario@1` format, pinned table id, version and checksum,
// with its own factors. Read back, it gives the same results to the last digit.
import { foldAccents, parseJsonText, parseScenario, type FileProblem, type Scenario } from '../../domain';

export function scenarioToJson(scenario: Scenario): string {
  return JSON.stringify(scenario, null, 2) + '\n';
}

/** A file name from the scenario's name: letters, digits and hyphens, accents removed. */
export function fileNameFor(name: string, extension: string): string {
  const base = foldAccents(name)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'scenario'}.${extension}`;
}

export type ScenarioFileResult = { ok: true; scenario: Scenario } | { ok: false; problems: FileProblem[] };

/** Every problem of a scenario file, each naming the file and the JSON path. */
export function readScenarioFile(text: string, fileName: string): ScenarioFileResult {
  const json = parseJsonText(text);
  const parsed = json.ok ? parseScenario(json.value) : json;
  if (parsed.ok) return { ok: true, scenario: parsed.value };
  return { ok: false, problems: parsed.problems.map((problem) => ({ file: fileName, problem })) };
}
