import type { PartOfSpeech, WordNet } from './database';

/**
 * WordNet's own detachment rules (morphy(7WN)): the suffixes an inflected form may end in and
 * what replaces them, per part of speech. The database holds base forms only ("cramp", not
 * "cramps"), so a corpus word is looked up as written and then through these rules.
 */
const DETACHMENTS: Readonly<Record<Exclude<PartOfSpeech, 'r'>, readonly (readonly [string, string])[]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

/**
 * The WordNet lemmas a word or phrase may be a form of: itself when WordNet has it, else the
 * base forms its last word's suffix rules give (a phrase inflects at its end: "muscle cramps").
 */
export function baseForms(wordnet: WordNet, phrase: string): string[] {
  const forms = new Set<string>();
  if (wordnet.sensesOf(phrase).length > 0) forms.add(phrase);
  for (const [pos, rules] of Object.entries(DETACHMENTS) as [Exclude<PartOfSpeech, 'r'>, (typeof DETACHMENTS)['n']][]) {
    for (const [suffix, replacement] of rules) {
      if (!phrase.endsWith(suffix) || phrase.length <= suffix.length + 1) continue;
      const base = phrase.slice(0, phrase.length - suffix.length) + replacement;
      if (wordnet.hasLemma(base, pos)) forms.add(base);
    }
  }
  return [...forms];
}
