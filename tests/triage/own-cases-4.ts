import type { TriageLevel, TriageSignId } from '@/lib/triage';

/**
 * The triage engineer's fourth own set (session 6), written from the signs' definitions in issue
 * 10 before any rule change of this session, in the styles the first three own sets have least of:
 * a sign told only by its parts in everyday words, split over two sentences, in a later turn after
 * calm ones, minimised, with typos in the key words, in non-native English, about a child or an
 * elderly parent, buried in a long message; urgent-soon across its range; calm near-misses close in
 * words. Not taken from any frozen or gold set, nor from the issue's quoted examples. Tuned on from
 * the moment it was first measured.
 */

export const OWN_STYLES_4 = [
  'parts-only',
  'split',
  'later-turn',
  'minimised',
  'typo',
  'non-native',
  'child',
  'elderly-parent',
  'buried-long',
  // Urgent-soon kinds.
  'lasting-weakness',
  'lasting-numbness',
  'breath-with-tiredness',
  'worsening-limp',
  'more-falls',
  // Calm near-miss kinds.
  'negation',
  'general-question',
  'long-past',
  'ordinary-setting',
  'look-alike',
] as const;
export type OwnStyle4 = (typeof OWN_STYLES_4)[number];

/** One case: the conversation's user messages (the level is judged on the last), its level and style. */
export type OwnVignette4 = { messages: readonly string[]; level: TriageLevel; sign?: TriageSignId; style: OwnStyle4 };

const e = (sign: TriageSignId, style: OwnStyle4, ...messages: string[]): OwnVignette4 => ({ messages, level: 'emergency', sign, style });
const soon = (style: OwnStyle4, ...messages: string[]): OwnVignette4 => ({ messages, level: 'urgent-soon', style });
const calm = (style: OwnStyle4, ...messages: string[]): OwnVignette4 => ({ messages, level: 'none', style });

