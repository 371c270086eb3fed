# The scores' words (pia/scoring): factors (`factor-<code>`: name, .reason, .reference), the
# checks (`check-<key>`), the titles of scored items (`item_title-<kind>`) and the gaps the
# factors list.

## Gaps a factor lists (label groups)

purpose_gap =
    .objection = no way to object is recorded
    .objection_channel = where and how people object is not recorded
    .objection_as_easy_as_collection = objecting is not recorded as being as easy as giving the data
    .objection_as_easy_as_collection_no = objecting is recorded as harder than giving the data
    .objection_brought_to_attention = the right to object is not recorded as presented clearly and separately
    .objection_brought_to_attention_no = the right to object is recorded as not presented clearly and separately
    .consent = how consent is obtained, proved and withdrawn is not recorded
    .consent_records_kept = proof of consent is not recorded
    .consent_records_kept_no = proof of consent is recorded as not kept
    .consent_granular = consent is not recorded as asked separately per purpose
    .consent_granular_no = consent is recorded as not asked separately per purpose
    .consent_withdrawal_path = how consent is withdrawn is not recorded
    .soft_opt_in = the soft opt-in for existing customers is not recorded
    .soft_opt_in_details_from_sale = that the address or number was obtained from the customer in a sale is not recorded
    .soft_opt_in_details_from_sale_no = that the address or number was obtained from the customer in a sale is recorded as not met
    .soft_opt_in_own_similar_products = that the advertising is only for the sender's own similar products is not recorded
    .soft_opt_in_own_similar_products_no = that the advertising is only for the sender's own similar products is recorded as not met
    .soft_opt_in_objection_at_collection = that a free and easy way to object was offered at collection is not recorded
    .soft_opt_in_objection_at_collection_no = that a free and easy way to object was offered at collection is recorded as not met
    .soft_opt_in_objection_in_each_message = that every message offers a free and easy way to object is not recorded
    .soft_opt_in_objection_in_each_message_no = that every message offers a free and easy way to object is recorded as not met
    .data_subjects = it also concerns people who are not customers, whom the soft opt-in does not cover
    .withdrawal_called_objection = withdrawal is called an objection

archive_gap =
    .archive = the archive (its period, ground and access) is not recorded
    .archive_period = how long the archive keeps the data is not recorded
    .archive_ground = why the data are kept after active use is not recorded
    .archive_ground_other = the ground recorded for keeping them is none the GDPR names (a legal obligation, legal claims, archiving in the public interest)
    .archive_access_restricted = access to the archive is not recorded as restricted to people specifically authorised
    .archive_access_restricted_no = access to the archive is recorded as not restricted to people specifically authorised

## Factors of a purpose

factor-sensitive_data = Sensitive data used
    .reason = The purpose uses '{ NAME($category) }' ({ $category }), recorded as { $sensitivity ->
        [highly_personal] data of a highly personal nature
        [special_category] a special category of data (Art. 9)
       *[other] data on criminal offences (Art. 10)
    }.
    .reference = { $sensitivity ->
        [highly_personal] WP248 rev.01, criterion 4 (sensitive or highly personal data)
        [special_category] GDPR Art. 9(1); WP248 rev.01, criterion 4
       *[other] GDPR Art. 10; WP248 rev.01, criterion 4
    }

factor-profiling = Profiling and inferred data
    .reason = { $profiling ->
        [true] It profiles people (evaluates personal aspects of them)
       *[other] It uses data the controller infers about people
    }{ $inferred ->
        [none] {""}
       *[other] ; inferred categories: { NAMES($inferred) }
    }. A profile says more about a person than they gave, and can be wrong.
    .reference = GDPR Art. 4(4); WP29 Guidelines on automated decision-making and profiling (WP251 rev.01); WP248 rev.01, criterion 1

factor-other_companies = Data from other companies
    .reason = It combines data obtained from other companies ({ NAMES($sources) }) with its own, beyond what people would expect when they gave their data.
    .reference = WP248 rev.01, criterion 6 (matching or combining datasets); GDPR Art. 14

factor-vulnerable_people = Vulnerable people concerned
    .reason = It concerns vulnerable or dependent people ({ NAMES($groups) }), who can less easily refuse, object or defend their rights.
    .reference = WP248 rev.01, criterion 7; GDPR Recital 75

