import type { UIMessage } from 'ai';
import type { ChatMetadata } from './metadata';

/** The UI message type the chat route streams and `useChat` holds. */
export type LegwiseUIMessage = UIMessage<ChatMetadata>;
