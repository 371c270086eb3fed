"""Sign-off: the content hash, stale sign-offs, accepted blockers, `pia sign` and `pia status`."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MAXIRESPONSE, MINIMAL, ROOT, write_yaml
from pydantic import Field

from pia.canonical import CANONICAL_FORM
from pia.cli import main
from pia.errors import InvalidAssessment, SignoffRefused
from pia.model import Assessment, Decision, Description
from pia.result import assess
from pia.signoff import content_hash, sign, signoff_states, status
from pia.store import load, save

DAY = dt.date(2026, 3, 2)
STALE = "stale: the content changed after this sign-off (its content hash is not the content's now)"
UNCHECKED = (
    "stale: cannot be checked, its hash is not in canonical form 2, the one this version of pia "
    "checks: it must be signed again"
)
LOYALTY = ROOT / "data" / "example-loyalty-app" / "assessment.yaml"
WHY = "Standard contractual clauses are signed by 30 June."


def _assessment(data: dict[str, Any] | None = None) -> Assessment:
    return Assessment.model_validate(copy.deepcopy(data or MINIMAL))


def _sign(a: Assessment, decision: str = "approve", **kwargs: Any) -> Assessment:
    fields = {"name": "An Peeters", "role": "CEO", "date": DAY, **kwargs}
    return sign(a, decision=decision, **fields)


def _edited(a: Assessment, title: str = "Newsletter for all members") -> Assessment:
    data = a.model_dump()
    data["metadata"]["title"] = title
    return Assessment.model_validate(data)


@pytest.fixture
def maxiresponse(tmp_path):
    """A copy of the Maxiresponse file, free to sign and save."""
    return shutil.copy(MAXIRESPONSE, tmp_path / "assessment.yaml")


# --- content hash ---------------------------------------------------------------------------------
# What the hash covers is tested in test_canonical.py; here, what a signatory sees of it.


def test_adding_a_signoff_does_not_change_the_hash():
    a = _assessment()
    signed = _sign(_sign(a), "reject")
    assert len(signed.signoffs) == 2
    assert content_hash(signed) == content_hash(a) == signed.signoffs[0].content_hash


def test_marking_a_signed_assessment_final_keeps_the_signoff():
    signed = _sign(_assessment())
    signed.metadata.status = "final"  # type: ignore[assignment]
    assert status(signed, None) == "unsigned"


# --- a later pia: new questions, new canonical forms ----------------------------------------------


class _LaterDescription(Description):
    uses_biometrics: bool | None = Field(None, description="A question a later pia asks.")


class _LaterPia(Assessment):
    description: _LaterDescription


def _upgraded(a: Assessment, **answers: Any) -> Assessment:
    """`a` as a later pia, whose model asks one more question, reads it."""
    data = a.model_dump()
    data["description"] |= answers
    return _LaterPia.model_validate(data)


def test_a_question_added_by_a_later_pia_keeps_the_signoff_until_it_is_answered():
    signed = _sign(_assessment())
    assert status(_upgraded(signed), None) == "unsigned"
    assert status(_upgraded(signed, uses_biometrics=None), None) == "unsigned"
    for answer in (True, False):  # "no" is an answer too
        later = _upgraded(signed, uses_biometrics=answer)
        assert status(later, None) == "stale"
        assert signoff_states(later, None)[0].text.endswith(STALE)


def test_setting_an_answer_back_to_unknown_stales_the_signoff_and_undoing_it_restores_it():
    answered = _assessment()
    answered.description.innovative_technology = False
    signed = _sign(answered)
    signed.description.innovative_technology = None
    assert status(signed, None) == "stale"
    signed.description.innovative_technology = False
    assert status(signed, None) == "unsigned"


def _signed_by_another_pia(a: Assessment, recorded: str, **fields: Any) -> Assessment:
    """`a` with a sign-off as another pia wrote it: without `canonical_form` unless given."""
    data = a.model_dump(exclude={"signoffs"})
    signoff = {"name": "An Peeters", "role": "CEO", "decision": "approve", "date": DAY}
    data["signoffs"] = [{**signoff, "content_hash": recorded, **fields}]
    return Assessment.model_validate(data)


def test_sign_records_the_canonical_form_of_its_hash():
    [s] = _sign(_assessment()).signoffs
    assert s.canonical_form == CANONICAL_FORM == 2


def test_the_loyalty_example_is_signed_and_verified_from_a_clean_clone():
    from pia.allowed_signers import for_assessment

    a, signers = load(LOYALTY), for_assessment(LOYALTY)
    assert signers is not None and signers.source.endswith("example-loyalty-app/allowed_signers")
    assert a.metadata.status == "final" and len(a.signoffs) == 2
    assert [s.integrity for s in signoff_states(a, signers)] == ["stale", "verified"]
    assert status(a, signers) == "verified"
    assert status(a, None) == "invalid"  # no allowed_signers: no signature verifies
    [rule] = [r for r in a.description.retention_rules if r.id == "retention_profile"]
    rule.period = "1 year"  # type: ignore[assignment]  # as when it was first signed
    assert [s.integrity for s in signoff_states(a, signers)] == ["verified", "stale"]


@pytest.mark.parametrize("form", [None, 1, 3], ids=["no form", "form 1", "a later form"])
def test_a_signoff_not_in_the_current_form_cannot_be_checked_and_must_be_signed_again(form):
    a = _signed_by_another_pia(_assessment(), content_hash(_assessment()), canonical_form=form)
    assert status(a, None) == "stale"  # though its hash is the content's in the current form
    text = f"2026-03-02 approved by An Peeters (CEO): {UNCHECKED}"
    [state] = signoff_states(a, None)
    assert (state.integrity, state.text, state.current_hash) == ("stale", text, None)
    again = _sign(a)
    assert [s.stale for s in signoff_states(again, None)] == [True, False]
    assert status(again, None) == "unsigned"


def test_a_canonical_form_below_1_is_refused(tmp_path):
    data = copy.deepcopy(MINIMAL)
    signoff = {"name": "A", "role": "CEO", "decision": "approve", "date": DAY}
    data["signoffs"] = [{**signoff, "content_hash": "0" * 64, "canonical_form": 0}]
    with pytest.raises(InvalidAssessment, match=r"signoffs\[0\]\.canonical_form"):
        load(write_yaml(tmp_path / "a.yaml", data))


# --- status ---------------------------------------------------------------------------------------

STEPS: dict[str, Callable[[Assessment], Assessment]] = {
    "approve": _sign,
    "conditions": lambda a: _sign(a, "approve_with_conditions", conditions=["Train the staff"]),
    "reject": lambda a: _sign(a, "reject"),
    "edit": _edited,
}


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([], "draft"),
        (["approve"], "unsigned"),
        (["conditions"], "unsigned"),
        (["reject"], "unsigned"),
        (["approve", "edit"], "stale"),
        (["reject", "edit"], "stale"),
        (["approve", "edit", "reject"], "unsigned"),
        (["reject", "edit", "approve"], "unsigned"),
        (["approve", "reject"], "unsigned"),
    ],
)
def test_status_follows_the_latest_signoff(steps, expected):
    a = _assessment()
    for step in steps:
        a = STEPS[step](a)
    assert status(a, None) == expected


def test_status_goes_draft_signed_stale_through_the_file(tmp_path):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    a = load(path)
    assert status(a, None) == "draft" and signoff_states(a, None) == []
    save(_sign(a), path)
    a = load(path)
    assert status(a, None) == "unsigned"
    [state] = signoff_states(a, None)
    assert state.signoff == a.signoffs[0] and state.current_hash == content_hash(a)
    assert state.text == "2026-03-02 approved by An Peeters (CEO): recorded but not signed"
    a.metadata.title = "Newsletter for all members"
    save(a, path)
    a = load(path)
    assert status(a, None) == "stale"
    [state] = signoff_states(a, None)
    assert state.stale and state.text.endswith(STALE)
    again = _sign(a, "approve_with_conditions", conditions=["Train the staff"])
    assert [s.stale for s in signoff_states(again, None)] == [True, False]
    assert signoff_states(again, None)[1].text.endswith(
        "with conditions by An Peeters (CEO), 1 condition: recorded but not signed"
    )


def test_sign_is_pure_and_records_every_field():
    a = _assessment()
    a._revision = "r1"
    signed = _sign(a, "approve_with_conditions", conditions=["Train the staff", "Review in 2027"])
    assert a.signoffs == [] and signed is not a
    assert signed._revision == "r1"  # still the same file for `store.save`
    [s] = signed.signoffs
    assert (s.name, s.role, s.decision, s.date) == (
        "An Peeters",
        "CEO",
        Decision("approve_with_conditions"),
        DAY,
    )
    assert s.conditions == ["Train the staff", "Review in 2027"]
    assert s.content_hash == content_hash(a) and s.accepted_findings == []
    assert s.canonical_form == CANONICAL_FORM


# --- refusals and acceptances ---------------------------------------------------------------------


def test_approving_maxiresponse_with_open_blockers_is_refused(maxiresponse):
    with pytest.raises(SignoffRefused) as refused:
        _sign(load(maxiresponse))
    message = str(refused.value)
    assert refused.value.unaccepted == ("TRF-001",)
    assert "TRF-001 at description.transfers[0].tool\n" in message
    assert "TRF-001 at description.transfers[1].tool\n" in message
    assert '--accept "TRF-001=' in message and 'accept={"TRF-001":' in message


@pytest.mark.parametrize("decision", ["approve", "approve_with_conditions"])
def test_accepted_blockers_are_recorded_and_the_file_keeps_its_comments(maxiresponse, decision):
    original = maxiresponse.read_text(encoding="utf-8")
    a = load(maxiresponse)
    conditions = ["Sign SCCs with TCS and Infosys"] if decision != "approve" else []
    blockers = {f.id for f in assess(a).findings if f.severity == "blocker"}
    save(
        _sign(a, decision, conditions=conditions, accept=dict.fromkeys(blockers, WHY)), maxiresponse
    )
    saved = maxiresponse.read_text(encoding="utf-8")
    assert saved.startswith(original.split("signoffs: []")[0])  # comments and layout untouched
    assert "# === Sign-off: none yet" in saved
    assert "\n  - name: An Peeters\n" in saved and f"justification: {WHY}" in saved
    assert f"\n    canonical_form: {CANONICAL_FORM}\n" in saved
    again = load(maxiresponse)
    assert status(again, None) == "unsigned"
    [s] = again.signoffs
    assert [(f.finding, f.justification) for f in s.accepted_findings] == [("TRF-001", WHY)]
    assert s.content_hash == content_hash(a)


def test_reject_needs_no_acceptance(maxiresponse):
    a = load(maxiresponse)
    signed = _sign(a, "reject")
    assert status(signed, None) == "unsigned" and signed.signoffs[0].accepted_findings == []


def test_a_precomputed_result_is_used(maxiresponse):
    a = load(maxiresponse)
    with pytest.raises(SignoffRefused, match="TRF-001"):
        _sign(a, result=assess(a))


@pytest.mark.parametrize(
    ("decision", "kwargs", "expected"),
    [
        ("approve_with_conditions", {}, "needs at least one condition"),
        ("approve_with_conditions", {"conditions": ["  "]}, "needs at least one condition"),
        ("approve", {"conditions": ["Train the staff"]}, "use approve_with_conditions"),
        ("approve", {"accept": {"CON-001": "too short"}}, "shorter than 15 characters"),
        ("approve", {"accept": {"TRF-001": WHY}}, "'TRF-001' is not the id of an open finding"),
        ("approve", {"name": "  "}, "name: needs at least 1 character"),
        ("approve", {"role": ""}, "role: needs at least 1 character"),
        ("approved", {}, "decision 'approved' is not one of approve, approve_with_conditions"),
    ],
)
def test_incomplete_signoffs_are_refused(decision, kwargs, expected):
    with pytest.raises(SignoffRefused, match="sign-off not recorded") as refused:
        _sign(_assessment(), decision, **kwargs)
    assert expected in str(refused.value)


def test_a_refusal_lists_every_reason_at_once(maxiresponse):
    with pytest.raises(SignoffRefused) as refused:
        _sign(load(maxiresponse), "approve_with_conditions", name="", accept={"TRF-001": "short"})
    lines = [line for line in str(refused.value).splitlines() if line.startswith("- ")]
    assert len(lines) == 4, refused.value
    assert refused.value.unaccepted == ("TRF-001",)  # a too-short justification accepts nothing


def test_a_non_blocker_finding_may_be_accepted_too():
    signed = _sign(_assessment(), accept={"CON-001": "The DPO is consulted at the next review."})
    assert [f.finding for f in signed.signoffs[0].accepted_findings] == ["CON-001"]


# --- the command ----------------------------------------------------------------------------------

SIGN = ["--name", "An Peeters", "--role", "CEO"]


def test_pia_sign_saves_and_prints_hash_and_status(tmp_path, capsys):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    args = ["sign", str(path), *SIGN, "--decision", "approve_with_conditions"]
    assert main([*args, "--condition", "Train the staff", "--condition", "Review in 2027"]) == 0
    out = capsys.readouterr().out
    a = load(path)
    assert f"content hash: {content_hash(a)}" in out and "status: unsigned" in out
    assert f"{dt.date.today().isoformat()} approved with conditions by An Peeters (CEO)" in out
    assert a.signoffs[0].conditions == ["Train the staff", "Review in 2027"]


def test_pia_sign_refuses_unaccepted_blockers_and_leaves_the_file(maxiresponse, capsys):
    before = maxiresponse.read_bytes()
    assert main(["sign", str(maxiresponse), *SIGN, "--decision", "approve"]) == 1
    err = capsys.readouterr().err
    assert "TRF-001 at description.transfers[0].tool" in err and "Traceback" not in err
    assert maxiresponse.read_bytes() == before


def test_pia_sign_with_accept_then_status(maxiresponse, capsys):
    args = ["sign", str(maxiresponse), *SIGN, "--decision", "approve", "--date", "2026-03-02"]
    assert main([*args, "--accept", f"TRF-001={WHY}"]) == 0
    assert "status: unsigned" in capsys.readouterr().out
    assert main(["status", str(maxiresponse)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{maxiresponse}: unsigned",
        "  2026-03-02 approved by An Peeters (CEO), accepted TRF-001: recorded but not signed",
        "  who may sign: no allowed_signers file found",
    ]


def test_pia_status_of_a_draft_and_of_a_stale_file(tmp_path, capsys):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: draft\n"
    assert main(["sign", str(path), *SIGN, "--decision", "reject", "--date", "2026-03-02"]) == 0
    capsys.readouterr()
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{path}: unsigned"
    path.write_text(path.read_text().replace("monthly", "weekly"), encoding="utf-8")
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{path}: stale",
        "  2026-03-02 rejected by An Peeters (CEO): " + STALE,
        "  who may sign: no allowed_signers file found",
    ]


@pytest.mark.parametrize(
    "extra",
    [
        ["--decision", "approve", "--name", "X"],  # no --role
        ["--decision", "maybe", *SIGN],
        ["--decision", "approve", *SIGN, "--date", "2026-02-30"],
        ["--decision", "approve", *SIGN, "--accept", "TRF-001"],
    ],
    ids=["missing role", "unknown decision", "impossible date", "accept without justification"],
)
def test_pia_sign_usage_errors_exit_2(tmp_path, capsys, extra):
    path = write_yaml(tmp_path / "a.yaml", MINIMAL)
    with pytest.raises(SystemExit) as exit_:
        main(["sign", str(path), *extra])
    assert exit_.value.code == 2
    assert load(path).signoffs == []


def test_pia_status_of_a_file_signed_before_forms_were_numbered(tmp_path, capsys):
    data = copy.deepcopy(MINIMAL)
    signoff = {"name": "An Peeters", "role": "CEO", "decision": "approve", "date": DAY}
    data["signoffs"] = [{**signoff, "content_hash": content_hash(_assessment())}]
    path = write_yaml(tmp_path / "a.yaml", data)
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{path}: stale",
        f"  2026-03-02 approved by An Peeters (CEO): {UNCHECKED}",
        "  who may sign: no allowed_signers file found",
    ]


# --- the report's sign-off block ------------------------------------------------------------------


def _notes(a: Assessment, lang: str = "en") -> list[str]:
    from pia.report.i18n import catalog
    from pia.report.view import signoff_block

    return [" ".join(e.state.split()) for e in signoff_block(a, catalog(lang), None).entries]


def test_the_report_notes_current_and_stale_signoffs():
    [note] = _notes(_sign(_assessment()))
    assert note.startswith("Recorded but not signed: no key signed this record")
    edited = _edited(_sign(_assessment()))
    [note] = _notes(edited)
    signed, now = content_hash(_assessment())[:12], content_hash(edited)[:12]
    assert note.startswith(f"STALE: the assessment changed after this sign-off ({signed} signed")
    assert f"{now} now" in note


UNCHECKED_IN_THE_REPORT = {
    "en": (
        "Stale — cannot be checked",
        "This version of pia cannot check the latest sign-off against the content: it must be "
        "signed again.",
        "CANNOT BE CHECKED: its hash is not in canonical form 2, the one this version of pia "
        "checks. It does not apply to this version until it is signed again.",
    ),
    "nl": (
        "Verouderd — niet te controleren",
        "Deze versie van pia kan de laatste ondertekening niet aan de inhoud toetsen: de "
        "beoordeling moet opnieuw worden ondertekend.",
        "NIET TE CONTROLEREN: de hash is niet in canonieke vorm 2, de vorm die deze versie van "
        "pia controleert. De beslissing geldt niet voor deze versie tot ze opnieuw wordt "
        "ondertekend.",
    ),
}


@pytest.mark.parametrize("form", [None, 3], ids=["no form", "a later form"])
@pytest.mark.parametrize("lang", UNCHECKED_IN_THE_REPORT)
def test_the_report_says_a_signoff_not_in_the_current_form_cannot_be_checked(lang, form):
    from pia.report.view import build_report

    a = _signed_by_another_pia(_assessment(), content_hash(_assessment()), canonical_form=form)
    report = build_report(a, assess(a), lang)
    label, status_note, note = UNCHECKED_IN_THE_REPORT[lang]
    for shown in (report.cover.status, report.signoff.status):
        assert (shown.key, shown.label, " ".join(shown.note.split()), shown.stale) == (
            "stale",
            label,
            status_note,
            True,
        )
    assert _notes(a, lang) == [note]


# --- signing with a key ---------------------------------------------------------------------------


def _key_file(folder: Path, passphrase: bytes | None = None) -> tuple[Path, Any]:
    """A fresh Ed25519 key written as OpenSSH writes it, listed in `folder/allowed_signers`."""
    from cryptography.hazmat.primitives import serialization
    from signers import line, new_key

    key = new_key()
    protection = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, protection
    )
    path = folder / "id_ed25519"
    path.write_bytes(pem)
    (folder / "allowed_signers").write_text(line(key) + "\n", encoding="utf-8")
    return path, key


@pytest.fixture
def repository(tmp_path):
    """A folder standing for a repository's root, with an assessment in a case folder below."""
    (tmp_path / ".git").mkdir()
    case = tmp_path / "case"
    case.mkdir()
    return write_yaml(case / "assessment.yaml", MINIMAL)


