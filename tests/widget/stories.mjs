// Visitors' stories: the answers each one gives, fact by fact. The widget must ask exactly these
// questions (in the engine's order) and end at the outcome the story names.

export const WORK_VISA_FROM_ABROAD = {
  need: 'work', location: 'outside', citizenship: 'IN', role: 'employee', meetsQualifications: true,
  term: 'up-to-2-years', family: false, branch: false,
};

export const WORK_VISA_INSIDE = {
  need: 'work', location: 'inside', citizenship: 'GB', role: 'employee', meetsQualifications: true,
  term: '3-to-5-years', family: true, branch: false,
};

/** A CIS citizen (Uzbekistan) staying 120 days: a temporary residence permit instead of a visa. */
export const CIS_RESIDENCE_PERMIT = {
  need: 'work', location: 'inside', citizenship: 'UZ', stayDays: 120, role: 'employee',
  meetsQualifications: true, family: false, branch: false,
};

/** A French delegate already in Kazakhstan asking for a single-entry business visa: no service. */
export const SINGLE_ENTRY_INSIDE = { need: 'business-visit', location: 'inside', citizenship: 'FR' };

/** An AIFC investment resident outside Kazakhstan: the A6 investor visa invitation. */
export const A6_INVESTOR = {
  need: 'invest', location: 'outside', citizenship: 'AE', investmentResident: true, term: 'up-to-2-years', family: false, branch: false,
};

export const B3_MULTI_ENTRY_INSIDE = { need: 'business-multi', category: 'B3', location: 'inside', citizenship: 'NL', branch: false };

/** A work visa expiring on 30 April 2026, extended with the same host (the window is open on TODAY). */
export const WORK_VISA_EXTENSION = {
  need: 'extend', visa: 'work', sameHost: true, visaExpires: '2026-04-30', family: false, branch: false,
};

export const CANCELLATION_INSIDE = { need: 'cancel', location: 'inside', branch: false };

export const CANCELLATION_ABROAD = { need: 'cancel', location: 'outside', branch: true };

export const IIN = { need: 'iin' };

/** An employee who does not meet the AIFC qualification requirements: exemption first, then the visa. */
export const QUALIFICATION_EXEMPTION_FIRST = {
  need: 'work', location: 'outside', citizenship: 'US', role: 'employee', meetsQualifications: false,
  term: 'up-to-2-years', family: false, branch: false,
};
