//! The documents that belong to the command's output:
//! - docs/error-codes.md is `keyless-errors export --format md`, committed;
//!   this test fails when the committed copy is stale, and `make regenerate`
//!   (`KEYLESS_REGENERATE=1 cargo test -p keyless-errors-cli --test generated_docs`)
//!   rewrites it;
//! - docs/export-schema.md describes every field of the JSON the command
//!   writes; this test fails when a field is missing there, or documented
//!   with another type, or documented but no longer written;
//! - the README's Quick start shows what `explain 30004` prints; `make
//!   regenerate` rewrites that block (and only it).

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

const REFERENCE: &str = "docs/error-codes.md";
const SCHEMA_DOC: &str = "docs/export-schema.md";
const REGENERATE_COMMAND: &str = "make regenerate";
const README: &str = "README.md";
/// The Quick start's command; the README shows its output in the block after it.
const QUICK_START_COMMAND: &str = "```sh\ncargo run -p keyless-errors-cli -- explain 30004\n```\n\n```\n";

fn regenerating() -> bool {
    std::env::var_os("KEYLESS_REGENERATE").is_some()
}

/// Replaces a file in one step, since other tests may be reading it.
fn write_atomically(path: &std::path::Path, contents: &[u8]) {
    let temporary = path.with_extension("regenerating");
    std::fs::write(&temporary, contents).expect("write the new file");
    std::fs::rename(&temporary, path).expect("replace the file");
}

#[test]
fn error_code_reference_is_current() {
    let fresh = common::stdout_of(&["export", "--format", "md"], 0);
    let path = common::repository_root().join(REFERENCE);
    if regenerating() {
        write_atomically(&path, fresh.as_bytes());
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == fresh.as_bytes(),
        "{REFERENCE} is stale ({}).\nIt is the output of `keyless-errors export --format md`; regenerate it with:\n\n    {REGENERATE_COMMAND}\n",
        common::first_difference(&committed, fresh.as_bytes())
    );
}

#[test]
fn readme_quick_start_shows_what_the_command_prints() {
    let fresh = common::stdout_of(&["explain", "30004"], 0);
    let path = common::repository_root().join(README);
    let readme = std::fs::read_to_string(&path).expect("read README.md");
    let section_start = readme.find("## Quick start\n").expect("the README has a Quick start section");
    let section_end = readme[section_start + 1..].find("\n## ").map_or(readme.len(), |end| section_start + 1 + end);
    let section = &readme[section_start..section_end];
    let block_start = section_start
        + section.find(QUICK_START_COMMAND).expect("the Quick start shows `cargo run -p keyless-errors-cli -- explain 30004`")
        + QUICK_START_COMMAND.len();
    let block_end = block_start + readme[block_start..].find("```\n").expect("the output block is closed");
    if regenerating() {
        let updated = format!("{}{fresh}{}", &readme[..block_start], &readme[block_end..]);
        write_atomically(&path, updated.as_bytes());
        return;
    }
    let shown = &readme[block_start..block_end];
    assert!(
        shown == fresh,
        "the README's Quick start does not show what `explain 30004` prints ({}).\nRewrite it with:\n\n    {REGENERATE_COMMAND}\n",
        common::first_difference(shown.as_bytes(), fresh.as_bytes())
    );
}

/// The JSON type of a value, in the words the schema document uses.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(number) if number.is_i64() || number.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(items) if items.iter().all(Value::is_string) => "array of strings",
        Value::Array(_) => "array of objects",
        Value::Object(members) if members.values().all(Value::is_string) && !members.is_empty() => "object of strings",
        Value::Object(_) => "object",
    }
}

/// The documented fields of each object of docs/export-schema.md: a level-2
/// heading names the object in backticks (`codes[]`), and its table has
/// rows `| \`field\` | type | meaning |`; "or null" after a type allows null.
fn documented_objects(markdown: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut objects: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            current = heading.split('`').nth(1).map(str::to_string);
            continue;
        }
        let (Some(object), Some(row)) = (&current, line.strip_prefix("| `")) else { continue };
        let mut cells = row.split(" | ");
        let field = cells.next().unwrap_or_default().trim_end_matches('`').to_string();
        let kind = cells.next().unwrap_or_default().trim().to_string();
        objects.entry(object.clone()).or_default().insert(field, kind);
    }
    objects
}

