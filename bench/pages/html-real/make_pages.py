"""Write the pages of bench/pages/html-real and their expectations from page_texts.py.

Each page puts text written for slant (page_texts.py) into the comment markup of one real comment
system or theme (the renderers below copy class names and element nesting only). The expectations
are written from the same authored text -- what a person sees on the page -- never from a reader.

The pages are committed; run this only to rebuild a page before its batch is first scored
(``.venv/bin/python bench/pages/html-real/make_pages.py [BATCH ...]``, e.g. ``heldout-6``; with no
batch named it rewrites every page). A held-out batch, once scored, is not rebuilt.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_dev  # noqa: E402, F401
import texts_heldout1  # noqa: E402, F401
import texts_heldout2  # noqa: E402, F401
import texts_heldout3  # noqa: E402, F401
import texts_heldout4  # noqa: E402, F401
import texts_heldout5  # noqa: E402, F401
import texts_heldout6  # noqa: E402, F401
import texts_heldout7  # noqa: E402, F401
import texts_heldout8  # noqa: E402, F401
import texts_heldout9  # noqa: E402, F401
import texts_heldout10  # noqa: E402, F401
import texts_heldout11  # noqa: E402, F401
import texts_heldout12  # noqa: E402, F401
import texts_heldout13  # noqa: E402, F401
import texts_heldout14  # noqa: E402, F401
import texts_heldout15  # noqa: E402, F401
import texts_heldout16  # noqa: E402, F401
import texts_heldout17  # noqa: E402, F401
import texts_heldout18  # noqa: E402, F401
import texts_heldout19  # noqa: E402, F401
import texts_heldout20  # noqa: E402, F401
import texts_heldout21  # noqa: E402, F401
import texts_heldout22  # noqa: E402, F401
import texts_heldout23  # noqa: E402, F401
import texts_heldout24  # noqa: E402, F401
import texts_heldout25  # noqa: E402, F401
import texts_heldout26  # noqa: E402, F401
from page_texts import PAGES, C, Page  # noqa: E402

LABELS = {
    "en": {
        "nav": ["Home", "News", "Opinion", "Local", "Contact"],
        "related": "You may also like",
        "recent": "Recent Comments",
        "on": "on",
        "name": "Name (required)",
        "email": "Email (will not be published)",
        "submit": "Post Comment",
        "leave": "Leave a Reply",
        "footer": "All rights reserved",
        "reply": "Reply",
    },
    "de": {
        "nav": ["Startseite", "Politik", "Wirtschaft", "Region", "Kontakt"],
        "related": "Das könnte Sie auch interessieren",
        "recent": "Neueste Kommentare",
        "on": "bei",
        "name": "Name (erforderlich)",
        "email": "E-Mail (wird nicht veröffentlicht)",
        "submit": "Kommentar abschicken",
        "leave": "Schreibe einen Kommentar",
        "footer": "Alle Rechte vorbehalten",
        "reply": "Antworten",
    },
    "ru": {
        "nav": ["Главная", "Новости", "Статьи", "Форум", "Контакты"],
        "related": "Читайте также",
        "recent": "Свежие комментарии",
        "on": "к записи",
        "name": "Имя (обязательно)",
        "email": "E-mail (не публикуется)",
        "submit": "Отправить комментарий",
        "leave": "Добавить комментарий",
        "footer": "Все права защищены",
        "reply": "Ответить",
    },
    "es": {
        "nav": ["Portada", "Nacional", "Economía", "Cultura", "Contacto"],
        "related": "Te puede interesar",
        "recent": "Comentarios recientes",
        "on": "en",
        "name": "Nombre (obligatorio)",
        "email": "Correo electrónico (no se publicará)",
        "submit": "Publicar comentario",
        "leave": "Deja una respuesta",
        "footer": "Todos los derechos reservados",
        "reply": "Responder",
    },
    "fr": {
        "nav": ["Accueil", "Société", "Économie", "Culture", "Contact"],
        "related": "À lire aussi",
        "recent": "Commentaires récents",
        "on": "sur",
        "name": "Nom (obligatoire)",
        "email": "Courriel (ne sera pas publié)",
        "submit": "Laisser un commentaire",
        "leave": "Laisser un commentaire",
        "footer": "Tous droits réservés",
        "reply": "Répondre",
    },
    "zh": {
        "nav": ["首页", "新闻", "技术", "生活", "关于"],
        "related": "相关文章",
        "recent": "最近评论",
        "on": "发表在",
        "name": "昵称（必填）",
        "email": "邮箱（不会公开）",
        "submit": "提交评论",
        "leave": "发表评论",
        "footer": "版权所有",
        "reply": "回复",
    },
}


def e(text: str) -> str:
    return escape(text, quote=True)


def paras(text: str, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{e(part)}</{tag}>" for part in text.split("\n\n"))


def brs(text: str) -> str:
    return "<br />\n".join(e(part) for part in text.split("\n\n"))


def nav(p: Page, cls: str = "main-navigation") -> str:
    items = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(LABELS[p.lang]["nav"]))
    return f'<nav class="{cls}" aria-label="Menu"><ul class="menu">{items}</ul></nav>'


def related(p: Page) -> str:
    items = "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, t in enumerate(p.related))
    return f'<section class="related-posts"><h3>{e(LABELS[p.lang]["related"])}</h3><ul>{items}</ul></section>'


def recent_widget(p: Page) -> str:
    lab = LABELS[p.lang]
    items = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{e(who)}</span> {e(lab["on"])} <a href="/old/{i}#comment-{90 + i}">{e(post)}</a></li>'
        for i, (who, post) in enumerate(p.recent)
    )
    return f'<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">{e(lab["recent"])}</h2><ul id="recentcomments">{items}</ul></section>'


def wp_form(p: Page) -> str:
    lab = LABELS[p.lang]
    return f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{e(lab["leave"])}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><label for="comment">Kommentar / Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">{e(lab["name"])}</label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">{e(lab["email"])}</label><input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{e(lab["submit"])}"></p>
</form></div>"""


def footer(p: Page) -> str:
    return f'<footer class="site-footer"><p>© 2026 {e(p.site)}. {e(LABELS[p.lang]["footer"])}.</p></footer>'


def shell(p: Page, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} | {e(p.site)}</title>
{head}
</head>
<body>
{body}
</body>
</html>
"""


def article_html(
    p: Page, wrap: str = "article", cls: str = "post hentry", body_cls: str = "entry-content"
) -> str:
    return f"""<{wrap} class="{cls}">
<header class="entry-header"><h1 class="entry-title">{e(p.title)}</h1>
<div class="entry-meta"><span class="byline">{e(p.byline)}</span> <time class="entry-date published" datetime="{p.date}T08:00:00+00:00">{e(p.date_shown)}</time></div></header>
<div class="{body_cls}">
{paras(p.article)}
</div>
</{wrap}>"""


def first_post(p: Page) -> C:
    """A forum thread's first post: the article."""
    return C(p.byline, p.when, p.date_shown, p.article)


def children_of(p: Page) -> dict[int | None, list[int]]:
    kids: dict[int | None, list[int]] = {}
    for i, c in enumerate(p.comments):
        kids.setdefault(c.parent, []).append(i)
    return kids


def depth(p: Page, i: int) -> int:
    d = 0
    while p.comments[i].parent is not None:
        i = p.comments[i].parent  # type: ignore[assignment]
        d += 1
    return d


def tree(
    p: Page, item: Callable[[int, str], str], wrap: Callable[[str], str], parent: int | None = None
) -> str:
    """Nested markup: item(i, replies_html) for each comment, wrap(items) round each reply list."""
    kids = children_of(p)
    out = []
    for i in kids.get(parent, []):
        sub = tree(p, item, wrap, i) if kids.get(i) else ""
        out.append(item(i, wrap(sub) if sub else ""))
    return "\n".join(out)


def dfs_order(p: Page) -> list[int]:
    kids = children_of(p)
    order: list[int] = []

    def walk(parent: int | None) -> None:
        for i in kids.get(parent, []):
            order.append(i)
            walk(i)

    walk(None)
    return order


def page_body(
    p: Page, comments: str, *, sidebar: str = "", after_article: str = "", header_cls: str = "site-header"
) -> str:
    return f"""<header class="{header_cls}"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<div class="site-content">
<main id="main" class="site-main">
{article_html(p)}
{after_article}
{related(p)}
{comments}
</main>
<aside id="secondary" class="widget-area">{sidebar}</aside>
</div>
{footer(p)}"""


# ---------------------------------------------------------------- the systems


def r_wp2021(p: Page) -> str:
    """WordPress core Walker_Comment::html5_comment (Twenty Twenty-One)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cls = f"comment even thread-even depth-{depth(p, i) + 1}" + (" parent" if sub else "")
        return f"""<li id="comment-{100 + i}" class="{cls}">
<article id="div-comment-{100 + i}" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="/avatar/{i}.png" class="avatar avatar-60 photo" height="60" width="60" loading="lazy"><b class="fn">{e(c.author)}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-{100 + i}"><time datetime="{c.when}+00:00">{e(c.shown)}</time></a></div>
</footer>
<div class="comment-content">
{paras(c.text)}
</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={100 + i}#respond" aria-label="Reply to {e(c.author)}">Reply</a></div>
</article>
{sub}</li>"""

    lst = tree(p, item, lambda s: f'<ol class="children">\n{s}\n</ol>\n')
    comments = f"""<div id="comments" class="comments-area default-max-width show-avatars">
<h2 class="comments-title">{len(p.comments)} comments on &ldquo;{e(p.title)}&rdquo;</h2>
<ol class="comment-list">
{lst}
</ol>
{wp_form(p)}
</div>"""
    return shell(p, page_body(p, comments, sidebar=recent_widget(p)))


def r_kubrick(p: Page) -> str:
    """WordPress classic default theme (Kubrick) comments.php: ol.commentlist, cite + 'sagt:'."""
    items = []
    for i, c in enumerate(p.comments):
        alt = ' class="alt"' if i % 2 == 0 else ""
        items.append(f"""<li{alt} id="comment-{40 + i}">
<cite>{e(c.author)}</cite> sagt:<br />
<small class="commentmetadata"><a href="#comment-{40 + i}" title="">{e(c.shown)}</a> </small>
{paras(c.text)}
</li>""")
    comments = f"""<h3 id="comments">{len(p.comments)} Antworten zu &#8220;{e(p.title)}&#8221;</h3>
<ol class="commentlist">
{chr(10).join(items)}
</ol>
<h3 id="respond">{e(LABELS[p.lang]["leave"])}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p><input type="text" name="author" id="author" value="" size="22" tabindex="1" /><label for="author"><small>Name (erforderlich)</small></label></p>
<p><input type="text" name="email" id="email" value="" size="22" tabindex="2" /><label for="email"><small>E-Mail (wird nicht veröffentlicht) (erforderlich)</small></label></p>
<p><input type="text" name="url" id="url" value="" size="22" tabindex="3" /><label for="url"><small>Website</small></label></p>
<p><textarea name="comment" id="comment" cols="100%" rows="10" tabindex="4"></textarea></p>
<p><input name="submit" type="submit" id="submit" tabindex="5" value="Kommentar abschicken" /></p>
</form>"""
    body = f"""<div id="page"><div id="header" role="banner"><div id="headerimg"><h1><a href="/">{e(p.site)}</a></h1><div class="description">Notizen aus dem Vorort</div></div></div>
<div id="content" class="narrowcolumn" role="main">
<div class="post" id="post-12">
<h2>{e(p.title)}</h2>
<small>{e(p.date_shown)} <!-- by {e(p.byline)} --></small>
<div class="entry">
{paras(p.article)}
</div>
<p class="postmetadata alt"><small>Dieser Eintrag wurde veröffentlicht am {e(p.date_shown)} und ist abgelegt unter <a href="/kategorie/verkehr">Verkehr</a>.</small></p>
</div>
{related(p)}
{comments}
</div>
<div id="sidebar" role="complementary"><ul>{nav(p, "pages")}<li>{recent_widget(p)}</li></ul></div>
<div id="footer" role="contentinfo"><p>{e(p.site)} läuft mit WordPress</p></div></div>"""
    return shell(p, body)


def r_wpcom(p: Page) -> str:
    """WordPress.com: html5 comments with the Likes button after every comment."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        likes = c.extra or "Like"
        return f"""<li class="comment byuser even depth-{depth(p, i) + 1}" id="li-comment-{200 + i}">
<article id="comment-{200 + i}" class="comment">
<footer class="comment-meta"><div class="comment-author vcard"><img referrerpolicy="no-referrer" alt="" src="/gravatar/{i}" class="avatar avatar-48" height="48" width="48"><cite class="fn"><a href="https://example.invalid/{i}" class="url" rel="ugc external nofollow">{e(c.author)}</a></cite></div>
<div class="comment-meta commentmetadata"><a href="#comment-{200 + i}"><time datetime="{c.when}+00:00">{e(c.shown)}</time></a></div></footer>
<div class="comment-content">
{paras(c.text)}
<p id="comment-like-{200 + i}" data-liked="comment-not-liked" class="comment-likes comment-not-liked"><a href="?like_comment={200 + i}" class="comment-like-link needs-login" rel="nofollow" data-blog="1"><span>Like</span></a><span id="comment-like-count-{200 + i}" class="comment-like-feedback">{e(likes)}</span></p>
</div>
<div class="reply"><a class="comment-reply-link" href="?replytocom={200 + i}#respond">Reply</a></div>
</article>
{sub}</li>"""

    lst = tree(p, item, lambda s: f'<ul class="children">\n{s}\n</ul>\n')
    comments = f"""<div id="comments" class="comments-area">
<h2 class="comments-title">{len(p.comments)} thoughts on &ldquo;{e(p.title)}&rdquo;</h2>
<ol class="comment-list">
{lst}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form id="commentform" class="comment-form"><p class="comment-subscription-form"><label>Notify me of new comments via email.</label></p></form></div>
</div>"""
    share = '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter">Twitter</a></li><li><a class="share-facebook">Facebook</a></li></ul></div><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span class="sd-text-color"></span>Like Loading...</div>'
    return shell(p, page_body(p, comments, after_article=share, sidebar=recent_widget(p)))


def r_wp_list_id(p: Page) -> str:
    """A WordPress theme's own wp_list_comments callback: ol#comments-list, 'X dijo:'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<li id="li-comment-{300 + i}" class="comentario">
<div id="comment-{300 + i}" class="caja-comentario">
<img alt="" src="/avatar/{i}" class="avatar" width="40" height="40">
<div class="cabecera"><strong>{e(c.author)}</strong> dijo:</div>
<div class="fecha"><a href="#comment-{300 + i}">{e(c.shown)}</a></div>
<div class="texto">
{paras(c.text)}
</div>
<div class="responder"><a class="comment-reply-link" href="?replytocom={300 + i}#respond">Responder</a></div>
</div>
{sub}</li>"""

    lst = tree(p, item, lambda s: f'<ul class="children">\n{s}\n</ul>\n')
    comments = f"""<section id="comentarios">
<h3 class="titulo-comentarios">{len(p.comments)} respuestas a &laquo;{e(p.title)}&raquo;</h3>
<ol id="comments-list">
{lst}
</ol>
{wp_form(p)}
</section>"""
    return shell(p, page_body(p, comments, sidebar=recent_widget(p)))


def r_drupal7(p: Page) -> str:
    """Drupal 7 Bartik comment-wrapper.tpl.php / comment.tpl.php: replies in div.indented after the parent."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<a id="comment-{500 + i}"></a>
<div class="comment comment-by-anonymous clearfix">
<div class="attribution">
<div class="comment-submitted">
<p class="commenter-name"><span class="username">{e(c.author)}</span></p>
<p class="comment-time">{e(c.shown)}</p>
<p class="comment-permalink"><a href="/comment/{500 + i}#comment-{500 + i}" class="permalink" rel="bookmark">Permalink</a></p>
</div>
</div>
<div class="comment-text">
<div class="comment-arrow"></div>
<h3><a href="/comment/{500 + i}#comment-{500 + i}" class="permalink" rel="bookmark">{e(c.extra)}</a></h3>
<div class="content">
<div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">{paras(c.text)}</div></div></div>
</div>
</div>
<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/7/{500 + i}">reply</a></li></ul>
</div>
{sub}"""

    lst = tree(p, item, lambda s: f'<div class="indented">\n{s}\n</div>\n')
    comments = f"""<div id="comments" class="comment-wrapper">
<h2 class="title">Comments</h2>
{lst}
<h2 class="title comment-form">Add new comment</h2>
<form class="comment-form" action="/comment/reply/7" method="post" id="comment-form"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Your name </label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div><div class="form-item"><label>Subject </label><input type="text" name="subject" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Save" class="form-submit" /></div></div></form>
</div>"""
    body = f"""<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo">{e(p.site)}</a>{nav(p, "navigation")}</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<h1 class="title" id="page-title">{e(p.title)}</h1>
<div id="node-7" class="node node-article node-promoted clearfix">
<div class="meta submitted">Submitted by <span class="username">{e(p.byline)}</span> on {e(p.date_shown)}</div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{paras(p.article)}
</div></div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/7#comment-form">Add new comment</a></li></ul></div>
{related(p)}
{comments}
</div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div id="block-comment-recent" class="block block-comment"><h2>Recent comments</h2><div class="content"><div class="item-list"><ul>{"".join(f"<li><a href='/comment/{i}'>{e(post)}</a> <span>{e(who)}</span></li>" for i, (who, post) in enumerate(p.recent))}</ul></div></div></div></div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">Powered by Drupal</div></div></div></div></div>"""
    return shell(p, body)


def r_blogger_threaded(p: Page) -> str:
    """Blogger threaded comments (layouts widget Blog1, comment-thread / comment-replies)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        author_icon = (
            '<span class="icon user blog-author"></span>'
            if c.extra == "blog-author"
            else '<span class="icon user "></span>'
        )
        return f"""<li class="comment" id="c{7000 + i}">
<div class="avatar-image-container"><img src="/img/b16-rounded.gif" alt=""/></div>
<div class="comment-block">
<div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/{9000 + i}" rel="nofollow">{e(c.author)}</a></cite>{author_icon}<span class="datetime secondary-text"><a rel="nofollow" href="?showComment={c.when}#c{7000 + i}">{e(c.shown)}</a></span></div>
<p class="comment-content">{brs(c.text)}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{7000 + i}">Responder</a><span class="item-control blog-admin blog-admin pid-1"><a target="_self" href="/delete-comment.g?blogID=1">Eliminar</a></span></span>
</div>
<div class="comment-replies">{sub}</div>
<div class="comment-replybox-single" id="c{7000 + i}-ce"></div>
</li>"""

    lst = tree(
        p,
        item,
        lambda s: (
            f'<div class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">Respuestas</a></span></span><ol class="thread-chrome thread-expanded"><div>\n{s}\n</div><div class="continue"><a class="comment-reply" target="_self">Responder</a></div></ol></div>'
        ),
    )
    comments = f"""<div class="comments threaded" id="comments">
<a name="comments"></a>
<h4>{len(p.comments)} comentarios:</h4>
<div class="comments-content">
<div id="comment-holder">
<div class="comment-thread toplevel-thread"><ol id="top-ra">
{lst}
</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Añadir comentario</a></div>
<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="1"><a target="_self">Cargar más...</a></div></div>
</div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><p>Deja tu comentario, no muerdo.</p><iframe class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></p>
</div>"""
    body = f"""<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{e(p.site)}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Cuaderno de campo de una bióloga</span></p></div></div></div></div></header>
<div class="tabs-outer"><div class="PageList widget">{nav(p, "tabs")}</div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{e(p.date_shown)}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">{e(p.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-1" itemprop="description articleBody">
{brs(p.article)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Publicado por <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{e(p.byline)}</span></span></span> <span class="post-timestamp">en <a class="timestamp-link" href="/p.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{p.date}T10:00:00+01:00">10:00</abbr></a></span></div><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" title="Enviar por correo electrónico"><span class="share-button-link-text">Enviar por correo electrónico</span></a><a class="share-button sb-blog" title="Escribe un blog"><span class="share-button-link-text">Escribe un blog</span></a></div></div>
</div>
{comments}
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" title="Entrada más reciente">Entrada más reciente</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" title="Entrada antigua">Entrada antigua</a></span><a class="home-link">Inicio</a></div>
</div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>Entradas populares</h2><div class="widget-content popular-posts"><ul>{"".join(f"<li><div class='item-title'><a>{e(t)}</a></div></li>" for t in p.related)}</ul></div></div></div></div>
</div></div></div></div>"""
    return shell(p, body)


def r_disqus(p: Page) -> str:
    """Disqus embed as a browser saves it (#disqus_thread, #posts, ul#post-list, li.post, byline + '•' + time-ago)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<li class="post" id="post-{88000 + i}">
<div role="alert"></div>
<div class="post-content" data-role="post-content">
<div class="indicator"></div>
<div class="avatar hovercard"><a href="https://disqus.com/by/u{i}/" class="user"><img data-role="user-avatar" src="/noavatar92.png" alt="Avatar"></a></div>
<div class="post-body">
<header class="comment__header"><span class="post-byline"><span class="author publisher-anchor-color"><a href="https://disqus.com/by/u{i}/" data-action="profile">{e(c.author)}</a></span></span> <span class="post-meta"><span class="bullet time-ago-bullet" aria-hidden="true">•</span> <a href="#comment-{88000 + i}" data-role="relative-time" class="time-ago" title="{e(c.extra)}">{e(c.shown)}</a></span></header>
<div class="post-body-inner"><div class="post-message-container" data-role="message-container"><div class="publisher-anchor-color" data-role="message-content"><div class="post-message" data-role="message" dir="auto">
{paras(c.text)}
</div></div></div></div>
<footer class="comment__footer"><menu class="comment-footer__menu"><li class="voting" data-role="voting"><a href="#" class="vote-up count-{i + 2}" data-action="upvote" title="Vote up"><span class="updatable count" data-role="likes">{i + 2}</span> <span class="control"><i aria-hidden="true" class="icon icon-arrow-2"></i></span></a> <span role="button" class="vote-down count-0" data-action="downvote" title="Vote down"><span class="control"><i aria-hidden="true" class="icon icon-arrow"></i></span></span></li><li class="bullet" aria-hidden="true">•</li><li class="reply" data-role="reply-link"><a href="#" data-action="reply"><span class="text">Reply</span></a></li><li class="bullet" aria-hidden="true">•</li><li class="comment__share"><a class="toggle"><span class="text">Share ›</span></a></li></menu></footer>
</div>
</div>
<ul class="children" data-role="children">{sub}</ul>
</li>"""

    lst = tree(p, item, lambda s: s)
    comments = f"""<div id="disqus_thread"><div id="layout" data-tracking-area="layout">
<div id="main-nav"><nav class="nav nav-primary"><ul><li class="nav-tab nav-tab--primary tab-conversation active"><a class="publisher-nav-color"><span class="comment-count">{len(p.comments)} comments</span></a></li><li class="nav-tab nav-tab--primary dropdown user-menu"><a class="dropdown-toggle"><span class="dropdown-toggle-wrapper"><span>Login</span></span></a></li></ul></nav></div>
<section id="conversation" data-role="main" data-tracking-area="main">
<div class="nav nav-secondary"><ul><li class="recommend"><a class="dropdown-toggle"><span class="label">Recommend</span></a></li><li id="thread-share-menu"><a>Share</a></li><li class="nav-tab nav-tab--secondary sorting"><a>Sort by Best</a></li></ul></div>
<div id="posts"><div id="form" class="textarea-wrapper"><div class="textarea" role="textbox" aria-multiline="true"><span class="placeholder">Join the discussion…</span></div></div>
<ul id="post-list" class="post-list">
{lst}
</ul>
</div></section>
<div id="placement-bottom" data-tracking-area="footer"><p class="powered-by">Powered by Disqus</p></div>
</div></div>"""
    return shell(p, page_body(p, comments))


def r_discourse(p: Page) -> str:
    """Discourse topic, crawler view (what a fetch without JavaScript gets: div.topic-body.crawler-post)."""

    def post(i: int, c: C, n: int) -> str:
        likes = f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{i + 1}" /><span class=\'post-likes\'>{i + 1} Likes</span></div>'
        return f"""<div id="post_{n}" {"itemprop='comment' itemscope itemtype='http://schema.org/Comment'" if n > 1 else ""} class="topic-body crawler-post">
<div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{e(c.author)}"><span itemprop="name">{e(c.author)}</span></a></span>
<link itemprop="mainEntityOfPage" href="/t/topic/412">
<span class="crawler-post-infos"><time {"itemprop='datePublished'" if n > 1 else ""} datetime="{c.when}Z" class="post-time">{e(c.shown)}</time><meta itemprop="position" content="{n}"></span>
</div>
<div class="post" itemprop="{"text" if n > 1 else "articleBody"}">
{paras(c.text)}
</div>
{likes}
</div>"""

    posts = [post(0, first_post(p), 1)]
    posts += [post(i + 1, c, i + 2) for i, c in enumerate(p.comments)]
    body = f"""<header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/"><img src="/logo.png" alt="{e(p.site)}" id="site-logo"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/topic/412" itemprop="url">{e(p.title)}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/hardware/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Hardware</span></span></a><meta itemprop="position" content="1" /></span></div>
<div class="topic-tags"><a href="/tag/solar" class="discourse-tag">solar</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="{e(p.title)}"><link itemprop="url" href="/t/topic/412"><meta itemprop="datePublished" content="{p.date}T08:00:00Z"><meta itemprop="articleSection" content="Hardware"><meta itemprop="keywords" content="solar">
{chr(10).join(posts)}
</div>
<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" class="topic-body crawler-post"><span itemprop="name"><b><a rel="next" itemprop="url" href="/t/topic/412?page=2">next page →</a></b></span></div>
<h3>Related topics</h3><div class="suggested-topics-wrapper"><table class="topic-list"><tbody>{"".join(f"<tr><td><a href='/t/{i}'>{e(t)}</a></td><td>12</td></tr>" for i, t in enumerate(p.related))}</tbody></table></div>
</div>
<footer class="noscript-footer-nav"><a href="/">Home</a><a href="/categories">Categories</a><a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>"""
    return shell(p, body, '<meta property="og:type" content="website">')


def r_phpbb(p: Page) -> str:
    """phpBB 3.3 prosilver viewtopic_body.html: div.post > dl.postprofile + div.postbody (p.author, div.content, signature)."""

    def post(i: int, c: C, n: int) -> str:
        sig = f'<div id="sig{n}" class="signature">{e(c.extra)}</div>' if c.extra else ""
        return f"""<div id="p{3100 + n}" class="post has-profile bg{2 - n % 2}">
<div class="inner">
<dl class="postprofile" id="profile{3100 + n}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u={20 + n}" class="username">{e(c.author)}</a></dt>
<dd class="profile-rank">{"Moderator" if n == 1 else "Mitglied"}</dd>
<dd class="profile-posts"><strong>Beiträge:</strong> <a href="./search.php?author_id={20 + n}&amp;sr=posts">{137 * n}</a></dd>
<dd class="profile-joined"><strong>Registriert:</strong> Mo 4. Mär 2019, 10:12</dd>
<dd class="profile-contact"><strong>Kontaktdaten:</strong></dd>
</dl>
<div class="postbody">
<div id="post_content{3100 + n}">
<h3 {"class='first'" if n == 1 else ""}><a href="#p{3100 + n}">{"" if n == 1 else "Re: "}{e(p.title)}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={3100 + n}" title="Mit Zitat antworten" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Zitieren</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p={3100 + n}#p{3100 + n}" title="Beitrag"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Beitrag</span></a><span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u={20 + n}" class="username">{e(c.author)}</a></strong> &raquo; </span><time datetime="{c.when}+00:00">{e(c.shown)}</time></p>
<div class="content">{brs(c.text)}</div>
{sig}
</div>
</div>
<div class="back2top"><a href="#top" class="top" title="Nach oben"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Nach oben</span></a></div>
</div>
</div>
<hr class="divider" />"""

    posts = [post(0, first_post(p), 1)] + [post(i + 1, c, i + 2) for i, c in enumerate(p.comments)]
    body = f"""<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><h1>{e(p.site)}</h1><p>Das Forum rund ums Fahrrad</p></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/faq.php">FAQ</a></li><li><a href="/search.php">Suche</a></li><li><a href="/ucp.php?mode=login">Anmelden</a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Foren-Übersicht</a></span><span class="crumb"><a href="./viewforum.php?f=4">Technik &amp; Reparatur</a></span></li></ul></div></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=912">{e(p.title)}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=912" class="button" title="Antwort erstellen"><span>Antworten</span></a><div class="pagination">{len(p.comments) + 1} Beiträge &bull; Seite <strong>1</strong> von <strong>1</strong></div></div>
{chr(10).join(posts)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=912" class="button"><span>Antworten</span></a></div>
<div class="stat-block online-list"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited<br />Deutsche Übersetzung durch phpBB.de</div></div></div>"""
    return shell(p, body)


def r_habr(p: Page) -> str:
    """Habr article and comments (tm-article-body, section.tm-comment-thread, tm-comment-thread__children)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<section class="tm-comment-thread"><article class="tm-comment-thread__comment"><a name="comment_{2500 + i}" class="tm-comment-thread__target"></a>
<div class="tm-comment"><div class="tm-comment__header"><div class="tm-comment__header-inner"><div class="tm-user-info tm-comment__user-info"><div class="tm-user-info__userpic"><a href="/ru/users/{e(c.author)}/" class="tm-user-info__userpic"><div class="tm-entity-image"><svg class="tm-svg-img tm-image-placeholder"></svg></div></a></div><span class="tm-user-info__user"><a href="/ru/users/{e(c.author)}/" class="tm-user-info__username">{e(c.author)}</a><a href="/ru/articles/871204/comments/#comment_{2500 + i}" class="tm-comment-thread__comment-link"><time datetime="{c.when}.000Z" title="{c.when.replace("T", ", ")[:17]}">{e(c.shown)}</time></a></span></div></div></div>
<div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml">{paras(c.text)}</div></div>
<div class="tm-comment-footer"><div class="tm-comment-footer__votes"><div class="tm-votes-meter tm-comment-footer__votes-meter"><span class="tm-votes-meter__value tm-votes-meter__value_positive">+{i * 3 + 1}</span></div></div><div class="tm-comment-footer__buttons"><button type="button" class="tm-comment-footer__button">Ответить</button></div></div></div>
</article>{sub}</section>"""

    lst = tree(p, item, lambda s: f'<div class="tm-comment-thread__children">{s}</div>')
    body = f"""<div class="tm-layout__wrapper"><div class="tm-header"><div class="tm-page-width"><div class="tm-header__container"><a href="/ru/" class="tm-header__logo-wrap"><svg class="tm-svg-img tm-header__icon"></svg></a><span class="tm-header__beta-sign">{e(p.site)}</span></div></div></div>
{nav(p, "tm-main-menu")}
<main class="tm-layout__container"><div class="tm-page"><div class="tm-page-width"><div class="tm-page__wrapper"><div class="tm-page__main tm-page__main_has-sidebar"><div class="tm-article-presenter">
<article class="tm-article-presenter__content tm-article-presenter__content_narrow">
<div class="tm-article-presenter__header"><div class="tm-article-snippet"><div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta"><span class="tm-user-info tm-article-snippet__author"><a href="/ru/users/{e(p.byline)}/" class="tm-user-info__username">{e(p.byline)}</a><span class="tm-article-datetime-published"><time datetime="{p.when}.000Z" title="{p.date}, 11:00">{e(p.date_shown)}</time></span></span></div></div>
<h1 lang="ru" class="tm-title tm-title_h1"><span>{e(p.title)}</span></h1>
<div class="tm-article-snippet__stats"><span class="tm-article-reading-time__label">7 мин</span><span class="tm-icon-counter__value">3.4K</span></div></div></div>
<div class="tm-article-body"><div id="post-content-body"><div><div class="article-formatted-body article-formatted-body article-formatted-body_version-2"><div xmlns="http://www.w3.org/1999/xhtml">{paras(p.article)}</div></div></div></div></div>
<div class="tm-article-presenter__meta"><div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-article-presenter__meta-list-label">Теги:</span><ul class="tm-separated-list__list"><li><a href="/ru/search/?q=ssd">ssd</a></li><li><a>железо</a></li></ul></div></div>
</article>
<div class="tm-article-blocks"><section class="tm-block tm-block_spacing-bottom"><header class="tm-block__header"><h2 class="tm-block__title">{e(LABELS[p.lang]["related"])}</h2></header><div class="tm-block__body">{"".join(f"<article class='tm-article-snippet'><h3><a>{e(t)}</a></h3></article>" for t in p.related)}</div></section></div>
<div class="tm-comments-wrapper__wrapper"><div class="tm-comments"><h2 class="tm-comments-wrapper__title">Комментарии <span class="tm-comments-wrapper__comments-count">{len(p.comments)}</span></h2>
<div class="tm-comments__tree">{lst}</div>
<div class="tm-comment-form"><p>Только полноправные пользователи могут оставлять комментарии. <a href="/ru/auth">Войдите</a>, пожалуйста.</p></div></div></div>
</div></div>
<div class="tm-page__sidebar"><div class="tm-layout-sidebar"><section class="tm-block"><h2 class="tm-block__title">Самое читаемое</h2>{"".join(f"<div><a>{e(post)}</a></div>" for _, post in p.recent)}</section></div></div>
</div></div></div></main>
<div class="tm-footer"><div class="tm-page-width"><div class="tm-footer__copyright">© 2006–2026, {e(p.site)}</div></div></div></div>"""
    return shell(p, body)


def r_typecho(p: Page) -> str:
    """Typecho default theme comments.php / threadedComments: ol.comment-list of li.comment-body, div.comment-children."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        kind = "comment-child" if c.parent is not None else "comment-parent"
        by_author = " comment-by-author" if c.extra == "author" else ""
        return f"""<li id="li-comment-{60 + i}" class="comment-body {kind} comment-{"odd" if i % 2 else "even"}{by_author}">
<div id="comment-{60 + i}">
<div class="comment-author"><img class="avatar" src="/avatar/{i}.png" alt="{e(c.author)}" width="32" height="32" /><cite class="fn"><a href="https://example.invalid/{i}" rel="external nofollow">{e(c.author)}</a></cite></div>
<div class="comment-meta"><a href="#comment-{60 + i}"><time datetime="{c.when}+08:00">{e(c.shown)}</time></a><span class="comment-reply"><a href="?replyTo={60 + i}#respond-post-7" rel="nofollow">回复</a></span></div>
<div class="comment-content">{paras(c.text)}</div>
</div>
{sub}</li>"""

    lst = tree(
        p, item, lambda s: f'<div class="comment-children"><ol class="comment-list">\n{s}\n</ol></div>\n'
    )
    comments = f"""<div id="comments">
<h3>已有 {len(p.comments)} 条评论</h3>
<ol class="comment-list">
{lst}
</ol>
<div id="respond-post-7" class="respond"><div class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="#respond-post-7" rel="nofollow" style="display:none">取消回复</a></div>
<h3 id="response">添加新评论</h3>
<form method="post" action="/action/comment" id="comment-form" role="form"><p><label for="author" class="required">称呼</label><input type="text" name="author" id="author" class="text" value="" required /></p><p><label for="mail" class="required">Email</label><input type="email" name="mail" id="mail" class="text" value="" required /></p><p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required ></textarea></p><p><button type="submit" class="submit">提交评论</button></p></form></div>
</div>"""
    body = f"""<header id="header" class="clearfix"><div class="container"><div class="row"><div class="site-name col-mb-12 col-9"><a id="logo" href="/">{e(p.site)}</a><p class="description">记录折腾的日常</p></div><div class="site-search col-3 kit-hidden-tb"><form id="search" method="post" action="/"><input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" /></form></div>
<div class="col-mb-12"><nav id="nav-menu" class="clearfix" role="navigation">{"".join(f"<a href='/{i}'>{e(x)}</a>" for i, x in enumerate(LABELS[p.lang]["nav"]))}</nav></div></div></div></header>
<div id="body"><div class="container"><div class="row">
<div class="col-mb-12 col-8" id="main" role="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title" itemprop="name headline"><a itemprop="url" href="/archives/7/">{e(p.title)}</a></h1>
<ul class="post-meta"><li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="/author/1/" rel="author">{e(p.byline)}</a></li><li>时间: <time datetime="{p.when}+08:00" itemprop="datePublished">{e(p.date_shown)}</time></li><li>分类: <a href="/category/default/">默认分类</a></li></ul>
<div class="post-content" itemprop="articleBody">
{paras(p.article)}
</div>
<p itemprop="keywords" class="tags">标签: <a href="/tag/nas/">NAS</a></p>
</article>
{comments}
<ul class="post-near"><li>上一篇: <a href="/archives/6/">{e(p.related[0])}</a></li><li>下一篇: <a href="/archives/8/">{e(p.related[1])}</a></li></ul>
</div>
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
<section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related)}</ul></section>
<section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">{"".join(f"<li><a href='/archives/3/#comment-{i}'>{e(who)}</a>: {e(post)}</li>" for i, (who, post) in enumerate(p.recent))}</ul></section>
</div>
</div></div></div>
<footer id="footer" role="contentinfo">&copy; 2026 <a href="/">{e(p.site)}</a>. 由 <a href="https://typecho.org">Typecho</a> 强力驱动.</footer>"""
    return shell(p, body)


def r_hn(p: Page) -> str:
    """Hacker News item page: table.comment-tree of flat tr.athing.comtr rows, depth in td.ind[indent]."""
    rows = []
    for i, c in enumerate(p.comments):
        d = depth(p, i)
        text = c.text.split("\n\n")
        body = e(text[0]) + "".join(f"<p>{e(t)}</p>" for t in text[1:])
        rows.append(f"""<tr class="athing comtr" id="{41000 + i}"><td><table border="0"><tr>
<td class="ind" indent="{d}"><img src="s.gif" height="1" width="{40 * d}"></td><td valign="top" class="votelinks"><center><a id="up_{41000 + i}" href="vote?id={41000 + i}&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id={e(c.author)}" class="hnuser">{e(c.author)}</a> <span class="age" title="{c.when}"><a href="item?id={41000 + i}">{e(c.shown)}</a></span> <span id="unv_{41000 + i}"></span><span class="navs"> | <a href="#{41000 + i + 1}" class="clicky" aria-hidden="true">next</a> <a class="togg clicky" id="{41000 + i}" n="1" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">{body}</div><div class="reply"><p><font size="1"><u><a href="reply?id={41000 + i}&amp;goto=item%3Fid%3D40999" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>""")
    body = f"""<center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18"></a></td><td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">{e(p.site)}</a></b><a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D40999">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="{e(p.title)}" style="height:10px"></tr><tr><td>
<table class="fatitem" border="0"><tr class="athing submission" id="40999"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_40999"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="item?id=40999">{e(p.title)}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_40999">213 points</span> by <a href="user?id={e(p.byline)}" class="hnuser">{e(p.byline)}</a> <span class="age" title="{p.when}"><a href="item?id=40999">{e(p.date_shown)}</a></span> <span id="unv_40999"></span> | <a href="hide?id=40999">hide</a> | <a href="fave?id=40999">favorite</a> | <a href="item?id=40999">{len(p.comments)}&nbsp;comments</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">{e(p.article.split(chr(10) * 2)[0])}{"".join(f"<p>{e(t)}</p>" for t in p.article.split(chr(10) * 2)[1:])}</div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="40999"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">
{chr(10).join(rows)}
</table>
<br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="security.html">Security</a> | <a href="https://www.ycombinator.com/legal/">Legal</a> | <a href="https://www.ycombinator.com/apply/">Apply to YC</a> | <a href="mailto:hn@ycombinator.com">Contact</a></span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17"></form></center></td></tr>
</table></center>"""
    return shell(p, body)


def r_isso(p: Page) -> str:
    """Isso as rendered by embed.js and saved: section#isso-thread, div.isso-comment, div.isso-follow-up."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<div class="isso-comment" id="isso-{i + 1}">
<div class="isso-avatar"><svg data-hash="#{i:012x}"></svg></div>
<div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">{e(c.author)}</span><span class="isso-spacer">&bull;</span><a class="isso-permalink" href="#isso-{i + 1}"><time title="{e(c.extra)}" datetime="{c.when}Z">{e(c.shown)}</time></a><span class="isso-note"></span></div>
<div class="isso-text">{paras(c.text)}</div>
<div class="isso-comment-footer"><span class="isso-votes">{i % 3}</span><a class="isso-upvote" href="#"><svg></svg></a><span class="isso-spacer">|</span><a class="isso-downvote" href="#"><svg></svg></a><a class="isso-reply" href="#">Répondre</a><a class="isso-edit" href="#">Modifier</a><a class="isso-delete" href="#">Supprimer</a></div>
<div class="isso-follow-up">{sub}</div>
</div>
</div>"""

    lst = tree(p, item, lambda s: s)
    comments = f"""<section id="isso-thread" data-title="{e(p.title)}">
<h4 class="isso-thread-heading">{len(p.comments)} commentaires</h4>
<div class="isso-postbox"><div class="isso-form-wrapper"><div class="isso-textarea-wrapper"><div class="isso-textarea isso-placeholder" contenteditable="true">Écrivez votre commentaire ici (au moins 3 caractères)</div></div><section class="isso-auth-section"><p class="isso-input-wrapper"><label for="isso-postbox-author">Nom (optionnel)</label><input id="isso-postbox-author" type="text" name="author" placeholder="Jean Dupont"/></p><p class="isso-input-wrapper"><label for="isso-postbox-email">Courriel (optionnel)</label><input id="isso-postbox-email" type="email" name="email"/></p><p class="isso-post-action"><input type="submit" value="Soumettre"/></p></section></div></div>
<div id="isso-root">
{lst}
</div>
</section>"""
    body = f"""<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="{e(p.site)}">{e(p.site)}</a></div><ul id="menu">{"".join(f"<li><a href='/{i}'><span>{e(x)}</span></a></li>" for i, x in enumerate(LABELS[p.lang]["nav"]))}</ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="/">Accueil</a>&nbsp;»&nbsp;<a href="/posts/">Billets</a></div>
<h1 class="post-title entry-hint-parent">{e(p.title)}</h1>
<div class="post-meta"><span title="{p.when}">{e(p.date_shown)}</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;{e(p.byline)}</div></header>
<div class="post-content">{paras(p.article)}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/velo/">vélo</a></li></ul><nav class="paginav"><a class="prev" href="/posts/a/"><span class="title">« Précédent</span><br><span>{e(p.related[0])}</span></a><a class="next" href="/posts/b/"><span class="title">Suivant »</span><br><span>{e(p.related[1])}</span></a></nav></footer>
{comments}
</article>
</main>
<footer class="footer"><span>&copy; 2026 <a href="/">{e(p.site)}</a></span> · <span>Propulsé par <a href="https://gohugo.io/">Hugo</a> &amp; PaperMod</span></footer>"""
    return shell(p, body)


def r_facebook(p: Page) -> str:
    """Facebook comments plugin, its iframe content saved inline (UFI class names: UFICommentActorName, _5mdd, livetimestamp)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        replies = f'<div class="_44ri _2pis"><div class="_2pi8">{sub}</div></div>' if sub else ""
        return f"""<div class="_3-8y _5nz1 clearfix" direction="left"><div class="_ohe lfloat"><a href="https://www.facebook.com/u{i}" target="_blank" class="img _8o _8s UFIImageBlockImage"><img class="img _8o _8r img" src="/fbavatar/{i}.jpg" alt=""></a></div>
<div class=""><div class="UFIImageBlockContent _42ef clearfix"><div class="_ohf rfloat"></div><div class="">
<div class="_3-8m"><span class=" UFICommentActorName"><a class=" UFICommentActorName" href="https://www.facebook.com/u{i}" target="_blank">{e(c.author)}</a></span>{f'<span class="_3-8n"><span>{e(c.extra)}</span></span>' if c.extra else ""}</div>
<div class="_30o4"><span><span class="_5mdd"><span>{e(c.text)}</span></span></span></div>
<div class="_2vq9 fsm fwn fcg"><a class="_5yxe" href="#" role="button">Like</a><span role="presentation" aria-hidden="true"> · </span><a href="#" role="button">Reply</a><span role="presentation" aria-hidden="true"> · </span><span class="_5pcq"><span><i class="_3-8_ img sp_like"></i>{i + 1}</span></span><span role="presentation" aria-hidden="true"> · </span><a href="#" target="_blank" class="_5pcq"><abbr class="UFISutroCommentTimestamp livetimestamp" data-utime="{c.extra2}" data-shorten="1">{e(c.shown)}</abbr></a></div>
</div></div></div>
{replies}
</div>"""

    lst = tree(p, item, lambda s: s)
    comments = f"""<div class="fb-comments fb_iframe_widget fb_iframe_widget_fluid_desktop" data-href="https://example.invalid/story" data-width="100%" data-numposts="10"><span style="vertical-align: bottom; width: 100%;">
<div class="_56q9"><div class="_2pi8"><div class="clearfix"><div class="_50f7">{len(p.comments)} Comments</div><div class="_3bu3 rfloat"><span>Sort by</span> <a class="_55pi _2agf _4o_4 _p _4jy0 _4jy3 _517h _51sy _42ft" role="button" rel="toggle">Top</a></div></div>
<div class="_4uyl _1zz8 _2392 clearfix"><textarea class="_1cb _5yk1" placeholder="Add a comment..."></textarea><div class="_4eez"><span>Post</span></div></div>
<div class="_4k-6">
{lst}
</div>
<div class="_5o4h"><span class="_3-8y"><i class="_4ysg img sp_facebook"></i><a target="_blank" href="https://developers.facebook.com/products/social-plugins/comments/" class="_3-8y">Facebook Comments Plugin</a></span></div>
</div></div></span></div>"""
    return shell(p, page_body(p, comments))


def r_bem_de(p: Page) -> str:
    """A German news site's own comment system: section.c-comments, BEM blocks, a role badge glued to the name."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = (
            f'<span class="c-comment__badge c-badge c-badge--{e(c.extra.lower())}">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        return f"""<article class="c-comments__item c-comment{" c-comment--reply" if c.parent is not None else ""}" id="c-{9100 + i}" data-comment-id="{9100 + i}">
<div class="c-comment__head"><span class="c-comment__avatar" aria-hidden="true">{e(c.author[0])}</span><span class="c-comment__name">{e(c.author)}{badge}</span><time class="c-comment__date" datetime="{c.when}+01:00">{e(c.shown)}</time></div>
<div class="c-comment__body">{paras(c.text)}</div>
<div class="c-comment__actions"><button class="c-comment__btn c-comment__btn--reply">Antworten</button><button class="c-comment__btn c-comment__btn--like"><span class="c-comment__likes">{(i * 7) % 23}</span> Gefällt mir</button><button class="c-comment__btn c-comment__btn--report">Melden</button></div>
{sub}</article>"""

    lst = tree(p, item, lambda s: f'<div class="c-comment__replies">\n{s}\n</div>\n')
    comments = f"""<section class="c-comments" id="kommentare" aria-labelledby="c-comments-title">
<header class="c-comments__header"><h2 class="c-comments__title" id="c-comments-title">Kommentare <span class="c-comments__count">({len(p.comments)})</span></h2><p class="c-comments__rules">Bitte beachten Sie unsere <a href="/netiquette">Netiquette</a>.</p></header>
<div class="c-comments__sort"><button class="is-active">Neueste zuerst</button><button>Älteste zuerst</button></div>
<div class="c-comments__list">
{lst}
</div>
<form class="c-comments__form"><label for="c-text">Ihr Kommentar</label><textarea id="c-text"></textarea><label for="c-name">Name (erforderlich)</label><input id="c-name" type="text"><button type="submit">Kommentar senden</button></form>
</section>"""
    body = f"""<header class="o-header"><a class="o-header__logo" href="/">{e(p.site)}</a>{nav(p, "o-header__nav")}</header>
<main class="o-main"><article class="c-article">
<header class="c-article__header"><span class="c-article__kicker">Stadtentwicklung</span><h1 class="c-article__title">{e(p.title)}</h1><p class="c-article__meta">Von <span class="c-article__author">{e(p.byline)}</span> · <time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p></header>
<div class="c-article__body">{paras(p.article)}</div>
<aside class="c-article__teaser c-teaser"><h3>{e(LABELS[p.lang]["related"])}</h3><ul>{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related)}</ul></aside>
</article>
{comments}
</main>
<aside class="o-sidebar"><section class="c-mostread"><h2>Meistgelesen</h2><ol>{"".join(f"<li><a>{e(post)}</a></li>" for _, post in p.recent)}</ol></section></aside>
{footer(p)}"""
    return shell(p, body)


def r_drupal_olivero(p: Page) -> str:
    """Drupal 10 Olivero comment.html.twig / field--comment.html.twig: article.comment, replies in div.indented."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        par = p.comments[c.parent] if c.parent is not None else None
        in_reply = (
            f'<p class="visually-hidden">En réponse à <a href="/comment/{800 + (c.parent or 0)}#comment-{800 + (c.parent or 0)}">{e(par.extra)}</a> par <span>{e(par.author)}</span></p>'
            if par
            else ""
        )
        return f"""<article data-comment-user-id="0" id="comment-{800 + i}" class="comment js-comment by-anonymous" role="article" data-drupal-selector="comment">
<span class="hidden" data-comment-timestamp="{c.extra2}"></span>
<div class="comment__picture-wrapper"><div class="comment__picture"><img loading="lazy" src="/core/themes/olivero/images/placeholder.png" alt="" /></div></div>
<div class="comment__text-wrapper">
<footer class="comment__meta"><p class="comment__author"><span>{e(c.author)}</span></p><p class="comment__time">{e(c.shown)}</p>{in_reply}</footer>
<div class="comment__content">
<h3 class="visually-hidden"><a href="/comment/{800 + i}#comment-{800 + i}" hreflang="fr">{e(c.extra)}</a></h3>
<div class="text-content clearfix field field--name-comment-body field--type-text-long field--label-hidden field__item">{paras(c.text)}</div>
<div class="comment__links"><ul class="links inline"><li class="comment-delete"><a href="/comment/{800 + i}/delete">Supprimer</a></li><li class="comment-reply"><a href="/comment/reply/node/12/comment/{800 + i}">Répondre</a></li></ul></div>
</div>
</div>
</article>
{sub}"""

    lst = tree(p, item, lambda s: f'<div class="indented">\n{s}\n</div>\n')
    comments = f"""<section data-drupal-selector="comments" class="comments">
<h2 class="comments__title">Commentaires <span class="comments__count">{len(p.comments)}</span></h2>
<div class="comment-form__wrapper"><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/12/comment" method="post" id="comment-form"><div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" class="form-text required form-element form-element--type-text" required="required" /></div><div class="field--name-comment-body"><label class="form-item__label">Commentaire</label><textarea class="form-element form-element--type-textarea"></textarea></div><div class="form-actions"><input type="submit" value="Enregistrer" class="button button--primary js-form-submit form-submit" /></div></form></div>
{lst}
</section>"""
    body = f"""<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner"><div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Accueil" rel="home">{e(p.site)}</a></div></div></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Navigation principale</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">{"".join(f"<li class='primary-nav__menu-item'><a href='/{i}' class='primary-nav__menu-link'><span class='primary-nav__menu-link-inner'>{e(x)}</span></a></li>" for i, x in enumerate(LABELS[p.lang]["nav"]))}</ul></nav></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><nav class="breadcrumb" role="navigation"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Accueil</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(p.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<article data-history-node-id="12" class="node node--type-article node--promoted node--view-mode-full">
<header class="layout--content-medium"><div class="node__meta"><span>Par <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{e(p.byline)}</span></span></span>, <span class="node__meta-date">{e(p.date_shown)}</span></div></header>
<div class="node__content"><div class="layout--read-more-button"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{paras(p.article)}</div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Étiquettes</h3><ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3">Transports</a></li></ul></div>
{comments}
</div>
</article>
</div>
<div class="region region--sidebar"><div class="block block-views block-views-blockcomments-recent-block-1"><h2 class="block__title">Commentaires récents</h2><div class="block__content"><div class="item-list"><ul>{"".join(f"<li><a href='/comment/{i}'>{e(post)}</a> <span>{e(who)}</span></li>" for i, (who, post) in enumerate(p.recent))}</ul></div></div></div></div>
</div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Propulsé par <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div>
</div></div></div>"""
    return shell(p, body)


def r_xenforo(p: Page) -> str:
    """XenForo 2 thread: article.message.message--post, h4.message-name a.username, time.u-dt, div.bbWrapper."""

    def post(i: int, c: C, n: int) -> str:
        return f"""<article class="message message--post js-post js-inlineModContainer" data-author="{e(c.author)}" data-content="post-{6200 + n}" id="js-post-{6200 + n}" {'itemscope itemtype="https://schema.org/DiscussionForumPosting"' if n == 1 else 'itemprop="comment" itemscope itemtype="https://schema.org/Comment"'} itemid="/posts/{6200 + n}/">
<span class="u-anchorTarget" id="post-{6200 + n}"></span>
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="/members/{e(c.author.lower())}.{30 + n}/"><meta itemprop="url" content="/members/{e(c.author.lower())}.{30 + n}/" />
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/{30 + n}/" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="{30 + n}" data-xf-init="member-tooltip"><span class="avatar-u{30 + n}-m" role="img" aria-label="{e(c.author)}">{e(c.author[0])}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/{30 + n}/" class="username" dir="auto" data-user-id="{30 + n}" data-xf-init="member-tooltip"><span itemprop="name">{e(c.author)}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{e(c.extra or "Member")}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Mar 4, 2019</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{211 * n:,}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd><a href="/misc/location-info?location=Leeds" rel="nofollow noreferrer" target="_blank" class="u-concealed">Leeds</a></dd></dl></div>
<span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/thread.1880/post-{6200 + n}" rel="nofollow" itemprop="url"><time class="u-dt" dir="auto" datetime="{c.when}+0000" data-timestamp="{c.extra2}" data-date="{e(c.shown)}" data-time="" data-short="" title="{e(c.shown)}" itemprop="datePublished">{e(c.shown)}</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/thread.1880/post-{6200 + n}" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/thread.1880/post-{6200 + n}" rel="nofollow">#{n}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-{6200 + n}"><article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">{brs(c.text)}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/{6200 + n}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-init="reaction" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="/threads/thread.1880/reply?quote={6200 + n}" class="actionBar-action actionBar-action--mq u-jsOnly js-multiQuote" title="Toggle multi-quote">Quote</a><a href="/threads/thread.1880/reply?quote={6200 + n}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow">Reply</a></div><div class="actionBar-set actionBar-set--internal"><a href="/posts/{6200 + n}/report" class="actionBar-action actionBar-action--report" rel="nofollow">Report</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><i></i></span></li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/{6200 + n}/reactions" rel="nofollow"><bdi>Mossback</bdi> and {n + 1} others</a></div>
</footer>
</div></div>
</div>
</article>"""

    posts = [post(0, first_post(p), 1)] + [post(i + 1, c, i + 2) for i, c in enumerate(p.comments)]
    body = f"""<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/logo.png" alt="{e(p.site)}" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><ul class="p-nav-list js-offCanvasNavSource"><li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link p-navEl-link--splitMenu">Forums</a></div></li><li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">What's new</a></div></li><li><div class="p-navEl"><a href="/members/" class="p-navEl-link">Members</a></div></li></ul></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span class="p-navgroup-linkText">Register</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<div class="p-breadcrumbs"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/allotments.7/" itemprop="item"><span itemprop="name">Allotments &amp; Veg</span></a></li></ul></div>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{e(p.title)}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span><a href="/members/31/" class="username u-concealed" dir="auto" data-user-id="31">{e(p.byline)}</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/thread.1880/" class="u-concealed"><time class="u-dt" dir="auto" datetime="{p.when}+0000">{e(p.date_shown)}</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
{chr(10).join(posts)}
</div></div></div>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">{"".join(f"<div class='structItem'><a href='/threads/{i}'>{e(t)}</a></div>" for i, t in enumerate(p.related))}</div></div></div>
<form action="/threads/thread.1880/add-reply" method="post" class="block js-quickReply"><div class="block-container"><div class="block-body"><div class="message message--quickReply block-topRadiusContent block-bottomRadiusContent"><div class="message-inner"><div class="message-cell message-cell--main"><div class="message-editorWrapper"><textarea name="message" class="input" placeholder="Write your reply..."></textarea></div><div class="formButtonGroup "><button type="submit" class="button--primary button button--icon button--icon--reply"><span class="button-text">Post reply</span></button></div></div></div></div></div></div></form>
</div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/misc/contact" data-xf-click="overlay">Contact us</a></li><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2026 XenForo Ltd.</span></a></div></div></footer>
</div>"""
    return shell(p, body)


def r_kinja(p: Page) -> str:
    """Kinja-style discussion (styled-components class names; js_ hooks; the avatar link's 'Profile' text)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        staff = '<span class="sc-1h2zv3k-1 kfHZhE">Staff</span>' if c.extra == "staff" else ""
        return f"""<div class="js_reply-container sc-1b0fi5a-0 {"kTZwqN" if c.parent is None else "bMXlhr"}" data-reply-id="{1839000 + i}">
<article class="js_reply sc-1ij8wbs-0 gFhPjE" data-id="{1839000 + i}" data-author-id="{5000 + i}">
<div class="sc-1ij8wbs-1 iQWnkb"><a href="/people/u{i}" class="sc-1out364-0 hMndXN js_link" data-ga="[[&quot;Comment&quot;,&quot;Avatar click&quot;]]"><div class="sc-1xx7k2i-0 cOqVtk"><img alt="" src="/kinja-avatar/{i}.png" width="40" height="40"/></div><span class="sc-1rxsqcb-0 screen-reader-text">Profile</span></a>
<div class="sc-1ij8wbs-2 hsWzqD"><div class="sc-1ij8wbs-3 gCVxQE"><a href="/people/u{i}" class="sc-1out364-0 hMndXN sc-1ij8wbs-4 dfPZql js_link"><span class="sc-1ij8wbs-5 cjkUFY">{e(c.author)}</span></a>{staff}</div>
<div class="sc-1ij8wbs-6 eDqVHw"><a href="/{1839000 + i}" class="sc-1out364-0 hMndXN js_link"><time datetime="{c.when}-05:00">{e(c.shown)}</time></a></div></div></div>
<div class="sc-1ij8wbs-7 bQYzaD js_reply-content">{paras(c.text)}</div>
<div class="sc-1ij8wbs-8 ldmxKb"><button class="sc-1ij8wbs-9 js_reply-to-selected-post" aria-label="Reply"><span>Reply</span></button><button class="sc-1ij8wbs-10 js_like" aria-label="Star"><span class="sc-1ij8wbs-11">{(i * 5) % 17}</span></button><button class="js_reply-flagged" aria-label="Flag">Flag</button></div>
</article>
{sub}</div>"""

    lst = tree(p, item, lambda s: f'<div class="sc-1b0fi5a-2 js_reply-children">\n{s}\n</div>\n')
    comments = f"""<section class="js_discussion-region sc-1jkpy2x-0 fvBrTV" id="discussion" data-commentcount="{len(p.comments)}">
<header class="sc-1jkpy2x-1 kqbTgw"><h2 class="sc-1jkpy2x-2 bYpEZN">Discussion</h2><div class="sc-1jkpy2x-3"><button class="js_all-replies is-active">All replies</button><button class="js_staff-replies">Staff replies</button></div></header>
<div class="sc-1jkpy2x-4 js_comment-box"><div class="sc-1jkpy2x-5">Join the discussion...</div></div>
<div class="sc-1jkpy2x-6 js_thread-list">
{lst}
</div>
<button class="sc-1jkpy2x-7 js_load-more">Show all {len(p.comments) + 9} replies</button>
</section>"""
    body = f"""<div class="sc-1sslqgk-0 js_starterpost-wrap">
<header class="sc-11qwj9y-0 kqOJCO"><a class="sc-11qwj9y-1 js_site-logo" href="/">{e(p.site)}</a>{nav(p, "sc-11qwj9y-2 bCfKpL")}</header>
<main class="sc-11qwj9y-3"><div class="js_starterpost sc-157agsr-0">
<header class="sc-1efpnfq-0"><div class="sc-1efpnfq-1"><a class="sc-1out364-0 js_link" href="/tag/transit">Transit</a></div><h1 class="sc-1efpnfq-0 hxhDCs">{e(p.title)}</h1>
<div class="sc-1jc3ukb-0 js_meta"><div class="sc-1jc3ukb-1 favcAG"><a href="/author/{e(p.byline.lower().replace(" ", ""))}" class="sc-1out364-0 js_link"><span class="sc-1jc3ukb-2">{e(p.byline)}</span></a></div><div class="sc-1jc3ukb-3 js_meta-time"><time datetime="{p.when}-05:00">{e(p.date_shown)}</time></div><div class="sc-1jc3ukb-4 js_commentcount">{len(p.comments)}</div></div></header>
<div class="sc-r43lxo-1 cwnrYD js_post-content"><div class="sc-xs32fe-0 gKylik js_commerce-inset-permalink"></div>{paras(p.article)}</div>
<div class="sc-1jwsg2k-0 js_tags"><a href="/tag/transit">Transit</a><a href="/tag/city-hall">City Hall</a></div>
</div>
<aside class="sc-1kfwb7m-0 js_more-stories"><h3>More from {e(p.site)}</h3><ul>{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related)}</ul></aside>
{comments}
</main></div>
<footer class="sc-1dqlx7-0">{e(p.site)} is a registered trademark. © 2026. <a>Privacy Policy</a> <a>Terms of Service</a></footer>"""
    return shell(p, body)


def r_livejournal(p: Page) -> str:
    """LiveJournal comments (b-tree twigs, flat, depth in class b-tree-twig-N and margin-left; b-leaf)."""
    rows = []
    for i, c in enumerate(p.comments):
        d = depth(p, i) + 1
        parent_link = (
            f'<li class="b-leaf-actions-item b-leaf-actions-parent"><a href="?thread={7700 + (c.parent or 0)}#t{7700 + (c.parent or 0)}" class="b-pseudo">Родительский</a></li>'
            if c.parent is not None
            else ""
        )
        rows.append(f"""<div class="b-tree-twig b-tree-twig-{d}" style="margin-left:{(d - 1) * 30}px" data-tid="t{7700 + i}">
<div id="t{7700 + i}" class="b-leaf b-leaf-poster{"" if d == 1 else " b-leaf-child"}" data-username="{e(c.author)}" data-displayname="{e(c.author)}" data-updated-ts="{c.extra2}" data-full="1">
<div class="b-leaf-inner"><div class="b-leaf-header"><div class="b-leaf-userpic"><span><img src="/userpic/{i}" alt=""/></span></div>
<div class="b-leaf-details"><p class="b-leaf-username"><span class="b-leaf-username-name"><span class="ljuser i-ljuser i-ljuser-type-P" lj:user="{e(c.author)}"><a href="https://{e(c.author)}.livejournal.com/profile/" target="_self" class="i-ljuser-profile"><img class="i-ljuser-userhead" src="/img/userinfo_v8.svg"/></a><a href="https://{e(c.author)}.livejournal.com/" class="i-ljuser-username" target="_self"><b>{e(c.author)}</b></a></span></span></p>
<p class="b-leaf-meta"><a href="https://example.livejournal.com/81234.html?thread={7700 + i}#t{7700 + i}" class="b-leaf-permalink"><span class="b-leaf-createdtime">{e(c.shown)}</span></a></p></div></div>
<div class="b-leaf-article">{brs(c.text)}</div>
<div class="b-leaf-footer"><ul class="b-leaf-actions"><li class="b-leaf-actions-item b-leaf-actions-reply"><a href="?replyto={7700 + i}" rel="nofollow" class="b-pseudo">Ответить</a></li>{parent_link}<li class="b-leaf-actions-item b-leaf-actions-thread"><a href="?thread={7700 + i}#t{7700 + i}" class="b-pseudo">Ветвь дискуссии</a></li></ul></div></div>
</div>
</div>""")
    body = f"""<div class="s-header"><div class="s-header-inner"><a class="s-header-logo" href="https://www.livejournal.com/">LiveJournal</a>{nav(p, "s-nav")}</div></div>
<div class="b-singlepost-wrapper"><div class="b-singlepost-author"><span class="ljuser i-ljuser" lj:user="{e(p.byline)}"><a href="https://{e(p.byline)}.livejournal.com/"><b>{e(p.byline)}</b></a></span> (<span class="b-singlepost-author-name">{e(p.site)}</span>)</div>
<article class="b-singlepost entry-content"><h1 class="b-singlepost-title entry-title p-name">{e(p.title)}</h1>
<p class="b-singlepost-author-date published dt-published"><time datetime="{p.when}">{e(p.date_shown)}</time></p>
<div class="b-singlepost-body entry-content e-content" lj-sale-entry-body>{brs(p.article)}</div>
<div class="b-singlepost-tags ljtags"><span class="b-singlepost-tags-label">Метки: </span><a href="/tag/дача">дача</a>, <a href="/tag/огород">огород</a></div></article>
<div class="b-singlepost-standout"><div class="b-xylem"><h3>{e(LABELS[p.lang]["related"])}</h3><ul>{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related)}</ul></div></div>
<div id="comments" class="b-grove"><div class="b-xylem b-xylem-first"><ul class="b-xylem-cell"><li class="b-xylem-cell-item b-xylem-cell-amount"><a href="#comments" class="b-xylem-cell-amount-link">{len(p.comments)} комментариев</a></li><li class="b-xylem-cell-item"><a href="?mode=reply#add_comment">Оставить комментарий</a></li></ul></div>
<div class="b-tree b-tree-root">
{chr(10).join(rows)}
</div></div></div>
<div class="s-footer">© LiveJournal. <a href="/legal/tos.bml">Условия</a></div>"""
    return shell(p, body)


def r_discuz(p: Page) -> str:
    """Discuz! X3 viewthread: div#postlist, table.plhin per floor, div.authi a.xw1, em 发表于, td.t_f."""
    floors = ["楼主", "沙发", "板凳", "地板", "5#", "6#", "7#", "8#"]

    def post(i: int, c: C, n: int) -> str:
        return f"""<div id="post_{8800 + n}"><table id="pid{8800 + n}" class="plhin" summary="pid{8800 + n}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div id="favatar{8800 + n}" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{70 + n}.html" target="_blank" class="xw1">{e(c.author)}</a></div></div>
<div><div class="avatar"><a href="space-uid-{70 + n}.html" class="avtm" target="_blank"><img src="/uc_server/avatar.php?uid={70 + n}&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="#" class="xi2">{n * 13}</a></p>主题</th><th><p><a href="#" class="xi2">{n * 211}</a></p>帖子</th><td><p><a href="#" class="xi2">{n * 530}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">{"论坛元老" if n == 1 else "中级会员"}</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=5531&amp;pid={8800 + n}" id="postnum{8800 + n}">{floors[n - 1]}</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{8800 + n}" src="static/image/common/online_member.gif" /><em id="authorposton{8800 + n}">发表于 {e(c.shown)}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=5531&amp;page=1&amp;authorid={70 + n}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{8800 + n}">
{brs(c.text)}</td></tr></table></div><div id="comment_{8800 + n}" class="cm"></div></div></div></td></tr>
<tr><td class="plc plm"><div class="sign">{e(c.extra) if c.extra else ""}</div></td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=5531&amp;repquote={8800 + n}">回复</a></em><p><a href="javascript:;">举报</a></p></div></div></td></tr>
<tr class="ad"><td class="pls"></td><td class="plc"></td></tr>
</table></div>"""

    posts = [post(0, first_post(p), 1)] + [post(i + 1, c, i + 2) for i, c in enumerate(p.comments)]
    body = f"""<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{e(p.site)}"><img src="static/image/common/logo.png" alt="{e(p.site)}" border="0" /></a></h2></div>
<div id="nv"><ul>{"".join(f"<li><a href='/{i}' hidefocus='true'>{e(x)}</a></li>" for i, x in enumerate(LABELS[p.lang]["nav"]))}</ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{e(p.site)}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-36-1.html">家居装修</a> <em>&rsaquo;</em> <a href="thread-5531-1-1.html">{e(p.title)}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-36-1.html">返回列表</a></span><a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=36" title="发新帖">发新帖</a><a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=5531" title="回复">回复</a></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3862</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(p.comments)}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{e(p.title)}</span></h1><span class="xg1"><a href="thread-5531-1-1.html" onclick="return copyThreadUrl(this, '{e(p.site)}')">[复制链接]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
{chr(10).join(posts)}
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-36-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=5531"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="pbt"><textarea name="message" id="fastpostmessage" class="pt"></textarea></div><p class="ptm pnpost"><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit"><strong>发表回复</strong></button></p></td></tr></table></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="/">{e(p.site)}</a></strong></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p></div></div>"""
    return shell(p, body)


def r_antwort_de(p: Page) -> str:
    """A German regional paper's own system: a flat, numbered list; replies say 'Antwort auf #N'."""
    items = []
    for i, c in enumerate(p.comments):
        ref = ""
        if c.parent is not None:
            ref = f'<p class="kommentar__bezug">Antwort auf <a href="#k{c.parent + 1}">#{c.parent + 1}</a> von {e(p.comments[c.parent].author)}</p>'
        items.append(f"""<div class="kommentar{" kommentar--antwort" if c.parent is not None else ""}" id="k{i + 1}" data-id="{4400 + i}">
<div class="kommentar__kopf"><span class="kommentar__nr">#{i + 1}</span> <strong>{e(c.author)}</strong> <span class="kommentar__datum">am {e(c.shown)}</span></div>
{ref}
<div class="kommentar__text">{paras(c.text)}</div>
<div class="kommentar__aktionen"><a href="?antwort={i + 1}#formular" class="kommentar__antworten">Antworten</a> · <a href="/melden/{4400 + i}" rel="nofollow">Melden</a></div>
</div>""")
    comments = f"""<div id="kommentare" class="kommentarbereich">
<h2>Leserkommentare ({len(p.comments)})</h2>
<p class="hinweis">Die Kommentare geben die Meinung der Leser wieder. Sie werden vor der Veröffentlichung geprüft.</p>
{chr(10).join(items)}
<form id="formular" class="kommentarformular" method="post"><h3>Ihre Meinung</h3><p><label for="kname">Name (erforderlich)</label><input id="kname" name="name" type="text"></p><p><label for="kort">Wohnort</label><input id="kort" name="ort" type="text"></p><p><label for="ktext">Kommentar</label><textarea id="ktext" name="text"></textarea></p><p><input type="checkbox" id="kregeln"><label for="kregeln">Ich akzeptiere die Kommentarregeln.</label></p><button type="submit">Absenden</button></form>
</div>"""
    body = f"""<div id="kopf"><a href="/" class="logo">{e(p.site)}</a>{nav(p, "hauptnavigation")}<div class="wetter">Heute: 4°C, bedeckt</div></div>
<div id="inhalt"><div class="artikel">
<div class="artikel__dachzeile">Landkreis</div>
<h1 class="artikel__titel">{e(p.title)}</h1>
<div class="artikel__meta">{e(p.byline)} | {e(p.date_shown)}</div>
<div class="artikel__text">{paras(p.article)}</div>
<div class="artikel__teilen">Artikel teilen: <a>Facebook</a> <a>WhatsApp</a> <a>E-Mail</a></div>
</div>
<div class="mehrzumthema"><h3>Mehr zum Thema</h3><ul>{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related)}</ul></div>
{comments}
</div>
<div id="randspalte"><div class="box"><h3>Meistkommentiert</h3><ul>{"".join(f"<li><a>{e(post)}</a></li>" for _, post in p.recent)}</ul></div></div>
<div id="fuss"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | © {e(p.site)}</div>"""
    return shell(p, body)


def r_li_wrote(p: Page) -> str:
    """A small news site's own CMS as the outside check saw it: div#talkback > ul, li#commentNNN headed 'X wrote:'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<li id="comment{31500 + i}">
<p class="head"><b>{e(c.author)}</b> wrote:</p>
{paras(c.text)}
<p class="foot"><span class="stamp">{e(c.shown)}</span> | <a href="#comment{31500 + i}">link</a> | <a href="/talkback/reply/{31500 + i}">reply</a> | <a href="/talkback/flag/{31500 + i}" rel="nofollow">report abuse</a></p>
{sub}</li>"""

    lst = tree(p, item, lambda s: f"<ul>\n{s}\n</ul>\n")
    comments = f"""<div id="talkback">
<h3>Talkback ({len(p.comments)})</h3>
<ul>
{lst}
</ul>
<div class="post-talkback"><h4>Have your say</h4><form action="/talkback/post" method="post"><label>Your name <input name="n"></label><label>Your town <input name="t"></label><textarea name="b"></textarea><input type="submit" value="Send"></form></div>
</div>"""
    body = f"""<table width="100%" cellpadding="0" cellspacing="0" id="masthead"><tr><td><a href="/"><img src="/img/masthead.gif" alt="{e(p.site)}"></a></td><td align="right">{" | ".join(f"<a href='/{i}'>{e(x)}</a>" for i, x in enumerate(LABELS[p.lang]["nav"]))}</td></tr></table>
<div id="story">
<h1>{e(p.title)}</h1>
<p class="dateline">By {e(p.byline)} &mdash; {e(p.date_shown)}</p>
<div class="storytext">{paras(p.article)}</div>
<div class="storytools"><a href="/print">Print this story</a> | <a href="/email">Email a friend</a></div>
</div>
<div class="relatedstories"><b>Related stories</b><br>{"<br>".join(f"<a>{e(t)}</a>" for t in p.related)}</div>
{comments}
<div id="copyright">Copyright 2026 {e(p.site)}. Reproduction without permission prohibited.</div>"""
    return shell(p, body)


def r_jcomments(p: Page) -> str:
    """Joomla JComments (tree template): div#jc, div.comments-list of div#comment-item-N, children in the next div.comments-list."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<div class="{"odd" if i % 2 else "even"}" id="comment-item-{120 + i}"><div class="rbox"><div class="comment-box usertype-guest">
<span class="comments-vote"><span id="comment-vote-holder-{120 + i}"><a href="#" class="vote-good" title="Хороший комментарий!"></a><a href="#" class="vote-poor" title="Плохой комментарий!"></a><span class="vote-{"good" if i % 2 else "none"}">{"+" + str(i) if i % 2 else "0"}</span></span></span>
<a class="comment-anchor" href="/articles/77-batarei#comment-{120 + i}" id="comment-{120 + i}">#{i + 1}</a>
<span class="comment-author">{e(c.author)}</span>
<span class="comment-date">{e(c.shown)}</span>
<div class="comment-body" id="comment-body-{120 + i}">{brs(c.text)}</div>
<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({120 + i}); return false;">Ответить</a> | <a href="#" onclick="jcomments.showReply({120 + i},1); return false;">Ответить с цитатой</a> | <a href="#" onclick="jcomments.quoteComment({120 + i}); return false;">Цитировать</a></span>
</div><div class="clear"></div></div></div>
{sub}"""

    lst = tree(p, item, lambda s: f'<div class="comments-list" id="comments-list-x">\n{s}\n</div>\n')
    comments = f"""<script type="text/javascript">var jcomments=new JComments(77, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');</script>
<div id="jc">
<div id="comments"><h4>Комментарии</h4><a class="refresh" href="#" title="Обновить список комментариев" onclick="jcomments.showPage(77,'com_content',0);return false;"></a><a class="rss" href="/component/jcomments/feed/com_content/77" title="RSS лента комментариев к этой записи" target="_blank"></a>
<div class="comments-list" id="comments-list-0">
{lst}
</div>
<div id="comments-list-footer"><a class="refresh" href="#">Обновить список комментариев</a><br /><a class="rss" href="/component/jcomments/feed/com_content/77">RSS лента комментариев к этой записи</a></div></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>Добавить комментарий</h4><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Имя (обязательное)</label></span></p><p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-Mail</label></span></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p><div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" title="Отправить (Ctrl+Enter)">Отправить</a></div></div></div></form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.ru" title="JComments" target="_blank">JComments</a></div>
</div>"""
    body = f"""<div id="header"><a class="logo" href="/">{e(p.site)}</a><div class="moduletable_menu">{nav(p, "menu nav")}</div></div>
<div id="main"><div id="content">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="ru-RU" />
<div class="page-header"><h2 itemprop="headline">{e(p.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Подробности</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Автор: <span itemprop="name">{e(p.byline)}</span></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{p.when}+03:00" itemprop="datePublished">Опубликовано: {e(p.date_shown)}</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1207" />Просмотров: 1207</dd></dl>
<div itemprop="articleBody">{paras(p.article)}</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{e(p.related[0])}" href="/articles/76">Назад</a></li><li class="next"><a class="hasTooltip" title="{e(p.related[1])}" href="/articles/78">Вперёд</a></li></ul>
{comments}
</div></div>
<div id="sidebar"><div class="moduletable"><h3>Последние комментарии</h3><ul class="jclist">{"".join(f"<li><span class='author'>{e(who)}</span> {e(post)}</li>" for who, post in p.recent)}</ul></div></div></div>
<div id="footer"><p>&copy; 2026 {e(p.site)}</p></div>"""
    return shell(p, body)


def r_vbulletin(p: Page) -> str:
    """vBulletin 4 postbit_legacy: ol#posts, li.postbitlegacy#post_N, a.username strong, span.date, blockquote.postcontent."""

    def post(i: int, c: C, n: int) -> str:
        date, _, time = c.shown.partition(", ")
        return f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{55000 + n}">
<div class="posthead"><span class="postdate old"><span class="date">{e(date)},&nbsp;<span class="time">{e(time)}</span></span></span><span class="nodecontrols"><a name="post{55000 + n}" href="showthread.php?t=8841&amp;p={55000 + n}&amp;viewfull=1#post{55000 + n}" class="postcounter">#{n}</a><a id="postcount{55000 + n}" name="{n}"></a></span></div>
<div class="postdetails"><div class="userinfo">
<div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u={900 + n}" title="{e(c.author)} вне форума"><strong>{e(c.author)}</strong></a></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{e(c.author)} вне форума" border="0" /></div>
<span class="usertitle">{e(c.extra or "Пользователь")}</span>
<a class="postuseravatar" href="member.php?u={900 + n}" title="{e(c.author)} вне форума"><img src="customavatars/avatar{900 + n}_1.gif" alt="Аватар для {e(c.author)}" title="Аватар для {e(c.author)}" /></a>
<hr />
<dl class="userinfo_extra"><dt>Регистрация</dt> <dd>04.03.2019</dd><dt>Адрес</dt> <dd>Екатеринбург</dd><dt>Сообщений</dt> <dd>{n * 317}</dd></dl>
</div>
<div class="postbody"><div class="postrow has_after_content">
<h2 class="title icon">{"" if n == 1 else "Ответ: "}{e(p.title)}</h2>
<div class="content"><div id="post_message_{55000 + n}"><blockquote class="postcontent restore ">{brs(c.text)}</blockquote></div></div>
</div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{e(c.extra2) if c.extra2 else ""}</div></blockquote></div>
<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_{55000 + n}" class="newreply" href="newreply.php?do=newreply&amp;p={55000 + n}" rel="nofollow" title="Ответить с цитированием"><img id="quoteimg_{55000 + n}" src="clear.gif" alt="Ответить с цитированием" />  Ответить с цитированием</a></span><span class="postlinking"></span></div></div>
<hr />
</li>"""

    posts = [post(0, first_post(p), 1)] + [post(i + 1, c, i + 2) for i, c in enumerate(p.comments)]
    body = f"""<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="{e(p.site)}" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Регистрация</a></li><li><a rel="help" href="faq.php">Справка</a></li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Форум</a></li><li><a class="navtab" href="search.php?do=getdaily">Сообщения за день</a></li><li><a class="navtab" href="search.php">Поиск</a></li></ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Главная" /></a></li><li class="navbit"><a href="forum.php">Форум</a></li><li class="navbit"><a href="forumdisplay.php?f=12">Автомобили</a></li><li class="navbit lastnavbit"><span>{e(p.title)}</span></li></ul><hr /></div>
<div id="pagetitle"><h1>Тема: <span class="threadtitle"><a href="showthread.php?t=8841" title="Перезагрузить страницу">{e(p.title)}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu"><h6><a class="popupctrl" href="javascript://">Опции темы</a></h6></li></ul></div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
{chr(10).join(posts)}
</ol></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Похожие темы</h4><div id="similar_threads_list" class="threadinfolist">{"".join(f"<h6><a href='showthread.php?t={i}'>{e(t)}</a></h6>" for i, t in enumerate(p.related))}</div></div>
</div>
<div class="below_body"><div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Обратная связь</a></li><li><a href="archive/index.php">Архив</a></li><li><a href="#top" onclick="document.location.hash='top'; return false;">Вверх</a></li></ul></div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5<br />Copyright &copy; 2026 vBulletin Solutions Inc. All rights reserved.<br />Перевод: <a href="http://www.zcarot.com/" target="_blank">zCarot</a></div></div>"""
    return shell(p, body)


def r_blogger_classic(p: Page) -> str:
    """Blogger classic (Minima) comments: dl#comments-block, dt.comment-author 'X said...', dd.comment-body, dd.comment-footer."""
    items = []
    for i, c in enumerate(p.comments):
        items.append(f"""<dt class="comment-author {"blog-author" if c.extra == "blog-author" else ""}" id="c{6100 + i}"><div class="avatar-image-container avatar-stock"><span dir="ltr"><img src="//img1.blogblog.com/img/blank.gif" width="35" height="35" alt="" title="{e(c.author)}"></span></div>
<a name="c{6100 + i}"></a><a href="https://www.blogger.com/profile/{3300 + i}" rel="nofollow">{e(c.author)}</a> said...</dt>
<dd class="comment-body" id="Blog1_cmt-{6100 + i}"><p>{brs(c.text)}</p></dd>
<dd class="comment-footer"><span class="comment-timestamp"><a href="?showComment={c.extra2}#c{6100 + i}" title="comment permalink">{e(c.shown)}</a><span class="item-control blog-admin pid-811"><a class="comment-delete" href="https://www.blogger.com/delete-comment.g?blogID=1&amp;postID={6100 + i}" title="Delete Comment"><img src="https://resources.blogblog.com/img/icon_delete13.gif"></a></span></span></dd>""")
    comments = f"""<div class="comments" id="comments"><a name="comments"></a>
<h4>{len(p.comments)} comments:</h4>
<div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">
{chr(10).join(items)}
</dl></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=811" onclick="">Post a Comment</a></p>
</div>"""
    body = f"""<div id="outer-wrapper"><div id="wrap2"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><h1 class="title"><a href="/">{e(p.site)}</a></h1><p class="description">Notes from a small boat</p></div></div></div></div>
<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<h2 class="date-header"><span>{e(p.date_shown)}</span></h2>
<div class="post-outer"><div class="post hentry">
<a name="811"></a>
<h3 class="post-title entry-title">{e(p.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-811">{brs(p.article)}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{e(p.byline)}</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/811.html" rel="bookmark" title="permanent link"><abbr class="published" title="{p.when}-08:00">7:40 AM</abbr></a></span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-action"><a href="/email-post.g" title="Email Post"><img alt="" class="icon-action" height="13" src="//img1.blogblog.com/img/icon18_email.gif" width="18"/></a></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/boat" rel="tag">boat</a>, <a href="/search/label/river" rel="tag">river</a></span></div></div>
</div>
{comments}
</div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/newer" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/older" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/811/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div>
<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link">2026</a> <span class="post-count" dir="ltr">(14)</span></li></ul></div></div>
<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/1" rel="author">{e(p.byline)}</a></dt></dl><a class="profile-link" href="https://www.blogger.com/profile/1" rel="author">View my complete profile</a></div></div></div></div>
<div style="clear: both"></div></div>
<div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div>
</div></div>"""
    return shell(p, body)


def r_coral(p: Page) -> str:
    """Coral Talk (Coral Project) as a Spanish paper embeds it, rendered and saved: coral-comment, coral-indent-N."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        d = depth(p, i)
        reply_to = ""
        if c.parent is not None:
            reply_to = f'<div class="coral coral-comment-inReplyTo"><span class="coral-comment-inReplyTo-text">En respuesta a</span> <span class="coral-comment-inReplyTo-username">{e(p.comments[c.parent].author)}</span></div>'
        return f"""<div class="coral coral-reply coral-indent-{d}" role="article" aria-labelledby="comment-{e(c.extra)}-label">
<div class="coral coral-comment" id="comment-{e(c.extra)}" data-testid="comment-{e(c.extra)}">
<div class="coral coral-comment-topBar"><div class="coral coral-comment-userName"><button class="coral coral-username coral-comment-username" type="button"><span class="coral-username-text">{e(c.author)}</span></button></div>
<div class="coral coral-comment-timestamp"><time class="coral coral-timestamp coral-comment-timestamp" datetime="{c.when}.000Z" title="{e(c.extra2)}">{e(c.shown)}</time></div></div>
{reply_to}
<div class="coral coral-content coral-comment-content">{paras(c.text)}</div>
<div class="coral coral-comment-actionBar"><button class="coral coral-reactButton coral-comment-reactButton" type="button"><span class="coral-reactButton-label">Respetar</span> <span class="coral-reactButton-count">{(i * 3) % 11}</span></button><button class="coral coral-comment-replyButton" type="button" aria-label="Responder"><span>Responder</span></button><button class="coral coral-comment-shareButton" type="button">Compartir</button><button class="coral coral-reportButton" type="button">Denunciar</button></div>
</div>
{sub}</div>"""

    lst = tree(p, item, lambda s: f'<div class="coral coral-comment-replies">\n{s}\n</div>\n')
    comments = f"""<div id="coral_thread" class="comentarios-noticia"><div class="coral coral-stream" data-testid="comments-allComments-log">
<div class="coral coral-counter coral-comments-counter">Comentarios <span class="coral-counter-count">{len(p.comments)}</span></div>
<div class="coral coral-createComment"><div class="coral coral-rte-placeholder">Únete a la conversación</div><button class="coral coral-createComment-signIn">Iniciar sesión</button></div>
<div class="coral coral-tabBar"><button class="coral coral-tabBarComments-allComments coral-tabBarMain-active">Todos los comentarios</button><button class="coral coral-tabBarComments-featured">Destacados</button></div>
<div class="coral coral-sortMenu"><label>Ordenar por</label><select><option>Más recientes</option><option>Más antiguos</option></select></div>
<div class="coral coral-allComments">
{lst}
</div>
<div class="coral coral-guidelines">Normas de participación: sé respetuoso.</div>
</div></div>"""
    body = f"""<header class="cabecera"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "menu-secciones")}<div class="suscripcion"><a>Suscríbete</a></div></header>
<main><article class="articulo" itemscope itemtype="https://schema.org/NewsArticle">
<div class="articulo-antetitulo">Vivienda</div>
<h1 class="articulo-titulo" itemprop="headline">{e(p.title)}</h1>
<h2 class="articulo-subtitulo">{e(p.related[2] if len(p.related) > 2 else "")}</h2>
<div class="articulo-firma"><span class="autor" itemprop="author">{e(p.byline)}</span> <span class="lugar">Valencia</span> - <time datetime="{p.when}+01:00" itemprop="datePublished">{e(p.date_shown)}</time></div>
<div class="articulo-cuerpo" itemprop="articleBody">{paras(p.article)}</div>
<div class="articulo-tags"><a>Alquiler</a> <a>Valencia</a></div>
</article>
<section class="relacionadas"><h3>{e(LABELS[p.lang]["related"])}</h3><ul>{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related[:2])}</ul></section>
{comments}
</main>
<aside class="lo-mas-visto"><h3>Lo más visto</h3><ol>{"".join(f"<li><a>{e(post)}</a></li>" for _, post in p.recent)}</ol></aside>
{footer(p)}"""
    return shell(p, body)


def r_csdn(p: Page) -> str:
    """CSDN blog comments: ul.comment-list, li.comment-line-box, span.name, span.date, div.new-comment; replies in li.replay-box."""

    def one(i: int) -> str:
        c = p.comments[i]
        target = ""
        if c.parent is not None and depth(p, i) > 1:
            target = f'<span class="text">回复</span><span class="nick-name">{e(p.comments[c.parent].author)}</span>'
        return f"""<li class="comment-line-box" data-commentid="{3010000 + i}" data-replyname="{e(c.author)}"><div class="comment-list-item">
<a class="comment-list-href" target="_blank" href="https://blog.example.invalid/u{i}"><img class="avatar" src="/avatar/{i}.jpg" alt="" /></a>
<div class="right-box"><div class="new-info-box clearfix"><div class="comment-top"><div class="user-box"><a class="name-href" target="_blank" href="https://blog.example.invalid/u{i}"><span class="name">{e(c.author)}</span></a>{target}{'<span class="tag">博主</span>' if c.extra == "author" else ""}<span class="date" title="{c.when.replace("T", " ")}">{e(c.shown)}</span><div class="new-comment-opt"><a class="btn-reply" data-type="reply">回复</a><a class="btn-like"><span class="num">{i % 4}</span></a></div></div></div>
<div class="comment-center"><div class="new-comment">{e(c.text)}</div></div></div></div></div></li>"""

    kids = children_of(p)
    blocks = []
    for root in kids.get(None, []):
        sub = [j for j in dfs_order(p) if j != root and _root_of(p, j) == root]
        replies = (
            f'<li class="replay-box"><ul class="comment-list">{"".join(one(j) for j in sub)}</ul></li>'
            if sub
            else ""
        )
        blocks.append(f'<ul class="comment-list">{one(root)}{replies}</ul>')
    comments = f"""<div class="comment-box" id="pcCommentBox"><div class="has-comment"><div class="one-line-box"><div class="has-comment-tit go-side-comment">评论 {len(p.comments)}</div><div class="has-comment-con comment-operate-item"></div></div></div>
<div class="comment-edit-box d-flex"><form id="commentform"><textarea class="comment-content" name="comment_content" id="comment_content" placeholder="欢迎高质量的评论，低质的评论会被折叠" maxlength="1000"></textarea><input type="submit" class="btn btn-sm btn-comment" value="评论"></form></div>
<div class="comment-list-container"><div class="comment-list-box">
{chr(10).join(blocks)}
</div></div></div>"""
    body = f"""<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-container-left"><div class="toolbar-logo"><a href="/"><img src="/logo.png" title="{e(p.site)}"></a></div><ul class="toolbar-menus">{"".join(f"<li><a href='/{i}'>{e(x)}</a></li>" for i, x in enumerate(LABELS[p.lang]["nav"]))}</ul></div></div></div></div>
<div class="main_father clearfix d-flex justify-content-center"><div class="container clearfix" id="mainBox">
<main><div class="blog-content-box"><div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">{e(p.title)}</h1></div>
<div class="article-info-box"><div class="article-bar-top"><img class="article-type-img" src="/original.png" alt=""><div class="bar-content"><a class="follow-nickName" href="/u">{e(p.byline)}</a><img class="article-time-img" src="/newUpTime2.png" alt=""><span class="time">于&nbsp;{e(p.date_shown)}&nbsp;发布</span><span class="read-count">阅读量2.1k</span><a class="un-collection">收藏</a><span class="get-collection">31</span></div></div>
<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">文章标签：</span><a class="tag-link">python</a><a class="tag-link">日志</a></div></div></div></div></div>
<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><div id="content_views" class="markdown_views prism-atom-one-dark">{paras(p.article)}</div></div></article>
</div>
<div class="recommend-box insert-baidu-box recommend-box-style"><div class="recommend-item-box type_blog clearfix">{"".join(f"<div class='content-box'><a><div class='title'>{e(t)}</div></a></div>" for t in p.related)}</div></div>
{comments}
</main>
<div class="blog_container_aside"><div id="asideNewComments" class="aside-box"><h3 class="aside-title">最新评论</h3><div class="aside-content"><ul class="newcomment-list">{"".join(f"<li><a class='title text-truncate' href='/c/{i}'>{e(post)}</a><p class='comment ellipsis'><a class='user-name'>{e(who)}:</a><span class='code-comments'>写得很清楚，收藏了</span></p></li>" for i, (who, post) in enumerate(p.recent))}</ul></div></div></div>
</div></div>
<div id="toolBarBox"><div class="left-toolbox"><ul class="toolbox-list"><li class="tool-item tool-item-size tool-active is-like"><a class="tool-item-href"><span class="count">点赞</span></a></li><li class="tool-item tool-item-size tool-active is-collection"><a><span class="count">收藏</span></a></li><li class="tool-item tool-item-size tool-active tool-item-comment"><a><span class="count">评论</span></a></li></ul></div></div>"""
    return shell(p, body)


def _root_of(p: Page, i: int) -> int:
    while p.comments[i].parent is not None:
        i = p.comments[i].parent  # type: ignore[assignment]
    return i


def r_wp_de(p: Page) -> str:
    """A German WordPress theme's comment callback: date and 'Antworten' inside the author line; 'Autor' badge; ul.children after a closed li."""
    out: list[str] = []

    def emit(parent: int | None) -> None:
        for i in children_of(p).get(parent, []):
            c = p.comments[i]
            badge = '<span class="comment-author-badge">Autor</span>' if c.extra == "Autor" else ""
            out.append(f"""<li class="comment{" bypostauthor" if badge else ""}" id="li-comment-{700 + i}">
<div id="comment-{700 + i}" class="comment-wrap"><div class="comment-avatar"><img alt="" src="/avatar/{i}" class="avatar" height="50" width="50"></div>
<div class="comment-author">{e(c.author)}{badge} <span class="comment-date">{e(c.shown)}</span> - <a rel="nofollow" class="comment-reply-link" href="?replytocom={700 + i}#respond">Antworten</a></div>
<div class="comment-text">{paras(c.text)}</div>
</div></li>""")
            if children_of(p).get(i):
                out.append('<ul class="children">')
                emit(i)
                out.append("</ul>")

    emit(None)
    comments = f"""<div id="comments" class="comments-area">
<h2 class="comments-title">{len(p.comments)} Kommentare</h2>
<ol class="commentlist">
{chr(10).join(out)}
</ol>
{wp_form(p)}
</div>"""
    return shell(p, page_body(p, comments, sidebar=recent_widget(p)))


def r_lemonde(p: Page) -> str:
    """A French paper's own reader-comments block: a flat list; replies carry an indent class (comment--reply)."""
    items = []
    for i, c in enumerate(p.comments):
        reply = c.parent is not None
        items.append(f"""<section class="comment{" comment--reply" if reply else ""}" id="comment-{15000 + i}" data-comment-id="{15000 + i}"{f' data-parent-id="{15000 + c.parent}"' if reply else ""}>
<div class="comment__header"><span class="comment__author">{e(c.author)}</span><span class="comment__date">{e(c.shown)}</span></div>
<p class="comment__content">{e(c.text)}</p>
<div class="comment__actions">{"" if reply else '<button class="comment__button comment__button--reply">Répondre</button>'}<button class="comment__button comment__button--alert">Signaler un abus</button></div>
</section>""")
    body_paras = "\n".join(f'<p class="article__paragraph">{e(t)}</p>' for t in p.article.split("\n\n"))
    comments = f"""<section class="comments" id="reactions">
<h2 class="comments__title">Réactions ({len(p.comments)})</h2>
<p class="comments__charter">Les réactions sont modérées selon notre <a href="/charte">charte</a>. Réservé aux abonnés.</p>
<div class="comments__list">
{chr(10).join(items)}
</div>
<a class="comments__more" href="/reactions/page/2">Voir plus de réactions</a>
</section>"""
    body = f"""<header class="Header"><a class="Header__logo" href="/">{e(p.site)}</a>{nav(p, "Nav")}<a class="Header__subscribe">S'abonner</a></header>
<main class="article article--content"><section class="article__wrapper">
<header class="article__header"><ul class="breadcrumb"><li><a href="/societe/">Société</a></li></ul><h1 class="article__title">{e(p.title)}</h1><p class="article__desc">{e(p.related[2] if len(p.related) > 2 else "")}</p>
<section class="meta meta__publisher"><span class="meta__author">{e(p.byline)}</span> <span class="meta__date">Publié le {e(p.date_shown)}</span></section></header>
<article class="article__content">{body_paras}</article>
<section class="inread"><p class="inread__title">{e(LABELS[p.lang]["related"])}</p><ul>{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related[:2])}</ul></section>
<section class="article__reactions">{comments}</section>
</section>
<aside class="aside__iso"><section class="aside__most-read"><h3>Les plus lus</h3><ol>{"".join(f"<li><a>{e(post)}</a></li>" for _, post in p.recent)}</ol></section></aside>
</main>
{footer(p)}"""
    return shell(p, body)


def r_reddit_old(p: Page) -> str:
    """old.reddit.com comments: div.sitetable.nestedlisting, div.thing.comment, p.tagline a.author, div.md, div.child."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        flair = f'<span class="flair " title="{e(c.extra)}">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class=" thing id-t1_k{i}x noncollapsed comment " id="thing_t1_k{i}x" onclick="click_thing(this)" data-fullname="t1_k{i}x" data-type="comment" data-subreddit="cycling" data-author="{e(c.author)}" data-permalink="/r/cycling/comments/1b2c3d/x/k{i}x/">
<p class="parent"><a name="k{i}x"></a></p>
<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/{e(c.author)}" class="author may-blank id-t2_u{i}">{e(c.author)}</a>{flair}<span class="userattrs"></span> <span class="score dislikes" title="{20 - i}">{19 - i} points</span><span class="score unvoted" title="{20 - i}">{20 - i} points</span><span class="score likes" title="{20 - i}">{21 - i} points</span> <time title="{e(c.extra2)}" datetime="{c.when}+00:00" class="live-timestamp">{e(c.shown)}</time>&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">({len(children_of(p).get(i, []))} children)</a></p>
<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_k{i}x"><input type="hidden" name="thing_id" value="t1_k{i}x"/><div class="usertext-body may-blank-within md-container "><div class="md">{paras(c.text)}</div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="/r/cycling/comments/1b2c3d/x/k{i}x/" data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" data-event-action="embed">embed</a></li><li class="save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="reply-button login-required"><a class="access-required" href="javascript:void(0)">reply</a></li></ul>
<div class="reportform report-t1_k{i}x"></div></div>
<div class="child">{sub}</div><div class="clearleft"></div></div><div class="clearleft"></div>"""

    lst = tree(p, item, lambda s: f'<div id="siteTable_t1_x" class="sitetable listing">\n{s}\n</div>\n')
    body = f"""<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="/r/all/" class="choice">all</a></li></ul></div></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a href="/r/cycling/">cycling</a></span><ul class="tabmenu "><li class="selected"><a href="/r/cycling/comments/1b2c3d/x/" class="choice">comments</a></li><li><a href="/r/cycling/wiki/" class="choice">wiki</a></li></ul></div></div>
<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/cycling/" class="hover">{e(p.site)}</a></h1><div class="usertext-body may-blank-within md-container "><div class="md"><p>A place for all things bicycle.</p></div></div></div></div>
<div class="spacer"><div class="sidecontentbox "><div class="title"><h1>{e(LABELS[p.lang]["related"])}</h1></div><ul class="content">{"".join(f"<li><a>{e(t)}</a></li>" for t in p.related)}</ul></div></div></div>
<a name="content"></a><div class="content" role="main">
<div id="siteTable" class="sitetable linklisting"><div class=" thing id-t3_1b2c3d odd link self" data-author="{e(p.byline)}" data-type="link" data-timestamp="1700000000000">
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title" href="/r/cycling/comments/1b2c3d/x/" tabindex="1">{e(p.title)}</a> <span class="domain">(<a href="/r/cycling/">self.cycling</a>)</span></p>
<p class="tagline ">submitted <time title="{e(p.date_shown)}" datetime="{p.when}+00:00" class="live-timestamp">{e(p.date_shown)}</time> by <a href="https://old.reddit.com/user/{e(p.byline)}" class="author may-blank">{e(p.byline)}</a></p>
<ul class="flat-list buttons"><li class="first"><a href="/r/cycling/comments/1b2c3d/x/" class="bylink comments may-blank" rel="nofollow">{len(p.comments)} comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li></ul></div>
<div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_1b2c3d"><div class="usertext-body may-blank-within md-container "><div class="md">{paras(p.article)}</div></div></form></div></div>
<div class="child"></div><div class="clearleft"></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all {len(p.comments)} comments</span></div><div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div></div></div>
<form action="#" class="usertext cloneable warn-on-unload" id="form-t3_1b2c3dxyz"><div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text"></textarea></div><div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save">save</button></div></div></div></form>
<div id="siteTable_t3_1b2c3d" class="sitetable nestedlisting">
{lst}
</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">about</li><li><a href="https://www.redditinc.com/blog" class="choice">blog</a></li><li><a href="https://www.redditinc.com" class="choice">about</a></li></ul></div></div><p class="bottommenu">Use of this site constitutes acceptance of our User Agreement and Privacy Policy. &copy; 2026 reddit inc. All rights reserved.</p></div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batch 3


def _score(i: int) -> int:
    """A vote or like count that varies from comment to comment."""
    return (i * 7 + 3) % 17


def r_remark42(p: Page) -> str:
    """Remark42 rendered and saved inline: article.comment in nested div.thread, 'Vote up'/'Vote down' round the score."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        d = depth(p, i)
        cid = f"c0ffee{i:02d}-7a1b"
        to_parent = ""
        if c.parent is not None:
            to_parent = f'<a class="comment__link-to-parent" href="/posts/comments-home/#remark42__comment-c0ffee{c.parent:02d}-7a1b" aria-label="Go to parent comment" title="Go to parent comment"> </a>'
        admin = " comment_view_admin" if c.author == p.byline else ""
        return f"""<div class="thread thread_level_{d} thread_theme_light" role="listitem">
<article class="comment comment_level_{d} comment_theme_light{admin}" id="remark42__comment-{cid}">
<div class="comment__info">
<div class="comment__avatar"><img class="avatar-image" src="/remark42/api/v1/avatar/{i}.image" alt=""></div>
<div class="user_3xk9"><button class="comment__username">{e(c.author)}</button></div>
<a href="/posts/comments-home/#remark42__comment-{cid}" class="comment__time">{e(c.shown)}</a>
{to_parent}
<span class="comment__score"><span class="comment__vote comment__vote_type_up" aria-disabled="false" role="button" tabindex="0">Vote up</span><span class="comment__score-value" title="Controversy: 0.00">{"+" if _score(i) else ""}{_score(i)}</span><span class="comment__vote comment__vote_type_down" aria-disabled="false" role="button" tabindex="0">Vote down</span></span>
</div>
<div class="comment__body">
<div class="comment__text raw-content raw-content_theme_light">{paras(c.text)}</div>
<div class="comment__actions"><button class="button button_kind_link comment__action" type="button">Reply</button></div>
</div>
</article>
{sub}</div>"""

    threads = tree(p, item, lambda s: s)
    comments = f"""<div id="remark42"><div class="root root_theme_light">
<div class="root__main">
<div class="auth-panel auth-panel_theme_light"><div class="auth-panel__column">You are not signed in. <button class="button button_kind_link">Sign In</button></div><div class="auth-panel__column"><span class="auth-panel__sort">Sort by <select class="select__element"><option>Best</option><option>Newest</option><option>Oldest</option></select></span></div></div>
<form class="comment-form comment-form_theme_light" aria-label="New comment"><div class="comment-form__field-wrapper"><textarea class="comment-form__field" placeholder="Your comment here"></textarea></div><div class="comment-form__controls"><button class="button button_kind_primary comment-form__button" type="submit">Send</button></div></form>
<div class="root__threads" role="list">
{threads}
</div>
</div>
<p class="root__copyright" role="contentinfo">Powered by <a class="root__copyright-link" href="https://remark42.com/">Remark42</a></p>
</div></div>"""
    body = f"""<header class="site-head"><a class="site-head__title" href="/">{e(p.site)}</a>{nav(p, "site-head__nav")}</header>
<main class="page">
<article class="post h-entry">
<h1 class="post__title p-name">{e(p.title)}</h1>
<p class="post__meta"><time class="dt-published" datetime="{p.when}+00:00">{e(p.date_shown)}</time> · <span class="p-author">{e(p.byline)}</span> · 4 min read</p>
<div class="post__content e-content">
{paras(p.article)}
</div>
<nav class="post__pager"><a rel="prev" href="/posts/keyboards/">&larr; {e(p.related[0])}</a> <a rel="next" href="/posts/ten-euro-server/">{e(p.related[1])} &rarr;</a></nav>
</article>
<section class="post__comments"><h2>Comments</h2>
{comments}
</section>
</main>
<footer class="site-foot"><p>© 2026 {e(p.site)} · <a href="/index.xml">RSS</a></p></footer>"""
    return shell(p, body)


def r_stackexchange(p: Page) -> str:
    """A Stack Exchange question page: question = article, answers and post comments = comments (QAPage microdata)."""
    users = {
        name: 4000 + 37 * n for n, name in enumerate(sorted({c.author for c in p.comments} | {p.byline}))
    }

    def slug(name: str) -> str:
        return name.lower().replace(" ", "-").replace(".", "")

    def signature(verb: str, author: str, shown: str, when: str, owner: bool) -> str:
        uid = users[author]
        return f"""<div class="post-signature{" owner" if owner else ""} flex--item"><div class="user-info user-hover">
<div class="user-action-time">{verb} <span title="{when.replace("T", " ")}Z" class="relativetime">{e(shown)}</span></div>
<div class="user-gravatar32"><a href="/users/{uid}/{slug(author)}"><div class="gravatar-wrapper-32"><img src="https://www.gravatar.com/avatar/{uid}?s=64&amp;d=identicon&amp;r=PG" alt="{e(author)}&#39;s user avatar" width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/{uid}/{slug(author)}">{e(author)}</a><span class="d-none" itemprop="name">{e(author)}</span>
<div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">{(uid * 13) % 9000 + 101:,}</span><span title="{uid % 5 + 1} silver badges" aria-hidden="true"><span class="badge2"></span><span class="badgecount">{uid % 5 + 1}</span></span><span title="{uid % 9 + 2} bronze badges" aria-hidden="true"><span class="badge3"></span><span class="badgecount">{uid % 9 + 2}</span></span></div></div>
</div></div>"""

    def votes(n: int) -> str:
        return f"""<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-stretch gs4 fc-black-300"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote">Up vote</button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="{n}">{n}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote">Down vote</button></div></div>"""

    def post_comments(post_id: int, indexes: list[int]) -> str:
        items = []
        for i in indexes:
            c = p.comments[i]
            owner = " owner" if c.author == p.byline else ""
            items.append(f"""<li id="comment-{90000 + i}" class="comment js-comment " data-comment-id="{90000 + i}" data-comment-owner-id="{users[c.author]}" data-comment-score="{i % 3}">
<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">{f'<span title="number of &#39;useful comment&#39; votes received" class="cool">{i % 3 + 1}</span>' if i % 2 == 0 else ""}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">{e(c.text)}</span>
<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/{users[c.author]}/{slug(c.author)}" title="{(users[c.author] * 13) % 9000 + 101} reputation" class="comment-user{owner}">{e(c.author)}</a></div>
<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment{90000 + i}_{post_id}"><span title="{c.when.replace("T", " ")}Z, License: CC BY-SA 4.0" class="relativetime-clean">{e(c.shown)}</span></a></span></div></div>
</li>""")
        return f"""<div class="post-layout--right js-post-comments-component"><div id="comments-{post_id}" class="comments js-comments-container bt bc-black-075 mt12" data-post-id="{post_id}" data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-comments-unavailable="false" data-addlink-disabled="true">
{chr(10).join(items)}
</ul></div><div id="comments-link-{post_id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>"""

    answers = [i for i, c in enumerate(p.comments) if c.extra == "answer"]
    under: dict[int | None, list[int]] = {}
    for i, c in enumerate(p.comments):
        if c.extra != "answer":
            under.setdefault(c.parent if c.parent in answers else None, []).append(i)
    answer_html = []
    for i in answers:
        c = p.comments[i]
        answer_html.append(f"""<a name="{70000 + i}"></a>
<div id="answer-{70000 + i}" class="answer js-answer" data-answerid="{70000 + i}" data-parentid="31337" data-score="{12 - 3 * answers.index(i)}" data-position-on-page="{answers.index(i) + 1}" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">
{votes(12 - 3 * answers.index(i))}
<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
{paras(c.text)}
</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="{c.when}"></time><div class="flex--item mr16" style="flex: 1 1 100px;"><div class="js-post-menu pt2" data-post-id="{70000 + i}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/{70000 + i}" rel="nofollow" class="js-share-link js-gps-track" title="Short permalink to this answer">Share</a></div><div class="flex--item"><a href="/posts/{70000 + i}/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this answer</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-answer js-gps-track">Follow</button></div></div></div></div>
{signature("answered", c.author, c.shown, c.when, False)}
</div></div>
</div>
{post_comments(70000 + i, under.get(i, []))}
</div>
</div>""")
    q_comments = post_comments(31337, under.get(None, []))
    tags = "".join(
        f'<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/{t}" class="post-tag" title="show questions tagged &#39;{t}&#39;" rel="tag">{t}</a></li>'
        for t in ("bathroom", "ventilation", "exhaust-fan", "condensation")
    )
    body = f"""<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="https://stackexchange.com" class="s-topbar--logo"><span class="-img _glyph">Stack Exchange</span></a><ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="/about" class="s-navigation--item">About</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar"><input name="q" type="text" role="combobox" placeholder="Search on {e(p.site)}&#x2026;" aria-label="Search" class="s-input s-input__search js-search-field"></form><ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a></li><li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container" itemscope itemtype="https://schema.org/QAPage"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol class="nav-links"><li><a href="/" class="pl8 js-gps-track nav-links--link">Home</a></li><li><a id="nav-questions" href="/questions" class="nav-links--link">Questions</a></li><li><a id="nav-tags" href="/tags" class="nav-links--link">Tags</a></li><li><a id="nav-users" href="/users" class="nav-links--link">Users</a></li></ol></nav></div>
<div id="content" class="snippet-hidden">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/diy/Img/apple-touch-icon.png">
<div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/31337/why-does-my-bathroom-fan-leave-condensation" class="question-hyperlink">{e(p.title)}</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="{p.date} {p.time}:00Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="{p.when}">1 year, 11 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2025-01-10 09:48:00Z">1 year, 11 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 2,418 times"><span class="fc-black-400 mr2">Viewed</span>2k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="31337" data-position-on-page="0" data-score="14" id="question">
<div class="post-layout">
{votes(14)}
<div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
{paras(p.article)}
</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tags}</ul></div></div></div>
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="31337"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/31337" rel="nofollow" class="js-share-link js-gps-track" title="Short permalink to this question">Share</a></div><div class="flex--item"><a href="/posts/31337/edit" class="js-suggest-edit-post js-gps-track">Improve this question</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-question js-gps-track">Follow</button></div></div></div></div>
{signature("asked", p.byline, p.date_shown, p.when, True)}
</div></div>
</div>
{q_comments}
</div>
</div>
<div id="answers">
<a name="tab-top"></a>
<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="{len(answers)}">{len(answers)} Answers<span style="display:none;" itemprop="answerCount">{len(answers)}</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
{chr(10).join(answer_html)}
<h2 class="bottom-notice" data-loc="1">You must <a href="/users/login">log in</a> to answer this question.</h2>
</div>
</div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-350 d:fc-black-900 bb bbw1">The Overflow Blog</li><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/" class="js-gps-track" title="How we built search">How we built search</a></div></li></ul></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">{"".join(f'<div class="spacer"><a href="/q/{200 + n}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted default">{5 + n}</div></a><a href="/questions/{200 + n}/x" class="question-hyperlink">{e(t)}</a></div>' for n, t in enumerate(p.related))}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul><li><div class="favicon favicon-cooking" title="Seasoned Advice"></div><a href="https://cooking.stackexchange.com/questions/1" class="js-gps-track question-hyperlink">Why does my bread collapse in the oven?</a></li><li><div class="favicon favicon-bicycles" title="Bicycles"></div><a href="https://bicycles.stackexchange.com/questions/2" class="js-gps-track question-hyperlink">Is it safe to ride with a cracked rim?</a></li></ul></div>
</div>
</div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://diy.stackexchange.com">{e(p.site)}</a></h5><ul class="-list js-primary-footer-links"><li><a href="/tour" class="js-gps-track -link">Tour</a></li><li><a href="/help" class="js-gps-track -link">Help</a></li></ul></div></nav><div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo &#169; 2026 Stack Exchange Inc; user contributions licensed under <span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev 2026.12.4.1</span></p></div></div></footer>"""
    return shell(p, body)


def r_cackle(p: Page) -> str:
    """Cackle widget (Russian) as saved with the page: mc-comment blocks, children in mc-comment-child."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = f'<span class="mc-comment-moderator">{e(c.extra)}</span>' if c.extra else ""
        child = f'<div class="mc-comment-child">\n{sub}</div>' if sub else ""
        return f"""<div class="mc-comment" id="mc-comment-{3310 + i}" data-id="{3310 + i}">
<div class="mc-comment-wrapper">
<div class="mc-comment-user"><div class="mc-avatar"><img src="/static/avatars/{i}.png" alt="" width="40" height="40"></div></div>
<div class="mc-comment-body">
<div class="mc-comment-head"><span class="mc-comment-author"><a rel="nofollow" href="https://vk.com/id{880 + i}" target="_blank">{e(c.author)}</a></span>{badge}<a class="mc-comment-created" href="#mc-comment-{3310 + i}" title="{c.when.replace("T", " ")}">{e(c.shown)}</a></div>
<div class="mc-comment-msg"><div class="mc-comment-text">{paras(c.text)}</div></div>
<div class="mc-comment-footer"><a class="mc-comment-reply" href="javascript:void(0)">Ответить</a><span class="mc-comment-vote"><a class="mc-comment-voteup" href="javascript:void(0)" title="Нравится">+</a><span class="mc-comment-rating">{_score(i)}</span><a class="mc-comment-votedown" href="javascript:void(0)" title="Не нравится">&minus;</a></span><a class="mc-comment-share" href="javascript:void(0)">Поделиться</a></div>
</div>
</div>
{child}</div>"""

    lst = tree(p, item, lambda s: s)
    comments = f"""<div id="mc-container"><div class="mc-container mc-theme-light">
<div class="mc-head"><span class="mc-comments-count">{len(p.comments)} комментариев</span><a class="mc-sort" href="javascript:void(0)">Сначала старые</a></div>
<div class="mc-form"><div class="mc-form-login">Войти через <a class="mc-login-vk">ВКонтакте</a> <a class="mc-login-ok">Одноклассники</a> <a class="mc-login-ya">Яндекс</a></div>
<div class="mc-form-guest"><label>Имя (обязательно)</label><input type="text" name="mc-guest-name"><label>E-mail (не публикуется)</label><input type="email" name="mc-guest-email"></div>
<textarea class="mc-form-textarea" placeholder="Ваш комментарий..."></textarea><button class="mc-form-submit" type="button">Отправить</button></div>
<div class="mc-comments">
{lst}
</div>
<div class="mc-copyright"><a href="https://cackle.me" target="_blank">Комментарии для сайта Cackle</a></div>
</div></div>
<script type="text/javascript">cackle_widget = window.cackle_widget || []; cackle_widget.push({{widget: 'Comment', id: 51234}});</script>"""
    return shell(p, page_body(p, comments))


def r_dle(p: Page) -> str:
    """DataLife Engine: full story, then a flat list of div#comment-id-N; a reply quotes the comment it answers."""
    items = []
    for i, c in enumerate(p.comments):
        guest = c.extra == "guest"
        name = (
            e(c.author)
            if guest
            else f"<a onclick=\"ShowProfile('{e(c.author)}', '/user/{e(c.author)}/', '0'); return false;\" href=\"/user/{e(c.author)}/\">{e(c.author)}</a>"
        )
        quote = ""
        if c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<!--QuoteBegin {e(q.author)} --><div class="quote_block noncontenteditable"><div class="title_quote" data-commenttime="{e(q.shown)}">Цитата: {e(q.author)}</div><div class="quote"><div class="quote_body contenteditable"><!--QuoteEBegin-->{brs(q.text)}<!--QuoteEnd--></div></div></div><!--QuoteEEnd--><br>'
        items.append(f"""<div id="comment-id-{870 + i}"><div class="bcomment">
<div class="dtop"><div class="lcol"><span><img src="/templates/Default/dleimages/noavatar.png" alt="{e(c.author)}"/></span></div>
<div class="rcol"><span class="reply"><a href="#" onclick="dle_ins('{870 + i}'); return false;">Цитировать</a></span><ul class="reset"><li><h4>{name}</h4></li><li>{e(c.shown)}</li></ul>
<ul class="cmsep reset"><li>Группа: {"Гости" if guest else "Посетители"}</li><li>ICQ: --</li></ul></div><div class="clr"></div></div>
<div class="cominfo"><div class="dpad"><ul class="cominfo reset"><li>Регистрация: {"--" if guest else "3.02.2021"}</li><li>Публикаций: 0</li><li>Комментариев: {12 + 5 * i}</li></ul></div></div>
<div class="dcont"><div id='comm-id-{870 + i}'>{quote}{brs(c.text)}</div><div class="clr"></div></div>
</div></div>""")
    recent = "".join(
        f'<li><b>{e(who)}</b> к новости <a href="/news/{400 + n}-x.html">{e(post)}</a></li>'
        for n, (who, post) in enumerate(p.recent)
    )
    body = f"""<div class="wwide pagebg"><div class="headpic"><div class="wwide"><a class="thide logotype" href="/" title="{e(p.site)}">{e(p.site)}</a></div></div>
<div class="wwide topmenu"><div class="loginbox">Гость, <a href="/index.php?do=register">Регистрация</a> | <a href="#" id="loginlink">Вход</a></div><ul class="reset">{"".join(f'<li><a href="/{n}/">{e(x)}</a></li>' for n, x in enumerate(LABELS["ru"]["nav"]))}</ul></div>
<div class="wwide body"><div class="shadlr"><div class="container"><div class="vsep"><div class="vsep">
<div id="midside" class="rcol">
<div class="speedbar"><span id="dle-speedbar"><a href="/">Главная</a> &raquo; <a href="/news/">Новости</a> &raquo; {e(p.title)}</span></div>
<div id='dle-content'><div class="base fullstory"><div class="dpad">
<h3 class="btl">{e(p.title)}</h3>
<div class="bhinfo"><span class="baseinfo radial">Автор: <a onclick="ShowProfile('Anna', '/user/Anna/', '0'); return false;" href="/user/Anna/">{e(p.byline)}</a> от <a href="/2025/04/22/">{e(p.date_shown)}</a></span><span class="ratebox"><div class="rate"><div class="rating"><ul class="unit-rating"><li class="current-rating" style="width:68%;">68</li></ul></div></div></span><div class="clr"></div></div>
<div class="maincont">{brs(p.article)}<div class="clr"></div></div>
<div class="storenumber"></div>
</div>
<div class="mlink"><span class="argback"><a href="javascript:history.go(-1)"><b>Вернуться</b></a></span><span class="argviews"><span title="Просмотров: 1 245"><b>1 245</b></span></span><span class="argcoms"><span title="Комментариев: {len(p.comments)}"><b>{len(p.comments)}</b></span></span><div class="mlarrow">&nbsp;</div><p class="lcol argcat">Категория: <a href="/news/">Новости</a></p></div>
<div class="related"><div class="dtop"><span><b>Похожие новости:</b></span></div><ul class="reset">{"".join(f'<li><a href="/news/{300 + n}-x.html">{e(t)}</a></li>' for n, t in enumerate(p.related))}</ul></div>
</div>
<div id="dle-ajax-comments"></div>
<form method="post" action="" name="dlemasscomments" id="dlemasscomments"><div id="dle-comments-list">
<a name="comment"></a>
{chr(10).join(items)}
</div></form>
<div class="baseform"><div class="dtop"><span><b>Добавить комментарий</b></span></div>
<form method="post" name="dle-comments-form" id="dle-comments-form"><table class="tableform"><tr><td class="label">Ваше имя:</td><td><input type="text" name="name" id="name" class="f_input" /></td></tr><tr><td class="label">Ваш E-Mail:</td><td><input type="text" name="mail" id="mail" class="f_input" /></td></tr><tr><td colspan="2"><textarea name="comments" id="comments" cols="70" rows="10"></textarea></td></tr><tr><td class="label">Код:</td><td><div><div id="dle-captcha"><img src="/engine/modules/antibot/antibot.php" alt="Включите эту картинку для отображения кода безопасности" width="160" height="80" /></div></div></td></tr></table>
<div class="fieldsubmit"><button type="submit" name="submit" class="fbutton"><span>Отправить</span></button></div>
<input type="hidden" name="subaction" value="addcomment" /><input type="hidden" name="post_id" id="post_id" value="4471" /></form></div>
</div>
</div>
<div id="sidebar" class="lcol">
<div class="block"><div class="dtop"><h4 class="btl">Последние комментарии</h4></div><div class="dcont"><ul class="lastcomm reset">{recent}</ul></div></div>
<div class="block"><div class="dtop"><h4 class="btl">Календарь</h4></div><div class="dcont">Апрель 2025</div></div>
</div>
</div></div></div></div></div>
<div class="wwide footbox"><div class="copyright">Copyright &copy; 2026 {e(p.site)}. Powered by DataLife Engine &copy; 2004-2026</div></div></div>"""
    return shell(p, body)


def r_news_forum_de(p: Page) -> str:
    """A German news site's forum in utility classes: 'Name • vor 2 Stunden' as one text, replies only indented (ml-32)."""
    items = []
    for i, c in enumerate(p.comments):
        reply = c.parent is not None
        indent = "ml-32 border-l-2 border-shade-lighter pl-16 " if reply else ""
        items.append(f"""<div data-post-id="{82100 + i}" class="{indent}py-16 border-b border-shade-lighter">
<div class="flex items-center gap-8"><img class="rounded-full w-32 h-32" src="/forum/avatar/default.svg" alt="" width="32" height="32"><p class="font-sansUI text-s text-shade-dark leading-tight">{e(c.author)} • {e(c.shown)}</p></div>
<div class="RichText font-serifUI text-base leading-normal mt-8">{paras(c.text)}</div>
<div class="flex gap-16 mt-8 font-sansUI text-s text-shade-dark"><button type="button" data-action="reply">Antworten</button><button type="button" data-action="recommend">Empfehlen <span>{_score(i)}</span></button><button type="button" data-action="report">Melden</button></div>
</div>""")
    comments = f"""<section data-area="forum" id="community" class="bg-shade-lightest py-24 px-16 lg:px-24">
<header class="flex justify-between items-baseline"><h2 class="font-sansUI text-xl font-bold">Diskutieren Sie mit</h2><span class="font-sansUI text-s text-shade-dark">{len(p.comments)} Beiträge</span></header>
<p class="font-sansUI text-s mt-8">Bitte beachten Sie unsere <a href="/netiquette">Netiquette</a>. Beiträge werden vor der Veröffentlichung geprüft.</p>
<div data-forum-list class="mt-16">
{chr(10).join(items)}
</div>
<form class="mt-24" data-forum-form><p class="font-sansUI text-s">Melden Sie sich an, um mitzudiskutieren.</p><label class="font-sansUI text-s" for="forum-text">Ihr Beitrag</label><textarea id="forum-text" class="w-full border" rows="4"></textarea><button type="submit" class="bg-primary-base text-white px-16 py-8">Beitrag senden</button></form>
</section>"""
    body = f"""<header class="bg-white border-b" data-area="header"><a href="/" class="block font-bold text-2xl">{e(p.site)}</a>{nav(p, "flex gap-16 font-sansUI")}</header>
<main id="Inhalt" class="max-w-screen-md mx-auto">
<article data-area="article" aria-label="{e(p.title)}">
<header class="pt-32 pb-16"><h1 class="font-serifUI"><span class="block text-primary-base font-sansUI text-base font-bold mb-4">Rathaus</span><span class="align-middle">{e(p.title)}</span></h1>
<div class="font-sansUI text-s text-shade-dark mt-8"><span>{e(p.byline)}</span> • <time datetime="{p.when}+01:00">{e(p.date_shown)}</time></div></header>
<section data-area="body"><div data-sara-click-el="body_element" class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap">
{paras(p.article)}
</div></section>
<section data-area="related" class="py-24"><h3 class="font-sansUI font-bold">Mehr zum Thema</h3><ul>{"".join(f'<li><a href="/r/{n}">{e(t)}</a></li>' for n, t in enumerate(p.related))}</ul></section>
</article>
{comments}
</main>
<footer class="bg-shade-darkest text-white py-32" data-area="footer"><p>© {e(p.site)} – {e(LABELS["de"]["footer"])}</p></footer>"""
    return shell(p, body)


def r_weibo(p: Page) -> str:
    """Weibo status with its comment list: '名字：text' in div.WB_text; replies in div.list_box_in, '回复@名字:'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        uid = 5600000000 + 1013 * i
        box = (
            f'<div class="list_box_in S_bg3"><div class="list_ul" node-type="feed_list_commentList">\n{sub}</div></div>'
            if sub
            else ""
        )
        return f"""<div comment_id="{4880000000000000 + i}" class="list_li S_line1 clearfix" node-type="root_comment">
<div class="WB_face W_fl"><a target="_blank" href="//weibo.com/u/{uid}"><img width="30" height="30" alt="{e(c.author)}" src="//tva1.sinaimg.cn/crop.0.0.180.180.50/{uid}.jpg" usercard="id={uid}"></a></div>
<div class="list_con" node-type="replywrap">
<div class="WB_text"><a target="_blank" href="//weibo.com/u/{uid}" usercard="id={uid}">{e(c.author)}</a>：{e(c.text)}</div>
<div class="WB_func clearfix"><div class="WB_handle W_fr"><ul class="clearfix"><li class="hover"><span class="line S_line1"><a class="S_txt1" action-type="delete" href="javascript:void(0);">举报</a></span></li><li><span class="line S_line1"><a class="S_txt1" action-type="reply" href="javascript:void(0);">回复</a></span></li><li><span class="line S_line1"><a href="javascript:void(0);" class="S_txt1" action-type="fl_like" title="赞"><span node-type="like_status"><em class="W_ficon ficon_praised S_txt2">ñ</em><em>{_score(i)}</em></span></a></span></li></ul></div>
<div class="WB_from S_txt2">{e(c.shown)}</div></div>
{box}
</div></div>"""

    lst = tree(p, item, lambda s: s)
    paras_html = "<br><br>".join(e(x) for x in p.article.split("\n\n"))
    body = f"""<div class="WB_miniblog"><div class="WB_miniblog_fb"><div id="plc_top"><div class="WB_global_nav"><div class="gn_header clearfix"><div class="gn_logo"><a href="//weibo.com" class="box" title="微博"><span class="logo"></span></a></div><div class="gn_search_v2"><input type="text" class="W_input" node-type="searchInput" placeholder="大家都在搜"></div><div class="gn_position"><div class="gn_nav"><ul class="gn_nav_list"><li><a href="/" class="S_txt1"><em class="W_ficon ficon_home S_ficon">E</em><em class="S_txt1">首页</em></a></li><li><a href="/hot" class="S_txt1"><em class="S_txt1">热门</em></a></li><li><a href="/login.php"><em class="S_txt1">登录</em></a></li></ul></div></div></div></div></div>
<div class="WB_frame"><div id="plc_main"><div class="WB_frame_c"><div class="WB_feed WB_feed_v3 WB_feed_v4">
<div class="WB_cardwrap WB_feed_type S_bg2 WB_feed_like" mid="4880000000000099" tbinfo="ouid=5512000000">
<div class="WB_feed_detail clearfix" node-type="feed_content">
<div class="WB_face W_fl"><div class="face"><a target="_blank" class="W_face_radius" href="//weibo.com/u/5512000000" title="{e(p.byline)}"><img usercard="id=5512000000" title="{e(p.byline)}" alt="" width="50" height="50" src="//tvax1.sinaimg.cn/crop.0.0.512.512.180/5512000000.jpg" class="W_face_radius"></a></div></div>
<div class="WB_detail">
<div class="WB_info"><a target="_blank" class="W_f14 W_fb S_txt1" usercard="id=5512000000" nick-name="{e(p.byline)}" title="{e(p.byline)}" href="//weibo.com/u/5512000000">{e(p.byline)}</a><a target="_blank" href="//vip.weibo.com/" title="微博会员"><em class="W_icon icon_member3"></em></a></div>
<div class="WB_from S_txt2"><a target="_blank" href="/5512000000/Nk1x2y3z" title="{p.date} {p.time}" date="1741134600000" class="S_txt2" node-type="feed_list_item_date">{e(p.date_shown)}</a> 来自 <a class="S_txt2" target="_blank" href="//app.weibo.com/t/feed/1">微博 weibo.com</a></div>
<div class="WB_text W_f14" node-type="feed_list_content" nick-name="{e(p.byline)}">{paras_html}</div>
</div></div>
<div class="WB_feed_handle"><div class="WB_handle"><ul class="WB_row_line WB_row_r4 clearfix S_line2"><li><a class="S_txt2" href="javascript:void(0);" action-type="fl_forward"><span class="pos"><span class="line S_line1"><span><em class="W_ficon ficon_forward S_ficon">&#xe607;</em><em>36</em></span></span></span></a></li><li><a class="S_txt2" href="javascript:void(0);" action-type="fl_comment"><span class="pos"><span class="line S_line1"><span><em class="W_ficon ficon_repeat S_ficon">&#xe608;</em><em>{len(p.comments)}</em></span></span></span></a></li><li><a href="javascript:void(0);" class="S_txt2" action-type="fl_like" title="赞"><span class="pos"><span class="line S_line1"><span node-type="like_status"><em class="W_ficon ficon_praised S_txt2">ñ</em><em>210</em></span></span></span></a></li></ul></div></div>
<div class="WB_feed_repeat S_bg1" node-type="feed_list_repeat"><div class="WB_repeat S_line1"><div class="WB_feed_publish clearfix"><div class="WB_publish"><div class="p_input"><textarea class="W_input" title="评论" node-type="textEl" placeholder="发布你的评论"></textarea></div><div class="p_opt clearfix"><div class="btn W_fr"><a href="javascript:void(0)" class="W_btn_a btn_30px W_btn_a_disable" action-type="post">评论</a></div></div></div></div>
<div class="repeat_list"><div class="list_box"><div class="list_ul" node-type="feed_list_commentList">
{lst}
</div></div></div></div></div>
</div>
</div></div>
<div class="WB_frame_b"><div class="WB_cardwrap S_bg2"><div class="PCD_ut_a"><h4 class="obj_name">{e(LABELS["zh"]["related"])}</h4><ul class="ul_text">{"".join(f'<li class="S_line1"><a href="/r/{n}" class="S_txt1">{e(t)}</a></li>' for n, t in enumerate(p.related))}</ul></div></div></div>
</div></div>
<div class="WB_footer S_bg2"><div class="other_link S_bg1 clearfix"><p class="copy_v2 S_txt2">Copyright © 2009-2026 WEIBO 北京微梦创科网络技术有限公司</p></div></div>
</div></div>"""
    return shell(p, body)


def r_mybb(p: Page) -> str:
    """MyBB 1.8 classic postbit: div#posts of div.post.classic; a reply may quote an earlier post ('X a écrit :')."""

    def post(c: C, n: int, quote: C | None) -> str:
        pid = 4410 + n
        uid = 300 + sum(map(ord, c.author)) % 500
        q = ""
        if quote is not None:
            q = f'<blockquote class="mycode_quote"><cite><span> ({e(quote.shown)})</span>{e(quote.author)} a écrit : <a href="showthread.php?pid={pid - 1}#pid{pid - 1}" class="quick_jump"></a></cite>{brs(quote.text)}</blockquote><br />\n'
        sig = f'<div class="signature scaleimages">\n{e(c.extra2)}\n</div>\n' if c.extra2 else ""
        title = c.extra or "Membre"
        return f"""<a name="pid{pid}" id="pid{pid}"></a>
<div class="post classic " style="" id="post_{pid}">
<div class="post_author scaleimages">
<div class="author_avatar"><a href="member.php?action=profile&amp;uid={uid}"><img src="./uploads/avatars/avatar_{uid}.png?dateline=1600000000" alt="" width="55" height="55" /></a></div>
<div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid={uid}">{e(c.author)}</a></span></strong><br />
<span class="smalltext">{e(title)}<br /><img src="images/star.png" border="0" alt="*" /><img src="images/star.png" border="0" alt="*" /><br /></span></div>
<div class="author_statistics"><div class="author_wrapper"><div class="author_label">Messages :</div><div class="author_value">{uid % 400 + 12}</div></div><div class="author_wrapper"><div class="author_label">Sujets :</div><div class="author_value">{uid % 40 + 1}</div></div><div class="author_wrapper"><div class="author_label">Inscription :</div><div class="author_value">mars 2019</div></div><div class="author_wrapper"><div class="author_label">Réputation :</div><div class="author_value"><a href="reputation.php?uid={uid}"><strong class="reputation_positive">{uid % 30}</strong></a></div></div></div>
</div>
<div class="post_content">
<div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a href="showthread.php?tid=812&amp;pid={pid}#pid{pid}" title="{"RE: " if n > 1 else ""}{e(p.title)}">#{n}</a></strong></div>
<span class="post_date">{e(c.shown)} <span class="post_edit" id="edited_by_{pid}"></span></span></div>
<div class="post_body scaleimages" id="pid_{pid}">
{q}{brs(c.text)}
</div>
{sig}<div class="post_meta" id="post_meta_{pid}"></div>
</div>
<div class="post_controls">
<div class="postbit_buttons author_buttons float_left"><a href="private.php?action=send&amp;uid={uid}" title="Envoyer un message privé à cet utilisateur" class="postbit_pm"><span>MP</span></a><a href="search.php?action=finduser&amp;uid={uid}" title="Trouver tous les messages de cet utilisateur" class="postbit_find"><span>Rechercher</span></a></div>
<div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=812&amp;replyto={pid}" title="Citer ce message dans une réponse" class="postbit_quote postbit_mirage"><span>Répondre</span></a><a href="report.php?type=post&amp;pid={pid}" class="postbit_report"><span>Signaler</span></a></div>
</div>
</div>"""

    opener = first_post(p)
    opener.extra = "Nouveau membre"
    posts = [post(opener, 1, None)]
    for i, c in enumerate(p.comments):
        posts.append(post(c, i + 2, p.comments[c.parent] if c.parent is not None else None))
    body = f"""<div id="container"><a name="top" id="top"></a>
<div id="header"><div id="logo"><div class="wrapper"><a href="index.php"><img src="images/logo.png" alt="{e(p.site)}" title="{e(p.site)}" /></a>
<ul class="menu top_links"><li><a href="search.php" class="search">Rechercher</a></li><li><a href="memberlist.php" class="memberlist">Liste des membres</a></li><li><a href="calendar.php" class="calendar">Calendrier</a></li><li><a href="misc.php?action=help" class="help">Aide</a></li></ul></div></div>
<div id="panel"><div class="upper"><div class="wrapper"><span class="welcome">Bonjour, visiteur ! <a href="member.php?action=login" class="login">Connexion</a> <a href="member.php?action=register" class="register">S'enregistrer</a></span></div></div></div></div>
<div id="content"><div class="wrapper">
<div class="navigation"><a href="index.php">{e(p.site)}</a> &rsaquo; <a href="forumdisplay.php?fid=4">Bivouac et refuges</a> &rsaquo; <span class="active">{e(p.title)}</span></div><br />
<div class="float_left">Pages (1) : 1</div><div class="float_right"><a href="newreply.php?tid=812" class="button new_reply_button"><span>Répondre</span></a></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div style="float: right;"><span class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">Mode de discussion</a></strong></span></div><div><strong>{e(p.title)}</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">
{chr(10).join(posts)}
</div></td></tr>
<tr><td class="tfoot"><div class="float_right"><a href="showthread.php?tid=812&amp;action=lastpost">Sujet suivant &raquo;</a></div></td></tr></table>
<form method="post" action="newreply.php?tid=812&amp;processed=1" name="quick_reply_form" id="quick_reply_form"><table border="0" cellspacing="0" cellpadding="5" class="tborder"><thead><tr><td class="thead" colspan="2"><strong>Réponse rapide</strong></td></tr></thead><tbody><tr><td class="trow1" valign="top" width="22%"><strong>Message</strong><br /><span class="smalltext">Tapez votre réponse à ce message ici.</span></td><td class="trow1"><textarea style="width: 100%; padding: 4px; margin: 0;" rows="8" cols="80" name="message" id="message" tabindex="1"></textarea></td></tr><tr><td class="trow2"><strong>Nom d'utilisateur (obligatoire)</strong></td><td class="trow2"><input type="text" class="textbox" name="username" /></td></tr></tbody></table><div style="text-align: center;"><input type="submit" class="button" value="Poster la réponse" tabindex="2" accesskey="s" id="quick_reply_submit" /></div></form>
<br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead" align="center" colspan="5"><strong>Sujets apparemment similaires&hellip;</strong></td></tr>{"".join(f'<tr><td align="center" class="trow1" width="2%">&nbsp;</td><td class="trow1"><a href="showthread.php?tid={900 + n}">{e(t)}</a></td><td align="center" class="trow1">Camille_G</td><td align="center" class="trow1">{7 + n}</td></tr>' for n, t in enumerate(p.related))}</table>
</div></div>
<div id="footer"><div class="upper"><div class="wrapper"><ul class="menu bottom_links"><li><a href="showteam.php">Équipe du forum</a></li><li><a href="misc.php?action=syndication">Syndication RSS</a></li></ul></div></div>
<div class="lower"><div class="wrapper"><span id="current_time"><strong>Date/heure actuelle :</strong> 07/12/2026, 10:20</span><span id="copyright">Propulsé par <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2026 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div>
</div>"""
    return shell(p, body)


def r_commento_script(p: Page) -> str:
    """A news page whose comments the Commento script loads: the page shows 'N comentarios' and holds none."""
    n = p.announced
    recent = "".join(
        f'<li class="ultimo-comentario"><span class="autor">{e(who)}</span> en <a href="/noticias/{700 + k}">{e(post)}</a>: <q>Ya era hora de que alguien lo dijera.</q></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="cabecera"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "menu-principal")}</header>
<div class="contenedor">
<main class="principal">
<article class="noticia" itemscope itemtype="https://schema.org/NewsArticle">
<header class="noticia-cabecera"><p class="antetitulo">Huerta</p><h1 class="titular" itemprop="headline">{e(p.title)}</h1>
<p class="entradilla">El consejo agrario propone un banco de tierras para frenar el abandono.</p>
<div class="firma"><span class="autor" itemprop="author">{e(p.byline)}</span> <time itemprop="datePublished" datetime="{p.when}+02:00">{e(p.date_shown)}</time>
<a class="contador-comentarios" href="#comentarios"><span class="commento-count" data-page-id="/2025/09/18/huerta">{n}</span> comentarios</a></div></header>
<div class="cuerpo-noticia" itemprop="articleBody">
{paras(p.article)}
</div>
<ul class="compartir"><li><a class="compartir-x">Compartir en X</a></li><li><a class="compartir-facebook">Facebook</a></li><li><a class="compartir-whatsapp">WhatsApp</a></li></ul>
</article>
<section id="comentarios" class="comentarios"><h2 class="comentarios-titulo">Comentarios ({n})</h2>
<p class="comentarios-aviso">Los comentarios se cargan al llegar a esta sección. Para comentar debe estar registrado.</p>
<div id="commento"></div>
<script defer src="https://cdn.commento.io/js/commento.js" data-page-id="/2025/09/18/huerta" data-no-fonts="true"></script>
<noscript>Active JavaScript para ver los comentarios.</noscript>
</section>
<section class="relacionadas"><h3>{e(LABELS["es"]["related"])}</h3><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</main>
<aside class="lateral"><section class="widget ultimos-comentarios"><h3 class="widget-titulo">Últimos comentarios</h3><ul>{recent}</ul></section>
<section class="widget mas-leidas"><h3 class="widget-titulo">Lo más leído</h3><ol><li><a href="/m/1">Cortes de tráfico por la media maratón</a></li><li><a href="/m/2">El tiempo para el fin de semana</a></li></ol></section></aside>
</div>
<script defer src="https://cdn.commento.io/js/count.js"></script>
{footer(p)}"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batch 4


def r_giscus(p: Page) -> str:
    """Giscus frame content saved inline in a static blog: div.gsc-comment, replies in div.gsc-replies."""
    kids = children_of(p)

    def assoc(c: C) -> str:
        if not c.extra:
            return ""
        return f'<div class="hidden ml-2 text-xs sm:inline-flex"><span class="px-1 ml-1 capitalize border rounded-md color-box-border-info">{e(c.extra)}</span></div>'

    def reactions(i: int) -> str:
        return f'<div class="gsc-comment-reactions"><button type="button" class="gsc-upvote-button gsc-social-reaction-summary-item" aria-label="Upvote"><svg class="gsc-direct-reaction-button-emoji" width="16" height="16"></svg><span class="gsc-upvote-button-count">{_score(i) % 6}</span></button><button type="button" class="gsc-social-reaction-summary-item"><span class="gsc-direct-reaction-button-emoji">&#x1F44D;</span><span class="gsc-social-reaction-summary-item-count">{i % 3 + 1}</span></button></div>'

    def reply(i: int) -> str:
        c = p.comments[i]
        return f"""<div class="gsc-reply"><div class="gsc-tl-line"></div><div class="flex py-2 pl-4 gsc-reply-header"><div class="gsc-reply-author-avatar flex items-center"><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/{e(c.author)}" class="flex items-center"><img class="rounded-full" src="https://avatars.githubusercontent.com/u/{7100 + i}?v=4" width="30" height="30" alt="@{e(c.author)}" loading="lazy"></a></div>
<div class="w-full min-w-0 ml-2"><div class="gsc-reply-header"><div class="gsc-reply-author"><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/{e(c.author)}" class="link-primary overflow-hidden text-ellipsis"><span class="font-semibold link-primary">{e(c.author)}</span></a><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/oskar-lund/blog/discussions/14#discussioncomment-{9900 + i}" class="link-secondary overflow-hidden text-ellipsis"><time class="whitespace-nowrap" title="{c.when}Z" datetime="{c.when}Z">{e(c.shown)}</time></a>{assoc(c)}</div></div>
<div class="markdown gsc-reply-content">{paras(c.text)}</div>
<div class="gsc-reply-reactions">{reactions(i)}</div></div></div></div>"""

    items = []
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            continue
        replies = kids.get(i, [])
        reply_count = (
            f'<div class="gsc-comment-replies-count"><span class="text-xs link-secondary">{len(replies)} repl{"y" if len(replies) == 1 else "ies"}</span></div>'
            if replies
            else ""
        )
        items.append(f"""<div class="gsc-comment"><div class="color-bg-primary w-full min-w-0 rounded-md border color-border-primary">
<div class="gsc-comment-header"><div class="gsc-comment-author"><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/{e(c.author)}" class="gsc-comment-author-avatar"><img class="mr-2 rounded-full" src="https://avatars.githubusercontent.com/u/{7100 + i}?v=4" width="30" height="30" alt="@{e(c.author)}" loading="lazy"><span class="link-primary overflow-hidden text-ellipsis font-semibold">{e(c.author)}</span></a><a rel="nofollow noopener noreferrer" target="_blank" href="https://github.com/oskar-lund/blog/discussions/14#discussioncomment-{9900 + i}" class="link-secondary overflow-hidden text-ellipsis"><time class="whitespace-nowrap" title="{c.when}Z" datetime="{c.when}Z">{e(c.shown)}</time></a>{assoc(c)}</div><div class="flex pr-4"></div></div>
<div class="markdown gsc-comment-content">{paras(c.text)}</div>
<div class="gsc-comment-footer">{reactions(i)}{reply_count}</div>
<div class="gsc-replies">{"".join(reply(r) for r in replies)}</div>
<div class="gsc-reply-box"><button type="button" class="gsc-reply-box-button color-text-secondary color-bg-canvas-inset color-border-primary form-control">Write a reply</button></div>
</div></div>""")
    top = len(items)
    giscus = f"""<div class="giscus"><main class="w-full mx-auto" data-theme="light"><div class="gsc-main">
<div class="gsc-reactions"><h4 class="gsc-reactions-count">4 reactions</h4><div class="gsc-direct-reaction-buttons"><button class="gsc-direct-reaction-button gsc-social-reaction-summary-item" type="button"><span class="gsc-direct-reaction-button-emoji">&#x1F44D;</span><span class="gsc-social-reaction-summary-item-count">3</span></button><button class="gsc-direct-reaction-button gsc-social-reaction-summary-item" type="button"><span class="gsc-direct-reaction-button-emoji">&#x1F389;</span><span class="gsc-social-reaction-summary-item-count">1</span></button></div></div>
<div class="gsc-comments"><div class="gsc-header"><div class="gsc-left-header"><h4 class="gsc-comments-count"><a href="https://github.com/oskar-lund/blog/discussions/14" target="_blank" rel="noreferrer noopener nofollow" class="color-text-primary">{top} comments</a><span class="color-text-secondary"> · {len(p.comments) - top} replies</span></h4></div><div class="gsc-right-header"><span class="link-secondary">– powered by <a class="Link--primary" href="https://giscus.app" target="_blank" rel="noreferrer noopener nofollow">giscus</a></span><div class="BtnGroup"><button class="btn btn-sm BtnGroup-item" aria-pressed="true">Oldest</button><button class="btn btn-sm BtnGroup-item" aria-pressed="false">Newest</button></div></div></div>
<div class="gsc-timeline">
{chr(10).join(items)}
</div>
<div class="gsc-comment-box"><div class="gsc-comment-box-tabs"><button class="gsc-comment-box-tab" type="button">Write</button><button class="gsc-comment-box-tab" type="button">Preview</button></div><div class="gsc-comment-box-main"><textarea class="form-control input-contrast gsc-comment-box-textarea" placeholder="Sign in to comment" disabled></textarea></div><div class="gsc-comment-box-bottom"><a class="btn btn-primary inline-flex items-center" href="https://giscus.app/api/oauth/authorize">Sign in with GitHub</a></div></div>
</div></div></main></div>"""
    body = f"""<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="{e(p.site)} (Alt + H)">{e(p.site)}</a></div><ul id="menu"><li><a href="/posts/" title="Posts"><span>Posts</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">{e(p.title)}</h1>
<div class="post-meta"><span title="{p.date} {p.time}:00 +0000 UTC">{e(p.date_shown)}</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;{e(p.byline)}</div></header>
<div class="post-content">{paras(p.article)}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/go/">Go</a></li><li><a href="/tags/bash/">Bash</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/cli-tools/"><span class="title">« Prev</span><br><span>{e(p.related[0])}</span></a><a class="next" href="/posts/dotfiles/"><span class="title">Next »</span><br><span>{e(p.related[1])}</span></a></nav></footer>
{giscus}
</article>
</main>
<footer class="footer"><span>&copy; 2026 <a href="/">{e(p.site)}</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a></span></footer>"""
    return shell(p, body)


def r_smf(p: Page) -> str:
    """SMF 2.0 Display.template: div.windowbg posts with poster column, keyinfo subject/date, div.inner#msg_N, signature."""

    def post(c: C, n: int, quote: tuple[C, int] | None) -> str:
        mid = 15200 + n
        uid = 40 + sum(map(ord, c.author)) % 300
        q = ""
        if quote is not None:
            qc, qn = quote
            q = f'<div class="quoteheader"><div class="topslice_quote"><a href="/index.php?topic=812.msg{15200 + qn}#msg{15200 + qn}">Cita de: {e(qc.author)} en {e(qc.shown)}</a></div></div><blockquote class="bbc_standard_quote">{brs(qc.text)}<br /></blockquote><div class="quotefooter"><div class="botslice_quote"></div></div>'
        group = f'<li class="membergroup">{e(c.extra)}</li>' if c.extra.startswith("Moderador") else ""
        postgroup = "Newbie" if c.extra.startswith("Moderador") else (c.extra or "Newbie")
        counter = f"<strong>Respuesta #{n} en:</strong>" if n else "<strong>en:</strong>"
        sig = f'<div class="signature" id="msg_{mid}_signature">{e(c.extra2)}</div>' if c.extra2 else ""
        return f"""<div class="{"windowbg" if n % 2 == 0 else "windowbg2"}"><span class="topslice"><span></span></span>
<div class="post_wrapper">
<div class="poster"><h4><a href="/index.php?action=profile;u={uid}" title="Ver perfil de {e(c.author)}">{e(c.author)}</a></h4>
<ul class="reset smalltext" id="msg_{mid}_extra_info">{group}<li class="postgroup">{e(postgroup)}</li><li class="stars"><img src="/Themes/default/images/star.gif" alt="*" /></li><li class="avatar"><a href="/index.php?action=profile;u={uid}"><img class="avatar" src="/index.php?action=dlattach;attach={uid};type=avatar" alt="" /></a></li><li class="postcount">Mensajes: {uid * 3 % 900 + 14}</li><li class="profile"><ul><li><a href="/index.php?action=profile;u={uid}"><img src="/Themes/default/images/icons/profile_sm.gif" alt="Ver perfil" title="Ver perfil" /></a></li></ul></li></ul></div>
<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><div class="messageicon"><img src="/Themes/default/images/post/xx.gif" alt="" /></div>
<h5 id="subject_{mid}"><a href="/index.php?topic=812.msg{mid}#msg{mid}" rel="nofollow">{"Re: " if n else ""}{e(p.title)}</a></h5>
<div class="smalltext">&#171; {counter} {e(c.shown)} &#187;</div><div id="msg_{mid}_quick_mod"></div></div>
<ul class="reset smalltext quickbuttons"><li class="quote_button"><a href="/index.php?action=post;quote={mid};topic=812.0" onclick="return oQuickReply.quote({mid});">Citar</a></li></ul></div>
<div class="post"><div class="inner" id="msg_{mid}">{q}{brs(c.text)}</div></div></div>
<div class="moderatorbar"><div class="smalltext modified" id="modified_{mid}"></div><div class="smalltext reportlinks"><a href="/index.php?action=reporttm;topic=812.0;msg={mid}">Reportar al moderador</a> &nbsp;<img src="/Themes/default/images/ip.gif" alt="" />En línea</div>{sig}</div>
</div>
<span class="botslice"><span></span></span></div>
<hr class="post_separator" />"""

    posts = [post(first_post(p), 0, None)]
    for i, c in enumerate(p.comments):
        quote = (p.comments[c.parent], c.parent + 1) if c.parent is not None else None
        posts.append(post(c, i + 1, quote))
    body = f"""<div id="wrapper" style="width: 90%"><div id="header"><div class="frame"><div id="top_section"><h1 class="forumtitle"><a href="/index.php">{e(p.site)}</a></h1><div class="news normaltext"><h2>Noticias: </h2><p>Quedada de observación el 29 de marzo.</p></div></div>
<div id="upper_section" class="middletext"><div class="user"><form id="guest_form" action="/index.php?action=login2" method="post" accept-charset="UTF-8"><div class="info">Bienvenido(a), <strong>Visitante</strong>. Por favor, <a href="/index.php?action=login">ingresa</a> o <a href="/index.php?action=register">regístrate</a>.</div><input type="text" name="user" size="10" class="input_text" /><input type="password" name="passwrd" size="10" class="input_password" /><input type="submit" value="Ingresar" class="button_submit" /></form></div></div>
<div id="main_menu"><ul class="dropmenu" id="menu_nav"><li id="button_home"><a class="active firstlevel" href="/index.php"><span class="last firstlevel">Inicio</span></a></li><li id="button_help"><a class="firstlevel" href="/index.php?action=help"><span class="firstlevel">Ayuda</span></a></li><li id="button_search"><a class="firstlevel" href="/index.php?action=search"><span class="firstlevel">Buscar</span></a></li></ul></div>
<div class="navigate_section"><ul><li><a href="/index.php"><span>{e(p.site)}</span></a> &#187;</li><li><a href="/index.php#c2"><span>Equipos</span></a> &#187;</li><li class="last"><a href="/index.php?topic=812.0"><span>{e(p.title)}</span></a></li></ul></div></div></div>
<div id="content_section"><div class="frame"><div id="main_content_section">
<a id="top"></a><a id="msg15200"></a>
<div class="pagesection"><div class="nextlinks"><a href="/index.php?topic=811.0">&laquo; anterior</a> <a href="/index.php?topic=813.0">próximo &raquo;</a></div><div class="pagelinks floatleft">Páginas: [<strong>1</strong>] &nbsp;&nbsp;<a href="#lastPost"><strong>Ir Abajo</strong></a></div></div>
<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="/Themes/default/images/topic/veryhot_post.gif" align="bottom" alt="" /><span id="author">Autor</span>Tema: {e(p.title)} &nbsp;(Leído 1843 veces)</h3></div>
<p id="whoisviewing" class="smalltext">0 Usuarios y 2 Visitantes están viendo este tema.</p>
<form action="/index.php?action=quickmod2;topic=812.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" style="margin: 0;" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('x', 'y') : false">
{chr(10).join(posts)}
</form></div>
<a id="lastPost"></a>
<div id="quickreplybox"><div class="cat_bar"><h3 class="catbg">Respuesta rápida</h3></div><div class="roundframe"><form action="/index.php?board=2.0;action=post2" method="post" accept-charset="UTF-8" name="postmodify" id="postmodify"><dl id="post_header"><dt>Nombre:</dt><dd><input type="text" name="guestname" value="" size="25" class="input_text" tabindex="1" /></dd><dt>Email:</dt><dd><input type="text" name="email" value="" size="25" class="input_text" tabindex="2" /></dd></dl><div class="quickReplyContent"><textarea cols="600" rows="7" name="message" tabindex="3"></textarea></div><div class="righttext padding"><input type="submit" name="post" value="Publicar" class="button_submit" /></div></form></div></div>
<div class="pagesection"><div class="pagelinks floatleft">Páginas: [<strong>1</strong>]</div></div>
<div class="cat_bar"><h3 class="catbg">Temas similares ({len(p.related)})</h3></div><ul class="reset">{"".join(f'<li><a href="/index.php?topic={820 + k}.0">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul>
</div></div></div>
<div id="footer_section"><div class="frame"><ul class="reset"><li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a href="/index.php?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.19</a> | <a href="https://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2021</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></span></li></ul><p>Página creada en 0.094 segundos con 21 consultas.</p></div></div></div>"""
    return shell(p, body)


def r_flarum(p: Page) -> str:
    """Flarum before its JavaScript runs: posts in noscript#flarum-content (h3 name + div.Post-body), times only in the JSON payload."""
    posts = [first_post(p), *p.comments]
    users = sorted({c.author for c in posts})
    blocks = "\n".join(
        f'<div>\n<h3>{e(c.author)}</h3>\n<div class="Post-body">\n{paras(c.text)}\n</div>\n</div>\n<hr>'
        for c in posts
    )
    payload = {
        "resources": [],
        "session": {"userId": 0, "csrfToken": "x8Jc2ApT"},
        "locale": "de",
        "apiDocument": {
            "data": {
                "type": "discussions",
                "id": "812",
                "attributes": {
                    "title": p.title,
                    "slug": "812-balkonkraftwerk-wechselrichter-auf-dem-dachboden",
                    "commentCount": len(posts),
                    "createdAt": f"{p.when}+00:00",
                },
                "relationships": {
                    "posts": {"data": [{"type": "posts", "id": str(5100 + n)} for n in range(len(posts))]}
                },
            },
            "included": [
                {
                    "type": "posts",
                    "id": str(5100 + n),
                    "attributes": {
                        "number": n + 1,
                        "createdAt": f"{c.when}+00:00",
                        "contentType": "comment",
                        "contentHtml": paras(c.text),
                    },
                    "relationships": {
                        "user": {"data": {"type": "users", "id": str(200 + users.index(c.author))}}
                    },
                }
                for n, c in enumerate(posts)
            ]
            + [
                {"type": "users", "id": str(200 + k), "attributes": {"username": u, "displayName": u}}
                for k, u in enumerate(users)
            ],
        },
    }
    # Blade's @json escapes tags, quotes and ampersands and keeps non-ASCII as \\u escapes.
    blob = json.dumps(payload, ensure_ascii=True)
    for raw, esc in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"), ("'", "\\u0027"), ("/", "\\/")):
        blob = blob.replace(raw, esc)
    body = f"""<div id="app" class="App">
<div id="app-navigation" class="App-navigation"></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container"><div class="Header-title"><a href="/" id="home-link">{e(p.site)}</a></div><div id="header-primary" class="Header-primary"></div><div id="header-secondary" class="Header-secondary"></div></div></header></div>
<main class="App-content">
<div id="content"></div>
<div id="flarum-loading" style="display: none">Wird geladen …</div>
<noscript><div class="Alert"><div class="container">Dieses Forum ist für moderne Browser mit aktiviertem JavaScript optimiert.</div></div></noscript>
<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">Beim Laden der JavaScript-Version dieses Forums ist ein Fehler aufgetreten. <a href="?nojs=1">Zur einfachen Version wechseln</a>.</div></div></div>
<noscript id="flarum-content">
<div class="container">
<h2>{e(p.title)}</h2>
<div>
{blocks}
</div>
</div>
</noscript>
<div class="App-composer"><div class="container"><div id="composer"></div></div></div>
</main>
</div>
<div id="modal"></div>
<div id="alerts"></div>
<script id="flarum-json-payload" type="application/json">{blob}</script>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {{extensions: {{}}}};</script>
<script src="/assets/forum.js?v=3f9c1a2b"></script>
<script src="/assets/forum-de.js?v=81d0c3aa"></script>
<script>document.getElementById('flarum-loading').style.display = 'none'; try {{ flarum.core.app.load(JSON.parse(document.getElementById('flarum-json-payload').textContent)); flarum.core.app.bootExtensions(flarum.extensions); flarum.core.app.boot(); }} catch (e) {{ var error = document.getElementById('flarum-loading-error'); error.innerHTML += document.getElementById('flarum-content').textContent; error.style.display = 'block'; throw e; }}</script>"""
    return shell(p, body, head=f'<meta name="description" content="{e(p.article.split(chr(10))[2][:150])}">')


def r_ghost(p: Page) -> str:
    """Ghost native comments (comments-ui) saved inline: utility classes, 'Name · expertise · time', one level of replies."""
    kids = children_of(p)

    def initials(name: str) -> str:
        return "".join(part[0] for part in name.split()[:2]).upper()

    def comment(i: int, replies: str) -> str:
        c = p.comments[i]
        expertise = (
            f'<span class="whitespace-nowrap">{e(c.extra)}</span><span class="mx-[0.3em]">·</span>'
            if c.extra
            else ""
        )
        return f"""<div class="w-full" data-testid="comment-component"><div class="flex flex-row">
<div class="mr-3 flex flex-col items-center justify-start"><div class="flex-0 mb-4"><figure class="relative h-10 w-10"><div class="flex items-center justify-center rounded-full h-10 w-10" style="background-color: hsl({(i * 47) % 360}, 30%, 55%);"><p class="font-sans text-base font-semibold text-white">{e(initials(c.author))}</p></div><img class="absolute left-0 top-0 h-10 w-10 rounded-full" src="https://www.gravatar.com/avatar/{3300 + i}?s=250&amp;r=g&amp;d=blank" alt="Avatar"></figure></div></div>
<div class="grow">
<div class="mb-2 -mt-0.5 flex items-start"><div><h4 class="text-[rgb(23,23,23] font-sans text-[17px] font-bold tracking-tight">{e(c.author)}</h4>
<div class="flex items-baseline pr-4 font-sans text-[14px] tracking-tight text-neutral-400">{expertise}<span class="whitespace-nowrap" title="{c.when.replace("T", " ")}">{e(c.shown)}</span></div></div></div>
<div class="mt mb-2 flex flex-row items-center gap-4 pr-4"><div class="gh-comment-content font-sans text-[16px] leading-normal text-neutral-900" data-testid="comment-content">{paras(c.text)}</div></div>
<div class="flex gap-5"><button class="group flex items-center font-sans text-sm outline-0 text-neutral-400" data-testid="like-button" type="button"><svg class="mr-[6px] h-4 w-4" viewBox="0 0 24 24"></svg>{_score(i) % 9}</button><button class="group flex items-center font-sans text-sm outline-0 text-neutral-400" data-testid="reply-button" type="button"><svg class="mr-[6px] h-4 w-4" viewBox="0 0 24 24"></svg>Répondre</button><div data-testid="more-button"><button class="outline-0" type="button"><svg class="h-5 w-5" viewBox="0 0 24 24"></svg></button></div></div>
{f'<div class="mb-4 ml-[-1.4rem] mt-7 sm:mb-0 sm:mt-8" data-testid="replies">{replies}</div>' if replies else ""}
</div></div></div>"""

    items = [comment(i, "".join(comment(r, "") for r in kids.get(i, []))) for i in kids.get(None, [])]
    comments = f"""<section class="article-comments gh-canvas"><div id="ghost-comments-root" style="max-width: 100%;"><div class="ghost-display">
<div class="flex w-full flex-col">
<div class="z-10 mb-7 flex w-full items-baseline justify-between"><h2 class="text-[rgb(23,23,23)] font-sans text-2xl font-bold tracking-tight sm:text-3xl">Discussion des membres</h2><span class="font-sans text-base text-neutral-400" data-testid="count">{len(p.comments)} commentaires</span></div>
<div class="z-[3] -mt-3 mb-7 rounded-md border border-neutral-200 p-6 text-center" data-testid="cta-box"><h1 class="mb-2 font-sans text-2xl font-bold tracking-tight">Rejoignez la discussion</h1><p class="mb-6 font-sans leading-normal">Devenez membre de {e(p.site)} pour commencer à commenter.</p><button class="rounded-md px-5 py-[14px] font-sans text-[15px] font-semibold text-white" type="button">S'inscrire maintenant</button><p class="font-sans text-sm">Vous avez déjà un compte ? <button class="font-semibold" type="button">Se connecter</button></p></div>
{chr(10).join(items)}
</div></div></div></section>"""
    body = f"""<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{e(p.site)}</a></div>{nav(p, "gh-head-menu")}<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">S'abonner</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-cuisine">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/cuisine/">Cuisine</a></span></div>
<h1 class="article-title">{e(p.title)}</h1>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/claire/">{e(p.byline)}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{p.date}">{e(p.date_shown)}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min de lecture</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
{paras(p.article)}
</section>
{comments}
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner">{"".join(f'<article class="post-card post"><a class="post-card-content-link" href="/r/{k}/"><header class="post-card-header"><h2 class="post-card-title">{e(t)}</h2></header></a></article>' for k, t in enumerate(p.related))}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{e(p.site)}</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Propulsé par Ghost</a></div></div></footer></div>"""
    return shell(p, body)


def r_netease(p: Page) -> str:
    """NetEase-style news comments (跟贴): a reply stacks the chain of earlier comments it answers as quoted floors."""

    def chain(i: int) -> list[int]:
        out: list[int] = []
        while p.comments[i].parent is not None:
            i = p.comments[i].parent  # type: ignore[assignment]
            out.insert(0, i)
        return out

    items = []
    for i, c in enumerate(p.comments):
        floors = ""
        for k, a in enumerate(chain(i)):
            q = p.comments[a]
            floors = f'<div class="tie-floor">{floors}<div class="floor-head"><span class="floor-user">{e(q.author)}</span> <span class="floor-area">[{e(q.extra)}网友]</span><span class="floor-num">{k + 1}</span></div><div class="floor-cnt">{e(q.text)}</div></div>'
        floors_html = f'<div class="tie-floors">{floors}</div>' if floors else ""
        items.append(f"""<div class="tie-item" data-id="{80010000 + i}">
<div class="tie-author"><img class="tie-avatar" src="//img.ws.126.net/tie/avatar/{i}.png" alt=""><span class="from-user"><a href="//my.163.com/{80 + i}" target="_blank">{e(c.author)}</a></span> <span class="from-area">[{e(c.extra)}网友]</span><span class="tie-time">{e(c.shown)}</span></div>
{floors_html}
<div class="tie-cnt">{e(c.text)}</div>
<div class="tie-ops"><a class="tie-op-up" href="javascript:;">顶[<em>{_score(i) + 3}</em>]</a><a class="tie-op-down" href="javascript:;">踩[<em>{i % 3}</em>]</a><a class="tie-op-reply" href="javascript:;">回复</a><a class="tie-op-share" href="javascript:;">分享</a></div>
</div>""")
    body = f"""<div class="ns_area index_nav"><div class="ns_area_nav"><a href="https://news.163.com/" class="nav_logo">{e(p.site)}</a>{nav(p, "nav_channel")}</div></div>
<div class="container clearfix">
<div class="post_main">
<h1 class="post_title">{e(p.title)}</h1>
<div class="post_info">{e(p.date_shown)}　来源: <a href="https://news.163.com/">新华网</a>　<a class="post_comment_toolbar" href="#tie"><span class="post_top_tie_count">{len(p.comments)}</span>跟贴</a></div>
<div class="post_body" id="content">
<p class="otitle">（原标题：高铁静音车厢试行一年）</p>
{paras(p.article)}
<p class="post_author_line">（{e(p.byline)}）</p>
</div>
<div class="post_statement">特别声明：以上内容为网易号用户上传并发布，本平台仅提供信息存储服务。</div>
<div class="tie-area" id="tie">
<div class="tie-titlebar"><span class="tie-title">网友评论</span><span class="tie-info"><a class="js-tielink" href="https://comment.tie.163.com/G1x.html">{len(p.comments)}</a>条评论 <a href="https://comment.tie.163.com/G1x.html">1024</a>人参与</span></div>
<div class="tie-input"><textarea placeholder="文明上网，登录发贴"></textarea><div class="tie-input-bar"><span class="tie-login">网友评论仅供其表达个人看法，并不表明网易立场。</span><button class="tie-submit" type="button">马上发贴</button></div></div>
<div class="tie-list" id="tie-new"><h3 class="tie-list-title">最新跟贴</h3>
{chr(10).join(items)}
</div>
<div class="tie-more"><a href="https://comment.tie.163.com/G1x.html" target="_blank">查看全部跟贴</a></div>
</div>
</div>
<div class="post_side"><div class="post_side_mod"><h3>热点新闻</h3><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div><div class="post_side_mod"><h3>24小时排行</h3><ol><li><a href="/h/1">多地发布高温预警</a></li><li><a href="/h/2">开学季文具销量上涨</a></li></ol></div></div>
</div>
<div class="N-footer"><p>网易公司版权所有 ©1997-2026</p></div>"""
    return shell(p, body)


def r_slashdot(p: Page) -> str:
    """Slashdot story page: ul#commentlisting of li#tree_N, subject and score above each comment, 'by name (uid)'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 65012300 + i
        label, _, rest = c.extra2.partition(":")
        anon = c.author == "Anonymous Coward"
        by = (
            "by Anonymous Coward"
            if anon
            else f'by <a href="https://slashdot.org/~{e(c.author)}">{e(c.author)} ({41000 + 137 * i})</a>'
        )
        parent = (
            f'<span class="nbutton"><b><a href="//tech.slashdot.org/comments.pl?sid=150001&amp;cid={65012300 + c.parent}" onclick="return setFocusComment(\'\', {65012300 + c.parent})">Parent</a></b></span>'
            if c.parent is not None
            else ""
        )
        return f"""<li id="tree_{cid}" class="comment contain"><input id="commentTreeHider_{cid}" type="checkbox" class="commentTreeHider" autocomplete="off" /><div id="comment_status_{cid}" class="commentstatus"></div>
<div id="comment_{cid}" class="cw">
<div id="comment_top_{cid}" class="commentTop"><div class="title"><h4 id="{cid}"><label class="commentTreeHider" for="commentTreeHider_{cid}"> </label><a id="comment_link_{cid}" name="comment_link_{cid}" href="//tech.slashdot.org/comments.pl?sid=150001&amp;cid={cid}" onclick="return setFocusComment('', {cid})">{e(c.extra)}</a><span id="comment_score_{cid}" class="score">(<span class="hide">{e(label)}:</span>{e(rest)})</span></h4><span class="hide"><a class="commentExpand" href="#">Show more</a></span></div>
<div class="details"><span class="by">{by}</span><span class="otherdetails" id="comment_otherdetails_{cid}"> on <span class="time">{e(c.shown)}</span> (<a href="//tech.slashdot.org/comments.pl?sid=150001&amp;cid={cid}">#{cid}</a>)</span></div></div>
<div class="commentBody"><div id="comment_body_{cid}">{paras(c.text)}</div></div>
<div class="commentSub" id="comment_sub_{cid}"><span class="nbutton"><b><a href="//tech.slashdot.org/comments.pl?sid=150001&amp;op=Reply&amp;pid={cid}" onclick="return replyTo({cid})">Reply to This</a></b></span> <span class="nbutton"><b><a href="#">Share</a></b></span>{parent}<div class="mod_{cid} commentmoderation"><select id="reason_{cid}" name="reason_{cid}"><option value="">Moderate</option><option value="1">Offtopic</option><option value="5">Insightful</option><option value="6">Interesting</option><option value="8">Funny</option></select></div></div>
</div>
<ul id="commtree_{cid}" class="">{sub}</ul>
</li>"""

    lst = tree(p, item, lambda s: s)
    summary = "<br><br>".join(e(x) for x in p.article.split("\n\n"))
    body = f"""<header id="slashdot-header"><div class="container"><a href="//slashdot.org" class="logo">{e(p.site)}</a><nav role="firehose-menu" class="nav-secondary-wrap"><ul class="nav-secondary"><li><a href="//slashdot.org/">Stories</a></li><li><a href="//slashdot.org/recent">Firehose</a></li><li><a href="//slashdot.org/popular">Popular</a></li><li><a href="//slashdot.org/newsletter">Newsletter</a></li></ul></nav></div></header>
<div class="container"><div id="firehose" class="row"><div class="main-wrap has-rail-right"><div class="main-content">
<article id="firehose-150001" data-fhid="150001" data-fhtype="story" class="fhitem fhitem-story article usermode thumbs grid_24">
<span class="sd-info-block" style="display: none"><span class="sd-key-firehose-id">150001</span><span class="type">story</span></span>
<header><span class="topic"><a href="//slashdot.org/index2.pl?fhfilter=transportation" onclick="return false"><img src="//a.fsdn.com/sd/topics/transportation_64.png" width="64" height="64" alt="Transportation" title="Transportation"></a></span>
<h2 class="story"><span id="title-150001" class="story-title"><a onclick="return toggle_fh_body_wrap_return(this);" href="//tech.slashdot.org/story/25/03/03/0830123/city-replaces-traffic-lights-with-roundabouts">{e(p.title)}</a> <span class=" no extlnk"><a class="story-sourcelnk" href="https://www.example.invalid/roundabouts" title="External link">(example.invalid)</a></span></span></h2>
<div class="details" id="details-150001"><span class="story-byline">Posted by <a href="https://www.example.invalid/">{e(p.byline)}</a> <time id="fhtime-150001" datetime="on {e(p.date_shown)}">on {e(p.date_shown)}</time><span class="dept-text"> from the round-and-round dept.</span></span></div></header>
<div class="body" id="fhbody-150001"><div id="text-150001" class="p">{summary}</div></div>
<aside class="novote"></aside>
<footer><div class="story-tags"><span class="tag-bar none"><a class="popular tag" href="/tag/transportation">transportation</a></span></div><div class="story-controls"><a class="comment-bubble" href="//tech.slashdot.org/story/25/03/03/0830123/x#comments">{len(p.comments) * 31}</a></div></footer>
</article>
<div id="comments"><div class="commentBox"><div class="commentControl"><span class="comment_count">{len(p.comments) * 31} comments</span> <span class="threshold"><a href="#">Threshold: 1</a></span> <span class="sort"><a href="#">Sort: Oldest First</a></span></div>
<ul id="commentlisting" class="d2">
{lst}
</ul></div></div>
<div class="row"><div class="fortune" id="fortune"><p>Every journey of a thousand miles begins with a missed exit.</p></div></div>
</div>
<aside class="rail-right"><section class="block" id="slashboxes"><header><h2>Related Links</h2></header><ul>{"".join(f'<li><a href="/story/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section></aside>
</div></div></div>
<footer id="ft" class="main-footer"><div class="container"><ul class="nav-site"><li><a href="//slashdot.org/faq">FAQ</a></li><li><a href="//slashdot.org/privacy">Privacy</a></li></ul><p>Trademarks property of their respective owners. Comments owned by the poster. Copyright &copy; 2026 Slashdot Media. All Rights Reserved.</p></div></footer>"""
    return shell(p, body)


def r_vk(p: Page) -> str:
    """VK comments widget saved inline: a flat list of div.reply; replies say 'ответил Марине' in the date line."""
    items = []
    for i, c in enumerate(p.comments):
        uid = 1500000 + 7919 * sum(map(ord, c.author)) % 90000
        to = ""
        if c.parent is not None:
            verb, _, whom = c.extra.partition(" ")
            pid = 1500000 + 7919 * sum(map(ord, p.comments[c.parent].author)) % 90000
            to = f' {e(verb)} <a class="reply_to" href="https://vk.com/id{pid}">{e(whom)}</a>'
        items.append(f"""<div class="reply reply_dived clear_fix _post" id="post-48100_{7700 + i}" data-post-id="-48100_{7700 + i}">
<div class="reply_wrap _reply_wrap clear_fix"><a class="reply_image" href="https://vk.com/id{uid}" target="_blank"><img class="reply_img" src="https://sun9-1.userapi.com/s/v1/ig2/{uid}.jpg?size=50x50" alt="{e(c.author)}"></a>
<div class="reply_content"><div class="reply_author"><a class="author" href="https://vk.com/id{uid}" data-from-id="{uid}" target="_blank">{e(c.author)}</a></div>
<div class="reply_text"><div id="wpt-48100_{7700 + i}"><div class="wall_reply_text">{e(c.text)}</div></div></div>
<div class="reply_footer clear_fix"><div class="reply_date"><a class="wd_lnk" href="https://vk.com/wall-48100_7000?reply={7700 + i}" target="_blank"><span class="rel_date">{e(c.shown)}</span></a>{to}</div><a class="reply_link" href="#" onclick="return Widgets.replyTo({7700 + i});">Ответить</a>
<div class="like_wrap _like_wall_reply"><a class="like_btn like _like" role="button" aria-label="Нравится"><span class="like_button_icon"></span><span class="like_button_label">Нравится</span><span class="like_button_count">{_score(i) % 7}</span></a></div></div>
</div></div></div>""")
    widget = f"""<div id="vk_comments" class="vk-comments-widget"><div id="wcomments_page" class="wcomments_page">
<div class="wcomments_head clear_fix"><div class="wcomments_count fl_l">{len(p.comments)} комментариев</div><div class="wcomments_sort fl_r"><a href="#">Сначала интересные</a></div></div>
<div class="wcomments_form"><div class="reply_field_wrap"><div class="reply_field" contenteditable="true" placeholder="Добавить комментарий..."></div></div><button class="flat_button button_small" type="button">Отправить</button><div class="wcomments_login">Чтобы оставить комментарий, <a href="https://vk.com/login">войдите ВКонтакте</a></div></div>
<div id="wcomments_posts" class="wcomments_posts">
{chr(10).join(items)}
</div>
<div class="wcomments_footer"><a href="https://vk.com/dev/Comments" target="_blank">Виджет комментариев ВКонтакте</a></div>
</div></div>"""
    body = f"""<header class="header"><div class="header__inner"><a class="header__logo" href="/">{e(p.site)}</a>{nav(p, "header__menu")}</div></header>
<main class="main"><div class="news-page">
<div class="news-page__breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a></div>
<article class="news-page__article">
<h1 class="news-page__title">{e(p.title)}</h1>
<div class="news-page__meta"><span class="news-page__date">{e(p.date_shown)}</span> <span class="news-page__author">Автор: {e(p.byline)}</span> <span class="news-page__views">1 532 просмотра</span></div>
<div class="news-page__text">
{paras(p.article)}
</div>
</article>
<div class="news-page__share"><span>Поделиться:</span> <a class="share share--vk">ВКонтакте</a> <a class="share share--ok">Одноклассники</a> <a class="share share--tg">Telegram</a></div>
<section class="news-page__comments"><h2 class="section-title">Комментарии</h2>
{widget}
</section>
<section class="news-page__related"><h2 class="section-title">{e(LABELS["ru"]["related"])}</h2><ul>{"".join(f'<li><a href="/news/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</div></main>
<footer class="footer"><p>© 2026 {e(p.site)}. {e(LABELS["ru"]["footer"])}. 16+</p></footer>"""
    return shell(p, body)


def r_news_indent_en(p: Page) -> str:
    """A US local paper's own comments: a flat list whose reply depth is only an inline margin-left."""
    items = []
    for i, c in enumerate(p.comments):
        badge = f'<span class="cmt-badge">{e(c.extra)}</span>' if c.extra else ""
        items.append(f"""<div class="cmt-item" id="cmt-{5500 + i}" style="margin-left: {40 * depth(p, i)}px">
<div class="cmt-head"><img class="cmt-avatar" src="/img/avatar-default.png" alt="" width="36" height="36"><span class="cmt-name">{e(c.author)}</span>{badge}<span class="cmt-when">{e(c.shown)}</span></div>
<div class="cmt-text">{paras(c.text)}</div>
<div class="cmt-tools"><a class="cmt-up" href="#" title="Like">&#x1F44D; <span>{_score(i)}</span></a> <a class="cmt-reply" href="#">Reply</a> <a class="cmt-flag" href="#">Report</a></div>
</div>""")
    comments = f"""<div id="story-comments" class="story-comments"><h3 class="cmt-heading">Comments ({len(p.comments)})</h3>
<p class="cmt-policy">Comments are moderated. Please keep it civil and on topic.</p>
<div class="cmt-stream">
{chr(10).join(items)}
</div>
<div class="cmt-form"><h4>Leave a comment</h4><form action="/comments/post" method="post"><p><label for="cmt-name">Name (required)</label><input id="cmt-name" name="name" type="text"></p><p><label for="cmt-email">Email (required, never shown)</label><input id="cmt-email" name="email" type="email"></p><p><label for="cmt-body">Comment</label><textarea id="cmt-body" name="body" rows="6"></textarea></p><p><button type="submit">Post comment</button></p></form></div>
</div>"""
    recent = "".join(
        f'<li><span class="rc-name">{e(who)}</span> on <a href="/news/{300 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    sidebar = f'<div class="sidebar-box rc-box"><h4>Recent comments</h4><ul class="rc-list">{recent}</ul></div><div class="sidebar-box"><h4>Most read</h4><ol><li><a href="/m/1">Road closures this weekend</a></li><li><a href="/m/2">Obituaries</a></li></ol></div>'
    return shell(p, page_body(p, comments, sidebar=sidebar))


# ---------------------------------------------------------------- held-out batch 5


def r_hyvor(p: Page) -> str:
    """Hyvor Talk rendered and saved inline: div.comment blocks with comment-head / comment-body, replies in div.comment-replies."""

    def comment(i: int, replies: str) -> str:
        c = p.comments[i]
        badge = (
            f'<span class="badge badge-moderator" title="{e(c.extra)}">{e(c.extra)}</span>' if c.extra else ""
        )
        return f"""<div class="comment" data-id="{61000 + i}" id="ht-comment-{61000 + i}"><div class="comment-inner">
<div class="comment-avatar"><img src="https://talk.hyvor.com/avatar/{61000 + i}.png" alt="" width="40" height="40"></div>
<div class="comment-main"><div class="comment-head"><a class="name" href="#ht-user-{i}">{e(c.author)}</a>{badge}<a class="time" href="#ht-comment-{61000 + i}" title="{c.when.replace("T", " ")}">{e(c.shown)}</a></div>
<div class="comment-body ht-content">{paras(c.text)}</div>
<div class="comment-actions"><button class="vote vote-up" type="button" aria-label="Upvote"><svg width="14" height="14"></svg><span class="vote-count">{_score(i) % 11}</span></button><button class="vote vote-down" type="button" aria-label="Downvote"><svg width="14" height="14"></svg></button><button class="reply-button" type="button">Reply</button><button class="share-button" type="button">Share</button></div>
{f'<div class="comment-replies">{replies}</div>' if replies else ""}
</div></div></div>"""

    items = tree(p, comment, lambda s: s)
    comments = f"""<section class="comments-section"><hyvor-talk-comments website-id="10421" page-id="garden-waiting-list" loading="default"><div class="hyvor-talk-shadow-root"><div class="ht-wrap">
<div class="ht-top"><div class="reactions"><span class="reactions-title">What is your reaction?</span><button class="reaction" type="button">Superb <span class="count">12</span></button><button class="reaction" type="button">Love <span class="count">7</span></button><button class="reaction" type="button">Wow <span class="count">2</span></button></div>
<div class="ratings"><span class="stars-title">Rate this post</span><span class="stars-average">4.6</span></div></div>
<div class="comment-box"><textarea placeholder="Write your comment..." disabled></textarea><button class="login-button" type="button">Log in to comment</button></div>
<div class="comments-header"><span class="comments-count">{len(p.comments)} Comments</span><div class="sort"><button type="button" class="active">Top</button><button type="button">Newest</button><button type="button">Oldest</button></div></div>
<div class="comments">
{items}
</div>
<div class="ht-footer"><a href="https://talk.hyvor.com" target="_blank" rel="noopener">Powered by Hyvor Talk</a></div>
</div></div></hyvor-talk-comments></section>"""
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}<a class="subscribe-button" href="/subscribe">Subscribe</a></header>
<main class="post-wrap">
<article class="post">
<h1 class="post-title">{e(p.title)}</h1>
<p class="post-meta">By <a href="/about">{e(p.byline)}</a> · <time datetime="{p.when}Z">{e(p.date_shown)}</time> · 5 min read</p>
<div class="post-body">{paras(p.article)}</div>
<div class="newsletter-signup"><p>Get the next letter in your inbox.</p><form><input type="email" placeholder="you@example.com"><button type="submit">Subscribe</button></form></div>
</article>
{related(p)}
{comments}
</main>
<aside class="sidebar">{recent_widget(p)}</aside>
{footer(p)}"""
    return shell(p, body)


def r_nodebb(p: Page) -> str:
    """NodeBB topic (Harmony): li[component=post] items with Comment microdata; a reply names its parent in the header's post/parent link ('@name')."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        pid = 8800 + n
        slug = c.author.lower()
        parent = ""
        if n and c.parent is not None:
            pc = p.comments[c.parent]
            parent = f'<span class="visible-xs-inline-block visible-sm-inline-block visible-md-inline-block visible-lg-inline-block"><a component="post/parent" class="btn btn-sm btn-outline-secondary hidden-xs" data-topid="{8801 + c.parent}" href="/post/{8801 + c.parent}"><i class="fa fa-reply"></i> @{e(pc.author)}</a></span>'
        group = (
            f'<a href="/groups/moderatoren" class="badge rounded-1 text-uppercase text-truncate" style="color:#fff;background-color:#2a7a3b;"><i class="fa fa-shield"></i> <span class="badge-text">{e(c.extra)}</span></a>'
            if c.extra
            else ""
        )
        return f"""<li component="post" class="{"topic-main-post " if n == 0 else ""}pt-4" data-index="{n}" data-pid="{pid}" data-uid="{30 + sum(map(ord, c.author)) % 200}" data-timestamp="{c.when}" data-username="{e(c.author)}" data-userslug="{e(slug)}" itemprop="{"" if n == 0 else "comment"}" itemscope itemtype="http://schema.org/Comment">
<a component="post/anchor" data-index="{n}" id="{n + 1}"></a>
<meta itemprop="datePublished" content="{c.when}+02:00">
<div class="d-flex align-items-start gap-3">
<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);"><a class="d-inline-block position-relative text-decoration-none" href="/user/{e(slug)}" aria-label="Profilseite von {e(c.author)}"><span class="avatar avatar-rounded" style="--avatar-size: 48px; background-color: #{(n * 3 + 5) % 10}a5;">{e(c.author[0].upper())}</span><span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status offline"><span class="visually-hidden">Offline</span></span></a></div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1" itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="{e(c.author)}">
<span class="text-nowrap"><a class="fw-bold text-nowrap text-truncate" href="/user/{e(slug)}" data-username="{e(c.author)}" data-uid="{30 + n}">{e(c.author)}</a></span>
{group}
<div class="d-flex gap-1 align-items-center"><span class="text-muted">schrieb</span> <a class="timeago text-muted" href="/post/{pid}" title="{c.when}+02:00">{e(c.shown)}</a></div>
{parent}
</div>
<div class="content text-break" component="post/content" itemprop="text">
{paras(c.text)}
</div>
<div component="post/footer" class="post-footer border-bottom pb-2"><div class="d-flex flex-wrap-reverse gap-2 justify-content-end"><a component="post/reply-count" href="#" class="d-none">0 Antworten</a>
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools"><a component="post/reply" href="#" class="btn btn-ghost btn-sm" title="Antworten"><i class="fa fa-fw fa-reply"></i><span class="d-none d-md-inline"> Antworten</span></a><a component="post/quote" href="#" class="btn btn-ghost btn-sm" title="Zitieren"><i class="fa fa-fw fa-quote-right"></i></a>
<div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm"><i class="fa fa-fw fa-chevron-up"></i></a><meta itemprop="upvoteCount" content="{_score(n) % 8}"><a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="{_score(n) % 8}">{_score(n) % 8}</a><a component="post/downvote" href="#" class="btn btn-ghost btn-sm"><i class="fa fa-fw fa-chevron-down"></i></a></div></div></div></div>
</div></div></li>"""

    body = f"""<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="sidebar sidebar-left"><ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto"><li class="nav-item"><a class="nav-link" href="/categories"><span class="nav-text">Kategorien</span></a></li><li class="nav-item"><a class="nav-link" href="/recent"><span class="nav-text">Aktuell</span></a></li><li class="nav-item"><a class="nav-link" href="/tags"><span class="nav-text">Schlagworte</span></a></li><li class="nav-item"><a class="nav-link" href="/popular"><span class="nav-text">Beliebt</span></a></li></ul></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li class="breadcrumb-item"><a href="/">{e(p.site)}</a></li><li class="breadcrumb-item"><a href="/category/4/bahn-rad">Bahn &amp; Rad</a></li><li component="breadcrumb/current" class="breadcrumb-item active"><span>{e(p.title)}</span></li></ol>
<div itemid="/topic/1377/bahnmitnahme" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{e(p.title)}"><meta itemprop="datePublished" content="{p.when}+02:00">
<div class="d-flex flex-column gap-3"><div class="d-flex gap-2 flex-wrap"><div class="d-flex flex-column gap-3 flex-1"><h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span class="topic-title" component="topic/title">{e(p.title)}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><a href="/category/4/bahn-rad" class="badge px-1 text-truncate text-decoration-none border" style="color: #fff;background-color: #8a4b00;">Bahn &amp; Rad</a><div class="stats text-muted"><i class="fa fa-fw fa-user"></i> <span title="{len(p.comments) + 1}" class="fw-semibold">{len({c.author for c in posts})}</span></div><div class="stats text-muted"><i class="fa fa-fw fa-pencil"></i> <span class="fw-semibold">{len(posts)}</span> Beiträge</div><div class="stats text-muted"><i class="fa fa-fw fa-eye"></i> <span class="fw-semibold">412</span> Aufrufe</div></div></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12">
<ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="1377">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
</ul>
<div class="pagination-block text-center"><div class="progress-bar"></div><div class="wrapper"><i class="fa fa-2x fa-angle-double-up pointer fa-fw pagetop"></i><span class="pagination-text">{len(posts)} aus {len(posts)}</span></div></div>
</div></div></div></div>
<div class="suggested-topics"><h3 class="fs-5 fw-semibold">Empfohlene Themen</h3><ul class="topics-list list-unstyled">{"".join(f'<li component="category/topic" class="category-item"><a href="/topic/{1390 + k}" class="title">{e(t)}</a><span class="text-muted"> {k + 3} Beiträge</span></li>' for k, t in enumerate(p.related))}</ul></div>
</div></main></div>
<footer class="footer"><p>Powered by <a href="https://nodebb.org">NodeBB</a> | Beiträge und Inhalte gehören ihren Verfassern.</p></footer>"""
    return shell(p, body)


def r_ipboard(p: Page) -> str:
    """Invision Community 4 topic: article.cPost with the author pane; a reply quotes its parent in blockquote.ipsQuote."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        cid = 51400 + n
        uid = 700 + sum(map(ord, c.author)) % 900
        quote = ""
        if n and c.parent is not None:
            pc = p.comments[c.parent]
            quote = f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" data-ipsquote-contentcommentid="{51401 + c.parent}" data-ipsquote-contentid="3312" data-ipsquote-contenttype="forums" data-ipsquote-timestamp="1739300000" data-ipsquote-userid="{700 + sum(map(ord, pc.author)) % 900}" data-ipsquote-username="{e(pc.author)}"><div class="ipsQuote_citation">{e(pc.author)} написал:</div><div class="ipsQuote_contents ipsClearfix"><p>{e(pc.text.split(chr(10))[0])}</p></div></blockquote>'
        group = e(c.extra) if c.extra else "Пользователи"
        return f"""<article id="elComment_{cid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><a href="/profile/{uid}-user/" class="ipsUserPhoto ipsUserPhoto_large" title="Перейти в профиль {e(c.author)}"><img src="/uploads/av-{uid}.png" alt="{e(c.author)}" loading="lazy"></a></div><div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a href="/profile/{uid}-user/" class="ipsType_break">{e(c.author)}</a></h3></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/{uid}-user/" class="ipsType_break">{e(c.author)}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="photo" class="cAuthorPane_photo"><a href="/profile/{uid}-user/" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/av-{uid}.png" alt="{e(c.author)}" loading="lazy"></a></li>
<li data-role="group">{group}</li>
<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><a href="/profile/{uid}-user/content/" title="{uid % 400 + 12} сообщений" class="ipsType_blendLinks"><i class="fa fa-comment"></i> {uid % 400 + 12}</a></li></ul></li></ul>
</aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{cid}_wrap" data-controller="core.front.core.comment" data-commentapp="forums" data-commenttype="forums" data-commentid="{cid}" data-quotedata='{{"userid":{uid},"username":"{e(c.author)}","timestamp":1739300000,"contentapp":"forums","contenttype":"forums","contentid":3312,"contentclass":"forums_Topic","contentcommentid":{cid}}}' class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_reset ipsComment_tools"><li><a href="/topic/3312-topic/?do=findComment&amp;comment={cid}" class="ipsType_blendLinks" title="Поделиться сообщением" data-ipsmenu=""><i class="fa fa-share-alt"></i></a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone"><a href="/topic/3312-topic/?do=findComment&amp;comment={cid}" rel="nofollow" class="ipsType_blendLinks">Опубликовано: <time datetime="{c.when}Z" title="{c.when.replace("T", " ")}" data-short="{n + 1} дн">{e(c.shown)}</time></a></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
{quote}
{paras(c.text)}
</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix"><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb" data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span><img src="/reactions/react_like.png" alt="Нравится" loading="lazy"></span><span>{_score(n) % 6 + 1}</span></li></ul></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsHide" data-role="commentLoading"><span class="ipsLoading ipsLoading_tiny ipsLoading_noAnim"></span></li><li><a href="#" data-action="quoteComment" class="ipsButton ipsButton_light ipsButton_verySmall">Цитата</a></li></ul></div>
</div></div></div></article>"""

    body = f"""<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-jc:between ipsFlex-ai:center"><div class="ipsLayout_container ipsFlex ipsResponsive_block ipsFlex-flex:11"><a href="/" id="elLogo" accesskey="1">{e(p.site)}</a></div><ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/">Уже есть аккаунт? Войти</a></li><li><a href="/register/" class="ipsButton ipsButton_normal ipsButton_primary">Регистрация</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix"><li id="elNavSecondary_1" data-role="navBarItem"><a href="/">Форумы</a></li><li id="elNavSecondary_2" data-role="navBarItem"><a href="/gallery/">Галерея</a></li><li id="elNavSecondary_3" data-role="navBarItem"><a href="/discover/">Активность</a></li></ul></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="/">Главная</a></li><li><a href="/forum/5-zapusk/">Запуск аквариума</a></li><li>{e(p.title)}</li></ul></nav>
<div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{e(p.title)}</span></span></h1></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">Автор <strong><a href="/profile/">{e(p.byline)}</a></strong>, </span><span class="ipsType_light"><time datetime="{p.when}Z" title="{p.when}" data-short="1 г">{e(p.date_shown)}</time> в <a href="/forum/5-zapusk/">Запуск аквариума</a></span></p></div></div></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction"><a href="#replyForm" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Ответить в тему</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-autopoll="" data-baseurl="/topic/3312-topic/" data-lastpage="" data-feedid="topic-3312" class="cTopic ipsClear ipsSpacer_top">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
</div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><div class="ipsGrid ipsGrid_collapsePhone"><div class="ipsGrid_span6"><a href="/forum/5-zapusk/" class="ipsButton ipsButton_light ipsButton_narrow ipsButton_fullWidth">Перейти к списку тем</a></div></div></div>
<div id="replyForm" data-role="replyArea" class="cTopicPostArea ipsBox ipsResponsive_pull ipsPadding cTopicPostArea_noSize ipsSpacer_top"><h2 class="ipsType_sectionHead">Присоединяйтесь к обсуждению</h2><p class="ipsType_normal ipsType_reset">Вы можете написать сейчас и зарегистрироваться позже. Если у вас есть аккаунт, <a href="/login/">войдите</a>.</p><form><textarea name="topic_comment" placeholder="Ответить в эту тему..."></textarea><input type="submit" value="Отправить"></form></div>
<div class="ipsBox ipsMargin_top"><h2 class="ipsType_sectionTitle ipsType_reset">Похожие темы</h2><ul class="ipsDataList">{"".join(f'<li class="ipsDataItem"><div class="ipsDataItem_main"><h4 class="ipsDataItem_title"><a href="/topic/{3320 + k}/">{e(t)}</a></h4></div></li>' for k, t in enumerate(p.related))}</ul></div>
</div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><p id="elCopyright"><span id="elCopyright_userLine">© 2026 {e(p.site)}</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>"""
    return shell(p, body)


def r_zhihu(p: Page) -> str:
    """Zhihu-style question page: the question is the article, each answer a top-level comment with headline, votes and time."""

    def answer(i: int) -> str:
        c = p.comments[i]
        headline = (
            f'<div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{e(c.extra)}</div></div>'
            if c.extra
            else ""
        )
        return f"""<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop='{{"authorName":"{e(c.author)}","itemId":{31000 + i},"title":"{e(p.title)}","type":"answer"}}' name="{31000 + i}" itemprop="answer" itemtype="http://schema.org/Answer" itemscope="">
<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo AnswerItem-authorInfo--related" itemprop="author" itemscope="" itemtype="http://schema.org/Person"><meta itemprop="name" content="{e(c.author)}"><meta itemprop="url" content="https://www.zhihu.com/people/u{4100 + i}">
<span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic.example/avatar-{i}.jpg" alt="{e(c.author)}"></span>
<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" data-za-detail-view-element="2" target="_blank" href="//www.zhihu.com/people/u{4100 + i}">{e(c.author)}</a></span></div>
<div class="AuthorInfo-detail">{headline}</div></div></div>
<div class="LabelContainer-wrapper"></div><div class="css-h5al4j"><span><span class="Voters"><button type="button" class="Button Button--plain">{(_score(i) + 3) * 37} 人赞同了该回答</button></span></span></div></div>
<meta itemprop="upvoteCount" content="{(_score(i) + 3) * 37}"><meta itemprop="dateCreated" content="{c.when}.000Z"><meta itemprop="commentCount" content="{i * 4 + 3}">
<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemprop="text">{paras(c.text)}</span></div></span>
<div><div class="ContentItem-time"><a target="_blank" href="/question/58120033/answer/{31000 + i}"><span data-tooltip="发布于 {c.when.replace("T", " ")[:16]}">{e(c.shown)}</span></a></div></div>
<div class="ContentItem-actions RichContent-actions"><span><button aria-label="赞同 {(_score(i) + 3) * 37} " aria-live="polite" type="button" class="Button VoteButton VoteButton--up"><span style="display: inline-flex; align-items: center;">&#8203;<svg width="10" height="10"></svg></span>赞同 {(_score(i) + 3) * 37}</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"><svg width="10" height="10"></svg></button></span><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel"><span style="display: inline-flex; align-items: center;">&#8203;<svg width="1.2em" height="1.2em"></svg></span>{i * 4 + 3} 条评论</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">分享</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">收藏</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">喜欢</button></div>
</div></div></div>"""

    body = f"""<div id="root"><div><div class="LoadingBar"></div>
<header role="banner" class="Sticky AppHeader"><div class="AppHeader-inner"><a href="//www.zhihu.com" aria-label="{e(p.site)}">{e(p.site)}</a><nav role="navigation" class="AppHeader-Tabs"><a class="AppHeader-Tab" href="//www.zhihu.com/">首页</a><a class="AppHeader-Tab" href="//www.zhihu.com/explore">发现</a><a class="AppHeader-Tab" href="//www.zhihu.com/question/waiting">等你来答</a></nav><div class="SearchBar"><input type="text" placeholder="搜索你感兴趣的内容…"></div></div></header>
<main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemtype="http://schema.org/Question">
<meta itemprop="name" content="{e(p.title)}"><meta itemprop="answerCount" content="{len(p.comments)}"><meta itemprop="dateCreated" content="{p.when}.000Z">
<div data-zop-question='{{"title":"{e(p.title)}","topics":[{{"name":"租房"}},{{"name":"通勤"}}]}}'><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main">
<div class="QuestionHeader-tags"><div class="QuestionHeader-topics"><div class="Tag QuestionTopic"><a class="TopicLink" href="//www.zhihu.com/topic/19551">租房</a></div><div class="Tag QuestionTopic"><a class="TopicLink" href="//www.zhihu.com/topic/19887">通勤</a></div></div></div>
<h1 class="QuestionHeader-title">{e(p.title)}</h1>
<div><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed"><div><span class="RichText ztext css-1g0fqss" options="[object Object]" itemprop="text">{paras(p.article)}</span></div></div></div></div>
<div class="QuestionHeader-side"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="1523">1,523</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue" title="884210">884,210</strong></div></div></div></div></div></div>
<div class="QuestionHeader-footer"><div class="QuestionHeaderActions"><button type="button" class="Button FollowButton">关注问题</button><button type="button" class="Button">写回答</button><span>邀请回答</span><span>好问题 27</span><span>添加评论</span><span>分享</span></div></div></div></div>
<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div id="QuestionAnswers-answers" class="QuestionAnswers-answers" data-zop-feedlistmap="0,0,1,0">
<div class="Card AnswersNavWrapper"><div class="ListShortcut"><div class="List"><div class="List-header"><h4 class="List-headerText"><span>{len(p.comments)} 个回答</span></h4><div class="List-headerOptions"><button type="button" class="Button">默认排序</button></div></div>
<div>
{chr(10).join(answer(i) for i in range(len(p.comments)))}
</div></div></div></div></div></div>
<div class="Question-sideColumn"><div class="Card"><div class="Card-header SimilarQuestions-title"><div class="Card-headerText">相关问题</div></div><div class="Card-section SimilarQuestions-list">{"".join(f'<div class="SimilarQuestions-item"><a class="Button Button--plain" href="/question/{58120100 + k}">{e(t)}</a> {k * 17 + 40} 个回答</div>' for k, t in enumerate(p.related))}</div></div>
<footer role="contentinfo" class="Footer"><a class="Footer-item" href="/term/zhihu-terms">知乎指南</a><span class="Footer-dot"></span><a class="Footer-item" href="/term/privacy">知乎隐私保护指引</a><span class="Footer-item">京 ICP 证 110745 号</span></footer></div></div></div>
</div></main></div></div>"""
    return shell(p, body)


def r_guardian(p: Page) -> str:
    """Guardian-style discussion: li.d-comment; one level of responses, a response to a response says 'in reply to Name'."""
    kids = children_of(p)

    def comment(i: int, responses: str, *, response: bool) -> str:
        c = p.comments[i]
        cid = 170200 + i
        reply_to = ""
        if response and c.parent is not None and p.comments[c.parent].parent is not None:
            pc = p.comments[c.parent]
            reply_to = f'<a href="#comment-{170200 + c.parent}" class="d-comment__reply-to-author js-discussion-author-link" data-link-name="jump to parent comment"><span class="u-h">in reply to </span><svg class="inline-in-reply-to" width="12" height="10"></svg>{e(pc.author)}</a>'
        staff = (
            f'<span class="d-comment__badge d-comment__badge--staff"><span class="u-h">{e(c.extra)}</span>{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        return f"""<li class="d-comment{" d-comment--response" if response else " d-comment--top-level"}" id="comment-{cid}" data-comment-id="{cid}" data-comment-author="{e(c.author)}" data-comment-author-id="{2100 + sum(map(ord, c.author))}" data-comment-timestamp="{c.when}Z" itemscope itemtype="http://schema.org/Comment">
<div class="d-comment__inner{" d-comment__inner--response" if response else " d-comment__inner--top-level"}"><div class="d-comment__avatar-wrapper"><img src="https://avatar.example/user/{2100 + i}.jpg" alt="" class="user-avatar__image" width="36" height="36"></div>
<div class="d-comment__content"><div class="d-comment__meta"><span class="d-comment__author" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/profile/{e(c.author.lower())}" data-link-name="comment-author" itemprop="url"><span itemprop="name">{e(c.author)}</span></a></span>{staff}{reply_to}
<div class="d-comment__timestamp-wrapper"><a href="/comment-permalink/{cid}" class="d-comment__timestamp js-timestamp" itemprop="url"><time datetime="{c.when}Z" itemprop="dateCreated" class="js-timestamp">{e(c.shown)}</time></a></div>
<div class="d-comment__recommend js-recommend-comment" data-comment-id="{cid}" data-recommend-count="{(_score(i) + 1) * 13}" title="{(_score(i) + 1) * 13} recommendations"><span class="d-comment__recommend-count"><span class="d-comment__recommend-count--old">{(_score(i) + 1) * 13}</span></span><span class="d-comment__recommend-button"><span class="u-h">Recommend</span></span></div></div>
<div class="d-comment__body" itemprop="text">{paras(c.text)}</div>
<div class="d-comment__actions"><button class="u-button-reset d-comment__action d-comment__action--reply js-reply-comment" data-link-name="reply to comment">Reply</button><a href="/comment-permalink/{cid}" class="d-comment__action">Share</a><button class="u-button-reset d-comment__action js-report-comment">Report</button></div>
</div></div>
{responses}
</li>"""

    def descendants(i: int) -> list[int]:
        out: list[int] = []
        for k in kids.get(i, []):
            out.append(k)
            out.extend(descendants(k))
        return out

    threads = []
    for i in kids.get(None, []):
        below = descendants(i)
        responses = (
            f'<ul class="d-thread d-thread--responses">{"".join(comment(k, "", response=True) for k in below)}</ul>'
            if below
            else ""
        )
        threads.append(comment(i, responses, response=False))
    picks = '<div class="d-discussion__picks"><h3 class="d-discussion__picks-title">Guardian-style picks</h3><p class="d-discussion__picks-empty">Staff picks will appear here.</p></div>'
    comments = f"""<div class="discussion js-comments" id="comments" data-discussion-key="/p/9xq4k" data-discussion-closed="false">
<div class="discussion__heading"><h2 class="container__meta__title">comments ({len(p.comments)})</h2><p class="discussion__info">Sign in or create your account to join the discussion.</p></div>
{picks}
<div class="discussion__toolbar"><span class="discussion__order">Sort by <button type="button">Newest</button> <button type="button">Oldest</button> <button type="button">Recommendations</button></span><span class="discussion__per-page">Per page <button type="button">25</button> <button type="button">50</button> <button type="button">100</button></span><span class="discussion__threads">Display threads <button type="button">Collapsed</button> <button type="button">Expanded</button></span></div>
<div class="d-discussion js-discussion-main-comments" data-discussion-closed="false"><ul class="d-thread d-thread--comments">
{chr(10).join(threads)}
</ul></div>
<div class="pagination discussion__pagination"><span class="pagination__legend">1 of 1</span></div>
</div>"""
    body = f"""<header class="new-header"><a class="new-header__logo" href="/"><span class="u-h">{e(p.site)}</span></a><nav class="pillars"><ul class="pillars__list"><li class="pillars__item"><a class="pillar-link" href="/news">News</a></li><li class="pillars__item"><a class="pillar-link" href="/commentisfree">Opinion</a></li><li class="pillars__item"><a class="pillar-link" href="/sport">Sport</a></li><li class="pillars__item"><a class="pillar-link" href="/culture">Culture</a></li></ul></nav></header>
<main id="maincontent" role="main"><article id="article" class="content content--article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="content__head"><div class="content__labels"><a class="content__label__link" href="/society/local-government">Local government</a></div><h1 class="content__headline" itemprop="headline">{e(p.title)}</h1>
<div class="content__standfirst" itemprop="description"><p>Survey finds more than forty councils now darken some streets overnight, up from twelve three years ago</p></div></div>
<div class="content__meta-container"><p class="byline" data-component="meta-byline"><span itemscope itemtype="http://schema.org/Person" itemprop="author"><a rel="author" class="tone-colour" itemprop="sameAs" href="/profile/harriet-cole"><span itemprop="name">{e(p.byline)}</span></a></span></p><p class="content__dateline"><time itemprop="datePublished" datetime="{p.when}+0000" class="content__dateline-wpd">{e(p.date_shown)}</time></p>
<div class="meta__extras"><div class="meta__social" data-component="share"><ul class="social"><li class="social__item"><a class="social__action" href="#">Share on Facebook</a></li><li class="social__item"><a class="social__action" href="#">Share on X</a></li></ul></div><div class="meta__numbers"><div class="meta__comment-count"><a href="#comments"><span class="commentcount2__value">{len(p.comments)}</span> comments</a></div></div></div></div>
<div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">{paras(p.article)}</div>
<div class="submeta"><span class="submeta__label">Topics</span><ul class="submeta__links"><li class="submeta__link-item"><a class="submeta__link" href="/society/local-government">Local government</a></li><li class="submeta__link-item"><a class="submeta__link" href="/environment/energy">Energy</a></li></ul></div>
</article>
<aside class="fc-container fc-container--more-on-this-story"><h2 class="fc-container__title">More on this story</h2><ul>{"".join(f'<li class="fc-item"><a class="fc-item__link" href="/r/{k}"><span class="fc-item__headline">{e(t)}</span></a></li>' for k, t in enumerate(p.related))}</ul></aside>
{comments}
<aside class="most-popular"><h2 class="most-popular__title">Most viewed</h2><ol><li><a href="/m/1">Weather: cold snap expected at the weekend</a></li><li><a href="/m/2">Rail strikes: what you need to know</a></li></ol></aside>
</main>
<footer class="l-footer"><p>© 2026 {e(p.site)}. All rights reserved.</p></footer>"""
    return shell(p, body)


def r_substack(p: Page) -> str:
    """Substack post and its comments: div.comment with commenter name, badge, date link and 'J'aime (N)' actions; replies nested."""

    def comment(i: int, replies: str) -> str:
        c = p.comments[i]
        badge = (
            f'<span class="comment-user-badge"><span class="pencraft pc-reset">{e(c.extra)}</span></span>'
            if c.extra
            else ""
        )
        return f"""<div class="comment-list-item"><div class="comment" id="comment-{88120 + i}"><div class="comment-content">
<div class="profile-img-wrap"><a href="https://substack.com/profile/{52000 + i}" class="comment-avatar"><img src="https://substackcdn.example/image/fetch/w_66,h_66/avatar-{i}.png" width="32" height="32" alt=""></a></div>
<div class="comment-rest"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/profile/{52000 + i}">{e(c.author)}</a>{badge}</span><span class="comment-publication-name-separator">·</span><a href="https://lalettredurail.example/p/train-de-nuit/comment/{88120 + i}" class="comment-timestamp" title="{c.when.replace("T", " ")}">{e(c.shown)}</a></div>
<div class="comment-body"><div class="markup">{paras(c.text)}</div></div>
<div class="comment-actions"><a class="comment-actions-like" role="button"><svg width="16" height="16"></svg><span class="comment-actions-like-label">J'aime ({_score(i) % 7})</span></a><a class="comment-actions-reply" role="button"><svg width="16" height="16"></svg>Répondre</a><a class="comment-actions-share" role="button"><svg width="16" height="16"></svg>Partager</a></div>
</div></div></div>
{f'<div class="comment-list-collapser"></div><div class="comment-list-items">{replies}</div>' if replies else ""}
</div>"""

    items = tree(p, comment, lambda s: s)
    top = len(children_of(p).get(None, []))
    comments = f"""<div class="comments-page"><div class="container"><div class="comments-section" id="comments">
<div class="comments-heading"><h4 class="comments-heading-title">{len(p.comments)} commentaires</h4><div class="comments-sort">Les meilleurs · Les plus récents · Discussions</div></div>
<div class="comment-input"><div class="comment-input-head">Écrire un commentaire…</div><textarea placeholder="Écrire un commentaire…" disabled></textarea><p class="comment-input-paywall">Les commentaires sont réservés aux abonnés payants.</p></div>
<div class="comment-list" data-top-level="{top}"><div class="comment-list-items">
{items}
</div></div>
<div class="comments-footer"><a href="/p/train-de-nuit/comments">Voir tous les commentaires</a></div>
</div></div></div>"""
    body = f"""<div id="main" class="main typography use-theme-bg"><div class="topbar"><div class="navbar-title"><a href="/" class="navbar-title-link">{e(p.site)}</a></div><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">S'abonner</a><a class="button sign-in-link" href="/sign-in">Se connecter</a></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{e(p.title)}</h1><h3 class="subtitle">Bilan d'une ligne qu'on disait condamnée</h3>
<div class="post-meta post-meta-header"><div class="post-label"><a href="https://substack.com/@claire" class="pencraft">{e(p.byline)}</a></div><div class="pencraft pc-reset meta-EgzBVA"><time datetime="{p.when}.000Z">{e(p.date_shown)}</time></div><div class="post-ufi"><a class="post-ufi-button like-button" role="button"><span class="label">{len(p.comments) * 9}</span></a><a class="post-ufi-button post-ufi-comment-button" href="#comments"><span class="label">{len(p.comments)}</span></a><a class="post-ufi-button share-button" role="button">Partager</a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">{paras(p.article)}</div></div>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p>Merci de lire La Lettre du Rail ! Abonnez-vous gratuitement pour recevoir les prochains numéros.</p><form class="form"><input type="email" placeholder="Votre adresse e-mail"><button type="submit">S'abonner</button></form></div></div>
</article></div>
<div class="post-footer"><div class="post-footer-recommendations"><h4>Dans la même lettre</h4>{"".join(f'<div class="post-preview"><a class="post-preview-title" href="/p/r{k}">{e(t)}</a></div>' for k, t in enumerate(p.related))}</div></div>
{comments}
</div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2026 {e(p.byline)}</div><div class="footer-substack-cta"><a href="https://substack.com/signup">Lancez votre Substack</a></div></div></div></div>"""
    return shell(p, body)


def r_kunena(p: Page) -> str:
    """Kunena 5 (Crypsis) topic: profile box beside each message, 'Hace N días' with the date in a title, quote 'X escribió:'."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        mid = 22410 + n
        uid = 300 + sum(map(ord, c.author)) % 500
        quote = ""
        if n and c.parent is not None:
            pc = p.comments[c.parent]
            quote = f'<div class="kmsgtext-quote"><blockquote><p class="kmsgtext-quote-user"><b>{e(pc.author)} escribió:</b></p><p>{e(pc.text.split(chr(10))[0])}</p></blockquote></div>'
        rank = e(c.extra) if c.extra else "Usuario Nuevo"
        thanks = (
            f'<div class="kmessage-thankyou">Los siguientes usuarios dijeron gracias: <a class="kwho-user" href="/foro/perfil/u{uid + 1}">vecino_{n}</a></div>'
            if n % 2 == 1
            else ""
        )
        return f"""<div class="row message message-published" id="kunena-message-{mid}">
<div class="span2 hidden-phone"><ul class="unstyled center profilebox">
<li><strong><a class="kwho-user hasTooltip" href="/foro/perfil/u{uid}" title="Ver el perfil de {e(c.author)}" data-original-title="">{e(c.author)}</a></strong></li>
<li><a class="kwho-user hasTooltip" href="/foro/perfil/u{uid}"><img class="img-polaroid" src="/media/kunena/avatars/resized/size144/u{uid}.jpg" width="144" height="144" alt="Avatar de {e(c.author)}"></a><span class="hidden-phone topic-moderator"></span></li>
<li><span class="ranktitle">{rank}</span></li><li><img src="/media/kunena/ranks/rank{n % 5 + 1}.gif" height="16" width="70" alt="{rank}"></li>
<li><span class="label label-default">Desconectado</span></li><li class="hidden-phone">Mensajes: {uid % 700 + 23}</li><li class="hidden-phone">Gracias recibidas: {uid % 90}</li></ul></div>
<div class="span10 message-published">
<small class="text-muted pull-right hidden-phone"><span class="glyphicon glyphicon-time"></span><span class="kdate hasTooltip" title="{e(c.shown)}" data-original-title="{c.when}">Hace {n + 2} días</span><a href="#{mid}" id="{mid}" rel="canonical">#{mid}</a><span class="visible-phone">por <a class="kwho-user" href="/foro/perfil/u{uid}">{e(c.author)}</a></span></small>
<div class="badger-left badger-info message-kunena" data-badger="{"Re: " if n else ""}{e(p.title)}"><div class="kmessage"><div class="kmsg">{quote}{brs(c.text)}</div></div>{thanks}</div>
<div class="kmessage-editmarkup-cover hidden-phone"></div>
<div class="btn-toolbar btn-marging kmessagepadding"><div class="kmessagebuttons"><a class="btn btn-small" href="/foro/reply/{mid}">Responder</a><a class="btn btn-small" href="/foro/reply/{mid}?quote=1">Citar</a><a class="btn btn-small" href="/foro/thankyou/{mid}">Gracias</a></div></div>
</div></div>"""

    body = f"""<header class="header"><div class="container"><div class="header-inner clearfix"><a class="brand pull-left" href="/">{e(p.site)}</a><div class="header-search pull-right"><form action="/buscar" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Buscar..."></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Inicio</a></li><li class="item-102 current active"><a href="/foro">Foro</a></li><li class="item-103"><a href="/calendario">Calendario de siembra</a></li></ul></div></nav>
<main id="content" role="main" class="span9"><div id="kunena" class="layout">
<div class="navbar"><div class="navbar-inner"><ul class="nav"><li class="dropdown mobile-user"><a href="/foro/login">Acceder</a></li><li><a href="/foro/recent">Temas recientes</a></li><li><a href="/foro/categorias">Categorías</a></li></ul></div></div>
<ul class="breadcrumb"><li class="active"><a href="/foro">Índice del foro</a></li><li><span class="divider">/</span><a href="/foro/plagas-y-problemas">Plagas y problemas</a></li></ul>
<h1>{e(p.title)}</h1>
<div class="pull-left"><div class="pagination pagination-small"><ul><li class="active"><a>1</a></li></ul></div></div>
<div class="pull-right"><div class="btn-toolbar btn-marging kmessagepadding"><a class="btn" href="/foro/reply">Responder</a><a class="btn" href="/foro/subscribe">Suscribir</a></div></div>
<div class="clearfix"></div>
<div class="kmessage-list">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
</div>
<div class="pull-left"><div class="pagination pagination-small"><ul><li class="active"><a>1</a></li></ul></div></div>
<div class="clearfix"></div>
<div class="well well-small"><h4>Temas relacionados</h4><ul class="unstyled">{"".join(f'<li><a href="/foro/tema/{4410 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
<div class="pull-right small">Tiempo de carga de la página: 0.281 segundos</div>
<div class="center"><a href="https://www.kunena.org" class="hasTooltip" target="_blank" rel="noopener noreferrer">Desarrollado por Kunena Foro</a></div>
</div></main>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Volver arriba</a></p><p>&copy; 2026 {e(p.site)}</p></div></footer>"""
    return shell(p, body)


def r_livefyre_script(p: Page) -> str:
    """A German weekly's page whose comments Livefyre's script loads: it shows 'N Kommentare' and holds none."""
    n = p.announced
    teaser = "".join(
        f'<li class="leserkommentar-teaser"><span class="leserkommentar-teaser__name">{e(who)}</span> zu <a href="/artikel/{900 + k}">{e(post)}</a>: <q>Das sehe ich ganz anders, und zwar aus Erfahrung.</q></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header" data-ct-area="topnav"><a class="header__brand" href="/">{e(p.site)}</a>{nav(p, "nav__ressorts")}<a class="header__abo" href="/abo">Abo</a></header>
<main class="main main--article" id="main">
<article class="article article--schule" itemscope itemtype="http://schema.org/Article" data-page-type="article">
<header class="article-header"><p class="article-heading__kicker">Bildung</p><h1 class="article-heading__title" itemprop="headline">{e(p.title)}</h1>
<div class="summary" itemprop="description">Nach Jahren der Druckschrift setzen mehrere Länder wieder auf verbundenes Schreiben. Was dafür spricht und was nicht.</div>
<div class="byline">Von <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/autoren/jana-petersen"><span itemprop="name">{e(p.byline)}</span></a></span></div>
<div class="metadata"><time class="metadata__date" datetime="{p.when}+02:00" itemprop="datePublished">{e(p.date_shown)}</time><a class="metadata__commentcount" href="#comments"><span class="livefyre-commentcount" data-lf-site-id="318420" data-lf-article-id="schreibschrift-2025">{n}</span> Kommentare</a></div></header>
<div class="article-body" itemprop="articleBody">
{paras(p.article, "p")}
</div>
<div class="article-footer"><ul class="article-tags"><li><a href="/thema/schule">Schule</a></li><li><a href="/thema/grundschule">Grundschule</a></li></ul><div class="sharing-menu"><a class="sharing-menu__item" href="#">Teilen</a><a class="sharing-menu__item" href="#">Drucken</a></div></div>
</article>
<section class="comment-section" id="comments" data-ct-area="comments"><h2 class="comment-section__headline">{n} Kommentare</h2>
<p class="comment-section__hint">Die Kommentare werden geladen, sobald Sie diesen Bereich erreichen. Bitte beachten Sie unsere Netiquette.</p>
<div id="livefyre-comments"></div>
<script type="text/javascript" src="//cdn.livefyre.com/Livefyre.js"></script>
<script type="text/javascript">
(function () {{
  var articleId = "schreibschrift-2025";
  Livefyre.require(["fyre.conv#3"], function (Conv) {{
    new Conv({{ network: "wochenpost.fyre.co" }}, [{{ app: "main", siteId: "318420", articleId: articleId, el: "livefyre-comments" }}], function () {{}});
  }});
}}());
</script>
<noscript>Bitte aktivieren Sie JavaScript, um die Leserkommentare zu sehen.</noscript>
</section>
<aside class="article-related"><h3>{e(LABELS["de"]["related"])}</h3><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></aside>
</main>
<aside class="sidebar"><section class="sidebar-box sidebar-box--leserkommentare"><h3 class="sidebar-box__title">Leserkommentare</h3><ul>{teaser}</ul></section>
<section class="sidebar-box"><h3 class="sidebar-box__title">Meistkommentiert</h3><ol><li><a href="/m/1">Die Rente mit 70: ein Gedankenspiel</a> <span class="count">312</span></li><li><a href="/m/2">Tempolimit: was die Zahlen sagen</a> <span class="count">207</span></li></ol></section></aside>
{footer(p)}"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batch 6


def r_discourse_ember(p: Page) -> str:
    """Discourse's full JS view saved: article.boxed.onscreen-post; a reply names its parent only in the reply-to tab."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        slug = c.author.lower()
        tab = ""
        if n and c.parent is not None:
            pc = p.comments[c.parent]
            tab = f'<a class="reply-to-tab" tabindex="0" title="in reply to" aria-label="in reply to post {c.parent + 2} by @{e(pc.author)}"><svg class="fa d-icon d-icon-share svg-icon svg-string"><use href="#share"></use></svg><img loading="lazy" alt="" width="24" height="24" src="/user_avatar/{e(pc.author.lower())}/48/1.png" class="avatar"><span>{e(pc.author)}</span></a>'
        title = f'<span class="user-title">{e(c.extra)}</span>' if c.extra else ""
        likes = _score(n) % 5
        like_count = (
            f'<button class="button-count like-count highlight-action regular-likes btn-flat" aria-label="{likes} people liked this post" title="{likes} people liked this post"><span>{likes}</span></button>'
            if likes
            else ""
        )
        return f"""<div class="topic-post clearfix{" topic-owner" if c.author == p.byline else ""} regular" data-post-number="{n + 1}"><article id="post_{n + 1}" aria-label="post #{n + 1} by @{e(c.author)}" role="region" data-post-id="{48100 + n}" data-topic-id="2291" data-user-id="{210 + n}" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/{e(slug)}" data-user-card="{e(slug)}" aria-hidden="true" tabindex="-1"><img loading="lazy" alt="" width="48" height="48" src="/user_avatar/{e(slug)}/96/1.png" class="avatar"></a><div class="poster-avatar-extra"></div></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{e(slug)}" data-user-card="{e(slug)}" class="">{e(c.author)}</a></span>{title}</div>
<div class="post-infos">{tab}<div class="post-info post-date"><a class="post-date" href="/t/ups-small-home-server/2291/{n + 1}" data-share-url="/t/ups-small-home-server/2291/{n + 1}" data-post-number="{n + 1}"><span title="{c.when.replace("T", " ")}" data-time="{1754125000000 + n * 3600000}" class="relative-date">{e(c.shown if n else "3d")}</span></a></div><div class="read-state read" title="Post is unread"><svg class="fa d-icon d-icon-circle svg-icon svg-node"><use href="#circle"></use></svg></div></div></div>
<div class="regular contents"><div class="cooked">{paras(c.text)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">{like_count}<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-pressed="false" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-node"><use href="#far-heart"></use></svg></button></div><button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon"><use href="#link"></use></svg></button><button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>"""

    body = f"""<section id="main" class="ember-application"><div class="d-header-wrap"><header class="d-header clearfix"><div class="wrap"><div class="contents"><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/logo.png" alt="{e(p.site)}"></a></div><div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="widget-button btn btn-primary btn-small sign-up-button btn-text"><span class="d-button-label">Sign Up</span></button><button class="widget-button btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-sections"><div class="sidebar-section-wrapper"><a class="sidebar-section-link" href="/latest">Topics</a><a class="sidebar-section-link" href="/u">Users</a><a class="sidebar-section-link" href="/badges">Badges</a><a class="sidebar-section-link" href="/c/hardware/5">Hardware</a></div></section></div>
<div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="2291"><a href="/t/ups-small-home-server/2291" class="fancy-title">{e(p.title)}</a></h1><div class="topic-category"><div class="topic-header-extra"><span class="badge-category__wrapper"><span class="badge-category"><span class="badge-category__name">Hardware</span></span></span></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2291"><div class="posts-wrapper"><div class="topic-post-stream">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead><tbody>{"".join(f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{2300 + k}" class="title raw-link raw-topic-link">{e(t)}</a></td><td class="num posts-map posts"><span class="number">{k * 6 + 4}</span></td><td class="num activity"><span class="relative-date">{k + 2}d</span></td></tr>' for k, t in enumerate(p.related))}</tbody></table></div></div>
</section>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Aug 2</a></div><div class="timeline-scrollarea-wrapper"><div class="timeline-replies">1 / {len(posts)}</div></div></div></div></div>
</div></div></div></div></section>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer>"""
    return shell(p, body)


def r_mastodon(p: Page) -> str:
    """A Mastodon thread saved from the web interface: the detailed status, then flat article.status descendants opening with @mentions."""
    handles = {p.byline: "lea", "Nadia K.": "nadia"}

    def handle(name: str) -> str:
        return handles.get(name, name.lower().replace(" ", "").replace(".", ""))

    def content(text: str) -> str:
        out = []
        for part in text.split("\n\n"):
            if part.startswith("@"):
                who, rest = part.split(" ", 1)
                out.append(
                    f'<p><span class="h-card" translate="no"><a href="https://pouet.example/{e(who)}" class="u-url mention">{e(who)}</a></span> {e(rest)}</p>'
                )
            else:
                out.append(f"<p>{e(part)}</p>")
        return "".join(out)

    def status(i: int) -> str:
        c = p.comments[i]
        h = handle(c.author)
        return f"""<div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="{e(c.author)}, {e(c.text[:40])}…, {e(c.shown)}, @{h}@pouet.example"><div class="status status-public status--in-thread{" status--first-in-thread" if i == 0 else ""}" data-id="11329{4000 + i}">
<div class="status__line status__line--full"></div>
<div class="status__info"><a href="https://pouet.example/@{h}/11329{4000 + i}" class="status__relative-time" target="_blank" rel="noopener noreferrer"><span class="status__visibility-icon"><svg class="icon icon-globe" aria-hidden="true"></svg></span><time datetime="{c.when}.000Z" title="{e(c.when.replace("T", " "))}">{e(c.shown)}</time></a>
<a href="https://pouet.example/@{h}" title="@{h}" class="status__display-name" target="_blank" rel="noopener noreferrer"><div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="https://pouet.example/avatars/{i}.png" alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">{e(c.author)}</strong></bdi> <span class="display-name__account">@{h}</span></span></a></div>
<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="fr">{content(c.text)}</div></div>
<div class="status__action-bar"><button type="button" aria-label="Répondre" title="Répondre" class="status__action-bar__button icon-button icon-button--with-counter"><svg class="icon icon-reply" aria-hidden="true"></svg><span class="icon-button__counter"><span class="animated-number"><span>{_score(i) % 3}</span></span></span></button><button type="button" aria-label="Partager" title="Partager" class="status__action-bar__button boost-icon icon-button"><svg class="icon icon-retweet" aria-hidden="true"></svg></button><button type="button" aria-label="Ajouter aux favoris" title="Ajouter aux favoris" class="status__action-bar__button star-icon icon-button"><svg class="icon icon-star" aria-hidden="true"></svg></button><button type="button" aria-label="Plus" title="Plus" class="status__action-bar__dropdown icon-button"><svg class="icon icon-ellipsis-h" aria-hidden="true"></svg></button></div>
</div></div></div>"""

    article = "".join(f"<p>{e(part)}</p>" for part in p.article.split("\n\n"))
    body = f"""<div class="app-holder" id="mastodon" data-props="{{&quot;locale&quot;:&quot;fr&quot;}}"><div class="ui"><div class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel"><div class="search"><input class="search__input" type="text" placeholder="Rechercher" aria-label="Rechercher"></div><div class="server-banner"><div class="server-banner__introduction"><strong>{e(p.site)}</strong> fait partie du réseau social décentralisé alimenté par Mastodon.</div></div><div class="sign-in-banner"><p>Connectez-vous pour suivre les profils ou les hashtags, ajouter en favori, partager et répondre aux messages.</p><a href="/auth/sign_in" class="button button--block button-secondary">Se connecter</a></div></div></div></div>
<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area columns-area--mobile"><div class="column" role="region" aria-label="Message"><div class="column-header__wrapper"><h1 class="column-header"><button class="column-header__title" type="button"><svg class="icon icon-comment column-header__icon" aria-hidden="true"></svg>Message</button></h1></div>
<div class="scrollable item-list" role="feed"><div class="focusable" tabindex="0" aria-label="{e(p.byline)}, {e(p.date_shown)}"><div class="detailed-status__wrapper detailed-status__wrapper-public"><div class="detailed-status" data-status-by="@lea">
<a href="https://pouet.example/@lea" data-hover-card-account="1201" class="detailed-status__display-name"><div class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="https://pouet.example/avatars/lea.png" alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">{e(p.byline)}</strong></bdi> <span class="display-name__account">@lea@pouet.example</span></span></a>
<div class="status__content" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="fr">{article}</div></div>
<div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="https://pouet.example/@lea/113293999" target="_blank" rel="noopener noreferrer"><time dateTime="{p.when}.000Z" title="{e(p.date_shown)}">{e(p.date_shown)}</time></a><span class="detailed-status__visibility-icon"><svg class="icon icon-globe" aria-hidden="true"></svg></span>·<a href="https://joinmastodon.org/apps" class="detailed-status__application" target="_blank" rel="noopener noreferrer">Web</a></div>
<div class="detailed-status__meta__line"><a href="/@lea/113293999/reblogs" class="detailed-status__link"><span class="detailed-status__reblogs"><span class="animated-number"><span>48</span></span></span>partages</a>·<a href="/@lea/113293999/favourites" class="detailed-status__link"><span class="detailed-status__favorites"><span class="animated-number"><span>131</span></span></span>favoris</a></div></div>
</div></div>
<div class="detailed-status__action-bar"><div class="detailed-status__button"><button type="button" aria-label="Répondre" title="Répondre" class="icon-button"><svg class="icon icon-reply" aria-hidden="true"></svg></button></div><div class="detailed-status__button"><button type="button" aria-label="Partager" title="Partager" class="icon-button"><svg class="icon icon-retweet" aria-hidden="true"></svg></button></div><div class="detailed-status__button"><button type="button" aria-label="Ajouter aux favoris" title="Ajouter aux favoris" class="icon-button star-icon"><svg class="icon icon-star" aria-hidden="true"></svg></button></div></div></div>
{chr(10).join(status(i) for i in range(len(p.comments)))}
</div></div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div class="columns-area__panels__pane__inner"><div class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/"><span>Mastodon</span></a></div><a class="column-link column-link--transparent" href="/explore"><span>Explorer</span></a><a class="column-link column-link--transparent" href="/public/local"><span>Fil public</span></a><div class="navigation-panel__legal"><a href="/about">À propos</a> · <a href="/privacy-policy">Politique de confidentialité</a></div></div></div></div>
</div></div></div>"""
    return shell(p, body)


def r_lemmy(p: Page) -> str:
    """lemmy-ui post page: nested ul.comments of li.comment > article.comment-node, person links, 'ОП'/'мод' badges, scores."""

    def comment(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = (
            f'<span class="mx-1 badge text-bg-light" aria-label="{e(c.extra)}">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        d = depth(p, i)
        return f"""<li class="comment list-unstyled" role="comment"><article id="comment-{742000 + i}" class="comment-node py-2{" ms-1" if d else ""}">
<div class="{"ms-2 border-start border-2 ps-2" if d else ""}"><div class="d-flex flex-wrap align-items-center text-muted small">
<button class="btn btn-sm btn-link text-muted me-2" aria-label="Свернуть" data-tippy-content="Свернуть"><svg class="icon icon-inline"><use xlink:href="#icon-minus-square"></use></svg></button>
<span class="person-listing d-inline-flex align-items-baseline text-info" title="{e(c.author)}"><a class="person-listing d-inline-flex align-items-baseline text-info" href="/u/{e(c.author)}" title="{e(c.author)}"><img class="overflow-hidden pictrs-image object-fit-cover img-icon me-1" src="/pictrs/image/{i}.png" alt=""><span>{e(c.author)}</span></a></span>{badge}
<span class="me-1">•</span><span class="me-1 font-weight-bold" aria-label="{_score(i) + 2} баллов"><svg class="me-1 icon icon-inline small"><use xlink:href="#icon-arrow-up1"></use></svg><span class="me-1">{_score(i) + 2}</span></span>
<span class="me-1">•</span><span class="moment-time pointer unselectable" data-tippy-content="{c.when.replace("T", " ")}">{e(c.shown)}</span></div>
<div class="md-div">{paras(c.text)}</div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold"><button class="btn btn-link btn-animate text-muted" aria-label="Голос за"><svg class="icon icon-inline"><use xlink:href="#icon-arrow-up1"></use></svg><span class="ms-2">{_score(i) + 2}</span></button><button class="btn btn-link btn-animate text-muted" aria-label="Голос против"><svg class="icon icon-inline"><use xlink:href="#icon-arrow-down1"></use></svg></button><button class="btn btn-link btn-animate text-muted" aria-label="Ответить">Ответить</button><button class="btn btn-link btn-animate text-muted" aria-label="Больше"><svg class="icon icon-inline"><use xlink:href="#icon-more-vertical"></use></svg></button></div>
</div></article>
{sub}</li>"""

    items = tree(p, comment, lambda s: f'<ul class="comments ms-1" aria-label="Ответы">{s}</ul>')
    body = f"""<div id="root"><div class="lemmy-site"><nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg"><a class="d-flex align-items-center navbar-brand me-md-3" href="/">{e(p.site)}</a><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="/communities">Сообщества</a></li><li class="nav-item"><a class="nav-link" href="/create_post">Создать пост</a></li><li class="nav-item"><a class="nav-link" href="/create_community">Создать сообщество</a></li></ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/login">Войти</a></li><li class="nav-item"><a class="nav-link" href="/signup">Регистрация</a></li></ul></nav>
<div class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-listing mt-2"><div class="d-block d-sm-none"></div><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button class="btn-animate btn btn-link p-0 text-muted" aria-label="Голос за"><svg class="icon upvote"><use xlink:href="#icon-arrow-up1"></use></svg></button><div class="unselectable pointer text-muted px-1 post-score">142</div></div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break">{e(p.title)}</h1></div>
<div class="small mb-1 mb-md-0"><span class="person-listing d-inline-flex align-items-baseline text-info"><a href="/u/{e(p.byline)}"><span>{e(p.byline)}</span></a></span><span> в </span><a class="community-link" href="/c/yazyki">Языки</a><span class="mx-1">•</span><span class="moment-time pointer unselectable" data-tippy-content="{p.when.replace("T", " ")}">{e(p.date_shown)}</span></div></div></div></div></div>
<div class="md-div mb-1 mt-2">{paras(p.article)}</div>
<div class="d-flex align-items-start flex-wrap text-muted font-weight-bold mb-1"><a class="btn btn-link btn-sm text-muted ps-0" href="#comments"><svg class="me-1 icon icon-inline"><use xlink:href="#icon-message-square"></use></svg>{len(p.comments)} комментариев</a><button class="btn btn-link btn-sm text-muted">Поделиться</button><button class="btn btn-link btn-sm text-muted">Сохранить</button></div></div></div>
<form class="comment-form mb-3"><div class="form-group row"><div class="col-sm-12"><textarea class="form-control" rows="2" placeholder="Написать комментарий" disabled></textarea></div></div><div class="row"><div class="col-sm-12"><button type="submit" class="btn btn-sm btn-secondary me-2" disabled>Отправить</button></div></div></form>
<div class="d-flex flex-wrap mb-2"><div class="btn-group btn-group-toggle flex-wrap me-3" role="group"><button class="btn btn-outline-secondary">Горячие</button><button class="btn btn-outline-secondary">Лучшие</button><button class="btn btn-outline-secondary">Новые</button><button class="btn btn-outline-secondary">Старые</button></div></div>
<div id="comments"><ul class="comments" aria-label="Комментарии">
{items}
</ul></div>
</main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body"><h5 class="mb-0">Языки</h5><p class="text-muted">Сообщество для тех, кто учит языки.</p><ul class="list-inline"><li class="list-inline-item badge text-bg-secondary">1,2 тыс. подписчиков</li><li class="list-inline-item badge text-bg-secondary">38 постов в неделю</li></ul></div></div>
<div class="card border-secondary mb-3"><div class="card-body"><h5>Похожие посты</h5><ul class="list-unstyled">{"".join(f'<li><a href="/post/{9900 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></aside>
</div></div></div>
<footer class="app-footer container-lg d-flex flex-column align-items-center"><a class="nav-link" href="/modlog">Журнал модерации</a><a class="nav-link" href="https://join-lemmy.org">Lemmy</a></footer></div></div>"""
    return shell(p, body)


def r_sina(p: Page) -> str:
    """Sina-style news comments: div.item with name, [城市] location, text and a time / 赞 / 回复 line below; replies in div.reply-list."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<div class="item clearfix" data-mid="{6733000 + i}"><div class="head"><a href="//weibo.com/u/{77000 + i}" target="_blank"><img src="//tvax1.sinaimg.example/crop/{i}.jpg" alt="" width="50" height="50"></a></div>
<div class="cont"><div class="info"><a class="name" href="//weibo.com/u/{77000 + i}" target="_blank">{e(c.author)}</a><span class="area">[{e(c.extra)}]</span></div>
<div class="txt">{e(c.text)}</div>
<div class="action clearfix"><span class="time" title="{c.when.replace("T", " ")}">{e(c.shown)}</span><span class="opt"><a href="javascript:;" class="vote" action-type="vote" title="支持">赞(<em>{_score(i) * 3 + 1}</em>)</a><a href="javascript:;" class="reply" action-type="reply">回复</a><a href="javascript:;" class="share" action-type="share">分享</a></span></div>
{f'<div class="reply-list">{sub}</div>' if sub else ""}
</div></div>"""

    items = tree(p, item, lambda s: s)
    comments = f"""<div class="sina-comment-wrap" id="sina-comment-wrap"><div class="sina-comment-form"><div class="title-bar"><span class="title">我要评论</span><span class="count">已有<em>{len(p.comments) * 31}</em>人参与</span></div>
<div class="textarea-wrap"><textarea placeholder="说点什么吧…"></textarea></div><div class="form-foot"><label>昵称（必填）<input type="text" name="nick"></label><a class="btn-submit" href="javascript:;">发布</a></div></div>
<div class="sina-comment-list"><div class="title-bar"><span class="title">最新评论</span></div>
<div class="list">
{items}
</div>
<div class="more"><a href="//comment5.news.sina.example/comment/skin/default.html?channel=cj&amp;newsid=comos-8812" target="_blank">查看更多评论</a></div></div></div>"""
    body = f"""<div class="top-nav"><div class="tn-bg"><div class="tn-header"><a class="tn-logo" href="//www.sina.example/">{e(p.site)}</a><ul class="tn-nav">{"".join(f'<li><a href="/{k}">{e(x)}</a></li>' for k, x in enumerate(LABELS["zh"]["nav"]))}</ul></div></div></div>
<div class="main-content w1240"><h1 class="main-title">{e(p.title)}</h1>
<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">{e(p.date_shown)}</span><a href="//finance.sina.example/" class="source" target="_blank">{e(p.byline)}</a></div><div class="share"><a class="num" href="#sina-comment-wrap"><span class="comment-num">{len(p.comments) * 31}</span>评论</a></div></div></div>
<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="artibody">
{paras(p.article)}
<p class="show_author">责任编辑：李青</p>
</div>
<div class="article-bottom"><div class="keywords">文章关键词：<a href="/k/1">夜间公交</a><a href="/k/2">城市交通</a></div></div>
<div class="related-news"><h3>{e(LABELS["zh"]["related"])}</h3><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
{comments}
</div>
<div class="article-content-right"><div class="side-box"><h3 class="tit">热门新闻</h3><ol class="list"><li><a href="/h/1">暑期档电影票房破百亿</a></li><li><a href="/h/2">多地发布高温预警</a></li><li><a href="/h/3">新能源车下乡活动启动</a></li></ol></div></div></div></div>
<div class="footer"><p>新浪简介 | 广告服务 | 联系我们</p><p>Copyright © 1996-2026 SINA Corporation, All Rights Reserved</p></div>"""
    return shell(p, body)


def r_medium(p: Page) -> str:
    """Medium story with responses open: generated class names only, data-testid hooks, claps, one nested reply."""
    kids = children_of(p)

    def response(i: int, nested: str) -> str:
        c = p.comments[i]
        slug = c.author.lower().replace(" ", "").replace("ı", "i")
        return f"""<div class="l ak"><div class="ot ou ov l{" ow ox" if c.parent is not None else ""}"><div class="ab q"><div class="ab"><a href="/@{e(slug)}?source=responses" rel="noopener follow"><div class="l ft"><img alt="{e(c.author)}" class="l ff bx bs bt cw" src="https://miro.medium.example/v2/resize:fill:32:32/avatar-{i}.png" width="32" height="32" loading="lazy"></div></a></div>
<div class="ep l"><div class="ab q"><div class="ab q"><div class="be b bf z bj"><a class="ag ah ai aj ak al am an ao ap aq ar as at au" data-testid="authorName" href="/@{e(slug)}?source=responses" rel="noopener follow">{e(c.author)}</a></div><div class="be b bf z dt"><span class="tz ua" aria-hidden="true"><span class="be b bf z dt">·</span></span></div><button class="be b bf z ub uc ud ue uf">Folgen</button></div></div>
<span class="be b bf z dt"><a class="ag ah ai aj ak al am an ao ap aq ar as at au" href="/@{e(slug)}/r-{7711 + i}?source=responses" rel="noopener follow"><p class="be b bf z dt">{e(c.shown)}</p></a></span></div></div></div>
<div class="ug l"><div class="uh ui uj"><div class="be b xv z uk" role="paragraph"><pre class="qw uo up uq ur bo">{e(c.text)}</pre></div></div></div>
<div class="ab cn"><div class="us ut uu l"><div class="ab q"><div class="ab q jf"><button class="ag ah ai aj ak al am an ao ap aq ar as at au" data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"></svg></button><p class="be b dl z dt"><span class="nj">{_score(i) + 1}</span></p></div></div></div><button class="be b dl z ub uc ud ue uf" aria-label="Reply">Antworten</button></div>
{f'<div class="ux uy uz va l">{nested}</div>' if nested else ""}
</div>"""

    items = [response(i, "".join(response(r, "") for r in kids.get(i, []))) for i in kids.get(None, [])]
    responses = f"""<div class="l sa sb" data-testid="responses"><div class="ab cn"><div class="sc sd bh sf sg sh si sj sk sl sm"><div class="ab q sn"><h2 class="be so sp sq z">Antworten ({len(p.comments)})</h2></div>
<div class="ab cb sr"><div class="l ss"><div class="ab q st"><img alt="" class="l ff bx bs bt cw" src="https://miro.medium.example/v2/resize:fill:32:32/guest.png" width="32" height="32"><p class="be b dl z dt">Schreiben Sie eine Antwort</p></div><p class="be b bf z dt">Was denken Sie?</p></div></div>
<div class="pw-responses l">
{chr(10).join(items)}
</div>
<div class="ab ca"><button class="be b bf z jl pa ow bh nt">Alle Antworten ansehen</button></div>
</div></div></div>"""
    body = f"""<div id="root"><div class="a b c"><div class="l d"><div class="l e f g h"><div class="q r s"><a class="t u" href="/" aria-label="Homepage">{e(p.site)}</a><div class="v w x y z ab"><a class="ac ad" href="/search">Suchen</a><a class="ac ad" href="/new-story">Schreiben</a><a class="ac ad" href="/m/signin">Anmelden</a></div></div></div></div>
<div class="ae af ag ah ai aj"><article><div class="l"><div class="l"><section><div class="fd fe ff fg fh"><div class="ab cb"><div class="ci bh fi fj fk fl">
<div><h1 id="a1b2" class="pw-post-title hk hl hm be hn ho hp hq hr hs ht hu hv hw hx hy hz ia ib ic id ie if ig ih bj" data-testid="storyTitle">{e(p.title)}</h1></div>
<div class="ii ij ik il im"><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="in io ip iq ir ab"><div><div class="ab is"><a href="/@sophie.brandt" rel="noopener follow"><img alt="{e(p.byline)}" class="l ff bx bs bt cw" src="https://miro.medium.example/v2/resize:fill:44:44/author.png" width="44" height="44"></a></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="it ab q"><div class="ab q iu"><div class="ab q"><div><div class="bl" aria-hidden="false"><a class="ag ah ai aj ak al am an ao ap aq ar as iv" data-testid="authorName" href="/@sophie.brandt" rel="noopener follow">{e(p.byline)}</a></div></div></div><span class="iw ix" aria-hidden="true"><span class="be b bf z dt">·</span></span><p class="be b bf z dt"><button class="iy iz ah ai aj ak al am an ao ap aq ar as at">Folgen</button></p></div></div></span></div></div>
<div class="l jb"><span class="be b bf z dt"><div class="ab cn jc jd je"><span class="be b bf z dt"><div class="ab ae"><span data-testid="storyReadTime">4 Min. Lesezeit</span><div class="jf jg l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dt">·</span></span></div><span data-testid="storyPublishDate">{e(p.date_shown)}</span></div></span></div></span></div></div></div></div></div></div>
{"".join(f'<p id="p{k}" class="pw-post-body-paragraph ml mm hm mn b mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni ht bj" data-selectable-paragraph="">{e(part)}</p>' for k, part in enumerate(p.article.split(chr(10) * 2)))}
</div></div></div></section></div></div></article></div>
<div class="l ak"><div class="ab cb"><div class="ci bh fi fj fk fl"><div class="ab q nt nu"><div class="nv nw">{"".join(f'<a class="nx ny" href="/tag/{t}" rel="noopener follow"><div class="ab q nz oa ob">{t}</div></a>' for t in ("Nachhaltigkeit", "Mode", "Konsum"))}</div></div>
<div class="ab cp jd"><div class="ab q oc"><button class="ag ah ai aj" data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24"></svg></button><p class="be b bf z dt"><span class="nj">1,4K</span></p></div><div class="ab q od"><button class="ag ah ai aj" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24"></svg></button><p class="be b bf z dt"><span class="nj">{len(p.comments)}</span></p></div></div></div></div></div>
{responses}
<div class="l ak"><div class="ab cb"><div class="ci bh fi fj fk fl"><h2 class="be so sp sq z">Mehr von {e(p.byline)}</h2>{"".join(f'<div class="ab q"><a class="ag ah" href="/@sophie.brandt/r{k}" rel="noopener follow"><h3 class="be b qe z">{e(t)}</h3></a></div>' for k, t in enumerate(p.related))}</div></div></div>
<div class="ab cb oh"><div class="ci bh fi fj fk fl"><div class="ab q oi"><a class="ag ah" href="https://help.medium.example">Hilfe</a><a class="ag ah" href="https://medium.example/about">Über uns</a><a class="ag ah" href="https://policy.medium.example">Datenschutz</a></div></div></div>
</div></div>"""
    return shell(p, body)


def r_typepad(p: Page) -> str:
    """TypePad / Movable Type: a flat div.comment list whose 'Posted by: Name | date' line comes after each comment's text."""
    items = []
    for i, c in enumerate(p.comments):
        cid = f"6a00d8341c{i:02d}e53ef0{i + 7}c3b{i}"
        link = (
            f'<a href="https://{e(c.author.lower().replace(" ", ""))}.example/" rel="nofollow">{e(c.author)}</a>'
            if i % 2 == 0
            else e(c.author)
        )
        items.append(f"""<a id="c{cid}"></a>
<div class="comment font-entrybody" id="comment-{cid}">
<div class="comment-content font-entrybody">{paras(c.text)}</div>
<p class="comment-footer font-entryfooter">Posted by: {link} | <a href="https://readingroom.typepad.example/notes/2025/03/rare-books-by-post.html?cid={cid}#comment-{cid}">{e(c.shown)}</a></p>
</div>""")
    comments = f"""<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header font-commentsheader">Comments</h3>
<div class="comments-info font-entryfooter"><p>You can follow this conversation by subscribing to the <a href="https://readingroom.typepad.example/notes/2025/03/rare-books-by-post/comments/atom.xml">comment feed</a> for this post.</p></div>
<div class="comments-content font-entrybody" id="comments-content">
{chr(10).join(items)}
</div></div>
<div class="comments-open font-entrybody" id="comments-open"><h2 class="comments-open-header font-commentsopenheader">Post a comment</h2>
<div class="comments-open-content"><p class="comment-moderation-message">Comments are moderated, and will not appear until the author has approved them.</p>
<form id="comment-form" method="post" action="https://www.typepad.example/t/comments"><p><label for="comment-author">Name</label><br><input id="comment-author" name="author" size="30" value=""></p><p><label for="comment-email">Email Address</label><br><input id="comment-email" name="email" size="30" value=""></p><p><label for="comment-url">URL</label><br><input id="comment-url" name="url" size="30" value=""></p><p><label for="comment-text">Comment</label><br><textarea id="comment-text" name="text" rows="10" cols="30"></textarea></p><input type="submit" name="preview" id="comment-preview" value="Preview"> <input type="submit" name="post" id="comment-post" value="Post"></form></div></div>"""
    sidebar = f"""<div id="beta"><div id="beta-inner" class="pkg"><div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/notes/libraries/">Libraries</a></li><li class="module-list-item"><a href="/notes/archives/">Archives</a></li></ul></div></div>
<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{"".join(f'<li class="module-list-item"><a href="/notes/r{k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></div></div>"""
    body = f"""<div id="container"><div id="container-inner" class="pkg">
<div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="https://readingroom.typepad.example/notes/" accesskey="1">{e(p.site)}</a></h1><h2 id="banner-description">Libraries, archives and the people who keep them</h2></div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">
<p class="content-nav"><a href="/notes/2025/02/bookbinder.html">&laquo; {e(p.related[1])}</a> | <a href="/notes/">Main</a> | <a href="/notes/2025/03/library-year.html">{e(p.related[0])} &raquo;</a></p>
<h2 class="date-header">{e(p.date_shown)}</h2>
<div class="entry-category-libraries entry-author-agnes entry-type-post entry" id="entry-6a00d8341c2f3e53ef02c8d3"><h3 class="entry-header">{e(p.title)}</h3>
<div class="entry-content"><div class="entry-body">{paras(p.article)}</div></div>
<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted at 09:00 AM in <a href="/notes/libraries/">Libraries</a> </span> <span class="separator">|</span> <a class="permalink" href="https://readingroom.typepad.example/notes/2025/03/rare-books-by-post.html">Permalink</a></p></div></div>
{comments}
</div></div>{sidebar}</div></div>
<div id="footer"><p>Powered by TypePad</p></div>
</div></div>"""
    return shell(p, body)


def r_vbulletin5(p: Page) -> str:
    """vBulletin 5 Connect thread: ul.conversation-list of li.b-post, user title, '#N' counters, quote 'Originalmente publicado por X'."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        nid = 1190400 + n
        uid = 5000 + sum(map(ord, c.author)) % 4000
        quote = ""
        if n and c.parent is not None:
            pc = p.comments[c.parent]
            quote = f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div><div class="bbcode_postedby"><strong>Originalmente publicado por {e(pc.author)}</strong> <a href="/forum/node/{1190401 + c.parent}#post{1190401 + c.parent}" rel="nofollow" class="b-icon b-icon__ldquo-l--gray" title="Ver mensaje"></a></div><div class="message">{e(pc.text.split(chr(10))[0])}</div></div></div></div>'
        title = e(c.extra) if c.extra else "Miembro"
        return f"""<li class="b-post js-post js-comment-entry__parent h-restore--on-preview b-comment--ready {"b-post--first" if n == 0 else "b-post--text"}" data-node-id="{nid}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if n == 0 else "Comment"}" itemprop="{"" if n == 0 else "comment"}">
<div class="b-post__grid"><div class="b-post__arrow b-post__arrow--left-border"></div><div class="b-post__arrow b-post__arrow--left"></div>
<div class="b-post__hide-when-deleted"><div class="b-media b-post__body-header"><div class="b-userinfo__wrapper b-media__img"><div class="b-userinfo b-post__hide-when-deleted" itemprop="author" itemscope itemtype="http://schema.org/Person">
<div class="b-avatar b-avatar--m b-avatar--thread"><img src="/core/image.php?userid={uid}&amp;thumb=1" alt="{e(c.author)}" title="{e(c.author)}"></div>
<div class="author h-text-size--14"><strong><a href="/member/{uid}-{e(c.author.lower())}" class="h-align-middle" itemprop="url"><span itemprop="name">{e(c.author)}</span></a></strong></div>
<div class="usertitle">{title}</div>
<ul class="b-userinfo__rank"><li class="b-userinfo__rank b-userinfo__rank-{n % 4}"><img src="/images/ranks/rank{n % 4}.png" alt=""></li></ul>
<ul class="b-userinfo__additional-info-block"><li class="b-userinfo__additional-info"><label>Fecha de ingreso:</label> <span>{["mar", "jun", "oct", "ene"][n % 4]} {2015 + n}</span></li><li class="b-userinfo__additional-info"><label>Mensajes:</label> <span>{uid % 3000 + 12}</span></li></ul>
</div></div>
<div class="b-media__body"><div class="b-post__timestamp OLD__post-date"><time itemprop="dateCreated" datetime="{c.when}">{e(c.shown)}</time></div>
<span class="b-post__count">#{n + 1}</span></div></div>
<div class="b-post__content js-post__content"><hr class="b-divider--section"><div class="b-media"><div class="b-media__img--rev"><div class="b-post__arrow b-post__arrow--top"></div></div><div class="b-media__body b-post__body">
<div class="js-post__content-wrapper"><div class="OLD__post-content h-padding-horiz-xxl"><div class="js-post__content-text restore h-wordwrap" itemprop="text">{quote}{brs(c.text)}</div></div></div>
</div></div></div>
<div class="b-post__footer h-hide--on-preview h-clear h-padding-bottom-m h-margin-horiz-xl"><div class="h-margin-top-l"><ul class="h-left js-post-controls b-comment__controls"><li><a class="b-button--special js-comment-entry__reply" href="#">Comentario</a></li><li class="h-margin-left-s"><span class="votecount js-votecount">{_score(n) % 6}</span> <a class="js-post-control__vote" href="#">Me gusta</a></li><li><a class="js-post-control__quote" href="#">Citar</a></li></ul></div></div>
</div></div></li>"""

    body = f"""<div id="outer-wrapper"><div id="wrapper"><div id="header-axd" class="header-edit-box axdnum_1 h-clearfix"><div class="axd-container axd-container_header"><div class="site-logo header-edit-box"><a href="/"><img src="/images/misc/vbulletin5_logo.png" alt="{e(p.site)}"></a></div></div>
<div class="toolbar"><ul class="h-right"><li class="h-hide-on-small"><a href="/login">Iniciar sesión</a></li><li><a href="/register">Registrarse</a></li></ul></div>
<div id="channel-tabbar" class="h-clearfix"><ul class="channel-tabbar-list h-left"><li class="current section-item"><a href="/forum">Foros</a></li><li class="section-item"><a href="/blogs">Blogs</a></li><li class="section-item"><a href="/articles">Artículos</a></li></ul></div></div>
<div id="breadcrumbs"><ul class="h-clearfix"><li class="crumb ellipsis"><a class="crumb-link h-flex-valign-center" href="/forum">Foros</a></li><li class="crumb ellipsis"><a class="crumb-link" href="/forum/gravel">Gravel y cicloturismo</a></li></ul></div>
<div id="content"><div class="canvas-layout-container js-canvas-layout-container"><div class="canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border widget-no-header-buttons axd-container" id="widget_1"><div class="conversation-status-messages"></div>
<div class="widget-content"><h1 class="main-title js-main-title hide-on-editmode">{e(p.title)}</h1>
<div class="conversation-toolbar-wrapper top h-clearfix"><div class="conversation-toolbar"><ul class="toolset-left"><li class="toolbar-reply"><a class="b-button b-button--primary" href="#">Responder</a></li></ul><ul class="toolset-right"><li class="pagenav-controls"><span class="pagenav-form">Página 1 de 1</span></li></ul></div></div>
<div class="conversation-content"><ul class="conversation-list list-container h-clearfix thread-view">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
</ul></div>
<div class="conversation-toolbar-wrapper bottom"><div class="conversation-toolbar"><span class="pagenav-form">Página 1 de 1</span></div></div>
</div></div>
<div class="canvas-widget default-widget similar-threads-widget" id="widget_3"><div class="widget-header"><h1 class="widget-title">Temas similares</h1></div><div class="widget-content"><ul>{"".join(f'<li class="b-post"><a href="/forum/node/{1190500 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div></div>
<div id="footer"><div id="footer-copyright">Funciona con vBulletin® Versión 5.7.5<br>Copyright © 2026 MH Sub I, LLC dba vBulletin. Todos los derechos reservados.</div><div id="footer-current-datetime">Todas las horas son GMT+2. Hora actual: 10:20.</div></div>
</div></div>"""
    return shell(p, body)


def r_tumblr(p: Page) -> str:
    """A Tumblr theme's post page with {PostNotes}: likes, reblogs and 'name said: text' reply notes mixed in one ol.notes."""
    others = [
        ("knitwitch", "like"),
        ("heeltoe", "reblog"),
        ("sockdrawer", "like"),
        ("mendingmay", "reblog"),
        ("bluethread", "like"),
    ]
    notes = []
    for i, c in enumerate(p.comments):
        who, kind = others[i % len(others)]
        if kind == "like":
            notes.append(
                f'<li class="note like tumblelog_{who} without_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://{who}.tumblr.example/" title="{who}"><img src="https://assets.tumblr.example/avatar_{who}_16.png" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="https://{who}.tumblr.example/" class="tumblelog" title="{who}">{who}</a> likes this</span><div class="clear"></div></li>'
            )
        else:
            notes.append(
                f'<li class="note reblog tumblelog_{who} without_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://{who}.tumblr.example/" title="{who}"><img src="https://assets.tumblr.example/avatar_{who}_16.png" class="avatar" alt=""></a><span class="action" data-post-url="https://{who}.tumblr.example/post/77{i}"><a rel="nofollow" href="https://{who}.tumblr.example/" class="tumblelog" title="{who}">{who}</a> reblogged this from <a rel="nofollow" href="https://{e(p.byline)}.tumblr.example/" class="source_tumblelog" title="{e(p.byline)}">{e(p.byline)}</a></span><div class="clear"></div></li>'
            )
        notes.append(
            f'<li class="note reply tumblelog_{e(c.author)} with_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://{e(c.author)}.tumblr.example/" title="{e(c.author)}"><img src="https://assets.tumblr.example/avatar_{e(c.author)}_16.png" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="https://{e(c.author)}.tumblr.example/" class="tumblelog" title="{e(c.author)}">{e(c.author)}</a> said: <span class="answer_content">{e(c.text)}</span></span><div class="clear"></div></li>'
        )
    notes.append(
        f'<li class="note original_post"><span class="action"><a href="https://{e(p.byline)}.tumblr.example/" class="tumblelog">{e(p.byline)}</a> posted this</span></li>'
    )
    count = len(notes) - 1 + 57
    body = f"""<div id="container"><header id="header"><h1 class="blog-title"><a href="/">{e(p.site)}</a></h1><p class="description">mending, darning, slow clothes</p><nav class="pages"><a href="/archive">Archive</a> <a href="/ask">Ask me anything</a> <a href="/rss">RSS</a></nav></header>
<div id="content"><div class="posts"><article class="post text" id="post-7712003">
<div class="post-content"><h2 class="title"><a href="/post/7712003/a-year-of-darning-socks">{e(p.title)}</a></h2>
<div class="body-text">{paras(p.article)}</div></div>
<footer class="post-meta"><a class="date" href="/post/7712003/a-year-of-darning-socks">{e(p.date_shown)}</a> <a class="notecount" href="#notes">{count} notes</a> <ul class="tags"><li><a href="/tagged/darning">#darning</a></li><li><a href="/tagged/visible%20mending">#visible mending</a></li><li><a href="/tagged/slow%20fashion">#slow fashion</a></li></ul> <a class="reblog-button" href="https://www.tumblr.example/reblog/7712003/xYz">Reblog</a></footer>
<section id="notes" class="notes-wrapper"><h3 class="notes-title">{count} Notes</h3><ol class="notes">
{chr(10).join(notes)}
</ol><a class="more_notes_link" href="#" onclick="tumblrNotesLoadMore(); return false;">Show more notes</a></section>
</article></div></div>
<aside id="sidebar"><section class="recent-posts"><h3>recent posts</h3><ul>{"".join(f'<li><a href="/post/{7711000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section><section class="following"><h3>following</h3><ul><li><a href="https://knitwitch.tumblr.example/">knitwitch</a></li><li><a href="https://bluethread.tumblr.example/">bluethread</a></li></ul></section></aside>
<footer id="footer"><p>theme by slowstitches · powered by Tumblr</p></footer></div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batch 7


def r_forem(p: Page) -> str:
    """Forem (dev.to): div.comment.single-comment-node trees in details.comment-wrapper; the name twice (link and hidden profile card)."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = f"2k{40 + i}b"
        slug = c.author.lower().replace(" ", "_").replace(".", "")
        deep = depth(p, i)
        role = "root" if deep == 0 else "child"
        return f"""<div class="comment single-comment-node {role} comment--deep-{deep}" id="comment-node-{7110 + i}" data-comment-id="{7110 + i}" data-path="/{slug}/comment/{cid}" data-comment-author-id="{3300 + 11 * i}" data-current-user-comment="false" data-content-user-id="{3300 + 11 * i}">
<details class="comment-wrapper js-comment-wrapper" open>
<summary aria-label="Toggle this comment (and replies)" data-tracking-name="expand_comment_toggle"><span class="inline-block align-middle"><span class="js-collapse-comment-content">Collapse</span></span></summary>
<a name="comment-{cid}" href="#comment-{cid}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image" width="32" height="32" src="/uploads/user/profile_image/{3300 + 11 * i}/avatar.png" alt="{e(slug)} profile image" loading="lazy"></a>
<div class="inner-comment comment__details">
<div class="comment__content crayons-card">
<div class="comment__header">
<a href="/{slug}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden"><span class="js-comment-username">{e(c.author)}</span></a>
<div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block"><button id="comment-profile-preview-trigger-{7110 + i}" aria-controls="comment-profile-preview-content-{7110 + i}" class="profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost" aria-label="{e(c.author)} profile details">{e(c.author)}</button>
<div id="comment-profile-preview-content-{7110 + i}" class="profile-preview-card__content crayons-dropdown p-4 pt-0 branded-7" style="border-top-color: var(--card-color);" data-repositioning-dropdown="true" data-testid="profile-preview-card"><div class="gap-4 grid"><div class="-mt-4"><a href="/{slug}" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="/uploads/user/profile_image/{3300 + 11 * i}/avatar.png" class="crayons-avatar__image" alt="" loading="lazy"></span><span class="crayons-link crayons-subtitle-2 mt-5">{e(c.author)}</span></a></div><div class="print-hidden"><button class="crayons-btn follow-action-button whitespace-nowrap follow-user w-100" data-info='{{"id":{3300 + 11 * i},"className":"User","style":"full","name":"{e(c.author)}"}}'>Follow</button></div><div class="author-preview-metadata-container" data-author-id="{3300 + 11 * i}"><div class="color-base-70">Backend developer, mostly Go and SQL.</div><ul class="key-links"><li><div class="key">Joined</div><div class="value"><time datetime="2021-0{1 + i % 8}-12T10:00:00Z" class="date">Mar 12, 2021</time></div></li></ul></div></div></div></div>
<span class="color-base-30 px-2 m:pl-0" role="presentation">&bull;</span>
<a href="/{slug}/comment/{cid}" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="{c.when}Z" class="date-no-year">{e(c.shown)}</time></a>
<div class="comment__dropdown"><button id="comment-dropdown-trigger-{7110 + i}" aria-controls="comment-dropdown-{7110 + i}" aria-expanded="false" class="dropbtn comment__dropdown-trigger crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon" aria-label="Toggle dropdown menu" aria-haspopup="true"><svg class="crayons-icon pointer-events-none" width="24" height="24" role="img" aria-labelledby="a1"><title id="a1">Dropdown menu</title></svg></button><div id="comment-dropdown-{7110 + i}" class="crayons-dropdown right-1 s:right-0 s:left-auto fs-base dropdown"><ul class="m-0"><li><a href="/{slug}/comment/{cid}" class="crayons-link crayons-link--block permalink-copybtn">Copy link</a></li><li><a href="/report-abuse?url=/{slug}/comment/{cid}" class="crayons-link crayons-link--block">Report abuse</a></li></ul></div></div>
</div>
<div class="comment__body text-styles text-styles--secondary body">
{paras(c.text)}
</div>
</div>
<footer class="comment__footer">
<button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex reaction-button" id="button-for-comment-{7110 + i}" data-comment-id="{7110 + i}" aria-label="Like comment:" aria-pressed="false"><span class="reactions-count" id="reactions-count-{7110 + i}">{_score(i) % 9 + 1}</span><span class="reactions-label hidden m:inline-block">&nbsp;{"like" if _score(i) % 9 == 0 else "likes"}</span></button>
<a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex" href="#/{slug}/comment/{cid}" data-comment-id="{7110 + i}" data-path="/{slug}/comment/{cid}" rel="nofollow"><span class="hidden m:inline-block">Reply</span></a>
</footer>
</div>
{sub}
</details>
</div>"""

    trees = tree(p, item, lambda s: s)
    body = f"""<header id="topbar" class="crayons-header print-hidden"><div class="crayons-header__container"><a href="/" class="site-logo" aria-label="{e(p.site)} Home"><span class="truncate-at-2">DEV</span></a><div class="crayons-header--search"><form accept-charset="UTF-8" method="get" action="/search" role="search"><input class="crayons-header--search-input crayons-textfield" type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term"></form></div><div class="flex items-center h-100 ml-auto"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a><a href="/enter?state=new-user" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a></div></div></header>
<div id="page-content" class="wrapper stories stories-show" data-current-page="stories-show">
<div id="page-content-inner">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner"><button id="reaction-butt-like" aria-label="Like" aria-pressed="false" class="crayons-reaction crayons-tooltip__activator"><span class="crayons-reaction__count" id="reaction-number-like">128</span></button><button id="reaction-butt-readinglist" aria-label="Add to reading list" class="crayons-reaction crayons-tooltip__activator"><span class="crayons-reaction__count" id="reaction-number-readinglist">41</span></button></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4">
<div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="2019411" data-article-slug="i-replaced-our-nightly-cron-jobs" data-author-id="3210">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/ines_carvalho"><img class="radius-full align-middle" src="/uploads/user/profile_image/3210/avatar.png" width="40" height="40" alt="{e(p.byline)}"></a></div><div class="pl-3 flex-1"><a href="/ines_carvalho" class="crayons-link fw-bold">{e(p.byline)}</a><p class="fs-xs color-base-60">Posted on <time datetime="{p.when}Z" class="date-no-year">{e(p.date_shown)}</time></p></div></div></div>
<div class="mb-4 spec__tags flex flex-wrap"><a class="crayons-tag crayons-tag--monochrome" href="/t/devops"><span class="crayons-tag__prefix">#</span>devops</a><a class="crayons-tag crayons-tag--monochrome" href="/t/backend"><span class="crayons-tag__prefix">#</span>backend</a><a class="crayons-tag crayons-tag--monochrome" href="/t/postmortem"><span class="crayons-tag__prefix">#</span>postmortem</a></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">{e(p.title)}</h1></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2019411" id="article-body">
{paras(p.article)}
</div>
<section id="comments" data-follow-button-container="true" data-updated-at="{p.date}T12:00:00Z" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments ({len(p.comments)})</h2><div id="comment-subscription" class="print-hidden"><button class="crayons-btn crayons-btn--outlined" type="button">Subscribe</button></div></header>
<div id="comment-write" class="print-hidden"><form class="comment-form" id="new_comment" action="/comments" method="post"><span class="crayons-avatar m:crayons-avatar--l mr-2 shrink-0"><img src="/assets/default-avatar.png" class="crayons-avatar__image" alt=""></span><div class="comment-form__inner"><textarea placeholder="Add to the discussion" id="text-area" class="crayons-textfield comment-textarea" name="comment[body_markdown]" aria-label="Add a comment to the discussion"></textarea><div class="comment-form__buttons mb-4"><button type="submit" class="crayons-btn comment-action-button mr-2 js-btn-enable">Submit</button><button type="button" class="preview-toggle crayons-btn crayons-btn--secondary comment-action-button comment-action-preview mr-2 js-btn-enable">Preview</button></div></div></form></div>
<div class="comments" id="comment-trees-container">
{trees}
</div>
<div class="fs-s mb-4"><a href="/code-of-conduct">Code of Conduct</a> &bull; <a href="/report-abuse">Report abuse</a></div>
</section>
</div></article></div>
<section class="crayons-card crayons-card--secondary text-padding mb-4"><h2 class="crayons-subtitle-1 mb-2">Read next</h2>{"".join(f'<div class="crayons-story crayons-story--compact"><h3 class="crayons-story__title"><a href="/r/{k}">{e(t)}</a></h3><p class="fs-xs color-base-60">5 min read</p></div>' for k, t in enumerate(p.related))}</section>
</main>
<aside class="crayons-layout__sidebar-right" aria-label="Author details"><div class="crayons-card crayons-card--secondary p-4"><a href="/ines_carvalho" class="flex"><span class="crayons-link crayons-subtitle-1">{e(p.byline)}</span></a><p class="color-base-70">Platform engineer. Writes about the unglamorous parts.</p><button class="crayons-btn follow-action-button w-100">Follow</button><ul class="key-links"><li><div class="key">Joined</div><div class="value">Aug 4, 2019</div></li></ul></div></aside>
</div></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div class="crayons-footer__container"><p class="fs-s crayons-footer__description"><a class="c-link" href="/">{e(p.site)}</a> — A constructive and inclusive social network for software developers.</p></div></footer>"""
    return shell(p, body)


def r_s9y(p: Page) -> str:
    """Serendipity default template: flat div.serendipity_comment, depth as padding-left, the source line after the text."""
    trace: dict[int, str] = {}
    top = 0
    kids: dict[int, int] = {}
    for i in dfs_order(p):
        c = p.comments[i]
        if c.parent is None:
            top += 1
            trace[i] = str(top)
        else:
            kids[c.parent] = kids.get(c.parent, 0) + 1
            trace[i] = f"{trace[c.parent]}.{kids[c.parent]}"
    items = []
    for i in dfs_order(p):
        c = p.comments[i]
        cid = 412 + i
        fname = c.author.replace(" ", "_").lower()
        self_cls = " serendipity_comment_author_self" if c.author == p.byline else ""
        items.append(f"""<a id="c{cid}"></a>
<div id="serendipity_comment_{cid}" class="serendipity_comment serendipity_comment_author_{e(fname)}{self_cls}" style="padding-left: {20 * depth(p, i)}px">
<div class="serendipity_commentBody">{brs(c.text)}</div>
<div class="serendipity_comment_source">
<a class="comment_source_trace" href="#c{cid}">#{trace[i]}</a>
<span class="comment_source_author">{e(c.author)}</span>
am
<span class="comment_source_date">{e(c.shown)}</span>
(<a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_{cid}" onclick="document.getElementById('serendipity_replyTo').value='{cid}'; return true;">Antwort</a>)
<div id="serendipity_replyform_{cid}"></div>
</div>
</div>""")
    snippets = [
        "Bei mir haben die Säcke zu wenig Drainage gehabt, die unteren Knollen…",
        "Rasenschnitt nur dünn und angetrocknet, sonst fault er. Habe ich…",
    ]
    recent = "".join(
        f'<div class="plugin_comment_wrap"><span class="plugin_comment_author">{e(who)}</span> zu <a class="highlight" href="/archives/{300 + k}-x.html#c{200 + k}" title="{e(post)}">{e(post)}</a>:<br />\n<div class="plugin_comment_body">{e(snippets[k % 2])}</div></div>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="serendipity_banner"><h1><a class="homelink1" href="/">{e(p.site)}</a></h1><h2><a class="homelink2" href="/">Was wächst, was nicht, und warum</a></h2></div>
<table id="mainpane"><tr>
<td id="content" valign="top">
<div class="serendipity_Entry_Date">
<h3 class="serendipity_date">{e(p.date_shown)}</h3>
<h4 class="serendipity_title"><a href="/archives/412-warum-ich-keine-tomaten-mehr-vorziehe.html">{e(p.title)}</a></h4>
<div class="serendipity_entry serendipity_entry_author_gerlinde serendipity_entry_author_self">
<div class="serendipity_entry_body">
{paras(p.article)}
</div>
<div class="serendipity_entryFooter">Geschrieben von <a href="/authors/1-Gerlinde">{e(p.byline)}</a> in <a href="/categories/3-Gemuese">Gemüse</a> um {p.time} | <a href="/archives/412-x.html#comments">Kommentare ({len(p.comments)})</a> | <a href="/archives/412-x.html#trackbacks">Trackbacks (0)</a></div>
</div>
<div class="serendipity_comments serendipity_section_trackbacks"><br /><a id="trackbacks"></a><div class="serendipity_commentsTitle">Trackbacks</div><div class="serendipity_center"><a rel="nofollow" style="font-weight: normal" href="/comment.php?type=trackback&amp;entry_id=412">Trackback-URL für diesen Eintrag</a></div><br /><div class="serendipity_center nocomments">Keine Trackbacks</div></div>
<div class="serendipity_comments serendipity_section_comments"><br /><a id="comments"></a><div class="serendipity_commentsTitle">Kommentare</div>
<div class="serendipity_center">Ansicht der Kommentare: (<a rel="nofollow" href="/archives/412-x.html?serendipity[cview]=linear#comments">Linear</a> | Verschachtelt)</div><br />
{chr(10).join(items)}
<a id="feedback"></a>
<div class="serendipity_commentsTitle">Kommentar schreiben</div>
<div class="serendipity_commentForm"><a id="serendipity_CommentForm"></a><form id="serendipity_comment" action="/comment.php#feedback" method="post"><div><input type="hidden" name="serendipity[entry_id]" value="412" /></div>
<table border="0" width="100%" cellpadding="3">
<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_name">Name</label></td><td class="serendipity_commentsValue"><input type="text" id="serendipity_commentform_name" name="serendipity[name]" value="" size="30" /></td></tr>
<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_email">E-Mail</label></td><td class="serendipity_commentsValue"><input type="text" id="serendipity_commentform_email" name="serendipity[email]" value="" /></td></tr>
<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_url">Homepage</label></td><td class="serendipity_commentsValue"><input type="text" id="serendipity_commentform_url" name="serendipity[url]" value="" /></td></tr>
<tr><td class="serendipity_commentsLabel"><label for="serendipity_replyTo">Antwort zu</label></td><td class="serendipity_commentsValue"><select id="serendipity_replyTo" name="serendipity[replyTo]"><option value="0">[ Übergeordnet ]</option></select></td></tr>
<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_comment">Kommentar</label></td><td class="serendipity_commentsValue"><textarea rows="10" cols="40" id="serendipity_commentform_comment" name="serendipity[comment]"></textarea><br /><div class="serendipity_commentDirection serendipity_comment_s9ymarkup">Umschließende Sterne heben ein Wort hervor (*wort*), per _wort_ kann ein Wort unterstrichen werden.</div></td></tr>
<tr><td>&#160;</td><td class="serendipity_commentsLabel"><input id="checkbox_remember" type="checkbox" name="serendipity[remember]" /><label for="checkbox_remember">Daten merken? </label></td></tr>
<tr><td>&#160;</td><td><input type="submit" name="serendipity[submit]" value="Abschicken" /> <input type="submit" id="serendipity_preview" name="serendipity[preview]" value="Vorschau" /></td></tr>
</table></form></div>
</div>
</div>
</td>
<td id="serendipityRightSideBar" valign="top">
<div class="serendipitySideBarItem container_serendipity_plugin_comments"><h3 class="serendipitySideBarTitle serendipity_plugin_comments">Letzte Kommentare</h3><div class="serendipitySideBarContent">{recent}</div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_archives"><h3 class="serendipitySideBarTitle">Archive</h3><div class="serendipitySideBarContent"><ul class="plainList"><li><a href="/archives/2025/03.html">März 2025</a></li><li><a href="/archives/2025/02.html">Februar 2025</a></li></ul></div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_entrylinks"><h3 class="serendipitySideBarTitle">Verwandte Einträge</h3><div class="serendipitySideBarContent"><ul class="plainList">{"".join(f'<li><a href="/archives/{380 + k}-x.html">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</td></tr></table>
<div id="serendipity_footer">Powered by <a href="https://docs.s9y.org/">Serendipity</a></div>"""
    return shell(p, body)


def r_pikabu(p: Page) -> str:
    """Pikabu-style story: div.comment with data-id and a data-meta string naming the parent; children nested in comment__children."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 318200000 + 17 * i
        pid = 0 if c.parent is None else 318200000 + 17 * c.parent
        author = (
            '<span class="comment__user-label comment__user-label_author" title="Автор поста">автор</span>'
            if c.author == p.byline
            else ""
        )
        children = f'<div class="comment__children">{sub}</div>' if sub else ""
        return f"""<div class="comment" id="comment_{cid}" data-id="{cid}" data-indent="{depth(p, i)}" data-meta="pid={pid};aid={5100 + i};sid=12345678;said=880;d={c.when}+03:00;de=0;ic=0;r={_score(i) % 40 + 2};av=+{_score(i) % 40 + 5}:-3;hc">
<div class="comment__body">
<div class="comment__header">
<div class="comment__user" data-name="{e(c.author)}" data-profile="true"><a href="/@{e(c.author)}" class="user"><img class="avatar avatar_small" data-src="https://cs.pikabu.example/avatars/{5100 + i}.png" alt="{e(c.author)}"><span class="user__nick">{e(c.author)}</span></a>{author}</div>
<div class="comment__rating"><span class="comment__rating-up" title="Плюс"></span><div class="comment__rating-count">{_score(i) % 40 + 2}</div><span class="comment__rating-down" title="Минус"></span></div>
<time datetime="{c.when}+03:00" class="comment__datetime hint">{e(c.shown)}</time>
<a class="comment__tool" href="/story/kak_ya_chinil_kholodilnik_12345678?cid={cid}" data-role="link">#</a>
</div>
<div class="comment__content">{paras(c.text)}</div>
<div class="comment__tools"><div class="comment__tool" data-role="reply">Ответить</div><div class="comment__tool" data-role="save">Сохранить</div><div class="comment__tool comment__tool_more" data-role="more">ещё</div></div>
</div>
{children}
</div>"""

    lst = tree(p, item, lambda s: s)
    body = f"""<header class="header"><div class="header__main"><a class="header__logo" href="/">{e(p.site)}</a><nav class="header-menu"><a class="header-menu__item" href="/hot">Горячее</a><a class="header-menu__item" href="/best">Лучшее</a><a class="header-menu__item" href="/new">Свежее</a><a class="header-menu__item" href="/communities">Сообщества</a></nav><div class="header-right-menu"><a href="#" class="header-right-menu__login">Войти</a></div></div></header>
<div class="app"><div class="main"><div class="main__inner">
<article class="story" data-story-id="12345678" data-rating="914" data-author-id="880" data-author-name="{e(p.byline)}">
<div class="story__main"><header class="story__header"><h1 class="story__title"><a href="/story/kak_ya_chinil_kholodilnik_12345678" class="story__title-link">{e(p.title)}</a></h1>
<div class="story__tags tags"><a class="tags__tag" href="/tag/Ремонт">Ремонт</a><a class="tags__tag" href="/tag/Холодильник">Холодильник</a><a class="tags__tag" href="/tag/Своими руками">Своими руками</a></div></header>
<div class="story__content story__typography"><div class="story__content-inner">
{"".join(f'<div class="story-block story-block_type_text"><p>{e(part)}</p></div>' for part in p.article.split(chr(10) + chr(10)))}
</div></div>
<div class="story__footer"><div class="story__user user" data-name="{e(p.byline)}"><a href="/@{e(p.byline)}" class="user__nick story__user-link">{e(p.byline)}</a> <time datetime="{p.when}:00+03:00" class="caption story__datetime hint">{e(p.date_shown)}</time></div>
<div class="story__tools"><a class="story__comments-link" href="#comments"><span class="story__comments-link-count">{len(p.comments)}</span> Комментарии</a><span class="story__share">Поделиться</span><span class="story__save">Сохранить</span></div>
<div class="story__rating-block"><div class="story__rating-up"></div><div class="story__rating-count">914</div><div class="story__rating-down"></div></div></div></div>
</article>
<section class="section_padding_none comments comments_show" id="comments" data-story-id="12345678">
<header class="comments__header"><h2 class="comments__title">Комментарии</h2><span class="comments__count">{len(p.comments)}</span><div class="comments__sort">Лучшие</div></header>
<div class="comments__main"><div class="comments__container" data-story-id="12345678">
{lst}
</div></div>
<div class="comments__form"><div class="comment-form"><div class="comment-form__placeholder">Чтобы оставить комментарий, необходимо <a href="#">войти</a></div></div></div>
</section>
<section class="stories-feed"><h3 class="stories-feed__title">Похожие посты</h3>{"".join(f'<article class="story story_short"><h2 class="story__title"><a href="/story/x_{k}">{e(t)}</a></h2></article>' for k, t in enumerate(p.related))}</section>
</div></div></div>
<footer class="footer"><p>© 2026 {e(p.site)}</p></footer>"""
    return shell(p, body)


def r_conversacion(p: Page) -> str:
    """A Spanish paper's own module: li items with only an id, 'Nombre · hace 3 horas' as one text, 'En respuesta a Nombre'."""
    items = []
    for i, c in enumerate(p.comments):
        reply = ""
        if c.parent is not None:
            reply = (
                f'<p><a href="#cv-{8812 + c.parent}">En respuesta a {e(p.comments[c.parent].author)}</a></p>'
            )
        badge = f" <b>{e(c.extra)}</b>" if c.extra else ""
        items.append(f"""<li id="cv-{8812 + i}" data-ts="{c.when}+02:00">
<div><img src="/static/img/avatar-{i % 4}.svg" alt="" width="32" height="32"><p><strong>{e(c.author)} · {e(c.shown)}</strong>{badge}</p>{reply}</div>
<div>{paras(c.text)}</div>
<div><button type="button">Me gusta <span>{_score(i) % 12}</span></button> <button type="button">Responder</button> <button type="button">Denunciar</button></div>
</li>""")
    top = "".join(
        f'<li><a href="/noticia/{700 + k}">{e(post)}</a> <span>{40 - 7 * k} comentarios</span></li>'
        for k, (_, post) in enumerate(p.recent)
    )
    comments = f"""<section id="conversacion" aria-label="Conversación">
<h2>Conversación <span>({len(p.comments)})</span></h2>
<p>Los comentarios son de los suscriptores y lectores registrados. <a href="/normas">Normas de participación</a></p>
<form id="cv-form" action="/conversacion/enviar" method="post"><label for="cv-nombre">{e(LABELS["es"]["name"])}</label><input id="cv-nombre" name="nombre" type="text"><label for="cv-correo">{e(LABELS["es"]["email"])}</label><input id="cv-correo" name="correo" type="email"><label for="cv-texto">Tu comentario</label><textarea id="cv-texto" name="texto"></textarea><button type="submit">{e(LABELS["es"]["submit"])}</button></form>
<ul>
{chr(10).join(items)}
</ul>
<button id="cv-mas" type="button">Ver más comentarios</button>
</section>"""
    sidebar = f'<div id="lo-mas"><h3>Lo más comentado</h3><ol>{top}</ol></div><div id="newsletter"><h3>Boletín diario</h3><p>Recibe las noticias de la ciudad cada mañana.</p></div>'
    return shell(p, page_body(p, comments, sidebar=sidebar))


def r_openweb(p: Page) -> str:
    """OpenWeb (Spot.IM) conversation saved inline: spcv_ classes, badges, like counters, replies in spcv_children-list."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        kind = "spcv_root-message" if c.parent is None else "spcv_reply-message"
        badge = (
            f'<span class="spcv_badge spcv_badge--subscriber" data-spot-im-class="badge">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        more = (
            f'<ul class="spcv_children-list" data-spot-im-class="children-list">{sub}</ul><button class="spcv_hide-replies" type="button">Masquer les réponses</button>'
            if sub
            else ""
        )
        return f"""<li class="spcv_list-item" data-spot-im-class="message-list-item" data-message-id="sp_Xk2m_{9100 + i}">
<article class="{kind}" aria-label="Message de {e(c.author)}">
<div class="spcv_message-view" data-spot-im-class="message-view">
<div class="spcv_avatar-wrapper"><div class="spcv_avatar" style="background-image:url(https://images.spot.example/avatars/{9100 + i}.png)"></div></div>
<div class="spcv_message-body">
<div class="spcv_user-info" data-spot-im-class="message-user-info"><span class="spcv_username" data-spot-im-class="message-username" role="button" tabindex="0">{e(c.author)}</span>{badge}<span class="spcv_separator">·</span><time class="spcv_timestamp" data-spot-im-class="message-timestamp" datetime="{c.when}+02:00">{e(c.shown)}</time></div>
<div class="spcv_message-text" data-spot-im-class="message-text"><div class="spcv_entity-text"><p>{e(c.text)}</p></div></div>
<div class="spcv_message-actions" data-spot-im-class="message-actions"><button class="spcv_reply-button" type="button" aria-label="Répondre">Répondre</button><span class="spcv_vote-up" role="button" aria-label="J'aime"><span class="spcv_vote-count">{_score(i) % 30 + 1}</span></span><span class="spcv_vote-down" role="button" aria-label="Je n'aime pas"><span class="spcv_vote-count">{_score(i) % 4}</span></span><button class="spcv_share-button" type="button">Partager</button></div>
</div></div>
</article>
{more}
</li>"""

    lst = tree(p, item, lambda s: s)
    comments = f"""<section class="article-conversation" id="reactions">
<div data-spot-im-module-default-area="conversation" data-post-id="ouest-rentree-nantes-2025" data-spot-id="sp_Xk2m">
<div class="spcv_conversation" data-spot-im-class="conversation">
<header class="spcv_conversation-header"><h2 class="spcv_conversation-title">Réactions <span class="spcv_messages-count">{len(p.comments)}</span></h2><div class="spcv_community-guidelines">Merci de respecter notre charte de modération.</div>
<div class="spcv_sort"><span>Trier par</span> <button type="button">Les meilleurs</button></div></header>
<div class="spcv_editor"><div class="spcv_editor-placeholder" role="textbox">Qu'en pensez-vous ?</div><button class="spcv_login-button" type="button">Se connecter</button></div>
<ul class="spcv_messages-list" data-spot-im-class="messages-list">
{lst}
</ul>
<button class="spcv_load-more-messages" type="button">Afficher plus de commentaires</button>
<footer class="spcv_footer"><span>Propulsé par OpenWeb</span> <a href="#">Conditions</a> <a href="#">Confidentialité</a></footer>
</div></div></section>"""
    art = f"""<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<p class="article__kicker">Éducation</p><h1 class="article__title" itemprop="headline">{e(p.title)}</h1>
<p class="article__standfirst">Moins d'enfants dans les cours de récréation : la mairie y voit une chance, les syndicats une menace.</p>
<div class="article__meta"><span class="article__author" itemprop="author">Par {e(p.byline)}</span> <time datetime="{p.when}+02:00" itemprop="datePublished">{e(p.date_shown)}</time> <a href="#reactions" class="article__reactions-link">{len(p.comments)} réactions</a></div>
<div class="article__content" itemprop="articleBody">
{paras(p.article)}
</div>
<div class="article__share"><a href="#">Partager</a> <a href="#">Envoyer</a> <a href="#">Imprimer</a></div>
</article>"""
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}<a class="header__subscribe" href="/abonnement">S'abonner</a></header>
<main id="main" class="site-main">
{art}
{comments}
<section class="related-posts"><h3>{e(LABELS["fr"]["related"])}</h3><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</main>
{footer(p)}"""
    return shell(p, body)


def r_tieba(p: Page) -> str:
    """Tieba-style thread: div.l_post floors (first = article), tail-info line after the text, floor-in-floor replies."""
    floors = [(first_post(p), -1)] + [(c, i) for i, c in enumerate(p.comments) if c.parent is None]
    lzl: dict[int, list[int]] = {}
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            root = _root_of(p, i)
            lzl.setdefault(root, []).append(i)

    def floor(n: int, c: C, i: int) -> str:
        uid = 900000 + sum(map(ord, c.author)) * 13
        badge = (
            f'<li class="l_badge" style="display:block;"><div class="p_badge"><a href="/bawu2/platform/listBawuTeamInfo" target="_blank" class="user_badge d_badge_bright d_badge_icon3" title="本吧头衔12级"><div class="d_badge_title">{e(c.extra)}</div><div class="d_badge_lv">12</div></a></div></li>'
            if c.extra
            else f'<li class="l_badge" style="display:block;"><div class="p_badge"><a href="/f/like/level?kw=阳台种菜" target="_blank" class="user_badge d_badge_bright d_badge_icon2" title="本吧头衔{4 + n}级"><div class="d_badge_title">种菜新手</div><div class="d_badge_lv">{4 + n}</div></a></div></li>'
        )
        subs = []
        for j in lzl.get(i, []) if i >= 0 else []:
            s = p.comments[j]
            suid = 900000 + sum(map(ord, s.author)) * 13
            text = e(s.text)
            if s.parent is not None and s.parent != i and s.text.startswith("回复 "):
                who = p.comments[s.parent].author
                text = text.replace(
                    f"回复 {e(who)} :",
                    f'回复 <a href="/home/main?un={e(who)}" class="at j_user_card" username="{e(who)}">{e(who)}</a> :',
                    1,
                )
            subs.append(
                f"""<li class="lzl_single_post j_lzl_s_p {"first_no_border" if not subs else ""}" data-field='{{"spid":{148000000000 + j},"showname":"{e(s.author)}","user_name":"{e(s.author)}","portrait":"tb.1.{suid:x}"}}'><a rel="noopener" data-field='{{"un":"{e(s.author)}"}}' target="_blank" class="j_user_card lzl_p_p" href="/home/main?un={e(s.author)}" username="{e(s.author)}"><img src="https://gss0.bdstatic.example/portrait/item/tb.1.{suid:x}" alt=""></a><div class="lzl_cnt"><a rel="noopener" class="at j_user_card " data-field='{{"un":"{e(s.author)}"}}' alog-group="p_author" target="_blank" href="/home/main?un={e(s.author)}" username="{e(s.author)}">{e(s.author)}</a>:&nbsp;<span class="lzl_content_main">{text}</span><div class="lzl_content_reply"><span class="lzl_jb" style="display: none;"><a href="#" data-field='{{"user_name":"{e(s.author)}"}}' class="lzl_jb_in">举报</a>&nbsp;|&nbsp;</span><span class="lzl_op_list j_lzl_o_l"></span><span class="lzl_time">{e(s.shown)}</span><a href="#" class="lzl_s_r">回复</a></div></div></li>"""
            )
        lzl_html = (
            f'<div class="j_lzl_container core_reply_wrapper" data-field=\'{{"pid":{148000000 + n},"total_num":{len(subs)}}}\'><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w">{"".join(subs)}</ul><div class="lzl_li_pager j_lzl_l_p lzl_li_pager_s"><a class="lzl_link_unfold">我也说一句</a></div></div></div>'
            if subs
            else '<div class="j_lzl_container core_reply_wrapper" style="display:none;"></div>'
        )
        return f"""<div class="l_post l_post_bright j_l_post clearfix" data-field='{{"author":{{"user_id":{uid},"user_name":"{e(c.author)}","props":null}},"content":{{"post_id":{148000000 + n},"is_anonym":false,"forum_id":59321,"thread_id":9120045512,"post_no":{n + 1},"type":"0","comment_num":{len(subs)}}}}}'>
<div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card" data-field='{{"un":"{e(c.author)}","id":"tb.1.{uid:x}"}}'><a rel="noopener" style="" target="_blank" class="p_author_face " href="/home/main?un={e(c.author)}&amp;ie=utf-8"><img username="{e(c.author)}" class="" src="https://gss0.bdstatic.example/portrait/item/tb.1.{uid:x}"></a></div></li>
<li class="d_name" data-field='{{"user_id":{uid}}}'><a rel="noopener" alog-group="p_author" class="p_author_name j_user_card" href="/home/main?un={e(c.author)}&amp;ie=utf-8" target="_blank">{e(c.author)}</a></li>
{badge}</ul></div>
<div class="d_post_content_main {"d_post_content_firstfloor" if n == 0 else ""}"><div class="p_content "><cc><div id="post_content_{148000000 + n}" class="d_post_content j_d_post_content " style="display:;">{"<br>".join(e(x) for x in c.text.split(chr(10) + chr(10)))}</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply" data-field='{{"pid":{148000000 + n},"total_num":{len(subs)}}}'><a rel="noopener" href="#" class="lzl_link_unfold">回复{f"({len(subs)})" if subs else ""}</a></div><ul class="p_tail"></ul><div class="post-tail-wrap"><span class="tail-info">来自<a rel="noopener" href="/mo/q/wise-bawu-core" target="_blank">Android客户端</a></span><span class="tail-info">{n + 1}楼</span><span class="tail-info">{e(c.shown)}</span></div></div>
{lzl_html}</div></div></div>"""

    posts = "\n".join(floor(n, c, i) for n, (c, i) in enumerate(floors))
    body = f"""<div id="com_userbar" class="userbar"><ul><li><a href="/">贴吧首页</a></li><li><a href="#">登录</a></li><li><a href="#">注册</a></li></ul></div>
<div class="head_inner"><div class="search_top clearfix"><a class="search_logo" href="/" title="到贴吧首页">百度贴吧</a><form class="search_form"><input class="search_ipt" name="kw1" value="阳台种菜"><input class="search_btn" type="submit" value="进入贴吧"></form></div>
<div class="card_top_wrap clearfix card_top_theme"><div class="card_title"><a class="card_title_fname" title="" href="/f?kw=阳台种菜">{e(p.site)}</a><span class="card_menNum">关注：182,304</span><span class="card_infoNum">贴子：2,311,905</span></div></div></div>
<div id="container" class="l_container"><div class="content clearfix"><div class="pb_content clearfix" id="pb_content"><div class="left_section">
<div class="core_title_wrap_bright clearfix"><div class="core_title core_title_theme_bright"><h3 class="core_title_txt pull-left text-overflow" title="{e(p.title)}" style="width: 396px">{e(p.title)}</h3><ul class="core_title_btns pull-right"><li><a href="#" class="btn-sub btn-small">只看楼主</a></li><li><a href="#" class="btn-sub btn-small">收藏</a></li><li><a href="#" class="btn-sub btn-small">回复</a></li></ul></div></div>
<div class="p_thread thread_theme_5"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_reply_num"><span class="red">{len(p.comments) + 6}</span>回复贴，共<span class="red">1</span>页</li></ul></div></div>
<div class="p_postlist" id="j_p_postlist">
{posts}
</div>
<div class="pb_footer"><div class="tbui_aside_float_bar"><a href="#" class="tbui_fbar_top">返回顶部</a></div></div>
<div class="editor_wrap"><div class="poster_head">发表回复</div><div class="edui-container"><div class="tb-editor-editarea" contenteditable="true"></div></div><div class="poster_submit"><a href="#" class="ui_btn ui_btn_m j_submit poster_submit">发 表</a></div></div>
</div>
<div class="right_section"><div class="region_bright"><div class="region_title">相关推荐</div><ul class="thread_recommend">{"".join(f'<li><a href="/p/{9120045000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div></div></div>
<div class="footer"><p>©2026 Baidu 贴吧协议 | 隐私政策</p></div>"""
    return shell(p, body)


def r_subsilver2(p: Page) -> str:
    """phpBB 3.0 subsilver2: one table.tablebg per post, 'Post subject:'/'Posted:', signatures after '_________________'."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        pid = 41890 + n
        row = "row1" if n % 2 == 0 else "row2"
        subject = p.title if n == 0 else f"Re: {p.title}"
        rank = e(c.extra) if c.extra else ("Newbie" if n % 2 else "Regular")
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<div class="quotetitle">{e(q.author)} wrote:</div><div class="quotecontent">{e(q.text)}</div><br />'
        sig = ""
        if n % 2 == 0:
            sig = f'<div class="postbody"><br />_________________<br />{"Bush DAC90A, Roberts R200, a shelf of Philips I keep meaning to start." if n == 0 else "If it glows, it goes."}</div>'
        return f"""<table class="tablebg" width="100%" cellspacing="1">
<tr class="{row}"><td align="center" valign="middle"><a name="p{pid}"></a><b class="postauthor">{e(c.author)}</b></td>
<td width="100%" height="25"><table width="100%" cellspacing="0"><tr><td class="gensmall" width="100%"><div style="float: left;">&nbsp;<b>Post subject:</b> <a href="#p{pid}">{e(subject)}</a></div><div style="float: right;"><a href="./viewtopic.php?p={pid}#p{pid}"><img src="./styles/subsilver2/imageset/icon_post_target.gif" width="12" height="9" alt="Post" title="Post" /></a><b>Posted:</b> {e(c.shown)}&nbsp;</div></td></tr></table></td></tr>
<tr class="{row}"><td valign="top" class="profile"><table cellspacing="4" align="center" width="150"><tr><td class="postdetails">{rank}</td></tr><tr><td><img src="./download/file.php?avatar={60 + n}.png" width="80" height="80" alt="User avatar" /></td></tr></table>
<span class="postdetails"><br /><b>Joined:</b> Mon Mar 0{1 + n % 8}, 2010 9:12 pm<br /><b>Posts:</b> {120 + 37 * n}<br /><b>Location:</b> {["Leeds", "Norwich", "Cardiff", "Dundee", "Bristol"][n % 5]}</span></td>
<td width="100%" valign="top"><table width="100%" cellspacing="5"><tr><td><div class="postbody">{quote}{brs(c.text)}</div>
{sig}</td></tr></table></td></tr>
<tr class="{row}"><td class="profile"><strong><a href="#wrapheader">Top</a></strong></td>
<td><div class="gensmall" style="float: left;">&nbsp;<a href="./memberlist.php?mode=viewprofile&amp;u={60 + n}"><img src="./styles/subsilver2/imageset/en/icon_user_profile.gif" alt="Profile" title="Profile" /></a> <a href="./ucp.php?i=pm&amp;mode=compose&amp;action=quotepost&amp;p={pid}"><img src="./styles/subsilver2/imageset/en/icon_contact_pm.gif" alt="Send private message" title="Send private message" /></a>&nbsp;</div> <div class="gensmall" style="float: right;"><a href="./posting.php?mode=quote&amp;f=4&amp;p={pid}"><img src="./styles/subsilver2/imageset/en/icon_post_quote.gif" alt="Reply with quote" title="Reply with quote" /></a>&nbsp;</div></td></tr>
<tr><td class="spacer" colspan="2" height="1"><img src="images/spacer.gif" alt="" width="1" height="1" /></td></tr>
</table>"""

    body = f"""<a name="top"></a>
<div id="wrapheader"><div id="logodesc"><table width="100%" cellspacing="0"><tr><td><a href="./index.php"><img src="./styles/subsilver2/imageset/site_logo.gif" width="170" height="94" alt="" title="" /></a></td><td width="100%" align="center"><h1>{e(p.site)}</h1><span class="gen">Restoring the sets our grandparents listened to</span></td></tr></table></div>
<div id="menubar"><table width="100%" cellspacing="0"><tr><td class="genmed"><a href="./faq.php"><img src="./styles/subsilver2/theme/images/icon_mini_faq.gif" width="12" height="13" alt="*" /> FAQ</a></td><td class="genmed" align="right"><a href="./search.php"><img src="./styles/subsilver2/theme/images/icon_mini_search.gif" width="12" height="13" alt="*" /> Search</a>&nbsp; &nbsp;<a href="./memberlist.php"><img src="./styles/subsilver2/theme/images/icon_mini_members.gif" width="12" height="13" alt="*" /> Memberlist</a>&nbsp; &nbsp;<a href="./ucp.php?mode=register">Register</a>&nbsp; &nbsp;<a href="./ucp.php?mode=login">Login</a></td></tr></table></div>
<div id="datebar"><table width="100%" cellspacing="0"><tr><td class="gensmall"></td><td class="gensmall" align="right">It is currently Tue Jan 14, 2025 9:30 pm<br /></td></tr></table></div></div>
<div id="wrapcentre">
<table class="tablebg" width="100%" cellspacing="1" cellpadding="0" style="margin-top: 5px;"><tr><td class="row1"><p class="breadcrumbs"><a href="./index.php">Board index</a> &#187; <a href="./viewforum.php?f=4">Valve receivers</a></p></td></tr></table>
<br clear="all" />
<div id="pageheader"><h2><a class="titles" href="./viewtopic.php?f=4&amp;t=3181">{e(p.title)}</a></h2></div>
<br clear="all" /><br />
<div id="pagecontent">
<table width="100%" cellspacing="1"><tr><td align="left" valign="middle" nowrap="nowrap"><a href="./posting.php?mode=post&amp;f=4"><img src="./styles/subsilver2/imageset/en/button_topic_new.gif" alt="Post new topic" title="Post new topic" /></a>&nbsp;<a href="./posting.php?mode=reply&amp;f=4&amp;t=3181"><img src="./styles/subsilver2/imageset/en/button_topic_reply.gif" alt="Reply to topic" title="Reply to topic" /></a></td><td class="nav" valign="middle" nowrap="nowrap">&nbsp;Page <strong>1</strong> of <strong>1</strong></td><td class="gensmall" nowrap="nowrap">&nbsp;[ {len(posts)} posts ]&nbsp;</td></tr></table>
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="cat"><table width="100%" cellspacing="0"><tr><td class="nav" nowrap="nowrap">&nbsp;<a href="./viewtopic.php?f=4&amp;t=3181&amp;view=print" title="Print view">Print view</a></td><td class="nav" align="right" nowrap="nowrap"><a href="./viewtopic.php?f=4&amp;t=3181&amp;view=previous">Previous topic</a> | <a href="./viewtopic.php?f=4&amp;t=3181&amp;view=next">Next topic</a>&nbsp;</td></tr></table></td></tr></table>
<table class="tablebg" width="100%" cellspacing="1"><tr><th>Author</th><th>Message</th></tr></table>
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
<table width="100%" cellspacing="1" class="tablebg"><tr align="center"><td class="cat"><form name="viewtopic" method="post" action="./viewtopic.php?f=4&amp;t=3181"><span class="gensmall">Display posts from previous:</span> <select name="st" id="st"><option value="0" selected="selected">All posts</option></select>&nbsp;<input class="btnlite" type="submit" value="Go" name="sort" /></form></td></tr></table>
</div>
<br clear="all" />
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="row1"><p class="breadcrumbs"><a href="./index.php">Board index</a> &#187; <a href="./viewforum.php?f=4">Valve receivers</a></p><p class="datetime">All times are UTC</p></td></tr></table>
<br clear="all" />
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="cat"><h4>Similar topics</h4></td></tr>{"".join(f'<tr><td class="row1"><a href="./viewtopic.php?t={3100 + k}" class="topictitle">{e(t)}</a></td></tr>' for k, t in enumerate(p.related))}</table>
<br clear="all" />
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="cat"><h4>Who is online</h4></td></tr><tr><td class="row1"><p class="gensmall">Users browsing this forum: No registered users and 2 guests</p></td></tr></table>
</div>
<div id="wrapfooter"><span class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group</span></div>"""
    return shell(p, body)


def r_metafilter(p: Page) -> str:
    """MetaFilter thread: bare div.comments blocks, 'posted by' after the text; a reply links its parent by name."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 8801000 + 17 * i
        text = e(c.text)
        if c.parent is not None:
            who = p.comments[c.parent].author
            text = text.replace(e(who), f'<a href="#{8801000 + 17 * c.parent}">{e(who)}</a>', 1)
        fav = _score(i) % 9
        favs = (
            f' [<a href="/favorited/2/{cid}" title="{fav} users marked this as a favorite" class="favorite">{fav} favorite{"s" if fav != 1 else ""}</a>]'
            if fav
            else ""
        )
        items.append(f"""<a name="{cid}"></a><div class="comments" id="c{cid}">{text}<br /><span class="smallcopy commentby">posted by <a href="/user/{4400 + 31 * i}" target="_self">{e(c.author)}</a> at <a href="/207331/The-library-that-lends-seeds#{cid}" target="_self">{e(c.shown)}</a>{favs} <span id="flag{cid}"><a href="#" class="flag">[!]</a></span></span></div>
<br />""")
    body = f"""<div id="body"><div id="navcontainer"><a id="logo" href="/">{e(p.site)}</a><ul id="navlist"><li><a href="/">MetaFilter</a></li><li><a href="https://ask.metafilter.example/">Ask MeFi</a></li><li><a href="https://fanfare.metafilter.example/">FanFare</a></li><li><a href="https://metatalk.metafilter.example/">MetaTalk</a></li></ul><div id="login"><a href="/login.mefi">Log in</a> | <a href="/contribute/">Sign up</a></div></div>
<div id="page">
<div class="posttitle"><h1 class="posttitle">{e(p.title)}</h1><span class="smallcopy postdate">{e(p.date_shown)} 8:00 AM &nbsp; <a href="/rss/207331">Subscribe</a></span></div>
<div class="copy">
{"<br><br>".join(e(x) for x in p.article.split(chr(10) + chr(10)))}
<br /><span class="smallcopy postbyline">posted by <a href="/user/3120" target="_self">{e(p.byline)}</a> ({len(p.comments) * 11} comments total) <span id="favcnt207331">[<a href="/favorited/1/207331" class="favorite">24 favorites</a>]</span></span>
<div class="tags"><span class="smallcopy">Tags: <a href="/tags/libraries">libraries</a> <a href="/tags/seeds">seeds</a> <a href="/tags/gardening">gardening</a></span></div>
</div>
<br /><br />
{chr(10).join(items)}
<div class="comments"><span class="smallcopy">« Older <a href="/207330/">A map of every public orchard</a> | <a href="/207332/">The last typewriter repair shop in town</a> Newer »</span></div>
<p class="whitesmallcopy">You are not currently logged in. <a href="/login.mefi">Log in</a> or <a href="/contribute/">create a new account</a> to post comments.</p>
</div>
<div id="sidebar"><h3>Recent activity</h3><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
<div id="footer"><p class="smallcopy">MetaFilter is a community weblog. Comments are the property of their posters.</p></div></div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batch 8


def r_lobsters(p: Page) -> str:
    """Lobsters: ol.comments of li.comments_subtree; the byline 'name 3 hours ago | link | reply' on one line; hats."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        sid = f"q{7 + i}x{3 * i + 2}k"
        hat = (
            f'<span class="hat" title="Speaking as the site\'s {e(c.extra.lower())}: hat granted by the admins">{e(c.extra)}</span> '
            if c.extra
            else ""
        )
        op = ' class="user_is_author"' if c.author == p.byline else ""
        kids = f'<ol class="comments">{sub}</ol>' if sub else '<ol class="comments"></ol>'
        return f"""<li class="comments_subtree" id="c_{sid}">
<input id="comment_folder_{sid}" class="comment_folder_button" type="checkbox">
<div id="c_{sid}" data-shortid="{sid}" class="comment">
<div class="voters"><a class="upvoter" href="/login"></a><div class="score">{_score(i) % 25 + 1}</div></div>
<div class="details">
<div class="byline">
<a name="c_{sid}"></a>
<label for="comment_folder_{sid}" class="comment_folder"></label>
<a href="/~{e(c.author)}"><img srcset="/avatars/{e(c.author)}-16.png 1x, /avatars/{e(c.author)}-32.png 2x" class="avatar" alt="{e(c.author)} avatar" loading="lazy" decoding="async" src="/avatars/{e(c.author)}-16.png" width="16" height="16"></a>
<a{op} href="/~{e(c.author)}">{e(c.author)}</a>
{hat}<span title="{c.when.replace("T", " ")} -0500">{e(c.shown)}</span>
| <a href="/c/{sid}">link</a>
| <a class="comment_replier" tabindex="0" href="/login?return=/c/{sid}">reply</a>
</div>
<div class="comment_text">
{paras(c.text)}
</div>
</div>
</div>
{kids}
</li>"""

    lst = tree(p, item, lambda s: s)
    body = f"""<header id="nav"><div id="logo"><a href="/" title="{e(p.site)} (Current traffic: 41%)"></a></div><div class="navholder"><nav class="links"><a href="/active">Active</a> <a href="/recent">Recent</a> <a href="/comments">Comments</a> <a href="/search">Search</a></nav><nav class="corner"><a href="/login">Login</a></nav></div></header>
<div id="inside">
<ol class="stories list"><li id="story_k3v9qa" data-shortid="k3v9qa" class="story">
<div class="story_liner h-entry"><div class="voters"><a class="upvoter" href="/login"></a><a href="/s/k3v9qa/ask_how_do_you_keep_hobby_project_alive" class="upvoter_count">62</a></div>
<div class="details"><span role="heading" aria-level="1" class="link h-cite u-repost-of"><a class="u-url" href="/s/k3v9qa/ask_how_do_you_keep_hobby_project_alive" rel="ugc noreferrer">{e(p.title)}</a></span> <span class="tags"><a class="tag tag_ask" title="Ask Lobsters" href="/t/ask">ask</a> <a class="tag tag_practices" title="Development and business practices" href="/t/practices">practices</a></span>
<div class="byline"><a href="/~{e(p.byline)}"><img class="avatar" alt="{e(p.byline)} avatar" src="/avatars/{e(p.byline)}-16.png" width="16" height="16"></a> <span> authored by </span> <a class="u-author h-card user_is_author" href="/~{e(p.byline)}">{e(p.byline)}</a> <time title="{p.date} {p.time}:00 -0500" datetime="{p.when}">{e(p.date_shown)}</time> <span> | </span> <a class="comments_label" href="/s/k3v9qa/ask_how_do_you_keep_hobby_project_alive">{len(p.comments)} comments</a></div></div></div>
<div class="story_content"><div class="story_text">
{paras(p.article)}
</div></div></li></ol>
<div class="comment comment_form_container"><form class="comment_form" action="/comments" method="post"><textarea name="comment" rows="5" disabled placeholder="You must be logged in to leave a comment."></textarea></form></div>
<ol class="comments comments1">
{lst}
</ol>
<div class="box"><h3>Related stories</h3><ul>{"".join(f'<li><a href="/s/r{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
</div>
<footer><a href="/about">About</a> <a href="/tags">Tags</a> <a href="/filters">Filter</a> <a href="/moderations">Moderation Log</a></footer>"""
    return shell(p, body)


def r_webmention(p: Page) -> str:
    """An IndieWeb post's webmentions: microformats2 h-cite replies, like and repost facepiles, 'in reply to' links."""
    likes = ["Oskar", "Priya", "Jules", "Mo", "Anke", "Bram"]
    pile = "".join(
        f'<li class="h-cite u-like"><a class="p-author h-card u-url" href="https://social.example/@{n.lower()}" title="{n} liked this"><img class="u-photo" src="/webmentions/avatars/{n.lower()}.jpg" alt="{n}" width="32" height="32"></a></li>'
        for n in likes
    )
    reposts = "".join(
        f'<li class="h-cite u-repost"><a class="p-author h-card u-url" href="https://social.example/@{n.lower()}" title="{n} reposted this"><img class="u-photo" src="/webmentions/avatars/{n.lower()}.jpg" alt="{n}" width="32" height="32"></a></li>'
        for n in likes[:3]
    )
    items = []
    for i, c in enumerate(p.comments):
        slug = c.author.lower().replace(" ", "")
        via = ["mastodon.example", "micro.blog.example", "blog.hannaberg.example", "social.example"][i % 4]
        reply = ""
        if c.parent is not None:
            reply = f'<p class="webmention__in-reply-to">in reply to <a class="u-in-reply-to" href="#wm-{2100 + c.parent}">{e(p.comments[c.parent].author)}</a></p>'
        items.append(f"""<li class="h-cite u-comment webmention webmention--reply" id="wm-{2100 + i}">
<div class="webmention__meta"><div class="p-author h-card webmention__author"><img class="u-photo webmention__author__photo" src="/webmentions/avatars/{slug}.jpg" alt="" width="48" height="48" loading="lazy"><a class="p-name u-url webmention__author__name" href="https://{via}/@{slug}" rel="noopener">{e(c.author)}</a></div>
<a class="u-url webmention__source" href="https://{via}/@{slug}/{11290 + i}"><time class="dt-published webmention__pubdate" datetime="{c.when}+01:00">{e(c.shown)}</time></a> <span class="webmention__via">via {via}</span></div>
{reply}
<div class="e-content p-name webmention__content">{paras(c.text)}</div>
</li>""")
    body = f"""<header class="site-header h-card"><a class="p-name u-url site-title" href="/">{e(p.site)}</a><nav><a href="/notes/">Notes</a> <a href="/recipes/">Recipes</a> <a href="/about/">About</a></nav></header>
<main>
<article class="h-entry post">
<h1 class="p-name post__title">{e(p.title)}</h1>
<p class="post__meta"><a class="u-url" href="/notes/2025/sourdough-six-months/"><time class="dt-published" datetime="{p.when}+01:00">{e(p.date_shown)}</time></a> by <a class="p-author h-card" href="/">{e(p.byline)}</a></p>
<div class="e-content post__body">
{paras(p.article)}
</div>
<p class="post__tags">Filed under <a class="p-category" href="/tags/bread/">bread</a>, <a class="p-category" href="/tags/sourdough/">sourdough</a></p>
</article>
<section class="webmentions" id="webmentions">
<h2 class="webmentions__title">Webmentions</h2>
<p class="webmentions__how">Have you written a response to this? Send me a <a href="https://indieweb.example/Webmention">webmention</a> or reply from the fediverse.</p>
<form class="webmentions__form" action="https://webmention.example/ruth/webmention" method="post"><label for="wm-source">URL of your post</label><input id="wm-source" type="url" name="source"><input type="hidden" name="target" value="/notes/2025/sourdough-six-months/"><button type="submit">Send webmention</button></form>
<h3 class="webmentions__subtitle">{len(likes)} likes</h3><ul class="facepile facepile--likes">{pile}</ul>
<h3 class="webmentions__subtitle">3 reposts</h3><ul class="facepile facepile--reposts">{reposts}</ul>
<h3 class="webmentions__subtitle">{len(p.comments)} replies</h3>
<ol class="webmentions__list">
{chr(10).join(items)}
</ol>
</section>
<nav class="post-nav"><h3>More notes</h3><ul>{"".join(f'<li><a href="/notes/r{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></nav>
</main>
<footer class="site-footer"><p>Written and baked by {e(p.byline)}. <a href="/feed.xml">Feed</a></p></footer>"""
    return shell(p, body, head='<link rel="webmention" href="https://webmention.example/ruth/webmention">')


def r_wbb(p: Page) -> str:
    """WoltLab Burning Board 5: article.wbbPost.message with a message sidebar; a reply quotes its parent in blockquote.quoteBox."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        pid = 230410 + n
        uid = 700 + sum(map(ord, c.author)) % 900
        slug = c.author.lower().replace(" ", "-").replace("_", "-")
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            qu = 700 + sum(map(ord, q.author)) % 900
            quote = f'<blockquote class="quoteBox collapsibleBbcode jsCollapsibleBbcode" cite="/forum/thread/8812/?postID={230411 + c.parent}#post{230411 + c.parent}"><div class="quoteBoxIcon"><a href="/user/{qu}/" class="userLink" data-object-id="{qu}" aria-hidden="true"><img src="/images/avatars/{qu}.png" width="24" height="24" alt="" class="userAvatarImage"></a></div><div class="quoteBoxTitle"><a href="/forum/thread/8812/?postID={230411 + c.parent}#post{230411 + c.parent}">Zitat von {e(q.author)}</a></div><div class="quoteBoxContent"><p>{e(q.text)}</p></div></blockquote>'
        title = (
            f'<div class="userTitle"><span class="badge userTitleBadge blue">{e(c.extra)}</span></div>'
            if c.extra
            else '<div class="userTitle"><span class="badge userTitleBadge">Fortgeschrittener</span></div>'
        )
        sig = (
            '<div class="messageSignature"><div>Unterwegs mit einem Kastenwagen, Baujahr 2016, und viel Geduld.</div></div>'
            if c.author == p.byline
            else ""
        )
        kind = "DiscussionForumPosting" if n == 0 else "Comment"
        return f"""<li id="post{pid}" class="anchorFixedHeader{" messageGroupStarter" if n == 0 else ""}">
<article class="wbbPost message messageSidebarOrientationLeft jsClipboardObject jsMessage userOnlineGroupMarking3" data-post-id="{pid}" data-can-edit="0" data-can-edit-inline="0" data-is-closed="0" data-is-deleted="0" data-is-disabled="0" data-object-id="{pid}" data-object-type="com.woltlab.wbb.likeablePost" data-user-id="{uid}" itemid="/forum/thread/8812/?postID={pid}#post{pid}" itemscope itemtype="http://schema.org/{kind}">
<meta itemprop="datePublished" content="{c.when}+02:00">
<header class="messageHeader"></header>
<aside role="presentation" class="messageSidebar member" itemprop="author" itemscope itemtype="http://schema.org/Person">
<meta itemprop="name" content="{e(c.author)}">
<div class="messageAuthor">
<div class="userAvatar"><a href="/user/{uid}-{e(slug)}/" aria-hidden="true" tabindex="-1"><img src="/images/avatars/{uid}.png" width="128" height="128" alt="" class="userAvatarImage" loading="lazy"></a></div>
<div class="messageAuthorContainer"><a href="/user/{uid}-{e(slug)}/" class="username userLink" data-object-id="{uid}" itemprop="url"><span>{e(c.author)}</span></a></div>
{title}
<div class="userRank"><img src="/images/rank/rank{2 + n % 4}.png" alt=""></div>
</div>
<div class="userCredits"><dl class="plain dataList"><dt><a href="/forum/user-post-list/{uid}/" title="Beiträge von {e(c.author)}" class="jsTooltip">Beiträge</a></dt><dd>{uid % 700 + 40}</dd><dt><a href="/user/{uid}/#likes" class="jsTooltip" title="Erhaltene Reaktionen von {e(c.author)}">Reaktionspunkte</a></dt><dd>{uid % 90 + 3}</dd></dl></div>
</aside>
<div class="messageContent">
<header class="messageHeader"><div class="messageHeaderBox"><ul class="messageHeaderMetaData"><li><a href="/forum/thread/8812/?postID={pid}#post{pid}" rel="nofollow" class="permalink messagePublicationTime"><time datetime="{c.when}+02:00" class="datetime" data-timestamp="1745745000" data-date="{e(c.shown)}" data-time="{c.when[11:16]}" data-offset="7200">{e(c.shown)}</time></a></li></ul><ul class="messageStatus"></ul></div>
<ul class="messageQuickOptions"><li><a href="/forum/thread/8812/?postID={pid}#post{pid}" class="jsTooltip wsShareButton" title="Teilen">#{n + 1}</a></li></ul><div class="messageHeaderEnd"></div></header>
<div class="messageBody"><div class="messageText" itemprop="text">
{quote}
{paras(c.text)}
</div></div>
<footer class="messageFooter">{sig}<div class="messageFooterNotes"></div>
<div class="messageFooterGroup"><a href="#" class="reactionSummaryList jsOnly jsTooltip" data-object-type="com.woltlab.wbb.likeablePost" data-object-id="{pid}" title="Reaktionen auflisten"><span class="reactCountButton"><img src="/images/reaction/like.svg" alt="Gefällt mir" class="reactionType" width="16" height="16"><span class="reactionCount">{_score(n) % 6 + 1}</span></span></a>
<ul class="messageFooterButtons buttonList smallButtons jsMobileNavigation"><li class="jsQuoteMessage" data-object-id="{pid}" data-is-quoted="0"><a href="#" title="Zitieren" class="button jsTooltip"><span class="icon icon16 fa-quote-left"></span> <span class="invisible">Zitieren</span></a></li><li class="jsReportPost jsOnly" data-object-id="{pid}"><a href="#" title="Inhalt melden" class="button jsTooltip"><span class="icon icon16 fa-exclamation-triangle"></span> <span class="invisible">Inhalt melden</span></a></li></ul></div></footer>
</div>
</article>
</li>"""

    body = f"""<div id="pageContainer" class="pageContainer">
<div id="pageHeaderContainer" class="pageHeaderContainer"><header id="pageHeader" class="pageHeader"><div id="pageHeaderPanel" class="pageHeaderPanel"><div class="layoutBoundary"><div class="box mainMenu" data-box-identifier="com.woltlab.wcf.MainMenu"><div class="boxContent"><nav aria-label="Hauptmenü"><ol class="boxMenu"><li data-identifier="com.woltlab.wbb.BoardList" class="active"><a href="/forum/" class="boxMenuLink" aria-current="page"><span class="boxMenuLinkTitle">Forum</span></a></li><li><a href="/gallery/" class="boxMenuLink"><span class="boxMenuLinkTitle">Galerie</span></a></li><li><a href="/lexicon/" class="boxMenuLink"><span class="boxMenuLinkTitle">Lexikon</span></a></li></ol></nav></div></div>
<nav id="topMenu" class="userPanel"><ul class="userPanelItems"><li id="userLogin"><a class="loginLink" href="/login/">Anmelden oder registrieren</a></li></ul></nav></div></div>
<div id="pageHeaderFacade" class="pageHeaderFacade"><div class="layoutBoundary"><div id="pageHeaderLogo" class="pageHeaderLogo"><a href="/forum/"><span class="pageHeaderLogoLarge">{e(p.site)}</span></a></div></div></div></header></div>
<section id="main" class="main" role="main"><div class="layoutBoundary"><div id="content" class="content">
<nav class="breadcrumbs" aria-label="Verlaufsnavigation"><ol itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><li title="Forum" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/forum/" itemprop="item"><span itemprop="name">Forum</span></a></li><li title="Technik &amp; Ausbau" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/forum/board/12-technik-ausbau/" itemprop="item"><span itemprop="name">Technik &amp; Ausbau</span></a></li></ol></nav>
<header class="contentHeader messageGroupContentHeader wbbThread" data-thread-id="8812" data-is-closed="0" data-is-deleted="0" data-is-disabled="0" data-is-sticky="0" data-is-announcement="0" data-is-link="0">
<div class="contentHeaderIcon"><img src="/images/avatars/{700 + sum(map(ord, p.byline)) % 900}.png" width="64" height="64" alt="" class="userAvatarImage"></div>
<div class="contentHeaderTitle"><h1 class="contentTitle">{e(p.title)}</h1><ul class="inlineList contentHeaderMetaData"><li><span class="icon icon16 fa-user"></span> <a href="/user/{700 + sum(map(ord, p.byline)) % 900}/" data-object-id="{700 + sum(map(ord, p.byline)) % 900}" class="userLink">{e(p.byline)}</a></li><li><span class="icon icon16 fa-clock-o"></span> <a href="/forum/thread/8812/"><time datetime="{p.when}+02:00" class="datetime">{e(p.date_shown)}</time></a></li></ul></div>
<nav class="contentHeaderNavigation"><ul><li><a href="/forum/thread-add/12/" class="button buttonPrimary"><span class="icon icon16 fa-reply"></span> <span>Antworten</span></a></li></ul></nav></header>
<div class="section"><ul class="wbbThreadPostList messageList jsClipboardContainer" data-is-last-page="true" data-last-post-time="1745829000" data-page-no="1" data-type="com.woltlab.wbb.post">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
<li class="jsQuickReply messageQuickReply"><div class="messageContent"><div class="messageSignatureConstraints"><p>Jetzt mitmachen! Du hast noch kein Benutzerkonto auf unserer Seite? <a href="/register/">Registriere dich kostenlos</a> und nimm an unserer Community teil!</p></div></div></li>
</ul></div>
<section class="section"><h2 class="sectionTitle">Ähnliche Themen</h2><ul class="containerList">{"".join(f'<li><div class="containerHeadline"><h3><a href="/forum/thread/{8800 + k}/">{e(t)}</a></h3></div></li>' for k, t in enumerate(p.related))}</ul></section>
</div></div></section>
<footer id="pageFooter" class="pageFooter"><div class="layoutBoundary"><div class="footerCopyright"><a href="https://www.woltlab.com/de/" rel="nofollow">Forensoftware: <strong>Burning Board®</strong>, entwickelt von <strong>WoltLab® GmbH</strong></a></div></div></footer>
</div>"""
    return shell(p, body)


def r_hypercomments_script(p: Page) -> str:
    """A city news page whose comments HyperComments' script loads: it shows 'N комментарий' and holds none."""
    n = p.announced
    snippets = [
        "Давно пора, там вечером и присесть негде.",
        "Теперь до работы на две пересадки больше, спасибо.",
    ]
    now = "".join(
        f'<li class="discuss-now__item"><span class="discuss-now__name">{e(who)}</span> <a class="discuss-now__link" href="/news/{5200 + k}">{e(post)}</a><p class="discuss-now__text">{e(snippets[k % 2])}</p></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header"><div class="header__inner"><a class="header__logo" href="/">{e(p.site)}</a>{nav(p, "header__menu")}<div class="header__weather">+9°</div></div></header>
<main class="main"><div class="layout"><div class="layout__content">
<article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article__rubric"><a href="/news/culture/">Культура</a></div>
<h1 class="article__title" itemprop="headline">{e(p.title)}</h1>
<div class="article__info"><time class="article__date" datetime="{p.when}+03:00" itemprop="datePublished">{e(p.date_shown)}</time> <span class="article__author" itemprop="author">{e(p.byline)}</span> <a class="article__comments-count" href="#comments"><span class="hc_counter" data-xid="news-5230">{n}</span> комментарий</a> <span class="article__views">2 811</span></div>
<div class="article__lead" itemprop="description"><p>Под библиотеку переоборудуют здание бывшей почты.</p></div>
<div class="article__text" itemprop="articleBody">
{paras(p.article)}
</div>
<div class="article__share"><span>Поделиться:</span> <a class="share share--vk">ВКонтакте</a> <a class="share share--ok">Одноклассники</a> <a class="share share--tg">Telegram</a></div>
</article>
<section class="comments-block" id="comments"><h2 class="comments-block__title">Комментарии <span class="comments-block__count">{n}</span></h2>
<div id="hypercomments_widget"></div>
<script type="text/javascript">
_hcwp = window._hcwp || [];
_hcwp.push({{widget:"Stream", widget_id: 104512, xid: "news-5230"}});
(function() {{
if("HC_LOAD_INIT" in window)return;
HC_LOAD_INIT = true;
var lang = (navigator.language || navigator.systemLanguage || navigator.userLanguage || "ru").substr(0, 2).toLowerCase();
var hcc = document.createElement("script"); hcc.type = "text/javascript"; hcc.async = true;
hcc.src = ("https:" == document.location.protocol ? "https" : "http")+"://w.hypercomments.com/widget/hc/104512/"+lang+"/widget.js";
var s = document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hcc, s.nextSibling);
}})();
</script>
<noscript>Включите JavaScript, чтобы увидеть комментарии.</noscript>
</section>
<section class="related"><h2 class="related__title">{e(LABELS["ru"]["related"])}</h2><ul>{"".join(f'<li><a href="/news/{5100 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</div>
<aside class="layout__sidebar"><section class="discuss-now"><h3 class="discuss-now__title">Обсуждают сейчас</h3><ul class="discuss-now__list">{now}</ul></section>
<section class="popular"><h3>Самое читаемое</h3><ol><li><a href="/news/p1">Отключения горячей воды на неделе</a></li><li><a href="/news/p2">Где в городе открылись катки</a></li></ol></section></aside>
</div></main>
<footer class="footer"><p>© 2026 {e(p.site)}. {e(LABELS["ru"]["footer"])}. 16+</p></footer>"""
    return shell(p, body)


def r_meneame(p: Page) -> str:
    """Menéame: a flat list of div.comment with '#N' order links; replies are '#N' references the commenter writes."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 41000200 + i
        text = e(c.text)
        if c.parent is not None:
            ref = f"#{c.parent + 1}"
            text = text.replace(
                ref,
                f'<a class="tooltip c:{41000200 + c.parent}" href="/story/pueblo-teruel-horno-comunal/c0{c.parent + 1}#c-{c.parent + 1}" rel="nofollow">{ref}</a>',
                1,
            )
        karma = 20 + _score(i) % 60
        items.append(f"""<li id="c-{i + 1}" data-id="{cid}" class="{"" if i % 2 else "odd"}">
<div class="comment {"high" if karma > 50 else ""}" id="cid-{cid}">
<div class="comment-header"><a class="comment-order" href="/story/pueblo-teruel-horno-comunal/c0{i + 1}#c-{i + 1}" rel="nofollow">#{i + 1}</a> <a href="/user/{e(c.author)}" class="username" rel="nofollow"><img class="avatar" src="/img/mnm/no-gravatar-2-20.png" width="20" height="20" alt="{e(c.author)}" loading="lazy">{e(c.author)}</a> <span class="ts visible comment-date" data-ts="{c.when}" title="publicado: {c.when.replace("T", " ")}">{e(c.shown)}</span></div>
<div class="comment-body">{text}</div>
<div class="comment-footer"><div class="comment-votes-info">votos: {_score(i) % 14 + 1}, karma: {karma}</div> <a class="comment-reply" href="#" onclick="return comment_reply({cid}, '{e(c.author)}');">responder</a> <a class="comment-share" href="#">compartir</a></div>
</div></li>""")
    body = f"""<div id="header-top"><a class="logo" href="/">{e(p.site)}</a><ul class="header-menu"><li><a href="/">portada</a></li><li><a href="/queue">nuevas</a></li><li><a href="/popular">populares</a></li><li><a href="/articles">artículos</a></li></ul><div class="header-login"><a href="/login">login</a> <a href="/register">registrarse</a></div></div>
<div id="container"><div id="newswrap">
<div class="news-summary"><div class="news-body">
<div class="news-shakeit"><div class="votes"><a id="a-votes-3912077" href="#">412</a> meneos</div><div class="clics">3104 clics</div></div>
<div class="center-content">
<h2><a href="https://www.diario-aragon.example/teruel/horno-comunal" class="l:3912077" rel="nofollow">{e(p.title)}</a></h2>
<div class="news-submitted"><a href="/user/{e(p.byline)}"><img class="avatar" src="/img/mnm/no-gravatar-2-25.png" width="25" height="25" alt="{e(p.byline)}"></a> <strong>www.diario-aragon.example</strong><br>enviado: <a href="/user/{e(p.byline)}/history"><strong>{e(p.byline)}</strong></a> <span class="ts visible" data-ts="{p.when}">{e(p.date_shown)}</span></div>
<div class="news-content">{brs(p.article)}</div>
<div class="news-details"><span class="comments-counter"><a href="#comments">{len(p.comments)} comentarios</a></span> <span class="tool"><a href="/m/cultura">cultura</a></span> <span class="tool">karma: 389</span> <span class="tool">negativos: 3</span></div>
</div></div></div>
<div class="comments" id="comments"><h3 class="comments-title">comentarios ({len(p.comments)})</h3>
<ol class="comments-list">
{chr(10).join(items)}
</ol>
<div class="comment-form-login">Para comentar <a href="/login">entra</a> o <a href="/register">regístrate</a>.</div>
</div>
</div>
<div id="sidebar"><div class="sidebox"><div class="header"><h4>relacionadas</h4></div><ul>{"".join(f'<li><a href="/story/r{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div><div class="sidebox"><div class="header"><h4>lo más visitado</h4></div><ol><li><a href="/story/m1">La subida del alquiler en las capitales de provincia</a></li></ol></div></div>
</div>
<div id="footthingy"><p>Menéame · <a href="/legal">condiciones legales</a> · <a href="/faq">preguntas frecuentes</a></p></div>"""
    return shell(p, body)


def r_jvc(p: Page) -> str:
    """jeuxvideo.com-style topic: div.bloc-message-forum, the pseudo in an obfuscated span, quotes 'Le ... X a écrit :'."""
    posts = [first_post(p), *p.comments]

    def post(n: int, c: C) -> str:
        mid = 1300441000 + 37 * n
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<blockquote class="blockquote-jv"><p>Le {e(q.shown)} {e(q.author)} a écrit :</p><p>{e(q.text)}</p></blockquote>'
        sig = (
            '<div class="signature-msg text-enrichi-forum"><p>Ludothèque : 84 jeux, 3 joueurs, 1 table trop petite.</p></div>'
            if n % 2 == 0
            else ""
        )
        return f"""<div class="bloc-message-forum mx-2 mx-lg-0 " data-id="{mid}">
<div class="conteneur-message">
<div class="bloc-avatar-msg d-none d-sm-block"><div class="back-img-msg"><div><span class="JvCare 1F4942424A434C4C4A4A4F4{n} text-user" target="_blank"><img src="https://image.jeuxvideo.example/avatar-sm/default.jpg" data-src="https://image.jeuxvideo.example/avatar-sm/{mid % 997}.jpg" class="user-avatar-msg js-lazy" alt="{e(c.author)}"></span></div></div></div>
<div class="inner-head-content"><div class="bloc-header">
<span class="JvCare 1F4942424A434C4C4A4A4F4{n} bloc-pseudo-msg text-user" target="_blank">{e(c.author)}</span>
<div class="bloc-mp-pseudo d-inline-block d-sm-none"><span class="JvCare picto-msg-crayon" title="Envoyer un message privé"></span></div>
<div class="bloc-options-msg"><span class="picto-msg-quote" title="Citer"><span>Citer</span></span><span class="picto-msg-exclam" title="Signaler"><span>Signaler</span></span><span class="picto-msg-lien" title="Lien permanent"><span>Lien permanent</span></span></div>
<div class="bloc-date-msg"><span class="JvCare 1F4942424A434C4C4A4A4F4{n}0 lien-jv" target="_blank">{e(c.shown)}</span></div>
</div></div>
<div class="bloc-contenu"><div class="txt-msg text-enrichi-forum ">{quote}{paras(c.text)}</div></div>
{sig}
</div></div>"""

    body = f"""<header class="header__globalLayout"><div class="header__logo"><a href="/" title="Forum">{e(p.site)}</a></div><nav class="header__nav"><a href="/forums.htm">Forums</a> <a href="/news/">News</a> <a href="/tests/">Tests</a></nav><div class="header__login"><a href="/login">Connexion</a></div></header>
<div class="container"><div id="page-messages-forum" class="row">
<div id="forum-main-col" class="col-md-9 col-lg-8">
<div class="bloc-pre-pagi-forum"><ul class="pagi-forum"><li><a href="/forums/0-4012-0-1-0-1-0-jeux-de-societe.htm">Retour liste des sujets</a></li></ul></div>
<div id="bloc-title-forum"><h1 class="titre-head-bloc">{e(p.title)}</h1></div>
<div class="conteneur-messages-pagi">
{chr(10).join(post(n, c) for n, c in enumerate(posts))}
</div>
<div class="bloc-pagi-default"><span class="pagi-before-debut"></span><span class="page-active">1</span><span class="pagi-after-fin"></span></div>
<div class="bloc-form-forum"><div class="alert alert-info">Vous devez être connecté pour poster un message. <a href="/login">Connexion</a></div><form class="js-form-post-message"><label for="message_topic">Message</label><textarea id="message_topic" name="message_topic" class="area-editor" placeholder="Pour que les discussions restent agréables, nous vous remercions de rester poli en toutes circonstances."></textarea><button class="btn btn-poster-msg" type="submit">Poster</button></form></div>
</div>
<div id="forum-right-col" class="col-md-3 col-lg-4"><div class="panel panel-jv-forum"><div class="panel-heading">Sujets à ne pas manquer</div><div class="panel-body"><ul class="liste-sujets-nomade">{"".join(f'<li><a href="/forums/42-4012-{7100 + k}-1-0-1-0-x.htm">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
<div class="panel panel-jv-forum"><div class="panel-heading">Modérateurs</div><div class="panel-body"><ul class="liste-modo-fofo"><li><span class="JvCare text-user">Pionnier_Ludo</span></li></ul></div></div></div>
</div></div>
<footer class="footer__globalLayout"><p>© 2026 {e(p.site)} · Charte des forums · Mentions légales</p></footer>"""
    return shell(p, body)


def r_bilibili(p: Page) -> str:
    """Bilibili-style comment list: div.reply-item with the user name in a div, level icons; sub-replies under the root."""
    roots = [i for i, c in enumerate(p.comments) if c.parent is None]
    subs: dict[int, list[int]] = {}
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            subs.setdefault(_root_of(p, i), []).append(i)

    def uid(name: str) -> int:
        return 3493000000 + sum(map(ord, name)) * 7

    def mid(c: C) -> int:
        return uid(c.author)

    def up(c: C) -> str:
        return '<i class="svg-icon up-web up-icon" title="UP主">UP</i>' if c.extra == "UP" else ""

    def content(c: C) -> str:
        text = e(c.text)
        if text.startswith("回复 @"):
            name = text[4 : text.index(" :")]
            text = text.replace(
                f"@{name}",
                f'<a class="jump-link user" data-user-id="{uid(name)}" href="//space.bilibili.example/{uid(name)}">@{name}</a>',
                1,
            )
        return text

    items = []
    for r in roots:
        c = p.comments[r]
        sub_html = "".join(
            f"""<div class="sub-reply-item"><div class="sub-user-info"><div class="sub-reply-avatar" data-user-id="{mid(p.comments[s])}"><div class="bili-avatar"><img class="bili-avatar-img" src="//i0.hdslb.example/face/{mid(p.comments[s])}.jpg@48w_48h.webp" alt=""></div></div><div class="sub-user-name" data-user-id="{mid(p.comments[s])}">{e(p.comments[s].author)}</div><i class="svg-icon level-{3 + s % 4} sub-user-level" title="LV{3 + s % 4}"></i>{up(p.comments[s])}</div><span class="reply-content-container sub-reply-content"><span class="reply-content">{content(p.comments[s])}</span></span><div class="sub-reply-info"><span class="sub-reply-time">{e(p.comments[s].shown)}</span><span class="sub-reply-like"><i class="svg-icon like use-color sub-like-icon"></i><span>{_score(s) % 60}</span></span><span class="sub-reply-dislike"><i class="svg-icon dislike use-color sub-dislike-icon"></i></span><span class="sub-reply-btn">回复</span></div></div>"""
            for s in subs.get(r, [])
        )
        items.append(f"""<div class="reply-item"><div class="root-reply-avatar" data-user-id="{mid(c)}" data-root-reply-id="{2860000000 + r}"><div class="avatar"><div class="bili-avatar"><img class="bili-avatar-img bili-avatar-face" src="//i0.hdslb.example/face/{mid(c)}.jpg@80w_80h.webp" alt=""></div></div></div>
<div class="content-warp"><div class="user-info"><div class="user-name" data-user-id="{mid(c)}" data-root-reply-id="{2860000000 + r}">{e(c.author)}</div><div class="user-level"><i class="svg-icon level-{4 + r % 3}" title="LV{4 + r % 3}"></i></div>{up(c)}</div>
<div class="root-reply"><span class="reply-content-container root-reply"><span class="reply-content">{content(c)}</span></span>
<div class="reply-info"><span class="reply-time">{e(c.shown)}</span><span class="reply-like"><i class="svg-icon like use-color like-icon"></i><span>{_score(r) % 300 + 12}</span></span><span class="reply-dislike"><i class="svg-icon dislike use-color dislike-icon"></i></span><span class="reply-btn">回复</span><div class="reply-operation-warp"><div class="reply-operation"><i class="svg-icon operation-icon"></i></div></div></div></div>
<div class="sub-reply-container"><div class="sub-reply-list">{sub_html}</div></div>
<div class="reply-box-warp"></div><div class="bottom-line"></div></div></div>""")
    body = f"""<div id="internationalHeader" class="international-header"><div class="mini-header"><div class="mini-header__content"><div class="nav-link"><ul class="nav-link-ul"><li class="nav-link-item"><a href="//www.bilibili.example/" class="link">首页</a></li><li class="nav-link-item"><a href="//www.bilibili.example/read/home" class="link">专栏</a></li><li class="nav-link-item"><a href="//live.bilibili.example/" class="link">直播</a></li></ul></div><div class="nav-user-center"><div class="header-login-entry"><span>登录</span></div></div></div></div></div>
<div class="article-container"><div class="article-container__content">
<div class="article-holder"><div class="title-container"><h1 class="title">{e(p.title)}</h1></div>
<div class="article-info"><div class="up-info"><a class="up-name" href="//space.bilibili.example/5512">{e(p.byline)}</a><span class="up-fans">粉丝 3.2万</span></div><span class="publish-text">{e(p.date_shown)}</span><span class="article-read-info"><span>阅读 4.1万</span></span></div>
<div id="read-article-holder" class="normal-article-holder read-article-holder">
{paras(p.article)}
</div>
<div class="article-action"><span class="like-btn">点赞 2381</span><span class="coin-btn">投币 904</span><span class="fav-btn">收藏 3312</span><span class="share-btn">分享</span></div>
</div>
<div class="comment-wrapper"><div id="comment-module"><div class="reply-warp">
<div class="reply-header"><div class="reply-navigation"><ul class="nav-bar"><li class="nav-title"><span class="nav-title-text">评论</span><span class="total-reply">{len(p.comments) + 117}</span></li><li class="nav-sort hot"><div class="hot-sort">最热</div><div class="part-symbol"></div><div class="time-sort">最新</div></li></ul></div></div>
<div class="main-reply-box"><div class="reply-box"><div class="box-normal"><div class="reply-box-warp"><textarea class="reply-box-textarea" placeholder="登录后发表评论"></textarea></div><div class="reply-box-send"><div class="send-text">发布</div></div></div></div></div>
<div class="reply-list">
{chr(10).join(items)}
</div>
<div class="reply-end-mark"><div class="reply-end">没有更多评论</div></div>
</div></div></div>
</div>
<div class="right-side-bar"><div class="more"><div class="more-title">相关推荐</div><ul>{"".join(f'<li class="more-item"><a href="//www.bilibili.example/read/cv{3200000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div>
<div class="international-footer"><p>bilibili 版权所有</p></div>"""
    return shell(p, body)


def r_waline(p: Page) -> str:
    """A Hexo (NexT-style) post with Waline: wl-card-item roots; every reply in the root's wl-quote, opened by '@nick :'."""
    roots = [i for i, c in enumerate(p.comments) if c.parent is None]
    subs: dict[int, list[int]] = {}
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            subs.setdefault(_root_of(p, i), []).append(i)
    places = ["上海", "广东省深圳市", "北京", "浙江省杭州市"]
    browsers = ["Chrome 128.0.0.0", "Safari 17.5", "Edge 127.0.0.0", "Firefox 129.0"]
    systems = ["Windows 10", "macOS 14.5", "Android 14", "iOS 17.6"]

    def card(i: int, inner: str) -> str:
        c = p.comments[i]
        oid = f"66f{i + 1:02d}a3c9e{i * 7 % 10}b1d0"
        badge = f'<span class="wl-badge">{e(c.extra)}</span>' if c.extra else ""
        nick = (
            f'<a class="wl-nick" href="https://mmlai.example" target="_blank" rel="nofollow noopener noreferrer">{e(c.author)}</a>'
            if c.extra
            else f'<span class="wl-nick">{e(c.author)}</span>'
        )
        at = ""
        if c.parent is not None:
            poid = f"66f{c.parent + 1:02d}a3c9e{c.parent * 7 % 10}b1d0"
            at = f'<p><a href="#{poid}">@{e(p.comments[c.parent].author)}</a><span>: </span></p>'
        quote = f'<div class="wl-quote">{inner}</div>' if inner else ""
        return f"""<div id="{oid}" class="wl-card-item"><div class="wl-user" aria-hidden="true"><img class="wl-user-avatar" src="https://seccdn.libravatar.example/avatar/{oid}?d=mp" alt=""></div>
<div class="wl-card"><div class="wl-head">{nick}{badge}<span class="wl-time">{e(c.shown)}</span><div class="wl-comment-actions"><button type="button" class="wl-like" title="点赞"><svg viewBox="0 0 1024 1024" width="16" height="16"></svg>{_score(i) % 7}</button><button type="button" class="wl-reply" title="回复"><svg viewBox="0 0 1024 1024" width="20" height="20"></svg></button></div></div>
<div class="wl-meta" aria-hidden="true"><span class="wl-addr" data-value="{places[i % 4]}">{places[i % 4]}</span><span class="wl-browser" data-value="{browsers[i % 4]}">{browsers[i % 4]}</span><span class="wl-os" data-value="{systems[i % 4]}">{systems[i % 4]}</span></div>
<div class="wl-content">{at}<div><p>{e(c.text)}</p></div></div>
{quote}
</div></div>"""

    cards = "\n".join(card(r, "".join(card(s, "") for s in subs.get(r, []))) for r in roots)
    snippets = ["坚持下来真的不容易，十公里的时候腿都不是自己的了。", "二手车买的什么牌子？我也想通勤骑车。"]
    recent = "".join(
        f'<li class="waline-recent-item"><a href="/posts/{k + 11}/#waline">{e(who)}</a>：<span class="waline-recent-text">{e(snippets[k % 2])}</span><span class="waline-recent-post">《{e(post)}》</span></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div class="headband"></div>
<main class="main"><div class="column">
<header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container"><div class="site-meta"><a href="/" class="brand" rel="start"><p class="site-title">{e(p.site)}</p></a><p class="site-subtitle" itemprop="description">慢慢来，比较快</p></div></div>
<nav class="site-nav"><ul class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section">首页</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section">归档</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section">标签</a></li></ul></nav></header>
<aside class="sidebar"><div class="sidebar-inner sidebar-overview-active"><div class="site-overview-wrap sidebar-panel"><div class="site-author site-overview-item animated"><p class="site-author-name" itemprop="name">{e(p.byline)}</p><div class="site-description" itemprop="description">记录运动、阅读和生活</div></div>
<div class="links-of-blogroll site-overview-item"><div class="links-of-blogroll-title">最新评论</div><ul class="waline-recent">{recent}</ul></div></div></div></aside>
</div>
<div class="main-inner post posts-expand">
<div class="post-block"><article itemscope itemtype="http://schema.org/Article" class="post-content" lang="zh-CN">
<header class="post-header"><h1 class="post-title" itemprop="name headline">{e(p.title)}</h1>
<div class="post-meta-container"><div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-text">发表于</span> <time title="创建时间：{p.date} {p.time}:00" itemprop="dateCreated datePublished" datetime="{p.when}+08:00">{e(p.date_shown)}</time></span><span class="post-meta-item"><span class="post-meta-item-text">分类于</span> <a href="/categories/运动/" itemprop="url" rel="index"><span itemprop="name">运动</span></a></span><span class="post-meta-item"><span class="post-meta-item-text">Waline：</span><a title="waline" href="#waline" itemprop="discussionUrl"><span class="post-comments-count waline-comment-count" data-path="/posts/12/">{len(p.comments)}</span></a></span></div></div></header>
<div class="post-body" itemprop="articleBody">
{paras(p.article)}
</div>
<footer class="post-footer"><div class="post-tags"><a href="/tags/游泳/" rel="tag"># 游泳</a></div>
<div class="post-nav"><div class="post-nav-item"><a href="/posts/11/" rel="prev" title="{e(p.related[0])}"><i class="fa fa-angle-left"></i> {e(p.related[0])}</a></div><div class="post-nav-item"><a href="/posts/13/" rel="next" title="{e(p.related[1])}">{e(p.related[1])} <i class="fa fa-angle-right"></i></a></div></div></footer>
</article></div>
<div class="comments" id="waline"><div data-waline="" class="wl-comment">
<div class="wl-login-info"></div>
<div class="wl-panel"><div class="wl-header item3"><div class="wl-header-item"><label for="wl-nick">昵称</label><input id="wl-nick" class="wl-input wl-nick" name="nick" type="text" placeholder="必填"></div><div class="wl-header-item"><label for="wl-mail">邮箱</label><input id="wl-mail" class="wl-input wl-mail" name="mail" type="email" placeholder="必填"></div><div class="wl-header-item"><label for="wl-link">网址</label><input id="wl-link" class="wl-input wl-link" name="link" type="text" placeholder=""></div></div>
<textarea id="wl-edit" class="wl-editor" placeholder="欢迎评论"></textarea><div class="wl-footer"><div class="wl-info"><div class="wl-captcha-container"></div><div class="wl-text-number">0 <span>字</span></div><button type="button" class="wl-btn">登录</button><button type="submit" class="primary wl-btn" title="Cmd|Ctrl + Enter">提交</button></div></div></div>
<div class="wl-meta-head"><div class="wl-count"><span>{len(p.comments)}</span> 评论</div><ul class="wl-sort"><li class="active">按正序</li><li class="">按倒序</li><li class="">按热度</li></ul></div>
<div class="wl-cards">
{cards}
</div>
<div class="wl-power">Powered by <a href="https://github.com/walinejs/waline" target="_blank" rel="noopener noreferrer">Waline</a> v3.3.0</div>
</div></div>
</div></main>
<footer class="footer"><div class="footer-inner"><div class="copyright">© 2026 <span class="author" itemprop="copyrightHolder">{e(p.byline)}</span></div><div class="powered-by">由 <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a> 强力驱动</div></div></footer>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batches 9 and 10


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")


def r_utterances(p: Page) -> str:
    """utterances (GitHub issue comments) saved inline: a flat timeline; replies only by '@login' in the text."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 1966210400 + 37 * i
        text = e(c.text)
        if c.parent is not None:
            login = p.comments[c.parent].author
            text = text.replace(
                f"@{e(login)}",
                f'<a class="user-mention" href="https://github.com/{e(login)}">@{e(login)}</a>',
                1,
            )
        badge = (
            f'<span class="author-association-badge" title="You are the owner of the repository.">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        reactions = (
            f'<div class="comment-footer"><form class="reaction-list BtnGroup" action="javascript:"><button class="btn BtnGroup-item btn-outline reaction-button" type="submit" value="+1" aria-label="React with thumbs up" reaction-count="{_score(i) % 5 + 1}"><g-emoji class="g-emoji" alias="+1">👍</g-emoji>{_score(i) % 5 + 1}</button></form></div>'
            if i % 2 == 0
            else ""
        )
        items.append(f"""<article id="comment-{cid}" class="timeline-comment{" current-user" if c.extra else ""}">
<a class="avatar" href="https://github.com/{e(c.author)}" target="_blank" tabindex="-1"><img alt="@{e(c.author)}" height="44" width="44" src="https://avatars.example/u/{cid % 9973}?v=4&amp;s=88"></a>
<div class="comment">
<header class="comment-header"><span class="comment-meta"><a class="text-link" href="https://github.com/{e(c.author)}" target="_blank"><strong>{e(c.author)}</strong></a> commented <a class="text-link" href="https://github.com/twilk/blog-comments/issues/14#issuecomment-{cid}" target="_blank"><time title="{e(c.shown)}" datetime="{c.when}Z">{e(c.shown)}</time></a></span>{badge}</header>
<div class="markdown-body markdown-body-scrollable"><p>{text}</p></div>
{reactions}
</div>
</article>""")
    body = f"""<div class="wrapper"><header class="site-header" role="banner"><a class="site-title" rel="author" href="/">{e(p.site)}</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a></div></nav></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{e(p.title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="{p.when}+00:00" itemprop="datePublished">{e(p.date_shown)}</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{e(p.byline)}</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
{paras(p.article)}
</div>
<a class="u-url" href="/2025/02/16/crystal-radio.html" hidden></a>
</article>
<section class="related"><h2>Read next</h2><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
<div class="utterances" style="height: 1210px;">
<div class="timeline">
<div class="timeline-header"><a class="text-link" target="_blank" href="https://github.com/twilk/blog-comments/issues/14">{len(p.comments)} Comments</a> <em>- powered by <a class="text-link" href="https://utteranc.es" target="_blank">utteranc.es</a></em></div>
{chr(10).join(items)}
<article class="timeline-comment"><div class="comment"><header class="new-comment-header"><nav class="tabnav-tabs" role="tablist"><button type="button" class="tabnav-tab tab-write" role="tab" aria-selected="true">Write</button><button type="button" class="tabnav-tab tab-preview" role="tab">Preview</button></nav></header>
<form class="comment-body" action="javascript:"><textarea class="form-control" placeholder="Sign in to comment" aria-label="comment" disabled></textarea><footer class="comment-footer"><a class="btn btn-primary" href="https://api.utteranc.es/authorize" target="_top">Sign in with GitHub</a></footer></form></div></article>
</div></div>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><p>{e(p.site)} — notes by {e(p.byline)}</p></div></footer></div>"""
    return shell(p, body)


def r_intensedebate(p: Page) -> str:
    """IntenseDebate on WordPress: div.idc-c#IDComment-N in div.idc-thread, replies indented by margin-left."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 1087724300 + 13 * i
        d = depth(p, i)
        return f"""<div class="idc-thread" id="idc-thread-{cid}" style="margin-left:{25 * min(d, 1)}px">
<a name="IDComment{cid}"></a>
<div id="IDComment-{cid}" class="idc-c idc-{"depth-" + str(d)}">
<div class="idc-c-h"><a class="idc-avatar" href="https://intensedebate.example/people/{_slug(c.author)}"><img alt="Avatar" src="https://avatars.example/id/{cid % 977}.png" width="28" height="28"></a>
<div class="idc-c-h-inner"><span class="idc-i"><a href="https://intensedebate.example/people/{_slug(c.author)}" class="idc-i-link">{e(c.author)}</a></span> <span class="idc-time" title="{c.when.replace("T", " ")}">{e(c.shown)}</span></div></div>
<div class="idc-c-t" id="IDComment-CommentText{cid}"><p>{e(c.text)}</p></div>
<div class="idc-c-b"><span class="idc-r"><a class="idc-r-up" href="#" title="Vote up">+</a><span class="idc-score">+{_score(i) % 6}</span><a class="idc-r-down" href="#" title="Vote down">-</a></span> <a class="idc-reply" href="javascript: IDReply({cid});">Reply</a> <a class="idc-share" href="#">Share</a> <a class="idc-permalink" href="#IDComment{cid}">Permalink</a></div>
</div>
{sub}
</div>"""

    threads = tree(p, item, lambda s: s)
    recent = "".join(
        f'<li class="idc-recent-item"><a href="/old/{k}#IDComments">{e(who)}</a> on <a href="/old/{k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="page"><div id="header"><h1 id="blog-title"><a href="/">{e(p.site)}</a></h1><p class="description">Notes from plot 14</p>{nav(p)}</div>
<div id="container"><div id="content">
{article_html(p)}
{related(p)}
<div id="comments">
<div id="idc-container-parent"><div id="idc-container"><div id="idc-cover">
<div id="IDCommentsHead" class="idc-head"><h3><a href="#" class="idc-commentcount">{len(p.comments)} comments</a></h3><span class="idc-head-actions"><a href="#IDCommentsNewThread">Post a new comment</a> <a href="#">Subscribe</a></span></div>
<div id="IDCommentsSort" class="idc-sort">Sort by <a class="idc-sel" href="#">Oldest</a> | <a href="#">Newest</a> | <a href="#">Rating</a></div>
<div id="idc-comment-list">
{threads}
</div>
<div id="IDCommentsNewThreadCover"><h3><a name="IDCommentsNewThread"></a>Post a new comment</h3><div class="idc-new-comment"><textarea id="txtComment" rows="5" cols="40"></textarea><div class="idc-guest"><label>Name</label><input type="text" id="IDCommentGuestName"><label>Email</label><input type="text" id="IDCommentGuestEmail"></div><button type="button" class="idc-btn">Submit comment</button></div></div>
<div class="idc-foot"><a href="https://intensedebate.example" class="idc-logo">Comments by IntenseDebate</a></div>
</div></div></div>
<noscript>{wp_form(p)}</noscript>
</div>
</div></div>
<div id="sidebar"><ul><li id="id-recent-comments" class="widget widget_intensedebate"><h2 class="widgettitle">Recent comments</h2><ul class="idc-recent-comments">{recent}</ul></li>
<li id="archives" class="widget"><h2 class="widgettitle">Archives</h2><ul><li><a href="/2025/08/">August 2025</a></li><li><a href="/2025/07/">July 2025</a></li></ul></li></ul></div>
{footer(p)}</div>"""
    return shell(p, body)


def r_wpdiscuz(p: Page) -> str:
    """wpDiscuz: nested div.wpd-comment blocks, 'Respuesta a Nombre' on replies, vote counters, its own form."""
    post_id = 4312

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 2210 + i
        d = depth(p, i) + 1
        parent_id = 0 if c.parent is None else 2210 + c.parent
        label = (
            f'<div class="wpd-comment-label" wpd-tooltip="{e(c.extra)}" wpd-tooltip-position="top"><span>{e(c.extra)}</span></div>'
            if c.extra
            else '<div class="wpd-comment-label" wpd-tooltip="Invitado" wpd-tooltip-position="top"><span>Invitado</span></div>'
        )
        reply_to = (
            f'<div class="wpd-reply-to"><i class="far fa-comments"></i> Respuesta a &nbsp;<a href="#comment-{parent_id}">{e(p.comments[c.parent].author)}</a></div>'
            if c.parent is not None
            else ""
        )
        kind = "wpd-reply " if c.parent is not None else ""
        return f"""<div id="wpd-comm-{cid}_{parent_id}" class="comment {"even" if i % 2 else "odd"} {"thread-even" if i % 2 else "thread-odd"} depth-{d} wpd-comment {kind}wpd_comment_level-{d}">
<div class="wpd-comment-wrap wpd-blog-{"post_author" if c.extra else "guest"}">
<div class="wpd-comment-left"><div class="wpd-avatar"><img alt="{e(c.author)}" src="https://secure.gravatar.example/avatar/{cid}?s=64&amp;d=mm" class="avatar avatar-64 photo" height="64" width="64" loading="lazy"></div></div>
<div id="comment-{cid}" class="wpd-comment-right">
<div class="wpd-comment-header"><div class="wpd-comment-author">{e(c.author)}</div>{label}<div class="wpd-comment-date" title="{c.when[8:10]}/{c.when[5:7]}/{c.when[:4]} {c.when[11:16]}"><i class="far fa-clock" aria-hidden="true"></i> {e(c.shown)}</div><div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Compartir" wpd-tooltip-position="left"><i class="fas fa-link" aria-hidden="true"></i></span></div></div>
{reply_to}
<div class="wpd-comment-text"><p>{e(c.text)}</p></div>
<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 21h4V9H1v12z"></path></svg></div><div class="wpd-vote-result" title="{_score(i) % 7}">{_score(i) % 7}</div><div class="wpd-vote-down wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M15 3H6v12h4z"></path></svg></div></div><div class="wpd-reply-button"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7v-4.1z"></path></svg><span>Responder</span></div><div class="wpd-space"></div><div class="wpd-toggle wpd-hidden wpd_not_clicked" wpd-tooltip="Ocultar respuestas"><i class="fas fa-chevron-up"></i></div></div>
</div>
</div>
<div id="wpdiscuz_form_anchor-{cid}_{parent_id}"></div>
{sub}
</div>"""

    threads = tree(p, item, lambda s: s)
    form = """<div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-auth"><div class="wpd-login"><a rel="nofollow" href="/wp-login.php"><i class="fas fa-sign-in-alt"></i> Acceder</a></div></div></div>
<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" class="wpd_comm_form wpd_main_comm_form">
<div class="wpd-field-comment"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" placeholder="Únete a la conversación" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div>
<div class="wpd-form-foot"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-user"></i></div><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Nombre*" maxlength="50" pattern=".{3,50}" title=""></div>
<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-at"></i></div><input id="wc_email-0_0" value="" required="required" aria-required="true" class="wc_email wpd-field" type="email" name="wc_email" placeholder="Correo electrónico*"></div>
<div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Publicar comentario"></div></div>
</form></div></div>"""
    body = f"""<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(p.site)}</a></p></div>{nav(p)}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{article_html(p, cls=f"post-{post_id} post type-post status-publish hentry")}
{related(p)}
<div class="wpdiscuz_top_clearing"></div>
<div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>
<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open">
<div class="wc_social_plugin_wrapper"></div>
<div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">Suscribirse</span></div></div>
{form}
<div id="wpd-threads" class="wpd-thread-wrapper">
<div class="wpd-thread-head"><div class="wpd-thread-info " data-comments-count="{len(p.comments)}"><span class="wpdtc" title="{len(p.comments)}">{len(p.comments)}</span> Comentarios</div><div class="wpd-space"></div><div class="wpd-thread-filter"><div class="wpd-filter wpdf-reacted wpd_not_clicked" wpd-tooltip="Comentario más reaccionado"><i class="fas fa-bolt"></i></div></div></div>
<div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas fa-quote-left"></i> Comentarios en línea</div></div>
<div class="wpd-thread-list">
{threads}
<div class="wpdiscuz-comment-pagination"></div>
</div></div></div></div>
<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>
</main></div>
<aside id="secondary" class="widget-area">{recent_widget(p)}</aside></div>
{footer(p)}"""
    return shell(p, body)


def r_vanilla(p: Page) -> str:
    """Vanilla Forums discussion: the discussion first, then li.ItemComment#Comment_N; quotes 'X a dit :'."""

    def header(c: C, n: int) -> str:
        role = f'<span class="MItem RoleTitle">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class="Item-Header {"DiscussionHeader" if n == 0 else "CommentHeader"}"><div class="AuthorWrap"><span class="Author"><a title="{e(c.author)}" href="/profile/{e(c.author)}" class="PhotoWrap"><img src="/uploads/userpics/{n + 31}/n{_slug(c.author)}.png" alt="{e(c.author)}" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/{e(c.author)}" class="Username">{e(c.author)}</a></span> <span class="AuthorInfo">{role}<span class="MItem PostCount">Messages: <b>{40 + 17 * n}</b></span></span></div>
<div class="Meta {"DiscussionMeta" if n == 0 else "CommentMeta CommentInfo"}"><span class="MItem DateCreated"><a href="/discussion/comment/{88120 + n}/#Comment_{88120 + n}" class="Permalink" name="Item_{n + 1}" rel="nofollow"><time title="{e(c.shown)} {c.when[11:16]}" datetime="{c.when}+00:00">{e(c.shown)}</time></a></span></div></div>"""

    def reactions(n: int) -> str:
        return f'<div class="Reactions"><a href="#" title="J\'aime" class="ReactButton ReactButton-Like" rel="nofollow"><span class="ReactSprite react-like"></span> <span class="ReactLabel">J\'aime</span></a> <span class="Count">{_score(n) % 5 + 1}</span> <a href="#" class="ReactButton Quote" rel="nofollow"><span class="ReactLabel">Citer</span></a> <a href="#" class="ReactButton Flag" rel="nofollow"><span class="ReactLabel">Signaler</span></a></div>'

    items = []
    for i, c in enumerate(p.comments):
        quote = ""
        if c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<blockquote class="Quote UserQuote blockquote"><div class="blockquote-content"><a rel="nofollow" href="/profile/{e(q.author)}">{e(q.author)}</a> a dit :</div><div class="blockquote-content"><p>{e(q.text)}</p></div></blockquote>'
        items.append(f"""<li class="Item ItemComment Role_Member{" Role_Moderator" if c.extra else ""}" id="Comment_{88121 + i}">
<div class="Comment">
<div class="Options"><span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="Options">Options</span></span></div>
{header(c, i + 1)}
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{quote}{paras(c.text)}</div>
{reactions(i + 1)}</div></div>
</div></li>""")
    first = first_post(p)
    body = f"""<div id="Frame"><div class="Head" id="Head"><div class="Row"><a class="Title" href="/"><span>{e(p.site)}</span></a><ul class="SiteMenu"><li><a href="/discussions">Discussions</a></li><li><a href="/categories">Catégories</a></li><li><a href="/entry/signin" class="SignInPopup">Connexion</a></li></ul></div></div>
<div id="Body"><div class="Row">
<div class="BreadcrumbsWrapper"><span class="Breadcrumbs" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><span class="CrumbLabel CrumbLabel-HomeCrumb"><a href="/" itemprop="url"><span itemprop="title">Accueil</span></a></span> › <span class="CrumbLabel Category-sante-des-colonies"><a href="/categories/sante-des-colonies" itemprop="url"><span itemprop="title">Santé des colonies</span></a></span></span></div>
<div class="Column ContentColumn" id="Content"><div class="MessageList Discussion">
<div class="PageTitle"><h1>{e(p.title)}</h1></div>
<div id="Item_0" class="Item ItemDiscussion Role_Member">
<div class="Discussion">
{header(first, 0)}
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{paras(p.article)}</div>
{reactions(0)}</div></div>
</div></div></div>
<div class="CommentsWrap"><span class="BeforeCommentHeading"></span>
<section class="DataBox DataBox-Comments"><h2 class="CommentHeading">Commentaires</h2>
<ul class="MessageList DataList Comments">
{chr(10).join(items)}
</ul></section>
<div class="P PagerWrap"><div class="Pager PagerLinkCount-1"></div></div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin" class="Popup">Connectez-vous</a> ou <a href="/entry/register">inscrivez-vous</a> pour commenter.</div></div>
</div>
<div class="Column PanelColumn" id="Panel"><div class="Box BoxDiscussions"><h4>Discussions similaires</h4><ul class="PanelInfo PanelDiscussions">{"".join(f'<li class="Item"><a href="/discussion/{8800 + k}" class="Title">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div></div>
<div id="Foot"><div class="Row"><a href="https://vanillaforums.example" class="PoweredByVanilla" title="Community Software by Vanilla Forums">Forum Software Powered by Vanilla</a></div></div></div>"""
    return shell(p, body)


def r_ucoz(p: Page) -> str:
    """uCoz news entry: flat div.comEnt#comEntN, reply depth only in an inline margin-left; 'Имя *:' form; a mini-chat."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 412 + i
        items.append(f"""<div class="comEnt report-spam-target " id="comEnt{cid}" style=" margin-left:{20 * depth(p, i)}px;"><a name="ent{cid}"></a>
<div class="cBlock{1 + i % 2}" style="padding:0 4px 5px 2px;margin-bottom:3px;">
<div style="float:right;font-size:9px;"><a href="javascript://" onclick="new _uWnd('Comm','Ответить',300,100,{{}},'...');return false;">Ответить</a> <a href="javascript://" onclick="spages('{cid}');return false;">Цитата</a></div>
<div class="cTop" style="text-align:left;"><b>{i + 1}</b> <a href="/index/8-{cid % 90}" target="_blank"><b>{e(c.author)}</b></a> ({e(c.shown)})</div>
<div class="cMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">{e(c.text)}</div>
</div></div>""")
    chat = [
        ("Лёха", "всем привет, кто на рыбалку в субботу?"),
        ("Таня_С", "магазин у школы до скольки сегодня?"),
    ]
    mchat = "".join(
        f'<div class="cBlock1"><b><a href="#" class="mcUName">{e(who)}</a></b>: <span class="mcMessage">{e(msg)}</span></div>'
        for who, msg in chat
    )
    body = f"""<table border="0" width="100%" cellspacing="0" cellpadding="0" class="main-table"><tr><td class="header-td" colspan="2"><div id="site-logo"><a class="logo-lnk" href="/">{e(p.site)}</a></div>
<div id="uNMenuDiv1" class="uMenuV"><ul class="uMenuRoot"><li><a href="/"><span>Главная</span></a></li><li><a href="/news/"><span>Новости</span></a></li><li><a href="/forum/"><span>Форум</span></a></li><li><a href="/gb/"><span>Гостевая книга</span></a></li></ul></div></td></tr>
<tr><td class="main-td" valign="top">
<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock">
<tr><td class="eTitle" colspan="2">{e(p.title)}</td></tr>
<tr><td class="eMessage" colspan="2"><div id="nativeroll_video_cont" style="display:none;"></div>{brs(p.article)}</td></tr>
<tr><td class="eDetails" colspan="2">Категория: <a href="/news/1-0-1">Новости села</a> | Добавил: <a href="/index/8-1">{e(p.byline)}</a> ({e(p.date_shown)}) <span class="ed-sep"> | </span>Просмотров: 512 | Комментарии: {len(p.comments)} | Рейтинг: 4.8/12</td></tr>
</table>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td width="60%" height="25">Всего комментариев: <b>{len(p.comments)}</b></td><td align="right" height="25"></td></tr>
<tr><td colspan="2"><script>function spages(p){{}}</script><div id="comments"></div><div id="newEntryT"></div><div id="allEntries">
{chr(10).join(items)}
</div><div id="newEntryB"></div></td></tr></table>
<form name="addform" id="acform" action="/index/" method="post"><table border="0" width="100%" cellspacing="1" cellpadding="2" class="commTable">
<tr><td class="commTd2" colspan="2"><div class="commError" id="acformmsg"></div></td></tr>
<tr><td width="15%" class="commTd1" nowrap>Имя *:</td><td class="commTd2"><input class="commFl" type="text" name="name" value="" size="30" maxlength="60"></td></tr>
<tr><td class="commTd1">Email *:</td><td class="commTd2"><input class="commFl" type="text" name="email" value="" size="30" maxlength="60"></td></tr>
<tr><td class="commTd2" colspan="2"><textarea class="commFl" style="height:135px;" rows="8" name="message" id="message" cols="50"></textarea></td></tr>
<tr><td class="commTd1" nowrap>Код *:</td><td class="commTd2"><input type="text" name="code" class="securityCode" size="6" maxlength="6"> <img alt="" src="/secure/?k=1" class="captcha-img"></td></tr>
<tr><td class="commTd2" colspan="2" align="center"><input type="submit" class="commSbmFl" id="addcBut" name="submit" value="- Добавить комментарий -"></td></tr></table></form>
</td>
<td class="side-td" valign="top" width="200">
<div class="block"><div class="block-title">Мини-чат</div><div class="block-content"><div id="mchatIfm2">{mchat}</div></div></div>
<div class="block"><div class="block-title">Читайте также</div><div class="block-content"><ul>{"".join(f'<li><a href="/news/{30 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</td></tr>
<tr><td class="footer-td" colspan="2">Copyright {e(p.site)} © 2026 | Бесплатный <a href="https://www.ucoz.example/" title="Создать сайт бесплатно">конструктор сайтов</a> — uCoz</td></tr></table>"""
    return shell(p, body)


def r_gutefrage(p: Page) -> str:
    """A German Q&A page: question = article, answers = comments, comments under an answer; 'Name • date' as one text."""
    kids = children_of(p)

    def meta(c: C) -> str:
        return f'<div class="ContentMeta"><a class="ContentMeta-avatar" href="/nutzer/{_slug(c.author)}"><img src="/avatar/{_slug(c.author)}.png" alt="" width="32" height="32"></a><span class="ContentMeta-line">{e(c.author)} • {e(c.shown)}</span></div>'

    def expert_title(c: C) -> str:
        return f'<div class="ExpertTitle">{e(c.extra2)}</div>' if c.extra2 else ""

    answers = []
    for i in kids.get(None, []):
        c = p.comments[i]
        subs = "".join(
            f'<div class="Comment" id="kommentar-{9100 + k}">{meta(p.comments[k])}{expert_title(p.comments[k])}<div class="Comment-body"><p>{e(p.comments[k].text)}</p></div></div>'
            for k in dfs_order(p)
            if k != i and p.comments[k].parent is not None and _answer_of(p, k) == i
        )
        badge = f'<div class="Answer-badge Answer-badge--best">{e(c.extra)}</div>' if c.extra else ""
        expert = expert_title(c)
        comments = (
            f'<div class="CommentList"><div class="CommentList-title">Kommentare</div>{subs}</div>'
            if subs
            else ""
        )
        answers.append(f"""<article class="Answer" id="antwort-{7300 + i}">
{badge}
{meta(c)}
{expert}
<div class="Answer-body">{paras(c.text)}</div>
<div class="Answer-actions"><button class="HelpfulButton" type="button">Hilfreich <span class="HelpfulButton-count">({_score(i) % 9 + 2})</span></button> <button class="CommentButton" type="button">Kommentieren</button> <button class="ReportButton" type="button">Melden</button></div>
{comments}
</article>""")
    body = f"""<header class="Header"><a class="Header-logo" href="/">{e(p.site)}</a><form class="Header-search" action="/suche"><input type="search" name="q" placeholder="Frage stellen oder suchen"></form><a class="Header-login" href="/login">Anmelden</a></header>
<main class="Page"><div class="Page-main">
<div class="Question">
<div class="Question-tags"><a href="/tag/zimmerpflanzen">Zimmerpflanzen</a> <a href="/tag/ficus">Ficus</a></div>
<h1 class="Question-title">{e(p.title)}</h1>
<div class="Question-body">{paras(p.article)}</div>
{meta(first_post(p))}
<div class="Question-actions"><button class="FollowButton" type="button">Frage folgen</button> <span class="Question-views">1.284 Aufrufe</span></div>
</div>
<section class="AnswerList"><h2 class="AnswerList-title">{len(kids.get(None, []))} Antworten</h2>
{chr(10).join(answers)}
</section>
<section class="AnswerForm"><h2>Deine Antwort</h2><textarea placeholder="Schreibe eine hilfreiche Antwort"></textarea><button type="button">Antwort abschicken</button></section>
</div>
<aside class="Page-aside"><section class="SimilarQuestions"><h2>Weitere Fragen</h2><ul>{"".join(f'<li><a href="/frage/{520 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section></aside></main>
<footer class="Footer"><p>© 2026 {e(p.site)} · Impressum · Datenschutz</p></footer>"""
    return shell(p, body)


def _answer_of(p: Page, i: int) -> int:
    """The top-level answer a comment sits under."""
    while p.comments[i].parent is not None:
        i = p.comments[i].parent  # type: ignore[assignment]
    return i


def r_douban(p: Page) -> str:
    """Douban group topic: div.topic-doc first, then li.comment-item; a reply quoting an earlier reply in div.reply-quote."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 4771203300 + 11 * i
        quote = ""
        if c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<div class="reply-quote-content" data-ref_cid="{4771203300 + 11 * c.parent}"><span class="all ref-content">{e(q.text)}</span><span class="pubdate"><a href="https://www.douban.example/people/{_slug(q.author) or 1000 + c.parent}/">{e(q.author)}</a></span></div>'
        badge = f'<span class="topic-author-icon">{e(c.extra)}</span>' if c.extra else ""
        items.append(f"""<li class="clearfix comment-item reply-item " id="{cid}" data-cid="{cid}">
<div class="user-face"><a href="https://www.douban.example/people/u{cid % 99991}/"><img class="pil" src="https://img.douban.example/icon/u{cid % 99991}.jpg" alt="{e(c.author)}"></a></div>
<div class="reply-doc content">
<div class="bg-img-green"><h4><a href="https://www.douban.example/people/u{cid % 99991}/">{e(c.author)}</a>{badge}<span class="pubtime">{e(c.shown)} 北京</span></h4></div>
{quote}
<p class=" reply-content">{e(c.text)}</p>
<div class="operation-div" id="operation-{cid}"><div class="operation-more"><a class="comment-vote lnk-fav" href="javascript:;">赞 ({_score(i) % 8})</a> <a class="lnk-reply" href="javascript:;">回应</a></div></div>
</div></li>""")
    body = f"""<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="/login" class="nav-login" rel="nofollow">登录/注册</a></div><div class="global-nav-items"><ul><li><a href="/">豆瓣</a></li><li><a href="/book/">读书</a></li><li><a href="/movie/">电影</a></li><li class="on"><a href="/group/">小组</a></li></ul></div></div></div>
<div id="wrapper"><div id="content">
<h1>{e(p.title)}</h1>
<div class="grid-16-8 clearfix"><div class="article">
<div class="topic-content clearfix"><div class="topic-doc">
<h3><span class="from">来自: <a href="https://www.douban.example/people/xiaoman/">{e(p.byline)}</a></span><span class="create-time color-green">{e(p.date_shown)}</span><span class="ip-location">北京</span></h3>
<div class="topic-content"><div class="rich-content topic-richtext">{paras(p.article)}</div></div>
<div class="action-react"><a class="react-btn">赞</a> <a class="react-btn">收藏</a> <a class="react-btn">转发</a></div>
</div></div>
<ul id="comments" class="topic-reply">
{chr(10).join(items)}
</ul>
<div class="txd"><p>你需要 <a href="/login">登录</a> 后才能回应</p></div>
</div>
<div class="aside"><div class="group-board"><h2>最新讨论</h2><ul>{"".join(f'<li><a href="/group/topic/{3100 + k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div></div></div>
<div id="footer"><span id="icp" class="fleft gray-link">© 2005－2026 douban.example, all rights reserved</span></div>"""
    return shell(p, body)


def r_v2ex(p: Page) -> str:
    """V2EX topic: replies are div.cell#r_N tables, flat; '@name #N' links written by the replier."""
    cells = []
    for i, c in enumerate(p.comments):
        rid = 15532100 + 9 * i
        text = e(c.text)
        if c.parent is not None:
            who = p.comments[c.parent].author
            text = text.replace(f"@{e(who)}", f'@<a href="/member/{e(who)}">{e(who)}</a>', 1)
        badge = '<div class="badges"><div class="badge op">OP</div></div>' if c.extra else ""
        thanks = (
            f'&nbsp; <span class="small fade"><img src="/static/img/heart_neue_red.png" width="14" align="absmiddle" alt="❤️"> {_score(i) % 4 + 1}</span>'
            if i % 2 == 0
            else ""
        )
        cells.append(f"""<div id="r_{rid}" class="cell">
<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
<td width="48" valign="top" align="center"><img src="https://cdn.v2ex.example/avatar/{rid % 997}_normal.png" class="avatar" border="0" align="default" alt="{e(c.author)}" width="48"></td>
<td width="10" valign="top"></td>
<td width="auto" valign="top" align="left"><div class="fr"><div id="thank_area_{rid}" class="thank_area"><a href="#;" class="thank" style="color: #ccc;">感谢回复者</a></div> &nbsp; <a href="#;" onclick="replyOne('{e(c.author)}');"><img src="/static/img/reply_neue.png" align="absmiddle" border="0" alt="Reply" width="20"></a> &nbsp;&nbsp; <span class="no">{i + 1}</span></div>
<div class="sep3"></div>
<strong><a href="/member/{e(c.author)}" class="dark">{e(c.author)}</a></strong>{badge} &nbsp; &nbsp;<span class="ago" title="{c.when.replace("T", " ")} +08:00">{e(c.shown)}</span> {thanks}
<div class="sep5"></div>
<div class="reply_content">{text}</div>
</td></tr></table></div>""")
    body = f"""<div id="Top"><div class="content"><div class="site-nav"><a href="/" name="top" title="way to explore"><div id="Logo">{e(p.site)}</div></a><div class="tools"><a href="/" class="top">首页</a><a href="/signup" class="top">注册</a><a href="/signin" class="top">登录</a></div></div></div></div>
<div id="Wrapper"><div class="content">
<div id="Rightbar"><div class="box"><div class="cell"><span class="fade">今日热议主题</span></div>{"".join(f'<div class="cell"><a href="/t/{1000 + k}">{e(t)}</a></div>' for k, t in enumerate(p.related))}</div></div>
<div id="Main">
<div class="box" style="border-bottom: 0px;">
<div class="header"><div class="fr"><a href="/member/{e(p.byline)}"><img src="https://cdn.v2ex.example/avatar/owl_large.png" class="avatar" border="0" align="default" alt="{e(p.byline)}" width="73"></a></div>
<a href="/">{e(p.site)}</a> <span class="chevron">&nbsp;›&nbsp;</span> <a href="/go/nas">NAS</a>
<div class="sep10"></div>
<h1>{e(p.title)}</h1>
<small class="gray"><a href="/member/{e(p.byline)}">{e(p.byline)}</a> · <span title="{p.date_shown}">3 天前</span> · 1024 次点击</small></div>
<div class="cell"><div class="topic_content"><div class="markdown_body">{paras(p.article)}</div></div></div>
<div class="topic_buttons"><a href="#;" class="tb">加入收藏</a> <a href="#;" class="tb">忽略主题</a> <a href="#;" class="tb">感谢</a></div>
</div>
<div class="sep20"></div>
<div class="box"><div class="cell"><div class="fr" style="margin: -3px -5px 0px 0px;"><a class="tag" href="/tag/NAS">NAS</a></div><span class="gray">{len(p.comments)} 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;{p.comments[-1].when.replace("T", " ")} +08:00</span></div>
{chr(10).join(cells)}
</div>
<div class="sep20"></div>
<div class="box"><div class="cell"><div class="fr"><a href="/signin">登录</a> 后回复</div>添加一条新回复</div></div>
</div></div></div>
<div id="Bottom"><div class="content"><div class="inner"><strong>{e(p.site)}</strong> · 创意工作者们的社区</div></div></div>"""
    return shell(p, body)


def r_staticman(p: Page) -> str:
    """Minimal Mistakes with Staticman: a flat list of article.js-comment#commentN (schema.org Comment); '@Name' replies."""
    items = []
    for i, c in enumerate(p.comments):
        items.append(f"""<article id="comment{i + 1}" class="js-comment comment" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
<div class="comment__avatar-wrapper"><img class="comment__avatar" src="https://www.gravatar.example/avatar/{_slug(c.author)}?d=mm&amp;s=80" alt="{e(c.author)}"></div>
<div class="comment__content-wrapper">
<h3 class="comment__author" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{e(c.author)}</span></h3>
<p class="comment__date"><a href="#comment{i + 1}" itemprop="url"><time datetime="{c.when}+00:00" itemprop="datePublished">{e(c.shown)}</time></a></p>
<div itemprop="text"><p>{e(c.text)}</p></div>
</div>
</article>""")
    body = f"""<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav"><a class="site-title" href="/">{e(p.site)}</a><ul class="visible-links"><li class="masthead__menu-item"><a href="/posts/">Posts</a></li><li class="masthead__menu-item"><a href="/about/">About</a></li></ul></nav></div></div></div>
<div class="initial-content"><div id="main" role="main">
<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card"><div class="author__content"><h3 class="author__name p-name" itemprop="name">{e(p.byline)}</h3><div class="author__bio p-note" itemprop="description"><p>Slow runner, long distances.</p></div></div></div></div>
<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork">
<meta itemprop="headline" content="{e(p.title)}"><meta itemprop="datePublished" content="{p.when}+00:00">
<div class="page__inner-wrap">
<header><h1 id="page-title" class="page__title p-name" itemprop="headline"><a href="/2025/05/19/first-ultra/" class="u-url" itemprop="url">{e(p.title)}</a></h1>
<p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i> <time datetime="{p.when}+00:00">{e(p.date_shown)}</time></span> <span class="page__meta-sep"></span> <span class="page__meta-readtime">3 minute read</span></p></header>
<section class="page__content e-content" itemprop="text">
{paras(p.article)}
</section>
<footer class="page__meta"><p class="page__taxonomy"><strong>Tags: </strong><span itemprop="keywords"><a href="/tags/#racing" class="page__taxonomy-item p-category" rel="tag">racing</a></span></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4><a href="#" class="btn btn--twitter">Twitter</a> <a href="#" class="btn btn--facebook">Facebook</a></section>
<nav class="pagination"><a href="/r/0" class="pagination--pager" title="{e(p.related[0])}">Previous</a> <a href="/r/1" class="pagination--pager" title="{e(p.related[1])}">Next</a></nav>
</div>
<div class="page__comments">
<h4 class="page__comments-title">Comments</h4>
<section id="static-comments">
{chr(10).join(items)}
<h4 class="page__comments-title">Leave a comment</h4>
<p class="small">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<form id="new_comment" class="page__comments-form js-form form" method="post" action="https://staticman.example/v3/entry/github/dwhitfield/blog/main/comments">
<div class="form__spinner"><i class="fas fa-spinner fa-spin fa-3x fa-fw"></i><span class="sr-only">Loading...</span></div>
<div class="form-group"><label for="comment-form-message">Comment <small class="required">*</small></label><textarea type="text" rows="3" id="comment-form-message" name="fields[message]" tabindex="1"></textarea><div class="small help-block"><a href="https://daringfireball.example/projects/markdown/">Markdown is supported.</a></div></div>
<div class="form-group"><label for="comment-form-name">Name <small class="required">*</small></label><input type="text" id="comment-form-name" name="fields[name]" tabindex="2"></div>
<div class="form-group"><label for="comment-form-email">Email address <small class="required">*</small></label><input type="email" id="comment-form-email" name="fields[email]" tabindex="3"></div>
<div class="form-group"><button type="submit" id="comment-form-submit" tabindex="5" class="btn btn--primary btn--large">Submit comment</button></div>
</form>
</section>
</div>
</article>
<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2>{"".join(f'<div class="grid__item"><article class="archive__item"><h2 class="archive__item-title"><a href="/r/{k}">{e(t)}</a></h2></article></div>' for k, t in enumerate(p.related))}</div>
</div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-copyright">© 2026 {e(p.byline)}. Powered by <a href="https://jekyllrb.example" rel="nofollow">Jekyll</a> &amp; <a href="https://mademistakes.example/work/minimal-mistakes-jekyll-theme/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>"""
    return shell(p, body)


def r_bbpress(p: Page) -> str:
    """bbPress topic: the lead topic first, then replies (div#post-N after its header); threaded in ul.bbp-threaded-replies."""

    def post(n: int, c: C, role: str) -> str:
        pid = 5120 + n
        return f"""<div id="post-{pid}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">{e(c.shown)}</span> <a href="/forums/topic/first-layer-glass/#post-{pid}" class="bbp-reply-permalink">#{pid}</a> <span class="bbp-admin-links"></span></div></div>
<div class="loop-item-{n} user-id-{40 + sum(map(ord, c.author)) % 60} bbp-parent-forum-77 bbp-parent-topic-5120 bbp-reply-position-{n + 1} {"odd" if n % 2 else "even"} {"topic-author" if c.author == p.byline else ""} post-{pid} {"topic" if n == 0 else "reply"} type-{"topic" if n == 0 else "reply"} status-publish hentry">
<div class="bbp-reply-author"><a href="/forums/users/{_slug(c.author)}/" title="View {e(c.author)}'s profile" class="bbp-author-link"><span class="bbp-author-avatar"><img alt="" src="https://secure.gravatar.example/avatar/{pid}?s=80&amp;d=mm" class="avatar avatar-80 photo" height="80" width="80"></span><span class="bbp-author-name">{e(c.author)}</span></a><div class="bbp-author-role">{e(role)}</div></div>
<div class="bbp-reply-content">{paras(c.text)}{'<div class="bbp-reply-to-link"><a href="#new-post" class="bbp-reply-to-link">Reply</a></div>' if n else ""}</div>
</div>"""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"<li>{post(i + 1, c, c.extra or 'Participant')}{sub}</li>"

    threads = tree(p, item, lambda s: f'<ul class="bbp-threaded-replies">{s}</ul>')
    recent = "".join(
        f'<li><a class="bbp-author-link" href="/forums/users/{_slug(who)}/"><span class="bbp-author-name">{e(who)}</span></a> on <a class="bbp-reply-topic-title" href="/forums/topic/t{k}/">{e(post_)}</a></li>'
        for k, (who, post_) in enumerate(p.recent)
    )
    body = f"""<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{e(p.site)}</a></p>{nav(p)}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-5120" class="post-5120 topic type-topic status-publish hentry"><header class="entry-header"><h1 class="entry-title">{e(p.title)}</h1></header>
<div class="entry-content"><div id="bbpress-forums" class="bbpress-wrapper">
<div class="bbp-breadcrumb"><p><a href="/" class="bbp-breadcrumb-home">Home</a> <span class="bbp-breadcrumb-sep">›</span> <a href="/forums/" class="bbp-breadcrumb-root">Forums</a> <span class="bbp-breadcrumb-sep">›</span> <a href="/forums/forum/printing/" class="bbp-breadcrumb-forum">3D printing</a></p></div>
<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">This topic has {len(p.comments)} replies, {len({c.author for c in p.comments})} voices, and was last updated by <a href="/forums/users/{_slug(p.comments[-1].author)}/" class="bbp-author-link"><span class="bbp-author-name">{e(p.comments[-1].author)}</span></a>.</li></ul></div>
<ul id="topic-5120-replies" class="forums bbp-replies">
<li class="bbp-header"><div class="bbp-reply-author">Author</div><div class="bbp-reply-content">Posts</div></li>
<li class="bbp-body">
{post(0, first_post(p), "Participant")}
{threads}
</li>
<li class="bbp-footer"><div class="bbp-reply-author">Author</div><div class="bbp-reply-content">Posts</div></li>
</ul>
<div id="no-reply-5120" class="bbp-no-reply"><div class="bbp-template-notice"><ul><li>You must be logged in to reply to this topic.</li></ul></div></div>
</div></div></article>
{related(p)}
</main></div>
<aside id="secondary" class="widget-area"><section id="bbp_replies_widget-2" class="widget widget_display_replies"><h2 class="widget-title">Recent Replies</h2><ul class="bbp-replies-widget">{recent}</ul></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_mwtalk(p: Page) -> str:
    """MediaWiki talk page: posts are paragraphs / dd ending in a signature; depth only by nested dl/dd."""

    def sig(c: C) -> str:
        return f' --<a href="/wiki/Benutzer:{e(c.author.replace(" ", "_"))}" title="Benutzer:{e(c.author)}">{e(c.author)}</a> (<a href="/wiki/Benutzer_Diskussion:{e(c.author.replace(" ", "_"))}" title="Benutzer Diskussion:{e(c.author)}">Diskussion</a>) {e(c.shown)}'

    def item(i: int, sub: str) -> str:
        return f"<dd>{e(p.comments[i].text)}{sig(p.comments[i])}{sub}</dd>"

    # ':' answers to the opening post share one dl; each deeper level is a dl inside its parent's dd.
    top = "<dl>" + tree(p, item, lambda s: f"<dl>{s}</dl>") + "</dl>"
    first = first_post(p)
    body = f"""<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<div id="siteNotice"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">{e(p.title)}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Aus {e(p.site)}</div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="de" dir="ltr"><div class="mw-parser-output">
<table class="wikitable tmbox"><tbody><tr><td>Dies ist die Diskussionsseite zum Artikel <a href="/wiki/Lindenallee">Fahrradstraße Lindenallee</a>. Bitte unterschreibe deine Beiträge mit <code>--~~~~</code>.</td></tr></tbody></table>
<div id="toc" class="toc"><div class="toctitle"><h2 id="mw-toc-heading">Inhaltsverzeichnis</h2></div><ul><li class="toclevel-1 tocsection-1"><a href="#Datum_der_Einrichtung"><span class="tocnumber">1</span> <span class="toctext">Datum der Einrichtung</span></a></li></ul></div>
<h2><span class="mw-headline" id="Datum_der_Einrichtung">Datum der Einrichtung</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Diskussion:Fahrradstra%C3%9Fe_Lindenallee&amp;action=edit&amp;section=1" title="Abschnitt bearbeiten: Datum der Einrichtung">Quelltext bearbeiten</a><span class="mw-editsection-bracket">]</span></span></h2>
{"".join(f"<p>{e(part)}</p>" for part in p.article.split(chr(10) * 2)[:-1])}
<p>{e(p.article.split(chr(10) * 2)[-1])}{sig(first)}</p>
{top}
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Kategorie:Kategorien">Kategorie</a>: <ul><li><a href="/wiki/Kategorie:Verkehr">Verkehr</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigationsmenü</h2>
<div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label">Meine Werkzeuge</h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Spezial:Anmelden">Anmelden</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list"><li id="ca-nstab-main"><a href="/wiki/Lindenallee">Artikel</a></li><li id="ca-talk" class="selected"><a href="/wiki/Diskussion:Lindenallee">Diskussion</a></li></ul></nav></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Hauptseite" title="Hauptseite"></a></div>
<nav id="p-navigation" class="vector-menu portal"><h3>Navigation</h3><ul><li><a href="/wiki/Hauptseite">Hauptseite</a></li><li><a href="/wiki/Spezial:Letzte_%C3%84nderungen">Letzte Änderungen</a></li></ul></nav>
<nav id="p-related" class="vector-menu portal"><h3>Siehe auch</h3><ul>{"".join(f'<li><a href="/wiki/{_slug(t)}">{e(t)}</a></li>' for t in p.related)}</ul></nav></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 4. März 2025 um 08:50 Uhr bearbeitet.</li><li id="footer-info-copyright">Der Inhalt ist verfügbar unter der Lizenz Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen.</li></ul></div>"""
    return shell(p, body)


def r_bitrix(p: Page) -> str:
    """1C-Bitrix forum.topic.reviews: one table.reviews-post-table#messageN per comment, flat; quotes 'Name пишет:'."""
    posts = []
    for i, c in enumerate(p.comments):
        mid = 30417 + i
        quote = ""
        if c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<table class="forum-quote"><thead><tr><th>Цитата</th></tr></thead><tbody><tr><td>{e(q.author)} пишет:<br>{e(q.text)}</td></tr></tbody></table>'
        posts.append(f"""<table cellspacing="0" border="0" class="reviews-post-table {"reviews-post-first " if i == 0 else ""}{"reviews-post-odd" if i % 2 == 0 else "reviews-post-even"}" id="message{mid}">
<thead><tr><td><div class="review-author"><a name="message{mid}"></a><b>{e(c.author)}</b></div><div class="review-date">{e(c.shown)}</div></td></tr></thead>
<tbody><tr><td><div class="reviews-text" id="message_text_{mid}">{quote}{e(c.text)}</div></td></tr></tbody>
<tfoot><tr><td><div class="review-actions"><span class="review-actions-reply"><a href="#review_anchor" onmousedown="reviewsReplyUser('{e(c.author)}')">Ответить</a></span> <span class="review-actions-quote"><a href="#review_anchor" onmousedown="reviewsQuote('message_text_{mid}')">Цитировать</a></span></div></td></tr></tfoot>
</table>""")
    body = f"""<div id="panel"></div>
<header class="header"><div class="header__logo"><a href="/">{e(p.site)}</a></div>{nav(p, "header__menu")}</header>
<div class="workarea"><div class="workarea__content">
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a></div>
<h1>{e(p.title)}</h1>
<div class="news-detail">
<span class="news-date-time">{e(p.date_shown)}</span>
<img class="detail_picture" border="0" src="/upload/iblock/3f2/kotelnaya.jpg" width="800" height="450" alt="{e(p.title)}" title="{e(p.title)}">
{brs(p.article)}
<div style="clear:both"></div><br>
<div class="news-detail-author">Автор: {e(p.byline)}</div>
<div class="news-detail-share"><div class="news-detail-share-title">Поделиться:</div><a href="#" class="share-vk">ВКонтакте</a> <a href="#" class="share-ok">Одноклассники</a></div>
</div>
<div class="reviews-block-container reviews-reviews-block-container">
<div class="reviews-header-box"><div class="reviews-header-title"><span>Комментарии ({len(p.comments)})</span></div></div>
<div class="reviews-block-outer"><div class="reviews-block-inner">
{chr(10).join(posts)}
</div></div>
<div class="reviews-navigation-box reviews-navigation-bottom"><div class="reviews-page-navigation"></div></div>
</div>
<a name="review_anchor"></a>
<div class="reviews-reply-form"><form name="REPLIER" id="REPLIER" action="/news/detail.php" method="POST">
<div class="reviews-reply-header"><span>Оставить комментарий</span></div>
<div class="reviews-reply-fields"><div class="reviews-reply-field-user"><div class="reviews-reply-field reviews-reply-field-author"><label for="REVIEW_AUTHOR">Ваше имя<span class="reviews-required-field">*</span></label><span><input name="REVIEW_AUTHOR" id="REVIEW_AUTHOR" size="30" type="text" value=""></span></div>
<div class="reviews-reply-field reviews-reply-field-email"><label for="REVIEW_EMAIL">Ваш E-mail</label><span><input type="text" name="REVIEW_EMAIL" id="REVIEW_EMAIL" size="30" value=""></span></div></div>
<div class="reviews-reply-field reviews-reply-field-captcha"><label for="captcha_word">Введите слово на картинке<span class="reviews-required-field">*</span></label><input type="text" size="30" name="captcha_word" id="captcha_word" autocomplete="off"><img src="/bitrix/tools/captcha.php?captcha_code=0f3e" alt="Защита от автоматических сообщений"></div>
<div class="reviews-reply-field reviews-reply-field-text"><textarea name="REVIEW_TEXT" id="REVIEW_TEXT"></textarea></div>
<div class="reviews-reply-buttons"><input name="send_button" type="submit" value="Отправить"></div></div>
</form></div>
</div>
<aside class="workarea__sidebar"><div class="sidebar-news"><h3>{e(LABELS["ru"]["related"])}</h3><ul>{"".join(f'<li><a href="/news/{880 + k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></aside>
</div>
<footer class="footer"><p>© 2026 {e(p.site)}. {e(LABELS["ru"]["footer"])}. Сайт работает на «1С-Битрикс: Управление сайтом»</p></footer>"""
    return shell(p, body)


def r_komento(p: Page) -> str:
    """Joomla Komento: a flat ul.kmt-list; depth only in kmt-child-N and margin-left; 'En respuesta a Nombre'."""
    items = []
    for i, c in enumerate(p.comments):
        kid = 618 + i
        d = depth(p, i)
        reply_to = (
            f'<span class="kmt-inreplyto">En respuesta a <a href="#kmt-{618 + c.parent}">{e(p.comments[c.parent].author)}</a></span>'
            if c.parent is not None
            else ""
        )
        items.append(f"""<li id="kmt-{kid}" class="kmt-item kmt-comment-item-public kmt-child-{d}{" kmt-is-author" if c.author == p.byline else ""}" data-id="{kid}" data-parentid="kmt-{0 if c.parent is None else 618 + c.parent}" style="margin-left: {30 * d}px !important">
<div class="kmt-wrap">
<div class="kmt-avatar"><a href="#"><img src="/components/com_komento/themes/kuro/images/placeholder-avatar.png" alt="{e(c.author)}" class="avatar"></a></div>
<div class="kmt-content">
<div class="kmt-head"><h3 class="kmt-author"><span>{e(c.author)}</span></h3> {reply_to} <span class="kmt-time"><time datetime="{c.when}">{e(c.shown)}</time></span> <a class="kmt-permalink" href="#kmt-{kid}">#{i + 1}</a></div>
<div class="kmt-body"><div class="kmt-text">{e(c.text)}</div></div>
<div class="kmt-control"><span class="kmt-like-wrap"><a class="kmt-like" href="javascript:void(0);">Me gusta</a> <span class="kmt-like-counter">{_score(i) % 5}</span></span> <span class="kmt-reply-wrap"><a class="kmt-reply" href="javascript:void(0);">Responder</a></span> <span class="kmt-report-wrap"><a class="kmt-report" href="javascript:void(0);">Informar</a></span></div>
</div></div></li>""")
    recent = "".join(
        f'<li class="mod-komento-item"><div class="mod-komento-author">{e(who)}</div><div class="mod-komento-title">en <a href="/rutas/{k + 40}">{e(post)}</a></div><div class="mod-komento-text">¡Preciosa ruta, gracias por las indicaciones!</div></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{e(p.site)}">{e(p.site)}</span></a></div></div>
<div class="grid-child container-nav">{nav(p, "mod-menu mod-list nav")}</div></header>
<div class="site-grid"><main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">{e(p.title)}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Detalles</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Escrito por: <span itemprop="name">{e(p.byline)}</span></dd><dd class="published"><time datetime="{p.when}+02:00" itemprop="datePublished">Publicado: {e(p.date_shown)}</time></dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
{paras(p.article)}
</div></div>
<div id="section-kmt" class="theme-kuro">
<div class="kmt-list-wrap">
<div class="kmt-list-header"><h3 class="kmt-title">Comentarios <span class="kmt-count">({len(p.comments)})</span></h3><div class="kmt-sort"><a href="#" class="kmt-sort-oldest">Más antiguos</a> <a href="#" class="kmt-sort-latest">Más recientes</a></div></div>
<ul class="kmt-list reset-child">
{chr(10).join(items)}
</ul></div>
<div class="kmt-form-section"><h3 class="kmt-form-title">Escribe un comentario</h3><form class="kmt-form"><div class="kmt-form-name"><label for="register-name">Nombre</label><input id="register-name" type="text" name="name"></div><div class="kmt-form-email"><label for="register-email">Correo electrónico</label><input id="register-email" type="text" name="email"></div><textarea id="commentInput" name="comment"></textarea><button type="submit" class="kmt-btn-submit">Enviar</button></form></div>
</div>
<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/r/0" rel="prev">{e(p.related[0])}</a> <a class="btn btn-sm btn-secondary next" href="/r/1" rel="next">{e(p.related[1])}</a></span></nav>
</main>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Comentarios recientes</h3><div class="card-body"><div id="mod-komento" class="mod-komento"><ul class="mod-komento-list">{recent}</ul></div></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2026 {e(p.site)}</p></div></footer>"""
    return shell(p, body)


def r_dotclear(p: Page) -> str:
    """Dotclear default theme: a flat dl; dt#cN 'Le ..., HH:MM par Name' then the text in a dd; '@Name :' replies."""
    entries = []
    for i, c in enumerate(p.comments):
        me = " me" if c.author == p.byline else ""
        entries.append(
            f'<dt id="c{731 + i}" class="{"odd" if i % 2 == 0 else "even"}{me}{" first" if i == 0 else ""}"><a href="#c{731 + i}" class="comment-number">{i + 1}.</a> {e(c.shown)} par <a href="https://{_slug(c.author) or "auteur"}.example/" rel="nofollow ugc">{e(c.author)}</a></dt>\n'
            f'<dd class="{"odd" if i % 2 == 0 else "even"}{me}{" first" if i == 0 else ""}"><!-- # --><p>{e(c.text)}</p></dd>'
        )
    last = "".join(
        f'<li class="lastcomments-item"><a href="/post/old-{k}#c{600 + k}">{e(who)} - {e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="page">
<div id="top" role="banner"><h1><span><a href="/">{e(p.site)}</a></span></h1><p id="blogdesc">Un jardin de ville, des légumes et beaucoup d'essais.</p></div>
<p id="prelude" role="navigation"><a href="#main">Aller au contenu</a> | <a href="#blognav">Aller au menu</a> | <a href="#search">Aller à la recherche</a></p>
<div id="wrapper"><div id="main" role="main"><div id="content">
<p id="navlinks"><a href="/post/r0" class="prev">« {e(p.related[0])}</a> <span>-</span> <a href="/post/r1" class="next">{e(p.related[1])} »</a></p>
<div id="p1204" class="post" lang="fr" role="article">
<h2 class="post-title">{e(p.title)}</h2>
<p class="post-info">Par {e(p.byline)}, {e(p.date_shown)}, 09:00 - <a href="/category/Semis">Semis</a></p>
<div class="post-content">{paras(p.article)}</div>
<div class="post-tags"><ul><li><a href="/tag/poivrons">poivrons</a></li><li><a href="/tag/semis">semis</a></li></ul></div>
</div>
<div id="comments"><h3>Commentaires</h3>
<dl>
{chr(10).join(entries)}
</dl></div>
<div id="ping-url"><h3>Rétroliens</h3><p>URL de rétrolien : <code>https://carnets-potager.example/trackback/1204</code></p></div>
<form action="/post/semis-poivrons#pr" method="post" id="comment-form" role="form"><h3>Ajouter un commentaire</h3>
<fieldset><p class="field"><label for="c_name">Nom ou pseudo (obligatoire)&nbsp;:</label><input name="c_name" id="c_name" type="text" size="30" maxlength="255" value=""></p>
<p class="field"><label for="c_mail">Adresse email (obligatoire)&nbsp;:</label><input name="c_mail" id="c_mail" type="text" size="30" maxlength="255" value=""></p>
<p class="field"><label for="c_site">Site web&nbsp;:</label><input name="c_site" id="c_site" type="text" size="30" maxlength="255" value=""></p>
<p class="field"><label for="c_content">Commentaire&nbsp;:</label><textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p></fieldset>
<fieldset><p class="buttons"><input type="submit" class="preview" name="preview" value="prévisualiser"></p></fieldset></form>
</div></div>
<div id="sidebar" role="complementary"><div id="blognav">
<div class="widget lastcomments"><h2>Derniers commentaires</h2><ul>{last}</ul></div>
<div class="widget categories"><h2>Catégories</h2><ul><li><a href="/category/Semis">Semis</a></li><li><a href="/category/Récoltes">Récoltes</a></li></ul></div>
</div></div></div>
<div id="footer" role="contentinfo"><p>Propulsé par <a href="https://dotclear.example/">Dotclear</a></p></div>
</div>"""
    return shell(p, body)


def r_artalk(p: Page) -> str:
    """Artalk saved inline: nested div.atk-comment-wrap; '@name' in atk-reply-at on replies; browser and OS chips."""
    uas = [
        ("Chrome 126", "Windows 10"),
        ("Safari 17", "iOS 17.5"),
        ("Firefox 128", "Linux"),
        ("Edge 126", "macOS"),
    ]

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 1200 + i
        badge = (
            f'<span class="atk-badge-wrap"><span class="atk-badge" style="background: #0083ff;">{e(c.extra)}</span></span>'
            if c.extra
            else ""
        )
        at = (
            f'<div class="atk-reply-at"><span class="atk-arrow"></span><span class="atk-nick">@{e(p.comments[c.parent].author)}</span></div>'
            if c.parent is not None
            else ""
        )
        children = f'<div class="atk-comment-children">{sub}</div>' if sub else ""
        browser, system = uas[i % 4]
        return f"""<div class="atk-comment-wrap" data-comment-id="{cid}">
<div class="atk-comment atk-comment-normal">
<div class="atk-avatar"><img src="https://cravatar.example/avatar/{cid}?d=mp&amp;s=80" alt=""></div>
<div class="atk-main">
<div class="atk-header"><span class="atk-item atk-nick"><a target="_blank" rel="noreferrer noopener nofollow" href="#">{e(c.author)}</a></span>{badge}</div>
<div class="atk-sub"><span class="atk-date" data-atk-comment-date="{c.when}">{e(c.shown)}</span><span class="atk-ua ua-browser">{browser}</span><span class="atk-ua ua-os">{system}</span></div>
<div class="atk-body">{at}<div class="atk-content"><p>{e(c.text)}</p></div></div>
<div class="atk-footer"><div class="atk-actions"><span class="atk-common-action-btn">赞 ({_score(i) % 6})</span><span class="atk-common-action-btn">回复</span></div></div>
</div></div>
{children}
</div>"""

    threads = tree(p, item, lambda s: s)
    latest = "".join(
        f'<div class="atk-sidebar-item"><span class="atk-nick">{e(who)}</span> 评论了 <a href="/posts/{k + 30}/">{e(post)}</a><div class="atk-sidebar-text">写得真好，我也想试试。</div></div>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header"><div class="header-inner"><a class="logo" href="/">{e(p.site)}</a><nav class="menu"><a href="/posts/">文章</a><a href="/tags/">标签</a><a href="/about/">关于</a></nav></div></header>
<main class="main"><div class="container">
<article class="post-single">
<header class="post-header"><h1 class="post-title">{e(p.title)}</h1><div class="post-meta"><span title="{p.when}+08:00">{e(p.date_shown)}</span>&nbsp;·&nbsp;3 分钟&nbsp;·&nbsp;{e(p.byline)}</div></header>
<div class="post-content">{paras(p.article)}</div>
<footer class="post-footer"><nav class="paginav"><a class="prev" href="/r/0"><span class="title">« 上一页</span><br><span>{e(p.related[0])}</span></a><a class="next" href="/r/1"><span class="title">下一页 »</span><br><span>{e(p.related[1])}</span></a></nav></footer>
</article>
<div id="Comments" class="artalk atk-theme-light">
<div class="atk-main-editor"><div class="atk-header"><input name="name" class="atk-name" type="text" placeholder="昵称"><input name="email" class="atk-email" type="text" placeholder="邮箱"><input name="link" class="atk-link" type="text" placeholder="网址 (https://)"></div><div class="atk-textarea-wrap"><textarea class="atk-textarea" placeholder="来啊，快活啊 ( ゜- ゜)"></textarea></div><div class="atk-bottom"><button type="button" class="atk-send-btn">发送评论</button></div></div>
<div class="atk-list"><div class="atk-list-header"><div class="atk-comment-count"><div class="atk-text"><span class="atk-comment-count-num">{len(p.comments)}</span> 条评论</div></div><div class="atk-right-action"><span data-action="admin-close-comment">关闭评论</span></div></div>
<div class="atk-list-body">
{threads}
</div>
<div class="atk-list-footer"><div class="atk-copyright">Powered By <a href="https://artalk.example" target="_blank" title="Artalk v2.8.6">Artalk</a></div></div></div>
</div>
</div>
<aside class="sidebar"><div class="widget atk-latest"><h3>最新评论</h3>{latest}</div></aside>
</main>
<footer class="footer"><span>© 2026 <a href="/">{e(p.site)}</a></span> · <span>Powered by <a href="https://gohugo.example/" rel="noopener noreferrer" target="_blank">Hugo</a></span></footer>"""
    return shell(p, body)


def r_viafoura_script(p: Page) -> str:
    """A city paper whose comments Viafoura's script loads: it shows 'N Comments' and holds none."""
    n = p.announced
    quotes = ["Finally some good news for the east end.", "The plows never reach our street before noon."]
    saying = "".join(
        f'<li class="readers-saying__item"><blockquote class="readers-saying__quote">{e(quotes[k % 2])}</blockquote><span class="readers-saying__name">{e(who)}</span> on <a href="/news/local/{8100 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/">{e(p.site)}</a><a class="site-header__subscribe" href="/subscribe">Subscribe</a></div>{nav(p, "site-header__nav")}</header>
<main class="article-page"><div class="article-page__grid">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article__section"><a href="/news/local">Local News</a></div>
<h1 class="article__headline" itemprop="headline">{e(p.title)}</h1>
<div class="article__byline"><span class="article__author" itemprop="author">By {e(p.byline)}</span> <time class="article__date" datetime="{p.when}-04:00" itemprop="datePublished">{e(p.date_shown)}</time> <a class="article__comment-count" href="#comments"><span class="comment-count">{n} Comments</span></a></div>
<div class="article__body" itemprop="articleBody">
{paras(p.article)}
</div>
<div class="article__share"><button class="share-btn">Share</button> <button class="share-btn">Email</button></div>
</article>
<section class="comments" id="comments"><h2 class="comments__title">Conversation ({n} Comments)</h2>
<p class="comments__guidelines">Comments are moderated. Please read our <a href="/community-guidelines">community guidelines</a>.</p>
<div class="viafoura"><vf-conversations></vf-conversations></div>
<script async src="//cdn.viafoura.example/entry/index.js"></script>
<noscript>Please enable JavaScript to join the conversation.</noscript>
</section>
<section class="related-stories"><h2>Related stories</h2><ul>{"".join(f'<li><a href="/news/local/{7000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</div>
<aside class="article-page__rail"><section class="readers-saying"><h3 class="readers-saying__title">What readers are saying</h3><ul class="readers-saying__list">{saying}</ul></section>
<section class="most-read"><h3>Most read</h3><ol><li><a href="/news/m1">Road work on Bridge Street begins Monday</a></li><li><a href="/news/m2">High school team wins regional final</a></li></ol></section></aside>
</main>
<footer class="site-footer"><p>© 2026 {e(p.site)}. {e(LABELS["en"]["footer"])}.</p></footer>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batches 11 and 12


def _sidebar_list(p: Page, title: str, text: str, cls: str = "latest-comments") -> str:
    """A sidebar box quoting comments on other posts: chrome that must not become comments."""
    items = "".join(
        f'<li><span class="{cls}__name">{e(who)}</span> <a href="/p/{300 + k}">{e(post)}</a><p class="{cls}__text">{e(text)}</p></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    return f'<section class="{cls}"><h3>{e(title)}</h3><ul>{items}</ul></section>'


def r_youtube(p: Page) -> str:
    """YouTube watch page: custom elements only; relative times; replies in ytd-comment-replies-renderer."""

    def view(i: int) -> str:
        c = p.comments[i]
        pin = (
            f'<ytd-pinned-comment-badge-renderer id="pinned-comment-badge" class="style-scope ytd-comment-view-model"><span id="label" class="style-scope ytd-pinned-comment-badge-renderer">{e(c.extra)}</span></ytd-pinned-comment-badge-renderer>'
            if c.extra
            else ""
        )
        return f"""<ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer" is-reply="{str(c.parent is not None).lower()}">
<div id="author-thumbnail" class="style-scope ytd-comment-view-model"><a href="/{e(c.author)}"><yt-img-shadow class="style-scope ytd-comment-view-model"><img id="img" alt="" src="https://yt3.example/a{i}.jpg" width="40"></yt-img-shadow></a></div>
<div id="main" class="style-scope ytd-comment-view-model">
<div id="header" class="style-scope ytd-comment-view-model"><div id="pinned-comment-badge">{pin}</div><div id="header-author" class="style-scope ytd-comment-view-model"><h3 class="style-scope ytd-comment-view-model"><a id="author-text" class="yt-simple-endpoint style-scope ytd-comment-view-model" href="/{e(c.author)}"><span class="style-scope ytd-comment-view-model">{e(c.author)}</span></a></h3><span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint" href="/watch?v=q7Lw2Xb&amp;lc=Ugx{i}">{e(c.shown)}</a></span></div></div>
<div id="expander" class="style-scope ytd-comment-view-model"><div id="content" class="style-scope ytd-expander"><yt-attributed-string id="content-text" slot="content" class="style-scope ytd-comment-view-model"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">{e(c.text)}</span></yt-attributed-string></div><tp-yt-paper-button id="more" class="style-scope ytd-expander"><span class="more-button">Read more</span></tp-yt-paper-button></div>
<ytd-comment-engagement-bar id="action-buttons" class="style-scope ytd-comment-view-model"><div id="toolbar" class="style-scope ytd-comment-engagement-bar"><ytd-toggle-button-renderer id="like-button"><button aria-label="Like this comment">Like</button></ytd-toggle-button-renderer><span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar" aria-label="{_score(i) + 4} likes">{_score(i) + 4}</span><ytd-toggle-button-renderer id="dislike-button"><button aria-label="Dislike this comment">Dislike</button></ytd-toggle-button-renderer><ytd-button-renderer id="reply-button-end"><button aria-label="Reply">Reply</button></ytd-button-renderer></div></ytd-comment-engagement-bar>
</div></ytd-comment-view-model>"""

    kids = children_of(p)
    threads = []
    for i in kids.get(None, []):
        replies = "".join(view(j) for j in dfs_order(p) if j != i and _root_of(p, j) == i)
        more = (
            f'<ytd-comment-replies-renderer class="style-scope ytd-comment-thread-renderer"><div id="expander"><ytd-button-renderer id="less-replies"><button>{len([j for j in range(len(p.comments)) if j != i and _root_of(p, j) == i])} replies</button></ytd-button-renderer><div id="expanded-threads" class="style-scope ytd-comment-replies-renderer">{replies}</div></div></ytd-comment-replies-renderer>'
            if replies
            else ""
        )
        threads.append(
            f'<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer" use-small-avatars>\n{view(i)}\n<div id="replies" class="style-scope ytd-comment-thread-renderer">{more}</div></ytd-comment-thread-renderer>'
        )
    upnext = "".join(
        f'<ytd-compact-video-renderer class="style-scope ytd-watch-next-secondary-results-renderer"><a id="thumbnail" href="/watch?v=n{k}"></a><h3><span id="video-title" class="style-scope ytd-compact-video-renderer">{e(t)}</span></h3><ytd-channel-name><yt-formatted-string>{e(p.byline)}</yt-formatted-string></ytd-channel-name><span class="inline-metadata-item">48K views</span></ytd-compact-video-renderer>'
        for k, t in enumerate(p.related)
    )
    body = f"""<ytd-app><div id="content" class="style-scope ytd-app">
<ytd-masthead id="masthead"><div id="start"><a id="logo" href="/" title="YouTube Home"><span class="ytd-logo">YouTube</span></a></div><div id="center"><input id="search" placeholder="Search"></div></ytd-masthead>
<ytd-page-manager id="page-manager"><ytd-watch-flexy class="style-scope ytd-page-manager" video-id="q7Lw2Xb">
<div id="columns" class="style-scope ytd-watch-flexy"><div id="primary" class="style-scope ytd-watch-flexy"><div id="primary-inner">
<div id="player" class="style-scope ytd-watch-flexy"><div class="html5-video-player"><video class="video-stream html5-main-video" src="blob:https://www.youtube.example/1"></video></div></div>
<div id="below"><ytd-watch-metadata class="watch-active-metadata style-scope ytd-watch-flexy">
<div id="title" class="style-scope ytd-watch-metadata"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string class="style-scope ytd-watch-metadata">{e(p.title)}</yt-formatted-string></h1></div>
<div id="top-row" class="style-scope ytd-watch-metadata"><div id="owner"><ytd-video-owner-renderer><a href="/@WorkbenchWendy"><yt-formatted-string id="text" class="style-scope ytd-channel-name">{e(p.byline)}</yt-formatted-string></a><yt-formatted-string id="owner-sub-count">212K subscribers</yt-formatted-string></ytd-video-owner-renderer><button class="subscribe">Subscribe</button></div><div id="actions"><button>Like 9.1K</button> <button>Share</button> <button>Save</button></div></div>
<div id="description" class="item style-scope ytd-watch-metadata"><div id="description-inner"><div id="info-container"><yt-formatted-string id="info"><span>310K views</span> <span>{e(p.date_shown)}</span></yt-formatted-string></div>
<ytd-text-inline-expander id="description-inline-expander" class="style-scope ytd-watch-metadata"><yt-attributed-string class="style-scope ytd-text-inline-expander"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap">{brs(p.article)}</span></yt-attributed-string><tp-yt-paper-button id="collapse">Show less</tp-yt-paper-button></ytd-text-inline-expander></div></div>
</ytd-watch-metadata></div>
<ytd-comments id="comments" class="style-scope ytd-watch-flexy"><ytd-item-section-renderer id="sections" class="style-scope ytd-comments">
<div id="header"><ytd-comments-header-renderer><h2 id="title"><yt-formatted-string id="count"><span>{len(p.comments) + 37}</span><span> Comments</span></yt-formatted-string></h2><div id="sort-menu">Sort by</div><div id="simple-box"><div id="placeholder-area">Add a comment…</div></div></ytd-comments-header-renderer></div>
<div id="contents" class="style-scope ytd-item-section-renderer">
{chr(10).join(threads)}
<ytd-continuation-item-renderer><button>Show more</button></ytd-continuation-item-renderer>
</div></ytd-item-section-renderer></ytd-comments>
</div></div>
<div id="secondary" class="style-scope ytd-watch-flexy"><ytd-watch-next-secondary-results-renderer><div id="items">{upnext}</div></ytd-watch-next-secondary-results-renderer></div>
</div></ytd-watch-flexy></ytd-page-manager></div></ytd-app>"""
    return shell(p, body)


def r_commentics(p: Page) -> str:
    """Commentics: cmtx_comment_box blocks with ids; replies in cmtx_reply_section; 'Name (required)' form."""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        badge = f'<span class="cmtx_name_admin">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class="cmtx_comment_box cmtx_clear" id="cmtx_comment_{411 + i}" data-cmtx-comment-id="{411 + i}">
<div class="cmtx_avatar_area"><img src="/comments/frontend/view/default/image/misc/avatar.png" class="cmtx_avatar" alt="Avatar"></div>
<div class="cmtx_content_area">
<div class="cmtx_user_and_rating_area"><div class="cmtx_user_area"><span class="cmtx_name"><span class="cmtx_name_text">{e(c.author)}</span></span>{badge}</div></div>
<div class="cmtx_date_area"><time class="cmtx_date" datetime="{c.when}">{e(c.shown)}</time></div>
<div class="cmtx_comment_area">{e(c.text)}</div>
<div class="cmtx_action_area"><div class="cmtx_action_links"><span class="cmtx_like"><a href="#" class="cmtx_vote_link cmtx_like_link" title="Like"><span class="cmtx_vote_count">{_score(i) % 6}</span></a></span> <span class="cmtx_dislike"><a href="#" class="cmtx_vote_link cmtx_dislike_link" title="Dislike"><span class="cmtx_vote_count">{i % 2}</span></a></span> <span class="cmtx_share"><a href="#" title="Share">Share</a></span> <span class="cmtx_flag"><a href="#" title="Report">Report</a></span> <span class="cmtx_reply"><a href="#" class="cmtx_reply_link">Reply</a></span></div></div>
</div>
<div class="cmtx_reply_section">{replies}</div>
</div>"""

    comments = tree(p, item, lambda s: s)
    body = f"""<div id="wrapper"><div id="top"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "topnav")}</div>
<div id="page"><div id="left">
<h1>{e(p.title)}</h1><p class="postinfo">Posted by {e(p.byline)} on {e(p.date_shown)}</p>
<div class="story">
{paras(p.article)}
</div>
<div id="cmtx_container" class="cmtx_container cmtx_clear">
<h2 class="cmtx_comments_heading">Comments ({len(p.comments)})</h2>
<div class="cmtx_rating_area"><span class="cmtx_average_rating">Average rating: 4.2 (9 votes)</span></div>
<section class="cmtx_comments_section">
<div class="cmtx_sort_area"><select class="cmtx_sort"><option>Newest</option><option>Oldest</option><option>Top rated</option></select></div>
<div class="cmtx_comments_container">
{comments}
</div></section>
<section class="cmtx_form_section"><h3 class="cmtx_form_heading">Add Comment</h3>
<form id="cmtx_form" class="cmtx_form"><div class="cmtx_comment_container"><textarea name="cmtx_comment" id="cmtx_comment" placeholder="Enter comment"></textarea></div>
<div class="cmtx_name_row"><label for="cmtx_name">Name (required)</label><input type="text" name="cmtx_name" id="cmtx_name" class="cmtx_name_field"></div>
<div class="cmtx_email_row"><label for="cmtx_email">Email (required)</label><input type="email" name="cmtx_email" id="cmtx_email" class="cmtx_email_field"></div>
<div class="cmtx_town_row"><label for="cmtx_town">Town</label><input type="text" name="cmtx_town" id="cmtx_town"></div>
<div class="cmtx_rating_row"><span class="cmtx_rating_label">Rating</span><span class="cmtx_rating_block">☆☆☆☆☆</span></div>
<input type="submit" id="cmtx_submit_button" class="cmtx_button cmtx_button_primary" value="Add Comment"></form>
<div class="cmtx_powered_by">Powered by Commentics</div></section>
</div>
</div>
<div id="right">{_sidebar_list(p, "Latest comments", "Thanks for organising this, see you on Saturday.")}<div class="box"><h3>Notices</h3><ul>{"".join(f'<li><a href="/n/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div>
<div id="footer">© 2026 {e(p.site)}</div></div>"""
    return shell(p, body)


def r_contao(p: Page) -> str:
    """Contao comments: div.comment_default#cN with 'Kommentar von Name | date' glued in p.info; the site's answer in div.reply."""
    blocks = []
    tops = [i for i, c in enumerate(p.comments) if c.parent is None]
    for n, i in enumerate(tops):
        c = p.comments[i]
        answers = [j for j, r in enumerate(p.comments) if r.parent == i]
        reply = "".join(
            f'<div class="reply"><p class="info">Antwort von {e(p.comments[j].author)} | <time datetime="{p.comments[j].when}">{e(p.comments[j].shown)}</time></p><div class="comment"><p>{e(p.comments[j].text)}</p></div></div>'
            for j in answers
        )
        cls = (
            ("odd" if n % 2 == 0 else "even")
            + (" first" if n == 0 else "")
            + (" last" if n == len(tops) - 1 else "")
        )
        blocks.append(f"""<div class="comment_default {cls}" id="c{57 + i}">
<p class="info">Kommentar von {e(c.author)} | <time datetime="{c.when}" class="date">{e(c.shown)}</time></p>
<div class="comment"><p>{e(c.text)}</p></div>
{reply}
</div>""")
    body = f"""<div id="wrapper"><header id="header"><div class="inside"><div class="mod_logo"><a href="/">{e(p.site)}</a></div><nav class="mod_navigation block"><ul class="level_1">{"".join(f'<li><a href="/{k}.html">{e(x)}</a></li>' for k, x in enumerate(LABELS["de"]["nav"]))}</ul></nav></div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_newsreader block">
<div class="layout_full block">
<h1>{e(p.title)}</h1>
<p class="info"><time datetime="{p.when}">{e(p.date_shown)}</time> von {e(p.byline)}</p>
<div class="ce_text block">
{paras(p.article)}
</div>
</div>
<p class="back"><a href="/aktuelles.html" title="Zurück">Zurück</a></p>
<div class="ce_comments block">
<h2>Kommentare</h2>
{chr(10).join(blocks)}
<div class="form"><h2>Kommentar schreiben</h2><form action="#" id="com_tl_news_{44}" method="post"><div class="formbody">
<div class="widget widget-text mandatory"><label for="ctrl_name">Name<span class="mandatory">*</span></label><input type="text" name="name" id="ctrl_name" required></div>
<div class="widget widget-text mandatory"><label for="ctrl_email">E-Mail (wird nicht veröffentlicht)<span class="mandatory">*</span></label><input type="email" name="email" id="ctrl_email" required></div>
<div class="widget widget-text"><label for="ctrl_website">Website</label><input type="url" name="website" id="ctrl_website"></div>
<div class="widget widget-textarea mandatory"><label for="ctrl_comment">Kommentar<span class="mandatory">*</span></label><textarea name="comment" id="ctrl_comment"></textarea></div>
<div class="widget widget-submit"><button type="submit" class="submit">Kommentar absenden</button></div>
</div></form></div>
</div>
</div>
</div></main>
<aside id="right"><div class="inside"><div class="mod_newslist block"><h2>Weitere Meldungen</h2>{"".join(f'<div class="layout_simple arc_1 block"><a href="/aktuelles/{k}.html">{e(t)}</a></div>' for k, t in enumerate(p.related))}</div></div></aside></div>
<footer id="footer"><div class="inside"><p>© 2026 {e(p.site)} · <a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></p></div></footer></div>"""
    return shell(p, body)


def r_tickets(p: Page) -> str:
    """MODX Tickets: li.ticket-comment#comment-N, header with author, time, rating; replies in ol.comments-list."""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        mark = ' <span class="ticket-comment-author-mark">автор</span>' if c.author == p.byline else ""
        return f"""<li class="ticket-comment{" ticket-comment-author" if c.author == p.byline else ""}" id="comment-{1804 + i}" data-parent="{0 if c.parent is None else 1804 + c.parent}" data-newparent="0">
<div class="ticket-comment-body">
<div class="ticket-comment-header"><div class="ticket-comment-dot-wrapper"><div class="ticket-comment-dot"></div></div>
<img src="/assets/components/tickets/img/avatar.png" class="ticket-avatar" alt="">
<span class="ticket-comment-author">{e(c.author)}</span>{mark}
<span class="ticket-comment-createdon">{e(c.shown)}</span>
<span class="ticket-comment-link"><a href="#comment-{1804 + i}">#</a></span>
<span class="ticket-comment-rating"><span class="rating">+{_score(i) % 5}</span> <span class="vote plus" title="Нравится"><i class="glyphicon glyphicon-arrow-up"></i></span> <span class="vote minus" title="Не нравится"><i class="glyphicon glyphicon-arrow-down"></i></span></span>
</div>
<div class="ticket-comment-text">{e(c.text)}</div>
</div>
<div class="comment-reply"><a href="#" class="reply">Ответить</a></div>
<ol class="comments-list">{replies}</ol>
</li>"""

    comments = tree(p, item, lambda s: s)
    latest = "".join(
        f'<div class="ticket-latest-row"><span class="ticket-latest-author">{e(who)}</span> <a href="/tickets/{700 + k}.html" class="ticket-latest-title">{e(post)}</a><div class="ticket-latest-text">Полезно, спасибо за подробности.</div></div>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">{e(p.site)}</a>{nav(p, "nav navbar-nav")}</div></div>
<div class="container"><div class="row"><div class="col-md-9">
<div class="ticket"><h1>{e(p.title)}</h1>
<div class="ticket-meta row"><span class="ticket-author"><i class="glyphicon glyphicon-user"></i> {e(p.byline)}</span> <span class="ticket-date"><i class="glyphicon glyphicon-calendar"></i> {e(p.date_shown)}</span> <span class="ticket-views"><i class="glyphicon glyphicon-eye-open"></i> 1 284</span> <span class="ticket-star"><i class="glyphicon glyphicon-star"></i> 17</span></div>
<div class="ticket-content">
{paras(p.article)}
</div></div>
<div class="comments"><h4 class="title">Комментарии: {len(p.comments)}</h4>
<div id="comments-wrapper"><ol class="comment-list" id="comments">
{comments}
</ol></div>
<div id="comments-tpanel"><div id="tpanel-refresh"></div><div id="tpanel-new"></div></div>
<h4 id="comment-new-link"><a href="#" class="btn btn-default">Написать комментарий</a></h4>
<div id="comment-form-placeholder"><form id="comment-form" action="" method="post" class="well"><input type="hidden" name="thread" value="resource-41"><div class="form-group"><label for="comment-name">Имя</label><input type="text" name="name" class="form-control" id="comment-name"></div><div class="form-group"><label for="comment-email">Email</label><input type="text" name="email" class="form-control" id="comment-email"></div><div class="form-group"><label for="comment-editor"></label><textarea name="text" id="comment-editor" class="form-control" rows="5"></textarea></div><div class="form-actions"><input type="button" class="btn btn-default preview" value="Предпросмотр"> <input type="submit" class="btn btn-primary submit" value="Написать"></div></form></div>
</div>
</div>
<div class="col-md-3"><div class="sidebar-block"><h4>Последние комментарии</h4><div class="tickets-latest">{latest}</div></div>
<div class="sidebar-block"><h4>{e(LABELS["ru"]["related"])}</h4><ul>{"".join(f'<li><a href="/t/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div></div>
<footer class="footer"><div class="container">© 2026 {e(p.site)}</div></footer>"""
    return shell(p, body)


def r_k2(p: Page) -> str:
    """Joomla K2 item comments: li items with only an id (and even/odd); flat; '@Nombre' replies typed."""
    items = []
    for i, c in enumerate(p.comments):
        cls = ("odd" if i % 2 == 0 else "even") + (" authorResponse" if c.author == p.byline else "")
        items.append(f"""<li class="{cls}" id="comment-{263 + i}">
<span class="commentLink"><a href="#comment{263 + i}" name="comment{263 + i}" id="comment{263 + i}">#{i + 1}</a></span>
<span class="commentDate">{e(c.shown)}</span>
<span class="commentAuthorName"> escrito por <a href="#" title="{e(c.author)}" rel="nofollow">{e(c.author)}</a></span>
<p>{e(c.text)}</p>
<span class="commentReportLink"><a href="#" class="modal" rel="{{handler:'iframe',size:{{x:560,y:480}}}}">Reportar</a></span>
<div class="clr"></div>
</li>""")
    latest = "".join(
        f'<li><a href="/rutas/{80 + k}"><span class="lcComment">Muy útil, la guardo para el verano.</span></a> <span class="lcUsername">{e(who)}</span> <span class="lcCommentDate">hace 2 días</span> <a class="lcItemTitle" href="/rutas/{80 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="header"><a id="logo" href="/">{e(p.site)}</a>{nav(p, "menu")}</div>
<div id="main"><div id="content">
<span id="startOfPageId77"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{e(p.date_shown)}</span><h2 class="itemTitle">{e(p.title)}</h2><span class="itemAuthor">Escrito por <a rel="author" href="/autores/nuria">{e(p.byline)}</a></span></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" href="#">Imprimir</a></li><li><a class="itemEmailLink" href="#">Email</a></li><li><a class="itemCommentsLink" href="#itemCommentsAnchor">{len(p.comments)} comentarios</a></li></ul></div>
<div class="itemBody"><div class="itemFullText">
{paras(p.article)}
</div></div>
<div class="itemLinks"><div class="itemTagsBlock"><span>Etiquetas</span><ul class="itemTags"><li><a href="/tag/asturias">Asturias</a></li><li><a href="/tag/playas">playas</a></li></ul></div></div>
<div class="itemRelated"><h3>Artículos relacionados</h3><ul>{"".join(f'<li class="{"even" if k % 2 else "odd"}"><a class="itemRelTitle" href="/rutas/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">
<h3 class="itemCommentsCounter"><span>{len(p.comments)}</span> comentarios</h3>
<ul class="itemCommentsList">
{chr(10).join(items)}
</ul>
<div class="itemCommentsForm"><h3>Dejar un comentario</h3><p class="itemCommentsFormNotes">Asegúrate de rellenar los campos indicados con (*). No se permite código HTML.</p>
<form action="/index.php" method="post" id="comment-form" class="form-validate"><label class="formComment" for="commentText">Mensaje *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
<label class="formName" for="userName">Nombre *</label><input class="inputbox" type="text" name="userName" id="userName">
<label class="formEmail" for="commentEmail">Correo electrónico *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail">
<label class="formUrl" for="commentURL">URL del sitio web</label><input class="inputbox" type="text" name="commentURL" id="commentURL">
<input type="submit" class="button" id="submitCommentButton" value="Enviar comentario"></form></div>
</div>
</div>
</div>
<div id="sidebar"><div class="moduletable"><h3>Últimos comentarios</h3><div id="k2ModuleBox91" class="k2LatestCommentsBlock"><ul>{latest}</ul></div></div></div>
</div>
{footer(p)}"""
    return shell(p, body)


def r_spip(p: Page) -> str:
    """SPIP public forum: ul.forum of li.forum-fil, a subject line and 'date, par Name' glued in small."""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        subject = c.extra if c.parent is None else f"{c.extra}"
        return f"""<li class="forum-fil">
<div class="forum-message" id="forum{952 + i}">
<div class="forum-chapo"><strong class="forum-titre"><a href="#forum{952 + i}" title="Message {952 + i}">{e(subject)}</a></strong>
<small>{e(c.shown)}, par <a href="#" class="spip_out">{e(c.author)}</a></small></div>
<div class="forum-texte"><p>{e(c.text)}</p>
<p class="repondre"><a href="?id_article=143&amp;id_forum={952 + i}#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p></div>
</div>
{replies}
</li>"""

    comments = tree(p, item, lambda s: f'<ul class="forum">\n{s}\n</ul>')
    body = f"""<div class="page"><div class="header"><a rel="start home" href="/" title="Accueil"><span class="spip_logo_site">{e(p.site)}</span></a><p id="slogan">Au service de l'école publique</p></div>
<div class="nav clearfix">{nav(p, "menu-conteneur")}</div>
<div class="wrapper"><div class="content">
<p class="arbo"><a href="/">Accueil</a> &gt; <a href="/rubrique2.html">Vie de l'école</a> &gt; <strong class="on">{e(p.title)}</strong></p>
<div class="cartouche"><h1 class="surlignable crayon article-titre-143">{e(p.title)}</h1>
<p class="info-publi"><abbr class="published" title="{p.date}T09:00:00Z">{e(p.date_shown)}</abbr><span class="sep">, </span><span class="auteurs">par  <span class="vcard author"><a class="url fn spip_in" href="/auteur1.html">{e(p.byline)}</a></span></span></p></div>
<div class="surlignable"><div class="texte crayon article-texte-143">
{paras(p.article)}
</div></div>
<div class="forums"><a href="#forum" name="forum" id="forum"></a>
<h2 class="h2">Messages</h2>
<ul class="forum">
{comments}
</ul>
</div>
<a href="#forum" name="formulaire_forum" id="formulaire_forum"></a>
<h2>Un message, un commentaire ?</h2>
<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum" method="post">
<fieldset><legend>Qui êtes-vous ?</legend><ul><li class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom"></li><li class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" id="session_email"></li></ul></fieldset>
<fieldset><legend>Votre message</legend><ul><li class="editer saisie_titre obligatoire"><label for="titre">Titre (obligatoire)</label><input type="text" class="text" name="titre" id="titre" value="{e(p.title)}"></li><li class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message (obligatoire)</label><textarea name="texte" id="texte" rows="10" cols="40"></textarea></li></ul></fieldset>
<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>
</div>
<div class="aside"><div class="menu"><h2>Dans la même rubrique</h2><ul>{"".join(f'<li><a href="/article{150 + k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
</div>
<div class="footer clearfix"><p class="colophon">{e(p.site)} | <a href="/spip.php?page=plan">Plan du site</a> | SPIP</p></div></div>"""
    return shell(p, body)


def r_gitalk(p: Page) -> str:
    """Gitalk: a flat div.gt-comments; a reply opens with a blockquote of the comment answered."""
    admin = "shanjian"
    items = []
    for i, c in enumerate(p.comments):
        quote = f"<blockquote>\n<p>{e(c.extra)}</p>\n</blockquote>\n" if c.extra else ""
        items.append(f"""<div class="gt-comment{" gt-comment-admin" if c.author == admin else ""}">
<div class="gt-avatar gt-comment-avatar"><img src="https://avatars.githubusercontent.example/u/{5100 + i}?v=4" alt="avatar"></div>
<div class="gt-comment-content">
<div class="gt-comment-header"><a class="gt-comment-username" href="https://github.com/{e(c.author)}">{e(c.author)}</a><span class="gt-comment-text">发表于</span><span class="gt-comment-date">{e(c.shown)}</span><a class="gt-comment-like" title="Like"><span class="gt-ico gt-ico-heart"></span><span class="gt-comment-like-count">{_score(i) % 4}</span></a><a class="gt-comment-reply" title="Reply"><span class="gt-ico gt-ico-reply"></span></a></div>
<div class="gt-comment-body markdown-body">{quote}<p>{e(c.text)}</p>
</div></div></div>""")
    body = f"""<div class="container" id="container"><header id="header" class="header"><div class="site-meta"><a href="/" class="brand"><span class="site-title">{e(p.site)}</span></a><p class="site-subtitle">记录折腾的点滴</p></div>{nav(p, "site-nav")}</header>
<main id="main" class="main"><div class="content-wrap"><div id="content" class="content">
<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">
<header class="post-header"><h1 class="post-title" itemprop="name headline">{e(p.title)}</h1>
<div class="post-meta"><span class="post-time"><span class="post-meta-item-text">发表于</span> <time title="创建于" itemprop="dateCreated datePublished" datetime="{p.when}+08:00">{e(p.date_shown)}</time></span> <span class="post-category"><span class="post-meta-item-text">分类于</span> <a href="/categories/diy/">折腾</a></span></div></header>
<div class="post-body" itemprop="articleBody">
{paras(p.article)}
</div>
<footer class="post-footer"><div class="post-tags"><a href="/tags/raspberry-pi/" rel="tag"># 树莓派</a></div>
<div class="post-nav"><div class="post-nav-next post-nav-item"><a href="/r/0" rel="next">{e(p.related[0])}</a></div><div class="post-nav-prev post-nav-item"><a href="/r/1" rel="prev">{e(p.related[1])}</a></div></div></footer>
</article>
<div class="comments" id="comments"><div id="gitalk-container"><div class="gt-container">
<div class="gt-initing"></div>
<div class="gt-meta" key="meta"><span class="gt-counts"><a class="gt-link gt-link-counts" href="https://github.com/shanjian/blog-comments/issues/12" target="_blank">{len(p.comments)}</a> 条评论</span><div class="gt-user"><div class="gt-user-inner"><span class="gt-user-name">未登录用户</span></div></div></div>
<div class="gt-header" key="header"><a class="gt-avatar-github"><span class="gt-ico gt-ico-github"></span></a><div class="gt-header-comment"><textarea class="gt-header-textarea" placeholder="说点什么"></textarea><div class="gt-header-controls"><a class="gt-header-controls-tip" href="https://guides.github.com/features/mastering-markdown/">支持 Markdown 语法</a><button class="gt-btn gt-btn-login"><span class="gt-btn-text">使用 GitHub 登录</span></button></div></div></div>
<div class="gt-comments" key="comments">
{chr(10).join(items)}
</div>
<div class="gt-copyright"><a class="gt-link" href="https://github.com/gitalk/gitalk">Powered by Gitalk</a> v1.8.0</div>
</div></div></div>
</div></div></main>
{footer(p)}</div>"""
    return shell(p, body)


def r_changyan_script(p: Page) -> str:
    """A regional news page whose comments Changyan's script loads: it shows 'N条评论' and holds none."""
    n = p.announced
    quotes = ["三号线开通后上班方便多了，点赞！", "夜市别搞成只卖奶茶的，多点老字号。"]
    hot = "".join(
        f'<li class="hot-comment"><p class="hot-comment__text">{e(quotes[k % 2])}</p><span class="hot-comment__user">{e(who)}</span> 评论了 <a href="/news/{6600 + k}.html">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div class="top-bar"><div class="wrap"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "channel-nav")}<div class="weather">晴 18℃</div></div></div>
<div class="wrap main-wrap"><div class="left-col">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/city/">本地新闻</a> &gt; 正文</div>
<div class="article-box">
<h1 class="article-title">{e(p.title)}</h1>
<div class="article-info"><span class="time">{e(p.date_shown)}</span> <span class="source">来源：{e(p.site)}</span> <span class="author">{e(p.byline)}</span> <a class="cy-count" href="#SOHUCS">已有<em id="changyan_count_unit">{n}</em>条评论</a></div>
<div class="article-content">
{paras(p.article)}
</div>
<div class="editor">（责任编辑：王琳）</div>
<div class="share-bar"><span>分享到：</span><a class="share-wx">微信</a><a class="share-wb">微博</a></div>
</div>
<div class="comment-box"><div class="comment-box__title"><h3>网友评论</h3><span>已有<em>{n}</em>条评论，<a href="#SOHUCS">我也来说两句</a></span></div>
<div id="SOHUCS" sid="jcwb-2025-05-08-3312"></div>
<script charset="utf-8" type="text/javascript" src="https://changyan.sohu.example/upload/changyan.js"></script>
<script type="text/javascript">window.changyan.api.config({{appid: 'cyrHx01', conf: 'prod_5f3a2c'}});</script>
<noscript>请开启浏览器的JavaScript以查看评论</noscript>
</div>
<div class="related-news"><h3>相关新闻</h3><ul>{"".join(f'<li><a href="/news/{6500 + k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
</div>
<div class="right-col"><div class="side-box"><h3>网友热评</h3><ul class="hot-comments">{hot}</ul></div>
<div class="side-box"><h3>排行榜</h3><ol><li><a href="/news/r1.html">本周末气温回升 最高可达28℃</a></li><li><a href="/news/r2.html">市民中心新增二十个办事窗口</a></li></ol></div></div>
</div>
<div class="footer"><p>© 2026 {e(p.site)} {e(LABELS["zh"]["footer"])}</p></div>"""
    return shell(p, body)


def r_quora(p: Page) -> str:
    """Quora-style question page: atomic classes only; the answers' author line 'Name · Follow', credential '· 2y'."""

    def comment(j: int) -> str:
        c = p.comments[j]
        return f"""<div class="q-box qu-pt--small qu-borderTop" style="box-sizing: border-box;"><div class="q-flex qu-alignItems--flex-start"><div class="q-box qu-mr--small"><img class="q-image qu-display--block" src="https://qph.cf2.example/c{j}.jpg" width="24" height="24" alt="Profile photo for {e(c.author)}"></div>
<div class="q-box qu-flex--auto"><div class="q-text qu-dynamicFontSize--small"><span class="q-text qu-bold"><a class="q-box qu-color--gray_dark qu-cursor--pointer" href="/profile/{_slug(c.author)}">{e(c.author)}</a></span> · <span class="q-text qu-color--gray">{e(c.shown)}</span></div>
<div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text"><p class="q-text qu-display--block">{e(c.text)}</p></span></div>
<div class="q-flex qu-mt--tiny"><button class="q-click-wrapper" aria-label="Upvote"><span class="q-text">Upvote</span></button> <button class="q-click-wrapper"><span class="q-text">Reply</span></button></div></div></div></div>"""

    answers = []
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            continue
        kids = "".join(comment(j) for j in range(len(p.comments)) if p.comments[j].parent == i)
        comments = (
            f'<div class="q-box qu-mt--small"><div class="q-text qu-bold qu-mb--small">Comments</div>{kids}</div>'
            if kids
            else ""
        )
        upvotes = f"{_score(i) * 30 + 12}"
        answers.append(f"""<div class="q-box dom_annotate_question_answer_item_{i} qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-mb--small qu-bg--raised">
<div class="q-box qu-pt--medium qu-px--medium qu-pb--tiny"><div class="q-flex qu-alignItems--center"><div class="q-box qu-mr--small"><img class="q-image qu-display--block" src="https://qph.cf2.example/a{i}.jpg" width="36" height="36" alt="Profile photo for {e(c.author)}"></div>
<div class="q-box qu-flex--auto"><div class="q-text qu-dynamicFontSize--small qu-lineHeight--regular"><span class="q-box"><span class="q-text qu-bold"><a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" href="/profile/{_slug(c.author)}">{e(c.author)}</a></span></span><span class="q-text qu-color--gray"> · </span><button class="q-click-wrapper qu-color--blue_dark" aria-label="Follow">Follow</button></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light"><span class="q-text qu-truncateLines--1">{e(c.extra)}</span> · <a class="q-box qu-color--gray_light" href="/Why-do-bread-recipes/answer/{_slug(c.author)}">{e(c.shown)}</a></div></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text"><p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start">{e(c.text)}</p></span></div></div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium qu-py--small"><div class="q-flex"><button class="q-click-wrapper qu-bg--gray_ultralight qu-borderRadius--pill" aria-label="Upvote"><span class="q-text">Upvote</span><span class="q-text"> · {upvotes}</span></button> <button class="q-click-wrapper" aria-label="Downvote"></button> <button class="q-click-wrapper" aria-label="Share"><span class="q-text">Share</span></button></div></div>
{comments}
</div>""")
    body = f"""<div id="root"><div class="q-box qu-bg--white"><div class="q-fixed qu-fullX qu-zIndex--header"><div class="q-flex qu-alignItems--center"><a class="q-box" href="/" aria-label="Quora home"><span class="q-text qu-bold">Quora</span></a><div class="q-box qu-ml--medium"><input class="q-input" placeholder="Search Quora"></div><button class="q-click-wrapper">Add question</button></div></div>
<div class="q-box qu-pt--large"><div class="q-flex"><div class="q-box qu-flex--auto" style="max-width: 616px;">
<div class="q-box qu-borderBottom qu-pb--medium"><div class="q-text qu-dynamicFontSize--xlarge qu-bold"><span class="q-box qu-userSelect--text"><span>{e(p.title)}</span></span></div>
<div class="q-box qu-mt--small"><div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text"><p class="q-text qu-display--block">{e(p.article.split(chr(10) + chr(10), 1)[1])}</p></span></div></div>
<div class="q-flex qu-mt--small"><button class="q-click-wrapper">Answer</button> <button class="q-click-wrapper">Follow · 42</button> <button class="q-click-wrapper">Request</button></div></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray qu-py--small">Sort <span class="q-text qu-bold">Recommended</span></div>
{chr(10).join(answers)}
</div>
<div class="q-box qu-ml--large" style="width: 320px;"><div class="q-box qu-borderAll qu-p--medium"><div class="q-text qu-bold">Related questions</div>{"".join(f'<div class="q-box qu-py--tiny"><a class="q-box qu-color--blue_dark" href="/q/{k}">{e(t)}</a></div>' for k, t in enumerate(p.related))}</div></div>
</div></div></div></div>"""
    return shell(p, body)


def r_tildes(p: Page) -> str:
    """Tildes: ol.comment-tree of article.comment#comment-xyz; 'OP' label; replies in ol.comment-tree-replies."""
    ids = ["2a8f", "2a9c", "2ab1", "2ac4", "2ad0", "2ae3"]

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        op = (
            ' <span class="is-comment-by-op" title="Original poster">OP</span>'
            if c.author == p.byline
            else ""
        )
        return f"""<li class="comment-tree-item">
<article id="comment-{ids[i]}" class="comment{" is-comment-by-op" if op else ""}" data-comment-id36="{ids[i]}" data-comment-depth="{depth(p, i)}">
<header class="comment-header"><a class="link-user" href="/user/{e(c.author)}">{e(c.author)}</a>{op}<a href="#comment-{ids[i]}" class="comment-nav-link"><time class="comment-posted-time time-responsive" datetime="{c.when}Z" title="{c.when.replace("T", " ")} (UTC)" data-abbreviated="{e(c.shown)}">{e(c.shown)} ago</time></a></header>
<div class="comment-itself"><div class="comment-text"><p>{e(c.text)}</p></div>
<menu class="btn-post"><li><button class="btn-post-action" name="vote">Vote ({_score(i) % 9 + 1})</button></li><li><button class="btn-post-action" name="reply">Reply</button></li><li><button class="btn-post-action">Bookmark</button></li><li><div class="dropdown"><button class="btn-post-action dropdown-toggle">Link</button></div></li></menu></div>
</article>
{replies}
</li>"""

    comments = tree(p, item, lambda s: f'<ol class="comment-tree comment-tree-replies">\n{s}\n</ol>')
    body = f"""<header id="site-header"><a class="site-header-logo" href="/">{e(p.site)}</a><div class="site-header-context"><a href="/~life">~life</a></div><nav id="site-header-nav"><a href="/notifications">Notifications</a> <a href="/messages">Messages</a></nav></header>
<main id="site-main">
<article id="topic-3fxk" class="topic-full" data-topic-id36="3fxk">
<header><h1>{e(p.title)}</h1>
<div class="topic-full-byline">Posted <time class="time-responsive" datetime="{p.when}Z" title="{p.when.replace("T", " ")} (UTC)">{e(p.date_shown)}</time> by <a class="link-user" href="/user/{e(p.byline)}">{e(p.byline)}</a></div></header>
<div class="topic-full-text">
{paras(p.article)}
</div>
<ul class="topic-full-tags"><li><a href="/~life?tag=habits">habits</a></li><li><a href="/~life?tag=ask">ask</a></li></ul>
<menu class="btn-post"><li><button class="btn-post-action">Vote (38)</button></li><li><button class="btn-post-action">Bookmark</button></li></menu>
<section class="topic-comments"><header><h2>{len(p.comments)} comments</h2><form class="form-listing-options"><label for="comment_order">Comments sorted by</label><select id="comment_order"><option>most votes</option><option>newest first</option></select></form></header>
<ol id="comments" class="comment-tree">
{comments}
</ol></section>
<section class="topic-comment-form"><form method="post" data-js-new-comment><label for="markdown">Add a comment</label><textarea id="markdown" name="markdown" placeholder="Markdown"></textarea><button type="submit" class="btn btn-primary">Post comment</button></form></section>
</article>
</main>
<aside id="sidebar"><div class="sidebar-controls"><h3>~life</h3><p>Discussion of life, relationships and everything else</p></div><section><h3>Related topics</h3><ul>{"".join(f'<li><a href="/~life/3f{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section></aside>
<footer id="site-footer"><p>Tildes is a non-profit community site</p></footer>"""
    return shell(p, body)


def r_heise(p: Page) -> str:
    """heise-style forum, flat view: each posting under its subject line; depth only in a level-N class."""
    items = []
    for i, c in enumerate(p.comments):
        d = depth(p, i) + 1
        items.append(f"""<li class="tree_thread_list tree_thread_list--level-{d}">
<div class="posting posting--flat" id="posting_{43121 + i}" data-posting-id="{43121 + i}">
<h3 class="posting_subject"><a href="/forum/technikforum/Lohnt-sich/posting-{43121 + i}/show/">{e(c.extra)}</a></h3>
<div class="posting_meta"><a class="pseudonym" href="/forum/user/{43 + i}">{e(c.author)}</a> <span class="posting_badge">Abonnent</span> <time class="posting_date" datetime="{c.when}+01:00">{e(c.shown)}</time></div>
<div class="bbcode_v1"><p>{e(c.text)}</p></div>
<div class="bottom-posting"><span class="posting_rating">Bewertung <span class="posting_votes posting_votes--positive">+{_score(i) + 2}</span> <span class="posting_votes posting_votes--negative">-{i % 3}</span></span> <a class="posting_action" href="#">Antworten</a> <a class="posting_action" href="#">Zitieren</a> <a class="posting_action" href="#">Melden</a></div>
</div></li>""")
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a>{nav(p, "header__nav")}</header>
<main class="forum-main">
<nav class="forum-breadcrumb"><a href="/forum/">Foren</a> › <a href="/forum/technikforum/">Energie &amp; Haustechnik</a></nav>
<div class="thread_view thread_view--flat">
<h1 class="thread_title">{e(p.title)}</h1>
<div class="thread_tools"><a href="?view=tree">Baumansicht</a> | <strong>Flache Ansicht</strong> | <a href="#">Thread abonnieren</a></div>
<div class="posting posting--first" id="posting_43120">
<div class="posting_meta"><a class="pseudonym" href="/forum/user/42">{e(p.byline)}</a> <time class="posting_date" datetime="{p.when}+01:00">{e(p.date_shown)}</time></div>
<div class="bbcode_v1">
{paras(p.article)}
</div>
<div class="bottom-posting"><span class="posting_rating">Bewertung <span class="posting_votes posting_votes--positive">+21</span> <span class="posting_votes posting_votes--negative">-2</span></span> <a class="posting_action" href="#">Antworten</a></div>
<div class="posting_signature">-- Seit 2019 mit dem Rad zur Arbeit</div>
</div>
<ul class="tree_thread">
{chr(10).join(items)}
</ul>
</div>
<section class="forum-most-discussed"><h2>Meistdiskutiert</h2><ul>{"".join(f'<li><a href="/forum/t/{900 + k}">{e(t)}</a> <span class="count">{120 + 37 * k} Beiträge</span></li>' for k, t in enumerate(p.related))}</ul></section>
</main>
{footer(p)}"""
    return shell(p, body)


def r_fluxbb(p: Page) -> str:
    """FluxBB / PunBB: div.blockpost#pN; postleft with name, user title, counts; quotes 'X пишет:'."""
    posts = [(first_post(p), "Участник", "")] + [(c, c.extra, c.extra2) for c in p.comments]
    blocks = []
    for n, (c, title, quote) in enumerate(posts):
        quoted = ""
        if quote:
            source = p.comments[p.comments[n - 1].parent].author  # type: ignore[index]
            quoted = f'<div class="quotebox"><cite>{e(source)} пишет:</cite><blockquote><div><p>{e(quote)}</p></div></blockquote></div>\n'
        subject = p.title if n == 0 else f"Re: {p.title}"
        blocks.append(f"""<div id="p{5530 + n}" class="blockpost {"rowodd" if n % 2 == 0 else "roweven"}{" firstpost" if n == 0 else ""}">
<h2><span><span class="conr">#{n + 1}</span> <a href="viewtopic.php?pid={5530 + n}#p{5530 + n}">{e(c.shown)}</a></span></h2>
<div class="box"><div class="inbox">
<div class="postbody">
<div class="postleft"><dl><dt><strong><a href="profile.php?id={70 + n}">{e(c.author)}</a></strong></dt><dd class="usertitle"><strong>{e(title)}</strong></dd><dd class="postavatar"><img src="img/avatars/{70 + n}.jpg" width="60" height="60" alt=""></dd><dd><span>Откуда: Самара</span></dd><dd><span>Зарегистрирован: 2021-04-1{n}</span></dd><dd><span>Сообщений: {_score(n) * 13 + 4}</span></dd></dl></div>
<div class="postright"><h3>{e(subject)}</h3>
<div class="postmsg">
{quoted}{paras(c.text)}
</div>
<div class="postsignature postmsg"><hr>Катаюсь круглый год</div>
</div></div></div>
<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Неактивен</span></p></div><div class="postfootright"><ul><li class="postreport"><span><a href="misc.php?report={5530 + n}">Пожаловаться</a></span></li> <li class="postquote"><span><a href="post.php?tid=812&amp;qid={5530 + n}">Цитировать</a></span></li></ul></div></div></div>
</div></div>""")
    body = f"""<div id="punviewtopic" class="pun"><div class="top-box"><div><!-- Top Corners --></div></div>
<div class="punwrap"><div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox"><h1><a href="index.php">{e(p.site)}</a></h1><div id="brddesc">Обсуждаем велосипеды, маршруты и ремонт</div></div>
<div id="brdmenu" class="inbox"><ul><li id="navindex" class="isactive"><a href="index.php">Форум</a></li><li id="navuserlist"><a href="userlist.php">Пользователи</a></li><li id="navsearch"><a href="search.php">Поиск</a></li><li id="navregister"><a href="register.php">Регистрация</a></li><li id="navlogin"><a href="login.php">Вход</a></li></ul></div></div></div>
<div id="brdmain">
<div class="linkst"><div class="inbox crumbsplus"><ul class="crumbs"><li><a href="index.php">Форум</a></li><li><span>»&#160;</span><a href="viewforum.php?id=3">Зимняя езда</a></li><li><span>»&#160;</span><strong><a href="viewtopic.php?id=812">{e(p.title)}</a></strong></li></ul><div class="pagepost"><p class="pagelink conl"><span class="pages-label">Страницы </span><strong class="item1">1</strong></p></div></div></div>
{chr(10).join(blocks)}
<div class="postlinksb"><div class="inbox crumbsplus"><p class="postlink conr"><a href="post.php?tid=812">Ответить</a></p></div></div>
</div>
<div id="brdfooter" class="block"><div class="box"><div id="brdfooternav" class="inbox"><div class="conl"><dl><dt><strong>Похожие темы</strong></dt>{"".join(f'<dd><a href="viewtopic.php?id={800 + k}">{e(t)}</a></dd>' for k, t in enumerate(p.related))}</dl></div><p id="poweredby">Под управлением <a href="https://fluxbb.org/">FluxBB</a></p></div></div></div>
</div></div>"""
    return shell(p, body)


def r_moodle(p: Page) -> str:
    """Moodle 4 forum discussion: 'de Name - fecha' as one line; 'En respuesta a Name'; replies in div.indent."""

    def post(c: C, pid: int, subject: str, parent: tuple[C, int] | None, role: str, replies: str) -> str:
        answer = (
            f'<a class="font-weight-bold" href="#p{parent[1]}">En respuesta a {e(parent[0].author)}</a>'
            if parent is not None
            else ""
        )
        badge = f' <span class="badge rounded-pill bg-primary text-white">{e(role)}</span>' if role else ""
        return f"""<article id="p{pid}" class="forum-post-container mb-2" data-post-id="{pid}" data-region="post" data-target="{pid}-target" tabindex="0" aria-labelledby="post-header-{pid}-5f1">
<div class="d-flex border p-2 mb-2 forumpost focus-target" data-content="forum-post">
<div class="d-flex flex-column w-100"><header id="post-header-{pid}-5f1" class="mb-2 header row d-flex">
<div class="me-2" style="width: 45px;"><img class="rounded-circle w-100" src="/theme/image.php/boost/core/1/u/f2" alt="Imagen de {e(c.author)}" aria-hidden="true"></div>
<div class="d-flex flex-column"><h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="{e(subject)}">{e(subject)}</h3>
<div class="mb-3" tabindex="-1">de <a href="/user/view.php?id={pid % 97}&amp;course=12">{e(c.author)}</a>{badge} - <time datetime="{c.when}+01:00">{e(c.shown)}</time></div>{answer}</div></header>
<div class="d-flex body-content-container"><div class="no-overflow w-100 content-alignment"><div class="post-content-container">
{paras(c.text)}
</div></div></div>
<div class="d-flex flex-wrap"><div class="post-actions d-flex align-self-end justify-content-end flex-wrap ms-auto p-1" data-region="post-actions-container" role="menubar"><a data-region="post-action" href="/mod/forum/discuss.php?d=331#p{pid}" class="btn btn-link" role="menuitem">Enlace permanente</a>{'<a data-region="post-action" href="#" class="btn btn-link" role="menuitem">Mostrar mensaje anterior</a>' if parent is not None else ""}<a data-region="post-action" href="#" class="btn btn-link" role="menuitem">Responder</a></div></div>
</div></div>
<div class="indent" data-region="replies-container">{replies}</div>
</article>"""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        parent = (p.comments[c.parent], 2201 + c.parent) if c.parent is not None else (first_post(p), 2200)
        role = "Profesor" if c.author == p.byline else ""
        return post(c, 2201 + i, c.extra, parent, role, replies)

    replies = tree(p, item, lambda s: s)
    discussion = post(first_post(p), 2200, p.title, None, "Profesor", replies)
    recent = "".join(
        f'<li class="activity"><div class="head"><div class="date">martes, 4 de marzo, 08:12</div><div class="name">{e(who)}</div></div><div class="info bold"><a href="/mod/forum/discuss.php?d={320 + k}">{e(post_title)}</a></div></li>'
        for k, (who, post_title) in enumerate(p.recent)
    )
    body = f"""<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Navegación del sitio"><a href="/" class="navbar-brand d-flex align-items-center"><span class="site-name">{e(p.site)}</span></a><div class="primary-navigation"><ul class="nav more-nav navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Página Principal</a></li><li class="nav-item"><a class="nav-link" href="/my/">Área personal</a></li><li class="nav-item"><a class="nav-link" href="/my/courses.php">Mis cursos</a></li></ul></div></nav>
<div id="page" class="drawers"><div class="main-inner"><div id="page-header"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">Biología y Geología 3º ESO</h1></div></div>
<nav aria-label="Barra de navegación"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/course/view.php?id=12">BioGeo 3º</a></li><li class="breadcrumb-item"><a href="/mod/forum/view.php?id=88">Foro de dudas</a></li><li class="breadcrumb-item"><span>{e(p.title)}</span></li></ol></nav></div>
<div id="region-main-box"><section id="region-main" aria-label="Contenido">
<div role="main"><h2>Foro de dudas</h2>
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a href="/mod/forum/discuss.php?d=330">{e(p.related[0])}</a></li><li class="next-discussion"><a href="/mod/forum/discuss.php?d=332">{e(p.related[1])}</a></li></ul></div>
<div id="discussion-container-5f1" data-content="forum-discussion"><div class="d-flex flex-column flex-sm-row mb-1"><div><label for="mode">Modo de visualización</label><select id="mode"><option>Mostrar respuestas anidadas</option></select></div></div>
{discussion}
</div></div>
</section></div>
<section class="block_recent_activity block card mb-3" role="complementary"><div class="card-body"><h5 class="card-title">Actividad reciente</h5><div class="card-text content"><div class="activityhead">Actividad desde martes, 4 de marzo de 2025</div><ul class="unlist">{recent}</ul></div></div></section>
</div></div>
<footer id="page-footer"><div class="footer-content-popover"><p>Usted no se ha identificado. (<a href="/login/index.php">Acceder</a>)</p></div></footer>"""
    return shell(p, body)


def r_steam(p: Page) -> str:
    """Steam Community discussion: forum_op = article; flat commentthread_comment#comment_N; quotes 'Publicado originalmente por X:'."""
    items = []
    for i, c in enumerate(p.comments):
        quote = ""
        if c.extra2 and c.parent is not None:
            quote = f'<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Publicado originalmente por <b>{e(p.comments[c.parent].author)}</b>:</div>{e(c.extra2)}</blockquote>'
        badge = f'<span class="commentthread_workshop_authorbadge">{e(c.extra)}</span>' if c.extra else ""
        items.append(f"""<div class="commentthread_comment responsive_body_text" id="comment_{4170 + i}">
<div class="commentthread_comment_avatar playerAvatar online"><a href="https://steamcommunity.example/id/{_slug(c.author)}"><img src="https://avatars.steamstatic.example/{4170 + i}.jpg" srcset="https://avatars.steamstatic.example/{4170 + i}.jpg 1x"></a></div>
<div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link" href="https://steamcommunity.example/id/{_slug(c.author)}" data-miniprofile="{88000 + i}"><bdi>{e(c.author)}</bdi></a>{badge}<span class="commentthread_comment_timestamp" title="{e(c.shown)}" data-timestamp="17409{i}">&nbsp;{e(c.shown)}&nbsp;</span><div class="commentthread_comment_actions"><a class="forum_comment_permlink" href="#c{4170 + i}">&nbsp;#{i + 1}</a></div></div>
<div class="commentthread_comment_text" id="comment_content_{4170 + i}">{quote}{e(c.text)}</div></div>
</div>""")
    body = f"""<div id="global_header"><div class="content"><div class="logo"><a href="https://store.steampowered.example/"><span>STEAM</span></a></div><div class="supernav_container"><a class="menuitem" href="#">TIENDA</a><a class="menuitem" href="#">{e(p.site).upper()}</a><a class="menuitem" href="#">ACERCA DE</a></div></div></div>
<div class="responsive_page_template_content"><div class="apphub_HomeHeaderContent"><div class="apphub_AppName">Senda de Ceniza</div><div class="apphub_sectionTabs"><a class="apphub_sectionTab" href="#">Todo</a><a class="apphub_sectionTab active" href="#">Debates</a><a class="apphub_sectionTab" href="#">Guías</a></div></div>
<div class="forum_topic_view"><div class="breadcrumbs"><a href="#">Senda de Ceniza</a> &gt; <a href="#">Debates generales</a> &gt; Detalles del tema</div>
<div class="forum_op"><div class="forum_op_avatar playerAvatar"><img src="https://avatars.steamstatic.example/op.jpg"></div>
<div class="forum_op_author"><a class="hoverunderline forum_op_author" href="https://steamcommunity.example/id/zorro">{e(p.byline)}</a><span class="date" data-timestamp="1740950040">{e(p.date_shown)}</span></div>
<div class="topic">{e(p.title)}</div>
<div class="content">{brs(p.article)}</div>
<div class="forum_op_footer"><span class="forum_report_btn">Denunciar</span></div></div>
<div class="commentthread_area"><div class="commentthread_header"><div class="commentthread_paging"><span class="commentthread_pagelinks">Mostrando 1-{len(p.comments)} de {len(p.comments)} comentarios</span></div></div>
<div class="commentthread_comment_container"><div class="commentthread_comments">
{chr(10).join(items)}
</div></div>
<div class="commentthread_footer"><div class="commentthread_entry"><div class="commentthread_entry_quotebox"><textarea class="commentthread_textarea" placeholder="Añadir un comentario"></textarea></div><button class="btn_green_white_innerfade btn_small"><span>Publicar comentario</span></button></div></div></div>
</div>
<div class="rightcol"><div class="rightbox"><div class="header">Temas relacionados</div><div class="content">{"".join(f'<div class="forum_topic"><a class="forum_topic_overlay" href="#t{k}">{e(t)}</a></div>' for k, t in enumerate(p.related))}</div></div></div>
</div>
<div id="footer"><div class="footer_content">© Valve Corporation. Todos los derechos reservados.</div></div>"""
    return shell(p, body)


def r_pluxml(p: Page) -> str:
    """PluXml default theme: a flat div#comments; depth only in level-N; '#N Le date Name a dit :' glued before a blockquote."""
    items = []
    for i, c in enumerate(p.comments):
        items.append(f"""<div id="c{31 + i}" class="comment level-{depth(p, i)}">
<div id="com-{31 + i}">
<small><a class="nbcom" href="/article12/tour-du-lac#c{31 + i}" title="#{i + 1}">#{i + 1}</a>&nbsp;<time datetime="{c.when}">Le {e(c.shown)}</time>&nbsp;{e(c.author)}&nbsp;a dit :</small>
<blockquote><p class="content_com type-normal">{e(c.text)}</p></blockquote>
</div>
<a rel="nofollow" href="#form" onclick="replyCom('{31 + i}')">Répondre</a>
</div>""")
    lastcom = "".join(
        f'<li><a href="/article{20 + k}#c{90 + k}">{e(who)} a dit : Très beau parcours, merci pour les photos…</a> <span>({e(post)})</span></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header sticky"><div class="container"><div class="grid"><div class="col sml-6 med-5 lrg-4"><div class="logo"><h1 class="no-margin heading-small"><a class="maincolor" href="/" title="{e(p.site)}">{e(p.site)}</a></h1><h2 class="h5 no-margin">Sentiers, cartes et bivouacs</h2></div></div>
<div class="col sml-6 med-7 lrg-8">{nav(p, "nav")}</div></div></div></header>
<main class="main"><div class="container"><div class="grid"><div class="content col sml-12 med-9">
<article class="article" id="post-12">
<header><span class="art-date"><time datetime="{p.date}">{e(p.date_shown)}</time></span><h2><a href="/article12/tour-du-lac" title="{e(p.title)}">{e(p.title)}</a></h2>
<div><small><span class="written-by">Rédigé par {e(p.byline)}</span> <span class="art-nb-com"><a href="#comments">{len(p.comments)} commentaires</a></span></small></div></header>
{paras(p.article)}
<footer><small><span class="classified-in">Classé dans : <a href="/categorie2/limousin">Limousin</a></span> <span class="tags">Mots clés : <a href="/tag/lac">lac</a></span></small></footer>
</article>
<div id="comments"><h3>{len(p.comments)} commentaires</h3>
{chr(10).join(items)}
</div>
<div id="form"><h3>Écrire un commentaire</h3>
<form action="/article12/tour-du-lac#form" method="post"><fieldset>
<div class="grid"><div class="col sml-12"><label for="id_name">Nom* :</label><input id="id_name" name="name" type="text" size="20" value="" maxlength="30"></div></div>
<div class="grid"><div class="col sml-12 lrg-6"><label for="id_mail">E-mail :</label><input id="id_mail" name="mail" type="text" size="20" value=""></div><div class="col sml-12 lrg-6"><label for="id_site">Site Internet :</label><input id="id_site" name="site" type="text" size="20" value=""></div></div>
<div class="grid"><div class="col sml-12"><label for="id_content" class="lab_com">Commentaire* :</label><textarea id="id_content" name="content" cols="35" rows="6"></textarea></div></div>
<div class="grid"><div class="col sml-12"><input class="blue" type="submit" value="Envoyer"></div></div>
</fieldset></form></div>
<nav class="article-nav"><a href="/r/0">« {e(p.related[0])}</a> <a href="/r/1">{e(p.related[1])} »</a></nav>
</div>
<aside class="aside col sml-12 med-3" role="complementary">
<h3>Catégories</h3><ul class="cat-list unstyled-list"><li><a href="/categorie2/limousin">Limousin (8)</a></li><li><a href="/categorie3/alpes">Alpes (12)</a></li></ul>
<h3>Derniers commentaires</h3><ul class="lastcom-list unstyled-list">{lastcom}</ul>
</aside></div></div></main>
<footer class="footer"><div class="container"><p>{e(p.site)} - Généré par <a href="https://www.pluxml.org" title="Blog ou Cms sans base de données">PluXml</a></p></div></footer>"""
    return shell(p, body)


def r_twikoo(p: Page) -> str:
    """Twikoo in a Hexo Butterfly page: div.tk-comment; replies of any depth in the root's tk-replies, '回复 @nick' printed."""

    def card(i: int, replies: str) -> str:
        c = p.comments[i]
        tag = '<span class="tk-tag tk-tag-green">博主</span>' if c.author == p.byline else ""
        target = ""
        if c.parent is not None and p.comments[c.parent].parent is not None:
            target = f'<span>回复 <a class="tk-ruser" href="#{_slug(p.comments[c.parent].author)}">@{e(p.comments[c.parent].author)}</a> :</span>'
        return f"""<div class="tk-comment" id="66{i}a3f0c2e9{i}b1">
<div class="tk-avatar"><img class="tk-avatar-img" src="https://cravatar.example/avatar/{i}?d=identicon" alt=""></div>
<div class="tk-main"><div class="tk-row"><div class="tk-meta"><span class="tk-nick">{e(c.author)}</span>{tag}<small class="tk-time"><time datetime="{c.when}+08:00" title="{c.when.replace("T", " ")}">{e(c.shown)}</time></small></div>
<div class="tk-row-actions-start"><a class="tk-action-link" href="#"><span class="tk-action-icon">♥</span><span class="tk-action-count">{_score(i) % 5}</span></a><a class="tk-action-link" href="#"><span class="tk-action-icon">💬</span></a></div></div>
<div class="tk-extras"><span class="tk-extra"><span class="tk-icon">📍</span>{e(c.extra)}</span><span class="tk-extra">Windows 10</span><span class="tk-extra">Chrome 124.0</span></div>
<div class="tk-content">{target}<p>{e(c.text)}</p></div>
{f'<div class="tk-replies">{replies}</div>' if replies else ""}
</div></div>"""

    roots = []
    for i, c in enumerate(p.comments):
        if c.parent is None:
            replies = "".join(card(j, "") for j in range(len(p.comments)) if j != i and _root_of(p, j) == i)
            roots.append(card(i, replies))
    newest = "".join(
        f'<div class="aside-list-item"><a href="/posts/{k + 30}/#post-comment" class="thumbnail"><img src="/img/avatar{k}.png" alt=""></a><div class="content"><a class="comment" href="/posts/{k + 30}/#post-comment">又学到一招，周末试试</a><div class="name"><span>{e(who)} / </span><time>3 天前</time></div><div class="post-title">{e(post)}</div></div></div>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="body-wrap" class="post"><header class="post-bg" id="page-header"><nav id="nav"><span id="blog-info"><a href="/"><span class="site-name">{e(p.site)}</span></a></span><div id="menus"><div class="menus_items">{"".join(f'<div class="menus_item"><a class="site-page" href="/{k}/"><span>{e(x)}</span></a></div>' for k, x in enumerate(LABELS["zh"]["nav"]))}</div></div></nav>
<div id="post-info"><h1 class="post-title">{e(p.title)}</h1><div id="post-meta"><div class="meta-firstline"><span class="post-meta-date"><i class="far fa-calendar-alt fa-fw post-meta-icon"></i><span class="post-meta-label">发表于</span><time class="post-meta-date-created" datetime="{p.when}+08:00" title="发表于 {p.date}">{e(p.date_shown)}</time></span></div></div></div></header>
<main class="layout" id="content-inner"><div id="post"><article class="post-content" id="article-container">
{paras(p.article)}
</article>
<div class="post-copyright"><div class="post-copyright__author"><span class="post-copyright-meta">文章作者: </span><span class="post-copyright-info"><a href="/">{e(p.byline)}</a></span></div></div>
<nav class="pagination-post" id="pagination"><div class="prev-post pull-left"><a href="/r/0"><div class="label">上一篇</div><div class="prev_info">{e(p.related[0])}</div></a></div><div class="next-post pull-right"><a href="/r/1"><div class="label">下一篇</div><div class="next_info">{e(p.related[1])}</div></a></div></nav>
<hr class="custom-hr"><div id="post-comment"><div class="comment-head"><div class="comment-headline"><i class="fas fa-comments fa-fw"></i><span> 评论</span></div></div>
<div class="comment-wrap"><div><div id="twikoo" class="twikoo"><div class="tk-admin-container"></div>
<div class="tk-submit"><div class="tk-row"><div class="tk-meta-input"><div class="el-input"><div class="el-input-group__prepend">昵称</div><input class="el-input__inner" name="nick" placeholder="必填"></div><div class="el-input"><div class="el-input-group__prepend">邮箱</div><input class="el-input__inner" name="mail" placeholder="必填"></div><div class="el-input"><div class="el-input-group__prepend">网址</div><input class="el-input__inner" name="link" placeholder="选填"></div></div></div><textarea class="el-textarea__inner" placeholder="欢迎留言"></textarea><button class="el-button tk-send el-button--primary">发送</button></div>
<div class="tk-comments"><div class="tk-comments-title"><span class="tk-comments-count"><span>{len(p.comments)}</span> 条评论</span></div>
<div class="tk-comments-container">
{chr(10).join(roots)}
</div></div>
<div class="tk-footer">Powered by <a href="https://twikoo.js.org" target="_blank">Twikoo</a></div>
</div></div></div></div>
</div>
<div class="aside-content" id="aside-content"><div class="card-widget card-info"><div class="author-info__name">{e(p.byline)}</div><div class="author-info__description">一个爱折腾的普通人</div></div>
<div class="card-widget" id="card-newest-comments"><div class="item-headline"><i class="fas fa-comment-dots"></i><span>最新评论</span></div><div class="aside-list">{newest}</div></div></div>
</main>
<footer id="footer"><div id="footer-wrap"><div class="copyright">©2023 - 2026 By {e(p.byline)}</div><div class="framework-info"><span>框架 </span><a href="https://hexo.io">Hexo</a><span class="footer-separator">|</span><span>主题 </span><a href="https://github.com/jerryc127/hexo-theme-butterfly">Butterfly</a></div></div></footer></div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batches 13 and 14


def r_shreddit(p: Page) -> str:
    """Reddit's shreddit components: author, depth and parentid in attributes; faceplate-timeago; a deleted comment."""

    def thing(i: int) -> str:
        return f"t1_m{i}q{7 * i + 3}x"

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        parent = f' parentid="{thing(c.parent)}"' if c.parent is not None else ""
        slot = ' slot="children"' if c.parent is not None else ""
        op = (
            f'<span class="text-12 font-semibold text-global-admin" id="comment-op-badge">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        return f"""<shreddit-comment author="{e(c.author)}" thingid="{thing(i)}" depth="{depth(p, i)}"{parent} postid="t3_1j6kq2w" permalink="/r/appliancerepair/comments/1j6kq2w/comment/{thing(i)[3:]}/" score="{_score(i) + 3}" award-count="0" content-type="text" collapsed="false"{slot}>
<div slot="commentAvatar"><faceplate-tracker><a href="/user/{e(c.author)}/"><img class="shreddit-subreddit-icon__icon rounded-full" src="https://styles.redditmedia.example/a{i}.png" alt="{e(c.author)} avatar"></a></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center gap-2xs"><faceplate-hovercard><a href="/user/{e(c.author)}/" class="truncate font-bold text-neutral-content-strong text-12">{e(c.author)}</a></faceplate-hovercard>{op}<span class="text-neutral-content-weak">•</span><faceplate-timeago ts="{c.when}.000000+0000" format="short"><time datetime="{c.when}.000Z" title="{e(c.when.replace("T", " "))}">{e(c.shown)}</time></faceplate-timeago></div>
<div slot="comment" id="{thing(i)}-comment-rtjson-content" class="md text-14"><p>{e(c.text)}</p></div>
<shreddit-comment-action-row slot="actionRow" score="{_score(i) + 3}"><button upvote aria-label="Upvote">Upvote</button><faceplate-number number="{_score(i) + 3}">{_score(i) + 3}</faceplate-number><button downvote aria-label="Downvote">Downvote</button><button name="comments-action-button"><span>Reply</span></button><button><span>Award</span></button><shreddit-post-share-button><span>Share</span></shreddit-post-share-button></shreddit-comment-action-row>
{sub}</shreddit-comment>"""

    comments = tree(p, item, lambda s: s)
    deleted = """<shreddit-comment author="[deleted]" thingid="t1_mdel0" depth="0" postid="t3_1j6kq2w" score="1" is-comment-deleted="true" collapsed="true">
<div slot="commentMeta"><span class="text-neutral-content-weak">[deleted]</span><span class="text-neutral-content-weak">•</span><faceplate-timeago ts="2025-03-08T13:30:00.000000+0000"><time datetime="2025-03-08T13:30:00.000Z">4h ago</time></faceplate-timeago></div>
<div slot="comment" class="md text-14"><p>Comment deleted by user</p></div>
</shreddit-comment>"""
    body = f"""<shreddit-app pagetype="post_detail" routename="post_page">
<reddit-header-large><nav class="h-header-large"><a href="/" aria-label="Home">reddit</a><faceplate-search-input placeholder="Search in r/appliancerepair"></faceplate-search-input><a href="/login/">Log In</a></nav></reddit-header-large>
<div class="grid-container grid"><div class="main-container"><main class="main w-full" id="main-content">
<shreddit-post id="t3_1j6kq2w" post-title="{e(p.title)}" author="{e(p.byline[2:])}" created-timestamp="{p.when}.000000+0000" comment-count="{len(p.comments) + 1}" score="212" subreddit-prefixed-name="r/appliancerepair" post-type="text">
<span slot="credit-bar"><a href="/r/appliancerepair/" class="subreddit-name">r/appliancerepair</a> <span>•</span> <faceplate-timeago ts="{p.when}.000000+0000"><time datetime="{p.when}.000Z">{e(p.date_shown)}</time></faceplate-timeago> <a href="/user/{e(p.byline[2:])}/" class="author-name">{e(p.byline)}</a></span>
<h1 slot="title" id="post-title-t3_1j6kq2w" class="font-semibold text-neutral-content-strong">{e(p.title)}</h1>
<div slot="text-body"><div class="md text-14" id="t3_1j6kq2w-post-rtjson-content">
{paras(p.article)}
</div></div>
<button slot="upvote">Upvote</button><span slot="score">212</span><button slot="comment-button">{len(p.comments) + 1} Comments</button><shreddit-post-share-button slot="share-button">Share</shreddit-post-share-button>
</shreddit-post>
<comment-body-header><faceplate-form><div class="comment-composer"><span>Join the conversation</span></div></faceplate-form><shreddit-sort-dropdown><span>Sort by: Best</span></shreddit-sort-dropdown></comment-body-header>
<shreddit-comment-tree id="comment-tree" post-id="t3_1j6kq2w" totalcomments="{len(p.comments) + 1}">
{comments}
{deleted}
</shreddit-comment-tree>
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/appliancerepair/t3_1j6kq2w"><button class="button-secondary">View more comments</button></faceplate-partial>
</main></div>
<div id="right-sidebar-container"><aside aria-label="Community information"><div class="community-info"><h2>r/appliancerepair</h2><p>Help with fixing household appliances.</p><span>148K members</span></div>
<div class="related-posts"><h3>Related posts</h3><ul>{"".join(f'<li><a href="/r/appliancerepair/comments/{k}a/">{e(t)}</a><span>{40 + k} comments</span></li>' for k, t in enumerate(p.related))}</ul></div></aside></div>
</div></shreddit-app>"""
    return shell(p, body)


def r_hyperkitty(p: Page) -> str:
    """HyperKitty thread: div.email blocks; quoted lines folded in div.quoted-text after 'On …, Name wrote:'; nested div.replies."""

    def email(c: C, cid: str, attribution: str, quoted: str, replies: str, first: bool = False) -> str:
        quote = ""
        if quoted:
            quote = f'{e(attribution)}<br />\n<div class="quoted-switch"><a href="#" title="Show quoted text">...</a></div><div class="quoted-text">&gt; {e(quoted)}<br />\n</div>\n'
        return f"""<div class="email{" email-first" if first else ""}" id="{cid}">
<div class="email-header">
<div class="gravatar"><a href="/hyperkitty/users/{_slug(c.author)}/"><img class="gravatar" src="https://seccdn.libravatar.example/avatar/{cid}?s=120" width="120" height="120" alt=""></a></div>
<div class="email-author"><span class="name"><a href="/hyperkitty/users/{_slug(c.author)}/" title="See the profile for {e(c.author)}">{e(c.author)}</a></span><br><span class="rank">{2 + len(c.author) % 9} posts</span></div>
<div class="email-date right"><span class="date" title="{e(c.when.replace("T", " "))}">{e(c.shown)}</span></div>
</div>
<div class="email-body">
{quote}{brs(c.text)}<br />
<br />
--&nbsp;<br />
{e(c.author.split(" ")[0])}
</div>
<div class="email-info"><div class="attachments"></div><ul class="email-actions list-unstyled list-inline"><li><a class="reply reply-mailto" href="mailto:allotments@lists.example?In-Reply-To=%3C{cid}%40example%3E" title="Sign in to reply online">Reply</a></li><li><a href="/hyperkitty/list/allotments@lists.example/message/{cid}/">Permalink</a></li></ul></div>
</div>
{replies}"""

    kids = children_of(p)

    def thread(parent: int | None, level: int) -> str:
        out = []
        for i in kids.get(parent, []):
            c = p.comments[i]
            source = p.comments[c.parent] if c.parent is not None else first_post(p)
            said = datetime.fromisoformat(source.when).strftime("%a, %d %b %Y at %H:%M")
            attribution = f"On {said}, {source.author} wrote:"
            sub = thread(i, level + 1) if kids.get(i) else ""
            cid = f"K3J{i}Q7WZ{i}RTPU2N{i}"
            replies = f'<div class="replies">{sub}</div>' if sub else ""
            out.append(
                f'<div class="{"even" if level % 2 == 0 else "odd"} reply-level-{level}">'
                + email(c, cid, attribution, c.extra2, replies)
                + "</div>"
            )
        return "\n".join(out)

    participants = list(dict.fromkeys([p.byline] + [c.author for c in p.comments]))
    body = f"""<nav class="navbar navbar-expand-md"><a class="navbar-brand" href="/hyperkitty/">Mailing lists</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/accounts/login/">Sign In</a></li><li class="nav-item"><a class="nav-link" href="/accounts/signup/">Sign Up</a></li></ul></nav>
<div class="container"><div class="row view-thread">
<div class="col-12 col-md-9"><div class="thread-header"><a class="back-link" href="/hyperkitty/list/allotments@lists.example/">&larr; Back to the thread list</a>
<h3>{e(p.title)}</h3></div>
<div class="thread-email">
{email(first_post(p), "F2MD0OQH4S6UVJ5L", "", "", "", first=True)}
</div>
<p class="thread-replies-count"><span class="fa fa-comments"></span> {len(p.comments)} replies</p>
<div class="replies">
{thread(None, 0)}
</div>
</div>
<div class="col-12 col-md-3" id="thread-overview-info">
<section class="thread-info"><p>{len(participants)} participants</p><ul class="list-unstyled participant-list">{"".join(f'<li><img class="gravatar" src="https://seccdn.libravatar.example/avatar/{k}?s=20" alt=""> {e(n)}</li>' for k, n in enumerate(participants))}</ul>
<p>Last active: {e(p.comments[-1].shown)}</p></section>
<section class="other-threads"><h4>Other threads</h4><ul class="list-unstyled">{"".join(f'<li><a href="/hyperkitty/list/allotments@lists.example/thread/T{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</div>
</div></div>
<footer class="footer"><p>Powered by <a href="http://hyperkitty.readthedocs.org">HyperKitty</a> version 1.3.9.</p></footer>"""
    return shell(p, body)


def r_zeit(p: Page) -> str:
    """Zeit-style comments: flat article.comment#cid-N, '#N' and 'vor 2 Stunden'; answers indented with 'Antwort auf #N von Name'; a removed comment."""
    number = {i: i + 1 + (1 if i >= 3 else 0) for i in range(len(p.comments))}
    items = []
    for i, c in enumerate(p.comments):
        if i == 3:
            items.append("""<article class="comment comment--removed" id="cid-58120404" data-ct-row="comment">
<div class="comment__container"><div class="comment-meta"><span class="comment-meta__name">Steuerzahler_99</span> <a class="comment-meta__date" href="#cid-58120404">#4 &nbsp;—&nbsp; <time datetime="2025-05-14T09:20:00+02:00">vor 2 Stunden</time></a></div>
<div class="comment__body"><p class="comment__moderation">Entfernt. Bitte bleiben Sie sachlich. Danke, die Redaktion/jk</p></div></div>
</article>""")
        answer = ""
        if c.parent is not None:
            answer = f'<a class="comment-meta__date comment-meta__answer" href="#cid-5812040{c.parent}">Antwort auf #{number[c.parent]} von {e(p.comments[c.parent].author)}</a>'
        badge = (
            f'<span class="comment-meta__badge comment-meta__badge--editorial">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        cls = "comment comment--indented" if c.parent is not None else "comment"
        items.append(f"""<article class="{cls}" id="cid-5812040{i}" data-ct-row="comment">
<div class="comment__container"><div class="comment-meta"><a class="comment-meta__name" href="/community/{_slug(c.author)}">{e(c.author)}</a>{badge} <a class="comment-meta__date" href="#cid-5812040{i}">#{number[i]} &nbsp;—&nbsp; <time datetime="{c.when}+02:00">{e(c.shown)}</time></a>{answer}</div>
<div class="comment__body"><p>{e(c.text)}</p></div>
<div class="comment__reactions"><button class="comment__reaction js-recommend-comment" title="Empfehlen">Empfehlen <span class="comment__recommendations">{_score(i) + 5}</span></button> <a class="comment__reaction js-reply-to-comment" href="#comment-form">Antworten</a> <a class="comment__reaction js-report-comment" href="#">Melden</a></div></div>
</article>""")
        if i == 2:
            items.append(
                '<div class="comment-section__more-answers"><button class="comment-loader js-load-comment-replies" data-url="/comments/replies?cid=58120400">Weitere Antworten anzeigen</button></div>'
            )
    most = "".join(
        f'<li><a href="/{k}">{e(t)}</a> <span>{210 + 17 * k} Kommentare</span></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="header"><a class="header__brand" href="/">{e(p.site)}</a>{nav(p, "nav__list")}<a class="header__account" href="/konto">Anmelden</a></header>
<main class="main" id="main"><article class="article" data-ct-area="articlebody">
<header class="article-header"><div class="article-heading"><span class="article-heading__kicker">Arbeitswelt</span><h1 class="article-heading__title">{e(p.title)}</h1></div>
<div class="summary">Homeoffice oder Büro? Was Forschung und Beschäftigte über gute Regeln sagen.</div>
<div class="byline"><span class="byline__author">{e(p.byline)}</span></div><div class="metadata"><time class="metadata__date" datetime="{p.when}+02:00">{e(p.date_shown)}</time> <a class="metadata__commentcount" href="#comments">{len(p.comments) + 1} Kommentare</a></div></header>
<div class="article-body">
{paras(p.article).replace("<p>", '<p class="paragraph article__item">')}
</div></article>
<aside class="article-recommendations"><h2>Mehr zum Thema</h2><ul>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></aside>
<section class="comment-section" id="comments"><div class="comment-section__head"><h2 class="comment-section__headline">{len(p.comments) + 1} Kommentare</h2>
<div class="comment-section__preferences"><a href="?sort=asc">Älteste zuerst</a> <a href="?sort=desc">Neueste zuerst</a> <a href="?sort=promoted">Redaktionsempfehlungen</a></div></div>
<form class="comment-form" id="comment-form"><label for="comment">Ihr Kommentar</label><textarea id="comment" placeholder="Kommentieren Sie fair und sachlich."></textarea><button>Kommentar senden</button></form>
<div class="comment-section__body">
{chr(10).join(items)}
</div>
<div class="pager"><a class="pager__button comment-section__load-more" href="?page=2#comments">Weitere Kommentare laden</a></div>
</section>
<aside class="most-commented"><h2>Meistkommentiert</h2><ol>{most}</ol></aside>
</main>
{footer(p)}"""
    return shell(p, body)


def r_osnova(p: Page) -> str:
    """Osnova (vc.ru / DTF): nested div.comment[data-id]; 'Автор' label; relative time over ISO; rating; comment__children."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        label = f'<span class="comment__label">{e(c.extra)}</span>' if c.extra else ""
        children = (
            f'<div class="comment__children"><div class="comment__branch"></div>{sub}</div>' if sub else ""
        )
        return f"""<div class="comment" data-id="{8813400 + i}" style="--comment-level: {depth(p, i)}">
<div class="comment__content">
<div class="comment__author"><a class="comment__avatar" href="/id{31000 + i}"><img class="andropov-image" src="https://leonardo.osnova.example/{i}a7/-/scale_crop/64x64/" alt=""></a>
<div class="comment__details"><a class="comment__name" href="/id{31000 + i}">{e(c.author)}</a>{label}<a class="comment__date" href="/2231-kak-my-perestali?comment={8813400 + i}"><time datetime="{c.when}+03:00" title="{e(c.when.replace("T", " "))}">{e(c.shown)}</time></a></div></div>
<div class="comment__text"><p>{e(c.text)}</p></div>
<div class="comment__actions"><div class="rating-button"><button class="rating-button__minus" aria-label="Минус">−</button><span class="rating-button__value">+{_score(i)}</span><button class="rating-button__plus" aria-label="Плюс">+</button></div><button class="comment__action comment__action--reply">Ответить</button></div>
</div>
{children}</div>"""

    comments = tree(p, item, lambda s: s)
    popular = "".join(
        f'<a class="sidebar-item" href="/p/{5500 + k}"><div class="sidebar-item__title">{e(t)}</div><div class="sidebar-item__meta">{85 + 12 * k} комментариев</div></a>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div class="app"><header class="header"><a class="header__logo" href="/">{e(p.site)}</a><div class="header__search"><input placeholder="Поиск"></div><button class="header__write">Написать</button><a class="header__login" href="#login">Войти</a></header>
<div class="layout"><aside class="sidebar-left"><nav class="sidebar-tree">{"".join(f'<a class="sidebar-tree-list-item" href="/{k}">{e(x)}</a>' for k, x in enumerate(LABELS["ru"]["nav"]))}</nav></aside>
<main class="layout__content"><div class="content content--full">
<div class="content-header"><div class="content-header__info"><a class="content-header__author" href="/id900">{e(p.byline)}</a> <time class="content-header__date" datetime="{p.when}+03:00">{e(p.date_shown)}</time></div>
<h1 class="content-title">{e(p.title)}</h1></div>
<div class="content__blocks">
{paras(p.article).replace("<p>", '<div class="block-text"><p>').replace("</p>", "</p></div>")}
</div>
<div class="content-footer"><div class="reactions"><span class="reaction">👍 41</span></div><span class="content-footer__views">5 200 просмотров</span></div></div>
<div class="comments" id="comments"><div class="comments__header"><h2 class="comments__title">{len(p.comments) + 3} комментария</h2><div class="comments__sort">Популярные</div></div>
<div class="comments-form"><div class="comments-form__editor" data-placeholder="Написать комментарий..."></div></div>
<div class="comments__body">
{comments}
</div>
<button class="comments__more">Показать ещё 3 комментария</button>
</div></main>
<aside class="sidebar-right"><div class="sidebar-block"><h3 class="sidebar-block__title">Популярное</h3>{popular}</div></aside>
</div></div>"""
    return shell(p, body)


def r_telegram_script(p: Page) -> str:
    """A city news page whose comments Telegram's discussion widget loads: it shows 'N комментариев' and holds none."""
    n = p.announced
    quotes = [
        "Наконец-то, раньше автобус ходил раз в сорок минут.",
        "Скамейки старые были ещё крепкие, лучше бы фонари.",
    ]
    talk = "".join(
        f'<li class="tg-talk__item"><span class="tg-talk__user">{e(who)}</span><p class="tg-talk__text">{e(quotes[k % 2])}</p><a class="tg-talk__post" href="/news/{7700 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="site-header"><div class="container"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "site-menu")}<a class="tg-link" href="https://t.me/gorodskoy_vestnik">Наш Telegram</a></div></header>
<main class="container page"><div class="row"><div class="col-main">
<article class="news-full"><div class="news-full__rubric"><a href="/city/">Город</a></div>
<h1 class="news-full__title">{e(p.title)}</h1>
<div class="news-full__meta"><time datetime="{p.when}+03:00">{e(p.date_shown)}</time> <span class="news-full__author">{e(p.byline)}</span> <a class="news-full__comments" href="#discussion">{n} комментариев</a></div>
<div class="news-full__text">
{paras(p.article)}
</div></article>
<section class="discussion" id="discussion"><h2 class="discussion__title">Комментарии <span class="discussion__count">{n}</span></h2>
<p class="discussion__note">Обсуждение идёт в нашем Telegram-канале. <a href="https://t.me/gorodskoy_vestnik/1840">Обсудить в Telegram</a></p>
<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-discussion="gorodskoy_vestnik/1840" data-comments-limit="5" data-colorful="1" data-dark="0"></script>
<noscript>Чтобы увидеть комментарии, включите JavaScript.</noscript>
</section>
<section class="read-also"><h2>{e(LABELS["ru"]["related"])}</h2><ul>{"".join(f'<li><a href="/news/{7600 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
</div>
<aside class="col-side"><section class="tg-talk"><h3 class="tg-talk__title">Обсуждают в канале</h3><ul class="tg-talk__list">{talk}</ul></section>
<section class="top-news"><h3>Главное за неделю</h3><ol><li><a href="/news/t1">Плановые отключения воды в Заречном районе</a></li><li><a href="/news/t2">Открылся новый каток у ледового дворца</a></li></ol></section></aside>
</div></main>
<footer class="site-footer"><p>© 2026 {e(p.site)}. {e(LABELS["ru"]["footer"])}. 12+</p></footer>"""
    return shell(p, body)


def r_cusdis(p: Page) -> str:
    """Cusdis widget content saved inline: nested div.cusdis-padding blocks, 'MOD' label, 'Responder' link button."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        mod = f'<span class="cusdis-mod">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class="cusdis-padding cusdis-indicator" style="margin-top: 2em; margin-bottom: 2em;">
<div style="margin-bottom: .5em;"><div class="cusdis-comment-nickname cusdis-inline cusdis-font-bold">{e(c.author)}</div>{mod}<div class="cusdis-comment-date cusdis-inline">{e(c.shown)}</div></div>
<div class="cusdis-comment-content" style="margin-bottom: .5em;"><p>{e(c.text)}</p></div>
<div style="margin-top: .25em; margin-bottom: .25em;"><button type="button" class="cusdis-link-btn">Responder</button></div>
{sub}</div>"""

    comments = tree(p, item, lambda s: s)
    recent_posts = "".join(f'<li><a href="/posts/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="header"><nav class="nav"><a class="logo" href="/">{e(p.site)}</a><ul class="menu">{"".join(f'<li><a href="/{k}/">{e(x)}</a></li>' for k, x in enumerate(LABELS["es"]["nav"]))}</ul></nav></header>
<div class="main-wrapper"><main class="main"><article class="post-single">
<header class="post-header"><h1 class="post-title">{e(p.title)}</h1><div class="post-meta"><span title="{p.when}">{e(p.date_shown)}</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;{e(p.byline)}</div></header>
<div class="post-content">
{paras(p.article)}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/senderismo/">senderismo</a></li></ul><nav class="paginav"><a class="prev" href="/posts/0/"><span class="title">« Anterior</span><br><span>{e(p.related[0])}</span></a></nav></footer>
<section class="comments"><h2>Comentarios</h2>
<div id="cusdis_thread" data-host="https://cusdis.example" data-app-id="7f0c2d64" data-page-id="rutas-botas" data-page-url="/posts/rutas-botas/" data-page-title="{e(p.title)}" data-theme="auto" lang="es">
<div id="root"><div class="cusdis-comment-form" style="margin-bottom: 2em;"><div class="cusdis-field"><label class="cusdis-label" for="cusdis-nickname">Apodo</label><input class="cusdis-input" id="cusdis-nickname" type="text"></div><div class="cusdis-field"><label class="cusdis-label" for="cusdis-email">Correo electrónico (opcional)</label><input class="cusdis-input" id="cusdis-email" type="email"></div><div class="cusdis-field"><label class="cusdis-label" for="cusdis-reply">Respuesta</label><textarea class="cusdis-input" id="cusdis-reply"></textarea></div><button class="cusdis-comment-btn" type="button">Enviar comentario</button></div>
<div class="cusdis-comments">
{comments}
</div>
<div class="cusdis-footer"><a class="cusdis-powered-by" href="https://cusdis.com" target="_blank">Con la tecnología de Cusdis</a></div></div>
</div></section>
</article></main>
<aside class="sidebar"><section class="widget"><h3>Entradas recientes</h3><ul>{recent_posts}</ul></section></aside></div>
<footer class="footer"><span>© 2026 <a href="/">{e(p.site)}</a></span> · <span>Hecho con <a href="https://gohugo.io/">Hugo</a></span></footer>"""
    return shell(p, body)


def r_hfr(p: Page) -> str:
    """forum.hardware.fr-style topic: table.messagetable per message; 'Posté le …'; quotes in table.citation 'X a écrit :'; signatures."""
    posts = [first_post(p), *p.comments]
    rows = []
    for n, c in enumerate(posts):
        quote = ""
        if n and c.extra2 and c.parent is not None:
            quote = f'<div class="container"><table class="citation"><tr class="none"><td><b class="s1"><a href="#t{9100 + c.parent + 1}" class="Topic">{e(p.comments[c.parent].author)} a écrit :</a></b><br><p>{e(c.extra2)}</p></td></tr></table></div>'
        profile = c.extra if n else "Membre"
        rows.append(f"""<table class="messagetable" cellspacing="0" cellpadding="4"><tr class="message cBackCouleurTab{1 + n % 2}">
<td class="messCase1" width="180" valign="top"><a name="t{9100 + n}"></a><div><b class="s2">{e(c.author)}</b></div><div class="avatar_center"><img src="https://forum-images.example/avatars/{n}.jpg" alt="{e(c.author)}"></div><span class="MoocProfil">Profil : {e(profile)}</span></td>
<td class="messCase2" width="100%" valign="top"><div class="toolbar"><div class="left"><a href="#t{9100 + n}"><img src="https://forum-images.example/themes/1/messageicon.gif" alt="n°{9100 + n}" title="n°{9100 + n}"></a>&nbsp;{e(c.shown)}&nbsp;</div><div class="right"><a href="/message.php?answer={9100 + n}"><img src="https://forum-images.example/themes/1/quote.gif" alt="Répondre" title="Répondre"></a><a href="/message.php?cite={9100 + n}"><img src="https://forum-images.example/themes/1/citer.gif" alt="Citer" title="Citer"></a><img src="https://forum-images.example/themes/1/alerte.gif" alt="Alerter"></div><div class="spacer"></div></div>
<div id="para{9100 + n}">{quote}{paras(c.text)}<div style="clear: both;"> </div><span class="signature"><br>---------------<br>{e(c.author)} : {"Mon feedback achat/vente" if n % 2 else "Config : vieux portable mais fidèle"}</span></div></td>
</tr></table>""")
    body = f"""<div class="container"><div id="mesdiscussions"><table class="hfrheadmenu"><tr><td><a href="/">{e(p.site)}</a></td><td><a href="/hfr/Hardware/">Hardware</a> &gt; <a href="/hfr/Hardware/Portables/">Portables</a> &gt; <b>Topic</b></td></tr></table>
<table class="main" cellspacing="0" cellpadding="4"><tr class="cBackHeader fondForum2Title"><th class="padding" colspan="2"><div class="left"><h3>{e(p.title)}</h3></div><div class="right">Page : 1</div></th></tr>
<tr class="cBackHeader fondForum2PagesHaut"><td colspan="2"><div class="pagepresuiv">Page Suivante</div></td></tr></table>
{chr(10).join(rows)}
<table class="main"><tr class="cBackHeader fondForum2PagesBas"><td><a href="/message.php?answer=topic" class="reponserapide">Réponse rapide</a></td></tr></table>
<table class="main"><tr class="cBackHeader"><th>Sujets relatifs</th></tr>{"".join(f'<tr class="sujet"><td><a class="cCatTopic" href="/hfr/sujet_{k}.htm">{e(t)}</a></td></tr>' for k, t in enumerate(p.related))}</table>
</div></div>
<div class="copyright">{e(p.site)} © 2026 - Aucune reproduction sans autorisation</div>"""
    return shell(p, body)


def r_cnblogs(p: Page) -> str:
    """cnblogs: flat div.feedbackItem; '#N楼', '[楼主]', date, name; '@name' link or a fieldset quote; a '最新评论' sidebar."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 5330120 + i
        louzhu = '<span class="louzhu">[楼主]</span>' if c.author == p.byline else ""
        text = e(c.text)
        if c.text.startswith("@") and c.parent is not None:
            at = "@" + p.comments[c.parent].author
            text = (
                f'<a href="#{5330120 + c.parent}" title="查看所回复的评论" onclick="commentManager.renderComments(0,50,{5330120 + c.parent});">{e(at)}</a> '
                + e(c.text[len(at) :].lstrip())
            )
        quote = ""
        if c.extra2 and c.parent is not None:
            quote = f'<fieldset class="comment_quote"><legend>引用</legend>{e(c.extra2)}</fieldset>'
        items.append(f"""<div class="feedbackItem"><div class="feedbackListSubtitle">
<div class="feedbackManage">&nbsp;&nbsp;<span class="comment_actions"><a href="javascript:void(0);" onclick="return ReplyComment({cid}, 'Fh{i}')">回复</a> <a href="javascript:void(0);" onclick="return QuoteComment({cid}, 'Fh{i}')">引用</a></span></div>
<a href="#{cid}" class="layer">#{i + 1}楼</a>{louzhu}<a name="{cid}" id="comment_anchor_{cid}"></a> <span class="comment_date">{e(c.shown)}</span> <a id="a_comment_author_{cid}" href="https://www.cnblogs.example/u{i}/">{e(c.author)}</a>
</div>
<div class="feedbackCon"><div id="comment_body_{cid}" data-format-type="Markdown" class="blog_comment_body cnblogs-markdown">{quote}{text}</div>
<div class="comment_vote"><span class="comment_error" style="color: red"></span><a href="javascript:void(0);" class="comment_digg" onclick="return voteComment({cid}, 'Digg', this.parentElement, false);">支持({_score(i) % 5})</a> <a href="javascript:void(0);" class="comment_burry" onclick="return voteComment({cid}, 'Bury', this.parentElement, false);">反对(0)</a></div>
<span id="comment_{cid}_avatar" style="display:none">https://pic.cnblogs.example/face/{cid}.png</span></div></div>""")
    quotes = ["学到了，打包这块一直很头疼。", "一样踩过这个坑，最后是句柄没释放。"]
    recent = "".join(
        f'<div class="recent_comment_title"><a href="/p/{8800 + k}.html#{9000 + k}">{k + 1}. Re:{e(post)}</a></div><div class="recent_comment_body"><p>{e(quotes[k % 2])}</p></div><div class="recent_comment_author">--{e(who)}</div>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="home"><div id="header"><div id="blogTitle"><h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="/">{e(p.byline)}</a></h1><h2>记录踩过的坑</h2></div>
<div id="navigator"><ul id="navList"><li><a id="blog_nav_sitehome" class="menu" href="https://www.cnblogs.example/">博客园</a></li><li><a id="blog_nav_myhome" class="menu" href="/">首页</a></li><li><a id="blog_nav_newpost" class="menu" href="/newpost">新随笔</a></li><li><a id="blog_nav_rss" class="menu" href="/rss">订阅</a></li></ul></div></div>
<div id="main"><div id="mainContent"><div class="forFlow"><div id="post_detail"><div id="topics"><div class="post">
<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="/p/18767001"><span role="heading" aria-level="2">{e(p.title)}</span></a></h1>
<div class="clear"></div><div class="postBody"><div id="cnblogs_post_body" class="blogpost-body cnblogs-markdown">
{paras(p.article)}
</div>
<div id="blog_post_info_block"><div id="BlogPostCategory">分类: <a href="/category/1.html">数据库</a></div><div id="green_channel"><a href="javascript:void(0);" id="green_channel_digg">好文要顶</a> <a id="green_channel_follow">关注我</a> <a id="green_channel_favorite">收藏该文</a></div>
<div id="post_next_prev"><a href="/p/1.html" class="p_n_p_prefix">« </a> 上一篇： <a href="/p/1.html">{e(p.related[0])}</a><br><a href="/p/2.html" class="p_n_p_prefix">» </a> 下一篇： <a href="/p/2.html">{e(p.related[1])}</a></div></div></div>
<div class="postDesc">posted @ <span id="post-date" data-date-published="{p.when}">{e(p.date_shown)}</span>&nbsp; <a href="/">{e(p.byline)}</a>&nbsp; 阅读(1032)&nbsp; 评论({len(p.comments)})</div></div></div></div>
<div id="blog-comments-placeholder"><div id="comment_pager_top"></div><br>
<div class="feedback_area_title">评论列表</div><div class="feedbackNoItems"><div class="feedbackNoItems"></div></div>
{chr(10).join(items)}
<div id="comment_pager_bottom"></div></div>
<div id="comment_form" class="commentform"><div id="divCommentShow"></div><div id="comment_nav"><a href="#" onclick="return RefreshPage();">刷新页面</a><a href="#top">返回顶部</a></div>
<div id="comment_form_container"><div class="commentbox_title"><div class="commentbox_title_left">发表评论</div></div><div class="commentbox_main"><p>昵称：<input type="text" id="tbCommentAuthor" class="author" disabled="disabled" value="登录后才能发表评论"></p><textarea id="tbCommentBody" class="comment_textarea"></textarea></div><p><input type="button" id="btn_comment_submit" value="提交评论" class="comment_btn"></p></div></div>
</div></div>
<div id="sideBar"><div id="sideBarMain"><div id="sidebar_recentcomments" class="sidebar-block"><div class="catListComment"><h3 class="catListTitle">最新评论</h3><div class="RecentCommentBlock"><ul>{recent}</ul></div></div></div>
<div id="sidebar_toptags" class="sidebar-block"><h3 class="catListTitle">我的标签</h3><ul><li><a href="/tag/SQLite/">SQLite(3)</a></li><li><a href="/tag/Python/">Python(5)</a></li></ul></div></div></div>
</div>
<div id="footer">Copyright © 2026 {e(p.byline)}<br><span id="poweredby">Powered by .NET 8 on Kubernetes</span></div></div>"""
    return shell(p, body)


def r_bugzilla(p: Page) -> str:
    """Bugzilla 5 show_bug: comment 0 = article; flat div.bz_comment#cN; '(In reply to X from comment #N)' and '> ' lines in the text."""

    def head(n: int, c: C) -> str:
        label = "Description" if n == 0 else f"Comment {n}"
        return f"""<div class="bz_comment_head"><span class="bz_comment_number"><a href="show_bug.cgi?id=2231#c{n}">{label}</a></span>
<span class="bz_comment_user"><span class="vcard"><a class="email" href="mailto:{_slug(c.author)}@kettle.example" title="{e(c.author)} &lt;{_slug(c.author)}@kettle.example&gt;"><span class="fn">{e(c.author)}</span></a></span></span>
<span class="bz_comment_user_images"></span>
<span class="bz_comment_time">{e(c.shown)}</span>
<span class="bz_comment_actions">[<a class="bz_reply_link" href="#add_comment">reply</a>]</span></div>"""

    blocks = [
        f'<div id="c0" class="bz_comment bz_first_comment">\n{head(0, first_post(p))}\n<pre class="bz_comment_text" id="comment_text_0">{e(p.article)}</pre>\n</div>'
    ]
    for i, c in enumerate(p.comments):
        n = i + 1
        text = e(c.text)
        if c.parent is not None and c.extra2:
            parent = p.comments[c.parent]
            text = (
                f'(<span class="bz_comment_reply">In reply to <span class="vcard"><a class="email" href="mailto:{_slug(parent.author)}@kettle.example"><span class="fn">{e(parent.author)}</span></a></span> from <a href="show_bug.cgi?id=2231#c{c.parent + 1}">comment #{c.parent + 1}</a></span>)\n'
                f'<span class="quote">&gt; {e(c.extra2)}</span>\n\n{text}'
            )
        blocks.append(
            f'<div id="c{n}" class="bz_comment">\n{head(n, c)}\n<pre class="bz_comment_text" id="comment_text_{n}">{text}</pre>\n</div>'
        )
    fields = [
        ("Status", "RESOLVED FIXED"),
        ("Product", "Kettle"),
        ("Component", "Export"),
        ("Version", "3.2"),
        ("Importance", "P2 normal"),
        ("Assignee", "Owen Pritchard"),
        ("Reported", f"{p.date_shown} by {p.byline}"),
        ("Modified", "2025-03-04 08:15 UTC"),
    ]
    body = f"""<div id="header"><div id="banner"></div><div id="titles"><span id="title">{e(p.site)} – Bug 2231</span></div>
<ul class="links"><li><a href="./">Home</a></li><li><span class="separator">| </span><a href="enter_bug.cgi">New</a></li><li><span class="separator">| </span><a href="describecomponents.cgi">Browse</a></li><li><span class="separator">| </span><a href="query.cgi">Search</a></li></ul></div>
<div id="bugzilla-body"><form name="changeform" id="changeform" method="post" action="process_bug.cgi">
<div class="bz_short_desc_container edit_form"><a href="show_bug.cgi?id=2231"><b>Bug&nbsp;2231</b></a> <span id="summary_container" class="bz_default_hidden"> - <span id="short_desc_nonedit_display">{e(p.title.split(" - ", 1)[1])}</span></span></div>
<table class="edit_form"><tr><td id="bz_show_bug_column_1" class="bz_show_bug_column"><table>{"".join(f'<tr><th class="field_label">{e(k)}:</th><td>{e(v)}</td></tr>' for k, v in fields)}</table></td></tr></table>
<table id="attachment_table"><tr id="a0"><td><a href="attachment.cgi?id=771">Skip only rows that are truly empty</a> <span class="bz_attach_extra_info">(1.02 KB, patch)</span><br>2025-03-03 10:20 UTC, Owen Pritchard</td><td><span class="bz_attach_flags">review+</span></td></tr></table>
<div class="bz_section_additional_comments"><table><tr><td><h3 class="bz_comment_box_label">Note</h3><p>You need to <a href="show_bug.cgi?id=2231&amp;GoAheadAndLogIn=1">log in</a> before you can comment on or make changes to this bug.</p></td></tr></table></div>
<table class="bz_comment_table"><tr><td>
{chr(10).join(blocks)}
</td></tr></table>
<div id="add_comment" class="bz_section_additional_comments"><label for="comment" accesskey="c"><b>Additional Comments</b>:</label><br><textarea name="comment" id="comment" cols="80" rows="10"></textarea></div>
</form>
<div class="related-bugs"><b>See Also:</b> {" ".join(f'<a class="bz_bug_link" href="show_bug.cgi?id={2198 + 42 * k}">{e(t)}</a>' for k, t in enumerate(p.related))}</div>
</div>
<div id="footer"><div class="intro"></div><ul id="useful-links"><li id="links-actions"><div class="label">Actions: </div><ul class="links"><li><a href="./">Home</a></li><li><span class="separator">| </span><a href="enter_bug.cgi">New</a></li></ul></li></ul></div>"""
    return shell(p, body)


def r_mbin(p: Page) -> str:
    """Mbin thread: flat blockquote.entry-comment.comment-level--N in tree order; '@name@instance'; time.timeago; vote counts."""
    items = []
    for i in dfs_order(p):
        c = p.comments[i]
        user, _, instance = c.author.partition("@")
        op = '<span class="user-badge">OP</span>' if c.extra else ""
        items.append(f"""<blockquote class="section comment entry-comment subject comment-level--{depth(p, i) + 1}" id="entry-comment-{60410 + i}" data-controller="comment subject mentions" data-subject-parent-value="{60410 + c.parent if c.parent is not None else ""}">
<header><a href="/u/@{e(c.author)}" class="user-inline" title="@{e(c.author)}"><img class="user-avatar" src="https://media.mbin.example/{i}.png" alt="" width="30">{e(user)}<span class="user-instance">@{e(instance)}</span></a>{op}, <time class="timeago" datetime="{c.when}+00:00" title="{e(c.when.replace("T", " "))}">{e(c.shown)}</time></header>
<div class="content"><p>{e(c.text)}</p></div>
<aside class="vote"><form method="post" action="/ec/{60410 + i}/up"><button class="vote__up" title="Favourite" type="submit"><span>{_score(i) % 9 + 1}</span> <span>▲</span></button></form><form method="post" action="/ec/{60410 + i}/down"><button class="vote__down" title="Reduce" type="submit"><span>0</span> <span>▼</span></button></form></aside>
<footer><menu><li><a class="stretched-link" href="/m/learning/t/3120/-/comment/{60410 + i}#entry-comment-create">reply</a></li><li><button type="submit" class="boost-link">boost</button></li><li class="dropdown"><button class="stretched-link">more</button></li></menu></footer>
</blockquote>""")
    body = f"""<header id="header" class="header"><nav class="head-nav"><a href="/" class="brand">{e(p.site)}</a><menu class="head-nav__menu"><li><a href="/m/learning">/m/learning</a></li><li><a href="/microblog">Microblog</a></li><li><a href="/login">Log in</a></li></menu></nav></header>
<div id="middle" class="page-entry-single"><div class="kbin-container"><main id="main" data-controller="lightbox timeago">
<article class="entry section subject" id="entry-3120"><header><h1><a href="/m/learning/t/3120">{e(p.title)}</a></h1></header>
<aside class="meta entry__meta"><a href="/u/@{e(p.byline)}" class="user-inline">{e(p.byline.split("@")[0])}<span class="user-instance">@{e(p.byline.split("@")[1])}</span></a>, <time class="timeago" datetime="{p.when}+00:00">{e(p.date_shown)}</time> to <a href="/m/learning" class="magazine-inline">learning</a></aside>
<div class="entry__body"><div class="content formatted">
{paras(p.article)}
</div></div>
<aside class="vote"><button class="vote__up"><span>87</span></button><button class="vote__down"><span>2</span></button></aside>
<footer><menu><li><a href="#comments">{len(p.comments)} comments</a></li><li><button class="boost-link">boost</button></li></menu></footer></article>
<div id="comment-add" class="section"><form name="entry_comment"><label for="entry_comment_body">Add a comment</label><textarea id="entry_comment_body" name="entry_comment[body]"></textarea><button type="submit">Add comment</button></form></div>
<div class="comments-tree" id="comments"><section class="comments entry-comments comments-tree">
{chr(10).join(items)}
</section></div>
</main>
<aside id="sidebar"><section class="entry-info section"><h3>Thread</h3><p>{len(p.comments)} comments</p></section>
<section class="related-entries section"><h3>Related threads</h3><ul>{"".join(f'<li><a href="/m/learning/t/{3000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
<section class="active-users section"><h3>Active users</h3><div class="active-users__list">{"".join(f'<a href="/u/@{e(n)}" class="user-inline">{e(n.split("@")[0])}</a>' for n in dict.fromkeys(c.author for c in p.comments))}</div></section></aside>
</div></div>
<footer id="footer"><p>{e(p.site)} · powered by Mbin</p></footer>"""
    return shell(p, body)


def r_derstandard(p: Page) -> str:
    """derStandard-style forum: flat dst-posting elements whose depth is only data-level; follower counts; a bold posting title."""
    items = []
    for i in dfs_order(p):
        c = p.comments[i]
        level = depth(p, i)
        title = f'<h4 class="upost-title">{e(c.extra)}</h4>' if c.extra else ""
        items.append(f"""<dst-posting data-postingid="1091{i}4422" data-level="{level}" class="posting posting--level-{level}" data-closable-target="posting">
<div class="posting--header"><button class="upost-usercontainer" data-communityidentity="{7710 + i}"><span class="upost-name">{e(c.author)}</span><span class="upost-follower">{_score(i) * 19 + 7} Follower</span></button>
<span class="js-timestamp" data-date="{c.when}+01:00">{e(c.shown)}</span></div>
<div class="upost-body">{title}<div class="upost-text"><p>{e(c.text)}</p></div></div>
<div class="posting--footer"><div class="posting--ratings"><button class="ratings-positive" aria-label="Positiv bewerten">+</button><span class="ratings-positive-count">{_score(i) + 4}</span><button class="ratings-negative" aria-label="Negativ bewerten">-</button><span class="ratings-negative-count">{i % 3}</span></div>
<button class="posting--reply">Antworten</button> <button class="posting--report">Melden</button> <button class="posting--permalink">Permalink</button></div>
</dst-posting>""")
    most = "".join(
        f'<li><a href="/story/{3000 + k}">{e(t)}</a><span class="teaser-postingcount">{330 + 41 * k} Postings</span></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="site-header"><a class="site-logo" href="/">{e(p.site)}</a>{nav(p, "site-nav")}<a class="site-login" href="/login">Einloggen</a></header>
<main class="site-main"><article class="story-article" data-section-type="newsarticle">
<header class="article-header"><p class="article-kicker">Öffentlicher Verkehr</p><h1 class="article-title">{e(p.title)}</h1><p class="article-subtitle">Vier Linien fahren in der Früh häufiger, am Abend bleibt alles beim Alten</p>
<div class="article-meta"><div class="article-byline"><span class="article-origins">{e(p.byline)}</span></div><p class="article-pubdate"><time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p></div></header>
<div class="article-body">
{paras(p.article)}
</div></article>
<section class="forum" id="story-community"><header class="forum--header"><h2>Forum</h2><p class="forum--count">{len(p.comments) + 245} Postings</p><p class="forum--rules">Bitte beachten Sie die Community-Richtlinien.</p></header>
<dst-forum data-forum-id="3000000231887"><div class="forum--create"><textarea placeholder="Neues Posting verfassen"></textarea><button>Posten</button></div>
<div class="forum--sort"><button class="is-active">Neueste</button><button>Älteste</button><button>Meistbewertet</button></div>
<div class="postinglist">
{chr(10).join(items)}
</div>
<button class="forum--load-more">Weitere Postings laden</button></dst-forum></section>
<aside class="most-commented"><h3>Meistkommentiert</h3><ol>{most}</ol></aside>
</main>
{footer(p)}"""
    return shell(p, body)


def r_qnahabr(p: Page) -> str:
    """Habr Q&A style: question = article; div.answer__item per answer, 'Решение' mark; answer comments in a separate list under it."""
    kids = children_of(p)

    def comment(i: int) -> str:
        c = p.comments[i]
        return f"""<li class="content-list__item comment" id="comment_{219000 + i}"><div class="comment__header"><a class="user-summary__avatar" href="/user/{_slug(c.author)}"><img class="user__avatar" src="https://habrastorage.example/{i}.png" alt="" width="24"></a><a class="user-summary__name" href="/user/{_slug(c.author)}">{e(c.author)}</a> <span class="user-summary__nickname">@{_slug(c.author)}</span> <time class="comment__date" datetime="{c.when}+03:00">{e(c.shown)}</time></div>
<div class="comment__text">{e(c.text)}</div></li>"""

    answers = []
    for i in kids.get(None, []):
        c = p.comments[i]
        solution = (
            f'<span class="answer__solution"><svg class="icon_check"></svg>{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        replies = kids.get(i, [])
        comments = (
            f'<div class="answer__comments"><a class="btn btn_link comments-toggle" href="#">Комментарии ({len(replies)})</a><ul class="content-list comments-list">{"".join(comment(j) for j in replies)}</ul><a class="btn btn_link" href="#">Написать комментарий</a></div>'
            if replies
            else '<div class="answer__comments"><a class="btn btn_link" href="#">Написать комментарий</a></div>'
        )
        answers.append(f"""<div class="answer__item{" answer_solution" if c.extra else ""}" id="answer_{2410770 + i}"><div class="answer_wrapper">
<div class="answer__header"><div class="user-summary"><a class="user-summary__avatar" href="/user/{_slug(c.author)}"><img class="user__avatar" src="https://habrastorage.example/a{i}.png" alt="" width="40"></a><div class="user-summary__desc"><a class="user-summary__name" href="/user/{_slug(c.author)}">{e(c.author)}</a> <span class="user-summary__nickname">@{_slug(c.author)}</span><span class="user-summary__desc-text">Системный администратор</span></div></div>{solution}</div>
<div class="answer__text">{e(c.text)}</div>
<div class="answer__footer"><time class="answer__date" datetime="{c.when}+03:00">{e(c.shown)}</time> <a class="btn btn_like" href="#">Нравится <span class="btn__counter">{_score(i) % 7 + 1}</span></a></div>
{comments}
</div></div>""")
    body = f"""<header class="page-header"><a class="logo" href="/">{e(p.site)}</a><nav class="main-menu"><a href="/questions">Все вопросы</a><a href="/tags">Теги</a><a href="/users">Пользователи</a></nav><a class="btn btn_blue" href="/question/new">Задать вопрос</a></header>
<div class="page__body"><main class="column_main"><div class="question question_full" id="question_1301550">
<div class="question__tags"><a class="tags-list__item" href="/tag/security">Информационная безопасность</a></div>
<div class="question__head"><div class="user-summary"><a class="user-summary__name" href="/user/psokolov">{e(p.byline)}</a> <span class="user-summary__nickname">@psokolov</span></div>
<h1 class="question__title">{e(p.title)}</h1></div>
<div class="question__body"><div class="question__text">
{paras(p.article)}
</div><div class="question__info"><time datetime="{p.when}+03:00">{e(p.date_shown)}</time> <span>1 203 просмотра</span></div></div>
<div class="question__interest"><a class="btn btn_subscribe" href="#">Подписаться</a> <span>5</span> <span>Средний</span></div></div>
<div class="section section_answers" id="answers"><h2 class="section-header__title">Ответы на вопрос <span class="section-header__counter">{len(kids.get(None, []))}</span></h2>
<div class="answers-list">
{chr(10).join(answers)}
</div></div>
<div class="section section_answer-form"><h2>Ваш ответ на вопрос</h2><p>Войдите, чтобы написать ответ</p><a class="btn btn_blue" href="/login">Войти через центр авторизации</a></div>
</main>
<aside class="column_sidebar"><div class="similar-questions"><h3>Похожие вопросы</h3><ul>{"".join(f'<li class="content-list__item"><a class="question__title-link" href="/q/{1300000 + k}">{e(t)}</a> <span class="question__answers-count">{2 + k} ответа</span></li>' for k, t in enumerate(p.related))}</ul></div></aside>
</div>
<footer class="page-footer"><p>© Habr</p></footer>"""
    return shell(p, body)


def r_hashover(p: Page) -> str:
    """HashOver 2: 'Comentarios populares' repeats the most liked comment; div.hashover-comment ids 'hashover-cNrM'; nested replies."""

    def path(i: int) -> str:
        c = p.comments[i]
        if c.parent is None:
            return f"c{[j for j in range(len(p.comments)) if p.comments[j].parent is None].index(i) + 1}"
        siblings = [j for j in range(len(p.comments)) if p.comments[j].parent == c.parent]
        return f"{path(c.parent)}r{siblings.index(i) + 1}"

    def block(i: int, sub: str, popular: bool = False) -> str:
        c = p.comments[i]
        cid = f"hashover-{path(i)}" + ("-pop" if popular else "")
        name = (
            f'<a href="https://{_slug(c.author)}.example/" rel="noopener noreferrer nofollow" class="hashover-name-link" target="_blank">{e(c.author)}</a>'
            if i % 2
            else f'<span class="hashover-name-plain">{e(c.author)}</span>'
        )
        cls = (
            "hashover-comment"
            + (" hashover-reply" if c.parent is not None else "")
            + (" hashover-popular" if popular else "")
        )
        likes = _score(i) % 6 + (9 if i == 3 else 0)
        return f"""<div id="{cid}" class="{cls}">
<div class="hashover-header"><span class="hashover-avatar-image" style="background-image: url('/hashover/images/avatar.png');"></span><span class="hashover-name">{name}</span>
<span class="hashover-date"><a href="#{cid}" class="hashover-date-permalink" title="Enlace permanente">{e(c.shown)}</a></span></div>
<div class="hashover-content"><p>{e(c.text)}</p></div>
<div class="hashover-footer"><span class="hashover-likes">{likes} Me gusta</span> <a href="#" class="hashover-like" title="Me gusta este comentario">Me gusta</a> <a href="#hashover-reply-{path(i)}" class="hashover-reply" title="Responder a este comentario">Responder</a></div>
{sub}</div>"""

    comments = tree(p, lambda i, sub: block(i, sub), lambda s: s)
    body = f"""<div id="page"><header id="masthead"><a class="site-name" href="/">{e(p.site)}</a>{nav(p, "menu-principal")}</header>
<main id="contenido"><article class="entrada">
<h1 class="entrada-titulo">{e(p.title)}</h1><p class="entrada-fecha">Publicado el {e(p.date_shown)} por {e(p.byline)}</p>
<div class="entrada-texto">
{paras(p.article)}
</div></article>
<div id="hashover" class="hashover hashover-desktop">
<div id="hashover-form-section"><span class="hashover-title hashover-main-title">Publica un comentario</span>
<form id="hashover-form" name="hashover-form" class="hashover-balloon"><div class="hashover-inputs"><div class="hashover-name-input"><input id="hashover-main-name" class="hashover-input-info" type="text" name="name" title="Nombre (opcional)" placeholder="Nombre"></div><div class="hashover-email-input"><input id="hashover-main-email" class="hashover-input-info" type="email" name="email" title="Correo electrónico (opcional, para notificaciones)" placeholder="Correo electrónico"></div><div class="hashover-website-input"><input id="hashover-main-website" class="hashover-input-info" type="url" name="website" title="Sitio web (opcional)" placeholder="Sitio web"></div></div>
<textarea id="hashover-main-comment" class="hashover-textarea" placeholder="Escribe un comentario"></textarea><input class="hashover-submit hashover-post-button" type="submit" value="Publicar comentario"></form></div>
<div id="hashover-popular-section"><span class="hashover-title">Comentarios populares</span><div id="hashover-top-comments">{block(3, "", popular=True)}</div></div>
<div id="hashover-comments-section"><div class="hashover-count-sort"><span id="hashover-count">Mostrando {len(p.comments) + 2} comentarios</span><span id="hashover-sort"><select id="hashover-sort-select"><option>Orden cronológico</option><option>Por puntos</option></select></span></div>
<div id="hashover-sort-section">
{comments}
</div>
<div class="hashover-more-link" title="Mostrar 2 comentarios más">Mostrar 2 comentarios más</div></div>
<div id="hashover-end-links"><a href="https://www.barkdull.org/software/hashover" id="hashover-home-link" target="_blank">HashOver Comments</a> · <a href="/hashover/api/rss.php" target="_blank">RSS</a></div>
</div>
<nav class="entradas-relacionadas"><h3>{e(LABELS["es"]["related"])}</h3><ul>{"".join(f'<li><a href="/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></nav>
</main></div>
{footer(p)}"""
    return shell(p, body)


def r_talkyard(p: Page) -> str:
    """Talkyard embedded comments: nested div.dw-t.dw-depth-N; div.dw-p#post-N; full name and '@username'; relative time."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        d = depth(p, i) + 1
        username = _slug(c.author).replace("-", "_")
        res = f'<ol class="dw-res">{sub}</ol>' if sub else ""
        return f"""<li><div id="t{i + 2}" class="dw-t dw-depth-{d} dw-ar-t">
<div id="post-{i + 2}" class="dw-p dw-p-r" data-nr="{i + 2}">
<div class="dw-p-hd"><a class="dw-p-by esP_By" href="/-/users/{username}"><span class="esP_By_F">{e(c.author)}</span> <span class="esP_By_U">@{username}</span></a> <span class="esP_H_At"><span class="esP_H_At_dt" title="{c.when}Z">{e(c.shown)}</span></span></div>
<div class="dw-p-bd"><div class="dw-p-bd-blk"><p>{e(c.text)}</p></div></div>
</div>
<div class="esPA"><button class="dw-a dw-a-reply icon-reply">Répondre</button><button class="dw-a dw-a-like icon-heart" title="J'aime">{_score(i) % 5 + 1}</button><button class="dw-a dw-a-more icon-menu">Plus</button></div>
{res}</div></li>"""

    comments = tree(p, item, lambda s: s)
    sidebar = recent_widget(p)
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<div class="site-content"><main id="main" class="site-main">
{article_html(p)}
{related(p)}
<section class="talkyard-comments ty_CmtsIfr" id="comments"><h2>Commentaires</h2>
<div id="esPageColumn" class="esPageColumn"><div class="dw-page" data-page_role="EmbeddedComments">
<div class="esEmbCmts_Hdr"><span class="esEmbCmts_NumRepls">{len(p.comments)} commentaires</span> <a class="esTopbar_logIn">Se connecter</a></div>
<div class="dw-t dw-depth-0 dw-hz"><div class="esEmbCmts_Editor"><button class="dw-a dw-a-reply">Laisser un commentaire</button></div>
<ol class="dw-res dw-singlereplies">
{comments}
</ol></div></div></div>
<div class="esPoweredBy">Commentaires propulsés par <a href="https://www.talkyard.io">Talkyard</a>.</div>
</section>
</main>
<aside id="secondary" class="widget-area">{sidebar}</aside>
</div>
{footer(p)}"""
    return shell(p, body)


def r_valine(p: Page) -> str:
    """Valine: div.vcard per comment; every reply flattened into the root's div.vquote; '@nick ,' link in the text; '加载更多...'."""

    def text_html(c: C) -> str:
        if c.parent is not None and c.text.startswith("@"):
            nick, _, rest = c.text.partition(" , ")
            return f'<p><a class="at" href="#{5000 + c.parent}a0e{c.parent}c2b{c.parent}">{e(nick)}</a> , {e(rest)}</p>'
        return f"<p>{e(c.text)}</p>"

    def card(i: int, quote: str) -> str:
        c = p.comments[i]
        return f"""<div class="vcard" id="{5000 + i}a0e{i}c2b{i}">
<img class="vimg" src="https://gravatar.loli.example/avatar/{i}?d=mp&amp;v=1.4.22">
<div class="vh"><div class="vhead"><span class="vnick">{e(c.author)}</span> <span class="vsys">Chrome {118 + i}.0.0.0</span> <span class="vsys">{"macOS 14.2" if i % 2 else "Windows 10.0"}</span></div>
<div class="vmeta"><span class="vtime">{e(c.shown)}</span><span class="vat" data-vm-id="{5000 + i}" data-self-id="{5000 + i}">回复</span></div>
<div class="vcontent" data-expand="查看更多...">{text_html(c)}</div>
<div class="vreply-wrapper"></div>
<div class="vquote">{quote}</div></div></div>"""

    roots = []
    for i, c in enumerate(p.comments):
        if c.parent is None:
            replies = "".join(card(j, "") for j in range(len(p.comments)) if j != i and _root_of(p, j) == i)
            roots.append(card(i, replies))
    body = f"""<div class="container"><header class="header"><div class="site-brand"><a class="brand" href="/">{e(p.site)}</a><p class="site-subtitle">半亩方塘一鉴开</p></div><nav class="site-nav"><ul id="menu">{"".join(f'<li class="menu-item"><a href="/{k}/">{e(x)}</a></li>' for k, x in enumerate(LABELS["zh"]["nav"]))}</ul></nav></header>
<main class="main"><div class="content-wrap"><div id="content" class="content"><div class="posts-expand"><article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">
<header class="post-header"><h1 class="post-title" itemprop="name headline">{e(p.title)}</h1><div class="post-meta"><span class="post-time"><span class="post-meta-item-text">发表于</span> <time title="创建时间：{p.date} {p.time}:00" itemprop="dateCreated datePublished" datetime="{p.when}+08:00">{e(p.date_shown)}</time></span></div></header>
<div class="post-body" itemprop="articleBody">
{paras(p.article)}
</div>
<footer class="post-footer"><div class="post-nav"><div class="post-nav-next post-nav-item"><a href="/r/0/" rel="next"><i class="fa fa-chevron-left"></i> {e(p.related[0])}</a></div><div class="post-nav-prev post-nav-item"><a href="/r/1/" rel="prev">{e(p.related[1])} <i class="fa fa-chevron-right"></i></a></div></div></footer>
</article></div></div>
<div class="comments" id="comments"><div id="vcomments" class="v" data-class="v">
<div class="vpanel"><div class="vwrap"><p class="cancel-reply text-right" style="display:none;" title="取消回复">×</p>
<div class="vheader item3"><input name="nick" placeholder="昵称" class="vnick vinput" type="text"><input name="mail" placeholder="邮箱" class="vmail vinput" type="email"><input name="link" placeholder="网址 (http://)" class="vlink vinput" type="text"></div>
<div class="vedit"><textarea id="veditor" class="veditor vinput" placeholder="说点什么吧..."></textarea></div>
<div class="vrow"><div class="vcol vcol-70 text-right"><button type="button" title="Cmd|Ctrl+Enter" class="vsubmit vbtn">提交</button></div></div></div></div>
<div class="vcount col"><span class="vnum">{len(p.comments) + 3}</span> 评论</div>
<div class="vload-top text-center" style="display:none;"><i class="vspinner" style="width:30px;height:30px;"></i></div>
<div class="vcards">
{chr(10).join(roots)}
</div>
<div class="vload-bottom text-center"></div>
<div class="vempty" style="display:none;"></div>
<div class="vpage txt-center"><button type="button" class="vmore vbtn">加载更多...</button></div>
<div class="vpower txt-right">Powered By <a href="https://valine.js.org" target="_blank">Valine</a><br>v1.4.22</div>
</div></div></div></main>
<footer class="footer"><div class="copyright">© 2023 – 2026 <span class="author">{e(p.byline)}</span></div><div class="powered-by">由 <a href="https://hexo.io">Hexo</a> 强力驱动</div></footer></div>"""
    return shell(p, body)


def r_nga(p: Page) -> str:
    """NGA-style thread: table.forumbox.postbox per floor; author in td.c1; postInfo '#N' and time; quote 'Reply Post by name (date):'."""
    posts = [first_post(p), *p.comments]
    floors = []
    for n, c in enumerate(posts):
        quote = ""
        if n and c.extra2 and c.parent is not None:
            src = p.comments[c.parent]
            quote = f'<div class="quote"><a href="/read.php?pid={771200 + c.parent + 1}" class="b">Reply</a> <b>Post by <a href="/nuke.php?func=ucp&amp;uid={60000 + c.parent + 1}" class="b">[{e(src.author)}]</a> ({e(src.shown)}):</b><br>{e(c.extra2)}</div>'
        level = "学徒" if not n else c.extra
        louzhu = '<span class="block_txt block_txt_c0">楼主</span>' if c.author == p.byline else ""
        floors.append(f"""<table class="forumbox postbox" cellspacing="1"><tbody><tr id="post1strow{n}" class="postrow row{1 + n % 2}">
<td class="c1"><a name="l{n}"></a><span class="posterinfo"><a href="/nuke.php?func=ucp&amp;uid={60000 + n}" id="postauthor{n}" class="author b"><b>{e(c.author)}</b></a>{louzhu}<div class="stat"><span>级别: {e(level)}</span><span>威望: {n % 3}</span><span>声望: {_score(n) * 11}</span><span>发帖: {_score(n) * 37 + 12}</span></div></span></td>
<td class="c2" id="postcontainer{n}"><div class="postInfo"><a id="pid{771200 + n}Anchor"></a><a href="/read.php?pid={771200 + n}" class="small_colored_text_btn stxt block_txt_c0 vertmod">#{n}</a> <span id="postdate{n}" class="postdate stxt" title="reply time">{e(c.shown)}</span> <a class="small_colored_text_btn" href="#">回复</a> <a class="small_colored_text_btn" href="#">引用</a></div>
<span id="postcontent{n}" class="postcontent ubbcode">{quote}{brs(c.text)}</span>
<div class="sign" id="postsign{n}"><div class="sign_title">签名</div>{"钓鱼佬永不空军" if n % 2 else "今天也是咸鱼的一天"}</div></td>
</tr></tbody></table>""")
    body = f"""<div id="mainmenu"><div class="stdbtn"><a href="/" class="logo">{e(p.site)}</a><a href="/thread.php?fid=7">艾泽拉斯议事厅</a><a href="/nuke.php?func=login">登录</a></div></div>
<div id="m_nav"><div class="nav"><a href="/">NGA玩家社区</a> &gt; <a href="/thread.php?fid=7">艾泽拉斯议事厅</a> &gt; <a href="/read.php?tid=41277002" class="nav_link">{e(p.title)}</a></div></div>
<div id="m_posts"><div id="m_posts_c">
<h3 id="postsubject0" class="posttitle">{e(p.title)}</h3>
{chr(10).join(floors)}
</div></div>
<div id="m_pbtnbtm"><a class="uitxt1" href="/post.php?action=reply&amp;tid=41277002">回复</a> <span class="pages">1</span></div>
<div class="relate"><h4>相关主题</h4><ul>{"".join(f'<li><a href="/read.php?tid={41270000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
<div id="footer"><p>© 2026 {e(p.site)}</p></div>"""
    return shell(p, body)


def r_gitlab(p: Page) -> str:
    """GitLab issue: ul#notes-list of discussion threads (replies in the thread's ul.notes), role badges, system notes between."""
    kids = children_of(p)

    def note(i: int) -> str:
        c = p.comments[i]
        handle = c.author.split()[0].lower() + "." + c.author.split()[-1].lower()
        role = (
            f'<span class="note-role user-access-role has-tooltip gl-badge badge badge-pill badge-muted sm">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        return f"""<li class="note note-wrapper timeline-entry" id="note_{21870 + i}" data-note-id="{21870 + i}"><div class="timeline-entry-inner">
<div class="timeline-avatar gl-float-left"><a href="/{handle}" class="js-user-link"><img class="avatar s32" alt="{e(c.author)}'s avatar" src="/uploads/-/system/user/avatar/{40 + i}/avatar.png"></a></div>
<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="/{handle}" class="js-user-link author-name-link" data-user-id="{40 + i}"><span class="note-header-author-name gl-font-bold">{e(c.author)}</span></a> <span class="author-username"><a href="/{handle}" class="author-username-link">@{handle}</a></span> <span class="note-headline-light note-headline-meta"><span class="system-note-message"></span><a href="#note_{21870 + i}" class="note-timestamp system-note-separator"><time datetime="{c.when}Z" title="{e(c.when.replace("T", " "))}" class="js-timeago">{e(c.shown)}</time></a></span></div>
<div class="note-actions">{role}<span class="note-actions-item"><button type="button" title="Add reaction" class="note-action-button">Add reaction</button></span><span class="note-actions-item"><button type="button" title="Reply to comment" class="js-reply-button note-action-button">Reply to comment</button></span><button type="button" title="More actions" class="more-actions-toggle">More actions</button></div></div>
<div class="timeline-discussion-body"><div class="note-body"><div class="note-text md"><p data-sourcepos="1:1-1:{len(c.text)}" dir="auto">{e(c.text)}</p></div>
<div class="awards js-awards-block"><button type="button" class="btn award-control"><gl-emoji data-name="thumbsup">👍</gl-emoji><span class="js-counter">{1 + i % 3}</span></button></div></div></div></div></div></li>"""

    def system(text: str, n: int, when: str) -> str:
        return f'<li class="note system-note timeline-entry note-wrapper" id="note_{21800 + n}"><div class="timeline-entry-inner"><div class="timeline-icon"><svg class="s16" data-testid="label-icon"></svg></div><div class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="/priya.ramaswamy" class="js-user-link"><span class="note-header-author-name">Priya Ramaswamy</span></a> <span class="system-note-message"><span>{text}</span></span> <a href="#note_{21800 + n}" class="note-timestamp"><time datetime="{when}Z" class="js-timeago">3 months ago</time></a></div></div></div></div></li>'

    items = [
        system(
            'added <a class="gl-label-link" href="/labels/bug"><span class="gl-label-text">bug</span></a> <a href="/labels/ui"><span class="gl-label-text">UI</span></a> labels',
            1,
            "2025-01-06T09:13:00",
        )
    ]
    for root in kids.get(None, []):
        replies = "\n".join(note(j) for j in dfs_order(p) if j != root and _root_of(p, j) == root)
        items.append(f"""<li class="note note-discussion timeline-entry" data-discussion-id="d{root}"><div class="timeline-entry-inner"><div class="timeline-content"><div class="discussion js-discussion-container"><div class="discussion-body"><div class="card discussion-wrapper"><ul class="notes">
{note(root)}
{replies}
<li class="discussion-reply-holder gl-border-t timeline-entry"><div class="discussion-with-resolve-btn"><button type="button" class="js-vue-discussion-reply btn-text-field" title="Add a reply">Reply…</button></div></li>
</ul></div></div></div></div></div></li>""")
        if root == 0:
            items.append(
                system(
                    'mentioned in merge request <a href="/tallyboard/tallyboard-web/-/merge_requests/412" class="gfm gfm-merge_request">!412</a>',
                    2,
                    "2025-01-07T08:00:00",
                )
            )
            items.append(system("changed the description", 3, "2025-01-07T08:05:00"))
    links = "".join(
        f'<li class="related-issues-token-body"><a href="/tallyboard/tallyboard-web/-/issues/{1851 - 61 * k}">{e(t)}</a></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="navbar navbar-gitlab"><a class="tanuki-logo" href="/">GitLab</a><ul class="nav"><li><a href="/explore">Explore</a></li><li><a href="/users/sign_in">Sign in</a></li></ul></header>
<div class="layout-page"><aside class="nav-sidebar"><ul class="sidebar-top-level-items"><li><a href="/tallyboard/tallyboard-web">Project information</a></li><li class="active"><a href="/tallyboard/tallyboard-web/-/issues">Issues 214</a></li><li><a href="/tallyboard/tallyboard-web/-/merge_requests">Merge requests 31</a></li></ul></aside>
<div class="content-wrapper"><nav class="breadcrumbs"><ul class="breadcrumbs-list"><li><a href="/tallyboard">tallyboard</a></li><li><a href="/tallyboard/tallyboard-web">tallyboard-web</a></li><li><a href="/tallyboard/tallyboard-web/-/issues">Issues</a></li><li>#1873</li></ul></nav>
<main id="content-body" class="content"><div class="detail-page-header"><span class="issuable-status-badge badge badge-success">Open</span> <span class="issuable-meta">Issue created <time datetime="{p.when}Z" class="js-timeago">{e(p.date_shown)}</time> by <a class="author-link" href="/priya.ramaswamy"><span class="author">{e(p.byline)}</span></a></span></div>
<div class="issue-details issuable-details"><div class="detail-page-description"><h1 class="title qa-title" dir="auto">{e(p.title)}</h1>
<div class="description"><div class="md">
{paras(p.article)}
</div></div><small class="edited-text">Edited 3 months ago by Priya Ramaswamy</small></div>
<div class="related-issues-block"><h3 class="card-title">Linked items <span class="gl-badge">2</span></h3><ul class="related-items-list">{links}</ul></div></div>
<section class="issuable-discussion js-vue-notes-event"><div class="notes-tabs"><span>Activity</span><select class="js-sort"><option>Oldest first</option><option>Newest first</option></select></div>
<ul id="notes-list" class="notes main-notes-list timeline">
{chr(10).join(items)}
</ul>
<div class="js-comment-form"><form class="new-note common-note-form"><label for="note-body" class="sr-only">Comment</label><textarea id="note-body" class="note-textarea" placeholder="Write a comment or drag your files here…"></textarea><button type="submit" class="btn btn-confirm">Comment</button> <button type="button" class="btn">Close issue</button></form></div>
</section></main>
<aside class="right-sidebar"><div class="block assignee"><div class="title">Assignee</div><span class="author">Marek Hollis</span></div><div class="block labels"><div class="title">Labels</div><span class="gl-label">bug</span> <span class="gl-label">UI</span></div><div class="block milestone"><div class="title">Milestone</div>16.9</div></aside></div></div>"""
    return shell(p, body)


def _root_of(p: Page, i: int) -> int:
    while p.comments[i].parent is not None:
        i = p.comments[i].parent  # type: ignore[assignment]
    return i


def r_khoros(p: Page) -> str:
    """Khoros (Lithium) community thread: flat lia-message-view-wrapper blocks, ranks, 'Re: …' subjects, kudos, quotes, signatures."""
    posts = [first_post(p), *p.comments]
    blocks = []
    for n, c in enumerate(posts):
        rank = c.extra if n else "Regular Visitor"
        subject = p.title if not n else f"Re: {p.title}"
        when = c.when if n else p.when
        date_part, time_part = c.shown.split(" ", 1)
        quote = ""
        if n and c.extra2 and c.parent is not None:
            quote = f'<blockquote><hr><li-user uid="{5500 + c.parent + 1}" login="{e(p.comments[c.parent].author)}"></li-user><a href="/t5/user/viewprofilepage/user-id/{5500 + c.parent + 1}">{e(p.comments[c.parent].author)}</a> wrote:<br><p>{e(c.extra2)}</p><hr></blockquote>'
        solved = (
            '<div class="lia-accepted-solution lia-component-solution-info"><span class="lia-img-icon-accepted-solution lia-fa-icon"></span> Accepted Solution</div>'
            if n == 1
            else ""
        )
        sig = (
            '<div class="lia-message-signature"><p>If a post helped you, please give it a Kudo. If it solved the problem, mark it as the solution.</p></div>'
            if c.extra == "Super Contributor"
            else ""
        )
        if c.extra == "Community Manager":
            sig = '<div class="lia-message-signature"><p>Dana | Fernway Community Team</p></div>'
        blocks.append(f"""<div class="lia-message-view-wrapper lia-js-data-messageUid-{880400 + n} lia-component-forums-widget-message-view-two" id="M{n}"><div class="MessageView lia-message-view-forum-message lia-message-view-display{" lia-message-view-first" if not n else ""}">
<div class="lia-quilt-column lia-quilt-column-04 lia-quilt-column-left"><div class="lia-message-author-avatar"><img class="lia-user-avatar-message" alt="{e(c.author)}" src="/t5/image/serverpage/avatar-name/{n}"></div>
<div class="lia-message-author-username"><a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/{5500 + n}"><span class="">{e(c.author)}</span></a></div><div class="lia-message-author-rank lia-component-author-rank">{e(rank)}</div></div>
<div class="lia-quilt-column lia-quilt-column-20 lia-quilt-column-right">{solved}<div class="lia-message-subject"><h2 itemprop="name" class="message-subject"><span class="lia-message-unread">{e(subject)}</span></h2></div>
<div class="lia-message-post-date lia-component-post-date-last-edited"><span class="DateTime" title="{when}"><span class="local-date">&lrm;{e(date_part)}</span> <span class="local-time">{e(time_part)}</span></span></div>
<div class="lia-message-body-wrapper"><div itemprop="text" id="bodyDisplay_{n}" class="lia-message-body-content">{quote}{paras(c.text)}</div></div>{sig}
<div class="lia-message-footer"><span class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">Kudos ({(n * 3 + 1) % 7})</span> <a class="lia-button lia-button-secondary lia-action-reply" href="/t5/forums/replypage/board-id/mesh/message-id/{880400 + n}">Reply</a></div></div></div></div>""")
    rel = "".join(
        f'<li><a href="/t5/mesh/td-p/{881000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<div class="lia-page"><header class="lia-quilt-row-header"><a class="lia-community-logo" href="/">{e(p.site)}</a><ul class="lia-breadcrumb"><li><a href="/t5/forums">Community</a></li><li><a href="/t5/mesh/bd-p/mesh">Mesh Systems</a></li><li>{e(p.title)}</li></ul></header>
<div class="lia-content"><div class="lia-quilt-column-main"><div class="lia-thread-topic"><h1 class="lia-thread-subject">{e(p.title)}</h1><span class="lia-thread-solved">Solved!</span> <a class="lia-link-navigation" href="#M1">Go to Solution.</a></div>
<div class="lia-component-forums-widget-message-view linear-message-list message-list">
{chr(10).join(blocks)}
</div><div class="lia-paging-full-wrapper"><span class="lia-paging-page-link lia-link-disabled">1</span></div></div>
<aside class="lia-quilt-column-side"><div class="lia-panel lia-panel-standard RelatedContent"><h2 class="lia-panel-heading-bar-title">Related Content</h2><ul>{rel}</ul></div>
<div class="lia-panel lia-panel-standard KudosLeaderboardTaplet"><h2 class="lia-panel-heading-bar-title">Top Kudoed Authors</h2><table><tr><td>netwhisperer</td><td>42</td></tr><tr><td>Fernway_Dana</td><td>37</td></tr></table></div></aside></div>
<footer class="lia-footer">© 2026 {e(p.site)}</footer></div>"""
    return shell(p, body)


def r_faz(p: Page) -> str:
    """FAZ-style 'Lesermeinungen': article.lesermeinung blocks, a title line, answers in a hidden div.antworten opened by a button."""
    kids = children_of(p)

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        more = ""
        if sub:
            more = f'<button type="button" class="lesermeinung__antworten-toggle js-toggle-answers">Antworten anzeigen ({len(kids[i])})</button><div class="antworten" hidden>{sub}</div>'
        return f"""<article class="lesermeinung" data-id="{3301 + i}" id="lesermeinung-{3301 + i}"><header class="lesermeinung__header"><span class="lesermeinung__autor"><a href="/profil/{3301 + i}">{e(c.author)}</a></span> <time class="lesermeinung__datum" datetime="{c.when}+01:00">{e(c.shown)}</time></header>
<h4 class="lesermeinung__titel">{e(c.extra)}</h4><div class="lesermeinung__text"><p>{e(c.text)}</p></div>
<div class="lesermeinung__aktionen"><button type="button" class="lesermeinung__empfehlen">Empfehlen <span class="lesermeinung__anzahl">{(i * 7 + 3) % 40}</span></button> <button type="button" class="lesermeinung__antworten-link">Antworten</button> <a class="lesermeinung__melden" href="/melden/{3301 + i}">Melden</a></div>{more}</article>"""

    comments = tree(p, item, lambda s: s)
    body = f"""<header class="Header"><a class="Header__logo" href="/">{e(p.site)}</a>{nav(p, "Header__nav")}</header>
<main class="Main"><article class="atc"><header class="atc-Header"><span class="atc-HeadlineEmphasis">Verzögerte Bescheide</span><h1 class="atc-HeadlineText">{e(p.title)}</h1><p class="atc-Meta"><span class="atc-MetaAuthor">Von {e(p.byline)}</span> <time class="atc-MetaTime" datetime="{p.when}+01:00">{e(p.date_shown)}</time> <a class="atc-MetaComments" href="#lesermeinungen">4 Lesermeinungen</a></p></header>
<div class="atc-Text">
{paras(p.article, "p")}
</div></article>
{related(p)}
<section id="lesermeinungen" class="lay-Comments"><h2 class="lay-Comments__title">Lesermeinungen</h2><div class="lay-Comments__sort"><button type="button">Neueste</button> <button type="button">Meistempfohlen</button></div>
<div class="lay-Comments__list">
{comments}
</div><button type="button" class="lay-Comments__more">Weitere Lesermeinungen laden</button>
<div class="lay-Comments__form" hidden><form><label for="lm-titel">Titel</label><input id="lm-titel" type="text"><label for="lm-text">Ihr Kommentar</label><textarea id="lm-text"></textarea><button type="submit">Lesermeinung senden</button></form></div></section></main>
<aside class="Sidebar"><section class="Sidebar__mostread"><h3>Meistgelesen</h3><ol><li><a href="/m/1">Rentenbescheid: Diese Fehler sind häufig</a></li><li><a href="/m/2">Zinsen für Tagesgeld sinken weiter</a></li></ol></section></aside>
{footer(p)}"""
    return shell(p, body)


def r_sportsru(p: Page) -> str:
    """Sports.ru-style comments: nested ul.comments-list of li.comment-item, ratings, 'Показать ещё 2 ответа', a 'Сейчас обсуждают' block."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        more = '<a class="comments-list__more" href="#">Показать ещё 2 ответа</a>' if i == 0 else ""
        return f"""<li class="comment-item" data-comment-id="{1490100 + i}" id="comment-{1490100 + i}"><div class="comment-item__header"><a class="comment-item__author" href="/profile/{770 + i}/">{e(c.author)}</a><img class="comment-item__team" src="/img/teams/{i % 3}.png" alt=""> <span class="comment-item__date" data-time="{c.when}+03:00">{e(c.shown)}</span></div>
<div class="comment-item__text">{e(c.text)}</div>
<div class="comment-item__footer"><div class="comment-item__rating"><a class="vote-up" href="#" title="Плюс">▲</a><span class="rating-value">+{(i * 9 + 15) % 31}</span><a class="vote-down" href="#" title="Минус">▼</a></div><a class="comment-item__reply" href="#">Ответить</a> <a class="comment-item__complain" href="#">Пожаловаться</a></div>{sub}{more}</li>"""

    comments = tree(p, item, lambda s: f'<ul class="comments-list comments-list--children">{s}</ul>')
    quotes = [
        "Без нормального опорника в этом сезоне делать нечего.",
        "Состав странный, половина игроков травмирована.",
    ]
    now = "".join(
        f'<li class="now-discussing__item"><span class="now-discussing__user">{e(who)}</span><p class="now-discussing__text">{e(quotes[k % 2])}</p><a href="/news/{8800 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a>{nav(p, "header__menu")}</header>
<div class="layout"><main class="layout__main"><article class="news-item"><h1 class="news-item__title">{e(p.title)}</h1><div class="news-item__meta"><time datetime="{p.when}+03:00">{e(p.date_shown)}</time> <span class="news-item__author">{e(p.byline)}</span></div>
<div class="news-item__content">
{paras(p.article)}
</div></article>
{related(p)}
<div class="comments" id="comments"><h2 class="comments__title">Комментарии <span class="comments__count">31</span></h2><div class="comments__tabs"><a class="active" href="#">Лучшие</a> <a href="#">Новые</a></div>
<ul class="comments-list">
{comments}
</ul><a class="comments__all" href="#">Все комментарии</a></div></main>
<aside class="layout__side now-discussing"><h3 class="now-discussing__title">Сейчас обсуждают</h3><ul>{now}</ul></aside></div>
{footer(p)}"""
    return shell(p, body)


# A member's join date, post count and signature are the same on each of their posts.
VB3_MEMBERS = {
    "Javi_TDI": ("mar 2011", 1240),
    "Rodri_Garaje": ("oct 2015", 312),
    "MecanicaLola": ("ene 2009", 9055),
    "Pepe_Ruedas": ("feb 2013", 640),
}
VB3_SIGNATURES = {
    "Javi_TDI": "Golf IV 1.9 TDI 110cv",
    "Rodri_Garaje": "Taller en Getafe desde 1998",
    "Pepe_Ruedas": "Seat León 2008, 310.000 km",
}


def r_vb3(p: Page) -> str:
    """vBulletin 3.8 postbit_legacy: a table.tborder per post, a.bigusername, 'Cita: Originalmente Escrito por X', signatures."""
    posts = [first_post(p), *p.comments]
    tables = []
    for n, c in enumerate(posts):
        pid = 6120400 + n
        title = c.extra if n else "Forero"
        quote = ""
        if n and c.extra2 and c.parent is not None:
            quote = f'<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">Cita:</div><table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2" style="border:1px inset"><div>Originalmente Escrito por <strong>{e(p.comments[c.parent].author)}</strong> <a href="showthread.php?p={pid - n + c.parent + 1}#post{pid - n + c.parent + 1}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" alt="Ver Mensaje"></a></div><div style="font-style:italic">{e(c.extra2)}</div></td></tr></table></div>'
        sig_text = VB3_SIGNATURES.get(c.author, "")
        sig = f"<div>__________________<br>{e(sig_text)}</div>" if sig_text else ""
        joined, count = VB3_MEMBERS.get(c.author, ("mar 2011", 1240))
        tables.append(f"""<div id="edit{pid}" style="padding:0px 0px 6px 0px"><table class="tborder" id="post{pid}" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="thead" style="font-weight:normal"><div class="normal" style="float:right">&nbsp;#<a href="showpost.php?p={pid}&amp;postcount={n + 1}" target="new" rel="nofollow" id="postcount{pid}" name="{n + 1}"><strong>{n + 1}</strong></a> &nbsp;</div><div class="normal"><a name="post{pid}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Antiguo"></a> {e(c.shown)}</div></td></tr>
<tr><td class="alt2" style="padding:0px"><table cellpadding="0" cellspacing="6" border="0" width="100%"><tr><td nowrap="nowrap"><div id="postmenu_{pid}"><a class="bigusername" href="member.php?u={880 + list(VB3_MEMBERS).index(c.author)}">{e(c.author)}</a></div><div class="smallfont">{e(title)}</div></td><td width="100%">&nbsp;</td><td valign="top" nowrap="nowrap"><div class="smallfont"><div>Fecha de Ingreso: {joined}</div><div>Mensajes: {count}</div></div></td></tr></table></td></tr>
<tr><td class="alt1" id="td_post_{pid}"><div id="post_message_{pid}">{quote}{brs(c.text)}</div>{sig}</td></tr>
<tr><td class="alt2" align="right"><a href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow"><img src="images/buttons/quote.gif" alt="Responder Con Cita" border="0"></a></td></tr>
</table></div>""")
    similar = "".join(
        f'<tr><td class="alt1"><a href="showthread.php?t={720010 + k}">{e(t)}</a></td><td class="alt2">Mecánica</td></tr>'
        for k, t in enumerate(p.related)
    )
    body = f"""<table class="page" width="100%"><tr><td><a href="/"><img src="images/misc/logo.gif" alt="{e(p.site)}"></a></td></tr></table>
<table class="tborder" cellpadding="6" width="100%"><tr><td class="alt1"><span class="navbar"><a href="index.php">{e(p.site)}</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=12">Mecánica</a></span><br><strong>{e(p.title)}</strong></td></tr></table>
<div id="posts">
{chr(10).join(tables)}
<div id="lastpost"></div></div>
<table class="tborder" width="100%"><tr><td class="thead">Temas Similares</td></tr><tr><td><table width="100%">{similar}</table></td></tr></table>
<div class="smallfont" align="center">Powered by vBulletin® Versión 3.8.11<br>© 2026 {e(p.site)}</div>"""
    return shell(p, body)


LINUXFR_SIGS = ("La liberté ne s'use que si l'on ne s'en sert pas.", "Debian depuis Potato.")


def r_linuxfr(p: Page) -> str:
    """LinuxFr.org-style comments: nested ul.threads, 'Re: …' titles, 'Posté par X le … Évalué à N (+a/-b).', signatures."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        score = (i * 5 + 4) % 9
        sig = f'<p class="signature">{LINUXFR_SIGS[i % 2]}</p>' if i != 3 else ""
        return f"""<li class="comment fold" id="comment-{1980400 + i}"><h2 class="title"><a href="/nodes/133010/comments/{1980400 + i}">{e(c.extra)}</a></h2>
<p class="meta">Posté par <a href="/users/{c.author.lower().replace(" ", "_")}" rel="author">{e(c.author)}</a> le {e(c.shown)}. Évalué à {score} (+{score}/-0).</p>
<div class="content"><p>{e(c.text)}</p>{sig}</div>
<ul class="actions"><li><a href="/nodes/133010/comments/{1980400 + i}/answer" class="answer">Répondre au commentaire</a></li></ul>
<form class="vote"><button class="for" type="submit" title="Pertinent">+</button><button class="against" type="submit" title="Inutile">−</button></form>{sub}</li>"""

    comments = tree(p, item, lambda s: f"<ul>{s}</ul>")
    recent = "".join(
        f'<li><a href="/news/{k}#comments">{e(post)}</a> par {e(who)}</li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header id="branding"><h1><a href="/">{e(p.site)}</a></h1><nav id="topbar"><ul><li><a href="/news">Dépêches</a></li><li><a href="/journaux">Journaux</a></li><li><a href="/forums">Forums</a></li></ul></nav></header>
<main id="contents"><article class="node hentry news"><header><h1 class="entry-title">{e(p.title)}</h1><div class="meta">Posté par <a href="/users/claire_m" rel="author">{e(p.byline)}</a> le <time datetime="{p.when}+01:00">{e(p.date_shown)}</time>. Modéré par Zorglub. Licence CC By‑SA.</div></header>
<div class="content entry-content">
{paras(p.article)}
</div><footer class="actions"><a href="/news/textcarnet-3#comments">4 commentaires</a></footer></article>
{related(p)}
<section id="comments"><h2>Commentaires</h2><ul class="threads">
{comments}
</ul><p><a href="/nodes/133010/comments/new">Envoyer un commentaire</a></p></section></main>
<aside id="sidebar"><div class="box last-comments"><h1>Derniers commentaires</h1><ul>{recent}</ul></div></aside>
{footer(p)}"""
    return shell(p, body)


def r_tianya(p: Page) -> str:
    """Tianya-style thread: the first post in div.atl-main, flat div.atl-item floors with '作者：' / '时间：', quotes before a dashed line."""
    floors = []
    for i, c in enumerate(p.comments):
        text = brs(c.text)
        if c.extra2 and c.parent is not None:
            src = p.comments[c.parent]
            text = f"@{e(src.author)} {c.parent + 1}楼 {e(src.shown)}<br>{e(c.extra2)}<br>-----------------------------<br>{text}"
        louzhu = '<span class="host">楼主</span>' if c.author == p.byline else ""
        floors.append(f"""<div class="atl-item" _host="{e(c.author)}" id="{i + 1}" js_username="{e(c.author)}" js_restime="{e(c.shown)}" replyid="{33801 + i}"><div class="atl-head"><div class="atl-info"><span>作者：<a class="js-vip-check" href="/user/{9910 + i}" target="_blank" uname="{e(c.author)}">{e(c.author)}</a>{louzhu}</span> <span>时间：{e(c.shown)}</span></div><div class="atl-head-reply"><span class="atl-floor">{i + 1}楼</span></div></div>
<div class="atl-content"><div class="atl-con-bd"><div class="bbs-content">{text}</div><div class="atl-reply"><a class="a-link" href="#">回复</a> <a class="a-link2" href="#">评论</a></div></div></div></div>""")
    hot = "".join(
        f'<li><a href="/post-free-{61000 + k}-1.shtml">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<div id="hd"><div class="tianya-logo"><a href="/">{e(p.site)}</a></div><ul class="nav"><li><a href="/list-free-1.shtml">天涯杂谈</a></li><li><a href="/list-develop-1.shtml">经济论坛</a></li></ul></div>
<div id="bd"><div class="atl-location"><a href="/">天涯社区</a> &gt; <a href="/list-develop-1.shtml">经济论坛</a></div>
<div class="atl-head" id="post_head"><h1 class="atl-title"><span class="s_title"><span>{e(p.title)}</span></span></h1>
<div class="atl-info"><span>楼主：<a class="js-vip-check" href="/user/9900" uname="{e(p.byline)}">{e(p.byline)}</a></span> <span>时间：{e(p.date_shown)}</span> <span>点击：18236</span> <span>回复：4</span></div></div>
<div class="atl-main"><div class="atl-item host-item"><div class="atl-content"><div class="atl-con-bd"><div class="bbs-content clearfix">
{brs(p.article)}
</div></div></div></div>
{chr(10).join(floors)}
</div><div class="atl-pages"><strong>1</strong></div>
<div class="atl-reply-form"><textarea placeholder="发表回复"></textarea><button>回复</button></div></div>
<div id="hot_recommend" class="side"><h3>热帖推荐</h3><ul>{hot}</ul></div>
<div id="ft"><p>© 2026 {e(p.site)}</p></div>"""
    return shell(p, body)


def r_juejin(p: Page) -> str:
    """Juejin article comments: div.comment-list-item roots, every reply flattened in div.sub-comment-list, '回复 name' before a reply to a reply."""
    kids = children_of(p)

    def one(i: int, cls: str) -> str:
        c = p.comments[i]
        tag = (
            f'<span class="author-tag">{e(c.extra)}</span>'
            if c.extra == "作者"
            else f'<div class="position">{e(c.extra)}</div>'
        )
        reply_to = ""
        if c.parent is not None and p.comments[c.parent].parent is not None:
            reply_to = f'<span class="reply-text">回复</span> <a class="reply-name" href="/user/{31000 + c.parent}">{e(p.comments[c.parent].author)}</a>: '
        return f"""<div class="{cls}" data-v-4a3f9e2c><div class="user-popover-box"><a href="/user/{31000 + i}" class="user-link"><img class="avatar" alt="{e(c.author)}的头像" src="/avatar/{i}.png"></a></div>
<div class="content-box"><div class="meta-box"><a href="/user/{31000 + i}" class="user-link"><span class="name" title="{e(c.author)}">{e(c.author)}</span></a><img class="level" src="/lv/{3 + i % 3}.svg" alt="LV.{3 + i % 3}">{tag}<time class="time" title="{p.date}">{e(c.shown)}</time></div>
<div class="content">{reply_to}<span class="content-text">{e(c.text)}</span></div>
<div class="action-box"><div class="item like"><i class="icon"></i><span>{(i * 4 + 2) % 11}</span></div><div class="item reply"><i class="icon"></i><span>回复</span></div></div></div></div>"""

    roots = []
    for r in kids.get(None, []):
        subs = [j for j in dfs_order(p) if j != r and _root_of(p, j) == r]
        sub = ""
        if subs:
            sub = (
                '<div class="sub-comment-list">'
                + "\n".join(one(j, "sub-comment") for j in subs)
                + f'<div class="fetch-more-comment">查看全部 {len(subs) + 3} 条回复</div></div>'
            )
        roots.append(f'<div class="comment-list-item">{one(r, "comment")}{sub}</div>')
    rec = "".join(
        f'<div class="entry"><a class="title" href="/post/{7300000 + k}">{e(t)}</a></div>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="main-header"><a class="logo" href="/">{e(p.site)}</a><nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/pins">沸点</a></li><li><a href="/course">课程</a></li></ul></nav></header>
<main class="main-container"><div class="main-area article-area"><article class="article"><h1 class="article-title">{e(p.title)}</h1><div class="author-info-block"><a class="username" href="/user/30999">{e(p.byline)}</a> <time datetime="{p.when}+08:00" class="time">{e(p.date_shown)}</time> <span class="views-count">阅读 3,482</span></div>
<div class="article-viewer markdown-body">
{paras(p.article)}
</div></article>
<div id="comment-box" class="comment-box"><div class="comment-form"><textarea placeholder="输入评论（Enter换行，Ctrl + Enter发送）"></textarea><button class="submit-btn">发表评论</button></div>
<div class="title">全部评论 <span>7</span></div><div class="comment-list">
{chr(10).join(roots)}
</div></div>
<div class="recommended-area"><div class="title">相关推荐</div>{rec}</div></div></main>
{footer(p)}"""
    return shell(p, body)


def r_xthread(p: Page) -> str:
    """X (Twitter) post page: article[data-testid=tweet] cells, User-Name, 'Replying to @handle', tweetText, counts in aria-labels."""
    handle_of = {c.author: c.extra for c in p.comments}
    op_handle = handle_of.get(p.byline, "tamsinreyes")

    def tweet(n: int, c: C, replying: str, big: bool) -> str:
        handle = c.extra or op_handle
        reply_line = (
            f'<div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6">Replying to <a href="/{replying}" role="link" class="css-175oi2r r-1wbh5a2">@{replying}</a></div>'
            if replying
            else ""
        )
        when = f'<a href="/{handle}/status/{18960000 + n}" role="link" class="css-146c3p1 r-bcqeeo"><time datetime="{c.when}.000Z">{e(c.shown)}</time></a>'
        return f"""<div data-testid="cellInnerDiv" class="css-175oi2r" style="transform: translateY({n * 180}px); position: absolute; width: 100%;"><div class="css-175oi2r r-1igl3o0 r-qklmqi"><article aria-labelledby="id__{n}a" role="article" tabindex="0" class="css-175oi2r r-18u37iz r-1udh08x r-i023vh r-1qhn6m8" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-18kxxzh r-1wron08" data-testid="Tweet-User-Avatar"><a href="/{handle}" role="link"><img alt="" draggable="true" src="/profile_images/{n}.jpg" class="css-9pa8cd"></a></div>
<div class="css-175oi2r r-1iusvr4 r-16y2uox"><div class="css-175oi2r r-zl2h9q"><div data-testid="User-Name" class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1awozwy r-18u37iz"><a href="/{handle}" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-b88u0q"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">{e(c.author)}</span></div>{'<svg viewBox="0 0 22 22" aria-label="Verified account" role="img" class="r-4qtqp9 r-yyyyoo r-1xvli5t" data-testid="icon-verified"><g></g></svg>' if n in (0, 4) else ""}</a></div>
<div class="css-175oi2r r-18u37iz r-1wbh5a2 r-13hce6t"><a href="/{handle}" role="link" tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="css-146c3p1 r-dnmrzs r-1udh08x r-3s2u2q"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">@{handle}</span></div></a><div aria-hidden="true" class="css-146c3p1 r-1q142lx r-s1qlax"><span class="css-1jxf684">·</span></div>{"" if big else when}</div></div></div>
{reply_line}<div dir="auto" lang="en" class="css-146c3p1 r-8akbws r-krxsd3 r-dnmrzs r-1udh08x r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-bnwqim" id="id__{n}b" data-testid="tweetText">{paras(c.text, "span") if big else f'<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">{e(c.text)}</span>'}</div>
{f'<div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2">{when} <span class="css-1jxf684">·</span> <span class="css-1jxf684"><span class="css-1jxf684 r-bcqeeo">48.2K</span> Views</span></div>' if big else ""}
<div aria-label="{(n * 7 + 3) % 40} replies, {(n * 13 + 5) % 90} reposts, {(n * 37 + 21) % 400} likes" role="group" class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4"><div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="{(n * 7 + 3) % 40} Replies. Reply" role="button" class="css-175oi2r r-1777fci r-bt1l66" data-testid="reply" type="button"><span class="css-1jxf684 r-1ttztb7 r-qvutc0 r-poiln3 r-n6v787 r-1cwl3u0 r-1k6nrdp r-n7gxbd"><span class="css-1jxf684 r-bcqeeo">{(n * 7 + 3) % 40}</span></span></button></div><div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="{(n * 13 + 5) % 90} reposts. Repost" role="button" class="css-175oi2r r-1777fci r-bt1l66" data-testid="retweet" type="button"><span class="css-1jxf684 r-bcqeeo">{(n * 13 + 5) % 90}</span></button></div><div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="{(n * 37 + 21) % 400} Likes. Like" role="button" class="css-175oi2r r-1777fci r-bt1l66" data-testid="like" type="button"><span class="css-1jxf684 r-bcqeeo">{(n * 37 + 21) % 400}</span></button></div></div>
</div></div></div></article></div></div>"""

    op = C(p.byline, p.when, p.date_shown, p.article, extra=op_handle)
    cells = [tweet(0, op, "", True)]
    for i, c in enumerate(p.comments):
        target = op_handle if c.parent is None else p.comments[c.parent].extra
        cells.append(tweet(i + 1, c, target, False))
    cells.append(
        '<div data-testid="cellInnerDiv" class="css-175oi2r"><div class="css-175oi2r r-1awozwy"><button role="button" class="css-175oi2r r-1loqt21" type="button"><span class="css-1jxf684">Show more replies</span></button></div></div>'
    )
    cells.append(
        '<div data-testid="cellInnerDiv" class="css-175oi2r"><h2 aria-level="2" role="heading" class="css-146c3p1 r-bcqeeo"><span class="css-1jxf684">Discover more</span></h2><div class="css-175oi2r"><span class="css-1jxf684">Sourced from across X</span></div></div>'
    )
    follow = "".join(
        f'<li class="css-175oi2r" data-testid="UserCell"><span class="css-1jxf684">{e(t)}</span><button type="button" class="css-175oi2r r-sdzlij"><span class="css-1jxf684">Follow</span></button></li>'
        for t in ("City Library Network", "Repair Café Harbour")
    )
    body = f"""<div id="react-root" class="css-175oi2r r-13awgt0 r-12vffkv"><div class="css-175oi2r r-13awgt0 r-12vffkv"><header role="banner" class="css-175oi2r r-lrvibr r-1g40b8q"><nav aria-label="Primary" role="navigation" class="css-175oi2r r-15zivkp"><a href="/home" aria-label="Home" role="link" class="css-175oi2r">Home</a><a href="/explore" aria-label="Search and explore" role="link" class="css-175oi2r">Explore</a></nav></header>
<main role="main" class="css-175oi2r r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-f8sm7e r-13qz1uu r-1ye8kvj"><div class="css-175oi2r r-aqfbo4"><h2 aria-level="2" role="heading" class="css-146c3p1 r-bcqeeo"><span class="css-1jxf684">Post</span></h2></div>
<section aria-labelledby="accessible-list-1" role="region" class="css-175oi2r"><h1 class="css-146c3p1 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h" dir="auto" id="accessible-list-1">Conversation</h1><div aria-label="Timeline: Conversation" class="css-175oi2r"><div class="css-175oi2r" style="position: relative; min-height: 1400px;">
{chr(10).join(cells)}
</div></div></section></div></main>
<div data-testid="sidebarColumn" class="css-175oi2r r-aqfbo4 r-zso239"><aside aria-label="Who to follow" role="complementary" class="css-175oi2r"><h2 class="css-146c3p1"><span class="css-1jxf684">Who to follow</span></h2><ul>{follow}</ul></aside><nav aria-label="Footer" class="css-175oi2r"><a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a> <span>© 2026 X Corp.</span></nav></div></div></div>"""
    return shell(p, body)


def r_dailymail(p: Page) -> str:
    """MailOnline-style reader comments: div.comment with the text first, 'Name, Town, Country, N hours ago' after it; replies in div.replies."""
    kids = children_of(p)

    def one(i: int) -> str:
        c = p.comments[i]
        return f"""<div class="comment" data-id="{60210 + i}" id="comment-{60210 + i}"><p class="comment-body">{e(c.text)}</p>
<p class="user-info"><a class="js-usr" href="/registration/{9000 + i}/profile.html">{e(c.author)}</a>, <span class="user-location">{e(c.extra)}</span>, <span class="js-time">{e(c.shown)}</span></p>
<div class="rating"><span class="rating-label">Click to rate</span> <a class="up" href="#" title="Rate up"><span class="count">{(i * 17 + 40) % 300}</span></a> <a class="down" href="#" title="Rate down"><span class="count">{(i * 5 + 3) % 60}</span></a></div>
<div class="comment-actions"><a class="reply" href="#">Reply</a> <a class="report" href="#">Report abuse</a></div></div>"""

    items = []
    for r in kids.get(None, []):
        subs = [j for j in dfs_order(p) if j != r and _root_of(p, j) == r]
        rep = ""
        if subs:
            rep = f'<div class="replies-wrap"><a class="show-replies" href="#">View all {len(subs)} replies</a><div class="replies" style="display:none">{"".join(one(j) for j in subs)}</div></div>'
        items.append(f'<div class="comment-thread">{one(r)}{rep}</div>')
    body = f"""<div class="page-header"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "nav-primary")}</div>
<div class="page-content"><div class="article-text wide"><h1>{e(p.title)}</h1><p class="author-section byline-plain">{e(p.byline)}</p><p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span> <time datetime="{p.when}+0000">07:14, 3 March 2025</time></span></p>
<div itemprop="articleBody">
{paras(p.article)}
</div></div>
{related(p)}
<div id="reader-comments" class="reader-comments"><h3 class="rc-title">Comments <span class="count">412</span></h3><p class="rc-note">Share what you think</p>
<div class="rc-tabs"><a class="active" href="#">Newest</a> <a href="#">Oldest</a> <a href="#">Best rated</a> <a href="#">Worst rated</a></div>
<div class="comments">
{chr(10).join(items)}
</div><a class="rc-more" href="#">View all</a>
<form class="rc-form"><h4>Share what you think</h4><label>Name<input type="text" name="name"></label><label>Town and country<input type="text" name="location"></label><textarea name="comment"></textarea><button type="submit">Post comment</button></form></div>
<div class="sidebar puff"><h3>Most read</h3><ul><li><a href="/m1">Town's last bank branch to close in June</a></li><li><a href="/m2">Heatwave warning for the weekend</a></li></ul></div></div>
{footer(p)}"""
    return shell(p, body)


def r_tagesmeta(p: Page) -> str:
    """meta.tagesschau.de-style comment page: flat numbered div.comment, 'Antwort auf Kommentar Nr. N von X', a moderation note, a removed comment."""
    number: dict[int, int] = {}
    blocks = []
    k = 0
    for i, c in enumerate(p.comments):
        k += 1
        number[i] = k
        reply = (
            f'<div class="comment__reply-to">Antwort auf <a href="#comment-{5500 + number[c.parent]}">Kommentar Nr. {number[c.parent]}</a> von {e(p.comments[c.parent].author)}</div>'
            if c.parent is not None
            else ""
        )
        mod = (
            f'<div class="comment__moderation"><strong>Moderation:</strong> {e(c.extra.removeprefix("Moderation: "))}</div>'
            if c.extra
            else ""
        )
        date_part, time_part = c.shown.split(" • ")
        blocks.append(f"""<div class="comment" id="comment-{5500 + k}"><div class="comment__header">Kommentar Nr. {k} von <a class="comment__author" href="/user/{410 + i}">{e(c.author)}</a>, <time datetime="{c.when}+01:00">{e(date_part)} • {e(time_part)}</time></div>
{reply}<div class="comment__body"><p>{e(c.text)}</p>{mod}</div>
<ul class="comment__links"><li><a href="/kommentar/{5500 + k}/antworten">Antworten</a></li><li><a href="/kommentar/{5500 + k}/melden">Melden</a></li></ul></div>""")
        if i == 2:
            k += 1
            blocks.append(
                f'<div class="comment comment--removed" id="comment-{5500 + k}"><div class="comment__header">Kommentar Nr. {k}</div><div class="comment__body"><p class="comment__removed-note">Dieser Kommentar wurde von der Moderation entfernt.</p></div></div>'
            )
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a><nav class="header__nav"><ul><li><a href="/">Startseite</a></li><li><a href="/regeln">Kommentarregeln</a></li><li><a href="/login">Anmelden</a></li></ul></nav></header>
<main class="content"><div class="meta-story"><p class="meta-story__topline">Bahnverkehr</p><h1 class="meta-story__title">{e(p.title)}</h1><p class="meta-story__date">Stand: <time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p>
<div class="meta-story__teaser">
{paras(p.article)}
</div><a class="meta-story__link" href="https://nachrichten.example/inland/nachtzug-wien-100.html">Zur Meldung</a></div>
<section id="comments" class="comments"><h2 class="comments__title">Kommentare <span>(23)</span></h2><ul class="comments__sort"><li><a class="active" href="?sort=asc">Älteste zuerst</a></li><li><a href="?sort=desc">Neueste zuerst</a></li></ul>
{chr(10).join(blocks)}
<ul class="pager"><li class="pager__current">Seite 1 von 3</li><li><a href="?page=2">Nächste Seite</a></li></ul>
<p class="comments-closed">Die Kommentarfunktion ist geschlossen.</p></section>
<section class="meta-related"><h3>Weitere Meldungen zum Thema</h3><ul>{"".join(f'<li><a href="/story/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section></main>
<footer class="footer"><p>© 2026 {e(p.site)} · <a href="/impressum">Impressum</a> · <a href="/netiquette">Netiquette</a></p></footer>"""
    return shell(p, body)


def r_otvet(p: Page) -> str:
    """Ответы Mail.ru-style question: 'Лучший ответ' first, then the answers; comments under an answer in a folded list."""
    kids = children_of(p)

    def answer(i: int, best: bool) -> str:
        c = p.comments[i]
        comments = ""
        if kids.get(i):
            items = "".join(
                f'<div class="a-comment" data-id="{7720 + j}"><a class="a-comment__author" href="/profile/{3300 + j}/">{e(p.comments[j].author)}</a> <time class="a-comment__date">{e(p.comments[j].shown)}</time><div class="a-comment__text">{e(p.comments[j].text)}</div></div>'
                for j in kids[i]
            )
            comments = f'<div class="a-comments"><button type="button" class="a-comments__toggle">Комментарии ({len(kids[i])})</button><div class="a-comments__list">{items}</div></div>'
        head = '<div class="a-best__label">Лучший ответ</div>' if best else ""
        return f"""<div class="a-item{" a-best" if best else ""}" data-answer-id="{2410 + i}">{head}<div class="a-head"><img class="a-avatar" src="/avatar/{i}.jpg" alt=""><a class="a-author" href="/profile/{3300 + i}/">{e(c.author)}</a> <span class="a-rank">{e(c.extra)}</span> <time class="a-date" title="{p.date}">{e(c.shown)}</time></div>
<div class="a-text">{e(c.text)}</div><div class="a-actions"><button type="button" class="a-like">Нравится <span>{(i * 6 + 4) % 23}</span></button> <button type="button" class="a-comment-btn">Комментировать</button></div>{comments}</div>"""

    roots = kids.get(None, [])
    similar = "".join(
        f'<li><a href="/question/{23700000 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a><nav class="header__nav"><a href="/categories">Категории</a> <a href="/ask">Спросить</a> <a href="/login">Войти</a></nav></header>
<main class="page"><div class="q-question"><div class="q-meta"><a class="q-author" href="/profile/3299/">{e(p.byline)}</a> <span class="a-rank">Ученик (104)</span> <time title="{p.when}">{e(p.date_shown)}</time> <a href="/categories/home/">Дом и быт</a></div>
<h1 class="q-title">{e(p.title)}</h1><div class="q-text">
{paras(p.article)}
</div></div>
<div class="a-best-block">{answer(roots[0], True)}</div>
<div class="a-list"><h2 class="a-list__title">Остальные ответы</h2>
{chr(10).join(answer(r, False) for r in roots[1:])}
</div>
<aside class="similar"><h3>Похожие вопросы</h3><ul>{similar}</ul></aside></main>
<footer class="footer">© 2026 {e(p.site)}</footer>"""
    return shell(p, body)


def r_taringa(p: Page) -> str:
    """Taringa!-style post: div.comment-box with nick, rank and 'hace N horas'; replies one level deep in div.comment-replies."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<div class="comment-box" data-id="{91200 + i}" id="comment-{91200 + i}"><div class="comment-avatar"><img src="/avatares/{i}.jpg" alt=""></div><div class="comment-main"><div class="comment-header"><a class="comment-user" href="/{e(c.author)}"><span class="nick">{e(c.author)}</span></a> <span class="rank">{e(c.extra)}</span> <time class="comment-date" title="{p.date}">{e(c.shown)}</time></div>
<div class="comment-content">{e(c.text)}</div>
<div class="comment-actions"><span class="votes">👍 {(i * 3 + 4) % 12}</span> <a href="#" class="reply">Responder</a> <a href="#" class="quote">Citar</a></div>{sub}</div></div>"""

    comments = tree(p, item, lambda s: f'<div class="comment-replies">{s}</div>')
    quotes = [
        "Les pongo comino y queda otra cosa, gracias por compartir.",
        "Qué fotos, me dieron ganas de ir en invierno.",
    ]
    last = "".join(
        f'<li><strong>{e(who)}</strong> en <a href="/posts/{k}">{e(post)}</a>: <em>{e(quotes[k % 2])}</em></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    rel = "".join(
        f'<li><a href="/posts/hazlo-tu-mismo/{1880 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<div id="head"><a class="logo" href="/">{e(p.site)}</a><ul class="menu"><li><a href="/posts">Posts</a></li><li><a href="/comunidades">Comunidades</a></li><li><a href="/registro">Registrarse</a></li></ul></div>
<div id="cuerpocontainer"><div class="post-wrapper"><div class="post-autor"><a class="nick" href="/{e(p.byline)}">{e(p.byline)}</a><span class="rank">Full User</span><span class="puntos">12.480 puntos</span></div>
<div class="post-contenedor"><div class="post-title"><h1>{e(p.title)}</h1></div><div class="post-body">
{brs(p.article)}
</div><div class="post-puntos"><span>Dar puntos</span> {"".join(f'<a href="#">{k}</a>' for k in range(1, 11))} <span class="total">+5</span></div><div class="post-metadata"><span class="fecha" title="{p.when}">{e(p.date_shown)}</span> · <span>1.203 visitas</span></div></div>
<section class="comments"><h3>14 Comentarios</h3>
{comments}
<a class="more-comments" href="#">Ver más comentarios</a>
<div class="comment-form"><textarea placeholder="Escribí un comentario..."></textarea><button>Comentar</button></div></section></div>
<div class="sidebar"><div class="related"><h4>Posts relacionados</h4><ul>{rel}</ul></div><div class="last-comments"><h4>Últimos comentarios</h4><ul>{last}</ul></div></div></div>
<div id="footer">© 2026 {e(p.site)}</div>"""
    return shell(p, body)


def r_overblog(p: Page) -> str:
    """Overblog: flat div.ob-comment blocks, text first then 'Commentaire n°N posté par Name le …'; the blogger's answer inside."""
    kids = children_of(p)
    blocks = []
    for n, r in enumerate(kids.get(None, []), start=1):
        c = p.comments[r]
        date_part, time_part = c.shown.split(" à ")
        answers = "".join(
            f'<div class="ob-comment-answer"><p class="ob-info">Réponse de <span class="ob-name">{e(p.comments[j].author)}</span> le {e(p.comments[j].shown.split(" à ")[0])} à {e(p.comments[j].shown.split(" à ")[1])}</p><p class="ob-message">{e(p.comments[j].text)}</p></div>'
            for j in kids.get(r, [])
        )
        blocks.append(f"""<div class="ob-comment" id="comment{142000 + r}"><p class="ob-message">{e(c.text)}</p>
<p class="ob-info">Commentaire n°{n} posté par <span class="ob-name">{e(c.author)}</span> le {e(date_part)} à {e(time_part)}</p>
{answers}<a class="ob-reply" href="#ob-form">Répondre</a></div>""")
    last = "".join(
        f'<li><span class="ob-widget-author">{e(who)}</span> : <a href="/{k}.html">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div class="ob-page"><header class="ob-header"><h1 class="ob-title"><a href="/">{e(p.site)}</a></h1><p class="ob-description">Recettes de famille et petits bonheurs</p></header>
<div class="ob-main"><div class="ob-content"><div class="ob-section ob-section-post"><h2 class="ob-post-title">{e(p.title)}</h2><p class="ob-meta">Publié le <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> par {e(p.byline)}</p>
<div class="ob-section ob-section-text">
{paras(p.article)}
</div><p class="ob-tags">Étiquettes : <a href="/tag/confitures/">confitures</a>, <a href="/tag/automne/">automne</a></p></div>
<div class="ob-related"><h3>Vous aimerez aussi</h3><ul>{"".join(f'<li><a href="/r{k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
<section class="ob-comments"><h3 class="ob-comments-title">Commentaires</h3>
{chr(10).join(blocks)}
<h3 class="ob-comments-title">Commenter cet article</h3><form class="ob-form" id="ob-form"><label>Nom<input type="text"></label><label>Adresse email<input type="email"></label><label>Site web<input type="url"></label><textarea></textarea><button type="submit">Publier</button></form></section></div>
<aside class="ob-sidebar"><div class="ob-widget ob-widget-last-comments"><h4>Derniers commentaires</h4><ul>{last}</ul></div></aside></div>
<footer class="ob-footer">Blog créé avec Overblog · © 2026 {e(p.site)}</footer></div>"""
    return shell(p, body)


def r_graphcomment_script(p: Page) -> str:
    """A regional news page whose comments GraphComment's script loads: it shows 'N commentaires' and holds none."""
    n = p.announced
    quotes = [
        "Enfin une bonne nouvelle pour les familles du quartier.",
        "Il faudrait surtout plus de places de parking près de la gare.",
    ]
    side = "".join(
        f'<li class="reactions__item"><span class="reactions__user">{e(who)}</span><p class="reactions__text">« {e(quotes[k % 2])} »</p><a href="/actu/{5100 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="site-header"><a class="site-header__logo" href="/">{e(p.site)}</a>{nav(p, "site-header__nav")}</header>
<main class="page"><div class="page__main"><article class="article"><p class="article__kicker">Transports</p><h1 class="article__title">{e(p.title)}</h1>
<div class="article__meta"><span class="article__author">{e(p.byline)}</span> <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> <a class="article__comments" href="#reactions">{n} commentaires</a></div>
<div class="article__body">
{paras(p.article)}
</div></article>
<section class="reactions" id="reactions"><h2>Réactions</h2><a class="btn btn--react" href="#graphcomment">Réagir ({n})</a>
<div id="graphcomment"></div>
<script type="text/javascript">
  window.gc_params = {{ graphcomment_id: 'echo-du-bocage', fixed_header_height: 0 }};
  var __semio__params = {{ graphcommentId: "echo-du-bocage", behaviour: {{ uid: "article-20250303-car-cholet-nantes" }} }};
  (function() {{ var gc = document.createElement('script'); gc.type = 'text/javascript'; gc.async = true; gc.src = 'https://integration.graphcomment.com/gc_graphlogin.js?' + Date.now(); (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(gc); }})();
</script>
<noscript>Activez JavaScript pour voir les commentaires.</noscript></section>
{related(p)}</div>
<aside class="page__side"><section class="reactions-box"><h3>Vos réactions</h3><ul>{side}</ul></section><section class="most-read"><h3>Les plus lus</h3><ol><li><a href="/actu/m1">Le festival d'été dévoile sa programmation</a></li><li><a href="/actu/m2">Travaux : la rue Nationale fermée une semaine</a></li></ol></section></aside></main>
{footer(p)}"""
    return shell(p, body)


def r_hupu(p: Page) -> str:
    """Hupu-style thread: the first post = article; flat post-reply-list-wrapper floors, '这些回帖亮了' copy above, quotes '引用 @name 发表的:'."""
    likes = [(i * 11 + 7) % 40 for i in range(len(p.comments))]
    top = max(range(len(p.comments)), key=lambda i: likes[i])

    def floor(i: int, light: bool) -> str:
        c = p.comments[i]
        quote = ""
        if c.extra2 and c.parent is not None and not light:
            quote = f'<div class="quote-content"><div class="quote-title">引用 @{e(p.comments[c.parent].author)} 发表的:</div><div class="quote-text">{e(c.extra2)}</div></div>'
        louzhu = (
            '<span class="post-reply-list-user-info-top-host">楼主</span>' if c.author == p.byline else ""
        )
        return f"""<div class="post-reply-list-wrapper" data-pid="{6630100 + i}"><div class="post-reply-list-user-info"><img class="user-avatar" src="/avatar/{i}.png" alt=""><div class="post-reply-list-user-info-top"><a class="post-reply-list-user-info-top-name" href="/user/{18800 + i}">{e(c.author)}</a>{louzhu} <span class="post-reply-list-user-info-top-time">{e(c.shown)}</span> <span class="post-reply-list-user-info-top-location">IP属地：{["上海", "广东", "北京", "四川"][i % 4]}</span> <span class="floor">{i + 1}楼</span></div></div>
<div class="reply-list-content">{quote}<div class="thread-content-detail"><p>{e(c.text)}</p></div></div>
<div class="todo-list"><span class="todo-list-light">亮了({likes[i]})</span> <span class="todo-list-reply">回复</span></div></div>"""

    hot = "".join(f'<li><a href="/{61600000 + k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div class="hp-header"><a class="hp-logo" href="/">{e(p.site)}</a><ul class="hp-nav"><li><a href="/all-gambia">步行街</a></li><li><a href="/nba">NBA</a></li><li><a href="/basketball">篮球场</a></li></ul></div>
<div class="bbs-post-wrapper"><div class="post-wrapper-main"><div class="bbs-post-web-main-title"><h1 class="name">{e(p.title)}</h1></div>
<div class="bbs-post-web-body"><div class="post-user"><a class="post-user-comp-info-top-name" href="/user/18799">{e(p.byline)}</a> <span class="post-user-comp-info-top-time">{e(p.date_shown)}</span> <span class="post-user-comp-info-bottom-from">发布于篮球场</span></div>
<div class="thread-content-detail">
{paras(p.article)}
</div></div>
<div class="post-reply"><div class="light-reply"><div class="light-reply-title">这些回帖亮了</div>{floor(top, True)}</div>
<div class="post-reply-list"><div class="post-reply-list-title">全部回帖</div>
{chr(10).join(floor(i, False) for i in range(len(p.comments)))}
</div><div class="reply-input"><textarea placeholder="说两句"></textarea><button>回复</button></div></div></div>
<div class="hot-thread"><h3>24小时热帖</h3><ul>{hot}</ul></div></div>
<div class="hp-footer">© 2026 {e(p.site)}</div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batches 17 and 18


def r_cactus(p: Page) -> str:
    """Cactus Comments (Matrix): a flat div.cactus-comment list, display name and relative time only, 'View more'."""
    items = "\n".join(
        f"""<div class="cactus-comment"><div class="cactus-comment-avatar"><img src="/_matrix/media/r0/thumbnail/{i}" alt=""></div><div class="cactus-comment-content"><div class="cactus-comment-header"><div class="cactus-comment-displayname">{e(c.author)}</div><div class="cactus-comment-time">{e(c.shown)}</div></div><div class="cactus-comment-body"><p>{e(c.text)}</p></div></div></div>"""
        for i, c in enumerate(p.comments)
    )
    comments = f"""<section class="comments"><h2>Comments</h2><div class="cactus-container"><div class="cactus-editor"><div class="cactus-editor-name"><input type="text" placeholder="Name (optional)"></div><textarea class="cactus-editor-textarea" placeholder="Add a comment"></textarea><div class="cactus-editor-below"><button class="cactus-button cactus-matrix-login-button">Log in</button><button class="cactus-button cactus-send-button">Post</button></div></div>
<div class="cactus-comments-container"><div class="cactus-comments-list">
{items}
</div><div class="cactus-view-more"><button class="cactus-button">View more</button></div></div></div></section>"""
    return shell(p, page_body(p, comments))


def r_replybox_script(p: Page) -> str:
    """A newsletter page whose comments ReplyBox's script loads: it shows 'N comments' and holds none."""
    quotes = ["We did the same and the slugs moved out.", "Lovely piece, thank you."]
    side = "".join(
        f'<li><strong>{e(who)}</strong> on <a href="/p/{k}">{e(post)}</a>: “{e(quotes[k % 2])}”</li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<div class="wrap"><main class="post"><h1 class="post-title">{e(p.title)}</h1><p class="post-meta">{e(p.byline)} · <time datetime="{p.when}Z">{e(p.date_shown)}</time> · <a href="#replybox">{p.announced} comments</a></p>
<div class="post-content">
{paras(p.article)}
</div>
<div class="post-discussion"><a class="button" href="#replybox">Join the discussion ({p.announced})</a>
<div id="replybox"></div>
<script>
  window.replybox = {{ site: 'Yq8aKm2Zp1', identifier: 'why-we-stopped-digging' }};
</script>
<script src="https://cdn.getreplybox.com/js/embed.js"></script></div>
{related(p)}</main>
<aside class="sidebar"><section class="widget"><h3>Recent comments</h3><ul>{side}</ul></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_spiegel(p: Page) -> str:
    """SPIEGEL-style article forum: div.forum-post, 'vor N Stunden', replies nested, a removed post, 'Weitere Beiträge laden'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        return f"""<div class="forum-post" data-post-id="{70410 + i}"><div class="forum-post__header"><a class="forum-post__user" href="/forum/user/{e(c.author)}">{e(c.author)}</a> <span class="forum-post__time" title="{p.date}">{e(c.shown)}</span></div>
<div class="forum-post__text"><p>{e(c.text)}</p></div>
<div class="forum-post__actions"><button>Antworten</button> <button>Empfehlen ({(i * 7 + 5) % 30})</button> <button>Melden</button></div>{sub}</div>"""

    kids = children_of(p)
    roots = kids.get(None, [])
    threads = []
    for n, r in enumerate(roots):
        sub = tree(p, item, lambda s: f'<div class="forum-post__replies">{s}</div>', r)
        threads.append(item(r, f'<div class="forum-post__replies">{sub}</div>' if sub else ""))
        if n == 0:
            threads.append(
                '<div class="forum-post forum-post--removed"><p>Dieser Beitrag wurde entfernt.</p></div>'
            )
    most = "".join(f'<li><a href="/m/{k}">{e(post)}</a></li>' for k, (_, post) in enumerate(p.recent))
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<main><article class="article" data-area="article"><h1>{e(p.title)}</h1><p class="article__meta">{e(p.byline)} · <time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p>
<div class="article__body" data-area="body">
{paras(p.article)}
</div></article>
{related(p)}
<section data-area="forum" class="forum"><h2>Diskutieren Sie mit</h2><p class="forum__rules">Bitte beachten Sie die <a href="/forenregeln">Forenregeln</a>.</p>
{chr(10).join(threads)}
<button class="forum__more">Weitere Beiträge laden</button></section></main>
<aside class="sidebar"><h3>Meistdiskutiert</h3><ul>{most}</ul></aside>
{footer(p)}"""
    return shell(p, body)


def r_dzen(p: Page) -> str:
    """Dzen article: div.comments2 blocks, 'Автор' badge, relative times only, replies behind 'Показать ещё N ответ'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = f' <span class="comments2--author-badge">{e(c.extra)}</span>' if c.extra else ""
        more = '<button class="comments2--show-replies">Показать ещё 1 ответ</button>' if sub else ""
        return f"""<div class="comments2--comment" data-id="{4410 + i}"><div class="comments2--comment-header"><a class="comments2--comment-author" href="/id/{5500 + i}">{e(c.author)}</a>{badge} <span class="comments2--comment-date">{e(c.shown)}</span></div>
<div class="comments2--comment-text">{e(c.text)}</div>
<div class="comments2--comment-actions"><button class="comments2--like"><span>{(i * 5 + 3) % 20}</span></button> <button class="comments2--reply">Ответить</button></div>{more}{sub}</div>"""

    comments = tree(p, item, lambda s: f'<div class="comments2--replies">{s}</div>')
    feed = "".join(
        f'<div class="feed-card"><a href="/a/{k}">{e(t)}</a></div>' for k, t in enumerate(p.related)
    )
    body = f"""<header class="dzen-header"><a class="logo" href="/">Дзен</a></header>
<main class="article-page"><div class="article-channel"><a href="/dacha">{e(p.byline)}</a> <span>12 тыс. подписчиков</span> <button>Подписаться</button></div>
<h1 class="article__title">{e(p.title)}</h1><div class="article-stats"><span>{e(p.date_shown)}</span> <span>8,4 тыс. дочитываний</span></div>
<div class="article-render">
{paras(p.article, "p")}
</div>
<div class="article-likes"><button>Нравится 312</button></div>
<div class="comments2"><h3>Комментарии 4</h3>
{comments}
<button class="comments2--more">Показать ещё комментарии</button>
<textarea placeholder="Написать комментарий"></textarea></div>
<div class="feed"><h3>Читайте также</h3>{feed}</div></main>"""
    return shell(p, body)


def r_elpais(p: Page) -> str:
    """El País-style comments: article.c-comment, 'Suscriptor' badge, time[datetime], replies in ol.c-comment__replies."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = f' <span class="c-comment__badge">{e(c.extra)}</span>' if c.extra else ""
        return f"""<li><article class="c-comment" id="comment-{31800 + i}"><header class="c-comment__header"><span class="c-comment__author">{e(c.author)}</span>{badge} <time class="c-comment__date" datetime="{c.when}+01:00">{e(c.shown)}</time></header>
<div class="c-comment__text"><p>{e(c.text)}</p></div>
<footer class="c-comment__footer"><button>Responder</button> <button>Me gusta {(i * 3 + 5) % 17}</button></footer></article>{sub}</li>"""

    comments = tree(p, item, lambda s: f'<ol class="c-comment__replies">{s}</ol>')
    section = f"""<section id="comentarios" class="comments"><h3>Comentarios ({len(p.comments)})</h3><p><a href="/normas">Normas</a></p>
<ol class="c-comments">
{comments}
</ol>
<button class="c-comments__more">Ver más comentarios</button>
<form class="c-form"><label>Nombre (obligatorio)<input type="text"></label><textarea placeholder="Escribe tu comentario"></textarea><button>Enviar</button></form></section>"""
    side = '<section class="most-viewed"><h3>Lo más visto</h3><ol><li><a href="/m1">El tiempo: lluvias en el norte</a></li><li><a href="/m2">La renta media sube un 3%</a></li></ol></section>'
    return shell(p, page_body(p, section, sidebar=side))


def r_lefigaro(p: Page) -> str:
    """Le Figaro-style comments: div.fig-comment, 'Abonné' badge, 'il y a N heures', replies behind 'Voir les N réponses'."""
    kids = children_of(p)

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = f' <span class="fig-comment__badge">{e(c.extra)}</span>' if c.extra else ""
        n = len(kids.get(i, []))
        show = f'<button class="fig-comment__show-replies">Voir les {n} réponses</button>' if n else ""
        return f"""<div class="fig-comment" data-id="{88100 + i}"><div class="fig-comment__header"><span class="fig-comment__username">{e(c.author)}</span>{badge} <span class="fig-comment__date">{e(c.shown)}</span></div>
<p class="fig-comment__text">{e(c.text)}</p>
<div class="fig-comment__actions"><button>Répondre</button> <button>Signaler</button> <button class="fig-comment__like"><span>{(i * 4 + 2) % 15}</span></button></div>{show}{sub}</div>"""

    comments = tree(p, item, lambda s: f'<div class="fig-comment__replies">{s}</div>')
    section = f"""<section class="fig-comments"><h2>Commentaires</h2><div class="fig-comments__tabs"><button>Les plus récents</button><button>Les plus appréciés</button></div>
{comments}
<button class="fig-comments__more">Voir plus de commentaires</button></section>"""
    side = '<aside class="fig-most"><h3>Les plus commentés</h3><ol><li><a href="/c1">Retraites : ce qui change en avril</a></li><li><a href="/c2">Le prix du gazole repart à la hausse</a></li></ol></aside>'
    return shell(p, page_body(p, section, sidebar=side))


def r_zhidao(p: Page) -> str:
    """Baidu Zhidao: question = article; '最佳答案' first, then '其他回答'; comments on an answer inside it."""
    kids = children_of(p)

    def answer(i: int) -> str:
        c = p.comments[i]
        rate = f' <span class="wgt-replyer-all-rate">{e(c.extra)}</span>' if c.extra else ""
        notes = "".join(
            f'<li class="comment-item"><a class="comment-user">{e(p.comments[j].author)}</a>：<span class="comment-content">{e(p.comments[j].text)}</span> <span class="comment-time">{e(p.comments[j].shown)}</span></li>'
            for j in kids.get(i, [])
        )
        comments = f'<div class="comment-list"><ul>{notes}</ul></div>' if notes else ""
        return f"""<div class="answer" id="answer-{300100 + i}"><div class="wgt-replyer-all"><a class="wgt-replyer-all-uname" href="/usercenter?uid={i}">{e(c.author)}</a> <span class="wgt-replyer-all-level">LV{6 - i % 3}</span>{rate} <span class="wgt-replyer-all-time">{e(c.shown)}</span></div>
<div class="rich-content-container">{e(c.text)}</div>
<div class="wgt-eva"><span class="evaluate">赞 {(i * 9 + 4) % 30}</span> <span class="comment-btn">评论</span></div>{comments}</div>"""

    roots = kids.get(None, [])
    rel = "".join(f'<li><a href="/question/{k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div id="header"><a class="logo" href="/">{e(p.site)}</a><input type="text" placeholder="搜索"><button>搜索答案</button></div>
<div class="wgt-ask"><h1><span class="ask-title">{e(p.title)}</span></h1><div class="line mt-5"><span class="ask-user">{e(p.byline)}</span> <span class="grid-r ask-time">{e(p.date_shown)}</span></div>
<div class="con">
{brs(p.article)}
</div></div>
<div class="wgt-best"><div class="best-title">最佳答案</div>{answer(roots[0])}</div>
<div class="wgt-answers"><div class="answers-title">其他回答</div>
{chr(10).join(answer(r) for r in roots[1:])}
</div>
<div class="related-list"><h3>相关问题</h3><ul>{rel}</ul></div>"""
    return shell(p, body)


def r_xhs(p: Page) -> str:
    """Xiaohongshu note: div.parent-comment items, '作者' tag, '3天前 上海', replies behind '展开 N 条回复'."""
    kids = children_of(p)

    def one(i: int) -> str:
        c = p.comments[i]
        tag = f'<span class="tag">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class="comment-item" id="comment-{i}"><div class="avatar"><img src="/a/{i}.jpg" alt=""></div><div class="right"><div class="author-wrapper"><div class="author"><a class="name" href="/user/profile/{i}">{e(c.author)}</a>{tag}</div></div><div class="content"><span class="note-text">{e(c.text)}</span></div><div class="info"><div class="date"><span>{e(c.shown)}</span></div><div class="interactions"><span class="like-wrapper"><span class="count">{(i * 6 + 3) % 25}</span></span> <span class="reply">回复</span></div></div></div></div>"""

    def below(i: int) -> list[int]:
        out: list[int] = []
        for j in kids.get(i, []):
            out += [j, *below(j)]
        return out

    blocks = []
    for r in kids.get(None, []):
        replies = below(r)
        more = f'<div class="show-more">展开 {len(replies)} 条回复</div>' if replies else ""
        inner = "".join(one(j) for j in replies)
        rc = (
            f'<div class="reply-container"><div class="list-container">{inner}</div>{more}</div>'
            if replies
            else ""
        )
        blocks.append(f'<div class="parent-comment">{one(r)}{rc}</div>')
    others = "".join(
        f'<section class="note-item"><a href="/explore/{k}">{e(t)}</a></section>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div id="app"><div class="side-bar"><a href="/explore">发现</a><a href="/notification">通知</a></div>
<div class="note-container"><div class="author-container"><a class="name" href="/user/profile/0">{e(p.byline)}</a> <button>关注</button></div>
<div class="note-content"><div id="detail-title" class="title">{e(p.title)}</div><div id="detail-desc" class="desc"><span class="note-text">{brs(p.article)}</span></div><div class="bottom-container"><span class="date">{e(p.date_shown)}</span></div></div>
<div class="comments-el"><div class="total">共 {len(p.comments)} 条评论</div><div class="comments-container">
{chr(10).join(blocks)}
<div class="end-container">- THE END -</div></div></div>
<div class="engage-bar"><input placeholder="说点什么..."><span>赞 1024</span><span>收藏 233</span></div></div>
<div class="feeds-container"><h3>相关笔记</h3>{others}</div></div>"""
    return shell(p, body)


def r_ghdiscussion(p: Page) -> str:
    """GitHub Discussions: opening post = article; div.timeline-comment blocks, relative-time[datetime], replies one level deep."""
    kids = children_of(p)

    def box(c: C, i: int, nested: str = "", anchor: str = "") -> str:
        label = f' <span class="Label Label--secondary">{e(c.extra)}</span>' if c.extra else ""
        anchor = anchor or f"discussioncomment-{8801200 + i}"
        # The maintainer's comment is the one the asker marked as the answer.
        answer = (
            '<div class="discussion-timeline-item-answer"><span class="Label Label--success">Marked as answer</span></div>'
            if c.extra == "Maintainer"
            else ""
        )
        return f"""<div class="timeline-comment js-comment" id="{anchor}">{answer}<div class="timeline-comment-header"><h3 class="timeline-comment-header-text f5 text-normal"><a class="author Link--primary text-bold" href="/{e(c.author)}">{e(c.author)}</a>{label} <a href="#{anchor}" class="Link--secondary"><relative-time datetime="{c.when}Z" class="no-wrap">{e(c.shown)}</relative-time></a></h3></div>
<table class="d-block"><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">{paras(c.text)}</td></tr></tbody></table>
<div class="discussion-footer"><button class="discussion-vote-form btn-sm"><span class="js-upvote-count">{(i * 5 + 2) % 14}</span></button></div>{nested}</div>"""

    items = []
    for r in kids.get(None, []):
        replies = "".join(box(p.comments[j], j) for j in kids.get(r, []))
        nested = (
            f'<div class="discussion-nested-comment-group">{replies}<textarea placeholder="Write a reply"></textarea></div>'
            if replies
            else ""
        )
        items.append(f'<div class="discussion-timeline-item">{box(p.comments[r], r, nested)}</div>')
        if r == kids[None][0]:
            items.append(
                '<div class="discussion-timeline-item js-timeline-progressive-focus-container"><button class="ajax-pagination-btn">2 hidden items<br>Load more…</button></div>'
            )
    opener = box(first_post(p), 0, anchor="discussion-body")
    body = f"""<header class="Header"><a class="Header-link" href="/">GitHub</a></header>
<main><div class="repohead"><a href="/tallyhouse">tallyhouse</a> / <strong><a href="/tallyhouse/ledgerlite">ledgerlite</a></strong></div>
<div id="discussion_bucket"><h1 class="gh-header-title"><span class="js-issue-title">Should the CSV export keep empty columns?</span> <span class="f1-light color-fg-muted">#212</span></h1>
<div class="discussion-timeline-item">{opener}</div>
<div class="js-discussion">
{chr(10).join(items)}
</div><form class="new-discussion-comment"><textarea placeholder="Write a comment"></textarea><button>Comment</button></form></div>
<div class="Layout-sidebar"><h3>Category</h3><p>Ideas</p><h3>Related discussions</h3><ul>{"".join(f'<li><a href="/d/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></main>"""
    return shell(p, body)


def r_nyt(p: Page) -> str:
    """NYT-style comment panel: generated css- classes, 'Portland, OR · 2h ago', 'In reply to Name', 'Recommend N'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        pick = '<span class="css-1ot7b9c">NYT Pick</span>' if i == 0 else ""
        to = (
            f'<div class="css-xl0z3a">In reply to {e(p.comments[c.parent].author)}</div>'
            if c.parent is not None
            else ""
        )
        return f"""<li class="css-1f2r9bq"><div class="css-k5f9am" id="comment-{13377000 + i}"><div class="css-7tm6zm"><span class="css-1f8w8vf">{e(c.author)}</span><span class="css-1bxk6gz">{e(c.extra)}</span><time class="css-d7lxj7">{e(c.shown)}</time>{pick}</div>{to}
<p class="css-1kkfx3a">{e(c.text)}</p>
<div class="css-1ty1wbk"><button>Reply</button> <button>Recommend {(i * 13 + 24) % 90}</button> <button>Share</button></div></div>{sub}</li>"""

    comments = tree(
        p, item, lambda s: f'<ul class="css-15g9g0c">{s}<li><button>See more replies</button></li></ul>'
    )
    panel = f"""<section id="commentsContainer"><h2>Comments</h2><div role="tablist"><button role="tab">All</button><button role="tab">Reader Picks</button><button role="tab">NYT Picks</button></div>
<ul class="css-1r8t0y4">
{comments}
</ul><button class="css-1ue8ztx">See more comments</button></section>"""
    side = '<aside><h3>Most Popular</h3><ol><li><a href="/p1">How to Sleep Better Tonight</a></li><li><a href="/p2">The Best Cheap Eats in Town</a></li></ol></aside>'
    return shell(p, page_body(p, panel, sidebar=side))


def r_chefkoch(p: Page) -> str:
    """Chefkoch-style recipe: flat div.comment list, time[datetime], '@Name' replies with 'Antwort auf den Kommentar von Name'."""
    items = []
    for i, c in enumerate(p.comments):
        to = (
            f'<div class="comment__reply-to">Antwort auf den Kommentar von {e(p.comments[c.parent].author)}</div>'
            if c.parent is not None
            else ""
        )
        items.append(f"""<div class="comment" data-comment-id="{7712300 + i}"><div class="comment__head"><a class="comment__user" href="/user/profil/{i}">{e(c.author)}</a> <span class="comment__member-since">{e(c.extra)}</span> <time class="comment__date" datetime="{c.when}">{e(c.shown)}</time></div>{to}
<p class="comment__text">{e(c.text)}</p>
<div class="comment__actions"><button>Hilfreich ({(i * 2 + 1) % 6})</button> <button>Antworten</button></div></div>""")
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<main><article class="recipe-header"><h1>{e(p.title)}</h1><div class="rds-recipe-meta"><span>25 Min.</span> <span>simpel</span> <span>von {e(p.byline)}, {e(p.date_shown)}</span></div></article>
<table class="ingredients"><tr><td>250 g</td><td>Linsen</td></tr><tr><td>2</td><td>Karotten</td></tr><tr><td>4</td><td>Wiener Würstchen</td></tr></table>
<div class="recipe-preparation"><h2>Zubereitung</h2>
{paras(p.article)}
</div>
<section id="recipe-comments"><h2>Kommentare ({len(p.comments)})</h2>
{chr(10).join(items)}
<button class="comments__more">Weitere Kommentare laden</button></section>
<div class="recommendations"><h3>Das könnte dir auch schmecken</h3><ul>{"".join(f'<li><a href="/rezepte/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></main>
{footer(p)}"""
    return shell(p, body)


def r_motortalk(p: Page) -> str:
    """MOTOR-TALK-style thread: first post = article; div.mt-posting with '#N', quotes 'Zitat: @Name schrieb am …', signatures, a removed post."""
    posts = [first_post(p), *p.comments]
    out = []
    for n, c in enumerate(posts):
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<blockquote class="mt-quote"><div class="mt-quote__head">Zitat: @{e(q.author)} schrieb {e(q.shown.removesuffix(" Uhr"))}:</div><div class="mt-quote__text">{e(q.text)}</div></blockquote>'
        sig = f'<div class="mt-signature">{e(c.extra2)}</div>' if c.extra2 else ""
        rank = e(c.extra) if n else "Neuling"
        out.append(f"""<div class="mt-posting" id="posting-{81230 + n}"><div class="mt-posting__head"><a class="mt-user" href="/user/{e(c.author)}">{e(c.author)}</a> <span class="mt-user__rank">{rank}</span> <span class="mt-posting__date">{e(c.shown)}</span> <a class="mt-posting__number" href="#posting-{81230 + n}">#{n + 1}</a></div>
<div class="mt-posting__text">{quote}<p>{e(c.text) if n else brs(c.text)}</p></div>{sig}
<div class="mt-posting__actions"><button>Zitieren</button> <button>Hilfreich</button></div></div>""")
        if n == 2:
            out.append(
                '<div class="mt-posting mt-posting--deleted"><p>Dieser Beitrag wurde entfernt.</p></div>'
            )
    side = "".join(f'<li><a href="/forum/t{k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="mt-header"><a class="mt-logo" href="/">{e(p.site)}</a>{nav(p)}</header>
<main class="mt-thread"><h1 class="mt-thread__title">{e(p.title)}</h1>
{chr(10).join(out)}
<div class="mt-reply"><textarea placeholder="Deine Antwort"></textarea><button>Antworten</button></div></main>
<aside class="mt-sidebar"><h3>Ähnliche Themen</h3><ul>{side}</ul></aside>
{footer(p)}"""
    return shell(p, body)


def r_pda4(p: Page) -> str:
    """4PDA-style IP.Board 2 topic: first post = article; table.ipbtable posts, 'Цитата(name @ date)', signatures."""
    posts = [first_post(p), *p.comments]
    out = []
    for n, c in enumerate(posts):
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<div class="post-block quote"><div class="block-title">Цитата({e(q.author)} @ {e(q.shown)})</div><div class="block-body">{e(q.text)}</div></div>'
        sig = f'<div class="signature">{e(c.extra2)}</div>' if c.extra2 else ""
        group = e(c.extra) if n else "Участник"
        out.append(f"""<table class="ipbtable" data-post="{130500 + n}"><tr><td class="row2"><span class="normalname"><a href="/forum/index.php?showuser={2200 + n}">{e(c.author)}</a></span></td><td class="row2"><span class="post-date">{e(c.shown)}</span> <a class="post-num" href="#entry{130500 + n}">Сообщение #{n + 1}</a></td></tr>
<tr><td class="post1"><span class="post-group">{group}</span><br>Репутация: {(n * 7 + 12) % 50}</td><td class="post1"><div class="postcolor" id="post-{130500 + n}">{quote}{e(c.text) if n else brs(c.text)}</div>{sig}<div class="post-buttons"><a href="#">Ответить</a> <a href="#">Цитата</a></div></td></tr></table>""")
    side = "".join(f'<li><a href="/forum/t{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div id="header"><a class="logo" href="/">{e(p.site)}</a></div>
<div class="borderwrap"><div class="maintitle"><h1>{e(p.title)}</h1></div>
{chr(10).join(out)}
</div><div class="similar-topics"><h3>Похожие темы</h3><ul>{side}</ul></div>
<div class="footer">© 2026 {e(p.site)}</div>"""
    return shell(p, body)


def r_xataka(p: Page) -> str:
    """Xataka-style comments: numbered li.comment, time[datetime] shown relative, 'En respuesta a Name', '+N / -N' votes."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        to = (
            f'<span class="in-reply-to">En respuesta a {e(p.comments[c.parent].author)}</span>'
            if c.parent is not None
            else ""
        )
        more = '<button class="comment-more-replies">Mostrar 2 respuestas más</button>' if sub else ""
        return f"""<li class="comment" id="comment-{5520 + i}"><div class="comment-meta"><span class="comment-number">#{i + 1}</span> <span class="comment-author">{e(c.author)}</span> <time class="comment-date" datetime="{c.when}+01:00">{e(c.shown)}</time> {to}</div>
<div class="comment-text"><p>{e(c.text)}</p></div>
<div class="comment-votes"><span class="up">+{(i * 5 + 12) % 20}</span> <span class="down">-{i % 3}</span> <a class="comment-reply" href="#respond">Responder</a></div>{sub}{more}</li>"""

    comments = tree(p, item, lambda s: f'<ul class="comment-replies">{s}</ul>')
    section = f"""<section id="comments"><h2>{len(p.comments)} comentarios</h2><ol class="comment-list">
{comments}
</ol>
<form id="respond"><label>Nombre (obligatorio)<input type="text"></label><label>Correo electrónico (obligatorio)<input type="email"></label><textarea></textarea><button>Publicar comentario</button></form></section>"""
    side = '<aside><h3>Lo más leído</h3><ol><li><a href="/l1">Los móviles más vendidos del mes</a></li><li><a href="/l2">Cómo liberar espacio en tu ordenador</a></li></ol></aside>'
    return shell(p, page_body(p, section, sidebar=side))


def r_ccm(p: Page) -> str:
    """CommentÇaMarche-style help thread: question = article; flat div.ccm_forum_answer, quotes of the answer replied to, signatures."""
    out = []
    for i, c in enumerate(p.comments):
        quote = (
            f'<blockquote class="ccm_quote">{e(p.comments[c.parent].text)}</blockquote>'
            if c.parent is not None
            else ""
        )
        best = '<span class="ccm_best">Meilleure réponse</span>' if i == 2 else ""
        sig = f'<div class="ccm_signature">{e(c.extra2)}</div>' if c.extra2 else ""
        date_part, time_part = c.shown.split(" à ")
        out.append(f"""<div class="ccm_forum_answer" id="{8456100 + i}"><div class="ccm_forum_answer__head"><a class="ccm_pseudo" href="/profile/user/{e(c.author)}">{e(c.author)}</a> <span class="ccm_badge">{e(c.extra)}</span> Posté le <time datetime="{c.when}+01:00">{e(date_part)} à {e(time_part)}</time> {best}</div>
<div class="ccm_forum_answer__content">{quote}<p>{e(c.text)}</p></div>{sig}
<div class="ccm_forum_answer__actions"><a href="#reply">Répondre</a> <button>Utile +{(i * 2 + 1) % 5}</button></div></div>""")
    sim = "".join(f'<li><a href="/forum/affich-{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="ccm_header"><a class="ccm_logo" href="/">{e(p.site)}</a>{nav(p)}</header>
<main><div class="ccm_forum_question"><h1>{e(p.title)}</h1><div class="ccm_forum_question__meta"><a class="ccm_pseudo" href="/profile/user/{e(p.byline)}">{e(p.byline)}</a> <span class="ccm_badge">Membre</span> {e(p.date_shown)}</div>
<div class="typo_content">
{paras(p.article)}
</div></div>
<div class="ccm_forum_answers"><h2>{len(p.comments)} réponses</h2>
{chr(10).join(out)}
</div><form id="reply"><textarea placeholder="Votre réponse"></textarea><button>Répondre</button></form></main>
<aside class="ccm_aside"><h3>Questions similaires</h3><ul>{sim}</ul></aside>
{footer(p)}"""
    return shell(p, body)


def r_segmentfault(p: Page) -> str:
    """SegmentFault question: question = article; div.answer-item with '已采纳', comments on an answer in ul.comments-list."""
    kids = children_of(p)
    out = []
    for r in kids.get(None, []):
        c = p.comments[r]
        notes = "".join(
            f'<li class="comment-item"><span class="comment-text">{e(p.comments[j].text)}</span> — <a class="comment-user" href="/u/{j}">{e(p.comments[j].author)}</a> <time datetime="{p.comments[j].when}+08:00">{e(p.comments[j].shown)}</time></li>'
            for j in kids.get(r, [])
        )
        badge = '<span class="badge">已采纳</span>' if r == 0 else ""
        out.append(f"""<div class="answer-item" id="answer-{1190000 + r}"><div class="vote-box"><span class="count">{(r * 4 + 6) % 15}</span></div><div class="answer-main">{badge}<article class="fmt"><p>{e(c.text)}</p></article>
<div class="answer-meta"><a class="user-name" href="/u/{r}">{e(c.author)}</a> <span class="user-rank">{e(c.extra)}</span> <time datetime="{c.when}+08:00">{e(c.shown)}</time> <span>评论</span></div>
<ul class="comments-list">{notes}</ul></div></div>""")
    rel = "".join(f'<li><a href="/q/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="sf-header"><a class="logo" href="/">{e(p.site)}</a><a href="/questions">问答</a><a href="/blogs">专栏</a></header>
<main><div class="question-header"><h1>{e(p.title)}</h1><div class="meta"><a class="user-name" href="/u/asker">{e(p.byline)}</a> 提问于 <time datetime="{p.when}+08:00">{e(p.date_shown)}</time></div></div>
<article class="fmt article-content">
{paras(p.article)}
</article>
<div class="answers-list"><h2>{len(kids.get(None, []))} 个回答</h2>
{chr(10).join(out)}
</div><div class="answer-editor"><textarea placeholder="撰写你的答案"></textarea></div></main>
<div class="related-questions"><h3>相关问题</h3><ul>{rel}</ul></div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batches 19 and 20


def r_wp_block(p: Page) -> str:
    """Twenty Twenty-Four block theme: core/comments with wp-block-comment-* blocks, ol.children, 'Older Comments'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 311 + i
        depth_n = depth(p, i) + 1
        return f"""<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth_n}"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--40)"><div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1"><div class="wp-block-column is-layout-flow" style="flex-basis:40px"><div class="wp-block-avatar"><img alt="{e(c.author)} Avatar" src="/avatar/{i}?s=40" class="avatar avatar-40 photo wp-block-avatar__image" height="40" width="40" style="border-radius:20px"></div></div>
<div class="wp-block-column is-layout-flow"><div class="wp-block-comment-author-name has-small-font-size"><a rel="external nofollow ugc" href="https://example.org/u/{cid}" target="_self">{e(c.author)}</a></div>
<div class="wp-block-group is-layout-flex" style="margin-top:0px;margin-bottom:0px"><div class="wp-block-comment-date has-small-font-size"><time datetime="{c.when}+00:00"><a href="/2025/03/03/swiss-darning/#comment-{cid}">{e(c.shown)}</a></time></div>
<div class="wp-block-comment-edit-link has-small-font-size"></div></div>
<div class="wp-block-comment-content"><p>{e(c.text)}</p></div>
<div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" aria-label="Reply to {e(c.author)}">Reply</a></div></div></div></div>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">{s}</ol>')
    pull = '<figure class="wp-block-pullquote has-border-color"><blockquote><p>The repair sits inside the fabric rather than on top of it.</p><cite>From my mending notebook</cite></blockquote></figure>'
    paras_ = p.article.split("\n\n")
    body_html = f"""{paras(paras_[0])}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/03/elbow-darn.jpg" alt="A darned elbow on a grey jumper"><figcaption class="wp-element-caption">The left elbow after the second evening of darning.</figcaption></figure>
{paras(paras_[1])}
{pull}
{paras(paras_[2])}"""
    rel = "".join(
        f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/r/{k}">{e(t)}</a></h3></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide"><p class="wp-block-site-title"><a href="/" rel="home">{e(p.site)}</a></p>{nav(p, "wp-block-navigation is-layout-flex")}</div></header>
<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignfull"><h1 class="wp-block-post-title">{e(p.title)}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="{p.when}+00:00">{e(p.date_shown)}</time></div><p class="has-contrast-2-color">— by</p><div class="wp-block-post-author-name"><a href="/author/harriet/" class="wp-block-post-author-name__link">{e(p.byline)}</a></div><p class="has-contrast-2-color">in</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/mending/" rel="tag">Mending</a></div></div></div></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
{body_html}
</div>
<div class="wp-block-group alignwide"><h2 class="wp-block-heading">More posts</h2><ul class="wp-block-post-template">{rel}</ul></div>
<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70)"><h2 class="wp-block-comments-title">{len(p.comments)} responses to “{e(p.title)}”</h2>
<ol class="wp-block-comment-template">
{items}
</ol>
<nav class="wp-block-comments-pagination is-layout-flex" aria-label="Comments pagination"><a href="/2025/03/03/swiss-darning/comment-page-1/#comments" class="wp-block-comments-pagination-previous"><span class="wp-block-comments-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Older Comments</a></nav>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment"></p></form></div></div>
</main>
<footer class="wp-block-template-part"><p class="has-small-font-size">Designed with WordPress · {e(p.site)}</p></footer></div>"""
    return shell(p, body)


def r_astra(p: Page) -> str:
    """Astra theme: ol.ast-comment-list, article.ast-comment, cite b.fn + 'Post author', ast-comment-time link; Jetpack form and widget."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 1204 + i
        badge = f'<span class="ast-highlight-text ast-cmt-post-author">{e(c.extra)}</span>' if c.extra else ""
        cls = " bypostauthor" if c.extra else ""
        return f"""<li class="comment {"even" if i % 2 == 0 else "odd"}{cls} depth-{depth(p, i) + 1}" id="li-comment-{cid}">
<article id="comment-{cid}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/avatar/{i}?s=50" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{e(c.author)}</b> {badge}</cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-{cid}"><time datetime="{c.when}+00:00">{e(c.shown)}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>{e(c.text)}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Reply to {e(c.author)}">Reply</a></span></div></section></div></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">{s}</ol>')
    widget = "".join(
        f'<tr><td title="{e(who)}" class="recentcommentsavatartop" style="height:48px;width:48px"><img alt="" src="/avatar/r{k}?s=48" class="avatar avatar-48" height="48" width="48"></td><td class="recentcommentstexttop"><a href="/u/{k}">{e(who)}</a> on <a href="/old/{k}/#comment-{700 + k}">{e(post)}</a></td></tr>'
        for k, (who, post) in enumerate(p.recent)
    )
    form = """<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="comment-form__verbum transparent"><div class="comment-form-field comment-textarea"><label for="comment">Write a Comment...</label><div id="comment-form-comment"><textarea id="comment" name="comment" title="Write a Comment..."></textarea></div></div>
<div id="comment-form-identity"><div id="comment-form-nascar"><p>Log in or provide your name and email to leave a comment.</p></div>
<div id="comment-form-guest" class="comment-form-service selected"><div class="comment-form-padder"><div class="comment-form-fields"><div class="comment-form-field comment-form-email"><label for="email">Email <span class="required">(required)</span> <span class="nopublish">(Address never made public)</span></label><div class="comment-form-input"><input id="email" name="email" type="email"></div></div>
<div class="comment-form-field comment-form-author"><label for="author">Name <span class="required">(required)</span></label><div class="comment-form-input"><input id="author" name="author" type="text"></div></div>
<div class="comment-form-field comment-form-url"><label for="url">Website</label><div class="comment-form-input"><input id="url" name="url" type="url"></div></div></div></div></div></div>
<div id="comment-form-subscribe"><p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" id="subscribe_comments" value="subscribe"> <label class="subscribe-label" for="subscribe_comments">Notify me of follow-up comments by email.</label></p></div></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p></form></div>"""
    body = f"""<header class="site-header ast-primary-header-bar"><div class="ast-container"><span class="site-title"><a href="/">{e(p.site)}</a></span>{nav(p, "main-header-bar-navigation")}</div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post type-post status-publish ast-article-single" id="post-88"><div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p.title)}</h1><div class="entry-meta">By <span class="posted-by vcard author"><a class="url fn n" href="/author/lou/"><span class="author-name">{e(p.byline)}</span></a></span> / <span class="posted-on"><span class="published">{e(p.date_shown)}</span></span> / <a href="#comments">{len(p.comments)} Comments</a></div></header>
<div class="entry-content clear" itemprop="text">
{paras(p.article)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li><li><a class="share-print" href="#">Print</a></li></ul></div>
</div></div></article>
{related(p)}
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">{len(p.comments)} thoughts on “{e(p.title)}”</h3></div>
<ol class="ast-comment-list">
{items}
</ol>
{form}</div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="recent-comments-3" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><table class="recentcommentsavatar" cellspacing="0" cellpadding="0" border="0">{widget}</table></aside></div></div></div></div>
{footer(p)}"""
    return shell(p, body)


def r_tagdiv(p: Page) -> str:
    """Newspaper (tagDiv): a news article with share bar, pull quote, caption, teasers and newsletter box; ol.comment-list with article > footer > cite."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 55310 + i
        return f"""<li class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}" id="li-comment-{cid}">
<article><footer><img alt="" src="/avatar/{i}?s=50" class="avatar avatar-50 photo" height="50" width="50"><cite><a href="https://example.net/{cid}" rel="external nofollow ugc" class="url">{e(c.author)}</a></cite>
<a class="comment-link" href="#li-comment-{cid}"><time pubdate="{1740996000 + i * 1800}">{e(c.shown)}</time></a></footer>
<div class="comment-content"><p>{e(c.text)}</p></div>
<div class="comment-meta" id="comment-{cid}"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Reply to {e(c.author)}">Reply</a></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ul class="children">{s}</ul>')
    paras_ = p.article.split("\n\n")
    share = '<div class="td-post-sharing td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a><a class="td-social-sharing-button td-social-whatsapp" href="#"><span class="td-social-but-text">WhatsApp</span></a><a class="td-social-sharing-button td-social-mail" href="#"><span class="td-social-but-text">Email</span></a></div></div>'
    teasers = "".join(
        f'<div class="td_module_wrap td_module_6"><div class="td-module-thumb"><a href="/news/{k}"><img src="/img/t{k}.jpg" alt=""></a></div><h3 class="entry-title td-module-title"><a href="/news/{k}">{e(t)}</a></h3><a class="td-read-more" href="/news/{k}">Read more</a></div>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div class="td-header-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-logo-text">{e(p.site)}</span></a></div>{nav(p, "td-header-menu-wrap")}</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-4410" class="post-4410 post type-post status-publish td-post-template-default">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/transport/">Transport</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(p.title)}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/rhona/">{e(p.byline.removeprefix("By "))}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.when}+00:00">{e(p.date_shown)}</time></span><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>{len(p.comments)}</a></div><div class="td-post-views"><span class="td-nr-views-4410">1,206</span></div></div></header></div>
{share}
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img class="entry-thumb" src="/img/ferry.jpg" alt="The harbour ferry at the pier"><figcaption class="wp-caption-text">The ferry leaving the pier on Monday morning. Photo: Harbour Town Herald</figcaption></figure></div>
{paras(paras_[0])}
<blockquote class="td_pull_quote td_pull_left"><p>“The cut will be reviewed after the summer.”</p></blockquote>
{paras(paras_[1])}
<div class="td-a-rec td-a-rec-id-content_inline"><div class="td-related-inline"><span class="td-related-title">READ MORE:</span> <a href="/news/pontoon">{e(p.related[0])}</a></div></div>
{paras(paras_[2])}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/ferry/">ferry</a></li><li><a href="/tag/council/">council</a></li></ul></div>
{share.replace("td-post-sharing-top", "td-post-sharing-bottom")}
<div class="td-newsletter-box"><h4>Get the Herald in your inbox</h4><p>Our morning newsletter: the day's local news at 7am.</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>
<div class="td-author-name vcard author"><span class="fn">{e(p.byline.removeprefix("By "))}</span></div></footer></article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">{teasers}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td-pb-padding-side"><h4 class="block-title"><span>{len(p.comments)} COMMENTS</span></h4></div>
<ol class="comment-list td-pb-padding-side">
{items}
</ol>
<div class="comment-pagination"></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment"></textarea></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text"></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text"></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Most Popular</span></h4><div class="td_block_inner"><div class="td_module_wrap"><h3 class="entry-title"><a href="/news/m1">Lifeboat crew rescue two walkers</a></h3><span class="td-post-date">March 2, 2025</span></div><div class="td_module_wrap"><h3 class="entry-title"><a href="/news/m2">Fish market reopens after refit</a></h3><span class="td-post-date">March 1, 2025</span></div></div></div>
<div class="td_block_wrap td_block_latest"><h4 class="block-title"><span>Latest articles</span></h4><ul><li><a href="/news/l1">Harbour wall repairs start next week</a></li><li><a href="/news/l2">Primary school wins reading prize</a></li></ul></div></div></div>
</div></div></div>
<div class="td-footer-wrapper"><p>© 2026 {e(p.site)}</p></div>"""
    return shell(p, body)


def r_generatepress(p: Page) -> str:
    """GeneratePress: article.comment-body, 'Name date | Antworten' in one line, a pingback, '« Ältere Kommentare'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 871 + i
        return f"""<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}">
<article class="comment-body" id="div-comment-{cid}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Kommentar-Meta"><img alt="" src="/avatar/{i}?s=50" class="avatar avatar-50 photo" height="50" width="50">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">{e(c.author)}</cite></div>
<div class="entry-meta comment-metadata"><a href="/tomaten-balkon/#comment-{cid}"><time datetime="{c.when}+01:00" itemprop="datePublished">{e(c.shown)}</time></a><span class="reply"> | <a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Auf {e(c.author)} antworten">Antworten</a></span></div></div></footer>
<div class="comment-content" itemprop="text"><p>{e(c.text)}</p></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ul class="children">{s}</ul>')
    ping = '<li id="comment-869" class="pingback even thread-odd thread-alt depth-1"><div class="comment-body">Pingback: <a href="https://gruene-ecke.example/linktipps-maerz/" class="url" rel="ugc external nofollow">Linktipps im März: Balkon, Beet und Bohnen | Grüne Ecke</a></div></li>'
    body = f"""<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/">{e(p.site)}</a></p><p class="site-description">Gärtnern auf vier Quadratmetern</p></div>{nav(p, "main-navigation")}</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-512" class="post type-post status-publish" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(p.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{p.when}+01:00" itemprop="datePublished">{e(p.date_shown)}</time></span> <span class="byline">von <span class="author vcard"><a class="url fn n" href="/author/jana/"><span class="author-name" itemprop="name">{e(p.byline)}</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
{paras(p.article)}
</div><footer class="entry-meta" aria-label="Beitragsmeta"><span class="cat-links"><a href="/kategorie/gemuese/">Gemüse</a></span> <span class="comments-link"><a href="#comments">{len(p.comments)} Kommentare</a></span></footer></div></article>
{related(p)}
<div class="comments-area"><div id="comments"><h2 class="comments-title">{len(p.comments)} Gedanken zu „{e(p.title)}“</h2>
<ol class="comment-list">
{items}
{ping}
</ol>
<nav id="comment-nav-below" class="comment-navigation" role="navigation"><h2 class="screen-reader-text">Kommentar-Navigation</h2><div class="nav-previous"><a href="/tomaten-balkon/comment-page-1/#comments">&larr; Ältere Kommentare</a></div><div class="nav-next"></div></nav>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Kommentar</label><textarea id="comment" name="comment"></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text"><label for="email" class="screen-reader-text">E-Mail</label><input placeholder="E-Mail *" id="email" name="email" type="email"><label for="url" class="screen-reader-text">Website</label><input placeholder="Website" id="url" name="url" type="url"><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">{recent_widget(p)}</div></div></div></div>
{footer(p)}"""
    return shell(p, body)


def r_ru_regional(p: Page) -> str:
    """A Russian regional news site's own list: div#comments-list, 'Name • date' glued, replies by margin-left and 'ответ для Name'."""
    out = []
    for i in dfs_order(p):
        c = p.comments[i]
        d = depth(p, i)
        badge = f' <span class="cmt__badge">{e(c.extra)}</span>' if c.extra else ""
        to = (
            f'<div class="cmt__to">ответ для {e(p.comments[c.parent].author)}</div>'
            if c.parent is not None
            else ""
        )
        style = f' style="margin-left:{40 * d}px"' if d else ""
        out.append(f"""<div class="cmt" data-id="{90410 + i}"{style}><div class="cmt__head"><img class="cmt__ava" src="/ava/{i}.png" alt=""><span class="cmt__who">{e(c.author)} • {e(c.shown)}</span>{badge}</div>{to}
<div class="cmt__body"><p>{e(c.text)}</p></div>
<div class="cmt__foot"><span class="cmt__rate"><button class="up">+{(i * 5 + 3) % 14}</button> <button class="down">−{i % 3}</button></span> <a class="cmt__reply" href="#form">Ответить</a></div></div>""")
    quotes = ["Опять подорожание, а зарплаты те же.", "Хорошо бы ещё спортзал при школе построили."]
    side = "".join(
        f'<li><a href="/news/{3300 + k}">{e(post)}</a><p class="q">«{e(quotes[k % 2])}»</p></li>'
        for k, (_, post) in enumerate(p.recent)
    )
    body = f"""<header class="top"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "top__menu")}</header>
<div class="layout"><main class="layout__main"><article class="news"><h1 class="news__title">{e(p.title)}</h1><div class="news__meta"><span class="news__date">{e(p.date_shown)}</span> <span class="news__author">{e(p.byline)}</span> <span class="news__views">Просмотров: 2 418</span></div>
<div class="news__text">
{paras(p.article)}
</div></article>
{related(p)}
<section class="comments"><h2>Комментарии ({len(p.comments)})</h2><button class="comments__prev">Показать предыдущие комментарии</button>
<div id="comments-list">
{chr(10).join(out)}
</div>
<form id="form" class="comments__form"><label>Ваше имя (обязательно)<input name="name" type="text"></label><label>Комментарий<textarea name="text"></textarea></label><button>Отправить</button></form></section></main>
<aside class="layout__side"><h3>Обсуждают</h3><ul>{side}</ul></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_divi(p: Page) -> str:
    """Divi: section#comment-wrap, article.comment-body with comment_postinfo and comment_area, reply-container after the text, pinglist."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 2301 + i
        return f"""<li class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}" id="li-comment-{cid}">
<article id="comment-{cid}" class="comment-body clearfix"><div class="comment_avatar"><img alt="{e(c.author)}" src="/avatar/{i}?s=80" class="avatar avatar-80 photo" height="80" width="80"></div>
<div class="comment_postinfo"><span class="fn">{e(c.author)}</span> <span class="comment_date">{e(c.shown)}</span></div>
<div class="comment_area"><div class="comment-content clearfix"><p>{e(c.text)}</p>
<span class="reply-container"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Responder a {e(c.author)}">Responder</a></span></div></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ul class="children">{s}</ul>')
    navs = '<div class="nav-previous"><a href="/ribeira-sacra/comment-page-1/#comments"><span class="meta-nav">&larr;</span> Comentarios anteriores</a></div><div class="nav-next"></div>'
    body = f"""<div id="page-container"><header id="main-header"><div class="container"><div class="logo_container"><a href="/"><span id="logo">{e(p.site)}</span></a></div>{nav(p, "et-top-navigation")}</div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-731" class="et_pb_post post type-post"><div class="et_post_meta_wrapper"><h1 class="entry-title">{e(p.title)}</h1><p class="post-meta"> por <span class="author vcard"><a href="/author/marta/" rel="author">{e(p.byline)}</a></span> | <span class="published">{e(p.date_shown)}</span> | <a href="/viajes/">Viajes</a> | <span class="comments-number"><a href="#respond">{len(p.comments)} comentarios</a></span></p></div>
<div class="entry-content">
{paras(p.article)}
</div></article>
{related(p)}
<section id="comment-wrap"><h1 id="comments" class="page_title">{len(p.comments)} comentarios</h1>
<div class="comment_navigation_top clearfix">{navs}</div>
<ol class="commentlist clearfix">
{items}
</ol>
<div class="comment_navigation_bottom clearfix">{navs}</div>
<div id="trackbacks"><h3 id="trackbacks-title">Trackbacks/Pingbacks</h3><ol class="pinglist"><li id="comment-2299"><a href="https://rutasgallegas.example/sil/" class="url" rel="ugc external nofollow">Rutas por el cañón del Sil - Rutas Gallegas</a> - [&#8230;] como cuenta Marta en su blog, el tren de Monforte a Ourense ya merece el viaje [&#8230;]</li></ol></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Enviar un comentario</span></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *</p><p class="comment-form-comment"><label for="comment">Comentario *</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Nombre *</label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">Correo electrónico *</label><input id="email" name="email" type="email"></p><p class="form-submit"><button name="submit" type="submit" id="submit" class="submit et_pb_button">Enviar comentario</button></p></form></div></section>
</div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form><input type="text" placeholder="Buscar"></form></div><div class="et_pb_widget widget_categories"><h4 class="widgettitle">Categorías</h4><ul><li><a href="/viajes/">Viajes</a></li><li><a href="/trenes/">Trenes</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><p id="footer-info">© 2026 {e(p.site)}</p></div></footer></div></div>"""
    return shell(p, body)


def r_xenforo1(p: Page) -> str:
    """XenForo 1.x: ol#messageList of li.message, h3.userText, blockquote.messageText, bbCodeQuote 'X a dit :', likesSummary."""
    posts = [first_post(p), *p.comments]
    out = []
    likers = ["Paul_Cantal", "Mimi43", "roue_libre"]
    for n, c in enumerate(posts):
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<div class="bbCodeBlock bbCodeQuote" data-author="{e(q.author)}"><aside><div class="attribution type">{e(q.author)} a dit : <a href="goto/post?id={44120 + c.parent + 1}#post-{44120 + c.parent + 1}" class="AttributionLink">&uarr;</a></div><blockquote class="quoteContainer"><div class="quote">{e(q.text)}</div><div class="quoteExpand">Cliquez pour agrandir...</div></blockquote></aside></div>'
        title = e(c.extra) if n else "Nouveau membre"
        sig = (
            f'<div class="baseHtml signature messageText ugc"><aside>{e(c.extra2)}</aside></div>'
            if c.extra2
            else ""
        )
        text = e(c.text) if n else brs(c.text)
        likes = ""
        if n in (1, 3):
            likes = f'<div id="likes-post-{44120 + n}"><div class="likesSummary secondaryContent"><span class="LikeText"><a href="members/{likers[0]}/" class="username">{likers[0]}</a> et <a href="posts/{44120 + n}/likes" class="OverlayTrigger">{n + 1} autres</a> aiment ça.</span></div></div>'
        out.append(f"""<li id="post-{44120 + n}" class="message {"staff" if c.extra == "Modérateur" else ""}" data-author="{e(c.author)}">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person"><div class="messageUserBlock"><div class="avatarHolder"><span class="helper"></span><a href="members/{e(c.author)}.{300 + n}/" class="avatar Av{300 + n}m" data-avatarhtml="true"><img src="data/avatars/m/0/{300 + n}.jpg" width="96" height="96" alt="{e(c.author)}"></a></div>
<h3 class="userText"><a href="members/{e(c.author)}.{300 + n}/" class="username" dir="auto" itemprop="name">{e(c.author)}</a><em class="userTitle" itemprop="title">{title}</em></h3><span class="arrow"><span></span></span></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">{quote}{text}<div class="messageTextEndMarker">&nbsp;</div></blockquote></article>{sig}</div>
<div class="messageMeta ToggleTriggerAnchor"><div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="members/{e(c.author)}.{300 + n}/" class="username author" dir="auto">{e(c.author)}</a>,</span> <a href="threads/pneu-gravier.2210/#post-{44120 + n}" title="Lien permanent" class="datePermalink"><abbr class="DateTime" data-time="{1740989400 + n * 3600}" data-diff="{n * 3600}" data-datestring="{e(c.shown.split(" à ")[0])}" data-timestring="{e(c.shown.split(" à ")[-1])}">{e(c.shown)}</abbr></a></span><a href="posts/{44120 + n}/report" class="OverlayTrigger item control report"><span></span>Signaler</a></div>
<div class="publicControls"><a href="threads/pneu-gravier.2210/#post-{44120 + n}" title="Lien permanent" class="item muted postNumber hashPermalink OverlayTrigger">#{n + 1}</a><a href="posts/{44120 + n}/like" class="LikeLink item control like"><span></span><span class="LikeLabel">J'aime</span></a><a href="threads/pneu-gravier.2210/reply?quote={44120 + n}" class="ReplyQuote item control reply" title="Répondre, en citant ce message"><span></span>Répondre</a></div></div>{likes}</div></li>""")
    side = "".join(f'<li><a href="threads/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div id="headerMover"><div id="header"><div id="logoBlock"><div class="pageWidth"><div class="pageContent"><div id="logo"><a href="/"><span>{e(p.site)}</span></a></div></div></div></div>
<div id="navigation" class="pageWidth withSearch"><nav><ul class="publicTabs"><li class="navTab home PopupClosed"><a href="/" class="navLink">Accueil</a></li><li class="navTab forums selected"><a href="forums/" class="navLink">Forums</a></li><li class="navTab members"><a href="members/" class="navLink">Membres</a></li></ul></nav></div></div>
<div id="content" class="thread_view"><div class="pageWidth"><div class="pageContent"><div class="mainContainer"><div class="mainContent">
<div class="breadBoxTop"><nav><fieldset class="breadcrumb"><span class="crumbs"><a href="/" class="crumb"><span>Forums</span></a> <a href="forums/materiel.12/" class="crumb"><span>Matériel</span></a></span></fieldset></nav></div>
<div class="titleBar"><h1>{e(p.title)}</h1><p id="pageDescription" class="muted">Discussion dans '<a href="forums/materiel.12/">Matériel</a>' démarrée par <a href="members/{e(p.byline)}.300/" class="username">{e(p.byline)}</a>, <a href="threads/pneu-gravier.2210/"><span class="DateTime">{e(p.date_shown)}</span></a>.</p></div>
<div class="pageNavLinkGroup"><div class="linkGroup SelectionCountContainer"></div></div>
<form action="inline-mod/post/switch" method="post" class="InlineModForm section" id="ModerationSelect"><ol class="messageList" id="messageList">
{chr(10).join(out)}
</ol></form>
<div class="quickReply message"><form><textarea name="message" placeholder="Écrire une réponse..."></textarea><input type="submit" class="button primary" value="Répondre"></form></div></div></div>
<div class="sidebar"><div class="section threadList"><div class="secondaryContent"><h3>Discussions similaires</h3><ul>{side}</ul></div></div></div></div></div></div></div>
<footer><div class="footerLegal"><div class="pageWidth"><div class="pageContent"><div id="copyright">Forum software by XenForo&trade; &copy;2010-2017 XenForo Ltd. · © 2026 {e(p.site)}</div></div></div></div></footer>"""
    return shell(p, body)


def r_sinablog(p: Page) -> str:
    """Sina Blog: ul.SG_cmp_revert items, SG_revert_Tit / SG_revert_Time / SG_revert_Inner; the blogger's answer inside the comment as '博主回复：'."""
    kids = children_of(p)
    out = []
    for floor, i in enumerate(kids.get(None, []), start=1):
        c = p.comments[i]
        guest = f'<span class="SG_revert_Guest">{e(c.extra)}</span>' if c.extra else ""
        answers = ""
        for j in kids.get(i, []):
            a = p.comments[j]
            answers += f'<div class="SG_revert_Re SG_j_linedot1"><p><span class="SG_revert_Tit">博主回复：</span><span class="SG_revert_Time"><em class="SG_txtc">{e(a.shown)}</em></span></p><p class="myReText">{e(a.text)}</p></div>'
        out.append(f"""<li><div class="SG_revert_Cont"><p><span class="SG_revert_Tit" id="nick_cmt_{floor}">{guest}<a href="//blog.sina.com.cn/u/{2200300 + i}" target="_blank">{e(c.author)}</a></span><span class="SG_revert_Time"><em class="SG_txtc">{e(c.shown)}</em></span></p>
<div class="SG_revert_Inner SG_txtb" id="body_cmt_{floor}">{e(c.text)}</div>{answers}
<p class="myReFrom"><span class="SG_floatL">{floor}楼</span><span class="SG_floatR"><a href="#" class="CP_a_fuc">[<cite>回复</cite>]</a> <a href="#" class="CP_a_fuc">[<cite>删除</cite>]</a> <a href="#" class="CP_a_fuc">[<cite>举报</cite>]</a></span></p></div></li>""")
    rec = "".join(
        f'<li><a href="//blog.sina.com.cn/s/blog_{k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<div class="sinablogHead"><div class="blogTitle"><h1><a href="//blog.sina.com.cn/shanjianxiaoji"><span id="blognamespan">{e(p.site)}</span></a></h1><div class="bloglink"><a href="//blog.sina.com.cn/shanjianxiaoji">http://blog.sina.com.cn/shanjianxiaoji</a></div></div>
<div class="blognav"><a href="/">首页</a> <a href="/list">博文目录</a> <a href="/album">图片</a> <a href="/about">关于我</a></div></div>
<div class="sinablogbody"><div class="SG_colW21"><div class="SG_connBody"><div class="SG_connHead"><span class="title">正文</span><span class="edit">字体大小：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="articalTitle"><h2 id="t_5f2a3b010102zx7q" class="titName SG_txta">{e(p.title)}</h2><span class="time SG_txtc">{e(p.date_shown)}</span></div>
<div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a href="#">婺源</a> <a href="#">油菜花</a> <a href="#">旅游</a></td><td class="blog_class"><h3>分类：</h3><a href="#">行走</a></td></tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent newfont_family">
{paras(p.article)}
</div>
<div class="articalInfo"><div class="IL"><span>阅读</span><span class="SG_txtb">(1208)</span><em class="SG_txtb">┊</em><a href="#commonComment">评论</a> <span>({len(kids.get(None, []))})</span><em class="SG_txtb">┊</em><a href="#">收藏</a><span>(4)</span><em class="SG_txtb">┊</em><a href="#">转载</a><span>(1)</span></div></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span class="SG_txtb">前一篇：</span><a href="#">{e(p.related[0])}</a></div><div><span class="SG_txtb">后一篇：</span><a href="#">{e(p.related[1])}</a></div></div>
<div class="allComm"><div class="allCommTit"><div class="SG_floatL"><strong>评论</strong> <span id="commAd_1"></span></div><div class="SG_floatR"><a class="CP_a_fuc" href="#post">[<cite>发评论</cite>]</a></div></div>
<ul class="SG_cmp_revert" id="article_comment_list">
{chr(10).join(out)}
</ul></div>
<div class="writeComm" id="post"><div class="allCommTit"><div class="SG_floatL"><strong>发评论</strong></div></div><div class="wrCommTit"><div class="SG_floatL"><span>登录名：</span><input type="text" class="SG_input"> <span>密码：</span><input type="password" class="SG_input"> <a href="#">找回密码</a> <a href="#">注册</a> <input type="checkbox"><label>记住登录状态</label></div></div>
<div class="formTextarea"><textarea class="SG_textarea" id="commentArea"></textarea></div><div class="formLogin"><span>验证码：</span><input type="text" class="SG_input"> <span>请点击后输入验证码</span> <a href="#">收听验证码</a></div><div class="formBtn"><a href="#" class="SG_aBtn"><cite>发评论</cite></a></div></div>
</div></div>
<div class="SG_colW22"><div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">博主推荐</span></div><div class="SG_connBody"><ul class="list_009">{rec}</ul></div></div>
<div class="SG_conn" id="module_903"><div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody"><div class="info_nm"><strong>{e(p.byline)}</strong></div><div class="info_list"><ul><li>博客等级：<span class="SG_txtb">12</span></li><li>博客积分：<span class="SG_txtb">1,406</span></li><li>博客访问：<span class="SG_txtb">182,337</span></li></ul></div></div></div></div></div>
<div class="footer"><p>新浪BLOG意见反馈留言板　电话：95105670　提示音后按2键（按当地市话标准计费）</p><p>Copyright &copy; 1996 - 2025 SINA Corporation, All Rights Reserved</p></div>"""
    return shell(p, body)


def r_disqus_script(p: Page) -> str:
    """A regional news page whose comments Disqus's embed script loads: count.js shows 'N Kommentare', the thread is empty."""
    n = p.announced
    quotes = ["Endlich tut sich was, aber viel zu spät.", "Die Umleitung ist schon jetzt ein Chaos."]
    side = "".join(
        f'<li class="reader-quote"><p>„{e(quotes[k % 2])}“</p><span class="reader-quote__who">{e(who)}</span> zu <a href="/lokales/{8800 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="masthead"><a class="masthead__logo" href="/">{e(p.site)}</a>{nav(p, "masthead__nav")}</header>
<div class="page"><main class="page__main"><article class="article"><p class="article__kicker">Nahverkehr</p><h1 class="article__headline">{e(p.title)}</h1>
<div class="article__meta"><span class="article__author">{e(p.byline)}</span> · <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> · <a href="#disqus_thread" class="disqus-comment-count" data-disqus-identifier="artikel-20250303-buslinie">{n} Kommentare</a></div>
<div class="article__body">
{paras(p.article)}
</div></article>
<section class="article-comments" id="kommentare"><h2>Diskussion</h2><a class="button" href="#disqus_thread">Zur Diskussion (<span class="disqus-comment-count" data-disqus-identifier="artikel-20250303-buslinie">{n}</span>)</a>
<div id="disqus_thread"></div>
<script>
    var disqus_config = function () {{
        this.page.url = 'https://kreisbote-oberland.example/lokales/neue-buslinie-bahnhof';
        this.page.identifier = 'artikel-20250303-buslinie';
        this.language = 'de';
    }};
    (function() {{
        var d = document, s = d.createElement('script');
        s.src = 'https://kreisbote-oberland.disqus.com/embed.js';
        s.setAttribute('data-timestamp', +new Date());
        (d.head || d.body).appendChild(s);
    }})();
</script>
<noscript>Bitte aktivieren Sie JavaScript, um die <a href="https://disqus.com/?ref_noscript">Kommentare von Disqus</a> zu sehen.</noscript>
<script id="dsq-count-scr" src="//kreisbote-oberland.disqus.com/count.js" async></script></section>
{related(p)}</main>
<aside class="page__side"><section class="box box--quotes"><h3>Leserkommentare</h3><ul>{side}</ul></section><section class="box"><h3>Meistgelesen</h3><ol><li><a href="/lokales/m1">Sperrung der B472 ab Montag</a></li><li><a href="/lokales/m2">Trachtenverein feiert 100 Jahre</a></li></ol></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_ghost_commento(p: Page) -> str:
    """Ghost (Casper) post with Commento rendered inline: div.commento-card blocks, commento-name, 'N points', relative times, commento-children."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        hexid = f"{0x3FA2C1 + i * 7919:x}{i}b9e"
        children = f'<div class="commento-body commento-children">{sub}</div>' if sub else ""
        return f"""<div id="commento-card-{hexid}" class="commento-card" style="border-left: 2px solid #{["1e88e5", "43a047", "fb8c00", "8e24aa"][i % 4]}"><div id="commento-header-{hexid}" class="commento-header"><div class="commento-avatar" style="background:#{["1e88e5", "43a047", "fb8c00", "8e24aa"][i % 4]}">{e(c.author[0].upper())}</div><div id="commento-name-{hexid}" class="commento-name">{e(c.author)}</div><div id="commento-subtitle-{hexid}" class="commento-subtitle"><div id="commento-score-{hexid}" class="commento-score">{(i * 3 + 2) % 9} points</div><div class="commento-timeago" title="{p.date}">{e(c.shown)}</div></div></div>
<div id="commento-contents-{hexid}" class="commento-contents"><div id="commento-text-{hexid}" class="commento-body"><p>{e(c.text)}</p></div>
<div id="commento-options-{hexid}" class="commento-options"><button id="commento-collapse-{hexid}" class="commento-option-button commento-option-collapse" title="Collapse children"></button><button id="commento-upvote-{hexid}" class="commento-option-button commento-option-upvote" title="Upvote"></button><button id="commento-downvote-{hexid}" class="commento-option-button commento-option-downvote" title="Downvote"></button><button id="commento-reply-{hexid}" class="commento-option-button commento-option-reply" title="Reply"></button></div>{children}</div></div>"""

    items = tree(p, item, lambda s: s)
    feed = "".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="/r{k}/"><img class="post-card-image" src="/content/images/{k}.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/r{k}/"><header class="post-card-header"><h2 class="post-card-title">{e(t)}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{e(p.site)}</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-shell"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/shell/">Shell</a></span></div><h1 class="article-title">{e(p.title)}</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/noor/" class="author-avatar"><img class="author-profile-image" src="/content/images/noor.jpg" alt="{e(p.byline)}"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/noor/">{e(p.byline)}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{p.date}">{e(p.date_shown)}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
{paras(p.article)}
</section>
<section class="article-comments gh-canvas"><div id="commento"><div id="commento-main-area" class="commento-root commento-root-font"><div class="commento-login"><div class="commento-login-text">Login</div></div>
<div id="commento-textarea-super-container-root" class="commento-round-check"><div id="commento-textarea-container-root" class="commento-textarea-container"><textarea id="commento-textarea-root" placeholder="Add a comment"></textarea></div><button id="commento-submit-button-root" class="commento-button commento-submit-button">Add Comment</button></div>
<div id="commento-sort-policy-buttons-container" class="commento-sort-policy-buttons-container"><div class="commento-sort-policy-buttons"><a class="commento-sort-policy-button commento-sort-policy-button-selected">Upvotes</a><a class="commento-sort-policy-button">Newest</a><a class="commento-sort-policy-button">Oldest</a></div></div>
<div id="commento-comments-area" class="commento-comments">
{items}
</div>
<div class="commento-footer"><div class="commento-logo-container"><a class="commento-logo-link" href="https://commento.io"><span class="commento-logo-text">Commento</span></a></div></div></div></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed"><h3>You might also like</h3>{feed}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{e(p.site)}</a> &copy; 2026</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>"""
    return shell(p, body)


def r_squarespace(p: Page) -> str:
    """Squarespace blog comments: div.squarespace-comments, div.comment-wrapper > div.comment, 'Reply · Like · N Likes · Flag', div.comment-replies."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        likes = (i * 2 + 1) % 5
        like_n = f'<span class="likes">{likes} Likes</span> · ' if likes > 1 else ""
        replies = f'<div class="comment-replies">{sub}</div>' if sub else ""
        return f"""<div class="comment-wrapper" id="comment-63a{i}f2c8e41b9d{i}"><div class="comment"><div class="comment-header"><span class="avatar"><img src="/universal/images-v6/default-avatar.png" alt=""></span><span class="author"><a href="#">{e(c.author)}</a></span> <span class="timestamp">{e(c.shown)}</span></div>
<div class="body"><p>{e(c.text)}</p></div>
<div class="comment-footer"><a class="reply" href="#">Reply</a> · <a class="like" href="#">Like</a> · {like_n}<a class="flag" href="#">Flag</a></div></div>{replies}</div>"""

    items = tree(p, item, lambda s: s)
    rel = "".join(
        f'<div class="BlogItem-related"><a href="/blog/r{k}"><div class="BlogItem-related-title">{e(t)}</div></a></div>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header id="header" class="header"><div class="header-title"><a href="/" class="header-title-text">{e(p.site)}</a></div><nav class="header-nav-list"><a href="/shop">Shop</a> <a href="/classes">Classes</a> <a href="/blog">Blog</a> <a href="/about">About</a></nav></header>
<main id="page"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry BlogItem" data-item-id="63a0f2c8e41b9d">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{e(p.title)}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=imani">{e(p.byline)}</a></div><time class="blog-meta-item blog-meta-item--date" datetime="{p.date}">{e(p.date_shown)}</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
{paras(p.article)}
</div></div></div></div></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/blog/prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">{e(p.related[0])}</h2></a></section>
<section class="blog-item-comments BlogItem-comments"><div class="squarespace-comments" id="comments-63a0f2c8e41b9d"><div class="comments-content"><div class="header"><span class="comment-count">{len(p.comments)} Comments</span><div class="comment-sort"><a class="sort">Newest</a> <a class="sort active">Oldest</a> <a class="sort">Likes</a></div></div>
<div class="comment-input"><div class="comment-input-box"><textarea placeholder="Add a comment..."></textarea></div><div class="comment-login"><label>Name<input type="text"></label><label>Email (optional)<input type="email"></label><button class="submit-comment">Post</button></div></div>
<div class="comments-list">
{items}
</div></div></div></section>
<section class="BlogItem-relatedWrapper"><h3>Related Posts</h3>{rel}</section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><p>{e(p.site)} · Asheville, NC · © 2026</p></footer>"""
    return shell(p, body)


def r_vuukle(p: Page) -> str:
    """Vuukle widget saved inline: emote bar, flat div.v-comment list, 'Name • 2h ago' glued, replies by indent class and 'replied to Name'."""
    out = []
    for i in dfs_order(p):
        c = p.comments[i]
        reply = " v-comment--reply" if c.parent is not None else ""
        to = (
            f'<div class="v-comment__replied-to">replied to {e(p.comments[c.parent].author)}</div>'
            if c.parent is not None
            else ""
        )
        out.append(f"""<div class="v-comment{reply}" data-id="{7720150 + i}"><div class="v-comment__avatar"><span class="v-avatar-initials">{e(c.author[0].upper())}</span></div><div class="v-comment__main"><div class="v-comment__header"><span class="v-comment__meta">{e(c.author)} • {e(c.shown)}</span></div>{to}
<div class="v-comment__text">{e(c.text)}</div>
<div class="v-comment__actions"><button class="v-vote v-vote--up">▲ {(i * 9 + 4) % 25}</button><button class="v-vote v-vote--down">▼ {i % 3}</button><button class="v-reply">Reply</button><button class="v-share">Share</button></div></div></div>""")
    emotes = "".join(
        f'<div class="v-emote"><span class="v-emote__label">{lab}</span><span class="v-emote__count">{cnt}</span></div>'
        for lab, cnt in [
            ("Happy", 41),
            ("Unmoved", 6),
            ("Amused", 3),
            ("Excited", 22),
            ("Angry", 9),
            ("Sad", 2),
        ]
    )
    trend = "".join(f'<li><a href="/city/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="dc-header"><a class="dc-logo" href="/">{e(p.site)}</a>{nav(p, "dc-nav")}</header>
<div class="dc-wrap"><main class="dc-main"><article class="story"><div class="story__section">City</div><h1 class="story__title">{e(p.title)}</h1><div class="story__byline"><span class="story__author">{e(p.byline)}</span> <span class="story__date">Updated: {e(p.date_shown)}</span></div>
<div class="story__share"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copy link</a></div>
<div class="story__body">
{paras(p.article)}
</div></article>
<div id="vuukle-emote" class="vuukle-emotes"><div class="v-emotes-title">What is your reaction?</div><div class="v-emotes-list">{emotes}</div></div>
<div id="vuukle-comments" class="vuukle-comments"><div class="v-comments-header"><span class="v-comments-count">{len(p.comments)} Comments</span> <span class="v-sort">Sort by: <b>Best</b></span></div>
<div class="v-comment-box"><textarea placeholder="Write a comment..."></textarea><button class="v-login">Log in</button></div>
<div class="v-comments-list">
{chr(10).join(out)}
</div><button class="v-load-more">Load more comments</button><div class="v-powered"><a href="https://vuukle.com">Powered by Vuukle</a></div></div></main>
<aside class="dc-side"><h3>Trending</h3><ol>{trend}</ol></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_smf21(p: Page) -> str:
    """SMF 2.1 topic: div.windowbg#msgN, div.poster h4 + ul.user_info, a date link titled 'Ответ #N - Re: …', bbc_standard_quote 'Цитата: X от date'."""
    posts = [first_post(p), *p.comments]
    out = []
    for n, c in enumerate(posts):
        mid = 61230 + n
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<blockquote class="bbc_standard_quote"><cite><a href="index.php?topic=3310.msg{61230 + c.parent + 1}#msg{61230 + c.parent + 1}">Цитата: {e(q.author)} от {e(q.shown)}</a></cite>{e(q.text)}</blockquote>'
        group = e(c.extra) if n else "Новичок"
        sig = f'<div class="signature" id="msg_{mid}_signature">{e(c.extra2)}</div>' if c.extra2 else ""
        subject = e(p.title) if n == 0 else "Re: " + e(p.title)
        title = f"Ответ #{n} - {subject}" if n else subject
        number = f'<span class="page_number floatright">#{n}</span>' if n else ""
        out.append(f"""<div class="windowbg" id="msg{mid}"><div class="post_wrapper"><div class="poster"><h4><span class="off" title="Не в сети"></span><a href="index.php?action=profile;u={410 + n}" title="Просмотр профиля {e(c.author)}">{e(c.author)}</a></h4>
<ul class="user_info"><li class="membergroup">{group}</li><li class="avatar"><a href="index.php?action=profile;u={410 + n}"><img class="avatar" src="avatars/{410 + n}.png" alt=""></a></li><li class="icons"><img src="Themes/default/images/membericons/icon.png" alt="*"></li><li class="postcount">Сообщений: {(n * 137 + 41) % 900}</li></ul></div>
<div class="postarea"><div class="keyinfo"><div id="subject_{mid}" class="subject_title subject_hidden"><a href="index.php?msg={mid}">{subject}</a></div>{number}<div class="postinfo"><span class="messageicon"><img src="Themes/default/images/post/xx.png" alt=""></span><a href="index.php?topic=3310.msg{mid}#msg{mid}" title="{title}" class="smalltext">{e(c.shown)}</a> <span class="spacer"></span></div></div>
<div class="post"><div class="inner" data-msgid="{mid}" id="msg_{mid}">{quote}{e(c.text) if n else brs(c.text)}</div></div>
<div class="under_message"><ul class="floatleft"></ul><ul class="quickbuttons"><li><a href="index.php?action=post;quote={mid}"><span class="main_icons quote"></span>Цитировать</a></li></ul></div></div>
<div class="moderatorbar">{sig}</div></div></div>""")
    sim = "".join(f'<li><a href="index.php?topic={k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div id="footerfix"><div id="header"><h1 class="forumtitle"><a id="top" href="index.php">{e(p.site)}</a></h1></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap"><div class="user"></div><div class="news"><h2>Новости:</h2><p>Весенний обмен семенами — 15 марта!</p></div></div><div class="navigate_section"><ul><li><a href="index.php"><span>{e(p.site)}</span></a></li><li><a href="index.php?board=4.0"><span>Ягодные культуры</span></a></li><li class="last"><span>{e(p.title)}</span></li></ul></div></div></div>
<div id="content_section"><div id="main_content_section"><div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{e(p.title)}</span></h2><p>Автор <a href="index.php?action=profile;u=410">{e(p.byline)}</a>, {e(p.date_shown)}</p></div>
<div class="pagesection"><div class="pagelinks floatleft"><span class="pages">Страницы</span><span class="current_page">1</span></div></div>
<div id="forumposts"><form action="index.php?action=quickmod2;topic=3310.0" method="post" name="quickModForm" id="quickModForm">
{chr(10).join(out)}
</form></div>
<div id="quickreply"><div class="cat_bar"><h3 class="catbg">Быстрый ответ</h3></div><textarea name="message"></textarea><input type="submit" value="Отправить"></div>
<div class="roundframe"><h3>Похожие темы</h3><ul>{sim}</ul></div></div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="copyright"><a href="https://www.simplemachines.org">SMF 2.1.4 &copy; 2023</a>, Simple Machines</li></ul></div></div>"""
    return shell(p, body)


def r_es_regional(p: Page) -> str:
    """A Spanish regional paper's hand-made list: div#c-comentarios, li#comentario-N 'Nombre dijo:', ul.respuestas after the parent's closed li."""
    kids = children_of(p)

    def block(i: int) -> str:
        c = p.comments[i]
        li = f"""<li id="comentario-{5010 + i}"><p class="autor"><strong>{e(c.author)}</strong> dijo: <span class="fecha">{e(c.shown)}</span></p>
<div class="texto"><p>{e(c.text)}</p></div>
<p class="acciones"><a href="#" class="megusta">Me gusta ({(i * 4 + 2) % 11})</a> | <a href="#formulario" class="responder">Responder</a></p></li>"""
        sub = "".join(block(j) for j in kids.get(i, []))
        return li + (f'\n<ul class="respuestas">{sub}</ul>' if sub else "")

    items = "\n".join(block(i) for i in kids.get(None, []))
    quotes = ["Otra subida más y los sueldos igual.", "Que amplíen el horario de tarde, por favor."]
    side = "".join(
        f'<li><a href="/noticias/{7700 + k}">{e(post)}</a><p>«{e(quotes[k % 2])}»</p></li>'
        for k, (_, post) in enumerate(p.recent)
    )
    body = f"""<div id="cabecera"><a id="logo" href="/">{e(p.site)}</a>{nav(p, "menu-principal")}</div>
<div id="contenedor"><div id="columna-principal"><div class="noticia"><span class="antetitulo">Ponferrada</span><h1>{e(p.title)}</h1><p class="firma">{e(p.byline)} | <span class="fecha-noticia">{e(p.date_shown)}</span></p>
<div class="cuerpo-noticia">
{paras(p.article)}
</div><div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></div>
{related(p)}
<section class="comentarios"><h3>Comentarios ({len(p.comments)})</h3><p class="normas">Los comentarios son responsabilidad de sus autores. <a href="/normas">Normas de participación</a></p>
<div id="c-comentarios"><a class="anteriores" href="?pag=2#c-comentarios">Ver comentarios anteriores</a>
<ul class="lista-comentarios">
{items}
</ul></div>
<form id="formulario" class="form-comentario"><p><label>Nombre (obligatorio)</label><input type="text" name="nombre"></p><p><label>Email (no se publicará)</label><input type="email" name="email"></p><p><label>Comentario</label><textarea name="comentario"></textarea></p><p><input type="submit" value="Enviar comentario"></p></form></section></div>
<div id="columna-lateral"><div class="modulo"><h4>Lo más comentado</h4><ul>{side}</ul></div></div></div>
<div id="pie">© 2026 {e(p.site)}</div>"""
    return shell(p, body)


def r_fr_reactions(p: Page) -> str:
    """A French regional daily's reactions: li.reaction#reaction-N, avatar link 'Voir le profil', 'Pseudo a écrit :', 'Abonné', nested ol."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = f' <span class="reaction__badge">{e(c.extra)}</span>' if c.extra else ""
        answers = f'<ol class="reaction__reponses">{sub}</ol>' if sub else ""
        return f"""<li class="reaction" id="reaction-{12840 + i}"><a class="reaction__avatar" href="/profil/{e(c.author)}"><img src="/avatars/{i}.png" alt=""><span class="sr-only">Voir le profil</span></a>
<p class="reaction__entete"><strong class="reaction__pseudo">{e(c.author)} a écrit :</strong>{badge} <time datetime="{c.when}+01:00">{e(c.shown)}</time></p>
<div class="reaction__texte"><p>{e(c.text)}</p></div>
<div class="reaction__actions"><a href="#reagir" class="reaction__repondre">Répondre</a> <a href="/signaler/{12840 + i}" class="reaction__signaler">Signaler un abus</a></div>{answers}</li>"""

    items = tree(p, item, lambda s: s)
    lus = "".join(f'<li><a href="/actu/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="bandeau"><a class="bandeau__logo" href="/">{e(p.site)}</a>{nav(p, "bandeau__menu")}</header>
<div class="conteneur"><main class="contenu"><article class="article"><p class="article__rubrique">Saint-Gervais-d'Auvergne</p><h1 class="article__titre">{e(p.title)}</h1><p class="article__signature">{e(p.byline)} · <time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p>
<div class="article__partage"><a href="#">Partager sur Facebook</a> <a href="#">Envoyer par e-mail</a></div>
<div class="article__texte">
{paras(p.article)}
</div></article>
<section id="reactions" class="reactions-bloc"><h2>Réactions ({len(p.comments)})</h2><p class="reactions__charte">Avant de réagir, lisez notre <a href="/charte">Charte de modération</a>.</p>
<button class="reactions__precedentes">Voir les réactions précédentes</button>
<ol class="reactions">
{items}
</ol>
<form id="reagir" class="reactions__form"><p><label>Votre pseudo (obligatoire)<input type="text" name="pseudo"></label></p><p><label>Votre réaction<textarea name="texte"></textarea></label></p><p><button type="submit">Réagir</button></p></form></section></main>
<aside class="colonne"><section class="plus-lus"><h3>Les plus lus</h3><ol>{lus}</ol></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_zblog(p: Page) -> str:
    """Z-BlogPHP default theme: ul.msg#cmtN, li.msgname '发表于 … 回复', li.msgarticle with replies nested inside; '最近留言' module."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 204 + i
        return f"""<ul class="msg" id="cmt{cid}">
<li class="msgname"><img class="avatar" src="/zb_users/avatar/0.png" alt="" width="32"/> <span class="commentname"><a href="https://example.cn/{cid}" rel="nofollow" target="_blank">{e(c.author)}</a></span> <small>发表于 {e(c.shown)} <span class="revertcomment"><a href="#comment" onclick="zbp.comment.reply('{cid}')">回复</a></span></small></li>
<li class="msgarticle">{e(c.text)}
{sub}</li>
</ul>"""

    items = tree(p, item, lambda s: s)
    quotes = ["写得很详细，照着做成功了", "请问用的是哪个版本的固件"]
    side = "".join(
        f'<li><a href="/post/{30 + k}.html#cmt{150 + k}" title="{e(who)}">{e(quotes[k % 2])}</a></li>'
        for k, (who, _) in enumerate(p.recent)
    )
    cats = "".join(f'<li><a href="/post/{30 + k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div id="divAll"><div id="divPage"><div id="divMiddle"><div id="divTop"><h1 id="BlogTitle"><a href="/">{e(p.site)}</a></h1><h3 id="BlogSubTitle">记录一些折腾电脑的事</h3></div>
<div id="divNavBar"><hr/><ul><li><a href="/">首页</a></li><li><a href="/category-1.html">Linux</a></li><li><a href="/guestbook.html">留言本</a></li></ul><hr/></div>
<div id="divMain"><div class="post single"><h4 class="post-date">{e(p.date_shown)}</h4><h2 class="post-title">{e(p.title)}</h2>
<div class="post-body">
{paras(p.article)}
</div>
<h5 class="post-tags">Tags: <a href="/tags-3.html">Linux</a> <a href="/tags-7.html">旧物利用</a></h5>
<h6 class="post-footer">发布:{e(p.byline)} | 分类:<a href="/category-1.html">Linux</a> | 评论:{len(p.comments)} | 浏览:<span>326</span></h6></div>
<label id="AjaxCommentBegin"></label>
{items}
<div class="pagebar commentpagebar"><span class="page now-page">1</span><a href="/post/41.html?comment_page=2#comments"><span class="page">2</span></a><a href="/post/41.html?comment_page=2#comments"><span class="page">›</span></a></div>
<label id="AjaxCommentEnd"></label>
<div class="post" id="divCommentPost"><p class="posttop"><a name="comment">发表评论:</a><a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p>
<form id="frmSumbit" target="_self" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid=41"><p><input type="text" name="inpName" id="inpName" class="text" size="28" tabindex="1"/> <label for="inpName">名称(*)</label></p><p><input type="text" name="inpEmail" id="inpEmail" class="text" size="28" tabindex="2"/> <label for="inpEmail">邮箱</label></p><p><input type="text" name="inpHomePage" id="inpHomePage" class="text" size="28" tabindex="3"/> <label for="inpHomePage">网址</label></p><p><input type="text" name="inpVerify" id="inpVerify" class="text" size="28" tabindex="4"/> <label for="inpVerify">验证码(*)</label></p><p><label for="txaArticle">正文(*)(留言最长字数:1000)</label></p><p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5"></textarea></p><p><input name="sumbit" type="submit" tabindex="6" value="提交" class="button"/></p></form></div></div>
<div id="divSidebar"><dl class="function" id="divComments"><dt class="function_t">最近留言</dt><dd class="function_c"><ul>{side}</ul></dd></dl>
<dl class="function" id="divPrevious"><dt class="function_t">最近发表</dt><dd class="function_c"><ul>{cats}</ul></dd></dl></div>
<div id="divBottom"><h3 id="BlogCopyRight">Copyright {e(p.site)} Rights Reserved.</h3><h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/">Z-BlogPHP</a></h4></div></div></div></div>"""
    return shell(p, body)


# ---------------------------------------------------------------- held-out batches 21 and 22


def r_blocksy(p: Page) -> str:
    """Blocksy: ol.ct-comment-list, article.ct-comment-inner, h4.ct-comment-author cite.fn, date link and 'Reply' in ct-comment-meta-data."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 640 + i
        label = f' <span class="ct-comment-author-label">{e(c.extra)}</span>' if c.extra else ""
        return f"""<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{" bypostauthor" if c.extra else ""}">
<article class="ct-comment-inner" id="ct-comment-inner-{cid}"><footer class="ct-comment-meta"><figure class="ct-media-container"><img alt="" src="/avatar/{i}?s=50" class="avatar avatar-50 photo" height="50" width="50"></figure>
<h4 class="ct-comment-author" title="{e(c.author)}"><cite class="fn">{e(c.author)}</cite>{label}</h4>
<div class="ct-comment-meta-data"><a href="/tension-bookcase/#comment-{cid}"><time datetime="{c.when}+00:00">{e(c.shown)}</time></a><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" aria-label="Reply to {e(c.author)}">Reply</a></div></footer>
<div class="ct-comment-content entry-content is-layout-flow"><p>{e(c.text)}</p></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">{s}</ol>')
    body = f"""<div class="ct-drawer-canvas"></div><div id="main-container"><header id="header" class="ct-header"><div data-row="middle"><div class="ct-container"><div class="site-branding"><span class="site-title"><a href="/">{e(p.site)}</a></span></div>{nav(p, "header-menu-1")}</div></div></header>
<main id="main" class="site-main"><div class="ct-container" data-sidebar="right"><section>
<article id="post-301" class="post-301 post type-post status-publish"><div class="hero-section" data-type="type-1"><header class="entry-header"><h1 class="page-title">{e(p.title)}</h1><ul class="entry-meta" data-type="simple:slash"><li class="meta-author"><a class="ct-meta-element-author" href="/author/maren/"><span>{e(p.byline)}</span></a></li><li class="meta-date"><time class="ct-meta-element-date" datetime="{p.when}+00:00">{e(p.date_shown)}</time></li></ul></header></div>
<div class="entry-content is-layout-flow">
{paras(p.article)}
</div>
<div class="ct-share-box" data-location="bottom"><div data-icons-type="simple"><a href="#" data-network="facebook">Facebook</a><a href="#" data-network="pinterest">Pinterest</a><a href="#" data-network="email">Email</a></div></div>
</article>
<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts"><h3 class="ct-module-title">Related Posts</h3>{"".join(f'<article><h4 class="related-entry-title"><a href="/r/{k}">{e(t)}</a></h4></article>' for k, t in enumerate(p.related))}</div></div></div>
<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments"><h3 class="ct-comments-title">{len(p.comments)} Comments</h3>
<ol class="ct-comment-list">
{items}
</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a Reply <span class="ct-cancel-reply"><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></span></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-cookies-consent"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-field-input-author"><label for="author">Name<b class="required">&nbsp;*</b></label><input id="author" name="author" type="text"></p><p class="comment-form-field-input-email"><label for="email">Email<b class="required">&nbsp;*</b></label><input id="email" name="email" type="text"></p><p class="comment-form-field-input-url"><label for="url">Website</label><input id="url" name="url" type="text"></p><p class="comment-form-field-textarea"><label for="comment">Add Comment<b class="required">&nbsp;*</b></label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><button name="submit" type="submit" id="submit" class="submit" value="Post Comment">Post Comment</button></p></form></div></div></div></div>
</section>
<aside class="ct-hidden-sm ct-hidden-md" data-type="type-1" id="sidebar"><div class="ct-sidebar">{recent_widget(p)}</div></aside></div></main>
<footer id="footer" class="ct-footer"><div data-row="bottom"><div class="ct-container"><div class="ct-footer-copyright"><p>Copyright © 2026 {e(p.site)} - Powered by Blocksy</p></div></div></div></footer></div>"""
    return shell(p, body)


def r_hashnode(p: Page) -> str:
    """Hashnode post: utility classes only; comment cards with no 'comment' class, an 'Author' chip, replies in a bordered indented div."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        chip = (
            f'<span class="rounded-full bg-blue-50 px-2 py-0.5 text-xs font-semibold text-blue-600">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        replies = f'<div class="ml-5 mt-4 border-l-2 border-slate-200 pl-5">{sub}</div>' if sub else ""
        return f"""<div class="mb-5 flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" id="{6513000 + i:x}"><div class="flex flex-row items-center gap-2"><a href="/@u{i}" class="h-8 w-8 overflow-hidden rounded-full"><img src="/avatar/{i}.png" alt="{e(c.author)}'s photo"></a><div class="flex flex-col"><div class="flex flex-row items-center gap-2"><a href="/@u{i}" class="font-semibold text-slate-800 dark:text-slate-100">{e(c.author)}</a>{chip}</div><span class="text-sm text-slate-500">{e(c.shown)}</span></div></div>
<div class="prose prose-sm dark:prose-dark break-words"><p>{e(c.text)}</p></div>
<div class="flex flex-row items-center gap-4 text-sm text-slate-600"><button class="flex items-center gap-1" aria-label="Like"><svg class="h-4 w-4"></svg><span>{(i * 3 + 1) % 7}</span></button><button class="flex items-center gap-1">Reply</button></div>{replies}</div>"""

    items = tree(p, item, lambda s: s)
    more = "".join(
        f'<div class="rounded-lg border border-slate-200 p-4"><a href="/r{k}"><h2 class="text-lg font-bold">{e(t)}</h2></a><p class="text-sm text-slate-500">Karan Malhotra · 5 min read</p></div>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div id="__next"><div class="blog-header relative z-50 w-full border-b"><div class="container mx-auto px-2"><a href="/" class="text-xl font-bold">{e(p.site)}</a> <a href="/newsletter" class="ml-4">Newsletter</a></div></div>
<main class="bg-white dark:bg-slate-950"><article class="flex flex-col items-stretch pb-24"><div class="container relative mx-auto grid grid-flow-row grid-cols-8 xl:gap-6 2xl:grid-cols-10"><div class="col-span-full lg:col-span-6 lg:col-start-2"><h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold md:text-5xl">{e(p.title)}</h1>
<div class="mb-8 flex flex-row items-center justify-center gap-3"><a href="/@karan" class="font-semibold">{e(p.byline)}</a><span class="text-slate-500">·</span><a href="/why-my-postgres-index-was-not-used" class="text-slate-500"><span>{e(p.date_shown)}</span></a><span class="text-slate-500">·</span><span class="text-slate-500">3 min read</span></div></div></div>
<div class="relative mb-10 pb-14"><div id="post-content-parent" class="relative mb-10 mx-auto grid grid-cols-8"><div class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">
{paras(p.article)}
</div></div>
<div class="mx-auto w-full px-4 md:max-w-screen-md"><div class="rounded-lg border p-5 text-center"><h3 class="font-semibold">Subscribe to our newsletter</h3><p>Read articles from dev notes by Karan directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p><form><input type="email" placeholder="Enter your email address"><button>Subscribe</button></form></div></div>
<div class="mx-auto mt-10 w-full px-4 md:max-w-screen-md" id="comments-list"><h3 class="mb-5 text-xl font-bold">Comments ({len(p.comments)})</h3><div class="mb-5 rounded-lg border p-4"><textarea placeholder="Write a comment..."></textarea></div>
{items}
<button class="w-full rounded-full border py-2 font-medium">Load more responses</button></div></div></article>
<div class="container mx-auto px-4"><h2 class="mb-5 text-2xl font-bold">More articles</h2><div class="grid grid-cols-2 gap-4">{more}</div></div></main>
<footer class="blog-footer-area"><p>©2026 {e(p.site)}</p><a href="https://hashnode.com">Powered by Hashnode - Build your developer hub.</a></footer></div>"""
    return shell(p, body)


def r_groupsio(p: Page) -> str:
    """Groups.io topic: table#records of messages, '#N' numbers, quoted lines under 'On …, Name wrote:' in a blockquote."""
    posts = [first_post(p), *p.comments]
    rows = []
    for n, c in enumerate(posts):
        num = 1842 + n
        quote = ""
        if n and c.parent is not None:
            q = posts[c.parent + 1]
            quote = f'<div class="quoted-wrap"><p>On {e(q.shown)}, {e(q.author)} wrote:</p><blockquote class="gmail_quote">{e(q.text)}</blockquote></div>'
        elif n:
            q = posts[0]
            quote = f'<div class="quoted-wrap"><p>On {e(q.shown)}, {e(q.author)} wrote:</p><blockquote class="gmail_quote">{brs(q.text)}</blockquote></div>'
        body_text = brs(c.text) if n == 0 else f"<p>{e(c.text)}</p>"
        sig = "<p>-- <br>Gordon<br>Layout: Glen Farrow, 00 gauge</p>" if c.author == p.byline else ""
        likes = f'<span class="likes-count">{n + 1} Likes</span>' if n in (0, 3) else ""
        rows.append(f"""<tr><td><div class="expanded-message" id="msg{num}"><div class="msg-header"><a class="user-link" href="/g/rail-modellers/profile?user={9100 + n}"><img class="avatar" src="/img/u{n}.png" alt=""> <span class="user-name">{e(c.author)}</span></a> <span class="pull-right"><span class="text-muted">#{num}</span> <span title="{e(c.shown)}">Mar 3</span></span></div>
<div class="user-content">{body_text}{sig}{quote}</div>
<div class="msg-actions"><button class="btn btn-default btn-xs">Like</button> {likes} <button class="btn btn-default btn-xs">Reply</button> <button class="btn btn-default btn-xs">More</button></div></div></td></tr>""")
    top = "".join(
        f'<li><a href="/g/rail-modellers/topic/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<nav class="navbar navbar-default"><a class="navbar-brand" href="/">Groups.io</a></nav>
<div class="container"><div class="row"><div class="col-md-3" id="sidebar"><h4><a href="/g/rail-modellers">{e(p.site)}</a></h4><a class="btn btn-primary" href="/g/rail-modellers/join">Join</a><ul class="nav"><li><a href="/g/rail-modellers/topics">Topics</a></li><li><a href="/g/rail-modellers/photos">Photos</a></li><li><a href="/g/rail-modellers/files">Files</a></li></ul><h5>Top</h5><ul>{top}</ul></div>
<div class="col-md-9" id="content"><h3 class="subject">{e(p.title)}</h3><p class="text-muted">{len(posts)} messages</p>
<table id="records" class="table table-condensed">
{chr(10).join(rows)}
</table></div></div></div>
<footer><p>© 2026 Groups.io</p></footer>"""
    return shell(p, body)


def r_pwcomments(p: Page) -> str:
    """TYPO3 pw_comments: div.comment with comment-avatar / comment-box, a relative date over a title, replies one level deep."""
    kids = children_of(p)

    def one(i: int, cls: str) -> str:
        c = p.comments[i]
        absolute = datetime.fromisoformat(c.when).strftime("%d.%m.%Y %H:%M:%S")
        return f"""<div class="{cls}" id="comment{310 + i}"><div class="comment-avatar"><img src="/typo3conf/ext/pw_comments/Resources/Public/Icons/avatar.svg" class="comment-author-image default-user-icon" alt=""></div>
<div class="comment-box"><div class="comment-head"><h5 class="comment-name">{e(c.author)}</h5><span class="comment-date" title="{absolute}"> {e(c.shown)}</span>
<div class="comment-actions"><span class="comment-votes"><a class="upvote" href="#">+{(i * 2 + 3) % 7}</a> <a class="downvote" href="#">−0</a></span> <a class="reply" href="#writeComment">Antworten</a></div></div>
<div class="comment-content">{e(c.text)}</div></div>"""

    out = []
    for r in kids.get(None, []):
        replies = "".join(one(j, "comment reply") + "</div>" for j in kids.get(r, []))
        out.append(
            one(r, "comment")
            + (f'<div class="comment-replies">{replies}</div>' if replies else "")
            + "</div>"
        )
    more = "".join(f'<li><a href="/aktuelles/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header id="page-header"><a class="logo" href="/">{e(p.site)}</a>{nav(p, "mainnav")}</header>
<div id="page-content" class="container"><main class="col-main"><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">{e(p.title)}</h1></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p.date}">{e(p.date_shown)}</time></span> <span class="news-list-author">von {e(p.byline)}</span></p></div>
<div class="news-text-wrap" itemprop="articleBody">
{paras(p.article)}
</div><div class="news-backlink-wrap"><a href="/aktuelles/">Zurück</a></div></div></div>
<div class="tx-pwcomments"><h3 class="comments-headline">Kommentare ({len(p.comments)})</h3>
<div class="comments">
{chr(10).join(out)}
</div>
<div id="writeComment" class="comment-form"><h3>Kommentar schreiben</h3><form method="post"><label>Ihr Name *<input type="text" name="tx_pwcomments_pi1[newComment][authorName]"></label><label>Ihre E-Mail-Adresse *<input type="email" name="tx_pwcomments_pi1[newComment][authorMail]"></label><label>Ihr Kommentar *<textarea name="tx_pwcomments_pi1[newComment][message]"></textarea></label><input type="submit" value="Kommentar absenden"></form></div></div></main>
<aside class="col-side"><h3>Weitere Meldungen</h3><ul>{more}</ul></aside></div>
<footer id="page-footer"><p>© 2026 {e(p.site)} · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>"""
    return shell(p, body)


def _drupal_subject(text: str) -> str:
    """Drupal fills an empty comment subject with the text's first 29 characters, cut at a word, and '…'."""
    cut = text[:29]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def r_drupal9(p: Page) -> str:
    """Drupal 9 Bartik comment.html.twig: article.comment, footer.comment__meta, an automatic h3 subject, div.indented replies."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 57 + i
        anon = " by-anonymous" if c.extra else ""
        inreply = ""
        if c.parent is not None:
            q = p.comments[c.parent]
            inreply = f'<p class="visually-hidden">В ответ на <a href="/comment/{57 + c.parent}#comment-{57 + c.parent}" hreflang="ru">{e(_drupal_subject(q.text))}</a> от <span>{e(q.author)}</span></p>'
        unverified = f" {e(c.extra)}" if c.extra else ""
        return f"""<article data-comment-user-id="{0 if c.extra else 12 + i}" id="comment-{cid}" class="comment js-comment{anon} clearfix" role="article"><span class="hidden" data-comment-timestamp="{1740990000 + i * 3600}"></span>
<footer class="comment__meta"><article class="profile"></article><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name">{e(c.author)}</span>{unverified}</p><p class="comment__time">{e(c.shown)}</p><p class="comment__permalink"><a href="/comment/{cid}#comment-{cid}" hreflang="ru">Постоянная ссылка</a></p>{inreply}</footer>
<div class="comment__content"><h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="ru">{e(_drupal_subject(c.text))}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{e(c.text)}</p></div>
<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/14/comment/{cid}">Ответить</a></li></ul></div></article>{sub}"""

    items = tree(p, item, lambda s: f'<div class="indented">{s}</div>')
    body = f"""<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><div id="page"><header id="header" class="header" role="banner"><div class="section layout-container clearfix"><div id="block-bartik-branding" class="clearfix site-branding"><a href="/" rel="home" class="site-branding__name">{e(p.site)}</a></div>{nav(p, "menu--main")}</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix"><main id="content" class="column main-content" role="main"><section class="section"><div id="block-bartik-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title">{e(p.title)}</span></h1></div>
<div id="block-bartik-content" class="block block-system block-system-main-block"><article role="article" class="node node--type-article node--promoted node--view-mode-full"><header><div class="node__meta"><span>Опубликовано <span class="field field--name-uid"><span>{e(p.byline)}</span></span> в <span class="field field--name-created">{e(p.date_shown)}</span></span></div></header>
<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paras(p.article)}
</div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-wrapper__title">Комментарии</h2>
{items}
<h2 class="title comment-form__title">Добавить комментарий</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/14/comment" method="post"><div class="form-item form-item-name"><label for="edit-name">Ваше имя</label><input type="text" id="edit-name" name="name" value="Гость"></div><div class="form-item form-item-subject-0-value"><label for="edit-subject-0-value">Тема</label><input type="text" id="edit-subject-0-value" name="subject[0][value]"></div><div class="form-item form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Комментарий</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]"></textarea></div><div class="form-actions"><input type="submit" id="edit-submit" value="Сохранить"> <input type="submit" id="edit-preview" value="Предпросмотр"></div></form></section></div></article></div></section></main>
<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary"><div class="block block-views"><h2>Похожие записи</h2><div class="content"><ul>{"".join(f'<li><a href="/node/{20 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></aside></div></div></div>
<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div class="block"><span>Работает на <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>"""
    return shell(p, body)


def r_wix(p: Page) -> str:
    """Wix Blog with Wix Comments: generated classes, parts named only by data-hook, an 'Administrador' badge, replies one level deep."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        badge = f'<span class="_3Ncn7" data-hook="badge">{e(c.extra)}</span>' if c.extra else ""
        replies = (
            f'<button class="_1tF0d" data-hook="show-replies-button">Ver 1 respuesta</button><div class="_3bKzq" data-hook="replies-list">{sub}</div>'
            if sub
            else ""
        )
        return f"""<div class="_2h4Jr" data-hook="comment" data-comment-id="{i}c9e4b1a"><div class="_1XzLk"><div class="_2C1Up" data-hook="avatar"><img src="/static/avatar/{i}.png" alt=""></div><div class="_3w2Qn"><div class="_1gqJN"><span class="_2nNOI" data-hook="author-name">{e(c.author)}</span>{badge}</div><span class="_1Fh0K" data-hook="creation-date">{e(c.shown)}</span></div></div>
<div class="_25eXq" data-hook="comment-content"><div class="_1-bwW"><p class="_3JRBO"><span>{e(c.text)}</span></p></div></div>
<div class="_3yM8b"><button class="_2DRr5" data-hook="like-button">Me gusta <span>{(i * 3 + 2) % 6}</span></button><button class="_2DRr5" data-hook="reply-button">Responder</button></div>{replies}</div>"""

    items = tree(p, item, lambda s: s)
    recent = "".join(
        f'<div class="_2vkEM" data-hook="recent-post"><a href="/post/r{k}"><h3 class="_1S6JR" data-hook="post-title">{e(t)}</h3></a><span data-hook="like-count">3</span></div>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div id="SITE_CONTAINER"><header id="SITE_HEADER" class="_1tKbc"><a href="/" class="_3bLYT">{e(p.site)}</a><nav class="_1_Qb8"><a href="/">Inicio</a> <a href="/tienda">Tienda</a> <a href="/blog">Blog</a></nav></header>
<main id="PAGES_CONTAINER"><section class="blog-post-page"><article class="_3lvoN" data-hook="post"><div class="_1Fzgd"><div class="_2dg2A" data-hook="post-author"><span class="_1Ahms" data-hook="user-name">{e(p.byline)}</span><span class="_1Lf9q" data-hook="writer-badge">Escritor</span></div><span class="_1FwqO" data-hook="time-ago">{e(p.date_shown)}</span> <span data-hook="time-to-read">2 min de lectura</span></div>
<h1 class="_2-pWI" data-hook="post-title">{e(p.title)}</h1>
<div class="_1_bq_" data-hook="post-description"><div class="_3k6sd">
{paras(p.article)}
</div></div>
<div class="_2-Rw2" data-hook="post-footer"><span data-hook="view-count">58 visualizaciones</span> <span data-hook="comment-count">{len(p.comments)} comentarios</span> <button data-hook="like-button">Me gusta la publicación</button></div></article>
<div class="_1LDP7" data-hook="recent-posts"><h2 class="_2_h8y">Publicaciones recientes</h2>{recent}</div>
<div class="_1gm2r" data-hook="comments-root"><h2 class="_2FfWZ" data-hook="comments-header">Comentarios</h2><div class="_3oR7s" data-hook="comment-box"><div class="_1FgDu" placeholder="Escribe un comentario...">Escribe un comentario...</div></div>
<div class="_2Lcwp" data-hook="comments-list">
{items}
</div></div></section></main>
<footer id="SITE_FOOTER"><p>© 2026 por {e(p.site)}. Creado con Wix.com</p></footer></div>"""
    return shell(p, body)


def r_canalblog(p: Page) -> str:
    """Canalblog: a flat div.comment list, the text first and 'Posté par Name, date | time' after it; 'Derniers commentaires' box."""
    out = []
    for i, c in enumerate(p.comments):
        cid = 91320450 + i
        day, _, hour = c.shown.partition(" | ")
        out.append(f"""<a id="c{cid}"></a><div class="comment" id="c{cid}x"><div class="comment-content"><p>{e(c.text)}</p></div>
<div class="itemfooter">Posté par <a href="https://blog.example/u{i}" rel="nofollow">{e(c.author)}</a>, <a href="#c{cid}">{e(day)}</a> | {e(hour)}</div></div>""")
    quotes = ["Bravo pour ton compost, le mien ne chauffe jamais.", "Les miens ont donné jusqu'en octobre !"]
    last = "".join(
        f'<li><a href="/archives/2025/02/{10 + k}/{4400 + k}.html#c{88000 + k}">{e(quotes[k % 2])}</a> <span>{e(who)}, sur {e(post)}</span></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="container"><div id="banner"><h1 id="banner-header"><a href="/">{e(p.site)}</a></h1><h2 id="banner-description">Potager, fleurs et petits bonheurs</h2></div>
<div id="center"><div class="content"><div class="blogbody"><h2 class="date-header">{e(p.date_shown)}</h2><a id="a4452"></a>
<h3 class="post-title">{e(p.title)}</h3>
<div class="articlebody">
{paras(p.article)}
<div class="ob-ads">Publicité</div>
</div>
<div class="itemfooter">Publié par {e(p.byline)} à 09:05 - <a href="/archives/jardin/index.html">Jardin</a> - <a href="#comments">Commentaires [{len(p.comments)}]</a> - Permalien [<a href="/archives/2025/03/03/4452.html">#</a>]</div>
<div id="comments"><h3 class="comments-header">Commentaires</h3>
{chr(10).join(out)}
</div>
<div id="form"><h3 class="comments-header">Poster un commentaire</h3><form id="commentform" method="post"><p><label for="author">Nom / Pseudo :</label><input id="author" name="author" type="text"></p><p><label for="email">E-mail :</label><input id="email" name="email" type="text"></p><p><label for="url">URL :</label><input id="url" name="url" type="text"></p><p><input type="checkbox" id="bakecookie" name="bakecookie"><label for="bakecookie">Se souvenir de mes informations</label></p><p><label for="text">Commentaire :</label><textarea id="text" name="text"></textarea></p><p><input type="submit" name="preview" value="Prévisualiser"> <input type="submit" name="post" value="Envoyer"></p></form></div>
<div class="pagination"><a href="/archives/2025/02/26/4449.html">« {e(p.related[0])}</a> | <a href="/">Accueil</a></div></div></div></div>
<div id="right"><div class="sidebar"><div class="box"><h3 class="box-title">Derniers commentaires</h3><ul class="box-content">{last}</ul></div>
<div class="box"><h3 class="box-title">Newsletter</h3><div class="box-content"><p>Abonnez-vous pour être averti des nouveaux articles publiés.</p><input type="email" placeholder="Votre adresse e-mail"><button>S'abonner</button></div></div>
<div class="box"><h3 class="box-title">Archives</h3><ul class="box-content"><li><a href="/archives/2025/03/">mars 2025</a></li><li><a href="/archives/2025/02/">février 2025</a></li></ul></div></div></div>
<div id="footer">Blog hébergé par <a href="https://www.canalblog.com">Canalblog</a></div></div>"""
    return shell(p, body)


def r_phpwind(p: Page) -> str:
    """phpwind 9 thread: div.floor.J_read_floor tables, floor names 楼主/沙发/板凳/地板, '发布于：', quotes '引用 N楼 name 于 … 发表的 :'."""
    names = ["楼主", "沙发", "板凳", "地板"]
    posts = [first_post(p), *p.comments]
    uids: dict[str, int] = {}
    out = []
    for n, c in enumerate(posts):
        pid = 88410 + n
        uid = uids.setdefault(c.author, 300 + len(uids))
        floor = names[n] if n < len(names) else f"{n}楼"
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<blockquote class="blockquote"><span class="blockquote_tit">引用 {c.parent + 1}楼 {e(q.author)} 于 {e(q.shown)} 发表的 :</span><div class="blockquote_cont">{e(q.text)}</div></blockquote>'
        group = e(c.extra) if n else "新手上路"
        title = ""
        if n == 0:
            title = f'<div class="floor_title cc"><div class="post_num"><span class="hits">阅读：<em>1380</em></span><span class="replies">回复：<em id="topicRepliesNum">{len(p.comments)}</em></span></div><h1 id="J_post_title">{e(p.title)}</h1></div>'
        text = brs(c.text) if n == 0 else e(c.text)
        likes = (
            '<div id="J_read_like_list" class="read_like_list cc"><h4 class="J_read_like_tit">最新喜欢：</h4><a href="#">家有喵星人</a> <a href="#">木工老王</a></div>'
            if n == 0
            else ""
        )
        out.append(f"""<a name="{pid}"></a><div class="floor cc J_read_floor" id="read_{pid}"><table width="100%" style="table-layout:fixed;" class="floor_table"><tr><td rowspan="2" class="floor_left"><div class="floor_info"><div class="face"><a href="/index.php?m=space&amp;uid={uid}" class="J_user_card_show" target="_blank"><img src="/res/images/face/face_middle.jpg" class="J_avatar" alt="{e(c.author)}"></a></div>
<div class="name"><span class="man_unol" title="离线"></span><a href="/index.php?m=space&amp;uid={uid}" class="J_user_card_show mr5">{e(c.author)}</a></div><div class="level"><div>{group}</div><img src="/res/images/level/{n % 5}.gif" alt="{group}"></div>
<ul class="cc integral"><li><em>UID</em><span>{uid}</span></li><li><em>发帖数</em><a href="#">{(uid * 53 + 12) % 400}</a></li><li><em>注册日期</em><span>2019-0{uid % 9 + 1}-12</span></li></ul><div class="operate cc"><a class="follow" href="#">加关注</a><a class="message" href="#">写私信</a></div></div></td>
<td class="box_wrap floor_right"><div class="fl"><div class="floor_arrow"><em></em><span></span></div></div>{title}<div class="c"></div><div class="floor_top_tips cc"><div style="position:relative;"><span class="lou J_floor_copy" title="复制此楼地址" data-hash="read_{pid}">{floor}<sup>#</sup></span></div><span class="fl">发布于：{e(c.shown)}</span></div>
<div id="J_read_main"><div class="fr"></div><div class="editor_content">{quote}{text}</div></div></td></tr>
<tr><td class="box_wrap floor_bottom" valign="bottom">{likes}<div class="floor_bottom_tips cc"><a href="#" class="J_read_reply_single">回复</a> <a href="#" class="J_read_quote">引用</a> <a href="#" class="J_like_btn">喜欢</a></div></td></tr></table></div>""")
    rel = "".join(f'<li><a href="/read.php?tid={5500 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<div class="wrap"><header class="header_wrap"><div id="J_header" class="header cc"><div class="logo"><a href="/">{e(p.site)}</a></div><nav class="nav_wrap"><ul class="cc"><li><a href="/">首页</a></li><li class="current"><a href="/index.php?m=bbs">论坛</a></li><li><a href="/index.php?m=like">喜欢</a></li></ul></nav></div></header>
<div class="main_wrap"><div class="bread_crumb"><a href="/" class="home">首页</a><em>&gt;</em><a href="/thread.php?fid=7">卫浴装修</a><em>&gt;</em><a href="#">{e(p.title)}</a></div>
<div class="main cc"><div class="main_body"><div class="box_wrap thread_page J_page_wrap">
{chr(10).join(out)}
</div><div class="box_wrap"><div class="J_reply_wrap"><textarea placeholder="我也说一句"></textarea><button class="btn btn_submit">回复</button></div></div></div>
<div class="main_sidebar"><div class="box_wrap"><h2 class="box_title">相关帖子</h2><ul class="list">{rel}</ul></div></div></div></div>
<div class="footer_wrap"><div class="footer"><p>Powered by <a href="http://www.phpwind.net/">phpwind v9.0.2</a> &copy;2003-2015 phpwind.com</p></div></div></div>"""
    return shell(p, body)


def r_facebook_script(p: Page) -> str:
    """A regional news page whose comments Facebook's comments plugin loads: the SDK filled 'Comentarios (N)', div.fb-comments is empty."""
    n = p.announced
    url = "https://lavozdelaltotajo.example/comarca/carretera-molina-reabre"
    quotes = [
        "Por fin, ya era hora de que ampliaran el horario.",
        "Que no se olviden de los pueblos pequeños.",
    ]
    side = "".join(
        f'<li><blockquote>«{e(quotes[k % 2])}»</blockquote><span class="lector">{e(who)}</span> en <a href="/comarca/{6100 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/es_ES/sdk.js#xfbml=1&amp;version=v19.0" nonce="k3Yp2QaZ"></script>
<header class="cabecera"><a class="cabecera__logo" href="/">{e(p.site)}</a>{nav(p, "cabecera__menu")}</header>
<div class="pagina"><main class="pagina__principal"><article class="noticia"><p class="noticia__seccion">Comarca</p><h1 class="noticia__titular">{e(p.title)}</h1>
<div class="noticia__firma"><span>{e(p.byline)}</span> | <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> | <a href="#comentarios">Comentarios (<span class="fb-comments-count" data-href="{url}" fb-xfbml-state="rendered">{n}</span>)</a></div>
<div class="noticia__cuerpo">
{paras(p.article)}
</div></article>
<section id="comentarios" class="comentarios"><h3>Comenta esta noticia</h3><p class="comentarios__aviso">Los comentarios se publican con tu cuenta de Facebook.</p>
<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div></section>
{related(p)}</main>
<aside class="pagina__lateral"><section class="modulo"><h4>Los lectores opinan</h4><ul>{side}</ul></section><section class="modulo"><h4>Lo último</h4><ul><li><a href="/u1">Corte de agua el jueves en Molina</a></li><li><a href="/u2">El mercadillo vuelve a la plaza</a></li></ul></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_dreamwidth(p: Page) -> str:
    """Dreamwidth site scheme: flat div.comment-thread blocks with comment-depth-N and margin-left, span.ljuser + 'wrote:', span.datetime."""
    out = []
    for i in dfs_order(p):
        c = p.comments[i]
        d = depth(p, i)
        tid = 41250 + i * 256
        if c.author == "(Anonymous)":
            who = '<span class="anonymous">(Anonymous)</span>'
        else:
            who = f'<span lj:user="{e(c.author)}" style="white-space: nowrap;" class="ljuser"><a href="https://{e(c.author.replace("_", "-"))}.dreamwidth.example/profile"><img src="/img/silk/identity/user.png" alt="[personal profile] " width="17" height="17" style="vertical-align: text-bottom; border: 0; padding-right: 1px;"></a><a href="https://{e(c.author.replace("_", "-"))}.dreamwidth.example/"><b>{e(c.author)}</b></a></span>'
        subject = f'<h4 class="comment-title">{e(c.extra)}</h4>' if c.extra else ""
        parent = (
            f'<li class="link commentparent"><a href="?thread={41250 + c.parent * 256}#cmt{41250 + c.parent * 256}">Parent</a></li>'
            if c.parent is not None
            else ""
        )
        out.append(f"""<div class="comment-thread comment-depth-{d + 1}" style="margin-left: {d * 25}px;"><div id="cmt{tid}" class="dwexpcomment"><div class="comment-wrapper comment-depth-{d + 1} {"odd" if i % 2 == 0 else "even"} visible full"><div class="comment" id="comment-cmt{tid}"><div class="inner"><div class="header"><div class="comment-info"><span class="comment-poster">{who}</span> wrote: <span class="datetime">{e(c.shown)}</span></div>{subject}</div>
<div class="contents"><div class="comment-content">{e(c.text)}</div></div>
<div class="footer"><ul class="comment-management-links"></ul><ul class="comment-interaction-links"><li class="link commentreply"><a href="?replyto={tid}">Reply</a></li><li class="link commentthread"><a href="?thread={tid}#cmt{tid}">Thread</a></li>{parent}<li class="link commentpermalink"><a href="?thread={tid}#cmt{tid}">Link</a></li></ul></div></div></div></div></div></div>""")
    pager = '<div class="comment-pages toppages">Page 1 of 2 &lt;&lt; [<b>1</b>] [<a href="?page=2#comments">2</a>] <a href="?page=2#comments">&gt;&gt;</a></div>'
    body = f"""<div id="canvas"><div id="masthead"><span id="logo"><a href="https://www.dreamwidth.example/">Dreamwidth</a></span></div>
<div id="content" role="main"><div class="entry-wrapper entry-wrapper-odd security-public journal-type-P"><div class="entry" id="entry-3120"><div class="inner"><div class="header"><h3 class="entry-title"><a href="/3120.html">{e(p.title)}</a></h3><div class="datetime"><span class="date">{e(p.date_shown)}</span></div></div>
<div class="contents"><div class="inner"><span class="poster entry-poster"><span class="ljuser"><a href="/profile"><b>{e(p.byline)}</b></a></span></span><div class="entry-content">
{paras(p.article)}
</div></div></div>
<div class="footer"><div class="inner"><div class="tag"><span class="tag-text">Tags:</span><ul><li><a href="/tag/allotment">allotment</a></li></ul></div><ul class="entry-management-links"><li class="link memories"><a href="#">Add to Memories</a></li><li class="link tell_friend"><a href="#">Share This Entry</a></li></ul><ul class="entry-interaction-links"><li class="entry-readlink"><a href="/3120.html#comments">{len(p.comments) + 3} comments</a></li><li class="entry-replylink"><a href="/3120.html?mode=reply">Reply</a></li></ul></div></div></div></div></div>
<div id="comments"><div class="inner">{pager}
{chr(10).join(out)}
{pager.replace("toppages", "bottompages")}</div></div>
<div class="navigation"><ul><li class="page-back"><a href="/3098.html">Previous Entry</a></li><li class="page-forward"><a href="/3144.html">Next Entry</a></li></ul></div></div>
<div id="secondary"><div class="module-section-one"><h2 class="module-header">Recent Entries</h2><ul>{"".join(f'<li><a href="/{3000 + k}.html">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
<div id="footer"><p>Powered by Dreamwidth Studios</p></div></div>"""
    return shell(p, body)


def r_newspack(p: Page) -> str:
    """Newspack: a news story with donate and newsletter boxes; comments behind 'Expand comments', core html5 markup with 'says:'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 9120 + i
        badge = f'<span class="comment-author-badge">{e(c.extra)}</span>' if c.extra else ""
        return f"""<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{" bypostauthor" if c.extra else ""}">
<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/{i}?s=60" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">{e(c.author)}</b> <span class="says">says:</span>{badge}</div>
<div class="comment-metadata"><a href="/2025/03/03/school-board-four-day-week/#comment-{cid}"><time datetime="{c.when}-05:00">{e(c.shown)}</time></a></div></footer>
<div class="comment-content"><p>{e(c.text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" data-commentid="{cid}" aria-label="Reply to {e(c.author)}">Reply</a></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">{s}</ol>')
    paras_ = p.article.split("\n\n")
    body = f"""<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(p.site)}</a></p><p class="site-description">Independent. Nonprofit. Local.</p></div><a class="donate-button" href="/donate">Donate</a></div></div>{nav(p, "main-navigation nav1")}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><header class="entry-header"><span class="cat-links"><a href="/category/education/">Education</a></span><h1 class="entry-title">{e(p.title)}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img class="avatar" src="/avatar/dana.jpg" alt=""></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/dana/">{e(p.byline)}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{p.when}-05:00">{e(p.date_shown)}</time></span></div>
<div class="newspack-republish-button"><button class="republication-tracker-tool-button">Republish this story</button></div></div></header>
<main id="main" class="site-main"><article id="post-7710" class="post type-post status-publish"><div class="entry-content">
{paras(paras_[0])}
<div class="wp-block-newspack-blocks-donate newspack-donate-tiered"><h3>Support local news</h3><p>Riverbend Free Press is a nonprofit newsroom. Your gift keeps this reporting free for everyone.</p><button>Donate now</button></div>
{paras(paras_[1])}
<div class="newspack-newsletters-subscribe"><p class="newspack-newsletters-subscribe__title">Get the Free Press in your inbox every morning.</p><form><input type="email" placeholder="Enter your email address"><input type="submit" value="Sign up"></form></div>
{paras(paras_[2])}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span><a href="/tag/schools/" rel="tag">schools</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{e(p.byline)}</h2><p>Dana covers schools and the county government for the Free Press.</p></div></div></div></article>
<div class="comments-wrapper"><button class="comments-toggle" aria-expanded="false"><span>Expand comments</span></button>
<div id="comments" class="comments-area"><h2 class="comments-title">Comments</h2>
<ol class="comment-list">
{items}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
<div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">More from the Free Press</h2>{"".join(f'<article><h3 class="entry-title"><a href="/r/{k}">{e(t)}</a></h3></article>' for k, t in enumerate(p.related))}</div></main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="copyright">© 2026 {e(p.site)}.</span> <a href="https://newspack.com/" class="imprint">Proudly powered by Newspack by Automattic</a></div></footer>"""
    return shell(p, body)


def r_brainly(p: Page) -> str:
    """Brainly-style Q&A: the question = article; answer boxes with ranks, 'Expert-Verified Answer', thanks and ratings; folded comments."""
    kids = children_of(p)
    answers = []
    for n, i in enumerate(kids.get(None, [])):
        c = p.comments[i]
        verified = (
            '<div class="answer-verified" data-testid="answer_box_verified"><span>Expert-Verified Answer</span><p>question mark icon, verified by an expert</p></div>'
            if n == 0
            else ""
        )
        comments = ""
        if kids.get(i):
            items = "".join(
                f'<li data-testid="comment"><div class="comment-author"><a href="/app/profile/{7700 + j}">{e(p.comments[j].author)}</a></div><div class="comment-text">{e(p.comments[j].text)}</div></li>'
                for j in kids[i]
            )
            comments = f'<div data-testid="comments_list" class="comments-section"><button class="comments-toggle">Comments ({len(kids[i])})</button><ul>{items}</ul></div>'
        answers.append(f"""<div data-testid="answer_box" class="sg-box answer-box">{verified}<div class="answer-author"><a href="/app/profile/{7600 + i}" class="sg-avatar"><img src="/img/avatar/{i}.png" alt=""></a><span data-testid="answer_box_author"><a href="/app/profile/{7600 + i}" class="sg-text sg-text--bold">{e(c.author)}</a> <span class="sg-text--gray rank">{e(c.extra)}</span></span></div>
<div data-testid="answer_box_text" class="sg-text answer-text">{paras(c.text)}</div>
<div class="answer-actions"><button data-testid="thanks_button" class="sg-button">heart {(i * 5 + 7) % 20}</button><span class="rating" data-testid="rating_box">star {4.5 if n == 0 else 4.0} ({9 - n * 4} votes)</span></div>{comments}</div>""")
    more = "".join(f'<li><a href="/question/{8800 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="brn-header"><a class="brn-logo" href="/">{e(p.site)}</a><form class="brn-search"><input type="search" placeholder="Search for an answer to any question..."></form><a href="/login">Log in</a> <a href="/signup">Join for free</a></header>
<main class="brn-main"><div class="brn-qpage-layout"><div class="brn-qpage-layout__main"><div data-testid="question_box" class="sg-box question-box"><div class="question-meta"><a href="/app/profile/7599" data-testid="question_box_author">{e(p.byline)}</a> <span class="sg-text--gray">· {e(p.date_shown)}</span> <a href="/subject/chemistry" class="subject">Chemistry</a> <span class="sg-text--gray">High School</span> <span class="points">+10 pts</span></div>
<h1 class="sg-text sg-text--large question-text" data-testid="question_box_text">{brs(p.article)}</h1>
<div class="question-actions"><button class="sg-button">Answer</button> <span class="sg-text--gray">See answers (2)</span></div></div>
<h2 class="answers-title">Answers</h2>
{chr(10).join(answers)}
<div class="still-have-questions"><h3>Still have questions?</h3><a href="/question/add">Ask your question</a></div></div>
<aside class="brn-qpage-layout__aside"><div class="find-more"><h3>Find more answers</h3><ul>{more}</ul></div></aside></div></main>
<footer class="brn-footer"><p>© 2026 {e(p.site)}. All rights reserved.</p></footer>"""
    return shell(p, body)


def r_jimdo(p: Page) -> str:
    """Jimdo comments module: ul.com-list of li.commententry, numbered, 'Name (Montag, 03 März 2025 10:21)', flat with '@Name' replies."""
    items = "\n".join(
        f"""<li class="commententry" id="commentsModule{5512000 + i}"><span class="com-number">{i + 1}</span><div class="com-meta"><strong>{e(c.author)}</strong> <span class="com-date">({e(c.shown)})</span></div><div class="com-text">{e(c.text)}</div></li>"""
        for i, c in enumerate(p.comments)
    )
    body = f"""<div id="cc-website"><div id="cc-inner"><header class="jtpl-header"><div class="jtpl-logo"><a href="/">{e(p.site)}</a></div><nav class="jtpl-navigation"><ul><li><a href="/">Startseite</a></li><li><a href="/honig/">Unser Honig</a></li><li class="cc-nav-current"><a href="/blog/">Blog</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div class="jtpl-content"><div id="content_area"><div class="j-blog"><div class="j-blog-meta"><a href="/blog/" class="j-blog-header"><h1 class="j-blog-header j-blog-headline">{e(p.title)}</h1></a><div class="j-blog-post--date"><span class="datetime">{e(p.date_shown)}</span></div></div>
<div class="j-blog-content"><div class="j-module n j-text">
{paras(p.article)}
</div><div class="j-module n j-gallery"><img src="/app/download/bienen-flugloch.jpg" alt="Bienen am Flugloch"><p class="cc-m-gallery-caption">Reinigungsflug am Sonntag</p></div></div>
<div class="j-module n j-comment"><div class="com-list-container"><h2>Kommentar schreiben</h2><p class="commententry">Kommentare: {len(p.comments)}</p>
<ul class="com-list">
{items}
</ul></div>
<form class="com-form" method="post"><div><label>Name (erforderlich)</label><input type="text" name="name"></div><div><label>E-Mail (wird nicht angezeigt)</label><input type="email" name="email"></div><div><label>Homepage</label><input type="text" name="url"></div><div><label>Kommentar</label><textarea name="text"></textarea></div><div class="com-captcha"><img src="/captcha.png" alt="Captcha"><input type="text" name="captcha"></div><input type="submit" value="Kommentar abschicken"></form></div>
<div class="j-blog-related"><h3>Mehr aus dem Blog</h3><ul>{"".join(f'<li><a href="/blog/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></div></div>
<footer class="jtpl-footer"><div id="contentfooter"><div class="leftrow"><a href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="/sitemap/">Sitemap</a></div><div class="rightrow"><span class="loggedout">Diese Website wurde mit Jimdo erstellt</span></div></div></footer></div></div>"""
    return shell(p, body)


def r_ipb3(p: Page) -> str:
    """IP.Board 3.4: div.post_block.hentry#post_id_N, span.author.vcard, ul.basic_info, p.posted_info, p.citation 'X (date) писал:'."""
    posts = [first_post(p), *p.comments]
    ids: dict[str, int] = {}
    out = []
    for n, c in enumerate(posts):
        pid = 21150 + n
        uid = ids.setdefault(c.author, 880 + len(ids))
        quote = ""
        if n and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<p class="citation">{e(q.author)} ({e(q.shown)}) писал:</p><div class="blockquote"><div class="quote">{e(q.text)}</div></div><br>'
        group = e(c.extra) if n else "Пользователи"
        sig = f'<div class="signature" data-memberid="{uid}">{e(c.extra2)}</div>' if c.extra2 else ""
        text = brs(c.text) if n == 0 else e(c.text)
        out.append(f"""<div class="post_block hentry clear clearfix column_view" id="post_id_{pid}"><a id="entry{pid}"></a><div class="post_wrap"><h3 class="row2"><span class="author vcard"><a class="url fn name ___hover___member _hoversetup" href="/index.php?showuser={uid}" title="Просмотр профиля">{e(c.author)}</a></span></h3>
<div class="author_info"><ul class="basic_info"><li class="avatar"><a class="ipsUserPhotoLink" href="/index.php?showuser={uid}"><img src="/uploads/profile/photo-thumb-{uid}.jpg" class="ipsUserPhoto ipsUserPhoto_large" alt=""></a></li><li class="group_title">{group}</li><li class="group_icon"><img src="/public/style_extra/team_icons/{"mod" if c.extra == "Модераторы" else "member"}.png" alt=""></li><li class="post_count desc lighter">Сообщений: {(uid * 37) % 900 + 12}</li></ul></div>
<div class="post_body"><p class="posted_info desc lighter ipsType_small">Отправлено <abbr class="published" title="{c.when}+03:00">{e(c.shown)}</abbr><span class="post_id right ipsType_small desc blend_links"><a rel="bookmark" href="/index.php?showtopic=4410&amp;view=findpost&amp;p={pid}" title="Ссылка на сообщение #{n + 1}">#{n + 1}</a></span></p>
<div itemprop="commentText" class="post entry-content ">{quote}{text}</div>{sig}</div>
<ul class="post_controls clear clearfix"><li class="multiquote"><a href="#">Цитата</a></li><li><a href="#">Ответить</a></li><li class="rep_bar"><a class="rep_up" href="#" title="Хороший пост!">+</a> <span class="reputation positive">{(n * 3) % 7}</span></li></ul></div></div>""")
    sim = "".join(
        f'<li><a href="/index.php?showtopic={4300 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<div id="ipbwrapper"><div id="header_bar" class="clearfix"><div class="main_width"><ul id="user_navigation"><li><a href="/index.php?app=core&amp;module=global&amp;section=login">Войти</a></li><li><a href="/index.php?app=core&amp;module=global&amp;section=register">Регистрация</a></li></ul></div></div>
<div id="branding"><div class="main_width"><a href="/" title="На главную" id="logo">{e(p.site)}</a></div></div>
<div id="content" class="clearfix"><div id="secondary_navigation" class="clearfix"><ol class="breadcrumb top ipsList_inline left"><li><a href="/"><span>{e(p.site)}</span></a></li><li><a href="/index.php?showforum=3"><span>Запуск аквариума</span></a></li></ol></div>
<div class="ipsBox_withphoto clearfix"><h1 class="ipsType_pagetitle">{e(p.title)}</h1><div class="desc lighter blend_links">Автор <span itemprop="creator">{e(p.byline)}</span>, <span itemprop="dateCreated">{e(p.date_shown)}</span></div></div>
<div class="topic_controls clearfix"><ul class="topic_buttons"><li><a href="#">Ответить</a></li></ul><div class="pagination clearfix left"><p class="pages">Сообщений в теме: {len(posts)}</p></div></div>
<div class="ipsBox"><div class="ipsBox_container" id="ips_Posts">
{chr(10).join(out)}
</div></div>
<div id="fast_reply_wrapper" class="post_wrap"><h3 class="maintitle">Быстрый ответ</h3><textarea name="Post"></textarea><input type="submit" class="input_submit" value="Отправить"></div>
<div class="ipsSideBlock"><h3>Похожие темы</h3><ul>{sim}</ul></div></div>
<div id="footer_utilities" class="main_width clearfix clear"><p id="copyright">Powered by Invision Power Board</p></div></div>"""
    return shell(p, body)


def r_wp_fr(p: Page) -> str:
    """WordPress core html5 comments in French inside Kadence: 'Name dit :', '3 mars 2025 à 10 h 21 min', Jetpack 'J'aime' rows."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 4410 + i
        likes = (i * 3 + 2) % 5
        feedback = f"Aimé par {likes} personnes" if likes > 1 else "J'aime"
        return f"""<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}">
<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/{i}?s=60" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">{e(c.author)}</b> <span class="says">dit :</span></div>
<div class="comment-metadata"><a href="/tour-du-pilat/#comment-{cid}"><time datetime="{c.when}+01:00">{e(c.shown)}</time></a></div></footer>
<div class="comment-content"><p>{e(c.text)}</p>
<p class="comment-likes" data-liked="comment-not-liked"><a href="?like_comment={cid}" class="comment-like-link needs-login" rel="nofollow" data-blog="21445" data-comment-id="{cid}"><span>J'aime</span></a><span class="comment-like-feedback">{feedback}</span></p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Répondre à {e(c.author)}">Répondre</a></div></article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">{s}</ol>')
    body = f"""<div id="wrapper" class="site wp-site-blocks"><header id="masthead" class="site-header"><div class="site-header-row-container"><div class="site-branding"><a class="brand" href="/"><p class="site-title">{e(p.site)}</p></a></div>{nav(p, "main-navigation header-navigation")}</div></header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-container site-container"><div class="content-wrap"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-1207" class="entry content-bg single-entry post type-post status-publish"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit"><div class="entry-taxonomies"><span class="category-links term-links"><a href="/randonnee/">Randonnée</a></span></div><h1 class="entry-title">{e(p.title)}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Par</span> <span class="author vcard"><a class="url fn n" href="/author/sylvie/">{e(p.byline)}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{p.when}+01:00">{e(p.date_shown)}</time></span></div></header>
<div class="entry-content single-content">
{paras(p.article)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-email" href="#">E-mail</a></li></ul></div>
</div></div></article>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><h2 class="entry-related-title">Articles similaires</h2>{"".join(f'<article class="entry"><h3 class="entry-title"><a href="/r/{k}">{e(t)}</a></h3></article>' for k, t in enumerate(p.related))}</div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">{len(p.comments)} réflexions sur « {e(p.title)} »</h2>
<ol class="comment-list">
{items}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> Les champs obligatoires sont indiqués avec <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email"></p><p class="comment-form-url"><label for="url">Site web</label><input id="url" name="url" type="url"></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"></p></form><p class="akismet_comment_form_privacy_notice">Ce site utilise Akismet pour réduire les indésirables. <a href="https://akismet.com/privacy/" target="_blank" rel="nofollow noopener">En savoir plus sur la façon dont les données de vos commentaires sont traitées</a>.</p></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer"><div class="site-footer-wrap"><div class="footer-html"><p>© 2026 {e(p.site)} - Thème WordPress par Kadence WP</p></div></div></footer></div>"""
    return shell(p, body)


def r_jianshu(p: Page) -> str:
    """Jianshu article: generated classes only; div._2gPNSa comments with '2楼 2025.03.03 10:21', sub-comments 'name：@name text'."""
    kids = children_of(p)
    blocks = []
    for n, i in enumerate(kids.get(None, []), start=2):
        c = p.comments[i]
        subs = ""
        for j in kids.get(i, []):
            s = p.comments[j]
            badge = f'<span class="_2qlh2s">{e(s.extra)}</span>' if s.extra else ""
            subs += f'<div class="_1Jvkh4"><div class="_3tTnEY"><a class="_1OhGeD" href="/u/{5000 + j}">{e(s.author)}</a>{badge}：<span class="_2bDGm4">{e(s.text)}</span></div><div class="_1xqkrI"><time>{e(s.shown)}</time> <span class="_3MyyYc">回复</span></div></div>'
        sub_html = f'<div class="_2IUqvs">{subs}</div>' if subs else ""
        blocks.append(f"""<div class="_2gPNSa" id="comment-{73001200 + i}"><div class="_2TEvNi"><a class="_1OhGeD" href="/u/{5000 + i}"><img class="_1_jhXc" src="/avatar/{i}.jpg" alt=""></a></div><div class="_2eK0Ms"><div class="_23G05g"><a class="_1OhGeD" href="/u/{5000 + i}">{e(c.author)}</a></div><div class="_3OhIvz">{n}楼 {e(c.shown)}</div>
<div class="_2bDGm4">{e(c.text)}</div><div class="_2ti5br"><span class="_3MyyYc">赞 {(i * 4 + 3) % 12}</span> <span class="_3MyyYc">回复</span></div>{sub_html}</div></div>""")
    rec = "".join(
        f'<li class="_2jOIm0"><a href="/p/{k}a9c">{e(t)}</a><span>阅读 1,2{k}0</span></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div id="__next"><header class="_3Y9zB3"><a class="_2YvaW7" href="/">{e(p.site)}</a><nav><a href="/">首页</a> <a href="/apps">下载App</a> <a href="/sign_in">登录</a> <a href="/sign_up">注册</a></nav></header>
<div class="_3VRLsv"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{e(p.title)}</h1><div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/4999">{e(p.byline)}</a><span class="_3tCVn5">关注</span></div><div class="s-dsoj"><time datetime="{p.date}T{p.time}:12.000Z">{e(p.date_shown)}</time><span>字数 612</span><span>阅读 2,031</span></div></div>
<article class="_2rhmJa">
{paras(p.article)}
</article><div class="_19DgIp"><span>简书作者</span> <span>{e(p.byline)}</span></div><div class="_2Nttfz"><span>赞 86</span> <span>赞赏支持</span></div></section>
<section class="ouvJEz" id="note-page-comment"><div class="_10KzV0"><h3 class="QxT4hD"><span>全部评论</span><span>{len(p.comments)}</span></h3><span class="_2R7vBo">只看作者</span> <span class="_2R7vBo">按时间倒序</span></div><div class="_3iN2os"><textarea placeholder="写下你的评论..."></textarea></div>
{chr(10).join(blocks)}
<div class="_2A6M0M"><span>查看更多评论</span></div></section></div>
<aside class="_2OwGUo"><section class="_3Z3nHf"><h3 class="QHRnq8">推荐阅读</h3><ul>{rec}</ul></section></aside></div>
<footer class="_1WXh0I"><p>©2012-2026 上海佰集信息科技有限公司 / 简书</p></footer></div>"""
    return shell(p, body)


def r_oceanwp(p: Page) -> str:
    """OceanWP: li.comment-container > article.comment-body, span.comment-link + span.comment-date 'j M Y' + Reply; Jetpack likes; a pingback; comment navigation."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 2810 + i
        own = " bypostauthor" if c.author == p.byline else ""
        likes = f'<span class="comment-like-feedback">{e(c.extra)}</span>' if c.extra else ""
        pingback = ""
        if i == 4:
            pingback = """<li class="pingback even thread-even depth-1" id="comment-2809">
<article id="comment-2809" class="comment-container"><p>Pingback: <span><span itemprop="name"><a href="https://coastwalkers.example/weekly-links-march" class="url" rel="ugc external nofollow">Weekly trail links: early March &#8211; Coast Walkers</a></span></span> </p></article>
</li>
"""
        return f"""{pingback}<li id="comment-{cid}" class="comment-container">
<article class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{own} comment-body">
<img alt="" src="/avatar/{i}?s=150" class="avatar avatar-150 photo" height="150" width="150" loading="lazy">
<div class="comment-content">
<div class="comment-author">
<span class="comment-link">{e(c.author)} </span>
<span class="comment-meta commentmetadata">
<span class="comment-date">{e(c.shown)}</span>
<a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" data-commentid="{cid}" data-postid="1642" aria-label="Reply to {e(c.author)}">Reply</a>
</span>
</div>
<div class="clr"></div>
<div class="comment-entry">
<div class="comment-content">
<p>{e(c.text)}</p>
<p id="comment-like-{cid}" data-liked="comment-not-liked" class="comment-likes comment-not-liked"><a href="https://widgets.wp.example/likes/?like_comment={cid}" class="comment-like-link needs-login" rel="nofollow" data-blog="20991537"><span>Like</span></a>{likes}</p>
</div>
</div>
</div>
</article>{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">\n{s}\n</ol>\n')
    paras_ = p.article.split("\n\n")
    share = """<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text">Please Share This</span></h3><ul class="oew-social-share clr"><li class="twitter"><a href="#" aria-label="Share on X"><span class="oss-icon-wrap">X</span></a></li><li class="facebook"><a href="#" aria-label="Share on Facebook"><span class="oss-icon-wrap">Facebook</span></a></li><li class="pinterest"><a href="#" aria-label="Share on Pinterest"><span class="oss-icon-wrap">Pinterest</span></a></li><li class="email"><a href="#" aria-label="Share by email"><span class="oss-icon-wrap">Email</span></a></li></ul></div>"""
    teasers = "".join(
        f'<article class="related-post clr col span_1_of_3 col-{k + 1}"><figure class="related-post-media clr"><a href="/{k}/" class="related-thumb"><img src="/img/rel{k}.jpg" alt=""></a></figure><h3 class="related-post-title"><a href="/{k}/" rel="bookmark">{e(t)}</a></h3><time class="published" datetime="2025-02-1{k}T09:00:00+00:00">February 1{k}, 2025</time></article>'
        for k, t in enumerate(p.related)
    )
    comments = f"""<section id="comments" class="comments-area clr has-comments">
<h3 class="theme-heading comments-title"><span class="text">This Post Has 9 Comments</span></h3>
<ol class="comment-list">
{items}
</ol>
<nav class="navigation comment-navigation" aria-label="Comments"><h2 class="screen-reader-text">Comments navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/lost-coast-trail-march/comment-page-1/#comments"><i class="fa fa-angle-left"></i>Previous</a></div></div></nav>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="comment-textarea"><label for="comment" class="screen-reader-text">Comment</label><textarea name="comment" id="comment" cols="39" rows="4" tabindex="0" class="textarea-comment" placeholder="Your comment here..."></textarea></div>
<div class="comment-form-author"><label for="author" class="screen-reader-text">Enter your name or username to comment</label><input type="text" name="author" id="author" value="" placeholder="Name (required)" size="22" tabindex="0" aria-required="true" class="input-name"></div>
<div class="comment-form-email"><label for="email" class="screen-reader-text">Enter your email address to comment</label><input type="text" name="email" id="email" value="" placeholder="Email (required)" size="22" tabindex="0" aria-required="true" class="input-email"></div>
<div class="comment-form-url"><label for="url" class="screen-reader-text">Enter your website URL (optional)</label><input type="text" name="url" id="url" value="" placeholder="Website" size="22" tabindex="0" class="input-website"></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p></form></div>
</section>"""
    body = f"""<div id="outer-wrap" class="site clr"><div id="wrap" class="clr"><header id="site-header" class="minimal-header clr" role="banner"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr"><div id="site-logo-inner" class="clr"><a href="/" class="site-title">{e(p.site)}</a></div></div><div id="site-navigation-wrap" class="clr">{nav(p, "navigation main-navigation clr")}</div></div></header>
<main id="main" class="site-main clr" role="main"><div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article id="post-1642" class="single-post-article post-1642 post type-post status-publish format-standard has-post-thumbnail hentry category-hiking entry">
<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">{e(p.title)}</h2></header>
<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Post author:</span><i class="icon-user" aria-hidden="true"></i><a href="/author/corinne/" title="Posts by {e(p.byline)}" rel="author" itemprop="author">{e(p.byline)}</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post published:</span><i class="icon-clock" aria-hidden="true"></i>{e(p.date_shown)}</li><li class="meta-cat"><span class="screen-reader-text">Post category:</span><a href="/category/hiking/" rel="category tag">Hiking</a></li><li class="meta-comments"><span class="screen-reader-text">Post comments:</span><a href="#comments" class="comments-link">9 Comments</a></li></ul>
{share}
<div class="thumbnail"><figure class="wp-caption"><img width="1200" height="800" src="/img/lost-coast.jpg" class="attachment-full size-full wp-post-image" alt="Black sand beach below steep green hills"><figcaption class="wp-caption-text">Looking south towards Big Flat on the second morning.</figcaption></figure></div>
<div class="entry-content clr" itemprop="text">
{paras(paras_[0])}
<figure class="wp-block-pullquote"><blockquote><p>The tide tables, not our legs, set the pace of the whole trip.</p></blockquote></figure>
{paras(paras_[1])}
<p class="read-more-teaser"><strong>Read more:</strong> <a href="/0/">{e(p.related[0])}</a></p>
{paras(paras_[2])}
<div class="wp-block-group newsletter-box"><h3>Get new trip reports by email</h3><p>One email a month, no spam. Unsubscribe any time.</p><form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Your email address"><input type="submit" value="Subscribe"></form></div>
</div>
{share.replace("side", "bottom")}
<div id="author-bio" class="clr"><div id="author-bio-inner"><div class="author-bio-avatar"><img alt="" src="/avatar/corinne.jpg" class="avatar"></div><div class="author-bio-content clr"><h4 class="author-bio-title"><a href="/author/corinne/">{e(p.byline)}</a></h4><div class="author-bio-description clr"><p>Corinne writes about long walks and short nights in a tent.</p></div></div></div></div>
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">You Might Also Like</span></h3><div class="oceanwp-row clr">{teasers}</div></section>
{comments}
</article></div></div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" role="complementary"><div id="right-sidebar-inner" class="clr">{recent_widget(p)}<div class="sidebar-box widget_categories clr"><h4 class="widget-title">Categories</h4><ul><li><a href="/category/hiking/">Hiking</a></li><li><a href="/category/gear/">Gear</a></li></ul></div></div></aside></div></main>
<footer id="footer" class="site-footer"><div id="footer-bottom" class="clr"><div id="copyright" class="clr" role="contentinfo">Copyright 2026 - {e(p.site)} - OceanWP WordPress Theme</div></div></footer></div></div>"""
    return shell(p, body)


def r_coral_script(p: Page) -> str:
    """A regional paper whose comments Coral's embed script loads: count.js shows 'N Comments', div#coral_thread is empty."""
    n = p.announced
    quotes = [
        "The cycle lane is half empty every time I pass it.",
        "Cutting Saturday hours is a false economy.",
    ]
    side = "".join(
        f'<li class="reader-pick"><blockquote>“{e(quotes[k % 2])}”</blockquote><p class="reader-pick__who">{e(who)} on <a href="/news/{7100 + k}">{e(post)}</a></p></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    url = "https://www.wexcombecourier.example/news/fore-street-car-park-closure"
    body = f"""<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you relevant adverts.</p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="site-header__logo" href="/">{e(p.site)}</a>{nav(p, "site-header__nav")}<a class="site-header__subscribe" href="/subscribe">Subscribe</a></header>
<div class="layout"><main class="layout__main"><article class="story">
<p class="story__section"><a href="/news/">News</a> › <a href="/news/council/">Council</a></p>
<h1 class="story__headline">{e(p.title)}</h1>
<p class="story__standfirst">Shoppers face a park and ride from the rugby club while the Fore Street multi-storey is rebuilt.</p>
<div class="story__byline"><span class="story__author">{e(p.byline)}</span> <time datetime="{p.when}+00:00">{e(p.date_shown)}</time> <a class="story__comment-count" href="#comments"><span class="coral-count" data-coral-url="{url}" data-coral-notext="true">{n}</span> Comments</a></div>
<figure class="story__image"><img src="/img/car-park.jpg" alt="The Fore Street multi-storey car park"><figcaption>The Fore Street multi-storey opened in 1974. Picture: Courier archive</figcaption></figure>
<div class="story__body">
{paras(p.article)}
</div>
<div class="share-bar"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
<section class="comments" id="comments"><h2 class="comments__title">Comments</h2><p class="comments__intro">Comments are moderated. Please read our <a href="/community-guidelines">community guidelines</a> before posting.</p>
<a class="button comments__join" href="#coral_thread">Join the conversation (<span class="coral-count" data-coral-url="{url}" data-coral-notext="true">{n}</span>)</a>
<div id="coral_thread"></div>
<script type="text/javascript">
  (function() {{
    var d = document, s = d.createElement('script');
    var url = 'https://comments.wexcombecourier.example';
    s.src = url + '/assets/js/embed.js';
    s.async = false;
    s.defer = true;
    s.onload = function() {{
      Coral.createStreamEmbed({{
        id: "coral_thread",
        autoRender: true,
        rootURL: url,
        storyID: 'news-20250303-fore-street',
        storyURL: '{url}'
      }});
    }};
    (d.head || d.body).appendChild(s);
  }})();
</script>
<script class="coral-script" src="https://comments.wexcombecourier.example/assets/js/count.js" defer></script></section>
{related(p)}</main>
<aside class="layout__side"><section class="box reader-picks"><h3>Reader picks</h3><ul>{side}</ul></section><section class="box"><h3>Most read</h3><ol><li><a href="/news/m1">Bypass roadworks: what you need to know</a></li><li><a href="/news/m2">Bakery on Quay Street wins national award</a></li></ol></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def _pi_date(when: str) -> str:
    return when.replace("T", " ")[:16] + " UTC"


def r_publicinbox(p: Page) -> str:
    """public-inbox /T/ flat thread view: each message a pre with '* Subject', 'From: … @ date (permalink / raw)', quotes, signature, footer; thread overview."""
    posts = [first_post(p), *p.comments]
    addr = {
        name: name.split()[0].lower() + "@" + ("quillpad.example" if k % 2 else "mail.example")
        for k, name in enumerate(sorted({c.author for c in posts}))
    }
    subject = p.title
    days = {"2025-03-03": "Mon, 3 Mar 2025"}

    def quote_of(k: int) -> str:
        # The mail client quotes what the message answers: the parent reply, or the first message.
        target = 0 if k == 0 or p.comments[k - 1].parent is None else p.comments[k - 1].parent + 1  # type: ignore[operator]
        src = posts[target]
        first = src.text.split("\n\n")[0]
        lines = "\n".join(f"&gt; {e(line)}" for line in textwrap.wrap(first, 70)[:2])
        return f"On {days[src.when[:10]]} at {src.when[11:16]}, {e(src.author)} wrote:\n{lines}\n\n"

    blocks = []
    n = len(posts)
    for k, c in enumerate(posts):
        mid = f"20250303{c.when[11:13]}{c.when[14:16]}00.{4410 + k}-{k}-{c.author.split()[0].lower()}@quillpad.example"
        subj = subject if k == 0 else f"Re: {subject}"
        to = (
            "quillpad-devel@lists.example.org"
            if k == 0
            else f"{e(posts[0].author)} &lt;{addr[posts[0].author]}&gt;\n  Cc: quillpad-devel@lists.example.org"
        )
        body = "\n\n".join(e(part) for part in c.text.split("\n\n"))
        quoted = quote_of(k) if k else ""
        blocks.append(f"""<pre><a href="#e{k}" id="m{k}">*</a> <b>{e(subj)}</b>
From: {e(c.author)} &lt;{addr[c.author]}&gt; @ {_pi_date(c.when)} (<a href="../{mid}/">permalink</a> / <a href="../{mid}/raw">raw</a>)
  To: {to}

{quoted}{body}

{"-- "}
{e(c.author.split()[0])}
</pre><a href="#m{k}" id="e{k}">^</a> <a href="../{mid}/">permalink</a> <a href="../{mid}/raw">raw</a> <a href="../{mid}/#R">reply</a>	[<a href="../{mid}/T/#u">flat</a>|<a href="../{mid}/t/#u">nested</a>] {n}+ messages in thread
<hr>""")
    over = []
    for k, c in enumerate(posts):
        d = 0 if k == 0 else depth(p, k - 1) + 1
        mark = "" if k == 0 else "  " * (d - 1) + "` "
        label = e(subject) + " " if k == 0 else ""
        over.append(f'{_pi_date(c.when)} {mark}<a href="#m{k}">{label}{e(c.author)}</a>')
    overview = "\n".join(over)
    body = f"""<form action="../"><pre><a href="../?t=20250303184000">latest</a> <input name="q" type="text"><input type="submit" value="search"> <a href="../_/text/help/">help</a> / <a href="../_/text/color/">color</a> / <a id="mirror" href="../_/text/mirror/">mirror</a> / <a href="../new.atom">Atom feed</a></pre></form>
{chr(10).join(blocks)}
<pre>end of thread, other threads:[<a href="../?t=20250303184000">~2025-03-03 18:40 UTC</a> | <a href="../">newest</a>]

<b id="t">Thread overview:</b> {n}+ messages (download: <a href="../t.mbox.gz">mbox.gz</a> follow: <a href="../t.atom">Atom feed</a>)
-- links below jump to the message on this page --
{overview}
</pre><hr><pre>This is a public inbox, see <a href="../_/text/mirror/">mirroring instructions</a>
for how to clone and mirror all data and code used for this inbox

Other recent threads:
{chr(10).join(f'<a href="../r{k}/">{e(t)}</a>' for k, t in enumerate(p.related))}</pre>"""
    return shell(p, body)


def r_avada(p: Page) -> str:
    """Avada: div.the-comment > div.comment-box > div.comment-author.meta '<strong>Name</strong> date - Antworten' on one line; a pingback; ul.children."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 311 + i
        own = " bypostauthor" if c.author == p.byline else ""
        ping = ""
        if i == 4:
            ping = """<li class="pingback even thread-odd thread-alt depth-1" id="comment-310"><div class="the-comment"><div class="comment-box"><div class="comment-author meta"><strong><a href="https://landblog-nordhessen.example/eier-im-winter/" class="url" rel="ugc external nofollow">Eier im Winter: warum das Regal leer bleibt &#8211; Landblog Nordhessen</a></strong>
4. März 2025 um 7:12 Uhr</div><div class="comment-text"><p>[&#8230;] Hofladen Gerstenberg erklärt sehr schön, warum die Hühner im Winter eine Pause machen [&#8230;]</p></div></div></div></li>
"""
        return f"""{ping}<li class="comment {"even" if i % 2 == 0 else "odd"} thread-even depth-{depth(p, i) + 1}{own}" id="comment-{cid}">
<div class="the-comment">
<div class="avatar"><img alt="" src="/avatar/{i}?s=54" class="avatar avatar-54 photo" height="54" width="54" loading="lazy"></div>
<div class="comment-box">
<div class="comment-author meta">
<strong>{e(c.author)}</strong>
{e(c.shown)}<a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="877" data-belowelement="comment-{cid}" data-respondelement="respond" aria-label="Antworte auf {e(c.author)}">&nbsp;-&nbsp;Antworten</a></div>
<div class="comment-text">
<p>{e(c.text)}</p>
</div>
</div>
</div>
{sub}</li>"""

    items = tree(p, item, lambda s: f'<ul class="children">\n{s}\n</ul>\n')
    body = f"""<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><header class="fusion-header-wrapper"><div class="fusion-header"><div class="fusion-logo"><a class="fusion-logo-link" href="/">{e(p.site)}</a></div>{nav(p, "fusion-main-menu")}</div></header>
<main id="main" class="clearfix"><div class="fusion-row"><section id="content" style="float: left;">
<article id="post-877" class="post post-877 type-post status-publish format-standard hentry category-huehner">
<h1 class="entry-title fusion-post-title">{e(p.title)}</h1>
<div class="post-content">
{paras(p.article)}
</div>
<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Von <span class="vcard"><span class="fn"><a href="/author/kathrin/" rel="author">{e(p.byline)}</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{p.when}+01:00</span><span>{e(p.date_shown)}</span><span class="fusion-inline-sep">|</span><a href="/kategorie/huehner/" rel="category tag">Hühner</a><span class="fusion-inline-sep">|</span><a href="#respond">{len(p.comments)} Kommentare</a></div></div>
<div class="fusion-sharing-box fusion-theme-sharing-box"><h4>Teilen Sie diesen Beitrag</h4><div class="fusion-social-networks"><a class="fusion-social-network-icon fusion-facebook" href="#" aria-label="Facebook"></a><a class="fusion-social-network-icon fusion-whatsapp" href="#" aria-label="WhatsApp"></a><a class="fusion-social-network-icon fusion-mail" href="#" aria-label="E-Mail"></a></div></div>
<section class="related-posts single-related-posts"><div class="fusion-title title fusion-title-size-three"><h3 class="title-heading-left">Ähnliche Beiträge</h3></div><ul>{"".join(f'<li><a href="/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
<div id="comments" class="comments-container"><div class="fusion-title fusion-title-size-two"><h2 class="title-heading-left">{len(p.comments)} Kommentare</h2></div>
<ol class="comment-list commentlist">
{items}
</ol>
</div>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Hinterlassen Sie einen Kommentar <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Antworten abbrechen</a></small></h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div id="comment-textarea"><label class="screen-reader-text" for="comment">Kommentar</label><textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" tabindex="0" class="textarea-comment" placeholder="Kommentar..."></textarea></div>
<div id="comment-input"><input id="author" name="author" type="text" value="" placeholder="Name (erforderlich)" size="30" aria-required="true" required="required" aria-label="Name (erforderlich)"><input id="email" name="email" type="email" value="" placeholder="E-Mail (erforderlich)" size="30" aria-required="true" required="required" aria-label="E-Mail (erforderlich)"><input id="url" name="url" type="url" value="" placeholder="Website" size="30" aria-label="URL"></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="fusion-button fusion-button-default" value="Kommentar absenden"></p></form></div>
</article></section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widgets" style="float: right;">{recent_widget(p)}</aside></div></main>
<div class="fusion-footer"><footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>© 2026 {e(p.site)} | <a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a></div></div></div></footer></div></div></div>"""
    return shell(p, body)


def r_club_fr(p: Page) -> str:
    """A French online daily's comments: flat ul of li.comment, replies marked by comment--answer and 'En réponse au commentaire de X le …'."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 10481200 + i * 37
        answer = ""
        cls = "comment"
        if c.parent is not None:
            par = p.comments[c.parent]
            cls += " comment--answer"
            answer = f'<p class="comment__reply-to">En réponse au commentaire de <a href="#comment-{10481200 + c.parent * 37}">{e(par.author)}</a> le {e(par.shown)}</p>'
        badge = f'<span class="comment__badge">{e(c.extra)}</span>' if c.extra else ""
        items.append(f"""<li class="{cls}" id="comment-{cid}"><article class="comment__wrapper">
<header class="comment__header"><a class="comment__avatar" href="/biographie/{cid}"><img src="/avatars/{i}.jpg" alt=""></a><a class="comment__author" href="/biographie/{cid}">{e(c.author)}</a>{badge}<a class="comment__date" href="#comment-{cid}"><time datetime="{c.when}+01:00">{e(c.shown)}</time></a></header>
{answer}<div class="comment__body"><p>{e(c.text)}</p></div>
<footer class="comment__actions"><button class="comment__recommend">Recommander ({(i * 3 + 4) % 11})</button> <a class="comment__reply" href="?reply={cid}#comment-form">Répondre</a> <a class="comment__report" href="/signaler/{cid}">Signaler un abus</a></footer></article></li>""")
    paras_ = p.article.split("\n\n")
    rest = "\n\n".join(paras_[1:])
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a>{nav(p, "header__nav")}<a class="header__subscribe" href="/abonnement">S'abonner</a></header>
<main class="main"><article class="news">
<div class="news__heading"><p class="news__rubric"><a href="/france/">France</a> — Reportage</p><h1 class="news__title">{e(p.title)}</h1><p class="news__chapo">Onze écoles, une centaine d'élèves : dans les vallées, la classe unique tient bon.</p>
<div class="news__meta"><span class="news__author">{e(p.byline)}</span> <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> <a href="#comments" class="news__comments-count">5 commentaires</a></div></div>
<div class="news__body">
{paras(paras_[0])}
<aside class="news__read-also"><span>À lire aussi</span> <a href="/r/0">{e(p.related[0])}</a></aside>
{paras(rest)}
</div>
<div class="news__share"><button>Offrir l'article</button> <button>Partager</button></div></article>
<section id="comments" class="comments"><h2 class="comments__title">Commentaires (5)</h2>
<div class="comments__sort"><span>Trier par :</span> <a class="is-active" href="?tri=recents#comments">Les plus récents</a> <a href="?tri=recommandes#comments">Les plus recommandés</a></div>
<button class="comments__previous">Voir les commentaires précédents</button>
<ul class="comments-list">
{chr(10).join(items)}
</ul>
<div id="comment-form" class="comments__form"><p>Pour commenter, <a href="/login">connectez-vous</a> ou <a href="/abonnement">abonnez-vous</a>.</p></div>
<p class="comments__charte">Le Fil Indépendant modère les commentaires selon sa <a href="/charte">charte de participation</a>.</p></section></main>
<aside class="sidebar"><section class="box"><h3>Les plus lus</h3><ol>{"".join(f'<li><a href="/r/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ol></section></aside>
{footer(p)}"""
    return shell(p, body)


def r_emlog(p: Page) -> str:
    """emlog default template: div.comment#comment-N with div.comment-info (b name, span.comment-time), children nested as div.comment-children."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 64 + i
        cls = "comment comment-children" if c.parent is not None else "comment"
        return f"""<div class="{cls}" id="comment-{cid}">
<a name="{cid}"></a>
<div class="avatar"><img src="/content/uploadfile/avatar/{i}.jpg" /></div>
<div class="comment-info">
<b>{e(c.author)} </b><br /><span class="comment-time">{e(c.shown)}</span>
<div class="comment-content">{e(c.text)}</div>
<div class="comment-reply"><a href="#comment-{cid}" onclick="commentReply({cid},this)">回复</a></div>
</div>
{sub}</div>"""

    items = tree(p, item, lambda s: s)
    side_new = "".join(
        f'<li id="comment"><a href="/post/{30 + k}#{90 + k}">{e(who)}</a><br />{e(post)}</li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="wrap"><div id="header"><h1><a href="/">{e(p.site)}</a></h1><h3>记录折腾的日常</h3></div>
<div id="nav"><ul class="bar"><li class="item current"><a href="/">首页</a></li><li class="item"><a href="/t/">微语</a></li><li class="item"><a href="/admin/">登录</a></li></ul></div>
<div id="content"><div class="contentleft">
<h2>{e(p.title)}</h2>
<p class="date">作者：<a href="/author/1" title="山岚">{e(p.byline)}</a> 发布于：{e(p.date_shown)} <a href="/sort/diy">折腾</a></p>
<div class="content">
{paras(p.article)}
</div>
<p class="tag">标签: <a href="/tag/传感器">传感器</a> <a href="/tag/旧手机">旧手机</a></p>
<div class="nextlog">&laquo; <a href="/post/41">{e(p.related[0])}</a> | <a href="/post/43">{e(p.related[1])}</a>&raquo;</div>
<div id="trackback_address"><p>引用地址: <input type="text" style="width:350px" class="input" value="https://shanlan.example/tb.php?sc=9f3a&amp;id=42"><a name="tb"></a></p></div>
<div class="comments-template">
<a name="comments"></a><p class="comment-header"><b>评论：</b></p>
{items}
<div id="pagenavi"></div>
<div id="comment-place"><div class="comment-post" id="comment-post"><div class="cancel-reply" id="cancel-reply" style="display:none"><a href="javascript:void(0);" onclick="cancelReply()">取消回复</a></div>
<p class="comment-header"><b>发表评论：</b><a name="respond"></a></p>
<form method="post" name="commentform" action="/index.php?action=addcom" id="commentform"><input type="hidden" name="gid" value="42" />
<p><input type="text" name="comname" maxlength="49" value="" size="22" tabindex="1"><label for="author"><small>昵称</small></label></p>
<p><input type="text" name="commail" maxlength="128" value="" size="22" tabindex="2"><label for="email"><small>邮件地址 (选填)</small></label></p>
<p><input type="text" name="comurl" maxlength="128" value="" size="22" tabindex="3"><label for="url"><small>个人主页 (选填)</small></label></p>
<p><textarea name="comment" id="comment" rows="10" tabindex="4"></textarea></p>
<p><input type="submit" id="comment_submit" value="发表评论" tabindex="6" /></p><input type="hidden" name="pid" id="comment-pid" value="0" size="22" tabindex="1"/></form></div></div>
</div></div>
<ul id="sidebar"><li><h3><span>最新评论</span></h3><ul id="newcomment">{side_new}</ul></li><li><h3><span>分类</span></h3><ul id="blogsort"><li><a href="/sort/diy">折腾</a></li><li><a href="/sort/life">生活</a></li></ul></li></ul>
<div style="clear:both;"></div></div>
<div id="footerbar">Powered by <a href="https://www.emlog.example" title="采用emlog系统">emlog</a> <a href="https://beian.example" target="_blank">京ICP备00000000号</a></div></div>"""
    return shell(p, body)


def r_gorod_ru(p: Page) -> str:
    """A Russian city site's comments: ul.comments-tree of li#comment-N, each li closed before its answers ul (a sibling)."""

    def block(i: int) -> str:
        c = p.comments[i]
        cid = 770310 + i
        badge = f' <span class="comment__role">{e(c.extra)}</span>' if c.extra else ""
        return f"""<li class="comments-tree__item" id="comment-{cid}"><div class="comment"><div class="comment__head"><span class="comment__author">{e(c.author)}</span>{badge} <a class="comment__date" href="#comment-{cid}">{e(c.shown)}</a></div>
<div class="comment__text">{e(c.text)}</div>
<div class="comment__actions"><span class="comment__like">Нравится <b>{(i * 4 + 5) % 13}</b></span> · <a class="comment__reply" href="#form">Ответить</a> · <a class="comment__report" href="#">Пожаловаться</a></div></div></li>"""

    kids = children_of(p)

    def level(parent: int | None) -> str:
        out = []
        for i in kids.get(parent, []):
            out.append(block(i))
            if kids.get(i):
                out.append(f'<ul class="comments-tree comments-tree__answers">\n{level(i)}\n</ul>')
        return "\n".join(out)

    quotes = ["Мост нужно было чинить ещё пять лет назад.", "Теперь до работы на два автобуса."]
    side = "".join(
        f'<li><p>«{e(quotes[k % 2])}»</p><span>{e(who)}</span> — <a href="/news/{5300 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a>{nav(p, "header__menu")}<span class="header__weather">−2 °C</span></header>
<div class="wrap"><main class="content"><article class="news-full">
<div class="news-full__rubric"><a href="/gorod/">Город</a></div>
<h1 class="news-full__title">{e(p.title)}</h1>
<div class="news-full__meta"><span class="news-full__date">{e(p.date_shown)}</span> <span class="news-full__views">Просмотров: 2 417</span> <a href="#news-comments">Комментарии: {len(p.comments)}</a></div>
<figure class="news-full__photo"><img src="/upload/skver.jpg" alt="Площадка бывшего рынка"><figcaption>Площадка на месте рынка. Фото: Анна Лебедева</figcaption></figure>
<div class="news-full__text">
{paras(p.article)}
</div>
<p class="news-full__author">Автор: {e(p.byline)}</p>
<div class="news-full__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div></article>
{related(p)}
<div id="news-comments"><h2>Комментарии ({len(p.comments)})</h2><p class="news-comments__rules"><a href="/pravila">Правила комментирования</a></p>
<ul class="comments-tree">
{level(None)}
</ul>
<button class="news-comments__more">Показать ещё комментарии</button>
<form id="form" class="comment-form"><label>Ваше имя <input type="text" name="name"></label><label>Комментарий <textarea name="text"></textarea></label><button>Отправить</button></form></div></main>
<aside class="sidebar"><section class="box box--discuss"><h3>Обсуждают</h3><ul>{side}</ul></section></aside></div>
{footer(p)}"""
    return shell(p, body)


PHPBB2_ES = {
    "hortelano_zgz": ("Forero habitual", "12 Ene 2019", "340", "Zaragoza"),
    "Merche_Huesca": ("Forero veterano", "03 Abr 2016", "1822", "Huesca"),
    "Paco Ledesma": ("Forero", "21 Sep 2022", "58", "Teruel"),
    "Josefina R.": ("Moderador", "09 Feb 2011", "4410", "Calatayud"),
}
PHPBB2_SIGS = {
    "Merche_Huesca": "La huerta no perdona al que no madruga.",
    "Josefina R.": "Lee las normas del foro antes de preguntar.",
}


def r_phpbb2(p: Page) -> str:
    """phpBB 2.0 subSilver: one table.forumline, a row per post, span.name / span.postdetails / span.postbody, 'X escribió:' quote tables."""
    posts = [first_post(p), *p.comments]
    rows = []
    for k, c in enumerate(posts):
        rank, joined, count, where = PHPBB2_ES[c.author]
        row = "row1" if k % 2 == 0 else "row2"
        pid = 88410 + k
        subj = p.title if k == 0 else f"Re: {p.title}"
        quote = ""
        if k and p.comments[k - 1].parent is not None:
            src = p.comments[p.comments[k - 1].parent]  # type: ignore[index]
            quote = f"""</span><table width="90%" cellspacing="1" cellpadding="3" border="0" align="center"><tr><td><span class="genmed"><b>{e(src.author)} escribió:</b></span></td></tr><tr><td class="quote">{e(src.text.split(". ")[0])}.</td></tr></table><span class="postbody">"""
        sig = f"<br />_________________<br />{e(PHPBB2_SIGS[c.author])}" if c.author in PHPBB2_SIGS else ""
        rows.append(f"""<tr><td width="150" align="left" valign="top" class="{row}"><span class="name"><a name="{pid}"></a><b>{e(c.author)}</b></span><br /><span class="postdetails">{e(rank)}<br /><img src="templates/subSilver/images/avatars/{k}.gif" alt="" border="0" /><br /><br />Registrado: {e(joined)}<br />Mensajes: {count}<br />Ubicación: {e(where)}</span><br /></td>
<td class="{row}" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="100%"><a href="viewtopic.php?p={pid}#{pid}"><img src="templates/subSilver/images/icon_minipost.gif" width="12" height="9" alt="Mensaje" title="Mensaje" border="0" /></a><span class="postdetails">Publicado: {e(c.shown)}<span class="gen">&nbsp;</span>&nbsp; &nbsp;Asunto: {e(subj)}</span></td>
<td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p={pid}"><img src="templates/subSilver/images/lang_spanish/icon_quote.gif" alt="Responder citando" title="Responder citando" border="0" /></a></td></tr>
<tr><td colspan="2"><hr /></td></tr>
<tr><td colspan="2"><span class="postbody">{quote}{brs(c.text)}{sig}</span><span class="gensmall"></span></td></tr></table></td></tr>
<tr><td class="{row}" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Volver arriba</a></span></td><td class="{row}" width="100%" height="28" valign="bottom" nowrap="nowrap"><a href="profile.php?mode=viewprofile&amp;u={300 + k}"><img src="templates/subSilver/images/lang_spanish/icon_profile.gif" alt="Ver perfil de usuario" title="Ver perfil de usuario" border="0" /></a> <a href="privmsg.php?mode=post&amp;u={300 + k}"><img src="templates/subSilver/images/lang_spanish/icon_pm.gif" alt="Enviar mensaje privado" title="Enviar mensaje privado" border="0" /></a></td></tr>
<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>""")
    body = f"""<a name="top"></a><table width="100%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline">
<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" border="0" alt="Índice del Foro {e(p.site)}" /></a></td><td align="center" width="100%" valign="middle"><span class="maintitle">{e(p.site)}</span><br /><span class="gen">Todo sobre el cultivo en casa<br />&nbsp; </span>
<table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">&nbsp;<a href="faq.php" class="mainmenu">FAQ</a>&nbsp; &nbsp;<a href="search.php" class="mainmenu">Buscar</a>&nbsp; &nbsp;<a href="memberlist.php" class="mainmenu">Lista de Miembros</a>&nbsp; &nbsp;<a href="profile.php?mode=register" class="mainmenu">Registrarse</a>&nbsp;</span></td></tr></table></td></tr></table>
<br />
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t=5521">{e(p.title)}</a><br /><span class="gensmall"><b></b><br />&nbsp; </span></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" nowrap="nowrap"><span class="nav"><a href="posting.php?mode=newtopic&amp;f=4"><img src="templates/subSilver/images/lang_spanish/post.gif" border="0" alt="Publicar nuevo tema" align="middle" /></a>&nbsp;&nbsp;&nbsp;<a href="posting.php?mode=reply&amp;t=5521"><img src="templates/subSilver/images/lang_spanish/reply.gif" border="0" alt="Responder al tema" align="middle" /></a></span></td><td align="left" valign="middle" width="100%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Índice del Foro {e(p.site)}</a> -&gt; <a href="viewforum.php?f=4" class="nav">Hortalizas</a></span></td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr align="right"><td class="catHead" colspan="2" height="28"><span class="nav"><a href="viewtopic.php?t=5521&amp;view=previous" class="nav">Ver tema anterior</a> :: <a href="viewtopic.php?t=5521&amp;view=next" class="nav">Ver siguiente tema</a> &nbsp;</span></td></tr>
<tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Autor</th><th class="thRight" nowrap="nowrap">Mensaje</th></tr>
{chr(10).join(rows)}
</table>
<table width="100%" cellspacing="2" border="0" align="center" cellpadding="2"><tr><td align="left" valign="middle" nowrap="nowrap"><span class="nav"><a href="posting.php?mode=reply&amp;t=5521"><img src="templates/subSilver/images/lang_spanish/reply.gif" border="0" alt="Responder al tema" align="middle" /></a></span></td><td align="left" valign="middle" width="100%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">Índice del Foro {e(p.site)}</a> -&gt; <a href="viewforum.php?f=4" class="nav">Hortalizas</a></span></td><td align="right" valign="top" nowrap="nowrap"><span class="gensmall">Todas las horas son GMT + 1 Hora</span><br /><span class="nav">Página <b>1</b> de <b>1</b></span></td></tr></table>
<table width="100%" cellspacing="2" border="0" align="center"><tr><td valign="top" align="left"><span class="gensmall">Temas relacionados: {" · ".join(f'<a href="viewtopic.php?t={5400 + k}">{e(t)}</a>' for k, t in enumerate(p.related))}</span></td></tr></table>
<div align="center"><span class="copyright"><br />Powered by <a href="http://www.phpbb.com/" target="_phpbb" class="copyright">phpBB</a> &copy; 2001, 2005 phpBB Group<br />Traducción por: <a href="http://www.phpbb-es.com/" target="_blank" class="copyright">phpBB-Es.COM</a></span></div></td></tr></table>"""
    return shell(p, body)


def r_twentytwelve(p: Page) -> str:
    """Twenty Twelve: li#li-comment-N > article.comment > header.comment-meta (cite b.fn, 'Post author', a time); a trackback; 'Older Comments'."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 1204 + i
        own = f" <span>{e(c.extra)}</span>" if c.extra else ""
        track = ""
        if i == 4:
            track = """<li class="post pingback"><p>Trackback: <a href="https://menders-circle.example/2025/03/links" class="url" rel="ugc external nofollow">Menders&#8217; Circle &raquo; Blog Archive &raquo; Links for the first week of March</a> </p></li>
"""
        return f"""{track}<li class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{" bypostauthor" if c.extra else ""}" id="li-comment-{cid}">
<article id="comment-{cid}" class="comment">
<header class="comment-meta comment-author vcard">
<img alt="" src="/avatar/{i}?s=44" class="avatar avatar-44 photo" height="44" width="44"><cite><b class="fn">{e(c.author)}</b>{own}</cite><a href="/2025/03/03/swiss-darning/#comment-{cid}"><time datetime="{c.when}+00:00">{e(c.shown)}</time></a>
</header>
<section class="comment-content comment">
<p>{e(c.text)}</p>
</section>
<div class="reply">
<a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Reply to {e(c.author)}">Reply</a> <span>&darr;</span>
</div>
</article>
{sub}</li>"""

    items = tree(p, item, lambda s: f'<ol class="children">\n{s}\n</ol>\n')
    body = f"""<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><hgroup><h1 class="site-title"><a href="/" rel="home">{e(p.site)}</a></h1><h2 class="site-description">Mending, knitting and slow clothes</h2></hgroup>{nav(p, "main-navigation")}</header>
<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">
<article id="post-318" class="post-318 post type-post status-publish format-standard hentry category-mending">
<header class="entry-header"><h1 class="entry-title">{e(p.title)}</h1><div class="comments-link"><a href="#comments">5 Replies</a></div></header>
<div class="entry-content">
{paras(p.article)}
</div>
<footer class="entry-meta">This entry was posted in <a href="/category/mending/" rel="category tag">Mending</a> on <a href="/2025/03/03/swiss-darning/" rel="bookmark"><time class="entry-date" datetime="{p.when}+00:00">{e(p.date_shown)}</time></a><span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/harriet/" rel="author">{e(p.byline)}</a></span></span>.</footer>
</article>
<nav class="nav-single"><h3 class="assistive-text">Post navigation</h3><span class="nav-previous"><a href="/0/" rel="prev"><span class="meta-nav">&larr;</span> {e(p.related[0])}</a></span><span class="nav-next"><a href="/1/" rel="next">{e(p.related[1])} <span class="meta-nav">&rarr;</span></a></span></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">5 thoughts on &ldquo;<span>{e(p.title)}</span>&rdquo;</h2>
<ol class="commentlist">
{items}
</ol>
<nav id="comment-nav-below" class="navigation" role="navigation"><h1 class="assistive-text section-heading">Comment navigation</h1><div class="nav-previous"><a href="/2025/03/03/swiss-darning/comment-page-1/#comments">&larr; Older Comments</a></div><div class="nav-next"></div></nav>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" size="30"></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30"></p><p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url" size="30"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</div></div>
<div id="secondary" class="widget-area" role="complementary">{recent_widget(p)}</div></div>
<footer id="colophon" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>"""
    return shell(p, body)


def r_comentario(p: Page) -> str:
    """Comentario: div.comentario-card with header (a.comentario-name, badge, relative subtitle with ISO title), body, controls; children nested."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        uid = f"7c1e{i:04d}-4b2a-4f0e-9d31-0a8c5e{i:06d}"
        badge = (
            f'<span class="comentario-badge comentario-badge-moderator">{e(c.extra)}</span>'
            if c.extra
            else ""
        )
        children = f'<div class="comentario-card-children">{sub}</div>' if sub else ""
        return f"""<div id="comentario-{uid}" class="comentario-card">
<div class="comentario-card-header"><div class="comentario-avatar" style="background-color: #{(i * 47 + 90) % 255:02x}6a9b;">{e(c.author[0].upper())}</div><div class="comentario-name-wrap"><a class="comentario-name" href="https://{e(c.author.split()[0].lower())}.example" rel="nofollow noopener noreferrer" target="_blank">{e(c.author)}</a>{badge}<div class="comentario-subtitle"><a href="#comentario-{uid}" title="{c.when}Z">{e(c.shown)}</a></div></div></div>
<div class="comentario-card-expanded"><div class="comentario-card-body"><p>{e(c.text)}</p></div>
<div class="comentario-card-controls"><button class="comentario-btn comentario-btn-reply" type="button">Reply</button><button class="comentario-btn comentario-btn-upvote" type="button" title="Upvote"></button><div class="comentario-score" title="Comment score">{(i * 2 + 3) % 7}</div><button class="comentario-btn comentario-btn-downvote" type="button" title="Downvote"></button></div>
{children}</div></div>"""

    items = tree(p, item, lambda s: s)
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a><nav><a href="/posts/">Posts</a> <a href="/tags/">Tags</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">{e(p.title)}</h1><div class="post-meta"><span title="{p.when}Z">{e(p.date_shown)}</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;{e(p.byline)}</div></header>
<div class="post-content">
{paras(p.article)}
<pre><code>restic -r sftp:nas:/backup/restic backup /srv --exclude-caches</code></pre>
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/backup/">backup</a></li><li><a href="/tags/homelab/">homelab</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/0/"><span class="title">« Prev</span><br><span>{e(p.related[0])}</span></a><a class="next" href="/posts/1/"><span class="title">Next »</span><br><span>{e(p.related[1])}</span></a></nav></footer></article>
<section class="related"><h2>Related</h2><ul>{"".join(f'<li><a href="/posts/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section>
<section class="comments" id="comments"><comentario-comments auto-init="true" max-level="5"><div class="comentario-root comentario-root-font">
<div class="comentario-main-area"><div class="comentario-add-comment-host"><div class="comentario-comment-editor-inline"><textarea class="comentario-textarea" placeholder="Your comment"></textarea><div class="comentario-comment-editor-buttons"><button class="comentario-btn comentario-btn-primary">Add a comment</button></div></div></div>
<div class="comentario-sort-bar"><span>Sort by:</span> <a class="comentario-sort-button comentario-sort-button-selected">Oldest</a> <a class="comentario-sort-button">Newest</a> <a class="comentario-sort-button">Most upvoted</a></div>
<div class="comentario-comments">
{items}
</div></div>
<div class="comentario-footer"><a href="https://comentario.app/" target="_blank">Powered by Comentario</a></div></div></comentario-comments></section></main>
<footer class="footer"><span>© 2026 {e(p.site)}</span> · <span>Powered by Hugo</span></footer>"""
    return shell(p, body)


def r_garland(p: Page) -> str:
    """Drupal 7 Garland: div.comment with h3 subject, span.submitted 'date — Name', div.content, ul.links; replies in div.indented."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 5120 + i
        own = " comment-by-node-author" if c.author == p.byline else ""
        ind = f'<div class="indented">{sub}</div>' if sub else ""
        return f"""<a id="comment-{cid}"></a>
<div class="comment{own} {"odd" if i % 2 == 0 else "even"} clearfix"><div class="clearfix">
<span class="submitted">{e(c.shown)} — <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">{e(c.author)}</span></span>
<span class="new">new</span>
<h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{e(c.extra)}</a></h3>
<div class="content"><span rel="sioc:reply_of" resource="/node/212" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{e(c.text)}</p></div></div></div></div>
</div>
<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/212/{cid}">reply</a></li></ul></div>
{ind}"""

    items = tree(p, item, lambda s: s)
    recent = "".join(
        f'<li><a href="/comment/{900 + k}#comment-{900 + k}">{e(post)}</a> <span>1 week 2 days ago</span></li>'
        for k, (_, post) in enumerate(p.recent)
    )
    body = f"""<div id="wrapper"><div id="container" class="clearfix"><div id="header"><div id="logo-floater"><h1><a href="/" title="{e(p.site)}"><span>{e(p.site)}</span></a></h1></div><h2 class="element-invisible">Main menu</h2><ul class="links primary-links"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-219"><a href="/forum">Notices</a></li><li class="menu-220 last"><a href="/contact">Contact</a></li></ul></div>
<div id="sidebar-first" class="sidebar"><div class="region region-sidebar-first"><div id="block-comment-recent" class="block block-comment"><h2>Recent comments</h2><div class="content"><div class="item-list"><ul>{recent}</ul></div><div class="more-link"><a href="/comments/recent">More</a></div></div></div></div></div>
<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
<h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></div>
<h2>{e(p.title)}</h2>
<div class="clearfix"><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-212" class="node node-article node-promoted clearfix">
<span class="submitted">Submitted by <span class="username">{e(p.byline)}</span> on {e(p.date_shown)}</span>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{paras(p.article)}
</div></div></div></div>
<div class="clearfix"><div class="meta"><div class="terms terms-inline"><ul class="links inline"><li class="taxonomy-term-reference-0"><a href="/tags/committee">committee</a></li><li class="taxonomy-term-reference-1"><a href="/tags/water">water</a></li></ul></div></div><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/212#comment-form">Add new comment</a></li></ul></div>
<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
{items}
<h2 class="title comment-form">Add new comment</h2><form class="comment-form" action="/comment/reply/212" method="post" id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Your name </label><input type="text" id="edit-name" name="name" value="Anonymous" size="30" maxlength="60" class="form-text"></div><div class="form-item form-type-textfield form-item-subject"><label for="edit-subject">Subject </label><input type="text" id="edit-subject" name="subject" size="60" maxlength="64" class="form-text"></div><div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">Comment <span class="form-required" title="This field is required.">*</span></label><textarea id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5" class="form-textarea required"></textarea></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Save" class="form-submit"><input type="submit" id="edit-preview" name="op" value="Preview" class="form-submit"></div></div></form></div>
</div></div></div></div></div>
<div id="footer"><div class="region region-footer"><div id="block-system-powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div>
</div></div></div></div>
<div id="sidebar-second" class="sidebar"><div class="region region-sidebar-second"><div id="block-node-recent" class="block block-node"><h2>Recent content</h2><div class="content"><ul>{"".join(f'<li><a href="/node/{200 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></div></div>
</div></div>"""
    return shell(p, body)


def r_redmine(p: Page) -> str:
    """Redmine issue: the description = article; div.journal#change-N with h4.note-header, ul.details, div.wiki; quotes 'X schrieb in #note-N:'."""
    journals = []
    note = 0
    for i, c in enumerate(p.comments):
        note += 1
        if i == 2:
            journals.append(f"""<div id="change-{18830 + note}" class="journal"><div id="note-{note}"><h4 class="note-header"><a href="#note-{note}" class="journal-link">#{note}</a> <img class="gravatar" src="/avatar/jb.png" alt=""> Aktualisiert von <a class="user active" href="/users/14">Jan Brodersen</a> <a title="03.03.2025 12:02" href="/projects/zaehler/activity?from=2025-03-03">vor 3 Tagen</a></h4>
<ul class="details"><li><strong>Zugewiesen an</strong> wurde auf <i>Jan Brodersen</i> gesetzt</li><li><strong>Zielversion</strong> wurde auf <i>2025.03</i> gesetzt</li></ul></div></div>""")
            note += 1
        quote = ""
        if c.parent is not None:
            src = p.comments[c.parent]
            quote = f'<p>{e(src.author)} schrieb in <a href="#note-{c.parent + 1}">#note-{c.parent + 1}</a>:</p><blockquote><p>{e(src.text.split(". ")[0])}.</p></blockquote>'
        details = ""
        if i == 0:
            details = '<ul class="details"><li><strong>Status</strong> wurde von <i>Neu</i> zu <i>In Bearbeitung</i> geändert</li></ul>'
        if i == 2:
            details = '<ul class="details"><li><strong>Status</strong> wurde von <i>In Bearbeitung</i> zu <i>Gelöst</i> geändert</li><li><strong>% erledigt</strong> wurde von <i>0</i> zu <i>100</i> geändert</li></ul>'
        stamp = f"{c.when[8:10]}.{c.when[5:7]}.{c.when[:4]} {c.when[11:16]}"
        journals.append(f"""<div id="change-{18830 + note}" class="journal has-notes{" has-details" if details else ""}"><div id="note-{note}"><div class="contextual"><a title="Zitieren" class="icon-only icon-comment" data-remote="true" href="/journals/{18830 + note}/new">Zitieren</a><a title="Bearbeiten" class="icon-only icon-edit" href="/journals/{18830 + note}/edit">Bearbeiten</a></div>
<h4 class="note-header"><a href="#note-{note}" class="journal-link">#{note}</a> <img class="gravatar" src="/avatar/{i}.png" alt=""> Aktualisiert von <a class="user active" href="/users/{20 + i}">{e(c.author)}</a> <a title="{stamp}" href="/projects/zaehler/activity?from={c.when[:10]}">{e(c.shown)}</a></h4>
{details}<div id="journal-{18830 + note}-notes" class="wiki">{quote}<p>{e(c.text)}</p></div></div></div>""")
    body = f"""<div id="wrapper"><div id="top-menu"><ul><li><a class="home" href="/">Startseite</a></li><li><a class="my-page" href="/my/page">Meine Seite</a></li><li><a class="projects" href="/projects">Projekte</a></li><li><a class="help" href="/help">Hilfe</a></li></ul><div id="account"><ul><li><a class="my-account" href="/my/account">Mein Konto</a></li><li><a class="logout" href="/logout">Abmelden</a></li></ul></div></div>
<div id="header"><h1>{e(p.site)} » Zählerstände</h1><div id="main-menu" class="tabs"><ul><li><a class="overview" href="/projects/zaehler">Übersicht</a></li><li><a class="issues selected" href="/projects/zaehler/issues">Tickets</a></li><li><a class="wiki" href="/projects/zaehler/wiki">Wiki</a></li></ul></div></div>
<div id="main" class=""><div id="sidebar"><h3>Tickets</h3><ul><li><a href="/projects/zaehler/issues">Alle Tickets anzeigen</a></li><li><a href="/projects/zaehler/issues/report">Zusammenfassung</a></li></ul><h3>Beobachter (3)</h3><ul class="watchers"><li>Petra Wolters</li><li>Jan Brodersen</li><li>Katrin Asmussen</li></ul></div>
<div id="content"><div class="contextual"><a class="icon icon-edit" href="/issues/2214/edit">Bearbeiten</a> <a class="icon icon-fav-off" href="#">Beobachten</a> <a class="icon icon-copy" href="/issues/2214/copy">Kopieren</a></div>
<h2 class="inline-flex">Fehler #2214</h2><span class="badge badge-status-open">gelöst</span>
<div class="issue tracker-1 status-3 priority-3 priority-high2 details"><div class="gravatar-with-child"><img class="gravatar" src="/avatar/pw.png" alt=""></div>
<div class="subject"><div><h3>{e(p.title)}</h3></div></div>
<p class="author">Von <a class="user active" href="/users/11">{e(p.byline)}</a> <a title="{e(p.date_shown)}" href="/projects/zaehler/activity?from=2025-02-28">vor 6 Tagen</a> hinzugefügt. Aktualisiert <a title="04.03.2025 08:12" href="#">vor 2 Tagen</a>.</p>
<div class="attributes"><div class="splitcontent"><div class="splitcontentleft"><div class="status attribute"><div class="label">Status:</div><div class="value">Gelöst</div></div><div class="priority attribute"><div class="label">Priorität:</div><div class="value">Hoch</div></div><div class="assigned-to attribute"><div class="label">Zugewiesen an:</div><div class="value"><a class="user active" href="/users/14">Jan Brodersen</a></div></div></div>
<div class="splitcontentright"><div class="start-date attribute"><div class="label">Beginn:</div><div class="value">28.02.2025</div></div><div class="progress attribute"><div class="label">% erledigt:</div><div class="value">100%</div></div></div></div></div>
<hr><div class="description"><div class="contextual"><a class="icon icon-comment" href="#">Zitieren</a></div><p><strong>Beschreibung</strong></p><div class="wiki">
{paras(p.article)}
</div></div>
<hr><div id="relations"><div class="contextual"><a href="#">Hinzufügen</a></div><p><strong>Zugehörige Tickets</strong></p><table class="list issues"><tbody>{"".join(f'<tr class="issue"><td class="subject">{e(t)}</td><td class="status">Neu</td></tr>' for t in p.related)}</tbody></table></div></div>
<div id="history"><div class="tabs"><ul><li><a class="selected" href="#">Historie</a></li><li><a href="#">Notizen</a></li></ul></div><h3>Historie</h3>
{chr(10).join(journals)}
</div>
<div style="clear: both;"></div><p class="other-formats">Auch abrufbar als: <span><a class="atom" href="/issues/2214.atom">Atom</a></span> <span><a class="pdf" href="/issues/2214.pdf">PDF</a></span></p></div></div>
<div id="footer"><div class="bgl"><div class="bgr">Powered by <a href="https://www.redmine.org/">Redmine</a> © 2006-2025 Jean-Philippe Lang</div></div></div></div>"""
    return shell(p, body)


UCOZ_USERS = {
    "Ёрш_Тверской": ("Пользователи", "88", "3", "Тверь"),
    "Михалыч": ("Проверенные", "1402", "41", "Конаково"),
    "Сазан77": ("Пользователи", "215", "7", "Дубна"),
    "Администратор_Лёха": ("Модераторы", "3120", "96", "Тверь"),
}


def r_ucoz_forum(p: Page) -> str:
    """uCoz forum: table.postTable per post, td.postTdTop (a.postUser, date line), td.postTdInfo, span.ucoz-forum-post, div.bbQuoteBlock."""
    posts = [first_post(p), *p.comments]
    rows = []
    for k, c in enumerate(posts):
        group, count, rep, city = UCOZ_USERS[c.author]
        quote = ""
        if k and p.comments[k - 1].parent is not None:
            src = p.comments[p.comments[k - 1].parent]  # type: ignore[index]
            quote = f'<!--uzquote--><div class="bbQuoteBlock"><div class="bbQuoteName" style="padding-left:5px;font-size:7pt"><b>Цитата</b> (<span class="qName">{e(src.author)}</span>)</div><div class="quoteMessage" style="border:1px inset;max-height:200px;overflow:auto;height:expression(this.scrollHeight<5?this.style.height:scrollHeight>200?\'200px\':\'\'+(this.scrollHeight+5)+\'px\');"><!--uzq-->{e(src.text.split(". ")[0])}.<!--/uzq--></div></div><!--/uzquote-->'
        sig = (
            '<br><hr size="1" width="150" align="left" class="signatureHr"><span class="signatureView">Клюёт всегда, только не всегда там, где мы.</span>'
            if c.author == "Михалыч"
            else ""
        )
        rows.append(f"""<tr><td class="gTableBody1" colspan="2"><table border="0" width="100%" cellspacing="1" cellpadding="2" class="postTable" id="post{15510 + k}">
<tr><td width="23%" class="postTdTop" align="center"><a class="postUser" href="javascript://" rel="nofollow" onclick="emoticon('[b]{e(c.author)}[/b],');return false;">{e(c.author)}</a></td><td class="postTdTop">Дата: {e(c.shown)} | Сообщение # {k + 1}</td></tr>
<tr><td class="postTdInfo" valign="top"><img alt="" title="{e(c.author)}" class="userAvatar" border="0" src="/avatar/{k}.jpg"><div class="postRankName">{e(group)}</div><div class="postRankIco"><img alt="" border="0" align="absmiddle" name="groupIcon" src="/.s/rnk/1/rank{k % 4 + 2}.gif" title="{e(group)}"></div><div class="postUserGroup">Группа: {e(group)}</div><div class="numposts">Сообщений: <span="unp">{count}</span></div><div class="reputation">Репутация: <a title="Смотреть историю репутации" class="repHistory" href="javascript://"><b>{rep}</b></a></div><div class="userFrom">Город: {e(city)}</div><div class="statusBlock">Статус: <span class="statusOffline">Offline</span></div></td>
<td class="posttdMessage" valign="top" style="word-wrap: break-word;"><span class="ucoz-forum-post" id="ucoz-forum-post-{15510 + k}" edit-url="">{quote}{brs(c.text)}</span>{sig}</td></tr>
<tr><td class="postBottom" align="center">&nbsp;</td><td class="postBottom"><table border="0" width="100%" cellspacing="0" cellpadding="0"><tr><td><a href="javascript:scroll(0,0);"><img alt="" style="margin:0;padding:0;border:0;" src="/.s/img/fr/bt/1/p_up.gif" title="Наверх"></a></td><td align="right" style="padding-right:15px;"><a href="/forum/7-1184-{15510 + k}-16-1741000000"><img alt="" src="/.s/img/fr/ic/1/lnk.gif" title="Ссылка на сообщение"></a></td><td width="2%" nowrap align="right"><a href="#" onclick="return false;"><img alt="" src="/.s/img/fr/bt/1/p_quote.gif" title="Цитировать"></a></td></tr></table></td></tr></table></td></tr>""")
    body = f"""<div id="wrapper"><div id="header"><div id="logo"><h1><a href="/">{e(p.site)}</a></h1></div><div id="navi"><ul><li><a href="/">Главная</a></li><li><a href="/forum/">Форум</a></li><li><a href="/photo/">Фотоальбом</a></li><li><a href="/index/0-3">Обратная связь</a></li></ul></div></div>
<div class="forumContent"><table border="0" cellpadding="0" height="30" cellspacing="0" width="100%"><tr><td align="right">[ <a class="fNavLink" href="/forum/0-0-1-34" rel="nofollow">Новые сообщения</a> · <a class="fNavLink" href="/forum/0-0-1-35" rel="nofollow">Участники</a> · <a class="fNavLink" href="/forum/0-0-0-36" rel="nofollow">Правила форума</a> · <a class="fNavLink" href="/forum/0-0-0-6" rel="nofollow">Поиск</a> · <a class="fNavLink" href="/forum/0-0-0-37" rel="nofollow">RSS</a> ]</td></tr></table>
<table class="ThrTopButtonsTbl" border="0" width="100%" cellspacing="0" cellpadding="0"><tr class="ThrTopButtonsRow1"><td width="50%" class="ThrTopButtonsCl11"><ul class="switches switchesTbl forum-pages"><li class="pagesInfo">Страница <span class="curPage">1</span> из <span class="numPages">1</span></li></ul></td></tr></table>
<div class="gDivLeft"><div class="gDivRight"><table border="0" width="100%" cellspacing="1" cellpadding="0" class="gTable" id="thread-1184">
<tr><td class="gTableTop"><div style="float:right" class="gTopCornerRight"></div><span class="forum-title">{e(p.title)}</span></td></tr>
<tr><td class="gTableSubTop"><a href="/forum/" class="forumBarKw">Форум</a> » <a href="/forum/7" class="forumBarA">Зимняя рыбалка</a> » <a class="forumBarA" href="/forum/7-1184-1">{e(p.title)}</a></td></tr>
{chr(10).join(rows)}
</table></div></div>
<div class="gDivLeft"><div class="gDivRight"><table class="gTable" width="100%"><tr><td class="gTableTop">Похожие темы</td></tr>{"".join(f'<tr><td class="gTableBody"><a href="/forum/7-{1100 + k}-1">{e(t)}</a></td></tr>' for k, t in enumerate(p.related))}</table></div></div>
<div class="fastLoggedForm">Добавлять ответы могут только зарегистрированные пользователи. [ <a class="fNavLink" href="/index/3" rel="nofollow">Регистрация</a> · <a class="fNavLink" href="javascript:;" rel="nofollow">Вход</a> ]</div></div>
<div id="footer">{e(p.site)} © 2026 | Хостинг от <a href="https://www.ucoz.example/">uCoz</a></div></div>"""
    return shell(p, body)


def r_hestia(p: Page) -> str:
    """Hestia: Bootstrap div.media per comment, h4.media-heading 'Name <small>· hace 2 días</small>', div.media-footer 'Responder'; children inside."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 731 + i
        children = f'<div class="children">{sub}</div>' if sub else ""
        return f"""<div class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{" parent" if sub else ""} media" id="comment-{cid}">
<a class="pull-left" href="#comment-{cid}"><div class="comment-author avatar vcard"><img alt="" src="/avatar/{i}?s=64" class="avatar avatar-64 photo media-object img" height="64" width="64"></div></a>
<div class="media-body">
<h4 class="media-heading">{e(c.author)} <small> &middot; {e(c.shown)} </small></h4>
<p>{e(c.text)}</p>
<div class="media-footer"><a rel="nofollow" class="comment-reply-link btn btn-rose btn-simple pull-right" href="?replytocom={cid}#respond" aria-label="Responder a {e(c.author)}"><i class="fas fa-reply"></i> Responder</a></div>
{children}</div></div>"""

    items = tree(p, item, lambda s: s)
    cards = "".join(
        f'<div class="col-md-4 col-sm-4 hestia-related-post"><div class="card card-blog"><div class="card-image"><a href="/{k}/"><img src="/img/r{k}.jpg" alt=""></a></div><div class="content"><h6 class="category text-info"><a href="/recetas/">Recetas</a></h6><h4 class="card-title"><a class="blog-item-title-link" href="/{k}/">{e(t)}</a></h4><p class="card-description">Una receta de cuchara para los días de frío, con todos los trucos. <a class="moretag" href="/{k}/">Leer más</a></p></div></div></div>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div class="wrapper"><header class="header"><nav class="navbar navbar-default navbar-fixed-top hestia_left"><div class="container"><div class="navbar-header"><div class="title-logo-wrapper"><a class="navbar-brand" href="/" title="{e(p.site)}"><p>{e(p.site)}</p></a></div></div>{nav(p, "collapse navbar-collapse")}</div></nav></header>
<div id="primary" class="boxed-layout-header page-header header-small"><div class="container"><div class="row"><div class="col-md-10 col-md-offset-1 text-center"><h1 class="hestia-title entry-title">{e(p.title)}</h1><h4 class="author">Publicado por <a href="/author/amparo/" class="vcard author"><strong class="fn">{e(p.byline)}</strong></a> el <time class="entry-date published" datetime="{p.when}+01:00">{e(p.date_shown)}</time></h4></div></div></div><div class="header-filter" style="background-image: url(/img/lentejas.jpg);"></div></div>
<div class="main main-raised"><div class="blog-post blog-post-wrapper"><div class="container"><article id="post-502" class="section section-text"><div class="row"><div class="col-md-8 single-post-container">
<div class="single-post-wrap entry-content">
{paras(p.article)}
</div>
<div class="section section-blog-info"><div class="row"><div class="col-md-6"><div class="entry-categories">Categorías: <a href="/recetas/" class="label label-primary">Recetas</a></div></div><div class="col-md-6"><div class="entry-social"><a class="btn btn-just-icon btn-round btn-facebook" href="#"><i class="fab fa-facebook-f"></i></a><a class="btn btn-just-icon btn-round btn-twitter" href="#"><i class="fab fa-twitter"></i></a></div></div></div>
<div class="card card-profile card-plain"><div class="row"><div class="col-md-2"><div class="card-avatar"><img class="img" src="/avatar/amparo.jpg" alt=""></div></div><div class="col-md-10"><h4 class="card-title">{e(p.byline)}</h4><p class="description">Cocinera aficionada y nieta de cocinera. Escribe desde Valencia.</p></div></div></div></div>
<section class="comments-area" id="comments"><div class="row"><div class="col-md-12"><div class="section section-comments"><div class="row"><div class="col-md-12"><div class="media-area"><h3 class="hestia-title text-center">4 comentarios</h3>
{items}
</div>
<div class="media-body"><div id="respond" class="comment-respond"><h3 class="hestia-title text-center">Deja una respuesta <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancelar la respuesta</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="form media-body"><p class="comment-notes">Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *</p><div class="row"><div class="col-md-4"><div class="form-group label-floating is-empty"><label class="control-label">Nombre <span class="required">*</span></label><input id="author" class="form-control" name="author" type="text" aria-required="true"></div></div><div class="col-md-4"><div class="form-group label-floating is-empty"><label class="control-label">Correo electrónico <span class="required">*</span></label><input id="email" class="form-control" name="email" type="email" aria-required="true"></div></div><div class="col-md-4"><div class="form-group label-floating is-empty"><label class="control-label">Web</label><input id="url" class="form-control" name="url" type="url"></div></div></div><div class="form-group label-floating is-empty"><label class="control-label">¿Qué opinas?</label><textarea id="comment" class="form-control" name="comment" rows="6" aria-required="true"></textarea></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="btn btn-primary pull-right" value="Publicar el comentario"></p></form></div></div>
</div></div></div></div></div></section>
</div>
<div class="col-md-3 blog-sidebar-wrapper col-md-offset-1"><aside id="secondary" class="blog-sidebar" role="complementary"><div id="recent-posts-2" class="widget widget_recent_entries"><h5>Entradas recientes</h5><ul>{"".join(f'<li><a href="/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>{recent_widget(p)}</aside></div></div></article></div></div>
<div class="section related-posts"><div class="container"><div class="row"><div class="col-md-12"><h2 class="hestia-title text-center">Publicaciones relacionadas</h2><div class="row">{cards}</div></div></div></div></div></div>
<footer class="footer footer-black footer-big"><div class="container"><div class="hestia-bottom-footer-content"><div class="copyright pull-right">Hestia | Desarrollado por <a href="https://themeisle.com" rel="nofollow">ThemeIsle</a></div></div></div></footer></div>"""
    return shell(p, body)


def r_twentytwenty(p: Page) -> str:
    """Twenty Twenty: div.comment blocks (div style), article.comment-body, span.fn + hidden 'dit :', 'Auteur de l’article' in the footer; div.children; a pingback."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 412 + i
        own = f'<span class="by-post-author">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{" byuser bypostauthor" if c.extra else ""}{" parent" if sub else ""}" id="comment-{cid}">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard"><a href="https://{e(c.author.split()[0].lower())}.example" rel="external nofollow ugc" class="url"><img alt="" src="/avatar/{i}?s=120" class="avatar avatar-120 photo" height="120" width="120"><span class="fn">{e(c.author)}</span><span class="screen-reader-text says">dit&nbsp;:</span></a></div>
<div class="comment-metadata"><a href="/2025/03/03/castors-blois/#comment-{cid}"><time datetime="{c.when}+01:00">{e(c.shown)}</time></a></div>
</footer>
<div class="comment-content entry-content">
<p>{e(c.text)}</p>
</div>
<footer class="comment-footer-meta"><span class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Répondre à {e(c.author)}">Répondre</a></span>{own}</footer>
</article>
{f'<div class="children">{sub}</div>' if sub else ""}</div>"""

    items = tree(p, item, lambda s: s)
    pingback = """<div class="pingback odd alt thread-odd thread-alt depth-1" id="comment-411"><div class="comment-body">Ping&nbsp;: <a href="https://naturalistes-41.example/revue-de-presse-mars" class="url" rel="ugc external nofollow">Revue de presse naturaliste – mars 2025 | Naturalistes du Loir-et-Cher</a> </div></div>"""
    body = f"""<header id="site-header" class="header-footer-group"><div class="header-inner section-inner"><div class="header-titles-wrapper"><div class="header-titles"><div class="site-title faux-heading"><a href="/">{e(p.site)}</a></div><div class="site-description">Nature au fil du fleuve</div></div></div>{nav(p, "primary-menu-wrapper")}</div></header>
<main id="site-content"><article class="post-88 post type-post status-publish format-standard hentry category-observations" id="post-88">
<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium"><div class="entry-categories"><span class="screen-reader-text">Catégories</span><div class="entry-categories-inner"><a href="/categorie/observations/" rel="category tag">Observations</a></div></div><h1 class="entry-title">{e(p.title)}</h1>
<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-text">Par <a href="/author/solene/">{e(p.byline)}</a></span></li><li class="post-date meta-wrapper"><span class="meta-text"><a href="/2025/03/03/castors-blois/">{e(p.date_shown)}</a></span></li><li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#comments">5 commentaires</a></span></li></ul></div></div></header>
<figure class="featured-media"><div class="featured-media-inner section-inner"><img src="/img/castor.jpg" alt="Un saule rongé au bord de la Loire"><figcaption class="wp-caption">Un saule taillé par les castors, rive gauche.</figcaption></div></figure>
<div class="post-inner thin"><div class="entry-content">
{paras(p.article)}
</div></div>
<div class="section-inner"><div class="author-bio"><div class="author-title-wrapper"><div class="author-avatar vcard"><img alt="" src="/avatar/solene.jpg" class="avatar"></div><h2 class="author-title heading-size-4">Par {e(p.byline)}</h2></div><div class="author-description"><p>Naturaliste amatrice, je parcours les bords de Loire jumelles au cou.</p></div></div></div>
<nav class="pagination-single section-inner" aria-label="Article"><hr class="styled-separator is-style-wide" aria-hidden="true"><div class="pagination-single-inner"><a class="previous-post" href="/0/"><span class="arrow" aria-hidden="true">&larr;</span><span class="title"><span class="title-inner">{e(p.related[0])}</span></span></a><a class="next-post" href="/1/"><span class="arrow" aria-hidden="true">&rarr;</span><span class="title"><span class="title-inner">{e(p.related[1])}</span></span></a></div></nav>
<div class="comments-wrapper section-inner"><div class="comments" id="comments"><div class="comments-header section-inner small max-percentage"><h2 class="comment-reply-title">Il y a 5 réponses sur «&nbsp;{e(p.title)}&nbsp;»</h2></div>
<div class="comments-inner section-inner thin max-percentage">
{items}
{pingback}
</div></div>
<hr class="styled-separator is-style-wide" aria-hidden="true">
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="section-inner thin max-percentage"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label><input id="email" name="email" type="email"></p><p class="comment-form-url"><label for="url">Site web</label><input id="url" name="url" type="url"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"></p><p class="akismet_comment_form_privacy_notice">Ce site utilise Akismet pour réduire les indésirables. <a href="https://akismet.com/privacy/">En savoir plus sur la façon dont les données de vos commentaires sont traitées</a>.</p></form></div></div>
</article></main>
<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner"><aside class="footer-widgets-outer-wrapper"><div class="footer-widgets column-one grid-item">{recent_widget(p)}</div></aside></div></div>
<footer id="site-footer" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; 2026 <a href="/">{e(p.site)}</a></p><p class="powered-by-wordpress"><a href="https://fr.wordpress.org/">Fièrement propulsé par WordPress</a></p></div></div></footer>"""
    return shell(p, body)


def r_kiosr(p: Page) -> str:
    """Typecho, Kiosr theme: li comment-body > div.commentator-comment (strong.author_name, '@name', span.comment-time '3 天前'), div.comment-chat; children inside."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        coid = 218 + i
        level = " comment-child comment-level-odd" if c.parent is not None else " comment-parent"
        own = " comment-by-author" if c.author == p.byline else ""
        at = ""
        if c.parent is not None:
            at = f' <a href="#comment-{218 + c.parent}">@{e(p.comments[c.parent].author)}</a>'
        children = f'<div class="comment-children">\n{sub}\n</div>' if sub else ""
        return f"""<li id="comment-{coid}" class=" comment-{coid} comment-body{level}{" comment-odd" if i % 2 == 0 else " comment-even"}{own}">
<div class="commentator-comment">
<div class="name"><p><span class="commentator-name"><strong class="author_name">{e(c.author)}</strong>{at}</span><span class="comment-time">{e(c.shown)}</span><span class="comment-reply"><a class="i reply" onclick="return TypechoComment.reply('comment-{coid}', {coid}, '@{e(c.author)}','/archives/96/comment-page-1#comment-{coid}');" href="javascript:void(0)" rel="nofollow" data-theid="comment-{coid}"></a></span></p></div>
<div class="comment-chat" data-link="/archives/96/comment-page-1#comment-{coid}"><div class="comment-comment"><p>{e(c.text)}</p></div></div>
</div>
{children}
</li>"""

    items = tree(p, item, lambda s: s)
    side = "".join(
        f'<li><a href="/archives/{80 + k}/#comments">{e(who)}</a>：{e(post)}</li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header id="header"><div class="container"><a id="logo" href="/">{e(p.site)}</a><p class="description">写点代码，拍点照片</p><nav id="nav-menu"><a class="current" href="/">首页</a><a href="/archives.html">归档</a><a href="/about.html">关于</a></nav></div></header>
<div id="body"><div class="container"><div class="col-mb-12 col-8" id="main" role="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting"><h1 class="post-title" itemprop="name headline">{e(p.title)}</h1>
<ul class="post-meta"><li>作者：<a itemprop="name" href="/author/1/" rel="author">{e(p.byline)}</a></li><li>时间：<time datetime="{p.when}+08:00" itemprop="datePublished">{e(p.date_shown)}</time></li><li>分类：<a href="/category/tech/">折腾</a></li></ul>
<div class="post-content" itemprop="articleBody">
{paras(p.article)}
</div>
<p itemprop="keywords" class="tags">标签：<a href="/tag/相册/">相册</a>, <a href="/tag/NAS/">NAS</a></p></article>
<div id="comments"><span id="hf"></span>
<p class="time">{len(p.comments)}</p>
<ol class="comment-list">
{items}
</ol>
<div id="respond-post-96" class="respond"><div class="cancel-comment-reply" style="display:none"><a id="cancel-comment-reply-link" href="#respond-post-96" rel="nofollow" onclick="return TypechoComment.cancelReply();">取消回复</a></div>
<form method="post" action="/archives/96/comment" id="comment-form" role="form"><p><input type="text" name="author" id="author" class="text" placeholder="称呼" value="" required /></p><p><input type="email" name="mail" id="mail" class="text" placeholder="邮箱" value="" required /></p><p><input type="url" name="url" id="url" class="text" placeholder="网站" value="" /></p><p><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" placeholder="说点什么吧……" required></textarea></p><p><button type="submit" class="submit">提交评论</button></p></form></div></div>
<ul class="post-near"><li>上一篇: <a href="/archives/95/">{e(p.related[0])}</a></li><li>下一篇: <a href="/archives/97/">{e(p.related[1])}</a></li></ul></div>
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary"><section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">{side}</ul></section><section class="widget"><h3 class="widget-title">分类</h3><ul class="widget-list"><li><a href="/category/tech/">折腾</a></li><li><a href="/category/life/">生活</a></li></ul></section></div></div></div>
<footer id="footer" role="contentinfo">&copy; 2026 <a href="/">{e(p.site)}</a>. 由 <a href="http://www.typecho.org">Typecho</a> 强力驱动.</footer>"""
    return shell(p, body)


def r_textpattern(p: Page) -> str:
    """Textpattern: ol.comments of li#cNNNNNN, the text first, then p.footnote '— Name · date · #'; flat, '@Name' replies."""
    items = []
    for i, c in enumerate(p.comments):
        num = 317 + i
        own = ' class="comments-author"' if c.author == p.byline else ""
        items.append(f"""<li id="c{num:06d}"{own}>
{paras(c.text)}
<p class="footnote">&#8212; <a href="https://{e(c.author.split()[0].lower())}.example" rel="nofollow">{e(c.author)}</a> &#183; <time datetime="{c.when}Z">{e(c.shown)}</time> &#183; <a href="/articles/88/rebinding-a-paperback#c{num:06d}">#</a></p>
</li>""")
    body = f"""<div class="wrapper"><header class="site-header"><h1><a href="/" rel="home">{e(p.site)}</a></h1><h3>Books, paper and glue</h3></header>{nav(p, "site-navigation")}
<div class="container"><main aria-label="Main content"><div itemscope itemtype="https://schema.org/Article" class="article">
<h1 itemprop="headline">{e(p.title)}</h1>
<p><strong>Posted</strong> <time datetime="{p.when}Z" itemprop="datePublished">{e(p.date_shown)}</time> by <span itemprop="author"><a rel="author" href="/author/oona-falkirk/">{e(p.byline)}</a></span> in <a href="/category/binding/">Binding</a></p>
<div itemprop="articleBody">
{paras(p.article)}
</div>
<p><strong>Comments</strong> <a href="#comments-head">4</a></p>
<h4 id="comments-head">Comments</h4>
<div id="comments"><ol class="comments">
{chr(10).join(items)}
</ol></div>
<form id="txpCommentInputForm" method="post" action="/articles/88/rebinding-a-paperback#cpreview"><fieldset><legend>Leave a comment</legend><p class="comments-required">Fields marked * are required</p><p><label for="name">Name *</label><br><input class="comment_name_input" id="name" name="name" type="text" size="32" value=""></p><p><label for="email">Email *</label><br><input class="comment_email_input" id="email" name="email" type="email" size="32" value=""></p><p><label for="web">Website</label><br><input class="comment_web_input" id="web" name="web" type="text" size="32" value=""></p><p><input type="checkbox" name="remember" value="1" id="remember"><label for="remember">Remember</label></p><p><label for="message">Message *</label><br><textarea class="txpCommentInputMessage" id="message" name="message" cols="25" rows="5"></textarea></p><p><input type="submit" name="preview" value="Preview" id="txpCommentPreview"> <input type="submit" name="submit" value="Submit" id="txpCommentSubmit"></p></fieldset></form>
<nav class="paginator" aria-label="Article navigation"><a rel="prev" href="/articles/87/">{e(p.related[0])}</a> <a rel="next" href="/articles/89/">{e(p.related[1])}</a></nav>
</div></main>
<aside class="complementary-content"><h4>Recent articles</h4><ul>{"".join(f'<li><a href="/articles/{80 + k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul><h4>Search</h4><form method="get" action="/"><input name="q" type="search"></form></aside></div>
<footer class="site-footer"><p><small>Published with <a href="https://textpattern.com" rel="external">Textpattern CMS</a>.</small></p></footer></div>"""
    return shell(p, body)


def r_thrive(p: Page) -> str:
    """Thrive Themes legacy callback: div.cmb#comment-N > div.cmc > div.ccr.right > div.awr (span.nam 'Name - date', text, Reply); hidden reply forms; stray </li>."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 6610 + i
        name = (
            f'<a href="https://{e(c.author.split()[0].lower())}.example" target="_blank" rel="nofollow">{e(c.author)}</a>'
            if i % 2 == 0
            else f'<span class="uNM">{e(c.author)}</span>'
        )
        kids = f'<ul class="children">\n{sub}</ul>\n' if sub else ""
        return f"""<div class="cmb" id="comment-{cid}">
<div class="cmc">
<div class="left"><img alt="" src="/avatar/{i}?s=36" class="avatar avatar-36 photo" height="36" width="36"></div>
<div class="ccr right"><div class="awr">
<span class="left nam">{name} - <span class="uDt">{e(c.shown)}</span></span>
<div class="clear"></div>
<p>{e(c.text)}</p>
<a class="rpl reply right" href="#" id="link-reply-{cid}" cid="{cid}">Reply</a>
<div class="clear"></div>
<div class="clear"></div>
</div></div>
<div class="clear"></div>
</div>
<div class="lrp" id="respond-container-{cid}" style="display: none;"><h4>Leave a reply:</h4><div class="clear"></div><a href="#" class="rpl right cancel_reply" cid="{cid}">Cancel Reply</a><div class="clear"></div>
<form action="/wp-comments-post.php" method="post"><label for="author">Name*</label><input type="text" author="author" id="author" placeholder="" name="author"><div class="clear"></div><label for="email">Email*</label><input type="text" author="email" id="email" placeholder="" name="email"><div class="clear"></div><label for="website">Website</label><input type="text" class="lst" author="website" id="website" placeholder="" name="website"><div class="clear"></div><label for="comment">Comment</label><textarea class="textarea" name="comment" id="comment"></textarea><input id="comment_post_ID" type="hidden" value="2204" name="comment_post_ID"><input id="comment_parent" type="hidden" value="{cid}" name="comment_parent"><div class="btn blue small"><input type="submit" value="POST COMMENT"></div></form></div>
</div>
<div class="clear"></div>
<div class="lrp" id="respond-container-{cid}"></div>
{kids}</li>"""

    items = tree(p, item, lambda s: s)
    body = f"""<div class="h-b"><div class="wrp"><div id="text-logo" class="left"><a href="/">{e(p.site)}</a></div><div class="hmn">{nav(p, "menu-main-container")}</div><div class="clear"></div></div></div>
<div class="wrp cnt"><div class="bSeCont"><section class="bSe left">
<article><div class="awr"><h1 class="entry-title">{e(p.title)}</h1>
<div class="meta"><span class="left">By <a href="/author/marcus/">{e(p.byline)}</a></span> <span class="left">{e(p.date_shown)}</span> <a href="#comments" class="left">4 Comments</a></div>
{paras(p.article)}
<div class="clear"></div>
<div class="thrv_wrapper thrv_lead_generation"><h3>Get the free shade-garden planting chart</h3><form><input type="email" placeholder="Your Email Address"><button>SEND ME THE CHART</button></form></div>
</div></article>
<div class="clear"></div>
<div class="aut"><div class="awr"><h4>About the Author {e(p.byline)}</h4><p>Marcus grows food in a north-facing yard in Portland and writes about it here.</p></div></div>
<article id="comments"><div class="awr">
<div class="ctb"><h5><span class="txt_thrive_link_to_comments">Click Here to Leave a Comment Below</span></h5></div>
<div class="ctb"><h5>4 Comments</h5></div>
<div id="thrive_container_list_comments">
{items}
</div>
<div class="lrp" id="thrive_container_form_add_comment"><h4>Leave a Comment:</h4><form action="/wp-comments-post.php" method="post" id="commentform"><label for="author">Name*</label><input type="text" id="author" name="author"><label for="email">Email*</label><input type="text" id="email" name="email"><label for="website">Website</label><input type="text" id="website" name="url" class="lst"><label for="comment">Comment</label><textarea name="comment" id="comment" class="textarea"></textarea><div class="btn small"><input type="submit" value="SUBMIT"></div></form></div>
</div></article>
</section>
<div class="sAsCont"><aside class="sAs right"><section id="text-3"><div class="scn"><div class="awr"><div class="twr"><p class="upp ttl">Popular posts</p></div><ul>{"".join(f'<li><a href="/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></section></aside></div><div class="clear"></div></div></div>
<footer><div class="wrp cnt"><section class="copyright"><p>Copyright text 2026 by {e(p.site)}.</p></section></div></footer>"""
    return shell(p, body)


def r_b2evolution(p: Page) -> str:
    """b2evolution basic skin: a#cN + div.bComment with h5 'Comment from: Name · url', blockquote (small 'date @ time', div text, reply link); a trackback."""
    items = []
    for i, c in enumerate(p.comments):
        cid = 880 + i
        url = (
            f' &middot; <a href="https://{e(c.author.split()[0].lower())}.example" rel="nofollow">https://{e(c.author.split()[0].lower())}.example</a>'
            if i % 2 == 0
            else ""
        )
        if i == 4:
            items.append("""<a id="c879"></a>
<div class="bComment">
<h5>Trackback from: <a href="https://fenland-birds.example/2025/03/weekend-roundup" rel="nofollow">Fenland Birds &raquo; Weekend round-up</a></h5>
<blockquote>
<small>03/03/25 @ 21:40</small>
<div><p>[...] the Marsh End count turned up two bitterns and a ringtail harrier, see Gideon's write-up [...]</p></div>
</blockquote>
</div>""")
        items.append(f"""<a id="c{cid}"></a>
<div class="bComment">
<h5>Comment from: <a href="/users/{e(c.author.split()[0].lower())}" class="login user">{e(c.author)}</a>{url}</h5>
<blockquote>
<small>{e(c.shown)}</small>
<div><p>{e(c.text)}</p></div>
<a href="/2025/03/03/winter-count-marsh-end?reply_ID={cid}&amp;redir=no#form_p42" title="Reply to this comment" class="comment_reply" rel="{cid}">Reply to this comment</a>
</blockquote>
</div>""")
    body = f"""<div class="pageHeader"><h1 id="pageTitle"><a href="/">{e(p.site)}</a></h1><div class="pageSubTitle">Field notes from the lowlands</div></div>
<div class="bPosts"><div id="item_42" class="bPost bPost" lang="en-US">
<div class="bSmallHead">Posted by <strong>{e(p.byline)}</strong> on {e(p.date_shown)} in <a href="/category/counts">Counts</a></div>
<h3 class="bTitle">{e(p.title)}</h3>
<div class="bText">
{paras(p.article)}
</div>
<div class="bSmallPrint"><a href="/2025/03/03/winter-count-marsh-end" title="Permanent link to full entry" class="permalink_right">Permalink</a> <a href="#comments">5 comments</a></div>
<a id="feedbacks"></a><h4>Comments:</h4>
<a id="comments"></a>
{chr(10).join(items)}
<h4>Leave a comment:</h4>
<form action="/htsrv/comment_post.php" method="post" id="bComment_form_id_42" class="bComment"><fieldset><div class="label"><label for="g">Name</label></div><div class="input"><input type="text" id="g" name="g" size="40" value=""></div><div class="label"><label for="i">Email</label></div><div class="input"><input type="text" id="i" name="i" size="40" value=""><span class="notes">Your email address will <strong>not</strong> be revealed on this site.</span></div><div class="label"><label for="o">Website</label></div><div class="input"><input type="text" id="o" name="o" size="40" value=""></div><div class="label"><label for="p">Comment text</label></div><div class="input"><textarea id="p" name="p" rows="10" cols="40"></textarea></div><input type="submit" name="submit_comment_post_42[save]" value="Send comment" class="submit"></fieldset></form>
</div></div>
<div class="bSideBar"><div class="bSideItem"><h3>Recent posts</h3><ul>{"".join(f'<li><a href="/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div>
<p class="baseline">This collection &copy;2026 by {e(p.byline)} &bull; <a href="https://b2evolution.net/">b2evolution</a></p>"""
    return shell(p, body)


WPFORO_DE = {
    "Korallenfisch_KA": ("Aktives Mitglied", "04/11/2023", "57"),
    "Aqua-Uwe": ("Erfahrenes Mitglied", "12/05/2021", "1204"),
    "Sabine_Guppy": ("Aktives Mitglied", "30/01/2022", "312"),
    "Moderator_Jens": ("Moderator", "02/02/2019", "4810"),
}


def r_wpforo(p: Page) -> str:
    """wpForo classic, extended layout: div.post-wrap#post-N > div.wpforo-post (div.wpf-left author data, div.wpf-right date + content); quotes 'Zitat von X am …'."""
    posts = [first_post(p), *p.comments]
    out = []
    for k, c in enumerate(posts):
        title, joined, count = WPFORO_DE[c.author]
        pid = 2210 + k
        quote = ""
        if k and p.comments[k - 1].parent is not None:
            src = p.comments[p.comments[k - 1].parent]  # type: ignore[index]
            quote = f'<blockquote data-userid="{31 + k}" data-postid="{2209 + k}" data-mention="{e(src.author.lower())}"><div class="wpforo-post-quote-author"><strong> Zitat von {e(src.author)} am 3. März 2025, {e(src.when[11:16])} Uhr </strong></div><p>{e(src.text.split("? ")[0])}?</p></blockquote>'
        sig = (
            '<div class="wpforo-post-signature"><p>200 l Gesellschaftsbecken, 60 l Garnelenbecken</p></div>'
            if c.author == "Aqua-Uwe"
            else ""
        )
        likers = '<span class="wpforo-likers">Sabine_Guppy gefällt das</span>' if k == 1 else ""
        out.append(f"""<div id="post-{pid}" class="post-wrap">
<div class="wpforo-post wpfcl-1">
<div class="wpf-left">
<div class="author-avatar"><img alt="{e(c.author)}" src="/avatar/{k}.png" class="avatar" height="80" width="80"></div>
<div class="author-data"><div class="author-name"><span><i class="fas fa-circle wpfsx wpfcl-0" title="Offline"></i></span>&nbsp;<a href="/community/mitglied/{e(c.author.lower())}/">{e(c.author)}</a></div>
<div class="author-title">{e(title)}</div>
<div class="author-joined">Beigetreten: {joined}</div>
<div class="author-posts">Beiträge: {count}</div></div>
<div class="wpf-clear"></div>
<div id="wpforo-memberinfo-toggle-{pid}" class="wpforo-membertoggle" title="Mehr"><i class="fas fa-caret-down" aria-hidden="true"></i></div>
</div><!-- left -->
<div class="wpf-right">
<div class="wpforo-post-content-top"><span>{e(c.shown)}</span> &nbsp; <a href="/community/aquaristik/neues-200-liter-becken/#post-{pid}"><i class="fas fa-link fa-0x"></i></a></div>
<div class="wpforo-post-content">{quote}{paras(c.text)}</div>
{sig}</div><!-- right -->
<br class="wpf-clear" />
<div class="bottom"><div class="bleft">{likers}</div><div class="bright"><span class="wpf-action wpforo-reply">Antworten</span> <span class="wpf-action wpforo-quote">Zitat</span> <span class="wpf-action wpforo-like">Gefällt mir</span> <span class="wpf-action wpforo-report">Melden</span></div><div class="wpf-clear"></div></div>
</div><!-- wpforo-post -->
</div><!-- post-wrap -->""")
    body = f"""<header id="masthead" class="site-header"><p class="site-title"><a href="/">{e(p.site)}</a></p>{nav(p, "main-navigation")}</header>
<div id="content" class="site-content"><main id="main" class="site-main"><div id="wpforo"><div id="wpforo-wrap" class="wpft-topic">
<div class="wpforo-subtop"><div class="wpf-breadcrumb"><a href="/community/">Forum</a> <a href="/community/aquaristik/">Aquaristik</a> <span>{e(p.title)}</span></div></div>
<div class="wpforo-main"><div class="wpforo-content"><div class="wpf-head-bar"><div class="wpf-head-bar-left"><h1 id="wpforo-title">{e(p.title)}</h1></div><div class="wpf-action-link"><span class="wpf-answer-button"><button class="wpf-button">Antworten</button></span></div></div>
<div class="wpfl-1"><div class="wpforo-post-head"><div class="wpf-left">&nbsp; <a href="#post-2214" class="wpfcl-2"><span class="wpfcl-3">Letzter Beitrag</span></a></div><div class="wpf-right">&nbsp; <a href="/community/feed/" class="wpfcl-2" title="Themen-RSS-Feed"><span class="wpfcl-3">RSS</span></a></div><br class="wpf-clear" /></div>
{chr(10).join(out)}
</div>
<div class="wpf-topic-related"><h3>Ähnliche Themen</h3><ul>{"".join(f'<li><a href="/community/aquaristik/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div>
<div class="wpf-form-wrapper"><p>Du musst angemeldet sein, um hier zu antworten.</p></div></div></div>
<div id="wpforo-footer"><div id="wpforo-stat-body"><div class="wpf-footer-box"><span>Foren 12</span> <span>Themen 3,411</span> <span>Beiträge 28,903</span> <span>Mitglieder 1,207</span></div></div></div></div></div></main></div>
{footer(p)}"""
    return shell(p, body)


def r_livestreet(p: Page) -> str:
    """LiveStreet: div#comments > div.comment-wrapper#comment_wrapper_id_N (nested) > section.comment#comment_id_N with ul.comment-info, div.comment-content."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 40210 + i
        up = ""
        if c.parent is not None:
            up = f'<li class="goto goto-comment-parent"><a href="#comment{40210 + c.parent}" onclick="ls.comments.goToParentComment({cid},{40210 + c.parent}); return false;" title="Ответ на">↑</a></li>'
        return f"""<div class="comment-wrapper" id="comment_wrapper_id_{cid}">
<section id="comment_id_{cid}" class="comment{" comment-self" if c.author == p.byline else ""}">
<a name="comment{cid}"></a>
<a href="/profile/{e(c.author)}/"><img src="/uploads/avatar_48x48_{i}.png" alt="avatar" class="comment-avatar"></a>
<ul class="comment-info">
<li class="comment-author"><a href="/profile/{e(c.author)}/">{e(c.author)}</a></li>
<li class="comment-date"><a href="#comment{cid}" class="link-dotted" title="Ссылка на комментарий"><time datetime="{c.when}+03:00">{e(c.shown)}</time></a></li>
{up}<li id="vote_area_comment_{cid}" class="vote vote-count-positive"><div class="vote-up"></div><span class="vote-count" id="vote_total_comment_{cid}">+{(i * 2 + 1) % 6}</span><div class="vote-down"></div></li>
</ul>
<div id="comment_content_id_{cid}" class="comment-content"><div class="text">{e(c.text)}</div></div>
<ul class="comment-actions"><li><a href="#" onclick="ls.comments.toggleCommentForm({cid}); return false;" class="reply-link link-dotted">Ответить</a></li></ul>
</section>
{sub}</div>"""

    items = tree(p, item, lambda s: s)
    stream = "".join(
        f'<li class="js-title-comment"><a href="/profile/{e(who)}/" class="author">{e(who)}</a> → <a href="/blog/kitchen/{900 + k}.html#comment{39000 + k}" class="stream-topic">{e(post)}</a> <span class="block-item-comments">{3 + k}</span></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="container"><header id="header" role="banner"><hgroup class="site-info"><h1 class="site-name"><a href="/">{e(p.site)}</a></h1><h2 class="site-description">Рецепты и заготовки с огорода</h2></hgroup></header>
<nav id="nav"><ul class="nav nav-main"><li><a href="/">Главная</a></li><li><a href="/blogs/">Блоги</a></li><li><a href="/people/">Люди</a></li><li><a href="/stream/">Активность</a></li></ul></nav>
<div id="wrapper"><div id="content" role="main">
<article class="topic topic-type-topic js-topic"><header class="topic-header"><h1 class="topic-title word-wrap">{e(p.title)}</h1><div class="topic-info"><a href="/blog/kitchen/" class="topic-blog">Заготовки</a></div></header>
<div class="topic-content text">
{paras(p.article)}
</div>
<footer class="topic-footer"><ul class="topic-tags js-favourite-insert-after-form"><li>Теги:</li><li><a rel="tag" href="/tag/капуста/">капуста</a>, </li><li><a rel="tag" href="/tag/заготовки/">заготовки</a></li></ul>
<ul class="topic-info"><li class="topic-info-author"><a href="/profile/{e(p.byline)}/"><img src="/uploads/avatar_24x24.png" alt="avatar" class="avatar"></a><a rel="author" href="/profile/{e(p.byline)}/">{e(p.byline)}</a></li><li class="topic-info-date"><time datetime="{p.when}+03:00">{e(p.date_shown)}</time></li><li class="topic-info-favourite"><i class="icon-favourite"></i><span class="favourite-count">12</span></li><li id="vote_area_topic_902" class="vote vote-count-positive"><div class="vote-item vote-up"><i></i></div><div class="vote-item vote-count"><span id="vote_total_topic_902">+24</span></div><div class="vote-item vote-down"><i></i></div></li></ul></footer></article>
<div class="comments" id="comments"><header class="comments-header"><h3><span id="count-comments">5</span> комментариев</h3><div class="subscribe"><input type="checkbox" id="comment_subscribe" class="input-checkbox"><label for="comment_subscribe">Подписаться на новые комментарии</label></div><a name="comments"></a></header>
{items}
</div>
<h4 class="reply-header" id="comment_id_0"><a href="#" class="link-dotted">Написать комментарий</a></h4>
<div class="comments-not-allowed">Только зарегистрированные и авторизованные пользователи могут оставлять комментарии.</div></div>
<aside id="sidebar"><section class="block block-type-stream"><header class="block-header"><h3>Прямой эфир</h3></header><div class="block-content"><ul class="latest-list">{stream}</ul></div></section><section class="block"><header class="block-header"><h3>Блоги</h3></header><div class="block-content"><ul>{"".join(f'<li><a href="/blog/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></section></aside></div>
<footer id="footer"><div class="copyright">Работает на <a href="https://livestreetcms.example">LiveStreet CMS</a></div></footer></div>"""
    return shell(p, body)


def r_diario_es(p: Page) -> str:
    """A Spanish daily's own comments: article.comentario blocks; answers in div.respuestas, each opening 'Respuesta a Nombre', one level deep."""

    def block(i: int, root: bool) -> str:
        c = p.comments[i]
        badge = f' <span class="comentario__badge">{e(c.extra)}</span>' if c.extra else ""
        to = ""
        if not root and c.parent is not None:
            to = f'<p class="comentario__respuesta-a">Respuesta a <a href="#c-{5150 + c.parent}">{e(p.comments[c.parent].author)}</a></p>'
        return f"""<article class="comentario{"" if root else " comentario--respuesta"}" id="c-{5150 + i}" data-id="{5150 + i}">
<header class="comentario__cabecera"><strong class="comentario__autor">{e(c.author)}</strong>{badge} <time class="comentario__fecha" datetime="{c.when}+01:00">{e(c.shown)}</time></header>
{to}<div class="comentario__texto"><p>{e(c.text)}</p></div>
<footer class="comentario__acciones"><button class="comentario__like">Me gusta ({(i * 3 + 5) % 9})</button> <button class="comentario__dislike">No me gusta ({i % 2})</button> <a class="comentario__responder" href="#form-comentario">Responder</a> <a class="comentario__denunciar" href="#">Denunciar</a></footer></article>"""

    def root_of(i: int) -> int:
        while p.comments[i].parent is not None:
            i = p.comments[i].parent  # type: ignore[assignment]
        return i

    out = []
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            continue
        answers = [j for j, d in enumerate(p.comments) if d.parent is not None and root_of(j) == i]
        inner = ""
        if answers:
            inner = (
                '<div class="respuestas">'
                + "\n".join(block(j, False) for j in answers)
                + '<button class="respuestas__mas">Ver 2 respuestas más</button></div>'
            )
        out.append(f'<div class="hilo">{block(i, True)}{inner}</div>')
    body = f"""<div class="aviso-cookies"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios.</p><button>Aceptar</button> <button>Configurar</button></div>
<header class="cabecera"><a class="cabecera__logo" href="/">{e(p.site)}</a>{nav(p, "cabecera__menu")}</header>
<main class="principal"><article class="noticia"><p class="noticia__seccion"><a href="/comarcas/">Comarcas</a></p><h1 class="noticia__titulo">{e(p.title)}</h1><p class="noticia__entradilla">La naviera prevé una escala semanal entre abril y octubre.</p>
<div class="noticia__firma"><span>{e(p.byline)}</span> <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> <a href="#comentarios-noticia">5 comentarios</a></div>
<figure class="noticia__foto"><img src="/img/muelle.jpg" alt="El muelle de Amposta"><figcaption>El muelle fluvial de Amposta, donde atracará el barco. Foto: D. B. E.</figcaption></figure>
<div class="noticia__cuerpo">
{paras(p.article)}
</div>
<div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></article>
<section id="comentarios-noticia" class="comentarios"><h2>Comentarios (5)</h2><p class="comentarios__normas"><a href="/normas-participacion">Normas de participación</a></p>
<div class="lista-comentarios">
{chr(10).join(out)}
</div>
<button class="comentarios__cargar">Cargar más comentarios</button>
<div id="form-comentario" class="comentarios__form"><p>Escribe tu comentario</p><p>Solo los suscriptores pueden comentar. <a href="/suscripcion">Suscríbete</a></p></div></section>
{related(p)}</main>
<aside class="lateral"><section class="caja"><h3>Lo más leído</h3><ol><li><a href="/m1">Cortes de agua en Deltebre este jueves</a></li><li><a href="/m2">La Festa del Riu ya tiene fechas</a></li></ol></section></aside>
{footer(p)}"""
    return shell(p, body)


def r_avis_fr(p: Page) -> str:
    """A French recipe page: the recipe = article; review cards (pseudo, note /5, 'le 03/03/2025', text, 'Utile (N)'); the author's answer under a review."""
    kids = children_of(p)
    cards = []
    for i in kids.get(None, []):
        c = p.comments[i]
        note = c.extra.split("/")[0]
        answers = "".join(
            f'<div class="review-answer"><p class="review-answer__title">Réponse de l\'auteur</p><span class="review-author">{e(p.comments[j].author)}</span> <span class="review-date">{e(p.comments[j].shown)}</span><p class="review-text">{e(p.comments[j].text)}</p></div>'
            for j in kids.get(i, [])
        )
        cards.append(f"""<div class="recipe-review" id="review-{7730 + i}"><div class="recipe-review__header"><span class="review-author">{e(c.author)}</span> <span class="recipe-review__note" aria-label="Note : {note} sur 5">{e(c.extra)}</span> <span class="review-date">{e(c.shown)}</span></div>
<p class="review-text">{e(c.text)}</p>
<div class="recipe-review__actions"><button class="review-useful">Utile ({(i * 2 + 3) % 7})</button> <a class="review-report" href="#">Signaler</a></div>{answers}</div>""")
    paras_ = p.article.split("\n\n")
    body = f"""<header class="header"><a class="header__logo" href="/">{e(p.site)}</a><nav class="header__nav"><a href="/recettes/">Recettes</a> <a href="/menus/">Menus</a> <a href="/astuces/">Astuces</a></nav></header>
<main class="recipe-page"><div class="recipe-header"><h1 class="recipe-title">{e(p.title)}</h1><div class="recipe-header__rating"><span>4,5/5</span> <a href="#avis">(4 avis)</a></div><div class="recipe-infos"><span>Préparation : 20 min</span> <span>Cuisson : 35 min</span> <span>Facile</span> <span>Bon marché</span></div></div>
<div class="recipe-media"><img src="/img/tarte-poireaux.jpg" alt="Tarte aux poireaux"></div>
<div class="recipe-ingredients"><h2>Ingrédients</h2><ul><li>1 pâte brisée</li><li>3 poireaux</li><li>3 œufs</li><li>20 cl de crème fraîche</li><li>100 g de comté râpé</li></ul></div>
<div class="recipe-preparation"><h2>Préparation</h2><p class="recipe-intro">{e(paras_[0])}</p><ol class="recipe-steps"><li class="recipe-step"><h3>Étape 1</h3><p>{e(paras_[1])}</p></li><li class="recipe-step"><h3>Étape 2</h3><p>{e(paras_[2])}</p></li></ol></div>
<div class="recipe-author-note"><h3>Note de l'auteur</h3><p>Proposée par <a href="/auteur/chef-mireille">{e(p.byline)}</a> le {e(p.date_shown)}</p></div>
<div class="newsletter-box"><p>Recevez chaque semaine nos meilleures recettes</p><form><input type="email" placeholder="Votre e-mail"><button>Je m'inscris</button></form></div>
<section class="recipe-reviews" id="avis"><h2>Avis (4)</h2><div class="recipe-reviews__average"><span>4,5/5</span> sur 4 avis</div>
{chr(10).join(cards)}
<a class="recipe-reviews__all" href="/recettes/tarte-poireaux-comte/avis">Voir tous les avis</a><button class="recipe-reviews__write">Donner mon avis</button></section>
<section class="similar-recipes"><h2>Recettes similaires</h2><ul>{"".join(f'<li><a href="/recettes/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section></main>
{footer(p)}"""
    return shell(p, body)


def r_wechat(p: Page) -> str:
    """WeChat article: div#js_content; '精选留言' in div#js_cmt_area, li.discuss_item with strong.nickname, the author's answers in ul.reply_result '作者'."""
    kids = children_of(p)
    items = []
    for i in kids.get(None, []):
        c = p.comments[i]
        replies = "".join(
            f'<ul class="reply_result"><li class="reply_item"><div class="reply_author"><strong class="nickname">作者</strong></div><div class="discuss_message"><div class="discuss_message_content">{e(p.comments[j].text)}</div></div><div class="discuss_extra_info">{e(p.comments[j].shown)}<span class="discuss_opr"><span class="praise_num">{(j * 7 + 3) % 40}</span></span></div></li></ul>'
            for j in kids.get(i, [])
        )
        items.append(f"""<li class="js_comment_item discuss_item" id="cid{100 + i}"><div class="discuss_item_hd"><div class="user_info"><img class="avatar" src="/mmhead/{i}/132" alt=""><strong class="nickname">{e(c.author)}</strong></div><div class="discuss_opr"><span class="media_tool_meta meta_praise js_comment_praise"><i class="icon_praise_gray"></i><span class="praise_num">{(i * 11 + 8) % 90}</span></span></div></div>
<div class="discuss_message"><div class="discuss_message_content">{e(c.text)}</div></div><div class="discuss_extra_info">{e(c.shown)}</div>
{replies}</li>""")
    body = f"""<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{e(p.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{e(p.byline)}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">{e(p.date_shown)}</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于浙江</em></div>
<div class="rich_media_content js_underline_content" id="js_content">
{paras(p.article)}
<p style="text-align: center;"><img data-src="/mmbiz_jpg/hundun.jpg" alt=""></p>
<p style="text-align: center;"><span style="color: #888;">老陈的馄饨摊，摄于二月</span></p>
</div>
<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta"><span id="readNum3">阅读 2.1万</span></div><div class="media_tool_meta"><span class="praise_num" id="likeNum3">赞 856</span></div><div class="media_tool_meta"><span id="js_like_btn">在看 312</span></div></div></div>
<div class="rich_media_area_extra"><div class="rich_media_extra rich_media_extra_discuss" id="js_cmt_area"><div class="discuss_container" id="js_cmt_main"><div class="mod_title_context"><strong class="mod_title">精选留言</strong><p class="tips_global tr title_bottom_tips"><a href="javascript:;" id="js_cmt_write">写留言</a></p></div>
<ul class="discuss_list" id="js_cmt_list">
{chr(10).join(items)}
</ul></div><div class="rich_tips tips_global loading_tips" id="js_cmt_nomore"><span class="tips">已无更多数据</span></div></div>
<div class="rich_media_extra"><strong>推荐阅读</strong><ul>{"".join(f'<li><a href="/s/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></div></div></div></div></div>"""
    return shell(p, body)


def r_twentyten(p: Page) -> str:
    """Twenty Ten: li#li-comment-N > div#comment-N (div.comment-author.vcard cite.fn 'says:', div.comment-meta date link, div.comment-body, div.reply); a pingback."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 1010 + i
        ping = ""
        if i == 4:
            ping = """<li class="post pingback"><p>Pingback: <a href="https://forthcoast-heritage.example/links-march" class="url" rel="ugc external nofollow">Forth Coast Heritage &raquo; Links for March</a></p></li>
"""
        return f"""{ping}<li class="comment {"even" if i % 2 == 0 else "odd"} thread-even depth-{depth(p, i) + 1}{" bypostauthor" if c.author == p.byline else ""}" id="li-comment-{cid}">
<div id="comment-{cid}">
<div class="comment-author vcard">
<img alt="" src="/avatar/{i}?s=40" class="avatar avatar-40 photo" height="40" width="40"><cite class="fn">{e(c.author)}</cite> <span class="says">says:</span>
</div><!-- .comment-author .vcard -->
<div class="comment-meta commentmetadata"><a href="/2025/03/03/ships-barometer/#comment-{cid}">{e(c.shown)}</a></div><!-- .comment-meta .commentmetadata -->
<div class="comment-body"><p>{e(c.text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" aria-label="Reply to {e(c.author)}">Reply</a></div><!-- .reply -->
</div><!-- #comment-## -->
{sub}</li>"""

    items = tree(p, item, lambda s: f'<ul class="children">\n{s}\n</ul><!-- .children -->\n')
    body = f"""<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner"><div id="site-title"><span><a href="/" rel="home">{e(p.site)}</a></span></div><div id="site-description">Old things from the sea, made to work again</div><img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt=""></div>
<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content">Skip to content</a></div>{nav(p, "menu-header")}</div></div></div>
<div id="main"><div id="container"><div id="content" role="main">
<div id="nav-above" class="navigation"><div class="nav-previous"><a href="/0/" rel="prev"><span class="meta-nav">&larr;</span> {e(p.related[0])}</a></div><div class="nav-next"><a href="/1/" rel="next">{e(p.related[1])} <span class="meta-nav">&rarr;</span></a></div></div>
<div id="post-73" class="post-73 post type-post status-publish format-standard hentry category-restoration">
<h1 class="entry-title">{e(p.title)}</h1>
<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="/2025/03/03/ships-barometer/" rel="bookmark"><span class="entry-date">{e(p.date_shown)}</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/duncan/">{e(p.byline)}</a></span></div>
<div class="entry-content">
{paras(p.article)}
</div>
<div class="entry-utility">This entry was posted in <a href="/category/restoration/" rel="category tag">Restoration</a>. Bookmark the <a href="/2025/03/03/ships-barometer/" rel="bookmark">permalink</a>.</div>
</div>
<div id="comments">
<h3 id="comments-title">5 Responses to <em>{e(p.title)}</em></h3>
<ol class="commentlist">
{items}
</ol>
<div class="navigation"><div class="nav-previous"><a href="/2025/03/03/ships-barometer/comment-page-1/#comments"><span class="meta-nav">&larr;</span> Older Comments</a></div><div class="nav-next"></div></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p><p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div><!-- #comments -->
</div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo"><li>{recent_widget(p)}</li><li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="/2025/03/">March 2025</a></li><li><a href="/2025/02/">February 2025</a></li></ul></li></ul></div></div>
<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" rel="home">{e(p.site)}</a></div><div id="site-generator"><a href="https://wordpress.org/">Proudly powered by WordPress.</a></div></div></div></div>"""
    return shell(p, body)


def r_wpdiscourse(p: Page) -> str:
    """WP-Discourse: 'Notable Replies', flat li.comment depth-1 items (b.fn link to the topic, date only), cooked bodies with Discourse quote asides; participants."""
    topic = "https://forum.signalandgain.example/t/why-my-homebrew-preamp-hums/1184"
    items = []
    for c in p.comments:
        quote = ""
        if c.parent is not None:
            src = p.comments[c.parent]
            quote = f'<aside class="quote no-group" data-username="{e(src.author)}" data-post="{c.parent + 2}" data-topic="1184"><div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/{e(src.author)}/48.png" class="avatar"> {e(src.author)}:</div><blockquote><p>{e(src.text.split(". ")[0].split("? ")[0])}</p></blockquote></aside>'
        items.append(f"""<li class="comment even thread-even depth-1">
<article class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard">
<img alt="" src="https://forum.signalandgain.example/user_avatar/{e(c.author)}/64.png" class="avatar avatar-64 photo avatar-default" height="64" width="64">
<b class="fn"><a href="{topic}" rel="external" class="url">{e(c.author)}</a></b>
<span class="says">says:</span><!-- screen reader text -->
</div>
<div class="comment-metadata"><time pubdate="" datetime="{e(c.shown)}">{e(c.shown)}</time></div>
</footer>
<div class="comment-content">{quote}<p>{e(c.text)}</p></div>
</article>
</li>""")
    parts = "".join(
        f'<img alt="" src="https://forum.signalandgain.example/user_avatar/{e(n)}/25.png" class="avatar avatar-25 photo avatar-default" height="25" width="25">'
        for n in ("oscar_t", "lindqvist", "Priya Raman", "hwang_j")
    )
    body = f"""<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(p.site)}</a></p><p class="site-description">Valves, solder and patience</p></div>{nav(p, "main-navigation")}</header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-611" class="post-611 post type-post status-publish hentry category-builds"><header class="entry-header"><h1 class="entry-title">{e(p.title)}</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{p.when}+00:00">{e(p.date_shown)}</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/priya/">{e(p.byline)}</a></span></span></div></header>
<div class="entry-content">
{paras(p.article)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/builds/" rel="category tag">Builds</a></span></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/0/" rel="prev">{e(p.related[0])}</a></div><div class="nav-next"><a href="/1/" rel="next">{e(p.related[1])}</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">Notable Replies</h2>
<ol class="comment-list">{"".join(items)}</ol>
<div class="respond comment-respond">
<h3 id="reply-title" class="comment-reply-title"><a href="{topic}">Continue the discussion forum.signalandgain.example</a></h3>
<p class="more-replies">2 more replies</p>
<div class="comment-reply-title"><h4 class="discourse-participants">Participants</h4><p>{parts}</p></div>
</div><!-- #respond -->
</div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{"".join(f'<li><a href="/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_gitea(p: Page) -> str:
    """Gitea issue: timeline-item comments (a.author, relative-time, role labels, render-content + hidden raw-content), event items between them."""
    first = f"""<div id="issue-212" class="timeline-item comment first"><a class="timeline-avatar" href="/{e(p.byline)}"><img class="ui avatar tw-align-middle" src="/avatars/{e(p.byline)}" alt="" width="40" height="40"></a>
<div class="content comment-container"><div class="ui top attached header comment-header tw-flex tw-items-center tw-justify-between" role="heading" aria-level="3"><div class="comment-header-left tw-flex tw-items-center"><span class="text grey muted-links"><a class="author" href="/{e(p.byline)}">{e(p.byline)}</a> commented <relative-time class="time-since" prefix="" tense="past" datetime="{p.when}Z" data-tooltip-content data-tooltip-interactive="true">6 days ago</relative-time></span></div><div class="comment-header-right actions tw-flex tw-items-center"><div class="ui basic label">Author</div></div></div>
<div class="ui attached segment comment-body" role="article"><div class="render-content markup">
{paras(p.article)}
</div><div id="issue-212-raw" class="raw-content tw-hidden">{e(p.article)}</div><div class="edit-content-zone tw-hidden" data-update-url="/tidepool/tidepool/issues/212/content"></div></div></div></div>"""
    events = {
        0: '<div class="timeline-item event" id="issuecomment-4401"><span class="badge"><svg class="svg octicon-tag"></svg></span><a class="avatar" href="/jsaarinen"><img class="ui avatar" src="/avatars/jsaarinen" width="24" height="24" alt=""></a><span class="text grey muted-links"><a class="author" href="/jsaarinen">jsaarinen</a> added the <a class="ui label" href="/tidepool/tidepool/issues?labels=3">bug</a> label <relative-time class="time-since" datetime="2025-03-03T10:15:00Z">3 days ago</relative-time></span></div>',
        2: '<div class="timeline-item event" id="issuecomment-4404"><span class="badge"><svg class="svg octicon-person"></svg></span><a class="avatar" href="/jsaarinen"><img class="ui avatar" src="/avatars/jsaarinen" width="24" height="24" alt=""></a><span class="text grey muted-links"><a class="author" href="/jsaarinen">jsaarinen</a> self-assigned this <relative-time class="time-since" datetime="2025-03-03T12:04:00Z">3 days ago</relative-time></span></div>',
    }
    items = [first]
    for i, c in enumerate(p.comments):
        if i in events:
            items.append(events[i])
        quote_md = ""
        quote = ""
        if c.parent is not None:
            line = p.comments[c.parent].text.split(". ")[0] + "."
            quote = f"<blockquote>\n<p>{e(line)}</p>\n</blockquote>\n"
            quote_md = f"&gt; {e(line)}\n\n"
        cid = 4402 + i * 3
        react = (
            '<div class="bottom-reactions"><div class="ui label basic"><span class="reaction">👍</span><span class="reaction-count">2</span></div></div>'
            if i == 3
            else ""
        )
        items.append(f"""<div class="timeline-item comment" id="issuecomment-{cid}"><a class="timeline-avatar" href="/{e(c.author)}"><img class="ui avatar tw-align-middle" src="/avatars/{e(c.author)}" alt="" width="40" height="40"></a>
<div class="content comment-container"><div class="ui top attached header comment-header tw-flex tw-items-center tw-justify-between" role="heading" aria-level="3"><div class="comment-header-left tw-flex tw-items-center"><span class="text grey muted-links"><a class="author" href="/{e(c.author)}">{e(c.author)}</a> commented <a class="muted" href="#issuecomment-{cid}"><relative-time class="time-since" prefix="" tense="past" datetime="{c.when}Z" data-tooltip-content data-tooltip-interactive="true">{e(c.shown)}</relative-time></a></span></div><div class="comment-header-right actions tw-flex tw-items-center"><div class="ui basic label role-label" data-tooltip-content="This user is the {e(c.extra.lower())} of this repository.">{e(c.extra)}</div><div class="item context js-aria-clickable" aria-label="Comment menu">…</div></div></div>
<div class="ui attached segment comment-body" role="article"><div class="render-content markup">
{quote}<p>{e(c.text)}</p>
</div><div id="issuecomment-{cid}-raw" class="raw-content tw-hidden">{quote_md}{e(c.text)}</div><div class="edit-content-zone tw-hidden"></div>{react}</div></div></div>""")
    items.append(
        '<div class="timeline-item event" id="issuecomment-4420"><span class="badge tw-bg-red tw-text-white"><svg class="svg octicon-circle-slash"></svg></span><a class="avatar" href="/jsaarinen"><img class="ui avatar" src="/avatars/jsaarinen" width="24" height="24" alt=""></a><span class="text grey muted-links"><a class="author" href="/jsaarinen">jsaarinen</a> closed this issue <relative-time class="time-since" datetime="2025-03-04T16:30:00Z">2 days ago</relative-time></span></div>'
    )
    body = f"""<div class="full height"><nav id="navbar" aria-label="Navigation Bar"><div class="navbar-left ui secondary menu"><a class="item" id="navbar-logo" href="/" aria-label="Home"><img width="30" height="30" src="/assets/img/logo.svg" alt="Logo"></a><a class="item" href="/explore/repos">Explore</a><a class="item" href="/user/sign_up">Register</a><a class="item" href="/user/login">Sign In</a></div></nav>
<div role="main" aria-label="{e(p.title)}" class="page-content repository view issue pull"><div class="secondary-nav"><div class="ui container"><div class="repo-header"><div class="flex-item tw-items-center"><div class="flex-item-main"><div class="flex-item-title"><a class="muted tw-font-normal" href="/tidepool">tidepool</a>/<a class="muted" href="/tidepool/tidepool">tidepool</a></div></div></div></div>
<div class="ui container secondary pointing tabular top attached borderless menu new-menu navbar"><a class="item" href="/tidepool/tidepool">Code</a><a class="active item" href="/tidepool/tidepool/issues">Issues <span class="ui small label">14</span></a><a class="item" href="/tidepool/tidepool/pulls">Pull Requests</a><a class="item" href="/tidepool/tidepool/releases">Releases</a></div></div></div>
<div class="ui container"><div class="issue-title-header"><div class="issue-title" id="issue-title-display"><h1 class="tw-break-anywhere"><span id="issue-title">{e(p.title.rsplit(" #", 1)[0])}</span> <span class="index">#212</span></h1></div>
<div class="issue-title-meta"><div class="ui red label issue-state-label"><svg class="svg octicon-issue-closed"></svg> Closed</div><div class="tw-ml-2"><a class="author" href="/{e(p.byline)}">{e(p.byline)}</a> opened this issue <relative-time class="time-since" datetime="{p.when}Z">6 days ago</relative-time> · 4 comments</div></div></div>
<div class="issue-content"><div class="issue-content-left comment-list prevent-before-timeline"><div class="ui timeline">
{chr(10).join(items)}
<div class="timeline-item comment form"><div class="ui warning message">Sign in to join this conversation.</div></div>
</div></div>
<div class="issue-content-right ui segment"><div class="ui list"><span class="text"><strong>Labels</strong></span><div class="labels-list"><a class="ui label" href="/tidepool/tidepool/issues?labels=3">bug</a></div></div><div class="divider"></div><div class="ui list"><span class="text"><strong>No Milestone</strong></span></div><div class="divider"></div><div class="ui list"><span class="text"><strong>Assignees</strong></span><a class="item" href="/jsaarinen">jsaarinen</a></div><div class="divider"></div><span class="text"><strong>3 Participants</strong></span><div class="ui list tw-flex tw-flex-wrap"><a href="/jsaarinen" data-tooltip-content="jsaarinen"><img class="ui avatar" src="/avatars/jsaarinen" width="28" height="28" alt=""></a><a href="/wkramer" data-tooltip-content="wkramer"><img class="ui avatar" src="/avatars/wkramer" width="28" height="28" alt=""></a><a href="/meiling-z" data-tooltip-content="meiling-z"><img class="ui avatar" src="/avatars/meiling-z" width="28" height="28" alt=""></a></div>
<div class="divider"></div><span class="text"><strong>Related</strong></span><ul>{"".join(f"<li>{e(t)}</li>" for t in p.related)}</ul></div></div></div></div>
<footer class="page-footer" role="group" aria-label="Footer"><div class="left-links">Powered by Gitea Version: 1.23.4 Page: <strong>31ms</strong> Template: <strong>4ms</strong></div></footer></div>"""
    return shell(p, body)


def r_leserkommentare_de(p: Page) -> str:
    """A German daily's reader comments: div#leserkommentare > ol of li#commentNNNNNN headed 'Name schrieb:' + dated permalink; answers in ul.antworten."""

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        cid = 123456 + i * 7
        badge = f' <span class="lk-badge">{e(c.extra)}</span>' if c.extra else ""
        ans = f'<ul class="antworten">\n{sub}\n</ul>' if sub else ""
        return f"""<li id="comment{cid}"><div class="lk-kopf"><strong>{e(c.author)} schrieb:</strong>{badge} <a class="lk-datum" href="#comment{cid}">{e(c.shown)}</a></div>
<div class="kommentar-text"><p>{e(c.text)}</p></div>
<div class="lk-aktionen"><button class="lk-empfehlen">Empfehlen ({(i * 5 + 4) % 17})</button> <a href="#lk-form" class="lk-antworten">Antworten</a> <a href="/kommentar-melden/{cid}" class="lk-melden">Melden</a></div>
{ans}</li>"""

    items = tree(p, item, lambda s: s)
    body = f"""<div class="cmp-banner"><p>Wir verwenden Cookies und ähnliche Technologien. Mit „Akzeptieren“ stimmen Sie der Nutzung zu.</p><button>Akzeptieren</button> <button>Einstellungen</button></div>
<header class="kopf"><a class="kopf__logo" href="/">{e(p.site)}</a>{nav(p, "kopf__navigation")}<a class="kopf__abo" href="/abo">Abo</a></header>
<div class="seite"><main class="inhalt"><article class="artikel"><p class="artikel__dachzeile">Emmerthal</p><h1 class="artikel__titel">{e(p.title)}</h1>
<p class="artikel__vorspann">Nach der Erneuerung des Anlegers startet die Saison am 5. April.</p>
<div class="artikel__meta"><span class="artikel__autor">{e(p.byline)}</span> <time datetime="{p.when}+01:00">{e(p.date_shown)}</time> <a href="#leserkommentare">5 Kommentare</a></div>
<figure class="artikel__bild"><img src="/bilder/faehre.jpg" alt="Die Gierseilfähre bei Grohnde"><figcaption>Die Fähre bei Grohnde im vergangenen Sommer. Foto: Archiv</figcaption></figure>
<div class="artikel__text">
{paras(p.article)}
</div>
<aside class="artikel__auch"><strong>Lesen Sie auch:</strong> <a href="/r/0">{e(p.related[0])}</a></aside></article>
<section id="leserkommentare"><h2>Leserkommentare (5)</h2><p class="lk-hinweis">Bitte beachten Sie unsere <a href="/netiquette">Netiquette</a>.</p>
<ol class="kommentarliste">
{items}
</ol>
<button class="lk-mehr">Weitere Kommentare anzeigen</button>
<form id="lk-form" class="lk-form"><h3>Kommentar schreiben</h3><label>Ihr Name (erforderlich) <input type="text" name="name"></label><label>Ihr Kommentar <textarea name="text"></textarea></label><button>Absenden</button></form></section>
{related(p)}</main>
<aside class="rand"><section class="box"><h3>Meistkommentiert</h3><ol><li><a href="/m1">Neue Ampel an der B83 sorgt für Staus</a></li><li><a href="/m2">Freibad Hameln: Saisonstart verschoben</a></li></ol></section></aside></div>
{footer(p)}"""
    return shell(p, body)


def r_blogengine(p: Page) -> str:
    """BlogEngine.NET: div#id_<GUID>.clearfix.vcard.comment > div.comment-contents (comment-header with fn + a.comment-datetime, p text, reply-to); div.comment-replies."""

    def guid(i: int) -> str:
        return f"{0x3F2A10C4 + i * 7919:08x}-5b1e-4c7a-9e2d-{i:04d}a1b2c3d4"

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        g = guid(i)
        own = " self" if c.author == p.byline else ""
        name = (
            f'<a href="https://{i}.dev.example" rel="nofollow" class="url fn">{e(c.author)}</a>'
            if i % 2 == 0
            else f'<span class="fn">{e(c.author)}</span>'
        )
        flag = (
            '<img src="/pics/flags/ru.png" class="country-flag" alt="RU" title="Россия" /> '
            if i in (0, 2)
            else ""
        )
        hide = "" if sub else ' style="display:none;"'
        return f"""<div id="id_{g}" class=" clearfix vcard comment{own}">
<div class="comment-contents clearfix">
<div class="float-left gravatar"><img class="photo" src="/pics/noavatar.jpg" alt="{e(c.author)}" width="72" height="72" /></div>
<div class="float-left comment-content">
<div class="comment-header clearfix">
{flag}{name}
<a class="comment-datetime float-right">{e(c.shown)}</a>
</div>
<p>{e(c.text)}</p>
<div class="text-right reply-to"><a href="javascript:void(0);" class="reply-to-comment" onclick="BlogEngine.replyToComment('{g}');">ответить</a><div></div></div>
</div>
</div>
<div class="comment-replies" id="replies_{g}"{hide}>
{sub}
</div>
</div>"""

    items = tree(p, item, lambda s: s)
    side = "".join(
        f'<li><a href="/post/{k}">{e(post)}</a> ({e(who)})</li>' for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<div id="header"><p><a href="/">{e(p.site)}</a></p><span>Код, сборка, релиз</span></div>
<div id="menu"><ul><li><a href="/">Главная</a></li><li><a href="/archive.aspx">Архив</a></li><li><a href="/contact.aspx">Контакты</a></li><li><a href="/syndication.axd">Подписка</a></li></ul></div>
<div id="content"><div id="main">
<div class="post xfolkentry" id="post0"><h1><a href="/post/uskorenie-sborki" class="taggedlink">{e(p.title)}</a></h1>
<span class="author">Автор: <a href="/author/Alexey.aspx">{e(p.byline)}</a></span> <span class="pubDate">{e(p.date_shown)} 08:30</span>
<div class="text">
{paras(p.article)}
</div>
<div class="bottom"><p class="tags">Метки: <a href="/?tag=/msbuild" rel="tag">msbuild</a>, <a href="/?tag=/ci" rel="tag">ci</a></p><p class="categories">Категории: <a href="/category/dotnet">.NET</a></p></div>
<div class="footer"><div class="bookmarks"><a rel="nofollow" href="#">Поделиться</a></div><a rel="bookmark" href="/post/uskorenie-sborki">Ссылка</a> | <a rel="nofollow" href="/post/uskorenie-sborki#comment">Комментарии (5)</a> | <a rel="nofollow" href="/post.aspx?id=1">RSS</a></div></div>
<div id="relatedPosts"><p>Похожие записи</p><div>{"".join(f'<a href="/post/{k}">{e(t)}</a><span>Краткое описание записи…</span>' for k, t in enumerate(p.related))}</div></div>
<div id="commentlist"><h3 id="comment">Комментарии (5)</h3>
{items}
</div>
<div id="comment-form"><img src="/pics/ajax-loader.gif" alt="Сохранение комментария" style="display:none" /><h3 id="addcomment">Добавить комментарий</h3><label for="txtName">Имя*</label><input type="text" id="txtName" /><br /><label for="txtEmail">E-mail*</label><input type="text" id="txtEmail" /><br /><label for="txtWebsite">Сайт</label><input type="text" id="txtWebsite" /><br /><label for="txtContent">Комментарий</label><textarea id="txtContent" cols="50" rows="10"></textarea><br /><input type="button" id="btnSaveAjax" value="Сохранить комментарий" /></div></div>
<div id="sidepanel"><div class="widget recentcomments"><h4>Последние комментарии</h4><div class="content"><ul id="recentComments">{side}</ul></div></div><div class="widget tagcloud"><h4>Метки</h4><div class="content"><ul><li><a href="/?tag=/msbuild">msbuild</a></li><li><a href="/?tag=/ci">ci</a></li></ul></div></div></div></div>
<div id="footer"><p>Работает на <a href="https://blogengine.io/">BlogEngine.NET</a> 3.3.8.0</p></div>"""
    return shell(p, body)


def r_neve(p: Page) -> str:
    """Neve: li#comment-item-N > article.nv-comment-article; the li is closed before its replies, which sit in a sibling li.children > ol."""
    kids = children_of(p)

    def level(parent: int | None) -> str:
        out = []
        for i in kids.get(parent, []):
            c = p.comments[i]
            cid = 520 + i
            own = " bypostauthor" if c.author == p.byline else ""
            out.append(f"""<li class="comment {"even" if i % 2 == 0 else "odd"} depth-{depth(p, i) + 1}{own}" id="comment-item-{cid}">
<article id="comment-{cid}" class="nv-comment-article"><div class="nv-comment-avatar"><img alt="" src="/avatar/{i}?s=50" class="avatar avatar-50 photo" height="50" width="50"></div><div class="comment-content">
<div class="nv-comment-header">
<div class="comment-author vcard"><span class="fn author">{e(c.author)}</span> <a href="/ruta-del-cares/#comment-{cid}"><time class="entry-date published" datetime="{c.when}+01:00" content="{c.when[:10]}">{e(c.shown)}</time></a></div>
<div class="edit-reply"><span class="nv-reply-link"><a rel="nofollow" class="comment-reply-link" href="?replytocom={cid}#respond" data-commentid="{cid}" aria-label="Responder a {e(c.author)}">Responder</a></span></div>
</div>
<div class="nv-comment-content comment nv-content-wrap"><p>{e(c.text)}</p></div>
</div></article>
</li>""")
            if kids.get(i):
                out.append(
                    f'<li class="children" role="listitem"><ol>{level(i)}</ol></li><!-- close children li -->'
                )
        return "\n".join(out)

    body = f"""<div class="wrapper"><header class="header" role="banner"><div class="hfg_header site-header"><div class="header-main"><div class="container"><div class="builder-item"><div class="site-logo"><a class="brand" href="/" title="{e(p.site)}"><p class="site-title">{e(p.site)}</p></a></div></div><div class="builder-item">{nav(p, "nv-nav-wrap")}</div></div></div></div></header>
<main id="content" class="neve-main"><div class="container single-post-container"><div class="row"><article id="post-340" class="nv-single-post-wrap col post-340 post type-post status-publish">
<div class="entry-header"><div class="nv-title-meta-wrap"><small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><a href="/">Inicio</a> » <a href="/asturias/">Asturias</a></small><h1 class="title entry-title">{e(p.title)}</h1><ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">por <a href="/author/nerea/" rel="author">{e(p.byline)}</a></span></li><li class="meta date posted-on"><time class="entry-date published" datetime="{p.when}+01:00">{e(p.date_shown)}</time></li><li class="meta comments"><a href="#comments">5 comentarios</a></li></ul></div></div>
<div class="nv-thumb-wrap"><img src="/img/cares.jpg" alt="El sendero del Cares junto al desfiladero"></div>
<div class="nv-content-wrap entry-content">
{paras(p.article)}
</div>
<div class="nv-tags-list"><span>Etiquetas:</span><a href="/tag/senderismo/">senderismo</a><a href="/tag/picos-de-europa/">picos de europa</a></div>
<div class="nv-post-navigation"><div class="previous"><a href="/0/" rel="prev"><span class="nav-direction">anterior</span><span>{e(p.related[0])}</span></a></div><div class="next"><a href="/1/" rel="next"><span class="nav-direction">siguiente</span><span>{e(p.related[1])}</span></a></div></div>
<div id="comments" class="comments-area"><div class="nv-comments-wrap"><div class="nv-comments-title-wrap"><h2 class="comments-title">5 comentarios en &ldquo;{e(p.title)}&rdquo;</h2></div>
<ol class="nv-comments-list">
{level(None)}
</ol></div>
<nav class="nv-comment-navigation" role="navigation" aria-label="Navegación de comentarios"><div class="nav-links"><div class="nav-previous"><a href="/ruta-del-cares/comment-page-1/#comments">Anterior</a></div><div class="nav-next"></div></div></nav>
<div id="respond" class="comment-respond nv-is-boxed"><h2 id="reply-title" class="comment-reply-title">Deja una respuesta <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancelar la respuesta</a></small></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Tu dirección de correo electrónico no será publicada.</span> Los campos obligatorios están marcados con <span class="required">*</span></p><p class="comment-form-author"><label for="author">Nombre <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">Correo electrónico <span class="required">*</span></label><input id="email" name="email" type="email"></p><p class="comment-form-url"><label for="url">Web</label><input id="url" name="url" type="url"></p><p class="comment-form-comment"><label for="comment">Comentario <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="button button-primary" value="Publicar el comentario"></p></form></div></div>
</article>
<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar"><aside id="secondary" role="complementary">{recent_widget(p)}</aside></div></div></div></main>
<footer class="site-footer" id="site-footer"><div class="hfg_footer"><div class="footer--row footer-bottom"><div class="container"><p>© 2026 {e(p.site)} · Tema: Neve por <a href="https://themeisle.com" rel="nofollow">Themeisle</a></p></div></div></div></footer></div>"""
    return shell(p, body)


PHPBOOST_FR = {
    "Josiane_36": ("Membre", "member"),
    "Marc_B": ("Membre", "member"),
    "Gaston du Cher": ("Membre", "member"),
    "Lucienne_Modo": ("Modérateur", "modo"),
}


def r_phpboost(p: Page) -> str:
    """PHPBoost forum: article#dN.message with div.message-user-infos (pseudo, level, avatar) and div.message-container (date, content); quotes 'X a écrit :'."""
    posts = [first_post(p), *p.comments]
    out = []
    for k, c in enumerate(posts):
        level, cls = PHPBOOST_FR[c.author]
        mid = 3310 + k
        quote = ""
        if k and p.comments[k - 1].parent is not None:
            src = p.comments[p.comments[k - 1].parent]  # type: ignore[index]
            quote = f'<span class="formatter-blockquote">{e(src.author)} a écrit :</span><div class="blockquote">{e(src.text)}</div>'
        sig = (
            '<div class="message-signature"><hr>Potager en permaculture depuis 2012, sol argileux.</div>'
            if c.author == "Gaston du Cher"
            else ""
        )
        out.append(f"""<article id="d{mid}" class="message" itemscope="itemscope" itemtype="http://schema.org/Comment">
<div class="message-user-infos"><div class="message-pseudo"><a itemprop="author" href="/user/?url=/profile/{40 + k}" class="{cls}">{e(c.author)}</a></div><div class="message-level">{e(level)}</div><img src="/images/avatars/{k}.png" alt="" class="message-avatar" /></div>
<div class="message-container"><div class="message-date"><span class="actions"><a itemprop="url" href="#d{mid}">#{mid}</a> <a href="/forum/post.php?new=n_msg&amp;idt=418&amp;quote={mid}" title="Citer" class="fa fa-quote-right"></a> <a href="/forum/post.php?new=msg&amp;idm={mid}" title="Éditer" class="fa fa-edit"></a></span><span itemprop="datePublished" content="{c.when}+01:00">{e(c.shown)}</span></div>
<div class="message-message"><div itemprop="text" class="message-content content">{quote}{brs(c.text)}</div>{sig}</div></div>
</article>""")
    body = f"""<header id="header"><div id="site-infos"><div id="site-logo"></div><div id="site-name-container"><a id="site-name" href="/">{e(p.site)}</a><span id="site-slogan">Entraide entre jardiniers amateurs</span></div></div>{nav(p, "menu")}</header>
<div id="global"><div id="main" role="main"><div id="main-content"><section id="module-forum"><header><div class="forum-links"><a href="/forum/">Forum</a> &raquo; <a href="/forum/forum-3+potager.php">Potager</a> &raquo; <a href="/forum/topic-418+semis.php">{e(p.title)}</a></div>
<h1><span id="display_msg_title">{e(p.title)}</span></h1><div class="pagination">Page 1 sur 1</div></header>
<div class="content">
{chr(10).join(out)}
</div>
<footer><a href="/forum/post.php?new=n_msg&amp;idt=418" class="button">Répondre</a><div class="forum-similar"><h3>Sujets similaires</h3><ul>{"".join(f'<li><a href="/forum/topic-{400 + k}.php">{e(t)}</a></li>' for k, t in enumerate(p.related))}</ul></div></footer></section></div></div></div>
<footer id="footer"><div class="footer-infos"><span>Boosté par <a href="https://www.phpboost.com" title="PHPBoost">PHPBoost</a></span></div></footer>"""
    return shell(p, body)


def r_halo_script(p: Page) -> str:
    """A Halo 2 blog whose comments the comment-widget web component renders by script: an empty comment-widget element, '23 条评论' announced."""
    n = p.announced
    side = "".join(
        f'<li class="recent-comment"><span class="recent-comment__author">{e(who)}</span>：<span class="recent-comment__text">写得很实用，收藏了。</span> <a href="/archives/{80 + k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header class="header"><div class="header__inner"><a class="header__logo" href="/">{e(p.site)}</a><nav class="header__menu"><a href="/">首页</a><a href="/archives">归档</a><a href="/categories">分类</a><a href="/about">关于</a></nav></div></header>
<main class="main"><div class="container"><article class="post"><header class="post__header"><h1 class="post__title">{e(p.title)}</h1>
<div class="post__meta"><span class="post__author">{e(p.byline)}</span> <time datetime="{p.when}+08:00">{e(p.date_shown)}</time> <span class="post__views">阅读 1.8k</span> <a href="#comment" class="post__comments">评论 {n}</a></div></header>
<div class="post__content markdown-body">
{paras(p.article)}
</div>
<footer class="post__footer"><div class="post__tags"><a href="/tags/nas">NAS</a> <a href="/tags/homelab">家庭服务器</a></div><div class="post__copyright">本文采用 CC BY-NC-SA 4.0 许可协议，转载请注明出处。</div></footer></article>
<section class="post__comment" id="comment"><h2 class="comment__title">{n} 条评论</h2>
<div class="halo-comment-widget"><comment-widget group="content.halo.run" kind="Post" name="6b1e4c7a-post-0303" version="2" with-replies="true" replies-page-size="10" size="20" use-avatar-provider="false" avatar-policy="ALL_USER_POLICY" captcha-enabled="false"></comment-widget></div>
<script src="/plugins/PluginCommentWidget/assets/static/comment-widget.iife.js?version=2.5.0" defer></script></section></div>
<aside class="sidebar"><section class="widget"><h3 class="widget__title">最新评论</h3><ul>{side}</ul></section><section class="widget"><h3 class="widget__title">热门文章</h3><ul><li><a href="/archives/r1">给老房子换了全屋网线</a></li><li><a href="/archives/r2">用树莓派做了一个门铃</a></li></ul></section></aside></main>
<footer class="footer"><p>© 2026 {e(p.site)} · Powered by <a href="https://www.halo.run" target="_blank">Halo</a></p><p><a href="https://beian.example" target="_blank">浙ICP备00000000号</a></p></footer>"""
    return shell(p, body)


RENDERERS: dict[str, Callable[[Page], str]] = {
    "wp2021": r_wp2021,
    "kubrick": r_kubrick,
    "wpcom": r_wpcom,
    "wp_list_id": r_wp_list_id,
    "drupal7": r_drupal7,
    "blogger_threaded": r_blogger_threaded,
    "disqus": r_disqus,
    "discourse": r_discourse,
    "phpbb": r_phpbb,
    "habr": r_habr,
    "typecho": r_typecho,
    "hn": r_hn,
    "isso": r_isso,
    "facebook": r_facebook,
    "bem_de": r_bem_de,
    "drupal_olivero": r_drupal_olivero,
    "xenforo": r_xenforo,
    "kinja": r_kinja,
    "livejournal": r_livejournal,
    "discuz": r_discuz,
    "antwort_de": r_antwort_de,
    "li_wrote": r_li_wrote,
    "jcomments": r_jcomments,
    "vbulletin": r_vbulletin,
    "blogger_classic": r_blogger_classic,
    "coral": r_coral,
    "csdn": r_csdn,
    "wp_de": r_wp_de,
    "lemonde": r_lemonde,
    "reddit_old": r_reddit_old,
    "remark42": r_remark42,
    "stackexchange": r_stackexchange,
    "cackle": r_cackle,
    "dle": r_dle,
    "news_forum_de": r_news_forum_de,
    "weibo": r_weibo,
    "mybb": r_mybb,
    "commento_script": r_commento_script,
    "giscus": r_giscus,
    "smf": r_smf,
    "flarum": r_flarum,
    "ghost": r_ghost,
    "netease": r_netease,
    "slashdot": r_slashdot,
    "vk": r_vk,
    "news_indent_en": r_news_indent_en,
    "hyvor": r_hyvor,
    "nodebb": r_nodebb,
    "ipboard": r_ipboard,
    "zhihu": r_zhihu,
    "guardian": r_guardian,
    "substack": r_substack,
    "kunena": r_kunena,
    "livefyre_script": r_livefyre_script,
    "discourse_ember": r_discourse_ember,
    "mastodon": r_mastodon,
    "lemmy": r_lemmy,
    "sina": r_sina,
    "medium": r_medium,
    "typepad": r_typepad,
    "vbulletin5": r_vbulletin5,
    "tumblr": r_tumblr,
    "forem": r_forem,
    "s9y": r_s9y,
    "pikabu": r_pikabu,
    "conversacion": r_conversacion,
    "openweb": r_openweb,
    "tieba": r_tieba,
    "subsilver2": r_subsilver2,
    "metafilter": r_metafilter,
    "lobsters": r_lobsters,
    "webmention": r_webmention,
    "wbb": r_wbb,
    "hypercomments_script": r_hypercomments_script,
    "meneame": r_meneame,
    "jvc": r_jvc,
    "bilibili": r_bilibili,
    "waline": r_waline,
    "utterances": r_utterances,
    "intensedebate": r_intensedebate,
    "wpdiscuz": r_wpdiscuz,
    "vanilla": r_vanilla,
    "ucoz": r_ucoz,
    "gutefrage": r_gutefrage,
    "douban": r_douban,
    "v2ex": r_v2ex,
    "staticman": r_staticman,
    "bbpress": r_bbpress,
    "mwtalk": r_mwtalk,
    "bitrix": r_bitrix,
    "komento": r_komento,
    "dotclear": r_dotclear,
    "artalk": r_artalk,
    "viafoura_script": r_viafoura_script,
    "youtube": r_youtube,
    "commentics": r_commentics,
    "contao": r_contao,
    "tickets": r_tickets,
    "k2": r_k2,
    "spip": r_spip,
    "gitalk": r_gitalk,
    "changyan_script": r_changyan_script,
    "quora": r_quora,
    "tildes": r_tildes,
    "heise": r_heise,
    "fluxbb": r_fluxbb,
    "moodle": r_moodle,
    "steam": r_steam,
    "pluxml": r_pluxml,
    "twikoo": r_twikoo,
    "shreddit": r_shreddit,
    "hyperkitty": r_hyperkitty,
    "zeit": r_zeit,
    "osnova": r_osnova,
    "telegram_script": r_telegram_script,
    "cusdis": r_cusdis,
    "hfr": r_hfr,
    "cnblogs": r_cnblogs,
    "bugzilla": r_bugzilla,
    "mbin": r_mbin,
    "derstandard": r_derstandard,
    "qnahabr": r_qnahabr,
    "hashover": r_hashover,
    "talkyard": r_talkyard,
    "valine": r_valine,
    "nga": r_nga,
    "gitlab": r_gitlab,
    "khoros": r_khoros,
    "faz": r_faz,
    "sportsru": r_sportsru,
    "vb3": r_vb3,
    "linuxfr": r_linuxfr,
    "tianya": r_tianya,
    "juejin": r_juejin,
    "xthread": r_xthread,
    "dailymail": r_dailymail,
    "tagesmeta": r_tagesmeta,
    "otvet": r_otvet,
    "taringa": r_taringa,
    "overblog": r_overblog,
    "graphcomment_script": r_graphcomment_script,
    "hupu": r_hupu,
    "cactus": r_cactus,
    "replybox_script": r_replybox_script,
    "spiegel": r_spiegel,
    "dzen": r_dzen,
    "elpais": r_elpais,
    "lefigaro": r_lefigaro,
    "zhidao": r_zhidao,
    "xhs": r_xhs,
    "ghdiscussion": r_ghdiscussion,
    "nyt": r_nyt,
    "chefkoch": r_chefkoch,
    "motortalk": r_motortalk,
    "pda4": r_pda4,
    "xataka": r_xataka,
    "ccm": r_ccm,
    "segmentfault": r_segmentfault,
    "wp_block": r_wp_block,
    "astra": r_astra,
    "tagdiv": r_tagdiv,
    "generatepress": r_generatepress,
    "ru_regional": r_ru_regional,
    "divi": r_divi,
    "xenforo1": r_xenforo1,
    "sinablog": r_sinablog,
    "disqus_script": r_disqus_script,
    "ghost_commento": r_ghost_commento,
    "squarespace": r_squarespace,
    "vuukle": r_vuukle,
    "smf21": r_smf21,
    "es_regional": r_es_regional,
    "fr_reactions": r_fr_reactions,
    "zblog": r_zblog,
    "blocksy": r_blocksy,
    "hashnode": r_hashnode,
    "groupsio": r_groupsio,
    "pwcomments": r_pwcomments,
    "drupal9": r_drupal9,
    "wix": r_wix,
    "canalblog": r_canalblog,
    "phpwind": r_phpwind,
    "facebook_script": r_facebook_script,
    "dreamwidth": r_dreamwidth,
    "newspack": r_newspack,
    "brainly": r_brainly,
    "jimdo": r_jimdo,
    "ipb3": r_ipb3,
    "wp_fr": r_wp_fr,
    "jianshu": r_jianshu,
    "oceanwp": r_oceanwp,
    "coral_script": r_coral_script,
    "publicinbox": r_publicinbox,
    "avada": r_avada,
    "club_fr": r_club_fr,
    "emlog": r_emlog,
    "gorod_ru": r_gorod_ru,
    "phpbb2": r_phpbb2,
    "twentytwelve": r_twentytwelve,
    "comentario": r_comentario,
    "garland": r_garland,
    "redmine": r_redmine,
    "ucoz_forum": r_ucoz_forum,
    "hestia": r_hestia,
    "twentytwenty": r_twentytwenty,
    "kiosr": r_kiosr,
    "textpattern": r_textpattern,
    "thrive": r_thrive,
    "b2evolution": r_b2evolution,
    "wpforo": r_wpforo,
    "livestreet": r_livestreet,
    "diario_es": r_diario_es,
    "avis_fr": r_avis_fr,
    "wechat": r_wechat,
    "twentyten": r_twentyten,
    "wpdiscourse": r_wpdiscourse,
    "gitea": r_gitea,
    "leserkommentare_de": r_leserkommentare_de,
    "blogengine": r_blogengine,
    "neve": r_neve,
    "phpboost": r_phpboost,
    "halo_script": r_halo_script,
}
# Flat lists in reading order (not a nesting): comments keep the order they were written in.
FLAT = {"kubrick", "antwort_de", "blogger_classic", "discourse", "phpbb", "xenforo", "discuz", "vbulletin"}
# Held-out batches 3 and 4: flat lists whose replies point back (quotes, '@name', 'ответил', indents).
FLAT |= {"dle", "news_forum_de", "mybb", "smf", "flarum", "netease", "vk"}
# Held-out batches 5 and 6: forum threads and flat lists whose replies point back (a parent link, a quote, "@name").
FLAT |= {"nodebb", "ipboard", "kunena", "discourse_ember", "mastodon", "typepad", "vbulletin5", "tumblr"}
# Held-out batches 7 and 8: forum threads and flat lists whose replies point back (a quote, "#N", a link, "in reply to").
FLAT |= {"subsilver2", "metafilter", "conversacion", "wbb", "meneame", "jvc", "webmention"}
# Held-out batches 9 and 10: forum threads and flat lists whose replies point back (a quote, "@name").
FLAT |= {"utterances", "vanilla", "douban", "v2ex", "staticman", "bitrix", "dotclear"}
# Held-out batches 11 and 12: forum threads and flat lists whose replies point back (a quote, "@name", a level class).
FLAT |= {"k2", "gitalk", "heise", "fluxbb", "steam", "pluxml"}
# Held-out batches 13 and 14: forum threads and flat lists whose replies point back (a quote, "@name", "In reply to").
FLAT |= {"hfr", "cnblogs", "bugzilla", "nga"}
# Held-out batches 15 and 16: forum threads and flat lists whose replies point back (a quote, "Replying to", "Antwort auf").
FLAT |= {"khoros", "vb3", "tianya", "xthread", "tagesmeta", "hupu"}
# Held-out batches 17 and 18: forum threads and flat lists whose replies point back (a quote, "@Name", "Antwort auf").
FLAT |= {"chefkoch", "motortalk", "pda4", "ccm"}
# Held-out batches 19 and 20: forum threads whose replies point back (a quote).
FLAT |= {"xenforo1", "smf21"}
# Held-out batches 21 and 22: forum threads, mailing lists and flat lists whose replies point back (a quote, a name).
FLAT |= {"groupsio", "canalblog", "phpwind", "jimdo", "ipb3"}
# Held-out batches 23 and 24: forum threads, mailing lists and flat lists whose replies point back (a quote, "En réponse au commentaire de").
FLAT |= {"publicinbox", "phpbb2", "club_fr", "redmine", "ucoz_forum"}
# Held-out batches 25 and 26: forum threads, issue pages and flat lists whose replies point back (a quote, "@Name").
FLAT |= {"textpattern", "b2evolution", "wpforo", "wpdiscourse", "gitea", "phpboost"}
CJK = {"zh"}


def head(text: str, lang: str) -> str:
    """The opening words of the first paragraph, as a person would quote them (about 30 characters)."""
    first = text.split("\n\n")[0]
    if lang in CJK:
        return first[:14]
    words, out = first.split(" "), ""
    for word in words:
        out = f"{out} {word}" if out else word
        if len(out) >= 28:
            break
    return out


def tail(text: str, lang: str) -> str:
    """The closing words of the last paragraph (about 30 characters)."""
    last = text.split("\n\n")[-1]
    if lang in CJK:
        return last[-14:]
    words, out = last.split(" "), ""
    for word in reversed(words):
        out = f"{word} {out}" if out else word
        if len(out) >= 28:
            break
    return out


def expectations(p: Page) -> dict[str, object]:
    must_not = [t for t in p.related[:2]] + [post for _, post in p.recent]
    must_not += [head(c.text, p.lang) for c in p.comments[:3]]
    comments = []
    for c in p.comments:
        want: dict[str, object] = {
            "author": c.author,
            "starts_with": head(c.text, p.lang),
            "ends_with": tail(c.text, p.lang),
            "parent": c.parent,
        }
        if c.when:
            want["published"] = c.when
        comments.append(want)
    announced: dict[str, object] = {"comments_announced": p.announced} if p.announced else {}
    return {
        "system": p.system,
        "language": p.lang,
        "title": p.title,
        "article_starts_with": head(p.article, p.lang),
        "article_ends_with": tail(p.article, p.lang),
        "article_must_not_contain": must_not,
        "published": p.date,
        "comments": comments,
        **announced,
    }


def main(argv: list[str] | None = None) -> int:
    """Write every page, or only the batches named on the command line (a scored batch is not rebuilt)."""
    batches = set(sys.argv[1:] if argv is None else argv)
    names = [p.name for p in PAGES]
    assert len(names) == len(set(names)), "page names must be unique"
    written = 0
    for p in PAGES:
        if batches and p.batch not in batches:
            continue
        written += 1
        if p.render not in FLAT:
            assert dfs_order(p) == list(range(len(p.comments))), f"{p.name}: comments not in page order"
        for i, c in enumerate(p.comments):
            assert c.parent is None or c.parent < i, f"{p.name}: comment {i} replies to a later one"
        folder = HERE / p.batch
        folder.mkdir(exist_ok=True)
        (folder / f"{p.name}.html").write_text(RENDERERS[p.render](p), encoding="utf-8")
        text = json.dumps(expectations(p), ensure_ascii=False, indent=1)
        (folder / f"{p.name}.expected.json").write_text(text + "\n", encoding="utf-8")
    print(f"wrote {written} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
