"""The HTML report: content per chapter, both languages, escaping, snapshots (`make snapshots`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import MAXIRESPONSE, ROOT

from pia import assess, load
from pia.cli import main
from pia.findings import RULES
from pia.model import Assessment
from pia.report import render_html, write_report
from pia.report.i18n import catalog
from pia.report.render import CHAPTER_TEMPLATES, render_chapter
from pia.report.view import build_report
from pia.store import _yaml
from pia.words import LANGUAGES, Speaker, message_ids, names_of, speaker

SNAPSHOTS = ROOT / "tests" / "snapshots"
UPDATE = os.environ.get("PIA_UPDATE_SNAPSHOTS") == "1"
LANGS = LANGUAGES

# --- a small DOM from the standard library's parser ---------------------------------------------

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
BLOCK = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "dt", "dd", "th", "td", "caption"}


@dataclasses.dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Any] = dataclasses.field(default_factory=list)  # Node or str

    def iter(self, tag: str | None = None):
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter(tag)

    def text(self, sep: str = "") -> str:
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                inner = child.text(sep)
                parts.append(f"{sep}{inner}{sep}" if sep and child.tag in BLOCK else inner)
        return "".join(parts)

    def find(self, **attrs: str) -> Node:
        found = [n for n in self.iter() if all(n.attrs.get(k) == v for k, v in attrs.items())]
        assert len(found) == 1, f"expected one element with {attrs}, found {len(found)}"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maxi() -> Assessment:
    return load(MAXIRESPONSE)


@pytest.fixture(scope="module")
def result(maxi):
    return assess(maxi)


@pytest.fixture(scope="module")
def reports(maxi, result) -> dict[str, Any]:
    return {lang: build_report(maxi, result, lang) for lang in LANGS}


@pytest.fixture(scope="module")
def html(maxi, result) -> dict[str, str]:
    return {lang: render_html(maxi, result, lang) for lang in LANGS}


@pytest.fixture(scope="module")
def dom(html) -> dict[str, Node]:
    return {lang: parse(text) for lang, text in html.items()}


def document() -> dict[str, Any]:
    return _yaml().load(MAXIRESPONSE.read_text(encoding="utf-8"))


def chapter_text(root: Node, chapter: str) -> str:
    return words(root.find(id=f"chapter-{chapter}").text(" "))


# --- what each chapter holds ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_purpose_transfer_retention_rule_and_finding_is_in_its_chapter(
    lang, dom, maxi, result
):
    root = dom[lang]
    d = maxi.description
    purposes = [p.id for p in maxi.purposes]
    transfers = [t.id for t in d.transfers]
    rules = [r.id for r in d.retention_rules]
    description = chapter_text(root, "description")
    necessity = chapter_text(root, "necessity")
    risk = chapter_text(root, "risk")
    findings = chapter_text(root, "findings")
    assert [i for i in transfers + rules if i not in description] == []
    assert [i for i in purposes if i not in necessity] == []
    assert [i for i in purposes + transfers + rules if i not in risk] == []
    assert [i.id for i in result.items if f"item-{i.id}" not in risk and i.id not in risk] == []
    assert [f.id for f in result.findings if f.id not in findings] == []
    # every occurrence is its own list item, numbered in the chapter's order
    occurrences = [
        n
        for n in root.find(id="chapter-findings").iter("li")
        if (n.attrs.get("id") or "").startswith("finding-")
    ]
    assert len(occurrences) == len(result.findings)
    for node, finding in zip(occurrences, result.findings, strict=True):
        assert finding.path in node.text()


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_headings_come_from_the_catalogue(lang, dom):
    cat = catalog(lang)
    chapters, appendix = cat.get("chapters"), cat.get("labels.appendix")
    headings = [words(h.text()) for h in dom[lang].iter("h2")]
    expected = [chapters["contents"]] + [
        f"{n} {chapters[name]}"
        for name, n in (
            ("summary", "1"),
            ("description", "2"),
            ("necessity", "3"),
            ("risk", "4"),
            ("measures", "5"),
            ("findings", "6"),
            ("consultation", "7"),
            ("signoff", "8"),
            ("method", f"{appendix} A"),
            ("sources", f"{appendix} B"),
        )
    ]
    assert headings == expected


def test_the_dutch_report_has_dutch_labels_and_no_english_headings(dom):
    root = dom["nl"]
    assert root.find(id="cover").text() and next(root.iter("html")).attrs["lang"] == "nl"
    en = catalog("en")
    english = set(en.get("chapters").values()) | set(en.get("sections").values())
    headings = {words(h.text()) for tag in ("h2", "h3", "h4", "th", "dt") for h in root.iter(tag)}
    assert [h for h in headings for e in english if h.endswith(e)] == []
    text = words(root.text(" "))
    for dutch in (
        "Samenvatting voor het management",
        "Ernst",
        "Waarschijnlijkheid",
        "Risiconiveau",
        "Bevindingen",
        "Blokkerend",
        "Verwerkingsverantwoordelijke",
        "Voorafgaande raadpleging (art. 36 AVG)",
        "29 november 2022",
        "Toegang op afstand door TCS in India",
        "Hoog",
    ):
        assert dutch in text, dutch
    # the analyst's own text stays as written
    assert "Maxiresponse profiling for personalised advertising" in text
    assert "Customers with a contract with bpost" in text


def test_the_french_report_has_french_labels_and_no_english_headings(dom):
    root = dom["fr"]
    assert next(root.iter("html")).attrs["lang"] == "fr"
    en, fr = catalog("en"), catalog("fr")
    english = set(en.get("chapters").values()) | set(en.get("sections").values())
    english -= set(fr.get("chapters").values())  # "Sources" is French too
    headings = {words(h.text()) for tag in ("h2", "h3", "h4", "th", "dt") for h in root.iter(tag)}
    assert [h for h in headings for e in english if h.endswith(e)] == []
    text = words(root.text(" "))
    for french in (
        "Synthèse pour la direction",
        "Gravité",
        "Vraisemblance",
        "Niveau de risque",
        "Constats",
        "Bloquant",
        "Responsable du traitement",
        "Consultation préalable (art. 36 RGPD)",
        "29 novembre 2022",
        "Élevé",
        "clients",
    ):
        assert french in text, french
    # a minor finding and a limited severity are told apart, in French as in Dutch
    assert catalog("fr").enum("finding_severity", "minor") != catalog("fr").scale_label(
        "cnil", "severity", "limited"
    )


def test_dates_follow_the_language():
    day = dt.date(2026, 11, 26)
    assert catalog("en").date(day) == "26 November 2026"
    assert catalog("nl").date(day) == "26 november 2026"
    assert catalog("nl").period("3 years") == "3 jaar"
    assert catalog("nl").period("1 month") == "1 maand"
    assert catalog("en").period("6 months") == "6 months"
    assert catalog("fr").date(day) == "26 novembre 2026"
    assert catalog("fr").date(dt.date(2026, 11, 1)) == "1er novembre 2026"
    assert catalog("fr").period("3 years") == "3 ans"
    assert catalog("fr").period("1 year") == "1 an"
    assert catalog("fr").period("6 months") == "6 mois"


# --- findings, factors and checks in Dutch --------------------------------------------------------


def _variants() -> list[dict[str, Any]]:
    """Maxiresponse changed so that each rule generated assessments miss fires at least once."""

    def change(fn):
        doc = document()
        fn(doc)
        return doc

    d = "description"

    def dpo(followed):
        return lambda doc: doc["consultation"].update(
            dpo={"advice": "Go ahead.", "followed": followed}
        )

    def orphan(doc):
        doc[d]["data_categories"].append(
            {
                "id": "orphan",
                "name": "Orphan data",
                "kind": "nonsense_kind",
                "sensitivity": "standard",
                "declared_to_data_subjects": True,
            }
        )

    def lower_profile(doc):
        cat = doc[d]["data_categories"][7]
        cat["sensitivity"] = "standard"
        cat.pop("note")

    def sub_processors(doc):
        for r in doc[d]["recipients"]:
            r["role"] = "sub_processor"

    def prospects_contract(doc):
        rule = doc[d]["retention_rules"][1]
        rule.update(period="2 years", trigger="end of the contract")

    def rights(doc):
        doc["rights"].update(channels=["post"], response_time="3 months", sources=[])
        doc["rights"]["identity_verification"].pop("masking")

    def mismatch(doc):
        doc[d]["transfers"][0]["recipient"] = "aws"
        doc[d]["recipients"].append(
            {"id": "support", "name": "Support Inc", "role": "processor", "country": "US"}
        )

    def soft_opt_in(doc):
        doc["purposes"][3]["soft_opt_in"] = {"details_from_sale": False}

    def special_profile(doc):
        cat = doc[d]["data_categories"][7]
        cat["sensitivity"] = "special_category"

    def to_the_us(tool, **more):
        def change(doc):
            for t in doc[d]["transfers"]:
                t.update(country="US", tool=tool, **more)

        return change

    def archive(deletion, **recorded):
        def change(doc):
            rule = doc[d]["retention_rules"][0]
            rule["deletion"] = deletion
            if recorded:
                rule["archive"] = recorded

        return change

    def invoices_archived(period):
        def change(doc):
            doc[d]["data_categories"].append(
                {
                    "id": "invoices",
                    "name": "Invoices",
                    "kind": "purchase_history",
                    "sensitivity": "standard",
                    "declared_to_data_subjects": True,
                }
            )
            rule = doc[d]["retention_rules"][0]
            rule["data_categories"].append("invoices")
            rule["deletion"] = "archive_then_erasure"
            rule["archive"] = {
                "period": period,
                "ground": "legal_obligation",
                "access_restricted": True,
            }

        return change

    return [
        change(soft_opt_in),
        change(invoices_archived("20 years")),
        change(invoices_archived("2 years")),
        change(lambda doc: doc[d]["retention_rules"][3].update(period="1 year")),
        change(special_profile),
        change(to_the_us("dpf")),
        change(to_the_us("dpf", dpf_certified=False)),
        change(to_the_us("unknown", dpf_certified=True)),
        change(archive("archive_then_erasure")),
        change(archive("archive_then_erasure", period="7 years")),
        change(archive("archive_then_erasure", ground="other", access_restricted=False)),
        change(archive("erasure", period="7 years", ground="legal_claims")),
        change(dpo(False)),
        change(dpo(None)),
        change(lambda doc: doc["consultation"]["data_subjects"].update(sought=True)),
        change(
            lambda doc: doc["metadata"].update(
                assessment_date=dt.date(2026, 1, 5), review_date=dt.date(2025, 1, 5)
            )
        ),
        change(orphan),
        change(lower_profile),
        change(sub_processors),
        change(lambda doc: doc[d]["data_subjects"][3].update(vulnerable=True)),
        change(lambda doc: doc[d]["data_categories"][0].update(sources=[])),
        change(
            lambda doc: doc["purposes"][2]["legitimate_interest"].update(
                purpose_test={"outcome": "failed"}
            )
        ),
        change(lambda doc: doc["purposes"][2].update(data_categories=[])),
        change(
            lambda doc: doc["purposes"][0].update(transparency={"informed_at_collection": False})
        ),
        change(lambda doc: doc[d]["retention_rules"].pop(1)),
        change(prospects_contract),
        change(rights),
        change(lambda doc: doc["rights"].update(channels=[])),
        change(mismatch),
    ]


@pytest.fixture(scope="module")
def every_rule() -> list[tuple[Assessment, Any]]:
    """Assessments whose findings together cover every rule: generated ones plus variants."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generated

    docs = [generated(seed, risks=3) for seed in range(40)] + _variants()
    out = []
    for doc in docs:
        a = Assessment.model_validate(doc)
        out.append((a, assess(a)))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_has_a_title_message_remedy_and_reference(lang):
    said = speaker(lang)
    parts = (None, "message", "remedy", "reference")
    assert [(r, part) for r in RULES for part in parts if not said.has(r, part)] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_is_said_in_every_language(every_rule, lang):
    fired: set[str] = set()
    for a, res in every_rule:
        said = Speaker(lang, names_of(a))
        for f in res.findings:
            fired.add(f.id)
            words = said.finding(f)
            for text in (words.title, words.message, words.remedy, words.reference):
                assert text and "{" not in text and "None" not in text, (f.id, text)
    assert sorted(set(RULES) - fired) == []  # the test data reach every rule


