//! Recipient masking for logs: enough to tell messages apart (`a***@example.com`), not enough
//! to tell who was written to. Logs never carry a full address or a message body.

/// Masks one address as its first character, `***` and the domain: `a***@example.com`.
/// Text without `@` becomes `***`.
pub fn mask_address(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map(String::from).unwrap_or_default();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

/// Masks every email address inside free text (an SMTP server's reply often quotes the
/// recipient), leaving the rest untouched, so error texts can be logged.
pub fn redact_addresses(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut at = 0;
    while at < chars.len() {
        if chars[at] != '@' {
            at += 1;
            continue;
        }
        let start = (0..at)
            .rev()
            .take_while(|&i| is_local_char(chars[i]))
            .last()
            .unwrap_or(at);
        let end = (at + 1..chars.len())
            .take_while(|&i| is_domain_char(chars[i]))
            .last()
            .map_or(at + 1, |i| i + 1);
        if start < at && end > at + 1 && start >= copied {
            out.extend(&chars[copied..start]);
            out.push(chars[start]);
            out.push_str("***@");
            out.extend(&chars[at + 1..end]);
            copied = end;
        }
        at = end.max(at + 1);
    }
    out.extend(&chars[copied..]);
    out
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || "._%+-'!#$&*/=?^`{|}~".contains(c)
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '.' || c == '-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_keeps_only_its_first_character_and_domain() {
        assert_eq!(mask_address("ana.lopez@example.com"), "a***@example.com");
        assert_eq!(mask_address("b@example.org"), "b***@example.org");
    }

    #[test]
    fn text_without_an_at_sign_is_masked_entirely() {
        assert_eq!(mask_address("not-an-address"), "***");
        assert_eq!(mask_address(""), "***");
    }

    #[test]
    fn addresses_quoted_in_a_server_reply_are_masked_and_the_rest_is_kept() {
        let reply = "permanent error (550): 5.1.1 <ana.lopez@example.com>: Recipient address rejected; \
                     also cc jo@x.io.";
        assert_eq!(
            redact_addresses(reply),
            "permanent error (550): 5.1.1 <a***@example.com>: Recipient address rejected; \
             also cc j***@x.io."
        );
    }

    #[test]
    fn text_without_addresses_is_unchanged() {
        for text in [
            "connection refused",
            "a @ b",
            "@",
            "trailing@",
            "",
            "ünïcode ok",
        ] {
            assert_eq!(redact_addresses(text), text);
        }
    }
}
