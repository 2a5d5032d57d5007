"""Step 3, fast path: link content, cue and source without a parse, by the common shapes of news text.

A sentence is looked at only when a prefilter finds a quote mark, a reporting-verb form
(``lexicon/verbs.toml`` ``[fast]``), "according to" or a hedge in it. The shapes recognised, by
regular expressions over the words:

- ``“…,” X said.``, ``…, X said (on Tuesday).``, ``…, said X (, who …).``: the content before the comma;
- ``…, X said, …``: the cue interrupts its content, two linked pieces;
- ``X said (on Tuesday) (that) CLAUSE``, ``X told Y (that) CLAUSE``, ``X, a senator, said …``,
  ``X confirmed A, and said B``: the clause after the cue, up to the next coordinated cue;
- ``X reported, citing Y, that CLAUSE``: Y's claim, relayed via X;
- ``according to X, CLAUSE`` and ``CLAUSE, according to X``: the longer side;
- ``SPEAKER: …`` at the start of a paragraph (transcripts);
- hedges (``reportedly``, ``it is believed that``), from the hedges lexicon;
- quotations no shape covers take the speaker of the nearest link in their paragraph.

Left out: refusals ("declined to say"), passive frames ("is expected to"), prepositional uses
("responded to requests"), verb forms after a determiner ("the plan"), conditions ("If one adds"),
and a cue inside another attribution's content (a voice inside the claim).

A source is the short phrase next to the cue: a pronoun, capitalised words, words ending in a
lexicon noun (official, spokesman, ministry, newspaper), or for verbs of saying any short noun
phrase. Offsets are into the parse text.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field

import regex

from ..read.boilerplate import NOTE, Paragraph
from .candidates import Quote, goes_on_after_cue, headline_credit, is_title
from .intervals import GrowingSpans, SpanIndex
from ..lexicon import load, words
from ..lexicon.people import is_given_name


@dataclass
class FastLink:
    """An attribution found by the fast path, in parse-text character offsets."""

    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    rule: str
    paragraph: int
    via: list = field(default_factory=list)
    continues: int | None = None
    piece_of: "FastLink | None" = None  # the link whose content this one goes on ("A, he said, B")
    quotes: list[int] = field(default_factory=list)


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_WORD = r"[\p{L}\p{N}][\p{L}\p{N}.&'’-]*"
_SENTENCE_END = regex.compile(r"(?<![A-Z]\.[A-Z]|\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|U\.S|Jr|Sr|Inc|Co|Corp|Ltd|vs|[ap]\.m))"
                              r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\p{N}])")
_EDGE = " \t\n,;:-–—―\"“”'‘’()"


# "Wells Fargo just this month announced": a time phrase between a source and its cue.
_TIME_BETWEEN = (r"(?:this|last|next|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|morning|afternoon|evening|spring|"
                 r"summer|fall|autumn|winter)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")


def _verb_forms(verb: str) -> str:
    """Return a regular expression for the regular forms of ``verb`` ("voice": voice|voices|voiced|voicing)."""
    if verb.endswith("e"):
        return f"{verb}|{verb}s|{verb}d|{verb[:-1]}ing"
    return f"{verb}|{verb}s|{verb}es|{verb}ed|{verb}ing"


@functools.cache
def _lex() -> dict:
    fast = load("verbs")["fast"]
    forms = sorted(set(fast["forms"]) | set(fast["ing"]) | set(fast["core"]), key=len, reverse=True)
    between = sorted(fast["between"], key=len, reverse=True)
    hedges = load("hedges")
    nouns = (words("anonymity", "anonymous", "role_nouns") | words("anonymity", "anonymous", "vague_nouns")
             | words("anonymity", "anonymous", "spokes_nouns") | words("media", "nouns")
             | words("media", "documents", "nouns") | words("organizations", "nouns"))
    return {
        "cue": regex.compile(r"\b(?:" + "|".join(regex.escape(f) for f in forms) + r")\b"),
        "intention": frozenset(fast["intention"]),
        "verb_in_phrase": regex.compile(r"\b(?:" + "|".join(regex.escape(f) for f in forms if f.endswith(("ed", "ing")) or f in (
            "said", "says", "told", "tells", "wrote", "writes", "thought", "knew", "felt", "found")) + r")\b"),
        "coordinated_cue": regex.compile(r"(?:,\s*|(?<!\s)\s+)(?:and|but)\s+(?:(?:he|she|they|it|we|I)\s+)?(?:also\s+|later\s+|then\s+)?(?:"
                                         + "|".join(regex.escape(f) for f in forms if f not in fast["only_before_that"])
                                         + r"|(?:" + "|".join(fast["only_before_that"]) + r")(?=\s+that\b))\b"),
        "core": frozenset(fast["core"]),
        "not_speakers": words("verbs", "not_speakers", "words"),
        "interjections": words("verbs", "not_speakers", "interjections"),
        # (?<!\s) and \s++: one start per run of spaces, so the search is linear on any run.
        "between": regex.compile(r"(?<!\s)(?:\s++(?:" + "|".join(regex.escape(b) for b in between) + r"|" + _TIME_BETWEEN + r"))+\s*$",
                                 regex.IGNORECASE),
        "hedge_adverb": regex.compile(r"\b(?:" + "|".join(hedges["adverbs"]) + r")\b", regex.IGNORECASE),
        # (?-f): simple case folding, as in parse.py (full folding backtracks exponentially on runs of s's).
        "hedge_frame": regex.compile("(?-f)" + "|".join(f"(?:{f})" for f in hedges["frames"]), regex.IGNORECASE | regex.V1),
        "nouns": nouns,
        "not_names": frozenset(fast["not_names"]),
        "not_sources": frozenset(fast["not_sources"]),
        "speech_forms": frozenset(f for lemma in words("verbs", "speech", "lemmas") for f in _verb_forms(lemma).split("|"))
        | frozenset({"said", "told", "wrote", "written"}),
        "say_forms": frozenset(f for lemma in words("verbs", "say", "lemmas") for f in _verb_forms(lemma).split("|"))
        | frozenset({"said", "told", "wrote", "written"}),
        "calendar": words("names", "calendar", "words"),
        "adjectives": words("anonymity", "anonymous", "adjectives"),
        "refusal": words("verbs", "refusal", "lemmas"),
        "noun_forms": frozenset(fast["noun_forms"]),
        "noun_modifiers": frozenset(fast["noun_modifiers"]),
        "only_before_that": frozenset(fast["only_before_that"]),
        "not_before_number": frozenset(fast["not_before_number"]),
        "plural_after_names": frozenset(fast["plural_after_names"]),
        "noun_cue": regex.compile(r"\b(?P<noun>" + "|".join(sorted(words("verbs", "noun_cues", "nouns"), key=len, reverse=True))
                                  + r")\s+(?:" + "|".join(words("verbs", "noun_cues", "preps"))
                                  + r")\s+(?P<source>[^,;:.“”\"]{2,80}?)\s+that\s+(?!(?:is|was|are|were|has|have|had|will|would)\b)"),
        "voicing": regex.compile(r"\b(?:" + "|".join(_verb_forms(v) for v in words("verbs", "noun_cues", "voicing_verbs"))
                                 + r")\s+(?:(?:their|his|her|its|the|some|serious|growing|deep|new|strong)\s+){0,2}(?:"
                                 + "|".join(words("verbs", "noun_cues", "attitude_nouns")) + r")\s+that\s+"),
        "view_frame": regex.compile(r"\b(?:is|are|was|were|remains?|remained)\s+of\s+the\s+(?:"
                                    + "|".join(words("verbs", "noun_cues", "view_nouns")) + r")\s+that\s+"),
        "not_inverted": frozenset(fast["not_inverted"]),
        "recipient_verbs": frozenset(fast["recipient_verbs"]),
        "urge_forms": frozenset(fast["urge_forms"]),
        "asking_only": frozenset(fast["asking_only"]),
        "asked_after": regex.compile("|".join(
            r"(?:" + "|".join(f.split()) + r")\s+(?:" + "|".join(p.split()) + r")\s+" for f, p in fast["asked_after_preposition"])),
        "recipient_stop": frozenset(fast["recipient_stop"]),
        "outlet_nouns": words("media", "names", "outlet_nouns"),
        "headline": headline_credit(),
        "object_only": frozenset(fast["object_only"]),
        "infinitive_only": frozenset(fast["infinitive_only"]),
        "claim_object": regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?<![\p{L}.-])(?:(?:the|that(?!\s+(?:a|an|the|his|her|their|its|our|this|these|those|some|any)\b)|this|these|those|"
                                      r"his|her|their|its|our|such|[\p{Lu}][\p{L}.-]*['’]s)\s+)"
                                      r"(?:[\p{L}-]+\s+){0,2}?(?:" + "|".join(fast["claim_nouns"]) + r")\b"
                                      r"(?:(?P<that>,?\s+that\s+)|(?=\s*(?:[,.;:]|$|(?:and|but|on|in|at|as|during|after|before|from|by|with)\b)))"),
        "claim_object_verbs": frozenset(fast["claim_object_verbs"]),
        "warn_about": frozenset(f for f in forms if any(f.startswith(w.rstrip("ey")) for w in words("verbs", "warn_about", "lemmas"))),
        "warn_preps": words("verbs", "warn_about", "preps"),
        "describe": frozenset(fast["describe_forms"]),
        "call_forms": frozenset(fast["call_forms"]),
        "judge_as": frozenset(fast["judge_as_forms"]),
        "put_down_to": frozenset(fast["put_down_to_forms"]),
        "after_quote_only": frozenset(fast["after_quote_only"]),
        "colon_end": regex.compile(r"\b(?:" + "|".join(regex.escape(f) for f in forms) + r")(?:\s+\p{L}+){0,2}\s*:\s*$"),
        "relay": frozenset(f for f in forms if f[:4] in {w[:4] for w in words("verbs", "relay", "lemmas")}),
        "amount_object": regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:" + "|".join(regex.escape(w) for w in fast["amount_objects"])
                                       + r")\b(?:\s+(?:in|to|about|on|at|publicly|since|so|else)\b[^,;.]{0,40})?[\s.,;]*$"),
        "knowing": words("verbs", "factive", "fast_forms"),
        "factive": frozenset(f for f in words("verbs", "factive", "fast_forms") if any(
            f.startswith(w[:5]) for w in words("verbs", "factive", "lemmas"))),
        "negative_subjects": words("verbs", "factive", "negative_subjects"),
        "subordinate": regex.compile(r"(?i:" + "|".join(words("verbs", "frames", "subordinators")) + r")\s[^,;:—–“”\"]+"),
        "frame_openers": words("verbs", "frames", "openers"),
        "time_determiners": words("verbs", "frames", "time_determiners"),
        "time_nouns": words("verbs", "frames", "time_nouns"),
        "anonymity_request": regex.compile(r"(?:not\s+)?to\s+(?:not\s+)?be\s+(?:" + "|".join(
            f"{w}d|{w}ed|{w}ied" if not w.endswith("y") else f"{w[:-1]}ied" for w in words("verbs", "frames", "anonymity_requests"))
            + r")\b", regex.IGNORECASE),
        "wh": regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:" + "|".join(words("verbs", "question", "wh_words")) + r")\b"),
        "question": frozenset(f for f in forms if any(f.startswith(q) for q in words("verbs", "question", "lemmas"))),
        "ing_cue": regex.compile(r",[\"”’]?\s*(?:" + "|".join(regex.escape(f) for f in fast["ing"]) + r")\b"),
        "sentence_break": regex.compile(r"(?<=\b(?:U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|Inc|Co|Corp|Ltd|Jr|Sr)\.[\"”’)]*)\s+(?=(?:"
                                        + "|".join(fast["sentence_openers"]) + r")\b(?![-\p{N}]))"),
    }


_FIRST_NP = regex.compile(r"(?:he|she|they|we|I|It|He|She|They|We)\b|(?:(?:The|the|A|a|An|an)\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}[\p{Lu}][\p{L}.&'’-]*")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "one", "two", "three", "four", "five",
                          "several", "some", "many", "most", "both", "all", "other", "few"})
_DETERMINER_NP = regex.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|(?i:one|two|three|four|five|several|some|many|most|both|all|other)|(?<![\p{L}.-])[\p{Lu}][\p{L}.-]*+['’]s)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}[\p{L}-]+")
# The words between a cue and a colon that opens a quotation: "said in a statement on Tuesday: “…”".
_PHRASE_TO_COLON = regex.compile(r"(?:[ \t]++[^\s:,.;“”\"]++){0,8}+[ \t]*+:[ \t]*+(?=[“\"])")
# A leading run of spaces is read only from its first space ((?<!\s)): a search then passes a long run
# once, not once per space; a match at a word, as the engine makes them, is the same.
_PP = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:on|in|at|during|last|this|earlier|late|early|after|before)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                    r"(?:[\p{Lu}\p{N}][\p{L}\p{N}.]*\s+){0,3}(?:(?:news|press|television|radio|phone|telephone|written|joint)\s+)?"
                    r"(?:(?:statement|interview|conference|briefing|speech|letter|email|post|tweet|hearing|rally|call|meeting|"
                    r"week|night|morning|afternoon|evening|year|month|weekend|day)s?\s+)?(?:(?:on|in)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.]*\s+){1,3})?,?\s*")
_NEXT_WORD = regex.compile(r"\s+(\w+)")
_PREPOSITIONS = frozenset({"to", "for", "on", "about", "at", "in", "with", "by", "from", "of", "into", "up", "off", "over", "out",
                          "against", "back", "down", "before", "after", "during"})
_CITING = regex.compile(r"[\s,]*(?:(?:on|in|at|last|this|late|early)\s+)?(?:\w+\s*)?,?\s*citing\b", regex.IGNORECASE)
# (?r): both are anchored to the end of their window, so they are read back from it (linear).
_LAST_NAME = regex.compile(r"(?r)(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*(?=\s*,\s*$)")
_SPEAKER_COLON = regex.compile(r"((?:[\p{Lu}][\w.'’-]*\s){0,3}[\p{Lu}][\w.'’-]*):\s+(?=\S)")
_CONJUNCTION = regex.compile(r"(?:^|\s|[—–])(?:and|but|while|as|because|when|after|before|until|once|whereas|so|though|although|since|yet)\s+",
                             regex.IGNORECASE)
_WORD_BACK = regex.compile(r"[^\s,;:“”\"()]+")
_COMMA_PHRASE_THAT = regex.compile(r"\s*,\s*+(?!citing\b|according\b|quoting\b)[^,;.“”\"]{1,60},\s*that\s+")
# Auxiliaries and modals: a word after them, or they after a noun, makes a clause.
_FINITE_AUX = "is|are|was|were|has|have|had|will|would|could|can|may|might|should|must"
_VERB_AFTER = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?<!\p{L})(?:" + _FINITE_AUX + r"|\p{Ll}{2,}ed)\b")
_ANTECEDENT_STOP = frozenset({"from", "by", "with", "among", "including", "against", "than", "and", "or", "to", "for"})
# A word that is a verb whatever its context: an auxiliary or a regular past tense.
_VERB_LIKE = regex.compile(r"(?<!\p{L})(?:" + _FINITE_AUX + r"|be|been|did|does|do|\p{Ll}{2,}ed)", regex.IGNORECASE)
_AFTER_NOUN = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:familiar|close|briefed|speaking|involved|knowledgeable|with\s+knowledge|who|a|an)\b")
_RELATIVE_BEFORE = regex.compile(r",\s+(?:a|an|the|one|another)\s+(?:\p{L}+\s+)?(\p{L}+),?\s+(?:that|which)\s+$")
_NOT_ANTECEDENT = frozenset({"so", "such", "now", "is", "was", "are", "were", "be", "been", "and", "but", "also", "clear", "sure",
                             "told", "warned", "assured", "reminded", "informed", "them", "him", "her", "us", "reporters"})
_RELATIVE_IN = regex.compile(r"\s(?:that|which)\s")
_PHRASE_CUT = regex.compile(r"\s(?:who|which|whose|that|in|at|from|with|of|on|for|familiar|close|briefed|involved|speaking)\s")
_AFTER_CUT = regex.compile(r",|\s(?:on|in|at|during|after|who|which|to)\s")
_SOURCE_END = regex.compile(r"[,;.]\s|[,;]|\.$|\s[—–]")
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|been|be)\s+$")
_NOT_TO = regex.compile(r"\s+not\s+to\b")
_COORDINATED = regex.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:\w+\s+)?$")
_PREFILTER = regex.compile(r"[\"“”«»]|\b(?i:according to)\b|\bper\s+(?:the\s+\p{L}|\p{Lu})|\bPer\s+the\s")
# A sentence's subject and a comma, with no verb: "President Ana Cole, [according to her office,] visited ...".
_SUBJECT_THEN_COMMA = regex.compile(r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}\p{N}.'’-]+\s+){0,5}[\p{L}\p{N}.'’-]+\s*,\s*")
# "according to X", and "per X" when X is a name or "the" and a name ("per the health ministry"; not "per cent";
# a capital "Per" only before "the": "Per Alming" is a name).
_ACCORDING = regex.compile(r"\b(?:(?i:according\s+to)|per(?=\s+(?:the\s+\p{L}|\p{Lu}))|Per(?=\s+the\s))\s+")
_NP_WORDS = regex.compile(rf"{_WORD}(?:\s+{_WORD}){{0,9}}")
_THAT = regex.compile(r"\s*(?:(?:on|in|at|last|this|late|early|for|since|over|during|throughout)\s+[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?\s*,?\s*)?that\s+", regex.IGNORECASE)
_APPOSITIVE = regex.compile(r"\s*,\s*(?:who|whose|which|a|an|the)\b", regex.IGNORECASE)
_RECIPIENT_WORD = regex.compile(r"\s+([\p{L}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*)")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
_QUANTIFIERS = frozenset({"some", "many", "most", "all", "one", "two", "three", "several", "each", "both", "few", "none"})
_RECIPIENT_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
# "Lawmakers were told by Defense Department officials in a closed briefing on Thursday that …"
_TOLD_BY = regex.compile(r"\s+by\s+(?P<source>(?:[\p{L}\p{N}.&'’-]+\s+){0,7}?[\p{L}\p{N}.&'’-]+?)"
                         r"(?:\s+(?:on|in|at|during|last|this|earlier|late|early)\s+[^,;“”\"]{0,50}?)?,?\s+that\s+")
_CLAUSE_BREAK = regex.compile(r";\s*|,\s+(?:and|but|while|whereas|although|though)\s+|[—–]\s*+(?:and|but)\s+")
_SPLIT_QUOTE_REST = regex.compile(r"\s*,\s*(?=[“\"‘])")
_NEW_CLAUSE = regex.compile(r"\b(?:and|but)\s+(?:the|he|she|they|it|we|I|a|an|his|her|their|its)\b")
_TITLE_REST = regex.compile(r"\s*(?:\([^()]{1,30}\))?\s*,\s*(?P<title>[^,;:“”\"]{1,150}?(?:,\s*[^,;:“”\"]{1,80})?)[.!?]?[\"”’)]*\s*$")
_RELATIVE_REST = regex.compile(r"\s+(?:who|whose)\s")
_AND_THAT = regex.compile(r"[^,.;]{0,40},\s*and\s+that\s+")
_NOUN_BEFORE = regex.compile(r"\b(?:the|a|an|his|her|its|their|this|our|my|your|whose|new|latest|no)\s+$", regex.IGNORECASE)
_COMMA_THAT = regex.compile(r",\s*that\s+")
_CALLED_ON = regex.compile(r"\s+on\s+")
_TO_INFINITIVE = regex.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)\p{Ll}")
_CITING_TAIL = regex.compile(r"[\s,]*(?:(?:on|in|at|last|this|late|early)\s+)?(?:\w+\s*)?,?\s*citing\s+([^,;.]+?)(?=\s*(?:[,;.]|$))")
_COMPLEMENT = regex.compile(r"\s*(?:to|that)\s")
_CONDITIONAL = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:If|if|Unless|unless|Whether|whether)\s")
_COMMA_TAIL = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:(?:on|in|at|last|this|late|early|earlier|during|after|before|from|to|while)\b[^,.;:“”\"]{0,60}\s*+|"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b\s*+)?[,:]")
_QUOTE_TAIL = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:[,.(;—–]|(?:on|in|at|during|after|before|to|from|while|as|last|this|earlier|told|when|where|of|about)\b)",
                            regex.IGNORECASE)
_SHORT_TAIL = regex.compile(r"^(?!\s*(?:that|he|she|they|it|we|I|the|a|an|this|there|his|her|their|its)\b)\s*(?:[^\s,.;“”\"]+\s+){0,2}"
                         r"[^\s,.;“”\"]*[.!?]?[\"”’)]*\s*$")
# Words in -ing that are not participles ("he said, during a visit").
_NOT_PARTICIPLES = ("during|nothing|something|anything|everything|morning|evening|spring|string|king|thing|bring|ring|"
                    "wing|ceiling|building|meeting|briefing|hearing|ruling|funding|spending|according")
# After a parenthetical cue, "and"/"but" and a predicate with no subject of its own ("…, Ruiz said, and
# sealed the valve"), known by a past form or an auxiliary: not "and the crew left", "but replacing X would".
_AND_PREDICATE = regex.compile(r"(?:and|but)\s+(?:also\s+|then\s+)?[“\"]?(?:\p{Ll}{2,}ed|has|have|had|is|was|were|will|would|could|can|did|does)\b")
# "feel" reports a view only with a clause: "feel (strongly) that", "feel like", "feel the plan is unfair".
_FEEL_FORMS = frozenset({"feel", "feels", "felt", "feeling"})
_FELT_CLAUSE = regex.compile(r"(?<!\s)\s++(?:(?:[\p{L}’'-]++\s++){0,2}?that\b|like\b|(?:[\p{L}’'-]++\s++){0,4}?"
                             r"(?:is|are|was|were|has|have|had|will|would|should|could|can|must|did|does|do)\b)", regex.IGNORECASE)
# A period that ends a title's abbreviation or an initial, not the sentence: "Mr.", "Sen.", "J.".
_ABBREVIATION_END = regex.compile(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Gov|Atty|Amb|Rev|St|Jr|Sr|\p{Lu})\.$")
# Nouns a cue word makes a compound with: "think tank", "say-so".
_COMPOUND_NOUN_AFTER = regex.compile(r"[ \t-]tanks?\b|-so\b")
# A cue followed only by a preposition and a title in quote marks: 'said on "Face the Nation."'.
_TITLE_AFTER_CUE = regex.compile(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))(?:on|in|to|at)[ \t]++[“\"]\p{Lu}[^“”\"\n]{0,60}+[”\"]?[ \t]*+[.,!?]?[”\"]?[ \t]*+")
_TITLE_THAT = regex.compile(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))(?:on|in|to|at)[ \t]++[“\"][^“”\"\n]{1,60}+[”\"][ \t]*+that[ \t]++")
_WORD_RUN = regex.compile(_WORD)
_PARENTHETICAL = regex.compile(r"\s*,\s*(?!(?:citing|according|speaking|adding|saying|who|which|in|on|at|as|after|before|when|while|where|"
                            r"his|her|their|its|with|via)\b"
                            r"|(?!(?:" + _NOT_PARTICIPLES + r")\b)\p{Ll}+ing\b)"
                            r"(?:that\s+)?(?=\S)")
_VOICE_AFTER_COMMA = regex.compile(r",\s*(?:(?!(?:that|which|who|whom|whose)\b)[\p{L}'’-]+\s+){0,3}$")  # "…, foreign policy and [defense analysts] assess"
_LAST_WORD = regex.compile(r"(?r)([\p{L}'’-]+)\s+$")  # (?r): read back from the end it is anchored to
_NEGATED = regex.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?$")  # "did not", "didn't", "didn’t", "never"
_CITED_WHO = regex.compile(r"[^.;]{0,100}?,\s*(?:who|which)\s")
_DESCRIBED = regex.compile(r"[^,.;]{0,80}?(?:[“\"]|\sas\s)")
_JUDGED_AS = regex.compile(r"[^,.;“”\"]{0,80}?\sas\s")
_PUT_DOWN_TO = regex.compile(r"[^,.;“”\"]{0,80}?\sto\s")
# "called the ruling a turning point", "called him a liar": an object, then the name given it.
_CALLED_A = regex.compile(r"\s+(?:(?:it|him|her|them|us|me)|(?:the|his|her|its|their|this|that|these|those|[\p{Lu}][\p{L}.'’-]*['’]s)"
                          r"(?:\s+[\p{L}\p{N}'’.-]+){1,8}?)\s+(?:a|an)\s+(?!(?:few|second|third|couple|day|week|month|year|"
                          r"number|lot|bit|dozen|half|while|time|moment|minute|hour|total)\b)\p{L}")
_ABOUT_NUMBER = regex.compile(r"\s+about\s+(?:\p{N}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                              r"thirty|forty|fifty|hundred|half|a\s+third|a\s+quarter|a\s+dozen)\b)", regex.IGNORECASE)
_SEMICOLON = regex.compile(r";\s")
_POSSESSIVE_BEFORE = regex.compile(r"(?<!\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Ww]ho|[Ww]here|[Hh]ere))['’]s\s+$")
_AUX_AFTER = regex.compile(r"(?<!\s)\s++(?:" + _FINITE_AUX + r")\b")
_REFLEXIVE_AFTER = regex.compile(r"(?<!\s)\s++(?:themselves|himself|herself|itself|ourselves|myself|yourself)\b")
_PURPOSE_TO = regex.compile(r"\b(?:way|ways|how|order|means|ability|chance|right|time|need|effort|attempt)\s+to\s+$", regex.IGNORECASE)
_FREE_RELATIVE = regex.compile(r"\b(?:what|whatever)\s+(?:\p{L}+\s+)?$", regex.IGNORECASE)
_CUE_AFTER_QUOTE = regex.compile(r"(?<=\s)(?:(?:[\p{Lu}][\p{L}.'’-]*+\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|"
                                  r"continued|replied|shouted|recalled|explained|insisted|joked)\b|(?:he|she|they|I|we)\s+(?:said|says|asked|asks|added|adds)\b)")
_COMMA_AFTER_CUE = regex.compile(r"\s*,\s*(?:his|her|their|its|who|which|(?!(?:saying|adding|noting|citing|according|" + _NOT_PARTICIPLES
                                  + r")\b)\p{Ll}+ing)\b")
_RELATIVE_OPEN = regex.compile(r"(?:who|which|whose)\s")
_AGE = regex.compile(r"\p{N}{1,3}")
_LEADING_FRAME = regex.compile(r"(?:On|In|At|During|Last|This|Earlier|Later|Then|Now|But|And|So|Yet|Still|Today|Yesterday)\b[^,]*?\s"
                               r"(?P<pronoun>he|she|they|we|I|it)$")
_NUMBER_AFTER = regex.compile(r"(?<!\s)\s++(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|another\s+|roughly\s+)?[$€£]?\p{N}")
_STATE_THAT = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:that\b|:)")
# Text before a comma that is not what was said: a question put to the speaker ("Asked whether he
# was confident, Greer said: …") or a frame ("In a statement, the ministry said …").
_NOT_CONTENT_BEFORE = regex.compile(r"(?:(?<!\s)\s*+|(?<=\s))(?:Asked\b.*|(?:In|At|On|During|Speaking|Writing)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                                    r"(?:[\p{L}-]+\s+){0,3}(?:statement|interview|briefing|conference|speech|letter|post|call|"
                                    r"email|hearing|meeting|session|address|message|tweet|rally|remarks|to\s+\w+)s?(?:\s+(?:on|in|with|to)\s+[^,]{1,30})?)\s*[,”\"]?")
_TAIL = regex.compile(r"^[\s,]*(?:(?:on|in|at|last|this|late|early|during|after|before|to|from|told|in\s+a|at\s+a|while|outside|inside|near|following|ahead\s+of|via|by|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b(?!-)[^,.;“”\"]{0,60})?[\s.,;!?\"”’)]*$",
                      regex.IGNORECASE)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the fast path's sentences of ``text[start:end]`` (one paragraph), as ``(start, end)``."""
    return _sentences(text, start, end)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    breaks = [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(text, start, end)]
    # "… approval of the U.S. This goes back": an abbreviation's period can end a sentence too.
    breaks += [(m.start(), m.end()) for m in _lex()["sentence_break"].finditer(text, start, end)]
    for cut, after in sorted(dict(breaks).items()):
        while cut < after and text[cut] in "\"”’)":
            cut += 1
        if text[cut - 1:cut] in "\"”’" and text[cut - 2:cut - 1] in "?!" and _CUE_AFTER_QUOTE.match(text, after, end):
            continue  # "“Who would have believed it?” Trump said.": one sentence
        out.append((pos, cut))
        pos = after
    if pos < end:
        out.append((pos, end))
    if any(b - a > _LONG_SENTENCE for a, b in out):
        # Lower-case text has no capital after its periods: split at any ". " so no sentence is unbounded.
        out = [piece for a, b in out for piece in (_split_anywhere(text, a, b) if b - a > _LONG_SENTENCE else [(a, b)])]
    return out


