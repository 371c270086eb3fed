# Screening (pia/screening): why each WP248 criterion, Art. 35(3) case and item of the Belgian
# list is met or not, and the reasons of the verdict. Message `screening-<code>` of a Reason.

## Why a criterion is met or not

screening-profiling_purpose = Purpose ‘{ NAME($purpose) }’ is recorded as profiling people.
screening-inferred_profile_category = Data category ‘{ NAME($category) }’ is an inferred profile.
screening-no_profiling = No purpose records profiling and no data category is an inferred profile.
screening-automated_decisions = { $recorded ->
        [true] Decisions with legal or similarly significant effects on people are taken by automated means.
       *[other] No automated decision with legal or similarly significant effects on people is recorded.
    }
screening-observed_through_channels = Data source ‘{ NAME($source) }’ observes people through these channels: { LABELS("channel", $channels) }.
screening-observed_behaviour_data = Data source ‘{ NAME($source) }’ collects behaviour data ({ NAMES($categories) }).
screening-no_monitoring = No observed data source collects data through a website, an app or cookies, or collects behaviour data.
screening-sensitive_category = Data category ‘{ NAME($category) }’ is recorded as { $sensitivity ->
        [highly_personal] data of a highly personal nature
        [special_category] special-category data (Art. 9 GDPR)
       *[criminal_offence] data on criminal convictions and offences (Art. 10 GDPR)
    }.
screening-all_standard_data = Every data category is recorded as standard personal data.
screening-scale_counted = Purpose ‘{ NAME($purpose) }’ concerns about { $people } people, { $above ->
        [true] at or above
       *[other] below
    } { $threshold } people, the workbook's bar for { $sensitivity ->
        [standard] standard personal data
        [highly_personal] data of a highly personal nature
        [special_category] special-category data
       *[criminal_offence] criminal-offence data
    } (factor a).
screening-scale_estimated = For purpose ‘{ NAME($purpose) }’, the number of people is not recorded for { NAMES($groups) }. { $factor ->
        [both] Large scale all the same: the purpose uses { $categories } data categories (factor b, range of data), and data source { NAMES($observed) } collects continuously, for as long as people use the services (factor c, permanence). Geographical extent (factor d) is not recorded.
        [range] Not large scale, as factors b (range of data) and c (permanence) do not both point to it: only the range of data does (the purpose uses { $categories } data categories).
        [permanence] Not large scale, as factors b (range of data) and c (permanence) do not both point to it: only permanence does (data source { NAMES($observed) } collects continuously).
       *[none] Not large scale: neither the range of data (factor b) nor permanence (factor c) points to it.
    }
screening-combined_sources = Purpose ‘{ NAME($purpose) }’ combines data source ‘{ NAME($source) }’ ({ LABEL("source_kind", $kind) }) with { NAMES($others) }.
screening-no_combination = No purpose draws on data sources of different kinds or from different providers.
screening-vulnerable_group = Group ‘{ NAME($group) }’ is recorded as vulnerable.
screening-vulnerable_kind = Group ‘{ NAME($group) }’ consists of { $kind ->
        [child] children
       *[employee] employees
    }, whom WP248 names as vulnerable.
screening-no_vulnerable_group = No group of people is recorded as vulnerable, children or employees.
screening-innovative_technology = { $answer ->
        [true] The processing uses new technology, a new technological or organisational solution, or technology in a new way, whose effects on people are not yet well known.{ $innovation ->
            [none] {""}
           *[other] {" "}What is new: { $innovation }
        }
        [false] No new technology, new solution or new use of technology is recorded.
       *[none] Not recorded: the analyst must judge whether the processing uses new technology, a new solution, or technology in a new way.
    }
screening-prevents_exercising_rights = { $answer ->
        [true] The processing itself decides whether people may exercise a right, use a service or enter into a contract.
        [false] The processing does not itself decide on access to a right, a service or a contract.
       *[none] Not recorded: the analyst must judge whether the processing itself decides whether people may exercise a right, use a service or enter into a contract.
    }
