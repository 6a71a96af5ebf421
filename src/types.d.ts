/** A language of the widget. */
export type Lang = "en" | "ru" | "kk";
/** A language as requests take it: a `Lang`, or a BCP 47 tag whose language subtag is one (`ru-KZ`), in any case. */
export type LangTag = Lang | `${Lang}-${string}`;
/** A date in the form YYYY-MM-DD (Astana): a string of that shape, checked by the engine. */
export type IsoDate = `${number}-${number}-${number}`;
/** A local time in Astana in the form YYYY-MM-DDTHH:MM. */
export type IsoDateTime = `${IsoDate}T${number}:${number}`;
/** An amount of tenge as an exact decimal string, e.g. "360000" or "2162.50". */
export type Kzt = string;

export type ServiceId =
  | "work-visa-invitation" | "work-visa" | "work-visa-extension"
  | "investor-visa-a5-invitation" | "investor-visa-a5" | "investor-visa-a6-invitation" | "investor-visa-extension"
  | "residence-permit" | "temporary-residence-permit"
  | "business-visa-single-invitation" | "business-visa-single-extension"
  | "business-visa-multi-invitation" | "business-visa-multi" | "business-visa-multi-extension"
  | "visa-cancellation" | "visa-cancellation-exit-visa"
  | "arrival-notification" | "iin" | "tax-residency-certificate" | "tax-residency-certificate-investment-resident"
  | "digital-signature" | "fingerprinting" | "qualification-exemption";

export type Variant = "up-to-2-years" | "3-to-5-years" | "employee" | "expert";
export type Tier = "standard" | "walk-in" | "personal-manager";
export type ErrorCode =
  | "invalid-request" | "unknown-service" | "invalid-answer" | "invalid-date"
  | "missing-variant" | "unknown-variant" | "unsupported-language" | "out-of-range"
  /** A call in a language whose texts are not loaded yet: call `loadLanguage(lang, texts)` first. */
  | "language-not-loaded"
  /** A request past the documented bounds (more than 64 keys in an object, a string over 1,000 characters). */
  | "too-large"
  /** A call before `init()` (or `initSync()`) finished. */
  | "not-initialised"
  /** A fault in the engine, never the caller's; the package restarts the engine before the next call. */
  | "internal";

/** What every export throws: a JS Error with a stable `code`. */
export interface AifcEligibilityError extends Error { name: "AifcEligibilityError"; code: ErrorCode }
/** True for an error thrown by this package (any export, or `init`): `catch (e) { if (isAifcEligibilityError(e)) e.code }`. */
export function isAifcEligibilityError(value: unknown): value is AifcEligibilityError;

export interface VersionInfo {
  version: string;
  guide: string;
  guideEdition: string;
  /** SHA-256 of the guide's text the rules were read from. */
  guideSha256: string;
  calendar: { knownFrom: IsoDate; knownUntil: IsoDate; supportedFrom: IsoDate; supportedUntil: IsoDate };
  mciKnownUntil: IsoDate | null;
}

export interface Section { chapter: string; number: string | null; label: string }
export interface Labelled<Id extends string = string> { id: Id; label: string }

export interface ServiceSummary {
  id: ServiceId;
  title: string;
  section: Section;
  audience: string;
  variants: Labelled<Variant>[];
}

export interface QuoteRequest { service: ServiceId; variant?: Variant; lang?: LangTag; date?: IsoDate }

/** One tier of a fee row. The tiers are alternatives: the visitor pays one of them. */
export interface Fee { tier: Tier; label: string; /** What the tier buys. */ help: string; kzt: Kzt; variant?: Variant }
export interface StateDuty {
  /** The multiple of the MCI as the guide gives it, e.g. "0.5". */
  mci: string;
  mciValue: Kzt;
  mciYear: number;
  kzt: Kzt;
  provisional: boolean;
  reason?: string;
}
export interface Processing { unit: "working-days" | "minutes"; min: number; max: number }
export interface ReadyBy {
  applied: IsoDate;
  /** The first working day on or after `applied`: an application made on a closed day is taken then, and every count starts from it. */
  taken: IsoDate;
  earliest: IsoDate;
  latest: IsoDate;
  /** `latest` plus the state body's possible delay (`delayDays`), where the guide warns of it. */
  withDelay: IsoDate | null;
  /** The calendar days the state body may add after `latest` (30 in the guide), where the guide warns of it. */
  delayDays: number | null;
  sameDay: boolean;
  provisional: boolean;
}
export type Condition =
  | "if-any" | "branch" | "family-member" | "foreign-employee" | "employees" | "category-b2" | "category-b3"
  | "individual" | "legal-entity" | "child-14-to-18" | "family-or-civil-contract" | "optional"
  | "family-members" | "first-application";
