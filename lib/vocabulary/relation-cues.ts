/**
 * Cue phrases (regular-expression sources, matched on word boundaries) for the relation a sentence
 * states, from the grammar of explanation and of amount, never from a topic: lib/answer reads them
 * to tell an explanation from a restatement and excess from deficiency.
 */

/**
 * A sentence stating how or why something happens, not only that it does: a reason ("because",
 * "due to"), a means ("by reducing …", "thereby"), or the role that fails ("is essential for …",
 * "plays a key role in", "helps muscles relax"). "causes" and "leads to" alone restate the relation.
 */
export const EXPLANATION_CUES: readonly string[] = [
  'because',
  'due to',
  'owing to',
  'as a result of',
  'thereby',
  'so that',
  'which means',
  'by \\w+ing',
  // "is essential for …", not "it is important to remember …" (advice, not a role).
  '(?:is|are) (?:\\w+ )?(?:crucial|essential|needed|necessary|required|vital|critical|key|important|responsible) (?:for|in)',
  'plays? (?:a|an) (?:\\w+ )?role',
  'helps? (?:your |the )?(?:body|muscles?|nerves?|blood|cells?) ',
  'helping (?:your |the )?(?:body|muscles?|nerves?|blood|cells?) ',
  'depriv(?:e|es|ing)',
  'without (?:enough|adequate|sufficient|it|them)',
  '(?:disrupts?|impairs?|reduces?|diminish(?:es)?|hinders?|interferes? with|compromises?) (?:the )?(?:\\w+ ){0,3}(?:signals?|transmission|delivery|supply|capacity|ability|synthesis|absorption|function|volume|balance|flow|production)',
];

/** The question asks about too much of something: an excess, an overdose, a supplement's side effects. */
export const EXCESS_QUESTION_CUES: readonly string[] = [
  'too (?:much|many|high)',
  'excess\\w*',
  'over-?do(?:ing|ne)?',
  'overdos\\w*',
  'toxic\\w*',
  'side[- ]effects?',
  'high(?:er)? (?:doses?|amounts?|levels?|intake)',
  'megadoses?',
  'hyper\\w*(?:emia|aemia)',
];

/** A sentence about an excess or its harm. */
export const EXCESS_SENTENCE_CUES: readonly string[] = [
  'excess\\w*',
  'too (?:much|many|high)',
  'overdos\\w*',
  'toxic\\w*',
  'adverse',
  'harmful',
  'side effects?',
  'high (?:doses?|amounts?|levels?|intake)',
  'hyper\\w*(?:emia|aemia)',
];

/** A sentence about too little of something. */
export const DEFICIENCY_SENTENCE_CUES: readonly string[] = [
  'deficien\\w*',
  'low',
  'lack\\w*',
  'shortage',
  'insufficien\\w*',
  'inadequate',
  'too little',
  'hypo\\w*(?:emia|aemia)',
];

/**
 * A sentence giving the range of causes of something rather than one of them: "X and Y are
 * frequent culprits", "common causes include …", "a number of cases are related to …". An open
 * "why / what could be the reason" question that names no cause is answered first by such an
 * overview (when it names several causes), not by one specific cause.
 */
export const CAUSE_OVERVIEW_CUES: readonly string[] = [
  // Plural: "another major culprit" is one cause among others, not the range of them.
  'culprits',
  'causes? (?:include|includes|range|vary)',
  '(?:common|frequent|possible|potential|main|many|several|various|different) (?:causes?|reasons?|factors?|explanations?)',
  'a (?:wide )?(?:range|variety|number) of',
  'number of cases',
  'many cases',
  'can (?:stem|result) from',
];

/**
 * A sentence that names what to do or take, what a "what helps / what should I take" question asks:
 * a treatment stated ("treatment includes …", "… is recommended"), a remedy's effect ("can help
 * relieve …") or advice given ("drink …", "consider …"). "Treatment" or "supplements" alone are
 * as often said of a need or a difficulty ("finding the right treatment is key") as they name one.
 */
export const TREATMENT_ANSWER_CUES: readonly string[] = [
  // "Treatment of night cramps usually involves …": what is treated may come between.
  '(?:treatment|management|therapy|options?)(?: [\\w-]+){0,5}? (?:often |usually |may |can )?(?:includes?|involves?|consists? of|focus(?:es)? on)',
  '(?:is|are) (?:often |usually |generally )?(?:recommended|advised|prescribed|effective)',
  '(?:can|may|will|often) (?:help|relieve|ease|improve|restore|correct|reverse|resolve|alleviate|maintain)',
  'helps? (?:to )?(?:relieve|ease|improve|restore|correct|prevent|reduce|alleviate|maintain|keep)',
  '(?:exercises?|activities|stretches|stretching|foods?|supplements?) (?:such as|like)',
];

/** Advice opens with its verb: "Drink water before …", "Consider …", "Be sure to …". */
export const ADVICE_OPENING_CUES: readonly string[] = [
  'drink',
  'eat',
  'take',
  'consider',
  'try',
  'stay',
  'include',
  'aim',
  'focus',
  'stretch',
  'avoid',
  'ensure',
  'be sure',
  'make sure',
  'keep',
  'increase',
  'add',
];

/**
 * Words a question asks for people with ("who …", "which people / groups …"): it is answered by a
 * sentence naming the people at risk ("Older adults and … are at risk of …").
 */
export const PEOPLE_ASKED_CUES: readonly string[] = [
  'people',
  'persons?',
  'individuals',
  'groups?',
  'patients',
  'adults',
  'kinds? of people',
  'types? of people',
];

/**
 * Verbs and nouns that put their cause before them and their effect after: "… can induce
 * hypokalemia", "… is a common cause of restless legs", "… predisposing individuals to …". A thing
 * named right after one is said to be brought about.
 */
export const CAUSE_BEFORE_EFFECT_CUES: readonly string[] = [
  'caus(?:e|es|ed|ing)',
  'cause of',
  'induc(?:e|es|ed|ing)',
  'lead(?:s|ing)? to',
  'led to',
  'result(?:s|ed|ing)? in',
  'contribut(?:e|es|ed|ing) to',
  'trigger(?:s|ed|ing)?',
  'develop(?:s|ed|ing)?',
  'predispos(?:e|es|ed|ing)',
  'bring(?:s|ing)? on',
  'give(?:s|n)? rise to',
  // "… carry a higher risk of electrolyte disturbances": what is risked is the effect.
  'risks? of',
];

/** Phrases after a thing that name what brings it about: "… deficiency is often due to …", "… occurs when …". */
export const EFFECT_BEFORE_CAUSE_CUES: readonly string[] = [
  'due to',
  'caused by',
  'because of',
  '(?:the |a )?result of',
  'results? from',
  'aris(?:e|es|ing) from',
  'stems? from',
  'occurs? (?:when|in|with|after)',
];

/**
 * Everyday ways a question asks what brings a thing about or runs it down, besides the verbs
 * above: "can booze leave me short on …", "enough to drop my …", "what drains …".
 */
export const QUESTION_CAUSE_CUES: readonly string[] = [
  'give (?:me|you|someone|people)',
  'leave (?:me|you|someone|people|us|them) (?:short|low|lacking|deficient)',
  'drop',
  'lower',
  'deplete',
  'drain',
  'rob',
  'use up',
  '(?:causes?|reasons?|triggers?) (?:of|for|behind)',
];

/** After a thing a question names, asking how it comes about: "why does … occur?", "how does … develop?". */
export const QUESTION_ORIGIN_CUES: readonly string[] = ['occur', 'happen', 'develop', 'arise', 'come about', 'come on', 'start'];
