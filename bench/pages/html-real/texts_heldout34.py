"""Text of held-out batch 34 (see page_texts.py). Written for slant on 8 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="commentbox-script-en",
        batch="heldout-34",
        render="commentbox_script",
        lang="en",
        system="A small bakery's blog whose comments Commentbox.io loads by script (the post in article.blog-post with h1, the date and the author, the text and a recipe card 'Ingredients' / 'Method'; the comment count link '7 Comments' in the post meta, filled by the count script; the empty div.commentbox container with its id and the embed script that renders the comments into an iframe a saved page does not hold; a noscript note 'Please enable JavaScript to view the comments'; a 'Popular posts' sidebar with excerpts and a 'What readers say' box of testimonials with names; the newsletter form 'Your email' / 'Subscribe'). Expected: no comments",
        source="Commentbox.io's embed (a div with the class commentbox and the script commentbox.js calling commentBox('project-id'), the count element) as given in its installation guide, in a bakery blog layout written from saved small-business sites as widely known",
        site="Crumb & Crust",
        title="A rye loaf that does not need a starter",
        byline="Nell Harper",
        date="2025-05-06",
        date_shown="May 6, 2025",
        article="""Most rye recipes start with a sourdough culture that takes a week to build. This one uses a spoon of yeast and an overnight rest, and it still has the deep, sour taste people expect.

The secret is time, not the culture. Mixing the rye flour with warm water the night before lets the flour's own enzymes do much of the work.

Bake it in a tin, let it cool completely, and do not cut it until the next day. Rye is sticky inside until it has rested.""",
        comments=[],
        related=["Why our croissants take three days", "The cheapest bread tin that works"],
        recent=[
            ("Joan M.", "The best rye in town, and the staff are lovely."),
            ("Pete", "Worth the queue on a Saturday morning."),
        ],
        announced=7,
    ),
    Page(
        name="remarkbox-en",
        batch="heldout-34",
        render="remarkbox",
        lang="en",
        system="A software consultant's blog (Hugo) with Remarkbox comments rendered into the page and saved (the post in main with h1, the date and tags; the comments in div#remarkbox-div with the heading 'Remarks', the form 'Markdown supported' with 'Your email' and 'Post'; every remark a div.node with an id 'node-<uuid>'; div.node-header with span.node-author (the display name), a span with the relative time 'a month ago' and a title holding the full date, the point count '3 points', links 'permalink', 'reply', 'edit', 'hide'; div.node-body with the text; replies nested in div.node-children with an indent; a 'Verify your email to reply' note; the footer 'Comments powered by Remarkbox')",
        source="Remarkbox's threaded comments (remarkbox.com embed rendered into an iframe and, for this saved copy, into the page: div.node, div.node-header with the author, age and points, the permalink / reply / edit links, div.node-body, nested children), written from its public pages and saved blogs as widely known; class names may differ by version",
        site="Quiet Deploys",
        title="Feature flags are a debt you pay every day",
        byline="Arjun Mehta",
        date="2025-05-05",
        date_shown="May 5, 2025",
        article="""Every feature flag starts as a safety net and ends as a branch in the code that nobody dares to remove. On my last project we had two hundred of them, and forty were older than a year.

Each one doubles the number of paths a test has to cover, at least in theory. In practice nobody tests both sides, so the old side quietly rots.

