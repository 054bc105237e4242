"""Weak labels for what the data sets do not label: threats, dehumanization, obscenity, severity.

The train-and-ship data has gold labels for toxicity, insults, identity attacks and (on the Civil
Comments spans) threats and profanity, but nothing for dehumanization and severe toxicity, and
threats are rare. These rules run over *normalised* text (lower case, de-obfuscated) and mark the
examples they fire on; the model then learns from the n-grams around them, so it generalises a
little beyond the rules. Their biases are documented in the model card: they over-fire on idioms
("kill the bill" is excluded, but "crush them at the polls" is not) and miss metaphors they do not list.
"""

from __future__ import annotations

import re

__all__ = ["is_dehumanizing", "is_obscene", "is_violent_call", "rule_hits"]

_TARGET = r"(?:them|him|her|you|u|ya|em|these|those|all|every|each)"
# Verbs violent enough that "the X" after them is almost always people ("crush the terrorist").
_STRONG_VERB = (
    r"(?:exterminate|exterminating|slaughter|slaughtering|massacre|behead|beheading|lynch|lynching|hang|"
    r"gas|gassing|execute|executing|annihilate|annihilating|eradicate|eradicating|crush|crushing|wipe out|"
    r"wiping out|kill|killing|murder|murdering|nuke|nuking)"
)
_VIOLENT_VERB = (
    r"(?:kill|killing|shoot|shooting|hang|hanging|lynch|lynching|behead|beheading|exterminate|exterminating|"
    r"slaughter|slaughtering|massacre|execute|executing|gas|gassing|nuke|nuking|bomb|bombing|burn|burning|"
    r"stab|stabbing|murder|murdering|butcher|eradicate|eradicating|annihilate|annihilating|crush|crushing|"
    r"beat|beating|strangle|choke|rape|raping|torture|torturing|drown|shoot up)"
)
_VIOLENT_RULES: tuple[re.Pattern[str], ...] = (
    # "kill them all", "crush the terrorist", "hang those traitors"
    re.compile(
        rf"\b{_VIOLENT_VERB} {_TARGET}\b(?! (?:bill|law|vote|deal|idea|motion|proposal|game|match)\b)"
    ),
    # "wipe out these pricks", "wiping them out"
    re.compile(rf"\b(?:wipe|wiping|wiped|stamp|stamping) (?:out {_TARGET}|{_TARGET} (?:\w+ )?out)\b"),
    re.compile(
        rf"\b{_STRONG_VERB} (?:the|all the|every) (?!bill|law|vote|deal|idea|motion|proposal|game|match|competition|opposition|chances?)\w+"
    ),
    # "should be shot", "deserve to be hanged", "needs to get beaten"
    re.compile(
        r"\b(?:should|must|ought to|need to|needs to|deserves? to|deserve|gonna|going to|will|to) (?:be|get) "
        r"(?:killed|shot|hanged|hung|lynched|executed|beheaded|gassed|exterminated|wiped out|burned|burnt|"
        r"raped|beaten|stabbed|strung up|put down|eliminated|destroyed|slaughtered|tortured|murdered)\b"
    ),
    # "i will kill you", "i'm gonna find you", "we'll hunt you down"
    re.compile(
        r"\b(?:i|ill|im|we|well|gonna|going to|i will|we will|i am going to|someone should|somebody should|lets) "
        r"(?:\w+ )?(?:kill|shoot|hurt|beat|rape|stab|hunt|murder|strangle|slap|punch|smash) "
        r"(?:you|u|ya|him|her|them|your|his|their)\b"
    ),
    # "teach them a lesson the hard way", "put a bullet in", "a bullet in the head"
    re.compile(
        r"\b(?:bullet (?:in|through)|lesson the hard way|line them up|against the wall|six feet under)\b"
    ),
    re.compile(
        r"\b(?:go die|should die|must die|die in a fire|drop dead|burn in hell|rot in hell|hope (?:you|he|she|they) dies?)\b"
    ),
)

_DEHUMANIZING_NOUN = (
    r"(?:vermin|rats|rat|cockroach|cockroaches|roaches|parasite|parasites|leech|leeches|lice|maggots|"
    r"insects|termites|animals|savages|beasts|subhuman|subhumans|untermensch|apes|ape|"
    r"monkeys|pigs|swine|mongrels|plague|cancer|disease|virus|infestation|tumor|tumour|"
    r"monsters|demons|pests|locusts|orcs|bacteria|germs)"
)
_DEHUMANIZING_RULES: tuple[re.Pattern[str], ...] = (
    # "they are animals", "these people are vermin", "you're a parasite"
    re.compile(rf"\b(?:are|r|is|youre|theyre|its|re|be|being|become) (?:\w+ ){{0,2}}{_DEHUMANIZING_NOUN}\b"),
    # "these rats", "bunch of savages", "such animals", "like cockroaches"
    re.compile(
        rf"\b(?:these|those|such|bunch of|pack of|herd of|like|filthy|dirty|you|them) (?:\w+ ){{0,1}}"
        rf"{_DEHUMANIZING_NOUN}\b"
    ),
    # "they breed like rabbits", "infesting our country", "exterminate the vermin"
    re.compile(
        r"\b(?:breed like|breeding like|infest|infesting|infested with|swarming|swarm of|exterminate)\b"
    ),
)

