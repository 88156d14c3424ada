import type { TriageLevel, TriageSignId } from '@/lib/triage';

/**
 * The sixth own triage set (session 8; numbered after the triage engineer's set 5 of the same session), written by the lead engineer from the signs' definitions in
 * issue 10 before any rule change of this session, in styles unlike sets 1-4: the sign told only
 * through what the person can no longer do or through a comparison ("like a puppet with cut
 * strings"), spread over a story, told by a worried onlooker in the third person, with the key
 * words misspelt phonetically, in clipped text-message English, inside a question about food or
 * vitamins, and apologetic. Urgent-soon across its range; calm near-misses that share words with a
 * sign. Not taken from any frozen or gold set, nor from the issue's quoted examples. The writer had
 * read the triage code, so this is a tuning set: tuned on from the moment it was first measured.
 */

export const OWN_STYLES_6 = [
  'lost-ability',
  'comparison',
  'story',
  'onlooker',
  'phonetic-typo',
  'text-speak',
  'inside-diet-question',
  'apologetic',
  // Urgent-soon kinds.
  'lasting',
  'worsening',
  'returning',
  'breath-on-effort',
  // Calm near-miss kinds.
  'negation',
  'general-question',
  'long-past',
  'ordinary-setting',
  'look-alike',
] as const;
export type OwnStyle6 = (typeof OWN_STYLES_6)[number];

/** One case: the conversation's user messages (the level is judged on the last), its level and style. */
export type OwnVignette6 = { messages: readonly string[]; level: TriageLevel; sign?: TriageSignId; style: OwnStyle6 };

const e = (sign: TriageSignId, style: OwnStyle6, ...messages: string[]): OwnVignette6 => ({ messages, level: 'emergency', sign, style });
const soon = (style: OwnStyle6, ...messages: string[]): OwnVignette6 => ({ messages, level: 'urgent-soon', style });
const calm = (style: OwnStyle6, ...messages: string[]): OwnVignette6 => ({ messages, level: 'none', style });

