"""Text of held-out batch 8 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="lobsters-story-en",
        batch="heldout-8",
        render="lobsters",
        lang="en",
        system="Lobsters story page (a text story = article; ol.comments of li.comments_subtree, div.comment with a score beside it; the byline 'name 3 hours ago | link | reply' as one line, a moderator hat; replies in a nested ol.comments)",
        source="Lobsters app/views/comments/_comment.html.erb and stories/show.html.erb (ol.comments, li.comments_subtree, input.comment_folder_button, div.comment[data-shortid], div.voters div.score, div.details div.byline with a user link, span[title] time, 'link', 'reply', span.hat, div.comment_text), written from the public source as widely known",
        site="Lobsters",
        title="Ask: how do you keep a hobby project alive for ten years?",
        byline="quillfeather",
        date="2025-06-21",
        date_shown="2025-06-21 08:30",
        time="08:30",
        article="""I maintain a small static site generator that I started in 2015. It has maybe two hundred users, a dozen of whom file issues. Every year or so I nearly abandon it, and every year someone sends a kind email and I carry on.

What habits have kept your long-running side projects going? I am less interested in funding than in the day-to-day: how you decide what not to do, how you deal with dependencies rotting, how you stop it from eating your weekends.""",
        comments=[
            C(
                "marrow",
                "2025-06-21T09:05:00",
                "3 hours ago",
                "Say no to features by default. Every feature I accepted in the first five years became a bug report in the next five.",
            ),
            C(
                "quillfeather",
                "2025-06-21T09:40:00",
                "3 hours ago",
                "That matches my experience. Do you write down why you said no, or just close the issue?",
                parent=0,
            ),
            C(
                "marrow",
                "2025-06-21T10:02:00",
                "2 hours ago",
                "I keep a short file called NOT-DOING with one line per rejected idea. People read it before asking, which saves both of us time.",
                parent=1,
            ),
            C(
                "pgrove",
                "2025-06-21T10:30:00",
                "2 hours ago",
                "Pin everything and upgrade once a year, on a fixed date. Dependencies stop being a constant background worry and become one bad weekend.",
                extra="Sysop",
            ),
            C(
                "teal_deer",
                "2025-06-21T11:18:00",
                "1 hour ago",
                "A fixed upgrade weekend is clever. I would add: keep the test suite fast, or you will stop running it.",
                parent=3,
            ),
        ],
        related=["The case for boring version numbers", "What I learned maintaining a parser for a decade"],
    ),
    Page(
        name="webmentions-indieweb-en",
        batch="heldout-8",
        render="webmention",
        lang="en",
        system="An IndieWeb blog post with its webmentions (microformats2 only: article.h-entry with e-content; likes and reposts as avatar facepiles; replies as li.h-cite.u-comment with p-author h-card, dt-published and e-content, 'via' the source site; a reply to another reply marked only 'in reply to Name' with a u-in-reply-to link)",
        source="microformats2 h-entry / h-cite / h-card markup as IndieWeb blogs print received webmentions (Webmention.io or a static-site plugin: section.webmentions, ul.facepile, li.h-cite.u-comment, div.p-author.h-card img.u-photo a.p-name.u-url, time.dt-published, div.e-content.p-name, a.u-in-reply-to), written from the microformats2 specification and such blogs as widely known",
        site="notes from a small kitchen",
        title="Sourdough starter, six months in",
        byline="Ruth Okafor",
        date="2025-07-08",
        date_shown="8 July 2025",
        time="19:00",
        article="""Six months ago I took a spoonful of starter from a neighbour and promised to keep it alive. It has survived a heatwave, a week of neglect and one unfortunate encounter with the dishwasher.

What I learned: it is much harder to kill than the internet suggests. Feeding it once a day at room temperature is enough; in the fridge, once a week. The smell tells you more than any schedule.

