/**
 * DEVELOPMENT (TUNING) ANSWER SET, not held out.
 *
 * Written 2026-12-07, 15:31–15:45 UTC, from the five corpus articles alone by a writer who did not
 * read the engine or any other test set. Engineers may read it and tune on it through general
 * mechanisms only (no word, rule or special case copied from it); it is reported as a tuned set.
 *
 * Phrases are worded as the articles word them (lowercase); the first group of a question is the
 * fact a direct answer leads with, and a comparison has one group per side.
 */
import { frozenAnswerSetSchema, type FrozenConversation, type FrozenQuestion, type FrozenDecline } from '../frozen/answers-schema';

/** Document ids: the corpus file names without their extension (corpus/manifest.json). */
const WEAKNESS = '000_1145ec47e71046e7';
const HEAVY = '001_754de6f1aa89065a';
const PAIN = '002_b6624324fb6154d5';
const MUSCLE = '003_2485732227a15f94';
const REASONS = '004_113f7c2e6d9d5b74';

type Draft = Omit<FrozenQuestion, 'id'>;

function q(style: Draft['style'], kind: Draft['kind'], from: Draft['from'], docId: string, question: string, expect: string[][], yesNo?: 'yes' | 'no'): Draft {
  return yesNo ? { style, kind, from, docId, question, expect, yesNo } : { style, kind, from, docId, question, expect };
}

