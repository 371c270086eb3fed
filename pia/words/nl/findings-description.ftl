# Bevindingen over de systematische beschrijving (pia/findings/description.py): titel, bericht,
# remedie en juridische verwijzing per regel.

DSC-001 = Gegevenscategorie van een soort die de kennisbank niet kent
    .message = Gegevenscategorie '{ $category }' is van de soort '{ $kind }', die de kennisbank niet kent; de vastgelegde gevoeligheid ({ LABEL("sensitivity", $sensitivity) }) kan dus niet aan een standaardwaarde worden getoetst.
    .remedy = Voor de categorie een soort uit de kennisbank gebruiken, of de gevoeligheid ervan handmatig nagaan.
    .reference = art. 35.7.a) AVG; WP248 rev.01, criterium 4 (gevoelige gegevens)

DSC-002 = Gegevenscategorie minder gevoelig ingeschaald dan haar soort, zonder reden
    .message = Gegevenscategorie '{ $category }' is vastgelegd als { LABEL("sensitivity", $recorded) }, maar gegevens van de soort '{ $kind }' zijn standaard { LABEL("sensitivity", $default) }, en geen opmerking vermeldt waarom deze gegevens minder gevoelig zijn. Het risico van elk doeleinde dat ze gebruikt, kan zo worden onderschat.
    .remedy = De gevoeligheid verhogen tot de standaardwaarde van de soort, of in de opmerking bij de categorie vermelden waarom deze gegevens minder gevoelig zijn dan gebruikelijk.
    .reference = WP248 rev.01, criterium 4 (gevoelige gegevens of gegevens van zeer persoonlijke aard); art. 9.1 en 10 AVG

DSC-003 = Gegevenscategorie die door geen enkel doeleinde wordt gebruikt
    .message = Gegevenscategorie '{ $category }' ({ NAME($category) }) wordt verwerkt, maar geen enkel doeleinde van deze beoordeling gebruikt ze: gegevens mogen alleen worden bewaard voor een doeleinde dat ze nodig heeft.
    .remedy = Het doeleinde vastleggen dat deze gegevens nodig heeft (met de rechtsgrond), of ze niet langer verzamelen.
    .reference = art. 5.1.b) en c) AVG (doelbinding, minimale gegevensverwerking); art. 35.7.a) AVG

DSC-004 = Gegevenscategorie zonder vastgelegde bron
    .message = { $category ->
        [none] Er is geen gegevensbron vastgelegd; waar de { $categories } gegevenscategorieën vandaan komen, is dus niet beschreven, en of de betrokkenen over een andere bron moeten worden geïnformeerd (art. 14 AVG), kan niet worden beoordeeld.
       *[other] Geen enkele gegevensbron levert gegevenscategorie '{ $category }' ({ NAME($category) }): de beschrijving vermeldt niet waar ze vandaan komt.
    }
    .remedy = Vastleggen welke gegevensbron (de betrokkene, waarneming, een ander bedrijf, openbare gegevens, afleiding) elke categorie levert.
    .reference = art. 35.7.a) AVG; WP248 rev.01, bijlage 2 (systematische beschrijving); art. 13.1 en 14.2.f) AVG

DSC-005 = Gegevens van een ander bedrijf zonder dat de leverancier wordt genoemd
    .message = Gegevensbron '{ $source }' levert gegevens van een ander bedrijf, maar noemt dat bedrijf niet: de betrokkenen moeten vernemen waar hun gegevens vandaan komen, en de verwerkingsverantwoordelijke kan niet nagaan hoe de leverancier ze heeft verkregen.
    .remedy = Het bedrijf of de bedrijven noemen waarvan de gegevens afkomstig zijn, zodat de betrokkenen over de bron kunnen worden geïnformeerd en het leveringscontract kan worden gecontroleerd.
    .reference = art. 14.2.f) AVG (de bron moet worden meegedeeld), overweging 61; art. 35.7.a) AVG

DSC-006 = Verwerker zonder vastgelegde verwerkersovereenkomst
    .message = Ontvanger '{ $recipient }' ({ NAME($recipient) }) verwerkt gegevens als { LABEL("recipient_role", $role) }, maar een verwerkersovereenkomst is { $contract ->
        [absent] als afwezig vastgelegd
       *[other] niet vastgelegd
    }: zonder overeenkomst verplicht niets de ontvanger om alleen volgens instructies te handelen, de gegevens te beveiligen en ze aan het einde te wissen.
    .remedy = Bevestigen dat een overeenkomst die voldoet aan art. 28.3 AVG de verwerker bindt (art. 28.4 voor een subverwerker) en dat vastleggen, of er een sluiten voordat gegevens worden gedeeld.
    .reference = art. 28.3 AVG; art. 28.4 AVG voor subverwerkers

