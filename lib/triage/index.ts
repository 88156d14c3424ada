/**
 * Triage: how urgent a message is (emergency / urgent-soon / none) and which emergency signs it
 * shows, decided before retrieval; the fixed texts the server adds for each level.
 */
export { detectRedFlags, triageMessage, triageTurn } from './detect';
export { triageSpellingText } from './typos';
export { URGENT_NOTICE, URGENT_SOON_NOTE, urgentPartText } from './notices';
export { SIGN_PLAIN_WORDS, triageResultSchema, triageSignIdSchema, type TriageLevel, type TriageResult, type TriageSignId } from './signs';