export const OWN_EMERGENCIES_4: readonly OwnVignette4[] = [
  // Stroke, including sudden loss of sight in one eye.
  e('stroke', 'parts-only', 'one corner of my mouth hangs lower than the other since my nap and tea dribbles out of it'),
  e('stroke', 'split', 'My husband was fine at breakfast. Now his left arm just hangs there and he cannot lift it.'),
  e('stroke', 'later-turn', 'which foods are rich in folate?', 'thanks. my mum is slurring and her right hand will not grip her cup, it started ten minutes ago'),
  e('stroke', 'minimised', "it's likely one of my migraines but half my face went numb and my words come out jumbled since this afternoon"),
  e('stroke', 'typo', 'my rigth arm and leg went numm all of a suden'),
  e('stroke', 'non-native', 'my grandmother the face is fall down on one side and she not understand what I say, it begin now'),
  e('stroke', 'elderly-parent', 'Dad is 82 and suddenly he cannot find his words and his right leg is dragging, started 30 min ago'),
  e('stroke', 'parts-only', 'the sight in my right eye went black like a blind coming down, about an hour ago, the left eye is fine'),
  e('stroke', 'child', 'my 7 year old started talking gibberish out of nowhere and one side of her face is not moving when she smiles'),
  e(
    'stroke',
    'buried-long',
    'I have been getting cramps in my calves at night for a few weeks and my friend said it might be magnesium, so I bought some tablets, the glycinate kind, and I take them with dinner. I also eat a banana most days. Anyway since lunch my left hand and arm feel dead and clumsy and my smile looks lopsided in the mirror. Should I take the magnesium in the morning instead?',
  ),
  // Weakness climbing up the body over hours or days.
  e('ascending-weakness', 'parts-only', 'on tuesday my toes felt feeble, by thursday my calves, and today my thighs will barely lift me'),
  e('ascending-weakness', 'split', 'It started as heaviness in both feet three days ago. Now it has reached my hips and my hands are weak too.'),
  e(
    'ascending-weakness',
    'later-turn',
    'does low potassium cause weakness?',
    'I ask because my legs went weak from the feet upwards over the past two days and today my arms are going weak as well',
  ),
  e('ascending-weakness', 'minimised', "I'm probably overthinking it, but since the weekend the weakness has moved from my ankles up to my waist"),
  e('ascending-weakness', 'typo', 'the weekness started in my feet 2 days ago and is spreding up my legs, now my fingers are numb'),
  e('ascending-weakness', 'non-native', 'two days before only my feet was weak, yesterday until the knee, today until the belly, what is happening'),
  e('ascending-weakness', 'child', 'after his tummy bug my son walked oddly, now he cannot get up the stairs and his arms are weak, all in three days'),
  e(
    'ascending-weakness',
    'elderly-parent',
    'my mother has got weaker every day this week, first her feet, then she could not lift her legs onto the bed, and now her arms are going',
  ),
  // Weakness with trouble breathing, choking or swallowing.
  e('weakness-with-breathing-or-swallowing', 'parts-only', 'my legs are weak and food keeps going down the wrong way, I choke on every sip'),
  e('weakness-with-breathing-or-swallowing', 'split', 'My arms and legs have felt weak since yesterday. I also find it hard to swallow my own spit.'),
  e('weakness-with-breathing-or-swallowing', 'later-turn', 'what foods have magnesium?', 'also my whole body feels weak and I cannot take a full breath in'),
  e('weakness-with-breathing-or-swallowing', 'minimised', "not a big emergency I guess but my muscles are so weak and I'm having trouble getting my breath"),
  e('weakness-with-breathing-or-swallowing', 'typo', 'my legs are verry weak and i keep chokeing when i swalow'),
  e('weakness-with-breathing-or-swallowing', 'non-native', 'I am weak in all the body and the breathing is hard, I cannot take enough air'),
  e('weakness-with-breathing-or-swallowing', 'elderly-parent', 'Grandpa is very weak today and he coughs and splutters every time he tries to swallow his food'),
  // Cauda equina.
  e('cauda-equina', 'parts-only', 'my lower back is agony and I cannot feel the toilet paper when I wipe'),
  e('cauda-equina', 'split', 'I have had bad sciatica since Friday. Today I wet myself without realising.'),
  e(
    'cauda-equina',
    'later-turn',
    'is back pain linked to vitamin D?',
    'my back has got worse and now the skin between my legs feels numb and I cannot tell when I need to pee',
  ),
  e('cauda-equina', 'minimised', "I'm sure it's nothing dramatic but since yesterday my inner thighs and bottom feel numb and my back is sore"),
  e('cauda-equina', 'typo', 'my bak is killing me and i cant controll my bladdr since this morning'),
  e('cauda-equina', 'non-native', 'my back pain is very big and the place where I sit feel nothing, also the pee not come'),
  e('cauda-equina', 'elderly-parent', 'my father has a bad back and this morning he lost control of his bowels without noticing'),
  e(
    'cauda-equina',
    'buried-long',
    'I am 45 and I work in a warehouse lifting boxes, so my back has always been a bit stiff and I take vitamin D in winter because I read it helps bones. Last week I hurt it properly. Since yesterday both legs feel strange, my bottom feels numb when I sit on the toilet and peeing is hard to start. Is vitamin D or calcium better for a bad back?',
  ),
  // Chest pain or palpitations with weakness.
  e('chest-pain-or-palpitations-with-weakness', 'parts-only', 'a heavy weight is pressing on the middle of my chest and spreading down my left arm'),
  e('chest-pain-or-palpitations-with-weakness', 'split', 'My heart is going really fast and jumping about. I also feel weak and wobbly.'),
  e('chest-pain-or-palpitations-with-weakness', 'later-turn', 'which foods help with leg cramps?', 'I have had a crushing feeling in my chest for 20 minutes and I feel sick and sweaty'),
  e('chest-pain-or-palpitations-with-weakness', 'minimised', 'probably just heartburn, though my chest feels squeezed and I am clammy and weak'),
  e('chest-pain-or-palpitations-with-weakness', 'typo', 'my chest feels tigth and my hart is fluttering, i feel weak'),
  e('chest-pain-or-palpitations-with-weakness', 'non-native', 'my chest is pressing and hurt, and heart beat very fast not normal, I feel weak'),
  e('chest-pain-or-palpitations-with-weakness', 'elderly-parent', 'Mum is 79, her heart is racing and irregular and she is too weak to stand'),
  e(
    'chest-pain-or-palpitations-with-weakness',
    'buried-long',
    'My legs have been aching for months, mostly in the evenings, and I take a statin so I wondered whether that is the reason, and whether CoQ10 or magnesium would help. I also walk the dog twice a day. This evening, while I was just sitting down, my heart started thumping fast and unevenly and it has not stopped, and my legs feel like jelly. What foods have magnesium?',
  ),
  // Fainting or collapse.
  e('fainting-or-collapse', 'parts-only', 'my husband just dropped to the floor in the kitchen and did not answer me for a minute'),
  e('fainting-or-collapse', 'split', 'Everything went dark and I came round on the bathroom floor. That was ten minutes ago.'),
  e('fainting-or-collapse', 'later-turn', 'what are good sources of iron?', 'my daughter just passed out in the shower'),
  e('fainting-or-collapse', 'minimised', "don't want to make a fuss but I keeled over at work this morning"),
  e('fainting-or-collapse', 'typo', 'i fainterd in the supermarket today and hit my head'),
  e('fainting-or-collapse', 'non-native', 'my friend fall down and she is not waking up for some time, now she is very confuse'),
  e('fainting-or-collapse', 'elderly-parent', 'gran collapsed in the garden and she looks grey'),
  e('fainting-or-collapse', 'child', 'my son went floppy and unconscious for a few seconds at the table'),
  // Breathing difficulty.
  e('breathing-difficulty', 'parts-only', 'I cannot get enough air in, I am sitting still and still gasping'),
  e('breathing-difficulty', 'split', 'I am not doing anything. I just cannot catch my breath at all.'),
  e('breathing-difficulty', 'later-turn', 'does vitamin D help muscles?', 'my chest is heaving and I can barely get words out between breaths'),
  e('breathing-difficulty', 'minimised', 'probably just nerves, but my lips look bluish and breathing is really hard'),
  e('breathing-difficulty', 'typo', 'cant breath properlly, every breth is a fight'),
  e('breathing-difficulty', 'non-native', 'I am not able to take the breath, is very difficult since one hour'),
  e('breathing-difficulty', 'child', 'my toddler is breathing really fast and the skin pulls in under her ribs'),
  e('breathing-difficulty', 'elderly-parent', 'Dad is fighting for breath just lying in bed'),
  // Severe dehydration.
  e('severe-dehydration', 'parts-only', 'I have been throwing up all day and I have not peed since last night'),
  e('severe-dehydration', 'split', 'My stomach bug started yesterday. I cannot keep even water down and I am very dizzy.'),
  e(
    'severe-dehydration',
    'later-turn',
    'are bananas high in potassium?',
    'my son has had diarrhoea all day, his nappy has been dry for 10 hours and he is very sleepy',
  ),
  e('severe-dehydration', 'minimised', 'just a tummy bug probably, but nothing I drink stays down since yesterday and I nearly faint when I stand'),
  e('severe-dehydration', 'typo', 'been vomitting all day and my mouth is so dry, havent urinated since morning'),
  e('severe-dehydration', 'non-native', 'my mother has much diarrhea two days, now she is confuse and not know where she is'),
  e('severe-dehydration', 'elderly-parent', 'my 90 year old dad is muddled and has not passed urine all day in this heatwave'),
  e('severe-dehydration', 'child', 'my baby will not drink, has no tears when she cries and her eyes look sunken'),
  // A hot swollen painful calf.
  e('hot-swollen-calf', 'parts-only', 'one calf is much bigger than the other, hot to touch and it hurts to walk on'),
  e('hot-swollen-calf', 'split', 'After my long flight my left leg swelled up. The calf is red and warm and tender.'),
  e('hot-swollen-calf', 'later-turn', 'is it safe to take iron with tea?', 'separate thing, my calf has been swollen and hot and sore since yesterday'),
  e('hot-swollen-calf', 'minimised', 'probably a pulled muscle but my calf is puffy, red and hot since yesterday'),
  e('hot-swollen-calf', 'typo', 'my calf is swolen and realy hot and painfull'),
  e('hot-swollen-calf', 'non-native', 'my leg under the knee is big and red, hot, pain when I walk'),
  e('hot-swollen-calf', 'elderly-parent', "mum's right calf has come up swollen and red and it feels warm, she had her hip done last week"),
  // A cold pale painful leg.
  e('cold-pale-leg', 'parts-only', 'my foot has gone white and icy and it really hurts, the other one is normal'),
  e('cold-pale-leg', 'split', 'My left leg suddenly feels cold. It looks pale and it is numb and very painful.'),
  e('cold-pale-leg', 'later-turn', 'what is vitamin B12 for?', 'my foot has turned cold and blue in the last hour and it is agony'),
  e('cold-pale-leg', 'minimised', 'maybe I am just cold but my lower leg is pale and freezing and throbbing with pain'),
  e('cold-pale-leg', 'typo', 'my foot is cold and pail and very painfull sudenly'),
  e('cold-pale-leg', 'non-native', 'my leg is cold like ice and color white, very pain, it start one hour ago'),
  e('cold-pale-leg', 'elderly-parent', 'grandad says his leg hurts badly and his toes have gone bluish and cold'),
  // Sudden paralysis or inability to stand.
  e('sudden-paralysis', 'parts-only', 'I got out of bed and my legs just folded under me, I cannot get up off the floor'),
  e('sudden-paralysis', 'split', 'I was fine an hour ago. Now I cannot move either leg.'),
  e('sudden-paralysis', 'later-turn', 'what helps leg cramps?', 'oh no, my legs just went from under me and I cannot get up'),
  e('sudden-paralysis', 'minimised', 'I am probably being dramatic but I woke up and my legs will not move at all'),
  e('sudden-paralysis', 'typo', 'i cant moove my legs at all sudenly'),
  e('sudden-paralysis', 'non-native', 'suddenly my legs not moving, I cannot to stand up'),
  e('sudden-paralysis', 'elderly-parent', 'my wife cannot stand up this morning, her legs will not take her weight at all, yesterday she was walking fine'),
  // Coughing blood.
  e('coughing-blood', 'parts-only', 'I keep coughing and there is bright red in the tissue'),
  e('coughing-blood', 'split', 'I have had a cough for a few days. This morning what came up was streaked with blood.'),
  e('coughing-blood', 'later-turn', 'which foods have vitamin K?', 'I just coughed up some blood'),
  e('coughing-blood', 'minimised', 'probably nothing much, I coughed up a bit of blood earlier'),
  e('coughing-blood', 'typo', 'coughing up blod this morning'),
  e('coughing-blood', 'non-native', 'when I cough come out blood from the mouth'),
  e('coughing-blood', 'elderly-parent', 'my dad has been coughing up blood-stained phlegm since this morning'),
];

