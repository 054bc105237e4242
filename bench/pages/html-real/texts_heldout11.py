"""Text of held-out batch 11 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="youtube-watch-en",
        batch="heldout-11",
        render="youtube",
        lang="en",
        system="A YouTube watch page saved from the browser (the video's title and description = article; comments in custom elements only: ytd-comment-thread-renderer holding a ytd-comment-view-model with #author-text '@handle', a relative '#published-time-text', '#content-text', a like count and a 'Pinned by @channel' badge; replies one level deep in the thread's ytd-comment-replies-renderer, some opening with the '@handle' the replier types; no times but relative ones)",
        source="YouTube desktop web (Polymer) watch page as saved from a browser (ytd-watch-metadata, h1 yt-formatted-string, ytd-text-inline-expander#description-inline-expander, ytd-comments#comments, ytd-item-section-renderer#sections, ytd-comment-thread-renderer, ytd-comment-view-model#comment, div#header-author h3 a#author-text, span#published-time-text a, ytd-pinned-comment-badge-renderer, yt-attributed-string#content-text, span#vote-count-middle, ytd-comment-replies-renderer div#expanded-threads), written from saved pages as widely known; element names change often between versions",
        site="YouTube",
        title="Fixing a wobbly kitchen chair in 20 minutes (no new parts)",
        byline="Workbench Wendy",
        date="2025-02-11",
        date_shown="Feb 11, 2025",
        article="""Every house has one: the chair that rocks on one leg and creaks when you sit down. In this video I take apart a forty-year-old beech chair, clean out the old glue and set the joints again with nothing but wood glue, a strap clamp and a rag.

The trick most people miss is scraping out the old glue first. New glue does not stick to old glue, so a joint that is just squirted and clamped will be loose again within a month.

Tools used: a rubber mallet, a chisel, a strap clamp, wood glue, a damp rag. Chapters: 0:00 the problem, 3:12 taking it apart, 9:40 cleaning the joints, 15:05 gluing up.""",
        comments=[
            C(
                "@WorkbenchWendy",
                "",
                "1 month ago",
                "Quick note: the glue I used is a plain PVA wood glue. Hide glue works too if you ever want to take the chair apart again.",
                extra="Pinned by @WorkbenchWendy",
            ),
            C(
                "@oldoakfan",
                "",
                "3 weeks ago",
                "Did this on four dining chairs last weekend following your video. Scraping out the old glue took longer than everything else, but they are solid now.",
            ),
            C(
                "@WorkbenchWendy",
                "",
                "3 weeks ago",
                "@oldoakfan four in one weekend is a serious effort! Glad they came out solid.",
                parent=1,
            ),
            C(
                "@marta.k",
                "",
                "2 weeks ago",
                "What do you do when the tenon itself has shrunk? Mine wobbles even with fresh glue.",
                parent=1,
            ),
            C(
                "@tinkerjoe77",
                "",
                "1 week ago",
                "Chapter 9:40 is the one everyone needs. I never knew glue does not stick to old glue.",
            ),
        ],
        related=["Sharpening a chisel by hand, start to finish", "Why your drawers stick in winter"],
    ),
    Page(
        name="commentics-en",
        batch="heldout-11",
        render="commentics",
        lang="en",
        system="A small PHP site with Commentics comments (div#cmtx_container; every comment a div.cmtx_comment_box with an id 'cmtx_comment_N'; cmtx_name, an 'Admin' badge, cmtx_date 'Mar 4, 2025 10:21 AM'; like and dislike counts; replies nested in div.cmtx_reply_section one level down; the Commentics form with 'Name (required)', 'Email (required)', 'Town' and a rating; a site-made 'Latest comments' box in the sidebar)",
        source="Commentics frontend templates (comment/main.tpl, comment/comment.tpl: div#cmtx_container, section.cmtx_comments_section, div.cmtx_comment_box#cmtx_comment_N, div.cmtx_avatar_area, div.cmtx_content_area, div.cmtx_user_and_rating_area span.cmtx_name, span.cmtx_name_admin, div.cmtx_date_area time.cmtx_date, div.cmtx_comment_area, div.cmtx_action_area with cmtx_like / cmtx_dislike counters, div.cmtx_reply_section; form#cmtx_form with cmtx_name_field, cmtx_email_field), written from the project's public templates as widely known; class names may differ by version",
        site="Ferndale Allotment Society",
        title="Water butts: the society's rules from April",
        byline="Gillian Marsh",
        date="2025-03-03",
        date_shown="3 March 2025",
        time="09:00",
        article="""From the first of April every plot may have up to two water butts, and each must have a lid. The committee agreed this after last summer's mosquito complaints from the houses along Mill Lane.

