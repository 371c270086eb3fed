# Bevindingen over de uitoefening van rechten (pia/findings/rights.py): één bericht per regel.

RGT-001 = Identiteitsbewijs gevraagd bij elk verzoek
    .message = Bij elk verzoek moet een identiteitsbewijs worden gevoegd, niet alleen bij redelijke twijfel: standaard een bewijs vragen is onevenredig, zeker van personen die de verwerkingsverantwoordelijke al kent (bv. aangemeld in hun account), en het weerhoudt betrokkenen ervan hun rechten uit te oefenen.
    .remedy = Alleen bij redelijke twijfel om een identiteitsbewijs vragen, en eerst gebruiken wat al bekend is (bv. een aangemeld account of het geregistreerde e-mailadres).
    .reference = art. 12.2, 12.6 en 5.1.c AVG; EDPB-richtsnoeren 01/2022 over de rechten van betrokkenen – recht van inzage (versie 2.0), punt 3.3 (evenredigheid van de identificatie)

RGT-002 = Identiteitsdocument gevraagd zonder instructies om gegevens onleesbaar te maken
    .message = Betrokkenen moeten een identiteitsdocument sturen, dat hun foto en nationaal identificatienummer toont, en vernemen niet wat zij onleesbaar mogen maken: er worden meer gegevens verzameld dan nodig om de identiteit te bevestigen, en nationale nummers mogen alleen worden gebruikt waar het nationale recht dat toestaat.
    .remedy = Betrokkenen vragen de foto, het rijksregisternummer en elk ander gegeven dat niet nodig is om de identiteit te bevestigen, onleesbaar te maken, en de kopie wissen zodra de identiteit is bevestigd.
    .reference = art. 5.1.c en 87 AVG; EDPB-richtsnoeren 01/2022 over de rechten van betrokkenen – recht van inzage (versie 2.0), punt 3.3; wet van 8 augustus 1983 tot regeling van een Rijksregister van de natuurlijke personen, art. 8 (gebruik van het rijksregisternummer) en art. 5 (toegang tot de informatie van het register), zoals aangehaald in een secundaire bron (de tekst van de wet niet gelezen)

RGT-003 = Bijkomend identiteitsbewijs mogelijk, zonder criteria
    .message = De verwerkingsverantwoordelijke kan bijkomend bewijs van identiteit vragen, maar de beoordeling legt niet vast wanneer: betrokkenen kunnen niet voorzien wat zij zullen moeten sturen, en de verwerkingsverantwoordelijke kan meer vragen dan nodig.
    .remedy = Vastleggen wanneer bijkomend bewijs wordt gevraagd (wat twijfel redelijk maakt) en welk bewijs dan wordt aanvaard.
    .reference = art. 12.6 AVG, overweging 64; EDPB-richtsnoeren 01/2022 over de rechten van betrokkenen – recht van inzage (versie 2.0), punt 3.3

RGT-004 = Verzoeken geweigerd op een grond die art. 12.5 niet toestaat
    .message = De weigeringsgrond '{ LABEL("refusal_ground", $ground) }'{ $wording ->
        [none] {""}
       *[other] {" "}(de kennisgeving zegt: { $wording })
    } { $ground ->
        [excessive] laat het woord 'kennelijk' weg: art. 12.5 AVG staat alleen toe een kennelijk buitensporig verzoek te weigeren, en de verwerkingsverantwoordelijke moet dat aantonen
        [abusive] is geen grond die art. 12.5 AVG noemt: een verzoek mag alleen worden geweigerd als het kennelijk ongegrond of buitensporig is, wat de verwerkingsverantwoordelijke moet aantonen
       *[other] is geen grond die art. 12.5 AVG toestaat: alleen kennelijk ongegronde of buitensporige verzoeken mogen worden geweigerd, en de verwerkingsverantwoordelijke moet dat aantonen
    }.
    .remedy = Weigeringen beperken tot kennelijk ongegronde of kennelijk buitensporige verzoeken, en vastleggen hoe de verwerkingsverantwoordelijke dat telkens zal aantonen.
    .reference = art. 12.5 AVG (kennelijk ongegronde of buitensporige verzoeken; de bewijslast ligt bij de verwerkingsverantwoordelijke); EDPB-richtsnoeren 01/2022 over de rechten van betrokkenen – recht van inzage (versie 2.0)

RGT-005 = Geen antwoordtermijn voor verzoeken
    .message = De beoordeling vermeldt niet hoe snel verzoeken worden beantwoord; de naleving van de termijn van één maand kan dus niet worden gecontroleerd.
    .remedy = De antwoordtermijn vastleggen: hoogstens één maand na ontvangst, alleen voor complexe of talrijke verzoeken met hoogstens twee maanden verlengd, met kennisgeving aan de betrokkene.
    .reference = art. 12.3 AVG (één maand, met redenen te verlengen met twee maanden)

RGT-006 = Antwoordtermijn langer dan één maand
    .message = Verzoeken worden binnen { PERIOD($response_time) } beantwoord, langer dan de maand die art. 12.3 AVG als regel toestaat; de verlenging is alleen bedoeld voor complexe of talrijke verzoeken.
    .remedy = Binnen één maand na ontvangst antwoorden; de verlenging met twee maanden alleen geval per geval gebruiken, voor complexe of talrijke verzoeken, en de betrokkene binnen de eerste maand laten weten waarom.
    .reference = art. 12.3 AVG (één maand, met redenen te verlengen met twee maanden)

RGT-007 = Geen kanaal om rechten uit te oefenen
    .message = De beoordeling legt geen manier vast waarop betrokkenen hun rechten kunnen uitoefenen; of de verwerkingsverantwoordelijke de uitoefening ervan vergemakkelijkt, kan dus niet worden beoordeeld.
    .remedy = Vastleggen hoe betrokkenen verzoeken indienen (bv. een webformulier, een e-mailadres, een postadres).
    .reference = art. 12.2 AVG (de uitoefening van de rechten faciliteren), art. 13.2.b en 14.2.c AVG

RGT-008 = Rechten alleen offline uit te oefenen terwijl gegevens online worden verzameld
    .message = Verzoeken kunnen alleen per { LABELS("channel", $channels, word: "or") } worden ingediend, terwijl gegevens online worden verzameld: betrokkenen moeten hun rechten ook elektronisch kunnen uitoefenen.
    .remedy = Een elektronisch kanaal aanbieden (webformulier, e-mail, in het account) dat minstens even eenvoudig is als de kanalen waarlangs gegevens worden verzameld.
    .reference = art. 12.2 AVG, overweging 59 (middelen om verzoeken elektronisch in te dienen)

RGT-009 = Behandeling van rechten zonder bronvermelding
    .message = { $count ->
        [one] Eén onderdeel van de behandeling van rechten vermeldt
       *[other] { $count } onderdelen van de behandeling van rechten vermelden
    } geen bron (eerste: { $first }): een beoordelaar kan niet nagaan waar deze feiten vandaan komen.
    .remedy = Het document en de paragraaf toevoegen die beschrijven hoe verzoeken worden behandeld.
    .reference = art. 5.2 AVG (verantwoordingsplicht); WP248 rev.01 (richtsnoeren voor gegevensbeschermingseffectbeoordelingen), bijlage 2 (maatregelen die bijdragen tot de rechten van de betrokkenen)
