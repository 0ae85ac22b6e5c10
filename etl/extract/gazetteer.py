"""Canonical names for metrics, datasets and model families (data in `gazetteers/*.toml`).

Surface strings vary ("Top-1 Acc.", "top-1 accuracies"); leaderboards need one id per thing.
Every name gets an id: a gazetteer entry's id when an alias matches, else a normalised form of
the name itself, so the tables never depend on the gazetteer being complete. Lookups compare
*loose keys* (casefolded, separators removed) so "CIFAR10" == "CIFAR-10", while digits that
tell datasets apart stay ("CIFAR-100", "ImageNet-21K").
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import regex

from etl.errors import RuleError
from etl.extract.dataset_parts import described_words
from etl.extract.rules import load
from etl.extract.vocabulary import Entry, Vocabulary, display_norm, family_fallback, loose_key

GAZETTEER_DIR = Path(__file__).resolve().parent / "gazetteers"
FIELDS = {"metric": "metric_id", "dataset": "dataset_id", "model": "model_family"}

_KEY_SEP = regex.compile(r"[\s-]+")
# words that say how big, not which model: "7B-sized", "a billion-level", "v0.1"
_SIZE_WORD = regex.compile(
    r"^(?:\d+(?:\.\d+)?[kmbt]?|v\d[\w.]*|billion|million|trillion|level|sized?|scale|parameters?|params?)$"
)
# a data set described, not named ("three real-world datasets"; dataset_descriptions.py writes them)
_DESCRIBED_DATA = load("context")["described_data"].regex
_SINGULAR_DATA_HEAD = regex.compile(r"(?:benchmark|dataset|data\sset|corpus|test\sset)$")
_NOT_A_NAME = regex.compile(r"//|^www\.|\.(?:com|org|ai|io|co|net)\b|^https?:")
_PLURAL_ACRONYM = regex.compile(r"^[A-Z]{2,}s$")  # "LLMs", "GANs": a kind of model, not one
_CITATION_KEY = regex.compile(
    r"^\p{L}+_\d{2,4}[a-z]?$|^[a-z]+(?:19|20)\d\d[a-z]*$"
)  # "Simonyan_14b", "he2016deep"
_WORDS = regex.compile(r"[\s/-]+")
# a name has a capital or a digit; a lower-case phrase is a name ("frequency dynamic convolution") unless a
# generic word opens or closes it ("the best single model", "spatio-temporal networks")
_NAME_MARK = regex.compile(r"[\p{Lu}\d]")
_ABOUT = regex.compile(r"^(.+?)\s+(?:on|in|of|over|for|across)\s")  # "results on ree" -> "results"

# a capital after the first letter or a digit: a name ("SOTA-Net"), whoever made it
_PRIOR_NAME = regex.compile(r"(?<!^)\p{Lu}|\d")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_OWN = frozenset({"our", "ours", "we", "proposed", "this"})


def _names_prior(surface: str, prior: frozenset[str]) -> bool:
    """A lower-case description with a word of `prior` and none of the paper's own ("our best model")."""
    if _PRIOR_NAME.search(surface.strip()):
        return False  # a name ("SOTA-Net", "BERT-base") is a system, whoever made it
    words = {w for w in _NON_WORD.split(surface.casefold()) if w}
    return bool(words & prior) and not words & _OWN


