"""Text of held-out batch 36 (see page_texts.py). Written for slant on 8 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="viafoura-en",
        batch="heldout-36",
        render="viafoura",
        lang="en",
        system="A Canadian regional newspaper's article with its Viafoura conversation rendered by the script and saved with the page (the article with the kicker, h1, the byline 'By Name, Staff Reporter', the date line 'Published Mar 08, 2025'; 'Share this story' buttons; the conversation in vf-conversations > div.vf-conversations-wrapper: the header '5 Comments' with a sort menu 'Newest / Oldest / Most liked', the 'Join the conversation' box 'Sign in to comment'; every comment a div.vf-comment with data-id: the avatar initials in span.vf-avatar, button.vf-comment__author-name with the name, span.vf-comment__timestamp '3h ago' with the full time in a title, div.vf-content-expandable with the text, 'Like 4' / 'Dislike' / 'Reply' / 'Report' buttons; replies in div.vf-comment-replies one level deep, a reply to a reply placed in the same list with a 'Replying to Name' label above its text; 'Show 2 more replies' and 'Load more comments' buttons; the 'Trending' rail with headlines and 'Most commented' with counts)",
        source="Viafoura's conversations widget as rendered in saved news pages (the vf-conversations custom element, div.vf-conversations-wrapper, div.vf-comment, the vf-comment__author-name, vf-comment__timestamp and vf-content-expandable classes, vf-comment-replies, the 'Load more comments' button), written from saved pages and Viafoura's public documentation as widely known; class names may differ by version",
        site="The Lakeshore Ledger",
        title="Council votes to keep the east-end library open on Sundays",
        byline="Dana Whitfield",
        date="2025-03-08",
        date_shown="Published Mar 08, 2025",
        article="""City council voted seven to four on Friday to keep the east-end branch library open on Sundays for at least another year, reversing a staff recommendation to close it on weekends to save money.

The branch had the highest Sunday attendance of any in the city last year, much of it families and students using the study rooms. Several residents spoke at the meeting in favour of keeping the hours.

The decision costs about ninety thousand dollars a year, which will come from the reserve fund. Staff will report back in the autumn on other ways to cut the library budget.""",
        comments=[
            C(
                "Marcus Bell",
                "2025-03-08T10:21:00",
                "3h ago",
                "Good decision. On Sundays that library is the only quiet place my kids can do homework.",
            ),
            C(
                "Lorraine Dubois",
                "2025-03-08T10:48:00",
                "3h ago",
                "Same for us. The study rooms are booked solid every weekend.",
                parent=0,
            ),
            C(
                "Ken Sato",
                "2025-03-08T11:15:00",
                "2h ago",
                "Taking it from the reserve fund just moves the problem to next year though.",
                parent=1,
            ),
            C(
                "Priya Sandhu",
                "2025-03-08T11:40:00",
                "2h ago",
                "Would love to know what the other ways to cut the budget are before we celebrate.",
            ),
            C(
                "Dana Whitfield",
                "2025-03-08T12:05:00",
                "1h ago",
                "Staff said they would look at shared services with the school board. We will follow up when the report is out.",
                parent=3,
                extra="Staff",
            ),
        ],
        related=[
            "Bridge repairs to close Harbour Road for two weeks",
            "Arena roof fix comes in under budget",
        ],
        recent=[],
    ),
    Page(
        name="wakaba-en",
        batch="heldout-36",
        render="wakaba",
        lang="en",
        system="A thread on an English-language imageboard running Wakaba (/ck/ cooking board; forum-like: the opening post = article, replies = comments; same template as heldout-35/wakaba-ru with English strings: span.filesize 'File: …', span.filetitle, span.postername 'Anonymous' and one named poster, the date 'Sat 08 Mar 2025 09:00:12', span.reflink 'No.' and the number, '[Reply]'; replies in td.reply tables after td.doubledash '>>'; answers open with a '>>N' link to the post answered, one to the opening post; the post form 'Name / Link / Subject / Comment / File / Password' and the 'Delete Post' box)",
        source="Wakaba's board templates (wakaba.pl / futaba_style.pl: form#delform, span.filesize, span.filetitle, span.postername, span.reflink, td.doubledash, td.reply#reply<N>, blockquote, the '>>N' link, the post form and the delete box), written from the public source and saved boards as widely known; class names may differ by fork",
        site="/ck/ - Food & Cooking",
        title="Sourdough starter died after a week away",
        byline="Anonymous",
        date="2025-03-08",
        date_shown="Sat 08 Mar 2025 09:00:12",
        time="09:00",
        article="""Left my starter in the fridge for eight days while travelling. Came back to grey liquid on top and a smell like nail varnish remover.