def _scored_variants() -> list[Assessment]:
    """Maxiresponse changed so that the factors and titles `every_rule` misses are produced."""
    doc = document()
    d = doc["description"]
    next(r for r in d["recipients"] if r["id"] == "tcs").update(role="controller")
    d["transfers"][0].update(
        kind="onward_transfer",
        tool="art49_derogation",
        supplementary_measures=["Exports are pseudonymised"],
    )
    d["transfers"].append(
        {
            "id": "aws_keys",
            "recipient": "aws",
            "country": "IE",
            "kind": "storage",
            "data_protection": "encrypted_keys_in_eea",
        }
    )
    return [Assessment.model_validate(doc)] + [load(p) for p in ROOT.glob("data/*/assessment.yaml")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_factor_check_and_item_title_is_said_in_every_language(every_rule, lang):
    cases = every_rule + [(a, assess(a)) for a in _scored_variants()]
    said_codes: set[str] = set()
    for a, res in cases:
        said = Speaker(lang, names_of(a))
        for item in res.items:
            texts = [said.title(item.title)]
            for f in item.factors:
                factor = said.factor(f)
                texts += [factor.name, factor.reason, factor.reference]
                said_codes.add(f"factor-{f.code}")
            for c in item.checks:
                check = said.check(c)
                texts += [check.label, check.detail, check.reference]
            said_codes |= {f"check-{c.key}" for c in item.checks}
            said_codes.add(f"item_title-{item.title.kind}")
            for text in texts:
                assert text and "{" not in text and "None" not in text, (item.id, text)
        for line in res.risks:
            assert said.title(line.title)
            said_codes.add(f"item_title-{line.title.kind}")
    codes = [c for c in message_ids("en") if c.startswith(("factor-", "check-", "item_title-"))]
    assert sorted(set(codes) - said_codes) == []  # the test data reach every code


# --- security: analyst text is text --------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
STYLE = "<style>@import url(file:///etc/passwd)</style>"
CSS_URL = "url(file:///etc/passwd)"


def hostile() -> Assessment:
    doc = document()
    doc["metadata"]["title"] = f"Title {SCRIPT} {IMG}"
    doc["purposes"][0]["name"] = f"Purpose {STYLE} {IMG}"
    doc["description"]["data_categories"][0]["note"] = f"Note {CSS_URL} {SCRIPT}"
    doc["description"]["processing"] = f'Processing <a href="javascript:alert(1)">x</a> {STYLE}'
    return Assessment.model_validate(doc)


@pytest.mark.parametrize("lang", LANGS)
def test_analyst_text_is_escaped_everywhere(lang):
    html = render_html(hostile(), lang=lang)
    root = parse(html)
    assert list(root.iter("script")) == []
    assert len(list(root.iter("style"))) == 1  # the report's own stylesheet, in <head>
    assert [n.tag for n in root.iter() if any(k.startswith("on") for k in n.attrs)] == []
    assert [
        n.attrs["src"]
        for n in root.iter("img")
        if not n.attrs["src"].startswith("data:image/svg+xml;base64,")
    ] == []
    assert [n.attrs["href"] for n in root.iter("a") if not n.attrs["href"].startswith("#")] == []
    assert list(root.iter("link")) == []
    text = root.text()
    for attack in (SCRIPT, IMG, STYLE, CSS_URL):
        assert attack in text  # shown to the reader as the characters typed
    assert "&lt;script&gt;" in html
    assert "file:///etc/passwd" not in next(root.iter("style")).text()


def test_the_report_is_self_contained(dom, html):
    for lang, root in dom.items():
        assert list(root.iter("script")) == [] and list(root.iter("link")) == []
        urls = [v for n in root.iter() for k, v in n.attrs.items() if k in ("src", "href") and v]
        assert [u for u in urls if not (u.startswith("#") or u.startswith("data:"))] == []
        assert "http://" not in html[lang].split("<body>")[0]


# --- sign-off ------------------------------------------------------------------------------------


def test_a_stale_signoff_is_shown_after_a_change_and_not_before(maxi, result):
    from pia.signoff import sign

    blockers = {
        f.id: "Accepted for the pilot, with the transfer tool named by January."
        for f in result.findings
        if f.severity.value == "blocker"
    }
    signed = sign(
        maxi,
        name="A. Manager",
        role="CEO",
        decision="approve_with_conditions",
        conditions=["Name the transfer tool"],
        date=dt.date(2026, 11, 26),
        accept=blockers,
    )
    before = parse(render_html(signed, lang="en"))
    assert "stale" not in next(before.iter("html")).attrs["class"]
    block = words(before.find(id="chapter-signoff").text(" "))
    assert "Status: Recorded but not signed" in block and "STALE" not in block
    assert "26 November 2026" in block and "Name the transfer tool" in block
    assert [n for n in before.iter() if "stale" in (n.attrs.get("class") or "").split()] == []

    changed = signed.model_copy(deep=True)
    changed.metadata.title = "Maxiresponse, second version"
    for lang, stale_word in (("en", "STALE"), ("nl", "VEROUDERD")):
        after = parse(render_html(changed, lang=lang))
        assert "stale" in next(after.iter("html")).attrs["class"]
        cover = after.find(id="cover")
        assert [n for n in cover.iter("p") if "status-stale" in (n.attrs.get("class") or "")]
        assert catalog(lang).get("status.stale") in words(cover.text(" "))
        block = after.find(id="chapter-signoff")
        assert [n for n in block.iter("article") if "stale" in n.attrs["class"].split()]
        assert stale_word in words(block.text(" "))


# --- other assessments ---------------------------------------------------------------------------


def test_overrides_measures_and_the_ico_scale_render():
    doc = document()
    doc["metadata"]["method"] = "ico"
    doc["measures"] = [
        {
            "id": "m-encrypt",
            "title": "Encrypt with keys in the EEA",
            "kind": "technical",
            "owner": "CISO",
            "due": dt.date(2027, 3, 1),
            "status": "planned",
            "reduces_likelihood": 1,
        }
    ]
    doc["risks"] = [
        {
            "id": "r-transfer",
            "title": "Indian staff read the profiles",
            "concerns": ["tcs_india"],
            "measures": ["m-encrypt"],
            "severity_override": {
                "level": "significant",
                "rationale": "Profiles only, no payment data held.",
            },
        }
    ]
    a = Assessment.model_validate(doc)
    for lang in LANGS:
        root = parse(render_html(a, lang=lang))
        risk = chapter_text(root, "risk")
        assert "Profiles only, no payment data held." in risk
        assert "r-transfer" in risk and "m-encrypt" in risk
        plan = chapter_text(root, "measures")
        assert "CISO" in plan and catalog(lang).date(dt.date(2027, 3, 1)) in plan
        assert catalog(lang).scale_label("ico", "likelihood", "probable") in risk


def test_a_generated_assessment_with_200_risks_renders():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generated

    a = Assessment.model_validate(generated(7, risks=200))
    res = assess(a)
    root = parse(render_html(a, res, "nl"))
    rows = [
        n for n in root.find(id="chapter-risk").iter("tr") if "item" in (n.attrs.get("class") or "")
    ]
    assert len(rows) >= len(res.risks)


# --- snapshots: one per chapter and language, and the executive summary's text -------------------


def _normalised(html: str) -> str:
    return re.sub(
        r"data:image/svg\+xml;base64,[A-Za-z0-9+/=]+", "data:image/svg+xml;base64,…", html
    )


def _check_snapshot(path: Path, actual: str) -> None:
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path} did not exist; written now: review it, then run again")
    assert actual == path.read_text(encoding="utf-8"), f"{path} differs: `make snapshots`"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chapter", CHAPTER_TEMPLATES)
