"""Text of held-out batch 28 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="ghost-script-en",
        batch="heldout-28",
        render="ghost_comments_script",
        lang="en",
        system="A Ghost newsletter site on the Source theme whose member comments Ghost's comments-ui loads by script (the post in article.gh-article with the tag, h1.gh-article-title, p.gh-article-excerpt, the byline 'By Name' and the date, a feature image with its caption; a members-only CTA 'Subscribe to keep reading'; under it section.gh-comments with h2 'Member discussion', a count '23 comments' the comment-count helper filled, and the comments-ui script tag with data-ghost-comments, data-api, data-key, data-count (the comments' iframe is not saved with a page); a 'Read more' box with three post cards and excerpts; a footer signup form). Expected: no comments",
        source="Ghost's {{comments}} and {{comment_count}} helpers as they render (a script from cdn.jsdelivr.net/ghost/comments-ui with data-ghost-comments, data-api, data-admin, data-key, data-title, data-count, data-post-id, data-color-scheme, data-avatar-saturation, data-accent-color, data-comments-enabled; a script data-ghost-comment-count filling the count) in the Source theme's post.hbs (article.gh-article, header.gh-article-header, span.gh-article-tag, h1.gh-article-title, p.gh-article-excerpt, div.gh-article-meta, figure.gh-article-image, section.gh-content, section.gh-comments, the gh-cta block), written from the public theme and helper source as widely known",
        site="The Slow Kitchen Letter",
        title="Why I stopped buying pre-ground spices",
        byline="Nadia Farouk",
        date="2025-03-04",
        date_shown="Mar 4, 2025",
        article="""For years my spice drawer held thirty small jars of ground powder, most of them older than I like to admit. Last autumn I replaced all of them with whole seeds and a cheap blade grinder.

The difference is largest with cumin, coriander and cardamom. Toasted for a minute in a dry pan and ground just before cooking, they smell like something else entirely.

It costs me about two minutes per meal. I would not go back, and the drawer is finally tidy.""",
        comments=[],
        related=["A week of one-pot dinners", "Sourdough without the fuss"],
        announced=23,
    ),
    Page(
        name="movabletype-en",
        batch="heldout-28",
        render="movabletype",
        lang="en",
        system="A Movable Type blog with the default 'Professional' style templates (the entry in div.entry-asset.asset with h1.asset-name, div.asset-meta 'By Name on March 4, 2025 9:00 AM', div.asset-body; a 'Categories' / 'Tags' footer; comments in div#comments.comments with h2.comments-header '5 Comments'; div.comments-content of flat div.comment blocks with ids 'comment-N', each div.inner with div.comment-header holding div.asset-meta: 'Name replied to comment from Other' (a link to the parent) and the date as a permalink 'March 4, 2025 10:21 AM' in abbr.published; div.comment-content; div.comment-footer with 'Reply'; a TrackBack block 'TrackBack URL for this entry' and a trackback listed as 'Linked from: …'; the 'Leave a comment' form 'Name' / 'Email Address' / 'URL' and 'Remember personal info?'; a 'Recent Comments' sidebar)",
        source="Movable Type default templates (Comments and Comment Detail template modules: div#comments.comments, h2.comments-header, div.comments-content, div.comment#comment-N with div.inner, div.comment-header, div.asset-meta, span.byline with the 'replied to comment from' phrase from MTCommentParent, abbr.published, div.comment-content, div.comment-footer with the reply link; the Trackbacks module with 'TrackBack URL for this entry:' and div.trackback; the entry's div.entry-asset / div.asset-header / div.asset-meta), written from the public templates as widely known; class names may differ by version",
        site="Marginalia Press",
        title="The pleasure of reading a book twice",
        byline="Edmund Carrow",
        date="2025-03-04",
        date_shown="March 4, 2025 9:00 AM",
        time="09:00",
        article="""I have started rereading the books I loved at twenty, and I am surprised by how different they have become.

The plots are the same, of course. What has changed is which characters I notice. At twenty I followed the young man who leaves home; at fifty I keep looking at the father he leaves behind.

