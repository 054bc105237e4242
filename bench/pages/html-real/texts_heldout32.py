"""Text of held-out batch 32 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="microblog-en",
        batch="heldout-32",
        render="microblog",
        lang="en",
        system="A personal blog hosted on Micro.blog with its replies shown under the post (the post in article.h-entry with its title in h1.p-name, div.e-content, the date as a permalink 'Mar 7, 2025'; the conversation in div.microblog_conversation: a flat list of div.microblog_post blocks, each with img.microblog_avatar, a.microblog_fullname, a.microblog_username '@name', div.microblog_text where replies open with '@name' links to the people answered (all in one flat list), and a.microblog_time 'Mar 7, 2025 at 10:21'; a 'Reply on Micro.blog' link; the blog's archive, '/now' and '/photos' links and a 'Also on Micro.blog' list of other posts with snippets)",
        source="Micro.blog hosted blog themes and the conversation.js embed as rendered and saved (article.h-entry, div.e-content, a.u-url time.dt-published; div.microblog_conversation, div.microblog_post, img.microblog_avatar, a.microblog_fullname, a.microblog_username, div.microblog_text, a.microblog_time), written from Micro.blog themes and saved pages as widely known; class names may differ by theme",
        site="Tessa Lindqvist",
        title="Grandmother's recipe book, finished",
        byline="Tessa Lindqvist",
        date="2025-03-07",
        date_shown="Mar 7, 2025",
        article="""Finished the last chapter of my grandmother's recipe book today. Forty-one recipes, typed up from her handwriting, each with a photo of the dish as I managed to cook it.

Some of them took five attempts. Her quantities were written for a family of nine, and half the ingredients had names nobody uses any more.

I am printing twelve copies, one for each cousin. It feels like the best thing I have made in years.""",
        comments=[
            C(
                "Ben Adebayo",
                "2025-03-07T10:21:00",
                "Mar 7, 2025 at 10:21",
                "@tessa What a lovely thing to do. Which recipe took the most attempts?",
            ),
            C(
                "Kaija M.",
                "2025-03-07T10:33:00",
                "Mar 7, 2025 at 10:33",
                "@tessa If you ever put it online as a PDF I would love a copy. My mother kept a book just like it.",
            ),
            C(
                "Tessa Lindqvist",
                "2025-03-07T10:48:00",
                "Mar 7, 2025 at 10:48",
                "@ben The rye bread. Her instructions just said bake until it sounds right.",
                parent=0,
            ),
            C(
                "Ben Adebayo",
                "2025-03-07T11:02:00",
                "Mar 7, 2025 at 11:02",
                "@tessa Ha, every grandmother's favourite unit of measurement.",
                parent=2,
            ),
        ],
        related=["Notes from a week without a phone", "The blue jug"],
        recent=[("Ben Adebayo", "Notes from a week without a phone"), ("Kaija M.", "The blue jug")],
    ),
    Page(
        name="mh-magazine-en",
        batch="heldout-32",
        render="mh_magazine",
        lang="en",
        system="A regional sports news site on WordPress with the MH Magazine theme (a top bar with the date and social links, the header and nav, the post in article.post with header.entry-header h1.entry-title and p.entry-meta with the date, the author, the category and a comment count; a featured image with a caption; the content; the mh-author-box 'About Name'; mh-post-nav 'Previous' / 'Next' with titles; 'Related Articles' with dates; comments in h4.mh-widget-title '5 Comments' and ol.commentlist.mh-comment-list of li.comment; each div#comment-N.mh-comment-body with div.mh-comment-gravatar and div.vcard.meta holding the name link, ' | ' and the date link 'March 7, 2025 at 10:21 am'; div.mh-comment-content with the text and the 'Reply' link after it; replies in ul.children; a pingback in ol.pinglist under 'Pingbacks & Trackbacks'; the form 'Name*' / 'E-Mail*' / 'Website'; 'MH Custom Posts' and 'MH Recent Comments' sidebar widgets with names and dates)",
        source="MH Magazine lite theme (MH Themes: includes/mh-magazine-lite-comments.php mh_magazine_lite_comments: div.mh-comment-body, div.mh-comment-gravatar, div.vcard.meta with the author link and the date, div.mh-comment-content, div.mh-comment-reply; comments.php with h4.mh-widget-title, ol.commentlist.mh-comment-list and ol.pinglist under 'Trackbacks & Pingbacks'; the author box, post navigation and the custom posts and recent comments widgets), written from the theme's public source as widely known; details may differ by version",
        site="Northfield Sports Desk",
        title="Town's women's team reach the county cup final for the first time",
        byline="Rhys Calloway",
        date="2025-03-07",
        date_shown="March 7, 2025",
        article="""Northfield Town Women will play in the county cup final for the first time in the club's history after a 2-1 win over Eastbrook on Thursday night.

