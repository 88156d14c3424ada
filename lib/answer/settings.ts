/**
 * How the offline answer is composed: every weight and threshold of sentence scoring, lead choice,
 * selection and repeat detection in one typed object, so the eval can vary them (like
 * lib/search/settings.ts does for ranking). The defaults are the values the tuned gold sets favoured.
 */
export type AnswerSettings = {
  selection: {
    /** Budgets of a prose answer and of a list answer: words, sentences, and the share of the best score a further unit needs. */
    limits: { prose: SelectionLimit; list: SelectionLimit };
    /** A lead scores at least this, and at least `leadRelative` of the best unit's score. */
    minLeadScore: number;
    leadRelative: number;
    /** A lead that plainly answers the kind of question asked may be chosen over one scoring this much more. */
    directLeadShare: number;
    /** A lead of the kind the question's form asks (a relation for yes/no, a reason for "why", a member for "which") may be chosen when it scores this share of the best. */
    formLeadShare: number;
    /** A novel unit needs this share of the usual floor… */
    noveltyFloorShare: number;
    /** …and may pass over a better-scoring unit only when it scores this share of it. */
    noveltyMargin: number;
    /** A sentence that leans on the one before it may lead (with that one first) only when this much better. */
    danglingLeadMargin: number;
    /** How many sentences back a referent is looked for, and how long the pair may be. */
    maxReferentSteps: number;
    maxLeadChunkWords: number;
    /** An explanation's cue ("because", "by reducing") is followed by this many content stems, more than this share of them not the question's own: a reason, not the asked effect again. */
    explanationWindowStems: number;
    explanationNewShare: number;
    /** A lead carries the question's focus (its idf-weighted topic words and names) within this share of the strong candidate carrying most of it. */
    coverageLeadMargin: number;
    /** An overview of causes names at least this many things (conditions, nutrients, drugs), broad groups included. */
    overviewMinNames: number;
    /** A sentence saying what to do or take leads a treatment question when it carries at most this many fewer of the question's topic words than the candidate carrying most. */
    treatmentFocusSlack: number;
    /** A cause word counts for a name within this many words before it (same clause); "due to", "occurs when" within this many after it; "occur", "develop" in a question within this many after it. */
    causeCueWindowWords: number;
    effectCueWindowWords: number;
    originCueWindowWords: number;
  };
  scoring: {
    /** Share of the question a unit's headings and title must carry to stand in for its own words. */
    minContextScore: number;
    /** A sentence that plainly gives the kind of answer asked counts this many extra intent hits. */
    strongIntentWeight: number;
    /** Bonus per intent hit, divided by the number of intents asked. */
    intentHitBonus: number;
    /** Factor for a sentence naming no food when foods were asked, and no test when tests were asked. */
    foodlessFactor: number;
    testlessFactor: number;
    /** Food answers gain this per food named, up to the cap. */
    foodRichnessPerPart: number;
    foodRichnessCap: number;
    /** Bonus per specific name beyond the first when a list of causes or members is asked, up to `enumerationMaxNames` names. */
    enumerationBonusPerName: number;
    enumerationMaxNames: number;
    /** Factor for vague filler naming nothing ("many possible causes"). */
    vagueFactor: number;
    /** Factor for a summary naming fewer than two things, and the bonus for one naming the list asked for. */
    summaryFactor: number;
    summaryEnumerationBonus: number;
    /** Shape factors: no sentence ending (fragment), weak opening ("Furthermore"), too short, too long. */
    unendedFactor: number;
    weakStartFactor: number;
    shortWords: number;
    shortFactor: number;
    longWords: number;
    longFactor: number;
    /** Early sentences of a passage gain up to this, fading to zero at `positionSpan`. */
    positionBonus: number;
    positionSpan: number;
    /** Each retrieval rank below the first costs this share, up to `rankSpan` ranks. */
    rankStep: number;
    rankSpan: number;
    /** Factor for a sentence naming the entity but none of the other question words. */
    offTopicFactor: number;
  };
  entityFit: {
    /** Bonus for naming an asked entity, and per further one named. */
    namedBonus: number;
    namedExtraBonus: number;
    /** Bonus when the entity is only the subject, the group, or the section of the sentence. */
    viaSubjectBonus: number;
    viaGroupBonus: number;
    viaSectionBonus: number;
    /** Cost per other entity the sentence lists, up to the cap; from `dilutionOthers` others the score is also scaled. */
    otherEntityCost: number;
    otherEntityCostCap: number;
    dilutionOthers: number;
    dilutionFactor: number;
    /** Bonuses: names the asked deficiency, names the entity in its lead, speaks of the broad class asked, starts with it for "what is X?". */
    deficiencyBonus: number;
    leadBonus: number;
    broadBonus: number;
    aboutStartBonus: number;
  };
  redundancy: {
    /** Near duplicates: stem Jaccard or containment of the shorter in the other. */
    duplicateJaccard: number;
    duplicateContainment: number;
    /** Saying the same: most of the shorter's words, the question's included, are in the other… */
    containment: number;
    /** …it has at least this many… */
    minStems: number;
    /** …and a good part of what it says beyond the question's words. */
    remainderContainment: number;
    /** A sentence whose words the chosen ones about the same things nearly all say adds nothing. */
    relatedCoverage: number;
    /** A candidate holding all of a chosen unit's words replaces it when it scores this share of it. */
    supersetScoreShare: number;
  };
  /** An FAQ answer is used for the question when it shares this share of the question's words. */
  faqSameQuestionShare: number;
};

