// A list an analyst keeps of buyers' names by SIRET (`siret;name`, one a line), read to name the buyers that
// the DECP give only as a SIRET (the 2022 schema has no buyer name). A header line is allowed; `,` or a tab
// may separate instead of `;`; a name may be quoted. A line that is not a SIRET and a name is listed with
// its number and what it held, never guessed.

export interface BuyerNameProblem {
  /** The line in the file, the first being 1. */
  readonly line: number;
  readonly reason: 'not-a-siret' | 'no-name';
  /** What the line held, cut at 80 characters. */
  readonly found: string;
}

export interface BuyerNameList {
  readonly names: ReadonlyMap<string, string>;
  readonly problems: readonly BuyerNameProblem[];
}

/** The cells of one line: separated by `separator`, a cell in double quotes may hold it and `""` for a quote. */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const SIRET = /^\d{14}$/;

/** Reads the list; the first line is taken as a header when its first cell is no SIRET. */
export function readBuyerNames(text: string): BuyerNameList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const separator = first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
  const names = new Map<string, string>();
  const problems: BuyerNameProblem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const [siretCell = '', ...rest] = cellsOf(line, separator);
    const siret = siretCell.replace(/[\s.]/g, '');
    const name = rest.join(' ').trim();
    const found = line.length > 80 ? `${line.slice(0, 80)}…` : line;
    if (!SIRET.test(siret)) {
      if (line === first && names.size === 0 && problems.length === 0) return; // the header
      problems.push({ line: i + 1, reason: 'not-a-siret', found });
    } else if (name === '') problems.push({ line: i + 1, reason: 'no-name', found });
    else names.set(siret, name);
  });
  return { names, problems };
}
