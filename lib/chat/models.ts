import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import type { LanguageModel } from 'ai';
import { createExtractiveModel } from '@/lib/answer';
import { clearBlankProviderVariables, getConfig, type AppConfig } from '@/lib/config';

export type ModelKind = 'openai' | 'openai-compatible' | 'extractive';

export type SelectedModel = {
  model: LanguageModel;
  /** Shown in message metadata, e.g. "openai:gpt-5-mini" or "extractive". */
  name: string;
  kind: ModelKind;
  /** Reasoning effort to request; unset leaves the provider's default. */
  reasoning?: LanguageModelV4CallOptions['reasoning'];
};

// Passed explicitly so the provider never falls back to reading OPENAI_BASE_URL from process.env
// when the config (possibly injected by a test) says there is none.
const OPENAI_API_URL = 'https://api.openai.com/v1';

// Local servers (Ollama, llama.cpp) ignore the key, but the provider refuses to send a request
// without one and would otherwise look for OPENAI_API_KEY in process.env.
const PLACEHOLDER_API_KEY = 'not-needed';

export const EXTRACTIVE_MODEL_NAME = 'extractive';

export function createExtractiveSelection(): SelectedModel {
  return { model: createExtractiveModel(), name: EXTRACTIVE_MODEL_NAME, kind: 'extractive' };
}

/**
 * `@ai-sdk/openai` builds a default provider when it is first imported, and that throws when
 * OPENAI_BASE_URL is set but empty ("baseURL must be a non-empty string"). Our config treats an empty
 * variable as unset, so the provider is loaded only when a remote model is actually configured.
 */
async function loadCreateOpenAI() {
  clearBlankProviderVariables();
  return (await import('@ai-sdk/openai')).createOpenAI;
}

/** Which kind of model the config selects, without loading any provider. */
export function configuredModelKind(config: AppConfig): ModelKind {
  if (config.openai.baseURL) return 'openai-compatible';
  if (config.openai.apiKey) return 'openai';
  return 'extractive';
}

/**
 * Picks the answer model from the config: a custom base URL means an OpenAI-compatible server
 * (Chat Completions, which Ollama/vLLM/llama.cpp speak), a key alone means OpenAI itself
 * (Responses API), neither means the offline extractive model.
 */
export async function selectLanguageModel(config: AppConfig = getConfig()): Promise<SelectedModel> {
  if (configuredModelKind(config) === 'extractive') return createExtractiveSelection();
  const { apiKey, baseURL, model } = config.openai;
  const createOpenAI = await loadCreateOpenAI();
  if (baseURL) {
    const provider = createOpenAI({
      baseURL,
      apiKey: apiKey ?? PLACEHOLDER_API_KEY,
      name: 'openai-compatible',
    });
    return { model: provider.chat(model), name: `openai-compatible:${model}`, kind: 'openai-compatible' };
  }
  if (apiKey) {
    const provider = createOpenAI({ apiKey, baseURL: OPENAI_API_URL });
    // Answering from six given passages needs little thought; low effort keeps the first token
    // inside the first-token timeout on reasoning models.
    return { model: provider(model), name: `openai:${model}`, kind: 'openai', reasoning: 'low' };
  }
  return createExtractiveSelection();
}
