# Findings on retention and the archive after active use (pia/findings/retention.py and
# retention_archive.py): one message per rule.

## The knowledge base's retention entries (pia/knowledge/retention.yaml), by id: the source each
## cites (the law, for a legal archive period), its start event, and what a shorter period
## defeats for a minimum. English keeps the knowledge base's text (a test compares them).

retention_source =
    .RET-CUSTOMERS = CNIL référentiel relatif aux traitements de données à caractère personnel mis en œuvre aux fins de gestion des activités commerciales (adopted after a 2018 draft; successor of simplified norm NS-048), retention section
    .RET-PROSPECTS = CNIL référentiel 'gestion des activités commerciales' (successor of simplified norm NS-048), retention section; CNIL restricted committee practice of treating the 3 years as a reference, as reported by olympe.legal and ewatchers.org
    .RET-CONSENT-ONLY = Workbook analogy with the CNIL prospects benchmark (référentiel 'gestion des activités commerciales'); GDPR Art. 7(3), Art. 17(1)(b)
    .RET-OBJECTED = CNIL recommendation that the data needed to honour an objection to telephone prospecting be kept at least 3 years, preferably as a hash of the address or number (olympe.legal, 7 February 2024); CNIL MED-2023-040 of 26 June 2023 (suppression list limited to the hashed telephone number and e-mail address, as reported by portail-rgpd.com); GDPR Art. 21(2)-(3), Art. 5(1)(c)
    .RET-RIGHTS-REQUESTERS = GDPR Art. 12(3), Art. 12(6); CNIL guidance on identity checks for rights requests; CNIL restricted committee SAN-2020-008 of 18 November 2020 (Carrefour France)
    .RET-CONSENT-RECORDS = GDPR Art. 7(1), Art. 5(2); Belgian Civil Code, art. 2262bis, §1, second paragraph (extra-contractual liability: 5 years from the day after the injured person learns of the damage)
    .ARC-BE-ACCOUNTING = Belgian Code of Economic Law, art. III.88, second paragraph (books: 7 years from 1 January of the year after closing) and art. III.86, fourth paragraph (supporting documents: 7 years)
    .ARC-BE-TAX-RECORDS = Belgian Income Tax Code 1992 (CIR 92 / WIB 92), art. 315, third paragraph, as amended by the Law of 20 November 2022 on various tax and financial provisions (Moniteur belge, 30 November 2022)
    .ARC-BE-CONTRACT-CLAIMS = Belgian Civil Code, art. 2262bis, §1, first paragraph (personal actions: 10 years)

retention_starts =
    .RET-CUSTOMERS = End of the commercial relationship, e.g. the last purchase or the last contact coming from the customer.
    .RET-PROSPECTS = Collection of the data, or the last contact coming from the prospect (e.g. a click on a link in an e-mail; merely opening an e-mail or loading a tracking pixel does not count).
    .RET-CONSENT-ONLY = The last active contact coming from the person; on withdrawal of consent, at once for the consent-based purpose.
    .RET-OBJECTED = The date of the objection.
    .RET-RIGHTS-REQUESTERS = Receipt of the request: the controller must answer within one month (Art. 12(3)); the copy of the identity document is deleted as soon as the identity check is done, and at the latest when the request is answered.
    .RET-CONSENT-RECORDS = End of the consent-based processing (withdrawal of consent or deletion of the person's data).

retention_why_minimum =
    .RET-OBJECTED = An objection is honoured only while it is remembered (GDPR Art. 21(3)): once the suppression-list entry is deleted, the person's details can come back (a new collection, a bought list) and they may be contacted again.
    .ARC-BE-ACCOUNTING = The Code of Economic Law requires the books and supporting documents to be kept this long; erasing them earlier breaks that duty.
    .ARC-BE-TAX-RECORDS = The Income Tax Code requires the books and documents to be kept this long for a tax audit; erasing them earlier breaks that duty.

## Retention rules (pia/findings/retention.py)

RET-001 = A group of people has no retention rule
    .message = No retention rule covers { LABEL("retention_group", $group) }, although { $group ->
        [customers] the assessment records customer groups ({ $ids })
        [prospects] the assessment records prospect groups ({ $ids })
        [consent_only] purposes rely on consent ({ $ids })
        [objected] people may object to purposes of direct marketing or legitimate interest ({ $ids })
        [rights_requesters] { $documents ->
            [none] every controller receives requests to exercise rights
           *[other] people who exercise their rights must send identity proof ({ $documents })
        }
       *[other] consent must be provable (Art. 7(1)) for purposes { $ids }
    }. Their data has no set end, so it may be kept longer than necessary, and people cannot be told how long it is kept.
    .remedy = Add a retention rule for the group: its period, the event that starts it, why it is necessary, and how data is deleted at the end.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)

