"""The model field: the system a result belongs to, as written, or the proposed method's name for
"our method". The subject grammar is in `subjects.py`, the subject name before a verb of result in
`subject_names.py`, the owner of a parameter count or data size in `size_owners.py`, the proposed name
in `proposed.py`, the baseline field in `baselines.py`; they are re-exported here for `context.py`. Smaller
owner grammars (a bracketed noun phrase, a method on a base model, "respectively", "its") are in `owner_phrases.py`,
the system of a compared value in `compared_owners.py`, the owner of a from-value in `from_owners.py`, a name
written as a data set (no system) in `written_as_data.py`, the owner patterns written after the number ("98.78% for
CTL", "is achieved by the robot") in `after_owners.py`, those written before it ("GPT-4's accuracy", "termed
FooNet-RS") in `before_owners.py`."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.after_owners import (
    BY_NAME,
    FOR_NAME,
    FOR_SYSTEM,
    ON_MODEL_AFTER,
    PAREN_SYSTEM,
    PASSIVE_AGENT,
)
from etl.extract.base_carry import carried_base
from etl.extract.base_subjects import base_subject, known_after, sole_base
from etl.extract.baselines import COMPARED_LIST_END, FROM_FIRST, baseline_for, from_to_owner, versus_owner
from etl.extract.before_owners import (
    COMPARED_BEFORE,
    FINE_TUNED,
    FRONTED_NAME,
    IMPROVES_MODEL,
    INTERRUPTED_NAME,
    LIST_AFTER,
    NAMED_SUBJECT,
    OF_OWNER,
    ON_MODEL,
    PAREN_OWNER,
    POSSESSOR,
    PRIOR_FROM,
    RESULT_VERB_WORD,
    STARTED_FROM,
    TERMED,
    VERB_OR_PREP,
)
from etl.extract.clause_owners import (
    compared_before,
    preliminary_finding,
    relative_antecedent,
    subordinate_subject,
)
from etl.extract.compared_owners import COMPARED_FOR, COMPARED_LIST, COMPARED_VALUE, compared_np
from etl.extract.cues import COMPARED_TO_END, METRIC
from etl.extract.dataset_places import modifies_system
from etl.extract.datasets import dataset_for, known_dataset, paren_owner, pipe_partner
from etl.extract.from_owners import earlier_base, from_owner
from etl.extract.kinds import Found
from etl.extract.name_words import DATASET_WORD, HUMAN, NOT_MODEL, OURS, generic_name, starts_word
from etl.extract.owner_phrases import (
    ON_BEFORE,
    its_owner,
    method_on_base,
    pair_subject,
    paren_np,
    respective_subject,
)
from etl.extract.phrases import (
    NAME,
    NOT_DATASET,
    OUR,
    RESULT_VERB,
    SYSTEM_HEAD,
    UNIT_NAME,
)
from etl.extract.proposed import proposed_names
from etl.extract.rules import load
from etl.extract.size_owners import data_set_size, own_subject, param_owner, trained_owner
from etl.extract.sized_mentions import sized_owner
from etl.extract.subject_names import ACHIEVED, CLAUSE_BREAK, RAISES, gapped_name, subject_name
from etl.extract.subjects import (
    applied_base,
    base_model,
    base_model_for,
    clause_subject,
    ensemble_for,
    new_subject,
    ours,
)
from etl.extract.written_as_data import data_set_name
from etl.records import Kind

__all__ = ["baseline_for", "model_for", "new_subject", "proposed_names"]

_R = cache(regex.compile)
_NO_SYSTEM = load("context")["no_system_name"].regex
_HARDWARE = load("context")["hardware_name"].regex  # "A100 and H100 runs are 2.1x faster": no system
_BARE_SYSTEM = regex.compile(r"^The\s(?:(?:resulting|final|proposed)\s)?(?:model|network|system)$")
_ITS = regex.compile(r"\b[Ii]ts\s(?:[\w\-]+\s){0,3}$")  # "its CLAP score", "Its causal video VAE"
# "its CLAP score", "ROUGE-1/2/L scores of 45.2": a metric, not a system (not the verb: "GPT-4 scores 72%")
_METRIC_NAMED = regex.compile(r"\s(?:score|metric)\b|\s(?:scores|metrics)\s(?:of|are|were|\()")
# a name and its verb of result right before a metric's name: "FooSum obtains [ROUGE-1/2/L scores]"
_NAME_VERB_END = regex.compile(rf"(?<![\w\-])(?P<n>{NAME})\s(?:{RESULT_VERB})\w*\s(?:an?\s|the\s)?$")


def model_for(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    """The system a result belongs to, as written, or the proposed method's name for "our method"."""
    model = _model(found, text, s_start, s_end, method)
    named = sized_owner(found, model, text, s_start)
    if named:
        return named  # "We fine-tune FooVL-7B ... the 7B model improves": the model of that size
    if model is None or NOT_MODEL.match(model) or UNIT_NAME.match(model) or _HARDWARE.match(model):
        return None
    at = text.rfind(model, s_start, found.start)
    named_at = text.rfind(model, s_start, found.end)  # "compared to Llama-3-8B": the size is the name's
    if _NO_SYSTEM.match(model) or (
        model != method and at >= 0 and _METRIC_NAMED.match(text, at + len(model))
    ):
        # "a CIDEr-D score of 131.2", "Its causal VAE compresses videos 256x": a metric's or a part's name
        if at < 0:
            return None
        subject = _NAME_VERB_END.search(text, max(s_start, at - 60), at)
        if subject and not generic_name(subject.group("n")) and not known_dataset(subject.group("n")):
            return subject.group("n")  # "FooSum obtains ROUGE-1/2/L scores of 45.2": the subject's
        return method if _ITS.search(text, max(s_start, at - 40), at) else None
    sentence = text[s_start:s_end]
    if (
        method
        and model.startswith("The ")
        and sentence.startswith(model)
        and own_subject(text, s_start, s_end, method)
    ):
        return method  # "The 335M model achieves": the paper's own system, by its name
    if (
        method
        and found.kind is Kind.DATA_SIZE
        and sentence.startswith(model)
        and _BARE_SYSTEM.match(model)
        and not compared_before(text, s_start, method)
    ):
        return method  # "The model is trained on 20,000 hours": the paper's own system, by its name
    if (
        method
        and model != method
        and found.kind is not Kind.DATA_SIZE
        and not FROM_FIRST.search(text, max(0, found.start - 20), found.start)  # "from 0.62": the model's
        and not 0 <= named_at <= found.start < found.end <= named_at + len(model)
        and method_on_base(text[s_start : found.start], model, method)
    ):
        return method  # "Fine-tuning FooLM-7B with BarTune yields 80%": the named method's result
    if (
        model == method
        and found.kind is Kind.SCORE
        and FROM_FIRST.search(text, max(0, found.start - 20), found.start)
    ):
        return None  # "FooPipe raises utilization from 41% to 56%": 41% is the state before the method
    if model != method and data_set_name(model, text):
        return None  # "we introduce a new dataset, namely FooSet ... FooSet is more challenging"
    if model != method and 0 <= at and modifies_system(text, at + len(model)) and known_dataset(model):
        return None  # "the robustness of ImageNet models": the data set the models learnt from, no name
    if (
        (model != method or found.kind is Kind.DATA_SIZE)
        and found.kind is not Kind.PARAM_COUNT
        and model == dataset_for(found, text, s_start, s_end, None)
    ):
        return None  # the name the number was measured on (or a data set's size is of) is no system
    return model


