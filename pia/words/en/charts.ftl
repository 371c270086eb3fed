# The charts' words (pia/charts.py): titles, axes, legends and the transfers at a glance.

chart-title =
    .heat_map = Risks before and after measures
    .retention = Retention periods by group of people
    .transfers = Transfers outside the EEA
    .progress = Questions answered per section
chart-empty =
    .heat_map = No risks recorded or proposed yet.
    .retention = No retention rules recorded.
    .transfers = No transfers outside the EEA recorded.
    .progress = No questions to answer yet.
chart-risk =
    .low = Low risk
    .medium = Medium risk
    .high = High risk
chart-point =
    .inherent = Before measures
    .residual = After measures
chart-more = + { $n } more
chart-years = Years
chart-no_period = no period recorded
chart-legend =
    .period = Period recorded
    .no_period = No period recorded
    .reference = Reference period (knowledge base)
    .minimum = Minimum period (knowledge base)
chart-column =
    .destination = Destination
    .adequacy = Adequacy
    .tool = Transfer tool
    .level = Risk level
chart-adequacy =
    .eea = EEA
    .whole = yes
    .partial = partial
    .none = no
chart-tool = { $status ->
        [adequacy] { $tool ->
            [none] adequacy decision (no tool named)
            [unknown] adequacy decision (no tool named)
           *[other] { LABEL("transfer_tool", $tool) }
        }
        [dpf_unconfirmed] { LABEL("transfer_tool", $tool) } (certification not recorded)
        [derogation_systematic] { LABEL("transfer_tool", $tool) } (ongoing transfer)
        [misapplied] { LABEL("transfer_tool", $tool) } (does not apply)
        [exposure] hosted in the EEA
        [unrecorded] no transfer recorded
       *[other] { LABEL("transfer_tool", $tool) }
    }{ $module ->
        [none] {""}
       *[other] , module { $module }
    }
chart-not_scored = not scored
chart-transfer = { NAME($recipient) } ({ LABEL("transfer_kind", $kind) })
chart-exposure = { NAME($recipient) } (parent company { $parent })
chart-section =
    .schema_version = Schema version
    .metadata = About the assessment
    .description = Description
    .purposes = Purposes
    .rights = Rights
    .risks = Risks
    .measures = Measures
    .consultation = Consultation
    .signoffs = Sign-off
