"""Text of held-out batch 6 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="discourse-ember-en",
        batch="heldout-6",
        render="discourse_ember",
        lang="en",
        system="Discourse topic, full (JavaScript) view as a browser saves it (first post = article, later posts = comments; article.boxed.onscreen-post with div.topic-avatar, span.first.username, a user title, relative dates '3d'; replies flat, marked only by the reply-to tab holding the parent's name; like counts, 'Reply' buttons, a suggested-topics table)",
        source="Discourse app/assets/javascripts/discourse widgets post.js, post-meta-data.js, poster-name.js and reply-to-tab (div.topic-post, article#post_N.boxed.onscreen-post, div.topic-avatar, div.topic-body, div.topic-meta-data, div.names span.first.username, span.user-title, div.post-info.post-date span.relative-date[data-time][title], a.reply-to-tab, div.cooked, section.post-menu-area), written from the public source as widely known",
        site="Homelab Community",
        title="Is a UPS worth it for a small home server?",
        byline="quietfan",
        date="2025-08-02",
        date_shown="Aug 2, 2025 9:14 am",
        time="09:14",
        article="""I run a small server at home: an old office PC with two disks, hosting backups, a media library and a few containers. Power cuts here are rare, maybe twice a year, but last month one of them left the backup disk with errors that took an evening to fix.

A basic UPS costs about as much as a new disk. Is it worth it for a setup this small, or would I be better off with a filesystem that copes with sudden power loss?

If you have one, how long does it actually run, and did you set up automatic shutdown?""",
        comments=[
            C(
                "ohm_my_god",
                "2025-08-02T10:02:00",
                "3d",
                "Worth it, mostly for the clean shutdown rather than the runtime. Mine gives about twelve minutes, which is plenty for the server to notice and power off.",
                extra="Regular",
            ),
            C(
                "dana_builds",
                "2025-08-02T11:30:00",
                "3d",
                "A journaling filesystem protects the metadata, not the file that was half written. For backups that matters. I would get the UPS and keep the filesystem you know.",
            ),
            C(
                "quietfan",
                "2025-08-02T12:48:00",
                "3d",
                "What do you use to trigger the shutdown? The cheap models only seem to have a USB port.",
                parent=0,
            ),
            C(
                "ohm_my_god",
                "2025-08-02T13:05:00",
                "3d",
                "USB is fine. Network UPS Tools reads it and shuts down after the battery drops below half. Took me half an hour to set up.",
                parent=2,
                extra="Regular",
            ),
            C(
                "pjotr",
                "2025-08-03T08:40:00",
                "2d",
                "One caution: check the battery every couple of years. Mine died silently and the UPS became a very heavy power strip.",
            ),
        ],
        related=["Which disks for a first NAS?", "Share your rack: 2025 edition"],
    ),
    Page(
        name="mastodon-thread-fr",
        batch="heldout-6",
        render="mastodon",
        lang="fr",
        system="Mastodon thread page as saved from the web interface (the detailed status = article, its descendants = comments; flat list of article.status, display name plus @handle, relative times; replies marked only by the '@handle' mentions that open the text; boost and favourite counters)",
        source="Mastodon app/javascript/mastodon components status.jsx, status_content.jsx, display_name.jsx and features/status/components/detailed_status.jsx (div.detailed-status, a.detailed-status__display-name, div.status__content__text, div.status, a.status__display-name, span.display-name__html, span.display-name__account, a.status__relative-time time, span.h-card a.u-url.mention), written from the public source as widely known",
        site="pouet.example",
        title="Léa Morin : « Notre bibliothèque de quartier prête désormais des outils »",
        byline="Léa Morin",
        date="2025-10-04",
        date_shown="4 oct. 2025, 10:12",
        time="10:12",
        article="""Notre bibliothèque de quartier prête désormais des outils : perceuses, scies sauteuses, escabeaux et même une machine à coudre. Il suffit de la carte de lecteur habituelle, pour deux semaines.

En un mois, cent vingt prêts. La perceuse n'est presque jamais sur l'étagère, la machine à coudre attend encore son premier emprunteur.

