# De woorden van de scores (pia/scoring): factoren (`factor-<code>`: naam, .reason, .reference),
# de controles (`check-<key>`), de titels van de gescoorde items (`item_title-<kind>`) en de
# lacunes die de factoren opsommen.

## Lacunes die een factor opsomt (labelgroepen)

purpose_gap =
    .objection = er is geen manier vastgelegd om bezwaar te maken
    .objection_channel = waar en hoe bezwaar wordt gemaakt, is niet vastgelegd
    .objection_as_easy_as_collection = niet vastgelegd is dat bezwaar maken even eenvoudig is als de gegevens verstrekken
    .objection_as_easy_as_collection_no = bezwaar maken is volgens de vastlegging moeilijker dan de gegevens verstrekken
    .objection_brought_to_attention = niet vastgelegd is dat het recht van bezwaar duidelijk en afzonderlijk onder de aandacht wordt gebracht
    .objection_brought_to_attention_no = het recht van bezwaar wordt volgens de vastlegging niet duidelijk en afzonderlijk onder de aandacht gebracht
    .consent = hoe toestemming wordt verkregen, aangetoond en ingetrokken, is niet vastgelegd
    .consent_records_kept = het bewijs van toestemming is niet vastgelegd
    .consent_records_kept_no = het bewijs van toestemming wordt volgens de vastlegging niet bewaard
    .consent_granular = niet vastgelegd is dat toestemming per doeleinde afzonderlijk wordt gevraagd
    .consent_granular_no = toestemming wordt volgens de vastlegging niet per doeleinde afzonderlijk gevraagd
    .consent_withdrawal_path = hoe toestemming wordt ingetrokken, is niet vastgelegd
    .soft_opt_in = de soft opt-in voor bestaande klanten is niet vastgelegd
    .soft_opt_in_details_from_sale = niet vastgelegd is dat het adres of nummer bij een verkoop van de klant zelf werd verkregen
    .soft_opt_in_details_from_sale_no = dat het adres of nummer bij een verkoop van de klant zelf werd verkregen, is volgens de vastlegging niet vervuld
    .soft_opt_in_own_similar_products = niet vastgelegd is dat de reclame enkel eigen, soortgelijke producten van de afzender betreft
    .soft_opt_in_own_similar_products_no = dat de reclame enkel eigen, soortgelijke producten van de afzender betreft, is volgens de vastlegging niet vervuld
    .soft_opt_in_objection_at_collection = niet vastgelegd is dat bij de verzameling een kosteloze en eenvoudige manier werd geboden om bezwaar te maken
    .soft_opt_in_objection_at_collection_no = dat bij de verzameling een kosteloze en eenvoudige manier werd geboden om bezwaar te maken, is volgens de vastlegging niet vervuld
    .soft_opt_in_objection_in_each_message = niet vastgelegd is dat elk bericht een kosteloze en eenvoudige manier biedt om bezwaar te maken
    .soft_opt_in_objection_in_each_message_no = dat elk bericht een kosteloze en eenvoudige manier biedt om bezwaar te maken, is volgens de vastlegging niet vervuld
    .data_subjects = het gaat ook om personen die geen klant zijn, en voor hen geldt de soft opt-in niet
    .withdrawal_called_objection = het intrekken wordt een bezwaar genoemd

archive_gap =
    .archive = het archief (termijn, grond en toegang) is niet vastgelegd
    .archive_period = hoelang het archief de gegevens bewaart, is niet vastgelegd
    .archive_ground = waarom de gegevens na het actieve gebruik worden bewaard, is niet vastgelegd
    .archive_ground_other = de vastgelegde grond om ze te bewaren is geen van de gronden die de AVG noemt (een wettelijke verplichting, rechtsvorderingen, archivering in het algemeen belang)
    .archive_access_restricted = niet vastgelegd is dat de toegang tot het archief beperkt is tot specifiek gemachtigde personen
    .archive_access_restricted_no = de toegang tot het archief is volgens de vastlegging niet beperkt tot specifiek gemachtigde personen

## Factoren van een doeleinde

factor-sensitive_data = Gevoelige gegevens gebruikt
    .reason = Het doeleinde gebruikt '{ NAME($category) }' ({ $category }), vastgelegd als { $sensitivity ->
        [highly_personal] gegevens van zeer persoonlijke aard
        [special_category] een bijzondere categorie van gegevens (art. 9)
       *[other] gegevens over strafrechtelijke veroordelingen en strafbare feiten (art. 10)
    }.
    .reference = { $sensitivity ->
        [highly_personal] WP248 rev.01, criterium 4 (gevoelige gegevens of gegevens van zeer persoonlijke aard)
        [special_category] art. 9.1 AVG; WP248 rev.01, criterium 4
       *[other] art. 10 AVG; WP248 rev.01, criterium 4
    }

factor-profiling = Profilering en afgeleide gegevens
    .reason = { $profiling ->
        [true] Het profileert personen (evalueert persoonlijke aspecten van hen)
       *[other] Het gebruikt gegevens die de verwerkingsverantwoordelijke over personen afleidt
    }{ $inferred ->
        [none] {""}
       *[other] ; afgeleide categorieën: { NAMES($inferred) }
    }. Een profiel zegt meer over iemand dan die persoon zelf gaf, en kan fout zijn.
    .reference = art. 4.4 AVG; Richtsnoeren van de Groep artikel 29 inzake geautomatiseerde individuele besluitvorming en profilering (WP251 rev.01); WP248 rev.01, criterium 1

factor-other_companies = Gegevens van andere bedrijven
    .reason = Het combineert gegevens die van andere bedrijven werden verkregen ({ NAMES($sources) }) met de eigen gegevens, verder dan wat personen zouden verwachten toen ze hun gegevens gaven.
    .reference = WP248 rev.01, criterium 6 (matching of combineren van datasets); art. 14 AVG

factor-vulnerable_people = Kwetsbare personen betrokken
    .reason = Het betreft kwetsbare of afhankelijke personen ({ NAMES($groups) }), die minder makkelijk kunnen weigeren, bezwaar maken of hun rechten verdedigen.
    .reference = WP248 rev.01, criterium 7; overweging 75 AVG

