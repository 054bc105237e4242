"""Text of held-out batch 20 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="disqus-script-de",
        batch="heldout-20",
        render="disqus_script",
        lang="de",
        system="A German regional paper's article page whose comments Disqus loads by script (an empty div#disqus_thread with the embed loader and disqus_config; count.js has filled the count links '23 Kommentare' under the headline and on a 'Zur Diskussion' button; a 'Leserkommentare' box in the side column quoting readers on other articles). Expected: no comments",
        source="Disqus universal embed code as documented by Disqus (div#disqus_thread, var disqus_config = function () { this.page.url …; this.page.identifier … }, a script loading https://SHORTNAME.disqus.com/embed.js, the noscript 'Please enable JavaScript to view the comments powered by Disqus.' in German) and its comment-count script (count.js filling a.disqus-comment-count / span.disqus-comment-count[data-disqus-identifier]), in a regional news page layout written from such pages as widely known",
        site="Kreisbote Oberland",
        title="Neue Buslinie verbindet ab Mai drei Dörfer mit dem Bahnhof",
        byline="Von Stefanie Hartl",
        date="2025-03-03",
        date_shown="03.03.2025, 06:45 Uhr",
        time="06:45",
        article="""Ab dem 5. Mai fährt eine neue Buslinie stündlich von Unterach über Moosreit und Haslbach zum Bahnhof.

Der Landkreis zahlt den Betrieb zunächst für zwei Jahre. Danach soll entschieden werden, ob die Linie bleibt.

Fahrgäste mit Deutschlandticket fahren ohne Aufpreis mit.""",
        comments=[],
        recent=[
            ("Maria aus Haslbach", "Freibad öffnet später"),
            ("G. Lindner", "Umgehungsstraße: Baubeginn verschoben"),
        ],
        announced=23,
    ),
    Page(
        name="ghost-commento-en",
        batch="heldout-20",
        render="ghost_commento",
        lang="en",
        system="A Ghost blog (Casper theme) with Commento comments rendered and saved inline (article.article with header.article-header, a byline and a reading time; section.article-comments holding div#commento: a login box and textarea first, then div#commento-comments-area of div.commento-card blocks with ids 'commento-card-<hex>', the name in div.commento-name, a 'N points' score and a relative time '2 days ago' in div.commento-subtitle, the text in div.commento-body, replies nested in div.commento-children; a 'Commento' footer link; a 'You might also like' feed)",
        source="Ghost Casper theme post.hbs (main#site-main, article.article, header.article-header, h1.article-title, section.article-byline, section.gh-content, section.article-comments, aside.read-more-wrap) and Commento's rendered markup from its frontend (commento.js: div#commento-main-area, div#commento-comments-area, div.commento-card, div.commento-header, div.commento-name, div.commento-subtitle, div.commento-score, div.commento-timeago, div.commento-body, div.commento-options, div.commento-children, div.commento-footer), written from the theme and the embed as widely known; class names may differ by version",
        site="Quiet Terminal",
        title="I moved my dotfiles to a bare git repository",
        byline="Noor Haddad",
        date="2025-03-03",
        date_shown="Mar 3, 2025",
        article="""For years my dotfiles lived in a folder of symlinks and a shell script that nobody but me could run.

Now they live in a bare git repository in my home folder, with an alias that points git at it. No symlinks, no install script.