Now I give every flag an owner and an expiry date when it is created, and the build fails when a flag outlives its date.""",
        comments=[
            C(
                "mkoenig",
                "2025-05-05T10:21:00",
                "a month ago",
                "Failing the build on an expired flag sounds harsh, but it is the only thing I have seen actually work.",
            ),
            C(
                "Arjun Mehta",
                "2025-05-05T11:40:00",
                "a month ago",
                "It is harsh the first week. After that people set realistic dates, which was the point.",
                parent=0,
            ),
            C(
                "dana_ops",
                "2025-05-05T13:02:00",
                "a month ago",
                "What about flags that are meant to stay, like a kill switch for a payment provider?",
            ),
            C(
                "Arjun Mehta",
                "2025-05-05T14:15:00",
                "a month ago",
                "Those are configuration, not flags. We move them to a separate file with no expiry.",
                parent=2,
            ),
            C(
                "dana_ops",
                "2025-05-05T15:30:00",
                "a month ago",
                "That distinction alone would have saved us a few arguments in code review.",
                parent=3,
            ),
        ],
        related=["Staging is lying to you", "Small pull requests, measured"],
        recent=[],
    ),
    Page(
        name="goodreads-review-en",
        batch="heldout-34",
        render="goodreads_review",
        lang="en",
        system="A book review page on Goodreads with its comments (the review = article: the book cover, the title and 'by Author', 'Name's review', the star rating 'it was amazing', 'Read in April 2025', the review text in section.ReviewText, '38 likes · Like · Comment'; the comments = comments: 'Comments Showing 1-5 of 5 (5 new)' and div.comment items with ids 'comment_N'; each with the avatar, the name link, the date link 'May 6, 2025 10:21AM', the text in div.commentBody; flat, replies open with the addressed name 'Name, ...' or '@Name'; 'delete' / 'flag' links; 'Post a comment »' with 'Sign in to comment'; the sidebar 'Other reviews' with stars and snippets and 'More by this author')",
        source="Goodreads review pages as saved (the book header, the reviewer's rating and shelves, the review text, the like line, the comment list with div.comment, the avatar, the name link, the date link, div.commentBody, the flag links, the comment form), written from saved pages as widely known; class names may differ by version",
        site="Goodreads",
        title="The Salt Road by Imogen Hale",
        byline="Rosalind Kerr",
        date="2025-05-04",
        date_shown="May 4, 2025",
        article="""I expected a slow family saga and got a thriller about a salt merchant who cannot read the contracts she signs. The first hundred pages are the best opening I have read this year.

Hale is good at small dishonesties: a scale that reads a little heavy, a letter left unopened for a day too long. None of the villains are grand, which makes them worse.

The last third is rushed and the ending ties up too much, but I stayed up until two to finish it.""",
        comments=[
            C(
                "Callum",
                "2025-05-06T10:21:00",
                "May 6, 2025 10:21AM",
                "The scale scene made me so angry I had to put the book down for a minute.",
            ),
            C(
                "Rosalind Kerr",
                "2025-05-06T11:05:00",
                "May 6, 2025 11:05AM",
                "Callum, same here. It is such a small thing and it ruins her whole year.",
                parent=0,
            ),
            C(
                "Yusra B.",
                "2025-05-06T13:47:00",
                "May 6, 2025 01:47PM",
                "Do you think the rushed ending is the publisher's fault? Her first book had the same problem.",
            ),
            C(
                "Rosalind Kerr",
                "2025-05-06T14:20:00",
                "May 6, 2025 02:20PM",
                "@Yusra B. I wondered that too. It reads like fifty pages were cut to hit a page count.",
                parent=2,
            ),
            C(
                "Martin Obi",
                "2025-05-06T18:02:00",
                "May 6, 2025 06:02PM",
                "Added it to my list. Your reviews have not steered me wrong yet.",
            ),
        ],
        related=["The Tin Harbour", "Letters from the Lower Town"],
        recent=[("Joy", "The Tin Harbour"), ("Sam Quill", "Letters from the Lower Town")],
    ),
    Page(
        name="tagesspiegel-json-de",
        batch="heldout-34",
        render="de_news_json",
        lang="de",
        system="Eine Berliner Tageszeitung im Stil des Tagesspiegels, deren Leserkommentare NUR im eingebetteten Zustand einer Nuxt-App stehen (the article in the server-rendered HTML with the Dachzeile, h1, the Teaser, 'Von Name' and '06.05.2025, 09:40 Uhr', the text with a 'Lesen Sie auch' box; the comment block with h2 'Leserkommentare', the count '5 Kommentare', an empty list and the button 'Kommentare anzeigen', 'Zum Kommentieren bitte anmelden'; the comments with ids, names, dates, texts, parent ids and 'Empfehlungen' only in window.__NUXT__ as a JSON state inside a script; the sidebar 'Meistgelesen' and 'Meistkommentiert' with titles and counts)",
        source="German dailies built as Nuxt apps as saved, in the style of the Tagesspiegel (the server-rendered article, the client-side comment list whose data is serialised into window.__NUXT__ with the article and comments, each with id, parentId, author, createdAt, body and recommendations), keys and class names chosen after such pages; no one site's markup is copied",
        site="Berliner Abendblatt",
        title="Neue Radspur auf der Kantstraße wird im Juni fertig",
        byline="Jonas Weidner",
        date="2025-05-06",
        date_shown="06.05.2025, 09:40 Uhr",
        time="09:40",
        article="""Die geschützte Radspur auf der Kantstraße soll Anfang Juni fertig sein, drei Monate später als geplant. Der Bezirk begründet die Verzögerung mit Leitungsarbeiten unter der Fahrbahn.

