// Types of the `<aifc-team-planner>` element, for `import "aifc-eligibility/team-planner"` (which
// defines it): its attributes, its events, the tag in `document.createElement` and
// `querySelector`. JSX (React 18 and 19) is in `aifc-eligibility/react`. This file sits in the
// package's `widget/` folder (scripts/package.mjs); documented in docs/WIDGET.md (Plan a team).

import type { AifcErrorDetail, AifcJsxBaseProps, AifcLang, AifcLanguageDetail } from "./aifc-eligibility.js";

/** Counts after each plan: never a name or an answer. */
export interface AifcPlanDetail {
  people: number;
  planned: number;
  /** People whose answers are not enough yet: a question is asked in their row. */
  questions: number;
  /** People the engine refused an answer of. */
  errors: number;
}

export interface AifcTeamPlannerEventMap extends HTMLElementEventMap {
  "aifc-plan": CustomEvent<AifcPlanDetail>;
  "aifc-error": CustomEvent<AifcErrorDetail>;
  "aifc-language": CustomEvent<AifcLanguageDetail>;
}

/** Where the planner is (`state`): its status, the language shown, the team's size, the last plan's counts. */
export interface AifcTeamPlannerState {
  status: "loading" | "ready" | "failed";
  lang: AifcLang;
  people: number;
  planned: number;
  questions: number;
  errors: number;
}

export interface AifcTeamPlannerElement extends HTMLElement {
  /** The interface language (the attribute's, else the page's, else English). */
  lang: AifcLang | string;
  /** Where the planner is now: a copy (docs/WIDGET.md). */
  readonly state: AifcTeamPlannerState;
  /** Empties the team, as the visitor's Clear does. */
  reset(): void;
  addEventListener<K extends keyof AifcTeamPlannerEventMap>(type: K, listener: (this: AifcTeamPlannerElement, ev: AifcTeamPlannerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AifcTeamPlannerEventMap>(type: K, listener: (this: AifcTeamPlannerElement, ev: AifcTeamPlannerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The attributes and (React 19) event props of `<aifc-team-planner>` in JSX. */
export interface AifcTeamPlannerJsxProps extends AifcJsxBaseProps {
  lang?: AifcLang;
  date?: string;
  "onaifc-plan"?: (event: CustomEvent<AifcPlanDetail>) => void;
}

declare global {
  interface HTMLElementTagNameMap {
    "aifc-team-planner": AifcTeamPlannerElement;
  }
  interface DocumentEventMap {
    "aifc-plan": CustomEvent<AifcPlanDetail>;
  }
}
