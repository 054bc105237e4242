"""Text of held-out batch 4 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="giscus-en",
        batch="heldout-4",
        render="giscus",
        lang="en",
        system="Giscus (GitHub Discussions comments) frame content saved inline in a static blog (div.gsc-comment, gsc-comment-author-avatar with the login, a relative <time>, an 'Owner' association label, reaction counts; replies in div.gsc-replies)",
        source="giscus components/Comment.tsx and Reply.tsx (div.gsc-comment, div.gsc-comment-header, div.gsc-comment-author, a.gsc-comment-author-avatar, time.whitespace-nowrap[datetime], div.gsc-comment-content.markdown, div.gsc-replies, div.gsc-reply) as rendered in its iframe",
        site="oskar.dev",
        title="What I learned rewriting a shell script in Go",
        byline="Oskar Lund",
        date="2025-06-10",
        date_shown="June 10, 2025",
        time="06:00",
        article="""The deploy script for our small team had grown to four hundred lines of bash. It worked, mostly, but nobody wanted to touch it: quoting bugs appeared whenever a branch name had a slash in it, and error handling was a scattering of set -e and hope.

I rewrote it in Go over two weekends. The new tool is longer, about nine hundred lines with tests, but every failure now says which step failed and why, and the branch-name bugs are gone because there is no shell parsing at all.

What surprised me was how much of the old script was really about environment: which tools were installed, which variables were set. Making those explicit, as flags with defaults, did more for reliability than the language change itself.

I would not rewrite every script this way. Anything under fifty lines that runs on one machine can stay bash.""",
        comments=[
            C(
                "marta-k",
                "2025-06-11T09:14:00",
                "Jun 11, 2025",
                "Did you keep the bash version around as a fallback while the Go one settled in? That transition period is where these rewrites usually hurt.",
            ),
            C(
                "jnwright",
                "2025-06-11T10:02:00",
                "Jun 11, 2025",
                "We ran both side by side for a month and diffed their logs. Found two real bugs in the old script that way.",
                parent=0,
            ),
            C(
                "oskar-lund",
                "2025-06-11T12:40:00",
                "Jun 11, 2025",
                "For three weeks, yes. The Go tool printed what it would do and the bash script did it, until the two agreed on every deploy.",
                parent=0,
                extra="Owner",
            ),
            C(
                "h4rdl1ne",
                "2025-06-12T07:55:00",
                "Jun 12, 2025",
                "Nine hundred lines for what bash did in four hundred is the part people will quote at you. I think the tests alone justify it.",
            ),
            C(
                "oskar-lund",
                "2025-06-12T08:30:00",
                "Jun 12, 2025",
                "About half of the nine hundred are tests, so the tool itself is roughly the same size. I should have said so in the post.",
                parent=3,
                extra="Owner",
            ),
            C(
                "tinyfox",
                "2025-06-13T18:21:00",
                "Jun 13, 2025",
                "The point about environment is the real lesson. Half our scripts break because they assume a tool that only one laptop has.",
            ),
        ],
        related=["Notes on writing CLI tools people enjoy", "My dotfiles, five years on"],
    ),
    Page(
        name="smf-forum-es",
        batch="heldout-4",
        render="smf",
        lang="es",
        system="Simple Machines Forum 2.0 thread (first post = article, later posts = comments; 'Re:' subjects, '« Respuesta #N en: date »', member groups, post counts, signatures; a reply quoting an earlier post)",
        source="SMF 2.0 Themes/default/Display.template.php (div#forumposts, div.windowbg/windowbg2, div.post_wrapper, div.poster h4, ul#msg_N_extra_info, div.keyinfo h5#subject_N, div.inner#msg_N, div.signature) and its quote bbcode (div.quoteheader, blockquote.bbc_standard_quote)",
        site="Foro de Astronomía Amateur",
        title="Primer telescopio: ¿refractor o reflector?",
        byline="Orion_Madrid",
        date="2025-03-14",
        date_shown="14 Marzo 2025, 20:41:07",
        time="20:41",
        article="""Hola a todos. Llevo un par de años mirando el cielo con prismáticos y creo que ha llegado el momento de comprar mi primer telescopio. Tengo un presupuesto de unos cuatrocientos euros.

