import { describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config';
import { selectLanguageModel } from '@/lib/chat/models';

function select(env: Record<string, string | undefined>) {
  return selectLanguageModel(testConfig(env));
}

function providerOf(model: unknown): string | undefined {
  return typeof model === 'object' && model !== null && 'provider' in model ? String(model.provider) : undefined;
}

describe('selectLanguageModel', () => {
  it('uses the offline extractive model when nothing is configured', () => {
    const selected = select({});
    expect(selected.kind).toBe('extractive');
    expect(selected.name).toBe('extractive');
  });

  it('treats empty and blank variables as unset', () => {
    expect(select({ OPENAI_API_KEY: '', OPENAI_BASE_URL: '' }).kind).toBe('extractive');
    expect(select({ OPENAI_API_KEY: '   ', OPENAI_BASE_URL: ' ' }).kind).toBe('extractive');
    expect(select({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: '' }).kind).toBe('openai');
  });

  it('uses OpenAI (Responses API) with a key and no base URL', () => {
    const selected = select({ OPENAI_API_KEY: 'sk-test' });
    expect(selected.kind).toBe('openai');
    expect(selected.name).toBe('openai:gpt-5-mini');
    expect(providerOf(selected.model)).toBe('openai.responses');
  });

  it('honours OPENAI_MODEL', () => {
    expect(select({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-5-nano' }).name).toBe('openai:gpt-5-nano');
  });

  it('uses Chat Completions on any server named by OPENAI_BASE_URL, with or without a key', () => {
    for (const env of [
      { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2' },
      { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2', OPENAI_API_KEY: 'local-key' },
      { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2', OPENAI_API_KEY: '' },
    ]) {
      const selected = select(env);
      expect(selected.kind).toBe('openai-compatible');
      expect(selected.name).toBe('openai-compatible:llama3.2');
      expect(providerOf(selected.model)).toBe('openai-compatible.chat');
    }
  });
});
