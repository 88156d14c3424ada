import type { TriageSignId } from './signs';

/**
 * The parts emergency signs are made of (body site, sensation or loss, onset, spread, companion
 * symptom), each with the lay words people use for it, and each sign as combinations of parts
 * found near each other. Phrases are matched word by word on text normalised by triage (lower
 * case, contractions spelt out, typos repaired); a word ending in `*` matches any word it starts.
 */
// Spans of days to weeks ("for five days", "since ten days", "about a month now", "over the past
// three weeks"), as a count and a unit whatever leads them, spelt out once here rather than listed
// phrase by phrase. A single day is not a span of days.
const SPAN_COUNTS = [
  'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'a few',
  'few', 'several', 'a couple of', 'couple of', 'some', 'many', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', '14',
];
const SPAN_UNITS = ['days', 'week', 'weeks', 'month', 'months'];
const DAY_TO_WEEK_SPANS: readonly string[] = SPAN_COUNTS.flatMap((count) =>
  SPAN_UNITS.filter((unit) => !(unit === 'days' && (count === 'a' || count === 'one'))).map((unit) => `${count} ${unit}`),
);

// Not being able to pass urine at all, however the negation is put.
const RETENTION: readonly string[] = ["haven't", "hasn't", "hadn't", 'not', 'never'].flatMap((no) =>
  ['pee', 'wee', 'urinate', 'go', 'empty my bladder', 'pass urine', 'pass water'].map((act) => `${no} been able to ${act}`),
);

// Breathlessness or tiredness that has lasted a while: see a doctor soon, unless it is at rest.
const LONG_STANDING = ['lately', 'recently', 'for a while', 'for some time', 'these days', 'weeks now', 'months now', 'for weeks', 'for months', 'for days'];

