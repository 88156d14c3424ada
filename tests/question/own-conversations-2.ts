import { z } from 'zod';
import { frozenTurnSchema } from '@/tests/frozen/answers-schema';

/**
 * A second conversation tuning set of thread10's own (issue 9 item 4), written from the articles
 * in my own wording, in shapes the first own set and the dev set do not use: a second turn that
 * changes the kind of question but keeps the subject, a "that" meaning the previous answer's action
 * or treatment, what-about with a new nutrient, group or symptom, narrowing to foods or a group,
 * corrections, one- or two-word turns, topic switches that must drop the old subject, politeness
 * before a question, and two questions in one turn. TUNED: mechanisms are checked on it, so its
 * figures are tuned figures. Turns use the held-out sets' turn schema (expect groups, mustNotMention).
 */

export const ownShapeSchema = z.enum([
  'kind-change',
  'action-antecedent',
  'what-about',
  'narrowing',
  'correction',
  'elliptical',
  'topic-switch',
  'politeness',
  'two-questions',
]);

export const ownConversationSchema = z.object({
  id: z.string().regex(/^oc\d{2}$/),
  shapes: z.array(ownShapeSchema).min(1),
  turns: z.array(frozenTurnSchema).min(2).max(3),
});
export type OwnConversation = z.infer<typeof ownConversationSchema>;

type Draft = Omit<OwnConversation, 'id'>;

