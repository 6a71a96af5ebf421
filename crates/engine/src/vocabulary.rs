//! The engine's vocabularies, each defined once: an enum whose variants are written in the code
//! (a misspelt one does not compile, at the line that misspells it) and whose stable public ids
//! (`id()`, the strings in the answers and the requests) are written beside them.
//!
//! `vocabulary!` makes the enum and its ids from one list: the catalog's vocabularies and the
//! answers' facts and choices (public API, `answers` in the JS API; `facts.rs` checks an answer
//! against its fact) are below; the service ids are generated from the guide's data
//! (`catalog::ServiceId`). The build script reads this file too (`build/catalog.rs`): it checks
//! the names the data files give against these enums and writes their variants, so a name the
//! engine does not know stops the build saying which file and service name it.

/// An id that names nothing of a vocabulary (`FromStr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownId;

impl core::fmt::Display for UnknownId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("unknown id")
    }
}

/// `vocabulary! { pub enum Name { Variant = "stable-id", ... } }`: the enum (`Copy`, `Eq`, `Ord`,
/// `Hash`, `Debug`), `ALL` in the order given, `id()` (and `as_str()`, the same), `parse`,
/// `FromStr`, `AsRef<str>` and `Display` (the id).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order of the list.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// The stable public id.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The stable public id (the same as `id`).
            pub const fn as_str(self) -> &'static str {
                self.id()
            }

            /// The value with this id (a search of `ALL`: smaller in the wasm than a `match` on strings).
            pub fn parse(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.id() == id)
            }
        }

        impl core::str::FromStr for $name {
            type Err = $crate::vocabulary::UnknownId;
            fn from_str(id: &str) -> core::result::Result<$name, Self::Err> {
                $name::parse(id).ok_or($crate::vocabulary::UnknownId)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.id()
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}
#[allow(unused_imports)] // the build script mounts this file and uses the macro only here
pub(crate) use vocabulary;

vocabulary! {
    /// The guide's chapters, in the guide's order.
    pub enum Chapter {
        /// ЖҰМЫС ВИЗАСЫ
        WorkVisa = "work-visa",
        /// ИНВЕСТОРЛЫҚ ВИЗА
        InvestorVisa = "investor-visa",
        /// ТҰРУҒА ЫҚТИЯРХАТ
        ResidencePermit = "residence-permit",
        /// УАҚЫТША ТҰРУҒА РҰҚСАТ
        TemporaryResidencePermit = "temporary-residence-permit",
        /// ҚЫСҚА МЕРЗІМДІ ІСКЕРЛІК ВИЗА
        ShortTermBusinessVisa = "short-term-business-visa",
        /// ҰЗАҚ МЕРЗІМДІ ІСКЕРЛІК ВИЗА
        LongTermBusinessVisa = "long-term-business-visa",
        /// ВИЗАНЫҢ КҮШІН ЖОЮ
        VisaCancellation = "visa-cancellation",
        /// КӨШІ-ҚОН ЖӘНЕ САЛЫҚ БАСҚА ҚЫЗМЕТТЕРІ
        OtherServices = "other-services",
        /// БІЛІКТІЛІК ТАЛАПТАРЫНАН БОСАТУ НЕМЕСЕ ӨЗГЕРТУ ҮШІН ӨТІНІШТЕРДІ ҚАБЫЛДАУ
        QualificationExemption = "qualification-exemption",
    }
}

vocabulary! {
    /// Who provides a document. The guide lists documents per service without saying who brings
    /// them; each document's provider is read from its own words (a letter "from the host party", an
    /// order of the legal entity, a certificate from the company's Egov.kz account).
    pub enum Provider {
        /// The host company (the AIFC participant or body), or the legal entity that applies.
        Company = "company",
        /// The person the service is for.
        Applicant = "applicant",
        /// A family member coming with the applicant.
        Family = "family",
        /// Not a document: advice the guide writes among the documents (consular fees, a letter no
        /// longer needed). Shown as advice, never as a box to tick.
        Advice = "advice",
    }
}

vocabulary! {
    /// A condition the guide attaches to a document. Some filter the list by the visitor's answers
    /// (see `flow::facts`); the others are shown beside the document.
    pub enum Cond {
        /// «егер бар болса» - if any. Never filters: the visitor brings it if they have one.
        IfAny = "if-any",
        /// For a representative office or branch. Filtered out when `branch` is false.
        Branch = "branch",
        /// «Отбасы мүшесінің визасы үшін» - for a family member's visa. Filtered out when `family` is
        /// false.
        FamilyMember = "family-member",
        /// «Отбасы мүшелеріне арналған» - for family members (the temporary residence permit's list,
        /// which is no visa). Filtered out when `family` is false.
        FamilyMembers = "family-members",
        /// «шетелдік қызметкер(лер) үшін» - for the foreign employee (the main applicant, not a family
        /// member, and not an expert). Filtered out when `role` is `expert`.
        ForeignEmployee = "foreign-employee",
        /// «Қызметкерлер үшін» - for employees. Filtered out when `role` is `expert`.
        Employees = "employees",
        /// For category B2. Filtered out when `category` is `B3`.
        CategoryB2 = "category-b2",
        /// For category B3. Filtered out when `category` is `B2`.
        CategoryB3 = "category-b3",
        /// For an individual. Filtered out when `applicantType` is `legal-entity`.
        Individual = "individual",
        /// For a legal entity. Filtered out when `applicantType` is `individual`.
        LegalEntity = "legal-entity",
        /// For a child aged 14 to 18. Shown, not filtered.
        Child14To18 = "child-14-to-18",
        /// For family members and foreign nationals under a civil-law contract. Filtered out when the
        /// foreign national is an employee (`role`) applying without family (`family` false).
        FamilyOrCivilContract = "family-or-civil-contract",
        /// Only for the first application («бастапқы өтініш»): not needed later once a certificate was
        /// issued on the first one. Shown, not filtered (the flow does not ask).
        FirstApplication = "first-application",
        /// Optional material that may help the application. Shown, not filtered.
        Optional = "optional",
    }
}

vocabulary! {
    /// The columns of the guide's fee tables, named by their headers (the footnote marks are not
    /// used: «*» means walk-in in some tables and personal manager in others).
    pub enum Tier {
        /// Сервистік алым - service fee.
        Standard = "standard",
        /// Сервистік алым (Walk-in) - priority submission of documents.
        WalkIn = "walk-in",
        /// Сервистік алым (дербес менеджер) - full support through a personal manager.
        PersonalManager = "personal-manager",
    }
}

vocabulary! {
    /// A row of a fee table with several rows.
    pub enum Variant {
        /// «2 жылға дейін»
        UpTo2Years = "up-to-2-years",
        /// «3-тен 5 жылға дейін»
        ThreeTo5Years = "3-to-5-years",
        /// «Қызметкер үшін»
        Employee = "employee",
        /// «Сарапшы үшін»
        Expert = "expert",
    }
}

vocabulary! {
    /// The place of the step after the Centre.
    pub enum Place {
        /// «Қазақстан елшілігінде / Қазақстанның халықаралық әуежайында»
        EmbassyOrAirport = "embassy-or-airport",
        /// «Қазақстан елшілігінде» (A6 only)
        Embassy = "embassy",
    }
}

vocabulary! {
    /// The kind of a note shown to the visitor.
    pub enum NoteKind {
        /// The guide says so.
        Guide = "guide",
        /// The guide is silent or inconsistent here; the text says so and what we did.
        GuideSilent = "guide-silent",
    }
}

vocabulary! {
    /// A fact the flow may ask for, by the name the answers give it.
    pub enum Fact {
        Need = "need",
        Location = "location",
        Citizenship = "citizenship",
        StayDays = "stayDays",
        Role = "role",
        Term = "term",
        InvestmentResident = "investmentResident",
        Category = "category",
        Family = "family",
        Branch = "branch",
        MeetsQualifications = "meetsQualifications",
        Visa = "visa",
        SameHost = "sameHost",
        VisaExpires = "visaExpires",
        ApplicantType = "applicantType",
    }
}

vocabulary! {
    /// Every value a choice question takes (`Kind::Choice` says which a fact offers). One value
    /// may answer two questions ("work" is a need and a visa): the flow's check (`flow/check.rs`)
    /// keeps a test to the values its fact offers.
    pub enum Choice {
        Work = "work",
        Invest = "invest",
        BusinessVisit = "business-visit",
        BusinessMulti = "business-multi",
        ResidencePermit = "residence-permit",
        Extend = "extend",
        Cancel = "cancel",
        ArrivalNotification = "arrival-notification",
        Iin = "iin",
        TaxResidency = "tax-residency",
        DigitalSignature = "digital-signature",
        Fingerprinting = "fingerprinting",
        QualificationExemption = "qualification-exemption",
        Inside = "inside",
        Outside = "outside",
        Employee = "employee",
        Expert = "expert",
        UpTo2Years = "up-to-2-years",
        ThreeTo5Years = "3-to-5-years",
        B2 = "B2",
        B3 = "B3",
        Investor = "investor",
        BusinessSingle = "business-single",
        Trp = "trp",
        Individual = "individual",
        LegalEntity = "legal-entity",
    }
}
