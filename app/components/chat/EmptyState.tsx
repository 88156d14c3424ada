'use client';

import Link from 'next/link';
import type { ArticleSummary } from '../lib/examples';
import { ArrowIcon } from './icons';

type Props = {
  articles: ArticleSummary[];
  examples: string[];
  onAsk: (question: string) => void;
  disabled: boolean;
};

/** First screen: what this is, what it covers, and questions to start with. */
export function EmptyState({ articles, examples, onAsk, disabled }: Props) {
  return (
    <section className="mx-auto flex w-full max-w-2xl flex-col items-center px-1 pt-[12vh] pb-8 text-center">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Ask the leg health articles</h1>
      <p className="mt-3 max-w-xl text-[0.97rem] leading-relaxed text-muted" data-testid="intro">
        Legwise answers questions about leg weakness, leg pain and the vitamin and mineral deficiencies behind them, using only{' '}
        {articles.length === 1 ? 'one article' : `${articles.length} articles`}, and shows the passage behind every statement.
      </p>
      <ul className="mt-8 grid w-full gap-2.5 sm:grid-cols-2" aria-label="Example questions">
        {examples.map((question) => (
          <li key={question} className="flex">
            <button
              type="button"
              disabled={disabled}
              onClick={() => onAsk(question)}
              data-testid="example-question"
              className="group flex w-full items-start justify-between gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-left text-sm leading-snug shadow-soft hover:border-accent disabled:opacity-60"
            >
              <span>{question}</span>
              <ArrowIcon className="mt-0.5 h-4 w-4 shrink-0 text-muted group-hover:text-accent" />
            </button>
          </li>
        ))}
      </ul>
      {articles.length > 0 && (
        <details className="mt-8 w-full text-left text-sm">
          <summary className="mx-auto w-fit cursor-pointer rounded-md px-2 py-1 text-muted hover:text-fg">Which articles?</summary>
          <ul className="mt-3 space-y-1.5 rounded-xl border border-line bg-surface p-4">
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={`/documents/${encodeURIComponent(article.id)}`} className="text-accent underline-offset-2 hover:underline">
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
