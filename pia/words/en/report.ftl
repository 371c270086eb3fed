language = en
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day } { $month } { $year }
period-day = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
period-week = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
period-month = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
period-year = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
page-page = page
page-of = of
list-and = and
list-or = or
document-kind = Data protection impact assessment
document-basis = Art. 35 GDPR, structured after Art. 35(7) and WP248 rev.01 Annex 2
chapters-contents = Contents
chapters-summary = Executive summary
chapters-description = Systematic description of the processing
chapters-necessity = Necessity and proportionality
chapters-risk = Risk assessment
chapters-measures = Measures and action plan
chapters-findings = Findings
chapters-consultation = DPO advice and data subjects' views
chapters-signoff = Sign-off
chapters-method = Method and scales
chapters-sources = Sources
sections-decision = The decision asked of management
sections-key_figures = At a glance
sections-top_risks = Top risks before and after measures
sections-blockers = Blocker findings
sections-processing = The processing
sections-data_categories = Data categories
sections-data_subjects = People concerned
sections-data_sources = Where the data come from
sections-recipients = Recipients and processors
sections-transfers = Transfers outside the EEA
sections-retention = Retention
sections-documents = Documents the facts come from
sections-purposes = Purposes and legal bases
sections-rights = How people exercise their rights
sections-screening = Is a DPIA required? Screening
sections-risk_purposes = Risks of the purposes
sections-risk_transfers = Risks of the transfers
sections-risk_retention = Risks of retention
sections-register = Risk register and heat map
sections-measures = Measures
sections-action_plan = Action plan
sections-dpo = Advice of the data protection officer
sections-views = Views of the people concerned
sections-method = How the assessment was made
sections-scales = Risk scales
sections-matrix = Risk matrix
sections-finding_severities = Severity of findings
sections-cited_documents = Documents and sections cited
sections-cited_law = Laws, guidelines and decisions cited
labels-title = Title
labels-controller = Controller
labels-jurisdiction = Competent supervisory authority (country)
labels-version = Version
labels-status = Status
labels-date = Date of the assessment
labels-review_date = Review date
labels-document_date = Date
labels-content_hash = Content hash (SHA-256)
labels-method = Risk method
labels-analysts = Analysts
labels-dpo_contact = DPO contact
labels-not_recorded = not recorded
labels-none_recorded = None recorded.
labels-id = Id
labels-name = Name
labels-kind = Kind
labels-sensitivity = Sensitivity
labels-declared = Declared to people
labels-inferred = Inferred
labels-group = Group
labels-vulnerable = Vulnerable
labels-count = Approximate number
labels-provider = Provider
labels-channels = Channels
labels-categories = Data categories
labels-role = Role
labels-service = Service
labels-country = Country
labels-parent_country = Parent company in
labels-processor_contract = Processing contract (Art. 28(3))
labels-recipient = Recipient
labels-tool = Transfer tool
labels-scc_module = SCC module
labels-impact_assessment = Transfer impact assessment
labels-data_protection = What the recipient can read
labels-supplementary_measures = Supplementary measures
labels-reevaluation = Re-evaluation
labels-applies_to = Applies to
labels-period = Period
labels-trigger = Starts at
labels-justification = Justification
labels-deletion = At the end
labels-purposes = Purposes
labels-sources = Sources
labels-note = Analyst's note
labels-automated_decisions = Automated decisions with legal or similar effect (Art. 22)
labels-innovative_technology = New technology or a new use of it (WP248 criterion 8)
labels-prevents_exercising_rights = Decides on access to a right, a service or a contract (WP248 criterion 9)
labels-dpf_certified = recipient on the DPF List
labels-archive = Archive after active use
labels-access_restricted = access restricted
labels-law = Law laying it down (Art. 6(3))
labels-special_category_exception = Exception for special-category data (Art. 9(2))
labels-soft_opt_in = Soft opt-in: e-mail or SMS to existing customers without consent
labels-details_from_sale = Details obtained from the customer in a sale
labels-own_similar_products = Only the sender's own similar products
labels-objection_at_collection = Free, easy opt-out offered at collection
labels-objection_in_each_message = Free, easy opt-out in every message
labels-available = Available to the analyst
labels-language = Language
labels-location = Location
labels-description = Description
labels-profiling = Profiling
labels-direct_marketing = Direct marketing
labels-data_subjects = People concerned
labels-data_sources = Data sources
labels-legal_bases = Legal bases
labels-basis = Legal basis
labels-applies_when = Applies when
labels-scope = Scope
labels-interest = Interest pursued
labels-test = Step
labels-outcome = Outcome
labels-reasoning = Reasoning
labels-consent = Consent
labels-how_obtained = How it is obtained
labels-granular = Separate for each purpose
labels-records_kept = Proof of consent kept
labels-withdrawal_path = How it is withdrawn
labels-withdrawal_called_objection = Withdrawal called an objection
labels-objection = Objection
labels-objection_channel = Where and how
labels-as_easy = As easy as giving the data
labels-brought_to_attention = Presented clearly and separately (Art. 21(4))
labels-informed_at_collection = Informed at collection (Art. 13)
labels-informed_of_other_sources = Informed of data from elsewhere (Art. 14)
labels-checks = Checks
labels-identity_when = Proof of identity asked
labels-identity_documents = Documents asked
labels-masking = What may be blacked out
labels-more_proof = More proof may be asked
labels-refusals = Grounds for refusing requests
labels-response_time = Response time
labels-verdict = Verdict
labels-criteria_met = WP248 criteria met
labels-criterion = Criterion
labels-result = Result
labels-reasons = Why
labels-severity = Severity
labels-likelihood = Likelihood
labels-level = Risk level
labels-inherent = Before measures
labels-residual = After measures
labels-factors = Factors
labels-points = Steps
labels-reference = Reference
labels-proposed = proposed
labels-override = Override
labels-rationale = Rationale
labels-origin = Origin
labels-concerns = Concerns
labels-measures = Measures
labels-owner = Owner
labels-due = Due
labels-reduces = Lowers
labels-treats = Treats risks
labels-finding = Finding
labels-field = Field
labels-remedy = Remedy
labels-advice = Advice
labels-followed = Advice followed
labels-reasons_not_followed = Reasons for not following it
labels-sought = Views sought
labels-views = Views
labels-why_not_sought = Why not sought
labels-decision = Decision
labels-conditions = Conditions
labels-accepted_findings = Blocker findings accepted
labels-signed_hash = Content hash when signed
labels-current_hash = Content hash of this version
labels-signature = Signature
labels-overall_residual = Overall residual risk
labels-overall_inherent = Overall risk before measures
labels-screening_verdict = Screening verdict
labels-art36 = Prior consultation (Art. 36 GDPR)
labels-findings_open = Open findings
labels-cited_by = Cited by
labels-document = Document
labels-sections_cited = Sections cited (number of facts)
labels-facts = facts
labels-page = Page
labels-appendix = Appendix
labels-interest_test = Legitimate interest: the three-step test
labels-axes_order = severity × likelihood
labels-signed_on = Date of the decision
labels-answer_yes = yes
labels-answer_no = no
labels-unknown = not recorded
labels-more_risks = { $n } more risks are listed in chapter { $chapter }.
labels-no_blockers = No blocker findings are open.
labels-severity_steps = severity −{ $n }
labels-likelihood_steps = likelihood −{ $n }
labels-measure_counted = counts toward the residual risk
labels-measure_not_counted = does not count (not decided)
texts-decision_intro = Management is asked to decide whether the processing “{ $title }” may go ahead as this assessment describes it: approve, approve with conditions, or reject.
texts-decision_blockers = { $n ->
        [one] One blocker finding is open.
       *[other] { $n } blocker findings are open.
    } An approval requires each to be resolved first, or accepted explicitly with a written justification recorded in the sign-off.
