/**
 * The two names lib/answer/sentences.ts and lib/triage/detect.ts still import from here, where the
 * lexicon lived before it moved down (data: lib/vocabulary; recognition: lib/question). Those two
 * files belong to work in flight elsewhere (the one sentence splitter; triage); when they import
 * from '@/lib/question' and '@/lib/vocabulary' themselves, this file goes.
 */
export { entitiesIn } from '@/lib/question';
export { FOCUS_KINDS } from '@/lib/vocabulary';
