// Types of the `<aifc-eligibility>` element, for `import "aifc-eligibility/widget"` (which defines
// it): the element's properties and methods, its events, the tag in `document.createElement` and
// `querySelector`. JSX (React 18 and 19) is `aifc-eligibility/react` (widget-react.d.ts). This file
// sits in the package's `widget/` folder (scripts/package.mjs); documented in docs/WIDGET.md.

import type { Fact, LangTag, ServiceId, ErrorCode } from "../aifc_eligibility.js";

/** The element's languages; a region tag (`ru-KZ`) is its language. */
export type AifcLang = LangTag;

export interface AifcQuestionDetail {
  /** The fact asked for. */
  id: Fact;
  progress: { answered: number; remaining: number };
}
export interface AifcOutcomeDetail {
  /** The services in the order the visitor does them. */
  services: ServiceId[];
  noService: boolean;
}
export interface AifcErrorDetail {
  code: ErrorCode | "load-failed" | "duplicate-sync-url";
  message: string;
}
export interface AifcLanguageDetail {
  lang: string;
}

/** Where the widget is now (`element.state`): a copy. */
export interface AifcState {
  /** `question` as soon as the first question is on screen, which is before the engine has arrived and `aifc-question` fires. */
  status: "loading" | "question" | "outcome" | "failed";
  lang: string;
  question: AifcQuestionDetail | null;
  outcome: AifcOutcomeDetail | null;
  /** The answers on the current path, fact -> value. */
  answers: Partial<Record<Fact, string>>;
}

export interface AifcEligibilityEventMap extends HTMLElementEventMap {
  "aifc-question": CustomEvent<AifcQuestionDetail>;
  "aifc-outcome": CustomEvent<AifcOutcomeDetail>;
  "aifc-error": CustomEvent<AifcErrorDetail>;
  "aifc-language": CustomEvent<AifcLanguageDetail>;
}

export interface AifcEligibilityElement extends HTMLElement {
  /** `YYYY-MM-DD`: fixes "today"; null for today in Astana. Mirrors the `date` attribute. */
  date: string | null;
  /** Prefilled answers: a query string or an object; reads back as an object. Mirrors `answers`. */
  get answers(): Partial<Record<Fact, string>>;
  set answers(value: string | Partial<Record<Fact, string | number | boolean>> | null);
  /** The `sync-url` prefix: a string, `true` for the default prefix, `false`/`null` for off. */
  get syncUrl(): string | null;
  set syncUrl(value: string | boolean | null);
  /** Where the widget is now. */
  readonly state: AifcState;
  /** Starts again from the first question, as the visitor's Start again does. */
  reset(): void;
  addEventListener<K extends keyof AifcEligibilityEventMap>(type: K, listener: (this: AifcEligibilityElement, ev: AifcEligibilityEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AifcEligibilityEventMap>(type: K, listener: (this: AifcEligibilityElement, ev: AifcEligibilityEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** What JSX gives every element, ours too: an id, a class, a style, a ref, a key, global attributes. */
export interface AifcJsxBaseProps {
  id?: string;
  class?: string;
  className?: string;
  style?: unknown;
  ref?: unknown;
  key?: string | number;
  /** Fallback content, shown until the element is defined (and where scripts do not run). */
  children?: unknown;
  hidden?: boolean;
  title?: string;
  tabIndex?: number;
  slot?: string;
  /** React 19 attaches these as listeners of the `aifc-...` events. */
  "onaifc-error"?: (event: CustomEvent<AifcErrorDetail>) => void;
  "onaifc-language"?: (event: CustomEvent<AifcLanguageDetail>) => void;
}

/** The attributes and (React 19) event props of `<aifc-eligibility>` in JSX. */
export interface AifcEligibilityJsxProps extends AifcJsxBaseProps {
  lang?: AifcLang;
  date?: string;
  /** A query string; React 19 also passes an object as the `answers` property. */
  answers?: string | Partial<Record<Fact, string | number | boolean>>;
  /** A prefix, or `true` / `""` for the default prefix (`aifc`). */
  "sync-url"?: string | boolean;
  "onaifc-question"?: (event: CustomEvent<AifcQuestionDetail>) => void;
  "onaifc-outcome"?: (event: CustomEvent<AifcOutcomeDetail>) => void;
}

declare global {
  interface HTMLElementTagNameMap {
    "aifc-eligibility": AifcEligibilityElement;
  }
  interface DocumentEventMap {
    "aifc-question": CustomEvent<AifcQuestionDetail>;
    "aifc-outcome": CustomEvent<AifcOutcomeDetail>;
    "aifc-error": CustomEvent<AifcErrorDetail>;
    "aifc-language": CustomEvent<AifcLanguageDetail>;
  }
}
