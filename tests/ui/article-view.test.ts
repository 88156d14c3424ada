import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '@/lib/corpus/schema';
import { blocksTouched, segmentBlockText, surroundingBlockRange, toArticleView } from '@/app/components/lib/article-view';

const source = 'Title\nIntro text here.\n- Bullet item one\nSection\nFirst sentence. Second sentence.\n';

function docFrom(blocks: CorpusDocument['blocks']): CorpusDocument {
  return { id: 'd', file: 'd.txt', title: 'Title', source, blocks, contentHash: 'h' };
}

function block(kind: CorpusDocument['blocks'][number]['kind'], text: string, raw = text, level = 0) {
  const start = source.indexOf(raw);
  return { kind, level, text, start, end: start + raw.length };
}

const doc = docFrom([
  block('title', 'Title'),
  block('paragraph', 'Intro text here.'),
  block('list-item', 'Bullet item one', '- Bullet item one'),
  block('heading', 'Section', 'Section', 1),
  block('paragraph', 'First sentence. Second sentence.'),
]);

describe('toArticleView', () => {
  it('finds where display text starts in the source, past a bullet marker', () => {
    const view = toArticleView(doc);
    expect(view.blocks[2]?.textStart).toBe(source.indexOf('Bullet'));
  });
  it('gives null when the display text is not a verbatim slice', () => {
    const view = toArticleView(docFrom([{ ...block('paragraph', 'Intro text here.'), text: 'Intro  text' }]));
    expect(view.blocks[0]?.textStart).toBeNull();
  });
});

describe('segmentBlockText', () => {
  const view = toArticleView(doc);
  const para = view.blocks[4]!;
  it('marks exactly the passage range inside a block', () => {
    const start = source.indexOf('Second');
    const segments = segmentBlockText(para, { start, end: start + 'Second sentence.'.length });
    expect(segments).toEqual([
      { text: 'First sentence. ', marked: false },
      { text: 'Second sentence.', marked: true },
    ]);
  });
  it('leaves a block outside the range unmarked', () => {
    expect(segmentBlockText(view.blocks[1]!, { start: para.start, end: para.end })).toEqual([{ text: 'Intro text here.', marked: false }]);
  });
  it('marks a whole list item when the passage covers its bullet', () => {
    const item = view.blocks[2]!;
    expect(segmentBlockText(item, { start: item.start, end: item.end })).toEqual([{ text: 'Bullet item one', marked: true }]);
  });
});

describe('block windows', () => {
  const view = toArticleView(doc);
  it('never counts the title block as touched', () => {
    expect(blocksTouched(view, { start: 0, end: source.length })).toEqual([1, 2, 3, 4]);
  });
  it('reaches back to the section heading and stays within bounds', () => {
    const para = view.blocks[4]!;
    expect(surroundingBlockRange(view, { start: para.start, end: para.end }, 1)).toEqual({ from: 3, to: 5 });
  });
});
