//! Plausible people for the demo: first names and surnames per shipped locale, the feminine
//! surname forms of Russian and Polish, and the ASCII spelling used in email addresses.

use crate::domain::Locale;
use rand::Rng;
use rand::seq::IndexedRandom;

/// A generated person.
pub struct Person {
    /// Full name in the person's own script, e.g. "Łukasz Wiśniewski".
    pub name: String,
    /// `firstname.lastname` in lowercase ASCII, for the email address.
    pub email_local: String,
}

/// The name lists of one language: first names separated by spaces, surnames by commas
/// (some contain a space, like "de Vries").
struct Names {
    female: &'static str,
    male: &'static str,
    surnames: &'static str,
}

const EN: Names = Names {
    female: "Emma Sophie Charlotte Amelia Grace Lucy Hannah Olivia",
    male: "Oliver James Harry Thomas Daniel Samuel George Jack",
    surnames: "Smith, Taylor, Brown, Wilson, Clarke, Walker, Wright, Hughes, Patel, Turner, \
               Bennett, Cooper, Khan, Murphy",
};
const NL: Names = Names {
    female: "Sanne Fleur Eva Lotte Anouk Femke Ilse Marloes",
    male: "Daan Lars Bram Thijs Jeroen Sven Joris Ruben",
    surnames: "de Vries, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, Bos, Vos, \
               Peters, Hendriks, van Dijk, Dekker",
};
const FR: Names = Names {
    female: "Camille Chloé Léa Manon Inès Élodie Margaux Julie",
    male: "Lucas Hugo Antoine Julien Mathieu Nicolas Théo Maxime",
    surnames: "Martin, Bernard, Dubois, Lefèvre, Moreau, Laurent, Girard, Rousseau, Fontaine, \
               Mercier, Chevalier, Lambert, Gauthier, Perrin",
};
const ES: Names = Names {
    female: "Lucía Carmen Marta Elena Paula Nuria Irene Sara",
    male: "Javier Alejandro Pablo Sergio Diego Álvaro Raúl Adrián",
    surnames: "García, Fernández, López, Martínez, Sánchez, Romero, Navarro, Torres, \
               Domínguez, Gil, Ruiz, Ortega, Castillo, Molina",
};
const RU: Names = Names {
    female: "Анна Екатерина Ольга Наталья Мария Татьяна Светлана Ирина",
    male: "Дмитрий Алексей Сергей Иван Михаил Андрей Павел Николай",
    surnames: "Смирнов, Иванов, Кузнецов, Попов, Соколов, Лебедев, Козлов, Новиков, Морозов, \
               Волков, Павлов, Фёдоров, Орлов, Егоров",
};
const PL: Names = Names {
    female: "Anna Katarzyna Magdalena Agnieszka Joanna Małgorzata Zofia Ewa",
    male: "Piotr Tomasz Łukasz Krzysztof Paweł Michał Grzegorz Marek",
    surnames: "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, \
               Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Mazur, Jankowski",
};

fn names(locale: Locale) -> &'static Names {
    match locale.as_str() {
        "nl" => &NL,
        "fr" => &FR,
        "es" => &ES,
        "ru" => &RU,
        "pl" => &PL,
        _ => &EN,
    }
}

/// A random person from `locale`'s name lists (surname in its feminine form where the
/// language has one).
pub fn random_person(rng: &mut impl Rng, locale: Locale) -> Person {
    let names = names(locale);
    let female = rng.random_bool(0.5);
    let first_names: Vec<&str> = if female { names.female } else { names.male }
        .split_whitespace()
        .collect();
    let surnames: Vec<&str> = names.surnames.split(',').map(str::trim).collect();
    let first = first_names.choose(rng).copied().unwrap_or("Alex");
    let surname = surnames.choose(rng).copied().unwrap_or("Smith");
    let surname = if female {
        feminine_surname(locale, surname)
    } else {
        surname.to_owned()
    };
    Person {
        name: format!("{first} {surname}"),
        email_local: format!("{}.{}", ascii_slug(first), ascii_slug(&surname)),
    }
}

/// Смирнов → Смирнова, Kowalski → Kowalska; other languages have one form.
fn feminine_surname(locale: Locale, surname: &str) -> String {
    match locale.as_str() {
        "ru" if surname.ends_with("ов") || surname.ends_with("ев") || surname.ends_with("ин") =>
        {
            format!("{surname}а")
        }
        "pl" if surname.ends_with("ski") || surname.ends_with("cki") => {
            format!("{}a", surname.trim_end_matches('i'))
        }
        _ => surname.to_owned(),
    }
}

/// Lowercase ASCII for an email address: Cyrillic transliterated, diacritics dropped,
/// spaces and punctuation removed ("de Vries" → "devries", "Фёдоров" → "fedorov").
pub fn ascii_slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => slug.push(c),
            _ => slug.push_str(transliterate(c)),
        }
    }
    slug
}

fn transliterate(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ą' | 'а' => "a",
        'ç' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'е' | 'ё' | 'э' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'и' => "i",
        'ł' | 'л' => "l",
        'ñ' | 'ń' | 'н' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'о' => "o",
        'ś' | 'с' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'у' => "u",
        'ź' | 'ż' | 'з' => "z",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ж' => "zh",
        'й' | 'ы' => "y",
        'к' => "k",
        'м' => "m",
        'п' => "p",
        'р' => "r",
        'т' => "t",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_plain_ascii_email_parts() {
        assert_eq!(ascii_slug("de Vries"), "devries");
        assert_eq!(ascii_slug("Фёдорова"), "fedorova");
        assert_eq!(ascii_slug("Łukasz"), "lukasz");
        assert_eq!(ascii_slug("Domínguez"), "dominguez");
        assert_eq!(ascii_slug("Щукин"), "shchukin");
    }

    #[test]
    fn russian_and_polish_surnames_take_their_feminine_form() {
        let ru = Locale::parse("ru").unwrap();
        let pl = Locale::parse("pl").unwrap();
        assert_eq!(feminine_surname(ru, "Смирнов"), "Смирнова");
        assert_eq!(feminine_surname(pl, "Kowalski"), "Kowalska");
        assert_eq!(feminine_surname(pl, "Nowak"), "Nowak");
    }
}
