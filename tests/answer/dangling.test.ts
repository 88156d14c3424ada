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
    // "these <noun>" later in the sentence, with nothing before it to point at.
    'A balanced diet and regular sunshine can correct these shortfalls.',
    'Low fluid intake disrupts these processes, causing aches.',
    // One name before "these" is not the list it points at.
    'Low zinc levels then disrupt these processes in the calves.',
    // "It is essential for …" speaks of something named before; "It is essential to …" does not.
    'It is essential for the uptake of copper by the gut.',
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
    'It is essential to drink water before long runs.',
    // The words before "these" name what it points at.
    'Shortages of zinc, copper or selenium can leave these minerals low for months.',
  ])('"%s" stands on its own', (sentence) => {
    expect(isDangling(sentence)).toBe(false);
  });
});
