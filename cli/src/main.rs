//! `keyless-errors`: see `keyless-errors --help`, or the crate's `cli` module.

fn main() -> std::process::ExitCode {
    keyless_errors_cli::cli::main()
}
