# De woorden van de grafieken (pia/charts.py): titels, assen, legenden en de doorgiften in één oogopslag.

chart-title =
    .heat_map = Risico's vóór en na maatregelen
    .retention = Bewaartermijnen per groep personen
    .transfers = Doorgiften buiten de EER
    .progress = Beantwoorde vragen per onderdeel
chart-empty =
    .heat_map = Nog geen risico's vastgelegd of voorgesteld.
    .retention = Geen bewaarregels vastgelegd.
    .transfers = Geen doorgiften buiten de EER vastgelegd.
    .progress = Nog geen vragen te beantwoorden.
chart-risk =
    .low = Laag risico
    .medium = Gemiddeld risico
    .high = Hoog risico
chart-point =
    .inherent = Vóór maatregelen
    .residual = Na maatregelen
chart-more = + { $n } meer
chart-years = Jaren
chart-no_period = geen termijn vastgelegd
chart-legend =
    .period = Termijn vastgelegd
    .no_period = Geen termijn vastgelegd
    .reference = Referentietermijn (kennisbank)
    .minimum = Minimumtermijn (kennisbank)
chart-column =
    .destination = Bestemming
    .adequacy = Adequaatheid
    .tool = Doorgifte-instrument
    .level = Risiconiveau
chart-adequacy =
    .eea = EER
    .whole = ja
    .partial = gedeeltelijk
    .none = nee
chart-tool = { $status ->
        [adequacy] { $tool ->
            [none] adequaatheidsbesluit (geen instrument genoemd)
            [unknown] adequaatheidsbesluit (geen instrument genoemd)
           *[other] { LABEL("transfer_tool", $tool) }
        }
        [dpf_unconfirmed] { LABEL("transfer_tool", $tool) } (certificering niet vastgelegd)
        [derogation_systematic] { LABEL("transfer_tool", $tool) } (doorlopende doorgifte)
        [misapplied] { LABEL("transfer_tool", $tool) } (niet van toepassing)
        [exposure] gehost in de EER
        [unrecorded] geen doorgifte vastgelegd
       *[other] { LABEL("transfer_tool", $tool) }
    }{ $module ->
        [none] {""}
       *[other] , module { $module }
    }
chart-not_scored = niet gescoord
chart-transfer = { NAME($recipient) } ({ LABEL("transfer_kind", $kind) })
chart-exposure = { NAME($recipient) } (moederbedrijf { $parent })
chart-section =
    .schema_version = Schemaversie
    .metadata = Over de beoordeling
    .description = Beschrijving
    .purposes = Doeleinden
    .rights = Rechten
    .risks = Risico's
    .measures = Maatregelen
    .consultation = Raadpleging
    .signoffs = Goedkeuring
