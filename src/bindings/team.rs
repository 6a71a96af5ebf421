//! `plan()`'s team, person by person. What is wrong with one person (not an object, an unknown
//! field, a getter, an id that is not a string, too many answers) becomes that person's error in
//! the answer; only the request itself (not an object, `people` not an array or longer than
//! `api::MAX_PEOPLE`, too much text, `lang`, `date`) refuses the whole call. The guard
//! (src/glue.js) copied each person, or wrote down what it met copying them.

use wasm_bindgen::prelude::*;

use super::out::invalid;
use super::request::{raw_answers, Loose};
use crate::api::PersonIn;
use crate::error::{Code, Error};

/// `plan()`'s people: each person read, or that person's error.
pub fn people(rows: Option<Loose>) -> Result<Vec<PersonIn>, JsValue> {
    let rows = match rows {
        Some(Loose::List(rows)) => rows,
        None => return Err(invalid("plan(): missing field \"people\"".to_string())),
        Some(_) => return Err(invalid("plan(): people must be an array".to_string())),
    };
    Ok(rows.into_iter().enumerate().map(|(i, row)| person(row, i)).collect())
}

/// One person, `{id?, answers}`. An id read before a later field fails is kept, so the person
/// can be found in the answer.
fn person(row: Loose, i: usize) -> PersonIn {
    let refused = |id, code, message| PersonIn { id, answers: Err(Error::new(code, message)) };
    // The guard gives each person as `{"person": ...}`, or what it met copying them as
    // `{"refused": [code, message]}`.
    let mut row = match row {
        Loose::Map(row) => row,
        _ => Vec::new(),
    };
    let fields = match row.pop() {
        Some((tag, Loose::List(mut refusal))) if tag == "refused" && refusal.len() == 2 => {
            let (message, code) = (refusal.pop(), refusal.pop());
            let text = |v: Option<Loose>| if let Some(Loose::Str(s)) = v { s } else { String::new() };
            let (code, message) = (text(code), text(message));
            let code = Code::ALL.into_iter().find(|c| c.as_str() == code).unwrap_or(Code::InvalidRequest);
            return refused(None, code, message);
        }
        Some((_, Loose::Map(fields))) => fields,
        _ => {
            let message = format!("plan(): people[{i}] must be an object {{id?, answers}}");
            return refused(None, Code::InvalidRequest, message);
        }
    };
    let (mut id, mut answers) = (None, None);
    for (key, value) in fields {
        match key.as_str() {
            "id" => id = Some(value),
            "answers" => answers = Some(value),
            _ => {
                let extra = crate::facts::quoted(&key);
                let message = format!("plan(): people[{i}] has an unknown field {extra}; expected {{id?, answers}}");
                return refused(None, Code::InvalidRequest, message);
            }
        }
    }
    let id = match id {
        None | Some(Loose::Null) => None,
        Some(Loose::Str(s)) => Some(s),
        Some(_) => return refused(None, Code::InvalidRequest, format!("plan(): people[{i}].id must be a string")),
    };
    match answers {
        Some(Loose::Map(answers)) => PersonIn { id, answers: Ok(raw_answers(answers)) },
        None | Some(Loose::Null) => {
            refused(id, Code::InvalidRequest, format!("plan(): people[{i}] has no field \"answers\""))
        }
        Some(_) => {
            let message = format!("plan(): people[{i}].answers must be an object of fact: value");
            refused(id, Code::InvalidRequest, message)
        }
    }
}