def test_chapter_snapshot(chapter, lang, reports):
    html = _normalised(render_chapter(reports[lang], chapter))
    _check_snapshot(SNAPSHOTS / "report" / lang / f"{chapter}.html", html)


def summary_text(root: Node) -> str:
    """The executive summary as a person reads it: one line per heading, paragraph, row or item."""
    lines: list[str] = []

    def walk(node: Node) -> None:
        if node.tag == "tr":
            cells = [words(c.text()) for c in node.children if isinstance(c, Node)]
            lines.append(" | ".join(cells))
        elif node.tag in ("h2", "h3", "p", "li"):
            lines.append(words(node.text()))
        else:
            for child in node.children:
                if isinstance(child, Node):
                    walk(child)

    walk(root.find(id="chapter-summary"))
    return "\n".join(line for line in lines if line) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_executive_summary_of_maxiresponse(lang, dom):
    text = summary_text(dom[lang])
    _check_snapshot(SNAPSHOTS / f"maxiresponse-summary-{lang}.txt", text)


def test_the_executive_summary_says_what_management_must_know(dom):
    text = summary_text(dom["en"])
    assert "approve, approve with conditions, or reject" in text
    assert "2 blocker findings are open" in text
    assert "Art. 36(1) GDPR" in text and "Required" in text
    assert "DPIA required: 5 of 9 WP248 criteria met" in text
    assert "TRF-001" in text


