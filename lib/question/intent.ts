import { z } from 'zod';
import { normalizeText } from '@/lib/text';

/** What kind of information a question asks for. */
export const intentSchema = z.enum(['foods', 'symptoms', 'causes', 'risk', 'diagnosis', 'treatment', 'seriousness', 'doctor', 'role', 'definition']);
export type Intent = z.infer<typeof intentSchema>;

const QUESTION_CUES: Record<Intent, RegExp> = {
  foods:
    /\b(foods?|eat|eating|diet|dietary|sources?|rich in|meals?|snacks?|fruits?|vegetables?|veg|veggies|contain|contains|get (more )?\w+ from|nutrition|where (do|can|should|would) (i|you|we|people) get|how (do|can|could|should|would) (i|you|we|people) get (more|enough)( of)?)\b/,
  symptoms: /\b(symptoms?|signs?|feel like|manifest\w*|how (do|would|can) i (know|tell)|indicat\w+|effects?)\b/,
  causes:
    /\b(why|causes?|caused|causing|reasons?|leads? to|because|trigger\w*|responsible|link\w*|contribut\w+|(make|makes|made|making) (my |your |the |their )?\w+ (feel )?(weak|heavy|hurt|ache|achy|sore|cramp|numb|tingle|tired))\b/,
  risk: /\b(at risk|risks?|who (gets|get|is|are|might|may|tends?|usually|typically|often|commonly|needs?|should)|more likely|prone|susceptible|vulnerable|likely to|predispos\w*)\b/,
  diagnosis: /\b(diagnos\w*|tests?|tested|testing|check(ed)?|blood work|find out|confirm\w*|measur\w*|detect\w*)\b/,
  treatment:
    /\b(treat\w*|fix\w*|cure\w*|help\w*|reliev\w*|relief|remed\w*|supplement\w*|improv\w*|correct\w*|manag\w*|prevent\w*|get rid|reverse|recover\w*|what (can|should) i do|stop)\b/,
  seriousness: /\b(serious|dangerous|danger|emergency|worry|worried|harmful|life[- ]threatening|complications?|safe|bad|(ok|okay|alright|fine) to)\b/,
  doctor:
    /\b((see|call|visit|consult|ask|go to|talk to|speak to) (a |the |my |your )?(doctor|gp|physician|healthcare|professional|hospital|er)|when (should|do|to) (i )?(worry|be worried|get help|seek)|seek (medical )?(help|attention|care|advice)|medical (attention|advice|help))\b/,
  role: /\b(role|function|what does \w+( \w+)? do|why is \w+( \w+)? (important|needed)|important for|work)\b/,
  definition: /^(what is|what are|what's|whats|define|tell me about|explain|describe)\b/,
};

/** Intents of a question in a fixed order; a bare "what is X" keeps only "definition". */
export function detectIntents(question: string): Intent[] {
  const q = normalizeText(question);
  const found = (Object.keys(QUESTION_CUES) as Intent[]).filter((i) => QUESTION_CUES[i].test(q));
  if (found.length > 1 && found.includes('definition')) return found.filter((i) => i !== 'definition');
  return found;
}

/** True when a word on its own asks for one of `intents` ("prevent", "improve": treatment). */
export function isIntentCue(word: string, intents: readonly Intent[]): boolean {
  const w = normalizeText(word);
  return intents.some((i) => QUESTION_CUES[i].test(w));
}

/** True when the question wants several items, which reads better as a bullet list. */
export function wantsList(question: string): boolean {
  const q = normalizeText(question);
  return (
    /\b(list|bullet|enumerate)\b/.test(q) ||
    /\b(which|what) (foods?|sources?|symptoms?|signs?|nutrients?|vitamins?|minerals?|deficienc\w+|causes?|medications?|drugs?|conditions?|tests?|options?|ways?|tips?|things?)\b/.test(
      q,
    ) ||
    /\bwhat are (the )?(main |common |most common |typical |key |possible )?(symptoms?|signs?|causes?|sources?|foods?|risk factors?|treatments?|options?|tips?)\b/.test(
      q,
    )
  );
}

const FOOD_WORDS =
  /\b(meat|red meat|fish|salmon|tuna|sardines?|eggs?|egg yolks?|dairy|milk|cheese|yogh?urt|spinach|kale|leafy|greens|vegetables?|fruits?|nuts?|almonds?|seeds?|beans?|lentils?|chickpeas?|legumes?|bananas?|avocados?|potato(es)?|sweet potato(es)?|grains?|whole wheat|cereals?|fortified|oils?|poultry|chicken|liver|tofu|oranges?|broccoli|yolks?|beef|pork|lamb|turkey|shellfish|oysters?|shrimps?|prawns?|cashews?|walnuts?|peanuts?|oats?|oatmeal|rice|bread|pasta|quinoa|soy|soya|berries|apples?|tomato(es)?|carrots?|peas|mushrooms?|chocolate|butter|wheat)\b/;

const SENTENCE_CUES: Record<Intent, RegExp> = {
  foods: /\b(foods?|dietary|diet|sources?|rich in|found in|eat\w*|intake)\b/,
  symptoms:
    /\b(symptoms?|signs?|can cause|causes?|lead(s|ing)? to|result(s|ing)? in|manifest\w*|weakness|cramp\w*|tingling|numbness|fatigue|aches?|pain|spasms?|twitch\w*|characteri[sz]ed)\b/,
  causes:
    /\b(because|due to|caused by|cause[sd]?|lead(s|ing)? to|result(s|ing)? in|arises?|disrupt\w*|impair\w*|reduc\w+|mechanism|thereby|responsible|culprits?|linked)\b/,
  // Who gets it, not what it leads to: "increases the risk of falls" and "prone to cramping" are effects.
  risk: /\b(at (increased |higher |particular |greater )?risk|risk factors?|more likely|predispos\w*|(?<!-)induce[sd]?|interfere\w* with|older adults|elderly|vegans?|women|athletes|individuals (with|who|experiencing|taking|on)|people (on|with|who)|those (with|on|in|who)|children)\b/,
  diagnosis: /\b(blood tests?|diagnos\w*|tests?|measur\w*|exam\w*|electromyography|nerve conduction|ultrasound|levels|evaluation|order)\b/,
  treatment:
    /\b(supplement\w*|treat\w*|correct\w*|dietary changes|diet|hydrat\w*|replacement|therapy|relief|improv\w*|restor\w*|sun\w*|exercis\w*|consult\w*|balanced|drink\w*|adjust\w*|manag\w*|resolution)\b/,
  seriousness:
    /\b(severe|serious|life-threatening|emergency|immediately|complications?|mortality|paralysis|irregular heart|harmful|prompt|warrants?|ignored)\b/,
  doctor:
    /\b(doctor|healthcare (provider|professional)|medical (attention|evaluation|advice|emergency)|consult\w*|seek\w*|warrants?|evaluation|immediately|prompt)\b/,
  role: /\b(role|essential|crucial|critical|vital|necessary|needed|important|helps?|regulat\w+|involved|responsible)\b/,
  definition: /\b(is an?|known as|called|refers? to|characteri[sz]ed|means|defined)\b/,
};

// The clearest signs a sentence answers an intent; worth more than a loose cue.
const STRONG_SENTENCE_CUES: Partial<Record<Intent, RegExp>> = {
  symptoms: /\b(symptoms?|signs?)\b/,
  causes: /\b(because|due to|caused by|causes?|lead(s|ing)? to|results? in|culprits?|responsible for|contribut\w* to)\b/,
  risk: /\b(at (increased |higher |particular |greater )?risk|risk factors?|more likely to (develop|get|have|experience|be)|higher risk|predispos\w*|can induce|(individuals|people|those|women|athletes|adults) (with|who|on|taking|experiencing|in|of))\b/,
  diagnosis: /\b(blood tests?|diagnos\w*|nerve conduction|electromyography)\b/,
  treatment: /\b(treat\w*|correct\w*|supplement\w*|replacement|relief)\b/,
  seriousness: /\b(life-threatening|emergency|immediately|serious|severe)\b/,
  doctor: /\b(seek medical attention|medical emergency|warrants? (a visit|prompt|medical)|consult (a|your|with) (a )?(doctor|healthcare))\b/,
  definition: /\b(is an?|known as|called|refers? to|characteri[sz]ed by|a condition)\b/,
};

/** Whether a sentence carries the clearest sign of answering an intent. */
export function sentenceStronglyMatchesIntent(sentence: string, intent: Intent): boolean {
  if (intent === 'foods') return sentenceMatchesIntent(sentence, 'foods');
  const re = STRONG_SENTENCE_CUES[intent];
  return re ? remembered(sentence, STRONG_BIT[intent], (s) => re.test(s)) : false;
}

/** Whether a sentence carries the kind of information an intent asks for. */
export function sentenceMatchesIntent(sentence: string, intent: Intent): boolean {
  return remembered(sentence, MATCH_BIT[intent], (s) => matchesIntent(s, intent));
}

function matchesIntent(s: string, intent: Intent): boolean {
  // "Tell me about X" is answered by what X is and what it does.
  if (intent === 'definition') return SENTENCE_CUES.definition.test(s) || SENTENCE_CUES.role.test(s);
  if (intent === 'foods') return FOOD_WORDS.test(s) || /\b(rich in|dietary sources?|food sources?|\w+-rich foods?|whole foods|sunlight|sun exposure)\b/.test(s);
  return SENTENCE_CUES[intent].test(s);
}

/*
 * The same passage sentences are tested turn after turn, for several intents each: every answer
 * is remembered per sentence, one bit for "known" and one for the answer. Bounded: the map is
 * emptied when full (sentences come from the passages, so it rarely fills).
 */
const INTENTS = Object.keys(SENTENCE_CUES) as Intent[];
const MATCH_BIT = Object.fromEntries(INTENTS.map((intent, i) => [intent, 1 << i])) as Record<Intent, number>;
const STRONG_BIT = Object.fromEntries(INTENTS.map((intent, i) => [intent, 1 << (INTENTS.length + i)])) as Record<Intent, number>;
const FOOD_WORDS_BIT = 1 << (2 * INTENTS.length);

type SentenceCues = { normalized: string; known: number; found: number };

const MAX_REMEMBERED_SENTENCES = 5_000;
const cuesBySentence = new Map<string, SentenceCues>();

function remembered(sentence: string, bit: number, test: (normalized: string) => boolean): boolean {
  let cues = cuesBySentence.get(sentence);
  if (cues === undefined) {
    if (cuesBySentence.size >= MAX_REMEMBERED_SENTENCES) cuesBySentence.clear();
    cues = { normalized: normalizeText(sentence), known: 0, found: 0 };
    cuesBySentence.set(sentence, cues);
  }
  if ((cues.known & bit) === 0) {
    cues.known |= bit;
    if (test(cues.normalized)) cues.found |= bit;
  }
  return (cues.found & bit) !== 0;
}

// The sides of a subject a "tell me about X" answer should cover, most telling first.
const ASPECTS: readonly Intent[] = ['symptoms', 'foods', 'risk', 'diagnosis', 'treatment', 'causes', 'role'];

/** The main kind of information a sentence gives ("symptoms", "foods", "role"…), if any. */
export function aspectOf(sentence: { text: string }): Intent | undefined {
  return ASPECTS.find((i) => (i === 'role' ? sentenceMatchesIntent(sentence.text, i) : sentenceStronglyMatchesIntent(sentence.text, i)));
}

export function mentionsFoods(sentence: string): boolean {
  return remembered(sentence, FOOD_WORDS_BIT, (s) => FOOD_WORDS.test(s));
}

/** Question cue words that say what is asked, not what it is about; kept out of content terms. */
export const INTENT_ONLY_WORDS = new Set([
  'symptom',
  'symptoms',
  'sign',
  'signs',
  'cause',
  'causes',
  'caused',
  'causing',
  'reason',
  'reasons',
  'why',
  'risk',
  'risks',
  'diagnose',
  'diagnosed',
  'diagnosis',
  'test',
  'tested',
  'tests',
  'treat',
  'treated',
  'treatment',
  'fix',
  'cure',
  'help',
  'helps',
  'serious',
  'dangerous',
  'role',
  'function',
  'list',
  'food',
  'foods',
  'eat',
  'source',
  'sources',
  'rich',
  'affect',
  'affects',
  'lead',
  'leads',
  'happen',
  'happens',
  'best',
  'good',
  'bad',
  'need',
  'needs',
  'take',
  'work',
  'works',
  'feel',
  'feels',
  'type',
  'types',
  'doctor',
  'see',
  'worry',
  'seek',
  'check',
  'checked',
  'checking',
  'rid',
  'likely',
  'contain',
  'contains',
  // How much: the dose guard answers these, they are never a topic of their own.
  'mg',
  'mcg',
  'iu',
  'milligram',
  'milligrams',
  'microgram',
  'micrograms',
  'dose',
  'doses',
  'dosage',
  'amount',
  'daily',
]);