I poured the liquid off and fed it twice but it barely rises now. It used to double in four hours.

Is it dead or can it be saved? It is three years old and I would hate to start again.""",
        comments=[
            C(
                "Anonymous",
                "2025-03-08T09:12:00",
                "Sat 08 Mar 2025 09:12:40",
                "It is not dead, it is just hungry. Feed it at room temperature every twelve hours for three days before you judge it.",
                extra="op",
            ),
            C(
                "Anonymous",
                "2025-03-08T09:44:00",
                "Sat 08 Mar 2025 09:44:05",
                "This. The grey liquid is only alcohol from the yeast running out of food. Mine has survived a month in the fridge.",
                parent=0,
            ),
            C(
                "crumbshot",
                "2025-03-08T10:21:00",
                "Sat 08 Mar 2025 10:21:33",
                "Use some wholemeal rye for the first two feeds. It wakes a sluggish starter up faster than white flour.",
            ),
            C(
                "Anonymous",
                "2025-03-08T11:30:00",
                "Sat 08 Mar 2025 11:30:17",
                "Did the rye trick this morning and it is already bubbling. Thanks, I owe you a loaf.",
                parent=2,
            ),
        ],
        related=["Bread general", "Post your cheapest meals"],
        recent=[],
    ),
    Page(
        name="bluesky-podcast-en",
        batch="heldout-36",
        render="bluesky_thread",
        lang="en",
        system="A podcast episode page (not a blog post: the show's header with its artwork and 'Subscribe' links, the episode title, 'Episode 42 · 38 min', an audio player with a transcript link, the show notes as the article with a 'Links from this episode' list and 'Chapters' with timestamps) whose comments are the replies to the episode's Bluesky post, rendered by the comments component and saved (the same component as heldout-35/bluesky-thread-de with English labels: h2 'Comments', 'Reply on Bluesky to join the conversation', the post's stats; li.comment with the display name and a.handle, a.comment-date 'Mar 8, 2025, 10:21 AM', p.comment-text, stats; nested ul.replies; 'See more replies on Bluesky'; 'More episodes' with durations and a 'Latest comments' box with names and other episodes)",
        source="The Bluesky comment components for blogs (see heldout-35/bluesky-thread-de) in a podcast site layout (episode header, audio element, show notes, chapters) written from saved podcast pages as widely known; class names differ between sites",
        site="Small Engines Podcast",
        title="Episode 42: Why your lawnmower will not start in spring",
        byline="Nate Okafor",
        date="2025-03-08",
        date_shown="Mar 8, 2025",
        article="""This week we talk about the most common spring problem we hear about: a mower that ran fine in October and will not start in March. Nine times out of ten the cause is old fuel.

Petrol left in the tank over winter goes stale and gums up the carburettor's tiny jets. We explain how to drain the tank, clean the jets and when it is time to replace the carburettor instead.

We finish with listener questions about spark plugs, choke settings and whether fuel stabiliser is worth the money.""",
        comments=[
            C(
                "Wendy Harper",
                "2025-03-08T10:21:00",
                "Mar 8, 2025, 10:21 AM",
                "Great episode. Drained the tank after listening and the mower started on the second pull.",
            ),
            C(
                "Nate Okafor",
                "2025-03-08T11:02:00",
                "Mar 8, 2025, 11:02 AM",
                "Love hearing that. Old fuel gets blamed for a lot, but here it really was the problem.",
                parent=0,
            ),
            C(
                "Luis Ferreira",
                "2025-03-08T12:15:00",
                "Mar 8, 2025, 12:15 PM",
                "Is fuel stabiliser worth it for a mower I only use eight times a year? I could not tell from the episode.",
            ),
            C(
                "Nate Okafor",
                "2025-03-08T12:50:00",
                "Mar 8, 2025, 12:50 PM",
                "For eight uses a year, yes. A bottle costs less than one carburettor clean at a shop.",
                parent=2,
            ),
            C(
                "Luis Ferreira",
                "2025-03-08T13:20:00",
                "Mar 8, 2025, 1:20 PM",
                "Fair point, adding it to the shopping list.",
                parent=3,
            ),
        ],
        related=["Episode 41: Sharpening chainsaw chains", "Episode 40: Two-stroke oil ratios"],
        recent=[
            ("Harriet", "Episode 41: Sharpening chainsaw chains"),
            ("Bo", "Episode 40: Two-stroke oil ratios"),
        ],
    ),
    Page(
        name="bluesky-script-de",
        batch="heldout-36",
        render="bluesky_script",
        lang="de",
        system="Ein Fotografie-Blog (Eleventy) dessen Kommentare die bluesky-comments-Komponente per Skript lädt (the post in article with h1, the date, the text and figures with captions; under it section#kommentare with h2 'Kommentare', the line '23 Antworten auf Bluesky' that the count script filled, the empty bsky-comments custom element with its post attribute and the module script (the replies render in its shadow root, which a saved page does not hold); a 'Diskussion auf Bluesky' link; 'Weitere Beiträge' with dates and a 'Zuletzt kommentiert' box with names and other posts). Expected: no comments",
        source="The open-source bluesky-comments web component as its README shows it (a bsky-comments element with a post attribute holding the at:// or bsky.app address, loaded as a module script), in a blog layout written from saved Eleventy blogs as widely known",
        site="Lichtfänger",
        title="Nebel am Rhein: vier Morgen mit der alten Mittelformatkamera",
        byline="Katrin Vogel",
        date="2025-03-07",
        date_shown="7. März 2025",
        article="""Im Februar bin ich an vier Morgen vor Sonnenaufgang an den Rhein gefahren, jedes Mal mit der alten Mittelformatkamera meines Vaters und zwei Rollen Film.

