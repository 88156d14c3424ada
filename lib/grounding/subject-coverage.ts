import type { CoverageDocument } from './covered-topics';
import { covers, entitiesIn } from '@/lib/question';
import { FOCUS_KINDS, type EntityDef } from '@/lib/vocabulary';

/**
 * A declined question that names a covered thing ("is it legal to buy potassium pills online?")
 * is told what the articles do say about that thing: the sections whose headings name it. The
 * line is built from the lexicon's name and the articles' own headings, never from the question.
 */

const MAX_SECTIONS = 5;

/** "About potassium: Potassium; Potassium Deficiency (Hypokalemia); …", or undefined when no heading names it. */
export function subjectCoverageLine(subject: EntityDef, documents: ReadonlyArray<CoverageDocument>): string | undefined {
  const seen = new Set<string>();
  const sections: string[] = [];
  for (const doc of documents) {
    for (const block of doc.blocks ?? []) {
      if (block.kind !== 'heading' || sections.length >= MAX_SECTIONS) continue;
      // "1. Dehydration" → "Dehydration"; a heading that is only the name says nothing more.
      const heading = block.text
        .replace(/\s+/g, ' ')
        .replace(/^\d+[.)]\s*/, '')
        .trim();
      const key = heading.toLowerCase();
      if (seen.has(key) || key === subject.name.toLowerCase() || !entitiesIn(heading, FOCUS_KINDS).some((e) => covers(e, subject))) continue;
      seen.add(key);
      sections.push(heading);
    }
  }
  return sections.length > 0 ? `About ${subject.name}: ${sections.join('; ')}` : undefined;
}
