// Generated from the Rust types of the answers (crates/api/src/out/) by ts-rs: do not edit.
// `UPDATE_EXPECT=1 cargo test -p aifc-eligibility-api` rewrites it. The build puts it in one
// declaration file with src/types.d.ts, which declares the names used here and not defined here
// (the vocabulary: `ServiceId`, `IsoDate`, `Kzt`, `Labelled` ...).

/**
 * An answer as JSON: a string, a number or a boolean.
 */
export type AnswerValue = string | number | boolean;

/**
 * One answered question on the way to here, for the summary with its "Change" links.
 */
export type Answered = {
  fact: Fact,
  question: string,
  /**
   * The answer in words (a country code for `citizenship`: the widget names it).
   */
  answer: string,
  value: AnswerValue,
};

export type DocumentItem = {
  id: string,
  text: string,
  /**
   * The guide's conditions in words ("for category B2", "for a representative office or
   * branch"). "If any" and "optional" are flags, in `conditions` only: a screen shows each once
   * (before, the widget showed them as a tag and again inside this text).
   */
  when?: string,
  /**
   * The same conditions as ids.
   */
  conditions: Condition[],
  /**
   * Who provides it: `company`, `applicant`, `family`, or `advice` (a line of advice, not a document).
   */
  by: Provider,
};

/**
 * What the flow says next.
 */
export type Evaluation = {
  "kind": "question",
  question: Question,
  progress: Progress,
  path: Array<Answered>,
} | {
  "kind": "outcome",
  outcome: Outcome,
  progress: Progress,
  path: Array<Answered>,
};

/**
 * The extension window of a visa, against the evaluation date.
 */
export type ExtensionWindow = {
  expires: IsoDate,
  /**
   * The 30th working day before the expiry date.
   */
  earliest: IsoDate,
  /**
   * The 5th working day before the expiry date.
   */
  latest: IsoDate,
  /**
   * `before` (too early), `open`, `closed` (past the latest day) or `expired`.
   */
  status: "before" | "open" | "closed" | "expired",
  message: string,
  provisional: boolean,
};

/**
 * One tier of a fee row. The tiers are alternatives: the visitor pays one of them.
 */
export type Fee = {
  tier: Tier,
  /**
   * The tier's name: the tiers are alternatives, one of which is paid.
   */
  label: string,
  /**
   * What the tier buys (the guide's footnote).
   */
  help: string,
  /**
   * Whole tenge, as a decimal string.
   */
  kzt: Kzt,
  variant?: Variant,
};

/**
 * A moment on the timeline.
 */
export type Moment = {
  /**
   * `today`, `apply` (the day the Centre takes the application), `ready`, `delay` (the latest date if the state body delays), `next-step`
   * (the embassy or airport visit, which the guide gives no time for), `window-opens`,
   * `window-closes` or `expires` (the extension window).
   */
  kind: "today" | "apply" | "ready" | "delay" | "next-step" | "window-opens" | "window-closes" | "expires",
  /**
   * Absent (`null`) where the guide gives no time.
   */
  date: IsoDate | null,
  /**
   * The step it belongs to (an index into `steps`).
   */
  step: number | null,
  provisional: boolean,
};

export type NextStep = {
  place: "embassy-or-airport" | "embassy",
  title: string,
  documents: Array<DocumentItem>,
  notes: Array<Note>,
};

export type Note = {
  kind: "guide" | "guide-silent",
  text: string,
};

export type Office = {
  open: boolean,
  state: "open" | "lunch" | "closed" | "day-off",
  status: string,
  /**
   * Astana local time of the next opening or closing, YYYY-MM-DDTHH:MM.
   */
  nextChange: IsoDateTime,
  hours: string,
  phones: Array<PhoneLine>,
  email: string,
  address: string,
};

