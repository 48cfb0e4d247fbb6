"""What the localisation checks, the import and the exports share.

- the repository's layout (l10n/LINGUAS, l10n/<tag>.po);
- the C library, read through ctypes: the exports and the checks of "what
  ships" take every string from the library itself, so everything they prove
  goes through the one build path (l10n/*.po -> build.rs -> the library);
- the keys of the messages and the names the platforms give them;
- reading a PO file (polib for the entries; the header comment lines, which
  polib folds away, are read here the way l10n/po.rs reads them).

Run with Debian's /usr/bin/python3 (make passes it as PYTHON): Babel, polib,
regex and translate-toolkit are its packages.
"""

import ctypes
import os
import shutil
import sys
from dataclasses import dataclass, field

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(SCRIPT_DIR, "..", ".."))
L10N_DIR = os.path.join(REPO_ROOT, "l10n")
LINGUAS_PATH = os.path.join(L10N_DIR, "LINGUAS")
POT_PATH = os.path.join(L10N_DIR, "keyless-errors.pot")
DEFAULT_LIBRARY = os.path.join(REPO_ROOT, "target", "release", "libkeyless_errors.so")

# The locale every library carries, with number 0: the catalog's own English.
SOURCE_LOCALE = "en"
CATEGORY_KEY_PREFIX = "category:"


def read_linguas(path=LINGUAS_PATH):
    """The tags of LINGUAS in order: index = KeylessErrorLocale number."""
    tags = []
    with open(path, encoding="utf-8") as linguas:
        for line in linguas:
            line = line.strip()
            if line and not line.startswith("#"):
                tags.extend(line.split())
    return tags


def po_path(tag, l10n_dir=L10N_DIR):
    return os.path.join(l10n_dir, f"{tag}.po")


