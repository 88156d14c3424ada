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
  sign: string;
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
    sign: 'sudden or rapidly worsening weakness',
    patterns: [
      new RegExp(String.raw`\b${SUDDEN_WORDS}\b[^.]{0,40}\b${WEAK_WORDS}`),
      new RegExp(String.raw`\b${WEAK_WORDS}\b[^.]{0,40}\b(sudden(ly)?|all of a sudden|out of nowhere|without warning|within (minutes|an hour|the hour|hours|a few hours))\b`),
      // Weakness or numbness climbing the body (as in Guillain-Barré syndrome).
      /\b(weak\w*|numb\w*|tingl\w*)\b[^.]{0,50}\b(spreading|moving|creeping|climbing|travell?ing|going) up\b/,
      new RegExp(String.raw`\b(weak|weakness|weaker|worse|worsening|numb\w*)\b[^.]{0,30}\b${RAPID_WORDS}`),
      new RegExp(String.raw`\b${RAPID_WORDS}\b[^.]{0,20}\b(getting |growing |becoming )?(weaker|worse|worsening|spreading)\b`),
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
      /\bmy (calf|leg|thigh)\b[^.]{0,40}\b(swollen|swelling|swell\w*)\b[^.]{0,40}\b(hot|red|warm|painful|pain|hurts?|tender)\b/,
      /\b(one|my|(left|right)|the) (calf|leg|thigh)\b[^.]{0,30}\b(hot|red|warm|tender)\b[^.]{0,30}\b(swollen|swelling|swell\w*)\b/,
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
