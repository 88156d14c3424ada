/**
 * Cuts streamed text into sentence units (a sentence, a list item or a line) so each can be
 * checked whole before anyone sees it. A unit keeps its trailing whitespace, so joining the units
 * gives the text back exactly.
 *
 * A unit ends at a whitespace run that holds a line break, or that follows closing punctuation
 * (with any quotes, brackets and citation markers after it: "… cramps [2]." and "… cramps. [2]").
 * The cut waits for the first character after the run, so a marker that trails the full stop
 * stays with its sentence.
 */

// Closing punctuation, then closers and markers, at the end of the text before a whitespace run.
const SENTENCE_END = /[.!?…]["'”’)*_]*(?:[ \t]*\[[\d\s,;\-–]*\])*["'”’)*_]*$/;
// Shared by every splitter: push() sets lastIndex before it scans and runs to the end synchronously.
const WHITESPACE_RUNS = /\s+/g;
// Enough text before a whitespace run to see a sentence end with a few markers after it.
const LOOKBEHIND_CHARS = 48;
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
    const units: string[] = [];
    let unitStart = 0;
    const runs = WHITESPACE_RUNS;
    runs.lastIndex = this.scanFrom;
    for (let run = runs.exec(this.buffer); run; run = runs.exec(this.buffer)) {
      const end = run.index + run[0].length;
      if (end >= this.buffer.length) {
        // The run may go on in the next delta: decide once a character follows it.
        this.scanFrom = run.index;
        break;
      }
      if (this.endsUnit(run[0], run.index, end)) {
        units.push(this.buffer.slice(unitStart, end));
        unitStart = end;
      }
      this.scanFrom = end;
    }
    if (runs.lastIndex === 0) this.scanFrom = Math.max(this.scanFrom, this.buffer.length);
    this.buffer = this.buffer.slice(unitStart);
    this.scanFrom = Math.max(0, this.scanFrom - unitStart);
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

  private endsUnit(whitespace: string, start: number, end: number): boolean {
    if (whitespace.includes('\n')) return true;
    // "… cramps. [2] Next": the marker still belongs to the sentence before it.
    if (this.buffer[end] === '[') return false;
    return SENTENCE_END.test(this.buffer.slice(Math.max(0, start - LOOKBEHIND_CHARS), start));
  }
}

/** Splits a whole text into units, the way the streaming splitter would. */
export function splitUnits(text: string): string[] {
  const splitter = new SentenceSplitter();
  const units = splitter.push(text);
  const rest = splitter.end();
  return rest === '' ? units : [...units, rest];
}
