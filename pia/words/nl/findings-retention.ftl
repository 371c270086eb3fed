# Bevindingen over bewaring en het archief na het actieve gebruik (pia/findings/retention.py en
# retention_archive.py): één bericht per regel.

## De bewaarreferenties van de kennisbank (pia/knowledge/retention.yaml), per id: de bron die
## ze aanhalen (de wet, voor een wettelijke archieftermijn), hun begingebeurtenis, en wat een
## kortere termijn ondermijnt bij een minimum.

retention_source =
    .RET-CUSTOMERS = CNIL, référentiel relatif aux traitements de données à caractère personnel mis en œuvre aux fins de gestion des activités commerciales (aangenomen na een ontwerp van 2018; opvolger van de vereenvoudigde norm NS-048), afdeling bewaring
    .RET-PROSPECTS = CNIL, référentiel 'gestion des activités commerciales' (opvolger van de vereenvoudigde norm NS-048), afdeling bewaring; praktijk van de beperkte kamer van de CNIL om de 3 jaar als referentie te hanteren, zoals gemeld door olympe.legal en ewatchers.org
    .RET-CONSENT-ONLY = Analogie van het werkboek met de referentie van de CNIL voor prospecten (référentiel 'gestion des activités commerciales'); art. 7.3 en 17.1.b) AVG
    .RET-OBJECTED = Aanbeveling van de CNIL om de gegevens die nodig zijn om een bezwaar tegen telefonische prospectie na te leven, minstens 3 jaar te bewaren, bij voorkeur als hash van het adres of nummer (olympe.legal, 7 februari 2024); CNIL, MED-2023-040 van 26 juni 2023 (uitsluitingslijst beperkt tot het gehashte telefoonnummer en e-mailadres, zoals gemeld door portail-rgpd.com); art. 21.2-3 en 5.1.c) AVG
    .RET-RIGHTS-REQUESTERS = Art. 12.3 en 12.6 AVG; richtsnoeren van de CNIL over de identiteitscontrole bij verzoeken van betrokkenen; beperkte kamer van de CNIL, SAN-2020-008 van 18 november 2020 (Carrefour France)
    .RET-CONSENT-RECORDS = Art. 7.1 en 5.2 AVG; Burgerlijk Wetboek, art. 2262bis, § 1, tweede lid (buitencontractuele aansprakelijkheid: 5 jaar vanaf de dag na die waarop de benadeelde kennis heeft gekregen van de schade)
    .ARC-BE-ACCOUNTING = Wetboek van economisch recht, art. III.88, tweede lid (boeken: 7 jaar vanaf 1 januari van het jaar dat op de afsluiting volgt) en art. III.86, vierde lid (verantwoordingsstukken: 7 jaar)
    .ARC-BE-TAX-RECORDS = Wetboek van de inkomstenbelastingen 1992 (WIB 92), art. 315, derde lid, zoals gewijzigd bij de wet van 20 november 2022 houdende diverse fiscale en financiële bepalingen (Belgisch Staatsblad, 30 november 2022)
    .ARC-BE-CONTRACT-CLAIMS = Burgerlijk Wetboek, art. 2262bis, § 1, eerste lid (persoonlijke rechtsvorderingen: 10 jaar)

retention_starts =
    .RET-CUSTOMERS = Het einde van de commerciële relatie, bv. de laatste aankoop of het laatste contact dat van de klant uitgaat.
    .RET-PROSPECTS = De verzameling van de gegevens, of het laatste contact dat van de prospect uitgaat (bv. een klik op een link in een e-mail; enkel een e-mail openen of een trackingpixel laden telt niet).
    .RET-CONSENT-ONLY = Het laatste actieve contact dat van de persoon uitgaat; bij intrekking van de toestemming, onmiddellijk voor het doeleinde dat op toestemming steunt.
    .RET-OBJECTED = De datum van het bezwaar.
    .RET-RIGHTS-REQUESTERS = De ontvangst van het verzoek: de verwerkingsverantwoordelijke moet binnen een maand antwoorden (art. 12.3 AVG); de kopie van het identiteitsdocument wordt gewist zodra de identiteit is gecontroleerd, en uiterlijk wanneer het verzoek is beantwoord.
    .RET-CONSENT-RECORDS = Het einde van de verwerking op grond van toestemming (intrekking van de toestemming of wissing van de gegevens van de persoon).

