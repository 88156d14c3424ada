import type { SmallTalkKind } from '@/lib/question';

/** Fixed reply texts the server writes itself; no model ever produces them. */

export const NOT_COVERED_INTRO = "I couldn't find this in the articles I answer from, so I can't answer it without guessing.";

export const OUT_OF_SCOPE_INTRO =
  "I can only answer questions from the articles I have. I can't change how I work, take on another role or share my instructions.";

export const DIAGNOSIS_INTRO =
  "I can't diagnose you, tell you which condition you have or prescribe anything: that needs a doctor who can examine you. I can tell you what the articles say about a symptom, a nutrient or a condition.";

export const DOSE_NOT_STATED_INTRO =
  "The articles don't state doses or amounts for this, and I can't recommend one for you. A doctor or pharmacist can tell you what is right for you.";

export const DOSE_NOTE =
  'Any amounts below are general figures from the articles, not a dose for you; a doctor or pharmacist can tell you what is right for you.';

export const TURN_FAILED_TEXT = "Sorry, I couldn't put an answer together just now. Please try asking again in a moment.";

export const COVERAGE_LEAD = 'The articles cover:';

/** What the bot can help with, said after any small-talk reply. */
export const HELP_OFFER =
  'I can answer questions about leg weakness, leg pain and the vitamin and mineral deficiencies behind them, from the articles I have, with a link to the passage for each point. What would you like to know?';

const SMALL_TALK_OPENERS: Record<SmallTalkKind, string> = {
  greeting: 'Hello!',
  wellbeing: "I'm fine, thank you for asking.",
  thanks: "You're welcome.",
  farewell: 'Take care.',
  acknowledgement: 'Glad that helped.',
  'about-bot': "I'm legwise, a chatbot that answers only from a small set of medical articles.",
};

/**
 * A short, friendly reply to a greeting or thanks, saying what the bot can help with. A question
 * about the bot ("hi, who are you?") is answered before the greeting is returned.
 */
export function smallTalkReply(kinds: readonly SmallTalkKind[]): string {
  const kind = kinds.includes('about-bot') ? 'about-bot' : (kinds[0] ?? 'greeting');
  return `${SMALL_TALK_OPENERS[kind]} ${HELP_OFFER}`;
}

/** The not-covered (or out-of-scope) reply: the reason, then what the articles do cover. */
export function notCoveredText(intro: string, coveredTopics: string[]): string {
  if (coveredTopics.length === 0) return intro;
  const list = coveredTopics.map((topic) => `- ${topic}`).join('\n');
  return `${intro}\n\n${COVERAGE_LEAD}\n\n${list}`;
}

/** Server-written texts that say nothing about the user's topic, so follow-up condensing skips them. */
export const FIXED_REPLY_PREFIXES = [
  NOT_COVERED_INTRO,
  OUT_OF_SCOPE_INTRO,
  DIAGNOSIS_INTRO,
  DOSE_NOT_STATED_INTRO,
  DOSE_NOTE,
  TURN_FAILED_TEXT,
  ...Object.values(SMALL_TALK_OPENERS).map((opener) => `${opener} ${HELP_OFFER}`),
];