Captain Leah Osei scored the winner with ten minutes left, heading in a corner at the near post. Eastbrook had equalised early in the second half and pressed hard for a second.

The final will be played at the county ground on 12 April. The club has asked supporters to buy tickets in advance so it can organise coaches.""",
        comments=[
            C(
                "Gary Whitlock",
                "2025-03-07T10:21:00",
                "March 7, 2025 at 10:21 am",
                "Brilliant night. The noise when Leah scored was the loudest I have heard at the ground in years.",
            ),
            C(
                "Jo Pendry",
                "2025-03-07T11:15:00",
                "March 7, 2025 at 11:15 am",
                "My daughter plays in the under-twelves and has not stopped talking about it. Proper role models.",
                parent=0,
            ),
            C(
                "Mick Farraday",
                "2025-03-07T12:40:00",
                "March 7, 2025 at 12:40 pm",
                "Any news on the coaches yet? I would like to book for my dad, he cannot manage the train.",
            ),
            C(
                "Rhys Calloway",
                "2025-03-07T13:05:00",
                "March 7, 2025 at 1:05 pm",
                "Mick, the club says the coach list opens on Monday at the clubhouse and online.",
                parent=2,
            ),
            C(
                "Mick Farraday",
                "2025-03-07T13:22:00",
                "March 7, 2025 at 1:22 pm",
                "Cheers Rhys, I will be there first thing.",
                parent=3,
            ),
        ],
        related=["Cricket club appoints new head coach", "Park run celebrates its 500th event"],
        recent=[("Sandra", "Cricket club appoints new head coach"), ("Tony B", "Rugby sevens return in May")],
    ),
    Page(
        name="letterboxd-en",
        batch="heldout-32",
        render="letterboxd",
        lang="en",
        system="A film review page on Letterboxd with its comments (the review = article: the film's poster and title with the year, 'Review by Name', the star rating '★★★★', 'Watched 06 Mar 2025', the review text in div.review.body-text, the like count '214 likes'; the comments = comments: section#comments with h2 '5 comments'; ul.comment-list of li.comment with data-comment-id; each with the avatar, a.name, the date as '7 Mar 2025' in span.date with a title holding the full time, div.comment-body with the text; replies are NOT nested: they open with '@name'; a 'Report this comment' link; 'Sign in to reply'; the sidebar with 'Other reviews of this film' (names, ratings, snippets), 'Popular reviews' and the film's details)",
        source="Letterboxd review pages as saved (section.film-header with the film title and year, div.review.body-text, the rating in span.rating, the diary date line, p.like-link-target with the like count; section#comments with ul.comment-list of li.comment items with a data-comment-id, a.avatar, a.name, span.date, div.comment-body; the reviews list in the sidebar), written from saved pages as widely known; class names may differ by version",
        site="Letterboxd",
        title="The Lighthouse Keeper's Daughter",
        byline="Marcus Webb",
        date="2025-03-06",
        date_shown="06 Mar 2025",
        article="""A quiet film that trusts its audience. Almost nothing happens for the first forty minutes, and then a single phone call changes how you see every scene before it.

The lead gives one of the most restrained performances I have seen in years. She barely raises her voice, and you still feel every decision she makes.