factor-severity_ceiling = Plafond: geen bijzondere gegevens, geen kwetsbare personen
    .reason = Zonder bijzondere of strafrechtelijke gegevens en zonder kwetsbare personen blijft de schade op 'aanzienlijk': de CNIL houdt 'maximaal' voor gevolgen waarvan personen misschien nooit herstellen, en plaatst gewone gerichte reclame op 'verwaarloosbaar'.
    .reference = CNIL, PIA-kennisbank (2018), ernstniveaus PIA_EX_IMPN tot PIA_EX_IMPM; kalibratie van het werkboek

factor-personalised_ads_without_consent = Gepersonaliseerde reclame zonder toestemming
    .reason = Het profileert personen voor reclame, maar steunt niet op toestemming; het steunt op { LABELS("legal_basis", $bases) }. Zulke profilering is zonder toestemming zelden rechtmatig.
    .reference = EDPB-richtsnoeren 8/2020 over de targeting van gebruikers van sociale media; HvJ-EU C-252/21, Meta Platforms t. Bundeskartellamt (4 juli 2023); Advies 06/2014 van de Groep artikel 29 over het begrip gerechtvaardigd belang (WP217)

factor-profiling_without_consent = Profilering zonder toestemming
    .reason = Het profileert personen op grond van { LABELS("legal_basis", $bases) }, zonder toestemming: dan moet worden aangetoond dat de profilering noodzakelijk is en niet zwaarder weegt dan de belangen van de betrokkenen.
    .reference = art. 6.1 en 21.1 AVG; Advies 06/2014 van de Groep artikel 29 over het begrip gerechtvaardigd belang (WP217)

factor-interest_test_open = Toets van het gerechtvaardigd belang niet doorstaan
    .reason = Het steunt op gerechtvaardigd belang, maar { $recorded ->
        [true] de drietrapstoets is niet doorstaan voor de { LABELS("interest_step", $steps) }
       *[other] er is geen beoordeling van het gerechtvaardigd belang vastgelegd
    }: niets toont aan dat het belang reëel is, de verwerking noodzakelijk en de belangen van de betrokkenen niet zwaarder wegen.
    .reference = art. 6.1.f AVG; EDPB-richtsnoeren 1/2024 over de verwerking van persoonsgegevens op grond van art. 6.1.f AVG

factor-objection_not_easy = Bezwaar tegen direct marketing niet eenvoudig of niet aangeboden
    .reason = Het is direct marketing op grond van { LABELS("legal_basis", $bases) }, maar { LABELS("purpose_gap", $gaps) }. Betrokkenen mogen op elk moment bezwaar maken, zonder redenen op te geven, en moeten daar uitdrukkelijk op worden gewezen.
    .reference = art. 21.2 tot 21.4 AVG

factor-consent_not_shown = Toestemming niet aantoonbaar, niet specifiek of niet intrekbaar
    .reason = Het steunt op toestemming, maar { LABELS("purpose_gap", $gaps) }: toestemming waarvan de geldigheid niet kan worden aangetoond, is geen rechtsgrond.
    .reference = art. 7.1 tot 7.3 en 4.11 AVG

factor-withdrawal_called_objection = Intrekking van toestemming voorgesteld als bezwaar
    .reason = De informatie noemt het intrekken van toestemming een 'bezwaar'. Betrokkenen kunnen dan denken dat ze redenen moeten geven of dat de verwerkingsverantwoordelijke kan weigeren, terwijl intrekken onvoorwaardelijk is en even eenvoudig als toestemming geven.
    .reference = art. 7.3 AVG (intrekking) en art. 21 AVG (bezwaar): twee verschillende rechten

factor-electronic_marketing_without_consent = Reclame per e-mail of sms zonder toestemming
    .reason = Het maakt reclame via { LABELS("channel", $channels) } en { $consent ->
        [true] baseert een deel ervan op een andere grond dan toestemming
       *[other] steunt niet op toestemming
    } ({ LABELS("legal_basis", $bases) }). Reclame per e-mail of sms vereist voorafgaande toestemming; { $gaps ->
        [none] de uitzondering van de soft opt-in (bestaande klanten, eigen soortgelijke producten van de afzender, afmelding aangeboden bij de verzameling en in elk bericht) is niet vastgelegd
       *[other] de soft opt-in is vastgelegd, maar { LABELS("purpose_gap", $gaps) }
    }.
    .reference = { $gaps ->
        [none] art. XII.13 Wetboek van economisch recht (WER); koninklijk besluit van 4 april 2003 (soft opt-in); art. 13 richtlijn 2002/58/EG
       *[other] art. 13.2 richtlijn 2002/58/EG; art. XII.13 Wetboek van economisch recht (WER) en art. 1, 1°, koninklijk besluit van 4 april 2003
    }

factor-special_categories_without_exception = Bijzondere gegevens zonder uitzondering volgens art. 9.2
    .reason = Het gebruikt bijzondere categorieën van gegevens ({ NAMES($categories) }), die art. 9.1 verbiedt tenzij een uitzondering van art. 9.2 geldt, en er is er geen vastgelegd.
    .reference = art. 9.1 en 9.2 AVG

factor-undeclared = Gegevenscategorieën niet meegedeeld aan de betrokkenen
    .reason = Het gebruikt { $n ->
        [one] een gegevenscategorie
       *[other] { $n } gegevenscategorieën
    } waarover de betrokkenen niet worden geïnformeerd ({ NAMES($categories) }): ze kunnen de verwerking niet voorzien en hun rechten erop niet uitoefenen.
    .reference = art. 5.1.a, 13.1.c en 14.1.d AVG

