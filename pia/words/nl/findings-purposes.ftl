# Bevindingen over doeleinden en hun rechtsgronden (pia/findings/purposes.py): één bericht per regel.

# Een rechtsgrond met zijn artikel, zoals een bevinding hem aanhaalt.
legal_basis_cited =
    .consent = { legal_basis.consent } (art. 6.1.a AVG)
    .contract = { legal_basis.contract } (art. 6.1.b AVG)
    .legal_obligation = { legal_basis.legal_obligation } (art. 6.1.c AVG)
    .vital_interests = { legal_basis.vital_interests } (art. 6.1.d AVG)
    .public_task = { legal_basis.public_task } (art. 6.1.e AVG)
    .legitimate_interest = { legal_basis.legitimate_interest } (art. 6.1.f AVG)

PUR-001 = Gepersonaliseerde reclame zonder toestemming
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) profileert personen om reclame te personaliseren, maar steunt niet op toestemming; het steunt op { LABELS("legal_basis_cited", $bases) }. Profilering voor reclame, zeker op basis van waargenomen of aangekochte gegevens, valt niet onder een overeenkomst en doorstaat zelden de belangenafweging van het gerechtvaardigd belang.
    .remedy = Toestemming vragen voordat profielen voor reclame worden opgebouwd (art. 6.1.a en 7 AVG), of de reclame niet langer personaliseren.
    .reference = EDPB-richtsnoeren 8/2020 over de targeting van gebruikers van sociale media; HvJ-EU C-252/21, Meta Platforms t. Bundeskartellamt (4 juli 2023); Advies 06/2014 van de Groep artikel 29 over het begrip gerechtvaardigd belang (WP217)

PUR-002 = Gerechtvaardigd belang zonder vastgelegde drietrapstoets
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) steunt op gerechtvaardigd belang, maar de { LABEL("interest_step", $step) } is niet vastgelegd: zonder de drie stappen (doel, noodzaak, afweging) kan de verwerkingsverantwoordelijke niet aantonen dat art. 6.1.f AVG van toepassing is.
    .remedy = Een beoordeling van het gerechtvaardigd belang vastleggen: het belang (reëel, actueel, rechtmatig), waarom de verwerking daarvoor noodzakelijk is, en de afweging tegen de belangen en redelijke verwachtingen van de betrokkenen.
    .reference = art. 6.1.f AVG; EDPB-richtsnoeren 1/2024 over de verwerking van persoonsgegevens op grond van art. 6.1.f AVG

PUR-003 = Gerechtvaardigd belang ingeroepen hoewel een toets niet geslaagd is
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) steunt op gerechtvaardigd belang, hoewel de { LABEL("interest_step", $step) } als niet geslaagd is vastgelegd: de drie stappen zijn cumulatief, dus art. 6.1.f AVG kan niet de rechtsgrond zijn.
    .remedy = Voor dit doeleinde niet langer op gerechtvaardigd belang steunen: de verwerking aanpassen tot de toets slaagt, of toestemming vragen.
    .reference = art. 6.1.f AVG; EDPB-richtsnoeren 1/2024 over de verwerking van persoonsgegevens op grond van art. 6.1.f AVG

PUR-004 = Bezwaar tegen direct marketing ontbreekt, is moeilijker dan de verzameling of wordt niet aangeboden
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) is direct marketing op grond van { LABELS("legal_basis_cited", $bases) }, maar { $gap ->
        [objection] er is geen manier vastgelegd om bezwaar te maken
        [objection_channel] waar en hoe bezwaar wordt gemaakt, is niet vastgelegd
        [objection_as_easy_as_collection] { $recorded ->
            [false] bezwaar maken is als moeilijker vastgelegd dan het verstrekken van de gegevens
           *[other] niet vastgelegd is dat bezwaar maken even eenvoudig is als het verstrekken van de gegevens
        }
       *[other] { $recorded ->
            [false] het recht van bezwaar wordt volgens de vastlegging niet duidelijk en afzonderlijk aangeboden
           *[other] niet vastgelegd is dat het recht van bezwaar duidelijk en afzonderlijk wordt aangeboden
        }
    }. Het recht van bezwaar tegen direct marketing is absoluut: het vereist geen motivering en moet even eenvoudig uit te oefenen zijn als het verstrekken van de gegevens.
    .remedy = Een kosteloze manier aanbieden om op elk moment bezwaar te maken tegen direct marketing, even eenvoudig als de manier waarop de gegevens werden verzameld, en die uiterlijk bij de eerste communicatie duidelijk en afzonderlijk onder de aandacht brengen.
    .reference = art. 21.2 tot 21.4 AVG

