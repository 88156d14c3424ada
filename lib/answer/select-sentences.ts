import { carriesSalientTerms, leadAnswersIntent, leadCarriesTopic, passagesCoverQuestion, salientTerms } from '@/lib/grounding';
import { askedNutrients, mergeFoodLists } from './food-answer';
import { listKey, mergeCellLists } from './cell-lists';
import type { Selection, SelectedUnit } from './selection';
import { withFoodReasons } from './food-reason';
import { groupBySubject } from './subject-order';
import { sharedPassageUnits, type PassageInput, type SentenceUnit } from './sentences';
import { unitFacts } from './unit-facts';
import { scoreUnits, unscored, wantsEnumeration, type ScoredUnit } from './unit-scoring';
import { isRedundant, upgradeToSupersets } from './redundancy';
import { DEFAULT_ANSWER_SETTINGS } from './settings';
import {
  answersAskedKind,
  askedPolarity,
  barredFromLead,
  kindLead,
  namesTreatment,
  fitsQuestionForm,
  pointerResolvedByQuestion,
  questionForm,
  sentencePolarity,
} from './lead-sentence';
import { asksSameQuestion } from './faq-match';
import { askedEffects, statesCauseOf } from './cause-direction';
import { comparedSides, nextUncoveredSide, orderBySides } from './comparison';
import {
  type QuestionAnalysis,
  aspectOf,
  mentionsFoods,
  sentenceStronglyMatchesIntent,
  type Intent,
  entitiesIn,
  contentStems,
  contentStemSet,
} from '@/lib/question';
import { FOCUS_KINDS } from '@/lib/vocabulary';

export { scoreUnits, type ScoredUnit } from './unit-scoring';

export type { Selection, SelectedUnit } from './selection';

const {
  limits: LIMITS,
  minLeadScore: MIN_LEAD_SCORE,
  noveltyFloorShare: NOVELTY_FLOOR_SHARE,
  noveltyMargin: NOVELTY_MARGIN,
  leadRelative: LEAD_RELATIVE,
  directLeadShare: DIRECT_LEAD_SHARE,
  formLeadShare: FORM_LEAD_SHARE,
  danglingLeadMargin: DANGLING_LEAD_MARGIN,
  maxReferentSteps: MAX_REFERENT_STEPS,
  maxLeadChunkWords: MAX_LEAD_CHUNK_WORDS,
  coverageLeadMargin: COVERAGE_LEAD_MARGIN,
  treatmentFocusSlack: TREATMENT_FOCUS_SLACK,
} = DEFAULT_ANSWER_SETTINGS.selection;
// The kinds of question whose clearest cue words mark the answer itself ("at risk", "blood tests").
// Not treatment: "treatment", "supplementation" and "correct" are as often said of a treatment's
// need or difficulty ("finding the right treatment is key") as they name one.
const DIRECT_LEAD_INTENTS: ReadonlySet<Intent> = new Set(['risk', 'diagnosis', 'foods', 'doctor', 'symptoms']);

const key = (n: number, index: number) => `${n}:${index}`;

/** Units by position ("n:index"); the same object for a position every time it is asked for. */
type Positions = { get: (position: string) => ScoredUnit | undefined };

/**
 * Every usable unit of the passages by position, scored ones as scored, the rest with score 0.
 * Text that may never be shown (planted instructions, notes about the article) is left out, so
 * it can never be pulled in as the sentence another one leans on. Unscored units are made when
 * first asked for: only the neighbours of dangling sentences ever are.
 */
function unitsByPosition(q: QuestionAnalysis, passages: readonly PassageInput[], scored: readonly ScoredUnit[]): Positions {
  const usable = new Map<string, SentenceUnit>();
  for (const p of passages) for (const u of sharedPassageUnits(p)) if (unitFacts(u).answerText) usable.set(key(u.n, u.index), u);
  const out = new Map<string, ScoredUnit>();
  for (const u of scored) out.set(key(u.n, u.index), u);
  return {
    get: (position) => {
      const known = out.get(position);
      if (known) return known;
      const unit = usable.get(position);
      if (!unit) return undefined;
      const made = unscored(unit, q);
      out.set(position, made);
      return made;
    },
  };
}

/**
 * The sentences a dangling unit leans on, nearest last, ending at one that stands on its own;
 * null when there is none within reach (a passage start, an FAQ question, a filtered sentence).
 */
