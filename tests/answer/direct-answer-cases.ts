/**
 * lead10's own TUNING cases for the composition of an answer (issue 9 item 3): which sentence
 * leads and which facts get in. Written 2026-12-08 from the five articles alone, in my own words
 * (no question copied from a gold, dev or frozen set, nor from the issue's examples). Tuned on, so
 * their figures are tuned ones.
 *
 * Each case's first phrase group is what a direct first sentence must carry (worded as the
 * articles word it, lowercase); further groups must appear somewhere in the answer.
 */
import { z } from 'zod';
import { frozenQuestionSchema, type FrozenQuestion } from '../frozen/answers-schema';

const WEAKNESS = '000_1145ec47e71046e7';
const HEAVY = '001_754de6f1aa89065a';
const PAIN = '002_b6624324fb6154d5';
const MUSCLE = '003_2485732227a15f94';
const REASONS = '004_113f7c2e6d9d5b74';

type Draft = Omit<FrozenQuestion, 'id'>;

function c(style: Draft['style'], kind: Draft['kind'], from: Draft['from'], docId: string, question: string, expect: string[][], yesNo?: 'yes' | 'no'): Draft {
  return yesNo ? { style, kind, from, docId, question, expect, yesNo } : { style, kind, from, docId, question, expect };
}

