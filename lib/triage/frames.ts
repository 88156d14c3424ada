/**
 * Frames that make a symptom word unreal within its clause: feared or imagined ("I'm terrified of
 * having a stroke", "if a child couldn't keep fluids down"), or a topic being taught ("in my first
 * aid class we learned about fainting"). Whatever the frame governs is not happening to anyone,
 * so the words after it are read as if denied; clauses outside the frame keep their meaning.
 */

// Fear of, or a future feared for, the writer or someone they name; the cue is the fear word
// joined to what it governs ("scared of", "worried I'll"), never a bare "scared" (which people in
// an emergency say).
const FEARED =
  /\b(scared|afraid|terrified|frightened|fearful|nervous|anxious|paranoid|worried|worry|worrying|worries|dread|dreading|dreaded)( that)? (of|i'll|i will|i might|i may|i could|i'd|he'll|she'll|he might|she might|they'll|they might|we'll|it'll|it will|it might)\b|\b(fear|fears|dread) (of )?(getting|having|losing|being|ending)\b/;

// An imagined case about nobody in particular: an indefinite or generic subject after "if" or
// "when", or a scenario being set up.
const SUPPOSED =
  /\b(if|when|whenever) (someone|somebody|a person|anyone|anybody|people|one|a|an|any)\b|\b(a|the|in a|in the) (scenario|situation|case) (where|when|in which)\b|\bwhat to do (if|when)\b|\b(suppose|supposing|hypothetically|imagine|imagining)\b/;

// A reach longer than a negation's: the frame governs a whole verb phrase ("of ending up coughing").
const FRAME_REACH_WORDS = 6;
const FRAME_REACH_CHARS = 160;

/** True when a fear or supposition cue stands within a few words before `matchStart`, in the same clause. */
export function unrealBefore(sentence: string, matchStart: number, clauseSplit: RegExp): boolean {
  const clauses = sentence.slice(Math.max(0, matchStart - FRAME_REACH_CHARS), matchStart).split(clauseSplit);
  const words = (clauses[clauses.length - 1] ?? '').trim().split(/\s+/);
  const reach = words.slice(-FRAME_REACH_WORDS).join(' ');
  return FEARED.test(reach) || SUPPOSED.test(reach);
}

// Something taught or learnt: a course, class or programme that said, covered or taught it.
const TAUGHT =
  /\b(class|classes|course|courses|lecture|lectures|training|lesson|lessons|seminar|workshop|module|exam|documentary|programme|podcast|webinar|textbook|leaflet|poster)\b[^.?!]*\b(said|says|say|covered|covers|cover|covering|taught|teaches|teach|learn|learned|learnt|learning|explained|explains|told us|showed us|was about|is about|were about)\b/;

/** Whether a sentence reports what a course, class or programme taught, not a symptom. */
export function isTaughtTopic(sentence: string): boolean {
  return TAUGHT.test(sentence);
}

/**
 * Character spans of a sentence's clauses that are long past and say nothing of now ("when I was
 * a teenager I fainted a lot", in "..., now I just get cramps"): history, while a clause of its
 * own that says "now" is read as now. Clauses with neither keep their meaning.
 */
export function pastClauseSpans(sentence: string, clauseSplit: RegExp, remotePast: RegExp, happeningNow: RegExp): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const splitter = new RegExp(clauseSplit.source, 'g');
  let start = 0;
  const clauseEnds = [...sentence.matchAll(splitter)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const [end, next] of [...clauseEnds, [sentence.length, sentence.length] as const]) {
    const clause = sentence.slice(start, end);
    if (remotePast.test(clause) && !happeningNow.test(clause)) spans.push([start, end]);
    start = next;
  }
  return spans;
}
