"""LaTeX markup and debris in names, read once for every context field: a font command around part of a
noun phrase ("the previous \\textit{state-of-the-art} method", "the state-of-the-art {\\it ConvE}") is
dropped before the phrase is cut, so the phrase is not cut at it; what is left on a field once it is cut
("MobileNet~" of "MobileNet~\\cite{key}", "sim7B" of "\\sim 7B" as listings print it, a bare
"\\citet{Key}") is tidied the way a reader sees the name."""

from __future__ import annotations

import regex

from etl.extract.rules import load

_C = load("context")

# "\\textit{state-of-the-art}" -> "state-of-the-art", "{\\it ConvE}" -> "ConvE" (braces nested once at most)
_FONT = regex.compile(_C["latex_font"].pattern + r"\s?\{(?P<n>[^{}]{1,60})\}")
_GROUP_FONT = _C["latex_group_font"].regex


def unwrap_fonts(text: str) -> str:
    """`text` without LaTeX font commands around words (their content kept); no offsets survive."""
    if "\\" not in text:
        return text
    return _GROUP_FONT.sub(lambda m: m.group("n"), _FONT.sub(lambda m: m.group("n"), text))


# a citation after the words that name the system: "recent MobileNet~\\cite{howard2017}", "FooNet \\cite{a,b}"
_CITE = r"\\cite[tp]?\*?(?:\[[^\]]{0,30}\])?\{(?P<k>[^{}]{1,80})\}"
_TRAILING_CITE = regex.compile(rf"(?<=[\w)])[\s~]*{_CITE}$")
# a citation that is the name ("\\citet{KiperwasserGoldberg2016}", "the method of \\cite{x}"): its key, in brackets
_NAMED_CITE = regex.compile(rf"{_CITE}")
# the words a trailing citation completes ("the method of \\cite{x}", "in \\cite{x}"): the citation is the name
_CITE_OBJECT = regex.compile(r"(?i)\b(?:of|in|by|from|see)$")
# LaTeX's non-breaking space left at an edge ("previous version~")
_TILDE_EDGE = regex.compile(r"^~+|~+$")
# "\\sim" as listings print it, glued to the number after it: "(sim7B)", "sim0.01%"; only before a bare
# number or size, never the "sim" of a word ("sim2real", "sim10k")
_SIM = regex.compile(r"(?<![A-Za-z])sim(?=\d[\d.,]*[KMBT%]?(?!\w))")
# a value that is only a number or a size once the debris is gone ("7B"): no name
_ONLY_NUMBER = regex.compile(r"[~≈]?\d[\d.,]*\s?(?:[KMBT]|%)?")


def tidy_name(value: str) -> str | None:
    """A context field as a reader sees it: font markup unwrapped, a citation after a name dropped (one
    that is the name kept as its key, "[Key]"), no edge "~", no "sim" of "\\sim"; None when only a number is left."""
    if "\\" in value:
        value = unwrap_fonts(value)
        m = _TRAILING_CITE.search(value)
        if m and not _CITE_OBJECT.search(value, 0, m.start()):
            value = value[: m.start()]
        value = _NAMED_CITE.sub(lambda c: f"[{c.group('k')}]", value)
    if "~" in value:
        value = _TILDE_EDGE.sub("", value.strip())
    if "sim" in value:
        value = _SIM.sub("", value)
    value = value.strip()
    if not value or _ONLY_NUMBER.fullmatch(value):
        return None
    return value
