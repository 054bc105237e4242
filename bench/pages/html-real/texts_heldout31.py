"""Text of held-out batch 31 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="hueman-en",
        batch="heldout-31",
        render="hueman",
        lang="en",
        system="A running club's blog on WordPress with the Hueman theme (the post in article.post with h1.post-title, p.post-byline 'by Name · March 6, 2025', div.entry-inner, a share bar, ul.post-nav 'Previous story' / 'Next story', 'You may also like...' with dates; comments in section#comments.themeform with h3.heading '5 Responses'; ul.comment-tabs with 'Comments 5' and 'Pingbacks 1' tabs; div#commentlist-container.comment-tab holding ol.commentlist of core html5 comments (li.comment > article.comment-body with footer.comment-meta: the avatar, b.fn and span.says 'says:', div.comment-metadata with the date link; div.comment-content; div.reply); replies in ol.children; div#pinglist-container.comment-tab with ol.pinglist of a pingback; the form 'Name *' / 'Email *' / 'Website'; a sidebar with the 'Alx Posts' widget (titles with dates and categories), 'Recent Comments' and tabs 'Recent / Popular / Comments')",
        source="Hueman theme (presscustomizr/hueman: comments.php with h3.heading, ul.comment-tabs.group, div#commentlist-container.comment-tab, ol.commentlist from wp_list_comments type comment, div#pinglist-container.comment-tab, ol.pinglist type pings; single.php with p.post-byline, ul.post-nav, the related posts; the Alx Posts and Alx Tabs widgets) with WordPress core's Walker_Comment html5 output, written from the theme's public source as widely known; details may differ by version",
        site="Riverside Harriers",
        title="What we learned from our first club relay",
        byline="Colin Marsh",
        date="2025-03-06",
        date_shown="March 6, 2025",
        article="""On Sunday the club ran its first relay on the towpath: teams of four, each runner doing two laps of a three-kilometre loop. Forty-eight members took part, which is more than we have ever had at a club event.

The mixed teams worked well. Newer runners said they felt less pressure with three others sharing the result, and the faster runners enjoyed having someone to chase.

We will run it again in June. Next time we need a second timekeeper and a better place for the baton change, which got crowded on the narrow bridge.""",
        comments=[
            C(
                "Sally Greaves",
                "2025-03-06T10:21:00",
                "March 6, 2025 at 10:21 am",
                "Best club morning in years. I would never have entered a race on my own, and now I want to do the June one.",
            ),
            C(
                "Colin Marsh",
                "2025-03-06T11:00:00",
                "March 6, 2025 at 11:00 am",
                "That is exactly what we hoped for, Sally. Put your name down early, the teams fill up fast.",
                parent=0,
            ),
            C(
                "Dev Patel",
                "2025-03-06T12:34:00",
                "March 6, 2025 at 12:34 pm",
                "Happy to be the second timekeeper in June if you need one. My knee will not let me run it anyway.",
            ),
            C(
                "Colin Marsh",
                "2025-03-06T13:02:00",
                "March 6, 2025 at 1:02 pm",
                "Thanks Dev, that would be a great help. I will send you the timing app before then.",
                parent=2,
            ),
            C(
                "Heather Boyce",
                "2025-03-06T17:15:00",
                "March 6, 2025 at 5:15 pm",
                "Could the baton change move to the car park end? There is much more room there.",
            ),
        ],
        related=["Winter league results", "Couch to 5k starts again in April"],
        recent=[("Jonno", "Winter league results"), ("Mags", "Track night moves to Thursdays")],
    ),
    Page(
        name="proboards-en",
        batch="heldout-31",
        render="proboards",
        lang="en",
        system="A ProBoards forum thread about vintage radios (forum: the first post = article, later posts = comments; the forum header, the breadcrumb, 'Thread Started by Name' and 'Views: 312'; a table of tr.post rows with ids 'post-N'; each with td.left-panel holding the mini-profile (the name, the rank 'Full Member', the stars, 'Posts: 1,204', 'Likes: 87'), td.content-cell with div.post-info (the date 'Mar 6, 2025 at 10:21am' as abbr.time with data-timestamp), div.message, a 'Quote from Name' header over a quoted post (div.quote with div.quote_header 'Quote from Name on Mar 6, 2025 at 9:02am'), an 'Edited' note, 'Like' counts and signatures; the quick reply box and 'Who's Online'; an 'Ads by ProBoards' block)",
        source="ProBoards v5 thread page markup as saved (table.list, tr.post#post-N, td.left-panel, div.mini-profile with the user link, div.info 'Posts:' / 'Likes:', td.content-cell, div.post-info with abbr.time[data-timestamp], div.message, div.quote with div.quote_header 'Quote from … on …' and div.quote_body, div.signature, div.edited_by, the like button and count, the quick reply box), written from saved ProBoards forums as widely known; class names may differ by version",
        site="Valve & Dial Collectors",
        title="Restoring a 1950s Bakelite set: where to start?",
        byline="crackle_and_hum",
        date="2025-03-06",
        date_shown="Mar 6, 2025 at 8:40am",
        time="08:40",
        article="""I picked up a brown Bakelite table radio at a car boot sale for ten pounds. The case is cracked at one corner but everything else looks complete, including the valves.