RET-002 = A retention rule has no period
    .message = Retention rule '{ $rule }' ({ LABELS("retention_group", $groups) }) sets no period, so nothing limits how long the data is kept, and people cannot be told.{ $missing ->
        [none] {""}
       *[other] {" "}It does not record { LABELS("retention_part", $missing, word: "or") } either.
    }
    .remedy = Record the period (e.g. `3 years`), or the criteria that set it, with its start event, justification and deletion method.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)

RET-003 = The start event of a retention period cannot occur for a group it covers
    .message = Retention rule '{ $rule }' starts its period at '{ $trigger }', which presupposes a contract ({ $words }), but it covers { LABELS("retention_group", $groups) }, who have none: for them the period never starts, so their data is kept without end.
    .remedy = Give the group a start event that happens to them, e.g. the collection of the data or their last active contact (a click, a reply, a visit).
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a)

RET-004 = A retention period is longer than the reference period
    .message = Retention rule '{ $rule }' keeps the data of { LABEL("retention_group", $group) } for { PERIOD($period) }: { $percent }% ({ PERIOD($period) } vs reference { PERIOD($reference_period) }), starting from '{ LABEL("retention_starts", $reference) }' (source: { LABEL("retention_source", $reference) }).{ $verified ->
        [true] {""}
       *[other] {" "}The reference itself is not verified.
    } Reference periods are indicative, not binding, but a longer period must be necessary.{ $justified ->
        [true] {" "}A justification is recorded: check that it explains the longer period.
       *[other] {" "}No justification is recorded.
    }
    .remedy = Shorten the period to the reference, or record why this processing needs longer.
    .reference = GDPR Art. 5(1)(e); reference periods of pia/knowledge/retention.yaml (indicative)

RET-005 = A retention period has no justification
    .message = Retention rule '{ $rule }' keeps data for { PERIOD($period) } but does not say why that long is necessary; the controller must be able to show it (accountability).
    .remedy = Record why the data is needed for this long: the purpose it still serves, or the legal obligation or limitation period it meets.
    .reference = GDPR Art. 5(1)(e), Art. 5(2), Recital 39

RET-006 = A retention rule does not say how data is deleted
    .message = Retention rule '{ $rule }' sets { PERIOD($period) } but not what happens at the end: without a known deletion (or anonymisation) step, data tends to stay.
    .remedy = Record what happens at the end of the period: erasure, anonymisation, or a restricted archive followed by erasure.
    .reference = GDPR Art. 5(1)(e), Art. 17(1)(a), Recital 39

RET-007 = One blanket retention period for all purposes
    .message = Retention rule '{ $rule }' sets { PERIOD($period) } for everything: { $covers ->
        [purposes] one period covers all { $count } purposes ({ $ids })
       *[other] one period covers all { $count } groups of people
    }. Supervisory authorities expect a period per purpose and per data category, since data needed for one purpose is not necessarily needed as long for another.
    .remedy = Set periods per purpose and per data category (e.g. shorter for profiles than for contract data), each with its own start event.
    .reference = GDPR Art. 5(1)(e), Art. 30(1)(f); WP248 rev.01 Annex 2

