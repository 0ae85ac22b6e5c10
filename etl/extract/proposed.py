"""The name of the method (or data set) a paper proposes, from the abstract's "we propose X" shapes and
its other ways of naming its own system ("our method, dubbed X"), weighed against what the title names
(`title_names.py`); it stands in for "our method" in the model field."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.acronym_roles import acronym_names_part, defined_as_part
from etl.extract.acting_names import acting_name
from etl.extract.gazetteer import Gazetteer
from etl.extract.introduced_names import introduced_name
from etl.extract.name_words import GENERIC_ARCH, namey
from etl.extract.phrases import NAME, NOT_DATASET, PROPOSAL, SENT_START, occurrences, word_spots
from etl.extract.rules import load
from etl.extract.title_names import title_lead, title_names, title_spelled
from etl.extract.written_as_data import data_set_name

_C = load("context")

_R = cache(regex.compile)
# LaTeX around a name: "dubbed \textbf{DAMO-YOLO}", "called \emph{CowMask}"
_MARKUP = regex.compile(_C["latex_font"].pattern + r"\s?\{(?P<n>[^{}]{1,40})\}")
# the proposed system written as a LaTeX macro the abstract never spells out: "We present \\ours, an
# end-to-end framework", "we propose \\model to unify", "we introduce \\ours for"; a name read further on
# (an acronym of a part, "trilinear interpolation (TI)") is not the system's
_MACRO_PROPOSED = regex.compile(
    r"\s(?:(?:the|a|an)\s(?:novel\s|new\s)?)?\\(?!(?:cite\w*|ref|url|href|footnote\w*|textcolor|color)\b)[A-Za-z]+"
    r"(?:\{\}|/)?(?=[\s,.;:~(]|$)"
)
_GROUP_FONT, _SWITCH = _C["latex_group_font"].regex, _C["latex_switch"].regex


def _plain(text: str) -> str:
    """The text with LaTeX font markup around names dropped ("({\\it SACN})" -> "(SACN)", "\\LARGE \\bf
    ViNet:" -> "ViNet:"), so that names are read as written; only names come out of it, no offsets."""
    if "\\" not in text:
        return text
    text = _MARKUP.sub(lambda m: m.group("n"), text)
    return _SWITCH.sub("", _GROUP_FONT.sub(lambda m: m.group("n"), text))


# "we introduce Adaptive Prompting, a ...": a title-case name right after the proposal verb
_TITLECASE_NAME = regex.compile(
    r"\s(?:the\s)?(?P<n>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){1,4})(?=,\s(?:a|an|the|which)\s)"
)
# "and proposed PAR Transformer.", "We introduce the Beam AI SDK to ...": a title-case name with an
# acronym in it, closing the sentence or followed by its purpose
_TITLECASE_END = regex.compile(
    r"\s(?:the\s)?(?P<n>(?=(?:[A-Z][\w\-]+\s){0,3}[A-Z][\w\-]*[A-Z])[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){1,3})"
    r"(?=$|\s(?:to|that|which)\b)"
)
# "an automatic CoT prompting method: Auto-CoT."
_COLON_NAME = regex.compile(
    rf"^[^.:]{{0,80}}?(?i:method|model|framework|approach|algorithm|system|benchmark|dataset):\s(?P<n>{NAME})(?=[.,]|$)"
)
_ACRONYM_AFTER = regex.compile(rf"\s?\((?P<n>{NAME})\)")
_CALLED = regex.compile(
    rf"(?i:called|named|dubbed|termed|coined)\s(?:as\s)?(?:\\text\w+\{{)?(?P<n>{NAME}|[A-Z][a-z]{{3,}}[\w\-]*(?![\w\-]|\s[A-Z]|\s?\(|\s[a-z]+\s[(A-Z]))"
    rf"|\bnamely,?\s(?P<n>{NAME})(?=[.;:]|\s(?!(?:and|or|&)\s)|,\s(?![A-Z])|$)"  # not a list: "namely A, B and C", "namely A and B"
    rf"|\bas\s(?P<n>{NAME})\b|\((?P<n>{NAME})\)|\bi\.e\.,?\s(?P<n>{NAME})(?=[,.;\s])"
    rf"|^\W*(?P<n>{NAME})[,:]\s"
)
# "we propose FasterVLM, a ...", "we propose TCA (Temporal ...)", "propose HippoRAG 2, a framework"
_BARE_NAME = regex.compile(
    rf"\s(?P<n>(?:[A-Z][\w\-]*[a-z][\w\-]*|{NAME})(?:\s\d(?:\.\d)?|\+{{1,2}})?)"
    r"(?=\s(?:that|which|to|for|as)\b|,|\s\(|:\s|\s?(?:—|--)|\.?$)"  # "We propose DocFoo. It ..."
)
# "we propose complexity-based prompting, a simple and effective example selection scheme": a name
# in lower case, set off by the noun that says what it is
_LOWER_NAME = regex.compile(
    r"\s(?P<n>(?!(?:a|an|the|to|two|three|several|some|new|novel|our|this|these|both|that|it)\b)[a-z][\w\-]*"
    r"(?:\s(?!(?:a|an|the|to|for|of|with|that|which|and)\b)[a-z][\w\-]*){0,3}),\s(?:a|an)\s(?:[\w\-]+\s){0,5}?"
    + _C["lower_name_head"].pattern
    + r"\b"
)
# "a novel approach called weighted training.", "We refer to this method as denoising as adaptation."
_LOWER_CALLED = regex.compile(
    r"(?:\b(?:called|named|dubbed|termed)|\brefer\sto\s(?:this|our|the\sproposed)\s\w+\sas)"
    r"\s(?P<n>[a-z][\w\-]*(?:\s[a-z][\w\-]*){0,3})(?=[.,;:]|\s\(|$)"
)
# "we introduce a novel method, Self Positioning, which ...", "an algorithm, Skill-It, over ..."
_APPOSITIVE = regex.compile(
    r"\s(?:a|an|the)\s(?:[\w\-]+\s){0,5}?" + _C["appositive_head"].pattern + r"s?,?\s"
    r"(?:(?i:called|named|dubbed|termed|namely),?\s|(?<=,\s)the\s)?(?P<n>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})"
    r"(?=[,(.;:]|\s\(|\s(?:which|that|to|for|over|with|in|on|based)\b)"  # "a new method FooShop based on"
)
_DATASET_AFTER_NAME = regex.compile(
    r"(?i)(?:\s?\([^)]*\))?(?:,|:|\s?—|\s?-{2,3})?\s?(?:a|an|the)?\s?(?:[\w\-]+\s){0,3}?"
    r"(?:dataset|benchmark|corpus|suite|collection)\b"
)
_DATASET_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:dataset|benchmark|corpus|suite|collection)(?:\s(?:called|named)\s|,\s|\s)?$"  # "a new dataset, FooSet", "... Retrieval Dataset (FRD)"
)
_THE_PROPOSED = regex.compile(rf"\bthe\sproposed\s(?P<n>{NAME})")
# a name turned into a modifier names no method: "the proposed BiGRU-based deep model"
_MODIFIER = _C["name_as_modifier"].regex
# Names the abstract gives its method outside a "we propose X" shape (checked last, when nothing
# else named it): "our Transformer TTS network", "a multi-view course learning (MVCL) method is
# proposed", "We introduce ``Stepwise Tuning''".
_OUR_NAMED = regex.compile(
    r"\b[Oo]ur\s(?:proposed\s|new\s)?(?P<n>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})"
    r"\s(?:model|method|framework|network|approach|system|algorithm|architecture)\b"
)
_PASSIVE_PROPOSAL = regex.compile(
    r"\b(?:a|an)\s(?:[\w\-]+\s){0,5}\((?P<n>[A-Z][\w\-]*[A-Z][\w\-]*)\)\s"
    r"(?:method|framework|model|approach|algorithm|technique|strategy|scheme)\s(?:is|was)\s(?:\w+ly\s)?"
    r"(?:proposed|introduced|presented|developed|designed)\b"
)
_QUOTED_PROPOSAL = regex.compile(
    r"\b(?:introduce|propose|present)\s(?:``|“|\")(?P<n>[A-Z][^'\"”`]{2,40}?)(?:''|”|\")"
)
# "with a temporal alignment method TempAL.": an indefinite noun phrase introducing its own name (not
# "a strong baseline method Logo-Yolo", "a representative two-stage method DivideMix")
_INDEFINITE_NAMED = regex.compile(
    r"\b(?:a|an)\s(?:(?!"
    + _C["baseline_modifier"].pattern
    + r"\b)[a-z][\w\-]*\s){1,4}(?:method|framework|approach|algorithm|scheme)"
    r"\s(?P<n>[A-Z][\w\-]*[A-Z][\w\-]*)(?=[\s.,;])(?!\s\()"
)

