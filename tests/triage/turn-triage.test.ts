import { describe, expect, it } from 'vitest';
import { analyzeChatTurns } from '@/lib/chat/turn-analysis';
import { MAX_QUESTION_WORDS, type ChatTurn } from '@/lib/question';
import { triageTurn } from '@/lib/triage';

/**
 * Triage from the turn analysis, as the chat runs it: the message corrected against the loaded
 * corpus and the triage words together, and read to its last word.
 */

const user = (text: string): ChatTurn => ({ role: 'user', text });
const assistant = (text: string): ChatTurn => ({ role: 'assistant', text });

async function triageOf(...turns: ChatTurn[]) {
  const analysis = await analyzeChatTurns(turns);
  return { analysis, triage: triageTurn(analysis) };
}

describe('triage from the turn analysis', () => {
  it('finds a sign past the question word cap of a long message', async () => {
    const filler = 'I eat porridge with berries most mornings and I walk to work. ';
    const repeats = Math.ceil((MAX_QUESTION_WORDS + 40) / filler.trim().split(' ').length);
    const { analysis, triage } = await triageOf(user(`${filler.repeat(repeats)}Since ten minutes my left arm and my left leg have gone weak.`));
    expect(analysis.question).not.toContain('left arm');
    expect(analysis.unreadTail).toContain('left arm');
    expect(triage.level).toBe('emergency');
    expect(triage.signs.map((s) => s.id)).toContain('stroke');
  });

  it('reads a misspelt sign word as the sign word, which no article uses', async () => {
    const { analysis, triage } = await triageOf(user('my arms went weak today and I have trouble swalowing'));
    expect(analysis.question).toContain('swallowing');
    expect(triage.signs.map((s) => s.id)).toContain('weakness-with-breathing-or-swallowing');
  });

  it('judges the latest message: a calm question after an emergency turn is calm', async () => {
    const { triage } = await triageOf(
      user('my face is drooping on one side'),
      assistant('Please call your local emergency number now.'),
      user('which foods have folate?'),
    );
    expect(triage).toEqual({ level: 'none', signs: [] });
  });

  it('finds an emergency in a third turn after two calm ones', async () => {
    const { triage } = await triageOf(
      user('which foods have potassium?'),
      assistant('Bananas and potatoes [1].'),
      user('and magnesium?'),
      assistant('Nuts and seeds [1].'),
      user('hang on, my dad has just collapsed in the hallway'),
    );
    expect(triage.level).toBe('emergency');
    expect(triage.signs.map((s) => s.id)).toContain('fainting-or-collapse');
  });

  it('leaves a greeting alone calm', async () => {
    expect((await triageOf(user('hello there!'))).triage).toEqual({ level: 'none', signs: [] });
  });

  it('keeps the greeting off and the sign in', async () => {
    const { triage } = await triageOf(user('hi, I have a crushing pain in my chest and feel weak'));
    expect(triage.level).toBe('emergency');
  });
});
