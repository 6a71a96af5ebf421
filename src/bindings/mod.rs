//! The WebAssembly boundary: the only module that knows `JsValue`. An export that takes a request
//! object is given it as JSON text, written by the package's guard (src/glue.js) from the
//! caller's own data properties (no getter run, sizes capped, every throw caught), so no caller
//! code runs while wasm is on the stack. Each reads its request with serde (`request`), hands a
//! plain Rust request to `api`, and turns the answer into plain JavaScript objects - or an `Error`
//! whose `code` is one of `error::Code` (`out`). (The TypeScript types name the caller's object,
//! which the guard takes.)

mod out;
mod request;
mod team;

use chrono::{NaiveDate, NaiveDateTime};
use js_sys::Date;
use wasm_bindgen::prelude::*;

use crate::api;
pub use crate::api::MAX_PEOPLE;
use crate::error::{Code, Error};
use out::{answer, invalid, js_error, to_js, JsResult};
use request::{opt_string, read, req_string};

// The package's declarations: the hand-written part (the functions' requests, the vocabulary)
// and the answers, generated from crates/api/src/out/ (`out::typescript` there). wasm-bindgen
// moves them into pkg/aifc_eligibility.d.ts and drops the section from the wasm.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = concat!(include_str!("../types.d.ts"), "\n", include_str!("../types/answers.d.ts"));

/// The most a string argument may hold, in UTF-16 code units (the longest valid value is a
/// service id of 47 characters); the guard caps the strings of a request the same.
pub const MAX_CHARS: u32 = 1_000;

/// A string argument (a language tag, a date) as a Rust string if it is a JS string, its length
/// checked first (`length` of a primitive string runs no caller code).
fn string(v: &JsValue, call: &str) -> Result<Option<String>, JsValue> {
    if !v.is_string() {
        return Ok(None);
    }
    if v.unchecked_ref::<js_sys::JsString>().length() > MAX_CHARS {
        return Err(out::too_large(format!("{call}(): a string is longer than {MAX_CHARS} characters")));
    }
    Ok(v.as_string())
}

/// Now, in Astana (UTC+5).
fn now() -> NaiveDateTime {
    // Date.now() is always a valid instant; the fallback only keeps this total.
    crate::calendar::astana_from_millis(Date::now() as i64)
        .unwrap_or_else(|_| crate::calendar::SUPPORTED_FROM.and_time(chrono::NaiveTime::MIN))
}

fn today() -> NaiveDate {
    now().date()
}

/// The package version and the guide edition it encodes.
#[wasm_bindgen(unchecked_return_type = "VersionInfo")]
pub fn version() -> JsResult {
    to_js(&api::version(today()))
}

/// Every service of the guide, in the guide's order.
#[wasm_bindgen(unchecked_return_type = "ServiceSummary[]")]
pub fn services(#[wasm_bindgen(unchecked_optional_param_type = "LangTag")] lang: Option<JsValue>) -> JsResult {
    let lang = lang.unwrap_or(JsValue::UNDEFINED);
    let tag = if lang.is_undefined() || lang.is_null() {
        None
    } else {
        Some(string(&lang, "services")?.ok_or_else(|| {
            js_error(Error::new(
                Code::InvalidRequest,
                format!("services(lang): lang must be a string: {}", crate::lang::tags_list()),
            ))
        })?)
    };
    answer(api::lang(tag.as_deref()).map(|lang| api::services(lang, today())))
}

/// Fees, state duty, processing time, documents and next steps of one service.
#[wasm_bindgen(unchecked_return_type = "Quote")]
pub fn quote(#[wasm_bindgen(unchecked_param_type = "QuoteRequest")] request: &str) -> JsResult {
    const CALL: &str = "quote";
    let o = read(request, CALL, &["service", "variant", "lang", "date"])?;
    let req = api::QuoteRequest {
        service: req_string(o.service, "service", CALL)?,
        variant: opt_string(o.variant, "variant", CALL)?,
        lang: opt_string(o.lang, "lang", CALL)?,
        date: opt_string(o.date, "date", CALL)?,
    };
    answer(api::quote(&req, today()))
}