Auf gut zwei Kilometern trennen dann Poller und ein Bordstein die Radspur von den Autos. Lieferzonen werden in die Seitenstraßen verlegt.

Händler befürchten, dass Kunden ohne Parkplatz vor der Tür wegbleiben. Der Bezirk will die Umsätze nach einem Jahr gemeinsam mit ihnen auswerten.""",
        comments=[
            C(
                "Radlerin_Charlottenburg",
                "2025-05-06T10:21:00",
                "06.05.2025, 10:21 Uhr",
                "Drei Monate Verspätung sind ärgerlich, aber lieber ordentlich als wieder nur weiße Farbe auf dem Asphalt.",
            ),
            C(
                "K. Lindner",
                "2025-05-06T10:50:00",
                "06.05.2025, 10:50 Uhr",
                "Weiße Farbe hat wenigstens nichts gekostet. Wer bezahlt die Poller?",
                parent=0,
            ),
            C(
                "Radlerin_Charlottenburg",
                "2025-05-06T11:12:00",
                "06.05.2025, 11:12 Uhr",
                "Zum größten Teil der Bund, das stand in der letzten Meldung des Bezirks.",
                parent=1,
            ),
            C(
                "Friedrich W.",
                "2025-05-06T13:30:00",
                "06.05.2025, 13:30 Uhr",
                "Die Händler sollten sich die Zahlen aus anderen Städten ansehen. Radfahrer kaufen öfter ein, nur weniger auf einmal.",
            ),
        ],
        related=["Wie teuer wird das Deutschlandticket?", "Zehn neue Schulen bis 2030"],
        recent=[],
    ),
    Page(
        name="yaplakal-forum-ru",
        batch="heldout-34",
        render="ru_fun_forum",
        lang="ru",
        system="A Russian entertainment forum thread in the style of ЯПлакалъ (IP.Board 1.x-like engine; forum: the first post = article, the replies = comments; the forum header, the breadcrumb 'ЯП > Авто и мото', the topic title with the rating '+214', 'Опции темы'; each post a table.tablepad with an id 'p_rowN'; the top row with the name in span.normalname, 'Отправлено: Сегодня, 10:21' and the post number '#3'; the left cell with the avatar, 'Группа: Пользователи', 'Сообщений: 3412', 'Рейтинг: 1205'; the text in div.postcolor; replies quoting another post in a div.quote with the header 'Цитата (Name @ Сегодня, 09:58)' and the answer below; the vote arrows with a rating '+12'; 'Ответить' / 'Цитата' buttons; the quick reply box 'Быстрый ответ'; 'Похожие темы' and an ad block 'Реклама')",
        source="IP.Board 1.x-era Russian forums as saved, in the style of ЯПлакалъ (the post tables with ids, the name and post date row, the profile cell with group and counts, div.postcolor, the quote block with 'Цитата (… @ …)', the rating arrows, the quick reply), written from saved pages as widely known; class names may differ",
        site="Форум Весёлый гараж",
        title="Тесть купил старую «Ниву» и теперь живёт в гараже",
        byline="Гаражник_77",
        date="2025-05-06",
        date_shown="Сегодня, 09:40",
        time="09:40",
        article="""Тесть на пенсии купил «Ниву» девяносто восьмого года за восемьдесят тысяч. С тех пор дома его видят только за ужином.

