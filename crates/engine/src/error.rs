//! Errors are values: a stable machine code and a message a developer can act on.

use core::fmt;

/// The documented set of error codes. The strings are public API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The request is not of the documented shape: wrong type, missing or unknown field.
    InvalidRequest,
    /// `service` names no service of the catalog.
    UnknownService,
    /// An answer names an unknown fact, or gives a value the fact does not take.
    InvalidAnswer,
    /// A date is not a real `YYYY-MM-DD` date, or is outside the supported range.
    InvalidDate,
    /// The service has several fee rows and no `variant` was given.
    MissingVariant,
    /// `variant` is not one of the service's fee rows.
    UnknownVariant,
    /// `lang` is not `en`, `ru` or `kk`.
    UnsupportedLanguage,
    /// The package loads each language's texts on demand (`loadLanguage`) and this one's are not
    /// loaded yet.
    LanguageNotLoaded,
    /// A number is out of its documented range.
    OutOfRange,
    /// The request is bigger than the documented bound (too many keys, too long a string); refused
    /// before it is copied into the engine.
    TooLarge,
    /// A fault in the engine itself, never the caller's: please report it.
    Internal,
}

impl Code {
    pub const ALL: [Code; 11] = [
        Code::InvalidRequest,
        Code::UnknownService,
        Code::InvalidAnswer,
        Code::InvalidDate,
        Code::MissingVariant,
        Code::UnknownVariant,
        Code::UnsupportedLanguage,
        Code::LanguageNotLoaded,
        Code::OutOfRange,
        Code::TooLarge,
        Code::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidRequest => "invalid-request",
            Code::UnknownService => "unknown-service",
            Code::InvalidAnswer => "invalid-answer",
            Code::InvalidDate => "invalid-date",
            Code::MissingVariant => "missing-variant",
            Code::UnknownVariant => "unknown-variant",
            Code::UnsupportedLanguage => "unsupported-language",
            Code::LanguageNotLoaded => "language-not-loaded",
            Code::OutOfRange => "out-of-range",
            Code::TooLarge => "too-large",
            Code::Internal => "internal",
        }
    }
}

/// An error with a stable [`Code`] and a human message (English: it is for developers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub code: Code,
    pub message: String,
}

impl Error {
    pub fn new(code: Code, message: impl Into<String>) -> Error {
        Error { code, message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

pub type Result<T> = core::result::Result<T, Error>;
