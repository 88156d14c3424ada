export * from './schema';
export { parseDocument, parseBlocks, sourceFormatFor } from './parse';
export type { ParseInput } from './parse';
export { chunkDocument, passageId, renderTableRow, MAX_PASSAGE_WORDS, MIN_PASSAGE_WORDS } from './chunk';
export {
  loadCorpus,
  loadCorpusPassages,
  computeCorpusHash,
  documentIdFor,
  isCorpusFile,
  manifestSchema,
  PARSER_VERSION,
} from './load';
export type { CorpusManifest, LoadedCorpus, LoadedPassages } from './load';
export { htmlToText, decodeEntities } from './html';