export type Outcome = {
  /**
   * The outcome node of the graph. `extension-closed` (the last day to apply, 5 working days
   * before expiry, has passed) and `extension-expired` (the visa has expired) name no service:
   * `services` and `quotes` are empty, `noService` says why and to contact the Centre,
   * `extensionWindow` keeps the dates.
   */
  id: string,
  /**
   * The services in the order the visitor does them.
   */
  services: ServiceId[],
  /**
   * One quote per service, same order, each with `why`.
   */
  quotes: Array<Quote>,
  notes: Array<Note>,
  noService: {
    reason: string,
    instead: string,
    alternatives: Labelled<ServiceId>[],
  } | null,
  extensionWindow: ExtensionWindow | null,
  /**
   * Set when the outcome rests on a doubt the Centre must settle before the visitor applies or
   * pays (a citizen of another EAEU state staying 90 days or fewer, of a CIS state 30 or
   * fewer): the answer leads with it, and a team's plan keeps the person out of its confirmed
   * total. The services and the plan are what the guide gives, if the Centre says the visitor
   * needs them.
   */
  toConfirm: ToConfirm | null,
  /**
   * The outcome at a glance: steps with cost and date, the total, the timeline, the links.
   */
  plan: Plan,
};

/**
 * One person: the outcome of their answers, the next question they still have to answer, or
 * the error in their answers (the others are planned all the same).
 */
export type PersonPlan = {
  "kind": "outcome",
  /**
   * The person's `id` as given, or `null`.
   */
  id: string | null,
  /**
   * The outcome node of the flow (`outcome.id` of `evaluate`).
   */
  outcome: string,
  /**
   * The services in the order the person does them.
   */
  services: ServiceId[],
  /**
   * `outcome.plan.steps` of `evaluate`: each service's standard fee, duty, subtotal and date.
   */
  steps: Array<PlanStep>,
  /**
   * `outcome.plan.total`.
   */
  total: {
    /**
     * Every step's fee at the standard tier plus every state duty, in tenge, exact.
     */
    kzt: Kzt,
    /**
     * True when a duty uses an MCI not yet published for its year.
     */
    provisional: boolean,
    /**
     * False when a step has no fee in the guide (the total then leaves that fee out).
     */
    complete: boolean,
    /**
     * The MCI values the duties were converted with, one per year.
     */
    mci: Array<{
      year: number,
      kzt: Kzt,
      provisional: boolean,
    }>,
  },
  readyBy: IsoDate | null,
  readyByWithDelay: IsoDate | null,
  /**
   * Set when family members apply too: the guide does not say whether fees are per person.
   */
  perPerson: string | null,
  /**
   * Why no service applies, where none does.
   */
  noService: {
    reason: string,
    instead: string,
    alternatives: Labelled<ServiceId>[],
  } | null,
  /**
   * An extension's window: the first and last day to apply and the expiry date.
   */
  extensionWindow: ExtensionWindow | null,
  /**
   * Set when the outcome rests on a doubt the Centre must settle first: this person's
   * money is kept out of `totals.kzt` and added to `totals.toConfirmKzt`.
   */
  toConfirm: ToConfirm | null,
  /**
   * With `withPath`: the answers on the person's path as `evaluate` labels them.
   */
  path?: Array<Answered>,
} | {
  "kind": "question",
  id: string | null,
  /**
   * The next question this person's answers need (as `evaluate` asks it).
   */
  question: Question,
  progress: Progress,
  /**
   * With `withPath`.
   */
  path?: Array<Answered>,
} | {
  "kind": "error",
  id: string | null,
  /**
   * The code and message `evaluate` would have thrown for this person.
   */
  error: {
    /**
     * The codes a person's own error can have (the whole call throws only for the request itself).
     */
    code: PersonErrorCode,
    message: string,
  },
};

export type PhoneLine = {
  number: string,
  tel: string,
  hours: string,
  open: boolean,
};

/**
 * Each step's cost at the standard tier and date, the total, the timeline and the links.
 */
export type Plan = {
  /**
   * The services in the order they are done, each with its cost and date.
   */
  steps: Array<PlanStep>,
  total: {
    /**
     * Every step's fee at the standard tier plus every state duty, in tenge, exact.
     */
    kzt: Kzt,
    /**
     * True when a duty uses an MCI not yet published for its year.
     */
    provisional: boolean,
    /**
     * False when a step has no fee in the guide (the total then leaves that fee out).
     */
    complete: boolean,
    /**
     * The MCI values the duties were converted with, one per year.
     */
    mci: Array<{
      year: number,
      kzt: Kzt,
      provisional: boolean,
    }>,
  },
  /**
   * When the last step should be ready (the longer end of its processing time).
   */
  readyBy: IsoDate | null,
  /**
   * The same allowing for the state body's possible delay, where the guide warns of it.
   */
  readyByWithDelay: IsoDate | null,
  /**
   * Documents to prepare over every step, the embassy or airport step included (advice lines
   * among the documents are not counted).
   */
  documents: number,
  /**
   * Set when family members apply too: the guide does not say whether fees are per person.
   */
  perPerson: string | null,
  /**
   * The dates to draw, in order.
   */
  timeline: Array<Moment>,
  /**
   * Places to open to act on the outcome.
   */
  links: Array<{
    id: string,
    url: string,
    label: string,
    purpose: string,
  }>,
};

