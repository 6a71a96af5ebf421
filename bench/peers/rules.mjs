// The question flow's routing written as json-rules-engine rules, for the benchmark's comparison
// (bench/peers.mjs). Derived by hand from src/flow/graph.rs (`cargo run --example flow-graph`
// draws it): one rule per route from the first question to an outcome, its event the outcome id
// that our `evaluate` returns as `outcome.id`. An extension with a new host party goes on as a new
// application for the visa held (extend.new-host): a work or multiple-entry visa shares the new
// application's rules (WORK, MULTI), the investor and single-entry visas have their own, as the
// graph asks them less. 35 rules in all. A rule fires only when every fact the flow asks on
// its path is answered, so on a partial set of answers no rule fires (where `evaluate` would ask
// the next question), and on a complete one exactly one fires. bench/peers.mjs checks both against
// our `evaluate` on every path of the flow before it times anything; a mismatch fails the run.
//
// This is routing only: the rules pick the outcome id. They do not validate values (ours refuses
// an unknown fact or value), pick the outcome's services, or compute documents, fees or dates.
// Where a visa's extension window stands on the evaluation date (graph.rs: extend.expires) is date
// arithmetic on the Kazakhstan working-day calendar: the rules take it as a fact, `extensionPhase`
// ("before", "open", "closed" or "expired"), which the caller computes (the check: our
// extensionWindow()).
//
// Self-contained apart from json-rules-engine, so that esbuild can bundle it for the browser.

/** Members of the Eurasian Economic Union and full CIS members (src/flow/countries.rs). */
const KAZAKHSTAN = 'KZ';
const EAEU = ['AM', 'BY', 'KG', 'KZ', 'RU'];
const CIS = ['AM', 'AZ', 'BY', 'KG', 'KZ', 'MD', 'RU', 'TJ', 'UZ'];
/** Branches are tried in order in the graph: Kazakhstan, then the EAEU, then the CIS. */
const EAEU_NOT_KZ = EAEU.filter((c) => c !== KAZAKHSTAN);
const CIS_ONLY = CIS.filter((c) => !EAEU.includes(c));

const is = (fact, value) => ({ fact, operator: 'equal', value });
const oneOf = (fact, value) => ({ fact, operator: 'in', value });
/** The fact has a value: the flow asked it and any answer goes on (`then!` in graph.rs). */
const answered = (fact) => ({ fact, operator: 'answered', value: true });
const all = (...conditions) => ({ all: conditions });
const any = (...conditions) => ({ any: conditions });

const WORK = [any(is('need', 'work'), all(is('need', 'extend'), is('visa', 'work'), is('sameHost', false))), answered('location')];
const MULTI = [
  any(is('need', 'business-multi'), all(is('need', 'extend'), is('visa', 'business-multi'), is('sameHost', false))),
  answered('category'),
  answered('location'),
];
const NEW_HOST = (visa) => [is('need', 'extend'), is('visa', visa), is('sameHost', false)];
const SAME_HOST = [is('need', 'extend'), is('sameHost', true), answered('visaExpires')];
const over = (days) => ({ fact: 'stayDays', operator: 'greaterThan', value: days });
const upTo = (days) => ({ fact: 'stayDays', operator: 'lessThanInclusive', value: days });
const notKz = () => [answered('citizenship'), { fact: 'citizenship', operator: 'notEqual', value: KAZAKHSTAN }];
const notCis = () => [answered('citizenship'), { fact: 'citizenship', operator: 'notIn', value: CIS }];
/** The temporary residence permit's own questions: qualifications only for an employee. */
const TRP = [
  answered('role'),
  any(all(is('role', 'employee'), answered('meetsQualifications')), is('role', 'expert')),
  answered('family'),
  answered('branch'),
];
/** Where the work path asks the role (graph.rs: work.role): no TRP for this citizenship and stay. */
const WORK_ROLE = any(all(...notCis()), all(oneOf('citizenship', EAEU_NOT_KZ), upTo(90)), all(oneOf('citizenship', CIS_ONLY), upTo(30)));
/** Where the multiple-entry path goes on to the business visa (graph.rs: multi.branch). */
const MULTI_VISA = any(
  all(...notCis()),
  all(oneOf('citizenship', EAEU_NOT_KZ), any(is('category', 'B3'), upTo(90))),
  all(oneOf('citizenship', CIS_ONLY), any(is('category', 'B3'), upTo(30))),
);