export const OWN_URGENT_SOON_4: readonly OwnVignette4[] = [
  soon('lasting-weakness', 'my legs have been getting weaker over the past three weeks, is it my vitamin D?'),
  soon('lasting-weakness', 'for ten days my right hand has felt weaker and I fumble with buttons'),
  soon('lasting-weakness', 'my thighs feel weaker every week when I get out of a chair'),
  soon('lasting-weakness', 'my mum has been getting weaker in her legs for a month or so'),
  soon('lasting-weakness', 'the weakness in my ankles has not improved after two weeks'),
  soon('lasting-weakness', 'probably my age, but my legs have been feeling weaker for a few weeks now'),
  soon('lasting-weakness', 'my leggs are getting weeker since last month'),
  soon('lasting-weakness', 'since two weeks my arms are weak and it is not going better'),
  soon('lasting-numbness', 'a patch on the side of my thigh went numb last week and it is still numb'),
  soon('lasting-numbness', 'my toes have been numb for a week and it is not wearing off'),
  soon('lasting-numbness', 'I noticed numbness in my left foot four days ago and it is still there'),
  soon('lasting-numbness', 'the numbness in my fingertips has lasted a fortnight'),
  soon('lasting-numbness', 'my dad says his feet have felt numb for weeks'),
  soon('lasting-numbness', 'my shin has had no feeling in one spot since last monday and it has not come back'),
  soon('lasting-numbness', 'I have had tingling and numbness in both feet for a month, should I be worried?'),
  soon('breath-with-tiredness', 'I get out of breath on the stairs and I am worn out all the time, could it be anaemia?'),
  soon('breath-with-tiredness', 'lately I feel exhausted and a bit breathless walking to the shops, is that low iron?'),
  soon('breath-with-tiredness', 'my daughter is always tired and gets puffed out quickly these days'),
  soon('breath-with-tiredness', 'feeling wiped out and short of breath doing housework for the past few weeks, which vitamin could help?'),
  soon('breath-with-tiredness', 'is it normal to be so tired and breathless for weeks after having a baby?'),
  soon('breath-with-tiredness', 'I am so fatigued and I get breathless when I walk uphill lately'),
  soon('worsening-limp', 'my limp has been getting worse over the past few weeks'),
  soon('worsening-limp', 'my son has started limping and it is worse each day this week, no injury'),
  soon('worsening-limp', 'my dad has been dragging his foot more and more over the last month'),
  soon('worsening-limp', 'I have been limping for two weeks and it keeps getting worse'),
  soon('more-falls', 'my mother has fallen three times this month, more than before'),
  soon('more-falls', 'I keep tripping and falling more often lately and I do not know why'),
  soon('more-falls', 'grandpa is falling more and more often these weeks'),
  soon('more-falls', 'my wife has had several falls in the past fortnight, her legs seem unsteady'),
  soon('more-falls', 'i fall more often since a few weeks, my legs feel unstable'),
];