export type PlanStep = {
  service: ServiceId,
  title: string,
  /**
   * The service fee at the standard tier, in tenge; `null` where the guide gives none.
   */
  fee: Kzt | null,
  /**
   * The state duty in tenge, exact; `null` where the guide gives none.
   */
  stateDuty: Kzt | null,
  /**
   * Fee plus duty.
   */
  subtotal: Kzt,
  /**
   * False where the guide gives no fee for the step: the subtotal is then only the duty.
   */
  priced: boolean,
  /**
   * The longer end of the processing time, when the application is made as planned.
   */
  readyBy: IsoDate | null,
  sameDay: boolean,
  documents: number,
  /**
   * The embassy or airport step that follows, in words.
   */
  then: string | null,
};

export type Processing = {
  unit: "working-days" | "minutes",
  min: number,
  max: number,
};

export type Progress = {
  /**
   * Questions answered on the way here.
   */
  answered: number,
  /**
   * Questions still to come on the longest way from here (0 at an outcome).
   */
  remaining: number,
};

export type Question = {
  /**
   * The fact asked for: the key of its answer.
   */
  id: Fact,
  /**
   * The node of the graph asking it.
   */
  node: string,
  text: string,
  help?: string,
  options?: Array<QuestionOption>,
  input?: {
    /**
     * `country` (an ISO 3166-1 alpha-2 code), `number` or `date`.
     */
    kind: "country" | "number" | "date",
    min?: AnswerValue,
    max?: AnswerValue,
  },
};

export type QuestionOption = {
  value: AnswerValue,
  label: string,
  help?: string,
};

export type Quote = {
  service: ServiceId,
  title: string,
  section: Section,
  audience: string,
  /**
   * The fee row quoted (`null` when the service has one row or none).
   */
  variant: Variant | null,
  /**
   * The fee rows a visitor can choose between.
   */
  variants: Labelled<Variant>[],
  /**
   * Every tier the guide gives for the row (for all rows, each marked, when no row is chosen).
   */
  fees: Array<Fee>,
  /**
   * False where the guide gives no fee table (the extension sections).
   */
  feesListed: boolean,
  stateDuty: StateDuty | null,
  processing: Processing | null,
  /**
   * When the application is made on the quote's date, by when it should be ready.
   */
  readyBy: ReadyBy | null,
  /**
   * True where the guide warns that the state body may add up to 30 calendar days
   * (`readyBy.delayDays`).
   */
  stateDelay: boolean,
  apply: Array<string>,
  documents: Array<DocumentItem>,
  nextSteps: Array<NextStep>,
  notes: Array<Note>,
  /**
   * In an outcome: why this service applies.
   */
  why?: string,
};

export type ReadyBy = {
  /**
   * The date the visitor applies (the quote's date).
   */
  applied: IsoDate,
  /**
   * The day the Centre takes the application: `applied` itself on a working day, else the next
   * working day. Every count starts from it, so an application made on a Saturday or a holiday
   * is ready on the same date as one made on the next working day.
   */
  taken: IsoDate,
  /**
   * The end of the processing time (for a range, its shorter end).
   */
  earliest: IsoDate,
  /**
   * The end of the processing time (for a range, its longer end).
   */
  latest: IsoDate,
  /**
   * `latest` plus the state body's possible delay (`delayDays`), where the guide warns of it.
   */
  withDelay: IsoDate | null,
  /**
   * The calendar days the state body may add after `latest` (30 in the guide), where the guide
   * warns of it; the screens say the number from here.
   */
  delayDays: number | null,
  /**
   * A service measured in minutes is done the same day, in the office hours.
   */
  sameDay: boolean,
  /**
   * True when a date falls in a year whose holidays are not all known yet.
   */
  provisional: boolean,
};

