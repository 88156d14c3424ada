'use client';

import { DownloadIcon, HistoryIcon, PlusIcon, ShareIcon } from './icons';

type Props = {
  canExport: boolean;
  onExport: () => void;
  onNewChat: () => void;
  onOpenHistory: () => void;
  canShare: boolean;
  onShare: () => void;
};

const headerButton =
  'inline-flex items-center gap-1.5 rounded-lg px-2.5 py-2 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg disabled:cursor-not-allowed disabled:opacity-50';

export function ChatHeader({ canExport, onExport, onNewChat, onOpenHistory, canShare, onShare }: Props) {
  return (
    <header className="sticky top-0 z-20 border-b border-line/70 bg-bg/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-3xl items-center gap-1 px-3">
        <button type="button" onClick={onOpenHistory} className={`${headerButton} lg:hidden`} aria-label="Conversations">
          <HistoryIcon className="h-5 w-5" />
        </button>
        <p className="flex items-center gap-2 px-1 text-[0.97rem] font-semibold tracking-tight">
          <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-accent" />
          Legwise
        </p>
        <div className="ml-auto flex items-center gap-0.5">
          <button type="button" onClick={onShare} disabled={!canShare} className={headerButton} data-testid="share-button">
            <ShareIcon className="h-4 w-4" />
            <span className="max-[400px]:sr-only">Share</span>
          </button>
          <button type="button" onClick={onExport} disabled={!canExport} className={headerButton} data-testid="export-button">
            <DownloadIcon className="h-4 w-4" />
            <span className="max-[400px]:sr-only">Export</span>
          </button>
          <button type="button" onClick={onNewChat} className={headerButton} data-testid="new-chat">
            <PlusIcon className="h-4 w-4" />
            <span className="max-[400px]:sr-only">New chat</span>
          </button>
        </div>
      </div>
    </header>
  );
}
