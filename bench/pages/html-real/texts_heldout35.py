"""Text of held-out batch 35 (see page_texts.py). Written for slant on 8 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="bluesky-json-en",
        batch="heldout-35",
        render="bluesky_json",
        lang="en",
        system="A personal sea-kayaking blog (a static site) whose comments are the replies to the post's Bluesky announcement, held ONLY as embedded JSON state: a <script type=\"application/json\" id=\"bsky-thread\"> with the app.bsky.feed.getPostThread answer (thread.post, thread.replies[] of threadViewPost with post.author.displayName / handle, post.record.text / createdAt, likeCount, replyCount and nested replies), which a client script would render into the empty div#bsky-comments; the page shows 'Reply on Bluesky' and '5 replies' but no comment markup; a 'Recent posts' list and a 'Recent replies on other posts' list printed by the site generator with names and post titles",
        source="The Bluesky comment embeds for static blogs (a script fetching app.bsky.feed.getPostThread from the public AppView and rendering it), with the thread JSON saved into the page as the embed caches it; the JSON keys follow the public AT Protocol lexicon app.bsky.feed.defs#threadViewPost / #postView, written from the lexicon and blog posts describing the technique as widely known",
        site="Tidewater Notes",
        title="Crossing to the outer island in a crosswind",
        byline="Ruth Calloway",
        date="2025-03-08",
        date_shown="8 March 2025",
        article="""We planned the crossing for slack water at half past nine, but the forecast crosswind arrived an hour early. Four of us set off anyway, keeping close and checking the transit on the lighthouse every few minutes.

The crossing took fifty minutes instead of thirty. Nobody capsized, but we drifted almost a kilometre north of the landing beach and had to work back along the shore.

Lesson for next time: when the wind comes early, wait for it to settle or choose the sheltered route. The island will still be there.""",
        comments=[
            C(
                "Gareth Lowe",
                "2025-03-08T10:21:00",
                "",
                "Sensible write-up. We turned back from the same crossing last autumn for exactly this reason and never regretted it.",
            ),
            C(
                "Ruth Calloway",
                "2025-03-08T11:04:00",
                "",
                "Turning back is the hardest call to make once everyone is on the water. Next time I will say it on the beach.",
                parent=0,
            ),
            C(
                "Priya Natarajan",
                "2025-03-08T12:40:00",
                "",
                "How did you keep the group together while you were being pushed north? That is the bit I always find hardest.",
            ),
            C(
                "Ruth Calloway",
                "2025-03-08T13:15:00",
                "",
                "We rafted up twice and agreed a single bearing each time. The slowest paddler set the pace at the front.",
                parent=2,
            ),
            C(
                "Priya Natarajan",
                "2025-03-08T13:52:00",
                "",
                "Putting the slowest paddler in front is a good idea, I will suggest it at our club.",
                parent=3,
            ),
        ],
        related=["Choosing a spray deck that fits", "Winter sessions in the pool"],
        recent=[("Tom Rees", "Choosing a spray deck that fits"), ("Ana Dias", "Winter sessions in the pool")],
    ),
    Page(
        name="writefreely-script-en",
        batch="heldout-35",
        render="writefreely_script",
        lang="en",
        system="A WriteFreely blog post (a bookbinding blog on a WriteFreely instance: the collection header with the blog title and description, article#post-body.norm.h-entry with h2#title.p-name, the date as time.dt-published inside a link, the post text in div.e-content; the post footer with the instance's 'Published with WriteFreely' line) whose comments a site script loads from the fediverse: an empty div#comments with data-thread and 'Loading 7 replies…', a 'Reply from the fediverse' button and the loader script; an 'Elsewhere on this blog' list and a 'Lately in the replies' box the blog owner pasted into the custom footer with names and post titles). Expected: no comments",
        source="WriteFreely's collection post template (templates/collection-post.tmpl: header#blog-title, article#post-body with h2#title.p-name, time.dt-published, div.e-content; the footer) with the custom-JavaScript comments many WriteFreely blogs add (an empty container and a script fetching replies), written from the public templates and saved pages as widely known; class names may differ by version",
        site="Loose Signatures",
        title="Sewing a coptic binding with recycled board",
        byline="Hanne Vik",
        date="2025-03-07",
        date_shown="March 7, 2025",
        article="""Coptic binding is the first structure I recommend to anyone who wants to make notebooks that open flat. It needs no glue and only a few tools: an awl, a curved needle and waxed linen thread.

