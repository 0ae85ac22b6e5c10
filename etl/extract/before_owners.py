"""Owners written before a number, split out of `names.py`: "termed FooNet-RS", "outperforming FCOS (38.2
AP)", "fine-tuning FooLM-7B", "Starting from FooLM-7B,", "with a ViT-L model", "GPT-4's accuracy", "the
inference time of FooNet is shortened", a name fronted or set off by a clause before its verb, "improves the
state of the art from", "improves Llama-3-8B by". `names.py` tries them in its own order among the other owner
shapes; those written after the number are in `after_owners.py`."""

from __future__ import annotations

import regex

from etl.extract.phrases import NAME, RESULT_VERB

TERMED = regex.compile(
    rf"\b(?:termed|dubbed|called|named|coined)\s(?P<n>(?:[23]D\s)?{NAME}|[A-Z][a-z]+[A-Z]\w*)"  # "3D ResNet-RS"
)
# a name written with a slash or a point inside is one word: "ViT-B/16 (77.9%)", "GPT-3.5 (61.2%)"
_PAREN_WORD = r"[\w'+\-]+(?:[./][\w'+\-]+)*"
PAREN_OWNER = regex.compile(rf"(?P<n>(?:{_PAREN_WORD}\s){{0,2}}{_PAREN_WORD})\s?\(\s?$")
VERB_OR_PREP = regex.compile(
    r"(?i)\b(?:between|and|or|of|for|with|than|to|from|by|on|in|the|a|an|our|their|its|outperform\w*|surpass\w*"
    r"|achiev\w*|obtain\w*|reach\w*|beat\w*|exceed\w*|improv\w*|report\w*|yield\w*|attain\w*|versus|vs\.?|as|using"
    r"|via|trained|training)\s"
)
COMPARED_BEFORE = regex.compile(
    r"(?i)\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared|versus|vs\.?|ahead\sof|against)\s"
)
# not "a pre-trained BERT encoder", "the pretrained Swin-B": an adjective, not the verb of training
# also a training named as a noun ("GRPO training of FooLM-7B on 900 problems raises"): the model trained
# is the system (not "Starting from FooLM-7B, we train BarMoE", where a new system is built from it)
FINE_TUNED = regex.compile(
    rf"(?<![\w\-])(?i:fine-?tun\w*|train\w*|adapt\w*|appl\w*\s\w+\sto|(?:fine-?tuning|training|tuning)\sof)"
    rf"\s(?:the\s)?(?P<n>{NAME})"
)
# the model a training run starts from, when the clause's subject is the run itself ("Starting from
# FooLM-7B, three rounds of self-play raise accuracy from 30 to 45"): the model trained is the system;
# not "Starting from FooLM-7B, we train BarMoE" nor ", our agent, BarAgent, achieves" (a new system)
STARTED_FROM = regex.compile(
    rf"^(?:[Ss]tarting|[Ii]nitiali[sz]ed)\sfrom\s(?:the\s)?(?P<n>{NAME}),\s(?!(?:we|our|its|it|they)\b)[a-z]"
)
ON_MODEL = regex.compile(
    rf"\b(?i:on|for|with|using|of)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
    rf"|\b(?i:with|using)\san?\s(?P<n>{NAME})\s(?:model|LLM)\b"  # "86.8% with a ViT-L model", not a backbone
)
# a system that owns the metric: "Qwen 2.5 1.5B's MMLU score", "GPT-4's accuracy"
POSSESSOR = regex.compile(
    rf"(?<![\w\-])(?P<n>(?:{NAME}|[A-Z][a-z]+)(?:\s[\d.]+[BMK]?|\s{NAME}){{0,2}})'s\s(?:[\w\-@]+\s){{0,3}}?"
    r"(?i:accuracy|score|performance|F1|win\srate|success\srate|error|perplexity|pass@\d|[A-Z]{2,}\w*\sscore)"
)
# a name that owns the measure a passive verb changes: "the inference time of FooNet per image is shortened by
# 15%", "the top-1 accuracy of BarNet-50 is improved from 74.9% to 78.2%"
OF_OWNER = regex.compile(
    r"(?i:accuracy|score|performance|F1|error(?:\srate)?|perplexity|time|latency|memory|cost|size|speed|throughput"
    rf"|FLOPs|mAP|AP|BLEU)\s(?:per\s\w+\s)?of\s(?:the\s)?(?P<n>{NAME}(?:\s{NAME})?)(?:\s(?:per|on|in)\s[\w\-]+)?"
    r"\s(?:is|was|are|were|can\sbe|has\sbeen)\s(?:\w+ly\s)?(?:reduced|improved|increased|shortened|decreased|boosted"
    r"|raised|accelerated|cut|lowered)\b"
)
# a name that opens the sentence, set off by a comma, then a verb of result
FRONTED_NAME = regex.compile(rf"^\s*(?:(?:Even|Only|Notably|Surprisingly)\s)?(?P<n>{NAME}),\s")
# a name set off by a parenthetical clause before its verb of result: "For example, FooNet, which adds
# two layers to BarNet, achieves", "we show that GPT-4, without any prompt crafting, exceeds"
INTERRUPTED_NAME = regex.compile(
    rf"(?:^\s*|\bthat\s|^\s*(?:For\s(?:example|instance)|In\sparticular|Notably|Specifically|Moreover|However"
    rf"|Furthermore|Overall|Finally|Remarkably|Surprisingly),\s)(?P<n>{NAME}(?:\s{NAME})?),\s(?:which|who|without|with"
    rf"|despite|when|even|trained|using|a|an|the|as|after|only|given)\b[^,;]{{3,100}},\s(?:(?:also|still|only|even|further"
    rf"|significantly|consistently|clearly|substantially|can|could)\s)*(?:{RESULT_VERB})"
)
# the first value of "from X to Y" when what rises from it is the prior state of the art: "our model
# improves the state of the art on FooQA from 41.2% to 47.9%" -- 41.2% is the state of the art's, as written
PRIOR_FROM = regex.compile(
    r"(?i)\b(?:improv|advanc|push|rais|boost|lift)\w*\s(?P<n>(?:the\s)?(?:previous\s|prior\s|current\s)?"
    r"(?:state[\s-]of[\s-]the[\s-]art|SOTA))(?:\s(?:results?|performance|accuracy|scores?))?"
    r"(?:\s(?:on|in|for)\s[^,;.()]{1,40}?)?\sfrom\s(?:about\s|around\s|~\s?)?$"
)
LIST_AFTER = regex.compile(rf"{NAME}(?:,\s|\s(?:and|or)\s)")  # "ImageNet, COCO and ..." is a list
RESULT_VERB_WORD = regex.compile(r"\b(?:achiev|obtain|reach|attain|scor|manag|surpass|outperform)\w*\b")


# the object of a verb of gain, when it is a known model: "our method improves Llama-3-8B-Instruct by
# 5.2 points", "X improves the performance of PointMLP by 3%" (the guideline's "+14.4% on Math-Hard" for
# Llama3.1-8B-Instruct)
# a named system before the verb keeps the gain ("LoRA improves BERT-base by 1.2 points")
NAMED_SUBJECT = regex.compile(
    rf"(?<![\w\-])(?!(?:We|It|This|The|Our|On|In|For|With|By)\b){NAME}\s(?:\w+\s)?$"
)
IMPROVES_MODEL = regex.compile(
    r"\b(?:improv|boost|enhanc|lift|rais)\w*\s(?:the\s(?:[\w\-]+\s)?(?:performance|accuracy|results?)\sof\s)?"
    r"(?P<n>[A-Z][\w.\-]*(?:\s[A-Z0-9][\w.\-]*){0,2})\sby\s"
    r"(?:(?:an\saverage\sof|on\saverage|up\sto|about|around|approximately|over|more\sthan)\s)?$"
)
