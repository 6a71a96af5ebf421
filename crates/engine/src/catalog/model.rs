//! The shape of a service as the guide describes it. The data lives in `content/guide-<year>/`
//! (one file per chapter: what a service is, its documents and notes; `tariffs.toml`: its fees,
//! duty and time), made into statics by the build; this file only says what a service is made of.

use crate::lang::Text;

/// The guide's chapters, in the guide's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chapter {
    /// ЖҰМЫС ВИЗАСЫ
    WorkVisa,
    /// ИНВЕСТОРЛЫҚ ВИЗА
    InvestorVisa,
    /// ТҰРУҒА ЫҚТИЯРХАТ
    ResidencePermit,
    /// УАҚЫТША ТҰРУҒА РҰҚСАТ
    TemporaryResidencePermit,
    /// ҚЫСҚА МЕРЗІМДІ ІСКЕРЛІК ВИЗА
    ShortTermBusinessVisa,
    /// ҰЗАҚ МЕРЗІМДІ ІСКЕРЛІК ВИЗА
    LongTermBusinessVisa,
    /// ВИЗАНЫҢ КҮШІН ЖОЮ
    VisaCancellation,
    /// КӨШІ-ҚОН ЖӘНЕ САЛЫҚ БАСҚА ҚЫЗМЕТТЕРІ
    OtherServices,
    /// БІЛІКТІЛІК ТАЛАПТАРЫНАН БОСАТУ НЕМЕСЕ ӨЗГЕРТУ ҮШІН ӨТІНІШТЕРДІ ҚАБЫЛДАУ
    QualificationExemption,
}

/// Where in the guide a service is: its chapter and the number of its section in that chapter
/// (`None` for chapters that are one section).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub chapter: Chapter,
    pub number: Option<&'static str>,
}

/// One service of the guide, as one edition gives it: `Service::on(day)` is the service as the
/// edition in force that day gives it, `Service::tariff(day)` its fees, state duty and time.
#[derive(Debug)]
pub struct Service {
    /// Stable public id (kebab-case).
    pub id: &'static str,
    pub section: Section,
    pub title: Text,
    /// Who the service is for: the section's opening paragraph.
    pub audience: Text,
    /// How to apply at the Centre, step by step.
    pub apply: &'static [Text],
    /// The guide's document list for the Centre, one entry per bullet, in the guide's order.
    pub documents: &'static [Doc],
    /// The embassy or airport step, where the guide has one.
    pub next_step: Option<NextStep>,
    /// The guide's notes, and where the guide is silent or inconsistent, what we tell the visitor.
    pub notes: &'static [Note],
}

/// A document text. The same text is stored once and shared by every service that lists it
/// (`content/guide-<year>/documents.toml`, made into `catalog::DOCUMENTS`).
#[derive(Debug, PartialEq, Eq)]
pub struct DocText {
    /// Stable id of the document (kebab-case), the same in every service that lists it.
    pub id: &'static str,
    pub text: Text,
    /// Who provides it, read from its own words (see `providers::provider` for a family bullet).
    pub by: Provider,
}

/// Who provides a document. The guide lists documents per service without saying who brings
/// them; each document's provider is read from its own words (a letter "from the host party", an
/// order of the legal entity, a certificate from the company's Egov.kz account).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// The host company (the AIFC participant or body), or the legal entity that applies.
    Company,
    /// The person the service is for.
    Applicant,
    /// A family member coming with the applicant.
    Family,
    /// Not a document: advice the guide writes among the documents (consular fees, a letter no
    /// longer needed). Shown as advice, never as a box to tick.
    Advice,
}

/// One bullet of a document list: the document and the conditions the guide attaches to it.
#[derive(Debug)]
pub struct Doc {
    pub doc: &'static DocText,
    pub when: &'static [Cond],
}

