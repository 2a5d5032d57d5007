"""Web pages written for the HTML input tests: one short article, and the page furniture real news
sites put around and inside it, one construction at a time.

Every sentence here was written for these tests. The article's sentences carry attributions, and
so does each piece of furniture ("..., mayor says" in a related headline, a quotation in a comment),
so that furniture kept by the extraction shows up as attributions outside the article body.
"""

from __future__ import annotations

import html

TITLE = "Elm Street bridge to close for a year of repairs"
DEK = "Engineers warned the council that the deck could fail, officials said on Tuesday"
PARAGRAPHS = [
    "The city council voted on Tuesday to close the Elm Street bridge for repairs, a decision that "
    "will divert about 12,000 cars a day onto the ring road.",
    "\u201cWe had no choice,\u201d Mayor Dana Whitfield told reporters after the vote. \u201cThe engineers "
    "said the deck could fail within a year.\u201d",
    "Residents who live near the bridge said they had not been consulted. Priya Anand, who runs a "
    "bakery on Elm Street, said she expected to lose a third of her customers.",
    "According to the transport department, a temporary crossing for cyclists and pedestrians will "
    "open in March.",
    "The repairs are expected to cost $48 million, the city\u2019s finance director, Tomas Berg, said.",
]
LINKED_WORDS = "a temporary crossing for cyclists"  # in PARAGRAPHS[3]: a link in running text on some pages

# The furniture: each has words that must not reach the extracted text.
RELATED = ["Council says ring road can take the extra traffic",
           "Mayor vows to keep the market open during works, aides say",
           "Opinion: Why the bridge was left to rot, critics claim"]
CAPTION = "Mayor Dana Whitfield said the closure was unavoidable. (Photo: Lena Park / Riverside Herald)"
COMMENTS = ["\u201cThey knew about the cracks for years,\u201d a neighbour told me last summer.",
            "My husband said the council never listens to anyone west of the river."]
TAGS = ["Bridges", "City council", "Transport"]
PULL_QUOTE = "The engineers said the deck could fail within a year."
NEWSLETTER = "Get the morning briefing: the stories editors say you need, in your inbox every day."
READ_ALSO = "Also on Riverside Herald: Ferry operator says it will add two crossings a day"
BIO = "Lena Park covers city hall for the Riverside Herald. She said she has lived near the bridge for a decade."


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def body_html(*, linked: bool = False) -> str:
    """Return the article paragraphs as <p> elements; with ``linked``, a phrase of one is a link in a span."""
    out = []
    for text in PARAGRAPHS:
        para = _p(text)
        if linked and LINKED_WORDS in text:
            para = para.replace(LINKED_WORDS, f'<span class="link"><a href="/crossing">{LINKED_WORDS}</a></span>')
        out.append(para)
    return "\n".join(out)


def article_page(*inside: str, after: str = "", head_extra: str = "", linked: bool = False) -> str:
    """Return a news page: navigation, the article (headline, byline, ``inside`` blocks after the
    second paragraph, the rest), then ``after`` (below the article) and a footer."""
    paras = body_html(linked=linked).split("\n")
    article = "\n".join([*paras[:2], *inside, *paras[2:]])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(TITLE)} | Riverside Herald</title>{head_extra}</head>
<body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article class="story">
<h1 class="headline">{html.escape(TITLE)}</h1>
<p class="byline">By Lena Park, Riverside Herald</p>
<div class="story-body">
{article}
</div>
</article>
{after}
</main>
<footer class="site-footer"><p>&copy; 2024 Riverside Herald. All rights reserved.</p></footer>
</body></html>
"""


def related_list() -> str:
    """A "Related stories" box of headlines, below the article."""
    items = "".join(f'<li><a href="/r{k}">{html.escape(h)}</a></li>' for k, h in enumerate(RELATED))
    return f'<section class="related-stories"><h2>Related stories</h2><ul>{items}</ul></section>'


def related_list_plain() -> str:
    """The same headlines under a "More from City" heading, in a container with no telling class name."""
    items = "".join(f'<div class="c3"><a href="/r{k}"><h3>{html.escape(h)}</h3></a></div>' for k, h in enumerate(RELATED))
    return f'<div class="c1"><h2>More from City</h2><div class="c2">{items}</div></div>'


def photo_caption() -> str:
    """A photo with its caption and credit, in the article."""
    return (f'<figure class="photo"><img src="/bridge.jpg" alt="The Elm Street bridge">'
            f'<figcaption>{html.escape(CAPTION)}</figcaption></figure>')


def photo_caption_div() -> str:
    """A photo whose caption is a div, not a figcaption."""
    return (f'<div class="image-wrapper"><img src="/bridge.jpg" alt="">'
            f'<div class="image-caption">{html.escape(CAPTION)}</div></div>')


def comment_widget() -> str:
    """Readers' comments below the article."""
    items = "".join(f'<li class="comment"><span class="comment-author">reader{k}</span>'
                    f'<div class="comment-body"><p>{html.escape(c)}</p></div></li>' for k, c in enumerate(COMMENTS))
    return f'<section id="comments" class="comments"><h3>{len(COMMENTS)} Comments</h3><ol class="comment-list">{items}</ol></section>'


