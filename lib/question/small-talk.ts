import { z } from 'zod';
import { STOP_WORDS } from '@/lib/search';

/**
 * Greetings, thanks, goodbyes and "how are you" around (or instead of) a question. They are
 * stripped from the front and back of a message before it is read as a question; a message that
 * is nothing else gets a short friendly reply instead of a search.
 */

export const smallTalkKindSchema = z.enum(['greeting', 'thanks', 'farewell', 'wellbeing', 'acknowledgement', 'about-bot']);
export type SmallTalkKind = z.infer<typeof smallTalkKindSchema>;

// "cheers mate", "thanks doc", "hi folks": who the phrase is said to.
const VOCATIVE = '(?: (?:mate|buddy|pal|friend|doc|folks|guys|dear))?';

// Each pattern matches one whole politeness phrase; they are tried at the start and the end.
const PHRASES: ReadonlyArray<{ kind: SmallTalkKind; pattern: string }> = [
  { kind: 'greeting', pattern: `(?:hi|hello|hey|hiya|howdy|greetings|yo|sup)(?: there| all| everyone| again)?${VOCATIVE}` },
  { kind: 'greeting', pattern: `good (?:morning|afternoon|evening|day)${VOCATIVE}` },
  // "morning!" alone greets; "morning stiffness" does not, so a bare one needs punctuation or the end after it.
  { kind: 'greeting', pattern: '(?:morning|evening|afternoon)(?: all| everyone)?(?=\\s*[,.!:;~-]|\\s*$)' },
  { kind: 'greeting', pattern: '(?:nice|good|pleased|great) to (?:meet|see) you(?: too| again)?' },
  { kind: 'wellbeing', pattern: "how(?: are|'re| r) (?:you|u)(?: doing)?(?: today)?|how's it going|how are things|what's up|you ok" },
  {
    kind: 'thanks',
    pattern: `(?:thanks|thank you|thank u|thx|ty|ta|cheers|many thanks|much appreciated|appreciate it|i appreciate it|appreciated)(?: (?:so|very) much| a lot| a bunch| again)?(?: for (?:that|this|the (?:help|info|information|answer)|your help))?${VOCATIVE}`,
  },
  { kind: 'farewell', pattern: 'bye|goodbye|good bye|see you(?: later)?|see ya|take care|good night|goodnight|have a (?:nice|good|great) (?:day|evening|one)' },
  {
    kind: 'acknowledgement',
    pattern:
      "nice one|good one|ok(?:ay)?|great|cool|nice|perfect|awesome|got it|i see|understood|makes sense|that makes sense|good to know|that's (?:helpful|great|useful|clear)|that helps|very helpful|brilliant|lovely|sounds good",
  },
];

const SEPARATOR = '[\\s,.!;:~-]*';
const ALTERNATION = PHRASES.map((p) => `(?:${p.pattern})`).join('|');
// "goodbye and take care": phrases may be joined by "and".
const LEADING = new RegExp(`^${SEPARATOR}(?:(?:and|&)\\s+)?(${ALTERNATION})(?=$|[\\s,.!?;:~-])${SEPARATOR}`, 'i');
// Anchored at the end after the separators are trimmed by hand: a leading `[…]*` here would make
// every start position rescan a long run of punctuation (quadratic on a 100 kB message).
const TRAILING = new RegExp(`(?:^|[^a-z0-9'])(${ALTERNATION})$`, 'i');
const SEPARATOR_CHAR = /[\s,.!;:~-]/;

