"""Text of held-out batch 3 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="remark42-en",
        batch="heldout-3",
        render="remark42",
        lang="en",
        system="Remark42 (self-hosted comments) rendered and saved inline (article.comment with comment__info / comment__text; replies in nested div.thread; 'Vote up'/'Vote down' around the score)",
        source="Remark42 frontend/app/components/comment/comment.tsx (article.comment.comment_level_N, div.comment__info, button.comment__username, a.comment__time, span.comment__score, div.comment__text.raw-content, div.comment__actions) and its thread component",
        site="Slow Compile",
        title="Moving my blog's comments home",
        byline="Priya Raman",
        date="2025-12-02",
        date_shown="December 2, 2025",
        time="18:30",
        article="""For six years the comments on this blog lived on somebody else's servers. It was convenient: paste a snippet, forget about it. Then the free plan started showing ads under my posts, and one of them was for a payday loan. That was the end of it.

I now run a small comment engine on the same box that serves the static site. It is one binary, it keeps its data in a single file, and backups are a nightly copy of that file to a second disk. Importing the old threads took an evening, most of it spent fixing names that the export had mangled.

The surprise was how little traffic it needs. The process sits at about thirty megabytes of memory and I have not seen it use more than a sliver of one core, even on the day a post about keyboard layouts did the rounds.

What I gave up: social logins beyond two providers, and spam filtering that somebody else maintains. So far three spam comments in two months, all caught by the moderation queue.""",
        comments=[
            C(
                "Tomás Varga",
                "2025-12-03T21:14:00",
                "12/3/2025 at 9:14 PM",
                "Did the import keep the reply structure, or did everything come across flat? That is what stopped me last time I tried to move.",
            ),
            C(
                "Priya Raman",
                "2025-12-03T22:02:00",
                "12/3/2025 at 10:02 PM",
                "It kept the threads. The export names each comment's parent, and the importer reads that. What broke were names with accents.",
                parent=0,
            ),
            C(
                "nullpointer_ie",
                "2025-12-04T07:45:00",
                "12/4/2025 at 7:45 AM",
                "Names with accents breaking in 2025 is somehow the least surprising thing I have read this week.",
                parent=1,
            ),
            C(
                "Hannah Okafor",
                "2025-12-04T09:30:00",
                "12/4/2025 at 9:30 AM",
                "Thirty megabytes is lovely. The old embed was loading more than that in scripts on every page view.\n\nMy readers on slow phones will thank you.",
            ),
            C(
                "Dev Lindqvist",
                "2025-12-05T16:12:00",
                "12/5/2025 at 4:12 PM",
                "How do you handle notifications? I would miss knowing when someone replies to me.",
            ),
            C(
                "Hannah Okafor",
                "2025-12-05T17:40:00",
                "12/5/2025 at 5:40 PM",
                "There is an email option per comment, and an RSS feed of replies. I use the feed.",
                parent=4,
            ),
        ],
        related=["Keyboard layouts I have loved and left", "A static site on a ten-euro server"],
        recent=[],
    ),
    Page(
        name="stackexchange-qa-en",
        batch="heldout-3",
        render="stackexchange",
        lang="en",
        system="Stack Exchange Q&A page (question = article; comments under a post end with ' – author date'; answers = comments; reputation and badge counts beside names)",
        source="Stack Exchange question page markup (div#question.question, div.s-prose.js-post-body, div.post-signature div.user-details, ul.comments-list li.comment span.comment-copy a.comment-user, div#answers div.answer; schema.org QAPage/Question/Answer microdata)",
        site="Home Improvement Stack Exchange",
        title="Why does my bathroom fan leave condensation on the ceiling around the grille?",
        byline="mkessler",
        date="2025-01-08",
        date_shown="Jan 8, 2025 at 19:12",
        time="19:12",
        article="""We replaced the old bathroom fan last autumn with a quieter one rated at 80 CFM. Since the cold weather started, there is a ring of water droplets on the ceiling around the grille after every shower, and twice now water has dripped back out of the fan itself.

