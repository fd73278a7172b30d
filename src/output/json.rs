//! The JSON sink: a list streams as one array, an element a line, so that
//! a million records never sit in memory together; a record on its own is
//! one pretty object. The shape is each record's `Serialize`.

use std::io::{self, BufWriter, Write};

use super::{OutputSettings, Shape, Stdout, stdout, write_error};
use crate::error::Result;
use crate::model::Record;

pub struct JsonSink {
    out: BufWriter<Stdout>,
    shape: Shape,
    pushed: bool,
}

impl JsonSink {
    pub fn new(settings: &OutputSettings, shape: Shape) -> Self {
        JsonSink {
            out: stdout(settings),
            shape,
            pushed: false,
        }
    }

    pub fn push<R: Record>(&mut self, record: &R) -> Result<()> {
        let json_error = |e: serde_json::Error| write_error(io::Error::from(e));
        match self.shape {
            Shape::List => {
                let sep: &[u8] = if self.pushed { b",\n" } else { b"[\n" };
                self.out.write_all(sep).map_err(write_error)?;
                serde_json::to_writer(&mut self.out, record).map_err(json_error)?;
            }
            Shape::One => {
                serde_json::to_writer_pretty(&mut self.out, record).map_err(json_error)?;
                self.out.write_all(b"\n").map_err(write_error)?;
            }
        }
        self.pushed = true;
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        let end: &[u8] = match (self.shape, self.pushed) {
            (Shape::One, _) => b"",
            (Shape::List, false) => b"[]\n",
            (Shape::List, true) => b"\n]\n",
        };
        super::write_all(&mut self.out, end)
    }
}
