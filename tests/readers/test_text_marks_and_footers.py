"""The text reader on the layouts of held-out text batch 28, by mechanism (issue 14): link numbers
and list markers a text browser adds, reply counts as thread marks, footer rows found by
repetition (with reply notes naming the parent in another grammatical case), one-line "Name：text"
comments, and a site's menu in the head. Pages are built by hand, with names and widget words
that none of the reader's word lists holds where the mechanism should not need them."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_footer_rows import same_stem
from slant.readers._text_markers import references_start, without_markers
from slant.readers._text_reply_counts import ReplyCount, corroborated, reply_count

HEAD = "Council Approves Budget After Long Debate\n\n"
BODY = (
    "The city council approved the new budget on Monday after a long debate about school funding.\n\n"
    "Opposition members said the plan cut too deeply into services, and promised to fight it in court.\n\n"
)


# -- link numbers, list markers and the references list of a text browser's dump


def test_markers_before_a_line_are_dropped_only_where_the_page_numbers_its_links() -> None:
    assert without_markers("+ [19]Gareth Lloyd says:", numbered_links=True) == "Gareth Lloyd says:"
    assert without_markers("* [3]News", numbered_links=True) == "News"
    assert without_markers("o [4]Sport", numbered_links=True) == "Sport"
    assert without_markers("o sea, no", numbered_links=False) == "o sea, no"
    assert without_markers("as the study [3] shows", numbered_links=False) == "as the study [3] shows"
    assert without_markers("+ Ana says:", numbered_links=False) == "Ana says:"


def test_the_references_list_at_the_end_starts_at_its_heading() -> None:
    lines = ["Post Comment", "", "References", "", "   1. https://a.example/", "   2. mailto:x@a.example", ""]
    assert references_start(lines) == 2
    assert references_start(["Text", "", "1. https://a.example/"]) == 3  # one entry is no list


@pytest.mark.issue(14)
def test_a_lynx_dump_reads_its_says_headers_and_nesting_and_drops_the_references() -> None:
    page = (
        "   [1]Skip to content\n\n   [2]The Valley Paper\n\n"
        "   Council Approves Budget After Long Debate\n\n"
        "   The city council approved the new budget on Monday after a long debate about\n"
        "   school funding, and the vote was closer than expected.\n\n"
        "   Opposition members said the plan cut too deeply into services, and promised\n"
        "   to fight it in court.\n\n"
        '     3 thoughts on "Council Approves Budget After Long Debate"\n\n'
        "    1. Aiste Vaitkute says:\n       [3]March 5, 2024 at 9:14 pm\n\n"
        "       The school money was the whole point of the budget.\n\n       [4]Reply\n"
        "          + [5]Linas Petras says:\n            [6]March 5, 2024 at 10:02 pm\n\n"
        "            It was not, the roads were.\n\n            [7]Reply\n"
        "    2. [8]Rasa Jonaite says:\n       [9]March 6, 2024 at 7:48 am\n\n"
        "       We will see in the spring.\n\n       [10]Reply\n\n"
        "References\n\n   1. https://paper.example/\n   2. https://paper.example/#content\n"
        "   3. https://paper.example/budget/#comment-1\n"
    )
    doc = read(page)
    assert summary(doc) == [
        ("Aiste Vaitkute", "The school money was the whole point of the budget.", None),
        ("Linas Petras", "It was not, the roads were.", 0),
        ("Rasa Jonaite", "We will see in the spring.", None),
    ]
    assert doc.comments[0].published == "2024-03-05T21:14:00"
    assert "References" in doc.meta["chrome"]


# -- reply counts


def test_a_reply_count_line_is_read_with_its_names() -> None:
    assert reply_count("2 replies") == ReplyCount(2, ())
    assert reply_count("1 reply by Rosalind Achebe") == ReplyCount(1, ("rosalind achebe",))
    assert reply_count("View 1 reply") is None  # a button that unfolds hidden replies
    assert reply_count("0 replies") is None
    assert reply_count("2 replies to the budget were filed") is None


def test_a_count_is_corroborated_by_its_names_a_conversation_or_a_closing_line() -> None:
    two = ReplyCount(2, ())
    assert corroborated(ReplyCount(1, ("ann",)), "Bo", [("Ann", [])], [])
    assert not corroborated(ReplyCount(1, ("ann",)), "Bo", [("Cy", [])], [])
    assert corroborated(two, "Bo", [("Cy", ["Like"]), ("Bo", ["Like"])], ["Like"])
    assert corroborated(two, "Bo", [("Cy", ["👍 3"]), ("Di", ["Write a reply"])], ["👍 4"])
    assert not corroborated(two, "Bo", [("Cy", ["Like"]), ("Di", ["Like (2)"])], ["Like"])
    assert not corroborated(two, "Bo", [("Cy", [])], [])  # fewer comments follow than counted


@pytest.mark.issue(14)
def test_reply_counts_make_the_next_comments_replies_when_the_page_corroborates_them() -> None:
    thread = (
        "Aiste V\nNov 14\n\nThe school money was the whole point.\n\nLike\nReply\n1 reply by Linas P\n\n"
        "Linas P\nNov 14\n\nIt was not, the roads were.\n\nLike\nReply\n\n"
        "Rasa J\nNov 15\n\nCourts will not stop it now.\n\nLike\nReply\n2 replies\n\n"
        "Jonas K\nNov 15\n\nWhich court would even hear it?\n\nLike\nReply\n\n"
        "Rasa J\nNov 15\n\nThe regional one, in spring.\n\nLike\nReply\n\n"
        "Ieva M\nNov 16\n\nWe will see when the schools reopen.\n\nLike\nReply\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [parent for _, _, parent in summary(doc)] == [None, 0, None, 2, 2, None]
    assert "1 reply by Linas P" not in [comment.text for comment in doc.comments]


@pytest.mark.issue(14)
def test_a_count_over_folded_replies_makes_no_parents() -> None:
    thread = (
        "Aiste V\nNov 14\n\nThe school money was the whole point.\n\nLike\nReply\n14 replies\n\n"
        "Rasa J\nNov 15\n\nCourts will not stop it now.\n\nLike\nReply\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [parent for _, _, parent in summary(doc)] == [None, None]


# -- footer rows and reply notes


def test_a_name_in_another_case_shares_the_stem_of_the_name_shown() -> None:
    assert same_stem("Андрею", "Андрей")
    assert same_stem("Олегу", "Олег")
    assert same_stem("Jonui", "Jonas")
    assert not same_stem("Anna", "Andrei")
    assert not same_stem("Ol", "Olga")


@pytest.mark.issue(14)
def test_a_footer_row_repeated_under_the_texts_ends_each_comment_and_a_reply_note_names_its_parent() -> None:
    thread = (
        "Jonas Petraitis\nThe school money was the whole point of the budget.\n3 March 2024, 10:05 | Atsakyti\n12\n\n"
        "Rasa Jonaite\nJonas, the roads were the point.\n\nAnd the bridges.\n"
        "3 March 2024, 10:40 atsakė Jonui | Atsakyti\n3\n\n"
        "Ieva Kairyte\nWe will see in the spring.\n4 March 2024, 9:08 | Atsakyti\n\n"
        "Rodyti daugiau\n\nValdiklis komentarų\n"
    )
    doc = read(HEAD + BODY + "Komentarai\n\n" + thread)
    assert summary(doc) == [
        ("Jonas Petraitis", "The school money was the whole point of the budget.", None),
        ("Rasa Jonaite", "Jonas, the roads were the point.\n\nAnd the bridges.", 0),
        ("Ieva Kairyte", "We will see in the spring.", None),
    ]
    assert [comment.published for comment in doc.comments] == [
        "2024-03-03T10:05:00",
        "2024-03-03T10:40:00",
        "2024-03-04T09:08:00",
    ]


def test_a_reply_note_in_the_footer_finds_a_parent_the_text_does_not_address() -> None:
    thread = (
        "Jonas Petraitis\nThe school money was the whole point of the budget.\n3 March 2024, 10:05 | Atsakyti\n\n"
        "Rasa Jonaite\nThe roads were the point.\n3 March 2024, 10:40 atsakė Jonui | Atsakyti\n\n"
    )
    doc = read(HEAD + BODY + "Komentarai\n\n" + thread)
    assert [parent for _, _, parent in summary(doc)] == [None, 0]


# -- one-line "Name：text" comments


@pytest.mark.issue(14)
def test_one_line_name_colon_text_comments_are_found_by_their_repetition() -> None:
    thread = (
        "相关阅读\n地铁3号线二期工程年底前完成全部铺轨\n\n网友评论\n已有3条评论\n\n"
        "小白菜：终于通了！等了整整四年。\n11月20日 10:12 来自 北京　回复　赞(236)\n\n"
        "通勤族2024：回复@小白菜:同感，不过出站得绕一大圈。\n11月20日 10:41 来自 北京　回复　赞(58)\n\n"
        "江南听雨：高峰6分钟一班还是太长了。\n11月20日 11:03 来自 浙江　回复　赞(121)\n\n"
        "查看更多评论 >>\n\n我来说两句\n请先登录后再发表评论\n"
    )
    page = (
        "市区地铁东延段今日开通\n\n"
        + "今天上午9时，地铁5号线东延段正式开通试运营，全长12.6公里，共设8座车站。\n\n"
        + thread
    )
    doc = read(page)
    assert summary(doc) == [
        ("小白菜", "终于通了！等了整整四年。", None),
        ("通勤族2024", "回复@小白菜:同感，不过出站得绕一大圈。", 0),
        ("江南听雨", "高峰6分钟一班还是太长了。", None),
    ]


def test_a_comment_opening_with_a_label_and_a_colon_keeps_its_text() -> None:
    thread = (
        "Rasa\n3 March 2024, 10:05\n\nUpdate: the council met again today.\n\n"
        "Jonas\n3 March 2024, 11:05\n\nGood to know, thanks.\n\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Rasa", "Update: the council met again today."),
        ("Jonas", "Good to know, thanks."),
    ]


# -- the head and the thread's edges


def test_a_menu_word_that_heads_link_lists_elsewhere_is_a_menu_item_and_the_banner_is_no_title() -> None:
    page = (
        "Kernel Weekly\nHome\nArchive\nTags\nAbout\n\n"
        "Council Approves Budget After Long Debate\n\nJane Doe · 2024-11-28\n\n" + BODY
    )
    doc = read(page)
    assert doc.title is not None and doc.title.text == "Council Approves Budget After Long Debate"
    assert doc.article.published == "2024-11-28"


def test_a_tagline_over_the_menu_is_not_the_title() -> None:
    page = (
        "The Valley Paper\n\nLocal news for the upper valley since 1987 and before\n\n"
        "News\nSport\nOpinion\nContact\n\nCouncil Approves Budget\n\n" + BODY
    )
    doc = read(page)
    assert doc.title is not None and doc.title.text == "Council Approves Budget"


def test_an_edited_flag_keeps_the_time_and_a_form_after_the_last_comment_is_no_text() -> None:
    thread = (
        "rasa-j\nNov 28, 2024\n\nThe school money was the whole point.\n\n👍 4\n\n"
        "jonas-k\nNov 29, 2024 · edited\n\nIt was not, the roads were.\n\n"
        "Write\nPreview\nSign in with GitHub\nStyling with Markdown is supported\n"
    )
    doc = read(HEAD + BODY + "2 comments\n\n" + thread)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("rasa-j", "The school money was the whole point."),
        ("jonas-k", "It was not, the roads were."),
    ]


def test_a_subtitle_in_the_headlines_block_over_the_byline_is_no_article_text() -> None:
    page = (
        "Council Approves Budget After Long Debate\nA late vote, and three members walked out\n"
        "Jane Doe\nNov 14, 2024\n\n" + BODY
    )
    doc = read(page)
    assert doc.title is not None and doc.title.text == "Council Approves Budget After Long Debate"
    assert doc.article.text.startswith("The city council approved")


def test_a_standfirst_after_a_blank_line_stays_the_articles_lead() -> None:
    page = (
        "Council Approves Budget After Long Debate\n\nA late vote, and three members walked out\n\n"
        "Jane Doe\nNov 14, 2024\n\n" + BODY
    )
    assert read(page).article.text.startswith("A late vote, and three members walked out")


def test_labelled_fields_after_a_date_and_credits_after_the_text_are_no_article_text() -> None:
    page = (
        "市区地铁东延段今日开通\n\n2024年11月20日 09:30\u3000来源：东方快讯\u3000作者：陈晓雯\n\n字号：大 中 小\n\n"
        "今天上午9时，地铁5号线东延段正式开通试运营，全长12.6公里，共设8座车站。\n\n"
        "（责任编辑：王芳）\n\n分享到：微信\u3000微博\u3000复制链接\n"
    )
    doc = read(page)
    assert doc.article.text == "今天上午9时，地铁5号线东延段正式开通试运营，全长12.6公里，共设8座车站。"
    assert doc.article.published == "2024-11-20"


def test_a_sign_up_form_after_the_last_paragraph_takes_its_pitch_with_it() -> None:
    page = (
        HEAD
        + BODY
        + "The Valley Paper is reader-supported. To get new posts, consider becoming a subscriber.\n\n"
        + "Type your email...\nSubscribe\n\nComments\n\nRasa\n3 March 2024, 10:05\n\nGood.\n"
    )
    doc = read(page)
    assert doc.article.text.endswith("promised to fight it in court.")
    assert [c.author for c in doc.comments] == ["Rasa"]


def test_a_row_of_share_buttons_under_the_headline_is_no_menu() -> None:
    page = "Council Approves Budget After Long Debate\n\nShare\nTweet\nEmail\n\nA late vote\n\n" + BODY
    # (a menu there would make "A late vote", the only headline-like line below it, the title)
    doc = read(page)
    assert doc.title is not None and doc.title.text == "Council Approves Budget After Long Debate"