A second reading is a conversation with the person you were the first time. I recommend it, especially with a book you think you remember well.""",
        comments=[
            C(
                "Rosalind Pye",
                "2025-03-04T10:21:00",
                "March 4, 2025 10:21 AM",
                "This happened to me with Middlemarch. The first time I was all for Dorothea, now I feel for Casaubon.",
            ),
            C(
                "Tom Ainsworth",
                "2025-03-04T11:05:00",
                "March 4, 2025 11:05 AM",
                "Feeling for Casaubon is a sure sign of middle age. I say that as a fellow sufferer.",
                parent=0,
            ),
            C(
                "Bernadette K.",
                "2025-03-04T13:48:00",
                "March 4, 2025 1:48 PM",
                "Do you reread in the same edition? I find the old paperback with my notes in the margin changes the experience a lot.",
            ),
            C(
                "Edmund Carrow",
                "2025-03-04T15:12:00",
                "March 4, 2025 3:12 PM",
                "Always the same copy if I still have it. The notes are half the fun, and some of them are embarrassing.",
                parent=2,
            ),
            C(
                "Rosalind Pye",
                "2025-03-04T17:30:00",
                "March 4, 2025 5:30 PM",
                "Guilty as charged. I noticed I had started skipping the chapters about Fred Vincy, which I used to love.",
                parent=1,
            ),
        ],
        related=["Notes on a winter of Trollope", "The library sale haul"],
        recent=[("Ivor", "Notes on a winter of Trollope"), ("Kathleen M.", "What makes a good translation")],
    ),
    Page(
        name="q2a-en",
        batch="heldout-28",
        render="q2a",
        lang="en",
        system="A Question2Answer site for home brewers (the question = article: div.qa-q-view with the vote box, 'asked Mar 3 in Equipment by Name', div.qa-q-view-content, tags and the question's own comments; answers = comments: div.qa-a-list of div.qa-a-list-item with ids 'aN', each with a vote box and net count, 'answered Mar 3 by Name' with the date in a time element carrying datetime, 'Best answer' on one, points 'Name 1.2k points', div.qa-a-item-content and the buttons 'comment' / 'edit' / 'flag'; each answer's comments in div.qa-c-list of div.qa-c-list-item 'commented Mar 3 by Name'; the 'Your answer' form; a 'Related questions' list in the side panel)",
        source="Question2Answer's default theme output (qa-theme-base.php: div.qa-q-view, div.qa-q-view-main, span.qa-q-view-avatar-meta with span.qa-q-view-what 'asked', span.qa-q-view-when, span.qa-q-view-who; div.qa-a-list, div.qa-a-list-item#aN, div.qa-a-selection 'Best answer', span.qa-a-item-what 'answered', span.qa-a-item-when-data, span.qa-a-item-who-data, span.qa-a-item-who-points; div.qa-c-list, div.qa-c-list-item#cN with 'commented'; div.qa-a-form 'Your answer'; the related questions widget), written from the project's public source as widely known",
        site="Homebrew Answers",
        title="Why does my airlock stop bubbling after two days?",
        byline="ferment_fred",
        date="2025-03-03",
        date_shown="Mar 3",
        article="""I brewed my third batch of pale ale on Saturday. The airlock bubbled hard for about two days and now it has stopped completely.

The wort was 1.050 and I pitched one packet of dry yeast at about 20 °C. The bucket is in a cupboard that stays at 18 °C.

