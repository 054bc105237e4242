"""Text of held-out batch 33 (see page_texts.py). Written for slant on 8 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="fastcomments-en",
        batch="heldout-33",
        render="fastcomments",
        lang="en",
        system="A home-brewing blog whose comments FastComments rendered into the page before it was saved (the post in article.post with h1, the date and the author, the text, tags and share buttons; the widget in div#fastcomments-widget with the count '5 Comments', a sort menu 'Most Relevant / Newest / Oldest', the 'Write a comment...' box with 'Submit'; every comment a div.fast-comments-comment with data-comment-id; div.comment-info with the avatar initials, a.commenter-name, a 'Site Admin' badge on the blogger's replies, span.comment-date with a relative time '2 days ago' and a title holding the full date; div.comment-text; div.comment-toolbar with the up and down vote counts and 'Reply'; replies in div.comment-replies inside the comment; a 'Show 2 more replies' button and 'Load More'; the sidebar 'Latest from the blog' and 'Recent Comments' with names)",
        source="FastComments' VanillaJS widget as rendered into a page and saved (div#fastcomments-widget, div.fast-comments-comment with div.comment-info, the commenter name link, the badge, span.comment-date, div.comment-text, div.comment-toolbar with the votes and the reply button, nested div.comment-replies; the comment box), written from the widget's documentation and saved pages as widely known; class names may differ by version",
        site="Mash Tun Notes",
        title="Why my first sour beer took four months",
        byline="Orla Finnegan",
        date="2025-04-02",
        date_shown="April 2, 2025",
        article="""I brewed my first kettle sour in December and expected to bottle it by January. It was April before it tasted right, and most of that time I was waiting for the acidity to settle.

The lactobacillus did its job in two days. What took the time was the clean ferment afterwards, which stalled twice because the wort was colder than I thought.

Next time I will keep the fermenter in the kitchen, not the garage, and buy a proper thermometer instead of trusting the stick-on strip.""",
        comments=[
            C(
                "Declan Roe",
                "2025-04-02T10:21:00",
                "2 days ago",
                "The stick-on strips lie by three or four degrees in a cold room. Mine said eighteen when the beer was barely fourteen.",
            ),
            C(
                "Orla Finnegan",
                "2025-04-02T11:05:00",
                "2 days ago",
                "That matches what I saw. I only found out when I put a probe in it, far too late.",
                parent=0,
                extra="Site Admin",
            ),
            C(
                "Priya Nand",
                "2025-04-02T14:40:00",
                "2 days ago",
                "Did the long wait change the taste? I always wonder if patience makes a sour better or just older.",
            ),
            C(
                "Orla Finnegan",
                "2025-04-02T15:12:00",
                "2 days ago",
                "It got rounder. The first bottles tasted sharp and thin, the April ones are much softer.",
                parent=2,
                extra="Site Admin",
            ),
            C(
                "Priya Nand",
                "2025-04-02T16:30:00",
                "2 days ago",
                "Good to know, I will stop opening mine every week to check on it then.",
                parent=3,
            ),
        ],
        related=["Cleaning kegs without fancy chemicals", "My notes from the spring homebrew meet"],
        recent=[
            ("Sam K.", "Cleaning kegs without fancy chemicals"),
            ("Ruth", "A stout for people who hate stout"),
        ],
    ),
    Page(
        name="bluesky-comments-en",
        batch="heldout-33",
        render="bluesky_comments",
        lang="en",
        system="A personal astronomy blog (Astro) whose comments are the replies to the post's Bluesky thread, fetched by a script and saved with the page (the post in article with h1, the date and a reading time; under it section.bluesky-comments with h2 'Comments', the line 'Reply on Bluesky to join the conversation' with a link to the thread, the counts of likes, reposts and replies of the announcing post; every reply a div.comment with the avatar, a link holding the display name and the handle '@name.bsky.social', the text in p, a row of reply, repost and like counts; replies to replies nested in div.replies, a 'View more replies on Bluesky' link; the site footer with 'Webrings' and an RSS link)",
        source="The Bluesky comments embed widely used on Astro, Hugo and Next.js blogs (a script fetching app.bsky.feed.getPostThread and rendering the thread: the display name and handle link, the text, the action counts, nested replies), as rendered and saved, written from blog posts describing the technique and its published components as widely known; class names differ between blogs",
        site="Dark Sky Diary",
        title="Seeing the Andromeda galaxy from a city balcony",
        byline="Tomasz Wren",
        date="2025-04-03",
        date_shown="3 April 2025",
        article="""People keep telling me Andromeda is impossible to see from a city. Last Tuesday, from my fourth-floor balcony, I found it with ten-by-fifty binoculars in under five minutes.