/** Who provides a document; `advice` is a line of advice among the documents, not one to bring. */
export type Provider = "company" | "applicant" | "family" | "advice";
/** `when`: the conditions in words, except "if any" and "optional", which are flags in `conditions`. */
export interface DocumentItem { id: string; text: string; when?: string; conditions: Condition[]; by: Provider }
export interface Note { kind: "guide" | "guide-silent"; text: string }
export interface NextStep { place: "embassy-or-airport" | "embassy"; title: string; documents: DocumentItem[]; notes: Note[] }

export interface Quote {
  service: ServiceId;
  title: string;
  section: Section;
  audience: string;
  variant: Variant | null;
  variants: Labelled<Variant>[];
  fees: Fee[];
  /** False where the guide gives no fee table (the extension sections). */
  feesListed: boolean;
  stateDuty: StateDuty | null;
  processing: Processing | null;
  readyBy: ReadyBy | null;
  /** True where the guide warns that the state body may take longer (then `readyBy.withDelay` and `readyBy.delayDays` are set). */
  stateDelay: boolean;
  apply: string[];
  documents: DocumentItem[];
  nextSteps: NextStep[];
  notes: Note[];
  /** In an outcome: why this service applies. */
  why?: string;
}

export type Need =
  | "work" | "invest" | "business-visit" | "business-multi" | "residence-permit" | "extend" | "cancel"
  | "arrival-notification" | "iin" | "tax-residency" | "digital-signature" | "fingerprinting" | "qualification-exemption";

/** The facts a visitor tells. Booleans and numbers may also be given as strings ("true", "120"). */
export interface Answers {
  need?: Need;
  location?: "inside" | "outside";
  /** ISO 3166-1 alpha-2. */
  citizenship?: string;
  stayDays?: number | string;
  role?: "employee" | "expert";
  term?: "up-to-2-years" | "3-to-5-years";
  investmentResident?: boolean | "true" | "false";
  category?: "B2" | "B3";
  family?: boolean | "true" | "false";
  branch?: boolean | "true" | "false";
  meetsQualifications?: boolean | "true" | "false";
  visa?: "work" | "investor" | "business-single" | "business-multi" | "trp";
  sameHost?: boolean | "true" | "false";
  visaExpires?: IsoDate;
  applicantType?: "individual" | "legal-entity";
}
export type Fact = keyof Answers;
export type AnswerValue = string | number | boolean;
/**
 * Answers gathered from the engine's own questions, as a loop does:
 * `answers[question.id] = option.value` type-checks against it. The engine checks every value
 * (an unknown one is an `invalid-answer` error); write `Answers` to have the values checked here.
 */
export type AnswerMap = { [F in Fact]?: AnswerValue };

export interface EvaluateRequest { answers: Answers | AnswerMap; lang?: LangTag; date?: IsoDate }

export interface QuestionOption { value: AnswerValue; label: string; help?: string }
export interface Question {
  id: Fact;
  node: string;
  text: string;
  help?: string;
  options?: QuestionOption[];
  input?: { kind: "country" | "number" | "date"; min?: AnswerValue; max?: AnswerValue };
}
export interface Progress { answered: number; remaining: number }
export interface Answered { fact: Fact; question: string; answer: string; value: AnswerValue }

export interface ExtensionWindow {
  expires: IsoDate;
  earliest: IsoDate;
  latest: IsoDate;
  status: "before" | "open" | "closed" | "expired";
  message: string;
  provisional: boolean;
}

export interface Outcome {
  /** The outcome node. `extension-closed` (the last day to apply, 5 working days before expiry, has
   *  passed) and `extension-expired` (the visa has expired) name no service: `services` and
   *  `quotes` are empty, `noService` says why and to contact the Centre, `extensionWindow` keeps
   *  the dates. */
  id: string;
  services: ServiceId[];
  quotes: Quote[];
  notes: Note[];
  noService: { reason: string; instead: string; alternatives: Labelled<ServiceId>[] } | null;
  extensionWindow: ExtensionWindow | null;
  /** Set when the outcome rests on a doubt the Centre must settle before the visitor applies or
   *  pays (a citizen of another EAEU state staying 90 days or fewer, of a CIS state 30 or fewer):
   *  the answer leads with it, not with the total; `services`, `quotes` and `plan` are what the
   *  guide gives if the Centre says the visitor needs them. */
  toConfirm: ToConfirm | null;
  /** The outcome at a glance. */
  plan: Plan;
}

export interface ToConfirm {
  kind: "eaeu-short-stay" | "cis-short-stay";
  /** The first screen's heading. */
  title: string;
  /** The doubt, whom to ask and how (the Centre's phone and e-mail are in it). */
  text: string;
  /** A public source beside the guide: its name in the visitor's language, and its own words
   *  in the language they were written in (`quoteLang`, a BCP 47 tag: the EAEU Treaty's, `ru`), never translated. */
  source: { label: string; quote: string; quoteLang: string } | null;
  /** What the Centre can do for the visitor meanwhile, and those services. */
  centre: string | null;
  services: Labelled<ServiceId>[];
}

