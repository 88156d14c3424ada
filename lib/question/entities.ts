import { z } from 'zod';
import { ENTITIES, entityDefSchema, type EntityDef, type EntityKind } from '@/lib/vocabulary';
import { createAliasScanner } from './entity-scan';
import { normalizeText } from '@/lib/text';

/**
 * Recognising the lexicon's entities (lib/vocabulary/entities.ts) in a text: where each is named,
 * whether as a deficiency, and how two entities relate (the same, or one a group of the other).
 */

/** A mention answers for an asked entity when it is that entity or one of its members (statins for "medications"). */
export function covers(mentioned: EntityDef, asked: EntityDef): boolean {
  return mentioned.id === asked.id || (mentioned.broader ?? []).includes(asked.id);
}

/** The mention is a wider group the asked entity belongs to (poor circulation, asked about PAD). */
export function isBroaderThan(mentioned: EntityDef, asked: EntityDef): boolean {
  return (asked.broader ?? []).includes(mentioned.id);
}

/** Whether two entities are the same, or one is a group the other belongs to. */
export function related(a: EntityDef, b: EntityDef): boolean {
  return covers(a, b) || covers(b, a);
}

export const entityMentionSchema = z.object({
  entity: entityDefSchema,
  /** Offsets in the normalised (lower-case) text. */
  start: z.number(),
  end: z.number(),
  /** True when the mention names the deficiency or a "low X" form, not the nutrient alone. */
  deficiency: z.boolean(),
});
export type EntityMention = z.infer<typeof entityMentionSchema>;

const scanAliases = createAliasScanner(ENTITIES);

const DEFICIENCY_CONTEXT = /\b(low|lack(ing)?( of)?|deficien(t|cy|cies)|shortage( of)?|insufficient|not enough|inadequate)\b/;

/**
 * Every entity named in a text, longest match first where two overlap, in text order. A nutrient
 * next to "low"/"deficiency" is marked as a deficiency mention.
 */
export function findEntities(text: string): EntityMention[] {
  const cached = mentionCache.get(text);
  if (cached) return cached;
  const mentions = scanEntities(text);
  // Passages come back question after question; their mentions are worth keeping. Long texts
  // (whole passage sets) are kept too, within a budget of characters, so memory stays small.
  if (text.length > MAX_CACHED_TEXT_CHARS) return mentions;
  while (mentionCache.size >= MENTION_CACHE_SIZE || (mentionCache.size > 0 && cachedChars + text.length > MENTION_CACHE_CHARS)) {
    const oldest = mentionCache.keys().next().value as string;
    mentionCache.delete(oldest);
    cachedChars -= oldest.length;
  }
  mentionCache.set(text, mentions);
  cachedChars += text.length;
  return mentions;
}

const MENTION_CACHE_SIZE = 5000;
const MENTION_CACHE_CHARS = 2_000_000;
const MAX_CACHED_TEXT_CHARS = 50_000;
const mentionCache = new Map<string, EntityMention[]>();
let cachedChars = 0;

function scanEntities(text: string): EntityMention[] {
  const lower = normalizeText(text);
  const kept: EntityMention[] = [];
  for (const m of scanAliases(text, lower)) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    const around = lower.slice(Math.max(0, m.start - 24), Math.min(lower.length, m.end + 16));
    kept.push({ entity: m.entity, start: m.start, end: m.end, deficiency: m.deficiency || DEFICIENCY_CONTEXT.test(around) });
  }
  return kept;
}

/** Distinct entities of a text in order of first mention. */
export function entitiesIn(text: string, kinds?: readonly EntityKind[]): EntityDef[] {
  return distinctEntities(findEntities(text), kinds);
}

/** Distinct entities of mentions (as findEntities gives them) in order of first mention. */
export function distinctEntities(mentions: readonly EntityMention[], kinds?: readonly EntityKind[]): EntityDef[] {
  let distinct = distinctByMentions.get(mentions);
  if (distinct === undefined) {
    distinct = [...new Map(mentions.map((m) => [m.entity.id, m.entity])).values()];
    distinctByMentions.set(mentions, distinct);
  }
  // An entity is one kind, so filtering the distinct list keeps the order of first mention.
  return kinds ? distinct.filter((e) => kinds.includes(e.kind)) : [...distinct];
}

// Kept with the (remembered) mentions they come from.
const distinctByMentions = new WeakMap<readonly EntityMention[], readonly EntityDef[]>();

/** The phrase to use for an entity's deficiency ("iron deficiency"), or its name for non-nutrients. */
export function deficiencyName(entity: EntityDef): string {
  return entity.kind === 'nutrient' ? `${entity.name} deficiency` : entity.name;
}
