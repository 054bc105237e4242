"""Text of held-out batch 30 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="colormag-en",
        batch="heldout-30",
        render="colormag",
        lang="en",
        system="A county news site on WordPress with the ColorMag theme (a 'Latest:' breaking-news ticker with headlines, the date bar, the category label, h1.entry-title, div.below-entry-meta with the date, the author, '4 Comments' and tags; the post body with a 'Related Articles' box of titles with dates and comment counts; comments in div#comments.comments-area with h3.comments-title 'Responses (5)'; ol.comment-list of li.comment with ids 'li-comment-N'; each an article#comment-N.comment with header.comment-meta.comment-author.vcard: the avatar, div.comment-author-link with the name and, on the author's reply, 'Post author' in a span; div.comment-date-time 'March 5, 2025 at 10:21 am'; a 'Permalink' link and 'Edit'; section.comment-content holding the text AND the 'Reply' link; replies in ul.children; the form 'Name *' / 'Email *' / 'Website'; 'Latest Posts' and 'Most Read' sidebar widgets with authors and dates, and a 'Recent Comments' widget)",
        source="ColorMag theme (ThemeGrill: inc/template-tags.php colormag_comment: li#li-comment-N, article#comment-N.comment, header.comment-meta.comment-author.vcard, div.comment-author-link with 'Post author', div.comment-date-time, a.comment-permalink 'Permalink', section.comment-content.comment with the reply link inside; comments.php with h3.comments-title, ol.comment-list; the breaking-news ticker, below-entry-meta and the featured-posts widgets), written from the theme's public source and saved pages as widely known; details may differ by version",
        site="Vale Courier",
        title="Library bus returns to the upland villages after two years",
        byline="Derek Halloran",
        date="2025-03-05",
        date_shown="March 5, 2025",
        article="""The mobile library is back on the road. From next Monday a converted minibus will visit eleven villages above the valley every fortnight, stopping for an hour at each.

The old vehicle was withdrawn in 2023 when its lift failed an inspection, and the council could not find money for a new one. A grant from a local trust now pays for the bus and two years of running costs.

