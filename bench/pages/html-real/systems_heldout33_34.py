"""Markup of the comment systems of held-out batches 33 and 34 (see make_pages.py, which registers them).

Each renderer copies the class names and element nesting of one system's public templates or saved
pages as widely known (the page's ``source`` says which); the text is the page's authored text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from page_texts import C, Page


def e(text: str) -> str:
    return escape(text, quote=True)


def paras(text: str) -> str:
    return "\n".join(f"<p>{e(part)}</p>" for part in text.split("\n\n"))


def kids(p: Page) -> dict[int | None, list[int]]:
    out: dict[int | None, list[int]] = {}
    for i, c in enumerate(p.comments):
        out.setdefault(c.parent, []).append(i)
    return out


def nested(p: Page, item: Callable[[int, str], str], parent: int | None = None) -> str:
    """item(i, replies_html) for each comment under parent, replies rendered first."""
    k = kids(p)
    return "\n".join(item(i, nested(p, item, i) if k.get(i) else "") for i in k.get(parent, []))


def descendants(p: Page, i: int) -> list[int]:
    k = kids(p)
    out: list[int] = []
    for j in k.get(i, []):
        out.append(j)
        out += descendants(p, j)
    return out


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("_", " ").split()[:2]).upper()


def doc(p: Page, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} | {e(p.site)}</title>
<meta name="description" content="{e(p.article.split(chr(10))[0][:140])}">
<meta property="og:title" content="{e(p.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{p.when}+00:00">
{head}
</head>
<body>
{body}
</body>
</html>
"""