The duct runs about three metres across the attic to a roof cap. The fan runs during the shower and for about fifteen minutes afterwards on a timer. The old fan never did this, as far as I remember, although it was so loud that nobody ran it for long.

Is the new fan too weak for the run, or is something wrong with the duct? I would rather fix it before the ceiling paint starts to peel.""",
        comments=[
            C(
                "Ed Beal",
                "2025-01-08T19:40:00",
                "Jan 8 at 19:40",
                "Is the duct insulated where it runs through the attic? Warm wet air in a cold bare duct will condense and run straight back down.",
            ),
            C(
                "mkessler",
                "2025-01-08T20:05:00",
                "Jan 8 at 20:05",
                "@EdBeal No, it is bare flexible duct, and it sags in the middle where it crosses a joist.",
                parent=0,
            ),
            C(
                "Harper Lin",
                "2025-01-09T08:30:00",
                "Jan 9, 2025 at 8:30",
                "The fan is almost certainly fine. What you describe is condensation inside the duct: the moist air cools below its dew point in the cold attic, water forms on the duct walls and runs back towards the fan.\n\nReplace the bare flex with insulated duct, keep it as short and straight as you can, and slope it slightly towards the roof cap so any water that does form runs outside rather than back into the room. Make sure the sag over the joist is gone.\n\nLetting the fan run for twenty to thirty minutes after a shower also helps dry the duct out.",
                extra="answer",
            ),
            C(
                "mkessler",
                "2025-01-09T12:15:00",
                "Jan 9 at 12:15",
                "Thanks, that matches the drip pattern exactly. I will pick up insulated duct this weekend.",
                parent=2,
            ),
            C(
                "Ruslan K.",
                "2025-01-09T14:02:00",
                "Jan 9, 2025 at 14:02",
                "Check the backdraft damper in the fan housing too. If it sticks open, cold attic air falls into the housing between showers and the first steam of the morning condenses right at the grille.",
                extra="answer",
            ),
            C(
                "jay_the_plumber",
                "2025-01-10T09:48:00",
                "Jan 10, 2025 at 9:48",
                "Also check the roof cap is not blocked by a bird nest. I have pulled three out this winter alone.",
                extra="answer",
            ),
        ],
        related=[
            "How long should a bathroom exhaust fan run after a shower?",
            "Can I vent a bathroom fan into the soffit?",
        ],
    ),
    Page(
        name="cackle-ru",
        batch="heldout-3",
        render="cackle",
        lang="ru",
        system="Cackle comments widget (Russian) saved with the page (div#mc-container; mc-comment blocks, children in mc-comment-child; a moderator badge and vote counters)",
        source="Cackle widget markup as rendered by its embed script (mc-container, mc-comment, mc-comment-author, mc-comment-created, mc-comment-msg, mc-comment-child, mc-comment-vote), written from saved pages as widely known; details may differ from any one version",
        site="Записки садовода",
        title="Как я спасал яблоню после зимы",
        byline="Нина Гордеева",
        date="2025-03-14",
        date_shown="14 марта 2025",
        time="09:00",
        article="""В этом году зима обошлась с садом сурово: в феврале после оттепели ударил мороз за двадцать, и старая яблоня у забора треснула по штамбу почти на полметра. Кору в нижней части объели мыши, которые пришли под снегом со стороны поля.

Сначала я думала, что дерево придётся пилить. Но почки на верхних ветках живые, а под корой в трещине древесина светлая и влажная. Значит, шанс есть.

Что я сделала: зачистила края трещины острым ножом до здоровой коры, стянула штамб мягким бинтом, чтобы края сошлись, и замазала рану садовым варом. Объеденное место укрыла бумагой и обвязала плёнкой на несколько недель.

