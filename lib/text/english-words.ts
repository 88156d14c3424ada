/**
 * A compact list of common English words (base forms; inflections are matched by the guard's
 * stemmer). With the corpus's own words it is the vocabulary an English answer about the articles
 * is expected to use: reversed text, ciphers, code and other languages mostly fall outside it.
 * Written for this repo, not downloaded; it only needs to cover everyday wording, not be complete.
 */

const FUNCTION_WORDS = `
a about above across after afterwards again against ago all almost alone along already also although always am among
amongst an and another any anybody anyone anything anyway anywhere are around as at away back be because been before
beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down
during each either else elsewhere enough even ever every everybody everyone everything everywhere except few fewer for
former formerly from further furthermore had has have having he hence her here hereby herein hers herself him himself his
how however i if in indeed instead into is it its itself just least less lest let like likewise many may maybe me meanwhile
might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor
not nothing now nowhere of off often on once one only onto or other others otherwise ought our ours ourselves out over
own per perhaps quite rather really same several shall she should since so some somebody someone something sometime
sometimes somewhat somewhere still such than that the their theirs them themselves then thence there thereafter thereby
therefore therein these they this those though through throughout thru thus to together too toward towards under
underneath unless unlike until unto up upon us very via was we well were what whatever when whenever where whereas
whereby wherever whether which while whilst who whoever whole whom whose why will with within without would yet you your
yours yourself yourselves
don't doesn't didn't isn't aren't wasn't weren't can't cannot couldn't won't wouldn't shouldn't haven't hasn't hadn't
mustn't needn't mightn't it's i'm i've i'll i'd you're you've you'll you'd he's she's we're we've we'll we'd they're
they've they'll they'd that's there's here's what's who's where's let's
`;

const IRREGULAR_FORMS = `
ate eaten arose arisen awoke bent bit bitten bled blew blown bore born bought bound brought broke broken built burnt
began begun became caught chose chosen clung came crept dealt did done dug drew drawn dreamt drank drunk drove driven fed
felt fell fallen fought found fled flew flown forgot forgotten froze frozen gave given got gotten went gone grew grown hung
heard hid hidden held hurt kept knelt knew known laid led left lent lit lost made meant met paid ran rang rung rode ridden
rose risen said saw seen sought sold sent shook shaken shot showed shown shrank shut sang sung sank sunk sat slept slid
spoke spoken spent spun stood stole stolen stuck stung struck swept swore swam swung swollen taught told tore torn
thought threw thrown took taken understood woke wore worn won wound wrote written
etc eg ie vs mr mrs ms dr yes okay oh hey ok per cent
`;

const NUMBER_WORDS = `
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion first second third fourth
fifth sixth seventh eighth ninth tenth half quarter double triple once twice dozen percent
`;

const VERBS = `
accept access accompany account achieve acquire act adapt add address adjust admit adopt advance advise affect afford
agree aim allow alter answer appear apply appreciate approach approve argue arise arrange arrive ask assess assist assume
attach attack attempt attend attract avoid base bear beat become begin believe belong bend benefit bind bite blame bleed
block blow boil bother break breathe bring build burn buy calculate call care carry catch cause change charge check chew
choose claim clean clear climb close collect combine come comment compare compete complain complete concern conclude
conduct confirm connect consider consist constrict consume contain continue contribute control convert cook cope correct
cost count cover crack crash create cross cry cure cut damage deal decide decline decrease define delay deliver demand
depend describe deserve design destroy detect determine develop die differ digest direct disappear discover discuss
dissolve distinguish divide drain draw dream dress drink drive drop dry earn ease eat educate eliminate emerge employ
enable encourage end enhance enjoy ensure enter establish estimate evaluate examine exceed exercise exist expand expect
experience explain explore expose express extend face fail fall feed feel fight fill find finish fit fix flow fly focus
fold follow forget form found free freeze gain gather get give go grab grow guess guide handle hang happen harm hate heal
hear heat help hide hit hold hope hurt identify ignore imagine impair improve include increase indicate influence inform
inherit injure insist install intend interact interfere interpret introduce investigate involve join judge jump keep kick
kill kneel knock know lack last laugh lay lead lean learn leave lend lie lift limit link list listen live lock look lose
love lower maintain make manage mark match matter mean measure meet mention mind miss mix modify monitor move need note
notice obtain occur offer open operate order organize overcome owe pass pay perform permit persist pick place plan play
point possess pour practice practise predict prefer prepare present press prevent produce progress promote protect prove
provide publish pull pump purchase push put qualify raise reach react read realize realise recall receive recognize
recognise recommend record recover reduce refer reflect refuse regard regulate reject relate relax release rely remain
remember remove repair repeat replace reply report represent require rescue resist resolve respond rest restore restrict
result retain return reveal reverse review ride ring rise risk roll rub rule run rush save say scan score search see seek
seem select sell send sense separate serve set settle shake shape share shift shoot show shrink shut sign signal sing sink
sit sleep slide slip slow smell smoke solve sort sound speak spend spread squeeze stand start state stay step stick stimulate
stir stop store strain strengthen stress stretch strike struggle study submit succeed suffer suggest suit supply support
suppose surround survive suspect swallow sweat swell swim switch take talk taste teach tear tell tend test thank think
threaten throw tighten tingle tire touch track train transfer transport travel treat trigger trust try turn twist
understand undergo unlock update urge use vary view visit vomit wait wake walk want warm warn wash watch wear weigh win
wish wonder work worry write yield
`;