For the covers I used the grey board from the back of old sketch pads, cut to size and wrapped in leftover wallpaper. It is stiff enough and costs nothing.

The chain stitch along the spine takes practice. Keep the tension even and do not pull the first station too tight, or the first signature will pucker.""",
        comments=[],
        related=["Folding and tearing paper by the grain", "A cheap press from two chopping boards"],
        recent=[
            ("marguerite", "Folding and tearing paper by the grain"),
            ("Jun", "A cheap press from two chopping boards"),
        ],
        announced=7,
    ),
    Page(
        name="kusaba-en",
        batch="heldout-35",
        render="kusaba",
        lang="en",
        system="A thread on a hobby imageboard running Kusaba X (/diy/ board: the board header with the board list '[ a / diy / g / k ]', the posting form 'Name / Email / Subject / Message / File / Password' above the thread; form#delform; the opening post (OP = article) with the file info line 'File: 1741420812345.jpg - (212.4 KB, 1200x900)', the thumbnail, input checkbox, span.filetitle with the subject, span.postername, the date 'Sat 25/03/08 08:40', span.reflink 'No.4410'; blockquote with the text; every reply a table with td.doubledash '>>' and td.reply#replyN holding the same header and a blockquote whose first line, on an answer, is a '>>4411'-style link to the post answered (two answers to replies, two replies carrying a '>>4410' link to the OP, one with no link); 'Omitted posts' absent; the 'Delete post [ ] File only Password' box; the bottom board list and 'Powered by Kusaba X')",
        source="Kusaba X board templates (img_thread / img_reply dwoo templates: form#delform, div#thread<id>, span.filetitle, span.postername, span.reflink with 'No.' links, td.doubledash, td.reply#reply<id>, blockquote, a '>>N' ref link class 'ref|board|thread|post'; the postform table and the delete box), written from the public templates and saved boards as widely known; class names may differ by version",
        site="/diy/ - Do It Yourself",
        title="Rebuilt a 1970s bench grinder, ask me anything",
        byline="Anonymous",
        date="2025-03-08",
        date_shown="Sat 25/03/08 08:40",
        time="08:40",
        article="""Found this grinder in a skip behind a closed workshop. The motor was seized and the wiring had been chewed, but the castings were perfect.

New bearings, new cable, a proper switch and two new wheels later it runs quieter than my modern one. Total cost was about forty pounds.

