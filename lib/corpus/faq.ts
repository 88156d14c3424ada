/**
 * Inside a "Frequently Asked Questions" section, pairs each question with its answer. Pages
 * often lose the question markup, so a question is simply a line ending in "?" (or "Question 3:
 * ...?"); when no question survived, the section's paragraphs are answers on their own.
 */
import type { DraftBlock } from './blocks';
import { isFaqHeading, isQuestionLine, QUESTION_PREFIX } from './rules';

const SECTION_INTRO = /^(this section|below|here are|the following|we answer|these are|in this section)\b/i;

function isQuestionBlock(block: DraftBlock): boolean {
  return (block.kind === 'heading' || block.kind === 'paragraph') && isQuestionLine(block.text);
}

function sectionEnd(blocks: DraftBlock[], headingIndex: number): number {
  for (let j = headingIndex + 1; j < blocks.length; j += 1) {
    const block = blocks[j];
    if (block?.kind === 'heading' && !isQuestionBlock(block)) return j;
  }
  return blocks.length;
}

function toQuestion(block: DraftBlock): DraftBlock {
  const prefix = QUESTION_PREFIX.exec(block.text);
  const cut = prefix ? prefix[0].length : 0;
  return { kind: 'faq-question', level: 0, text: block.text.slice(cut), start: block.start + cut, end: block.end };
}

function toAnswer(block: DraftBlock): DraftBlock {
  return { kind: 'faq-answer', level: 0, text: block.text, start: block.start, end: block.end };
}

function markSection(blocks: DraftBlock[], from: number, to: number): void {
  const questions: number[] = [];
  for (let j = from; j < to; j += 1) if (blocks[j] && isQuestionBlock(blocks[j] as DraftBlock)) questions.push(j);
  if (questions.length === 0) {
    for (let j = from; j < to; j += 1) {
      const block = blocks[j];
      if (block?.kind === 'paragraph' && !SECTION_INTRO.test(block.text)) blocks[j] = toAnswer(block);
    }
    return;
  }
  questions.forEach((q, k) => {
    blocks[q] = toQuestion(blocks[q] as DraftBlock);
    const isLast = k === questions.length - 1;
    const stop = questions[k + 1] ?? to;
    let answered = false;
    for (let j = q + 1; j < stop; j += 1) {
      const block = blocks[j];
      if (block?.kind !== 'paragraph') continue;
      // After the last question, only the first paragraph is its answer: the rest is the outro.
      if (isLast && answered) break;
      blocks[j] = toAnswer(block);
      answered = true;
    }
  });
}

export function markFaqSections(blocks: DraftBlock[]): DraftBlock[] {
  const result = [...blocks];
  for (let i = 0; i < result.length; i += 1) {
    const block = result[i];
    if (block?.kind !== 'heading' || !isFaqHeading(block.text)) continue;
    const end = sectionEnd(result, i);
    markSection(result, i + 1, end);
    i = end - 1;
  }
  return result;
}
