"""The fast path's words and patterns: the verbs lexicon compiled once (``compiled_lexicon``) and the
regular expressions the phrases and shapes apply. Data in, compiled patterns out; nothing here reads an article."""

from __future__ import annotations

import functools

import regex

from ...lexicon.compiled import compile_pattern
from ..candidates import headline_credit
from ...lexicon import load, longest_first, words


_PRONOUNS = words("grammar", "pronouns", "subject")
_WORD = r"[\p{L}\p{N}][\p{L}\p{N}.&'’-]*"
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
def compiled_lexicon() -> dict:
    """Return the fast path's lexicon, compiled once: ``lexicon/verbs.toml`` ``[fast]`` and the other
    word lists as sets, the patterns built from them, by name."""
    fast = load("verbs")["fast"]
    forms = longest_first(set(fast["forms"]) | set(fast["ing"]) | set(fast["core"]))
    return {**_cue_words(fast, forms), **_cue_contexts(fast, forms)}


def _cue_words(fast: dict, forms: list[str]) -> dict:
    """Return the reporting-verb forms and the words around a cue: the sets and patterns that find a cue."""
    between = longest_first(fast["between"])
    hedges = load("hedges")
    nouns = (words("anonymity", "anonymous", "role_nouns") | words("anonymity", "anonymous", "vague_nouns")
             | words("anonymity", "anonymous", "spokes_nouns") | words("media", "nouns")
             | words("media", "documents", "nouns") | words("organizations", "nouns"))
    return {
        # The forms are asked of a set, word by word (phrases.cue_forms and the readers beside it), not
        # compiled into an alternation of 380 forms: the same matches, and 70 ms less to start.
        "cue_forms": frozenset(forms),
        "cue_words": frozenset(f for f in forms if " " not in f),
        "cue_phrases": tuple(f for f in forms if " " in f),  # longest first, as an alternation would try them
        "cue_phrase_heads": frozenset(f.split()[0] for f in forms if " " in f),
        "intention": frozenset(fast["intention"]),
        # A verb inside a phrase makes it a clause, not a source: a past form, an -ing form, or a few others.
        "verb_in_phrase": frozenset(f for f in forms if " " not in f and (f.endswith(("ed", "ing")) or f in (
            "said", "says", "told", "tells", "wrote", "writes", "thought", "knew", "felt", "found"))),
        # "..., and later said ...": the forms a coordinated cue may have (those only before "that" aside).
        "coordinated_forms": frozenset(f for f in forms if f not in fast["only_before_that"]),
        "core": frozenset(fast["core"]),
        "not_speakers": words("verbs", "not_speakers", "words"),
        "interjections": words("verbs", "not_speakers", "interjections"),
        # (?<!\s) and \s++: one start per run of spaces, so the search is linear on any run.
        "between": compile_pattern(r"(?<!\s)(?:\s++(?:" + "|".join(regex.escape(b) for b in between) + r"|" + _TIME_BETWEEN + r"))+\s*$",
                                 regex.IGNORECASE),
        "hedge_adverb": compile_pattern(r"\b(?:" + "|".join(hedges["adverbs"]) + r")\b", regex.IGNORECASE),
        # (?-f): simple case folding, as in parse.py (full folding backtracks exponentially on runs of s's).
        "hedge_frame": compile_pattern("(?-f)" + "|".join(f"(?:{f})" for f in hedges["frames"]), regex.IGNORECASE | regex.V1),
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
        "comparison_forms": frozenset(fast["comparison_forms"]),
        "plural_after_names": frozenset(fast["plural_after_names"]),
    }