I have soldered before but never worked on anything with mains voltage inside. I have not plugged it in yet, and the seller had no idea when it last worked.

Where should a beginner start? Is it safe to power it up to see if it works at all?""",
        comments=[
            C(
                "Harold_W",
                "2025-03-06T09:02:00",
                "Mar 6, 2025 at 9:02am",
                "Please do not plug it in yet. The old wax capacitors will almost certainly be leaky, and they can take out the rectifier valve or worse.",
                extra="Moderator",
            ),
            C(
                "crackle_and_hum",
                "2025-03-06T09:30:00",
                "Mar 6, 2025 at 9:30am",
                "Glad I asked then. Should I replace every capacitor, or only the big ones?",
                parent=0,
                extra="New Member",
            ),
            C(
                "Harold_W",
                "2025-03-06T10:21:00",
                "Mar 6, 2025 at 10:21am",
                "All the paper and wax ones, and the electrolytics in the power supply. Leave the small mica ones alone. It sounds a lot but it is a weekend's work.",
                parent=1,
                extra="Moderator",
            ),
            C(
                "Bettys_Wireless",
                "2025-03-06T13:48:00",
                "Mar 6, 2025 at 1:48pm",
                "And buy a lamp limiter or make one. A 60 W bulb in series has saved more old sets than any other trick.",
                extra="Full Member",
            ),
        ],
        related=["Best source for replacement valves?", "Show us your latest find"],
        recent=[
            ("Bettys_Wireless", "Best source for replacement valves?"),
            ("Harold_W", "Show us your latest find"),
        ],
    ),
    Page(
        name="launchpad-bug-en",
        batch="heldout-31",
        render="launchpad",
        lang="en",
        system="A Launchpad bug page of an open-source desktop app (the bug's description = article: h1 with the title, 'Bug #2051873 reported by Name on 2025-03-05', the affects table 'Affects / Status / Importance / Assigned to / Milestone', div.bug-description; the comments = comments: div.boardComment blocks with ids 'comment-N'; each div.boardCommentDetails 'Name (username) wrote on 2025-03-05:' with the number '#1' as a link, div.boardCommentBody with the text; activity blocks between them ('Changed in glade-notes: status: New → Confirmed', 'importance: Undecided → Medium'); a reply quoting an earlier comment as '> ' lines; the 'Add tags' / 'Tag help' box, 'This report contains Public information', the subscribers portlet 'Notified of all changes' and 'May be notified', 'Other bug subscribers', 'To post a comment you must log in.')",
        source="Launchpad bug page templates (lib/lp/bugs/templates/bug-portlet-*.pt, bugcomment-box.pt: div.boardComment with div.boardCommentDetails holding the person link, 'wrote' / 'on' and the date, the '#N' comment link, div.boardCommentBody; bugtask-index.pt with the affects table and the activity log items 'Changed in …'; the subscribers portlet), written from the public source and saved bug pages as widely known; class names may differ by version",
        site="Launchpad",
        title="Notes lose unsaved text when the window is closed during autosave",
        byline="Mira Kowalczyk",
        date="2025-03-05",
        date_shown="2025-03-05",
        article="""If I close the main window within about a second of typing, the last few words of the current note are gone when I open it again. It happens every time with long notes and never with short ones.

