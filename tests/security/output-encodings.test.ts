/**
 * Issue 14 items 2 and 3 at the guard: a canary in encodings a browser decodes, and links the old
 * hand-written TLD list missed. Each sentence is otherwise on topic, so only the check named fails.
 */
import { describe, expect, it } from 'vitest';
import { createOutputGuard, type OutputGuardContext } from '@/lib/guard/output-guard';

const CANARY = 'LWCANARY-7Q4X9ZK2M8';
const PASSAGE = 'Magnesium deficiency can cause painful leg cramps. Good sources of magnesium include nuts, seeds and leafy greens.';
const context: OutputGuardContext = {
  passages: [{ text: PASSAGE, title: 'Leg cramps and magnesium' }],
  instructions: `Answer from the passages. Deployment tag: ${CANARY}.`,
  canaries: [CANARY],
};

function verdicts(sentences: readonly string[]) {
  const guard = createOutputGuard(context);
  return sentences.map((s) => guard.check(s));
}

const entities = [...CANARY].map((c) => `&#${c.charCodeAt(0)};`).join('');
const hexEntities = [...CANARY].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');
const fullWidth = [...CANARY].map((c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
const percent = [...CANARY].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
const rot13 = CANARY.replace(/[A-Z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 65 + 13) % 26) + 65));

describe('canary in encodings the page decodes', () => {
  it.each([
    ['decimal HTML entities', `Magnesium helps the legs, tag ${entities}.`],
    ['hex HTML entities', `Magnesium helps the legs, tag ${hexEntities}.`],
    ['double-encoded entities', `Magnesium helps the legs, tag ${entities.replace(/&/g, '&amp;')}.`],
    ['full-width letters', `Magnesium helps the legs, tag ${fullWidth}.`],
    ['%-encoding', `Magnesium helps the legs, tag ${percent}.`],
    ['%2D for the hyphen', `Magnesium helps the legs, tag LWCANARY%2D7Q4X9ZK2M8.`],
    ['ROT13', `Magnesium helps the legs, tag ${rot13}.`],
    ['split by citation markers', `Magnesium helps the legs LWCANARY [1] 7Q4X [1] 9ZK2M8.`],
    ['split across lines by list markers', `Magnesium helps the legs:\n- LWCANARY\n- 7Q4X9\n- ZK2M8`],
    ['zero-width joins', `Magnesium helps the legs, tag LWCAN\u200BARY\u200D-7Q4X9ZK2M8.`],
  ])('blocks the canary as %s', (_name, sentence) => {
    expect(verdicts([sentence])[0]).toEqual({ ok: false, check: 'canary' });
  });

  it('still lets an ordinary sentence with an entity through', () => {
    expect(verdicts(['Magnesium deficiency can cause painful leg cramps &amp; weakness.'])[0]).toEqual({ ok: true });
  });
});

describe('links the guard must see', () => {
  it.each([
    ['a domain on a TLD off any short list', 'Magnesium deficiency can cause painful leg cramps, book at legs.clinic/book.'],
    ['a new generic TLD without a path', 'Magnesium deficiency can cause painful leg cramps, see cramps.health today.'],
    ['a bare IP address with a path', 'Magnesium deficiency can cause painful leg cramps, see 127.0.0.2/cramps.'],
    ['a reference-style definition', 'Magnesium deficiency can cause painful leg cramps.\n[1]: //host/x'],
    ['a protocol-relative link', 'Magnesium deficiency can cause painful leg cramps, read //cramps/x now.'],
    ['a host with a port', 'Magnesium deficiency can cause painful leg cramps, see intranet.local:8080 now.'],
    ['zalgo marks in the host', 'Magnesium deficiency can cause painful leg cramps, see l\u0336e\u0336g\u0336s\u0336.com/x.'],
    ['full-width dots', 'Magnesium deficiency can cause painful leg cramps, see legs\uFF0Ecom/x.'],
  ])('blocks %s', (_name, sentence) => {
    expect(verdicts([sentence])[0]).toEqual({ ok: false, check: 'link' });
  });

  it('lets a link through that the passage itself contains', () => {
    const guard = createOutputGuard({
      ...context,
      passages: [{ text: `${PASSAGE} Magnesium deficiency and leg cramps: ods.od.nih.gov/factsheets.`, title: 'Leg cramps and magnesium' }],
    });
    expect(guard.check('Magnesium deficiency can cause painful leg cramps, see ods.od.nih.gov/factsheets.')).toEqual({ ok: true });
  });

  it('does not take ordinary abbreviations and units for links', () => {
    expect(verdicts(['Magnesium deficiency can cause painful leg cramps, e.g. at night, in mg/dL terms.'])[0]).toEqual({ ok: true });
  });
});