def _cue_contexts(fast: dict, forms: list[str]) -> dict:
    """Return the sets and patterns that read what comes with a cue: noun cues, objects, requests,
    frames, questions."""
    return {
        "noun_cue": compile_pattern(r"\b(?P<noun>" + "|".join(longest_first(words("verbs", "noun_cues", "nouns")))
                                  + r")\s+(?:" + "|".join(longest_first(words("verbs", "noun_cues", "preps")))
                                  + r")\s+(?P<source>[^,;:.“”\"]{2,80}?)\s+that\s+(?!(?:is|was|are|were|has|have|had|will|would)\b)"),
        "voicing": compile_pattern(r"\b(?:" + "|".join(_verb_forms(v) for v in longest_first(words("verbs", "noun_cues", "voicing_verbs")))
                                 + r")\s+(?:(?:their|his|her|its|the|some|serious|growing|deep|new|strong)\s+){0,2}(?:"
                                 + "|".join(longest_first(words("verbs", "noun_cues", "attitude_nouns"))) + r")\s+that\s+"),
        "view_frame": compile_pattern(r"\b(?:is|are|was|were|remains?|remained)\s+of\s+the\s+(?:"
                                    + "|".join(longest_first(words("verbs", "noun_cues", "view_nouns"))) + r")\s+that\s+"),
        "not_inverted": frozenset(fast["not_inverted"]),
        "recipient_verbs": frozenset(fast["recipient_verbs"]),
        "urge_forms": frozenset(fast["urge_forms"]),
        "asking_only": frozenset(fast["asking_only"]),
        "asked_after": compile_pattern("|".join(
            r"(?:" + "|".join(f.split()) + r")\s+(?:" + "|".join(p.split()) + r")\s+" for f, p in fast["asked_after_preposition"])),
        "recipient_stop": frozenset(fast["recipient_stop"]),
        "outlet_nouns": words("media", "names", "outlet_nouns"),
        "headline": headline_credit(),
        "object_only": frozenset(fast["object_only"]),
        "infinitive_only": frozenset(fast["infinitive_only"]),
        "claim_object": compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?<![\p{L}.-])(?:(?:the|that(?!\s+(?:a|an|the|his|her|their|its|our|this|these|those|some|any)\b)|this|these|those|"
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
        "relay": frozenset(f for f in forms if f[:4] in {w[:4] for w in words("verbs", "relay", "lemmas")}),
        "amount_object": compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:" + "|".join(regex.escape(w) for w in fast["amount_objects"])
                                       + r")\b(?:\s+(?:in|to|about|on|at|publicly|since|so|else)\b[^,;.]{0,40})?[\s.,;]*$"),
        "knowing": words("verbs", "factive", "fast_forms"),
        "factive": frozenset(f for f in words("verbs", "factive", "fast_forms") if any(
            f.startswith(w[:5]) for w in words("verbs", "factive", "lemmas"))),
        "negative_subjects": words("verbs", "factive", "negative_subjects"),
        "subordinate": compile_pattern(r"(?i:" + "|".join(longest_first(words("verbs", "frames", "subordinators"))) + r")\s[^,;:—–“”\"]+"),
        "frame_openers": words("verbs", "frames", "openers"),
        "time_determiners": words("verbs", "frames", "time_determiners"),
        "time_nouns": words("verbs", "frames", "time_nouns"),
        "anonymity_request": compile_pattern(r"(?:not\s+)?to\s+(?:not\s+)?be\s+(?:" + "|".join(
            f"{w}d|{w}ed|{w}ied" if not w.endswith("y") else f"{w[:-1]}ied" for w in longest_first(words("verbs", "frames", "anonymity_requests")))
            + r")\b", regex.IGNORECASE),
        "wh": compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:" + "|".join(longest_first(words("verbs", "question", "wh_words"))) + r")\b"),
        "question": frozenset(f for f in forms if any(f.startswith(q) for q in words("verbs", "question", "lemmas"))),
        "ing_cue": compile_pattern(r",[\"”’]?\s*(?:" + "|".join(regex.escape(f) for f in fast["ing"]) + r")\b"),
    }


_FIRST_NP = compile_pattern(r"(?:he|she|they|we|I|It|He|She|They|We)\b|(?:(?:The|the|A|a|An|an)\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}[\p{Lu}][\p{L}.&'’-]*")
_DETERMINERS = words("grammar", "determiners", "noun_phrase")
_DETERMINER_NP = compile_pattern(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|(?i:one|two|three|four|five|several|some|many|most|both|all|other)|(?<![\p{L}.-])[\p{Lu}][\p{L}.-]*+['’]s)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}[\p{L}-]+")
# The words between a cue and a colon that opens a quotation: "said in a statement on Tuesday: “…”".
_PHRASE_TO_COLON = compile_pattern(r"(?:[ \t]++[^\s:,.;“”\"]++){0,8}+[ \t]*+:[ \t]*+(?=[“\"])")
# A leading run of spaces is read only from its first space ((?<!\s)): a search then passes a long run
# once, not once per space; a match at a word, as the engine makes them, is the same.
_PP = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:on|in|at|during|last|this|earlier|late|early|after|before)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                    r"(?:[\p{Lu}\p{N}][\p{L}\p{N}.]*\s+){0,3}(?:(?:news|press|television|radio|phone|telephone|written|joint)\s+)?"
                    r"(?:(?:statement|interview|conference|briefing|speech|letter|email|post|tweet|hearing|rally|call|meeting|"
                    r"week|night|morning|afternoon|evening|year|month|weekend|day)s?\s+)?(?:(?:on|in)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.]*\s+){1,3})?,?\s*")