It is not perfect. The last ten minutes explain too much. But I walked out into the rain and did not want to talk to anyone for an hour, which is the best thing I can say about a film.""",
        comments=[
            C(
                "clara_frames",
                "2025-03-07T09:14:00",
                "7 Mar 2025",
                "Completely agree about the ending. Cut the final scene and it would be a masterpiece.",
            ),
            C(
                "Marcus Webb",
                "2025-03-07T09:40:00",
                "7 Mar 2025",
                "@clara_frames I keep going back and forth on that scene. It is beautiful, it just says out loud what we already knew.",
                parent=0,
            ),
            C(
                "reelnoah",
                "2025-03-07T11:02:00",
                "7 Mar 2025",
                "Saw it last week and felt the first forty minutes were too slow. Maybe I need a second viewing.",
            ),
            C(
                "Marcus Webb",
                "2025-03-07T11:30:00",
                "7 Mar 2025",
                "@reelnoah It plays very differently the second time, once you know about the phone call.",
                parent=2,
            ),
            C(
                "ingrid.sees.films",
                "2025-03-07T14:45:00",
                "7 Mar 2025",
                "Walking out into the rain and not wanting to talk is exactly how I felt too.",
            ),
        ],
        related=["Harbour Lights (2023)", "Salt and Iron (2022)"],
    ),
    Page(
        name="mastodon-comments-de",
        batch="heldout-32",
        render="mastodon_comments",
        lang="de",
        system="Ein deutsches Technik-Blog (Hugo) dessen Kommentare Antworten auf einen Mastodon-Beitrag sind, per Skript geladen und mit der Seite gespeichert (the post in article with h1, the date and a 'Lesezeit' line; under it div#mastodon-comments with h2 'Kommentare', the line 'Antworte auf diesen Beitrag im Fediverse: @name@instanz', a 'Kommentare laden' button already used; every reply a div.mastodon-comment with data-id, div.avatar, div.author with the display name (custom emoji as img), the handle '@user@instance' in a span, a 'Verfasser' badge on the blog author's replies; a.date '07.03.2025, 10:21' linking to the toot; div.content with the toot's HTML (p with an '@' mention link first on replies); div.status with counts for replies, boosts and favourites; replies nested in div.mastodon-replies; a 'Diskussion auf Mastodon fortsetzen' link; the footer with a Mastodon 'rel=me' link)",
        source="The Mastodon-comments embed widely used on Hugo and static blogs (a script fetching the toot's context from the instance API and rendering div#mastodon-comments, div.mastodon-comment with div.avatar, div.author with span.disabled handle and a.date, div.content, div.attachments, div.status with reply / reblog / favourite counts) as rendered and saved, written from blog posts describing the technique and saved pages as widely known; class names differ between blogs",
        site="Bitfeld",
        title="Warum ich meinen Router wieder selbst konfiguriere",
        byline="Jana Vogt",
        date="2025-03-07",
        date_shown="7. März 2025",
        article="""Jahrelang habe ich den Router meines Providers einfach laufen lassen. Nach dem dritten ungefragten Firmware-Update, das meine Portfreigaben gelöscht hat, reicht es mir.

Seit zwei Wochen steht hier ein kleiner Rechner mit OpenWrt, der Provider-Router läuft nur noch als Modem. Einrichtung und Firewall-Regeln haben einen Abend gedauert.

