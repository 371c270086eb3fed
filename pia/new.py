"""`pia new`: a blank assessment that validates, with guidance comments for each section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from pia.errors import PiaError, SaveConflict
from pia.store import _dump, save_bytes

FILE_NAME = "assessment.yaml"
DOCUMENT_ID = "notice"

HEADER = """\
A data protection impact assessment (GDPR Art. 35), created by `pia new` on {today}.
Replace every placeholder: values saying "Describe ..." or "check ...", and the ids
first_data_category, first_data_subjects and first_purpose (rename them everywhere they are used).
Every fact cites its source: sources: [notice §3] names a document id from metadata.documents
and a section. Leave out (or set to null) what the sources do not say: the workbook reports it as
a gap to close, rather than guessing.
Check the file with: pia validate {path}"""

# Comments put before a key: (path of the mapping, key, text). The indent follows the nesting.
COMMENTS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        (),
        "metadata",
        "Metadata: the assessment, the controller (Art. 4(7)) and the documents the facts come "
        "from.\nreview_date: when the assessment is reviewed again (Art. 35(11)).",
    ),
    (
        ("metadata",),
        "jurisdiction",
        "jurisdiction: the country code (e.g. BE) of the supervisory authority competent for the\n"
        "processing: the one of the controller's main establishment for cross-border processing\n"
        "(Art. 35(4), 55, 56 GDPR). It picks the national list of processing that needs a DPIA\n"
        "(only the Belgian DPA's is built in) and the national legal archive periods. Leave it\n"
        "null until known: the Belgian list is then reported as not decidable.",
    ),
    (
        ("metadata",),
        "documents",
        "The source documents (privacy notice, policy, interview notes...): sources cite them by "
        "id,\ne.g. sources: [notice §3]. Fill in this one; add one entry per document.",
    ),
    (
        (),
        "description",
        "Art. 35(7)(a): the systematic description of the processing: what data, about whom, "
        "from where,\nshared with whom, sent where, kept how long (Art. 30(1)(c)-(f)).",
    ),
    (
        ("description",),
        "data_categories",
        "Categories of personal data. sensitivity: standard, highly_personal, special_category\n"
        "(Art. 9) or criminal_offence (Art. 10).\ndeclared_to_data_subjects: named in the notice "
        "(Art. 13/14)?\nPLACEHOLDER: at least one category is required; replace this one.",
    ),
    (
        ("description",),
        "data_subjects",
        "Groups of people concerned\n(kind: customer, prospect, website_or_app_user, employee, "
        "child, other).\nPLACEHOLDER: at least one group is required; replace this one.",
    ),
    (
        ("description",),
        "data_sources",
        "Where the data comes from; data not collected from the person triggers Art. 14.",
    ),
    (
        ("description",),
        "recipients",
        "Who receives the data (Art. 30(1)(d)):\nrole processor (Art. 28 contract?), controller, "
        "third_party...",
    ),
    (
        ("description",),
        "transfers",
        "Chapter V (Arts. 44-49): data stored in or read from outside the EEA, with the transfer "
        "tool\n(adequacy_decision, dpf, scc_2021_914 with its scc_module, bcr, ...).\nFor the US: "
        "dpf_certified: true if the recipient is on the EU-US Data Privacy Framework List\n"
        "(Commission decision of 10 July 2023; check dataprivacyframework.gov): then Art. 45\n"
        "is the transfer tool.",
    ),
    (
        ("description",),
        "retention_rules",
        "Art. 5(1)(e): how long data is kept (period, e.g. 3 years) and from which trigger, per "
        "group.\nIf data are archived after active use (deletion: archive_then_erasure), record "
        "the archive:\narchive: {period: 7 years, ground: legal_obligation | legal_claims |\n"
        "archiving_in_public_interest (Art. 89(1)), access_restricted: true}.",
    ),
    (
        ("description",),
        "innovative_technology",
        "WP248 rev.01 screening criteria the sources must answer (leave null while unknown):\n"
        "innovative_technology: new technology, a new solution or a new use of it "
        "(criterion 8);\nsay what in `innovation`. prevents_exercising_rights: the processing "
        "itself decides\nwhether people may exercise a right, use a service or enter a contract "
        "(criterion 9).",
    ),
    (
        (),
        "purposes",
        "Art. 35(7)(b): necessity and proportionality. Each purpose (Art. 5(1)(b)) with its legal "
        "basis\n(Art. 6(1): consent, contract, legal_obligation, vital_interests, public_task,\n"
        "legitimate_interest).\nA legal_obligation or public_task names its law (Art. 6(3)): "
        "law: ...\nSpecial-category data (Art. 9) need special_category_exception (Art. 9(2): "
        "explicit_consent, ...).\nE-mail or SMS advertising without consent needs the soft "
        "opt-in recorded (Directive 2002/58/EC\nArt. 13(2)): soft_opt_in: {details_from_sale, "
        "own_similar_products, objection_at_collection,\nobjection_in_each_message}.\n"
        "PLACEHOLDER: at least one purpose is required; replace this one "
        "and CHECK THE LEGAL BASIS.",
    ),
    (
        (),
        "rights",
        "Arts. 12-22: how people exercise their rights, how identity is checked, when requests are "
        "refused.",
    ),
    (
        (),
        "risks",
        "Art. 35(7)(c): the risks to people's rights and freedoms. Levels are computed, not "
        "written here.",
    ),
    (
        (),
        "measures",
        "Art. 35(7)(d): the measures envisaged to address the risks (kind, owner, due date, "
        "status).",
    ),
    (
        (),
        "consultation",
        "Art. 35(2): the DPO's advice; Art. 35(9): the views of data subjects, where appropriate.",
    ),
    ((), "signoffs", "Management sign-offs: recorded by `pia sign`, not by hand."),
)


class AlreadyExists(PiaError):
    """`pia new` refuses to overwrite an existing assessment."""


def _map(*pairs: tuple[str, object]) -> CommentedMap:
    return CommentedMap(pairs)


def _seq(*items: object) -> CommentedSeq:
    return CommentedSeq(items)


def blank(title: str, controller: str | None = None, today: dt.date | None = None) -> CommentedMap:
    """The tree of a blank assessment, with its guidance comments."""
    today = today or dt.date.today()
    tree = _map(
        ("schema_version", 1),
        (
            "metadata",
            _map(
                ("title", title),
                (
                    "controller",
                    _map(
                        ("name", controller or "Describe the controller (legal name)"),
                        ("address", None),
                        ("company_number", None),
                    ),
                ),
                ("jurisdiction", None),
                ("dpo_contact", None),
                ("version", "0.1"),
                ("status", "draft"),
                ("method", "cnil"),
                ("assessment_date", today),
                ("review_date", None),
                ("analysts", _seq()),
                (
                    "documents",
                    _seq(
                        _map(
                            ("id", DOCUMENT_ID),
                            ("title", "Describe the source document, e.g. the privacy notice"),
                            ("date", None),
                            ("location", None),
                        )
                    ),
                ),
            ),
        ),
        (
            "description",
            _map(
                ("processing", "Describe the processing in a few sentences."),
                (
                    "data_categories",
                    _seq(
                        _map(
                            ("id", "first_data_category"),
                            ("name", "Describe the data category"),
                            ("kind", "identity"),
                            ("sensitivity", "standard"),
                            ("declared_to_data_subjects", False),
                            ("sources", _seq()),
                        )
                    ),
                ),
                (
                    "data_subjects",
                    _seq(
                        _map(
                            ("id", "first_data_subjects"),
                            ("name", "Describe the group of people"),
                            ("kind", "other"),
                            ("sources", _seq()),
                        )
                    ),
                ),
                ("data_sources", _seq()),
                ("recipients", _seq()),
                ("transfers", _seq()),
                ("retention_rules", _seq()),
                ("automated_decisions_art22", False),
                ("innovative_technology", None),
                ("innovation", None),
                ("prevents_exercising_rights", None),
            ),
        ),
        (
            "purposes",
            _seq(
                _map(
                    ("id", "first_purpose"),
                    ("name", "Describe the purpose"),
                    (
                        "legal_bases",
                        _seq(_map(("basis", "consent"), ("note", "check the legal basis"))),
                    ),
                    ("data_categories", _seq("first_data_category")),
                    ("data_subjects", _seq("first_data_subjects")),
                    ("sources", _seq()),
                )
            ),
        ),
        ("rights", _map(("channels", _seq()), ("response_time", None))),
        ("risks", _seq()),
        ("measures", _seq()),
        ("consultation", _map(("dpo", None))),
        ("signoffs", _seq()),
    )
    for parents, key, text in COMMENTS:
        node = tree
        for parent in parents:
            node = node[parent]
        node.yaml_set_comment_before_after_key(key, before=text, indent=2 * len(parents))
    return tree


def new(folder: str | Path, *, title: str, controller: str | None = None) -> Path:
    """Create `folder/assessment.yaml`, a blank assessment; refuse to overwrite one."""
    path = Path(folder) / FILE_NAME
    if path.exists():
        raise AlreadyExists(f"{path}: already exists; `pia new` does not overwrite an assessment")
    tree = blank(title, controller)
    tree.yaml_set_start_comment(HEADER.format(today=dt.date.today(), path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # validated first, then written whole under the file's lock, as every save is
        save_bytes(path, _dump(tree).encode("utf-8"), expected=None, source=path)
    except SaveConflict:  # created meanwhile: never replaced
        raise AlreadyExists(f"{path}: already exists; `pia new` does not overwrite it") from None
    return path
