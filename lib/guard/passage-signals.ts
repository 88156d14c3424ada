/**
 * What the output guard reads from one passage body or label (a title or heading), computed once
 * per distinct text. Every search hands out new passage objects, but their texts are the same few
 * hundred strings, so a turn combines cached pieces instead of re-reading its passages. Each
 * signal is computed on first use; the cache is bounded (least recently used out first).
 */
import { isInsertion, type CorpusProfile } from './corpus-profile';
import { topicStems, echoTokens, stem, withoutLinks, words } from './output-text';
import { sentenceUnits } from '@/lib/text/sentences';
import { LruCache } from '@/lib/lru';

/** Bodies and labels of a corpus of several hundred passages fit (about 5 KB each); then oldest out. */
export const TEXT_PIECE_CACHE_LIMIT = 1024;

type Units = { units: readonly string[]; stems: readonly (readonly string[])[] };
/** The units of a body that read as article text under one corpus profile. */
type Vouched = { corpus: CorpusProfile; units: readonly string[]; stems: ReadonlySet<string> };

export class TextPiece {
  private lowerText: string | undefined;
  private vocabularySet: ReadonlySet<string> | undefined;
  private echoTokenSetCache: ReadonlySet<string> | undefined;
  private echoLineCache: string | undefined;
  private unitCache: Units | undefined;
  private labelStemCache: readonly string[] | undefined;
  private vouchedCache: Vouched | undefined;

  constructor(readonly text: string) {}

  get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }

  /** Stems of every word: the known-words check. */
  get vocabulary(): ReadonlySet<string> {
    return (this.vocabularySet ??= new Set(words(this.text).map(stem)));
  }

  /** Lower-case letter and digit runs: the instruction-echo check. */
  get echoTokenSet(): ReadonlySet<string> {
    return (this.echoTokenSetCache ??= new Set(echoTokens(this.text)));
  }

  /** The echo tokens joined by single spaces, in order. */
  get echoLine(): string {
    return (this.echoLineCache ??= echoTokens(this.text).join(' '));
  }

  /** Sentence units and the content stems of each (links blanked), as the guard splits them. */
  get units(): Units {
    if (!this.unitCache) {
      const units = sentenceUnits(this.text, 'chat');
      this.unitCache = { units, stems: units.map((unit) => topicStems(withoutLinks(unit))) };
    }
    return this.unitCache;
  }

  /** Content stems of the whole text: what a title or heading contributes. */
  get labelStems(): readonly string[] {
    return (this.labelStemCache ??= topicStems(this.text));
  }

  /** The units that are not insertions, judged against the whole corpus, and their stems. */
  vouchedBy(corpus: CorpusProfile): { units: readonly string[]; stems: ReadonlySet<string> } {
    if (this.vouchedCache?.corpus !== corpus) {
      const { units, stems } = this.units;
      const kept = units.flatMap((unit, i) => (isInsertion(unit, stems[i] ?? [], corpus.supportCounts) ? [] : [i]));
      this.vouchedCache = {
        corpus,
        units: kept.map((i) => units[i] ?? ''),
        stems: new Set(kept.flatMap((i) => stems[i] ?? [])),
      };
    }
    return this.vouchedCache;
  }
}

const pieces = new LruCache<string, TextPiece>(TEXT_PIECE_CACHE_LIMIT);

/** The cached piece for a text. */
export function textPiece(text: string): TextPiece {
  return pieces.remember(text, () => new TextPiece(text));
}

/** How many pieces the cache holds (for tests). */
export function cachedTextPieceCount(): number {
  return pieces.size;
}
