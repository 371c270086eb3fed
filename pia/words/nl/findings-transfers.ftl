# Bevindingen over internationale doorgiften (pia/findings/transfers.py): titel, bericht, remedie
# en juridische verwijzing per regel. Params: $transfer (id), $recipient (id), $country (code), en
# per regel de waarden die ze noemt.

TRF-001 = Doorgifte naar een derde land zonder bruikbaar doorgifte-instrument
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) { $state ->
        [no_tool] steunt op geen enkel doorgifte-instrument
        [unknown_tool] noemt geen doorgifte-instrument (een verwijzing naar 'de nodige maatregelen' die elders worden beschreven, noemt er geen)
        [dpf_not_certified] steunt op het DPF, maar { NAME($recipient) } is vastgelegd als niet gecertificeerd
       *[other] steunt op '{ LABEL("transfer_tool", $tool) }', maar geen dergelijk adequaatheidsbesluit geldt voor dat land
    }. Zonder adequaatheidsbesluit of passende waarborg volgens art. 46 AVG mogen gegevens de EER niet verlaten (art. 44 AVG).
    .remedy = Het instrument van hoofdstuk V noemen waarop de doorgifte steunt (bv. de modelcontractbepalingen 2021/914 met hun module) en het vastleggen; als er geen is, de doorgifte stopzetten tot er een is.
    .reference = art. 44, 45.1 en 46.1 AVG; EDPB-aanbevelingen 01/2020, stap 2

TRF-002 = Ontvanger buiten de EER zonder vastgelegde doorgifte
    .message = Ontvanger '{ $recipient }' ({ NAME($recipient) }) verwerkt gegevens { LABEL("country_in", $country) }, buiten de EER, maar er is geen doorgifte naar die ontvanger vastgelegd. Elke doorgifte moet gekend en beoordeeld zijn; toegang op afstand vanuit een derde land (bv. voor ondersteuning of onderhoud) geldt ook als doorgifte.
    .remedy = De doorgifte naar deze ontvanger vastleggen (soort, categorieën, instrument, waarborgen), met inbegrip van toegang op afstand door zijn personeel, of het land van de ontvanger corrigeren.
    .reference = art. 44 AVG; EDPB-aanbevelingen 01/2020, stap 1 (ken uw doorgiften)

TRF-003 = Modelcontractbepalingen zonder module
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) steunt op de modelcontractbepalingen van 2021 zonder te vermelden welke module: de module bepaalt welke verplichtingen gelden, zodat niet kan worden nagegaan of de bepalingen bij de rollen van de partijen passen.
    .remedy = De module van de modelcontractbepalingen vastleggen die bij de rollen van de partijen past (2: verwerkingsverantwoordelijke aan verwerker, 3: verwerker aan verwerker, ...).
    .reference = Uitvoeringsbesluit (EU) 2021/914 van de Commissie, bijlage (modules één tot en met vier)

TRF-004 = Geen doorgiftebeoordeling voor een instrument van art. 46
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) steunt op { LABEL("transfer_tool", $tool) }, maar een doorgiftebeoordeling (transfer impact assessment) is { $state ->
        [not_done] als niet uitgevoerd vastgelegd
       *[other] niet vastgelegd
    }: het instrument beschermt de gegevens alleen als het recht en de praktijk van het land van bestemming de importeur toelaten zijn verbintenissen na te komen.
    .remedy = Beoordelen en documenteren of het recht en de praktijk van het land van bestemming de importeur toelaten het instrument na te leven (een doorgiftebeoordeling), en dat vastleggen.
    .reference = modelcontractbepalingen 2021/914, clausule 14, b) en d); EDPB-aanbevelingen 01/2020, stap 3

TRF-005 = Leesbare gegevens naar een land met ruime toegang voor overheidsinstanties, zonder aanvullende maatregelen
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) verstuurt gegevens { $data_protection ->
        [clear_text] onversleuteld
        [encrypted_keys_with_recipient] versleuteld met sleutels die de importeur bezit
       *[other] die de importeur mogelijk kan lezen (niet vastgelegd)
    } naar een land waarvan de kennisbank de toegang voor overheidsinstanties als hoog inschat, zonder vastgelegde aanvullende maatregel: wanneer de importeur de gegevens kan lezen, ziet het EDPB geen doeltreffende technische waarborg.
    .remedy = De gegevens onleesbaar houden voor de importeur (versleuteling met sleutels in de EER, pseudonimisering) en de aanvullende maatregelen vastleggen; als geen enkele maatregel doeltreffend is, niet doorgeven.
    .reference = EDPB-aanbevelingen 01/2020, stap 4 en bijlage 2, gebruiksscenario's 6 en 7