RET-008 = Identity documents from rights requests are kept with no short period
    .message = { $rule ->
        [none] People who exercise their rights send identity documents, but no retention rule says when the copies are deleted.
       *[other] Retention rule '{ $rule }' keeps identity documents from rights requests { $period ->
            [none] with no period
           *[other] for { PERIOD($period) } ({ $percent }% ({ PERIOD($period) } vs reference { PERIOD($reference_period) }))
        }.
    } Only the fact that identity was verified needs keeping, not the copy.{ $missing ->
        [none] {""}
       *[other] {" "}It does not record { LABELS("retention_part", $missing, word: "or") } either.
    }
    .remedy = Delete the copy of the identity document once the identity is checked; keep only the fact of the verification (who, when, how), with the request and the answer.
    .reference = GDPR Art. 5(1)(c), Art. 5(1)(e), Art. 12(6)

RET-009 = Consent records have no retention period
    .message = { $rule ->
        [none] Purposes rely on consent, which the controller must be able to prove (Art. 7(1)), but no retention rule says how long the proof of consent is kept.
       *[other] Retention rule '{ $rule }' covers records of consent but sets no period: the proof may be lost too early or kept without end.{ $missing ->
            [none] {""}
           *[other] {" "}It does not record { LABELS("retention_part", $missing, word: "or") } either.
        }
    }
    .remedy = Keep the minimal proof of consent (who, when, which text, how, withdrawal) for as long as consent is relied on plus the period in which a claim can be brought; then delete.
    .reference = GDPR Art. 7(1), Art. 5(1)(e), Art. 5(2)

RET-010 = A retention period has no start event
    .message = Retention rule '{ $rule }' sets { PERIOD($period) } but not from when, so the end of the period cannot be determined.
    .remedy = Record the event that starts the period (e.g. end of contract, last active contact, withdrawal of consent, date of objection).
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a)

RET-015 = A retention period is shorter than a minimum reference period
    .message = Retention rule '{ $rule }' keeps the data of { LABEL("retention_group", $group) } for { PERIOD($period) }: { $percent }% ({ PERIOD($period) } vs minimum { PERIOD($reference_period) }), starting from '{ LABEL("retention_starts", $reference) }' (source: { LABEL("retention_source", $reference) }). This reference is a minimum, not a maximum. { LABEL("retention_why_minimum", $reference) }{ $verified ->
        [true] {""}
       *[other] {" "}The reference itself is not verified.
    }{ $justified ->
        [true] {" "}A justification is recorded: check that it explains the shorter period.
       *[other] {" "}No justification is recorded.
    }
    .remedy = Keep the data at least as long as the minimum reference, limited to what that purpose needs (for an objection: a hash of the e-mail address or telephone number on a separate suppression list), or record why a shorter period is enough.
    .reference = GDPR Art. 21(2)-(3); minimum reference periods of pia/knowledge/retention.yaml (RET-OBJECTED: CNIL, at least 3 years)

## The archive after active use (pia/findings/retention_archive.py)

RET-011 = Data archived after active use, without an archive period
    .message = Retention rule '{ $rule }' ({ LABELS("retention_group", $groups) }) archives the data { $active ->
        [none] after active use
       *[other] after { PERIOD($active) } of active use
    }, but records no archive period: nothing limits how long the archive keeps them, and people cannot be told the full period.
    .remedy = Record how long the archive keeps the data after the active period (e.g. the limitation period or the legal retention duty it serves), and then erase them.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)

RET-012 = Data archived without a ground for keeping them after active use
    .message = Retention rule '{ $rule }' archives the data after active use but { $ground ->
        [unknown] records no ground for it
       *[other] records a ground the GDPR does not name for it ('other')
    }: once the purpose is met, data may be kept only to meet a legal obligation, to establish or defend legal claims, or for archiving in the public interest, research or statistics.
    .remedy = Record the ground that outlasts the purpose: a legal obligation to keep the data (name the law), the defence of legal claims (within the limitation period), or archiving in the public interest, research or statistics (Art. 89(1)); otherwise erase the data at the end of the active period.
    .reference = GDPR Art. 5(1)(e), Art. 17(3)(b), (d) and (e), Art. 89(1)

