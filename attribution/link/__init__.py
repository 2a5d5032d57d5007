"""Step 3: content linked to its cue and its source.

In: the prepared text's paragraphs (read/boilerplate.py) and, on the full path, its parsed Doc.
Out: links: each quotation, paraphrase, "according to" or hedged claim with its cue and the span
of its source mention (resolved in step 4).

    candidates.py  quotations (paired marks) and their paragraphs, found without a parse (step 2b)
    parse.py       full path: cue verbs, "according to", hedges, relays, read from the dependency parse
    assemble.py    full path: quotations and parse links put together into one list
    fast/          fast path: the same links read from the common shapes of news text, no parse:
                   lexicon.py (words and patterns), phrases.py (sources, subjects, clauses around a cue),
                   shapes.py (the registry of named shapes and vetoes), __init__.py (over an article)
    order.py       links in text order, continuations renumbered (both paths)
    intervals.py   which spans hold a point, without scanning them all: every step stays linear
"""