function referentChain(unit: ScoredUnit, byPosition: Positions, chosen: readonly ScoredUnit[]): ScoredUnit[] | null {
  const chain: ScoredUnit[] = [];
  let current = unit;
  for (let step = 0; step < MAX_REFERENT_STEPS; step += 1) {
    const before = byPosition.get(key(current.n, current.index - 1));
    if (!before) return null;
    if (chosen.includes(before)) return chain;
    chain.unshift(before);
    if (!before.anaphoric) return chain;
    current = before;
  }
  return null;
}

const wordsOf = (units: readonly ScoredUnit[]) => units.reduce((sum, u) => sum + u.words, 0);

/** The first sentence of an FAQ answer whose question is the one asked: the articles' own answer to it. */
function isOwnAnswer(u: ScoredUnit, q: QuestionAnalysis): boolean {
  return u.faqFirst === true && u.faqQuestion !== undefined && questionForm(u.faqQuestion) === questionForm(q.question) && asksSameQuestion(q, u.faqQuestion);
}

/** The units that may lead, best first: close to the best score, ordered by how plainly each answers the question asked. */
export function leadCandidates(ranked: readonly ScoredUnit[], q: QuestionAnalysis): ScoredUnit[] {
  const top = ranked[0];
  if (!top) return [];
  // Only units close to the best may lead; a weak one that happens to pass the checks may not.
  // The articles' own answer to the question asked (an FAQ answer) may lead however it scores.
  const ownAnswer = (u: ScoredUnit) => isOwnAnswer(u, q);
  const strong = ranked.filter((u) => u.score >= Math.max(MIN_LEAD_SCORE, LEAD_RELATIVE * top.score) || ownAnswer(u));
  // A lead that plainly gives the kind of answer asked ("… are at risk" for "who gets it?") comes
  // first.
  const asked = q.intents.filter((i) => DIRECT_LEAD_INTENTS.has(i));
  // A treatment question is answered directly by a sentence saying what to do or take, carrying
  // nearly as many of the question's own topic words as any candidate: general advice ("drink
  // enough water") does not answer a question about something else that only says "stop" or "help".
  const treatment = q.intents.includes('treatment');
  const mostFocus = Math.max(...strong.map((u) => u.focusHits));
  const onTopic = (u: ScoredUnit) => u.focusHits >= mostFocus - TREATMENT_FOCUS_SLACK;
  const answersAsked = (u: ScoredUnit) => asked.some((i) => sentenceStronglyMatchesIntent(u.text, i)) || (treatment && onTopic(u) && namesTreatment(u.text));
  const direct = (u: ScoredUnit) => ownAnswer(u) || (u.score >= DIRECT_LEAD_SHARE * top.score && answersAsked(u));
  // An open question about causes that names none ("why are my legs so tired?") is answered, in
  // its form and directly, by the overview naming the causes; one cause explained comes after it.
  // So is "what is X?" by the sentence defining X.
  const overviewLead = (u: ScoredUnit) => u.score >= DIRECT_LEAD_SHARE * top.score && kindLead(u.text, q);
  const hasOverview = strong.some(overviewLead);
  // Then a lead of the kind the question's form asks ("can X cause Y?" → a sentence saying X
  // causes Y), carrying as many of the question's own topic words as any strong candidate; hedges
  // and labels go last, leading only when nothing else can. Naming a member of the group a "which"
  // question asks about is as plain an answer as a direct one; a relation verb for a yes/no
  // question is weaker evidence, so it comes after a direct lead.
  // So is stating the reason or means a "why" or "how does X cause Y" question asks for.
  const form = questionForm(q.question);
  const namesMember = form === 'which' || form === 'why';
  // A reason pointing back at the asked effect ("This is because …") carries the question's focus through its pointer.
  const carriesFocus = (u: ScoredUnit) => u.focusHits >= mostFocus || pointerResolvedByQuestion(u.text, q);
  const formFit = (u: ScoredUnit) => u.score >= FORM_LEAD_SHARE * top.score && carriesFocus(u) && fitsQuestionForm(u.text, q);
  // Last, of leads alike so far, one whose own words carry (nearly) as much of the question's focus,
  // its names and topic words weighted by rarity, as any: "B12 deficiency and coordination" opens
  // with the sentence saying both, not one naming B12 alone.
  const mostCoverage = Math.max(...strong.map((u) => u.coverage));
  const covering = (u: ScoredUnit) => u.coverage >= mostCoverage - COVERAGE_LEAD_MARGIN;
  const offPolarity = polarityMismatch(strong, q);
  const offDirection = directionMismatch(strong, q);
  const rank = (u: ScoredUnit) =>
    (barredFromLead(u.text, q) ? 16 : ownAnswer(u) ? -1 : 0) +
    (offPolarity(u) || offDirection(u) ? 8 : 0) +
    (direct(u) || overviewLead(u) || (namesMember && formFit(u)) ? 0 : 4) +
    (formFit(u) || overviewLead(u) ? 0 : 2) +
    (hasOverview && !overviewLead(u) ? 1 : 0) +
    (covering(u) ? 0 : 0.5);
  return [...strong].sort((a, b) => rank(a) - rank(b));
}

