//! The WebAssembly boundary: the only module that knows `JsValue`. Each export checks that its
//! argument has the right JavaScript shape, hands a plain Rust request to `api`, and turns the
//! answer into plain JavaScript objects - or an `Error` whose `code` is one of `error::Code`.

use chrono::{NaiveDate, NaiveDateTime};
use js_sys::{Array, Date, Object, Reflect};
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::error::{Code, Error};
use crate::flow::facts::{quoted, Raw};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

type JsResult = Result<JsValue, JsValue>;

/// A JS `Error` with a stable `code`.
fn js_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(&e.message);
    err.set_name("AifcEligibilityError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code.as_str()));
    err.into()
}

fn to_js<T: Serialize>(value: &T) -> JsResult {
    value
        .serialize(&Serializer::json_compatible())
        .map_err(|e| js_error(Error::new(Code::InvalidRequest, format!("could not build the answer: {e}"))))
}

/// A request: a plain object (not an array, function or null) whose own keys are all `allowed`.
/// serde-wasm-bindgen reads only the fields a struct declares, so unknown ("junk") keys are
/// checked here, by the object's own property names.
fn read_request(value: &JsValue, call: &str, allowed: &[&str]) -> Result<Object, JsValue> {
    let shape = || format!("{{{}}}", allowed.join(", "));
    let obj = plain_object(value).ok_or_else(|| invalid(format!("{call}() takes an object {}", shape())))?;
    let names = own_names(&obj, call)?;
    if let Some(extra) = names.iter().find(|n| !allowed.contains(&n.as_str())) {
        return Err(invalid(format!("{call}(): unknown field {}; expected {}", quoted(extra), shape())));
    }
    Ok(obj)
}

/// The value as an object, if it is one and not an array or a function.
fn plain_object(value: &JsValue) -> Option<Object> {
    (value.is_object() && !Array::is_array(value) && !value.is_function()).then(|| value.clone().unchecked_into())
}

fn invalid(message: String) -> JsValue {
    js_error(Error::new(Code::InvalidRequest, message))
}

/// The object's own string keys (a Proxy that throws is an invalid request, not a crash).
fn own_names(obj: &Object, call: &str) -> Result<Vec<String>, JsValue> {
    let names =
        js_sys::Reflect::own_keys(obj).map_err(|_| invalid(format!("{call}(): the object's keys cannot be read")))?;
    let mut out = Vec::with_capacity(names.length() as usize);
    for key in names.iter() {
        match key.as_string() {
            Some(k) => out.push(k),
            None => return Err(invalid(format!("{call}(): symbol keys are not allowed"))),
        }
    }
    Ok(out)
}

fn field(obj: &Object, name: &str, call: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(name))
        .map_err(|_| invalid(format!("{call}(): field \"{name}\" cannot be read")))
}

/// An optional string field (`undefined` or `null` when absent).
fn opt_string(obj: &Object, name: &str, call: &str) -> Result<Option<String>, JsValue> {
    let v = field(obj, name, call)?;
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or_else(|| invalid(format!("{call}(): field \"{name}\" must be a string")))
}

fn req_string(obj: &Object, name: &str, call: &str) -> Result<String, JsValue> {
    opt_string(obj, name, call)?.ok_or_else(|| invalid(format!("{call}(): missing field \"{name}\"")))
}