def jsonld(p: Page, kind: str = "BlogPosting") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "datePublished": f"{p.when}+00:00",
        "author": {"@type": "Person", "name": p.byline},
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def script_json(data: object) -> str:
    """JSON for a script element: '</' escaped so the text cannot close the element."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------- batch 33


def r_fastcomments(p: Page) -> str:
    """FastComments' widget rendered into a blog post: nested div.comment-replies, relative dates, a badge."""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        badge = f'<span class="badge" title="Site Admin">{e(c.extra)}</span>' if c.extra else ""
        up = [4, 2, 7, 3, 1][i % 5]
        sub = f'<div class="comment-replies">{replies}</div>' if replies else ""
        return f"""<div class="fast-comments-comment" data-comment-id="fc{7731 + i}" id="fc{7731 + i}">
<div class="comment-info"><div class="avatar avatar-initials">{e(initials(c.author))}</div>
<a class="commenter-name" href="#fc{7731 + i}">{e(c.author)}</a>{badge}
<span class="comment-date" title="{c.when.replace("T", " ")}">{e(c.shown)}</span></div>
<div class="comment-text"><p>{e(c.text)}</p></div>
<div class="comment-toolbar"><button class="vote vote-up" aria-label="Vote up">▲ <span class="vote-count">{up}</span></button><button class="vote vote-down" aria-label="Vote down">▼ <span class="vote-count">0</span></button><button class="reply" type="button">Reply</button></div>
{sub}
</div>"""

    recent = "".join(
        f'<li><span class="rc-author">{e(w)}</span> on <a href="/p/{k}/">{e(t)}</a></li>'
        for k, (w, t) in enumerate(p.recent)
    )
    latest = "".join(
        f'<li><a href="/r/{k}/">{e(t)}</a> <span class="date">March {20 + k}, 2025</span></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/recipes/">Recipes</a></li><li><a href="/kit/">Kit</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div class="wrap">
<main>
<article class="post">
<h1 class="post-title">{e(p.title)}</h1>
<p class="post-meta">by <a rel="author" href="/about/">{e(p.byline)}</a> · <time datetime="{p.when}">{e(p.date_shown)}</time></p>
<div class="post-content">
{paras(p.article)}
</div>
<p class="tags">Tagged: <a href="/tag/sour/">sour</a>, <a href="/tag/fermentation/">fermentation</a></p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a> <span class="likes">♥ 23</span></div>
</article>
<div id="fastcomments-widget" class="fast-comments">
<div class="comments-header"><span class="comment-count">{len(p.comments)} Comments</span>
<select class="sort" aria-label="Sort"><option>Most Relevant</option><option>Newest</option><option>Oldest</option></select></div>
<div class="reply-area"><div class="avatar avatar-initials">?</div><textarea placeholder="Write a comment..." aria-label="Write a comment"></textarea><button class="submit">Submit</button></div>
<div class="comments">
{nested(p, item)}
</div>
<button class="load-more">Load More</button>
<div class="powered-by">Powered by FastComments</div>
</div>
<script src="https://cdn.fastcomments.com/js/embed-v2.min.js"></script>
</main>
<aside class="sidebar">
<section class="widget"><h3>Latest from the blog</h3><ul>{latest}</ul></section>
<section class="widget widget_recent_comments"><h3>Recent Comments</h3><ul>{recent}</ul></section>
</aside>
</div>
<footer class="site-footer"><p>© 2026 {e(p.site)}</p></footer>"""
    return doc(p, body, jsonld(p))


def r_bluesky_comments(p: Page) -> str:
    """Bluesky replies rendered under an Astro blog post: display name and handle in one link, nested div.replies."""

    def handle(name: str) -> str:
        return name.lower().replace(" ", "") + ".bsky.social"

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        sub = f'<div class="replies">{replies}</div>' if replies else ""
        return f"""<div class="comment">
<div class="comment-header"><img class="avatar" src="/img/av{i}.jpg" alt="">
<a class="author" href="https://bsky.app/profile/{handle(c.author)}" target="_blank" rel="noreferrer noopener"><span class="display-name">{e(c.author)}</span> <span class="handle">@{handle(c.author)}</span></a></div>
<p class="comment-text">{e(c.text)}</p>
<div class="actions"><span class="action" title="Replies">💬 {len(kids(p).get(i, []))}</span><span class="action" title="Reposts">🔁 0</span><span class="action" title="Likes">❤️ {[5, 3, 2, 4][i % 4]}</span>
<a class="timestamp" href="https://bsky.app/profile/{handle(c.author)}/post/3lm{i}x" title="{e(c.shown)}">{e(c.shown)}</a></div>
{sub}
</div>"""

    body = f"""<header><a class="site-title" href="/">{e(p.site)}</a><nav><a href="/">Posts</a> <a href="/gear/">Gear</a> <a href="/about/">About</a> <a href="/rss.xml">RSS</a></nav></header>
<main>
<article>
<h1>{e(p.title)}</h1>
<p class="meta"><time datetime="{p.date}">{e(p.date_shown)}</time> · 4 min read</p>
{paras(p.article)}
</article>
<nav class="post-nav"><a href="/posts/mount/">← {e(p.related[0])}</a> <a href="/posts/jupiter/">{e(p.related[1])} →</a></nav>
<section class="bluesky-comments">
<h2>Comments</h2>
<p class="reply-cta">Reply on <a href="https://bsky.app/profile/tomaszwren.bsky.social/post/3lmabc">Bluesky</a> to join the conversation.</p>
<div class="stats"><span>❤️ 48 likes</span> <span>🔁 9 reposts</span> <span>💬 {len(p.comments)} replies</span></div>
<div class="comments-list">
{nested(p, item)}
</div>
<a class="more" href="https://bsky.app/profile/tomaszwren.bsky.social/post/3lmabc">View more replies on Bluesky</a>
</section>
</main>
<footer><p>Webrings: <a href="#">← prev</a> <a href="#">next →</a></p><p>© 2026 {e(p.byline)}</p></footer>"""
    return doc(p, body, jsonld(p))


def r_phabricator(p: Page) -> str:
    """A Maniphest task: the description is the article, timeline comments among minor events, a remarkup quote."""
    handles = {c.author: c.author.split()[0].lower() for c in p.comments}
    handles[p.byline] = p.byline.split()[0].lower()
    minor = {
        0: (p.comments[0].author, "triaged this task as Normal priority."),
        2: (p.comments[2].author, "claimed this task."),
        3: (p.comments[2].author, "mentioned this in D1183: Keep old tiles until the zoom animation ends."),
    }
    events = []
    for i, c in enumerate(p.comments):
        if i in minor:
            who, what = minor[i]
            events.append(
                f"""<div class="phui-timeline-shell phui-timeline-minor-event"><div class="phui-timeline-event-view phui-timeline-spacer-bottom">
<div class="phui-timeline-title"><a class="phui-handle phui-link-person" href="/p/{handles[who]}/">{e(handles[who])}</a> {e(what)}</div>
<span class="phui-timeline-extra"><a href="#{88100 + i}">{e(c.shown)}</a></span></div></div>"""
            )
        quote = ""
        if c.parent is not None:
            q = p.comments[c.parent]
            quote = f"""<blockquote class="remarkup-quote"><div class="remarkup-reply-head">In <a class="phui-tag-view" href="/T4217#{88110 + c.parent}">T4217#{88110 + c.parent}</a>, <a class="phui-handle" href="/p/{handles[q.author]}/">@{handles[q.author]}</a> wrote:</div><div class="remarkup-reply-body"><p>{e(c.extra)}</p></div></blockquote>"""
        events.append(
            f"""<div class="phui-timeline-shell" id="{88110 + i}"><div class="phui-timeline-event-view phui-timeline-major-event">
<div class="phui-timeline-image" style="background-image: url(/file/av{i}.png)"></div>
<div class="phui-timeline-content"><div class="phui-timeline-title"><a class="phui-handle phui-link-person" href="/p/{handles[c.author]}/">{e(handles[c.author])} ({e(c.author)})</a> added a comment.</div>
<span class="phui-timeline-extra"><a href="#{88110 + i}">{e(c.shown)}</a></span>
<div class="phui-timeline-core-content"><div class="phabricator-remarkup">{quote}<p>{e(c.text)}</p></div></div>
<div class="phui-timeline-menu"><a href="#">Quote</a> <a href="#">Edit</a> <a href="#">Remove</a></div></div></div></div>"""
        )
    related = "".join(
        f'<li><span class="phui-oi-objname">{e(t.split(" ")[0])}</span> <a href="/{t.split(" ")[0]}">{e(t)}</a></li>'
        for t in p.related
    )
    body = f"""<div class="phabricator-main-menu"><a class="phabricator-wordmark" href="/">Maptile Project</a><a href="/maniphest/">Maniphest</a> <a href="/differential/">Differential</a> <a href="/auth/">Log In</a></div>
<div class="phui-crumbs-view"><a href="/maniphest/">Maniphest</a> › <a href="/T4217">T4217</a></div>
<div class="phui-two-column-view">
<div class="phui-header-shell"><h1 class="phui-header-header"><span class="phui-header-subheader">T4217</span> {e(p.title)}</h1>
<span class="phui-tag-view phui-tag-shade-green">Open</span> <span class="phui-tag-view">Normal</span> <span class="phui-header-subheader">Public</span></div>
<div class="phui-two-column-content">
<div class="phui-property-list-view"><dl>
<dt>Assigned To</dt><dd><a class="phui-handle" href="/p/felix/">felix</a></dd>
<dt>Authored By</dt><dd><a class="phui-handle" href="/p/{handles[p.byline]}/">{e(handles[p.byline])}</a>, {e(p.date_shown)}</dd>
<dt>Tags</dt><dd><span class="phui-tag-view">Map viewer</span> <span class="phui-tag-view">Rendering</span></dd>
<dt>Subscribers</dt><dd>felix, gemma, ines</dd></dl></div>
<div class="phui-box"><div class="phui-header-header">Description</div>
<div class="phabricator-remarkup">
{paras(p.article)}
</div></div>
<div class="phui-box"><div class="phui-header-header">Revisions and Commits</div><ul><li><a href="/D1183">D1183 Keep old tiles until the zoom animation ends</a> <span>Accepted</span></li></ul></div>
<div class="phui-box"><div class="phui-header-header">Related Objects</div><ul class="phui-oi-list-view">{related}</ul></div>
<div class="phui-timeline-view">
<div class="phui-timeline-shell phui-timeline-minor-event"><div class="phui-timeline-title"><a class="phui-handle" href="/p/{handles[p.byline]}/">{e(handles[p.byline])}</a> created this task.</div><span class="phui-timeline-extra">{e(p.date_shown)}</span></div>
{chr(10).join(events)}
</div>
<div class="phui-comment-form-view"><h2>Add Comment</h2><form><select aria-label="Add Action..."><option>Add Action...</option><option>Change Status</option><option>Assign / Claim</option></select>
<textarea aria-label="Comment"></textarea><button>Submit</button></form><p>Log In to Comment</p></div>
</div></div>"""
    return doc(p, body)


def r_sz_style(p: Page) -> str:
    """A German daily's discussion: one level of replies, deeper ones marked 'Antwort auf Name'."""

    def one(i: int, reply_to: str = "") -> str:
        c = p.comments[i]
        line = f'<p class="comment__reply-to">Antwort auf {e(reply_to)}</p>' if reply_to else ""
        return f"""<article class="comment" data-id="c{40210 + i}" id="c{40210 + i}">
<header class="comment__header"><span class="comment__author">{e(c.author)}</span> <time class="comment__date" datetime="{c.when}+02:00">{e(c.shown)}</time></header>
{line}<div class="comment__text"><p>{e(c.text)}</p></div>
<footer class="comment__actions"><button>Antworten</button> <button class="recommend">Empfehlen ({[12, 3, 5, 8, 6][i % 5]})</button> <button>Melden</button></footer>
</article>"""

    threads = []
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            continue
        sub = []
        for j in descendants(p, i):
            par = p.comments[j].parent
            sub.append(one(j, p.comments[par].author if par != i and par is not None else ""))
        replies = f'<div class="comment__replies">{"".join(sub)}</div>' if sub else ""
        threads.append(f'<div class="comment-thread">{one(i)}{replies}</div>')
    most = "".join(
        f'<li><span class="num">{k + 1}</span> <a href="/m/{k}">{e(t)}</a></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/muenchen">München</a> <a href="/kultur">Kultur</a> <a href="/abo">Abo</a></nav></header>
<main>
<article class="article">
<header><p class="article__kicker">Kultur in der Stadt</p><h1 class="article__title">{e(p.title)}</h1>
<p class="article__teaser">Ein einjähriger Versuch soll zeigen, wer die Bibliothek am Wochenende nutzt.</p>
<p class="article__meta">Von <a href="/autor/oswald">{e(p.byline)}</a> · <time datetime="{p.when}+02:00">{e(p.date_shown)}</time> · Lesezeit: 3 Min.</p></header>
<div class="article__body">
<p>{e(p.article.split(chr(10) + chr(10))[0])}</p>
<aside class="ad"><span>Anzeige</span></aside>
{"".join(f"<p>{e(x)}</p>" for x in p.article.split(chr(10) + chr(10))[1:2])}
<aside class="more-on-topic"><h3>Mehr zum Thema</h3><ul><li><a href="/x/1">{e(p.related[0])}</a></li></ul></aside>
{"".join(f"<p>{e(x)}</p>" for x in p.article.split(chr(10) + chr(10))[2:])}
</div>
</article>
<section id="leserdiskussion" class="discussion">
<h2>Diskussion</h2><p class="discussion__count">{len(p.comments)} Kommentare</p>
<p class="discussion__intro">Diskutieren Sie mit uns. Bitte beachten Sie unsere <a href="/netiquette">Netiquette</a>.</p>
<form class="discussion__form"><label for="k">Ihr Kommentar</label><textarea id="k"></textarea><button>Kommentar senden</button></form>
{chr(10).join(threads)}
<p class="discussion__note">Die Kommentarfunktion wird um 20 Uhr geschlossen.</p>
</section>
</main>
<aside class="sidebar"><h3>Meistgelesen</h3><ol>{most}</ol></aside>
<footer><p>© 2026 {e(p.site)} · Impressum · Datenschutz</p></footer>"""
    return doc(p, body, jsonld(p, "NewsArticle"))


def r_ru_news_json(p: Page) -> str:
    """A news app whose comments exist only in window.__INITIAL_STATE__ (the HTML holds an empty list)."""
    state = {
        "article": {"id": 75521, "title": p.title, "publishedAt": f"{p.when}+03:00", "author": p.byline},
        "comments": {
            "total": len(p.comments),
            "items": [
                {
                    "id": 910300 + i,
                    "parentId": None if c.parent is None else 910300 + c.parent,
                    "user": {"name": c.author, "avatar": None},
                    "date": f"{c.when}+03:00",
                    "text": c.text,
                    "rating": [7, -2, 4, 1][i % 4],
                }
                for i, c in enumerate(p.comments)
            ],
        },
        "sidebar": {"discussed": [{"title": t, "comments": 40 + 13 * k} for k, t in enumerate(p.related)]},
    }
    paragraphs = p.article.split("\n\n")
    reads = "".join(f'<li><a href="/text/{k}/">{e(t)}</a></li>' for k, t in enumerate(p.related))
    talked = "".join(
        f'<li><a href="/text/{k}/">{e(t)}</a> <span class="cnt">{40 + 13 * k}</span></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<div id="app">
<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/news/">Новости</a> <a href="/city/">Город</a> <a href="/realty/">Недвижимость</a> <a href="/auto/">Авто</a></nav></header>
<main class="page">
<article class="article">
<div class="article__rubric"><a href="/city/">Город</a></div>
<h1 class="article__title">{e(p.title)}</h1>
<p class="article__lead">{e(paragraphs[0])}</p>
<div class="article__meta"><time datetime="{p.when}+03:00">{e(p.date_shown)}</time> <span>Текст: {e(p.byline)}</span></div>
<div class="article__body">{"".join(f"<p>{e(x)}</p>" for x in paragraphs[1:])}</div>
<div class="article__readalso"><h3>Читайте также</h3><ul>{reads}</ul></div>
</article>
<section class="comments" id="comments">
<h2 class="comments__title">Комментарии <span class="comments__count">{len(p.comments)}</span></h2>
<div class="comments__list" data-v-comments=""></div>
<button class="comments__more" type="button">Показать комментарии</button>
<p class="comments__rules">Комментарии публикуются после модерации. <a href="/rules/">Правила</a></p>
</section>
</main>
<aside class="sidebar"><section><h3>Самое читаемое</h3><ol>{reads}</ol></section><section><h3>Обсуждают сейчас</h3><ul>{talked}</ul></section></aside>
<footer class="footer">© 2026 {e(p.site)}. 18+</footer>
</div>
<script>window.__INITIAL_STATE__={script_json(state)};</script>
<script src="/_nuxt/app.4f1c2e.js" defer></script>"""
    return doc(p, body, jsonld(p, "NewsArticle"))


def r_eldiario_style(p: Page) -> str:
    """A Spanish daily's member comments: nested ul.comment-replies with 'En respuesta a Nick', relative times."""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        badge = f' <span class="badge-member">{e(c.extra)}</span>' if c.extra else ""
        par = c.parent
        answer = (
            f'<p class="comment-answer-to">En respuesta a <a href="#c{5510 + par}">{e(p.comments[par].author)}</a></p>'
            if par is not None
            else ""
        )
        sub = f'<ul class="comment-replies">{replies}</ul>' if replies else ""
        return f"""<li class="comment" data-id="{5510 + i}" id="c{5510 + i}">
<div class="comment-header"><span class="comment-avatar">{e(initials(c.author))}</span><span class="comment-user">{e(c.author)}</span>{badge}
<time class="comment-time" datetime="{c.when}+02:00">{e(c.shown)}</time></div>
{answer}<div class="comment-text"><p>{e(c.text)}</p></div>
<div class="comment-actions"><a href="#" class="reply">Responder</a> <a href="#" class="like">Me gusta {[7, 2, 11, 4, 3][i % 5]}</a> <a href="#" class="report">Denunciar</a></div>
{sub}
</li>"""

    points = p.article.split("\n\n")
    most = "".join(
        f'<li><span class="n">{k + 1}</span><a href="/m/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related)
    )
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/politica/">Política</a> <a href="/economia/">Economía</a> <a href="/sociedad/">Sociedad</a> <a href="/socios/">Hazte socio</a></nav></header>
<main>
<article class="news">
<p class="news-section"><a href="/sociedad/">Sociedad</a></p>
<h1 class="news-title">{e(p.title)}</h1>
<ul class="news-summary"><li>Los centros públicos empezarán en septiembre.</li><li>La Diputación cubrirá el sobrecoste el primer curso.</li></ul>
<p class="news-author"><a href="/autores/lucia-moreno/">{e(p.byline)}</a> <time datetime="{p.when}+02:00">{e(p.date_shown)}</time> <span class="updated">Actualizado a las 12:05h</span></p>
<div class="news-body">
<p>{e(points[0])}</p>
<aside class="socios-box"><p>Nuestro periodismo depende de ti. <a href="/socios/">Hazte socio</a></p></aside>
{"".join(f"<p>{e(x)}</p>" for x in points[1:])}
</div>
<p class="news-tags">Etiquetas: <a href="/t/educacion/">Educación</a> <a href="/t/agricultura/">Agricultura</a></p>
</article>
<div id="comentarios" class="comments">
<h2>Comentarios</h2><p class="comments-count">{len(p.comments)} comentarios</p>
<div class="comments-tabs"><button class="active">Más recientes</button> <button>Más antiguos</button></div>
<p class="comments-note">Solo los socios pueden comentar. <a href="/socios/">Hazte socio</a> o <a href="/login/">inicia sesión</a>.</p>
<form class="comment-form"><label for="t">Escribe tu comentario</label><textarea id="t"></textarea><button>Enviar</button></form>
<ul class="comment-list">
{nested(p, item)}
</ul>
<button class="comments-more">Cargar más comentarios</button>
</div>
</main>
<aside class="sidebar"><h3>Lo más leído</h3><ol>{most}</ol></aside>
<footer><p>© 2026 {e(p.site)}. Aviso legal · Privacidad</p></footer>"""
    return doc(p, body, jsonld(p, "NewsArticle"))


def r_fr_health_forum(p: Page) -> str:
    """A French forum thread: the first message is the article, a pseudo column, 'Posté le', quote tables 'a écrit :'."""
    posts = [C(p.byline, p.when, p.date_shown, p.article, extra="Doctinaute"), *list(p.comments)]
    rows = []
    for k, c in enumerate(posts):
        quote = ""
        if k > 0 and c.parent is not None and c.extra2:
            q = p.comments[c.parent]
            quote = f'<table class="citation"><tr><td><b class="s1"><a href="#para{71200 + c.parent + 1}">{e(q.author)} a écrit :</a></b><br>{e(c.extra2)}</td></tr></table>'
        sig = (
            '<div class="signature">----------------<br>Une nuit après l\'autre.</div>'
            if c.author == posts[1].author
            else ""
        )
        rows.append(
            f"""<div class="forum-post" id="para{71200 + k}">
<table class="messagetable"><tr>
<td class="messCase1"><div class="pseudo"><b class="s2">{e(c.author)}</b></div><div class="profil">Profil : {e(c.extra or "Doctinaute")}</div><div class="avatar"><img src="/av/{k}.jpg" alt=""></div><div class="nbmess">Messages : {[87, 1204, 87, 312, 56][k % 5]}</div></td>
<td class="messCase2"><div class="toolbar"><span class="date">{e(c.shown)}</span> <a href="#">Répondre</a> <a href="#">Citer</a> <a href="#" class="alert">Alerter les modérateurs</a></div>
<div class="post-content">{quote}{"".join(f"<p>{e(x)}</p>" for x in c.text.split(chr(10) + chr(10)))}</div>{sig}</td>
</tr></table></div>"""
        )
    similar = "".join(
        f'<tr><td><a href="/s/{k}">{e(t)}</a></td><td>{e(w)}</td><td>0{k + 3}-03-2025</td></tr>'
        for k, (w, t) in enumerate(p.recent)
    )
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/sante/">Santé</a> <a href="/forme/">Forme</a> <a href="/forum/">Forum</a></nav></header>
<div class="breadcrumb"><a href="/forum/">Forum</a> &gt; <a href="/forum/sante/">Santé</a> &gt; <a href="/forum/sante/sommeil/">Sommeil</a></div>
<div class="forum-topic">
<h1 class="topic-title">{e(p.title)}</h1>
<div class="pagination">Page 1 sur 1 <a class="btn" href="#">Répondre</a> <a class="btn" href="#">Nouveau sujet</a></div>
{chr(10).join(rows)}
<div class="quick-reply"><h3>Réponse rapide</h3><form><label for="m">Votre message</label><textarea id="m"></textarea><button>Valider</button></form></div>
</div>
<div class="pub">Publicité</div>
<section class="similar"><h3>Sujets similaires</h3><table><tr><th>Sujet</th><th>Auteur</th><th>Date</th></tr>{similar}</table></section>
<footer><p>© 2026 {e(p.site)} · Charte du forum · Contact</p></footer>"""
    return doc(p, body)


def r_sspai(p: Page) -> str:
    """A sspai-style article: two-level comments, '作者' mark, '回复 @昵称：' on replies to replies."""

    def one(i: int) -> str:
        c = p.comments[i]
        mark = f'<span class="author-tag">{e(c.extra)}</span>' if c.extra else ""
        par = c.parent
        to = ""
        if par is not None and p.comments[par].parent is not None:
            to = f'<span class="reply-to">回复 <a href="#">@{e(p.comments[par].author)}</a>：</span>'
        return f"""<div class="comment-item" data-id="{30220 + i}">
<div class="comment-user"><img class="avatar" src="/av/{i}.png" alt=""><span class="nickname">{e(c.author)}</span>{mark}
<span class="time" title="{c.when.replace("T", " ")[:16]}">{e(c.shown)}</span></div>
<div class="comment-content">{to}{e(c.text)}</div>
<div class="comment-actions"><span class="reply-btn">回复</span><span class="like">👍 {[12, 4, 6, 3, 1][i % 5]}</span></div>
</div>"""

    threads = []
    for i, c in enumerate(p.comments):
        if c.parent is None:
            sub = "".join(one(j) for j in descendants(p, i))
            threads.append(
                f'<div class="comment-thread">{one(i)}'
                + (f'<div class="comment-replies">{sub}</div>' if sub else "")
                + "</div>"
            )
    hot = "".join(
        f'<li><span class="n">{e(w)}</span>：<a href="/post/{k}">{e(t)}</a></li>'
        for k, (w, t) in enumerate(p.recent)
    )
    rel = "".join(f'<li><a href="/post/{90 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    body = f"""<header class="site-header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/">首页</a> <a href="/matrix">Matrix</a> <a href="/series">栏目</a> <a href="/app">应用</a></nav></header>
<main class="article-page">
<article class="article">
<div class="article-series"><a href="/column/">专栏</a></div>
<h1 class="article-title">{e(p.title)}</h1>
<div class="article-author"><img src="/av/a.png" alt=""><a href="/u/linwei" class="author-name">{e(p.byline)}</a> <button>关注</button> <time datetime="{p.when}+08:00">{e(p.date_shown)}</time> <span class="views">阅读 3.2k</span></div>
<div class="article-body">
{paras(p.article)}
</div>
<div class="article-bar"><button>充电 28</button> <button>收藏</button> <button>分享</button></div>
</article>
<div class="comment-wrapper">
<h3>全部评论 ({len(p.comments)})</h3>
<div class="tabs"><span class="active">最热</span> <span>最新</span></div>
<div class="comment-box"><textarea placeholder="写下你的评论…"></textarea><button>发送</button></div>
{chr(10).join(threads)}
<button class="load-more">加载更多</button>
</div>
</main>
<aside class="sidebar"><section><h3>相关文章</h3><ul>{rel}</ul></section><section><h3>热门评论</h3><ul>{hot}</ul></section></aside>
<footer><p>© 2026 {e(p.site)}</p></footer>"""
    return doc(p, body, jsonld(p, "Article"))


# ---------------------------------------------------------------- batch 34


def r_commentbox_script(p: Page) -> str:
    """A bakery blog whose comments Commentbox.io loads into an iframe: an empty container, a filled count, testimonials."""
    pop = "".join(
        f'<li><a href="/blog/{k}/">{e(t)}</a><p class="excerpt">{e(x)}</p></li>'
        for k, (t, x) in enumerate(
            zip(
                p.related,
                ["Butter, patience and a cold kitchen.", "We tested six and kept the one under ten pounds."],
                strict=True,
            )
        )
    )
    says = "".join(
        f'<blockquote class="testimonial"><p>{e(x)}</p><cite>{e(w)}</cite></blockquote>' for w, x in p.recent
    )
    paragraphs = p.article.split("\n\n")
    body = f"""<header class="site-header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/">Home</a> <a href="/menu/">Menu</a> <a href="/blog/">Blog</a> <a href="/visit/">Visit us</a></nav></header>
<main class="content">
<article class="blog-post">
<h1>{e(p.title)}</h1>
<p class="post-meta"><time datetime="{p.date}">{e(p.date_shown)}</time> · by {e(p.byline)} · <a href="#comments" class="commentbox-count" data-commentbox-id="crumb-rye-loaf">{p.announced} Comments</a></p>
{"".join(f"<p>{e(x)}</p>" for x in paragraphs[:2])}
<div class="recipe-card"><h3>Ingredients</h3><ul><li>400 g dark rye flour</li><li>350 ml warm water</li><li>1 tsp dried yeast</li><li>10 g salt</li></ul>
<h3>Method</h3><ol><li>Mix the flour and water the night before.</li><li>Add the yeast and salt in the morning, rest two hours.</li><li>Bake at 220 °C for an hour.</li></ol></div>
{"".join(f"<p>{e(x)}</p>" for x in paragraphs[2:])}
</article>
<section id="comments">
<div class="commentbox" id="crumb-rye-loaf"></div>
<noscript>Please enable JavaScript to view the comments.</noscript>
<script src="https://unpkg.com/commentbox.io/dist/commentBox.min.js"></script>
<script>commentBox('5712345678901234-proj');</script>
</section>
</main>
<aside class="sidebar">
<section><h3>Popular posts</h3><ul>{pop}</ul></section>
<section class="testimonials"><h3>What readers say</h3>{says}</section>
<form class="newsletter"><label for="nl">Your email</label><input id="nl" type="email"><button>Subscribe</button></form>
</aside>
<footer><p>© 2026 {e(p.site)} · 14 Mill Lane</p></footer>"""
    return doc(p, body, jsonld(p))


def r_remarkbox(p: Page) -> str:
    """Remarkbox remarks: div.node with a header line (author, age, points, links), nested div.node-children."""

    def item(i: int, replies: str) -> str:
        c = p.comments[i]
        sub = f'<div class="node-children" style="margin-left: 1.5em">{replies}</div>' if replies else ""
        uid = f"4f2a{i:02d}e1-9c3b-4d7e-8a11-0c5b7e2d{i:04d}"
        return f"""<div class="node" id="node-{uid}">
<div class="node-header"><span class="node-author">{e(c.author)}</span> <span class="node-age" title="{c.when.replace("T", " ")} UTC">{e(c.shown)}</span> <span class="node-points">{[3, 2, 5, 1, 1][i % 5]} points</span>
<a href="#node-{uid}">permalink</a> <a href="#" class="reply">reply</a> <a href="#">edit</a> <a href="#">hide</a></div>
<div class="node-body"><p>{e(c.text)}</p></div>
{sub}
</div>"""

    body = f"""<header><a class="site-title" href="/">{e(p.site)}</a><nav><a href="/posts/">Posts</a> <a href="/talks/">Talks</a> <a href="/hire/">Hire me</a></nav></header>
<main>
<h1>{e(p.title)}</h1>
<p class="post-meta"><time datetime="{p.date}">{e(p.date_shown)}</time> · <a href="/tags/testing/">testing</a> <a href="/tags/delivery/">delivery</a></p>
<div class="post-body">
{paras(p.article)}
</div>
<nav class="post-nav"><a href="/posts/staging/">« {e(p.related[0])}</a> <a href="/posts/small-prs/">{e(p.related[1])} »</a></nav>
<div id="remarkbox-div">
<h2>Remarks</h2>
<form class="remarkbox-form"><label for="rb">Markdown supported</label><textarea id="rb"></textarea><label for="rbe">Your email</label><input id="rbe" type="email"><button>Post</button></form>
<p class="verify-note">Verify your email to reply.</p>
{nested(p, item)}
<p class="powered">Comments powered by <a href="https://www.remarkbox.com">Remarkbox</a></p>
</div>
</main>
<footer><p>© 2026 {e(p.byline)}</p></footer>"""
    return doc(p, body, jsonld(p))


def r_goodreads_review(p: Page) -> str:
    """A Goodreads review page: the review is the article, a flat comment list whose replies name their parent."""
    items = []
    for i, c in enumerate(p.comments):
        items.append(
            f"""<div class="comment u-anchorTarget" id="comment_{2811040 + i}">
<a class="left imgcol" href="/user/show/{1200 + i}"><img alt="{e(c.author)}" src="/av/{i}.jpg"></a>
<div class="right bodycol"><div class="commentAuthor"><a href="/user/show/{1200 + i}" class="name">{e(c.author)}</a>
<div class="right"><a class="commentDate" href="#comment_{2811040 + i}">{e(c.shown)}</a> <a href="#" class="flag">flag</a></div></div>
<div class="commentBody reviewText">{e(c.text)}</div></div>
</div>"""
        )
    others = "".join(
        f'<div class="friendReviews"><a href="/r/{k}" class="user">{e(w)}</a> <span class="stars">★★★☆☆</span> <span class="snippet">{e(t)}</span> was fine.</div>'
        for k, (w, t) in enumerate(p.recent)
    )
    book, author = p.title.split(" by ")
    body = f"""<div class="siteHeader"><a class="logo" href="/">goodreads</a><nav><a href="/">Home</a> <a href="/review/list">My Books</a> <a href="/book">Browse ▾</a> <a href="/group">Community ▾</a></nav><a href="/user/sign_in">Sign in</a></div>
<div class="mainContentFloat">
<div class="mainContent">
<div class="reviewHeader"><a href="/book/show/501"><img class="bookCover" src="/cover/501.jpg" alt="{e(book)}"></a>
<h1><a class="bookTitle" href="/book/show/501">{e(book)}</a></h1><span class="by">by</span> <a class="authorName" href="/author/show/77">{e(author)}</a>
<h2>{e(p.byline)}'s review</h2>
<div class="rating"><span class="staticStars" title="it was amazing">★★★★★</span> it was amazing</div>
<div class="shelves">Shelves: <a href="#">historical</a>, <a href="#">2025-reads</a></div>
<div class="readDates">Read in April 2025</div></div>
<section class="ReviewText" itemprop="reviewBody">
{paras(p.article)}
</section>
<div class="reviewFooter"><span class="likesCount">38 likes</span> · <a href="#">Like</a> · <a href="#comments">Comment</a> · <span class="reviewDate">{e(p.date_shown)}</span></div>
<div id="comments" class="commentsSection"><h2 class="brownBackground">Comments Showing 1-{len(p.comments)} of {len(p.comments)} ({len(p.comments)} new)</h2>
{chr(10).join(items)}
<div class="commentForm"><h3>Post a comment »</h3><p><a href="/user/sign_in">Sign in to comment</a></p></div></div>
</div>
<div class="rightContainer">
<div class="bigBoxContent"><h2>Other reviews</h2>{others}</div>
<div class="bigBoxContent"><h2>More by this author</h2><ul>{"".join(f"<li><a href='/b/{k}'>{e(t)}</a></li>" for k, t in enumerate(p.related))}</ul></div>
</div></div>
<footer class="responsiveSiteFooter"><p>© 2026 Goodreads, Inc.</p></footer>"""
    return doc(p, body)


def r_de_news_json(p: Page) -> str:
    """A German daily's Nuxt app: comments only in window.__NUXT__, the HTML list empty."""
    state = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": "ab-12093",
                    "headline": p.title,
                    "published": f"{p.when}+02:00",
                    "authors": [p.byline],
                },
                "comments": {
                    "count": len(p.comments),
                    "list": [
                        {
                            "id": 88401 + i,
                            "parentId": None if c.parent is None else 88401 + c.parent,
                            "author": {"displayName": c.author},
                            "createdAt": f"{c.when}+02:00",
                            "body": c.text,
                            "recommendations": [14, 3, 6, 9][i % 4],
                        }
                        for i, c in enumerate(p.comments)
                    ],
                },
            }
        ],
        "state": {"user": None, "mostRead": p.related},
    }
    paragraphs = p.article.split("\n\n")
    most = "".join(f"<li><a href='/m/{k}'>{e(t)}</a></li>" for k, t in enumerate(p.related))
    body = f"""<div id="__nuxt"><div id="__layout">
<header class="ts-header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/berlin/">Berlin</a> <a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/plus/">Plus</a></nav></header>
<main>
<article class="ts-article">
<p class="ts-kicker">Verkehr in Charlottenburg</p>
<h1 class="ts-headline">{e(p.title)}</h1>
<p class="ts-intro">Der Bezirk nennt Leitungsarbeiten als Grund für die Verspätung.</p>
<p class="ts-meta">Von <a href="/autoren/weidner/">{e(p.byline)}</a> <time datetime="{p.when}+02:00">{e(p.date_shown)}</time></p>
<div class="ts-article-body">
<p>{e(paragraphs[0])}</p>
<aside class="ts-read-also"><span>Lesen Sie auch</span> <a href="/r/1">{e(p.related[1])}</a></aside>
{"".join(f"<p>{e(x)}</p>" for x in paragraphs[1:])}
</div>
</article>
<section class="ts-comments" id="kommentare">
<h2>Leserkommentare</h2><p class="ts-comments-count">{len(p.comments)} Kommentare</p>
<ul class="ts-comment-list"></ul>
<button class="ts-comments-show">Kommentare anzeigen</button>
<p class="ts-comments-login">Zum Kommentieren bitte <a href="/login">anmelden</a>.</p>
</section>
</main>
<aside class="sidebar"><section><h3>Meistgelesen</h3><ol>{most}</ol></section><section><h3>Meistkommentiert</h3><ol>{most}</ol></section></aside>
<footer><p>© 2026 {e(p.site)} · Impressum</p></footer>
</div></div>
<script>window.__NUXT__={script_json(state)};</script>
<script src="/_nuxt/7c1d.js" defer></script>"""
    return doc(p, body, jsonld(p, "NewsArticle"))


