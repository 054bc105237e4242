"""Text of held-out batch 2 (see page_texts.py)."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="vbulletin-ru",
        batch="heldout-2",
        render="vbulletin",
        lang="ru",
        system="vBulletin 4 thread, postbit_legacy (first post = article, later posts = comments; user titles, signatures)",
        source="vBulletin 4 templates showthread and postbit_legacy (ol#posts, li.postbitlegacy, a.username strong, span.date, blockquote.postcontent, blockquote.signature)",
        site="Уральский автоклуб",
        title="Зимняя резина: шипы или липучка для города?",
        byline="Сергей_Екб",
        date="2025-10-27",
        date_shown="27.10.2025, 19:05",
        time="19:05",
        article="""Всем привет. Езжу в основном по Екатеринбургу, за город выбираюсь раза три-четыре за зиму, к родителям в Каменск. Машина — обычный седан, передний привод, без полного.

Старые шипы отъездили шесть сезонов, шипов осталось меньше половины, пора менять. Продавец в шинном центре уверенно советует липучку: мол, в городе дороги чистят, реагентов море, шипы только шумят и портят асфальт. А знакомый таксист говорит, что без шипов на наших дворах и перекрёстках после оттепели делать нечего.

Понимаю, что вопрос вечный, но хочется услышать мнение тех, кто ездит в похожих условиях. Особенно интересно, как липучка ведёт себя на трассе, когда после снегопада асфальт покрыт накатом, и насколько сильнее шумят шипы на сухой дороге.

Машину на ночь оставляю во дворе, гаража нет, так что по утрам часто стартую по льду, который за ночь намерзает у подъезда. Выезд со двора идёт в горку, и прошлой зимой на старых шипах я пару раз откатывался назад.

Бюджет на комплект — около сорока тысяч. Размер 205/55 R16.""",
        comments=[
            C(
                "Михалыч",
                "2025-10-27T19:40:00",
                "27.10.2025, 19:40",
                "Двадцать лет езжу только на шипах. Во дворах и на светофорах после оттепели липучка проигрывает без вариантов.",
                extra="Старожил",
                extra2="Тише едешь — дальше будешь",
            ),
            C(
                "katya_drive",
                "2025-10-27T20:12:00",
                "27.10.2025, 20:12",
                "А я третий год на липучке и довольна. В городе разницы почти не чувствую, зато тихо.\n\nНа трассе в накат — да, еду аккуратнее.",
            ),
            C(
                "Сергей_Екб",
                "2025-10-27T21:03:00",
                "27.10.2025, 21:03",
                "Катя, а в Каменск по трассе на липучке ездили? Там обычно самый накат и бывает.",
            ),
            C(
                "katya_drive",
                "2025-10-27T21:30:00",
                "27.10.2025, 21:30",
                "Ездила несколько раз. Держит нормально, просто дистанцию держу побольше.",
            ),
            C(
                "Михалыч",
                "2025-10-28T08:15:00",
                "28.10.2025, 08:15",
                "Для твоих поездок я бы всё-таки взял шипы. Три-четыре трассы за зиму — это как раз те случаи, когда они нужны больше всего.",
                extra="Старожил",
                extra2="Тише едешь — дальше будешь",
            ),
        ],
        related=["Какой аккумулятор выдержит -35?", "Антикор: делать или нет"],
    ),
    Page(
        name="blogger-classic-en",
        batch="heldout-2",
        render="blogger_classic",
        lang="en",
        system="Blogger classic template, Minima (dl#comments-block: dt.comment-author 'X said...', dd.comment-body, dd.comment-footer)",
        source="Blogger classic/Minima template, the Blog1 widget's comments block (dl#comments-block, dt.comment-author, dd.comment-body, dd.comment-footer span.comment-timestamp)",
        site="Narrowboat Notes",
        title="Stuck behind a lock gate for two days",
        byline="Gwen Tasker",
        date="2011-06-14",
        date_shown="Tuesday, 14 June 2011",
        time="07:40",
        article="""We had planned to be at the junction by Sunday evening. Instead we spent two nights moored above lock 31, waiting for the canal trust to mend a bottom gate that had finally given up after, by the look of it, about a hundred years of service.