factor-severity_ceiling = Ceiling: no special data, no vulnerable people
    .reason = Without special-category or criminal data and without vulnerable people, the harm is held at 'significant': CNIL keeps 'maximum' for consequences people may never get over, and places ordinary targeted advertising at 'negligible'.
    .reference = CNIL PIA knowledge base (2018), severity levels PIA_EX_IMPN to PIA_EX_IMPM; workbook calibration

factor-personalised_ads_without_consent = Personalised advertising without consent
    .reason = It profiles people for advertising but claims no consent; it relies on { LABELS("legal_basis", $bases) }. Such profiling is rarely lawful without consent.
    .reference = EDPB Guidelines 8/2020 on the targeting of social media users; CJEU C-252/21 Meta Platforms v Bundeskartellamt (4 July 2023); WP29 Opinion 06/2014 on legitimate interests (WP217)

factor-profiling_without_consent = Profiling without consent
    .reason = It profiles people on { LABELS("legal_basis", $bases) }, without consent: that the profiling is necessary and does not override people's interests must then be shown.
    .reference = GDPR Art. 6(1), Art. 21(1); WP29 Opinion 06/2014 on legitimate interests (WP217)

factor-interest_test_open = Legitimate interest test not passed
    .reason = It relies on legitimate interest, but { $recorded ->
        [true] its three-step test is not passed for the { LABELS("interest_step", $steps) }
       *[other] no legitimate interests assessment is recorded
    }: nothing shows that the interest is real, the processing necessary and people's interests not overriding.
    .reference = GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)

factor-objection_not_easy = Objection to direct marketing not easy or not presented
    .reason = It is direct marketing on { LABELS("legal_basis", $bases) }, but { LABELS("purpose_gap", $gaps) }. People may object at any time, without giving reasons, and must be told so explicitly.
    .reference = GDPR Art. 21(2)-(4)

factor-consent_not_shown = Consent not demonstrable, granular or withdrawable
    .reason = It relies on consent, but { LABELS("purpose_gap", $gaps) }: consent that cannot be shown to be valid is no legal basis.
    .reference = GDPR Art. 7(1)-(3), Art. 4(11)

factor-withdrawal_called_objection = Withdrawal of consent called an objection
    .reason = The information calls withdrawing consent an 'objection'. People may then think they must give reasons or that the controller can refuse, whereas withdrawal is unconditional and as easy as consenting.
    .reference = GDPR Art. 7(3) (withdrawal) and Art. 21 (objection): two different rights

factor-electronic_marketing_without_consent = E-mail or SMS advertising without consent
    .reason = It advertises by { LABELS("channel", $channels) } and { $consent ->
        [true] puts part of it on a basis other than consent
       *[other] claims no consent
    } ({ LABELS("legal_basis", $bases) }). Advertising by e-mail or SMS needs prior consent; { $gaps ->
        [none] the soft opt-in exception (existing customers, the sender's own similar products, opt-out offered at collection and in every message) is not recorded
       *[other] the soft opt-in is recorded, but { LABELS("purpose_gap", $gaps) }
    }.
    .reference = { $gaps ->
        [none] Belgian Code of Economic Law Art. XII.13; Royal Decree of 4 April 2003 (soft opt-in); Directive 2002/58/EC Art. 13
       *[other] Directive 2002/58/EC Art. 13(2); Belgian Code of Economic Law Art. XII.13 and Royal Decree of 4 April 2003, art. 1, 1°
    }

factor-special_categories_without_exception = Special-category data without an Art. 9(2) exception
    .reason = It uses special-category data ({ NAMES($categories) }), which Art. 9(1) forbids unless an exception of Art. 9(2) applies, and none is recorded.
    .reference = GDPR Art. 9(1)-(2)

factor-undeclared = Data categories not declared to people
    .reason = It uses { $n ->
        [one] a data category
       *[other] { $n } data categories
    } people are not told about ({ NAMES($categories) }): they cannot foresee the processing or use their rights on it.
    .reference = GDPR Art. 5(1)(a), Art. 13(1)(c), Art. 14(1)(d)

factor-art14_missing = Data from elsewhere without Art. 14 information
    .reason = It uses data not obtained from the people themselves ({ NAMES($sources) }), and the Art. 14 information, including the source, { $informed ->
        [false] is recorded as not given
       *[other] is not recorded as given
    }: people may not know the controller holds these data.
    .reference = GDPR Art. 14(1)-(2), incl. Art. 14(2)(f) (the source)

factor-large_scale = Large scale
    .reason = The screening finds that the purpose is carried out on a large scale: any weakness touches many people.
    .reference = WP248 rev.01, criterion 5 (large scale), read as in the screening

factor-scale_unknown = Number of people not recorded
    .reason = How many people it concerns is not recorded ({ NAMES($groups) }), and the other signs of large scale do not point to it, so scale adds nothing.
    .reference = WP248 rev.01, criterion 5 (large scale), read as in the screening

factor-safeguards_recorded = Legal-basis safeguards recorded
    .reason = Recorded safeguards: { $consent ->
        [true] consent is provable, granular and easy to withdraw{ $interest ->
            [true] {" "}and the three-step legitimate interest test passed
           *[other] {""}
        }
       *[other] the three-step legitimate interest test passed
    }.
    .reference = GDPR Art. 7(1)-(3), Art. 4(11); GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)

