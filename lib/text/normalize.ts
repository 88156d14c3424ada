const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;

/**
 * Lower case, straight quotes, no diacritics. Keeps the text's length for ordinary (precomposed)
 * characters, so offsets found in the result point into the original too.
 */
export function normalizeText(text: string): string {
  // Plain ASCII without a backtick is left as it is by every step but the lower-casing.
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}