It started on Saturday afternoon. The boat ahead of us was halfway down when one of the gate paddles jammed, and when the lock keeper tried to free it the whole gate shifted on its heel post. Nobody was hurt, but the lock was closed within the hour and a queue of boats began to gather.

Canal people make the best of these things. By the evening someone had lit a barbecue on the towpath, a retired couple on a Dutch barge produced a guitar, and the children from three different boats were building a dam in the overflow weir. On Sunday morning a van arrived from the village bakery, sent, I suspect, by the lock keeper.

The repair crew worked through Sunday and most of Monday, lifting the gate out with a crane on a floating pontoon. We went through at four in the afternoon, to a round of applause from the towpath.

We are now a day behind, and nobody on board minds at all.""",
        comments=[
            C(
                "Barry on Kestrel",
                "2011-06-14T09:12:00",
                "14 June 2011 at 09:12",
                "We were the boat with the guitar! Lovely to meet you both. See you on the Shroppie in August.",
                extra2="1308042720000",
            ),
            C(
                "Anonymous",
                "2011-06-14T13:45:00",
                "14 June 2011 at 13:45",
                "Do you know whether the lock is fully open again now? We are heading that way on Friday.",
                extra2="1308059100000",
            ),
            C(
                "Gwen Tasker",
                "2011-06-14T18:20:00",
                "14 June 2011 at 18:20",
                "It was open when we left on Monday afternoon, and the trust's notices say there are no more restrictions.",
                extra="blog-author",
                extra2="1308075600000",
            ),
            C(
                "Jill P",
                "2011-06-15T08:03:00",
                "15 June 2011 at 08:03",
                "This is why I love the canals. Nowhere else would a broken gate turn into a party.",
            ),
        ],
    ),
    Page(
        name="coral-talk-es",
        batch="heldout-2",
        render="coral",
        lang="es",
        system="Coral Talk (The Coral Project) embedded by a Spanish paper, rendered and saved (coral-comment, coral-indent-N, 'En respuesta a')",
        source="Coral Talk v6+ stream markup (coral-comment, coral-comment-username, coral-timestamp, coral-content, coral-indent-N) as in saved news pages",
        site="La Crónica de Levante",
        title="El precio del alquiler en Valencia sube un 14 % en un año",
        byline="Irene Soler",
        date="2026-05-12",
        date_shown="12 may 2026 - 07:30 CEST",
        time="07:30",
        article="""El alquiler medio en la ciudad de Valencia alcanzó en abril los 14,2 euros por metro cuadrado, un 14 % más que hace un año, según los datos publicados este lunes por un conocido portal inmobiliario. Es la subida más alta entre las grandes capitales españolas.

Los barrios donde más ha crecido el precio son Ruzafa, El Cabanyal y Benimaclet, todos ellos con una fuerte presencia de pisos turísticos. En Ruzafa, un piso de setenta metros cuadrados ya supera de media los mil cien euros al mes.

Las asociaciones de inquilinos reclaman que la ciudad se declare zona tensionada, lo que permitiría limitar las subidas en los nuevos contratos. El Ayuntamiento sostiene que la medida reduciría la oferta y que la solución pasa por construir más vivienda pública. Actualmente hay unas tres mil viviendas protegidas en distintas fases de tramitación.

Mientras tanto, muchos jóvenes retrasan su emancipación. La edad media a la que los valencianos dejan el hogar familiar se sitúa ya por encima de los treinta años.