export const OWN_EMERGENCIES_6: readonly OwnVignette6[] = [
  // Stroke, including sudden loss of sight in one eye.
  e('stroke', 'lost-ability', 'all of a sudden I cannot hold a pen with my right hand and my words are coming out wrong'),
  e('stroke', 'onlooker', 'my colleague just started talking nonsense and the left half of her face has gone slack, this happened five minutes ago'),
  e('stroke', 'phonetic-typo', 'my dads face is droopin on one side and his speach is slurd, started just now'),
  e('stroke', 'text-speak', 'mum cant lift her left arm n her mouth looks wonky, came on suddenly'),
  e(
    'stroke',
    'inside-diet-question',
    'I was going to ask which foods have vitamin B12, but my left leg and arm went numb suddenly twenty minutes ago and my face feels odd',
  ),
  e('stroke', 'apologetic', 'sorry to trouble you, my husband suddenly cannot find his words and his right arm has gone floppy'),
  e('stroke', 'comparison', 'it was like a curtain came down over my left eye an hour ago and I still cannot see out of it'),
  // Weakness climbing up the body over hours or days.
  e('ascending-weakness', 'story', 'On Friday my toes tingled. Saturday my calves were weak. Today my thighs will barely hold me and my hands feel clumsy.'),
  e(
    'ascending-weakness',
    'lost-ability',
    'three days ago I tripped over my feet, yesterday I could not climb into the bath and now I cannot lift my arms to brush my hair',
  ),
  e('ascending-weakness', 'onlooker', 'my brother had a stomach bug last week and now the weakness in his feet has moved up to his hips over two days'),
  e('ascending-weakness', 'phonetic-typo', 'weekness started in my feet and has crept up to my nees since tuesday'),
  e('ascending-weakness', 'text-speak', 'legs weak since sun, now its in my arms too, getting worse every day'),
  e('ascending-weakness', 'apologetic', 'I feel silly asking, the numbness began in my soles on monday and by today it has reached my waist'),
  // Weakness with trouble breathing, choking or swallowing.
  e('weakness-with-breathing-or-swallowing', 'lost-ability', 'my legs are giving out and I keep choking when I try to swallow water'),
  e('weakness-with-breathing-or-swallowing', 'onlooker', 'my wife is getting weaker by the hour and now she cannot swallow her own spit'),
  e('weakness-with-breathing-or-swallowing', 'phonetic-typo', 'my muscels are so weak and i cant swalow food properly, it keeps getting stuck'),
  e('weakness-with-breathing-or-swallowing', 'text-speak', 'arms n legs weak, hard to breathe in properly, gets worse lying down'),
  e('weakness-with-breathing-or-swallowing', 'story', 'First my legs got weak over the week. This evening I also struggle to get a full breath in.'),
  e(
    'weakness-with-breathing-or-swallowing',
    'apologetic',
    "sorry if it's nothing, my legs are very weak and food keeps going down the wrong way when I swallow",
  ),
  // Cauda equina.
  e('cauda-equina', 'lost-ability', 'since my back went this morning I cannot feel the toilet paper when I wipe and I cannot tell when I need to pee'),
  e('cauda-equina', 'comparison', 'my bottom and the inside of my thighs feel like they have been injected at the dentist, and my back is killing me'),
  e('cauda-equina', 'onlooker', 'my dad has bad back pain and now says he cannot feel anything between his legs and he has wet himself'),
  e('cauda-equina', 'phonetic-typo', 'bad back pain and numbnes round my privates and bum, also cant control my blader'),
  e('cauda-equina', 'text-speak', 'back agony, numb down there, cant pee since last night'),
  e('cauda-equina', 'inside-diet-question', 'does magnesium help back pain? mine is terrible and since today my groin is numb and both legs feel weak'),
  e('cauda-equina', 'apologetic', 'I hate to ask, but after lifting a sofa my back hurts and I have lost feeling around my anus'),
  // Chest pain or palpitations with weakness.
  e('chest-pain-or-palpitations-with-weakness', 'comparison', 'my chest feels like a tight band is being pulled round it and my legs have gone weak'),
  e('chest-pain-or-palpitations-with-weakness', 'lost-ability', 'my heart is thumping all over the place and I am too weak to get off the sofa'),
  e('chest-pain-or-palpitations-with-weakness', 'onlooker', 'my grandad is clutching his chest, he is grey and sweaty and says his arms feel heavy and weak'),
  e('chest-pain-or-palpitations-with-weakness', 'phonetic-typo', 'my hart is racing and skiping beats and im so weak i cant stand'),
  e('chest-pain-or-palpitations-with-weakness', 'text-speak', 'pressure in chest n left arm, feel weak n sick'),
  e(
    'chest-pain-or-palpitations-with-weakness',
    'inside-diet-question',
    'what foods have potassium? I ask because right now my heart is fluttering fast and my legs are weak and shaky',
  ),
  // Fainting or collapse.
  e('fainting-or-collapse', 'lost-ability', 'my legs went and I blacked out on the kitchen floor a few minutes ago'),
  e('fainting-or-collapse', 'onlooker', 'my teenage son just dropped to the ground at football practice and was out for a minute'),
  e('fainting-or-collapse', 'phonetic-typo', 'my mum fanted in the shop and hit her head, she is awake now but very weak'),
  e('fainting-or-collapse', 'text-speak', 'just passed out in the shower, legs like jelly'),
  e('fainting-or-collapse', 'apologetic', 'probably just low sugar but I keeled over at work an hour ago and lost consciousness'),
  e('fainting-or-collapse', 'story', 'I stood up from the table. Everything went black. I woke up on the floor with my family around me.'),
  // Breathing difficulty.
  e('breathing-difficulty', 'lost-ability', 'I cannot finish a sentence without stopping to gasp for air, even sitting still'),
  e('breathing-difficulty', 'comparison', 'it feels like I am breathing through a straw and my lips look bluish'),
  e('breathing-difficulty', 'onlooker', 'my flatmate is fighting for every breath and cannot talk, she is sitting forward on the bed'),
  e('breathing-difficulty', 'phonetic-typo', 'i cant breth properly at rest and my legs are tired'),
  e('breathing-difficulty', 'text-speak', 'cant get air in, wheezing bad, sitting down doesnt help'),
  e('breathing-difficulty', 'inside-diet-question', 'is iron good for tired legs? also I am really struggling to breathe right now lying in bed'),
  // Severe dehydration.
  e('severe-dehydration', 'lost-ability', 'I have had diarrhoea all day, cannot keep even sips of water down and have not peed since yesterday'),
  e('severe-dehydration', 'onlooker', 'my elderly aunt has been vomiting for two days, is muddled and has not passed urine since this morning'),
  e('severe-dehydration', 'phonetic-typo', 'been throwin up all nite, cant keep water down, realy dizzy and confussed'),
  e('severe-dehydration', 'text-speak', 'toddler sick all day, no wet nappy since morning, very sleepy'),
  e(
    'severe-dehydration',
    'story',
    'The heat at the festival was awful. I stopped sweating, my head is spinning, and I have not needed the toilet for twelve hours.',
  ),
  e('severe-dehydration', 'apologetic', "don't want to make a fuss, my legs are cramping, I'm confused and I haven't had a wee all day after the stomach bug"),
  // Hot, swollen, painful calf.
  e('hot-swollen-calf', 'lost-ability', 'since the flight home I cannot put weight on my left leg, the calf is swollen, red and hot'),
  e('hot-swollen-calf', 'comparison', 'my right calf is puffed up like a balloon, warm to touch and sore, after my knee operation'),
  e('hot-swollen-calf', 'onlooker', 'my mum has been in bed for a week and one of her calves is now swollen, red and painful'),
  e('hot-swollen-calf', 'phonetic-typo', 'my calf is swolen and hot and realy tender since the long bus trip'),
  e('hot-swollen-calf', 'text-speak', 'one leg swollen n red n warm, hurts to walk, been on the pill'),
  e('hot-swollen-calf', 'inside-diet-question', 'which vitamin helps swollen legs? my left calf is hot, red and throbbing since yesterday'),
  // Cold, pale, painful leg.
  e('cold-pale-leg', 'comparison', 'my foot has gone white like marble, cold as ice and it hurts like mad, it came on an hour ago'),
  e('cold-pale-leg', 'onlooker', 'my grandma says her leg is cold and it looks pale and blotchy, she is in a lot of pain'),
  e('cold-pale-leg', 'phonetic-typo', 'my leg sudenly went cold and pale and numm and its very painfull'),
  e('cold-pale-leg', 'text-speak', 'left foot ice cold n bluish, cant feel toes, agony'),
  e('cold-pale-leg', 'lost-ability', 'my right leg went cold and pale this morning and now I cannot move my toes and it aches badly'),
  e('cold-pale-leg', 'apologetic', 'might be nothing but my lower leg is suddenly cold, pale and really painful'),
  // Sudden paralysis or inability to stand.
  e('sudden-paralysis', 'comparison', 'my legs just stopped working like someone flicked a switch, I am on the floor and cannot get up'),
  e('sudden-paralysis', 'lost-ability', 'I woke up and I cannot move either leg at all'),
  e('sudden-paralysis', 'onlooker', 'my husband suddenly cannot stand up, his legs will not take any weight'),
  e('sudden-paralysis', 'phonetic-typo', 'sudenly i cant moove my legs at all'),
  e('sudden-paralysis', 'text-speak', 'legs gone dead suddenly cant stand or walk'),
  e('sudden-paralysis', 'apologetic', 'I am sorry for bothering you but half an hour ago my legs suddenly gave out and I still cannot stand'),
  // Coughing blood.
  e('coughing-blood', 'lost-ability', 'every time I cough I bring up bright red blood'),
  e('coughing-blood', 'onlooker', 'my dad is coughing up blood clots this evening'),
  e('coughing-blood', 'phonetic-typo', 'i am coffing up blod'),
  e('coughing-blood', 'text-speak', 'coughing blood again today n breathless'),
  e('coughing-blood', 'inside-diet-question', 'what should I eat for weak legs? I have also been coughing up blood since this morning'),
  e('coughing-blood', 'comparison', 'when I cough, the phlegm looks like it has streaks of red blood in it, and my chest hurts'),
];

