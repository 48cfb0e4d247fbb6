// Generated from src/catalog.rs by tests/generated_files.rs; do not edit.
