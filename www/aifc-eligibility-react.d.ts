// `<aifc-eligibility>` and `<aifc-team-planner>` in JSX, for React 18 (@types/react 18.3) and 19,
// which both read `React.JSX`: `import type {} from "aifc-eligibility/react";` once in a React project. Kept apart
// from the element's types so that a project without React's types compiles. In the package's
// `widget/` folder (scripts/package.mjs); documented in docs/WIDGET.md.

import type { AifcEligibilityJsxProps } from "./aifc-eligibility.js";
import type { AifcTeamPlannerJsxProps } from "./aifc-team-planner.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "aifc-eligibility": AifcEligibilityJsxProps;
      "aifc-team-planner": AifcTeamPlannerJsxProps;
    }
  }
}