export const OWN_URGENT_SOON_6: readonly OwnVignette6[] = [
  soon('lasting', 'my legs have felt weak for about three weeks and it is not getting better'),
  soon('lasting', 'the numbness in my left foot started a fortnight ago and has not gone away'),
  soon('lasting', 'for the past month my thighs give up halfway up the stairs, every day'),
  soon('lasting', 'tingling in both feet for six weeks now, it never stops'),
  soon('lasting', 'my mum has had weak legs for a couple of months and needs help getting out of a chair now'),
  soon('lasting', 'ive had pins and needles in my hands for weeks now and it hasnt gone'),
  soon('worsening', 'my legs are getting weaker week by week'),
  soon('worsening', 'the weakness in my right leg is slowly getting worse over the last month'),
  soon('worsening', 'my walking has got worse and worse over the past few weeks, I shuffle now'),
  soon('worsening', 'my dad keeps falling more often these past weeks, his legs seem weaker'),
  soon('worsening', 'numbness in my toes is spreading slowly over the past two months'),
  soon('returning', 'my legs keep going weak every few days and it keeps coming back'),
  soon('returning', 'this is the third time this month my legs have felt weak and wobbly'),
  soon('breath-on-effort', 'I get out of breath walking to the shop and I am tired all the time, could it be low iron?'),
  soon('breath-on-effort', 'I have been short of breath on the stairs for a few weeks and feel exhausted, is that anaemia?'),
  soon('breath-on-effort', 'my legs feel heavy and I get winded climbing hills lately, is it my B12?'),
  soon('breath-on-effort', 'for a while now I puff and pant after one flight of stairs and feel drained all day'),
];

