"""Text of held-out batch 27 (see page_texts.py). Written for slant on 7 December 2026."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="twentynineteen-en",
        batch="heldout-27",
        render="twentynineteen",
        lang="en",
        system="A WordPress blog on the Twenty Nineteen theme with Jetpack comment likes (div#comments.comments-area with div.comments-title-wrap h2.comments-title '5 replies on “…”' and a 'Join the Conversation' link; ol.comment-list of li.comment with ids 'comment-N'; each an article#div-comment-N.comment-body with footer.comment-meta: div.comment-author.vcard with the avatar and b.fn in a link, a span.post-author-badge (an svg, no text) on the author's replies; div.comment-metadata with the date as a link holding time[datetime] and an 'Edit' link; div.comment-content; Jetpack's div.comment-likes 'Like' / 'Liked by 2 people'; div.comment-reply 'Reply'; replies in ol.children; a pingback 'Pingback: …'; the Jetpack (Highlander) form shell 'Enter your comment here...' with 'Fill in your details below or click an icon to log in'; a 'Recent Comments' widget in the footer)",
        source="WordPress Twenty Nineteen theme (classes/class-twentynineteen-walker-comment.php: li#comment-N, article#div-comment-N.comment-body, footer.comment-meta, div.comment-author.vcard, span.post-author-badge with an svg, b.fn, div.comment-metadata with a time and span.edit-link, div.comment-content, the reply link wrapped in div.comment-reply; comments.php: div.comments-title-wrap, h2.comments-title, ol.comment-list, the discussion avatars list); Jetpack comment likes (div.comment-likes, 'Like', 'Liked by N people') and the Highlander form (div#respond with 'Enter your comment here...', 'Fill in your details below or click an icon to log in:') written from saved pages as widely known",
        site="Two Wheels North",
        title="Fitting a dynamo hub to a twenty-year-old touring bike",
        byline="Callum Reid",
        date="2025-02-17",
        date_shown="February 17, 2025",
        article="""I spent most of last winter riding home in the dark with a battery light that always seemed to be half charged, so this year I finally had a dynamo front wheel built.

The hub is a thirty-two hole model laced to the old rim, which was still straight after twenty years. The wiring runs up the fork leg under two strips of tape, and the headlight sits on a small bracket at the crown.

After three weeks of commuting the drag is impossible to notice, and the light comes on by itself when I ride under the railway bridge. I only wish I had done it a decade ago.""",
        comments=[
            C(
                "Moira Fleming",
                "2025-02-17T10:21:00",
                "February 17, 2025 at 10:21 am",
                "Did you keep the old rim for cost or because you trust it? Mine has a groove worn by the brake pads and I wonder if it is worth the risk.",
            ),
            C(
                "Callum Reid",
                "2025-02-17T12:05:00",
                "February 17, 2025 at 12:05 pm",
                "Mostly because I trust it. The wear line on the braking surface was still visible, so the wheel builder said it had years left. With a deep groove I would buy a new rim.",
                parent=0,
                extra="author",
            ),
            C(
                "Sandeep Gill",
                "2025-02-17T19:44:00",
                "February 17, 2025 at 7:44 pm",
                "The standlight is the part I love most. Waiting at junctions without going dark makes me feel far safer.",
                extra="Liked by 2 people",
            ),
            C(
                "Jo Whitlock",
                "2025-02-18T08:10:00",
                "February 18, 2025 at 8:10 am",
                "How did you attach the wire at the crown? Mine keeps rubbing against the tyre when the fork flexes.",
            ),
            C(
                "Sandeep Gill",
                "2025-02-18T09:32:00",
                "February 18, 2025 at 9:32 am",
                "Not Callum, but a small cable tie through the mudguard eyelet solved that for me. Leave a loop so it can move a little.",
                parent=3,
            ),
        ],
        related=["Winter tyres that actually grip", "A week on the Caledonia Way"],
        recent=[("Fraser", "Winter tyres that actually grip"), ("Annie P.", "Choosing a rear rack")],
    ),
    Page(
        name="kadence-news-en",
        batch="heldout-27",
        render="kadence",
        lang="en",
        system="A local news blog on WordPress with the Kadence theme (the post in article.entry.content-bg.single-entry with a category label, h1.entry-title, div.entry-meta with the author link, 'Published' and 'Updated' dates and a reading time; a hero figure with a caption, a pull quote, a 'Read more:' teaser, a share bar above and below, a newsletter box inside the body, an author box and 'Similar Posts' with excerpts; comments in div#comments.comment-area.entry-content with h3.comments-title '4 Comments'; ol.comment-list of li.comment with ids 'comment-N'; each an article.comment-body with footer.comment-meta: div.comment-author.vcard with the avatar and b.fn, div.comment-metadata with the date as a link holding time, then div.comment-content and ul.comment-links with 'Reply' and 'Edit'; replies in ol.children; the form 'Name' / 'Email' / 'Website' and 'Save my name, email, and website in this browser for the next time I comment.')",
        source="Kadence theme (kadence-wp/kadence: template-parts/content/entry_comments.php, the comment callback printing footer.comment-meta and ul.comment-links around the reply and edit links, the single entry's meta and the entry_author box; the Similar Posts block), written from the theme's public source and saved pages as widely known; details may differ by version",
        site="Ashby Lane Bulletin",
        title="Library to stay open on Sundays after volunteers step in",
        byline="Tamsin Okafor",
        date="2025-03-11",
        date_shown="March 11, 2025",
        article="""The branch library on Ashby Lane will keep its Sunday opening hours after twenty-two residents signed up as volunteers, the county council confirmed on Monday.

