'use client';

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { userText } from '../lib/answer-parts';
import { MAX_QUESTION_CHARS } from './Composer';

type Props = {
  message: LegwiseUIMessage;
  /** Re-asks from this question: it and every later turn are replaced. Absent when read-only. */
  onEdit?: (messageId: string, text: string) => void;
  /** While an answer streams, a question cannot be re-asked. */
  busy: boolean;
};

type EditorProps = { initial: string; onSave: (text: string) => void; onCancel: () => void };

/** The sent question in an editable box: Enter or Save re-asks, Shift+Enter adds a line, Esc cancels. */
function QuestionEditor({ initial, onSave, onCancel }: EditorProps) {
  const [draft, setDraft] = useState(initial);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();

  useEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const canSave = draft.trim().length > 0;
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (canSave) onSave(draft.trim());
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      submit(event);
    }
  };

  return (
    <form onSubmit={submit} className="w-full max-w-[85%] rounded-2xl border border-line bg-surface p-2" data-testid="edit-question-form">
      <textarea
        ref={textareaRef}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={handleKeyDown}
        maxLength={MAX_QUESTION_CHARS}
        rows={Math.min(6, Math.max(2, draft.split('\n').length))}
        aria-label="Edit your question"
        aria-describedby={hintId}
        className="w-full resize-none rounded-lg bg-transparent px-2 py-1.5 text-[0.97rem] leading-relaxed"
      />
      <p id={hintId} className="sr-only">
        Saving asks this question again and replaces the answers that followed it. Escape cancels.
      </p>
      <div className="flex justify-end gap-2 pt-1">
        <button type="button" onClick={onCancel} className="min-h-6 rounded-lg px-3 py-1.5 text-sm text-muted hover:bg-surface-2 hover:text-fg">
          Cancel
        </button>
        <button
          type="submit"
          disabled={!canSave}
          className="min-h-6 rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-contrast hover:bg-accent-hover disabled:opacity-50"
        >
          Save and ask
        </button>
      </div>
    </form>
  );
}

/** A sent question, with an Edit button that re-asks it from this point (later turns are replaced). */
export function UserMessage({ message, onEdit, busy }: Props) {
  const [editing, setEditing] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const text = userText(message);

  const stopEditing = () => {
    setEditing(false);
    // Back to the button that opened the editor, so keyboard users keep their place.
    window.requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  return (
    <div className="flex scroll-mt-20 flex-col items-end gap-1" data-user-message-id={message.id}>
      <h2 className="sr-only">You asked</h2>
      {editing && onEdit ? (
        <QuestionEditor
          initial={text}
          onCancel={stopEditing}
          onSave={(edited) => {
            setEditing(false);
            onEdit(message.id, edited);
          }}
        />
      ) : (
        <>
          {/* Plain text only: whatever the question contains is shown, never interpreted. */}
          <p
            data-testid="user-message"
            className="max-w-[85%] rounded-2xl rounded-br-md bg-user px-4 py-2.5 text-[0.97rem] leading-relaxed break-words whitespace-pre-wrap"
          >
            {text}
          </p>
          {onEdit && (
            <button
              ref={editButtonRef}
              type="button"
              onClick={() => setEditing(true)}
              disabled={busy}
              aria-label={`Edit question: ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`}
              className="min-h-6 rounded-md px-2 py-0.5 text-xs text-muted hover:bg-surface-2 hover:text-fg disabled:opacity-50"
              data-testid="edit-question"
            >
              Edit
            </button>
          )}
        </>
      )}
    </div>
  );
}
