export * from './schema';
export { parseDocument } from './parse';
export { chunkDocument, MAX_PASSAGE_WORDS, MIN_PASSAGE_WORDS } from './chunk';
export { loadCorpus, loadCorpusPassages } from './load';
export type { LoadedPassages } from './load';