export const PARTS = {
  weak: [
    'weak', 'weakness', 'weaker', 'weakening', 'gave way', 'give way', 'giving way', 'gives way', 'gave out', 'give out',
    'giving out', 'buckl*', 'limp', 'floppy', 'like rubber', 'rubbery', 'like jelly', 'jelly', 'no strength',
    'lost strength', 'losing strength', 'lost power', 'lost the power', 'no power', 'useless', 'paraly*',
    'went heavy', 'gone heavy', 'goes heavy', 'feels heavy', 'feel heavy', 'felt heavy', 'feeling heavy', 'been heavy', 'heaviness', 'like lead', 'no strong', 'not strong', 'no force', "can't lift", "couldn't lift", "can't raise", "couldn't raise", "can't grip", "couldn't grip", 'dropping things', 'drops things', 'dropped things', 'clumsy', 'dragging', 'dragged', 'drags', 'wobbl*', 'unsteady', 'shaky on', 'losing balance', 'losing my balance', 'losing his balance', 'losing her balance', 'lose my balance', 'loses his balance', 'loses her balance', 'off balance', 'trip*', 'stumbl*', 'powerless', 'feeble',
    'hardly walk', 'barely walk', 'hardly stand', 'barely stand', 'hardly move', 'barely move',
    'foot drop', 'slapping', 'foot slaps', 'catching my toes', 'scuffing', 'falling over', 'falls over', 'keeps falling',
  ],
  numb: [
    'numb*', 'no feeling', 'no sensation', 'lost feeling', 'lost sensation', 'losing feeling', "can't feel", "couldn't feel",
    'feel nothing', 'feeling nothing', 'felt nothing', 'went dead', 'gone dead', 'feels dead', 'feel dead', 'is dead', 'anaesthesia', 'anesthesia',
  ],
  // An odd feeling in one half of the body, said with the body or face named.
  oddFeeling: [
    'strange', 'odd', 'weird', 'funny', 'wrong', 'not my own', 'not mine', 'belongs to someone else', 'like cotton wool',
    'like wood', 'wooden', 'heavy', 'tingl*', 'numb*', 'dead',
  ],
  bodyHalf: [
    'side of my body', 'side of his body', 'side of her body', 'half of my body', 'half my body', 'half of his body',
    'half of her body', 'half his body', 'half her body', 'side of my face', 'side of his face', 'side of her face',
    'half my face', 'half of my face', 'half his face', 'half her face',
  ],
  tingle: ['tingl*', 'pins and needles'],
  oneSide: [
    'one side', 'left side', 'right side', 'one half', 'half of my body', 'half my body', 'half of his body', 'half of her body',
    'half my face', 'half of my face', 'half his face', 'half her face', 'down my left', 'down my right', 'one-sided',
    'one arm', 'one hand',
    'left arm', 'right arm', 'left hand', 'right hand', 'leaning to one side', 'leaning to the side', 'to one side',
  ],
  face: ['face', 'mouth', 'smile', 'lip', 'lips', 'eyelid', 'cheek'],
  droop: ['droop*', 'sag*', 'hanging', 'hangs', 'sliding', 'slid', 'lopsided', 'crooked', 'uneven', 'dropped', 'drooped', 'fallen', 'slipped', 'twisted', 'fall down', 'falls down', 'fell down', 'falling down', 'fallen down', 'drop down', 'dropped down', 'dropping', 'drops', 'down on one side', 'pulled down', 'pulling down', 'not moving', 'frozen'],
  speech: ['speech', 'speaking', 'speak', 'speaks', 'words', 'voice', 'talking', 'talks'],
  speechWrong: [
    'slurr*', 'garbled', 'jumbled', 'muddled', 'mumbl*', 'funny', 'weird', 'strange', 'wrong', 'nonsense', 'gibberish',
    'drunk', 'thick', 'odd', 'mixed up', "can't get", "couldn't get", 'not right',
    'tongue', 'like a drunk', 'no sense', 'makes no sense',
  ],
  slurring: ['slurr*'],
  // A sudden or worst-ever headache can come from bleeding in the brain.
  headache: ['headache', 'head ache', 'head is splitting', 'head exploding', 'thunderclap'],
  worst: ['worst', 'sudden*', 'out of nowhere', 'like being hit', 'like a bang', 'exploding', 'blinding'],
  strokeAsk: ['is this a stroke', 'is it a stroke', 'having a stroke', 'think it is a stroke', "think it's a stroke"],
  dental: ['dentist', 'dental', 'anaesthetic', 'anesthetic', 'filling', 'tooth', 'teeth'],
  speechLoss: [
    "can't speak", "couldn't speak", "can't talk", "couldn't talk", 'trouble speaking', 'struggling to speak',
    'difficulty speaking', "can't find the words", "couldn't find the words", "can't get the words out",
    'losing my words', 'losing his words', 'losing her words', 'lose my words', 'words disappear', 'forgetting words', 'word finding',
  ],
  eye: ['eye', 'eyes', 'vision', 'sight'],
  sightLoss: [
    'lost', 'loss', 'went black', 'gone black', 'went dark', 'gone dark', 'went blank', 'blacked out', 'curtain', 'shade',
    'blind', "can't see", "couldn't see", 'greyed out', 'grayed out', 'went double', 'went blurry', 'gone blurry',
    'blind*', 'blacked', 'grey curtain', 'gray curtain', 'black curtain', 'dark curtain', 'half gone',
  ],
  sightChange: ['blurry', 'blurred', 'dim', 'dark', 'double', 'foggy', 'misty'],
  climb: [
    'go up', 'goes up', 'went up', 'came up', 'coming up',
    'spreading up', 'moving up', 'creeping up', 'crept up', 'climbing', 'climbed',
    'worked its way up', 'making its way up', 'made its way up', 'going up', 'gone up', 'travelling up', 'traveling up',
    'spread up', 'spread to', 'spreading to', 'moved up', 'moving to', 'higher and higher', 'further up', 'rising',
    'creeping higher', 'creeping up', 'getting higher', 'higher every', 'higher each', 'higher up', 'further and further', 'reached', 'reaching', 'has reached', 'past the', 'up past', 'moved into', 'spread into', 'spreading into', 'creeping', 'now also', 'now in my', 'now in his', 'now in her', 'now it is in', 'now its in', 'also my', 'also his', 'also her',
  ],
  lowSite: ['feet', 'foot', 'toes', 'ankles', 'ankle', 'soles'],
  highSite: ['knees', 'knee', 'thighs', 'thigh', 'hips', 'waist', 'arms', 'hands', 'fingers', 'chest', 'belly', 'stomach', 'face'],
  spreadLink: ['to my', 'to his', 'to her', 'up to', 'into my', 'into his', 'into her', 'now my', 'now his', 'now her', 'now in', 'now up', 'now both', 'and now', 'went to', 'gone to', 'as far as', 'all the way', 'till my', 'until my', 'up my', 'up his', 'up her'],
  // Spreading over months or years is not the rapid climb of Guillain-Barré syndrome.
  // A posture that numbs a limb for a while and explains a spreading tingle.
  postureCause: [
    'knelt', 'kneeling', 'kneel', 'sat on', 'sitting on', 'slept on', 'sleeping on', 'lying on', 'cross legged',
    'cross-legged', 'crossed my legs', 'fell asleep', 'gone to sleep', 'squatting',
  ],
  slowSpan: ['year', 'years', 'month', 'months', 'ages', 'decade*'],
  legSite: ['leg', 'legs', 'calf', 'calves', 'thigh', 'thighs', 'knee', 'knees', 'shin', 'shins', 'foot', 'feet'],
  upperSite: ['arm', 'arms', 'hand', 'hands', 'fingers', 'shoulders', 'chest', 'face', 'finger', 'wrists', 'wrist'],
  getting: [
    'getting weaker', 'got weaker', 'weaker and weaker', 'worse and worse', 'getting worse', 'got worse', 'spreading',
    'spread', 'over two days', 'over the last', 'over a few days', 'over the past', 'since monday', 'since tuesday',
    'since wednesday', 'since thursday', 'since friday', 'since saturday', 'since sunday', 'since yesterday', 'each day',
    'every day', 'day by day', 'by the day', 'by the hour', 'hour by hour', 'too now', 'as well now', 'getting weak',
    'going weak', 'gone weak', 'since two days', 'since 2 days', 'since three days', 'since 3 days', 'since a few days',
    'since few days', 'since days',
    'by monday', 'by tuesday', 'by wednesday', 'by thursday', 'by friday', 'by saturday', 'by sunday', 'by today', 'by tonight', 'by the next day', 'the next day', 'the day after', 'next morning', 'today my', 'today his', 'today her', 'now my', 'now his', 'now her', 'too now', 'now too', 'also now',
    'days later', 'day later', 'hours later', 'later that day', 'a week later',
  ],
  swallowTrouble: [
    'trouble swallowing', 'difficulty swallowing', 'hard to swallow', "can't swallow", "couldn't swallow",
    'struggling to swallow', 'struggle to swallow', 'choking', 'choked', 'chokes', 'choke', 'wrong way', 'swallowing is',
    'swallow properly', 'drooling', 'problems swallowing', 'problem swallowing',
  ],
  breathWord: ['breath', 'breathe', 'breathing', 'breaths', 'air'],
  breathHard: [
    'hard', 'difficult', 'trouble', 'struggl*', "can't", "couldn't", 'labored', 'laboured', 'short', 'gasp*', 'fighting',
    'not enough', 'barely', 'shallow', 'catch', 'heaving', 'wheez*', 'problem', 'problems', 'noisy', 'rattling', 'rattly',
    'pain', 'painful', 'fast', 'rapid', 'weird', 'strange', 'shortness', 'difficulty', 'issues', 'hard time',
  ],
  breathless: ['breathless*', 'out of breath', 'winded', 'puffed', 'out of puff', 'gasping', 'wheezing', 'get enough air', 'getting enough air', 'enough air', 'catch my breath', 'catch his breath', 'catch her breath', 'gasping for air', 'air hunger', 'suffocat*', 'smother*', 'fighting for breath', 'fighting for air'],
  exertion: [
    'hill', 'hills', 'stairs', 'climbing', 'running', 'run', 'jogging', 'exercise', 'exercising', 'workout', 'gym', 'uphill',
    'sprint*', 'training', 'cycling', 'walking', 'walk', 'hike', 'hiking', 'football', 'match', 'upstairs', 'carrying',
    'shopping', 'lifting', 'housework', 'hoovering', 'dancing', 'swimming', 'effort', 'exertion',
  ],
  restCue: [
    'at rest', 'resting', 'sitting', 'lying', 'in bed', 'asleep', 'sleeping', 'not moving', 'doing nothing', 'sudden*',
    'blue', "can't speak", "can't talk", 'gasping', 'turning', 'even when',
  ],
  chestSite: ['chest', 'breastbone', 'sternum'],
  chestOrdinary: [
    'from coughing', 'with my cold', 'a cold', 'pulled', 'muscle', 'bench press', 'push-ups', 'push ups', 'heartburn',
    'indigestion', 'after eating', 'asthma',
  ],
  chestOverride: ['weak*', 'breath*', 'sweat*', 'jaw', 'arm', 'faint*', 'crush*', 'dizzy'],
  chestPain: [
    'pian', 'pani', 'pains', 'feels tight', 'feels heavy', 'feels like',
    'pain*', 'hurt*', 'ache*', 'aching', 'tight*', 'pressure', 'squeez*', 'crush*', 'heavy', 'heaviness', 'burning', 'band',
    'weight', 'elephant', 'vice', 'vise', 'gripping', 'stabbing', 'sharp', 'discomfort', 'sore', 'clamp*',
  ],
  heartAttack: ['heart attack', 'elephant is sitting', 'elephant sitting', 'elephant on my chest'],
  heart: ['heart', 'heartbeat', 'heartbeats', 'pulse', 'heart beat', 'ticker', 'heart rate', 'heartrate'],
  heartWrong: [
    'racing', 'races', 'raced', 'pounding', 'pounds', 'flutter*', 'skipping', 'skipped', 'skips', 'jumping', 'thumping', 'thudding', 'banging',
    'galloping', 'flip*', 'all over the place', 'irregular*', 'erratic', 'out of rhythm', 'going crazy', 'going mad',
    'hammering', 'off', 'fast', 'too fast', 'so fast', 'quick', 'abnormal', 'missing beats', 'extra beats', 'beating fast', 'beating hard', 'beating weird*', 'beating so fast',
    'like the clappers', 'going like', 'like a drum', 'like a train', 'out of my chest', 'jumping out', 'like mad',
  ],
  palpitations: ['palpitation*', 'skipped beat*', 'skipping beat*', 'missed beat*'],
  heartOrdinary: ['coffee', 'caffeine', 'espresso', 'energy drink', 'exercise', 'workout', 'after a run', 'running'],
  // Feelings that bring on a racing heart or fast breathing by themselves.
  feelingTrigger: ['anxious', 'anxiety', 'nervous', 'stress', 'stressed', 'panic', 'panicky', 'worried'],
  heartOverride: ['weak*', 'faint*', 'dizzy', 'chest', 'passed out', 'collapsed', 'breath*'],
  faint: [
    'faint*', 'passed out', 'pass out', 'passing out', 'blacked out', 'black out', 'blacking out', 'keeled over', 'collapsed',
    'hit the floor', 'dropped to the floor', 'came round', 'came to', 'lost consciousness', 'losing consciousness', 'lose consciousness', 'unconscious', 'unresponsive',
    'not responding', 'not waking', 'seizure', 'convuls*', "won't wake", "wouldn't wake", "can't wake", "couldn't wake", 'out cold', 'conked out', 'swooned',
    'no wake', 'not wake', "doesn't wake", "isn't waking", "can't wake up", 'not waking up', "won't wake up", 'unrousable',
    'keel over', 'keeling over', 'going to pass out', 'next thing i knew', 'next thing i was', 'woke up on the floor', 'found myself on the floor', 'found him on the floor', 'found her on the floor', 'came round on the floor',
  ],
  faintOrdinary: ['into bed', 'on the sofa', 'on the couch', 'onto the sofa', 'onto the couch', 'into a chair', 'faint hope', 'faintly'],
  // A faint that has passed with an everyday cause, or a known condition: see a doctor, not 911.
  resolved: [
    'fine now', 'better now', 'ok now', 'okay now', 'recovered', 'back to normal', 'nurse said', 'doctor said', 'giving blood',
    'gave blood', 'donating blood', 'blood donation', 'needle', 'injection', 'vaccine', 'jab',
    'fine after', 'okay after', 'ok after', 'better after', 'felt better', 'sauna', 'hot bath', 'hot shower', 'in the heat', 'stood up too', 'got up too', 'standing up too', 'getting up too',
  ],
  chronic: ['sometimes', 'often', 'in the evenings', 'dementia', 'alzheimer*', 'always', 'usually', 'for years', 'tends to'],
  puzzled: ['confused about', 'confused by', 'confused as', 'confused whether', 'confused which', 'confused what', 'confused how', 'confused why', 'confused if', 'confusing', 'muddled about', 'muddled by', 'muddled up about', 'not with it on'],
  confused: [
    'confused', 'confusion', 'not making sense', 'making no sense', 'talking nonsense', 'disoriented', 'drowsy', 'very sleepy',
    'hard to wake', 'out of it', 'delirious', "can't think straight", "doesn't know where", "didn't know where", "doesn't recognise", "doesn't recognize",
    'not with it', 'not herself', 'not himself', 'away with the fairies', "doesn't know what day", "doesn't know where she is", "doesn't know where he is",
  ],
  noUrine: [
    "haven't peed", "hasn't peed", 'not peed', 'no pee', 'no urine', 'not passed urine', 'not passing urine', 'not urinated',
    'barely peed', 'hardly peed', 'not been to the toilet', "hasn't been to the toilet", "haven't been to the toilet",
    "hasn't had a wee", "haven't had a wee", 'not had a wee', 'no wet nappies', 'no wet diapers', 'dry nappies', 'dry nappy',
    'no wet nappy', 'no wet diaper', 'not had a wet', "hasn't had a wet", "haven't had a wet", 'no wees', 'no pees', 'dry diaper', 'dry diapers',
  ],
  severeDry: [
    'very dizzy', 'extremely dizzy', 'really dizzy', 'so dizzy', 'severely dizzy', 'very lightheaded', 'very light-headed',
    'severely dehydrated', 'badly dehydrated', 'very dehydrated', 'extremely dehydrated', 'very dark urine', 'very dark pee',
    "can't keep anything down", "can't keep water down", "can't keep fluids down", "can't keep anything in", "can't keep it down",
    "can't keep food down", "can't keep drinks down", "can't keep liquids down", 'vomiting everything', 'throwing up everything',
  ],
  // "can't keep any fluids down": the inability to keep drink in, whatever is named between.
  cantKeep: ["can't keep", 'cannot keep', "couldn't keep", 'unable to keep', 'not keeping', 'not able to keep'],
  keptDown: ['down'],
  vomitWord: ['vomit*', 'throwing up', 'threw up', 'thrown up', 'being sick', 'diarrh*', 'puking', 'puke*'],
  // An illness that is over ("last week") is asked about after the fact.
  pastIllness: ['last week', 'last month', 'weeks ago', 'a week ago', 'days ago', 'few days ago', 'had a', 'after a'],
  // "Climbing the stairs" is an effort, not a spread up the body.
  climbEffort: ['climbing the stairs', 'climbing stairs', 'climbing up the stairs', 'climbing up stairs', 'climbing a hill', 'climbing hills', 'climbing the hill', 'climbing up a hill', 'climbing a ladder', 'climbing the ladder', 'climbed the stairs', 'climbed stairs', 'climbed up the stairs', 'climbed a hill', 'climbing steps', 'climbing the steps'],
  nonstop: ['nonstop', 'non-stop', 'non stop', 'constantly', 'constant', 'all day', 'all night', "can't stop", "won't stop", 'for hours', 'every hour', 'over and over', 'again and again', 'repeatedly', 'since yesterday'],
  // Legs that give way: a collapse of the legs, told as what the legs did.
  giveWay: ['gave way', 'give way', 'giving way', 'gives way', 'gave out', 'give out', 'giving out', 'gives out', 'buckled', 'buckling', 'buckle', 'collapsed'],
  // Legs that give way when tired, after effort or now and then: tiredness, not a collapse.
  giveWayOrdinary: ['marathon', 'race', 'diabet*', 'neuropathy', 'leg day', 'now and then', 'from time to time', 'occasionally', 'when tired', "when i'm tired", 'when i am tired', 'tired', 'all evening', 'after standing', 'feel like'],
  // Worsening by the hour is the pace of an emergency, not of a slow deficiency.
  rapidPace: ['by the hour', 'hour by hour', 'by the minute', 'very quickly', 'so quickly', 'really quickly', 'rapidly', 'very fast', 'so fast', 'within hours', 'in a matter of hours', 'in hours'],
  standingUp: ['when i stand', 'when i get up', 'stood up', 'standing up', 'getting up', 'got up', 'stand up', 'get up too'],
  fluidLoss: ['vomit*', 'throwing up', 'thrown up', 'threw up', 'being sick', 'diarrh*', 'the runs', 'sweating', "can't keep"],
  dryCue: ['sunken eyes', 'eyes sunken', 'eyes look sunken', 'no tears', 'bone dry', 'very dry mouth', 'lips cracked', 'dizzy', 'lightheaded'],
  swollen: ['swollen', 'swelling', 'swelled', 'swell*', 'puffy', 'puffed up', 'bigger', 'twice the size', 'ballooned', 'blown up', 'fatter'],
  hotRedPain: ['hot', 'warm', 'red', 'redness', 'angry', 'inflamed', 'tender', 'painful', 'pain', 'hurts', 'hurting', 'aching', 'sore', 'throbbing'],
  heat: ['hot', 'warm', 'burning'],
  redness: ['red', 'redness', 'angry', 'inflamed', 'purple'],
  afterExercise: [
    'after my run', 'after running', 'after a run', 'after the gym', 'after training', 'after football', 'after exercise',
    'after my workout', 'after the match', 'sunburn*', 'massage', 'waxing',
  ],
  calfSite: ['calf', 'calves', 'leg', 'shin', 'thigh', 'back of my knee', 'back of the knee', 'lower leg'],
  swollenOrdinary: [
    'twisted', 'sprained', 'rolled', 'sting', 'stung', 'bite', 'bitten', 'bumped', 'knocked', 'kicked', 'both legs',
    'both ankles', 'both calves', 'both feet', 'by the evening', 'by evening', 'end of the day', 'in the evening', 'after standing',
  ],
  limbSite: ['leg', 'legs', 'foot', 'feet', 'toes', 'toe', 'calf'],
  coldPale: [
    'cold', 'icy', 'ice cold', 'freezing', 'pale', 'white', 'blue', 'bluish', 'grey', 'gray', 'mottled', 'purple',
    'colour drained', 'color drained', 'no pulse', 'lost its colour', 'lost its color',
  ],
  painOrNumb: ['pain*', 'hurt*', 'agony', 'agonising', 'agonizing', 'numb*', "can't feel", 'no feeling', 'dead'],
  coldOrdinary: ['winter', 'cold weather', 'in the cold', 'snow', 'always', 'every winter', 'swimming', 'air conditioning', 'raynaud*'],
  coldOverride: ['sudden*', 'agony', 'severe', 'no pulse'],
  // Legs that have stopped working, said next to the legs ("legs stopped working", not "my phone stopped working").
  legFailed: ['stopped working', 'stop working', 'stops working', 'not working', "won't work", "wouldn't work", "don't work", "didn't work", 'quit on me', 'packed up'],
  noSupport: [
    "won't hold", "wouldn't hold", "won't support", "wouldn't support", "won't take my weight", "can't take my weight",
    "can't bear weight", "can't put weight", "couldn't put weight", "can't stand", "couldn't stand", "can't get up",
    "couldn't get up", "won't move", "wouldn't move", "can't move", "couldn't move", 'collapsed under', 'gave way under',
    'stuck on the floor', 'on the floor',
    'had to crawl', 'dragging myself', 'dragged myself', 'gave up on me', 'went from under me', 'gone from under me', 'collapsed under me', 'folded under', 'just folded', 'went to jelly',
  ],
  paralysis: ['paraly*'],
  completely: ['at all', 'anymore', 'any more', 'completely', 'totally', 'whatsoever'],
  asleep: ['fell asleep', 'falls asleep', 'fall asleep', 'fallen asleep', 'falling asleep'],
  fall: ['fell', 'fall down', 'fell down', 'fallen', 'fall', 'falls', 'fell over', 'went down'],
  supportOrdinary: [
    'for long', 'for very long', 'for more than', 'for too long', 'long periods', 'far', 'very far', 'all day', 'without',
    'stairs', 'the hill', 'in the morning', 'for a minute', 'for a moment', 'for a second', 'for a few seconds', 'asleep', 'out of bed', 'the idea', 'the thought', 'stand it', 'stand the',
  ],
  sudden: [
    'sudden*', 'all of a sudden', 'out of nowhere', 'out of the blue', 'without warning', 'abrupt*', 'just now',
    'minutes ago', 'an hour ago', 'hour ago', 'within minutes', 'within an hour', 'within hours', 'few hours ago',
    'since an hour', 'since one hour', 'since half an hour',
    'all at once', 'in an instant', 'in seconds', 'within seconds', 'came on fast', 'came on quickly', 'came on suddenly', 'just happened', 'a moment ago', 'moments ago', 'few minutes ago', 'half an hour ago', 'since breakfast', 'since lunch', 'since lunchtime', 'since dinner', 'since supper', 'since tea', 'just like that', 'from one moment to the next', 'one minute',
    'about an hour', 'an hour or so',
  ],
  // A recent onset that is not sudden: new weakness since waking is urgent-soon, an emergency only
  // with a severe loss.
  recentOnset: ['since this morning', 'since last night', 'this morning', 'overnight', 'woke up with', 'woke up and', 'since i woke', 'since he woke', 'since she woke'],
  severeLoss: [
    "can't walk", "couldn't walk", "can't lift", "couldn't lift", 'barely stand', 'hardly stand', 'barely walk', 'hardly walk',
    "can't grip", 'no strength', 'no power', 'completely', 'totally', 'paraly*', 'gone to jelly', 'went to jelly',
  ],
  suddenOrdinary: [
    'after', 'during', 'cramp*', 'when i stand', 'when i get up', 'stood up', 'standing up', 'slept on', 'sleeping on',
    'lying on', 'sat on', 'fine now', 'ok now', 'okay now', 'all good now', 'gone now', 'better now',
  ],
  cough: ['cough*', 'bringing up', 'brought up', 'spitting', 'spat', 'hacking', 'hack', 'hack up', 'hacked', 'hacks'],
  phlegm: ['phlegm', 'mucus', 'sputum', 'spit', 'tissue', 'hanky'],
  blood: ['blood', 'bloody', 'bloodstained', 'blood-stained', 'red streaks', 'streaks of red', 'streaked with red', 'pink froth*', 'pinkish', 'rusty', 'bright red'],
  saddle: [
    'groin', 'saddle', 'backside', 'bum', 'butt', 'buttock*', 'bottom', 'between my legs', 'between his legs', 'between her legs',
    'private parts', 'privates', 'genital*', 'inner thigh*', 'perineum', 'crotch', 'back passage', 'anus', 'down below',
    'down there', 'where i sit', 'where you sit', 'where he sits', 'where she sits', 'private area', 'private region', 'intimate area', 'vagina', 'vulva', 'penis', 'scrotum', 'rectum', 'sit bones', 'seat area', 'nether*',
    'my behind', 'his behind', 'her behind', 'their behind', 'rear end', 'arse', 'bum cheeks', 'around my bottom', 'sitting area',
  ],
  // Pressure from sitting numbs the saddle area for a while: an ordinary cause when nothing else goes with it.
  sittingCause: ['bike', 'bikes', 'cycling', 'ride', 'rides', 'on the toilet', 'sitting for', 'sitting too long', 'sat for', 'long drive', 'horse'],
  saddleOverride: ['weak*', 'bladder', 'pee', 'wee', 'poo', 'bowel*', 'back', 'spine', 'sciatica', 'legs'],
  selfWetting: [
    'wet myself', 'wet himself', 'wet herself', 'peed myself', 'peed himself', 'peed herself', 'pooed myself', 'pooped myself',
    'soiled myself', 'soiled himself', 'soiled herself', 'wet the bed', 'incontinen*',
  ],
  bladder: ['bladder', 'bowel*', 'pee', 'peeing', 'urine', 'urinate', 'wee', 'weeing', 'poo', 'pooing', 'toilet', 'stool', 'number two', 'urinat*', 'peed', 'weed', 'wee wee', 'pipi', 'piss', 'pissing', 'pass water', 'passing water', 'widdle'],
  controlLoss: [
    'loss of', 'lost control', 'losing control', 'lose control', 'no control', "can't control", "can't hold", "couldn't hold",
    "can't stop", 'leak*', 'without noticing', 'without realising', 'without realizing', "didn't notice", "didn't feel",
    "can't feel", "couldn't feel", "don't know when", "can't tell when", 'accident*', "can't go", "can't pee", "can't wee",
    'unable to pee', 'trouble peeing', 'difficulty peeing', 'nothing comes', 'wet myself', 'wet himself', 'wet herself',
    ...RETENTION, "can't empty", 'nothing comes out', 'retention', 'feels different', 'feel different', 'not normal',
    'not coming', 'nothing coming', "won't come", "doesn't come", 'not coming out', 'stopped coming',
  ],
  longSpan: [...DAY_TO_WEEK_SPANS, ...LONG_STANDING],
  // A weakness that has passed is history, not a weakness that lasts.
  recovered: ['all better', 'better now', 'fine now', 'ok now', 'okay now', 'recovered', 'back to normal', 'gone now', 'went away', 'cleared up', 'all good now'],
  persist: [
    ...DAY_TO_WEEK_SPANS,
    "won't go away", "isn't going away", "hasn't gone away", "doesn't go away", 'not going away', 'not gone away',
    'for days', 'for a week', 'for weeks', 'for two weeks', 'for a month', 'for months', 'since last week', 'getting worse',
    'keeps getting worse', 'worse every', 'worse each', 'still there', 'persistent', 'persisting', 'worsening', 'ongoing',
    'every day', 'keeps coming back', 'more and more', 'weeks now', 'days now', 'few weeks', 'few days', 'couple of weeks',
    'several weeks', 'getting weaker', 'gradually', 'slowly getting',
    'not going', 'not gone', 'has not gone', "hasn't gone", 'not better', 'no better', 'not improving', "isn't improving", 'not getting better', 'worse than', 'than last month', 'than last week', 'every week', 'each week', 'week by week', 'week after week', 'this month', 'fortnight', 'past fortnight', 'more every', 'more each', 'slowly worse', 'bit by bit', 'steadily', 'on and off', 'off and on', 'comes and goes',
  ],
  bladderOrdinary: ['sneeze', 'sneezing', 'laugh', 'laughing', 'jump', 'jumping', 'since having', 'childbirth', 'pregnan*', 'for years', 'years'],
} as const satisfies Record<string, readonly string[]>;

