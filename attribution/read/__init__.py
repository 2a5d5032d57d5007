"""Step 0: read an article.

In: a file's path, bytes or a string, and its input format (text, html or auto).
Out: an ``Article``: the decoded text every offset counts into; for an HTML page, its article
body extracted (the text of the report).

    input.py        bytes decoded (any common encoding), limits checked, an HTML page's body extracted
    boilerplate.py  which lines are article text: the reader asks it whether an extraction found
                    any, and the engine splits the text into classified paragraphs with it (step 2a)
"""
