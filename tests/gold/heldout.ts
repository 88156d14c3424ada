import { z } from 'zod';
import { retrievalQuestionSchema, type RetrievalQuestion } from './schema';

/**
 * Held-out retrieval questions: everyday wording over all five articles, written from the
 * articles before the main gold set's misses were studied, and never used to tune lib/search.
 * They measure whether search improvements generalise beyond tests/gold/questions.ts. Where a
 * first draft came out close to a gold question's wording, it was reworded (before any search
 * change) so the two sets share facts at most, not phrasing.
 *
 * Same schema as the gold set (a hit is a passage containing any listed phrase), with ids
 * h001..h050. Each `any` lists the wording of every passage, in every article, that states
 * the asked fact, so a correct passage from another article also counts.
 */

const DOC_NUTRIENTS_WEAKNESS = '000_1145ec47e71046e7';
const DOC_HEAVY_LEGS = '001_754de6f1aa89065a';

const rawHeldout: RetrievalQuestion[] = [
  // --- Mostly from "Nutrient deficiencies that cause leg weakness" -------------------------------
  {
    id: 'h001',
    style: 'lay',
    from: 'prose',
    question: 'can being low on potassium make my heart go funny?',
    expect: [{ any: ['irregular heart rhythms', 'irregular heartbeat'] }],
  },
  { id: 'h002', style: 'lay', from: 'prose', question: "can low vitamin D make grown-ups' bones go soft?", expect: [{ any: ['osteomalacia'] }] },
  {
    id: 'h003',
    style: 'lay',
    from: 'table',
    question: 'apart from cramps, can lacking calcium make you muddled in the head?',
    expect: [{ any: ['confusion, brittle nails', 'neurological and psychological symptoms'] }],
  },
  {
    id: 'h004',
    style: 'lay',
    from: 'prose',
    question: "I'm a roofer and drip with sweat all summer, why do my legs feel like noodles by evening?",
    expect: [{ any: ['lost through sweat', 'excessive sweating'] }],
  },
  {
    id: 'h005',
    style: 'lay',
    from: 'prose',
    question: 'does running low on B12 make you unsteady on your feet?',
    expect: [
      { any: ['ataxia', 'balance problems', 'balance issues', 'impaired coordination', 'impaired balance'] },
      { docId: DOC_NUTRIENTS_WEAKNESS, any: ['difficulty walking'] },
      { docId: DOC_HEAVY_LEGS, any: ['difficulty walking'] },
    ],
  },
  {
    id: 'h006',
    style: 'lay',
    from: 'table',
    question: "my legs are weak, I'm puffed out on the stairs and look washed out, is it my iron?",
    expect: [{ any: ['pale skin', 'shortness of breath'] }],
  },
  {
    id: 'h007',
    style: 'lay',
    from: 'prose',
    question: 'can being short of magnesium thin my bones over the years?',
    expect: [{ any: ['risk of other conditions like osteoporosis', 'mental issues, osteoporosis'] }],
  },
  {
    id: 'h008',
    style: 'lay',
    from: 'prose',
    question: 'why does being low on iron leave my legs pooped so quickly?',
    expect: [
      {
        any: [
          'impairs oxygen delivery',
          'Oxygen transport to muscles',
          'insufficient oxygen transport',
          'Impaired oxygen delivery',
          'Impaired oxygen transport',
          'carry adequate oxygen',
          'reducing oxygen delivery',
          'role in oxygen transport',
          'insufficient oxygen delivery',
          'Oxygen transport, energy production',
          'reduced oxygen delivery',
          'oxygen-carrying capacity',
        ],
      },
    ],
  },
  {
    id: 'h009',
    style: 'lay',
    from: 'prose',
    question: "can my GP do bloods to find out what I'm lacking?",
    expect: [{ any: ['order blood tests', 'order specific blood tests', 'blood tests to confirm', 'blood tests for vitamin'] }],
  },

  // --- Mostly from "Nutrient deficiencies and heavy legs" --------------------------------------------
  {
    id: 'h010',
    style: 'lay',
    from: 'prose',
    question: 'could bad blood flow rather than vitamins be why my legs feel like lead?',
    expect: [{ any: ['poor circulation, nerve damage from diabetes', 'circulatory problems and nerve damage', 'contribute to a sense of heaviness'] }],
  },
  { id: 'h011', style: 'lay', from: 'table', question: 'which foods should I scoff to boost my iron?', expect: [{ any: ['red meat', 'iron-rich foods'] }] },
  {
    id: 'h012',
    style: 'lay',
    from: 'list',
    question: 'if I cut out all animal foods, could I end up short of the vitamin that protects nerves?',
    expect: [{ any: ['vegan'] }],
  },
  {
    id: 'h013',
    style: 'lay',
    from: 'prose',
    question: 'my legs feel leaden and tense all the time, could magnesium be to blame?',
    expect: [{ any: ['heaviness and tension in the legs'] }],
  },
  {
    id: 'h014',
    style: 'lay',
    from: 'prose',
    question: 'does vitamin D help my muscles squeeze properly or is it only for bones?',
    expect: [
      {
        any: [
          'essential for healthy muscle contraction',
          'absorption affects muscle contraction',
          'absorption for muscle contraction',
          'bone strength and muscle contraction',
          'extends beyond bone health',
          'also critical for muscle function',
          'muscle cell function and calcium absorption',
          'calcium absorption and muscle function',
          'Calcium absorption, muscle function',
          'Calcium absorption, muscle strength',
          'overall bone and muscle strength',
          'overall muscle and bone health',
        ],
      },
    ],
  },
  {
    id: 'h015',
    style: 'lay',
    from: 'faq',
    question: 'is it dangerous to take more vitamin pills than the label says?',
    expect: [{ any: ['Self-treating with high doses', 'Excessive supplementation', 'excessive intake of some nutrients', 'prescribed dosage'] }],
  },

  // --- Mostly from "Deficiencies and leg pain" -------------------------------------------------------
  {
    id: 'h016',
    style: 'lay',
    from: 'prose',
    question: 'which fruit and veg are packed with electrolytes?',
    expect: [{ any: ['excellent sources of electrolytes', 'fruits, vegetables, and whole grains supports electrolyte'] }],
  },
  {
    id: 'h017',
    style: 'lay',
    from: 'prose',
    question: 'how do minerals like potassium and magnesium tell my muscles when to tighten and let go?',
    expect: [
      {
        any: [
          'electrical signals',
          'nerve impulse transmission and muscle contraction',
          'regulate nerve signals and muscle contractions',
          'relaxation after contraction',
          'helping muscles relax after they contract',
        ],
      },
    ],
  },
  {
    id: 'h018',
    style: 'lay',
    from: 'table',
    question: 'can low calcium make my bones flimsy as well as giving me cramps?',
    expect: [{ any: ['weakened bones', 'taking calcium from the bones'] }],
  },
  {
    id: 'h019',
    style: 'lay',
    from: 'prose',
    question: "what's a sensible way of eating to stop sore legs from poor nutrition?",
    expect: [{ any: ['balanced diet'] }],
  },
  {
    id: 'h020',
    style: 'lay',
    from: 'table',
    question: 'my muscles feel tight and stiff and I sleep badly, is that low magnesium?',
    expect: [{ any: ['stiffness, insomnia'] }],
  },

  // --- Mostly from "What vitamin deficiency causes leg muscle pain?" ----------------------------------
  {
    id: 'h021',
    style: 'lay',
    from: 'faq',
    question: 'how unusual is it to be lacking vitamin E?',
    expect: [{ any: ['Although rare', 'relatively rare', 'coordination issues (rare)'] }],
  },
  { id: 'h022', style: 'lay', from: 'prose', question: 'what sort of people tend to end up low on vitamin E?', expect: [{ any: ['fat absorption'] }] },
  { id: 'h023', style: 'lay', from: 'list', question: 'which cooking oils or snacks give me vitamin E?', expect: [{ any: ['vegetable oils'] }] },
  {
    id: 'h024',
    style: 'lay',
    from: 'list',
    question: 'I work night shifts and sleep through the daytime, do I need extra vitamin D?',
    expect: [{ any: ['limited sun exposure', 'limited outdoor activities'] }],
  },
  {
    id: 'h025',
    style: 'lay',
    from: 'prose',
    question: 'is it a good idea to diagnose my own vitamin problem from symptoms I read online?',
    expect: [{ any: ['Self-diagnosing', 'only way to know for certain'] }],
  },
  {
    id: 'h026',
    style: 'lay',
    from: 'faq',
    question: 'my hands and feet go prickly, could that be B12?',
    expect: [
      {
        any: [
          'leads to paresthesia',
          'particularly in the hands and feet',
          'nerve damage that affects the legs and feet',
          'shooting pain in the legs and feet',
        ],
      },
    ],
  },
  {
    id: 'h027',
    style: 'lay',
    from: 'list',
    question: 'do your legs jerk on their own when calcium is low?',
    expect: [{ any: ['involuntary muscle movements', 'involuntary muscle contractions', 'Muscle cramps, involuntary contractions', 'tetany'] }],
  },
  {
    id: 'h028',
    style: 'lay',
    from: 'faq',
    question: 'is a lack of vitamin D a frequent reason for sore, cramping legs?',
    expect: [{ any: ['very common cause'] }],
  },
  {
    id: 'h029',
    style: 'lay',
    from: 'list',
    question: 'which breakfast foods have vitamin D in them?',
    expect: [{ any: ['egg yolks', 'fortified milk', 'fortified dairy'] }],
  },

  // --- Mostly from "8+ reasons why my legs feel so weak" -----------------------------------------------
  {
    id: 'h030',
    style: 'lay',
    from: 'prose',
    question: 'my doctor started me on atorvastatin and now my thighs are tender and weak',
    expect: [{ any: ['statins'] }],
  },
  {
    id: 'h031',
    style: 'lay',
    from: 'prose',
    question: 'my heart doctor gave me pills that make me pee a lot and now my legs are feeble',
    expect: [{ any: ['diuretic'] }],
  },
  {
    id: 'h032',
    style: 'lay',
    from: 'prose',
    question: 'after a long course of prednisone my hips and thighs feel weak',
    expect: [{ any: ['corticosteroid'] }],
  },
  { id: 'h033', style: 'lay', from: 'prose', question: 'my cancer treatment seems to have left my legs numb and weak', expect: [{ any: ['chemotherap'] }] },
  { id: 'h034', style: 'lay', from: 'prose', question: 'could my diabetes tablets be lowering my B vitamins?', expect: [{ any: ['metformin'] }] },
  {
    id: 'h035',
    style: 'lay',
    from: 'prose',
    question: 'I drink a bottle of wine most nights, could that be why my legs cramp and feel weak?',
    expect: [{ any: ['alcohol consumption', 'alcoholism'] }],
  },
  {
    id: 'h036',
    style: 'lay',
    from: 'prose',
    question: 'cyclist here: I drink plenty of plain water on long rides but my legs feel dead afterwards, why?',
    expect: [{ any: ['Endurance athletes', 'excessive water without adequate sodium'] }],
  },
  {
    id: 'h037',
    style: 'lay',
    from: 'prose',
    question: 'one leg suddenly puffed up, hurts and feels weak, could it be a clot?',
    expect: [{ any: ['deep vein thrombosis'] }],
  },
  {
    id: 'h038',
    style: 'lay',
    from: 'prose',
    question: 'what tests show whether a trapped nerve is weakening my legs?',
    expect: [{ any: ['electromyography', 'nerve conduction studies'] }],
  },
  {
    id: 'h039',
    style: 'lay',
    from: 'prose',
    question: 'I was told my thyroid is underactive, is that why getting up from a chair is a struggle?',
    expect: [{ any: ['hypothyroidism', 'Patients with thyroid disorders'] }],
  },
  { id: 'h040', style: 'lay', from: 'prose', question: 'with MS does the leg weakness come and go?', expect: [{ any: ['fluctuating leg weakness'] }] },
  {
    id: 'h041',
    style: 'lay',
    from: 'prose',
    question: "my joints feel grindy and sore when I'm dehydrated, is there a link?",
    expect: [{ any: ['synovial fluid', 'joint lubrication'] }],
  },
  {
    id: 'h042',
    style: 'lay',
    from: 'prose',
    question: 'I play tennis in the midday heat and my legs give up, is overheating part of it?',
    expect: [{ any: ['thermoregulation', 'dissipate heat', 'hot and humid'] }],
  },
  { id: 'h043', style: 'lay', from: 'prose', question: 'is swimming a good idea for building up weak legs?', expect: [{ any: ['walking or swimming'] }] },
  {
    id: 'h044',
    style: 'lay',
    from: 'faq',
    question: 'are weak legs ever just down to lifestyle rather than disease?',
    expect: [{ any: ['lifestyle factors like dehydration', 'modifiable lifestyle factors', 'ranging from lifestyle factors'] }],
  },
  { id: 'h045', style: 'lay', from: 'faq', question: 'can lounging on the couch all day make my legs weak?', expect: [{ any: ['prolonged inactivity'] }] },
  {
    id: 'h046',
    style: 'lay',
    from: 'prose',
    question: 'my elderly father is housebound and hardly sees daylight, could that be weakening his legs?',
    expect: [{ any: ['nursing homes', 'limited outdoor activities', 'limited sun exposure'] }],
  },
  {
    id: 'h047',
    style: 'lay',
    from: 'prose',
    question: 'I lose a lot of blood every month with my cycle, could that be why my legs are weak?',
    expect: [{ any: ['Women of reproductive age', 'chronic blood loss'] }],
  },
  {
    id: 'h048',
    style: 'lay',
    from: 'prose',
    question: 'my legs feel done in after standing all day at work',
    expect: [{ any: ['periods of walking or standing'] }],
  },
  { id: 'h049', style: 'lay', from: 'prose', question: 'do carbs actually matter for leg stamina?', expect: [{ any: ['carbohydrate and protein intake'] }] },
  {
    id: 'h050',
    style: 'lay',
    from: 'prose',
    question: "could tablets I'm on for other things be behind my weak legs?",
    expect: [{ any: ['medication review', 'Review Medications', 'Can medications induce', 'Certain medications can induce'] }],
  },
];