_LONG_SENTENCE = 3000
_ANY_END = regex.compile(r"[.!?][\"”’)]*\s+")


def _split_anywhere(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``[start, end)`` cut after every sentence-ending mark followed by white space."""
    out, pos = [], start
    for m in _ANY_END.finditer(text, start, end):
        out.append((pos, m.start() + 1))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def _recipient_end(text: str, pos: int, hi: int, lex: dict) -> int | None:
    """Return where the recipient after a cue like "told" ends ("told [a jury] on Monday"), or None.

    A recipient is an object pronoun, or an optional determiner, up to three lower-case words and,
    after none or after an outlet noun ("public broadcaster VRT"), up to four capitalised words.
    """
    found, p = [], pos
    while len(found) < 8:
        m = _RECIPIENT_WORD.match(text, p, hi)
        if not m:
            break
        found.append((m.group(1), m.end(1)))
        p = m.end()
    if not found:
        return None
    if found[0][0].lower() in _OBJECT_PRONOUNS:
        return found[0][1]
    if len(found) > 2 and found[1][0] == "of" and found[0][0].lower() in _QUANTIFIERS:
        found = found[2:]  # "told some of the miners"
    k = 1 if found[0][0].lower() in _RECIPIENT_DETS else 0
    end, head, caps = None, None, 0
    while k < len(found) and caps < 4 and found[k][0][:1].isupper():  # "Swiss [broadcaster RTS]"
        end, k, caps = found[k][1], k + 1, caps + 1
    if caps and not (k < len(found) and found[k][0] in lex["outlet_nouns"]):
        return end
    while k < len(found) and k < 5 and found[k][0][:1].islower() and found[k][0] not in lex["recipient_stop"]:
        if head is not None and k + 1 < len(found) and _VERB_LIKE.fullmatch(found[k + 1][0]):
            break  # "told reporters [officials] were lying": the next words are the clause's subject and verb
        head, end, k = found[k][0], found[k][1], k + 1
    if head is None or head in lex["outlet_nouns"]:
        caps = 0
        while k < len(found) and caps < 4 and found[k][0][:1].isupper():
            end, k, caps = found[k][1], k + 1, caps + 1
    return end


_NOUN_FOLLOWERS = regex.compile(r"(?<!\s)\s++(?:where|and|or|with|across|whose)\b")


def _plural_noun(text: str, s: int, m: regex.Match, lex: dict) -> bool:
    """True when a form like "states" is a plural noun: after a name, an abbreviation or a number not
    at the sentence start, after a preposition or a quantifier, or before "where"/"and"."""
    before = _WORD_BACK.findall(text, max(s, m.start() - 30), m.start())
    word = before[-1] if before else ""
    return bool(word) and (word[:1].isupper() and m.start() - len(word) - 1 > s or word[:1].isdigit()
                           or word.lower() in _PREPOSITIONS or word.lower() in _QUANTIFIERS) \
        or _NOUN_FOLLOWERS.match(text, m.end()) is not None


def _asks_to_act(text: str, pos: int, hi: int, lex: dict) -> bool:
    """True when the words at ``pos`` name someone and then an infinitive ("[investors] to buy")."""
    end = _recipient_end(text, pos, hi, lex)
    return end is not None and _TO_INFINITIVE.match(text, end, hi) is not None


def _word_before(text: str, lo: int, at: int) -> str:
    """Return the lower-cased word that ends just before ``at`` (after ``lo``), or ""."""
    m = _LAST_WORD.search(text, lo, at)
    return m.group(1).lower() if m else ""


def _lowercase_word_before(text: str, lo: int, at: int) -> bool:
    """True when the word before ``at`` is a lower-case word that is not a pronoun ("annual report shows")."""
    m = _LAST_WORD.search(text, lo, at)
    return m is not None and m.group(1)[:1].islower() and m.group(1) not in _PRONOUNS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` without edge punctuation, a leading "that"/"and" or a trailing period.

    A quote mark is kept when its partner is inside the span.
    """
    for _ in range(3):
        before = (start, end)
        while start < end and text[start] in _EDGE:
            if text[start] in "“\"" and any(c in "”\"" for c in text[start + 1:end]):
                break
            start += 1
        while end > start and (text[end - 1] in _EDGE or text[end - 1] == "."):
            if text[end - 1] in "”\"" and any(c in "“\"" for c in text[start:end - 1]):
                break
            end -= 1
        head = text[start:start + 5].lower()
        for w in ("that ", "and ", "but "):
            if head.startswith(w):
                start += len(w)
        if (start, end) == before:
            break
    return start, end


def _is_source(text: str, s: int, e: int, lex: dict, core: bool = False) -> bool:
    phrase = text[s:e]
    tokens = phrase.split()
    if not tokens or len(tokens) > 10 or lex["verb_in_phrase"].search(phrase) or tokens[0] == "that" \
            or any(t in _AUXILIARIES or t in _WH for t in tokens) or tokens[0].lower() in _PREPOSITIONS:
        return False  # "the hearing whether Meroni", "in August", "In October"
    if len(tokens) == 1 and (tokens[0].lower() in lex["not_sources"] or tokens[0].lower().rstrip(".,") in lex["calendar"]):
        return False  # "Now tell us …", "Perhaps ask …", "…, said Tuesday"
    if len(tokens) > 1 and tokens[0][:1].isdigit() and (tokens[-1].lower() not in lex["nouns"]
                                                        and tokens[-1].lower().rstrip("s") not in lex["nouns"]):
        return False  # "248 cases were reported": a count, not a speaker ("two officials" is one)
    if core and (_DETERMINER_NP.fullmatch(phrase) or _plausible_np(tokens)):
        return True  # verbs of saying take any noun subject: "the former president said", "Privacy advocates say"
    last = tokens[-1].lower().rstrip(".")
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS:
        return True
    if last in lex["nouns"] or (last.endswith("s") and last[:-1] in lex["nouns"]):
        return True
    caps = [t for t in tokens if t[:1].isupper() and t.lower() not in lex["not_names"]]
    return bool(caps) and tokens[-1][:1].isupper()


_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
                          "could", "may", "might", "should", "must", "shall", "did", "does", "do"})
