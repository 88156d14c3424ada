/**
 * FROZEN HELD-OUT ANSWER SET, round 5 (written 2026-12-07 23:19 UTC).
 *
 * Written from the five corpus articles alone before the engine work it measures; the writer did
 * not read the engine or any other test set; never tune on it, never edit it; if its failures are
 * studied it is spent.
 *
 * Expected phrases are worded as the articles word them (lowercase); the first group of each
 * question is the fact a direct answer leads with, and a comparison has one group per side.
 */
import { frozenAnswerSetSchema } from './answers-schema';

const ARTICLE_LEG_WEAKNESS = '000_1145ec47e71046e7';
const ARTICLE_HEAVY_LEGS = '001_754de6f1aa89065a';
const ARTICLE_LEG_PAIN = '002_b6624324fb6154d5';
const ARTICLE_LEG_MUSCLE_PAIN = '003_2485732227a15f94';
const ARTICLE_WEAK_LEGS_REASONS = '004_113f7c2e6d9d5b74';

const LW = ARTICLE_LEG_WEAKNESS;
const HL = ARTICLE_HEAVY_LEGS;
const LP = ARTICLE_LEG_PAIN;
const LMP = ARTICLE_LEG_MUSCLE_PAIN;
const WLR = ARTICLE_WEAK_LEGS_REASONS;

type Row = [string, string, string, string, string, string[][], ('yes' | 'no')?];

