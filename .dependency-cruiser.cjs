/**
 * Import boundaries: the lib/ stages read as the data flow, and a stage never imports a later one.
 * Foundation modules (config, runtime, redis, lru) import no stage; rate-limit and http are the
 * platform chat sits on; share and app/ are edges above chat. No cycles anywhere.
 */
const STAGES = ['text', 'vocabulary', 'corpus', 'search', 'question', 'triage', 'grounding', 'answer', 'guard', 'chat'];
const FOUNDATION = '^lib/(config\\.ts|lru\\.ts|runtime/|redis/)';
const alt = (names) => `^lib/(${names.join('|')})/`;

const upwardRules = STAGES.slice(0, -1).map((stage, i) => ({
  name: `stage-${stage}-upward`,
  comment: `lib/${stage} may not import a later stage (${STAGES.slice(i + 1).join(', ')})`,
  severity: 'error',
  from: { path: `^lib/${stage}/` },
  to: { path: alt(STAGES.slice(i + 1)) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    ...upwardRules,
    {
      name: 'stages-not-platform',
      comment: 'stages before chat do not reach HTTP, rate limiting or sharing',
      severity: 'error',
      from: { path: alt(STAGES.slice(0, -1)) },
      to: { path: '^lib/(http|rate-limit|share)/' },
    },
    {
      name: 'foundation-is-leaf',
      comment: 'config, runtime, redis and lru import no stage and no platform module',
      severity: 'error',
      from: { path: FOUNDATION },
      to: { path: `${alt([...STAGES, 'http', 'rate-limit', 'share'])}` },
    },
    {
      name: 'rate-limit-below-http',
      severity: 'error',
      from: { path: '^lib/rate-limit/' },
      to: { path: alt([...STAGES, 'http', 'share']) },
    },
    {
      name: 'lib-not-edges',
      comment: 'lib/ never imports the app, scripts or tests',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|scripts|tests)/' },
    },
    {
      name: 'app-through-chat',
      comment: 'app/ reaches the engine through chat, search (routes) and client-safe modules only',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: alt(['text', 'vocabulary', 'question', 'grounding', 'guard']) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next[^/]*|tests/tooling/fixtures)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