/// The next question for these answers, or the outcome.
#[wasm_bindgen(unchecked_return_type = "Evaluation")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "EvaluateRequest")] request: &str) -> JsResult {
    const CALL: &str = "evaluate";
    let o = read(request, CALL, &["answers", "lang", "date"])?;
    let answers = match o.answers {
        Some(request::Loose::Map(answers)) => request::raw_answers(answers),
        None => return Err(invalid("evaluate(): missing field \"answers\"".to_string())),
        Some(_) => return Err(invalid("evaluate(): field \"answers\" must be an object of fact: value".to_string())),
    };
    let req = api::EvaluateRequest {
        answers,
        lang: opt_string(o.lang, "lang", CALL)?,
        date: opt_string(o.date, "date", CALL)?,
    };
    answer(api::evaluate(&req, today()))
}

/// Each person's services, costs and dates, and the team's totals (`team` reads the people).
#[wasm_bindgen(unchecked_return_type = "TeamPlan")]
pub fn plan(#[wasm_bindgen(unchecked_param_type = "PlanRequest")] request: &str) -> JsResult {
    const CALL: &str = "plan";
    let o = read(request, CALL, &["people", "lang", "date", "withPath"])?;
    let people = team::people(o.people)?;
    let (lang, date) = (opt_string(o.lang, "lang", CALL)?, opt_string(o.date, "date", CALL)?);
    let with_path = match o.with_path {
        None => false,
        Some(request::Loose::Bool(b)) => b,
        Some(_) => return Err(invalid("plan(): field \"withPath\" must be true or false".to_string())),
    };
    let req = api::PlanRequest { people, lang, date, with_path };
    answer(api::plan(&req, today()))
}

/// Whether a `YYYY-MM-DD` date is a working day in Kazakhstan.
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<bool, JsValue> {
    let s = string(&date, "isWorkingDay")?
        .ok_or_else(|| js_error(Error::new(Code::InvalidDate, "isWorkingDay(date) takes a YYYY-MM-DD string")))?;
    api::is_working_day(&s).map_err(js_error)
}

/// The `days`-th working day after `from` (before it, for negative `days`).
#[wasm_bindgen(js_name = addWorkingDays, unchecked_return_type = "string")]
pub fn add_working_days(#[wasm_bindgen(unchecked_param_type = "AddWorkingDaysRequest")] request: &str) -> JsResult {
    const CALL: &str = "addWorkingDays";
    let o = read(request, CALL, &["from", "days"])?;
    let days = match o.days {
        Some(request::Loose::Num(n)) => n,
        _ => return Err(invalid("addWorkingDays(): field \"days\" must be a number".to_string())),
    };
    let req = api::AddWorkingDaysRequest { from: req_string(o.from, "from", CALL)?, days };
    api::add_working_days(&req).map(JsValue::from).map_err(js_error)
}

/// When to apply for the extension of a visa expiring on `expires`.
#[wasm_bindgen(js_name = extensionWindow, unchecked_return_type = "ExtensionWindow")]
pub fn extension_window(#[wasm_bindgen(unchecked_param_type = "ExtensionWindowRequest")] request: &str) -> JsResult {
    const CALL: &str = "extensionWindow";
    let o = read(request, CALL, &["expires", "lang", "date"])?;
    let req = api::WindowRequest {
        expires: req_string(o.expires, "expires", CALL)?,
        lang: opt_string(o.lang, "lang", CALL)?,
        date: opt_string(o.date, "date", CALL)?,
    };
    answer(api::extension_window(&req, today()))
}