It is not the spiral from the photographs. It is a faint grey smudge, wider than you expect, and you see it best by looking slightly to one side of it.

The trick was waiting until one in the morning, when the office blocks across the road turn their lights off.""",
        comments=[
            C(
                "Hana Ito",
                "2025-04-03T10:21:00",
                "Apr 3, 2025, 10:21 AM",
                "Looking slightly to one side is the best advice nobody gives beginners. It works for every faint thing up there.",
            ),
            C(
                "Tomasz Wren",
                "2025-04-03T11:02:00",
                "Apr 3, 2025, 11:02 AM",
                "It felt like cheating the first time, but the eye really is more sensitive at the edges.",
                parent=0,
            ),
            C(
                "Bryn Castell",
                "2025-04-03T12:48:00",
                "Apr 3, 2025, 12:48 PM",
                "Which way does your balcony face? From mine the whole northern sky is one orange glow.",
            ),
            C(
                "Tomasz Wren",
                "2025-04-03T13:15:00",
                "Apr 3, 2025, 1:15 PM",
                "North-east, over a park. The park helps more than the direction, I think.",
                parent=2,
            ),
        ],
        related=["A cheap mount that actually holds still", "Jupiter's moons in one evening"],
        recent=[],
    ),
    Page(
        name="phabricator-task-en",
        batch="heldout-33",
        render="phabricator",
        lang="en",
        system="A Phabricator task (Maniphest) of an open-source map viewer (the task's description = article: the header 'T4217 Tiles flicker when zooming out quickly' with the status tag 'Open, Normal', 'Assigned To', 'Authored By Name, Apr 2 2025, 9:40 AM', 'Tags', 'Subscribers', the description in div.phabricator-remarkup; the comments = comments: a timeline of div.phui-timeline-event-view blocks, comment events with the author link, 'added a comment.' and the date link 'Apr 2 2025, 10:21 AM', div.phui-timeline-core-content with the remarkup text; minor events between them ('Name triaged this task as Normal priority.', 'Name claimed this task.', 'Name added a subscriber: Name.', 'Name mentioned this in D1183.'); a reply quoting an earlier comment in a blockquote with the header 'In T4217#88112, @name wrote:'; 'Add Comment' with 'Add Action...' and the 'Submit' button; the 'Mentions' box and the related objects 'Revisions and Commits')",
        source="Phabricator's Maniphest task page as saved (the PHUI header with the object name and status, PHUIPropertyListView 'Assigned To' / 'Authored By' / 'Subscribers', div.phabricator-remarkup, the timeline PHUITimelineEventView blocks with 'added a comment.', minor events, the remarkup quote with 'In T…#…, @name wrote:', the comment form with 'Add Action...'), written from the public source (src/view/phui/PHUITimelineEventView.php, the remarkup quote rule) and saved task pages as widely known; class names may differ by version",
        site="Phabricator",
        title="Tiles flicker when zooming out quickly",
        byline="Ines Duarte",
        date="2025-04-02",
        date_shown="Apr 2 2025, 9:40 AM",
        time="09:40",
        article="""When I zoom out three or four levels with the scroll wheel, the old tiles disappear before the new ones arrive and the map goes white for half a second.

It happens in Firefox and Chromium, on the default style and the dark one. With slow zooming, one level at a time, it never happens.

