//! Quoted-printable bodies put together from pieces encoded apart. The mail merge encodes the
//! fixed text of a rendered shape once and only the recipient's values for each email; the
//! pieces are joined by soft line breaks (`=` CRLF), which a reader removes when decoding, so
//! the decoded body is the pieces' text joined as it is.
//!
//! Each piece gets CRLF line endings and is encoded with lines of at most 75 characters, so a
//! line stays within the 76 that RFC 2045 allows when a soft break follows it. Text holding a
//! carriage return is not cut into pieces (a CR at the end of one piece and an LF at the start
//! of the next would no longer be one line break): see [`can_piece`].

/// Longest encoded line before a soft break is added to it.
const LINE_LIMIT: usize = 75;

/// What ends an encoded line inside a logical one.
const SOFT_BREAK: &str = "=\r\n";

/// Whether `text` may be encoded as a piece of a body: it holds no carriage return.
pub fn can_piece(text: &str) -> bool {
    !text.contains('\r')
}

/// `text` (without carriage returns, see [`can_piece`]) with CRLF line endings, encoded as
/// quoted-printable.
pub fn encode_piece(text: &str) -> String {
    let crlf = text.replace('\n', "\r\n");
    quoted_printable::encode_with_options(
        crlf,
        quoted_printable::Options::default()
            .input_mode(quoted_printable::InputMode::Text)
            .line_length_limit(LINE_LIMIT),
    )
}

/// A whole body encoded as quoted-printable, with CRLF line endings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedPrintable(Vec<u8>);

impl QuotedPrintable {
    /// The encoded pieces (from [`encode_piece`]) joined into one body, a soft line break
    /// between two pieces unless the first ends a line.
    pub fn join<'a>(pieces: impl Iterator<Item = &'a str> + Clone) -> Self {
        let capacity = pieces
            .clone()
            .map(|piece| piece.len() + SOFT_BREAK.len())
            .sum();
        let mut body = Vec::with_capacity(capacity);
        for piece in pieces.filter(|piece| !piece.is_empty()) {
            if !body.is_empty() && !body.ends_with(b"\r\n") {
                body.extend_from_slice(SOFT_BREAK.as_bytes());
            }
            body.extend_from_slice(piece.as_bytes());
        }
        Self(body)
    }

    /// The encoded bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(body: QuotedPrintable) -> String {
        let bytes =
            quoted_printable::decode(body.into_bytes(), quoted_printable::ParseMode::Strict)
                .expect("valid quoted-printable");
        String::from_utf8(bytes).expect("UTF-8")
    }

    fn joined(texts: &[&str]) -> QuotedPrintable {
        let pieces: Vec<String> = texts.iter().map(|text| encode_piece(text)).collect();
        QuotedPrintable::join(pieces.iter().map(String::as_str))
    }

    #[test]
    fn pieces_encoded_apart_decode_to_their_text_joined_with_crlf_line_endings() {
        let long = "x".repeat(200);
        let texts = [
            "Hello ",
            "Łukasz Żółć",
            ",\n\nplease answer: ",
            "https://pulse.example/s/abc?a=1&b=2",
            " \n",
            "",
            ".starts a line with a dot =3D\tand a tab\t",
            &long,
            "\nend ",
        ];
        assert_eq!(
            decoded(joined(&texts)),
            texts.concat().replace('\n', "\r\n")
        );
    }

    #[test]
    fn no_encoded_line_is_longer_than_rfc_2045_allows() {
        let texts = [&"a".repeat(75), &"é".repeat(40), "b", &"c ".repeat(60)];
        let body = joined(&texts).into_bytes();
        let text = String::from_utf8(body).expect("ASCII");
        for line in text.split("\r\n") {
            assert!(line.len() <= 76, "{line:?} is {} long", line.len());
            assert!(line.is_ascii());
        }
    }

    #[test]
    fn a_piece_ending_a_line_is_joined_without_a_soft_break() {
        let body = joined(&["Hello,\n", "Ana"]).into_bytes();
        assert_eq!(body, b"Hello,\r\nAna");
    }

    #[test]
    fn text_with_a_carriage_return_is_not_cut_into_pieces() {
        assert!(can_piece("Hello\nAna"));
        assert!(!can_piece("Hello\r\nAna"));
        assert!(!can_piece("Ana\r"));
    }
}