factor-art14_missing = Gegevens van elders zonder informatie volgens art. 14
    .reason = Het gebruikt gegevens die niet bij de betrokkenen zelf werden verkregen ({ NAMES($sources) }), en de informatie volgens art. 14, met inbegrip van de bron, { $informed ->
        [false] wordt volgens de vastlegging niet gegeven
       *[other] is niet vastgelegd als gegeven
    }: de betrokkenen weten mogelijk niet dat de verwerkingsverantwoordelijke deze gegevens heeft.
    .reference = art. 14.1 en 14.2 AVG, met inbegrip van art. 14.2.f (de bron)

factor-large_scale = Grote schaal
    .reason = Volgens de voorafgaande toets gebeurt het doeleinde op grote schaal: elke zwakte raakt veel personen.
    .reference = WP248 rev.01, criterium 5 (grote schaal), gelezen zoals in de voorafgaande toets

factor-scale_unknown = Aantal betrokkenen niet vastgelegd
    .reason = Hoeveel personen het betreft, is niet vastgelegd ({ NAMES($groups) }), en de andere aanwijzingen voor grote schaal wijzen er niet op; de schaal telt dus niet mee.
    .reference = WP248 rev.01, criterium 5 (grote schaal), gelezen zoals in de voorafgaande toets

factor-safeguards_recorded = Waarborgen bij de rechtsgrond vastgelegd
    .reason = Vastgelegde waarborgen: { $consent ->
        [true] de toestemming is aantoonbaar, specifiek en eenvoudig in te trekken{ $interest ->
            [true] {" "}en de drietrapstoets van het gerechtvaardigd belang is doorstaan
           *[other] {""}
        }
       *[other] de drietrapstoets van het gerechtvaardigd belang is doorstaan
    }.
    .reference = art. 7.1 tot 7.3 en 4.11 AVG; art. 6.1.f AVG; EDPB-richtsnoeren 1/2024 over de verwerking van persoonsgegevens op grond van art. 6.1.f AVG

## Factoren van een doorgifte of een blootstelling

scoring-transfer = { $recorded ->
        [true] de doorgifte
       *[other] de niet vastgelegde doorgifte
    } aan { NAME($recipient) } { LABEL("country_in", $country) }
scoring-transfer_start = { $recorded ->
        [true] De doorgifte
       *[other] De niet vastgelegde doorgifte
    } aan { NAME($recipient) } { LABEL("country_in", $country) }
scoring-assumed = { $assumed ->
        [recipient] De doorgifte vermeldt geen categorieën; die van de ontvanger worden gebruikt.{" "}
        [assessment] Categorieën niet vastgelegd; alle categorieën van de beoordeling worden verondersteld.{" "}
       *[other] {""}
    }
-edpb-01-2020 = EDPB-aanbevelingen 01/2020 (v2.0)

factor-dpf_uncertain = DPF-certificering niet vastgelegd
    .reason = { scoring-transfer_start } steunt op het EU-VS Data Privacy Framework, dat enkel organisaties dekt die op de DPF-lijst gecertificeerd zijn; of { NAME($recipient) } gecertificeerd is, voor deze gegevens, is niet vastgelegd.
    .reference = art. 45.1 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023 (EU-VS Data Privacy Framework)

factor-no_adequacy = Geen adequaatheidsbesluit
    .reason = Geen adequaatheidsbesluit dekt { scoring-transfer }{ $partial ->
        [true] {" "}(het adequaatheidsbesluit voor dit land dekt slechts bepaalde ontvangers of gegevens)
       *[other] {""}
    }.
    .reference = art. 45.1 AVG; { -edpb-01-2020 }, stap 2

factor-no_tia = Geen doorgiftebeoordeling
    .reason = Laten het recht en de praktijk { LABEL("country_in", $country) } de importeur toe zijn verbintenissen na te komen? De beoordeling { $done ->
        [false] vermeldt dat dit niet werd beoordeeld
       *[other] zegt niet of dit werd beoordeeld
    }.
    .reference = { -edpb-01-2020 }, stap 3; modelcontractbepalingen 2021/914, clausule 14, b) en d)

factor-access_high = Toegang voor overheidsinstanties: hoog
    .reason = De kennisbank schat de toegang voor overheidsinstanties { LABEL("country_in", $country) } hoog in, getoetst aan de Europese essentiële waarborgen ({ $grounds ->
        [one] één grond vastgelegd
       *[other] { $grounds } gronden vastgelegd
    }).
    .reference = { -edpb-01-2020 }, stap 3; EDPB-aanbevelingen 02/2020; { $source }

factor-readable = Gegevens leesbaar voor de importeur
    .reason = { $protection ->
        [clear_text] De gegevens bereiken { NAME($recipient) } onversleuteld
        [encrypted_keys_with_recipient] { NAME($recipient) } heeft de sleutels van de gegevens
       *[other] De beoordeling zegt niet of { NAME($recipient) } de gegevens kan lezen
    }, en de toegang voor overheidsinstanties daar is ingeschat als { $level ->
        [high] hoog
       *[other] gemiddeld
    }: waar de importeur de gegevens kan lezen, ziet de EDPB geen doeltreffende technische maatregel.
    .reference = { -edpb-01-2020 }, stap 4 en bijlage 2, gebruiksscenario's 6 en 7

factor-pseudonymised = Gepseudonimiseerd
    .reason = De gegevens bereiken { NAME($recipient) } gepseudonimiseerd, zodat de importeur ze niet zelf kan lezen.
    .reference = { -edpb-01-2020 }, bijlage 2, gebruiksscenario 2

factor-keys_in_eea = Sleutels in de EER
    .reason = De gegevens bereiken { NAME($recipient) } versleuteld, met de sleutels in de EER, zodat de importeur ze niet zelf kan lezen.
    .reference = { -edpb-01-2020 }, bijlage 2, gebruiksscenario 1

factor-supplementary_measures = Aanvullende maatregelen
    .reason = Voor { scoring-transfer } zijn aanvullende maatregelen vastgelegd: { LIST($measures) }.
    .reference = { -edpb-01-2020 }, stap 4

factor-no_tool = Geen doorgifte-instrument
    .reason = { scoring-transfer_start } { $tool ->
        [none] steunt op geen enkel instrument van hoofdstuk V
       *[other] steunt op een instrument dat de beoordeling niet noemt (een verwijzing naar 'de nodige maatregelen' die elders beschreven zijn, noemt er geen)
    }.
    .reference = art. 44 en 46.1 AVG; { -edpb-01-2020 }, stap 2

