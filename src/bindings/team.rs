//! `plan()`'s team, read person by person. What is wrong with one person (not an
//! object, an unknown field, a getter, an id that is not a string, too many answers) becomes that
//! person's error in the answer; only the request itself (not an object, `people` not an array or
//! longer than `api::MAX_PEOPLE`, more text than [`MAX_TEXT_BYTES`] in all, `lang`, `date`)
//! refuses the whole call.

use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::out::{invalid, too_large};
use super::read::{self, object};
use crate::api::{PersonIn, MAX_PEOPLE};
use crate::error::{Code, Error};

/// The most text one call copies into the engine, over every id, answer key and answer value:
/// checked after each person, so at most one person's bounded answers more is ever copied. A
/// valid team of `MAX_PEOPLE` people, every fact answered with its longest value and each id 100
/// Cyrillic letters, carries 2,360,000 bytes.
pub const MAX_TEXT_BYTES: usize = 4_000_000;

const CALL: &str = "plan";

/// `plan()`'s people: each person read, or that person's error; `Err` refuses the whole call
/// (not an array, more than `MAX_PEOPLE`, more than [`MAX_TEXT_BYTES`] of text).
pub fn people(given: &JsValue) -> Result<Vec<PersonIn>, JsValue> {
    if given.is_undefined() {
        return Err(invalid("plan(): missing field \"people\"".to_string()));
    }
    let rows = read::array(given, MAX_PEOPLE, CALL, "people")?;
    let mut text = 0usize;
    let mut people = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let p = row.and_then(|v| person(&v, i)).unwrap_or_else(|e| PersonIn { id: None, answers: Err(e) });
        text += p.id.as_ref().map_or(0, String::len) + p.answers.as_ref().map_or(0, bytes);
        if text > MAX_TEXT_BYTES {
            return Err(too_large(format!(
                "plan(): the people's ids and answers have more than {MAX_TEXT_BYTES} bytes of text"
            )));
        }
        people.push(p);
    }
    Ok(people)
}

fn bytes(answers: &BTreeMap<String, crate::facts::Raw>) -> usize {
    answers.iter().map(|(k, v)| k.len() + if let crate::facts::Raw::Str(s) = v { s.len() } else { 8 }).sum()
}

/// One person, `{id?, answers}`; the error is this person's. An id read before a later field
/// fails is kept, so the person can be found in the answer.
fn person(value: &JsValue, i: usize) -> Result<PersonIn, Error> {
    let what = || format!("plan(): people[{i}] must be an object {{id?, answers}}");
    let obj = object(value, CALL, &what).map_err(from_js)?;
    if let Some(extra) = obj.keys.iter().find(|k| !["id", "answers"].contains(&k.as_str())) {
        let extra = crate::facts::quoted(extra);
        return Err(Error::new(
            Code::InvalidRequest,
            format!("plan(): people[{i}] has an unknown field {extra}; expected {{id?, answers}}"),
        ));
    }
    let id_value = obj.field("id", CALL).map_err(from_js)?;
    let id = if id_value.is_undefined() || id_value.is_null() {
        None
    } else {
        Some(
            read::string(&id_value, CALL)
                .map_err(from_js)?
                .ok_or_else(|| Error::new(Code::InvalidRequest, format!("plan(): people[{i}].id must be a string")))?,
        )
    };
    let answers = (|| {
        let a = obj.field("answers", CALL).map_err(from_js)?;
        if a.is_undefined() {
            return Err(Error::new(Code::InvalidRequest, format!("plan(): people[{i}] has no field \"answers\"")));
        }
        let a = object(&a, CALL, &|| format!("plan(): people[{i}].answers must be an object of fact: value"))
            .map_err(from_js)?;
        let mut answers = BTreeMap::new();
        for name in &a.keys {
            let v = a.field(name, CALL).map_err(from_js)?;
            answers.insert(name.clone(), read::raw(&v, CALL).map_err(from_js)?);
        }
        Ok(answers)
    })();
    Ok(PersonIn { id, answers })
}

/// One of the readers' coded `Error`s back as a value: its own `code` and message, read from
/// the fresh Error the bindings made (no caller code runs).
fn from_js(e: JsValue) -> Error {
    let code = js_sys::Reflect::get(&e, &"code".into()).ok().and_then(|c| c.as_string());
    let code = Code::ALL.into_iter().find(|c| Some(c.as_str()) == code.as_deref()).unwrap_or(Code::InvalidRequest);
    let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
    Error::new(code, message)
}
