'use client';

import { memo, type ReactNode } from 'react';
import Markdown, { type Components, type UrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { remarkCitations } from './remark-citations';

type Props = {
  text: string;
  /** Renders marker n; return undefined to keep the marker as plain text. */
  renderCitation?: (n: number) => ReactNode;
};

/**
 * Links may only point inside this site (a path or a fragment); anything else, including
 * protocol-relative and javascript: URLs, loses its href and is shown as plain text.
 */
export const sameSiteUrl: UrlTransform = (url, key) => {
  if (key !== 'href') return undefined;
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return trimmed;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\')) return trimmed;
  return undefined;
};

function buildComponents(renderCitation: Props['renderCitation']): Components {
  return {
    a: ({ href, children }) =>
      href ? (
        <a href={href} className="text-accent underline underline-offset-2 hover:text-accent-hover">
          {children}
        </a>
      ) : (
        <span>{children}</span>
      ),
    // Never load remote images: show the alt text, if any, as plain text.
    img: ({ alt }) => (alt ? <span className="text-muted">[{alt}]</span> : null),
    table: ({ children }) => (
      <div className="table-wrap">
        <table>{children}</table>
      </div>
    ),
    // Only the citation plugin produces buttons (raw HTML is never parsed into elements).
    button: ({ node }) => {
      const raw = node?.properties?.dataCitation;
      const n = Number(raw);
      const rendered = Number.isInteger(n) && renderCitation ? renderCitation(n) : undefined;
      return rendered ?? <span>[{String(raw)}]</span>;
    },
  };
}

function SafeMarkdownImpl({ text, renderCitation }: Props) {
  return (
    <div className="answer-md">
      <Markdown remarkPlugins={[remarkGfm, remarkCitations]} urlTransform={sameSiteUrl} components={buildComponents(renderCitation)}>
        {text}
      </Markdown>
    </div>
  );
}

export const SafeMarkdown = memo(SafeMarkdownImpl);