El pleno municipal debatirá el jueves una moción sobre el registro de pisos turísticos.""",
        comments=[
            C(
                "Vicent_C",
                "2026-05-12T08:02:00",
                "hace 3 horas",
                "Vivo en el Cabanyal desde que nací y en mi escalera ya solo quedamos dos vecinos. El resto son pisos turísticos.",
                extra="c1a9",
                extra2="12/5/2026, 8:02:00",
            ),
            C(
                "Laura M.",
                "2026-05-12T08:20:00",
                "hace 3 horas",
                "Lo mismo en Benimaclet. Mi contrato se renueva en junio y me han pedido doscientos euros más.",
                0,
                extra="c1b2",
                extra2="12/5/2026, 8:20:00",
            ),
            C(
                "Vicent_C",
                "2026-05-12T08:41:00",
                "hace 3 horas",
                "Ánimo, Laura. Informate en el sindicato de inquilinos, a veces se puede negociar.",
                1,
                extra="c1c7",
                extra2="12/5/2026, 8:41:00",
            ),
            C(
                "pepe_inversor",
                "2026-05-12T09:15:00",
                "hace 2 horas",
                "Limitar precios nunca ha funcionado. Lo que hace falta es construir, y construir rápido.",
                extra="c1d4",
                extra2="12/5/2026, 9:15:00",
            ),
            C(
                "Irene Soler",
                "2026-05-12T09:50:00",
                "hace 2 horas",
                "Gracias por los comentarios. El jueves cubriremos en directo el pleno sobre los pisos turísticos.",
                extra="c1e0",
                extra2="12/5/2026, 9:50:00",
            ),
        ],
        related=[
            "Las tres mil viviendas protegidas, barrio a barrio",
            "Qué es una zona tensionada",
            "Ruzafa, El Cabanyal y Benimaclet concentran las mayores subidas",
        ],
        recent=[("", "La Albufera, en alerta por la sequía"), ("", "Horario del metro en Fallas")],
    ),
    Page(
        name="csdn-blog-zh",
        batch="heldout-2",
        render="csdn",
        lang="zh",
        system="CSDN blog (ul.comment-list, li.comment-line-box, span.name, span.date, div.new-comment; replies in li.replay-box, 'A 回复 B')",
        source="CSDN blog article page comment markup (comment-list-box, comment-line-box, new-info-box, user-box span.name, span.date, new-comment, replay-box)",
        site="CSDN",
        title="Python日志模块logging的五个常见误区",
        byline="码农老陈",
        date="2025-08-30",
        date_shown="2025-08-30 10:20:11",
        time="10:20",
        article="""logging是Python标准库里最常用也最容易用错的模块之一。很多人写了几年代码，日志还是靠print，或者用了logging却总觉得“怎么不输出”。下面总结五个我在代码评审中最常见到的误区。

第一，直接使用根日志器。很多人习惯写logging.info，这会把所有日志都挂在根日志器上，第三方库的日志和你自己的混在一起，很难控制。正确的做法是在每个模块里用logging.getLogger(__name__)创建自己的日志器。

第二，在库代码里调用basicConfig。配置日志是应用程序的事情，库只应该产生日志，不应该决定日志输出到哪里、用什么格式。

第三，用字符串拼接构造日志消息。写成logger.debug("用户" + name + "登录")时，即使debug级别没有开启，拼接也会执行。应该写成logger.debug("用户%s登录", name)，让logging在需要时再格式化。

第四，捕获异常后只记录错误信息。用logger.exception或者传入exc_info=True，才能把完整的堆栈保留下来。