# Every rule above needs one of these stems; texts without any skip the rules (most texts).
_TRIGGER = re.compile(
    r"kill|shoot|hang|lynch|behead|extermin|slaughter|massacre|execut|gas|nuke|nuking|bomb|burn|stab|murder|"
    r"butcher|eradicat|annihilat|crush|beat|strangl|chok|rape|raping|tortur|drown|wip|stamp|shot|hung|"
    r"strung|put down|eliminat|destroy|hurt|hunt|slap|punch|smash|bullet|lesson|against the wall|six feet|die|"
    r"dead|hell|vermin|rat|roach|parasit|leech|lice|maggot|insect|termite|animal|savage|beast|subhuman|"
    r"untermensch|ape|monkey|pig|swine|mongrel|plague|cancer|disease|virus|infest|tumo|monster|demon|pest|"
    r"locust|orc|bacteria|germ|breed|swarm|line them"
)

_OBSCENE_WORDS = frozenset(
    [
        "fuck",
        "fucking",
        "fucked",
        "fucker",
        "fuckers",
        "fucks",
        "motherfucker",
        "motherfucking",
        "fuckin",
        "fck",
        "shit",
        "shitty",
        "shits",
        "bullshit",
        "bitch",
        "bitches",
        "bitchy",
        "cunt",
        "cunts",
        "dick",
        "dicks",
        "dickhead",
        "cock",
        "cocks",
        "cocksucker",
        "pussy",
        "pussies",
        "whore",
        "whores",
        "slut",
        "sluts",
        "twat",
        "wanker",
        "asshole",
        "assholes",
        "arsehole",
        "ass",
        "arse",
        "piss",
        "pissed",
        "crap",
        "damn",
        "goddamn",
        "bastard",
        "bastards",
        "tits",
        "boobs",
        "porn",
        "jizz",
        "cum",
        "blowjob",
        "dildo",
        "penis",
        "vagina",
        "hoe",
        "hoes",
    ]
)


def is_violent_call(normalized_text: str) -> bool:
    """True when the text calls for, wishes or threatens violence against someone."""
    return any(rule.search(normalized_text) for rule in _VIOLENT_RULES)


def is_dehumanizing(normalized_text: str) -> bool:
    """True when the text likens people to vermin, disease, animals or monsters."""
    return any(rule.search(normalized_text) for rule in _DEHUMANIZING_RULES)


def is_obscene(tokens: tuple[str, ...] | list[str]) -> bool:
    """True when a normalised token is a swear word or sexually explicit."""
    return any(t in _OBSCENE_WORDS for t in tokens)


# Abuse that a sentence may deny or denounce rather than mean.
_ABUSE_TERM = (
    rf"(?:{_DEHUMANIZING_NOUN[3:-1]}|idiots?|stupid|scum|filth|filthy|inferior|disgusting|criminals|terrorists|"
    r"rapists|evil|trash|garbage|worthless|dangerous|threat|subhumans?|inferior|dirty|shot|killed|hanged|"
    r"exterminated|wiped out|deported|banned)"
)
_NEGATED_RULES: tuple[re.Pattern[str], ...] = (
    # "are not animals", "aren't vermin", "nobody thinks they are parasites", "never said they were scum"
    re.compile(
        rf"\b(?:not|nt|never|no|nobody|noone|none|neither|nor|arent|isnt|werent|wasnt|dont|doesnt|didnt)"
        rf" (?:\w+ ){{0,4}}{_ABUSE_TERM}\b"
    ),
)
_COUNTERED_RULES: tuple[re.Pattern[str], ...] = (
    # "calling them rats is vile", "the troll who wrote they are scum was banned"
    re.compile(
        r"\b(?:vile|shameful|shame|abhorrent|hateful|bigotry|bigoted|apologi[sz]ed?|banned|reported|unacceptable|"
        r"wrong|genocides?|disgrace|disgraceful|condemn|condemned|hate speech|dehumani[sz]ing|comparing|"
        r"calling|saying|said|wrote|writes|claiming|claims)\b"
    ),
)


def rule_hits(normalized_text: str) -> list[tuple[str, int, int]]:
    """Where the rules fire: ``(rule, start, end)`` character offsets in the normalised text.

    The model reads these as extra features ("a call for violence is here"), so what the rules
    know reaches every head, weighted by how much it predicts the gold labels.
    """
    hits: list[tuple[str, int, int]] = []
    if not _TRIGGER.search(normalized_text) and not _ABUSE_WORD.search(normalized_text):
        return hits
    for name, rules in (("violent_call", _VIOLENT_RULES), ("dehumanizing", _DEHUMANIZING_RULES)):
        for rule in rules:
            hits.extend((name, m.start(), m.end()) for m in rule.finditer(normalized_text))
    if _ABUSE_WORD.search(normalized_text):
        # Negated or denounced abuse: the model learns how much these frames lower a score.
        for name, rules in (("negated_abuse", _NEGATED_RULES), ("countered_abuse", _COUNTERED_RULES)):
            for rule in rules:
                hits.extend((name, m.start(), m.end()) for m in rule.finditer(normalized_text))
    return hits


_ABUSE_WORD = re.compile(rf"\b{_ABUSE_TERM}\b")
