//! A JSON array read from a stream an element at a time: memory holds one element's bytes,
//! whatever the array's size. The scan finds where an element ends (strings, escapes, nesting)
//! without checking what is inside it; serde_json parses each element alone, so a malformed
//! element is skipped and the elements after it are still read.

use std::io::{self, BufRead};

/// Where something starts in the file: its byte offset, and its line and column (from 1; the
/// column counts bytes, as serde_json's does) for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct At {
    pub offset: u64,
    pub line: u64,
    pub column: u64,
}

/// Why the array cannot be read further.
#[derive(Debug)]
pub(super) enum Stop {
    /// The file could not be read.
    Io(io::Error),
    /// The array is malformed between elements, or ends early: the message says where.
    Syntax(String),
}

impl From<io::Error> for Stop {
    fn from(err: io::Error) -> Self {
        Stop::Io(err)
    }
}

/// The elements of the array a reader holds, in order.
pub(super) struct Elements<'r> {
    reader: &'r mut dyn BufRead,
    /// Where the next byte is.
    at: At,
    state: State,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Past `[`, before the first element.
    First,
    /// Past an element.
    Next,
    /// Past `]`, or stopped.
    Done,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

impl<'r> Elements<'r> {
    /// A reader at the start of a file.
    pub fn new(reader: &'r mut dyn BufRead) -> Self {
        Self::at(reader, 0)
    }

    /// A reader `offset` bytes into a file (lines and columns then count from there).
    pub fn at(reader: &'r mut dyn BufRead, offset: u64) -> Self {
        Elements {
            reader,
            at: At {
                offset,
                line: 1,
                column: 1,
            },
            state: State::Done,
        }
    }

    /// Skips a UTF-8 byte-order mark and whitespace at the start of the file, and tells whether
    /// an array opens there (its `[` is then read). When it does not, the whitespace read is in
    /// `head`, for `rest` to add the rest of the file to.
    pub fn open(&mut self, head: &mut Vec<u8>) -> io::Result<bool> {
        // A byte at a time: the buffer may hold less than the mark. Part of one is no array.
        for &mark in BOM {
            match self.peek()? {
                Some(b) if b == mark => {
                    self.reader.consume(1);
                    self.at.offset += 1;
                }
                Some(_) if self.at.offset == 0 => break,
                _ => {
                    head.extend_from_slice(BOM.get(..self.at.offset as usize).unwrap_or_default());
                    return Ok(false);
                }
            }
        }
        while let Some(b) = self.peek()? {
            if !is_space(b) {
                break;
            }
            head.push(b);
            self.bump(b);
        }
        if self.peek()? == Some(b'[') {
            self.bump(b'[');
            self.state = State::First;
            return Ok(true);
        }
        Ok(false)
    }

    /// The rest of the file, added to `head`.
    pub fn rest(&mut self, head: &mut Vec<u8>) -> io::Result<()> {
        self.reader.read_to_end(head).map(drop)
    }

    /// The next element's bytes, put in `buf`, and where it starts; None past the array's end.
    /// After a `Stop` there are no more.
    pub fn next(&mut self, buf: &mut Vec<u8>) -> Result<Option<At>, Stop> {
        buf.clear();
        let result = self.step(buf);
        if !matches!(result, Ok(Some(_))) {
            self.state = State::Done;
        }
        result
    }

    fn step(&mut self, buf: &mut Vec<u8>) -> Result<Option<At>, Stop> {
        match self.state {
            State::Done => return Ok(None),
            State::First => {
                self.skip_space()?;
                if self.peek()? == Some(b']') {
                    return self.close();
                }
            }
            State::Next => {
                self.skip_space()?;
                match self.peek()? {
                    Some(b',') => {
                        self.bump(b',');
                        self.skip_space()?;
                        if self.peek()? == Some(b']') {
                            return Err(self.syntax("trailing comma"));
                        }
                    }
                    Some(b']') => return self.close(),
                    Some(_) => return Err(self.syntax("expected `,` or `]`")),
                    None => return Err(self.syntax("the file ends inside the array")),
                }
            }
        }
        let start = self.at;
        match self.peek()? {
            None => return Err(self.syntax("the file ends inside the array")),
            Some(b',' | b']' | b'}') => return Err(self.syntax("expected a value")),
            Some(_) => {}
        }
        self.value(buf).map_err(|stop| match stop {
            Stop::Syntax(what) => Stop::Syntax(format!(
                "{what}, in the element starting at line {} column {}",
                start.line, start.column
            )),
            io => io,
        })?;
        self.state = State::Next;
        Ok(Some(start))
    }

    /// Past the `]` that closes the array: only whitespace may follow.
    fn close(&mut self) -> Result<Option<At>, Stop> {
        self.bump(b']');
        self.skip_space()?;
        match self.peek()? {
            None => Ok(None),
            Some(_) => Err(self.syntax("trailing characters after the array")),
        }
    }

    /// One value's bytes, from the next byte, into `buf`: an object or array to its closing
    /// bracket, a string to its closing quote, anything else to the next `,`, bracket or space.
    pub fn value(&mut self, buf: &mut Vec<u8>) -> Result<(), Stop> {
        let mut depth = 0u64;
        let mut in_string = false;
        let mut escaped = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                if depth == 0 && !in_string && !buf.is_empty() {
                    return Ok(());
                }
                return Err(self.syntax("the file ends"));
            }
            let mut end = None;
            for (i, &b) in chunk.iter().enumerate() {
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if b == b'\\' {
                        escaped = true;
                    } else if b == b'"' {
                        in_string = false;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    continue;
                }
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth == 0 => {
                        end = Some(i);
                        break;
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    b',' if depth == 0 => {
                        end = Some(i);
                        break;
                    }
                    _ if depth == 0 && is_space(b) => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let taken = end.unwrap_or(chunk.len());
            let bytes = chunk.get(..taken).unwrap_or_default();
            buf.extend_from_slice(bytes);
            self.at = advanced(self.at, bytes);
            self.reader.consume(taken);
            if end.is_some() {
                return Ok(());
            }
        }
    }

    fn peek(&mut self) -> io::Result<Option<u8>> {
        Ok(self.reader.fill_buf()?.first().copied())
    }

    /// Reads the byte `peek` gave.
    fn bump(&mut self, b: u8) {
        self.reader.consume(1);
        self.at = advanced(self.at, &[b]);
    }

    fn skip_space(&mut self) -> io::Result<()> {
        while let Some(b) = self.peek()? {
            if !is_space(b) {
                break;
            }
            self.bump(b);
        }
        Ok(())
    }

    fn syntax(&self, what: &str) -> Stop {
        Stop::Syntax(format!(
            "{what} at line {} column {}",
            self.at.line, self.at.column
        ))
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Where the byte after `bytes` is, when they start at `at`.
fn advanced(at: At, bytes: &[u8]) -> At {
    let offset = at.offset + bytes.len() as u64;
    match bytes.iter().rposition(|&b| b == b'\n') {
        Some(last) => At {
            offset,
            line: at.line + bytes.iter().filter(|&&b| b == b'\n').count() as u64,
            column: (bytes.len() - last) as u64,
        },
        None => At {
            offset,
            line: at.line,
            column: at.column + bytes.len() as u64,
        },
    }
}

#[cfg(test)]
mod tests;