Butts must stand on a level base and may not block the paths. The society has twenty spare lids for members who need one; ask at the shed on Saturday mornings.

The standpipes will still be turned on from May, but please use the butts first.""",
        comments=[
            C(
                "Derek Hollis",
                "2025-03-04T10:21:00",
                "Mar 4, 2025 10:21 AM",
                "Two butts is fine for most plots, but the double plots at the far end need more. Could we ask for three there?",
            ),
            C(
                "Gillian Marsh",
                "2025-03-04T13:05:00",
                "Mar 4, 2025 1:05 PM",
                "Derek, the committee will look at the double plots at the April meeting. Put it in writing and I will add it to the agenda.",
                parent=0,
                extra="Admin",
            ),
            C(
                "Priya N",
                "2025-03-05T08:47:00",
                "Mar 5, 2025 8:47 AM",
                "Thank you for the spare lids. Mine blew away in the storm in January and I had not found a replacement.",
            ),
            C(
                "Stan Cole",
                "2025-03-06T17:30:00",
                "Mar 6, 2025 5:30 PM",
                "A level base is easy to say. Half the plots slope. Will bricks do, or does it have to be a proper stand?",
            ),
        ],
        related=["Seed swap this Saturday", "Bonfire rules for the winter"],
        recent=[("Margaret", "Seed swap this Saturday"), ("Tom B", "Shed key rota")],
    ),
    Page(
        name="contao-news-de",
        batch="heldout-11",
        render="contao",
        lang="de",
        system="A Contao site's news reader with the comments module (div.ce_comments; every comment a div.comment_default with an id 'cN' and odd/even classes; the author line 'Kommentar von Name | 03.03.2025 10:21' as one text in p.info before the text; the only replies are the site's answers inside the comment, div.reply with 'Antwort von Name | date'; the form with 'Name *', 'E-Mail *' and 'Website')",
        source="Contao core templates mod_newsreader / news_full and the comments bundle's com_default.html5 and mod_comment_form.html5 (div.mod_newsreader, div.layout_full, h1, p.info time, div.ce_text, div.ce_comments.block, div.comment_default.odd/even.first/last#cN, p.info, div.comment, div.reply p.info, div.form form fieldset 'Name *'), written from the public templates as widely known; class names may differ by version",
        site="Heimatverein Oberlinden",
        title="Backhaus wird wieder angeheizt",
        byline="Heimatverein",
        date="2025-03-02",
        date_shown="02.03.2025",
        time="11:00",
        article="""Nach zwei Jahren Pause wird das alte Backhaus am Kirchplatz wieder angeheizt. Der Ofen ist frisch ausgemauert, die Dachrinne erneuert, und der Verein hat einen neuen Backplan aufgestellt.

Gebacken wird ab April jeden ersten Samstag im Monat. Wer eigenen Teig mitbringen möchte, meldet sich bitte bis Donnerstag bei Hanne Vogt an.

