import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config';
import { configuredModelKind, selectLanguageModel } from '@/lib/chat/models';

function select(env: Record<string, string | undefined>) {
  return selectLanguageModel(testConfig(env));
}

function providerOf(model: unknown): string | undefined {
  return typeof model === 'object' && model !== null && 'provider' in model ? String(model.provider) : undefined;
}

describe('selectLanguageModel', () => {
  it('uses the offline extractive model when nothing is configured', async () => {
    const selected = await select({});
    expect(selected.kind).toBe('extractive');
    expect(selected.name).toBe('extractive');
  });

  it('treats empty and blank variables as unset', async () => {
    expect((await select({ OPENAI_API_KEY: '', OPENAI_BASE_URL: '' })).kind).toBe('extractive');
    expect((await select({ OPENAI_API_KEY: '   ', OPENAI_BASE_URL: ' ' })).kind).toBe('extractive');
    expect((await select({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: '' })).kind).toBe('openai');
  });

  it('loads and selects with OPENAI_BASE_URL set to an empty string in the process environment', () => {
    // The provider package reads this variable when first imported and throws on an empty value;
    // a child process gets a fresh module cache, so the import really happens under that env.
    const script =
      "const m = await import('./lib/chat/models.ts');" +
      "const c = await import('./lib/config.ts');" +
      'console.log((await m.selectLanguageModel(c.readConfig())).kind);';
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { ...process.env, OPENAI_BASE_URL: '', OPENAI_API_KEY: 'sk-test' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/non-empty string/);
    expect(run.stdout.trim()).toBe('openai');
  });

  it('uses OpenAI (Responses API) with a key and no base URL', async () => {
    const selected = await select({ OPENAI_API_KEY: 'sk-test' });
    expect(selected.kind).toBe('openai');
    expect(selected.name).toBe('openai:gpt-5-mini');
    expect(providerOf(selected.model)).toBe('openai.responses');
  });

  it('honours OPENAI_MODEL', async () => {
    expect((await select({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-5-nano' })).name).toBe('openai:gpt-5-nano');
  });

  it('uses Chat Completions on any server named by OPENAI_BASE_URL, with or without a key', async () => {
    for (const env of [
      { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2' },
      { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2', OPENAI_API_KEY: 'local-key' },
      { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.2', OPENAI_API_KEY: '' },
    ]) {
      const selected = await select(env);
      expect(selected.kind).toBe('openai-compatible');
      expect(selected.name).toBe('openai-compatible:llama3.2');
      expect(providerOf(selected.model)).toBe('openai-compatible.chat');
    }
  });
});

describe('configuredModelKind', () => {
  it.each([
    [{}],
    [{ OPENAI_API_KEY: 'sk-test' }],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }],
    [{ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }],
    [{ OPENAI_API_KEY: '  ', OPENAI_BASE_URL: '' }],
  ])('names the kind selectLanguageModel picks for %j', async (env) => {
    const config = testConfig(env);
    expect(configuredModelKind(config)).toBe((await selectLanguageModel(config)).kind);
  });
});