_NEXT_WORD = compile_pattern(r"\s+(\w+)")
_PREPOSITIONS = words("grammar", "prepositions", "after_cue")
_CITING = compile_pattern(r"[\s,]*(?:(?:on|in|at|last|this|late|early)\s+)?(?:\w+\s*)?,?\s*citing\b", regex.IGNORECASE)
# (?r): both are anchored to the end of their window, so they are read back from it (linear).
_LAST_NAME = compile_pattern(r"(?r)(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*(?=\s*,\s*$)")
_SPEAKER_COLON = compile_pattern(r"((?:[\p{Lu}][\w.'’-]*\s){0,3}[\p{Lu}][\w.'’-]*):\s+(?=\S)")
_CONJUNCTION = compile_pattern(r"(?:^|\s|[—–])(?:and|but|while|as|because|when|after|before|until|once|whereas|so|though|although|since|yet)\s+",
                             regex.IGNORECASE)
_WORD_BACK = compile_pattern(r"[^\s,;:“”\"()]+")
_COMMA_PHRASE_THAT = compile_pattern(r"\s*,\s*+(?!citing\b|according\b|quoting\b)[^,;.“”\"]{1,60},\s*that\s+")
# Auxiliaries and modals: a word after them, or they after a noun, makes a clause.
_FINITE_AUX = "is|are|was|were|has|have|had|will|would|could|can|may|might|should|must"
_VERB_AFTER = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?<!\p{L})(?:" + _FINITE_AUX + r"|\p{Ll}{2,}ed)\b")
_ANTECEDENT_STOP = words("grammar", "prepositions", "antecedent_stop")
# A word that is a verb whatever its context: an auxiliary or a regular past tense.
_VERB_LIKE = compile_pattern(r"(?<!\p{L})(?:" + _FINITE_AUX + r"|be|been|did|does|do|\p{Ll}{2,}ed)", regex.IGNORECASE)
_AFTER_NOUN = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:familiar|close|briefed|speaking|involved|knowledgeable|with\s+knowledge|who|a|an)\b")
_RELATIVE_BEFORE = compile_pattern(r",\s+(?:a|an|the|one|another)\s+(?:\p{L}+\s+)?(\p{L}+),?\s+(?:that|which)\s+$")
_NOT_ANTECEDENT = words("grammar", "words", "not_antecedent")
_RELATIVE_IN = compile_pattern(r"\s(?:that|which)\s")
_PHRASE_CUT = compile_pattern(r"\s(?:who|which|whose|that|in|at|from|with|of|on|for|familiar|close|briefed|involved|speaking)\s")
_ACRONYM_WORD = compile_pattern(r"\p{Lu}{2,6}")  # "WHO", "NATO": capitals only
_AFTER_CUT = compile_pattern(r",|\s(?:on|in|at|during|after|who|which|to)\s")
_SOURCE_END = compile_pattern(r"[,;.]\s|[,;]|\.$|\s[—–]")
_PASSIVE = compile_pattern(r"\b(?:is|are|was|were|been|be)\s+$")
_NOT_TO = compile_pattern(r"\s+not\s+to\b")
_COORDINATED = compile_pattern(r"(?:,\s*|\s)(?:and|but)\s+(?:\w+\s+)?$")
# What may follow a cue form before the colon that closes a paragraph: "Caddell continued:", "she said in part:".
_COLON_TAIL = compile_pattern(r"(?:\s+\p{L}+){0,2}\s*:\s*$")
# "..., and later said": a comma or a space, "and" or "but", then a pronoun and an adverb, each optional.
_COORDINATOR = compile_pattern(r"(?:,\s*|(?<!\s)\s+)(?:and|but)\s+")
_COORDINATED_PRONOUN = compile_pattern(r"(?:he|she|they|it|we|I)\s+")
_COORDINATED_ADVERB = compile_pattern(r"(?:also|later|then)\s+")
_THAT_AFTER = compile_pattern(r"\s+that\b")
_WORD_RUN_ANY = compile_pattern(r"\w+")  # the runs a cue's "\b...\b" can match whole
_PREFILTER = compile_pattern(r"[\"“”«»]|\b(?i:according to)\b|\bper\s+(?:the\s+\p{L}|\p{Lu})|\bPer\s+the\s")
# A sentence's subject and a comma, with no verb: "President Ana Cole, [according to her office,] visited ...".
_SUBJECT_THEN_COMMA = compile_pattern(r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}\p{N}.'’-]+\s+){0,5}[\p{L}\p{N}.'’-]+\s*,\s*")
# "according to X", and "per X" when X is a name or "the" and a name ("per the health ministry"; not "per cent";
# a capital "Per" only before "the": "Per Alming" is a name).
_ACCORDING = compile_pattern(r"\b(?:(?i:according\s+to)|per(?=\s+(?:the\s+\p{L}|\p{Lu}))|Per(?=\s+the\s))\s+")
_NP_WORDS = compile_pattern(rf"{_WORD}(?:\s+{_WORD}){{0,9}}")
_THAT = compile_pattern(r"\s*(?:(?:on|in|at|last|this|late|early|for|since|over|during|throughout)\s+[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?\s*,?\s*)?that\s+", regex.IGNORECASE)
_APPOSITIVE = compile_pattern(r"\s*,\s*(?:who|whose|which|a|an|the)\b", regex.IGNORECASE)
_RECIPIENT_WORD = compile_pattern(r"\s+([\p{L}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*)")
_OBJECT_PRONOUNS = words("grammar", "pronouns", "object")
_QUANTIFIERS = words("grammar", "quantifiers", "words")
_RECIPIENT_DETS = words("grammar", "determiners", "recipient")
# "Lawmakers were told by Defense Department officials in a closed briefing on Thursday that …"
_TOLD_BY = compile_pattern(r"\s+by\s+(?P<source>(?:[\p{L}\p{N}.&'’-]+\s+){0,7}?[\p{L}\p{N}.&'’-]+?)"
                         r"(?:\s+(?:on|in|at|during|last|this|earlier|late|early)\s+[^,;“”\"]{0,50}?)?,?\s+that\s+")