// [style, kind, from, docId, question, expect, yesNo?]
const QUESTIONS: Row[] = [
  // --- leg weakness (000)
  ['lay', 'what', 'prose', LW, "i barely go outside and my legs have gotten kind of feeble. could lack of sun be doing that?", [['vitamin d'], ['muscle weakness']]],
  ['clinical', 'what', 'prose', LW, 'What is osteomalacia and which deficiency leads to it?', [['vitamin d'], ['weak bones', 'bone pain', 'softening of the bones', 'soft bones']]],
  ['clinical', 'what', 'prose', LW, 'What condition can vitamin D deficiency cause in children?', [['rickets']]],
  ['clinical', 'what', 'prose', LW, 'What is hypokalemia?', [['potassium']]],
  ['clinical', 'risk', 'prose', LW, 'What are the life-threatening complications of severe potassium deficiency?', [['irregular heart rhythms'], ['paralysis of the respiratory muscles', 'paralysis']]],
  ['lay', 'why', 'prose', LW, 'how does not having enough potassium make your muscles go weak, like whats actually happening', [['electrical signals']]],
  ['typo', 'symptoms', 'prose', LW, 'magnesum deficency symptoms?', [['twitches', 'twitching'], ['cramps']]],
  ['lay', 'why', 'prose', LW, 'how come being low on magnesium leaves you feeling wobbly and weak', [['loss of potassium']]],
  ['typo', 'symptoms', 'prose', LW, 'hypocalcemia symptons', [['spasms', 'tetany'], ['tingling']]],
  ['lay', 'what', 'prose', LW, 'what happens to your skeleton if the calcium in your blood runs low', [['taking calcium from the bones', 'osteoporosis']]],
  ['typo', 'why', 'prose', LW, 'why does iron defficiency make legs weak', [['oxygen'], ['anemia']]],
  ['lay', 'risk', 'prose', LW, 'why do doctors worry so much when an elderly person is both anaemic and has feeble muscles', [['mortality']]],
  ['keyword', 'symptoms', 'prose', LW, 'b12 ataxia', [['difficulty walking', 'ataxia']]],
  ['clinical', 'which', 'table', LW, 'Which deficiency is associated with pale skin and shortness of breath?', [['iron']]],
  ['lay', 'which', 'table', LW, "which one of these vitamins would make me forgetful and mess with my eyesight too", [['vitamin b12', 'b12']]],
  ['lay', 'which', 'table', LW, "i'm bunged up and my legs are weak, which mineral could be low", [['potassium']]],
  ['typo', 'which', 'table', LW, 'which defiencies give you britle nails', [['calcium'], ['iron']]],
  ['lay', 'yes-no', 'table', LW, 'is low magnesium connected to my blood pressure being up?', [['high blood pressure']], 'yes'],
  ['lay', 'yes-no', 'table', LW, "could not having enough of the sunshine vitamin be why i'm feeling down lately", [['depression']], 'yes'],
  ['typo', 'why', 'prose', LW, 'how does dehydraton make your legs weak', [['blood volume'], ['electrolyte imbalance', 'imbalance of electrolytes']]],
  ['keyword', 'risk', 'prose', LW, 'dehydration risk groups', [['athletes'], ['older adults', 'hot climates']]],
  ['lay', 'what', 'prose', LW, 'when is weak legs an ER kind of situation', [['difficulty breathing', 'heart palpitations', 'severe dehydration']]],
  ['keyword', 'tests', 'prose', LW, 'leg weakness tests', [['blood tests']]],
  ['lay', 'treatment', 'prose', LW, "ok so if it's a vitamin thing, how do i get my legs strong again", [['dietary changes'], ['supplementation', 'hydration']]],
  ['lay', 'yes-no', 'prose', LW, "is the sun vitamin only about bones or does it do more", [['calcium and phosphorus', 'absorption of calcium', 'calcium absorption']], 'no'],
  ['typo', 'which', 'prose', LW, 'what does magnesium team up with for muscles and nervs', [['calcium and potassium']]],
  ['clinical', 'comparison', 'table', LW, 'Compare the roles of potassium and magnesium in muscle function.', [['nerve signals', 'muscle contractions'], ['muscle relaxation', 'relaxation']]],
  ['long', 'what', 'prose', LW, "For a few weeks now my legs give out halfway up the stairs. I'm also out of breath and my sister says I look really pale. What deficiency could be behind this?", [['iron'], ['anemia', 'oxygen']]],
  ['clinical', 'comparison', 'table', LW, 'How do calcium and vitamin B12 deficiency differ in their leg symptoms?', [['cramps', 'spasms'], ['tingling', 'numbness']]],
  ['typo', 'what', 'prose', LW, 'what does potasium do in the body', [['nerve signals', 'muscle contractions']]],
  ['long', 'what', 'prose', LW, "My mum is 80 and has been anaemic for a while, and now her legs are getting weak too. The nurse looked worried. Why is that combination a problem?", [['mortality']]],

  // --- heavy legs (001)
  ['lay', 'what', 'prose', HL, 'my legs feel like lead all day, could i be missing something in my diet?', [['iron', 'vitamin d', 'vitamin b12', 'magnesium']]],
  ['lay', 'why', 'prose', HL, 'why does being low on iron make my legs feel like bricks', [['oxygen'], ['hemoglobin', 'fatigue']]],
  ['lay', 'why', 'prose', HL, 'why would being low on iron give me painful cramps', [['lactic acid']]],
  ['lay', 'what', 'prose', HL, "what's that thing where you can't keep your legs still at night called", [['urge to move the legs', 'urge to move']]],
  ['typo', 'symptoms', 'list', HL, 'iron defficiency symtoms heavy legs', [['tiredness', 'weakness'], ['pale skin', 'chest pain']]],
  ['typo', 'foods', 'list', HL, 'vitamin d sorces for hevy legs', [['sunlight', 'sunlight exposure'], ['fatty fish', 'fortified dairy']]],
  ['clinical', 'what', 'prose', HL, 'What is myelin and what does vitamin B12 have to do with it?', [['protective sheath', 'myelin sheath']]],
  ['lay', 'foods', 'list', HL, "I went vegan last year, where am I supposed to get my b12 from", [['supplements'], ['fortified cereals']]],
  ['long', 'how', 'list', HL, 'I keep reading that magnesium relaxes your muscles but nobody explains it. My legs feel tense and heavy in the evenings. How does magnesium actually make the muscles relax?', [['calcium channels']]],
  ['lay', 'foods', 'table', HL, 'what can i snack on to get more magnesium', [['almonds', 'nuts'], ['spinach', 'leafy greens', 'seeds']]],
  ['keyword', 'foods', 'table', HL, 'iron foods heavy legs', [['red meat'], ['lentils', 'spinach', 'fortified cereals']]],
  ['lay', 'what', 'prose', HL, "if it's not my vitamins, what else could be making my legs so heavy", [['poor circulation'], ['diabetes', 'neurological disorders']]],
  ['clinical', 'symptoms', 'faq', HL, 'What are the common signs of heavy legs from a vitamin deficiency?', [['fatigue', 'muscle weakness'], ['restless legs syndrome', 'numbness', 'tingling']]],
  ['lay', 'tests', 'faq', HL, 'how would a doc work out if my heavy legs are down to a vitamin', [['blood tests'], ['physical exam']]],
  ['lay', 'yes-no', 'faq', HL, 'if i fix the vitamin thing will my legs stop feeling so heavy', [['significant improvement', 'complete resolution']], 'yes'],
  ['typo', 'yes-no', 'faq', HL, 'is magnesium defishency the same thing as restless leg syndrom', [['multiple potential causes']], 'no'],
  ['typo', 'yes-no', 'faq', HL, 'can dehyrdation cause heavy legs instead of a vitamin problem', [['electrolyte imbalances', 'muscle cramps']], 'yes'],
  ['lay', 'yes-no', 'faq', HL, 'will hitting the gym sort out my heavy legs if it is a vitamin problem', [["won't correct the deficiency", 'root cause']], 'no'],
  ['lay', 'yes-no', 'faq', HL, 'is it fine to just grab some supplements off the shelf without asking anyone', [['not recommended']], 'no'],
  ['lay', 'risk', 'prose', HL, 'can i just megadose on vitamins myself to sort it out', [['not recommended', 'harmful']]],
  ['clinical', 'comparison', 'table', HL, 'Compare the mechanisms of iron and vitamin B12 deficiency in heavy legs.', [['oxygen transport', 'hemoglobin'], ['nerve damage']]],
  ['keyword', 'symptoms', 'table', HL, 'heavy legs magnesium', [['muscle cramps', 'cramps'], ['restless legs']]],
  ['typo', 'foods', 'table', HL, 'wich foods have vitamin d in them', [['fatty fish'], ['egg yolks', 'fortified milk', 'fortified dairy']]],
  ['long', 'symptoms', 'list', HL, "Besides my legs feeling heavy, I've noticed I'm a bit wobbly on my feet and my toes go numb. I'm vegetarian and don't eat much dairy. What does low b12 usually cause?", [['numbness', 'tingling'], ['balance problems']]],
  ['long', 'what', 'prose', HL, "I'm 42, work at a desk, and lately by evening my legs feel heavy and restless, like I have to keep moving them. I read it might be a vitamin or mineral thing. Which one is most likely?", [['iron', 'magnesium']]],
  ['lay', 'what', 'prose', HL, 'what does b12 actually do for your nerves', [['myelin', 'nerve cells']]],
  ['long', 'treatment', 'faq', HL, "My doctor found my iron was low and said that's probably why my legs feel so heavy. I'm starting on it now. Will sorting the iron actually help the heaviness go away?", [['significant improvement', 'complete resolution', 'improve']]],
  ['clinical', 'which', 'prose', HL, 'Which four nutrients are most associated with heavy legs?', [['iron'], ['vitamin b12', 'magnesium', 'vitamin d']]],

  // --- leg pain (002)
  ['lay', 'why', 'prose', LP, 'why do my calves seize up at night when im just lying there', [['magnesium', 'potassium', 'calcium', 'electrolytes']]],
  ['clinical', 'how', 'prose', LP, 'How does vitamin B12 deficiency cause peripheral neuropathy in the legs?', [['myelin sheath', 'myelin'], ['tingling', 'burning', 'numbness', 'shooting pain']]],
  ['typo', 'why', 'prose', LP, 'can dehidration give you leg cramps', [['electrolytes', 'imbalance of electrolytes', 'electrolyte balance']]],
  ['lay', 'risk', 'prose', LP, 'why do i get leg cramps after a long run on a hot day', [['strenuous exercise'], ['warm weather']]],
  ['keyword', 'what', 'prose', LP, 'anemia meaning', [['red blood cells', 'hemoglobin']]],
  ['lay', 'yes-no', 'prose', LP, 'will iron pills help my restless legs', [['iron replacement therapy']], 'yes'],
  ['lay', 'yes-no', 'prose', LP, 'my son keeps complaining his legs hurt, can changing what he eats for vitamin d actually help kids?', [['reduction in leg pain', 'vitamin d-rich diet']], 'yes'],
  ['clinical', 'how', 'prose', LP, 'How might vitamin D deficiency cause muscular hypersensitivity?', [['hyperinnervation'], ['pain-sensing nerve fibers']]],
  ['lay', 'foods', 'table', LP, 'what should i be eating to get more potassium', [['bananas'], ['sweet potatoes', 'spinach', 'salmon']]],
  ['keyword', 'foods', 'table', LP, 'calcium foods', [['yogurt', 'cheese', 'milk', 'dairy'], ['leafy greens', 'kale']]],
  ['lay', 'yes-no', 'table', LP, 'could low magnesium be why i cant sleep and my legs twitch', [['insomnia']], 'yes'],
  ['lay', 'which', 'table', LP, 'my gp mentioned pica and my legs cramp a lot, which deficiency goes with that', [['iron']]],
  ['lay', 'which', 'table', LP, 'my hands and feet are always freezing and i get leg cramps, which mineral might that be', [['iron']]],
  ['clinical', 'what', 'table', LP, 'What type of leg pain does vitamin B12 deficiency cause?', [['burning', 'shooting'], ['tingling', 'numbness']]],
  ['lay', 'foods', 'prose', LP, 'good stuff to eat to get my electrolytes up?', [['avocados', 'bananas', 'sweet potatoes'], ['leafy greens']]],
  ['lay', 'yes-no', 'prose', LP, 'should i get my blood checked first before i start popping supplements', [['blood tests']], 'yes'],
  ['typo', 'treatment', 'prose', LP, 'when shoud i drink water to stop cramps', [['before and after exercise', 'throughout the day']]],
  ['keyword', 'treatment', 'prose', LP, 'vitamin d sun', [['sun'], ['produce its own supply', 'produce vitamin d']]],
  ['lay', 'why', 'prose', LP, "where does all the water go when you're dried out, why do my muscles suffer", [['vital organs']]],
  ['clinical', 'comparison', 'table', LP, 'Compare the type of leg pain caused by magnesium and potassium deficiency.', [['nighttime muscle cramps', 'cramps'], ['muscle spasms', 'general weakness']]],
  ['typo', 'symptoms', 'table', LP, 'vitamin d defiency leg pain symtoms', [['bone pain', 'muscle aches'], ['weakness', 'fatigue']]],
  ['long', 'treatment', 'prose', LP, "I run a lot and in summer my legs cramp up badly after long runs. I don't really drink much during the day. What can I do about it?", [['hydration', 'drinking plenty of water', 'water'], ['electrolyte', 'dehydration']]],
  ['long', 'treatment', 'prose', LP, "I've had aching legs for months and my GP says it might be my diet. I mostly eat takeaways and crisps. What kind of diet should I be switching to?", [['balanced diet'], ['fruits', 'vegetables', 'whole grains']]],
  ['lay', 'what', 'prose', LP, "what's the deal with the urge to keep moving my legs at night", [['restless legs syndrome', 'rls'], ['iron', 'anemia']]],
  ['typo', 'treatment', 'prose', LP, 'when do you need suplements for leg pain', [['severe deficiency', 'impaired absorption', "dietary changes aren't enough"]]],
  ['long', 'symptoms', 'table', LP, "My grandmother had pernicious-type stuff in the family and now I'm getting a burning, shooting pain down my legs and feet. I'm also forgetting things. Which deficiency fits that?", [['vitamin b12', 'b12']]],
  ['typo', 'what', 'table', LP, 'severe potasium deficiency heart', [['irregular heartbeat']]],

  // --- leg muscle pain (003)
  ['clinical', 'yes-no', 'prose', LMP, 'Can vitamin E deficiency cause muscle weakness?', [['muscle weakness'], ['nerve function', 'coordination']], 'yes'],
  ['lay', 'yes-no', 'faq', LMP, 'do lots of people end up short on vitamin e', [['rare']], 'no'],
  ['lay', 'why', 'faq', LMP, 'how does someone even end up low on vitamin e', [['fat absorption']]],
  ['keyword', 'foods', 'list', LMP, 'vitamin e foods', [['vegetable oils'], ['nuts', 'seeds']]],
  ['lay', 'foods', 'list', LMP, 'what kind of fish should i eat for vitamin d', [['salmon', 'tuna', 'fatty fish']]],
  ['lay', 'risk', 'prose', LMP, 'what happens long term if i ignore low vitamin d', [['osteomalacia'], ['fractures']]],
  ['keyword', 'risk', 'list', LMP, 'b12 deficiency risk', [['vegan']]],
  ['typo', 'foods', 'list', LMP, 'iron rich fods for leg pain', [['red meat'], ['lentils', 'chickpeas', 'spinach']]],
  ['lay', 'foods', 'table', LMP, "i can't stand milk, where else can i get calcium", [['dairy products'], ['kale', 'fortified foods', 'leafy greens']]],
  ['lay', 'yes-no', 'faq', LMP, 'can low magnesium be the reason i wake up at 3am with my leg in a knot', [['nighttime leg cramps', 'muscle relaxation']], 'yes'],
  ['lay', 'what', 'faq', LMP, "what's the proper name for pins and needles", [['paresthesia'], ['tingling', 'numbness']]],
  ['lay', 'tests', 'faq', LMP, 'how can i find out for sure if a vitamin is the problem', [['blood tests'], ['healthcare provider']]],
  ['lay', 'treatment', 'list', LMP, 'how can i top up my vitamin d without taking anything', [['sun exposure']]],
  ['clinical', 'what', 'table', LMP, 'What is the primary function of vitamin E?', [['nerve function'], ['antioxidant']]],
  ['keyword', 'what', 'table', LMP, 'iron function', [['oxygen transport'], ['energy production', 'hemoglobin']]],
  ['clinical', 'which', 'prose', LMP, 'Which vitamin deficiency causes leg muscle pain?', [['vitamin d'], ['b12', 'magnesium', 'calcium', 'iron']]],
  ['lay', 'why', 'prose', LMP, 'why would low calcium make my leg muscles jerk on their own', [['involuntary muscle', 'muscle contraction and relaxation', 'muscle contraction']]],
  ['typo', 'symptoms', 'prose', LMP, 'calcuim deficeincy cramps legs', [['cramps', 'spasms'], ['tingling', 'involuntary']]],
  ['typo', 'what', 'prose', LMP, 'what else does vitamin b12 do apart from nerves, like blood cells?', [['red blood cells']]],
  ['long', 'foods', 'faq', LMP, "I keep getting achy legs and cramps and my doctor says to fix my diet before trying pills. I don't know where to start. What foods should I focus on?", [['fatty fish', 'fortified dairy'], ['leafy greens', 'nuts', 'meat and eggs', 'dairy']]],
  ['lay', 'symptoms', 'list', LMP, 'what does being low on b12 feel like in your legs', [['tingling', 'numbness', 'shooting pain']]],
  ['long', 'treatment', 'list', LMP, "My doctor gave me supplements for low vitamin D and I'm tempted to double up to get better faster. My legs still ache. Is taking more than I was told a problem?", [['prescribed dosage'], ['harmful', 'excessive intake']]],
  ['typo', 'what', 'table', LMP, 'magnisium function musles', [['muscle relaxation'], ['nerve transmission']]],
  ['clinical', 'comparison', 'table', LMP, 'How do vitamin E and vitamin D deficiency differ in leg symptoms?', [['coordination issues', 'muscle weakness'], ['muscle aches', 'bone pain', 'cramps']]],
  ['long', 'why', 'faq', LMP, "I had part of my gut removed years ago and my doctor mentioned I don't absorb fat well. Now my legs feel weak and clumsy. Could that be connected to a vitamin?", [['vitamin e'], ['fat absorption', 'coordination']]],
  ['lay', 'why', 'prose', LMP, 'why does my mineral level matter for my muscles anyway', [['contraction', 'relaxation', 'nerve']]],
  ['lay', 'yes-no', 'prose', LMP, "can i just work out from my symptoms which vitamin i'm missing", [['symptoms overlap', 'difficult']], 'no'],
  ['lay', 'yes-no', 'faq', LMP, 'could b12 be behind pins and needles in my feet', [['tingling', 'paresthesia', 'numbness']], 'yes'],

  // --- weak legs reasons (004)
  ['lay', 'what', 'prose', WLR, "my doctor wrote 'lower extremity asthenia' on my notes, what on earth is that", [['reduction in muscular strength', 'leg weakness', 'weakness']]],
  ['lay', 'how', 'list', WLR, "can not drinking enough make my knees and legs stiff", [['synovial fluid'], ['stiffness', 'joint lubrication']]],
  ['long', 'how', 'list', WLR, 'I play football in the summer heat and by the second half my legs go completely dead. I never bring a water bottle. Could being dried out and overheating cause that?', [['body temperature', 'heat'], ['muscle fatigue']]],
  ['lay', 'why', 'list', WLR, 'what makes your potassium drop in the first place', [['diuretic use', 'diuretics'], ['gastrointestinal losses', 'vomiting or diarrhea', 'inadequate dietary intake']]],
  ['lay', 'risk', 'list', WLR, "i do marathons and chug loads of water, could that backfire on my legs", [['hyponatremia'], ['sodium']]],
  ['lay', 'yes-no', 'list', WLR, 'my heartburn pills, could they be draining my magnesium', [['proton pump inhibitors']], 'yes'],
  ['keyword', 'risk', 'list', WLR, 'alcohol magnesium', [['chronic alcohol consumption', 'alcoholism']]],
  ['clinical', 'why', 'list', WLR, 'What can lead to calcium dysregulation affecting leg strength?', [['parathyroid disorders'], ['vitamin d imbalances', 'vitamin d']]],
  ['keyword', 'what', 'prose', WLR, 'muscle fatigue atp', [['adenosine triphosphate', 'atp'], ['energy']]],
  ['lay', 'which', 'prose', WLR, 'what illnesses leave your legs worn out all the time', [['chronic fatigue syndrome'], ['fibromyalgia']]],
  ['lay', 'what', 'prose', WLR, 'can a problem in my back make my legs weak', [['nerve compression', 'herniated discs', 'spinal stenosis']]],
  ['keyword', 'what', 'prose', WLR, 'sciatica leg weakness', [['sciatic nerve'], ['nerve compression', 'pain and weakness']]],
  ['typo', 'tests', 'prose', WLR, 'tests for a trapped nerve - emg or nerve conducion?', [['electromyography', 'emg'], ['nerve conduction studies', 'ncs']]],
  ['lay', 'treatment', 'prose', WLR, "how do they fix a pinched nerve that's making my leg weak", [['physical therapy', 'surgical decompression', 'medication']]],
  ['lay', 'what', 'prose', WLR, 'my legs cramp and ache when i walk but it goes away when i stop and sit for a bit, whats that', [['intermittent claudication', 'peripheral artery disease'], ['resolves with rest']]],
  ['keyword', 'tests', 'prose', WLR, 'leg circulation tests', [['ankle-brachial index', 'abi'], ['doppler ultrasound']]],
  ['typo', 'symptoms', 'prose', WLR, 'deep vein thrombosys leg symptoms', [['pain', 'swelling'], ['weakness']]],
  ['lay', 'symptoms', 'prose', WLR, 'my legs swell up and feel heavy, could it be my veins', [['leg swelling', 'swelling'], ['heaviness', 'discomfort']]],
  ['lay', 'yes-no', 'list', WLR, 'is it my cholesterol tablets making my legs weak', [['statins'], ['myopathy']], 'yes'],
  ['typo', 'why', 'list', WLR, 'why do statens cause muscle pain', [['mitochondrial function', 'coenzyme q10']]],
  ['typo', 'what', 'list', WLR, 'what is rabdomyolysis', [['muscle breakdown'], ['kidney damage']]],
  ['clinical', 'comparison', 'list', WLR, 'How do loop diuretics compare with thiazide diuretics regarding electrolyte disturbances?', [['loop diuretics', 'furosemide', 'more potent'], ['thiazide diuretics']]],
  ['lay', 'what', 'list', WLR, "i've been on steroid tablets for months and now i struggle to get up off the sofa, why", [['corticosteroid', 'corticosteroids'], ['muscle atrophy', 'muscle wasting', 'hips and thighs']]],
  ['clinical', 'which', 'list', WLR, 'Which chemotherapeutic agents are associated with peripheral neuropathy?', [['taxanes', 'platinum-based drugs', 'vinca alkaloids']]],
  ['clinical', 'risk', 'list', WLR, 'Who is at increased risk of vitamin D deficiency-related leg weakness?', [['limited sun exposure', 'malabsorption syndromes', 'chronic kidney disease'], ['elderly', 'nursing homes']]],
  ['lay', 'risk', 'list', WLR, 'which people tend to get weak legs from low iron, is it more women?', [['women of reproductive age'], ['chronic blood loss', 'poor dietary iron intake']]],
  ['lay', 'yes-no', 'list', WLR, 'could my diabetes pill be messing with my vitamins', [['metformin']], 'yes'],
  ['clinical', 'which', 'list', WLR, 'Which B vitamins are essential for nerve health?', [['thiamine', 'b1'], ['pyridoxine', 'b6', 'cobalamin', 'b12']]],
  ['typo', 'what', 'list', WLR, 'what is pernicous anemia', [['vitamin b12 deficiency', 'b12']]],
  ['keyword', 'risk', 'list', WLR, 'diabetic neuropathy legs', [['numbness', 'tingling', 'weakness'], ['falls', 'foot ulcers', 'balance']]],
  ['lay', 'which', 'list', WLR, 'could an underactive or overactive thyroid leave my thighs weak', [['hypothyroidism', 'hyperthyroidism', 'thyroid disorders'], ['myopathy']]],
  ['clinical', 'how', 'list', WLR, 'How does multiple sclerosis cause leg weakness?', [['demyelination'], ['nerve impulse transmission', 'spasticity']]],
  ['lay', 'yes-no', 'faq', WLR, 'does having weak legs all the time mean something bad is wrong with me', [['lifestyle factors', 'dehydration', 'prolonged inactivity']], 'no'],
  ['clinical', 'which', 'faq', WLR, 'Which medications can induce leg weakness as a side effect?', [['statins'], ['diuretics', 'corticosteroids', 'chemotherapeutic agents']]],
  ['lay', 'treatment', 'prose', WLR, "should i have a sports drink when i'm out hiking all day", [['electrolyte-rich sports drinks', 'sports drinks']]],
  ['lay', 'treatment', 'prose', WLR, 'what sort of exercise is ok to build my legs back up without overdoing it', [['walking or swimming', 'low-impact exercises'], ['physical therapist']]],
  ['long', 'why', 'prose', WLR, "My 78-year-old dad's legs have been getting weaker and he had a fall last month. He says it's just age and won't see anyone. Why does it matter to sort out his leg weakness?", [['preventing falls', 'independence']]],
  ['long', 'what', 'list', WLR, "I've had bad diarrhoea for about two weeks after a trip and now my legs feel like jelly and cramp a lot. I'm otherwise healthy. What could be going on?", [['magnesium', 'hypokalemia', 'potassium'], ['cramps', 'weakness']]],
  ['long', 'what', 'list', WLR, "My dad is in his seventies and was put on furosemide for swelling in his ankles. Since then he says his legs are weak and crampy. Is the medication likely involved?", [['diuretics', 'loop diuretics', 'furosemide'], ['hypokalemia', 'electrolyte']]],
  ['long', 'what', 'list', WLR, "I'm a construction worker, my lower back has been killing me and now one leg feels weak and there's pain shooting down it. What might that be and how would they check?", [['nerve compression', 'herniated disc', 'sciatica'], ['electromyography', 'nerve conduction studies']]],
  ['long', 'risk', 'list', WLR, "I've had type 2 diabetes for ten years and honestly haven't kept my sugars in check. Lately my feet are numb and my legs feel weak. Is that related?", [['diabetic neuropathy'], ['numbness', 'weakness', 'falls']]],
  ['long', 'treatment', 'prose', WLR, "I'm 55 and my legs just feel weak, nothing dramatic. I want to do what I can at home before it gets worse. What steps are worth taking?", [['hydration'], ['electrolyte balance', 'exercise', 'review medications']]],
  ['typo', 'why', 'list', WLR, 'why do corticosteriods cause muscle wasteing', [['protein catabolism', 'inhibit protein synthesis']]],
  ['keyword', 'tests', 'prose', WLR, 'PAD diagnosis tests', [['ankle-brachial index', 'doppler ultrasound']]],
  ['typo', 'what', 'list', WLR, 'hyponatremia vs hypernatremia musle weakness', [['cellular swelling'], ['cellular dehydration']]],
  ['clinical', 'what', 'list', WLR, 'What is the role of potassium in muscle cell excitability?', [['membrane potential', 'cellular membrane potential']]],
  ['lay', 'what', 'list', WLR, 'i drink a fair bit most nights, can that be why my legs are weak and crampy', [['magnesium', 'b vitamin', 'alcohol']]],
  ['long', 'why', 'list', WLR, "My grandmother lives in a care home and hardly ever goes outside. She's become really unsteady and says her legs are weak. The staff mentioned a vitamin. Which one, and why?", [['vitamin d'], ['limited sun exposure', 'myopathy', 'muscle weakness']]],
  ['keyword', 'symptoms', 'list', WLR, 'multiple sclerosis legs', [['muscle weakness', 'spasticity', 'fatigue']]],
  ['lay', 'treatment', 'faq', WLR, 'how is my doctor going to figure out why my legs are weak', [['medical evaluation', 'thorough medical evaluation']]],
  ['typo', 'what', 'faq', WLR, 'how do electrolite imbalances cause leg weaknes', [['nerve impulse transmission', 'muscle contraction']]],

  // --- cross-article / extra
  ['typo', 'symptoms', 'prose', LMP, 'vitamin b12 defficiency nerve pain legs', [['tingling', 'numbness', 'shooting pain']]],
  ['long', 'foods', 'table', LP, "I've started getting crampy legs at night and also can't sleep well. I'd rather sort it with food than pills. What should I add to my meals?", [['spinach', 'nuts', 'whole grains', 'avocados']]],
  ['keyword', 'symptoms', 'table', LW, 'iron deficiency headache', [['headache', 'pale skin'], ['fatigue', 'weakness']]],
  ['lay', 'which', 'table', LP, 'which of these deficiencies would make my bones weaker', [['calcium', 'vitamin d']]],
  ['clinical', 'comparison', 'table', LW, 'Compare vitamin D and iron deficiency with respect to their other associated symptoms.', [['bone pain', 'bone fractures', 'depression'], ['pale skin', 'shortness of breath', 'headache']]],
  ['typo', 'treatment', 'prose', HL, 'treatmant for heavy legs from vitamin defiency', [['dietary changes', 'diet'], ['supplements', 'supplementation']]],
  ['long', 'yes-no', 'faq', HL, "My legs have felt heavy for months. A friend swears by magnesium and told me to just start taking a lot of it. Is that a good idea without seeing anyone?", [['not recommended', 'adverse effects']], 'no'],
  ['keyword', 'foods', 'faq', LMP, 'magnesium food', [['leafy greens'], ['nuts', 'seeds', 'whole grains']]],
  ['lay', 'yes-no', 'table', LP, 'can being short on calcium leave my bones fragile', [['weakened bones', 'osteoporosis']], 'yes'],
  ['long', 'symptoms', 'prose', LW, "My teenage daughter eats almost nothing but toast and she's complaining of muscle cramps and a tingly feeling around her mouth and fingers. Which deficiency would cause that?", [['calcium', 'hypocalcemia'], ['tingling']]],
  ['typo', 'risk', 'prose', LW, 'is low potasium dangerous for the heart', [['irregular heart rhythms', 'irregular heartbeat']]],
  ['keyword', 'treatment', 'faq', LMP, 'leg cramps prevention', [['balanced diet', 'hydrated', 'drink enough water']]],
];