# "The proposed method is thus called Foo Bar Network (FBN).", "The resulting system is called FBN (...)"
_IS_CALLED = regex.compile(
    r"\b(?:[Tt]he\s(?:proposed|resulting|new)|[Oo]ur|[Tt]his)\s(?:[\w\-]+\s){0,3}?(?:method|model|framework|approach"
    r"|algorithm|system|network|architecture|detector|tracker|parser)\s(?:is|was)\s(?:(?:thus|hence|therefore|then)\s)?"
    r"(?:called|named|dubbed|termed|referred\sto\sas)\s(?:as\s)?(?:an?\s)?(?:``|\")?"
    rf"(?:[^.,;()]{{2,70}}?\s?\((?P<n>[^()]{{2,30}})\)|(?P<n>{NAME})(?=[\s,.;]|$))"
)
# "Our method, FooNet, uses", "our approach \textit{Foo+} performs": the name right after our head noun
# "Our attack, FooInvert, reconstructs", "in our model, FooCast.", "The resulting model, FooNet-L, achieves"
_OUR_APPOSITIVE = regex.compile(
    r"\b(?:[Oo]ur|[Tt]he\sresulting)\s(?:proposed\s|new\s|final\s|best\s|resulting\s)?"
    + _C["own_appositive_head"].pattern
    + rf",?\s(?:\\text\w+\{{)?(?P<n>{NAME}\+?)\}}?(?=,|\s\(|\.(?:\s|$)|\s(?:is|was|uses|achieves|performs"
    r"|outperforms|improves|obtains|reaches|surpasses)\b)"
)
# "Our method, dubbed FooNet, improves", "This approach, called Foo Bar Network (FBN), enjoys", "our framework,
# termed `joint reranking' (JR), starts": the paper naming its own system in an appositive; an acronym after
# the spelled-out name is what the paper calls it, as in "Hybrid Task Cascade (HTC)"
_OUR_CALLED = regex.compile(
    r"\b(?:[Oo]ur|[Tt]his)\s(?:proposed\s|new\s)?(?:method|approach|model|framework|system|network|algorithm|architecture"
    r"|tracker|detector),\s(?:called|named|dubbed|termed)\s(?:as\s)?(?:``|`|\"|')?"
    rf"(?:(?P<n>{NAME})(?=''|'|\"|[\s,.;]|$)|[A-Za-z][^.,;(){{}}\\]{{2,50}}?(?:''|'|\")?\s?\((?P<n>{NAME})\))"
)
# "We therefore call our model FooNet.", "We name the resulting model \textbf{Hyperformer}", "We call this
# approach Orientation Regularized Network (ORN)": the paper's naming of its own system
_WE_CALL = regex.compile(
    r"\b[Ww]e\s(?:\w+\s)?" + _C["naming_verb"].pattern + r"\s(?:our|the|this)\s(?:[\w\-]+\s){0,2}?"
    r"(?:model|method|network|approach|architecture|algorithm|framework|system|tracker|detector)s?\s(?:as\s)?"
    rf"(?:(?:\\text\w+|\\emph)\{{)?(?:[A-Za-z][^.,;(){{}}]{{2,70}}?(?:\s?\(|\sor\s)(?:(?:\\text\w+|\\emph)\{{)?"
    rf"(?P<n>[^(){{}}\\\s]{{2,30}})\}}?(?:\)|(?=[,.;]))"
    rf"|(?P<n>(?:\dD\s)?{NAME}|[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{1,5}}))(?=\}}?[\s,.;]|\}}?$)"
)
# "The resulting models, termed 3D ResNet-RS, attain", "The proposed tracker, named StrongSORT,"
_THE_X_TERMED = regex.compile(
    r"\b[Tt]he\s(?:proposed|resulting|new)\s(?:[\w\-]+\s)?(?:model|method|network|approach|architecture|algorithm"
    r"|framework|system|tracker|detector|processor)s?,\s(?:called|named|dubbed|termed)\s(?:as\s)?"
    rf"(?:(?:\\text\w+|\\emph)\{{)?(?P<n>(?:\dD\s)?{NAME}|[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,4}})\}}?(?=[,(]|\s\()"
)
# "Our new model (Neural Social Physics or NSP) is", "our proposed approach (GHRS) outperformed"
_OUR_PAREN = regex.compile(
    r"\b[Oo]ur\s(?:proposed\s|new\s)?(?:model|method|framework|network|approach|system|algorithm|architecture)"
    rf"\s\((?:i\.e\.,?\s|[A-Z][^()]{{2,60}}?\sor\s)?(?P<n>{NAME})\)"
)
# "Our JS3C-Net achieves superior performance", "our CoMFormer outperforms": the name alone after "our"
_OUR_BARE = regex.compile(
    rf"\b[Oo]ur\s(?:(?:\\text\w+|\\emph)\{{)?(?P<n>{NAME})\}}?\s(?:is(?!\s(?:available|released|publicly))|achieves"
    r"|outperforms|obtains|improves|surpasses|reaches|yields|sets|establishes|attains|performs|runs|reduces)\b"
)
# "the proposed layer (called Generic RoI Extractor - GRoIE)", "our detector (dubbed FooDet)": a naming
# in parentheses after the paper's own system; the name that closes it is what the paper calls it
_PAREN_CALLED = regex.compile(
    r"\b(?:[Tt]he\s(?:proposed|resulting|new)|[Oo]ur(?:\sproposed|\snew)?)\s(?:[\w\-]+\s){0,3}?[\w\-]+\s"
    rf"\((?:called|named|dubbed|termed)\s(?:[^()]{{0,60}}?[\s,:]\s?)?(?P<n>{NAME})\)"
)
# a system noun given a name further on, outside a proposal sentence: "a simple but effective approach termed
# FooShare (...)", "an encoder-decoder architecture mimicking top-down attention, called FooNet"; a new one
# ("a", "our", "novel"), not a prior one ("Prior work used an approach called FooMerge") nor a data set's, task's
# or metric's naming in between ("a model trained on a web collection called FooCorpus")
_HEAD_CALLED = regex.compile(
    r"(?<!\b(?:[Pp]rior|[Pp]revious|[Ee]arlier|[Ee]xisting|[Pp]opular|[Ss]tandard|used?|uses|adopt\w*)\s(?:[\w\-]+\s){0,3})"
    r"\b(?:an?|[Oo]ur|new|novel)\s(?:[\w\-,]+\s){0,5}?(?:"
    + _C["system_noun"].pattern
    + r")\b(?:(?![.;()]|\b(?:dataset|benchmark|corpus|collection|set|suite|crawl|split|task|metric|score)s?\b)[^\n]){0,60}?"
    rf"\s(?:termed|called|named|dubbed)\s(?:as\s)?(?P<n>{NAME})(?=[\s,.;(]|$)"
)