_CLAUSE_BREAK = compile_pattern(r";\s*|,\s+(?:and|but|while|whereas|although|though)\s+|[—–]\s*+(?:and|but)\s+")
_SPLIT_QUOTE_REST = compile_pattern(r"\s*,\s*(?=[“\"‘])")
_NEW_CLAUSE = compile_pattern(r"\b(?:and|but)\s+(?:the|he|she|they|it|we|I|a|an|his|her|their|its)\b")
_TITLE_REST = compile_pattern(r"\s*(?:\([^()]{1,30}\))?\s*,\s*(?P<title>[^,;:“”\"]{1,150}?(?:,\s*[^,;:“”\"]{1,80})?)[.!?]?[\"”’)]*\s*$")
_RELATIVE_REST = compile_pattern(r"\s+(?:who|whose)\s")
_AND_THAT = compile_pattern(r"[^,.;]{0,40},\s*and\s+that\s+")
# "better than expected", "as expected", "worse than feared": a comparison, no one speaking.
_COMPARISON_BEFORE = compile_pattern(r"\b(?:than|[Aa]s)\s+$")
_NOUN_BEFORE = compile_pattern(r"\b(?:the|a|an|his|her|its|their|this|our|my|your|whose|new|latest|no)\s+$", regex.IGNORECASE)
_COMMA_THAT = compile_pattern(r",\s*that\s+")
_CALLED_ON = compile_pattern(r"\s+on\s+")
_TO_INFINITIVE = compile_pattern(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)\p{Ll}")
_CITING_TAIL = compile_pattern(r"[\s,]*(?:(?:on|in|at|last|this|late|early)\s+)?(?:\w+\s*)?,?\s*citing\s+([^,;.]+?)(?=\s*(?:[,;.]|$))")
_COMPLEMENT = compile_pattern(r"\s*(?:to|that)\s")
_CONDITIONAL = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:If|if|Unless|unless|Whether|whether)\s")
_COMMA_TAIL = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:(?:on|in|at|last|this|late|early|earlier|during|after|before|from|to|while)\b[^,.;:“”\"]{0,60}\s*+|"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b\s*+)?[,:]")
_QUOTE_TAIL = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:[,.(;—–]|(?:on|in|at|during|after|before|to|from|while|as|last|this|earlier|told|when|where|of|about)\b)",
                            regex.IGNORECASE)
