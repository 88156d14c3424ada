import type { TriageLevel, TriageSignId } from '@/lib/triage';

/**
 * The triage engineer's third own set (session 5), written from the signs' definitions in the
 * issue before any rule change of this session: every sign in several styles, calm near-misses of
 * each kind the issue names, and urgent-soon messages. Not taken from any frozen or gold set, nor
 * from the issue's quoted examples. Tuned on from the moment it was first measured.
 */

export const OWN_STYLES = [
  'plain',
  'lay',
  'typo',
  'non-native',
  'no-punctuation',
  'downplaying',
  'third-person',
  'parent-child',
  'buried',
  'second-turn',
  'general-question',
  'negation',
  'long-past',
  'ordinary-setting',
  'hypothetical',
  'someone-elses-past',
  'chronic-food',
  'look-alike',
] as const;
export type OwnStyle = (typeof OWN_STYLES)[number];

/** One case: the conversation's user messages (the level is judged on the last), its level and style. */
export type OwnVignette = { messages: readonly string[]; level: TriageLevel; sign?: TriageSignId; style: OwnStyle };

const e = (sign: TriageSignId, style: OwnStyle, ...messages: string[]): OwnVignette => ({ messages, level: 'emergency', sign, style });
const soon = (style: OwnStyle, text: string): OwnVignette => ({ messages: [text], level: 'urgent-soon', style });
const calm = (style: OwnStyle, ...messages: string[]): OwnVignette => ({ messages, level: 'none', style });

