// A DECP file's text, whatever its format, read into the domain's contracts: JSON (2019 or 2022 schema),
// XML (turned into the tree the JSON would give) or the tabular CSV. Which one is told by the text itself,
// not the file's name. A file that cannot be read at all gives a problem naming why, never an exception.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { readDecpTree, type DecpContractSink, type DecpFileRead } from '../../../domain/decp/tree';
import { readDecpTable } from '../../../domain/decp/table';
import type { DecpDefect } from '../../../domain/decp/contract';
import { unterminatedQuoteLine } from '../csv-quotes';

const unreadable = (file: string, problem: string): DecpFileRead => ({ file, shape: null, contracts: [], defects: [], problem });

// Bare NaN tokens are not JSON, yet some producers write them for a missing number (NOTES §3.3).
const NAN_TOKEN = /([:[,]\s*)NaN(?=\s*[,}\]])/g;

function readJson(file: string, text: string, sink?: DecpContractSink): DecpFileRead {
  let nan = 0;
  const repaired = text.replace(NAN_TOKEN, (_, before: string) => {
    nan += 1;
    return `${before}null`;
  });
  let tree: unknown;
  try {
    tree = JSON.parse(repaired);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable(file, `not valid JSON (a file cut short reads so too): ${reason}`);
  }
  const read = readDecpTree(file, tree, 'json', sink);
  if (nan === 0) return read;
  const defect: DecpDefect = { file, record: '*', field: '*', kind: 'not-a-number', found: `NaN ×${nan}, read as null` };
  return { ...read, defects: [defect, ...read.defects] };
}

// XML elements that are list items: forced to lists even when one is present, as decp-processing does with
// xmltodict's force_list (NOTES §1.2), so that one element reads like a list of one.
const XML_LISTS = new Set([
  'marche',
  'contrat-concession',
  'titulaire',
  'concessionnaire',
  'modification',
  'considerationSociale',
  'considerationEnvironnementale',
  'technique',
  'modaliteExecution',
  'typePrix',
  'acteSousTraitance',
  'modificationActeSousTraitance',
  'donneesAnnuelles',
  'tarif',
]);

// Control characters are not allowed in XML 1.0 and real files carry some (NOTES §3.3): removed before parsing.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

function readXml(file: string, text: string, sink?: DecpContractSink): DecpFileRead {
  const clean = text.replace(XML_CONTROL, '');
  const valid = XMLValidator.validate(clean);
  if (valid !== true) return unreadable(file, `not well-formed XML (a file cut short reads so too): line ${valid.err.line}: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    // Values stay text: the field readers normalise numbers, booleans and dates the same way for every format.
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => XML_LISTS.has(name),
  });
  let tree: unknown;
  try {
    tree = parser.parse(clean);
  } catch (error) {
    return unreadable(file, `not readable as XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return readDecpTree(file, tree, 'xml', sink);
}

function readCsv(file: string, text: string, sink?: DecpContractSink): DecpFileRead {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const quote = unterminatedQuoteLine(text, parsed.errors);
  if (quote !== null) return unreadable(file, `not readable as CSV: a quote opened on line ${quote} is never closed`);
  return readDecpTable(file, parsed.meta.fields ?? [], parsed.data, sink);
}

/** The contracts of one DECP file's text; `file` names it in every defect and problem. With a `sink`, contracts go to it. */
export function readDecpText(file: string, text: string, sink?: DecpContractSink): DecpFileRead {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return unreadable(file, 'the file is empty');
  const first = start[0];
  if (first === '{' || first === '[') return readJson(file, start, sink);
  if (first === '<') return readXml(file, start, sink);
  return readCsv(file, start, sink);
}