The council had planned to close the building on Sundays from April to save about forty thousand pounds a year. Volunteers will now staff the front desk and the children's corner, while one paid librarian remains on duty.

The arrangement will be reviewed in September. Anyone who wants to join the rota can leave their name at the desk or write to the Friends of Ashby Lane Library.""",
        comments=[
            C(
                "Gareth Ellison",
                "2025-03-11T09:48:00",
                "March 11, 2025 at 9:48 am",
                "Good news, but volunteers covering for paid staff is how services quietly disappear. I hope the September review is not the end of it.",
            ),
            C(
                "Hannah Boateng",
                "2025-03-11T11:02:00",
                "March 11, 2025 at 11:02 am",
                "I am one of the twenty-two. Nobody is replacing a librarian, we are keeping the doors open on the one day families can come.",
                parent=0,
            ),
            C(
                "Gareth Ellison",
                "2025-03-11T11:40:00",
                "March 11, 2025 at 11:40 am",
                "Fair point, and thank you for doing it. My worry is with the council, not with you.",
                parent=1,
            ),
            C(
                "Lorraine Pike",
                "2025-03-12T08:15:00",
                "March 12, 2025 at 8:15 am",
                "The Sunday story hour is the only thing my grandson asks for all week. Glad it stays.",
            ),
        ],
        related=["Bus route 14 to be cut back at weekends", "Allotment waiting list reaches two years"],
        recent=[
            ("Derek", "Bus route 14 to be cut back at weekends"),
            ("M. Singh", "Pothole repairs on Mill Road"),
        ],
    ),
    Page(
        name="trac-ticket-en",
        batch="heldout-27",
        render="trac",
        lang="en",
        system="A Trac ticket page of an open-source project (the ticket's description = article; its change history = comments: div#changelog of div.change blocks with ids 'comment:N'; each h3.change with a span.threading 'in reply to: ↑ 1' / 'follow-up: ↓ 3' links, the 'Changed 3 weeks ago by name' line where the relative time is a link titled with the absolute date, a cnum link 'comment:2'; ul.changes listing field changes ('Status changed from new to assigned'); div.comment.searchable with the text; a change with only field changes and no comment; the 'Modify Ticket' form and the ticket's property table; the 'Download in other formats' footer)",
        source="Trac's ticket view templates (trac/ticket/templates/ticket.html and ticket_change.html: div#ticket with h1#trac-ticket-title, table.properties, div.description 'Description' div.searchable; div#changelog, div.change#trac-change-N, h3.change with span.threading ('in reply to:' / 'follow-up:'), 'Changed … ago by …' with the pretty date a link titled with the date, div.trac-ticket-buttons, ul.changes, div.comment.searchable; the 'Modify Ticket' form), written from the public templates and saved Trac instances as widely known; class names may differ by version",
        site="Plinth Project Trac",
        title="#4127: Export to CSV drops the last row when the file has no trailing newline",
        byline="oskar.lindqvist",
        date="2025-01-20",
        date_shown="01/20/25 09:12:44",
        time="09:12",
        article="""When a table is exported to CSV and the source file does not end with a newline, the exported file is missing its last row. The row is present in the preview, so the problem is in the writer.

