"""bench/context_ranker.py: candidates get features, and the ranker learns an obvious toy case."""

from __future__ import annotations

from bench import context_ranker as cr
from etl.extract.sentences import split


def _item(text: str, number: str, rule: dict | None = None, gold: dict | None = None) -> cr.Item:
    start = text.index(number)
    spans = split(text)
    fields = dict.fromkeys(("metric", "dataset", "model", "baseline"))
    return cr.Item(
        text=text,
        spans=spans,
        sent=cr._sentence_of(spans, start),
        start=start,
        end=start + len(number),
        kind="score",
        rule={**fields, **(rule or {})},
        gold={**fields, **(gold or {})},
    )


def test_candidates_of_an_invented_sentence_get_position_and_preposition_features():
    text = "We train PlumNet. PlumNet reaches 71.4% accuracy on QuillBench-9, beating OakNet."
    item = _item(text, "71.4%", rule={"dataset": "QuillBench-9"})
    cands = cr.candidates(item, "dataset")
    assert cands[0].name is None  # the empty answer comes first
    by_name = {c.name: c for c in cands[1:]}
    assert "QuillBench-9" in by_name
    feats = cr.features(item, by_name["QuillBench-9"], "dataset", cands)
    assert {"rule", "where=after", "prep=on", "nearest&after"} <= set(feats)
    plum = cr.features(item, by_name["PlumNet"], "dataset", cands)
    assert "where=before" in plum and "rule" not in plum


def _toy_group(right_first: bool) -> cr.Group:
    right, wrong = ["cand", "prep=on"], ["cand", "prep=than"]
    feats = [["empty"], right, wrong] if right_first else [["empty"], wrong, right]
    cands = [cr.Cand(None), cr.Cand("A"), cr.Cand("B")]
    labels = [False, right_first, not right_first]
    return cr.Group(item=None, cands=cands, feats=feats, labels=labels)  # type: ignore[arg-type]


def test_ranker_learns_that_the_name_after_on_is_the_answer():
    train = [_toy_group(i % 2 == 0) for i in range(20)]
    model = cr.Ranker(steps=200).fit(train)
    assert model.predict([_toy_group(True), _toy_group(False)]) == ["A", "B"]
    weights = dict(model.top(10))
    assert weights["prep=on"] > weights["prep=than"]
