"""Text of held-out batch 24 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="twentytwelve-en",
        batch="heldout-24",
        render="twentytwelve",
        lang="en",
        system="A WordPress blog on the Twenty Twelve theme (div#comments.comments-area with h2.comments-title '5 thoughts on “…”'; ol.commentlist of li.comment with ids 'li-comment-N'; each an article.comment with header.comment-meta.comment-author.vcard: the avatar, cite with b.fn and, on the post author's replies, a span 'Post author', then the date as a link to the comment holding time[datetime]; section.comment-content; div.reply 'Reply ↓'; replies in ol.children; a trackback li 'Trackback: …'; comment navigation '← Older Comments'; the form 'Name *' / 'Email *' / 'Website'; a 'Recent Comments' widget)",
        source="WordPress Twenty Twelve theme (functions.php twentytwelve_comment: the pingback / trackback branch printing li.post.pingback with 'Pingback:' / 'Trackback:', li#li-comment-N, article#comment-N.comment, header.comment-meta.comment-author.vcard, cite b.fn, span 'Post author', a time[datetime], section.comment-content.comment, div.reply with 'Reply' and span '↓'; comments.php with h2.comments-title, ol.commentlist and nav#comment-nav-below 'Older Comments'), written from the theme's public source as widely known",
        site="Quiet Stitches",
        title="Mending a wool jumper with Swiss darning",
        byline="Harriet Lowe",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""My favourite jumper had three holes at the elbow by February, so I spent a weekend learning Swiss darning, also called duplicate stitch.

Unlike ordinary darning it follows the knitted stitches, so the repair looks like part of the fabric and stays stretchy.

Choose a yarn of the same weight. Mine is slightly thicker and the patch stands out a little, but I have decided I like it.""",
        comments=[
            C(
                "Nell Barraclough",
                "2025-03-03T10:21:00",
                "March 3, 2025 at 10:21 am",
                "Swiss darning is magic. I reinforce the elbows of new jumpers with it before holes even start.",
            ),
            C(
                "Harriet Lowe",
                "2025-03-03T11:40:00",
                "March 3, 2025 at 11:40 am",
                "Before the holes start is clever. I will do that on the next one I knit.",
                parent=0,
                extra="Post author",
            ),
            C(
                "Priyanka S.",
                "2025-03-03T14:02:00",
                "March 3, 2025 at 2:02 pm",
                "Does it work on machine-knitted jumpers too? The stitches on mine are tiny.",
            ),
            C(
                "Nell Barraclough",
                "2025-03-03T15:15:00",
                "March 3, 2025 at 3:15 pm",
                "It does, but use a fine sock yarn and a blunt needle, and a lamp. Tiny stitches are hard on the eyes.",
                parent=2,
            ),
            C(
                "Gwen Arkwright",
                "2025-03-04T09:30:00",
                "March 4, 2025 at 9:30 am",
                "I love a visible mend. A contrasting colour turns the patch into a little decoration.",
            ),
        ],
        related=["Sashiko on a denim jacket", "My first pair of socks"],
        recent=[("Mabel", "Sashiko on a denim jacket"), ("Ruth C.", "Choosing a darning mushroom")],
    ),
    Page(
        name="comentario-en",
        batch="heldout-24",
        render="comentario",
        lang="en",
        system="A Hugo blog with Comentario comments rendered and saved inline (div.comentario-root inside a comentario-comments element; a 'Sort by: Oldest / Newest / Most upvoted' bar; every comment a div.comentario-card with an id 'comentario-<uuid>'; div.comentario-card-header with the avatar, a.comentario-name, a 'Moderator' badge, the relative time 'about 3 hours ago' in div.comentario-subtitle over an ISO title; div.comentario-card-body; controls 'Reply' and a score between upvote and downvote buttons; replies nested in div.comentario-card-children; the 'Add a comment' editor; a 'Powered by Comentario' footer; a Hugo 'Related' list)",
        source="Comentario (the Commento fork) frontend as rendered in a page and saved (comentario-comments element, div.comentario-root, div.comentario-comments, div.comentario-card, div.comentario-card-header, div.comentario-avatar, a.comentario-name, div.comentario-subtitle, div.comentario-card-body, div.comentario-card-controls, div.comentario-card-children, div.comentario-footer), written from the project's documentation and saved pages as widely known; class names may differ by version",
        site="Notes from a Small Server",
        title="Moving my backups from rsync to restic",
        byline="Dariusz Kowalik",
        date="2025-03-03",
        date_shown="March 3, 2025",
        article="""For ten years my home server was backed up with a shell script around rsync and hard links. It worked, but restoring a single file from last spring meant digging through dated folders.

Last month I switched to restic. It deduplicates, encrypts everything before it leaves the machine and can mount any snapshot as a folder.

The first backup of 600 GB took a night. Every nightly run since then takes under four minutes.""",
        comments=[
            C(
                "mira_k",
                "2025-03-03T10:21:00",
                "about 3 hours ago",
                "How do you handle pruning? I keep forgetting to run forget with the right keep flags and my repository keeps growing.",
            ),
            C(
                "Dariusz Kowalik",
                "2025-03-03T11:05:00",
                "about 2 hours ago",
                "A weekly timer runs forget with keep-daily 7, keep-weekly 5 and keep-monthly 12, then prune. I check the log once a month.",
                parent=0,
                extra="Moderator",
            ),
            C(
                "mira_k",
                "2025-03-03T11:30:00",
                "about 2 hours ago",
                "Thanks, a timer is a much better idea than my memory.",
                parent=1,
            ),
            C(
                "tjorven",
                "2025-03-03T12:48:00",
                "about 1 hour ago",
                "Restic is great, but test a restore now and then. I found out the hard way that my password file was not backed up anywhere else.",
            ),
        ],
        related=["A quiet fan for the NAS", "Why I still run my own mail server"],
    ),
    Page(
        name="garland-en",
        batch="heldout-24",
        render="garland",
        lang="en",
        system="A Drupal 7 community site on the Garland theme (the node with 'Submitted by Name on Mon, 03/03/2025 - 08:40'; div#comments with h2 'Comments'; every comment a div.comment with a preceding anchor 'comment-N', its own subject in h3, the line 'Mon, 03/03/2025 - 10:21 — Name' in span.submitted (date first, name after a dash), 'new' markers, the text in div.content; the links 'reply' / 'permalink' in ul.links; replies in div.indented after their parent; the 'Add new comment' form with 'Your name' and 'Subject'; a 'Recent comments' block listing comments on other posts)",
        source="Drupal 7 Garland theme (themes/garland/comment.tpl.php: div.comment with span.submitted, span.new, the picture, h3 with the title, div.content, the links; template.php garland_preprocess_comment building 'created — author' as the submitted line; modules/comment: div#comments, h2.title 'Comments', div.indented, the anchor a#comment-N, the comment form 'Your name' / 'Subject' / 'Comment'), written from the public templates as widely known",
        site="Hollin Bank Allotment Society",
        title="Water butts: the committee's plan for this summer",
        byline="margaret",
        date="2025-03-03",
        date_shown="Mon, 03/03/2025 - 08:40",
        time="08:40",
        article="""After last summer's hosepipe ban the committee has agreed to buy forty water butts, one for every plot with a shed.

The society will pay half the cost from the maintenance fund. Plot holders pay the other twelve pounds when they collect their butt at the April work day.

Plots without a shed can share the three large tanks by the gate, which will be connected to the pavilion roof.""",
        comments=[
            C(
                "Dennis Ogden",
                "2025-03-03T10:21:00",
                "Mon, 03/03/2025 - 10:21",
                "Good plan. Can we choose the colour? Green blends in better than the black ones from last time.",
                extra="Colour?",
            ),
            C(
                "margaret",
                "2025-03-03T11:02:00",
                "Mon, 03/03/2025 - 11:02",
                "The supplier only does green and black at this price. We went for green.",
                parent=0,
                extra="Re: Colour?",
            ),
            C(
                "Asha Pillay",
                "2025-03-03T13:37:00",
                "Mon, 03/03/2025 - 13:37",
                "Who connects the downpipes? Half of us will not know where to start with a diverter kit.",
                extra="Fitting",
            ),
            C(
                "Dennis Ogden",
                "2025-03-03T14:10:00",
                "Mon, 03/03/2025 - 14:10",
                "I will run a fitting session at the work day. Bring your own saw if you have one.",
                parent=2,
                extra="Re: Fitting",
            ),
            C(
                "Bill Haworth",
                "2025-03-04T08:15:00",
                "Tue, 03/04/2025 - 08:15",
                "Twelve pounds is fair. Count me in for plot 17.",
                extra="Plot 17",
            ),
        ],
        related=["Work day dates for 2025", "Rat problem near the compost bays"],
        recent=[("Jean", "Work day dates for 2025"), ("Tom R.", "Rat problem near the compost bays")],
    ),
    Page(
        name="redmine-issue-de",
        batch="heldout-24",
        render="redmine",
        lang="de",
        system="A Redmine issue page in German (the issue's description = article; the history = comments: div#history with h3 'Historie', every journal a div.journal with an id 'change-N' holding h4.note-header with the note number '#1', 'Aktualisiert von <Name> vor 3 Tagen' where the relative time is a link titled '03.03.2025 10:21', a ul.details list of field changes ('Status wurde von Neu zu In Bearbeitung geändert'), the note in div.wiki; a reply quoting an earlier note as 'Name schrieb in #note-1:' and a blockquote; a journal with only field changes and no note; div.contextual quote and edit icons; the issue's attributes table, the 'Zugewiesen an' and 'Beobachter' sidebar)",
        source="Redmine issue view templates (app/views/issues/show.html.erb and _history.html.erb, app/helpers/journals_helper.rb: div.issue with div.subject h3, p.author 'Von Name vor 5 Tagen hinzugefügt', div.attributes, div.description div.wiki; div#history, div.journal.has-notes#change-N, h4.note-header with a.journal-link '#N' and 'Aktualisiert von … vor …', ul.details, div.wiki[id=journal-N-notes], div.contextual with the quote link; the quote format 'Name schrieb in #note-N:' and a blockquote) with the German locale's labels, written from the public source as widely known",
        site="Projektverwaltung Stadtwerke Lindenau",
        title="Zählerstand-Import bricht bei Umlauten im Straßennamen ab",
        byline="Petra Wolters",
        date="2025-02-28",
        date_shown="28.02.2025 16:05",
        time="16:05",
        article="""Beim nächtlichen Import der Zählerstände aus dem Ableseportal bricht der Job ab, sobald ein Straßenname einen Umlaut enthält. Betroffen war zuletzt die Datei vom 27.02. mit der Lößnitzstraße.

Im Log steht ein UnicodeDecodeError in Zeile 1843. Die Datei kommt laut Portal in UTF-8, wird aber offenbar als Latin-1 gelesen.

Bitte prüfen, ob die Kodierung im Importskript fest eingestellt ist.""",
        comments=[
            C(
                "Jan Brodersen",
                "2025-03-03T10:21:00",
                "vor 3 Tagen",
                "Bestätigt. Das Skript öffnet die Datei ohne Angabe der Kodierung, und auf dem neuen Server ist die Standardeinstellung Latin-1.",
            ),
            C(
                "Petra Wolters",
                "2025-03-03T11:45:00",
                "vor 3 Tagen",
                "Kann man das heute noch beheben? Der Import der Februar-Abrechnung muss bis Mittwoch laufen.",
                parent=0,
            ),
            C(
                "Jan Brodersen",
                "2025-03-03T15:30:00",
                "vor 3 Tagen",
                "Behoben in Revision 4411: die Datei wird jetzt ausdrücklich als UTF-8 gelesen. Der Import vom 27.02. ist nachgeholt.",
            ),
            C(
                "Katrin Asmussen",
                "2025-03-04T08:12:00",
                "vor 2 Tagen",
                "Die Abrechnung für die Lößnitzstraße stimmt jetzt. Von meiner Seite kann das Ticket geschlossen werden.",
            ),
        ],
        related=["#2207 Export der Ablesetermine als CSV", "#2190 Passwort-Reset im Portal"],
    ),
    Page(
        name="ucoz-forum-ru",
        batch="heldout-24",
        render="ucoz_forum",
        lang="ru",
        system="A uCoz site's forum topic (forum: the first post = article, later posts = comments; div.gDivLeft / table.gTable frames; every post a table.postTable with an id 'post…': td.postTdTop with the name in a.postUser and the 'Дата: Понедельник, 03.03.2025, 10:21 | Сообщение # 2' line, td.postTdInfo with the avatar, the group 'Модераторы' / 'Пользователи', 'Сообщений: 312', 'Репутация: 14', the online status; td.posttdMessage with span.ucoz-forum-post; a reply quoting an earlier post in div.bbQuoteBlock 'Цитата (Name)'; signatures in span.signatureView; the postBottom row with 'Наверх'; the fast reply form 'Добавлять ответы могут только зарегистрированные пользователи')",
        source="uCoz forum module markup as rendered and saved (div.gDivLeft, table.gTable, table.postTable, td.postTdTop, a.postUser, td.postTdInfo with div.postRankName, div.postRankIco, div.numposts, div.reputation, div.statusBlock, td.posttdMessage span.ucoz-forum-post, div.bbQuoteBlock div.bbQuoteName / div.quoteMessage, span.signatureView, td.postBottom), written from saved pages as widely known; element names may differ by site template",
        site="Форум рыболовов Верхней Волги",
        title="Лёд на Иваньковском водохранилище в начале марта",
        byline="Ёрш_Тверской",
        date="2025-03-03",
        date_shown="Понедельник, 03.03.2025, 08:20",
        time="08:20",
        article="""Всем привет. Собираюсь в субботу на Иваньковское в район Конакова. Кто был на выходных, какой там лёд?

В прошлом году в это же время у берега уже стояла вода, а дальше лёд был сантиметров тридцать.

Интересует в первую очередь выход с берега у турбазы.""",
        comments=[
            C(
                "Михалыч",
                "2025-03-03T10:21:00",
                "Понедельник, 03.03.2025, 10:21",
                "Был в воскресенье у турбазы. У берега метра три воды и шуги, дальше лёд около сорока сантиметров, крепкий.",
            ),
            C(
                "Сазан77",
                "2025-03-03T11:48:00",
                "Понедельник, 03.03.2025, 11:48",
                "Мы заходили левее, у старого причала, там берег сухой. Но к субботе обещают плюс пять, будьте осторожны.",
            ),
            C(
                "Ёрш_Тверской",
                "2025-03-03T12:30:00",
                "Понедельник, 03.03.2025, 12:30",
                "Спасибо, тогда пойду от причала и возьму доску на всякий случай.",
                parent=1,
            ),
            C(
                "Администратор_Лёха",
                "2025-03-03T19:05:00",
                "Понедельник, 03.03.2025, 19:05",
                "Напоминаю: МЧС с 15 марта запрещает выход на лёд водохранилища. После этой даты отчёты о рыбалке со льда удаляются.",
                extra="Модераторы",
            ),
        ],
        related=["Отчёты о рыбалке: февраль 2025", "Продам ледобур Mora 150"],
    ),
    Page(
        name="hestia-es",
        batch="heldout-24",
        render="hestia",
        lang="es",
        system="A Spanish cooking blog on WordPress with the Hestia theme (Bootstrap media objects: section#comments with h3.hestia-title '4 comentarios'; every comment a div.media with an id 'comment-N': a pull-left avatar link, div.media-body with h4.media-heading holding the name and, glued in a small, ' · hace 2 días' (relative time only); the text; div.media-footer with 'Responder'; replies in div.children inside the parent's block; the form 'Nombre*' / 'Correo electrónico*' / 'Web'; an 'Entradas recientes' widget and a 'Publicaciones relacionadas' section with 'Leer más')",
        source="Hestia theme (Themeisle) comment callback hestia_comments_list and comments.php as rendered and saved (div.media, a.pull-left, div.comment-author.avatar.vcard, div.media-body, h4.media-heading with small ' · %s ago' from human_time_diff, div.media-footer with the reply link as a.btn.btn-rose.btn-simple; section.comments, h3.hestia-title; the related posts cards with 'Leer más'), written from the theme and saved pages as widely known; details may differ by version",
        site="La Cocina de Amparo",
        title="Lentejas estofadas como las de mi abuela",
        byline="Amparo Benlloch",
        date="2025-03-03",
        date_shown="3 marzo, 2025",
        article="""Estas son las lentejas que hacía mi abuela los jueves: pardinas, chorizo, un trozo de panceta y mucha paciencia.

El secreto está en el sofrito. Cebolla, pimiento y ajo a fuego muy lento durante veinte minutos antes de añadir el pimentón.

Dejadlas reposar media hora antes de servir. Al día siguiente están todavía mejor.""",
        comments=[
            C(
                "Lourdes Quintanilla",
                "",
                "hace 2 días",
                "Las hice ayer y a mis hijos les encantaron. Le añadí una patata cortada en trozos pequeños.",
            ),
            C(
                "Amparo Benlloch",
                "",
                "hace 2 días",
                "La patata les da un punto muy rico y espesa el caldo. ¡Me alegro mucho!",
                parent=0,
            ),
            C(
                "Tomás Arrieta",
                "",
                "hace 1 día",
                "¿Se pueden hacer en olla exprés? Entre semana no tengo tiempo para una hora de fuego lento.",
            ),
            C(
                "Amparo Benlloch",
                "",
                "hace 1 día",
                "Sí, unos doce minutos desde que sube la válvula. El sofrito hazlo igual de despacio, eso no se puede acelerar.",
                parent=2,
            ),
        ],
        related=["Cocido madrileño paso a paso", "Potaje de vigilia"],
        recent=[("Rosa", "Cocido madrileño paso a paso"), ("Chema", "Potaje de vigilia")],
    ),
    Page(
        name="twentytwenty-fr",
        batch="heldout-24",
        render="twentytwenty",
        lang="fr",
        system="A French WordPress blog on the Twenty Twenty theme (div.comments-wrapper with div.comments-header 'Il y a 5 réponses sur « … »'; div.comments-inner of div.comment blocks (no list: wp_list_comments in div style) with ids 'comment-N'; each an article.comment-body with footer.comment-meta: the avatar and span.fn in a link, a hidden 'dit :' (span.screen-reader-text says), div.comment-metadata with the date link '3 mars 2025 à 10 h 21 min'; div.comment-content.entry-content; footer.comment-footer-meta with 'Répondre' and, on the author's replies, 'Auteur de l’article' (span.by-post-author); replies in div.children; a pingback; the form 'Commentaire *' / 'Nom *' / 'E-mail *' / 'Site web' and the Akismet notice)",
        source="WordPress Twenty Twenty theme (classes/class-twentytwenty-walker-comment.php: div#comment-N, article.comment-body, footer.comment-meta, div.comment-author.vcard, span.fn, span.screen-reader-text.says, div.comment-metadata a time, div.comment-content.entry-content, footer.comment-footer-meta, span.comment-reply, span.by-post-author 'Post author' / 'Auteur de l’article'; comments.php: div.comments-wrapper.section-inner, div.comments-header, h2.comment-reply-title, div.comments-inner) with the French translation, written from the theme's public source as widely known",
        site="Carnets de Loire",
        title="Observer les castors au crépuscule près de Blois",
        byline="Solène Rivaud",
        date="2025-03-03",
        date_shown="3 mars 2025",
        article="""Il y a des castors sur la Loire à moins de deux kilomètres du centre de Blois, et on peut les voir sans matériel particulier.

Il faut arriver une demi-heure avant le coucher du soleil, s'asseoir face au vent et ne plus bouger. Les premiers nagent souvent le long de la rive opposée.

Les traces de leurs repas sont partout : des saules taillés en pointe de crayon au bord de l'eau.""",
        comments=[
            C(
                "Gérald Pommier",
                "2025-03-03T10:21:00",
                "3 mars 2025 à 10 h 21 min",
                "Merci pour ce billet ! J'habite Blois depuis quinze ans et je n'en ai jamais vu un seul.",
            ),
            C(
                "Solène Rivaud",
                "2025-03-03T11:12:00",
                "3 mars 2025 à 11 h 12 min",
                "Essayez la rive gauche en aval du pont, vers les îles. Et surtout en mars ou en avril, quand la végétation est encore basse.",
                parent=0,
                extra="Auteur de l’article",
            ),
            C(
                "Maëlle Tissier",
                "2025-03-03T18:40:00",
                "3 mars 2025 à 18 h 40 min",
                "Nous y sommes allés ce soir avec les enfants : deux castors et un ragondin ! Les enfants étaient ravis.",
            ),
            C(
                "Bertrand L.",
                "2025-03-04T07:55:00",
                "4 mars 2025 à 7 h 55 min",
                "Attention à ne pas confondre avec le ragondin, justement : le castor nage la queue à plat, on ne la voit presque pas.",
                parent=2,
            ),
            C(
                "Solène Rivaud",
                "2025-03-04T09:03:00",
                "4 mars 2025 à 9 h 03 min",
                "Merci Bertrand, c'est le meilleur critère. La tête du ragondin dépasse aussi beaucoup plus de l'eau.",
                parent=3,
                extra="Auteur de l’article",
            ),
        ],
        related=["Les sternes de retour sur les bancs de sable", "Une nuit à écouter les chouettes"],
        recent=[
            ("Yvette", "Les sternes de retour sur les bancs de sable"),
            ("Paul", "Une nuit à écouter les chouettes"),
        ],
    ),
    Page(
        name="typecho-kiosr-zh",
        batch="heldout-24",
        render="kiosr",
        lang="zh",
        system="A Chinese blog on Typecho with a third-party chat-bubble theme (Kiosr: div#comments with the count line; ol.comment-list of li items whose id is the comment's theId and whose class says comment-parent / comment-child and comment-by-author; each a div.commentator-comment: div.name with the name in strong.author_name, an '@name' link to the parent on replies, span.comment-time with a relative time '3 天前' only, a reply icon link with no text; the text in div.comment-chat > div.comment-comment; replies in div.comment-children inside the parent li; the form '称呼' / '邮箱' / '网站'; a '最近回复' sidebar widget)",
        source="Kiosr theme for Typecho (siosr/Kiosr: c.php threadedComments with li.comment-body.comment-parent / comment-child, div.commentator-comment, div.name, span.commentator-name strong.author_name, getCommentAt, span.comment-time with timesince(), span.comment-reply a.i.reply, div.comment-chat div.comment-comment, div.comment-children) checked against the theme's public source found by code search; the page layout and getCommentAt's '@name' output written from Typecho themes as widely known",
        site="竹窗夜话",
        title="把十年的照片整理成了一个相册网站",
        byline="竹窗",
        date="2025-03-03",
        date_shown="2025年03月03日",
        article="""硬盘里攒了十年的照片，大概四万张，一直没有好好整理。春节放假的时候终于下定决心，把它们做成了一个只在家里能访问的相册网站。

我先用脚本按拍摄日期重新命名，再把重复的照片挑出来删掉，最后剩下两万八千张。

网站用的是一个开源相册程序，可以按地点和人脸分类，家里老人用手机也能看。""",
        comments=[
            C(
                "青柠",
                "",
                "3 天前",
                "四万张照片去重用的什么工具？我试过几个，都把连拍的照片当成重复的了。",
            ),
            C(
                "竹窗",
                "",
                "3 天前",
                "我是按文件的哈希值去重的，只删完全一样的文件，连拍的照片会留下来，再手动挑。",
                parent=0,
            ),
            C(
                "老猫",
                "",
                "2 天前",
                "人脸分类在老电脑上跑得动吗？我家的小主机只有四个G内存。",
            ),
            C(
                "竹窗",
                "",
                "2 天前",
                "第一次识别跑了整整两天，后面新加的照片就很快了，四个G应该够用。",
                parent=2,
            ),
        ],
        related=["旧笔记本改成家庭服务器", "给爸妈的手机装了一个远程协助"],
        recent=[("小北", "旧笔记本改成家庭服务器"), ("阿杰", "给爸妈的手机装了一个远程协助")],
    ),
]
