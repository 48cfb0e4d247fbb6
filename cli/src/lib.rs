//! The `keyless-errors` command: what a Keyless SDK error code means, from a
//! shell. The binary (`src/main.rs`) parses the arguments; everything it
//! prints is built here, so that tests can call it directly.

pub mod annotate;
pub mod cli;
pub mod codes;
pub mod export;
pub mod json;
pub mod query;
pub mod render;
pub mod search;
pub mod style;