Vivo en un quinto piso en las afueras de Madrid, así que la mayor parte del tiempo observaría desde la terraza, con bastante contaminación lumínica. Algunos fines de semana iría al campo, a una hora en coche.

En la tienda me recomiendan un refractor de 90 mm en montura ecuatorial, pero en varios vídeos dicen que por ese dinero un reflector Dobson de 200 mm muestra mucho más. Me preocupa el peso y el tamaño del Dobson para bajarlo y subirlo del coche.

¿Qué me aconsejáis? Me interesan sobre todo la Luna, los planetas y algún cúmulo brillante.""",
        comments=[
            C(
                "Nebulosa",
                "2025-03-14T21:05:11",
                "14 Marzo 2025, 21:05:11",
                "Para Luna y planetas desde la ciudad, un refractor de 90 mm rinde muy bien y está listo en cinco minutos. El Dobson gana en cielo profundo, pero eso desde la terraza lo vas a aprovechar poco.",
                extra="Jr. Member",
            ),
            C(
                "Carlos_Dob",
                "2025-03-14T22:18:40",
                "14 Marzo 2025, 22:18:40",
                "Yo iría a por un Dobson de 150 mm: pesa la mitad que el de 200, cabe en cualquier maletero y sigue recogiendo casi tres veces más luz que el refractor.\n\nY la montura ecuatorial barata de esos refractores es la que desanima a mucha gente.",
                extra="Moderador global",
                extra2="Dobson 200/1200 · Prismáticos 10x50 · Cielo de Guadalajara",
            ),
            C(
                "Orion_Madrid",
                "2025-03-15T09:02:55",
                "15 Marzo 2025, 09:02:55",
                "No había pensado en el de 150. ¿Se ven bien los anillos de Saturno con él?",
                extra="Newbie",
            ),
            C(
                "LuciaCielo",
                "2025-03-15T11:47:20",
                "15 Marzo 2025, 11:47:20",
                "Totalmente de acuerdo. Empecé con una ecuatorial de esas y la vendí a los tres meses; con el Dobson salgo a observar casi cada noche despejada.",
                parent=1,
                extra="Full Member",
            ),
            C(
                "Nebulosa",
                "2025-03-15T13:30:02",
                "15 Marzo 2025, 13:30:02",
                "Los anillos se ven perfectamente incluso con 90 mm. Con 150 mm además distinguirás la división de Cassini en noches estables.",
                extra="Jr. Member",
            ),
        ],
        related=["Guía de oculares para principiantes", "Quedada de observación en Somosierra"],
    ),
    Page(
        name="flarum-de",
        batch="heldout-4",
        render="flarum",
        lang="de",
        system="Flarum discussion as served before its JavaScript runs (posts in noscript#flarum-content: h3 with the name and div.Post-body, no times, no class on the post; the same posts with times in the JSON payload script; a '@Name' user mention)",
        source="Flarum views/frontend/content.blade.php (noscript#flarum-content), views/frontend/content/discussion.blade.php (div.container, h2, h3, div.Post-body, hr) and app.blade.php (script#flarum-json-payload)",
        site="Selbstbau-Forum",
        title="Balkonkraftwerk: Wechselrichter auf dem Dachboden?",
        byline="Jens_Brandt",
        date="2026-04-18",
        date_shown="",
        time="17:05",
        article="""Moin zusammen,

ich will zwei Module auf das Garagendach setzen und den Wechselrichter nicht draußen, sondern auf dem Dachboden der Garage montieren. Dort ist es trocken, aber im Sommer wird es unter dem Blechdach sehr heiß, sicher über fünfzig Grad.

Laut Datenblatt arbeitet der Wechselrichter bis sechzig Grad Umgebungstemperatur, regelt aber ab fünfundvierzig Grad die Leistung herunter. Die Kabel vom Dach wären nur drei Meter lang, nach draußen wären es acht.