The old tiles should stay on screen, scaled down, until the new ones are ready.""",
        comments=[
            C(
                "Felix Aaberg",
                "2025-04-02T10:21:00",
                "Apr 2 2025, 10:21 AM",
                "I can reproduce this on the main branch. The tile cache is cleared as soon as the zoom animation starts, not when it ends.",
            ),
            C(
                "Ines Duarte",
                "2025-04-02T11:47:00",
                "Apr 2 2025, 11:47 AM",
                "Would keeping the cache until the end of the animation use much more memory on phones?",
                parent=0,
                extra="The tile cache is cleared as soon as the zoom animation starts, not when it ends.",
            ),
            C(
                "Felix Aaberg",
                "2025-04-02T13:05:00",
                "Apr 2 2025, 1:05 PM",
                "Only for the length of the animation, and we can cap it at two zoom levels. I will put up a patch this week.",
            ),
            C(
                "Gemma Holt",
                "2025-04-03T08:12:00",
                "Apr 3 2025, 8:12 AM",
                "The patch fixes it for me on a slow connection as well. Thanks both, this has annoyed me for a year.",
            ),
        ],
        related=["T4190 Labels overlap at the date line", "T4201 Dark style ignores the scale bar colour"],
        recent=[],
    ),
    Page(
        name="sz-style-de",
        batch="heldout-33",
        render="sz_style",
        lang="de",
        system="Eine überregionale Tageszeitung mit eigener Lesediskussion im Stil der Süddeutschen Zeitung (the article with the Dachzeile, h1, the Teaser, 'Von Name' and the date '2. April 2025, 9:40 Uhr', a 'Lesezeit: 3 Min.' line, the text with an 'Anzeige' block and a 'Mehr zum Thema' box in between; the discussion in section#leserdiskussion with h2 'Diskussion' and '5 Kommentare', the note 'Diskutieren Sie mit uns' and the rules link 'Netiquette'; every comment a div.comment with data-id; a header with the name, the date '02.04.2025, 10:21 Uhr' in time; the text in div.comment__text; 'Antworten', 'Empfehlen (12)' and 'Melden' buttons; replies one level deep in div.comment__replies, where a deeper reply carries the line 'Antwort auf Name'; the note 'Die Kommentarfunktion wird um 20 Uhr geschlossen'; 'Meistgelesen' with numbered titles)",
        source="Deutsche Tageszeitungen mit eigenem Leserforum als gespeicherte Seiten, im Stil der Süddeutschen Zeitung (the article header with Dachzeile and Teaser, the discussion section with count, rules link, comment articles with name, time and recommend count, one level of replies with 'Antwort auf' for deeper ones, the closing time note), class names chosen after such pages; no one site's markup is copied",
        site="Süddeutsches Tagblatt",
        title="Warum die Stadtbibliothek jetzt auch sonntags öffnet",
        byline="Katrin Oswald",
        date="2025-04-02",
        date_shown="2. April 2025, 9:40 Uhr",
        time="09:40",
        article="""Ab Mai öffnet die Stadtbibliothek auch sonntags, von elf bis siebzehn Uhr. Der Stadtrat hat den Versuch am Dienstag mit großer Mehrheit beschlossen.

Möglich wird das durch ein Gesetz, das Bibliotheken wie Museen behandelt. Am Sonntag arbeiten nur zwei Angestellte, Ausleihe und Rückgabe laufen über die Automaten.