export const OWN_CALM_6: readonly OwnVignette6[] = [
  calm('negation', 'no chest pain or breathlessness, just achy calves after work'),
  calm('negation', 'my legs are tired but there is no numbness, no weakness on one side, nothing like that'),
  calm('negation', 'I have not fainted and my heart feels normal, I just get cramps at night'),
  calm('negation', 'no swelling or redness in my calves, they just ache after standing all day'),
  calm('negation', 'bladder and bowels are fine, no numbness, just a stiff lower back'),
  calm('general-question', 'what are the warning signs of a stroke?'),
  calm('general-question', 'is a fluttering heartbeat one of the effects of low magnesium?'),
  calm('general-question', 'does vitamin B12 deficiency cause numbness in the feet?'),
  calm('general-question', 'when is leg swelling a sign of a blood clot?'),
  calm('general-question', 'can dehydration make you faint?'),
  calm('general-question', 'what is cauda equina syndrome?'),
  calm('general-question', 'is coughing up blood ever caused by a vitamin deficiency?'),
  calm('long-past', 'I had a stroke six years ago and my leg is still a bit weak, which vitamins help?'),
  calm('long-past', 'years ago I had a clot in my calf, should I take vitamin E?'),
  calm('long-past', 'when I was a teenager I fainted a lot, now I just get leg cramps'),
  calm('long-past', 'my father had a heart attack in 2010, are heavy legs hereditary?'),
  calm('ordinary-setting', 'after a 20 km run my legs felt like jelly for the rest of the day'),
  calm('ordinary-setting', 'my bum went numb during a long bike ride but it was fine after I got off'),
  calm('ordinary-setting', 'my calves are sore and tight after my first spin class'),
  calm('ordinary-setting', 'I was out of breath after sprinting for the bus but I was fine a minute later'),
  calm('ordinary-setting', 'my foot went to sleep when I sat cross-legged, and came back with pins and needles'),
  calm('ordinary-setting', 'my feet get cold in winter, what helps circulation?'),
  calm('look-alike', 'my legs feel heavy in the evening, is it magnesium?'),
  calm('look-alike', 'which foods have the most vitamin D for tired legs?'),
  calm('look-alike', 'my lower legs knot up with cramp most nights, is that a lack of something?'),
  calm('look-alike', 'I feel a bit tired and my legs ache after walking the dog'),
  calm('look-alike', 'can I take iron and calcium together for my weak legs?'),
  calm('look-alike', 'my daughter has growing pains in her legs at night, is it a deficiency?'),
  calm('look-alike', 'is it normal for my ankles to swell a little on hot days?'),
];
export const OWN_SET_6: readonly OwnVignette6[] = [...OWN_EMERGENCIES_6, ...OWN_URGENT_SOON_6, ...OWN_CALM_6];

