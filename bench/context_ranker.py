"""Offline experiment: would a small learned candidate ranker fill `dataset` and `model` better than the rules
on text it was not tuned on?

Not wired into the product. For each result the extractor valued correctly (the denominator of the scorer's
context accuracy), the candidates are the names the extractor's own finders see in the result's sentence and
the sentence before (`dataset_mentions`, `known_mentions`, `metric_owners`, `language_pairs`, `NAME_RE`), the
proposed method / own data set / title data set, the rule's own answer, and "empty". Each candidate gets a few
dozen binary features (side, distance, what lies between, the word before and after, gazetteer, is the rule's
answer, the result's kind). A conditional-logit ranker (softmax over one result's candidates, numpy, Adam from
zero weights: deterministic) is trained leave-one-set-out over the readable gold sets.

    .venv/bin/python -m bench.context_ranker            # the table
    .venv/bin/python -m bench.context_ranker --sets dev,tune_arxiv5   # fewer sets (quick)

Never reads the blind sets (eval/heldout*.jsonl other than heldout_listings.jsonl, a diagnostic set).
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from etl.extract import context
from etl.extract.core import _CASE_BRACES, _NBSP, extract_text
from etl.extract.dataset_names import (
    dataset_mentions,
    known_dataset,
    known_mentions,
    language_pairs,
    metric_owners,
)
from etl.extract.evaluate import _value_ok, fold, load_gold, match, same_text
from etl.extract.gazetteer import Gazetteer
from etl.extract.phrases import NAME_RE, is_dataset
from etl.extract.sentences import split
from etl.records import Section

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "dev": ROOT.parent / "shared" / "gold" / "dev.jsonl",
    "tune_listings": ROOT / "eval" / "tune_listings.jsonl",
    "heldout_listings": ROOT / "eval" / "heldout_listings.jsonl",  # a diagnostic set, readable
    "tune_arxiv": ROOT / "eval" / "tune_arxiv.jsonl",
    "tune_arxiv2": ROOT / "eval" / "tune_arxiv2.jsonl",
    "tune_arxiv3": ROOT / "eval" / "tune_arxiv3.jsonl",
    "tune_arxiv4": ROOT / "eval" / "tune_arxiv4.jsonl",
    "tune_arxiv5": ROOT / "eval" / "tune_arxiv5.jsonl",
}
_READABLE_HELDOUT = {"heldout_listings.jsonl"}
FIELDS = ("dataset", "model")


def _readable(path: Path) -> Path:
    if path.name.startswith("heldout") and path.name not in _READABLE_HELDOUT:
        raise SystemExit(f"refusing a blind set: {path}")
    return path


# --------------------------------------------------------------------------------------------- items


@dataclass
class Item:
    """One correctly valued result: where it is, what the rules said, what the gold says."""

    text: str
    spans: list[tuple[int, int]]
    sent: int  # index of its sentence
    start: int
    end: int
    kind: str
    rule: dict[str, str | None]  # the rules' metric/dataset/model/baseline
    gold: dict[str, str | None]
    method: str | None = None
    own: str | None = None
    title_data: str | None = None


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> int:
    i = 0
    for k, (s, _) in enumerate(spans):
        if s <= pos:
            i = k
    return i


def paper_items(paper: dict) -> list[Item]:
    """The correctly valued results of one gold paper, with the rules' answers."""
    title = paper.get("title") or ""
    raw = paper["abstract"]
    preds = [r for r in extract_text(raw, title) if r.section is Section.ABSTRACT]
    if not preds:
        return []
    text = _NBSP.sub(" ", raw)
    clean_title = _CASE_BRACES.sub(r"\1", title) if "{" in title else title
    method, own = context.proposed_names(clean_title, text)
    title_data = context.title_dataset(clean_title) if clean_title else None
    spans = split(raw)
    pdicts = [
        {
            "span_start": r.span_start,
            "span_end": r.span_end,
            "kind": r.kind.value,
            "unit": r.unit.value,
            "value": r.value,
            "value_low": r.value_low,
            "value_high": r.value_high,
            "metric": r.metric,
            "dataset": r.dataset,
            "model": r.model,
            "baseline": r.baseline,
        }
        for r in preds
    ]
    out = []
    for g, p in match(paper["results"], pdicts):
        if g["kind"] != p["kind"] or not _value_ok(g, p):
            continue
        out.append(
            Item(
                text=text,
                spans=spans,
                sent=_sentence_of(spans, p["span_start"]),
                start=p["span_start"],
                end=p["span_end"],
                kind=p["kind"],
                rule={k: p[k] for k in ("metric", "dataset", "model", "baseline")},
                gold={k: g.get(k) for k in ("metric", "dataset", "model", "baseline")},
                method=method,
                own=own,
                title_data=title_data,
            )
        )
    return out


