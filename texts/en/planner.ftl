### The team planner's own words in English (<aifc-team-planner>), the source of every other
### language's planner.ftl. Services, fees, dates, questions and the engine's messages come from
### the engine; these are the planner's labels, headings, column names and messages. The ids start
### with planner- (they share the language's namespace with widget.ftl and the engine's files).

## The page's parts

planner-title = Plan a team
planner-intro = Add everyone who needs the Centre’s services: paste a table, choose a CSV file, or add people one by one. Names stay on this page: only the answers are checked, in your browser.
planner-load-failed = The planner could not start. Please reload the page, or contact the AIFC Expat Centre.
planner-try-again = Try again
planner-switch-failed = The planner’s texts in { $language } could not be loaded, so it stays in this language and every plan is kept. Try again in a moment.
planner-date-refused = The date { $date } set for this planner is not one it can plan from: the plans are made for today.

## Adding people

planner-add-heading = Add people
planner-paste = Paste a table (CSV with a header row)
planner-paste-hint = Copy the rows from a spreadsheet, the header row included. The columns are those of the template; an empty cell is a question to answer below.
planner-read = Add the pasted rows
planner-file = Choose a CSV file
planner-template = Download the template
# The downloaded files' names, without their .csv.
planner-template-file = aifc-team-template
planner-template-hint = The template and the download separate the columns with commas and write a decimal point, as a spreadsheet set to English opens them.
planner-add = Add a person
planner-clear = Remove everyone
planner-read-count =
    { $n ->
        [one] { $n } person added.
       *[other] { $n } people added.
    }
planner-ignored = Columns not read: { $columns }.
planner-no-rows = The table has no rows under its header row.
planner-no-columns = No column of the table is one the planner reads: the first row must be the header row, as in the template.
planner-too-many = At most { $max } people at once: split the table.
planner-unreadable = The file could not be read as text.
planner-read-1251 = The file is not UTF-8: it was read as Windows-1251 (Cyrillic), as Excel saves a CSV on Russian and Kazakh Windows. If a name looks wrong, save the file as “CSV UTF-8” and choose it again.

## The table, one row per person

planner-team = The team
planner-empty = No one yet. Paste a table, choose a file, or add a person.
planner-pages = The team’s pages
planner-shown = People { $from } to { $to } of { $total }
planner-previous = Previous
planner-next = Next
planner-col-number = No.
planner-col-name = Name or label
planner-col-answers = Answers
planner-col-result = Result
# The default label of a person left without a name.
planner-person = Person { $n }
planner-remove = Remove
planner-remove-person = Remove { $name }
# The accessible name of the button that removes one answer, so that it is asked again.
planner-remove-answer = Remove the answer to “{ $question }” of { $name }
planner-answer = Answer
planner-choose = Choose…
planner-state =
    .outcome = Planned
    .question = Answers needed
    .error = Check the answers
planner-refused = Refused
planner-errors =
    .invalid-answer = An answer is not one the planner takes (marked “Refused”): remove it and answer the question again.
    .invalid-date = A date is not a real date, or is outside the dates the planner knows: remove it and answer again.
    .invalid-request = This row cannot be read: remove its answers and answer again.
    .too-large = This row holds too much text: shorten it.
    .internal = Something went wrong with this row. Please try again.
planner-services = Services
planner-total = Total
planner-ready = Ready by
planner-no-service = No service of the Centre applies.
planner-provisional = Provisional: the MCI for the year of application is not yet set.
planner-incomplete = Without the fees the guide does not give.

## The team's totals

planner-totals = The team’s total
planner-count-people = People
planner-count-planned = Planned
planner-count-questions = With answers still needed
planner-count-errors = With answers to check
planner-team-total = Total to pay at the standard option
planner-by-service = By service
planner-col-service = Service
planner-col-count = People
planner-col-kzt = Amount
# Shown when someone's family members apply too (the engine's note says the total is for one person).
planner-per-person = The guide does not say whether each family member pays the fees too. Here each row’s fees are counted once: family members are counted only when they are rows of their own. Ask the Centre.

## The dates

planner-timeline = Ready-by dates
planner-timeline-none = No one is planned yet.
planner-today = Today

## Taking the plan away

