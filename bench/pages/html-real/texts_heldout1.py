"""Text of held-out batch 1 (see page_texts.py)."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="drupal-olivero-fr",
        batch="heldout-1",
        render="drupal_olivero",
        lang="fr",
        system="Drupal 10, Olivero theme (comment.html.twig: article.comment, comment__author, comment__time, hidden 'En réponse à'; replies in div.indented)",
        source="Drupal core/themes/olivero/templates/content/comment.html.twig and field--comment.html.twig; CommentDefaultFormatter's div.indented",
        site="Le Journal du Plateau",
        title="La ligne de car vers Lyon perd deux allers-retours",
        byline="Sophie Marchal",
        date="2026-04-02",
        date_shown="2 avril 2026",
        article="""À partir du 1er mai, la ligne de car entre Saint-Agrève et Lyon ne comptera plus que trois allers-retours quotidiens au lieu de cinq. La région, qui finance le service, invoque une fréquentation en baisse et la hausse du prix du carburant.

Les deux départs supprimés sont ceux de 5 h 40 et de 14 h 15. Le premier était surtout emprunté par des salariés travaillant dans la vallée du Rhône, le second par des lycéens internes rentrant le vendredi et par des personnes âgées se rendant à l'hôpital.

Au conseil municipal de lundi, plusieurs élus ont dénoncé une décision prise sans concertation. Le maire a rappelé que la commune avait déjà perdu sa gare en 1968 et que le car restait le seul lien direct avec la métropole. Une pétition a recueilli plus de mille signatures en une semaine.

La région répond que le transport à la demande sera renforcé aux heures creuses et qu'une navette sera proposée le vendredi pour les internes. Elle promet un bilan à l'automne.

Les usagers peuvent faire part de leurs remarques lors de la réunion publique prévue le 15 avril à la salle des fêtes.""",
        comments=[
            C(
                "Jean-Paul V.",
                "2026-04-02T08:44:00",
                "jeu 02/04/2026 - 08:44",
                "Le car de 5 h 40, c'est celui que prend mon fils pour aller à l'usine. Sans lui, il devra déménager ou acheter une deuxième voiture.",
                extra="Le car de 5 h 40",
                extra2="1775119440",
            ),
            C(
                "Sophie Marchal",
                "2026-04-02T09:30:00",
                "jeu 02/04/2026 - 09:30",
                "Merci pour ce témoignage. Nous aimerions en parler avec lui pour un prochain article, pouvez-vous nous écrire ?",
                0,
                extra="Témoignage",
                extra2="1775122200",
            ),
            C(
                "Odile",
                "2026-04-02T10:12:00",
                "jeu 02/04/2026 - 10:12",
                "Le transport à la demande, il faut le réserver la veille avant midi. Pour un rendez-vous à l'hôpital décalé au dernier moment, c'est impossible.",
                extra="Réserver la veille",
                extra2="1775124720",
            ),
            C(
                "Marc B.",
                "2026-04-02T11:05:00",
                "jeu 02/04/2026 - 11:05",
                "C'est exactement le problème. Ma mère a raté deux consultations l'an dernier à cause de ça.",
                2,
                extra="Exactement",
                extra2="1775127900",
            ),
            C(
                "Odile",
                "2026-04-02T11:40:00",
                "jeu 02/04/2026 - 11:40",
                "Il faudrait venir le dire nombreux à la réunion du 15.",
                3,
                extra="Venir nombreux",
                extra2="1775130000",
            ),
            C(
                "Un lycéen",
                "2026-04-03T18:20:00",
                "ven 03/04/2026 - 18:20",
                "La navette du vendredi, on en a déjà eu une en 2022. Elle a été supprimée au bout de trois mois.",
                extra="Déjà vu",
                extra2="1775240400",
            ),
        ],
        related=["Le marché du samedi s'agrandit", "Déneigement : le bilan de l'hiver"],
        recent=[("Lucie", "Le marché du samedi s'agrandit"), ("Hervé", "Déneigement : le bilan de l'hiver")],
    ),
    Page(
        name="xenforo-thread-en",
        batch="heldout-1",
        render="xenforo",
        lang="en",
        system="XenForo 2 thread (article.message--post; first post = article, later posts = comments; user titles, reactions bar)",
        source="XenForo 2 public templates post_macros / message_macros (message-userDetails, h4.message-name, time.u-dt, div.bbWrapper, reactionsBar)",
        site="Grow Your Own Forum",
        title="Raised beds on clay: how deep is deep enough?",
        byline="Clodhopper",
        date="2026-02-24",
        date_shown="Feb 24, 2026",
        article="""We have just moved to a house with heavy yellow clay. In winter the lawn holds puddles for days and in summer it cracks wide enough to lose a trowel in. I want to put in four raised beds for vegetables this spring rather than fight the clay directly.