The bread is still uneven. Some loaves are excellent, some are bricks, and I have not found the pattern yet. If you bake with a starter, I would love to hear what made your results consistent.""",
        comments=[
            C(
                "Sam Whitlock",
                "2025-07-08T20:14:00",
                "8 July 2025 at 20:14",
                "The bricks were always the kitchen temperature for me. A cheap thermometer next to the dough fixed more loaves than any recipe.",
            ),
            C(
                "Hanna Berg",
                "2025-07-09T07:32:00",
                "9 July 2025 at 07:32",
                "Weigh everything, including the starter. Spoonfuls vary far more than you would think.",
            ),
            C(
                "Ruth Okafor",
                "2025-07-09T08:50:00",
                "9 July 2025 at 08:50",
                "A thermometer is a good idea, my kitchen goes from eighteen to twenty-six degrees depending on the sun.",
                parent=0,
            ),
            C(
                "Deniz",
                "2025-07-10T12:05:00",
                "10 July 2025 at 12:05",
                "Eight degrees is a huge swing. I proof in the oven with only the light on, it stays at twenty-five all day.",
                parent=2,
            ),
        ],
        related=["Ten loaves of rye, ranked", "Why I stopped buying bread flour"],
    ),
    Page(
        name="woltlab-forum-de",
        batch="heldout-8",
        render="wbb",
        lang="de",
        system="WoltLab Burning Board 5 thread (forum: first post = article, later posts = comments; ul.wbbThreadPostList of article.wbbPost.message with a message sidebar: name, user title badge 'Moderator', rank, post and reaction counts; '#N' permalinks; a reply quoting an earlier post 'Zitat von X'; signatures; reaction summaries)",
        source="WoltLab Suite Forum templates thread.tpl and threadPostList.tpl, WoltLab Suite Core messageSidebar.tpl and quoteBBCodeTag.tpl (ul.wbbThreadPostList.messageList, article.wbbPost.message, div.messageSidebar, div.messageAuthor, a.username.userLink, div.userTitle span.badge.userTitleBadge, div.userCredits dl.dataList, header.messageHeader, a.permalink.messagePublicationTime time.datetime, div.messageText, blockquote.quoteBox div.quoteBoxTitle, div.messageSignature); the sidebar's elements (aside.messageSidebar, the userTitle badge, userCredits dl.dataList) compared with an older WoltLab messageSidebar template found by code search, the rest (WoltLab Suite 5 class names) written from the public templates as widely known",
        site="Wohnmobil-Forum",
        title="Kühlschrank im Kastenwagen kühlt auf Gas nicht mehr",
        byline="Heidi_unterwegs",
        date="2025-04-27",
        date_shown="27. April 2025",
        time="11:05",
        article="""Unser Absorberkühlschrank im Kastenwagen (Baujahr 2016) kühlt auf 230 Volt und auf 12 Volt einwandfrei, auf Gas aber nicht mehr. Die Flamme zündet, man hört das Klicken, nach ein paar Minuten geht sie wieder aus.

Die Gasflasche ist voll, Herd und Heizung laufen. Bevor wir in die Werkstatt fahren: Gibt es etwas, das man selbst prüfen kann?""",
        comments=[
            C(
                "Klaus-Dieter",
                "2025-04-27T11:40:00",
                "27. April 2025",
                "Typisch für ein verrußtes Thermoelement oder einen verschmutzten Brenner. Wenn die Flamme nach dem Zünden wieder ausgeht, bekommt die Zündsicherung kein Signal.",
                extra="Moderator",
            ),
            C(
                "Heidi_unterwegs",
                "2025-04-27T12:25:00",
                "27. April 2025",
                "Danke! Kann man den Brenner selbst reinigen, oder ist das Sache der Werkstatt?",
                parent=0,
            ),
            C(
                "Frank aus Bielefeld",
                "2025-04-27T14:10:00",
                "27. April 2025",
                "Reinigen ja, mit Druckluft und einem weichen Pinsel. Alles, was Dichtungen betrifft, würde ich der Werkstatt überlassen, auch wegen der Gasprüfung.",
            ),
            C(
                "Klaus-Dieter",
                "2025-04-27T15:02:00",
                "27. April 2025",
                "So sehe ich das auch. Und bitte den Kamin auf Spinnweben prüfen, die sind im Frühjahr der häufigste Grund.",
                extra="Moderator",
            ),
            C(
                "Heidi_unterwegs",
                "2025-04-28T09:30:00",
                "28. April 2025",
                "Es war tatsächlich ein Spinnennest im Brennerrohr. Ausgeblasen, läuft wieder. Vielen Dank euch allen!",
                parent=3,
            ),
        ],
        related=["Solaranlage nachrüsten: Erfahrungen mit 200 Watt", "Winterfest machen: Checkliste"],
    ),
    Page(
        name="hypercomments-script-ru",
        batch="heldout-8",
        render="hypercomments_script",
        lang="ru",
        system="A Russian city news page whose reader comments are loaded by script (HyperComments widget: an empty div#hypercomments_widget and its _hcwp loader; the page announces '41 комментарий'; an 'Обсуждают сейчас' sidebar quoting comments on other stories). Expected: no comments",
        source='HyperComments embed as documented by the service (<div id="hypercomments_widget"></div> with the _hcwp.push({widget:"Stream", widget_id: N}) loader script and the comment counter), in a city news page layout',
        site="Город и люди",
        title="В Заречном районе откроют вторую библиотеку",
        byline="Ольга Семенова",
        date="2025-10-15",
        date_shown="15 октября 2025, 10:20",
        time="10:20",
        article="""В Заречном районе до конца года откроется вторая библиотека. Под неё переоборудуют первый этаж бывшего здания почты на улице Строителей.