const questionDrafts: Draft[] = [
  // --- Vitamin D -------------------------------------------------------------------------------
  q('lay', 'what', 'prose', WEAKNESS, 'what does the vitamin you get from sunbathing do for my body apart from bones?', [
    ['absorption of calcium', 'calcium absorption'],
  ]),
  q('lay', 'yes-no', 'prose', WEAKNESS, 'can little kids end up with bendy soft bones if they are short on vitamin d?', [['rickets']], 'yes'),
  q('clinical', 'what', 'prose', WEAKNESS, 'What condition can a severe vitamin D deficiency cause in adults?', [['osteomalacia']]),
  q('typo', 'symptoms', 'prose', WEAKNESS, 'what are the simptoms of low vitamine d', [['fatigue', 'muscle aches', 'muscle weakness', 'bone pain']]),
  q('lay', 'foods', 'table', HEAVY, 'which things on my plate will top up my vitamin d?', [['fatty fish', 'egg yolks', 'fortified milk', 'fortified dairy']]),
  q('keyword', 'foods', 'list', MUSCLE, 'vitamin d food sources', [['fatty fish', 'salmon, tuna', 'egg yolks', 'fortified dairy']]),
  q(
    'lay',
    'yes-no',
    'prose',
    PAIN,
    'does hanging out in the sun actually help my body make vitamin d?',
    [['produce its own supply', 'produce vitamin d naturally', 'sunlight exposure']],
    'yes',
  ),
  q('clinical', 'why', 'prose', PAIN, 'Why can vitamin D deficiency cause muscular hypersensitivity in the legs?', [
    ['hyperinnervation of muscles by pain-sensing nerve fibers', 'hyperinnervation'],
  ]),
  q(
    'lay',
    'yes-no',
    'prose',
    PAIN,
    'my son is 9 and moans about sore legs, could changing his food to more vitamin d stuff help?',
    [['reduction in leg pain symptoms', 'vitamin d-rich diet']],
    'yes',
  ),
  q('lay', 'risk', 'prose', REASONS, 'which folks tend to end up with weak legs from a lack of vitamin d?', [
    ['limited sun exposure', 'malabsorption syndromes', 'chronic kidney disease', 'nursing homes'],
  ]),
  q(
    'long',
    'risk',
    'prose',
    REASONS,
    'My grandmother lives in a care home and hardly ever goes outside anymore. Lately she struggles on the stairs and her legs seem to give up on her. The staff think it is just age. Could missing out on daylight have something to do with it?',
    [['vitamin d deficiency', 'limited sun exposure', 'limited outdoor activities']],
  ),
  q('clinical', 'symptoms', 'prose', REASONS, 'What is vitamin D myopathy and which muscles does it affect most?', [
    ['muscle weakness and pain', 'myopathy'],
    ['lower extremity muscles', 'difficulty walking', 'climbing stairs'],
  ]),
  q('lay', 'how', 'prose', HEAVY, 'how does being low on vitamin d make my legs feel like concrete blocks?', [['absorption of calcium', 'calcium absorption']]),
  q('typo', 'which', 'table', WEAKNESS, 'other problms besides leg weaknes from vitamn d deficiancy?', [
    ['bone pain', 'depression', 'bone fractures', 'fatigue'],
  ]),
  q('lay', 'risk', 'prose', MUSCLE, 'can soft bones from low vitamin d make me more likely to break something?', [['risk of fractures', 'bone fractures']]),
  q('lay', 'treatment', 'list', MUSCLE, 'i barely see daylight working nights, should i be taking vitamin d pills?', [
    ['supplements are often recommended', 'limited sun exposure'],
  ]),

  // --- Potassium -------------------------------------------------------------------------------
  q('clinical', 'what', 'prose', WEAKNESS, 'What is potassium deficiency called?', [['hypokalemia']]),
  q('lay', 'risk', 'prose', WEAKNESS, 'how bad can it get if my potassium goes really low?', [
    ['irregular heart rhythms', 'paralysis of the respiratory muscles', 'life-threatening'],
  ]),
  q('typo', 'foods', 'table', PAIN, 'what foods have potasium in them', [['bananas', 'sweet potatoes', 'spinach', 'salmon']]),
  q('lay', 'why', 'prose', WEAKNESS, 'why would not having enough potassium make my muscles go floppy?', [['electrical signals', 'nerve signals']]),
  q('clinical', 'why', 'prose', REASONS, 'What can cause hypokalemia?', [
    ['diuretic use', 'gastrointestinal losses', 'inadequate dietary intake', 'vomiting or diarrhea'],
  ]),
  q(
    'long',
    'risk',
    'prose',
    REASONS,
    'I had a terrible stomach bug last week, throwing up and running to the loo for days. Now my legs feel like jelly and I can barely walk to the kitchen. Could the bug have drained something out of me?',
    [['hypokalemia', 'potassium']],
  ),
  q('keyword', 'symptoms', 'table', WEAKNESS, 'potassium other symptoms', [['irregular heartbeat', 'constipation', 'tingling', 'fatigue']]),
  q('lay', 'symptoms', 'table', PAIN, 'what kind of leg aches come from low potassium?', [['muscle spasms', 'general weakness']]),
  q('typo', 'yes-no', 'table', WEAKNESS, 'can low potasium make u constipated', [['constipation']], 'yes'),

  // --- Magnesium -------------------------------------------------------------------------------
  q('clinical', 'what', 'prose', WEAKNESS, 'What is the medical name for magnesium deficiency?', [['hypomagnesemia']]),
  q('lay', 'why', 'prose', WEAKNESS, 'why does low magnesium make me feel weak and not just crampy?', [['loss of potassium in muscle cells']]),
  q(
    'lay',
    'yes-no',
    'faq',
    MUSCLE,
    'does lacking magnesium cause those awful calf knots that wake me up at night?',
    [['nighttime leg cramps', 'well-known cause']],
    'yes',
  ),
  q('typo', 'foods', 'table', HEAVY, 'best foods for magnisium', [['spinach', 'almonds', 'black beans', 'whole wheat', 'leafy greens']]),
  q('lay', 'foods', 'list', HEAVY, 'what should i munch on to get more magnesium?', [['leafy greens', 'nuts', 'seeds', 'whole grains']]),
  q('clinical', 'how', 'list', HEAVY, 'What is the mechanism by which magnesium promotes muscle relaxation?', [['blocks calcium channels']]),
  q(
    'lay',
    'yes-no',
    'faq',
    HEAVY,
    'if my legs are restless at night is that basically the same thing as being low on magnesium?',
    [['multiple potential causes']],
    'no',
  ),
  q('clinical', 'why', 'prose', REASONS, 'Which medications can interfere with magnesium absorption?', [['proton pump inhibitors']]),
  q('lay', 'risk', 'prose', REASONS, 'can drinking a lot of booze leave me short on magnesium?', [['chronic alcohol consumption', 'alcoholism']], 'yes'),
  q('keyword', 'symptoms', 'table', PAIN, 'magnesium leg pain type', [['nighttime muscle cramps', 'spasms', 'twitching']]),
  q('lay', 'symptoms', 'table', PAIN, 'besides cramps, what else do people notice when they are low on magnesium?', [['stiffness', 'insomnia', 'fatigue']]),
  q('typo', 'symptoms', 'table', WEAKNESS, 'magnesuim defficiency other sypmtoms', [['high blood pressure', 'mental issues', 'osteoporosis', 'fatigue']]),
  q('lay', 'risk', 'faq', HEAVY, 'can you overdo the magnesium tablets?', [['adverse effects', 'excessive supplementation']], 'yes'),
  q('clinical', 'what', 'prose', WEAKNESS, 'Which minerals does magnesium work closely with?', [['calcium and potassium']]),
  q('lay', 'risk', 'prose', WEAKNESS, 'apart from the legs, can low magnesium mess with my head or my bones?', [['mental health', 'osteoporosis']]),

  // --- Calcium ---------------------------------------------------------------------------------
  q('clinical', 'what', 'prose', WEAKNESS, 'What happens to the bones when blood calcium is too low?', [['taking calcium from the bones', 'osteoporosis']]),
  q('lay', 'symptoms', 'prose', WEAKNESS, 'my lips and fingers go prickly and my legs cramp, which mineral could that be?', [['hypocalcemia', 'calcium']]),
  q('clinical', 'what', 'prose', WEAKNESS, 'What is tetany?', [['spasms']]),
  q('typo', 'foods', 'table', PAIN, 'calcuim rich foods for leg cramps', [['yogurt', 'cheese', 'milk', 'leafy greens']]),
  q('lay', 'foods', 'table', MUSCLE, 'which leafy green veg is good for calcium?', [['kale', 'leafy greens']]),
  q('lay', 'symptoms', 'table', WEAKNESS, 'could being low on calcium make my nails snap and my head foggy?', [['brittle nails', 'confusion']], 'yes'),
  q('clinical', 'risk', 'prose', WEAKNESS, 'What can long-term calcium deficiency do to the brain?', [['neurological and psychological symptoms']]),
  q('lay', 'yes-no', 'prose', REASONS, 'is having too much calcium as likely to make legs weak as having too little?', [['less commonly associated']], 'no'),
  q('clinical', 'why', 'prose', REASONS, 'What can lead to calcium dysregulation?', [['parathyroid disorders', 'vitamin d imbalances']]),
  q('lay', 'symptoms', 'prose', MUSCLE, 'where do the cramps from low calcium usually hit?', [['legs and feet']]),

  // --- Iron ------------------------------------------------------------------------------------
  q('lay', 'why', 'prose', WEAKNESS, 'why does low iron make my legs give out so easily?', [['oxygen', 'hemoglobin']]),
  q('typo', 'symptoms', 'list', HEAVY, 'what are symtoms of iron defiency in legs', [
    ['extreme tiredness', 'pale skin', 'chest pain', 'restlessness in the legs', 'weakness'],
  ]),
  q('lay', 'foods', 'table', HEAVY, 'what grub is good for iron?', [['red meat', 'lentils', 'spinach', 'fortified cereals']]),
  q('keyword', 'foods', 'list', MUSCLE, 'iron foods', [['red meat', 'lentils', 'chickpeas', 'spinach']]),
  q('clinical', 'yes-no', 'prose', PAIN, 'Does iron replacement therapy improve restless legs syndrome symptoms?', [['iron replacement therapy']], 'yes'),
  q('lay', 'why', 'prose', HEAVY, 'how can not having enough iron make my calves ache?', [['lactic acid']]),
  q(
    'lay',
    'symptoms',
    'table',
    PAIN,
    'my hands and feet are always freezing and i get weird cravings to chew non-food stuff, is that tied to iron?',
    [['pica', 'cold hands/feet']],
    'yes',
  ),
  q('clinical', 'risk', 'prose', REASONS, 'Who is at risk of iron deficiency anemia-related leg weakness?', [
    ['women of reproductive age', 'chronic blood loss', 'poor dietary iron intake'],
  ]),
  q(
    'long',
    'risk',
    'prose',
    REASONS,
    "I'm 28, my periods have always been really heavy, and for months my legs feel drained by the afternoon, I'm pale and out of breath on the stairs. My friend says it's just stress. Is there a nutritional reason women my age get this?",
    [['iron deficiency', 'anemia']],
  ),
  q('lay', 'risk', 'prose', WEAKNESS, 'my dad is 80 and low on blood, is that more dangerous at his age?', [['risk of mortality']]),
  q('typo', 'symptoms', 'table', WEAKNESS, 'iron defishency other signs', [['pale skin', 'shortness of breath', 'headache', 'brittle nails']]),
  q('lay', 'yes-no', 'list', HEAVY, 'does low iron cause that itchy need to keep moving my legs at bedtime?', [['restless legs syndrome', 'rls']], 'yes'),
  q('clinical', 'what', 'prose', WEAKNESS, 'What is hemoglobin?', [['carries oxygen']]),

  // --- Vitamin B12 and other B vitamins --------------------------------------------------------
  q('lay', 'symptoms', 'prose', WEAKNESS, 'can low b12 mess up the way i walk?', [['difficulty walking', 'ataxia']], 'yes'),
  q('typo', 'symptoms', 'table', PAIN, 'b12 defeciency leg pain feels like what', [['burning', 'tingling', 'shooting nerve pain', 'numbness']]),
  q('clinical', 'what', 'prose', HEAVY, 'What is myelin and how is vitamin B12 involved?', [['protective sheath', 'myelin']]),
  q('lay', 'foods', 'list', HEAVY, 'where do i get b12 from if i eat normally?', [['animal products', 'meat', 'eggs', 'dairy']]),
  q('lay', 'risk', 'list', MUSCLE, 'i went plant-based last year, should i worry about b12?', [['higher risk', 'supplements']]),
  q(
    'long',
    'treatment',
    'list',
    HEAVY,
    'My daughter is 19 and has been vegan for three years. She keeps saying her feet feel fuzzy and she wobbles when she walks in the dark. She refuses to eat any animal products. Is there anything she can take instead?',
    [['supplements']],
  ),
  q('clinical', 'yes-no', 'faq', MUSCLE, 'Can vitamin B12 deficiency cause paresthesia?', [['paresthesia', 'tingling or numbness']], 'yes'),
  q('lay', 'what', 'faq', MUSCLE, "what's the fancy word for pins and needles from low b12?", [['paresthesia']]),
  q('clinical', 'which', 'prose', REASONS, 'Which B vitamins are essential for nerve health?', [['thiamine', 'pyridoxine', 'cobalamin']]),
  q('lay', 'risk', 'prose', REASONS, 'can my diabetes tablets lower my b vitamins?', [['metformin']], 'yes'),
  q('clinical', 'what', 'prose', REASONS, 'What is pernicious anemia and how does it affect the legs?', [
    ['vitamin b12 deficiency'],
    ['leg weakness', 'impaired balance'],
  ]),
  q('typo', 'symptoms', 'table', WEAKNESS, 'vitamin b 12 defficency memory an eyesight', [['memory loss', 'vision problems']]),
  q('lay', 'symptoms', 'list', HEAVY, 'low b12 and i feel wobbly, is that part of it?', [['balance problems', 'balance issues']], 'yes'),
  q('keyword', 'foods', 'table', MUSCLE, 'b12 food', [['meat', 'eggs', 'dairy products']]),

  // --- Vitamin E -------------------------------------------------------------------------------
  q('lay', 'yes-no', 'faq', MUSCLE, 'do loads of people run short of vitamin e?', [['relatively rare', 'rare']], 'no'),
  q('clinical', 'why', 'prose', MUSCLE, 'Why does vitamin E deficiency occur?', [['fat absorption']]),
  q('typo', 'foods', 'list', MUSCLE, 'vitamen e foods', [['nuts', 'seeds', 'vegetable oils']]),
  q('lay', 'symptoms', 'table', MUSCLE, "what happens to your pins if you're short of vitamin e?", [['muscle weakness', 'coordination']]),
  q('keyword', 'what', 'table', MUSCLE, 'vitamin e function', [['nerve function', 'antioxidant']]),

  // --- Dehydration and electrolytes ------------------------------------------------------------
  q(
    'lay',
    'yes-no',
    'faq',
    REASONS,
    'can being parched really make my legs weak?',
    [['reducing blood volume', 'dehydration can contribute to leg weakness']],
    'yes',
  ),
  q('lay', 'risk', 'prose', WEAKNESS, 'who gets caught out most by not drinking enough?', [['athletes', 'older adults', 'hot climates']]),
  q('typo', 'why', 'prose', WEAKNESS, 'how does dehidration cause leg weekness', [['blood volume', 'electrolyte imbalance']]),
  q('clinical', 'which', 'prose', WEAKNESS, 'Which minerals are lost through sweat and urine during dehydration?', [['potassium, sodium, and magnesium']]),
  q('lay', 'how', 'prose', REASONS, 'why do my knees feel stiff when i have not had enough to drink?', [['synovial fluid']]),
  q('clinical', 'how', 'prose', REASONS, 'How does dehydration impair thermoregulation and affect the legs?', [
    ['dissipate heat', 'increased body temperature'],
  ]),
  q('lay', 'risk', 'prose', REASONS, 'i run marathons and chug loads of plain water, can that be bad for my legs?', [['hyponatremia']], 'yes'),
  q('clinical', 'what', 'prose', REASONS, 'What does hyponatremia do to cells?', [['cellular swelling']]),
  q('clinical', 'comparison', 'prose', REASONS, 'How do hyponatremia and hypernatremia differ in their effect on cells?', [
    ['cellular swelling'],
    ['cellular dehydration'],
  ]),
  q(
    'lay',
    'yes-no',
    'faq',
    HEAVY,
    'could my legs feel like bricks from not drinking enough rather than a vitamin problem?',
    [['electrolyte imbalances', 'dehydration can cause']],
    'yes',
  ),
  q('lay', 'why', 'prose', PAIN, 'why do i get more leg cramps on boiling hot days?', [['fluid loss', 'dehydration', 'warm weather']]),
  q('clinical', 'why', 'prose', PAIN, 'Why does the body leave less fluid for muscle function during dehydration?', [['vital organs']]),
  q(
    'lay',
    'treatment',
    'list',
    REASONS,
    'are those fizzy sports drinks any use for keeping my legs going on long hikes?',
    [['electrolyte-rich sports drinks']],
    'yes',
  ),
  q('keyword', 'treatment', 'prose', PAIN, 'water cramps exercise', [['before and after exercise', 'drinking plenty of water']]),
  q('clinical', 'what', 'faq', REASONS, 'How do electrolyte imbalances induce leg weakness?', [
    ['nerve impulse transmission and muscle contraction', 'nerve impulse transmission'],
  ]),
  q('typo', 'which', 'prose', PAIN, 'which electrolites cause cramps at nite', [['magnesium, potassium, and calcium', 'magnesium']]),

  // --- Muscle fatigue --------------------------------------------------------------------------
  q('clinical', 'what', 'prose', REASONS, 'What is muscle fatigue?', [['decline in the ability of a muscle to generate force']]),
  q('lay', 'why', 'prose', REASONS, 'why do my legs run out of juice after a long shift on my feet?', [['muscle fatigue', 'adenosine triphosphate', 'atp']]),
  q('lay', 'which', 'prose', REASONS, 'which long-term illnesses leave your legs tired all the time?', [['chronic fatigue syndrome', 'fibromyalgia']]),
  q('lay', 'treatment', 'prose', REASONS, 'what can i eat so my legs tire less?', [['carbohydrate and protein']]),
  q('clinical', 'treatment', 'prose', REASONS, 'What strategies help mitigate muscle fatigue?', [['rest and recovery', 'muscle endurance']]),

  // --- Nerve compression -----------------------------------------------------------------------
  q('lay', 'which', 'prose', REASONS, 'what back problems can squash a nerve and make a leg weak?', [
    ['spinal stenosis', 'herniated discs', 'piriformis syndrome'],
  ]),
  q('typo', 'what', 'prose', REASONS, 'what is siatica', [['sciatic nerve', 'nerve compression']]),
  q('clinical', 'tests', 'prose', REASONS, 'Which tests identify the nerve affected by compression?', [
    ['electromyography', 'emg', 'nerve conduction studies'],
  ]),
  q('lay', 'treatment', 'prose', REASONS, 'how do they fix a pinched nerve that is making my leg weak?', [
    ['physical therapy', 'surgical decompression', 'medication'],
  ]),
  q(
    'long',
    'tests',
    'prose',
    REASONS,
    "I lay bricks for a living. For about a month my lower back has been killing me and my right leg feels weaker, like it can't push off properly when I climb a ladder. My boss wants me to see someone. What kind of checks would they do to see if a disc is pressing on something?",
    [['electromyography', 'emg', 'nerve conduction studies']],
  ),
  q('clinical', 'risk', 'prose', REASONS, 'What can happen if severe nerve compression is left untreated?', [['muscle atrophy', 'irreversible nerve damage']]),
  q('lay', 'yes-no', 'faq', REASONS, 'can a slipped disc be why my leg is not as strong?', [['nerve compression', 'herniated discs']], 'yes'),

  // --- Circulation -----------------------------------------------------------------------------
  q('clinical', 'what', 'prose', REASONS, 'What is intermittent claudication?', [['cramping pain in the legs during exercise']]),
  q('lay', 'symptoms', 'prose', REASONS, 'my calves hurt when i walk but it goes away when i stop, what does that point to?', [
    ['intermittent claudication', 'peripheral artery disease', 'pad'],
  ]),
  q('typo', 'tests', 'prose', REASONS, 'how do doctors check circulaton in legs', [['ankle-brachial index', 'doppler ultrasound']]),
  q('lay', 'symptoms', 'prose', REASONS, 'my ankles are always puffy and my legs feel heavy, could that be my veins?', [['venous insufficiency']], 'yes'),
  q('clinical', 'what', 'prose', REASONS, 'What does deep vein thrombosis do in the leg?', [['obstruct venous outflow', 'pain, swelling, and weakness']]),
  q('clinical', 'risk', 'prose', REASONS, 'What long-term complications can circulation problems in the legs lead to?', [['limb ischemia', 'amputation']]),
  q('keyword', 'what', 'prose', REASONS, 'PAD legs', [['peripheral artery disease', 'atherosclerotic narrowing']]),
  q('lay', 'which', 'prose', HEAVY, 'besides vitamins, what else makes legs feel heavy?', [
    ['poor circulation', 'nerve damage from diabetes', 'neurological disorders'],
  ]),

  // --- Medications -----------------------------------------------------------------------------
  q('lay', 'yes-no', 'faq', REASONS, 'could my pills be the reason my legs have gone weak?', [['statins', 'diuretics', 'corticosteroids']], 'yes'),
  q('typo', 'symptoms', 'prose', REASONS, 'can cholestrol tablets like statens make legs weak', [['myopathy']], 'yes'),
  q('clinical', 'what', 'prose', REASONS, 'What is rhabdomyolysis?', [['muscle breakdown and kidney damage', 'muscle breakdown']]),
  q('clinical', 'why', 'prose', REASONS, 'Why might statins cause myopathy?', [['mitochondrial function', 'coenzyme q10']]),
  q('lay', 'why', 'prose', REASONS, 'why do water pills sometimes leave people with weak crampy legs?', [['hypokalemia', 'electrolyte imbalances']]),
  q('clinical', 'comparison', 'prose', REASONS, 'Are loop diuretics or thiazide diuretics more likely to cause electrolyte disturbances?', [
    ['loop diuretics', 'furosemide'],
    ['thiazide diuretics'],
  ]),
  q('lay', 'why', 'prose', REASONS, 'i have been on steroid tablets for ages, why is getting off the sofa so hard?', [
    ['muscle atrophy', 'protein catabolism', 'muscle wasting'],
  ]),
  q('clinical', 'which', 'prose', REASONS, 'Which chemotherapy drugs are most commonly associated with peripheral neuropathy?', [
    ['taxanes', 'platinum-based drugs', 'vinca alkaloids'],
  ]),
  q(
    'long',
    'symptoms',
    'prose',
    REASONS,
    "My wife finished her cancer treatment in the spring. Since then her feet feel numb, she trips a lot and says her legs don't feel like hers. The oncologist mentioned it might be from the drugs. What is that called?",
    [['chemotherapy-induced peripheral neuropathy', 'cipn', 'peripheral neuropathy']],
  ),
  q('clinical', 'tests', 'prose', REASONS, 'What monitoring do people on long-term diuretic therapy need?', [['regular monitoring of electrolyte levels']]),
  q('lay', 'treatment', 'list', REASONS, 'what should i ask my doctor to do about my meds if my legs feel weak?', [
    ['review current medications', 'dosage adjustments'],
  ]),

  // --- Underlying conditions -------------------------------------------------------------------
  q('lay', 'how', 'prose', REASONS, 'how does high blood sugar end up making your legs weak?', [['diabetic neuropathy', 'nerve damage']]),
  q('clinical', 'risk', 'prose', REASONS, 'What risks do people with poorly controlled diabetes face from leg weakness?', [
    ['falls and foot ulcers', 'risk of falls'],
  ]),
  q('typo', 'symptoms', 'prose', REASONS, 'does an underactiv thyriod cause weak thighs', [['hypothyroidism', 'myopathy']], 'yes'),
  q('clinical', 'comparison', 'prose', REASONS, 'How do hypothyroidism and hyperthyroidism each cause muscle weakness?', [
    ['reduces metabolic rate'],
    ['increases metabolic rate', 'protein catabolism'],
  ]),
  q('lay', 'symptoms', 'prose', REASONS, 'with thyroid trouble, why would standing up from a chair get hard?', [['proximal muscles', 'hips and thighs']]),
  q('clinical', 'symptoms', 'prose', REASONS, 'How does multiple sclerosis affect the legs?', [['muscle weakness', 'spasticity', 'fluctuating leg weakness']]),
  q('keyword', 'what', 'prose', REASONS, 'MS demyelination', [['central nervous system', 'demyelination']]),
  q(
    'lay',
    'yes-no',
    'faq',
    REASONS,
    'if my legs have felt weak for weeks, does that mean something serious is going on?',
    [['dehydration or prolonged inactivity', 'lifestyle factors']],
    'no',
  ),

  // --- Tests, doctors, treatment ---------------------------------------------------------------
  q('lay', 'tests', 'faq', HEAVY, 'how would a doctor work out if a vitamin shortage is behind my heavy legs?', [['blood tests'], ['physical exam']]),
  q('typo', 'tests', 'prose', MUSCLE, 'what blod tests check for vitamin defiency', [['blood tests']]),
  q('lay', 'risk', 'prose', WEAKNESS, 'when should i stop messing about and call an ambulance for wobbly legs?', [
    ['difficulty breathing', 'heart palpitations', 'severe dehydration'],
  ]),
  q('lay', 'yes-no', 'faq', HEAVY, 'is it fine to just grab vitamins off the shelf without asking a doctor?', [['not recommended']], 'no'),
  q('lay', 'yes-no', 'faq', HEAVY, 'once i fix my vitamin levels will the heavy feeling go away?', [['significant improvement', 'complete resolution']], 'yes'),
  q('lay', 'yes-no', 'faq', HEAVY, 'will doing leg workouts sort out my deficiency?', [["won't correct the deficiency"]], 'no'),
  q('clinical', 'treatment', 'prose', WEAKNESS, 'What approach is needed to address leg weakness from deficiencies?', [
    ['dietary changes', 'proper hydration', 'supplementation under medical supervision'],
  ]),
  q('lay', 'why', 'prose', PAIN, 'why get bloodwork before buying supplements for sore legs?', [['confirm any suspected deficiencies']]),
  q('typo', 'treatment', 'list', REASONS, 'what exersizes are good for weak legs', [['walking or swimming', 'low-impact exercises']]),
  q('lay', 'treatment', 'list', REASONS, 'who could plan a workout that suits my weak legs?', [['physical therapist']]),
  q('clinical', 'risk', 'prose', HEAVY, 'Is self-treating with high doses of supplements safe?', [['not recommended', 'can sometimes be harmful']], 'no'),
  q('lay', 'why', 'list', MUSCLE, 'why stick to the dose on the label instead of doubling up?', [
    ['excessive intake of some nutrients can be harmful', 'prescribed dosage'],
  ]),
  q('keyword', 'tests', 'prose', MUSCLE, 'deficiency blood test', [['blood tests']]),
  q('lay', 'treatment', 'prose', PAIN, 'what should i eat day to day to help my achy legs?', [
    ['balanced diet', 'fruits, vegetables, lean proteins, and whole grains'],
  ]),
  q('lay', 'which', 'prose', PAIN, 'name a few foods loaded with electrolytes', [['avocados', 'sweet potatoes', 'bananas', 'leafy greens']]),
  q('lay', 'treatment', 'list', REASONS, 'anything simple i can do at home for legs that feel feeble?', [
    ['hydration', 'electrolyte balance', 'moderate exercise'],
  ]),

  // --- Which-X and overview --------------------------------------------------------------------
  q('lay', 'which', 'prose', MUSCLE, 'which vitamins or minerals being low give you sore leg muscles?', [['vitamin d', 'b12', 'magnesium', 'calcium', 'iron']]),
  q('typo', 'which', 'prose', WEAKNESS, 'wich vitamin defficiency causes weak legs', [
    ['vitamin d', 'potassium', 'magnesium', 'calcium', 'iron', 'vitamin b12'],
  ]),
  q('keyword', 'which', 'prose', HEAVY, 'heavy legs nutrients', [['iron', 'vitamin d', 'vitamin b12', 'magnesium']]),
  q('lay', 'which', 'table', WEAKNESS, 'which vitamin shortage gives you pins and needles in your legs?', [['vitamin b12']]),
  q('lay', 'which', 'table', WEAKNESS, 'which shortages make your fingernails brittle?', [['calcium'], ['iron']]),
  q('lay', 'which', 'table', PAIN, 'which mineral shortage can keep you lying awake at night?', [['magnesium']]),
  q('lay', 'which', 'table', WEAKNESS, 'what lack could push my blood pressure up?', [['magnesium']]),
  q('lay', 'which', 'table', WEAKNESS, 'which nutrient being low can make me feel down in the dumps?', [['vitamin d']]),
  q('typo', 'which', 'table', WEAKNESS, 'which deficency gives shortnes of breath and headaches', [['iron']]),
  q('clinical', 'which', 'table', PAIN, 'Which deficiency is associated with pica?', [['iron']]),
  q('lay', 'which', 'table', PAIN, 'what could make my fingers and toes feel icy all the time?', [['iron']]),
  q('clinical', 'which', 'table', HEAVY, 'Which deficiency has impaired nerve-muscle communication as its mechanism?', [['magnesium']]),
  q('keyword', 'which', 'table', MUSCLE, 'antioxidant vitamin legs', [['vitamin e']]),
  q('lay', 'what', 'table', WEAKNESS, 'what good does iron do for my thigh and calf muscles?', [['oxygen transport']]),
  q('clinical', 'what', 'table', MUSCLE, 'What is the primary function of calcium for leg muscles?', [['muscle contraction', 'bone health']]),
  q('clinical', 'what', 'table', WEAKNESS, 'What is the primary role of potassium in muscle function?', [
    ['nerve signals, muscle contractions', 'nerve signals'],
  ]),
  q('lay', 'what', 'table', MUSCLE, 'what jobs does iron do besides carrying oxygen?', [['energy production']]),
  q('lay', 'which', 'table', WEAKNESS, 'which lack gives you a bad memory and trouble with your eyes?', [['vitamin b12']]),

  // --- Comparisons -----------------------------------------------------------------------------
  q('lay', 'comparison', 'table', PAIN, 'how does the soreness from low b12 feel different from the soreness when magnesium is low?', [
    ['burning', 'shooting nerve pain', 'tingling'],
    ['nighttime muscle cramps', 'cramps', 'spasms'],
  ]),
  q('clinical', 'comparison', 'table', HEAVY, 'Compare the mechanisms of iron and vitamin B12 deficiency in heavy legs.', [
    ['impaired oxygen transport', 'oxygen'],
    ['nerve damage'],
  ]),
  q('lay', 'comparison', 'table', PAIN, 'bananas or spinach, which shortfalls does each one fix?', [['potassium'], ['magnesium', 'iron']]),
  q('typo', 'comparison', 'table', WEAKNESS, 'difrence between potasium and magnesium defficiency symptoms', [
    ['spasms', 'constipation', 'irregular heartbeat'],
    ['twitches', 'high blood pressure', 'mental issues'],
  ]),
  q('lay', 'comparison', 'prose', MUSCLE, 'numb feet versus crampy calves, which shortages cause which?', [
    ['vitamin b12', 'nerve function'],
    ['magnesium', 'calcium'],
  ]),
  q('clinical', 'comparison', 'table', MUSCLE, 'Vitamin D versus vitamin E: what are their primary functions?', [
    ['calcium absorption'],
    ['nerve function, antioxidant', 'antioxidant'],
  ]),
  q('lay', 'comparison', 'table', WEAKNESS, 'iron vs b12, which one is about oxygen and which one is about nerves?', [['oxygen transport'], ['nerve health']]),
  q('keyword', 'comparison', 'table', HEAVY, 'iron vs magnesium foods', [
    ['red meat', 'lentils', 'fortified cereals'],
    ['almonds', 'black beans', 'whole wheat'],
  ]),
  q('lay', 'comparison', 'prose', REASONS, 'pinched nerve or bad circulation, how do the tests differ?', [
    ['electromyography', 'nerve conduction studies', 'emg'],
    ['ankle-brachial index', 'doppler ultrasound'],
  ]),
  q('clinical', 'comparison', 'prose', WEAKNESS, 'How do the effects of vitamin D deficiency differ between adults and children?', [
    ['osteomalacia'],
    ['rickets'],
  ]),
  q('lay', 'comparison', 'prose', REASONS, 'do statins and steroids weaken legs in the same way?', [
    ['myopathy', 'mitochondrial function'],
    ['muscle atrophy', 'protein catabolism'],
  ]),
  q('typo', 'comparison', 'table', PAIN, 'calcium vs vitamin d defficiancy what food do i eat for each', [
    ['yogurt', 'cheese', 'milk'],
    ['sunlight exposure', 'fatty fish', 'fortified dairy'],
  ]),
  q('lay', 'comparison', 'prose', REASONS, 'blocked artery in the leg versus leaky veins, what does each feel like?', [
    ['intermittent claudication', 'cramping pain'],
    ['chronic leg swelling', 'heaviness'],
  ]),
  q('clinical', 'comparison', 'table', PAIN, 'Compare the dietary solutions for potassium, calcium and iron deficiencies.', [
    ['bananas', 'sweet potatoes'],
    ['yogurt', 'cheese'],
    ['red meat', 'beans'],
  ]),
  q(
    'long',
    'comparison',
    'prose',
    HEAVY,
    "Both my mum and my aunt complain about heavy legs. Mum's legs tingle and go numb, my aunt gets cramps and twitches at night. They're convinced they have the same vitamin problem. Would those two sets of symptoms point to the same thing?",
    [['vitamin b12', 'nerve'], ['magnesium']],
  ),
  q('lay', 'comparison', 'table', WEAKNESS, 'calcium and vitamin d, which one gives brittle nails and which one bone breaks?', [
    ['brittle nails'],
    ['bone fractures'],
  ]),
  q('clinical', 'comparison', 'prose', REASONS, 'How does sodium depletion during endurance exercise compare with potassium loss from diuretics?', [
    ['hyponatremia'],
    ['hypokalemia'],
  ]),
  q('lay', 'comparison', 'prose', HEAVY, 'low iron vs low vitamin d: how does each make my legs feel like dead weight?', [['oxygen'], ['calcium']]),

  // --- More lay, typo, keyword and long questions ----------------------------------------------
  q('lay', 'yes-no', 'prose', PAIN, 'are cramps from missing minerals worse when i am lying down at night?', [['during rest or at night', 'at night']], 'yes'),
  q('typo', 'symptoms', 'prose', PAIN, 'nerve pain in legs from vitamin b12 - tingleing burning?', [
    ['peripheral neuropathy', 'tingling, burning, numbness, or shooting pain'],
  ]),
  q('keyword', 'symptoms', 'table', HEAVY, 'iron heavy legs symptom', [['heavy, weak legs', 'restless legs']]),
  q('lay', 'symptoms', 'faq', HEAVY, 'what tell-tale signs say my heavy legs come from a vitamin problem?', [
    ['persistent fatigue', 'muscle weakness', 'cramps', 'numbness', 'tingling'],
  ]),
  q('typo', 'yes-no', 'faq', REASONS, 'can dehyrdation directly cause leg weekness?', [['blood volume', 'electrolyte balance']], 'yes'),
  q('typo', 'what', 'prose', WEAKNESS, 'what is hypokalemea', [['potassium']]),
  q('typo', 'what', 'prose', WEAKNESS, 'whats osteomalacea', [['weak bones', 'softening of the bones', 'soft bones']]),
  q('typo', 'symptoms', 'prose', MUSCLE, 'calcium defecincy legs and feet crampz', [['involuntary muscle movements', 'painful cramps', 'spasms']]),
  q('typo', 'which', 'table', PAIN, 'restles legs syndrom which defficiency', [['iron']]),
  q('typo', 'foods', 'prose', PAIN, 'whats teh best diet for leg pain from defficiencies', [
    ['balanced diet', 'fruits, vegetables, lean proteins, and whole grains', 'avocados, sweet potatoes, bananas'],
  ]),
  q('typo', 'risk', 'prose', REASONS, 'can proton pump inhibiters lower magnesiun', [['hypomagnesemia', 'magnesium deficiency']], 'yes'),
  q('typo', 'treatment', 'list', MUSCLE, 'should i get more sunshien for vitamin d', [['safe, moderate sun exposure', 'produce vitamin d naturally']], 'yes'),
  q('typo', 'tests', 'prose', REASONS, 'emg tset for leg weakness what dose it show', [['specific nerve affected', 'extent of nerve damage']]),
  q('keyword', 'risk', 'prose', REASONS, 'metformin B vitamins', [['b vitamin deficiencies', 'metformin']]),
  q('keyword', 'symptoms', 'prose', REASONS, 'corticosteroids leg weakness', [['muscle atrophy', 'hips and thighs', 'rising from a seated position']]),
  q('lay', 'risk', 'prose', REASONS, 'is a tummy bug with the runs for weeks enough to drop my magnesium?', [['chronic diarrhea']], 'yes'),
  q(
    'long',
    'which',
    'prose',
    WEAKNESS,
    "I'm a 45-year-old landscaper and work outside in the heat all summer. By mid-afternoon my thighs twitch and cramp and my legs go wobbly. I drink coffee but not much water. What might I be losing?",
    [['potassium, sodium, and magnesium', 'electrolyte imbalance', 'sweat']],
  ),
  q(
    'long',
    'foods',
    'table',
    HEAVY,
    "I'm 34 weeks pregnant, my legs feel so heavy in the evenings and I get cramps in bed. I'm trying to eat better anyway and wondered what foods are good sources of magnesium, since my midwife mentioned it.",
    [['spinach', 'almonds', 'black beans', 'whole wheat']],
  ),
  q(
    'long',
    'tests',
    'faq',
    MUSCLE,
    "For a couple of months I've had achy calves and cramps. I've read so much online that I'm convinced it's a vitamin thing but I can't tell which. How do I find out for sure without guessing?",
    [['blood tests', 'consult a healthcare provider']],
  ),
  q(
    'long',
    'why',
    'prose',
    REASONS,
    "My husband is 62 and takes a water tablet for his blood pressure. He says his legs cramp and feel like they've lost their strength, and he's been more tired than usual. He thinks he's just getting old. Could the tablet be to blame?",
    [['diuretics', 'hypokalemia', 'hyponatremia']],
  ),
  q(
    'long',
    'symptoms',
    'prose',
    REASONS,
    'I was diagnosed with type 2 diabetes four years ago and I admit I have not looked after it well. Now my feet feel numb, I tingle at night and my legs are getting weaker. Is this connected, and what is the risk?',
    [['diabetic neuropathy'], ['falls and foot ulcers', 'risk of falls']],
  ),
  q(
    'long',
    'treatment',
    'prose',
    PAIN,
    'I play five-a-side twice a week and afterwards my legs always seize up in the night. I usually only have a beer after the game. My teammate says I should be doing something about my fluids. What do the experts suggest?',
    [['drinking plenty of water', 'before and after exercise', 'hydration']],
  ),
  q(
    'long',
    'risk',
    'prose',
    WEAKNESS,
    "My elderly neighbour has been stuck indoors during the heatwave, hardly drinking because she doesn't want to keep going to the bathroom. She says her legs are weak as a kitten. Is she at risk from this?",
    [['older adults', 'dehydration']],
  ),
  q(
    'lay',
    'risk',
    'prose',
    REASONS,
    'i have always had a dodgy tummy that does not soak up food properly, can that leave my legs weak?',
    [['malabsorption']],
    'yes',
  ),
  q(
    'lay',
    'symptoms',
    'prose',
    WEAKNESS,
    'can low iron make even little things like walking to the shop feel like a big effort?',
    [['simple activities feel challenging', 'weak and fatigued']],
    'yes',
  ),
  q('lay', 'how', 'prose', HEAVY, 'how does low b12 mess with the signals between brain and legs?', [
    ['brain struggles to communicate', 'nerve damage', 'damage these nerves'],
  ]),
  q('clinical', 'how', 'prose', MUSCLE, 'How does magnesium deficiency cause night cramps?', [['overexcited', 'muscle excitability']]),
  q('clinical', 'yes-no', 'prose', MUSCLE, 'is magnesium a vitamin?', [['technically a mineral', 'mineral']], 'no'),
  q('lay', 'foods', 'faq', MUSCLE, 'what should be on my shopping list to keep my leg muscles happy?', [
    ['fatty fish', 'fortified dairy', 'meat and eggs', 'leafy greens and nuts'],
  ]),
  q('lay', 'yes-no', 'faq', MUSCLE, 'is lack of vitamin d a usual reason for achy legs?', [['very common cause']], 'yes'),
  q('lay', 'why', 'faq', MUSCLE, 'why does iron shortage tire my legs out?', [['reduced oxygen delivery', 'anemia']]),
  q('clinical', 'which', 'list', MUSCLE, 'Which nutrients can fatty fish, nuts, seeds and leafy greens boost?', [['vitamin d, e, magnesium, and b vitamins']]),
  q('lay', 'how', 'prose', WEAKNESS, 'how does a shortage of water end up starving my leg muscles?', [['blood volume', 'oxygen and nutrient delivery']]),
  q('clinical', 'how', 'prose', REASONS, 'How does hypokalemia affect muscle cells?', [['responsiveness to nerve stimulation', 'cellular membrane potential']]),
  q('lay', 'how', 'prose', REASONS, 'how does a trapped nerve in my back make my leg go weak?', [['transmission of neural signals', 'neural signals']]),
  q('lay', 'tests', 'prose', MUSCLE, 'which levels does the doc usually check in the bloodwork when legs ache and cramp?', [
    ['vitamin d, vitamin b12, iron, and key electrolytes', 'blood tests'],
  ]),
  q('keyword', 'tests', 'prose', REASONS, 'nerve conduction study leg', [['nerve conduction studies', 'specific nerve affected']]),
  q('lay', 'what', 'list', WEAKNESS, 'where can i read more about supplements from an official place?', [['nih office of dietary supplements']]),
];

