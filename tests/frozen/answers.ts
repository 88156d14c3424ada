/**
 * FROZEN HELD-OUT ANSWER SET for legwise.
 *
 * Written 2026-12-07 from the five corpus articles alone (corpus/*.txt and manifest.json, plus
 * answers-schema.ts), before the engine work it measures. The writer did not read the engine or any
 * other test set. It must never be tuned on, and never be edited to suit the engine. If its failures
 * are studied (read question by question to change the engine), it is spent: a new set must be
 * written from the articles alone.
 */
import { frozenAnswerSetSchema } from './answers-schema';

type Style = 'lay' | 'clinical' | 'typo' | 'keyword' | 'long';
type Kind =
  | 'yes-no' | 'which' | 'why' | 'how' | 'what' | 'foods' | 'symptoms' | 'tests' | 'treatment' | 'risk' | 'comparison';
type From = 'prose' | 'table' | 'list' | 'faq';

const D0 = '000_1145ec47e71046e7'; // Nutrient deficiencies that cause leg weakness
const D1 = '001_754de6f1aa89065a'; // Nutrient deficiencies and heavy legs
const D2 = '002_b6624324fb6154d5'; // Deficiencies and leg pain
const D3 = '003_2485732227a15f94'; // What vitamin deficiency causes leg muscle pain?
const D4 = '004_113f7c2e6d9d5b74'; // 8+ reasons why my legs feel so weak

type Q = [Style, Kind, From, string, string, string[][], ('yes' | 'no')?];