Через месяц расскажу, что из этого вышло. Если у вас был похожий опыт, пишите: особенно интересно, стоит ли делать прививку мостиком.""",
        comments=[
            C(
                "Ольга Петровна",
                "2025-03-14T10:22:00",
                "3 дня назад",
                "Мостиком делать обязательно, если кора объедена по кругу больше чем наполовину. Иначе дерево отдаст силы на листья и засохнет к августу.",
            ),
            C(
                "Виктор",
                "2025-03-14T12:05:00",
                "3 дня назад",
                "А черенки для мостика когда заготавливать? Уже поздно?",
                parent=0,
            ),
            C(
                "Ольга Петровна",
                "2025-03-14T12:40:00",
                "3 дня назад",
                "Не поздно, пока почки спят. Срежьте с той же яблони и держите в холодильнике до начала сокодвижения.",
                parent=1,
            ),
            C(
                "Светлана_агроном",
                "2025-03-15T08:10:00",
                "2 дня назад",
                "Вар лучше заменить на глиняную болтушку с коровяком или на краску на основе натуральной олифы. Под варом рана часто преет.\n\nИ бинт не забудьте ослабить в июне, чтобы не врезался.",
                extra="Модератор",
            ),
            C(
                "Дмитрий",
                "2025-03-16T19:33:00",
                "вчера",
                "У меня так же треснула груша три года назад. Стянул болтом с шайбами, замазал, сейчас плодоносит как ни в чём не бывало.",
            ),
        ],
        related=["Обрезка смородины весной", "Чем подкормить рассаду томатов"],
    ),
    Page(
        name="dle-news-ru",
        batch="heldout-3",
        render="dle",
        lang="ru",
        system="DataLife Engine news site (div#dle-content full story; flat comment list of div#comment-id-N blocks; replies marked only by a quoted earlier comment 'Цитата: X'; 'Последние комментарии' sidebar)",
        source="DataLife Engine templates fullstory.tpl, comments.tpl and addcomments.tpl (div.comment, div.com_info, 'Цитата' quote block with title_quote; {author}, {date}, {comment} tags), written from the default theme as widely known",
        site="Новости Заречья",
        title="Мост через Сылву отремонтируют к октябрю",
        byline="Анна Лебедева",
        date="2025-04-22",
        date_shown="22-04-2025, 11:40",
        time="11:40",
        article="""Администрация района подписала контракт на ремонт моста через Сылву у посёлка Заречный. Работы начнутся в середине мая и должны завершиться к первому октября.

Подрядчик заменит покрытие проезжей части, отремонтирует опоры и установит новое ограждение. На время ремонта движение по мосту будет открыто в одну полосу с реверсивным светофором, а в июле мост закроют полностью на две недели.

Для жителей Заречного на эти две недели организуют дополнительный автобус через Кордон. Расписание обещают опубликовать в июне на сайте администрации.