retention_why_minimum =
    .RET-OBJECTED = Een bezwaar wordt enkel nageleefd zolang het wordt onthouden (art. 21.3 AVG): zodra de vermelding op de uitsluitingslijst is gewist, kunnen de gegevens van de persoon terugkomen (een nieuwe verzameling, een gekochte lijst) en kan die opnieuw worden benaderd.
    .ARC-BE-ACCOUNTING = Het Wetboek van economisch recht verplicht de boeken en verantwoordingsstukken zo lang te bewaren; ze vroeger wissen schendt die plicht.
    .ARC-BE-TAX-RECORDS = Het Wetboek van de inkomstenbelastingen 1992 verplicht de boeken en stukken zo lang te bewaren voor een belastingcontrole; ze vroeger wissen schendt die plicht.

## Bewaarregels (pia/findings/retention.py)

RET-001 = Een groep personen heeft geen bewaarregel
    .message = Geen enkele bewaarregel dekt { LABEL("retention_group", $group) }, hoewel { $group ->
        [customers] de beoordeling groepen klanten vermeldt ({ $ids })
        [prospects] de beoordeling groepen prospecten vermeldt ({ $ids })
        [consent_only] doeleinden op toestemming steunen ({ $ids })
        [objected] betrokkenen bezwaar kunnen maken tegen doeleinden van direct marketing of gerechtvaardigd belang ({ $ids })
        [rights_requesters] { $documents ->
            [none] elke verwerkingsverantwoordelijke verzoeken ontvangt van personen die hun rechten uitoefenen
           *[other] personen die hun rechten uitoefenen een identiteitsbewijs moeten sturen ({ $documents })
        }
       *[other] toestemming aantoonbaar moet zijn (art. 7.1 AVG) voor de doeleinden { $ids }
    }. Hun gegevens hebben geen vastgesteld einde: ze kunnen langer dan nodig worden bewaard, en de betrokkenen kan niet worden meegedeeld hoe lang ze worden bewaard.
    .remedy = Een bewaarregel voor de groep toevoegen: de termijn, de gebeurtenis waarmee die begint, waarom ze nodig is, en hoe de gegevens aan het einde worden gewist.
    .reference = art. 5.1.e), 13.2.a) en 30.1.f) AVG

RET-002 = Een bewaarregel heeft geen termijn
    .message = Bewaarregel '{ $rule }' ({ LABELS("retention_group", $groups) }) legt geen termijn vast: niets beperkt hoe lang de gegevens worden bewaard, en de betrokkenen kan dat niet worden meegedeeld.{ $missing ->
        [none] {""}
       *[other] {" "}Er is evenmin { LABELS("retention_part", $missing, word: "or") } vastgelegd.
    }
    .remedy = De termijn vastleggen (bv. `3 jaar`), of de criteria die hem bepalen, met de begingebeurtenis, de motivering en de wijze van wissen.
    .reference = art. 5.1.e), 13.2.a), 14.2.a) en 30.1.f) AVG

RET-003 = De begingebeurtenis van een bewaartermijn kan zich niet voordoen voor een gedekte groep
    .message = Bewaarregel '{ $rule }' laat de termijn ingaan bij '{ $trigger }', wat een overeenkomst veronderstelt ({ $words }), maar de regel dekt ook { LABELS("retention_group", $groups) }, die geen overeenkomst hebben: voor hen begint de termijn nooit te lopen, zodat hun gegevens zonder einde worden bewaard.
    .remedy = De groep een begingebeurtenis geven die zich voor haar voordoet, bv. de verzameling van de gegevens of het laatste actieve contact (een klik, een antwoord, een bezoek).
    .reference = art. 5.1.e) en 13.2.a) AVG

RET-004 = Een bewaartermijn is langer dan de referentietermijn
    .message = Bewaarregel '{ $rule }' bewaart de gegevens van { LABEL("retention_group", $group) } gedurende { PERIOD($period) }: { $percent }% ({ PERIOD($period) } tegenover een referentietermijn van { PERIOD($reference_period) }), te rekenen vanaf '{ LABEL("retention_starts", $reference) }' (bron: { LABEL("retention_source", $reference) }).{ $verified ->
        [true] {""}
       *[other] {" "}De referentie zelf is niet geverifieerd.
    } Referentietermijnen zijn indicatief en niet bindend, maar een langere termijn moet noodzakelijk zijn.{ $justified ->
        [true] {" "}Er is een motivering vastgelegd: nagaan of die de langere termijn verklaart.
       *[other] {" "}Er is geen motivering vastgelegd.
    }
    .remedy = De termijn inkorten tot de referentietermijn, of vastleggen waarom deze verwerking een langere termijn nodig heeft.
    .reference = art. 5.1.e) AVG; referentietermijnen van pia/knowledge/retention.yaml (indicatief)

