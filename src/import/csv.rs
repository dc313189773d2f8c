//! Reading the employee CSV: UTF-8 with or without a BOM, `,` or `;` detected from the header,
//! RFC 4180 quoting (separators, quotes and line breaks inside quoted fields), a header row
//! naming the columns in any order. Pure: bytes in, records and problems out.

use super::message::Message;

/// The columns an import file may have.
pub const COLUMNS: [&str; 5] = ["email", "name", "department", "locale", "external_id"];
/// The columns it must have.
pub const REQUIRED_COLUMNS: [&str; 3] = ["email", "name", "department"];

/// One data row, with the line it starts on (the header is line 1). Cells are untrimmed raw
/// text; absent optional columns are empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub email: String,
    pub name: String,
    pub department: String,
    pub locale: String,
    pub external_id: String,
}

/// A problem with one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// Line of the file where the row starts.
    pub line: usize,
    /// What is wrong.
    pub message: Message,
}

/// A file whose header is usable: its rows, and the rows that could not even be read.
#[derive(Debug, Default)]
pub struct ParsedFile {
    pub records: Vec<Record>,
    pub problems: Vec<RowProblem>,
}

struct RawRecord {
    line: usize,
    fields: Vec<String>,
    problem: Option<Message>,
}

/// Parses a whole file. A file-level problem (not UTF-8, no header, unknown or missing
/// columns) is the `Err`; row-level problems are collected in `ParsedFile::problems`.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, Message> {
    let text = std::str::from_utf8(bytes).map_err(|_| Message::new("import-not-utf8"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = detect_separator(text);
    let mut records = tokenize(text, separator).into_iter();
    let header = records
        .next()
        .ok_or_else(|| Message::new("import-empty-file"))?;
    if header.problem.is_some() {
        return Err(Message::new("import-bad-header"));
    }
    let columns = header_columns(&header.fields)?;
    let mut parsed = ParsedFile::default();
    for raw in records {
        if let Some(message) = raw.problem {
            parsed.problems.push(RowProblem {
                line: raw.line,
                message,
            });
            continue;
        }
        if raw.fields.len() != columns.len() {
            parsed.problems.push(RowProblem {
                line: raw.line,
                message: Message::new("import-field-count")
                    .number("expected", columns.len())
                    .number("found", raw.fields.len()),
            });
            continue;
        }
        let mut record = Record {
            line: raw.line,
            ..Record::default()
        };
        for (column, value) in columns.iter().zip(raw.fields) {
            match *column {
                "email" => record.email = value,
                "name" => record.name = value,
                "department" => record.department = value,
                "locale" => record.locale = value,
                _ => record.external_id = value,
            }
        }
        parsed.records.push(record);
    }
    Ok(parsed)
}

/// `;` when the header line has more semicolons than commas, `,` otherwise.
fn detect_separator(text: &str) -> char {
    let header = text.lines().next().unwrap_or_default();
    let semicolons = header.matches(';').count();
    let commas = header.matches(',').count();
    if semicolons > commas { ';' } else { ',' }
}

fn header_columns(fields: &[String]) -> Result<Vec<&'static str>, Message> {
    let mut columns: Vec<&'static str> = vec![];
    let mut unknown = vec![];
    for field in fields {
        let name = field.trim().to_lowercase();
        match COLUMNS.iter().find(|known| **known == name) {
            Some(known) if columns.contains(known) => {
                return Err(Message::new("import-duplicate-column").text("column", *known));
            }
            Some(known) => columns.push(known),
            None if name.is_empty() => unknown.push("\"\"".to_owned()),
            None => unknown.push(field.trim().to_owned()),
        }
    }
    if !unknown.is_empty() {
        return Err(Message::new("import-unknown-columns")
            .text("columns", unknown.join(", "))
            .text("allowed", COLUMNS.join(", ")));
    }
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .into_iter()
        .filter(|required| !columns.contains(required))
        .collect();
    if !missing.is_empty() {
        return Err(Message::new("import-missing-columns").text("columns", missing.join(", ")));
    }
    Ok(columns)
}

