//! The WebAssembly boundary: the only module that knows `JsValue`. Each export checks that its
//! argument has the right JavaScript shape (`read`: own data properties only, sizes checked
//! before copying, no caller code run through wasm), hands a plain Rust request to `api`, and
//! turns the answer into plain JavaScript objects - or an `Error` whose `code` is one of
//! `error::Code` (`out`).

mod out;
mod read;
mod team;

use chrono::{NaiveDate, NaiveDateTime};
use js_sys::Date;
use wasm_bindgen::prelude::*;

use crate::api;
pub use crate::api::MAX_PEOPLE;
use crate::error::{Code, Error};
use out::{answer, invalid, js_error, to_js, JsResult};
use read::{object, Obj};
pub use read::{MAX_CHARS, MAX_KEYS};
pub use team::MAX_TEXT_BYTES;

// The package's declarations: the hand-written part (the functions' requests, the vocabulary)
// and the answers, generated from crates/api/src/out/ (`out::typescript` there). wasm-bindgen
// moves them into pkg/aifc_eligibility.d.ts and drops the section from the wasm.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = concat!(include_str!("../types.d.ts"), "\n", include_str!("../types/answers.d.ts"));

/// A request: a plain object (not an array, function or null) whose own keys are all `allowed`.
/// Unknown ("junk") keys are refused by the object's own property names.
fn read_request(value: &JsValue, call: &str, allowed: &[&str]) -> Result<Obj, JsValue> {
    let shape = || format!("{{{}}}", allowed.join(", "));
    let obj = object(value, call, &|| format!("{call}() takes an object {}", shape()))?;
    if let Some(extra) = obj.keys.iter().find(|n| !allowed.contains(&n.as_str())) {
        let extra = crate::facts::quoted(extra);
        return Err(invalid(format!("{call}(): unknown field {extra}; expected {}", shape())));
    }
    Ok(obj)
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
        Some(read::string(&lang, "services")?.ok_or_else(|| {
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
pub fn quote(#[wasm_bindgen(unchecked_param_type = "QuoteRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "quote";
    let o = read_request(&request, CALL, &["service", "variant", "lang", "date"])?;
    let req = api::QuoteRequest {
        service: o.req_string("service", CALL)?,
        variant: o.opt_string("variant", CALL)?,
        lang: o.opt_string("lang", CALL)?,
        date: o.opt_string("date", CALL)?,
    };
    answer(api::quote(&req, today()))
}

/// The next question for these answers, or the outcome.
#[wasm_bindgen(unchecked_return_type = "Evaluation")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "EvaluateRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "evaluate";
    let o = read_request(&request, CALL, &["answers", "lang", "date"])?;
    let answers_ = o.field("answers", CALL)?;
    if answers_.is_undefined() {
        return Err(invalid("evaluate(): missing field \"answers\"".to_string()));
    }
    // Any own key is an answer here; the engine checks each against the facts it knows.
    let answers_obj =
        object(&answers_, CALL, &|| "evaluate(): field \"answers\" must be an object of fact: value".to_string())?;
    let mut answers = std::collections::BTreeMap::new();
    for name in &answers_obj.keys {
        let value = answers_obj.field(name, CALL)?;
        answers.insert(name.clone(), read::raw(&value, CALL)?);
    }
    let req = api::EvaluateRequest { answers, lang: o.opt_string("lang", CALL)?, date: o.opt_string("date", CALL)? };
    answer(api::evaluate(&req, today()))
}

/// Each person's services, costs and dates, and the team's totals (`team` reads the people).
#[wasm_bindgen(unchecked_return_type = "TeamPlan")]
pub fn plan(#[wasm_bindgen(unchecked_param_type = "PlanRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "plan";
    let o = read_request(&request, CALL, &["people", "lang", "date", "withPath"])?;
    let people = team::people(&o.field("people", CALL)?)?;
    let (lang, date) = (o.opt_string("lang", CALL)?, o.opt_string("date", CALL)?);
    let req = api::PlanRequest { people, lang, date, with_path: o.opt_bool("withPath", CALL)?.unwrap_or(false) };
    answer(api::plan(&req, today()))
}

/// Whether a `YYYY-MM-DD` date is a working day in Kazakhstan.
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<bool, JsValue> {
    let s = read::string(&date, "isWorkingDay")?
        .ok_or_else(|| js_error(Error::new(Code::InvalidDate, "isWorkingDay(date) takes a YYYY-MM-DD string")))?;
    api::is_working_day(&s).map_err(js_error)
}

/// The `days`-th working day after `from` (before it, for negative `days`).
#[wasm_bindgen(js_name = addWorkingDays, unchecked_return_type = "string")]
pub fn add_working_days(#[wasm_bindgen(unchecked_param_type = "AddWorkingDaysRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "addWorkingDays";
    let o = read_request(&request, CALL, &["from", "days"])?;
    let days = o.field("days", CALL)?;
    let req = api::AddWorkingDaysRequest {
        from: o.req_string("from", CALL)?,
        days: days.as_f64().ok_or_else(|| invalid("addWorkingDays(): field \"days\" must be a number".to_string()))?,
    };
    api::add_working_days(&req).map(JsValue::from).map_err(js_error)
}

/// When to apply for the extension of a visa expiring on `expires`.
#[wasm_bindgen(js_name = extensionWindow, unchecked_return_type = "ExtensionWindow")]
pub fn extension_window(#[wasm_bindgen(unchecked_param_type = "ExtensionWindowRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "extensionWindow";
    let o = read_request(&request, CALL, &["expires", "lang", "date"])?;
    let req = api::WindowRequest {
        expires: o.req_string("expires", CALL)?,
        lang: o.opt_string("lang", CALL)?,
        date: o.opt_string("date", CALL)?,
    };
    answer(api::extension_window(&req, today()))
}

/// An RFC 5545 calendar file (text) with the extension window's dates.
#[wasm_bindgen(js_name = extensionIcs, unchecked_return_type = "string")]
pub fn extension_ics(#[wasm_bindgen(unchecked_param_type = "ExtensionIcsRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "extensionIcs";
    let o = read_request(&request, CALL, &["expires", "lang"])?;
    let req =
        api::WindowRequest { expires: o.req_string("expires", CALL)?, lang: o.opt_string("lang", CALL)?, date: None };
    let utc_now = crate::calendar::utc_from_millis(Date::now() as i64)
        .unwrap_or_else(|_| crate::calendar::SUPPORTED_FROM.and_time(chrono::NaiveTime::MIN));
    api::extension_ics(&req, utc_now).map(JsValue::from).map_err(js_error)
}

/// The Centre's office: open or closed now, hours, phones, e-mail and address.
#[wasm_bindgen(unchecked_return_type = "Office")]
pub fn office(#[wasm_bindgen(unchecked_optional_param_type = "OfficeRequest")] request: Option<JsValue>) -> JsResult {
    let request = request.unwrap_or(JsValue::UNDEFINED);
    const CALL: &str = "office";
    let req = if request.is_undefined() {
        api::OfficeRequest::default()
    } else {
        let o = read_request(&request, CALL, &["lang", "at"])?;
        api::OfficeRequest { lang: o.opt_string("lang", CALL)?, at: o.opt_string("at", CALL)? }
    };
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
    let tag =
        read::string(&lang, CALL)?.ok_or_else(|| invalid(format!("{CALL}(lang, texts): lang must be a string")))?;
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