Is the fermentation finished, stuck, or is the lid leaking? I do not want to open it without a reason.""",
        comments=[
            C(
                "hopsandhalf",
                "2025-03-03T10:21:00",
                "Mar 3",
                "Very likely it is simply done. At 18 °C a healthy pitch of dry yeast can finish most of the work in 48 hours. Take a gravity reading, then another two days later. If both match, fermentation is over.",
                extra="Best answer",
            ),
            C(
                "ferment_fred",
                "2025-03-03T11:02:00",
                "Mar 3",
                "Thanks, I will take a reading tonight. Is it okay to open the lid for that?",
                parent=0,
            ),
            C(
                "hopsandhalf",
                "2025-03-03T11:30:00",
                "Mar 3",
                "Yes, just sanitise the sample thief and keep it quick. A minute of exposure will not hurt.",
                parent=0,
            ),
            C(
                "Bruno Keller",
                "2025-03-03T14:45:00",
                "Mar 3",
                "Also check the lid seal. Buckets often leak around the rim, so the CO2 escapes there instead of through the airlock. The airlock is not a fermentation meter.",
            ),
        ],
        related=["How long should I leave beer on the yeast?", "Is a secondary fermenter worth it?"],
    ),
    Page(
        name="twentyfifteen-de",
        batch="heldout-28",
        render="twentyfifteen",
        lang="de",
        system="Ein deutsches Fotografie-Blog auf WordPress mit dem Theme Twenty Fifteen (the post in article.hentry with header.entry-header h1.entry-title, div.entry-content and footer.entry-footer with the date, the author, categories, 'Kommentare' and 'Bearbeiten'; an author-info box 'Veröffentlicht von'; comments in div#comments.comments-area with h2.comments-title '5 Gedanken zu „…“'; ol.comment-list of li.comment with ids 'comment-N'; each an article#div-comment-N.comment-body with footer.comment-meta: div.comment-author.vcard (avatar, b.fn, span.says 'sagt:'), div.comment-metadata with the date link '4. März 2025 um 10:21 Uhr' and 'Bearbeiten'; div.comment-content; div.reply 'Antworten'; replies in ol.children; a trackback 'Trackback: …'; nav.comment-navigation 'Ältere Kommentare'; the form 'Name *' / 'E-Mail *' / 'Website'; a 'Neueste Kommentare' widget in the sidebar)",
        source="WordPress Twenty Fifteen theme (comments.php with div#comments.comments-area, h2.comments-title '%1$s Gedanken zu „%2$s“' in the German translation, twentyfifteen_comment_nav with 'Ältere Kommentare' / 'Neuere Kommentare', ol.comment-list with wp_list_comments avatar_size 56 in html5 style; WordPress core's Walker_Comment html5_comment and the ping branch 'Trackback:'; template-tags.php twentyfifteen_entry_meta; author-bio.php), written from the theme's public source as widely known",
        site="Körnchen & Kontrast",
        title="Schwarzweißfilm selbst entwickeln: mein erster Versuch in der Küche",
        byline="Till Ahrens",
        date="2025-03-03",
        date_shown="3. März 2025",
        article="""Seit Jahren wollte ich meine Filme selbst entwickeln, und im Februar habe ich es endlich in unserer Küche ausprobiert.

Die Ausrüstung war überschaubar: eine Entwicklungsdose, ein Wechselsack, ein Thermometer und drei Flaschen Chemie. Am schwierigsten war das Einspulen des Films im Wechselsack, blind und mit schwitzenden Händen.

Das Ergebnis: 34 von 36 Bildern sind gut geworden. Die beiden anderen hatte ich schon beim Fotografieren verwackelt.""",
        comments=[
            C(
                "Katrin Vogt",
                "2025-03-04T10:21:00",
                "4. März 2025 um 10:21 Uhr",
                "Glückwunsch! Beim Einspulen hilft es, vorher mit einem alten Film bei Licht zu üben. Das hat mir viel Frust erspart.",
            ),
            C(
                "Till Ahrens",
                "2025-03-04T11:47:00",
                "4. März 2025 um 11:47 Uhr",
                "Guter Tipp, den hätte ich vorher gebraucht. Beim nächsten Film mache ich das.",
                parent=0,
            ),
            C(
                "Jens M.",
                "2025-03-04T14:10:00",
                "4. März 2025 um 14:10 Uhr",
                "Welchen Entwickler hast du genommen? Ich schwanke zwischen Rodinal und einem Pulverentwickler.",
            ),
            C(
                "Till Ahrens",
                "2025-03-04T15:02:00",
                "4. März 2025 um 15:02 Uhr",
                "Rodinal, eins zu fünfzig. Hält ewig, und für den Anfang ist die Verdünnung leicht zu merken.",
                parent=2,
            ),
            C(
                "Helga Brandt",
                "2025-03-05T09:14:00",
                "5. März 2025 um 9:14 Uhr",
                "Wie schön, dass das wieder jemand macht. Mein Vater hatte früher eine Dunkelkammer im Keller, der Geruch des Fixierers ist mir bis heute vertraut.",
            ),
        ],
        related=["Die Kleinbildkamera meines Großvaters", "Fotografieren im Nebel"],
        recent=[
            ("Annette", "Die Kleinbildkamera meines Großvaters"),
            ("Ole", "Welcher Film für den Winter?"),
        ],
    ),
    Page(
        name="instantcms-ru",
        batch="heldout-28",
        render="instantcms",
        lang="ru",
        system="A Russian regional travel magazine on InstantCMS 2 (the article in div.content_item with h1, div.info_bar with the date, the author and 'Просмотров: 2 418', the text in div.field.ft_html; the tag list; comments in div#comments_widget with tabs 'Комментарии 5' and 'Подписаться'; div#comments_list of flat div.comment blocks with ids 'comment_N' whose nesting shows only in style='margin-left: 30px' and data-level; each div.info with div.name (the name as a link, 'гость' for a guest) and div.date with the date '04.03.2025 10:21' and a permalink '#', a rating '+3' between vote arrows; div.body with div.text and div.links 'Ответить' / 'Пожаловаться'; the 'Добавить комментарий' form with 'Ваше имя' / 'E-mail'; a 'Последние комментарии' widget)",
        source="InstantCMS 2 default template (templates/default/controllers/comments/comment.tpl.php and list.tpl.php: div#comments_widget, div#comments_list, div.comment#comment_N with style margin-left by level and data-level, div.avatar, div.info, div.name, a.user, div.date, span.nav, div.rating with the vote arrows, div.body, div.text, div.links with the reply link; the comment form; the 'Последние комментарии' widget), written from the project's public source as widely known; class names may differ by version",
        site="Заповедный край",
        title="Куршская коса в марте: тишина, ветер и лоси",
        byline="Анна Белецкая",
        date="2025-03-03",
        date_shown="03.03.2025",
        article="""В начале марта на Куршской косе почти нет туристов. Кафе закрыты, парковки пусты, и по «Танцующему лесу» можно пройти, не встретив ни одного человека.