/// Splits text into records of fields, following RFC 4180 quoting. Blank lines are skipped.
fn tokenize(text: &str, separator: char) -> Vec<RawRecord> {
    let mut records = vec![];
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start_line = line;
        let mut fields = vec![];
        let mut field = String::new();
        let mut problem = None;
        let mut in_quotes = false;
        let mut after_closing_quote = false;
        loop {
            let Some(c) = chars.next() else {
                if in_quotes {
                    problem = Some(Message::new("import-unclosed-quote"));
                }
                fields.push(std::mem::take(&mut field));
                break;
            };
            if in_quotes {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        in_quotes = false;
                        after_closing_quote = true;
                    }
                } else {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            } else if c == separator {
                fields.push(std::mem::take(&mut field));
                after_closing_quote = false;
            } else if c == '\r' && chars.peek() == Some(&'\n') {
                // The line break itself is handled with the '\n'.
            } else if c == '\n' {
                line += 1;
                fields.push(std::mem::take(&mut field));
                break;
            } else if c == '"' && field.is_empty() && !after_closing_quote {
                in_quotes = true;
            } else {
                if after_closing_quote && problem.is_none() {
                    problem = Some(Message::new("import-text-after-quote"));
                }
                field.push(c);
            }
        }
        let blank = fields.len() == 1 && fields[0].trim().is_empty() && problem.is_none();
        if !blank {
            records.push(RawRecord {
                line: start_line,
                fields,
                problem,
            });
        }
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::Rng;

    #[test]
    fn columns_may_come_in_any_order_and_optional_ones_may_be_missing() {
        let file = parse(b"Name,EMAIL,department\nAna,ana@example.com,IT\n").unwrap();

        assert_eq!(file.records.len(), 1);
        let record = &file.records[0];
        assert_eq!(record.line, 2);
        assert_eq!(record.email, "ana@example.com");
        assert_eq!(record.name, "Ana");
        assert_eq!(record.department, "IT");
        assert_eq!(record.locale, "");
    }

    #[test]
    fn a_bom_and_semicolons_are_accepted() {
        let file =
            parse("\u{feff}email;name;department\r\nana@example.com;Ana, Lopez;IT\r\n".as_bytes())
                .unwrap();

        assert_eq!(file.records[0].name, "Ana, Lopez");
        assert_eq!(file.records[0].department, "IT");
    }

    #[test]
    fn quoted_fields_keep_separators_quotes_and_line_breaks() {
        let text =
            "email,name,department\n\"a@x.org\",\"Smith, \"\"Jo\"\"\nJr\",IT\nb@x.org,Bo,IT\n";

        let file = parse(text.as_bytes()).unwrap();

        assert_eq!(file.records[0].name, "Smith, \"Jo\"\nJr");
        assert_eq!(
            file.records[1].line, 4,
            "line numbers count the embedded break"
        );
    }

    #[test]
    fn unknown_missing_and_duplicate_columns_reject_the_file() {
        let unknown = parse(b"email,name,department,salary\n").unwrap_err();
        assert_eq!(unknown.key, "import-unknown-columns");
        let missing = parse(b"email,locale\n").unwrap_err();
        assert_eq!(missing.key, "import-missing-columns");
        let duplicate = parse(b"email,name,email,department\n").unwrap_err();
        assert_eq!(duplicate.key, "import-duplicate-column");
        assert_eq!(parse(b"").unwrap_err().key, "import-empty-file");
        assert_eq!(
            parse(&[0xff, 0xfe, 0x00]).unwrap_err().key,
            "import-not-utf8"
        );
    }

    #[test]
    fn rows_with_the_wrong_number_of_fields_or_broken_quotes_are_reported_by_line() {
        let text = "email,name,department\na@x.org,A\n\nb@x.org,\"B\"x,IT\nc@x.org,\"C,IT\n";

        let file = parse(text.as_bytes()).unwrap();

        let lines: Vec<(usize, &str)> = file
            .problems
            .iter()
            .map(|p| (p.line, p.message.key))
            .collect();
        assert_eq!(
            lines,
            [
                (2, "import-field-count"),
                (4, "import-text-after-quote"),
                (5, "import-unclosed-quote")
            ]
        );
        assert!(file.records.is_empty());
    }

    fn encode(field: &str, separator: char) -> String {
        if field.contains([separator, '"', '\n', '\r']) || field.starts_with('"') {
            format!("\"{}\"", field.replace('"', "\"\""))
        } else {
            field.to_owned()
        }
    }

    /// Property: any table of fields, written with quoting, reads back unchanged.
    #[test]
    fn any_quoted_table_reads_back_unchanged() {
        let alphabet = ['a', 'Z', ' ', ',', ';', '"', '\n', 'é', 'ж', '1'];
        let mut rng = rand::rng();
        for _ in 0..300 {
            let separator = if rng.random_bool(0.5) { ',' } else { ';' };
            let rows: Vec<[String; 3]> = (0..rng.random_range(1..6))
                .map(|_| {
                    std::array::from_fn(|_| {
                        let length = rng.random_range(1..8);
                        (0..length)
                            .map(|_| alphabet[rng.random_range(0..alphabet.len())])
                            .collect::<String>()
                    })
                })
                .filter(|row: &[String; 3]| !row.iter().all(|f| f.trim().is_empty()))
                .collect();
            let mut text = ["email", "name", "department"].join(&separator.to_string());
            text.push('\n');
            for row in &rows {
                let cells: Vec<String> = row.iter().map(|f| encode(f, separator)).collect();
                text.push_str(&cells.join(&separator.to_string()));
                text.push_str("\r\n");
            }

            let file = parse(text.as_bytes()).unwrap();

            assert!(file.problems.is_empty(), "{text:?}");
            let read: Vec<[String; 3]> = file
                .records
                .into_iter()
                .map(|r| [r.email, r.name, r.department])
                .collect();
            assert_eq!(read, rows, "{text:?}");
        }
    }
}
