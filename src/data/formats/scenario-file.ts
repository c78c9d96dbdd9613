// A scenario as a file: the `carbone-evite/scenario@1` format, pinned table id, version and checksum,
// with its own factors. Read back, it gives the same results to the last digit.
import { foldAccents, parseJsonText, parseScenario, type FileProblem, type Scenario } from '../../domain';

export function scenarioToJson(scenario: Scenario): string {
  return JSON.stringify(scenario, null, 2) + '\n';
}

const LINES_AT = '\u0000lines\u0000';
const PART_LINES = 10_000;

/**
 * The same text as scenarioToJson, in parts of 10,000 lines each, for a Blob: a 1,000,000-line scenario is
 * ~300 MB of text, more than a browser tab can hold as one string beside the scenario itself.
 */
export function scenarioJsonParts(scenario: Scenario): string[] {
  if (scenario.lines.length === 0) return [scenarioToJson(scenario)];
  const [before, after] = JSON.stringify({ ...scenario, lines: [LINES_AT] }, null, 2).split(JSON.stringify(LINES_AT)) as [string, string];
  const parts = [before];
  for (let at = 0; at < scenario.lines.length; at += PART_LINES) {
    const text = scenario.lines
      .slice(at, at + PART_LINES)
      .map((line) => JSON.stringify(line, null, 2).replace(/\n/g, '\n    '))
      .join(',\n    ');
    parts.push(at === 0 ? text : `,\n    ${text}`);
  }
  parts.push(after + '\n');
  return parts;
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
