import type { LegwiseUIMessage } from '@/lib/chat/types';
import { citedSources, sourceSection, splitAnswerText, userText, type SourceRef } from './answer-parts';

function sourceLine(ref: SourceRef, origin: string): string {
  const section = sourceSection(ref);
  const where = section ? `${ref.title} — ${section}` : ref.title;
  const link = origin ? ` (${origin}/documents/${encodeURIComponent(ref.docId)}#${encodeURIComponent(ref.passageId)})` : '';
  return `[${ref.n}] ${where}${link}`;
}

function quoteLine(ref: SourceRef): string | undefined {
  if (!ref.quote) return undefined;
  return `    “${ref.quote.replace(/\s+/g, ' ').trim()}”`;
}

/** An answer as plain text with its numbered sources, for the clipboard. */
export function answerToPlainText(message: LegwiseUIMessage, origin = ''): string {
  const { notice, body, urgentSoon, disclaimer } = splitAnswerText(message);
  const sources = citedSources(message, body);
  // The emergency notice is the most important line of a saved answer: it leads, as on screen.
  const lines = [...(notice ? [notice, ''] : []), body, ...(urgentSoon ? ['', urgentSoon] : [])];
  if (sources.length > 0) {
    lines.push('', 'Sources:');
    for (const ref of sources) lines.push(sourceLine(ref, origin));
  }
  if (disclaimer) lines.push('', disclaimer);
  return lines.join('\n');
}

/** Quotes a user's text so it cannot turn into Markdown structure in the export. */
function asBlockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A whole conversation as Markdown, each answer followed by its numbered sources. */
export function conversationToMarkdown(title: string, messages: LegwiseUIMessage[], origin = ''): string {
  const out: string[] = [`# ${title.replace(/\s+/g, ' ')}`, ''];
  for (const message of messages) {
    if (message.role === 'user') {
      out.push('## Question', '', asBlockquote(userText(message)), '');
      continue;
    }
    if (message.role !== 'assistant') continue;
    const { notice, body, urgentSoon, disclaimer } = splitAnswerText(message);
    out.push('## Answer', '');
    if (notice)
      out.push(
        ...notice
          .split(/\n{2,}/)
          .map((line) => `> **${line.trim()}**`)
          .flatMap((line) => [line, '>'])
          .slice(0, -1),
        '',
      );
    out.push(body, '');
    if (urgentSoon) out.push(`**${urgentSoon}**`, '');
    const sources = citedSources(message, body);
    if (sources.length > 0) {
      out.push('### Sources', '');
      for (const ref of sources) {
        out.push(`${sourceLine(ref, origin)}`);
        const quote = quoteLine(ref);
        if (quote) out.push(quote);
      }
      out.push('');
    }
    if (disclaimer) out.push(`_${disclaimer}_`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function exportFileName(title: string, now = new Date()): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const date = now.toISOString().slice(0, 10);
  return `legwise-${slug || 'conversation'}-${date}.md`;
}