export const OWN_EMERGENCIES_3: readonly OwnVignette[] = [
  // Stroke, including sudden loss of sight in one eye.
  e('stroke', 'plain', 'My right arm and right leg suddenly went weak about twenty minutes ago.'),
  e('stroke', 'lay', 'the left half of my face has gone all saggy and my words are coming out mushy'),
  e('stroke', 'typo', 'my wifes face is droopng on one side and she cant lift her arm'),
  e('stroke', 'non-native', 'my father since one hour he cannot speaking good and his mouth go to one side'),
  e('stroke', 'downplaying', 'probably just tiredness but the sight in my left eye blacked out for a few minutes, it is back now'),
  e('stroke', 'parent-child', "my 10 year old suddenly can't move his left arm and his talking is slurred"),
  e('stroke', 'no-punctuation', 'dad cant say his words properly and his smile is crooked on one side since tea time help'),
  e('stroke', 'second-turn', 'what foods have vitamin B12?', 'actually my mum just now started dragging her right foot and her right hand is clumsy'),
  e('stroke', 'lay', 'out of the blue I cannot see anything out of my right eye'),
  // Weakness climbing up the body over hours or days.
  e('ascending-weakness', 'plain', 'Three days ago my feet started feeling weak and now the weakness has reached my thighs.'),
  e('ascending-weakness', 'lay', "pins and needles began in my toes on saturday and now it's up past my knees and into my hands"),
  e('ascending-weakness', 'typo', 'the weaknes started in my feet and is creaping up my legs, now my arms feel weak to'),
  e('ascending-weakness', 'non-native', 'first my foot weak, after two days knee weak, now also the hand, it go up'),
  e('ascending-weakness', 'third-person', "my husband's legs have been getting weaker each day since his stomach bug and today he struggles to lift his arms"),
  e('ascending-weakness', 'parent-child', "my daughter was wobbly on her feet on tuesday, now she can't climb onto the sofa and her arms are floppy too"),
  e('ascending-weakness', 'downplaying', "I don't want to make a fuss, but the numbness that was only in my soles on Sunday now goes up to my waist"),
  e(
    'ascending-weakness',
    'buried',
    'I have been trying to eat more iron since my blood test showed it was a bit low, mostly lentils and spinach, and I take a vitamin C tablet with it. The odd thing is my legs. The weakness began in my ankles at the weekend, by yesterday it was in my knees and today my hips feel weak as well. Should I take the iron with orange juice?',
  ),
  // Weakness with trouble breathing, choking or swallowing.
  e('weakness-with-breathing-or-swallowing', 'plain', 'My legs are very weak and I am finding it hard to swallow.'),
  e('weakness-with-breathing-or-swallowing', 'lay', 'my arms feel like lead and every sip of water goes down the wrong way'),
  e('weakness-with-breathing-or-swallowing', 'third-person', 'my grandad is weak all over and he splutters and chokes every time he tries to eat'),
  e('weakness-with-breathing-or-swallowing', 'non-native', 'i am weak in all my body and the food not going down, i choke'),
  e('weakness-with-breathing-or-swallowing', 'typo', 'legs weak and swalloing is getting dificult'),
  e('weakness-with-breathing-or-swallowing', 'plain', 'my muscles are so weak that I can hardly take a deep breath'),
  e('weakness-with-breathing-or-swallowing', 'downplaying', "it's probably just a virus but my legs are weak and breathing feels like hard work"),
  // Cauda equina.
  e('cauda-equina', 'plain', 'I have bad low back pain and since this morning I cannot feel the skin around my anus.'),
  e('cauda-equina', 'lay', "my back went at work and now when I sit on the loo I can't feel my bottom properly"),
  e('cauda-equina', 'typo', 'lower back pain and numbnes in my groin, also truble weeing'),
  e('cauda-equina', 'non-native', 'my back is very pain and i not feel when i go to toilet for the pee'),
  e('cauda-equina', 'downplaying', 'probably overthinking it, but since my back flared up I have wet myself without noticing'),
  e('cauda-equina', 'third-person', 'my wife has sciatica down both legs and now she says her bottom and inner thighs feel numb'),
  e('cauda-equina', 'no-punctuation', 'cant feel my private parts and legs weak after hurting my back lifting boxes'),
  e(
    'cauda-equina',
    'buried',
    'I slipped a disc years ago and I have always managed it with stretches and magnesium. It flared up again on Friday. Since last night I have not been able to empty my bladder properly and both legs feel odd. Is magnesium glycinate better than citrate for back muscles?',
  ),
  // Chest pain or palpitations with weakness.
  e('chest-pain-or-palpitations-with-weakness', 'plain', 'I have pressure in the middle of my chest and my legs feel weak.'),
  e('chest-pain-or-palpitations-with-weakness', 'lay', 'it feels like someone is kneeling on my chest and my arms have no strength'),
  e('chest-pain-or-palpitations-with-weakness', 'typo', 'chest pian and im sweating and feel weak'),
  e('chest-pain-or-palpitations-with-weakness', 'non-native', 'my heart is beat very fast and not regular, i feel weak and dizzy'),
  e('chest-pain-or-palpitations-with-weakness', 'downplaying', "it's probably indigestion but there's a tight band across my chest and I feel weak and clammy"),
  e('chest-pain-or-palpitations-with-weakness', 'third-person', "my dad says his heart is pounding and skipping and he's too weak to stand"),
  e('chest-pain-or-palpitations-with-weakness', 'lay', 'there is a heavy ache behind my breastbone that goes up into my jaw'),
  e(
    'chest-pain-or-palpitations-with-weakness',
    'buried',
    'Long story, sorry. I started a low-carb diet a month ago and I have been getting cramps, so I wondered about potassium. Tonight while watching TV my heart started fluttering really fast and it has not settled, and my legs feel too weak to get up. Which foods are high in potassium?',
  ),
  // Fainting or collapse.
  e('fainting-or-collapse', 'plain', 'My mother fainted in the kitchen a few minutes ago.'),
  e('fainting-or-collapse', 'lay', 'I went down in a heap at the bus stop and woke up with people standing over me'),
  e('fainting-or-collapse', 'typo', 'my son passd out at school and his legs are weak'),
  e('fainting-or-collapse', 'non-native', 'my friend fall on the floor and she not answer me'),
  e('fainting-or-collapse', 'parent-child', 'my toddler went limp and stopped responding to us for a minute'),
  e('fainting-or-collapse', 'downplaying', "I'm sure it's nothing, I blacked out for a few seconds on the stairs"),
  e('fainting-or-collapse', 'second-turn', 'is it ok to take zinc and iron together?', 'my husband has just collapsed on the bathroom floor'),
  // Breathing difficulty.
  e('breathing-difficulty', 'plain', 'I am struggling to breathe even when sitting still.'),
  e('breathing-difficulty', 'lay', "I can't catch my breath and I'm gasping between words"),
  e('breathing-difficulty', 'typo', 'i cant breath properly and my lips feel tingly'),
  e('breathing-difficulty', 'non-native', 'my mother breathing is very bad, she cannot take the air'),
  e('breathing-difficulty', 'parent-child', 'my son is wheezing and the skin under his ribs sucks in with every breath'),
  e('breathing-difficulty', 'downplaying', 'probably nothing, I just cannot get a full breath in while lying in bed'),
  e(
    'breathing-difficulty',
    'buried',
    'My legs have been tired and achy for ages and my doctor said my vitamin D was low, so I take 1000 units a day. This evening though I am really struggling for breath just sitting on the sofa and my chest feels tight. How long does vitamin D take to work?',
  ),
  // Severe dehydration.
  e('severe-dehydration', 'plain', 'I have had diarrhoea and vomiting for two days and have not passed urine since yesterday.'),
  e('severe-dehydration', 'lay', "my nan has had the runs for days, she's barely drinking and is very drowsy"),
  e('severe-dehydration', 'parent-child', 'my baby has been sick after every feed today and her nappy has been dry since morning'),
  e('severe-dehydration', 'non-native', 'i vomit all the day, the water not stay inside me, very dizzy'),
  e('severe-dehydration', 'typo', 'been vomitting non stop and now im confussed'),
  e('severe-dehydration', 'downplaying', "don't want to waste anyone's time, I can't keep any water down since this morning and I feel faint"),
  // A hot swollen painful calf.
  e('hot-swollen-calf', 'plain', 'My right calf is swollen, red and hot to the touch.'),
  e('hot-swollen-calf', 'lay', 'one of my lower legs has puffed up and it feels warm and throbs'),
  e('hot-swollen-calf', 'typo', 'my calf is swolen and red and realy painfull since the flight'),
  e('hot-swollen-calf', 'non-native', 'my leg calf is big and red and very hurt, the other leg is normal'),
  e('hot-swollen-calf', 'downplaying', 'probably no need to panic but my calf has been swollen, warm and tender since I got off the plane'),
  e('hot-swollen-calf', 'third-person', "my mum's calf has swollen up and is hot and sore since her hip operation"),
  // A cold pale painful leg.
  e('cold-pale-leg', 'plain', 'My left foot suddenly went cold and pale and it is very painful.'),
  e('cold-pale-leg', 'lay', 'my leg has gone a horrible white colour, feels like ice and hurts loads'),
  e('cold-pale-leg', 'typo', 'my foot is cold and bluish and realy painfull'),
  e('cold-pale-leg', 'non-native', 'my grandfather leg is cold like ice and white, he has much pain'),
  e('cold-pale-leg', 'downplaying', 'sorry to bother you but my toes have turned blue and numb and my foot is icy'),
  // Sudden paralysis or inability to stand.
  e('sudden-paralysis', 'plain', 'I suddenly cannot move either of my legs.'),
  e('sudden-paralysis', 'lay', "my legs have just gone from under me and they won't let me stand"),
  e('sudden-paralysis', 'non-native', 'i wake up and i cannot stand, legs not work at all'),
  e('sudden-paralysis', 'third-person', 'my husband fell and now he says he cannot feel or move his legs'),
  e('sudden-paralysis', 'typo', 'sudenly i cant stand up, my legs wont work'),
  e('sudden-paralysis', 'downplaying', 'I feel silly asking, but an hour ago both my legs went dead and I still cannot get off the floor'),
  // Coughing blood.
  e('coughing-blood', 'plain', 'I coughed up a mouthful of blood this morning.'),
  e('coughing-blood', 'lay', 'every time I cough there are red bits in the tissue'),
  e('coughing-blood', 'typo', 'im coghing up blod'),
  e('coughing-blood', 'non-native', 'when i cough the blood comes from my mouth'),
  e('coughing-blood', 'third-person', 'my dad keeps coughing and spitting out blood'),
  e('coughing-blood', 'downplaying', "it's probably from my sore throat but I coughed up bright red blood twice today"),
];

