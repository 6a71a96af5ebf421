### The engine texts of crates/api/src/calendar/ics.rs.
### Source language: en.

ics_opens_summary = Visa extension: the application window opens
ics_opens_description = From today you may apply to the AIFC Expat Centre to extend your visa (no earlier than 30 working days before it expires). Last working day to apply: { $latest }. Your visa expires on { $expires }.
ics_latest_summary = Last working day to apply for the visa extension
ics_latest_description = Today is the last working day to apply to the AIFC Expat Centre to extend your visa (no later than 5 working days before it expires). Your visa expires on { $expires }.
ics_alarm = In 3 days: last working day to apply for the visa extension ({ $latest })
ics_contact = AIFC Expat Centre