def r_ru_fun_forum(p: Page) -> str:
    """An IP.Board 1.x-style Russian forum thread: post tables, 'Цитата (Name @ date)' quotes, group and counts."""
    posts = [C(p.byline, p.when, p.date_shown, p.article, extra="Пользователи"), *list(p.comments)]
    rows = []
    for k, c in enumerate(posts):
        quote = ""
        if k > 0 and c.parent is not None:
            q = p.comments[c.parent]
            quote = f'<div class="quote"><div class="quotetop">Цитата ({e(q.author)} @ {e(q.shown)})</div><div class="quotemain">{e(c.extra2)}</div></div>'
        rows.append(
            f"""<table class="tablepad" id="p_row{5120 + k}" cellspacing="1">
<tr><td class="row4"><span class="normalname"><a href="/members/{300 + k}">{e(c.author)}</a></span></td>
<td class="row4"><span class="postdetails">Отправлено: {e(c.shown)}</span> <a class="postnum" href="#p_row{5120 + k}">#{k + 1}</a></td></tr>
<tr><td class="post2" valign="top"><img class="avatar" src="/av/{k}.gif" alt=""><br><span class="postdetails">Группа: {e(c.extra)}<br>Сообщений: {[3412, 981, 3412, 15044, 981][k % 5]}<br>Рейтинг: {[1205, 310, 1205, 9880, 310][k % 5]}</span></td>
<td class="post2" valign="top"><div class="postcolor">{quote}{"<br>".join(e(x) for x in c.text.split(chr(10) + chr(10)))}</div>
<div class="post-rating"><a href="#" class="up">▲</a> <span class="rating">+{[214, 12, 9, 31, 18][k % 5]}</span> <a href="#" class="down">▼</a></div>
<div class="post-buttons"><a href="#">Ответить</a> <a href="#">Цитата</a></div></td></tr>
</table>"""
        )
    similar = "".join(
        f'<li><a href="/t/{k}">{e(t)}</a> <span>{e(w)}</span></li>' for k, (w, t) in enumerate(p.recent)
    )
    body = f"""<div id="ipbwrapper">
<div id="logostrip"><a href="/">{e(p.site)}</a></div>
<div id="navstrip"><a href="/">ЯП</a> &gt; <a href="/forum2/">Авто и мото</a></div>
<div class="maintitle"><h1>{e(p.title)}</h1> <span class="topic-rating">+214</span> <a href="#">Опции темы</a></div>
{chr(10).join(rows)}
<div class="quickreply"><h3>Быстрый ответ</h3><form><label for="qr">Сообщение</label><textarea id="qr"></textarea><button>Отправить</button></form></div>
<div class="ad">Реклама</div>
<div class="similar"><h3>Похожие темы</h3><ul>{similar}</ul></div>
<div id="copyright">© 2026 {e(p.site)}</div>
</div>"""
    return doc(p, body)


