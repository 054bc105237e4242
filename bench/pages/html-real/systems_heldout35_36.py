"""Markup of the comment systems first used by held-out batches 35 and 36 (see make_pages.py).

Kept apart from make_pages.py so that two writers can add batches in parallel; make_pages.py
registers RENDERERS and FLAT from here. The helpers (escaping, paragraphs, the page shell) are
make_pages.py's own, so every page is built the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from make_pages import depth, e, footer, ld_json, nav, paras, shell, tree
from page_texts import Page

# Imageboard posts are numbered; a reply names the post it answers as '>>N' on its first line
# (a top-level reply whose text file marks it extra="op" links the opening post).
_OP_NUMBER = {"kusaba": 4410, "wakaba": 88120}


def _handle(name: str) -> str:
    """A Bluesky or fediverse handle made from a display name (ASCII letters only, else 'user')."""
    ascii_name = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalpha())
    return ascii_name or "user"


def _person(p: Page, i: int) -> str:
    """A stable id for comment i's author: the handle-like name and the author's first comment's index."""
    first = next(k for k, c in enumerate(p.comments) if c.author == p.comments[i].author)
    return f"{_handle(p.comments[i].author)}{first}"


def r_bluesky_json(p: Page) -> str:
    """Comments only as getPostThread JSON in a script: the empty div#bsky-comments is filled by a client script."""
    uri = "at://did:plc:tidewater7q2/app.bsky.feed.post/3lk2qv7tidew"

    def view(i: int) -> dict[str, object]:
        c = p.comments[i]
        kids = [k for k, d in enumerate(p.comments) if d.parent == i]
        handle = f"{_person(p, i)}.bsky.social"
        return {
            "$type": "app.bsky.feed.defs#threadViewPost",
            "post": {
                "uri": f"at://did:plc:{_person(p, i)}x/app.bsky.feed.post/3lk2r{i}abc",
                "author": {
                    "did": f"did:plc:{_person(p, i)}x",
                    "handle": handle,
                    "displayName": c.author,
                },
                "record": {"$type": "app.bsky.feed.post", "text": c.text, "createdAt": f"{c.when}.000Z"},
                "replyCount": len(kids),
                "repostCount": 0,
                "likeCount": 3 + i,
                "indexedAt": f"{c.when}.120Z",
            },
            "replies": [view(k) for k in kids],
        }

    tops = [i for i, c in enumerate(p.comments) if c.parent is None]
    state = {
        "thread": {
            "$type": "app.bsky.feed.defs#threadViewPost",
            "post": {
                "uri": uri,
                "author": {
                    "did": "did:plc:tidewater7q2",
                    "handle": "tidewaternotes.bsky.social",
                    "displayName": p.byline,
                },
                "record": {
                    "$type": "app.bsky.feed.post",
                    "text": f"New on the blog: {p.title}",
                    "createdAt": f"{p.when}.000Z",
                },
                "replyCount": len(p.comments),
                "likeCount": 38,
            },
            "replies": [view(i) for i in tops],
        }
    }
    data = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    recent = "".join(
        f'<li><span class="who">{e(who)}</span> on <a href="/posts/{k}/">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    posts = "".join(
        f'<li><a href="/posts/r{k}/">{e(t)}</a> <time>2025-02-1{k + 2}</time></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<main class="content">
<article class="post">
<h1 class="post-title">{e(p.title)}</h1>
<p class="post-meta"><time datetime="{p.date}">{e(p.date_shown)}</time> · {e(p.byline)} · <a href="#comments">{len(p.comments)} replies</a></p>
<div class="post-body">
{paras(p.article)}
</div>
</article>
<section id="comments" class="comments">
<h2>Comments</h2>
<p class="bsky-cta">Comments are replies to <a href="https://bsky.app/profile/tidewaternotes.bsky.social/post/3lk2qv7tidew">this post on Bluesky</a>. <a class="button" href="https://bsky.app/profile/tidewaternotes.bsky.social/post/3lk2qv7tidew">Reply on Bluesky</a></p>
<div id="bsky-comments" data-uri="{uri}"></div>
<script type="application/json" id="bsky-thread">{data}</script>
<script src="/js/bsky-comments.js" defer></script>
</section>
</main>
<aside class="sidebar"><section><h2>Recent posts</h2><ul>{posts}</ul></section><section><h2>Recent replies on other posts</h2><ul>{recent}</ul></section></aside>
{footer(p)}"""
    return shell(p, body, head=ld_json(p))


def r_writefreely_script(p: Page) -> str:
    """WriteFreely's collection post with an empty fediverse-comments container a script fills (no comments on the page)."""
    posts = "".join(f'<li><a href="/{k}-post">{e(t)}</a></li>' for k, t in enumerate(p.related))
    lately = "".join(
        f'<li><strong>{e(who)}</strong> replied to <a href="/r{k}">{e(post)}</a></li>'
        for k, (who, post) in enumerate(p.recent)
    )
    body = f"""<header id="blog-title" class="h-card"><h1><a href="/" class="u-url p-name">{e(p.site)}</a></h1><p class="description p-note">Notes from a small bindery</p><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/feed/">Subscribe</a></nav></header>
<article id="post-body" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<h2 id="title" class="p-name">{e(p.title)}</h2>
<time class="dt-published" datetime="{p.when}Z" pubdate itemprop="datePublished" content="{p.when}Z"><a href="#" class="u-url">{e(p.date_shown)}</a></time>
<div class="e-content">
{paras(p.article)}
</div>
</article>
<div id="post-footer">
<section class="fedi-comments"><h3><a href="#comments">{p.announced} replies</a></h3>
<div id="comments" data-thread="https://write.example/@/loosesignatures/coptic-binding"><p class="loading">Loading {p.announced} replies…</p></div>
<a class="btn" href="https://write.example/@/loosesignatures">Reply from the fediverse</a>
<script src="/js/fedi-comments.js" defer></script>
</section>
<section class="elsewhere"><h3>Elsewhere on this blog</h3><ul>{posts}</ul></section>
<section class="lately"><h3>Lately in the replies</h3><ul>{lately}</ul></section>
</div>
<footer><hr><nav><a href="/">{e(p.site)}</a> · Published with <a href="https://writefreely.org">WriteFreely</a></nav></footer>"""
    return shell(p, body, head=ld_json(p, count=p.announced))


def _imageboard(p: Page, *, labels: dict[str, str], fileinfo: str, board_list: str, powered: str) -> str:
    """A Wakaba-family thread: the OP then a table per reply, answers linking the post answered as '>>N'."""
    op = _OP_NUMBER[p.render]
    numbers = [op + 1 + k for k in range(len(p.comments))]
    replies = []
    for i, c in enumerate(p.comments):
        target = numbers[c.parent] if c.parent is not None else (op if c.extra == "op" else None)
        ref = (
            f'<a href="/{p.render}/res/{op}.html#{target}" class="ref|b|{op}|{target}">&gt;&gt;{target}</a><br />'
            if target
            else ""
        )
        replies.append(f"""<table><tbody><tr><td class="doubledash">&gt;&gt;</td>
<td class="reply" id="reply{numbers[i]}"><a name="{numbers[i]}"></a>
<label><input type="checkbox" name="post[]" value="{numbers[i]}" /> <span class="replytitle"></span> <span class="postername">{e(c.author)}</span> {e(c.shown)}</label>
<span class="reflink"><a href="/{p.render}/res/{op}.html#{numbers[i]}">No.</a><a href="/{p.render}/res/{op}.html#i{numbers[i]}">{numbers[i]}</a></span>
<blockquote>
{ref}{e(c.text)}
</blockquote>
</td></tr></tbody></table>""")
    article = "<br /><br />".join(e(part) for part in p.article.split("\n\n"))
    form = "".join(
        f'<tr><td class="postblock">{e(lab)}</td><td><input type="text" name="f{k}" size="28" /></td></tr>'
        for k, lab in enumerate(labels["form"].split("|"))
    )
    body = f"""<div class="adminbar">[<a href="/">{e(labels["home"])}</a>]</div>
<div class="navbar">{board_list}</div>
<div class="logo">{e(p.site)}</div>
<hr />
<div class="postarea"><form id="postform" action="/board.php" method="post" enctype="multipart/form-data"><table class="postform"><tbody>{form}<tr><td class="postblock">{e(labels["message"])}</td><td><textarea name="message" cols="48" rows="4"></textarea></td></tr></tbody></table><input type="submit" value="{e(labels["submit"])}" /></form></div>
<hr />
<form id="delform" action="/board.php" method="post">
<div id="thread{op}">
<a name="{op}"></a>
<span class="filesize">{fileinfo}</span><br />
<a href="/src/{op}.jpg"><img src="/thumb/{op}s.jpg" width="200" height="150" class="thumb" alt="{op}" /></a>
<label><input type="checkbox" name="post[]" value="{op}" /> <span class="filetitle">{e(p.title)}</span> <span class="postername">{e(p.byline)}</span> {e(p.date_shown)}</label>
<span class="reflink"><a href="/{p.render}/res/{op}.html#{op}">No.</a><a href="/{p.render}/res/{op}.html#i{op}">{op}</a></span> [<a href="/{p.render}/res/{op}.html">{e(labels["reply"])}</a>]
<blockquote>
{article}
</blockquote>
{chr(10).join(replies)}
<br clear="left" /><hr />
</div>
<table class="userdelete"><tbody><tr><td>{e(labels["delete"])} <input type="password" name="password" size="8" /> <input value="{e(labels["delete_button"])}" type="submit" /></td></tr></tbody></table>
</form>
<div class="navbar">{board_list}</div>
<p class="footer">{powered}</p>"""
    return shell(p, body)


def r_kusaba(p: Page) -> str:
    """Kusaba X: the OP and td.reply tables, '>>N' ref links, the post form and the delete box."""
    return _imageboard(
        p,
        labels={
            "home": "Home",
            "form": "Name|Email|Subject",
            "message": "Message",
            "submit": "Reply",
            "reply": "Reply",
            "delete": "Delete post [ ] File only Password",
            "delete_button": "Delete",
        },
        fileinfo='File: <a href="/src/1741420812345.jpg">1741420812345.jpg</a> - (212.4 KB, 1200x900)',
        board_list='[ <a href="/a/">a</a> / <a href="/diy/">diy</a> / <a href="/g/">g</a> / <a href="/k/">k</a> ]',
        powered='- <a href="http://kusabax.cultnet.net/">Powered by Kusaba X</a> -',
    )


_WAKABA_STRINGS = {
    "ru": {
        "labels": {
            "home": "Главная",
            "form": "Имя|E-mail|Тема",
            "message": "Комментарий",
            "submit": "Отправить",
            "reply": "Ответ",
            "delete": "Удалить пост: Пароль",
            "delete_button": "Удалить",
        },
        "fileinfo": 'Файл: <a href="/src/1741421000123.jpg">1741421000123.jpg</a> - (184 KB, 1024x768)',
        "boards": "b|bike|hw|sp",
    },
    "en": {
        "labels": {
            "home": "Home",
            "form": "Name|Link|Subject",
            "message": "Comment",
            "submit": "Submit",
            "reply": "Reply",
            "delete": "Delete Post: Password",
            "delete_button": "Delete",
        },
        "fileinfo": 'File: <a href="/src/1741421000456.jpg">1741421000456.jpg</a> - (97 KB, 800x600)',
        "boards": "b|ck|diy|out",
    },
}


def r_wakaba(p: Page) -> str:
    """Wakaba (strings by language): the OP and td.reply tables, '>>N' links, the post form and the delete box."""
    strings = _WAKABA_STRINGS[p.lang]
    boards = " / ".join(f'<a href="/{b}/">{b}</a>' for b in str(strings["boards"]).split("|"))
    labels = strings["labels"]
    assert isinstance(labels, dict)
    return _imageboard(
        p,
        labels=labels,
        fileinfo=str(strings["fileinfo"]),
        board_list=f"[ {boards} ]",
        powered='- <a href="https://wakaba.c3.cx/">wakaba</a> + desuchan -',
    )


_BSKY_LABELS = {
    "en": {
        "h2": "Comments",
        "cta": "Reply on Bluesky to join the conversation",
        "more": "See more replies on Bluesky",
        "related": "More episodes",
        "recent": "Latest comments",
        "on": "on",
        "reading": "Episode 42 · 38 min",
        # A podcast episode page: the player above the show notes, chapters and links after them.
        "before": '<div class="player"><audio controls preload="none" src="/audio/ep42.mp3"></audio><a href="/ep42/transcript">Read the transcript</a> · <a href="/subscribe">Subscribe</a></div>',
        "after": '<div class="episode-extras"><h2>Chapters</h2><ol class="chapters"><li>00:00 Intro</li><li>03:10 Old fuel</li><li>19:45 Cleaning the jets</li><li>31:20 Listener questions</li></ol><h2>Links from this episode</h2><ul><li><a href="/l/1">Carburettor diagram</a></li><li><a href="/l/2">Fuel stabiliser test</a></li></ul></div>',
    },
    "de": {
        "h2": "Kommentare",
        "cta": "Antworte auf Bluesky, um hier zu erscheinen",
        "more": "Mehr Antworten auf Bluesky anzeigen",
        "related": "Ähnliche Artikel",
        "recent": "Neueste Kommentare",
        "on": "zu",
        "reading": "Lesezeit 3 Min.",
    },
    "zh": {
        "h2": "评论",
        "cta": "在 Bluesky 上回复即可显示在这里",
        "more": "在 Bluesky 上查看更多回复",
        "related": "相关文章",
        "recent": "最新评论",
        "on": "评论了",
        "reading": "字数 620",
    },
}


def r_bluesky_thread(p: Page) -> str:
    """Bluesky replies rendered under a blog post: ul.comment-list of li.comment, nested ul.replies, stats."""
    lab = _BSKY_LABELS[p.lang]
    author_handle = f"{_handle(p.byline)}.bsky.social"

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        handle = author_handle if c.author == p.byline else f"{_person(p, i)}.bsky.social"
        return f"""<li class="comment" data-uri="at://did:plc:x{i}/app.bsky.feed.post/3lk{i}q">
<div class="comment-author"><img class="avatar" src="https://cdn.bsky.app/img/avatar/plain/did:plc:{_person(p, i)}/a.jpg" alt="" width="28" height="28"><span class="display-name">{e(c.author)}</span> <a class="handle" href="https://bsky.app/profile/{handle}">@{handle}</a></div>
<a class="comment-date" href="https://bsky.app/profile/{handle}/post/3lk{i}q" title="{c.when}">{e(c.shown)}</a>
<p class="comment-text">{e(c.text)}</p>
<div class="comment-stats"><span class="likes">♥ {2 + i}</span> <span class="reposts">↻ 0</span> <span class="replies">💬 {sum(1 for d in p.comments if d.parent == i)}</span></div>
{sub}</li>"""

    comments = tree(p, item, lambda s: f'<ul class="replies">\n{s}\n</ul>')
    rel = "".join(
        f'<li><a href="/p/{k}/">{e(t)}</a> <time>2025-02-0{k + 3}</time></li>'
        for k, t in enumerate(p.related)
    )
    rec = "".join(
        f'<li><span class="rc-author">{e(w)}</span> {e(lab["on"])} <a href="/p/{k}/">{e(t)}</a></li>'
        for k, (w, t) in enumerate(p.recent)
    )
    post = f"https://bsky.app/profile/{author_handle}/post/3lkpost"
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<main class="main">
<article class="post">
<header class="post-header"><h1 class="post-title">{e(p.title)}</h1><div class="post-meta"><time datetime="{p.when}+01:00">{e(p.date_shown)}</time> · {e(p.byline)} · {e(lab["reading"])}</div></header>
{lab.get("before", "")}<div class="post-content">
{paras(p.article)}
</div>
{lab.get("after", "")}</article>
<section class="bluesky-comments" id="comments">
<h2>{e(lab["h2"])}</h2>
<p class="bsky-cta"><a href="{post}">{e(lab["cta"])}</a></p>
<div class="post-stats"><span>♥ 41</span> · <span>↻ 6</span> · <span>💬 {len(p.comments)}</span></div>
<ul class="comment-list">
{comments}
</ul>
<a class="show-more" href="{post}">{e(lab["more"])}</a>
</section>
<section class="related"><h2>{e(lab["related"])}</h2><ul>{rel}</ul></section>
</main>
<aside class="sidebar"><section class="widget"><h2>{e(lab["recent"])}</h2><ul>{rec}</ul></section></aside>
{footer(p)}"""
    return shell(p, body, head=ld_json(p))


_PLUME_LABELS = {
    "ru": {
        "menu": "Поиск|Панель|Уведомления",
        "comments": "Комментарии",
        "form": "Ваш комментарий",
        "cw": "Предупреждение о содержимом",
        "send": "Отправить комментарий",
        "respond": "Ответить",
        "delete": "Удалить",
        "counts": "15 нравится · 4 репоста",
        "more": "Другие статьи этого блога",
        "footer": "Об этом узле · Исходный код · Справка",
        "subtitle": "Заметки любителя астрономии",
        "licence": "",
        "reading": "3 минуты чтения",
    },
    "es": {
        "menu": "Buscar|Panel|Notificaciones",
        "comments": "Comentarios",
        "form": "Escribe tu comentario",
        "cw": "Advertencia de contenido",
        "send": "Enviar comentario",
        "respond": "Responder",
        "delete": "Eliminar",
        "counts": "12 Me gusta · 3 Difusiones",
        "more": "Más artículos de este blog",
        "footer": "Sobre esta instancia · Código fuente · Ayuda",
        "subtitle": "Nada se tira en esta cocina",
        "licence": "",
        "reading": "3 minutos de lectura",
    },
    "fr": {
        "menu": "Rechercher|Tableau de bord|Notifications",
        "comments": "Commentaires",
        "form": "Votre commentaire",
        "cw": "Avertissement de contenu",
        "send": "Envoyer le commentaire",
        "respond": "Répondre",
        "delete": "Supprimer",
        "counts": "8 J’aime · 2 Partages",
        "more": "Plus d’articles de ce blog",
        "footer": "À propos de cette instance · Code source · Aide",
        "subtitle": "Une vie au fil de l’eau",
        "licence": "Licence : CC-BY-SA",
        "reading": "4 minutes de lecture",
    },
}


def r_plume(p: Page) -> str:
    """Plume: article.e-content, div.comments with nested div.comment#comment-N (a.author, span.username, a.date, div.text)."""
    lab = _PLUME_LABELS[p.lang]
    instance = "plume.example"

    def item(i: int, sub: str) -> str:
        c = p.comments[i]
        user = _handle(c.author)
        own = (
            f'<form class="inline" method="post" action="/~/blog/post/comment/{i + 30}/delete"><input type="submit" class="button" value="{e(lab["delete"])}"></form>'
            if c.author == p.byline
            else ""
        )
        return f"""<div class="comment u-comment h-cite" id="comment-{i + 30}">
<header><a class="author p-author h-card" href="/@/{user}/"><img class="avatar small" src="/static/media/{user}.png" alt=""><span class="display-name p-name">{e(c.author)}</span><span class="username">@{user}@{instance}</span></a>
<a class="date dt-published" href="#comment-{i + 30}"><span title="{c.when}">{e(c.shown)}</span></a></header>
<div class="text p-content"><p>{e(c.text)}</p></div>
<a class="button icon icon-message" href="?responding_to={i + 30}#comment-form">{e(lab["respond"])}</a>{own}
{sub}</div>"""

    comments = tree(p, item, lambda s: s)
    menu = "".join(f'<a href="/{k}">{e(x)}</a>' for k, x in enumerate(lab["menu"].split("|")))
    cards = "".join(
        f'<div class="card"><h3><a href="/~/blog/{k}">{e(t)}</a></h3><p class="author">{e(p.byline)} · 2025-02-1{k}</p></div>'
        for k, t in enumerate(p.related)
    )
    licence = f'<p class="licence">{e(lab["licence"])}</p>' if lab["licence"] else ""
    user = _handle(p.byline)
    body = f"""<header id="header"><nav id="menu"><a href="/" class="title">Plume</a>{menu}</nav></header>
<main>
<div class="h-entry">
<header class="article"><p class="blog-name"><a href="/~/blog/">{e(p.site)}</a></p>
<h1 class="article p-name">{e(p.title)}</h1>
<h2 class="article p-summary">{e(lab["subtitle"])}</h2>
<div class="article-info"><span class="author"><a href="/@/{user}/" class="p-author h-card">{e(p.byline)}</a> <span class="username">@{user}@{instance}</span></span> — <span class="date dt-published" title="{p.when}">{e(p.date_shown)}</span> — <span class="reading-time">{e(lab["reading"])}</span></div>
</header>
<article class="e-content">
{paras(p.article)}
</article>
<div class="article-meta">{licence}<ul class="tags"><li><a href="/tag/1">#1</a></li></ul>
<div class="actions"><span class="likes">{e(lab["counts"])}</span></div></div>
</div>
<div class="comments">
<h2>{e(lab["comments"])}</h2>
<form method="post" id="comment-form" action="/~/blog/post/comment"><label for="warning">{e(lab["cw"])}</label><input type="text" id="warning" name="warning"><label for="plume-editor">{e(lab["form"])}</label><textarea id="plume-editor" name="content"></textarea><input type="submit" value="{e(lab["send"])}"></form>
<div class="list">
{comments}
</div>
</div>
<section class="more"><h2>{e(lab["more"])}</h2><div class="cards">{cards}</div></section>
</main>
<footer><p>{e(lab["footer"])}</p></footer>"""
    return shell(p, body, head=ld_json(p))


def r_bluesky_script(p: Page) -> str:
    """The bluesky-comments web component before it ran: an empty bsky-comments element, a filled reply count."""
    rel = "".join(
        f'<li><a href="/blog/{k}/">{e(t)}</a> <time>1{k}. Februar 2025</time></li>'
        for k, t in enumerate(p.related)
    )
    rec = "".join(
        f'<li><b>{e(w)}</b> zu <a href="/blog/{k}/">{e(t)}</a></li>' for k, (w, t) in enumerate(p.recent)
    )
    paras_ = p.article.split("\n\n")
    rest = "\n\n".join(paras_[1:])
    post = "https://bsky.app/profile/lichtfaenger.de/post/3lkq7nebel"
    body = f"""<header class="site-header"><a class="site-title" href="/">{e(p.site)}</a>{nav(p)}</header>
<main>
<article class="post">
<h1>{e(p.title)}</h1>
<p class="meta"><time datetime="{p.date}">{e(p.date_shown)}</time> · {e(p.byline)}</p>
{paras(paras_[0])}
<figure><img src="/img/nebel-1.jpg" alt=""><figcaption>Kribben bei Niedrigwasser, Ilford HP5.</figcaption></figure>
{paras(rest)}
</article>
<section id="kommentare" class="comments">
<h2>Kommentare</h2>
<p class="bsky-count"><a href="{post}"><span data-bsky-count="{post}">{p.announced} Antworten auf Bluesky</span></a></p>
<bsky-comments post="{post}"></bsky-comments>
<script type="module" src="https://unpkg.com/bluesky-comments@0.9.0/dist/bluesky-comments.js"></script>
<p><a href="{post}">Diskussion auf Bluesky</a></p>
</section>
</main>
<aside class="sidebar"><section><h2>Weitere Beiträge</h2><ul>{rel}</ul></section><section><h2>Zuletzt kommentiert</h2><ul>{rec}</ul></section></aside>
{footer(p)}"""
    return shell(p, body, head=ld_json(p))


_VIAFOURA_LABELS = {
    "en": {
        "count": "{n} Comments",
        "sort": "Newest|Oldest|Most liked",
        "join": "Join the conversation",
        "signin": "Sign in to comment",
        "like": "Like",
        "dislike": "Dislike",
        "reply": "Reply",
        "report": "Report",
        "replying": "Replying to {name}",
        "more_replies": "Show 2 more replies",
        "load_more": "Load more comments",
        "trending": "Trending",
        "most": "Most commented",
        "share": "Share this story",
        "kicker": "Local News",
        "byline": "By {name}, Staff Reporter",
    },
    "zh": {
        "count": "{n} 条评论",
        "sort": "最新|最早|最多赞",
        "join": "参与讨论",
        "signin": "登录后参与讨论",
        "like": "赞",
        "dislike": "踩",
        "reply": "回复",
        "report": "举报",
        "replying": "回复 {name}",
        "more_replies": "查看更多回复",
        "load_more": "加载更多评论",
        "trending": "热门新闻",
        "most": "评论最多",
        "share": "分享",
        "kicker": "社区新闻",
        "byline": "记者 {name}",
    },
}


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:2]).upper() or name[:1]