Steps: open a note of several pages, type a sentence, close the window right away with Ctrl+Q. Reopen the app and the sentence is missing.

Version 3.2.1 from the stable PPA on Ubuntu 24.04. I expected the app to finish saving before it quits.""",
        comments=[
            C(
                "Jonas Eklund",
                "2025-03-05T14:20:00",
                "2025-03-05",
                "Confirmed here on 24.10 with 3.2.1. Autosave is started on a timer and the quit handler does not wait for it.",
            ),
            C(
                "Mira Kowalczyk",
                "2025-03-05T16:02:00",
                "2025-03-05",
                "Thanks. Is there a setting to turn the delay off until it is fixed? I lose text a few times a week.",
            ),
            C(
                "Aidan Mercer",
                "2025-03-06T09:15:00",
                "2025-03-06",
                "There is no setting, but saving with Ctrl+S before quitting avoids it. I have a fix that flushes pending saves in the quit handler, it should land in 3.2.2.",
                parent=1,
            ),
            C(
                "Mira Kowalczyk",
                "2025-03-06T10:40:00",
                "2025-03-06",
                "Ctrl+S it is. Happy to test the fix from the daily PPA when it lands.",
            ),
        ],
        related=["Search does not find text in archived notes", "Crash when pasting a very large image"],
    ),
    Page(
        name="ccomment-de",
        batch="heldout-31",
        render="ccomment",
        lang="de",
        system="Die Website eines Heimatvereins auf Joomla 4 (Cassiopeia) mit der Kommentarkomponente CComment (the article in div.com-content-article with h1, dl.article-info 'Geschrieben von Name', 'Veröffentlicht: 06. März 2025', 'Zugriffe: 412'; the comments in div#ccomment with h4 'Kommentare (5)'; ul.ccomment-comments of li.ccomment-comment items with ids 'ccomment-comment=N'; each div.ccomment-content-wrapper: div.ccomment-avatar, div.ccomment-data with span.ccomment-author, span.ccomment-created '06.03.2025 10:21', div.ccomment-content, div.ccomment-actions 'Antworten' / 'Zitieren' and the vote buttons with '+3'; replies nested in ul.ccomment-replies; a reply quoting another in blockquote 'Zitat Name'; the form 'Name' / 'E-Mail' / 'Kommentar' with 'Senden' and the note 'Kommentare werden vor der Veröffentlichung geprüft'; Cassiopeia's 'Neueste Beiträge' and 'Beliebte Beiträge' modules)",
        source="CComment (compojoom) for Joomla as rendered into a page and saved (div#ccomment, ul.ccomment-comments, li.ccomment-comment, div.ccomment-content-wrapper, div.ccomment-avatar, span.ccomment-author, span.ccomment-created, div.ccomment-content, div.ccomment-actions, ul.ccomment-replies, the quote block) in Joomla 4's Cassiopeia template (div.com-content-article, dl.article-info, the mod_articles_latest and mod_articles_popular modules), written from saved pages as widely known; class names may differ by version",
        site="Heimatverein Lindenberg e.V.",
        title="Die alte Dorfschmiede öffnet wieder",
        byline="Gerlinde Haas",
        date="2025-03-06",
        date_shown="06. März 2025",
        article="""Nach drei Jahren Arbeit ist es so weit: Die alte Dorfschmiede am Kirchplatz öffnet am 22. März wieder ihre Türen, diesmal als kleines Museum.

