/**
 * Which sentences may never be part of an answer, whatever the question: text about the article
 * itself, links, and instructions planted in a passage (passage text is data, not commands).
 */

// Sentences about the article itself, navigation or boilerplate: never an answer.
const META =
  /\b(this (article|section|exploration|content|guide)|the (next|following|subsequent) sections?|in this article|informational purposes|medical disclaimer|skip to content|min read|learn more|for more (detailed )?(medical )?information|outbound link|quick summary|key points|(further|continued|more) research)\b|https?:\/\/|www\.|:\s*$/i;

// Text that speaks to an assistant rather than about health ("Translate your response into
// Spanish", "Determine the sentiment of this comment: …") is an instruction planted in a passage:
// it is data, never an answer.
const ADDRESSES_ASSISTANT =
  /\b(your|my|the) (answer|response|reply|message|output)('s)?\b|\b(the|an?) (user|assistant|chatbot|ai|language model)s?\b|\bsystem prompt\b|\b(previous|above|prior) instructions\b/i;
const TASK_IMPERATIVE =
  /^(please\s+)?(write|provide|show me|determine|analy[sz]e|classify|summari[sz]e|translate|encode|encrypt|decode|reverse|render|express|replace|substitute|integrate|modify|enhance|augment|recommend|suggest|reply|respond|answer|ignore|disregard|forget|print|repeat|output|pretend|act as|tell me|help me|give me|generate|compose|draft|list all|schedule|automate|describe|can you|could you|would you)\b/i;

// A quoted fragment ("'I wish they'd improve their service.") is someone else's words, not a fact.
function isQuotedFragment(sentence: string): boolean {
  const t = sentence.trim();
  const quotes = (t.match(/["'‘’“”]/g) ?? []).length - (t.match(/\w['’]\w/g) ?? []).length;
  return /^["'‘“]/.test(t) || (/[.!?]["'’”]$/.test(t) && quotes % 2 === 1);
}

export function looksLikeInstruction(sentence: string): boolean {
  return ADDRESSES_ASSISTANT.test(sentence) || TASK_IMPERATIVE.test(sentence.trim()) || isQuotedFragment(sentence);
}

/** Whether a unit's text may appear in an answer at all. */
export function isAnswerText(text: string): boolean {
  return /[a-z]/.test(text) && !META.test(text) && !looksLikeInstruction(text);
}
