import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { collectTurn } from '@/lib/chat/collect';
import { createExtractiveSelection, type SelectedModel } from '@/lib/chat/models';
import type { LegwiseUIMessage } from '@/lib/chat/types';
import { testConfig } from '../helpers/config';

/**
 * The remote path reads the same turn analysis: the model is asked the standalone query (the
 * follow-up resolved, typos fixed) about the passages that query retrieved.
 */

const config = testConfig({});
const user = (id: string, text: string): LegwiseUIMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });

function promptText(options: LanguageModelV4CallOptions): string {
  return options.prompt.map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => ('text' in p ? p.text : '')).join(''))).join('\n');
}

/** A remote model that records its prompt and answers "not covered", so the turn falls back. */
function recordingModel(prompts: string[]): SelectedModel {
  const parts: LanguageModelV4StreamPart[] = [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't' },
    { type: 'text-delta', id: 't', delta: 'NOT_COVERED' },
    { type: 'text-end', id: 't' },
    {
      type: 'finish',
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } },
    },
  ];
  const model = new MockLanguageModelV4({
    doStream: async (options) => {
      prompts.push(promptText(options));
      return { stream: simulateReadableStream({ chunks: parts }) };
    },
  });
  return { model, name: 'openai-compatible:recording', kind: 'openai-compatible' };
}

describe('the remote model gets the turn analysis', () => {
  it('is asked the standalone, spell-corrected follow-up', async () => {
    const first = await collectTurn({ messages: [user('u1', 'what does magnesium do for muscles?')], config, model: createExtractiveSelection() });
    const prompts: string[] = [];
    const result = await collectTurn({
      messages: [user('u1', 'what does magnesium do for muscles?'), first.message, user('u2', 'thanks! and which foods have it? my calves cramp at nihgt')],
      config,
      model: recordingModel(prompts),
    });
    expect(prompts.length).toBe(1);
    const prompt = prompts[0] ?? '';
    expect(result.query?.toLowerCase()).toContain('magnesium');
    expect(prompt).toContain(result.query ?? '\u0000');
    expect(prompt.toLowerCase()).toContain('night');
    expect(prompt.toLowerCase()).not.toContain('nihgt');
    expect(prompt.toLowerCase()).not.toContain('thanks');
  });
});
