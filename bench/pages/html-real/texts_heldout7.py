"""Text of held-out batch 7 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="forem-devto-en",
        batch="heldout-7",
        render="forem",
        lang="en",
        system="Forem (the dev.to engine) post with its comment trees (div.comment.single-comment-node with an id 'comment-node-N', details.comment-wrapper; the name printed twice, as a link and as the trigger of a hidden profile card holding 'Follow', a summary and 'Joined'; '•' and the date on the author line; like counts and 'Reply'; replies nested inside the parent's details)",
        source="Forem app/views/comments/_comment.html.erb and _comment_header (div.comment.single-comment-node.root / child, comment--deep-N, details.comment-wrapper, div.comment__details, div.comment__header, a.comment-date time, div.comment__body, footer.comment__footer with reaction-like and toggle-reply-form, profile-preview-card), written from the public templates as widely known; class names may differ by version",
        site="DEV Community",
        title="I replaced our nightly cron jobs with a queue and regretted it for a month",
        byline="Ines Carvalho",
        date="2025-05-14",
        date_shown="May 14",
        time="06:45",
        article="""Our team had eleven cron jobs that ran at night: exports, clean-ups, a few reports nobody admitted to reading. When one failed, we found out the next afternoon. So I moved them all onto a job queue with retries and a dashboard.

The first month was worse. Retries hid real failures, because a job that failed three times and then succeeded looked green. Two jobs depended on each other's output and now ran in parallel. And the dashboard told us everything except what we actually wanted to know: did last night's export reach the customer?

What fixed it was boring. Every job now writes one line to a table when it finishes, with what it produced, and a single check at 7 a.m. compares that table with what should be there. The queue stayed, but the check is what we trust.""",
        comments=[
            C(
                "Tobias Lang",
                "2025-05-14T09:10:00",
                "May 14",
                "The retries hiding failures part hit home. We now count a job that needed a retry as yellow, not green, and it changed which jobs we fix first.",
            ),
            C(
                "Ines Carvalho",
                "2025-05-14T10:02:00",
                "May 14",
                "Yellow for retried jobs is a good idea. Did you have to argue for it, or did people accept it straight away?",
                parent=0,
            ),
            C(
                "Tobias Lang",
                "2025-05-14T10:40:00",
                "May 14",
                "Some arguing. It helped to show that half the yellow jobs failed for the same reason, a database that restarts at two.",
                parent=1,
            ),
            C(
                "okonkwo_dev",
                "2025-05-15T07:55:00",
                "May 15",
                "A morning check against expected output is basically a contract test for batch jobs. I would add the row counts to that table too.",
            ),
            C(
                "Mira S.",
                "2025-05-16T18:20:00",
                "May 16",
                "Honest post. Most write-ups about queues stop at the day they shipped.",
            ),
        ],
        related=[
            "Five things I learned running Postgres in a small team",
            "What is a dead letter queue, really?",
        ],
    ),
    Page(
        name="serendipity-de",
        batch="heldout-7",
        render="s9y",
        lang="de",
        system="Serendipity (s9y) blog, default template (div.serendipity_comment blocks with an id 'serendipity_comment_N'; the source line 'Name am Datum (Antwort)' comes AFTER the text; reply depth only as an inline padding-left and the trace number '#1.1'; a 'Letzte Kommentare' sidebar plugin with comment excerpts; a comment form with 'Name' and 'E-Mail')",
        source="Serendipity templates/default comments.tpl and entries.tpl (div.serendipity_Entry_Date, h4.serendipity_title, div.serendipity_entry_body, div.serendipity_entryFooter, div.serendipity_comment#serendipity_comment_N with style padding-left, div.serendipity_commentBody, div.serendipity_comment_source with comment_source_trace, comment_source_author, comment_source_date, comment_reply) and the serendipity_plugin_comments sidebar plugin, written from the public templates as widely known",
        site="Notizen aus dem Gemüsebeet",
        title="Warum ich dieses Jahr keine Tomaten mehr vorziehe",
        byline="Gerlinde",
        date="2025-03-09",
        date_shown="Sonntag, 9. März 2025",
        time="17:20",
        article="""Seit zwanzig Jahren stehen bei mir ab Februar Tomatentöpfe auf jeder Fensterbank. Dieses Jahr nicht: Ich säe erst Mitte April, direkt in größere Töpfe, und stelle sie nach den Eisheiligen ins Beet.

