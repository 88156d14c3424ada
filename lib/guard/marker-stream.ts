/**
 * Checks citation markers while an answer streams in.
 *
 * Text is held back until the first marker that points at a retrieved passage, so an answer
 * that never cites anything can be discarded before the user sees it. Markers pointing at no
 * passage are dropped; valid ones are renumbered [1], [2], ... in order of first appearance, so
 * the numbers in the text always match the sources listed under it.
 */

// "[2]", "[1, 3]", "[2-4]", "[1; 2]": one marker group.
const MARKER_GROUP = /([ \t]*)\[(\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*\s*)\]/g;
// An opening bracket that could still become a marker group once more text arrives.
const OPEN_MARKER_TAIL = /\[[\d\s,;\-–]*$/;
const MAX_OPEN_MARKER_LENGTH = 32;
const MAX_RANGE_SPAN = 20;

export type CitationStreamFilterOptions = {
  /** Markers [1]..[passageCount] are valid; anything else is dropped. */
  passageCount: number;
  /** A sentinel the model writes when the passages do not answer the question. */
  notCoveredToken?: string;
};

export class CitationStreamFilter {
  private pending = '';
  private held = '';
  private released = false;
  private readonly numbering = new Map<number, number>();
  private sawNotCovered = false;

  constructor(private readonly options: CitationStreamFilterOptions) {}

  /** Adds streamed text; returns the text that may be shown now (may be empty). */
  push(delta: string): string {
    this.pending += delta;
    const holdFrom = this.holdIndex();
    const ready = this.pending.slice(0, holdFrom);
    this.pending = this.pending.slice(holdFrom);
    return this.emit(this.rewrite(ready));
  }

  /** Ends the stream; returns the last text to show (empty if nothing was ever released). */
  end(): string {
    const rest = this.rewrite(this.pending);
    this.pending = '';
    return this.emit(rest).trimEnd();
  }

  /** True once a marker pointing at a retrieved passage has been seen. */
  get hasValidMarker(): boolean {
    return this.numbering.size > 0;
  }

  /** True if the model wrote the not-covered sentinel anywhere. */
  get notCovered(): boolean {
    return this.sawNotCovered;
  }

  /** True once some text has been handed out for display. */
  get hasReleasedText(): boolean {
    return this.released;
  }

  /** Original passage numbers (1-based) in display order: cited[0] is shown as [1]. */
  get cited(): number[] {
    return [...this.numbering.entries()].sort((a, b) => a[1] - b[1]).map(([passage]) => passage);
  }

  private emit(text: string): string {
    if (this.released) return text;
    this.held += text;
    if (!this.hasValidMarker) return '';
    this.released = true;
    const out = this.held.trimStart();
    this.held = '';
    return out;
  }

  /** Where the not-yet-safe tail of `pending` starts: an open marker, a partial sentinel, spaces. */
  private holdIndex(): number {
    let index = this.pending.length;
    const open = OPEN_MARKER_TAIL.exec(this.pending);
    if (open && this.pending.length - open.index <= MAX_OPEN_MARKER_LENGTH) index = open.index;
    index = Math.min(index, this.partialTokenIndex());
    // Trailing spaces wait: a dropped marker right after them takes them along.
    while (index > 0 && /[ \t]/.test(this.pending[index - 1] ?? '')) index--;
    return index;
  }

  private partialTokenIndex(): number {
    const token = this.options.notCoveredToken;
    const text = this.pending;
    if (!token) return text.length;
    for (let i = Math.max(0, text.length - token.length + 1); i < text.length; i++) {
      if (token.startsWith(text.slice(i))) return i;
    }
    return text.length;
  }

  private rewrite(text: string): string {
    const token = this.options.notCoveredToken;
    let out = text;
    if (token && out.includes(token)) {
      this.sawNotCovered = true;
      out = out.split(token).join('');
    }
    return out.replace(MARKER_GROUP, (_match, space: string, body: string) => {
      const shown = this.renumber(parseMarkerNumbers(body));
      return shown.length === 0 ? '' : space + shown.map((n) => `[${n}]`).join('');
    });
  }

  private renumber(passageNumbers: number[]): number[] {
    const shown: number[] = [];
    for (const n of passageNumbers) {
      if (n < 1 || n > this.options.passageCount) continue;
      let display = this.numbering.get(n);
      if (display === undefined) {
        display = this.numbering.size + 1;
        this.numbering.set(n, display);
      }
      if (!shown.includes(display)) shown.push(display);
    }
    return shown;
  }
}

/** "1, 3-4" -> [1, 3, 4]; reversed or huge ranges keep only their endpoints. */
export function parseMarkerNumbers(body: string): number[] {
  const numbers: number[] = [];
  for (const item of body.split(/[,;]/)) {
    const [from, to] = item.split(/[-–]/).map((s) => Number.parseInt(s.trim(), 10));
    if (from === undefined || Number.isNaN(from)) continue;
    if (to === undefined || Number.isNaN(to)) {
      numbers.push(from);
    } else if (to >= from && to - from <= MAX_RANGE_SPAN) {
      for (let n = from; n <= to; n++) numbers.push(n);
    } else {
      numbers.push(from, to);
    }
  }
  return numbers;
}

/** Runs a whole text through the filter: handy for non-streamed answers and tests. */
export function filterCitationMarkers(text: string, options: CitationStreamFilterOptions): { text: string; cited: number[]; notCovered: boolean } {
  const filter = new CitationStreamFilter(options);
  const out = filter.push(text) + filter.end();
  return { text: filter.hasValidMarker ? out : '', cited: filter.cited, notCovered: filter.notCovered };
}
