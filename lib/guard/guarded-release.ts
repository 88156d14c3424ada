import type { CitationStreamFilter } from './marker-stream';
import type { OutputGuard } from './output-guard';
import { SentenceSplitter } from './sentence-stream';

/** Prefix of metadata.fallbackReason when a remote answer fails the output guard. */
export const UNSAFE_OUTPUT_REASON = 'model output failed the safety check';

/** Spots a sentinel in raw streamed text, even when it arrives split over deltas. */
export class SentinelWatch {
  private tail = '';
  seen = false;

  constructor(private readonly token: string) {}

  push(delta: string): boolean {
    if (this.token === '' || this.seen) return this.seen;
    const text = this.tail + delta;
    this.seen = text.includes(this.token);
    // Enough of the end to complete a token that the next delta finishes.
    this.tail = this.token.length > 1 ? text.slice(-(this.token.length - 1)) : '';
    return this.seen;
  }
}

/**
 * Sentence-level release: raw model text is cut into sentences, each is checked by the output
 * guard, and only sentences that pass go on to the citation filter and out to the client.
 */
export class GuardedRelease {
  private readonly splitter = new SentenceSplitter();
  unsafe: string | undefined;

  constructor(
    private readonly guard: OutputGuard,
    private readonly onUnsafe: 'fail' | 'drop',
    private readonly filter: CitationStreamFilter,
  ) {}

  /** Adds raw model text; returns the text that may be shown now. */
  push(delta: string): string {
    return this.release(this.splitter.push(delta));
  }

  /** The model finished: checks the last, unterminated sentence. */
  end(): string {
    const rest = this.splitter.end();
    const shown = this.release(rest === '' ? [] : [rest]);
    return this.unsafe === undefined ? shown + this.filter.end() : shown;
  }

  /** The answer was cut: the unfinished sentence is dropped unchecked, the rest goes out. */
  flushCited(): string {
    this.splitter.end();
    return this.unsafe === undefined ? this.filter.end() : '';
  }

  private release(units: readonly string[]): string {
    let shown = '';
    for (const unit of units) {
      if (this.unsafe !== undefined) break;
      const verdict = this.guard.check(unit);
      if (verdict.ok) {
        shown += this.filter.push(unit);
      } else if (this.onUnsafe === 'fail') {
        this.unsafe = `${UNSAFE_OUTPUT_REASON} (${verdict.check})`;
      } else if (unit.includes('\n')) {
        // A dropped list item or paragraph keeps its line break, so the next one starts afresh.
        shown += this.filter.push(unit.slice(unit.search(/\s*$/)));
      }
    }
    return shown;
  }
}
