// The words of the interface the entry carries, in every language: what the first two questions can
// show before the engine and the rest of the words have arrived (first.js, question.js, parts.js):
// the language switch, a question's form with its progress, its error and "Loading…", the answers
// so far with their Change buttons, Back and Start again, the loading screen, and the failure
// screen with the Centre's phone and e-mail (shown when the engine, or the later words, could not
// be loaded). Every other message of texts/<tag>/widget.ftl comes
// with the language's engine texts (engine.js). Read by the build (scripts/texts.mjs), so keep it
// plain data.

export const FIRST_WORDS = [
  'language-name',
  'intl-locale',
  'language',
  'loading',
  'load-failed',
  'failed',
  'question',
  'progress',
  'continue',
  'back',
  'start-again',
  'change',
  'change-hidden',
  'your-answers',
  'error-prefix',
  'error-summary',
  'choose-answer',
  'errors',
  'phones',
  'email',
  // Not shown: the words for days a number field reads, every language's in every language (question.js).
  'number-days',
];