Мост построили в 1978 году, последний капитальный ремонт проводили двадцать лет назад. Весной прошлого года на опорах обнаружили трещины, после чего для грузовиков ввели ограничение в десять тонн.""",
        comments=[
            C(
                "Иван_К",
                "2025-04-22T12:15:00",
                "22-04-2025, 12:15",
                "Две недели в июле без моста — это весь урожай с дач возить через Кордон. Почему не в апреле, пока никто не ездит?",
            ),
            C(
                "Марина",
                "2025-04-22T13:02:00",
                "22-04-2025, 13:02",
                "В апреле асфальт не кладут, холодно. Лучше уж летом, но быстро.",
                parent=0,
            ),
            C(
                "Степаныч",
                "2025-04-22T15:48:00",
                "22-04-2025, 15:48",
                "Двадцать лет назад тоже обещали к осени, а закончили к следующему лету. Посмотрим.",
            ),
            C(
                "Андрей",
                "2025-04-22T18:30:00",
                "22-04-2025, 18:30",
                "Автобус через Кордон будет ходить хотя бы раз в час? Мне на работу к восьми.",
                extra="guest",
            ),
            C(
                "Иван_К",
                "2025-04-23T08:05:00",
                "23-04-2025, 08:05",
                "Тогда хоть подрядчик был местный. Этот, говорят, из области, у них по району ещё три объекта.",
                parent=2,
            ),
        ],
        related=["В Заречном откроют новый фельдшерский пункт", "Расписание пригородных автобусов на лето"],
        recent=[("Ольга", "Ярмарка выходного дня переезжает"), ("Пётр Н.", "Отключение воды 25 апреля")],
    ),
    Page(
        name="news-forum-de",
        batch="heldout-3",
        render="news_forum_de",
        lang="de",
        system="A German news site's forum below the article (utility-class markup, no 'comment' in any name; the author line 'Name • vor 2 Stunden' is one text; one-level replies marked only by an indent class, later replies by '@Name')",
        source="Reader-forum blocks of German news sites built with utility CSS classes (data-attributes and Tailwind-style classes such as ml-32, font-bold, text-shade), element names chosen after those sites' published markup",
        site="Weser-Rundschau Digital",
        title="Vier-Tage-Woche im Rathaus: Pilotprojekt wird verlängert",
        byline="Von Jana Petersen",
        date="2026-11-30",
        date_shown="30.11.2026, 07.15 Uhr",
        time="07:15",
        article="""Die Stadtverwaltung verlängert ihr Pilotprojekt zur Vier-Tage-Woche um ein weiteres Jahr. Seit März arbeiten rund 120 Beschäftigte im Bürgeramt und in der Bauverwaltung an vier Tagen pro Woche, bei gleichem Gehalt und leicht verlängerten Arbeitstagen.

Nach einer ersten Auswertung sind die Krankmeldungen um ein Fünftel zurückgegangen, die Wartezeiten im Bürgeramt aber nicht gestiegen. Möglich wurde das, weil die Öffnungszeiten auf die Wochentage verteilt wurden: Ein Teil der Belegschaft hat montags frei, der andere freitags.

Der Personalrat begrüßt die Verlängerung. Kritik kommt aus der Opposition im Stadtrat, die die Auswertung für zu kurz hält und eine unabhängige Untersuchung fordert.

Im kommenden Jahr sollen auch die Stadtbibliothek und das Standesamt teilnehmen.""",
        comments=[
            C(
                "Klaus R.",
                "2026-11-30T09:20:00",
                "vor 2 Stunden",
                "Schön für die Verwaltung. In der Pflege oder im Einzelhandel kann man von so etwas nur träumen.",
            ),
            C(
                "Sabine_HB",
                "2026-11-30T09:41:00",
                "vor 2 Stunden",
                "@Klaus R. Deshalb soll man es der Verwaltung nicht gönnen? Irgendwo muss man anfangen.",
                parent=0,
            ),
            C(
                "Friedrich Wendt",
                "2026-11-30T10:02:00",
                "vor 1 Stunde",
                "Ein Fünftel weniger Krankmeldungen in neun Monaten ist bemerkenswert. Ich hätte gern gewusst, wie es im Vorjahreszeitraum aussah.",
            ),
            C(
                "lena.m",
                "2026-11-30T10:15:00",
                "vor 1 Stunde",
                "Steht im Bericht des Personalrats, der ist online. Der Vergleich ist mit denselben Monaten des Vorjahres gemacht.",
                parent=2,
            ),
            C(
                "Klaus R.",
                "2026-11-30T10:30:00",
                "vor 58 Minuten",
                "@Sabine_HB Gönnen ja. Aber dann bitte auch die Frage, wer das in den anderen Berufen bezahlt.",
                parent=1,
            ),
            C(
                "Torsten Becker",
                "2026-11-30T11:05:00",
                "vor 23 Minuten",
                "Ich war letzte Woche im Bürgeramt, Termin nach vier Tagen und in zehn Minuten erledigt. Von mir aus kann das so bleiben.",
            ),
        ],
        related=["Stadtrat streitet über Parkgebühren", "Neue Buslinie zum Klinikum ab Januar"],
    ),
    Page(
        name="weibo-comments-zh",
        batch="heldout-3",
        render="weibo",
        lang="zh",
        system="Weibo-style status page (comment list div.list_box of div.list_li; the author glued to the text as '名字：'; replies in div.list_box_in starting '回复@名字:'; '赞' counters)",
        source="Weibo web (v6) status detail markup (div.WB_feed_detail, div.WB_text, div.list_box, div.list_ul, div.list_li[comment_id], div.list_con, div.WB_from, ul.clearfix with 回复 and 赞, div.list_box_in for replies), written from saved pages as widely known",
        site="微博",
        title="共享单车新规：停车区外还车要加收调度费",
        byline="城市骑行笔记",
        date="2025-03-05",
        date_shown="3月5日 08:30",
        time="08:30",
        article="""从下个月起，市区主要街道的共享单车只能在白线停车区内还车，停在区外的要加收五元调度费。