def require_python_modules():
    """Fails with one clear line when a module of Debian's Python is missing."""
    missing = []
    for module, package in (("babel", "python3-babel"), ("polib", "python3-polib"),
                            ("regex", "python3-regex"), ("translate", "translate-toolkit")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    import shutil
    if not shutil.which("opencc"):
        sys.exit("error: the opencc command is missing: apt-get install opencc")
    if missing:
        sys.exit(f"error: {sys.executable} lacks {', '.join(missing)}: apt-get install {' '.join(missing)} "
                 "(and run the checks with /usr/bin/python3, as make does)")


# ---- The C library ---------------------------------------------------------------------------

class Library:
    """The localisation part of the C ABI, through ctypes.

    Strings come back as bytes, undecoded: whether they are valid UTF-8 is
    one of the things the checks decide."""

    def __init__(self, path=DEFAULT_LIBRARY):
        if not os.path.exists(path):
            sys.exit(f"error: {path} does not exist; build it with `make library`")
        self.path = path
        lib = ctypes.CDLL(os.path.abspath(path))
        i32, u32, size = ctypes.c_int32, ctypes.c_uint32, ctypes.c_size_t
        signatures = {
            "keyless_error_codes": ([ctypes.POINTER(i32), size], size),
            "keyless_error_name": ([i32], ctypes.c_char_p),
            "keyless_error_category": ([i32], ctypes.c_char_p),
            "keyless_error_title": ([i32], ctypes.c_char_p),
            "keyless_error_user_message": ([i32], ctypes.c_char_p),
            "keyless_error_locale": ([ctypes.c_char_p], u32),
            "keyless_error_locale_tag": ([u32], ctypes.c_char_p),
            "keyless_error_user_message_localized": ([i32, u32], ctypes.c_char_p),
            "keyless_error_locales": ([ctypes.POINTER(u32), size], size),
        }
        for name, (arguments, result) in signatures.items():
            function = getattr(lib, name)
            function.argtypes = arguments
            function.restype = result
        self.lib = lib
        self._documented = None
        self._categories = None

    def documented_codes(self):
        """Every documented code, ascending, as keyless_error_codes lists them."""
        if self._documented is None:
            count = self.lib.keyless_error_codes(None, 0)
            buffer = (ctypes.c_int32 * count)()
            self.lib.keyless_error_codes(buffer, count)
            self._documented = list(buffer)
        return self._documented

    def category_representatives(self):
        """One undocumented code per category label, in the library's order
        of first appearance: the library answers every undocumented code of a
        category with that category's message, so one code stands for all."""
        if self._categories is None:
            documented = set(self.documented_codes())
            found = {}
            # Start points 10000 apart cover every range of the range rule
            # (which the library applies; nothing here assumes it), and the
            # scan steps past documented codes.
            for start in [-1] + list(range(0, 100_001, 10_000)):
                code = start
                while code in documented:
                    code += 1
                label = self.category(code)
                found.setdefault(label, code)
            self._categories = found
        return self._categories

    def keys_and_codes(self):
        """(key, code) for every message: documented codes, then categories."""
        pairs = [(str(code), code) for code in self.documented_codes()]
        pairs += [(CATEGORY_KEY_PREFIX + label, code) for label, code in self.category_representatives().items()]
        return pairs

    def name(self, code):
        return self.lib.keyless_error_name(code).decode("ascii")

    def title(self, code):
        return self.lib.keyless_error_title(code).decode("ascii")

    def category(self, code):
        return self.lib.keyless_error_category(code).decode("ascii")

    def english(self, code):
        return self.lib.keyless_error_user_message(code).decode("ascii")

    def locales(self):
        """The KeylessErrorLocale numbers this library carries."""
        count = self.lib.keyless_error_locales(None, 0)
        buffer = (ctypes.c_uint32 * count)()
        written = self.lib.keyless_error_locales(buffer, count)
        return list(buffer)[:min(count, written)]

    def tag(self, locale):
        return self.lib.keyless_error_locale_tag(locale).decode("ascii")

    def localized(self, code, locale):
        """The raw bytes of a localised message (None only if the library
        broke its never-NULL promise)."""
        return self.lib.keyless_error_user_message_localized(code, locale)

    def resolve(self, preferences):
        """keyless_error_locale(preferences) -> its tag; preferences may be
        None (NULL), str or bytes."""
        if isinstance(preferences, str):
            preferences = preferences.encode("utf-8")
        return self.tag(self.lib.keyless_error_locale(preferences))

    def tagged_locales(self):
        """[(tag, number)] of the carried locales, in the library's order."""
        return [(self.tag(locale), locale) for locale in self.locales()]


# ---- Names the platforms give the messages ----------------------------------------------------

def resource_name(key):
    """The project-wide name of a message in Android resources and Apple
    string tables (the bindings' app overrides look these names up):
    keyless_error_<code>_user_message for a documented code,
    keyless_error_undocumented_<category>_user_message for a category."""
    if key.startswith(CATEGORY_KEY_PREFIX):
        return f"keyless_error_undocumented_{key[len(CATEGORY_KEY_PREFIX):]}_user_message"
    if not key.isdigit():
        raise ValueError(f"a documented code must be a non-negative integer to be a resource name: {key!r}")
    return f"keyless_error_{key}_user_message"


# ---- PO files ---------------------------------------------------------------------------------

@dataclass
class Message:
    """One message to check, from a PO file or from the library."""
    key: str
    english: str          # the catalog's current English
    translation: str
    translator_comments: list = field(default_factory=list)
    line: int = 0


@dataclass
class PoSource:
    """A PO file as the checks see it."""
    path: str
    text: str = ""                                   # decoded text ("" when undecodable)
    header_comments: list = field(default_factory=list)
    header: dict = field(default_factory=dict)       # header entry fields
    entries: list = field(default_factory=list)      # polib entries, file order
    problems: list = field(default_factory=list)     # (check, key, reason) found while reading


def header_comment_lines(text):
    """The translator comment lines (`# ...`) before the header entry,
    without their `# `, as l10n/po.rs collects them."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(("msgid", "msgctxt", "msgstr", '"')):
            break
        if line.startswith("#") and not line.startswith(("#.", "#,", "#:", "#|", "#~")):
            comment = line[1:]
            lines.append(comment[1:] if comment.startswith(" ") else comment)
    return lines


def read_po(path):
    """Reads a PO file; problems that stop the reading become findings."""
    import polib

    source = PoSource(path=path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        source.problems.append(("completeness", "-", f"cannot read the file: {error.strerror}"))
        return source
    try:
        source.text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        source.problems.append(("encoding", "-", f"not UTF-8: byte 0x{data[error.start]:02x} at line {line}"))
        return source
    text = source.text[1:] if source.text.startswith("\ufeff") else source.text
    source.header_comments = header_comment_lines(text)
    try:
        po = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (IOError, OSError, ValueError) as error:
        source.problems.append(("completeness", "-", f"not a readable PO file: {error}"))
        return source
    source.header = dict(po.metadata)
    # Obsolete (#~) entries are left out, as the canonical form drops them.
    source.entries = [entry for entry in po if not entry.obsolete]
    return source


def unquoted_comment_lines(comment):
    """polib joins an entry's `# ` lines with newlines."""
    return [line for line in (comment or "").split("\n") if line.strip()]


def prove_export_check_notices(export_dir, scratch, what, breakages, first_finding):
    """The self-test of an export's read-back: for each (description, file relative to
    export_dir, old text, new text), copies export_dir, makes that one replacement, and requires
    first_finding(copy) to report something (its first finding as a string; "" when the copy
    passed). Prints one ok/FAIL line per breakage and returns [problem]."""
    problems = []
    for description, relative, old, new in breakages:
        copy = os.path.join(scratch, "broken-export")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(export_dir, copy)
        path = os.path.join(copy, relative)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if old not in text:
            problems.append(f"self-test: {relative} has no {old!r} to break")
            continue
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text.replace(old, new, 1))
        found = first_finding(copy)
        print(f"{'ok  ' if found else 'FAIL'} {what} rejects {description}" + (f" ({found[:100]})" if found else ""))
        if not found:
            problems.append(f"self-test: {what} did not notice {description}")
    return problems
