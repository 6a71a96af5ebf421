// The question flow's routing written as json-rules-engine rules, for the benchmark's comparison
// (bench/peers.mjs). Derived by hand from src/flow/graph.rs (`cargo run --example flow-graph`
// draws it): one rule per route from the first question to an outcome, its event the outcome id
// that our `evaluate` returns as `outcome.id`. An extension with a new host party goes on as a new
// application for the visa held (extend.new-host): those paths share the new application's rules
// through `track`, so 24 rules cover every path. A rule fires only when every fact the flow asks on
// its path is answered, so on a partial set of answers no rule fires (where `evaluate` would ask
// the next question), and on a complete one exactly one fires. bench/peers.mjs checks both against
// our `evaluate` on every path of the flow before it times anything; a mismatch fails the run.
//
// This is routing only: the rules pick the outcome id. They do not validate values (ours refuses
// an unknown fact or value), pick the outcome's services, or compute documents, fees or dates.
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

/**
 * The start of a track: `need` itself, or an extension with a new host party, which the flow
 * sends to a new application for the visa held (graph.rs: extend.new-host).
 */
const track = (need, visa) => any(is('need', need), all(is('need', 'extend'), is('sameHost', false), is('visa', visa)));

const WORK = [track('work', 'work'), answered('location')];
/** The temporary residence permit's own questions: qualifications only for an employee. */
const TRP = [answered('role'), any(all(is('role', 'employee'), answered('meetsQualifications')), is('role', 'expert')),
  answered('family'), answered('branch')];

const rule = (name, outcome, ...conditions) => ({ name, conditions: all(...conditions), event: { type: outcome } });

export const ROUTING_RULES = [
  // Work (graph.rs: work.location, work.citizenship, work.eaeu-stay, work.cis-stay, trp.*, work.*)
  rule('work: a citizen of Kazakhstan', 'kazakhstan-citizen', ...WORK, is('citizenship', KAZAKHSTAN)),
  rule('work: EAEU, more than 90 days', 'temporary-residence-permit', ...WORK, oneOf('citizenship', EAEU_NOT_KZ),
    { fact: 'stayDays', operator: 'greaterThan', value: 90 }, ...TRP),
  rule('work: EAEU, up to 90 days', 'no-trp-eaeu', ...WORK, oneOf('citizenship', EAEU_NOT_KZ),
    { fact: 'stayDays', operator: 'lessThanInclusive', value: 90 }),
  rule('work: CIS, more than 30 days', 'temporary-residence-permit', ...WORK, oneOf('citizenship', CIS_ONLY),
    { fact: 'stayDays', operator: 'greaterThan', value: 30 }, ...TRP),
  rule('work: CIS, up to 30 days', 'no-trp-cis', ...WORK, oneOf('citizenship', CIS_ONLY),
    { fact: 'stayDays', operator: 'lessThanInclusive', value: 30 }),
  rule('work: any other citizenship', 'work-visa', ...WORK, answered('citizenship'), { fact: 'citizenship', operator: 'notIn', value: CIS },
    answered('meetsQualifications'), answered('term'), answered('family'), answered('branch')),
  // Investor visa (invest.*)
  rule('investor visa', 'investor-visa', track('invest', 'investor'), answered('location'), answered('investmentResident'),
    answered('term'), answered('family'), answered('branch')),
  // Single-entry business visa (visit.*)
  rule('single-entry business visa from outside', 'business-visa-single', track('business-visit', 'business-single'),
    is('location', 'outside'), answered('branch')),
  rule('single-entry business visa from inside', 'no-single-entry-inside', track('business-visit', 'business-single'),
    is('location', 'inside')),
  // Multi-entry business visa (multi.*)
  rule('multi-entry business visa', 'business-visa-multi', track('business-multi', 'business-multi'), answered('category'),
    answered('location'), answered('branch')),
  // Residence permit (residence.investment-resident)
  rule('residence permit, investment resident', 'residence-permit', is('need', 'residence-permit'), is('investmentResident', true)),
  rule('residence permit, not an investment resident', 'no-residence-permit', is('need', 'residence-permit'),
    is('investmentResident', false)),
  // Extension with the same host (extend.visa, extend.same-host, extend.expires, extend.documents)
  rule('extension of a work or investor visa', 'extension', is('need', 'extend'), oneOf('visa', ['work', 'investor']),
    is('sameHost', true), answered('visaExpires'), answered('family'), answered('branch')),
  rule('extension of a multi-entry business visa', 'extension', is('need', 'extend'), is('visa', 'business-multi'),
    is('sameHost', true), answered('visaExpires'), answered('category'), answered('branch')),
  rule('extension of a single-entry business visa', 'extension', is('need', 'extend'), is('visa', 'business-single'),
    is('sameHost', true), answered('visaExpires'), answered('branch')),
  // Cancellation (cancel.*)
  rule('visa cancellation', 'visa-cancellation', is('need', 'cancel'), answered('location'), answered('branch')),
  // The services asked for directly
  rule('arrival notification', 'arrival-notification', is('need', 'arrival-notification')),
  rule('IIN', 'iin', is('need', 'iin')),
  rule('fingerprinting', 'fingerprinting', is('need', 'fingerprinting')),
  rule('qualification exemption', 'qualification-exemption', is('need', 'qualification-exemption')),
  // Tax residency certificate (tax.applicant, tax.investment-resident)
  rule('tax residency, a company', 'tax-residency', is('need', 'tax-residency'), is('applicantType', 'legal-entity')),
  rule('tax residency, a person', 'tax-residency', is('need', 'tax-residency'), is('applicantType', 'individual'),
    is('investmentResident', false)),
  rule('tax residency, an investment resident', 'tax-residency-investment-resident', is('need', 'tax-residency'),
    is('applicantType', 'individual'), is('investmentResident', true)),
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
