"""Text of held-out batch 5 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="hyvor-talk-en",
        batch="heldout-5",
        render="hyvor",
        lang="en",
        system="Hyvor Talk comments rendered and saved inline in a newsletter blog (hyvor-talk-* wrappers, div.comment with comment-head / comment-body; a 'Moderator' badge, an upvote counter; replies in div.comment-replies)",
        source="Hyvor Talk embed (hyvor-talk-comments custom element) as its rendered shadow content is saved with the page (comment, comment-head, name, badge, time, comment-body, comment-actions, comment-replies), written from saved pages as widely known; class names may differ by version",
        site="The Allotment Letter",
        title="Why our community garden stopped using a waiting list",
        byline="Fern Castellano",
        date="2025-04-22",
        date_shown="April 22, 2025",
        time="07:30",
        article="""For nine years the Riverside community garden kept a waiting list. By last winter it held a hundred and forty names, and the average wait for a plot had passed four years. Most people on it had stopped expecting anything.

This spring we tried something else: every plot-holder keeps their plot for three seasons, and then half of it goes to the next person in a lottery. Nobody loses everything, and a new gardener gets a plot within the year.

The first draw was in March. Twenty-two people joined, and eleven of them had never grown anything before. The older plot-holders complained, then started handing out seedlings.

We do not know yet whether the halved plots will feed a family. We will count the harvest in October and publish the figures here.""",
        comments=[
            C(
                "Maggie Doyle",
                "2025-04-22T10:05:00",
                "2 weeks ago",
                "Halving plots is brave. In our garden the people with full plots are the ones who do the watering rota, and I worry they would simply leave.",
            ),
            C(
                "Fern Castellano",
                "2025-04-22T11:40:00",
                "2 weeks ago",
                "Two of ours did leave. The rota is now shared by the new gardeners, who turn out to be keener than we were.",
                parent=0,
                extra="Moderator",
            ),
            C(
                "Tom Achebe",
                "2025-04-23T08:12:00",
                "2 weeks ago",
                "A lottery feels fairer than a list that nobody believes in. Did you let people who were already waiting skip ahead?",
            ),
            C(
                "Fern Castellano",
                "2025-04-23T09:30:00",
                "2 weeks ago",
                "They got two tickets in the first draw instead of one. It seemed the least we could do after four years.",
                parent=2,
                extra="Moderator",
            ),
            C(
                "Priya N.",
                "2025-04-24T19:48:00",
                "1 week ago",
                "I was one of the eleven beginners. My half plot has radishes, a lot of slugs and a neighbour who explains everything twice. I love it.",
            ),
        ],
        related=["Seed swaps: a winter guide", "What to plant in a shady corner"],
        recent=[("Alan W.", "Composting in a small yard"), ("Bea", "Our first tomato of the year")],
    ),
    Page(
        name="nodebb-topic-de",
        batch="heldout-5",
        render="nodebb",
        lang="de",
        system="NodeBB topic, Harmony theme (first post = article, later posts = comments; ul[component=topic] of li[component=post] with schema.org Comment microdata; replies flat, marked only by the header's parent link '@Name' (component=post/parent); group badges, vote counts)",
        source="NodeBB themes (nodebb-theme-harmony / persona) templates topic.tpl and partials/topic/post.tpl (li[component=post][data-index], a[data-username][itemprop=author], span.timeago[title], div.content[component=post/content][itemprop=text], a[component=post/parent] with '@username', a[component=post/vote-count]); the post/parent link was checked against NodeBB theme templates found by code search, the rest written from the public templates as widely known",
        site="Rad & Reise Forum",
        title="Bahnmitnahme: Fahrrad im ICE reservieren – Erfahrungen?",
        byline="speichenbruch",
        date="2025-05-06",
        date_shown="6. Mai 2025, 18:22",
        time="18:22",
        article="""Hallo zusammen, im Juni will ich mit dem Rad von Hamburg nach Freiburg fahren, aber die Strecke bis Kassel lieber mit dem ICE abkürzen. Die Fahrradstellplätze sind für meinen Zug laut App schon fast ausgebucht.

Meine Fragen: Reserviert ihr gleich bei der Buchung, oder lohnt es sich, auf einen früheren Zug auszuweichen? Und wie streng wird am Bahnsteig kontrolliert, ob das Rad wirklich reserviert ist?

