import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DISCLAIMER } from '@/lib/answer/disclaimer';
import { getDocument } from '@/lib/search';
import { ArticleReader } from '../../components/article/ArticleReader';
import { BackToChatLink } from '../../components/article/BackToChatLink';
import { toArticleView } from '../../components/lib/article-view';

type PageProps = { params: Promise<{ id: string }> };

const DOC_ID = /^[A-Za-z0-9_-]+$/;

async function loadArticle(id: string) {
  if (!DOC_ID.test(id)) return undefined;
  const doc = await getDocument(id);
  return doc ? toArticleView(doc) : undefined;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const view = await loadArticle((await params).id);
  return { title: view ? view.title : 'Article not found' };
}

export default async function DocumentPage({ params }: PageProps) {
  const view = await loadArticle((await params).id);
  if (!view) notFound();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-20 border-b border-line/70 bg-bg/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-3xl items-center gap-3 px-4">
          <BackToChatLink />
          <p className="ml-auto flex items-center gap-2 text-[0.97rem] font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-accent" />
            Legwise
          </p>
        </div>
      </header>
      <main id="main" className="flex-1 px-4">
        <article className="mx-auto max-w-3xl py-8 text-[1.02rem]">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">Source article</p>
          <h1 className="mt-1 mb-6 text-2xl leading-tight font-semibold tracking-tight sm:text-3xl">{view.title}</h1>
          <ArticleReader view={view} />
        </article>
      </main>
      <footer className="border-t border-line px-4 py-5">
        <p className="mx-auto max-w-3xl text-center text-xs leading-relaxed text-muted">{DISCLAIMER}</p>
      </footer>
    </div>
  );
}
