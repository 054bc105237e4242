"""Text of held-out batch 25 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="textpattern-en",
        batch="heldout-25",
        render="textpattern",
        lang="en",
        system="A Textpattern blog (the article in div.article with a byline and time; comments in div#comments with h2 'Comments'; an ol.comments of li items carrying only an id 'c000317' (the comment number, zero-padded) and, on the author's comments, the class comments-author; the text first, then the footnote line '— Name · 3 March 2025, 10:21 · #' AFTER it, in p.footnote; no threads: replies marked only by '@Name' the commenter types; the form 'Name' / 'Email' / 'Website' / 'Message' with 'Preview' and 'Submit'; a 'Recent articles' list)",
        source="Textpattern's comment tags and default comments form as documented (txp:comments with its ol and li#cNNNNNN, txp:comment_message, txp:comment_name, txp:comment_time, txp:comment_permlink in p.footnote; txp:comments_form with 'Name', 'Email', 'Website', 'Message', 'Preview' / 'Submit'), checked against the project's tag documentation found by code search; the page layout written from the default theme as widely known",
        site="Wren & Ledger",
        title="Rebinding a paperback that fell apart",
        byline="Oona Falkirk",
        date="2025-03-03",
        date_shown="3 March 2025",
        article="""A cheap paperback of my favourite novel finally split into four pieces last month, so I rebound it as a small hardback.

I cut off the old glued spine, punched holes through the whole block and sewed it with linen thread in a simple stab binding.

