/**
 * Cuts streamed text into sentence units (a sentence, a list item or a line) so each can be
 * checked whole before anyone sees it, by the one sentence rule of lib/text/sentences (chat
 * style). A unit keeps its trailing whitespace, so joining the units gives the text back exactly.
 * The cut waits for the first character after a whitespace run, so a marker that trails the full
 * stop stays with its sentence.
 */
import { sentenceCuts } from '@/lib/text/sentences';

/**
 * A unit longer than this is cut where it stands: text with no sentence end (a flood) must not
 * pile up unchecked. Article sentences are far shorter; the guard's tail still spans the cut.
 */
export const MAX_UNIT_CHARS = 2000;

export class SentenceSplitter {
  private buffer = '';
  /** Where the next whitespace run may start: everything before it has been looked at. */
  private scanFrom = 0;

  /** Adds streamed text; returns the units it completed (possibly none). */
  push(delta: string): string[] {
    this.buffer += delta;
    const { cuts, resumeAt } = sentenceCuts(this.buffer, 'chat', this.scanFrom);
    const units: string[] = [];
    let unitStart = 0;
    for (const cut of cuts) {
      units.push(this.buffer.slice(unitStart, cut));
      unitStart = cut;
    }
    this.buffer = this.buffer.slice(unitStart);
    this.scanFrom = Math.max(0, resumeAt - unitStart);
    while (this.buffer.length > MAX_UNIT_CHARS) {
      units.push(this.buffer.slice(0, MAX_UNIT_CHARS));
      this.buffer = this.buffer.slice(MAX_UNIT_CHARS);
      this.scanFrom = 0;
    }
    return units;
  }

  /** Ends the stream: the unfinished last unit, if any. */
  end(): string {
    const rest = this.buffer;
    this.buffer = '';
    this.scanFrom = 0;
    return rest;
  }
}
