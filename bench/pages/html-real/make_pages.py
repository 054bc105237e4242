"""Write the pages of bench/pages/html-real and their expectations from page_texts.py.

Each page puts text written for slant (page_texts.py) into the comment markup of one real comment
system or theme (the renderers below copy class names and element nesting only). The expectations
are written from the same authored text -- what a person sees on the page -- never from a reader.

The pages are committed; run this only to rebuild a page before its batch is first scored
(``.venv/bin/python bench/pages/html-real/make_pages.py``). A held-out batch, once scored, is not
rebuilt.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_dev  # noqa: E402, F401
import texts_heldout1  # noqa: E402, F401
import texts_heldout2  # noqa: E402, F401
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
}
# Flat lists in reading order (not a nesting): comments keep the order they were written in.
FLAT = {"kubrick", "antwort_de", "blogger_classic", "discourse", "phpbb", "xenforo", "discuz", "vbulletin"}
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
    return {
        "system": p.system,
        "language": p.lang,
        "title": p.title,
        "article_starts_with": head(p.article, p.lang),
        "article_ends_with": tail(p.article, p.lang),
        "article_must_not_contain": must_not,
        "published": p.date,
        "comments": comments,
    }


def main() -> int:
    names = [p.name for p in PAGES]
    assert len(names) == len(set(names)), "page names must be unique"
    for p in PAGES:
        if p.render not in FLAT:
            assert dfs_order(p) == list(range(len(p.comments))), f"{p.name}: comments not in page order"
        for i, c in enumerate(p.comments):
            assert c.parent is None or c.parent < i, f"{p.name}: comment {i} replies to a later one"
        folder = HERE / p.batch
        folder.mkdir(exist_ok=True)
        (folder / f"{p.name}.html").write_text(RENDERERS[p.render](p), encoding="utf-8")
        text = json.dumps(expectations(p), ensure_ascii=False, indent=1)
        (folder / f"{p.name}.expected.json").write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
