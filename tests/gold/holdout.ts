import { retrievalQuestionListSchema, type RetrievalQuestion } from './schema';

/**
 * Held-out lay questions, written after the search had been tuned against questions.ts, with
 * fresh everyday wording for facts the articles state. They measure whether the search
 * generalises beyond the wording it was tuned on; the figure is only honest while nobody tunes
 * the search against these questions, so report them, do not fit to them.
 */
const rawHoldout: RetrievalQuestion[] = [
  { id: 'h001', style: 'lay', from: 'prose', question: "my toddler's legs look bowed, could that be a vitamin thing?", expect: [{ any: ['rickets'] }] },
  {
    id: 'h002',
    style: 'lay',
    from: 'prose',
    question: 'is it properly dangerous if my potassium drops really low?',
    expect: [{ any: ['paralysis of the respiratory muscles', 'life-threatening complications', 'irregular heartbeat (severe cases)'] }],
  },
  { id: 'h003', style: 'lay', from: 'prose', question: 'my lips go tingly and my hands clench up on their own', expect: [{ any: ['around the mouth'] }] },
  { id: 'h004', style: 'lay', from: 'table', question: 'feeling down in the dumps with achy muscles, is my vitamin D low?', expect: [{ any: ['depression'] }] },
  {
    id: 'h005',
    style: 'lay',
    from: 'prose',
    question: "what's the point of magnesium for my muscles?",
    expect: [
      {
        any: [
          'relaxation after contraction',
          'helping muscles relax',
          'regulate muscle relaxation',
          'Muscle relaxation, nerve signaling',
          'essential for muscle relaxation',
          'crucial for muscle relaxation',
        ],
      },
    ],
  },
  { id: 'h006', style: 'lay', from: 'list', question: "I've gone off meat completely, where will I get my B12?", expect: [{ any: ['vegan'] }] },
  {
    id: 'h007',
    style: 'lay',
    from: 'table',
    question: 'does cheese on toast help with leg cramps?',
    expect: [{ any: ['Yogurt, cheese, milk', 'Dairy products, leafy greens, and fortified foods', 'dairy for calcium', 'Dairy products, kale'] }],
  },
  {
    id: 'h008',
    style: 'lay',
    from: 'prose',
    question: 'sore back and one leg keeps buckling, could a trapped nerve do that?',
    expect: [{ any: ['Nerve compression, or the impingement', 'herniated disc', 'compressing a nerve root', 'Nerve compression, resulting from'] }],
  },
  {
    id: 'h009',
    style: 'lay',
    from: 'prose',
    question: 'I get calf pain every time I walk uphill and it goes once I stand still',
    expect: [{ any: ['intermittent claudication'] }],
  },
  {
    id: 'h010',
    style: 'lay',
    from: 'prose',
    question: 'my calf is swollen and sore after a long-haul flight, what could cause that?',
    expect: [{ any: ['deep vein thrombosis'] }],
  },
  {
    id: 'h011',
    style: 'lay',
    from: 'list',
    question: 'can pills for high blood pressure leave my legs feeble?',
    expect: [{ any: ['Diuretics', 'Diuretic use'] }],
  },
  {
    id: 'h012',
    style: 'lay',
    from: 'list',
    question: 'my legs went weak after months of prednisolone for my asthma',
    expect: [{ any: ['Corticosteroids', 'corticosteroid therapy'] }],
  },
  {
    id: 'h013',
    style: 'lay',
    from: 'list',
    question: 'can cancer treatment leave your legs numb and weak?',
    expect: [{ any: ['Chemotherapy-induced', 'chemotherapeutic agents'] }],
  },
  {
    id: 'h014',
    style: 'lay',
    from: 'list',
    question: "I lose a lot of blood every month and I'm always shattered",
    expect: [{ any: ['Women of reproductive age', 'chronic blood loss'] }],
  },
  {
    id: 'h015',
    style: 'lay',
    from: 'list',
    question: "my grandad never gets out in the daylight and can't manage the stairs any more",
    expect: [{ any: ['nursing homes', 'limited sun exposure'] }],
  },
  {
    id: 'h016',
    style: 'lay',
    from: 'list',
    question: 'does heavy drinking wreck the nerves in your legs?',
    expect: [{ any: ['Alcoholism, malabsorption syndromes', 'chronic alcohol consumption', 'Conditions such as alcoholism'] }],
  },
  { id: 'h017', style: 'lay', from: 'list', question: 'my blood sugar runs high and my feet have gone dead', expect: [{ any: ['diabetic neuropathy'] }] },
  { id: 'h018', style: 'lay', from: 'list', question: "my thyroid's overactive and my thighs are feeble", expect: [{ any: ['hyperthyroidism'] }] },
  {
    id: 'h019',
    style: 'lay',
    from: 'list',
    question: 'leg weakness that flares up and settles down again along with blurred vision',
    expect: [{ any: ['Multiple sclerosis', 'exacerbations, and remissions'] }],
  },
  {
    id: 'h020',
    style: 'lay',
    from: 'prose',
    question: "my legs have been weak for weeks and I can't see why, should I get it looked at?",
    expect: [{ any: ['unexplained leg weakness', 'always indicative of a serious'] }],
  },
  {
    id: 'h021',
    style: 'lay',
    from: 'faq',
    question: "how do I suss out which nutrient I'm short of?",
    expect: [
      {
        any: [
          'blood tests to check your vitamin and mineral levels',
          'only way to know for certain',
          'blood tests to measure your levels',
          'specific blood tests',
          'Self-diagnosing',
        ],
      },
    ],
  },
  {
    id: 'h022',
    style: 'lay',
    from: 'faq',
    question: 'is it fine to neck a big dose of magnesium without asking anyone?',
    expect: [{ any: ['Excessive supplementation', 'Self-treating with high doses', 'safe to take supplements without', 'prescribed dosage'] }],
  },
  {
    id: 'h023',
    style: 'lay',
    from: 'table',
    question: 'what snacks are packed with magnesium?',
    expect: [
      {
        any: [
          'almonds',
          'Spinach, nuts, whole grains',
          'Leafy greens, nuts, seeds',
          'Leafy green vegetables, nuts, seeds, and whole grains',
          'leafy greens and nuts for magnesium',
        ],
      },
    ],
  },
  { id: 'h024', style: 'lay', from: 'prose', question: 'my toes feel scorching and prickly in bed', expect: [{ any: ['burning'] }] },
  {
    id: 'h025',
    style: 'lay',
    from: 'prose',
    question: 'my legs turn floppy during a heatwave',
    expect: [{ any: ['hot climates', 'hot and humid', 'warm weather'] }],
  },
  { id: 'h026', style: 'lay', from: 'list', question: 'can an antacid I take every day lower my minerals?', expect: [{ any: ['proton pump inhibitors'] }] },
  {
    id: 'h027',
    style: 'lay',
    from: 'list',
    question: "I've been sick over and over and now my legs are weak and crampy",
    expect: [{ any: ['prolonged vomiting or diarrhea', 'gastrointestinal losses'] }],
  },
  {
    id: 'h028',
    style: 'lay',
    from: 'list',
    question: 'I did an ultramarathon, drank gallons of plain water and now feel weak and woozy',
    expect: [{ any: ['Endurance athletes', 'excessive water without adequate sodium'] }],
  },
  { id: 'h029', style: 'lay', from: 'list', question: "what's a good way to top up iron if I skip red meat?", expect: [{ any: ['lentils'] }] },
  {
    id: 'h030',
    style: 'lay',
    from: 'prose',
    question: 'is there a test that shows how well the nerves in my legs are firing?',
    expect: [{ any: ['nerve conduction studies', 'electromyography'] }],
  },
  {
    id: 'h031',
    style: 'lay',
    from: 'prose',
    question: 'how can I build my leg strength back up at home?',
    expect: [{ any: ['Engage in Regular, Moderate Exercise', 'walking or swimming', 'Low-impact exercises'] }],
  },
  {
    id: 'h032',
    style: 'lay',
    from: 'list',
    question: "I'm a vegetarian woman in my twenties, exhausted, and my legs feel like dead weight",
    expect: [{ any: ['Women of reproductive age', 'iron-deficiency anemia', 'Heavy, weak legs', 'profound sense of heaviness'] }],
  },
];

export const holdoutQuestions = retrievalQuestionListSchema(30).parse(rawHoldout);
