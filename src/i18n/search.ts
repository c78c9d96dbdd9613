// Kept while the tables screen moves to its state class; the folding itself is the engine's (src/domain/text.ts).
export { foldForSearch } from '../domain';