Der Grund ist einfach. Die frühen Pflanzen wurden jedes Jahr lang und dünn, weil das Licht im Februar nicht reicht, und holten im Sommer trotzdem nichts auf. Im letzten Jahr habe ich es mit zwei Reihen verglichen: Die späten Pflanzen trugen eine Woche später, aber kaum weniger.

Ich bin gespannt, ob das in einem kalten Frühjahr auch gilt. Wer hat ähnliche Erfahrungen gemacht?""",
        comments=[
            C(
                "Ulrich",
                "2025-03-09T18:02:00",
                "09.03.2025 18:02",
                "Genau meine Erfahrung. Ich ziehe inzwischen nur noch Paprika früh vor, die brauchen die lange Zeit wirklich.",
            ),
            C(
                "Gerlinde",
                "2025-03-09T19:15:00",
                "09.03.2025 19:15",
                "Paprika mache ich auch noch im Februar. Mit Pflanzenlampe, sonst wäre es dasselbe Elend.",
                parent=0,
            ),
            C(
                "Ulrich",
                "2025-03-10T09:30:00",
                "10.03.2025 09:30",
                "Mit welcher Lampe arbeitest du? Meine alte Leuchtstoffröhre gibt langsam auf.",
                parent=1,
            ),
            C(
                "Anke aus Kassel",
                "2025-03-10T07:48:00",
                "10.03.2025 07:48",
                "Bei uns im Nordhessischen kommen die Tomaten vor Juni sowieso nicht raus. Dann reicht Mitte April erst recht.",
            ),
            C(
                "Bernd K.",
                "2025-03-11T20:05:00",
                "11.03.2025 20:05",
                "Ein Einwand: Späte Pflanzen sind bei mir anfälliger für die Braunfäule, weil sie genau in die nasse Zeit hineinwachsen. Ich bleibe bei März.",
            ),
        ],
        related=["Kartoffeln im Sack: die Bilanz", "Mulchen mit Rasenschnitt"],
        recent=[("Hannelore", "Kartoffeln im Sack: die Bilanz"), ("Jörg", "Mulchen mit Rasenschnitt")],
    ),
    Page(
        name="pikabu-story-ru",
        batch="heldout-7",
        render="pikabu",
        lang="ru",
        system="Pikabu-style story page (article.story with story blocks; div.comment blocks carrying data-id and a data-meta string with the parent id; header with a nick link, a rating counter and a time; 'автор' label for the story's author; replies nested in div.comment__children)",
        source="Pikabu story and comment markup as saved (article.story, h1.story__title, div.story__content-inner, div.story-block_type_text, section.comments, div.comment[data-id][data-meta], div.comment__body, div.comment__header, div.comment__user[data-name] a.user span.user__nick, time.comment__datetime, div.comment__rating-count, div.comment__content, div.comment__tools, div.comment__children), written from saved pages as widely known; class names may differ by version",
        site="Пикабу",
        title="Как я чинил холодильник по видео и что из этого вышло",
        byline="Semyon.Vint",
        date="2025-02-18",
        date_shown="18 фев 2025",
        time="21:10",
        article="""Холодильник начал гудеть и перестал морозить. Мастер назвал сумму, за которую можно купить половину нового, и я решил сначала посмотреть видео.

Оказалось, что у многих таких моделей выходит из строя пусковое реле. Деталь стоила триста рублей, замена заняла двадцать минут, из которых пятнадцать я искал нужную отвёртку.

