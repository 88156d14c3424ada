import { z } from 'zod';

/**
 * A small domain lexicon of nutrients, conditions, symptoms and drugs, used to find what a question
 * is about and whether a sentence talks about the same thing. It is general medical vocabulary,
 * not a list of what one article says. Data only: recognising the entities in a text is
 * lib/question/entities.ts.
 */
export const entityKindSchema = z.enum(['nutrient', 'condition', 'symptom', 'drug']);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const entityDefSchema = z.object({
  id: z.string(),
  /** How the entity is named in generated text (questions, suggestions). */
  name: z.string(),
  kind: entityKindSchema,
  /** Lower-case phrases; "-" and spaces are interchangeable. */
  aliases: z.array(z.string()),
  /** Names of the deficiency itself ("hypokalemia"), which also count as the nutrient. */
  deficiencyAliases: z.array(z.string()).optional(),
  /** Case-sensitive abbreviations ("MS", "PAD"), matched on the original text. */
  abbreviations: z.array(z.string()).optional(),
  /** Ids of wider groups this belongs to: iron is one of the "nutrients", PAD a "poor circulation". */
  broader: z.array(z.string()).optional(),
  /** A group name ("vitamins", "medications") rather than one thing. */
  broad: z.boolean().optional(),
});
export type EntityDef = z.infer<typeof entityDefSchema>;

const NUTRIENTS: EntityDef[] = [
  { id: 'vitamin-a', name: 'vitamin A', kind: 'nutrient', aliases: ['vitamin a', 'retinol'] },
  { id: 'vitamin-b1', name: 'vitamin B1', kind: 'nutrient', aliases: ['vitamin b1', 'thiamine', 'thiamin'], deficiencyAliases: ['beriberi'] },
  { id: 'vitamin-b6', name: 'vitamin B6', kind: 'nutrient', aliases: ['vitamin b6', 'pyridoxine'] },
  { id: 'folate', name: 'folate', kind: 'nutrient', aliases: ['folate', 'folic acid', 'vitamin b9'] },
  {
    id: 'vitamin-b12',
    name: 'vitamin B12',
    kind: 'nutrient',
    aliases: ['vitamin b12', 'vit b12', 'vit. b12', 'b12', 'cobalamin', 'cyanocobalamin'],
    deficiencyAliases: ['pernicious anemia', 'pernicious anaemia'],
  },
  { id: 'b-vitamins', name: 'B vitamins', kind: 'nutrient', aliases: ['b vitamins', 'b vitamin', 'vitamin b', 'b-complex'] },
  { id: 'vitamin-c', name: 'vitamin C', kind: 'nutrient', aliases: ['vitamin c', 'ascorbic acid'], deficiencyAliases: ['scurvy'] },
  {
    id: 'vitamin-d',
    name: 'vitamin D',
    kind: 'nutrient',
    aliases: ['vitamin d', 'vit d', 'vit. d', 'vitamin d3', 'sunshine vitamin', 'calciferol', 'cholecalciferol'],
    deficiencyAliases: ['osteomalacia', 'rickets'],
  },
  { id: 'vitamin-e', name: 'vitamin E', kind: 'nutrient', aliases: ['vitamin e', 'tocopherol'] },
  { id: 'vitamin-k', name: 'vitamin K', kind: 'nutrient', aliases: ['vitamin k'] },
  {
    id: 'iron',
    name: 'iron',
    kind: 'nutrient',
    aliases: ['iron', 'ferritin'],
    deficiencyAliases: ['iron-deficiency anemia', 'iron deficiency anemia', 'iron-deficiency anaemia'],
  },
  { id: 'potassium', name: 'potassium', kind: 'nutrient', aliases: ['potassium'], deficiencyAliases: ['hypokalemia', 'hypokalaemia'] },
  {
    id: 'magnesium',
    name: 'magnesium',
    kind: 'nutrient',
    aliases: ['magnesium'],
    deficiencyAliases: ['hypomagnesemia', 'hypomagnesaemia'],
  },
  {
    id: 'calcium',
    name: 'calcium',
    kind: 'nutrient',
    aliases: ['calcium'],
    deficiencyAliases: ['hypocalcemia', 'hypocalcaemia', 'tetany'],
  },
  { id: 'sodium', name: 'sodium', kind: 'nutrient', aliases: ['sodium', 'salt'], deficiencyAliases: ['hyponatremia', 'hyponatraemia'] },
  { id: 'zinc', name: 'zinc', kind: 'nutrient', aliases: ['zinc'] },
  { id: 'phosphorus', name: 'phosphorus', kind: 'nutrient', aliases: ['phosphorus', 'phosphate'], deficiencyAliases: ['hypophosphatemia'] },
  { id: 'copper', name: 'copper', kind: 'nutrient', aliases: ['copper'] },
  { id: 'selenium', name: 'selenium', kind: 'nutrient', aliases: ['selenium'] },
  { id: 'iodine', name: 'iodine', kind: 'nutrient', aliases: ['iodine'] },
  { id: 'omega-3', name: 'omega-3', kind: 'nutrient', aliases: ['omega 3', 'omega-3', 'fish oil'] },
  { id: 'protein', name: 'protein', kind: 'nutrient', aliases: ['protein intake', 'dietary protein'] },
];