type SelectionLimit = { words: number; units: number; relative: number };

export const DEFAULT_ANSWER_SETTINGS: AnswerSettings = {
  selection: {
    limits: {
      prose: { words: 120, units: 4, relative: 0.5 },
      list: { words: 170, units: 6, relative: 0.5 },
    },
    minLeadScore: 0.3,
    leadRelative: 0.4,
    directLeadShare: 0.6,
    formLeadShare: 0.6,
    noveltyFloorShare: 0.7,
    noveltyMargin: 0.75,
    danglingLeadMargin: 1.1,
    maxReferentSteps: 2,
    maxLeadChunkWords: 70,
    coverageLeadMargin: 0.1,
    explanationWindowStems: 5,
    explanationNewShare: 0.5,
    overviewMinNames: 2,
    treatmentFocusSlack: 1,
    causeCueWindowWords: 6,
    effectCueWindowWords: 8,
    originCueWindowWords: 3,
  },
  scoring: {
    minContextScore: 0.15,
    strongIntentWeight: 1,
    intentHitBonus: 0.6,
    foodlessFactor: 0.35,
    testlessFactor: 0.6,
    foodRichnessPerPart: 0.05,
    foodRichnessCap: 0.3,
    enumerationBonusPerName: 0.15,
    enumerationMaxNames: 3,
    vagueFactor: 0.7,
    summaryFactor: 0.6,
    summaryEnumerationBonus: 0.1,
    unendedFactor: 0.6,
    weakStartFactor: 0.85,
    shortWords: 6,
    shortFactor: 0.5,
    longWords: 50,
    longFactor: 0.75,
    positionBonus: 0.08,
    positionSpan: 6,
    rankStep: 0.03,
    rankSpan: 10,
    offTopicFactor: 0.6,
  },
  entityFit: {
    namedBonus: 0.8,
    namedExtraBonus: 0.2,
    viaSubjectBonus: 0.4,
    viaGroupBonus: 0.3,
    viaSectionBonus: 0.2,
    otherEntityCost: 0.2,
    otherEntityCostCap: 0.6,
    dilutionOthers: 2,
    dilutionFactor: 0.7,
    deficiencyBonus: 0.1,
    leadBonus: 0.15,
    broadBonus: 0.2,
    aboutStartBonus: 0.25,
  },
  redundancy: {
    duplicateJaccard: 0.5,
    duplicateContainment: 0.66,
    containment: 0.6,
    minStems: 4,
    remainderContainment: 0.4,
    relatedCoverage: 0.85,
    supersetScoreShare: 0.8,
  },
  faqSameQuestionShare: 0.6,
};