Readers can order books online and collect them at the stop. The route and times are posted in every village hall and on the council's website.""",
        comments=[
            C(
                "Mary Pendleton",
                "2025-03-05T10:21:00",
                "March 5, 2025 at 10:21 am",
                "Wonderful news. My father has not been able to get to town since his hip operation, and he reads two books a week.",
            ),
            C(
                "Derek Halloran",
                "2025-03-05T11:04:00",
                "March 5, 2025 at 11:04 am",
                "Glad to hear it, Mary. The driver tells me she can bring books to the door for anyone who cannot reach the stop.",
                parent=0,
                extra="Post author",
            ),
            C(
                "Steve Corrigan",
                "2025-03-05T12:30:00",
                "March 5, 2025 at 12:30 pm",
                "An hour is not long at the bigger stops. Last time there was a queue out of the door at Highfold.",
            ),
            C(
                "Anne-Marie Wilde",
                "2025-03-05T13:15:00",
                "March 5, 2025 at 1:15 pm",
                "Ordering online first should help with that. It took me two minutes this morning.",
                parent=2,
            ),
            C(
                "Steve Corrigan",
                "2025-03-05T14:40:00",
                "March 5, 2025 at 2:40 pm",
                "Fair point, I will try it. My mother will still want to browse the shelves though.",
                parent=3,
            ),
        ],
        related=["Bridge closure extended to the end of April", "Upland school wins national award"],
        recent=[
            ("Phil T.", "Bridge closure extended to the end of April"),
            ("Jenny", "Farmers' market moves indoors"),
        ],
    ),
    Page(
        name="technews-forum-en",
        batch="heldout-30",
        render="technews_forum",
        lang="en",
        system="A US technology news site whose article comments are the posts of its forum thread, in the style of Ars Technica (the article with a kicker, h1, a dek, the byline with the author's title, the date, a 'Further reading' box and a 'Promoted Comments' section that repeats two comments from below; the comments in section#comments with a count '5 comments' and a 'Most Upvoted' / 'Oldest' switch; a flat list of article.comment blocks with data-post-id; the name in a.comment-author, the rank line 'Ars Scholae Palatinae' or 'Staff' under it, a relative time '3 hours ago' over time[datetime]; the text in div.comment-body where a reply carries a blockquote headed 'Name said:' with the quoted lines and a '↑' link; upvote and downvote counts; 'Reply' / 'Report'; 'View all comments in the forum'; a 'Most Read' list and a newsletter box)",
        source="Technology news sites whose article comments come from their own forum, in the style of Ars Technica (a comments section listing the forum posts flat with the poster's rank, relative times, vote counts and XenForo-style quote blocks 'Name said:'; 'Promoted Comments' copied above the list), class names chosen after such pages; no one site's markup is copied",
        site="Circuit Ledger",
        title="Why your new laptop's battery may last longer than the old one's",
        byline="Priya Natarajan",
        date="2025-03-05",
        date_shown="3/5/2025, 8:00 AM",
        article="""Laptop makers have quietly changed how they charge batteries. Many new machines stop at 80 percent by default when they are plugged in for long periods, and only fill up the rest when the owner's calendar suggests a trip.

The reason is chemistry. Lithium-ion cells age fastest when they sit at a full charge and a high temperature, which is exactly what happens to a laptop that lives on a desk.

Tests by two independent labs suggest the habit can add a year or more to a battery's useful life. The setting can usually be turned off, but for most desk-bound laptops there is little reason to.""",
        comments=[
            C(
                "oxide_layer",
                "2025-03-05T08:40:00",
                "5 hours ago",
                "I have been capping my old laptop at 80 percent with a third-party tool for years. The battery is at 91 percent health after four years.",
                extra="Ars Scholae Palatinae",
            ),
            C(
                "Marguerite Vance",
                "2025-03-05T09:12:00",
                "4 hours ago",
                "Four years at 91 percent is impressive. Mine lost a fifth of its capacity in two years of being plugged in all day.",
                parent=0,
                extra="Ars Tribunus Militum",
            ),
            C(
                "halfduplex",
                "2025-03-05T09:55:00",
                "4 hours ago",
                "The calendar trick sounds clever until it guesses wrong and you leave for the airport at 80 percent.",
                extra="Smack-Fu Master, in training",
            ),
            C(
                "Priya Natarajan",
                "2025-03-05T10:30:00",
                "3 hours ago",
                "Fair worry. Both makers we tested show a notification the evening before, and one tap fills the battery to 100.",
                parent=2,
                extra="Staff",
            ),
            C(
                "kelvin_k",
                "2025-03-05T11:48:00",
                "2 hours ago",
                "Heat matters as much as charge level. Keep the laptop off the duvet and you will gain more than any setting gives you.",
                extra="Ars Praetorian",
            ),
        ],
        related=["The quiet return of the replaceable battery", "How we test laptop batteries"],
    ),
    Page(
        name="enfold-en",
        batch="heldout-30",
        render="enfold",
        lang="en",
        system="A small architecture practice's blog on WordPress with the Enfold theme (the header and main menu, a title container with h1 and breadcrumbs 'You are here: Home / Journal / …'; the post in article.post-entry with span.post-meta-infos 'March 5, 2025 / 5 Comments / in Journal / by Name', div.entry-content and a share box 'Share this entry'; comments in div.comment-entry with h3.miniheading '5 replies' and span.minitext 'Leave a Reply'; ol.commentlist of li.comment; each div#comment-N holding an article with div.gravatar and div.comment_content: header.comment-header with cite.comment_author_name, a hidden 'says:', span.minitext with the date 'March 5, 2025 at 10:21 am' and ' - ' before the 'Reply' link, and span.comment-arrow; then div.comment_text; replies in ul.children; the form 'Name *' / 'Email *' / 'Website'; a sidebar with 'Latest News' (titles with dates), 'Popular' and a text widget; the Enfold socket footer)",
        source="Enfold theme (Kriesi: includes/loop-comments.php and functions-enfold.php avia_inc_custom_comments: div.comment-entry, h3.miniheading, span.minitext, ol.commentlist, li.comment, div#comment-N, div.gravatar, div.comment_meta_container, div.side-container-comment, cite.comment_author_name, span.minitext with the date and the reply link, span.comment-arrow, div.comment_text, ul.children; the title container and breadcrumb trail, span.post-meta-infos, the av-share-box and the avia newsbox widget), written from the theme's source and saved pages as widely known; class names may differ by version",
        site="Brickfield Studio",
        title="What we learned from restoring a 1930s shopfront",
        byline="Tobias Greer",
        date="2025-03-05",
        date_shown="March 5, 2025",
        article="""The shopfront on Mill Street had been covered with aluminium cladding since the 1970s. When the owners asked us to take it off, nobody knew what we would find underneath.

Behind the panels were the original timber pilasters, most of the fascia and a tiled stall riser in deep green. About a third of the tiles were cracked, and a local maker matched the glaze after four attempts.

The lesson for us was patience: we opened the cladding one panel at a time and recorded everything before we touched it. The shop reopens next month looking much as it did in 1934.""",
        comments=[
            C(
                "Harriet Sloane",
                "2025-03-05T10:21:00",
                "March 5, 2025 at 10:21 am",
                "The green tiles are beautiful. Did the planning office ask for anything special because of the conservation area?",
            ),
            C(
                "Tobias Greer",
                "2025-03-05T11:02:00",
                "March 5, 2025 at 11:02 am",
                "Only that the new glazing bars match the old profile. They were helpful once they saw the photographs.",
                parent=0,
            ),
            C(
                "Niall Brogan",
                "2025-03-05T12:47:00",
                "March 5, 2025 at 12:47 pm",
                "We found the same kind of fascia under cladding on our street last year. Sadly the owner covered it again.",
            ),
            C(
                "Harriet Sloane",
                "2025-03-05T13:30:00",
                "March 5, 2025 at 1:30 pm",
                "That is a shame. Maybe a post like this one would change his mind.",
                parent=2,
            ),
            C(
                "Dorothy Ames",
                "2025-03-05T16:10:00",
                "March 5, 2025 at 4:10 pm",
                "Which tile maker did you use? We need to replace a few in our porch.",
            ),
        ],
        related=["A timber extension in a terrace garden", "Lime plaster, three years on"],
        recent=[("Gil", "Lime plaster, three years on"), ("Ruth A.", "Open studio weekend")],
    ),
    Page(
        name="phorum-de",
        batch="heldout-30",
        render="phorum",
        lang="de",
        system="Ein deutsches Aquaristik-Forum auf Phorum 5 mit dem Emerald-Template in der flachen Ansicht (forum: the first message = article, later messages = comments; div#phorum with the breadcrumb 'Forenübersicht › Süßwasser'; every message a div.message with an anchor 'msg-N'; div.generic holding the author block (the name, 'Registriert: vor 6 Jahren', 'Beiträge: 1.204') and h4 with the subject 'Re: …'; div.message-date '05. März 2025 10:21'; div.message-body; a reply quoting another in blockquote 'Name schrieb:'; 'Bearbeitet 1 mal. Zuletzt am …' edit notes; signatures after '--'; div.message-options 'Antworten' / 'Zitieren'; the 'Ihre Antwort' box for guests with 'Ihr Name:'; the 'Threaded' / 'Flach' view switch)",
        source="Phorum 5 Emerald template (templates/emerald/read.tpl and message.tpl: div.message, div.generic, div.message-author, div.message-subject h4, div.message-date, div.message-body, div.message-options; the quote format 'Name schrieb:' in a blockquote, the edit note, the signature; the posting form) with the German language file, written from the public templates as widely known; class names may differ by version",
        site="Aquarienfreunde Nordheide",
        title="Neues 60-Liter-Becken: Wie lange einfahren?",
        byline="Moosball",
        date="2025-03-05",
        date_shown="05. März 2025 08:12",
        time="08:12",
        article="""Hallo zusammen, ich habe am Wochenende mein erstes 60-Liter-Becken eingerichtet: Sand, ein paar Wurzeln, schnell wachsende Pflanzen und einen Innenfilter.

Im Zoogeschäft hieß es, ich könne nach einer Woche Fische einsetzen. In mehreren Büchern steht dagegen etwas von vier bis sechs Wochen.

Wie lange wartet ihr, und woran erkennt ihr, dass das Becken so weit ist?""",
        comments=[
            C(
                "Guppyjule",
                "2025-03-05T10:21:00",
                "05. März 2025 10:21",
                "Eine Woche ist zu kurz. Miss Nitrit mit einem Tröpfchentest, und erst wenn es nach dem Anstieg wieder bei null ist, kommen die ersten Fische.",
            ),
            C(
                "Moosball",
                "2025-03-05T11:05:00",
                "05. März 2025 11:05",
                "Danke! Den Test habe ich schon. Kann ich etwas tun, damit es schneller geht?",
                parent=0,
            ),
            C(
                "Reinhold_W",
                "2025-03-05T12:40:00",
                "05. März 2025 12:40",
                "Filtermaterial aus einem eingefahrenen Becken hilft enorm. Frag im Verein, da hat sicher jemand einen Schwamm übrig.",
                parent=1,
            ),
            C(
                "Alge_im_Glas",
                "2025-03-05T15:18:00",
                "05. März 2025 15:18",
                "Und nicht gleich den ganzen Besatz auf einmal einsetzen. Fang mit ein paar robusten Fischen an.",
            ),
        ],
        related=["Welche Pflanzen für Anfänger?", "Innenfilter oder Außenfilter?"],
        recent=[("Guppyjule", "Welche Pflanzen für Anfänger?"), ("Reinhold_W", "Vereinstreffen im April")],
    ),
    Page(
        name="diario20-es",
        batch="heldout-30",
        render="diario20",
        lang="es",
        system="A Spanish national free daily's own comments in the style of 20minutos (the article with an antetítulo, h1, an entradilla list, the author and 'Actualizada 05/03/2025 10:40' lines, a 'Te puede interesar' box in the body and a 'Lo último' sidebar with times; comments in section#comentarios with 'Comentarios (6)' and the tabs 'Más recientes' / 'Más valorados'; every comment an li.comment with data-id; the nickname in a.comment__user with a 'Usuario verificado' icon, a relative time 'hace 2 horas' over time[datetime], the text in p.comment__text, votes '▲ 14' / '▼ 3', 'Responder' / 'Denunciar'; replies nested in ul.comment__replies; a removed comment 'Comentario eliminado por incumplir las normas' with no name; 'Ver más comentarios'; the rules 'Normas de participación' and the login prompt 'Inicia sesión para comentar')",
        source="Spanish national news sites' own comment modules as saved, in the style of 20minutos (a count heading with sort tabs, list items with the user nickname, a verification icon, a relative time over a datetime, up / down vote counters, nested replies, removed-comment placeholders, participation rules), class names chosen after such pages; no one site's markup is copied",
        site="Diario Veinte",
        title="Los ayuntamientos podrán ampliar las zonas de bajas emisiones a los polígonos",
        byline="Lucía Ferrán",
        date="2025-03-05",
        date_shown="05/03/2025 07:30",
        time="07:30",
        article="""El Gobierno ha aprobado este martes un cambio en la normativa que permitirá a los ayuntamientos incluir los polígonos industriales en sus zonas de bajas emisiones.

Hasta ahora, muchas ciudades habían dejado fuera estas áreas por la presión de las empresas de reparto y logística. Con el cambio, podrán aplicar restricciones por horarios o por tipo de vehículo.

La Federación de Municipios ha pedido un periodo de adaptación de al menos dos años para las pequeñas empresas. El texto se publicará en el BOE en los próximos días.""",
        comments=[
            C(
                "Ribereño_71",
                "2025-03-05T08:10:00",
                "hace 3 horas",
                "Me parece bien, pero que den ayudas a los autónomos con furgonetas viejas. No todos pueden cambiarla mañana.",
            ),
            C(
                "MarinaVLC",
                "2025-03-05T08:35:00",
                "hace 3 horas",
                "Las ayudas existen, el problema es que tardan un año en pagarlas. Así nadie se anima.",
                parent=0,
            ),
            C(
                "Ribereño_71",
                "2025-03-05T08:52:00",
                "hace 2 horas",
                "Eso mismo. Mi cuñado sigue esperando la del plan anterior.",
                parent=1,
            ),
            C(
                "jlopez_bcn",
                "2025-03-05T09:20:00",
                "hace 2 horas",
                "En mi polígono hay tres colegios cerca. Cualquier medida que reduzca camiones a la hora de entrada es bienvenida.",
            ),
            C(
                "Tomasa Reyes",
                "2025-03-05T10:05:00",
                "hace 1 hora",
                "Dos años de adaptación me parecen razonables. Lo importante es que las normas sean iguales en todas las ciudades.",
            ),
        ],
        related=[
            "Qué coches pueden entrar en las zonas de bajas emisiones",
            "Las ventas de furgonetas eléctricas se duplican",
        ],
    ),
    Page(
        name="skyrock-fr",
        batch="heldout-30",
        render="skyrock",
        lang="fr",
        system="A French teenager-era blog on Skyrock Blog (the skyblog's header with its name, 'Retour au blog', the profile box 'Mon profil' with age and town; the article in div.text-article under h2 with 'Posté le mardi 04 mars 2025 20:14' and 'Ajouter cet article à mes favoris'; the comments in div#comments with 'Commentaires (5)'; every comment a div.comment with an id 'comment-N' holding the commenter's avatar and blog name as a link, the line 'Posté le mercredi 05 mars 2025 10:21' and the text in p.comment-text; the blog owner's answer printed INSIDE the commented block as div.comment-answer with 'Réponse de Name' and the text (no date); a 'Tu n'es pas identifié.' form 'Pseudo :' / 'Ton commentaire :'; 'Ses articles les plus commentés'; the Skyrock footer and 'Signaler un abus')",
        source="Skyrock Blog article pages as saved (the skyblog header and profile box, div.text-article, the 'Posté le …' line, the comments block with avatar, blog-name link, 'Posté le …' and text, the blog owner's answer 'Réponse de …' inside the comment, the guest form 'Tu n'es pas identifié', the most-commented list), written from saved Skyrock pages as widely known; class names may differ by version",
        site="chroniques-de-lena",
        title="Mon premier concert toute seule",
        byline="chroniques-de-lena",
        date="2025-03-04",
        date_shown="mardi 04 mars 2025 20:14",
        time="20:14",
        article="""Samedi soir, je suis allée voir mon groupe préféré à la salle municipale, et pour la première fois sans mes parents. Ma mère m'a déposée devant et m'a attendue dans un café à côté.

Le concert a commencé avec une heure de retard mais franchement ça valait le coup. Ils ont joué toutes les chansons du nouvel album et deux anciennes à la fin.

Je suis rentrée avec un tee-shirt, les oreilles qui sifflent et l'envie d'y retourner. Laissez-moi vos concerts préférés en commentaire !""",
        comments=[
            C(
                "lea-et-ses-mangas",
                "2025-03-05T10:21:00",
                "Posté le mercredi 05 mars 2025 10:21",
                "Trop de la chance ! Moi mes parents veulent pas avant mes seize ans, c'est long.",
            ),
            C(
                "chroniques-de-lena",
                "",
                "",
                "Courage, ça passe vite ! Et ta mère peut faire comme la mienne, attendre dans un café.",
                parent=0,
            ),
            C(
                "xx-music-addict-xx",
                "2025-03-05T12:40:00",
                "Posté le mercredi 05 mars 2025 12:40",
                "J'étais au même concert !! Le rappel était incroyable, surtout la dernière chanson.",
            ),
            C(
                "chroniques-de-lena",
                "",
                "",
                "Nooon on s'est peut-être croisées ! J'étais au troisième rang à gauche.",
                parent=2,
            ),
            C(
                "mamie-jo-bricole",
                "2025-03-05T18:02:00",
                "Posté le mercredi 05 mars 2025 18:02",
                "Mon premier concert, c'était en 1972, et j'ai eu les oreilles qui sifflent pendant trois jours aussi. Profite bien !",
            ),
        ],
        related=["Ma chambre avant / après", "Les vacances chez ma grand-mère"],
    ),
    Page(
        name="remark42-script-ru",
        batch="heldout-30",
        render="remark42_script",
        lang="ru",
        system="A Russian home-lab blog on Hugo whose comments Remark42 loads by script (the post in article.post with h1, the date and the reading time; under it div#remark42 left empty and the embed script with remark_config (host, site_id, components ['embed', 'counter', 'last-comments'], locale 'ru'); the title line 'Комментарии' with a span.remark42__counter the counter script filled with '14'; a sidebar block 'Последние комментарии' that Remark42's last-comments widget rendered (div.remark42__last-comments with the commenter's name, a snippet, the post title and a time); tags, 'Читайте также' and the footer). Expected: no comments",
        source="Remark42's embed instructions (var remark_config with host, site_id, components embed / counter / last-comments, locale; the loader script adding /web/embed.js, /web/counter.js, /web/last-comments.js; div#remark42 for the comments, span.remark42__counter[data-url] for the count, div.remark42__last-comments[data-max] for the widget whose rendered items hold the author, the text, the page title and the time) in a Hugo theme's post layout, written from the project's documentation and saved pages as widely known",
        site="Домашняя серверная",
        title="Перевёл домашний сервер на ZFS: итоги трёх месяцев",
        byline="Антон Ветров",
        date="2025-03-05",
        date_shown="5 марта 2025",
        article="""Три месяца назад я перенёс файловое хранилище домашнего сервера с обычного RAID-массива на ZFS. Поводом стал тихо испортившийся архив с фотографиями, который RAID не заметил.

Главное, что дала ZFS, — контрольные суммы и регулярная проверка данных. За три месяца она нашла и исправила две ошибки на старом диске, о которых я бы иначе не узнал.

Минусы тоже есть: памяти нужно больше, а расширять пул не так удобно, как хотелось бы. Но спокойствие за архив того стоит.""",
        comments=[],
        related=["Резервное копирование по правилу 3-2-1", "Собрал тихий корпус для сервера"],
        recent=[
            ("Сергей", "Резервное копирование по правилу 3-2-1"),
            ("Ольга К.", "Собрал тихий корпус для сервера"),
        ],
        announced=14,
    ),
    Page(
        name="gitee-issue-zh",
        batch="heldout-30",
        render="gitee_issue",
        lang="zh",
        system="A Gitee (码云) issue page of an open-source project (the issue's description = article: the issue title with its number '#I8K2QX', the state '待办的' and the author line '张工 创建于 2025-03-05 09:12'; its comments = comments: div.issue-comments of div.comment blocks with ids 'note_N'; each with the avatar, a.author-name, a role label '仓库成员' or '作者', a relative time '3天前' whose title holds the full time, div.markdown-body with the text; a reply quoting an earlier comment with a Markdown blockquote, the other answers only in words; event lines between the comments ('李工 将任务状态从 待办的 修改为 进行中', '王工 添加了 bug 标签', 'Pull Request !212 关联了此 Issue'); like counts '👍 2'; 'Gitee 账号登录后发表评论'; the sidebar with 负责人, 标签, 里程碑, 优先级 and 参与者)",
        source="Gitee issue pages as saved from gitee.com (the issue header with the ident and state, the description in div.markdown-body, a list of comment blocks with the author link, member labels and relative times with a title, operation logs between them, the sidebar with assignee, labels, milestone, priority and participants), written from saved pages as widely known; class names may differ by version",
        site="Gitee",
        title="导出 Excel 时中文文件名乱码",
        byline="张工",
        date="2025-03-05",
        date_shown="2025-03-05 09:12",
        time="09:12",
        article="""在 2.4.0 版本中，导出报表为 Excel 时，如果文件名包含中文，在 Windows 上下载后文件名变成一串乱码。

复现步骤：新建一个名为“月度销售”的报表，点击导出，用 Chrome 或 Edge 下载。英文文件名没有问题。

怀疑是响应头 Content-Disposition 没有按 RFC 5987 编码文件名，麻烦看一下。""",
        comments=[
            C(
                "李工",
                "2025-03-05T10:21:00",
                "3天前",
                "已复现。确实是响应头只写了 filename，没有写 filename*，我这边提个修复。",
                extra="仓库成员",
            ),
            C(
                "张工",
                "2025-03-05T10:45:00",
                "3天前",
                "感谢！顺便问一下，这个修复会合到 2.4 的补丁版本里吗？",
                extra="作者",
            ),
            C(
                "李工",
                "2025-03-05T11:30:00",
                "3天前",
                "会的，计划在 2.4.1 发布，预计下周。",
                parent=1,
                extra="仓库成员",
            ),
            C(
                "开源小白",
                "2025-03-06T09:05:00",
                "2天前",
                "我们在 Safari 上也遇到了同样的问题，希望修复时一起测一下。",
            ),
        ],
        related=["导出 PDF 时表格边框缺失", "报表定时任务偶尔不执行"],
    ),
]