class Gazetteer:
    """Metric, dataset and model-family vocabularies. Use `Gazetteer.load()` (cached)."""

    def __init__(self, metrics: Vocabulary, datasets: Vocabulary, models: Vocabulary) -> None:
        self.metrics, self.datasets, self.models = metrics, datasets, models
        self._direction = {e.id: e.higher_is_better for e in metrics.entries}

    @classmethod
    def load(cls, directory: Path | str | None = None) -> Gazetteer:
        return _load(Path(directory) if directory else GAZETTEER_DIR)

    def metric_id(self, surface: str | None) -> str | None:
        return self._resolve(self.metrics, surface, display_norm)

    def dataset_id(self, surface: str | None) -> str | None:
        """None for a description ("three real-world datasets", "link prediction", "Track 2", "English"): it
        names no data set to rank on; a part of a known one takes its id ("the COCO test-dev split")."""
        if surface is not None and _DESCRIBED_DATA.fullmatch(surface.strip()):
            return self._described_id(surface.strip())
        if surface is None or not surface.strip():
            return None
        if hit := self.datasets.lookup(surface):
            return hit
        reading = described_words().read(surface.strip())
        if reading is not None:
            for name in reading.names:
                if hit := self.datasets.lookup(name):
                    return hit
            if reading.described:
                return None
        return display_norm(surface) or None

    def _described_id(self, surface: str) -> str | None:
        """A singular description around a known name takes its id ("a cleaned Penn Treebank corpus");
        a plural one ("two adversarial SQuAD datasets") is several other sets, an unnamed one none."""
        if not _SINGULAR_DATA_HEAD.search(surface):
            return None
        runs, run = [], []
        for w in surface.split():
            if _NAME_MARK.search(w):
                run.append(w)
            elif run:
                runs.append(run)
                run = []
        runs.append(run)
        for r in sorted((r for r in runs if r), key=len, reverse=True):
            hit = self.datasets.lookup(" ".join(r))
            if hit:
                return hit
        return None

    def model_family(self, surface: str | None) -> str | None:
        return self._resolve(self.models, surface, family_fallback)

    def model_key(self, surface: str | None) -> str | None:
        """The normalised model name (dedup key: "Llama-2 7B" == "LLaMA-2-7B")."""
        if surface is None or not surface.strip():
            return None
        return _KEY_SEP.sub("-", display_norm(surface)) or None

    def scale(self, metric_id: str | None) -> str | None:
        """How the metric is written: "percent" (a share: 75%, 0.75 or a bare 75), "number" or None."""
        return self.metrics.scales.get(metric_id) if metric_id else None

    def scales(self) -> dict[str, str]:
        return dict(self.metrics.scales)

    def is_vague_metric(self, surface: str | None) -> bool:
        """True when `surface` says not what was measured: "performance", "results on REE", "up".

        A vague name, alone or followed by "on/in/of/over ..." (what it is about, not what it measures).
        """
        if surface is None or not surface.strip():
            return False
        for form in self.metrics._candidates(display_norm(surface)):  # also "average performance"
            m = _ABOUT.match(form)
            if form in self.metrics.vague or (m and m.group(1) in self.metrics.vague):
                return True
        return display_norm(surface).rsplit(" ", 1)[-1] in self.metrics.vague_last

    def is_generic_model(self, surface: str | None) -> bool:
        """True when `surface` names no particular model: "our model", "LLMs", "7B-sized", a URL, a lower-case
        description ("the previous state-of-the-art method")."""
        if surface is None or not surface.strip():
            return True
        text = surface.strip()
        if _NOT_A_NAME.search(text.casefold()) or _PLURAL_ACRONYM.match(text) or _CITATION_KEY.match(text):
            return True
        if not _NAME_MARK.search(text):
            raw = [w for w in _WORDS.split(text.casefold()) if w]
            if raw and (raw[0] in self.models.generic or raw[-1] in self.models.generic):
                return True  # a lower-case description: "the best single model", "spatio-temporal networks"
        words = [w for w in _WORDS.split(display_norm(text)) if w]
        return all(w in self.models.generic or _SIZE_WORD.match(w) for w in words)

    def is_prior_model(self, surface: str | None) -> bool:
        """True when `surface` describes an earlier or other system, not the paper's: "the current state of
        the art approach", "previous methods", "the highest performing transition-based parser"."""
        return surface is not None and _names_prior(surface, self.models.prior)

    def known(self, field_name: str, surface: str) -> bool:
        return self._vocab(field_name).lookup(surface) is not None

    def higher_is_better(self, metric_id: str | None) -> bool | None:
        return self._direction.get(metric_id) if metric_id else None

    def directions(self) -> dict[str, bool | None]:
        return dict(self._direction)

    def metric_surfaces(self) -> list[str]:
        return _surfaces(self.metrics)

    def dataset_surfaces(self) -> list[str]:
        return _surfaces(self.datasets)

    def model_surfaces(self) -> list[str]:
        return _surfaces(self.models)

    def resolver(self, field_name: str) -> Callable[[str | None], str | None]:
        return {"metric": self.metric_id, "dataset": self.dataset_id, "model": self.model_family}[field_name]

    def _vocab(self, field_name: str) -> Vocabulary:
        return {"metric": self.metrics, "dataset": self.datasets, "model": self.models}[field_name]

    @staticmethod
    def _resolve(vocab: Vocabulary, surface: str | None, fallback: Callable[[str], str]) -> str | None:
        if surface is None or not surface.strip():
            return None
        return vocab.lookup(surface) or fallback(surface) or None