Si votre bibliothèque fait pareil, racontez-moi comment ça se passe chez vous.""",
        comments=[
            C(
                "Bastien",
                "2025-10-04T10:31:00",
                "4 oct.",
                "@lea Excellente idée ! Chez nous, c'est une association qui le fait, mais il faut adhérer et les horaires sont impossibles.",
            ),
            C(
                "Nadia K.",
                "2025-10-04T11:05:00",
                "4 oct.",
                "@lea Comment gérez-vous la casse ? C'est toujours l'objection qu'on nous oppose au conseil de quartier.",
            ),
            C(
                "Léa Morin",
                "2025-10-04T11:40:00",
                "4 oct.",
                "@nadia Pour l'instant, une seule lame de scie cassée, remplacée pour douze euros. Le budget prévoit une petite réserve pour ça.",
                parent=1,
            ),
            C(
                "Nadia K.",
                "2025-10-04T12:02:00",
                "4 oct.",
                "@lea Merci, je vais citer ce chiffre à la prochaine réunion.",
                parent=2,
            ),
            C(
                "Gaspard",
                "2025-10-04T15:26:00",
                "4 oct.",
                "@lea Pour la machine à coudre, proposez un atelier d'une heure. Les gens n'osent pas emprunter ce qu'ils ne savent pas utiliser.",
            ),
        ],
        related=[],
    ),
    Page(
        name="lemmy-post-ru",
        batch="heldout-6",
        render="lemmy",
        lang="ru",
        system="Lemmy post page (lemmy-ui; post body = article; nested ul.comments of li.comment with article.comment-node; person links, 'ОП' and 'мод' badges, score counters, relative times; children indented by a border class)",
        source="lemmy-ui src/shared/components/comment/comment-node.tsx and comment-nodes.tsx, post/post-listing.tsx (div.post-listing, div.md-div, ul.comments, li.comment, article.comment-node, div.details, a.person-listing, span.moment-time, button.btn-animate with score), written from the public source as widely known",
        site="lemmy.example",
        title="Кто-нибудь пробовал учить язык по субтитрам к сериалам?",
        byline="tovarish_kot",
        date="2025-11-12",
        date_shown="12 нояб. 2025",
        time="18:30",
        article="""Уже полгода смотрю испанские сериалы с испанскими же субтитрами. Понимать на слух стал заметно лучше, но говорить так и не начал: в голове есть слова, а фразы не складываются.

Есть ли у кого-нибудь похожий опыт? Помогло ли что-то сдвинуться с этой точки, кроме разговорного клуба, на который у меня нет времени?""",
        comments=[
            C(
                "marusya",
                "2025-11-12T19:02:00",
                "4 недели назад",
                "Попробуйте пересказывать серию вслух сразу после просмотра, хотя бы пять минут. Звучит глупо, но через месяц фразы начинают складываться сами.",
            ),
            C(
                "tovarish_kot",
                "2025-11-12T19:40:00",
                "4 недели назад",
                "Пересказывать самому себе? Интересно, попробую сегодня же.",
                parent=0,
                extra="ОП",
            ),
            C(
                "dmitry_v",
                "2025-11-12T20:15:00",
                "4 недели назад",
                "Я записывал пересказ на телефон и слушал через неделю. Больно, но очень полезно: сразу слышно, где не хватает слов.",
                parent=1,
            ),
            C(
                "Lingvo_mod",
                "2025-11-13T09:00:00",
                "4 недели назад",
                "Пассивный словарь всегда растёт быстрее активного, это нормально. Напоминаю, что в сообществе есть еженедельная ветка для практики письма.",
                extra="мод",
            ),
            C(
                "anya_s",
                "2025-11-13T14:22:00",
                "3 недели назад",
                "Мне помогло выписывать из серии по три фразы целиком, а не отдельные слова, и использовать их в переписке с друзьями.",
            ),
        ],
        related=["Лучшие подкасты для среднего уровня", "Как не бросить Anki через месяц"],
    ),
    Page(
        name="sina-news-zh",
        batch="heldout-6",
        render="sina",
        lang="zh",
        system="Sina-style news page with its comment module (div.sina-comment-wrap; items with a user name, a '[城市]' location, time and '赞(N)' / '回复' actions on one line below the text; replies in a nested reply list; a '热门新闻' sidebar and a comment box asking for a nickname)",
        source="Sina news article and comment module markup as saved (div.article#article, div.sina-comment-wrap, div.sina-comment-list, div.item, div.cont, div.info a.name, span.area, div.txt, div.action span.time, a.vote, a.reply, div.reply-list), written from saved pages as widely known; class names may differ by version",
        site="新浪新闻",
        title="多地试点夜间公交，年轻人成主要乘客",
        byline="新浪财经",
        date="2025-06-18",
        date_shown="2025年06月18日 07:45",
        time="07:45",
        article="""今年以来，多座城市试点开通夜间公交线路，运营时间延长至凌晨两点。据各地公交公司统计，夜间线路的乘客中，三十岁以下的年轻人占到七成以上。

