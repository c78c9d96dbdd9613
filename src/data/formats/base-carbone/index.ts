// An ADEME Base Carbone® / Base Empreinte® CSV export read into a factor table. Runs in the browser's
// import worker and in Node (the command line): no API beyond TextDecoder.
export { decodeCsvBytes } from './decode';
export { describeSize, MAX_EXPORT_BYTES, tooLargeProblem } from './whole-file';
export { cleanText, parseDecimalComma, parseFullDate } from './cells';
export { mapBaseCarboneUnit } from './units';
export { mapBaseCarboneCategory } from './categories';
export type { RejectReason } from './element-row';
export { DEFAULT_IMPORT_TABLE_ID, importBaseCarbone, type BaseCarboneImport, type RejectedRow } from './import';