Most guides say eight to twelve inches is plenty, but they seem to assume decent soil underneath. My worry is that water will drain through the bed and then sit on the clay like a bath, drowning the roots of anything deep-rooted like parsnips or tomatoes.

Options I have considered: going much deeper, eighteen inches or more, which gets expensive in topsoil; breaking up the clay underneath with a fork before filling; or putting a layer of gravel at the bottom for drainage, which I have also read makes things worse.

Has anyone built beds on similar ground? What depth did you use, and did you do anything to the clay first? Any photos of how it looked after a couple of years would be very welcome.""",
        comments=[
            C(
                "Mossback",
                "2026-02-24T10:31:00",
                "Feb 24, 2026",
                "Skip the gravel. Water does not move from fine soil into coarse gravel until the soil above is saturated, so it makes the bath problem worse, not better.",
                extra="Well-known member",
                extra2="1771929060",
            ),
            C(
                "Parsnip Pete",
                "2026-02-24T12:05:00",
                "Feb 24, 2026",
                "Fork the clay as deep as you can and throw in some of the compost before you fill. After two seasons the worms had mixed the boundary on my plot and drainage was fine at twelve inches.",
                extra2="1771934700",
            ),
            C(
                "Clodhopper",
                "2026-02-24T13:20:00",
                "Feb 24, 2026",
                "That is reassuring, thanks. Did you get the parsnips to grow straight?",
                extra="New member",
                extra2="1771939200",
            ),
            C(
                "Parsnip Pete",
                "2026-02-24T15:48:00",
                "Feb 24, 2026",
                "Mostly. A few forked in the first year where they hit the clay, none since.",
                extra2="1771948080",
            ),
            C(
                "GreenFingersGill",
                "2026-02-25T08:10:00",
                "Feb 25, 2026",
                "We went eighteen inches for the asparagus bed and twelve for the rest. Gypsum on the clay underneath helped too, though people argue about it.",
                extra="Moderator",
                extra2="1772006000",
            ),
        ],
        related=["No-dig on heavy clay: year three", "Best green manure for clay soil?"],
    ),
    Page(
        name="kinja-discussion-en",
        batch="heldout-1",
        render="kinja",
        lang="en",
        system="Kinja-style discussion (styled-components class names, js_ hooks, avatar link with 'Profile' screen-reader text, Staff badge)",
        source="Kinja (Gawker Media platform) discussion markup as saved from its sites: js_discussion-region, js_reply-container, js_reply, js_reply-content",
        site="The Commuter",
        title="The city wants to charge drivers to enter downtown. Here's how it would work",
        byline="Dana Okafor",
        date="2025-10-21",
        date_shown="10/21/25 9:00AM",
        time="09:00",
        article="""The mayor's office released the long-promised congestion pricing plan on Monday, and it is more modest than many expected. Drivers entering the downtown grid between 7 a.m. and 7 p.m. on weekdays would pay eight dollars once per day, collected by cameras reading license plates at twenty entry points.

Taxis and ride-hail cars would pay a smaller per-trip fee instead. Delivery trucks would pay more, fifteen dollars, but only once a day no matter how many times they cross the line. People with disabilities and their drivers would be exempt, and low-income residents could apply for a half-price rate.

The city expects the charge to cut traffic in the zone by about fifteen percent and raise around ninety million dollars a year. By law, every dollar would go to transit: the plan names bus lanes on six corridors and more frequent service on the two busiest rail lines.

Opponents, led by a coalition of suburban business owners, say the charge is a tax on workers who have no good alternative to driving. Supporters point to the cities that have tried it, where traffic fell and, after a rocky first year, public support rose.