Nach einem Jahr soll ausgewertet werden, wer sonntags kommt und ob sich die zusätzlichen Kosten lohnen.""",
        comments=[
            C(
                "Leselampe",
                "2025-04-02T10:21:00",
                "02.04.2025, 10:21 Uhr",
                "Endlich. Unter der Woche schaffe ich es nie vor Schließung, und samstags ist es brechend voll.",
            ),
            C(
                "H. Brenner",
                "2025-04-02T10:58:00",
                "02.04.2025, 10:58 Uhr",
                "Geht es Ihnen auch so mit den Lernplätzen? Samstags ist kein einziger frei.",
                parent=0,
            ),
            C(
                "Leselampe",
                "2025-04-02T11:20:00",
                "02.04.2025, 11:20 Uhr",
                "Genau deshalb. Ich hoffe, am Sonntag verteilt sich das ein wenig.",
                parent=1,
            ),
            C(
                "Mira_K",
                "2025-04-02T13:44:00",
                "02.04.2025, 13:44 Uhr",
                "Zwei Angestellte für das ganze Haus finde ich knapp. Wer hilft dann bei Fragen?",
            ),
            C(
                "Tobias Fehr",
                "2025-04-02T15:07:00",
                "02.04.2025, 15:07 Uhr",
                "In Leipzig läuft das seit Jahren so und es klappt. Die meisten wollen ohnehin nur lesen oder lernen.",
                parent=3,
            ),
        ],
        related=["Stadtrat beschließt neue Parkgebühren", "Volkshochschule sucht Kursleiter"],
        recent=[],
    ),
    Page(
        name="fontanka-json-ru",
        batch="heldout-33",
        render="ru_news_json",
        lang="ru",
        system="A Russian city news site in the style of Fontanka.ru whose comments are ONLY in the page's embedded state (a Nuxt-like app: the article in the server-rendered HTML with the rubric, h1, the lead, the date '2 апреля 2025, 09:40' and 'Текст: Name', the text, 'Читайте также' links; a comments block heading 'Комментарии 5' with an empty container and a 'Показать комментарии' button; the comments themselves with ids, names, dates, texts, parent ids and ratings only in a JSON object in window.__INITIAL_STATE__ inside a script; a sidebar 'Самое читаемое' and 'Обсуждают сейчас' with titles and comment counts)",
        source="Russian city news sites as saved, in the style of Fontanka.ru (a client-side app whose first state is serialised into a script as window.__INITIAL_STATE__ with the article and its comments list, each with id, parentId, user name, date, text and rating; the server-rendered article), class names and keys chosen after such pages; no one site's markup is copied",
        site="Невская лента",
        title="На Васильевском острове откроют новую пешеходную набережную",
        byline="Ольга Семенова",
        date="2025-04-02",
        date_shown="2 апреля 2025, 09:40",
        time="09:40",
        article="""Летом на Васильевском острове откроют пешеходную набережную длиной около километра. Работы начнутся в мае и должны закончиться к августу.

На набережной поставят скамейки, фонари и две площадки для детей. Машины туда заезжать не смогут, кроме служб доставки в утренние часы.

Жители спорят, хватит ли парковочных мест на соседних улицах, когда набережную закроют для машин.""",
        comments=[
            C(
                "Петр_В",
                "2025-04-02T10:21:00",
                "2 апреля 2025, 10:21",
                "Хорошая новость, давно пора. Вдоль воды сейчас гулять просто негде.",
            ),
            C(
                "Анна Лебедева",
                "2025-04-02T10:55:00",
                "2 апреля 2025, 10:55",
                "А где будут парковаться жители этих домов? Во дворах мест и так нет.",
                parent=0,
            ),
            C(
                "Петр_В",
                "2025-04-02T11:30:00",
                "2 апреля 2025, 11:30",
                "Обещают перехватывающую парковку у метро, но пока только обещают.",
                parent=1,
            ),
            C(
                "Гость_812",
                "2025-04-02T14:02:00",
                "2 апреля 2025, 14:02",
                "К августу точно не успеют. Напишите в сентябре, как там на самом деле.",
            ),
        ],
        related=["В метро продлят часы работы в белые ночи", "Сколько стоит аренда у воды"],
        recent=[],
    ),
    Page(
        name="eldiario-style-es",
        batch="heldout-33",
        render="eldiario_style",
        lang="es",
        system="A Spanish digital daily's own comments in the style of elDiario.es (the article with the section label, h1, the entradilla as a list of key points, 'Name' with the date '2 de abril de 2025 09:40h' and 'Actualizado a las 12:05h', a 'Hazte socio' box inside the text, 'Etiquetas'; the comments in div#comentarios with h2 'Comentarios' and '5 comentarios', a note 'Solo los socios pueden comentar' over the form, 'Más recientes / Más antiguos' tabs; every comment an li.comment with data-id; the nick in span.comment-user with a 'Socio/a' badge, a relative time 'hace 3 horas' in time with the full date as datetime, the text in div.comment-text; 'Responder', 'Me gusta 7' and 'Denunciar' links; replies nested in ul.comment-replies with the line 'En respuesta a Nick'; 'Cargar más comentarios'; 'Lo más leído' with numbers)",
        source="Spanish digital dailies' own comment modules as saved, in the style of elDiario.es (a members-only comment section with a count, sort tabs, the nick with a member badge, a relative time, like and report links, nested answers with 'En respuesta a', a load-more button), class names chosen after such pages; no one site's markup is copied",
        site="elDiario Sur",
        title="Los comedores escolares de la provincia servirán fruta local tres días por semana",
        byline="Lucía Moreno",
        date="2025-04-02",
        date_shown="2 de abril de 2025 09:40h",
        time="09:40",
        article="""Desde septiembre, los comedores de los colegios públicos de la provincia servirán fruta de productores locales al menos tres días por semana.