const CONDITIONS: EntityDef[] = [
  { id: 'anemia', name: 'anemia', kind: 'condition', aliases: ['anemia', 'anaemia', 'anemic', 'anaemic'] },
  {
    id: 'restless-legs',
    name: 'restless legs syndrome',
    kind: 'condition',
    aliases: ['restless legs syndrome', 'restless leg syndrome', 'restless legs', 'restless leg'],
    abbreviations: ['RLS'],
  },
  {
    id: 'neuropathy',
    name: 'peripheral neuropathy',
    kind: 'condition',
    aliases: ['peripheral neuropathy', 'neuropathy', 'nerve damage', 'paresthesia'],
    abbreviations: ['CIPN'],
  },
  { id: 'diabetes', name: 'diabetes', kind: 'condition', aliases: ['diabetes', 'diabetic', 'blood sugar', 'hyperglycemia'] },
  {
    id: 'thyroid',
    name: 'thyroid disorders',
    kind: 'condition',
    aliases: ['thyroid', 'hypothyroidism', 'hyperthyroidism', 'underactive thyroid', 'overactive thyroid'],
  },
  { id: 'multiple-sclerosis', name: 'multiple sclerosis', kind: 'condition', aliases: ['multiple sclerosis'], abbreviations: ['MS'] },
  {
    id: 'pad',
    name: 'peripheral artery disease',
    kind: 'condition',
    aliases: ['peripheral artery disease', 'peripheral arterial disease', 'claudication', 'atherosclerosis'],
    abbreviations: ['PAD'],
  },
  { id: 'dvt', name: 'deep vein thrombosis', kind: 'condition', aliases: ['deep vein thrombosis', 'blood clot', 'clot', 'thrombosis'], abbreviations: ['DVT'] },
  { id: 'venous-insufficiency', name: 'venous insufficiency', kind: 'condition', aliases: ['venous insufficiency', 'varicose veins'] },
  {
    id: 'circulation',
    name: 'poor circulation',
    kind: 'condition',
    aliases: [
      'poor circulation',
      'circulation issues',
      'circulatory problems',
      'circulation problems',
      'circulatory impairments',
      'impaired circulation',
      'blood flow',
      'circulation',
      'circulatory issues',
    ],
  },
  { id: 'dehydration', name: 'dehydration', kind: 'condition', aliases: ['dehydration', 'dehydrated', 'hydration'] },
  {
    id: 'electrolyte-imbalance',
    name: 'electrolyte imbalance',
    kind: 'condition',
    aliases: ['electrolyte imbalance', 'electrolyte imbalances', 'electrolytes', 'electrolyte'],
  },
  { id: 'osteoporosis', name: 'osteoporosis', kind: 'condition', aliases: ['osteoporosis'] },
  { id: 'myopathy', name: 'myopathy', kind: 'condition', aliases: ['myopathy', 'rhabdomyolysis'] },
  { id: 'sciatica', name: 'sciatica', kind: 'condition', aliases: ['sciatica', 'sciatic nerve'] },
  {
    id: 'nerve-compression',
    name: 'nerve compression',
    kind: 'condition',
    aliases: ['nerve compression', 'pinched nerve', 'compressed nerve', 'spinal stenosis', 'herniated disc', 'slipped disc', 'piriformis syndrome'],
  },
  { id: 'chronic-fatigue', name: 'chronic fatigue syndrome', kind: 'condition', aliases: ['chronic fatigue syndrome', 'chronic fatigue'] },
  { id: 'fibromyalgia', name: 'fibromyalgia', kind: 'condition', aliases: ['fibromyalgia'] },
  { id: 'muscle-fatigue', name: 'muscle fatigue', kind: 'condition', aliases: ['muscle fatigue', 'overexertion', 'overuse'] },
  { id: 'kidney-disease', name: 'kidney disease', kind: 'condition', aliases: ['kidney disease', 'renal disease'] },
  { id: 'alcoholism', name: 'alcohol use', kind: 'condition', aliases: ['alcoholism', 'alcohol'] },
  { id: 'malabsorption', name: 'malabsorption', kind: 'condition', aliases: ['malabsorption', 'celiac disease', 'coeliac disease', "crohn's disease"] },
  { id: 'stroke', name: 'stroke', kind: 'condition', aliases: ['stroke'] },
];