def r_viafoura(p: Page) -> str:
    """Viafoura rendered: div.vf-comment, one level of div.vf-comment-replies, 'Replying to Name' on deeper answers."""
    lab = _VIAFOURA_LABELS[p.lang]

    def root(i: int) -> int:
        while p.comments[i].parent is not None:
            i = p.comments[i].parent  # type: ignore[assignment]
        return i

    def block(i: int, replies: str = "") -> str:
        c = p.comments[i]
        parent = c.parent
        to = ""
        if parent is not None and p.comments[parent].parent is not None:
            to = f'<span class="vf-comment__reply-to">{e(lab["replying"].format(name=p.comments[parent].author))}</span>'
        badge = f'<span class="vf-badge">{e(c.extra)}</span>' if c.extra else ""
        return f"""<div class="vf-comment" data-id="{5521 + i}">
<div class="vf-comment__header"><span class="vf-avatar" aria-hidden="true">{e(_initials(c.author))}</span><button class="vf-comment__author-name" type="button">{e(c.author)}</button>{badge} <span class="vf-comment__timestamp" title="{c.when}">{e(c.shown)}</span></div>
{to}<div class="vf-content-expandable"><p>{e(c.text)}</p></div>
<div class="vf-comment__actions"><button class="vf-like">{e(lab["like"])} {3 + i}</button><button class="vf-dislike">{e(lab["dislike"])}</button><button class="vf-reply">{e(lab["reply"])}</button><button class="vf-report">{e(lab["report"])}</button></div>
{replies}</div>"""

    threads = []
    for i, c in enumerate(p.comments):
        if c.parent is not None:
            continue
        kids = [k for k in range(len(p.comments)) if k != i and root(k) == i]
        replies = (
            '<div class="vf-comment-replies">' + "\n".join(block(k) for k in kids) + "</div>" if kids else ""
        )
        threads.append(block(i, replies))
    sort = "".join(f'<button class="vf-sort">{e(x)}</button>' for x in lab["sort"].split("|"))
    trending = "".join(f'<li><a href="/news/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    most = "".join(
        f'<li><a href="/news/m{k}">{e(t)}</a> <span class="count">{41 - 9 * k}</span></li>'
        for k, t in enumerate(p.related)
    )
    body = f"""<header class="masthead"><a class="brand" href="/">{e(p.site)}</a>{nav(p)}</header>
<main class="story">
<article class="article">
<p class="kicker">{e(lab["kicker"])}</p>
<h1 class="headline">{e(p.title)}</h1>
<p class="byline">{e(lab["byline"].format(name=p.byline))}</p>
<p class="dateline"><time datetime="{p.when}-05:00">{e(p.date_shown)}</time></p>
<div class="share"><span>{e(lab["share"])}</span> <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#mail">Email</a></div>
<div class="article-body">
{paras(p.article)}
</div>
</article>
<vf-conversations>
<div class="vf-conversations-wrapper">
<div class="vf-conversations-header"><h2 class="vf-comment-count">{e(lab["count"].format(n=len(p.comments)))}</h2><div class="vf-sort-menu">{sort}</div></div>
<div class="vf-new-comment"><h3>{e(lab["join"])}</h3><button class="vf-sign-in">{e(lab["signin"])}</button></div>
<div class="vf-comments-list">
{chr(10).join(threads)}
</div>
<button class="vf-show-more-replies">{e(lab["more_replies"])}</button>
<button class="vf-load-more">{e(lab["load_more"])}</button>
</div>
</vf-conversations>
<script src="https://cdn.viafoura.net/entry/index.js" async></script>
</main>
<aside class="rail"><section><h2>{e(lab["trending"])}</h2><ol>{trending}</ol></section><section><h2>{e(lab["most"])}</h2><ol>{most}</ol></section></aside>
{footer(p)}"""
    return shell(p, body, head=ld_json(p, kind="NewsArticle"))