The council will hold its first hearing on November 4.""",
        comments=[
            C(
                "gridlockgus",
                "2025-10-21T09:42:00",
                "10/21/25 9:42AM",
                "Eight dollars is less than parking for an hour downtown. I do not see how this changes anyone's behavior.",
            ),
            C(
                "Dana Okafor",
                "2025-10-21T10:05:00",
                "10/21/25 10:05AM",
                "The city's modeling says it changes the marginal trips, people who could take the train but do not. That is where the fifteen percent comes from.",
                0,
                extra="staff",
            ),
            C(
                "gridlockgus",
                "2025-10-21T10:20:00",
                "10/21/25 10:20AM",
                "Fair, I will read the modeling before complaining further.",
                1,
            ),
            C(
                "transit_tamara",
                "2025-10-21T11:02:00",
                "10/21/25 11:02AM",
                "The bus lanes are the real story here. Six corridors would be more than we have built in the last twenty years combined.",
            ),
            C(
                "Mike in the Burbs",
                "2025-10-21T12:30:00",
                "10/21/25 12:30PM",
                "My commute by train is ninety minutes each way and by car forty. I will pay the eight dollars and resent every one of them.",
            ),
            C(
                "transit_tamara",
                "2025-10-21T12:48:00",
                "10/21/25 12:48PM",
                "Which is exactly why the money going to faster trains matters, Mike.",
                4,
            ),
        ],
        related=["Why the new train cars keep breaking down", "Scooter share is back, with rules"],
    ),
    Page(
        name="livejournal-ru",
        batch="heldout-1",
        render="livejournal",
        lang="ru",
        system="LiveJournal (flat b-tree twigs; depth only in class b-tree-twig-N and margin-left; b-leaf)",
        source="LiveJournal site scheme comments markup (b-tree, b-tree-twig-N, b-leaf, b-leaf-username, b-leaf-createdtime, b-leaf-article) as in saved pages",
        site="дачный дневник",
        title="Как я победила фитофтору без химии (почти)",
        byline="olga_sadovaya",
        date="2024-08-05",
        date_shown="5 августа 2024, 10:15",
        time="10:15",
        article="""Три лета подряд фитофтора съедала мои помидоры к середине августа. Листья чернели, плоды покрывались бурыми пятнами, и урожай приходилось собирать зелёным. В этом году я решила подойти к делу основательно и, кажется, впервые выиграла.

Первое, что я сделала, — перенесла грядку. Томаты три года росли на одном месте, а споры отлично зимуют в земле и на остатках растений. Новое место солнечное и продуваемое, подальше от картошки, которая болеет тем же.

Второе — полив только под корень и только утром. Раньше я поливала из шланга по листьям вечером, после работы, и листья стояли мокрыми всю ночь. Именно это грибку и нужно.

Третье — я безжалостно обрывала нижние листья до первой кисти и всё, что касалось земли. Кусты стали выглядеть голыми, зато воздух между ними гуляет свободно.

Химию совсем не использовала, но дважды за июль опрыскала кусты раствором молочной сыворотки. Честно скажу, не уверена, что это помогло больше, чем всё остальное.

Итог: первые пятна появились только в самом конце июля, на двух кустах из двенадцати. Остальные стоят зелёные.""",
        comments=[
            C(
                "tanya_m",
                "2024-08-05T11:02:00",
                "2024-08-05 11:02 (UTC)",
                "Поздравляю! Про утренний полив — золотые слова, сама пришла к этому только в прошлом году.",
                extra2="1722855720",
            ),
            C(
                "olga_sadovaya",
                "2024-08-05T11:40:00",
                "2024-08-05 11:40 (UTC)",
                "Спасибо! Жаль, что столько лет поливала по-старому.",
                0,
                extra2="1722858000",
            ),
            C(
                "dedushka_vasya",
                "2024-08-05T13:15:00",
                "2024-08-05 13:15 (UTC)",
                "А сорт какой? У меня Бычье сердце болеет всегда, что ни делай.",
                extra2="1722863700",
            ),
            C(
                "olga_sadovaya",
                "2024-08-05T14:01:00",
                "2024-08-05 14:01 (UTC)",
                "В основном Де Барао и Черри. Бычье сердце у меня тоже страдает первым.",
                2,
                extra2="1722866460",
            ),
            C(
                "dedushka_vasya",
                "2024-08-05T14:30:00",
                "2024-08-05 14:30 (UTC)",
                "Значит, дело не только во мне. На следующий год попробую Де Барао.",
                3,
                extra2="1722868200",
            ),
            C(
                "lena_from_tver",
                "2024-08-06T07:48:00",
                "2024-08-06 07:48 (UTC)",
                "Сыворотку тоже пробовала, эффекта не заметила. А вот обрывать листья действительно помогает.",
                extra2="1722930480",
            ),
            C(
                "tanya_m",
                "2024-08-06T09:20:00",
                "2024-08-06 09:20 (UTC)",
                "Согласна, сыворотка скорее для успокоения души.",
                5,
                extra2="1722936000",
            ),
        ],
        related=["Огурцы на шпалере: итоги", "Малина после обрезки"],
    ),
    Page(
        name="discuz-forum-zh",
        batch="heldout-1",
        render="discuz",
        lang="zh",
        system="Discuz! X3 forum thread (first floor = article, later floors = comments; '发表于' before each time; signatures)",
        source="Discuz! X3 template/default/forum/viewthread.htm and viewthread_node.htm (div#postlist, table.plhin, div.authi a.xw1, em#authorposton, td.t_f)",
        site="家居装修论坛",
        title="老房子卫生间翻新，防水到底要做多高？",
        byline="装修新手小王",
        date="2025-03-08",
        date_shown="2025-3-8 20:16",
        time="20:16",
        article="""各位好，家里是九十年代的老房子，卫生间准备全部砸掉重新做。现在和施工队在防水高度上有分歧，想请大家帮忙看看。