Ask anything about the rebuild. I took photos of every step and can post more.""",
        comments=[
            C(
                "Anonymous",
                "2025-03-08T09:02:00",
                "Sat 25/03/08 09:02",
                "Did you have to press the old bearings off or did they come out by hand? Mine are stuck solid.",
                extra="op",
            ),
            C(
                "Anonymous",
                "2025-03-08T09:31:00",
                "Sat 25/03/08 09:31",
                "A bearing puller for one side, the other came out with heat and a few taps. Soak them in penetrating oil overnight first.",
                parent=0,
            ),
            C(
                "spindle",
                "2025-03-08T10:05:00",
                "Sat 25/03/08 10:05",
                "Please tell me you fitted eye shields and set the tool rest gap. Old grinders were sold without them all the time.",
            ),
            C(
                "Anonymous",
                "2025-03-08T10:21:00",
                "Sat 25/03/08 10:21",
                "Both, the rest is two millimetres from the wheel now. The shields came from a parts bin at the same skip.",
                parent=2,
            ),
            C(
                "Anonymous",
                "2025-03-08T11:47:00",
                "Sat 25/03/08 11:47",
                "Which wheels did you go for? Aluminium oxide or something fancier?",
                extra="op",
            ),
        ],
        related=["Workbench thread", "What did you fix this week?"],
        recent=[],
    ),
    Page(
        name="bluesky-thread-de",
        batch="heldout-35",
        render="bluesky_thread",
        lang="de",
        system="Ein Gartenblog (Hugo) dessen Kommentare die Antworten auf den Bluesky-Beitrag zum Artikel sind, vom Skript gerendert und mit der Seite gespeichert (the post in article with h1, the date and 'Lesezeit 3 Min.'; under it section.bluesky-comments with h2 'Kommentare', the line 'Antworte auf Bluesky, um hier zu erscheinen' with the post link, the stats of the announcement post '♥ 41 · ↻ 6 · 💬 5'; ul.comment-list of li.comment: div.comment-author with the avatar, span.display-name and a.handle '@name.bsky.social', a.comment-date '08.03.2025, 10:21' linking to the reply, p.comment-text, div.comment-stats with like / repost / reply counts; replies nested in ul.replies inside li; one reply hidden behind 'Mehr Antworten auf Bluesky anzeigen'; 'Ähnliche Artikel' with dates, and a 'Neueste Kommentare' box listing names and other posts)",
        source="The Bluesky comment components for blogs (e.g. the open-source bluesky-comments web component and the Hugo partials derived from it: a container with the post's stats, ul of li.comment items with the author's avatar, display name and handle, the text, the date link and stats, nested ul for replies, a 'show more' link to the thread), written from their public source and blog posts describing them as widely known; class names differ between blogs",
        site="Beetwerk",
        title="Hochbeete mit Schafwolle mulchen",
        byline="Lena Brückner",
        date="2025-03-08",
        date_shown="08.03.2025",
        article="""Seit zwei Jahren mulche ich meine Hochbeete mit ungewaschener Schafwolle vom Hof nebenan. Die Schäferin ist froh, dass sie die Vliese nicht entsorgen muss.

Die Wolle hält die Feuchtigkeit erstaunlich gut und Schnecken meiden die rauen Fasern. Beim Zerfallen gibt sie Stickstoff ab, was den Tomaten und dem Kohl sichtbar gefällt.

Nachteil: Im ersten Frühjahr riecht es etwas nach Stall. Nach zwei Wochen Regen ist davon aber nichts mehr zu merken.""",
        comments=[
            C(
                "Jörg Hammes",
                "2025-03-08T10:21:00",
                "08.03.2025, 10:21",
                "Funktioniert das auch bei Erdbeeren? Dort habe ich bisher immer Stroh genommen und jedes Jahr Ärger mit Mäusen gehabt.",
            ),
            C(
                "Lena Brückner",
                "2025-03-08T11:02:00",
                "08.03.2025, 11:02",
                "Bei Erdbeeren klappt es gut, die Früchte liegen sauber. Mäuse hatte ich in der Wolle bisher keine.",
                parent=0,
            ),
            C(
                "Sabine Otte",
                "2025-03-08T12:30:00",
                "08.03.2025, 12:30",
                "Wie dick legst du die Wolle aus? Ich habe Sorge, dass darunter alles fault.",
            ),
            C(
                "Lena Brückner",
                "2025-03-08T13:05:00",
                "08.03.2025, 13:05",
                "Etwa zwei Finger dick und locker gezupft. Dann kommt genug Luft an den Boden und nichts fault.",
                parent=2,
            ),
            C(
                "Sabine Otte",
                "2025-03-08T14:17:00",
                "08.03.2025, 14:17",
                "Danke, dann probiere ich es dieses Jahr auf einem Beet aus und berichte.",
                parent=3,
            ),
        ],
        related=["Wurmkiste im Keller: ein Jahr später", "Saatgut tauschen im Stadtteil"],
        recent=[("Kerstin", "Wurmkiste im Keller: ein Jahr später"), ("Mo", "Saatgut tauschen im Stadtteil")],
    ),
    Page(
        name="wakaba-ru",
        batch="heldout-35",
        render="wakaba",
        lang="ru",
        system="A thread on a Russian imageboard running Wakaba (/bike/ board: the board header with the board list and the board title, the post form 'Имя / E-mail / Тема / Комментарий / Файл / Пароль'; form#delform; the opening post (OP = article) with span.filesize 'Файл: 1741421000123.jpg - (184 KB, 1024x768)', the thumbnail, a checkbox, span.filetitle with the subject, span.postername 'Аноним', the date 'Сбт 08 Мар 2025 09:00:12', span.reflink 'No.88120' and '[Ответ]'; blockquote with the text; every reply a table with td.doubledash and td.reply#replyN with the same header and a blockquote whose first line, on an answer, is a '>>88121' link to the post answered (one reply links the OP '>>88120')); the 'Удалить пост' box, the pager and 'wakaba + desuchan' at the bottom)",
        source="Wakaba's board templates (wakaba.pl / futaba_style.pl: form#delform, span.filesize, span.filetitle, span.postername, span.reflink, td.doubledash, td.reply#reply<N>, blockquote, the '>>N' link, the post form and the delete box) with a Russian strings file, written from the public source and saved boards as widely known; class names may differ by fork",
        site="/bike/ - Велосипеды",
        title="Первый бревет 200 км: как не сдохнуть",
        byline="Аноним",
        date="2025-03-08",
        date_shown="Сбт 08 Мар 2025 09:00:12",
        time="09:00",
        article="""В мае хочу проехать свой первый бревет на двести километров. Сейчас спокойно катаю по восемьдесят за выходные, дальше ста не ездил ни разу.

