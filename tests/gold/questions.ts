import { retrievalGoldSchema, type RetrievalQuestion } from './schema';

/**
 * Hand-written retrieval gold set over the five articles in corpus/.
 *
 * Each `any` phrase was chosen so that only the passage(s) answering the question contain it
 * (tests/gold/gold.test.ts checks every phrase occurs in the corpus and is specific).
 * Document ids are used only where the same phrase also occurs in a non-answering place.
 */

const DOC_NUTRIENTS_WEAKNESS = '000_1145ec47e71046e7';
const DOC_HEAVY_LEGS = '001_754de6f1aa89065a';
const DOC_LEG_PAIN = '002_b6624324fb6154d5';
const DOC_MUSCLE_PAIN = '003_2485732227a15f94';
const DOC_WEAK_LEGS = '004_113f7c2e6d9d5b74';

const rawQuestions: RetrievalQuestion[] = [
  // --- Nutrient deficiencies that cause leg weakness -------------------------------------------
  { id: 'r001', style: 'lay', from: 'prose', question: 'can my kids get bendy bones from not enough sunshine?', expect: [{ any: ['rickets'] }] },
  { id: 'r002', style: 'clinical', from: 'prose', question: 'vitamin D role in calcium and phosphorus absorption', expect: [{ any: ['calcium and phosphorus'] }] },
  { id: 'r003', style: 'lay', from: 'prose', question: 'can running low on potassium actually kill you or stop your breathing?', expect: [{ any: ['paralysis of the respiratory muscles', 'life-threatening complications'] }] },
  { id: 'r004', style: 'clinical', from: 'prose', question: 'hypokalemia as an electrolyte disturbance and its symptoms', expect: [{ any: ['common electrolyte disturbance', 'Hypokalemia reduces muscle cell responsiveness'] }] },
  { id: 'r005', style: 'lay', from: 'prose', question: 'why does being short on magnesium make you feeble, is potassium involved somehow?', expect: [{ any: ['loss of potassium in muscle cells'] }] },
  { id: 'r006', style: 'lay', from: 'table', question: 'can low magnesium mess with your head and mood?', expect: [{ any: ['affect mental health', 'mental issues'] }] },
  { id: 'r007', style: 'lay', from: 'prose', question: 'I get pins and needles round my lips and fingers plus cramps', expect: [{ any: ['around the mouth'] }] },
  { id: 'r008', style: 'clinical', from: 'prose', question: 'hypocalcemia leading to calcium loss from bone and osteoporosis', expect: [{ any: ['taking calcium from the bones'] }] },
  { id: 'r009', style: 'keyword', from: 'prose', question: 'tetany', expect: [{ any: ['tetany'] }] },
  { id: 'r010', style: 'lay', from: 'prose', question: 'my gran is anaemic and her legs have gone weak, should we worry?', expect: [{ any: ['risk of mortality'] }] },
  { id: 'r011', style: 'clinical', from: 'prose', question: 'vitamin B12 deficiency ataxia', expect: [{ any: ['ataxia'] }] },
  { id: 'r012', style: 'lay', from: 'table', question: 'my nails keep splitting and snapping, could that go with weak legs?', expect: [{ any: ['brittle nails'] }] },
  { id: 'r013', style: 'lay', from: 'table', question: 'can being low on the sunshine vitamin make you feel gloomy and blue?', expect: [{ any: ['depression'] }] },
  { id: 'r014', style: 'lay', from: 'table', question: "I'm bunged up and my legs are crampy and weak, is it a mineral thing?", expect: [{ any: ['constipation'] }] },
  { id: 'r015', style: 'clinical', from: 'table', question: 'magnesium deficiency and hypertension', expect: [{ any: ['high blood pressure'] }] },
  { id: 'r016', style: 'lay', from: 'table', question: 'can low B12 make my eyesight go blurry?', expect: [{ any: ['vision problems'] }] },
  { id: 'r017', style: 'lay', from: 'prose', question: 'who gets wobbly legs from not drinking enough water?', expect: [{ any: ['hot climates'] }] },
  { id: 'r018', style: 'lay', from: 'prose', question: 'when are weak legs serious enough to rush to A&E?', expect: [{ any: ['heart palpitations', 'medical emergency'] }] },
  { id: 'r019', style: 'lay', from: 'prose', question: 'how do I sort out weak legs caused by a rubbish diet for good?', expect: [{ any: ['multi-faceted approach', 'simple dietary adjustments', 'combination of dietary changes and supplementation'] }] },
  { id: 'r020', style: 'keyword', from: 'list', question: 'NIH dietary supplements', expect: [{ any: ['Office of Dietary Supplements'] }] },
  { id: 'r021', style: 'lay', from: 'table', question: 'what does potassium actually do for my leg muscles, in plain English?', expect: [{ any: ['regulate nerve signals', 'Nerve signals, muscle contractions', 'cellular membrane potential'] }] },
  { id: 'r022', style: 'lay', from: 'prose', question: 'does even being a bit thirsty sap my leg strength?', expect: [{ any: ['even mild dehydration', 'Dehydration diminishes blood volume', 'reducing blood volume'] }] },
  { id: 'r023', style: 'lay', from: 'prose', question: 'is feeling weak in the legs just from overdoing it at the gym?', expect: [{ any: ['simple overexertion', 'physical exertion or injury', 'not from injury or overuse'] }] },

  // --- Nutrient deficiencies and heavy legs ------------------------------------------------------
  { id: 'r024', style: 'lay', from: 'prose', question: 'why does low iron make my muscles burn and cramp up?', expect: [{ any: ['lactic acid'] }] },
  { id: 'r025', style: 'lay', from: 'prose', question: "I get this mad itch to keep moving my legs when I'm lying in bed", expect: [{ any: ['uncontrollable urge', 'irresistible urge', 'uncomfortable urge', 'strong urge to move'] }] },
  { id: 'r026', style: 'clinical', from: 'list', question: 'iron deficiency symptoms such as pale skin and chest pain', expect: [{ any: ['restlessness in the legs', 'pale skin'] }] },
  { id: 'r027', style: 'clinical', from: 'prose', question: 'osteomalacia softening of the bones and musculoskeletal pain', expect: [{ any: ['softening of the bones', 'soft bones', 'osteomalacia in adults'] }] },
  { id: 'r028', style: 'lay', from: 'list', question: "what should a vegan eat so their feet don't go numb", expect: [{ any: ['vegan'] }] },
  { id: 'r029', style: 'lay', from: 'prose', question: 'why would a nerve problem make my legs feel like lead?', expect: [{ any: ['brain struggles to communicate', 'direct cause of the heavy leg sensation'] }] },
  { id: 'r030', style: 'clinical', from: 'list', question: 'mechanism of magnesium: calcium channel blocking in nerve cells', expect: [{ any: ['calcium channels'] }] },
  { id: 'r031', style: 'lay', from: 'table', question: 'what nuts and beans should I munch on to stop leg cramps', expect: [{ any: ['almonds', 'black beans', 'Spinach, nuts, whole grains', 'Leafy green vegetables, nuts, seeds, and whole grains', 'Leafy greens, nuts, seeds'] }] },
  { id: 'r032', style: 'keyword', from: 'table', question: 'egg yolks fortified milk', expect: [{ any: ['egg yolks', 'fortified milk'] }] },
  { id: 'r033', style: 'lay', from: 'faq', question: 'can I just pop loads of pills myself to fix my heavy legs?', expect: [{ any: ['Self-treating with high doses', 'safe to take supplements without', 'Excessive supplementation'] }] },
  { id: 'r034', style: 'lay', from: 'faq', question: 'is restless legs basically just being low on magnesium?', expect: [{ any: ['multiple potential causes'] }] },
  { id: 'r035', style: 'lay', from: 'faq', question: "will doing squats fix my heavy legs if I'm short on vitamins?", expect: [{ any: ['correct the deficiency'] }] },
  { id: 'r036', style: 'lay', from: 'faq', question: 'if I sort out my vitamins will the heavy leg feeling go away for good?', expect: [{ any: ['complete resolution', 'reverse the feeling of heavy legs'] }] },
  { id: 'r037', style: 'clinical', from: 'faq', question: 'how is a vitamin deficiency diagnosed as the cause of heavy legs', expect: [{ any: ['physical exam to rule out other causes'] }] },
  { id: 'r038', style: 'lay', from: 'faq', question: 'could I just be dried out rather than short on vitamins?', expect: [{ any: ['dehydration instead of vitamin deficiency'] }] },
  { id: 'r039', style: 'clinical', from: 'faq', question: 'common signs of heavy legs from vitamin deficiency', expect: [{ any: ['common signs of heavy legs'] }] },
  { id: 'r040', style: 'clinical', from: 'prose', question: 'other causes of heavy legs such as poor circulation or diabetic nerve damage', expect: [{ any: ['nerve damage from diabetes'] }] },
  { id: 'r041', style: 'lay', from: 'prose', question: 'my legs feel like they weigh a ton, which vitamins and minerals are behind that?', expect: [{ any: ['particularly iron, vitamin D, vitamin B12, and magnesium', 'perception of heaviness', 'Heavy, weak legs'] }] },

  // --- Deficiencies and leg pain -------------------------------------------------------------------
  { id: 'r042', style: 'lay', from: 'prose', question: 'why do my calves seize up at night', expect: [{ any: ['during rest or at night', 'especially during the night', 'nighttime leg cramps', 'Nighttime muscle cramps', 'spasms, especially at night'] }] },
  { id: 'r043', style: 'clinical', from: 'prose', question: 'electrolyte deficiency causing muscular excitability and involuntary twitches', expect: [{ any: ['muscular excitability'] }] },
  { id: 'r044', style: 'lay', from: 'prose', question: "my feet feel like they're on fire and zapping", expect: [{ any: ['burning'] }] },
  { id: 'r045', style: 'lay', from: 'prose', question: 'why do I cramp more in summer after a hard gym session?', expect: [{ any: ['warm weather', 'prioritizes fluid'] }] },
  { id: 'r046', style: 'clinical', from: 'prose', question: 'iron replacement therapy for restless legs syndrome', expect: [{ any: ['Iron replacement therapy'] }] },
  { id: 'r047', style: 'lay', from: 'prose', question: 'my kid keeps moaning about sore legs, could more vitamin D food help?', expect: [{ any: ['children with low vitamin D levels'] }] },
  { id: 'r048', style: 'clinical', from: 'prose', question: 'vitamin D deficiency hyperinnervation by pain-sensing nerve fibers', expect: [{ any: ['hyperinnervation', 'muscular hypersensitivity'] }] },
  { id: 'r049', style: 'lay', from: 'table', question: 'I crave chewing ice and have weak tired legs', expect: [{ any: ['weakness, pica'] }] },
  { id: 'r050', style: 'lay', from: 'table', question: "I can't nod off and my legs twitch all night", expect: [{ any: ['insomnia'] }] },
  { id: 'r051', style: 'lay', from: 'table', question: "what grub should I eat if I'm low on potassium", expect: [{ any: ['sweet potatoes', 'bananas'] }] },
  { id: 'r052', style: 'lay', from: 'table', question: "I've always got icy hands and feet plus tired legs", expect: [{ any: ['cold hands/feet'] }] },
  { id: 'r053', style: 'lay', from: 'table', question: 'what dairy nibbles help with cramps from low calcium?', expect: [{ any: ['Yogurt, cheese, milk', 'Dairy products, leafy greens, and fortified foods', 'dairy for calcium', 'Dairy products, kale'] }] },
  { id: 'r054', style: 'clinical', from: 'prose', question: 'blood tests to confirm a deficiency before starting supplementation', expect: [{ any: ['before starting supplementation'] }] },
  { id: 'r055', style: 'lay', from: 'prose', question: 'when should I be glugging water around workouts to stop cramps?', expect: [{ any: ['before and after exercise'] }] },
  { id: 'r056', style: 'lay', from: 'list', question: 'can sunbathing help my achy legs?', expect: [{ any: ['time in the sun', 'moderate sun exposure'] }] },
  { id: 'r057', style: 'clinical', from: 'prose', question: 'B12 and the myelin sheath in peripheral neuropathy', expect: [{ any: ['myelin sheath', 'formation of myelin'] }] },

  // --- What vitamin deficiency causes leg muscle pain ----------------------------------------
  { id: 'r058', style: 'lay', from: 'list', question: 'which fish should I pick up at the shop to get my vitamin D up?', expect: [{ any: ['salmon, tuna', 'fatty fish'] }] },
  { id: 'r059', style: 'lay', from: 'list', question: 'who actually needs to take vitamin D tablets?', expect: [{ any: ['limited sun exposure'] }] },
  { id: 'r060', style: 'clinical', from: 'prose', question: 'B12 deficiency and impaired coordination', expect: [{ any: ['impaired coordination'] }] },
  { id: 'r061', style: 'lay', from: 'prose', question: 'I always muddle this up: is magnesium a vitamin or a mineral?', expect: [{ any: ['technically a mineral'] }] },
  { id: 'r062', style: 'lay', from: 'list', question: "I'm veggie and don't eat meat, where do I get my iron from?", expect: [{ any: ['lentils'] }] },
  { id: 'r063', style: 'lay', from: 'prose', question: 'is there a rare vitamin shortage that still wrecks your nerves?', expect: [{ any: ['Vitamin E'] }] },
  { id: 'r064', style: 'clinical', from: 'faq', question: 'vitamin E deficiency and impaired fat absorption', expect: [{ any: ['fat absorption'] }] },
  { id: 'r065', style: 'lay', from: 'prose', question: "can I work out myself which vitamin I'm missing?", expect: [{ any: ['Self-diagnosing', 'only way to know for certain'] }] },
  { id: 'r066', style: 'lay', from: 'list', question: 'should I double up on supplements to get better quicker?', expect: [{ any: ['prescribed dosage', 'Excessive supplementation', 'Self-treating with high doses'] }] },
  { id: 'r067', style: 'keyword', from: 'table', question: 'kale calcium', expect: [{ any: ['kale'] }] },
  { id: 'r068', style: 'keyword', from: 'table', question: 'vitamin E antioxidant', expect: [{ any: ['antioxidant'] }] },
  { id: 'r069', style: 'clinical', from: 'faq', question: 'B12 deficiency paresthesia in the hands and feet', expect: [{ docId: DOC_MUSCLE_PAIN, any: ['paresthesia'] }, { docId: DOC_HEAVY_LEGS, any: ['particularly in the hands and feet'] }] },
  { id: 'r070', style: 'lay', from: 'faq', question: 'do loads of people run short of vitamin E?', expect: [{ any: ['relatively rare', 'Although rare'] }] },
  { id: 'r071', style: 'clinical', from: 'faq', question: 'magnesium deficiency and nocturnal leg cramps', expect: [{ any: ['nighttime leg cramps', 'Nighttime muscle cramps', 'spasms, especially at night', 'especially during the night'] }] },
  { id: 'r072', style: 'lay', from: 'faq', question: "what's the number one vitamin behind achy crampy legs?", expect: [{ any: ['very common cause of leg muscle aches'] }] },
  { id: 'r073', style: 'keyword', from: 'prose', question: 'Mayo Clinic', expect: [{ any: ['Mayo Clinic'] }] },
  { id: 'r074', style: 'clinical', from: 'list', question: 'calcium deficiency and involuntary muscle contractions', expect: [{ any: ['involuntary muscle contractions', 'involuntary muscle movements', 'Muscle cramps, involuntary contractions'] }] },
  { id: 'r075', style: 'lay', from: 'faq', question: "how can I be 100% sure it's a vitamin problem and not something else?", expect: [{ any: ['only way to know for certain'] }] },

  // --- Why my legs feel so weak --------------------------------------------------------------
  { id: 'r076', style: 'lay', from: 'prose', question: "what's the fancy doctor term for weak legs?", expect: [{ any: ['perceived reduction in muscular strength'] }] },
  { id: 'r077', style: 'lay', from: 'list', question: 'can not drinking enough make my knees stiff and creaky?', expect: [{ any: ['synovial fluid', 'joint lubrication'] }] },
  { id: 'r078', style: 'lay', from: 'list', question: "why do my legs turn to jelly working out when it's hot and sticky?", expect: [{ any: ['thermoregulation', 'hot and humid'] }] },
  { id: 'r079', style: 'lay', from: 'list', question: 'I sweat buckets at football and then my legs just give up', expect: [{ any: ['excessive sweating', 'lost through sweat'] }] },
  { id: 'r080', style: 'lay', from: 'list', question: 'had a tummy bug with loads of throwing up and now my legs are like jelly', expect: [{ any: ['prolonged vomiting or diarrhea', 'gastrointestinal losses'] }] },
  { id: 'r081', style: 'lay', from: 'list', question: 'I guzzled tons of water during a marathon and my legs gave out', expect: [{ any: ['excessive water without adequate sodium', 'Endurance athletes'] }] },
  { id: 'r082', style: 'lay', from: 'list', question: 'do heartburn tablets mess with your magnesium?', expect: [{ any: ['proton pump inhibitors'] }] },
  { id: 'r083', style: 'clinical', from: 'list', question: 'hypercalcemia and parathyroid disorders affecting muscle strength', expect: [{ any: ['Parathyroid disorders', 'Hypercalcemia (high calcium)'] }] },
  { id: 'r084', style: 'lay', from: 'list', question: 'does a lot of booze lower your magnesium?', expect: [{ any: ['chronic alcohol consumption', 'Conditions such as alcoholism'] }] },
  { id: 'r085', style: 'lay', from: 'prose', question: "I've got fibro and my legs are always wiped out", expect: [{ any: ['fibromyalgia'] }] },
  { id: 'r086', style: 'lay', from: 'prose', question: "should I eat more carbs and protein so my legs don't tire out?", expect: [{ any: ['carbohydrate and protein'] }] },
  { id: 'r087', style: 'clinical', from: 'prose', question: 'muscle fatigue when energy demands exceed ATP production', expect: [{ any: ['adenosine triphosphate'] }] },
  { id: 'r088', style: 'lay', from: 'prose', question: 'slipped disc in my lower back, can it make a leg weak?', expect: [{ any: ['herniated disc'] }] },
  { id: 'r089', style: 'lay', from: 'prose', question: 'pain shooting down the back of my leg from my bottom', expect: [{ any: ['Sciatica', 'sciatic nerve'] }] },
  { id: 'r090', style: 'clinical', from: 'prose', question: 'electromyography and nerve conduction studies for leg weakness', expect: [{ any: ['electromyography', 'nerve conduction studies'] }] },
  { id: 'r091', style: 'lay', from: 'prose', question: 'my legs cramp up when I walk but it eases off when I stop for a breather', expect: [{ any: ['intermittent claudication', 'resolves with rest'] }] },
  { id: 'r092', style: 'lay', from: 'prose', question: 'ankles puffy by the evening and my legs feel heavy', expect: [{ any: ['venous insufficiency', 'chronic leg swelling'] }] },
  { id: 'r093', style: 'clinical', from: 'prose', question: 'deep vein thrombosis and leg weakness', expect: [{ any: ['deep vein thrombosis'] }] },
  { id: 'r094', style: 'clinical', from: 'prose', question: 'ankle-brachial index and Doppler ultrasound', expect: [{ any: ['ankle-brachial index', 'Doppler ultrasound'] }] },
  { id: 'r095', style: 'lay', from: 'prose', question: 'could dodgy circulation end with losing a leg?', expect: [{ any: ['amputation'] }] },
  { id: 'r096', style: 'lay', from: 'list', question: 'my cholesterol pills make my legs ache', expect: [{ any: ['Statins'] }] },
  { id: 'r097', style: 'typo', from: 'list', question: 'do statens cause muscle pain', expect: [{ any: ['Statins'] }] },
  { id: 'r098', style: 'lay', from: 'list', question: 'water tablets and wobbly legs', expect: [{ any: ['Diuretics', 'Diuretic use'] }] },
  { id: 'r099', style: 'clinical', from: 'list', question: 'furosemide and hypokalemia', expect: [{ any: ['furosemide'] }] },
  { id: 'r100', style: 'lay', from: 'list', question: "I've been on steroids for months and struggle to get up out of a chair", expect: [{ any: ['Corticosteroids', 'corticosteroid therapy'] }] },
  { id: 'r101', style: 'lay', from: 'list', question: 'since chemo my feet are numb and my legs are weak', expect: [{ any: ['Chemotherapy-induced', 'chemotherapeutic agents'] }] },
  { id: 'r102', style: 'keyword', from: 'list', question: 'rhabdomyolysis', expect: [{ any: ['rhabdomyolysis'] }] },
  { id: 'r103', style: 'keyword', from: 'list', question: 'statins coenzyme Q10', expect: [{ any: ['coenzyme Q10'] }] },
  { id: 'r104', style: 'lay', from: 'list', question: "my nan's in a care home, hardly ever goes outside, and her legs are weak", expect: [{ any: ['nursing homes'] }] },
  { id: 'r105', style: 'lay', from: 'list', question: 'I have really heavy periods and my legs feel weak and tired', expect: [{ any: ['Women of reproductive age', 'chronic blood loss'] }] },
  { id: 'r106', style: 'lay', from: 'list', question: "I'm on metformin and my feet tingle", expect: [{ any: ['metformin'] }] },
  { id: 'r107', style: 'clinical', from: 'list', question: 'thiamine and pyridoxine deficiency neuropathy', expect: [{ any: ['thiamine'] }] },
  { id: 'r108', style: 'clinical', from: 'list', question: 'pernicious anemia with progressive leg weakness', expect: [{ any: ['pernicious anemia'] }] },
  { id: 'r109', style: 'lay', from: 'list', question: "I'm diabetic, my feet are numb and my legs keep giving way", expect: [{ any: ['diabetic neuropathy'] }] },
  { id: 'r110', style: 'lay', from: 'list', question: "my thyroid's sluggish and my thighs feel weak", expect: [{ any: ['hypothyroidism', 'Thyroid Disorders and Myopathy'] }] },
  { id: 'r111', style: 'clinical', from: 'list', question: 'multiple sclerosis demyelination and lower extremity weakness', expect: [{ any: ['Multiple sclerosis', 'demyelination'] }] },
  { id: 'r112', style: 'typo', from: 'list', question: 'can multipel sclerosis cause leg weekness', expect: [{ any: ['Multiple sclerosis'] }] },
  { id: 'r113', style: 'lay', from: 'faq', question: 'do weak legs always mean something horrible is going on?', expect: [{ any: ['always indicative of a serious', 'prolonged inactivity'] }] },
  { id: 'r114', style: 'lay', from: 'prose', question: 'what gentle workout is OK for weak legs?', expect: [{ any: ['walking or swimming', 'Low-impact exercises'] }] },
  { id: 'r115', style: 'lay', from: 'prose', question: 'should I take Lucozade-type sports drinks on long hikes?', expect: [{ any: ['sports drinks'] }] },
  { id: 'r116', style: 'clinical', from: 'faq', question: 'medications that cause leg weakness as an adverse effect', expect: [{ any: ['statins, diuretics, corticosteroids', 'Review Medications', 'medication review'] }] },
  { id: 'r117', style: 'lay', from: 'prose', question: 'why are older folks more likely to topple over with weak legs?', expect: [{ any: ['preventing falls'] }] },
  { id: 'r118', style: 'clinical', from: 'list', question: 'thyroid myopathy with proximal muscle weakness', expect: [{ any: ['Thyroid Disorders and Myopathy', 'Thyroid disorders, including hypothyroidism'] }] },
  { id: 'r119', style: 'lay', from: 'prose', question: "my lower back's sore and my leg's weak, I'm a builder lifting heavy stuff all day", expect: [{ any: ['construction worker'] }] },
  { id: 'r120', style: 'lay', from: 'prose', question: 'what everyday habits get my leg strength back?', expect: [{ any: ['Ensure Adequate Hydration', 'Engage in Regular, Moderate Exercise', 'Address Nutrient Deficiencies', 'Monitor and Manage Underlying Conditions'] }] },
  { id: 'r121', style: 'lay', from: 'faq', question: 'how big a deal is diet when it comes to weak legs?', expect: [{ any: ['How significant is nutrient deficiency', 'Inadequate intake or absorption of essential nutrients'] }] },

  // --- Typos -----------------------------------------------------------------------------------
  { id: 'r122', style: 'typo', from: 'prose', question: 'magnesuim defficiency cramps', expect: [{ any: ['Magnesium deficiency (hypomagnesemia) can cause', 'Magnesium deficiency: Often causes painful leg cramps', 'well-known cause of nighttime leg cramps', 'Hypomagnesemia impairs these processes', 'Deficiency in magnesium disrupts', 'over-excited state', 'Nighttime muscle cramps', 'Painful cramps, spasms, especially at night'] }] },
  { id: 'r123', style: 'typo', from: 'table', question: 'potasium rich foods', expect: [{ any: ['sweet potatoes', 'bananas'] }] },
  { id: 'r124', style: 'typo', from: 'table', question: 'vitimin d and bone pain', expect: [{ any: ['bone pain', 'osteomalacia'] }] },
  { id: 'r125', style: 'typo', from: 'prose', question: 'iron defeciency anemai tired legs', expect: [{ any: ['iron-deficiency anemia', 'Iron deficiency, which can lead to anemia', 'Iron deficiency, leading to anemia', 'Anemia, often caused by iron deficiency', 'Iron deficiency can cause anemia'] }] },
  { id: 'r126', style: 'typo', from: 'prose', question: 'restles leg syndrom iron', expect: [{ any: ['uncontrollable urge', 'irresistible urge', 'uncomfortable urge', 'Iron replacement therapy', 'strongly linked to Restless Legs'] }] },
  { id: 'r127', style: 'typo', from: 'list', question: 'numbness tingeling feet b12 defficiency', expect: [{ any: ['Impacts nerve health', 'nerve damage that affects the legs and feet', 'Damage to nerve cells', 'shooting pain in the legs and feet', 'particularly in the hands and feet'] }, { docId: DOC_MUSCLE_PAIN, any: ['paresthesia'] }] },
  { id: 'r128', style: 'typo', from: 'prose', question: 'low calcuim cramps tingling', expect: [{ any: ['hypocalcemia'] }] },
  { id: 'r129', style: 'typo', from: 'prose', question: 'sciatia leg weakness', expect: [{ any: ['Sciatica', 'sciatic nerve'] }] },
  { id: 'r130', style: 'typo', from: 'list', question: 'dehydratoin weak legs', expect: [{ any: ['Dehydration, a state', 'Dehydration is a frequently overlooked', 'dehydration can contribute to leg weakness', 'Dehydration diminishes blood volume'] }] },
  { id: 'r131', style: 'typo', from: 'list', question: 'vitamen b12 vegan suplements', expect: [{ any: ['vegan'] }] },
  { id: 'r132', style: 'typo', from: 'list', question: 'diuretcs low potassium', expect: [{ any: ['Diuretics', 'Diuretic use'] }] },
  { id: 'r133', style: 'typo', from: 'prose', question: 'claudicaton walking leg pain', expect: [{ any: ['intermittent claudication'] }] },

  // --- Long, rambling ------------------------------------------------------------------------
  { id: 'r134', style: 'long', from: 'prose', question: "So I'm 45, I've been feeling really run down for months, my legs feel like lead climbing the stairs at work, I stopped eating red meat when I went vegetarian and honestly I'm always knackered, could I be missing something?", expect: [{ any: ['Impaired oxygen delivery', 'iron-deficiency anemia', 'Heavy, weak legs', 'profound sense of heaviness', 'Iron deficiency, which can lead to anemia', 'Iron deficiency, leading to anemia'] }] },
  { id: 'r135', style: 'long', from: 'list', question: "I've started marathon training and after my long Sunday runs my calves cramp like crazy, especially that night, and I sweat a ton. Is it just the running or could I be low on salts or something, and what should I drink?", expect: [{ any: ['excessive sweating', 'lost through sweat', 'electrolyte-rich sports drinks', 'before and after exercise', 'strenuous exercise'] }] },
  { id: 'r136', style: 'long', from: 'list', question: "my mum is 78, she's stuck in the house all winter and barely sees daylight, and lately she can hardly get up the stairs and says her thighs ache. Her GP hasn't said much, is this a vitamin thing?", expect: [{ any: ['nursing homes', 'limited sun exposure', 'impairs muscle protein synthesis'] }] },
  { id: 'r137', style: 'long', from: 'list', question: "ok so weird one, for a few weeks now I get this pins-and-needles and burning in both feet, I've been vegan for 5 years and never took any supplements because I thought a healthy diet is enough, does that matter?", expect: [{ any: ['vegan'] }] },
  { id: 'r138', style: 'long', from: 'list', question: "I've been on blood pressure tablets (the water ones) for a couple of years and lately I get cramps and my legs feel weak and floppy by the end of the day. Could the pills be doing it and is there anything the doctor should check?", expect: [{ any: ['Diuretics, frequently used', 'long-term diuretic therapy', 'Diuretic use'] }] },
  { id: 'r139', style: 'long', from: 'prose', question: "Every night when I lie down to watch telly my legs get this horrible creepy-crawly feeling and I have to get up and move about. My sister says it's iron, my friend says it's magnesium, who's right?", expect: [{ any: ['uncontrollable urge', 'irresistible urge', 'uncomfortable urge', 'strong urge to move', 'multiple potential causes'] }] },
  { id: 'r140', style: 'long', from: 'list', question: "I'm type 2 diabetic, not great at keeping my sugars down if I'm honest, and my feet have gone numb and I keep tripping, and now my legs feel weak too. Is this connected and what happens if I ignore it?", expect: [{ any: ['diabetic neuropathy', 'foot ulcers'] }] },
  { id: 'r141', style: 'long', from: 'list', question: "After a nasty stomach bug last week with constant diarrhoea I've had twitchy, crampy and weak legs. I'm guessing I lost something, what minerals go out with it?", expect: [{ any: ['prolonged vomiting or diarrhea', 'chronic diarrhea', 'gastrointestinal losses'] }] },
  { id: 'r142', style: 'long', from: 'list', question: 'My doctor put me on omeprazole for reflux ages ago and now I keep getting muscle spasms and weak legs. My pharmacist mumbled something about minerals, is there a link?', expect: [{ any: ['proton pump inhibitors'] }] },

  // --- More short keyword queries --------------------------------------------------------------
  { id: 'r143', style: 'keyword', from: 'list', question: 'hyponatremia', expect: [{ any: ['hyponatremia'] }] },
  { id: 'r144', style: 'keyword', from: 'prose', question: 'piriformis', expect: [{ any: ['piriformis syndrome'] }] },
  { id: 'r145', style: 'keyword', from: 'prose', question: 'B12 myelin', expect: [{ any: ['myelin'] }] },
  { id: 'r146', style: 'keyword', from: 'prose', question: 'osteomalacia', expect: [{ any: ['osteomalacia'] }] },
  { id: 'r147', style: 'keyword', from: 'table', question: 'iron food sources', expect: [{ any: ['Red meat, lentils', 'Red meat, spinach, beans'] }] },
  { id: 'r148', style: 'clinical', from: 'prose', question: 'hypomagnesemia and muscle twitches', expect: [{ any: ['Magnesium deficiency (hypomagnesemia)', 'Hypomagnesemia impairs'] }] },
  { id: 'r149', style: 'clinical', from: 'prose', question: 'iron, hemoglobin and oxygen transport to muscles', expect: [{ any: ['Iron is necessary for producing hemoglobin', 'Iron is vital for producing hemoglobin', 'Iron is crucial for producing hemoglobin', 'Iron is an essential component of hemoglobin', 'Anemia means the body lacks'] }] },
  { id: 'r150', style: 'lay', from: 'list', question: 'apart from sunbathing, what grub gives you vitamin D?', expect: [{ any: ['fatty fish'] }] },
  { id: 'r151', style: 'clinical', from: 'list', question: 'B12 nerve damage affecting motor and sensory function', expect: [{ any: ['affecting motor and sensory functions', 'Nerve damage affecting sensory and motor function'] }] },
];

export const retrievalQuestions = retrievalGoldSchema.parse(rawQuestions);

/** Document ids named above, exported so tests can check they exist in the corpus. */
export const goldDocIds = [
  DOC_NUTRIENTS_WEAKNESS,
  DOC_HEAVY_LEGS,
  DOC_LEG_PAIN,
  DOC_MUSCLE_PAIN,
  DOC_WEAK_LEGS,
] as const;
