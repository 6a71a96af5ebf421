//! The JSON writer's text: strings escaped as serde_json escapes them (or left as holes, for
//! [`super::to_parts`]), numbers, and why an answer could not be written.

use core::fmt::{self, Display};
use serde::ser;

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

/// The shortest message left out by [`super::to_parts`], in bytes: a shorter one costs more to put back
/// than to copy.
const PLACED_FROM: usize = 24;

/// The text being written.
pub struct Writer {
    /// UTF-8 (only whole strings and ASCII are written), pushed byte by byte where it can be.
    pub(super) out: Vec<u8>,
    /// [`super::to_parts`]' holes; `None` for the whole text.
    pub(super) places: Option<Vec<u32>>,
    /// How much of `out` is counted in `units`, in bytes, and its UTF-16 code units.
    pub(super) counted: usize,
    pub(super) units: u32,
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
    pub(super) fn string(&mut self, s: &str) {
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

    pub(super) fn unsigned(&mut self, mut n: u64) {
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

    pub(super) fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push(b'-');
        }
        self.unsigned(n.unsigned_abs());
    }

    /// `{"variant":` of an externally tagged enum's variant with data.
    pub(super) fn variant(&mut self, name: &str) {
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