def r_ar_daily(p: Page) -> str:
    """An Argentine daily's comments: replies grouped under their thread's first comment, deeper ones opening with '@Nick'."""

    def one(i: int) -> str:
        c = p.comments[i]
        return f"""<div class="comment-item" data-comment-id="{731900 + i}">
<div class="comment-head"><span class="comment-avatar">{e(initials(c.author))}</span><a class="comment-user" href="#">{e(c.author)}</a> <span class="comment-date" title="{c.when.replace("T", " ")[:16]}">{e(c.shown)}</span></div>
<p class="comment-text">{e(c.text)}</p>
<div class="comment-actions"><button>Responder</button> <span class="votes">👍 {[14, 3, 6, 9][i % 4]} 👎 {[2, 0, 1, 0][i % 4]}</span></div>
</div>"""

    threads = []
    for i, c in enumerate(p.comments):
        if c.parent is None:
            sub = "".join(one(j) for j in descendants(p, i))
            more = '<a href="#" class="more-responses">Ver más respuestas</a>' if sub else ""
            threads.append(
                f'<div class="comment-thread">{one(i)}'
                + (f'<div class="comment-responses">{sub}{more}</div>' if sub else "")
                + "</div>"
            )
    paragraphs = p.article.split("\n\n")
    most = "".join(f"<li><a href='/m/{k}'>{e(t)}</a></li>" for k, t in enumerate(p.related))
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/politica/">Política</a> <a href="/sociedad/">Sociedad</a> <a href="/ciudades/">Ciudades</a> <a href="/deportes/">Deportes</a></nav></header>
<main>
<article class="entry">
<p class="volanta">Transporte</p>
<h1 class="title">{e(p.title)}</h1>
<h2 class="bajada">Las formaciones están en período de prueba desde marzo.</h2>
<p class="author-date">Por <a href="/autor/msosa">{e(p.byline)}</a> <time datetime="{p.when}-03:00">{e(p.date_shown)}</time> <span class="update">Actualizado al 06/05/2025 12:00</span></p>
<div class="body-nota">
<p>{e(paragraphs[0])}</p>
<div class="mira-tambien">Mirá también <a href="/m/0">{e(p.related[0])}</a></div>
{"".join(f"<p>{e(x)}</p>" for x in paragraphs[1:])}
</div>
</article>
<section class="comments">
<h3>Comentarios</h3>
<p class="comments-disclaimer">Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.</p>
<p class="comments-login"><a href="/login">Ingresá</a> para comentar</p>
<div class="comments-sort">Ordenar: <button>Más nuevos</button> <button>Más votados</button></div>
{chr(10).join(threads)}
<a href="#" class="more-comments">Ver más comentarios</a>
</section>
</main>
<aside class="sidebar"><section><h3>Lo más leído</h3><ol>{most}</ol></section><section class="newsletter"><h3>Newsletter</h3><form><label for="nm">Tu email</label><input id="nm"><button>Suscribirme</button></form></section></aside>
<footer><p>© 2026 {e(p.site)}</p></footer>"""
    return doc(p, body, jsonld(p, "NewsArticle"))


def r_fr_daily_flat(p: Page) -> str:
    """A French daily's subscriber comments: a flat list whose answers open with '@pseudo'."""
    items = []
    for i, c in enumerate(p.comments):
        label = f' <span class="comment-label">{e(c.extra)}</span>' if c.extra else ""
        items.append(
            f"""<article class="comment" id="comment-{60311 + i}">
<header><strong class="comment-author">{e(c.author)}</strong>{label} <time datetime="{c.when}+02:00">{e(c.shown)}</time></header>
<div class="comment-body"><p>{e(c.text)}</p></div>
<footer class="comment-actions"><button>Répondre</button> <button>Signaler</button> <span class="likes">♥ {[9, 2, 7, 11, 1][i % 5]}</span></footer>
</article>"""
        )
    paragraphs = p.article.split("\n\n")
    most = "".join(
        f"<li><a href='/m/{k}'>{e(t)}</a> <span class='premium'>Réservé aux abonnés</span></li>"
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/politique/">Politique</a> <a href="/societe/">Société</a> <a href="/culture/">Culture</a> <a href="/abonnement/">S'abonner</a></nav></header>
<main>
<article class="article">
<p class="article-rubric"><a href="/societe/">Société</a></p>
<h1>{e(p.title)}</h1>
<p class="article-chapo">Perceuses, scies et ponceuses s'empruntent désormais avec une carte d'abonné.</p>
<p class="article-byline">par <a href="/auteur/caubert/">{e(p.byline)}</a> <time datetime="{p.when}+02:00">{e(p.date_shown)}</time></p>
<div class="article-body">
<p>{e(paragraphs[0])}</p>
<p class="read-also">A lire aussi : <a href="/r/1">{e(p.related[1])}</a></p>
{"".join(f"<p>{e(x)}</p>" for x in paragraphs[1:])}
</div>
</article>
<section class="comments">
<h2>Commentaires</h2><p class="comments-count">{len(p.comments)} commentaires</p>
<p class="comments-note">Les commentaires sont réservés aux abonnés. <a href="/abonnement/">S'abonner</a></p>
<div class="comments-sort">Trier par : <button>plus récents</button> <button>plus anciens</button></div>
<form class="comment-form"><label for="cm">Votre commentaire</label><textarea id="cm"></textarea><button>Publier</button></form>
{chr(10).join(items)}
<button class="comments-more">Afficher plus de commentaires</button>
</section>
</main>
<aside class="sidebar"><section><h3>Les plus lus</h3><ol>{most}</ol></section><section class="newsletter"><h3>Newsletter</h3><form><label for="nl">Votre e-mail</label><input id="nl"><button>S'inscrire</button></form></section></aside>
<footer><p>© 2026 {e(p.site)}</p></footer>"""
    return doc(p, body, jsonld(p, "NewsArticle"))


def r_smzdm(p: Page) -> str:
    """A smzdm-style article: a flat floor list, replies quoting the parent as '引用 Name 的评论：…'."""
    items = []
    for i, c in enumerate(p.comments):
        quote = ""
        if c.parent is not None:
            quote = f'<blockquote class="comment_quote">引用 <a href="#">{e(p.comments[c.parent].author)}</a> 的评论：{e(c.extra2)}</blockquote>'
        items.append(
            f"""<li class="comment_list" data-id="{1870300 + i}" id="li_comment_{1870300 + i}">
<div class="comment_avatar"><img src="/av/{i}.png" alt=""></div>
<div class="comment_conBox"><div class="comment_head"><span class="comment_name">{e(c.author)}</span> <span class="level">{e(c.extra)}</span> <span class="time" title="{c.when.replace("T", " ")[:16]}">{e(c.shown)}</span> <span class="floor">{i + 1}楼</span></div>
{quote}<div class="comment_con"><p>{e(c.text)}</p></div>
<div class="comment_action"><a href="#">回复</a> <a href="#">举报</a> <a href="#" class="like">赞 ({[12, 5, 3, 8][i % 4]})</a></div></div>
</li>"""
        )
    hot = "".join(
        f'<li><span class="n">{e(w)}</span>：<a href="/p/{k}">{e(t)}</a></li>'
        for k, (w, t) in enumerate(p.recent)
    )
    rel = "".join(f'<li><a href="/p/{70 + k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    paragraphs = p.article.split("\n\n")
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a><nav><a href="/">首页</a> <a href="/youhui/">好价</a> <a href="/post/">社区</a> <a href="/baike/">百科</a></nav></header>
<main>
<article class="article">
<span class="tag-original">原创</span>
<h1 class="item-name">{e(p.title)}</h1>
<div class="author-info"><a href="/u/douzi" class="author-name">{e(p.byline)}</a> <span class="level">Lv.7</span> <time datetime="{p.when}+08:00">{e(p.date_shown)}</time></div>
<div class="article-content">
<p>{e(paragraphs[0])}</p>
<div class="product-card"><span class="product-name">细嘴手冲壶 600ml</span> <span class="price">参考价格：¥32</span></div>
{"".join(f"<p>{e(x)}</p>" for x in paragraphs[1:])}
<div class="product-card"><span class="product-name">手摇磨豆机</span> <span class="price">参考价格：¥89</span></div>
</div>
<div class="article-bar"><span class="worth">值 128</span> <span class="unworth">不值 6</span> <span class="fav">收藏 56</span> <span class="share">分享</span></div>
</article>
<div id="comments" class="comments">
<h3>评论 ({len(p.comments)})</h3>
<div class="tabs"><span class="active">最新</span> <span>最热</span></div>
<div class="comment-form"><textarea placeholder="说点什么吧"></textarea><button>发表</button></div>
<ul class="comment_listBox">
{chr(10).join(items)}
</ul>
</div>
</main>
<aside class="sidebar"><section><h3>相关文章</h3><ul>{rel}</ul></section><section><h3>热门评论</h3><ul>{hot}</ul></section></aside>
<footer><p>© 2026 {e(p.site)}</p></footer>"""
    return doc(p, body, jsonld(p, "Article"))


RENDERERS_33_34: dict[str, Callable[[Page], str]] = {
    "fastcomments": r_fastcomments,
    "bluesky_comments": r_bluesky_comments,
    "phabricator": r_phabricator,
    "sz_style": r_sz_style,
    "ru_news_json": r_ru_news_json,
    "eldiario_style": r_eldiario_style,
    "fr_health_forum": r_fr_health_forum,
    "sspai": r_sspai,
    "commentbox_script": r_commentbox_script,
    "remarkbox": r_remarkbox,
    "goodreads_review": r_goodreads_review,
    "de_news_json": r_de_news_json,
    "ru_fun_forum": r_ru_fun_forum,
    "ar_daily": r_ar_daily,
    "fr_daily_flat": r_fr_daily_flat,
    "smzdm": r_smzdm,
}
# Lists in reading order whose replies point back (a quote, 'Antwort auf', '回复 @…：', '@name', 'Name,'),
# and the pages whose comments sit only in a JSON state: make_pages does not check their nesting order.
FLAT_33_34 = {
    "phabricator",
    "fr_health_forum",
    "sz_style",
    "sspai",
    "ru_news_json",
    "goodreads_review",
    "de_news_json",
    "ru_fun_forum",
    "ar_daily",
    "fr_daily_flat",
    "smzdm",
}