Холодильник работает уже месяц. Мораль не в том, что мастера жадные, а в том, что сначала стоит спросить, что именно сломалось.""",
        comments=[
            C(
                "ded.Makar",
                "2025-02-18T21:40:00",
                "18 фев 2025 21:40",
                "Реле действительно частая болезнь. Главное, отключать от сети перед тем, как лезть, а то видео это иногда забывают сказать.",
            ),
            C(
                "Semyon.Vint",
                "2025-02-18T22:05:00",
                "18 фев 2025 22:05",
                "Отключал, конечно. И ещё подождал минут десять, как советовали в комментариях под видео.",
                parent=0,
            ),
            C(
                "ded.Makar",
                "2025-02-19T08:15:00",
                "19 фев 2025 08:15",
                "Десять минут это правильно, конденсатор должен разрядиться.",
                parent=1,
            ),
            C(
                "LenaKot",
                "2025-02-18T22:31:00",
                "18 фев 2025 22:31",
                "А мастер хотя бы сказал, что собирается менять? Если нет, это уже повод искать другого.",
            ),
            C(
                "Vitya_Holod",
                "2025-02-19T10:47:00",
                "19 фев 2025 10:47",
                "Как мастер скажу: половина вызовов у нас и есть реле. Честная цена работы около тысячи, не больше.",
                parent=3,
            ),
        ],
        related=["Соседи сверху и их стиральная машина", "Как я менял смеситель в съёмной квартире"],
    ),
    Page(
        name="conversacion-ids-es",
        batch="heldout-7",
        render="conversacion",
        lang="es",
        system="A Spanish national paper's own conversation module (section#conversacion; a flat list of li items with only an id 'cv-N', no class; the author line 'Nombre · hace 3 horas' as one text; replies marked only by 'En respuesta a Nombre'; a 'Suscriptor' badge, 'Me gusta N'; a 'Nombre (obligatorio)' form and a 'Lo más comentado' box)",
        source="Reader-comment modules of Spanish national papers' own CMS (flat items addressed by id, the author and relative time on one line, a reply line naming the parent), element names chosen after such sites' published markup, as the outside check described flat lists whose replies are marked by 'in reply to'",
        site="Diario del Sur",
        title="La ciudad cierra al tráfico cuatro calles del centro durante los sábados",
        byline="Marta Quiroga",
        date="2025-09-20",
        date_shown="20 sept. 2025 - 07:30",
        time="07:30",
        article="""El Ayuntamiento cerrará al tráfico desde el próximo sábado cuatro calles del casco antiguo entre las diez de la mañana y las ocho de la tarde. La medida se probará durante tres meses.

Los comerciantes de la zona están divididos. Una parte teme perder a los clientes que llegan en coche; otra recuerda que la calle peatonal abierta hace dos años tiene hoy menos locales vacíos que antes.

El concejal de Movilidad ha prometido publicar cada mes el número de visitantes y las ventas declaradas por los comercios que quieran participar en el estudio.""",
        comments=[
            C(
                "Lucía Ferrer",
                "2025-09-20T09:12:00",
                "hace 3 horas",
                "Por fin. Los sábados el centro es un atasco continuo y nadie compra nada desde el coche.",
                extra="Suscriptor",
            ),
            C(
                "Andrés M.",
                "2025-09-20T09:40:00",
                "hace 3 horas",
                "Eso lo dice quien vive a cinco minutos andando. Los que venimos de los pueblos no tenemos otra manera de llegar.",
                parent=0,
            ),
            C(
                "Lucía Ferrer",
                "2025-09-20T10:05:00",
                "hace 2 horas",
                "El aparcamiento de la estación queda a diez minutos y el autobús lleva allí desde los pueblos. No es tan distinto de lo de antes.",
                parent=1,
                extra="Suscriptor",
            ),
            C(
                "Rocío Blanco",
                "2025-09-20T10:33:00",
                "hace 2 horas",
                "Lo importante es que publiquen los datos de verdad. Tres meses de prueba sin cifras no sirven para nada.",
            ),
            C(
                "Paco el del kiosco",
                "2025-09-20T11:02:00",
                "hace 1 hora",
                "Tengo el kiosco en una de esas calles. Ya veremos, pero si hay más gente paseando, algo se venderá.",
                parent=3,
            ),
        ],
        related=["El nuevo carril bici llega al puerto", "Las obras del mercado terminarán en primavera"],
        recent=[
            ("Jesús R.", "El nuevo carril bici llega al puerto"),
            ("Ana", "Las obras del mercado terminarán en primavera"),
        ],
    ),
    Page(
        name="openweb-conversation-fr",
        batch="heldout-7",
        render="openweb",
        lang="fr",
        system="OpenWeb (Spot.IM) conversation saved inline on a French news page (spcv_ class names; li.spcv_list-item with article.spcv_root-message; a 'Abonné' badge, 'il y a 3 h'; like and dislike counters; replies in ul.spcv_children-list followed by a 'Masquer les réponses' button)",
        source="OpenWeb (Spot.IM) conversation module as rendered and saved from news pages (div[data-spot-im-module-default-area=conversation], div.spcv_conversation, ul.spcv_messages-list, li.spcv_list-item, article.spcv_root-message / spcv_reply-message, div.spcv_message-view, span.spcv_username, span.spcv_badge, time.spcv_timestamp, div.spcv_message-text, div.spcv_message-actions, ul.spcv_children-list), written from saved pages as widely known; class names differ between versions",
        site="Le Courrier de l'Ouest",
        title="À Nantes, la rentrée se fait avec trente élèves de moins par école",
        byline="Camille Le Goff",
        date="2025-09-02",
        date_shown="Publié le 2 septembre 2025 à 06h30",
        time="06:30",
        article="""Les écoles primaires de Nantes comptent cette année en moyenne trente élèves de moins qu'il y a cinq ans. La baisse des naissances se lit désormais dans chaque cour de récréation.