export const OWN_URGENT_SOON_3: readonly OwnVignette[] = [
  soon('plain', 'my legs have felt weaker and weaker over the last month, should I see someone?'),
  soon('plain', 'the numb patch on my shin has been there for three weeks now'),
  soon('plain', 'I have been breathless and exhausted for a few weeks, could it be low iron?'),
  soon('plain', 'my knees give way sometimes when I walk, I have not fallen, what might cause it?'),
  soon('plain', 'my grip has been getting weaker for weeks and I keep dropping cups'),
  soon('third-person', "my mum's legs give way now and then when she walks to the shops"),
  soon('plain', 'I get out of breath walking to the car and I feel tired all the time lately'),
  soon('non-native', 'since three weeks my legs are more weak every week'),
  soon('typo', 'my foot has been numb for two weeks and its not going away'),
  soon('third-person', 'my dad has been short of breath and weary for a couple of weeks, is it his B12?'),
  soon('plain', 'my left leg gives out on the stairs sometimes, it has happened a few times this month'),
  soon('plain', 'my hands have been numb every morning for a fortnight'),
  soon('chronic-food', 'my legs have felt heavy and weak for weeks, I am vegan, which B12 should I take?'),
  soon('downplaying', 'probably nothing but my right leg has been getting gradually weaker over two months'),
  soon('parent-child', 'my toddler has been tripping more than usual for the last few weeks'),
  soon('plain', 'my feet have had pins and needles for over a month'),
  soon('plain', 'I get winded on one flight of stairs now and I feel drained, is it anaemia?'),
  soon('plain', 'the weakness in my thigh is still there after three weeks'),
  soon('plain', 'I have had numbness in my little finger for ten days that does not go away'),
  soon('plain', 'my legs buckle now and then when I stand up after sitting, nothing else'),
  soon('no-punctuation', 'my legs keep getting weaker since january what vitamin could it be'),
  soon('plain', 'I feel out of breath and worn out doing the housework these days, should I get my iron checked?'),
];