PUR-005 = Intrekking van toestemming voorgesteld als bezwaar
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) beschrijft het intrekken van toestemming als 'bezwaar'. Dat zijn verschillende rechten: intrekking (art. 7.3 AVG) vereist geen motivering, kan niet worden geweigerd en moet even eenvoudig zijn als het geven van toestemming, terwijl een bezwaar (art. 21.1 AVG) kan worden afgewogen tegen de gronden van de verwerkingsverantwoordelijke. Betrokkenen beseffen mogelijk niet dat zij hun toestemming eenvoudig kunnen intrekken.
    .remedy = In de informatie en de interface spreken van intrekking van toestemming: op elk moment mogelijk, zonder motivering, even eenvoudig als het geven van toestemming, en met wissing tot gevolg wanneer geen andere rechtsgrond geldt.
    .reference = art. 7.3 en 21 AVG

PUR-006 = Toestemming niet aantoonbaar, niet specifiek of zonder manier om ze in te trekken
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) steunt op toestemming, maar { $gap ->
        [consent] hoe toestemming wordt verkregen, aangetoond en ingetrokken, is niet vastgelegd
        [consent_records_kept] { $recorded ->
            [false] bewijs van toestemming wordt volgens de vastlegging niet bewaard
           *[other] niet vastgelegd is dat bewijs van toestemming wordt bewaard
        }
        [consent_granular] { $recorded ->
            [false] toestemming wordt volgens de vastlegging niet per doeleinde afzonderlijk gevraagd
           *[other] niet vastgelegd is dat toestemming per doeleinde afzonderlijk wordt gevraagd
        }
       *[other] hoe toestemming wordt ingetrokken, is niet vastgelegd
    }: de verwerkingsverantwoordelijke moet kunnen aantonen dat elke betrokkene specifieke toestemming heeft gegeven en die even eenvoudig kan intrekken.
    .remedy = Bewijs van elke toestemming bewaren (wie, wanneer, welke tekst, hoe), ze per doeleinde afzonderlijk vragen, en vastleggen hoe de betrokkenen ze intrekken.
    .reference = art. 7.1 tot 7.3 en 4.11 AVG, overweging 43

PUR-007 = Reclame per e-mail of sms zonder toestemming of gedocumenteerde soft opt-in
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) maakt reclame via { LABELS("channel", $channels) } en steunt voor minstens een deel daarvan op { LABELS("legal_basis_cited", $bases) }. Reclame per e-mail of sms vereist de voorafgaande toestemming van de ontvanger; de uitzondering voor bestaande klanten (soft opt-in) is niet vastgelegd.
    .remedy = Voorafgaande toestemming vragen voor reclame per e-mail of sms, of vastleggen dat de soft opt-in van toepassing is: bestaande klanten, eigen gelijkaardige producten van de afzender, en een afmeldmogelijkheid bij de verzameling en in elk bericht.
    .reference = art. XII.13 Wetboek van economisch recht (WER); koninklijk besluit van 4 april 2003 (soft opt-in); art. 13 richtlijn 2002/58/EG

PUR-008 = Meerdere rechtsgronden zonder te vermelden welke wat dekt
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) steunt op { $count ->
        [2] twee rechtsgronden
       *[other] { $count } rechtsgronden
    } ({ LABELS("legal_basis_cited", $bases) }){ $unscoped ->
        [0] {""}
       *[other] , waarvan { $unscoped } zonder te vermelden wanneer of waarvoor { $unscoped ->
            [one] ze geldt
           *[other] ze gelden
        }
    }. De betrokkenen kunnen niet zien welke verwerking op welke grond steunt, en dus welke rechten (bezwaar, intrekking, overdraagbaarheid) zij hebben.
    .remedy = Het doeleinde opsplitsen, of per rechtsgrond vermelden welke verwerking, welke personen en welke gegevens ze dekt.
    .reference = art. 5.1.a en 13.1.c AVG

PUR-009 = Wettelijke verplichting of taak van algemeen belang zonder de wet te noemen
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) beroept zich op { LABEL("legal_basis_cited", $basis) } zonder de wet vast te leggen die deze grond vastlegt: zo'n rechtsgrond bestaat alleen wanneer het Unierecht of het recht van een lidstaat de verplichting of de taak oplegt (art. 6.3 AVG).{ $hinted ->
        [true] {" "}De voorwaarde of de reikwijdte lijkt er een te noemen: die hoort in `law`.
       *[other] {""}
    }
    .remedy = In `law` van de rechtsgrond het Unierecht of lidstatelijke recht vastleggen dat de verplichting of de taak vastlegt (bv. de wet en het artikel).
    .reference = art. 6.1.c, 6.1.e en 6.3 AVG