fn check_object(object: &str, value: &Value, documented: &BTreeMap<String, BTreeMap<String, String>>, seen_null: &mut Vec<String>) {
    let fields = documented.get(object).unwrap_or_else(|| panic!("{SCHEMA_DOC} has no section for `{object}`"));
    let members = value.as_object().unwrap_or_else(|| panic!("`{object}` is not an object"));
    for (field, field_value) in members {
        let documented_type =
            fields.get(field).unwrap_or_else(|| panic!("{SCHEMA_DOC}: `{object}` has the field `{field}`, which is not documented"));
        let actual = type_name(field_value);
        let allowed = documented_type.split(" or ").any(|kind| kind == actual);
        assert!(allowed, "{SCHEMA_DOC}: `{object}.{field}` is documented as {documented_type}, but is {actual}");
        if actual == "null" {
            seen_null.push(format!("{object}.{field}"));
        }
    }
    for field in fields.keys() {
        assert!(members.contains_key(field), "{SCHEMA_DOC}: `{object}.{field}` is documented but not written");
    }
}

#[test]
fn export_schema_documents_every_field() {
    let markdown = std::fs::read_to_string(common::repository_root().join(SCHEMA_DOC)).expect("read docs/export-schema.md");
    let documented = documented_objects(&markdown);
    let mut nulls = Vec::new();

    let export: Value = serde_json::from_str(&common::stdout_of(&["export", "--format", "json"], 0)).expect("valid JSON");
    check_object("export", &export, &documented, &mut nulls);
    check_object("shared_fallback", &export["shared_fallback"], &documented, &mut nulls);
    for code in export["codes"].as_array().expect("codes[]") {
        check_object("codes[]", code, &documented, &mut nulls);
    }
    for category in export["undocumented"].as_array().expect("undocumented[]") {
        check_object("undocumented[]", category, &documented, &mut nulls);
    }
    let version = format!("schema version {}", export["schema_version"]);
    assert!(markdown.contains(&version), "{SCHEMA_DOC} does not describe {version}");

    // The code object of --json is the same, without the languages table.
    for line in common::stdout_of(&["explain", "--json", "30004", "20005", "99999"], 1).lines() {
        let mut code: Value = serde_json::from_str(line).expect("valid JSON");
        check_object("codes[]", &with_user_messages(&mut code), &documented, &mut nulls);
    }
    for line in common::stdout_of(&["search", "--json", "lockout"], 0).lines() {
        let mut code: Value = serde_json::from_str(line).expect("valid JSON");
        let matched = code.as_object_mut().unwrap().remove("matched_in").expect("search adds matched_in");
        check_object("search", &serde_json::json!({ "matched_in": matched }), &documented, &mut nulls);
        check_object("codes[]", &with_user_messages(&mut code), &documented, &mut nulls);
    }
    let findings = common::stdout_of(&["annotate", "--json", "tests/data/logcat-threadtime.log"], 0);
    for line in findings.lines() {
        check_object("finding", &serde_json::from_str(line).expect("valid JSON"), &documented, &mut nulls);
    }
    // Every field documented as nullable is null somewhere above, so the
    // check of its null type really ran.
    for fields in documented.values() {
        for (field, kind) in fields {
            if kind.ends_with("or null") {
                assert!(nulls.iter().any(|seen| seen.ends_with(&format!(".{field}"))), "no output above has `{field}` null");
            }
        }
    }
}

fn with_user_messages(code: &mut Value) -> Value {
    let message = code["user_message"].clone();
    let locale = code["locale"].as_str().unwrap().to_string();
    code.as_object_mut().unwrap().insert("user_messages".into(), serde_json::json!({ locale: message }));
    code.clone()
}