RET-005 = Een bewaartermijn zonder motivering
    .message = Bewaarregel '{ $rule }' bewaart gegevens gedurende { PERIOD($period) }, maar vermeldt niet waarom die termijn noodzakelijk is; de verwerkingsverantwoordelijke moet dat kunnen aantonen (verantwoordingsplicht).
    .remedy = Vastleggen waarom de gegevens zo lang nodig zijn: het doeleinde dat ze nog dienen, of de wettelijke verplichting of verjaringstermijn waaraan de termijn beantwoordt.
    .reference = art. 5.1.e) en 5.2 AVG, overweging 39

RET-006 = Een bewaarregel vermeldt niet hoe gegevens worden gewist
    .message = Bewaarregel '{ $rule }' legt { PERIOD($period) } vast, maar niet wat er aan het einde gebeurt: zonder gekende stap van wissing (of anonimisering) blijven gegevens vaak bewaard.
    .remedy = Vastleggen wat er aan het einde van de termijn gebeurt: wissing, anonimisering, of een afgeschermd archief gevolgd door wissing.
    .reference = art. 5.1.e) en 17.1.a) AVG, overweging 39

RET-007 = Eén algemene bewaartermijn voor alle doeleinden
    .message = Bewaarregel '{ $rule }' legt voor alles { PERIOD($period) } vast: { $covers ->
        [purposes] één termijn dekt alle { $count } doeleinden ({ $ids })
       *[other] één termijn dekt alle { $count } groepen personen
    }. Toezichthoudende autoriteiten verwachten een termijn per doeleinde en per gegevenscategorie, want gegevens die voor het ene doeleinde nodig zijn, zijn niet noodzakelijk even lang nodig voor een ander.
    .remedy = Termijnen per doeleinde en per gegevenscategorie vastleggen (bv. korter voor profielen dan voor contractgegevens), elk met een eigen begingebeurtenis.
    .reference = art. 5.1.e) en 30.1.f) AVG; WP248 rev.01, bijlage 2

RET-008 = Identiteitsdocumenten uit verzoeken van betrokkenen zonder korte termijn bewaard
    .message = { $rule ->
        [none] Personen die hun rechten uitoefenen, sturen identiteitsdocumenten, maar geen enkele bewaarregel vermeldt wanneer de kopieën worden gewist.
       *[other] Bewaarregel '{ $rule }' bewaart identiteitsdocumenten uit verzoeken van betrokkenen { $period ->
            [none] zonder termijn
           *[other] gedurende { PERIOD($period) } ({ $percent }% tegenover een referentietermijn van { PERIOD($reference_period) })
        }.
    } Alleen het feit dat de identiteit werd gecontroleerd, moet worden bewaard, niet de kopie.{ $missing ->
        [none] {""}
       *[other] {" "}Er is evenmin { LABELS("retention_part", $missing, word: "or") } vastgelegd.
    }
    .remedy = De kopie van het identiteitsdocument wissen zodra de identiteit is gecontroleerd; alleen het feit van de controle bewaren (wie, wanneer, hoe), samen met het verzoek en het antwoord.
    .reference = art. 5.1.c), 5.1.e) en 12.6 AVG

RET-009 = Bewijs van toestemming zonder bewaartermijn
    .message = { $rule ->
        [none] Doeleinden steunen op toestemming, die de verwerkingsverantwoordelijke moet kunnen aantonen (art. 7.1 AVG), maar geen enkele bewaarregel vermeldt hoe lang het bewijs van toestemming wordt bewaard.
       *[other] Bewaarregel '{ $rule }' dekt het bewijs van toestemming, maar legt geen termijn vast: het bewijs kan te vroeg verloren gaan of zonder einde worden bewaard.{ $missing ->
            [none] {""}
           *[other] {" "}Er is evenmin { LABELS("retention_part", $missing, word: "or") } vastgelegd.
        }
    }
    .remedy = Het minimale bewijs van toestemming (wie, wanneer, welke tekst, hoe, intrekking) bewaren zolang op de toestemming wordt gesteund, plus de termijn waarbinnen een vordering kan worden ingesteld; daarna wissen.
    .reference = art. 7.1, 5.1.e) en 5.2 AVG

