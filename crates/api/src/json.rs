//! Answers as JSON text, the form in which they cross into JavaScript (the bindings hand the text
//! to `JSON.parse`). The same text `serde_json::to_string` writes, byte for byte
//! (`tests/json.rs` compares the two on every answer), by a writer made for the boundary's cost:
//! an outcome is some 2,500 small pieces (`{`, `"`, a key, `":`), and serde_json's writer copies
//! each with a bulk memory copy, which in WebAssembly costs a call into the engine each time;
//! here a piece of punctuation is one byte pushed, and only runs of text are copied.
//!
//! Covers what serde's derive makes of the answers' types: structs, sequences, options, strings,
//! integers, booleans, unit and tagged enums, floats as serde_json writes them, maps with string keys.

use core::fmt::{self, Display};
use serde::ser::{self, Serialize};

/// Why an answer could not be written (never, for the answers' types).
#[derive(Debug)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("could not write JSON")
    }
}

impl ser::StdError for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(_: T) -> Self {
        Error
    }
}

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

/// The shortest message left out by [`to_parts`], in bytes: a shorter one costs more to put back
/// than to copy.
const PLACED_FROM: usize = 24;

pub struct Writer {
    /// UTF-8 (only whole strings and ASCII are written), pushed byte by byte where it can be.
    out: Vec<u8>,
    /// [`to_parts`]' holes; `None` for the whole text.
    places: Option<Vec<u32>>,
    /// How much of `out` is counted in `units`, in bytes, and its UTF-16 code units.
    counted: usize,
    units: u32,
}

/// The message `s` is, of a loaded table (never, with the texts compiled in).
#[cfg(feature = "separate-texts")]
fn message_of(s: &str) -> Option<(crate::lang::Lang, u32)> {
    crate::lang::message_of(s)
}
#[cfg(not(feature = "separate-texts"))]
fn message_of(_: &str) -> Option<(crate::lang::Lang, u32)> {
    None
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

impl Writer {
    /// A JSON string, escaped as serde_json escapes it: `"`, `\` and the control characters only.
    fn string(&mut self, s: &str) {
        self.out.push(b'"');
        if self.places.is_some() && s.len() >= PLACED_FROM {
            let whole = |s: &str| {
                let clean = clean_prefix(s.as_bytes());
                s.as_bytes().get(clean..).unwrap_or_default().iter().all(|&b| !needs_escape(b))
            };
            if let Some((lang, message)) = message_of(s).filter(|_| whole(s)) {
                self.units += crate::lang::utf16_len(self.out.get(self.counted..).unwrap_or_default());
                self.counted = self.out.len();
                if let Some(places) = self.places.as_mut() {
                    places.extend([self.units, lang as u32, message]);
                }
                self.out.push(b'"');
                return;
            }
        }
        // Most strings need no escape: the run up to the first byte that may need one is found
        // eight bytes at a time, then copied at once.
        let clean = clean_prefix(s.as_bytes());
        let mut start = 0;
        for (i, &b) in s.as_bytes().iter().enumerate().skip(clean) {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            // `b` is ASCII, so `i` is a character boundary (and `get` has no panic path).
            self.out.extend_from_slice(s.as_bytes().get(start..i).unwrap_or_default());
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.extend_from_slice(b"\\u00");
                self.out.push(HEX[usize::from(b >> 4)]);
                self.out.push(HEX[usize::from(b & 0xf)]);
            } else {
                self.out.extend_from_slice(escape.as_bytes());
            }
            start = i + 1;
        }
        self.out.extend_from_slice(s.as_bytes().get(start..).unwrap_or_default());
        self.out.push(b'"');
    }

    fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in digits.get(at..).unwrap_or_default() {
            self.out.push(d);
        }
    }

    fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push(b'-');
        }
        self.unsigned(n.unsigned_abs());
    }

    /// `{"variant":` of an externally tagged enum's variant with data.
    fn variant(&mut self, name: &str) {
        self.out.push(b'{');
        self.string(name);
        self.out.push(b':');
    }
}

/// How many of the first bytes are certainly not `"`, `\\` or a control character, found eight
/// at a time (a multiple of eight; the rest is looked at byte by byte).
fn clean_prefix(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Non-zero when a byte of `x` is below `n` (n <= 0x80); exact for bytes below 0x80, and a
    // byte of 0x80 or more never counts (its own high bit is masked off by `!x`).
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
    let mut clean = 0;
    for chunk in bytes.chunks_exact(8) {
        let x = chunk.try_into().map_or(0, u64::from_ne_bytes);
        if below(x, 0x20) | below(x ^ (ONES * u64::from(b'"')), 1) | below(x ^ (ONES * u64::from(b'\\')), 1) != 0 {
            break;
        }
        clean += 8;
    }
    clean
}

/// An array or an object being written: whether a comma comes before the next element.
pub struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn next(&mut self) {
        if !self.first {
            self.w.out.push(b',');
        }
        self.first = false;
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.next();
        self.w.string(key);
        self.w.out.push(b':');
        value.serialize(&mut *self.w)
    }
}

fn open(w: &mut Writer, bracket: u8) -> Compound<'_> {
    w.out.push(bracket);
    Compound { w, first: true }
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

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.next();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.extend_from_slice(b"]}");
        Ok(())
    }
}

/// A map's keys must be strings (serde_json also takes numbers, as strings; no answer has a map).
impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.next();
        let at = self.w.out.len();
        key.serialize(&mut *self.w)?;
        if self.w.out.get(at) != Some(&b'"') {
            return Err(Error);
        }
        self.w.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push(b'}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push(b'}');
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.extend_from_slice(b"}}");
        Ok(())
    }
}