Setting up a new laptop takes one clone and one checkout.""",
        comments=[
            C(
                "Mateusz K",
                "",
                "2 days ago",
                "I did the same last year. Remember to set status.showUntrackedFiles to no, or git status lists your whole home folder.",
            ),
            C(
                "Noor Haddad",
                "",
                "2 days ago",
                "Good point, that is the second line in my setup notes. I should have put it in the post.",
                parent=0,
            ),
            C(
                "ashwin",
                "",
                "1 day ago",
                "How do you handle files that differ between work and home machines?",
            ),
            C(
                "Mateusz K",
                "",
                "1 day ago",
                "One branch per machine works for me, rebased on main now and then.",
                parent=2,
            ),
        ],
        related=["Making a tiny status bar with shell only", "Why I still use make"],
    ),
    Page(
        name="squarespace-blog-en",
        batch="heldout-20",
        render="squarespace",
        lang="en",
        system="A Squarespace blog with Squarespace's own comments (article.BlogItem with a byline and date; div.squarespace-comments with a header '4 Comments' and 'Newest / Oldest / Likes' sorting; each comment a div.comment-wrapper holding div.comment: the avatar, the name in span.author, the time in span.timestamp 'March 3, 2025 at 10:21 AM' in one header; div.body; a footer 'Reply · Like · 3 Likes · Flag'; replies in div.comment-replies; the guest form 'Name' / 'Email (optional)'; a 'Related Posts' block)",
        source="Squarespace blog item markup as saved (article.BlogItem, div.blog-item-top-wrapper, h1.entry-title, div.blog-meta-item--author, time.blog-meta-item--date, div.blog-item-content, section.BlogItem-comments, div.squarespace-comments, div.comments-content, div.header span.comment-count, div.comment-sort, div.comment-wrapper, div.comment, div.comment-header span.author, span.timestamp, div.body, div.comment-footer, div.comment-replies, div.comment-input), written from saved pages as widely known; class names differ between templates",
        site="Clay & Kiln Studio",
        title="Why my glazes crawled, and how I fixed it",
        byline="Imani Rhodes",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""Last month a whole kiln load came out with bare patches where the glaze had pulled back from the clay.

The cause was dust. I had bisque-fired pieces sitting on an open shelf for weeks, and the glaze could not grip them.

Now I wipe every piece with a damp sponge before glazing, and the crawling has stopped.""",
        comments=[
            C(
                "Dolores Finch",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 AM",
                "This happened to me too, but it was hand cream. Gloves while glazing now!",
            ),
            C(
                "Imani Rhodes",
                "2025-03-03T11:05:00",
                "March 3, 2025 at 11:05 AM",
                "Hand cream is a sneaky one. Thanks for adding it, Dolores.",
                parent=0,
            ),
            C(
                "Kwame Osei",
                "2025-03-03T14:40:00",
                "March 3, 2025 at 2:40 PM",
                "Could glaze applied too thickly cause the same thing? Mine crawls mostly on the inside of bowls.",
            ),
            C(
                "Bea Lindqvist",
                "2025-03-04T09:12:00",
                "March 4, 2025 at 9:12 AM",
                "Yes, thick application cracks as it dries and then crawls in the firing. Try one dip instead of two.",
                parent=2,
            ),
        ],
        related=["Mixing a simple celadon", "My first wood firing"],
    ),
    Page(
        name="vuukle-news-en",
        batch="heldout-20",
        render="vuukle",
        lang="en",
        system="An Indian English-language news site with Vuukle comments rendered and saved inline (an emote bar 'What is your reaction?' with counts; div.vuukle-comments with '4 Comments' and 'Sort by: Best'; each comment a div.v-comment in a flat list whose replies carry an indent class v-comment--reply and a line 'replied to Name'; the name and a relative time glued in one line 'Rohan Mehta • 2h ago'; the text in div.v-comment__text; up and down vote counts and 'Reply'; a 'Load more comments' button; 'Powered by Vuukle'; a 'Trending' box)",
        source="Vuukle comment widget content as saved from news pages (div#vuukle-emote with 'What is your reaction?', div#vuukle-comments, div.v-comments-header, div.v-comment, div.v-comment__header, span.v-comment__meta, div.v-comment__text, div.v-comment__actions with votes and 'Reply', button 'Load more comments', a 'Powered by Vuukle' link), element names chosen after such saved pages; the widget renders in an iframe and its class names may differ from any one version",
        site="The Deccan Courier",
        title="Metro's second line to open in phases from June",
        byline="Priya Raman",
        date="2025-03-03",
        date_shown="Mar 03, 2025, 08:15 IST",
        time="08:15",
        article="""The second metro line will open in three phases, starting in June with the eight stations between Hebbal and the university.

The remaining stations depend on the delivery of new trains, which the operator expects by the end of the year.

Fares will follow the existing slabs, with a ten percent discount for smart card users.""",
        comments=[
            C(
                "Rohan Mehta",
                "",
                "2h ago",
                "Finally some good news for the north of the city. The buses on that road take an hour at peak time.",
            ),
            C(
                "Lakshmi V",
                "",
                "1h ago",
                "An hour on a good day, Rohan. I hope the feeder buses to the stations are ready in June too.",
                parent=0,
            ),
            C(
                "commuter_blr",
                "",
                "1h ago",
                "Opening in phases is fine, but why does it depend on the trains again? Same story with the first line.",
            ),
            C(
                "S. Krishnan",
                "",
                "35m ago",
                "The discount for smart cards should be higher. Paper tickets slow everyone down at the gates.",
            ),
        ],
        related=["Airport road flyover to close for a week", "City adds 300 electric buses"],
    ),
    Page(
        name="smf21-forum-ru",
        batch="heldout-20",
        render="smf21",
        lang="ru",
        system="Simple Machines Forum 2.1 thread in Russian (forum: the first post = article, later posts = comments; div#forumposts of div.windowbg blocks with ids 'msgN'; div.poster with h4 a (the name) and ul.user_info (membergroup 'Глобальный модератор', postgroup, 'Сообщений: N'); div.keyinfo with a hidden subject 'Re: …', a '#1' number and the date '03 Марта 2025, 10:21:33' as a link titled 'Ответ #1 - Re: …'; div.inner with a quote 'Цитата: name от 03 Марта 2025, 09:30:11' of the post answered; signatures; 'Цитировать' buttons; 'Похожие темы')",
        source="SMF 2.1 Display.template.php (div#forumposts, div.windowbg#msgN, div.post_wrapper, div.poster h4, ul.user_info li.membergroup / li.postgroup / li.postcount, div.postarea, div.keyinfo, div.subject_title, span.page_number, div.postinfo a.smalltext with the date, titled 'Ответ #N - Re: …', div.post div.inner, blockquote.bbc_standard_quote cite 'Цитата: X от date', div.signature, ul.quickbuttons 'Цитировать'), written from the template and saved pages as widely known; details may differ between 2.1 releases",
        site="Форум садоводов Подмосковья",
        title="Голубика не растёт второй год — что не так?",
        byline="Татьяна_Ивановна",
        date="2025-03-03",
        date_shown="03 Марта 2025, 08:12:40",
        time="08:12",
        article="""Посадила три куста голубики позапрошлой весной, за два года они почти не выросли, листья краснеют уже в июле.

Почва у нас суглинок, сажала в яму с торфом. Поливаю раз в неделю.

Подскажите, что я делаю не так?""",
        comments=[
            C(
                "Агроном_Пётр",
                "2025-03-03T09:30:11",
                "03 Марта 2025, 09:30:11",
                "Скорее всего, почва недостаточно кислая. В суглинке яма с торфом через год становится обычной землёй, нужен замер pH.",
                extra="Глобальный модератор",
                extra2="Пётр Семёнович, 30 лет на своих шести сотках",
            ),
            C(
                "Татьяна_Ивановна",
                "2025-03-03T10:21:33",
                "03 Марта 2025, 10:21:33",
                "А чем лучше подкислять? Слышала про лимонную кислоту, но боюсь сжечь корни.",
                parent=0,
                extra="Новичок",
            ),
            C(
                "Агроном_Пётр",
                "2025-03-03T11:48:02",
                "03 Марта 2025, 11:48:02",
                "Лучше коллоидной серой весной, это медленнее, но надёжнее. Лимонную кислоту только в слабом растворе.",
                parent=1,
                extra="Глобальный модератор",
                extra2="Пётр Семёнович, 30 лет на своих шести сотках",
            ),
            C(
                "Ирина_Дача",
                "2025-03-03T15:05:47",
                "03 Марта 2025, 15:05:47",
                "У меня помогла мульча из сосновой коры и полив дождевой водой. Водопроводная у нас жёсткая.",
                extra="Участник",
            ),
        ],
        related=["Клюква садовая: опыт выращивания", "Когда обрезать жимолость?"],
    ),
    Page(
        name="regional-comentarios-es",
        batch="heldout-20",
        render="es_regional",
        lang="es",
        system="A Spanish regional newspaper's hand-made comment system (div#c-comentarios, named by id; 'Comentarios (4)'; a ul of li items with ids 'comentario-N', each headed 'Nombre dijo:' with the date '03/03/2025 a las 10:21' after it; replies in a ul.respuestas that follows the closed li of the comment they answer; 'Me gusta (N)' and 'Responder'; 'Ver comentarios anteriores'; the form 'Nombre (obligatorio)'; a 'Lo más comentado' box with quotes)",
        source="Comment markup of Spanish regional newspapers' own CMSs as saved (section.comentarios h3 'Comentarios (N)', div#c-comentarios, ul.lista-comentarios, li#comentario-N, p.autor 'Nombre dijo:', span.fecha, div.texto, ul.respuestas placed after the parent's closed li, a 'Me gusta (N)', a 'Responder', a 'Ver comentarios anteriores', form 'Nombre (obligatorio)', aside 'Lo más comentado'), element names chosen after such saved pages; they may differ from any one site",
        site="Diario del Bierzo Alto",
        title="El ayuntamiento aprueba la reforma del mercado de abastos",
        byline="Por Raquel Fidalgo",
        date="2025-03-03",
        date_shown="03/03/2025 07:30",
        time="07:30",
        article="""El pleno aprobó el lunes la reforma del mercado de abastos, cerrado desde hace dos años por problemas en la cubierta.

Las obras costarán 1,2 millones y durarán unos catorce meses. Los puestos volverán a abrir con alquileres rebajados durante el primer año.

La oposición votó a favor, aunque pidió que el proyecto incluya aparcamiento para bicicletas.""",
        comments=[
            C(
                "Manolo_Ponfe",
                "2025-03-03T10:21:00",
                "03/03/2025 a las 10:21",
                "Ya era hora. El mercado era el alma del barrio y da pena verlo cerrado.",
            ),
            C(
                "Carmen R.",
                "2025-03-03T11:02:00",
                "03/03/2025 a las 11:02",
                "Estoy de acuerdo, Manolo. Mi madre compraba allí el pescado todos los viernes.",
                parent=0,
            ),
            C(
                "vecina_de_la_plaza",
                "2025-03-03T12:40:00",
                "03/03/2025 a las 12:40",
                "Catorce meses seguro que se convierten en dos años. Ojalá me equivoque.",
            ),
            C(
                "Luis Arias",
                "2025-03-03T13:15:00",
                "03/03/2025 a las 13:15",
                "Lo del aparcamiento para bicicletas es buena idea, pero también hace falta carga y descarga para los puestos.",
            ),
        ],
        related=["Cortes de tráfico por las obras de la avenida", "La feria del botillo bate récord"],
        recent=[
            ("Lo más comentado", "Subida del agua en 2025"),
            ("Lo más comentado", "Nuevo horario del centro de salud"),
        ],
    ),
    Page(
        name="regional-reactions-fr",
        batch="heldout-20",
        render="fr_reactions",
        lang="fr",
        system="A French regional daily's own reader reactions (section#reactions 'Réactions (4)'; ol.reactions of li items with ids 'reaction-N'; each headed by an avatar link whose only text is 'Voir le profil', then 'Pseudo a écrit :' and 'le 3 mars 2025 à 10h21'; an 'Abonné' badge; the text in div.reaction__texte; 'Répondre' and 'Signaler un abus'; replies nested in ol.reaction__reponses; 'Voir les réactions précédentes'; the rules 'Charte de modération'; the form 'Votre pseudo (obligatoire)'; a 'Les plus lus' box)",
        source="Reader-reaction markup of French regional dailies' own systems as saved (section#reactions, h2 'Réactions (N)', p 'Charte de modération', ol.reactions, li.reaction#reaction-N, a.reaction__avatar with span.sr-only 'Voir le profil', p.reaction__entete with strong.reaction__pseudo 'X a écrit :' and time, span.reaction__badge 'Abonné', div.reaction__texte, div.reaction__actions 'Répondre' / 'Signaler un abus', ol.reaction__reponses, button 'Voir les réactions précédentes', form 'Votre pseudo (obligatoire)', aside 'Les plus lus'), element names chosen after such saved pages; they may differ from any one site",
        site="L'Écho des Combrailles",
        title="La piscine intercommunale fermera deux mois pour travaux",
        byline="Par Élodie Vasseur",
        date="2025-03-03",
        date_shown="Publié le 03/03/2025 à 06h30",
        time="06:30",
        article="""La piscine intercommunale fermera du 1er avril au 31 mai pour remplacer son système de filtration, vieux de vingt-cinq ans.

Les clubs de natation seront accueillis à la piscine de Riom, à quarante minutes de route.

Les cours pour les écoles primaires reprendront en septembre.""",
        comments=[
            C(
                "Bernadette63",
                "2025-03-03T10:21:00",
                "le 3 mars 2025 à 10h21",
                "Deux mois sans piscine au printemps, c'est dur pour les enfants qui devaient apprendre à nager.",
                extra="Abonné",
            ),
            C(
                "Jean-Luc M.",
                "2025-03-03T11:14:00",
                "le 3 mars 2025 à 11h14",
                "Mieux vaut fermer au printemps qu'en plein été, non ?",
                parent=0,
            ),
            C(
                "Bernadette63",
                "2025-03-03T11:52:00",
                "le 3 mars 2025 à 11h52",
                "C'est vrai, mais les cours des écoles sont perdus pour toute l'année.",
                parent=1,
                extra="Abonné",
            ),
            C(
                "nageur_du_dimanche",
                "2025-03-03T17:30:00",
                "le 3 mars 2025 à 17h30",
                "Quarante minutes jusqu'à Riom pour les clubs, il faudra organiser du covoiturage.",
            ),
        ],
        related=["Le marché de Pontaumur change de jour", "Fibre : les derniers villages raccordés"],
    ),
    Page(
        name="zblog-zh",
        batch="heldout-20",
        render="zblog",
        lang="zh",
        system="A Z-BlogPHP blog on its default theme (the post in div.post.single; comments as ul.msg blocks with ids 'cmtN': li.msgname with the avatar, span.commentname a and a small line '发表于 2025-03-03 10:21:33 回复'; li.msgarticle with the text, replies nested inside the parent's li.msgarticle as further ul.msg; a div.pagebar of comment pages; the form '名称(*)' / '邮箱' / '网址' / '验证码(*)'; a '最近留言' sidebar module ul#divComments quoting comments on other posts)",
        source="Z-BlogPHP default theme templates (template/comment.php: ul.msg#cmtN, li.msgname, img.avatar, span.commentname, small with '发表于' and span.revertcomment a '回复', li.msgarticle with the child comments inside; template/comments.php and commentpost.php: div.pagebar, form#frmSumbit with '名称(*)', '邮箱', '网址', '验证码(*)'; the '最近留言' module div#divComments), checked against the theme's template files found by code search (zblogcn/zblogphp18)",
        site="老陈的折腾笔记",
        title="家里的旧笔记本装了 Linux 当下载机",
        byline="老陈",
        date="2025-03-03",
        date_shown="2025-03-03 08:20",
        time="08:20",
        article="""家里有台十年前的笔记本，屏幕坏了一半，一直放在柜子里吃灰。

上周末装了 Debian，只开 SSH 和下载服务，合上盖子放在路由器旁边，功耗大概十瓦。

用了一周很稳定，下一步打算加一块硬盘做照片备份。""",
        comments=[
            C(
                "路过的小王",
                "2025-03-03T10:21:33",
                "2025-03-03 10:21:33",
                "合盖不休眠是怎么设置的？我试过几次都会自动挂起。",
            ),
            C(
                "老陈",
                "2025-03-03T11:05:12",
                "2025-03-03 11:05:12",
                "改 logind.conf 里的 HandleLidSwitch，设成 ignore 再重启服务就行。",
                parent=0,
            ),
            C(
                "路过的小王",
                "2025-03-03T11:40:56",
                "2025-03-03 11:40:56",
                "成功了，谢谢博主！",
                parent=1,
            ),
            C(
                "阿杰",
                "2025-03-03T19:22:08",
                "2025-03-03 19:22:08",
                "老电脑的电池最好拆掉，长期插电容易鼓包，放在路由器旁边也不安全。",
            ),
        ],
        related=["树莓派做家庭网关的一些坑", "给老路由器刷 OpenWrt"],
        recent=[("小鱼", "树莓派做家庭网关的一些坑"), ("木子", "给老路由器刷 OpenWrt")],
    ),
]
