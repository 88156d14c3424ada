/**
 * The "triage" section of `npm run eval`: the triage level of each message, on the frozen
 * vignette set (tests/frozen/triage.ts, held out: written from the signs' definitions by someone
 * who had not read the rules) and, separately, on the cases triage was tuned on (the triage
 * engineer's own cases, the gold urgent / not-urgent questions). Emergency recall per sign and
 * per style, false emergency alarms on calm messages, urgent-soon chosen for urgent-soon messages.
 * Only figures are printed, never which vignettes failed: the frozen set must not steer the rules.
 */
import { exportMatching } from './schema-export';
import { groupRates, percent, rate, ratio, type Rate } from './rates';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeChatTurns } from '@/lib/chat/turn-analysis';
import { triageTurn } from '@/lib/triage';
import { notUrgent, urgent } from '@/tests/gold/conversations';
import { triageVignetteSetSchema, type TriageVignette } from '@/tests/frozen/triage-schema';
import { OWN_CALM, OWN_EMERGENCIES, OWN_URGENT_SOON, type OwnCase } from '@/tests/triage/own-cases';
import { OWN_CALM_2, OWN_EMERGENCIES_2, OWN_URGENT_SOON_2 } from '@/tests/triage/own-cases-2';
import { OWN_PROBES_3, OWN_SET_3, type OwnVignette } from '@/tests/triage/own-cases-3';
import { OWN_PROBES_4, OWN_SET_4 } from '@/tests/triage/own-cases-4';
import { OWN_PROBES_5, OWN_SET_5 } from '@/tests/triage/own-cases-5';
import { OWN_PROBES_6, OWN_SET_6 } from '@/tests/triage/own-cases-6';
import { OWN_SET_7 } from '@/tests/triage/own-cases-7';
import { printTable } from '../table';
import type { EvalSection } from './types';

export const TRIAGE_TARGETS = { emergencyRecall: 1, falseAlarmRate: 0.03, urgentSoonRecall: 0.9 } as const;

/** The frozen rounds, each reported on its own (round 2 was written after round 1 was spent on tuning, round 3 before session 5's triage work, round 5 before session 8's, round 6 before session 9's). */
const FROZEN_ROUNDS = [
  { name: 'round 1', file: path.resolve('tests/frozen/triage.ts') },
  { name: 'round 2', file: path.resolve('tests/frozen/triage-2.ts') },
  { name: 'round 3', file: path.resolve('tests/frozen/triage-3.ts') },
  { name: 'round 4', file: path.resolve('tests/frozen/triage-4.ts') },
  { name: 'round 5', file: path.resolve('tests/frozen/triage-5.ts') },
  { name: 'round 6', file: path.resolve('tests/frozen/triage-6.ts') },
] as const;

/** What a set needs to be measured: a frozen vignette, or an own case with a style of its own. */
type Measured = Pick<TriageVignette, 'messages' | 'expected' | 'sign'> & { styles: readonly string[] };

/** A message as judged: its own level and signs (earlier messages are context only). */
type Judged = { vignette: Measured; level: TriageVignette['expected']; signIds: string[] };

/** Judged as the chat judges a turn: triage of the turn analysis of the conversation's user messages. */
async function judge(vignette: Measured): Promise<Judged> {
  const analysis = await analyzeChatTurns(vignette.messages.map((text) => ({ role: 'user' as const, text })));
  const result = triageTurn(analysis);
  return { vignette, level: result.level, signIds: result.signs.map((s) => s.id) };
}

/** The frozen set, found by its schema among the module's exports; undefined while it is not written. */
async function loadFrozenSet(file: string): Promise<TriageVignette[] | undefined> {
  if (!existsSync(file)) return undefined;
  const exported: Record<string, unknown> = await import(pathToFileURL(file).href);
  const set = exportMatching(exported, triageVignetteSetSchema);
  if (set) return set;
  throw new Error(`${file} exports no set matching triageVignetteSetSchema`);
}

