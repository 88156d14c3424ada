'use client';

import { useEffect, useState } from 'react';
import type { ArticleView, Range } from '../lib/article-view';
import { ArticleBlocks } from './ArticleBlocks';
import { fetchDocument } from './fetch-document';

type Highlight = { passageId: string; range: Range } | { passageId: string; missing: true };

const PASSAGE_ID = /^[A-Za-z0-9_-]+$/;

function passageIdFromHash(): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return undefined;
  }
  return PASSAGE_ID.test(id) ? id : undefined;
}

/** Marks the passage named in the URL fragment (#passageId) and scrolls it into view. */
function useHashHighlight(docId: string): Highlight | undefined {
  const [highlight, setHighlight] = useState<Highlight | undefined>(undefined);
  useEffect(() => {
    let current = 0;
    const apply = () => {
      const passageId = passageIdFromHash();
      const request = ++current;
      if (!passageId) return setHighlight(undefined);
      fetchDocument(docId, passageId).then(
        (data) => {
          if (request !== current) return;
          const passage = data.passage;
          setHighlight(passage && passage.docId === docId ? { passageId, range: { start: passage.start, end: passage.end } } : { passageId, missing: true });
        },
        () => request === current && setHighlight({ passageId, missing: true }),
      );
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => {
      current += 1;
      window.removeEventListener('hashchange', apply);
    };
  }, [docId]);

  useEffect(() => {
    if (!highlight || 'missing' in highlight) return;
    document.getElementById(highlight.passageId)?.scrollIntoView({ block: 'center' });
  }, [highlight]);

  return highlight;
}

export function ArticleReader({ view }: { view: ArticleView }) {
  const highlight = useHashHighlight(view.id);
  const range = highlight && 'range' in highlight ? highlight.range : undefined;
  return (
    <>
      {highlight && 'missing' in highlight && (
        <p role="status" className="mb-4 rounded-lg border border-line bg-surface-2 px-3 py-2 text-sm text-muted">
          The cited passage is not in this version of the article.
        </p>
      )}
      <ArticleBlocks blocks={view.blocks} range={range} headingBase={2} markId={highlight?.passageId} />
    </>
  );
}
