/**
 * Everyday wording that medical.ts does not cover: body parts, people, daily life, and the way
 * questions are asked ("how common", "what's the medical term", "who gets it"). Same rules as
 * medical.ts: each group is a real synonym relation written from general usage, never from a
 * particular question or article; one-way rules are for a broad lay word that implies a clinical
 * one but must not be implied by it.
 */

export const LAY_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // --- Body parts ---
  ['feet', 'foot', 'toes', 'toe', 'soles', 'soles of the feet', 'bottom of the feet', 'bottoms of the feet'],
  ['hands', 'hand', 'fingers', 'finger', 'fingertips'],
  ['around the mouth', 'mouth', 'lips', 'lip'],
  ['lower back', 'lumbar', 'lumbar spine', 'lower spine', 'small of the back'],
  // --- Everyday states and symptoms ---
  ['faint', 'fainting', 'dizzy', 'dizziness', 'lightheaded', 'light-headed', 'woozy', 'vertigo'],
  ['urine', 'urinating', 'urination', 'wee', 'weeing', 'frequent urination', 'toilet trips'],
  ['resolves with rest', 'resolves', 'eases off', 'settles with rest', 'stops with rest'],
  ['mild', 'slight', 'slightly', 'a bit', 'a little', 'minor', 'even mild'],
  // --- People and situations ---
  ['nursing homes', 'nursing home', 'care home', 'care homes', 'residential home', 'residential care', 'assisted living'],
  ['limited outdoor activities', 'limited sun exposure', 'stuck indoors', 'stuck inside', 'rarely outside', 'hardly outside'],
  ['women', 'woman', 'female', 'females', 'ladies', 'women of reproductive age'],
  [
    'construction worker',
    'builder',
    'builders',
    'labourer',
    'laborer',
    'tradesman',
    'manual labour',
    'manual labor',
    'manual work',
    'physical job',
    'heavy lifting',
    'lifting heavy',
  ],
  ['lifestyle', 'lifestyle factors', 'habits', 'daily habits', 'everyday habits', 'routine', 'daily routine', 'lifestyle changes', 'lifestyle modifications'],
  ['water intoxication', 'overhydration', 'excessive water'],
  // --- Care ---
  ['self-diagnosing', 'self-diagnose', 'self diagnosis', 'diagnose oneself', 'self-treating', 'self-treat', 'self-medicating', 'self'],
  // --- How questions are asked ---
  ['common', 'very common', 'most common', 'usual', 'typical', 'widespread', 'prevalent'],
  ['rare', 'relatively rare', 'seldom'],
  ['significant', 'significance', 'important', 'importance', 'matter', 'matters', 'big deal', 'major role', 'key role', 'big role'],
  ['instead', 'instead of', 'rather than', 'as opposed to'],
  ['confirm', 'confirmed', 'pinpoint', 'rule out'],
  ['risk', 'at risk', 'higher risk', 'increased risk', 'particularly at risk', 'susceptible', 'prone'],
  ['restore', 'restoring', 'regain', 'rebuild', 'build up', 'strengthen', 'strengthens', 'boost'],
];

export const LAY_ONE_WAY_EXPANSIONS: readonly { readonly from: readonly string[]; readonly to: readonly string[] }[] = [
  // The seat of sciatic pain: the buttock words do not mean sciatica, but point to it.
  {
    from: ['buttock', 'buttocks', 'bottom', 'butt', 'backside', 'glutes', 'back of the leg', 'back of the thigh'],
    to: ['sciatica', 'sciatic nerve', 'piriformis syndrome'],
  },
  // Heartburn and reflux are what proton pump inhibitors are taken for.
  { from: ['heartburn', 'acid reflux', 'reflux', 'indigestion', 'gerd', 'stomach acid'], to: ['proton pump inhibitors'] },
  // Water tablets are a kind of blood pressure medicine.
  { from: ['blood pressure medication', 'blood pressure pills', 'blood pressure tablets'], to: ['diuretics'] },
  // Drinking only water during long exertion dilutes sodium.
  { from: ['overhydration', 'water intoxication', 'excessive water'], to: ['hyponatremia', 'sodium replacement'] },
  // Asking for the medical name: definitions read "X, characterized by" / "known as".
  {
    from: [
      'medical term',
      'medical name',
      'fancy term',
      'fancy word',
      'technical term',
      'proper name',
      'proper term',
      'doctor term',
      'official name',
      'scientific name',
      'clinical term',
      'jargon',
      'terminology',
    ],
    to: ['characterized by', 'known as', 'called', 'defined as'],
  },
  // "How often" and "number one" questions are answered by how common or rare something is.
  { from: ['how often', 'chances', 'odds'], to: ['common', 'rare'] },
  // "Is it X or something else?": other conditions that share the symptoms.
  { from: ['something else', 'anything else'], to: ['other conditions', 'other causes', 'other medical conditions'] },
  // Being sure is what a confirming test or a ruled-out alternative gives.
  { from: ['sure', 'for sure'], to: ['confirm', 'know for certain', 'pinpoint', 'rule out'] },
];
