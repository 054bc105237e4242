"""Text of held-out batch 21 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="blocksy-en",
        batch="heldout-21",
        render="blocksy",
        lang="en",
        system="A WordPress blog on the Blocksy theme (div.ct-comments with h3.ct-comments-title; ol.ct-comment-list of li.comment, each an article.ct-comment-inner with footer.ct-comment-meta: the avatar in figure.ct-media-container, the name in h4.ct-comment-author cite.fn with a 'Post Author' label, and div.ct-comment-meta-data holding the date link and 'Reply' together; the text in div.ct-comment-content; replies in ol.children; the form 'Name*' / 'Email*' / 'Website' with 'Save my name, email, and website in this browser for the next time I comment.'; a sidebar 'Recent Comments' widget)",
        source="Blocksy theme's comment markup (template-parts/comments and inc/components/comments: div.ct-comments, h3.ct-comments-title, ol.ct-comment-list, article.ct-comment-inner, footer.ct-comment-meta, figure.ct-media-container, h4.ct-comment-author, cite.fn, span.ct-comment-author-label, div.ct-comment-meta-data, a.comment-reply-link, div.ct-comment-content.entry-content), written from the theme's output as widely known (a code search found nothing usable); details may differ by version",
        site="Small Rooms, Big Shelves",
        title="Building a floor-to-ceiling bookcase in a rented flat",
        byline="Maren Castell",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""Our landlord said no screws in the walls, so the bookcase had to stand on its own and press against the ceiling instead.

I used two tension posts per side, the kind sold for room dividers, and hung the shelves between them on steel brackets.

It holds about four hundred books and has not moved an inch in three months.""",
        comments=[
            C(
                "Owen Pritchard",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 am",
                "Brilliant idea. Did you put anything between the posts and the ceiling to protect the paint?",
            ),
            C(
                "Maren Castell",
                "2025-03-03T11:10:00",
                "March 3, 2025 at 11:10 am",
                "Felt pads, the thick ones for chair legs. No marks so far.",
                parent=0,
                extra="Post Author",
            ),
            C(
                "Tess Okonjo",
                "2025-03-03T15:48:00",
                "March 3, 2025 at 3:48 pm",
                "I would worry about an earthquake or a toddler pulling on it. Maybe strap the top shelf to the posts?",
            ),
            C(
                "Owen Pritchard",
                "2025-03-04T08:02:00",
                "March 4, 2025 at 8:02 am",
                "Tess has a point. Cable ties through the brackets would cost almost nothing.",
                parent=2,
            ),
        ],
        related=["A pegboard wall for the kitchen", "Renters' guide to lighting"],
        recent=[("Hal B.", "A pegboard wall for the kitchen"), ("Sigrid", "Hiding a radiator")],
    ),
    Page(
        name="hashnode-en",
        batch="heldout-21",
        render="hashnode",
        lang="en",
        system="A developer blog on Hashnode (utility classes only: the post in div#post-content-parent with a prose div; the comments in a section whose cards are divs with no 'comment' in any class: the display name in a link, an 'Author' chip on the writer's replies, the date 'Mar 3, 2025' in a span; the text in a prose div; a like count and 'Reply'; replies in an indented div with a left border; 'Load more responses'; the 'Subscribe to our newsletter' box; 'More articles' cards)",
        source="Hashnode blog post pages as saved (Next.js markup with Tailwind utility classes: article with h1, a byline with the author's name and the date, div#post-content-parent, a newsletter form 'Subscribe to our newsletter', a comments section with id 'comments-list' and cards built from utility classes only, 'Load more responses', 'More articles'), written from saved pages as widely known; generated class lists change between builds",
        site="dev notes by Karan",
        title="Why my Postgres index was not used",
        byline="Karan Malhotra",
        date="2025-03-03",
        date_shown="Mar 3, 2025",
        article="""I added an index on the email column and the slow query stayed exactly as slow. EXPLAIN showed a sequential scan.

The query compared lower(email) with a parameter, and a plain index on email cannot serve that. An expression index on lower(email) fixed it.

Always run EXPLAIN before and after you add an index.""",
        comments=[
            C(
                "Beatriz Nunes",
                "",
                "Mar 3, 2025",
                "Classic one. A citext column would also have worked here.",
            ),
            C(
                "Karan Malhotra",
                "",
                "Mar 3, 2025",
                "True, but changing the column type meant a migration on a big table, so the expression index was quicker.",
                parent=0,
                extra="Author",
            ),
            C(
                "Jonas Weber",
                "",
                "Mar 4, 2025",
                "Worth adding that you should run ANALYZE after creating an expression index, or the planner has no statistics for it.",
            ),
            C(
                "devtaylor",
                "",
                "Mar 5, 2025",
                "Saved this. I had the same issue with a trimmed text column last month.",
            ),
        ],
        related=["Reading EXPLAIN ANALYZE without panic", "Partial indexes in practice"],
    ),
    Page(
        name="groupsio-list-en",
        batch="heldout-21",
        render="groupsio",
        lang="en",
        system="A mailing-list topic on Groups.io as a browser saves it (forum-like: the first message = article, the replies = comments; table#records of message rows; each message with the sender's display name in a link, a '#1842' message number, the date 'Mar 3' with the full date in a title; the body in div.user-content as the mail's text, a reply's quoted lines under 'On Mon, Mar 3, 2025 at 08:12 AM, Name wrote:' folded into a blockquote; 'Like' with counts, 'Reply', 'More'; a group sidebar with 'Join' and a 'Top' list)",
        source="Groups.io topic page markup as saved (div#content, h3 with the topic subject, table#records.table, tr per message, div.expanded-message, a user link, span.text-muted '#N', span with title holding the full date, div.user-content with the message body and blockquote quoted text, a button bar 'Like' / 'Reply' / 'More', the group sidebar), written from saved pages as widely known; class names may differ by version",
        site="rail-modellers@groups.io",
        title="DCC decoder keeps resetting on the incline",
        byline="Gordon Healey",
        date="2025-03-03",
        date_shown="Mon, Mar 3, 2025 at 08:12 AM",
        time="08:12",
        article="""My class 37 with a sound decoder resets every time it climbs the incline to the upper level. On the flat it runs for hours.

The incline is about 3 percent with a curve at the top. Track power is 15 volts.

Any ideas before I start pulling the loco apart?""",
        comments=[
            C(
                "Sheila Marr",
                "2025-03-03T09:40:00",
                "Mon, Mar 3, 2025 at 09:40 AM",
                "Sounds like a dead spot in the curve, or the pickups lifting. Try a stay-alive capacitor on the decoder.",
            ),
            C(
                "Gordon Healey",
                "2025-03-03T10:21:00",
                "Mon, Mar 3, 2025 at 10:21 AM",
                "A stay-alive is a good thought. Will it fit with the speaker in that body?",
                parent=0,
            ),
            C(
                "Pete Villiers",
                "2025-03-03T13:05:00",
                "Mon, Mar 3, 2025 at 01:05 PM",
                "Before that, check the rail joiners at the bottom of the incline. Mine had worked loose and the voltage dropped on the climb.",
            ),
            C(
                "Sheila Marr",
                "2025-03-03T17:30:00",
                "Mon, Mar 3, 2025 at 05:30 PM",
                "It should fit if you use the small tantalum type. I can send a photo of mine tomorrow.",
                parent=1,
            ),
        ],
        related=["Point motors on a budget", "Weathering wagons with chalk"],
    ),
    Page(
        name="typo3-pwcomments-de",
        batch="heldout-21",
        render="pwcomments",
        lang="de",
        system="A German town association's news page on TYPO3 (tx_news) with the pw_comments extension (div.tx-pwcomments with 'Kommentare (4)'; each comment a div.comment with an id, div.comment-avatar and div.comment-box: h5.comment-name, span.comment-date 'vor 3 Tagen' with the absolute date only in its title, div.comment-actions with '+3 / −0' votes and 'Antworten', div.comment-content; replies one level deep in div.comment-replies (a reply to a reply is filed under the first comment); the form 'Ihr Name *' / 'Ihre E-Mail-Adresse *'; a 'Weitere Meldungen' list)",
        source="pw_comments Fluid partial Comment.html (div.comment-avatar, div.comment-box, div.comment-head, h5.comment-name, span.comment-date[title] with a relative date, div.comment-actions with voting and a.reply, div.comment-content), checked against the extension's templates found by code search (teamneusta/pw_comments); the list wrapper, the reply container and the tx_news page around it were written from saved pages as widely known",
        site="Heimatverein Oberwiesental",
        title="Dorfbrunnen wird zum Frühjahr saniert",
        byline="Redaktion Heimatverein",
        date="2025-02-28",
        date_shown="28.02.2025",
        article="""Der alte Dorfbrunnen am Marktplatz wird im April saniert. Die Steine werden gereinigt und die Pumpe ersetzt.

Die Kosten von rund 18.000 Euro teilen sich die Gemeinde und der Heimatverein.

Wer mithelfen möchte, kann sich bis Ende März im Vereinsheim melden.""",
        comments=[
            C(
                "Hildegard Baum",
                "2025-02-28T10:21:00",
                "vor 3 Tagen",
                "Schön, dass endlich etwas passiert. Als Kinder haben wir im Sommer immer am Brunnen gespielt.",
            ),
            C(
                "Rainer K.",
                "2025-02-28T12:05:00",
                "vor 3 Tagen",
                "Ich kann an zwei Samstagen helfen. Braucht ihr auch jemanden mit Anhänger?",
            ),
            C(
                "Redaktion Heimatverein",
                "2025-02-28T14:30:00",
                "vor 3 Tagen",
                "Danke, Rainer! Ein Anhänger wäre sehr hilfreich für den Abtransport der alten Pumpe. Wir melden uns.",
                parent=1,
            ),
            C(
                "Rainer K.",
                "2025-03-01T09:12:00",
                "vor 2 Tagen",
                "Prima, dann halte ich mir den 12. April frei.",
                parent=1,
            ),
        ],
        related=["Maibaum-Aufstellen: Helfer gesucht", "Neue Bänke am Wanderweg"],
    ),
    Page(
        name="drupal9-bartik-ru",
        batch="heldout-21",
        render="drupal9",
        lang="ru",
        system="A Russian-language site on Drupal 9 with the Bartik theme (section.comments with h2 'Комментарии'; each comment an article.comment.js-comment with footer.comment__meta: the name in p.comment__author, the time 'Пн, 03/03/2025 - 10:21' in p.comment__time, 'Постоянная ссылка', and for replies a visually hidden 'В ответ на <subject> от <name>'; div.comment__content with an h3 subject that Drupal made from the first words of the text, the body in div.field--name-comment-body, the link 'Ответить'; replies in div.indented after the comment; the form 'Ваше имя' / 'Тема' / 'Комментарий')",
        source="Drupal 9 core Bartik templates (core/themes/bartik/templates/classy/content/comment.html.twig and field--comment.html.twig: article.comment.js-comment, footer.comment__meta, p.comment__author, p.comment__time, p.comment__permalink, p.visually-hidden 'In reply to', div.comment__content, h3 with a.permalink, ul.links.inline; section.comments, h2.comments__title, div.indented from CommentDefaultFormatter), written from core's templates as widely known",
        site="Заметки о байдарочных походах",
        title="Карелия на байдарке: маршрут по Шуе за неделю",
        byline="Дмитрий Лосев",
        date="2025-03-03",
        date_shown="Пн, 03/03/2025 - 08:00",
        article="""Прошлым летом мы прошли Шую от Поросозера до Суны за семь дней, на двух байдарках вчетвером.

Пороги третьей категории обносили, остальные проходили после просмотра с берега. Воды в июле было средне.

Главный совет: берите запасное весло и не экономьте на гермомешках.""",
        comments=[
            C(
                "Алексей М.",
                "2025-03-03T10:21:00",
                "Пн, 03/03/2025 - 10:21",
                "Спасибо за подробный отчёт! А как добирались до Поросозера с байдарками?",
            ),
            C(
                "Дмитрий Лосев",
                "2025-03-03T11:40:00",
                "Пн, 03/03/2025 - 11:40",
                "На поезде до Суоярви, дальше заказывали машину у местных. Телефон водителя пришлю в личку.",
                parent=0,
            ),
            C(
                "Ксения",
                "2025-03-03T14:02:00",
                "Пн, 03/03/2025 - 14:02",
                "Мы ходили в августе, воды было совсем мало, половину шивер вели байдарки в проводку.",
            ),
            C(
                "Гость",
                "2025-03-03T20:15:00",
                "Пн, 03/03/2025 - 20:15",
                "В августе там ещё и комаров меньше, так что всё не так плохо.",
                parent=2,
                extra="(не проверено)",
            ),
        ],
        related=["Укладка байдарки: чек-лист", "Вуокса осенью"],
    ),
    Page(
        name="wix-blog-es",
        batch="heldout-21",
        render="wix",
        lang="es",
        system="A Spanish small-business blog on Wix (the post in div[data-hook=post-description] with a 'Escritor' badge by the byline; comments rendered by Wix's comments widget: generated class names only, every part named by a data-hook attribute (comment, author-name, creation-date '3 mar 2025', comment-content, like-button 'Me gusta 2', reply-button 'Responder'); a badge 'Administrador' on the owner's replies; replies one level deep behind 'Ver 1 respuesta'; 'Escribe un comentario...'; 'Publicaciones recientes' cards)",
        source="Wix Blog post and Wix Comments widget markup as saved (article with data-hook=post-title and post-description, div[data-hook=comments-root], div[data-hook=comment], span[data-hook=author-name], span[data-hook=creation-date], div[data-hook=comment-content], button[data-hook=like-button], button[data-hook=reply-button], button 'Ver N respuesta', div[data-hook=recent-posts]), written from saved pages as widely known; the generated class names change between builds",
        site="Cerámica La Tortuga",
        title="Cómo cuidar tus piezas de cerámica esmaltada",
        byline="Inés Montoya",
        date="2025-03-03",
        date_shown="3 mar 2025",
        article="""Muchas clientas nos preguntan si pueden meter nuestras tazas en el lavavajillas. La respuesta corta es sí, pero con matices.

El esmalte aguanta bien el lavavajillas, aunque los cambios bruscos de temperatura pueden agrietarlo con los años.

Evita pasar una pieza del congelador al horno y tu cerámica durará décadas.""",
        comments=[
            C(
                "Rocío Gallardo",
                "",
                "3 mar 2025",
                "¿Y las piezas con borde dorado? Tengo un plato vuestro con filo de oro.",
            ),
            C(
                "Inés Montoya",
                "",
                "3 mar 2025",
                "Esas mejor a mano, Rocío. El lavavajillas acaba apagando el dorado.",
                parent=0,
                extra="Administrador",
            ),
            C(
                "Paco Ibarra",
                "",
                "4 mar 2025",
                "Mi taza favorita tiene una grieta finita. ¿Se puede seguir usando?",
            ),
            C(
                "Inés Montoya",
                "",
                "4 mar 2025",
                "Para bebidas calientes no te lo recomiendo, Paco. Úsala como macetero, que queda precioso.",
                parent=2,
                extra="Administrador",
            ),
        ],
        related=["Nuestro taller abre los sábados", "Cinco ideas para regalar cerámica"],
    ),
    Page(
        name="canalblog-fr",
        batch="heldout-21",
        render="canalblog",
        lang="fr",
        system="A French blog on Canalblog (the post in div.articlebody with 'Publicité' inserts; comments in div#comments as a flat list of div.comment blocks: the text first in div.comment-content, then a line 'Posté par Name, lundi 3 mars 2025 | 10:21' in which the date is a link; the blogger's answers are ordinary comments that start with the reader's name ('Mireille, …'); the form 'Nom / Pseudo :' / 'E-mail :' / 'URL :' / 'Se souvenir de mes informations'; a 'Derniers commentaires' sidebar box quoting comments on other posts; a 'Newsletter' box)",
        source="Canalblog blog markup as saved (div#content, div.blogbody, h2.date-header, h3.post-title, div.articlebody, div.itemfooter 'Publié par … à …', div#comments, div.comment#cNNN, div.comment-content, div.itemfooter 'Posté par …, date | heure', form#commentform with 'Nom / Pseudo :', 'E-mail :', 'URL :', 'Se souvenir de mes informations', the sidebar boxes 'Derniers commentaires' and 'Newsletter'), written from saved pages as widely known; details differ between Canalblog themes",
        site="Le jardin de Colette",
        title="Mes semis de tomates anciennes sur le rebord de la fenêtre",
        byline="Colette",
        date="2025-03-03",
        date_shown="lundi 3 mars 2025",
        article="""Cette année j'ai semé six variétés de tomates anciennes, dont la Noire de Crimée et la Cœur de bœuf, dans des boîtes d'œufs sur le rebord de la fenêtre.

Au bout de dix jours presque tout a levé, sauf la Green Zebra qui boude encore.

Je repiquerai en godets dès que les premières vraies feuilles seront sorties.""",
        comments=[
            C(
                "Mireille",
                "2025-03-03T10:21:00",
                "lundi 3 mars 2025 | 10:21",
                "Quelle bonne idée les boîtes d'œufs ! Tu mets un couvercle pour garder l'humidité ?",
            ),
            C(
                "Colette",
                "2025-03-03T12:45:00",
                "lundi 3 mars 2025 | 12:45",
                "Mireille, oui, un simple sac de congélation percé de quelques trous, que j'enlève dès la levée.",
                parent=0,
            ),
            C(
                "Jardinier du dimanche",
                "2025-03-03T18:02:00",
                "lundi 3 mars 2025 | 18:02",
                "La Green Zebra est toujours plus lente chez moi aussi. Patience, elle finit par lever.",
            ),
            C(
                "Annie des Vosges",
                "2025-03-04T08:30:00",
                "mardi 4 mars 2025 | 08:30",
                "Je commence mes semis seulement fin mars ici, il gèle encore la nuit.",
            ),
        ],
        related=["Mon compost en bac : un an après", "Les fraisiers en jardinière"],
        recent=[("Gisèle", "Mon compost en bac : un an après"), ("Bruno", "Les fraisiers en jardinière")],
    ),
    Page(
        name="phpwind-forum-zh",
        batch="heldout-21",
        render="phpwind",
        lang="zh",
        system="A phpwind 9 forum thread (forum: the first floor = article, later floors = comments; each floor a div.floor.J_read_floor with an id 'read_N' holding table.floor_table: td.floor_left with the avatar, div.name a, the group title in div.level and ul.integral (UID, 发帖数, 注册日期); td.floor_right with div.floor_top_tips: the floor name '楼主' / '沙发' / '板凳' / '地板' / '4楼' with a '#' and '发布于：2025-03-03 10:21'; div.editor_content with the text; a reply quoting an earlier floor '引用 1楼 name 于 2025-03-03 09:30 发表的 :'; '回复' / '引用' / '喜欢' links; a '最新喜欢：' line)",
        source="phpwind 9 thread template (template/bbs/read_run.htm as compiled: div.floor.cc.J_read_floor#read_PID, table.floor_table, td.floor_left div.floor_info with div.face, div.name, div.level, ul.integral li em/span, td.box_wrap.floor_right, div.floor_title h1#J_post_title, div.floor_top_tips span.lou '楼主'<sup>#</sup> and span.fl '发布于：', div#J_read_main, div.editor_content, div.inside_title), checked against a compiled template found by code search; the quote block was written from saved pages as widely known",
        site="家居装修论坛",
        title="老房子卫生间翻新，防水到底要刷多高？",
        byline="装修小白阿宁",
        date="2025-03-03",
        date_shown="2025-03-03 08:15",
        time="08:15",
        article="""家里是九十年代的老房子，卫生间准备全部翻新，师傅说墙面防水刷三十公分就够了。

可是网上很多人说淋浴区要刷到一米八。到底听谁的？

另外地面要不要做闭水试验，做几天合适？""",
        comments=[
            C(
                "老周装修",
                "2025-03-03T09:30:00",
                "2025-03-03 09:30",
                "淋浴区一定要刷到一米八以上，其他墙面三十公分可以。闭水试验至少四十八小时。",
                extra="版主",
            ),
            C(
                "装修小白阿宁",
                "2025-03-03T10:21:00",
                "2025-03-03 10:21",
                "明白了，谢谢！那防水涂料选柔性的还是刚性的？",
                parent=0,
                extra="新手上路",
            ),
            C(
                "水电工老李",
                "2025-03-03T11:02:00",
                "2025-03-03 11:02",
                "墙角和管道根部用柔性的，大面积刚性柔性都行。关键是阴角要加网格布。",
                extra="中级会员",
            ),
            C(
                "小雨家",
                "2025-03-03T15:47:00",
                "2025-03-03 15:47",
                "我家去年就是淋浴区只刷了三十公分，现在隔壁卧室墙根发霉了，一定要刷高。",
                extra="注册会员",
            ),
        ],
        related=["厨房台面选石英石还是岩板", "老房水电改造预算参考"],
    ),
]
