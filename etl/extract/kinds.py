"""Decide what a number reports (its kind, unit, sign, qualifier) from the words around it.

Windows, cheapest first: the *phrase* right after the number (up to the first preposition or
punctuation: "3.05% absolute gains", "20x FLOPs reduction"), its *object* ("reduction in F1"),
and the *clause* before it ("reduces the training time by up to"). Cue lexicons live in
`rules/kinds.toml`, `rules/not_results.toml` and `rules/context.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from etl.extract.numbers import Atom, Candidate
from etl.extract.rules import load
from etl.records import Kind, Qualifier, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply

_K = load("kinds")
SPEED, REDUCE, IMPROVE, DROP, SCORE = (_K[n].regex for n in ("speed", "reduce", "improve", "drop", "score"))
COST, BAD, SHARE = _K["cost"].regex, _K["bad_metric"].regex, _K["share_of"].regex
CHANGE, RANGE_FROM = _K["change_from"].regex, _K["range_from"].regex
_C = load("context")
DATA_NOUN, DATA_CONTEXT = _C["data_noun"].regex, _C["data_context"].regex
PARAM_NOUN, MODEL_NOUN, METRIC = _C["param_noun"].regex, _C["model_noun"].regex, _C["metric"].regex
NOT_LEFT = [r for r in load("not_results").rules if r.side == "left" and r.name != "year_like"]
# not_data and rate_per only apply to counts (a bare number or a size), not to %, x or points
_COUNT_ONLY = ("not_data", "rate_per")
NOT_RIGHT = [r for r in load("not_results").rules if r.side == "right" and r.name not in _COUNT_ONLY]
NOT_DATA = load("not_results")["not_data"].regex
RATE_PER = load("not_results")["rate_per"].regex
QUALIFIERS = [(r.regex, Qualifier(r.qualifier)) for r in load("qualifiers").rules]

STOP = regex.compile(
    r"[,;:()\[\]|]|\.(?:\s|$)|(?<![\w\-])(?:with|while|and|but|whereas|which|that|than|compared|relative\sto|versus|vs"
    r"|over|on|in|at|for|when|across|to|from|of|by|against|using|under|as|after|before|during|via|through"
    r"|without|per|is|are|was|were|respectively|if|where|or|while)(?![\w\-])"
)
PIPE_RUN = regex.compile(r"(?:\|[^\s|]+)+")
QUAL_WORDS = regex.compile(
    r"(?i)\b(?:up\sto|at\smost|less\sthan|fewer\sthan|lower\sthan|smaller\sthan|more\sthan|greater\sthan|higher\sthan"
    r"|larger\sthan|at\sleast|as\smuch\sas|no\smore\sthan|over|under|above|below|nearly|about|around|almost)\s*[(\[]?\s*$"
)
FROM_LEFT = regex.compile(r"(?i)\bfrom\s(?:\S+\s){0,2}?$")
TO_RIGHT = regex.compile(r"(?i)^[^.;]{0,80}?\bto\s(?:\S+\s){0,2}?[+\-]?\d")
FROM_TO_LEFT = regex.compile(r"(?i)\bfrom\s(?:\S+\s){0,2}?[+\-]?\d[^.;]{0,80}?\bto\s(?:\S+\s){0,2}?$")
IN_GAIN = regex.compile(
    r"(?i)^\s*in\s(?:terms\sof\s)?(?:[\w\-@]+\s){0,3}?(?:gains?|improvements?|boost|increase)\b"
)
PAREN_VALUE = regex.compile(r"(?:[A-Z][\w.\-/]*|[a-z]+[A-Z][\w.\-/]*|humans?)\s?\($")
METRIC_OF = regex.compile(r"\s?(?:of|:|=|is|was|reaches|reaching)\s?(?:about\s|around\s)?$")
DATA_HOURS = regex.compile(
    r"(?i)^\s*(?:of\s)?(?:[\w\-]+\s){0,3}?(?:speech|audio|video|data|recordings?|footage|conversations?|dialogues?"
    r"|transcri\w*|lectures?|podcasts?|music|broadcasts?|clips?|gameplay|driving|egocentric)\b"
)
SHARE_OF_COST = regex.compile(
    r"(?i)^\s*of\s(?:the\s|its\s|their\s)?(?:[\w\-]+\s){0,2}?(?:parameters|params|weights|flops|compute|computation"
    r"|memory|costs?|energy|latency|training\stime|gpu\shours)\b"
)
USE_VERB = regex.compile(
    r"(?i)\b(?:uses?|using|used|requir\w*|needs?|needing|train\w*\s(?:on|with)|updat\w*|tun\w*|activat\w*|keep\w*"
    r"|retain\w*|only|with|consum\w*|costs?)\b"
)
METRIC_THEN_VALUE = regex.compile(
    r"(?i)^\s?(?:\(\w+\)\s)?(?:scores?\s)?(?:of|=|:|is|was|reaching|reaches|achieves|achieving|to|up\sto|from|about|around)?"
    r"\s?(?:a\s|an\s)?\(?$"
)
COMPUTE_AFTER = regex.compile(
    r"^\s*(?:[GMT]?(?:FLOPs?|FLOPS|MACs?|OPs)\b|(?i:multiply-adds|mult-adds|operations))"
)
PARAM_AFTER = regex.compile(r"^[\s\-]*(?:[\w\-()]+\s){0,2}?(?i:param|weights\b)")
USE_DATA = regex.compile(
    r"(?i)\b(?:train\w*|pre-?train\w*|fine-?tun\w*)\s(?:\w+\s)?(?:on|with)\s(?:over\s|about\s|only\s)?$"
)
OVER_AFTER = regex.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?(?:over(?!\s\d)|relative\sto)\s")
PLUS_PERCENT = regex.compile(r"\d\+[\s~]?\\?%")
FROM_WORD = regex.compile(r"(?i)\bfrom\b")
COMPARE = regex.compile(r"(?i)\b(?:than|over|to|compared|relative|versus|vs\.?|against)\b")
BY_END = regex.compile(r"(?i)\bby\s(?:\S+\s)?$")
LARGER_MODELS = regex.compile(
    r"(?i)^\s*(?:larger|bigger|more\sparameters)\s(?:[\w\-]+\s)?(?:models?|LLMs?|LMs?|networks?)\b"
)
GENERIC_METRIC = regex.compile(r"(?i)(?:\w+\s)*(?:scores?|performance|reward)")
FROM_THE = regex.compile(r"(?i)\bfrom\s(?:the\s|a\s|an\s)?$")
TO_END = regex.compile(r"(?i)\bto\s$")
MORE_COST = regex.compile(r"(?i)^\s*(?:more|larger|additional|extra|higher|bigger)\s")
CLAUSE = regex.compile(r"[;:]|,\s|\.\s|\b(?:while|whereas|but|and)\s(?!\d)", regex.REVERSE)
NAME_BEFORE_PAREN = regex.compile(
    r"(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w.\-]*[A-Z][\w.\-]*|[A-Z][a-z]+)\s?\(\s?$"
)
NAME_BEFORE = regex.compile(
    r"(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w.\-]*[A-Z][\w.\-]*|[A-Z][a-z]{2,}[\w\-]*)\s$"
)
NAME_AFTER = regex.compile(
    r"^[\s-]+(?!(?:[A-Z][a-z]+\s)?(?:GPUs?|TPUs?)\b)[A-Z][\w.\-/]*(?:[A-Z0-9][\w.\-/]*)?"
)
PER_TEN = regex.compile(r"^\s?/\s?(?:10|100|5|4|7)\b")
YEAR = regex.compile(r"^(?:1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class Found:
    """A number that is a result, before its context fields are filled."""

    start: int
    end: int
    kind: Kind
    value: float | None
    low: float | None
    high: float | None
    unit: Unit
    qualifier: Qualifier
    rule: str
    strong: bool = True  # False when the kind is a default, not read off a cue


WEAK_RULES = ("percent", "score_cue")


def qualifier(left: str) -> Qualifier:
    tail = left[-30:]
    for pattern, q in QUALIFIERS:
        if pattern.search(tail):
            return q
    return Qualifier.EXACT


def _phrase(right: str) -> tuple[str, str]:
    """The words right after a number up to the first stop word, and the object after that."""
    m = STOP.search(right, 0, 60)
    cut = m.start() if m else min(len(right), 60)
    words = _R(r"^(?:\W*[\w@\-/.^]+){1,4}").match(right[:cut])
    if words:
        cut = min(cut, words.end())
    phrase = right[:cut]
    rest = right[cut:]
    end = _R(r"[,;()\[\]]|\.(?:\s|$)|\b(?:and|but|while|whereas)\b|(?<![\w.])[+\-]?\d").search(rest)
    return phrase, rest[: min(end.start() if end else 50, 50)]


def _clause(left: str) -> str:
    m = CLAUSE.search(left)
    return left[m.end() :] if m else left


def _last(pattern: regex.Pattern, text: str) -> regex.Match | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007
        pass
    return last


def _reduce_target(target: str) -> tuple[Kind, int]:
    """What a reduce verb/noun acts on decides the kind: cost, a bad metric, or quality."""
    if BAD.search(target):
        return Kind.IMPROVEMENT, 1
    if COST.search(target):
        return Kind.REDUCTION, 1
    if METRIC.search(target):
        return Kind.IMPROVEMENT, -1
    return Kind.REDUCTION, 1


def cue_kind(phrase: str, obj: str, clause: str, left: str) -> tuple[Kind | None, int, str]:
    """Kind, sign and cue name from the words around a %, x, pp or bare number."""
    if SPEED.search(phrase):
        return Kind.SPEEDUP, 1, "phrase_speed"
    if REDUCE.search(phrase) and not IMPROVE.search(phrase):
        if DROP.search(phrase) and not _R(r"(?i)\b(?:less|fewer|smaller|compress\w*)\b").search(phrase):
            k, s = _reduce_target(phrase + " " + obj)
            return k, (-1 if k is Kind.IMPROVEMENT and not BAD.search(phrase + obj) else s), "phrase_drop"
        k, s = _reduce_target(phrase + " " + obj)
        return k, s, "phrase_reduce"
    if DROP.search(phrase) and not IMPROVE.search(phrase):
        return Kind.IMPROVEMENT, -1, "phrase_drop"
    if IMPROVE.search(phrase):
        if SPEED.search(obj):
            return Kind.SPEEDUP, 1, "phrase_speed"
        return Kind.IMPROVEMENT, 1, "phrase_improve"
    if IN_GAIN.match(obj):
        return Kind.IMPROVEMENT, 1, "object_improve"
    if not phrase.strip() and OVER_AFTER.match(obj):
        return Kind.IMPROVEMENT, 1, "over_after"
    for window, where in ((clause, "clause"), (left, "sentence")):
        best: tuple[int, Kind, int, str] | None = None
        if where == "sentence" and not BY_END.search(left[-12:]):
            m = METRIC.match(phrase.lstrip())
            if m is not None and not GENERIC_METRIC.fullmatch(m.group(0)):
                return Kind.SCORE, 1, "metric_after"
        score = _last(SCORE, window) if where == "clause" else None
        if score is not None and not _R(r"(?i)\bby\s$").search(window[-3:]):
            best = (score.end(), Kind.SCORE, 1, "score")
        for pattern, name in ((SPEED, "speed"), (REDUCE, "reduce"), (IMPROVE, "improve"), (DROP, "drop")):
            m = _last(pattern, window)
            if m is None or (best is not None and m.end() <= best[0]):
                continue
            between = window[m.end() :]
            if name == "speed":
                best = (m.end(), Kind.SPEEDUP, 1, name)
            elif name == "reduce":
                k, s = _reduce_target(m.group(0) + between + " " + phrase + " " + obj)
                best = (m.end(), k, s, name)
            elif name == "drop":
                if _R(r"(?i)drop").match(m.group(0)) is None and COST.search(between + phrase):
                    best = (m.end(), Kind.REDUCTION, 1, name)
                else:
                    best = (m.end(), Kind.IMPROVEMENT, -1, name)
            else:
                speed = SPEED.search(between) or SPEED.search(phrase + " " + obj[:40])
                best = (m.end(), Kind.SPEEDUP if speed else Kind.IMPROVEMENT, 1, name)
        if best is not None:
            if best[1] is Kind.SCORE:
                return Kind.SCORE, 1, "clause_score"
            return best[1], best[2], f"{where}_{best[3]}"
    if SCORE.search(phrase):
        return Kind.SCORE, 1, "score_cue"
    if BY_END.search(left[-12:]) and COMPARE.search(clause):
        return Kind.IMPROVEMENT, 1, "by_compare"
    return None, 1, ""


def _not_result(left: str, right: str) -> str | None:
    for r in NOT_RIGHT:
        if r.regex.search(right):
            return r.name
    for r in NOT_LEFT:
        if r.regex.search(left[-40:]):
            return r.name
    return None


def _size_kind(
    atom: Atom, raw: str, left: str, phrase: str, right: str, sentence: str
) -> tuple[Kind, Unit] | None:
    """A number with a magnitude (7B, 1.2M, fifty billion): a parameter count or a data size."""
    head = right[:40]
    if atom.unit == "tokens":
        return Kind.DATA_SIZE, Unit.TOKENS
    if atom.unit == "hours" or atom.form == "hm":
        if _R(r"(?i)^\s*(?:of\s)?(?:GPU|TPU|A100|H100|compute)").match(head):
            return None
        if (
            DATA_HOURS.match(head)
            or DATA_CONTEXT.search(left[-60:])
            or _R(r"(?i)\btotal\w*\s(?:of\s)?$").search(left)
        ):
            return Kind.DATA_SIZE, Unit.HOURS
        return None
    if COMPUTE_AFTER.match(head) or RATE_PER.search(head):
        return None
    if PARAM_AFTER.match(head) or _R(r"(?i)param\w*\s(?:\w+\s){0,2}$").search(left[-40:]):
        return Kind.PARAM_COUNT, Unit.PARAMS
    m = DATA_NOUN.search(phrase)
    if m and not MODEL_NOUN.search(right[:35]):
        word = m.group(0).lower()
        if word.startswith("token") or word.startswith("word"):
            return Kind.DATA_SIZE, Unit.TOKENS
        if word.startswith("hour"):
            return Kind.DATA_SIZE, Unit.HOURS
        return Kind.DATA_SIZE, Unit.EXAMPLES
    if NAME_BEFORE_PAREN.search(left[-40:]) or NAME_AFTER.match(right) or MODEL_NOUN.search(phrase):
        return Kind.PARAM_COUNT, Unit.PARAMS
    letter = raw[-1:] in ("B", "b", "T", "M") and atom.form == "digits"
    if letter and NAME_BEFORE.search(left[-40:]):
        return Kind.PARAM_COUNT, Unit.PARAMS
    letter = letter and raw[-1:] != "M"
    if letter and (MODEL_NOUN.search(sentence) or PARAM_NOUN.search(sentence)):
        return Kind.PARAM_COUNT, Unit.PARAMS
    if DATA_CONTEXT.search(phrase) or DATA_CONTEXT.search(left[-60:]) or USE_DATA.search(left[-30:]):
        return Kind.DATA_SIZE, Unit.EXAMPLES
    return None


def classify(text: str, s_start: int, s_end: int, cand: Candidate) -> list[Found]:
    """The results a candidate stands for (none, one, or two for a pair)."""
    a, b = cand.a, cand.b
    left = text[max(s_start, cand.start - 160) : cand.start]
    pipe = PIPE_RUN.match(text, cand.end, min(s_end, cand.end + 200))
    r0 = pipe.end() if pipe else cand.end
    right = text[r0 : min(s_end, r0 + 120)]
    if a.form in ("name_size", "mixture"):
        return [
            Found(a.start, a.end, Kind.PARAM_COUNT, a.value, None, None, Unit.PARAMS, Qualifier.EXACT, a.form)
        ]
    if (
        b is None
        and a.form == "digits"
        and a.integer
        and not (a.unit or a.magnitude or a.signed)
        and abs(a.value or 0) < 100
        and METRIC.match(right.lstrip()) is None
        and FROM_WORD.search(left[-60:]) is None
    ):
        return []  # a small bare integer (3 tasks, 2D, Section 4): cheap early exit
    veto = _not_result(left, right)
    if veto:
        return []
    qual = qualifier(left)
    q = QUAL_WORDS.search(left[-30:])
    if q:
        left = left[: len(left) - 30 + q.start()] if len(left) >= 30 else left[: q.start()]
    phrase, obj = _phrase(right)
    clause = _clause(left)
    if b is not None:
        sep = (cand.sep or "").strip()
        from_to = sep == "to" and _R(r"(?i)\bfrom\s(?:\S+\s){0,3}$").search(left[-40:]) is not None
        from_to = from_to and not RANGE_FROM.search(left[-60:])
        if sep in ("and", "or") or (from_to and (a.magnitude is None and b.magnitude is None)):
            # two numbers sharing the unit and the words around them
            unit = b.unit or a.unit
            a2 = Atom(
                a.start,
                a.end,
                a.value,
                a.unit or unit,
                a.unit_rule or b.unit_rule,
                a.magnitude,
                a.form,
                a.signed,
                a.integer,
            )
            if a2.magnitude is None and b.magnitude and a.form == "digits" and a.unit is None:
                a2 = Atom(
                    a.start,
                    a.end,
                    a.value * b.magnitude,
                    a2.unit,
                    a2.unit_rule,
                    b.magnitude,
                    a.form,
                    a.signed,
                    a.integer,
                )
            mid = text[a.end : b.start]
            first = _single(
                text, a2, left, mid + text[b.start : b.end] + right, clause, qual, from_to, s_start, s_end
            )
            second = _single(
                text,
                b,
                left + text[a.start : b.start],
                right,
                clause,
                qualifier(text[s_start : b.start]),
                from_to,
                s_start,
                s_end,
            )
            if first and second and first.kind != second.kind:
                first = Found(
                    first.start,
                    first.end,
                    second.kind,
                    first.value,
                    None,
                    None,
                    second.unit,
                    first.qualifier,
                    first.rule,
                )
            if first and not second and sep in ("and", "or"):
                second = None
            return [f for f in (first, second) if f is not None]
        return _range(text, cand, left, right, phrase, obj, clause, s_start, s_end)
    from_to = (FROM_LEFT.search(left[-30:]) is not None and TO_RIGHT.search(right) is not None) or (
        FROM_TO_LEFT.search(left[-140:]) is not None
    )
    found = _single(text, a, left, right, clause, qual, from_to, s_start, s_end)
    return [found] if found else []


def _range(
    text: str,
    cand: Candidate,
    left: str,
    right: str,
    phrase: str,
    obj: str,
    clause: str,
    s_start: int,
    s_end: int,
) -> list[Found]:
    a, b = cand.a, cand.b
    assert b is not None
    unit = b.unit or a.unit
    low, high = a.value, b.value
    if a.magnitude is None and b.magnitude and a.form in ("digits", "word"):
        low = a.value * b.magnitude
    if a.form == "vague" and b.form != "vague" and b.magnitude is None:
        return []
    form = "digits" if b.form == "vague" else b.form
    probe = Atom(
        a.start, b.end, high, unit, b.unit_rule or a.unit_rule, b.magnitude or a.magnitude, form, None, False
    )
    one = _single(text, probe, left, right, clause, Qualifier.RANGE, False, s_start, s_end)
    if one is None or low is None or high is None or low >= high and one.kind is not Kind.IMPROVEMENT:
        return []
    if one.value is not None and one.value < 0:
        low, high = -high, -low
    if one.unit is Unit.HOURS and unit == "minutes":
        low, high = low / 60, high / 60
    return [
        Found(
            cand.start,
            cand.end,
            one.kind,
            None,
            low,
            high,
            one.unit,
            Qualifier.RANGE,
            "range_" + one.rule,
            one.strong,
        )
    ]


def _single(
    text: str,
    a: Atom,
    left: str,
    right: str,
    clause: str,
    qual: Qualifier,
    from_to: bool,
    s_start: int,
    s_end: int,
) -> Found | None:
    phrase, obj = _phrase(right)
    value = a.value

    def found(kind: Kind, unit: Unit, rule: str, sign: int = 1) -> Found:
        v = value
        if v is not None and sign < 0 and kind is Kind.IMPROVEMENT:
            v = -abs(v)
        weak = rule in WEAK_RULES or rule.startswith("sentence_")
        q = Qualifier.LOWER if PLUS_PERCENT.search(text, a.start, a.end) else qual
        return Found(a.start, a.end, kind, v, None, None, unit, q, rule, not weak)

    if a.form == "vague":
        return None
    if a.magnitude or a.unit in ("tokens", "hours") or a.form == "hm":
        if a.unit in ("%", "x", "pp"):
            pass
        else:
            sk = _size_kind(a, text[a.start : a.end], left, phrase, right, text[s_start:s_end])
            return found(sk[0], sk[1], "size") if sk else None
    if a.unit == "%" or a.unit == "pp":
        unit = Unit.PERCENT if a.unit == "%" else Unit.PP
        if from_to:
            return found(Kind.SCORE, unit, "from_to")
        if PAREN_VALUE.search(left[-40:]) and right[:1] == ")":
            return found(Kind.SCORE, unit, "paren_value")
        m = _last(METRIC, left[-45:])
        if (
            m is not None
            and METRIC_OF.fullmatch(left[-45:][m.end() :])
            and not regex.search(
                r"(?i)\b(?:improv\w*|gains?|increas\w*|boost\w*|reduc\w*|drops?|decreas\w*)\s(?:\w+\s)?(?:in\s)?(?:\S+\s){0,3}$",
                left[-45:][: m.start()],
            )
        ):
            return found(Kind.SCORE, unit, "metric_of")
        if _R(r"^\s*of\s(?:the\s|all\s|its\s|their\s)?").match(right) and not SHARE.search(left):
            # "X% of <things>": a share that is kept or cut (reduction), or a proportion (score)
            o = right[:50]
            kind, sign, cue = cue_kind(phrase, obj, clause, left)
            if COST.search(o) and not METRIC.search(o[:25]):
                if (
                    kind is Kind.REDUCTION
                    or USE_VERB.search(clause[-25:])
                    or (kind is None and (USE_VERB.search(clause) or SHARE_OF_COST.match(right)))
                ):
                    return found(Kind.REDUCTION, unit, "share_" + (cue or "of"), sign)
            if not _R(r"(?i)\bby\s(?:\S+\s)?$").search(left[-15:]):
                return found(Kind.SCORE, unit, "percent_of")
        if SHARE.search(left[-30:]) and (
            COST.search(phrase)
            or _R(r"^\s*of\s").match(right)
            and (COST.search(obj) or MODEL_NOUN.search(obj) or COST.search(clause[-40:]))
        ):
            return found(Kind.REDUCTION, unit, "share")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
        if kind is Kind.SCORE or kind is None:
            if unit is Unit.PP and kind is None:
                return found(Kind.IMPROVEMENT, unit, "pp")
            if kind is None and a.signed == "+":
                return found(Kind.IMPROVEMENT, unit, "signed")
            return found(Kind.SCORE, unit, cue or "percent")
        if (
            kind is Kind.IMPROVEMENT
            and _R(r"(?i)\bto\s$").search(left[-4:])
            and not _R(r"(?i)\b(?:up|close|compared|relative|equal|similar)\sto\s$").search(left[-20:])
        ):
            return found(Kind.SCORE, unit, "improve_to")
        return found(kind, unit, cue, sign)
    if a.unit == "x":
        if LARGER_MODELS.match(right):
            return None
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
        if kind is None or kind is Kind.SCORE:
            if a.form == "special":
                return None
            return None
        return found(kind, Unit.FACTOR, cue, sign)
    if a.form == "special":
        kind, sign, cue = cue_kind(phrase + " " + obj, "", "", "")
        if _R(r"^\s(?:the|its|their|our)\s").match(right) or _R(r"^\s(?:as|the)\s").match(right):
            kind2, sign2, cue2 = cue_kind(right[:40], "", clause, left)
            kind, sign, cue = kind or kind2, sign, cue or cue2
            if kind is None or kind is Kind.SCORE:
                kind, cue = Kind.IMPROVEMENT, "doubling"
            return found(kind, Unit.FACTOR, cue, sign)
        return None
    if a.form == "word":
        return None
    # a bare number (no unit): a data count, a metric value, or a signed gain
    raw = text[a.start : a.end]
    if a.unit == "minutes":
        if from_to or METRIC.search(clause):
            return Found(a.start, a.end, Kind.SCORE, value, None, None, Unit.NONE, qual, "time_score")
        return None
    if a.integer and YEAR.match(raw.lstrip("+-")) and not a.signed:
        return None
    if a.integer and a.value is not None and abs(a.value) >= 100 and not a.signed:
        m = DATA_NOUN.search(phrase)
        if NOT_DATA.search(right) or RATE_PER.search(right):
            return None
        if m and not _R(r"(?i)\s*(?:[\w\-]+\s)?(?:GPU|TPU)").match(phrase):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count")
    if a.signed == "+":
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind in (None, Kind.SCORE, Kind.IMPROVEMENT):
            return found(Kind.IMPROVEMENT, Unit.NONE, "signed")
    if from_to:
        if METRIC.search(text[s_start:s_end]):
            return found(Kind.SCORE, Unit.NONE, "from_to")
        return None
    decimal = not a.integer
    if PER_TEN.match(right) and decimal:
        return found(Kind.SCORE, Unit.NONE, "per_ten")
    m = _last(METRIC, left[-45:])
    adjacent_metric = METRIC.match(phrase.lstrip()) is not None or (
        m is not None and METRIC_THEN_VALUE.match(left[-45:][m.end() :]) is not None
    )
    right_metric = METRIC.match(phrase.lstrip())
    named_metric = right_metric is not None and not GENERIC_METRIC.fullmatch(right_metric.group(0))
    if adjacent_metric and (decimal or (named_metric and abs(value or 0) < 1000)):
        if FROM_THE.search(left[-12:]):
            return found(Kind.SCORE, Unit.NONE, "metric_value")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and not TO_END.search(left[-4:]):
            return found(Kind.IMPROVEMENT, Unit.NONE, "metric_gain", sign)
        return found(Kind.SCORE, Unit.NONE, "metric_value")
    if decimal and REDUCE.match(phrase.strip()) or (decimal and DROP.match(phrase.strip())):
        k, s = _reduce_target(phrase + " " + obj)
        if k is Kind.IMPROVEMENT:
            return found(k, Unit.NONE, "value_drop", s if BAD.search(phrase + obj) else -1)
    if decimal and IMPROVE.match(phrase.strip()) and METRIC.search(phrase + obj + clause):
        return found(Kind.IMPROVEMENT, Unit.NONE, "value_gain")
    return None