Мы провели на косе два дня. Ветер с залива был такой, что на дюне Эфа приходилось держать фотоаппарат двумя руками, зато вечером у Рыбачьего мы увидели лося, спокойно переходившего дорогу.

Если поедете в это время, возьмите термос и непромокаемую куртку. И не забудьте, что въезд в национальный парк платный круглый год.""",
        comments=[
            C(
                "Олег К.",
                "2025-03-04T10:21:00",
                "04.03.2025 10:21",
                "Были там в феврале, тоже никого. Подтверждаю про ветер, на дюне Эфа у меня сдуло шапку.",
            ),
            C(
                "Анна Белецкая",
                "2025-03-04T11:03:00",
                "04.03.2025 11:03",
                "Шапку жалко! Мы свои держали капюшонами, иначе тоже улетели бы.",
                parent=0,
            ),
            C(
                "Марина",
                "2025-03-04T16:40:00",
                "04.03.2025 16:40",
                "Подскажите, где ночевали? Зимой ведь почти всё закрыто.",
            ),
            C(
                "Анна Белецкая",
                "2025-03-04T18:15:00",
                "04.03.2025 18:15",
                "В Рыбачьем работает пара гостевых домов круглый год, бронировали за неделю.",
                parent=2,
            ),
            C(
                "Марина",
                "2025-03-04T19:02:00",
                "04.03.2025 19:02",
                "Спасибо, будем искать там.",
                parent=3,
            ),
        ],
        related=["Зеленоградск за один день", "Балтийск: город у самой границы"],
        recent=[("Вадим", "Зеленоградск за один день"), ("Ирина", "Янтарный: что посмотреть зимой")],
    ),
    Page(
        name="foroactivo-es",
        batch="heldout-28",
        render="foroactivo",
        lang="es",
        system="A Spanish model-railway forum on Foroactivo (Forumotion) with its phpBB3-style version (forum: the first post = article, later posts = comments; every post a div.post.row1 / row2 with classes 'post--N' and an id 'pN'; div.postbody with div.post-head holding h2.topic-title 'Re: …' and p.author 'por Name el Lun 3 Mar 2025 - 10:21'; div.content with the text and a quote of an earlier post as blockquote with cite 'Name escribió:'; div.signature_div; dl.postprofile with the avatar, the name, the rank 'Moderador' / 'Maquinista', 'Mensajes: 340', 'Fecha de inscripción: 12/01/2019', 'Localización: Zaragoza'; the 'Volver arriba' links; 'Temas similares' and 'Permisos de este foro:' boxes; the quick reply 'Respuesta rápida')",
        source="Forumotion (Foroactivo) phpBB3 version's viewtopic_body template as rendered and saved (div.post.rowN.post--N#pN, div.inner, div.postbody, div.post-head, h2.topic-title, p.author 'por … el …', div.content, blockquote cite 'escribió:', div.signature_div, dl.postprofile with dt/dd, the 'Temas similares' list and 'Permisos de este foro' block), written from saved Foroactivo forums as widely known; details may differ by template",
        site="Foro Ferromodelismo Ibérico",
        title="¿Qué escala elegir para una maqueta en un piso pequeño?",
        byline="Vía_Estrecha",
        date="2025-03-03",
        date_shown="Lun 3 Mar 2025 - 8:40",
        time="08:40",
        article="""Hola a todos. Me mudé a un piso de sesenta metros y por fin quiero empezar una maqueta, pero solo tengo un hueco de 1,80 por 0,60 metros en el cuarto de invitados.

