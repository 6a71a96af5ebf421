// What each of planner-intake.test.mjs's 24 rows should show for what its cells mean, written out
// by hand from the guide (the service each chapter names for that person), with each amount the
// recorded sheets' standard fee and 2026 state duty (recorded.mjs: standardTotal), never asked of
// the package the planner runs. In the order of the test's SHEET.

import { standardTotal, addKzt } from './recorded.mjs';

/** A planned row: its services as `[service, variant]`, the total their standard fees and duties added. */
const planned = (...services) => ({
  kind: 'outcome',
  services: services.map(([s]) => s),
  kzt: addKzt(services.map(([s, v = '']) => standardTotal(s, v))),
  question: null,
});
/** An extension the guide prices nothing of (Work visa, 3: no fee, no duty listed): "ask the Centre", no amount. */
const unpriced = (service) => ({ kind: 'outcome', services: [service], kzt: null, question: null });
const asks = (question) => ({ kind: 'question', services: [], kzt: null, question });

export const ROWS_MEANT = [
  // Work visa, 1: from outside, the invitation, for the term asked (2 years; 3 to 5 years).
  planned(['work-visa-invitation', 'up-to-2-years']),
  // Temporary residence permit: a CIS citizen already inside, an employee.
  planned(['temporary-residence-permit', 'employee']),
  planned(['work-visa-invitation', '3-to-5-years']),
  // An expert from outside: the long-term business visa's invitation (Long-term business visa, 1).
  planned(['business-visa-multi-invitation']),
  // Work visa, 2: already inside Kazakhstan on another visa.
  planned(['work-visa', 'up-to-2-years']),
  // Investor visa, 3: an investment resident from outside (A6).
  planned(['investor-visa-a6-invitation', 'up-to-2-years']),
  // Work visa, 3: extensions, with the same host, their dates known.
  unpriced('work-visa-extension'),
  unpriced('work-visa-extension'),
  // The ambiguous 03/04/2027: held back, the row asks for the expiry date.
  asks('visaExpires'),
  // Other migration and tax services, 2, 3 and 4: IIN, tax residency, digital signature.
  planned(['iin']),
  planned(['tax-residency-certificate']),
  planned(['digital-signature']),
  // Long-term business visa, 1; Business visa for short-term stay, 1: from outside, the invitations.
  planned(['business-visa-multi-invitation']),
  planned(['business-visa-single-invitation']),
  planned(['temporary-residence-permit', 'employee']),
  // Visa cancellation, 1.
  planned(['visa-cancellation']),
  planned(['work-visa-invitation', 'up-to-2-years']),
  // Not meeting the qualification requirements: the exemption first, then the invitation.
  planned(['qualification-exemption'], ['work-visa-invitation', 'up-to-2-years']),
  // An expert already inside: the long-term business visa itself (Long-term business visa, 2).
  planned(['business-visa-multi']),
  planned(['work-visa-invitation', '3-to-5-years']),
  // Only the need given: the row asks where the person is.
  asks('location'),
  // Extending a temporary residence permit: a new permit (Temporary residence permit).
  planned(['temporary-residence-permit', 'employee']),
  // Investor visa, 2: inside Kazakhstan, not an investment resident (A5).
  planned(['investor-visa-a5', 'up-to-2-years']),
  // Other migration and tax services, 1: arrival notification.
  planned(['arrival-notification']),
];

/** L. Garcia's row once a reading of the date is chosen: the work visa's extension (Work visa, 3). */
export const GARCIA_ANSWERED = unpriced('work-visa-extension');
