//! The requests as serde reads them. The guard (src/glue.js) has already copied the caller's
//! object into JSON text (own data properties only, no getter run, sizes capped); serde_json
//! reads that text into a [`Loose`] value, and serde's derive reads that into [`Request`].
//!
//! Why two steps and one request type, not `serde_json::from_str::<QuoteRequest>` per export:
//! the wasm must stay within 65,536 B brotli. Reading a derived type straight from serde_json
//! links serde_json's wording of a wrong type, which formats numbers as floats (zmij and its
//! tables), and one reader per export repeats the derived code: measured, 77,451 B with a type per
//! export and 75,042 B with one type, against 64,097 B this way. [`Loose`]'s deserializer
//! reports errors as [`Refused`], which formats nothing. Every field is a [`Loose`] value, so
//! that a wrong type is refused with the field's name by the same few conversions for every call.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use wasm_bindgen::JsValue;

use super::out::invalid;
use crate::facts::{quoted, Raw};

/// A value of a request as the guard copied it: JSON's kinds (the guard copies no array but
/// `people`; an array given as an answer is the placeholder `[]`).
pub enum Loose {
    Str(String),
    Num(f64),
    Bool(bool),
    Null,
    Map(Answers),
    List(Vec<Loose>),
}

impl Loose {
    /// As an answer value: what is not a string, a number or a boolean is named for the message.
    pub fn raw(self) -> Raw {
        match self {
            Loose::Str(s) => Raw::Str(s),
            Loose::Num(n) => Raw::Num(n),
            Loose::Bool(b) => Raw::Bool(b),
            Loose::Null => Raw::Other("null"),
            Loose::Map(_) => Raw::Other("an object"),
            Loose::List(_) => Raw::Other("an array"),
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Str(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Str(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Num(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Num(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Num(v as f64))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry::<String, Loose>()? {
            out.push(entry);
        }
        Ok(Loose::Map(out))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element::<Loose>()? {
            out.push(v);
        }
        Ok(Loose::List(out))
    }
}

/// An object's own properties in the guard's order (JSON from an object has no repeated key).
pub type Answers = Vec<(String, Loose)>;

/// Every export's request fields in one type (one derived reader in the wasm, not one per
/// export); `read` has already refused a field the calling export does not take.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Request {
    pub service: Option<Loose>,
    pub variant: Option<Loose>,
    pub lang: Option<Loose>,
    pub date: Option<Loose>,
    pub answers: Option<Loose>,
    pub people: Option<Loose>,
    pub with_path: Option<Loose>,
    pub from: Option<Loose>,
    pub days: Option<Loose>,
    pub expires: Option<Loose>,
    pub at: Option<Loose>,
}

/// What reading a request met, as serde reports it to [`Loose`]'s deserializer: a value of the
/// wrong shape. Its message is not formatted (formatting serde's description of an unexpected
/// number would bring float formatting into the wasm).
#[derive(Debug)]
pub struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("refused")
    }
}

impl std::error::Error for Refused {}

impl de::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

/// A copied request read into a `Deserialize` type, as serde_json would read its text.
impl<'de> Deserializer<'de> for Loose {
    type Error = Refused;
    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Refused> {
        match self {
            Loose::Str(s) => v.visit_string(s),
            Loose::Num(n) => v.visit_f64(n),
            Loose::Bool(b) => v.visit_bool(b),
            Loose::Null => v.visit_unit(),
            Loose::Map(m) => v.visit_map(de::value::MapDeserializer::new(m.into_iter())),
            Loose::List(l) => v.visit_seq(de::value::SeqDeserializer::new(l.into_iter())),
        }
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Refused> {
        match self {
            Loose::Null => v.visit_none(),
            some => v.visit_some(some),
        }
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> de::IntoDeserializer<'de, Refused> for Loose {
    type Deserializer = Loose;
    fn into_deserializer(self) -> Loose {
        self
    }
}

/// The guard's JSON read as `call`'s request, which takes the fields `fields` (`a, b, c`).
#[inline(never)]
pub fn read(json: &str, call: &str, fields: &[&str]) -> Result<Request, JsValue> {
    let unknown =
        |name: &str| invalid(format!("{call}(): unknown field {}; expected {{{}}}", quoted(name), fields.join(", ")));
    let shape = || invalid(format!("{call}() takes an object {{{}}}", fields.join(", ")));
    let copied: Loose = serde_json::from_str(json).map_err(|_| shape())?;
    // Only an object (serde would also read a struct from an array, field by position), and only
    // the fields this call takes, also one given as null or undefined.
    let Loose::Map(given) = &copied else {
        return Err(shape());
    };
    if let Some((name, _)) = given.iter().find(|(name, _)| !fields.contains(&name.as_str())) {
        return Err(unknown(name));
    }
    Request::deserialize(copied).map_err(|_| shape())
}

/// An optional string field (absent or `null`: `None`).
pub fn opt_string(v: Option<Loose>, name: &str, call: &str) -> Result<Option<String>, JsValue> {
    match v {
        None => Ok(None),
        Some(Loose::Str(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(format!("{call}(): field \"{name}\" must be a string"))),
    }
}

pub fn req_string(v: Option<Loose>, name: &str, call: &str) -> Result<String, JsValue> {
    opt_string(v, name, call)?.ok_or_else(|| invalid(format!("{call}(): missing field \"{name}\"")))
}

/// Answers as the engine takes them, each value a [`Raw`].
pub fn raw_answers(a: Answers) -> BTreeMap<String, Raw> {
    let mut out = BTreeMap::new();
    for (k, v) in a {
        out.insert(k, v.raw());
    }
    out
}
