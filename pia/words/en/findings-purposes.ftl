# Findings on purposes and their legal bases (pia/findings/purposes.py): one message per rule.

# A legal basis with its article, as a finding cites it.
legal_basis_cited =
    .consent = { legal_basis.consent } (Art. 6(1)(a) GDPR)
    .contract = { legal_basis.contract } (Art. 6(1)(b) GDPR)
    .legal_obligation = { legal_basis.legal_obligation } (Art. 6(1)(c) GDPR)
    .vital_interests = { legal_basis.vital_interests } (Art. 6(1)(d) GDPR)
    .public_task = { legal_basis.public_task } (Art. 6(1)(e) GDPR)
    .legitimate_interest = { legal_basis.legitimate_interest } (Art. 6(1)(f) GDPR)

PUR-001 = Personalised advertising without consent
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) profiles people to personalise advertising but claims no consent; it relies on { LABELS("legal_basis_cited", $bases) }. Profiling for advertising, especially from observed or purchased data, is not covered by a contract and rarely passes the legitimate-interest balancing test.
    .remedy = Ask for consent before building profiles for advertising (Art. 6(1)(a), Art. 7), or stop personalising the advertising.
    .reference = EDPB Guidelines 8/2020 on the targeting of social media users; CJEU C-252/21 Meta Platforms v Bundeskartellamt (4 July 2023); WP29 Opinion 06/2014 on legitimate interests (WP217)

PUR-002 = Legitimate interest without a recorded three-step test
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) relies on legitimate interest, but the { LABEL("interest_step", $step) } is not recorded: without all three steps (purpose, necessity, balancing) the controller cannot show that Art. 6(1)(f) applies.
    .remedy = Record a legitimate interests assessment: the interest (real, present, lawful), why the processing is necessary for it, and the balancing against people's interests and reasonable expectations.
    .reference = GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)

PUR-003 = Legitimate interest relied on although a test failed
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) relies on legitimate interest although its { LABEL("interest_step", $step) } is recorded as failed: the three steps are cumulative, so Art. 6(1)(f) cannot be the legal basis.
    .remedy = Stop relying on legitimate interest for this purpose: change the processing until the test passes, or ask for consent.
    .reference = GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing based on Art. 6(1)(f)

PUR-004 = Objection to direct marketing missing, harder than collection or not presented
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) is direct marketing on { LABELS("legal_basis_cited", $bases) }, but { $gap ->
        [objection] no way to object is recorded
        [objection_channel] where and how people object is not recorded
        [objection_as_easy_as_collection] { $recorded ->
            [false] objecting is recorded as harder than giving the data
           *[other] objecting is not recorded as being as easy as giving the data
        }
       *[other] { $recorded ->
            [false] the right to object is recorded as not presented clearly and separately
           *[other] the right to object is not recorded as presented clearly and separately
        }
    }. The right to object to direct marketing is absolute: it needs no reason and must be as easy to use as giving the data.
    .remedy = Offer a free way to object to direct marketing at any time, as easy as the way the data were collected, and present it clearly and separately at the latest in the first message.
    .reference = GDPR Art. 21(2)-(4)

PUR-005 = Withdrawal of consent described as an objection
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) describes withdrawing consent as an 'objection'. These are different rights: withdrawal (Art. 7(3)) needs no reason, cannot be refused and must be as easy as consenting, while an objection (Art. 21(1)) can be weighed against the controller's grounds. People may not realise they can simply withdraw.
    .remedy = Call it withdrawal of consent in the information and the interface: possible at any time, without reasons, as easy as consenting, and leading to erasure where no other basis applies.
    .reference = GDPR Art. 7(3), Art. 21

PUR-006 = Consent not demonstrable, not granular or without a withdrawal path
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) relies on consent, but { $gap ->
        [consent] how consent is obtained, proved and withdrawn is not recorded
        [consent_records_kept] { $recorded ->
            [false] proof of consent is recorded as not kept
           *[other] proof of consent is not recorded
        }
        [consent_granular] { $recorded ->
            [false] consent is recorded as not asked separately per purpose
           *[other] consent is not recorded as asked separately per purpose
        }
       *[other] how consent is withdrawn is not recorded
    }: the controller must be able to show that each person gave specific consent and can withdraw it as easily.
    .remedy = Keep proof of each consent (who, when, which text, how), ask it separately for each purpose, and record how people withdraw it.
    .reference = GDPR Art. 7(1)-(3), Art. 4(11), Recital 43

