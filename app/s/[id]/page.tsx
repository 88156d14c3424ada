import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSearchIndex } from '@/lib/search';
import { getShareStore, shareIdSchema, ShareStoreUnavailableError, type ShareSnapshot } from '@/lib/share';
import { SharedConversation } from '../../components/chat/SharedConversation';

type PageProps = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Shared conversation', robots: { index: false, follow: false } };

type Loaded = { kind: 'found'; snapshot: ShareSnapshot; corpusChanged: boolean } | { kind: 'missing' } | { kind: 'unavailable' };

async function loadShare(rawId: string): Promise<Loaded> {
  const id = shareIdSchema.safeParse(rawId);
  if (!id.success) return { kind: 'missing' };
  try {
    const share = await getShareStore().get(id.data);
    if (!share) return { kind: 'missing' };
    const current = (await getSearchIndex()).corpusHash;
    return { kind: 'found', snapshot: share.snapshot, corpusChanged: current !== share.snapshot.contentHash };
  } catch (error) {
    if (error instanceof ShareStoreUnavailableError) return { kind: 'unavailable' };
    throw error;
  }
}

/** A shared conversation, read-only, exactly as it was when the link was made. */
export default async function SharePage({ params }: PageProps) {
  const loaded = await loadShare((await params).id);
  if (loaded.kind === 'missing') notFound();
  if (loaded.kind === 'unavailable') {
    return (
      <main id="main" className="mx-auto flex min-h-dvh max-w-xl flex-col items-center justify-center px-6 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Shared links are unavailable right now</h1>
        <p className="mt-3 text-muted">Please try again in a few seconds.</p>
      </main>
    );
  }
  return <SharedConversation messages={loaded.snapshot.messages} createdAt={loaded.snapshot.createdAt} corpusChanged={loaded.corpusChanged} />;
}