_WH = frozenset({"whether", "why", "how", "if"})
_NOT_NP = frozenset({"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "it", "this",
                     "there", "that", "which", "what", "not", "to", "if", "when", "because", "as", "than", "so"})


def _plausible_np(tokens: list[str]) -> bool:
    """True for a short phrase that reads as a noun phrase: no auxiliary, no -ed, -ing or -ly word."""
    if len(tokens) > 6 or tokens[0][:1].islower() and tokens[0] not in _DETERMINERS:
        return False
    return not any(t.lower() in _NOT_NP or (t.islower() and t.endswith(("ed", "ing", "ly"))) for t in tokens)


def _source_before(text: str, lo: int, cue: int, lex: dict, core: bool = False) -> tuple[int, int] | None:
    """Return the noun phrase that ends just before the cue at ``cue`` (after ``lo``), or None.

    "X, a senator from Ohio, said" and "X, who ..., said": the phrase opening the sentence.
    """
    end = cue
    between = lex["between"].search(text, max(lo, end - 80), end)  # a bounded window: linear on runs of spaces
    if between:
        end = between.start()
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ")":
        opening = text.rfind("(", max(lo, end - 40), end)
        if opening > lo:  # "Rep. Dana Whitfield (D-Ore.) said": the name before the party and state
            end = opening
            while end > lo and text[end - 1].isspace():
                end -= 1
    start = end
    while start > lo and text[start - 1] not in ",;:“”\"—–―(":
        start -= 1
    while start < end and text[start] in " \t":
        start += 1
    if _AGE.fullmatch(text, start, end) and text[end:end + 1] == "," \
            or start > lo and text[start - 1] == "," and _RELATIVE_OPEN.match(text, start, end):
        start = end  # "Kevin Caldwell, 44, said", "An official, who is familiar with the plan, said": not the speaker
    if start >= end and start > lo and text[start - 1] == ",":
        if text.count(",", lo, start) > 3:
            return None
        # "Kurier, a daily newspaper, revealed": the phrase before the appositive; "Pulsar, which is
        # based in Austin, Texas, said": the phrase before the first comma.
        first, last = text.find(",", lo, start - 1), text.rfind(",", lo, start - 1)
        opening = text[lo:first].strip() if first > lo else ""
        # "Omar Delgado, chief executive of Brightline, a Denver company, said": a name opening the
        # sentence, before its appositives, is the speaker.
        named = bool(opening) and len(opening.split()) <= 4 and all(w[:1].isupper() for w in opening.split())
        for comma in dict.fromkeys((first, last) if named else (last, first)):
            if comma > lo:
                found = _source_before(text, lo, comma, lex, core)
                if found is not None:
                    return found
        return None
    if text[start:end] in ("who", "which") and start > lo:
        # "said Mr. Kamin, who emphasized that": the name before the relative clause.
        name = _LAST_NAME.search(text, lo, start)
        if name:
            return name.start(), name.end()
        # "opposition from hardliners in parliament, who have warned that": the phrase before it.
        return _antecedent(text, lo, start, lex, core)
    m = _CONJUNCTION.search(text[start:end])
    if m:
        start += m.end()
    relative = _RELATIVE_IN.search(text, start, end)
    if relative and len(text[relative.end():end].split()) <= 3 and _is_source(text, relative.end(), end, lex, core):
        start = relative.end()  # "a development that some say": some say it
    rel = _PHRASE_CUT.search(text[start:end])
    if rel and not _is_source(text, start, end, lex, core):
        end = start + rel.start()
    if text[end - 2:end] in ("'s", "’s") and text[start:end - 2].lower() in ("he", "she", "it"):
        end -= 2  # "He's claiming"
    pronoun = _LEADING_FRAME.match(text, start, end)
    if pronoun:
        start = pronoun.start("pronoun")  # "On Thursday she said": she
    if start >= end or not _is_source(text, start, end, lex, core) or _CONDITIONAL.match(text, start, end):
        return None
    return start, end