Der Erlös aus dem Brotverkauf geht in die Renovierung des Dorfbrunnens.""",
        comments=[
            C(
                "Ulrike Brandt",
                "2025-03-03T10:21:00",
                "03.03.2025 10:21",
                "Endlich! Meine Großmutter hat dort jede Woche gebacken. Ich komme im April mit den Enkeln.",
            ),
            C(
                "Heimatverein",
                "2025-03-03T18:02:00",
                "03.03.2025 18:02",
                "Liebe Frau Brandt, das freut uns sehr. Bringen Sie gern auch alte Rezepte mit, wir sammeln sie für ein kleines Heft.",
                parent=0,
            ),
            C(
                "Jörg Lindemann",
                "2025-03-04T07:45:00",
                "04.03.2025 07:45",
                "Wie viele Laibe passen in den Ofen? Ich würde gern für unsere Kita mitbacken.",
            ),
            C(
                "Heimatverein",
                "2025-03-04T12:10:00",
                "04.03.2025 12:10",
                "Es passen etwa vierzig Laibe hinein. Für die Kita reservieren wir gern einen Teil, bitte bei Hanne Vogt melden.",
                parent=2,
            ),
            C(
                "Petra S.",
                "2025-03-05T20:33:00",
                "05.03.2025 20:33",
                "Schöne Sache. Gibt es auch einen Termin unter der Woche für Berufstätige, die samstags arbeiten?",
            ),
        ],
        related=["Maibaum 2025: Helfer gesucht", "Chronik des Dorfbrunnens"],
    ),
    Page(
        name="modx-tickets-ru",
        batch="heldout-11",
        render="tickets",
        lang="ru",
        system="A MODX Revolution site with the Tickets component (the ticket = article; ol.comment-list of li.ticket-comment with an id 'comment-N'; the name, the time and a '#' link in div.ticket-comment-header, an 'автор' mark for the ticket's author, a rating '+3' with vote arrows; replies nested in ol.comments-list; a 'Последние комментарии' block of comments on other tickets; the form with 'Имя' and 'Email')",
        source="MODX Tickets chunks tpl.Tickets.comment.wrapper, tpl.Tickets.comment.one.auth and tpl.Tickets.comment.form (div#comments-wrapper, ol#comments.comment-list, li.ticket-comment#comment-N, div.ticket-comment-body, div.ticket-comment-header, img.ticket-avatar, span.ticket-comment-author, span.ticket-comment-createdon, span.ticket-comment-link, span.ticket-comment-rating, div.ticket-comment-text, div.comments-list ol.comments-list, form#comment-form) and the getComments / TicketLatest snippets, written from the public chunks as widely known; class names may differ by version",
        site="Клуб любителей аквариумов",
        title="Почему мутнеет вода после запуска аквариума",
        byline="Андрей Соколов",
        date="2025-04-14",
        date_shown="14 апреля 2025, 10:00",
        time="10:00",
        article="""Почти каждый, кто впервые запускает аквариум, через несколько дней видит, что вода стала белёсой и мутной. Это не болезнь и не ошибка, а вспышка бактерий, которые ещё не нашли своего места в фильтре.

Не меняйте всю воду и не мойте фильтр: так вы только начнёте всё заново. Кормите рыб очень скупо и подождите неделю.

Если через две недели вода всё ещё мутная, проверьте уровень нитритов тестом.""",
        comments=[
            C(
                "Ирина_К",
                "2025-04-14T12:31:00",
                "14 апреля 2025, 12:31",
                "У меня так и было! Я в панике поменяла половину воды, и муть вернулась через два дня.",
            ),
            C(
                "Андрей Соколов",
                "2025-04-14T13:05:00",
                "14 апреля 2025, 13:05",
                "Ирина, это обычная история. Теперь просто не трогайте, через неделю всё уляжется.",
                parent=0,
            ),
            C(
                "Ирина_К",
                "2025-04-14T15:40:00",
                "14 апреля 2025, 15:40",
                "Спасибо, терплю. Рыбок кормлю раз в два дня.",
                parent=1,
            ),
            C(
                "bolotnik",
                "2025-04-15T09:12:00",
                "15 апреля 2025, 09:12",
                "Можно ещё положить в фильтр губку из старого аквариума, если есть у знакомых. Запуск идёт в разы быстрее.",
            ),
        ],
        related=["Живые растения для новичков", "Как выбрать внешний фильтр"],
        recent=[("Сергей М.", "Как выбрать внешний фильтр"), ("Лена", "Живые растения для новичков")],
    ),
    Page(
        name="k2-joomla-es",
        batch="heldout-11",
        render="k2",
        lang="es",
        system="A Joomla site with K2 item comments (div.itemComments; ul.itemCommentsList of li items carrying only an id 'comment-N' and even/odd classes; span.commentDate, 'escrito por' and the name in span.commentAuthorName, a '#N' link; flat, replies marked only by '@Nombre' the commenter types; the author's own comment marked authorResponse; the K2 form 'Nombre *', 'Correo electrónico *'; a 'Últimos comentarios' module of comments on other items)",
        source="K2 component templates/default/item.php comment block and item_comments_form.php (div.itemComments, h3.itemCommentsCounter, ul.itemCommentsList, li.even/odd with authorResponse, span.commentLink, span.commentDate, span.commentAuthorName, p, span.commentReportLink, div.itemCommentsForm with label 'Nombre *') and mod_k2_comments (ul, span.lcComment, span.lcUsername, a.lcItemTitle), written from the public templates as widely known; class names may differ by version",
        site="Ruta del Cantábrico",
        title="Cinco playas poco conocidas entre Llanes y Ribadesella",
        byline="Nuria Campos",
        date="2025-06-02",
        date_shown="Lunes, 02 Junio 2025 09:30",
        time="09:30",
        article="""Entre Llanes y Ribadesella hay más de treinta playas, y casi todo el mundo acaba en las mismas tres. Estas cinco se alcanzan a pie en menos de veinte minutos y, fuera de agosto, suelen estar casi vacías.

