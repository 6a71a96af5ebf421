//! Answers as JSON text, the form in which they cross into JavaScript (the bindings hand the text
//! to `JSON.parse`). The same text `serde_json::to_string` writes, byte for byte
//! (`tests/json.rs` compares the two on every answer), by a writer made for the boundary's cost:
//! an outcome is some 2,500 small pieces (`{`, `"`, a key, `":`), and serde_json's writer copies
//! each with a bulk memory copy, which in WebAssembly costs a call into the engine each time;
//! here a piece of punctuation is one byte pushed, and only runs of text are copied.
//!
//! Covers what serde's derive makes of the answers' types: structs, sequences, options, strings,
//! integers, booleans, unit and tagged enums, floats as serde_json writes them, maps with string keys.

use serde::ser::{self, Serialize};

mod compound;
mod writer;
use compound::open;
pub use compound::Compound;
pub use writer::{Error, Writer};

/// The value as JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer { out: Vec::with_capacity(8 * 1024), places: None, counted: 0, units: 0 };
    value.serialize(&mut w)?;
    String::from_utf8(w.out).map_err(|_| Error)
}

/// The value as JSON text with holes, and what fills them: for each, three numbers: where it goes
/// in the text (in UTF-16 code units, inside the quotes of an empty string), the language and the
/// number of a message of that language's table ([`crate::lang::message_of`]). Only the long
/// messages of a loaded table (the guide's words: a title, a document, a step) are left out, and
/// only where they need no escape; with the texts compiled in, the text is whole. The bindings
/// fill the holes from the files of texts JavaScript loaded, so that the bulk of an answer is
/// never copied out of wasm and decoded again.
///
/// The text is given as its UTF-8 bytes: JavaScript's decoder checks them as it decodes, so they
/// are not checked twice.
pub fn to_parts<T: Serialize + ?Sized>(value: &T) -> Result<(Vec<u8>, Vec<u32>), Error> {
    let mut w = Writer { out: Vec::with_capacity(8 * 1024), places: Some(Vec::new()), counted: 0, units: 0 };
    value.serialize(&mut w)?;
    Ok((w.out, w.places.unwrap_or_default()))
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    /// serde_json writes a number that is not finite as `null` (no answer holds a float).
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            self.out.extend_from_slice(format!("{v:?}").as_bytes());
            Ok(())
        } else {
            self.serialize_unit()
        }
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        ser::Serializer::collect_seq(self, v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(open(self, b'['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Error> {
        Ok(open(self, b'['))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(open(self, b'['))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        v: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(v);
        Ok(open(self, b'['))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(open(self, b'{'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(open(self, b'{'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        v: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(v);
        Ok(open(self, b'{'))
    }
}
