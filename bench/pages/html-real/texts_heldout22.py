"""Text of held-out batch 22 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="facebook-script-es",
        batch="heldout-22",
        render="facebook_script",
        lang="es",
        system="A Spanish regional news page whose comments Facebook's comments plugin loads by script (div#fb-root, the SDK loader and an empty div.fb-comments with data-href and data-numposts; a span.fb-comments-count the SDK filled with '31' in 'Comentarios (31)' under the headline and a 'Comenta esta noticia' box; a 'Lo último' list and a 'Los lectores opinan' box quoting readers on other stories). Expected: no comments",
        source="Facebook comments plugin embed code as documented by Meta for developers (div#fb-root, the connect.facebook.net/es_ES/sdk.js loader with xfbml, div.fb-comments[data-href][data-width][data-numposts], span.fb-comments-count[data-href]) in a regional news page layout written from such pages as widely known; the plugin's iframe is not part of a saved page",
        site="La Voz del Alto Tajo",
        title="La carretera de Molina reabre tras tres meses de obras",
        byline="Por Nuria Alcázar",
        date="2025-03-03",
        date_shown="03/03/2025 - 07:50",
        time="07:50",
        article="""La carretera entre Molina de Aragón y Alustante reabrió el lunes al tráfico después de tres meses de obras de ensanche.

La calzada tiene ahora arcenes de un metro y dos zonas de adelantamiento nuevas.

Quedan pendientes las marcas viales en un tramo de cuatro kilómetros, que se pintarán en abril.""",
        comments=[],
        recent=[
            ("Antonio G.", "El centro de salud amplía horario"),
            ("Pilar", "Fiestas de San Juan: programa"),
        ],
        announced=31,
    ),
    Page(
        name="dreamwidth-en",
        batch="heldout-22",
        render="dreamwidth",
        lang="en",
        system="A personal journal on Dreamwidth in its site scheme (the entry in div.entry-content; comments in div#comments as div.comment-thread blocks whose depth is only a class comment-depth-N and an inline margin-left; each comment a div.dwexpcomment with the poster as span.ljuser (an icon with alt text '[personal profile] ' and the name in bold), 'wrote:' after the name, the time '2025-03-03 10:21 am (UTC)' in span.datetime; an optional subject line; div.comment-content; links 'Reply', 'Thread', 'Parent', 'Link'; an anonymous comment '(Anonymous)'; a 'Page 1 of 2 << [1] [2] >>' pager)",
        source="Dreamwidth entry page markup in the site scheme as saved (div.entry, div.entry-content, div#comments, div.comment-thread.comment-depth-N, div.dwexpcomment, div.comment, div.header, span.ljuser with img and b, span.comment-poster, span.datetime, h4.comment-title, div.comment-content, ul.comment-management-links, ul.comment-interaction-links 'Reply' / 'Thread' / 'Parent' / 'Link', div.comment-pages), written from saved pages as widely known; details differ between styles",
        site="larkspur_lane",
        title="The allotment in February",
        byline="larkspur_lane",
        date="2025-03-03",
        date_shown="Mar. 3rd, 2025 08:10 am",
        time="08:10",
        article="""February on the allotment is mostly mud and planning. I spent Saturday digging out the bindweed roots from the bean bed again.

The rhubarb is already pushing up red knuckles under its bucket, and the garlic planted in November looks strong.

