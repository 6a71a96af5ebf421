//! Reading a caller's JavaScript values without letting the caller's code run through wasm.
//!
//! A request can be anything: a revoked Proxy (a stale Immer draft), an object whose getters
//! throw, a typed array of ten megabytes, a string of a gigabyte. Two rules keep every such
//! caller from harming the module:
//!
//! 1. Every import that can run caller JavaScript (a Proxy trap, a getter) is a helper in
//!    `read.js` that catches what the caller throws and returns a status, and is declared with
//!    `catch` too: no exception unwinds through wasm frames (that never restores wasm's stack
//!    pointer: ~660 such calls used to leave the module dead). Fields are read as own *data*
//!    properties through `Reflect.getOwnPropertyDescriptor`: no getter of the caller, and
//!    nothing inherited, runs or counts.
//! 2. Sizes are checked on the JavaScript side before anything is copied into wasm memory
//!    ([`MAX_KEYS`], [`MAX_CHARS`]), so no request can make the module allocate without bound.

use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::out::{invalid, too_large};
use crate::error::{Code, Error};
use crate::facts::{quoted, Raw};

/// The most own keys an object of a request may have (a request has at most 4 fields; the flow
/// asks at most 15 facts). A typed array counts its elements.
pub const MAX_KEYS: u32 = 64;
/// The longest string taken anywhere in a request, in UTF-16 code units (the longest valid value
/// is a service id of 47 characters).
pub const MAX_CHARS: u32 = 1_000;

// JavaScript helpers (read.js) that catch whatever the caller's code throws and answer with a
// status number; declared with `catch` as well, so that even a RangeError thrown as a helper is
// entered on a nearly full stack comes back as a value. `aifc_taken` runs no caller code.
#[wasm_bindgen(module = "/src/bindings/read.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = aifcOwnKeys)]
    fn own_keys(value: &JsValue, max: u32) -> Result<i32, JsValue>;
    #[wasm_bindgen(catch, js_name = aifcOwnValue)]
    fn own_value(target: &JsValue, key: &str) -> Result<i32, JsValue>;
    // The same helper given a key JavaScript already holds (one of the object's own keys), so
    // that no copy of the name is decoded from wasm for the read.
    #[wasm_bindgen(catch, js_name = aifcOwnValue)]
    fn own_value_by(target: &JsValue, key: &JsValue) -> Result<i32, JsValue>;
    #[wasm_bindgen(catch, js_name = aifcIsArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_name = aifcArrayLength)]
    fn array_length(value: &JsValue, max: u32) -> Result<i32, JsValue>;
    #[wasm_bindgen(js_name = aifcTaken)]
    fn taken() -> JsValue;
}

/// A caller's object, checked to be a plain object (not an array, typed array, function or
/// null) with at most [`MAX_KEYS`] own keys, all strings of at most [`MAX_CHARS`].
pub struct Obj {
    value: JsValue,
    pub keys: Vec<String>,
    /// The same keys as JavaScript strings.
    names: Array,
}

/// `what` is how the message names the value, e.g. `evaluate() takes an object {answers, ...}`.
pub fn object(value: &JsValue, call: &str, what: &dyn Fn() -> String) -> Result<Obj, JsValue> {
    if !value.is_object() {
        return Err(invalid(what()));
    }
    let count = match own_keys(value, MAX_KEYS) {
        Ok(n) if n >= 0 => n,
        Ok(-2) => return Err(invalid(what())),
        Ok(-3) => return Err(too_many_keys(call)),
        _ => return Err(invalid(format!("{call}(): the object's keys cannot be read"))),
    };
    // The fresh array Reflect.ownKeys made: reading its elements runs no caller code.
    let names: Array = taken().unchecked_into();
    let mut keys = Vec::with_capacity(count as usize);
    for key in names.iter() {
        match string(&key, call)? {
            Some(k) => keys.push(k),
            None => return Err(invalid(format!("{call}(): symbol keys are not allowed"))),
        }
    }
    Ok(Obj { value: value.clone(), keys, names })
}

fn too_many_keys(call: &str) -> JsValue {
    too_large(format!("{call}(): an object of the request has more than {MAX_KEYS} keys"))
}