# an acronym spelled out after a preposition: "from National Transportation Safety Board (NTSB) reports",
# "for Visual Question Answering (VQA)", "based on multi-task (MT) learning": the source, the task or a part
# of the proposal, not what it proposes (not "Motion Estimation via Variational Autoencoder (MEVA)", whose
# acronym is the whole name's)
_PREP = regex.compile(r"\b(?:from|for|on|in|using|with|via|to|over|at|across|like|than)\s(?:the\s)?")
_WORDS_TO_PAREN = regex.compile(r"(?:[A-Za-z][\w\-]*\s){1,6}\($")


def _spelled_after_prep(tail: str, c: regex.Match) -> bool:
    """Whether the acronym `c` matched in parentheses spells out the words after a preposition before it."""
    acronym = regex.sub(r"[^A-Za-z]", "", c.group("n")).upper().removesuffix("S")
    for p in _PREP.finditer(tail, max(0, c.start() - 90), c.start()):
        w = _WORDS_TO_PAREN.match(tail, p.end(), c.start() + 1)
        if w:
            words = regex.split(r"[\s\-]+", tail[p.end() : c.start()].strip())
            if "".join(x[0] for x in words if x).upper() == acronym:
                return True
    return False


def _called(tail: str, abstract: str, lead: str) -> regex.Match | None:
    """The first name `_CALLED` finds after a proposal verb (`lead` ends with it), passing over an acronym of a
    prepositional phrase's words and one of a task, a field or a part ("for person re-identification (ReID)")."""
    for c in _CALLED.finditer(tail):
        if not (
            c.group(0).startswith("(")
            and (
                _spelled_after_prep(tail, c)
                or acronym_names_part(tail, c.start(), c.end(), abstract, lead)
                # "new Fully Connected (FC) layers": a short acronym on a plural noun is a kind, not a name
                or (_R(r"^\([A-Z]{1,2}\)$").match(c.group(0)) and _R(r"\s[a-z]+s\b").match(tail, c.end()))
            )
        ):
            return c
    return None


