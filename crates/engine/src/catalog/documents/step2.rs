//! Step 2, at an embassy or an international airport.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Step 2, at an embassy or an international airport.
// ---------------------------------------------------------------------------------------------

pub static APPROVED_INVITATION: DocText = DocText { id: "approved-invitation", text: t!(doc_approved_invitation) };

/// «ПЖБ» is not spelled out in the guide; it is rendered as the airport's migration service.
pub static CONSULAR_FEES_CONTACT_EMBASSY_OR_AIRPORT: DocText =
    DocText { id: "consular-fees-contact-embassy-or-airport", text: t!(doc_consular_fees_contact_embassy_or_airport) };

/// The A6 section's step 2 names the embassy only.
pub static CONSULAR_FEES_CONTACT_EMBASSY: DocText =
    DocText { id: "consular-fees-contact-embassy", text: t!(doc_consular_fees_contact_embassy) };