Pour la mairie, c'est l'occasion d'alléger les classes de CP et de CE1. Pour les syndicats, c'est surtout le signe que des fermetures de classes se préparent pour l'an prochain.

Les parents d'élèves de deux quartiers ont déjà demandé une réunion publique avant la fin du mois.""",
        comments=[
            C(
                "Yannick D.",
                "2025-09-02T07:41:00",
                "il y a 3 h",
                "Des classes de vingt élèves en CP, c'est ce que tout le monde réclamait. Espérons que ça dure plus d'un an.",
                extra="Abonné",
            ),
            C(
                "Sophie_44",
                "2025-09-02T08:05:00",
                "il y a 3 h",
                "Ça durera jusqu'au prochain budget. Dans notre quartier, la classe en plus a été fermée au bout de deux ans.",
                parent=0,
            ),
            C(
                "Hervé Marchand",
                "2025-09-02T08:30:00",
                "il y a 2 h",
                "Moins d'élèves, c'est aussi moins de familles. Les loyers expliquent plus de choses que la natalité.",
            ),
            C(
                "Claire B.",
                "2025-09-02T09:12:00",
                "il y a 1 h",
                "Tout à fait d'accord, trois familles de notre école sont parties en périphérie cet été.",
                parent=2,
                extra="Abonné",
            ),
        ],
        related=["Cantine : le prix du repas augmente de 20 centimes", "Un collège rénové ouvre à Rezé"],
    ),
    Page(
        name="tieba-thread-zh",
        batch="heldout-7",
        render="tieba",
        lang="zh",
        system="Baidu Tieba-style thread (forum: the first floor = article, later floors = comments; div.l_post with a data-field JSON, d_author with a '吧主' badge and a level; '1楼' and the time in tail-info spans after the text; floor-in-floor replies (楼中楼) 'name: 回复 other :text' under a floor)",
        source="Baidu Tieba thread page markup as saved (div#j_p_postlist, div.l_post.j_l_post[data-field], div.d_author ul.p_author li.d_name a.p_author_name, div.d_badge_title, div.d_post_content_main div.d_post_content, div.post-tail-wrap span.tail-info, div.j_lzl_container li.lzl_single_post, span.lzl_content_main, span.lzl_time), written from saved pages as widely known; class names may differ by version",
        site="阳台种菜吧",
        title="北方阳台冬天能种什么菜？求推荐",
        byline="青椒炒肉丝",
        date="2025-11-02",
        date_shown="2025-11-02 19:30",
        time="19:30",
        article="""家住石家庄，阳台朝南，封闭的，冬天白天大概十五度，晚上七八度。

去年冬天种了生菜，长得很慢，两个月才吃上一顿。今年想试试别的，大家有什么推荐？最好是不太需要光照的。""",
        comments=[
            C(
                "老园丁王叔",
                "2025-11-02T19:45:00",
                "2025-11-02 19:45",
                "菠菜和小油菜都可以，耐寒，十度左右照样长。生菜慢主要是光照不够，不是温度。",
                extra="吧主",
            ),
            C(
                "青椒炒肉丝",
                "2025-11-02T20:02:00",
                "2025-11-2 20:02",
                "谢谢王叔！菠菜要不要先泡种子？",
                parent=0,
            ),
            C(
                "老园丁王叔",
                "2025-11-02T20:10:00",
                "2025-11-2 20:10",
                "回复 青椒炒肉丝 :泡一夜就行，出芽快一点。",
                parent=1,
                extra="吧主",
            ),
            C(
                "芽芽不吃香菜",
                "2025-11-03T08:20:00",
                "2025-11-03 08:20",
                "推荐蒜苗，一个盆插满蒜瓣，浇水就长，半个月就能剪一茬，完全不挑光。",
            ),
            C(
                "北方小阳台",
                "2025-11-03T12:36:00",
                "2025-11-03 12:36",
                "我家也是河北的，去年种了豌豆苗，十天一茬，冬天吃火锅正好。",
            ),
        ],
        related=["阳台种草莓一年的总结", "自制有机肥到底臭不臭"],
    ),
    Page(
        name="phpbb-subsilver2-en",
        batch="heldout-7",
        render="subsilver2",
        lang="en",
        system="phpBB 3.0 thread, subsilver2 style (tables only: table.tablebg rows per post, b.postauthor, 'Post subject:' and 'Posted:' in td.gensmall, rank and 'Joined'/'Posts' in span.postdetails; the signature in a second div.postbody after '_________________'; a reply quoting an earlier post 'X wrote:'; first post = article)",
        source="phpBB 3.0 styles/subsilver2/template/viewtopic_body.html and bbcode.html (table.tablebg, tr.row1/row2, b.postauthor, td.gensmall, td.profile, span.postdetails, div.postbody, div.quotetitle, div.quotecontent), written from the public templates as widely known",
        site="Vintage Radio Workshop Forum",
        title="Hum on a 1950s valve radio after recapping",
        byline="hollowstate",
        date="2025-01-11",
        date_shown="Sat Jan 11, 2025 3:12 pm",
        time="15:12",
        article="""I recapped a 1950s five-valve mains radio last weekend: new electrolytics, new wax capacitors throughout. It plays, and the sound is much cleaner, but there is now a steady hum at every volume setting that was not there before.

I checked the polarity of the new smoothing capacitors twice. The hum does not change when I turn the volume down or tune off station.

Any ideas where to look next?""",
        comments=[
            C(
                "Reginald P",
                "2025-01-11T16:40:00",
                "Sat Jan 11, 2025 4:40 pm",
                "Hum that does not follow the volume control is almost always the power supply. Did the new smoothing capacitors go back to the same earth point as the old ones?",
                extra="Valve Veteran",
            ),
            C(
                "sparky_sue",
                "2025-01-11T18:05:00",
                "Sat Jan 11, 2025 6:05 pm",
                "Also check the heater wiring. If you moved it while working, it may now run next to the grid lead of the output valve.",
            ),
            C(
                "hollowstate",
                "2025-01-12T10:20:00",
                "Sun Jan 12, 2025 10:20 am",
                "That was it. I had earthed the new can to a tag on the other side of the chassis. Moved it back next to the rectifier and the hum is gone.",
                parent=0,
            ),
            C(
                "Reginald P",
                "2025-01-12T11:02:00",
                "Sun Jan 12, 2025 11:02 am",
                "Good news. Worth writing the earth points on the circuit diagram before the next set, it saves an evening every time.",
                extra="Valve Veteran",
            ),
        ],
        related=["Dial cord restringing: a guide with photos", "Where to buy wax capacitor replacements"],
    ),
    Page(
        name="metafilter-thread-en",
        batch="heldout-7",
        render="metafilter",
        lang="en",
        system="MetaFilter thread (no comment container: each comment a bare div.comments with an anchor; the text first, then 'posted by <name> at 9:02 AM on March 3 [2 favorites]' in span.smallcopy; a reply names its parent only by a link to that comment, 'name, ...'; a recent-activity sidebar)",
        source="MetaFilter thread page markup as saved (h1.posttitle, div.copy with span.smallcopy.postbyline, div.comments with a[name=N] and span.smallcopy 'posted by ... at ... [N favorites]', a.favorite), written from saved pages as widely known",
        site="MetaFilter",
        title="The library that lends seeds",
        byline="larkspur",
        date="2025-03-03",
        date_shown="March 3, 2025",
        time="08:00",
        article="""A county library in Vermont has lent vegetable seeds for twelve years. Borrowers take a packet in spring and are asked, not required, to bring back seeds from their best plants in autumn.

About a third do. The librarians say those returned seeds have slowly adapted to the valley: the beans come up earlier and the tomatoes crack less in the rain.

The collection now has three hundred varieties, forty of them found nowhere else, and a volunteer who keeps the germination records in a school exercise book.""",
        comments=[
            C(
                "pinecone",
                "2025-03-03T09:02:00",
                "9:02 AM on March 3",
                "A third bringing seeds back is a far better rate than I would have guessed. Our library cannot get people to return the cookbooks.",
            ),
            C(
                "tangerine_dream",
                "2025-03-03T09:40:00",
                "9:40 AM on March 3",
                "The exercise book is the best part of this. Somewhere there is a spreadsheet person quietly suffering.",
            ),
            C(
                "oldmanriver",
                "2025-03-03T10:15:00",
                "10:15 AM on March 3",
                "pinecone, seeds are easier to return than books: you end up with far more than you borrowed. Cookbooks do not multiply.",
                parent=0,
            ),
            C(
                "larkspur",
                "2025-03-03T11:30:00",
                "11:30 AM on March 3",
                "For anyone nearby, the library runs a cleaning evening in October where you learn to save tomato seeds. It is mostly jars and patience.",
            ),
        ],
        related=["A map of every public orchard in Britain", "The last typewriter repair shop in town"],
    ),
]