def _named_elsewhere(abstract: str) -> str | None:
    """The method's name from "our X model", "our method, X,", a passive "(X) method is proposed",
    "the proposed method is called X", a quoted name or "a ... method X"."""
    for pattern in (
        _QUOTED_PROPOSAL,
        _PASSIVE_PROPOSAL,
        _IS_CALLED,
        _OUR_NAMED,
        _OUR_APPOSITIVE,
        _OUR_CALLED,
        _INDEFINITE_NAMED,
        _WE_CALL,
        _THE_X_TERMED,
        _OUR_PAREN,
        _OUR_BARE,
        _PAREN_CALLED,
        _HEAD_CALLED,
    ):
        for m in pattern.finditer(abstract):
            name = m.group("n")
            quoted = (pattern is _QUOTED_PROPOSAL and len(name.split()) <= 4) or (
                pattern in (_WE_CALL, _THE_X_TERMED) and " " in name
            )  # a written naming: "we call the network Pose Refinement Network"
            if (
                (namey(name) or quoted)
                and not NOT_DATASET.match(name)
                and not _R(r"-[a-z]+ed\b|^[A-Z]+s$").search(name)  # "GPU-accelerated", "GNNs"
                # "SR" is too short for a name, unless named outright: "Our approach, called ... (IR)"
                and not (pattern is not _OUR_CALLED and _R(r"^[A-Z]{1,2}$").match(name))
                and not GENERIC_ARCH.match(name)
                and not (pattern is _OUR_NAMED and _spelled_out(name, abstract))
                and not (pattern is _HEAD_CALLED and Gazetteer.load().models.lookup(name) is not None)
            ):  # "our NMT system" after "neural machine translation (NMT)": a task, not a name
                return name
    return None