Nebel ist für Film dankbar und schwierig zugleich: Der Belichtungsmesser lässt sich leicht täuschen, und ich habe am ersten Morgen fast alles unterbelichtet.

Ab dem zweiten Morgen habe ich eine Blende mehr gegeben als gemessen. Die besten Bilder zeige ich hier, die übrigen kommen ins Album.""",
        comments=[],
        related=["Film selbst entwickeln in der Küche", "Die Kamera meines Vaters"],
        recent=[("Tobias", "Film selbst entwickeln in der Küche"), ("Ines", "Die Kamera meines Vaters")],
        announced=23,
    ),
    Page(
        name="plume-ru",
        batch="heldout-36",
        render="plume",
        lang="ru",
        system="A Russian amateur-astronomy blog on a Plume instance (the same engine as heldout-35/plume-es and plume-fr with Russian strings: the instance menu 'Поиск / Панель / Уведомления'; h1.article, the subtitle, div.article-info with the author card and the date '2 дня назад' with a title; article.e-content; the counters '15 нравится · 4 репоста'; div.comments with h2 'Комментарии' and the form 'Ваш комментарий' with 'Предупреждение о содержимом'; div.comment#comment-N with a.author (span.display-name and span.username '@имя@instance'), a.date, div.text, 'Ответить' / 'Удалить'; replies nested as div.comment inside div.comment; 'Другие статьи этого блога')",
        source="Plume's templates (Plume-org/Plume: templates/posts/details.rs.html, templates/partials/comment.rs.html with div.comment#comment-N, a.author, span.display-name, span.username, a.date, div.text and nested comments; its Russian translation), written from the public source as widely known; class names may differ by version",
        site="Тёмное небо",
        title="Как я собрал телескоп Добсона за выходные",
        byline="Артём Лисицын",
        date="2025-03-06",
        date_shown="2 дня назад",
        article="""Готовое зеркало диаметром сто пятьдесят миллиметров я купил у знакомого, а всё остальное сделал сам из фанеры и канализационной трубы. На всё ушло два выходных и около шести тысяч рублей.

Самое сложное было отцентровать вторичное зеркало. Без коллиматора я провозился целый вечер, пока картинка не стала резкой.