Das Rad ist ein normales Reiserad mit Gepäckträger und zwei Taschen, kein E-Bike.""",
        comments=[
            C(
                "HannaTourt",
                "2025-05-06T19:03:00",
                "6. Mai 2025, 19:03",
                "Sofort reservieren, die Plätze im ICE 4 sind wenige und an Wochenenden im Juni schnell weg. Kontrolliert wurde ich bisher zweimal, beide Male freundlich.",
            ),
            C(
                "Bernd_K",
                "2025-05-06T20:41:00",
                "6. Mai 2025, 20:41",
                "Nimm die Taschen vorher ab. Der Haken im ICE ist eng, und mit Taschen blockierst du den Gang für alle anderen.",
                extra="Moderatoren",
            ),
            C(
                "speichenbruch",
                "2025-05-07T07:15:00",
                "7. Mai 2025, 07:15",
                "Danke, dann buche ich heute noch. Gibt es einen Trick, das Rad an den Haken zu bekommen, ohne den Lenker zu verdrehen?",
                parent=1,
            ),
            C(
                "Lotte_R",
                "2025-05-07T09:50:00",
                "7. Mai 2025, 09:50",
                "Vorderrad zuerst einhängen und das Rad dabei leicht schräg halten, dann passt es auch mit breitem Lenker. Beim ersten Mal dauert es, danach geht es schnell.",
                parent=2,
            ),
            C(
                "HannaTourt",
                "2025-05-07T12:26:00",
                "7. Mai 2025, 12:26",
                "Und plane Puffer beim Umsteigen ein. Mit Rad und Taschen schafft man sieben Minuten in Kassel nicht, wenn der Aufzug ausfällt.",
            ),
        ],
        related=["Radwege an der Weser: aktueller Zustand", "Zelten in Hessen: legal oder nicht?"],
    ),
    Page(
        name="ipboard-ru",
        batch="heldout-5",
        render="ipboard",
        lang="ru",
        system="Invision Community 4 topic (first post = article, later posts = comments; article.cPost with aside.cAuthorPane: name, group 'Модераторы', post count; a reply quoting an earlier post 'X написал:'; reaction counts)",
        source="Invision Community 4 theme templates forums/front/topics/post and core/front/global/commentContainer (article.cPost.ipsComment, aside.ipsComment_author.cAuthorPane, h3.cAuthorPane_author, ul.cAuthorPane_info, div.ipsComment_meta time[datetime], div[data-role=commentContent].ipsType_richText, blockquote.ipsQuote[data-ipsquote-username] with div.ipsQuote_citation), written from the public templates as widely known",
        site="Форум аквариумистов",
        title="Помутнение воды после запуска: что я делаю не так?",
        byline="Рыбёха",
        date="2025-02-11",
        date_shown="11 февраля 2025",
        time="21:10",
        article="""Добрый вечер. Две недели назад запустил свой первый аквариум на шестьдесят литров: грунт, несколько живых растений, внешний фильтр. Рыб пока нет.

На третий день вода стала мутно-белой, и с тех пор не проходит. Я подменил половину воды дважды, но через сутки муть возвращается.

Тесты показывают аммиак около одного миллиграмма на литр, нитритов пока нет. Растения вроде бы не страдают. Стоит ли ещё подменять воду или лучше ничего не трогать?""",
        comments=[
            C(
                "Сергей Ильич",
                "2025-02-11T21:44:00",
                "11 февраля 2025",
                "Это бактериальная вспышка, обычное дело при запуске. Подмены её только затягивают: бактерии снова размножаются на свежей воде.",
                extra="Модераторы",
            ),
            C(
                "Katya_Plant",
                "2025-02-12T08:20:00",
                "12 февраля 2025",
                "Согласна с Сергеем. У меня такая муть ушла сама дней за десять, когда я перестала мыть фильтр каждые три дня.",
                parent=0,
            ),
            C(
                "Рыбёха",
                "2025-02-12T10:05:00",
                "12 февраля 2025",
                "Фильтр я действительно промывал под краном. Видимо, смывал всё полезное.",
                parent=1,
            ),
            C(
                "Ant0n",
                "2025-02-12T17:32:00",
                "12 февраля 2025",
                "Добавлю: проверьте, не перекармливаете ли вы пустой аквариум. Некоторые сыплют корм «для бактерий», и он просто гниёт.",
            ),
            C(
                "Сергей Ильич",
                "2025-02-13T09:12:00",
                "13 февраля 2025",
                "Фильтр промывайте только в аквариумной воде и не чаще раза в месяц. И наберитесь терпения: рыб запускайте, когда появятся и уйдут нитриты.",
                parent=2,
                extra="Модераторы",
            ),
        ],
        related=["Какие растения выживут без CO2", "Продам фильтр Eheim, почти новый"],
    ),
    Page(
        name="zhihu-answers-zh",
        batch="heldout-5",
        render="zhihu",
        lang="zh",
        system="Zhihu-style question page (question and its detail = article; answers = top-level comments; each author with a one-line headline and a badge line, '赞同 N' vote buttons, '发布于'/'编辑于' times; folded '条评论' buttons that load nothing)",
        source="Zhihu question page markup as saved (div.QuestionHeader h1.QuestionHeader-title, div.QuestionRichText, div.List-item > div.ContentItem.AnswerItem[itemprop=answer] with meta itemprop=name, div.AuthorInfo, span.RichText[itemprop=text], div.ContentItem-time, button.VoteButton--up), written from saved pages as widely known; class names may differ by version",
        site="知乎",
        title="在一线城市租房，通勤一小时和多付一千元房租，该怎么选？",
        byline="匿名用户",
        date="2025-03-09",
        date_shown="2025-03-09 22:14",
        time="22:14",
        article="""刚毕业，在上海找到工作，公司在张江。看了两套房子：一套在公司附近，月租四千二；另一套在地铁线另一头，月租三千二，单程通勤大约一小时。