export type Section = {
  chapter: string,
  number: string | null,
  label: string,
};

export type ServiceSummary = {
  id: ServiceId,
  title: string,
  section: Section,
  audience: string,
  /**
   * The fee rows (`variant` values) a quote needs one of; empty when there is one row or none.
   */
  variants: Labelled<Variant>[],
};

export type StateDuty = {
  /**
   * The multiple of the MCI, as the guide gives it ("0.5", "30").
   */
  mci: string,
  /**
   * The MCI used, in tenge.
   */
  mciValue: Kzt,
  /**
   * The year whose MCI was used.
   */
  mciYear: number,
  /**
   * The duty in tenge, exact ("2162.50").
   */
  kzt: Kzt,
  /**
   * True when the application year has no published MCI yet.
   */
  provisional: boolean,
  reason?: string,
};

export type TeamPlan = {
  /**
   * One entry per person, in the order of the request.
   */
  people: Array<PersonPlan>,
  totals: {
    /**
     * People in the request.
     */
    people: number,
    /**
     * People whose answers reach an outcome (a "no service" answer included).
     */
    planned: number,
    /**
     * People who still have a question to answer.
     */
    questions: number,
    /**
     * People whose answers were refused.
     */
    errors: number,
    /**
     * The confirmed people's totals added up, in tenge, exact (standard tier plus state duty):
     * the people flagged "to confirm" are left out (see `toConfirmKzt`).
     */
    kzt: Kzt,
    /**
     * Confirmed people whose plan has a step without a fee in the guide ("ask the Centre"): `kzt`
     * leaves those fees out.
     */
    unpriced: number,
    /**
     * Planned people whose outcome the Centre must confirm first (short CIS/EAEU stays).
     */
    toConfirm: number,
    /**
     * Their totals added up, apart from `kzt`, in tenge, exact.
     */
    toConfirmKzt: Kzt,
    /**
     * True when a duty uses an MCI not yet published for its year.
     */
    provisional: boolean,
    /**
     * False when a step of someone's plan has no fee in the guide (the sum leaves it out).
     */
    complete: boolean,
    /**
     * Set when a planned person's family applies too: the guide does not say whether fees are
     * per person, so the sum counts each applicant's fees once.
     */
    perPerson: string | null,
    /**
     * Each service planned, in the guide's order: how many people do it and what it costs them.
     */
    byService: Array<{
      service: ServiceId,
      title: string,
      count: number,
      /**
       * The steps' subtotals added up, in tenge, exact (the confirmed people's only).
       */
      kzt: Kzt,
      /**
       * False when the guide gives no fee for this service: `kzt` is then only the duties.
       */
      complete: boolean,
    }>,
  },
};

export type ToConfirm = {
  /**
   * A stable code: `eaeu-short-stay` or `cis-short-stay`.
   */
  kind: "eaeu-short-stay" | "cis-short-stay",
  /**
   * The first screen's heading.
   */
  title: string,
  /**
   * The doubt, whom to ask and how (the Centre's phone and e-mail are in it).
   */
  text: string,
  /**
   * A public source beside the guide: its name in the visitor's language, and its own words
   * in the language they were written in (`quoteLang`, a BCP 47 tag: the EAEU Treaty's, `ru`),
   * never translated.
   */
  source: {
    label: string,
    /**
     * The source's own words, in the language it was written in (`quoteLang`), never translated.
     */
    quote: string,
    quoteLang: string,
  } | null,
  /**
   * What the Centre can do for the visitor meanwhile, and those services.
   */
  centre: string | null,
  services: Labelled<ServiceId>[],
};

export type VersionInfo = {
  version: string,
  guide: string,
  guideEdition: string,
  /**
   * The SHA-256 of the guide's text the rules were read from, to tell editions apart.
   */
  guideSha256: string,
  /**
   * The working-day calendar is known to be right from `knownFrom` to `knownUntil`.
   */
  calendar: {
    knownFrom: IsoDate,
    knownUntil: IsoDate,
    supportedFrom: IsoDate,
    supportedUntil: IsoDate,
  },
  /**
   * The last day of the last year with a published MCI.
   */
  mciKnownUntil: IsoDate | null,
};
