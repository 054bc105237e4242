"""Text of held-out batch 10 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="staticman-jekyll-en",
        batch="heldout-10",
        render="staticman",
        lang="en",
        system="A Jekyll site (Minimal Mistakes theme) with Staticman comments built into the page (section#static-comments: a flat list of article.js-comment with ids 'commentN' and schema.org Comment microdata; the name in an h3, the date in p.comment__date; no nesting: replies marked only by '@Name' the commenter types; a 'Leave a comment' form with 'Name *' and 'Email address *')",
        source="Minimal Mistakes theme _includes/comments.html and _includes/comment.html for the Staticman provider (div.page__comments, h4.page__comments-title, section#static-comments, article.js-comment.comment[itemprop=comment], div.comment__avatar-wrapper, div.comment__content-wrapper, h3.comment__author span[itemprop=name], p.comment__date time, div[itemprop=text], form#new_comment.page__comments-form), written from the public theme as widely known",
        site="Notes on trail running",
        title="My first ultra: what went wrong at kilometre 38",
        byline="Dana Whitfield",
        date="2025-05-19",
        date_shown="May 19, 2025",
        time="20:00",
        article="""Last Saturday I ran my first fifty-kilometre race. The first thirty went better than I had hoped. At kilometre 38 my legs simply stopped listening, and I walked most of the last ten.

Looking back, I ate far too little in the first half. I felt fine, so I skipped two aid stations, and paid for it an hour later.

I finished in seven hours and twelve minutes, tired and very happy. Next time: eat every forty minutes, hungry or not.""",
        comments=[
            C(
                "Marcus Lee",
                "2025-05-20T07:14:00",
                "May 20, 2025 at 7:14 AM",
                "Congratulations! Skipping aid stations is the classic first-ultra mistake. I did exactly the same.",
            ),
            C(
                "Aiko",
                "2025-05-20T12:40:00",
                "May 20, 2025 at 12:40 PM",
                "Did you train with the food you ate on race day? My stomach refused gels I had never tried.",
            ),
            C(
                "Dana Whitfield",
                "2025-05-20T18:22:00",
                "May 20, 2025 at 6:22 PM",
                "@Aiko mostly, yes, but the potatoes at the aid stations were new to me. They went down surprisingly well.",
                parent=1,
            ),
            C(
                "Ben Okoro",
                "2025-05-21T09:03:00",
                "May 21, 2025 at 9:03 AM",
                "Seven hours on a first fifty is a strong time. Set a timer on your watch for eating, it takes the thinking out of it.",
            ),
            C(
                "Dana Whitfield",
                "2025-05-21T19:50:00",
                "May 21, 2025 at 7:50 PM",
                "@Marcus Lee it is good to hear I am not alone. And thanks, Ben, a timer is going on the watch tonight.",
                parent=0,
            ),
        ],
        related=["Choosing trail shoes for wet rock", "A beginner's taper, week by week"],
    ),
    Page(
        name="bbpress-forum-en",
        batch="heldout-10",
        render="bbpress",
        lang="en",
        system="A bbPress forum topic on a WordPress site (forum: the lead topic = article, the replies = comments; div#bbpress-forums, ul.bbp-replies with li.bbp-body; each post a div with id 'post-N' after its div.bbp-reply-header date line and '#N' permalink; bbp-reply-author with the name and a role 'Keymaster' / 'Participant'; threaded replies nested in ul.bbp-threaded-replies; a 'Recent Replies' widget in the sidebar)",
        source="bbPress templates/default/bbpress content-single-topic.php, loop-replies.php and loop-single-reply.php (div#bbpress-forums, ul.forums.bbp-replies, li.bbp-header, li.bbp-body, div.bbp-reply-header, span.bbp-reply-post-date, a.bbp-reply-permalink, div.bbp-reply-author, a.bbp-author-link span.bbp-author-name, div.bbp-author-role, div.bbp-reply-content, ul.bbp-threaded-replies) and the bbp_replies_widget, written from the public templates as widely known",
        site="Makers' Bench Forums",
        title="3D printer: first layer will not stick to the glass bed",
        byline="gridlock",
        date="2025-03-09",
        date_shown="March 9, 2025 at 4:12 pm",
        time="16:12",
        article="""I moved my printer to a glass bed last week and since then the first layer peels up at the corners on every print. PLA, bed at sixty degrees, nozzle at two hundred and five.

