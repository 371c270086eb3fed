# Findings on the systematic description (pia/findings/description.py): title, message, remedy and
# legal reference of each rule.

DSC-001 = Data category of a kind the knowledge base does not know
    .message = Data category '{ $category }' is of kind '{ $kind }', which the knowledge base does not know, so its recorded sensitivity ({ LABEL("sensitivity", $sensitivity) }) cannot be checked against a default.
    .remedy = Use one of the knowledge base's kinds for the category, or check its sensitivity by hand.
    .reference = GDPR Art. 35(7)(a); WP248 rev.01, criterion 4 (sensitive data)

DSC-002 = Data category rated less sensitive than its kind, without a reason
    .message = Data category '{ $category }' is recorded as { LABEL("sensitivity", $recorded) }, but data of kind '{ $kind }' is { LABEL("sensitivity", $default) } by default, and no note says why this data is less sensitive. The risk of every purpose that uses it may be understated.
    .remedy = Raise the sensitivity to the kind's default, or write in the category's note why this data is less sensitive than usual.
    .reference = WP248 rev.01, criterion 4 (sensitive data or data of a highly personal nature); GDPR Art. 9(1), Art. 10

DSC-003 = Data category used by no purpose
    .message = Data category '{ $category }' ({ NAME($category) }) is processed, but no purpose of this assessment uses it: data may only be kept for a purpose that needs it.
    .remedy = Record the purpose that needs this data (with its legal basis), or stop collecting it.
    .reference = GDPR Art. 5(1)(b)-(c) (purpose limitation, data minimisation); Art. 35(7)(a)

# $category is "none" when no data source is recorded at all ($categories: how many categories).
DSC-004 = Data category with no recorded source
    .message = { $category ->
        [none] No data source is recorded, so where the { $categories } data categories come from is not described; whether people must be told of another source (Art. 14) cannot be judged.
       *[other] No data source brings data category '{ $category }' ({ NAME($category) }): the description does not say where it comes from.
    }
    .remedy = Record the data source (the person, observation, another company, public data, inference) that brings each category.
    .reference = GDPR Art. 35(7)(a); WP248 rev.01, Annex 2 (systematic description); Art. 13(1), Art. 14(2)(f)

DSC-005 = Data from another company whose provider is not named
    .message = Data source '{ $source }' brings data from another company but does not name it: people must be told where their data comes from, and the controller cannot check how the supplier obtained it.
    .remedy = Name the company or companies the data comes from, so people can be told its source and the supply contract can be checked.
    .reference = GDPR Art. 14(2)(f) (the source must be given), Recital 61; Art. 35(7)(a)

DSC-006 = Processor without a recorded processing contract
    .message = Recipient '{ $recipient }' ({ NAME($recipient) }) processes data as a { LABEL("recipient_role", $role) }, but a processing contract { $contract ->
        [absent] is recorded as absent
       *[other] is not recorded
    }: without one, nothing binds it to act only on instructions, keep the data secure and delete it at the end.
    .remedy = Confirm that a contract meeting Art. 28(3) binds the processor (Art. 28(4) for a sub-processor) and record it, or put one in place before data is shared.
    .reference = GDPR Art. 28(3); Art. 28(4) for sub-processors

DSC-007 = Sub-processor recorded without a processor
    .message = Recipient '{ $recipient }' is recorded as a sub-processor, but no processor is recorded: who engaged it, and with the controller's authorisation?
    .remedy = Record the processor that engaged the sub-processor, or correct the recipient's role.
    .reference = GDPR Art. 28(2) and 28(4)

DSC-008 = Profiling where Art. 22 is recorded as not engaged
    .message = Purpose '{ $purpose }' profiles people and the assessment records no automated decision under Art. 22. Targeted advertising usually has no similarly significant effect, but can have one depending on how intrusive it is: keep the reasoning on record.
    .remedy = Record why the profiling's effects on people are not legal or similarly significant.
    .reference = GDPR Art. 22(1), Art. 4(4); WP251 rev.01 (automated decision-making and profiling), on similarly significant effects of targeted advertising

DSC-009 = Profiling of vulnerable people where Art. 22 is recorded as not engaged
    .message = Purpose '{ $purpose }' profiles people, including vulnerable people ({ NAMES($vulnerable) }), and the assessment records no automated decision under Art. 22. Targeting that exploits a vulnerability can have a similarly significant effect: the assessment should say why Art. 22 is not engaged.
    .remedy = Assess whether the profiling has a similarly significant effect on the vulnerable people it concerns; if it may, apply Art. 22 or exclude them.
    .reference = GDPR Art. 22(1), Recital 71; WP251 rev.01 (automated decision-making and profiling), on similarly significant effects for vulnerable people; WP248 rev.01, criterion 7

DSC-010 = Group of people without an approximate number
    .message = The number of people in group '{ $group }' ({ NAME($group) }) is not recorded, so whether the processing is on a large scale cannot be judged.
    .remedy = Record roughly how many people the group holds (an order of magnitude is enough).
    .reference = WP248 rev.01, criterion 5 (large scale), factor (a) the number of data subjects

DSC-011 = Description items that cite no source
    .message = { $count } of the { $total } { LABEL("description_section", $section) } { $count ->
        [one] cites
       *[other] cite
    } no source (first: '{ $first }'): a reviewer cannot check where these facts come from.
    .remedy = Add to each item the document and section its facts were taken from.
    .reference = GDPR Art. 5(2) (accountability), Art. 35(7)(a); WP248 rev.01, Annex 2

DSC-012 = Document the analyst could not read
    .message = { $citations ->
        [0] Document '{ $document }' ({ NAME($document) }) is listed but could not be read: whatever it says about this processing is missing from the assessment.
        [one] Document '{ $document }' ({ NAME($document) }) could not be read, yet 1 recorded fact cites it: it rests on a document the analyst has not seen.
       *[other] Document '{ $document }' ({ NAME($document) }) could not be read, yet { $citations } recorded facts cite it: they rest on a document the analyst has not seen.
    }
    .remedy = Obtain the document and check the assessment against it, or record why it is not needed.
    .reference = GDPR Art. 35(7)(a); WP248 rev.01, Annex 2 (systematic description)