PUR-007 = E-mail or SMS advertising without consent or a documented soft opt-in
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) advertises by { LABELS("channel", $channels) } and relies for at least part of it on { LABELS("legal_basis_cited", $bases) }. Advertising by e-mail or SMS needs the recipient's prior consent; the soft opt-in exception for existing customers is not recorded.
    .remedy = Ask prior consent for advertising by e-mail or SMS, or record that the soft opt-in applies: existing customers, the sender's own similar products, and an opt-out offered at collection and in every message.
    .reference = Belgian Code of Economic Law Art. XII.13; Royal Decree of 4 April 2003 (soft opt-in); Directive 2002/58/EC Art. 13

PUR-008 = Several legal bases without saying which covers what
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) relies on { $count ->
        [2] two legal bases
       *[other] { $count } legal bases
    } ({ LABELS("legal_basis_cited", $bases) }){ $unscoped ->
        [0] {""}
        [one] , 1 of them without saying when or for what it applies
       *[other] , { $unscoped } of them without saying when or for what they apply
    }. People cannot tell which processing rests on which basis, and so which rights (objection, withdrawal, portability) they have.
    .remedy = Split the purpose, or say for each basis which processing, which people and which data it covers.
    .reference = GDPR Art. 5(1)(a), Art. 13(1)(c)

PUR-009 = Legal obligation or public task without naming the law
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) claims { LABEL("legal_basis_cited", $basis) } without recording the law that lays it down: such a basis exists only where Union or Member State law sets the obligation or task (Art. 6(3)).{ $hinted ->
        [true] {" "}Its condition or scope seems to cite one: record it in `law`.
       *[other] {""}
    }
    .remedy = Record in the claim's `law` the Union or Member State law that lays down the obligation or the task (e.g. the act and its article).
    .reference = GDPR Art. 6(1)(c) and (e), Art. 6(3)

PUR-010 = Data category used by a purpose but not declared to people
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) uses data category '{ $category }' ({ NAME($category) }), which the information given to people does not mention: they cannot foresee this use or exercise their rights on it.
    .remedy = Name the category in the information given to people, or stop using it for this purpose.
    .reference = GDPR Art. 5(1)(a), Art. 13(1)(c), Art. 14(1)(d)

PUR-011 = Data obtained from others without Art. 14 information
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) uses data not obtained from the people themselves ({ NAMES($sources) }), and they { $informed ->
        [false] are recorded as not told
       *[other] are not recorded as told
    } about it and its source: people cannot object to, or correct, data they do not know the controller holds.
    .remedy = Give the people concerned the Art. 14 information within a month (at the latest at the first contact), including the categories of data and the source they come from.
    .reference = GDPR Art. 14(1)-(2), incl. Art. 14(2)(f) (the source)

PUR-012 = Purpose with no data categories
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) lists no data categories: whether the data it uses are adequate, relevant and limited to what it needs cannot be judged.
    .remedy = Record the data categories the purpose uses, so their necessity can be judged.
    .reference = GDPR Art. 5(1)(b)-(c), Art. 35(7)(a)

PUR-013 = People not informed when their data are collected
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) is recorded as not informing people when their data are collected: they cannot know who processes their data, why, and what their rights are.
    .remedy = Give the Art. 13 information (controller, purposes and bases, recipients, transfers, retention, rights) at the moment the data are collected.
    .reference = GDPR Art. 13(1)-(2), Art. 12(1)

PUR-014 = Soft opt-in relied on, but not shown to cover the e-mail or SMS advertising
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) advertises by e-mail or SMS without consent under the soft opt-in, but { $condition ->
        [data_subjects] it also concerns people who are not customers ({ NAMES($groups) }), whom the soft opt-in does not cover
       *[other] that { $condition ->
            [details_from_sale] the e-mail address or number was obtained directly from the customer in the context of a sale
            [own_similar_products] the advertising is only for the sender's own similar products
            [objection_at_collection] a free and easy way to object was offered at collection
           *[other] every message offers a free and easy way to object
        } { $met ->
            [false] is recorded as not met
           *[other] is not recorded
        }
    }. The exception is narrow: it holds only for existing customers and only if every condition is met; otherwise prior consent is needed.
    .remedy = Show each condition of the soft opt-in (details obtained from the customer in a sale, only the sender's own similar products, an opt-out at collection and in every message) and limit it to existing customers; ask everyone else for prior consent.
    .reference = Directive 2002/58/EC Art. 13(2); Belgian Code of Economic Law Art. XII.13 and Royal Decree of 4 April 2003, art. 1, 1°

PUR-015 = Special-category data without an Art. 9(2) exception
    .message = Purpose '{ $purpose }' ({ NAME($purpose) }) uses special-category data ({ NAMES($categories) }), but no exception of Art. 9(2) is recorded: Art. 9(1) forbids processing these data unless one applies, in addition to a legal basis under Art. 6(1).
    .remedy = Record which exception of Art. 9(2) lifts the ban for this purpose (e.g. explicit consent, Art. 9(2)(a)); if none applies, stop using these data for it.
    .reference = GDPR Art. 9(1)-(2)
