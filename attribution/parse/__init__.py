"""The full path's parse: the spaCy pipeline, loaded once per process.

In: the pipeline's name (settings.py) and the prepared text.
Out: the loaded pipeline (paragraph breaks as sentence breaks, a glued "(CNN)President" split),
the memory zone a stream of articles is parsed in, and ``doc_text`` (a Doc's text, read once).

    pipeline.py  imports spaCy; the fast path never imports it (nor this package's pipeline)
"""