def _antecedent(text: str, lo: int, at: int, lex: dict, core: bool) -> tuple[int, int] | None:
    """Return the noun phrase ending at the comma before ``at`` (a relative clause's antecedent), or None."""
    end = text.rfind(",", lo, at)
    if end <= lo:
        return None
    before = text.rfind(",", lo, end)
    if before > lo and _AFTER_NOUN.match(text, before + 1, end):
        end = before  # "another unnamed source, familiar with the situation, who said"
    found = list(_WORD_BACK.finditer(text, lo, end))[-6:]
    start = end
    for w in reversed(found):
        word = w.group(0).lower()
        if word in _ANTECEDENT_STOP or lex["cue"].fullmatch(w.group(0)) or (
                _VERB_LIKE.fullmatch(word) and word not in lex["adjectives"]):  # "unnamed" is no verb
            break
        start = w.start()
        if word in _DETERMINERS:
            break  # "The senator met [the protesters], who said"
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not _is_source(text, start, end, lex, core):
        return None
    return start, end


def _source_after(text: str, cue_end: int, hi: int, lex: dict) -> tuple[int, int] | None:
    """Return the noun phrase right after a cue at the end of its sentence ("…, said Smith.")."""
    start = cue_end
    while start < hi and text[start].isspace():
        start += 1
    m = _NP_WORDS.match(text, start, hi)
    if not m:
        return None
    end = m.end()
    stop = _AFTER_CUT.search(text[start:end])
    if stop:
        end = start + stop.start()
    while end > start and text[end - 1] in ".,":
        end -= 1
    tokens = text[start:end].split()
    if not tokens or tokens[0][:1].islower() and tokens[0].lower() not in _DETERMINERS and len(tokens) > 3 \
            and not tokens[-1][:1].isupper():
        return None  # "…, said parents still want neighborhood schools": a clause, not a speaker
    head = _PHRASE_CUT.search(text, start, end)  # "…, said a person familiar with the matter who …"
    if not (_is_source(text, start, end, lex) or head and _is_source(text, start, head.start(), lex)) \
            or any(t.islower() and t.endswith("ed") for t in tokens[1:]):
        return None
    rest = text[end:hi]
    ok = _TAIL.match(rest) or _APPOSITIVE.match(rest) or _SPLIT_QUOTE_REST.match(rest) or _RELATIVE_REST.match(rest)
    title = _TITLE_REST.match(rest)
    if not ok and title and not lex["cue"].search(title.group("title")) and not _NEW_CLAUSE.search(title.group("title")) \
            and not any(w in _AUXILIARIES or w.endswith("ed") for w in title.group("title").lower().split()):
        ok = True  # "…,” said Renee Gold, 83, of Sarasota.", "…, said Josh Bivens, research director of EPI."
    return (start, end) if ok else None


_QUOTE_IN_REPORT = regex.compile(r"(?<!\p{L})(?P<cue>\p{L}++)\s*+[,:]\s*+[“\"](?P<quote>[^“”\"]+?)[,.!?]?(?P<close>[”\"])\s*,?\s*"
                              r"(?P<rest>[^,;“”\"]{1,80}?)[.!?]?\s*$")


def _quote_inside_report(text: str, s: int, e: int, para: int, lex: dict) -> list[FastLink]:
    """Return the two attributions of "He walked in and said, “Q,” the prosecutor's office said": he
    said Q, and the office said everything before its cue; empty when the sentence has no such shape."""
    m = _QUOTE_IN_REPORT.search(text, s, e)
    if m is None or m.group("cue") not in lex["core"]:
        return []
    last = list(lex["cue"].finditer(text, m.start("rest"), m.end("rest")))
    if not last or text[last[-1].end():m.end("rest")].strip():
        return []  # the report's cue must close the sentence
    cue = last[-1]
    reporter = _source_before(text, m.start("rest"), cue.start(), lex, cue.group(0) in lex["core"])
    first = _FIRST_NP.match(text, s, m.start("cue"))
    speaker = _source_before(text, s, m.start("cue"), lex, True) or (
        (first.start(), first.end()) if first and _is_source(text, first.start(), first.end(), lex) else None)
    if reporter is None or speaker is None:
        return []
    report = FastLink("indirect", (s, m.end("close")), (cue.start(), cue.end()), reporter, "fast_cue_after_content", para)
    quote = FastLink("direct", (m.start("quote"), m.end("quote")), (m.start("cue"), m.end("cue")), speaker,
                     "fast_quote_inside_report", para)
    return [report, quote]


_AS_OPENING = regex.compile(r"[(\s]*As\s+(?P<rest>[^,;:“”\"]{3,120}?),\s*")
_AS_TAIL = regex.compile(r"\s*(?:(?:for|on|in|at|to|during|last|this|earlier|late|early|previously|recently)\b[^,;:“”\"]{0,60})?")


def _as_report(text: str, s: int, e: int, para: int, lex: dict) -> tuple[FastLink | None, tuple[int, int] | None]:
    """Return the attribution of "As Ana Ruiz reports for the Ledger, CLAUSE" or "As the analyst noted at
    the time, CLAUSE" (the clause after the comma, said by the as-clause's subject) and its cue, or
    (None, cue) for the writer's own "As we've noted, ...", or (None, None) for other sentences."""
    m = _AS_OPENING.match(text, s, e)
    cue = lex["cue"].search(text, m.start("rest"), m.end("rest")) if m else None
    if cue is None or cue.group(0) in lex["intention"] or not _AS_TAIL.fullmatch(text, cue.end(), m.end("rest")):
        return None, None  # "As expected, …", "As the firm plans to …", "As the company announced its results, …"
    src = _source_before(text, m.start("rest"), cue.start(), lex, core=True)
    content = _trim(text, m.end(), e)
    if src is None or text[src[0]:src[1]].lower() in ("we", "i") or content[1] - content[0] < 12:
        return None, (cue.start(), cue.end())
    return FastLink("indirect", content, (cue.start(), cue.end()), src, "fast_as_cue", para), (cue.start(), cue.end())


_AMONG = regex.compile(r"\s+(?:is|are|was|were)\s+among\s+[^,;:“”\"]{1,60}?\s+(?:that|who|which)\s+(?:have\s+|had\s+|has\s+)?$")


def _members_before(text: str, s: int, cue: int, lex: dict) -> tuple[int, int] | None:
    """Return X in "X are among (the) chains that said ...", the members who said it, or None.
    A frame that opens the sentence ("In the meantime, ...") is not part of X."""
    m = _AMONG.search(text, max(s, cue - 90), cue)
    if m is None:
        return None
    start = s
    for piece in _PIECE.finditer(text, s, m.start()):
        if not _only_frame(text, piece.start(), piece.end(), lex):
            break
        start = piece.end()
    members = _trim(text, start, m.start())
    return members if members[1] > members[0] and _is_source(text, *members, lex, core=True) or (
        members[1] > members[0] and text[members[0]].isupper()) else None


def _noun_phrase_only(text: str, start: int, end: int, lex: dict) -> bool:
    """True when ``text[start:end]`` is a noun phrase opened by a determiner or quantifier, with no verb
    ("Many of the prisons", "The new rules"): a subject waiting for its verb."""
    tokens = text[start:end].split()
    return 0 < len(tokens) <= 6 and tokens[0].lower() in _DETERMINERS | _QUANTIFIERS and not any(
        t.islower() and (_VERB_LIKE.fullmatch(t) or lex["cue"].fullmatch(t)) for t in tokens)


def _subject_only(text: str, start: int, end: int, lex: dict) -> bool:
    """True when ``text[start:end]`` is a short noun phrase and a comma, with no verb and no frame
    ("President Ana Cole, "; not "In 2019, " or "Prices were up, ")."""
    if not _SUBJECT_THEN_COMMA.fullmatch(text, start, end):
        return False
    tokens = text[start:end].replace(",", " ").split()
    return bool(tokens) and tokens[0].lower() not in lex["frame_openers"] and not any(
        t.islower() and (_VERB_LIKE.fullmatch(t) or lex["cue"].fullmatch(t)) for t in tokens)


def _noun_cues(text: str, s: int, e: int, para: int, lex: dict) -> list[FastLink]:
    """Return the attributions of nouns for something said ("warnings from the finance office that X",
    "a promise by the owners that X") and of holding a view ("Experts are of the view that X")."""
    out = []
    for m in lex["noun_cue"].finditer(text, s, e):
        if _is_source(text, m.start("source"), m.end("source"), lex, core=True):
            content = _trim(text, m.end(), _SEMICOLON.search(text, m.end(), e).start() if _SEMICOLON.search(text, m.end(), e) else e)
            out.append(FastLink("indirect", content, (m.start("noun"), m.end("noun")), (m.start("source"), m.end("source")),
                                "fast_noun_cue", para))
    for m in lex["voicing"].finditer(text, s, e):
        src = _source_before(text, s, m.start(), lex, core=True)  # "parents have voiced fears that X"
        if src is not None and not _WRITER_OR_READER.match(text, *src):
            out.append(FastLink("indirect", _trim(text, m.end(), e), (m.start(), m.end() - len(" that ")), src, "fast_noun_cue", para))
    for m in lex["view_frame"].finditer(text, s, e):
        src = _source_before(text, s, m.start(), lex, core=True)
        words_ = text[s:m.start()].split()
        if src is None and 0 < len(words_) <= 6 and words_[0][:1].isupper() and not any(
                w.islower() and (_VERB_LIKE.fullmatch(w) or lex["cue"].fullmatch(w)) for w in words_):
            src = _trim(text, s, m.start())  # "Growers and millers are of the view that ..."
        if src is not None:
            cue = (m.start(), m.end() - len(" that "))
            out.append(FastLink("indirect", _trim(text, m.end(), e), cue, src, "fast_noun_cue", para))
    return out


@dataclass
class Sentence:
    """One sentence as the shapes read it: its bounds in ``text``, its paragraph's index, the fast
    lexicon, and the links found in it so far (a later shape reads the earlier ones)."""

    text: str
    s: int
    e: int
    para: int
    lex: dict
    out: list[FastLink] = field(default_factory=list)
    as_cue: tuple[int, int] | None = None  # the cue of an "As X reports, …" opening: no other shape reads it


class Cue:
    """One reporting-verb form found in a sentence, with the facts about its context that the vetoes
    and shapes ask for, each worked out once and only when asked."""

    def __init__(self, sentence: Sentence, m: regex.Match) -> None:
        self.sentence, self.m, self.word = sentence, m, m.group(0)
        self.text, self.s, self.e, self.lex = sentence.text, sentence.s, sentence.e, sentence.lex
        self.span = (m.start(), m.end())

    @functools.cached_property
    def core(self) -> bool:
        """True for the verbs of saying themselves ("said", "told"), which take any short subject."""
        return self.word in self.lex["core"]

    @functools.cached_property
    def low_before(self) -> str:
        """The 20 characters before the cue, lower-cased: where refusals, passives and negations show."""
        return self.text[max(self.s, self.m.start() - 20):self.m.start()].lower()

    @functools.cached_property
    def nxt(self) -> str:
        """The word after the cue, lower-cased ("" at the sentence's end)."""
        after = _NEXT_WORD.match(self.text, self.m.end(), self.e)
        return after.group(1).lower() if after else ""

    @functools.cached_property
    def pp(self) -> regex.Match | None:
        """A time or place phrase right after a verb of saying ("said on Monday")."""
        return _PP.match(self.text, self.m.end(), self.e) if self.core else None

    @functools.cached_property
    def asked_after(self) -> regex.Match | None:
        """"called on the council to": the phrase up to the request."""
        return self.lex["asked_after"].match(self.text, self.m.start(), self.e)

    @functools.cached_property
    def asks(self) -> bool:
        """True when the cue asks someone to act ("called on X to", "urged X to")."""
        return self.asked_after is not None or self.word in self.lex["urge_forms"] and _asks_to_act(
            self.text, self.m.end(), self.e, self.lex)

    @functools.cached_property
    def warned_about(self) -> bool:
        """"warned against closing it": a warning about an act."""
        return self.word in self.lex["warn_about"] and self.nxt in self.lex["warn_preps"]

    @functools.cached_property
    def judged_after(self) -> regex.Match | None:
        """"a bonus that X slammed on a call as “grossly unfair”": the name given, after the phrase."""
        return _JUDGED_AS.match(self.text, self.m.end(), self.e) if self.word in self.lex["judge_as"] \
            and self.nxt in _PREPOSITIONS else None

    @functools.cached_property
    def claim(self) -> regex.Match | None:
        """"confirmed the report", "rejects Vantor's argument that X": a claim noun as the object."""
        return self.lex["claim_object"].match(self.text, self.m.end(), self.e) \
            if self.word in self.lex["claim_object_verbs"] else None

    def says_that(self) -> bool:
        """True when "that" follows the cue."""
        return _THAT.match(self.text, self.m.end(), self.e) is not None