Lleva calzado cómodo: a dos de ellas se baja por un sendero con raíces y piedras sueltas. Y mira la tabla de mareas, porque con marea alta algunas casi desaparecen.

Ninguna tiene chiringuito, así que lleva agua y algo de comer.""",
        comments=[
            C(
                "Javier Ortega",
                "2025-06-02T18:12:00",
                "Lunes, 02 Junio 2025 18:12",
                "La tercera es una maravilla, pero el sendero estaba cerrado por un desprendimiento la semana pasada.",
            ),
            C(
                "Nuria Campos",
                "2025-06-03T09:40:00",
                "Martes, 03 Junio 2025 09:40",
                "@Javier Ortega gracias por avisar, he llamado al ayuntamiento y dicen que lo abren antes de julio.",
                parent=0,
            ),
            C(
                "Marisa",
                "2025-06-03T21:05:00",
                "Martes, 03 Junio 2025 21:05",
                "¿Se puede ir con perro a alguna de ellas? Viajamos con una perrita mayor.",
            ),
            C(
                "Luis Bernal",
                "2025-06-04T08:30:00",
                "Miércoles, 04 Junio 2025 08:30",
                "@Marisa en la primera sí, fuera de temporada nadie dice nada. Las otras son demasiado empinadas para una perrita mayor.",
                parent=2,
            ),
        ],
        related=["Los mejores miradores de los Picos de Europa", "Dónde comer en Llanes sin reservar"],
        recent=[
            ("Ana", "Los mejores miradores de los Picos de Europa"),
            ("Raúl", "Dónde comer en Llanes sin reservar"),
        ],
    ),
    Page(
        name="spip-forum-fr",
        batch="heldout-11",
        render="spip",
        lang="fr",
        system="A SPIP site's article with its forum (the public forum under the article, squelette dist: ul.forums of li.forum-fil, each message a div.forum-message with a subject line in strong.forum-titre and 'date, par Name' as one text in small; replies nested in ul under the message; the form 'Votre nom', 'Titre (obligatoire)')",
        source="SPIP squelettes-dist inclure/forum.html and formulaires/forum.html (div.forums, h2.h2 'Messages', ul.forum, li.forum-fil, div.forum-message, div.forum-chapo, strong.forum-titre a, small with the date and 'par', div.forum-texte, p.repondre a 'Répondre à ce message'), written from the public squelettes as widely known; class names may differ by version",
        site="Amicale laïque de Saint-Aubin",
        title="Le vide-grenier de l'école revient le 18 mai",
        byline="Le bureau",
        date="2025-04-07",
        date_shown="lundi 7 avril 2025",
        time="09:00",
        article="""Le vide-grenier de l'école revient le dimanche 18 mai, de 8 heures à 17 heures, dans la cour et sur le parking du gymnase. Les emplacements de trois mètres sont à cinq euros.

Les inscriptions se font à la sortie de l'école les mardis et jeudis soir, ou par courrier à l'Amicale. Une pièce d'identité est obligatoire pour les exposants.

