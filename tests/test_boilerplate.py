"""Step 2a: paragraphs and the lines that are not article text."""

from __future__ import annotations

import pytest

from attribution.read.boilerplate import classify_line, split_paragraphs


@pytest.mark.parametrize("line", [
    "A pedestrian walks past banners in Tehran, Iran, Saturday, Jan. 4, 2020. (AP Photo/Vahid Salemi)",
    "© AP Photo / Nasser NasserIraqi army soldiers are deployed in front of the U.S. embassy, in Baghdad",
    "Content retrieved from: https://www.example.com/news/1606944006-us-to-withdraw.",
    "US EMBASSY IN IRAQ / AFPSmoke billows from a sentry box at an entrance of the US embassy.",
])
def test_photo_credits_and_source_lines_are_boilerplate(line):
    assert classify_line(line) not in ("body", "headline")


@pytest.mark.parametrize("line", ["Leave A Reply", "Support SouthFront", "Share on Twitter", "Subscribe",
                                  "Click to see full-size image", "Play Video", "Related articles", "0"])
def test_navigation_and_widgets_are_boilerplate(line):
    assert classify_line(line) == "navigation"


def test_author_bio_in_italian_is_boilerplate():
    bio = ("Marco Emanuele è appassionato di cultura della complessità, cultura della tecnologia e "
           "relazioni internazionali. Marco Emanuele is passionate about complexity culture.")
    assert classify_line(bio) not in ("body", "headline")


def test_russian_navigation_text_is_boilerplate():
    assert classify_line("Заголовок открываемого материала") == "foreign"


def test_newsletter_box_with_a_quote_is_boilerplate():
    line = "Sign up for our newsletter: “The smartest local news, every morning,” says our editor."
    assert classify_line(line) not in ("body", "headline")


def test_news_sentence_is_body():
    line = "“They will not give up,” the source said."
    assert classify_line(line) == "body"


def test_truncated_scraped_paragraph_without_final_stop_is_body():
    line = ("Iran has increased its influence through its militias during Iraq’s struggle against the "
            "so-called Islamic state in the north of the count")
    assert classify_line(line) == "body"


def test_title_case_line_is_headline_and_its_second_copy_is_repeated():
    text = ("U.S. Reportedly Withdraws Diplomatic Staff From Iraq, As One Year Of Soleimani’s Killing Draws Near\n\n"
            "Body text here, said someone.\n\n"
            "U.S. Reportedly Withdraws Diplomatic Staff From Iraq, As One Year Of Soleimani's Killing Draws Near\n")
    kinds = [p.kind for p in split_paragraphs(text)]
    assert kinds == ["headline", "body", "repeated"]


def test_paragraph_offsets_exclude_surrounding_space():
    text = "  First paragraph.  \n\nSecond one.\n"
    paras = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paras] == ["First paragraph.", "Second one."]


@pytest.mark.parametrize("header", ["Related coverage", "Mehr zum Thema", "Articoli correlati",
                                    "Gerelateerde artikelen", "Czytaj także", "Читайте также"])
def test_related_list_in_any_language_is_boilerplate(header):
    text = ("The ministry said the talks would resume on Monday.\n\n" + header + "\n"
            "Navy chief allegedly warned of delays in 2022\n"
            "Shipbuilder: 'We are not to blame'\n\n"
            "Officials said the contract would be reviewed.\n")
    kinds = [p.kind for p in split_paragraphs(text)]
    assert kinds == ["body", "navigation", "related", "related", "body"]


def test_quote_paragraph_ending_in_closing_mark_ends_a_related_list():
    text = ("Read more\n"
            "Minister reportedly offered to resign\n"
            "The minister told reporters on Friday: “We are not going anywhere.”\n")
    kinds = [p.kind for p in split_paragraphs(text)]
    assert kinds == ["navigation", "related", "body"]


