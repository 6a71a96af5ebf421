//! What goes back to the caller: answers as fresh plain objects, errors as coded `Error`s. Both
//! are built so that no code of the page (a setter on `Object.prototype`, say) runs while wasm
//! is on the stack.

use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{Code, Error};

pub type JsResult = Result<JsValue, JsValue>;

/// The longest message an error carries, in bytes: values are quoted shortened already
/// (`facts::quoted`); this is the backstop, so no message echoes a refused value in full.
const MAX_MESSAGE: usize = 400;

/// A JS `Error` with a stable `code`, its `name` "AifcEligibilityError".
pub fn js_error(e: Error) -> JsValue {
    let mut message = e.message;
    if message.len() > MAX_MESSAGE {
        let mut end = MAX_MESSAGE;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
        message.push('…');
    }
    let err = js_sys::Error::new(&message);
    // Defined, not assigned: an assignment would run a setter the page put on Object.prototype.
    // The descriptor has no prototype, so no getter of the page is read from it either.
    // (Writable, enumerable and configurable, as an assignment would have made them.)
    let desc: Object = Object::create(&JsValue::NULL.unchecked_into());
    for flag in ["writable", "enumerable", "configurable"] {
        let _ = Reflect::set(&desc, &flag.into(), &JsValue::TRUE);
    }
    for (key, value) in [("name", "AifcEligibilityError"), ("code", e.code.as_str())] {
        // Neither can fail on a fresh Error and a prototype-less object; the results are
        // values (the bindings are `catch`), never exceptions through wasm.
        let _ = Reflect::set(&desc, &"value".into(), &value.into());
        let _ = Reflect::define_property::<JsValue>(err.unchecked_ref(), &key.into(), &desc);
    }
    err.into()
}

pub fn invalid(message: String) -> JsValue {
    js_error(Error::new(Code::InvalidRequest, message))
}

pub fn too_large(message: String) -> JsValue {
    js_error(Error::new(Code::TooLarge, message))
}

// The answer's JSON is parsed in answer.js; `aifcAnswer` is declared with `catch`, so nothing it
// throws unwinds through wasm.
#[wasm_bindgen(module = "/src/bindings/answer.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = aifcAnswer)]
    fn answer_of(utf8: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = aifcKeepTexts)]
    pub fn keep_texts(lang: u32, texts: &JsValue);
}

/// The answer as serde_json's UTF-8 bytes, decoded and parsed in JavaScript (`TextDecoder`,
/// `JSON.parse`): `JSON.parse` creates its properties (no setter of the page runs) and gives
/// plain, JSON-compatible objects. The bytes are read where they lie in wasm's memory.
pub fn to_js<T: Serialize>(value: &T) -> JsResult {
    let internal = |what: &str| js_error(Error::new(Code::Internal, format!("could not build the answer: {what}")));
    let json = serde_json::to_vec(value).map_err(|_| internal("serialisation"))?;
    answer_of(&json).map_err(|_| internal("JSON.parse"))
}

pub fn answer<T: Serialize>(result: Result<T, Error>) -> JsResult {
    result.map_err(js_error).and_then(|v| to_js(&v))
}