В библиотеке будет детский зал, читальный зал на тридцать мест и комната для занятий кружков. Книжный фонд на первое время составит около двенадцати тысяч книг, часть из них передадут жители.

Жители района давно просили об этом: до ближайшей библиотеки сейчас приходится ехать на двух автобусах.""",
        comments=[],
        related=["На набережной поставят новые скамейки", "Автобус номер 12 изменит маршрут"],
        recent=[
            ("Андрей П.", "На набережной поставят новые скамейки"),
            ("Тамара", "Автобус номер 12 изменит маршрут"),
        ],
        announced=41,
    ),
    Page(
        name="meneame-story-es",
        batch="heldout-8",
        render="meneame",
        lang="es",
        system="Menéame story page (the story's link and summary = article; a flat ol of div.comment; '#N' order links in each header; replies marked only by '#N' references the commenter writes in the text; 'votos' and 'karma' counters; 'por name hace 2 horas' in the footer)",
        source="Menéame story and comment markup as saved (div.news-summary, div.news-body, h2 a, div.news-content, ol.comments-list, div.comment, div.comment-header, a.comment-order, div.comment-body, a.tooltip references '#N', div.comment-footer, div.comment-votes-info, span.ts[data-ts]), written from saved pages as widely known; class names may differ by version",
        site="Menéame",
        title="Un pueblo de Teruel recupera su horno comunal y vuelve a cocer pan cada viernes",
        byline="sierra_de_albarracin",
        date="2025-05-30",
        date_shown="30-05-2025 09:14",
        time="09:14",
        article="""Los vecinos de un pueblo de la sierra de Teruel han restaurado el horno comunal, cerrado desde 1978, y desde marzo cuecen pan en él todos los viernes.

La leña la aportan por turnos y el horno lo enciende cada semana una familia distinta. Quien no tiene masa propia puede comprar una hogaza a dos euros; lo recaudado se destina a las reparaciones.