const drafts: Draft[] = [
  // Vitamin D
  c('clinical', 'what', 'prose', WEAKNESS, 'What does a lack of vitamin D do to the bones of children?', [['rickets']]),
  c('lay', 'why', 'prose', MUSCLE, 'why would being short on the sunshine vitamin leave my muscles aching?', [
    ['calcium absorption', 'absorption of calcium', 'muscle protein synthesis'],
  ]),
  c('clinical', 'which', 'prose', WEAKNESS, 'Which vitamin deficiency leads to osteomalacia?', [['vitamin d']]),
  // Potassium
  c('lay', 'yes-no', 'prose', WEAKNESS, 'can running low on potassium be dangerous for my heart?', [['irregular heart rhythms', 'irregular heartbeat']], 'yes'),
  c('clinical', 'why', 'prose', WEAKNESS, 'Why does hypokalemia weaken the muscles?', [
    ['electrical signals', 'membrane potential', 'responsiveness to nerve stimulation', 'excitability'],
  ]),
  c('lay', 'foods', 'table', PAIN, 'what should go on my shopping list to get more potassium?', [['bananas', 'sweet potatoes', 'salmon']]),
  c('typo', 'symptoms', 'prose', WEAKNESS, 'symtoms of potasium deficiency', [['muscle weakness', 'cramps', 'spasms']]),
  // Magnesium
  c('lay', 'yes-no', 'faq', MUSCLE, 'could my calf cramps in bed at night come from too little magnesium?', [['cramps']], 'yes'),
  c('lay', 'which', 'prose', REASONS, 'which medicines can drain magnesium from my body?', [['proton pump inhibitors']]),
  c('keyword', 'foods', 'list', HEAVY, 'magnesium rich foods', [['spinach', 'nuts', 'almonds', 'leafy greens', 'whole grains', 'seeds']]),
  c('clinical', 'what', 'prose', WEAKNESS, 'What part does magnesium play in how muscles work?', [['relax', 'relaxation']]),
  c(
    'typo',
    'yes-no',
    'faq',
    HEAVY,
    'is magnesuim defficiency the same thing as restless legs?',
    [['no, magnesium deficiency', 'multiple potential causes', 'can be a cause of rls']],
    'no',
  ),
  // Calcium
  c('clinical', 'symptoms', 'prose', WEAKNESS, 'What are the signs of severe hypocalcemia?', [['tetany', 'tingling', 'muscle aches, cramps']]),
  c('lay', 'what', 'prose', WEAKNESS, 'what happens to my skeleton if the calcium in my blood stays low?', [['osteoporosis', 'taking calcium from the bones']]),
  c('typo', 'foods', 'table', PAIN, 'wich foods give you calcium', [['yogurt', 'cheese', 'milk', 'dairy']]),
  // Iron
  c('lay', 'why', 'prose', WEAKNESS, 'why does not having enough iron make my legs feel worn out?', [['oxygen']]),
  c('clinical', 'yes-no', 'prose', PAIN, 'Does iron deficiency cause restless legs syndrome?', [['restless legs syndrome', 'rls']], 'yes'),
  c('clinical', 'treatment', 'prose', PAIN, 'Does iron replacement help restless legs in people who are deficient?', [['iron replacement therapy']], 'yes'),
  c('lay', 'foods', 'list', MUSCLE, 'what plant foods can I eat to get my iron up?', [['lentils', 'spinach', 'beans', 'chickpeas']]),
  c('clinical', 'risk', 'prose', WEAKNESS, 'In older adults, what makes anemia together with weak muscles dangerous?', [['mortality']]),
  // Vitamin B12
  c('clinical', 'how', 'prose', PAIN, 'How does a B12 deficiency damage the nerves?', [['myelin']]),
  c('lay', 'risk', 'list', MUSCLE, "i've gone vegan, am i more likely to end up short of b12?", [['vegan diet', 'vegan diets']], 'yes'),
  c('lay', 'symptoms', 'prose', MUSCLE, 'what does running low on b12 feel like in my feet?', [['tingling', 'numbness']]),
  c('keyword', 'foods', 'list', MUSCLE, 'b12 food sources', [['meat', 'eggs', 'dairy', 'animal products']]),
  c('typo', 'why', 'prose', HEAVY, 'why does vitamin b12 defeciency cause numbnes', [['myelin', 'nerve damage', 'damage the nerves', 'damage these nerves']]),
  // Vitamin E and the B vitamins
  c('clinical', 'yes-no', 'faq', MUSCLE, 'Is vitamin E deficiency common?', [['rare']], 'no'),
  c('lay', 'risk', 'prose', MUSCLE, 'what sort of people end up lacking vitamin e?', [['fat absorption']]),
  c('clinical', 'which', 'prose', REASONS, 'Which B vitamins are needed for healthy nerves?', [['thiamine', 'pyridoxine', 'cobalamin']]),
  c('lay', 'which', 'prose', REASONS, 'which diabetes pill can leave you low in b vitamins?', [['metformin']]),
  // Dehydration and electrolytes
  c('lay', 'yes-no', 'faq', REASONS, 'can not drinking enough water make my legs go weak?', [['blood volume', 'leg weakness', 'muscle weakness']], 'yes'),
  c('clinical', 'risk', 'prose', WEAKNESS, 'Who is most at risk of weakness from dehydration?', [['athletes', 'older adults', 'hot climates']]),
  c('clinical', 'how', 'prose', REASONS, 'How does dehydration reduce leg strength?', [['blood volume', 'electrolyte']]),
  c('lay', 'which', 'prose', REASONS, 'which minerals are the electrolytes that keep leg muscles working?', [['potassium', 'sodium', 'magnesium', 'calcium']]),
  c(
    'long',
    'risk',
    'prose',
    REASONS,
    "I'm training for a marathon and I drink loads of plain water on my long runs without anything salty; lately my legs feel weak. Could that be it?",
    [['sodium', 'hyponatremia']],
  ),
  // Medicines
  c('lay', 'yes-no', 'prose', REASONS, 'can my cholesterol tablets be the reason my legs hurt and feel weak?', [['statins', 'myopathy']], 'yes'),
  c('clinical', 'why', 'prose', REASONS, 'Why do statins damage muscle?', [['mitochondrial', 'coenzyme q10']]),
  c('clinical', 'what', 'prose', REASONS, 'What is rhabdomyolysis?', [['life-threatening']]),
  c('lay', 'which', 'prose', REASONS, 'which water pills carry the biggest risk of upsetting my electrolytes?', [['loop diuretics', 'furosemide']]),
  c('lay', 'what', 'prose', REASONS, 'what do long courses of steroids do to thigh muscles?', [['atrophy', 'muscle wasting']]),
  c('clinical', 'which', 'prose', REASONS, 'Which chemotherapy drugs can cause peripheral neuropathy?', [['taxanes', 'platinum-based', 'vinca alkaloids']]),
  // Other conditions
  c('lay', 'how', 'prose', REASONS, 'how does diabetes end up making the legs weak?', [['diabetic neuropathy', 'nerve damage', 'blood glucose']]),
  c('clinical', 'what', 'prose', REASONS, 'What is intermittent claudication?', [['cramping pain']]),
  c('clinical', 'what', 'prose', REASONS, 'What does multiple sclerosis do to the nervous system?', [['demyelination']]),
  c('lay', 'what', 'faq', REASONS, 'what can squash the nerves that run down to my legs?', [['spinal stenosis', 'herniated discs']]),
  // Tests, treatment, advice
  c('lay', 'tests', 'prose', WEAKNESS, 'how would my gp find out which vitamin i am missing?', [['blood tests']]),
  c('clinical', 'tests', 'faq', HEAVY, 'Which nutrient levels are checked when heavy legs are investigated?', [
    ['iron, vitamin d, and b12', 'vitamin d', 'iron'],
  ]),
  c(
    'lay',
    'yes-no',
    'faq',
    HEAVY,
    'if i sort out the missing vitamin, will the heavy feeling in my legs go away?',
    [['significant improvement', 'complete resolution']],
    'yes',
  ),
  c('lay', 'yes-no', 'faq', HEAVY, 'is it fine to start taking supplements by myself without asking a doctor?', [['not recommended']], 'no'),
  c('lay', 'treatment', 'faq', HEAVY, 'will working out fix legs that feel heavy from a deficiency?', [["won't correct the deficiency"]], 'no'),
  c('lay', 'treatment', 'prose', PAIN, 'how can i stop getting cramps after a workout when i sweat a lot?', [
    ['drinking plenty of water', 'hydration', 'drink enough water'],
  ]),
  // Comparisons
  c('keyword', 'comparison', 'prose', MUSCLE, 'magnesium vs calcium in muscle cramps', [['relax', 'relaxation'], ['contraction']]),
  c('lay', 'comparison', 'prose', WEAKNESS, 'how is weakness from low iron different from weakness from low b12?', [['oxygen'], ['nerve']]),
  c('clinical', 'comparison', 'prose', REASONS, 'Compare how an underactive and an overactive thyroid weaken muscles.', [
    ['hyperthyroidism'],
    ['metabolic rate'],
  ]),
];

export const directAnswerCases = z
  .array(frozenQuestionSchema)
  .min(40)
  .parse(drafts.map((d, i) => ({ id: `fq${String(i + 1).padStart(3, '0')}`, ...d })));
