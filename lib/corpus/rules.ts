/**
 * Text heuristics shared by the parser. They describe kinds of lines found on web articles in
 * general (skip links, read-time badges, disclaimers...), never a particular file.
 */
import { wordCount } from './lines';

/** Lines that belong to the page chrome, not the article. */
const CHROME_LINES: RegExp[] = [
  /^(skip|jump) to (the )?(main )?(content|navigation|article)$/i,
  /^(reading time:?\s*)?\d+\s*(-\s*\d+\s*)?(min|mins|minutes?)(\s+read(ing)?)?$/i,
  /^(in this article|table of contents|contents|on this page|jump to section|article contents)$/i,
  /^(share|share this( article| post)?|advertisement|sponsored|print|back to top)$/i,
  // Bylines and dates: "By Jane Doe", "Medically reviewed by ...", "Updated on March 3, 2024".
  /^(([Ww]ritten|[Mm]edically reviewed|[Rr]eviewed|[Ff]act[- ]checked) by|By)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,4}(,.{0,40})?$/u,
  /^(last )?(updated|published|posted|reviewed)( on)?:?\s+.{0,30}\b\d{4}$/i,
];

export function isChromeLine(text: string): boolean {
  const t = text.trim();
  return CHROME_LINES.some((pattern) => pattern.test(t));
}

/** Standard legal boilerplate; the chatbot adds its own disclaimer, so these only add noise. */
const BOILERPLATE = [
  /\bfor (general )?(informational|information|educational) (purposes|use) only\b/i,
  /\b(does|do|should) not (constitute|replace|substitute( for)?|serve as)\b.{0,40}\b(medical|professional) (advice|care|diagnosis)/i,
  /\bnot (intended|meant) (to be|as) a substitute for\b/i,
];

export function isBoilerplate(text: string): boolean {
  return wordCount(text) <= 60 && BOILERPLATE.some((pattern) => pattern.test(text));
}

/**
 * Sentences that only announce the article's own structure ("The next section will ...",
 * "This section addresses common inquiries ..."): they match questions but answer nothing.
 */
export function isStructuralMeta(text: string): boolean {
  if (wordCount(text) > 30) return false;
  return (
    /^(the |in the )?(next|following|previous) (section|part|chapter)s? (will|discusses|covers|provides|explores|describes|examines)\b/i.test(text) ||
    /^this section (will )?(address|cover|answer|provide|explore|discuss|describe|examine)(es|s)?\b/i.test(text)
  );
}

/** Section headings whose whole section is page furniture. */
export function isDroppedSectionHeading(text: string): boolean {
  const t = text.trim().replace(/[:.]$/, '');
  return (
    /^(outbound|external|related|useful|further|helpful)\s+(links?|resources|reading|articles|posts)$/i.test(t) ||
    /^(medical |legal )?disclaimers?$/i.test(t) ||
    /^(you may also like|read (more|next)|related|see also|share this article)$/i.test(t)
  );
}

/** Reference sections keep only items with real text. */
export function isReferenceHeading(text: string): boolean {
  return /^(references|sources|citations|bibliography|works cited|footnotes)$/i.test(text.trim().replace(/[:.]$/, ''));
}

export function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

export function isFaqHeading(text: string): boolean {
  return /\b(frequently asked questions|faqs?|common questions|questions and answers|q\s*&\s*a)\b/i.test(text);
}

/** "Conclusion", "When to See a Doctor"...: headings that open a top-level section. */
export function isMajorSectionHeading(text: string): boolean {
  return /^(conclusions?|summary|in summary|quick summary|key (points|takeaways)|takeaways?|the bottom line|bottom line|overview|introduction|comparison\b|a comparison\b|frequently asked questions|faqs?\b|references|when to (see|seek|call|consult)\b)|\bwhen to (see|seek|call|consult)\b|\b(conclusion|summary)\b/i.test(
    text.trim(),
  );
}

const SENTENCE_END = /[.!;:,]["'”’)]*$/u;
const INNER_SENTENCE_BREAK = /[.!?]["'”’)]*\s+\p{Lu}/u;

/**
 * A short line that reads like a title rather than a sentence: no sentence-final punctuation,
 * no second sentence, starts with a capital or a number.
 */
export function isHeadingLike(text: string, opts: { allowQuestion: boolean }): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return false;
  const words = wordCount(t);
  if (words > 14) return false;
  if (!/^["'“‘(]?[\p{Lu}\d]/u.test(t)) return false;
  if (SENTENCE_END.test(t)) return false;
  if (!opts.allowQuestion && /\?["'”’)]*$/u.test(t)) return false;
  if (INNER_SENTENCE_BREAK.test(t)) return false;
  if (/https?:\/\//i.test(t)) return false;
  return true;
}

/** Question lines: "...?" or "Question 3: ...", "Q: ...". */
export const QUESTION_PREFIX = /^(question\s*\d*|q\d*)\s*[:.)-]\s*/i;

export function isQuestionLine(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > 40) return false;
  return /\?["'”’)]*$/u.test(t) || (QUESTION_PREFIX.test(t) && /\?/.test(t));
}

/** Normalised form for comparing titles and headings. */
export function normaliseForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