I have levelled the bed three times with a sheet of paper. Before I go back to the old bed, is there anything obvious I am missing?""",
        comments=[
            C(
                "fennwick",
                "2025-03-09T16:40:00",
                "March 9, 2025 at 4:40 pm",
                "Clean the glass with dish soap and hot water, not just alcohol. Finger grease is the usual culprit on glass.",
                extra="Keymaster",
            ),
            C(
                "gridlock",
                "2025-03-09T18:05:00",
                "March 9, 2025 at 6:05 pm",
                "Soap and water made a visible difference, the corners held on the first test cube.",
                parent=0,
                extra="Participant",
            ),
            C(
                "fennwick",
                "2025-03-09T18:30:00",
                "March 9, 2025 at 6:30 pm",
                "Good. Keep your fingers off the print area from now on and it should stay that way.",
                parent=1,
                extra="Keymaster",
            ),
            C(
                "olive_tinkers",
                "2025-03-10T08:15:00",
                "March 10, 2025 at 8:15 am",
                "Also lower the first layer speed to about twenty millimetres per second. It gives the plastic time to bond.",
                extra="Participant",
            ),
        ],
        related=["Which filament dryer is worth buying?", "Stringing with PETG: my settings"],
        recent=[
            ("maplewood", "Enclosure for a resin printer"),
            ("Sasha K.", "Belt tension, how tight is tight?"),
        ],
    ),
    Page(
        name="mediawiki-talk-de",
        batch="heldout-10",
        render="mwtalk",
        lang="de",
        system="A city wiki's talk page on MediaWiki (one discussion section: the opening post = article, the answers = comments; no comment container at all: each post is a paragraph or dd ending in the signature '-- Name (Diskussion) 10:21, 3. Mär. 2025 (CET)', the author AFTER the text; reply depth only by nested dl/dd indentation)",
        source="MediaWiki talk page output as rendered by the parser (div#mw-content-text div.mw-parser-output, h2 span.mw-headline, p, dl/dd indentation from ':' wiki markup, signature links to Benutzer: and Benutzer Diskussion: pages, span.mw-editsection, the Vector skin's div#mw-panel and div#p-personal), written from MediaWiki's public output as widely known",
        site="Stadtwiki Lindenau",
        title="Diskussion:Fahrradstraße Lindenallee",
        byline="Radlerin77",
        date="2025-03-03",
        date_shown="10:21, 3. Mär. 2025 (CET)",
        time="10:21",
        article="""Im Artikel steht, die Lindenallee sei seit 2023 eine Fahrradstraße. Laut Amtsblatt wurde die Beschilderung aber erst im April 2024 aufgestellt.

