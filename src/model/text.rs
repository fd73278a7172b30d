//! Text read from the database, borrowed from the row it came in.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

/// A text value as the server sent it: UTF-8 bytes (tokio-postgres sets
/// `client_encoding` to UTF8), borrowed from the row and not validated
/// again. CSV copies the bytes as they are, which keeps the million-row
/// export cheap; JSON and tables read them as UTF-8.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Text<'a>(&'a [u8]);

impl<'a> Text<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Text(bytes)
    }

    pub fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The text as a `str`; bytes that are not UTF-8 (which the server
    /// never sends) become U+FFFD.
    pub fn to_str(self) -> Cow<'a, str> {
        String::from_utf8_lossy(self.0)
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text(text.as_bytes())
    }
}

impl fmt::Debug for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_str(), f)
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str())
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_str())
    }
}
