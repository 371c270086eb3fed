# Screening (pia/screening): waarom elk WP248-criterium, elk geval van art. 35.3 AVG en elk punt
# van de Belgische lijst al dan niet vervuld is, en de redenen van het oordeel.

## Waarom een criterium al dan niet vervuld is

screening-profiling_purpose = Voor doeleinde ‘{ NAME($purpose) }’ is profilering vastgelegd.
screening-inferred_profile_category = Gegevenscategorie ‘{ NAME($category) }’ is een afgeleid profiel.
screening-no_profiling = Geen enkel doeleinde vermeldt profilering en geen enkele gegevenscategorie is een afgeleid profiel.
screening-automated_decisions = { $recorded ->
        [true] Er worden met geautomatiseerde middelen besluiten genomen met rechtsgevolgen of vergelijkbare wezenlijke gevolgen voor personen.
       *[other] Er is geen geautomatiseerd besluit met rechtsgevolgen of vergelijkbare wezenlijke gevolgen voor personen vastgelegd.
    }
screening-observed_through_channels = Gegevensbron ‘{ NAME($source) }’ observeert personen via deze kanalen: { LABELS("channel", $channels) }.
screening-observed_behaviour_data = Gegevensbron ‘{ NAME($source) }’ verzamelt gedragsgegevens ({ NAMES($categories) }).
screening-no_monitoring = Geen enkele observerende gegevensbron verzamelt gegevens via een website, een app of cookies, of verzamelt gedragsgegevens.
screening-sensitive_category = Gegevenscategorie ‘{ NAME($category) }’ is vastgelegd als { $sensitivity ->
        [highly_personal] gegevens van zeer persoonlijke aard
        [special_category] bijzondere categorie van persoonsgegevens (art. 9 AVG)
       *[criminal_offence] gegevens over strafrechtelijke veroordelingen en strafbare feiten (art. 10 AVG)
    }.
screening-all_standard_data = Elke gegevenscategorie is vastgelegd als gewone persoonsgegevens.
screening-scale_counted = Doeleinde ‘{ NAME($purpose) }’ betreft ongeveer { $people } personen, { $above ->
        [true] op of boven
       *[other] onder
    } de drempel van het werkboek van { $threshold } personen voor { $sensitivity ->
        [standard] gewone persoonsgegevens
        [highly_personal] gegevens van zeer persoonlijke aard
        [special_category] bijzondere categorieën van persoonsgegevens
       *[criminal_offence] strafrechtelijke gegevens
    } (factor a).
screening-scale_estimated = Voor doeleinde ‘{ NAME($purpose) }’ is het aantal personen niet vastgelegd voor { NAMES($groups) }. { $factor ->
        [both] Toch grootschalig: het doeleinde gebruikt { $categories } gegevenscategorieën (factor b, omvang van de gegevens) en gegevensbron { NAMES($observed) } verzamelt voortdurend, zolang personen de diensten gebruiken (factor c, duur). De geografische reikwijdte (factor d) is niet vastgelegd.
        [range] Niet grootschalig, want de factoren b (omvang van de gegevens) en c (duur) wijzen er niet allebei op: alleen de omvang van de gegevens doet dat (het doeleinde gebruikt { $categories } gegevenscategorieën).
        [permanence] Niet grootschalig, want de factoren b (omvang van de gegevens) en c (duur) wijzen er niet allebei op: alleen de duur doet dat (gegevensbron { NAMES($observed) } verzamelt voortdurend).
       *[none] Niet grootschalig: noch de omvang van de gegevens (factor b) noch de duur (factor c) wijst erop.
    }
screening-combined_sources = Doeleinde ‘{ NAME($purpose) }’ combineert gegevensbron ‘{ NAME($source) }’ ({ LABEL("source_kind", $kind) }) met { NAMES($others) }.
screening-no_combination = Geen enkel doeleinde gebruikt gegevensbronnen van verschillende soorten of van verschillende leveranciers.
screening-vulnerable_group = Groep ‘{ NAME($group) }’ is vastgelegd als kwetsbaar.
screening-vulnerable_kind = Groep ‘{ NAME($group) }’ bestaat uit { $kind ->
        [child] kinderen
       *[employee] werknemers
    }, die WP248 als kwetsbaar aanmerkt.
screening-no_vulnerable_group = Geen enkele groep personen is vastgelegd als kwetsbaar, als kinderen of als werknemers.
screening-innovative_technology = { $answer ->
        [true] De verwerking gebruikt nieuwe technologie, een nieuwe technologische of organisatorische oplossing of technologie op een nieuwe manier, waarvan de gevolgen voor personen nog niet goed bekend zijn.{ $innovation ->
            [none] {""}
           *[other] {" "}Wat nieuw is: { $innovation }
        }
        [false] Er is geen nieuwe technologie, nieuwe oplossing of nieuw gebruik van technologie vastgelegd.
       *[none] Niet vastgelegd: de analist moet oordelen of de verwerking nieuwe technologie, een nieuwe oplossing of technologie op een nieuwe manier gebruikt.
    }
screening-prevents_exercising_rights = { $answer ->
        [true] De verwerking beslist zelf of personen een recht kunnen uitoefenen, een dienst kunnen gebruiken of een overeenkomst kunnen sluiten.
        [false] De verwerking beslist niet zelf over de toegang tot een recht, een dienst of een overeenkomst.
       *[none] Niet vastgelegd: de analist moet oordelen of de verwerking zelf beslist of personen een recht kunnen uitoefenen, een dienst kunnen gebruiken of een overeenkomst kunnen sluiten.
    }