@dataclass(frozen=True)
class Veto:
    """A reading of a reporting-verb form that reports nothing, with a sentence of it; the vetoes are
    asked in their order and the first that holds sets the cue aside."""

    name: str
    example: str  # a made-up sentence where this veto, and no earlier one, sets the cue aside
    holds: Callable[[Cue], bool]


def _hedged_order(c: Cue) -> bool:
    if not (c.word in c.lex["urge_forms"] and c.lex["hedge_adverb"].search(c.text, max(c.s, c.m.start() - 14), c.m.start())):
        return False
    to = _TO_INFINITIVE.search(c.text, c.m.end(), min(c.e, c.m.end() + 60))
    that = _THAT.search(c.text, c.m.end(), min(c.e, c.m.end() + 60))
    return bool(to and (that is None or to.start() < that.start()))


def _prepositional_use(c: Cue) -> bool:
    about_number = c.nxt == "about" and _ABOUT_NUMBER.match(c.text, c.m.end(), c.e)  # "said about 150 troops would …"
    return c.nxt in _PREPOSITIONS and c.asked_after is None and not c.warned_about and not c.judged_after \
        and not about_number and not (c.nxt == "to" and c.word in c.lex["intention"]) and not c.says_that() \
        and not (c.pp and c.pp.end() > c.m.end() + 3)


# Before any content is looked for: the form is a noun, or part of one, or a count.
NOT_A_VERB_HERE: tuple[Veto, ...] = (
    Veto("noun_after_determiner", "Officials read the report on Monday.",
         lambda c: bool(_NOUN_BEFORE.search(c.text, max(c.s, c.m.start() - 8), c.m.start())
                        or _POSSESSIVE_BEFORE.search(c.text, max(c.s, c.m.start() - 30), c.m.start())
                        or c.word in c.lex["noun_forms"] and _word_before(c.text, c.s, c.m.start()) in c.lex["noun_modifiers"])),
    Veto("noun_before_its_verb", "Her annual report shows a steep rise in costs.",
         lambda c: c.word in c.lex["noun_forms"] and c.lex["cue"].match(c.text, c.m.end() + 1, c.e) is not None
         and c.text[c.m.end():c.m.end() + 1] == " " and _lowercase_word_before(c.text, c.s, c.m.start())),
    Veto("compound_noun", "She joined a Brussels think tank last year.",
         lambda c: _COMPOUND_NOUN_AFTER.match(c.text, c.m.end(), c.e) is not None),
    Veto("state_as_noun", "Kestrian state television showed the parade.",
         lambda c: c.word in c.lex["only_before_that"] and not _STATE_THAT.match(c.text, c.m.end(), c.e)),
    Veto("plural_noun_after_names", "Betting is legal in most U.S. states where it was put to a vote.",
         lambda c: c.word in c.lex["plural_after_names"] and not _STATE_THAT.match(c.text, c.m.end(), c.e)
         and _plural_noun(c.text, c.s, c.m, c.lex)),
    Veto("count_not_speech", "The shares added 25 points by noon.",
         lambda c: c.word in c.lex["not_before_number"] and _NUMBER_AFTER.match(c.text, c.m.end(), c.e) is not None),
)

# Before the content before the cue is looked for: nothing is said.
REFUSED_OR_PASSIVE = Veto(
    "refusal_or_passive", "The minister declined to say when the vote would be held.",
    lambda c: any(f"{r}d to " in c.low_before or f"{r}s to " in c.low_before or f"{r}ing to " in c.low_before
                  for r in c.lex["refusal"]) or bool(_PASSIVE.search(c.low_before) and not c.word.endswith("ing")))

# Before the content after the cue is looked for: what follows is no claim.
NO_CLAIM_AFTER: tuple[Veto, ...] = (
    Veto("aside_after_tag", "The coach paused and said, his voice breaking.",
         lambda c: c.word in c.lex["after_quote_only"] or _COMMA_AFTER_CUE.match(c.text, c.m.end(), c.e) is not None),
    Veto("describing_without_a_name", "The mayor called the hearing for Tuesday.",
         lambda c: c.word in c.lex["describe"] and not _CALLED_ON.match(c.text, c.m.end(), c.e)
         and not _DESCRIBED.match(c.text, c.m.end(), c.e)
         and not (c.word in c.lex["call_forms"] and _CALLED_A.match(c.text, c.m.end(), c.e))),
    Veto("stance_without_a_name", "The governor praised the rescuers at the scene.",
         lambda c: bool(c.word in c.lex["judge_as"] and not _JUDGED_AS.match(c.text, c.m.end(), c.e)
                        or c.word in c.lex["put_down_to"] and not _PUT_DOWN_TO.match(c.text, c.m.end(), c.e))),
    Veto("asked_not_to_be_named", "The aide asked not to be named.",
         lambda c: _NOT_TO.match(c.text, c.m.end(), c.e) is not None),
    Veto("nobody_asked_to_act", "The figures encouraged investors in the morning.",
         lambda c: c.word in c.lex["asking_only"] and not c.asks),
    Veto("request_rides_on_claim", "The mayor said the pools were safe and urged parents to visit.",
         lambda c: c.asks and _COORDINATED.search(c.text[c.s:c.m.start()]) is not None),
    Veto("hedged_order", "The owner reportedly told managers to prepare lists of staff.", _hedged_order),
    Veto("prepositional_use", "The agency responded to requests within a week.", _prepositional_use),
    Veto("question_not_claim", "The panel questioned why the money was spent.",
         lambda c: c.lex["wh"].match(c.text, c.m.end(), c.e) is not None and (
             c.word in c.lex["question"] or c.word in c.lex["knowing"] or _NEGATED.search(c.low_before) is not None)),
    Veto("knowing_denied", "The aides didn’t know the governor was coming.",
         lambda c: c.word in c.lex["factive"] and _NEGATED.search(c.low_before) is not None),
    Veto("negated_with_object", "The firm did not estimate its losses.",
         lambda c: _NEGATED.search(c.low_before) is not None and not c.claim and not c.says_that() and not c.core),
    Veto("stance_on_an_object", "The union rejected the offer on Friday.",
         lambda c: c.word in c.lex["object_only"] and not c.claim and not c.says_that()),
    Veto("wanting_a_thing", "The drivers wanted a raise this year.",
         lambda c: c.word in c.lex["infinitive_only"] and c.nxt not in ("to", "that")),
    Veto("amount_said", "The minister has said little in public about the deal.",
         lambda c: c.lex["amount_object"].match(c.text, c.m.end(), c.e) is not None),
    Veto("sensation", "Families could feel the pinch at the pump.",
         lambda c: c.word.lower() in _FEEL_FORMS and not _FELT_CLAUSE.match(c.text, c.m.end(), c.e)),
    Veto("whom_it_cites", "The Ledger cited another source, who said the talks had stalled.",
         lambda c: c.word in c.lex["relay"] and _CITED_WHO.match(c.text, c.m.end(), c.e) is not None),
    Veto("verb_form_as_noun", "Health worries have dogged the senator for years.",
         lambda c: bool(c.word in c.lex["noun_forms"] and _AUX_AFTER.match(c.text, c.m.end(), c.e)
                        or _REFLEXIVE_AFTER.match(c.text, c.m.end(), c.e))),
    Veto("purpose_or_free_relative", "The board wants a clearer way to report its spending.",
         lambda c: bool(_PURPOSE_TO.search(c.text, max(c.s, c.m.start() - 12), c.m.start())
                        or _FREE_RELATIVE.search(c.text, max(c.s, c.m.start() - 30), c.m.start()))),
)


def vetoed_by(c: Cue, vetoes: tuple[Veto, ...]) -> Veto | None:
    """Return the first of ``vetoes`` that holds for the cue, or None."""
    return next((v for v in vetoes if v.holds(c)), None)


def _passive_agent(c: Cue) -> FastLink | None:
    """Return the link of "CNN was told by a senior administration official that …" (the agent said
    it), or None."""
    if not (c.word in c.lex["recipient_verbs"] and _PASSIVE.search(c.low_before)):
        return None
    by = _TOLD_BY.match(c.text, c.m.end(), c.e)
    if by and _is_source(c.text, by.start("source"), by.end("source"), c.lex, core=True):
        return FastLink("indirect", _trim(c.text, by.end(), c.e), c.span, (by.start("source"), by.end("source")),
                        "fast_passive_agent", c.sentence.para)
    return None


def _tail_ends_report(c: Cue, comma: int) -> bool:
    """True when what follows the cue closes a report of what came before it: the sentence's end, a
    time or place, ", who …", a title, or after a quotation its closing words."""
    text, m, e = c.text, c.m, c.e
    tail = text[m.end():e]
    if c.word in c.lex["recipient_verbs"]:
        obj = _recipient_end(text, m.end(), e, c.lex)
        tail = text[obj:e] if obj is not None else tail
    after_quote = text[comma] in "”\"" or text[comma - 1:comma] in "”\""
    if c.word in c.lex["after_quote_only"] and not after_quote:
        return False
    complement = _COMPLEMENT.match(tail) is not None and (c.word in c.lex["intention"] or tail.lstrip().startswith("that"))
    return not complement and (_TAIL.match(tail) is not None or _SHORT_TAIL.match(tail) is not None
                               or _COMMA_TAIL.match(tail) is not None or _TITLE_AFTER_CUE.fullmatch(tail) is not None
                               or after_quote and _QUOTE_TAIL.match(tail) is not None)


def _content_then_cue(c: Cue, comma: int, src: tuple[int, int]) -> Iterator[FastLink]:
    """Yield the links of "…, X said." with what the cue goes on to: "…, X said, and that Y" (two
    contents), "Many of the prisons, she said, are aging" (one claim around the cue), "Too often, Mr.
    Clarke said, the debate …" (two pieces), and "…, the Post reported, citing an unnamed source"."""
    text, s, e, m, para = c.text, c.s, c.e, c.m, c.sentence.para
    cited = _CITING_TAIL.match(text, m.end(), e)
    if cited and cited.end(1) > cited.start(1) and _relays_through(text, src, (cited.start(1), cited.end(1))):
        first = FastLink("indirect", _trim(text, s, comma), c.span, (cited.start(1), cited.end(1)),
                         "fast_relay_citing", para, via=[src])
    else:
        first = FastLink("indirect", _trim(text, s, comma), c.span, src, "fast_cue_after_content", para)
    yield first
    rest = _PARENTHETICAL.match(text, m.end(), e)
    more = _AND_THAT.match(text, m.end(), e)
    if rest and e - rest.end() > 12 and not more and (
            _noun_phrase_only(text, s, comma, c.lex) or _AND_PREDICATE.match(text, rest.end(), e)):
        # "The crew found the leak, Ruiz said, and sealed the valve": two predicates of one subject.
        first.content = _trim(text, s, e)
    elif rest and e - rest.end() > 12 and not more:
        yield FastLink("indirect", _trim(text, rest.end(), e), c.span, src, "fast_parenthetical_cue", para, piece_of=first)
    if more:
        yield FastLink("indirect", _trim(text, more.end(), e), c.span, src, "fast_cue_between_clauses", para)


def _content_before_cue(c: Cue) -> Generator[FastLink, None, bool]:
    """Yield the links of a cue that follows its content ("“…,” X said.", "…, X said (on Tuesday).",
    "…, said X (, who …)."), and return True when there were any."""
    text, s, m, e, lex = c.text, c.s, c.m, c.e, c.lex
    comma = max(text.rfind(",", s, m.start()), text.rfind("”", s, m.start()), text.rfind("\"", s, m.start()))
    if comma <= s + 8 or _NOT_CONTENT_BEFORE.fullmatch(text, s, comma) or _only_frame(text, s, comma, lex) \
            or (lex["subordinate"].fullmatch(text, s, comma) and text[comma] == ","):  # "As X happened, Y testified"
        return False
    between = text[comma + 1:m.start()].strip()
    src = _source_before(text, comma + 1, m.start(), lex, c.core) if between else None
    if src is not None and _tail_ends_report(c, comma) and not _CONDITIONAL.match(text, s, m.start()):
        yield from _content_then_cue(c, comma, src)
        return True
    if between or c.word in lex["not_inverted"] or c.word in lex["describe"]:
        return False
    src = _source_after(text, m.end(), e, lex)
    if src is None:
        return False
    first = FastLink("indirect", _trim(text, s, comma), c.span, src, "fast_inverted_cue", c.sentence.para)
    yield first
    rest = _SPLIT_QUOTE_REST.match(text, src[1], e)
    if rest:  # "“This withdrawal,” said the official, “is the result of …”"
        yield FastLink("indirect", _trim(text, rest.end(), e), c.span, src, "fast_parenthetical_cue",
                       c.sentence.para, piece_of=first)
    return True


