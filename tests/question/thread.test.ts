import { describe, expect, it } from 'vitest';
import { condenseQuery, type ChatTurn } from '@/lib/question/follow-up';
import { resolveAnaphor } from '@/lib/question/rewrite';
import { answerFocus } from '@/lib/question/topic';
import { conversationTurns } from '@/lib/chat/conversation';
import { analyzeTurn } from '@/lib/question';
import type { LegwiseUIMessage } from '@/lib/chat/types';

const lower = (s: string) => s.toLowerCase();

describe('answerFocus: what an answer spoke of', () => {
  it('is the thing the answer names most, not the first thing it names', () => {
    const answer = 'Unlike iron, magnesium relaxes muscles [1]. Magnesium deficiency brings cramps [2]. Nuts hold magnesium [3].';
    expect(answerFocus(answer)?.entity.name.toLowerCase()).toContain('magnesium');
  });

  it('takes the earliest of equally named things', () => {
    expect(answerFocus('Zinc and folate both matter [1].')?.entity.name.toLowerCase()).toContain('zinc');
  });

  it('is null for an answer that names only symptoms', () => {
    expect(answerFocus('Cramps and numbness are common [1].')).toBeNull();
  });
});

describe('condenseQuery: a follow-up keeps the subject of the previous answer', () => {
  it('resolves "it" to what the answer was about when the question named nothing', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'which mineral matters most for relaxed muscles?' },
      { role: 'assistant', text: 'Unlike iron, magnesium relaxes muscles [1]. Magnesium deficiency brings cramps [2]. Nuts hold magnesium [3].' },
      { role: 'user', text: 'how is it diagnosed?' },
    ];
    const query = lower(condenseQuery(turns));
    expect(query).toMatch(/magnesium/);
    expect(query).not.toMatch(/iron/);
  });

  it('reads the standalone query the previous answer answered (its metadata.query)', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'and for the other one?' },
      { role: 'assistant', text: 'Nuts, seeds and leafy greens are good sources [1].', query: 'which foods are rich in potassium?' },
      { role: 'user', text: 'is a shortage of it common?' },
    ];
    expect(lower(condenseQuery(turns))).toMatch(/potassium/);
  });

  it('lets a new subject replace the old one', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'what does zinc do?' },
      { role: 'assistant', text: 'Zinc helps wound healing [1].', query: 'what does zinc do?' },
      { role: 'user', text: 'what is sciatica?' },
    ];
    expect(lower(condenseQuery(turns))).toBe('what is sciatica?');
  });
});

describe('resolveAnaphor: "it\'s" becomes "<subject> is"', () => {
  it('never leaves a possessive behind', () => {
    expect(resolveAnaphor("what happens when it's too low?", 'zinc')).toBe('what happens when zinc is too low?');
  });

  it('keeps "its" possessive', () => {
    expect(resolveAnaphor('what are its sources?', 'zinc')).toBe("what are zinc's sources?");
  });
});

describe('conversationTurns: an assistant turn carries the query it answered', () => {
  it('takes metadata.query onto the assistant turn', () => {
    const messages: LegwiseUIMessage[] = [
      { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'what about the other one?' }] },
      { id: 'a1', role: 'assistant', metadata: { query: 'what does folate do?' }, parts: [{ type: 'text', text: 'Folate helps make red cells [1].' }] },
    ];
    expect(conversationTurns(messages)[1]).toEqual({ role: 'assistant', text: 'Folate helps make red cells [1].', query: 'what does folate do?' });
  });
});

describe('clarification: "no, I meant the mineral" picks from the whole previous answer', () => {
  it('finds the mineral the answer named after its lead', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'what is behind twitchy calves?' },
      { role: 'assistant', text: 'Low vitamin D can play a part [1]. Magnesium deficiency is a frequent cause [2].' },
      { role: 'user', text: 'no, I meant the mineral, not the vitamin' },
    ];
    const query = lower(condenseQuery(turns));
    expect(query).toMatch(/magnesium/);
    expect(query).not.toMatch(/vitamin d/);
  });
});

describe('analyzeTurn: politeness before a follow-up keeps the thread', () => {
  it('drops the thanks and swaps the subject', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'which foods are rich in iron?' },
      { role: 'assistant', text: 'Red meat and lentils hold iron [1].', query: 'which foods are rich in iron?' },
      { role: 'user', text: 'thanks! and what about zinc?' },
    ];
    const analysis = analyzeTurn(turns, []);
    expect(analysis.politeness).toEqual(['thanks']);
    expect(lower(analysis.standaloneQuery)).toBe('which foods are rich in zinc?');
    expect(analysis.followUp).toBe(true);
  });
});

describe('analyzeTurn: a clarification survives spelling correction', () => {
  // A corpus whose words sit one letter away from the lead-in's ("meat" / "meant", "worry" / "sorry").
  const vocabulary = ['Red meat holds iron. Meat and fish hold zinc. Do not worry: magnesium and iron are minerals. Worry less.'];

  it('keeps "sorry, I meant" as typed and re-aims the previous question', () => {
    const turns: ChatTurn[] = [
      { role: 'user', text: 'which foods hold iron?' },
      { role: 'assistant', text: 'Red meat holds iron [1].', query: 'which foods hold iron?' },
      { role: 'user', text: 'sorry, I meant zinc' },
    ];
    const analysis = analyzeTurn(turns, vocabulary);
    expect(analysis.question).toMatch(/^sorry, I meant /);
    expect(lower(analysis.standaloneQuery)).toBe('which foods hold zinc?');
  });
});

describe('condenseQuery: a narrowing fragment restricts the previous question', () => {
  const after = (fragment: string) =>
    lower(
      condenseQuery([
        { role: 'user', text: 'what makes thighs ache?' },
        { role: 'assistant', text: 'Several things can [1].' },
        { role: 'user', text: fragment },
      ]),
    );

  it.each(['only after climbing stairs?', 'even while sitting?', 'during a long flight?'])('%s', (fragment) => {
    expect(after(fragment)).toBe(`what makes thighs ache ${fragment}`);
  });

  it.each(['when should I see a doctor?', 'in what way?', 'with zinc?'])('leaves "%s" alone as a fragment', (question) => {
    expect(after(question)).not.toMatch(/^what makes thighs ache /);
  });
});