/// An answer value as the engine takes it: a string, a number or a boolean.
fn raw(v: &JsValue) -> Raw {
    if let Some(s) = v.as_string() {
        Raw::Str(s)
    } else if let Some(n) = v.as_f64() {
        Raw::Num(n)
    } else if let Some(b) = v.as_bool() {
        Raw::Bool(b)
    } else if v.is_null() {
        Raw::Other("null")
    } else if v.is_undefined() {
        Raw::Other("undefined")
    } else if Array::is_array(v) {
        Raw::Other("an array")
    } else {
        Raw::Other("an object")
    }
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

fn answer<T: Serialize>(result: Result<T, Error>) -> JsResult {
    result.map_err(js_error).and_then(|v| to_js(&v))
}

/// The package version and the guide edition it encodes.
#[wasm_bindgen(unchecked_return_type = "VersionInfo")]
pub fn version() -> JsResult {
    to_js(&api::version())
}

/// Every service of the guide, in the guide's order.
#[wasm_bindgen(unchecked_return_type = "ServiceSummary[]")]
pub fn services(#[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>) -> JsResult {
    let tag = optional_string(&lang.unwrap_or(JsValue::UNDEFINED), "services(lang)")?;
    answer(api::lang(tag.as_deref()).map(api::services))
}

/// Fees, state duty, processing time, documents and next steps of one service.
#[wasm_bindgen(unchecked_return_type = "Quote")]
pub fn quote(#[wasm_bindgen(unchecked_param_type = "QuoteRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "quote";
    let o = read_request(&request, CALL, &["service", "variant", "lang", "date"])?;
    let req = api::QuoteRequest {
        service: req_string(&o, "service", CALL)?,
        variant: opt_string(&o, "variant", CALL)?,
        lang: opt_string(&o, "lang", CALL)?,
        date: opt_string(&o, "date", CALL)?,
    };
    answer(api::quote(&req, today()))
}

/// The next question for these answers, or the outcome.
#[wasm_bindgen(unchecked_return_type = "Evaluation")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "EvaluateRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "evaluate";
    let o = read_request(&request, CALL, &["answers", "lang", "date"])?;
    let answers_ = field(&o, "answers", CALL)?;
    if answers_.is_undefined() {
        return Err(invalid("evaluate(): missing field \"answers\"".to_string()));
    }
    // Any own key is an answer here; the engine checks each against the facts it knows.
    let answers_obj = plain_object(&answers_)
        .ok_or_else(|| invalid("evaluate(): field \"answers\" must be an object of fact: value".to_string()))?;
    let mut answers = std::collections::BTreeMap::new();
    for name in own_names(&answers_obj, CALL)? {
        let value = field(&answers_obj, &name, CALL)?;
        answers.insert(name, raw(&value));
    }
    let req =
        api::EvaluateRequest { answers, lang: opt_string(&o, "lang", CALL)?, date: opt_string(&o, "date", CALL)? };
    answer(api::evaluate(&req, today()))
}

/// Whether a `YYYY-MM-DD` date is a working day in Kazakhstan.
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<bool, JsValue> {
    let s = date
        .as_string()
        .ok_or_else(|| js_error(Error::new(Code::InvalidDate, "isWorkingDay(date) takes a YYYY-MM-DD string")))?;
    api::is_working_day(&s).map_err(js_error)
}

/// The `days`-th working day after `from` (before it, for negative `days`).
#[wasm_bindgen(js_name = addWorkingDays, unchecked_return_type = "string")]
pub fn add_working_days(#[wasm_bindgen(unchecked_param_type = "AddWorkingDaysRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "addWorkingDays";
    let o = read_request(&request, CALL, &["from", "days"])?;
    let days = field(&o, "days", CALL)?;
    let req = api::AddWorkingDaysRequest {
        from: req_string(&o, "from", CALL)?,
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
        expires: req_string(&o, "expires", CALL)?,
        lang: opt_string(&o, "lang", CALL)?,
        date: opt_string(&o, "date", CALL)?,
    };
    answer(api::extension_window(&req, today()))
}

/// An RFC 5545 calendar file (text) with the extension window's dates.
#[wasm_bindgen(js_name = extensionIcs, unchecked_return_type = "string")]
pub fn extension_ics(#[wasm_bindgen(unchecked_param_type = "ExtensionIcsRequest")] request: JsValue) -> JsResult {
    const CALL: &str = "extensionIcs";
    let o = read_request(&request, CALL, &["expires", "lang"])?;
    let req = api::WindowRequest {
        expires: req_string(&o, "expires", CALL)?,
        lang: opt_string(&o, "lang", CALL)?,
        date: None,
    };
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
        api::OfficeRequest { lang: opt_string(&o, "lang", CALL)?, at: opt_string(&o, "at", CALL)? }
    };
    answer(api::office(&req, now()))
}

/// The ISO 3166-1 alpha-2 codes a `citizenship` answer may take.
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn countries() -> JsResult {
    to_js(&api::countries())
}

fn optional_string(value: &JsValue, call: &str) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        js_error(Error::new(Code::InvalidRequest, format!("{call}: lang must be a string: en, ru or kk")))
    })
}
