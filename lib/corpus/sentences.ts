/** Sentence spans inside a slice of the source, so windows of whole sentences keep exact offsets. */

export interface Span {
  start: number;
  end: number;
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = /(?:^|[\s(])(e\.g|i\.e|vs|dr|mr|mrs|ms|prof|approx|fig|jr|sr|u\.s)\.$/i;

export function splitSentences(source: string, start: number, end: number): Span[] {
  const text = source.slice(start, end);
  const spans: Span[] = [];
  let sentenceStart = 0;
  const boundary = /[.!?]["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const stop = (match.index ?? 0) + match[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, stop - 8), stop))) continue;
    spans.push(trimSpan(text, sentenceStart, stop, start));
    sentenceStart = stop;
  }
  if (sentenceStart < text.length) spans.push(trimSpan(text, sentenceStart, text.length, start));
  return spans.filter((span) => span.end > span.start);
}

function trimSpan(text: string, from: number, to: number, base: number): Span {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: base + s, end: base + e };
}