## Factors of a transfer or an exposure

scoring-transfer = { $recorded ->
        [true] the transfer
       *[other] the unrecorded transfer
    } to { NAME($recipient) } { LABEL("country_in", $country) }
scoring-transfer_start = { $recorded ->
        [true] The transfer
       *[other] The unrecorded transfer
    } to { NAME($recipient) } { LABEL("country_in", $country) }
scoring-assumed = { $assumed ->
        [recipient] The transfer lists no categories; the recipient's are used.{" "}
        [assessment] Categories not recorded; assume all categories of the assessment.{" "}
       *[other] {""}
    }
-edpb-01-2020 = EDPB Recommendations 01/2020 (v2.0)

factor-dpf_uncertain = DPF certification not recorded
    .reason = { scoring-transfer_start } relies on the EU-US Data Privacy Framework, which covers only organisations certified on the DPF List; whether { NAME($recipient) } is certified, for these data, is not recorded.
    .reference = GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)

factor-no_adequacy = No adequacy decision
    .reason = No adequacy decision covers { scoring-transfer }{ $partial ->
        [true] {" "}(the adequacy decision for this country covers only some recipients or data)
       *[other] {""}
    }.
    .reference = GDPR Art. 45(1); { -edpb-01-2020 }, step 2

factor-no_tia = No transfer impact assessment
    .reason = Do the law and practice { LABEL("country_in", $country) } let the importer keep its promises? The assessment { $done ->
        [false] records that this was not assessed
       *[other] does not say whether this was assessed
    }.
    .reference = { -edpb-01-2020 }, step 3; SCC 2021/914, Clause 14(b) and (d)

factor-access_high = Public-authority access: high
    .reason = The knowledge base rates public-authority access { LABEL("country_in", $country) } high, against the European Essential Guarantees ({ $grounds ->
        [one] one ground recorded
       *[other] { $grounds } grounds recorded
    }).
    .reference = { -edpb-01-2020 }, step 3; EDPB Recommendations 02/2020; { $source }

factor-readable = Data readable by the importer
    .reason = { $protection ->
        [clear_text] The data reach { NAME($recipient) } in clear text
        [encrypted_keys_with_recipient] { NAME($recipient) } holds the keys to the data
       *[other] The assessment does not say whether { NAME($recipient) } can read the data
    } and public-authority access there is rated { $level ->
        [high] high
       *[other] medium
    }: where the importer can read the data the EDPB sees no effective technical measure.
    .reference = { -edpb-01-2020 }, step 4 and Annex 2, use cases 6 and 7

factor-pseudonymised = Pseudonymised
    .reason = The data reach { NAME($recipient) } pseudonymised, so the importer cannot read them by itself.
    .reference = { -edpb-01-2020 }, Annex 2, use case 2

factor-keys_in_eea = Keys held in the EEA
    .reason = The data reach { NAME($recipient) } encrypted, with the keys held in the EEA, so the importer cannot read them by itself.
    .reference = { -edpb-01-2020 }, Annex 2, use case 1

factor-supplementary_measures = Supplementary measures
    .reason = Supplementary measures are recorded for { scoring-transfer }: { LIST($measures) }.
    .reference = { -edpb-01-2020 }, step 4

factor-no_tool = No transfer tool
    .reason = { scoring-transfer_start } { $tool ->
        [none] relies on no Chapter V instrument
       *[other] relies on an instrument the assessment does not name (a reference to 'the necessary measures' described elsewhere does not name one)
    }.
    .reference = GDPR Art. 44 and Art. 46(1); { -edpb-01-2020 }, step 2

factor-tool_not_applicable = Transfer tool does not apply
    .reason = { scoring-transfer_start } relies on the { LABEL("transfer_tool", $tool) }, but { $uncertified ->
        [true] { NAME($recipient) } is recorded as not certified under it
       *[other] no adequacy decision of that kind covers this destination
    }.
    .reference = GDPR Art. 45(1); GDPR Art. 44 and Art. 46(1); { -edpb-01-2020 }, step 2

