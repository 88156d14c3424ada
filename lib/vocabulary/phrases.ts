/**
 * Everyday multi-word expressions folded to one wording before stop words are dropped. Their
 * meaning lives in a small word ("give *out*", "puffed *up*" / "puffed *out*", "eases *off*")
 * that stop-word removal would throw away, leaving a generic head word ("give", "puff", "ease")
 * that would then match the wrong idea. Keys are lowercase words after spelling folding; values
 * are the wording analysis continues with (a real word, or one joined token that the expansion
 * vocabulary knows). Only expressions whose head word alone would mislead belong here.
 */
export const PHRASE_FOLDS: Readonly<Record<string, string>> = {
  // Legs giving way
  'give way': 'giveway',
  'gives way': 'giveway',
  'gave way': 'giveway',
  'giving way': 'giveway',
  'give out': 'giveway',
  'gives out': 'giveway',
  'gave out': 'giveway',
  'giving out': 'giveway',
  'give up': 'giveway',
  'gives up': 'giveway',
  'gave up': 'giveway',
  'giving up': 'giveway',
  // Tiredness
  'run down': 'rundown',
  'washed out': 'washedout',
  // Swelling versus breathlessness
  'puff up': 'puffy',
  'puffs up': 'puffy',
  'puffed up': 'puffy',
  'puffing up': 'puffy',
  'swell up': 'swollen',
  'swells up': 'swollen',
  'swelled up': 'swollen',
  'swollen up': 'swollen',
  'puffed out': 'breathless',
  'out of breath': 'breathless',
  // Cramping
  'lock up': 'lockup',
  'locks up': 'lockup',
  'locked up': 'lockup',
  'locking up': 'lockup',
  // Symptoms that stop with rest
  'ease off': 'easeoff',
  'eases off': 'easeoff',
  'eased off': 'easeoff',
  'easing off': 'easeoff',
  'ease up': 'easeoff',
  'eases up': 'easeoff',
  'wears off': 'easeoff',
  'goes away': 'easeoff',
  'go away': 'easeoff',
  'went away': 'easeoff',
  // Fainting, vomiting, falling
  'pass out': 'faint',
  'passed out': 'faint',
  'passing out': 'faint',
  'throw up': 'vomit',
  'throwing up': 'vomit',
  'threw up': 'vomit',
  'fall over': 'fall',
  'falls over': 'fall',
  'fell over': 'fall',
  'falling over': 'fall',
  'topple over': 'fall',
  'keel over': 'fall',
  'dried out': 'dehydrated',
  // Degree and importance
  'a bit': 'mild',
  'a little': 'mild',
  'number one': 'common',
  'big deal': 'significant',
  'big a deal': 'significant',
  // "Who gets it" asks who is at risk
  'who gets': 'risk',
  'who is at risk': 'risk',
  'who is more likely': 'risk',
  'who are more likely': 'risk',
  'which people': 'risk',
};