运营企业说，过去一年地铁口和公交站周边乱停放的投诉增加了一倍，很多车辆堵住了盲道和消防通道。新规实施后，手机上会显示附近停车区的位置，还车时系统会自动判断是否在区内。

也有不少骑友担心，老城区的停车区太少，早高峰到了地铁口根本找不到空位。管理部门表示，三月底前会再增加三百个停车点，并根据使用数据调整位置。

大家平时骑车最常遇到什么问题？欢迎在评论区聊聊。""",
        comments=[
            C(
                "小鹿不吃草",
                "2025-03-05T09:12:00",
                "3月5日 09:12",
                "支持规范停车，但是我家小区门口一个停车区都没有，难道每次都要推着车走五百米吗？",
            ),
            C(
                "城市骑行笔记",
                "2025-03-05T09:40:00",
                "3月5日 09:40",
                "回复@小鹿不吃草:可以在应用里提交停车点建议，说是会根据这些建议来增加点位。",
                parent=0,
            ),
            C(
                "老周在杭州",
                "2025-03-05T10:03:00",
                "3月5日 10:03",
                "早就该这样了，每天早上地铁口的车堆成山，轮椅都过不去。",
            ),
            C(
                "momo_2019",
                "2025-03-05T11:26:00",
                "3月5日 11:26",
                "定位不准怎么办？上次明明停在线里，还是被扣了钱，申诉了一个星期才退回来。",
            ),
            C(
                "阿杰",
                "2025-03-05T12:08:00",
                "3月5日 12:08",
                "回复@momo_2019:我也遇到过，拍照上传车辆位置会快很多，一般当天就处理。",
                parent=3,
            ),
        ],
        related=["地铁四号线延伸段下月试运行", "春季骑行路线推荐"],
    ),
    Page(
        name="mybb-forum-fr",
        batch="heldout-3",
        render="mybb",
        lang="fr",
        system="MyBB 1.8 thread, classic postbit (first post = article, later posts = comments; a reply that quotes an earlier post 'X a écrit :'; user titles, signatures)",
        source="MyBB 1.8 templates postbit_classic, postbit_author_user, postbit_quote (div#posts, div.post.classic#post_N, div.post_author, div.author_information span.largetext, span.post_date, div.post_body#pid_N, blockquote.mycode_quote cite) and inc/functions_post.php build_postbit",
        site="Forum des Randonneurs",
        title="Bivouac en Vanoise : ce qui est autorisé cet été",
        byline="Marmotte73",
        date="2025-05-12",
        date_shown="12/05/2025, 20:14",
        time="20:14",
        article="""Bonjour à tous,

Je prépare une traversée de quatre jours en Vanoise début juillet et je m'embrouille dans les règles du bivouac. Sur le site du parc, je lis qu'il est toléré près des refuges entre 19 h et 8 h, mais certains topos parlent d'une distance minimale et d'autres d'une altitude.