factor-art49_systematic = Art. 49 derogation for a systematic transfer
    .reason = { scoring-transfer_start } is ongoing (storage, remote access or a processor's work), but Art. 49 derogations cover only occasional transfers.
    .reference = GDPR Art. 49(1); EDPB Guidelines 2/2018 on derogations of Article 49

factor-art49 = Art. 49 derogation
    .reason = { scoring-transfer_start } relies on an Art. 49 derogation, an exception to read restrictively; the model records no frequency to show it is occasional.
    .reference = GDPR Art. 49(1); EDPB Guidelines 2/2018 on derogations of Article 49

factor-special_or_criminal = Special-category or criminal data
    .reason = { scoring-assumed }The most sensitive category concerned is '{ NAME($category) }' ({ $category }), recorded as { LABEL("sensitivity", $sensitivity) }.
    .reference = GDPR Art. 9(1) and Art. 10; WP248 rev.01, criterion 4

factor-highly_personal = Highly personal data
    .reason = { scoring-assumed }The most sensitive category concerned is '{ NAME($category) }' ({ $category }), recorded as { LABEL("sensitivity", $sensitivity) }.
    .reference = WP248 rev.01, criterion 4 (data of a highly personal nature)

factor-profiles = Profiles or behaviour
    .reason = { scoring-assumed }Profiles or behavioural data are concerned ({ NAMES($categories) }): they reveal habits and interests that public authorities could exploit.
    .reference = GDPR Art. 4(4); WP248 rev.01, criterion 1 (evaluation or scoring)

factor-parent_law = Law reaching through the parent
    .reason = { NAME($recipient) } processes the data { LABEL("country_in", $country) }, but its parent company is established { LABEL("country_in", $parent) }: { LIST($laws) } can oblige the group to hand over data it holds, wherever stored.
    .reference = EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V (v2.0), Example 12; GDPR Art. 28(1); { LIST($laws) }

factor-exposure_keys_in_eea = Encrypted, keys in the EEA
    .reason = A transfer for { NAME($recipient) } ({ $transfer }) records the data as encrypted with the keys held in the EEA, so an order to the group yields no readable data.
    .reference = { -edpb-01-2020 }, Annex 2, use case 1

## Factors of a retention rule (or of a group no rule covers)

scoring-kept_assumed = { $assumed ->
        [none] {""}
       *[other] {" "}({ $covered ->
            [true] the rule lists no data categories, so
           *[other] no rule covers them, so
        } { $assumed ->
            [purposes] those of its purposes are assumed
            [people] those of the purposes about its people are assumed
            [identity] the identity documents recorded in the assessment are assumed
           *[other] all the assessment's categories are assumed
        })
    }
factor-most_sensitive_kept = Most sensitive data kept
    .reason = The most sensitive data kept is '{ NAME($category) }' ({ $category }), { $sensitivity ->
        [highly_personal] data of a highly personal nature
        [special_category] a special category of data (Art. 9)
       *[other] data on criminal offences (Art. 10)
    }{ scoring-kept_assumed }.
    .reference = GDPR Art. 9(1), Art. 10; WP248 rev.01 criterion 4

factor-id_documents_kept = Identity documents kept
    .reason = { $categories ->
        [none] People who exercise their rights must send identity proof ({ $documents ->
            [none] as recorded
           *[other] { LIST($documents) }
        }), and this retention covers it
       *[other] Identity documents or numbers are kept ({ NAMES($categories) }){ scoring-kept_assumed }
    }; a copy enables identity fraud.
    .reference = GDPR Art. 5(1)(c), Art. 87; WP248 rev.01 criterion 4 (personal documents)

factor-profiles_kept = Profiles or inferred data kept
    .reason = Profiles or inferred data are kept ({ NAMES($categories) }){ scoring-kept_assumed }: predictions about a person that can be wrong and outlive their use.
    .reference = GDPR Art. 4(4); WP248 rev.01 criterion 1

factor-no_period = No period
    .reason = { $rule ->
        [none] No retention rule covers { LABELS("retention_group", $groups) } ({ scoring-expected }), so no period is set.
       *[other] Rule { $rule } sets no retention period for { LABELS("retention_group", $groups) }.
    }
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)

