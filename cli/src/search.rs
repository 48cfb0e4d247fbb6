//! `search WORDS…`: the documented codes whose fields contain every word, in
//! any case, including the user message in every language the library
//! carries. Name matches come first.

use crate::codes::{self, Code, Locale};

/// One code that matched, with where each word was found.
#[derive(Clone, Debug)]
pub struct Hit {
    pub code: Code,
    /// Lower is better: 0 every word is in the name, 1 some word is in the
    /// name, 2 some word is in the title, 3 elsewhere.
    pub rank: u8,
    /// The fields that contain at least one word, in the order of
    /// [`fields`]; user messages as `user_message:<tag>`.
    pub matched_in: Vec<String>,
}

/// The searchable fields of a code, each with its name.
fn fields(code: &Code, locales: &[Locale]) -> Vec<(String, String)> {
    let entry = code.entry;
    let mut fields = vec![
        ("name".to_string(), entry.name.as_str().to_string()),
        ("title".to_string(), entry.title.as_str().to_string()),
        ("code".to_string(), format!("{} {}", code.code, code.hex())),
        ("category".to_string(), code.category_label().to_string()),
        ("description".to_string(), entry.description.as_str().to_string()),
        ("advice".to_string(), entry.advice.as_str().to_string()),
        ("action".to_string(), code.action_name()),
        ("note".to_string(), entry.note.as_str().to_string()),
        ("shared".to_string(), format!("{} {}", entry.shared_code, entry.shared_name.as_str())),
        ("source".to_string(), code.source().unwrap_or_default().to_string()),
    ];
    for locale in locales {
        fields.push((format!("user_message:{}", locale.tag), locale.user_message(code.code).to_string()));
    }
    fields
}

/// Every documented code that contains all `words`, best first, then by code.
pub fn search(words: &[String], locales: &[Locale]) -> Vec<Hit> {
    let words: Vec<String> = words.iter().flat_map(|word| word.split_whitespace()).map(str::to_lowercase).collect();
    let mut hits = Vec::new();
    for code in codes::documented() {
        let fields: Vec<(String, String)> =
            fields(&code, locales).into_iter().map(|(name, text)| (name, text.to_lowercase())).collect();
        let found_anywhere = |word: &String| fields.iter().any(|(_, text)| text.contains(word.as_str()));
        if words.is_empty() || !words.iter().all(found_anywhere) {
            continue;
        }
        let in_field = |field: &str, word: &String| fields.iter().any(|(name, text)| name == field && text.contains(word.as_str()));
        let rank = if words.iter().all(|word| in_field("name", word)) {
            0
        } else if words.iter().any(|word| in_field("name", word)) {
            1
        } else if words.iter().any(|word| in_field("title", word)) {
            2
        } else {
            3
        };
        let matched_in = fields
            .iter()
            .filter(|(_, text)| words.iter().any(|word| text.contains(word.as_str())))
            .map(|(name, _)| name.clone())
            .collect();
        hits.push(Hit { code, rank, matched_in });
    }
    hits.sort_by_key(|hit| (hit.rank, hit.code.code));
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_of(hits: &[Hit]) -> Vec<i32> {
        hits.iter().map(|hit| hit.code.code).collect()
    }

    #[test]
    fn names_rank_first() {
        let hits = search(&["lockout".into()], &codes::locales());
        let found = codes_of(&hits);
        // Both lockout codes have it in their name; others only in their text.
        assert_eq!(&found[..2], &[523, 30007]);
        assert!(hits[..2].iter().all(|hit| hit.rank == 0));
        assert!(hits[2..].iter().all(|hit| hit.rank > 0));
    }

    #[test]
    fn every_word_must_match_in_any_case() {
        let hits = search(&["FACE".into(), "matching".into()], &[Locale::ENGLISH]);
        assert_eq!(codes_of(&hits), vec![30004]);
        assert!(search(&["face".into(), "zebra".into()], &[Locale::ENGLISH]).is_empty());
        assert!(search(&[], &[Locale::ENGLISH]).is_empty());
    }

    #[test]
    fn user_messages_of_every_locale_are_searched() {
        let locales = codes::locales();
        for locale in &locales {
            // The longest word of each code's message in that language finds the code.
            for code in codes::documented() {
                let message = locale.user_message(code.code);
                let word = message.split_whitespace().max_by_key(|word| word.chars().count()).unwrap();
                let hits = search(&[word.to_string()], &locales);
                let hit = hits.iter().find(|hit| hit.code.code == code.code);
                let hit = hit.unwrap_or_else(|| panic!("{word:?} ({}) does not find {}", locale.tag, code.code));
                assert!(hit.matched_in.contains(&format!("user_message:{}", locale.tag)));
            }
        }
    }
}