The boards are grey bookcloth over card. It opens flatter than it ever did and should outlast me.""",
        comments=[
            C(
                "Petroc",
                "2025-03-03T10:21:00",
                "3 March 2025, 10:21",
                "Stab binding is a clever choice for a paperback. Did the margins leave enough room for the holes?",
            ),
            C(
                "Oona Falkirk",
                "2025-03-03T11:50:00",
                "3 March 2025, 11:50",
                "@Petroc Only just. The inner margin was about a centimetre, so I kept the holes five millimetres from the spine.",
                parent=0,
            ),
            C(
                "Lise Hartigan",
                "2025-03-03T15:07:00",
                "3 March 2025, 15:07",
                "Lovely result. I have a shelf of crumbling Penguins that deserve the same treatment.",
            ),
            C(
                "Dov Kessler",
                "2025-03-04T09:44:00",
                "4 March 2025, 09:44",
                "@Lise Hartigan Try a sewing frame before you start on a whole shelf. It saves a lot of wobbly stitches.",
                parent=2,
            ),
        ],
        related=["Marbling paper with shaving foam", "A box for loose letters"],
    ),
    Page(
        name="thrive-ignition-en",
        batch="heldout-25",
        render="thrive",
        lang="en",
        system="A WordPress blog on a Thrive Themes theme (Ignition: article#comments with a 'Click Here to Leave a Comment Below' bar and 'X Comments'; the list in div#thrive_container_list_comments, named by id; every comment a div.cmb with an id 'comment-N' and no comment class: div.cmc with the avatar in div.left and div.ccr.right > div.awr holding span.left.nam with the name (a link or span.uNM), ' - ' and the date in span.uDt 'March 3, 2025' (day only), the text, and a 'Reply' link; after each comment a hidden reply form 'Leave a reply:' with 'Name*' / 'Email*' / 'Website' / 'Comment' and 'POST COMMENT'; replies in ul.children with stray closing li tags (the theme prints divs where WordPress expects li); 'Leave a Comment:' form at the end)",
        source="Thrive Themes' legacy theme functions (thrive_comments callback in functions / theme-functions.php of Ignition and related Thrive themes: div.cmb#comment-N, div.cmc, div.left avatar, div.ccr.right, div.awr, span.left.nam, span.uNM, span.uDt, a.rpl.reply.right 'Reply', div.lrp#respond-container-N with 'Leave a reply:' and the 'Name*' / 'Email*' / 'Website' / 'Comment' / 'POST COMMENT' form; comments.php with article#comments, div.ctb 'Click Here to Leave a Comment Below', div#thrive_container_list_comments) checked against copies of those themes in public repositories found by code search",
        site="The Lean Kitchen Garden",
        title="Five vegetables that grow in a shady yard",
        byline="Marcus Penhallow",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""If your yard gets only three or four hours of sun a day, you can still grow a surprising amount of food.

Leafy crops do best: lettuce, chard and kale all tolerate shade and bolt more slowly than in full sun. Peas and radishes manage too.

Skip tomatoes, peppers and squash. They need at least six hours of direct light to ripen anything worth eating.""",
        comments=[
            C(
                "Janelle Okafor",
                "",
                "March 3, 2025",
                "This is so helpful. Our garden is surrounded by tall fences and I had given up on vegetables.",
            ),
            C(
                "Marcus Penhallow",
                "",
                "March 3, 2025",
                "Don't give up! Start with chard, it forgives almost everything.",
                parent=0,
            ),
            C(
                "Ray Castellano",
                "",
                "March 4, 2025",
                "Would mint count? It took over the shady corner of my yard in one summer.",
            ),
            C(
                "Janelle Okafor",
                "",
                "March 4, 2025",
                "Mint will grow anywhere, but keep it in a pot or it will take over the whole bed.",
                parent=2,
            ),
        ],
        related=["Raised beds on a budget", "Composting in a small space"],
    ),
    Page(
        name="b2evolution-en",
        batch="heldout-25",
        render="b2evolution",
        lang="en",
        system="A b2evolution blog in its basic skin (the post in div.bPost with 'Posted by … on 03/03/25'; the feedback section 'Comments:' with each comment an anchor a#c123 followed by div.bComment: an h5 'Comment from: Name' (a guest's name followed by the site link ' · https://…'), then a blockquote with the date and time 'small 03/03/25 @ 10:21', the text in a div and a 'Reply to this comment' link; a trackback 'Trackback from: …' in the same list; no nesting: replies marked only by '@Name' the commenter types; the form 'Name' / 'Email' / 'Website' / 'Comment text' and 'Send comment')",
        source="b2evolution skins/basic/_item_comment.inc.php (the anchor, div.bComment, h5 'Comment from:' / 'Trackback from:' / 'Pingback from:' with author_url ' · ', the blockquote with small date @ time, the content div and the reply link) checked against the project's public source found by code search; the post layout (div.bPost, div.bSmallHead, div.bText) written from the basic skin as widely known",
        site="Lowland Birding Notes",
        title="A winter count of the reed beds at Marsh End",
        byline="Gideon Ashworth",
        date="2025-03-03",
        date_shown="03/03/25",
        article="""Six of us walked the reed beds at Marsh End on Saturday for the winter bird count, starting at first light in a hard frost.

We recorded forty-one species, including two bitterns flushed from the north pool and a hen harrier quartering the far field.

Bearded tits were everywhere once the sun came up, pinging from the reed tops in small noisy flocks.""",
        comments=[
            C(
                "Harriet Coyle",
                "2025-03-03T10:21:00",
                "03/03/25 @ 10:21",
                "Two bitterns in one morning! We have not had a single sighting there since November.",
            ),
            C(
                "Gideon Ashworth",
                "2025-03-03T12:02:00",
                "03/03/25 @ 12:02",
                "@Harriet Coyle They were in the reeds by the sluice, the same spot as last winter. Worth an early visit.",
                parent=0,
            ),
            C(
                "Tomasz Rybak",
                "2025-03-03T16:35:00",
                "03/03/25 @ 16:35",
                "Was the harrier a ringtail? A ringtail has been reported over the levels all week.",
            ),
            C(
                "Gideon Ashworth",
                "2025-03-03T18:10:00",
                "03/03/25 @ 18:10",
                "@Tomasz Rybak Yes, a ringtail, probably the same bird. It hunted the field for twenty minutes.",
                parent=2,
            ),
            C(
                "Aoife Brennan",
                "2025-03-04T08:12:00",
                "03/04/25 @ 08:12",
                "Great count. I will bring the scope next time, the far field is too distant for binoculars.",
            ),
        ],
        related=["Spring migration dates at a glance", "How to tell a marsh tit from a willow tit"],
    ),
    Page(
        name="wpforo-forum-de",
        batch="heldout-25",
        render="wpforo",
        lang="de",
        system="A German wpForo forum topic on a WordPress site, classic theme, extended layout (forum: the first post = article, later posts = comments; div.wpfl-1 with div.wpforo-post-head; every post a div.post-wrap with an id 'post-N' holding div.wpforo-post: div.wpf-left with the avatar, div.author-name, the member title 'Moderator' / 'Aktives Mitglied' in div.author-title, 'Beigetreten: 12/05/2021', 'Beiträge: 312'; div.wpf-right with the date '03/03/2025 10:21 am' in div.wpforo-post-content-top, the text in div.wpforo-post-content; a reply quoting an earlier post in a blockquote headed 'Zitat von Name am 3. März 2025, 9:12 Uhr'; signatures in div.wpforo-post-signature; a likers line 'Sabine gefällt das'; the buttons 'Antworten', 'Zitat', 'Gefällt mir', 'Melden')",
        source="wpForo classic theme layouts/1/post.php (div.wpfl-1, div.wpforo-post-head, div.post-wrap#post-N, div.wpforo-post, div.wpf-left, div.author-avatar, div.author-data, div.author-name, div.author-title, div.author-joined 'Joined', div.author-posts 'Posts', div.wpforo-membertoggle, div.wpf-right, div.wpforo-post-content-top with wpforo_date('d/m/Y g:i a'), div.wpforo-post-content, div.wpforo-post-signature, div.bottom with the likers and buttons) checked against copies of the plugin in public repositories found by code search; the German phrases and the quote block written from German wpForo sites as widely known",
        site="Aquaristik-Treff Nordbaden",
        title="Neues 200-Liter-Becken: Einfahrphase dauert ewig",
        byline="Korallenfisch_KA",
        date="2025-03-03",
        date_shown="03/03/2025 9:12 am",
        time="09:12",
        article="""Hallo zusammen, mein neues 200-Liter-Becken läuft seit drei Wochen, aber der Nitritwert ist immer noch bei 0,5 mg/l.

Ich habe Filtermaterial aus meinem alten Becken übernommen und füttere die Bakterien mit etwas Fischfutter an.

Muss ich einfach weiter warten, oder mache ich etwas falsch?""",
        comments=[
            C(
                "Aqua-Uwe",
                "2025-03-03T10:21:00",
                "03/03/2025 10:21 am",
                "Drei Wochen sind noch nicht lang. Miss ruhig weiter jeden zweiten Tag, bei mir hat es fast fünf Wochen gedauert.",
            ),
            C(
                "Sabine_Guppy",
                "2025-03-03T11:05:00",
                "03/03/2025 11:05 am",
                "Wie warm ist das Wasser? Unter 24 Grad arbeiten die Bakterien deutlich langsamer.",
            ),
            C(
                "Korallenfisch_KA",
                "2025-03-03T12:40:00",
                "03/03/2025 12:40 pm",
                "Das Wasser hat 22 Grad. Dann drehe ich den Heizstab mal auf 25 hoch.",
                parent=1,
            ),
            C(
                "Moderator_Jens",
                "2025-03-03T18:15:00",
                "03/03/2025 6:15 pm",
                "Bitte keine Fische einsetzen, solange Nitrit messbar ist. Und Futter nur in kleinen Mengen, sonst steigt das Ammonium.",
                extra="Moderator",
            ),
        ],
        related=["Welche Pflanzen für Anfänger?", "CO2-Anlage selbst bauen"],
    ),
    Page(
        name="livestreet-ru",
        batch="heldout-25",
        render="livestreet",
        lang="ru",
        system="A Russian community blog on LiveStreet CMS (the topic in article.topic with header h1.topic-title, the blog name and a vote block; comments in div#comments.comments with header h3 '5 комментариев' and a subscribe checkbox; every comment a div.comment-wrapper with an id 'comment_wrapper_id_N' holding section.comment with an id 'comment_id_N': the avatar, ul.comment-info with li.comment-author a, li.comment-date with time[datetime] '3 марта 2025, 10:21' as a link, a '↑' parent link (li.goto-comment-parent) on replies, a vote counter '+3'; div.comment-content div.text; ul.comment-actions 'Ответить'; replies nested in the parent's comment-wrapper; the 'Написать комментарий' link; a 'Прямой эфир' sidebar block listing comments on other topics)",
        source="LiveStreet CMS templates comment_tree.tpl and comment.tpl (div#comments.comments, header with h3 and comment_subscribe, div.comment-wrapper#comment_wrapper_id_N nested by level, section.comment#comment_id_N, ul.comment-info, li.comment-author, li.comment-date time, li.goto-comment-parent, li.vote with span.vote-count, div.comment-content div.text, ul.comment-actions with a.reply-link 'Ответить'; the stream block 'Прямой эфир') checked against templates and scripts in public repositories found by code search; the topic layout written from LiveStreet sites as widely known",
        site="Кухня на даче",
        title="Квашеная капуста в банке: мой способ без гнёта",
        byline="tanya_ogorod",
        date="2025-03-03",
        date_shown="3 марта 2025, 08:30",
        time="08:30",
        article="""Каждую осень квашу капусту в трёхлитровых банках, и за десять лет способ стал совсем простым.

Капусту шинкую, перетираю с солью — двадцать граммов на килограмм — и плотно утрамбовываю в банку, пока не выступит сок.

Три дня банка стоит в тепле, я прокалываю капусту деревянной палочкой, чтобы выходил газ. Потом убираю в холодильник.""",
        comments=[
            C(
                "dachnik_sergey",
                "2025-03-03T10:21:00",
                "3 марта 2025, 10:21",
                "Прокалывать обязательно, иначе горчит. Я ещё морковку добавляю, для цвета.",
            ),
            C(
                "tanya_ogorod",
                "2025-03-03T11:02:00",
                "3 марта 2025, 11:02",
                "Морковку тоже кладу, но немного, одну на банку. Иначе капуста получается сладкой.",
                parent=0,
            ),
            C(
                "Любовь Ивановна",
                "2025-03-03T13:30:00",
                "3 марта 2025, 13:30",
                "А соль какую берёте? У меня с йодированной капуста однажды стала мягкой.",
            ),
            C(
                "tanya_ogorod",
                "2025-03-03T14:15:00",
                "3 марта 2025, 14:15",
                "Только обычную каменную, без йода. С йодированной у многих так получается.",
                parent=2,
            ),
            C(
                "dachnik_sergey",
                "2025-03-03T15:48:00",
                "3 марта 2025, 15:48",
                "Подтверждаю, йодированная соль портит закваску. Проверено на двух бочках.",
                parent=3,
            ),
        ],
        related=["Солёные огурцы: холодный способ", "Как хранить морковь до весны"],
        recent=[("Олег_М", "Солёные огурцы: холодный способ"), ("Нина", "Рассада перцев в марте")],
    ),
    Page(
        name="comentarios-diario-es",
        batch="heldout-25",
        render="diario_es",
        lang="es",
        system="A Spanish regional daily's own comment section (section#comentarios-noticia with 'Comentarios (5)' and the 'Normas de participación' link; div.lista-comentarios of article.comentario blocks with a data-id; the header holds the name in strong and a relative time 'hace 3 horas' over time[datetime]; a 'Suscriptor' badge; the text in div.comentario__texto; 'Me gusta (5)' / 'No me gusta (1)' / 'Responder' / 'Denunciar'; answers inside div.respuestas under the comment, each opening 'Respuesta a Nombre'; 'Ver 2 respuestas más' and 'Cargar más comentarios' buttons; the form 'Escribe tu comentario' for subscribers only; a 'Lo más leído' box)",
        source="Spanish regional newspapers' own comment modules as saved (section with a count heading, article blocks with the name and a relative time over a datetime, like / dislike counters, a nested answers block with 'Respuesta a', participation rules), class names chosen after such pages; no one site's markup is copied",
        site="Diario del Bajo Ebro",
        title="El puerto de Amposta recibirá su primer crucero fluvial",
        byline="Redacción",
        date="2025-03-03",
        date_shown="03/03/2025 07:45",
        time="07:45",
        article="""Un barco de crucero fluvial con capacidad para ochenta pasajeros atracará en abril en el muelle de Amposta, por primera vez en la historia de la ciudad.

La naviera ofrecerá rutas de cuatro días por el tramo final del Ebro y el delta, con paradas en Tortosa y Deltebre.

El ayuntamiento calcula que cada escala dejará unos seis mil euros en el comercio local.""",
        comments=[
            C(
                "Jordi F.",
                "2025-03-03T10:21:00",
                "hace 3 horas",
                "Buena noticia para los bares del muelle, que en primavera están medio vacíos.",
                extra="Suscriptor",
            ),
            C(
                "Montse Aragay",
                "2025-03-03T10:55:00",
                "hace 3 horas",
                "Seis mil euros por escala me parece mucho. ¿Cuántos pasajeros bajan realmente a comprar?",
                parent=0,
            ),
            C(
                "Jordi F.",
                "2025-03-03T11:40:00",
                "hace 2 horas",
                "En Tortosa bajan casi todos, según el gremio de comerciantes. Veremos aquí.",
                parent=1,
                extra="Suscriptor",
            ),
            C(
                "Pere Queralt",
                "2025-03-03T12:15:00",
                "hace 1 hora",
                "Ojalá draguen el río antes de abril. Con el caudal del año pasado el barco no habría pasado del puente.",
                extra="Suscriptor",
            ),
            C(
                "Carmen Llorach",
                "2025-03-03T12:48:00",
                "hace 45 minutos",
                "Mientras no cierren el muelle a los pescadores, bienvenido sea.",
            ),
        ],
        related=["La sequía obliga a reducir el riego del arroz", "Tortosa estrena carril bici"],
    ),
    Page(
        name="avis-recette-fr",
        batch="heldout-25",
        render="avis_fr",
        lang="fr",
        system="A French recipe site's recipe page with its reviews in the style of Marmiton (the recipe = article: ingredients list, steps, a 'Note de l'auteur'; the reviews = comments: div.recipe-reviews with 'Avis (4)' and the average '4,5/5'; every review a div.recipe-review with the name in span.review-author, a star note '5/5' in text and an aria-label, the date 'le 03/03/2025' (day only) in span.review-date, the text in p.review-text, 'Utile (3)' and 'Signaler'; the recipe author's answer under a review in div.review-answer 'Réponse de l'auteur'; 'Voir tous les avis'; a 'Recettes similaires' list and a newsletter box)",
        source="French recipe sites' review blocks as saved, in the style of Marmiton (a reviews section with an average note, review cards with the pseudo, a note out of 5, a date and the text, helpful counters, the author's answer under a review), class names chosen after such pages; no one site's markup is copied",
        site="Cuisine de Tous les Jours",
        title="Tarte aux poireaux et au comté",
        byline="Chef_Mireille",
        date="2025-03-03",
        date_shown="03/03/2025",
        article="""Une tarte salée simple pour les soirs de semaine : des poireaux fondus, du comté râpé et une pâte brisée maison.

Faites suer trois poireaux émincés dans du beurre pendant quinze minutes, sans les colorer. Mélangez trois œufs, vingt centilitres de crème et cent grammes de comté.

Versez sur la pâte avec les poireaux et enfournez trente-cinq minutes à 180 °C.""",
        comments=[
            C(
                "Nadine45",
                "",
                "le 03/03/2025",
                "Très bonne recette, la pâte était croustillante et les poireaux bien fondants. Je referai !",
                extra="5/5",
            ),
            C(
                "Chef_Mireille",
                "",
                "le 03/03/2025",
                "Merci Nadine ! Vous pouvez aussi ajouter des lardons pour une version plus gourmande.",
                parent=0,
            ),
            C(
                "Pierrot_du_Jura",
                "",
                "le 04/03/2025",
                "Bon, mais un peu trop liquide au centre. J'ai dû prolonger la cuisson de dix minutes.",
                extra="4/5",
            ),
            C(
                "Sandrine L.",
                "",
                "le 04/03/2025",
                "Excellente avec un comté de dix-huit mois, le goût est bien plus présent. Servie avec une salade verte.",
                extra="5/5",
            ),
        ],
        related=["Quiche lorraine traditionnelle", "Flamiche aux poireaux"],
    ),
    Page(
        name="wechat-article-zh",
        batch="heldout-25",
        render="wechat",
        lang="zh",
        system="A WeChat official-account article (微信公众号) as saved from the web (the article in div#js_content.rich_media_content under h1#activity-name with the account name in a#js_name and the time in em#publish_time; below it the selected comments '精选留言' in div#js_cmt_area: ul.discuss_list of li.discuss_item with the nickname in strong.nickname, the text in div.discuss_message_content, the date '3月3日' (day only) in span.discuss_extra_info, a like count in span.praise_num; the account owner's answers in ul.reply_result under a comment, marked '作者' with the text and its own date; '写留言' and '已无更多数据'; a '阅读 2.1万' line and '在看' / '赞' buttons)",
        source="WeChat official-account article pages as saved from mp.weixin.qq.com (div#img-content, h1.rich_media_title#activity-name, div.rich_media_meta_list, a#js_name, em#publish_time, div.rich_media_content#js_content, div#js_cmt_area, div.discuss_container, ul.discuss_list, li.js_comment_item.discuss_item, div.user_info strong.nickname, div.discuss_message_content, span.discuss_extra_info, span.praise_num, ul.reply_result li.reply_item with '作者'), written from saved pages as widely known; class names may differ by version",
        site="城南旧事杂货铺",
        title="在城南菜市场吃了三十年的那碗馄饨",
        byline="城南旧事杂货铺",
        date="2025-03-03",
        date_shown="2025年3月3日 08:00",
        article="""城南菜市场门口有一家馄饨摊，从我上小学的时候就在那里，到今年已经三十年了。

摊主老陈今年七十二岁，每天早上四点起来包馄饨，皮是自己擀的，馅只有猪肉和一点点葱。

上个月老陈说，等菜市场改造完成，他就不干了。我去吃了最后几次，每次都多要一碗带走。""",
        comments=[
            C(
                "小满",
                "",
                "3月3日",
                "看得眼睛湿了，小时候每个星期天我爸都带我去吃，一碗两块钱。",
            ),
            C(
                "城南旧事杂货铺",
                "",
                "3月3日",
                "两块钱的时候我也吃过，那时候还送一小碟咸菜。",
                parent=0,
            ),
            C(
                "阿华在路上",
                "",
                "3月3日",
                "菜市场改造以后能不能给老陈留一个摊位？这样的老手艺真的不多了。",
            ),
            C(
                "城南旧事杂货铺",
                "",
                "3月4日",
                "问过街道了，新市场会有一个老字号专区，老陈还在考虑。",
                parent=2,
            ),
        ],
        related=["城南老街的最后一家理发店", "那些年我们排队买过的烧饼"],
    ),
]