def _speaker_before(c: Cue) -> tuple[int, int] | None:
    """Return who the cue's clause after it is credited to: the subject before the cue, or for "…,
    adding that" and "X confirmed A, and said B" the speaker of the verb before; None when there is
    none, or it is a condition ("If one adds"), nobody ("no one knows"), the writer or the reader."""
    text, s, m, lex = c.text, c.s, c.m, c.lex
    src = _members_before(text, s, m.start(), lex) or _source_before(text, s, m.start(), lex, c.core)
    if src is not None and _CONDITIONAL.match(text, max(s, src[0] - 7), src[0]):
        return None
    if src is not None and " ".join(text[src[0]:src[1]].lower().split()) in lex["negative_subjects"]:
        return None
    if src is not None and (_WRITER_OR_READER.match(text, src[0], src[1]) or _CONTRACTED_VERB.search(text, src[0], src[1])):
        src = None  # "We must add that …", "One would hope"; "It’s more complicated than X says": a clause
    # "But a few days later, Voss reversed herself, telling CBS that ...": the clause's subject comes
    # after a frame, and no word of the frame is the speaker.
    clause_start = _after_frame(text, s, m.start(), lex) if c.word.endswith("ing") else s
    if src is not None and clause_start > s and src[1] <= clause_start:
        src = None
    out = c.sentence.out
    if src is None and c.word.endswith("ing") and text[s:m.start()].rstrip().endswith((",", ",\"", ",”")):
        # "“…,” he told the group, adding that …": the speaker of the cue before it.
        src = next((a.source for a in reversed(out) if a.source is not None and a.cue and a.cue[0] < m.start()), None)
        first = _FIRST_NP.match(text, clause_start, m.start())  # "Brandt defended her budget, telling ..."
        if src is None and first and _is_source(text, first.start(), first.end(), lex):
            src = (first.start(), first.end())
        if src is None:
            src = _subject_words(text, clause_start, m.start(), lex, c.core)  # "The mayor toured the plant, saying ..."
    if src is None and _COORDINATED.search(text[s:m.start()]):
        # "Officials confirmed X, and said ...": the subject of the first verb.
        src = next((a.source for a in reversed(out) if a.source is not None), None)
        first = _FIRST_NP.match(text, s, m.start())
        if src is None and first and _is_source(text, first.start(), first.end(), lex):
            src = (first.start(), first.end())
    return src


def _content_start(c: Cue) -> int | None:
    """Return where the clause after the cue starts: past "that", a recipient ("told CNN on Sunday"),
    a time or place ("said on Monday"), "called on the council to"; None when the recipient ends the
    sentence or takes a preposition ("asked the council for aid")."""
    text, m, e, lex = c.text, c.m, c.e, c.lex
    pos = c.asked_after.end() if c.asked_after is not None else c.judged_after.end() if c.judged_after else m.end()
    if c.word in lex["recipient_verbs"] and not c.warned_about:
        obj = _recipient_end(text, pos, e, lex)
        that = _THAT.search(text, pos, min(e, pos + 60))
        if that and (obj is None or that.start() <= obj + 2 or (
                "," not in text[obj:that.start()] and len(text[obj:that.start()].split()) <= 4)):
            return that.end()
        if obj is None:
            return pos
        time = _PP.match(text, obj, e)  # "told CNN on Sunday the war would end"
        rest = time.end() if time and time.end() > obj + 2 and not _TAIL.match(text, obj, e) else obj
        after_obj = _NEXT_WORD.match(text, rest, e)
        if _TAIL.match(text, rest, e) or after_obj and after_obj.group(1) in _PREPOSITIONS - {"to"}:
            return None  # "he told reporters outside the ministry on Monday.", "asked the council for aid"
        if not (c.word in lex["urge_forms"] and _TO_INFINITIVE.match(text, rest, e)):
            pos = rest  # "urged [members] to reject the offer": the one asked is part of the request
        return pos
    if c.claim:
        return c.claim.end()  # "rejects Vantor's argument that X": X
    that = _THAT.match(text, pos, e) or _COMMA_PHRASE_THAT.match(text, pos, e) or _TITLE_THAT.match(text, m.end(), e)
    if that:
        return that.end()  # "said (on Monday) that", "said, during a visit to Kyiv, that"
    if c.pp and _THAT.match(text, c.pp.end(), e) is None:
        return c.pp.end()
    return pos


def _content_after_cue(c: Cue, src: tuple[int, int]) -> Iterator[FastLink]:
    """Yield the link of "X said (on Tuesday) (that) CLAUSE", "X told Y (that) CLAUSE", "X confirmed the
    report", or "X reported, citing Y, that CLAUSE" (Y's claim, via X): the clause runs to the next
    coordinated cue or semicolon."""
    text, m, e, lex, para = c.text, c.m, c.e, c.lex, c.sentence.para
    if c.claim and not (c.word in lex["recipient_verbs"] and not c.warned_about) \
            and not (c.claim.group("that") and not _VERB_AFTER.match(text, c.claim.end(), e)):
        # "confirmed the report", "rejected that account", "denied the report that appeared …": the
        # claim noun is what was said.
        pos = c.asked_after.end() if c.asked_after is not None else c.judged_after.end() if c.judged_after else m.end()
        stop = c.claim.start("that") if c.claim.group("that") else c.claim.end()
        start = pos + len(text[pos:stop]) - len(text[pos:stop].lstrip())
        yield FastLink("indirect", (start, stop), c.span, src, "fast_claim_object", para)
        return
    pos = _content_start(c)
    if pos is None:
        return
    to_colon = _PHRASE_TO_COLON.match(text, m.end(), e)
    if to_colon:
        pos = to_colon.end()  # "said in a statement on Tuesday: “…”", "told reporters: “…”"
    citing = _CITING.match(text, pos, e)
    if citing:
        # "The Post reported on Monday, citing a person briefed on it, that ...": X, via the Post.
        that = _COMMA_THAT.search(text, citing.end(), e)
        if that:
            yield FastLink("indirect", _trim(text, that.end(), e), c.span, _trim(text, citing.end(), that.start()),
                           "fast_relay_citing", para, via=[src])
        return
    stop = min((x.start() for x in (lex["coordinated_cue"].search(text, pos, e), lex["ing_cue"].search(text, pos, e),
                                     _SEMICOLON.search(text, pos, e)) if x), default=e)
    content = _trim(text, pos, stop)
    if _TITLE_AFTER_CUE.fullmatch(text, m.end(), stop):
        return  # 'said on "Face the Nation."': where it was said, not what
    if content[1] - content[0] < (5 if c.nxt == "to" else 12) and len(text[content[0]:content[1]].split()) < 3 \
            or text[pos:pos + 1] in ".":
        return
    yield FastLink("indirect", content, c.span, src, "fast_cue_before_content", para)


def _reporting_verbs(sentence: Sentence) -> Iterator[FastLink]:
    """Yield the links of each reporting-verb form in the sentence that no veto sets aside: the content
    before the cue when the cue tags it, else the clause after it."""
    for m in sentence.lex["cue"].finditer(sentence.text, sentence.s, sentence.e):
        c = Cue(sentence, m)
        if c.span == sentence.as_cue or vetoed_by(c, NOT_A_VERB_HERE):
            continue
        agent = _passive_agent(c)
        if agent is not None:
            yield agent
            continue
        if REFUSED_OR_PASSIVE.holds(c):
            continue
        if (yield from _content_before_cue(c)):
            continue
        if vetoed_by(c, NO_CLAIM_AFTER):
            continue
        src = _speaker_before(c)
        if src is not None:
            yield from _content_after_cue(c, src)


def _according_to(sentence: Sentence) -> Iterator[FastLink]:
    """Yield the links of "according to X, CLAUSE", "CLAUSE, according to X" (the longer side) and
    "per X"."""
    text, s, e, lex = sentence.text, sentence.s, sentence.e, sentence.lex
    for m in _ACCORDING.finditer(text, s, e):
        stop = _SOURCE_END.search(text, m.end(), e)
        while stop is not None and _ABBREVIATION_END.search(text, max(m.end(), stop.start() - 6), stop.start() + 1):
            stop = _SOURCE_END.search(text, stop.start() + 1, e)  # "according to Mr. Ballard", "Sen. J. Ruiz"
        src_end = stop.start() if stop else e
        src = (m.end(), src_end)
        while src[1] > src[0] and text[src[1] - 1] in ".”\"":
            src = (src[0], src[1] - 1)
        if m.group(0).lower().startswith("per") and not (_is_source(text, *src, lex) or any(
                w[:1].isupper() for w in text[src[0]:src[1]].split())):
            continue  # "five dollars per the hour": a rate
        before, after = _trim(text, s, m.start()), _trim(text, src_end, e)
        content = after if after[1] - after[0] >= before[1] - before[0] else before
        if _subject_only(text, s, m.start(), lex) and text[src_end:src_end + 1] == "," and after[1] > after[0]:
            content = _trim(text, s, e)  # "The virus, per the health ministry, is carried by ticks": one claim around the phrase
        yield FastLink("according_to", content, (m.start(), m.start() + len(m.group(0).rstrip())), src, "according_to",
                       sentence.para)


def _hedge_frames(sentence: Sentence) -> Iterator[FastLink]:
    """Yield an unsourced link for each hedge frame ("it is believed that", "reports say")."""
    text, s, e = sentence.text, sentence.s, sentence.e
    for m in sentence.lex["hedge_frame"].finditer(text, s, e):
        low = m.group(0).lower()
        cs, ce = _clause(text, s, e, m.start())
        content = (m.end(), ce) if low.startswith(("it ", "there ", "rumo", "reports", "speculation")) else (cs, ce)
        yield FastLink("unsourced", _trim(text, *content), (m.start(), m.end()), None, "fast_hedge_frame", sentence.para)


def _hedge_adverbs(sentence: Sentence) -> Iterator[FastLink]:
    """Yield an unsourced link for the clause of each hedge adverb ("reportedly", "allegedly")."""
    text, s, e = sentence.text, sentence.s, sentence.e
    for m in sentence.lex["hedge_adverb"].finditer(text, s, e):
        yield FastLink("unsourced", _trim(text, *_clause(text, s, e, m.start())), (m.start(), m.end()), None,
                       "fast_hedge_adverb", sentence.para)


def _as_opening(sentence: Sentence) -> Iterator[FastLink]:
    link, sentence.as_cue = _as_report(sentence.text, sentence.s, sentence.e, sentence.para, sentence.lex)
    if link is not None:
        yield link


@dataclass(frozen=True)
class Shape:
    """A named shape of attribution in news text: a sentence of it, the rules its links carry, and how
    to find it. ``SHAPES`` holds them in the order they read a sentence."""

    name: str
    example: str  # a made-up sentence of the shape; it gives a link of each of ``rules`` (tests/test_link_fast_shapes.py)
    rules: tuple[str, ...]
    find: Callable[[Sentence], Iterable[FastLink]]
    alone: bool = False  # when it finds links, the sentence is read no further


SHAPES: tuple[Shape, ...] = (
    Shape("quote_inside_report", "He walked to the podium and said, “We are ready,” the mayor's office said.",
          ("fast_quote_inside_report", "fast_cue_after_content"),
          lambda sen: _quote_inside_report(sen.text, sen.s, sen.e, sen.para, sen.lex), alone=True),
    Shape("as_opening", "As Ana Ruiz reports for the Ledger, the mill will close in the spring.", ("fast_as_cue",), _as_opening),
    Shape("noun_cue", "Parents have voiced fears that the school will close.", ("fast_noun_cue",),
          lambda sen: _noun_cues(sen.text, sen.s, sen.e, sen.para, sen.lex)),
    Shape("according_to", "According to the county clerk, turnout was the highest in decades.", ("according_to",),
          _according_to),
    Shape("reporting_verb", "The mill will close in the spring, the owner said on Tuesday.",
          ("fast_cue_after_content", "fast_inverted_cue", "fast_parenthetical_cue", "fast_cue_between_clauses",
           "fast_relay_citing", "fast_passive_agent", "fast_claim_object", "fast_cue_before_content"), _reporting_verbs),
    Shape("hedge_frame", "It is believed that the mill will close in the spring.", ("fast_hedge_frame",), _hedge_frames),
    Shape("hedge_adverb", "The mill will reportedly close in the spring.", ("fast_hedge_adverb",), _hedge_adverbs),
)


def _links_in_sentence(text: str, s: int, e: int, para: int, lex: dict) -> list[FastLink]:
    """Return the links the shapes find in ``text[s:e]``, in the registry's order."""
    sentence = Sentence(text, s, e, para, lex)
    for shape in SHAPES:
        found = len(sentence.out)
        for link in shape.find(sentence):
            sentence.out.append(link)
        if shape.alone and len(sentence.out) > found:
            break
    return sentence.out


# Items (between commas) from which a list after "Name:" with no clause is a record, not speech.
RECORD_ITEMS = 3
_CLAUSE_WORD = regex.compile(r"\b(?:I|you|he|she|it|we|they|" + _FINITE_AUX + r"|do|does|did)\b", regex.IGNORECASE)


def _record_list(text: str, start: int, end: int, lex: dict) -> bool:
    """True when the first sentence after "Name:" is a list of noun phrases ("Possession of cocaine, theft,
    released on bail."): a police log or charge sheet, not speech. A pronoun or an auxiliary
    makes a clause; an interjection ("Yes, absolutely, ...") opens an answer."""
    stop = _ANY_END.search(text, start, end)
    first = text[start:stop.start() if stop else end]
    opener = _NEXT_WORD.match(" " + first)
    if opener is None or opener.group(1).lower() in lex["interjections"]:
        return False
    return first.count(",") + 1 >= RECORD_ITEMS and not _CLAUSE_WORD.search(first)