def _model(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    left = text[s_start : found.start]
    sentence = text[s_start:s_end]
    if found.kind is Kind.PARAM_COUNT:
        return param_owner(found, text, s_start, s_end, method)
    if found.kind in (Kind.SCORE, Kind.SPEEDUP) and (
        COMPARED_TO_END.search(left[-25:])
        or COMPARED_LIST_END.search(left[-120:])
        or COMPARED_LIST.search(left[-160:])  # "3.1x for EAGLE-2 and [2.4x] for Medusa"
    ):
        m = COMPARED_FOR.match(text, found.end, min(s_end, found.end + 80))
        if m and not generic_name(m.group("n")) and not known_dataset(m.group("n")):
            return m.group("n")  # "reaches 81.2%, compared with 77.5% for CLIP": CLIP's value
        np = compared_np(text, found.end, s_end)
        if np:
            return np  # "compared with 47% for behavior cloning"
    if found.kind is Kind.SCORE and "from " in left[-100:]:
        owner = from_to_owner(text, s_start, s_end, found) or from_owner(found, text, s_start, s_end)
        if owner:
            return owner  # "from 14.8% (FooASR) to 10.9%", "Starting from FooLM-7B, ... from 16.7%"
    if "respectively" in sentence and " and " in left:
        owner = respective_subject(text, s_start, s_end, found)
        if owner:
            return owner  # "FooNet and BarNet reach 71.2% and 73.5%, respectively": one each
    elif " and " in left and " and " in text[max(0, found.start - 60) : found.end + 60]:
        owner = pair_subject(text, s_start, found)
        if owner:
            return owner  # "FooLM and BarChat respond to 65% and 73% of queries": one each
    if found.kind in (Kind.SCORE, Kind.IMPROVEMENT) and (" and " in left[-80:] or ", " in left[-80:]):
        owner = gapped_name(left)
        if owner:
            return owner
    if found.kind is Kind.IMPROVEMENT and " by" in left[-40:]:
        m = IMPROVES_MODEL.search(left[-120:])
        if m and base_model(m.group("n")) and not NAMED_SUBJECT.search(left[-120:][: m.start()]):
            return m.group("n")  # "improves Llama-3-8B by 5.2 points": the model the gain is reported for
    if found.kind is Kind.SCORE and "from " in left[-120:]:
        m = PRIOR_FROM.search(left, max(0, len(left) - 120))
        if m:  # "improves the state of the art from 41.2% to 47.9%": the first value is the prior art's
            return m.group("n")
    trained = trained_owner(left) if found.kind is Kind.DATA_SIZE else None
    if trained is not None:
        return trained  # "FooNet-H pre-trained with 300M images"
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and not on:
        return item
    if found.kind is Kind.SCORE and "v" in text[max(0, found.start - 20) : found.end + 20]:
        other = versus_owner(found, text, s_start, s_end)
        if other:
            return other  # "outperforming FooMatch (73.5% vs. 71.8%)": the second value is FooMatch's
        if other == "":  # "FooQA outperforms X (81.3% vs. 90.2%)": the better value is the subject's
            return subject_name(left.rsplit("(", 1)[0], found.kind) or method
    if found.rule.startswith("paren_value"):  # "outperforming FCOS (38.2 AP)": the system named before
        owner = PAREN_OWNER.search(left[-60:])
        if (
            owner
            and COMPARED_BEFORE.search(left[-200:])
            and not ON_BEFORE.search(left, 0, owner.start())
            and paren_owner(text, s_start, found.start) is None  # a data set with its value
        ):
            return VERB_OR_PREP.split(owner.group("n"))[-1]
    if found.kind is Kind.SCORE and "(" in left[-4:]:
        np = paren_np(text, s_start, found.start)
        if np:
            return np  # "a gap between advanced models (72%) and humans (87%)"
    p = PAREN_SYSTEM.match(text, found.end, s_end)
    if p:
        return p.group("n")
    clause = left[left.rfind(";") + 1 :]
    m = (
        ON_MODEL_AFTER.match(text, found.end, s_end)
        or ON_MODEL.search(clause)
        or known_after(text, found.end, s_end)
    )
    if m and not generic_name(m.group("n")) and not COMPARED_VALUE.search(clause, 0, m.start()):
        return m.group("n")
    if "'s " in clause:
        m = POSSESSOR.search(clause)
        if (
            m
            and not generic_name(m.group("n"))
            and not known_dataset(m.group("n"))
            and not (found.kind is Kind.IMPROVEMENT and RAISES.search(clause, 0, m.start()))
        ):
            return m.group("n")  # "Qwen 2.5 1.5B's MMLU score rises from 60", "GPT-4's accuracy"
    m = OF_OWNER.search(clause) if " of " in clause else None
    if m and not generic_name(m.group("n")) and not known_dataset(m.group("n")):
        return m.group("n")  # "the inference time of FooNet is shortened by 15%"
    m = FRONTED_NAME.match(clause)
    if (
        m
        and not generic_name(m.group("n"))
        and not known_dataset(m.group("n"))
        and not LIST_AFTER.match(clause, m.end())
        and RESULT_VERB_WORD.search(clause, m.end())
    ):
        return m.group("n")  # "GPT-3, even without any fine-tuning, managed to achieve"
    m = None
    for m in INTERRUPTED_NAME.finditer(clause) if ", " in clause else ():  # noqa: B007 - the last one
        pass
    if m and not generic_name(m.group("n")) and not CLAUSE_BREAK.search(clause, m.end()):
        return m.group("n")
    m = FOR_SYSTEM.match(text, found.end, s_end)
    if m and OURS.match(m.group("n")):
        return method  # "80.1% for our model": the proposed one's, when it has a name
    if m and (m.group("mod") or HUMAN.match(m.group("head"))):
        mod = m.group("mod").strip()
        if not m.group("det") and mod[:1].isupper() and " " not in mod:
            return mod  # "35.2 AP for ResNet101 networks": the name, not its kind
        return m.group("n")  # not "for the model" alone: whose is unclear
    m = (
        FOR_NAME.match(text, found.end, min(s_end, found.end + 90))
        if "for " in text[found.end : found.end + 60]
        else None
    )
    n = m.group("n").rstrip(".") if m else ""
    if (
        n
        and not generic_name(n)
        and not known_dataset(n)
        and not METRIC.search(n)
        and not _R(r"^[A-Za-z]{2,3}-[A-Za-z]{2,3}$").match(n)  # a language pair (XX-En)
    ):
        return n
    if " by " in text[found.end : found.end + 70]:
        m = PASSIVE_AGENT.match(text, found.end, s_end)
        if m and not generic_name(m.group("n")) and not OURS.match(m.group("n")):
            bare = _R(rf"^(?:the|a|an)\s(?i:{SYSTEM_HEAD})$").match(m.group("n"))
            if not bare or HUMAN.match(m.group("n").split()[-1]):
                return m.group("n")  # "a success rate of 92% is achieved by the robot"
    if found.kind is Kind.SCORE and " by " in text[found.end : found.end + 30]:
        m = BY_NAME.match(text, found.end, s_end)
        if (
            m
            and not generic_name(m.group("n"))
            and not known_dataset(m.group("n"))
            and not METRIC.search(m.group("n"))
        ):
            return m.group("n")  # "73.2% vs. 54.7% by TransE": the score another system reached
    subject = base_subject(found, text, s_start, method)
    if subject:
        return subject  # "A FooVL-7B agent fine-tuned on this data attains 42.7%": the model it is
    ft = None
    for ft in FINE_TUNED.finditer(left):  # noqa: B007 - the last one
        pass
    if ft is not None:
        return ft.group("n")
    st = STARTED_FROM.match(left) if found.kind is not Kind.PARAM_COUNT else None
    if st and base_model(st.group("n")):
        return st.group("n")
    applied = (
        applied_base(text, s_start, found.start)
        if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT) and ", " in left
        else None
    )
    if applied:
        return applied  # "Applied to FooLM-7B, BarTrim cuts length by 41%": the model it ran on
    nearest = subject_name(clause, found.kind)
    if nearest and not data_set_name(nearest, text):  # "... and FooSet datasets show that our method"
        return nearest
    named = found.kind is not Kind.DATA_SIZE and ("med " in left or "led " in left or "bbed " in left)
    t = TERMED.search(left) if named else None
    if (
        t
        and not NOT_DATASET.match(t.group("n"))
        and not DATASET_WORD.search(left, max(0, t.start() - 30), t.start())
    ):
        return t.group("n")  # "the resulting models, termed FooNet-RS, attain"
    subject = (
        clause_subject(text, s_start, s_end, found)
        if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT)
        else None
    )
    if subject and not ours(subject):
        return subject  # "the second best method achieves", "The leading model on X, which achieves"
    if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT):
        ensemble = ensemble_for(text, s_start, s_end, found.start, found.end)
        if ensemble:
            return ensemble  # "With an ensemble of four ResNets, we reach 3.5% error": the ensemble's
        # "With an enhanced FooNet-B7, our method achieves 85%": the model it ran on; "Applied to FooLM-7B,
        # it cuts 78% of tokens. ..., it outperforms X by 8%": the same, the sentence after
        base = base_model_for(text, s_start, s_end, found.start, found.end) or carried_base(
            text, s_start, found.start
        )
        if base:
            return base
    if (
        method
        and found.kind is Kind.DATA_SIZE
        and method not in sentence
        and data_set_size(found, text, s_start, s_end)
    ):
        return None  # "we introduce FooSet, a dataset of 120k pairs": the data set's size, not the method's
    if method is None and found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT) and "model " in left:
        base = earlier_base(text, s_start, found.start)
        if base:
            return base  # "We fine-tune FooLM-8B ... The resulting model reaches 61%": the model trained
    owner = its_owner(left) if "its " in left or "Its " in left else None
    if owner and owner != method:
        return owner  # "When GPT-4o is the judge, its agreement with humans reaches 71%": GPT-4o's
    other = _OTHER_CLAUSE.search(left, max(0, len(left) - 120))
    if other and not OURS.match(other.group("np")):
        return None  # "FooBot solves 61%, while the strongest closed tool solves 78%": that tool's
    rel = relative_antecedent(clause)
    if rel:
        return rel  # "a metric, Efficient EigenScore (EES), which approximates X in 2x speed": the metric's
    sub = subordinate_subject(clause) if found.kind in (Kind.SCORE, Kind.IMPROVEMENT) else None
    if sub is not None:  # "while previous methods fail on folded structures (maximum accuracy 10.4%), ..."
        return sub or method
    if method and preliminary_finding(sentence, method):
        return None  # "Our initial experiments show that simply pooling tokens loses 3%": not the method's
    if method and (
        OUR.search(left)
        or _R(r"\b(?:[Ww]e|[Oo]ur|[Ii]ts?|proposed)\b").search(sentence)
        or own_subject(text, s_start, s_end, method)  # "The system runs at 15 fps"
        or starts_word(method, sentence)  # not the end of a compound: "SVM" of "GRU-SVM" is another system
        or found.kind in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION)
        or (found.kind is Kind.SCORE and ACHIEVED.search(sentence) and not _OTHERS.search(sentence))
        or (
            found.kind is Kind.SCORE
            and _OUTDOING_AFTER.match(text, found.end, s_end)
            and not _OTHERS.search(left)
        )
    ):
        return method
    if method is None:  # "Our approach reduces the pre-training time of BERT-base by 25%": BERT-base's
        return sole_base(found, text, s_start, s_end)
    return None  # "our approach" with no name given: left empty rather than guessed