factor-no_trigger = No start event
    .reason = { $rule ->
        [none] No retention rule covers { LABELS("retention_group", $groups) } ({ scoring-expected }), so nothing starts a period.
       *[other] Rule { $rule } does not say which event starts its period.
    }
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)

factor-no_justification = No justification
    .reason = { $rule ->
        [none] No retention rule covers { LABELS("retention_group", $groups) } ({ scoring-expected }), so no period is justified.
       *[other] Rule { $rule } does not say why its period is necessary.
    }
    .reference = GDPR Art. 5(1)(e), Art. 5(2), Recital 39

factor-no_deletion = Deletion method unknown
    .reason = { $rule ->
        [none] No retention rule covers { LABELS("retention_group", $groups) } ({ scoring-expected }), so nothing says how their data is deleted.
       *[other] Rule { $rule } does not say how data is deleted at the end.
    }
    .reference = GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39

factor-trigger_impossible = Start event cannot occur
    .reason = Rule { $rule } starts its period at '{ $trigger }' ({ LIST($words) }), an event that never happens for { LABELS("retention_group", $groups) }, who have no contract: their data would be kept without end.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)

factor-longer_than_reference = Longer than the reference period
    .reason = Rule { $rule } keeps data for { PERIOD($period) }, longer than the reference period for { LABELS("retention_group", $groups) } ({ PERIOD($reference_period) }; { $percent }% more). Reference periods are indicative, not binding.
    .reference = GDPR Art. 5(1)(e); reference { $reference }: { $source }{ $verified ->
        [true] {""}
       *[other] {" "}(not verified)
    }

factor-shorter_than_minimum = Shorter than the minimum reference period
    .reason = Rule { $rule } keeps data for { PERIOD($period) }, less than the minimum reference period for { LABELS("retention_group", $groups) } ({ PERIOD($reference_period) }; { $percent }% less): the data may be gone before they have done their job, such as keeping an objection honoured.
    .reference = reference { $reference }: { $source }{ $verified ->
        [true] {""}
       *[other] {" "}(not verified)
    }

factor-archive_not_shown = Archive after active use not shown
    .reason = Rule { $rule } archives the data after active use, but { LABELS("archive_gap", $gaps) }: an archive is for occasional, authorised access on a ground that outlasts the purpose, not a longer active period.
    .reference = GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1); CNIL, Guide pratique 'Les durées de conservation' (July 2020): active base and intermediate archive

factor-deletion_recorded = Deletion recorded, justified, within reference
    .reason = Rule { $rule } records its start, { LABEL("deletion", $deletion) } at the end{ $archived ->
        [true] {" "}(with an archive whose period, ground and access are recorded)
       *[other] {""}
    }, a justification, and a period within the reference.
    .reference = GDPR Art. 5(1)(e), Recital 39

## Checks: what was looked at for an item (.detail and .reference are said with $status)

check-legal_basis = Legal basis recorded
    .detail = Claimed: { LABELS("legal_basis", $bases) }.
    .reference = GDPR Art. 6(1)
check-law = The law behind a legal obligation or public task
    .detail = { $status ->
        [not_applicable] No legal obligation or public task is claimed.
        [missing] No law is recorded for: { LABELS("legal_basis", $unnamed) }.
       *[other] The law is recorded for every legal obligation or public task claimed.
    }
    .reference = GDPR Art. 6(1)(c) and (e), Art. 6(3)
check-art9 = Art. 9(2) exception for special-category data
    .detail = { $status ->
        [not_applicable] No special-category data used.
        [missing] Special-category data used ({ NAMES($categories) }); no exception.
       *[other] { LABEL("special_category_exception", $exception) }.
    }
    .reference = GDPR Art. 9(1)-(2)
check-consent_for_profiling = Consent for profiling and personalised ads
    .detail = { $status ->
        [not_applicable] No profiling.
        [recorded] Consent is claimed.
       *[other] Profiling without a consent claim.
    }
    .reference = EDPB Guidelines 8/2020 on the targeting of social media users; CJEU C-252/21 Meta Platforms v Bundeskartellamt (4 July 2023); WP29 Opinion 06/2014 on legitimate interests (WP217)
check-interest_test = Legitimate interest: purpose, necessity, balancing
    .detail = { $status ->
        [not_applicable] Legitimate interest is not claimed.
       *[other] { LABEL("interest_step", "purpose") }: { LABEL("test_outcome", $purpose) }; { LABEL("interest_step", "necessity") }: { LABEL("test_outcome", $necessity) }; { LABEL("interest_step", "balancing") }: { LABEL("test_outcome", $balancing) }.
    }
    .reference = GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)