To reproduce: import a file whose last line has no newline, open it in the table view and choose Export as CSV. Compare the row counts.

I think the writer flushes only on a newline and forgets the final buffer. Tested on version 2.8.1 and on trunk.""",
        comments=[
            C(
                "marisol.tan",
                "2025-01-20T11:40:00",
                "01/20/25 11:40:02",
                "Confirmed on trunk with a three-line file. The preview shows three rows, the export two.",
            ),
            C(
                "oskar.lindqvist",
                "2025-01-21T08:05:00",
                "01/21/25 08:05:17",
                "Thanks. Does it also happen with the TSV exporter? It shares the buffer class.",
                parent=0,
            ),
            C(
                "marisol.tan",
                "2025-01-21T09:30:00",
                "01/21/25 09:30:51",
                "Yes, TSV loses the row too. I attached a patch that flushes the buffer in close() and a test with a file without a final newline.",
                parent=1,
            ),
            C(
                "jonas.berg",
                "2025-01-23T14:16:00",
                "01/23/25 14:16:09",
                "Patch looks good to me. Committed in r9312 with a small change to the test name. Thanks both.",
            ),
        ],
        related=[
            "#4119: Import wizard forgets the chosen encoding",
            "#4130: Column widths reset after sorting",
        ],
    ),
    Page(
        name="elementor-de",
        batch="heldout-27",
        render="elementor",
        lang="de",
        system="Ein deutsches Garten-Blog auf WordPress mit Hello Elementor und einem Elementor-Theme-Builder-Layout (the post built from elementor-widget blocks: theme-post-title, post-info with 'Von Name', the date and '4 Kommentare', theme-post-content, share-buttons, a 'Lesen Sie auch' posts widget inside the content; the Post Comments widget printing the theme's comments.php: section#comments.comments-area with h2.title-comments '4 Antworten'; ol.comment-list of li.comment with ids 'comment-N'; each an article#div-comment-N.comment-body: div.comment-author.vcard with the avatar, b.fn and span.says 'sagt:', div.comment-metadata with the date link '3. März 2025 um 10:21 Uhr', an awaiting-moderation note on one; div.comment-content; div.reply 'Antworten'; replies in ol.children; the form 'Name *' / 'E-Mail *' / 'Website' with the consent checkbox; a 'Neueste Kommentare' widget and a cookie banner)",
        source="Hello Elementor theme (elementor/hello-theme: comments.php with section#comments.comments-area, h2.title-comments, ol.comment-list and wp_list_comments in html5 style with WordPress core's Walker_Comment html5_comment: article#div-comment-N.comment-body, footer.comment-meta, div.comment-author.vcard, b.fn, span.says, div.comment-metadata, div.comment-content, div.reply) and Elementor Pro's theme-builder widget wrappers (div.elementor-element.elementor-widget-post-comments, div.elementor-widget-container, elementor-widget-theme-post-title / post-info / theme-post-content / share-buttons), with the German translation, written from the public source and saved pages as widely known",
        site="Beetfreunde",
        title="Hochbeet aus Lärchenholz: Was wir nach drei Jahren anders machen würden",
        byline="Jutta Brenninger",
        date="2025-03-02",
        date_shown="2. März 2025",
        article="""Vor drei Jahren haben wir unser erstes Hochbeet aus unbehandeltem Lärchenholz gebaut. Heute steht es noch, aber ein paar Entscheidungen von damals würden wir nicht wiederholen.