За месяц он поменял сцепление, половину подвески и зачем-то перекрасил диски в красный. Тёща говорит, что так спокойно она не жила последние десять лет.

Вопрос к знатокам: сколько ещё денег он туда вложит, пока машина поедет как надо?""",
        comments=[
            C(
                "Шнивоед",
                "2025-05-06T09:58:00",
                "Сегодня, 09:58",
                "Нива никогда не поедет как надо, в этом её смысл. Передайте тестю уважение.",
                extra="Пользователи",
            ),
            C(
                "Гаражник_77",
                "2025-05-06T10:21:00",
                "Сегодня, 10:21",
                "Передам. Он как раз сказал, что машина для души, а не для езды.",
                parent=0,
                extra="Пользователи",
                extra2="Нива никогда не поедет как надо, в этом её смысл.",
            ),
            C(
                "Ирина_Тольятти",
                "2025-05-06T11:34:00",
                "Сегодня, 11:34",
                "Мой отец так же начинал. Через год у него было две Нивы, вторая на запчасти.",
                extra="Модераторы",
            ),
            C(
                "Шнивоед",
                "2025-05-06T12:10:00",
                "Сегодня, 12:10",
                "Вторая на запчасти это классика. Потом появляется третья, потому что вторая слишком хорошая.",
                parent=2,
                extra="Пользователи",
                extra2="Через год у него было две Нивы, вторая на запчасти.",
            ),
        ],
        related=["Нива против УАЗа: спор на сто страниц", "Что возить в багажнике зимой"],
        recent=[
            ("Дед_Мазай", "Нива против УАЗа: спор на сто страниц"),
            ("Колёсник", "Что возить в багажнике зимой"),
        ],
    ),
    Page(
        name="clarin-style-es",
        batch="heldout-34",
        render="ar_daily",
        lang="es",
        system="An Argentine daily's own comments in the style of Clarín (the article with the volanta, h1, the bajada, 'Por Name' and the date '06/05/2025 09:40', 'Actualizado al 06/05/2025 12:00', the text with a 'Mirá también' link box; the comments under h3 'Comentarios' with the line 'Los comentarios publicados son de exclusiva responsabilidad de sus autores'; 'Ingresá para comentar' and the sort 'Más nuevos / Más votados'; every comment a div.comment-item with data-comment-id; the nick in a.comment-user, the relative time 'hace 2 h' in span.comment-date with a title holding the full date, the text in p.comment-text; 'Responder' and the thumbs '👍 14 👎 2'; replies in div.comment-responses under the comment, a reply to a reply marked '@Nick' typed first; 'Ver más respuestas' and 'Ver más comentarios'; 'Lo más leído' and a 'Newsletter Clarín' box)",
        source="Argentine dailies' own comment modules as saved, in the style of Clarín (a count heading with the responsibility note, a sign-in prompt and sort, comment items with nick, relative time, text, reply and thumb votes, replies grouped under a comment with '@' for deeper ones, load-more links), class names chosen after such pages; no one site's markup is copied",
        site="Diario del Plata",
        title="El subte sumará trenes nuevos en la línea B antes del invierno",
        byline="Martina Sosa",
        date="2025-05-06",
        date_shown="06/05/2025 09:40",
        time="09:40",
        article="""La línea B del subte sumará seis trenes nuevos antes de julio, según anunció ayer la empresa que opera la red. Las formaciones llegaron al puerto en marzo y están en período de prueba.