def _clause(text: str, s: int, e: int, at: int) -> tuple[int, int]:
    """Return the coordinated clause of the sentence ``[s, e)`` that holds offset ``at``.

    "The frigates are reportedly late, and one subcontractor is said to have sued": two hedged claims.
    """
    start, end = s, e
    for b in _CLAUSE_BREAK.finditer(text, s, e):
        if b.end() <= at:
            start = b.end()
        elif b.start() >= at:
            end = b.start()
            break
    return start, end


# Outside a quotation, "I" and "we" are the writer and "you" the reader: neither is a source.
_WRITER_OR_READER = regex.compile(r"(?i:I|we|you)(?:['’]\p{L}+)?(?:\s|$)|(?i:one)$")
_CONTRACTED_VERB = regex.compile(r"\b(?i:it|that|there|this|what|here)['’]s\b")
_PIECE = regex.compile(r"[^,;—–]+")


def _subject_words(text: str, start: int, end: int, lex: dict, core: bool = False) -> tuple[int, int] | None:
    """Return the shortest run of one to four words opening a clause that is a source and is followed by
    a word in lower case, its verb ("The mayor | toured the plant"), or None."""
    words = list(_WORD_RUN.finditer(text, start, min(end, start + 120)))[:5]
    for n in range(1, min(4, len(words) - 1) + 1):
        span = (words[0].start(), words[n - 1].end())
        following = words[n].group()
        if words[n - 1].group().lower() in _DETERMINERS:
            continue
        if following[:1].islower() and following.lower() not in _PREPOSITIONS and _is_source(text, *span, lex, core):
            return span
    return None


def _relays_through(text: str, citer: tuple[int, int], cited: tuple[int, int]) -> bool:
    """True when "X, citing Y" makes Y the source and X its relay: not a document or a study cited by
    anyone but an outlet ("Lopez said, citing a recent survey": Lopez's claim), as on the full path."""
    cited_words = regex.split(r"\s+(?:by|of|from|in|at|on|for|that|which)\s+", text[cited[0]:cited[1]].lower(), maxsplit=1)[0].split()
    if not cited_words or cited_words[-1] not in words("media", "documents", "nouns"):
        return True
    citer_words = text[citer[0]:citer[1]].lower().removeprefix("the ")
    media = words("media", "outlets") | words("media", "nouns")  # lower-cased already
    return citer_words in media or (citer_words.split() or [""])[-1] in media


def _after_frame(text: str, start: int, end: int, lex: dict) -> int:
    """Return where a sentence's clause starts after a frame and its comma ("But a few days later, |
    Voss reversed herself", "On Monday, | the mayor toured"), or ``start`` when it opens with none."""
    comma = text.find(",", start, end)
    frame = text[start:comma].split() if comma > start else []
    if not frame or len(frame) > 6 or not (frame[0].lower() in ("but", "and", "yet", "so") or frame[0].lower() in lex["frame_openers"]):
        return start
    at = comma + 1
    while at < end and text[at].isspace():
        at += 1
    return at


def _only_frame(text: str, start: int, end: int, lex: dict) -> bool:
    """True when a content is only frames of time, place or medium ("In a March 3 letter", "Then, last
    month") with no verb of their own, or a request for anonymity ("not to be named"): no claim."""
    if lex["anonymity_request"].fullmatch(text, start, end):
        return True
    pieces = [p.group(0).split() for p in _PIECE.finditer(text, start, end)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(
        (p[0].lower() in lex["frame_openers"] or len(p) > 1 and p[0].lower() in lex["time_determiners"]
         and p[1].lower() in lex["time_nouns"])
        and not any(w.islower() and (_VERB_LIKE.fullmatch(w) or lex["cue"].fullmatch(w)) for w in p) for p in pieces)


def _relays_at_end(text: str, links: list[FastLink]) -> list[FastLink]:
    """Return the links with "X said Y, state media reported" read as X's claim via the media.

    A link whose content comes before its cue and holds another link's source and cue is a relay.
    """
    relays = []
    # The links that can be inside a relay, by where their source starts. A link's cue ends at most
    # ``gap`` characters before its source starts, so one whose source starts past a content's end plus
    # the gap cannot have its cue inside it: the search stops there.
    voices = sorted((a.source[0], i) for i, a in enumerate(links)
                    if a.source is not None and a.cue is not None and a.rule != "fast_quote_inside_report")
    voice_starts = [start for start, _ in voices]
    gap = max((links[i].source[0] - links[i].cue[1] for _, i in voices), default=0)
    for o in links:
        if o.rule != "fast_cue_after_content" or o.source is None:
            continue
        candidates = []
        for start, i in voices[bisect.bisect_left(voice_starts, o.content[0]):]:
            if start > o.content[1] + gap:
                break
            candidates.append(i)
        inner = [links[i] for i in sorted(candidates)
                 if links[i] is not o and links[i].cue[1] <= o.content[1] and o.content[0] <= links[i].source[0]]
        for a in inner:
            a.via = a.via + [o.source]
            if a.content[1] > o.content[1]:
                a.content = _trim(text, a.content[0], o.content[1])
        if inner:
            relays.append(o)
    return [a for a in links if not any(a is r for r in relays)]


def _relative_voice(text: str, at: int, lex: dict) -> bool:
    """True when the source at ``at`` opens a relative clause on a noun ("a development that [some] say")."""
    m = _RELATIVE_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and not lex["cue"].fullmatch(m.group(1)) and m.group(1).lower() not in _NOT_ANTECEDENT


def _inside(point: int, span: tuple[int, int]) -> bool:
    return span[0] <= point < span[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _speech(text: str, q: Quote) -> bool:
    if is_title(text, q):
        return False  # 'said on "Face the Nation."'
    words_ = text[q.start:q.end].split()
    return len(words_) >= 6 or (len(words_) >= 3 and text[q.start:q.end].rstrip()[-1:] in ".!?")


def link_fast(text: str, paragraphs: list[Paragraph], quotes: list[Quote]) -> list[FastLink]:
    """Return the attributions of the parse text's article paragraphs, in text order."""
    lex = _lex()
    links: list[FastLink] = []
    for index, para in enumerate(paragraphs):
        if not para.is_text:
            continue
        opened = text[para.start:para.start + 1] in ("\"", "“")
        colon = None if para.kind == NOTE else _SPEAKER_COLON.match(text, para.start + opened, para.end)
        if colon and opened and not colon.group(1).isupper():
            colon = None  # after a quote mark only a transcript's label in capitals ("PENCE:"), not "“Look: …"
        if colon and colon.group(1).lower() not in lex["not_speakers"] and _record_list(text, colon.end(), para.end, lex):
            continue  # "Jane Doe: Possession of cocaine, maintaining a nuisance, ...": a record line, not prose
        if colon and not opened and colon.group(1).isupper() and _dateline(text, paragraphs, index, colon.group(1)):
            colon = None  # "NEW DELHI: ...": a dateline, not a speaker
        if colon and colon.group(1).lower() not in lex["not_speakers"]:
            links.append(FastLink("indirect", _trim(text, colon.end(), para.end), (colon.end(1), colon.end(1) + 1),
                                  (colon.start(1), colon.end(1)), "speaker_colon", index))
        opens = lex["colon_end"].search(text, max(para.start, para.end - 120), para.end)
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if opens and following is not None and following.is_text and text[following.start:following.start + 1] in "\"“":
            # "Caddell continued:" then a quotation in the next paragraph: the speaker's words.
            cue_word = lex["cue"].search(text, opens.start(), opens.end())
            sentence = _sentences(text, para.start, para.end)[-1]
            src = _source_before(text, sentence[0], cue_word.start(), lex, core=True)
            if src is not None:
                links.append(FastLink("direct", _trim(text, following.start, following.end), (cue_word.start(), cue_word.end()),
                                      src, "fast_colon_before_quote", index + 1))
        credit = lex["headline"].search(text, para.start, para.end) if para.end - para.start <= 300 else None
        if credit and credit.start() - para.start >= 10:
            # "US preparing new sanctions on tanker fleet -sources": what the sources say.
            links.append(FastLink("indirect", _trim(text, para.start, credit.start()), (credit.start() + 1, credit.start() + 2),
                                  (credit.start("source"), credit.end("source")), "headline_credit", index))
        for s, e in _sentences(text, para.start, para.end):
            sentence = text[s:e]
            if not (_PREFILTER.search(sentence) or lex["cue"].search(sentence) or lex["hedge_adverb"].search(sentence)
                    or lex["hedge_frame"].search(sentence) or lex["noun_cue"].search(sentence) or lex["view_frame"].search(sentence)
                    or lex["voicing"].search(sentence)):
                continue
            links.extend(_links_in_sentence(text, s, e, index, lex))
    quoted = SpanIndex([(q.open_mark, q.close_mark + 1 if q.close_mark is not None else q.end) for q in quotes])
    # A cue inside a quotation is the speaker's words; a transcript's speaker label is not ("\"PENCE: Well, …").
    links = [a for a in links if a.cue is None or a.rule == "speaker_colon" or not quoted.holds(a.cue[0])]
    # A cue inside another's content is a voice inside the claim: "The investor said funds urged ...".
    outer = [a for a in links if a.source is not None]
    contents = SpanIndex([o.content for o in outer])  # contents only shrink below: each is checked again as it is
    for a in outer:
        for j in contents.holding(a.cue[0]):
            o = outer[j]
            if o is not a and o.cue[0] < a.cue[0] and _inside(a.cue[0], o.content) and o.content[0] < a.source[0] and o.rule != "fast_as_cue" \
                    and (comma := _VOICE_AFTER_COMMA.search(text, o.content[0], a.source[0])):
                # "While Iran claimed A, analysts assess B": the second voice ends the first's content.
                o.content = _trim(text, o.content[0], comma.start())
    # A voice in a relative clause is kept: "Observers noted that X, a development that some say Y" holds both.
    # "As Ana Ruiz reports, … officials announced that …": the reporter's account holds the officials' claim.
    contents = SpanIndex([o.content for o in outer])
    links = [a for a in links if a.source is None or _relative_voice(text, a.source[0], lex) or a.rule == "fast_quote_inside_report"
             or not any(o is not a and o.cue[0] < a.cue[0] and o.rule != "fast_as_cue"
                        for o in (outer[j] for j in contents.holding(a.cue[0])))]
    links = _relays_at_end(text, links)
    links = _said_according_to(text, links)
    for a in links:
        if a.source is not None and not any(c.isalnum() for c in text[a.source[0]:a.source[1]]):
            a.source = None  # markup or punctuation ('<' of an embedded tweet's tag) is nobody
        if a.source is not None:
            a.source, via = _clean_source(text, a.source)
            a.via.extend(via)
    sourced = [a for a in links if a.source is not None]
    # A hedge inside a sourced claim, a hedge frame that is a sourced link's own words ("Sources said …"),
    # or a hedge on the verb of saying ("Hale allegedly told a supervisor"): the speaker's report, hedged.
    near_hedge = _SourcedIndex(sourced)
    links = [a for a in links if a.kind != "unsourced" or not any(
        _inside(a.cue[0], o.content) or _overlap(a.cue, o.source) or _overlap(a.cue, o.cue)
        or o.cue is not None and o.source[1] <= a.cue[0] and a.cue[1] <= o.cue[0] and not text[o.source[1]:o.cue[0]].strip(" \t").count(" ")
        for o in near_hedge.around(a.cue))]
    seen: set[tuple[int, int]] = set()
    kept = []
    hedges = GrowingSpans()  # the contents of the hedges kept so far
    for a in links:
        if a.kind == "unsourced" and hedges.meets(a.content):
            continue
        if a.content in seen or a.content[1] - a.content[0] < 2 or _only_frame(text, *a.content, lex):
            continue
        seen.add(a.content)
        kept.append(a)
        if a.kind == "unsourced":
            hedges.add(a.content)
    return _with_quotes(text, kept, quotes, paragraphs)


class _SourcedIndex:
    """The sourced links a hedge's cue can touch: their content holds it, their source or cue meets it,
    or it sits between their source and cue. Gives them in the links' order, for ``any`` to read as a scan would."""

    def __init__(self, sourced: list[FastLink]) -> None:
        self.sourced = sourced
        self._contents = SpanIndex([o.content for o in sourced])
        self._sources = SpanIndex([o.source for o in sourced])
        with_cue = [k for k, o in enumerate(sourced) if o.cue is not None]
        self._with_cue = with_cue
        self._cues = SpanIndex([sourced[k].cue for k in with_cue])
        self._gaps = SpanIndex([(sourced[k].source[1], sourced[k].cue[0]) for k in with_cue])

    def around(self, cue: tuple[int, int]) -> list[FastLink]:
        """Return the sourced links that can touch ``cue``, in their order."""
        if cue[0] >= cue[1]:
            return self.sourced  # an empty cue can sit at a gap's very end: read them all
        found = set(self._contents.holding(cue[0])) | set(self._sources.meeting(*cue))
        found |= {self._with_cue[j] for j in self._cues.meeting(*cue)}
        found |= {self._with_cue[j] for j in self._gaps.holding(cue[0])}
        return [self.sourced[k] for k in sorted(found)]


_SOURCE_LEAD = regex.compile(r"(?:(?:and|but|though|although|while|as|because|when|so|whereas|since|yet)\s+)+", regex.IGNORECASE)
_SOURCE_BREAK = regex.compile(r"(?<!\s)\s+(?:--|[—–])\s|(?<!\s)\s*,\s*via\s+|(?<!\s)\s+(?:on|in|at|during)\s+(?=\p{Lu}\p{Ll}+\b)")
_VIA_TAIL = regex.compile(r"(?<!\s)\s*,\s*via\s+(?P<via>[^,;.]+?)\s*(?:,|$)")


def _clean_source(text: str, source: tuple[int, int]) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """Return a source mention without what is not the speaker, and the outlets it named by "via":
    "though the Chinese CDC" -> "the Chinese CDC"; "The Post's Fact Checker -- there is ..." -> "The
    Post's Fact Checker"; "Richardson, via USA Today" -> "Richardson" via "USA Today"; "Alden on
    Tuesday" -> "Alden"."""
    start, end = source
    close = text.find(")", start, end)
    if close != -1 and "(" not in text[start:close]:
        start = close + 1 + len(text[close + 1:end]) - len(text[close + 1:end].lstrip())  # "(Reuters)The mayor"
    lead = _SOURCE_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    via = []
    cut = _SOURCE_BREAK.search(text, start, end)
    while cut is not None:
        tail = _VIA_TAIL.match(text, cut.start(), end)
        if tail:
            via.append((tail.start("via"), tail.end("via")))
        calendar = _lex()["calendar"]
        if cut.group().strip().lower() in ("on", "in", "at", "during") and \
                text[cut.end():end].split(maxsplit=1)[0].lower().rstrip(".,") not in calendar:
            cut = _SOURCE_BREAK.search(text, cut.end(), end)  # "the Bank of England": no time phrase
            continue
        end = cut.start()
        break
    after = _VIA_TAIL.match(text, source[1])
    if after and not via:
        via.append((after.start("via"), after.end("via")))  # "Richardson, via USA Today, said"
    return (start, end) if end > start else source, via


def _said_according_to(text: str, links: list[FastLink]) -> list[FastLink]:
    """ "“…,” he said, according to the Intelligencer": what he said, relayed by the Intelligencer, not
    the Intelligencer's claim."""
    said = [a for a in links if a.source is not None and a.cue is not None and a.kind != "according_to"
            and text[a.cue[0]:a.cue[1]].lower() in _lex()["say_forms"]]
    ends = sorted((o.cue[1], k) for k, o in enumerate(said))  # where each saying's cue ends
    end_points = [e for e, _ in ends]
    out = []
    for a in links:
        if a.kind == "according_to" and a.cue is not None and a.source is not None:
            near = sorted(k for _, k in ends[bisect.bisect_left(end_points, a.cue[0] - 3):
                                             bisect.bisect_right(end_points, a.cue[0])])
            speaker = next((said[k] for k in near if text[said[k].cue[1]:a.cue[0]].strip() == ","), None)
            if speaker is not None:
                speaker.via.append(a.source)
                continue
        out.append(a)
    return out


def _dateline(text: str, paragraphs: list[Paragraph], index: int, label: str) -> bool:
    """True for a label in capitals opening one of the first paragraphs when no other paragraph opens
    with such a label and no word of it names a person written in the story ("NEW DELHI:", not "TRUMP:")."""
    texts = [k for k, p in enumerate(paragraphs) if p.is_text]
    first = paragraphs[texts[0]] if texts else None
    headline = first is not None and first.end - first.start <= 150 and not text[first.start:first.end].rstrip().endswith((".", ":"))
    if index not in texts[:2 if headline else 1]:
        return False  # a dateline opens the story (after its headline, if any)
    others = [k for k in texts if k != index and (m := _SPEAKER_COLON.match(text, paragraphs[k].start, paragraphs[k].end))
              and m.group(1).isupper()]
    if others:
        return False
    # "TRUMP:" above "President Donald Trump": a word of the label after a given name is a person's.
    for word in (w.capitalize() for w in label.split() if len(w) > 2):
        for m in regex.finditer(r"(\p{Lu}[\p{L}'’-]+)\s+" + regex.escape(word) + r"(?![\p{L}])", text):
            if is_given_name(m.group(1)):
                return False
    return True


_TAG_AFTER = regex.compile(r"(?<=[”\"])[ \t]*+(?P<source>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)"
                           r"\s+(?P<cue>said|says|told|tells|asked|asks|added|adds|replied|replies|shouted|wrote|writes|explained)"
                           r"(?:\s+(?:him|her|them|us|me|reporters|the\s+\p{L}+))?\s*[.!?]")


_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen)\.[ \t]+)?(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}\p{Lu}[\p{L}'’-]+"
_SAY = r"(?:said|says|wrote|writes|added|adds|told|tells|explained|noted|argued|warned|insisted|recalled)"
# "“…,” Jessica Caldwell, Edmunds' executive director of industry analysis, said in a statement."
_NAME_DESCRIPTION_CUE = regex.compile(r"(?<=[”\"])[ \t]*+(?P<source>" + _NAME + r")\s*,\s*+(?P<desc>[^“”\",;.\n]{1,120}+"
                                      r"(?:,\s*+[^“”\",;.\n]{1,80}+)?),\s*+(?:has\s+|had\s+)?(?P<cue>" + _SAY + r"|written|said)\b")
# "“…,” wrote 43-year-old Martin Taylor of Aberdeenshire", "“…,” said Daniel Anthony, vice president of …"
_CUE_NAME = regex.compile(r"(?<=[”\"])[ \t]*+(?P<cue>" + _SAY + r")\s++(?:(?:the\s+)?\p{N}{1,3}-year-old\s+)?(?P<source>" + _NAME + r")\b")
# "Senior author Dr. Ana Ruiz, associate professor ..., commented: “…”"
# A quotation closed by a comma, then only a speaker and a verb in the past: "“…,” Cole shot back.",
# "“…,” she beamed." The verb tags the quotation whatever it is.
_TAG_VERB_AFTER = regex.compile(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))(?P<source>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:(?:[Tt]he|[Aa]n?)[ \t]+)?(?:\p{Lu}[\p{L}.'’-]{0,39}+[ \t]+){0,2}\p{Lu}[\p{L}'’-]{1,39}+)"
                                r"[ \t]+(?P<cue>\p{Ll}{2,}ed|shot|hit|fired|snapped)(?:[ \t]+(?:back|out|up|off|again|quickly|angrily))?[ \t]*[.!?]")