Die Folie an den Innenwänden war zu dünn und ist an zwei Stellen gerissen. Dort ist das Holz schon weich geworden. Beim nächsten Beet nehmen wir Noppenfolie, die mit Abstand zum Holz montiert wird.

Auch die Füllung war zu fein: Nach zwei Jahren ist die Erde um fast zwanzig Zentimeter abgesackt. Grober Strauchschnitt ganz unten hält das Beet länger locker.""",
        comments=[
            C(
                "Rainer Fuchs",
                "2025-03-03T10:21:00",
                "3. März 2025 um 10:21 Uhr",
                "Noppenfolie ist ein guter Tipp. Bei uns hat die Lärche ohne Folie nach vier Jahren aufgegeben.",
            ),
            C(
                "Jutta Brenninger",
                "2025-03-03T12:47:00",
                "3. März 2025 um 12:47 Uhr",
                "Vier Jahre ohne Folie ist gar nicht so schlecht. Aber mit Folie rechnen wir mit dem Doppelten.",
                parent=0,
            ),
            C(
                "Sabine K.",
                "2025-03-03T18:05:00",
                "3. März 2025 um 18:05 Uhr",
                "Wie hoch ist euer Beet? Ich überlege, ob achtzig Zentimeter für meine Mutter reichen, die nicht mehr gut bücken kann.",
            ),
            C(
                "Milan",
                "2025-03-04T07:30:00",
                "4. März 2025 um 7:30 Uhr",
                "Unseres ist neunzig Zentimeter hoch, für meine Schwiegermutter genau richtig. Darunter muss man sich doch noch etwas bücken.",
                parent=2,
            ),
        ],
        related=["Tomaten vorziehen auf der Fensterbank", "Kompost im Winter: lohnt sich das?"],
        recent=[
            ("Gerlinde", "Tomaten vorziehen auf der Fensterbank"),
            ("Uwe S.", "Schneckenzaun selber bauen"),
        ],
    ),
    Page(
        name="asgaros-forum-ru",
        batch="heldout-27",
        render="asgaros",
        lang="ru",
        system="A Russian fishing community's forum on WordPress with the Asgaros Forum plugin (forum: the first post = article, later posts = comments; div#af-wrapper with the breadcrumbs 'Форум » Снасти » …', h1.main-title, the pages line and 'Ответить'; every post a div.post-element with an id 'postid-N': div.post-author with the avatar, the name as a link, a role badge 'Модератор' / 'Участник', 'Сообщений: 312'; div.post-wrapper with div.post-meta holding the permalink '#2' and the date '03.03.2025 10:21' and the 'Цитировать' link; div.post-message with the text, a quote of an earlier post as blockquote with 'Цитата: Name от 03.03.2025 10:21'; div.post-footer with 'Нравится' counters; a signature under '———'; the editor 'Ответить' form; a 'Последние сообщения' widget)",
        source="Asgaros Forum (WordPress plugin: templates for the topic view, class names af-wrapper, main-title, post-element, post-author, post-wrapper, post-meta, post-message, post-footer, forum-post-menu, signature, and the quote format 'Quote from Name on date' in the Russian translation 'Цитата: … от …'), written from the plugin's public source and saved forums as widely known; details may differ by version",
        site="Клёвое место",
        title="Какой шнур ставить на фидер для реки с сильным течением?",
        byline="Сергей_Волга",
        date="2025-03-03",
        date_shown="03.03.2025 08:40",
        time="08:40",
        article="""Собираюсь летом на Оку, течение там местами очень сильное. Раньше ловил на монофил 0,25, но на дальнем забросе леску сносит огромной дугой.

Думаю перейти на плетёный шнур 0,12 с шок-лидером. Вопрос: не будет ли шнур слишком часто резаться о ракушку на дне?