check-objection = Objection path
    .detail = { $status ->
        [not_applicable] No basis that carries a right to object.
        [recorded] Recorded.
       *[other] Gaps: { LABELS("purpose_gap", $gaps) }.
    }
    .reference = GDPR Art. 21(1)-(4)
check-consent_details = Consent provable, granular, withdrawable
    .detail = { $status ->
        [not_applicable] Consent is not claimed.
        [recorded] Recorded.
       *[other] Gaps: { LABELS("purpose_gap", $gaps) }.
    }
    .reference = GDPR Art. 7(1)-(3), Art. 4(11)
check-eprivacy = E-mail and SMS advertising (XII.13)
    .detail = { $state ->
        [no_email] No advertising by e-mail or SMS.
        [consent] Consent is the only basis claimed.
        [no_soft_opt_in] Not all of it rests on consent; soft opt-in not recorded.
       *[other] Not all of it rests on consent; soft opt-in: { $gaps ->
            [none] every condition recorded as met, customers only.
           *[other] { LABELS("purpose_gap", $gaps) }.
        }
    }
    .reference = { $state ->
        [soft_opt_in] Directive 2002/58/EC Art. 13(2); Belgian Code of Economic Law Art. XII.13 and Royal Decree of 4 April 2003, art. 1, 1°
       *[other] Belgian Code of Economic Law Art. XII.13; Royal Decree of 4 April 2003 (soft opt-in); Directive 2002/58/EC Art. 13
    }
check-art13 = Information at collection (Art. 13)
    .detail = { $status ->
        [not_applicable] No data collected from the people themselves.
        [recorded] Informed at collection.
        [failed] Not informed at collection.
       *[other] Not recorded.
    }
    .reference = GDPR Art. 13(1)-(2)
check-art14 = Information on data from elsewhere (Art. 14)
    .detail = { $status ->
        [not_applicable] No data from other companies or public sources.
        [recorded] Given for: { NAMES($sources) }.
        [failed] Not given for: { NAMES($sources) }.
       *[other] Not recorded for: { NAMES($sources) }.
    }
    .reference = GDPR Art. 14(1)-(2), incl. Art. 14(2)(f) (the source)
check-declared_categories = Every category used is declared to people
    .detail = { $categories ->
        [none] All declared.
       *[other] Not declared: { NAMES($categories) }.
    }
    .reference = GDPR Art. 5(1)(a), Art. 13(1)(c), Art. 14(1)(d)
check-scale = Number of people recorded
    .detail = { $groups ->
        [none] Recorded.
       *[other] Unknown for: { NAMES($groups) }.
    }
    .reference = WP248 rev.01, criterion 5 (large scale), read as in the screening