export type TriageFigures = {
  emergencyRecall: Rate;
  signNamed: Rate;
  falseAlarms: Rate;
  urgentSoonChosen: Rate;
  calmLeftCalm: Rate;
  recallBySign: Record<string, Rate>;
  recallByStyle: Record<string, Rate>;
  falseAlarmsByStyle: Record<string, Rate>;
};

export async function triageFigures(vignettes: readonly Measured[]): Promise<TriageFigures> {
  const judged: Judged[] = [];
  for (const v of vignettes) judged.push(await judge(v));
  const emergencies = judged.filter((j) => j.vignette.expected === 'emergency');
  const calm = judged.filter((j) => j.vignette.expected !== 'emergency');
  const soon = judged.filter((j) => j.vignette.expected === 'urgent-soon');
  const none = judged.filter((j) => j.vignette.expected === 'none');
  const caught = (j: Judged) => j.level === 'emergency';
  const withSign = emergencies.filter((j) => j.vignette.sign !== undefined && caught(j));
  return {
    emergencyRecall: rate(emergencies, caught),
    signNamed: rate(withSign, (j) => j.signIds.includes(j.vignette.sign ?? '')),
    falseAlarms: rate(calm, caught),
    urgentSoonChosen: rate(soon, (j) => j.level === 'urgent-soon'),
    calmLeftCalm: rate(none, (j) => j.level === 'none'),
    recallBySign: groupRates(emergencies, (j) => (j.vignette.sign ? [j.vignette.sign] : []), caught),
    recallByStyle: groupRates(emergencies, (j) => j.vignette.styles, caught),
    falseAlarmsByStyle: groupRates(calm, (j) => j.vignette.styles, caught),
  };
}

const ownVignettes = (cases: readonly OwnCase[]): TriageVignette[] =>
  cases.map((c, i) => ({
    id: `ov${String(i).padStart(3, '0')}`,
    messages: [c.text],
    expected: c.level,
    ...(c.sign ? { sign: c.sign } : {}),
    styles: ['plain' as const],
  }));

/** An own case of sets 3 and 4: its messages, level, sign and one style of the set's own. */
type OwnStyled = Omit<OwnVignette, 'style'> & { style: string };

const ownVignettes3 = (cases: readonly OwnStyled[]): Measured[] =>
  cases.map((c) => ({ messages: [...c.messages], expected: c.level, ...(c.sign ? { sign: c.sign } : {}), styles: [c.style] }));

/** The tuned cases as vignettes, so both sets are measured the same way. */
function tunedVignettes(): TriageVignette[] {
  const own = [...OWN_EMERGENCIES, ...OWN_URGENT_SOON, ...OWN_CALM].map((c, i) => ({
    id: `tv${String(i).padStart(3, '0')}`,
    messages: [c.text],
    expected: c.level,
    ...(c.sign ? { sign: c.sign } : {}),
    styles: ['plain' as const],
  }));
  const gold = [
    ...urgent.map((g) => ({ text: g.question, expected: 'emergency' as const })),
    ...notUrgent.map((g) => ({ text: g.question, expected: 'none' as const })),
  ].map((g, i) => ({ id: `tv${String(own.length + i).padStart(3, '0')}`, messages: [g.text], expected: g.expected, styles: ['plain' as const] }));
  return [...own, ...gold];
}

const cell = (r: Rate): string => (r.n === 0 ? '-' : `${percent(r)} (${ratio(r)})`);