Der Gewinn ist vor allem Ruhe: Ich weiß, was im Netz passiert, und niemand ändert es ohne mich. Für jeden ist das nichts, aber wer ohnehin bastelt, sollte es versuchen.""",
        comments=[
            C(
                "Lars Hinrichs",
                "2025-03-07T10:21:00",
                "07.03.2025, 10:21",
                "@jana Gleiche Erfahrung hier. Welchen Rechner nutzt du, und reicht der für ein Gigabit?",
            ),
            C(
                "Jana Vogt",
                "2025-03-07T10:40:00",
                "07.03.2025, 10:40",
                "@lars Einen gebrauchten Mini-PC mit zwei Netzwerkports. Gigabit schafft er locker, auch mit VPN.",
                parent=0,
                extra="Verfasser",
            ),
            C(
                "Lars Hinrichs",
                "2025-03-07T11:05:00",
                "07.03.2025, 11:05",
                "@jana Danke, dann schaue ich mal, was es gebraucht gibt.",
                parent=1,
            ),
            C(
                "mkühn",
                "2025-03-07T12:30:00",
                "07.03.2025, 12:30",
                "@jana Modem-Modus geht bei meinem Provider leider nicht. Doppeltes NAT ist die einzige Möglichkeit.",
            ),
            C(
                "Jana Vogt",
                "2025-03-07T13:02:00",
                "07.03.2025, 13:02",
                "@mkühn Das funktioniert auch, nur Portfreigaben musst du dann an beiden Geräten setzen.",
                parent=3,
                extra="Verfasser",
            ),
        ],
        related=["Mein Homeserver, zwei Jahre später", "Backups, die man auch zurückspielen kann"],
    ),
    Page(
        name="diary-ru",
        batch="heldout-32",
        render="diary_ru",
        lang="ru",
        system="A Russian diary on Diary.ru (Дайри) (the diary's header with its title and the epigraph, the post in div.singlePost with the date line 'пятница, 07 марта 2025' and the time '09:12', div.postTitle h2 with the title, div.postInner with the text, 'Музыка:' and 'Настроение сейчас:' lines, 'Темы:' tags, 'URL' and 'Комментарии (5)' links; the comments in div#commentsArea as a flat list of div.singleComment blocks with ids 'commentN'; each with div.authorName (the name as a link, a 'автор дневника' mark on the owner's replies) and div.postTitle with the date '2025-03-07 в 10:21', the text in div.commentContent where an answer opens with the name it answers in bold ('Name, …'); 'Ответить' / 'Цитировать' links; the form 'Ваш комментарий' for members only; the sidebar with 'Эпиграф', 'Избранные записи' and 'Последние комментарии' with names)",
        source="Diary.ru diary pages as saved (div.singlePost, div.postTitle, div.postInner, the 'Музыка:' / 'Настроение сейчас:' / 'Темы:' lines, div#commentsArea, div.singleComment, div.authorName, div.commentContent, the 'Ответить' / 'Цитировать' links), written from saved pages as widely known; class names may differ by design",
        site="Книжная полка Лисички",
        title="Перечитала «Мастера и Маргариту» в третий раз",
        byline="Лисичка_с_книжкой",
        date="2025-03-07",
        date_shown="пятница, 07 марта 2025 09:12",
        time="09:12",
        article="""В школе я читала эту книгу ради Воланда, в институте — ради любовной линии. Сейчас, в третий раз, больше всего думала о Пилате.

Удивительно, как по-разному книга открывается в разном возрасте. Главы о Ершалаиме раньше казались мне скучными, а теперь я читала их медленнее всего.

Если вы давно не перечитывали — попробуйте. Интересно, какая линия окажется главной для вас сейчас.""",
        comments=[
            C(
                "Ночная_сова",
                "2025-03-07T10:21:00",
                "2025-03-07 в 10:21",
                "Со мной было точно так же! В пятнадцать лет пропускала Пилата, а сейчас это для меня главное в книге.",
            ),
            C(
                "Лисичка_с_книжкой",
                "2025-03-07T10:55:00",
                "2025-03-07 в 10:55",
                "Ночная_сова, значит, это не только у меня. Видимо, с возрастом начинаешь понимать цену трусости.",
                parent=0,
                extra="автор дневника",
            ),
            C(
                "Сергей Ш.",
                "2025-03-07T12:10:00",
                "2025-03-07 в 12:10",
                "А я так и не смог полюбить эту книгу, хотя пробовал три раза. Наверное, не моё.",
            ),
            C(
                "Лисичка_с_книжкой",
                "2025-03-07T12:40:00",
                "2025-03-07 в 12:40",
                "Сергей Ш., и такое бывает, это нормально. А какая книга у вас так же открывалась заново?",
                parent=2,
                extra="автор дневника",
            ),
            C(
                "Сергей Ш.",
                "2025-03-07T13:15:00",
                "2025-03-07 в 13:15",
                "Лисичка_с_книжкой, «Тихий Дон», пожалуй. В двадцать и в сорок — две разные книги.",
                parent=3,
            ),
        ],
        related=["Книги, которые я бросила на середине", "Мой список на весну"],
        recent=[
            ("Ночная_сова", "Книги, которые я бросила на середине"),
            ("Аня_Ветер", "Мой список на весну"),
        ],
    ),
    Page(
        name="hyvor-script-es",
        batch="heldout-32",
        render="hyvor_script",
        lang="es",
        system="A Spanish cycling blog whose comments Hyvor Talk loads by script (the post in article.entry with h1, the date and the author, the text, a gallery caption and tags; under it the count 'hyvor-talk-comment-count' element the counter script filled with '9 comentarios', and the empty hyvor-talk-comments custom element with website-id, page-id and language 'es' and its embed script (the comments render in the element's shadow root, which a saved page does not hold); a 'Entradas populares' sidebar with excerpts and a 'Últimos comentarios' box that a site plugin printed with names and snippets of comments on other posts; the newsletter form). Expected: no comments",
        source="Hyvor Talk's embed (the hyvor-talk-comments custom element with website-id and page-id attributes and the script from talk.hyvor.com/embed/embed.js, the hyvor-talk-comment-count element with the count.js script) as given in its installation guide, in a WordPress blog layout written from saved pages as widely known",
        site="A golpe de pedal",
        title="Ruta por la Vía Verde del Aceite en dos días",
        byline="Nacho Ibarra",
        date="2025-03-07",
        date_shown="7 de marzo de 2025",
        article="""La Vía Verde del Aceite recorre más de cien kilómetros entre Jaén y Córdoba por el antiguo trazado del tren. La hicimos en dos días, con noche en Alcaudete, y es de las rutas más agradecidas que conozco.

