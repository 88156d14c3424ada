import { getDocument, listDocuments } from '@/lib/search';
import type { CorpusDocument } from '@/lib/corpus/schema';
import { ChatApp } from './components/chat/ChatApp';
import { pickExampleQuestions, summarizeArticles } from './components/lib/examples';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,100}$/;

async function loadDocuments(): Promise<CorpusDocument[]> {
  const summaries = await listDocuments();
  const docs = await Promise.all(summaries.map((s) => getDocument(s.id)));
  return docs.filter((d): d is CorpusDocument => d !== undefined);
}

export default async function Home({ searchParams }: PageProps) {
  const [docs, params] = await Promise.all([loadDocuments(), searchParams]);
  const requested = typeof params.c === 'string' && CONVERSATION_ID.test(params.c) ? params.c : null;
  return <ChatApp initialConversationId={requested} articles={summarizeArticles(docs)} examples={pickExampleQuestions(docs)} />;
}