const rawQuestions: Q[] = [
  // ---- lay ----
  ['lay', 'which', 'prose', D1, 'my legs feel like lead weights when I walk around, could I be missing some vitamin or mineral?', [['iron', 'vitamin d', 'vitamin b12', 'magnesium']]],
  ['lay', 'symptoms', 'table', D0, 'apart from wobbly legs, what else shows up when you are short on iron?', [['pale skin', 'shortness of breath', 'headache', 'brittle nails']]],
  ['lay', 'why', 'prose', D0, 'why would being low on iron make my legs give out so fast?', [['oxygen'], ['hemoglobin']]],
  ['lay', 'which', 'prose', D2, 'my calves seize up in the middle of the night, which mineral is usually to blame?', [['magnesium']]],
  ['lay', 'risk', 'list', D4, 'I take water tablets for my blood pressure, can they make my legs go weak?', [['diuretics', 'diuretic'], ['hypokalemia', 'hyponatremia', 'electrolyte imbalances']], 'yes'],
  ['lay', 'yes-no', 'list', D4, 'my doctor put me on a cholesterol pill and now my thighs ache, is that a known thing?', [['statins'], ['myopathy']], 'yes'],
  ['lay', 'which', 'prose', D0, 'pins and needles in my feet and I feel unsteady walking, which vitamin might be low?', [['vitamin b12', 'b12']]],
  ['lay', 'foods', 'list', D1, "I'm vegan now, where am I meant to get my b12 from?", [['supplements']]],
  ['lay', 'what', 'prose', D0, 'what is this sunshine vitamin people keep going on about?', [['vitamin d']]],
  ['lay', 'risk', 'list', D4, "my gran lives in a care home and hardly ever gets outdoors, could that explain why her legs are so feeble?", [['vitamin d'], ['limited sun exposure', 'limited outdoor activities']]],
  ['lay', 'why', 'prose', D2, 'why do I get cramps after a long sweaty run in summer?', [['dehydration'], ['electrolytes', 'electrolyte']]],
  ['lay', 'treatment', 'prose', D2, 'what drinking habits stop post-workout leg cramps?', [['drinking plenty of water', 'hydration', 'drink enough water']]],
  ['lay', 'yes-no', 'faq', D1, 'if I fix a vitamin shortage, will my legs stop feeling like bricks?', [['significant improvement', 'complete resolution']], 'yes'],
  ['lay', 'yes-no', 'faq', D1, 'is it fine to just grab some pills from the chemist without asking a doctor?', [['not recommended']], 'no'],
  ['lay', 'yes-no', 'faq', D1, 'are restless legs and low magnesium basically one and the same?', [['multiple potential causes']], 'no'],
  ['lay', 'yes-no', 'faq', D3, 'is running short of vitamin e something lots of people get?', [['relatively rare', 'rare']], 'no'],
  ['lay', 'what', 'faq', D3, 'when someone does end up low on vitamin e, what is normally behind it?', [['fat absorption']]],
  ['lay', 'what', 'prose', D0, "what happens to a grown-up's bones if they're really low on vitamin d?", [['osteomalacia']]],
  ['lay', 'what', 'prose', D0, 'what does a bad lack of vitamin d do to little kids?', [['rickets']]],
  ['lay', 'risk', 'prose', D0, 'can being low on potassium ever be properly dangerous?', [['irregular heart rhythms', 'irregular heartbeat'], ['paralysis of the respiratory muscles', 'paralysis']]],
  ['lay', 'what', 'prose', D0, "what's the medical word doctors use when your potassium is too low?", [['hypokalemia']]],
  ['lay', 'what', 'prose', D0, 'what name do doctors give to not enough calcium in your blood?', [['hypocalcemia']]],
  ['lay', 'which', 'prose', D0, 'my lips and fingertips go fizzy and my hands lock up in cramps, what could be low?', [['calcium', 'hypocalcemia']]],
  ['lay', 'which', 'list', D4, "I've been throwing up for days and now my legs feel like jelly, which mineral might I have lost?", [['potassium', 'hypokalemia']]],
  ['lay', 'risk', 'list', D4, "I've been on heartburn tablets for years, can they mess with my minerals?", [['magnesium', 'hypomagnesemia'], ['proton pump inhibitors']]],
  ['lay', 'yes-no', 'list', D4, 'does drinking a lot of booze have anything to do with low magnesium?', [['chronic alcohol consumption', 'alcoholism']], 'yes'],
  ['lay', 'yes-no', 'list', D4, "I'm on metformin for my sugar, can that drain my b vitamins?", [['b vitamin deficiencies', 'peripheral neuropathy']], 'yes'],
  ['lay', 'risk', 'list', D4, 'who is most likely to end up short on iron?', [['women of reproductive age', 'chronic blood loss', 'poor dietary iron intake']]],
  ['lay', 'yes-no', 'list', D4, 'could the steroid tablets I was given months ago be why my thighs are so weak?', [['corticosteroids'], ['muscle atrophy', 'muscle wasting']], 'yes'],
  ['lay', 'yes-no', 'list', D4, "my mum's having cancer treatment and her legs are numb and weak, could the treatment do that?", [['peripheral neuropathy', 'cipn']], 'yes'],
  ['lay', 'what', 'prose', D4, 'my calves hurt when I walk but it eases off once I stop, what is that?', [['intermittent claudication'], ['peripheral artery disease']]],
  ['lay', 'tests', 'prose', D4, 'what checks can they do on the blood flow in my legs?', [['ankle-brachial index', 'doppler ultrasound']]],
  ['lay', 'tests', 'prose', D4, "how do they work out if a nerve in my back is getting squashed?", [['electromyography', 'nerve conduction studies']]],
  ['lay', 'what', 'prose', D4, "pain shooting down the back of my leg from my bum — what's that called?", [['sciatica', 'sciatic nerve']]],
  ['lay', 'why', 'prose', D4, 'why would a slipped disc make one leg go weak?', [['nerve compression', 'compressing a nerve'], ['neural signals']]],
  ['lay', 'treatment', 'prose', D4, 'what can be done about a trapped nerve that is making my leg weak?', [['physical therapy', 'surgical decompression']]],
  ['lay', 'risk', 'prose', D4, 'my ankles puff up and my legs feel heavy by evening, could it be my veins?', [['venous insufficiency']]],
  ['lay', 'symptoms', 'prose', D4, 'what does a clot in a leg vein actually do to the leg?', [['deep vein thrombosis', 'dvt'], ['swelling']]],
  ['lay', 'why', 'list', D4, 'I guzzled plain water all through a marathon and my legs went weak afterwards, how come?', [['hyponatremia'], ['sodium']]],
  ['lay', 'why', 'list', D4, 'why do my legs wilt when I exercise during a heatwave?', [['body temperature', 'thermoregulation', 'dissipate heat']]],
  ['lay', 'yes-no', 'list', D4, 'can not drinking enough make my knees feel stiff?', [['synovial fluid']], 'yes'],
  ['lay', 'why', 'prose', D4, 'why do my legs feel dead after a whole shift on my feet?', [['muscle fatigue', 'fatigue in leg muscles']]],
  ['lay', 'what', 'prose', D4, "what's the energy fuel inside muscles that runs short when they tire out?", [['adenosine triphosphate', 'atp']]],
  ['lay', 'foods', 'prose', D4, 'what should I be eating so my leg muscles do not run out of steam?', [['carbohydrate and protein']]],
  ['lay', 'which', 'list', D4, 'which gland problems make it hard to get up out of a chair?', [['thyroid', 'hypothyroidism', 'hyperthyroidism']]],
  ['lay', 'why', 'list', D4, "my blood sugar has been all over the place, why would my feet be numb and my legs weak?", [['diabetic neuropathy']]],
  ['lay', 'treatment', 'list', D4, 'what kind of workout is kind to weak legs?', [['walking or swimming', 'low-impact exercises']]],
  ['lay', 'yes-no', 'list', D4, 'should I take sports drinks with me on an all-day hike?', [['electrolyte-rich sports drinks']], 'yes'],
  ['lay', 'yes-no', 'faq', D4, 'do weak legs always mean something serious is wrong?', [['lifestyle factors'], ['dehydration or prolonged inactivity', 'prolonged inactivity']], 'no'],
  ['lay', 'symptoms', 'faq', D1, "what are the giveaway signs that my heavy legs are down to a vitamin problem?", [['persistent fatigue', 'restless legs syndrome']]],
  ['lay', 'yes-no', 'faq', D1, 'will doing squats sort out legs that feel heavy from a deficiency?', [["won't correct the deficiency"]], 'no'],
  ['lay', 'yes-no', 'faq', D1, 'could my heavy legs just be from not drinking enough rather than vitamins?', [['dehydration'], ['electrolyte imbalances']], 'yes'],
  ['lay', 'tests', 'faq', D1, 'how would a GP figure out whether a vitamin shortage is behind my sluggish legs?', [['blood tests'], ['physical exam']]],
  ['lay', 'yes-no', 'faq', D3, 'do the charley horses I get at night come from low magnesium?', [['nighttime leg cramps', 'nighttime muscle cramps', 'especially during the night']], 'yes'],
  ['lay', 'yes-no', 'faq', D3, 'can a lack of b12 give you tingly hands?', [['paresthesia', 'tingling or numbness']], 'yes'],
  ['lay', 'what', 'faq', D3, "what's the proper medical term for pins and needles?", [['paresthesia']]],
  ['lay', 'why', 'prose', D2, 'why does low b12 make my feet feel like they are burning?', [['myelin sheath', 'myelin'], ['peripheral neuropathy']]],
  ['lay', 'foods', 'table', D2, 'what grub helps if my iron is low and my legs get jittery at night?', [['red meat'], ['spinach', 'beans', 'lentils', 'fortified cereals']]],
  ['lay', 'symptoms', 'table', D2, 'besides jumpy legs, what else can low iron do to you, like cold fingers?', [['cold hands/feet', 'pale skin', 'pica']]],
  ['lay', 'yes-no', 'prose', D2, 'does topping up iron calm down restless legs?', [['iron replacement therapy']], 'yes'],
  ['lay', 'yes-no', 'prose', D2, 'my kid moans about sore legs, could eating more vitamin d help?', [['reduction in leg pain', 'vitamin d-rich diet']], 'yes'],
  ['lay', 'why', 'prose', D2, 'how could low vitamin d make my muscles extra touchy and sore?', [['hyperinnervation', 'muscular hypersensitivity', 'pain-sensing nerve fibers']]],
  ['lay', 'foods', 'table', D2, 'I get spasms and feel wiped out, I think potassium — what should I eat?', [['bananas', 'sweet potatoes', 'salmon']]],
  ['lay', 'which', 'table', D2, "I can't sleep and my legs cramp at night, what nutrient links those?", [['magnesium']]],
  ['lay', 'foods', 'table', D2, "where can I get calcium if I'm not keen on drinking milk?", [['yogurt', 'cheese', 'leafy greens', 'kale']]],
  ['lay', 'treatment', 'prose', D2, 'how can I boost my vitamin d without swallowing pills?', [['sun', 'sunlight exposure', 'sun exposure']]],
  ['lay', 'why', 'prose', D2, 'why do my legs cramp more when the weather is boiling?', [['dehydration'], ['warm weather', 'fluid loss']]],
  ['lay', 'what', 'prose', D0, 'what does iron actually do inside us?', [['hemoglobin'], ['oxygen']]],
  ['lay', 'risk', 'prose', D0, "my old dad's anaemic and his legs are feeble, is that a big deal?", [['mortality']]],
  ['lay', 'risk', 'prose', D0, 'who is most likely to get dried out and weak in the legs?', [['athletes', 'older adults', 'hot climates']]],
  ['lay', 'what', 'prose', D0, 'when should I get straight to a doctor about my weak legs?', [['difficulty breathing', 'heart palpitations', 'severe dehydration']]],
  ['lay', 'why', 'prose', D0, 'why does being low on magnesium leave me feeble?', [['loss of potassium']]],
  ['lay', 'yes-no', 'table', D0, 'can being low on magnesium push my blood pressure up?', [['high blood pressure']], 'yes'],
  ['lay', 'yes-no', 'table', D0, 'can being short of potassium bung me up?', [['constipation']], 'yes'],
  ['lay', 'yes-no', 'table', D0, 'can a b12 shortage mess with my memory or my eyes?', [['memory loss'], ['vision problems']], 'yes'],
  ['lay', 'which', 'table', D0, 'my nails keep snapping and my legs are weak, what might I be lacking?', [['calcium', 'iron']]],
  ['lay', 'yes-no', 'table', D0, 'can low calcium leave you a bit muddled in the head?', [['confusion']], 'yes'],
  ['lay', 'yes-no', 'table', D0, 'is feeling low and blue linked to not enough vitamin d?', [['depression']], 'yes'],
  ['lay', 'foods', 'table', D1, 'what snacks give me more magnesium? I like nuts', [['almonds', 'nuts'], ['spinach', 'black beans', 'whole wheat', 'leafy greens']]],
  ['lay', 'foods', 'table', D1, 'are egg yolks good for any of the nutrients behind heavy legs?', [['vitamin d']]],
  ['lay', 'how', 'prose', D1, 'how does b12 look after the wiring of my nerves?', [['myelin']]],
  ['lay', 'why', 'prose', D1, 'why can low iron make my legs ache with cramps?', [['lactic acid']]],
  ['lay', 'how', 'list', D1, 'how does magnesium actually get muscles to chill out?', [['calcium channels']]],
  ['lay', 'what', 'prose', D1, 'other than vitamins, what else makes legs feel like dead weight?', [['poor circulation', 'circulatory problems'], ['nerve damage']]],
  ['lay', 'yes-no', 'prose', D1, 'can I just take massive amounts of supplements and fix this myself?', [['not recommended'], ['harmful']], 'no'],
  ['lay', 'foods', 'list', D3, 'which fish are good for vitamin d?', [['salmon', 'tuna', 'fatty fish']]],
  ['lay', 'foods', 'list', D3, 'what should I eat to get my vitamin e up?', [['vegetable oils', 'nuts', 'seeds']]],
  ['lay', 'which', 'prose', D3, 'one of these is supposedly not really a vitamin but a mineral, which one?', [['magnesium']]],
  ['lay', 'yes-no', 'list', D3, 'can lacking vitamin e make me clumsy?', [['coordination']], 'yes'],
  ['lay', 'what', 'prose', D3, "what's the name for bones going soft from low vitamin d?", [['osteomalacia']]],
  ['lay', 'foods', 'list', D3, 'iron foods for a veggie? no meat please', [['lentils', 'chickpeas', 'spinach', 'beans']]],
  ['lay', 'comparison', 'prose', D3, "what's the difference between how b12 and magnesium mess with your legs?", [['nerve health', 'nerve function', 'damage the nerves'], ['muscle relaxation']]],
  ['lay', 'comparison', 'table', D2, 'potassium vs magnesium, what should I eat for each one?', [['bananas', 'sweet potatoes', 'salmon'], ['avocados', 'nuts', 'whole grains']]],
  ['lay', 'comparison', 'prose', D0, 'how is low iron different from low b12 when it comes to weak legs?', [['oxygen'], ['nerve function', 'nerve damage', 'neurological']]],
  ['lay', 'comparison', 'table', D3, 'calcium versus iron: which leg troubles does each one bring?', [['cramps', 'spasms', 'involuntary muscle movements'], ['restless legs syndrome', 'fatigue']]],
  ['lay', 'comparison', 'table', D1, 'for heavy legs, what do I eat for iron and what for vitamin d?', [['red meat', 'lentils'], ['fatty fish', 'egg yolks', 'fortified milk']]],
  ['lay', 'comparison', 'list', D4, 'steroids versus cholesterol tablets — how does each one weaken the legs?', [['muscle atrophy', 'protein catabolism', 'muscle wasting'], ['myopathy', 'mitochondrial function', 'coenzyme q10']]],
  // ---- typo ----
  ['typo', 'yes-no', 'faq', D3, 'does magnesum deficincy cause leg cramsp at night?', [['nighttime leg cramps', 'nighttime muscle cramps', 'especially during the night']], 'yes'],
  ['typo', 'foods', 'table', D2, 'what foods have potasium in them', [['bananas', 'sweet potatoes', 'salmon']]],
  ['typo', 'which', 'prose', D0, 'which vitamine deficiency causes numbness in feet', [['vitamin b12', 'b12']]],
  ['typo', 'yes-no', 'prose', D0, 'always tierd and my legs are weak, could it be iron?', [['oxygen'], ['anemia']], 'yes'],
  ['typo', 'symptoms', 'table', D3, 'vitamn d defiency symptoms in legs', [['muscle aches', 'muscle weakness', 'bone pain', 'cramps']]],
  ['typo', 'what', 'prose', D0, 'what does hypokalimia mean', [['potassium']]],
  ['typo', 'yes-no', 'list', D4, 'can diuretcs cause leg weakness', [['hypokalemia', 'hyponatremia', 'electrolyte imbalances']], 'yes'],
  ['typo', 'yes-no', 'list', D4, 'statns and muscle pain, is there a link?', [['myopathy']], 'yes'],
  ['typo', 'foods', 'table', D1, 'best foods for magnisium', [['spinach', 'almonds', 'leafy greens', 'nuts']]],
  ['typo', 'symptoms', 'prose', D0, 'calcuim deficiency symtoms', [['cramps', 'spasms', 'tetany', 'tingling']]],
  ['typo', 'what', 'prose', D1, 'restles legs and iron defficiency connection?', [['common cause of restless legs', 'strongly linked to restless legs', 'iron replacement therapy']]],
  ['typo', 'why', 'list', D4, 'dehidration and weak legs why', [['blood volume', 'electrolyte']]],
  ['typo', 'what', 'prose', D0, 'what causes osteomalcia', [['vitamin d']]],
  ['typo', 'risk', 'list', D3, 'b12 defficiency vegan risk?', [['higher risk', 'supplements']]],
  ['typo', 'yes-no', 'prose', D3, 'does vitamin e defficency cause leg weakness', [['muscle weakness']], 'yes'],
  ['typo', 'tests', 'prose', D3, 'wat blood tests for leg cramps and tingling', [['blood tests'], ['vitamin d', 'vitamin b12', 'electrolytes', 'iron']]],
  ['typo', 'what', 'prose', D4, 'sciatika leg weakness', [['sciatic nerve', 'nerve compression']]],
  ['typo', 'which', 'list', D4, 'periferal neuropathy from chemo, which drugs', [['taxanes', 'platinum-based drugs', 'vinca alkaloids']]],
  ['typo', 'why', 'list', D4, 'corticosteriods make thighs weak why', [['protein catabolism', 'muscle wasting', 'protein synthesis']]],
  ['typo', 'what', 'list', D4, 'hypothyrodism leg weakness', [['myopathy', 'metabolic rate', 'muscle energy production']]],
  ['typo', 'foods', 'table', D3, 'foods hi in vitamin b12 for nerves', [['meat'], ['eggs', 'dairy']]],
  ['typo', 'what', 'prose', D4, 'peripherial artery disease walking pain', [['intermittent claudication']]],
  ['typo', 'yes-no', 'list', D1, 'can magnessium defeciency cause restless legs', [['restless legs syndrome', 'rls symptoms', 'restless leg syndrome']], 'yes'],
  ['typo', 'treatment', 'list', D4, 'electrolite drinks when exercising?', [['electrolyte-rich sports drinks']]],
  ['typo', 'comparison', 'list', D4, 'hyponatremia vs hypernatremia whats the diffrence for muscles', [['cellular swelling'], ['cellular dehydration']]],
  // ---- clinical ----
  ['clinical', 'what', 'table', D0, 'What is the primary role of magnesium in muscle function?', [['muscle relaxation']]],
  ['clinical', 'which', 'prose', D0, 'Which nutrient deficiency is associated with rickets in children?', [['vitamin d']]],
  ['clinical', 'why', 'list', D1, 'What mechanism links vitamin D deficiency to muscle weakness?', [['calcium absorption']]],
  ['clinical', 'which', 'list', D4, 'Which drug class is associated with myopathy and rhabdomyolysis?', [['statins']]],
  ['clinical', 'comparison', 'list', D4, 'Compare loop diuretics and thiazide diuretics with respect to electrolyte disturbance risk.', [['loop diuretics', 'furosemide'], ['thiazide diuretics']]],
  ['clinical', 'what', 'prose', D0, 'Which electrolyte deficiency produces tetany?', [['hypocalcemia', 'calcium']]],
  ['clinical', 'tests', 'prose', D4, 'What diagnostic procedures assess circulatory impairment in lower extremity weakness?', [['ankle-brachial index', 'doppler ultrasound']]],
  ['clinical', 'which', 'list', D4, 'Which muscle groups are most susceptible to corticosteroid-induced weakness?', [['proximal muscles', 'hips and thighs']]],
  ['clinical', 'what', 'list', D4, 'What is the relationship between hypercalcemia and muscle weakness?', [['less commonly associated'], ['fatigue', 'neuromuscular function']]],
  ['clinical', 'what', 'prose', D1, 'What is the role of vitamin B12 in myelin formation?', [['myelin'], ['protective sheath', 'nerve fibers']]],
  ['clinical', 'how', 'list', D4, 'How does hypokalemia affect muscle cell excitability?', [['membrane potential', 'responsiveness to nerve stimulation']]],
  ['clinical', 'what', 'list', D4, 'What is rhabdomyolysis in the context of statin therapy?', [['muscle breakdown'], ['kidney damage']]],
  ['clinical', 'how', 'list', D4, 'What is the proposed mechanism of statin-induced myopathy?', [['mitochondrial function', 'coenzyme q10']]],
  ['clinical', 'which', 'list', D4, 'Which B vitamins are implicated in peripheral neuropathy?', [['thiamine', 'b1'], ['pyridoxine', 'b6'], ['cobalamin', 'b12']]],
  ['clinical', 'how', 'list', D4, 'How does hyperthyroidism produce muscle weakness?', [['protein catabolism', 'metabolic rate']]],
  ['clinical', 'what', 'table', D3, 'What primary functions are attributed to vitamin E?', [['antioxidant'], ['nerve function']]],
  ['clinical', 'what', 'table', D3, 'Besides oxygen transport, what primary function is attributed to iron?', [['energy production']]],
  ['clinical', 'risk', 'list', D4, 'Which conditions predispose to vitamin D deficiency myopathy?', [['limited sun exposure', 'malabsorption syndromes', 'chronic kidney disease']]],
  ['clinical', 'comparison', 'list', D4, 'Compare hypothyroidism and hyperthyroidism as causes of myopathy.', [['reduces metabolic rate'], ['increases metabolic rate']]],
  ['clinical', 'comparison', 'prose', D4, 'Contrast arterial and venous circulatory causes of lower extremity weakness.', [['peripheral artery disease', 'atherosclerotic'], ['venous insufficiency', 'deep vein thrombosis']]],
  ['clinical', 'symptoms', 'table', D2, 'What type of pain is characteristic of vitamin B12 deficiency?', [['shooting nerve pain', 'burning']]],
  // ---- keyword ----
  ['keyword', 'why', 'prose', D1, 'b12 tingling legs', [['nerve damage', 'damage the nerves', 'damage these nerves', 'myelin']]],
  ['keyword', 'foods', 'table', D3, 'magnesium foods', [['leafy greens', 'spinach', 'nuts', 'almonds']]],
  ['keyword', 'symptoms', 'table', D0, 'potassium deficiency symptoms', [['muscle weakness', 'cramps', 'spasms']]],
  ['keyword', 'what', 'prose', D3, 'iron restless legs', [['common cause of restless legs', 'strongly linked to restless legs', 'iron replacement therapy']]],
  ['keyword', 'treatment', 'prose', D2, 'vitamin d sunlight', [['sunlight exposure', 'sun exposure', 'sunshine vitamin', 'time in the sun']]],
  ['keyword', 'which', 'prose', D0, 'tingling around mouth cramps', [['calcium', 'hypocalcemia']]],
  ['keyword', 'what', 'list', D4, 'statins leg weakness', [['myopathy']]],
  ['keyword', 'why', 'prose', D2, 'dehydration cramps', [['electrolyte', 'electrolytes']]],
  ['keyword', 'foods', 'table', D3, 'vitamin e foods', [['vegetable oils', 'nuts', 'seeds']]],
  ['keyword', 'what', 'prose', D4, 'pad claudication', [['intermittent claudication'], ['resolves with rest', 'during exercise']]],
  ['keyword', 'risk', 'list', D4, 'hyponatremia athletes', [['endurance athletes'], ['excessive water', 'sodium replacement']]],
  ['keyword', 'foods', 'list', D1, 'b12 foods', [['meat'], ['eggs', 'dairy']]],
  ['keyword', 'risk', 'list', D4, 'ppi magnesium', [['proton pump inhibitors']]],
  ['keyword', 'comparison', 'list', D4, 'loop vs thiazide diuretics', [['loop diuretics', 'furosemide', 'more potent'], ['thiazide']]],
  // ---- long ----
  ['long', 'symptoms', 'prose', D3, "I'm 34, I've been vegan for three years and lately I keep stumbling, my toes feel fuzzy most of the day and my legs give way a bit on the stairs. My friend says I'm just unfit but I'm not convinced. What might be going on, nutrition-wise?", [['vitamin b12', 'b12'], ['nerve', 'neurological']]],
  ['long', 'risk', 'list', D4, "So my mum is 80, she's in a nursing home and barely goes outside anymore, and she's started struggling with stairs and says her legs ache all the time. The staff say it's just her age. Is there a vitamin problem that fits this picture?", [['vitamin d'], ['limited outdoor activities', 'limited sun exposure']]],
  ['long', 'why', 'list', D4, "I had a nasty stomach bug with the runs for about a week and now I'm getting leg cramps every night and my calves feel weak. I never used to get cramps. Could the two things be connected?", [['magnesium', 'potassium', 'hypokalemia'], ['chronic diarrhea', 'gastrointestinal losses', 'diarrhea']]],
  ['long', 'yes-no', 'list', D4, "My husband was started on furosemide for swollen ankles and ever since he says his legs feel weak and crampy, especially in the evenings. His GP is away on holiday. Is this something that tablet is known to do?", [['hypokalemia', 'hyponatremia', 'electrolyte imbalances', 'electrolyte disturbances']], 'yes'],
  ['long', 'what', 'list', D4, "Long story: I run a lot, and last summer I did a half marathon in 30 degree heat, drank loads of water at every single station, and afterwards my legs just felt like they had switched off and my head was foggy. What could that have been?", [['hyponatremia'], ['sodium']]],
  ['long', 'which', 'list', D4, "I'm a woman in my twenties with really heavy periods. I'm shattered all the time, my skin looks washed out and my legs feel like concrete going up any hill. Which deficiency could be behind all that?", [['iron'], ['anemia']]],
  ['long', 'which', 'list', D4, "I've been on omeprazole for my stomach for years and I also like a glass or two of wine most nights. Recently my legs twitch and cramp and feel weak. Is there a mineral I should ask my doctor to check?", [['magnesium', 'hypomagnesemia']]],
  ['long', 'what', 'list', D4, "My dad's 70, takes a statin, has diabetes, and now he says his legs are weak and his feet have gone numb. There's so much going on with him I don't know where to start. What are the possible reasons?", [['statins', 'myopathy'], ['diabetic neuropathy']]],
  ['long', 'foods', 'table', D2, "Every night around 2am I wake up with my calf locked in a cramp, it's agony. During the day I feel stiff and tired and I've been sleeping badly too. I eat a lot of processed stuff. Which nutrient should I look at and what foods have it?", [['magnesium'], ['spinach', 'nuts', 'whole grains', 'avocados', 'leafy greens']]],
  ['long', 'what', 'prose', D4, "I work in an office, I'm in my 40s, and after walking a few blocks my calves start to ache and cramp, then it goes off when I stand still for a minute. I smoke. Is this likely a vitamin thing or something else?", [['peripheral artery disease', 'intermittent claudication']]],
  ['long', 'tests', 'prose', D4, "I hurt my back lifting boxes last year and since then my right leg feels weak, I get a shooting pain down it and sometimes it goes numb. What tests would a doctor likely do?", [['electromyography', 'emg', 'nerve conduction studies']]],
  ['long', 'yes-no', 'prose', D2, "My son is 9 and keeps saying his legs hurt, mostly in the evenings. He's a fussy eater and hates fish and milk. I read somewhere about a study on children with sore legs — is there anything in that?", [['vitamin d'], ['reduction in leg pain']], 'yes'],
  ['long', 'which', 'list', D4, "I'm having chemo for breast cancer and I've noticed my feet are numb, my legs aren't as strong as before and my balance is off. Is this known, and which drugs are usually responsible?", [['peripheral neuropathy', 'cipn'], ['taxanes', 'platinum-based drugs', 'vinca alkaloids']]],
  ['long', 'treatment', 'prose', D2, "I've been getting sore, crampy legs for months. I don't eat much fruit or veg, I live on toast and coffee, and I barely drink water. Before I go buying loads of supplements, what would the first changes be?", [['balanced diet', 'dietary adjustments'], ['blood tests', 'hydration', 'drinking plenty of water']]],
];