_CUE_COLON = regex.compile(r"(?P<cue>\p{L}+)\s*:\s*$")


def _tag_after(text: str, q: Quote, para_start: int = 0) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Return the source and cue a quotation nobody claimed is credited to by the words around it:
    "“Don’t mind me!” he told them.", "“…,” Jane Roe, the firm's analyst, said.", "“…,” wrote
    43-year-old John Roe", "Jane Roe commented: “…”"; else None."""
    lex = _lex()
    if q.close_mark is not None:
        tag = _TAG_AFTER.match(text, q.close_mark + 1) if text[q.end - 1:q.end] in "!?." else None
        if tag is not None and _is_source(text, tag.start("source"), tag.end("source"), lex, core=True):
            return (tag.start("source"), tag.end("source")), (tag.start("cue"), tag.end("cue"))
        for shape in (_NAME_DESCRIPTION_CUE, _CUE_NAME):
            tag = shape.match(text, q.close_mark + 1, min(len(text), q.close_mark + 300))
            if tag is not None:
                return (tag.start("source"), tag.end("source")), (tag.start("cue"), tag.end("cue"))
        tag = _TAG_VERB_AFTER.match(text, q.close_mark + 1, min(len(text), q.close_mark + 80)) \
            if "," in text[q.end - 1:q.close_mark] else None
        if tag is not None and _is_source(text, tag.start("source"), tag.end("source"), lex, core=True):
            return (tag.start("source"), tag.end("source")), (tag.start("cue"), tag.end("cue"))  # "“…,” Cole shot back."
    colon = _CUE_COLON.search(text, max(para_start, q.open_mark - 40), q.open_mark)
    if colon is not None and (lex["cue"].fullmatch(colon.group("cue")) or colon.group("cue").lower() in lex["speech_forms"]):
        sentence = max(para_start, text.rfind(". ", para_start, colon.start()) + 1)
        src = _source_before(text, sentence, colon.start("cue"), lex, core=True)
        if src is not None:
            return src, (colon.start("cue"), colon.end("cue"))
    return None


def _goes_on_after_cue(text: str, k: int, quotes: list[Quote], links: list[FastLink], owner: dict[int, int]) -> bool:
    """True for the short second half of a quote split by its cue, as on the full path (candidates.goes_on_after_cue)."""
    o = owner.get(k - 1)
    speaker_cue = links[o].cue if o is not None and links[o].source is not None else None
    return goes_on_after_cue(text, quotes, k, speaker_cue[0] if speaker_cue is not None else None)


def _with_quotes(text: str, links: list[FastLink], quotes: list[Quote], paragraphs: list[Paragraph]) -> list[FastLink]:
    spans = [(q.start, q.end) for q in quotes]
    quote_index = SpanIndex(spans)
    owner: dict[int, int] = {}
    for i, a in enumerate(links):
        covered = quote_index.meeting(*a.content)
        for k in covered:
            if a.rule != "speaker_colon":
                a.content = (min(a.content[0], spans[k][0]), max(a.content[1], spans[k][1]))
            owner.setdefault(k, i)
        if a.rule != "fast_claim_object":  # "rejected that account" keeps its determiner
            a.content = _trim(text, *a.content)
        a.quotes = covered
    starts = [p.start for p in paragraphs]
    by_paragraph: dict[int, list[int]] = {}  # the links of each paragraph, in order
    for i, a in enumerate(links):
        by_paragraph.setdefault(a.paragraph, []).append(i)

    def add(link: FastLink) -> None:
        links.append(link)
        by_paragraph.setdefault(link.paragraph, []).append(len(links) - 1)

    for k, q in enumerate(quotes):
        if k in owner:
            continue
        tag = _tag_after(text, q, paragraphs[q.paragraph].start)
        if tag is not None:  # "“Don’t mind me!” he told them.", "“…,” Jane Roe, an analyst, said."
            add(FastLink("direct", (q.start, q.end), tag[1], tag[0], "fast_speaker_beside_quote", q.paragraph, quotes=[k]))
            owner[k] = len(links) - 1
            continue
        if not (_speech(text, q) or _goes_on_after_cue(text, k, quotes, links, owner)):
            continue
        same = [i for i in by_paragraph.get(q.paragraph, ()) if links[i].source is not None]
        if not same and q.continues_previous and k - 1 in owner:
            same = [owner[k - 1]]
        if not same and q.open_mark - paragraphs[q.paragraph].start <= 1:
            prev = bisect.bisect_right(starts, q.open_mark) - 2
            same = [i for i in by_paragraph.get(prev, ()) if links[i].source is not None][-1:]
        best = min(same, key=lambda i: abs(links[i].content[0] - q.start)) if same else None
        src = links[best].source if best is not None else None
        goes_on = best is not None and (q.continues_previous or links[best].content[1] <= q.start)
        add(FastLink("direct", (q.start, q.end), None, src,
                     "fast_paragraph_speaker" if src else "quote_without_source", q.paragraph,
                     continues=best if goes_on else None, quotes=[k]))
        owner[k] = len(links) - 1
    for a in links:
        if a.quotes and a.kind != "unsourced":
            inside = sum(sum(1 for c in text[max(spans[k][0], a.content[0]):min(spans[k][1], a.content[1])] if c.isalnum())
                         for k in a.quotes)
            total = sum(1 for c in text[a.content[0]:a.content[1]] if c.isalnum())
            first = quotes[a.quotes[0]]
            speech = a.rule in ("fast_paragraph_speaker", "quote_without_source") or _speech(text, first) \
                or text[first.start:first.start + 1].isupper()
            if total - inside <= 2 and speech:
                a.kind = "direct"
            elif a.kind != "according_to":  # "according to X" names the kind even with quoted words in the claim
                a.kind = "mixed"  # "promising a “harsh revenge”"
            if a.kind == "direct" and len(a.quotes) == 1 and a.rule != "speaker_colon":
                a.content = spans[a.quotes[0]]
    index_of = {id(a): i for i, a in enumerate(links)}
    for a in links:
        if a.piece_of is not None and id(a.piece_of) in index_of:
            a.continues = index_of[id(a.piece_of)]
    order = sorted(range(len(links)), key=lambda i: (links[i].content, links[i].cue or (0, 0)))
    remap = {old: new for new, old in enumerate(order)}
    out = [links[i] for i in order]
    for a in out:
        if a.continues is not None:
            a.continues = remap[a.continues]
    return out