check-know_your_transfers = Step 1: know your transfers
    .detail = { $place ->
        [eea] { NAME($recipient) } is { LABEL("country_in", $country) }, in the EEA: this is not a Chapter V transfer.
       *[other] { $state ->
            [unrecorded] No transfer is recorded for { NAME($recipient) }, which processes data { LABEL("country_in", $country) }, outside the EEA. Record it; remote access (e.g. support or maintenance staff) counts as a transfer.
            [transfer] Kind: { LABEL("transfer_kind", $kind) }; categories: { NAMES($categories) }.{ scoring-remote }
            [recipient] Kind: { LABEL("transfer_kind", $kind) }; the transfer lists no data categories: the recipient's are assumed ({ NAMES($categories) }).{ scoring-remote }
           *[other] Kind: { LABEL("transfer_kind", $kind) }; the transfer lists no data categories: all categories of the assessment are assumed.{ scoring-remote }
        }
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), step 1
check-identify_transfer_tool = Step 2: identify the transfer tool relied on
    .detail = { $place ->
        [eea] Not needed inside the EEA.
       *[other] { $state ->
            [dpf_unconfirmed] { $decision }. The DPF covers only organisations certified on the DPF List; whether { NAME($recipient) } is certified is not recorded: check the List at the assessment date and record it.
            [dpf_certified] { $decision }. { NAME($recipient) } is recorded as certified on the DPF List (Art. 45); re-check the certification, and that it covers these data, at each review.
            [adequacy_partial] { $decision }. It covers only: { $scope } Check the recipient falls within it.
            [adequacy] { $decision }.
            [unknown] No transfer tool is named (a reference to measures described elsewhere names none).
            [none] The transfer relies on no Chapter V instrument (Art. 44).
            [dpf_uncertified] The DPF is named, but { NAME($recipient) } is recorded as not certified under it: an Art. 46 tool is needed.
            [misapplied] '{ LABEL("transfer_tool", $tool) }' is named, but no such decision covers the destination.
            [art49_systematic] An Art. 49 derogation cannot carry an ongoing transfer (EDPB Guidelines 2/2018).
            [art49] Art. 49 derogation: only for occasional transfers (EDPB Guidelines 2/2018).
            [scc_no_module] SCC 2021/914 relied on, but the module (1-4) is not named.
            [scc] SCC 2021/914, module { $module }.
           *[other] { LABEL("transfer_tool", $tool) } relied on.
        }
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), step 2; GDPR Art. 44-46, Art. 49
check-assess_third_country_law = Step 3: assess whether the tool is effective in the third country
    .detail = { $place ->
        [eea] Not needed inside the EEA.
        [adequacy] Not needed: an adequacy decision covers the destination.
       *[other] Transfer impact assessment { $done ->
            [true] done
            [false] recorded as not done
           *[other] not recorded
        }. { $level ->
            [none] The knowledge base does not rate public-authority access { LABEL("country_in", $country) }.
           *[other] Public-authority access { LABEL("country_in", $country) } is rated { $level ->
                [high] high
                [medium] medium
               *[other] low
            } in the knowledge base.
        }
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), step 3; SCC 2021/914, Clause 14(b)
check-supplementary_measures = Step 4: adopt supplementary measures
    .detail = { $place ->
        [eea] Not needed inside the EEA.
        [adequacy] Not needed: an adequacy decision covers the destination.
       *[other] { $status ->
            [recorded] Data: { LABEL("data_protection", $protection) }. Measures: { $measures ->
                [none] none listed
               *[other] { LIST($measures) }
            }.
           *[other] No supplementary measures recorded. Data: { LABEL("data_protection", $protection) }.{ $readable ->
                [true] {" "}Where the importer can read the data, the EDPB sees no effective technical measure (Annex 2, use cases 6 and 7).
               *[other] {""}
            }
        }
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), step 4 and Annex 2
check-procedural_steps = Step 5: take any formal procedural steps
    .detail = { $place ->
        [eea] Not needed inside the EEA.
        [adequacy] Not needed: an adequacy decision covers the destination.
       *[other] { $state ->
            [ad_hoc] Ad hoc clauses need the supervisory authority's authorisation (Art. 46(3)(a)); the model has no field to record it.
            [no_tool] Depends on the transfer tool, which is not known.
           *[other] Nothing to do for an unchanged standard tool. The model has no field for modified SCCs, which count as ad hoc clauses.
        }
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), step 5; GDPR Art. 46(3)
check-reevaluate = Step 6: re-evaluate at appropriate intervals
    .detail = { $place ->
        [eea] Not needed inside the EEA.
        [adequacy] Not needed for the transfer; re-check the adequacy decision itself at each review of this assessment.
       *[other] { $due ->
            [none] No re-evaluation date or cadence recorded.
           *[other] Next re-evaluation: { $due }.
        }
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), step 6
check-chapter_v = Chapter V transfer
    .detail = { NAME($recipient) } is { LABEL("country_in", $country) }, in the EEA: sharing data with it is not a transfer by itself. It becomes one if the group discloses data to an authority abroad.
    .reference = { scoring-exposure_guidance }
check-parent_law = Third-country law through the parent
    .detail = Its parent company is established { LABEL("country_in", $parent) }, where { LIST($laws) } can oblige the group to hand over data it holds. The model has no field for the assessment of this exposure: record it as a risk with its measures.
    .reference = { LIST($sources) }
check-keys_in_eea = Encryption with keys held in the EEA
    .detail = { $status ->
        [recorded] Recorded on a transfer for this recipient.
       *[other] Not recorded: the model records encryption only on transfers, and none for this recipient says the keys stay in the EEA.
    }
    .reference = EDPB Recommendations 01/2020 (v2.0), Annex 2, use case 1
check-dpf = EU-US Data Privacy Framework
    .detail = The DPF covers transfers to organisations certified on the DPF List; it matters if data reach the parent { LABEL("country_in", $parent) } (e.g. remote access by the parent's staff). { $certified ->
        [none] Certification is recorded only on a transfer to the US, and none for this recipient records it: check the DPF List at the assessment date.
        [true] Transfer { $transfer } records the recipient as certified.
       *[other] Transfer { $transfer } records the recipient as not certified.
    } It does not limit orders under { LIST($laws) }.
    .reference = { $decision }
