"""Text of held-out batch 26 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="twentyten-en",
        batch="heldout-26",
        render="twentyten",
        lang="en",
        system="A WordPress blog on the Twenty Ten theme (div#comments with h3#comments-title '5 Responses to …'; ol.commentlist of li.comment with ids 'li-comment-N'; each a div#comment-N holding div.comment-author.vcard with the avatar, cite.fn and ' says:' in span.says, then div.comment-meta.commentmetadata with the date link 'March 3, 2025 at 10:21 am', then div.comment-body with the text and div.reply 'Reply'; replies in ul.children; a pingback li.post.pingback 'Pingback: …'; navigation '← Older Comments'; the form 'Name *' / 'Email *' / 'Website'; a 'Recent Comments' widget and an 'Archives' widget)",
        source="WordPress Twenty Ten theme (functions.php twentyten_comment: li#li-comment-N, div#comment-N, div.comment-author.vcard with cite.fn and span.says, div.comment-meta.commentmetadata with the date link, div.comment-body, div.reply; the pingback / trackback branch li.post.pingback 'Pingback:'; comments.php with h3#comments-title, ol.commentlist and div.navigation '← Older Comments'), written from the theme's public source as widely known",
        site="The Harbour Light Keeper",
        title="Restoring a 1950s ship's barometer",
        byline="Duncan Ferrier",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""The aneroid barometer from my grandfather's trawler had not moved its needle since 1987. Last month I finally opened the case.

Inside, the linkage was green with corrosion and the hairspring had snapped. A clockmaker in Leith made me a new spring for twelve pounds.

After cleaning the brass and resealing the glass it reads within a millibar of the weather station down the road.""",
        comments=[
            C(
                "Morag Inglis",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 am",
                "What a lovely project. Did you have to recalibrate it after the new spring went in?",
            ),
            C(
                "Duncan Ferrier",
                "2025-03-03T11:47:00",
                "March 3, 2025 at 11:47 am",
                "Only the small screw on the back. I set it against the forecast pressure on a calm day.",
                parent=0,
            ),
            C(
                "Callum Rae",
                "2025-03-03T14:10:00",
                "March 3, 2025 at 2:10 pm",
                "My father had the same model on his boat. The dial said Change in the middle for as long as I can remember.",
            ),
            C(
                "Elspeth Munro",
                "2025-03-03T15:32:00",
                "March 3, 2025 at 3:32 pm",
                "Ours too! I think the needle in those was always a bit lazy.",
                parent=2,
            ),
            C(
                "Tam Doig",
                "2025-03-04T08:05:00",
                "March 4, 2025 at 8:05 am",
                "Which clockmaker in Leith? I have a ship's clock that needs the same kind of help.",
            ),
        ],
        related=["A brass porthole for the shed", "Cleaning an old sextant"],
        recent=[("Ailsa", "A brass porthole for the shed"), ("Rab", "Cleaning an old sextant")],
    ),
    Page(
        name="wp-discourse-en",
        batch="heldout-26",
        render="wpdiscourse",
        lang="en",
        system="A WordPress blog whose comments come from a Discourse forum through the WP-Discourse plugin (div#comments.comments-area with h2 'Notable Replies'; a flat ol.comment-list of li.comment depth-1 items only: article.comment-body with footer.comment-meta, the avatar, the username in b.fn as a link to the forum topic, ' says:' in span.says, the date only 'March 3, 2025' in div.comment-metadata; the cooked post in div.comment-content; replies marked only by the Discourse quote block the forum renders (aside.quote with 'name:' and the quoted line) or an '@name' mention link; 'Continue the discussion at forum.…', '2 more replies' and the 'Participants' avatars)",
        source="WP-Discourse plugin (discourse/wp-discourse: lib/html-templates.php replies_html / comment_html / participant_html: div#comments.comments-area, h2.comments-title, ol.comment-list, li.comment.even.thread-even.depth-1, article.comment-body, footer.comment-meta, div.comment-author.vcard, b.fn a.url, span.says, div.comment-metadata time, div.comment-content, div.respond.comment-respond with the 'continue the discussion' link, p.more-replies and h4.discourse-participants) checked against the plugin's public source found by code search; Discourse's cooked quote markup (aside.quote[data-username][data-post] with div.title and blockquote) and a.mention written from Discourse as widely known",
        site="Signal & Gain",
        title="Why my homebrew preamp hums, and how I fixed it",
        byline="Priya Raman",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""My first valve preamp worked on the first power-up, which was suspicious, and it hummed loudly enough to hear across the room.

The culprit was a classic ground loop: the input jack and the power supply were grounded to the chassis at two different points.

Moving everything to a single star ground next to the input jack cut the hum by about 40 dB. The heater wiring got twisted too.""",
        comments=[
            C(
                "oscar_t",
                "",
                "March 3, 2025",
                "Star grounding saved my first build too. Did you try DC on the heaters, or was twisting enough?",
            ),
            C(
                "Priya Raman",
                "",
                "March 3, 2025",
                "Twisting was enough for this one. The remaining hum is below the hiss of the first valve.",
                parent=0,
            ),
            C(
                "lindqvist",
                "",
                "March 3, 2025",
                "One more tip: lift the mains earth on nothing, ever. People try that first and it is dangerous.",
            ),
            C(
                "oscar_t",
                "",
                "March 4, 2025",
                "Seconded. A ground loop breaker on the signal side is the safe way if you really need one.",
                parent=2,
            ),
        ],
        related=["Choosing a first valve for a preamp", "Building a variac from scrap"],
    ),
    Page(
        name="gitea-issue-en",
        batch="heldout-26",
        render="gitea",
        lang="en",
        system="A Gitea issue page (the issue's first post = article; its comments = comments: div.timeline of div.timeline-item.comment blocks with ids 'issuecomment-N'; a.timeline-avatar, div.comment-header with a.author, 'commented' and a relative-time element whose text is '3 days ago' and whose datetime attribute holds the time; role labels 'Owner' / 'Author' / 'Contributor' in div.comment-header-right; the rendered text in div.render-content.markup and the raw Markdown again in a hidden div.raw-content; event items between the comments ('added the bug label', 'self-assigned this', 'closed this issue'), a reply quoting an earlier comment with a Markdown blockquote; reaction counts; the 'Sign in to join this conversation.' box and the sidebar with labels, milestone and participants)",
        source="Gitea templates/repo/issue/view_content.tmpl and view_content/comments.tmpl (the first timeline-item comment for the issue, div.timeline-item.comment#issuecomment-N, a.timeline-avatar, div.content.comment-container, div.comment-header, div.comment-header-left a.author, relative-time, div.comment-header-right with div.ui.basic.label role labels, div.render-content.markup, div.raw-content, div.edit-content-zone, div.timeline-item.event for labels, assignment and close events) checked against the templates in public repositories found by code search; the sidebar written from Gitea pages as widely known",
        site="Gitea: tidepool/tidepool",
        title="Sync stops after laptop wakes from sleep #212",
        byline="wkramer",
        date="2025-02-28",
        date_shown="Feb 28, 2025",
        time="14:02",
        article="""After the laptop wakes from sleep, tidepool shows the sync icon as active but no files are transferred until I restart the client.

This happens on two machines, both on version 0.9.3. The log shows the websocket reconnecting but no new file events afterwards.

Steps: start a sync, close the lid for ten minutes, open it, edit a file in the synced folder.""",
        comments=[
            C(
                "jsaarinen",
                "2025-03-03T10:21:00",
                "3 days ago",
                "I can reproduce this on Linux. The file watcher is not restarted after the reconnect, so nothing new is queued.",
                extra="Owner",
            ),
            C(
                "wkramer",
                "2025-03-03T11:40:00",
                "3 days ago",
                "Good to know it is not just me. Is there a workaround until a fix is released?",
                parent=0,
                extra="Author",
            ),
            C(
                "jsaarinen",
                "2025-03-03T12:05:00",
                "3 days ago",
                "Toggling the pause button restarts the watcher. A proper fix is in pull request 215.",
                extra="Owner",
            ),
            C(
                "meiling-z",
                "2025-03-04T09:12:00",
                "2 days ago",
                "Tested the build from 215 on macOS: sync resumes within a few seconds after wake.",
                extra="Contributor",
            ),
        ],
        related=["Large files stall at 99 percent #209", "Add a tray menu entry for pause #201"],
    ),
    Page(
        name="leserkommentare-de",
        batch="heldout-26",
        render="leserkommentare_de",
        lang="de",
        system="A German regional daily's own reader comments ('Leserkommentare (5)' in div#leserkommentare, named by id; an ol.kommentarliste of li items with ids 'comment123456' and no class; each li headed by 'Name schrieb:' in strong, then 'am 03.03.2025 um 10:21 Uhr' as a permalink, an 'Abonnent' badge on some; the text in div.kommentar-text; 'Empfehlen (4)' / 'Antworten' / 'Melden'; answers nested in ul.antworten inside the li; a 'Weitere Kommentare anzeigen' button; the rules 'Netiquette'; the form 'Ihr Name (erforderlich)' / 'Ihr Kommentar'; a 'Meistkommentiert' box)",
        source="German regional newspapers' own reader-comment blocks as saved (a list of li items by id headed 'Name schrieb:' with a dated permalink, recommend counters, nested answers, netiquette link and a comment form), class names chosen after such pages; no one site's markup is copied",
        site="Weserbergland Kurier",
        title="Fähre bei Grohnde fährt ab April wieder",
        byline="Von Henrike Brandes",
        date="2025-03-03",
        date_shown="03.03.2025, 06:45 Uhr",
        time="06:45",
        article="""Die Gierseilfähre über die Weser bei Grohnde nimmt am 5. April wieder den Betrieb auf. Das hat der Fährverein am Wochenende bestätigt.

Über den Winter wurde der Fähranleger erneuert, die Kosten von rund 80.000 Euro teilen sich Gemeinde und Landkreis.

Die Fähre fährt von April bis Oktober täglich von 9 bis 18 Uhr. Eine Überfahrt kostet für Radfahrer zwei Euro.""",
        comments=[
            C(
                "Gerd Wiemann",
                "2025-03-03T10:21:00",
                "am 03.03.2025 um 10:21 Uhr",
                "Endlich! Für uns Radfahrer ist die Fähre der schönste Weg auf die andere Weserseite.",
                extra="Abonnent",
            ),
            C(
                "Claudia R.",
                "2025-03-03T11:04:00",
                "am 03.03.2025 um 11:04 Uhr",
                "Zwei Euro finde ich fair. Letztes Jahr war die Fähre an den Wochenenden oft ausgelastet.",
                parent=0,
            ),
            C(
                "Heiner Thöle",
                "2025-03-03T12:30:00",
                "am 03.03.2025 um 12:30 Uhr",
                "Schade, dass sie abends nicht länger fährt. Im Sommer wäre bis 20 Uhr sinnvoll.",
            ),
            C(
                "Fährverein Grohnde",
                "2025-03-03T14:15:00",
                "am 03.03.2025 um 14:15 Uhr",
                "Wir prüfen längere Zeiten für Juli und August, dafür brauchen wir aber mehr ehrenamtliche Fährleute. Wer helfen möchte, meldet sich gern bei uns.",
                parent=2,
            ),
            C(
                "Birte S.",
                "2025-03-03T16:50:00",
                "am 03.03.2025 um 16:50 Uhr",
                "Toll, dass der Anleger erneuert wurde. Der alte war bei Hochwasser kaum noch zu benutzen.",
                extra="Abonnent",
            ),
        ],
        related=["Radweg an der Weser wird verbreitert", "Hochwasserschutz: Deich bei Emmerthal"],
    ),
    Page(
        name="blogengine-ru",
        batch="heldout-26",
        render="blogengine",
        lang="ru",
        system="A Russian developer blog on BlogEngine.NET, Standard theme (the post in div.post with a 'Автор: … | Дата: …' line; comments in div#commentlist under h3 'Комментарии (5)'; every comment a div with an id 'id_<GUID>' and the classes 'clearfix vcard comment' ('self' on the blog author's); div.comment-contents with the gravatar, div.comment-header holding the name (a.url.fn or span.fn) and the date '03.03.2025 10:21:00' in a.comment-datetime, the text in a bare p, 'ответить' in div.reply-to; replies in div.comment-replies with an id 'replies_<GUID>'; a country flag image before some names; the form 'Имя' / 'E-mail' / 'Сайт' / 'Комментарий' with 'Сохранить комментарий'; a 'Последние комментарии' widget)",
        source="BlogEngine.NET theme CommentView.ascx (div#id_<Comment.Id>.clearfix.vcard.comment with 'self' for the post author, div.comment-contents.clearfix, div.float-left.gravatar, div.float-left.comment-content, div.comment-header.clearfix with a.url.fn / span.fn and a.comment-datetime showing Comment.DateCreated, p with the text, div.text-right.reply-to with the reply link, div.comment-replies#replies_<Id>) checked against copies of the theme in public repositories found by code search; the Russian labels and the page layout written from BlogEngine.NET blogs as widely known",
        site="Заметки .NET-разработчика",
        title="Как я ускорил сборку решения с 40 проектами в три раза",
        byline="Алексей Гончаров",
        date="2025-03-03",
        date_shown="03.03.2025",
        article="""Наше решение выросло до сорока проектов, и полная сборка на рабочих машинах занимала почти шесть минут.

Первым делом я включил параллельную сборку и убрал лишние ссылки между проектами: половина из них осталась от старого кода.

Потом перевёл общие настройки в Directory.Build.props и включил инкрементальную сборку для генерации кода. Теперь полная сборка занимает меньше двух минут.""",
        comments=[
            C(
                "Дмитрий К.",
                "2025-03-03T10:21:00",
                "03.03.2025 10:21:00",
                "Directory.Build.props — отличная вещь, у нас он убрал сотни строк из проектных файлов.",
            ),
            C(
                "Алексей Гончаров",
                "2025-03-03T11:05:00",
                "03.03.2025 11:05:00",
                "Да, и заодно выяснилось, что в трёх проектах были разные версии одного и того же пакета.",
                parent=0,
            ),
            C(
                "Ирина Соболева",
                "2025-03-03T13:40:00",
                "03.03.2025 13:40:00",
                "А сборочный сервер тоже ускорился? У нас локально быстро, а на сервере всё равно долго из-за восстановления пакетов.",
            ),
            C(
                "Алексей Гончаров",
                "2025-03-03T14:22:00",
                "03.03.2025 14:22:00",
                "На сервере помог кэш пакетов между сборками, минус ещё минута.",
                parent=2,
            ),
            C(
                "Павел",
                "2025-03-04T09:15:00",
                "04.03.2025 09:15:00",
                "Спасибо за статью, попробую у себя. У нас двадцать пять проектов и такие же проблемы.",
            ),
        ],
        related=["Миграция на .NET 8: что сломалось", "Логирование без боли"],
        recent=[("Олег", "Миграция на .NET 8: что сломалось"), ("Марина", "Логирование без боли")],
    ),
    Page(
        name="neve-es",
        batch="heldout-26",
        render="neve",
        lang="es",
        system="A Spanish travel blog on WordPress with the Neve theme (div#comments.comments-area > div.nv-comments-wrap with h2.comments-title '5 comentarios en «…»'; ol.nv-comments-list of li.comment items with ids 'comment-item-N', each an article.nv-comment-article holding div.nv-comment-avatar and div.comment-content: div.nv-comment-header with div.comment-author.vcard (span.fn.author and the date link '3 de marzo de 2025 a las 10:21' in time.entry-date) and div.edit-reply 'Responder'; the text in div.nv-comment-content; every li is closed BEFORE its replies, which follow in a sibling li.children holding an ol; comment navigation 'Anterior'; the form 'Nombre *' / 'Correo electrónico *' / 'Web' / 'Comentario *'; a 'Comentarios recientes' widget)",
        source="Neve theme (Codeinwp/neve: inc/views/partials/comments.php: div.nv-comments-wrap, div.nv-comments-title-wrap h2.comments-title, ol.nv-comments-list, the comment_list_callback printing li#comment-item-N, article#comment-N.nv-comment-article, div.nv-comment-avatar, div.comment-content, div.nv-comment-header, div.comment-author.vcard, span.fn.author, time.entry-date.published, div.edit-reply with span.nv-reply-link, div.nv-comment-content.comment.nv-content-wrap; the callback closes the li and opens li.children > ol for the replies, closed by end_comment_list_callback; nav.nv-comment-navigation 'Previous') checked against the theme's public source found by code search, with the Spanish translation",
        site="Mochila y Cuaderno",
        title="Tres días caminando por la Ruta del Cares",
        byline="Nerea Goikoetxea",
        date="2025-03-03",
        date_shown="3 de marzo de 2025",
        article="""La Ruta del Cares une Poncebos y Caín por un camino tallado en la roca, doce kilómetros colgados sobre el río.

La hicimos en tres días para no ir con prisa: dormimos en Caín, en Bulnes y en Arenas de Cabrales, con mochila ligera.

Lo mejor es salir temprano. A partir de las once el sendero se llena de grupos y los tramos estrechos se vuelven incómodos.""",
        comments=[
            C(
                "Iñaki Zubiri",
                "2025-03-03T10:21:00",
                "3 de marzo de 2025 a las 10:21",
                "La hice el verano pasado y coincido: a mediodía parecía una procesión. ¿Subisteis a Bulnes andando o en el funicular?",
            ),
            C(
                "Nerea Goikoetxea",
                "2025-03-03T11:35:00",
                "3 de marzo de 2025 a las 11:35",
                "Andando por la canal del Texu, una hora de subida. El funicular lo dejamos para la vuelta.",
                parent=0,
            ),
            C(
                "Marta Vigil",
                "2025-03-03T13:02:00",
                "3 de marzo de 2025 a las 13:02",
                "¿Es apta para niños de diez años? Me da miedo el tramo sin barandilla.",
            ),
            C(
                "Nerea Goikoetxea",
                "2025-03-03T14:18:00",
                "3 de marzo de 2025 a las 14:18",
                "El camino es ancho casi siempre. Con niños de diez años no hay problema si van de la mano en los tramos junto al precipicio.",
                parent=2,
            ),
            C(
                "Marta Vigil",
                "2025-03-03T15:40:00",
                "3 de marzo de 2025 a las 15:40",
                "¡Gracias! Entonces la hacemos en Semana Santa.",
                parent=3,
            ),
        ],
        related=["Picos de Europa con poco presupuesto", "Qué llevar en la mochila de un día"],
        recent=[
            ("Andrés", "Picos de Europa con poco presupuesto"),
            ("Lucía", "Qué llevar en la mochila de un día"),
        ],
    ),
    Page(
        name="phpboost-forum-fr",
        batch="heldout-26",
        render="phpboost",
        lang="fr",
        system="A French PHPBoost forum topic (forum: the first message = article, later messages = comments; each message an article with an id 'dN' and the class 'message' holding div.message-user-infos (the pseudo as a link coloured by group, the level 'Modérateur' / 'Membre' in div.message-level, the avatar) and div.message-container with div.message-date (a '#N' permalink, the date 'le 03/03/2025 à 10h21') and div.message-message with div.message-content; a reply quoting an earlier message in a blockquote headed 'Marc_B a écrit :'; signatures under a line; 'Citer' / 'Éditer' icons named only in title attributes; the breadcrumb, 'Répondre' and the 'Sujets similaires' list)",
        source="PHPBoost templates/default/framework/content/comments/comments_list.tpl (article#com{ID}.message, div.message-user-infos, div.message-pseudo, div.message-level, img.message-avatar, div.message-container, div.message-date with the '#id' link, div.message-message, div.message-content) checked against the project's public source found by code search; the forum module's topic page, which uses the same message blocks with ids 'dN', written from PHPBoost forums as widely known",
        site="Forum des Jardiniers du Berry",
        title="Mes semis de tomates filent, que faire ?",
        byline="Josiane_36",
        date="2025-03-03",
        date_shown="le 03/03/2025 à 08h50",
        time="08:50",
        article="""Bonjour à tous, mes semis de tomates ont trois semaines et ils sont déjà très hauts, avec des tiges toutes fines.

Ils sont sur le rebord d'une fenêtre plein sud, dans une pièce chauffée à 21 degrés.

Est-ce que je peux encore les sauver ou faut-il tout recommencer ?""",
        comments=[
            C(
                "Marc_B",
                "2025-03-03T10:21:00",
                "le 03/03/2025 à 10h21",
                "Ils manquent de lumière et ont trop chaud. Mettez-les dans une pièce plus fraîche, vers 16 degrés, et ils vont se trapuer.",
            ),
            C(
                "Josiane_36",
                "2025-03-03T11:15:00",
                "le 03/03/2025 à 11h15",
                "Merci ! J'ai une véranda non chauffée, ça devrait aller ?",
                parent=0,
            ),
            C(
                "Gaston du Cher",
                "2025-03-03T13:48:00",
                "le 03/03/2025 à 13h48",
                "Au repiquage, enterrez la tige jusqu'aux premières feuilles. La tomate fait des racines tout le long, ça rattrape tout.",
            ),
            C(
                "Lucienne_Modo",
                "2025-03-03T17:30:00",
                "le 03/03/2025 à 17h30",
                "La véranda est parfaite tant qu'il ne gèle pas la nuit. Pensez à rentrer les plants si la météo annonce moins de 5 degrés.",
                parent=1,
                extra="Modérateur",
            ),
        ],
        related=["Calendrier des semis de mars", "Terreau maison pour semis"],
    ),
    Page(
        name="halo-script-zh",
        batch="heldout-26",
        render="halo_script",
        lang="zh",
        system="A Chinese personal blog on Halo 2 whose comments the comment-widget plugin renders by script into a web component (an empty comment-widget element with its group, kind and name attributes and the plugin's script; the web component's shadow content is not part of a saved page; the page announces '评论 23' in the post meta and '23 条评论' above the widget; a '最新评论' sidebar quoting comments on other posts). Expected: no comments",
        source="Halo 2 themes' comment block with the comment-widget plugin (halo-dev/plugin-comment-widget: a Lit web component, comment-widget with group='content.halo.run' kind='Post' name=…, loaded by the plugin's comment-widget.iife.js and rendered in its shadow root; earlier Halo 1 themes embed the halo-comment Vue component the same way) as found in themes and the plugin's source by code search, in a blog layout written from Halo themes as widely known",
        site="晚风小站",
        title="用一台二手迷你主机搭建家庭影音库",
        byline="晚风",
        date="2025-03-03",
        date_shown="2025-03-03 08:40",
        time="08:40",
        article="""年前在二手平台花了六百块买了一台迷你主机，八G内存，加一块四T的硬盘，用来做家里的影音库刚刚好。

系统装的是一个开源的媒体服务器，电影和剧集会自动刮削海报和简介，电视上装个客户端就能看。

整机待机功耗不到十瓦，一个月的电费几块钱，比买成品的网络存储便宜多了。""",
        comments=[],
        recent=[("小林", "旧路由器刷机记录"), ("橙子", "家庭网络布线的一些经验")],
        announced=23,
    ),
]