# --- the command line and the package ------------------------------------------------------------


def test_pia_report_writes_the_html(tmp_path, capsys):
    assert (
        main(
            [
                "report",
                str(MAXIRESPONSE),
                "--out",
                str(tmp_path),
                "--lang",
                "nl",
                "--format",
                "html",
            ]
        )
        == 0
    )
    out = tmp_path / "dpia-nl.html"
    assert capsys.readouterr().out.strip() == str(out)
    assert "Samenvatting voor het management" in out.read_text(encoding="utf-8")


def test_pia_report_rejects_an_unknown_format(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["report", str(MAXIRESPONSE), "--out", str(tmp_path), "--format", "odt"])
    assert exit_.value.code == 2


def test_write_report_names_its_files(tmp_path):
    files = write_report(MAXIRESPONSE, tmp_path, langs=("en", "nl"), formats=("html",))
    assert [f.name for f in files] == ["dpia-en.html", "dpia-nl.html"]
    with pytest.raises(ValueError, match="odt"):
        write_report(MAXIRESPONSE, tmp_path, formats=("odt",))


def test_the_view_model_is_immutable(reports):
    with pytest.raises(dataclasses.FrozenInstanceError):
        reports["en"].summary.decision = ()  # type: ignore[misc]


def test_import_pia_and_pia_report_stay_light():
    code = (
        "import sys, pia, pia.report; "
        "print(sorted(m for m in ('weasyprint', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"


def test_catalogue_words_put_into_css_cannot_leave_the_string():
    from pia.report.templates import css_string

    quoted = str(css_string('page"; } body { background: url(x) } </style><script>'))
    assert quoted.startswith('"') and quoted.endswith('"')
    assert '"' not in quoted[1:-1] and "<" not in quoted and "{" not in quoted


def test_an_unknown_language_is_refused(maxi, result):
    with pytest.raises(ValueError, match="unknown report language 'de'"):
        render_html(maxi, result, "de")


# --- the competent supervisory authority on the cover ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "label", "shown"),
    [
        ("en", "Competent supervisory authority (country)", "Belgium (BE)"),
        ("nl", "Bevoegde toezichthoudende autoriteit (land)", "België (BE)"),
        ("fr", "Autorité de contrôle compétente (pays)", "Belgique (BE)"),
    ],
)
def test_the_cover_shows_the_jurisdiction(reports, lang, label, shown):
    facts = {f.label: f for f in reports[lang].cover.facts}
    assert (facts[label].value, facts[label].missing) == (shown, False)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", "English, from sources in Dutch"),
        ("nl", "Engels, uit bronnen in het Nederlands"),
        ("fr", "anglais, à partir de sources en néerlandais"),
    ],
)
def test_the_cover_says_in_which_language_the_facts_were_recorded(reports, lang, shown):
    facts = {f.label: f for f in reports[lang].cover.facts}
    label = catalog(lang).get("labels.facts_language")
    assert (facts[label].value, facts[label].missing) == (shown, False)