RET-010 = Een bewaartermijn zonder begingebeurtenis
    .message = Bewaarregel '{ $rule }' legt { PERIOD($period) } vast, maar niet vanaf wanneer; het einde van de termijn kan dus niet worden bepaald.
    .remedy = De gebeurtenis vastleggen waarmee de termijn begint (bv. einde van de overeenkomst, laatste actieve contact, intrekking van de toestemming, datum van het bezwaar).
    .reference = art. 5.1.e) en 13.2.a) AVG

RET-015 = Een bewaartermijn is korter dan een minimale referentietermijn
    .message = Bewaarregel '{ $rule }' bewaart de gegevens van { LABEL("retention_group", $group) } gedurende { PERIOD($period) }: { $percent }% ({ PERIOD($period) } tegenover een minimum van { PERIOD($reference_period) }), te rekenen vanaf '{ LABEL("retention_starts", $reference) }' (bron: { LABEL("retention_source", $reference) }). Deze referentie is een minimum, geen maximum. { LABEL("retention_why_minimum", $reference) }{ $verified ->
        [true] {""}
       *[other] {" "}De referentie zelf is niet geverifieerd.
    }{ $justified ->
        [true] {" "}Er is een motivering vastgelegd: nagaan of die de kortere termijn verklaart.
       *[other] {" "}Er is geen motivering vastgelegd.
    }
    .remedy = De gegevens minstens zo lang bewaren als de minimale referentietermijn, beperkt tot wat dat doel vereist (voor een bezwaar: een hash van het e-mailadres of telefoonnummer op een afzonderlijke uitsluitingslijst), of vastleggen waarom een kortere termijn volstaat.
    .reference = art. 21.2-3 AVG; minimale referentietermijnen van pia/knowledge/retention.yaml (RET-OBJECTED: CNIL, minstens 3 jaar)

## Het archief na het actieve gebruik (pia/findings/retention_archive.py)

RET-011 = Gegevens gearchiveerd na het actieve gebruik, zonder archieftermijn
    .message = Bewaarregel '{ $rule }' ({ LABELS("retention_group", $groups) }) archiveert de gegevens { $active ->
        [none] na het actieve gebruik
       *[other] na { PERIOD($active) } actief gebruik
    }, maar legt geen archieftermijn vast: niets beperkt hoe lang het archief ze bewaart, en de betrokkenen kan de volledige termijn niet worden meegedeeld.
    .remedy = Vastleggen hoe lang het archief de gegevens na de actieve termijn bewaart (bv. de verjaringstermijn of de wettelijke bewaarplicht die het dient), en ze daarna wissen.
    .reference = art. 5.1.e), 13.2.a) en 30.1.f) AVG

RET-012 = Gegevens gearchiveerd zonder grond om ze na het actieve gebruik te bewaren
    .message = Bewaarregel '{ $rule }' archiveert de gegevens na het actieve gebruik, maar { $ground ->
        [unknown] legt daarvoor geen grond vast
       *[other] legt daarvoor een grond vast die de AVG niet noemt ('andere')
    }: zodra het doeleinde bereikt is, mogen gegevens enkel nog worden bewaard om een wettelijke verplichting na te komen, om rechtsvorderingen in te stellen of te verdedigen, of voor archivering in het algemeen belang, onderzoek of statistiek.
    .remedy = De grond vastleggen die het doeleinde overleeft: een wettelijke bewaarplicht (met de wet), de verdediging van rechtsvorderingen (binnen de verjaringstermijn), of archivering in het algemeen belang, onderzoek of statistiek (art. 89.1 AVG); anders de gegevens wissen aan het einde van de actieve termijn.
    .reference = art. 5.1.e), 17.3.b), d) en e), en 89.1 AVG

RET-013 = Archief na het actieve gebruik niet beperkt tot gemachtigde personen
    .message = Bewaarregel '{ $rule }' archiveert de gegevens na het actieve gebruik, maar de toegang tot het archief is { $restricted ->
        [false] volgens de vastlegging niet
       *[other] niet vastgelegd als
    } beperkt tot specifiek gemachtigde personen: gegevens die binnen bereik blijven van de teams die ze gebruikten, blijven in actief gebruik.
    .remedy = Gearchiveerde gegevens gescheiden houden van de werksystemen (afzonderlijke opslag, of minstens afzonderlijke toegangsrechten), enkel toegankelijk voor specifiek gemachtigde personen, voor een occasionele en gemotiveerde behoefte.
    .reference = art. 5.1.e)-f) en 89.1 AVG; CNIL, Guide pratique 'Les durées de conservation' (juli 2020): tussentijds archief