RET-013 = Archive after active use not restricted to authorised people
    .message = Retention rule '{ $rule }' archives the data after active use, but access to the archive { $restricted ->
        [false] is recorded as not restricted
       *[other] is not recorded as restricted
    } to people specifically authorised: data still within reach of the teams that used them remain in active use.
    .remedy = Keep archived data apart from the working systems (separate storage, or at least separate access rights), open only to people specifically authorised, for an occasional and justified need.
    .reference = GDPR Art. 5(1)(e)-(f), Art. 89(1); CNIL, Guide pratique 'Les durées de conservation' (July 2020): intermediate archive

RET-014 = An archive is recorded, but the data are recorded as erased or anonymised at the end
    .message = Retention rule '{ $rule }' records an archive after active use, but says the data are { $deletion ->
        [erasure] erased
       *[other] anonymised
    } at the end of the period: people cannot be told which is true.
    .remedy = Set the deletion method to `archive_then_erasure` if the data are archived after active use, or remove the archive if they are erased or anonymised at the end.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a)

RET-016 = An archive kept for a legal obligation outlasts the legal period, without a justification
    .message = Retention rule '{ $rule }' archives the data for { PERIOD($archive_period) } after active use to meet a legal obligation, longer than the longest legal period for them: { $percent }% ({ PERIOD($archive_period) } vs legal { PERIOD($legal_period) }, { $legal }). The data it keeps include { LABELS("data_kind", $kinds) }{ $assumed ->
        [none] {""}
        [purposes] {" "}(the rule lists no data categories, so those of its purposes are assumed)
        [people] {" "}(the rule lists no data categories, so those of the purposes about its people are assumed)
       *[other] {" "}(the rule lists no data categories, so all the assessment's categories are assumed)
    }, for which the law sets archive periods: { $entries }.{ $verified ->
        [true] {""}
       *[other] {" "}Not every one of those periods is verified.
    } Once the duty ends, the legal obligation no longer allows keeping them, and no justification for the longer archive is recorded.
    .remedy = Erase the archived data when the longest legal duty to keep them ends, or record in the rule's justification the other ground that needs them longer (e.g. a pending claim).
    .reference = GDPR Art. 5(1)(e), Art. 17(3)(b); { $legal }: { LABEL("retention_source", $legal) }{ $legal_verified ->
        [true] {""}
       *[other] {" "}(not verified)
    }

RET-017 = An archive kept for a legal obligation ends before the legal period
    .message = Retention rule '{ $rule }' archives the data for { PERIOD($archive_period) } after active use to meet a legal obligation, less than the law requires: { $percent }% ({ PERIOD($archive_period) } vs legal { PERIOD($legal_period) }, { $legal }). The data it keeps include { LABELS("data_kind", $kinds) }{ $assumed ->
        [none] {""}
        [purposes] {" "}(the rule lists no data categories, so those of its purposes are assumed)
        [people] {" "}(the rule lists no data categories, so those of the purposes about its people are assumed)
       *[other] {" "}(the rule lists no data categories, so all the assessment's categories are assumed)
    }, for which the law sets archive periods: { $entries }.{ $verified ->
        [true] {""}
       *[other] {" "}Not every one of those periods is verified.
    } A legal archive period is a minimum. { LABEL("retention_why_minimum", $legal) } People are told a period that does not match the duty the archive is recorded to serve.
    .remedy = Keep the archive for the legal period (the longest duty that applies to the data), or record which law the archive serves if it is not the one the knowledge base names.
    .reference = GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 17(3)(b); { $legal }: { LABEL("retention_source", $legal) }{ $legal_verified ->
        [true] {""}
       *[other] {" "}(not verified)
    }