def _surfaces(vocab: Vocabulary) -> list[str]:
    seen: dict[str, None] = {}
    for e in vocab.entries:
        for a in (e.id, *e.aliases):
            seen.setdefault(a, None)
    return sorted(seen, key=lambda s: (-len(s), s))


# ---------------------------------------------------------------- loading and checking


def _str_list(raw: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        problems.append(f"{where}: must be a list of non-empty strings")
        return ()
    return tuple(raw)


def _parse(path: Path, table: str, kind: str, problems: list[str]) -> Vocabulary:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path.name}: cannot read: {exc}")
        return Vocabulary(kind, (), {})
    allowed = {"id", "aliases", "examples", "counter_examples"} | (
        {"higher_is_better"} if kind == "metric" else set()
    )
    entries: list[Entry] = []
    index: dict[str, str] = {}
    for i, raw in enumerate(doc.get(table, [])):
        where = f"{path.name} [[{table}]] #{i + 1} ({raw.get('id', '?')})"
        extra = set(raw) - allowed
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        eid = raw.get("id")
        if not isinstance(eid, str) or not eid.strip():
            problems.append(f"{where}: id must be a non-empty string")
            continue
        if display_norm(eid) != eid:
            problems.append(f"{where}: id {eid!r} is not normalised (write {display_norm(eid)!r})")
        hib = raw.get("higher_is_better")
        if kind == "metric" and not isinstance(hib, bool):
            problems.append(f"{where}: higher_is_better must be true or false")
        entry = Entry(
            id=eid,
            aliases=_str_list(raw.get("aliases"), f"{where} aliases", problems),
            higher_is_better=hib if isinstance(hib, bool) else None,
            examples=_str_list(raw.get("examples"), f"{where} examples", problems),
            counter_examples=_str_list(raw.get("counter_examples"), f"{where} counter_examples", problems),
        )
        if any(e.id == eid for e in entries):
            problems.append(f"{where}: duplicate id {eid!r}")
        entries.append(entry)
        for alias in (eid, *entry.aliases):
            key = display_norm(alias) if kind == "model" else loose_key(alias)
            if not key:
                problems.append(f"{where}: alias {alias!r} normalises to nothing")
            elif index.setdefault(key, eid) != eid:
                problems.append(f"{where}: alias {alias!r} already means {index[key]!r}")
    norm = doc.get("normalise", {})
    prefixes = _str_list(norm.get("strip_prefixes"), f"{path.name} normalise.strip_prefixes", problems)
    suffixes = _str_list(norm.get("strip_suffixes"), f"{path.name} normalise.strip_suffixes", problems)
    scales: dict[str, str] = {}
    for scale, ids in doc.get("scale", {}).items():
        if scale not in ("percent", "number"):
            problems.append(f"{path.name} [scale]: unknown scale {scale!r} (percent or number)")
            continue
        for mid in _str_list(ids, f"{path.name} scale.{scale}", problems):
            if mid not in index.values():
                problems.append(f"{path.name} scale.{scale}: {mid!r} is not a metric id")
            elif scales.setdefault(mid, scale) != scale:
                problems.append(f"{path.name} scale: {mid!r} has two scales")
    generic = frozenset(
        display_norm(w)
        for w in _str_list(doc.get("generic", {}).get("words"), f"{path.name} generic", problems)
    )
    vague = frozenset(
        display_norm(w) for w in _str_list(doc.get("vague", {}).get("names"), f"{path.name} vague", problems)
    )
    vague_last = frozenset(
        display_norm(w)
        for w in _str_list(doc.get("vague", {}).get("last_words"), f"{path.name} vague.last_words", problems)
    )
    prior_doc = doc.get("prior", {})
    prior = frozenset(
        display_norm(w) for w in _str_list(prior_doc.get("words"), f"{path.name} prior.words", problems)
    )
    for example in _str_list(prior_doc.get("examples"), f"{path.name} prior.examples", problems):
        if not _names_prior(example, prior):
            problems.append(f"{path.name} prior: example {example!r} is not read as an earlier system")
    for counter in _str_list(
        prior_doc.get("counter_examples"), f"{path.name} prior.counter_examples", problems
    ):
        if _names_prior(counter, prior):
            problems.append(f"{path.name} prior: counter-example {counter!r} is read as an earlier system")
    for name in sorted(vague):
        if loose_key(name) in index:
            problems.append(f"{path.name} vague: {name!r} is also an alias of {index[loose_key(name)]!r}")
    pattern = None
    if kind == "model" and index:
        alts = sorted(index, key=lambda k: (-len(k), k))
        pattern = regex.compile("(?:" + "|".join(regex.escape(a) for a in alts) + r")(?!\p{L})")
    return Vocabulary(
        kind,
        tuple(entries),
        index,
        tuple(display_norm(p) for p in prefixes),
        tuple(display_norm(s) for s in suffixes),
        pattern,
        scales,
        generic,
        vague,
        vague_last,
        prior,
    )