Кто ловит на похожих реках, поделитесь, что ставите и какой длины шок-лидер.""",
        comments=[
            C(
                "Михалыч",
                "2025-03-03T10:21:00",
                "03.03.2025 10:21",
                "Шнур однозначно. Дуга станет в разы меньше, поклёвки будет видно сразу. Шок-лидер из флюорокарбона метров десять, тогда ракушка не страшна.",
                extra="Модератор",
            ),
            C(
                "Сергей_Волга",
                "2025-03-03T11:05:00",
                "03.03.2025 11:05",
                "Десять метров не много? Узел же будет проходить через кольца на каждом забросе.",
                parent=0,
                extra="Участник",
            ),
            C(
                "Михалыч",
                "2025-03-03T11:40:00",
                "03.03.2025 11:40",
                "Нормально, если вязать аккуратный узел типа «морковки». Через кольца проходит без проблем.",
                parent=1,
                extra="Модератор",
            ),
            C(
                "ДимаЛещ",
                "2025-03-04T09:12:00",
                "04.03.2025 09:12",
                "Ещё добавлю: кормушку на таком течении берите не меньше ста граммов, иначе её будет тащить по дну вместе с оснасткой.",
                extra="Участник",
            ),
        ],
        related=["Прикормка для леща весной", "Отчёт: Ока у Алексина, май"],
        recent=[("Карасёв", "Прикормка для леща весной"), ("Nikolay", "Ремонт катушки своими руками")],
    ),
    Page(
        name="contempo-es",
        batch="heldout-27",
        render="contempo",
        lang="es",
        system="A Spanish photography blog on Blogger with the Contempo theme (the post in div.post-outer-container with h3.post-title, div.post-header with the byline and the date as a permalink, div.post-body; comments in section.comments.threaded#comments with h3.title 'Comentarios'; div.comments-content with div.comment-thread.toplevel-thread holding ol#top-ra of li.comment with ids 'c123…'; each div.avatar-image-container and div.comment-block with div.comment-header: cite.user with the name as a link (the blog author's also with span.icon.user.blog-author), span.datetime.secondary-text with the date as a link '3 de marzo de 2025, 10:21'; p.comment-content; span.comment-actions.secondary-text with 'Responder' and 'Eliminar'; replies in div.comment-replies > div.comment-thread.inline-thread > ol; 'Cargar más...' and 'Publicar un comentario'; the 'Entradas populares' widget)",
        source="Blogger Contempo theme (the threaded comments includable 'threadedComments' and 'commentItem' in the theme XML: section.comments.threaded#comments, div.comments-content, div.comment-thread.toplevel-thread, ol#top-ra, li.comment#cN, div.avatar-image-container, div.comment-block, div.comment-header, cite.user, span.icon.user.blog-author, span.datetime.secondary-text, p.comment-content, span.comment-actions.secondary-text, div.comment-replies, div.comment-thread.inline-thread, div.continue 'Cargar más...') with Blogger's Spanish labels, written from saved Blogger pages as widely known",
        site="Luz de Tarde",
        title="Fotografiar la niebla en el valle: cinco cosas que aprendí este invierno",
        byline="Irene Castañeda",
        date="2025-03-02",
        date_shown="domingo, 2 de marzo de 2025",
        article="""Este invierno salí casi cada sábado de madrugada para fotografiar la niebla que cubre el valle del Jerte. No todas las salidas dieron fotos, pero todas me enseñaron algo.

La primera lección fue sobreexponer. La cámara interpreta la niebla como un gris medio y las fotos salen apagadas; con un paso más de exposición recuperan el blanco que veía el ojo.

