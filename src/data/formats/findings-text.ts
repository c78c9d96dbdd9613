// A finding as one line of text, alike in every CSV and workbook. For programs (the international CSV, the
// command line): `R10 error green-electricity-contract: <message>`, rule, severity and code in English (programs
// filter on them), the message in the file's language. For people (the French spreadsheet CSV, the workbook):
// `Règle 10 · erreur (green-electricity-contract) : <message>`, as the printed report writes it.
import type { Finding } from '../../domain';
import { translate, type Language } from '../../i18n';
import { fileWord } from '../../i18n/file-words';

export const findingText = (finding: Finding, language: Language): string =>
  `R${finding.rule} ${finding.severity} ${finding.code}: ${finding.message[language]}`;

/** Several findings in one cell, errors first as the engine orders them. */
export const findingsText = (findings: readonly Finding[], language: Language): string => findings.map((f) => findingText(f, language)).join(' | ');

export const findingInWords = (finding: Finding, language: Language): string =>
  fileWord(language, 'finding', {
    rule: translate(language, 'report.rule', { rule: finding.rule }),
    severity: translate(language, `report.severity.${finding.severity}`),
    code: finding.code,
    message: finding.message[language],
  });

export const findingsInWords = (findings: readonly Finding[], language: Language): string => findings.map((f) => findingInWords(f, language)).join(' | ');