def test_pia_sign_with_a_key_signs_and_everything_verifies_it(repository, capsys):
    from signers import PRINCIPAL

    key_path, _ = _key_file(repository.parent.parent)  # allowed_signers at the repository's root
    args = ["sign", str(repository), *SIGN, "--decision", "approve", "--date", "2026-03-02"]
    assert main([*args, "--key", str(key_path)]) == 0  # the principal read from allowed_signers
    out = capsys.readouterr().out
    assert f"signed and verified by {PRINCIPAL} (SHA256:" in out and "status: verified" in out
    assert load(repository).signoffs[0].principal == PRINCIPAL
    export = repository.parent / "export"
    assert main(["status", str(repository), "--export", str(export)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == f"{repository}: verified"
    command = printed[-1].split(": ", 1)[1]
    if shutil.which("ssh-keygen"):  # the printed command, run as printed: OpenSSH agrees
        import subprocess

        done = subprocess.run(command, shell=True, capture_output=True, text=True)  # noqa: S602
        assert done.returncode == 0 and f'Good "pia-signoff" signature for {PRINCIPAL}' in (
            done.stdout + done.stderr
        )


def test_pia_sign_refuses_a_key_not_listed_for_the_principal_and_leaves_the_file(
    repository, capsys
):
    key_path, _ = _key_file(repository.parent)
    before = repository.read_text(encoding="utf-8")
    args = ["sign", str(repository), *SIGN, "--decision", "reject", "--key", str(key_path)]
    assert main([*args, "--principal", "someone.else@example.org"]) == 1
    err = capsys.readouterr().err
    assert "is not allowed for someone.else@example.org" in err and "ssh-ed25519 AAAA" in err
    assert repository.read_text(encoding="utf-8") == before


def test_a_principal_without_a_key_is_refused(repository, capsys):
    args = ["sign", str(repository), *SIGN, "--decision", "reject", "--principal", "a@b.org"]
    assert main(args) == 1
    assert "give the key too (--key PATH)" in capsys.readouterr().err
    assert load(repository).signoffs == []


def test_pia_sign_without_a_key_says_recorded_but_not_signed(repository, capsys):
    assert main(["sign", str(repository), *SIGN, "--decision", "reject"]) == 0
    out = capsys.readouterr().out
    assert "recorded but not signed" in out and "status: unsigned" in out
    assert "verified" not in out


def test_pia_sign_asks_for_the_passphrase_of_a_protected_key(repository, capsys, monkeypatch):
    key_path, _ = _key_file(repository.parent, passphrase=b"correct horse")
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "correct horse")
    args = ["sign", str(repository), *SIGN, "--decision", "reject", "--key", str(key_path)]
    assert main(args) == 0
    assert asked == [f"passphrase for {key_path}: "]
    assert "status: verified" in capsys.readouterr().out


def test_the_form_signs_with_a_key_and_refuses_a_protected_one(repository):
    from pia.widgets import Session, signoff_form

    form = signoff_form(Session.open(repository))
    form.name.value, form.role.value, form.decision.value = "An Peeters", "CEO", "reject"
    assert form.submit() is None
    assert "recorded but not signed" in form.message.value
    key_path, _ = _key_file(repository.parent)
    form.key.value = str(key_path)
    assert form.submit() is None
    assert "signed and verified by" in form.message.value
    protected, _ = _key_file(repository.parent, passphrase=b"pw")
    form.key.value = str(protected)
    refusal = form.submit()
    assert refusal is not None and f"pia sign {repository} --key {protected}" in refusal


REPORT_WORDS = {
    "en": ("Signed and verified", "Rejected — Signed and verified", "Signature invalid"),
    "nl": ("Ondertekend en geverifieerd", "Afgewezen — Ondertekend en geverifieerd",
           "Handtekening ongeldig"),
}  # fmt: skip


@pytest.mark.parametrize("lang", REPORT_WORDS)
def test_the_report_says_signed_and_verified_by_whom_or_signature_invalid(lang):
    from signers import PRINCIPAL, line, listing, new_key

    from pia.report.view import build_report

    key = new_key()
    signers = listing(line(key))
    signed = _sign(_assessment(), key=key, principal=PRINCIPAL, signers=signers)
    verified, rejected, invalid = REPORT_WORDS[lang]
    report = build_report(signed, assess(signed), lang, signers=signers)
    assert (report.cover.status.key, report.cover.status.label) == ("verified", verified)
    [entry] = report.signoff.entries
    assert entry.integrity == "verified" and PRINCIPAL in entry.state and "SHA256:" in entry.state
    rejection = _sign(signed, "reject", key=key, principal=PRINCIPAL, signers=signers)
    assert build_report(rejection, assess(rejection), lang, signers=signers).cover.status.label == (
        rejected
    )
    signed.signoffs[0].role = "Intern"  # edited without the key
    edited = build_report(signed, assess(signed), lang, signers=signers)
    assert (edited.cover.status.key, edited.cover.status.label) == ("invalid", invalid)
    assert edited.cover.status.stale and edited.signoff.entries[0].stale
    unlisted = build_report(rejection, assess(rejection), lang, signers=None)
    assert unlisted.cover.status.key == "invalid"