impl Obj {
    /// An own data property, or `undefined`. A getter is refused, not run; an inherited
    /// property does not count.
    pub fn field(&self, name: &str, call: &str) -> Result<JsValue, JsValue> {
        // Read by the key JavaScript gave when it is one of the object's own keys (the same
        // string), else by the name (a Proxy may answer for a key it did not list).
        let read = match self.keys.iter().position(|k| k == name) {
            Some(i) => own_value_by(&self.value, &self.names.get(i as u32)),
            None => own_value(&self.value, name),
        };
        match read {
            Ok(0) => Ok(JsValue::UNDEFINED),
            Ok(1) => Ok(taken()),
            Ok(2) => Err(invalid(format!("{call}(): field {} is a getter; give a plain value", quoted(name)))),
            _ => Err(invalid(format!("{call}(): field {} cannot be read", quoted(name)))),
        }
    }

    /// An optional string field (`undefined` or `null` when absent).
    pub fn opt_string(&self, name: &str, call: &str) -> Result<Option<String>, JsValue> {
        let v = self.field(name, call)?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        string(&v, call)?.map(Some).ok_or_else(|| invalid(format!("{call}(): field \"{name}\" must be a string")))
    }

    /// An optional boolean field (`undefined` or `null` when absent).
    pub fn opt_bool(&self, name: &str, call: &str) -> Result<Option<bool>, JsValue> {
        let v = self.field(name, call)?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        v.as_bool().map(Some).ok_or_else(|| invalid(format!("{call}(): field \"{name}\" must be true or false")))
    }

    pub fn req_string(&self, name: &str, call: &str) -> Result<String, JsValue> {
        self.opt_string(name, call)?.ok_or_else(|| invalid(format!("{call}(): missing field \"{name}\"")))
    }
}

/// The elements of an array of a request (as own data properties; a hole or a getter is
/// `Err` for that element only), after checking on the JavaScript side that it is an array of at
/// most `max` elements: a longer one is refused (`too-large`) before any element is read.
pub fn array(value: &JsValue, max: usize, call: &str, what: &str) -> Result<Vec<Result<JsValue, Error>>, JsValue> {
    let max32 = u32::try_from(max).unwrap_or(u32::MAX);
    let n = match array_length(value, max32) {
        Ok(n) if n >= 0 => n as usize,
        Ok(-2) => return Err(invalid(format!("{call}(): {what} must be an array"))),
        Ok(-3) => return Err(too_large(format!("{call}(): {what} has more than {max} elements"))),
        _ => return Err(invalid(format!("{call}(): {what} cannot be read"))),
    };
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(match own_value(value, &i.to_string()) {
            Ok(0) => Ok(JsValue::UNDEFINED),
            Ok(1) => Ok(taken()),
            Ok(2) => {
                Err(Error::new(Code::InvalidRequest, format!("{call}(): {what}[{i}] is a getter; give a plain value")))
            }
            _ => Err(Error::new(Code::InvalidRequest, format!("{call}(): {what}[{i}] cannot be read"))),
        });
    }
    Ok(out)
}

/// The value as a Rust string if it is a JS string, after checking its length on the JS side:
/// a string longer than [`MAX_CHARS`] is refused before a byte of it is copied into wasm.
pub fn string(v: &JsValue, call: &str) -> Result<Option<String>, JsValue> {
    if !v.is_string() {
        return Ok(None);
    }
    // `length` of a primitive string runs no caller code.
    if v.unchecked_ref::<JsString>().length() > MAX_CHARS {
        return Err(too_large(format!("{call}(): a string is longer than {MAX_CHARS} characters")));
    }
    Ok(v.as_string())
}

/// An answer value as the engine takes it: a string, a number or a boolean. Only `typeof` is
/// asked of anything else (an object, even a revoked Proxy, is just "an object").
pub fn raw(v: &JsValue, call: &str) -> Result<Raw, JsValue> {
    Ok(if let Some(s) = string(v, call)? {
        Raw::Str(s)
    } else if let Some(n) = v.as_f64() {
        Raw::Num(n)
    } else if let Some(b) = v.as_bool() {
        Raw::Bool(b)
    } else if v.is_null() {
        Raw::Other("null")
    } else if v.is_undefined() {
        Raw::Other("undefined")
    } else if v.is_object() && is_array(v) == Ok(true) {
        Raw::Other("an array")
    } else {
        Raw::Other("an object")
    })
}