factor-tool_not_applicable = Doorgifte-instrument niet van toepassing
    .reason = { scoring-transfer_start } steunt op het instrument '{ LABEL("transfer_tool", $tool) }', maar { $uncertified ->
        [true] { NAME($recipient) } is volgens de vastlegging niet gecertificeerd onder dat kader
       *[other] geen adequaatheidsbesluit van die aard dekt deze bestemming
    }.
    .reference = art. 45.1 AVG; art. 44 en 46.1 AVG; { -edpb-01-2020 }, stap 2

factor-art49_systematic = Afwijking van art. 49 voor een structurele doorgifte
    .reason = { scoring-transfer_start } loopt voortdurend (opslag, toegang op afstand of het werk van een verwerker), maar de afwijkingen van art. 49 gelden enkel voor incidentele doorgiften.
    .reference = art. 49.1 AVG; EDPB-richtsnoeren 2/2018 over de afwijkingen van artikel 49

factor-art49 = Afwijking van art. 49
    .reason = { scoring-transfer_start } steunt op een afwijking van art. 49, een uitzondering die strikt moet worden uitgelegd; het model legt geen frequentie vast die aantoont dat de doorgifte incidenteel is.
    .reference = art. 49.1 AVG; EDPB-richtsnoeren 2/2018 over de afwijkingen van artikel 49

factor-special_or_criminal = Bijzondere of strafrechtelijke gegevens
    .reason = { scoring-assumed }De gevoeligste betrokken categorie is '{ NAME($category) }' ({ $category }), vastgelegd als { LABEL("sensitivity", $sensitivity) }.
    .reference = art. 9.1 en 10 AVG; WP248 rev.01, criterium 4

factor-highly_personal = Zeer persoonlijke gegevens
    .reason = { scoring-assumed }De gevoeligste betrokken categorie is '{ NAME($category) }' ({ $category }), vastgelegd als { LABEL("sensitivity", $sensitivity) }.
    .reference = WP248 rev.01, criterium 4 (gegevens van zeer persoonlijke aard)

factor-profiles = Profielen of gedrag
    .reason = { scoring-assumed }Het gaat om profielen of gedragsgegevens ({ NAMES($categories) }): ze onthullen gewoonten en interesses die overheidsinstanties zouden kunnen benutten.
    .reference = art. 4.4 AVG; WP248 rev.01, criterium 1 (evaluatie of scoretoekenning)

factor-parent_law = Recht dat via de moedermaatschappij doorwerkt
    .reason = { NAME($recipient) } verwerkt de gegevens { LABEL("country_in", $country) }, maar de moedermaatschappij is gevestigd { LABEL("country_in", $parent) }: { LIST($laws) } kan de groep verplichten gegevens die ze bewaart af te geven, waar ze ook zijn opgeslagen.
    .reference = EDPB-richtsnoeren 05/2021 over de wisselwerking tussen de toepassing van art. 3 en de bepalingen van hoofdstuk V AVG (v2.0), voorbeeld 12; art. 28.1 AVG; { LIST($laws) }

factor-exposure_keys_in_eea = Versleuteld, sleutels in de EER
    .reason = Een doorgifte voor { NAME($recipient) } ({ $transfer }) legt vast dat de gegevens versleuteld zijn met de sleutels in de EER, zodat een bevel aan de groep geen leesbare gegevens oplevert.
    .reference = { -edpb-01-2020 }, bijlage 2, gebruiksscenario 1

## Factoren van een bewaarregel (of van een groep die geen regel dekt)

scoring-kept_assumed = { $assumed ->
        [none] {""}
       *[other] {" "}({ $covered ->
            [true] de regel vermeldt geen gegevenscategorieën, dus
           *[other] geen regel dekt hen, dus
        } { $assumed ->
            [purposes] worden die van zijn doeleinden verondersteld
            [people] worden die van de doeleinden over zijn betrokkenen verondersteld
            [identity] worden de identiteitsdocumenten uit de beoordeling verondersteld
           *[other] worden alle categorieën van de beoordeling verondersteld
        })
    }

factor-most_sensitive_kept = Gevoeligste bewaarde gegevens
    .reason = De gevoeligste bewaarde gegevens zijn '{ NAME($category) }' ({ $category }), { $sensitivity ->
        [highly_personal] gegevens van zeer persoonlijke aard
        [special_category] een bijzondere categorie van gegevens (art. 9)
       *[other] gegevens over strafrechtelijke veroordelingen en strafbare feiten (art. 10)
    }{ scoring-kept_assumed }.
    .reference = art. 9.1 en 10 AVG; WP248 rev.01, criterium 4

factor-id_documents_kept = Identiteitsdocumenten bewaard
    .reason = { $categories ->
        [none] Wie zijn rechten uitoefent, moet een identiteitsbewijs bezorgen ({ $documents ->
            [none] zoals vastgelegd
           *[other] { LIST($documents) }
        }), en deze bewaring dekt dat bewijs
       *[other] Identiteitsdocumenten of -nummers worden bewaard ({ NAMES($categories) }){ scoring-kept_assumed }
    }; met een kopie is identiteitsfraude mogelijk.
    .reference = art. 5.1.c en 87 AVG; WP248 rev.01, criterium 4 (persoonlijke documenten)

factor-profiles_kept = Profielen of afgeleide gegevens bewaard
    .reason = Er worden profielen of afgeleide gegevens bewaard ({ NAMES($categories) }){ scoring-kept_assumed }: voorspellingen over een persoon die fout kunnen zijn en langer meegaan dan hun nut.
    .reference = art. 4.4 AVG; WP248 rev.01, criterium 1