_SHORT_TAIL = compile_pattern(r"^(?!\s*(?:that|he|she|they|it|we|I|the|a|an|this|there|his|her|their|its)\b)\s*(?:[^\s,.;“”\"]+\s+){0,2}"
                         r"[^\s,.;“”\"]*[.!?]?[\"”’)]*\s*$")
# Words in -ing that are not participles ("he said, during a visit").
_NOT_PARTICIPLES = ("during|nothing|something|anything|everything|morning|evening|spring|string|king|thing|bring|ring|"
                    "wing|ceiling|building|meeting|briefing|hearing|ruling|funding|spending|according")
# After a parenthetical cue, "and"/"but" and a predicate with no subject of its own ("…, Ruiz said, and
# sealed the valve"), known by a past form or an auxiliary: not "and the crew left", "but replacing X would".
_AND_PREDICATE = compile_pattern(r"(?:and|but)\s+(?:also\s+|then\s+)?[“\"]?(?:\p{Ll}{2,}ed|has|have|had|is|was|were|will|would|could|can|did|does)\b")
# "feel" reports a view only with a clause: "feel (strongly) that", "feel like", "feel the plan is unfair".
_FEEL_FORMS = words("grammar", "words", "feel_forms")
_FELT_CLAUSE = compile_pattern(r"(?<!\s)\s++(?:(?:[\p{L}’'-]++\s++){0,2}?that\b|like\b|(?:[\p{L}’'-]++\s++){0,4}?"
                             r"(?:is|are|was|were|has|have|had|will|would|should|could|can|must|did|does|do)\b)", regex.IGNORECASE)
# A period that ends a title's abbreviation or an initial, not the sentence: "Mr.", "Sen.", "J.".
_ABBREVIATION_END = compile_pattern(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Gov|Atty|Amb|Rev|St|Jr|Sr|\p{Lu})\.$")
# Nouns a cue word makes a compound with: "think tank", "say-so".
_COMPOUND_NOUN_AFTER = compile_pattern(r"[ \t-]tanks?\b|-so\b")
# A cue followed only by a preposition and a title in quote marks: 'said on "Face the Nation."'.
_TITLE_AFTER_CUE = compile_pattern(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))(?:on|in|to|at)[ \t]++[“\"]\p{Lu}[^“”\"\n]{0,60}+[”\"]?[ \t]*+[.,!?]?[”\"]?[ \t]*+")
_TITLE_THAT = compile_pattern(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))(?:on|in|to|at)[ \t]++[“\"][^“”\"\n]{1,60}+[”\"][ \t]*+that[ \t]++")
_WORD_RUN = compile_pattern(_WORD)
_PARENTHETICAL = compile_pattern(r"\s*,\s*(?!(?:citing|according|speaking|adding|saying|who|which|in|on|at|as|after|before|when|while|where|"
                            r"his|her|their|its|with|via)\b"
                            r"|(?!(?:" + _NOT_PARTICIPLES + r")\b)\p{Ll}+ing\b)"
                            r"(?:that\s+)?(?=\S)")