# a spelled-out phrase before an acronym: "machine translation (NMT)"
_LOWER_SPACE = regex.compile(r"[a-z]\s")


def _spelled_out(name: str, text: str) -> bool:
    """Whether the text spells the name out before it: "... neural machine translation (NMT)"."""
    return any(i >= 2 and _LOWER_SPACE.match(text, i - 2, i) for i in occurrences(f"({name})", text))


def proposed_names(title: str | None, abstract: str) -> tuple[str | None, str | None]:
    """(method name, dataset name) the paper proposes, when it names them."""
    written, title, abstract = abstract, _plain(title or ""), _plain(abstract)
    method, dataset, weak = title_names(title, abstract)
    titled = method
    macro = False
    if method is None:
        p = _THE_PROPOSED.search(abstract)
        if p and not NOT_DATASET.match(p.group("n")) and not _MODIFIER.search(p.group("n")):
            method = p.group("n")
    for m in PROPOSAL.finditer(abstract):
        tail = abstract[m.end() : m.end() + 160]
        if "\\" in tail:
            tail = _MARKUP.sub(lambda x: x.group("n"), tail)
        stop = _R(r"\.\s").search(tail)
        tail = tail[: stop.start() if stop else len(tail)]
        x = _MACRO_PROPOSED.match(tail)
        if x and _DATASET_AFTER_NAME.match(tail, x.end()):
            continue  # "We present \\datasetname, a new dataset of": a data set's macro; read on
        if x and not _ACRONYM_AFTER.match(tail, x.end()):  # "we call \\cprs (CB-SARS)": its acronym is read
            macro = True  # "We present \\ours, a framework that combines ... (TI)": the name is the macro
            break
        c = (
            _BARE_NAME.match(tail)
            or _APPOSITIVE.match(tail)
            or _TITLECASE_NAME.match(tail)
            or _TITLECASE_END.match(tail)
            or _COLON_NAME.match(tail)
            or _called(tail, abstract, abstract[max(0, m.start() - 100) : m.end()])
            or _LOWER_NAME.match(tail)
            or _LOWER_CALLED.search(tail)
        )
        if c is None or c.group("n") in SENT_START:
            continue
        acronym = _ACRONYM_AFTER.match(tail, c.end())
        # what the text calls it first: "a new dataset, FooSet" (an appositive), "the Foo Dataset (FD)"
        before = tail[: c.start("n") if c.re is _APPOSITIVE else c.start()]
        if acronym and c.re is not _CALLED:
            c, before = (
                acronym,
                tail[: acronym.start()],
            )  # "Hybrid Task Cascade (HTC)": the paper calls it by the acronym
        if NOT_DATASET.match(c.group("n")) and not _R(r"^[A-Z][a-z]{3,}$").match(c.group("n")):
            continue  # a generic acronym (LLMs, NLP); a plain capitalised word is a name here
        name = c.group("n")
        if name == dataset or (dataset and _R(r"\btasks?\b").search(tail, 0, c.start())):
            continue  # the data set again, or a task set on it ("two new tasks ... (CESC)"): read on
        if _DATASET_AFTER_NAME.match(tail[c.end() :]) or _DATASET_BEFORE_NAME.search(before):
            dataset = dataset or name
            if method is None:
                continue  # "we introduce a benchmark (FooSet) ... we propose a network (FooNet)": read on
        elif method is None and data_set_name(name, abstract):
            continue  # "an online Multi-Object Tracking (MOT) approach" of "the MOT17 benchmark": read on
        else:
            method = method or name
        break
    if method is None and weak is None and dataset is None and not macro:
        method = (
            _named_elsewhere(abstract)
            or title_lead(title, abstract)
            or title_spelled(title, abstract)
            or acting_name(title, abstract)
            or introduced_name(abstract)  # "We distil ... into a compact student, FooIR."
        )
    # "the proposed BEV locations" of "a Bird's Eye View (BEV) detection step": a part; a title leading with the
    # name keeps it ("FooVL: ..." of "a learning method for vision-language tasks (FooVL)")
    if method and method != titled and defined_as_part(method, abstract):
        method = None
    if method and data_set_name(method, abstract):
        method = None  # "Grammatical Error Correction (GEC)" of "on the GEC corpora": a task or data set
    if method and _macro_only(method, written):
        method = None  # "\\ours", "\\datasetName": a LaTeX macro, not a name the abstract gives
    if dataset and _macro_only(dataset, written):
        dataset = None
    return method or weak, dataset


def _macro_only(name: str, abstract: str) -> bool:
    """Whether the abstract writes the name only as a LaTeX command ("\\datasetName consists of")."""
    spots = word_spots(name, abstract)
    return bool(spots) and all(i > 0 and abstract[i - 1] == "\\" for i in spots)