不少乘客表示，以前加班到深夜只能打车，现在每月可以省下几百元。也有司机反映，夜班线路客流不稳定，周末明显多于工作日。

交通部门表示，将根据试点半年的客流数据，决定是否调整线路和班次。""",
        comments=[
            C(
                "夜归人",
                "2025-06-18T08:12:00",
                "06-18 08:12",
                "天天加班到十二点，终于不用每天打车了。希望能坚持开下去。",
                extra="北京",
            ),
            C(
                "老司机王师傅",
                "2025-06-18T08:40:00",
                "06-18 08:40",
                "开夜班的说一句：工作日后半夜车上经常只有两三个人，成本确实不低。",
                extra="成都",
            ),
            C(
                "小鱼干",
                "2025-06-18T09:05:00",
                "06-18 09:05",
                "两三个人也比让他们走夜路强，这本来就是公共服务。",
                parent=1,
                extra="杭州",
            ),
            C(
                "老司机王师傅",
                "2025-06-18T09:30:00",
                "06-18 09:30",
                "同意，我只是说班次可以灵活一点，比如工作日间隔拉长。",
                parent=2,
                extra="成都",
            ),
            C(
                "城市观察者",
                "2025-06-18T11:16:00",
                "06-18 11:16",
                "建议公布每条线路的客流数据，让大家一起看看哪些线路真正有需要。",
                extra="上海",
            ),
        ],
        related=["地铁延长运营时间效果如何", "网约车夜间加价引发争议"],
    ),
    Page(
        name="medium-responses-de",
        batch="heldout-6",
        render="medium",
        lang="de",
        system="Medium story with its responses loaded and saved (generated class names only, no 'comment' or 'response' in any class; data-testid hooks; name, 'Follow' button, date, clap counter, 'Antworten'; one reply nested under its response)",
        source="Medium's story page as saved with the responses panel open (article with section and pw-post-body-paragraph paragraphs, div[data-testid=responses], div.pw-responses, generated atomic class names, data-testid=authorName, a clap button with its count), written from saved pages as widely known; class names are generated and differ between versions",
        site="Medium",
        title="Ich habe ein Jahr lang kein neues Kleidungsstück gekauft",
        byline="Sophie Brandt",
        date="2025-02-02",
        date_shown="2. Feb. 2025",
        time="10:00",
        article="""Vor einem Jahr habe ich beschlossen, zwölf Monate lang keine neue Kleidung zu kaufen. Keine Sonderangebote, keine Onlineshops, auch nicht gebraucht. Reparieren und Tauschen waren erlaubt.

Die ersten Wochen waren leicht, dann kam der Frühling und mit ihm die Werbung. Ich habe gemerkt, wie oft ich Kleidung kaufe, um mich nach einem schlechten Tag besser zu fühlen.

