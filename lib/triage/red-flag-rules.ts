import type { TriageSignId } from './signs';

/**
 * The red flags triage looks for, one rule per kind of emergency sign, each a list of phrasings
 * (matched on text normalised by triage: lower case, contractions spelt out, typos repaired).
 */

/**
 * A pattern that flags only outside an ordinary setting: it flags when `pattern` matches and the
 * sentence is not `ordinary`, or is but also has an `emergency` cue.
 */
export type ContextualPattern = { pattern: RegExp; ordinary: RegExp; emergency: RegExp };

export type RedFlagRule = {
  sign: TriageSignId;
  patterns: Array<RegExp | ContextualPattern>;
};

const WEAK_WORDS = String.raw`(weak|weakness|weaker|gave (out|way)|give (out|way)|giving (out|way)|gives (out|way)|buckl\w*|collaps\w*|can't (walk|stand|move|lift|feel|get up)|numb\w*|paraly\w*|went limp|limp)`;
const SUDDEN_WORDS = String.raw`(sudden(ly)?|all of a sudden|out of nowhere|abrupt(ly)?|without warning|overnight|this morning|within (minutes|an hour|hours|a few hours|the (last|past) (hour|few hours)))`;
const RAPID_WORDS = String.raw`(rapidly|quickly|fast|by the hour|every hour|by the minute|minute by minute|hour by hour|over (the )?(last|past) (few |couple of )?hours?)`;

// Where legs or knees giving way is ordinary: during or after exertion, on stairs, or again and
// again over time ("my knees keep giving way on stairs", "my legs gave out after the long hike").
const GIVING_WAY_ORDINARY = new RegExp(
  String.raw`\b(after|during|on|in|at|from|end of|halfway through|by the end of|mid)\b[^.]{0,25}\b(hikes?|hiking|walks?|run|runs|running|jog\w*|marathons?|race|races|workouts?|gym|training|exercis\w*|squats?|leg day|cycl\w*|bike ride|ride|match|game|football|soccer|tennis|sports?|climb\w*|stairs|steps|staircase|long day|all day|standing|work|shift|dance|dancing|yoga|class)\b` +
    String.raw`|\b(keeps?|kept|sometimes|occasionally|often|every (now and then|so often|time|few)|from time to time|now and (then|again)|once in a while|on and off|tends? to|for (weeks|months|years|ages)|always|regularly|a lot|lately)\b`,
);