La última, y la más importante: quedarse. La mejor luz llegó casi siempre veinte minutos después de que yo pensara que ya no pasaría nada.""",
        comments=[
            C(
                "Tomás Arrieta",
                "2025-03-03T10:21:00",
                "3 de marzo de 2025, 10:21",
                "Lo de quedarse veinte minutos más es verdad en todo tipo de paisaje. Preciosa la tercera foto del puente.",
            ),
            C(
                "Irene Castañeda",
                "2025-03-03T13:02:00",
                "3 de marzo de 2025, 13:02",
                "¡Gracias, Tomás! Esa la hice justo cuando ya estaba guardando el trípode.",
                parent=0,
                extra="blog-author",
            ),
            C(
                "Nuria Galindo",
                "2025-03-03T21:40:00",
                "3 de marzo de 2025, 21:40",
                "¿Usas algún filtro? Yo siempre tengo problemas con la humedad en el objetivo.",
            ),
            C(
                "Irene Castañeda",
                "2025-03-04T08:15:00",
                "4 de marzo de 2025, 8:15",
                "Ningún filtro, pero llevo un paño de microfibra y dejo la cámara fuera de la mochila diez minutos antes de empezar para que se aclimate.",
                parent=2,
                extra="blog-author",
            ),
        ],
        related=["Amanecer en Gredos con un 50 mm", "Mi bolsa de fotografía para senderismo"],
        recent=[("Pilar", "Amanecer en Gredos con un 50 mm"), ("Anónimo", "Revelado en blanco y negro")],
    ),
    Page(
        name="twentyseventeen-fr",
        batch="heldout-27",
        render="twentyseventeen",
        lang="fr",
        system="A French cycling-holiday blog on the Twenty Seventeen theme (the post in article.post with header.entry-header: span.posted-on 'Publié le' with the date link and span.byline 'par' the author; div.entry-content with a figure and its figcaption; footer.entry-footer with categories and tags; comments in div#comments.comments-area with h2.comments-title '5 réponses sur « … »'; ol.comment-list of li.comment with ids 'comment-N'; each an article#div-comment-N.comment-body with footer.comment-meta: div.comment-author.vcard with the avatar, b.fn and span.says 'dit :', div.comment-metadata with the date link '3 mars 2025 à 10 h 21 min'; div.comment-content; div.reply with 'Répondre' after an svg icon; replies in ol.children; a pingback; comment navigation 'Commentaires précédents'; the form 'Commentaire *' / 'Nom *' / 'Adresse e-mail *' / 'Site web'; a 'Commentaires récents' widget)",
        source="WordPress Twenty Seventeen theme (comments.php: div#comments.comments-area, h2.comments-title with the French plural 'réponses sur « %2$s »', ol.comment-list with wp_list_comments avatar_size 100 and the reply_text holding twentyseventeen_get_svg 'mail-reply' and 'Répondre', the_comments_pagination with 'Précédent' / 'Suivant'; template-tags.php twentyseventeen_posted_on 'Publié le' / 'par'; WordPress core's html5 comment markup with 'dit :'), written from the theme's public source as widely known",
        site="Roue Libre en Loire",
        title="Trois jours à vélo sur la Loire à Vélo, de Blois à Saumur",
        byline="Gaëlle Morvan",
        date="2025-03-02",
        date_shown="2 mars 2025",
        article="""Nous sommes partis de Blois un jeudi matin, avec deux sacoches chacun et une réservation pour les deux nuits. Le parcours suit presque toujours la levée, au bord du fleuve.

Le deuxième jour, entre Tours et Chinon, fut le plus beau : peu de voitures, des villages de tuffeau et un vent de dos pendant tout l'après-midi.