La Diputación pagará la diferencia de precio durante el primer curso. Las cooperativas tendrán que garantizar el reparto a los centros de los pueblos más pequeños.

Las familias piden que el cambio llegue también a la verdura y que se revise cuánto de lo que se sirve acaba en la basura.""",
        comments=[
            C(
                "naranjo_73",
                "2025-04-02T10:21:00",
                "hace 3 horas",
                "Por fin una medida con sentido. La fruta que llega ahora viene verde y los niños no se la comen.",
                extra="Socio/a",
            ),
            C(
                "Carmen_R",
                "2025-04-02T10:48:00",
                "hace 3 horas",
                "En el cole de mi hija pasa igual. Media caja se tira cada semana.",
                parent=0,
            ),
            C(
                "Jaume Ferrer",
                "2025-04-02T11:35:00",
                "hace 2 horas",
                "¿Y qué pasa después del primer curso? Si la Diputación deja de pagar, volverán a la fruta barata.",
                extra="Socio/a",
            ),
            C(
                "naranjo_73",
                "2025-04-02T12:02:00",
                "hace 2 horas",
                "Eso me preocupa también. Habría que fijarlo en el pliego del contrato, no en una ayuda.",
                parent=2,
                extra="Socio/a",
            ),
            C(
                "Jaume Ferrer",
                "2025-04-02T12:40:00",
                "hace 1 hora",
                "Exacto, así no depende de quién gobierne el año que viene.",
                parent=3,
                extra="Socio/a",
            ),
        ],
        related=["El agua del embalse baja del 30 %", "Nuevo horario de los autobuses a la costa"],
        recent=[],
    ),
    Page(
        name="doctissimo-forum-fr",
        batch="heldout-33",
        render="fr_health_forum",
        lang="fr",
        system="A French health forum thread in the style of Doctissimo's forums (forum: the first message = article, the replies = comments; the forum header, the breadcrumb 'Forum > Santé > Sommeil', the subject 'Réveils à 4 h du matin, des idées ?' with 'Page 1 sur 1', 'Répondre' / 'Nouveau sujet' buttons; each message a div.forum-post with an id 'para12345'; the left column with the pseudo, 'Profil : Doctinaute d'or', 'Messages : 1204' and the avatar; the right column with 'Posté le 02-04-2025 à 10:21:07' and the text; a reply quoting another in a table.citation with the header 'pseudo a écrit :'; signatures under a line; 'Répondre' and 'Citer' links, 'Alerter les modérateurs'; the quick reply box 'Réponse rapide'; 'Sujets similaires' with pseudos and dates, a banner 'Publicité')",
        source="French forums in the style of Doctissimo's (HFR-like engine: the message table with the pseudo column and profile line, 'Posté le … à …', the quote table with 'a écrit :', signatures, the reply links, the quick reply box, similar topics), written from saved pages as widely known; class names chosen after such pages",
        site="Forum Santé Bien-être",
        title="Réveils à 4 h du matin, des idées ?",
        byline="nuitblanche34",
        date="2025-04-02",
        date_shown="Posté le 02-04-2025 à 09:40:12",
        time="09:40",
        article="""Bonjour à tous, depuis un mois je me réveille vers quatre heures du matin et je n'arrive plus à me rendormir. Je me couche vers vingt-trois heures, sans écran dans la chambre.

Je ne bois plus de café après midi. Le médecin m'a dit que c'était sans doute le stress du travail, mais je ne me sens pas particulièrement stressée.