function trimSeparatorsAtEnd(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATOR_CHAR.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
const KIND_MATCHERS = PHRASES.map((p) => ({ kind: p.kind, test: new RegExp(`^(?:${p.pattern})$`, 'i') }));

// Sentence-ending punctuation, emoji and the like that carry nothing once the phrases are gone.
const NOTHING_LEFT = /^[\s\p{P}\p{S}]*$/u;

// Words that talk to or about the bot rather than about a subject. A message addressed to the bot
// ("who are you?", "what can you do?", "anyone there?") made only of these and stop words asks what
// the bot is, whatever its wording; one subject word ("what do you know about iron?") makes it a question.
const ADDRESS = /\b(you|your|yourself|u|anyone|anybody|bot|chatbot|help|ask)\b/i;
const CONVERSATIONAL_WORDS: ReadonlySet<string> = new Set([
  'bot',
  'chatbot',
  'robot',
  'assistant',
  'ai',
  'human',
  'person',
  'real',
  'name',
  'called',
  'ask',
  'asking',
  'help',
  'helping',
  'know',
  'tell',
  'talk',
  'chat',
  'able',
  'work',
  'works',
  'made',
  'built',
  'anyone',
  'anybody',
  'hear',
  'listening',
  'please',
  'u',
  'question',
  'questions',
  'kind',
  'kinds',
  'sort',
  'type',
  'types',
  'things',
  'topics',
  'stuff',
  'answer',
  'answers',
]);

// What the bot is, asked as "are you a real doctor?", "is this a person?": words that only count
// after such an opening ("can you tell me when to see a doctor?" is a question).
const ASKS_IDENTITY = /^\s*(?:are|r) (?:you|u)\b|^\s*is (?:this|it) (?:a|an|really)\b/i;
const IDENTITY_WORDS: ReadonlySet<string> = new Set([
  'doctor',
  'nurse',
  'physician',
  'medical',
  'professional',
  'qualified',
  'expert',
  'licensed',
  'actual',
  'really',
  'machine',
  'computer',
  'program',
]);

// A remark on the answer or the chat ("that was really helpful", "very interesting", "good to
// know"), said instead of a question: stop words and words of appraisal only, never a question.
const APPRAISAL_WORDS: ReadonlySet<string> = new Set([
  'helpful',
  'useful',
  'interesting',
  'informative',
  'clear',
  'good',
  'great',
  'nice',
  'amazing',
  'wonderful',
  'excellent',
  'fantastic',
  'awesome',
  'brilliant',
  'lovely',
  'super',
  'perfect',
  'appreciated',
  'appreciate',
  'glad',
  'happy',
  'sense',
  'makes',
  'know',
  'really',
  'very',
  'so',
  'much',
  'quite',
  'indeed',
  'kind',
  'learned',
  'learnt',
  // What is being praised: "great info", "helpful answer".
  'info',
  'information',
  'answer',
  'answers',
  'explanation',
  'advice',
  'tips',
  'stuff',
  'help',
]);
const APPRAISAL_CORE =
  /\b(helpful|useful|interesting|informative|clear|amazing|wonderful|excellent|fantastic|awesome|brilliant|lovely|appreciated?|sense|learn[et]d?)\b/i;
const ASKS = /\?\s*$|^\s*(what|which|who|how|why|where|when|is|are|can|could|do|does|did|should|will|would)\b/i;

/** A remark; after thanks or the like ("great info, thank you!") it need not hold a word of praise itself. */
function isAppraisal(text: string, afterPoliteness = false): boolean {
  if (NOTHING_LEFT.test(text) || ASKS.test(text) || (!afterPoliteness && !APPRAISAL_CORE.test(text))) return false;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.every((w) => w.length === 1 || STOP_WORDS.has(w) || APPRAISAL_WORDS.has(w));
}

function addressedToBot(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0 || !ADDRESS.test(text)) return false;
  const identity = ASKS_IDENTITY.test(text);
  return words.every((w) => w.length === 1 || STOP_WORDS.has(w) || CONVERSATIONAL_WORDS.has(w) || (identity && IDENTITY_WORDS.has(w)));
}

// "very interesting, what about zinc?": a remark in the first clause, then the question.
const FIRST_CLAUSE = /^([^,.;!?]+)[,.;!]+\s*(?=\S)/;

function dropLeadingAppraisal(text: string, kinds: SmallTalkKind[]): string {
  const clause = FIRST_CLAUSE.exec(text);
  if (!clause?.[1] || !isAppraisal(clause[1])) return text;
  kinds.push('acknowledgement');
  return text.slice(clause[0].length);
}

export type SmallTalkSplit = {
  /** The kinds of politeness found, in order (empty when there is none). */
  kinds: SmallTalkKind[];
  /** What is left: the question, or '' when the message was small talk only. */
  rest: string;
};

function kindOf(phrase: string): SmallTalkKind {
  const clean = phrase.trim().replace(/\s+/g, ' ');
  return KIND_MATCHERS.find((m) => m.test.test(clean))?.kind ?? 'acknowledgement';
}

// At most a few phrases: "hi, good morning, thanks!" and no more.
const MAX_PHRASES = 4;

/** Splits the politeness phrases off a message: "hi! what causes cramps?" → greeting + "what causes cramps?". */
export function splitSmallTalk(message: string): SmallTalkSplit {
  const kinds: SmallTalkKind[] = [];
  let rest = message.trim();
  for (let i = 0; i < MAX_PHRASES; i += 1) {
    const m = LEADING.exec(rest);
    if (!m?.[1]) break;
    kinds.push(kindOf(m[1]));
    rest = rest.slice(m[0].length);
  }
  for (let i = 0; i < MAX_PHRASES; i += 1) {
    const trimmed = trimSeparatorsAtEnd(rest);
    const m = TRAILING.exec(trimmed);
    const phrase = m?.[1];
    const phraseStart = phrase === undefined ? 0 : trimmed.length - phrase.length;
    // A message that is one phrase and nothing else was read from the front already.
    if (phrase === undefined || phraseStart === 0) break;
    kinds.push(kindOf(phrase));
    rest = trimmed.slice(0, phraseStart);
  }
  rest = dropLeadingAppraisal(rest.trim(), kinds);
  if (NOTHING_LEFT.test(rest)) rest = '';
  if (addressedToBot(rest)) {
    kinds.push('about-bot');
    rest = '';
  } else if (isAppraisal(rest, kinds.length > 0)) {
    kinds.push('acknowledgement');
    rest = '';
  }
  return { kinds, rest };
}

/** The small-talk kind a message is, or null when it carries a question (or anything else). */
export function smallTalkOnly(message: string): SmallTalkKind | null {
  const { kinds, rest } = splitSmallTalk(message);
  return rest === '' && kinds.length > 0 ? (kinds[0] ?? null) : null;
}