Hat jemand Erfahrung, wie viel Ertrag man durch die Abregelung an heißen Tagen verliert? Und gibt es Bedenken wegen Brandschutz, wenn das Gerät auf einer Holzbalkenlage sitzt?""",
        comments=[
            C(
                "Sonnenanbeter",
                "2026-04-18T17:42:00",
                "",
                "Die Abregelung kostet an heißen Tagen vielleicht zehn Prozent, aber genau dann liefern die Module ohnehin weniger, weil sie selbst heiß sind. Ich würde mir mehr Sorgen um die Lebensdauer der Kondensatoren machen.",
            ),
            C(
                "mira.k",
                "2026-04-18T18:10:00",
                "",
                "Schraub ihn auf eine Blechplatte oder eine Gipskartonplatte, nicht direkt aufs Holz, und lass Luft nach oben. Dann ist der Brandschutz kein Thema.",
            ),
            C(
                "Jens_Brandt",
                "2026-04-18T19:33:00",
                "",
                "Danke euch. Eine Lüftungsöffnung im Giebel gibt es, die könnte ich vergrößern.",
            ),
            C(
                "Elektro-Egon",
                "2026-04-19T08:02:00",
                "",
                "@Jens_Brandt Wenn du den Giebel ohnehin öffnest, häng den Wechselrichter direkt daneben an die Wand. Dort zieht im Sommer die wärmste Luft ab, und er bekommt von unten frische.\n\nUnd vergiss die Anmeldung im Marktstammdatenregister nicht.",
                parent=2,
            ),
            C(
                "mira.k",
                "2026-04-19T09:15:00",
                "",
                "Die Anmeldung geht inzwischen in zehn Minuten, das ist kein Grund mehr, es aufzuschieben.",
            ),
        ],
        related=["Speicher für Balkonkraftwerke: lohnt sich das?", "Module auf dem Carport befestigen"],
    ),
    Page(
        name="ghost-comments-fr",
        batch="heldout-4",
        render="ghost",
        lang="fr",
        system="Ghost native comments (comments-ui frame content saved inline: utility classes only, 'Nom · expertise · il y a 2 jours' meta line, like counters; one level of replies)",
        source="Ghost comments-ui React components (Comment, Avatar, CommentHeader with member expertise, CommentMenu, Replies), written from the project's public source as widely known; class names are its Tailwind utilities and may differ by version",
        site="Carnets de cuisine",
        title="Pourquoi je ne lave plus mes champignons",
        byline="Claire Dubois",
        date="2025-10-06",
        date_shown="6 octobre 2025",
        time="08:00",
        article="""On m'a appris enfant à laver les champignons de Paris sous l'eau froide, un par un, puis à les sécher sur un torchon. Je l'ai fait pendant vingt ans, et pendant vingt ans ils ont rendu de l'eau dans la poêle au lieu de dorer.

Depuis deux saisons, je me contente de les brosser avec une brosse douce et de couper le bout terreux du pied. Pour les morceaux vraiment sales, un essuie-tout à peine humide suffit.

La différence à la cuisson est nette : la poêle reste sèche, les champignons colorent en trois minutes et gardent un goût de noisette que je croyais réservé aux cèpes.