_VOICE_AFTER_COMMA = compile_pattern(r",\s*(?:(?!(?:that|which|who|whom|whose)\b)[\p{L}'’-]+\s+){0,3}$")  # "…, foreign policy and [defense analysts] assess"
_LAST_WORD = compile_pattern(r"(?r)([\p{L}'’-]+)\s+$")  # (?r): read back from the end it is anchored to
_NEGATED = compile_pattern(r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?$")  # "did not", "didn't", "didn’t", "never"
_CITED_WHO = compile_pattern(r"[^.;]{0,100}?,\s*(?:who|which)\s")
_DESCRIBED = compile_pattern(r"[^,.;]{0,80}?(?:[“\"]|\sas\s)")
_JUDGED_AS = compile_pattern(r"[^,.;“”\"]{0,80}?\sas\s")
_PUT_DOWN_TO = compile_pattern(r"[^,.;“”\"]{0,80}?\sto\s")
# "called the ruling a turning point", "called him a liar": an object, then the name given it.
_CALLED_A = compile_pattern(r"\s+(?:(?:it|him|her|them|us|me)|(?:the|his|her|its|their|this|that|these|those|[\p{Lu}][\p{L}.'’-]*['’]s)"
                          r"(?:\s+[\p{L}\p{N}'’.-]+){1,8}?)\s+(?:a|an)\s+(?!(?:few|second|third|couple|day|week|month|year|"
                          r"number|lot|bit|dozen|half|while|time|moment|minute|hour|total)\b)\p{L}")
_ABOUT_NUMBER = compile_pattern(r"\s+about\s+(?:\p{N}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                              r"thirty|forty|fifty|hundred|half|a\s+third|a\s+quarter|a\s+dozen)\b)", regex.IGNORECASE)
_SEMICOLON = compile_pattern(r";\s")
_POSSESSIVE_BEFORE = compile_pattern(r"(?<!\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Ww]ho|[Ww]here|[Hh]ere))['’]s\s+$")
_AUX_AFTER = compile_pattern(r"(?<!\s)\s++(?:" + _FINITE_AUX + r")\b")
_REFLEXIVE_AFTER = compile_pattern(r"(?<!\s)\s++(?:themselves|himself|herself|itself|ourselves|myself|yourself)\b")
_PURPOSE_TO = compile_pattern(r"\b(?:way|ways|how|order|means|ability|chance|right|time|need|effort|attempt)\s+to\s+$", regex.IGNORECASE)
_FREE_RELATIVE = compile_pattern(r"\b(?:what|whatever)\s+(?:\p{L}+\s+)?$", regex.IGNORECASE)
_COMMA_AFTER_CUE = compile_pattern(r"\s*,\s*(?:his|her|their|its|who|which|(?!(?:saying|adding|noting|citing|according|" + _NOT_PARTICIPLES
                                  + r")\b)\p{Ll}+ing)\b")
_RELATIVE_OPEN = compile_pattern(r"(?:who|which|whose)\s")
_AGE = compile_pattern(r"\p{N}{1,3}")
_LEADING_FRAME = compile_pattern(r"(?:On|In|At|During|Last|This|Earlier|Later|Then|Now|But|And|So|Yet|Still|Today|Yesterday)\b[^,]*?\s"
                               r"(?P<pronoun>he|she|they|we|I|it)$")