第五，忘记处理多进程。多个进程同时写一个日志文件会互相覆盖，可以用QueueHandler把日志集中到一个进程里写。""",
        comments=[
            C(
                "小白学Python",
                "2025-08-30T11:02:35",
                "2025.08.30",
                "第三条太有用了，我一直都是用f-string拼接的，原来debug关掉也会执行。",
            ),
            C(
                "码农老陈",
                "2025-08-30T11:30:02",
                "2025.08.30",
                "是的，f-string在调用之前就已经求值了，日志量大的时候影响还挺明显。",
                0,
                extra="author",
            ),
            C("小白学Python", "2025-08-30T11:45:48", "2025.08.30", "明白了，回去就改。", 1),
            C(
                "dev_ops_li",
                "2025-08-31T09:12:20",
                "2025.08.31",
                "多进程那条可以再展开讲讲吗？我们用gunicorn起了多个worker，日志经常丢行。",
            ),
            C(
                "码农老陈",
                "2025-08-31T10:05:41",
                "2025.08.31",
                "好的，下一篇专门写多进程日志，到时候会给出gunicorn的配置示例。",
                3,
                extra="author",
            ),
            C(
                "Tiger_W",
                "2025-09-02T20:40:09",
                "2025.09.02",
                "建议再加一条：不要在日志里打印密码和令牌，我们之前就因为这个出过安全事故。",
            ),
        ],
        related=["Python多进程日志的正确写法", "用structlog输出JSON日志"],
        recent=[("阿飞", "Python多进程日志的正确写法"), ("张三丰", "asyncio入门：事件循环是什么")],
    ),
    Page(
        name="wp-theme-antworten-de",
        batch="heldout-2",
        render="wp_de",
        lang="de",
        system="A German WordPress theme's comment callback (name, date and 'Antworten' on one author line; 'Autor' badge glued to the name; ul.children after the closed li)",
        source="WordPress wp_list_comments() with a theme callback that closes each li before its ul.children (end-callback left empty), as in several German blog themes",
        site="Kaffeesatz",
        title="Siebträger für Einsteiger: Was man wirklich braucht",
        byline="Martina Berg",
        date="2018-06-18",
        date_shown="18. Juni 2018",
        article="""Wer zum ersten Mal einen Siebträger kauft, wird von Zubehör förmlich erschlagen. Tamper in zwölf Größen, Waagen mit Bluetooth, Verteilwerkzeuge, Milchkännchen aus Edelstahl. Nach fünf Jahren mit meiner kleinen Einkreiser-Maschine kann ich sagen: Das meiste davon braucht man am Anfang nicht.

Wirklich wichtig ist die Mühle. Eine gute Mühle mit feiner Einstellung macht mehr Unterschied als jede Maschine. Wer sparen muss, sollte bei der Maschine sparen, nicht bei der Mühle. Vorgemahlener Kaffee aus dem Supermarkt ist für Espresso fast immer zu grob.

Eine einfache Küchenwaage, die auf ein Zehntelgramm genau wiegt, gehört ebenfalls zur Grundausstattung. Nur wer Bohnen und Getränk wiegt, kann nachvollziehen, warum ein Bezug gelingt und der nächste nicht.

Der Tamper, der der Maschine beiliegt, ist meist aus Plastik und zu klein. Ein passender Tamper aus Metall kostet wenig und lohnt sich sofort.

