/**
 * Lead-ins that frame a question without being part of it: "different question:", "unrelated,
 * but …", "switching topics:", "quick question, …". They are taken off before the question is
 * read; one that announces a new subject makes the question stand alone (it is not a follow-up).
 */

const SEPARATOR = '[\\s,.:;!~-]*';
// "ok, now …", "so, …": conversational glue in front of a lead-in.
const GLUE = '(?:(?:ok(?:ay)?|so|and|right|now|also|alright|well)[\\s,]+)*';

// Lead-ins that announce another subject: what follows does not lean on the conversation so far.
const SWITCH = [
  '(?:a |one )?(?:different|another|new|separate|unrelated|other) (?:question|thing|topic|subject|matter)',
  'something (?:else|different|new)',
  '(?:switching|changing|change of|new) (?:the )?(?:topics?|subjects?)',
  'on (?:a |an )?(?:different|other|another|unrelated|separate|new) (?:note|topic|subject)',
  'unrelated(?: question)?',
  'moving on',
].join('|');

// Lead-ins that only say a question is coming: "one more question: how is it treated?" still follows on.
const ANNOUNCE = [
  '(?:a |one )?(?:quick|last|small|short|further|follow[- ]up) question',
  'one more (?:question|thing)',
  'i have a question',
  'by the way',
  'btw',
  'anyway',
].join('|');

// A lead-in ends at punctuation or "but": "something else that causes cramps?" is a question, not a lead-in.
const END = '(?:\\s*[,.:;!~-]+\\s*(?:(?:but|now|though|then)\\b[\\s,]*)?|\\s+(?:but|though)\\b[\\s,]*)';
const SWITCH_LEAD = new RegExp(`^${SEPARATOR}${GLUE}(?:${SWITCH})${END}`, 'i');
const ANNOUNCE_LEAD = new RegExp(`^${SEPARATOR}${GLUE}(?:${ANNOUNCE})(?: for you)?${END}`, 'i');

export type LeadInSplit = {
  /** The message without its lead-in. */
  rest: string;
  /** True when the lead-in announced a new subject. */
  newTopic: boolean;
};

/** Takes a framing lead-in off a question; a message that is nothing else is left as it was. */
export function splitLeadIn(text: string): LeadInSplit {
  const switched = SWITCH_LEAD.exec(text);
  if (switched && switched[0].length < text.trim().length) return { rest: text.slice(switched[0].length).trim(), newTopic: true };
  const announced = ANNOUNCE_LEAD.exec(text);
  if (announced && announced[0].length < text.trim().length) return { rest: text.slice(announced[0].length).trim(), newTopic: false };
  return { rest: text, newTopic: false };
}
