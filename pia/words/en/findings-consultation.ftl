# Findings on consultation and review (pia/findings/consultation.py): title, message, remedy and
# legal reference of each rule.

CON-001 = No advice of the data protection officer
    .message = No advice of the data protection officer is recorded: the controller must seek it when carrying out the assessment, and record it.
    .remedy = Seek the DPO's advice on the assessment and record it, with its date.
    .reference = GDPR Art. 35(2), Art. 39(1)(c); WP248 rev.01, Annex 2 (interested parties)

CON-002 = DPO advice not followed, without reasons
    .message = The DPO's advice was not followed and no reasons are recorded: where the controller departs from the advice, the assessment must say why in writing.
    .remedy = Record in writing why the controller departs from the DPO's advice.
    .reference = GDPR Art. 35(2); WP248 rev.01; WP243 rev.01 (guidelines on DPOs), section 4.2

CON-003 = Not recorded whether the DPO's advice was followed
    .message = The DPO's advice is recorded, but not whether the controller followed it: the decision taken on the advice belongs in the assessment.
    .remedy = Record whether the controller followed the DPO's advice, and why not if it did not.
    .reference = GDPR Art. 35(2); WP248 rev.01 (the DPO's advice and the controller's decision are documented)

# $sought: "none" (not said whether views were sought) or "false" (not sought, no reason given).
CON-004 = Views of the people concerned not sought, with no reason given
    .message = { $sought ->
        [none] The assessment does not say whether the views of the people concerned were sought; if they were not, the reasons must be recorded.
       *[other] The views of the people concerned were not sought and no reason is recorded: where they are not sought, the assessment must say why.
    }
    .remedy = Seek the views of the people concerned or their representatives (e.g. a survey or a consumer association), or record why that is not appropriate.
    .reference = GDPR Art. 35(9); WP248 rev.01 (document the reasons for not seeking views)

CON-005 = Views of the people concerned sought but not recorded
    .message = The views of the people concerned were sought, but what they said is not recorded, so the decision cannot be shown to have taken them into account.
    .remedy = Record the views received and how the assessment took them into account.
    .reference = GDPR Art. 35(9); WP248 rev.01 (document the views and any departure from them)

CON-006 = No review date
    .message = No review date is set: nothing ensures the assessment is looked at again when the processing or its risks change.
    .remedy = Set a date by which the assessment is reviewed, and review it sooner when the processing or its risks change.
    .reference = GDPR Art. 35(11); WP248 rev.01 (the DPIA is a continuous process, reviewed regularly)

CON-007 = Review date already passed on the assessment date
    .message = The review was due on { $review_date }, before the assessment date { $as_of }: the assessment is overdue for review.
    .remedy = Review the assessment now and set the next review date.
    .reference = GDPR Art. 35(11)