El firme es bueno casi todo el tiempo y las pendientes son suaves, como corresponde a una antigua vía de tren. Los viaductos de hierro sobre los olivares son lo más espectacular del recorrido.

Lleváis agua de sobra: entre algunos pueblos hay más de veinte kilómetros sin una fuente. En primavera, con los olivos en flor, es una maravilla.""",
        comments=[],
        related=[
            "Vía Verde de la Sierra: guía práctica",
            "Cómo preparar la bici para una ruta de varios días",
        ],
        recent=[
            ("Marisa", "Vía Verde de la Sierra: guía práctica"),
            ("Quique", "Cómo preparar la bici para una ruta de varios días"),
        ],
        announced=9,
    ),
    Page(
        name="dokuwiki-fr",
        batch="heldout-32",
        render="dokuwiki",
        lang="fr",
        system="A French association's wiki page on DokuWiki with the discussion plugin (the page in div.page.group with h1, the sections and a table of contents 'Table des matières'; the 'Dernière modification : 2025/03/07 08:30 par name' line; the discussion in div.comment_wrapper#comment_wrapper with h2 'Discussion'; every comment a div.hentry with an id 'comment_<hash>'; div.comment_head with the avatar, span.vcard.author holding the name, abbr.published with the date '07/03/2025 10:21' and, on an edited comment, abbr.updated 'modifié le 07/03/2025 11:02'; div.comment_body with the text; 'Répondre' / 'Modifier' / 'Supprimer' buttons; replies nested in div.comment_replies inside the comment; the form 'Nom réel :' / 'Courriel :' / 'Site web :' and 'Enregistrer'; the wiki's breadcrumbs 'Vous êtes ici:' and 'Piste:', the page tools 'Afficher le texte source', 'Anciennes révisions', 'Liens de retour' and the sidebar with the wiki's menu)",
        source="DokuWiki's dokuwiki template (div#dokuwiki__site, div.page.group, div#dw__toc 'Table des matières', div.docInfo 'Dernière modification', the breadcrumbs and page tools) with the discussion plugin (action.php output: div.comment_wrapper#comment_wrapper, h2 'Discussion', div.hentry with div.comment_head, img.medialeft, span.vcard.author, abbr.published, abbr.updated, div.comment_body, the buttons, div.comment_replies; its French language file), written from the plugin's public source and saved pages as widely known; class names may differ by version",
        site="Wiki du Jardin partagé des Tilleuls",
        title="Calendrier des semis 2025",
        byline="admin",
        date="2025-03-07",
        date_shown="2025/03/07 08:30",
        time="08:30",
        article="""Cette page rassemble le calendrier des semis du jardin partagé pour la saison 2025. Elle est modifiable par tous les membres inscrits.

En mars, on sème sous abri les tomates, les poivrons et les aubergines, et en pleine terre les radis, les épinards et les petits pois. Les pommes de terre attendront la fin du mois si le sol est ressuyé.

