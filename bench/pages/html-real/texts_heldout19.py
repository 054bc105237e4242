"""Text of held-out batch 19 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="wp-tt4-block-en",
        batch="heldout-19",
        render="wp_block",
        lang="en",
        system="WordPress, Twenty Twenty-Four block theme (core/comments block: div.wp-block-comments with h2.wp-block-comments-title '4 responses to “…”', ol.wp-block-comment-template of li.comment items built from wp-block-columns, the name in div.wp-block-comment-author-name, the date a link in div.wp-block-comment-date, div.wp-block-comment-content, div.wp-block-comment-reply-link; replies in ol.children; a comments-pagination block 'Older Comments'; an article with a pull quote and an image caption)",
        source="WordPress core block markup as Twenty Twenty-Four prints it (patterns/comments.php: core/comments, core/comments-title, core/comment-template, core/avatar, core/comment-author-name, core/comment-date, core/comment-content, core/comment-reply-link, core/comments-pagination, core/post-comments-form; wp-block-pullquote, wp-block-image with figcaption.wp-element-caption), written from core's block render output as widely known; wrapper classes may differ by version",
        site="Slow Stitch Journal",
        title="Mending a wool jumper with Swiss darning",
        byline="Harriet Vane-Colby",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""My favourite grey jumper wore through at both elbows this winter, so I finally learned Swiss darning instead of patching it.

The stitch copies the knitted V shapes over the thin area, so the repair sits inside the fabric rather than on top of it.

It took two evenings per elbow. The colour is not a perfect match, but from across a room nobody notices the mend.""",
        comments=[
            C(
                "Priya Lockwood",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 am",
                "Two evenings sounds about right. My first attempt took a whole weekend and I unpicked it twice.",
            ),
            C(
                "Harriet Vane-Colby",
                "2025-03-03T11:02:00",
                "March 3, 2025 at 11:02 am",
                "Unpicking is part of it! The second elbow went much faster once my tension was even.",
                parent=0,
            ),
            C(
                "Donal Begley",
                "2025-03-03T13:40:00",
                "March 3, 2025 at 1:40 pm",
                "Does this work on machine-knit jumpers with a very fine gauge, or only on chunky hand knits?",
            ),
            C(
                "Mags from the yarn shop",
                "2025-03-03T15:15:00",
                "March 3, 2025 at 3:15 pm",
                "It works on fine gauge too, Donal, but use a thinner darning yarn and a blunt needle. A magnifying lamp helps.",
                parent=2,
            ),
        ],
        related=["Visible mending with sashiko", "Choosing a darning mushroom"],
    ),
    Page(
        name="astra-jetpack-en",
        batch="heldout-19",
        render="astra",
        lang="en",
        system="WordPress, Astra theme with Jetpack's comment form (ol.ast-comment-list; each comment an article.ast-comment in li.comment: the name in cite b.fn with a 'Post author' highlight on the author's replies, the date in div.ast-comment-time as a link with a time element, the text in section.ast-comment-content, 'Reply' in span.ast-reply-link; replies in ol.children; Jetpack's guest form 'Name (required)' / 'Email (required) (Address never made public)'; a Jetpack recent-comments widget with avatars)",
        source="Astra theme's comment callback (astra_theme_comment in inc/blog/blog-config.php: ast-comment-info, ast-comment-avatar-wrap, ast-comment-data-wrap, ast-comment-meta, ast-comment-cite-wrap, ast-highlight-text 'Post author', ast-comment-time, timendate, ast-comment-content, ast-comment-edit-reply-wrap, ast-reply-link) and Jetpack's comment form and Recent Comments widget (comment-form-identity, comment-form-guest, table.recentcommentsavatar), written from the theme and plugin as widely known; details may differ by version",
        site="The Weekend Baker",
        title="Sourdough discard crackers that actually snap",
        byline="Lou Marchetti",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""Every sourdough baker ends up with a jar of discard in the fridge, and most cracker recipes I tried came out chewy.

The trick is rolling the dough thinner than feels sensible and baking it low and slow, at 150 degrees for forty minutes.

Store them in a tin with a slice of bread on top. They stay crisp for about a week.""",
        comments=[
            C(
                "Sunita R.",
                "2025-03-03T09:12:00",
                "March 3, 2025 at 9:12 am",
                "Made these last night with rosemary and sea salt. Gone before breakfast!",
            ),
            C(
                "Lou Marchetti",
                "2025-03-03T09:48:00",
                "March 3, 2025 at 9:48 am",
                "Rosemary is my favourite too. Try a little smoked paprika next time.",
                parent=0,
                extra="Post author",
            ),
            C(
                "Greg Ashdown",
                "2025-03-03T12:30:00",
                "March 3, 2025 at 12:30 pm",
                "Mine were still chewy in the middle. Is my oven too cool, or is the dough too thick?",
            ),
            C(
                "Lou Marchetti",
                "2025-03-03T13:05:00",
                "March 3, 2025 at 1:05 pm",
                "Almost always the thickness, Greg. You should nearly see the worktop through it before you cut.",
                parent=2,
                extra="Post author",
            ),
            C(
                "Fern Adeyemi",
                "2025-03-03T17:44:00",
                "March 3, 2025 at 5:44 pm",
                "A pasta machine on the second-thinnest setting makes this much easier.",
                parent=3,
            ),
        ],
        related=["A beginner's starter in seven days", "Focaccia for people in a hurry"],
        recent=[("Maisie", "Rye bread without tears"), ("Tom Orr", "Why my bagels sank")],
    ),
    Page(
        name="newspaper-tagdiv-en",
        batch="heldout-19",
        render="tagdiv",
        lang="en",
        system="A local news site on WordPress with the Newspaper theme by tagDiv (the article with a byline, a date, share buttons, a pull quote, an image caption, 'Read more' teasers and a newsletter box inside the post; comments in div#comments: a '4 COMMENTS' block title, ol.comment-list of li.comment with an article whose footer holds the avatar, cite with the name and a.comment-link around a time 'March 3, 2025 At 10:21 am'; div.comment-content; div.comment-meta with 'Reply'; replies in ul.children; 'Most Popular' and 'Latest articles' boxes)",
        source="Newspaper theme (tagDiv) single-post and comments markup as saved (td-post-header, td-post-author-name, td-post-date, td-post-sharing, td-post-content with blockquote.td_pull_quote, figure.wp-caption, td-a-rec, div.comments#comments with td-comments-title-wrap h4.block-title, ol.comment-list, li.comment, article > footer > cite, a.comment-link time, div.comment-content, div.comment-meta a.comment-reply-link, td_block_wrap 'Most Popular'), written from saved pages and the theme's comment callback as widely known; class names differ between theme versions",
        site="Harbour Town Herald",
        title="Ferry timetable cut to four crossings a day from April",
        byline="By Rhona McKellar",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""The harbour ferry will run four crossings a day instead of seven from the first of April, the operator confirmed on Monday.

The company blames the cost of fuel and a shortage of qualified crew, and says the cut will be reviewed after the summer.

Councillors have asked for an urgent meeting with the operator before the new timetable is published.""",
        comments=[
            C(
                "Ewan Strachan",
                "2025-03-03T10:21:00",
                "March 3, 2025 At 10:21 am",
                "Four crossings means I cannot get to my shift at the hospital on time. What are we supposed to do?",
            ),
            C(
                "Catriona B",
                "2025-03-03T10:58:00",
                "March 3, 2025 At 10:58 am",
                "Same here, Ewan. The first crossing at 8.15 is useless for anyone who starts at eight.",
                parent=0,
            ),
            C(
                "Harbour watcher",
                "2025-03-03T12:03:00",
                "March 3, 2025 At 12:03 pm",
                "The crew shortage has been known for two years. Nobody trained replacements.",
            ),
            C(
                "Morag Innes",
                "2025-03-03T14:26:00",
                "March 3, 2025 At 2:26 pm",
                "Good that the councillors are asking questions, but a review after the summer is far too late.",
            ),
        ],
        related=["New pontoon opens at the marina", "School bus route to change in May"],
    ),
    Page(
        name="generatepress-de",
        batch="heldout-19",
        render="generatepress",
        lang="de",
        system="A German WordPress blog on the GeneratePress theme (ol.comment-list; each comment an article.comment-body with schema.org Comment microdata; footer.comment-meta with the avatar, cite.fn and, in div.entry-meta.comment-metadata, the date as a link and '| Antworten' on the same line: 'Name 3. März 2025 um 10:21 Uhr | Antworten'; replies in ul.children; a pingback 'Pingback: …' in the list; comment pagination '« Ältere Kommentare'; the form 'Name *' / 'E-Mail *' / 'Website'; a 'Neueste Kommentare' widget)",
        source="GeneratePress comment callback (generate_comment in inc/structure/comments.php: article.comment-body[itemtype=Comment], footer.comment-meta, div.comment-author-info, div.comment-author.vcard, cite[itemprop=name].fn, div.entry-meta.comment-metadata with a time link and span.reply ' | Antworten', div.comment-content[itemprop=text]; the pingback line 'Pingback: …' in div.comment-body), written from the theme as widely known; details may differ by version",
        site="Balkonien",
        title="Tomaten auf dem Balkon: Was ich dieses Jahr anders mache",
        byline="Jana Wiesenthal",
        date="2025-03-03",
        date_shown="3. März 2025",
        article="""Letztes Jahr sind mir fast alle Tomaten auf dem Balkon geplatzt, weil ich unregelmäßig gegossen habe.

Dieses Jahr bekommen die Pflanzen größere Kübel, eine Mulchschicht aus Stroh und eine einfache Tropfbewässerung.

Ich berichte im Sommer, ob sich der Aufwand gelohnt hat.""",
        comments=[
            C(
                "Ben",
                "2025-03-03T10:21:00",
                "3. März 2025 um 10:21 Uhr",
                "Welche Tropfbewässerung nimmst du? Ich suche etwas ohne Wasseranschluss auf dem Balkon.",
            ),
            C(
                "Jana Wiesenthal",
                "2025-03-03T11:47:00",
                "3. März 2025 um 11:47 Uhr",
                "Ein Set mit Vorratsbehälter und kleiner Pumpe, die über ein Solarpanel läuft. Hat etwa vierzig Euro gekostet.",
                parent=0,
            ),
            C(
                "Gisela H.",
                "2025-03-03T15:28:00",
                "3. März 2025 um 15:28 Uhr",
                "Stroh als Mulch ist gut, aber achte auf Schnecken. Bei mir haben die sich darunter sehr wohl gefühlt.",
            ),
            C(
                "Ulli aus Leipzig",
                "2025-03-04T08:05:00",
                "4. März 2025 um 08:05 Uhr",
                "Größere Kübel haben bei mir am meisten gebracht. Unter zwanzig Litern brauchst du es gar nicht zu versuchen.",
            ),
        ],
        related=["Kräuter überwintern auf dem Fensterbrett", "Wurmkiste für die Stadtwohnung"],
        recent=[("Ralf", "Erdbeeren im Hängetopf"), ("Mia K.", "Balkonkraftwerk: meine Bilanz")],
    ),
    Page(
        name="regional-comments-ru",
        batch="heldout-19",
        render="ru_regional",
        lang="ru",
        system="A Russian regional news site's own comment system (the list in div#comments-list, named by id only; a flat list of div.cmt blocks, each with the author glued to its time in one line 'Ольга_К • 03.03.2025 в 10:21'; replies marked only by an inline margin-left and a line 'ответ для Name'; a 'Модератор' badge; '+5 / −1' ratings and 'Ответить'; 'Показать предыдущие комментарии'; the form 'Ваше имя (обязательно)'; an 'Обсуждают' box quoting comments on other stories)",
        source="Comment markup of Russian regional news sites' own CMSs as saved (h2 'Комментарии (N)', div#comments-list, div.cmt[data-id] with style margin-left for replies, div.cmt__head with span.cmt__who holding the name and time, span.cmt__badge 'Модератор', div.cmt__to 'ответ для Name', div.cmt__body, div.cmt__foot with ratings and 'Ответить', button 'Показать предыдущие комментарии', aside 'Обсуждают'), element names chosen after such saved pages; they may differ from any one site",
        site="Вести Приволжья",
        title="В Заречном районе до конца марта закроют мост через Сызранку",
        byline="Анна Голубева",
        date="2025-03-03",
        date_shown="03.03.2025 08:30",
        time="08:30",
        article="""Пешеходный мост через Сызранку в Заречном районе закроют на ремонт с 10 марта до конца месяца.

На время работ жителям предлагают пользоваться автомобильным мостом, где для пешеходов отгородят временную дорожку.

В администрации обещают, что после ремонта на мосту появится освещение.""",
        comments=[
            C(
                "Ольга_К",
                "2025-03-03T10:21:00",
                "03.03.2025 в 10:21",
                "Опять в самую распутицу. Почему нельзя было сделать это летом?",
            ),
            C(
                "Модератор Вести",
                "2025-03-03T10:55:00",
                "03.03.2025 в 10:55",
                "Ольга, летом на мосту будут менять опоры, сейчас ремонтируют только настил. Подробности в статье от 12 февраля.",
                parent=0,
                extra="Модератор",
            ),
            C(
                "Сергей Палыч",
                "2025-03-03T11:40:00",
                "03.03.2025 в 11:40",
                "Временная дорожка на автомобильном мосту — это полметра вдоль фур. Кто-нибудь из администрации сам там ходил?",
            ),
            C(
                "Нина Заречная",
                "2025-03-03T12:12:00",
                "03.03.2025 в 12:12",
                "Поддерживаю. С коляской там не пройти, придётся ехать на автобусе в обход.",
                parent=2,
            ),
        ],
        related=["Автобус №12 изменит маршрут", "В парке Победы откроют каток"],
        recent=[("Обсуждают", "Тарифы ЖКХ вырастут с июля"), ("Обсуждают", "Новая школа на Кирова")],
    ),
    Page(
        name="divi-es",
        batch="heldout-19",
        render="divi",
        lang="es",
        system="A Spanish travel blog on WordPress with the Divi theme (section#comment-wrap with h1#comments '4 comentarios'; ol.commentlist of li.comment, each an article.comment-body with div.comment_avatar, div.comment_postinfo holding span.fn and span.comment_date 'el 3 de marzo de 2025 a las 10:21', and div.comment_area whose div.comment-content holds the text followed by span.reply-container 'Responder'; replies in ul.children; navigation '← Comentarios anteriores'; pings in a separate div#trackbacks 'Trackbacks/Pingbacks' list; the form 'Enviar un comentario')",
        source="Divi theme comments.php and et_custom_comments_display (includes/functions/comments.php): section#comment-wrap, h1#comments.page_title, div.comment_navigation_top, ol.commentlist, article.comment-body, comment_avatar, comment_postinfo, span.fn, span.comment_date, comment_area, comment-content, span.reply-container, div#trackbacks with ol.pinglist; checked against the theme's files found by code search",
        site="Mochila y Brújula",
        title="Cinco días por la Ribeira Sacra sin coche",
        byline="Marta Quiroga",
        date="2025-03-03",
        date_shown="3 marzo, 2025",
        article="""La Ribeira Sacra se recorre casi siempre en coche, pero quería probar a hacerlo con autobús, tren y a pie.

El tren de Monforte a Ourense bordea el Miño y ya compensa el viaje. Desde Monforte salen autobuses a los pueblos del cañón dos veces al día.

Si vas en otoño, reserva el catamarán por el Sil con antelación: se llena los fines de semana.""",
        comments=[
            C(
                "Javier Outeiro",
                "2025-03-03T10:21:00",
                "el 3 de marzo de 2025 a las 10:21",
                "Qué buena idea. ¿Los autobuses a los pueblos funcionan también en invierno?",
            ),
            C(
                "Marta Quiroga",
                "2025-03-03T11:30:00",
                "el 3 de marzo de 2025 a las 11:30",
                "Sí, Javier, pero solo de lunes a viernes. El fin de semana tendrías que pedir un taxi.",
                parent=0,
            ),
            C(
                "Lucía Mendaña",
                "2025-03-03T16:02:00",
                "el 3 de marzo de 2025 a las 16:02",
                "Hice el catamarán en octubre y fue lo mejor del viaje. Llevad abrigo, que en el río hace frío.",
            ),
            C(
                "Andrés P.",
                "2025-03-04T09:15:00",
                "el 4 de marzo de 2025 a las 09:15",
                "Te faltó el mirador de Cabezoás, aunque sin coche es una subida larga.",
            ),
        ],
        related=["Una semana en Asturias en tren", "Qué llevar en la mochila para el Camino"],
    ),
    Page(
        name="xenforo1-forum-fr",
        batch="heldout-19",
        render="xenforo1",
        lang="fr",
        system="XenForo 1.5 thread in French (forum: the first post = article, later posts = comments; ol#messageList of li.message with data-author; div.messageUserInfo with h3.userText a.username and em.userTitle 'Membre actif' / 'Modérateur'; blockquote.messageText in div.messageContent; a quote div.bbCodeBlock.bbCodeQuote 'X a dit : ↑' of the post answered; div.messageMeta with the author link and a.datePermalink abbr.DateTime '3 Mars 2025 à 10:21'; '#2' post numbers, 'J'aime' and 'Répondre'; a likes summary 'Paul et 2 autres aiment ça.'; signatures)",
        source="XenForo 1.x message templates as saved (ol#messageList.messageList, li.message#post-N[data-author], div.messageUserInfo, div.messageUserBlock, h3.userText, a.username, em.userTitle, div.messageInfo, div.messageContent, article, blockquote.messageText.SelectQuoteContainer.ugc.baseHtml, div.bbCodeBlock.bbCodeQuote[data-author] aside div.attribution.type, blockquote.quoteContainer div.quote, div.baseHtml.signature, div.messageMeta, div.privateControls, a.authorLink, a.datePermalink abbr.DateTime / span.DateTime, div.publicControls a.postNumber, a.LikeLink, div.likesSummary), written from the templates as widely known; details may differ by version",
        site="Forum Vélo Rando",
        title="Quel pneu pour des chemins de gravier en Auvergne ?",
        byline="Thibaut63",
        date="2025-03-03",
        date_shown="3 Mars 2025 à 08:10",
        time="08:10",
        article="""Bonjour à tous, je prépare une semaine de vélo en Auvergne en mai, avec beaucoup de chemins de gravier.

J'hésite entre des pneus de 40 et de 45 mm. Mon cadre accepte les deux, mais je ne veux pas trop perdre sur la route.

Vos avis et retours d'expérience sont les bienvenus.""",
        comments=[
            C(
                "Solène_rando",
                "2025-03-03T09:14:00",
                "3 Mars 2025 à 09:14",
                "J'ai roulé en 45 mm sur les chemins du Cézallier l'an dernier et je ne regrette pas : sur la route, la différence est faible.",
                extra="Membre actif",
                extra2="Solène — 12 000 km de gravier et toujours pas de crevaison",
            ),
            C(
                "Thibaut63",
                "2025-03-03T10:21:00",
                "3 Mars 2025 à 10:21",
                "Merci ! Tu les gonfles à combien avec les sacoches ?",
                parent=0,
                extra="Nouveau membre",
            ),
            C(
                "Solène_rando",
                "2025-03-04T07:52:00",
                "4 Mars 2025 à 07:52",
                "Autour de 2,8 bars à l'avant et 3,2 à l'arrière, chargé. Descends un peu si le chemin est très cassant.",
                parent=1,
                extra="Membre actif",
                extra2="Solène — 12 000 km de gravier et toujours pas de crevaison",
            ),
            C(
                "Gérard_V",
                "2025-03-04T12:30:00",
                "4 Mars 2025 à 12:30",
                "Pense aussi au tubeless, sur le gravier volcanique c'est un vrai confort.",
                extra="Modérateur",
            ),
        ],
        related=["Sacoches de cadre : retours", "Traversée du Massif central en six jours"],
    ),
    Page(
        name="sina-blog-zh",
        batch="heldout-19",
        render="sinablog",
        lang="zh",
        system="A 新浪博客 (Sina Blog) post page as saved (the post in div.articalContent under h2.titName and a time '(2025-03-03 08:40:12)'; comments in div#article_comment_list as ul.SG_cmp_revert items: the name in span.SG_revert_Tit, the time in span.SG_revert_Time em, the text in div.SG_revert_Inner; the blogger's answer inside the comment it answers as a '博主回复：' block; '[游客]' guest names; a '发评论' form with '登录名' / '验证码'; a '博主推荐' list)",
        source="Sina Blog article page markup as saved (div.articalTitle h2.titName, span.time.SG_txtc, div.articalContent, div#module_928 '评论', div#article_comment_list, ul.SG_cmp_revert li, div.SG_revert_Cont, span.SG_revert_Tit, span.SG_revert_Time em.SG_txtc, div.SG_revert_Inner.SG_txtb, div.SG_revert_Re with '博主回复：', p.myReText, div.writeComm '发评论'), written from saved pages as widely known; details may differ by version",
        site="山间小记的博客",
        title="带父母去婺源看油菜花的几点经验",
        byline="山间小记",
        date="2025-03-03",
        date_shown="(2025-03-03 08:40:12)",
        time="08:40",
        article="""去年三月中旬带父母去了一趟婺源，正赶上油菜花开得最好的时候。

老人走不了太多路，我们选了江岭和篁岭两个点，每天只安排半天行程，下午回民宿休息。

建议提前一个月订民宿，周末的房价会比平时贵一倍左右。""",
        comments=[
            C(
                "新浪网友",
                "2025-03-03T10:21:33",
                "2025-03-03 10:21:33",
                "篁岭的索道排队要多久？我妈膝盖不好，想坐索道上去。",
            ),
            C(
                "山间小记",
                "2025-03-03T11:02:10",
                "2025-03-03 11:02:10",
                "我们去的是工作日，排了二十分钟左右，周末听说要一个多小时。",
                parent=0,
            ),
            C(
                "背包客老周",
                "2025-03-03T13:45:08",
                "2025-03-03 13:45:08",
                "江岭的观景台早上雾大，最好九点以后再去，拍出来层次更好。",
            ),
            C(
                "小雨点",
                "2025-03-03T20:17:51",
                "2025-03-03 20:17:51",
                "谢谢分享，正打算四月初带外婆去，不知道那时候花还在不在。",
                extra="[游客]",
            ),
        ],
        related=["徽州古村落一日游路线", "带老人出游的行李清单"],
    ),
]