Велосипед обычный шоссейник, сумка под седлом, два фляги. Больше всего боюсь, что после ста двадцати просто встану и не смогу ехать.

Кто ездил, что посоветуете по питанию и темпу? И нужна ли отдельная фара, если старт в шесть утра?""",
        comments=[
            C(
                "Аноним",
                "2025-03-08T09:14:00",
                "Сбт 08 Мар 2025 09:14:40",
                "Ешь каждые сорок минут, даже если не хочется. Встают обычно не от усталости, а от пустого желудка.",
            ),
            C(
                "Аноним",
                "2025-03-08T09:40:00",
                "Сбт 08 Мар 2025 09:40:05",
                "Двачую, и темп держи такой, чтобы мог разговаривать. Первые пятьдесят километров все улетают вперёд, не гонись за ними.",
                parent=0,
            ),
            C(
                "Аноним",
                "2025-03-08T10:21:00",
                "Сбт 08 Мар 2025 10:21:33",
                "Фара нужна обязательно, по правилам без света и жилета на старт не пустят. Задний фонарь тоже.",
            ),
            C(
                "Аноним",
                "2025-03-08T11:05:00",
                "Сбт 08 Мар 2025 11:05:17",
                "Спасибо, про жилет вообще не знал. Куплю на этой неделе.",
                parent=2,
            ),
            C(
                "Аноним",
                "2025-03-08T12:48:00",
                "Сбт 08 Мар 2025 12:48:02",
                "И до бревета сделай хотя бы одну поездку на сто пятьдесят, чтобы понять, где болит.",
                extra="op",
            ),
        ],
        related=["Тред шоссейников", "Какую покрышку взять на зиму"],
        recent=[],
    ),
    Page(
        name="plume-es",
        batch="heldout-35",
        render="plume",
        lang="es",
        system="A Spanish cooking blog on a Plume instance (the federated blogging engine: the instance header with its menu 'Buscar / Panel / Notificaciones'; the blog's banner and name; main article with h1.article, h2 subtitle, div.article-info with the author card (display name and '@user@instance' handle) and the date 'hace 2 días' in a span with a title; article.e-content with the text; the tags; the like / boost counters '12 Me gusta · 3 Difusiones'; div.comments with h2 'Comentarios' and the form 'Escribe tu comentario' with a content warning field; every comment a div.comment#comment-N with header: a.author holding span.display-name and span.username '@name@instancia', a.date 'hace 1 día'; div.text with the text; a 'Responder' button and 'Eliminar' on the author's own; replies nested as div.comment inside div.comment; 'Más artículos de este blog' cards with dates and reading times; the instance's footer 'Sobre esta instancia · Código fuente · Ayuda')",
        source="Plume's templates (Plume-org/Plume: templates/posts/details.rs.html with div.article-info, article.e-content, the likes / reshares, div.comments, the comment form with a content-warning input; templates/partials/comment.rs.html with div.comment#comment-N, a.author with span.display-name and span.username, a.date, div.text, the 'Respond' and 'Delete' buttons and nested comments; its Spanish translation), written from the public source as widely known; class names may differ by version",
        site="Cocina de Aprovechamiento",
        title="Caldo de verduras con las peladuras de la semana",
        byline="Marta Ibáñez",
        date="2025-03-06",
        date_shown="hace 2 días",
        article="""Durante la semana guardo en una bolsa del congelador las peladuras de zanahoria, los tallos de perejil, las puntas de puerro y las pieles de cebolla. El domingo se convierten en caldo.

