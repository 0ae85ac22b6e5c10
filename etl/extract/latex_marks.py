"""LaTeX font and box commands around a number ("\\textbf{0.5} GPU hours", "\\mbox{1.3 Gbps}",
"trained on \\textit{90,000} hours"): the markup is read as if it were not there, so the number
keeps the unit and the words after its closing brace, and results point back into the text as
written.

Only a group whose content is a number (with its sign, unit or a few words, no nested braces) is
unwrapped; a group around a name ("\\textbf{LayoutLMv2}") is left alone."""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from etl.records import Result

# \textbf{84.6\%}, \mbox{ 1.5 mW}, \red{20}-fold, \numprint{13400} pairs, {\bf 10.1\%},
# {\color{changed}7.4\%} (a revision mark)
_WRAPPED = regex.compile(
    r"(?P<open>\\(?:text(?:bf|it|sl|sc|tt|rm|sf|md|up|color\{[a-z]+\})|emph|mbox|hbox|underline|uline"
    r"|math(?:bf|rm|it|tt|sf)|boldsymbol|bm|numprint|red|blue)\{\s?|\{\\(?:bf|it|em|bfseries|itshape)\s"
    r"|\{\\color\{[\w\-]+\}\s?)"
    r"(?=[+\-−]?\d[^{}\\]{0,28}(?:\\%[^{}\\]{0,8})?\})"
)

# a group that is all the math between two dollars; the dollar before is not an escaped "\$" (money)
_IN_MATH = regex.compile(r"(?<![\\$])\$$")


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """A text without the markup around its numbers, and where each of its characters was."""

    raw: str
    clean: str
    at: tuple[int, ...]  # at[i]: offset in `raw` of clean[i]; one more entry for the end
    closes: frozenset[int]  # offsets in `raw` of the closing braces taken out

    def _end(self, start: int, end: int) -> int:
        """The end in `raw` of clean[start:end]: a unit outside the braces stays out of the span
        ("\\textbf{4} GPU hours" -> "4"), as the number's own surface form."""
        a, b = self.at[start], self.at[end - 1] + 1
        cut = [c for c in self.closes if a < c < b]
        if len(cut) == 1 and not any(ch.isdigit() for ch in self.raw[cut[0] : b]):
            return cut[0]
        return b

    def restore(self, results: list[Result]) -> list[Result]:
        """Results read on `clean`, with spans, text and sentence in `raw`."""
        out = []
        for r in results:
            start, end = self.at[r.span_start], self._end(r.span_start, r.span_end)
            s = self.clean.find(r.sentence, max(0, r.span_end - len(r.sentence))) if r.sentence else -1
            sentence = r.sentence
            if 0 <= s <= r.span_start:
                sentence = self.raw[self.at[s] : self.at[s + len(r.sentence)]]
            out.append(
                replace(r, span_start=start, span_end=end, text=self.raw[start:end], sentence=sentence)
            )
        return out


def unwrap(text: str) -> Unwrapped | None:
    """`text` without the LaTeX markup around its numbers, or None when it has none."""
    if "{" not in text or "\\" not in text:
        return None
    cuts: list[tuple[int, int]] = []
    closes: list[int] = []
    for m in _WRAPPED.finditer(text):
        close = text.index("}", m.end())
        cuts.append((m.start(), m.end()))
        cuts.append((close, close + 1))
        closes.append(close)
        if _IN_MATH.search(text[max(0, m.start() - 2) : m.start()]) and text.startswith("$", close + 1):
            # "$\mathbf{1.2}$ BLEU": the math dollars go too, or "$1.2$" reads as money
            cuts.append((m.start() - 1, m.start()))
            cuts.append((close + 1, close + 2))
    if not cuts:
        return None
    at: list[int] = []
    pieces: list[str] = []
    pos = 0
    for a, b in sorted(cuts):
        pieces.append(text[pos:a])
        at.extend(range(pos, a))
        pos = b
    pieces.append(text[pos:])
    at.extend(range(pos, len(text) + 1))
    return Unwrapped(text, "".join(pieces), tuple(at), frozenset(closes))
