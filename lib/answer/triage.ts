import { normalizeText } from './terms';

/**
 * Red-flag detection for messages that describe an emergency (stroke signs, cauda equina signs,
 * breathing or heart trouble, fainting, severe dehydration, sudden weakness or paralysis). Runs
 * before any answer. Errs towards flagging a personal report, but a general question about what
 * the articles say ("can low potassium cause an irregular heartbeat?") is not a report.
 */

export const URGENT_NOTICE =
  'What you describe can be a sign of a medical emergency. Please call your local emergency number (such as 911, 112 or 999) or go to the nearest emergency department now. Do not wait to see if it passes.';

export type RedFlagResult = { urgent: boolean; signs: string[] };

type RedFlagRule = {
  sign: string;
  patterns: RegExp[];
};

const WEAK_WORDS = String.raw`(weak|weakness|weaker|gave (out|way)|give (out|way)|giving (out|way)|gives (out|way)|buckl\w*|collaps\w*|can't (walk|stand|move|lift|feel|get up)|numb\w*|paraly\w*|went limp|limp)`;
const SUDDEN_WORDS = String.raw`(sudden(ly)?|all of a sudden|out of nowhere|abrupt(ly)?|without warning|overnight|this morning|within (minutes|an hour|hours|a few hours|the (last|past) (hour|few hours)))`;
const RAPID_WORDS = String.raw`(rapidly|quickly|fast|by the hour|every hour|by the minute|minute by minute|hour by hour|over (the )?(last|past) (few |couple of )?hours?)`;