export type PartName = keyof typeof PARTS;

/**
 * One way a sign shows: every part in `parts` (an inner array: any one of those parts) found,
 * not negated, within `window` words. `ordinary` parts anywhere in the message mark a setting
 * that makes the match ordinary (`then`: what level it gets instead), unless an `override` part
 * is there too. `notAt` phrases starting at the same word as a part's phrase cancel it.
 */
export type SignPattern = {
  parts: ReadonlyArray<readonly PartName[]>;
  window: number;
  ordinary?: readonly PartName[];
  override?: readonly PartName[];
  then?: 'urgent-soon' | 'none';
  /** Phrases that, starting where a part's phrase starts, mean something else ("confused about"). */
  notAt?: readonly PartName[];
};

export type SignConcept = { sign: TriageSignId; patterns: readonly SignPattern[] };

// A companion symptom may sit in another sentence of the same message.
const MESSAGE = 400;

export const SIGN_CONCEPTS: readonly SignConcept[] = [
  {
    sign: 'stroke',
    patterns: [
      { parts: [['weak', 'numb'], ['oneSide']], window: 8 },
      { parts: [['face'], ['droop']], window: 4 },
      { parts: [['speech'], ['speechWrong']], window: 4 },
      { parts: [['speechLoss']], window: 0 },
      { parts: [['strokeAsk']], window: 0 },
      { parts: [['slurring']], window: 0 },
      { parts: [['oddFeeling'], ['bodyHalf']], window: 8 },
      { parts: [['worst'], ['headache']], window: 5 },
      { parts: [['face'], ['numb']], window: 4, ordinary: ['dental'], then: 'none' },
      { parts: [['eye'], ['sightLoss']], window: 6 },
      { parts: [['sudden'], ['eye'], ['sightChange']], window: 8 },
    ],
  },
  {
    sign: 'ascending-weakness',
    patterns: [
      { parts: [['weak', 'numb', 'tingle'], ['climb']], window: 14, ordinary: ['postureCause'], then: 'none', notAt: ['climbEffort'] },
      { parts: [['weak', 'numb', 'tingle'], ['lowSite'], ['spreadLink'], ['highSite']], window: 16, ordinary: ['postureCause'], then: 'none' },
      { parts: [['weak', 'numb'], ['legSite', 'lowSite'], ['upperSite'], ['getting']], window: 24, ordinary: ['slowSpan'], then: 'urgent-soon' },
    ],
  },
  {
    sign: 'weakness-with-breathing-or-swallowing',
    patterns: [
      { parts: [['weak', 'numb'], ['swallowTrouble']], window: MESSAGE },
      { parts: [['weak'], ['breathWord'], ['breathHard']], window: MESSAGE, ordinary: ['exertion', 'longSpan'], override: ['restCue'], then: 'urgent-soon' },
    ],
  },
  {
    sign: 'cauda-equina',
    patterns: [
      { parts: [['saddle'], ['numb']], window: 8, ordinary: ['sittingCause'], override: ['saddleOverride'], then: 'urgent-soon' },
      { parts: [['bladder'], ['controlLoss']], window: 8, ordinary: ['bladderOrdinary'], then: 'none' },
      { parts: [['selfWetting']], window: 0, ordinary: ['bladderOrdinary'], then: 'none' },
    ],
  },
  {
    sign: 'chest-pain-or-palpitations-with-weakness',
    patterns: [
      { parts: [['heartAttack']], window: 0 },
      { parts: [['chestSite'], ['chestPain']], window: 7, ordinary: ['chestOrdinary'], override: ['chestOverride'], then: 'urgent-soon' },
      { parts: [['palpitations']], window: 0, ordinary: ['heartOrdinary', 'feelingTrigger', 'exertion', 'chronic'], override: ['heartOverride'], then: 'urgent-soon' },
      { parts: [['heart'], ['heartWrong']], window: 5, ordinary: ['heartOrdinary', 'feelingTrigger', 'exertion', 'chronic'], override: ['heartOverride'], then: 'urgent-soon' },
    ],
  },
  { sign: 'fainting-or-collapse', patterns: [{ parts: [['faint']], window: 0, ordinary: ['faintOrdinary', 'resolved'], then: 'urgent-soon' }] },
  {
    sign: 'breathing-difficulty',
    patterns: [
      { parts: [['breathWord'], ['breathHard']], window: 3, ordinary: ['exertion', 'feelingTrigger', 'longSpan'], override: ['restCue'], then: 'urgent-soon' },
      { parts: [['breathless']], window: 0, ordinary: ['exertion', 'feelingTrigger', 'longSpan'], override: ['restCue'], then: 'urgent-soon' },
    ],
  },
  {
    sign: 'severe-dehydration',
    patterns: [
      { parts: [['noUrine']], window: 0 },
      { parts: [['severeDry']], window: 0, ordinary: ['standingUp'], override: ['fluidLoss'], then: 'urgent-soon' },
      // New confusion is an emergency whatever its cause; a long-standing one, or puzzlement, is not.
      { parts: [['confused']], window: 0, ordinary: ['chronic'], then: 'urgent-soon', notAt: ['puzzled'] },
      { parts: [['confused'], ['fluidLoss']], window: MESSAGE },
      { parts: [['dryCue'], ['fluidLoss']], window: MESSAGE },
      { parts: [['cantKeep'], ['keptDown']], window: 5, ordinary: ['standingUp'], override: ['fluidLoss'], then: 'urgent-soon' },
      { parts: [['vomitWord'], ['nonstop']], window: 5, ordinary: ['pastIllness'], then: 'urgent-soon' },
    ],
  },
  {
    sign: 'hot-swollen-calf',
    patterns: [
      { parts: [['calfSite'], ['swollen'], ['hotRedPain']], window: 14, ordinary: ['swollenOrdinary'], then: 'urgent-soon' },
      { parts: [['calfSite'], ['heat'], ['redness']], window: 10, ordinary: ['swollenOrdinary', 'afterExercise'], then: 'urgent-soon' },
    ],
  },
  {
    sign: 'cold-pale-leg',
    patterns: [{ parts: [['limbSite'], ['coldPale'], ['painOrNumb']], window: 14, ordinary: ['coldOrdinary'], override: ['coldOverride'], then: 'urgent-soon' }],
  },
  {
    sign: 'sudden-paralysis',
    patterns: [
      { parts: [['legSite', 'weak'], ['noSupport']], window: 8, ordinary: ['supportOrdinary'], then: 'none' },
      { parts: [['legSite'], ['legFailed']], window: 3, ordinary: ['supportOrdinary'], then: 'none' },
      { parts: [['paralysis']], window: 0, ordinary: ['chronic'], then: 'urgent-soon' },
      { parts: [['giveWay'], ['fall']], window: 8, ordinary: ['chronic'], then: 'urgent-soon' },
      { parts: [['legSite'], ['giveWay']], window: 4, ordinary: ['chronic', 'exertion', 'slowSpan', 'supportOrdinary', 'giveWayOrdinary'], then: 'none' },
      { parts: [['weak'], ['rapidPace']], window: 6, ordinary: ['exertion', 'chronic'], then: 'urgent-soon' },
      { parts: [['noSupport'], ['completely']], window: 4, ordinary: ['supportOrdinary'], then: 'none' },
      { parts: [['fall'], ['noSupport']], window: 8, ordinary: ['supportOrdinary', 'exertion'], then: 'urgent-soon', notAt: ['asleep'] },
      { parts: [['recentOnset'], ['weak', 'numb', 'noSupport']], window: 10, ordinary: ['recentOnset'], override: ['noSupport', 'severeLoss'], then: 'urgent-soon' },
      { parts: [['sudden'], ['weak', 'numb', 'noSupport']], window: 10, ordinary: ['suddenOrdinary'], override: ['noSupport'], then: 'urgent-soon' },
    ],
  },
  {
    sign: 'coughing-blood',
    patterns: [
      { parts: [['cough'], ['blood']], window: 5 },
      { parts: [['phlegm'], ['blood']], window: 4 },
    ],
  },
];

/** Urgent-soon (see a doctor within a day or two): weakness or numbness that lasts or worsens. */
export const URGENT_SOON_PATTERNS: readonly SignPattern[] = [
  { parts: [['weak', 'numb', 'tingle'], ['persist']], window: 12, ordinary: ['recovered'], then: 'none' },
];
