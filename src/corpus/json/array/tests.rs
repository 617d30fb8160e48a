use super::{At, Elements, Stop};
use std::io::BufReader;

/// Every element's text and start, then how the array ended (None: at its `]`), reading
/// `bytes` through a buffer of `capacity` bytes.
fn scan(bytes: &[u8], capacity: usize) -> (Vec<(String, At)>, Option<String>) {
    let mut reader = BufReader::with_capacity(capacity, bytes);
    let mut elements = Elements::new(&mut reader);
    let mut head = Vec::new();
    assert!(elements.open(&mut head).unwrap(), "an array");
    let mut buf = Vec::new();
    let mut found = Vec::new();
    loop {
        match elements.next(&mut buf) {
            Ok(Some(at)) => found.push((String::from_utf8(buf.clone()).unwrap(), at)),
            Ok(None) => return (found, None),
            Err(Stop::Syntax(what)) => {
                assert!(
                    matches!(elements.next(&mut buf), Ok(None)),
                    "none after a stop"
                );
                return (found, Some(what));
            }
            Err(Stop::Io(err)) => panic!("{err}"),
        }
    }
}

fn at(offset: u64, line: u64, column: u64) -> At {
    At {
        offset,
        line,
        column,
    }
}

#[test]
fn elements_end_where_their_values_do_whatever_the_buffer() {
    let text =
        "\u{FEFF} [ {\"a\":\"x,]}\\\"y\",\"b\":[1,{}]},\n\t12 ,\"s\\\\\",[[]],\r\n  true]  \n";
    let want = vec![
        (r#"{"a":"x,]}\"y","b":[1,{}]}"#.to_owned(), at(6, 1, 4)),
        ("12".to_owned(), at(35, 2, 2)),
        (r#""s\\""#.to_owned(), at(39, 2, 6)),
        ("[[]]".to_owned(), at(45, 2, 12)),
        ("true".to_owned(), at(54, 3, 3)),
    ];
    for capacity in [1, 2, 3, 7, 64 << 10] {
        let (found, stop) = scan(text.as_bytes(), capacity);
        assert_eq!(stop, None, "capacity {capacity}");
        assert_eq!(found, want, "capacity {capacity}");
        for (element, start) in &found {
            let offset = usize::try_from(start.offset).unwrap();
            assert!(text.as_bytes()[offset..].starts_with(element.as_bytes()));
        }
    }
}

#[test]
fn a_malformed_array_stops_with_where() {
    for (text, kept, why) in [
        ("[]", 0, None),
        ("[ ]  ", 0, None),
        ("[1 2]", 1, Some("expected `,` or `]` at line 1 column 4")),
        ("[1,\n2,]", 2, Some("trailing comma at line 2 column 3")),
        ("[,1]", 0, Some("expected a value at line 1 column 2")),
        ("[1,,2]", 1, Some("expected a value at line 1 column 4")),
        (
            "[1] x",
            1,
            Some("trailing characters after the array at line 1 column 5"),
        ),
        (
            "[1,",
            1,
            Some("the file ends inside the array at line 1 column 4"),
        ),
        (
            "[1",
            1,
            Some("the file ends inside the array at line 1 column 3"),
        ),
        (
            "[\n {\"a\": [1, 2}",
            0,
            Some("the file ends at line 2 column 14, in the element starting at line 2 column 2"),
        ),
        (
            "[\"a\\\"]",
            0,
            Some("the file ends at line 1 column 7, in the element starting at line 1 column 2"),
        ),
        (
            "[{\"a\":1}}]",
            1,
            Some("expected `,` or `]` at line 1 column 9"),
        ),
    ] {
        for capacity in [1, 64 << 10] {
            let (found, stop) = scan(text.as_bytes(), capacity);
            assert_eq!((found.len(), stop.as_deref()), (kept, why), "{text:?}");
        }
    }
}

#[test]
fn anything_but_an_array_is_left_for_reading_whole() {
    for (text, head) in [
        ("{\"a\":1}", ""),
        ("\u{FEFF}\n {}", "\n "),
        ("", ""),
        ("  \"[\"", "  "),
    ] {
        let mut reader = text.as_bytes();
        let mut elements = Elements::new(&mut reader);
        let mut read = Vec::new();
        assert!(!elements.open(&mut read).unwrap(), "{text:?}");
        assert_eq!(read, head.as_bytes(), "{text:?}");
        elements.rest(&mut read).unwrap();
        let whole = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        assert_eq!(read, whole.as_bytes());
    }
}

#[test]
fn one_value_read_from_an_offset() {
    let text = b"[{\"x\": [\"]\"]}, 5]";
    let mut reader = &text[1..];
    let mut elements = Elements::at(&mut reader, 1);
    let mut buf = Vec::new();
    elements.value(&mut buf).unwrap();
    assert_eq!(buf, br#"{"x": ["]"]}"#);
    assert_eq!(reader, b", 5]");
}

use proptest::strategy::Strategy;

proptest::proptest! {
    /// Any bytes after a `[`: the scan ends (no panic, no endless loop), every element starts
    /// after the one before and holds the file's bytes at its offset, whatever the buffer.
    #[test]
    fn any_bytes_scan_to_an_end(
        body in proptest::prop_oneof![
            proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            // Mostly JSON's own punctuation, to get past the first element.
            "[\\[\\]{}\",:\\\\ a1\n]{0,200}".prop_map(String::into_bytes),
        ],
        capacity in 1usize..16,
    ) {
        let mut bytes = b"[".to_vec();
        bytes.extend(&body);
        let mut reader = BufReader::with_capacity(capacity, bytes.as_slice());
        let mut elements = Elements::new(&mut reader);
        proptest::prop_assert!(elements.open(&mut Vec::new()).unwrap());
        let mut buf = Vec::new();
        let mut end = 0;
        loop {
            match elements.next(&mut buf) {
                Ok(Some(at)) => {
                    let offset = usize::try_from(at.offset).unwrap();
                    proptest::prop_assert!(offset >= end && !buf.is_empty());
                    proptest::prop_assert_eq!(&bytes[offset..offset + buf.len()], buf.as_slice());
                    end = offset + buf.len();
                }
                Ok(None) | Err(Stop::Syntax(_)) => break,
                Err(Stop::Io(err)) => panic!("{err}"),
            }
        }
    }
}