Basta con cubrirlas de agua fría, añadir una hoja de laurel y dejar que hierva suave una hora. No hace falta sal: se la pongo después, según el plato.

Lo único que no echo son las peladuras de patata y las de las coles, que dan un sabor amargo. Todo lo demás sirve.""",
        comments=[
            C(
                "Julián Ortega",
                "2025-03-07T09:12:00",
                "hace 1 día",
                "Yo añado también los restos de champiñones y queda mucho más sabroso. Gracias por la idea de la bolsa en el congelador.",
            ),
            C(
                "Marta Ibáñez",
                "2025-03-07T10:21:00",
                "hace 1 día",
                "Los champiñones son un gran añadido, los probaré el domingo que viene.",
                parent=0,
            ),
            C(
                "Nuria Salvat",
                "2025-03-07T18:40:00",
                "hace 16 horas",
                "¿Cuánto tiempo aguanta el caldo en la nevera? Suelo hacer mucho y no sé si congelarlo.",
            ),
            C(
                "Marta Ibáñez",
                "2025-03-07T19:05:00",
                "hace 15 horas",
                "Tres o cuatro días en la nevera. Lo demás lo congelo en botes de cristal sin llenarlos del todo.",
                parent=2,
            ),
        ],
        related=[
            "Pan duro: cinco recetas que lo aprovechan",
            "Encurtidos rápidos con lo que queda en la nevera",
        ],
        recent=[("Rocío", "Pan duro: cinco recetas que lo aprovechan")],
    ),
    Page(
        name="plume-fr",
        batch="heldout-35",
        render="plume",
        lang="fr",
        system="A French local-history blog on a Plume instance (same engine as plume-es, another blog and theme: the instance header 'Rechercher / Tableau de bord / Notifications'; h1.article, the subtitle, div.article-info with the author card and the date 'il y a 3 jours' with a title; article.e-content with the text and a figure; 'Licence : CC-BY-SA' line; the counters '8 J’aime · 2 Partages'; div.comments with h2 'Commentaires' and the form 'Votre commentaire' with 'Avertissement de contenu'; div.comment#comment-N with a.author (span.display-name and span.username '@nom@instance'), a.date, div.text, 'Répondre' / 'Supprimer'; replies nested as div.comment inside div.comment two levels deep; 'Plus d’articles de ce blog' cards; the footer)",
        source="Plume's templates (Plume-org/Plume: templates/posts/details.rs.html, templates/partials/comment.rs.html with div.comment#comment-N, a.author, span.display-name, span.username, a.date, div.text and nested comments; its French translation), written from the public source as widely known; class names may differ by version",
        site="Mémoires du canal",
        title="Les éclusiers du canal de Berry",
        byline="Gilles Moreau",
        date="2025-03-05",
        date_shown="il y a 3 jours",
        article="""Jusqu’aux années 1950, chaque écluse du canal de Berry avait son éclusier, logé avec sa famille dans la maison voisine. Le métier se transmettait souvent de père en fils, et parfois de mère en fille.

Les registres conservés aux archives départementales montrent qu’une écluse voyait passer jusqu’à trente péniches par jour. Il fallait ouvrir les portes à la main, de jour comme de nuit.