Alles andere kann warten. Lieber die ersten zwei Kilo Bohnen mit Geduld verbrauchen und dabei lernen, wie Mahlgrad, Menge und Zeit zusammenhängen.""",
        comments=[
            C(
                "Ben",
                "2018-06-19T15:28:00",
                "19. Juni 2018 um 15:28 Uhr",
                "Danke für den ehrlichen Artikel! Ich hätte mir beinahe für zweihundert Euro Zubehör gekauft, bevor die Maschine überhaupt da war.",
            ),
            C(
                "Martina Berg",
                "2018-06-19T16:02:00",
                "19. Juni 2018 um 16:02 Uhr",
                "Das kenne ich, Ben. Steck das Geld lieber in die Mühle, du wirst es nicht bereuen.",
                0,
                extra="Autor",
            ),
            C(
                "Sabine",
                "2018-06-20T08:45:00",
                "20. Juni 2018 um 08:45 Uhr",
                "Welche Mühle würdest du für unter dreihundert Euro empfehlen?",
            ),
            C(
                "Martina Berg",
                "2018-06-20T09:30:00",
                "20. Juni 2018 um 09:30 Uhr",
                "In der Preisklasse gibt es einige gute Modelle mit Kegelmahlwerk. Achte vor allem auf eine stufenlose Einstellung.",
                2,
                extra="Autor",
            ),
            C(
                "Sabine",
                "2018-06-20T10:11:00",
                "20. Juni 2018 um 10:11 Uhr",
                "Danke, dann schaue ich gezielt danach.",
                3,
            ),
            C(
                "Kaffeejunkie",
                "2018-06-21T21:03:00",
                "21. Juni 2018 um 21:03 Uhr",
                "Ich würde noch ein Milchkännchen ergänzen, wenn man Cappuccino mag. Aber sonst volle Zustimmung.",
            ),
        ],
        related=["Espresso einstellen in fünf Schritten", "Entkalken: wie oft wirklich?"],
        recent=[("Jens", "Espresso einstellen in fünf Schritten"), ("Mia", "Entkalken: wie oft wirklich?")],
    ),
    Page(
        name="lemonde-style-fr",
        batch="heldout-2",
        render="lemonde",
        lang="fr",
        system="A French national paper's own reader-comments block (flat list; replies marked only by an indent class comment--reply)",
        source="Reader-comment markup of French news sites (section.comment, comment__author, comment__date, comment__content; replies flagged by a modifier class)",
        site="Le Quotidien",
        title="Le vélo-cargo, nouvel allié des artisans en ville",
        byline="Julien Moreau",
        date="2026-03-09",
        date_shown="09 mars 2026 à 06h00",
        time="06:00",
        article="""Dans les rues de Nantes, de Strasbourg ou de Grenoble, on les croise de plus en plus souvent : des vélos-cargos chargés de caisses à outils, de plantes ou de pains. Plombiers, fleuristes et boulangers sont nombreux à abandonner la camionnette pour leurs tournées en centre-ville.

Les raisons sont d'abord pratiques. Avec les zones à faibles émissions et la raréfaction des places de livraison, une camionnette peut passer une demi-heure à chercher où s'arrêter. Un vélo-cargo se gare devant la porte. Pour les trajets de moins de cinq kilomètres, beaucoup d'artisans disent gagner du temps.

Le coût joue aussi. Un bon vélo-cargo électrique coûte entre six et dix mille euros, mais les aides publiques peuvent couvrir jusqu'à la moitié de l'achat, et l'entretien reste modeste comparé à celui d'un utilitaire.

Tout n'est pas simple pour autant. Les charges lourdes, comme les sacs de ciment, restent hors de portée, et la pluie de novembre met la motivation à l'épreuve. Plusieurs artisans gardent donc une camionnette pour les gros chantiers.

Les fabricants français, encore peu nombreux, peinent à suivre la demande.""",
        comments=[
            C(
                "Gérard L.",
                "2026-03-09T07:14:00",
                "Le 09 mars 2026 à 07h14",
                "Mon plombier est venu en vélo-cargo la semaine dernière. Il était à l'heure, pour la première fois en dix ans.",
            ),
            C(
                "Cécile B.",
                "2026-03-09T07:40:00",
                "Le 09 mars 2026 à 07h40",
                "C'est bien l'argument principal : plus de stationnement en double file ni d'attente.",
                0,
            ),
            C(
                "Artisan_44",
                "2026-03-09T08:05:00",
                "Le 09 mars 2026 à 08h05",
                "Je suis menuisier à Nantes. Le vélo pour les petits dépannages, oui. Pour livrer une porte, il faut toujours le camion.",
            ),
            C(
                "Julien Moreau",
                "2026-03-09T08:30:00",
                "Le 09 mars 2026 à 08h30",
                "Merci pour ce témoignage, c'est exactement ce que nous ont dit plusieurs artisans interrogés.",
                2,
            ),
            C(
                "Hélène",
                "2026-03-09T10:52:00",
                "Le 09 mars 2026 à 10h52",
                "Dommage que l'article ne parle pas des vols. Dans mon quartier, deux vélos-cargos ont disparu en un mois.",
            ),
            C(
                "Paul R.",
                "2026-03-09T11:20:00",
                "Le 09 mars 2026 à 11h20",
                "Un bon antivol et une assurance, ça coûte moins cher qu'une seule amende de stationnement.",
                4,
            ),
        ],
        related=[
            "Zones à faibles émissions : ce qui change en 2026",
            "Les aides à l'achat d'un vélo électrique",
            "À Nantes, Strasbourg ou Grenoble, plombiers et fleuristes troquent la camionnette pour le vélo",
        ],
        recent=[("", "Réforme des retraites : le calendrier"), ("", "Météo : un mois de mars très doux")],
    ),
    Page(
        name="reddit-old-en",
        batch="heldout-2",
        render="reddit_old",
        lang="en",
        system="old.reddit.com comment page (self post = article; div.thing.comment nested in div.child > div.sitetable; flair, score and buttons per comment)",
        source="old Reddit (r2) comment page markup: div.sitetable.nestedlisting, div.thing.comment, p.tagline a.author, time.live-timestamp, div.usertext-body div.md, ul.flat-list.buttons",
        site="r/cycling",
        title="Finally rode my first century after a knee injury two years ago",
        byline="slowspokes",
        date="2026-06-28",
        date_shown="6 hours ago",
        time="09:00",
        article="""Two years ago I tore a ligament in my left knee skiing and was told I might never ride long distances again. Yesterday I finished my first hundred miles, a loop through the hills west of town, in a little under seven hours of riding time.