/**
 * A question about too much of something ("can you overdo …", "side effects of …") is not answered
 * by a sentence about too little of it while a candidate speaks of the excess: such a one leads after
 * every candidate of the asked polarity.
 */
function polarityMismatch(strong: readonly ScoredUnit[], q: QuestionAnalysis): (u: ScoredUnit) => boolean {
  const asked = askedPolarity(q);
  if (asked === 'none' || !strong.some((u) => sentencePolarity(u.text) === asked)) return () => false;
  return (u) => sentencePolarity(u.text) !== asked;
}

/**
 * A question asking what brings a thing about ("what can cause hypokalemia?") is not answered by
 * a sentence on what that thing does in turn while a candidate names it as the effect: such a one
 * leads after every candidate that does.
 */
function directionMismatch(strong: readonly ScoredUnit[], q: QuestionAnalysis): (u: ScoredUnit) => boolean {
  const effects = askedEffects(q);
  if (effects.size === 0 || !strong.some((u) => statesCauseOf(u.text, effects))) return () => false;
  return (u) => !statesCauseOf(u.text, effects);
}

/** Whether a lead (its chunk's first and last sentence) answers what was asked. */
function leadFits(chunk: readonly ScoredUnit[], q: QuestionAnalysis): boolean {
  const first = chunk[0];
  const last = chunk[chunk.length - 1];
  if (first !== undefined && chunk.length === 1 && isOwnAnswer(first, q)) return true;
  return first !== undefined && last !== undefined && leadAnswersIntent(first, q) && leadCarriesTopic(last, q);
}

/** The lead sentence and the units that open the answer with it, in reading order. */
type LeadChunk = { lead: ScoredUnit; units: ScoredUnit[] };

/**
 * A sentence whose pointer the question itself resolves ("This is because …" for a "why"
 * question) leads on its own; the sentence it leans on follows it when within reach.
 */
function resolvedLead(candidates: readonly ScoredUnit[], q: QuestionAnalysis, byPosition: Positions): LeadChunk | null {
  for (const lead of candidates) {
    if (!lead.anaphoric || !pointerResolvedByQuestion(lead.text, q)) continue;
    const found = referentChain(lead, byPosition, []);
    const chain = found && wordsOf([lead, ...found]) <= MAX_LEAD_CHUNK_WORDS ? found : [];
    // What the pair says together answers the question, read reason first.
    if (leadFits([lead], q) || (chain.length > 0 && leadFits([...chain, lead], q))) return { lead, units: [lead, ...chain] };
  }
  return null;
}

/** The lead, preceded by the sentences it leans on when it is a dangling one worth leading with. */
function pickLead(ranked: readonly ScoredUnit[], q: QuestionAnalysis, byPosition: Positions): LeadChunk | null {
  const candidates = leadCandidates(ranked, q);
  const standalone = candidates.find((u) => !u.anaphoric && leadFits([u], q));
  const resolved = resolvedLead(candidates, q, byPosition);
  // Of a resolved pointer and a sentence standing on its own, the better-placed candidate leads.
  if (resolved && (!standalone || candidates.indexOf(resolved.lead) < candidates.indexOf(standalone))) return resolved;
  for (const dangling of candidates.filter((u) => u.anaphoric)) {
    if (standalone && dangling.score <= DANGLING_LEAD_MARGIN * standalone.score) break;
    // Nor may it displace a lead carrying more of the question's own topic words.
    if (standalone && dangling.focusHits < standalone.focusHits) continue;
    const chain = referentChain(dangling, byPosition, []);
    const chunk = chain && chain.length > 0 ? [...chain, dangling] : null;
    if (chunk && wordsOf(chunk) <= MAX_LEAD_CHUNK_WORDS && leadFits(chunk, q)) return { lead: dangling, units: chunk };
  }
  return standalone ? { lead: standalone, units: [standalone] } : null;
}

/** Specific nutrients, conditions and drugs a unit names. */
function namedIds(unit: ScoredUnit): string[] {
  return entitiesIn(unit.text, FOCUS_KINDS)
    .filter((e) => !e.broad)
    .map((e) => e.id);
}