Je cherche des témoignages de familles d’éclusiers pour compléter ce travail. Toute photo ou tout souvenir sera le bienvenu.""",
        comments=[
            C(
                "Odile Ferrand",
                "2025-03-06T10:21:00",
                "il y a 2 jours",
                "Mon grand-père était éclusier à Vierzon jusqu’en 1953. J’ai quelques photos de la maison et de ses outils, je peux vous les envoyer.",
            ),
            C(
                "Gilles Moreau",
                "2025-03-06T11:40:00",
                "il y a 2 jours",
                "Ce serait précieux, merci beaucoup. Je vous écris en message privé pour l’adresse.",
                parent=0,
            ),
            C(
                "Odile Ferrand",
                "2025-03-06T12:15:00",
                "il y a 2 jours",
                "Parfait, je les scanne ce week-end. Il y a aussi son carnet de passages de 1949.",
                parent=1,
            ),
            C(
                "Bastien Roux",
                "2025-03-07T08:50:00",
                "il y a 1 jour",
                "Savez-vous si des maisons d’éclusiers se visitent encore ? J’aimerais y emmener mes élèves.",
            ),
            C(
                "Gilles Moreau",
                "2025-03-07T09:30:00",
                "il y a 1 jour",
                "Celle de Fontblisse est ouverte l’été, l’association du canal y organise des visites pour les classes.",
                parent=3,
            ),
        ],
        related=["Le dernier voyage de la péniche Marie-Louise", "Cartes postales du port de Saint-Amand"],
        recent=[("Yvette", "Le dernier voyage de la péniche Marie-Louise")],
    ),
    Page(
        name="bluesky-thread-zh",
        batch="heldout-35",
        render="bluesky_thread",
        lang="zh",
        system="A Chinese independent-game developer's blog (Hexo) whose comments are the replies to its Bluesky announcement, rendered by the comments script and saved with the page (the same component as bluesky-thread-de, Chinese labels: h2 '评论', '在 Bluesky 上回复即可显示在这里', the post's stats; li.comment with span.display-name, a.handle '@name.bsky.social', a.comment-date '2025年3月8日 10:21', p.comment-text, stats; nested ul.replies; '在 Bluesky 上查看更多回复'; a '相关文章' list and a '最新评论' box with names and other posts)",
        source="The Bluesky comment components for blogs (see bluesky-thread-de), in a Hexo theme's layout (the post header with the date and word count, the copyright notice, the previous / next links), written from their public source and saved pages as widely known; class names differ between blogs",
        site="像素与咖啡",
        title="独立游戏发售第一个月的数据复盘",
        byline="林一帆",
        date="2025-03-08",
        date_shown="2025-03-08",
        article="""我们的小游戏上线已经满一个月，总共卖出三千二百份，比预期多了一倍。大部分销量来自发售第一周的主播试玩视频。

退款率大约是百分之六，主要原因是部分玩家的旧显卡无法运行。我们已经在第二个补丁里降低了最低配置要求。

接下来的计划是做手柄适配和繁体中文翻译，预计下个月发布。""",
        comments=[
            C(
                "周可",
                "2025-03-08T10:21:00",
                "2025年3月8日 10:21",
                "恭喜！请问主播试玩是你们主动联系的，还是对方自己发现的？",
            ),
            C(
                "林一帆",
                "2025-03-08T11:00:00",
                "2025年3月8日 11:00",
                "大部分是我们提前发了测试码，只有一位是自己在商店页面看到的。",
                parent=0,
            ),
            C(
                "Mika Tan",
                "2025-03-08T12:34:00",
                "2025年3月8日 12:34",
                "退款率百分之六其实不算高，同类游戏差不多都在这个水平，不用太担心。",
            ),
            C(
                "林一帆",
                "2025-03-08T13:10:00",
                "2025年3月8日 13:10",
                "谢谢安慰，我们主要是想让更多旧电脑也能玩。",
                parent=2,
            ),
        ],
        related=["用两个月做完一个游戏原型", "我们是怎么定价的"],
        recent=[("老王", "用两个月做完一个游戏原型"), ("小鹿", "我们是怎么定价的")],
    ),
]
