import type { Passage } from '@/lib/corpus/schema';
import { splitSentences } from '@/lib/text/sentences';
import { detectIntents, mentionsFoods, sentenceMatchesIntent, type Intent, deficiencyName, entitiesIn } from '@/lib/question';
import { type EntityDef } from '@/lib/vocabulary';

/**
 * Follow-up questions built from templates over the entities the cited passages talk about, kept
 * only where those passages hold an answer, and never one the user already asked.
 */

export type SuggestionInput = {
  question: string;
  passages: ReadonlyArray<Pick<Passage, 'title' | 'headings' | 'text'>>;
  /** Earlier turns: plain user questions, or turns with a role (only user turns count). */
  history: ReadonlyArray<string | { role: 'user' | 'assistant'; text: string }>;
};

const MAX_SUGGESTIONS = 3;

type Template = { intent: Intent; kinds: EntityDef['kind'][]; render: (e: EntityDef, symptom: string) => string };

const TEMPLATES: Template[] = [
  { intent: 'foods', kinds: ['nutrient'], render: (e) => `Which foods are rich in ${e.name}?` },
  { intent: 'symptoms', kinds: ['nutrient'], render: (e) => `What are the symptoms of ${deficiencyName(e)}?` },
  { intent: 'diagnosis', kinds: ['nutrient', 'condition'], render: (e) => `How is ${deficiencyName(e)} diagnosed?` },
  { intent: 'risk', kinds: ['nutrient', 'condition'], render: (e) => `Who is at risk of ${deficiencyName(e)}?` },
  { intent: 'treatment', kinds: ['nutrient', 'condition'], render: (e) => `How can ${deficiencyName(e)} be treated?` },
  { intent: 'symptoms', kinds: ['condition'], render: (e) => `What are the signs of ${e.name}?` },
  { intent: 'causes', kinds: ['drug'], render: (e, symptom) => `How can ${e.name} cause ${symptom}?` },
  { intent: 'risk', kinds: ['drug'], render: (e) => `Who is most at risk from ${e.name}?` },
  { intent: 'treatment', kinds: ['drug'], render: (e, symptom) => `What helps with ${symptom} caused by ${e.name}?` },
  { intent: 'causes', kinds: ['condition'], render: (e) => `What causes ${e.name}?` },
  { intent: 'causes', kinds: ['symptom'], render: (e) => `What can cause ${e.name}?` },
  { intent: 'doctor', kinds: ['symptom'], render: (e) => `When should I see a doctor about ${e.name}?` },
];

type Asked = { intents: Set<Intent>; entities: Set<string>; text: string };

function askedSignature(question: string): Asked {
  return {
    intents: new Set(detectIntents(question)),
    entities: new Set(entitiesIn(question).map((e) => e.id)),
    text: question.trim().toLowerCase(),
  };
}

function userQuestions(input: SuggestionInput): string[] {
  const earlier = input.history.flatMap((h) => (typeof h === 'string' ? [h] : h.role === 'user' ? [h.text] : []));
  return [...earlier, input.question];
}

/** Entities ranked: asked ones first, then by how many passages name them (earlier passages weigh more). */
function rankedEntities(input: SuggestionInput): EntityDef[] {
  const scores = new Map<string, { entity: EntityDef; score: number }>();
  input.passages.forEach((p, i) => {
    for (const e of entitiesIn([...p.headings, p.text].join('\n'))) {
      // "Which foods are rich in vitamins and minerals?" is too wide to be a useful next question.
      if (e.broad) continue;
      const prev = scores.get(e.id) ?? { entity: e, score: 0 };
      prev.score += 1 / (1 + i * 0.3);
      scores.set(e.id, prev);
    }
  });
  for (const e of entitiesIn(input.question)) {
    const prev = scores.get(e.id);
    if (prev) prev.score += 100;
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id)).map((s) => s.entity);
}

/** A passage's sentences with the entities each names, and the entities its headings name. */
type PassageMentions = { headingIds: ReadonlySet<string>; sentences: ReadonlyArray<{ text: string; ids: ReadonlySet<string> }> };

// Cited passages come back turn after turn; their sentences are split and scanned once.
const MAX_MEMOISED_PASSAGES = 1_000;
const sentencesByText = new Map<string, PassageMentions['sentences']>();

function sentenceMentions(text: string): PassageMentions['sentences'] {
  let sentences = sentencesByText.get(text);
  if (sentences === undefined) {
    sentences = splitSentences(text, 'prose').map((s) => ({ text: s, ids: new Set(entitiesIn(s).map((e) => e.id)) }));
    if (sentencesByText.size >= MAX_MEMOISED_PASSAGES) sentencesByText.clear();
    sentencesByText.set(text, sentences);
  }
  return sentences;
}

function passageMentions(p: SuggestionInput['passages'][number]): PassageMentions {
  return { headingIds: new Set(entitiesIn(p.headings.join('\n')).map((e) => e.id)), sentences: sentenceMentions(p.text) };
}

/** Sentences of the passages that speak of an entity (by name or through their heading). */
function evidenceFor(entity: EntityDef, passages: readonly PassageMentions[]): string[] {
  return passages.flatMap((p) => {
    const headingNames = p.headingIds.has(entity.id);
    return p.sentences.filter((s) => headingNames || s.ids.has(entity.id)).map((s) => s.text);
  });
}

function supported(intent: Intent, evidence: readonly string[]): boolean {
  if (intent === 'foods') return evidence.some(mentionsFoods);
  return evidence.some((s) => sentenceMatchesIntent(s, intent) && !/\?\s*$/.test(s));
}

function alreadyAsked(intent: Intent, entity: EntityDef, text: string, asked: readonly Asked[]): boolean {
  return asked.some((a) => a.text === text.toLowerCase() || (a.intents.has(intent) && a.entities.has(entity.id)));
}

/** 2–3 short follow-up questions the cited passages can answer. */
export function suggestFollowUps(input: SuggestionInput): string[] {
  const asked = userQuestions(input).map(askedSignature);
  const entities = rankedEntities(input);
  const symptom = entities.find((e) => e.kind === 'symptom')?.name ?? 'these symptoms';
  const out: string[] = [];
  const perEntity = new Map<string, number>();
  const mentions = input.passages.map(passageMentions);
  for (const entity of entities) {
    const evidence = evidenceFor(entity, mentions);
    for (const t of TEMPLATES) {
      if (out.length >= MAX_SUGGESTIONS) return out;
      if (!t.kinds.includes(entity.kind) || (perEntity.get(entity.id) ?? 0) >= 2) continue;
      const text = t.render(entity, symptom);
      if (out.includes(text) || alreadyAsked(t.intent, entity, text, asked) || !supported(t.intent, evidence)) continue;
      out.push(text);
      perEntity.set(entity.id, (perEntity.get(entity.id) ?? 0) + 1);
    }
  }
  return out;
}
