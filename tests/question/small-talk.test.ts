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

describe('splitSmallTalk: messages about the bot itself', () => {
  it.each([
    'who are you?',
    'What can you do?',
    'are you a bot?',
    'what is your name?',
    'can you help me?',
    'what can I ask?',
    'is anyone there?',
    'help',
    'hello, who are you?',
  ])('reads %j as a question about the bot', (message) => {
    expect(splitSmallTalk(message)).toMatchObject({ rest: '' });
    expect(splitSmallTalk(message).kinds).toContain('about-bot');
  });

  it('keeps a message with a word of a subject as a question', () => {
    expect(smallTalkOnly('what do you know about iron?')).toBeNull();
    expect(smallTalkOnly('can you help with leg cramps?')).toBeNull();
    expect(smallTalkOnly('what is it?')).toBeNull();
    expect(splitSmallTalk('hi! can you tell me what causes cramps?')).toEqual({ kinds: ['greeting'], rest: 'can you tell me what causes cramps?' });
  });
});

describe('splitSmallTalk: remarks, vocatives and joined phrases', () => {
  it.each([
    ['thanks, that was very informative', 'thanks'],
    ['that makes sense', 'acknowledgement'],
    ['really interesting', 'acknowledgement'],
    ['pleased to meet you', 'greeting'],
    ['much appreciated!', 'thanks'],
    ['ta pal', 'thanks'],
    ['bye and have a good day', 'farewell'],
    ['good one, bye', 'acknowledgement'],
    ['evening!', 'greeting'],
    ['lovely answer, thanks', 'acknowledgement'],
    ['super useful advice', 'acknowledgement'],
  ])('reads %j as small talk (%s first)', (message, kind) => {
    expect(smallTalkOnly(message)).toBe(kind);
  });

  it('reads praise of the reply after thanks as part of the thanks, and a greeting alone as one greeting', () => {
    expect(splitSmallTalk('cheers, nice explanation!')).toMatchObject({ rest: '' });
    expect(splitSmallTalk('good afternoon!')).toEqual({ kinds: ['greeting'], rest: '' });
  });

  it('reads a question about what the bot is as about-bot', () => {
    expect(splitSmallTalk('are you an actual doctor?').kinds).toContain('about-bot');
    expect(splitSmallTalk('what sort of things can I ask you?').kinds).toContain('about-bot');
  });

  it('takes a remark off the question behind it', () => {
    expect(splitSmallTalk('very useful, and what about folate?')).toEqual({ kinds: ['acknowledgement'], rest: 'and what about folate?' });
  });

  it('keeps questions that use the same words', () => {
    expect(smallTalkOnly('is that useful for cramps?')).toBeNull();
    expect(smallTalkOnly('can you tell me when to see a doctor?')).toBeNull();
    expect(smallTalkOnly('evening cramps in my calves')).toBeNull();
    expect(smallTalkOnly('morning stiffness in the legs')).toBeNull();
    expect(smallTalkOnly('is it helpful to stretch?')).toBeNull();
  });
});