Ehrenamtliche haben das Dach neu gedeckt, die Esse freigelegt und das Werkzeug des letzten Schmieds gereinigt und beschriftet. Viele Stücke haben Familien aus dem Dorf beigesteuert.

An jedem ersten Sonntag im Monat wird vorgeführt, wie ein Hufeisen entsteht. Der Eintritt ist frei, über eine Spende freuen wir uns.""",
        comments=[
            C(
                "Walter Brandt",
                "2025-03-06T10:21:00",
                "06.03.2025 10:21",
                "Mein Großvater hat dort noch Pferde beschlagen lassen. Schön, dass die Schmiede erhalten bleibt.",
            ),
            C(
                "Gerlinde Haas",
                "2025-03-06T11:05:00",
                "06.03.2025 11:05",
                "Lieber Herr Brandt, haben Sie vielleicht noch Fotos aus der Zeit? Wir würden sie gern in der Ausstellung zeigen.",
                parent=0,
            ),
            C(
                "Walter Brandt",
                "2025-03-06T12:30:00",
                "06.03.2025 12:30",
                "Ich schaue auf dem Dachboden nach und melde mich beim Verein.",
                parent=1,
            ),
            C(
                "Petra Sommer",
                "2025-03-06T14:48:00",
                "06.03.2025 14:48",
                "Ist die Schmiede auch für Rollstuhlfahrer zugänglich? Meine Mutter würde gern mitkommen.",
            ),
            C(
                "Gerlinde Haas",
                "2025-03-06T15:20:00",
                "06.03.2025 15:20",
                "Ja, es gibt eine Rampe an der Seite zum Kirchplatz hin. Wir helfen gern.",
                parent=3,
            ),
        ],
        related=["Jahreshauptversammlung 2025", "Osterbrunnen wird geschmückt"],
        recent=[("412", "Sommerfest am Dorfteich"), ("388", "Die Chronik des Dorfes erscheint")],
    ),
    Page(
        name="liveinternet-ru",
        batch="heldout-31",
        render="liveinternet",
        lang="ru",
        system="A Russian diary on LiveInternet (li.ru) (the diary's header with its name and the author's profile box; the post in div.GL_BG_LJ with the date line 'Четверг, 06 Марта 2025 г. 09:30 + в цитатник', h2 with the title, the text, 'Рубрики:' and 'Метки:' lines, 'Понравилось: 14 пользователям'; the comments under 'Комментарии (5)' as a flat table-based list: each comment a div with an id 'Comment_N' holding the name as a link, the date '06-03-2025 10:21' and 'Цитировать' / 'Ответить' / 'С цитатой' links, then the text; replies marked only by an indent style (margin-left 30px per level) and by the answer opening with 'Name,'; a 'Комментировать' form; the sidebar 'Рубрики этого дневника' and 'Последние комментарии' with names and snippets)",
        source="LiveInternet (li.ru) diary pages as saved (the diary layout with its profile block, the post block with the date line and '+ в цитатник', 'Рубрики:' / 'Метки:', the comments list with per-comment ids, names, dates, quote / reply links and an indent per level, the comment form), written from saved pages as widely known; class names and ids may differ by design",
        site="Дневник Садовая_Фея",
        title="Рассада томатов: почему вытягивается и что делать",
        byline="Садовая_Фея",
        date="2025-03-06",
        date_shown="Четверг, 06 Марта 2025 г. 09:30",
        time="09:30",
        article="""Каждый март одно и то же: рассада томатов на подоконнике тянется вверх, стебли тонкие, листья бледные. Разобралась наконец, в чём причина.

Главное — света мало, а тепла много. Днём на подоконнике двадцать пять градусов, а солнце зимой низкое. Я поставила фитолампу на двенадцать часов в день и отодвинула ящики от батареи.