卫生间大约四平米，淋浴区在角落，没有做隔断，以前就是一个浴帘。施工队说地面做防水，墙面刷三十公分高就够了，淋浴区那两面墙刷到一米八。可是我在网上看到很多人说整面墙都要刷到顶，不然时间长了墙体会返潮发霉。

另外还有几个问题：一是老房子的楼板是预制板，施工队说要先做找平再做防水，这样地面会抬高大概五公分，门口会不会有高差？二是防水涂料用柔性的还是刚性的比较好？三是闭水试验做二十四小时够不够，还是要四十八小时？

预算不算宽裕，但卫生间是不想返工的地方，宁可这次多花一点。希望有经验的朋友给点建议，谢谢大家！""",
        comments=[
            C(
                "老张师傅",
                "2025-03-08T20:45:00",
                "2025-3-8 20:45",
                "淋浴区刷到一米八是最低要求，有条件的话建议刷到顶，多不了几百块钱。\n\n其他墙面三十公分没问题。",
                extra="干了二十年水电，有问题可以私信",
            ),
            C(
                "装修新手小王",
                "2025-03-08T21:02:00",
                "2025-3-8 21:02",
                "谢谢张师傅！那地面抬高五公分，门口怎么处理比较好？",
            ),
            C(
                "morning_sun",
                "2025-03-09T08:31:00",
                "2025-3-9 08:31",
                "门口可以做一个挡水条，或者做个小坡。我家就是做的挡水条，效果挺好。",
            ),
            C(
                "老张师傅",
                "2025-03-09T09:10:00",
                "2025-3-9 09:10",
                "涂料用柔性的，预制板会有轻微变形，刚性的容易裂。闭水一定要做四十八小时，还要让楼下邻居帮忙看看天花板。",
                extra="干了二十年水电，有问题可以私信",
            ),
            C(
                "住在顶楼的猫",
                "2025-03-10T22:05:00",
                "2025-3-10 22:05",
                "补充一句，墙地交接的阴角一定要加一层网格布，这个地方最容易漏。",
            ),
        ],
        related=["厨房柜子选实木还是颗粒板？", "老房改水电的血泪史"],
    ),
    Page(
        name="news-antwort-de",
        batch="heldout-1",
        render="antwort_de",
        lang="de",
        system="A German regional paper's own comment system (flat numbered list, replies marked only by 'Antwort auf #N')",
        source="Reader-comment blocks of German regional newspaper sites (flat list with 'Antwort auf #N' back-references), as the outside check described them",
        site="Oberland-Kurier",
        title="Freibad Sonnenhang bleibt auch diesen Sommer geschlossen",
        byline="Von Stefan Huber",
        date="2026-04-28",
        date_shown="28.04.2026 – 17:35 Uhr",
        time="17:35",
        article="""Das Freibad Sonnenhang öffnet auch in diesem Jahr nicht. Das hat der Gemeinderat am Dienstagabend mit knapper Mehrheit beschlossen. Grund sind die Kosten für die Sanierung des undichten Schwimmerbeckens, die inzwischen auf rund 2,3 Millionen Euro geschätzt werden.

Bürgermeisterin Andrea Lechner verwies auf die angespannte Haushaltslage. Die Gemeinde habe in den vergangenen zwei Jahren bereits die Grundschule und die Feuerwehr modernisieren müssen. Eine Förderung des Landes sei beantragt, ein Bescheid werde aber frühestens im Herbst erwartet.

