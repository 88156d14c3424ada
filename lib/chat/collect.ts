import { readUIMessageStream } from 'ai';
import { DISCLAIMER } from '@/lib/answer';
import { answerTurn, type AnswerTurnInput } from './answer-turn';
import { chatMetadataSchema, type Citation } from './metadata';
import type { LegwiseUIMessage } from './types';

export type TurnResult = {
  /** The text the user sees: markers included, disclaimer excluded. */
  answer: string;
  citations: Citation[];
  disclaimer: string;
  notFound: boolean;
  /** A greeting or thanks answered with the fixed friendly reply. */
  smallTalk: boolean;
  urgent: boolean;
  model: string;
  fallbackReason?: string;
  query?: string;
  suggestions: string[];
  coveredTopics: string[];
  /** The assistant message as a client would hold it, to continue the conversation. */
  message: LegwiseUIMessage;
};

function splitDisclaimer(message: LegwiseUIMessage): { answer: string; disclaimer: string } {
  const texts = message.parts.flatMap((p) => (p.type === 'text' ? [p.text] : []));
  const last = texts.at(-1);
  if (last !== undefined && last.trim() === DISCLAIMER) {
    return { answer: texts.slice(0, -1).join('').trim(), disclaimer: last.trim() };
  }
  return { answer: texts.join('').trim(), disclaimer: '' };
}

/** Runs one turn to completion, the way `useChat` would assemble it; for the CLI and eval. */
export async function collectTurn(input: AnswerTurnInput): Promise<TurnResult> {
  let message: LegwiseUIMessage | undefined;
  const stream = readUIMessageStream<LegwiseUIMessage>({ stream: answerTurn(input) });
  for await (const state of stream) message = state;
  if (!message) throw new Error('the turn produced no message');
  const meta = chatMetadataSchema.parse(message.metadata ?? {});
  const { answer, disclaimer } = splitDisclaimer(message);
  return {
    answer,
    citations: meta.citations ?? [],
    disclaimer,
    notFound: meta.notFound ?? false,
    smallTalk: meta.smallTalk ?? false,
    urgent: meta.urgent ?? false,
    model: meta.model ?? '',
    fallbackReason: meta.fallbackReason,
    query: meta.query,
    suggestions: meta.suggestions ?? [],
    coveredTopics: meta.coveredTopics ?? [],
    message,
  };
}