Уже через неделю новые листья стали темнее, а стебли толще. Вытянувшиеся растения при пикировке можно заглубить до семядолей, они дадут дополнительные корни.""",
        comments=[
            C(
                "Тамара_Ивановна",
                "2025-03-06T10:21:00",
                "06-03-2025 10:21",
                "Спасибо, очень вовремя! У меня как раз вытянулись, думала уже пересевать.",
            ),
            C(
                "Садовая_Фея",
                "2025-03-06T11:05:00",
                "06-03-2025 11:05",
                "Тамара_Ивановна, не пересевайте, просто заглубите при пикировке, всё будет хорошо.",
                parent=0,
            ),
            C(
                "Огородник_58",
                "2025-03-06T12:40:00",
                "06-03-2025 12:40",
                "А какую лампу брали? У меня обычная светодиодная, не знаю, подойдёт ли.",
            ),
            C(
                "Садовая_Фея",
                "2025-03-06T13:10:00",
                "06-03-2025 13:10",
                "Огородник_58, у меня простая фитолампа на прищепке. Обычная тоже поможет, если поставить близко, сантиметров двадцать.",
                parent=2,
            ),
            C(
                "Огородник_58",
                "2025-03-06T13:45:00",
                "06-03-2025 13:45",
                "Садовая_Фея, понял, попробую опустить пониже. Спасибо!",
                parent=3,
            ),
        ],
        related=["Перцы: когда сеять в средней полосе", "Мой балкон прошлым летом"],
        recent=[
            ("Галина_К", "Перцы: когда сеять в средней полосе"),
            ("Тамара_Ивановна", "Мой балкон прошлым летом"),
        ],
    ),
    Page(
        name="confidencial-es",
        batch="heldout-31",
        render="confidencial",
        lang="es",
        system="A Spanish digital daily's own comments in the style of El Confidencial (the article with an antetítulo, h1, a subtitle, the author line with 'Por Name' and the dates 'Fecha de publicación' / 'Fecha de actualización', a 'Lea también' box, an 'Ir a los comentarios' link; the comments in section#comentarios with 'Comentarios (6)', a 'Ordenar por: Más recientes / Más valorados' select; every comment an article.comment with a data-comment-id and a visible number '#3'; the nickname in span.comment__nick, the date '06/03/2025 10:21' in time with datetime, the text in div.comment__body; 'Responder' and vote buttons 'Votar' with a 'Valoración: 14' line; replies nested one level in div.comment__answers, where a deeper answer opens with 'En respuesta a Nick'; 'Ver 2 respuestas más'; the rules 'Normas de participación'; the 'Lo más leído' list and a 'Newsletter' box)",
        source="Spanish digital dailies' own comment modules as saved, in the style of El Confidencial (a count heading with a sort control, numbered comment articles with the nickname, a dated time element, a score line, one level of nested answers with 'En respuesta a' for deeper ones, participation rules), class names chosen after such pages; no one site's markup is copied",
        site="El Mirador Digital",
        title="El precio del aceite de oliva baja por primera vez en tres años",
        byline="Javier Lozano",
        date="2025-03-06",
        date_shown="06/03/2025 - 05:00",
        time="05:00",
        article="""El precio del aceite de oliva virgen extra en origen ha caído un veinte por ciento desde enero, la primera bajada sostenida desde 2022.

La campaña actual ha sido mucho mejor que las dos anteriores gracias a las lluvias de otoño en Jaén y Córdoba. Las almazaras calculan una producción cercana al millón y medio de toneladas.