Der Förderverein des Bades zeigte sich enttäuscht. Man habe angeboten, das Kinderbecken und die Liegewiese in Eigenleistung zu betreiben, bis die Sanierung beginnt. Dieses Angebot sei nicht ernsthaft geprüft worden, sagte die Vorsitzende. Die Verwaltung entgegnet, dass ohne funktionierende Technik keine Badeaufsicht möglich sei.

Für Familien bleibt damit nur das Hallenbad in der Kreisstadt, rund zwanzig Kilometer entfernt. Die Gemeinde will im Juli einen kostenlosen Bus an drei Tagen pro Woche anbieten. Eine Bürgerversammlung zum Thema ist für den 12. Mai angesetzt.""",
        comments=[
            C(
                "Sepp G.",
                "2026-04-28T18:02:00",
                "28.04.2026 um 18:02 Uhr",
                "Zum dritten Mal in Folge. Irgendwann ist das Bad so kaputt, dass man es nur noch abreißen kann.",
            ),
            C(
                "Mama von drei",
                "2026-04-28T18:30:00",
                "28.04.2026 um 18:30 Uhr",
                "Ein Bus dreimal die Woche ist besser als nichts, aber mit drei Kindern ins Hallenbad im Juli? Das ist doch kein Ersatz.",
            ),
            C(
                "Förderverein Sonnenhang",
                "2026-04-28T19:05:00",
                "28.04.2026 um 19:05 Uhr",
                "Wir haben unser Angebot schriftlich eingereicht und bis heute keine Antwort bekommen. Kommen Sie am 12. Mai zahlreich zur Versammlung!",
                0,
            ),
            C(
                "A. Lechner",
                "2026-04-28T20:11:00",
                "28.04.2026 um 20:11 Uhr",
                "Das Schreiben des Fördervereins liegt vor und wird in der nächsten Sitzung behandelt. Die Sicherheit der Badegäste hat aber Vorrang.",
                2,
            ),
            C(
                "Hias",
                "2026-04-29T07:15:00",
                "29.04.2026 um 07:15 Uhr",
                "Für die Feuerwehr war Geld da, für das Bad nie. Man sieht, wo die Prioritäten liegen.",
            ),
            C(
                "Sepp G.",
                "2026-04-29T08:40:00",
                "29.04.2026 um 08:40 Uhr",
                "Die Feuerwehr ist halt Pflichtaufgabe, Hias. Das Bad leider nicht.",
                4,
            ),
            C(
                "Mama von drei",
                "2026-04-29T09:02:00",
                "29.04.2026 um 09:02 Uhr",
                "Ich komme am 12. Mai, und die Kinder bringe ich mit.",
                2,
            ),
        ],
        related=["Gemeinderat: Haushalt 2026 verabschiedet", "Neue Feuerwache eingeweiht"],
        recent=[("", "Maibaum: Burschenverein sucht Helfer"), ("", "Umleitung an der B 472")],
    ),
    Page(
        name="talkback-wrote-en",
        batch="heldout-1",
        render="li_wrote",
        lang="en",
        system="A small news site's own CMS (div#talkback > ul; li#commentNNN items headed 'X wrote:'; replies in nested ul)",
        source="The markup the outside check reported (li#commentNNN items with an 'X wrote:' head line, in a container the reader does not know)",
        site="Valley Courier",
        title="Library to stay open on Sundays after volunteers step in",
        byline="Ruth Adeyemi",
        date="2012-10-03",
        date_shown="October 3, 2012",
        article="""The central library will keep its Sunday opening hours after all, thanks to a group of volunteers who have agreed to staff the front desk and the children's room from noon until four o'clock.

The county had announced in August that Sunday opening would end in November to save about 40,000 dollars a year. The decision drew more than six hundred letters and a packed public meeting, where parents, students and retired residents described the library as the only quiet, warm and free place in town on a weekend.

Under the new arrangement, one paid librarian will be on duty each Sunday, supported by at least three trained volunteers. The Friends of the Library group has recruited thirty-two people so far and is running training sessions on the checkout system and on child safety rules.

County officials stressed that the arrangement is a one-year trial. If the volunteer rota cannot be filled, Sunday opening may end after all. The library director said she was moved by the response and hoped the trial would show how much the service is used.