def load_items(path: Path) -> list[Item]:
    items: list[Item] = []
    for paper in load_gold(_readable(path)):
        items.extend(paper_items(paper))
    return items


# ---------------------------------------------------------------------------------------- candidates


@dataclass
class Cand:
    name: str | None  # None: the empty answer
    pos: int | None = None  # start of the occurrence nearest the number (None: not in the two sentences)
    sent: int = 0  # 0: the result's sentence, 1: the one before
    sources: set[str] = field(default_factory=set)


def _add(
    cands: dict[str, Cand], name: str | None, source: str, item: Item, pos: int | None, sent: int
) -> None:
    if not name or not name.strip():
        return
    key = fold(name)
    c = cands.get(key)
    if c is None:
        c = cands[key] = Cand(name=name.strip())
    c.sources.add(source)
    if pos is not None:
        dist = abs(pos - item.start) + (10_000 if sent else 0)
        old = None if c.pos is None else abs(c.pos - item.start) + (10_000 if c.sent else 0)
        if old is None or dist < old:
            c.pos, c.sent = pos, sent


def _locate(name: str, item: Item) -> tuple[int | None, int]:
    """The occurrence of `name` nearest the number in its sentence, else in the sentence before."""
    for sent in (0, 1):
        k = item.sent - sent
        if k < 0:
            break
        s, e = item.spans[k]
        best = None
        i = item.text.find(name, s, e)
        while i >= 0:
            if best is None or abs(i - item.start) < abs(best - item.start):
                best = i
            i = item.text.find(name, i + 1, e)
        if best is not None:
            return best, sent
    return None, 0


def candidates(item: Item, fld: str) -> list[Cand]:
    cands: dict[str, Cand] = {}
    text = item.text
    for sent in (0, 1):
        k = item.sent - sent
        if k < 0:
            break
        s, e = item.spans[k]
        if fld == "dataset":
            for finder, src in (
                (dataset_mentions, "mention"),
                (known_mentions, "known"),
                (metric_owners, "owner"),
                (language_pairs, "pair"),
            ):
                for pos, name in finder(text, s, e):
                    _add(cands, name, src, item, pos, sent)
        for m in NAME_RE.finditer(text, s, e):
            if m.start("n") <= item.start < m.end("n"):
                continue  # the number itself
            _add(cands, m.group("n"), "name", item, m.start("n"), sent)
    extra = [("rule", item.rule[fld])]
    if fld == "dataset":
        extra += [("own", item.own), ("title", item.title_data)]
    else:
        extra += [("method", item.method)]
    for src, name in extra:
        if name:
            pos, sent = _locate(name, item)
            _add(cands, name, src, item, pos, sent)
    return [Cand(name=None, sources={"empty"}), *cands.values()]


# ------------------------------------------------------------------------------------------ features