/**
 * Whether a unit adds something the chosen ones lack: a cause or group member not yet named (for
 * questions about a symptom's causes or a group), or another side of the subject (for "tell me
 * about X"). It must still speak to the question's own topic words ("sun" in "can too little sun
 * weaken my legs?"), if it has any besides names and symptoms.
 */
function addsNovelty(unit: ScoredUnit, chosen: readonly ScoredUnit[], q: QuestionAnalysis): boolean {
  if (salientTerms(q).length > 0 && unit.focusHits === 0) return false;
  if (wantsEnumeration(q)) {
    const named = new Set(chosen.flatMap(namedIds));
    if (namedIds(unit).some((id) => !named.has(id))) return true;
  }
  if (q.intents.includes('definition') || q.intents.includes('role')) {
    const aspect = aspectOf(unit);
    return aspect !== undefined && !chosen.some((c) => aspectOf(c) === aspect);
  }
  return false;
}

type Addition = { unit: ScoredUnit; chain: ScoredUnit[] };

/** Units that may still be added, each with the sentences it leans on. */
function additions(
  ranked: readonly ScoredUnit[],
  chosen: readonly ScoredUnit[],
  floor: number,
  budget: number,
  room: number,
  byPosition: Positions,
): Addition[] {
  const out: Addition[] = [];
  for (const unit of ranked) {
    if (chosen.includes(unit) || unit.score < floor || unit.words > budget || isRedundant(unit, chosen)) continue;
    const chain = unit.anaphoric ? referentChain(unit, byPosition, chosen) : [];
    if (chain === null || chain.length + 1 > room || wordsOf([...chain, unit]) > budget) continue;
    // The sentence a new one leans on comes with it, so it too must add something.
    if (chain.some((c) => isRedundant(c, chosen))) continue;
    out.push({ unit, chain });
  }
  return out;
}

/** Greedy choice of answer units: best lead, then relevant, non-redundant units within the budget. */
function selectProse(q: QuestionAnalysis, passages: readonly PassageInput[], ranked: ScoredUnit[]): Selection | null {
  const byPosition = unitsByPosition(q, passages, ranked);
  const picked = pickLead(ranked, q, byPosition);
  if (!picked) return null;
  const { lead, units: leadChunk } = picked;
  const limits = q.list ? LIMITS.list : LIMITS.prose;
  const chosen: ScoredUnit[] = [...leadChunk];
  let budget = limits.words - wordsOf(leadChunk);
  const uncovered = new Set(q.entities.map((e) => e.id).filter((id) => !leadChunk.some((u) => u.entityIds.has(id))));
  const floor = limits.relative * lead.score;
  const sides = comparedSides(q);
  const effects = askedEffects(q);
  while (chosen.length < limits.units) {
    // Something new (a cause not yet named, another side of the subject) may score a little lower.
    const options = additions(ranked, chosen, NOVELTY_FLOOR_SHARE * floor, budget, limits.units - chosen.length, byPosition);
    const usual = options.filter((o) => o.unit.score >= floor);
    // Entities asked about but not yet answered come first ("iron or magnesium?"), then novelty.
    const best = usual[0];
    const novel = options.find((o) => addsNovelty(o.unit, chosen, q) && (!best || o.unit.score >= NOVELTY_MARGIN * best.unit.score));
    // A comparison's sides not yet covered come before anything else, in the order asked.
    const side = nextUncoveredSide(sides, chosen);
    const forSide = side && options.find((o) => o.unit.entityIds.has(side.id));
    // What else brings about the thing whose causes were asked comes before what it does in turn.
    const causeOf = usual.find((o) => statesCauseOf(o.unit.text, effects));
    const pick = forSide || causeOf || (usual.find((o) => [...o.unit.entityIds].some((id) => uncovered.has(id))) ?? novel ?? best);
    if (!pick) break;
    chosen.push(...pick.chain, pick.unit);
    budget -= wordsOf([...pick.chain, pick.unit]);
    for (const id of pick.unit.entityIds) uncovered.delete(id);
  }
  const units = orderBySides(groupBySubject(orderForReading(promoteClosestAnswer(chosen, leadChunk.length, q))), sides);
  return { units, list: q.list && chosen.length > 1 };
}

/**
 * The first sentence should answer what was asked: a chosen unit that stands on its own, fits as
 * a lead, and carries more of the question's own topic words than the lead ("… fat absorption?"
 * answered by the one sentence that says it) takes the lead's place.
 */