Anyone interested in volunteering can sign up at the information desk.""",
        comments=[
            C(
                "Marjorie K",
                "2012-10-03T10:14:00",
                "Oct 3, 2012 10:14 AM",
                "I signed up on the first day. Sunday afternoons with the kids in the reading room are the best part of my week.",
            ),
            C(
                "Dale",
                "2012-10-03T11:02:00",
                "Oct 3, 2012 11:02 AM",
                "Good news, but it should not need volunteers to keep a public library open. That is what our taxes are for.",
            ),
            C(
                "Marjorie K",
                "2012-10-03T11:40:00",
                "Oct 3, 2012 11:40 AM",
                "I agree in principle, Dale, but I would rather it stay open while we argue about it.",
                1,
            ),
            C(
                "student_in_valley",
                "2012-10-03T16:22:00",
                "Oct 3, 2012 4:22 PM",
                "The Sunday hours are the only time I can study without my little brothers around. Thank you to everyone who volunteered.",
            ),
            C(
                "R. Patel",
                "2012-10-04T08:05:00",
                "Oct 4, 2012 8:05 AM",
                "Is there an age limit for volunteers? My sixteen year old would like to help.",
            ),
        ],
        related=["County budget: what gets cut", "Book sale raises record sum"],
    ),
    Page(
        name="jcomments-ru",
        batch="heldout-1",
        render="jcomments",
        lang="ru",
        system="Joomla with JComments (tree template: div#jc, div.comments-list, div#comment-item-N, children in the following div.comments-list)",
        source="JComments component templates (tpl_list / tpl_tree / tpl_comment: comment-box, comment-author, comment-date, comment-body, comments-buttons)",
        site="Городской портал Кстово",
        title="В микрорайоне Центральный меняют батареи: что нужно знать жильцам",
        byline="Редакция",
        date="2025-06-17",
        date_shown="17 июня 2025",
        time="09:00",
        article="""Управляющая компания начала плановую замену батарей отопления в домах микрорайона Центральный. Работы продлятся до конца августа и затронут сорок два дома, построенных в 1970-х годах.

Старые чугунные радиаторы заменят на биметаллические. Замена проводится бесплатно, за счёт средств капитального ремонта, но только в квартирах, где батареи не менялись собственниками. Если вы уже поставили новые радиаторы за свой счёт, их оставят, однако проверят соединения со стояком.

В каждом подъезде заранее вывешивают график работ. В назначенный день в квартире должен быть кто-то из взрослых, а доступ к батареям нужно освободить: убрать мебель и снять декоративные экраны. Работы в одной квартире занимают в среднем два-три часа, на это время во всём стояке отключают воду.

Если вы не можете быть дома в назначенный день, позвоните в диспетчерскую и перенесите визит. Отказ от замены нужно оформить письменно: в этом случае ответственность за возможные протечки ложится на собственника.

Жалобы на качество работ принимаются в течение двух лет после замены.""",
        comments=[
            C(
                "Наталья",
                "2025-06-17T10:14:00",
                "17.06.2025 10:14",
                "У нас в доме уже поменяли, ребята работали аккуратно, даже мусор за собой вынесли.",
            ),
            C(
                "Виктор Палыч",
                "2025-06-17T11:30:00",
                "17.06.2025 11:30",
                "А что делать, если батарея зашита гипсокартоном? Ломать за свой счёт?",
            ),
            C(
                "Редакция",
                "2025-06-17T12:05:00",
                "17.06.2025 12:05",
                "Мы уточнили в управляющей компании: короб нужно разобрать самим, восстанавливать его тоже придётся за свой счёт.",
                1,
            ),
            C(
                "Виктор Палыч",
                "2025-06-17T12:40:00",
                "17.06.2025 12:40",
                "Понятно, спасибо. Придётся разбирать.",
                2,
            ),
            C(
                "гость",
                "2025-06-18T08:55:00",
                "18.06.2025 08:55",
                "График в нашем подъезде повесили за день до начала работ. Кто работает, просто не успевает договориться.",
            ),
            C(
                "Наталья",
                "2025-06-18T09:20:00",
                "18.06.2025 09:20",
                "Звоните в диспетчерскую, нам перенесли без проблем.",
                4,
            ),
        ],
        related=["Отключение горячей воды: график", "Новый сквер на улице Ленина"],
        recent=[("Ирина", "Отключение горячей воды: график"), ("Олег", "Новый сквер на улице Ленина")],
    ),
]