const SYMPTOMS: EntityDef[] = [
  {
    id: 'leg-weakness',
    name: 'leg weakness',
    kind: 'symptom',
    aliases: ['leg weakness', 'weak legs', 'legs feel weak', 'weakness in the legs', 'weakness in my legs', 'lower extremity weakness', 'asthenia'],
  },
  { id: 'heavy-legs', name: 'heavy legs', kind: 'symptom', aliases: ['heavy legs', 'heavy leg', 'legs feel heavy', 'heaviness'] },
  { id: 'leg-pain', name: 'leg pain', kind: 'symptom', aliases: ['leg pain', 'legs hurt', 'sore legs', 'aching legs', 'leg muscle pain'] },
  { id: 'cramps', name: 'muscle cramps', kind: 'symptom', aliases: ['cramps', 'cramp', 'cramping', 'charley horse', 'spasms', 'spasm'] },
  { id: 'tingling', name: 'tingling', kind: 'symptom', aliases: ['tingling', 'pins and needles', 'tingly'] },
  { id: 'numbness', name: 'numbness', kind: 'symptom', aliases: ['numbness', 'numb'] },
  { id: 'fatigue', name: 'fatigue', kind: 'symptom', aliases: ['fatigue', 'tiredness', 'exhaustion'] },
  { id: 'twitching', name: 'muscle twitching', kind: 'symptom', aliases: ['twitching', 'twitches', 'twitch'] },
];

const DRUGS: EntityDef[] = [
  {
    id: 'statins',
    name: 'statins',
    kind: 'drug',
    aliases: [
      'statins',
      'statin',
      'atorvastatin',
      'simvastatin',
      'rosuvastatin',
      'cholesterol pills',
      'cholesterol tablets',
      'cholesterol medication',
      'cholesterol-lowering drugs',
    ],
  },
  { id: 'diuretics', name: 'diuretics', kind: 'drug', aliases: ['diuretics', 'diuretic', 'water pills', 'water pill', 'furosemide'] },
  { id: 'corticosteroids', name: 'corticosteroids', kind: 'drug', aliases: ['corticosteroids', 'corticosteroid', 'steroids', 'steroid', 'prednisone'] },
  { id: 'chemotherapy', name: 'chemotherapy', kind: 'drug', aliases: ['chemotherapy', 'chemotherapeutic', 'chemo', 'taxanes', 'vinca alkaloids'] },
  {
    id: 'ppi',
    name: 'proton pump inhibitors',
    kind: 'drug',
    aliases: ['proton pump inhibitors', 'proton pump inhibitor', 'omeprazole', 'antacids'],
    abbreviations: ['PPI', 'PPIs'],
  },
  { id: 'metformin', name: 'metformin', kind: 'drug', aliases: ['metformin'] },
  { id: 'ibuprofen', name: 'ibuprofen', kind: 'drug', aliases: ['ibuprofen', 'nsaids', 'nsaid', 'painkillers'] },
  { id: 'blood-thinners', name: 'blood thinners', kind: 'drug', aliases: ['blood thinners', 'warfarin', 'anticoagulants'] },
];

const GROUPS: EntityDef[] = [
  {
    id: 'nutrients',
    name: 'vitamins and minerals',
    kind: 'nutrient',
    broad: true,
    aliases: ['vitamins', 'vitamin', 'minerals', 'mineral', 'nutrients', 'nutrient', 'micronutrients', 'nutritional deficiencies'],
  },
  {
    id: 'medications',
    name: 'medications',
    kind: 'drug',
    broad: true,
    aliases: ['medications', 'medication', 'medicines', 'medicine', 'drugs', 'meds', 'pills', 'prescriptions', 'pharmacological'],
  },
];

const ELECTROLYTES = new Set(['potassium', 'magnesium', 'calcium', 'sodium']);
const B_VITAMINS = new Set(['vitamin-b1', 'vitamin-b6', 'folate', 'vitamin-b12']);
const CIRCULATION = new Set(['pad', 'dvt', 'venous-insufficiency']);

function withGroups(e: EntityDef): EntityDef {
  const broader: string[] = [];
  if (e.kind === 'nutrient') broader.push('nutrients');
  if (e.kind === 'drug') broader.push('medications');
  if (ELECTROLYTES.has(e.id)) broader.push('electrolyte-imbalance');
  if (B_VITAMINS.has(e.id)) broader.push('b-vitamins');
  if (CIRCULATION.has(e.id)) broader.push('circulation');
  if (e.id === 'sciatica') broader.push('nerve-compression');
  return broader.length > 0 ? { ...e, broader } : e;
}

export const ENTITIES: readonly EntityDef[] = [...NUTRIENTS, ...CONDITIONS, ...SYMPTOMS, ...DRUGS].map(withGroups).concat(GROUPS);

export const ENTITY_BY_ID: ReadonlyMap<string, EntityDef> = new Map(ENTITIES.map((e) => [e.id, e]));

/** Kinds a question can be "about" strictly: a sentence must name one of them to answer it. */
export const FOCUS_KINDS: readonly EntityKind[] = ['nutrient', 'condition', 'drug'];