DSC-007 = Subverwerker vastgelegd zonder verwerker
    .message = Ontvanger '{ $recipient }' is als subverwerker vastgelegd, maar er is geen verwerker vastgelegd: wie heeft hem ingeschakeld, en met toestemming van de verwerkingsverantwoordelijke?
    .remedy = De verwerker vastleggen die de subverwerker heeft ingeschakeld, of de rol van de ontvanger corrigeren.
    .reference = art. 28.2 en 28.4 AVG

DSC-008 = Profilering waarbij art. 22 als niet van toepassing is vastgelegd
    .message = Doeleinde '{ $purpose }' profileert personen en de beoordeling legt geen geautomatiseerd besluit in de zin van art. 22 AVG vast. Gerichte reclame heeft meestal geen vergelijkbaar wezenlijk gevolg, maar kan dat wel hebben naargelang van hoe ingrijpend ze is: de redenering moet worden vastgelegd.
    .remedy = Vastleggen waarom de profilering geen rechtsgevolgen of vergelijkbare wezenlijke gevolgen voor de betrokkenen heeft.
    .reference = art. 22.1 en 4.4 AVG; WP251 rev.01 (richtsnoeren inzake geautomatiseerde individuele besluitvorming en profilering), over vergelijkbare wezenlijke gevolgen van gerichte reclame

DSC-009 = Profilering van kwetsbare personen waarbij art. 22 als niet van toepassing is vastgelegd
    .message = Doeleinde '{ $purpose }' profileert personen, onder wie kwetsbare personen ({ NAMES($vulnerable) }), en de beoordeling legt geen geautomatiseerd besluit in de zin van art. 22 AVG vast. Gerichte reclame die een kwetsbaarheid uitbuit, kan een vergelijkbaar wezenlijk gevolg hebben: de beoordeling moet vermelden waarom art. 22 niet van toepassing is.
    .remedy = Nagaan of de profilering een vergelijkbaar wezenlijk gevolg heeft voor de kwetsbare personen die ze betreft; zo ja, art. 22 toepassen of hen uitsluiten.
    .reference = art. 22.1 AVG, overweging 71; WP251 rev.01 (richtsnoeren inzake geautomatiseerde individuele besluitvorming en profilering), over vergelijkbare wezenlijke gevolgen voor kwetsbare personen; WP248 rev.01, criterium 7

DSC-010 = Groep betrokkenen zonder geschat aantal
    .message = Het aantal personen in groep '{ $group }' ({ NAME($group) }) is niet vastgelegd; of de verwerking op grote schaal plaatsvindt, kan dus niet worden beoordeeld.
    .remedy = Vastleggen hoeveel personen de groep ongeveer telt (een grootteorde volstaat).
    .reference = WP248 rev.01, criterium 5 (grote schaal), factor a) het aantal betrokkenen

DSC-011 = Onderdelen van de beschrijving zonder bronvermelding
    .message = { $count } van de { $total } { LABEL("description_section", $section) } { $count ->
        [one] vermeldt
       *[other] vermelden
    } geen bron (eerste: '{ $first }'): een beoordelaar kan niet nagaan waar deze feiten vandaan komen.
    .remedy = Bij elk onderdeel het document en de paragraaf vermelden waaruit de feiten komen.
    .reference = art. 5.2 AVG (verantwoordingsplicht), art. 35.7.a) AVG; WP248 rev.01, bijlage 2

DSC-012 = Document dat de analist niet kon lezen
    .message = { $citations ->
        [0] Document '{ $document }' ({ NAME($document) }) staat in de lijst, maar kon niet worden gelezen: wat het over deze verwerking zegt, ontbreekt in de beoordeling.
        [one] Document '{ $document }' ({ NAME($document) }) kon niet worden gelezen, maar 1 vastgelegd feit verwijst ernaar: het steunt op een document dat de analist niet heeft gezien.
       *[other] Document '{ $document }' ({ NAME($document) }) kon niet worden gelezen, maar { $citations } vastgelegde feiten verwijzen ernaar: ze steunen op een document dat de analist niet heeft gezien.
    }
    .remedy = Het document opvragen en de beoordeling eraan toetsen, of vastleggen waarom het niet nodig is.
    .reference = art. 35.7.a) AVG; WP248 rev.01, bijlage 2 (systematische beschrijving)