planner-export = Download as CSV
planner-export-file = aifc-team-plan
planner-print = Print the plan
planner-csv-state = Status
planner-csv-services = Services
planner-csv-amount = Amount to pay
planner-csv-total = Total, KZT
planner-csv-ready = Ready by
planner-csv-note = Next question or problem

## The CSV columns, by the fact each holds (the engine's answers; a file's header row may also use these ids)

planner-columns =
    .need = Need
    .location = Where now
    .citizenship = Citizenship
    .stayDays = Stay, days
    .role = Role
    .term = Term
    .investmentResident = Investment resident
    .category = Category
    .family = Family
    .branch = Branch
    .meetsQualifications = Qualification
    .sameHost = Same host party
    .visa = Visa to extend
    .visaExpires = Visa expires
    .applicantType = Applicant

## A cell read from a table that was not taken (the row says why, then asks the question)

# Why: what was written, and why it was not taken. $read: the answer it was read as.
planner-held =
    .unknown = “{ $given }” is not one of the answers to this question.
    .not-a-date = “{ $given }” is not a date the planner can read.
    .not-a-number = “{ $given }” is not a number of days.
    .refused = “{ $given }” was read as { $read }, which this question does not take.
    .ambiguous = “{ $given }” can be read in two ways.
# What to do instead, before the question's own choices.
planner-held-choose = Choose the answer below.
planner-held-which = Which is it?
# The tag beside such a cell in the row's answers.
planner-held-tag =
    .unread = Not read
    .ambiguous = Two readings
# Said by a screen reader after an answer in a row: the person and the row's state.
planner-announce = { $name }: { $state }

## An extension's dates, fees the guide does not give, people to confirm first (issue 25)

planner-apply-by = Last day to apply
planner-apply-from = First day to apply
planner-expires = The visa expires on
# Where the guide gives no fee for a step: never a total of 0.
planner-ask-fee = Ask the Centre for the amount
planner-ask-fee-of = Ask the Centre for the fee of: { $titles }
# A person whose outcome the Centre must confirm first (short CIS/EAEU stays): kept out of the total.
planner-to-confirm = To confirm
planner-to-confirm-hint = Confirm with the Centre first: not counted in the team’s total.
planner-unpriced-people =
    { $n ->
        [one] { $n } person’s fees to confirm with the Centre, not included.
       *[other] { $n } people’s fees to confirm with the Centre, not included.
    }
planner-to-confirm-people =
    { $n ->
        [one] { $n } person to confirm with the Centre first, not included:
       *[other] { $n } people to confirm with the Centre first, not included:
    }
planner-dates-heading = Dates: ready by, last day to apply, visa expiry
planner-timeline-ready = ready by
planner-timeline-apply-by = last day to apply
planner-timeline-expires = visa expires
planner-csv-apply-from = First day to apply
planner-csv-apply-by = Last day to apply
planner-csv-ask = To ask the Centre

## Many people at a glance: a planned row closed to one line, and filters (issue 26)

# The accessible name of a planned row's "Details" button.
planner-details-of = Details of { $name }
planner-filter = Show
planner-filter-all = Everyone
planner-filter-planned = Planned
planner-filter-asking = Answers needed
planner-filter-check = To check

## Input words: read, never shown (issue 28)

# What people write in a team's table (a pasted sheet, a chosen file, a row's typed answer) that
# the planner reads as an answer (src/planner/read.js). ACCEPTED, NEVER SHOWN: these are not texts
# to translate or polish. Each language lists the words its own speakers write, not a translation
# of English's; every language's words are read in every sheet, in any case, with or without
# accents (й as и, ё as е). Words are separated by commas. Add a form people write; never remove or
# "improve" one: sheets that use it would no longer be read (tests/js/planner-read.test.mjs lists
# every word). .yes and .no: a yes/no answer; .abroad: outside Kazakhstan, in the "where now"
# column; .days: the unit after a number of days ("120 days"); .months, .years and .upTo: the words
# of a term, one word each ("up" of "up to"); .dateYear: the year's abbreviation after a date
# ("18.12.2026 г."), matched as written (case kept), { "" } where a language writes none.
planner-input-words =
    .yes = yes, y, true, 1
    .no = no, n, false, 0
    .abroad = abroad
    .days = d, day, days
    .months = mo, mos, month, months
    .years = y, yr, yrs, year, years
    .upTo = up, upto, max
    .dateYear = { "" }