const rule = (name, outcome, ...conditions) => ({ name, conditions: all(...conditions), event: { type: outcome } });

export const ROUTING_RULES = [
  // Work, also a work visa with a new host (graph.rs: work.*, trp.*)
  rule('work: a citizen of Kazakhstan', 'kazakhstan-citizen', ...WORK, is('citizenship', KAZAKHSTAN)),
  rule('work: EAEU, more than 90 days', 'temporary-residence-permit', ...WORK, oneOf('citizenship', EAEU_NOT_KZ), over(90), ...TRP),
  rule('work: CIS, more than 30 days', 'temporary-residence-permit', ...WORK, oneOf('citizenship', CIS_ONLY), over(30), ...TRP),
  rule(
    'work: an employee',
    'work-visa',
    ...WORK,
    WORK_ROLE,
    is('role', 'employee'),
    answered('meetsQualifications'),
    answered('term'),
    answered('family'),
    answered('branch'),
  ),
  rule('work: an expert (B2 visa)', 'business-visa-multi', ...WORK, WORK_ROLE, is('role', 'expert'), answered('branch')),
  // Investor visa (invest.*; with a new host, invest.location-held asks no citizenship)
  rule(
    'investor visa: a citizen of Kazakhstan',
    'kazakhstan-citizen',
    is('need', 'invest'),
    answered('location'),
    is('citizenship', KAZAKHSTAN),
  ),
  rule(
    'investor visa',
    'investor-visa',
    is('need', 'invest'),
    answered('location'),
    answered('citizenship'),
    { fact: 'citizenship', operator: 'notEqual', value: KAZAKHSTAN },
    answered('investmentResident'),
    answered('term'),
    answered('family'),
    answered('branch'),
  ),
  rule(
    'investor visa, new host',
    'investor-visa',
    ...NEW_HOST('investor'),
    answered('location'),
    answered('investmentResident'),
    answered('term'),
    answered('family'),
    answered('branch'),
  ),
  // Single-entry business visa (visit.*; with a new host, extend.single.location)
  rule(
    'single-entry visa: a citizen of Kazakhstan',
    'kazakhstan-citizen',
    is('need', 'business-visit'),
    answered('location'),
    is('citizenship', KAZAKHSTAN),
  ),
  rule(
    'single-entry visa from outside',
    'business-visa-single',
    is('need', 'business-visit'),
    is('location', 'outside'),
    answered('citizenship'),
    { fact: 'citizenship', operator: 'notEqual', value: KAZAKHSTAN },
    answered('branch'),
  ),
  rule(
    'single-entry visa from inside',
    'no-single-entry-inside',
    is('need', 'business-visit'),
    is('location', 'inside'),
    answered('citizenship'),
    { fact: 'citizenship', operator: 'notEqual', value: KAZAKHSTAN },
  ),
  rule(
    'single-entry visa, new host, from outside',
    'business-visa-single',
    ...NEW_HOST('business-single'),
    is('location', 'outside'),
    answered('branch'),
  ),
  rule('single-entry visa, new host, from inside', 'no-single-entry-new-host', ...NEW_HOST('business-single'), is('location', 'inside')),
  // Multiple-entry business visa, also with a new host (multi.*)
  rule('multiple-entry visa: a citizen of Kazakhstan', 'kazakhstan-citizen', ...MULTI, is('citizenship', KAZAKHSTAN)),
  rule(
    'multiple-entry visa: EAEU B2 expert, more than 90 days',
    'temporary-residence-permit',
    ...MULTI,
    oneOf('citizenship', EAEU_NOT_KZ),
    is('category', 'B2'),
    over(90),
    answered('family'),
    answered('branch'),
  ),
  rule(
    'multiple-entry visa: CIS B2 expert, more than 30 days',
    'temporary-residence-permit',
    ...MULTI,
    oneOf('citizenship', CIS_ONLY),
    is('category', 'B2'),
    over(30),
    answered('family'),
    answered('branch'),
  ),
  rule('multiple-entry visa', 'business-visa-multi', ...MULTI, MULTI_VISA, answered('branch')),
  // Residence permit (residence.*)
  rule('residence permit: a citizen of Kazakhstan', 'kazakhstan-citizen', is('need', 'residence-permit'), is('citizenship', KAZAKHSTAN)),
  rule(
    'residence permit, investment resident',
    'residence-permit',
    is('need', 'residence-permit'),
    ...notKz(),
    is('investmentResident', true),
  ),
  rule(
    'residence permit, not an investment resident',
    'no-residence-permit',
    is('need', 'residence-permit'),
    ...notKz(),
    is('investmentResident', false),
  ),
  // Extension (extend.*): a TRP; a visa with the same host, by where its window stands
  rule(
    'extension of a TRP',
    'trp-extension',
    is('need', 'extend'),
    is('visa', 'trp'),
    answered('role'),
    answered('family'),
    answered('branch'),
  ),
  rule('extension: the visa has expired', 'extension-expired', ...SAME_HOST, is('extensionPhase', 'expired')),
  rule('extension: too late to apply', 'extension-closed', ...SAME_HOST, is('extensionPhase', 'closed')),
  rule(
    'extension of a work or investor visa',
    'extension',
    ...SAME_HOST,
    oneOf('extensionPhase', ['before', 'open']),
    oneOf('visa', ['work', 'investor']),
    answered('family'),
    answered('branch'),
  ),
  rule(
    'extension of a multiple-entry business visa',
    'extension',
    ...SAME_HOST,
    oneOf('extensionPhase', ['before', 'open']),
    is('visa', 'business-multi'),
    answered('category'),
    answered('branch'),
  ),
  rule(
    'extension of a single-entry business visa',
    'extension',
    ...SAME_HOST,
    oneOf('extensionPhase', ['before', 'open']),
    is('visa', 'business-single'),
    answered('branch'),
  ),
  // Cancellation (cancel.*)
  rule('visa cancellation', 'visa-cancellation', is('need', 'cancel'), answered('location'), answered('branch')),
  // The services asked for directly
  rule('arrival notification', 'arrival-notification', is('need', 'arrival-notification')),
  rule('IIN', 'iin', is('need', 'iin')),
  rule('fingerprinting', 'fingerprinting', is('need', 'fingerprinting')),
  rule('qualification exemption', 'qualification-exemption', is('need', 'qualification-exemption')),
  // Tax residency certificate (tax.applicant, tax.investment-resident)
  rule('tax residency, a company', 'tax-residency', is('need', 'tax-residency'), is('applicantType', 'legal-entity')),
  rule(
    'tax residency, a person',
    'tax-residency',
    is('need', 'tax-residency'),
    is('applicantType', 'individual'),
    is('investmentResident', false),
  ),
  rule(
    'tax residency, an investment resident',
    'tax-residency-investment-resident',
    is('need', 'tax-residency'),
    is('applicantType', 'individual'),
    is('investmentResident', true),
  ),
  // Digital signature (signature.applicant)
  rule('digital signature', 'digital-signature', is('need', 'digital-signature'), answered('applicantType')),
];

/** An engine with the routing rules, ready to `run(facts)` many times. */
export function routingEngine(Engine) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('answered', (value) => value !== undefined && value !== null && value !== '');
  for (const r of ROUTING_RULES) engine.addRule(r);
  return engine;
}

/** The outcome ids the engine's events name for these facts (one on a complete path, else none). */
export async function route(engine, facts) {
  const { events } = await engine.run(facts);
  return events.map((e) => e.type);
}

/**
 * Answers as a query string or the flow walk gives them ("true", "120") turned into typed facts,
 * as our `evaluate` reads them.
 */
export function typedFacts(answers) {
  const out = {};
  for (const [k, v] of Object.entries(answers)) {
    if (v === 'true' || v === 'false') out[k] = v === 'true';
    else if (k === 'stayDays') out[k] = Number(v);
    else out[k] = v;
  }
  return out;
}
