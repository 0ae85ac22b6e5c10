"""The subject noun-phrase grammar of the model field: a system written as a noun phrase (a head
such as "model" or "humans", or a spaced name such as "Claude 3.5 Sonnet") that is the subject of a
verb of result; a number takes the nearest such subject before it in its clause. Also the base model a
method is applied to ("With FooNet-B7, our method achieves"), which the guideline gives the number to."""

from __future__ import annotations

from functools import lru_cache

import regex

from etl.extract.datasets import known_dataset
from etl.extract.gazetteer import Gazetteer
from etl.extract.kinds import Found
from etl.extract.name_words import HUMAN, OURS, generic_name
from etl.extract.phrases import NAME, RESULT_VERB, SYSTEM_HEAD, TECHNIQUE_HEAD
from etl.extract.rules import load

_C = load("context")
# the metric a system noun phrase owns: "the robot's success rate"
METRIC_WORD = _C["owned_metric"].pattern

# a language model written as an acronym head: "an expert LM fine-tuned on one task outperforms"
_LM_HEAD = r"(?:LLM|LMs?|VLMs?|MLLMs?|LVLMs?)(?![\w\-])"
# more heads read only in a subject: "the best current discriminators can classify", "prior art has"
_MORE_HEAD = _C["subject_only_head"].pattern
# words of a fronted phrase or clause that never modify a system's head: "Under heavy noise, where [prior art]"
_NOT_MOD_MORE = r"(?i:where|under|without|into|across|through|per)\b"
# a system written as a noun phrase, subject of a verb of result: "The leading model on the MTEB
# leaderboard [38], which achieves", "the second best method reaches", "a simple, prototypical network
# with four convolutional layers significantly outperforms", "spatio-temporal networks can reduce",
# "humans achieve"; it opens a clause (sentence, comma, that, where, while, and)
_SUBJECT_NP = (
    r"(?P<np>(?P<det>(?:[Tt]he|[Aa]n?|[Aa]ll(?:\sthe)?|[Tt]hese|[Tt]hose|[Oo]ur|[Tt]his|[Ii]ts|[Tt]heir|[Mm]ost|[Mm]any"
    r"|[Ee]ven\sthe|[Oo]nly\sthe)\s)?"
    # "state of the art" spelled with spaces is one modifier: "the current state of the art approach achieves"
    r"(?P<mod>(?:(?i:state\sof\sthe\sart)\s|(?!"
    + _C["not_modifier"].pattern
    + r"|"
    + _NOT_MOD_MORE
    + r"|[\w\-]+ly,)[\w\-]+,?\s){0,5}?)"
    rf"(?P<head>(?i:{SYSTEM_HEAD})|{_LM_HEAD}|{_MORE_HEAD}|(?P<tech>(?i:{TECHNIQUE_HEAD}))"
    r"|(?i:state[\s-]of[\s-]the[\s-]art|SOTA)(?=\s?[(,]))"  # "the previous state of the art (Smith'16), which"
    r"(?:\s(?:on|in|of|for|with|based\son)\s(?:the\s)?[\w\-]+(?:\s[\w\-]+){0,2}?"
    r"|\s(?:fine-?tuned|trained|pre-?trained|distilled|prompted)\s(?:on|with|using|via|from)\s[^,;.()]{1,40}?)?)"
    r"\s?(?:\([^()]{0,40}\)\s?)?(?:\[[^\]]{0,12}\]\s?)?(?:~?\\cite\w*\{[^}]*\}\s?)?"
    r"(?:,\s(?:using|with|based\son|trained\son|via)\s[^,;]{1,40},\s?)?"  # "the current approach, using CNNs, achieves"
)
# verbs of result beyond the shared lexicon, read only after a system subject: "X leads to a 20% drop",
# "the robot won 45% of its matches", "X gives a gain of 2 points", "X lags behind Y by 3 points"
_MORE_VERB = (
    r"(?:lead(?:s|ing)?\sto|led\sto|won\b|wins?\b|gives?\b|gave\b|provides?\b|provided\b|brings?\b|brought\b"
    r"|underperform(?:s|ed)?\b|lag(?:s|ged)?\sbehind|f[ae]lls?\sshort\sof"
    r"|finds\b|found\b|identif(?:y|ies|ied)\b|resolv(?:e|es|ed)\b|declin(?:e|es|ed)\b"  # "X finds 34% of the bugs"
    r"|retains\b|retained\b"  # "the strongest model, FooLM-9B, retains an AUROC of 0.9"
    # verbs of task success: "the best agent completes 38% of tasks", "X answers 54% of the questions"
    r"|answer(?:s|ed)\b|complet(?:es|ed)\b|follow(?:s|ed)\b|classif(?:y|ies|ied)\b|detect(?:s|ed)\b"
    r"|reject(?:s|ed)\b|recogni[sz](?:es|ed)\b|fix(?:es|ed)\b|flag(?:s|ged)\b|refus(?:es|ed)\b"
    # "has" and a number: "prior art has 27.9% accuracy", "the best baseline had only 41% recall"
    r"|ha(?:s|ve|d)\s(?=(?:(?:only|just|about|around|nearly|over|under|roughly)\s)?[~<>]?\s?\d))"
)
_SUBJECT_VERB = (
    r"(?:(?:"
    + _C["subject_adverb"].pattern
    + r"|has|have|had|(?:help|helps|helped)(?:\sto)?|(?:is|are|was|were)\sable\sto|(?!only\b)[a-z]{3,}ly)\s)*"
    rf"\b(?:{RESULT_VERB}|{_MORE_VERB})"
)
# a model name written with spaces: "Claude 3.5 Sonnet", "Gemini 1.5 Pro", "Llama 3.1 70B"
SPACED_NAME = (
    r"(?!" + _C["not_spaced_name"].pattern + r")"
    r"[A-Z][A-Za-z\-]+\s\d+(?:\.\d+)*(?:\s(?:[A-Z][a-z]+|[A-Z]{2,}|\d+(?:\.\d+)?[BM]))?(?![\w\-])"
)
# the first half of a coordinated modifier of our systems: "our small and [large models]"
_OURS_COORDINATED = regex.compile(r"\b(?:[Oo]ur|[Tt]he\sproposed)\s(?:[\w\-]+\s){1,2}(?:and|or)\s$")
# a fronted phrase of place with no comma after it, before a subject with a determiner: "On the test set
# the current best approach achieves", "In the new benchmark our best baseline model achieved"
_FRONTED_NO_COMMA = (
    r"(?<=^(?:On|In|For|Across|Under)\s[^,;:()]{2,60}\s)(?=(?:[Tt]he|[Oo]ur|[Aa]n?|[Tt]hese|[Tt]his)\s)"
)
_SYSTEM_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s)|(?<=\b(?:of|in|for)\swhich\s)|"
    + _FRONTED_NO_COMMA
    + r")"
    + _SUBJECT_NP
    + rf"(?:,\s(?P<app>{SPACED_NAME}|{NAME}(?:\s{NAME})?),\s?|,?\s(?:which|that|who)\s)?"  # "the strongest model, GPT-4o, reaches"
    + _SUBJECT_VERB
)
# a system noun phrase that a relative clause says reached the number: "comparable to the highest
# performing transition-based parser [12], which achieves 95.8% UAS"
_RELATIVE_SUBJECT = regex.compile(
    r"(?<=\b(?:to|than|with|by|from|over|against|of|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?)\s)"
    + _SUBJECT_NP
    + r",?\s(?:which|that|who)\s"
    + _SUBJECT_VERB
)
# a name the subject noun phrase stands in apposition to: "We present IMBUE, an interactive system that"
_NAMED_BEFORE = regex.compile(
    rf"\b(?:propos|present|introduc|develop|releas|build|buil|design|call|nam|dub)\w*\s(?:the\s)?(?P<n>{NAME}),\s$"
)
_ENSEMBLE_OF = regex.compile(r"(?i)\bensembles?\sof\s")
_HEAD_NOUN = regex.compile(rf"(?i:\b(?:{SYSTEM_HEAD}|{TECHNIQUE_HEAD})\b)|{_LM_HEAD}|\b{_MORE_HEAD}")
# "the naive version and the tiled version achieve 270 and 400, respectively": one system each
_COORDINATED = regex.compile(rf"(?i)\b{SYSTEM_HEAD}\s(?:and|or)\s$")
_DIGIT_AFTER_SPACE = regex.compile(r"[A-Za-z]\s\d")
# "Claude 3.5 Sonnet achieves 60.2%", "Even Gemini 1.5 Pro only reaches"
_SPACED_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when|Even|even|Only|only)\s))"
    rf"(?P<np>{SPACED_NAME})\s(?:\([^()]{{0,30}}\)\s)?" + _SUBJECT_VERB
)
# a named model trained or run some way, subject of a verb of result: "Llama-3-8B fine-tuned on our
# data achieves", "GPT-4o-mini with our method reaches" (the number is that model's)
_NAME_PARTICIPLE = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s))(?:[Tt]he\s|[Aa]n?\s)?"
    # "A FooBoost model using 50 features achieves": a head noun may follow the name
    # a variant tag may follow the name: "A ResNeXt-101 32x48d pre-trained with weak supervision on ... achieves"
    rf"(?P<np>{SPACED_NAME}|{NAME}(?:\s[\w\-]*\d[\w\-]*)?)(?:\s(?:model|network|classifier|backbone))?\s(?:(?:fine-?tuned"
    r"|trained|pre-?trained|equipped|augmented|enhanced|combined"
    r"|paired|distilled|aligned|prompted|adapted)\s(?:with|on|using|via|by|from|through)|with|using)\s[^,;.()]{1,120}?"
    r"(?:,\s(?:an?|the)\s[^,;.()]{1,60},)?,?\s"  # "FooNet with our method, a lightweight model, achieved"
    + _SUBJECT_VERB
)
# a named technique as the subject, through a gerund: "applying ESMs on a prior method reduces
# execution time by factors of 10", "Using SAM results in a 6.2% increase"
_GERUND_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|and)\s))(?:[Aa]pplying|[Uu]sing|[Aa]dding|[Ii]ncorporating|[Ii]ntegrating)\s"
    rf"(?:the\s)?(?P<np>{NAME})(?:\s(?:on|to|with|in)\s[^,;.]{{0,40}}?)?\s(?:(?:also|further|can|could|only|even|consistently"
    rf"|significantly|substantially)\s)*\b(?:{RESULT_VERB})"
)
# a system set before the clause it scores in: "With task hinting, the success rate is 92%",
# "Using GPT-4o, accuracy rises to 71%"
_WITH_FRONT = regex.compile(
    r"^(?:With|Using|By\s(?:using|applying)|Applying)\s(?P<np>(?:the\s)?"
    rf"(?:{NAME}(?:\s(?i:{SYSTEM_HEAD}))?|(?P<mod>(?:(?!(?:our|this|these|only|just|a|an|the|more|less|fewer|all|each"
    rf"|both|its|their)\b)[\w\-]+\s){{1,3}})(?:(?i:{SYSTEM_HEAD})|(?P<tech>(?i:{TECHNIQUE_HEAD})))))"
    r",\s(?!we\b|our\b|it\b|they\b)"
)
# a system noun phrase that owns the metric: "the robot's success rate is 92%"
_NP_POSSESSOR = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s))(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]his)\s"
    r"(?P<mod>(?:(?!(?i:of|the|a|an|on|in|for|and|or|to|with|by|from|as|we|our|it|is|are)\b)[\w\-]+\s){0,3}?)"
    rf"(?P<head>(?i:{SYSTEM_HEAD})))'s?\s(?:[\w\-@]+\s){{0,3}}?(?={METRIC_WORD})"
)
# a system that owns the metric a verb of result reports, after "of": "The recognition accuracy of SOTA
# models declines 5%-16%", "the average accuracy of MLLMs attains 74.8%", "the accuracy of GPT-4 drops by 12%"
_METRIC_OF = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s))(?:[Tt]he\s|[Aa]n?\s)?"
    rf"(?:(?!(?i:of|the|a|an)\b)[\w\-]+\s){{0,2}}?{METRIC_WORD}s?\sof\s"
    r"(?P<np>(?:(?:the|all|most)\s)?(?P<mod>(?:(?!" + _C["not_modifier"].pattern + r")[\w\-]+\s){0,3}?)"
    rf"(?P<head>(?i:{SYSTEM_HEAD})|{_LM_HEAD}|{_MORE_HEAD})|(?P<name>{SPACED_NAME}|{NAME}))"
    # a verb that reports a value, not the bare copula: "The accuracy of prior methods is 80.1%" stays as it was
    r"\s(?:\([^()]{0,30}\)\s)?(?!(?:is|are|was|were)\s)" + _SUBJECT_VERB
)
# people as the reference system: "human accuracy averages 90%", "human performance was 94%",
# "humans' accuracy of 87%"
_HUMAN_REF = regex.compile(
    r"(?<![\w\-])(?P<np>[Hh]umans?)(?:'s?)?\s(?:(?:expert|level|average|annotator)\s)?(?:performance|accuracy|scores?"
    r"|agreement|baseline|F1|success\srates?|error\srates?)\s(?:\([^()]{0,20}\)\s)?(?:is\s|was\s|of\s|at\s|averages?\s"
    r"|reaches\s|stands\sat\s|remains\s|:\s)?(?:only\s|just\s|about\s|around\s|roughly\s|nearly\s|approximately\s)*"
)