screening-public_monitoring_not_recorded = Niet vastgelegd: de beoordeling heeft geen veld voor stelselmatige monitoring van een openbaar toegankelijke ruimte; de analist moet dit beoordelen.
screening-special_data_large_scale = Doeleinde ‘{ NAME($purpose) }’ gebruikt op grote schaal bijzondere of strafrechtelijke gegevens ({ NAMES($categories) }).
screening-no_special_data_large_scale = Geen enkel grootschalig doeleinde gebruikt bijzondere of strafrechtelijke gegevens.
screening-third_party_profiling = Doeleinde ‘{ NAME($purpose) }’ profileert personen op grote schaal met gegevens van { NAMES($sources) } (WP248-criterium 5).
screening-no_third_party_profiling = Geen enkel grootschalig profileringsdoeleinde gebruikt gegevens van derden.
screening-recipient_receives_sensitive = Ontvanger ‘{ NAME($recipient) }’ ({ LABEL("recipient_role", $role) }) ontvangt { NAMES($categories) }.
screening-source_supplies_sensitive = Gegevensbron ‘{ NAME($source) }’ levert { NAMES($categories) }.
screening-no_sensitive_exchange = Er worden geen andere dan gewone persoonsgegevens gedeeld met of ontvangen van een andere verwerkingsverantwoordelijke.
screening-communication_data_large_scale = Doeleinde ‘{ NAME($purpose) }’ gebruikt op grote schaal communicatie-, locatiegegevens of online-identificatoren ({ NAMES($categories) }), niet alleen om een overeenkomst uit te voeren.
screening-no_communication_data_large_scale = Geen enkel grootschalig doeleinde gebruikt communicatie-, locatiegegevens of online-identificatoren voor meer dan de uitvoering van een overeenkomst.
screening-behaviour_observed_large_scale = Doeleinde ‘{ NAME($purpose) }’ observeert op grote schaal gedrag via { NAMES($sources) } voor { $profiling ->
        [true] { $marketing ->
            [true] profilering en direct marketing
           *[other] profilering
        }
       *[other] direct marketing
    } (WP248-criterium 5).
screening-no_behaviour_observation = Geen enkel grootschalig doeleinde observeert gedrag voor profilering of direct marketing.
screening-no_rule = Niet vastgelegd: de beoordeling heeft geen veld voor waar dit punt op steunt; de analist moet dit beoordelen.
screening-unverified_item = De bewoording van { $item } is in de kennisbank als niet nagekeken gemarkeerd: toets ze aan de gepubliceerde lijst.
screening-no_jurisdiction = Niet te beslissen: de bevoegde toezichthoudende autoriteit is niet vastgelegd. De Belgische lijst geldt alleen voor verwerkingen onder de Gegevensbeschermingsautoriteit (art. 35.4, 55 en 56 AVG); leg het land van de bevoegde toezichthoudende autoriteit vast (metadata.jurisdiction).
screening-other_jurisdiction = Niet vervuld: niet van toepassing. De Belgische lijst geldt voor verwerkingen onder de Gegevensbeschermingsautoriteit; de vastgelegde bevoegde toezichthoudende autoriteit is die { LABEL("country_in", $country) } (metadata.jurisdiction).

## De redenen van het oordeel

screening-required_by_art35_3 = Een DPIA is vereist door art. 35.3.{ $case } AVG: { LABEL("criterion", $criterion) }.
screening-required_by_national_list = Een DPIA is vereist door punt { $item } van de lijst van de Gegevensbeschermingsautoriteit op grond van art. 35.4 AVG: { LABEL("criterion", $criterion) }{ $verified ->
        [true] {""}
       *[other] {" "}(bewoording uit het geheugen, niet getoetst aan de lijst)
    }.
screening-wp248_likely = { $met } van de { $total } WP248-criteria zijn vervuld ({ LIST($ids) }): volgens WP248 rev.01 vereist een verwerking die aan { $threshold } of meer criteria voldoet in de meeste gevallen een DPIA.
screening-wp248_below_threshold = { $met ->
        [one] Eén WP248-criterium is vervuld
       *[other] { $met } WP248-criteria zijn vervuld
    } ({ LIST($ids) }), minder dan { $threshold }: volgens WP248 rev.01 kan één criterium in sommige gevallen volstaan; een verwerkingsverantwoordelijke die geen DPIA uitvoert, moet vastleggen waarom, met het advies van de functionaris voor gegevensbescherming.
screening-wp248_none_met = Op basis van de vastgelegde feiten is geen enkel WP248-criterium vervuld; de algemene verplichting van art. 35.1 AVG blijft gelden.
screening-no_case_met = { $national ->
        [true] Op basis van de vastgelegde feiten is geen enkel geval van art. 35.3 AVG en geen enkel punt van de Belgische lijst vervuld.
       *[other] Op basis van de vastgelegde feiten is geen enkel geval van art. 35.3 AVG vervuld.
    }
screening-national_list_not_applicable = De lijst van de Gegevensbeschermingsautoriteit op grond van art. 35.4 AVG: { $country ->
        [none] niet te beslissen, want de bevoegde toezichthoudende autoriteit is niet vastgelegd; de lijst geldt alleen voor verwerkingen onder de Gegevensbeschermingsautoriteit (art. 35.4, 55 en 56 AVG).
       *[other] niet van toepassing; de vastgelegde bevoegde toezichthoudende autoriteit is die { LABEL("country_in", $country) }.
    }
screening-not_decidable = Niet te beslissen op basis van de vastgelegde feiten, te beoordelen door de analist: { LIST($ids) }.
screening-transfers_not_a_criterion = Doorgiften buiten de EER zijn geen WP248-criterium (het tiende criterium van het ontwerp is in rev.01 geschrapt); ze worden beoordeeld onder hoofdstuk V AVG.
