import { describe, expect, it } from 'vitest';
import { triageMessage } from '@/lib/triage';

// "what do I do if …" asks about a supposed case only when the "if" clause supposes; one told in
// the present perfect or progressive says what has happened, and that is a report.
describe('an "if" clause that tells what has happened', () => {
  it.each([
    ['what do I do if my partner has collapsed and is not breathing properly', 'emergency'],
    ['what should we do if grandad has passed out on the kitchen floor', 'emergency'],
    ['what can I do if my sister is having a stroke, her face has dropped', 'emergency'],
  ])('%s -> %s', (message, level) => {
    expect(triageMessage(message).level).toBe(level);
  });

  it.each(['what would I do if I ever collapsed on a long walk', 'what should I do if my calves cramp after football'])('stays calm: %s', (message) => {
    expect(triageMessage(message).level).toBe('none');
  });
});