/** Each step's cost at the standard tier and date, the total, the timeline and the links. */
export interface Plan {
  steps: PlanStep[];
  total: {
    /** Every standard fee plus every state duty, exact. */
    kzt: Kzt;
    /** A duty uses an MCI not yet published for its year. */
    provisional: boolean;
    /** False when a step has no fee in the guide (left out of the total). */
    complete: boolean;
    mci: { year: number; kzt: Kzt; provisional: boolean }[];
  };
  /** When the last step should be ready. */
  readyBy: IsoDate | null;
  /** The same allowing for the state body's possible delay (each step's `readyBy.delayDays`), where the guide warns of it. */
  readyByWithDelay: IsoDate | null;
  /** Documents to prepare over every step (advice lines not counted). */
  documents: number;
  /** Set when family members apply too: the guide does not say whether fees are per person. */
  perPerson: string | null;
  timeline: Moment[];
  links: { id: string; url: string; label: string; purpose: string }[];
}
export interface PlanStep {
  service: ServiceId;
  title: string;
  /** The standard tier's fee; null where the guide gives none. */
  fee: Kzt | null;
  stateDuty: Kzt | null;
  subtotal: Kzt;
  /** False where the guide gives no fee for the step. */
  priced: boolean;
  readyBy: IsoDate | null;
  sameDay: boolean;
  documents: number;
  /** The embassy or airport step that follows, in words. */
  then: string | null;
}
export interface Moment {
  kind: "today" | "apply" | "ready" | "delay" | "next-step" | "window-opens" | "window-closes" | "expires";
  /** null where the guide gives no time. */
  date: IsoDate | null;
  /** Index into `steps`. */
  step: number | null;
  provisional: boolean;
}

export type Evaluation =
  | { kind: "question"; question: Question; progress: Progress; path: Answered[] }
  | { kind: "outcome"; outcome: Outcome; progress: Progress; path: Answered[] };

/** One person of a team: an optional label (1 to 100 characters; only echoed back, repeats allowed) and their answers. */
export interface PersonRequest { id?: string | null; answers: Answers | AnswerMap }
/** At most 5,000 people; the answer keeps their order. */
/** `withPath`: give each person's `path` (their answers as the engine labels them, as `evaluate` does). */
export interface PlanRequest { people: PersonRequest[]; lang?: LangTag; date?: IsoDate; withPath?: boolean }
/** The codes a person's own error can have (the whole call throws only for the request itself). */
export type PersonErrorCode = "invalid-request" | "invalid-answer" | "invalid-date" | "too-large" | "internal";
/** One person of a team: the outcome of their answers (as `evaluate`'s `outcome.plan`), the next question, or their error. */
export type PersonPlan =
  | {
    kind: "outcome";
    id: string | null;
    /** `outcome.id` of `evaluate`. */
    outcome: string;
    services: ServiceId[];
    steps: PlanStep[];
    total: Plan["total"];
    readyBy: IsoDate | null;
    readyByWithDelay: IsoDate | null;
    /** Set when family members apply too: the guide does not say whether fees are per person. */
    perPerson: string | null;
    noService: Outcome["noService"];
    extensionWindow: ExtensionWindow | null;
    /** With `withPath`. */
    path?: Answered[];
  }
  | { kind: "question"; id: string | null; question: Question; progress: Progress; path?: Answered[] }
  | { kind: "error"; id: string | null; error: { code: PersonErrorCode; message: string } };
export interface TeamPlan {
  /** One per person, in the request's order. */
  people: PersonPlan[];
  totals: {
    people: number;
    /** People whose answers reach an outcome. */
    planned: number;
    /** People with a question still to answer. */
    questions: number;
    /** People whose answers were refused. */
    errors: number;
    /** The planned people's totals added up (standard tier plus state duty), exact. */
    kzt: Kzt;
    provisional: boolean;
    /** False when someone's step has no fee in the guide (left out of the sum). */
    complete: boolean;
    /** Set when someone's family applies too: the guide does not say whether fees are per person. */
    perPerson: string | null;
    /** Each service planned, in the guide's order. */
    byService: { service: ServiceId; title: string; count: number; kzt: Kzt }[];
  };
}

export interface AddWorkingDaysRequest { from: IsoDate; days: number }
export interface ExtensionWindowRequest { expires: IsoDate; lang?: LangTag; date?: IsoDate }
export interface ExtensionIcsRequest { expires: IsoDate; lang?: LangTag }

export interface OfficeRequest { lang?: LangTag; /** Astana local time, YYYY-MM-DDTHH:MM; default now. */ at?: IsoDateTime }
export interface PhoneLine { number: string; tel: string; hours: string; open: boolean }
export interface Office {
  open: boolean;
  state: "open" | "lunch" | "closed" | "day-off";
  status: string;
  /** Astana local time of the next opening or closing, YYYY-MM-DDTHH:MM. */
  nextChange: IsoDateTime;
  hours: string;
  phones: PhoneLine[];
  email: string;
  address: string;
}
