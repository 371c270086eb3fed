"""Findings on purposes and their legal bases: consent, legitimate interest, objection, notices.

The rules read the same `PurposeFacts` (`pia.scoring.purpose_facts`) as the purpose scores, so a
finding and a factor never disagree about what was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pia.findings import rule
from pia.model import LegalBasis, LegalBasisClaim, Purpose, TestOutcome
from pia.scoring.purpose_facts import (
    REF_ART6_3,
    REF_ART9,
    REF_ART14,
    REF_DECLARED,
    REF_EPRIVACY,
    REF_LIA,
    REF_PERSONALISED_ADS,
    REF_SOFT_OPT_IN,
    bases_words,
    names,
    purpose_facts,
)

if TYPE_CHECKING:
    from pia.knowledge import Knowledge
    from pia.model import Assessment

Found = Iterator[tuple[str, str, dict[str, Any]]]

# A condition or scope that seems to cite an article or a named instrument ("Art. 60 of the VAT
# Code", "Law of 21 March 1991", "wet van ...", "Royal Decree ..."): PUR-009 then says to move the
# law into the claim's `law` field, which is what it reads.
NAMES_A_LAW = re.compile(
    r"\b(?:(?i:art(?:icle|ikel)?\.?)\s*(?:[0-9]+|[IVXL]+\.[0-9]+)"
    r"|(?i:act|code|wetboek|decree|decreet|regulation|directive|ordinance|ordonnantie)"
    r"|(?i:law\s+of|wet\s+van|loi\s+du|koninklijk\s+besluit|arr[êe]t[ée]))\b"
)


def _label(purpose: Purpose) -> str:
    return f"Purpose '{purpose.id}' ({purpose.name})"


# --- legal basis fit ------------------------------------------------------------------------------


@rule(
    "PUR-001",
    "blocker",
    "Personalised advertising without consent",
    reference=REF_PERSONALISED_ADS,
    remedy="Ask for consent before building profiles for advertising (Art. 6(1)(a), Art. 7), "
    "or stop personalising the advertising.",
)
def personalised_ads_without_consent(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if f.personalised_advertising and not f.relies_on(LegalBasis.consent):
            bases = f.other_bases(LegalBasis.consent)
            message = (
                f"{_label(f.purpose)} profiles people to personalise advertising but claims no "
                f"consent; it relies on {bases_words(bases)}. Profiling for advertising, "
                "especially from observed or purchased data, is not covered by a contract and "
                "rarely passes the legitimate-interest balancing test."
            )
            params = {"purpose": f.purpose.id, "bases": [b.value for b in bases]}
            yield f"{f.at}.legal_bases", message, params


@rule(
    "PUR-002",
    "major",
    "Legitimate interest without a recorded three-step test",
    reference=REF_LIA,
    remedy="Record a legitimate interests assessment: the interest (real, present, lawful), why "
    "the processing is necessary for it, and the balancing against people's interests and "
    "reasonable expectations.",
)
def interest_test_not_recorded(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.relies_on(LegalBasis.legitimate_interest):
            continue
        for field, step, outcome in f.interest_tests():
            if outcome is not TestOutcome.not_recorded:
                continue
            if f.purpose.legitimate_interest is None:
                path = f.claim_path(LegalBasis.legitimate_interest)
            else:
                path = f"{f.at}.legitimate_interest.{field}"
            message = (
                f"{_label(f.purpose)} relies on legitimate interest, but the {step} test is not "
                "recorded: without all three steps (purpose, necessity, balancing) the controller "
                "cannot show that Art. 6(1)(f) applies."
            )
            yield path, message, {"purpose": f.purpose.id, "step": step}


@rule(
    "PUR-003",
    "blocker",
    "Legitimate interest relied on although a test failed",
    reference=REF_LIA,
    remedy="Stop relying on legitimate interest for this purpose: change the processing until the "
    "test passes, or ask for consent.",
)
def interest_test_failed(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.relies_on(LegalBasis.legitimate_interest):
            continue
        for field, step, outcome in f.interest_tests():
            if outcome is TestOutcome.failed:
                message = (
                    f"{_label(f.purpose)} relies on legitimate interest although its {step} test "
                    "is recorded as failed: the three steps are cumulative, so Art. 6(1)(f) "
                    "cannot be the legal basis."
                )
                path = f"{f.at}.legitimate_interest.{field}"
                yield path, message, {"purpose": f.purpose.id, "step": step}


@rule(
    "PUR-004",
    "major",
    "Objection to direct marketing missing, harder than collection or not presented",
    reference="GDPR Art. 21(2)-(4)",
    remedy="Offer a free way to object to direct marketing at any time, as easy as the way the "
    "data were collected, and present it clearly and separately at the latest in the first "
    "message.",
)
def objection_not_easy(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.objection_applies:
            continue
        for field, gap in f.objection_gaps():
            message = (
                f"{_label(f.purpose)} is direct marketing on "
                f"{bases_words(f.other_bases(LegalBasis.consent))}, but {gap}. The right to "
                "object to direct marketing is absolute: it needs no reason and must be as easy "
                "to use as giving the data."
            )
            yield f"{f.at}.{field}", message, {"purpose": f.purpose.id, "gap": field}


@rule(
    "PUR-005",
    "major",
    "Withdrawal of consent described as an objection",
    reference="GDPR Art. 7(3), Art. 21",
    remedy="Call it withdrawal of consent in the information and the interface: possible at any "
    "time, without reasons, as easy as consenting, and leading to erasure where no other basis "
    "applies.",
)
def withdrawal_called_objection(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if f.withdrawal_called_objection:
            message = (
                f"{_label(f.purpose)} describes withdrawing consent as an 'objection'. These are "
                "different rights: withdrawal (Art. 7(3)) needs no reason, cannot be refused and "
                "must be as easy as consenting, while an objection (Art. 21(1)) can be weighed "
                "against the controller's grounds. People may not realise they can simply "
                "withdraw."
            )
            path = f"{f.at}.consent.withdrawal_called_objection"
            yield path, message, {"purpose": f.purpose.id}


@rule(
    "PUR-006",
    "major",
    "Consent not demonstrable, not granular or without a withdrawal path",
    reference="GDPR Art. 7(1)-(3), Art. 4(11), Recital 43",
    remedy="Keep proof of each consent (who, when, which text, how), ask it separately for each "
    "purpose, and record how people withdraw it.",
)
def consent_not_shown(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.relies_on(LegalBasis.consent):
            continue
        for field, gap in f.consent_gaps():
            message = (
                f"{_label(f.purpose)} relies on consent, but {gap}: the controller must be able "
                "to show that each person gave specific consent and can withdraw it as easily."
            )
            yield f"{f.at}.{field}", message, {"purpose": f.purpose.id, "gap": field}


@rule(
    "PUR-007",
    "major",
    "E-mail or SMS advertising without consent or a documented soft opt-in",
    reference=REF_EPRIVACY,
    remedy="Ask prior consent for advertising by e-mail or SMS, or record that the soft opt-in "
    "applies: existing customers, the sender's own similar products, and an opt-out offered at "
    "collection and in every message.",
)
def electronic_marketing_without_consent(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.electronic_marketing_without_consent or f.purpose.soft_opt_in is not None:
            continue
        channels = [ch.value for _, ch in f.electronic_channels()]
        bases = f.other_bases(LegalBasis.consent)
        message = (
            f"{_label(f.purpose)} advertises by {', '.join(channels)} and relies for at least "
            f"part of it on {bases_words(bases)}. Advertising by e-mail or SMS needs the "
            "recipient's prior consent; the soft opt-in exception for existing customers is not "
            "recorded."
        )
        params = {"purpose": f.purpose.id, "channels": channels, "bases": [b.value for b in bases]}
        yield f.at, message, params


def _unscoped(claim: LegalBasisClaim) -> bool:
    return not claim.applies_when and not claim.scope


@rule(
    "PUR-008",
    "minor",
    "Several legal bases without saying which covers what",
    reference="GDPR Art. 5(1)(a), Art. 13(1)(c)",
    remedy="Split the purpose, or say for each basis which processing, which people and which "
    "data it covers.",
)
def alternative_bases(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        claims = f.purpose.legal_bases
        unscoped = [j for j, c in enumerate(claims) if _unscoped(c)]
        if len(claims) < 2 or (len(claims) == 2 and not unscoped):
            continue
        bases = [c.basis for c in claims]
        why = (
            f"{len(claims)} legal bases" if len(claims) > 2 else "two legal bases"
        ) + f" ({bases_words(bases)})"
        if unscoped:
            why += f", {len(unscoped)} of them without saying when or for what they apply"
        message = (
            f"{_label(f.purpose)} relies on {why}. People cannot tell which processing rests on "
            "which basis, and so which rights (objection, withdrawal, portability) they have."
        )
        params = {
            "purpose": f.purpose.id,
            "bases": [b.value for b in bases],
            "unscoped": len(unscoped),
        }
        yield f"{f.at}.legal_bases", message, params


@rule(
    "PUR-009",
    "minor",
    "Legal obligation or public task without naming the law",
    reference=REF_ART6_3,
    remedy="Record in the claim's `law` the Union or Member State law that lays down the "
    "obligation or the task (e.g. the act and its article).",
)
def basis_without_law(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        for j, basis in f.claims_without_law():
            claim = f.purpose.legal_bases[j]
            said = " ".join(t for t in (claim.applies_when, claim.scope) if t)
            hinted = bool(NAMES_A_LAW.search(said))
            message = (
                f"{_label(f.purpose)} claims {bases_words([basis])} without recording the law "
                "that lays it down: such a basis exists only where Union or Member State law "
                "sets the obligation or task (Art. 6(3))."
                + (
                    " Its condition or scope seems to cite one: record it in `law`."
                    if hinted
                    else ""
                )
            )
            params = {"purpose": f.purpose.id, "basis": basis.value, "hinted": hinted}
            yield f"{f.at}.legal_bases[{j}].law", message, params


# --- data and transparency ------------------------------------------------------------------------


@rule(
    "PUR-010",
    "major",
    "Data category used by a purpose but not declared to people",
    reference=REF_DECLARED,
    remedy="Name the category in the information given to people, or stop using it for this "
    "purpose.",
)
def undeclared_category(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        for j, category in f.undeclared():
            message = (
                f"{_label(f.purpose)} uses data category '{category.id}' ({category.name}), "
                "which the information given to people does not mention: they cannot foresee "
                "this use or exercise their rights on it."
            )
            params = {"purpose": f.purpose.id, "category": category.id}
            yield f"{f.at}.data_categories[{j}]", message, params


@rule(
    "PUR-011",
    "major",
    "Data obtained from others without Art. 14 information",
    reference=REF_ART14,
    remedy="Give the people concerned the Art. 14 information within a month (at the latest at "
    "the first contact), including the categories of data and the source they come from.",
)
def other_sources_without_art14(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        found = f.art14_gap()
        if not found:
            continue
        informed = f.purpose.transparency.informed_of_other_sources
        state = "are recorded as not told" if informed is False else "are not recorded as told"
        message = (
            f"{_label(f.purpose)} uses data not obtained from the people themselves "
            f"({names(s for _, s in found)}), and they {state} about it and its source: people "
            "cannot object to, or correct, data they do not know the controller holds."
        )
        params = {"purpose": f.purpose.id, "sources": [s.id for _, s in found]}
        yield f"{f.at}.transparency.informed_of_other_sources", message, params


@rule(
    "PUR-012",
    "minor",
    "Purpose with no data categories",
    reference="GDPR Art. 5(1)(b)-(c), Art. 35(7)(a)",
    remedy="Record the data categories the purpose uses, so their necessity can be judged.",
)
def purpose_without_categories(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, purpose in enumerate(assessment.purposes):
        if not purpose.data_categories:
            message = (
                f"{_label(purpose)} lists no data categories: whether the data it uses are "
                "adequate, relevant and limited to what it needs cannot be judged."
            )
            yield f"purposes[{i}].data_categories", message, {"purpose": purpose.id}


@rule(
    "PUR-013",
    "major",
    "People not informed when their data are collected",
    reference="GDPR Art. 13(1)-(2), Art. 12(1)",
    remedy="Give the Art. 13 information (controller, purposes and bases, recipients, transfers, "
    "retention, rights) at the moment the data are collected.",
)
def not_informed_at_collection(assessment: Assessment, knowledge: Knowledge) -> Found:
    for i, purpose in enumerate(assessment.purposes):
        if purpose.transparency.informed_at_collection is False:
            message = (
                f"{_label(purpose)} is recorded as not informing people when their data are "
                "collected: they cannot know who processes their data, why, and what their "
                "rights are."
            )
            path = f"purposes[{i}].transparency.informed_at_collection"
            yield path, message, {"purpose": purpose.id}


# --- soft opt-in and special categories -----------------------------------------------------------


@rule(
    "PUR-014",
    "major",
    "Soft opt-in relied on, but not shown to cover the e-mail or SMS advertising",
    reference=REF_SOFT_OPT_IN,
    remedy="Show each condition of the soft opt-in (details obtained from the customer in a sale, "
    "only the sender's own similar products, an opt-out at collection and in every message) and "
    "limit it to existing customers; ask everyone else for prior consent.",
)
def soft_opt_in_not_shown(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        soft = f.purpose.soft_opt_in
        if soft is None or not f.electronic_marketing_without_consent:
            continue
        for field, gap in f.soft_opt_in_gaps():
            message = (
                f"{_label(f.purpose)} advertises by e-mail or SMS without consent under the soft "
                f"opt-in, but {gap}. The exception is narrow: it holds only for existing customers "
                "and only if every condition is met; otherwise prior consent is needed."
            )
            condition = field.removeprefix("soft_opt_in.")
            params: dict[str, Any] = {"purpose": f.purpose.id, "condition": condition}
            if field == "data_subjects":
                params["groups"] = [g.id for _, g in f.non_customers()]
            else:
                params["met"] = getattr(soft, condition)
            yield f"{f.at}.{field}", message, params


@rule(
    "PUR-015",
    "major",
    "Special-category data without an Art. 9(2) exception",
    reference=REF_ART9,
    remedy="Record which exception of Art. 9(2) lifts the ban for this purpose (e.g. explicit "
    "consent, Art. 9(2)(a)); if none applies, stop using these data for it.",
)
def special_categories_without_exception(assessment: Assessment, knowledge: Knowledge) -> Found:
    for f in purpose_facts(assessment):
        if not f.art9_gap:
            continue
        found = f.special_categories()
        message = (
            f"{_label(f.purpose)} uses special-category data ({names(c for _, c in found)}), "
            "but no exception of Art. 9(2) is recorded: Art. 9(1) forbids processing these data "
            "unless one applies, in addition to a legal basis under Art. 6(1)."
        )
        params = {"purpose": f.purpose.id, "categories": [c.id for _, c in found]}
        yield f"{f.at}.special_category_exception", message, params