La bajada tardará unas semanas en llegar a los supermercados. Las asociaciones de consumidores piden que se note antes de Semana Santa.""",
        comments=[
            C(
                "Olivarero_Jienense",
                "2025-03-06T07:12:00",
                "06/03/2025 07:12",
                "En origen baja, pero los costes del agricultor siguen igual de altos. A este precio muchos pequeños no cubren gastos.",
            ),
            C(
                "MCarmen",
                "2025-03-06T07:40:00",
                "06/03/2025 07:40",
                "Lo entiendo, pero en casa hemos pasado dos años comprando girasol. Algo tendrá que bajar en la tienda.",
                parent=0,
            ),
            C(
                "Olivarero_Jienense",
                "2025-03-06T08:05:00",
                "06/03/2025 08:05",
                "Bajará, seguro. El problema es que el intermediario se queda con la mayor parte de la diferencia.",
                parent=1,
            ),
            C(
                "Paco_de_Lucena",
                "2025-03-06T09:30:00",
                "06/03/2025 09:30",
                "Las lluvias han salvado la campaña, pero los pozos siguen bajos. Un verano seco y volvemos a lo mismo.",
            ),
            C(
                "Ana Beltrán",
                "2025-03-06T10:21:00",
                "06/03/2025 10:21",
                "Ojalá se note antes de Semana Santa, que en casa hacemos torrijas para toda la familia.",
            ),
        ],
        related=["Las exportaciones de aceite se recuperan", "El campo pide más agua para el regadío"],
    ),
    Page(
        name="hemingway-fr",
        batch="heldout-31",
        render="hemingway",
        lang="fr",
        system="A French photography blog on WordPress with Anders Norén's Hemingway theme (the header with the blog title over a photo, the post with h2.post-title, div.post-meta 'Le 6 mars 2025 · dans Balades · 5 commentaires', div.post-content; div.post-meta-bottom with the categories, tags and the previous / next links; comments in div.comments with a.comments-title-link h2 '5 commentaires'; ol.commentlist of li.comment with ids 'li-comment-N'; each div#comment-N.comment with div.comment-meta (the avatar, h4 with the name and, on the author's reply, 'Auteur de l’article' in a span.post-author, then the date as 'mars 6, 2025 à 10:21' in an h5 link), div.comment-content.post-content with the text, div.comment-actions 'Répondre'; replies in ul.children; the form 'Nom *' / 'Adresse de messagerie *' / 'Site web'; a sidebar with 'Articles récents' and 'Commentaires récents'; the credits 'Thème par Anders Norén')",
        source="Hemingway theme by Anders Norén (functions.php hemingway_comment: li#li-comment-N, div#comment-N.comment, div.comment-meta with div.comment-meta-content, h4 with the author link and span.post-author, h5 with the date link, div.comment-content.post-content, div.comment-actions with the reply link; comments.php with div.comments, a.comments-title-link, ol.commentlist; the post meta and credits) with the French translation, written from the theme's public source as widely known; details may differ by version",
        site="Lumière rasante",
        title="Trois heures au marais à l'aube",
        byline="Étienne Roux",
        date="2025-03-06",
        date_shown="6 mars 2025",
        article="""Je suis parti à six heures avec un seul objectif : photographier la brume sur le marais avant que le soleil ne la dissipe. J'avais un seul objectif sur le boîtier, un 50 mm, pour ne pas me disperser.

La brume n'a tenu qu'une vingtaine de minutes. Le reste de la matinée, j'ai suivi un héron cendré qui pêchait dans les roseaux et je n'ai presque pas bougé.

