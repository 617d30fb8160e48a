//! Byte scanning for the tokenizer: the run of ASCII letters and digits that makes up most of
//! every word, measured eight bytes at a time.

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter or digit.
fn alnum_bits(x: u64) -> u64 {
    // Without their high bits, bytes are at most 0x7f: adding at most 0x80 carries into no
    // neighbour, and the sum's high bit says whether the byte reached the bound.
    let low7 = x & !HIGH;
    let at_least = |lo: u8| low7 + u64::from(0x80 - lo) * LOW;
    let above = |hi: u8| low7 + u64::from(0x7f - hi) * LOW;
    let digit = at_least(b'0') & !above(b'9');
    let upper = at_least(b'A') & !above(b'Z');
    let lower = at_least(b'a') & !above(b'z');
    (digit | upper | lower) & !x & HIGH
}

/// Length of the leading run of ASCII letters and digits in `b`.
pub(super) fn alnum_run(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let stop = !alnum_bits(u64::from_le_bytes(word)) & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b
        .get(n..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
}

#[cfg(test)]
mod tests {
    use super::alnum_run;

    fn naive(b: &[u8]) -> usize {
        b.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
    }

    #[test]
    fn agrees_with_a_byte_loop_on_every_byte_and_position() {
        for stop in 0..=255u8 {
            for at in 0..20 {
                let mut b = vec![b'a'; 24];
                b[at] = stop;
                assert_eq!(alnum_run(&b), naive(&b), "byte {stop:#x} at {at}");
                assert_eq!(alnum_run(&b[..at + 1]), naive(&b[..at + 1]));
            }
        }
        for t in [
            "",
            "Zz09",
            "Jean-Noël",
            "abcdefgh",
            "abcdefghi j",
            "é",
            "U.S.",
        ] {
            assert_eq!(alnum_run(t.as_bytes()), naive(t.as_bytes()), "{t}");
        }
    }
}