Est-ce que quelqu'un a connu ça et trouvé ce qui marchait ?""",
        comments=[
            C(
                "Lavande_07",
                "2025-04-02T10:21:07",
                "Posté le 02-04-2025 à 10:21:07",
                "J'ai eu exactement ça l'an dernier. Ce qui m'a aidée, c'est de me lever au lieu de rester au lit à ruminer.",
                extra="Doctinaute d'or",
            ),
            C(
                "nuitblanche34",
                "2025-04-02T11:02:44",
                "Posté le 02-04-2025 à 11:02:44",
                "Tu te levais pour faire quoi ? J'ai peur de me réveiller encore plus.",
                parent=0,
                extra2="Ce qui m'a aidée, c'est de me lever au lieu de rester au lit à ruminer.",
            ),
            C(
                "Lavande_07",
                "2025-04-02T11:30:19",
                "Posté le 02-04-2025 à 11:30:19",
                "Lire un livre papier dans le salon, lumière faible. Au bout de vingt minutes je retournais me coucher.",
                parent=1,
                extra="Doctinaute d'or",
                extra2="Tu te levais pour faire quoi ?",
            ),
            C(
                "Marc_Oudin",
                "2025-04-02T14:15:52",
                "Posté le 02-04-2025 à 14:15:52",
                "Pensez aussi à la chambre : trop chaude, on se réveille plus facilement en fin de nuit.",
                extra="Doctinaute",
            ),
        ],
        related=["Mélatonine : vos retours ?", "Sieste et insomnie, bonne ou mauvaise idée"],
        recent=[
            ("SoleilLevant", "Mélatonine : vos retours ?"),
            ("Pitchoune", "Insomnie après un déménagement"),
        ],
    ),
    Page(
        name="sspai-zh",
        batch="heldout-33",
        render="sspai",
        lang="zh",
        system="A Chinese tech-lifestyle article on a 少数派 (sspai)-style site (the article with the 专栏 label, h1, the author with '关注', the date '2025-04-02 09:40' and '阅读 3.2k', the text, the '充电' / '收藏' / '分享' bar; the comments in div.comment-wrapper with '全部评论 (5)', tabs '最热 / 最新', the box '写下你的评论…' with '发送'; every comment a div.comment-item with data-id: the avatar, span.nickname, a '作者' mark on the author's replies, span.time with a relative time '3 小时前' and a title holding the full time, div.comment-content; '回复' and a like count; replies grouped in div.comment-replies under the top comment, each reply to a reply showing '回复 @昵称：' before its text; '展开 2 条回复' and '加载更多'; the sidebar '相关文章' and '热门评论' with names and snippets)",
        source="少数派 (sspai.com)-style article pages as saved (the article header with author and reading count, the action bar, the comment list with the nickname, an author mark, relative time, content, reply and like actions, two-level replies with '回复 @…：'), written from saved pages as widely known; class names chosen after such pages",
        site="派读",
        title="用一个月纸质笔记本后，我删掉了三个效率应用",
        byline="林未",
        date="2025-04-02",
        date_shown="2025-04-02 09:40",
        time="09:40",
        article="""三月初我决定做个实验：一个月里所有待办和想法都写在纸质笔记本上，不打开任何效率应用。

第一周很不习惯，总想拿起手机记录。但到了第二周，我发现写下来的东西反而更少、更重要，每天的清单也变短了。

一个月后，我删掉了三个效率应用，只留下日历。笔记本用掉了一半，花了二十五块钱。""",
        comments=[
            C(
                "阿青",
                "2025-04-02T10:21:00",
                "3 小时前",
                "写在纸上的清单确实会变短，因为写字太慢，不重要的事情懒得写。",
            ),
            C(
                "林未",
                "2025-04-02T10:50:00",
                "3 小时前",
                "对，这个限制反而是好处，逼着自己先想清楚再写。",
                parent=0,
                extra="作者",
            ),
            C(
                "周末去爬山",
                "2025-04-02T11:33:00",
                "2 小时前",
                "那需要提醒的事情怎么办？纸上的东西不会到点提醒你。",
            ),
            C(
                "林未",
                "2025-04-02T12:05:00",
                "2 小时前",
                "有时间点的事情我还是放在日历里，这也是我留下日历的原因。",
                parent=2,
                extra="作者",
            ),
            C(
                "阿青",
                "2025-04-02T12:40:00",
                "1 小时前",
                "日历加纸质本，这个组合我也想试试。",
                parent=3,
            ),
        ],
        related=["我的桌面整理清单", "一年不买新衣服的记录"],
        recent=[("小满", "我的桌面整理清单"), ("Kevin", "旧手机改造成家庭相框")],
    ),
]
