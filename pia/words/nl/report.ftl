language = nl
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date = { $day } { $month } { $year }
period-day = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
period-week = { $n ->
    [one] { $n } week
   *[other] { $n } weken
}
period-month = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
period-year = { $n ->
    [one] { $n } jaar
   *[other] { $n } jaar
}
page-page = pagina
page-of = van
list-and = en
list-or = of
document-kind = Gegevensbeschermingseffectbeoordeling (DPIA)
document-basis = Art. 35 AVG, opgebouwd volgens art. 35.7 AVG en bijlage 2 van WP248 rev.01
chapters-contents = Inhoud
chapters-summary = Samenvatting voor het management
chapters-description = Systematische beschrijving van de verwerking
chapters-necessity = Noodzaak en evenredigheid
chapters-risk = Risicobeoordeling
chapters-measures = Maatregelen en actieplan
chapters-findings = Bevindingen
chapters-consultation = Advies van de DPO en standpunt van de betrokkenen
chapters-signoff = Beslissing en ondertekening
chapters-method = Methode en schalen
chapters-sources = Bronnen
sections-decision = De beslissing die aan het management wordt gevraagd
sections-key_figures = In één oogopslag
sections-top_risks = Belangrijkste risico's vóór en na maatregelen
sections-blockers = Blokkerende bevindingen
sections-processing = De verwerking
sections-data_categories = Gegevenscategorieën
sections-data_subjects = Betrokkenen
sections-data_sources = Herkomst van de gegevens
sections-recipients = Ontvangers en verwerkers
sections-transfers = Doorgiften buiten de EER
sections-retention = Bewaring
sections-documents = Documenten waaruit de feiten komen
sections-purposes = Doeleinden en rechtsgronden
sections-rights = Uitoefening van de rechten van de betrokkenen
sections-screening = Is een DPIA vereist? Voorafgaande toets
sections-risk_purposes = Risico's van de doeleinden
sections-risk_transfers = Risico's van de doorgiften
sections-risk_retention = Risico's van de bewaring
sections-register = Risicoregister en risicokaart
sections-measures = Maatregelen
sections-action_plan = Actieplan
sections-dpo = Advies van de functionaris voor gegevensbescherming
sections-views = Standpunt van de betrokkenen
sections-method = Hoe de beoordeling werd gemaakt
sections-scales = Risicoschalen
sections-matrix = Risicomatrix
sections-finding_severities = Ernst van de bevindingen
sections-cited_documents = Aangehaalde documenten en paragrafen
sections-cited_law = Aangehaalde wetten, richtsnoeren en beslissingen
labels-title = Titel
labels-controller = Verwerkingsverantwoordelijke
labels-jurisdiction = Bevoegde toezichthoudende autoriteit (land)
labels-version = Versie
labels-status = Status
labels-date = Datum van de beoordeling
labels-review_date = Herzieningsdatum
labels-document_date = Datum
labels-content_hash = Inhoudshash (SHA-256)
labels-method = Risicomethode
labels-analysts = Analisten
labels-dpo_contact = Contact van de DPO
labels-not_recorded = niet vastgelegd
labels-none_recorded = Niets vastgelegd.
labels-id = Id
labels-name = Naam
labels-kind = Soort
labels-sensitivity = Gevoeligheid
labels-declared = Meegedeeld aan betrokkenen
labels-inferred = Afgeleid
labels-group = Groep
labels-vulnerable = Kwetsbaar
labels-count = Geschat aantal
labels-provider = Leverancier
labels-channels = Kanalen
labels-categories = Gegevenscategorieën
labels-role = Rol
labels-service = Dienst
labels-country = Land
labels-parent_country = Moedermaatschappij in
labels-processor_contract = Verwerkersovereenkomst (art. 28.3)
labels-recipient = Ontvanger
labels-tool = Doorgifte-instrument
labels-scc_module = Module van de modelcontractbepalingen
labels-impact_assessment = Doorgiftebeoordeling (TIA)
labels-data_protection = Wat de ontvanger kan lezen
labels-supplementary_measures = Aanvullende maatregelen
labels-reevaluation = Herbeoordeling
labels-applies_to = Geldt voor
labels-period = Termijn
labels-trigger = Begint bij
labels-justification = Motivering
labels-deletion = Aan het einde
labels-purposes = Doeleinden
labels-sources = Bronnen
labels-note = Opmerking van de analist
labels-automated_decisions = Geautomatiseerde besluiten met rechtsgevolgen of vergelijkbare gevolgen (art. 22)
labels-innovative_technology = Nieuwe technologie of een nieuw gebruik ervan (WP248, criterium 8)
labels-prevents_exercising_rights = Beslist over de toegang tot een recht, een dienst of een overeenkomst (WP248, criterium 9)
labels-dpf_certified = ontvanger op de DPF-lijst
labels-archive = Archief na het actieve gebruik
labels-access_restricted = toegang beperkt
labels-law = Wet die de grond vastlegt (art. 6.3)
labels-special_category_exception = Uitzondering voor bijzondere gegevens (art. 9.2)
labels-soft_opt_in = Soft opt-in: e-mail of sms aan bestaande klanten zonder toestemming
labels-details_from_sale = Gegevens van de klant verkregen bij een verkoop
labels-own_similar_products = Enkel eigen gelijkaardige producten van de afzender
labels-objection_at_collection = Kosteloze, eenvoudige afmelding aangeboden bij de verzameling
labels-objection_in_each_message = Kosteloze, eenvoudige afmelding in elk bericht
labels-available = Beschikbaar voor de analist
labels-language = Taal
labels-location = Vindplaats
labels-description = Omschrijving
labels-profiling = Profilering
labels-direct_marketing = Direct marketing
labels-data_subjects = Betrokkenen
labels-data_sources = Gegevensbronnen
labels-legal_bases = Rechtsgronden
labels-basis = Rechtsgrond
labels-applies_when = Geldt wanneer
labels-scope = Reikwijdte
labels-interest = Nagestreefd belang
labels-test = Stap
labels-outcome = Uitkomst
labels-reasoning = Redenering
labels-consent = Toestemming
labels-how_obtained = Hoe ze wordt verkregen
labels-granular = Afzonderlijk per doeleinde
labels-records_kept = Bewijs van toestemming bewaard
labels-withdrawal_path = Hoe ze wordt ingetrokken
labels-withdrawal_called_objection = Intrekking voorgesteld als bezwaar
labels-objection = Bezwaar
labels-objection_channel = Waar en hoe
labels-as_easy = Even eenvoudig als het verstrekken van de gegevens
labels-brought_to_attention = Duidelijk en afzonderlijk aangeboden (art. 21.4)
labels-informed_at_collection = Geïnformeerd bij de verzameling (art. 13)
labels-informed_of_other_sources = Geïnformeerd over gegevens van elders (art. 14)
labels-checks = Controles
labels-identity_when = Identiteitsbewijs gevraagd
labels-identity_documents = Gevraagde documenten
labels-masking = Wat onleesbaar mag worden gemaakt
labels-more_proof = Bijkomend bewijs kan worden gevraagd
labels-refusals = Gronden om verzoeken te weigeren
labels-response_time = Antwoordtermijn
labels-verdict = Conclusie
labels-criteria_met = Vervulde WP248-criteria
labels-criterion = Criterium
labels-result = Resultaat
labels-reasons = Waarom
labels-severity = Ernst
labels-likelihood = Waarschijnlijkheid
labels-level = Risiconiveau
labels-inherent = Vóór maatregelen
labels-residual = Na maatregelen
labels-factors = Factoren
labels-points = Stappen
labels-reference = Referentie
labels-proposed = voorgesteld
labels-override = Aanpassing
labels-rationale = Motivering
labels-origin = Herkomst
labels-concerns = Betreft
labels-measures = Maatregelen
labels-owner = Verantwoordelijke
labels-due = Uiterlijk op
labels-reduces = Verlaagt
labels-treats = Behandelt risico's
labels-finding = Bevinding
labels-field = Veld
labels-remedy = Aanbevolen actie
labels-advice = Advies
labels-followed = Advies gevolgd
labels-reasons_not_followed = Redenen om het niet te volgen
labels-sought = Standpunt gevraagd
labels-views = Standpunten
labels-why_not_sought = Waarom niet gevraagd
labels-decision = Beslissing
labels-conditions = Voorwaarden
labels-accepted_findings = Aanvaarde blokkerende bevindingen
labels-signed_hash = Inhoudshash bij ondertekening
labels-current_hash = Inhoudshash van deze versie
labels-signature = Handtekening
labels-overall_residual = Globaal restrisico
labels-overall_inherent = Globaal risico vóór maatregelen
labels-screening_verdict = Conclusie van de voorafgaande toets
labels-art36 = Voorafgaande raadpleging (art. 36 AVG)
labels-findings_open = Openstaande bevindingen
labels-cited_by = Aangehaald door
labels-document = Document
labels-sections_cited = Aangehaalde paragrafen (aantal feiten)
labels-facts = feiten
labels-page = Pagina
labels-appendix = Bijlage
labels-interest_test = Gerechtvaardigd belang: de drietrapstoets
labels-axes_order = ernst × waarschijnlijkheid
labels-signed_on = Datum van de beslissing
labels-answer_yes = ja
labels-answer_no = nee
labels-unknown = niet vastgelegd
labels-more_risks = Nog { $n } risico's staan in hoofdstuk { $chapter }.
labels-no_blockers = Er staan geen blokkerende bevindingen open.
labels-severity_steps = ernst −{ $n }
labels-likelihood_steps = waarschijnlijkheid −{ $n }
labels-measure_counted = telt mee voor het restrisico
labels-measure_not_counted = telt niet mee (niet beslist)
texts-decision_intro = Het management wordt gevraagd te beslissen of de verwerking „{ $title }” mag plaatsvinden zoals deze beoordeling ze beschrijft: goedkeuren, goedkeuren onder voorwaarden of afwijzen.
texts-decision_blockers = { $n ->
        [one] Er staat één blokkerende bevinding open.
       *[other] Er staan { $n } blokkerende bevindingen open.
    } Een goedkeuring vereist dat elke blokkerende bevinding eerst wordt opgelost, of uitdrukkelijk wordt aanvaard met een schriftelijke motivering die bij de ondertekening wordt vastgelegd.