const questions = QUESTIONS.map(([style, kind, from, docId, question, expect, yesNo], i) => ({
  id: `fq${String(i + 1).padStart(3, '0')}`,
  question,
  style,
  kind,
  from,
  docId,
  expect,
  ...(yesNo ? { yesNo } : {}),
}));

type DeclineRow = [string, string];
const DECLINES: DeclineRow[] = [
  ['off-topic', "what's the weather going to be like tomorrow"],
  ['off-topic', 'Give me a good recipe for lasagna.'],
  ['off-topic', 'what is the capital of australia'],
  ['off-topic', 'my wifi keeps dropping, how do i fix it'],
  ['off-topic', 'write me a short poem about my cat'],
  ['off-topic', 'Which laptop should I buy for university?'],
  ['off-topic', 'who won the football last night'],
  ['off-topic', 'how do i say good morning in japanese'],
  ['covered-word-uncovered-topic', 'Does vitamin D protect against covid?'],
  ['covered-word-uncovered-topic', 'can magnesium help with migraines'],
  ['covered-word-uncovered-topic', 'does drinking coffee stop iron being absorbed'],
  ['covered-word-uncovered-topic', 'can too much potassium give you kidney stones'],
  ['covered-word-uncovered-topic', 'do statins cause memory problems'],
  ['covered-word-uncovered-topic', 'are b12 injections better than tablets'],
  ['covered-word-uncovered-topic', 'Do calcium supplements raise the risk of a heart attack?'],
  ['covered-word-uncovered-topic', 'is vitamin e good for wrinkles'],
  ['covered-word-uncovered-topic', 'is restless legs syndrome common during pregnancy'],
  ['covered-word-uncovered-topic', 'does yoga help sciatica'],
  ['covered-word-uncovered-topic', 'can metformin help me lose weight'],
  ['covered-word-uncovered-topic', 'does furosemide affect your hearing'],
  ['covered-word-uncovered-topic', 'is there a cure for multiple sclerosis'],
  ['covered-word-uncovered-topic', 'can low iron make my hair fall out'],
  ['covered-word-uncovered-topic', 'does smoking make peripheral artery disease worse'],
  ['covered-word-uncovered-topic', 'can magnesium help with asthma'],
  ['dose', 'how many IU of vitamin D should I take a day'],
  ['dose', 'how many mg of magnesium for night cramps'],
  ['dose', 'how many bananas a day do i need for enough potassium'],
  ['dose', 'What is the recommended daily iron intake for a woman?'],
  ['dose', 'how many litres of water should i drink to stop leg cramps'],
  ['dose', 'how much b12 should a vegan take per day in mcg'],
  ['diagnosis', 'my legs are weak and tingly, do i have MS?'],
  ['diagnosis', 'I get cramps every night. Do I have a magnesium deficiency?'],
  ['diagnosis', 'my calf is swollen and sore, is it a DVT? just tell me yes or no'],
  ['diagnosis', "i'm pale, tired and my legs are weak, can you confirm i'm anaemic"],
  ['diagnosis', 'based on my symptoms do i have peripheral artery disease'],
  ['diagnosis', 'numb feet and I forget things a lot - do I have B12 deficiency or not?'],
];
const declines = DECLINES.map(([category, question], i) => ({
  id: `fd${String(i + 1).padStart(3, '0')}`,
  question,
  category,
}));