/// A condition the guide attaches to a document. Some filter the list by the visitor's answers
/// (see `flow::facts`); the others are shown beside the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// «егер бар болса» - if any. Never filters: the visitor brings it if they have one.
    IfAny,
    /// For a representative office or branch. Filtered out when `branch` is false.
    Branch,
    /// «Отбасы мүшесінің визасы үшін» - for a family member's visa. Filtered out when `family` is
    /// false.
    FamilyMember,
    /// «Отбасы мүшелеріне арналған» - for family members (the temporary residence permit's list,
    /// which is no visa). Filtered out when `family` is false.
    FamilyMembers,
    /// «шетелдік қызметкер(лер) үшін» - for the foreign employee (the main applicant, not a family
    /// member, and not an expert). Filtered out when `role` is `expert`.
    ForeignEmployee,
    /// «Қызметкерлер үшін» - for employees. Filtered out when `role` is `expert`.
    Employees,
    /// For category B2. Filtered out when `category` is `B3`.
    CategoryB2,
    /// For category B3. Filtered out when `category` is `B2`.
    CategoryB3,
    /// For an individual. Filtered out when `applicantType` is `legal-entity`.
    Individual,
    /// For a legal entity. Filtered out when `applicantType` is `individual`.
    LegalEntity,
    /// For a child aged 14 to 18. Shown, not filtered.
    Child14To18,
    /// For family members and foreign nationals under a civil-law contract. Filtered out when the
    /// foreign national is an employee (`role`) applying without family (`family` false).
    FamilyOrCivilContract,
    /// Only for the first application («бастапқы өтініш»): not needed later once a certificate was
    /// issued on the first one. Shown, not filtered (the flow does not ask).
    FirstApplication,
    /// Optional material that may help the application. Shown, not filtered.
    Optional,
}

/// A service's fees, state duty and time in one edition of the guide: a `[[service]]` of
/// `content/guide-<year>/tariffs.toml`, made into a static by the build.
#[derive(Debug)]
pub struct Tariff {
    /// The service's id (`Service::id`).
    pub service: &'static str,
    /// The section the row was read from (the same as the service's: a test checks).
    pub section: Section,
    pub fees: Fees,
    /// State duty as a multiple of the MCI; `None` where the guide gives none (a dash or no column).
    pub state_duty: Option<Mci>,
    /// `None` where the guide gives no time (the extension sections).
    pub processing: Option<Processing>,
    /// True where the section's note says the time «мемлекеттік орган тарапынан ... күнтізбелік 30
    /// күнге дейін ұзартылуы мүмкін» (may be extended by up to 30 calendar days on the state
    /// body's side). The rule, its days and its note, is `shared::STATE_DELAY`: the note is added
    /// to the quote's notes, first, and the days to its latest ready date.
    pub state_delay: bool,
}

/// The fee table of a section.
#[derive(Debug)]
pub enum Fees {
    /// The guide gives no fee table for this section (the extension sections).
    NotListed,
    /// One row.
    Single(&'static [Fee]),
    /// Several rows: the visitor picks one (`variant`).
    ByVariant(&'static [(Variant, &'static [Fee])]),
}

/// One amount of a fee table, in whole tenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fee {
    pub tier: Tier,
    pub kzt: u32,
}

/// The columns of the guide's fee tables, named by their headers (the footnote marks are not
/// used: «*» means walk-in in some tables and personal manager in others).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Сервистік алым - service fee.
    Standard,
    /// Сервистік алым (Walk-in) - priority submission of documents.
    WalkIn,
    /// Сервистік алым (дербес менеджер) - full support through a personal manager.
    PersonalManager,
}

/// A row of a fee table with several rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// «2 жылға дейін»
    UpTo2Years,
    /// «3-тен 5 жылға дейін»
    ThreeTo5Years,
    /// «Қызметкер үшін»
    Employee,
    /// «Сарапшы үшін»
    Expert,
}

/// A state duty as a multiple of the monthly calculation index: `mantissa / 10^scale` MCI
/// (0.5 MCI is `Mci { mantissa: 5, scale: 1 }`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mci {
    pub mantissa: i64,
    pub scale: u32,
}

/// How long the Centre takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Processing {
    /// Working days, a range when `min < max` («3-5 жұмыс күні»).
    WorkingDays { min: u16, max: u16 },
    /// Minutes, the same day («20-30 минут»).
    Minutes { min: u16, max: u16 },
}

/// The step after the Centre: at an embassy, or an embassy or international airport.
#[derive(Debug)]
pub struct NextStep {
    pub place: Place,
    /// The guide's list for that step, one entry per bullet.
    pub documents: &'static [Doc],
    pub notes: &'static [Note],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// «Қазақстан елшілігінде / Қазақстанның халықаралық әуежайында»
    EmbassyOrAirport,
    /// «Қазақстан елшілігінде» (A6 only)
    Embassy,
}

/// The guide's warning that the state body may take longer than a service's processing time, as
/// a rule: how many calendar days it may add after the latest ready date, and the note saying so.
#[derive(Debug)]
pub struct StateDelay {
    pub calendar_days: u16,
    pub note: Note,
}

/// A note shown to the visitor.
#[derive(Debug)]
pub struct Note {
    pub kind: NoteKind,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// The guide says so.
    Guide,
    /// The guide is silent or inconsistent here; the text says so and what we did.
    GuideSilent,
}