Nous avons parcouru 170 kilomètres en trois jours, sans effort excessif. Si c'était à refaire, nous ajouterions une journée pour visiter Fontevraud.""",
        comments=[
            C(
                "Hervé Laporte",
                "2025-03-03T10:21:00",
                "3 mars 2025 à 10 h 21 min",
                "Merci pour ce récit ! Est-ce que les hébergements acceptaient facilement les vélos ? Nous partons en mai.",
            ),
            C(
                "Gaëlle Morvan",
                "2025-03-03T12:40:00",
                "3 mars 2025 à 12 h 40 min",
                "Oui, tous les trois avaient un garage. Cherchez le label Accueil Vélo, c'est la garantie d'un abri fermé.",
                parent=0,
            ),
            C(
                "Lucie Anglade",
                "2025-03-03T17:55:00",
                "3 mars 2025 à 17 h 55 min",
                "Le tronçon Tours-Chinon est aussi notre préféré. Avez-vous pris le bac à Candes ?",
            ),
            C(
                "Gaëlle Morvan",
                "2025-03-03T19:08:00",
                "3 mars 2025 à 19 h 08 min",
                "Non, il ne fonctionnait pas encore en mars. Ce sera pour la prochaine fois !",
                parent=2,
            ),
            C(
                "Bastien R.",
                "2025-03-04T08:30:00",
                "4 mars 2025 à 8 h 30 min",
                "Très bon conseil pour Fontevraud, l'abbaye vaut vraiment la journée.",
            ),
        ],
        related=["Le canal de Nantes à Brest en tandem", "Quelles sacoches pour un premier voyage ?"],
        recent=[
            ("Manon", "Le canal de Nantes à Brest en tandem"),
            ("Pierre-Yves", "Réparer une crevaison sans démonter la roue"),
        ],
    ),
    Page(
        name="argon-zh",
        batch="heldout-27",
        render="argon",
        lang="zh",
        system="A Chinese personal blog on WordPress with the Argon theme (the post in article.post-full.card with the title, the meta line '发布于 2025-03-02 · 阅读 1,204 · 评论 4' and the body; comments in div#comments.card with the heading '评论' and a count; ol.comment-list of li.comment-item with ids 'comment-N' whose class names the depth; each div.comment-item-avatar and div.comment-item-inner with div.comment-item-title: div.comment-name with the name, a badge '博主' on the author's, span.comment-info with the time '2025-3-3 10:21' in a time element titled with the full date and an id link '#N'; div.comment-item-text; div.comment-operations with '回复' / '置顶'; replies in ul.children; the '发送评论' form with '昵称' / '邮箱' / '网站'; a '最新评论' widget)",
        source="Argon theme for WordPress (solstice23/argon-theme: the argon_comment_format callback in functions.php: li.comment-item, div.comment-item-avatar, div.comment-item-inner, div.comment-item-title, div.comment-name, the admin badge, div.comment-info with the time, div.comment-item-text, div.comment-operations; comments.php with div#comments.comments-area.card), written from the theme's public source as widely known; details may differ by version",
        site="山间小记",
        title="用树莓派搭建家庭备份服务器的一年",
        byline="林一舟",
        date="2025-03-02",
        date_shown="2025-03-02",
        article="""去年春天，我用一台旧的树莓派 4 和两块移动硬盘搭了一个家庭备份服务器，到现在正好一年。

系统用的是精简版的 Debian，每天夜里由 rsync 把三台电脑的照片和文档同步过去，再每周做一次快照。期间硬盘坏过一次，但因为有两块盘互为镜像，没有丢任何文件。

一年下来最大的体会是：备份不难，难的是定期检查备份能不能恢复。""",
        comments=[
            C(
                "青石",
                "2025-03-03T10:21:00",
                "2025-3-3 10:21",
                "说得太对了，我以前也是备份了三年，真要恢复时才发现脚本早就停了。",
            ),
            C(
                "林一舟",
                "2025-03-03T11:35:00",
                "2025-3-3 11:35",
                "所以我现在每个月随机挑一个文件恢复一次，顺便看看日志。",
                parent=0,
                extra="博主",
            ),
            C(
                "小满",
                "2025-03-03T20:12:00",
                "2025-3-3 20:12",
                "请问移动硬盘是直接插在树莓派上吗？供电够不够？",
            ),
            C(
                "林一舟",
                "2025-03-04T08:46:00",
                "2025-3-4 08:46",
                "中间接了一个带独立供电的 USB 集线器，直接插的话两块盘同时转起来会掉盘。",
                parent=2,
                extra="博主",
            ),
        ],
        related=["旧笔记本改造成家庭影音中心", "我的 Linux 桌面配置"],
        recent=[("阿木", "旧笔记本改造成家庭影音中心"), ("walker", "关于 NAS 选购的一些建议")],
    ),
]