Dudo entre H0 y N. En H0 tengo ya dos locomotoras de cuando era niño, pero temo que el trazado quede demasiado simple.

¿Qué haríais vosotros con ese espacio? Me gustan las estaciones pequeñas de líneas secundarias.""",
        comments=[
            C(
                "Chema_Talgo",
                "2025-03-03T10:21:00",
                "Lun 3 Mar 2025 - 10:21",
                "Con ese hueco yo iría a N sin dudarlo. Puedes hacer una estación de paso con dos vías de apartado y todavía te queda sitio para un poco de paisaje.",
                extra="Maquinista",
            ),
            C(
                "Vía_Estrecha",
                "2025-03-03T11:05:00",
                "Lun 3 Mar 2025 - 11:05",
                "¿Y las locomotoras en H0? Me da pena dejarlas en una caja.",
                parent=0,
                extra="Maquinista",
            ),
            C(
                "Chema_Talgo",
                "2025-03-03T11:40:00",
                "Lun 3 Mar 2025 - 11:40",
                "Pues entonces mira un diorama tipo estantería en H0: una estación terminal con un fiel de maniobras. Son muy entretenidos.",
                parent=1,
                extra="Maquinista",
            ),
            C(
                "Remedios_Zgz",
                "2025-03-03T17:02:00",
                "Lun 3 Mar 2025 - 17:02",
                "Como moderadora os recuerdo que hay un hilo fijo con planos para espacios pequeños. Ahí tienes varios de 1,80 metros en ambas escalas.",
                extra="Moderador",
            ),
        ],
        related=["Iluminación LED en coches de viajeros", "Reunión de socios en Zaragoza, abril"],
    ),
    Page(
        name="weebly-fr",
        batch="heldout-28",
        render="weebly",
        lang="fr",
        system="A French pottery studio's blog on Weebly (the post in div.blog-post with h2.blog-title, p.blog-date '3/3/2025' and div.blog-content; a 'Commentaires' link with the count; comments in div#commentArea and div.blog-comments: flat div.blogCommentWrap blocks with ids, nesting shown only by the class blogCommentLevel1 / blogCommentLevel2 of the inner block; each div.blogCommentHeading with div.blogCommentAuthor holding span.name (a link for a site) and span.date '3/3/2025 10:21:00 am'; div.blogCommentText; div.blogCommentReply 'Répondre'; the form 'Nom (obligatoire)' / 'E-mail (non publié)' / 'Site web'; the 'Archives' and 'Catégories' sidebar)",
        source="Weebly blog templates as rendered and saved (div.blog-body, div.blog-post, h2.blog-title, p.blog-date, div.blog-content, div#commentArea, div.blog-comments, div.blogCommentWrap, div.blogCommentLevelN, div.blogCommentHeading, div.blogCommentAuthor, span.name, span.date, div.blogCommentText, div.blogCommentReply, the comment form labels in the French interface), written from saved Weebly blogs as widely known; class names may differ by version",
        site="Atelier Terre & Feu",
        title="Pourquoi nos bols craquent parfois au four",
        byline="Clémence Aubry",
        date="2025-03-03",
        date_shown="3/3/2025",
        article="""Plusieurs élèves m'ont demandé pourquoi certains bols sortent du four avec une fine fissure au fond. La réponse tient presque toujours au séchage.

Un fond plus épais que les parois sèche moins vite. Quand les bords sont déjà durs, le fond se rétracte encore et finit par se fendre.

