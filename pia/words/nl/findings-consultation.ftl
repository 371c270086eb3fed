# Bevindingen over raadpleging en herziening (pia/findings/consultation.py): titel, bericht,
# remedie en juridische verwijzing per regel.

CON-001 = Geen advies van de functionaris voor gegevensbescherming
    .message = Er is geen advies van de functionaris voor gegevensbescherming (DPO) vastgelegd: de verwerkingsverantwoordelijke moet dat advies inwinnen bij het uitvoeren van de beoordeling, en het vastleggen.
    .remedy = Het advies van de DPO over de beoordeling inwinnen en vastleggen, met de datum.
    .reference = art. 35.2 en 39.1.c) AVG; WP248 rev.01, bijlage 2 (belanghebbenden)

CON-002 = Advies van de DPO niet gevolgd, zonder motivering
    .message = Het advies van de DPO werd niet gevolgd en er is geen motivering vastgelegd: wanneer de verwerkingsverantwoordelijke van het advies afwijkt, moet de beoordeling schriftelijk vermelden waarom.
    .remedy = Schriftelijk vastleggen waarom de verwerkingsverantwoordelijke van het advies van de DPO afwijkt.
    .reference = art. 35.2 AVG; WP248 rev.01; WP243 rev.01 (richtsnoeren voor functionarissen voor gegevensbescherming), punt 4.2

CON-003 = Niet vastgelegd of het advies van de DPO werd gevolgd
    .message = Het advies van de DPO is vastgelegd, maar niet of de verwerkingsverantwoordelijke het heeft gevolgd: de beslissing over het advies hoort in de beoordeling thuis.
    .remedy = Vastleggen of de verwerkingsverantwoordelijke het advies van de DPO heeft gevolgd, en zo niet, waarom niet.
    .reference = art. 35.2 AVG; WP248 rev.01 (het advies van de DPO en de beslissing van de verwerkingsverantwoordelijke worden gedocumenteerd)

CON-004 = Standpunt van de betrokkenen niet gevraagd, zonder reden
    .message = { $sought ->
        [none] De beoordeling vermeldt niet of het standpunt van de betrokkenen werd gevraagd; als dat niet is gebeurd, moeten de redenen worden vastgelegd.
       *[other] Het standpunt van de betrokkenen werd niet gevraagd en er is geen reden vastgelegd: wanneer het niet wordt gevraagd, moet de beoordeling vermelden waarom.
    }
    .remedy = Het standpunt van de betrokkenen of hun vertegenwoordigers vragen (bv. via een enquête of een consumentenorganisatie), of vastleggen waarom dat niet passend is.
    .reference = art. 35.9 AVG; WP248 rev.01 (de redenen vastleggen waarom geen standpunt werd gevraagd)

CON-005 = Standpunt van de betrokkenen gevraagd maar niet vastgelegd
    .message = Het standpunt van de betrokkenen werd gevraagd, maar wat zij zeiden, is niet vastgelegd; zo kan niet worden aangetoond dat de beslissing ermee rekening houdt.
    .remedy = De ontvangen standpunten vastleggen, en hoe de beoordeling ermee rekening heeft gehouden.
    .reference = art. 35.9 AVG; WP248 rev.01 (de standpunten vastleggen en elke afwijking ervan)

CON-006 = Geen herzieningsdatum
    .message = Er is geen herzieningsdatum vastgelegd: niets waarborgt dat de beoordeling opnieuw wordt bekeken wanneer de verwerking of de risico's ervan veranderen.
    .remedy = Een datum vastleggen waarop de beoordeling wordt herzien, en ze eerder herzien wanneer de verwerking of de risico's veranderen.
    .reference = art. 35.11 AVG; WP248 rev.01 (de GEB is een doorlopend proces dat regelmatig wordt herzien)

CON-007 = Herzieningsdatum al verstreken op de datum van de beoordeling
    .message = De herziening was gepland op { $review_date }, vóór de datum van de beoordeling ({ $as_of }): de herziening van de beoordeling is achterstallig.
    .remedy = De beoordeling nu herzien en de volgende herzieningsdatum vastleggen.
    .reference = art. 35.11 AVG