Hat jemand eine bessere Quelle? Sonst würde ich das Datum auf 2024 ändern.""",
        comments=[
            C(
                "Stadtchronist",
                "2025-03-03T11:05:00",
                "11:05, 3. Mär. 2025 (CET)",
                "Der Stadtrat hat die Fahrradstraße 2023 beschlossen, eingerichtet wurde sie 2024. Am besten beide Daten nennen, mit dem Ratsbeschluss als Beleg.",
            ),
            C(
                "Radlerin77",
                "2025-03-03T12:40:00",
                "12:40, 3. Mär. 2025 (CET)",
                "Einverstanden. Hast du die Nummer des Ratsbeschlusses?",
                parent=0,
            ),
            C(
                "Stadtchronist",
                "2025-03-03T13:15:00",
                "13:15, 3. Mär. 2025 (CET)",
                "Drucksache 23/0412, steht im Ratsinformationssystem. Ich trage sie nachher ein.",
                parent=1,
            ),
            C(
                "Bernd aus der Südstadt",
                "2025-03-04T08:50:00",
                "08:50, 4. Mär. 2025 (CET)",
                "Erledigt sich ja dann. Die Beschilderung an der Ecke Gartenstraße fehlt übrigens immer noch, falls das jemand ergänzen will.",
            ),
        ],
        related=["Radverkehr in Lindenau", "Liste der Straßen in Lindenau"],
    ),
    Page(
        name="bitrix-reviews-ru",
        batch="heldout-10",
        render="bitrix",
        lang="ru",
        system="A regional news site on 1C-Bitrix with the forum.topic.reviews comments component (div.reviews-block-container; each comment a table.reviews-post-table with an id 'messageN'; the name in bold and the date in the table head, the text in div.reviews-text; flat, a reply quoting an earlier comment in a table.forum-quote 'Name пишет:'; 'Ответить' / 'Цитировать' actions; the form with 'Ваше имя' and a captcha)",
        source="1C-Bitrix components bitrix:news.detail and bitrix:forum.topic.reviews, its default template (div.news-detail, div.reviews-block-container, div.reviews-block-outer, div.reviews-block-inner, table.reviews-post-table#messageN, div.review-author, div.review-date, div.reviews-text, div.review-actions, table.forum-quote, div.reviews-reply-form), written from the public component templates and saved pages as widely known; class names may differ by version",
        site="Вести Заречья",
        title="В Заречье начали строить новую котельную",
        byline="Ольга Смирнова",
        date="2025-09-22",
        date_shown="22.09.2025 09:40",
        time="09:40",
        article="""На улице Лесной начали строить новую газовую котельную. Она заменит старую угольную, которая отапливает двенадцать многоквартирных домов и школу.

По плану котельную запустят к отопительному сезону следующего года. Старую котельную закроют после пробного запуска новой.

Подрядчик обещает, что в этот отопительный сезон перебоев с теплом не будет.""",
        comments=[
            C(
                "Геннадий",
                "2025-09-22T10:15:00",
                "22.09.2025 10:15",
                "Хорошая новость, от угольной котельной зимой весь район в дыму.",
            ),
            C(
                "Марина Л.",
                "2025-09-22T11:02:00",
                "22.09.2025 11:02",
                "А тарифы после перехода на газ изменятся? Об этом в статье ни слова.",
            ),
            C(
                "Ольга Смирнова",
                "2025-09-22T12:30:00",
                "22.09.2025 12:30",
                "Мы отправили запрос в администрацию, ответ опубликуем отдельной заметкой.",
                parent=1,
            ),
            C(
                "Геннадий",
                "2025-09-22T14:45:00",
                "22.09.2025 14:45",
                "Тариф утверждает область, а не город, так что ждать придётся долго.",
                parent=1,
            ),
        ],
        related=["Школу на Лесной отремонтируют летом", "Новый автобусный маршрут до вокзала"],
    ),
    Page(
        name="komento-joomla-es",
        batch="heldout-10",
        render="komento",
        lang="es",
        system="A Joomla site with Komento comments (div#section-kmt; a flat ul.kmt-list of li.kmt-item with ids 'kmt-N'; reply depth only in a class kmt-child-N and an inline margin-left; 'En respuesta a Nombre' above replies; name, 'hace 3 días', like counters; a 'Comentarios recientes' Komento module in the sidebar)",
        source="Komento for Joomla comment list templates (div#section-kmt, div.kmt-list-wrap, ul.kmt-list, li.kmt-item.kmt-child-N#kmt-N, div.kmt-wrap, div.kmt-avatar, div.kmt-head, h3.kmt-author, span.kmt-time, span.kmt-inreplyto, div.kmt-body div.kmt-text, div.kmt-control with like counters and 'Responder') and its mod_komento recent-comments module, written from saved pages as widely known; class names may differ by version",
        site="Senderismo por Asturias",
        title="Ruta de las Xanas: cuándo ir para evitar el barro",
        byline="Rubén Menéndez",
        date="2025-04-14",
        date_shown="14 abril 2025",
        time="08:30",
        article="""La ruta de las Xanas es corta, unos siete kilómetros ida y vuelta, pero en primavera el tramo final del desfiladero se convierte en un barrizal.

Tras cinco visitas en distintas épocas, mi consejo es ir a finales de junio o en septiembre, después de una semana seca. Las botas con buena suela son imprescindibles todo el año.

