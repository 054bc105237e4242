"""Text of the dev batch (see page_texts.py)."""

from page_texts import PAGES, C, Page

PAGES += [
    Page(
        name="wp-twentytwentyone-en",
        batch="dev",
        render="wp2021",
        lang="en",
        system="WordPress, Twenty Twenty-One theme (core Walker_Comment html5 output)",
        source="WordPress core wp-includes/class-walker-comment.php (html5_comment) and Twenty Twenty-One comments.php; the Recent Comments widget (WP_Widget_Recent_Comments)",
        site="The Allotment Ledger",
        title="Why our tomatoes split this August",
        byline="Hannah Ruddock",
        date="2026-08-21",
        date_shown="August 21, 2026",
        article="""Every grower on the east side of the site had the same complaint this month: fruit that looked perfect on Tuesday had cracked open by Thursday. The culprit is not a disease. It is water, and more precisely the swing between too little and far too much.

July was the driest on record for our postcode. Most of us watered little and often, which keeps the surface damp while the roots go hunting deeper. Then came the storms of the ninth and tenth of August, dropping nearly fifty millimetres in two days. The plants drank greedily, the fruit swelled faster than its skin could stretch, and the skins split along the shoulders.

Varieties with thin skins, cherry types above all, suffered most. The old beefsteak plants near the shed barely noticed. Mulched beds fared better too, because a layer of straw evens out what the soil sees after a downpour.

What can be done next year? Water deeply twice a week rather than a splash every evening. Mulch early, before the heat arrives. Pick fruit just as it colours when heavy rain is forecast, and let it ripen on a windowsill. Split fruit is still good to eat, but use it the same day, because wasps and mould find it quickly.""",
        comments=[
            C(
                "Derek Onslow",
                "2026-08-21T19:02:00",
                "August 21, 2026 at 7:02 pm",
                "Lost about half my Sungolds to this. I had blamed the new compost, so it is a relief to read it was the weather.\n\nThe straw tip is a good one. I will try it on the lower beds next spring.",
            ),
            C(
                "Hannah Ruddock",
                "2026-08-21T20:15:00",
                "August 21, 2026 at 8:15 pm",
                "Glad it helped, Derek. The compost is probably fine; if the leaves look healthy I would not change it.",
                0,
            ),
            C(
                "Priya M.",
                "2026-08-22T07:48:00",
                "August 22, 2026 at 7:48 am",
                "Does picking early change the taste much? I always thought they needed the sun on the vine until the very end.",
                None,
            ),
            C(
                "Ged",
                "2026-08-22T09:30:00",
                "August 22, 2026 at 9:30 am",
                "Honestly I cannot tell the difference once they are in a salad. The windowsill ones go a bit softer, that is all.",
                2,
            ),
            C(
                "Priya M.",
                "2026-08-22T10:02:00",
                "August 22, 2026 at 10:02 am",
                "Fair enough, I will try a few both ways and compare.",
                3,
            ),
            C(
                "Alan Fairweather",
                "2026-08-23T16:40:00",
                "August 23, 2026 at 4:40 pm",
                "The beefsteaks by the shed are mine and they were watered exactly as badly as everyone else's. I think the thick skins simply saved them.",
            ),
        ],
        related=["Saving seed from open-pollinated beans", "The great slug census of 2025"],
        recent=[("Moira", "Composting in a small space"), ("Tom B", "When to lift garlic")],
    ),
    Page(
        name="wp-kubrick-de",
        batch="dev",
        render="kubrick",
        lang="de",
        system="WordPress, classic default theme Kubrick (comments.php: ol.commentlist, cite + 'sagt:')",
        source="WordPress 2.x wp-content/themes/default/comments.php (Kubrick)",
        site="Vorstadtnotizen",
        title="Die Buslinie 41 fährt wieder durch die Siedlung",
        byline="Jörg",
        date="2009-03-14",
        date_shown="14. März 2009",
        article="""Nach elf Monaten Umleitung ist es geschafft: Seit Montag hält die Linie 41 wieder an der Haltestelle Lindenweg, mitten in unserer Siedlung. Die Baustelle an der Brücke über den Mühlgraben ist fertig, und die Verkehrsbetriebe haben den alten Fahrplan fast unverändert wieder eingesetzt.

Für viele ältere Nachbarn war die Umleitung eine echte Belastung. Die Ersatzhaltestelle lag an der Hauptstraße, gut zehn Minuten zu Fuß und bergauf. Frau Keller aus Nummer zwölf hat mir erzählt, dass sie in dieser Zeit kaum noch in die Stadt gefahren ist und ihre Einkäufe von der Enkelin erledigen ließ.

Nicht alles ist wie früher. Der letzte Bus am Abend fährt jetzt schon um 22.40 Uhr statt um 23.10 Uhr, und am Sonntag gilt nur noch ein Stundentakt. Die Verkehrsbetriebe begründen das mit Personalmangel und versprechen, die Lage im Herbst neu zu bewerten.

Ich habe am Dienstag die Probe gemacht: Abfahrt 7.52 Uhr am Lindenweg, Ankunft am Bahnhof um 8.09 Uhr. Pünktlich auf die Minute. Der Fahrer meinte, die neue Brücke sei so glatt, dass man den Kaffee nicht mehr verschütte. Ob das so bleibt, werden wir sehen.""",
        comments=[
            C(
                "Ulrike",
                "2009-03-14T10:21:00",
                "14. März 2009 um 10:21",
                "Endlich! Meine Mutter wird sich freuen, sie hat jede Woche nach der Brücke gefragt.",
            ),
            C(
                "Thomas K.",
                "2009-03-14T12:05:00",
                "14. März 2009 um 12:05",
                "Dass der letzte Bus früher fährt, ist ärgerlich. Wer Spätschicht hat, steht jetzt wieder am Bahnhof und wartet auf ein Taxi.",
            ),
            C(
                "Jörg",
                "2009-03-14T12:40:00",
                "14. März 2009 um 12:40",
                "Stimmt, Thomas. Vielleicht lohnt sich eine gemeinsame Mail an die Verkehrsbetriebe, ich sammle gern Unterschriften.",
            ),
            C(
                "Frau Keller",
                "2009-03-15T09:13:00",
                "15. März 2009 um 09:13",
                "Ich bin gestern zum ersten Mal seit Monaten wieder allein in die Stadt gefahren. Danke für den schönen Bericht.",
            ),
            C(
                "M. Brandt",
                "2009-03-16T18:57:00",
                "16. März 2009 um 18:57",
                "Das mit dem Kaffee kann ich bestätigen. Die alte Brücke hat jedes Mal gescheppert.",
            ),
        ],
        related=["Der Bäcker am Markt schließt", "Sperrmüll: neue Termine"],
        recent=[("Karin", "Weihnachtsmarkt im Gemeindesaal"), ("Olaf", "Der Bäcker am Markt schließt")],
    ),
    Page(
        name="wpcom-likes-en",
        batch="dev",
        render="wpcom",
        lang="en",
        system="WordPress.com (Jetpack comment likes: 'Like' + 'Liked by N people' after every comment)",
        source="WordPress core Walker_Comment html5 output as themes on WordPress.com print it, with Jetpack's comment-likes markup (p.comment-likes, span.comment-like-feedback) and sharedaddy blocks",
        site="Slow Stitches",
        title="Mending a wool jumper with Swiss darning",
        byline="Elspeth Kerr",
        date="2025-11-02",
        date_shown="November 2, 2025",
        article="""Swiss darning, sometimes called duplicate stitch, is the gentlest way I know to mend a thin patch in a knitted jumper before it becomes a hole. Instead of weaving a new patch across the gap, you trace the path of the existing stitches with a fresh strand of yarn, so the repair moves and stretches like the rest of the fabric.

You need a blunt tapestry needle, yarn of a similar weight, and good light. Work from the back first and find a row of sound stitches below the worn area. Bring the needle up at the base of a stitch, pass it behind the two legs of the stitch above, and return to where you started. That is one stitch covered. Carry on along the row, then climb to the next.

On my husband's grey jumper the elbows had gone shiny and thin. I chose a mustard yarn on purpose, because a visible mend is part of the garment's story, and it took about an hour per elbow over two evenings.

The most common mistake is pulling too tight. Keep the new stitches the same size as the old ones and the mend will sit flat. Wash it gently once you are done and the new yarn will bloom into the old.""",
        comments=[
            C(
                "threadbare_tom",
                "2025-11-02T14:10:00",
                "November 2, 2025 at 2:10 pm",
                "The mustard on grey looks brilliant. I have always hidden my mends, maybe it is time to stop.",
                extra="Liked by 21 people",
            ),
            C(
                "Elspeth Kerr",
                "2025-11-02T15:32:00",
                "November 2, 2025 at 3:32 pm",
                "Go for it! People ask about the elbows all the time now.",
                0,
                extra="Liked by 4 people",
            ),
            C(
                "Marguerite",
                "2025-11-03T08:05:00",
                "November 3, 2025 at 8:05 am",
                "Can this work on a machine-knit jumper with very fine yarn, or is it only for hand knits?",
                extra="Liked by 2 people",
            ),
            C(
                "Elspeth Kerr",
                "2025-11-03T09:44:00",
                "November 3, 2025 at 9:44 am",
                "It works, but you will need a finer needle and a magnifier. Sock yarn split in two is a good match for most fine knits.",
                2,
                extra="Liked by 7 people",
            ),
            C(
                "Rosalind Achebe",
                "2025-11-04T21:17:00",
                "November 4, 2025 at 9:17 pm",
                "Bookmarked. My daughter's school cardigan has two thin cuffs already and it is only November.",
            ),
        ],
        related=["Patching jeans with sashiko", "A beginner's darning kit"],
        recent=[("Lou", "Patching jeans with sashiko"), ("Anwen", "A beginner's darning kit")],
    ),
    Page(
        name="wp-comments-list-es",
        batch="dev",
        render="wp_list_id",
        lang="es",
        system="WordPress theme with its own wp_list_comments callback (ol#comments-list by id, 'X dijo:' header)",
        source="WordPress wp_list_comments() with a theme callback, as in many Spanish themes' functions.php; list container named by id",
        site="Cocina de Temporada",
        title="Cómo conservar tomates en aceite sin equivocarse",
        byline="Lucía Ferrer",
        date="2025-09-10",
        date_shown="10 de septiembre de 2025",
        article="""Cada septiembre la huerta nos regala más tomates de los que podemos comer, y cada año alguien me pregunta cómo guardarlos para el invierno sin correr riesgos. La conserva en aceite es deliciosa, pero exige respetar algunas reglas que no son negociables.

Lo primero es secar bien el tomate. Yo los parto por la mitad, los salo ligeramente y los dejo en el horno a ochenta grados durante unas seis horas, con la puerta entreabierta. Deben quedar flexibles pero sin jugo, porque el agua es la que permite que crezcan bacterias dentro del frasco.

Después viene la acidez. Antes de meterlos en el aceite, paso los tomates por una mezcla de vinagre de vino y agua a partes iguales, los escurro y los seco otra vez con un paño limpio. Este paso baja el pH y es la principal protección frente al botulismo.

Los frascos deben estar esterilizados y el aceite tiene que cubrir el tomate por completo. Ajo y albahaca aportan aroma, pero si se añaden frescos conviene guardar la conserva en la nevera y consumirla en un mes. Si se quiere guardar en la despensa, mejor usar hierbas secas.

Con estas precauciones, un frasco abierto en enero sabe a verano.""",
        comments=[
            C(
                "Ramón",
                "2025-09-10T18:20:00",
                "10 septiembre, 2025 a las 18:20",
                "Yo siempre los he hecho sin el paso del vinagre y nunca ha pasado nada, pero después de leer esto lo añadiré.",
            ),
            C(
                "Lucía Ferrer",
                "2025-09-10T19:05:00",
                "10 septiembre, 2025 a las 19:05",
                "Más vale prevenir, Ramón. El vinagre apenas se nota en el sabor final.",
                0,
            ),
            C(
                "Ramón",
                "2025-09-10T19:40:00",
                "10 septiembre, 2025 a las 19:40",
                "Tienes razón. Este fin de semana pruebo tu receta con los de pera.",
                1,
            ),
            C(
                "Maite Olaizola",
                "2025-09-11T08:12:00",
                "11 septiembre, 2025 a las 08:12",
                "¿Sirve el deshidratador eléctrico en lugar del horno? Gasta bastante menos.",
            ),
            C(
                "Lucía Ferrer",
                "2025-09-11T09:30:00",
                "11 septiembre, 2025 a las 09:30",
                "Sí, funciona perfectamente. Tardará algo más, calcula unas diez horas a sesenta grados.",
                3,
            ),
            C(
                "Paco de Albacete",
                "2025-09-12T22:48:00",
                "12 septiembre, 2025 a las 22:48",
                "Mi abuela añadía una hoja de laurel a cada frasco. No sé si ayuda a conservar, pero el olor es increíble.",
            ),
        ],
        related=["Mermelada de higos con poco azúcar", "Pimientos asados para todo el año"],
        recent=[("Nuria", "Mermelada de higos con poco azúcar"), ("Javi", "Pan de masa madre en casa")],
    ),
    Page(
        name="drupal7-bartik-en",
        batch="dev",
        render="drupal7",
        lang="en",
        system="Drupal 7, Bartik theme (comment-wrapper.tpl.php, comment.tpl.php; replies in div.indented beside the parent)",
        source="Drupal 7 themes/bartik/templates/comment.tpl.php and comment-wrapper.tpl.php; modules/comment (div.indented threading)",
        site="Harbour Town Civic Society",
        title="Plans for the old fish market go on show",
        byline="civicsoc",
        date="2013-05-07",
        date_shown="Tue, 05/07/2013 - 09:30",
        article="""The long-awaited plans for the old fish market on Quay Street are on display in the library until the end of the month, and members of the society are encouraged to take a look before the consultation closes on the thirty-first.

The developer proposes to keep the Victorian iron frame and the glazed roof, which the society has argued for since the market closed in 2009. Inside, the ground floor would become a covered hall for small food stalls, with a brewery and a seating area at the northern end. Eighteen flats would be built in a new block behind the market, where the ice house used to stand.

There is much to welcome here. The frame is listed, but a listing alone does not pay for repairs, and the roof has leaked badly for years. A use that brings people in every day is the best protection the building could have.

Our concerns are about the new block. At six storeys it would be taller than anything else on the quay and would block the view of the harbour from Chapel Hill. We also want to see how deliveries to the hall would work without lorries reversing along the narrow street.

The committee will draft the society's response at the meeting on the twentieth. Please send your views to the secretary before then.""",
        comments=[
            C(
                "Margaret Pell",
                "2013-05-07T11:02:00",
                "Tue, 05/07/2013 - 11:02",
                "I went in yesterday. The drawings of the hall are lovely but the flats look like they belong on a business park.",
                extra="Lovely hall, ugly flats",
            ),
            C(
                "J. Trevaskis",
                "2013-05-07T12:44:00",
                "Tue, 05/07/2013 - 12:44",
                "Agreed. Four storeys with a pitched roof would sit much better against the chapel.",
                0,
                extra="Four storeys would do",
            ),
            C(
                "civicsoc",
                "2013-05-07T13:15:00",
                "Tue, 05/07/2013 - 13:15",
                "Thank you both. Height will be the first item in our response.",
                1,
                extra="Height first",
            ),
            C(
                "Bob Nance",
                "2013-05-07T18:30:00",
                "Tue, 05/07/2013 - 18:30",
                "Has anyone asked where the fishermen will land their catch now? The quay is still a working harbour.",
                extra="What about the boats?",
            ),
            C(
                "Sue at No. 4",
                "2013-05-08T08:10:00",
                "Wed, 05/08/2013 - 08:10",
                "The boats have used the new pontoon since 2011, Bob. The market has not handled fish for years.",
                3,
                extra="The pontoon",
            ),
            C(
                "Ellie Rowe",
                "2013-05-08T20:05:00",
                "Wed, 05/08/2013 - 20:05",
                "A brewery at the end of my street. I am not sure how I feel about that, but it beats a leaking shed.",
                extra="Mixed feelings",
            ),
        ],
        related=["Lighthouse open day raises record sum", "Blue plaque for the lifeboat coxswain"],
        recent=[
            ("Ann", "Lighthouse open day raises record sum"),
            ("Pete", "Blue plaque for the lifeboat coxswain"),
        ],
    ),
    Page(
        name="blogger-threaded-es",
        batch="dev",
        render="blogger_threaded",
        lang="es",
        system="Blogger, threaded comments (div.comment-thread, cite.user, span.datetime, p.comment-content, div.comment-replies)",
        source="Blogger layouts template: the Blog1 widget's threaded comments (includable 'threadedComments'), as in a saved Blogger page",
        site="Diario de una bióloga",
        title="Las salamandras vuelven al arroyo de Valdemoro",
        byline="Elena Pastor",
        date="2024-03-18",
        date_shown="lunes, 18 de marzo de 2024",
        article="""Por tercer año consecutivo he pasado las noches lluviosas de marzo recorriendo el arroyo de Valdemoro con una linterna frontal y una libreta. Y por fin puedo dar una buena noticia: las salamandras comunes han vuelto a criar en las pozas del tramo medio.

En 2022 conté solo cuatro hembras adultas y ninguna larva. Aquel verano el arroyo se secó por completo en julio, y temí que la población local hubiera desaparecido. Este año, en cambio, he encontrado once hembras y, lo más importante, decenas de larvas con sus característicos penachos de branquias en tres pozas distintas.

¿Qué ha cambiado? En parte, la lluvia. El invierno ha sido generoso y el caudal se mantiene. Pero también ha ayudado la retirada de la vieja presa de piedra que desviaba agua hacia una finca abandonada, un trabajo que hicieron los voluntarios de la asociación en otoño.

Queda mucho por hacer. Los perros que bañan sus dueños en las pozas remueven el fondo, y las truchas introducidas se comen las larvas. Este sábado colocaremos carteles explicativos junto al sendero.

Si paseáis por la zona, por favor, no levantéis piedras ni toquéis a los animales: su piel es muy sensible.""",
        comments=[
            C(
                "Andrés",
                "2024-03-18T21:14:00",
                "18 de marzo de 2024, 21:14",
                "¡Qué alegría! Yo vi una cruzando el camino la semana pasada y no sabía si era algo normal.",
                extra2="1710792840000",
            ),
            C(
                "Elena Pastor",
                "2024-03-18T22:01:00",
                "18 de marzo de 2024, 22:01",
                "Totalmente normal en noches de lluvia, Andrés. Gracias por no molestarla.",
                0,
                extra="blog-author",
                extra2="1710795660000",
            ),
            C(
                "Marisa G.",
                "2024-03-19T09:37:00",
                "19 de marzo de 2024, 9:37",
                "¿Podemos apuntarnos a colocar los carteles el sábado? Tengo dos hijos que estarán encantados.",
                extra2="1710837420000",
            ),
            C(
                "Elena Pastor",
                "2024-03-19T10:05:00",
                "19 de marzo de 2024, 10:05",
                "Claro que sí. Quedamos a las diez en el puente de madera, traed botas.",
                2,
                extra="blog-author",
                extra2="1710839100000",
            ),
            C(
                "Marisa G.",
                "2024-03-19T10:22:00",
                "19 de marzo de 2024, 10:22",
                "Perfecto, allí estaremos.",
                2,
                extra2="1710840120000",
            ),
            C(
                "Joaquín R.",
                "2024-03-20T17:48:00",
                "20 de marzo de 2024, 17:48",
                "Lo de las truchas habría que planteárselo a la federación de pesca. Sin ellas las pozas serían un refugio perfecto.",
                extra2="1710953280000",
            ),
        ],
        related=["El mirlo acuático del molino", "Contar ranas de noche"],
    ),
    Page(
        name="disqus-embed-en",
        batch="dev",
        render="disqus",
        lang="en",
        system="Disqus embed as a browser saves it (ul#post-list, author + '•' + time-ago on one line, vote counts, 'Share ›')",
        source="Disqus embed markup (#disqus_thread, #posts, li.post, .post-byline, a.time-ago[title], .post-message) as kept in saved pages",
        site="Midlands Rail Watch",
        title="Night trains to Scotland: the timetable nobody asked for",
        byline="Colin Marsh",
        date="2026-02-11",
        date_shown="11 February 2026",
        article="""The new sleeper timetable published on Monday confirms what regular passengers feared. From May, the northbound service will leave Birmingham at 23:58 instead of 22:40, and will no longer call at Crewe.

The operator says the later departure lets the train connect with the last services from London and the south-west, and that Crewe saw fewer than ten boardings a night. Both claims are true as far as they go. But the timetable was never only about the numbers on the platform.

A departure just before midnight means passengers board after the station shops and waiting rooms have shut. Families with small children, who made up a good share of the summer bookings, will find that far harder. Arrival in Glasgow moves to 07:42, which sounds civilised until you learn that the train will sit outside the city for almost an hour to make it happen.

Crewe is a harder case. Ten boardings a night is not many, but several of those passengers changed there from North Wales, and they now face a taxi to Birmingham or a very early start.

The consultation closes on the sixth of March. If you use the sleeper, now is the moment to say so, politely and with details of your own journeys.""",
        comments=[
            C(
                "MA Sullivan",
                "2026-02-11T09:14:00",
                "2 weeks ago",
                "Boarding at midnight with two kids under five is simply not going to happen. We will drive next summer, which is a shame.",
                extra="Wednesday, February 11, 2026 9:14 AM",
            ),
            C(
                "Colin Marsh",
                "2026-02-11T10:02:00",
                "2 weeks ago",
                "Please put exactly that in the consultation. Family bookings are the argument they will listen to.",
                0,
                extra="Wednesday, February 11, 2026 10:02 AM",
            ),
            C(
                "northern_lad",
                "2026-02-11T11:30:00",
                "2 weeks ago",
                "The hour outside Glasgow is the real scandal. Let people sleep in the station instead of a siding.",
                extra="Wednesday, February 11, 2026 11:30 AM",
            ),
            C(
                "Gwen from Rhyl",
                "2026-02-12T07:55:00",
                "2 weeks ago",
                "I am one of the Crewe changers. Taxi to Birmingham is sixty pounds at that hour.\n\nI will write in, but I suspect the decision has already been made.",
                extra="Thursday, February 12, 2026 7:55 AM",
            ),
            C(
                "northern_lad",
                "2026-02-12T08:40:00",
                "2 weeks ago",
                "Worth trying anyway, Gwen. They reversed the Carlisle cut in 2019 after enough letters.",
                3,
                extra="Thursday, February 12, 2026 8:40 AM",
            ),
            C(
                "Pete Ward",
                "2026-02-13T19:21:00",
                "13 days ago",
                "Slightly off topic, but does anyone know whether the new carriages still have the lounge car?",
                extra="Friday, February 13, 2026 7:21 PM",
            ),
        ],
        related=["Reopening the Ivanhoe line: where next?", "Why your off-peak ticket got dearer"],
    ),
    Page(
        name="discourse-crawler-en",
        batch="dev",
        render="discourse",
        lang="en",
        system="Discourse topic, crawler view (first post = article, later posts = comments; schema.org DiscussionForumPosting / Comment microdata)",
        source="Discourse app/views/topics/show.html.erb (the crawler view: div.topic-body.crawler-post, div.crawler-post-meta, div.post[itemprop=text])",
        site="Off-Grid Makers Forum",
        title="Battery bank sizing for a small cabin: am I overthinking it?",
        byline="fenwick",
        date="2025-06-03",
        date_shown="June 3, 2025,  8:00am",
        article="""I am planning the electrics for a one-room cabin we use most weekends from April to October. The loads are modest: LED lighting, a 12 volt fridge, a water pump, charging phones and a laptop, and occasionally a small fan.

By my sums the daily use is about 900 watt hours, with the fridge taking well over half. I have 800 watts of panels on the roof already and a 40 amp MPPT controller. The question is the battery. Every calculator I try gives a different answer, from 100 amp hours to 400.

My thinking so far: lithium iron phosphate, 12 volts, and enough to ride out two grey days without the generator. That suggests roughly 200 amp hours, since I can use most of the capacity without shortening the life of the cells.

Is 12 volts a mistake at this size? Should I plan for winter use I do not currently have? And is two days of autonomy sensible, or is that the kind of margin people add and never use? I would rather spend the money once and get it right than buy twice.""",
        comments=[
            C(
                "voltagedrop",
                "2025-06-03T09:12:00",
                "June 3, 2025,  9:12am",
                "Your numbers look sane. 200 Ah of LiFePO4 at 12 V gives you about 2.4 kWh usable, which is more than two days at 900 Wh.\n\n12 V is fine at this size; cable runs are the thing to watch.",
            ),
            C(
                "marisol_k",
                "2025-06-03T10:40:00",
                "June 3, 2025, 10:40am",
                "Do not size for winter you do not have. If you start using the cabin in December you will want more panels before more battery anyway.",
            ),
            C(
                "fenwick",
                "2025-06-03T11:05:00",
                "June 3, 2025, 11:05am",
                "That is a good point about panels versus battery. The roof has room for two more, so I will leave space in the wiring.",
            ),
            C(
                "oldsparky",
                "2025-06-04T07:22:00",
                "June 4, 2025,  7:22am",
                "Measure the fridge before you buy anything. Mine was rated at 600 Wh a day and actually used 380 once it was in the shade.",
            ),
            C(
                "voltagedrop",
                "2025-06-04T08:01:00",
                "June 4, 2025,  8:01am",
                "Seconding oldsparky. A cheap inline meter for a week will tell you more than any calculator.",
            ),
        ],
        related=["Choosing a DC-DC charger for a van", "Grounding a small off-grid system"],
    ),
    Page(
        name="phpbb-prosilver-de",
        batch="dev",
        render="phpbb",
        lang="de",
        system="phpBB 3.3, prosilver style (viewtopic_body.html: first post = article, later posts = comments; signatures)",
        source="phpBB styles/prosilver/template/viewtopic_body.html (div.post, dl.postprofile, div.postbody, p.author, div.content, div.signature)",
        site="Radlerforum Mitte",
        title="Nabendynamo brummt seit dem Winter",
        byline="Speichenspanner",
        date="2024-04-09",
        date_shown="Di 9. Apr 2024, 19:22",
        time="19:22",
        article="""Hallo zusammen,

mein Trekkingrad hat einen Nabendynamo, der seit etwa acht Jahren ohne Probleme läuft. Seit dem Winter brummt er aber deutlich hörbar, sobald das Licht eingeschaltet ist, und zwar vor allem zwischen fünfzehn und fünfundzwanzig Stundenkilometern. Mit ausgeschaltetem Licht ist er fast still.

Ich habe schon das Vorderrad ausgebaut und die Achse auf Spiel geprüft. Da wackelt nichts, und das Rad dreht sich ohne Last auch ruhig. Die Kabel zum Scheinwerfer habe ich erneuert, weil die alten an einer Stelle angescheuert waren. Am Brummen hat das nichts geändert.

Das Rad stand im Winter draußen unter einem Vordach und ist auch bei Salz gefahren worden. Kann Feuchtigkeit in die Nabe gekommen sein? Oder ist das Brummen bei Last einfach normal und mir früher nur nicht aufgefallen? Eine neue Nabe mit Einspeichen würde mich um die zweihundert Euro kosten, das möchte ich gern vermeiden, wenn es eine einfachere Lösung gibt.

Danke schon mal für eure Ideen!""",
        comments=[
            C(
                "Kettenblatt",
                "2024-04-09T19:48:00",
                "Di 9. Apr 2024, 20:48",
                "Ein leichtes Brummen unter Last ist bei vielen Nabendynamos normal, das ist der Magnet.\n\nWenn es aber neu ist, würde ich auf die Lager tippen. Salz und Winter sind Gift dafür.",
                extra="Gruß aus Kassel",
            ),
            C(
                "Speichenspanner",
                "2024-04-09T20:15:00",
                "Di 9. Apr 2024, 21:15",
                "Die Lager fühlen sich ohne Last aber einwandfrei an. Kann man das überhaupt von außen beurteilen?",
            ),
            C(
                "Nabenflüsterer",
                "2024-04-10T07:31:00",
                "Mi 10. Apr 2024, 08:31",
                "Nur bedingt. Unter Last drückt der Magnet die Lager anders als beim Drehen mit der Hand.\n\nDer Hersteller tauscht die Lager übrigens für etwa vierzig Euro, das ist deutlich günstiger als eine neue Nabe.",
                extra="Wer bremst, verliert. Wer nicht bremst, auch.",
            ),
            C(
                "Speichenspanner",
                "2024-04-10T18:02:00",
                "Mi 10. Apr 2024, 19:02",
                "Das ist ein guter Tipp, danke. Dann schicke ich sie ein.",
            ),
            C(
                "Dynamo-Didi",
                "2024-04-12T12:44:00",
                "Fr 12. Apr 2024, 13:44",
                "Kleiner Nachtrag: Bei mir war es einmal der Scheinwerfer selbst, der mitgesummt hat. Halte mal die Hand drauf, bevor du die Nabe einschickst.",
            ),
        ],
    ),
    Page(
        name="habr-ru",
        batch="dev",
        render="habr",
        lang="ru",
        system="Habr (tm-article-body; section.tm-comment-thread with tm-comment-thread__children)",
        source="Habr article and comment markup (tm-comment, tm-user-info__username, tm-comment__body-content, tm-votes-meter) as in saved habr.com pages",
        site="Хабр",
        title="Почему дешёвые SSD замедляются после заполнения наполовину",
        byline="nikolai_ostapov",
        date="2025-10-14",
        date_shown="14 окт 2025 в 11:00",
        article="""Многие замечали странную вещь: новый недорогой SSD в тестах показывает скорость записи под два гигабайта в секунду, а через полгода копирование большого архива еле ползёт на ста мегабайтах. Диск не сломался. Он просто работает так, как задуман.

Большинство бюджетных накопителей используют память QLC, где в каждой ячейке хранится четыре бита. Записывать в такую ячейку медленно. Чтобы скрыть это, контроллер выделяет часть свободного места под SLC-кеш: туда данные пишутся по одному биту на ячейку, быстро, а потом в фоне переносятся в основную память.

Размер этого кеша динамический и зависит от свободного места. На пустом диске кеш может занимать сотни гигабайт, и любой тест будет летать. Когда диск заполнен наполовину, кеш сжимается до нескольких десятков гигабайт. Запись большого файла быстро его переполняет, и дальше вы видите настоящую скорость QLC.

Что с этим делать? Во-первых, не судить о диске по тестам на пустом накопителе. Во-вторых, оставлять свободными хотя бы двадцать–тридцать процентов объёма. И в-третьих, для рабочих задач с большими объёмами записи выбирать диски на TLC с DRAM-буфером, даже если они немного дороже.""",
        comments=[
            C(
                "dmitry_kv",
                "2025-10-14T12:20:00",
                "14 окт в 12:20",
                "Хорошо объяснено. Я как раз купил такой диск под игры и удивлялся, почему установка обновлений иногда идёт медленнее, чем на старом HDD.",
            ),
            C(
                "nikolai_ostapov",
                "2025-10-14T12:41:00",
                "14 окт в 12:41",
                "Для игр это обычно не страшно: чтение у QLC нормальное. Страдает только длинная запись.",
                0,
            ),
            C(
                "dmitry_kv",
                "2025-10-14T13:05:00",
                "14 окт в 13:05",
                "Понял, спасибо. Тогда просто буду держать побольше свободного места.",
                1,
            ),
            C(
                "AlexeyZ",
                "2025-10-14T15:33:00",
                "14 окт в 15:33",
                "Стоит добавить, что у некоторых моделей без DRAM-буфера проседает ещё и случайное чтение при заполнении. Это уже про таблицу трансляции адресов, а не про кеш.",
            ),
            C(
                "m_serova",
                "2025-10-15T09:02:00",
                "15 окт в 09:02",
                "А TRIM как-то влияет на размер кеша? У меня на Linux он по умолчанию был выключен.",
                3,
            ),
            C(
                "AlexeyZ",
                "2025-10-15T10:10:00",
                "15 окт в 10:10",
                "Влияет, и сильно. Без TRIM контроллер не знает, какие блоки свободны, и кеш получается меньше. Включите fstrim.timer.",
                4,
            ),
        ],
        related=["Как мы перестали бояться ZFS", "Разбираем контроллер NVMe-диска"],
        recent=[("", "Почему 3D-принтер печатает слоями"), ("", "История одного бэкапа")],
    ),
    Page(
        name="typecho-zh",
        batch="dev",
        render="typecho",
        lang="zh",
        system="Typecho, default theme (comments.php with threadedComments: ol.comment-list of li.comment-body, div.comment-children)",
        source="Typecho usr/themes/default/comments.php and Widget_Comments_Archive::threadedComments output",
        site="折腾笔记",
        title="用旧笔记本搭建家庭NAS的一点经验",
        byline="阿杰",
        date="2025-05-20",
        date_shown="2025年5月20日",
        time="21:30",
        article="""家里有一台十年前的笔记本，电池已经鼓包，屏幕也有坏点，一直放在柜子里吃灰。上个月我把它拆出来，换掉电池，装上Debian，做成了一台小小的家庭NAS，用了一个月，感觉比想象中好用。

硬件方面，我把原来的机械硬盘换成了一块固态硬盘做系统盘，又通过USB 3.0接了一个两盘位的硬盘盒，放两块四TB的硬盘做镜像。笔记本自带电池，相当于有了一个免费的UPS，停电时也能安全关机。

软件方面没有用复杂的系统，只装了Samba做文件共享，用Syncthing同步手机照片，再加一个每天凌晨运行的备份脚本，把重要的文件夹推送到另一块移动硬盘上。整机待机功耗大约十二瓦，一个月电费不到五块钱。

当然也有缺点。USB硬盘盒偶尔会在休眠后掉盘，我在系统里关掉了硬盘休眠才解决。另外笔记本的散热一般，夏天最好放在通风的地方。

如果你手里也有闲置的旧电脑，不妨试一试，比买一台成品NAS便宜得多。""",
        comments=[
            C(
                "小林",
                "2025-05-20T22:05:00",
                "2025年5月20日",
                "电池当UPS这个思路太好了！不过鼓包的电池一定要换，别舍不得。",
            ),
            C(
                "阿杰",
                "2025-05-20T22:31:00",
                "2025年5月20日",
                "是的，鼓包那块已经拿去回收了，现在用的是新买的副厂电池。",
                0,
                extra="author",
            ),
            C(
                "wangfei",
                "2025-05-21T09:14:00",
                "2025年5月21日",
                "请问硬盘盒掉盘的问题，除了关休眠还有别的办法吗？我的盒子也有这个毛病。",
            ),
            C(
                "阿杰",
                "2025-05-21T12:40:00",
                "2025年5月21日",
                "可以试试换一根短一点的USB线，或者给硬盘盒单独供电，我这边关休眠之后就再没出过问题。",
                2,
                extra="author",
            ),
            C("wangfei", "2025-05-21T13:02:00", "2025年5月21日", "好的，我先换根线试试，谢谢！", 3),
            C(
                "老周",
                "2025-05-23T20:48:00",
                "2025年5月23日",
                "十二瓦的待机功耗确实很低，我那台成品NAS要二十多瓦。",
            ),
        ],
        related=["给路由器刷OpenWrt的踩坑记录", "树莓派做下载机一年后的感受"],
        recent=[("小林", "树莓派做下载机一年后的感受"), ("Echo", "给路由器刷OpenWrt的踩坑记录")],
    ),
    Page(
        name="hackernews-en",
        batch="dev",
        render="hn",
        lang="en",
        system="Hacker News item page (Ask HN text = article; flat table rows, depth only in td.ind[indent])",
        source="Hacker News item page markup (table.comment-tree, tr.athing.comtr, td.ind indent, span.comhead a.hnuser, div.commtext)",
        site="Hacker News",
        title="Ask HN: How do you keep a small team's on-call humane?",
        byline="quietpager",
        date="2025-12-01",
        date_shown="on Dec 1, 2025",
        article="""We are five engineers running a payments API for a few hundred business customers. Until now on-call has been informal: whoever notices the alert fixes it. That worked when we had ten customers. It does not work now, and two people are clearly burning out because they always notice first.

We are about to introduce a proper rota, one week each, with a pager and a small payment for the week. What I am worried about is the rest of it. How do you stop low-value alerts from waking people up? Do you give the on-call person a lighter load of project work that week, or none at all? How do you handle holidays and illness without the same two people covering every gap?

I would especially like to hear from teams of fewer than ten people. Most of the advice I can find assumes a follow-the-sun setup across three continents, which we will never have. What has actually worked for you, and what did you try that failed?""",
        comments=[
            C(
                "tmorrow",
                "2025-12-01T14:22:00",
                "3 hours ago",
                "Rule one: every page must be actionable. If the person woken up cannot do anything about it, it becomes a ticket for the morning, not a page.\n\nWe review every page at the weekly meeting and delete or downgrade at least one alert each time.",
            ),
            C(
                "quietpager",
                "2025-12-01T14:40:00",
                "3 hours ago",
                "The weekly review is a great idea. Who owns it, the person coming off the rota?",
                0,
            ),
            C(
                "tmorrow",
                "2025-12-01T14:51:00",
                "3 hours ago",
                "Yes, the outgoing person runs it while the week is still fresh in their memory.",
                1,
            ),
            C(
                "lena_sre",
                "2025-12-01T15:05:00",
                "3 hours ago",
                "No project work during on-call week. None. Whoever is on call picks up the small annoying tickets nobody else wants, which is useful and easy to drop when something breaks.",
            ),
            C(
                "bkowalski",
                "2025-12-01T15:30:00",
                "2 hours ago",
                "We tried that and it turned on-call into the week everyone hated. A half load worked better for us. It depends a lot on how noisy your system is.",
                3,
            ),
            C(
                "dfarr",
                "2025-12-01T16:12:00",
                "1 hour ago",
                "Pay people for each night they were actually woken, not just for holding the pager. It makes the cost of bad alerts visible to management very quickly.",
            ),
            C(
                "quietpager",
                "2025-12-01T16:30:00",
                "1 hour ago",
                "That is a clever incentive. I will bring it to the next planning meeting.",
                5,
            ),
        ],
    ),
    Page(
        name="isso-fr",
        batch="dev",
        render="isso",
        lang="fr",
        system="Isso (self-hosted comments) rendered by embed.js and saved (section#isso-thread, div.isso-comment, div.isso-follow-up)",
        source="Isso isso/js/app/templates (comment.js: isso-comment, isso-comment-header, isso-author, isso-text, isso-follow-up)",
        site="Carnet de route",
        title="Traverser le Vercors à vélo en trois jours",
        byline="Mathilde Roux",
        date="2025-07-08",
        date_shown="8 juillet 2025",
        article="""Le Vercors a la réputation d'être réservé aux grimpeurs aguerris. C'est en partie vrai : on n'entre pas sur le plateau sans passer par une route taillée dans la falaise. Mais avec des étapes raisonnables et un vélo bien chargé, la traversée est à la portée de toute personne qui roule régulièrement.

Nous sommes partis de Grenoble un jeudi matin, direction Villard-de-Lans par les gorges d'Engins. La montée est longue mais régulière, et l'ombre des falaises rend la chaleur supportable. Première nuit au camping municipal, où les douches étaient chaudes et le boulanger ouvre à six heures.

Le deuxième jour est le plus beau. On traverse les hauts plateaux par La Chapelle-en-Vercors, puis on descend vers la Drôme par le col du Rousset et son tunnel. À la sortie, la vue sur la vallée récompense chaque coup de pédale de la veille.

La dernière étape, jusqu'à Die, est presque entièrement en descente. Attention toutefois aux lacets du Rousset, où les voitures doublent sans beaucoup de marge.

Côté matériel, un braquet de montagne et des freins en bon état sont indispensables. Prévoyez aussi de l'eau : entre deux villages, les fontaines sont rares.""",
        comments=[
            C(
                "Bastien",
                "2025-07-08T19:40:00",
                "il y a 2 semaines",
                "Superbe récit ! Nous l'avons fait dans l'autre sens l'an dernier et la montée du Rousset depuis Die est beaucoup plus dure.",
                extra="8 juillet 2025 à 19:40",
            ),
            C(
                "Mathilde Roux",
                "2025-07-08T21:05:00",
                "il y a 2 semaines",
                "Je veux bien te croire. On a croisé des cyclistes qui montaient et ils n'avaient pas l'air de s'amuser.",
                0,
                extra="8 juillet 2025 à 21:05",
            ),
            C(
                "Claire D.",
                "2025-07-09T08:17:00",
                "il y a 2 semaines",
                "Le tunnel est-il éclairé ? J'ai toujours un peu peur des tunnels à vélo.",
                extra="9 juillet 2025 à 08:17",
            ),
            C(
                "Mathilde Roux",
                "2025-07-09T09:02:00",
                "il y a 2 semaines",
                "Il est éclairé mais sombre au milieu. Mettez une lumière arrière, même en plein jour.",
                2,
                extra="9 juillet 2025 à 09:02",
            ),
            C(
                "Anonyme",
                "2025-07-10T14:29:00",
                "il y a 13 jours",
                "Merci pour l'astuce du boulanger de Villard, on y passe le mois prochain.",
                extra="10 juillet 2025 à 14:29",
            ),
        ],
        related=["La Loire à vélo avec des enfants", "Réparer une crevaison sans démonter la roue"],
    ),
    Page(
        name="facebook-plugin-en",
        batch="dev",
        render="facebook",
        lang="en",
        system="Facebook comments plugin, its iframe content saved inline (UFI class names, 'Like · Reply · 2w' under each comment)",
        source="Facebook Comments Plugin markup as saved from a news page (div.fb-comments, UFICommentActorName, span._5mdd, abbr.livetimestamp)",
        site="Lakeside Gazette",
        title="Council approves skate park for Jubilee Fields",
        byline="Staff reporter",
        date="2026-03-26",
        date_shown="March 26, 2026",
        article="""The town council voted seven to two on Tuesday night to build a skate park on the north corner of Jubilee Fields, ending a campaign by local teenagers that began more than four years ago.

The concrete park will cost about 240,000 dollars, with half coming from a state recreation grant and the rest from the council's reserves. Construction is expected to start in September, once the summer soccer season has finished, and the park should open next spring.

Campaigners packed the public gallery for the vote. Maya Torres, seventeen, who has spoken at eleven council meetings since she was thirteen, said she was relieved more than anything. She and her friends raised more than eight thousand dollars through car washes and bake sales, which will pay for shade trees and benches.

The two councillors who voted against the plan said they supported a skate park in principle but worried about noise for homes on Willow Street. The council has agreed to plant a row of trees along that edge and to close the park at nine each evening.

Residents can see the final design at the library from next week.""",
        comments=[
            C(
                "Dana Whitfield",
                "",
                "2w",
                "Congratulations to Maya and all the kids who kept showing up. That is what civic life is supposed to look like.",
                extra2="1774560000",
            ),
            C(
                "Rick Osterman",
                "",
                "2w",
                "I live on Willow Street and I am fine with it. Nine o'clock is reasonable.",
                0,
                extra2="1774563600",
            ),
            C("Dana Whitfield", "", "2w", "Good to hear from a neighbor, Rick.", 0, extra2="1774567200"),
            C(
                "Lorraine Beck",
                "",
                "2w",
                "Who pays for upkeep once it is built? Concrete cracks and graffiti does not clean itself.",
                extra="Top fan",
                extra2="1774570800",
            ),
            C(
                "Sam Keene",
                "",
                "1w",
                "The grant covers five years of maintenance, it was in the council papers.",
                3,
                extra2="1774600000",
            ),
        ],
    ),
    Page(
        name="news-c-comments-de",
        batch="dev",
        render="bem_de",
        lang="de",
        system="A German news site's own comment system (section.c-comments, BEM blocks; a role badge glued to the name)",
        source="BEM-style comment markup of German newspaper sites (c-comments / c-comment__*), element names chosen after those sites' published markup",
        site="Rheinische Rundschau",
        title="Stadt plant autofreie Innenstadt ab 2028",
        byline="Martina Berg",
        date="2026-01-19",
        date_shown="19.01.2026, 06:00 Uhr",
        time="06:00",
        article="""Die Innenstadt soll ab dem Frühjahr 2028 weitgehend autofrei werden. Das sieht ein Konzept vor, das die Stadtverwaltung am Montag im Bauausschuss vorgestellt hat. Innerhalb des Rings dürften dann nur noch Anwohner, Lieferverkehr am Vormittag, Taxis und Fahrzeuge von Menschen mit Behinderung fahren.

Die rund 1.400 Parkplätze am Straßenrand sollen schrittweise wegfallen. Stattdessen will die Stadt die drei Parkhäuser am Ring besser ausschildern und die Preise dort für Kurzparker senken. Auf den frei werdenden Flächen sind Bäume, Sitzbänke, Fahrradständer und breitere Gehwege geplant.

Der Einzelhandelsverband reagierte skeptisch. Viele Kunden aus dem Umland kämen mit dem Auto, sagte die Vorsitzende, und würden bei längeren Wegen lieber in die Einkaufszentren am Stadtrand fahren. Die Verwaltung verweist dagegen auf Städte, in denen die Umsätze nach der Sperrung gestiegen seien.

Bevor der Rat im Sommer entscheidet, sind drei Bürgerversammlungen geplant. Die erste findet am 4. Februar im Rathaus statt. Außerdem können Bürgerinnen und Bürger das Konzept bis Ende März online kommentieren.""",
        comments=[
            C(
                "Ben",
                "2026-01-19T07:12:00",
                "19.01.2026, 07:12 Uhr",
                "Endlich. Wer einmal in Gent oder Pontevedra war, weiß, wie angenehm eine Innenstadt ohne Durchgangsverkehr sein kann.",
            ),
            C(
                "K. Schumacher",
                "2026-01-19T07:45:00",
                "19.01.2026, 07:45 Uhr",
                "Schön für die, die in der Innenstadt wohnen. Meine Mutter ist 84 und kommt mit dem Bus nicht mehr in die Stadt.",
                0,
            ),
            C(
                "Martina Berg",
                "2026-01-19T08:30:00",
                "19.01.2026, 08:30 Uhr",
                "Laut Konzept sollen Fahrdienste und Taxis weiter fahren dürfen. Wir fragen bei der Stadt nach, wie das für Angehörige geregelt wird.",
                1,
                extra="Autor",
            ),
            C(
                "Lena_W",
                "2026-01-19T09:02:00",
                "19.01.2026, 09:02 Uhr",
                "Die Parkhäuser sind jetzt schon samstags voll. Wo sollen die Autos denn hin?",
            ),
            C(
                "Ralf aus Deutz",
                "2026-01-19T11:18:00",
                "19.01.2026, 11:18 Uhr",
                "Ich bin gespannt, ob der Lieferverkehr am Vormittag wirklich kontrolliert wird. Heute steht jeder zweite Transporter den ganzen Tag in der zweiten Reihe.",
            ),
        ],
        related=["Neue Radwege am Ring: die Bilanz nach einem Jahr", "Parkgebühren steigen im April"],
        recent=[("", "Hochwasser: Pegel sinkt langsam"), ("", "Karneval: Die Zugwege im Überblick")],
    ),
]