我每个月到手一万出头，想存点钱，但也担心每天两个小时在路上会把人拖垮。

有经验的朋友能说说，实际住下来，哪种选择更不容易后悔？""",
        comments=[
            C(
                "林间小路",
                "2025-03-10T08:31:00",
                "发布于 2025-03-10 08:31",
                "我选过远的那套，住了一年就搬了。省下的一万二，差不多都花在了周末补觉和打车上。\n\n如果公司不常加班，近一点的房子带来的时间，比钱更难买到。",
                extra="城市规划话题下的优秀答主",
            ),
            C(
                "陈工不加班",
                "2025-03-10T12:05:00",
                "编辑于 2025-03-11 09:40",
                "先算清楚通勤时间能不能利用。地铁有座、能看书，一小时不算浪费；要是换乘两次、全程站着，那就是纯消耗。",
            ),
            C(
                "豆豆妈",
                "2025-03-10T21:47:00",
                "发布于 2025-03-10 21:47",
                "刚毕业建议住近一点。第一年工作最累，省下的时间可以用来学习和休息，钱以后还能再挣。",
            ),
            C(
                "Kevin Z",
                "2025-03-11T13:20:00",
                "发布于 2025-03-11 13:20",
                "还有第三种选择：和同事合租公司附近的两居室，每人两千多，两头都照顾到了。",
                extra="互联网从业者",
            ),
        ],
        related=["第一份工作应该看重薪资还是成长？", "上海哪些地铁线早高峰最挤？"],
    ),
    Page(
        name="guardian-style-en",
        batch="heldout-5",
        render="guardian",
        lang="en",
        system="A British national paper's discussion below an article, Guardian-style (ul.d-thread of li.d-comment; one level of responses in ul.d-thread--responses, a response to a response marked only 'in reply to Name'; 'Recommend' counters, a 'Staff' badge, 'Picks' and a 'Most viewed' sidebar)",
        source="The Guardian's discussion markup (d-discussion, d-thread--comments, li.d-comment[data-comment-author][data-comment-id], div.d-comment__meta, span.d-comment__author, time.d-comment__timestamp, div.d-comment__body, span.d-comment__recommend-count, ul.d-thread--responses, span.d-comment__reply-to-author) as in saved article pages, written from them as widely known",
        site="The Daily Courier",
        title="Town halls switch off streetlights after midnight to save energy",
        byline="Harriet Cole",
        date="2025-01-15",
        date_shown="Wed 15 Jan 2025 06.00 GMT",
        time="06:00",
        article="""More than forty councils in England now switch off some streetlights between midnight and five in the morning, a survey of local authorities has found, up from twelve three years ago.

Councils say the change saves between a fifth and a third of their lighting bills. Several have kept lights on at junctions, crossings and near hospitals, and two reversed the policy after complaints from shift workers.

Police forces asked by the survey reported no clear rise in night-time crime in the affected streets, though some said their figures were too small to tell.