Les bénéfices financeront la classe de découverte des CM2.""",
        comments=[
            C(
                "Sandrine L.",
                "2025-04-08T19:02:00",
                "8 avril 2025, 19:02",
                "Est-ce qu'on peut réserver deux emplacements côte à côte ? Nous venons à deux familles.",
                extra="Deux emplacements",
            ),
            C(
                "Le bureau",
                "2025-04-09T08:15:00",
                "9 avril 2025, 08:15",
                "Oui, il suffit de le préciser à l'inscription, nous vous mettrons ensemble.",
                parent=0,
                extra="Deux emplacements",
            ),
            C(
                "Michel Garnier",
                "2025-04-10T12:40:00",
                "10 avril 2025, 12:40",
                "Y aura-t-il une buvette comme l'an dernier ? Je peux donner un coup de main le matin.",
                extra="Buvette",
            ),
            C(
                "Élodie",
                "2025-04-10T21:18:00",
                "10 avril 2025, 21:18",
                "Je peux aussi aider à la buvette l'après-midi, et faire deux gâteaux.",
                parent=2,
                extra="Buvette",
            ),
        ],
        related=["Carnaval de l'école : les photos", "Assemblée générale de l'Amicale"],
    ),
    Page(
        name="gitalk-hexo-zh",
        batch="heldout-11",
        render="gitalk",
        lang="zh",
        system="A Hexo blog with Gitalk comments (GitHub issue comments) rendered and saved inline (div#gitalk-container > div.gt-container; a flat div.gt-comments of div.gt-comment, the blog owner's marked gt-comment-admin; gt-comment-username, '发表于' and a relative gt-comment-date; the body a markdown-body; a reply made with Gitalk's reply button starts with a quote of the comment answered, as a blockquote, then the reply; like counts; no times but relative ones)",
        source="Gitalk client source (src/component/comment.jsx and gitalk.jsx: div.gt-container, div.gt-meta span.gt-counts, div.gt-header, div.gt-comments, div.gt-comment, div.gt-comment-admin, div.gt-avatar, div.gt-comment-content, div.gt-comment-header, a.gt-comment-username, span.gt-comment-text '发表于', span.gt-comment-date, a.gt-comment-like, a.gt-comment-reply, div.gt-comment-body.markdown-body), written from the public source as widely known; class names may differ by version",
        site="山间小站",
        title="用树莓派搭一个家庭相册",
        byline="山间",
        date="2025-01-18",
        date_shown="2025-01-18",
        time="21:00",
        article="""家里的照片越攒越多，手机空间总是不够。上个月我用一台闲置的树莓派加一块移动硬盘，搭了一个只在家里局域网里能访问的相册。

整个过程花了一个周末，最麻烦的是给硬盘设置自动挂载，其余都是照着文档一步一步来。

现在全家的手机每天晚上都会自动把新照片传上去，再也不用担心换手机丢照片了。""",
        comments=[
            C(
                "wu-xiaofan",
                "",
                "3 个月前",
                "请问硬盘是用什么格式的？我用NTFS总是写入很慢。",
            ),
            C(
                "shanjian",
                "",
                "3 个月前",
                "我格式化成了ext4，速度正常多了。NTFS在树莓派上确实慢。",
                parent=0,
                extra="请问硬盘是用什么格式的？我用NTFS总是写入很慢。",
            ),
            C(
                "lemon-tea",
                "",
                "2 个月前",
                "很实用的分享！家里老人用的是苹果手机，也能自动同步吗？",
            ),
            C(
                "zhou-pi",
                "",
                "1 个月前",
                "树莓派供电要用好一点的电源，不然移动硬盘经常掉线，我踩过这个坑。",
            ),
        ],
        related=["旧笔记本改造成软路由", "我的家庭网络布线记录"],
    ),
    Page(
        name="changyan-script-zh",
        batch="heldout-11",
        render="changyan_script",
        lang="zh",
        system="A Chinese regional news page whose comments Changyan (畅言) loads by script (an empty div#SOHUCS with its sid and the changyan.js loader; the page announces '已有126条评论'; a '网友热评' box in the side column quoting comments on other stories). Expected: no comments",
        source='Changyan (畅言) embed as documented by the service (<div id="SOHUCS" sid="..."></div> with the changyan.js loader script and window.changyan.api.config({appid, conf})), in a regional news page layout written from such pages as widely known',
        site="江城晚报",
        title="老城区十条小巷完成改造 居民盼望停车难题早日解决",
        byline="本报记者 刘敏",
        date="2025-05-08",
        date_shown="2025-05-08 08:30",
        time="08:30",
        article="""记者昨日从区住建局获悉，老城区十条小巷的改造工程已全部完工，路面重新铺设，雨污管道完成分流，沿街还新装了一百多盏路灯。

不少居民表示，过去一下雨就积水的巷子终于干净了，但停车难的问题仍然存在，晚上巷口常常被车堵住。

区住建局表示，将在附近两处空地建设临时停车场，预计年底前投入使用。""",
        comments=[],
        related=["地铁三号线二期开始试运行", "江滨公园夜市本周末开放"],
        recent=[("江城网友", "地铁三号线二期开始试运行"), ("老街坊", "江滨公园夜市本周末开放")],
        announced=126,
    ),
]
