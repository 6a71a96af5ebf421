// `<aifc-eligibility>` and `<aifc-team-planner>` in JSX, for React 18 (@types/react 18.3) and 19,
// which both read `React.JSX`: `import type {} from "aifc-eligibility/react";` once in a React project. Kept apart
// from the element's types so that a project without React's types compiles. In the package's
// `widget/` folder (scripts/package.mjs); documented in docs/WIDGET.md.
//
// React 18 passes no custom event through props and sets every prop as an attribute (an object
// becomes "[object Object]"): against React 18's types the `onaifc-*` props take nothing and
// `answers` takes a string only, so what would never work does not type-check. React 19's types
// are told apart by `useActionState`, which React 18's do not declare.

import type * as React from "react";
import type { AifcEligibilityJsxProps } from "./aifc-eligibility.js";
import type { AifcTeamPlannerJsxProps } from "./aifc-team-planner.js";

type IsReact19 = typeof React extends { useActionState: unknown } ? true : false;
/**
 * React 18: the `onaifc-*` props typed `never` (JSX accepts any hyphenated name it is not told
 * about, so leaving them out would not refuse them), `answers` as a string (an attribute).
 */
type ForReact<P> = IsReact19 extends true
  ? P
  : Omit<P, `onaifc-${string}` | "answers">
    & { [K in keyof P as K extends `onaifc-${string}` ? K : never]?: never }
    & ("answers" extends keyof P ? { answers?: string } : unknown);

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "aifc-eligibility": ForReact<AifcEligibilityJsxProps>;
      "aifc-team-planner": ForReact<AifcTeamPlannerJsxProps>;
    }
  }
}