В первую же ясную ночь увидел кольца Сатурна и полосы на Юпитере. Для начинающих лучше способа войти в хобби я не знаю.""",
        comments=[
            C(
                "Ольга Пахомова",
                "2025-03-07T10:21:00",
                "1 день назад",
                "Здорово получилось! А монтировку вы тоже делали из фанеры или купили готовую?",
            ),
            C(
                "Артём Лисицын",
                "2025-03-07T11:00:00",
                "1 день назад",
                "Тоже из фанеры, по чертежам из старого журнала. Вместо подшипников тефлоновые накладки.",
                parent=0,
            ),
            C(
                "Денис Журавлёв",
                "2025-03-07T19:45:00",
                "15 часов назад",
                "Про коллимацию очень знакомо. Сделайте себе простой колпачок с дыркой из крышки от плёнки, сильно помогает.",
            ),
            C(
                "Артём Лисицын",
                "2025-03-07T20:10:00",
                "14 часов назад",
                "Спасибо, завтра же попробую.",
                parent=2,
            ),
            C(
                "Денис Журавлёв",
                "2025-03-07T20:32:00",
                "14 часов назад",
                "Только дырку делайте ровно по центру, иначе толку не будет.",
                parent=3,
            ),
        ],
        related=["Первая ночь под тёмным небом", "Какой бинокль взять для звёзд"],
        recent=[("Вика", "Первая ночь под тёмным небом")],
    ),
    Page(
        name="livefyre-json-es",
        batch="heldout-36",
        render="livefyre_json",
        lang="es",
        system="A Spanish news site's article whose Livefyre comments are held ONLY as the embed's bootstrap JSON in a <script> (window.LF_BOOTSTRAP = {headDocument: {content: [...], authors: {...}}}: each content entry with content.id, content.parentId ('' for a top-level comment), content.authorId, content.bodyHtml holding the text in <p>, content.createdAt as Unix seconds; authors keyed by id with displayName; the list in order of posting, replies pointing back by parentId), under the empty div#livefyre-comments; the page shows '5 comentarios' in the share bar but no comment markup; 'Lo más leído' with headlines and a 'Últimos comentarios' box with names and other articles)",
        source="Livefyre StreamHub's bootstrap data as embedded by news sites (the init / bootstrap JSON with headDocument.content entries of content and authors, as in Livefyre's public StreamHub documentation and saved pages) and the div#livefyre-comments container, written from the documentation and saved pages as widely known; keys may differ by version",
        site="Diario del Estrecho",
        title="El ferry a Tánger recupera la frecuencia de invierno",
        byline="Lucía Carmona",
        date="2025-03-08",
        date_shown="8 de marzo de 2025",
        article="""La naviera que cubre la línea entre Algeciras y Tánger recuperará desde el lunes las seis salidas diarias, tras dos semanas con solo cuatro por la revisión de uno de sus barcos.

La compañía asegura que el buque ha superado la inspección y que no habrá más cambios hasta la operación de verano. Los billetes ya comprados para las salidas suprimidas se devolvieron en su totalidad.

Las asociaciones de transportistas celebran la noticia, aunque piden que la próxima revisión se haga fuera de temporada.""",
        comments=[
            C(
                "Antonio R.",
                "2025-03-08T10:21:00",
                "",
                "Por fin. Estas dos semanas han sido un caos para los que cruzamos por trabajo.",
            ),
            C(
                "Carmen Vidal",
                "2025-03-08T10:55:00",
                "",
                "A mí me devolvieron el billete sin problema, eso hay que reconocerlo.",
                parent=0,
            ),
            C(
                "Rafa_Alg",
                "2025-03-08T11:30:00",
                "",
                "¿Alguien sabe si vuelve también la salida de las siete de la mañana?",
            ),
            C(
                "Antonio R.",
                "2025-03-08T11:48:00",
                "",
                "Sí, según la web vuelve desde el lunes con el horario de siempre.",
                parent=2,
            ),
            C(
                "Carmen Vidal",
                "2025-03-08T12:30:00",
                "",
                "Lo de hacer la revisión fuera de temporada debería ser obligatorio.",
            ),
        ],
        related=["Obras en el puerto: cortes de tráfico esta semana", "Récord de cruceros en febrero"],
        recent=[
            ("Paqui", "Obras en el puerto: cortes de tráfico esta semana"),
            ("Jorge M.", "Récord de cruceros en febrero"),
        ],
    ),
    Page(
        name="graphcomment-fr",
        batch="heldout-36",
        render="graphcomment",
        lang="fr",
        system="A French regional news article with its GraphComment thread rendered by the script and saved with the page (the article with the kicker, h1, the 'Par Name' byline, 'Publié le 08/03/2025 à 07h30', the chapô, the text and 'À lire aussi' links inside it; under it div#graphcomment holding the rendered thread: a header '5 commentaires' with 'Les plus récents / Les plus anciens / Les meilleurs'; a 'Rejoindre la discussion' box; a FLAT list of div.gc-comment blocks whose nesting is only a level class (gc-comment--level-1 / --level-2 / --level-3) and a margin; each with span.gc-avatar initials, a.gc-username, a badge 'Modérateur' on one, span.gc-date 'il y a 2 h' with the full time in a title, div.gc-message with the text, the vote count '▲ 4 ▼', 'Répondre' / 'Partager' / 'Signaler'; 'Afficher plus de commentaires'; 'Les plus lus' and 'Derniers commentaires' with names and other articles)",
        source="GraphComment's rendered thread (the div#graphcomment container, the __semio__params set-up script, the thread's comment blocks with avatar, user name, date, message, votes and actions, replies shown by indentation) written from saved pages as widely known; the class names here (gc-comment, gc-comment--level-N, gc-username, gc-date, gc-message) are chosen after such pages and may differ from any version",
        site="La Voix du Bocage",
        title="Le marché de Vire passe au mercredi soir cet été",
        byline="Claire Lemonnier",
        date="2025-03-08",
        date_shown="Publié le 08/03/2025 à 07h30",
        time="07:30",
        article="""À partir du mois de juin, le marché hebdomadaire de Vire se tiendra le mercredi de 16 heures à 21 heures au lieu du samedi matin. La municipalité veut attirer les actifs qui ne peuvent pas venir le week-end.