function printFigures(title: string, f: TriageFigures, detailed: boolean): void {
  printTable(
    `${title}: levels`,
    ['figure', 'value', 'target'],
    [
      ['emergency recall', cell(f.emergencyRecall), `${100 * TRIAGE_TARGETS.emergencyRecall}%`],
      ['false emergency alarms (calm messages)', cell(f.falseAlarms), `≤ ${100 * TRIAGE_TARGETS.falseAlarmRate}%`],
      ['urgent-soon chosen (urgent-soon messages)', cell(f.urgentSoonChosen), `≥ ${100 * TRIAGE_TARGETS.urgentSoonRecall}%`],
      ['calm messages left calm (level none)', cell(f.calmLeftCalm), '-'],
      ['expected sign named (caught emergencies)', cell(f.signNamed), '-'],
    ],
  );
  if (!detailed) return;
  printTable(
    `${title}: emergency recall by sign`,
    ['sign', 'recall'],
    Object.entries(f.recallBySign).map(([k, r]) => [k, cell(r)]),
  );
  printTable(
    `${title}: emergency recall by style`,
    ['style', 'recall'],
    Object.entries(f.recallByStyle).map(([k, r]) => [k, cell(r)]),
  );
  printTable(
    `${title}: false alarms by style`,
    ['style', 'false alarms'],
    Object.entries(f.falseAlarmsByStyle).map(([k, r]) => [k, cell(r)]),
  );
}

export const triageSection: EvalSection = {
  name: 'triage',
  description: 'triage levels: frozen vignettes (held out) and the tuned cases, recall per sign and style, false alarms',
  run: async () => {
    const tuned = await triageFigures(tunedVignettes());
    printFigures('Tuned cases (own cases + gold urgent / not urgent)', tuned, false);
    const tuned2 = await triageFigures(ownVignettes([...OWN_EMERGENCIES_2, ...OWN_URGENT_SOON_2, ...OWN_CALM_2]));
    printFigures('Tuned cases, set 2 (own cases, session 2)', tuned2, true);
    const tuned3 = await triageFigures(ownVignettes3(OWN_SET_3));
    printFigures('Tuned cases, set 3 (own cases, session 5)', tuned3, true);
    const probes3 = await triageFigures(OWN_PROBES_3.map(([expected, text]) => ({ messages: [text], expected, styles: ['probe'] })));
    printFigures('Tuned cases, set 3 probes (written after its first rule change)', probes3, false);
    const tuned4 = await triageFigures(ownVignettes3(OWN_SET_4));
    printFigures('Tuned cases, set 4 (own cases, session 6)', tuned4, true);
    const probes4 = await triageFigures(OWN_PROBES_4.map(([expected, text]) => ({ messages: [text], expected, styles: ['probe'] })));
    printFigures('Tuned cases, set 4 probes (written after its first rule change)', probes4, false);
    const tuned5 = await triageFigures(ownVignettes3(OWN_SET_5));
    printFigures('Tuned cases, set 5 (own cases, session 8)', tuned5, true);
    const probes5 = await triageFigures(OWN_PROBES_5.map(([expected, text]) => ({ messages: [text], expected, styles: ['probe'] })));
    printFigures('Tuned cases, set 5 probes (written after its first rule change)', probes5, false);
    const tuned6 = await triageFigures(ownVignettes3(OWN_SET_6));
    printFigures('Tuned cases, set 6 (own cases, lead, session 8)', tuned6, true);
    const probes6 = await triageFigures(OWN_PROBES_6.map(([expected, text]) => ({ messages: [text], expected, styles: ['probe'] })));
    printFigures('Tuned cases, set 6 probes (written after its first rule change)', probes6, false);
    const tuned7 = await triageFigures(ownVignettes3(OWN_SET_7));
    printFigures('Tuned cases, set 7 (own cases, session 9)', tuned7, true);
    const frozen: Record<string, TriageFigures> = {};
    for (const round of FROZEN_ROUNDS) {
      const vignettes = await loadFrozenSet(round.file);
      if (!vignettes) {
        console.log(`\nFrozen set ${round.file} not found: held-out triage figures (${round.name}) not measured.`);
        continue;
      }
      frozen[round.name] = await triageFigures(vignettes);
      printFigures(`Frozen vignettes ${round.name} (held out, ${vignettes.length})`, frozen[round.name] as TriageFigures, true);
    }
    return { tuned, tuned2, tuned3, probes3, tuned4, probes4, tuned5, probes5, tuned6, probes6, tuned7, frozen };
  },
};