const RULES: RedFlagRule[] = [
  {
    sign: 'sudden or rapidly worsening weakness',
    patterns: [
      new RegExp(String.raw`\b${SUDDEN_WORDS}\b[^.]{0,40}\b${WEAK_WORDS}`),
      new RegExp(String.raw`\b${WEAK_WORDS}\b[^.]{0,40}\b(sudden(ly)?|all of a sudden|out of nowhere|without warning)\b`),
      new RegExp(String.raw`\b(weak|weakness|weaker|worse|worsening|numb\w*)\b[^.]{0,30}\b${RAPID_WORDS}`),
      new RegExp(String.raw`\b${RAPID_WORDS}\b[^.]{0,20}\b(getting |growing |becoming )?(weaker|worse|worsening|spreading)\b`),
      /\b(legs?|knees?)\b[^.]{0,15}\b(just |suddenly |completely )?(gave|give|giving|gives) (out|way)\b/,
    ],
  },
  {
    sign: 'difficulty breathing',
    patterns: [
      /\b(difficulty|trouble|hard time|struggl\w*|problems?|issues?|pain) (with |when |to )?breath(e|ing)?\b/,
      /\b(hard|difficult|painful) to breathe\b/,
      /\bshort(ness)? of breath\b/,
      /\bbreathless(ness)?\b/,
      /\b(can't|cannot) (breathe?|breath(e|ing)?|catch (my|his|her|their) breath|get (enough )?air)\b/,
      /\bgasping\b/,
      /\bbreathing (is |has been |feels |got |gets )?(very |really |so )?(hard|difficult|labou?red|shallow|fast|rapid|weird|strange)\b/,
      /\bout of breath\b(?![^.]{0,25}\b(after|when|while|from) (running|a run|jogging|exercis\w*|working out|a workout|climbing|the gym|sprinting|sports?|training)\b)/,
    ],
  },
  {
    sign: 'chest pain',
    patterns: [
      /\bchest (pain|pian|pani|pains|tightness|pressure|discomfort|hurts?|hurting|ache|aches|feels? (tight|heavy|like))\b/,
      /\b(pain|pressure|tightness|ache) in (my|the|his|her|their) chest\b/,
      /\btight(ness)? (in )?(my |the |his |her )?chest\b/,
    ],
  },
  {
    sign: 'palpitations or an irregular heartbeat',
    patterns: [
      /\bpalpitations?\b/,
      /\bheart (is |keeps |has been |was |started |starts |feels like it'?s? )?(racing|pounding|fluttering|flutters|skipping|skips|jumping|beating (so |really |very )?(fast|hard|irregularly|weird\w*|strange\w*|erratic\w*|out of rhythm|too fast))\b/,
      /\b(racing|pounding|fluttering|irregular|erratic|skipping) (heart|heartbeat|heart beat|pulse)\b/,
      /\birregular (heart ?(beat|rhythm)s?|pulse|rhythm)\b/,
      /\bheart ?(rhythm|beat) (is |feels |seems )?(off|irregular|abnormal|all over the place)\b/,
      /\bskipped (heart ?)?beats?\b/,
    ],
  },
  {
    sign: 'stroke signs (one-sided weakness, face drooping, slurred speech)',
    patterns: [
      /\b(face|mouth|smile|eyelid|lip)s? (is |was |has been |started |starts |seems |looks |keeps )?(droop\w*|sagg\w*|uneven|lopsided|crooked)\b/,
      /\b(droop\w*|sagg\w*|lopsided|crooked) (face|mouth|smile)\b/,
      /\bslurr\w*( (speech|words|talking|my words))?\b/,
      /\b(speech|words|talking|voice) (is |are |was |were |sounds? |seems? )?slurr\w*\b/,
      /\b(can't|trouble|difficulty|struggling to) (speak\w*|talk\w*|get (my |the )?words out|find(ing)? (my |the )?words)\b/,
      /\b(one[- ]sided|one side of (my|the|his|her|their) (body|face)|on one side|(left|right) side of (my|the|his|her|their) (body|face))\b[^.]{0,40}\b(weak\w*|numb\w*|paraly\w*|can't move|droop\w*)\b/,
      /\b(weak\w*|numb\w*|paraly\w*|droop\w*)\b[^.]{0,40}\b(on one side|one side of (my|the|his|her|their) (body|face)|(left|right) side of (my|the|his|her|their) (body|face)|one[- ]sided)\b/,
      /\b(left|right) (arm and leg|leg and arm|face and arm|arm and face)\b/,
      /\b(am i|is (he|she|my \w+)|i think i'm|i think (he|she)'s|i'm) (having|had) a stroke\b/,
      // A sudden, severe ("worst ever") headache can come from bleeding in the brain.
      /\b(sudden(ly)?|worst)\b[^.]{0,25}\bheadache\b/,
    ],
  },
  {
    sign: 'loss of bladder or bowel control',
    patterns: [
      /\b(los(s|t|ing)|lose) (of )?(all )?(control (of|over) )?(my |the |his |her )?(bladder|bowels?)( control)?\b/,
      /\b(can't|cannot) (control|hold) (my |the |his |her )?(bladder|bowels?|pee|urine|poo|poop|stool)\b/,
      /\b(wet|soiled|peed|pooped) (myself|himself|herself|themselves|my pants|the bed)\b/,
      /\bincontinen\w*\b/,
      /\b(can't|cannot) (pee|urinate|wee|empty my bladder)\b/,
    ],
  },
  {
    sign: 'numbness in the groin or saddle area',
    patterns: [
      /\bnumb\w*\b[^.]{0,40}\b(groin|saddle|genitals?|genital area|buttocks|bum|butt|between (my|the|his|her) legs|inner thighs?|private (parts|area)|perineum)\b/,
      /\b(groin|saddle|genitals?|genital area|buttocks|between (my|the|his|her) legs|inner thighs?|private (parts|area)|perineum)\b[^.]{0,30}\b(numb\w*|no feeling|can't feel)\b/,
      /\bsaddle (anaesthesia|anesthesia|numbness)\b/,
    ],
  },
  {
    sign: 'fainting or passing out',
    patterns: [
      /\b(fainted|fainting|faints|passed out|passing out|pass out|blacked out|blacking out|black out|lost consciousness|losing consciousness|lose consciousness|unconscious|keeled over|collapsed)\b/,
      /\b(feel|feels|felt|feeling|going to|about to|nearly|almost) (like (i'm |i am |i'll )?(going to |about to )?)?faint\w*\b/,
    ],
  },
  {
    sign: 'signs of severe dehydration',
    patterns: [
      /\b(confused|confusion|disoriented|delirious|not making sense|can't think straight)\b/,
      /\b(haven't|have not|hasn't|has not|didn't|did not|not|no|barely|hardly) (been )?(pee\w*|urinat\w*|wee\w*|passed (any )?urine)\b/,
      /\bno (urine|pee)\b/,
      /\b(very|extremely|really|so|super|severely|incredibly) (dizzy|lightheaded|light-headed)\b/,
      /\b(dizzy|lightheaded|light-headed) (and|when|every time) [^.]{0,20}\b(stand|fall|faint)\w*\b/,
      /\b(can't|cannot) keep (any ?thing |any |even |water |fluids? |liquids? |food |drinks? |it )*(down|in)\b/,
      /\b(vomiting|throwing up|diarrh?oea|diarrhea)\b[^.]{0,20}\b(everything|all day|all night|nonstop|non-stop|constantly|for (hours|days|\d+ (hours|days)))\b/,
      /\b(severe(ly)?|badly|very|extremely) dehydrated\b/,
      /\bvery dark (urine|pee)\b/,
    ],
  },
  {
    sign: 'signs of a blood clot or blocked blood flow in a leg',
    patterns: [
      // One swollen leg that is also hot, red or painful (deep vein thrombosis).
      /\b(one|my (left|right)|(left|right)|the) (calf|leg|thigh|ankle)\b[^.]{0,40}\b(swollen|swelling|swell\w*)\b[^.]{0,40}\b(hot|red|warm|painful|pain|hurts?|tender)\b/,
      /\b(calf|leg|thigh)\b[^.]{0,25}\b(suddenly|rapidly) (swollen|swelling|swelled|red|hot)\b/,
      /\b(hot|red|warm),? (and )?(swollen|painful) (calf|leg|thigh)\b/,
      // A cold, pale, painful or numb leg or foot (blocked artery).
      /\b(leg|foot|feet|toes?|calf)\b[^.]{0,30}\b(cold|pale|blue|white|mottled)\b[^.]{0,40}\b(pain\w*|numb\w*|can't feel|hurts?)\b/,
      // Coughing blood, often with breathlessness, after a clot reaches the lungs.
      /\bcough\w* (up )?blood\b/,
    ],
  },
  {
    sign: 'sudden paralysis or inability to stand',
    patterns: [
      /\bparaly(sed|zed|sis)\b/,
      /\b(can't|cannot) (move|feel) (my |his |her |their |either |both )?(legs?|arms?|body|feet|foot)\b/,
      /\b(legs?|body) (won't|wouldn't|will not|would not|don't|doesn't) (move|work|hold (me|him|her) up|support (me|him|her))\b/,
      /\b(can't|cannot) (stand|stand up|get up|walk)\b[^.]{0,25}\b(at all|anymore|suddenly|since this morning|today)\b/,
    ],
  },
];

// Whole clauses are read separately: "no chest pain but I can't breathe" has two.
const CLAUSE_SPLIT = /[.;!?\n]+|,|\b(?:but|however|although|though|except|yet)\b/;

const NEGATION = /\b(no|not|never|without|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|won't|denies|deny|denied|none|nor|neither|free of|absence of|ruled? out|nothing like|no signs? of|not experiencing|not having)\b/;

// Personal report markers: the writer or someone they speak for.
const PERSONAL = /\b(i|i'm|i've|i'd|i'll|me|my|myself|mine|we|we're|our|us|he|he's|she|she's|his|her|him|hers|they're|their|son|daughter|husband|wife|mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather|partner|friend|child|kid|baby)\b/;

// "tell me about…", "can you explain to me…": the pronoun belongs to the asking, not to a symptom.
const ASKING_PHRASES = /\b(tell|show|help|give|explain to|let) me\b|\bi (want|would like|'d like|wish) to (know|understand|learn)\b|\bi (was )?(wonder(ing)?|curious)\b/g;

// A general question: asks what is true in general, names no one.
const GENERAL_QUESTION = /^(can|could|does|do|is|are|was|were|what|which|why|how|will|would|should|may|might|when|where|who|whats|what's|explain|tell|describe|list|define)\b/;

const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bcan ?not\b|\bcant\b|\bcan't\b|\bunable to\b|\bnot able to\b/g, "can't"],
  [/\bdont\b/g, "don't"],
  [/\bdoesnt\b/g, "doesn't"],
  [/\bdidnt\b/g, "didn't"],
  [/\bhavent\b/g, "haven't"],
  [/\bhasnt\b/g, "hasn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bwont\b/g, "won't"],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\bpassed-out\b/g, 'passed out'],
  [/\bheartbeat\b/g, 'heart beat'],
];

// Distinctive words worth repairing when misspelt by one letter (two for long words).
const TYPO_VOCABULARY = [
  'breathe', 'breathing', 'breathless', 'shortness', 'palpitations', 'palpitation', 'paralyzed',
  'paralysed', 'paralysis', 'drooping', 'slurred', 'slurring', 'unconscious', 'consciousness',
  'incontinence', 'dehydrated', 'urinating', 'confusion', 'confused', 'lightheaded', 'suddenly',
  'weakness', 'fainted', 'fainting', 'irregular', 'bladder', 'numbness', 'disoriented', 'collapsed',
];
const REAL_WORDS = new Set(['dropping', 'painted', 'painting', 'breath', 'breaths', 'ladder', 'brother', 'slurped', 'regular', 'collapse']);

// Rows of the edit-distance table, reused: triage runs on every message.
let rowsBefore = new Int32Array(32);
let rowsPrevious = new Int32Array(32);
let rowsCurrent = new Int32Array(32);

/** Optimal string alignment distance (Levenshtein plus adjacent transposition) of at most `max`. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const cols = b.length + 1;
  if (rowsCurrent.length < cols) [rowsBefore, rowsPrevious, rowsCurrent] = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let [before, previous, current] = [rowsBefore, rowsPrevious, rowsCurrent];
  for (let j = 0; j < cols; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every later row is at least this row's least value (or the row before's plus one).
    if (rowMin > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] as number) <= max;
}

function closestTypoWord(word: string): string {
  if (word.length < 6 || REAL_WORDS.has(word) || TYPO_VOCABULARY.includes(word)) return word;
  const max = word.length >= 9 ? 2 : 1;
  return TYPO_VOCABULARY.find((v) => editDistanceAtMost(word, v, max)) ?? word;
}

// Repairs by word, most recently used kept: messages repeat words, and the words are the users' own, so the count is capped.
const MAX_REMEMBERED_WORDS = 5_000;
const repairedWords = new Map<string, string>();

function repairTypo(word: string): string {
  const known = repairedWords.get(word);
  if (known !== undefined) {
    repairedWords.delete(word);
    repairedWords.set(word, known);
    return known;
  }
  const repaired = closestTypoWord(word);
  if (repairedWords.size >= MAX_REMEMBERED_WORDS) repairedWords.delete(repairedWords.keys().next().value as string);
  repairedWords.set(word, repaired);
  return repaired;
}

function normalizeForTriage(text: string): string {
  let t = normalizeText(text).replace(/\s+/g, ' ');
  for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  return t.replace(/[a-z]+/g, repairTypo);
}

// Phrases with a negation word that do not deny the symptom ("no idea why my face droops").
const NOT_A_DENIAL = /\b(no idea|no clue|not sure|don't know|do not know|didn't know|not know|no reason|not only|nothing helps|no matter)\b/g;

/** True when a negation cue stands within a few words before `matchStart`, in the same clause. */
function negatedBefore(sentence: string, matchStart: number): boolean {
  const clauses = sentence.slice(0, matchStart).split(CLAUSE_SPLIT);
  const clause = (clauses[clauses.length - 1] ?? '').replace(NOT_A_DENIAL, ' ');
  const lastWords = clause.trim().split(/\s+/).slice(-4).join(' ');
  return NEGATION.test(lastWords);
}

// Each pattern's global twin, compiled once, for walking through all its matches.
const EVERY_MATCH = new Map(RULES.flatMap((rule) => rule.patterns.map((re): [RegExp, RegExp] => [re, new RegExp(re.source, 'g')])));

function sentenceFlags(sentence: string, rule: RedFlagRule): boolean {
  for (const re of rule.patterns) {
    // Most patterns do not occur at all; one test says so without collecting matches.
    if (!re.test(sentence)) continue;
    for (const m of sentence.matchAll(EVERY_MATCH.get(re) ?? new RegExp(re.source, 'g'))) {
      if (!negatedBefore(sentence, m.index)) return true;
    }
  }
  return false;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

/** Red flags in a message; `signs` names each kind found once, in a fixed order. */
export function detectRedFlags(text: string): RedFlagResult {
  const signs = new Set<string>();
  for (const sentence of sentencesOf(normalizeForTriage(text))) {
    const trimmed = sentence.trim();
    // A general question names no one: it asks what the articles say, it reports nothing.
    if (GENERAL_QUESTION.test(trimmed) && !PERSONAL.test(trimmed.replace(ASKING_PHRASES, ' '))) continue;
    for (const rule of RULES) if (sentenceFlags(trimmed, rule)) signs.add(rule.sign);
  }
  const ordered = RULES.map((r) => r.sign).filter((s) => signs.has(s));
  return { urgent: ordered.length > 0, signs: ordered };
}