factor-no_period = Geen termijn
    .reason = { $rule ->
        [none] Geen bewaarregel dekt { LABELS("retention_group", $groups) } ({ scoring-expected }), dus er is geen termijn bepaald.
       *[other] Regel { $rule } bepaalt geen bewaartermijn voor { LABELS("retention_group", $groups) }.
    }
    .reference = art. 5.1.e, 13.2.a, 14.2.a en 30.1.f AVG

factor-no_trigger = Geen begingebeurtenis
    .reason = { $rule ->
        [none] Geen bewaarregel dekt { LABELS("retention_group", $groups) } ({ scoring-expected }), dus niets doet een termijn beginnen.
       *[other] Regel { $rule } zegt niet welke gebeurtenis zijn termijn doet beginnen.
    }
    .reference = art. 5.1.e en 13.2.a AVG (de criteria om de termijn te bepalen)

factor-no_justification = Geen motivering
    .reason = { $rule ->
        [none] Geen bewaarregel dekt { LABELS("retention_group", $groups) } ({ scoring-expected }), dus geen enkele termijn is gemotiveerd.
       *[other] Regel { $rule } zegt niet waarom zijn termijn noodzakelijk is.
    }
    .reference = art. 5.1.e en 5.2 AVG, overweging 39

factor-no_deletion = Wijze van wissen onbekend
    .reason = { $rule ->
        [none] Geen bewaarregel dekt { LABELS("retention_group", $groups) } ({ scoring-expected }), dus niets zegt hoe hun gegevens worden gewist.
       *[other] Regel { $rule } zegt niet hoe de gegevens aan het einde worden gewist.
    }
    .reference = art. 5.1.e en 17.1.a AVG, overweging 39

factor-trigger_impossible = Begingebeurtenis kan zich niet voordoen
    .reason = Regel { $rule } laat zijn termijn beginnen bij '{ $trigger }' ({ LIST($words) }), een gebeurtenis die zich nooit voordoet voor { LABELS("retention_group", $groups) }, die geen overeenkomst hebben: hun gegevens zouden zonder einde worden bewaard.
    .reference = art. 5.1.e en 13.2.a AVG (de criteria om de termijn te bepalen)

factor-longer_than_reference = Langer dan de referentietermijn
    .reason = Regel { $rule } bewaart gegevens gedurende { PERIOD($period) }, langer dan de referentietermijn voor { LABELS("retention_group", $groups) } ({ PERIOD($reference_period) }; { $percent } % langer). Referentietermijnen zijn richtinggevend, niet bindend.
    .reference = art. 5.1.e AVG; referentie { $reference }: { $source }{ $verified ->
        [true] {""}
       *[other] {" "}(niet geverifieerd)
    }

factor-shorter_than_minimum = Korter dan de minimale referentietermijn
    .reason = Regel { $rule } bewaart gegevens gedurende { PERIOD($period) }, korter dan de minimale referentietermijn voor { LABELS("retention_group", $groups) } ({ PERIOD($reference_period) }; { $percent } % korter): de gegevens kunnen weg zijn voordat ze hun werk hebben gedaan, zoals een bezwaar blijven respecteren.
    .reference = referentie { $reference }: { $source }{ $verified ->
        [true] {""}
       *[other] {" "}(niet geverifieerd)
    }

factor-archive_not_shown = Archief na het actieve gebruik niet aangetoond
    .reason = Regel { $rule } archiveert de gegevens na het actieve gebruik, maar { LABELS("archive_gap", $gaps) }: een archief dient voor incidentele, gemachtigde toegang op een grond die het doeleinde overleeft, niet als een langere actieve termijn.
    .reference = art. 5.1.e, 17.3.b, d en e, en 89.1 AVG; CNIL, Guide pratique 'Les durées de conservation' (juli 2020): actieve databank en tussentijds archief

factor-deletion_recorded = Wissing vastgelegd, gemotiveerd en binnen de referentietermijn
    .reason = Regel { $rule } legt zijn begin vast, { LABEL("deletion", $deletion) } aan het einde{ $archived ->
        [true] {" "}(met een archief waarvan termijn, grond en toegang vastgelegd zijn)
       *[other] {""}
    }, een motivering en een termijn binnen de referentietermijn.
    .reference = art. 5.1.e AVG, overweging 39

## Controles: wat voor een item werd nagegaan (.detail en .reference worden gezegd met $status)

check-legal_basis = Rechtsgrond vastgelegd
    .detail = Ingeroepen: { LABELS("legal_basis", $bases) }.
    .reference = art. 6.1 AVG
check-law = De wet achter een wettelijke verplichting of taak van algemeen belang
    .detail = { $status ->
        [not_applicable] Er wordt geen wettelijke verplichting of taak van algemeen belang ingeroepen.
        [missing] Geen wet vastgelegd voor: { LABELS("legal_basis", $unnamed) }.
       *[other] De wet is vastgelegd voor elke ingeroepen wettelijke verplichting of taak van algemeen belang.
    }
    .reference = art. 6.1.c en 6.1.e, en art. 6.3 AVG
check-art9 = Uitzondering volgens art. 9.2 voor bijzondere gegevens
    .detail = { $status ->
        [not_applicable] Geen bijzondere categorieën van gegevens gebruikt.
        [missing] Bijzondere categorieën van gegevens gebruikt ({ NAMES($categories) }); geen uitzondering.
       *[other] { LABEL("special_category_exception", $exception) }.
    }
    .reference = art. 9.1 en 9.2 AVG
check-consent_for_profiling = Toestemming voor profilering en gepersonaliseerde reclame
    .detail = { $status ->
        [not_applicable] Geen profilering.
        [recorded] Er wordt op toestemming gesteund.
       *[other] Profilering zonder beroep op toestemming.
    }
    .reference = EDPB-richtsnoeren 8/2020 over de targeting van gebruikers van sociale media; HvJ-EU C-252/21, Meta Platforms t. Bundeskartellamt (4 juli 2023); Advies 06/2014 van de Groep artikel 29 over het begrip gerechtvaardigd belang (WP217)