RET-014 = Een archief is vastgelegd, maar de gegevens worden aan het einde gewist of geanonimiseerd
    .message = Bewaarregel '{ $rule }' legt een archief na het actieve gebruik vast, maar vermeldt dat de gegevens aan het einde van de termijn { $deletion ->
        [erasure] worden gewist
       *[other] worden geanonimiseerd
    }: de betrokkenen kan niet worden meegedeeld wat juist is.
    .remedy = De wijze van wissen op `archive_then_erasure` zetten als de gegevens na het actieve gebruik worden gearchiveerd, of het archief schrappen als ze aan het einde worden gewist of geanonimiseerd.
    .reference = art. 5.1.e) en 13.2.a) AVG

RET-016 = Een archief voor een wettelijke verplichting duurt langer dan de wettelijke termijn, zonder motivering
    .message = Bewaarregel '{ $rule }' archiveert de gegevens na het actieve gebruik gedurende { PERIOD($archive_period) } om een wettelijke verplichting na te komen, langer dan de langste wettelijke termijn voor die gegevens: { $percent }% ({ PERIOD($archive_period) } tegenover een wettelijke termijn van { PERIOD($legal_period) }, { $legal }). De bewaarde gegevens omvatten { LABELS("data_kind", $kinds) }{ $assumed ->
        [none] {""}
        [purposes] {" "}(de regel vermeldt geen gegevenscategorieën, dus worden die van zijn doeleinden aangenomen)
        [people] {" "}(de regel vermeldt geen gegevenscategorieën, dus worden die van de doeleinden over zijn personen aangenomen)
       *[other] {" "}(de regel vermeldt geen gegevenscategorieën, dus worden alle categorieën van de beoordeling aangenomen)
    }, waarvoor de wet archieftermijnen vastlegt: { $entries }.{ $verified ->
        [true] {""}
       *[other] {" "}Niet elk van die termijnen is geverifieerd.
    } Zodra de plicht afloopt, laat de wettelijke verplichting niet meer toe ze te bewaren, en er is geen motivering voor het langere archief vastgelegd.
    .remedy = De gearchiveerde gegevens wissen wanneer de langste wettelijke bewaarplicht afloopt, of in de motivering van de regel de andere grond vastleggen die ze langer nodig maakt (bv. een lopend geschil).
    .reference = art. 5.1.e) en 17.3.b) AVG; { $legal }: { LABEL("retention_source", $legal) }{ $legal_verified ->
        [true] {""}
       *[other] {" "}(niet geverifieerd)
    }

RET-017 = Een archief voor een wettelijke verplichting eindigt vóór de wettelijke termijn
    .message = Bewaarregel '{ $rule }' archiveert de gegevens na het actieve gebruik gedurende { PERIOD($archive_period) } om een wettelijke verplichting na te komen, korter dan de wet vereist: { $percent }% ({ PERIOD($archive_period) } tegenover een wettelijke termijn van { PERIOD($legal_period) }, { $legal }). De bewaarde gegevens omvatten { LABELS("data_kind", $kinds) }{ $assumed ->
        [none] {""}
        [purposes] {" "}(de regel vermeldt geen gegevenscategorieën, dus worden die van zijn doeleinden aangenomen)
        [people] {" "}(de regel vermeldt geen gegevenscategorieën, dus worden die van de doeleinden over zijn personen aangenomen)
       *[other] {" "}(de regel vermeldt geen gegevenscategorieën, dus worden alle categorieën van de beoordeling aangenomen)
    }, waarvoor de wet archieftermijnen vastlegt: { $entries }.{ $verified ->
        [true] {""}
       *[other] {" "}Niet elk van die termijnen is geverifieerd.
    } Een wettelijke archieftermijn is een minimum. { LABEL("retention_why_minimum", $legal) } De betrokkenen krijgen een termijn te horen die niet overeenstemt met de plicht die het archief volgens de vastlegging dient.
    .remedy = Het archief bewaren gedurende de wettelijke termijn (de langste plicht die op de gegevens van toepassing is), of vastleggen welke wet het archief dient als het niet die is die de kennisbank noemt.
    .reference = art. 5.1.e), 13.2.a) en 17.3.b) AVG; { $legal }: { LABEL("retention_source", $legal) }{ $legal_verified ->
        [true] {""}
       *[other] {" "}(niet geverifieerd)
    }