export const OWN_CALM_4: readonly OwnVignette4[] = [
  calm('negation', 'no weakness on either side and my speech is fine, I just get cramps at night'),
  calm('negation', 'my calf is not hot or swollen, it is just stiff after the gym'),
  calm('negation', 'I have not fainted or felt dizzy, I only feel tired, what foods have iron?'),
  calm('negation', 'no trouble breathing or swallowing, just tired legs in the evening'),
  calm('negation', 'there is no blood when I cough, it is just a tickly dry cough'),
  calm('negation', 'my bladder and bowels are fine, my back only aches after gardening'),
  calm('negation', 'I can stand and walk fine, my knees just creak'),
  calm('negation', 'my foot is not cold or pale, it just aches in tight shoes'),
  calm('general-question', 'how can you tell if someone is having a stroke?'),
  calm('general-question', 'what does it mean when weakness spreads up the legs?'),
  calm('general-question', 'can low potassium make your heart beat irregularly?'),
  calm('general-question', 'what are the signs of severe dehydration in babies?'),
  calm('general-question', 'why would somebody cough up blood?'),
  calm('general-question', 'when is numbness between the legs an emergency?'),
  calm('general-question', 'what are the symptoms of a blood clot in the leg?'),
  calm('general-question', 'can fainting be caused by low iron?'),
  calm('long-past', 'I had a mini stroke eight years ago and I am fine now, is folate good for the heart?'),
  calm('long-past', 'back in 2019 I fainted a lot when my iron was low, which foods raise iron?'),
  calm('long-past', 'as a child I had pneumonia and coughed up blood, does that matter now?'),
  calm('long-past', 'my dad had a clot in his calf years ago, is it hereditary?'),
  calm('long-past', 'I lost control of my bladder after giving birth many years ago, which foods help muscles?'),
  calm('ordinary-setting', 'my legs turned to jelly after the hill sprints today'),
  calm('ordinary-setting', 'I was puffing and panting after carrying the shopping up four floors'),
  calm('ordinary-setting', 'my heart races when I drink a strong coffee'),
  calm('ordinary-setting', 'my foot went numb after sitting cross-legged and came back after a minute'),
  calm('ordinary-setting', 'my fingers go white in the cold and come back when they warm up'),
  calm('ordinary-setting', 'my mouth is numb on one side after the dentist filled a tooth'),
  calm('ordinary-setting', 'I felt a bit light-headed after giving blood but I am fine now'),
  calm('ordinary-setting', 'my calves are sore and tight the day after a long run'),
  calm('ordinary-setting', 'my ankles swell a little on hot days and go down overnight'),
  calm('ordinary-setting', 'my legs are tired after standing all day at work'),
  calm('look-alike', 'I swallowed my pride and asked for help with my diet'),
  calm('look-alike', 'my heart skipped a beat when I saw my exam results, ha, anyway which foods have zinc?'),
  calm('look-alike', 'the speech I gave at work went badly, but what helps tired legs?'),
  calm('look-alike', 'my son fell off his bike, scraped his knee and is running around again'),
  calm('look-alike', 'my phone suddenly stopped working, unrelated but does iron cause constipation?'),
  calm('look-alike', 'I could not stand the taste of liver, what else has B12?'),
  calm('look-alike', 'my daughter collapsed on the sofa laughing at the film'),
  calm('look-alike', 'I am numb from the news today, which foods help with stress?'),
  calm('look-alike', 'my grandma is weak at maths but strong as an ox, what keeps bones healthy?'),
  calm('look-alike', 'our dog is limping and will not put weight on his paw'),
  calm('look-alike', 'the blood test came back fine, what else could cause cramps?'),
  calm('look-alike', 'breathless with excitement about my holiday! which snacks have potassium?'),
  calm('look-alike', 'my legs feel heavy after a long flight but they are not swollen'),
  calm('negation', 'I do not have chest pain, I want to know which foods are rich in magnesium'),
  calm('look-alike', 'my dad drags his feet about going to the doctor for his cholesterol'),
  calm(
    'ordinary-setting',
    'I am training for a half marathon and I run five times a week. My legs feel heavy and tired after the long runs, and sometimes my calves cramp at night. I eat plenty of pasta and fruit. Do I need extra magnesium or potassium?',
  ),
  calm('look-alike', 'which foods have iron?', 'and which of those are good for children?', 'great, and for someone who is vegetarian?'),
  calm('ordinary-setting', 'what causes leg cramps?', 'I get them mostly after long walks, they go away when I stretch'),
  calm('general-question', 'is sudden leg weakness always serious?'),
];

export const OWN_SET_4: readonly OwnVignette4[] = [...OWN_EMERGENCIES_4, ...OWN_URGENT_SOON_4, ...OWN_CALM_4];
