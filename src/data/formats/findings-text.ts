// A finding as one line of text, alike in every CSV and workbook: `R10 error green-electricity-contract: <message>`.
// The rule, severity and code stay in English (programs filter on them); the message is in the file's language.
import type { Finding } from '../../domain';
import type { Language } from '../../i18n';

export const findingText = (finding: Finding, language: Language): string =>
  `R${finding.rule} ${finding.severity} ${finding.code}: ${finding.message[language]}`;

/** Several findings in one cell, errors first as the engine orders them. */
export const findingsText = (findings: readonly Finding[], language: Language): string => findings.map((f) => findingText(f, language)).join(' | ');