Une seule focale oblige à marcher, à attendre et à regarder davantage. Je rentre avec moins d'images, mais je les aime toutes.""",
        comments=[
            C(
                "Claire Besson",
                "2025-03-06T10:21:00",
                "mars 6, 2025 à 10:21",
                "La photo du héron dans la brume est magnifique. On sent le froid du matin.",
            ),
            C(
                "Étienne Roux",
                "2025-03-06T11:02:00",
                "mars 6, 2025 à 11:02",
                "Merci Claire ! Il faisait deux degrés, et le héron ne semblait pas s'en soucier.",
                parent=0,
                extra="Auteur de l’article",
            ),
            C(
                "Yannick",
                "2025-03-06T13:40:00",
                "mars 6, 2025 à 13:40",
                "Le 50 mm pour la faune, c'est audacieux. Tu as pu t'approcher à quelle distance ?",
            ),
            C(
                "Étienne Roux",
                "2025-03-06T14:15:00",
                "mars 6, 2025 à 14:15",
                "Une quinzaine de mètres, caché derrière un saule. Les images sont recadrées, je l'avoue.",
                parent=2,
                extra="Auteur de l’article",
            ),
            C(
                "Margaux L.",
                "2025-03-06T18:30:00",
                "mars 6, 2025 à 18:30",
                "Je vais essayer l'exercice d'une seule focale ce week-end. Merci pour l'idée.",
            ),
        ],
        related=["Les couleurs de novembre en forêt", "Mon sac photo, version légère"],
        recent=[("Yannick", "Les couleurs de novembre en forêt"), ("Odile", "Un hiver en noir et blanc")],
    ),
    Page(
        name="oschina-blog-zh",
        batch="heldout-31",
        render="oschina",
        lang="zh",
        system="A Chinese developer's blog post on the 开源中国 (OSChina) blog platform (the post in div.article-detail with h1, the author line '老陈的小站 发布于 2025/03/06 09:12', '阅读 1.2K', '收藏 8', '点赞 3', the body, the tags and '本文被以下专区收录'; the comments in div.comment-list with '评论 (5)' and the '最新 / 最热' sort; every comment a div.comment-item with data-id; the avatar, a.user-name, span.time '3小时前' whose title holds the full time, the text in div.comment-content; replies listed under the comment in div.reply-list as '名字 回复 @名字 : text' with their own time; '赞' / '回复' / '举报'; '登录后可评论'; a sidebar with '作者的其它热门文章' and '最新评论' widgets)",
        source="Chinese developer-community blog pages as saved, in the style of 开源中国 (OSChina) blogs (the article detail block with the author, the publish time, view / favourite / like counts, tags; a comment list with the user link, a relative time with a title, the text, a reply list with '回复 @名字 :' lines, like / reply / report actions; author and latest-comment widgets), class names chosen after such pages; no one site's markup is copied",
        site="开源中国",
        title="用 Rust 重写日志采集器之后，内存占用降了八成",
        byline="老陈的小站",
        date="2025-03-06",
        date_shown="2025/03/06 09:12",
        time="09:12",
        article="""我们的日志采集器原来用 Python 写，每台机器常驻内存三百多兆。去年底我花了两个月用 Rust 重写，现在稳定在六十兆左右。

省下来的内存主要来自两点：不再为每条日志创建对象，以及用固定大小的缓冲区代替无限增长的队列。吞吐量也提高了三倍。

重写不是没有代价。团队里只有我熟悉 Rust，维护风险集中在一个人身上。下一步打算写一份详细的设计文档，再带一位同事一起维护。""",
        comments=[
            C(
                "码农小吴",
                "2025-03-06T10:20:00",
                "3小时前",
                "八成确实夸张，想问一下缓冲区满了之后是丢日志还是阻塞？",
            ),
            C(
                "老陈的小站",
                "2025-03-06T10:45:00",
                "2小时前",
                "默认阻塞，可以配置成丢弃最旧的日志，线上我们用的是阻塞。",
                parent=0,
            ),
            C(
                "码农小吴",
                "2025-03-06T11:02:00",
                "2小时前",
                "明白了，阻塞的话上游要注意超时，谢谢分享。",
                parent=1,
            ),
            C(
                "GopherLi",
                "2025-03-06T11:40:00",
                "2小时前",
                "用 Go 重写能不能达到差不多的效果？团队里会 Go 的人多一些。",
            ),
            C(
                "运维老王",
                "2025-03-06T12:15:00",
                "1小时前",
                "一个人维护的风险说得很实在，设计文档写好了求分享。",
            ),
        ],
        related=["我们是怎么把 CI 时间从 40 分钟降到 8 分钟的", "一次内存泄漏排查记录"],
        recent=[
            ("运维老王", "一次内存泄漏排查记录"),
            ("GopherLi", "我们是怎么把 CI 时间从 40 分钟降到 8 分钟的"),
        ],
    ),
]