Une vingtaine de commerçants ont déjà donné leur accord. Les autres pourront garder un emplacement le samedi, sur la place du château, pendant la période d’essai.

Un bilan sera fait en septembre avec les commerçants et les habitants avant de décider pour l’an prochain.""",
        comments=[
            C(
                "Martine L.",
                "2025-03-08T09:21:00",
                "il y a 3 h",
                "Très bonne idée, le samedi matin je travaille et je n’ai jamais pu y aller.",
            ),
            C(
                "Hervé Gosselin",
                "2025-03-08T09:48:00",
                "il y a 3 h",
                "Pour les maraîchers c’est moins simple, il faut cueillir l’après-midi au lieu du matin.",
                parent=0,
            ),
            C(
                "Martine L.",
                "2025-03-08T10:15:00",
                "il y a 2 h",
                "C’est vrai, je n’avais pas pensé à eux. Espérons que la période d’essai le montre.",
                parent=1,
            ),
            C(
                "Sylvain Renaud",
                "2025-03-08T10:40:00",
                "il y a 2 h",
                "Et le stationnement le mercredi soir ? La place est pleine à la sortie des bureaux.",
            ),
            C(
                "Claire Lemonnier",
                "2025-03-08T11:05:00",
                "il y a 1 h",
                "La mairie prévoit d’ouvrir le parking de l’école les soirs de marché, nous le précisons dans l’article de lundi.",
                parent=3,
                extra="Modérateur",
            ),
        ],
        related=[
            "Travaux rue Saulnerie : la circulation alternée prolongée",
            "Le cinéma rouvre après six mois",
        ],
        recent=[("Jean-Yves", "Travaux rue Saulnerie : la circulation alternée prolongée")],
    ),
    Page(
        name="viafoura-zh",
        batch="heldout-36",
        render="viafoura",
        lang="zh",
        system="A Chinese-language community news site (for readers overseas) with its Viafoura conversation rendered and saved (the same widget as viafoura-en with Chinese labels: '4 条评论', the sort menu '最新 / 最早 / 最多赞', '登录后参与讨论'; div.vf-comment with span.vf-avatar initials, button.vf-comment__author-name, span.vf-comment__timestamp '2小时前' with the full time in a title, div.vf-content-expandable, '赞 3' / '回复' / '举报'; replies in div.vf-comment-replies; '加载更多评论'; '热门新闻' and '评论最多' rails with counts)",
        source="Viafoura's conversations widget as rendered in saved news pages (see viafoura-en), with its Chinese interface strings, written from saved pages as widely known; class names may differ by version",
        site="枫叶华人周报",
        title="社区中心开设免费英语口语班",
        byline="陈思远",
        date="2025-03-08",
        date_shown="2025年3月8日",
        article="""市东区社区中心从本月起开设免费英语口语班，每周二和周四晚上上课，主要面向新移民和年长居民。

课程由志愿者老师授课，每班不超过十二人，内容包括看病、购物和办理银行业务等日常场景。

报名可以直接到社区中心前台，也可以打电话预约。第一期名额已经满了一半。""",
        comments=[
            C(
                "王丽华",
                "2025-03-08T10:21:00",
                "2小时前",
                "太好了，我妈妈一直想学英语，这个时间也合适，明天就去帮她报名。",
            ),
            C(
                "Kevin Liu",
                "2025-03-08T10:50:00",
                "2小时前",
                "请问需要带身份证件吗？网上没有写清楚。",
                parent=0,
            ),
            C(
                "王丽华",
                "2025-03-08T11:05:00",
                "1小时前",
                "我打电话问过了，带一个有地址的证明就可以。",
                parent=1,
            ),
            C(
                "张建国",
                "2025-03-08T11:40:00",
                "1小时前",
                "希望以后周末也能开班，上班族晚上很难赶过去。",
            ),
        ],
        related=["图书馆新增中文图书专区", "春节联欢会圆满结束"],
        recent=[],
    ),
]
