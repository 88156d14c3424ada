import Link from 'next/link';
import { DISCLAIMER } from '@/lib/answer/disclaimer';

export const metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-6 text-center">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">This page does not exist</h1>
        <p className="mt-3 text-muted">The article or page you asked for is not here. It may have been renamed or removed.</p>
        <Link href="/" className="mt-6 rounded-xl bg-accent px-4 py-2 font-medium text-accent-contrast hover:bg-accent-hover">
          Back to the chat
        </Link>
      </main>
      <footer className="px-6 pb-6">
        <p className="mx-auto max-w-3xl text-center text-xs leading-relaxed text-muted">{DISCLAIMER}</p>
      </footer>
    </div>
  );
}