const questions = rawQuestions.map(([style, kind, from, docId, question, expect, yesNo], i) => ({
  id: `fq${String(i + 1).padStart(3, '0')}`,
  question,
  style,
  kind,
  from,
  docId,
  expect,
  ...(yesNo ? { yesNo } : {}),
}));

type DC = 'off-topic' | 'covered-word-uncovered-topic' | 'dose' | 'diagnosis';
const rawDeclines: [DC, string][] = [
  ['off-topic', 'how do I file my tax return online?'],
  ['off-topic', 'my car makes a grinding noise when I brake, what is wrong with it?'],
  ['off-topic', 'give me a good recipe for chocolate brownies'],
  ['off-topic', 'who won the football world cup in 2018?'],
  ['off-topic', 'how do I reset my wifi router password'],
  ['off-topic', "what's the quickest way to learn spanish?"],
  ['off-topic', 'write me a short poem about autumn leaves'],
  ['off-topic', "what's the weather going to be like in london tomorrow?"],
  ['off-topic', 'how do I unclog a kitchen sink'],
  ['off-topic', 'can you recommend a laptop for gaming under 1000 dollars'],
  ['off-topic', 'how many moons does jupiter have?'],
  ['off-topic', 'when should I repot my cactus?'],
  ['covered-word-uncovered-topic', 'is it safe to take potassium supplements while pregnant?'],
  ['covered-word-uncovered-topic', 'does vitamin d protect you from covid?'],
  ['covered-word-uncovered-topic', 'can iron tablets stain my teeth?'],
  ['covered-word-uncovered-topic', 'does vitamin b12 make your hair grow faster?'],
  ['covered-word-uncovered-topic', 'can magnesium cure my migraines?'],
  ['covered-word-uncovered-topic', 'do statins interact with grapefruit juice?'],
  ['covered-word-uncovered-topic', 'does taking calcium give you kidney stones?'],
  ['covered-word-uncovered-topic', 'will vitamin e get rid of my wrinkles?'],
  ['covered-word-uncovered-topic', 'do bananas cure a hangover?'],
  ['covered-word-uncovered-topic', 'does metformin make you put on weight?'],
  ['covered-word-uncovered-topic', 'can acupuncture treat restless legs?'],
  ['covered-word-uncovered-topic', 'is vitamin d good for my eyesight?'],
  ['covered-word-uncovered-topic', 'will zinc tablets help my leg cramps?'],
  ['covered-word-uncovered-topic', 'does sciatica get worse during pregnancy?'],
  ['dose', 'how many mg of magnesium should I take for night cramps?'],
  ['dose', 'what dose of vitamin d per day should I take for weak legs?'],
  ['dose', 'how many IU of vitamin d does a 70 year old need?'],
  ['dose', 'how much iron should I take each day?'],
  ['dose', 'how many micrograms of b12 does a vegan need daily?'],
  ['dose', 'how many bananas a day would fix low potassium?'],
  ['dose', 'how many litres of water should I drink a day to stop cramps?'],
  ['dose', "what's the maximum safe dose of vitamin e?"],
  ['dose', 'how much calcium in milligrams do I need per day?'],
  ['diagnosis', 'my legs are weak and tingly, just tell me what I have'],
  ['diagnosis', 'based on my symptoms do I have MS?'],
  ['diagnosis', 'diagnose me please: cramps at night and tired all day'],
  ['diagnosis', 'I have numb feet, is it diabetes or b12? just tell me which one I have'],
  ['diagnosis', 'my calves hurt when I walk, do I have peripheral artery disease or not?'],
  ['diagnosis', 'my ferritin came back at 8, can you read my results and tell me what is wrong with me?'],
  ['diagnosis', "what's wrong with me? my legs gave way this morning"],
  ['diagnosis', 'is the pain in my leg a blood clot, yes or no?'],
];
const declines = rawDeclines.map(([category, question], i) => ({
  id: `fd${String(i + 1).padStart(3, '0')}`,
  question,
  category,
}));