screening-public_monitoring_not_recorded = Not recorded: the assessment has no field for the systematic monitoring of a publicly accessible area; the analyst must judge it.
screening-special_data_large_scale = Purpose ‘{ NAME($purpose) }’ uses special-category or criminal-offence data ({ NAMES($categories) }) on a large scale.
screening-no_special_data_large_scale = No large-scale purpose uses special-category or criminal-offence data.
screening-third_party_profiling = Purpose ‘{ NAME($purpose) }’ profiles people with data from { NAMES($sources) }, on a large scale (WP248 criterion 5).
screening-no_third_party_profiling = No large-scale profiling purpose draws on data from third parties.
screening-recipient_receives_sensitive = Recipient ‘{ NAME($recipient) }’ ({ LABEL("recipient_role", $role) }) receives { NAMES($categories) }.
screening-source_supplies_sensitive = Data source ‘{ NAME($source) }’ supplies { NAMES($categories) }.
screening-no_sensitive_exchange = No data beyond standard personal data is shared with, or received from, another controller.
screening-communication_data_large_scale = Purpose ‘{ NAME($purpose) }’ uses communication, location or online-identifier data ({ NAMES($categories) }) on a large scale, not only to perform a contract.
screening-no_communication_data_large_scale = No large-scale purpose uses communication, location or online-identifier data beyond performing a contract.
screening-behaviour_observed_large_scale = Purpose ‘{ NAME($purpose) }’ observes behaviour through { NAMES($sources) } for { $profiling ->
        [true] { $marketing ->
            [true] profiling and direct marketing
           *[other] profiling
        }
       *[other] direct marketing
    }, on a large scale (WP248 criterion 5).
screening-no_behaviour_observation = No large-scale purpose observes behaviour for profiling or direct marketing.
screening-no_rule = Not recorded: the assessment has no field for what this item turns on; the analyst must judge it.
screening-unverified_item = The wording of { $item } is marked as not verified in the knowledge base: check it against the published list.
screening-no_jurisdiction = Not decidable: the jurisdiction is not recorded. The Belgian list applies only to processing under the Belgian DPA (Art. 35(4), 55 and 56 GDPR); record the country of the competent supervisory authority (metadata.jurisdiction).
screening-other_jurisdiction = Not met: not applicable. The Belgian list applies to processing under the Belgian DPA; the competent supervisory authority recorded is the one { LABEL("country_in", $country) } (metadata.jurisdiction).

## The verdict's reasons

screening-required_by_art35_3 = A DPIA is required by Art. 35(3)({ $case }) GDPR: { LABEL("criterion", $criterion) }.
screening-required_by_national_list = A DPIA is required by item { $item } of the Belgian DPA's list under Art. 35(4) GDPR: { LABEL("criterion", $criterion) }{ $verified ->
        [true] {""}
       *[other] {" "}(wording recalled, not checked against the list)
    }.
screening-wp248_likely = { $met } of the { $total } WP248 criteria are met ({ LIST($ids) }): WP248 rev.01 says that processing meeting { $threshold } or more will in most cases need a DPIA.
screening-wp248_below_threshold = { $met ->
        [one] One WP248 criterion is met
       *[other] { $met } WP248 criteria are met
    } ({ LIST($ids) }), fewer than { $threshold }: WP248 rev.01 says one may be enough in some cases; a controller that carries out no DPIA must record why, with the DPO's view.
screening-wp248_none_met = No WP248 criterion is met from the recorded facts; the general duty of Art. 35(1) GDPR still applies.
screening-no_case_met = { $national ->
        [true] No Art. 35(3) case and no item of the Belgian list is met from the recorded facts.
       *[other] No Art. 35(3) case is met from the recorded facts.
    }
screening-national_list_not_applicable = The Belgian DPA's Art. 35(4) list: { $country ->
        [none] not decidable, as the jurisdiction is not recorded; the list applies only to processing under the Belgian DPA (Art. 35(4), 55 and 56 GDPR).
       *[other] not applicable; the competent supervisory authority recorded is the one { LABEL("country_in", $country) }.
    }
screening-not_decidable = Not decidable from the recorded facts, for the analyst to judge: { LIST($ids) }.
screening-transfers_not_a_criterion = Transfers outside the EEA are not a WP248 criterion (the draft's tenth criterion was dropped in rev.01); they are assessed under Chapter V GDPR.
