import { entitiesIn, type TurnAnalysis } from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';
import { normalizeText } from '@/lib/text';
import { splitSentences } from '@/lib/text/sentences';
import { matchPattern, type WordSequence } from './concepts';
import { SIGN_CONCEPTS, URGENT_SOON_PATTERNS, type SignPattern } from './sign-words';
import { signOf, triageSignIdSchema, type TriageResult, type TriageSignId } from './signs';
import { isTaughtTopic, pastClauseSpans, unrealBefore } from './frames';
import { repairTriageTypos } from './typos';

/**
 * Triage of one message, before any retrieval: emergency signs (stroke, cauda equina, breathing
 * or heart trouble, fainting, severe dehydration, a clot, sudden paralysis...), urgent-soon
 * (weakness or numbness that lasts or worsens, breathlessness on effort asked about calmly) or
 * none. Errs towards flagging a personal report; a general question about what the articles say
 * ("can low potassium cause an irregular heartbeat?") or a long-past history is not a report.
 * Downplaying words ("probably nothing", "no need for a doctor") never lower the level.
 */

// Whole clauses are read separately: "no chest pain but I can't breathe" has two.
const CLAUSE_SPLIT = /[.;!?\n]+|,|\b(?:but|however|although|though|except|yet)\b/;

const NEGATION =
  /\b(no|not|never|without|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|won't|denies|deny|denied|none|nothing|nor|neither|free of|absence of|ruled? out|nothing like|no signs? of|not experiencing|not having)\b/;

// Personal report markers: the writer or someone they speak for.
const PERSONAL =
  /\b(i|i'm|i've|i'd|i'll|me|my|myself|mine|we|we're|our|us|he|he's|she|she's|his|her|him|hers|they're|their|son|daughter|husband|wife|mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather|granny|gran|nan|partner|friend|child|kid|kids|baby|toddler|boy|girl|brother|sister|aunt|uncle|neighbour|neighbor|colleague)\b/;

// "tell me about…", "can you explain to me…", "I read that…": the pronoun belongs to the asking
// or the reading, not to a symptom.
const ASKING_PHRASES =
  /\b(tell|show|help|give|explain to|let) me\b|\bi (want|would like|'d like|wish) to (know|understand|learn)\b|\bi (was )?(wonder(ing)?|curious)\b|\bi('ve| have)? (read|heard|saw|seen|learned|learnt|was told|keep (reading|hearing))( (that|about|somewhere|online|on \w+))?\b/g;

// Symptoms named as a topic of something (a deficiency, a condition), not as happening.
const TOPIC_FRAME =
  /\b(symptoms?|signs?|effects?|complications?|features?|causes?)\s+(such as|like|including|include|includes|of|e\.?g\.?)\b|\b(caus(e|es|ed|ing)|lead(s|ing)? to|result(s|ing)? in|linked (to|with)|associated with|a sign of|a symptom of|comes? from|due to|because of)\b|\b(the )?(article|articles|passage|passages|text|page)s? (mentions?|says?|said|talks? about|lists?|describes?)\b/;

// Something long past, with nothing to say it is happening now: a history, not an emergency.
const REMOTE_PAST =
  /\b((\d+|a few|few|several|many|some|two|three|four|five|ten) (years|months|decades) (ago|back)|(?<!\b(?:the|this|since) )last (year|month|summer|winter|spring|autumn)|as a (child|kid|teenager|teen|baby|student)|when i was (young|younger|little|small|a kid|a child|a teenager|a student|pregnant|at school|at university|at college|at uni)|ages ago|long ago|a long time ago|(years|decades) back|decades ago|(at|in) (primary|secondary|high|middle|junior|grammar|boarding) school|in my (youth|childhood|school days|schooldays)|growing up|way back|(?<!\b(?:i'm|am|is|are|be|been|get|got|getting|not) )used to (?!(it|this|that|the)\b)|years ago|(back )?in (19|20)\d\d|in (his|her|my|their|our) (teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/;
const HAPPENING_NOW =
  /\b(now|again|still|today|tonight|currently|right now|at the moment|this (morning|afternoon|evening|week)|since|keeps?|started|starting|yesterday|hours?|minutes?|than|lately|recently|anymore|any more|these days|more and more)\b/;

// "now I am fine", "been well since": the "now" or "since" says the symptom is over, not that it is happening.
const RECOVERED_NOW =
  /\bnow (?:(?:i'm|i am|he's|he is|she's|she is|it's|it is|they're|they are|we're|all|doing|feeling) )?(?:fine|well|ok|okay|better|good|recovered|normal|healthy)\b|\b(?:fine|well|ok|okay|good|healthy|better|normal|no problems?|no trouble) (?:ever )?since\b/g;

// A supposed case about nobody in particular ("if someone suddenly…", "imagine a person who…").
const HYPOTHETICAL =
  /\b(if (someone|somebody|a person|anyone|anybody|one|you|people|a patient)|suppose|supposing|hypothetical(ly)?|imagine|in theory|let's say|say someone)\b/;
// The writer's own "if it ever happened": a supposed case, though in the first person.
const SUPPOSED_OWN =
  /\bif (i|my|me|we|our)\b[^.?!]*\bever\b|\bif ever\b|\bshould (it|this|that) ever\b|\bin case (i|my|we|our)\b|\bwhat (should|do|would|can) (i|we|you) do if\b|\b(imagine|what if) (if |that )?(i|my|me|we|our)\b|\bif (i|my|me|we|our)\b[^.?!]*\bwhat (would|could|might) (that|it|this) (mean|be)\b/;
// "what do I do if my husband has collapsed": an "if" clause in the present perfect or the
// present progressive, with no "ever" and about someone in particular, tells what has happened.
const HAS_HAPPENED =
  /\bif\b(?![^.?!]*\b(?:ever|someone|somebody|anyone|anybody|a person|people)\b)[^.?!]*\b(?:has|have|'s|'ve) (?:just |now |suddenly )?\w+(?:ed|en)\b|\bif\b(?![^.?!]*\b(?:ever|someone|somebody|anyone|anybody|a person|people)\b)[^.?!]*\b(?:is|are|isn't|aren't) (?:not )?\w+ing\b/;
// A claim someone made, asked about ("my cousin says one-sided weakness means a stroke, is that true?").
const REPORTED_CLAIM = /\b(says?|said|claims?|claimed|reckons?|told me|tells me)\b/;
const TRUTH_QUESTION = /\b(is (that|it|this|she|he|they) (true|right|correct)|true or not|is there any truth)\b/;

// Something seen on a screen or in a story happening to someone else ("a TV show where a man collapsed").
const ON_SCREEN =
  /\b(tv|television|film|movie|show|programme|program|documentary|video|series|episode|soap|news|book|novel)\b[^.?!]*\b(a|the|an) (man|woman|character|actor|actress|guy|person|player|footballer|contestant|patient|girl|boy)\b|\bsomeone on (tv|television|the news)\b/;
// What a clinician found at a check-up, with nothing to say it is happening now ("the nurse said my heart beat was irregular").
const CLINICIAN_SAID =
  /\b(doctor|doctors|nurse|gp|consultant|cardiologist|specialist|physio|dr) (said|says|told me|found|noticed) (that )?(my|his|her|their|i|he|she|i've|i'm|i had|i have)\b/;

// A pet's symptoms, with no person named in the sentence, are not a person's emergency.
const ANIMAL = /\b(dogs?|pupp(y|ies)|cats?|kittens?|pets?|horses?|rabbits?|hamsters?|guinea pigs?|parrots?|budgies?)\b/;
const PERSON =
  /\b(i|i'm|i've|me|we|us|he|she|him|son|daughter|husband|wife|mom|mum|dad|mother|father|partner|child|kid|baby|boy|girl|brother|sister|grandma|grandpa|friend)\b/;
const FIRST_PERSON = /\b(i|i'm|i've|me|my|we|our|us)\b/;

// A general question: asks what is true in general, names no one.
const GENERAL_QUESTION =
  /^(can|could|does|do|is|are|was|were|what|which|why|how|will|would|should|may|might|when|where|who|whats|what's|explain|tell|describe|list|define)\b(?!')/;

const EXPANSIONS: Array<[RegExp, string]> = [
  // "I no can breathe" (non-native English).
  [/\b(?:no|not) can\b/g, "can't"],
  [/\bcan ?not\b|\bcant\b|\bcan't\b|\bunable to\b|\bnot able to\b/g, "can't"],
  [/\bcould ?not\b|\bcouldnt\b/g, "couldn't"],
  [/\bdont\b|\bdo not\b/g, "don't"],
  [/\bdoesnt\b|\bdoes not\b/g, "doesn't"],
  [/\bdidnt\b|\bdid not\b/g, "didn't"],
  [/\bhavent\b|\bhave not\b/g, "haven't"],
  [/\bhasnt\b|\bhas not\b/g, "hasn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bwont\b|\bwill not\b/g, "won't"],
  [/\bwouldnt\b|\bwould not\b/g, "wouldn't"],
  // "I no can walk" (non-native English): a negated "can".
  [/\b(no|not) can\b/g, "can't"],
  // "I cannot to stand" (non-native English): the verb after "can't" as if "to" were not there.
  [/\b(can't|couldn't) to\b/g, '$1'],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\bpassed-out\b/g, 'passed out'],
  // "can't feel or move my legs": each verb keeps its "can't".
  [
    /\b(can't|couldn't|won't) (\w+)((?: (?:my|his|her|their|the|your) \w+)?) (or|nor) (?!(?:can't|couldn't|won't|not|no|i|he|she|we|they|it|my|his|her|the|a)\b)(\w+)\b(?!')/g,
    '$1 $2$3 $4 $1 $5',
  ],
  [/\bheartbeat\b/g, 'heart beat'],
];

function normalizeForTriage(text: string): string {
  let t = normalizeText(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  return repairTriageTypos(t);
}

// Phrases with a negation word that do not deny the symptom ("no idea why my face droops"), and
// downplaying, which must never lower the level ("probably nothing", "no need for a doctor").
const NOT_A_DENIAL =
  /\b(no idea|no clue|not sure|don't know|do not know|didn't know|not know|no reason|not only|nothing helps|no matter|no need|not want|don't want|didn't want|not a big deal|no big deal|not serious|nothing serious|don't worry|not worried|not to worry|no rush|not urgent|not an emergency|don't think|didn't think|not to bother|don't like|not usually|not like)\b/g;

// Symptoms said with a negation word ("no feeling in my groin", "not responding"): the words near
// them are not denied by it.
const NEGATED_SYMPTOMS =
  /\b(no (feeling|sensation|strength|strong|force|power|control|pulse|urine|pee|wet|tears)|not (strong|responding|making sense|passed|passing|peed|urinated|working|going|gone|better|improving)|(not|never|haven't|hasn't|hadn't) been able to|no (energy|appetite|stamina|motivation)|(haven't|hasn't|hadn't|not|never) (kept|keeping)|(haven't|hasn't|hadn't|won't|isn't|aren't|doesn't|don't|not|never) (gone|go|going|cleared|improved|improving|got better|getting better|settled|eased)|(won't|wouldn't|doesn't|didn't) (feed|drink|eat|wake|respond|answer)|not (answering|answer|answers|reacting|respond|responding|feel|feeling|felt|control|feeding|eating|drinking|sleeping|moving|breathing|crying|waking|peeing|weeing)|(feel|feeling|felt|see|sees|seeing|saw) nothing)\b/g;

// A negation denies the few words after it; the stretch read for it is far longer than two such
// reaches (across an "or"), and than any phrase that undoes one.
const NEGATION_REACH_WORDS = 4;
const NEGATION_REACH_CHARS = 120;

/** True when a negation cue stands within a few words before `matchStart`, in the same clause. */
function negatedBefore(sentence: string, matchStart: number): boolean {
  // Only the last few words count, so a bounded stretch before the word is read, not the whole sentence.
  const clauses = sentence.slice(Math.max(0, matchStart - NEGATION_REACH_CHARS), matchStart).split(CLAUSE_SPLIT);
  const clause = (clauses[clauses.length - 1] ?? '').replace(NOT_A_DENIAL, ' ').replace(NEGATED_SYMPTOMS, ' ');
  const words = clause.trim().split(/\s+/);
  if (NEGATION.test(words.slice(-NEGATION_REACH_WORDS).join(' '))) return true;
  // "no chest pain or shortness of breath": a denial reaches across "or" / "nor" to the next item.
  const joint = words.slice(-NEGATION_REACH_WORDS).findLastIndex((w) => w === 'or' || w === 'nor');
  if (joint < 0) return false;
  // Denied when the word just before the "or" is: a negation within reach of that word.
  const before = words.slice(0, words.length - Math.min(NEGATION_REACH_WORDS, words.length) + joint);
  return NEGATION.test(before.slice(-NEGATION_REACH_WORDS - 1).join(' '));
}

/**
 * The clauses of a sentence that state something, its asking clauses left out: "now" in "does
 * that matter now?" asks about today, it does not say a symptom is happening today.
 */
function statedClauses(sentence: string): string {
  return sentence
    .split(CLAUSE_SPLIT)
    .map((clause) => clause.trim())
    .filter((clause) => !GENERAL_QUESTION.test(clause))
    .join(' , ');
}

// The writer's guess at a cause ("probably stress", "I think it's the heat"): downplaying.
const GUESS = /\b(probably|likely|maybe|perhaps|i think|i guess|i bet|i suppose|i assume|must be|could be|might be|bet it's)\b/;

/** True when a guess cue stands within a few words before `matchStart`, in the same clause. */
function guessedBefore(sentence: string, matchStart: number): boolean {
  const clauses = sentence.slice(Math.max(0, matchStart - NEGATION_REACH_CHARS), matchStart).split(CLAUSE_SPLIT);
  const words = (clauses[clauses.length - 1] ?? '').trim().split(/\s+/);
  return GUESS.test(words.slice(-NEGATION_REACH_WORDS).join(' '));
}

/** Whether a sentence may report a symptom happening to someone now. */
function isReport(sentence: string): boolean {
  if (HYPOTHETICAL.test(sentence) && !FIRST_PERSON.test(sentence)) return false;
  if (SUPPOSED_OWN.test(sentence) && !HAPPENING_NOW.test(sentence) && !HAS_HAPPENED.test(sentence)) return false;
  if (ANIMAL.test(sentence) && !PERSON.test(sentence)) return false;
  if (REPORTED_CLAIM.test(sentence) && TRUTH_QUESTION.test(sentence)) return false;
  if (ON_SCREEN.test(sentence)) return false;
  if (isTaughtTopic(sentence) && !HAPPENING_NOW.test(sentence)) return false;
  const own = sentence.replace(ASKING_PHRASES, ' ');
  const now = HAPPENING_NOW.test(statedClauses(own).replace(RECOVERED_NOW, ' '));
  if (!PERSONAL.test(own)) {
    if (GENERAL_QUESTION.test(sentence)) return false;
    if (TOPIC_FRAME.test(sentence) && !now && entitiesIn(sentence, FOCUS_KINDS).length > 0) return false;
  }
  if (!now && CLINICIAN_SAID.test(own)) return false;
  return now || !REMOTE_PAST.test(own);
}

const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;

/** The report sentences' words in order, each knowing whether a negation denies it. */
function wordSequence(sentences: readonly string[]): WordSequence {
  const words: string[] = [];
  const denied: boolean[] = [];
  const guessed: boolean[] = [];
  for (const sentence of sentences) {
    const past = pastClauseSpans(sentence, CLAUSE_SPLIT, REMOTE_PAST, HAPPENING_NOW);
    const inPast = (at: number): boolean => past.some(([from, to]) => at >= from && at < to);
    for (const m of sentence.matchAll(WORD)) {
      words.push(m[0]);
      denied.push(negatedBefore(sentence, m.index) || unrealBefore(sentence, m.index, CLAUSE_SPLIT) || inPast(m.index));
      guessed.push(guessedBefore(sentence, m.index));
    }
  }
  return { words, deniedAt: (i) => denied[i] === true, guessedAt: (i) => guessed[i] === true };
}

type Findings = { emergency: Set<TriageSignId>; urgentSoon: boolean };

function conceptFindings(sequence: WordSequence, findings: Findings): void {
  for (const concept of SIGN_CONCEPTS) {
    for (const pattern of concept.patterns) {
      const outcome = matchPattern(sequence, pattern);
      if (outcome === 'emergency') findings.emergency.add(concept.sign);
      if (outcome === 'urgent-soon') findings.urgentSoon = true;
    }
  }
  // An urgent-soon pattern's full match means urgent-soon here; an ordinary one means nothing.
  const lasting = (p: SignPattern): boolean => ['emergency', 'urgent-soon'].includes(matchPattern(sequence, p));
  if (URGENT_SOON_PATTERNS.some(lasting)) findings.urgentSoon = true;
}

const SIGN_ORDER = triageSignIdSchema.options;

/** The triage of a message: its level and the emergency signs found, in a fixed order. */
export function triageMessage(text: string): TriageResult {
  const reports = splitSentences(normalizeForTriage(text), 'chat')
    .map((s) => s.trim())
    .filter(isReport);
  const findings: Findings = { emergency: new Set(), urgentSoon: false };
  conceptFindings(wordSequence(reports), findings);
  const signs = SIGN_ORDER.filter((id) => findings.emergency.has(id)).map(signOf);
  if (signs.length > 0) return { level: 'emergency', signs };
  return { level: findings.urgentSoon ? 'urgent-soon' : 'none', signs: [] };
}

/** What triage reads of a turn's analysis: the corrected question and the words past its cap. */
type TriageInput = Pick<TurnAnalysis, 'question' | 'unreadTail'>;

/**
 * The triage of a turn, from its analysis: the message as corrected against the corpus and the
 * triage words, every word of it (a long message is read past the question's word cap).
 */
export function triageTurn(analysis: TriageInput): TriageResult {
  return triageMessage(analysis.unreadTail === '' ? analysis.question : `${analysis.question} ${analysis.unreadTail}`);
}

export type RedFlagResult = { urgent: boolean; signs: TriageSignId[] };

/** Emergency signs only (what `urgent` meant before there were three levels). */
export function detectRedFlags(text: string): RedFlagResult {
  const { level, signs } = triageMessage(text);
  return { urgent: level === 'emergency', signs: signs.map((s) => s.id) };
}
