# Findings on how people exercise their rights (pia/findings/rights.py): one message per rule.

RGT-001 = Proof of identity asked for every request
    .message = Every request must come with proof of identity, not only where there is reasonable doubt: asking for proof by default is disproportionate, especially from people the controller already knows (e.g. signed in to their account), and it deters people from using their rights.
    .remedy = Ask for proof of identity only where there is reasonable doubt, and first use what is already known (e.g. a signed-in account or the registered e-mail address).
    .reference = GDPR Art. 12(2), Art. 12(6), Art. 5(1)(c); EDPB Guidelines 01/2022 on the right of access (v2.0), section 3.3 (proportionality of identification)

RGT-002 = Identity document asked without masking instructions
    .message = People are asked for an identity document, which shows their photo and national identification number, and are not told what they may black out: more data is collected than confirming identity needs, and national numbers may only be used where national law allows.
    .remedy = Tell people to black out the photo, the national register number and every other item not needed to confirm identity, and delete the copy once identity is confirmed.
    .reference = GDPR Art. 5(1)(c), Art. 87; EDPB Guidelines 01/2022 on the right of access (v2.0), section 3.3; Belgian Law of 8 August 1983 organising a National Register of natural persons, art. 8 (use of the register number) and art. 5 (access to its information), as cited in a secondary source (the Law's text not read)

RGT-003 = More proof of identity may be asked, with no criteria
    .message = The controller may ask for more proof of identity, but the assessment records no criteria for when: people cannot foresee what they will have to send, and the controller may ask for more than it needs.
    .remedy = Record when more proof is asked (what makes a doubt reasonable) and what proof is then accepted.
    .reference = GDPR Art. 12(6), Recital 64; EDPB Guidelines 01/2022 on the right of access (v2.0), section 3.3

RGT-004 = Request refused on a ground Art. 12(5) does not allow
    .message = Refusing requests as '{ LABEL("refusal_ground", $ground) }'{ $wording ->
        [none] {""}
       *[other] {" "}(the notice says: { $wording })
    } { $ground ->
        [excessive] drops the word 'manifestly': Art. 12(5) allows refusing only a manifestly excessive request, and the controller must prove it
        [abusive] is not a ground Art. 12(5) names: a request may be refused only when it is manifestly unfounded or excessive, which the controller must prove
       *[other] is not a ground Art. 12(5) allows: only manifestly unfounded or excessive requests may be refused, and the controller must prove it
    }.
    .remedy = Limit refusals to manifestly unfounded or manifestly excessive requests, and record how the controller will demonstrate it in each case.
    .reference = GDPR Art. 12(5) (manifestly unfounded or excessive requests; burden of proof on the controller); EDPB Guidelines 01/2022 on the right of access (v2.0)

RGT-005 = No response time for requests
    .message = The assessment does not say how quickly requests are answered, so compliance with the one-month limit cannot be checked.
    .remedy = Record the response time: at most one month from receipt, extended by up to two months only for complex or numerous requests, with notice to the person.
    .reference = GDPR Art. 12(3) (one month, extendable by two months with reasons)

RGT-006 = Response time longer than one month
    .message = Requests are answered within { PERIOD($response_time) }, longer than the one month Art. 12(3) allows as the rule; the extension is for complex or numerous requests only.
    .remedy = Answer within one month of receipt; use the two-month extension only case by case, for complex or numerous requests, telling the person why within the first month.
    .reference = GDPR Art. 12(3) (one month, extendable by two months with reasons)

RGT-007 = No channel to exercise rights
    .message = The assessment records no way for people to exercise their rights, so whether the controller facilitates them cannot be judged.
    .remedy = Record how people send requests (e.g. a web form, an e-mail address, a postal address).
    .reference = GDPR Art. 12(2) (facilitate the exercise of rights), Art. 13(2)(b), Art. 14(2)(c)

RGT-008 = Rights can be exercised only off-line while data is collected online
    .message = Requests can be sent only by { LABELS("channel", $channels, word: "or") }, while data is collected online: people should be able to exercise their rights electronically too.
    .remedy = Offer an electronic channel (web form, e-mail, in the account) at least as easy as the ones through which data is collected.
    .reference = GDPR Art. 12(2), Recital 59 (means for requests to be made electronically)

RGT-009 = Rights handling cites no source
    .message = { $count ->
        [one] 1 part of the rights handling cites
       *[other] { $count } parts of the rights handling cite
    } no source (first: { $first }): a reviewer cannot check where these facts come from.
    .remedy = Add the document and section that describe how requests are handled.
    .reference = GDPR Art. 5(2) (accountability); WP248 rev.01, Annex 2 (measures contributing to the rights of data subjects)
