import { describe, expect, it } from 'vitest';
import { triageMessage, type TriageSignId } from '@/lib/triage';
import { OWN_CALM_2, OWN_EMERGENCIES_2, OWN_URGENT_SOON_2 } from './own-cases-2';

/**
 * The signs' parts as lay-word families: the second tuned own set, and fresh messages of this
 * file's own (not in either own set) for each mechanism: wider part words, clause windows in any
 * word order, onset and day-span words, downplaying, hypotheticals and everyday look-alikes.
 */

const signsOf = (text: string): TriageSignId[] => triageMessage(text).signs.map((s) => s.id);

describe('triageMessage on the second tuned own set', () => {
  it.each(OWN_EMERGENCIES_2.map((c) => [c.text, c.sign] as const))('emergency: "%s" (%s)', (text, sign) => {
    expect(triageMessage(text).level).toBe('emergency');
    expect(signsOf(text)).toContain(sign);
  });

  it.each(OWN_URGENT_SOON_2.map((c) => c.text))('urgent-soon: "%s"', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });

  it.each(OWN_CALM_2.map((c) => c.text))('no emergency: "%s"', (text) => {
    expect(triageMessage(text).level).not.toBe('emergency');
  });
});

describe('lay word families for the parts of a sign', () => {
  it.each([
    ['stroke', 'my arm went heavy all at once and my mouth is crooked'],
    ['stroke', 'face one side fall down'],
    ['stroke', 'grandad cant get the words out since lunch'],
    ['stroke', 'since dinner his left leg and left arm are dragging'],
    ['stroke', 'everything went black in my right eye for a minute'],
    ['ascending-weakness', 'the tingling went from my toes to my knees by thursday'],
    ['ascending-weakness', 'the weakness started in my feet two days ago and now my hands are weak too'],
    ['cauda-equina', "I haven't been able to wee since yesterday and my back is killing me"],
    ['cauda-equina', 'my boy cant feel his bum and he wet himself, he hurt his back at rugby'],
    ['sudden-paralysis', "my legs just stopped working, I'm on the floor"],
    ['sudden-paralysis', 'leg no strong since morning sudden, cannot walk'],
    ['stroke', 'one side of my body feels like it belongs to someone else'],
    ['stroke', 'the right side of my face feels weird and heavy'],
    ['ascending-weakness', 'it started with tingling fingers and toes, now two days later I can hardly walk up stairs'],
    ['severe-dehydration', 'my baby has had no wet nappy since this morning and is floppy'],
    ['cauda-equina', 'my brother leg very weak both side and he cannot feel his behind, also pipi not coming'],
    ['ascending-weakness', 'legs numb from foot go up to stomach in three day'],
    ['fainting-or-collapse', 'my papa fall and no wake up'],
    ['sudden-paralysis', 'my legs have gone to jelly since this morning and I can barely stand'],
    ['sudden-paralysis', "woke up with my legs completely numb and can't walk"],
    ['fainting-or-collapse', 'my dad fainted while walking the dog'],
    ['chest-pain-or-palpitations-with-weakness', "bit of a weird one, my ticker is going like the clappers and I feel like I'm going to keel over"],
    ['coughing-blood', 'i hack up pinkish frothy stuff'],
    ['coughing-blood', 'brought up some red streaks when coughing this morning'],
    ['severe-dehydration', "my nan is not with it today, muddled and hasn't drunk anything"],
    ['fainting-or-collapse', 'the ground came up to meet me and next thing I was on the floor'],
    ['stroke', 'I keep losing my words mid sentence since about 3pm'],
  ] as const)('%s: "%s"', (sign, text) => {
    expect(signsOf(text)).toContain(sign);
  });
});

describe('downplaying and burying never lower the level', () => {
  it.each([
    'its probably nothing but my legs gave out from under me an hour ago and i still cant get up',
    "don't want to bother anyone but my calf is swollen red and hot since the flight",
    'I was reading about iron and zinc and my diet is mostly pasta, anyway my wife says half of my face looks droopy since lunch, what foods have iron?',
  ])('"%s"', (text) => {
    expect(triageMessage(text).level).toBe('emergency');
  });
});

describe('lasting, intermittent or newly woken-with weakness or breathlessness, without a severe loss, is urgent-soon', () => {
  it.each([
    'my legs have been weak for two weeks',
    'my mum is unsteady and slow for months, she is 85',
    'I have been short of breath and tired over the past three weeks',
    'my feet are weak and my hands ache, over the past year',
    'I woke up and my legs feel a bit weak, I have the flu',
    'my feet have been tingling on and off for about a month now',
    "I've noticed my left foot slapping when I walk for a fortnight",
    'my mum keeps falling over more often this month',
    'my legs have been weak since this morning, I did a long hike yesterday',
  ])('"%s"', (text) => {
    expect(triageMessage(text)).toEqual({ level: 'urgent-soon', signs: [] });
  });
});

describe('look-alikes stay calm', () => {
  it.each([
    'my face fell when I heard the news',
    'my phone stopped working and my legs are tired',
    'my speech is slow when I am tired',
    'I can only walk ten minutes before my legs feel weak',
    'I just started iron tablets and feel weak',
    'the redness in my eye has gone',
    "I can't understand the words in this article",
    'what does it mean if someone suddenly cannot speak?',
    'sometimes I trip over my own feet, I am clumsy',
    'I stumbled on the kerb and twisted my ankle',
    'the left side of my garden is flooded',
    'my legs were weak for a few days after the flu three years ago',
    'I never had numbness in my groin',
    'my new shoes feel weird on one side',
    'I sleep on the left side of my body and my hip aches',
    "I stubbed my toe and can't put weight on it",
    'my ankles are sore, and a week later my hands ache from typing',
    'my feet are numb when I go to bed and my knees ache',
    'the pins and needles went from my foot to my knee when I knelt on it',
    'I was weak with flu a month ago, all better, which foods help recovery?',
    'my cat collapsed this morning, do cats get low potassium?',
    'my throat is red and sore from coughing',
    "I'm muddled about which vitamin D to buy",
    'my heart rate goes up when I run',
  ])('"%s"', (text) => {
    expect(triageMessage(text).level).toBe('none');
  });
});