texts-decision_no_measures = No measures are recorded yet, so the risk after measures equals the risk before them.
texts-decision_art36 = The residual risk is high ({ $risks }): under Art. 36(1) GDPR the supervisory authority must be consulted before the processing starts, unless further measures bring every residual risk below high.
texts-decision_no_art36 = No risk remains high after the recorded measures: prior consultation under Art. 36(1) GDPR is not required.
texts-art36_required = { $n ->
        [one] Required: { $n } risk remains high after measures.
       *[other] Required: { $n } risks remain high after measures.
    }
texts-art36_not_required = Not required.
texts-screening_line = { $verdict }: { $met } of { $total } WP248 criteria met{ $national ->
        [none] {""}
       *[other] ; on the Belgian DPA's list: { $national }
    }{ $art35_3 ->
        [none] {""}
       *[other] ; Art. 35(3): { $art35_3 }
    }.
texts-finding_counts = { $blocker } blocker, { $major } major, { $minor } minor, { $info } info
texts-no_risks = No risks are recorded or proposed.
texts-no_measures = No measures are recorded. Until measures are decided (planned, in progress or implemented), every residual risk equals its inherent risk. The remedies of the findings (chapter { $chapter }) say what to do.
texts-no_dpo_advice = No advice of the data protection officer is recorded (Art. 35(2) GDPR).
texts-no_signoffs = The assessment has not been signed. A sign-off records name, role, decision, conditions, date and the SHA-256 hash of the assessment's content, signed with the signatory's SSH key; any later change of the content makes it stale, any change of the record invalidates the signature.
texts-stale_signoff = STALE: the assessment changed after this sign-off ({ $signed } signed, { $current } now). It does not apply to this version.
texts-verified_signoff = Signed and verified: signed by { $principal } with the key { $fingerprint }, which the allowed signers list for them; neither the record nor the content has changed since.
texts-unsigned_signoff = Recorded but not signed: no key signed this record, so nothing proves who recorded it or that it was not edited. The content hash still matches.
texts-invalid_signoff = SIGNATURE INVALID: the signature does not match this record (a field, or its place after the sign-off before it, was changed) or its key is not allowed to sign for { $principal }. This sign-off cannot be relied on.
texts-unchecked_signoff = CANNOT BE CHECKED: its hash is not in canonical form { $form }, the one this version of pia checks. It does not apply to this version until it is signed again.
texts-sign_here = To be completed by the signatory
texts-findings_intro = { $total } findings, most severe first. Each names the field it concerns, the article or guideline it rests on, and what to do.
texts-screening_not_decidable = not decidable from the recorded facts
texts-item_count = { $n ->
        [one] { $n } item
       *[other] { $n } items
    }