The Local Government Association said councils were "making hard choices" and should publish the streets affected.""",
        comments=[
            C(
                "northernlass",
                "2025-01-15T08:12:00",
                "15 Jan 2025 8.12",
                "Our street went dark last year. I walk home from a late shift at the care home and now carry a torch like it's 1950.",
            ),
            C(
                "GeoffreyP",
                "2025-01-15T08:40:00",
                "15 Jan 2025 8.40",
                "Did you ask the council to keep your stretch lit? Ours added a few streets back after people wrote in.",
                parent=0,
            ),
            C(
                "northernlass",
                "2025-01-15T09:02:00",
                "15 Jan 2025 9.02",
                "Twice. They said the footpath is not a priority route. Apparently I am not a priority pedestrian.",
                parent=1,
            ),
            C(
                "Harriet Cole",
                "2025-01-15T10:30:00",
                "15 Jan 2025 10.30",
                "Thanks for these. If your council has switched off lights near your workplace or a bus stop, we would like to hear from you for a follow-up.",
                extra="Staff",
            ),
            C(
                "skeptical_sam",
                "2025-01-15T11:18:00",
                "15 Jan 2025 11.18",
                "Switching to LED would have saved more than switching off. Half of these councils are still running sodium lamps.",
            ),
            C(
                "Ruth Adeyemi",
                "2025-01-15T12:01:00",
                "15 Jan 2025 12.01",
                "Ours did both: LEDs first, then dimming after midnight rather than switching off. Nobody noticed.",
                parent=4,
            ),
        ],
        related=["Councils warn of 'section 114' notices", "Potholes: the repair backlog in numbers"],
    ),
    Page(
        name="substack-fr",
        batch="heldout-5",
        render="substack",
        lang="fr",
        system="Substack post with its comments (div.comments-page / comment-list of div.comment; name, a 'Auteur' badge, a relative date link; 'J'aime (N)', 'Répondre', 'Partager'; replies in a nested comment-list-items)",
        source="Substack post and comments markup as saved (div.single-post, div.available-content div.body.markup, div.comments-section, div.comment-list, div.comment-list-items, div.comment, a.comment-meta commenter-name, a.comment-timestamp, div.comment-body, div.comment-actions), written from saved pages as widely known; class names may differ by version",
        site="La Lettre du Rail",
        title="Le train de nuit Paris–Nice, un an après sa relance",
        byline="Claire Dumas",
        date="2025-05-20",
        date_shown="20 mai 2025",
        time="06:00",
        article="""Il y a un an, le train de nuit entre Paris et Nice repartait avec des voitures rénovées et une promesse : un départ chaque soir, toute l'année. J'ai refait le trajet trois fois depuis, en couchette et en siège.

Le bilan est contrasté. Les voitures sont propres et les couchettes confortables, mais les retards à l'arrivée restent fréquents : sur mes trois voyages, deux ont dépassé l'heure.

La demande, elle, est là. Les couchettes du vendredi sont complètes des semaines à l'avance, et les contrôleurs disent voir de plus en plus de familles.

