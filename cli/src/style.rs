//! Colour: only on a terminal, never when NO_COLOR is set (https://no-color.org:
//! any non-empty value), and never on a "dumb" terminal.

use std::io::IsTerminal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub colour: bool,
}

impl Style {
    pub const PLAIN: Style = Style { colour: false };

    /// The style for standard output, from the process's environment.
    pub fn for_stdout() -> Style {
        Style::decide(
            std::io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref().map(|value| value.to_string_lossy().into_owned()).as_deref(),
            std::env::var_os("TERM").as_deref().map(|value| value.to_string_lossy().into_owned()).as_deref(),
        )
    }

    /// The rule itself, separate from the environment so that it can be tested.
    pub fn decide(is_terminal: bool, no_color: Option<&str>, term: Option<&str>) -> Style {
        let no_color = no_color.is_some_and(|value| !value.is_empty());
        let dumb = term == Some("dumb");
        Style { colour: is_terminal && !no_color && !dumb }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn yellow(self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn cyan(self, text: &str) -> String {
        self.paint("36", text)
    }

    fn paint(self, sgr: &str, text: &str) -> String {
        if self.colour { format!("\x1b[{sgr}m{text}\x1b[0m") } else { text.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(Style::decide(true, None, Some("xterm-256color")).colour);
        assert!(Style::decide(true, Some(""), None).colour, "an empty NO_COLOR does not count");
        assert!(!Style::decide(true, Some("1"), None).colour);
        assert!(!Style::decide(false, None, None).colour);
        assert!(!Style::decide(true, None, Some("dumb")).colour);
        assert_eq!(Style::PLAIN.bold("x"), "x");
        assert_eq!(Style { colour: true }.bold("x"), "\x1b[1mx\x1b[0m");
    }
}