const smallTalk = [
  'hi',
  'hello there!',
  'thanks so much',
  'who are you?',
  'ok cool',
  'good morning',
  'what can you do?',
  'cheers mate',
  'bye for now',
  "you're really helpful",
  "hey, how's it going?",
  'great, thank you!',
  'lol ok',
].map((message, i) => ({ id: `fs${String(i + 1).padStart(3, '0')}`, message }));

type Tests = 'pronoun' | 'what-about' | 'narrowing' | 'clarification' | 'topic-switch' | 'greeting' | 'thanks' | 'elliptical';
type Turn = { user: string; expect: string[][]; mustNotMention?: string[]; declined?: boolean };
const NC = [['not covered']];
const rawConversations: [Tests[], Turn[]][] = [
  [['pronoun'], [
    { user: 'which vitamin keeps the nerves healthy?', expect: [['vitamin b12', 'b12']] },
    { user: 'what foods have it?', expect: [['meat'], ['eggs', 'dairy']] },
  ]],
  [['what-about'], [
    { user: 'what foods give you magnesium?', expect: [['leafy greens', 'spinach', 'nuts', 'almonds']] },
    { user: 'what about potassium?', expect: [['bananas', 'sweet potatoes']], mustNotMention: ['almonds'] },
  ]],
  [['narrowing'], [
    { user: 'what can cause leg cramps?', expect: [['magnesium', 'potassium', 'calcium', 'dehydration']] },
    { user: 'only the ones at night though', expect: [['magnesium']] },
  ]],
  [['clarification'], [
    { user: 'tell me about b12 and my legs', expect: [['tingling', 'numbness']] },
    { user: 'no sorry, I meant the mineral magnesium, not the vitamin', expect: [['cramps', 'muscle relaxation']], mustNotMention: ['myelin'] },
  ]],
  [['greeting', 'elliptical'], [
    { user: "hello! quick one, what's the sunshine vitamin?", expect: [['vitamin d']] },
    { user: "and what happens to kids who don't get enough?", expect: [['rickets']] },
  ]],
  [['elliptical'], [
    { user: 'what does a severe lack of vitamin d do in adults?', expect: [['osteomalacia']] },
    { user: 'and in children?', expect: [['rickets']] },
  ]],
  [['topic-switch'], [
    { user: 'can statins make your legs weak?', expect: [['myopathy']] },
    { user: 'ok different thing, which foods have vitamin e?', expect: [['vegetable oils', 'nuts', 'seeds']], mustNotMention: ['statins'] },
  ]],
  [['pronoun'], [
    { user: 'what is hypokalemia?', expect: [['potassium']] },
    { user: 'can it be dangerous?', expect: [['irregular heart rhythms', 'paralysis', 'irregular heartbeat']] },
    { user: 'what medicines can bring it on?', expect: [['diuretics', 'diuretic']] },
  ]],
  [['what-about'], [
    { user: 'which deficiency gives you tingling feet?', expect: [['b12']] },
    { user: 'what about restless legs?', expect: [['iron']] },
  ]],
  [['thanks', 'pronoun'], [
    { user: 'what blood tests check for deficiencies behind leg pain?', expect: [['blood tests'], ['vitamin d', 'vitamin b12', 'iron', 'electrolytes']] },
    { user: 'thanks! and is it ok to take supplements without seeing a doctor?', expect: [['not recommended']] },
  ]],
  [['pronoun'], [
    { user: "what's that leg pain you get walking that stops when you rest?", expect: [['intermittent claudication']] },
    { user: 'what tests pick it up?', expect: [['ankle-brachial index', 'doppler ultrasound']] },
  ]],
  [['narrowing'], [
    { user: 'which medicines can make legs weak?', expect: [['statins', 'diuretics', 'corticosteroids']] },
    { user: 'just the ones that damage nerves', expect: [['chemotherapeutic agents', 'chemotherapy'], ['peripheral neuropathy']] },
  ]],
  [['clarification'], [
    { user: 'is calcium important for my legs?', expect: [['muscle contraction', 'muscle contractions']] },
    { user: 'sorry, I meant when it is too high, not too low', expect: [['hypercalcemia'], ['fatigue', 'neuromuscular function']], mustNotMention: ['tetany'] },
  ]],
  [['elliptical'], [
    { user: 'what foods have vitamin d?', expect: [['fatty fish']] },
    { user: 'and iron?', expect: [['red meat'], ['lentils', 'spinach']], mustNotMention: ['egg yolks'] },
  ]],
  [['elliptical'], [
    { user: 'who is at risk of iron deficiency anemia?', expect: [['women of reproductive age', 'chronic blood loss']] },
    { user: 'and of low vitamin d?', expect: [['limited sun exposure', 'limited outdoor activities']], mustNotMention: ['reproductive age'] },
  ]],
  [['pronoun'], [
    { user: 'what does magnesium do for muscles?', expect: [['relax', 'relaxation']] },
    { user: 'how many milligrams of it should I take?', expect: NC, declined: true },
  ]],
  [['pronoun'], [
    { user: 'what is restless legs syndrome?', expect: [['urge to move']] },
    { user: 'does iron help it?', expect: [['iron replacement therapy']] },
    { user: 'is it the same thing as low magnesium?', expect: [['multiple potential causes']] },
  ]],
  [['topic-switch', 'what-about'], [
    { user: 'why does running short of b12 cause numbness?', expect: [['myelin', 'nerve damage', 'damage the nerves']] },
    { user: 'ok and what about dehydration, why does that cause cramps?', expect: [['electrolyte', 'electrolytes']], mustNotMention: ['myelin'] },
  ]],
  [['greeting', 'pronoun'], [
    { user: 'hey there. which vitamin is it rare to be short of?', expect: [['vitamin e']] },
    { user: 'why does it happen then?', expect: [['fat absorption']] },
  ]],
  [['pronoun'], [
    { user: "what's sciatica?", expect: [['sciatic nerve', 'nerve compression']] },
    { user: 'what can help with it?', expect: [['physical therapy', 'surgical decompression', 'medication']] },
  ]],
  [['what-about'], [
    { user: 'what symptoms come with low calcium?', expect: [['cramps', 'spasms', 'tingling']] },
    { user: 'what about low potassium?', expect: [['irregular heart', 'constipation', 'irregular heartbeat', 'paralysis']], mustNotMention: ['tetany'] },
  ]],
  [['narrowing'], [
    { user: 'what foods help leg cramps?', expect: [['bananas', 'avocados', 'sweet potatoes', 'leafy greens', 'spinach', 'nuts']] },
    { user: 'just fruit please', expect: [['bananas', 'avocados']] },
  ]],
  [['clarification'], [
    { user: 'can tablets cause muscle weakness?', expect: [['statins', 'diuretics', 'corticosteroids']] },
    { user: 'I mean the cholesterol ones specifically', expect: [['statins'], ['myopathy']] },
  ]],
  [['elliptical'], [
    { user: 'can diabetes make your legs weak?', expect: [['diabetic neuropathy']] },
    { user: 'and thyroid problems?', expect: [['myopathy', 'hypothyroidism', 'hyperthyroidism']] },
  ]],
  [['pronoun', 'narrowing'], [
    { user: 'which nutrients are behind heavy legs?', expect: [['iron', 'vitamin d', 'vitamin b12', 'magnesium']] },
    { user: 'which of those affects the nerves?', expect: [['vitamin b12', 'b12']] },
  ]],
  [['pronoun'], [
    { user: 'what does hemoglobin do?', expect: [['oxygen']] },
    { user: 'which mineral do you need to make it?', expect: [['iron']] },
  ]],
  [['pronoun'], [
    { user: 'is low vitamin d linked to weak legs?', expect: [['muscle weakness']] },
    { user: 'does it affect my eyesight too?', expect: NC, declined: true },
  ]],
  [['thanks', 'pronoun'], [
    { user: 'what does potassium do in the body?', expect: [['nerve signals', 'muscle contractions', 'membrane potential']] },
    { user: 'cheers, and where do I get it from?', expect: [['bananas', 'sweet potatoes']] },
  ]],
  [['narrowing'], [
    { user: 'what causes heavy legs?', expect: [['iron', 'circulatory problems', 'poor circulation', 'nerve damage']] },
    { user: 'leave vitamins out of it, what are the other causes?', expect: [['poor circulation', 'circulatory problems'], ['nerve damage', 'neurological disorders']] },
  ]],
  [['elliptical'], [
    { user: 'which tests check for a squashed nerve?', expect: [['electromyography', 'nerve conduction studies']] },
    { user: 'and for blood flow?', expect: [['ankle-brachial index', 'doppler ultrasound']] },
  ]],
  [['clarification'], [
    { user: 'what do b vitamins do for legs', expect: [['peripheral neuropathy', 'nerve health']] },
    { user: 'I meant b1 specifically, thiamine', expect: [['thiamine'], ['peripheral neuropathy']] },
  ]],
  [['greeting', 'topic-switch'], [
    { user: 'morning! which foods give magnesium?', expect: [['leafy greens', 'spinach', 'nuts', 'almonds']] },
    { user: 'random one, how do I fix the brakes on my car?', expect: NC, declined: true },
  ]],
  [['pronoun'], [
    { user: 'what is hyponatremia?', expect: [['low sodium']] },
    { user: 'who tends to get it?', expect: [['endurance athletes']] },
  ]],
  [['what-about'], [
    { user: 'why does vitamin d deficiency cause leg pain?', expect: [['calcium absorption', 'absorption of calcium']] },
    { user: 'what about iron, how does that cause pain?', expect: [['oxygen']] },
  ]],
  [['pronoun'], [
    { user: "what's the medical name for low magnesium?", expect: [['hypomagnesemia']] },
    { user: 'what causes it?', expect: [['proton pump inhibitors', 'alcohol', 'alcoholism', 'malabsorption', 'diarrhea']] },
    { user: 'and what are its symptoms?', expect: [['cramps', 'spasms', 'twitches', 'twitching']] },
  ]],
  [['elliptical'], [
    { user: 'can statins cause leg weakness?', expect: [['myopathy']] },
    { user: 'steroids?', expect: [['muscle atrophy', 'muscle wasting']], mustNotMention: ['coenzyme q10'] },
  ]],
  [['narrowing'], [
    { user: 'what causes tingling in the legs?', expect: [['vitamin b12', 'b12', 'peripheral neuropathy']] },
    { user: 'what if it is also around my mouth?', expect: [['calcium', 'hypocalcemia']] },
  ]],
  [['thanks', 'narrowing'], [
    { user: 'how do I stop cramps caused by dehydration?', expect: [['drinking plenty of water', 'hydration', 'drink enough water']] },
    { user: 'thanks! does the timing around exercise matter?', expect: [['before and after exercise']] },
  ]],
  [['clarification'], [
    { user: "what's iron for?", expect: [['hemoglobin', 'oxygen']] },
    { user: 'no, I mean which foods have iron', expect: [['red meat'], ['lentils', 'spinach', 'beans']] },
  ]],
  [['what-about'], [
    { user: 'is vitamin e deficiency common?', expect: [['rare']] },
    { user: 'what about b12 in vegans?', expect: [['higher risk', 'supplements']] },
  ]],
  [['pronoun'], [
    { user: 'what is osteomalacia?', expect: [['soft bones', 'softening of the bones', 'weak bones']] },
    { user: 'what brings it on?', expect: [['vitamin d']] },
  ]],
  [['topic-switch', 'pronoun'], [
    { user: 'does potassium help clear up acne?', expect: NC, declined: true },
    { user: 'ok then, what does it do for muscles?', expect: [['nerve signals', 'muscle contractions', 'membrane potential']] },
  ]],
  [['what-about'], [
    { user: 'which conditions weaken legs through the nerves?', expect: [['diabetic neuropathy', 'multiple sclerosis', 'nerve compression']] },
    { user: 'what about through blood flow?', expect: [['peripheral artery disease', 'venous insufficiency', 'deep vein thrombosis']] },
  ]],
  [['pronoun', 'narrowing'], [
    { user: 'is there a link between iron and restless legs?', expect: [['common cause of restless legs', 'strongly linked to restless legs', 'iron replacement therapy']] },
    { user: 'is it worse at night?', expect: [['especially at night']] },
  ]],
  [['narrowing'], [
    { user: 'what foods have vitamin d in them?', expect: [['fatty fish', 'egg yolks', 'fortified']] },
    { user: "any that aren't fish?", expect: [['egg yolks', 'fortified milk', 'fortified dairy']] },
  ]],
  [['elliptical'], [
    { user: 'what foods are good for potassium', expect: [['bananas']] },
    { user: 'calcium?', expect: [['yogurt', 'cheese', 'milk', 'dairy']], mustNotMention: ['bananas'] },
  ]],
];
const conversations = rawConversations.map(([tests, turns], i) => ({
  id: `fc${String(i + 1).padStart(2, '0')}`,
  tests,
  turns,
}));

export const frozenAnswerSet = frozenAnswerSetSchema.parse({
  questions,
  declines,
  smallTalk,
  conversations,
});