/// An RFC 5545 calendar file (text) with the extension window's dates.
#[wasm_bindgen(js_name = extensionIcs, unchecked_return_type = "string")]
pub fn extension_ics(#[wasm_bindgen(unchecked_param_type = "ExtensionIcsRequest")] request: &str) -> JsResult {
    const CALL: &str = "extensionIcs";
    let o = read(request, CALL, &["expires", "lang"])?;
    let req = api::WindowRequest {
        expires: req_string(o.expires, "expires", CALL)?,
        lang: opt_string(o.lang, "lang", CALL)?,
        date: None,
    };
    let utc_now = crate::calendar::utc_from_millis(Date::now() as i64)
        .unwrap_or_else(|_| crate::calendar::SUPPORTED_FROM.and_time(chrono::NaiveTime::MIN));
    api::extension_ics(&req, utc_now).map(JsValue::from).map_err(js_error)
}

/// The Centre's office: open or closed now, hours, phones, e-mail and address.
#[wasm_bindgen(unchecked_return_type = "Office")]
pub fn office(#[wasm_bindgen(unchecked_optional_param_type = "OfficeRequest")] request: Option<String>) -> JsResult {
    const CALL: &str = "office";
    // No request at all (`office()`): now, in English.
    let o = match request {
        None => request::Request::default(),
        Some(json) => read(&json, CALL, &["lang", "at"])?,
    };
    let req = api::OfficeRequest { lang: opt_string(o.lang, "lang", CALL)?, at: opt_string(o.at, "at", CALL)? };
    answer(api::office(&req, now()))
}

/// The most a file of one language's texts may hold, in UTF-16 units (each is under 100,000).
const MAX_TEXTS: u32 = 1 << 20;

/// Loads one language's texts (the package's `aifc_eligibility_texts_<lang>.txt`, as text): until
/// then a request in that language is refused with `language-not-loaded`. Loading one again
/// changes nothing.
#[wasm_bindgen(js_name = loadLanguage)]
pub fn load_language(
    #[wasm_bindgen(unchecked_param_type = "Lang")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] texts: JsValue,
) -> Result<(), JsValue> {
    const CALL: &str = "loadLanguage";
    let tag = string(&lang, CALL)?.ok_or_else(|| invalid(format!("{CALL}(lang, texts): lang must be a string")))?;
    let lang = crate::lang::Lang::parse(&tag).ok_or_else(|| {
        js_error(Error::new(
            Code::UnsupportedLanguage,
            format!("{} is not a supported language: use {}", crate::facts::quoted(&tag), crate::lang::tags_list()),
        ))
    })?;
    if !texts.is_string() {
        return Err(invalid(format!("{CALL}(lang, texts): texts must be the text of the language's file")));
    }
    // `length` of a primitive string runs no caller code.
    if texts.unchecked_ref::<js_sys::JsString>().length() > MAX_TEXTS {
        return Err(out::too_large(format!("{CALL}(): texts longer than {MAX_TEXTS} characters")));
    }
    let text = texts.as_string().unwrap_or_default();
    let first = !crate::lang::loaded(lang);
    // The caller's tag is quoted shortened (a tag such as `en-` and 400 more characters is a
    // language too); the language is named by its own tag.
    crate::lang::load(lang, &text).map_err(|e| {
        let given = crate::facts::quoted(&tag);
        invalid(format!("{CALL}({given}, texts): texts is not this package's file of {lang} texts ({e:?})"))
    })?;
    // The file the engine took (the first for its language) is the one a restart loads again.
    if first && crate::lang::loaded(lang) {
        out::keep_texts(lang as u32, &texts);
    }
    Ok(())
}

/// The ISO 3166-1 alpha-2 codes a `citizenship` answer may take.
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn countries() -> JsResult {
    to_js(&api::countries())
}

/// Where wasm's stack is when JavaScript calls in: the same number on every call while the
/// module is healthy. An exception that unwinds through wasm frames never restores the stack
/// pointer; the package's guard (src/glue.js) compares this mark after any error and replaces the
/// instance when it moved. Not public API (left out of the TypeScript types).
#[wasm_bindgen(js_name = __aifcStackMark, skip_typescript)]
pub fn stack_mark() -> usize {
    let local = 0u8;
    // The address of a local that escapes lives on wasm's shadow stack.
    core::hint::black_box(&local) as *const u8 as usize
}
