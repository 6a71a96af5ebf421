### The widget's own words in English, the source of every other language's widget.ftl.
### Everything about services, fees, dates and documents comes from the engine (the other .ftl
### files); these are the interface's labels, headings and messages. { $name } is a value filled
### in at run time; a date is already formatted in the language ("25 March 2026").

## The language: its name in the language switch, and the locale of its numbers, dates and plural forms

language-name = English
# Not shown: the BCP 47 locale for Intl (numbers, dates, plural categories).
intl-locale = en-GB
# The language switch's accessible name: whose switch it is, so that a host page's own
# "Language" field keeps its name to itself (getByLabel, a screen reader's list of landmarks).
language = Language of the AIFC Expat Centre checker

## Loading, and failing to

loading = Loading…
load-failed = The checker could not start. Please reload the page, or contact the AIFC Expat Centre.
failed = Something went wrong. Please start again, or contact the AIFC Expat Centre.

## A question: progress, navigation, the answers so far

question = Question { $n }
progress = { $answered } questions answered, up to { $total } in all
continue = Continue
back = Back
start-again = Start again
change = Change
# Read after "Change" by screen readers only.
change-hidden = your answer to: { $question }
your-answers = Your answers

## Errors: above the question, and in the summary at the top

error-prefix = Error
error-summary = There is a problem
choose-answer = Select an answer.
# The message above a question left unanswered, by the fact it asks; choose-answer for any other.
errors =
    .need = Select what you need from the Centre
    .location = Select where the foreign national is now
    .citizenship = Enter the country of citizenship and choose it from the list
    .stayDays = Enter the days of this one stay, for example 120
    .role = Select whether the person works as an employee or an expert
    .term = Select how long the visa is needed for
    .investmentResident = Select whether the investor is an AIFC investment resident
    .family = Select whether family members are coming too
    .branch = Select whether the host is a representative office or branch
    .meetsQualifications = Select whether the employee meets the qualification requirements
    .sameHost = Select whether the host party is the same
    .category = Select the visa category
    .visa = Select which visa is to be extended
    .visaExpires = Enter the date the visa expires
    .applicantType = Select who is applying

## The country, number and date fields

country-hint = Start typing the country’s name, then choose it from the list.
country-list = Countries matching what you typed
country-matches = { $n } matching countries.
country-none = No country matches.
number-error = Enter a whole number of days from { $min } to { $max }, for example 120
# The words for days a visitor may write after the number ("120 days"), separated by commas;
# the words of every language are read in every language.
number-days = d, day, days
day = Day
month = Month
year = Year
date-hint = For example, 27 3 2027
date-error = Enter a real date from { $min } to { $max }

## The outcome at a glance

result = Result
what-you-need = What to apply for
no-service-title = The Centre has no service for this case
if-needed-title = If the Centre says you need it
instead-title = What you can do
alternatives = Services you could ask the Centre about
stage = Stage { $n } of { $total }
total-to-pay = Total to pay
total-basis = Standard option: service fees and state duty
total-basis-fees = Standard option: service fees
total-partial = The guide gives no fee for: { $titles }. It is not in the total.
total-nothing = Ask the Centre for the amount
ready-by-label = Ready by
ready-no-time = Ask the Centre for the time
ready-up-to = up to { $date } if the state body delays
same-day = the same day
where = Where to go
where-centre = AIFC Expat Centre, Astana
where-then = then { $place }
apply-by = Apply by
apply-from = from { $date }
documents-label = Documents
# Plural forms on $n, by the CLDR categories of the language.
documents-count =
    { $n ->
        [one] { $n } to prepare
       *[other] { $n } to prepare
    }

## A stage: why, cost and date

why = Why you need this
cost-and-date = Cost and date
service-fee = Service fee: choose one of these options
state-duty = State duty
mci-amount = { $mci } MCI
mci-explained = MCI is the monthly calculation index: 1 MCI = { $value } in { $year }.
step-total = Total at the standard option
fees-not-listed = The guide gives no fee for this service.
provisional = Provisional
processing = Processing time
ready = When it will be ready
ready-range = If you apply on { $applied }, it will be ready between { $earliest } and { $latest }.
ready-by = If you apply on { $applied }, it will be ready by { $latest }.
ready-same-day = If you apply on { $applied }, it is done the same day, during office hours.
ready-delay = At the latest { $date }, if the state body takes up to { $days }.
ready-provisional = The public holidays of that year are not all known yet.

## The dates

timeline-title = Key dates
# The timeline's moments, by kind.
moments =
    .today = Today
    .apply = Apply
    .ready = Ready
    .delay = Latest date if the state body delays
    .next-step = Then: { $place } (no time given)
    .window-opens = First day to apply for the extension
    .window-closes = Last day to apply for the extension
    .expires = The visa expires
# A moment of one stage when there are several: { $text } is a moment above.
of-stage = { $text } (stage { $n })
# Where the step after the Centre happens, by place.
places =
    .embassy-or-airport = a Kazakhstan embassy or international airport
    .embassy = a Kazakhstan embassy
no-date = date not set
after-ready = Once it is ready

## A stage: about it, and its documents

about-service = About this service
how-to-apply = How to apply
documents = Documents to prepare ({ $n })
documents-hint = Tick each document when you have it ready.
# A checklist's groups, by who provides the documents.
groups =
    .company = From the company
    .applicant = From the applicant
    .family = For family members
    .advice = Good to know
if-any = if any
optional = optional
notes = Notes
source = Source: { $section }

## An extension's window

extension = When to apply for the extension
expires = The visa expires on
window-first = First day to apply
window-last = Last day to apply
add-to-calendar = Add these dates to my calendar (.ics)
# The calendar file's name, without its .ics; $iso is the expiry as YYYY-MM-DD (not a date in a sentence).
calendar-file = visa-extension-{ $iso }

## Websites, print and the link to the result

act-title = Websites to use
more-about = More about this service
print = Print checklist
copy-link = Copy link
link-copied = Link copied.
link-copy-manually = Copy the link below.
link-label = Link to this result
print-made = Checklist made on { $date } with the AIFC Expat Centre checker.
print-link = This result online: { $url }

## The Centre's office

office = Contact the AIFC Expat Centre
hours = Opening hours
phones = Phone
line-open = taking calls now
line-closed = not taking calls now
calls-hours = calls { $hours }
email = E-mail
address = Address

## Announced to screen readers

announce-outcome = Result: { $titles }.
announce-no-service = Result: { $reason }
# One fact of the plan at a glance, after the result: "Total to pay: 489,750 ₸."
announce-fact = { $label }: { $value }.

## Durations

working-days =
    { $n ->
        [one] { $n } working day
       *[other] { $n } working days
    }
working-days-range = { $min } to { $max } working days
# The state body's possible delay, in ready-delay: "up to 30 more calendar days".
delay-days =
    { $n ->
        [one] { $n } more calendar day
       *[other] { $n } more calendar days
    }
minutes =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
minutes-range = { $min } to { $max } minutes

## Month names, for a long date where the browser has no calendar data for the language

# $month is 1 to 12 (a select needs a default: December).
month-name =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
# The long date the widget writes itself there: $month is month-name's word for it.
long-date = { $day } { $month } { $year }
