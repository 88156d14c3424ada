// nspell 2.1.5 ships no types: the part of its API this project uses.
declare module 'nspell' {
  type Dictionary = { aff: Uint8Array | string; dic?: Uint8Array | string };
  export type NSpell = {
    /** True when the word (with the dictionary's affix rules) is correctly spelt. */
    correct(word: string): boolean;
  };
  export default function nspell(aff: Uint8Array | string | Dictionary, dic?: Uint8Array | string): NSpell;
}