Con ellos, la frecuencia en hora pico bajaría de cuatro minutos a tres. Los trenes tienen aire acondicionado y espacio para sillas de ruedas en cada coche.

Los gremios piden que la incorporación venga acompañada de más personal en las estaciones más concurridas.""",
        comments=[
            C(
                "porteño_de_ley",
                "2025-05-06T10:21:00",
                "hace 2 h",
                "Ojalá sea verdad. La B en hora pico es una lata de sardinas, sobre todo en verano.",
            ),
            C(
                "Valeria_M",
                "2025-05-06T10:44:00",
                "hace 2 h",
                "Lo mismo dijeron el año pasado con la línea A y tardaron ocho meses.",
                parent=0,
            ),
            C(
                "porteño_de_ley",
                "2025-05-06T11:02:00",
                "hace 1 h",
                "@Valeria_M cierto, pero esta vez los trenes ya están acá, los vi en el taller.",
                parent=1,
            ),
            C(
                "Gustavo Ríos",
                "2025-05-06T11:40:00",
                "hace 1 h",
                "Más personal en las estaciones es clave. De noche varias no tienen a nadie en la boletería.",
            ),
        ],
        related=["Cómo queda la tarifa del colectivo en junio", "Cortes en la Panamericana por obras"],
        recent=[],
    ),
    Page(
        name="liberation-style-fr",
        batch="heldout-34",
        render="fr_daily_flat",
        lang="fr",
        system="A French national daily's own reader comments in the style of Libération (the article with the rubric, h1, the chapô, 'par Name' and 'publié le 6 mai 2025 à 9h40', the text with a 'A lire aussi' link, 'Réservé aux abonnés' on the related boxes; the comments in section.comments with h2 'Commentaires' and the count '5 commentaires', the note 'Les commentaires sont réservés aux abonnés', 'Trier par : plus récents / plus anciens'; every comment an article.comment with an id; the pseudo in strong.comment-author with an 'Abonné' label, the date 'le 06/05/2025 à 10:21' in time; the text in div.comment-body; a flat list whose answers open with '@pseudo' typed first; 'Répondre', 'Signaler', a like count; 'Afficher plus de commentaires'; 'Les plus lus' and a newsletter box)",
        source="French national dailies' own comment modules as saved, in the style of Libération (a subscriber-only comment section with a count, a sort control, flat comment articles with pseudo, subscriber label, date, text, reply and report links, '@pseudo' answers, a load-more button), class names chosen after such pages; no one site's markup is copied",
        site="Le Quotidien du Matin",
        title="A Lyon, les bibliothèques prêtent désormais des outils",
        byline="Camille Aubert",
        date="2025-05-06",
        date_shown="publié le 6 mai 2025 à 9h40",
        time="09:40",
        article="""Depuis lundi, trois bibliothèques lyonnaises prêtent des perceuses, des scies et des ponceuses, comme elles prêtent des livres. Il suffit d'une carte d'abonné et d'une caution de vingt euros.

L'idée vient d'usagers qui trouvaient absurde d'acheter un outil pour s'en servir deux fois par an. Les premiers jours, la moitié des outils sont partis en quelques heures.