const declineDrafts: Omit<FrozenDecline, 'id'>[] = [
  { category: 'off-topic', question: "what's the weather going to be like in Lisbon tomorrow?" },
  { category: 'off-topic', question: 'can you write me a python script that sorts a list?' },
  { category: 'off-topic', question: 'who won the football world cup in 2018?' },
  { category: 'off-topic', question: 'give me a good recipe for banana bread' },
  { category: 'off-topic', question: 'how do I fix a flat tyre on my bike?' },
  { category: 'off-topic', question: 'what is the capital of Australia' },
  { category: 'off-topic', question: 'recommend a good film for tonight' },
  { category: 'off-topic', question: 'how do i lower my car insurance premium' },
  { category: 'off-topic', question: 'translate good morning into japanese please' },
  { category: 'off-topic', question: 'how many moons does jupiter have' },
  { category: 'covered-word-uncovered-topic', question: 'how much does a tub of magnesium tablets cost at the chemist?' },
  { category: 'covered-word-uncovered-topic', question: 'which brand of vitamin d spray is the best?' },
  { category: 'covered-word-uncovered-topic', question: 'does iron deficiency make your hair fall out?' },
  { category: 'covered-word-uncovered-topic', question: 'can vitamin b12 injections help me lose weight?' },
  { category: 'covered-word-uncovered-topic', question: 'is it safe to give my dog calcium tablets?' },
  { category: 'covered-word-uncovered-topic', question: 'does magnesium help with migraines?' },
  { category: 'covered-word-uncovered-topic', question: 'does zinc deficiency cause leg weakness?' },
  { category: 'covered-word-uncovered-topic', question: 'can vitamin c stop leg cramps?' },
  { category: 'covered-word-uncovered-topic', question: 'are compression socks good for heavy legs on long flights?' },
  { category: 'covered-word-uncovered-topic', question: 'can potassium supplements stain your teeth?' },
  { category: 'covered-word-uncovered-topic', question: 'is my employer legally required to give me time off for leg pain?' },
  { category: 'covered-word-uncovered-topic', question: 'do iron pills interact with the contraceptive pill?' },
  { category: 'covered-word-uncovered-topic', question: 'does vitamin d protect against covid?' },
  { category: 'covered-word-uncovered-topic', question: 'does folic acid deficiency cause heavy legs?' },
  { category: 'covered-word-uncovered-topic', question: 'can leg cramps be a sign of pregnancy?' },
  { category: 'covered-word-uncovered-topic', question: 'does massage or a foam roller help calf cramps?' },
  { category: 'covered-word-uncovered-topic', question: 'can magnesium cure my acne?' },
  { category: 'covered-word-uncovered-topic', question: 'does a lack of vitamin k cause bruising on the legs?' },
  { category: 'covered-word-uncovered-topic', question: 'how do i treat a broken ankle?' },
  { category: 'covered-word-uncovered-topic', question: 'is spinach safe to eat if i have kidney stones?' },
  { category: 'covered-word-uncovered-topic', question: 'can horses get restless legs syndrome?' },
  { category: 'covered-word-uncovered-topic', question: 'which insurance plans cover blood tests for vitamin levels?' },
  { category: 'covered-word-uncovered-topic', question: 'does vitamin b12 improve eyesight in glaucoma?' },
  { category: 'covered-word-uncovered-topic', question: 'what are the side effects of the covid vaccine on the legs?' },
  { category: 'covered-word-uncovered-topic', question: 'can too much caffeine give me leg cramps?' },
  { category: 'dose', question: 'how many milligrams of magnesium should i take every night?' },
  { category: 'dose', question: 'what daily dose of vitamin d is right for a 70 year old?' },
  { category: 'dose', question: 'how much iron does a pregnant woman need per day?' },
  { category: 'dose', question: 'how many bananas a day do i need for enough potassium?' },
  { category: 'dose', question: 'what is the normal blood level of vitamin b12?' },
  { category: 'dose', question: 'how many iu of vitamin d can i give my toddler?' },
  { category: 'dose', question: 'what dose of furosemide is safe?' },
  { category: 'diagnosis', question: 'my legs tingle and i forget things, do i have ms?' },
  { category: 'diagnosis', question: 'here are my blood results, ferritin 9, am i anemic?' },
  { category: 'diagnosis', question: 'can you tell me for sure what deficiency i have from my cramps?' },
  { category: 'diagnosis', question: 'my legs have been weak for two weeks, tell me exactly what is wrong with me' },
  { category: 'diagnosis', question: 'based on my symptoms do i have diabetes?' },
];