check-interest_test = Gerechtvaardigd belang: doel, noodzaak, afweging
    .detail = { $status ->
        [not_applicable] Er wordt niet op gerechtvaardigd belang gesteund.
       *[other] { LABEL("interest_step", "purpose") }: { LABEL("test_outcome", $purpose) }; { LABEL("interest_step", "necessity") }: { LABEL("test_outcome", $necessity) }; { LABEL("interest_step", "balancing") }: { LABEL("test_outcome", $balancing) }.
    }
    .reference = art. 6.1.f AVG; EDPB-richtsnoeren 1/2024 over de verwerking van persoonsgegevens op grond van art. 6.1.f AVG
check-objection = Mogelijkheid tot bezwaar
    .detail = { $status ->
        [not_applicable] Geen rechtsgrond die een recht van bezwaar meebrengt.
        [recorded] Vastgelegd.
       *[other] Lacunes: { LABELS("purpose_gap", $gaps) }.
    }
    .reference = art. 21.1 tot 21.4 AVG
check-consent_details = Toestemming aantoonbaar, specifiek, intrekbaar
    .detail = { $status ->
        [not_applicable] Er wordt niet op toestemming gesteund.
        [recorded] Vastgelegd.
       *[other] Lacunes: { LABELS("purpose_gap", $gaps) }.
    }
    .reference = art. 7.1 tot 7.3 en 4.11 AVG
check-eprivacy = Reclame per e-mail en sms (art. XII.13 WER)
    .detail = { $state ->
        [no_email] Geen reclame per e-mail of sms.
        [consent] Toestemming is de enige ingeroepen grond.
        [no_soft_opt_in] Niet alles steunt op toestemming; soft opt-in niet vastgelegd.
       *[other] Niet alles steunt op toestemming; soft opt-in: { $gaps ->
            [none] elke voorwaarde vastgelegd als vervuld, enkel klanten.
           *[other] { LABELS("purpose_gap", $gaps) }.
        }
    }
    .reference = { $state ->
        [soft_opt_in] art. 13.2 richtlijn 2002/58/EG; art. XII.13 Wetboek van economisch recht (WER) en art. 1, 1°, koninklijk besluit van 4 april 2003
       *[other] art. XII.13 Wetboek van economisch recht (WER); koninklijk besluit van 4 april 2003 (soft opt-in); art. 13 richtlijn 2002/58/EG
    }
check-art13 = Informatie bij de verzameling (art. 13)
    .detail = { $status ->
        [not_applicable] Geen gegevens bij de betrokkenen zelf verzameld.
        [recorded] Geïnformeerd bij de verzameling.
        [failed] Niet geïnformeerd bij de verzameling.
       *[other] Niet vastgelegd.
    }
    .reference = art. 13.1 en 13.2 AVG
check-art14 = Informatie over gegevens van elders (art. 14)
    .detail = { $status ->
        [not_applicable] Geen gegevens van andere bedrijven of openbare bronnen.
        [recorded] Gegeven voor: { NAMES($sources) }.
        [failed] Niet gegeven voor: { NAMES($sources) }.
       *[other] Niet vastgelegd voor: { NAMES($sources) }.
    }
    .reference = art. 14.1 en 14.2 AVG, met inbegrip van art. 14.2.f (de bron)
check-declared_categories = Elke gebruikte categorie is aan de betrokkenen meegedeeld
    .detail = { $categories ->
        [none] Alle meegedeeld.
       *[other] Niet meegedeeld: { NAMES($categories) }.
    }
    .reference = art. 5.1.a, 13.1.c en 14.1.d AVG
check-scale = Aantal betrokkenen vastgelegd
    .detail = { $groups ->
        [none] Vastgelegd.
       *[other] Onbekend voor: { NAMES($groups) }.
    }
    .reference = WP248 rev.01, criterium 5 (grote schaal), gelezen zoals in de voorafgaande toets
