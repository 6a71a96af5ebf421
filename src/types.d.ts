// Written by hand: what the Rust types cannot say. The functions of the package (wasm-bindgen
// writes their signatures from src/bindings/), the requests (copied by the guard, src/request.js, and read by
// src/bindings/request.rs), the
// vocabulary the answers' fields are typed with (`ServiceId`, `IsoDate`, `Kzt`, `Labelled<Id>`
// ...: the `ts(type = ..)` attributes in crates/api/src/out/ name them) and the errors. The
// answers (`Evaluation`, `Quote`, `TeamPlan` ...) are declared in src/types/answers.d.ts,
// generated from the Rust types; the build puts both in the package's one declaration file,
// pkg/aifc_eligibility.d.ts, so every name is exported from the package as before.

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
  /** A call made from inside another call of the package: more than 100 copies deep from Proxy traps of the requests being copied, or from code the engine runs (the page's `Date.now`) after the engine failed under that call. Call again once it has returned. */
  | "reentrant-call"
  /** A fault in the engine, never the caller's; the package restarts the engine before the next call. */
  | "internal";

/** What every export throws: a JS Error with a stable `code`. */
export interface AifcEligibilityError extends Error { name: "AifcEligibilityError"; code: ErrorCode }
/** True for an error thrown by this package (any export, or `init`): `catch (e) { if (isAifcEligibilityError(e)) e.code }`. */
export function isAifcEligibilityError(value: unknown): value is AifcEligibilityError;

/** An id of a vocabulary with its label in the visitor's language. */
export interface Labelled<Id extends string = string> { id: Id; label: string }

export interface QuoteRequest { service: ServiceId; variant?: Variant; lang?: LangTag; date?: IsoDate }

export type Condition =
  | "if-any" | "branch" | "family-member" | "foreign-employee" | "employees" | "category-b2" | "category-b3"
  | "individual" | "legal-entity" | "child-14-to-18" | "family-or-civil-contract" | "optional"
  | "family-members" | "first-application";
/** Who provides a document; `advice` is a line of advice among the documents, not one to bring. */
export type Provider = "company" | "applicant" | "family" | "advice";

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
/**
 * Answers gathered from the engine's own questions, as a loop does:
 * `answers[question.id] = option.value` type-checks against it. The engine checks every value
 * (an unknown one is an `invalid-answer` error); write `Answers` to have the values checked here.
 */
export type AnswerMap = { [F in Fact]?: AnswerValue };

export interface EvaluateRequest { answers: Answers | AnswerMap; lang?: LangTag; date?: IsoDate }

/** One person of a team: an optional label (1 to 100 characters; only echoed back, repeats allowed) and their answers. */
export interface PersonRequest { id?: string | null; answers: Answers | AnswerMap }
/** At most 5,000 people; the answer keeps their order. */
/** `withPath`: give each person's `path` (their answers as the engine labels them, as `evaluate` does). */
export interface PlanRequest { people: PersonRequest[]; lang?: LangTag; date?: IsoDate; withPath?: boolean }
/** The codes a person's own error can have (the whole call throws only for the request itself). */
export type PersonErrorCode = "invalid-request" | "invalid-answer" | "invalid-date" | "too-large" | "internal";

export interface AddWorkingDaysRequest { from: IsoDate; days: number }
export interface ExtensionWindowRequest { expires: IsoDate; lang?: LangTag; date?: IsoDate }
export interface ExtensionIcsRequest { expires: IsoDate; lang?: LangTag }

export interface OfficeRequest { lang?: LangTag; /** Astana local time, YYYY-MM-DDTHH:MM; default now. */ at?: IsoDateTime }