Am Ende habe ich drei Hosen flicken lassen, einen Pullover getauscht und etwa achthundert Euro gespart. Und ich trage heute mehr von dem, was ohnehin im Schrank hing.""",
        comments=[
            C(
                "Markus Vogel",
                "2025-02-03T09:00:00",
                "3. Feb. 2025",
                "Schöner Text. Ich habe es zwei Monate geschafft und bin dann an Wanderschuhen gescheitert, die wirklich kaputt waren. Wie hättest du das gelöst?",
            ),
            C(
                "Sophie Brandt",
                "2025-02-03T12:30:00",
                "3. Feb. 2025",
                "Schuhe hatte ich vorher ausgenommen, genau aus diesem Grund. Ohne Ausnahme für Dinge, die man wirklich braucht, hält man so etwas nicht durch.",
                parent=0,
            ),
            C(
                "Elif Yıldız",
                "2025-02-04T18:45:00",
                "4. Feb. 2025",
                "Der Punkt mit dem schlechten Tag trifft es. Ich lösche seit Januar jede Shopping-App, sobald ich merke, dass ich sie abends öffne.",
            ),
            C(
                "Jonas",
                "2025-02-06T07:20:00",
                "6. Feb. 2025",
                "Achthundert Euro klingt viel, aber ich fürchte, die meisten von uns würden es einfach woanders ausgeben.",
            ),
        ],
        related=["Minimalismus ist kein Lifestyle-Produkt", "Warum ich meine Jeans selbst flicke"],
    ),
    Page(
        name="typepad-en",
        batch="heldout-6",
        render="typepad",
        lang="en",
        system="TypePad / Movable Type blog (flat div.comment list; each comment's author line comes AFTER its text: 'Posted by: Name | March 3, 2025 at 10:21 AM'; replies marked only by '@Name' in the text; a 'Post a comment' form with 'Name' and 'Email Address' fields)",
        source="Movable Type default templates (Comment Detail / Comments module: div#comments, div.comments-content, div.comment#comment-ID, div.comment-content, p.comment-footer 'Posted by: <a>Name</a> | <a href=permalink>date</a>') and TypePad's classic blog layout (div.entry, div.entry-content, p.entry-footer 'Posted at ... | Permalink'), written from the public templates as widely known",
        site="Notes from the Reading Room",
        title="The library that lends its rare books by post",
        byline="Agnes Whitcombe",
        date="2025-03-02",
        date_shown="March 02, 2025",
        time="09:00",
        article="""A small county library in the north has started posting some of its older books to readers who cannot visit. Not the most fragile ones, but nineteenth-century local histories and parish records that were, until now, read only in the reading room.

Each parcel goes with a pair of cotton gloves, a foam wedge and a one-page note on how to turn the pages. Readers pay the postage both ways.

The librarian told me that in eight months nothing has come back damaged, and that the most borrowed book is a history of local mills that no one had asked for in thirty years.""",
        comments=[
            C(
                "Robert Kane",
                "2025-03-02T11:15:00",
                "March 02, 2025 at 11:15 AM",
                "Wonderful. I have wanted to read my village's parish history for years and could never get there during opening hours.",
            ),
            C(
                "Miriam",
                "2025-03-02T14:02:00",
                "March 02, 2025 at 02:02 PM",
                "As an archivist I am torn. Nothing damaged in eight months is encouraging, but the risk grows with every parcel.",
            ),
            C(
                "Agnes Whitcombe",
                "2025-03-02T16:40:00",
                "March 02, 2025 at 04:40 PM",
                "@Miriam The library keeps a digitised copy of each book before it goes out, so a loss would not be the end of the text.",
                parent=1,
            ),
            C(
                "Stephen L.",
                "2025-03-03T08:25:00",
                "March 03, 2025 at 08:25 AM",
                "@Robert Kane Ask them. They told me they take requests for books not yet on the list.",
                parent=0,
            ),
        ],
        related=["A year of reading only library books", "The bookbinder's apprentice"],
    ),
    Page(
        name="vbulletin5-es",
        batch="heldout-6",
        render="vbulletin5",
        lang="es",
        system="vBulletin 5 Connect thread (first post = article, later posts = comments; ul.conversation-list of li.b-post; user title 'Miembro Senior', join date and post count; '#N' post counters; a reply quoting an earlier post 'Originalmente publicado por X'; 'Me gusta' counts)",
        source="vBulletin 5 templates conversation_list, display_contenttype_conversationreply_threadview_text and conversation_userinfo (ul.conversation-list, li.b-post.js-post, div.b-userinfo, div.author h4 a, div.usertitle, div.b-post__timestamp time[itemprop=dateCreated], div.js-post__content-text, span.b-post__count, div.bbcode_container div.bbcode_quote), written from the public templates as widely known",
        site="Foros de Ciclismo de Montaña",
        title="¿Tubeless o cámara para rutas largas de gravel?",
        byline="RuedaGorda",
        date="2025-04-05",
        date_shown="05-04-2025, 10:18",
        time="10:18",
        article="""Buenas a todos. Estoy preparando una ruta de gravel de cuatro días por los Monegros y tengo dudas con las ruedas. Ahora llevo cámara y he pinchado tres veces en el último mes por los espinos.

