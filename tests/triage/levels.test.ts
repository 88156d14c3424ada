import { describe, expect, it } from 'vitest';
import { SIGN_PLAIN_WORDS, triageMessage, triageResultSchema, triageSignIdSchema } from '@/lib/triage';
import { repairTriageTypos } from '@/lib/triage/typos';
import { OWN_CALM, OWN_EMERGENCIES, OWN_URGENT_SOON } from './own-cases';

describe('triageMessage on the tuning cases', () => {
  it.each(OWN_EMERGENCIES.map((c) => [c.text, c.sign] as const))('emergency: "%s" (%s)', (text, sign) => {
    const result = triageMessage(text);
    expect(result.level).toBe('emergency');
    expect(result.signs.map((s) => s.id)).toContain(sign);
  });

  it.each(OWN_URGENT_SOON.map((c) => c.text))('urgent-soon: "%s"', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(OWN_CALM.map((c) => c.text))('none: "%s"', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'none', signs: [] });
  });

  it('covers every sign with at least two emergencies', () => {
    for (const id of triageSignIdSchema.options) expect(OWN_EMERGENCIES.filter((c) => c.sign === id).length).toBeGreaterThanOrEqual(2);
  });
});

// Said before or after a sign, these must never lower its level.
const DOWNPLAYING = [
  (t: string) => `probably nothing, ${t}`,
  (t: string) => `sorry if this is silly but ${t}`,
  (t: string) => `I don't want to overreact, ${t}`,
  (t: string) => `${t}, no need for a doctor I think`,
  (t: string) => `${t} but it's not a big deal really`,
];

describe('downplaying never lowers the level', () => {
  const signs = OWN_EMERGENCIES.filter((c) => c.text.length < 120);
  it.each(DOWNPLAYING.map((wrap, i) => [i, wrap] as const))('wrapping %i keeps every emergency', (_i, wrap) => {
    const lowered = signs.filter((c) => triageMessage(wrap(c.text)).level !== 'emergency').map((c) => c.text);
    expect(lowered).toEqual([]);
  });
});

describe('what is not a report', () => {
  it.each([
    'what are the signs of a stroke?',
    'which symptoms of a blood clot in the calf should I know about?',
    'can low potassium make your heart race?',
    'why does vitamin B12 deficiency cause numbness that spreads up the legs?',
    'I fainted a few times as a teenager, is iron linked to that?',
    'I do not have chest pain and I am not short of breath, I just want iron-rich foods',
    'my legs felt like jelly after the marathon but are fine now',
  ])('"%s" is not an emergency', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });
});

describe('the triage result', () => {
  it('names each sign once, in plain words, and matches its schema', () => {
    const result = triageMessage('my face is drooping. my face is drooping and I coughed up blood');
    expect(triageResultSchema.parse(result)).toEqual(result);
    expect(result.signs.map((s) => s.id)).toEqual(['stroke', 'coughing-blood']);
    expect(result.signs[0]?.plain).toBe(SIGN_PLAIN_WORDS.stroke);
    expect(SIGN_PLAIN_WORDS.stroke).toMatch(/one side of the body.*stroke/);
  });

  it('reads a sign spread over two sentences of one message', () => {
    expect(triageMessage('My legs have gone weak. Since lunch I keep choking on my drinks.').signs.map((s) => s.id)).toContain(
      'weakness-with-breathing-or-swallowing',
    );
  });
});

describe('repairTriageTypos', () => {
  it('repairs misspelt triage words with the project spelling corrector', () => {
    expect(repairTriageTypos('my breahting is bad and my legs have numbnes')).toBe('my breathing is bad and my legs have numbness');
    expect(repairTriageTypos('swalowing is hard')).toBe('swallowing is hard');
  });
  it('repairs a four-letter typo against the triage words only, and never a real four-letter word', () => {
    expect(repairTriageTypos('coughing up blod and chest pian')).toBe('coughing up blood and chest pain');
    expect(repairTriageTypos('my plan is bold')).toBe('my plan is bold');
  });
  it('leaves real words alone', () => {
    expect(repairTriageTypos('the dropping temperature and a regular ladder')).toBe('the dropping temperature and a regular ladder');
  });
});
