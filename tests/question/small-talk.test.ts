import { describe, expect, it } from 'vitest';
import { smallTalkOnly, splitSmallTalk } from '@/lib/question';

describe('splitSmallTalk', () => {
  it.each([
    ['Hey there!', 'greeting'],
    ['good afternoon :)', 'greeting'],
    ['How are you doing today?', 'wellbeing'],
    ['thank you so much for the help', 'thanks'],
    ['cheers', 'thanks'],
    ['see you later', 'farewell'],
    ['sounds good', 'acknowledgement'],
  ])('reads %j as %s and nothing else', (message, kind) => {
    expect(smallTalkOnly(message)).toBe(kind);
    expect(splitSmallTalk(message).rest).toBe('');
  });

  it('takes greetings and thanks off a question, before and after it', () => {
    expect(splitSmallTalk('Hello, why do my shins ache after running?')).toEqual({ kinds: ['greeting'], rest: 'why do my shins ache after running?' });
    expect(splitSmallTalk('does zinc help nerves? thanks a lot!')).toEqual({ kinds: ['thanks'], rest: 'does zinc help nerves?' });
    expect(splitSmallTalk('hi again, thanks for that. and folate?').rest).toBe('and folate?');
  });

  it('leaves a question without politeness alone, and words that only start like a greeting', () => {
    expect(splitSmallTalk('what helps sore calves?')).toEqual({ kinds: [], rest: 'what helps sore calves?' });
    expect(smallTalkOnly('Highly processed food and cramps')).toBeNull();
    expect(smallTalkOnly('okay but what about zinc?')).toBeNull();
    expect(smallTalkOnly('')).toBeNull();
  });
});

describe('splitSmallTalk on hostile input', () => {
  it('stays linear on long runs of punctuation', () => {
    const started = performance.now();
    splitSmallTalk(`a${'!'.repeat(100_000)}`);
    splitSmallTalk(`a${' -'.repeat(50_000)} thanks`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
