//! `mailto:` links (RFC 6068) that open a draft in the user's mail client
//! with the subject and body filled in.
//!
//! The subject and body are UTF-8, percent-encoded byte by byte; everything
//! but RFC 3986's unreserved characters is encoded, so a space is `%20`
//! (never `+`), and `&`, `=`, `?` and `#` in the text cannot end a field
//! early. Line breaks become CRLF (`%0D%0A`), as the RFC requires. The
//! address keeps the characters an address is made of and encodes the
//! rest. No crate in the dependency tree does this, so it is written here.

/// The link that opens a message to `to` with `subject` and `body`; an
/// empty subject or body is left out.
pub(super) fn link(to: &str, subject: &str, body: &str) -> String {
    link_to_all(&[to], subject, body)
}

/// The link that opens one message to every address of `to` (separated by
/// commas, as RFC 6068 writes several recipients).
pub(super) fn link_to_all(to: &[&str], subject: &str, body: &str) -> String {
    let addresses: Vec<String> = to
        .iter()
        .map(|address| encode(address.trim(), is_address_char))
        .collect();
    let mut link = format!("mailto:{}", addresses.join(","));
    let mut separator = '?';
    for (field, value) in [("subject", subject.to_owned()), ("body", crlf(body))] {
        if value.is_empty() {
            continue;
        }
        link.push(separator);
        link.push_str(field);
        link.push('=');
        link.push_str(&encode(&value, is_unreserved));
        separator = '&';
    }
    link
}

/// RFC 3986 unreserved: letters, digits, `-`, `.`, `_`, `~`.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// What an address may keep as it is: unreserved, `@`, and RFC 6068's
/// `some-delims` (`+` as in "jane+cme@…"), less the `&` and `=` that
/// separate the header fields.
fn is_address_char(byte: u8) -> bool {
    is_unreserved(byte)
        || matches!(
            byte,
            b'@' | b'!' | b'$' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b':'
        )
}

/// Every byte of `text` that `keep` refuses as `%XX`.
fn encode(text: &str, keep: fn(u8) -> bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 3);
    for &byte in text.as_bytes() {
        if keep(byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0F)]));
        }
    }
    out
}

/// Line breaks (LF, CR or CRLF) as CRLF.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_umlauts_and_line_breaks_are_percent_encoded() {
        assert_eq!(
            link(
                "lena@example.de",
                "Grüße aus Köln",
                "Liebe Lena,\n\nbis bald"
            ),
            "mailto:lena@example.de?subject=Gr%C3%BC%C3%9Fe%20aus%20K%C3%B6ln\
             &body=Liebe%20Lena%2C%0D%0A%0D%0Abis%20bald"
        );
    }

    #[test]
    fn ampersands_and_question_marks_cannot_end_a_field() {
        assert_eq!(
            link("a@b.org", "Q&A? 100% = yes #1", "x+y"),
            "mailto:a@b.org?subject=Q%26A%3F%20100%25%20%3D%20yes%20%231&body=x%2By"
        );
    }

    #[test]
    fn crlf_and_lone_cr_are_one_line_break_each() {
        assert_eq!(
            link("a@b.org", "", "one\r\ntwo\rthree"),
            "mailto:a@b.org?body=one%0D%0Atwo%0D%0Athree"
        );
    }

    #[test]
    fn an_address_keeps_its_plus_and_encodes_what_would_break_the_link() {
        assert_eq!(
            link("jane+cme@example.org", "", ""),
            "mailto:jane+cme@example.org"
        );
        assert_eq!(link("a?b#c@x.org", "", ""), "mailto:a%3Fb%23c@x.org");
    }
}