Merci d'indiquer dans la discussion ce que vous avez semé et dans quelle parcelle, pour éviter les doublons.""",
        comments=[
            C(
                "Bernadette",
                "2025-03-07T10:21:00",
                "07/03/2025 10:21",
                "J'ai semé deux rangs de radis dans la parcelle 3 samedi dernier. Il reste de la place pour les épinards.",
            ),
            C(
                "Karim",
                "2025-03-07T11:40:00",
                "07/03/2025 11:40",
                "Je prends la place restante pour les épinards, je sème dimanche matin.",
                parent=0,
            ),
            C(
                "Odile P.",
                "2025-03-07T14:05:00",
                "07/03/2025 14:05",
                "Les tomates sous abri sont semées : cœur de bœuf et cerises, deux plaques chacune. La serre est pleine.",
            ),
            C(
                "Bernadette",
                "2025-03-07T15:30:00",
                "07/03/2025 15:30",
                "Bravo Odile ! Il faudra penser à aérer la serre s'il fait beau la semaine prochaine.",
                parent=2,
            ),
        ],
        related=["Plan des parcelles", "Règlement du jardin"],
    ),
    Page(
        name="rubychina-zh",
        batch="heldout-32",
        render="rubychina",
        lang="zh",
        system="A Ruby China (Homeland) forum topic (forum: the topic = article, the replies = comments; the topic in div.topic-detail with h1, the node label 'Rails', the author, '发布于 3 天前' and '最后由 … 回复于 2 天前' lines, '1,204 次阅读', div.markdown body; the replies in div#replies with '共收到 5 条回复'; every reply a div.reply with an id 'reply-N' and data-floor; div.avatar, div.infos with span.name (the login and a name), a floor link '#2', span.time '3 天前' in abbr.timeago whose title holds the full time; div.markdown with the text; a reply to another floor shows a 'reply-to-block' '回复 #2 楼' link above its text and its text opens with '@login'; '赞' counts; the '楼主' mark on the topic author's replies; a deleted reply shown as '4楼 已删除' (it keeps its floor number); the reply box '登录后方可回复'; the sidebar with '相关话题' and '最新话题')",
        source="Homeland (ruby-china/homeland: app/views/topics/show.html.erb and app/views/replies/_reply.html.erb: div.topic-detail, div#replies, div.reply#reply-N with data-floor, div.avatar, div.infos, span.name, a.reply-floor '#N', abbr.timeago, div.markdown, div.reply-to-block with the '回复 #N 楼' link, the like button; the deleted-reply placeholder), written from the public source as widely known; class names may differ by version",
        site="Ruby China",
        title="Rails 8 升级后 Solid Queue 任务偶尔重复执行",
        byline="tiny_ant",
        date="2025-03-04",
        date_shown="3 天前",
        time="10:12",
        article="""我们把项目从 Rails 7.1 升级到 Rails 8，顺便把 Sidekiq 换成了 Solid Queue。上线一周后发现，有极少数任务会执行两次。

重复的任务都在凌晨两点左右，正好是数据库做备份的时候。日志显示两个 worker 几乎同时拿到了同一条记录。

有没有人遇到过类似的情况？是我们的配置问题，还是需要在任务里自己做幂等？""",
        comments=[
            C(
                "rei_dev",
                "2025-03-04T11:02:00",
                "3 天前",
                "备份时数据库的锁超时可能被触发了，worker 以为任务失败就重新认领。看看 Solid Queue 的 process_alive_threshold 设置。",
            ),
            C(
                "tiny_ant",
                "2025-03-04T11:40:00",
                "3 天前",
                "@rei_dev 确实是默认值，备份期间心跳会断几十秒。我调大试试。",
                parent=0,
            ),
            C(
                "huacai",
                "2025-03-04T14:22:00",
                "3 天前",
                "不管队列怎么配，发邮件、扣款这类任务最好还是自己做幂等，加一个唯一键就行。",
            ),
            C(
                "tiny_ant",
                "2025-03-05T09:15:00",
                "2 天前",
                "@huacai 同意，这次顺便把扣款任务加了唯一索引。调大阈值后两天没再出现重复。",
                parent=2,
            ),
        ],
        related=["Kamal 2 部署多个应用的经验", "Propshaft 迁移踩坑记录"],
        recent=[("pengpeng", "Kamal 2 部署多个应用的经验"), ("xiaoyu", "Propshaft 迁移踩坑记录")],
    ),
]