Me dicen que el tubeless lo soluciona casi todo, pero me da miedo quedarme tirado con un corte grande lejos de cualquier pueblo.

¿Qué usáis vosotros en rutas largas y qué lleváis de repuesto?""",
        comments=[
            C(
                "Montse_MTB",
                "2025-04-05T11:02:00",
                "05-04-2025, 11:02",
                "Tubeless sin dudarlo. Con espinos el líquido sella casi todo sin que te enteres. Para cortes grandes, mechas y una cámara de repuesto por si acaso.",
                extra="Miembro Senior",
            ),
            C(
                "Javi Pedales",
                "2025-04-05T12:40:00",
                "05-04-2025, 12:40",
                "Yo sigo con cámara en rutas largas. En un pueblo perdido cualquiera te arregla una cámara; el líquido no lo encuentras en ningún sitio.",
                extra="Miembro",
            ),
            C(
                "RuedaGorda",
                "2025-04-05T13:15:00",
                "05-04-2025, 13:15",
                "¿Cuánto líquido lleváis de repuesto en una ruta de cuatro días?",
                parent=0,
                extra="Miembro Junior",
            ),
            C(
                "Montse_MTB",
                "2025-04-05T14:01:00",
                "05-04-2025, 14:01",
                "Un bote pequeño de ciento veinte mililitros basta. Revisa antes de salir que el de dentro no esté seco.",
                parent=2,
                extra="Miembro Senior",
            ),
        ],
        related=["Ruta de los Monegros en tres días", "Bolsas de cuadro: ¿cuál compro?"],
    ),
    Page(
        name="tumblr-notes-en",
        batch="heldout-6",
        render="tumblr",
        lang="en",
        system="Tumblr post page with its notes list (ol.notes mixing likes, reblogs and replies; only the reply notes 'name said: text' are comments; no times; replies to replies marked only by '@name'; a 'recent posts' sidebar)",
        source="Tumblr theme markup: the {PostNotes} block rendered by a custom theme (ol.notes, li.note.like, li.note.reblog, li.note.reply with a.tumblelog, span.action, span.answer_content, img.avatar) inside the theme's post block, written from public theme documentation and saved pages as widely known",
        site="slowstitches",
        title="A year of darning socks",
        byline="slowstitches",
        date="2025-01-28",
        date_shown="January 28, 2025",
        time="20:00",
        article="""This time last year I had a drawer of socks with holes in the heels and a vague plan to learn darning. Twelve months later, every pair in that drawer has been darned at least once, some of them three times.

The first darns were lumpy and uncomfortable. By spring they were flat enough to walk in all day. By autumn I was choosing contrasting colours on purpose.

My advice: start with a thick wool sock and a thread one shade darker, not a thin cotton one. And use a darning mushroom, or an old light bulb if you have one.""",
        comments=[
            C(
                "woolgatherer",
                "",
                "",
                "the contrasting colours are the best part, your heels look like little paintings",
            ),
            C(
                "patchworkpete",
                "",
                "",
                "I did not know darning could be this neat. Mine look like bird nests.",
            ),
            C(
                "slowstitches",
                "",
                "",
                "@patchworkpete mine did too for the first two months! thicker thread helps a lot",
                parent=1,
            ),
            C(
                "moth-and-mend",
                "",
                "",
                "saving this for the light bulb tip alone",
            ),
        ],
        related=["Mending a jumper elbow", "Visible mending: sashiko basics"],
    ),
]