def test_a_cover_without_the_language_of_the_facts_says_not_recorded(maxi):
    metadata = maxi.metadata.model_copy(update={"language": None, "documents": []})
    a = maxi.model_copy(update={"metadata": metadata})
    cover = build_report(a, assess(a), "fr").cover
    [fact] = [f for f in cover.facts if f.label == "Langue des faits consignés"]
    assert (fact.value, fact.missing) == ("non consignée", True)


@pytest.mark.parametrize("lang", LANGS)
def test_an_unknown_jurisdiction_is_shown_as_missing_on_the_cover(maxi, lang):
    metadata = maxi.metadata.model_copy(update={"jurisdiction": None})
    a = maxi.model_copy(update={"metadata": metadata})
    cover = build_report(a, assess(a), lang).cover
    cat = catalog(lang)
    [fact] = [f for f in cover.facts if f.label == cat.get("labels.jurisdiction")]
    assert (fact.value, fact.missing) == (cat.get("labels.not_recorded"), True)


def test_a_css_string_reads_back_as_the_text_it_was_made_from():
    """An escape ends at one space, so the space of "required? Screening" must not be eaten."""
    import tinycss2

    from pia.report.templates import css_string

    for text in ("Is a DPIA required? Screening", "“quoted” & <b> \\ 'x'", "a\tb", "ü é"):
        (token,) = [t for t in tinycss2.parse_component_value_list(str(css_string(text)))]
        assert token.type == "string" and token.value == text