export const OWN_CALM_3: readonly OwnVignette[] = [
  calm('general-question', 'what are the warning signs of Guillain-Barré syndrome?'),
  calm('general-question', 'how do I know if a leg clot is serious?'),
  calm('general-question', 'can dehydration make you faint?'),
  calm('general-question', 'does low magnesium cause palpitations?'),
  calm('negation', 'no numbness and no weakness, I just want to know good sources of folate'),
  calm('negation', 'my calf is not swollen or red, it just aches after running'),
  calm('negation', "I've never fainted but I feel tired a lot, is it iron?"),
  calm('long-past', 'I had Guillain-Barré syndrome ten years ago and recovered, which vitamins matter for nerves?'),
  calm('long-past', 'I coughed up blood once as a student when I had bronchitis, which foods have vitamin C?'),
  calm('long-past', 'I had a clot in my leg back in 2015, should I avoid vitamin K foods?'),
  calm('ordinary-setting', 'my legs were like jelly after the spin class'),
  calm('ordinary-setting', 'my bum goes numb on long car journeys'),
  calm('ordinary-setting', 'my heart pounds after three espressos'),
  calm('ordinary-setting', 'I get breathless running for the bus'),
  calm('ordinary-setting', 'my feet are cold and white when I come in from the snow'),
  calm('ordinary-setting', 'my face is still numb from the injection at the dentist'),
  calm('ordinary-setting', 'my legs wobble after a long bike ride'),
  calm('hypothetical', 'if a person suddenly cannot speak, what should you do?'),
  calm('hypothetical', "suppose someone's face droops, is that always a stroke?"),
  calm('someone-elses-past', 'my uncle had a stroke last year, are there foods that lower the risk?'),
  calm('someone-elses-past', 'my friend fainted at her wedding years ago, can low iron cause that?'),
  calm('chronic-food', 'my legs have always been a bit weak, what foods build muscle?'),
  calm('chronic-food', 'I take magnesium for cramps, is it safe with vitamin D?'),
  calm('chronic-food', 'which foods help with long-term tiredness in the legs?'),
  calm('chronic-food', 'my periods are heavy and I am tired, which iron tablets are best?'),
  calm('chronic-food', 'I have had mild tingling in my feet for years from diabetes, does B12 help?'),
  calm('look-alike', 'my leg fell asleep on the train'),
  calm('look-alike', 'I dropped my coffee this morning because the cup was too hot'),
  calm('look-alike', 'the left side of my car is scratched, anyway what is B12 for?'),
  calm('look-alike', 'my daughter choked with laughter at the joke'),
  calm('look-alike', "I can't swallow big pills, is there a liquid iron?"),
  calm('look-alike', 'my voice is hoarse after singing at the concert'),
  calm('look-alike', 'I lost my glasses and my vision is blurry without them'),
  calm('look-alike', 'my heart is set on a vegan diet, which B12 source is best?'),
  calm('look-alike', 'breathing exercises help my anxiety, do they help with cramps too?'),
  calm('parent-child', "my son's legs ache at night, are they growing pains? which foods have calcium?"),
  calm('second-turn', 'which foods have iron?', 'and what about for my kids, they are picky eaters'),
  calm('second-turn', 'my legs feel tired in the evening', 'would potassium or magnesium help more with that?'),
  calm('third-person', "my dad's feet get cold in winter, should he take iron?"),
  calm('ordinary-setting', 'I felt a bit dizzy standing up from a hot bath but it passed at once'),
];

export const OWN_SET_3: readonly OwnVignette[] = [...OWN_EMERGENCIES_3, ...OWN_URGENT_SOON_3, ...OWN_CALM_3];
