'use client';

/** Shown when the person has scrolled up: one tap brings the newest text back into view. */
export function JumpToLatest({ onJump }: { onJump: () => void }) {
  return (
    <div className="pointer-events-none absolute inset-x-0 -top-12 flex justify-center">
      <button
        type="button"
        onClick={onJump}
        data-testid="jump-to-latest"
        className="pointer-events-auto inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line bg-surface px-3.5 py-1.5 text-sm font-medium text-fg shadow-soft hover:border-accent hover:text-accent"
      >
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M10 4v12M5 11l5 5 5-5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Jump to latest
      </button>
    </div>
  );
}
