# Findings on international transfers (pia/findings/transfers.py): title, message, remedy and
# legal reference of each rule. Params: $transfer (id), $recipient (id), $country (code), and per
# rule the values it names.

TRF-001 = Transfer to a third country without a usable transfer tool
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) { $state ->
        [no_tool] relies on no transfer tool
        [unknown_tool] names no transfer tool (a reference to 'the necessary measures' described elsewhere names none)
        [dpf_not_certified] relies on the DPF, but { NAME($recipient) } is recorded as not certified under it
       *[other] relies on '{ LABEL("transfer_tool", $tool) }', but no such adequacy decision covers the destination
    }. Without an adequacy decision or an Art. 46 safeguard, data may not leave the EEA (Art. 44).
    .remedy = Name the Chapter V instrument the transfer relies on (e.g. SCC 2021/914 with its module) and record it; if there is none, stop the transfer until one is in place.
    .reference = GDPR Art. 44, Art. 45(1), Art. 46(1); EDPB Recommendations 01/2020, step 2

TRF-002 = Recipient outside the EEA with no transfer recorded
    .message = Recipient '{ $recipient }' ({ NAME($recipient) }) processes data { LABEL("country_in", $country) }, outside the EEA, but no transfer to it is recorded. Every transfer must be known and assessed; remote access from a third country (e.g. support or maintenance) counts as one.
    .remedy = Record the transfer to this recipient (kind, categories, tool, safeguards), including remote access by its staff, or correct the recipient's country.
    .reference = GDPR Art. 44; EDPB Recommendations 01/2020, step 1 (know your transfers)

TRF-003 = Standard contractual clauses without their module
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) relies on the 2021 standard contractual clauses without saying which module: the module decides whose duties apply, so it cannot be checked that the clauses fit the parties' roles.
    .remedy = Record the SCC module that fits the parties' roles (2: controller to processor, 3: processor to processor, ...).
    .reference = Commission Implementing Decision (EU) 2021/914, Annex (modules one to four)

TRF-004 = No transfer impact assessment for an Art. 46 tool
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) relies on { LABEL("transfer_tool", $tool) }, but a transfer impact assessment { $state ->
        [not_done] is recorded as not done
       *[other] is not recorded
    }: the tool only protects the data if the law and practice of the destination let the importer keep its promises.
    .remedy = Assess and document whether the destination's law and practice let the importer comply with the tool (a transfer impact assessment), and record it.
    .reference = SCC 2021/914, Clause 14(b) and (d); EDPB Recommendations 01/2020, step 3

TRF-005 = Readable data sent where public-authority access is high, without supplementary measures
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) sends data { $data_protection ->
        [clear_text] in clear text
        [encrypted_keys_with_recipient] encrypted with keys the importer holds
       *[other] that the importer may be able to read (not recorded)
    } to a country whose public-authority access the knowledge base rates high, with no supplementary measure recorded: where the importer can read the data, the EDPB sees no effective technical safeguard.
    .remedy = Keep the data unreadable to the importer (encryption with keys held in the EEA, pseudonymisation) and record the supplementary measures; if no measure is effective, do not transfer.
    .reference = EDPB Recommendations 01/2020, step 4 and Annex 2, use cases 6 and 7

TRF-006 = Art. 49 derogation relied on for a systematic transfer
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) relies on an Art. 49 derogation, but it is ongoing ({ LABEL("transfer_kind", $kind) } by a { LABEL("recipient_role", $role) }): derogations are exceptions for occasional transfers, not for structural ones.
    .remedy = Put an Art. 46 tool in place (e.g. SCC 2021/914) with a transfer impact assessment; derogations are for occasional transfers only.
    .reference = GDPR Art. 49(1); EDPB Guidelines 2/2018 on derogations of Article 49

TRF-007 = No re-evaluation date for a transfer
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) has no re-evaluation date: the law and practice of the destination can change, and nothing says when the assessment will be checked again.
    .remedy = Record when the transfer will be re-evaluated (a date or a cadence) and who watches developments in the destination.
    .reference = EDPB Recommendations 01/2020, step 6

TRF-009 = EEA processor whose parent falls under a third-country law with extraterritorial reach
    .message = Recipient '{ $recipient }' ({ NAME($recipient) }) processes data { LABEL("country_in", $country) }, but its parent company, based { LABEL("country_in", $parent_country) }, is subject to a third-country law that can oblige the group to hand over data wherever stored: { LABELS("parent_law", $laws) }. This is not a transfer by itself, but the exposure must be assessed before relying on the processor.
    .remedy = Assess the exposure (what the law lets authorities demand, what the processor commits to) and keep the data unreadable to the group, e.g. encryption with keys held in the EEA; record the result as a risk with its measures.
    .reference = EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V (v2.0), Example 12; GDPR Art. 28(1)

# The third-country laws that can reach data through a parent company (knowledge base:
# countries.yaml, laws_reaching_through_parent), by key.
parent_law =
    .us_cloud_act = the CLOUD Act (18 U.S.C. §2713)
    .us_fisa_702 = FISA Section 702 (50 U.S.C. §1881a)
    .cn_national_intelligence_law = the National Intelligence Law of the PRC (2017), Art. 7

TRF-010 = Transfer country differs from its EEA recipient's country
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) goes to another country than its recipient '{ $recipient }', which is recorded { LABEL("country_in", $recipient_country) }, in the EEA: either the country is wrong, or someone else receives the data there.
    .remedy = Correct the transfer's country or the recipient's, or record the recipient that actually receives or accesses the data in that country (e.g. a sub-processor).
    .reference = GDPR Art. 30(1)(e); EDPB Recommendations 01/2020, step 1

TRF-011 = Transfer to the US on the Data Privacy Framework without recorded certification
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) relies on the EU-US Data Privacy Framework, but whether { NAME($recipient) } is certified under it is not recorded: the adequacy decision covers only organisations on the DPF List, for the data their certification covers.
    .remedy = Check on the DPF List (dataprivacyframework.gov) that the recipient is certified, actively, for the data concerned, and record `dpf_certified`; if it is not, put an Art. 46 tool in place (e.g. SCC 2021/914).
    .reference = GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)

TRF-012 = DPF-certified recipient, but the transfer names no tool
    .message = Transfer '{ $transfer }' ({ NAME($recipient) }, { LABEL("country", $country) }) records { NAME($recipient) } as certified under the EU-US Data Privacy Framework, but its transfer tool is { $tool ->
        [none] recorded as none
       *[other] not recorded
    }: the DPF adequacy decision is then the transfer tool (Art. 45), and the record should say so.
    .remedy = Record `dpf` as the transfer tool (Art. 45), or the Art. 46 tool the transfer actually relies on.
    .reference = GDPR Art. 45(1); Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)