Si vais con niños, el túnel excavado en la roca les encanta, pero llevad una linterna.""",
        comments=[
            C(
                "Carmen",
                "2025-04-15T09:20:00",
                "hace 3 días",
                "Fuimos en mayo y el barro llegaba a los tobillos. Totalmente de acuerdo con lo de septiembre.",
            ),
            C(
                "Rubén Menéndez",
                "2025-04-15T11:45:00",
                "hace 3 días",
                "En mayo suele ser lo peor, con el deshielo de la sierra. ¿Llegasteis hasta el final?",
                parent=0,
            ),
            C(
                "Carmen",
                "2025-04-15T13:10:00",
                "hace 3 días",
                "Sí, aunque los niños volvieron a casa cubiertos de barro hasta las rodillas.",
                parent=1,
            ),
            C(
                "Xuan de Oviedo",
                "2025-04-16T18:00:00",
                "hace 2 días",
                "Un aviso: el aparcamiento se llena antes de las diez los fines de semana de verano.",
            ),
            C(
                "Rubén Menéndez",
                "2025-04-16T19:35:00",
                "hace 2 días",
                "Buen apunte, lo añado al artículo. Entre semana no hay problema.",
                parent=3,
            ),
        ],
        related=["Los Lagos de Covadonga en otoño", "Ruta del Cares con niños"],
        recent=[("Pilar", "Subida al Picu Urriellu"), ("Andrés", "Faro de Cabo Peñas en bicicleta")],
    ),
    Page(
        name="dotclear-fr",
        batch="heldout-10",
        render="dotclear",
        lang="fr",
        system="A Dotclear blog, default theme (div#comments with a flat dl: each comment a dt with an id 'cN' holding the number and the line 'Le lundi 3 mars 2025, 10:21 par Name', then its text in the following dd; no nesting: replies marked only by '@Name :' the commenter types; a 'Derniers commentaires' sidebar widget; a form with 'Nom ou pseudo' and 'Adresse email'; a trackback line)",
        source="Dotclear themes/default (Berlin) tpl/post.html and _entry-comments templates (div#comments, h3, dl, dt#cN.me / odd, a.comment-number, dd, form#comment-form with p.field label c_name / c_mail / c_site), the lastcomments widget (div.lastcomments), written from the public templates as widely known",
        site="Carnets du potager",
        title="Mes semis de poivrons ne lèvent pas",
        byline="Hélène",
        date="2025-03-03",
        date_shown="lundi 3 mars 2025",
        time="09:00",
        article="""Voilà trois semaines que j'ai semé mes poivrons en godets, sur le rebord de la fenêtre de la cuisine, et rien n'est sorti. Les tomates semées le même jour ont déjà leurs premières vraies feuilles.