El alcalde dice que el horno ha hecho más por la vida del pueblo que cualquier subvención de los últimos diez años.""",
        comments=[
            C(
                "manchego_azul",
                "2025-05-30T09:50:00",
                "hace 5 horas",
                "Esto es lo que hace falta en los pueblos: algo que obligue a juntarse una vez por semana.",
            ),
            C(
                "litri",
                "2025-05-30T10:12:00",
                "hace 5 horas",
                "Dos euros la hogaza hecha en horno de leña. En Madrid te cobran seis por algo peor.",
            ),
            C(
                "Xabi_R",
                "2025-05-30T10:40:00",
                "hace 4 horas",
                "#1 Y que dure. Muchos de estos proyectos mueren cuando se cansan los dos o tres que tiran del carro.",
                parent=0,
            ),
            C(
                "sierra_de_albarracin",
                "2025-05-30T11:05:00",
                "hace 4 horas",
                "#3 Por eso los turnos son por familias y no por voluntarios. De momento hay lista hasta noviembre.",
                parent=2,
            ),
            C(
                "bellotero",
                "2025-05-30T12:30:00",
                "hace 2 horas",
                "Mi abuela contaba que en su pueblo cada familia marcaba sus panes con un sello de madera para reconocerlos al sacarlos del horno.",
            ),
        ],
        related=["El último afilador ambulante de Galicia", "Cómo se hace el pan de cruz"],
    ),
    Page(
        name="jvc-forum-fr",
        batch="heldout-8",
        render="jvc",
        lang="fr",
        system="jeuxvideo.com-style forum topic (forum: first message = article, later messages = comments; div.bloc-message-forum with the pseudo in a span (obfuscated JvCare link, no <a>), the date as 'le 3 mars 2025 à 10:21:33'; a reply quoting an earlier message 'Le ... X a écrit :' in blockquote.blockquote-jv; signatures)",
        source="jeuxvideo.com forum topic markup as saved (div#forum-main-col, h1.titre-head-bloc, div.conteneur-messages-pagi, div.bloc-message-forum[data-id], div.conteneur-message, div.bloc-header, span.JvCare.bloc-pseudo-msg, div.bloc-date-msg, div.bloc-contenu div.txt-msg.text-enrichi-forum, blockquote.blockquote-jv, div.signature-msg), written from saved pages as widely known; class names may differ by version",
        site="Forum Jeux de société",
        title="Sujet : Quel jeu coopératif pour jouer avec des enfants de 8 ans ?",
        byline="PapaLudique",
        date="2025-12-01",
        date_shown="1 décembre 2025 à 20:14:05",
        time="20:14",
        article="""Salut à tous, je cherche un jeu coopératif pour jouer avec mes deux enfants de 8 et 10 ans. On a déjà Pandémie mais c'est un peu long pour eux, ils décrochent au bout d'une heure.

