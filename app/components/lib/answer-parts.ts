import { DISCLAIMER } from '@/lib/answer/disclaimer';
import type { Citation } from '@/lib/chat/metadata';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { URGENT_SOON_NOTE } from '@/lib/triage/notices';

/** One numbered source under an answer. Offsets are absent when only a source part was sent. */
export type SourceRef = {
  n: number;
  passageId: string;
  docId: string;
  title: string;
  headings: string[];
  quote?: string;
  start?: number;
  end?: number;
};

export type AnswerText = {
  /** The urgent-care notice the server sends as its own first part of an urgent answer. */
  notice?: string;
  /** The Markdown answer with its [n] markers. */
  body: string;
  /** The fixed "see a doctor within a day or two" line the server adds after an urgent-soon answer. */
  urgentSoon?: string;
  /** The fixed disclaimer part, shown as a note rather than as Markdown. */
  disclaimer: string | undefined;
};

const MARKER = /\[(\d{1,3})\]/g;
/**
 * The most answer characters rendered: Markdown is re-parsed as it streams, and a multi-megabyte
 * answer (the server caps its own far lower) would freeze the tab.
 */
export const MAX_RENDERED_ANSWER_CHARS = 20_000;

function capped(text: string): string {
  return text.length > MAX_RENDERED_ANSWER_CHARS ? `${text.slice(0, MAX_RENDERED_ANSWER_CHARS)}…` : text;
}

function textParts(message: LegwiseUIMessage): string[] {
  return message.parts.flatMap((part) => (part.type === 'text' ? [part.text] : []));
}

/** Whether a text part is (the start of) the disclaimer rather than answer prose. */
function isDisclaimerPart(text: string, disclaimer: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return false;
  return trimmed === disclaimer || disclaimer.startsWith(trimmed);
}

/**
 * Splits an assistant message into the answer body and the disclaimer. The server sends the
 * disclaimer as its own last text part; only a later part can be it, so an answer that happens
 * to begin like the disclaimer is never swallowed.
 */
export function splitAnswerText(message: LegwiseUIMessage): AnswerText {
  let parts = textParts(message);
  const disclaimerText = message.metadata?.disclaimer ?? DISCLAIMER;
  const last = parts.at(-1);
  let disclaimer: string | undefined;
  if (parts.length > 1 && last !== undefined && isDisclaimerPart(last, disclaimerText)) {
    disclaimer = last.trim();
    parts = parts.slice(0, -1);
  }
  // The urgent-soon line is its own part just before the disclaimer: a note, not prose.
  let urgentSoon: string | undefined;
  if (parts.length > 1 && parts.at(-1)?.trim() === URGENT_SOON_NOTE) {
    urgentSoon = URGENT_SOON_NOTE;
    parts = parts.slice(0, -1);
  }
  const notes = { disclaimer, ...(urgentSoon ? { urgentSoon } : {}) };
  // An urgent answer leads with a separate notice part; it belongs in the alert, not the prose.
  if (message.metadata?.urgent && parts.length > 1) {
    return { notice: parts[0]?.trim(), body: capped(parts.slice(1).join('').trim()), ...notes };
  }
  return { body: capped(parts.join('').trim()), ...notes };
}

export function userText(message: LegwiseUIMessage): string {
  return textParts(message).join('');
}

/** Marker numbers in order of first appearance. */
export function citationMarkers(text: string): number[] {
  const seen = new Set<number>();
  for (const match of text.matchAll(MARKER)) seen.add(Number(match[1]));
  return [...seen];
}

export function stripMarkers(text: string): string {
  return text.replace(MARKER, '').replace(/[ \t]+([.,;:!?])/g, '$1');
}

function fromCitation(c: Citation): SourceRef {
  return { ...c };
}

function fromSourceParts(message: LegwiseUIMessage): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const part of message.parts) {
    if (part.type !== 'source-document') continue;
    refs.push({
      n: refs.length + 1,
      passageId: part.sourceId,
      docId: part.filename ?? '',
      title: part.title,
      headings: [],
    });
  }
  return refs;
}

/**
 * The sources an answer cites, numbered exactly as its markers. Metadata citations are the
 * authority; source-document parts are the fallback when metadata has not arrived (yet).
 * Only numbers that appear in the text are listed, so the list never shows an uncited passage.
 */
export function citedSources(message: LegwiseUIMessage, body: string): SourceRef[] {
  const citations = message.metadata?.citations;
  const all = citations && citations.length > 0 ? citations.map(fromCitation) : fromSourceParts(message);
  const markers = new Set(citationMarkers(body));
  const usable = all.filter((ref) => ref.docId !== '');
  const cited = usable.filter((ref) => markers.has(ref.n));
  return cited.sort((a, b) => a.n - b.n);
}

export function sourceSection(ref: Pick<SourceRef, 'headings'>): string | undefined {
  return ref.headings.length > 0 ? ref.headings.join(' › ') : undefined;
}

/** The first words of a passage, cut at a word boundary. */
export function firstWords(text: string, maxChars = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.]$/, '')}…`;
}

export function documentHref(ref: Pick<SourceRef, 'docId' | 'passageId'>): string {
  return `/documents/${encodeURIComponent(ref.docId)}#${encodeURIComponent(ref.passageId)}`;
}