def test_quote_paragraph_after_read_more_heading_is_article_text():
    text = ("Read more\n"
            "Council approves the new budget after a long night of talks\n"
            "“We have balanced the books for the first time in a decade.”\n"
            "The treasurer said it was “a good day for the city.”\n")
    kinds = [p.kind for p in split_paragraphs(text)]
    assert kinds == ["navigation", "related", "body", "body"]


@pytest.mark.parametrize("line", ["Inicio · Política · Mundo · Economía · Opinión", "Home | World | Politics | Business",
                                  "Contato | Política de privacidade | Termos de uso"])
def test_menu_of_short_items_between_separators_is_navigation(line):
    assert classify_line(line) == "navigation"


def test_sentence_with_a_slash_is_body():
    assert classify_line("The vote was 12 to 3 / with two abstentions.") == "body"


@pytest.mark.parametrize("line", ['"Follow Pam Key on Twitter @pamkeyNEN."',
                                  "Editor’s note: The candidate has repeatedly promised to ban all Muslims."])
def test_follow_lines_and_editors_notes_are_boilerplate(line):
    assert classify_line(line) not in ("body", "headline")


def test_follow_as_a_word_in_a_sentence_is_body():
    assert classify_line("Follow the money, the senator said.") == "body"


def test_caption_of_a_picture_released_by_a_source_is_boilerplate():
    line = ("Emergency workers at the scene of the attack on the highway north of Isfahan, in a picture released "
            "by Iranian state media")
    assert classify_line(line) not in ("body", "headline")


def test_english_bio_covering_a_beat_for_an_outlet_is_boilerplate():
    assert classify_line("Jordan Ellis covers state politics and campaigns for the Sentinel.") == "bio"
    assert classify_line("Smith reports that the company will cut jobs for the first time.") == "body"


@pytest.mark.parametrize("line", ["WATCH: Mayor says the bridge is unsafe", "Read more: Ferry operator says it will add crossings",
                                  "RELATED: Council says ring road can take the traffic", "Video: Police say two men were held"])
def test_label_and_colon_before_another_story_is_boilerplate(line):
    assert classify_line(line) not in ("body", "headline")


def test_watch_as_a_verb_in_a_sentence_is_body():
    assert classify_line("Watch officials said the bridge would close, residents recalled.") == "body"


@pytest.mark.parametrize("line", [
    "Disclaimer: The views and investment tips expressed by investment experts on this site are their own.",
    "This graphic, provided by Statista, shows the states where the drug is legal.",
    "The chart below shows how sales have fallen since 2015.",
])
def test_disclaimers_and_graphic_captions_are_boilerplate(line):
    assert classify_line(line) not in ("body", "headline")


def test_a_sentence_about_a_video_is_article_text():
    assert classify_line("The video shows officers dragging the man from his car, his lawyer said.") in ("body", "headline")


def test_sentence_citing_a_reporter_for_an_outlet_is_not_a_bio():
    assert classify_line("Ana Ruiz reports for the Ledger.") == "bio"
    assert classify_line("As Ana Ruiz reports for the Ledger, the strike began on Monday.") == "body"


def test_labelled_notes_under_a_heading_in_capitals_are_text_with_no_speaker_label():
    text = ("The Hawks won 101-99 on Saturday.\n\nTIP-INS\n\nRangers: F Ana Diaz missed her third game.\n\n"
            "Hawks: Host the Rangers on Monday.\n\nThe Rangers fly home tonight.\n\nPENCE: Well, look.")
    kinds = [p.kind for p in split_paragraphs(text)]
    assert kinds == ["body", "fragment", "note", "note", "body", "body"]
    assert all(p.is_text for p in split_paragraphs(text) if p.kind == "note")


def test_transcript_label_in_capitals_under_a_heading_is_not_a_note():
    text = "TRANSCRIPT\n\nPENCE: Well, look, the numbers speak for themselves."
    assert [p.kind for p in split_paragraphs(text)] == ["fragment", "body"]