const NOUNS = `
ability absence absorption abuse accident account ache acid action activity addition adult advice age agent aid air alcohol
amount analysis animal ankle answer anxiety appetite approach area arm arrangement article aspect attention attitude
average baby background balance ball bank base basis bath bean bed beef behaviour behavior belief benefit bird birth bit
bladder blood board boat body bone book bottle bottom bowel box brain bread breakfast breath brother bus business butter
cabbage calf call cancer capacity car card care case cell centre center chain chair chance change chapter cheese chest
chicken child choice circle circulation city claim class clinic clock clothes cold colour color combination comfort
community company comparison complaint complication concentration concept concern condition confusion connection consequence
contact content context contraction control cost couch country couple course cramp cream culture cup cure damage danger
data date daughter day deal death decision defect deficiency degree demand department depression depth description design
detail development device diagnosis diet difference difficulty dinner direction disease disorder distance doctor dog dose
drink drug duration duty ear earth ease edge education effect effort egg element emergency end energy environment episode
equipment error evening event evidence exam example excess exercise expert explanation exposure extent eye face fact factor
failure family farm fat father fatigue fault fear feature feeling female fever fibre fiber field figure finger fire fish
fitness flesh flexibility floor flour fluid focus food foot football force form friend front fruit fuel function future
game gap garden gas gene girl glass glucose goal grain grass ground group growth guide guideline habit hair half hand
head health heart heat height help history hip hole home hope hormone hospital hour house husband idea illness image impact
importance improvement inch income increase individual infant infection inflammation information ingredient injury
insect instance insurance intake interest internet iron issue item job joint journey juice key kid kidney kind kitchen
knee knowledge lab laboratory lack land language law layer leaf leg length lesson letter level life lifestyle light limb
limit line link lip list liver loss lot lunch lung machine male man management manner market mass matter meal meaning
measure meat medication medicine member memory message metal method middle midnight milk mind mineral minute mistake
moment money month mood morning mother motion mouth movement muscle name nature neck need nerve network news night noise
nose note number nurse nut object occasion office oil option orange order organ origin outcome output oxygen pace pain
pair paper parent part partner party pattern people period person phase phone physician picture piece pill place plan
plant plate point population portion position possibility potato power practice pregnancy presence pressure price problem
procedure process product professional program programme progress property protein purpose quality quantity question
range rate reaction reader reason record recovery reference region relationship relief remedy report research resource
response rest result rice right risk road role room root routine rule safety salt sample scale school science screen
season seed sense series service session sex shape share shoe shop side sign signal site situation size skill skin sleep
smoke snack society sodium solution son sort sound soup source space speech speed spine sport spot stage standard start
state step stiffness stomach store story strength stress structure student study stuff substance success sugar summary
sun supplement supply support surface surgery swelling symptom system table tablet task taste tea team term test therapy
thigh thing thought throat time tip tissue toe tongue tool top touch town track training treatment trial trip trouble
truth tube type unit use user value variety vegetable version vessel victim view vision visit vitamin voice volume
waist walk wall water way weakness weather week weight wife window winter woman word work worker world wound year
youth
`;