texts-decision_no_measures = Er zijn nog geen maatregelen vastgelegd; het risico na maatregelen is dus gelijk aan het risico ervoor.
texts-decision_art36 = Het restrisico is hoog ({ $risks }): volgens art. 36.1 AVG moet de toezichthoudende autoriteit worden geraadpleegd voordat de verwerking begint, tenzij bijkomende maatregelen elk restrisico onder hoog brengen.
texts-decision_no_art36 = Na de vastgelegde maatregelen blijft geen enkel risico hoog: een voorafgaande raadpleging volgens art. 36.1 AVG is niet vereist.
texts-art36_required = { $n ->
        [one] Vereist: { $n } risico blijft hoog na maatregelen.
       *[other] Vereist: { $n } risico's blijven hoog na maatregelen.
    }
texts-art36_not_required = Niet vereist.
texts-screening_line = { $verdict }: { $met } van de { $total } WP248-criteria vervuld{ $national ->
        [none] {""}
       *[other] ; op de lijst van de Gegevensbeschermingsautoriteit: { $national }
    }{ $art35_3 ->
        [none] {""}
       *[other] ; art. 35.3 AVG: { $art35_3 }
    }.
texts-finding_counts = { $blocker } blokkerend, { $major } belangrijk, { $minor } minder belangrijk, { $info } informatief
texts-no_risks = Er zijn geen risico's vastgelegd of voorgesteld.
texts-no_measures = Er zijn geen maatregelen vastgelegd. Zolang geen maatregelen zijn beslist (gepland, in uitvoering of uitgevoerd), is elk restrisico gelijk aan het inherente risico. De aanbevolen acties bij de bevindingen (hoofdstuk { $chapter }) geven aan wat er moet gebeuren.
texts-no_dpo_advice = Er is geen advies van de functionaris voor gegevensbescherming vastgelegd (art. 35.2 AVG).
texts-no_signoffs = De beoordeling is niet ondertekend. Een ondertekening legt naam, functie, beslissing, voorwaarden, datum en de SHA-256-hash van de inhoud van de beoordeling vast, ondertekend met de SSH-sleutel van de ondertekenaar; elke latere wijziging van de inhoud maakt ze verouderd, elke wijziging van het record maakt de handtekening ongeldig.
texts-stale_signoff = VEROUDERD: de beoordeling werd na deze ondertekening gewijzigd ({ $signed } ondertekend, nu { $current }). De beslissing geldt niet voor deze versie.
texts-verified_signoff = Ondertekend en geverifieerd: ondertekend door { $principal } met de sleutel { $fingerprint }, die de lijst van toegelaten ondertekenaars voor hen vermeldt; het record en de inhoud zijn sindsdien niet gewijzigd.
texts-unsigned_signoff = Vastgelegd maar niet ondertekend: geen sleutel ondertekende dit record, dus niets bewijst wie het vastlegde of dat het niet werd bewerkt. De inhoudshash klopt nog.
texts-invalid_signoff = HANDTEKENING ONGELDIG: de handtekening past niet bij dit record (een veld, of de plaats na de vorige ondertekening, werd gewijzigd) of de sleutel mag niet ondertekenen voor { $principal }. Op deze ondertekening kan men niet vertrouwen.
texts-unchecked_signoff = NIET TE CONTROLEREN: de hash is niet in canonieke vorm { $form }, de vorm die deze versie van pia controleert. De beslissing geldt niet voor deze versie tot ze opnieuw wordt ondertekend.
texts-sign_here = In te vullen door de ondertekenaar
texts-findings_intro = { $total } bevindingen, de ernstigste eerst. Elke bevinding vermeldt het veld waarop ze betrekking heeft, het artikel of de richtsnoer waarop ze steunt, en wat er moet gebeuren.
texts-screening_not_decidable = niet te beslissen op basis van de vastgelegde feiten
texts-item_count = { $n ->
        [one] { $n } onderdeel
       *[other] { $n } onderdelen
    }