La ville veut étendre le service à toutes les médiathèques si le taux de casse reste faible d'ici l'automne.""",
        comments=[
            C(
                "Hérisson",
                "2025-05-06T10:21:00",
                "le 06/05/2025 à 10:21",
                "Excellente idée. Ma perceuse a servi trois fois en dix ans, je l'aurais volontiers empruntée.",
                extra="Abonné",
            ),
            C(
                "Jean-Luc B.",
                "2025-05-06T10:59:00",
                "le 06/05/2025 à 10:59",
                "Vingt euros de caution, c'est peu pour une ponceuse. Je crains la casse.",
            ),
            C(
                "Hérisson",
                "2025-05-06T11:26:00",
                "le 06/05/2025 à 11:26",
                "@Jean-Luc B. à Grenoble ils font ça depuis deux ans et la casse est minime, d'après leur bilan.",
                parent=1,
                extra="Abonné",
            ),
            C(
                "Sophie Marchal",
                "2025-05-06T12:40:00",
                "le 06/05/2025 à 12:40",
                "Il faudrait aussi des ateliers pour apprendre à s'en servir, sinon on rend l'outil sans avoir osé l'utiliser.",
                extra="Abonné",
            ),
            C(
                "Jean-Luc B.",
                "2025-05-06T13:05:00",
                "le 06/05/2025 à 13:05",
                "@Hérisson bon à savoir, merci. Je retire ma crainte alors.",
                parent=2,
            ),
        ],
        related=[
            "Les jardins partagés manquent de bénévoles",
            "Réparer plutôt que jeter, le pari des Repair Cafés",
        ],
        recent=[],
    ),
    Page(
        name="smzdm-zh",
        batch="heldout-34",
        render="smzdm",
        lang="zh",
        system="A Chinese shopping-community article in the style of 什么值得买 (smzdm) 原创 (the article with the '原创' label, h1, the author with the level badge 'Lv.7', '2025-05-06 09:40', '值 128 / 不值 6', '收藏 56', the text with product cards '参考价格：¥89'; the comments in div#comments with '评论 (5)', the tabs '最新 / 最热', the box '说点什么吧' with '发表'; every comment an li.comment_list with a floor '1楼' and data-id; the name in span.comment_name with the level 'Lv.4', span.time '2小时前' with a title holding the full time; replies quote their parent in a blockquote.comment_quote '引用 Name 的评论：…' above the text (flat list); '回复' / '举报' and '赞 (12)'; the sidebar '相关文章' and '热门评论' with names and snippets)",
        source="什么值得买 (smzdm.com)-style original-article pages as saved (the article header with author level and 值 / 不值 votes, product cards, the comment list with floors, names with levels, relative times, the quoted parent '引用 … 的评论：', reply / report / like actions), written from saved pages as widely known; class names chosen after such pages",
        site="值友社区",
        title="百元以内的手冲咖啡入门装备，我用了半年的真实感受",
        byline="豆子先生",
        date="2025-05-06",
        date_shown="2025-05-06 09:40",
        time="09:40",
        article="""去年冬天开始在家做手冲咖啡，预算只有一百元。半年下来，有的东西天天在用，有的已经放进了柜子。

最值的是一个三十块的手冲壶，细嘴出水稳定，比我想象的好用。最不值的是电子秤，精度不够，后来还是换了一个。

如果只能买一样东西，我会先买一个好一点的磨豆机，其他的都可以慢慢来。""",
        comments=[
            C(
                "拿铁少糖",
                "2025-05-06T10:21:00",
                "2小时前",
                "同意先买磨豆机，豆子现磨和买粉的差别太大了。",
                extra="Lv.4",
            ),
            C(
                "豆子先生",
                "2025-05-06T10:48:00",
                "2小时前",
                "是的，我一开始买的咖啡粉，喝了一个月才发现问题在这里。",
                parent=0,
                extra="Lv.7",
                extra2="同意先买磨豆机，豆子现磨和买粉的差别太大了。",
            ),
            C(
                "早八人",
                "2025-05-06T11:15:00",
                "1小时前",
                "电子秤换了哪一款？我也觉得现在这个不太准。",
                extra="Lv.2",
            ),
            C(
                "豆子先生",
                "2025-05-06T11:40:00",
                "1小时前",
                "换了一个带计时的，五十多块，精度到零点一克，够用了。",
                parent=2,
                extra="Lv.7",
                extra2="电子秤换了哪一款？我也觉得现在这个不太准。",
            ),
        ],
        related=["租房党的厨房小家电清单", "三款挂耳咖啡横评"],
        recent=[("阿杰", "租房党的厨房小家电清单"), ("小林同学", "三款挂耳咖啡横评")],
    ),
]
