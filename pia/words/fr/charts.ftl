# Les mots des graphiques (pia/charts.py) : titres, axes, légendes et les transferts en un coup d'œil.

chart-title =
    .heat_map = Risques avant et après mesures
    .retention = Durées de conservation par catégorie de personnes
    .transfers = Transferts hors de l'EEE
    .progress = Questions répondues par partie
chart-empty =
    .heat_map = Aucun risque consigné ou proposé pour l'instant.
    .retention = Aucune règle de conservation consignée.
    .transfers = Aucun transfert hors de l'EEE consigné.
    .progress = Aucune question à répondre pour l'instant.
chart-risk =
    .low = Risque faible
    .medium = Risque moyen
    .high = Risque élevé
chart-point =
    .inherent = Avant mesures
    .residual = Après mesures
chart-more = + { $n } autres
chart-years = Années
chart-no_period = aucune durée consignée
chart-legend =
    .period = Durée consignée
    .no_period = Aucune durée consignée
    .reference = Durée de référence (base de connaissances)
    .minimum = Durée minimale (base de connaissances)
chart-column =
    .destination = Destination
    .adequacy = Adéquation
    .tool = Outil de transfert
    .level = Niveau de risque
chart-adequacy =
    .eea = EEE
    .whole = oui
    .partial = partielle
    .none = non
chart-tool = { $status ->
        [adequacy] { $tool ->
            [none] décision d'adéquation (aucun outil désigné)
            [unknown] décision d'adéquation (aucun outil désigné)
           *[other] { LABEL("transfer_tool", $tool) }
        }
        [dpf_unconfirmed] { LABEL("transfer_tool", $tool) } (certification non consignée)
        [derogation_systematic] { LABEL("transfer_tool", $tool) } (transfert continu)
        [misapplied] { LABEL("transfer_tool", $tool) } (ne s'applique pas)
        [exposure] hébergé dans l'EEE
        [unrecorded] aucun transfert consigné
       *[other] { LABEL("transfer_tool", $tool) }
    }{ $module ->
        [none] {""}
       *[other] , module { $module }
    }
chart-not_scored = non évalué
chart-transfer = { NAME($recipient) } ({ LABEL("transfer_kind", $kind) })
chart-exposure = { NAME($recipient) } (société mère { $parent })
chart-section =
    .schema_version = Version du schéma
    .metadata = À propos de l'analyse
    .description = Description
    .purposes = Finalités
    .rights = Droits
    .risks = Risques
    .measures = Mesures
    .consultation = Consultation
    .signoffs = Validation