# a participle of outdoing closing the sentence a score is in: its subject is the system that scored,
# the paper's own when no other is named ("accuracies of 90.5% on A and 64.5% on B, exceeding the
# state of the art"); the others it names come after the score
_OUTDOING_AFTER = regex.compile(
    r"[^;:]{0,160}?,\s(?:thus\s|thereby\s|clearly\s|significantly\s|substantially\s)?"
    r"(?:outperform|exceed|surpass|beat|improv)ing\b"
)
# a clause of its own with another system as its subject, right before the number: "..., while the
# strongest closed tool solves 78.4%", "whereas a fine-tuned classifier reaches"
_OTHER_CLAUSE = regex.compile(
    r"\b(?:while|whereas|but)\s(?P<np>(?:the|a|an|other|most)\s(?:[\w\-]+\s){0,4}?(?i:"
    + load("context")["system_noun"].pattern
    + r"|"
    + SYSTEM_HEAD
    + r"))\s(?:only\s|still\s|also\s)?[a-z]+s\s(?:(?:about|around|only|just|over|up\sto)\s)?$"
)
# a score in a sentence that speaks of other systems (or people) may be theirs
_OTHERS = regex.compile(
    r"(?i)\b(?:previous|prior|existing|baselines?|humans?|people|participants|annotators|state[\s-]of[\s-]the[\s-]art|sota"
    r"|other|competing|traditional|conventional|vanilla|original|standard|compared|than|versus|vs)\b"
)