/**
 * Probes written after set 6's first rule change, in words of their own, to check that each new
 * part generalises and does not raise a false alarm: [expected level, message].
 */
export const OWN_PROBES_6: ReadonlyArray<readonly [TriageLevel, string]> = [
  ['emergency', 'my right hand and foot went weak a few minutes ago'],
  ['emergency', 'she says her left arm and leg feel heavy and dead since lunch'],
  ['none', 'I had my left arm and leg in plaster last year after the accident'],
  ['emergency', 'the insides of his thighs are numb and he cannot pee'],
  ['emergency', 'my son has not needed the loo all day and he is floppy after vomiting'],
  ['urgent-soon', 'he shuffles more and more every week'],
  ['emergency', 'my leg went cold and white, then the pain started and it is unbearable, my foot looks blotchy and I cannot feel my toes'],
  ['none', 'I breathe like through a straw when my asthma flares, my inhaler sorts it'],
  ['emergency', 'it feels like breathing through a straw and my inhaler is not helping'],
  ['none', 'the dentist numbed my lip this morning and it still feels odd'],
  ['none', 'I was out of breath after the stairs but fine a minute later'],
  ['emergency', 'I cannot catch my breath even sitting down, it was fine after a rest earlier'],
  ['none', 'my bum went numb on the bike and it wore off'],
  ['emergency', 'my bum is numb and I wet myself, it wore off'],
  // Second batch: lay and non-native wording, each checked before the change that follows it.
  ['emergency', 'my vision in the left eye just switched off like a TV ten minutes ago'],
  ['none', 'I switched off the light and my eyes felt tired'],
  ['emergency', 'i no can breathe good and my legs is weak from this morning'],
  ['emergency', 'something is sitting on my chest and my legs are like cooked spaghetti'],
  ['none', 'my dog sat on my chest this morning, my legs are tired'],
  ['emergency', 'my calf blew up like a balloon on one side after the flight and its red'],
  ['emergency', 'the back of my throat closes when I swallow and my arms are weak'],
  ['emergency', 'he is very pale and clammy and keeps drifting off, had diarrhoea for 3 days'],
  ['none', 'I keep drifting off in front of the TV, is that low iron?'],
  // Third batch: calm near-misses and urgent-soon, each checked before the change that follows it.
  ['urgent-soon', 'my mum was told she has low potassium and gets palpitations, which foods help'],
  ['emergency', 'she gets palpitations and now she is very weak and dizzy'],
  ['urgent-soon', 'my chest felt tight during my 10k race but it eased when I slowed down'],
  ['emergency', 'my chest is crushing and it eased a bit but my arm is weak and I am sweating'],
  ['none', 'if my legs went numb suddenly what would that mean'],
  ['emergency', 'my legs went numb suddenly, what would that mean'],
  ['none', 'my grandad had a stroke last spring, what should he eat to get his leg strength back'],
  ['none', 'I felt dizzy when I stood up too quickly this morning, now fine'],
  ['urgent-soon', 'my legs have been feeling weaker over the past couple of months and I trip more'],
  ['urgent-soon', 'i am always out of breath and exhausted lately, could it be anemia'],
  ['none', 'my calves swell by evening when I stand all day at work'],
  // Fourth batch: emergencies in lay words, each a miss before the change that follows it.
  ['emergency', 'my nan keeps repeating herself and cant remember where she is since this afternoon, she was fine this morning'],
  ['urgent-soon', 'my gran has dementia and keeps repeating herself, what vitamins help memory'],
  ['none', 'I cannot remember where I put my vitamin tablets'],
  ['emergency', 'my legs feel strange, like they belong to someone else, and it has crept up to my belly since yesterday'],
  ['emergency', 'I woke up and could not feel my legs from the waist down'],
  ['emergency', 'My arm and my leg on the right side are not doing what I tell them'],
  ['none', 'my legs will not do what I want after a long run'],
];