Nous serons trois, avec deux petites tentes. L'idée est de dormir près des refuges de la Leisse et de l'Arpont, sans réserver de nuitée mais en achetant éventuellement un repas.

Quelqu'un a-t-il fait ce genre d'itinéraire l'été dernier ? Les gardiens acceptent-ils facilement les tentes à proximité, et faut-il les prévenir à l'avance ?""",
        comments=[
            C(
                "Jean-Luc R.",
                "2025-05-12T21:03:00",
                "12/05/2025, 21:03",
                "La règle est simple : bivouac autorisé à proximité immédiate des refuges, tente montée le soir et démontée le matin. Pas de feu, évidemment.\n\nJ'étais à l'Arpont en août, une dizaine de tentes sans aucun souci.",
                extra="Membre confirmé",
                extra2="Le sommet n'est qu'un prétexte.",
            ),
            C(
                "Camille_G",
                "2025-05-13T07:45:00",
                "13/05/2025, 07:45",
                "Prévenez quand même le gardien en arrivant, c'est la moindre des politesses. Et les sanitaires du refuge sont parfois payants pour les campeurs.",
                extra="Membre",
            ),
            C(
                "Marmotte73",
                "2025-05-13T09:10:00",
                "13/05/2025, 09:10",
                "Merci ! Donc pas besoin de réserver quoi que ce soit, on se présente simplement en arrivant ?",
                parent=0,
                extra="Nouveau membre",
            ),
            C(
                "Pierre_Alpes",
                "2025-05-13T12:30:00",
                "13/05/2025, 12:30",
                "Pour le repas du soir, si. Les refuges sont pleins en juillet et le gardien prévoit les quantités la veille.",
                extra="Modérateur",
                extra2="Partez léger, revenez heureux.",
            ),
            C(
                "Camille_G",
                "2025-05-13T18:22:00",
                "13/05/2025, 18:22",
                "Et prenez de quoi filtrer l'eau, les torrents près de la Leisse sont fréquentés par les troupeaux.",
                extra="Membre",
            ),
        ],
        related=["GR5 : le tronçon Modane – Val d'Isère", "Quel réchaud pour la haute altitude ?"],
    ),
    Page(
        name="commento-script-es",
        batch="heldout-3",
        render="commento_script",
        lang="es",
        system="A Spanish news page whose comments are loaded by script (Commento embed: an empty div#commento and its script; the page announces '87 comentarios'; a 'Últimos comentarios' sidebar about other stories). Expected: no comments",
        source='Commento embed as documented by the project (<div id="commento"></div> with <script defer src=".../js/commento.js">) and its count script, in a news page layout',
        site="Diario del Turia",
        title="La huerta pierde otras cuarenta hectáreas en cinco años",
        byline="Por Lucía Ferrer",
        date="2025-09-18",
        date_shown="18 de septiembre de 2025, 07:30",
        time="07:30",
        article="""La huerta que rodea la ciudad ha perdido cuarenta hectáreas de cultivo en los últimos cinco años, según el informe que el consejo agrario presentó ayer. La mayor parte del terreno se ha convertido en aparcamientos, naves logísticas y ampliaciones de carreteras.

El informe señala que una de cada cuatro parcelas que siguen registradas como agrícolas no se ha cultivado en los últimos dos años. Los agricultores consultados citan la edad, la falta de relevo y los precios que pagan los intermediarios, que a menudo no cubren los costes.

El consejo propone un banco de tierras que ponga en contacto a propietarios que ya no cultivan con jóvenes que quieran hacerlo, y una marca propia para vender la verdura de la huerta en los mercados municipales.

El ayuntamiento estudiará las propuestas en el pleno de octubre.""",
        comments=[],
        announced=87,
        related=[
            "El mercado central amplía su horario en Navidad",
            "Nueva línea de autobús a las pedanías del norte",
        ],
        recent=[
            ("Vicente M.", "El carril bici de la avenida del Puerto, en obras"),
            ("Rosa", "Las fallas de este año, más caras"),
        ],
    ),
]
