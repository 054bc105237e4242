"""Text of held-out batch 23 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="oceanwp-en",
        batch="heldout-23",
        render="oceanwp",
        lang="en",
        system="A WordPress outdoors blog on the OceanWP theme (the post with a byline, a date, a share bar above and below, an image caption, a pull quote, a 'Read more' teaser and a newsletter box inside the post; comments in section#comments 'This Post Has 6 Comments': ol.comment-list of li.comment-container, each an article.comment-body with the avatar, div.comment-author holding span.comment-link (the name) and span.comment-meta with the date only '3 Mar 2025', 'Reply' and 'edit' on one line; div.comment-entry; Jetpack likes under each comment 'Like' / 'Liked by 2 people'; replies in ol.children; a pingback 'Pingback: …' in the list; comment navigation 'Previous' / 'Next'; the form with 'Name (required)' / 'Email (required)' / 'Website' placeholders; a 'Recent Comments' widget)",
        source="OceanWP theme (oceanwp/oceanwp: comments.php with section#comments.comments-area, h3.theme-heading.comments-title, ol.comment-list and the_comments_navigation; the oceanwp_comment callback: li.comment-container, article.comment-body, div.comment-content, div.comment-author, span.comment-link, span.comment-meta.commentmetadata, span.comment-date with comment_date('j M Y'), the reply and edit links, div.comment-entry; its pingback branch 'Pingback:'; the form placeholders 'Name (required)' / 'Email (required)' / 'Website') checked against the theme's public source found by code search; Jetpack's comment likes (div.comment-likes, 'Like', 'Liked by N people') and the post layout written from saved pages as widely known",
        site="Driftwood & Pine",
        title="Three nights on the Lost Coast Trail in March",
        byline="Corinne Haldane",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""We walked the Lost Coast Trail from Mattole to Black Sands Beach over three nights at the start of March, and the tide tables decided almost everything.

Two stretches of the trail are impassable at high tide, so we camped early on the second day and crossed the long section before sunrise with headlamps.

The creeks were high from the winter rain but never above our knees. Bring sandals for the crossings and a bear canister: the rangers check.""",
        comments=[
            C(
                "Wes Tamura",
                "",
                "3 Mar 2025",
                "Crossing before sunrise is the right call. We tried it at mid tide once and had to scramble over the rocks with full packs.",
                extra="Liked by 2 people",
            ),
            C(
                "Corinne Haldane",
                "",
                "3 Mar 2025",
                "That sounds frightening. The rangers told us about a group stuck on the boulders for four hours last spring.",
                parent=0,
            ),
            C(
                "Lupe Arceneaux",
                "",
                "4 Mar 2025",
                "Did you need a permit for March? I thought the quota only applies in summer.",
                extra="Liked by 1 person",
            ),
            C(
                "Corinne Haldane",
                "",
                "4 Mar 2025",
                "The quota runs all year now, but March permits are easy to get a week ahead.",
                parent=2,
            ),
            C(
                "Bram Oyelaran",
                "",
                "5 Mar 2025",
                "Thanks for the sandal tip. I did the trail in boots last year and had wet feet for three days.",
            ),
        ],
        related=["Packing list for a wet coastal hike", "Why I switched to a trekking pole tent"],
        recent=[("Dee M.", "Winter camping on a budget"), ("Jonah", "The best trail snacks, ranked")],
    ),
    Page(
        name="coral-script-en",
        batch="heldout-23",
        render="coral_script",
        lang="en",
        system="An English regional paper's article page whose reader comments Coral loads by script (an empty div#coral_thread and the embed loader calling Coral.createStreamEmbed with the story's id and URL; count.js has filled the count '112 Comments' under the headline and on a 'Join the conversation' button; a 'Reader picks' box in the side column quoting readers on other stories). Expected: no comments",
        source="Coral (The Coral Project) embed code as documented for Coral 7 / 8 (div#coral_thread, the script loading /assets/js/embed.js and calling Coral.createStreamEmbed({id, autoRender, rootURL, storyID, storyURL}), the count script /assets/js/count.js with span.coral-count[data-coral-url]) in a regional news page layout written from such pages as widely known; the stream's iframe is not part of a saved page",
        site="The Wexcombe Courier",
        title="Town centre car park to close for two years during rebuild",
        byline="By Priya Mansell, Local Democracy Reporter",
        date="2025-03-03",
        date_shown="Monday 3 March 2025 7:40 am",
        time="07:40",
        article="""The multi-storey car park on Fore Street will close in June for two years while it is demolished and rebuilt, the borough council has confirmed.

The new building will have 420 spaces, eighty fewer than now, and charging points for electric cars on every floor.

Shoppers will be directed to a temporary park and ride from the rugby club, running every fifteen minutes from Monday to Saturday.""",
        comments=[],
        recent=[
            ("Gordon P.", "New cycle lane on Mill Road divides opinion"),
            ("Hattie", "Library hours cut from April"),
        ],
        announced=112,
    ),
    Page(
        name="publicinbox-en",
        batch="heldout-23",
        render="publicinbox",
        lang="en",
        system="A mailing-list thread in a public-inbox archive, flat thread view /T/ (forum-like: the first message = article, the replies = comments; no comment markup at all: every message a pre block opening '* Subject' and '@ 2025-03-03 10:21 UTC' or 'From: Name <addr> @ 2025-03-03 10:21 UTC (permalink / raw)', the To: and Cc: lines, the body as plain text with the quoted lines '> …' under 'On Mon, 3 Mar 2025 at 10:21, Name wrote:', a '-- ' signature, and a footer '^ permalink raw reply [flat|nested] 5+ messages in thread'; the messages separated by hr; a 'Thread overview' at the end listing every message's date, subject and sender, nested by indentation)",
        source="public-inbox's WWW thread view as served by public-inbox.org instances (lib/PublicInbox/View.pm: the /T/ flat view with each message in a pre, the '*' anchor link, the 'From: … @ … (permalink / raw)' line, To:/Cc: lines, the reply footer '^ permalink raw reply [flat|nested] N+ messages in thread', and the 'Thread overview' skeleton with '`' markers), written from such archives as widely known; exact spacing may differ by version",
        site="quillpad-devel.lists.example.org archive mirror",
        title="[RFC] Drop Python 3.8 support in the 2.4 release",
        byline="Ilse Marchetti",
        date="2025-03-03",
        date_shown="2025-03-03 10:21 UTC",
        time="10:21",
        article="""Python 3.8 reached its end of life last October, and keeping it in our test matrix costs us about twenty minutes per CI run.

I propose we drop it in 2.4 and require 3.9 or newer. The only downstream I know of that still ships 3.8 is the old LTS image, and it pins quillpad 2.2 anyway.

Objections welcome until Friday.""",
        comments=[
            C(
                "Tobias Wrenfield",
                "2025-03-03T11:05:00",
                "2025-03-03 11:05 UTC",
                "Fine by me. We could also drop the typing_extensions backport for Protocol then, which removes one dependency.",
            ),
            C(
                "Nadia Okwuosa",
                "2025-03-03T12:40:00",
                "2025-03-03 12:40 UTC",
                "Careful: typing_extensions is still needed for TypeAlias on 3.9. We can only drop the Protocol import.",
                parent=0,
            ),
            C(
                "Tobias Wrenfield",
                "2025-03-03T13:02:00",
                "2025-03-03 13:02 UTC",
                "Right, I mixed up the versions. Only the Protocol import then.",
                parent=1,
            ),
            C(
                "Rafael Quist",
                "2025-03-03T18:40:00",
                "2025-03-03 18:40 UTC",
                "The Debian package maintainers asked to be told before we bump. I will forward this thread to them tonight.",
            ),
        ],
        related=["[PATCH] ci: cache the wheel builds", "[ANNOUNCE] quillpad 2.3.1"],
    ),
    Page(
        name="avada-de",
        batch="heldout-23",
        render="avada",
        lang="de",
        system="A German WordPress blog on the Avada theme (div#comments.comments-container with a fusion-title h2 '5 Kommentare'; ol.comment-list.commentlist of li.comment; each comment a div.the-comment with div.avatar and div.comment-box; in div.comment-author.meta the name in strong followed, in the same line, by the date '3. März 2025 um 10:21 Uhr' and the links ' - Bearbeiten' and ' - Antworten'; the text in div.comment-text; replies in ul.children; a pingback in the list; the form 'Name (erforderlich)' / 'E-Mail (erforderlich)' / 'Website'; a 'Neueste Kommentare' widget)",
        source="Avada theme (ThemeFusion) comment callback as rendered on sites and saved (div.the-comment, div.avatar, div.comment-box, div.comment-author.meta with strong and the date and edit / reply links ' - ', div.comment-text; div#comments.comments-container, div.fusion-title, ol.comment-list.commentlist, ul.children), written from saved pages as widely known; a code search for the theme's callback found only other themes' templates, so details may differ by version",
        site="Hofladen Gerstenberg",
        title="Warum unsere Hühner im Winter weniger legen",
        byline="Kathrin Gerstenberg",
        date="2025-03-03",
        date_shown="3. März 2025",
        article="""Immer wieder fragen uns Kundinnen, warum es im Januar und Februar so wenige Eier im Hofladen gibt.

Die Antwort ist einfach: Hühner legen, wenn die Tage lang sind. Unter zwölf Stunden Licht machen die meisten Rassen eine Pause, und wir schalten im Stall kein Kunstlicht ein.

Ab Mitte März ist das Regal wieder voll. Bis dahin reservieren wir Eier gern für Stammkunden.""",
        comments=[
            C(
                "Ben",
                "2025-03-03T10:21:00",
                "3. März 2025 um 10:21 Uhr",
                "Finde ich gut, dass ihr kein Licht anmacht. Dann warte ich eben ein paar Wochen.",
            ),
            C(
                "Ulrike Sommer",
                "2025-03-03T12:47:00",
                "3. März 2025 um 12:47 Uhr",
                "Legen ältere Hühner im Frühjahr genauso viel wie junge? Unsere drei sind schon sechs Jahre alt.",
            ),
            C(
                "Kathrin Gerstenberg",
                "2025-03-03T14:05:00",
                "3. März 2025 um 14:05 Uhr",
                "Deutlich weniger. Ab dem vierten Jahr rechnen wir mit etwa der Hälfte, aber sie legen meistens noch.",
                parent=1,
            ),
            C(
                "Ulrike Sommer",
                "2025-03-03T15:30:00",
                "3. März 2025 um 15:30 Uhr",
                "Danke! Dann dürfen unsere drei einfach in Rente gehen.",
                parent=2,
            ),
            C(
                "Jörg Hallmann",
                "2025-03-04T07:58:00",
                "4. März 2025 um 7:58 Uhr",
                "Kann man die Eier auch vorbestellen und am Samstag abholen?",
            ),
        ],
        related=["Unser Hofladen hat neue Öffnungszeiten", "Kartoffelsorten im Überblick"],
        recent=[("Marlene", "Kartoffelsorten im Überblick"), ("Thomas K.", "Hoffest 2024: Danke!")],
    ),
    Page(
        name="reponse-club-fr",
        batch="heldout-23",
        render="club_fr",
        lang="fr",
        system="A French independent online daily's own comment section in the style of Mediapart (section#comments with 'Commentaires (5)' and a sort menu 'Les plus récents / Les plus recommandés'; a flat ul of li.comment items, each an article with the name as a link, the badge 'Abonné·e de Mediapart' or 'Journaliste', the date '3 mars 2025 à 10:21' as a permalink; replies only indented by a class comment--answer and a line 'En réponse au commentaire de Name le 3 mars 2025 à 10:21'; 'Recommander (4)', 'Répondre', 'Signaler un abus'; a 'Voir les commentaires précédents' button; the 'Les plus lus' box)",
        source="Mediapart article and comment markup as saved (article.news__body, div.news__heading with the byline and date, section#comments, ul.comments-list, li.comment with article.comment__wrapper, a.comment__author, span.comment__badge, a.comment__date time, div.comment__body, div.comment__reply-to, the actions bar), written from saved pages as widely known; class names are chosen after those pages and may differ from any one version",
        site="Le Fil Indépendant",
        title="Dans les Cévennes, les écoles à classe unique résistent",
        byline="Par Hélène Castagnier",
        date="2025-03-03",
        date_shown="3 mars 2025 à 06h30",
        time="06:30",
        article="""Il reste onze écoles à classe unique dans les vallées cévenoles. Chacune accueille entre huit et quinze élèves, de la petite section au CM2.

Le rectorat a renoncé cette année à en fermer deux, après une mobilisation des maires et des parents.

Les enseignants décrivent une pédagogie où les grands aident les petits, mais aussi un isolement difficile : la première collègue est souvent à quarante minutes de route.""",
        comments=[
            C(
                "Marc-Olivier D.",
                "2025-03-03T10:21:00",
                "3 mars 2025 à 10:21",
                "J'ai fait toute ma primaire dans une classe unique en Lozère. Je n'ai jamais aussi bien appris qu'en écoutant les leçons des grands.",
                extra="Abonné·e de Mediapart",
            ),
            C(
                "Sylvie Aubrac",
                "2025-03-03T11:02:00",
                "3 mars 2025 à 11:02",
                "Même expérience, et les plus âgés apprenaient en expliquant. Dommage que le ministère ne voie que les coûts.",
                parent=0,
                extra="Abonné·e de Mediapart",
            ),
            C(
                "Karim Benslimane",
                "2025-03-03T13:15:00",
                "3 mars 2025 à 13:15",
                "Et les transports scolaires ? Regrouper les élèves, c'est aussi une heure de car matin et soir pour des enfants de quatre ans.",
                extra="Abonné·e de Mediapart",
            ),
            C(
                "Hélène Castagnier",
                "2025-03-03T14:40:00",
                "3 mars 2025 à 14:40",
                "C'est l'argument qu'ont avancé les maires : deux des communes concernées sont à plus de trente kilomètres du prochain groupe scolaire.",
                parent=2,
                extra="Journaliste",
            ),
            C(
                "Anne-Lise Vergne",
                "2025-03-04T08:05:00",
                "4 mars 2025 à 08:05",
                "Enseignante en classe unique depuis six ans : l'isolement est réel, mais les liens avec les familles compensent beaucoup.",
                extra="Abonné·e de Mediapart",
            ),
        ],
        related=["Le rectorat suspend la carte scolaire", "Dans l'Aveyron, des villages sans médecin"],
    ),
    Page(
        name="emlog-zh",
        batch="heldout-23",
        render="emlog",
        lang="zh",
        system="A Chinese personal blog on emlog with its default template (the post in div.content with h2 and 'post by name / 2025-3-3 8:40'; comments in div.comments-template: the heading '评论：', then div.comment blocks with ids 'comment-N' holding div.avatar, div.comment-info with the name in b, the time in span.comment-time '2025-03-03 10:21', div.comment-content and div.comment-reply '回复'; replies nested in div.comment.comment-children inside their parent; a '引用地址:' trackback box; the form '昵称' / '邮件地址 (选填)' / '个人主页 (选填)'; a '最新评论' sidebar widget)",
        source="emlog default template (emlog/emlog: src/content/templates/default/module.php blog_comments / blog_comments_post / blog_trackback, echo_log.php with div.comments-template) checked against the project's public source found by code search, where an older version prints flat comments (div#com_line, '博主回复：'); the threaded blocks (div.comment#comment-N, div.comment-info, span.comment-time, div.comment-content, div.comment-reply, div.comment-children) written from emlog 5 / 6 default-template pages as widely known",
        site="山岚笔记",
        title="在家用旧手机搭了一个天气站",
        byline="山岚",
        date="2025-03-03",
        date_shown="2025-3-3 8:40",
        time="08:40",
        article="""抽屉里有一台六年前的旧手机，电池已经鼓包了。拆掉电池之后直接插电，它就成了一台很省电的小服务器。

我给它接了一个温湿度传感器和一个气压传感器，每五分钟记录一次，数据存在手机自己的存储卡里。

现在用浏览器打开局域网地址就能看到最近一周的曲线，比买现成的天气站便宜多了。""",
        comments=[
            C(
                "老周",
                "2025-03-03T10:21:00",
                "2025-03-03 10:21",
                "去掉电池直接供电要小心，有些手机没有电池是不开机的，你这台是什么型号？",
            ),
            C(
                "山岚",
                "2025-03-03T11:02:00",
                "2025-03-03 11:02",
                "是一台老的小米，拆掉电池以后用了一个假电池模块，接五伏电源，开机没问题。",
                parent=0,
            ),
            C(
                "木子",
                "2025-03-03T14:36:00",
                "2025-03-03 14:36",
                "传感器是怎么接到手机上的？用蓝牙还是OTG？",
            ),
            C(
                "山岚",
                "2025-03-03T15:10:00",
                "2025-03-03 15:10",
                "用的是一块带蓝牙的小开发板，传感器接在板子上，手机每五分钟去读一次。",
                parent=2,
            ),
            C(
                "木子",
                "2025-03-03T16:02:00",
                "2025-03-03 16:02",
                "明白了，周末我也试试，家里正好有两台旧手机。",
                parent=3,
            ),
        ],
        related=["给阳台装了一个自动浇水器", "树莓派做下载机的一年"],
        recent=[("阿飞", "给阳台装了一个自动浇水器"), ("小鱼", "树莓派做下载机的一年")],
    ),
    Page(
        name="gorod-news-ru",
        batch="heldout-23",
        render="gorod_ru",
        lang="ru",
        system="A Russian city news site's own comment system (div#news-comments, named by id, with 'Комментарии (5)' and the rules link; a ul.comments-tree of li items with ids 'comment-N'; each li holds the header with the name, a role badge 'Модератор' after it, the time '3 марта 2025, 10:21' as a permalink, then the text and a row 'Нравится 5 · Ответить · Пожаловаться'; every li is closed before its ul.comments-tree__answers, which follows it as a sibling; 'Показать ещё комментарии'; a form 'Ваше имя' / 'Комментарий'; an 'Обсуждают' box quoting comments on other stories)",
        source="Russian city news sites' own comment blocks as saved (a list of li items by id, the answers list placed after the closed li as its sibling, a 'Нравится' counter and moderator badges), class names chosen after such pages; no one site's markup is copied",
        site="Вечерний Ковров",
        title="На улице Абельмана откроют новый сквер",
        byline="Анна Лебедева",
        date="2025-03-03",
        date_shown="3 марта 2025, 08:15",
        time="08:15",
        article="""Сквер на месте бывшего рынка на улице Абельмана откроют в конце мая, сообщили в администрации города.

Там высадят сорок лип и сирень, поставят скамейки, детскую площадку и фонтан с подсветкой.

Работы оплачиваются из областной программы благоустройства, подрядчик уже вывез старые павильоны.""",
        comments=[
            C(
                "Сергей_К",
                "2025-03-03T10:21:00",
                "3 марта 2025, 10:21",
                "Хорошая новость. Только бы фонтан работал не один сезон, как на Октябрьской.",
            ),
            C(
                "Ирина Петровна",
                "2025-03-03T10:58:00",
                "3 марта 2025, 10:58",
                "На Октябрьской фонтан чинят третий год. Лучше бы сделали больше скамеек в тени.",
                parent=0,
            ),
            C(
                "Модератор_Олег",
                "2025-03-03T11:30:00",
                "3 марта 2025, 11:30",
                "По данным администрации, фонтан на Октябрьской включат в мае после замены насосов.",
                parent=1,
                extra="Модератор",
            ),
            C(
                "Дмитрий Власов",
                "2025-03-03T13:44:00",
                "3 марта 2025, 13:44",
                "А парковку рядом со сквером предусмотрели? Там и так машины стоят на тротуаре.",
            ),
            C(
                "Света",
                "2025-03-03T16:20:00",
                "3 марта 2025, 16:20",
                "Детская площадка очень нужна, в этом районе ни одной нормальной нет.",
            ),
        ],
        related=["Ремонт моста через Клязьму перенесли", "В городе открылся второй бассейн"],
        recent=[("Николай", "Ремонт моста через Клязьму перенесли"), ("Гость", "Автобус №7 меняет маршрут")],
    ),
    Page(
        name="phpbb2-forum-es",
        batch="heldout-23",
        render="phpbb2",
        lang="es",
        system="A phpBB 2.0 forum topic in Spanish, subSilver template (forum: the first post = article, later posts = comments; one table.forumline with a row per post: td.row1 / td.row2 with the name in span.name b, span.postdetails with the rank 'Forero habitual' / 'Moderador', 'Registrado: 12 Ene 2019', 'Mensajes: 340', 'Ubicación: Zaragoza'; the right cell with 'Publicado: Lun Mar 03, 2025 10:21 am' and 'Asunto: Re: …' in span.postdetails, the text in span.postbody; a reply quoting an earlier post in a table with 'Name escribió:' and td.quote; signatures after '_________________'; image buttons named only in alt text 'Responder citando', 'Ver perfil de usuario'; 'Volver arriba')",
        source="phpBB 2.0 subSilver templates viewtopic_body.tpl and bbcode.tpl (table.forumline, th.thLeft 'Autor' / th.thRight 'Mensaje', td.row1 / td.row2, span.name, span.postdetails, span.postbody, span.gensmall, the quote table with span.genmed 'escribió:' and td.quote, the signature '_________________') with the Spanish language pack's labels ('Publicado:', 'Asunto:', 'Registrado:', 'Mensajes:', 'Ubicación:', 'Volver arriba'), written from the public templates as widely known",
        site="Foro de Huerta y Jardín",
        title="Tomates que se rajan antes de madurar",
        byline="hortelano_zgz",
        date="2025-03-03",
        date_shown="Lun Mar 03, 2025 9:12 am",
        time="09:12",
        article="""Buenas a todos. El verano pasado casi la mitad de mis tomates de la variedad Rosa de Barbastro se rajaron antes de madurar.

Riego por goteo cada dos días y el huerto está en pleno sol. ¿Puede ser por el riego irregular o por el calor de agosto?

Este año quiero evitarlo, así que cualquier consejo es bienvenido.""",
        comments=[
            C(
                "Merche_Huesca",
                "2025-03-03T10:21:00",
                "Lun Mar 03, 2025 10:21 am",
                "Casi siempre es el riego. Si la tierra se seca y luego recibe mucha agua, la piel no aguanta. Riega menos cantidad pero todos los días.",
            ),
            C(
                "Paco Ledesma",
                "2025-03-03T11:40:00",
                "Lun Mar 03, 2025 11:40 am",
                "Añade acolchado de paja alrededor de las matas. Mantiene la humedad mucho más estable en agosto.",
            ),
            C(
                "hortelano_zgz",
                "2025-03-03T12:15:00",
                "Lun Mar 03, 2025 12:15 pm",
                "Entonces mejor un poco cada día que mucho cada dos. Lo probaré esta temporada.",
                parent=0,
            ),
            C(
                "Josefina R.",
                "2025-03-03T17:52:00",
                "Lun Mar 03, 2025 5:52 pm",
                "La Rosa de Barbastro tiene la piel muy fina, se raja más que otras. Yo la recojo cuando empieza a pintar y termina de madurar en casa.",
                extra="Moderador",
            ),
        ],
        related=["Calendario de siembra 2025", "Plagas del pimiento: pulgón"],
    ),
]