Notre solution à l'atelier : tournasser le fond à la même épaisseur que les parois, puis laisser sécher les pièces retournées, sous un plastique léger, pendant deux jours.""",
        comments=[
            C(
                "Odile F.",
                "2025-03-03T10:21:00",
                "3/3/2025 10:21:00 am",
                "Merci, c'est exactement ce qui m'est arrivé la semaine dernière ! Mon fond faisait presque un centimètre.",
            ),
            C(
                "Clémence Aubry",
                "2025-03-03T12:05:00",
                "3/3/2025 12:05:00 pm",
                "Un centimètre, c'est beaucoup. Visez plutôt cinq à six millimètres, on vérifiera ensemble jeudi.",
                parent=0,
            ),
            C(
                "Yannick",
                "2025-03-03T18:40:00",
                "3/3/2025 06:40:00 pm",
                "Et pour les assiettes plates, vous conseillez la même chose ? Les miennes se voilent plus qu'elles ne craquent.",
            ),
            C(
                "Clémence Aubry",
                "2025-03-04T09:15:00",
                "3/4/2025 09:15:00 am",
                "Pour les assiettes, séchez-les entre deux plaques de plâtre et retournez-les chaque jour. Le voilage vient d'un séchage inégal des deux faces.",
                parent=2,
            ),
        ],
        related=["Les émaux de cendre, premiers essais", "Stage d'été : inscriptions ouvertes"],
    ),
    Page(
        name="typecho-joe-zh",
        batch="heldout-28",
        render="joe",
        lang="zh",
        system="A Chinese personal blog on Typecho with the Joe theme (the post in div.joe_detail with h1.joe_detail__title, div.joe_detail__count with the author, '2025-03-03', '阅读 1.2k' and '评论 4', the article in div.joe_detail__article; an '版权属于' copyright box and a '文章目录' panel; comments in div.joe_comment with h3.joe_comment__title '评论 (4)'; ol.comment-list of li.comment-list__item with ids 'li-comment-N'; each div.comment-list__item-contain#comment-N with the avatar, div.content: div.user with span.author (the name), an '作者' badge on the author's, span.agent with the browser and system, div.substance with the text, div.handle with time.date '2025-03-03 10:21' and span.reply '回复'; replies in div.comment-list__item-children > ol.comment-list inside the parent li; the form '昵称' / '邮箱' / '网址'; a '最新回复' aside widget)",
        source="Joe theme for Typecho (HaoOuBa/Joe: public/comment.php with threadedComments: li.comment-list__item, div.comment-list__item-contain, div.term, img.avatar, div.content, div.user, span.author, i.by-author '作者', span.agent, div.substance, div.handle with time.date and span.reply, div.comment-list__item-children; the comment form joe_comment__respond; the aside 'newreply' widget), written from the theme's public source as widely known; details may differ by version",
        site="折腾笔记",
        title="把老旧的 Kindle 改成墨水屏天气时钟",
        byline="阿哲",
        date="2025-03-03",
        date_shown="2025-03-03",
        article="""抽屉里有一台 2013 年的 Kindle，电池还能用，屏幕也完好，一直舍不得扔。上个月我把它改成了一块挂在墙上的墨水屏天气时钟。

思路很简单：越狱之后装一个能定时刷新的脚本，由家里的服务器每十分钟生成一张包含时间和天气的灰度图片，Kindle 只负责下载并显示。

改完之后一次充电能用十来天，挂在门口出门前看一眼，比看手机方便多了。""",
        comments=[
            C(
                "不吃香菜",
                "2025-03-03T10:21:00",
                "2025-03-03 10:21",
                "太巧了，我抽屉里也有一台，越狱的教程能分享一下吗？",
            ),
            C(
                "阿哲",
                "2025-03-03T12:06:00",
                "2025-03-03 12:06",
                "不同固件版本方法不一样，先在设置里看一下版本号，我周末整理一篇详细的。",
                parent=0,
                extra="作者",
            ),
            C(
                "Kevin_L",
                "2025-03-03T21:33:00",
                "2025-03-03 21:33",
                "图片放在服务器上生成这个思路很好，Kindle 上几乎不用跑任何东西，省电。",
            ),
            C(
                "阿哲",
                "2025-03-04T08:10:00",
                "2025-03-04 08:10",
                "对，最开始我是在 Kindle 上直接画，结果两天就没电了。",
                parent=2,
                extra="作者",
            ),
        ],
        related=["软路由折腾一年的总结", "给老房子装上智能开关"],
        recent=[("清风", "软路由折腾一年的总结"), ("小鱼干", "NAS 硬盘选购心得")],
    ),
]