def r_livefyre_json(p: Page) -> str:
    """Livefyre's bootstrap JSON as the only copy of the comments: content entries with parentId, authors by id."""
    authors: dict[str, dict[str, str]] = {}
    content = []
    for i, c in enumerate(p.comments):
        author_id = f"{_handle(c.author)}@diariodelestrecho.fyre.co"
        authors[author_id] = {
            "displayName": c.author,
            "id": author_id,
            "avatar": f"/av/{_handle(c.author)}.png",
        }
        stamp = int(datetime.fromisoformat(c.when + "+01:00").timestamp())
        content.append(
            {
                "vis": 1,
                "type": 0,
                "content": {
                    "id": f"{71820 + i}",
                    "parentId": f"{71820 + c.parent}" if c.parent is not None else "",
                    "authorId": author_id,
                    "bodyHtml": f"<p>{e(c.text)}</p>",
                    "createdAt": stamp,
                    "updatedAt": stamp,
                },
                "childContent": [],
            }
        )
    bootstrap = {
        "networkSettings": {"name": "diariodelestrecho.fyre.co"},
        "collectionSettings": {"title": p.title, "numVisible": len(p.comments), "archiveInfo": {"nPages": 1}},
        "headDocument": {"content": content, "authors": authors, "followers": 12},
    }
    data = json.dumps(bootstrap, ensure_ascii=False).replace("</", "<\\/")
    top = "".join(f'<li><a href="/n/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    last = "".join(
        f'<li><strong>{e(w)}</strong> en <a href="/n/{k}">{e(t)}</a></li>'
        for k, (w, t) in enumerate(p.recent)
    )
    body = f"""<header class="cabecera"><a class="logo" href="/">{e(p.site)}</a>{nav(p)}</header>
<main class="noticia">
<article>
<p class="antetitulo">Campo de Gibraltar</p>
<h1 class="titular">{e(p.title)}</h1>
<p class="firma">{e(p.byline)} · <time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p>
<div class="compartir"><a href="#fb">Compartir</a> <a href="#x">Tuitear</a> <a href="#comentarios">{len(p.comments)} comentarios</a></div>
<div class="cuerpo">
{paras(p.article)}
</div>
</article>
<section id="comentarios"><h2>Comentarios</h2>
<div id="livefyre-comments"></div>
<script>window.LF_BOOTSTRAP = {data};</script>
<script src="https://cdn.livefyre.com/Livefyre.js"></script>
</section>
</main>
<aside class="lateral"><section><h2>Lo más leído</h2><ol>{top}</ol></section><section><h2>Últimos comentarios</h2><ul>{last}</ul></section></aside>
{footer(p)}"""
    return shell(p, body, head=ld_json(p, kind="NewsArticle"))