texts-risk_intro = Elk doeleinde, elke doorgifte en elke bewaarregel krijgt een ernst en een waarschijnlijkheid; elke stap omhoog of omlaag is een factor met een reden en een referentie. Het niveau volgt uit de matrix van de methode ({ $method }; bijlage A).
texts-register_intro = Het register bevat de risico's die de analist heeft vastgelegd en, voor elk onderdeel dat door geen vastgelegd risico wordt gedekt, het voorgestelde risico. Een aanpassing vervangt een voorgesteld niveau alleen met een motivering.
status-draft = Ontwerp, niet ondertekend
status-verified = Ondertekend en geverifieerd
status-unsigned = Vastgelegd maar niet ondertekend
status-invalid = Handtekening ongeldig
status-stale = Verouderd — gewijzigd na ondertekening
status-unchecked = Verouderd — niet te controleren
status-rejected = Afgewezen
status_note-draft = In afwachting van de beslissing van het management (hoofdstuk 8).
status_note-verified = Ondertekend met een sleutel van de lijst van toegelaten ondertekenaars; de ondertekening en de inhoud zijn sindsdien niet gewijzigd.
status_note-unsigned = De beslissing is vastgelegd maar niet met een sleutel ondertekend: niets bewijst wie ze vastlegde.
status_note-invalid = De handtekening van een ondertekening klopt niet: het record werd bewerkt, de ondertekeningen werden van volgorde veranderd of verwijderd, of de sleutel mag niet ondertekenen. Op de ondertekeningen kan men niet vertrouwen.
status_note-stale = De inhoud werd na de ondertekening gewijzigd: de beslissing geldt niet meer voor deze versie.
status_note-unchecked = Deze versie van pia kan de laatste ondertekening niet aan de inhoud toetsen: de beoordeling moet opnieuw worden ondertekend.
status_note-rejected = De verwerking werd bij de ondertekening afgewezen.
method-paragraphs-1 = Deze beoordeling volgt art. 35.7 AVG en de criteria voor een aanvaardbare DPIA in bijlage 2 van WP248 rev.01. De werkmap legt vast wat de analist in de bronnen vond, en waar; elke score en elke bevinding in dit rapport wordt bij het opmaken van het rapport opnieuw berekend uit die antwoorden. Geen enkele wordt opgeslagen, zodat ze nooit van de antwoorden kunnen afwijken.
method-paragraphs-2 = De voorafgaande toets past de negen criteria van WP248 rev.01 toe (een verwerking die aan twee of meer ervan voldoet, vereist in de meeste gevallen een DPIA), de drie gevallen van art. 35.3 AVG en de lijst van de Gegevensbeschermingsautoriteit volgens art. 35.4. Een criterium dat de vastgelegde feiten niet kunnen beslissen, wordt als zodanig vermeld en door de analist beoordeeld.
method-paragraphs-3 = Elk doeleinde, elke doorgifte en elke bewaarregel krijgt een ernst (wat er voor de betrokkenen op het spel staat) en een waarschijnlijkheid (hoe waarschijnlijk schade is, gezien de vastgelegde waarborgen). Beide beginnen op het laagste niveau; elke factor verhoogt of verlaagt ze met het aangegeven aantal stappen en vermeldt zijn reden en de wet of richtsnoer waarop hij steunt. Het risiconiveau volgt uit de matrix hieronder. De analist kan een voorgesteld niveau alleen met een schriftelijke motivering aanpassen; het rapport toont voorstel, aanpassing en motivering naast elkaar.
method-paragraphs-4 = Een maatregel verlaagt de ernst of de waarschijnlijkheid met het vastgelegde aantal stappen zodra hij gepland, in uitvoering of uitgevoerd is; voorgestelde of geschrapte maatregelen tellen niet mee. Een risico dat na de maatregelen hoog blijft, vereist een voorafgaande raadpleging van de toezichthoudende autoriteit (art. 36.1 AVG).
method-paragraphs-5 = Bevindingen komen uit algemene regels die op elke beoordeling van toepassing zouden zijn. Elke bevinding heeft een vaste id, een ernst, het veld waarop ze betrekking heeft, het artikel of de richtsnoer waarop ze steunt, en een aanbevolen actie.
method-matrix_note = De indeling van de matrix in laag, gemiddeld en hoog is een eigen keuze van de werkmap: de toezichthouders publiceren de niveaus, niet de berekening.
method-description = Omschrijving
labels-facts_language = Taal van de vastgelegde feiten
texts-facts_language = { $language ->
        [none] niet vastgelegd
       *[other] { $language }
    }{ $sources ->
        [none] {""}
       *[other] , uit bronnen in het { $sources }
    }
colon = :