@cache
def _load(directory: Path) -> Gazetteer:
    problems: list[str] = []
    vocabs = [
        _parse(directory / f"{name}.toml", table, kind, problems)
        for name, table, kind in (
            ("metrics", "metric", "metric"),
            ("datasets", "dataset", "dataset"),
            ("models", "family", "model"),
        )
    ]
    if problems:
        raise RuleError(
            f"{len(problems)} problem(s) in the gazetteers:\n  " + "\n  ".join(problems),
            where=str(directory),
            hint="fix the gazetteer TOML files",
        )
    return Gazetteer(*vocabs)


# ---------------------------------------------------------------- tables


def _map_column(column: pa.ChunkedArray, fn: Callable[[str | None], str | None]) -> pa.ChunkedArray:
    """Apply `fn` once per distinct string, then spread the answers to every row."""
    uniques = pc.unique(column)
    mapped = pa.array([fn(u) for u in uniques.to_pylist()], type=pa.string())
    return pc.take(mapped, pc.index_in(column, value_set=uniques))


def canonicalize(results: pa.Table, gazetteer: Gazetteer | None = None) -> pa.Table:
    """A copy of `results` with metric_id, dataset_id and model_family filled from metric/dataset/model.

    Where a surface is written its id decides (None for a description); where it is null an existing
    id is kept.
    """
    gz = gazetteer or Gazetteer.load()
    out = results
    for src, dst in FIELDS.items():
        if src not in out.column_names:
            continue
        surface = out.column(src).cast(pa.string())
        computed = _map_column(surface, gz.resolver(src))
        if dst in out.column_names:  # a surface decides (a description has no id); none keeps the stored id
            computed = pc.if_else(pc.is_valid(surface), computed, out.column(dst).cast(pa.string()))
            out = out.set_column(out.column_names.index(dst), dst, computed)
        else:
            out = out.append_column(dst, computed)
    return out


def fallback_names(
    results: pa.Table, field_name: str, top: int = 30, gazetteer: Gazetteer | None = None
) -> pa.Table:
    """The `top` most common names of `field_name` that no gazetteer alias matches: name, id, count."""
    if field_name not in FIELDS:
        raise ValueError(f"field must be one of {sorted(FIELDS)}, not {field_name!r}")
    gz = gazetteer or Gazetteer.load()
    schema = pa.schema([("name", pa.string()), ("id", pa.string()), ("count", pa.int64())])
    if field_name not in results.column_names or results.num_rows == 0:
        return schema.empty_table()
    col = results.column(field_name).cast(pa.string())
    counts = pa.table({"name": col}).filter(pc.is_valid(col)).group_by("name").aggregate([("name", "count")])
    resolve = gz.resolver(field_name)
    rows = [
        (name, resolve(name), n)
        for name, n in zip(counts["name"].to_pylist(), counts["name_count"].to_pylist(), strict=True)
        if name.strip() and not gz.known(field_name, name) and resolve(name) is not None
    ]  # a name with no id at all is a description ("three real-world datasets"), nothing to add
    rows.sort(key=lambda r: (-r[2], r[0]))
    rows = rows[:top]
    return pa.table(
        {"name": [r[0] for r in rows], "id": [r[1] for r in rows], "count": [r[2] for r in rows]},
        schema=schema,
    )