PUR-010 = Gegevenscategorie gebruikt door een doeleinde maar niet aan de betrokkenen meegedeeld
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) gebruikt gegevenscategorie '{ $category }' ({ NAME($category) }), die de informatie aan de betrokkenen niet vermeldt: zij kunnen dit gebruik niet voorzien en hun rechten erop niet uitoefenen.
    .remedy = De categorie vermelden in de informatie aan de betrokkenen, of ze niet langer voor dit doeleinde gebruiken.
    .reference = art. 5.1.a, 13.1.c en 14.1.d AVG

PUR-011 = Gegevens van anderen verkregen zonder informatie volgens art. 14
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) gebruikt gegevens die niet bij de betrokkenen zelf zijn verkregen ({ NAMES($sources) }), en { $informed ->
        [false] volgens de vastlegging worden zij daarover en over de bron niet geïnformeerd
       *[other] niet vastgelegd is dat zij daarover en over de bron worden geïnformeerd
    }: betrokkenen kunnen zich niet verzetten tegen gegevens, of ze laten verbeteren, als zij niet weten dat de verwerkingsverantwoordelijke ze heeft.
    .remedy = De betrokkenen binnen een maand (uiterlijk bij het eerste contact) de informatie van art. 14 AVG geven, met inbegrip van de gegevenscategorieën en de bron waarvan ze afkomstig zijn.
    .reference = art. 14.1 en 14.2 AVG, met inbegrip van art. 14.2.f (de bron)

PUR-012 = Doeleinde zonder gegevenscategorieën
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) vermeldt geen gegevenscategorieën: of de gegevens die het gebruikt toereikend, ter zake dienend en tot het noodzakelijke beperkt zijn, kan niet worden beoordeeld.
    .remedy = De gegevenscategorieën vastleggen die het doeleinde gebruikt, zodat de noodzaak ervan kan worden beoordeeld.
    .reference = art. 5.1.b, 5.1.c en 35.7.a AVG

PUR-013 = Betrokkenen niet geïnformeerd bij de verzameling van hun gegevens
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) informeert de betrokkenen volgens de vastlegging niet wanneer hun gegevens worden verzameld: zij kunnen niet weten wie hun gegevens verwerkt, waarom, en welke rechten zij hebben.
    .remedy = Op het moment van de verzameling de informatie van art. 13 AVG geven (verwerkingsverantwoordelijke, doeleinden en rechtsgronden, ontvangers, doorgiften, bewaartermijn, rechten).
    .reference = art. 13.1, 13.2 en 12.1 AVG

PUR-014 = Soft opt-in ingeroepen, maar niet aangetoond dat hij de reclame per e-mail of sms dekt
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) maakt zonder toestemming reclame per e-mail of sms op grond van de soft opt-in, maar { $condition ->
        [data_subjects] het betreft ook personen die geen klant zijn ({ NAMES($groups) }), die de soft opt-in niet dekt
       *[other] { $met ->
            [false] volgens de vastlegging is niet voldaan aan de voorwaarde dat
           *[other] niet vastgelegd is dat
        } { $condition ->
            [details_from_sale] het e-mailadres of nummer rechtstreeks van de klant werd verkregen bij een verkoop
            [own_similar_products] de reclame enkel eigen gelijkaardige producten van de afzender betreft
            [objection_at_collection] bij de verzameling een kosteloze en eenvoudige manier werd aangeboden om zich te verzetten
           *[other] elk bericht een kosteloze en eenvoudige manier biedt om zich te verzetten
        }
    }. De uitzondering is eng: ze geldt enkel voor bestaande klanten en enkel als aan elke voorwaarde is voldaan; anders is voorafgaande toestemming vereist.
    .remedy = Elke voorwaarde van de soft opt-in aantonen (gegevens van de klant verkregen bij een verkoop, enkel eigen gelijkaardige producten, afmelding bij de verzameling en in elk bericht) en hem beperken tot bestaande klanten; alle anderen vooraf om toestemming vragen.
    .reference = art. 13.2 richtlijn 2002/58/EG; art. XII.13 Wetboek van economisch recht (WER) en art. 1, 1°, koninklijk besluit van 4 april 2003

PUR-015 = Bijzondere gegevens zonder uitzondering volgens art. 9.2
    .message = Doeleinde '{ $purpose }' ({ NAME($purpose) }) gebruikt bijzondere categorieën van persoonsgegevens ({ NAMES($categories) }), maar er is geen uitzondering van art. 9.2 AVG vastgelegd: art. 9.1 AVG verbiedt de verwerking van die gegevens tenzij er een van toepassing is, naast een rechtsgrond volgens art. 6.1 AVG.
    .remedy = Vastleggen welke uitzondering van art. 9.2 AVG het verbod voor dit doeleinde opheft (bv. uitdrukkelijke toestemming, art. 9.2.a); als er geen van toepassing is, deze gegevens niet meer voor dit doeleinde gebruiken.
    .reference = art. 9.1 en 9.2 AVG
