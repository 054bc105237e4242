"""Text of held-out batch 29 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="twentyeleven-en",
        batch="heldout-29",
        render="twentyeleven",
        lang="en",
        system="A birdwatching blog on WordPress with the Twenty Eleven theme (header hgroup with the site title and description, the header image, nav#access 'Main menu'; the post in article.post with div.entry-meta 'Posted on March 3, 2025 by Name', footer.entry-meta 'This entry was posted in … Bookmark the permalink.' and div#author-info 'About Name'; nav#nav-single 'Previous' / 'Next'; div#comments with h2#comments-title '6 thoughts on “…”'; ol.commentlist of li.comment with ids 'li-comment-N'; each an article#comment-N.comment with footer.comment-meta whose div.comment-author.vcard holds ONE line 'Name on March 3, 2025 at 10:21 am said:' (span.fn, the date as a link holding time[datetime], span.says); div.comment-content; div.reply 'Reply ↓'; replies in ul.children; a pingback 'Pingback: …'; nav#comment-nav-below '← Older Comments'; the form 'Name *' / 'Email *' / 'Website'; 'Recent Posts', 'Recent Comments' and 'Archives' widgets)",
        source="WordPress Twenty Eleven theme (functions.php twentyeleven_comment: the pingback / trackback branch li.post.pingback 'Pingback:', li#li-comment-N, article#comment-N.comment, footer.comment-meta, div.comment-author.vcard with the '%1$s on %2$s <span class=\"says\">said:</span>' line, span.fn, a time[datetime], span.edit-link, div.comment-content, div.reply with 'Reply <span>&darr;</span>'; comments.php with h2#comments-title, nav#comment-nav-above / -below, ol.commentlist; content-single.php with div#author-info), written from the theme's public source as widely known",
        site="Saltmarsh Notebook",
        title="The avocets are back on the east scrape",
        byline="Gwen Harcourt",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""Four avocets dropped onto the east scrape on Saturday morning, about a week earlier than last year. By Sunday there were eleven, sweeping their bills through the shallow water as if they had never left.

The warden thinks the mild February helped. The scrape was lowered last autumn and now holds water for longer, which suits the small shrimps and worms the birds feed on.

If you visit, please keep to the sea wall path until the end of March. The birds are settling in and will leave again if they are disturbed too often.""",
        comments=[
            C(
                "Peter Oakes",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 am",
                "Counted nine from the hide on Sunday afternoon, so your eleven sounds right. Lovely to see them feeding so close to the bank.",
            ),
            C(
                "Gwen Harcourt",
                "2025-03-03T11:40:00",
                "March 3, 2025 at 11:40 am",
                "Thanks Peter. Two more came in at dusk, so the number may keep climbing this week.",
                parent=0,
            ),
            C(
                "Peter Oakes",
                "2025-03-03T12:15:00",
                "March 3, 2025 at 12:15 pm",
                "Then I will be back on Thursday with the telescope. Fingers crossed for a pair on the island.",
                parent=1,
            ),
            C(
                "Linnet",
                "2025-03-03T14:02:00",
                "March 3, 2025 at 2:02 pm",
                "Is the car park at the reserve open again after the flooding? The council page still says closed.",
            ),
            C(
                "Ray Dunmore",
                "2025-03-03T15:30:00",
                "March 3, 2025 at 3:30 pm",
                "It reopened on Friday. The lower half is still muddy, so park near the gate if you can.",
                parent=3,
            ),
            C(
                "Abigail Fenn",
                "2025-03-03T18:47:00",
                "March 3, 2025 at 6:47 pm",
                "Thank you for the reminder about the sea wall path. Last spring a dog walker flushed the whole flock twice in one morning.",
            ),
        ],
        related=["First wheatear of the spring", "A winter of short-eared owls"],
        recent=[("Ray Dunmore", "A winter of short-eared owls"), ("Maud", "Ringing day at the point")],
    ),
    Page(
        name="storefront-reviews-en",
        batch="heldout-29",
        render="storefront_reviews",
        lang="en",
        system="A WooCommerce shop on the Storefront theme: a product page with its customer reviews (the product = article: div.product with the gallery, div.summary with h1.product_title, the price, the short description, the 'Add to cart' form and div.product_meta 'SKU' / 'Category'; the tabs 'Description' / 'Additional information' / 'Reviews (3)' with the long description as the Description panel; the reviews = comments: div#reviews.woocommerce-Reviews with h2.woocommerce-Reviews-title '3 reviews for …' (the shop's answer not counted); ol.commentlist of li.review with ids 'li-comment-N'; each div#comment-N.comment_container with the avatar and div.comment-text holding div.star-rating 'Rated 5 out of 5', p.meta with strong.woocommerce-review__author, em.woocommerce-review__verified '(verified owner)', a dash and time.woocommerce-review__published-date 'March 3, 2025' whose datetime holds the full time, then div.description; the shop's answer as a reply in ul.children without stars; the 'Add a review' form 'Your rating *' / 'Your review *' / 'Name *' / 'Email *'; 'Related products' with prices and 'Add to cart'; the Storefront footer and handheld bar)",
        source="WooCommerce templates single-product-reviews.php and single-product/review.php, review-rating.php, review-meta.php (div#reviews.woocommerce-Reviews, div#comments, h2.woocommerce-Reviews-title, ol.commentlist, li.review#li-comment-N, div#comment-N.comment_container, img.avatar, div.comment-text, div.star-rating[role=img][aria-label], p.meta, strong.woocommerce-review__author, em.woocommerce-review__verified.verified, span.woocommerce-review__dash, time.woocommerce-review__published-date[datetime], div.description; div#review_form_wrapper) and tabs.php (div.woocommerce-tabs, ul.tabs.wc-tabs, div.woocommerce-Tabs-panel) in the Storefront theme's layout, written from the public templates as widely known",
        site="Hedgerow Garden Supply",
        title="Beech-handled hand trowel",
        byline="Hedgerow Garden Supply",
        date="2025-02-20",
        date_shown="February 20, 2025",
        article="""A hand trowel for people who dig every day. The blade is pressed from a single sheet of stainless steel and runs right up into the handle, so it will not bend at the neck the way cheap trowels do.

The handle is turned from European beech and oiled, not varnished, so it does not blister or crack after a season outdoors. A leather loop lets you hang it on a nail in the shed.

Blade length 14 cm, overall length 30 cm, weight 210 g. Made in a small workshop in Sheffield and guaranteed for ten years.""",
        comments=[
            C(
                "Hazel M.",
                "2025-03-03T10:21:00",
                "March 3, 2025",
                "Bought this to replace a trowel that snapped at the neck. It is heavier than I expected but it goes through clay like butter.",
                extra="5",
            ),
            C(
                "Tomasz R.",
                "2025-03-04T09:12:00",
                "March 4, 2025",
                "Good trowel, but the leather loop came off after two weeks. The blade and handle are excellent.",
                extra="4",
            ),
            C(
                "Hedgerow Garden Supply",
                "2025-03-04T14:30:00",
                "March 4, 2025",
                "Sorry to hear about the loop, Tomasz. We have sent you a replacement that is stitched rather than glued.",
                parent=1,
            ),
            C(
                "June Ashworth",
                "2025-03-06T17:45:00",
                "March 6, 2025",
                "Lovely to hold. I use it for bulbs in the lawn and the narrow blade is just right for that job.",
                extra="5",
            ),
        ],
        related=["Ash-handled border fork", "Copper plant labels, pack of 20"],
    ),
    Page(
        name="soledad-en",
        batch="heldout-29",
        render="soledad",
        lang="en",
        system="A coastal news magazine on WordPress with the Soledad theme (the post in article.post with span.cat 'Island Life', h1.post-title, div.post-box-meta-single 'by Name' and the date, a featured image, a share row 'Facebook Twitter Pinterest', a 'Read also' inline link, tags, div.post-pagination 'Previous Post' / 'Next Post' with titles, an author box 'About the author', 'You may also like' with dates; comments in div.post-comments#comments with div.post-title-box h4.post-box-title '5 Comments'; div.comments of div.comment blocks with ids 'comment-N', each div.thecomment: div.author-img, div.comment-text with span.author, span.date 'March 4, 2025 at 10:21 am' and the text in div.comment-content, 'Reply' in span.reply; replies in div.children inside the parent; the form 'Name*' / 'Email*' / 'Website' and 'Submit'; a sidebar with 'Recent Posts' (titles with dates), 'Recent Comments' and a newsletter box)",
        source="Soledad theme (PenciDesign) comments.php and its comment callback as rendered in saved pages (div.post-comments, div.post-title-box, h4.post-box-title, div.comments, div.thecomment, div.author-img, div.comment-text, span.author, span.date, div.comment-content, span.reply; the single post's post-box-meta-single, post-pagination, post-author and post-related blocks; the penci latest-posts widget), written from saved pages as widely known; class names and nesting may differ by version",
        site="The Shore Road Chronicle",
        title="Islanders ask for the winter ferry to keep its late sailing",
        byline="Ailsa Murdo",
        date="2025-03-04",
        date_shown="March 4, 2025",
        article="""The operator's draft winter timetable drops the 9pm sailing from the island on weekdays, and residents say that would leave them stranded after any evening appointment on the mainland.

At a packed meeting in the village hall on Monday, shift workers, students at the college and the island's two carers explained how they rely on the late boat. The operator says fewer than twenty people use it on an average night.

The consultation closes on 21 March. The community council will send a joint response and asks residents to add their own, however short.""",
        comments=[
            C(
                "Morag Tulloch",
                "2025-03-04T10:21:00",
                "March 4, 2025 at 10:21 am",
                "Twenty people a night is twenty people who cannot get home otherwise. The boat is a road for us, not a tourist trip.",
            ),
            C(
                "Calum B.",
                "2025-03-04T11:02:00",
                "March 4, 2025 at 11:02 am",
                "Exactly this. My daughter finishes at the hospital at eight and would have to stay over twice a week.",
                parent=0,
            ),
            C(
                "Ailsa Murdo",
                "2025-03-04T11:45:00",
                "March 4, 2025 at 11:45 am",
                "Calum, the community council would like to quote cases like hers in its response, with permission. Their email is at the end of the article.",
                parent=1,
            ),
            C(
                "Fergus Laing",
                "2025-03-04T13:20:00",
                "March 4, 2025 at 1:20 pm",
                "Has anyone asked whether a smaller boat could run the late sailing? It would cost far less than the big ferry.",
            ),
            C(
                "Eilidh",
                "2025-03-04T16:05:00",
                "March 4, 2025 at 4:05 pm",
                "It was tried in 2019 and the crew rules made it no cheaper, as far as I remember. Worth asking again though.",
                parent=3,
            ),
        ],
        related=["Harbour wall repairs to start in April", "New owners for the island shop"],
        recent=[
            ("Donald", "Harbour wall repairs to start in April"),
            ("Kirsty M.", "School roll rises for the first time in a decade"),
        ],
    ),
    Page(
        name="nextjs-zeitung-de",
        batch="heldout-29",
        render="nextjs_zeitung",
        lang="de",
        system="Eine überregionale deutsche Tageszeitung mit eigener Lesediskussion in einer Next.js-Seite (CSS-Module-Klassennamen wie 'CommentItem_root__k3Xq9', kein 'comment' in einer id; the article in article[data-testid=article] with a kicker, h1, a teaser, the author line and time; an 'Anzeige' box, 'Mehr zum Thema' links and a paywall-free notice; the discussion in section[data-testid=discussion] with h2 'Lesermeinungen (6)', sort buttons 'Neueste' / 'Älteste' / 'Empfohlen'; every comment a div with data-comment-id; the name in a button, a badge 'Redaktion' or 'Top-Kommentar', a relative time 'vor 3 Std.' over time[datetime]; the text in a p; 'Empfehlen 14' / 'Antworten' / 'Melden'; replies nested in a CSS-module replies div, each opening 'Antwort auf Name'; a removed comment 'Dieser Kommentar wurde von der Redaktion entfernt.' without author; 'Weitere Antworten anzeigen'; the __NEXT_DATA__ script with the article's JSON state and the comment count; a 'Meistgelesen' box)",
        source="German national newspapers' reader-discussion blocks as rendered by React / Next.js front ends and saved (CSS-module class names with hashes, data-testid attributes, a time element with a relative text over a datetime, recommend counters, an editorial badge, nested answers headed 'Antwort auf', removed-comment placeholders, the __NEXT_DATA__ JSON script), class names chosen after such pages; no one site's markup is copied",
        site="Rhein-Kurier",
        title="Warum die Bahn ihre Nachtzüge wieder ausbaut",
        byline="Henrike Stolz",
        date="2025-03-04",
        date_shown="04.03.2025, 06:00 Uhr",
        time="06:00",
        article="""Vor zehn Jahren hatte die Bahn ihre letzten eigenen Nachtzüge abgeschafft. Jetzt sollen ab Dezember wieder zwei Linien fahren, von Hamburg nach München und von Köln nach Wien, gemeinsam mit einem österreichischen Partner.

Der Grund ist die Nachfrage: Die bestehenden Verbindungen der Nachbarländer waren im vergangenen Jahr an vielen Tagen ausgebucht. Vor allem Familien und Geschäftsreisende wollen Flüge über kurze Strecken vermeiden.

Ob sich die Züge rechnen, ist offen. Die Wagen sind teuer, die Trassenpreise hoch, und ein Zug kann nachts nur eine Fahrt machen. Der Verkehrsverbund will die Zahlen nach dem ersten Winter veröffentlichen.""",
        comments=[
            C(
                "Jörg Pfeiffer",
                "2025-03-04T07:12:00",
                "vor 5 Std.",
                "Endlich. Ich fahre zweimal im Monat nach München und würde sofort den Nachtzug nehmen, wenn er zuverlässig fährt.",
                extra="Top-Kommentar",
            ),
            C(
                "Sabine K.",
                "2025-03-04T07:40:00",
                "vor 4 Std.",
                "Zuverlässig ist das Stichwort. Mein letzter Nachtzug nach Wien kam mit drei Stunden Verspätung an, das Frühstück fiel aus.",
                parent=0,
            ),
            C(
                "Henrike Stolz",
                "2025-03-04T08:05:00",
                "vor 4 Std.",
                "Die Bahn hat uns zugesagt, für die neuen Linien eigene Ersatzwagen vorzuhalten. Wir fragen nach dem ersten Winter nach, ob das gereicht hat.",
                parent=1,
                extra="Redaktion",
            ),
            C(
                "Frank_aus_Kassel",
                "2025-03-04T08:51:00",
                "vor 3 Std.",
                "Mich interessiert der Preis. Wenn ein Liegeplatz mehr kostet als Flug und Hotel zusammen, bleibt es ein Nischenangebot.",
            ),
            C(
                "Mareike Rust",
                "2025-03-04T09:33:00",
                "vor 2 Std.",
                "Mit Kindern rechnet sich das trotzdem. Wir sparen die Hotelnacht und kommen ausgeschlafen an, das ist uns etwas wert.",
                parent=3,
            ),
            C(
                "Ulrich Benz",
                "2025-03-04T10:18:00",
                "vor 1 Std.",
                "Schade, dass Berlin nicht dabei ist. Gerade die Strecke nach Paris wäre über Nacht ideal.",
            ),
        ],
        related=[
            "Deutschlandticket: Was sich im Mai ändert",
            "Pendler zahlen mehr für Parkplätze am Bahnhof",
        ],
    ),
    Page(
        name="drive2-ru",
        batch="heldout-29",
        render="drive2",
        lang="ru",
        system="A Russian car community's logbook entry in the style of DRIVE2 (бортжурнал: the entry = article, with the car's name 'Лада 4x4 2010' and the owner's city above it, the entry's category 'Своими руками', a costs line 'Цена: 2 400 ₽ · Пробег: 148 000 км', likes and a 'Подписаться' button; comments in div.c-comments with the count 'Комментарии 6'; every comment a div.c-comment with a data-id, the name in a.c-username and, glued under it, the commenter's own car 'Нива Шевроле · Тула'; the date as '4 марта в 10:21' (year-less) with the full time in a data attribute; the text in div.c-comment__text; a 'Ответить' link and a like count; replies nested in div.c-comment__replies, some opening with 'Name,'; a 'Показать ещё 3 ответа' button; the form 'Написать комментарий' for logged-in users; 'Другие записи в бортжурнале' with dates and a 'Популярное' box)",
        source="Russian car-community sites' logbook pages as saved, in the style of DRIVE2 (c-* prefixed BEM classes: a comment block with the user link, the user's car line, a year-less date with the full time in an attribute, nested answers, like counters, 'Показать ещё' buttons), class names chosen after such pages; no one site's markup is copied",
        site="Автоклуб Подорожник",
        title="Поменял сайлентблоки передних рычагов",
        byline="Серёга_Нива",
        date="2025-03-03",
        date_shown="3 марта 2025",
        article="""На пробеге 148 тысяч передние рычаги начали стучать на каждой кочке, а машину стало уводить вправо при торможении. Решил менять сайлентблоки сам, в гараже, без подъёмника.

Рычаги снимал по одному. Старые сайлентблоки выпрессовал самодельным съёмником из шпильки и двух кусков трубы, новые полиуретановые запрессовал тем же съёмником с мыльным раствором.

На всё ушла суббота и половина воскресенья. Стук пропал, машина держит прямую. После работ обязательно съездить на сход-развал, у меня схождение ушло почти на градус.""",
        comments=[
            C(
                "Виктор Гарин",
                "2025-03-04T10:21:00",
                "4 марта в 10:21",
                "Полиуретан на нашей дороге ходит года три, не больше. Я в прошлый раз поставил резину от оригинала и не жалею.",
                extra="Нива Шевроле · Тула",
            ),
            C(
                "Серёга_Нива",
                "2025-03-04T11:05:00",
                "4 марта в 11:05",
                "Виктор, посмотрим. Резину я тоже брал, но одна партия порвалась за год, поэтому решил попробовать.",
                parent=0,
                extra="Лада 4x4 · Рязань",
            ),
            C(
                "Виктор Гарин",
                "2025-03-04T11:32:00",
                "4 марта в 11:32",
                "Тогда отпишись через год, интересно, как поведут себя зимой в мороз.",
                parent=1,
                extra="Нива Шевроле · Тула",
            ),
            C(
                "Алёна_4x4",
                "2025-03-04T13:48:00",
                "4 марта в 13:48",
                "А чертёж съёмника можно? Муж третий выходной собирается, никак не соберётся.",
                extra="Suzuki Jimny · Калуга",
            ),
            C(
                "Серёга_Нива",
                "2025-03-04T14:10:00",
                "4 марта в 14:10",
                "Алёна, выложу отдельной записью с размерами, там ничего сложного: шпилька М14 и две трубы.",
                parent=3,
                extra="Лада 4x4 · Рязань",
            ),
            C(
                "Дед_Мазай",
                "2025-03-04T19:02:00",
                "4 марта в 19:02",
                "Без подъёмника за полтора дня это хорошо. Я в первый раз неделю ковырялся.",
                extra="УАЗ Хантер · Кострома",
            ),
        ],
        related=["Заменил ШРУС своими руками", "Зимняя резина: итоги сезона"],
        recent=[("Михалыч", "Зимняя резина: итоги сезона"), ("Костя", "Печка греет слабо: что проверить")],
    ),
    Page(
        name="mediavida-foro-es",
        batch="heldout-29",
        render="mediavida",
        lang="es",
        system="A Spanish general forum's thread in the style of Mediavida (forum: the first post = article, later posts = comments; div#posts of div.post blocks with data-num and data-autor; each with div.post-avatar, div.post-meta holding a.autor, a rank line, the post number '#2' as a link and a relative time 'hace 3 h' in span.rd whose title holds the date; the text in div.post-contents; a reply opens with an inline '#N' link to the post it answers, or quotes it in div.quote 'Nombre dijo:'; 'Editado' marks with a time; 'manitas' like counts 'x 12'; the thread's first post marked 'OP'; pagination '1 2 Siguiente' and the 'Responder' box; a 'Hilos relacionados' list and a 'Lo más visto' box)",
        source="Spanish forum software as rendered on general-interest forums in the style of Mediavida (div.post[data-num][data-autor], div.post-avatar, div.post-meta, a.autor, a.qn '#N', span.rd with a relative time and a title, div.post-contents, div.quote, inline '#N' reply links, like counters), class names chosen after such pages; no one site's markup is copied",
        site="Foro La Plazuela",
        title="¿Merece la pena comprar un robot aspirador para un piso pequeño?",
        byline="tortilla_sin_cebolla",
        date="2025-03-03",
        date_shown="3 mar 2025, 09:14",
        time="09:14",
        article="""Vivo en un piso de 55 metros con suelo de tarima y un gato que suelta pelo como si no hubiera mañana. Estoy pensando en comprar un robot aspirador, pero no sé si compensa.

Me preocupan las alfombras y los cables del salón. Tampoco quiero gastarme más de 250 euros.

¿Alguien tiene uno en un piso parecido? ¿Lo usáis de verdad o acaba en un armario?""",
        comments=[
            C(
                "Kirinuki",
                "2025-03-03T09:40:00",
                "hace 26 h",
                "Yo tengo uno de 200 euros desde hace dos años en un piso de 60 metros. Con gato es lo mejor que he comprado, lo pongo cada día mientras trabajo.",
            ),
            C(
                "Pepa_Rayo",
                "2025-03-03T10:05:00",
                "hace 25 h",
                "#2 Lo mismo digo, pero recoge los cables antes de encenderlo. El mío se comió el del cargador del móvil la primera semana.",
                parent=0,
            ),
            C(
                "nosequeponer",
                "2025-03-03T11:32:00",
                "hace 24 h",
                "Las alfombras de pelo largo son su enemigo. Si las tienes finas, sin problema.",
            ),
            C(
                "tortilla_sin_cebolla",
                "2025-03-03T12:10:00",
                "hace 23 h",
                "Las mías son finas, menos mal. ¿Qué modelo es el tuyo? Por ese precio me vale.",
                parent=0,
            ),
            C(
                "Kirinuki",
                "2025-03-03T12:44:00",
                "hace 22 h",
                "Te lo paso por privado para no hacer publicidad, pero cualquiera con mapeo por láser te vale.",
                parent=3,
            ),
        ],
        related=["Aspiradora escoba sin cable: ¿cuál comprar?", "Hilo oficial de domótica barata"],
        recent=[
            ("1.204", "Hilo oficial de domótica barata"),
            ("877", "Cafeteras superautomáticas: ¿cuál comprar?"),
        ],
    ),
    Page(
        name="eklablog-fr",
        batch="heldout-29",
        render="eklablog",
        lang="fr",
        system="A French craft blog on the Eklablog platform (the post in div.article with h2.article-title, a line 'Publié le 3 mars 2025 par Name', div.article-content, the 'Tags :' line and a share row; comments in div#comments with h3 '5 Commentaires'; every comment a div.comment with an id 'comment-N' and a running number '1' / '2' in span.comment-number, the header 'Name' (a link for bloggers) then 'Mardi 4 Mars 2025 à 10:21' as two spans; the text in div.comment-body; replies nested in div.comment-children inside the parent, the blog owner's with a 'Auteur' label; 'Répondre' links; the form 'Votre nom / pseudo :', 'Votre email :', 'Votre site :', 'Retapez dans la case le code …' (a captcha); a sidebar with 'Derniers commentaires' (names, post titles and snippets), 'Articles récents' and 'Archives'; the Eklablog bar 'Créer un blog gratuit sur Eklablog')",
        source="Eklablog blog themes as rendered and saved (div.article, h2.article-title, div.article-content, div#comments, div.comment with the comment number, author and date spans, div.comment-body, nested answers, the comment form with its captcha line, the 'Derniers commentaires' module and the platform bar), written from saved Eklablog pages as widely known; class names may differ by theme",
        site="Fil & Fantaisie",
        title="Un sac cabas en toile de lin, pas à pas",
        byline="Cécile",
        date="2025-03-03",
        date_shown="3 mars 2025",
        article="""Voici enfin le tuto du cabas que je vous avais montré sur Instagram. Il faut un mètre de toile de lin lavée, un coupon de coton pour la doublure et deux sangles de trois centimètres.

Coupez deux rectangles de 45 sur 50 centimètres dans chaque tissu. Assemblez-les endroit contre endroit, puis formez le fond en piquant les coins à huit centimètres.

Le montage des anses est le seul passage délicat : faufilez-les avant de coudre la doublure, sinon elles tournent. Comptez deux heures en prenant votre temps.""",
        comments=[
            C(
                "Nadège",
                "2025-03-04T10:21:00",
                "Mardi 4 Mars 2025 à 10:21",
                "Merci pour ce tuto très clair ! Je vais le coudre pour ma mère, elle adore le lin.",
            ),
            C(
                "Cécile",
                "2025-03-04T11:15:00",
                "Mardi 4 Mars 2025 à 11:15",
                "Avec plaisir Nadège, montre-moi le résultat si tu veux, je ferai un petit album des vôtres.",
                parent=0,
                extra="Auteur",
            ),
            C(
                "Les doigts de Jeanne",
                "2025-03-04T13:02:00",
                "Mardi 4 Mars 2025 à 13:02",
                "On peut remplacer les sangles par des anses en cuir ? J'en ai récupéré sur un vieux sac.",
            ),
            C(
                "Cécile",
                "2025-03-04T13:40:00",
                "Mardi 4 Mars 2025 à 13:40",
                "Oui, à condition de les fixer à la main avec deux rivets de chaque côté, la machine n'aime pas le cuir épais.",
                parent=2,
                extra="Auteur",
            ),
            C(
                "Les doigts de Jeanne",
                "2025-03-04T14:08:00",
                "Mardi 4 Mars 2025 à 14:08",
                "Parfait, j'ai justement une pince à rivets qui dort dans un tiroir. Merci !",
                parent=3,
            ),
        ],
        related=["Trousse zippée pour débutantes", "Mes tissus préférés pour l'été"],
        recent=[("Mamie Lou", "Trousse zippée pour débutantes"), ("Sandrine", "Un tablier pour enfant")],
    ),
    Page(
        name="sohu-news-zh",
        batch="heldout-29",
        render="sohu_news",
        lang="zh",
        system="A Chinese self-media article page in the style of 搜狐号 (the article in article.article with h1, the author block '作者名 · 2025-03-04 09:30 · 发布于：浙江', the body, '返回搜狐，查看更多' and '责任编辑：'; comments in div#comment_area with '评论 6' and the tabs '热门' / '最新'; every comment a div.c-comment-item with a data-id; the avatar, span.c-user-name, an IP line 'IP属地：浙江' and a relative time '3小时前' whose title holds the full time, the text in div.c-comment-content, '赞 12' and '回复'; replies listed under the comment in div.c-reply-list as '名字 回复 名字：text' lines with their own meta; '展开3条回复'; the box '说说你的看法'; a '24小时热文' sidebar and a '推荐阅读' list with sources and times)",
        source="Chinese self-media and portal article pages as saved, in the style of 搜狐号 (the article block with the author, the time and '发布于', '返回搜狐，查看更多', '责任编辑：'; a comment area with hot / latest tabs, comment items with the user name, 'IP属地', a relative time, like counts, reply lists with '回复' lines), class names chosen after such pages; no one site's markup is copied",
        site="城事观察",
        title="老小区加装电梯，为什么一楼住户最难说服",
        byline="城事观察",
        date="2025-03-04",
        date_shown="2025-03-04 09:30",
        time="09:30",
        article="""杭州一个建于九十年代的老小区，今年终于有三个单元装上了电梯。居委会的工作人员说，最难的一步不是筹钱，而是说服一楼和二楼的住户。

一楼住户用不上电梯，却要承受噪音、采光变差和房价可能下跌的影响。有的单元用高楼层多出资、给一楼补偿的办法达成了一致，有的单元谈了三年还没有结果。

专家建议，补偿方案最好在设计阶段就公开讨论，并请第三方评估采光的影响。加装电梯是好事，但得让每一层的住户都觉得公平。""",
        comments=[
            C(
                "老周看世界",
                "2025-03-04T10:12:00",
                "3小时前",
                "我家就在一楼，说实话不是不支持，是补偿方案一直没人来谈，直接就让签字。",
            ),
            C(
                "晴天小雨",
                "2025-03-04T10:40:00",
                "3小时前",
                "理解一楼，我们单元最后是六楼出得最多，一楼拿了两万补偿，大家都没意见。",
                parent=0,
            ),
            C(
                "老周看世界",
                "2025-03-04T11:05:00",
                "2小时前",
                "这样谈就好，先把账算清楚，签字就不难。",
                parent=1,
            ),
            C(
                "杭州阿杰",
                "2025-03-04T11:30:00",
                "2小时前",
                "采光影响确实要请第三方评估，不然谁说了都不算。",
            ),
            C(
                "一只猫的午后",
                "2025-03-04T12:18:00",
                "1小时前",
                "我外婆住五楼，每天上下楼要歇三次，真希望她们小区也能早点装上。",
            ),
        ],
        related=["老旧小区改造：今年重点做哪些事", "停车难，小区能不能划出临时车位"],
        recent=[("杭州阿杰", "停车难，小区能不能划出临时车位"), ("一只猫的午后", "社区食堂开到第三家")],
    ),
]