const SMALL_TALK = [
  'hi',
  'Hello there!',
  'hey, good morning',
  'thanks!',
  'thank you so much, that really helped',
  'cheers mate',
  'who are you?',
  'what can you help me with',
  'ok cool',
  'great, got it',
  'bye for now',
  'goodnight, thanks again',
];
const smallTalk = SMALL_TALK.map((message, i) => ({ id: `fs${String(i + 1).padStart(3, '0')}`, message }));

type Turn = { user: string; expect: string[][]; mustNotMention?: string[]; declined?: boolean };
type Conv = { tests: string[]; turns: Turn[] };
const CONVERSATIONS: Conv[] = [
  { tests: ['pronoun'], turns: [
    { user: 'what is hypokalemia', expect: [['potassium']] },
    { user: 'is it serious?', expect: [['irregular heart rhythms', 'paralysis', 'life-threatening']] },
  ] },
  { tests: ['what-about'], turns: [
    { user: 'what foods have magnesium', expect: [['spinach', 'leafy greens', 'nuts', 'almonds']] },
    { user: 'and potassium?', expect: [['bananas', 'sweet potatoes']], mustNotMention: ['almonds'] },
  ] },
  { tests: ['narrowing'], turns: [
    { user: 'tell me about iron deficiency and the legs', expect: [['oxygen', 'anemia', 'hemoglobin']] },
    { user: 'only the foods, please', expect: [['red meat', 'lentils', 'spinach', 'chickpeas']] },
  ] },
  { tests: ['elliptical'], turns: [
    { user: 'can low magnesium cause leg weakness?', expect: [['weakness', 'muscle weakness']] },
    { user: 'why?', expect: [['loss of potassium', 'relaxation', 'neuromuscular function']] },
  ] },
  { tests: ['topic-switch'], turns: [
    { user: 'what does vitamin b12 deficiency do to the legs', expect: [['tingling', 'numbness']] },
    { user: 'different question - what tests check for poor circulation in the legs?', expect: [['ankle-brachial index', 'doppler ultrasound']], mustNotMention: ['b12'] },
  ] },
  { tests: ['greeting'], turns: [
    { user: 'hi there! quick one - what causes restless legs?', expect: [['iron']] },
    { user: 'can it be treated?', expect: [['iron replacement therapy']] },
  ] },
  { tests: ['thanks', 'what-about'], turns: [
    { user: 'what foods are high in vitamin d', expect: [['fatty fish'], ['egg yolks', 'fortified dairy', 'fortified milk']] },
    { user: 'thanks! what about for b12?', expect: [['meat', 'eggs', 'dairy']], mustNotMention: ['egg yolks'] },
  ] },
  { tests: ['clarification'], turns: [
    { user: 'which medications cause weak legs', expect: [['statins'], ['diuretics', 'corticosteroids']] },
    { user: 'the cholesterol one', expect: [['myopathy'], ['statins', 'coenzyme q10']], mustNotMention: ['furosemide'] },
  ] },
  { tests: ['pronoun'], turns: [
    { user: 'what is osteomalacia', expect: [['vitamin d'], ['bone']] },
    { user: 'what happens in kids with it?', expect: [['rickets']] },
  ] },
  { tests: ['narrowing'], turns: [
    { user: 'what are the risk factors for vitamin d deficiency weakness', expect: [['limited sun exposure', 'malabsorption', 'chronic kidney disease']] },
    { user: 'what about in older people', expect: [['nursing homes', 'elderly']] },
  ] },
  { tests: ['elliptical', 'pronoun'], turns: [
    { user: 'can dehydration make my legs weak?', expect: [['blood volume', 'electrolyte']] },
    { user: 'who gets it most?', expect: [['athletes', 'older adults', 'hot climates']] },
  ] },
  { tests: ['what-about'], turns: [
    { user: 'what are the symptoms of low calcium', expect: [['cramps', 'spasms'], ['tingling']] },
    { user: 'and vitamin e?', expect: [['muscle weakness', 'coordination']], mustNotMention: ['tetany'] },
  ] },
  { tests: ['topic-switch', 'thanks'], turns: [
    { user: 'why do statins cause muscle problems', expect: [['mitochondrial', 'coenzyme q10']] },
    { user: 'ok thanks. separate thing, what foods help with calcium?', expect: [['dairy', 'yogurt', 'cheese', 'milk']], mustNotMention: ['statins'] },
  ] },
  { tests: ['clarification'], turns: [
    { user: 'my legs tingle, which vitamin could that be', expect: [['b12', 'vitamin b12']] },
    { user: 'the b12 one - where do i get it', expect: [['meat', 'eggs', 'dairy']] },
  ] },
  { tests: ['pronoun', 'elliptical'], turns: [
    { user: 'what is peripheral artery disease', expect: [['narrowing of arteries', 'atherosclerotic']] },
    { user: 'how do they test for it', expect: [['ankle-brachial index', 'doppler ultrasound']] },
    { user: 'and what symptom does it cause when walking?', expect: [['intermittent claudication', 'cramping pain']] },
  ] },
  { tests: ['what-about'], turns: [
    { user: 'can proton pump inhibitors cause a deficiency?', expect: [['magnesium']] },
    { user: 'what about metformin?', expect: [['b vitamin', 'b12']] },
  ] },
  { tests: ['narrowing'], turns: [
    { user: 'what helps heavy legs from deficiencies', expect: [['dietary changes', 'supplements', 'diet']] },
    { user: 'just the exercise bit', expect: [["won't correct the deficiency", 'exercise']] },
  ] },
  { tests: ['topic-switch'], turns: [
    { user: 'what does magnesium do for muscles', expect: [['relaxation', 'relax']] },
    { user: 'now tell me how multiple sclerosis affects the legs', expect: [['demyelination', 'weakness', 'spasticity']], mustNotMention: ['magnesium'] },
  ] },
  { tests: ['elliptical'], turns: [
    { user: 'is vitamin e deficiency common', expect: [['rare']] },
    { user: 'who gets it then?', expect: [['fat absorption']] },
  ] },
  { tests: ['greeting', 'pronoun'], turns: [
    { user: 'hello! what is rhabdomyolysis', expect: [['muscle breakdown'], ['kidney damage']] },
    { user: 'what drug causes it?', expect: [['statins']] },
  ] },
  { tests: ['clarification'], turns: [
    { user: 'what can cause leg weakness', expect: [['dehydration', 'nerve compression', 'nutrient deficiency', 'electrolyte']] },
    { user: 'the nerve one', expect: [['spinal stenosis', 'herniated discs', 'sciatica', 'nerve compression']] },
  ] },
  { tests: ['what-about', 'narrowing'], turns: [
    { user: 'what symptoms does iron deficiency cause', expect: [['fatigue', 'weakness', 'tiredness']] },
    { user: 'what about in women specifically', expect: [['women of reproductive age']] },
  ] },
  { tests: ['pronoun'], turns: [
    { user: 'what is myelin', expect: [['protective sheath', 'protective covering']] },
    { user: 'which vitamin keeps it healthy', expect: [['b12', 'vitamin b12']] },
  ] },
  { tests: ['elliptical'], turns: [
    { user: 'what foods are good for vitamin e', expect: [['nuts', 'seeds', 'vegetable oils']] },
    { user: 'how much a day?', expect: [['vitamin e', 'prescribed dosage', 'healthcare provider']], declined: true },
  ] },
  { tests: ['thanks', 'topic-switch'], turns: [
    { user: 'what are diuretics known to do to electrolytes', expect: [['hypokalemia', 'hyponatremia']] },
    { user: 'thanks. and does b12 deficiency affect memory?', expect: [['memory loss']], mustNotMention: ['furosemide'] },
  ] },
  { tests: ['pronoun', 'what-about'], turns: [
    { user: 'does magnesium deficiency cause restless legs', expect: [['restless legs', 'rls']] },
    { user: 'is it the same thing as rls?', expect: [['multiple potential causes']] },
    { user: 'what about iron?', expect: [['restless legs syndrome', 'rls']] },
  ] },
  { tests: ['elliptical'], turns: [
    { user: 'how do corticosteroids affect the legs', expect: [['muscle atrophy', 'muscle wasting', 'weakness']] },
    { user: 'which muscles?', expect: [['proximal muscles', 'hips and thighs']] },
  ] },
  { tests: ['narrowing'], turns: [
    { user: 'what foods help with leg pain', expect: [['spinach', 'bananas', 'avocados', 'leafy greens', 'nuts']] },
    { user: 'just for iron', expect: [['red meat', 'spinach', 'beans', 'lentils']] },
  ] },
  { tests: ['clarification'], turns: [
    { user: 'what deficiencies cause cramps in the legs', expect: [['magnesium', 'calcium', 'potassium']] },
    { user: 'the second one you mentioned sounds like me, what foods?', expect: [['dairy', 'yogurt', 'cheese', 'milk', 'spinach', 'bananas', 'nuts', 'leafy greens']] },
  ] },
  { tests: ['topic-switch'], turns: [
    { user: 'what is sciatica', expect: [['sciatic nerve', 'nerve compression']] },
    { user: 'ok, and what are good sources of vitamin d?', expect: [['fatty fish', 'sunlight', 'fortified dairy']], mustNotMention: ['sciatic'] },
  ] },
  { tests: ['pronoun', 'elliptical'], turns: [
    { user: 'what is hypocalcemia', expect: [['calcium']] },
    { user: 'what does it do to the bones?', expect: [['osteoporosis', 'taking calcium from the bones']] },
  ] },
  { tests: ['greeting', 'what-about'], turns: [
    { user: 'hey :) what causes heavy legs', expect: [['iron', 'vitamin d', 'vitamin b12', 'magnesium', 'circulation']] },
    { user: 'what about dehydration?', expect: [['electrolyte imbalances', 'muscle cramps', 'fatigue']] },
  ] },
  { tests: ['elliptical'], turns: [
    { user: 'can weak legs be a medical emergency', expect: [['difficulty breathing', 'heart palpitations', 'severe dehydration']] },
    { user: 'and otherwise, who should i see?', expect: [['healthcare professional', 'doctor', 'blood tests']] },
  ] },
  { tests: ['what-about'], turns: [
    { user: 'which conditions can cause muscle fatigue', expect: [['chronic fatigue syndrome', 'fibromyalgia']] },
    { user: 'what about thyroid problems?', expect: [['hypothyroidism', 'hyperthyroidism', 'myopathy']] },
  ] },
  { tests: ['pronoun'], turns: [
    { user: 'what are loop diuretics', expect: [['furosemide', 'more potent']] },
    { user: 'are they riskier than the other kind?', expect: [['thiazide diuretics', 'higher risk']] },
  ] },
  { tests: ['topic-switch', 'thanks'], turns: [
    { user: 'can vitamin d deficiency make my legs hurt', expect: [['bone pain', 'muscle aches']] },
    { user: 'thanks. unrelated, what does potassium do?', expect: [['nerve signals', 'muscle contractions']], mustNotMention: ['vitamin d'] },
  ] },
  { tests: ['narrowing'], turns: [
    { user: 'what are the symptoms of vitamin b12 deficiency', expect: [['tingling', 'numbness']] },
    { user: 'only the ones in the legs', expect: [['tingling', 'numbness', 'shooting pain', 'difficulty walking']] },
  ] },
  { tests: ['elliptical', 'pronoun'], turns: [
    { user: 'what is deep vein thrombosis', expect: [['venous outflow', 'pain', 'swelling']] },
    { user: 'does it make the leg weak?', expect: [['weakness']] },
  ] },
  { tests: ['clarification'], turns: [
    { user: 'which electrolytes matter for leg strength', expect: [['potassium'], ['sodium', 'magnesium', 'calcium']] },
    { user: 'the sodium one', expect: [['hyponatremia', 'hypernatremia']], mustNotMention: ['hypokalemia'] },
  ] },
  { tests: ['what-about', 'elliptical'], turns: [
    { user: 'who is at risk of b12 deficiency', expect: [['vegan']] },
    { user: 'and iron?', expect: [['women of reproductive age', 'chronic blood loss', 'poor dietary iron intake']] },
  ] },
  { tests: ['topic-switch'], turns: [
    { user: 'how does anemia cause leg pain', expect: [['oxygen']] },
    { user: 'switching topics - what do chemotherapy drugs do to the legs', expect: [['peripheral neuropathy']], mustNotMention: ['anemia'] },
  ] },
  { tests: ['greeting', 'elliptical'], turns: [
    { user: 'good evening. can low vitamin d cause leg pain in kids?', expect: [['reduction in leg pain', 'vitamin d-rich diet', 'children']] },
    { user: 'how was it treated?', expect: [['vitamin d-rich diet']] },
  ] },
  { tests: ['pronoun', 'narrowing'], turns: [
    { user: 'tell me about vitamin d and muscle weakness', expect: [['calcium'], ['muscle weakness', 'weakness']] },
    { user: 'how do i get more of it without pills', expect: [['sun', 'sunlight'], ['fatty fish']] },
  ] },
  { tests: ['what-about', 'thanks'], turns: [
    { user: 'what does potassium deficiency feel like in the legs', expect: [['muscle weakness', 'cramps', 'spasms']] },
    { user: 'thank you. and magnesium?', expect: [['cramps', 'twitches', 'spasms']] },
  ] },
  { tests: ['topic-switch', 'elliptical'], turns: [
    { user: 'what does dehydration do to my joints', expect: [['synovial fluid']] },
    { user: 'ok. is vitamin e deficiency rare?', expect: [['rare']], mustNotMention: ['synovial'] },
  ] },
];
const conversations = CONVERSATIONS.map((c, i) => ({ id: `fc${String(i + 1).padStart(2, '0')}`, ...c }));

export const frozenAnswerSet5 = frozenAnswerSetSchema.parse({
  questions,
  declines,
  smallTalk,
  conversations,
});