texts-risk_intro = Each purpose, transfer and retention rule is rated for severity and likelihood; every step up or down is a factor with its reason and reference. The level is read from the matrix of the method ({ $method }; Appendix A).
texts-register_intro = The register lists the analyst's recorded risks and, for every item no recorded risk covers, the proposed risk. An override replaces a proposed level only with a rationale.
status-draft = Draft, not signed
status-verified = Signed and verified
status-unsigned = Recorded but not signed
status-invalid = Signature invalid
status-stale = Stale — changed after signing
status-unchecked = Stale — cannot be checked
status-rejected = Rejected
status_note-draft = Awaiting the decision of management (chapter 8).
status_note-verified = Signed with a key the allowed signers list; neither the sign-off nor the content has changed since.
status_note-unsigned = The decision is recorded but not signed with a key: nothing proves who recorded it.
status_note-invalid = A sign-off's signature does not verify: the record was edited, the sign-offs were reordered or removed, or the key may not sign. The sign-offs cannot be relied on.
status_note-stale = The content changed after it was signed: the sign-off no longer applies to this version.
status_note-unchecked = This version of pia cannot check the latest sign-off against the content: it must be signed again.
status_note-rejected = The processing was rejected at sign-off.
method-paragraphs-1 = This assessment follows Art. 35(7) GDPR and the criteria for an acceptable DPIA in WP248 rev.01, Annex 2. The workbook records what the analyst found in the sources and where; every score and finding in this report is recomputed from those answers when the report is made. None is stored, so none can drift from the answers.
method-paragraphs-2 = Screening applies the nine criteria of WP248 rev.01 (an operation meeting two or more will in most cases need a DPIA), the three cases of Art. 35(3) GDPR and the Belgian Data Protection Authority's list under Art. 35(4). A criterion the recorded facts cannot decide is reported as such, for the analyst to judge.
method-paragraphs-3 = Each purpose, transfer and retention rule receives a severity (what is at stake for the people) and a likelihood (how likely harm is, given the safeguards recorded). Both start at the lowest level; each factor moves them up or down by the steps shown, and names its reason and the law or guideline it rests on. The risk level is read from the matrix below. The analyst may override a proposed level only with a written rationale; the report shows proposal, override and rationale side by side.
method-paragraphs-4 = A measure lowers severity or likelihood by the steps recorded once it is planned, in progress or implemented; proposed or dropped measures do not count. A risk that remains high after the measures requires prior consultation of the supervisory authority (Art. 36(1) GDPR).
method-paragraphs-5 = Findings come from general rules that would apply to any assessment. Each has a stable id, a severity, the field it concerns, the article or guideline it rests on, and a remedy.
method-matrix_note = The banding of the matrix into low, medium and high is the workbook's own choice: the regulators publish the levels, not the arithmetic.
method-description = Description
labels-facts_language = Language of the recorded facts
texts-facts_language = { $language ->
        [none] not recorded
       *[other] { $language }
    }{ $sources ->
        [none] {""}
       *[other] , from sources in { $sources }
    }
colon = :