def r_graphcomment(p: Page) -> str:
    """GraphComment rendered: a flat list of div.gc-comment whose nesting is only a level class and a margin."""
    blocks = []
    for i, c in enumerate(p.comments):
        level = depth(p, i) + 1
        badge = f' <span class="gc-badge">{e(c.extra)}</span>' if c.extra else ""
        blocks.append(f"""<div class="gc-comment gc-comment--level-{level}" id="gc-{88301 + i}" style="margin-left: {(level - 1) * 32}px">
<div class="gc-comment-head"><span class="gc-avatar">{e(_initials(c.author))}</span><a class="gc-username" href="https://graphcomment.com/fr/profile/{_handle(c.author)}">{e(c.author)}</a>{badge} <span class="gc-date" title="{c.when}">{e(c.shown)}</span></div>
<div class="gc-message"><p>{e(c.text)}</p></div>
<div class="gc-comment-foot"><span class="gc-votes">▲ {4 - i % 3} ▼</span> <button>Répondre</button> <button>Partager</button> <button>Signaler</button></div>
</div>""")
    paras_ = p.article.split("\n\n")
    rest = "\n\n".join(paras_[1:])
    lus = "".join(f'<li><a href="/a/{k}">{e(t)}</a></li>' for k, t in enumerate(p.related))
    derniers = "".join(
        f'<li><span class="nom">{e(w)}</span> sur <a href="/a/{k}">{e(t)}</a></li>'
        for k, (w, t) in enumerate(p.recent)
    )
    body = f"""<header class="header"><a class="logo" href="/">{e(p.site)}</a>{nav(p)}</header>
<main>
<article class="article">
<p class="surtitre">Vire Normandie</p>
<h1>{e(p.title)}</h1>
<p class="auteur">Par {e(p.byline)}</p>
<p class="date"><time datetime="{p.when}+01:00">{e(p.date_shown)}</time></p>
<div class="article-body">
{paras(paras_[0])}
<p class="a-lire">À lire aussi : <a href="/a/0">{e(p.related[0])}</a></p>
{paras(rest)}
</div>
</article>
<section class="commentaires">
<div id="graphcomment">
<div class="gc-thread">
<div class="gc-thread-header"><h3>{len(p.comments)} commentaires</h3><div class="gc-sort"><button>Les plus récents</button><button>Les plus anciens</button><button>Les meilleurs</button></div></div>
<div class="gc-login"><p>Rejoindre la discussion</p><button>Se connecter</button></div>
<div class="gc-comments">
{chr(10).join(blocks)}
</div>
<button class="gc-more">Afficher plus de commentaires</button>
</div>
</div>
<script>window.__semio__params = {{ graphcommentId: "La-Voix-du-Bocage", behaviour: {{ uid: "marche-vire" }} }};</script>
<script src="https://integration.graphcomment.com/gc_graphlogin.js" async></script>
</section>
</main>
<aside><section><h2>Les plus lus</h2><ol>{lus}</ol></section><section><h2>Derniers commentaires</h2><ul>{derniers}</ul></section></aside>
{footer(p)}"""
    return shell(p, body, head=ld_json(p, kind="NewsArticle"))


RENDERERS: dict[str, Callable[[Page], str]] = {
    "bluesky_json": r_bluesky_json,
    "writefreely_script": r_writefreely_script,
    "kusaba": r_kusaba,
    "wakaba": r_wakaba,
    "bluesky_thread": r_bluesky_thread,
    "plume": r_plume,
    "bluesky_script": r_bluesky_script,
    "viafoura": r_viafoura,
    "livefyre_json": r_livefyre_json,
    "graphcomment": r_graphcomment,
}
# Flat lists in reading order whose replies point back ('>>N' links on imageboards, a parentId in
# Livefyre's JSON, a level class on GraphComment).
FLAT = {"kusaba", "wakaba", "livefyre_json", "graphcomment"}