TRF-006 = Afwijking van art. 49 gebruikt voor een structurele doorgifte
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) steunt op een afwijking van art. 49 AVG, maar is doorlopend ({ LABEL("transfer_kind", $kind) } door een { LABEL("recipient_role", $role) }): afwijkingen zijn uitzonderingen voor incidentele doorgiften, niet voor structurele.
    .remedy = Een instrument van art. 46 invoeren (bv. de modelcontractbepalingen 2021/914) met een doorgiftebeoordeling; afwijkingen zijn alleen voor incidentele doorgiften bedoeld.
    .reference = art. 49.1 AVG; EDPB-richtsnoeren 2/2018 inzake afwijkingen van artikel 49

TRF-007 = Geen datum voor de herbeoordeling van een doorgifte
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) heeft geen datum voor herbeoordeling: het recht en de praktijk van het land van bestemming kunnen veranderen, en niets bepaalt wanneer de beoordeling opnieuw wordt nagegaan.
    .remedy = Vastleggen wanneer de doorgifte opnieuw wordt beoordeeld (een datum of een frequentie) en wie de ontwikkelingen in het land van bestemming opvolgt.
    .reference = EDPB-aanbevelingen 01/2020, stap 6

TRF-009 = Verwerker in de EER met een moedermaatschappij onder derdelands recht met extraterritoriale werking
    .message = Ontvanger '{ $recipient }' ({ NAME($recipient) }) verwerkt gegevens { LABEL("country_in", $country) }, maar de moedermaatschappij, gevestigd { LABEL("country_in", $parent_country) }, valt onder derdelands recht dat de groep kan verplichten gegevens af te geven, waar ze ook zijn opgeslagen: { LABELS("parent_law", $laws) }. Dit is op zich geen doorgifte, maar de blootstelling moet worden beoordeeld voordat op de verwerker wordt gesteund.
    .remedy = De blootstelling beoordelen (wat de wet overheidsinstanties toelaat te vorderen, waartoe de verwerker zich verbindt) en de gegevens onleesbaar houden voor de groep, bv. met versleuteling waarvan de sleutels in de EER blijven; het resultaat vastleggen als risico met de bijbehorende maatregelen.
    .reference = EDPB-richtsnoeren 05/2021 over de wisselwerking tussen artikel 3 en hoofdstuk V (versie 2.0), voorbeeld 12; art. 28.1 AVG

parent_law =
    .us_cloud_act = de CLOUD Act (18 U.S.C. §2713)
    .us_fisa_702 = sectie 702 van de FISA (50 U.S.C. §1881a)
    .cn_national_intelligence_law = de Nationale Inlichtingenwet van de Volksrepubliek China (2017), art. 7

TRF-010 = Land van de doorgifte verschilt van het land van de ontvanger in de EER
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) gaat naar een ander land dan dat van ontvanger '{ $recipient }', die vastgelegd is { LABEL("country_in", $recipient_country) }, in de EER: ofwel is het land fout, ofwel ontvangt iemand anders de gegevens daar.
    .remedy = Het land van de doorgifte of van de ontvanger corrigeren, of de ontvanger vastleggen die de gegevens in dat land werkelijk ontvangt of raadpleegt (bv. een subverwerker).
    .reference = art. 30.1.e) AVG; EDPB-aanbevelingen 01/2020, stap 1

TRF-011 = Doorgifte naar de VS op grond van het Data Privacy Framework zonder vastgelegde certificering
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) steunt op het EU-VS Data Privacy Framework, maar niet vastgelegd is of { NAME($recipient) } daaronder gecertificeerd is: het adequaatheidsbesluit geldt enkel voor organisaties op de DPF-lijst, voor de gegevens die hun certificering dekt.
    .remedy = Op de DPF-lijst (dataprivacyframework.gov) nagaan dat de ontvanger actief gecertificeerd is voor de betrokken gegevens, en `dpf_certified` vastleggen; zo niet, een instrument volgens art. 46 AVG invoeren (bv. de modelcontractbepalingen 2021/914).
    .reference = art. 45.1 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023 (EU-VS-kader voor gegevensbescherming)

TRF-012 = Ontvanger gecertificeerd onder het DPF, maar de doorgifte noemt geen instrument
    .message = Doorgifte '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) legt vast dat { NAME($recipient) } gecertificeerd is onder het EU-VS Data Privacy Framework, maar het doorgifte-instrument is { $tool ->
        [none] als 'geen' vastgelegd
       *[other] niet vastgelegd
    }: het DPF-adequaatheidsbesluit is dan het doorgifte-instrument (art. 45 AVG), en de vastlegging hoort dat te vermelden.
    .remedy = `dpf` als doorgifte-instrument vastleggen (art. 45 AVG), of het instrument volgens art. 46 AVG waarop de doorgifte werkelijk steunt.
    .reference = art. 45.1 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023 (EU-VS-kader voor gegevensbescherming)