Idéalement moins de 45 minutes, des règles qu'ils peuvent lire seuls, et pas trop de texte sur les cartes. Vous avez des idées ?""",
        comments=[
            C(
                "MeepleMaster",
                "2025-12-01T20:31:12",
                "1 décembre 2025 à 20:31:12",
                "L'Île Interdite, sans hésiter. Vingt minutes, des règles simples, et on perd souvent, ce qui les motive à recommencer.",
            ),
            C(
                "Gribouille73",
                "2025-12-01T20:48:40",
                "1 décembre 2025 à 20:48:40",
                "Attention, à 8 ans certains ont du mal avec le fait de perdre ensemble. Commence par une version facile.",
                parent=0,
            ),
            C(
                "PapaLudique",
                "2025-12-01T21:05:09",
                "1 décembre 2025 à 21:05:09",
                "Merci, je note. Le plus jeune est bon perdant, c'est plutôt le grand qui boude.",
            ),
            C(
                "La_Tour_Sombre",
                "2025-12-02T08:12:55",
                "2 décembre 2025 à 08:12:55",
                "Sinon, The Crew se joue très bien en famille à partir de 10 ans, et les parties durent un quart d'heure.",
            ),
        ],
        related=["Meilleur jeu à deux en 2025 ?", "Vos jeux pour les soirées de Noël"],
    ),
    Page(
        name="bilibili-article-zh",
        batch="heldout-8",
        render="bilibili",
        lang="zh",
        system="Bilibili-style article (专栏) page with its comment list (div.reply-list of div.reply-item; user name in a div, level icons 'LV5', an 'UP' badge for the author; time, like count and '回复' on one info line; sub-replies in div.sub-reply-container, a reply to a sub-reply opening '回复 @name :')",
        source="Bilibili web comment list markup as saved (div.reply-warp, div.reply-list, div.reply-item, div.root-reply-avatar, div.content-warp, div.user-info div.user-name, i.level, div.root-reply span.reply-content, div.reply-info span.reply-time, span.reply-like, div.sub-reply-container, div.sub-reply-item, div.sub-user-name, span.sub-reply-content, div.view-more), written from saved pages as widely known; class names may differ by version",
        site="哔哩哔哩专栏",
        title="用旧手机搭了一个家庭相册服务器，记录一下过程",
        byline="折腾不止的阿凯",
        date="2025-08-16",
        date_shown="2025年08月16日 21:03",
        time="21:03",
        article="""家里有一台闲置三年的旧手机，电池还行，屏幕碎了一角。上个月我把它改成了家庭相册服务器，全家人的照片每天晚上自动备份到它上面。

整个过程用了两个周末。最麻烦的不是软件，而是让手机长期插电不鼓包：最后的办法是把充电上限设在百分之六十。

目前存了四万多张照片，耗电一个月不到一度。下一篇写一下怎么在外面访问它。""",
        comments=[
            C(
                "夜猫子小林",
                "2025-08-16T21:40:00",
                "2025-08-16 21:40",
                "充电上限设百分之六十这个细节太有用了，我之前一台就是这样鼓包的。",
            ),
            C(
                "折腾不止的阿凯",
                "2025-08-16T22:05:00",
                "2025-08-16 22:05",
                "是的，长期满电是最伤电池的，有的系统自带这个选项。",
                parent=0,
                extra="UP",
            ),
            C(
                "夜猫子小林",
                "2025-08-16T22:31:00",
                "2025-08-16 22:31",
                "回复 @折腾不止的阿凯 :我的系统没有这个选项，只能装个软件试试了。",
                parent=1,
            ),
            C(
                "数码老周",
                "2025-08-17T09:12:00",
                "2025-08-17 09:12",
                "建议再加一块硬盘做第二份备份，手机存储坏了就全没了。",
            ),
            C(
                "一只橘子汽水",
                "2025-08-17T13:48:00",
                "2025-08-17 13:48",
                "坐等下一篇外网访问，千万别直接暴露端口。",
            ),
        ],
        related=["旧路由器刷机的一些坑", "给爸妈装的智能门铃，用了半年的感受"],
    ),
    Page(
        name="waline-hexo-zh",
        batch="heldout-8",
        render="waline",
        lang="zh",
        system="A Hexo blog (NexT-style theme) with Waline comments rendered and saved inline (div.wl-card-item with an objectId id; wl-nick, a '博主' badge, wl-time, and a wl-meta line of location, browser and OS; replies of every depth flattened into the root's div.wl-quote, a reply to a reply opened by the system's '@nick :' line; a '最新评论' widget and the comment form with '昵称' fields)",
        source="Waline client CommentCard.vue (div.wl-card-item#objectId, div.wl-user, div.wl-card, div.wl-head a.wl-nick / span.wl-nick, span.wl-badge, span.wl-time, div.wl-comment-actions button.wl-like / wl-reply, div.wl-meta span.wl-addr / wl-browser / wl-os, div.wl-content with p '@nick :' for reply_user, div.wl-quote) checked against Waline's public source found by code search; the Hexo NexT layout (div.post-body, div.post-meta, the sidebar) written from the theme as widely known",
        site="慢慢来的博客",
        title="三十岁开始学游泳：三个月的记录",
        byline="慢慢来",
        date="2025-09-28",
        date_shown="2025-09-28",
        time="22:00",
        article="""今年六月，我三十岁，终于报名了成人游泳班。小时候怕水，一直拖到现在。

前两周只练憋气和漂浮，第三周才开始蹬腿。最难的是相信水能把人托起来，教练说成年人学得慢，多半是因为太紧张。

三个月后，我能连续游两百米蛙泳了，速度很慢，但不再害怕。下一个目标是学会换气自由泳。""",
        comments=[
            C(
                "小鱼干",
                "2025-09-29T08:12:00",
                "2025-09-29",
                "同样是成年后学的，深有同感！放松之后一下子就能浮起来了。",
            ),
            C(
                "慢慢来",
                "2025-09-29T12:40:00",
                "2025-09-29",
                "是的，教练说的最多的一句话就是“肩膀放下来”。",
                parent=0,
                extra="博主",
            ),
            C(
                "小鱼干",
                "2025-09-29T13:05:00",
                "2025-09-29",
                "哈哈，我的教练也这么说，看来是通用台词。",
                parent=1,
            ),
            C(
                "阿哲",
                "2025-09-30T21:17:00",
                "2025-09-30",
                "自由泳换气可以先在岸边练，站着把脸放进水盆里练侧头吸气，很有用。",
            ),
        ],
        related=["第一次跑完十公里", "我的二手自行车通勤一年"],
        recent=[("跑步的猫", "第一次跑完十公里"), ("Leo", "我的二手自行车通勤一年")],
    ),
]
