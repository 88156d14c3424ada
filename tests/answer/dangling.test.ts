import { describe, expect, it } from 'vitest';
import { isDangling } from '@/lib/answer/dangling';

describe('isDangling', () => {
  it.each([
    'This can also cause restless legs syndrome.',
    'It works closely with calcium and potassium.',
    'These neurological symptoms often appear alongside anemia.',
    'However, most cases are mild.',
    'In children, this deficiency can cause rickets.',
    'Without them, muscles can seize up involuntarily.',
    'Hypomagnesemia impairs these processes, leading to cramps.',
    'A deficiency can damage these nerves.',
    'Low levels can result in bone pain.',
    'The weakness is thought to arise from the loss of potassium.',
    'When levels drop, the balance is disrupted.',
  ])('"%s" leans on the sentence before it', (sentence) => {
    expect(isDangling(sentence)).toBe(true);
  });

  it.each([
    'Iron deficiency is a common cause of restless legs syndrome.',
    'A deficiency in vitamin D can cause bone pain.',
    'Low levels of vitamin D are linked to muscle aches.',
    'It is important to consult a healthcare provider before taking supplements.',
    "It's always wise to see a doctor about persistent weakness.",
    'Conditions such as alcoholism can induce magnesium deficiency.',
    'Foods such as spinach contain magnesium.',
    'While exercise is generally beneficial, it will not correct the deficiency.',
  ])('"%s" stands on its own', (sentence) => {
    expect(isDangling(sentence)).toBe(false);
  });
});
