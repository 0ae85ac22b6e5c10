"""Owners written after a number, split out of `names.py`: a system in brackets ("(with FooNet)"), "on the X
model", "98.78% for CTL", "is achieved by the robot", "54.7% by TransE", "70.2% for the baseline model".
`names.py` tries them in its own order among the other owner shapes."""

from __future__ import annotations

import regex

from etl.extract.phrases import NAME, SYSTEM_HEAD

PAREN_SYSTEM = regex.compile(
    r"\s?\((?:for|with|via|using|by|of)\s(?!the\s(?:highest|best|lowest|largest)|all\b)(?P<n>[^()\d]{2,40})\)"
)
ON_MODEL_AFTER = regex.compile(
    rf"\s*(?i:on|for|with|using)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
)
# "lowers attack success rates to 6.2% on FooLM-3-8B-Instruct": a known model right after the value is the
# model it was measured on (the caller checks that the gazetteer knows it), as "on the X model" is
ON_KNOWN_AFTER = regex.compile(
    rf"\son\s(?:the\s)?(?P<n>{NAME})(?=[,.;)]|\s(?:at|with|while|and|in|when|under)\b|$)"
)
# "up to 36.3% absolute accuracy for OpenAI o1-preview", "98.78% for CTL": a system named right after
FOR_NAME = regex.compile(
    rf"\s?(?:[\w\-]+\s){{0,3}}?for\s(?:the\s)?(?P<n>(?:[A-Z][a-z]+\s)?(?=\S*[a-z0-9]|[A-Z]+\s\d){NAME}(?:\s{NAME}"
    r"|\s\d+(?:\.\d+)?[BM]\b|\s\d\.\d\b)?)(?=[\s,.;)]|$)"  # a size or version after the name: "LLaMA-2 7B", "GPT 3.5"
    r"(?!\s(?i:dataset|benchmark|task|split|set|subset|language|domain|class|categor)|\s\d)"
)
# the agent of a passive verb of result after the number: "92% is achieved by the robot"
PASSIVE_AGENT = regex.compile(
    r"[^,;.]{0,40}?\b(?:is|are|was|were|being|been)\s(?:\w+\s)?(?:achieved|obtained|reached|attained|reported"
    r"|recorded|scored)\sby\s(?P<n>(?:the|a|an)\s(?:(?!(?:of|on|in|for|with|our|this|proposed)\b)[\w\-]+\s){0,3}?"
    rf"(?i:{SYSTEM_HEAD})|{NAME})(?![\w\-])"
)
BY_NAME = regex.compile(rf"\s?(?:[\w\-@]+\s){{0,2}}?by\s(?:the\s)?(?P<n>{NAME})(?=[\s,.;)]|$)(?!\s\d)")
# "70.2% for the baseline model", "92.1% for humans", "40.2% for the best agent"
FOR_SYSTEM = regex.compile(
    r"\s(?:(?:[\w\-@]+\s){1,2}?for|for|by)\s(?P<n>(?P<det>(?:the|a|an|our|this|all|all\sthe)\s)?(?P<mod>(?:(?!(?:of|on|in|for|with|and|or|to|by"
    rf"|the|a|an)\b)[\w\-]+\s){{0,3}}?)(?P<head>(?i:{SYSTEM_HEAD})))(?![\w\-])(?!\s(?i:{SYSTEM_HEAD})(?![\w\-]))"
)