@lru_cache(maxsize=32)
def _subjects(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end of its verb, noun phrase, named by a determiner and head alone) of every system noun
    phrase that is the subject of a verb of result in a sentence: read once, shared by its numbers."""
    sentence = text[s_start:s_end]  # "^" is the sentence's start
    out = []
    heads = _HEAD_NOUN.search(sentence) is not None
    for m in _SYSTEM_SUBJECT.finditer(sentence) if heads else ():
        # "an ensemble of three models achieves": what it is made of says which system it is
        bare = (
            not m.group("mod") and not HUMAN.match(m.group("head")) and not _ENSEMBLE_OF.search(m.group("np"))
        )
        if m.group("tech") and (bare or not m.group("mod").strip(", ") or OURS.match(m.group("np"))):
            continue  # "fine-tuning improves", "our training": a technique needs a word that says which
        named = _NAMED_BEFORE.search(sentence, max(0, m.start() - 60), m.start("np"))
        if named and not generic_name(named.group("n")):  # "IMBUE, an interactive system that provides"
            out.append((s_start + named.start("n"), s_start + m.end(), named.group("n"), False))
        elif m.group("app") and not generic_name(m.group("app")):
            out.append((s_start + m.start("app"), s_start + m.end(), m.group("app"), False))
        elif bare or not _COORDINATED.search(sentence, 0, m.start()) or "respectively" not in sentence:
            c = _OURS_COORDINATED.search(sentence, 0, m.start()) if m.group("det") is None else None
            if c:  # "our 3-layer and 6-layer models outperform": the coordination is one (our) subject
                out.append((s_start + c.start(), s_start + m.end(), sentence[c.start() : m.end("np")], False))
                continue
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    for m in (
        _RELATIVE_SUBJECT.finditer(sentence)
        if heads and ("which " in sentence or "that " in sentence)
        else ()
    ):
        bare = not m.group("mod") and not HUMAN.match(m.group("head"))
        if not m.group("tech") and not OURS.match(m.group("np")):
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    if _DIGIT_AFTER_SPACE.search(sentence):
        for m in _SPACED_SUBJECT.finditer(sentence):
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    if "ed " in sentence or "with " in sentence or "using " in sentence:
        for m in _NAME_PARTICIPLE.finditer(sentence):
            if not generic_name(m.group("np")) and not known_dataset(m.group("np")):
                out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    if "ing " in sentence:
        for m in _GERUND_SUBJECT.finditer(sentence):
            if not generic_name(m.group("np")) and not known_dataset(m.group("np")):
                out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    m = _WITH_FRONT.match(sentence)
    if m and not generic_name(m.group("np")) and not (m.group("tech") and not m.group("mod").strip()):
        out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    if "'s " in sentence:
        for m in _NP_POSSESSOR.finditer(sentence):
            bare = not m.group("mod") and not HUMAN.match(m.group("head"))
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    for m in _METRIC_OF.finditer(sentence) if " of " in sentence else ():
        if m.group("name") and (generic_name(m.group("np")) or known_dataset(m.group("np"))):
            continue
        # "the accuracy of the model drops": the paper's own, unnamed (a plural class such as LLMs is not)
        bare = (
            m.group("head") is not None
            and not m.group("mod")
            and regex.match(_LM_HEAD, m.group("head")) is None
        )
        out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    for m in _HUMAN_REF.finditer(sentence):
        out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    return tuple(sorted(out))


# between a subject's verb and the number: another subject ("we", "ours") or another clause
_NEW_SUBJECT = regex.compile(r"(?i)(?<!\\)\b(?:we|our|ours|us|it|they|whereas|while|but)\b|;")
# "... on GSM8K but 2.4 points above X", "but only 60% on B": the same subject, its verb left out
_ELLIPSIS = regex.compile(r"(?i)\s(?:(?:only|just|still|also)\s)?[+\-~]?\d")


def new_subject(text: str, start: int, end: int) -> bool:
    """Whether another subject takes over between two numbers ("X attains 55.3% while our model
    attains 70.1%"), so the second does not share the first's system."""
    return any(
        m.group(0).lower() not in ("but", "while") or not _ELLIPSIS.match(text, m.end())
        for m in _NEW_SUBJECT.finditer(text, start, end)
    )


# a baseline of the paper's is not its proposed system: "our best baseline model achieved 62.02%" is
# written as it stands, not given to the method's name
_OUR_BASELINE = regex.compile(r"(?i)^our\s(?:[\w\-]+\s){0,2}?baselines?\b")


def ours(np: str) -> bool:
    """Whether a subject noun phrase is the paper's own proposed system ("our model", "the proposed
    approach"), which the caller names by the method's name (not "our strongest baseline")."""
    return OURS.match(np) is not None and _OUR_BASELINE.match(np) is None


def clause_subject(text: str, s_start: int, s_end: int, found: Found) -> str | None:
    """The system noun phrase of the clause that holds the number, when it is the subject of a verb of
    result ("the second best method achieves 26.6%"); ours-like phrases are returned for the caller to
    read as the proposed method."""
    best = None
    for a, b, np, bare in _subjects(text, s_start, s_end):
        if b > found.start:
            break
        best = (a, b, np, bare)
    if best is None:
        return None
    a, b, np, bare = best
    # a long clause may carry the subject far: "FooRank with ... achieves 10% on A and outperforms ... by 37%"
    if found.start - b > 240 or new_subject(text, b, found.start):
        return None
    if bare and not OURS.match(np):
        return None  # "the model achieves": the paper's own, unnamed
    return np


# ---------------------------------------------------------------- the base model a method is applied to

# a name is a base model when the model gazetteer knows its family (not a bare architecture word such
# as LSTM), or when it carries a parameter size ("FooLM-7B"); "BERT-based" names no system by itself
_ARCH_ONLY = frozenset({"lstm", "transformer"})
_SIZED = regex.compile(r"[\-_]\d+(?:\.\d+)?[BMK]$")
_MODIFIED = _C["model_as_modifier"].regex


def base_model(name: str) -> bool:
    """Whether `name` is a known model ("EfficientNet-B7", "Llama-3-8B") that a method can be run on."""
    if _MODIFIED.search(name) or known_dataset(name):
        return False
    g = Gazetteer.load()
    family = g.models.lookup(name)
    if family is not None:
        return family not in _ARCH_ONLY and not g.is_generic_model(name)
    return _SIZED.search(name) is not None


# the paper's own unnamed system as a clause subject: "we", "our method", "the proposed approach"
_WE = (
    r"(?:[Ww]e|[Ii]t|[Oo]ur\s(?:[a-z][\w\-]*\s)?(?:method|approach|framework|technique|model|system|algorithm|scheme)"
    r"|[Tt]he\sproposed\s(?:[a-z][\w\-]*\s)?(?:method|approach|framework|technique|model|system|algorithm|scheme))\b"
)
# a model set before the clause as what the method runs on: "With an enhanced EfficientNet-B7, our method
# achieves", "For instance, by applying FooProp to the latest ResNet-50 on ImageNet, we achieve", "On
# Llama-3-8B, it gains +9.2% on GSM8K" (a data set there is no base model: "On ImageNet, our method"),
# "Starting from FooLM-7B, our model reaches", "With Claude 3.5 Sonnet as the backbone, the agent resolves",
# "Paired with FooLM-8B, the system improves"; not a model trained from it anew ("Starting from FooLM-7B, we
# train a MoE"), nor an architecture the method plugs in as its part ("With a ResNet-12 backbone, our approach")
_THE_UNNAMED = r"[Tt]he\s(?:method|approach|framework|agent|system|model|policy|pipeline)\b"
BASE_FRONT = regex.compile(
    r"^(?:(?:For\s(?:instance|example)|Specifically|In\sparticular|Notably|Moreover|Furthermore|Finally|Overall"
    r"|Additionally|Remarkably),?\s)?(?:(?:[Bb]y\s(?:applying|using|adding)\s\S+(?:\s\S+)?\s(?:to|on)"
    r"|[Ww]hen\s(?:applied|added)\sto|[Aa]pplied\sto|[Pp]lugged\sinto|[Ww]ith|[Uu]sing|[Oo]n(?:\stop\sof)?|[Bb]uilt\s(?:up)?on)\s(?P<any>)"
    r"|(?:[Ss]tarting|[Ii]nitiali[sz]ed)\sfrom\s|(?:[Pp]aired|[Cc]ombined)\swith\s)"
    rf"(?:(?:a|an|the)\s)?(?:(?!(?:and|or|of|our)\b)[a-z][\w\-]*\s){{0,2}}?"
    r"(?P<size>\d+(?:\.\d+)?[BM](?:-parameter)?\s)?"  # "Applied to the 12B FooGen-dev, it": sized, a model
    rf"(?P<n>{SPACED_NAME}|{NAME})"
    r"(?:\s(?:model|network|architecture|LLM)|\sas\s(?:the|its|our|a)\s(?:base\s|target\s)?"
    r"(?:backbone|model|LLM|policy|planner|target))?"
    r"(?:\s?~?\\cite\w*\{[^}]*\})?(?:\s(?:on|in|for|without)\s[^,;]{1,40})?"
    rf",\s(?:(?(any)|(?![Ww]e\b)){_WE}|{_THE_UNNAMED})"
)
# the model a score was reached with, after the number: "we obtain 77.1% on ImageNet with a ResNet-50
# trained on small images"
_BASE_AFTER = regex.compile(
    rf"[^,;()]{{0,60}}?\b(?:with|using)\s(?:(?:a|an|the)\s)?(?P<n>{NAME})"
    r"(?=\s(?:trained|pre-?trained|fine-?tuned|backbone|model|network|architecture|on|at)\b|\s?[,.;]|$)"
)
_WE_BEFORE = regex.compile(
    rf"(?:^|[,:;]\s|\b(?:that|and)\s){_WE}\s(?:[\w\-]+\s){{0,2}}?(?:achiev|obtain|reach|attain|get)"
)


# a named model set before a named method's clause as what it runs on: "Applied to FooLM-7B, BarTrim
# cuts", "Paired with Claude 3.5 Sonnet, FooAgent resolves" (the dev gold gives the number to the model);
# not "Built on FooLM-7B, BarVLM achieves": a model built on another is a system of its own
_APPLIED_FRONT = regex.compile(
    r"(?:(?:[Ww]hen\s)?(?:[Aa]pplied|[Aa]dded)\sto|[Pp]aired\swith|[Cc]ombined\swith)\s"
    rf"(?:the\s)?(?P<n>{SPACED_NAME}|{NAME})(?:\s(?:backbone|model|LLM))?,\s(?P<m>{NAME})\s"
)
_CLAUSE_END = regex.compile(r"(?i);|\b(?:while|whereas|but)\s(?!\w+ing\b)|\.\s")
# a value the clause compares the base model's with, or another clause's: "..., compared with 45.2% for
# the strongest open-source scaffold", "whereas FooNet reaches 61%"
_COMPARED_GAP = regex.compile(
    r"\b(?:compared\s(?:with|to)|in\scomparison\sto|versus|vs\.|(?:while|whereas)\s(?!\w+ing\b))\s"
)
_LIST_NEXT = regex.compile(rf",\s(?:and\s)?{NAME}|\s(?:and|or)\s")  # "using T5-small, T5-base and BLOOM"


def applied_base(text: str, s_start: int, start: int) -> str | None:
    """The known model a named method was applied to at the head of the sentence, when the number is
    in the method's first clause ("Applied to FooLM-7B, BarTrim cuts length by 41%")."""
    m = _APPLIED_FRONT.match(text, s_start, start)
    if m is None or not base_model(m.group("n")) or base_model(m.group("m")):
        return None
    return None if _CLAUSE_END.search(text, m.end(), start) else m.group("n")


# an ensemble the paper's own clause reports with, fronted or after the number: "With an ensemble of
# four residual networks, we reach 3.5% top-5 error", "By forming an ensemble of deep CNNs, we obtain",
# "we obtain 3.5% error with an ensemble of six models" -- the ensemble is the system that scored
_ENSEMBLE = r"(?P<np>(?:an?|the|our)\s(?:[\w\-]+\s){0,2}?ensemble\sof\s[^,;()]{3,60}?)"
_ENSEMBLE_FRONT = regex.compile(
    r"^(?:(?:With|Using|Through|Via)|By\s(?:forming|using|building|training|combining|averaging|taking))\s"
    + _ENSEMBLE
    + rf",\s(?:{_WE})"
)
_ENSEMBLE_AFTER = regex.compile(
    r"[^,;()]{0,60}?\b(?:with|using|by|from)\s" + _ENSEMBLE + r"(?=[,.;]|$|\s(?:on|in|and|for|at)\s)"
)


def ensemble_for(text: str, s_start: int, s_end: int, start: int, end: int) -> str | None:
    """The ensemble a clause of the paper's own ("we", "our method") reports a number with."""
    sentence = text[s_start:s_end]
    if "ensemble" not in sentence:
        return None
    m = _ENSEMBLE_FRONT.match(sentence[: start - s_start])
    if m:
        return m.group("np")
    if _WE_BEFORE.search(sentence[: start - s_start]):
        m = _ENSEMBLE_AFTER.match(text, end, s_end)
        if m:
            return m.group("np")
    return None


def base_model_for(text: str, s_start: int, s_end: int, start: int, end: int) -> str | None:
    """The named model the paper's (unnamed-subject) method was applied to in the clause of a number,
    which the number belongs to (the guideline's "+14.4% on Math-Hard" -> the base model)."""
    sentence = text[s_start:s_end]
    m = BASE_FRONT.match(sentence)
    if (
        m
        and s_start + m.end() <= start
        and (base_model(m.group("n")) or (m.group("size") and not known_dataset(m.group("n"))))
        and not _COMPARED_GAP.search(text, s_start + m.end(), start)
    ):
        return m.group("n")
    if _WE_BEFORE.search(sentence[: start - s_start]):
        m = _BASE_AFTER.match(text, end, s_end)
        if m and base_model(m.group("n")) and not _LIST_NEXT.match(text, m.end("n")):
            return m.group("n")
    return None
