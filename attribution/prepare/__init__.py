"""Step 1: the text made ready for matching, its offsets kept.

In: an article's text (a str).
Out: a ``Normalized`` text (Unicode spaces, line breaks, zero-width characters and quote styles
made plain) with the map from its offsets back to the original's; the line and column of an
offset, as editors count them, for the findings; where its sentences end, read without a parse.
Nothing here changes what is reported.

    text.py       normalize, the offset map, the text's digest
    positions.py  line and column of a code-point offset
    sentences.py  the one splitter of sentences without a parse (fast path, resolver's words, rules, server)
"""
