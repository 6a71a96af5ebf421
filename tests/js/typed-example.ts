// A typed use of the package: compiled with `tsc --noEmit` by package.test.mjs. A wrong field or
// a wrong literal here must fail the build, which is what the types are for.
import init, { evaluate, office, quote, services, type AnswerMap, type Evaluation, type Quote, type ServiceId } from "../../pkg/aifc_eligibility.js";

export async function firstQuestion(): Promise<string> {
  await init();
  const e: Evaluation = evaluate({ answers: { need: "work", location: "outside" }, lang: "ru" });
  if (e.kind === "question") return e.question.text;
  return e.outcome.services.join(", ");
}

export function dutyOf(id: ServiceId): string | null {
  const q: Quote = quote({ service: id, variant: "up-to-2-years", date: "2026-01-05" });
  return q.stateDuty ? `${q.stateDuty.mci} MCI = ${q.stateDuty.kzt} KZT (${q.stateDuty.mciYear})` : null;
}

export const ids: ServiceId[] = services("kk").map((s) => s.id);
export const inEnglish: number = services().length;
export const openNow: boolean = office().open && office({ lang: "ru", at: "2026-11-24T10:00" }).phones.length > 0;

// @ts-expect-error: "de" is not a language of the package.
services("de");
// @ts-expect-error: `service` must be a service id.
quote({ service: "work-visas" });

// The documented loop: each question's id and an option's value go straight into the answers.
export function firstOptions(): AnswerMap {
  const answers: AnswerMap = {};
  for (let e = evaluate({ answers }); e.kind === "question" && e.question.options; e = evaluate({ answers })) {
    answers[e.question.id] = e.question.options[0].value;
  }
  return answers;
}

// Region tags are the language they name, in the API as in the element.
export const inRussian: Evaluation = evaluate({ answers: {}, lang: "ru-KZ" });
// @ts-expect-error: a date is YYYY-MM-DD.
quote({ service: "iin", date: "26.11.2026" });