def tag_links() -> str:
    """The story's topic tags, as links."""
    links = " ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}" rel="tag">{html.escape(t)}</a>' for t in TAGS)
    return f'<div class="tags">Topics: {links}</div>'


def pull_quote() -> str:
    """A pull quote repeating a sentence of the article."""
    return f'<aside class="pullquote"><blockquote><p>{html.escape(PULL_QUOTE)}</p></blockquote></aside>'


def newsletter_box() -> str:
    """A newsletter sign-up box in the article."""
    return (f'<div class="Newsletter"><h3 class="Newsletter-title">Morning Briefing</h3>'
            f'<p class="Newsletter-description">{html.escape(NEWSLETTER)}</p>'
            f'<form><input type="email"><button>Sign up</button></form></div>')


def read_also_box() -> str:
    """A link to another story set in the article, as a box."""
    label, headline = READ_ALSO.split(": ", 1)
    return (f'<a class="read-more-big" href="/ferry"><span class="read-more-big__subtitle">{html.escape(label)}</span> '
            f'<span class="read-more-big__title">{html.escape(headline)}</span></a>')


def dek() -> str:
    """A subheadline under the headline (placed by ``article_page_with_dek``)."""
    return f'<h2 class="subline">{html.escape(DEK)}</h2>'


def article_page_with_dek() -> str:
    """The page with a subheadline (dek) between the headline and the article."""
    return article_page().replace("</h1>\n", f"</h1>\n{dek()}\n", 1)


def author_bio() -> str:
    """The author's bio below the article."""
    return f'<div class="author-bio"><p>{html.escape(BIO)}</p></div>'


def table_layout_page() -> str:
    """An old page laid out in a table, paragraphs separated by <br>: trafilatura's precision setting finds nothing."""
    body = "<br><br>\n".join(html.escape(p, quote=False) for p in PARAGRAPHS)
    return f"""<html><head><title>{html.escape(TITLE)}</title></head><body>
<table width="100%"><tr><td class="nav"><a href="/">Home</a><br><a href="/city">City</a></td>
<td class="main">{body}</td></tr></table></body></html>
"""


def hidden_body_page() -> str:
    """A page whose article sits in a container whose class trafilatura reads as a comment block:
    trafilatura finds no article in any setting; a second extractor does."""
    return f"""<!DOCTYPE html><html><head><title>{html.escape(TITLE)}</title></head><body>
<nav><a href="/">Home</a> <a href="/city">City</a></nav>
<div class="comment-body">{body_html()}</div>
<footer><p>Riverside Herald</p></footer></body></html>
"""


def no_article_page() -> str:
    """A page with navigation and a picture, no article."""
    return """<!DOCTYPE html><html><head><title>Gallery | Riverside Herald</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
<img src="/a.jpg" alt=""><script>var gallery = 1;</script></body></html>
"""


READ_MORE_HEADLINE = "Ferry operator says it will add two crossings a day"
VIDEO_TITLE = "Mayor says the bridge is unsafe"


def read_more_paragraph() -> str:
    """A paragraph in the article that only links to another story, after a label."""
    return f'<p><strong>Read more:</strong> <a href="/ferry">{html.escape(READ_MORE_HEADLINE)}</a></p>'


def related_link_paragraph() -> str:
    """The same, with the label in capitals and outside any element, as wire stories set it."""
    return f'<p>RELATED: <a href="/ring-road">{html.escape(RELATED[0])}</a></p>'


def video_player() -> str:
    """A video player in the article, with its title after a "Watch:" label."""
    return (f'<div class="video-player"><video src="/v.mp4"></video>'
            f'<p class="video-title">Watch: {html.escape(VIDEO_TITLE)}</p></div>')
