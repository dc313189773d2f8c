//! Numbers as people read them in each shipped language: a decimal comma everywhere but in
//! English, a true minus sign, an explicit plus for changes.

use crate::domain::Locale;

/// `value` with `digits` decimals in `locale`'s notation; `signed` adds "+" to positive values
/// (for changes). Never prints "-0".
pub fn decimal(value: f64, digits: usize, locale: Locale, signed: bool) -> String {
    let text = format!("{:.*}", digits, value.abs());
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    let text = if locale == Locale::EN {
        text
    } else {
        text.replace('.', ",")
    };
    let sign = if is_zero {
        ""
    } else if value < 0.0 {
        "\u{2212}"
    } else if signed {
        "+"
    } else {
        ""
    };
    format!("{sign}{text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_uses_a_point_and_the_others_a_comma() {
        assert_eq!(decimal(4.26, 1, Locale::EN, false), "4.3");
        assert_eq!(
            decimal(4.25, 2, Locale::parse("fr").unwrap(), false),
            "4,25"
        );
    }

    #[test]
    fn changes_carry_their_sign_and_zero_has_none() {
        assert_eq!(decimal(0.3, 1, Locale::EN, true), "+0.3");
        assert_eq!(decimal(-12.0, 0, Locale::EN, true), "\u{2212}12");
        assert_eq!(decimal(-0.01, 1, Locale::EN, true), "0.0");
    }
}