const drafts: Draft[] = [
  // A new kind of question about the same subject.
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'does having too little potassium leave your legs weak?', expect: [['weakness']] },
      { user: 'how bad can it get?', expect: [['irregular heart rhythms', 'paralysis of the respiratory muscles', 'life-threatening']] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'what does iron deficiency do to leg muscles?', expect: [['oxygen']] },
      {
        user: 'who tends to end up with it?',
        expect: [['women of reproductive age', 'chronic blood loss', 'poor dietary iron intake']],
        mustNotMention: ['nursing homes'],
      },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'what does a shortage of vitamin d do to muscles?', expect: [['weakness', 'aches']] },
      {
        user: 'which people are most likely to run short of it?',
        expect: [['limited sun exposure', 'malabsorption', 'chronic kidney disease', 'nursing homes']],
        mustNotMention: ['women of reproductive age'],
      },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'can a magnesium shortage give me cramps?', expect: [['cramps']] },
      { user: 'what brings it on in the first place?', expect: [['alcoholism', 'malabsorption', 'proton pump inhibitors', 'chronic diarrhea']] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'do cholesterol-lowering statins hurt the leg muscles?', expect: [['myopathy', 'muscle pain']] },
      { user: 'how serious can that become?', expect: [['rhabdomyolysis', 'kidney damage', 'life-threatening']] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'how does multiple sclerosis affect the legs?', expect: [['weakness', 'spasticity']] },
      { user: 'does it come and go?', expect: [['fluctuating', 'exacerbations', 'remissions']], mustNotMention: ['diabetic'] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'what is intermittent claudication?', expect: [['cramping pain']] },
      { user: 'does sitting down and resting make it go away?', expect: [['resolves with rest']] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'how do corticosteroids weaken the legs?', expect: [['muscle atrophy', 'protein catabolism', 'muscle wasting']] },
      { user: 'is that more of a risk when you take them for a long time?', expect: [['prolonged use', 'chronic corticosteroid therapy']] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'how does vitamin b12 deficiency affect walking?', expect: [['ataxia', 'difficulty walking', 'balance']] },
      { user: 'can it be undone?', expect: [['correcting', 'improvement', 'resolution', 'supplement']] },
    ],
  },
  {
    shapes: ['kind-change'],
    turns: [
      { user: 'what does dehydration do to blood volume?', expect: [['blood volume']] },
      { user: 'who gets hit hardest?', expect: [['athletes', 'older adults', 'hot climates']] },
    ],
  },
  // "that" is the action or treatment the previous answer spoke of.
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'which nutrient shortage is behind restless legs?', expect: [['iron']] },
      { user: 'does fixing it calm the legs down?', expect: [['iron replacement therapy', 'improve rls']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'is it fine to start magnesium tablets without asking anyone?', expect: [['not recommended', 'adverse effects', 'healthcare provider']] },
      { user: 'why is doing that risky?', expect: [['excessive supplementation', 'adverse effects', 'harmful']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'how can i raise my vitamin d without pills?', expect: [['sun']] },
      { user: 'is doing that safe?', expect: [['safe', 'moderate sun exposure']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'how do doctors check blood flow in the legs?', expect: [['ankle-brachial index', 'doppler ultrasound']] },
      { user: 'and if those find a problem, what can be done about it?', expect: [['lifestyle modifications', 'medication', 'surgical interventions']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'what can be done about a slipped disc pressing on a nerve?', expect: [['physical therapy', 'surgical decompression']] },
      { user: 'what if nobody treats it?', expect: [['muscle atrophy', 'irreversible nerve damage', 'chronic pain']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'what do diuretics do to your electrolytes?', expect: [['hypokalemia', 'hyponatremia', 'electrolyte imbalances']] },
      { user: 'what does that do to the legs?', expect: [['muscle weakness', 'leg weakness', 'cramps', 'fatigue']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'can the diabetes drug metformin lower vitamin levels?', expect: [['b vitamin', 'b12']] },
      { user: 'what does that lead to in the legs?', expect: [['peripheral neuropathy', 'numbness', 'tingling']] },
    ],
  },
  {
    shapes: ['action-antecedent'],
    turns: [
      { user: 'what happens in muscles that run out of energy?', expect: [['fatigue', 'atp', 'adenosine triphosphate']] },
      { user: 'how can i keep that from happening?', expect: [['rest', 'recovery', 'training', 'carbohydrate', 'protein']] },
    ],
  },
  // What about: a new nutrient, group or symptom.
  {
    shapes: ['what-about'],
    turns: [
      { user: 'what kind of leg pain comes from missing vitamin b12?', expect: [['tingling', 'numbness', 'shooting']] },
      { user: 'what about iron?', expect: [['restless legs', 'fatigue', 'cramps']], mustNotMention: ['myelin'] },
    ],
  },
  {
    shapes: ['what-about'],
    turns: [
      { user: 'is a lack of vitamin e common?', expect: [['rare']] },
      { user: 'what about vitamin d deficiency?', expect: [['common']], mustNotMention: ['fat absorption'] },
    ],
  },
  {
    shapes: ['what-about'],
    turns: [
      { user: 'does anemia matter more for older adults?', expect: [['mortality']] },
      { user: 'what about women?', expect: [['women of reproductive age']] },
    ],
  },
  {
    shapes: ['what-about'],
    turns: [
      { user: 'which deficiency makes the area around the mouth tingle?', expect: [['calcium', 'hypocalcemia']] },
      { user: 'what about brittle nails?', expect: [['iron', 'calcium']] },
    ],
  },
  {
    shapes: ['what-about', 'elliptical'],
    turns: [
      { user: 'which shortage can bring on vision problems?', expect: [['b12']] },
      { user: 'and constipation?', expect: [['potassium']] },
    ],
  },
  {
    shapes: ['what-about'],
    turns: [
      { user: 'what job does potassium do in muscles?', expect: [['nerve signals', 'muscle contractions']] },
      { user: 'and calcium?', expect: [['nerve impulses', 'muscle contraction', 'bone']], mustNotMention: ['hypokalemia'] },
    ],
  },
  {
    shapes: ['what-about'],
    turns: [
      { user: 'what does a lack of vitamin d do to children?', expect: [['rickets', 'leg pain']] },
      { user: 'and to grown-ups?', expect: [['osteomalacia']] },
    ],
  },
  // Narrowing: to foods, to a group.
  {
    shapes: ['narrowing'],
    turns: [
      { user: 'what helps stop leg cramps from starting?', expect: [['hydration', 'water', 'magnesium', 'stretch']] },
      { user: 'which foods in particular?', expect: [['bananas', 'spinach', 'nuts', 'avocados', 'leafy greens']] },
    ],
  },
  {
    shapes: ['narrowing'],
    turns: [
      { user: 'how do i get my magnesium back up?', expect: [['diet', 'supplement', 'leafy greens']] },
      { user: 'just through what i eat', expect: [['spinach', 'nuts', 'seeds', 'whole grains', 'almonds']] },
    ],
  },
  {
    shapes: ['narrowing'],
    turns: [
      { user: 'how is a b12 shortage put right?', expect: [['supplement', 'diet']] },
      { user: 'for someone who eats no animal products?', expect: [['supplement', 'fortified cereals']] },
    ],
  },
  {
    shapes: ['narrowing'],
    turns: [
      { user: 'can too little vitamin d weaken the legs?', expect: [['weakness']] },
      { user: 'in older people living in care homes?', expect: [['nursing homes', 'elderly']] },
    ],
  },
  {
    shapes: ['narrowing'],
    turns: [
      { user: 'what can i eat to get more calcium?', expect: [['yogurt', 'cheese', 'milk', 'dairy']] },
      { user: 'anything that is not dairy?', expect: [['leafy greens', 'kale', 'fortified foods']] },
    ],
  },
  // Corrections: the user meant something else.
  {
    shapes: ['correction'],
    turns: [
      { user: 'what are the signs of low calcium?', expect: [['cramps', 'spasms', 'tingling']] },
      { user: 'oops, i was thinking of potassium', expect: [['weakness', 'cramps', 'spasms']], mustNotMention: ['tetany', 'around the mouth'] },
    ],
  },
  {
    shapes: ['correction'],
    turns: [
      { user: 'how does vitamin d help the muscles?', expect: [['calcium']] },
      { user: 'not d, vitamin e', expect: [['nerve function', 'coordination']], mustNotMention: ['sunshine'] },
    ],
  },
  {
    shapes: ['correction'],
    turns: [
      { user: 'what do statins do to leg muscles?', expect: [['myopathy']] },
      { user: 'actually i meant corticosteroids', expect: [['muscle atrophy', 'muscle wasting', 'protein catabolism']], mustNotMention: ['coenzyme q10'] },
    ],
  },
  {
    shapes: ['correction'],
    turns: [
      { user: 'what causes a magnesium deficiency?', expect: [['alcoholism', 'malabsorption', 'proton pump inhibitors']] },
      {
        user: 'make that iron instead',
        expect: [['chronic blood loss', 'poor dietary iron intake', 'women of reproductive age']],
        mustNotMention: ['proton pump'],
      },
    ],
  },
  {
    shapes: ['correction'],
    turns: [
      { user: 'which foods are high in potassium?', expect: [['bananas', 'sweet potatoes']] },
      { user: 'wrong one, i wanted vitamin b12 foods', expect: [['meat', 'eggs', 'dairy']], mustNotMention: ['bananas'] },
    ],
  },
  // One- or two-word turns.
  {
    shapes: ['elliptical'],
    turns: [
      { user: 'what are the symptoms of hypokalemia?', expect: [['weakness', 'cramps', 'spasms']] },
      { user: 'dangers?', expect: [['irregular heart rhythms', 'paralysis', 'life-threatening']] },
    ],
  },
  {
    shapes: ['elliptical'],
    turns: [
      { user: 'which foods contain vitamin b12?', expect: [['meat', 'eggs', 'dairy']] },
      { user: 'vegans?', expect: [['supplement', 'vegan']] },
    ],
  },
  {
    shapes: ['elliptical'],
    turns: [
      { user: 'what is peripheral artery disease?', expect: [['narrowing of arteries']] },
      { user: 'tests?', expect: [['ankle-brachial index', 'doppler']] },
    ],
  },
  {
    shapes: ['elliptical'],
    turns: [
      { user: 'what does low magnesium feel like in the legs?', expect: [['cramps', 'twitch', 'spasms']] },
      { user: 'causes?', expect: [['alcoholism', 'malabsorption', 'proton pump inhibitors', 'diarrhea']] },
    ],
  },
  {
    shapes: ['elliptical'],
    turns: [
      { user: 'can not drinking enough water give you cramps?', expect: [['dehydration', 'electrolyte']] },
      { user: 'prevention?', expect: [['drinking plenty of water', 'hydration', 'water']] },
    ],
  },
  {
    shapes: ['elliptical'],
    turns: [
      { user: 'tell me about thyroid problems and weak legs', expect: [['hypothyroidism', 'hyperthyroidism', 'myopathy']] },
      { user: 'which muscles?', expect: [['proximal muscles', 'hips and thighs']] },
    ],
  },
  // A topic switch that names a new covered subject: the old one must not come along.
  {
    shapes: ['topic-switch'],
    turns: [
      { user: 'what foods raise vitamin d levels?', expect: [['fatty fish', 'egg yolks']] },
      {
        user: 'how does a potassium deficiency cause weakness?',
        expect: [['electrical signals', 'nerve signals']],
        mustNotMention: ['egg yolks', 'fatty fish'],
      },
    ],
  },
  {
    shapes: ['topic-switch'],
    turns: [
      { user: 'is iron deficiency linked to restless legs?', expect: [['restless legs']] },
      { user: 'what does chemotherapy do to the nerves?', expect: [['peripheral neuropathy']], mustNotMention: ['hemoglobin'] },
    ],
  },
  {
    shapes: ['topic-switch'],
    turns: [
      { user: 'what is rickets?', expect: [['children', 'vitamin d']] },
      { user: 'how does a blood clot in the leg show itself?', expect: [['pain', 'swelling']], mustNotMention: ['rickets'] },
    ],
  },
  {
    shapes: ['topic-switch', 'what-about'],
    turns: [
      { user: 'which foods are good for magnesium?', expect: [['spinach', 'almonds', 'nuts', 'leafy greens']] },
      { user: 'and potassium?', expect: [['bananas', 'sweet potatoes']] },
      { user: 'how are thyroid problems connected to weak legs?', expect: [['myopathy', 'hypothyroidism']], mustNotMention: ['bananas'] },
    ],
  },
  {
    shapes: ['topic-switch'],
    turns: [
      { user: 'what does calcium do for bones?', expect: [['bone']] },
      { user: 'how do herniated discs cause leg weakness?', expect: [['nerve']], mustNotMention: ['osteoporosis'] },
    ],
  },
  // Greetings or thanks before a question.
  {
    shapes: ['politeness'],
    turns: [
      { user: 'hey there, what does low calcium do to the bones?', expect: [['osteoporosis', 'from the bones']] },
      { user: 'thanks a lot. how about its effect on the brain?', expect: [['neurological and psychological symptoms', 'confusion']] },
    ],
  },
  {
    shapes: ['politeness'],
    turns: [
      { user: 'which vitamin is nicknamed after the sun?', expect: [['vitamin d']] },
      { user: 'great, thank you! where else can i get it?', expect: [['fatty fish', 'egg yolks', 'fortified']] },
    ],
  },
  {
    shapes: ['politeness'],
    turns: [
      { user: 'hello, can medicines make my legs weak?', expect: [['statins', 'diuretics', 'corticosteroids']] },
      { user: 'thank you. which cancer drugs?', expect: [['taxanes', 'platinum-based', 'vinca alkaloids']] },
    ],
  },
  {
    shapes: ['politeness', 'kind-change'],
    turns: [
      { user: 'good evening! what does vitamin b12 do for nerves?', expect: [['myelin', 'nerve']] },
      { user: 'much appreciated. who needs to watch out for it?', expect: [['vegan', 'alcoholism', 'malabsorption', 'metformin']] },
    ],
  },
  // Two questions in one turn.
  {
    shapes: ['two-questions'],
    turns: [
      { user: 'what does iron do in the body?', expect: [['hemoglobin', 'oxygen']] },
      {
        user: 'what are the signs it is low and what should i eat?',
        expect: [
          ['fatigue', 'pale skin', 'weakness', 'tiredness'],
          ['red meat', 'lentils', 'spinach'],
        ],
      },
    ],
  },
  {
    shapes: ['two-questions'],
    turns: [
      { user: 'what is hypomagnesemia?', expect: [['magnesium deficiency']] },
      { user: 'what causes it and how is it found?', expect: [['alcoholism', 'malabsorption', 'proton pump'], ['blood tests']] },
    ],
  },
  {
    shapes: ['two-questions'],
    turns: [
      { user: 'can diabetes damage the nerves in the legs?', expect: [['diabetic neuropathy']] },
      {
        user: 'how does that happen and what are the signs?',
        expect: [
          ['blood glucose', 'microvascular'],
          ['numbness', 'tingling'],
        ],
      },
    ],
  },
  {
    shapes: ['two-questions', 'kind-change'],
    turns: [
      { user: 'how does iron deficiency cause cramps?', expect: [['lactic acid', 'oxygen']] },
      { user: 'how would a doctor confirm it, and what would they suggest?', expect: [['blood tests'], ['supplement', 'diet', 'iron-rich']] },
    ],
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

export const ownConversations2: OwnConversation[] = z.array(ownConversationSchema).parse(drafts.map((d, i) => ({ id: `oc${pad(i + 1)}`, ...d })));