Pour les champignons sauvages, la règle est différente : les girolles pleines de sable ou d'aiguilles de pin méritent un rinçage rapide, à condition de les sécher aussitôt.""",
        comments=[
            C(
                "Élodie Marchand",
                "2025-10-07T10:20:00",
                "il y a 2 jours",
                "Même constat en cuisine professionnelle : on ne lave presque jamais les champignons de Paris, on les brosse. L'eau, c'est pour les pleurotes très sales.",
                extra="Cheffe à domicile",
            ),
            C(
                "Bastien",
                "2025-10-07T12:02:00",
                "il y a 2 jours",
                "Et pour ceux du supermarché, déjà emballés sous plastique ? Ils ont souvent de la terre collée.",
                parent=0,
            ),
            C(
                "Claire Dubois",
                "2025-10-07T13:15:00",
                "il y a 2 jours",
                "Un essuie-tout humide en frottant un peu, puis on les laisse sécher à l'air dix minutes. Ça marche bien.",
                parent=0,
                extra="Autrice",
            ),
            C(
                "Nadia B.",
                "2025-10-08T08:45:00",
                "hier",
                "J'ai essayé hier soir avec des champignons bruns : aucune eau dans la poêle, je suis convertie.",
            ),
            C(
                "Hugo L.",
                "2025-10-08T19:30:00",
                "hier",
                "Pour les morilles, en revanche, je continue à les tremper : il y a toujours du sable dans les alvéoles.",
            ),
        ],
        related=["Le risotto aux cèpes de ma grand-mère", "Bien choisir sa poêle en acier"],
    ),
    Page(
        name="netease-tie-zh",
        batch="heldout-4",
        render="netease",
        lang="zh",
        system="NetEase-style news comments (跟贴): a reply shows the whole chain of earlier comments it answers as stacked quoted floors above its own text; authors as '网易…网友' with a location; 顶/踩 counters",
        source="NetEase news comment (跟贴) markup as saved from its news pages (div.tie-area, div.tie-item, span.from-user, span.from-area, div.tie-floors with numbered floors, div.tie-cnt, 顶/踩/回复 links), written from saved pages as widely known; details may differ",
        site="网易新闻",
        title="高铁静音车厢试行一年：乘客满意度超九成",
        byline="本报记者 王晓燕",
        date="2025-08-20",
        date_shown="2025-08-20 07:12:33",
        time="07:12",
        article="""去年八月起，多条高铁线路试行设置静音车厢。一年下来，铁路部门的调查显示，九成以上选择静音车厢的乘客表示满意，复购率也明显高于普通车厢。

静音车厢内，乘客需要将手机调至静音，接打电话要到车厢连接处，外放视频和大声交谈会被乘务员提醒。车厢内不售卖餐食，推车也不进入。

也有乘客反映，个别人不遵守规定时，乘务员的提醒作用有限。铁路部门表示，下一步将在购票页面更醒目地提示静音车厢的规则，并考虑将多次违规的乘客纳入提醒名单。

目前，静音车厢主要设在二等座的三号车厢，今后将根据需求扩展到更多线路。""",
        comments=[
            C(
                "网易用户_夏天的风",
                "2025-08-20T08:03:11",
                "2025-08-20 08:03:11",
                "坐过两次，确实安静很多，终于能在车上好好睡一觉了。",
                extra="浙江省杭州市",
            ),
            C(
                "老K说车",
                "2025-08-20T08:40:27",
                "2025-08-20 08:40:27",
                "睡觉是好，可带孩子的家庭就不敢选了，孩子一哭全车厢都看你。",
                parent=0,
                extra="广东省广州市",
            ),
            C(
                "路过的程序员",
                "2025-08-20T09:15:02",
                "2025-08-20 09:15:02",
                "希望以后能扩展到一等座，出差的时候最怕旁边有人开外放。",
                extra="北京市",
            ),
            C(
                "网易用户_夏天的风",
                "2025-08-20T09:31:45",
                "2025-08-20 09:31:45",
                "带孩子本来就可以选普通车厢啊，静音车厢只是多一个选择，又不是强制。",
                parent=1,
                extra="浙江省杭州市",
            ),
            C(
                "山城小汤圆",
                "2025-08-20T10:02:19",
                "2025-08-20 10:02:19",
                "规则再好，也得有人管。上次就有人在静音车厢打了半小时电话，乘务员来了两次都没用。",
                extra="重庆市",
            ),
        ],
        related=["暑运铁路客流创新高", "多地推出高铁月票"],
    ),
    Page(
        name="slashdot-en",
        batch="heldout-4",
        render="slashdot",
        lang="en",
        system="Slashdot story page (story summary = article; ul#commentlisting of li#tree_N; a subject line 'Re: ...' and '(Score:5, Insightful)' above each comment; 'by name (uid)'; replies in ul#commtree_N)",
        source="Slashdot story and comment markup (article#firehose-N, div.body div.p, ul#commentlisting, li.comment#tree_N, div.cw#comment_N, div.commentTop div.title h4, span.score, div.details span.by, span.otherdetails, div.commentBody div#comment_body_N, div.commentSub, ul#commtree_N) as in saved pages",
        site="Slashdot",
        title="City Replaces Traffic Lights With Roundabouts, Crashes Drop by Half",
        byline="msmash",
        date="2025-03-03",
        date_shown="Monday March 03, 2025 @08:30AM",
        time="08:30",
        article="""An anonymous reader writes: A mid-sized city that replaced forty signalised intersections with roundabouts over the past decade reports that injury crashes at those junctions fell by about half, and fatal crashes to nearly zero.

The city's traffic engineer says the main reason is speed: drivers entering a roundabout slow to around twenty miles an hour, and the collisions that still happen are glancing rather than head-on or right-angle. Queues at peak hours are also shorter, because traffic keeps moving instead of waiting for a full signal cycle.

Not everyone is convinced. Cyclists' groups say larger multi-lane roundabouts remain intimidating, and the fire department had to retrain drivers of its longest ladder trucks.""",
        comments=[
            C(
                "ZenMaster",
                "2025-03-03T09:14:00",
                "Monday March 03, 2025 @09:14AM",
                "The single-lane ones are great. The two-lane ones are where everyone suddenly forgets which lane they need to be in to exit.",
                extra="Not surprising",
                extra2="Score:5, Insightful",
            ),
            C(
                "Anonymous Coward",
                "2025-03-03T09:31:00",
                "Monday March 03, 2025 @09:31AM",
                "That is a signage and education problem, not a roundabout problem. Countries that have had them for decades do not struggle.",
                parent=0,
                extra="Re:Not surprising",
                extra2="Score:2",
            ),
            C(
                "ZenMaster",
                "2025-03-03T09:50:00",
                "Monday March 03, 2025 @09:50AM",
                "Sure, and until the education catches up, the two-lane ones are where the remaining crashes are. Both things can be true.",
                parent=1,
                extra="Re:Not surprising",
                extra2="Score:3",
            ),
            C(
                "kelvinshift",
                "2025-03-03T10:05:00",
                "Monday March 03, 2025 @10:05AM",
                "Less idling at red lights also means less fuel burned. Would be interesting to see if the city measured that.",
                extra="Fuel",
                extra2="Score:4, Interesting",
            ),
            C(
                "Ol' Grognard",
                "2025-03-03T10:40:00",
                "Monday March 03, 2025 @10:40AM",
                "Studies elsewhere found around a third less fuel at converted junctions. The braking and accelerating is where it goes.",
                parent=3,
                extra="Re:Fuel",
                extra2="Score:3, Informative",
            ),
            C(
                "ratchetjaw",
                "2025-03-03T11:22:00",
                "Monday March 03, 2025 @11:22AM",
                "The fire truck retraining is the detail I did not expect. Apparently the centre islands are built with a mountable apron for exactly that reason.",
                extra="Trucks",
                extra2="Score:2",
            ),
        ],
        related=["Self-Driving Shuttles Struggle With Snow", "Why Are Car Headlights So Bright Now?"],
    ),
    Page(
        name="vk-widget-ru",
        batch="heldout-4",
        render="vk",
        lang="ru",
        system="VK comments widget saved with a Russian city news page (flat list of div.reply; replies marked only by 'ответил Марине' in the date line and the addressee's name opening the text; 'Нравится' counters)",
        source="VK widget_comments markup as rendered in its frame (div#wcomments_posts, div.reply, a.reply_image, div.reply_author a.author, div.reply_text div.wall_reply_text, div.reply_date with a.wd_lnk and 'ответил', a.reply_link, like counters), written from saved pages as widely known",
        site="Город 24",
        title="На набережной откроют новый каток с прокатом коньков",
        byline="Елена Смирнова",
        date="2025-11-24",
        date_shown="24 ноября 2025, 10:15",
        time="10:15",
        article="""В этом году на набережной у речного вокзала зальют новый каток площадью почти две тысячи квадратных метров. Открыть его планируют в середине декабря, если позволит погода.

Вход будет бесплатным, прокат коньков — двести рублей в час. Рядом поставят тёплый павильон для переодевания и кафе с горячими напитками. Каток будет работать ежедневно с десяти утра до десяти вечера, по понедельникам — технический перерыв до обеда.

В прошлом году городской каток в парке закрыли из-за ремонта трибун, и жителям приходилось ездить в соседний район. Теперь каток в парке тоже откроется, но позже, в январе.

Власти обещают, что лёд будут заливать и чистить каждую ночь.""",
        comments=[
            C(
                "Марина Соколова",
                "2025-11-24T11:02:00",
                "24 ноя в 11:02",
                "Отличная новость! А коньки детских размеров в прокате будут? У нас тридцать второй.",
            ),
            C(
                "Иван Петров",
                "2025-11-24T11:40:00",
                "24 ноя в 11:40",
                "Марина, в прошлом году в парке были с тридцатого размера, думаю, и здесь будут.",
                parent=0,
                extra="ответил Марине",
            ),
            C(
                "Алексей Громов",
                "2025-11-24T12:15:00",
                "24 ноя в 12:15",
                "Двести рублей в час за прокат — это нормально. Главное, чтобы коньки точили, а не выдавали тупые, как обычно.",
            ),
            C(
                "Марина Соколова",
                "2025-11-24T13:03:00",
                "24 ноя в 13:03",
                "Иван, спасибо! Тогда в первые же выходные пойдём.",
                parent=1,
                extra="ответила Ивану",
            ),
            C(
                "Ольга Кузнецова",
                "2025-11-24T18:47:00",
                "24 ноя в 18:47",
                "А парковку рядом сделают? У речного вокзала вечером машину не поставить.",
            ),
            C(
                "Иван Петров",
                "2025-11-24T19:20:00",
                "24 ноя в 19:20",
                "Ольга, там же трамвай прямо до набережной ходит, проще на нём.",
                parent=4,
                extra="ответил Ольге",
            ),
        ],
        related=["Когда включат праздничную иллюминацию", "Расписание трамваев на праздники"],
    ),
    Page(
        name="news-indent-en",
        batch="heldout-4",
        render="news_indent_en",
        lang="en",
        system="A US local paper's own comment system (flat list of div.cmt-item; reply depth only in an inline margin-left style; 'Subscriber' badges, thumbs-up counters; a 'Name (required)' form and a 'Recent comments' sidebar widget)",
        source="Reader-comment markup of small US news sites' own CMS (flat items, depth shown by inline indentation), element names chosen after such sites' published markup, as the outside check described flat lists whose replies are marked by indentation",
        site="The Millbrook Ledger",
        title="School board delays vote on later start times",
        byline="By Dana Whitfield, Staff Writer",
        date="2026-02-11",
        date_shown="February 11, 2026",
        time="06:45",
        article="""The Millbrook school board on Tuesday postponed its vote on moving the high school's start time from 7:25 to 8:30 a.m., saying it needs more information on what the change would cost in bus routes.

A district survey sent to families last fall found that about two thirds of parents and three quarters of students supported the later start. Opponents, many of them parents of younger children, worry that elementary schools would have to start earlier to keep the same buses running three routes each morning.

Transportation director Mark Ellison told the board that keeping elementary start times unchanged would require six more buses and drivers, at an estimated $540,000 a year. The district already has four open driver positions.

The board expects to take up the question again at its March 10 meeting.""",
        comments=[
            C(
                "Carol Jensen",
                "2026-02-11T08:10:00",
                "Feb 11, 2026 8:10am",
                "My son has been getting up at 5:50 for three years. Every study says teenagers need the later start. Find the money.",
                extra="Subscriber",
            ),
            C(
                "Rob Tillman",
                "2026-02-11T08:42:00",
                "Feb 11, 2026 8:42am",
                "Find it where? We cannot hire the drivers we already budget for.",
                parent=0,
            ),
            C(
                "Carol Jensen",
                "2026-02-11T09:05:00",
                "Feb 11, 2026 9:05am",
                "Then pay them more. Other districts nearby raised driver pay and filled their openings within a semester.",
                parent=1,
                extra="Subscriber",
            ),
            C(
                "Millbrook Dad",
                "2026-02-11T10:30:00",
                "Feb 11, 2026 10:30am",
                "My daughter is in second grade and already starts at 8:05. If that moves to 7:30 she is at the bus stop in the dark all winter.",
            ),
            C(
                "J. Ortiz",
                "2026-02-11T11:15:00",
                "Feb 11, 2026 11:15am",
                "The article does not say whether staggering by school instead of by level was considered. That worked in Greenfield.",
                extra="Subscriber",
            ),
            C(
                "Rob Tillman",
                "2026-02-11T12:02:00",
                "Feb 11, 2026 12:02pm",
                "Good point. Greenfield also has half the bus routes we do, though.",
                parent=4,
            ),
        ],
        related=["Millbrook opens new library branch", "Snow days: how the district decides"],
        recent=[
            ("Pat W.", "Council approves Main Street repaving"),
            ("Evan S.", "Football coach steps down after 12 seasons"),
        ],
    ),
]
