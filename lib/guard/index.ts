/**
 * The output guard: the stage after answer and before chat. It checks what a model writes before
 * the user sees it — citation markers held back until one points at a retrieved passage
 * (marker-stream), text released sentence by sentence (sentence-stream, guarded-release), and each
 * sentence judged against the cited passages and the corpus (output-guard: claims not grounded in
 * the passages, instruction leaks, encoded or linked payloads, words the corpus never uses). It
 * owns no orchestration: chat builds a guard per turn and feeds the model's stream through it.
 */
export { loadCorpusProfile } from './corpus-profile';
export { GuardedRelease, SentinelWatch } from './guarded-release';
export { CitationStreamFilter } from './marker-stream';
export { createOutputGuard, type OutputGuard, type OutputGuardContext } from './output-guard';