Reste la question du prix, qui a doublé en été. Je vous lis en commentaires : l'avez-vous pris cette année ?""",
        comments=[
            C(
                "Julien M.",
                "2025-05-20T09:14:00",
                "20 mai",
                "Pris en avril avec deux enfants. Couchettes impeccables, arrivée à Nice avec quarante minutes de retard, mais personne ne s'en est plaint : on dormait.",
            ),
            C(
                "Claire Dumas",
                "2025-05-20T10:02:00",
                "20 mai",
                "Merci Julien ! Quarante minutes, c'est à peu près la moyenne que j'ai relevée. Aviez-vous réservé longtemps à l'avance ?",
                parent=0,
                extra="Auteur",
            ),
            C(
                "Julien M.",
                "2025-05-20T12:45:00",
                "20 mai",
                "Six semaines, et c'était déjà presque complet pour un compartiment entier.",
                parent=1,
            ),
            C(
                "Odile Ferrand",
                "2025-05-21T07:30:00",
                "21 mai",
                "Le prix d'été est dissuasif. À quatre, l'avion low cost revient moins cher, même en comptant les bagages.",
            ),
            C(
                "Marc-Antoine",
                "2025-05-21T18:20:00",
                "21 mai",
                "Je le prends pour le travail une fois par mois. Ce qui manque le plus, c'est une voiture-bar ou au moins un distributeur d'eau.",
            ),
        ],
        related=["Les lignes de nuit en Europe : la carte", "Pourquoi les TER sont en retard en hiver"],
    ),
    Page(
        name="kunena-forum-es",
        batch="heldout-5",
        render="kunena",
        lang="es",
        system="Joomla Kunena 5 forum topic, Crypsis template (first post = article, later posts = comments; profile box with rank 'Usuario Platino' and post count; 'Hace 2 días' with the date in a title; a reply quoting an earlier post 'X escribió:'; 'Gracias' counters)",
        source="Kunena 5 Crypsis template layouts topic/item, message/item and user/profile (div.kmessage, div.profile-horizontal / ul.profilebox, a.kwho-user, div.badger-left.badger-info[data-badger], div.kmsg, div.kmsgtext-quote blockquote, div.kmessage-thankyou), written from the public templates as widely known",
        site="Foro Huerto Urbano",
        title="Tomates que se rajan antes de madurar",
        byline="Pilar_Huertana",
        date="2025-07-14",
        date_shown="14 Jul 2025 19:02",
        time="19:02",
        article="""Buenas tardes. Este año tengo seis tomateras en macetas grandes en la terraza, variedad corazón de buey. Van cargadas, pero casi todos los frutos se rajan alrededor del pedúnculo antes de coger color.

Riego cada dos días por la mañana, unos dos litros por maceta. La semana pasada hubo tormentas y el problema empeoró.

¿Es cosa del riego, de la variedad o del calor? No quiero perder la cosecha entera.""",
        comments=[
            C(
                "Tomás el del Riego",
                "2025-07-14T20:15:00",
                "14 Jul 2025 20:15",
                "Es casi seguro el riego irregular. Con macetas y este calor, dos días sin agua y luego tormenta hacen que el fruto crezca de golpe y la piel no aguante.",
                extra="Usuario Platino",
            ),
            C(
                "Pilar_Huertana",
                "2025-07-14T21:30:00",
                "14 Jul 2025 21:30",
                "Entonces, ¿mejor regar todos los días aunque sea menos cantidad?",
                parent=0,
            ),
            C(
                "Merche G.",
                "2025-07-15T08:05:00",
                "15 Jul 2025 08:05",
                "Riego diario y poco, sí, y acolchado en la maceta: paja o hierba seca para que la tierra no se seque tan rápido. A mí me funcionó con las mismas corazón de buey.",
                parent=1,
            ),
            C(
                "Andrés",
                "2025-07-15T12:40:00",
                "15 Jul 2025 12:40",
                "La corazón de buey se raja con facilidad de por sí. Si te pasa cada año, prueba una variedad más resistente junto a las otras.",
            ),
        ],
        related=["Pulgón en las habas: remedios caseros", "Calendario de siembra para julio"],
    ),
    Page(
        name="livefyre-script-de",
        batch="heldout-5",
        render="livefyre_script",
        lang="de",
        system="A German weekly's article page whose reader comments are loaded by script (Livefyre embed: an empty div#livefyre-comments and its loader; the page announces '64 Kommentare'; a 'Meistkommentiert' box and a 'Leserkommentare' teaser about other articles). Expected: no comments",
        source='Livefyre (Adobe) Comments embed as documented (<div id="livefyre-comments"></div>, the fyre.conv loader script and fyre.conv.load config, span.livefyre-commentcount) in a news page layout',
        site="Die Wochenpost",
        title="Warum Grundschulen wieder Schreibschrift üben",
        byline="Jana Petersen",
        date="2025-09-03",
        date_shown="3. September 2025, 7:00 Uhr",
        time="07:00",
        article="""In mehreren Bundesländern kehrt die verbundene Schreibschrift in die Lehrpläne der Grundschulen zurück. Nach Jahren, in denen viele Schulen nur noch die Druckschrift lehrten, sollen Kinder wieder flüssig und verbunden schreiben lernen.

Lehrerinnen berichten, dass Kinder mit Druckschrift zwar schneller lesbar schreiben, in der vierten Klasse aber oft langsamer werden, wenn die Texte länger werden.

Forschende sind sich uneinig. Manche Studien finden Vorteile beim Merken von Wörtern, andere keinen Unterschied, solange die Schrift flüssig ist.

Die Kultusministerien wollen die Ergebnisse der Pilotschulen im kommenden Sommer auswerten.""",
        comments=[],
        announced=64,
        related=["Handyverbot an Schulen: eine Bilanz", "Lehrermangel: Quereinsteiger im Porträt"],
        recent=[
            ("Friedrich W.", "Mietpreisbremse: Was sich 2026 ändert"),
            ("Lena aus K.", "Die Bahn und der Winterfahrplan"),
        ],
    ),
]
