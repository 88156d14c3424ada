import { z } from 'zod';
import { LruCache } from '@/lib/lru';
import { ENGLISH_FUNCTION_WORDS, normalizeText } from '@/lib/text';
import { entityDefSchema, FOCUS_KINDS, GENERIC_WORDS } from '@/lib/vocabulary';
import { distinctEntities, entityMentionSchema, findEntities } from './entities';
import { detectIntents, INTENT_ONLY_WORDS, intentSchema, wantsList } from './intent';
import { alternativesByStem, contentStems } from './terms';

const INTENT_STEMS = new Set(contentStems([...INTENT_ONLY_WORDS].join(' ')));

// Words so common in questions about legs, or in the way people ask, that they cannot alone show
// the passages cover a topic.
// English function words ("since", "whilst") name no topic either.
// "back" is a function word and a body part, so it stays a topic word.
const TOPIC_FUNCTION_WORDS = new Set(['back']);
const GENERIC_STEMS = new Set(contentStems([...GENERIC_WORDS, ...[...ENGLISH_FUNCTION_WORDS].filter((w) => !TOPIC_FUNCTION_WORDS.has(w))].join(' ')));

// Leg and muscle symptoms: the subject of every article this app answers from.
const SYMPTOM_STEMS = new Set(
  contentStems(
    [
      'weak',
      'weakness',
      'cramp',
      'spasm',
      'numb',
      'numbness',
      'tingling',
      'heavy',
      'heaviness',
      'ache',
      'pain',
      'sore',
      'tired',
      'fatigue',
      'twitch',
      'restless',
      'swelling',
      'stiff',
      'stiffness',
      'burning',
      'balance',
      'strength',
    ].join(' '),
  ),
);

export const questionTermSchema = z.object({
  stem: z.string(),
  weight: z.number(),
  /** Other wordings of the same idea, each a list of stems that must all appear. */
  alternatives: z.array(z.array(z.string())),
});
export type QuestionTerm = z.infer<typeof questionTermSchema>;

/** What the answer engine needs to know about a question. */
export const questionAnalysisSchema = z.object({
  question: z.string(),
  /**
   * The question's own content stems, weighted 1 (0.5 for pure intent cues), each with the article
   * wordings it may appear as instead (lay-term expansions).
   */
  terms: z.array(questionTermSchema),
  /** Own stems that carry the topic (not intent cues); used to decide whether passages cover it. */
  focusStems: z.array(z.string()),
  /** Stems of leg and muscle symptoms the question names ("cramp", "weak", "tingl"). */
  symptomStems: z.array(z.string()),
  /** Stems of the named entities' words: matching only these does not show a sentence answers. */
  entityStems: z.set(z.string()),
  /** Every entity named, where, and whether as a deficiency (findEntities), in text order. */
  mentions: z.array(entityMentionSchema),
  /** Nutrients, conditions and drugs named; an answer sentence must name one of them. */
  entities: z.array(entityDefSchema),
  /** True when the question speaks of a deficiency ("low iron", "hypokalemia"). */
  deficiency: z.boolean(),
  intents: z.array(intentSchema),
  list: z.boolean(),
});
export type QuestionAnalysis = z.infer<typeof questionAnalysisSchema>;

// The turn analysis reads its standalone query here, and the extractive model finds that reading
// again by the question in its prompt; follow-up resolution reads each earlier question.
const MAX_REMEMBERED_QUESTIONS = 64;
const analysesByQuestion = new LruCache<string, QuestionAnalysis>(MAX_REMEMBERED_QUESTIONS);

/** What the answer engine needs to know about a question. Shared: never modify the analysis. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  return analysesByQuestion.remember(question, () => workOutQuestion(question));
}

function workOutQuestion(question: string): QuestionAnalysis {
  const stems = [...new Set(contentStems(question))];
  const alternatives = alternativesByStem(question);
  const terms: QuestionTerm[] = stems.map((stem) => ({
    stem,
    weight: INTENT_STEMS.has(stem) ? 0.5 : 1,
    alternatives: (alternatives.get(stem) ?? []).filter((alt) => !alt.every((t) => stems.includes(t))),
  }));
  const mentions = findEntities(question);
  const lower = normalizeText(question);
  const entityStems = new Set(mentions.filter((m) => FOCUS_KINDS.includes(m.entity.kind)).flatMap((m) => contentStems(lower.slice(m.start, m.end))));
  const symptomStems = stems.filter(
    (s) => SYMPTOM_STEMS.has(s) || terms.some((t) => t.stem === s && t.alternatives.some((a) => a.every((x) => SYMPTOM_STEMS.has(x)))),
  );
  return {
    symptomStems,
    entityStems,
    question,
    terms,
    focusStems: stems.filter((s) => !INTENT_STEMS.has(s) && !GENERIC_STEMS.has(s)),
    mentions,
    entities: distinctEntities(mentions, FOCUS_KINDS),
    deficiency: mentions.some((m) => m.deficiency),
    intents: detectIntents(question),
    list: wantsList(question),
  };
}