function promoteClosestAnswer(chosen: readonly ScoredUnit[], leadLength: number, q: QuestionAnalysis): ScoredUnit[] {
  const lead = chosen[leadLength - 1];
  // The articles' own answer to the question asked stays first.
  if (!lead || leadLength !== 1 || isOwnAnswer(lead, q)) return [...chosen];
  let best = lead;
  const effects = askedEffects(q);
  for (const u of chosen.slice(1)) {
    if (u.anaphoric || u.focusHits <= best.focusHits || barredFromLead(u.text, q) || !leadFits([u], q)) continue;
    // More of the question's words do not make a cause the answer to "what helps?" over a remedy,
    // nor what a thing does the answer to what brings it about.
    if (answersAskedKind(best.text, q) && !answersAskedKind(u.text, q)) continue;
    if (statesCauseOf(best.text, effects) && !statesCauseOf(u.text, effects)) continue;
    best = u;
  }
  return best === lead ? [...chosen] : [best, ...chosen.filter((u) => u !== best)];
}

/**
 * A food question about named nutrients: one merged food list per nutrient, or, for a nutrient
 * whose passages name its foods only in a sentence, its best such sentence.
 */
function selectFoods(q: QuestionAnalysis, ranked: readonly ScoredUnit[]): Selection | null {
  const units: SelectedUnit[] = [];
  for (const nutrient of askedNutrients(q)) {
    const merged = mergeFoodLists(nutrient, ranked);
    if (merged) units.push({ ...merged.lead, list: merged.list });
    else {
      const sentence = ranked.find((u) => u.entityIds.has(nutrient.id) && !u.anaphoric && mentionsFoods(u.text) && !units.includes(u));
      if (sentence) units.push(sentence);
    }
  }
  return units.length > 0 ? { units, list: units.length > 1 } : null;
}

export function selectSentences(q: QuestionAnalysis, passages: readonly PassageInput[]): Selection | null {
  if (!passagesCoverQuestion(q, passages)) return null;
  const ranked = upgradeToSupersets(scoreUnits(q, passages));
  const selection = selectFoods(q, ranked) ?? mergeListCells(selectProse(q, passages, ranked), q, ranked);
  return selection && answersSalientTerms(q, selection, passages) ? withFoodReasons(selection, q, ranked) : null;
}

/**
 * The chosen cells that list things of one subject (its foods, its symptoms), one merged list per
 * subject and kind in the place of its first cell: "For magnesium, … [1]. For magnesium, … [2]."
 * becomes one sentence naming each item once. A food question merges every food list retrieved
 * for the nutrient; other lists merge the chosen cells.
 */
function mergeListCells(selection: Selection | null, q: QuestionAnalysis, ranked: readonly ScoredUnit[]): Selection | null {
  if (!selection) return selection;
  const merged = new Set<string>();
  const units: SelectedUnit[] = [];
  for (const unit of selection.units) {
    const key = unit.list ? undefined : listKey(unit);
    if (!key) {
      units.push(unit);
      continue;
    }
    if (merged.has(key)) continue;
    merged.add(key);
    const pool = key.endsWith(':foods') && q.intents.includes('foods') ? ranked : selection.units;
    const list = mergeCellLists(key, pool);
    units.push(list ? { ...list.lead, list: list.list } : unit);
  }
  return { units, list: selection.list && units.length > 1 };
}

/**
 * A question that names a specific nutrient, condition or drug must also get its other topic
 * words answered by the chosen sentences ("… with antibiotics?", "… for hair loss?").
 */
function answersSalientTerms(q: QuestionAnalysis, selection: Selection, passages: readonly PassageInput[]): boolean {
  if (!q.entities.some((e) => !e.broad)) return true;
  const carried = () => new Set(selection.units.flatMap((u) => contentStems(`${u.text} ${u.context}`)));
  const known = () => contentStemSet(passages.map((p) => [p.title, ...p.headings, p.text].join('\n')).join('\n'));
  return carriesSalientTerms(q, carried, known);
}

/** Lead first; other units grouped by passage in the order the groups first appear, in text order. */
export function orderForReading(units: readonly ScoredUnit[]): ScoredUnit[] {
  const [lead, ...rest] = units;
  if (!lead) return [];
  const groups = new Map<number, ScoredUnit[]>();
  groups.set(lead.n, []);
  for (const u of rest) groups.set(u.n, [...(groups.get(u.n) ?? []), u]);
  const out: ScoredUnit[] = [lead];
  for (const [n, group] of groups) {
    const sorted = [...group].sort((a, b) => a.index - b.index);
    if (n === lead.n) {
      // Sentences that came after the lead in its passage follow it directly.
      out.push(...sorted.filter((u) => u.index > lead.index), ...sorted.filter((u) => u.index < lead.index));
    } else out.push(...sorted);
  }
  return out;
}