const ADJECTIVES = `
able absent absolute acceptable accurate active actual acute additional adequate advanced afraid alive allergic
alternative annual anxious apparent appropriate available average aware bad basic beautiful big bitter black blue
brief bright broad brown busy calm capable careful central certain cheap chemical chief chronic clean clear clinical
close cold comfortable common complete complex concerned consistent constant correct cool critical crucial current daily
dangerous dark dead deep dietary different difficult direct dizzy dry due early easy effective electric emotional empty
entire equal essential even everyday exact excellent excessive existing expensive extra extreme fair false familiar
famous far fast fatal fine firm flat free frequent fresh full functional general gentle genetic giant glad good gradual
great green gross happy hard harmful healthy heavy helpful high hot huge human ideal ill immediate important impossible
inadequate independent individual informal initial inner intense internal key kind large late leafy legal likely little
local long loose loud low main major male mild minor mental modern moderate moral natural near necessary negative nervous
new nice normal numb obvious odd official ok okay old open opposite oral ordinary organic original other overall painful
particular past patient perfect permanent personal physical plain pleasant poor popular positive possible potential
powerful practical pregnant present pretty previous primary prior private probable professional proper public pure
quick quiet rare raw ready real reasonable recent red regular related relevant reliable responsible rich right rough
sad safe serious severe sharp short sick significant silent similar simple single slight slow small smooth social soft
solid sore special specific stable standard steady stiff strange strict strong sudden sufficient suitable sure sweet
swollen technical temporary terrible thick thin tight tiny tired total tough traditional true typical ugly unable
unclear uncommon unusual upper urgent useful usual valuable various vital warm weak weekly wet white whole wide wild wise
worse worst wrong yellow young
`;

const ADVERBS = `
absolutely actually additionally almost alternatively approximately barely briefly carefully certainly clearly
commonly completely consequently constantly currently definitely directly easily effectively entirely equally
especially essentially eventually exactly extremely fairly finally firmly frequently fully generally gently gradually
greatly hardly heavily highly immediately importantly increasingly initially largely lately later likely mainly merely
mildly moderately naturally nearly necessarily normally notably obviously occasionally originally overall partly
particularly possibly potentially previously primarily probably promptly properly quickly rapidly rarely readily
recently regularly relatively reliably repeatedly seriously severely significantly similarly simply slightly slowly
soon specifically steadily strongly subsequently suddenly sufficiently surely temporarily today tomorrow tonight
totally typically ultimately unfortunately unusually usually virtually widely yesterday
`;

const HEALTH_WORDS = `
abdomen ache aching allergy anaemia anemia antibiotic appointment arthritis artery blood bruise calcium calorie
cardiovascular cartilage checkup cholesterol circulation clot collapse consultation cramping dairy dehydration dementia
dermatologist diabetes diagnose diarrhea diarrhoea dietitian dizziness electrolyte fatigue fracture gp headache healthcare
heartbeat hydration immune inflammation injection insomnia kidney ligament magnesium medical metabolism migraine mobility
nausea nerve neurological numbness nutrient nutrition nutritional obesity osteoporosis overweight pharmacist physio
physiotherapy potassium prescription pulse rash recovery rehabilitation seizure sodium specialist spinal sprain stamina
stroke swelling tendon therapist thyroid tingling tremor ulcer underweight vein vitamin wellbeing zinc
`;

function parseList(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Every word in the list, lower case. */
export const COMMON_ENGLISH_WORDS: readonly string[] = [
  ...new Set([FUNCTION_WORDS, IRREGULAR_FORMS, NUMBER_WORDS, VERBS, NOUNS, ADJECTIVES, ADVERBS, HEALTH_WORDS].flatMap(parseList)),
];

/** English function words: never counted as the content words that tie a sentence to a passage. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(parseList(FUNCTION_WORDS));
