"""Step 5: the audit of one article, running the steps before it in order.

In: an Article (read/), a text, or a Doc parsed by the caller; a policy Config.
Out: a Report: attributions and sources with offsets into the original text, the summary
(counts, named and anonymous, the audit lists) and the rules' findings.

    engine.py   steps 1-4: prepare the text, find quotations, parse and link (or the fast path's
                links), resolve the sources; back to the original's offsets
    auditor.py  the input limits, the engine, the summary and the findings (rules/): ``audit``,
                ``audit_many`` and ``audit_doc``, which ``attribution`` hands on
"""