check-know_your_transfers = Stap 1: de doorgiften kennen
    .detail = { $place ->
        [eea] { NAME($recipient) } is gevestigd { LABEL("country_in", $country) }, in de EER: dit is geen doorgifte in de zin van hoofdstuk V.
       *[other] { $state ->
            [unrecorded] Er is geen doorgifte vastgelegd voor { NAME($recipient) }, die gegevens verwerkt { LABEL("country_in", $country) }, buiten de EER. Leg ze vast; toegang op afstand (bv. door support- of onderhoudspersoneel) geldt als doorgifte.
            [transfer] Soort: { LABEL("transfer_kind", $kind) }; categorieën: { NAMES($categories) }.{ scoring-remote }
            [recipient] Soort: { LABEL("transfer_kind", $kind) }; de doorgifte vermeldt geen gegevenscategorieën: die van de ontvanger worden verondersteld ({ NAMES($categories) }).{ scoring-remote }
           *[other] Soort: { LABEL("transfer_kind", $kind) }; de doorgifte vermeldt geen gegevenscategorieën: alle categorieën van de beoordeling worden verondersteld.{ scoring-remote }
        }
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), stap 1
check-identify_transfer_tool = Stap 2: het doorgifte-instrument bepalen
    .detail = { $place ->
        [eea] Niet nodig binnen de EER.
       *[other] { $state ->
            [dpf_unconfirmed] { $decision }. Het DPF dekt enkel organisaties die op de DPF-lijst gecertificeerd zijn; of { NAME($recipient) } gecertificeerd is, is niet vastgelegd: raadpleeg de lijst op de datum van de beoordeling en leg het vast.
            [dpf_certified] { $decision }. { NAME($recipient) } is volgens de vastlegging gecertificeerd op de DPF-lijst (art. 45); controleer de certificering, en of ze deze gegevens dekt, bij elke herziening.
            [adequacy_partial] { $decision }. Het besluit dekt enkel: { $scope } Ga na of de ontvanger daaronder valt.
            [adequacy] { $decision }.
            [unknown] Er wordt geen doorgifte-instrument genoemd (een verwijzing naar elders beschreven maatregelen noemt er geen).
            [none] De doorgifte steunt op geen enkel instrument van hoofdstuk V (art. 44).
            [dpf_uncertified] Het DPF wordt genoemd, maar { NAME($recipient) } is volgens de vastlegging niet gecertificeerd: een instrument volgens art. 46 is nodig.
            [misapplied] '{ LABEL("transfer_tool", $tool) }' wordt genoemd, maar geen dergelijk besluit dekt de bestemming.
            [art49_systematic] Een afwijking van art. 49 kan geen voortdurende doorgifte dragen (EDPB-richtsnoeren 2/2018).
            [art49] Afwijking van art. 49: enkel voor incidentele doorgiften (EDPB-richtsnoeren 2/2018).
            [scc_no_module] Er wordt gesteund op de modelcontractbepalingen 2021/914, maar de module (1-4) wordt niet genoemd.
            [scc] Modelcontractbepalingen 2021/914, module { $module }.
           *[other] Er wordt gesteund op: { LABEL("transfer_tool", $tool) }.
        }
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), stap 2; art. 44 tot 46 en 49 AVG
check-assess_third_country_law = Stap 3: beoordelen of het instrument in het derde land doeltreffend is
    .detail = { $place ->
        [eea] Niet nodig binnen de EER.
        [adequacy] Niet nodig: een adequaatheidsbesluit dekt de bestemming.
       *[other] Doorgiftebeoordeling { $done ->
            [true] uitgevoerd
            [false] volgens de vastlegging niet uitgevoerd
           *[other] niet vastgelegd
        }. { $level ->
            [none] De kennisbank schat de toegang voor overheidsinstanties { LABEL("country_in", $country) } niet in.
           *[other] De kennisbank schat de toegang voor overheidsinstanties { LABEL("country_in", $country) } in als { $level ->
                [high] hoog
                [medium] gemiddeld
               *[other] laag
            }.
        }
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), stap 3; modelcontractbepalingen 2021/914, clausule 14, b)
check-supplementary_measures = Stap 4: aanvullende maatregelen nemen
    .detail = { $place ->
        [eea] Niet nodig binnen de EER.
        [adequacy] Niet nodig: een adequaatheidsbesluit dekt de bestemming.
       *[other] { $status ->
            [recorded] Gegevens: { LABEL("data_protection", $protection) }. Maatregelen: { $measures ->
                [none] geen vermeld
               *[other] { LIST($measures) }
            }.
           *[other] Geen aanvullende maatregelen vastgelegd. Gegevens: { LABEL("data_protection", $protection) }.{ $readable ->
                [true] {" "}Waar de importeur de gegevens kan lezen, ziet de EDPB geen doeltreffende technische maatregel (bijlage 2, gebruiksscenario's 6 en 7).
               *[other] {""}
            }
        }
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), stap 4 en bijlage 2
check-procedural_steps = Stap 5: eventuele formele procedurestappen zetten
    .detail = { $place ->
        [eea] Niet nodig binnen de EER.
        [adequacy] Niet nodig: een adequaatheidsbesluit dekt de bestemming.
       *[other] { $state ->
            [ad_hoc] Ad-hocbepalingen vereisen een toestemming van de toezichthoudende autoriteit (art. 46.3.a); het model heeft geen veld om die vast te leggen.
            [no_tool] Hangt af van het doorgifte-instrument, dat niet bekend is.
           *[other] Niets te doen voor een ongewijzigd standaardinstrument. Het model heeft geen veld voor gewijzigde modelcontractbepalingen, die als ad-hocbepalingen gelden.
        }
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), stap 5; art. 46.3 AVG
check-reevaluate = Stap 6: met passende tussenpozen herbeoordelen
    .detail = { $place ->
        [eea] Niet nodig binnen de EER.
        [adequacy] Niet nodig voor de doorgifte; controleer het adequaatheidsbesluit zelf bij elke herziening van deze beoordeling.
       *[other] { $due ->
            [none] Geen datum of frequentie voor de herbeoordeling vastgelegd.
           *[other] Volgende herbeoordeling: { $due }.
        }
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), stap 6
check-chapter_v = Doorgifte in de zin van hoofdstuk V
    .detail = { NAME($recipient) } is gevestigd { LABEL("country_in", $country) }, in de EER: gegevens met die ontvanger delen is op zich geen doorgifte. Het wordt er een als de groep gegevens aan een buitenlandse autoriteit verstrekt.
    .reference = { scoring-exposure_guidance }
check-parent_law = Derdelands recht via de moedermaatschappij
    .detail = De moedermaatschappij is gevestigd { LABEL("country_in", $parent) }, waar { LIST($laws) } de groep kan verplichten gegevens die ze bewaart af te geven. Het model heeft geen veld voor de beoordeling van deze blootstelling: leg ze vast als een risico met maatregelen.
    .reference = { LIST($sources) }
check-keys_in_eea = Versleuteling met sleutels in de EER
    .detail = { $status ->
        [recorded] Vastgelegd bij een doorgifte voor deze ontvanger.
       *[other] Niet vastgelegd: het model legt versleuteling enkel bij doorgiften vast, en geen enkele doorgifte voor deze ontvanger zegt dat de sleutels in de EER blijven.
    }
    .reference = EDPB-aanbevelingen 01/2020 (v2.0), bijlage 2, gebruiksscenario 1
check-dpf = EU-VS Data Privacy Framework
    .detail = Het DPF dekt doorgiften aan organisaties die op de DPF-lijst gecertificeerd zijn; het is van belang als gegevens de moedermaatschappij { LABEL("country_in", $parent) } bereiken (bv. toegang op afstand door haar personeel). { $certified ->
        [none] Certificering wordt enkel vastgelegd bij een doorgifte naar de VS, en geen enkele doorgifte voor deze ontvanger legt ze vast: raadpleeg de DPF-lijst op de datum van de beoordeling.
        [true] Doorgifte { $transfer } legt vast dat de ontvanger gecertificeerd is.
       *[other] Doorgifte { $transfer } legt vast dat de ontvanger niet gecertificeerd is.
    } Het beperkt geen bevelen op grond van { LIST($laws) }.
    .reference = { $decision }
check-rule = Een bewaarregel dekt de groep
    .detail = Geen regel dekt { LABELS("retention_group", $groups) }.
    .reference = art. 5.1.e, 13.2.a, 14.2.a en 30.1.f AVG
check-period = Termijn vastgelegd
    .detail = { $value ->
        [none] Niet vastgelegd.
       *[other] { PERIOD($value) }
    }
    .reference = art. 5.1.e, 13.2.a, 14.2.a en 30.1.f AVG
check-trigger = Begingebeurtenis vastgelegd
    .detail = { $value ->
        [none] Niet vastgelegd.
       *[other] { $value }
    }
    .reference = art. 5.1.e en 13.2.a AVG (de criteria om de termijn te bepalen)
check-justification = Motivering vastgelegd
    .detail = { $value ->
        [none] Niet vastgelegd.
       *[other] { $value }
    }
    .reference = art. 5.1.e en 5.2 AVG, overweging 39
check-deletion = Wijze van wissen vastgelegd
    .detail = { $value ->
        [none] Niet vastgelegd.
       *[other] { LABEL("deletion", $value) }
    }
    .reference = art. 5.1.e en 17.1.a AVG, overweging 39
check-trigger_fits = Begingebeurtenis kan zich voor elke gedekte groep voordoen
    .detail = { $status ->
        [not_applicable] Geen begingebeurtenis.
        [failed] Veronderstelt een overeenkomst ({ LIST($words) }); { LABELS("retention_group", $groups) } hebben er geen.
       *[other] Geen woorden die een overeenkomst veronderstellen voor een groep zonder overeenkomst (tekstheuristiek).
    }
    .reference = art. 5.1.e en 13.2.a AVG (de criteria om de termijn te bepalen)
check-reference = Termijn binnen de referentietermijn
    .detail = { $status ->
        [not_applicable] Geen termijn om te vergelijken.
        [failed] { PERIOD($period) } valt buiten de referentietermijn voor { LABELS("retention_group", $outside) }.
       *[other] { PERIOD($period) } valt binnen de referentietermijn voor { LABELS("retention_group", $groups) }.
    }
    .reference = art. 5.1.e AVG
check-per_purpose = Termijn per doeleinde en groep, geen algemene termijn
    .detail = { $status ->
        [not_applicable] Geen termijn.
        [failed] Eén termijn dekt alle { $count } { $covers ->
            [purposes] doeleinden
           *[other] groepen van betrokkenen
        }.
       *[other] De regel dekt een deel van de verwerking.
    }
    .reference = art. 5.1.e en 30.1.f AVG; WP248 rev.01, bijlage 2
check-archive = Archief na het actieve gebruik: termijn, grond, beperkte toegang
    .detail = { $state ->
        [not_archived] { $status ->
            [not_applicable] Geen archief na het actieve gebruik.
           *[other] Er is een archief vastgelegd ({ scoring-archive }), maar volgens de vastlegging worden de gegevens aan het einde van de termijn behandeld als '{ LABEL("deletion", $deletion) }'.
        }
       *[other] { $gaps ->
            [none] { scoring-archive }.
           *[other] Lacunes: { LABELS("archive_gap", $gaps) }.
        }
    }
    .reference = art. 5.1.e, 17.3.b, d en e, en 89.1 AVG; CNIL, Guide pratique 'Les durées de conservation' (juli 2020): actieve databank en tussentijds archief
check-categories = Gegevenscategorieën vermeld
    .detail = { $assumed ->
        [none] { NAMES($categories) }
       *[other] Niet vermeld{ scoring-kept_assumed }.
    }
    .reference = art. 5.1.e en 30.1.f AVG; WP248 rev.01, bijlage 2

scoring-remote = { $remote ->
        [true] {" "}Toegang op afstand vanuit een derde land geldt als doorgifte.
       *[other] {""}
    }
scoring-archive = { $period ->
        [none] termijn niet vastgelegd
       *[other] { PERIOD($period) }
    }, { LABEL("archive_ground", $ground) }, { $access ->
        [true] beperkte toegang
        [false] toegang niet beperkt
       *[other] toegang niet vastgelegd
    }
scoring-exposure_guidance = EDPB-richtsnoeren 05/2021 over de wisselwerking tussen de toepassing van art. 3 en de bepalingen van hoofdstuk V AVG (v2.0), voorbeeld 12; art. 28.1 AVG

## Titels van de gescoorde items (een doeleinde heet zoals de analist het noemde)

item_title-purpose = { NAME($purpose) }
item_title-risk = { $title }
item_title-storage = Opslag bij { NAME($recipient) } { LABEL("country_in", $country) }
item_title-remote_access = Toegang op afstand door { NAME($recipient) } { LABEL("country_in", $country) }
item_title-onward_transfer = Verdere doorgifte door { NAME($recipient) } { LABEL("country_in", $country) }
item_title-unrecorded = Niet vastgelegde doorgifte: { NAME($recipient) } verwerkt gegevens { LABEL("country_in", $country) }
item_title-exposure = Blootstelling, geen doorgifte: { NAME($recipient) } { LABEL("country_in", $country) }, bereikbaar via de moedermaatschappij { LABEL("country_in", $parent) }
item_title-retention_rule = Bewaring van { LABELS("retention_group", $groups) }: { $period ->
        [none] geen termijn vastgelegd
       *[other] { PERIOD($period) }{ $trigger ->
            [none] , begin niet vastgelegd
           *[other] {" "}vanaf { $trigger }
        }
    }
item_title-retention_uncovered = Bewaring van { LABEL("retention_group", $group) }: geen bewaarregel

scoring-expected = verwacht omdat { $expected ->
        [customers] de beoordeling klanten vermeldt
        [prospects] de beoordeling prospecten vermeldt
        [consent_only] doeleinden op toestemming steunen
        [objected] betrokkenen bezwaar kunnen maken tegen doeleinden van direct marketing of op grond van gerechtvaardigd belang
        [consent_records] toestemming aantoonbaar moet zijn (art. 7.1 AVG)
       *[other] elke verwerkingsverantwoordelijke verzoeken ontvangt om rechten uit te oefenen
    }