// What keeps legs giving way an emergency whatever the setting: a fall, not getting up again, an
// injury or a blow, a sudden or unexplained onset. (Loss of bladder control or a numb groin is
// flagged by its own rule.)
const GIVING_WAY_EMERGENCY =
  /\b(fell|fall(en|ing)?|collaps\w*|hit (my|his|her|their) head|on the (floor|ground)|(can't|couldn't) (get up|stand|walk|move|feel)|won't (hold|support)|injur\w*|accident|crash\w*|sudden(ly)?|out of nowhere|without warning|for no reason|completely|totally|both legs at once)\b/;

export const RULES: RedFlagRule[] = [
  {
    sign: 'sudden-paralysis',
    patterns: [
      new RegExp(String.raw`\b${SUDDEN_WORDS}\b[^.]{0,40}\b${WEAK_WORDS}`),
      new RegExp(String.raw`\b${WEAK_WORDS}\b[^.]{0,40}\b(sudden(ly)?|all of a sudden|out of nowhere|without warning|within (minutes|an hour|the hour|hours|a few hours))\b`),
      // Legs giving way, unless in an ordinary setting (after a hike, on the stairs, for months)
      // with no sign of an emergency (a fall, not getting up again, an injury, all of a sudden).
      {
        pattern: /\b(legs?|knees?)\b[^.]{0,15}\b(just |suddenly |completely )?(gave|give|giving|gives|gone) (out|way)\b/,
        ordinary: GIVING_WAY_ORDINARY,
        emergency: GIVING_WAY_EMERGENCY,
      },
    ],
  },
  {
    sign: 'ascending-weakness',
    patterns: [
      // Weakness or numbness climbing the body (as in Guillain-Barré syndrome).
      /\b(weak\w*|numb\w*|tingl\w*)\b[^.]{0,50}\b(spreading|moving|creeping|climbing|travell?ing|going) up\b/,
      new RegExp(String.raw`\b(weak|weakness|weaker|worse|worsening|numb\w*)\b[^.]{0,30}\b${RAPID_WORDS}`),
      new RegExp(String.raw`\b${RAPID_WORDS}\b[^.]{0,20}\b(getting |growing |becoming )?(weaker|worse|worsening|spreading)\b`),
    ],
  },
  {
    sign: 'stroke',
    patterns: [
      /\b(face|mouth|smile|eyelid|lip)s? (is |was |has been |has gone |have gone |gone |went |is going |turned |started |starts |seems |looks |keeps )?(all |a bit |slightly )?(droop\w*|sagg\w*|uneven|lopsided|crooked)\b/,
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
    sign: 'severe-dehydration',
    patterns: [
      /\b(haven't|have not|hasn't|has not|didn't|did not|not|no|barely|hardly) (been )?(pee\w*|urinat\w*|wee\w*|passed (any )?urine)\b/,
      /\bno (urine|pee)\b/,
      /\b(very|extremely|really|so|super|severely|incredibly) (dizzy|lightheaded|light-headed)\b/,
      /\b(can't|cannot) keep (any ?thing |any |even |water |fluids? |liquids? |food |drinks? |it )*(down|in)\b/,
      /\b(vomiting|throwing up|diarrh?oea|diarrhea)\b[^.]{0,20}\b(everything|all day|all night|nonstop|non-stop|constantly|for (hours|days|\d+ (hours|days)))\b/,
      /\b(severe(ly)?|badly|very|extremely) dehydrated\b/,
      /\bvery dark (urine|pee)\b/,
    ],
  },
  {
    sign: 'hot-swollen-calf',
    patterns: [
      // One swollen leg that is also hot, red or painful (deep vein thrombosis).
      /\b(one|my (left|right)|(left|right)|the) (calf|leg|thigh|ankle)\b[^.]{0,40}\b(swollen|swelling|swell\w*)\b[^.]{0,40}\b(hot|red|warm|painful|pain|hurts?|tender)\b/,
      /\bmy (calf|leg|thigh)\b[^.]{0,40}\b(swollen|swelling|swell\w*)\b[^.]{0,40}\b(hot|red|warm|painful|pain|hurts?|tender)\b/,
      /\b(one|my|(left|right)|the) (calf|leg|thigh)\b[^.]{0,30}\b(hot|red|warm|tender)\b[^.]{0,30}\b(swollen|swelling|swell\w*)\b/,
      /\b(calf|leg|thigh)\b[^.]{0,25}\b(suddenly|rapidly) (swollen|swelling|swelled|red|hot)\b/,
      /\b(hot|red|warm),? (and )?(swollen|painful) (calf|leg|thigh)\b/,
    ],
  },
  {
    sign: 'coughing-blood',
    patterns: [
      // Coughing blood, often with breathlessness, after a clot reaches the lungs.
      /\bcough\w* (up )?blood\b/,
    ],
  },
  {
    sign: 'sudden-paralysis',
    patterns: [
      /\bparaly(sed|zed|sis)\b/,
      /\b(can't|cannot) (move|feel) (my |his |her |their |either |both )?(legs?|arms?|body|feet|foot)\b/,
      /\b(legs?|body) (won't|wouldn't|will not|would not|don't|doesn't) (move|work|hold (me|him|her) up|support (me|him|her))\b/,
      /\b(can't|cannot) (stand|stand up|get up|walk)\b[^.]{0,25}\b(at all|anymore|suddenly|since this morning|today)\b/,
    ],
  },
];