J'ai lu depuis que les poivrons demandent au moins vingt-cinq degrés pour germer. Ma cuisine en fait dix-neuf la nuit. Je vais tenter un tapis chauffant et je vous raconterai.""",
        comments=[
            C(
                "Gilles",
                "2025-03-03T10:21:00",
                "Le lundi 3 mars 2025, 10:21",
                "Le haut du frigo fait très bien l'affaire, il y fait toujours chaud. Mes piments y lèvent en dix jours.",
            ),
            C(
                "Nadia",
                "2025-03-03T14:05:00",
                "Le lundi 3 mars 2025, 14:05",
                "Les graines de poivron de plus de deux ans germent mal, vérifiez aussi la date du sachet.",
            ),
            C(
                "Hélène",
                "2025-03-03T18:40:00",
                "Le lundi 3 mars 2025, 18:40",
                "@Gilles : excellente idée, je n'y aurais jamais pensé. Les godets sont sur le frigo depuis cet après-midi.",
                parent=0,
            ),
            C(
                "Hélène",
                "2025-03-14T08:15:00",
                "Le vendredi 14 mars 2025, 08:15",
                "@Nadia : le sachet datait de 2021, vous aviez raison. Des graines neuves ont levé en huit jours.",
                parent=1,
            ),
        ],
        related=["Pailler les fraisiers en avril", "Un composteur en palettes"],
        recent=[("Odile", "Les limaces et la cendre"), ("Marc", "Tailler les framboisiers")],
    ),
    Page(
        name="artalk-blog-zh",
        batch="heldout-10",
        render="artalk",
        lang="zh",
        system="A Hugo blog with Artalk comments saved inline (div.artalk; div.atk-list-body of div.atk-comment-wrap with data-comment-id; atk-nick, a '管理员' badge, '3 天前', the browser and OS in atk-ua spans; a reply shows '@name' in atk-reply-at; children nested in div.atk-comment-children; '赞 (N)' and '回复' actions; an Artalk '最新评论' sidebar widget)",
        source="Artalk client comment and list markup as rendered and saved (div.artalk, div.atk-main-editor, div.atk-list, div.atk-list-header div.atk-comment-count, div.atk-list-body, div.atk-comment-wrap, div.atk-comment, div.atk-avatar, div.atk-main, div.atk-header span.atk-nick, span.atk-badge, div.atk-sub span.atk-date, span.atk-ua, div.atk-body div.atk-content, div.atk-footer div.atk-actions, span.atk-reply-at, div.atk-comment-children), written from the project's public source and saved pages as widely known; class names may differ by version",
        site="慢火煮字",
        title="第一次自己换自行车链条",
        byline="老周",
        date="2025-07-20",
        date_shown="2025-07-20",
        time="19:30",
        article="""骑了三年的通勤车链条已经拉长得厉害，变速时总是咔咔响。这周末买了一根新链条和一把截链器，决定自己换。

拆旧链条很简单，难的是确定新链条的长度。我最后照着旧链条的节数截断，装上以后变速顺了很多。

整个过程用了一个小时，省下了五十块工时费，也弄了一手油。""",
        comments=[
            C(
                "骑行的猫",
                "2025-07-21T08:12:00",
                "3 天前",
                "旧链条已经拉长了，按它的节数截有时会偏长，最好按大盘大飞再加两节来量。",
            ),
            C(
                "老周",
                "2025-07-21T09:30:00",
                "3 天前",
                "学到了，我数了一下和旧链条一样，大盘大飞挂上去也不紧，应该还好。",
                parent=0,
                extra="管理员",
            ),
            C(
                "骑行的猫",
                "2025-07-21T12:45:00",
                "3 天前",
                "那就没问题，记得跑一百公里后再检查一下快扣。",
                parent=1,
            ),
            C(
                "阿布",
                "2025-07-22T20:03:00",
                "2 天前",
                "截链器多少钱买的？我一直不敢自己动手。",
            ),
        ],
        related=["夏天通勤骑车的防晒经验", "给自行车换了一对新轮胎"],
        recent=[("山间小路", "周末去郊外骑了六十公里"), ("一只鱼", "城市里的自行车道体验")],
    ),
    Page(
        name="viafoura-script-en",
        batch="heldout-10",
        render="viafoura_script",
        lang="en",
        system="A Canadian city paper's article page whose reader comments are loaded by script (Viafoura: an empty vf-conversations element and its loader script; the page announces '58 Comments'; a 'What readers are saying' box quoting comments on other stories). Expected: no comments",
        source='Viafoura conversations embed as documented by the service (<div class="viafoura"><vf-conversations></vf-conversations></div> with the vf entry loader script and a vf-conversations-count element), in a news page layout',
        site="The Riverside Courier",
        title="Council votes to keep the Main Street farmers' market open year-round",
        byline="Alicia Moreau",
        date="2025-10-28",
        date_shown="October 28, 2025",
        time="06:30",
        article="""City council voted eight to three on Monday night to keep the Main Street farmers' market open through the winter, moving it into the old bus depot from December to March.

Vendors had asked for a year-round site for three years. The depot needs new heating and lighting, which staff estimate will cost about 140,000 dollars.

The first winter market is planned for the second Saturday of December.""",
        comments=[],
        related=[
            "Bus depot renovation plans go to public consultation",
            "Five vendors to watch at the market this fall",
        ],
        recent=[
            ("Ken D.", "Snow clearing budget rises for the third year"),
            ("Maria P.", "New library branch opens in the east end"),
        ],
        announced=58,
    ),
]