It was not fast and it was not pretty. I stopped at every café, I walked the last hundred yards of the steepest climb, and my knee complained for the final twenty miles. But it held, and I rolled back onto my street grinning like an idiot.

What helped most, for anyone on the same road: a proper bike fit after the injury, because my old saddle height was putting the knee at a bad angle; eighteen months of boring physio exercises, done even on days I did not feel like it; and building distance by no more than ten percent a week.

Thank you to this sub, honestly. Reading other people's comeback stories on bad days kept me going more than once.""",
        comments=[
            C(
                "gravelgrinder88",
                "2026-06-28T10:12:00",
                "5 hours ago",
                "Walking the steepest bit still counts. Congratulations, that is a massive achievement after an injury like that.",
                extra="Surly Disc Trucker",
                extra2="Sun Jun 28 10:12:00 2026 UTC",
            ),
            C(
                "slowspokes",
                "2026-06-28T10:30:00",
                "5 hours ago",
                "Thank you! It definitely felt like it counted at the time.",
                0,
                extra2="Sun Jun 28 10:30:00 2026 UTC",
            ),
            C(
                "physio_runs",
                "2026-06-28T10:45:00",
                "5 hours ago",
                "As a physiotherapist, the ten percent rule and doing the boring exercises are exactly what we wish every patient heard. Well done.",
                extra2="Sun Jun 28 10:45:00 2026 UTC",
            ),
            C(
                "kneeless_in_seattle",
                "2026-06-28T11:20:00",
                "4 hours ago",
                "Eight months into my own recovery and this is the post I needed today. How long before you could ride pain free?",
                2,
                extra2="Sun Jun 28 11:20:00 2026 UTC",
            ),
            C(
                "slowspokes",
                "2026-06-28T11:41:00",
                "4 hours ago",
                "About a year before short rides were pain free. Longer ones still ache at the end. Hang in there.",
                3,
                extra2="Sun Jun 28 11:41:00 2026 UTC",
            ),
            C(
                "velo_vicky",
                "2026-06-28T12:05:00",
                "3 hours ago",
                "What bike fit changes made the biggest difference?",
                extra="Brompton",
                extra2="Sun Jun 28 12:05:00 2026 UTC",
            ),
            C(
                "slowspokes",
                "2026-06-28T12:22:00",
                "3 hours ago",
                "Saddle up about a centimetre and back a little, and shorter cranks. The cranks were the surprise.",
                5,
                extra2="Sun Jun 28 12:22:00 2026 UTC",
            ),
        ],
        related=["Weekly ride thread", "Post your winter setups"],
    ),
]