This year I am trying a bed of flowers for cutting, mostly cosmos and zinnias, at the end nearest the shed.""",
        comments=[
            C(
                "thistle_and_moss",
                "2025-03-03T10:21:00",
                "2025-03-03 10:21 am (UTC)",
                "Bindweed is the bane of every allotment. I have given up and just pull the shoots every week.",
                extra="Bindweed",
            ),
            C(
                "larkspur_lane",
                "2025-03-03T11:05:00",
                "2025-03-03 11:05 am (UTC)",
                "That is probably the only sane approach. The roots go down further than my spade.",
                parent=0,
            ),
            C(
                "(Anonymous)",
                "2025-03-03T14:40:00",
                "2025-03-03 02:40 pm (UTC)",
                "Cosmos are wonderful for cutting, the more you pick the more they flower. Zinnias need more warmth though.",
            ),
            C(
                "kettle_on",
                "2025-03-03T19:12:00",
                "2025-03-03 07:12 pm (UTC)",
                "Forcing rhubarb under a bucket is such a good trick. We had our first crumble last week.",
            ),
        ],
        related=["Seed order, finally", "The shed roof saga"],
    ),
    Page(
        name="newspack-en",
        batch="heldout-22",
        render="newspack",
        lang="en",
        system="A US nonprofit local newsroom on WordPress with the Newspack theme (the article with a byline and avatar, a date, a 'Republish this story' button, a donation box and a newsletter sign-up inside the story; comments in div#comments under a 'Comments' heading, collapsed behind a 'Expand comments' button; core comment markup: article.comment-body with footer.comment-meta, b.fn plus ' says:' in span.says, the date a link in div.comment-metadata, div.comment-content, div.reply; an 'Author' badge; replies in ol.children; 'Leave a comment' form with 'Comment *' / 'Name *' / 'Email *')",
        source="Newspack theme templates (newspack-theme: template-parts/header/entry-header.php, comments.php with div.comments-wrapper, button.comments-toggle 'Expand comments', h2.comments-title; the core Walker_Comment html5 output: article.comment-body, footer.comment-meta, div.comment-author.vcard, b.fn, span.says, div.comment-metadata a time, div.comment-content, div.reply) and Newspack blocks (wp-block-newspack-blocks-donate, newspack-newsletters-subscribe), written from the theme and saved pages as widely known; details may differ by version",
        site="Riverbend Free Press",
        title="School board delays vote on four-day week",
        byline="Dana Whitcomb",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""The Riverbend school board on Monday postponed its vote on a four-day school week until April, after more than sixty parents signed up to speak.

Supporters say the change would help recruit teachers. Opponents worry about child care on the fifth day.

The district will publish a survey of families before the April meeting.""",
        comments=[
            C(
                "Marcy Delgado",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 am",
                "As a working parent I cannot find child care for a whole extra day. Please think about families like ours.",
            ),
            C(
                "Tom Larkin",
                "2025-03-03T11:34:00",
                "March 3, 2025 at 11:34 am",
                "Our teachers are leaving for districts that already have the four-day week. Something has to change.",
                parent=0,
            ),
            C(
                "Dana Whitcomb",
                "2025-03-03T12:50:00",
                "March 3, 2025 at 12:50 pm",
                "Thanks for reading. The survey link will be in our newsletter as soon as the district publishes it.",
                extra="Author",
            ),
            C(
                "Ruth Ann Pike",
                "2025-03-03T16:15:00",
                "March 3, 2025 at 4:15 pm",
                "Glad the board listened to the parents who came. Sixty speakers is a lot for a Monday night.",
            ),
        ],
        related=["County fair moves to September", "Library levy passes by 40 votes"],
    ),
    Page(
        name="brainly-qa-en",
        batch="heldout-22",
        render="brainly",
        lang="en",
        system="A homework Q&A page in the style of Brainly (the question = article, with its subject 'Chemistry', the asker's name, 'High School' and a points badge '+10 pts'; the answers = comments: each answer block with the answerer's name, a rank 'Ambitious' / 'Expert', an 'Expert-Verified Answer' banner on one, the text, a thanks count 'heart 12' and a star rating '4.5 (9 votes)'; comments under an answer in a folded 'Comments (2)' list replying to it; 'Still have questions?' and 'Find more answers' boxes)",
        source="Q&A page markup of homework help sites in the style of Brainly as saved (div[data-testid=question_box] with h1 and the subject link, div[data-testid=answer_box] blocks, span[data-testid=answer_box_author] with the rank, div 'Expert-Verified Answer', div[data-testid=answer_box_text], button 'Thanks' with a count, a rating line, div[data-testid=comments_list], a 'Still have questions?' box), element names chosen after such saved pages; the generated class names change between builds",
        site="StudyLoop",
        title="Why does ice float on water if it is the same substance?",
        byline="maya_k14",
        date="2025-03-03",
        date_shown="03/03/2025",
        article="""Why does ice float on water if it is the same substance? Shouldn't the solid be heavier?

Our teacher said it has something to do with hydrogen bonds but I did not understand the explanation.""",
        comments=[
            C(
                "chemwhiz",
                "",
                "",
                "When water freezes, hydrogen bonds lock the molecules into an open hexagonal pattern with more space between them than in the liquid.\n\nThe same mass takes up more volume, so ice is less dense than water and floats.",
                extra="Expert",
            ),
            C(
                "maya_k14",
                "",
                "",
                "Oh so it is about the space between the molecules, not the weight of each one. Thank you!",
                parent=0,
            ),
            C(
                "jordanb",
                "",
                "",
                "Ice is about nine percent less dense than liquid water. That is why only about a tenth of an iceberg sticks out above the sea.",
                extra="Ambitious",
            ),
            C(
                "chemwhiz",
                "",
                "",
                "Good point about icebergs, that is a nice way to remember it.",
                parent=2,
                extra="Expert",
            ),
        ],
        related=["What is the density of ice?", "Why do lakes freeze from the top down?"],
    ),
    Page(
        name="jimdo-de",
        batch="heldout-22",
        render="jimdo",
        lang="de",
        system="A German hobby website built with Jimdo (the blog post in div.j-blog-content; comments in the Jimdo comments module: ul.com-list of li.commententry items, each with a div.com-meta holding the name in bold and the date '(Montag, 03 März 2025 10:21)' in parentheses, then div.com-text; the numbering '1', '2' in span.com-number; no threads: a reply is a new comment opening with '@Name'; the form 'Name (erforderlich)' / 'E-Mail (wird nicht angezeigt)' / 'Homepage' / 'Kommentar' with a captcha; 'Diese Website wurde mit Jimdo erstellt')",
        source="Jimdo Creator blog post and comments module markup as saved (div.j-blog-meta, h1.j-blog-header, div.j-blog-content, div.j-comment with div.com-list-container, ul.com-list, li.commententry, span.com-number, div.com-meta strong, span.com-date, div.com-text, form.com-form with 'Name (erforderlich)', 'E-Mail (wird nicht angezeigt)', 'Homepage', 'Kommentar', the captcha), written from saved pages as widely known; class names may differ by version",
        site="Imkerei am Mühlbach",
        title="Die ersten Bienen fliegen wieder",
        byline="Klaus Wendler",
        date="2025-03-02",
        date_shown="Sonntag, 02. März 2025",
        article="""Bei zwölf Grad haben heute die ersten Bienen ihren Reinigungsflug gemacht. Alle fünf Völker haben den Winter überstanden.

Am Flugloch wurde schon der erste Pollen von der Hasel eingetragen, ein gutes Zeichen für die Königinnen.

In zwei Wochen schaue ich zum ersten Mal in die Beuten.""",
        comments=[
            C(
                "Ben",
                "2025-03-03T10:21:00",
                "Montag, 03 März 2025 10:21",
                "Glückwunsch, bei uns sind leider zwei von sechs Völkern eingegangen. Hast du gegen die Varroa im Winter noch behandelt?",
            ),
            C(
                "Klaus Wendler",
                "2025-03-03T18:40:00",
                "Montag, 03 März 2025 18:40",
                "@Ben: Ja, im Dezember mit Oxalsäure, als die Völker brutfrei waren. Das hat sich bewährt.",
                parent=0,
            ),
            C(
                "Sabine Ott",
                "2025-03-04T08:15:00",
                "Dienstag, 04 März 2025 08:15",
                "Schöne Bilder! Verkaufst du im Sommer wieder Honig auf dem Wochenmarkt?",
            ),
            C(
                "Klaus Wendler",
                "2025-03-04T12:02:00",
                "Dienstag, 04 März 2025 12:02",
                "@Sabine Ott: Ab Juni wieder jeden Samstag, wenn das Wetter mitspielt.",
                parent=2,
            ),
        ],
        related=["Honigernte im Juli", "Ein Insektenhotel für den Garten"],
    ),
    Page(
        name="ipb3-forum-ru",
        batch="heldout-22",
        render="ipb3",
        lang="ru",
        system="An Invision Power Board 3.4 topic in Russian (forum: the first post = article, later posts = comments; each post a div.post_block.hentry with an id 'post_id_N'; h3 with span.author.vcard a.url.fn; div.author_info with ul.basic_info: the group 'Модераторы' / 'Пользователи' in li.group_title, 'Сообщений: N'; div.post_body with p.posted_info 'Отправлено 03 Март 2025 - 10:21' and the post number '#2'; div.post.entry-content with a quote p.citation 'Имя (03 Март 2025 - 09:30) писал:' and div.blockquote; signatures; 'Цитата', 'Ответить', '+' reputation buttons; 'Похожие темы')",
        source="IP.Board 3.4 topic view (skin_topic, post template: div.post_block.hentry.clear#post_id_N, div.post_wrap, h3.row2 span.author.vcard a.url.fn, div.author_info, ul.basic_info li.group_title / li.post_count, div.post_body, p.posted_info with abbr.published, a[rel=bookmark] '#N', div.post.entry-content, p.citation and div.blockquote for quotes, div.signature, ul.post_controls 'Цитата' / 'Ответить', div.rep_bar), written from the skin as widely known; details may differ by version",
        site="Форум любителей аквариумистики",
        title="Помутнела вода через неделю после запуска аквариума",
        byline="Костя_рыбовод",
        date="2025-03-03",
        date_shown="03 Март 2025 - 08:05",
        time="08:05",
        article="""Запустил аквариум на 100 литров неделю назад, вчера вода стала мутно-белой. Рыб пока не заселял.

Грунт промывал, фильтр внешний, свет восемь часов в день.

Это нормально или надо менять воду?""",
        comments=[
            C(
                "Ирина_Скалярия",
                "2025-03-03T09:30:00",
                "03 Март 2025 - 09:30",
                "Это бактериальная вспышка, обычное дело для нового аквариума. Ничего не меняйте, через несколько дней вода сама станет прозрачной.",
                extra="Модераторы",
                extra2="Аквариумы: 240 л (скалярии), 60 л (креветки)",
            ),
            C(
                "Костя_рыбовод",
                "2025-03-03T10:21:00",
                "03 Март 2025 - 10:21",
                "То есть даже подмену не делать? А когда тогда можно запускать рыб?",
                parent=0,
                extra="Пользователи",
            ),
            C(
                "Ирина_Скалярия",
                "2025-03-03T11:15:00",
                "03 Март 2025 - 11:15",
                "Подмену не надо. Рыб лучше запускать через две-три недели, начиная с нескольких неприхотливых.",
                parent=1,
                extra="Модераторы",
                extra2="Аквариумы: 240 л (скалярии), 60 л (креветки)",
            ),
            C(
                "Дед_Макар",
                "2025-03-03T14:52:00",
                "03 Март 2025 - 14:52",
                "Можно добавить бактериальный стартер из зоомагазина, ускоряет запуск дня на три.",
                extra="Пользователи",
            ),
        ],
        related=["Какой грунт выбрать для растений", "Креветки в общем аквариуме"],
    ),
    Page(
        name="wp-core-fr",
        batch="heldout-22",
        render="wp_fr",
        lang="fr",
        system="A French WordPress blog on the Kadence theme printing core comment markup in French (ol.comment-list; article.comment-body with footer.comment-meta: the name in b.fn glued to ' dit :' in span.says, the date link '3 mars 2025 à 10 h 21 min' in div.comment-metadata, div.comment-content, div.reply 'Répondre'; replies in ol.children; Jetpack likes under each comment 'J'aime' / 'Aimé par 2 personnes'; 'Laisser un commentaire Annuler la réponse', 'Commentaire *', 'Nom *', 'E-mail *', 'Site web', 'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.', 'Ce site utilise Akismet pour réduire les indésirables.')",
        source="WordPress core Walker_Comment::html5_comment output with the French translation (fr_FR: '%s dit :', '%1$s à %2$s', 'Répondre', 'Laisser un commentaire', 'Annuler la réponse') inside the Kadence theme's comments area (div#comments.comments-area, h2.comments-title, ol.comment-list, div.comment-respond), with Jetpack comment likes (p.comment-likes, a.comment-like-link 'J'aime', span.comment-like-feedback) and Akismet's notice, written from core, the translation and saved pages as widely known",
        site="Carnets de randonnée",
        title="Le tour du Pilat en trois jours",
        byline="Sylvie Marchand",
        date="2025-03-03",
        date_shown="3 mars 2025",
        article="""Le tour du massif du Pilat se fait tranquillement en trois jours, avec deux nuits en gîte à Graix et à Pélussin.

Le deuxième jour est le plus long : vingt-quatre kilomètres en passant par le Crêt de la Perdrix et les chirats.

Pensez à réserver les gîtes, ils sont souvent complets au printemps.""",
        comments=[
            C(
                "Hervé",
                "2025-03-03T10:21:00",
                "3 mars 2025 à 10 h 21 min",
                "Merci pour ce récit ! Le balisage est-il bien visible sur les chirats ? J'ai peur de me perdre dans les blocs.",
            ),
            C(
                "Sylvie Marchand",
                "2025-03-03T11:48:00",
                "3 mars 2025 à 11 h 48 min",
                "Oui, les marques rouges et blanches sont peintes sur les rochers. Par temps de brouillard, gardez quand même une carte.",
                parent=0,
            ),
            C(
                "Claire L.",
                "2025-03-03T17:30:00",
                "3 mars 2025 à 17 h 30 min",
                "Nous l'avons fait avec deux enfants de dix ans en quatre jours, c'était parfait.",
            ),
            C(
                "Hervé",
                "2025-03-04T08:05:00",
                "4 mars 2025 à 8 h 05 min",
                "Bonne idée de couper en quatre jours, je note pour cet été.",
                parent=2,
            ),
        ],
        related=["Le GR 65 de Saint-Privat au Puy", "Bivouac sur le plateau ardéchois"],
    ),
    Page(
        name="jianshu-zh",
        batch="heldout-22",
        render="jianshu",
        lang="zh",
        system="A 简书 (Jianshu) article page as saved (generated class names only: the article in article._2rhmJa; the author in a._1OhGeD, a '简书作者' line; comments in section with '全部评论 4' and '只看作者'; each comment a div._2gPNSa with the nickname in a._1OhGeD, an '作者' badge on the author's replies, a floor and time line '2楼 2025.03.03 10:21'; the text in div._2bDGm4; '赞' counts and '回复'; sub-comments in div._2IUqvs as 'name: @name text' lines with their own time; '查看更多评论'; '推荐阅读')",
        source="Jianshu article page markup as saved (Next.js build with generated class names: section.ouvJEz for the article, article._2rhmJa, a._1OhGeD for user names, span._2qlh2s '作者' badge, div._2gPNSa comment blocks, div._2bDGm4 text, div._3OhIvz floor and time, div._2IUqvs sub-comment list, a '推荐阅读' list), written from saved pages as widely known; the generated class names change between builds",
        site="简书",
        title="三十岁开始学游泳，我用了两个月",
        byline="阿远在路上",
        date="2025-03-03",
        date_shown="2025.03.03 08:30:12",
        time="08:30",
        article="""三十岁之前我一直是个旱鸭子，去年夏天终于下决心报了游泳班。

前两周只学憋气和漂浮，第三周开始练蛙泳腿，第六周才第一次不扶池边游完二十五米。

如果你也怕水，别着急，先让自己在水里放松下来。""",
        comments=[
            C(
                "小林不吃香菜",
                "2025-03-03T10:21:00",
                "2025.03.03 10:21",
                "太有共鸣了，我也是三十多岁才学，现在每周游两次，腰都不疼了。",
            ),
            C(
                "阿远在路上",
                "2025-03-03T11:05:00",
                "2025.03.03 11:05",
                "@小林不吃香菜 坚持下来真不容易，一起加油！",
                parent=0,
                extra="作者",
            ),
            C(
                "海边的猫",
                "2025-03-03T13:48:00",
                "2025.03.03 13:48",
                "请问换气是怎么练的？我一换气就呛水。",
            ),
            C(
                "阿远在路上",
                "2025-03-03T14:20:00",
                "2025.03.03 14:20",
                "@海边的猫 先在池边扶着练吐气，嘴里吐、鼻子慢慢吐，熟练了再配合手臂。",
                parent=2,
                extra="作者",
            ),
        ],
        related=["跑步一年，我的膝盖怎么样了", "上班族如何坚持早起"],
    ),
]