const smallTalk: { id: string; message: string }[] = [
  'hi',
  'Hello there!',
  'good morning',
  'hey, how are you?',
  'thanks',
  'thank you so much, that was really helpful',
  'cheers mate',
  'who are you?',
  'what can you do?',
  'are you a real doctor?',
  'bye',
  'goodbye and take care',
  'ok great',
  'what kind of questions can i ask you?',
  'yo',
  'thx!!',
  'nice one, see you later',
].map((message, i) => ({ id: `fs${String(i + 1).padStart(3, '0')}`, message }));

type ConversationDraft = Omit<FrozenConversation, 'id'>;

const conversationDrafts: ConversationDraft[] = [
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what does magnesium do for the legs?', expect: [['muscle relaxation', 'relax']] },
      { user: 'and which foods have it?', expect: [['spinach', 'almonds', 'nuts', 'seeds', 'leafy greens']], mustNotMention: ['red meat'] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'Can low iron cause restless legs?', expect: [['restless legs syndrome', 'rls']] },
      { user: 'does treating it help?', expect: [['iron replacement therapy']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'what foods are good for vitamin d?', expect: [['fatty fish', 'egg yolks', 'fortified dairy', 'fortified milk']] },
      { user: 'what about b12?', expect: [['meat', 'eggs', 'dairy']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'what is potassium deficiency called?', expect: [['hypokalemia']] },
      { user: 'and magnesium?', expect: [['hypomagnesemia']], mustNotMention: ['hypokalemia'] },
      { user: 'what about calcium?', expect: [['hypocalcemia']] },
    ],
  },
  {
    tests: ['narrowing'],
    turns: [
      { user: 'which deficiencies cause leg cramps?', expect: [['magnesium', 'potassium', 'calcium']] },
      { user: 'only the ones that happen at night', expect: [['magnesium']] },
    ],
  },
  {
    tests: ['clarification'],
    turns: [
      { user: 'what are the symptoms of low iron?', expect: [['pale skin', 'fatigue', 'extreme tiredness', 'weakness']] },
      { user: 'no, i meant low b12, sorry', expect: [['numbness', 'tingling']], mustNotMention: ['pale skin'] },
    ],
  },
  {
    tests: ['topic-switch'],
    turns: [
      { user: 'how does dehydration make legs weak?', expect: [['blood volume', 'electrolyte']] },
      { user: 'different question: what tests check for nerve compression?', expect: [['electromyography', 'emg', 'nerve conduction studies']] },
    ],
  },
  {
    tests: ['greeting'],
    turns: [
      { user: 'hello! what causes heavy legs?', expect: [['iron', 'vitamin d', 'vitamin b12', 'magnesium', 'poor circulation']] },
      { user: 'which of those is about nerves?', expect: [['vitamin b12', 'nerve']] },
    ],
  },
  {
    tests: ['thanks', 'what-about'],
    turns: [
      { user: 'what foods are high in iron?', expect: [['red meat', 'lentils', 'spinach']] },
      { user: 'thanks! and what about calcium?', expect: [['dairy', 'yogurt', 'cheese', 'milk', 'leafy greens']] },
    ],
  },
  {
    tests: ['pronoun', 'elliptical'],
    turns: [
      { user: 'tell me about vitamin e and the legs', expect: [['muscle weakness', 'coordination']] },
      { user: 'is it common?', expect: [['rare']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is intermittent claudication?', expect: [['cramping pain']] },
      { user: 'what causes it?', expect: [['peripheral artery disease', 'pad', 'reduced arterial blood flow']] },
      { user: 'how is that checked?', expect: [['ankle-brachial index', 'doppler ultrasound']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'can statins cause leg weakness?', expect: [['myopathy']] },
      { user: 'what is the worst that can happen with them?', expect: [['rhabdomyolysis']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'how do statins weaken the legs?', expect: [['myopathy']] },
      { user: 'what about steroids?', expect: [['muscle atrophy', 'muscle wasting']] },
      { user: 'and chemo?', expect: [['peripheral neuropathy', 'cipn']] },
    ],
  },
  {
    tests: ['narrowing'],
    turns: [
      { user: 'who is at risk of dehydration?', expect: [['athletes', 'older adults', 'hot climates']] },
      { user: 'specifically endurance athletes drinking lots of water', expect: [['hyponatremia']] },
    ],
  },
  {
    tests: ['elliptical'],
    turns: [
      { user: 'what is the mechanism of magnesium deficiency in heavy legs?', expect: [['blocks calcium channels', 'nerve-muscle communication']] },
      { user: 'and for iron?', expect: [['oxygen']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is hypocalcemia?', expect: [['low calcium', 'calcium levels are too low', 'blood calcium levels are too low']] },
      { user: 'what symptoms does it cause?', expect: [['spasms', 'cramps', 'tingling']] },
    ],
  },
  {
    tests: ['clarification'],
    turns: [
      { user: 'what does vitamin d do?', expect: [['calcium absorption', 'absorption of calcium']] },
      { user: 'i meant for kids specifically', expect: [['rickets', 'leg pain']] },
    ],
  },
  {
    tests: ['topic-switch'],
    turns: [
      { user: 'which foods have potassium?', expect: [['bananas', 'sweet potatoes', 'spinach', 'salmon']] },
      { user: 'ok, now something else: can thyroid problems weaken legs?', expect: [['hypothyroidism', 'hyperthyroidism', 'myopathy']] },
    ],
  },
  {
    tests: ['pronoun', 'narrowing'],
    turns: [
      { user: 'which medications can cause weak legs?', expect: [['statins', 'diuretics', 'corticosteroids']] },
      { user: 'tell me more about the water pills', expect: [['hypokalemia', 'hyponatremia', 'electrolyte imbalances']] },
      { user: 'which kind is riskier?', expect: [['loop diuretics', 'furosemide']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is restless legs syndrome?', expect: [['urge to move']] },
      { user: 'is it the same as magnesium deficiency?', expect: [['multiple potential causes']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'what kind of leg pain does low vitamin d give?', expect: [['muscle aches', 'bone pain']] },
      { user: 'what about low potassium?', expect: [['muscle spasms', 'general weakness']] },
    ],
  },
  {
    tests: ['greeting', 'pronoun'],
    turns: [
      { user: 'hi, quick one: what is sciatica?', expect: [['sciatic nerve', 'nerve compression']] },
      { user: 'how do they treat that?', expect: [['physical therapy', 'surgical decompression', 'medication']] },
    ],
  },
  {
    tests: ['elliptical'],
    turns: [
      { user: 'what are the symptoms of b12 deficiency?', expect: [['numbness', 'tingling']] },
      { user: 'and the foods?', expect: [['meat', 'eggs', 'dairy']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'can diabetes make your legs weak?', expect: [['diabetic neuropathy']] },
      { user: 'why does that happen?', expect: [['blood glucose', 'microvascular damage', 'nerve function']] },
    ],
  },
  {
    tests: ['topic-switch'],
    turns: [
      { user: 'what is multiple sclerosis?', expect: [['autoimmune disease', 'central nervous system']] },
      { user: 'unrelated, but which foods give vitamin e?', expect: [['nuts', 'seeds', 'vegetable oils']] },
    ],
  },
  {
    tests: ['narrowing'],
    turns: [
      { user: 'what foods help with leg cramps?', expect: [['spinach', 'nuts', 'bananas', 'leafy greens', 'avocados']] },
      { user: 'just dairy ones please', expect: [['yogurt', 'cheese', 'milk']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'which deficiency causes pica?', expect: [['iron']] },
      { user: 'what else does it cause?', expect: [['pale skin', 'cold hands/feet', 'restless legs', 'weakness', 'fatigue']] },
    ],
  },
  {
    tests: ['clarification'],
    turns: [
      { user: 'what is hyponatremia?', expect: [['low sodium']] },
      { user: 'sorry, i meant the high one', expect: [['hypernatremia', 'cellular dehydration']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'how does vitamin b12 deficiency damage nerves?', expect: [['myelin']] },
      { user: 'what about the other b vitamins?', expect: [['thiamine', 'pyridoxine']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what causes hypomagnesemia?', expect: [['alcohol', 'proton pump inhibitors', 'malabsorption', 'diarrhea']] },
      { user: 'what does it do to the legs?', expect: [['cramps', 'spasms', 'weakness']] },
    ],
  },
  {
    tests: ['thanks', 'topic-switch'],
    turns: [
      { user: 'do i need blood tests before taking supplements?', expect: [['blood tests']] },
      { user: 'cheers. different thing: what is dvt?', expect: [['deep vein thrombosis', 'venous outflow']] },
    ],
  },
  {
    tests: ['elliptical'],
    turns: [
      { user: 'vitamin d other symptoms', expect: [['bone pain', 'fatigue', 'depression', 'bone fractures']] },
      { user: 'calcium?', expect: [['tingling', 'numbness', 'confusion', 'brittle nails']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is the sunshine vitamin?', expect: [['vitamin d']] },
      { user: 'how do i get more of it?', expect: [['sun', 'sunlight exposure', 'fatty fish', 'fortified dairy']] },
    ],
  },
  {
    tests: ['narrowing'],
    turns: [
      { user: 'what can cause leg weakness?', expect: [['dehydration', 'electrolyte', 'nerve compression', 'nutrient deficiency', 'circulation']] },
      { user: 'only the circulation ones', expect: [['peripheral artery disease', 'venous insufficiency', 'deep vein thrombosis']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'do corticosteroids cause leg weakness?', expect: [['muscle atrophy']] },
      { user: 'which muscles do they hit most?', expect: [['proximal muscles', 'hips and thighs']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'who is at risk of iron deficiency anemia?', expect: [['women of reproductive age', 'chronic blood loss']] },
      { user: 'what about vitamin d deficiency?', expect: [['limited sun exposure', 'malabsorption syndromes', 'chronic kidney disease']] },
    ],
  },
  {
    tests: ['clarification'],
    turns: [
      { user: 'does magnesium cause cramps?', expect: [['cramps']] },
      { user: 'i mean does lacking it cause them at night', expect: [['nighttime leg cramps', 'nighttime muscle cramps', 'during the night']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is the ankle-brachial index used for?', expect: [['circulatory impairments']] },
      { user: 'is there another test like it?', expect: [['doppler ultrasound']] },
    ],
  },
  {
    tests: ['topic-switch', 'greeting'],
    turns: [
      { user: 'good evening, what does potassium do?', expect: [['nerve signals', 'muscle contractions']] },
      { user: 'now tell me about muscle fatigue', expect: [['decline in the ability of a muscle to generate force', 'adenosine triphosphate']] },
    ],
  },
  {
    tests: ['elliptical'],
    turns: [
      { user: 'can low vitamin d make legs ache?', expect: [['muscle aches', 'bone pain']] },
      { user: 'why?', expect: [['calcium absorption']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is osteomalacia?', expect: [['softening of the bones', 'soft bones', 'weak bones']] },
      { user: 'what causes it?', expect: [['vitamin d']] },
    ],
  },
  {
    tests: ['narrowing'],
    turns: [
      { user: 'which nutrients help with leg weakness?', expect: [['vitamin d', 'iron', 'magnesium', 'b vitamins']] },
      { user: 'just the ones that vegans might miss', expect: [['vitamin b12', 'b12']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'what is peripheral neuropathy?', expect: [['nerve damage']] },
      { user: 'what can cause it?', expect: [['b vitamins', 'chemotherapeutic agents', 'diabetes', 'vitamin b12']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'which foods give magnesium?', expect: [['spinach', 'almonds', 'nuts', 'leafy greens']] },
      { user: 'how about potassium?', expect: [['bananas', 'sweet potatoes']] },
    ],
  },
  {
    tests: ['topic-switch'],
    turns: [
      { user: 'can dehydration cause heavy legs?', expect: [['electrolyte imbalances', 'dehydration']] },
      { user: 'ok switching topic: what does hemoglobin do?', expect: [['oxygen']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'is vitamin e deficiency a cause of weak legs?', expect: [['muscle weakness']] },
      { user: 'who usually gets it?', expect: [['fat absorption']] },
    ],
  },
  {
    tests: ['clarification'],
    turns: [
      { user: 'what is the primary symptom of iron deficiency in heavy legs?', expect: [['heavy, weak legs', 'restless legs']] },
      { user: 'no, i wanted the food sources for it', expect: [['red meat', 'lentils', 'spinach', 'fortified cereals']] },
    ],
  },
  {
    tests: ['elliptical'],
    turns: [
      { user: 'what are the signs of hypocalcemia?', expect: [['cramps', 'spasms', 'tingling']] },
      { user: 'and long term?', expect: [['osteoporosis', 'neurological and psychological symptoms']] },
    ],
  },
  {
    tests: ['pronoun', 'thanks'],
    turns: [
      { user: 'what is rhabdomyolysis?', expect: [['muscle breakdown']] },
      { user: 'thanks, and which drugs can cause it?', expect: [['statins']] },
    ],
  },
  {
    tests: ['what-about'],
    turns: [
      { user: 'which deficiency gives memory loss?', expect: [['vitamin b12']] },
      { user: 'what about confusion?', expect: [['calcium']] },
    ],
  },
  {
    tests: ['greeting', 'pronoun'],
    turns: [
      {
        user: 'morning! quick question, can low potassium be dangerous?',
        expect: [['irregular heart rhythms', 'paralysis of the respiratory muscles', 'life-threatening']],
      },
      {
        user: 'what makes it drop in the first place?',
        expect: [['diuretic use', 'gastrointestinal losses', 'vomiting or diarrhea', 'inadequate dietary intake']],
      },
    ],
  },
  {
    tests: ['thanks', 'pronoun'],
    turns: [
      { user: 'what does vitamin b12 do?', expect: [['nerve function', 'red blood cells', 'nerve cells']] },
      { user: 'thank you! is it only in animal foods?', expect: [['animal products', 'fortified cereals', 'supplements']] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'which deficiency is linked to depression?', expect: [['vitamin d']] },
      { user: 'what foods fix that?', expect: [['fatty fish', 'egg yolks', 'fortified dairy', 'fortified milk']], mustNotMention: ['red meat'] },
    ],
  },
  {
    tests: ['pronoun'],
    turns: [
      { user: 'which b vitamins matter for nerves?', expect: [['thiamine', 'pyridoxine', 'cobalamin']] },
      { user: 'what happens when they run low?', expect: [['peripheral neuropathy', 'numbness, tingling, pain, and weakness']] },
    ],
  },
];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const devAnswerSet = frozenAnswerSetSchema.parse({
  questions: questionDrafts.map((d, i) => ({ id: `fq${pad(i + 1, 3)}`, ...d })),
  declines: declineDrafts.map((d, i) => ({ id: `fd${pad(i + 1, 3)}`, ...d })),
  smallTalk,
  conversations: conversationDrafts.map((c, i) => ({ id: `fc${pad(i + 1, 2)}`, ...c })),
});