/**
 * Second batch, written after the first batch had been measured and its misses seen, and before
 * the second round of search changes (general mechanisms only): a blind check of those changes.
 */
const rawSecondBatch: RetrievalQuestion[] = [
  {
    id: 'h051',
    style: 'lay',
    from: 'table',
    question: 'can low vitamin D mean my bones break more easily?',
    expect: [{ any: ['bone fractures', 'risk of fractures'] }],
  },
  { id: 'h052', style: 'lay', from: 'prose', question: 'my toddler is bow-legged, could a vitamin be missing?', expect: [{ any: ['rickets'] }] },
  { id: 'h053', style: 'lay', from: 'table', question: 'does being low on iron give you headaches?', expect: [{ any: ['headache'] }] },
  {
    id: 'h054',
    style: 'lay',
    from: 'prose',
    question: 'my legs are weak and I can hardly get my breath, should I get help fast?',
    expect: [{ any: ['difficulty breathing', 'medical emergency'] }],
  },
  { id: 'h055', style: 'lay', from: 'list', question: 'can not having enough iron make my chest hurt?', expect: [{ any: ['chest pain'] }] },
  { id: 'h056', style: 'lay', from: 'prose', question: 'how does B12 look after the wiring of my nerves?', expect: [{ any: ['myelin'] }] },
  {
    id: 'h057',
    style: 'lay',
    from: 'prose',
    question: "I'm diabetic and my legs feel weighed down, could the two be linked?",
    expect: [{ any: ['nerve damage from diabetes', 'diabetic neuropathy'] }],
  },
  {
    id: 'h058',
    style: 'lay',
    from: 'prose',
    question: "what's the point of iron in my blood anyway?",
    expect: [{ any: ['producing hemoglobin', 'component of hemoglobin', 'hemoglobin to carry', 'oxygen transport via hemoglobin'] }],
  },
  {
    id: 'h059',
    style: 'lay',
    from: 'prose',
    question: 'my muscles keep flickering on their own, could I be short of minerals?',
    expect: [{ any: ['involuntary twitches', 'muscle twitches', 'cramps, twitches', 'spasms, and twitching', 'spasms, twitching'] }],
  },
  {
    id: 'h060',
    style: 'lay',
    from: 'table',
    question: 'do avocados and sweet potatoes actually help stop leg cramps?',
    expect: [{ any: ['avocados', 'sweet potatoes'] }],
  },
  {
    id: 'h061',
    style: 'lay',
    from: 'prose',
    question: 'which vitamin shortage can make you clumsy?',
    expect: [{ any: ['impaired coordination', 'difficulty with coordination', 'coordination issues'] }],
  },
  {
    id: 'h062',
    style: 'lay',
    from: 'list',
    question: 'my legs have hurt for weeks now, is it time to see someone?',
    expect: [{ any: ['warrants a visit to a doctor', 'persistent leg pain, weakness'] }],
  },
  {
    id: 'h063',
    style: 'lay',
    from: 'prose',
    question: 'why do some vitamin shortages make you numb while others give you cramps?',
    expect: [{ any: ['some deficiencies impact nerve function'] }],
  },
  {
    id: 'h064',
    style: 'lay',
    from: 'prose',
    question: "can my legs ache from poor diet even though I haven't hurt them?",
    expect: [{ any: ['not from injury or overuse', 'physical exertion or injury'] }],
  },
  {
    id: 'h065',
    style: 'lay',
    from: 'prose',
    question: 'are pills the only answer or does food come into it too?',
    expect: [
      {
        any: [
          'combination of dietary changes and supplementation',
          'combination of dietary adjustments',
          'multi-faceted approach',
          'dietary changes, supplements',
        ],
      },
    ],
  },
  {
    id: 'h066',
    style: 'lay',
    from: 'prose',
    question: 'what happens inside a muscle when it runs out of fuel?',
    expect: [{ any: ['energy demands exceed', 'adenosine triphosphate'] }],
  },
  { id: 'h067', style: 'lay', from: 'prose', question: 'could a narrowing in my backbone make my legs weak?', expect: [{ any: ['spinal stenosis'] }] },
  {
    id: 'h068',
    style: 'lay',
    from: 'prose',
    question: 'if a squashed nerve is left alone, can the damage become permanent?',
    expect: [{ any: ['irreversible nerve damage'] }],
  },
  {
    id: 'h069',
    style: 'lay',
    from: 'prose',
    question: 'can a muscle deep in my hip press on a nerve and weaken my leg?',
    expect: [{ any: ['piriformis syndrome'] }],
  },
  {
    id: 'h070',
    style: 'lay',
    from: 'prose',
    question: 'how do doctors check how well blood gets down to my legs?',
    expect: [{ any: ['ankle-brachial index', 'Doppler ultrasound'] }],
  },
  {
    id: 'h071',
    style: 'lay',
    from: 'prose',
    question: 'do cholesterol-lowering drugs mess with the energy factories in muscle cells?',
    expect: [{ any: ['mitochondrial function', 'coenzyme Q10'] }],
  },
  { id: 'h072', style: 'lay', from: 'prose', question: 'can cholesterol medicine make your muscles break down badly?', expect: [{ any: ['rhabdomyolysis'] }] },
  { id: 'h073', style: 'lay', from: 'prose', question: 'which kind of water pill is the strongest?', expect: [{ any: ['more potent'] }] },
  {
    id: 'h074',
    style: 'lay',
    from: 'prose',
    question: 'why do steroid tablets make muscles waste away?',
    expect: [{ any: ['inhibit protein synthesis', 'muscle wasting'] }],
  },
  { id: 'h075', style: 'lay', from: 'prose', question: 'can an overactive thyroid leave my legs feeble?', expect: [{ any: ['hyperthyroidism'] }] },
  { id: 'h076', style: 'lay', from: 'prose', question: 'does diabetes make you more likely to get sores on your feet?', expect: [{ any: ['foot ulcers'] }] },
  {
    id: 'h077',
    style: 'lay',
    from: 'prose',
    question: 'in MS, is it my own immune system damaging the nerves?',
    expect: [{ any: ['autoimmune disease', 'demyelination'] }],
  },
  {
    id: 'h078',
    style: 'lay',
    from: 'prose',
    question: 'can bad kidneys leave me short of vitamin D and wobbly?',
    expect: [{ any: ['chronic kidney disease'] }],
  },
  {
    id: 'h079',
    style: 'lay',
    from: 'prose',
    question: 'can gut problems that stop me absorbing food make my legs weak?',
    expect: [{ any: ['malabsorption', 'fat absorption', 'impaired absorption'] }],
  },
  {
    id: 'h080',
    style: 'lay',
    from: 'prose',
    question: 'would seeing a physio help my weak legs?',
    expect: [{ any: ['physical therapist', 'physical therapy'] }],
  },
];

const heldoutQuestionSchema = retrievalQuestionSchema.extend({ id: z.string().regex(/^h\d{3}$/) });

const heldoutSetSchema = z
  .array(heldoutQuestionSchema)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'ids must be unique')
  .refine((qs) => new Set(qs.map((q) => q.question.toLowerCase())).size === qs.length, 'questions must be unique');

/** The first batch (50 questions), measured before any search change of this round. */
export const heldoutFirstBatch = heldoutSetSchema.parse(rawHeldout);

/** The second batch (30 questions), measured before the second round of changes. */
export const heldoutSecondBatch = heldoutSetSchema.parse(rawSecondBatch);

/** Both batches. */
export const heldoutQuestions = heldoutSetSchema.parse([...rawHeldout, ...rawSecondBatch]);
