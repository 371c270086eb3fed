"""What each form shows: field paths per section and per new row, declared rather than built."""

from __future__ import annotations

# A section: heading -> fields, as dotted paths relative to the item; `name:hint` picks a control.
Section = dict[str, list[str]]

METADATA: Section = {
    "": [
        "title",
        "version",
        "status",
        "method",
        "language",
        "jurisdiction",
        "assessment_date",
        "review_date",
        "dpo_contact",
        "analysts",
        "note",
    ],
    "Controller": [
        "controller.name",
        "controller.legal_form",
        "controller.address",
        "controller.company_number",
    ],
}
PURPOSE: Section = {
    "": [
        "id",
        "name",
        "description",
        "profiling",
        "direct_marketing",
        "channels",
        "data_categories",
        "data_sources",
        "data_subjects",
        "special_category_exception",
    ],
    "Consent (Art. 7 GDPR)": [
        "consent.how_obtained",
        "consent.granular",
        "consent.records_kept",
        "consent.withdrawal_path",
        "consent.withdrawal_called_objection",
    ],
    "Legitimate interest (Art. 6(1)(f) GDPR, EDPB Guidelines 1/2024)": [
        "legitimate_interest.interest",
        "legitimate_interest.purpose_test.outcome",
        "legitimate_interest.purpose_test.reasoning",
        "legitimate_interest.necessity_test.outcome",
        "legitimate_interest.necessity_test.reasoning",
        "legitimate_interest.balancing_test.outcome",
        "legitimate_interest.balancing_test.reasoning",
    ],
    "Soft opt-in: e-mail or SMS to existing customers (Directive 2002/58/EC Art. 13(2))": [
        "soft_opt_in.details_from_sale",
        "soft_opt_in.own_similar_products",
        "soft_opt_in.objection_at_collection",
        "soft_opt_in.objection_in_each_message",
    ],
    "Objection (Art. 21 GDPR)": [
        "objection.channel",
        "objection.as_easy_as_collection",
        "objection.brought_to_attention",
    ],
    "Transparency (Arts. 13-14 GDPR)": [
        "transparency.informed_at_collection",
        "transparency.informed_of_other_sources",
    ],
    "Sources": ["sources", "note"],
}
LEGAL_BASIS: Section = {"": ["basis", "applies_when", "scope", "law", "sources", "note"]}
RECIPIENT: Section = {
    "": [
        "id",
        "name",
        "role",
        "service",
        "country",
        "parent_country",
        "processor_contract",
        "data_categories",
        "sources",
        "note",
    ]
}
TRANSFER: Section = {
    "": ["id", "recipient", "country", "kind", "data_categories"],
    "EDPB Recommendations 01/2020": [
        "tool",
        "scc_module",
        "impact_assessment_done",
        "data_protection",
        "supplementary_measures",
        "reevaluation_due",
        "dpf_certified",
    ],
    "Sources": ["sources", "note"],
}
RETENTION: Section = {
    "": [
        "id",
        "applies_to",
        "data_categories",
        "purposes",
        "period",
        "trigger",
        "justification",
        "deletion",
        "sources",
        "note",
    ],
    "Archive after active use (Art. 5(1)(e), Art. 17(3), Art. 89(1))": [
        "archive.period",
        "archive.ground",
        "archive.access_restricted",
    ],
}
# The systematic description (Art. 35(7)(a)): the facts screening and scoring read of each row.
DATA_SUBJECTS: Section = {
    "": ["id", "name", "kind", "vulnerable", "approximate_count", "sources", "note"]
}
DATA_CATEGORY: Section = {
    "": [
        "id",
        "name",
        "kind",
        "sensitivity",
        "declared_to_data_subjects",
        "inferred",
        "sources",
        "note",
    ]
}
DATA_SOURCE: Section = {
    "": ["id", "name", "kind", "provider", "channels", "data_categories", "sources", "note"]
}
# How people exercise their rights (Arts. 12-22), and the grounds on which requests are refused.
RIGHTS: Section = {
    "": ["channels", "response_time"],
    "Identity checks (Art. 12(6) GDPR)": [
        "identity_verification.when",
        "identity_verification.documents",
        "identity_verification.masking:long",
        "identity_verification.more_proof_may_be_asked",
        "identity_verification.sources",
        "identity_verification.note",
    ],
    "Sources": ["sources", "note"],
}
REFUSAL: Section = {"": ["ground", "wording", "sources", "note"]}
# Who was consulted: the DPO (Art. 35(2)) and the people concerned (Art. 35(9)).
CONSULTATION: Section = {
    "The DPO's advice (Art. 35(2) GDPR)": [
        "dpo.advice",
        "dpo.name",
        "dpo.date",
        "dpo.followed",
        "dpo.reasons_if_not_followed",
        "dpo.sources",
        "dpo.note",
    ],
    "The views of the people concerned or their representatives (Art. 35(9) GDPR)": [
        "data_subjects.sought",
        "data_subjects.views",
        "data_subjects.why_not_sought",
        "data_subjects.sources",
        "data_subjects.note",
    ],
    "Note": ["note"],
}
# The description-level facts that decide WP248 criteria directly: answered by the analyst, since
# nothing else recorded shows them (the other criteria follow from the description and purposes).
SCREENING_FACTS: Section = {
    "WP248 criterion 2: automated decision with legal or similar significant effect": [
        "automated_decisions_art22",
    ],
    "WP248 criterion 8: innovative use or new technological or organisational solutions": [
        "innovative_technology",
        "innovation:long",
    ],
    "WP248 criterion 9: the processing itself prevents people from exercising a right or "
    "using a service or a contract": ["prevents_exercising_rights"],
}
RISK: Section = {"": ["id", "title", "concerns", "impact", "measures", "sources", "note"]}
MEASURE: Section = {
    "": [
        "id",
        "title",
        "description",
        "kind",
        "owner",
        "due",
        "status",
        "reduces_severity:slider",
        "reduces_likelihood:slider",
        "sources",
        "note",
    ]
}

# What a new row needs before it can be saved (its required fields).
NEW_ROW: dict[str, list[str]] = {
    "purposes": ["id", "name", "legal_bases.0.basis"],
    "legal_bases": ["basis"],
    "recipients": ["id", "name", "role", "country"],
    "transfers": ["id", "recipient", "country", "kind"],
    "retention_rules": ["id", "applies_to"],
    "data_subjects": ["id", "name", "kind"],
    "data_categories": ["id", "name", "kind", "sensitivity", "declared_to_data_subjects"],
    "data_sources": ["id", "name", "kind"],
    "refusals": ["ground"],
    "risks": ["id", "title", "concerns"],
    "measures": ["id", "title", "kind"],
}