_CLAUSE_BREAK = re.compile(r";|,\s(?:and|while|whereas|but|which)\b|\b(?:while|whereas)\b")
_AND = re.compile(r"\b(?:and|or)\b")
_NUMBER = re.compile(r"(?<![\w\-])\d")
_PREPS = {
    "on",
    "in",
    "for",
    "with",
    "than",
    "over",
    "by",
    "from",
    "across",
    "of",
    "to",
    "at",
    "using",
    "vs",
    "and",
}
_CMP = re.compile(
    r"(?i)\b(?:than|compared|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|over)\s(?:\S+\s){0,3}$"
)
_DATA_AFTER = re.compile(r"\s(?:data\s?sets?|benchmarks?|corpus|corpora|test\sset|split|subset)\b", re.I)
_MODEL_AFTER = re.compile(r"\s(?:models?|networks?|LLMs?|backbones?|architectures?|agents?|methods?)\b", re.I)
_VERB_AFTER = re.compile(
    r"\s(?:\S+\s)?(?:achiev|obtain|reach|attain|scor|yield|improv|outperform|surpass|deliver|get|gain|record)\w*"
)
_METRIC_AFTER = re.compile(r"\s(?:accuracy|F1|BLEU|score|AUC|mAP|mIoU|error|perplexity|EM|WER)\b", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s(?:the\s|a\s|an\s)?$")


def _bucket(n: int, edges: tuple[int, ...] = (2, 5, 10, 20, 40)) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def features(
    item: Item, c: Cand, fld: str, cands: list[Cand], use_rule: bool = True, only_rule: bool = False
) -> list[str]:
    """Binary features of candidate `c` for field `fld` of `item`."""
    rule = item.rule[fld]
    f: list[str] = []
    if c.name is None:
        f += ["empty", f"empty&kind={item.kind}"]
        if use_rule:
            f.append("empty&rule_empty" if not rule else "empty&rule_set")
        return f
    key = fold(c.name)
    is_rule = bool(rule) and key == fold(rule)
    if use_rule:
        if is_rule:
            f += ["rule", f"rule&kind={item.kind}"]
        elif rule and same_text(rule, c.name):
            f.append("rule_overlap")
    if only_rule:
        return f
    f.append("cand")
    f += [f"src={s}" for s in sorted(c.sources - {"rule"})]
    text = item.text
    if c.pos is None:
        f.append("where=absent")
    else:
        s = item.spans[item.sent - c.sent][0]
        if c.sent:
            where = "prev"
            between = ""
        elif c.pos < item.start:
            where = "before"
            between = text[c.pos + len(c.name) : item.start]
        else:
            where = "after"
            between = text[item.end : c.pos]
        f += [f"where={where}", f"where={where}&kind={item.kind}"]
        if not c.sent:
            words = len(between.split())
            f += [f"wdist={where}{_bucket(words)}"]
            if _CLAUSE_BREAK.search(between):
                f.append(f"clause_break&{where}")
            if _AND.search(between):
                f.append(f"and_between&{where}")
            if "," in between:
                f.append(f"comma_between&{where}")
            if _NUMBER.search(between):
                f.append(f"number_between&{where}")
            if "(" in between or ")" in between:
                f.append(f"paren_between&{where}")
            # nearest of the candidates on the same side
            same = [
                o
                for o in cands
                if o.name is not None
                and o.pos is not None
                and not o.sent
                and (o.pos < item.start) == (c.pos < item.start)
            ]
            if min(same, key=lambda o: abs(o.pos - item.start)) is c:
                f.append(f"nearest&{where}")
        before = text[max(s, c.pos - 30) : c.pos]
        m = _WORD_BEFORE.search(before)
        prep = m.group(1).lower() if m else ""
        f.append(f"prep={prep if prep in _PREPS else 'other' if prep else 'none'}")
        if _CMP.search(text[max(s, c.pos - 40) : c.pos]):
            f.append("compared_before")
        if c.pos == s:
            f.append("sentence_start")
        after = text[c.pos + len(c.name) : c.pos + len(c.name) + 40]
        if _DATA_AFTER.match(after):
            f.append("dataword_after")
        if _MODEL_AFTER.match(after):
            f.append("modelword_after")
        if _VERB_AFTER.match(after):
            f.append("verb_after")
        if _METRIC_AFTER.match(after):
            f.append("metric_after")
        if after.startswith(("'s", "’s")):
            f.append("possessive")
        if after.startswith((", ", " and ")) or before.endswith((", ", " and ")):
            f.append("listed")
    if known_dataset(c.name):
        f.append("gaz_dataset")
    if Gazetteer.load().model_family(c.name):
        f.append("gaz_model")
    if is_dataset(c.name):
        f.append("dataset_shape")
    if item.method and key == fold(item.method):
        f.append("is_method")
    if item.own and key == fold(item.own):
        f.append("is_own_dataset")
    other = {"dataset": ("model", "baseline"), "model": ("dataset", "baseline")}[fld]
    for o in other:
        if use_rule and item.rule[o] and key == fold(item.rule[o]):
            f.append(f"is_rule_{o}")
    f.append(f"nwords={min(len(c.name.split()), 4)}")
    if any(ch.isdigit() for ch in c.name):
        f.append("has_digit")
    n = text.count(c.name)
    f.append(f"count={_bucket(n, (1, 2, 4))}")
    return f


# ------------------------------------------------------------------------------------------- ranker


@dataclass
class Group:
    item: Item
    cands: list[Cand]
    feats: list[list[str]]
    labels: list[bool]


def groups(items: list[Item], fld: str, use_rule: bool = True, only_rule: bool = False) -> list[Group]:
    out = []
    for it in items:
        cands = candidates(it, fld)
        gold = it.gold[fld]
        labels = [
            (c.name is None) if not gold else (c.name is not None and same_text(gold, c.name)) for c in cands
        ]
        out.append(
            Group(it, cands, [features(it, c, fld, cands, use_rule, only_rule) for c in cands], labels)
        )
    return out


class Ranker:
    """Conditional logit over the candidates of each result: score = w . x, softmax within a result."""

    def __init__(self, l2: float = 1e-3, steps: int = 400, lr: float = 0.05) -> None:
        self.l2, self.steps, self.lr = l2, steps, lr
        self.vocab: dict[str, int] = {}
        self.w = np.zeros(0)

    def _matrix(self, gs: list[Group]) -> tuple[np.ndarray, np.ndarray]:
        rows = [fs for g in gs for fs in g.feats]
        x = np.zeros((len(rows), len(self.vocab)))
        for r, fs in enumerate(rows):
            for name in fs:
                j = self.vocab.get(name)
                if j is not None:
                    x[r, j] = 1.0
        starts = np.cumsum([0] + [len(g.cands) for g in gs[:-1]])
        return x, starts

    @staticmethod
    def _softmax(scores: np.ndarray, starts: np.ndarray) -> np.ndarray:
        mx = np.maximum.reduceat(scores, starts)
        sizes = np.diff(np.append(starts, len(scores)))
        e = np.exp(scores - np.repeat(mx, sizes))
        return e / np.repeat(np.add.reduceat(e, starts), sizes)

    def fit(self, gs: list[Group]) -> Ranker:
        gs = [g for g in gs if any(g.labels)]  # a result no candidate answers teaches nothing
        counts = Counter(name for g in gs for fs in g.feats for name in set(fs))
        self.vocab = {name: j for j, name in enumerate(sorted(n for n, k in counts.items() if k >= 2))}
        x, starts = self._matrix(gs)
        sizes = np.diff(np.append(starts, len(x)))
        y = np.array([float(lab) for g in gs for lab in g.labels])
        y /= np.repeat(np.add.reduceat(y, starts), sizes)  # the target: uniform over a result's right answers
        w = np.zeros(x.shape[1])
        m = np.zeros_like(w)
        v = np.zeros_like(w)
        b1, b2 = 0.9, 0.999
        for t in range(1, self.steps + 1):
            p = self._softmax(x @ w, starts)
            grad = x.T @ (p - y) / len(gs) + self.l2 * w
            m = b1 * m + (1 - b1) * grad
            v = b2 * v + (1 - b2) * grad * grad
            w -= self.lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
        self.w = w
        return self

    def predict(self, gs: list[Group]) -> list[str | None]:
        if not gs:
            return []
        x, starts = self._matrix(gs)
        scores = x @ self.w
        out = []
        for g, s in zip(gs, starts, strict=True):
            # ties go to the earlier candidate: "empty" first, then the finders' order
            out.append(g.cands[int(np.argmax(scores[s : s + len(g.cands)]))].name)
        return out

    def top(self, n: int = 12) -> list[tuple[str, float]]:
        names = sorted(self.vocab, key=lambda k: -abs(self.w[self.vocab[k]]))
        return [(k, round(float(self.w[self.vocab[k]]), 2)) for k in names[:n]]


# ------------------------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    n: int = 0  # gold non-empty (the scorer's denominator)
    right: int = 0
    empty_gold: int = 0
    filled_on_empty: int = 0
    wins: int = 0  # gold non-empty: this variant right where the rules are wrong
    losses: int = 0  # ... and wrong where the rules are right

    def add(self, gold: str | None, pred: str | None, rule: str | None = None) -> None:
        if gold:
            self.n += 1
            self.right += same_text(gold, pred)
            self.wins += same_text(gold, pred) and not same_text(gold, rule)
            self.losses += same_text(gold, rule) and not same_text(gold, pred)
        else:
            self.empty_gold += 1
            self.filled_on_empty += bool(pred)

    @property
    def overall(self) -> float:
        """Right on every valued result: the gold's name, or empty where the gold is empty."""
        total = self.n + self.empty_gold
        return (self.right + self.empty_gold - self.filled_on_empty) / total if total else math.nan

    @property
    def acc(self) -> float:
        return self.right / self.n if self.n else math.nan


VARIANTS = ("rules", "rule-only", "ranker", "no-rule")


def run(names: list[str], l2: float = 1e-3) -> dict[tuple[str, str], dict[str, Tally]]:
    items = {name: load_items(SETS[name]) for name in names}
    out: dict[tuple[str, str], dict[str, Tally]] = {}
    for fld in FIELDS:
        gsets = {
            "ranker": {n: groups(items[n], fld) for n in names},
            "rule-only": {n: groups(items[n], fld, only_rule=True) for n in names},
            "no-rule": {n: groups(items[n], fld, use_rule=False) for n in names},
        }
        for test in names:
            tallies = {v: Tally() for v in (*VARIANTS, "oracle")}
            for it in items[test]:
                tallies["rules"].add(it.gold[fld], it.rule[fld])
            for g in gsets["ranker"][test]:
                best = next((c.name for c, lab in zip(g.cands, g.labels, strict=True) if lab), None)
                tallies["oracle"].add(g.item.gold[fld], best)
            for variant, by_set in gsets.items():
                train = [g for n in names if n != test for g in by_set[n]]
                model = Ranker(l2=l2).fit(train)
                for g, pred in zip(by_set[test], model.predict(by_set[test]), strict=True):
                    tallies[variant].add(g.item.gold[fld], pred, g.item.rule[fld])
            out[(fld, test)] = tallies
    return out


def curve(names: list[str], l2: float = 1e-3) -> str:
    """Pooled left-out accuracy when each fold trains on only the first k other sets (fixed order)."""
    items = {name: load_items(SETS[name]) for name in names}
    lines = ["| field | training sets | ranker | ranker, no rule feature |", "|---|---:|---:|---:|"]
    for fld in FIELDS:
        by_variant = {
            "ranker": {n: groups(items[n], fld) for n in names},
            "no-rule": {n: groups(items[n], fld, use_rule=False) for n in names},
        }
        for k in range(1, len(names)):
            acc = {}
            for variant, by_set in by_variant.items():
                t = Tally()
                for test in names:
                    train = [g for n in [n for n in names if n != test][:k] for g in by_set[n]]
                    for g, pred in zip(
                        by_set[test], Ranker(l2=l2).fit(train).predict(by_set[test]), strict=True
                    ):
                        t.add(g.item.gold[fld], pred)
                acc[variant] = t.acc
            lines.append(f"| {fld} | {k} | {acc['ranker']:.3f} | {acc['no-rule']:.3f} |")
    return "\n".join(lines)


def table(results: dict[tuple[str, str], dict[str, Tally]]) -> str:
    lines = [
        "| field | left-out set | n | rules | rule-only ranker | ranker | ranker, no rule feature | candidate oracle "
        "| filled on empty gold: rules / ranker | all valued results right: rules / ranker "
        "| vs rules, won/lost: ranker; no rule feature |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for fld in FIELDS:
        pooled = {v: Tally() for v in (*VARIANTS, "oracle")}
        for (f, test), t in results.items():
            if f != fld:
                continue
            for v, tv in t.items():
                for a in ("n", "right", "empty_gold", "filled_on_empty", "wins", "losses"):
                    setattr(pooled[v], a, getattr(pooled[v], a) + getattr(tv, a))
            lines.append(_row(fld, test, t))
        lines.append(_row(fld, "**pooled**", pooled))
    return "\n".join(lines)


def _row(fld: str, test: str, t: dict[str, Tally]) -> str:
    r = t["rules"]
    k = t["ranker"]
    return (
        f"| {fld} | {test} | {r.n} | {r.acc:.3f} | {t['rule-only'].acc:.3f} | {k.acc:.3f} | {t['no-rule'].acc:.3f} "
        f"| {t['oracle'].acc:.3f} | {r.filled_on_empty}/{r.empty_gold} / {k.filled_on_empty}/{k.empty_gold} "
        f"| {r.overall:.3f} / {k.overall:.3f} | +{k.wins}/-{k.losses}; +{t['no-rule'].wins}/-{t['no-rule'].losses} |"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated names of readable sets")
    ap.add_argument("--l2", type=float, default=1e-3, help="weight decay of the ranker")
    ap.add_argument("--curve", action="store_true", help="also the learning curve (training on 1..n-1 sets)")
    args = ap.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in SETS]
    if unknown or len(names) < 2:
        raise SystemExit(f"need two or more of {', '.join(SETS)}; got {args.sets}")
    print(table(run(names, args.l2)))
    if args.curve:
        print()
        print(curve(names, args.l2))


if __name__ == "__main__":
    main()
