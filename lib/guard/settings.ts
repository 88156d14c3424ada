/**
 * Every threshold of the output guard in one typed object, as lib/search/settings.ts and
 * lib/answer/settings.ts do for their stages, so a test or the eval can see and vary them in one
 * place. The values were set against the attack strings in ../shared/security and the gold
 * answers (no gold answer is cut); the reasons sit beside each field.
 */
export type GuardSettings = {
  /** Share checks over a sentence, and over the whole answer with `cumulativeFactor` times the words. */
  shares: {
    /** The known-words check judges from this many words, and wants this share known to the corpus or English. */
    minWordsForKnownShare: number;
    minKnownShare: number;
    /** The foreign-language check judges from this many words; a language's function words above this share fail. */
    minWordsForForeignShare: number;
    maxForeignShare: number;
    /** The grounding check judges from this many content words, and wants this share in the cited passages. */
    minContentWordsForGrounding: number;
    minGroundedShare: number;
    /** Cumulative statistics need more words than one sentence before they judge. */
    cumulativeFactor: number;
  };
  /** Shape checks on one sentence: obfuscated or encoded payloads. */
  shape: {
    /** Letters spaced out one by one ("i g n o r e") longer than this. */
    maxSingleCharRun: number;
    /** Letters of a script the corpus never uses. */
    maxForeignScriptLetters: number;
    /** Code punctuation ({, }, ;, =>, …) beyond this count. */
    maxCodeSymbols: number;
  };
  /** Secrets and echoes split over two sentences: this much of the accepted text is kept to join them. */
  tailChars: number;
  /** A planted line in an article: see corpus-profile.ts. */
  insertion: {
    /** A sentence is inserted when under this share of its content words occur elsewhere in the corpus… */
    minSupportedShare: number;
    /** …or under this share when that is also fewer than `minAnchors` words. */
    minSupportedShareFewAnchors: number;
    minAnchors: number;
    /** Shorter sentences are not judged. */
    minContentWordsToJudge: number;
    /** Removing one insertion can expose another that leaned on it (five planted lines on one theme). */
    cleaningPasses: number;
  };
  /** Instruction echoes: a run of this many words of the system prompt is a leak; shorter secrets are not tracked. */
  leak: { echoWindowWords: number; minSecretChars: number };
};

export const guardSettings: GuardSettings = {
  shares: {
    minWordsForKnownShare: 4,
    minKnownShare: 0.6,
    minWordsForForeignShare: 5,
    maxForeignShare: 0.2,
    minContentWordsForGrounding: 3,
    minGroundedShare: 0.5,
    cumulativeFactor: 2,
  },
  shape: { maxSingleCharRun: 7, maxForeignScriptLetters: 1, maxCodeSymbols: 2 },
  tailChars: 400,
  insertion: {
    minSupportedShare: 1 / 3,
    minSupportedShareFewAnchors: 0.5,
    minAnchors: 3,
    minContentWordsToJudge: 3,
    cleaningPasses: 3,
  },
  leak: { echoWindowWords: 8, minSecretChars: 6 },
};