_NUMBER_AFTER = compile_pattern(r"(?<!\s)\s++(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|another\s+|roughly\s+)?[$€£]?\p{N}")
_STATE_THAT = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:that\b|:)")
# Text before a comma that is not what was said: a question put to the speaker ("Asked whether he
# was confident, Greer said: …") or a frame ("In a statement, the ministry said …").
_NOT_CONTENT_BEFORE = compile_pattern(r"(?:(?<!\s)\s*+|(?<=\s))(?:Asked\b.*|(?:In|At|On|During|Speaking|Writing)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                                    r"(?:[\p{L}-]+\s+){0,3}(?:statement|interview|briefing|conference|speech|letter|post|call|"
                                    r"email|hearing|meeting|session|address|message|tweet|rally|remarks|to\s+\w+)s?(?:\s+(?:on|in|with|to)\s+[^,]{1,30})?)\s*[,”\"]?")
_TAIL = compile_pattern(r"^[\s,]*(?:(?:on|in|at|last|this|late|early|during|after|before|to|from|told|in\s+a|at\s+a|while|outside|inside|near|following|ahead\s+of|via|by|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b(?!-)[^,.;“”\"]{0,60})?[\s.,;!?\"”’)]*$",
                      regex.IGNORECASE)


_NOUN_FOLLOWERS = compile_pattern(r"(?<!\s)\s++(?:where|and|or|with|across|whose)\b")

_AUXILIARIES = words("grammar", "auxiliaries", "forms")
_WH = words("grammar", "clauses", "wh")
_NOT_NP = words("grammar", "words", "not_noun_phrase")

_QUOTE_IN_REPORT = compile_pattern(r"(?<!\p{L})(?P<cue>\p{L}++)\s*+[,:]\s*+[“\"](?P<quote>[^“”\"]+?)[,.!?]?(?P<close>[”\"])\s*,?\s*"
                              r"(?P<rest>[^,;“”\"]{1,80}?)[.!?]?\s*$")

_AS_OPENING = compile_pattern(r"[(\s]*As\s+(?P<rest>[^,;:“”\"]{3,120}?),\s*")
_AS_TAIL = compile_pattern(r"\s*(?:(?:for|on|in|at|to|during|last|this|earlier|late|early|previously|recently)\b[^,;:“”\"]{0,60})?")

_AMONG = compile_pattern(r"\s+(?:is|are|was|were)\s+among\s+[^,;:“”\"]{1,60}?\s+(?:that|who|which)\s+(?:have\s+|had\s+|has\s+)?$")

# Items (between commas) from which a list after "Name:" with no clause is a record, not speech.
RECORD_ITEMS = 3
_CLAUSE_WORD = compile_pattern(r"\b(?:I|you|he|she|it|we|they|" + _FINITE_AUX + r"|do|does|did)\b", regex.IGNORECASE)

# Outside a quotation, "I" and "we" are the writer and "you" the reader: neither is a source.
_WRITER_OR_READER = compile_pattern(r"(?i:I|we|you)(?:['’]\p{L}+)?(?:\s|$)|(?i:one)$")
_CONTRACTED_VERB = compile_pattern(r"\b(?i:it|that|there|this|what|here)['’]s\b")
_PIECE = compile_pattern(r"[^,;—–]+")

_SOURCE_LEAD = compile_pattern(r"(?:(?:and|but|though|although|while|as|because|when|so|whereas|since|yet)\s+)+", regex.IGNORECASE)
_SOURCE_BREAK = compile_pattern(r"(?<!\s)\s+(?:--|[—–])\s|(?<!\s)\s*,\s*via\s+|(?<!\s)\s+(?:on|in|at|during)\s+(?=\p{Lu}\p{Ll}+\b)")
_VIA_TAIL = compile_pattern(r"(?<!\s)\s*,\s*via\s+(?P<via>[^,;.]+?)\s*(?:,|$)")

_TAG_AFTER = compile_pattern(r"(?<=[”\"])[ \t]*+(?P<source>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)"
                           r"\s+(?P<cue>said|says|told|tells|asked|asks|added|adds|replied|replies|shouted|wrote|writes|explained)"
                           r"(?:\s+(?:him|her|them|us|me|reporters|the\s+\p{L}+))?\s*[.!?]")

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen)\.[ \t]+)?(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}\p{Lu}[\p{L}'’-]+"
_SAY = r"(?:said|says|wrote|writes|added|adds|told|tells|explained|noted|argued|warned|insisted|recalled)"
# "“…,” Jessica Caldwell, Edmunds' executive director of industry analysis, said in a statement."
_NAME_DESCRIPTION_CUE = compile_pattern(r"(?<=[”\"])[ \t]*+(?P<source>" + _NAME + r")\s*,\s*+(?P<desc>[^“”\",;.\n]{1,120}+"
                                      r"(?:,\s*+[^“”\",;.\n]{1,80}+)?),\s*+(?:has\s+|had\s+)?(?P<cue>" + _SAY + r"|written|said)\b")
# "“…,” wrote 43-year-old Martin Taylor of Aberdeenshire", "“…,” said Daniel Anthony, vice president of …"
_CUE_NAME = compile_pattern(r"(?<=[”\"])[ \t]*+(?P<cue>" + _SAY + r")\s++(?:(?:the\s+)?\p{N}{1,3}-year-old\s+)?(?P<source>" + _NAME + r")\b")
# "Senior author Dr. Ana Ruiz, associate professor ..., commented: “…”"
# A quotation closed by a comma, then only a speaker and a verb in the past: "“…,” Cole shot back.",
# "“…,” she beamed." The verb tags the quotation whatever it is.
_TAG_VERB_AFTER = compile_pattern(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))(?P<source>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:(?:[Tt]he|[Aa]n?)[ \t]+)?(?:\p{Lu}[\p{L}.'’-]{0,39}+[ \t]+){0,2}\p{Lu}[\p{L}'’-]{1,39}+)"
                                r"[ \t]+(?P<cue>\p{Ll}{2,}ed|shot|hit|fired|snapped)(?:[ \t]+(?:back|out|up|off|again|quickly|angrily))?[ \t]*[.!?]")
_CUE_COLON = compile_pattern(r"(?P<cue>\p{L}+)\s*:\s*$")