check-rule = A retention rule covers the group
    .detail = No rule covers { LABELS("retention_group", $groups) }.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)
check-period = Period recorded
    .detail = { $value ->
        [none] Not recorded.
       *[other] { PERIOD($value) }
    }
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)
check-trigger = Start event recorded
    .detail = { $value ->
        [none] Not recorded.
       *[other] { $value }
    }
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)
check-justification = Justification recorded
    .detail = { $value ->
        [none] Not recorded.
       *[other] { $value }
    }
    .reference = GDPR Art. 5(1)(e), Art. 5(2), Recital 39
check-deletion = Deletion method recorded
    .detail = { $value ->
        [none] Not recorded.
       *[other] { LABEL("deletion", $value) }
    }
    .reference = GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39
check-trigger_fits = Start event can happen for every group covered
    .detail = { $status ->
        [not_applicable] No start event.
        [failed] Presupposes a contract ({ LIST($words) }); { LABELS("retention_group", $groups) } have none.
       *[other] No contract words for a group without a contract (text heuristic).
    }
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a) (the criteria used to determine the period)
check-reference = Period within the reference period
    .detail = { $status ->
        [not_applicable] No period to compare.
        [failed] { PERIOD($period) } is outside the reference period for { LABELS("retention_group", $outside) }.
       *[other] { PERIOD($period) } is within the reference period for { LABELS("retention_group", $groups) }.
    }
    .reference = GDPR Art. 5(1)(e)
check-per_purpose = Period set per purpose and group, not one blanket period
    .detail = { $status ->
        [not_applicable] No period.
        [failed] One period covers all { $count } { $covers ->
            [purposes] purposes
           *[other] groups of people
        }.
       *[other] The rule covers part of the processing.
    }
    .reference = GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2
check-archive = Archive after active use: period, ground, restricted access
    .detail = { $state ->
        [not_archived] { $status ->
            [not_applicable] No archive after active use.
           *[other] An archive is recorded ({ scoring-archive }), but the data are recorded as '{ LABEL("deletion", $deletion) }' at the end of the period.
        }
       *[other] { $gaps ->
            [none] { scoring-archive }.
           *[other] Gaps: { LABELS("archive_gap", $gaps) }.
        }
    }
    .reference = GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1); CNIL, Guide pratique 'Les durées de conservation' (July 2020): active base and intermediate archive
check-categories = Data categories listed
    .detail = { $assumed ->
        [none] { NAMES($categories) }
       *[other] Not listed{ scoring-kept_assumed }.
    }
    .reference = GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2

scoring-remote = { $remote ->
        [true] {" "}Remote access from a third country counts as a transfer.
       *[other] {""}
    }
scoring-archive = { $period ->
        [none] period not recorded
       *[other] { PERIOD($period) }
    }, { LABEL("archive_ground", $ground) }, { $access ->
        [true] access restricted
        [false] access not restricted
       *[other] access not recorded
    }
scoring-exposure_guidance = EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V (v2.0), Example 12; GDPR Art. 28(1)

## Titles of scored items (a purpose is called by its name)

item_title-purpose = { NAME($purpose) }
item_title-risk = { $title }
item_title-storage = Storage by { NAME($recipient) } { LABEL("country_in", $country) }
item_title-remote_access = Remote access by { NAME($recipient) } { LABEL("country_in", $country) }
item_title-onward_transfer = Onward transfer by { NAME($recipient) } { LABEL("country_in", $country) }
item_title-unrecorded = Unrecorded transfer: { NAME($recipient) } processes data { LABEL("country_in", $country) }
item_title-exposure = Exposure, not a transfer: { NAME($recipient) } { LABEL("country_in", $country) }, reachable through its parent { LABEL("country_in", $parent) }
item_title-retention_rule = Retention of { LABELS("retention_group", $groups) }: { $period ->
        [none] no period recorded
       *[other] { PERIOD($period) }{ $trigger ->
            [none] , start not recorded
           *[other] {" "}from { $trigger }
        }
    }
item_title-retention_uncovered = Retention of { LABEL("retention_group", $group) }: no retention rule

scoring-expected = expected because { $expected ->
        [customers] the assessment records customers
        [prospects] the assessment records prospects
        [consent_only] purposes rely on consent
        [objected] people may object to purposes of direct marketing or legitimate interest
        [consent_records] consent must be provable (Art. 7(1))
       *[other] every controller receives requests to exercise rights
    }
