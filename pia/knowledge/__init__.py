"""The packaged reference data of the DPIA method, as frozen pydantic models with lookups."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from importlib import resources
from typing import Annotated, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from pia import errors

RiskLevel = Literal["low", "medium", "high"]
SensitivityKey = Literal["standard", "highly_personal", "special_category", "criminal_offence"]
RetentionGroup = Literal[
    "customers", "prospects", "consent_only", "objected", "rights_requesters", "consent_records"
]
RetentionBound = Literal["maximum", "minimum"]
ArchiveGroundKey = Literal["legal_obligation", "legal_claims"]
PERIOD_PATTERN = r"^[1-9][0-9]* (days?|months?|years?)$"
Period = Annotated[str, StringConstraints(pattern=PERIOD_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1)]
Texts = tuple[Text, ...]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
_T = TypeVar("_T")
_Model = TypeVar("_Model", bound=BaseModel)


class KnowledgeError(errors.KnowledgeError):
    """A knowledge file is broken, or a lookup names an entry the knowledge base lacks."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        self.file, self.entry, self.problem = file, entry, problem
        super().__init__(f"{file}: {entry}: {problem}")


def _first(items: Iterable[_T], attr: str, value: str) -> _T | None:
    return next((item for item in items if getattr(item, attr) == value), None)


def _find(items: Iterable[_T], attr: str, value: str, file: str, what: str) -> _T:
    items = tuple(items)
    found = _first(items, attr, value)
    if found is None:
        known = ", ".join(str(getattr(item, attr)) for item in items)
        raise KnowledgeError(file, f"{what} {value!r}", f"not found; known: {known}")
    return found


class Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Sourced(Entry):
    source: Text = Field(description="Where the fact comes from (law, guideline, section).")
    verified: bool = Field(True, description="False where the fact is from recollection: check it.")
    note: Text | None = Field(None, description="What is uncertain, or how to read the entry.")

    @model_validator(mode="after")
    def _unverified_says_why(self) -> Sourced:
        if not self.verified and not self.note:
            raise ValueError("an entry with verified: false needs a note saying what to check")
        return self


class Item(Sourced):
    """An entry: a screening criterion, a national-list item, a factor, a step, a module. The
    screening criteria have no title here: the catalogues say it (label `criterion` of the key)."""

    id: str | None = None
    key: str
    title: Text | None = None
    description: Text | None = None
    examples: Texts = ()
    gdpr_references: Texts = ()


class Level(Sourced):
    """A level of a scale (severity, likelihood, data sensitivity); rank 1 is the lowest."""

    key: str
    label: Text
    rank: int = Field(ge=1)
    description: Text


class RiskMatrix(Sourced):
    basis: Text = Field(description="The banding rule that produced the levels.")
    levels: dict[str, tuple[RiskLevel, ...]] = Field(
        description="Severity key -> the risk level for each likelihood, in likelihood rank order."
    )


class Scale(Sourced):
    key: str
    label: Text
    severity: tuple[Level, ...] = Field(min_length=2)
    likelihood: tuple[Level, ...] = Field(min_length=2)
    matrix: RiskMatrix

    @model_validator(mode="after")
    def _complete(self) -> Scale:
        for axis in (self.severity, self.likelihood):
            if [level.rank for level in axis] != list(range(1, len(axis) + 1)):
                raise ValueError(f"ranks must run 1..{len(axis)} in order")
        if list(self.matrix.levels) != [level.key for level in self.severity]:
            raise ValueError("matrix rows must be the severity keys, in rank order")
        if any(len(row) != len(self.likelihood) for row in self.matrix.levels.values()):
            raise ValueError("every matrix row needs one level per likelihood level")
        return self

    def severity_level(self, key: str) -> Level:
        return _find(self.severity, "key", key, "scales.yaml", f"{self.key} severity")

    def likelihood_level(self, key: str) -> Level:
        return _find(self.likelihood, "key", key, "scales.yaml", f"{self.key} likelihood")

    def level(self, severity: str, likelihood: str) -> RiskLevel:
        """The risk level of a (severity, likelihood) pair of level keys, read from the matrix."""
        row = self.matrix.levels[self.severity_level(severity).key]
        return row[self.likelihood_level(likelihood).rank - 1]


class Scales(Entry):
    default_method: str
    methods: tuple[Scale, ...]


class Statement(Sourced):
    description: Text


class Wp248(Entry):
    document: Text
    source: Text
    likely_required_threshold: int = Field(ge=1, description="Criteria met for a likely DPIA.")
    decision_rule: Statement
    criteria: tuple[Item, ...]
    large_scale_factors: tuple[Item, ...]
    deleted_draft_criteria: tuple[Item, ...] = ()


class BelgianList(Entry):
    country: Code = Field(
        description="The country of the supervisory authority whose Art. 35(4) list this is: it "
        "applies only to assessments whose `metadata.jurisdiction` is this country."
    )
    authority: Text
    source: Text
    published: Text
    decision: Statement
    items: tuple[Item, ...]


class LegalBasis(Sourced):
    """A legal basis of Art. 6(1); its label is the catalogues' `legal_basis` of the key."""

    key: str
    letter: Literal["a", "b", "c", "d", "e", "f"]
    article: Text
    description: Text
    conditions: Texts
    required_records: Texts
    right_to_object: bool = Field(description="Does the Art. 21(1) right to object apply?")
    notes: Texts = ()


class LegalBases(Entry):
    bases: tuple[LegalBasis, ...]


class EeaPart(Entry):
    """An EEA member state, or a part of an EU member state with an ISO code of its own."""

    code: Code
    name: Text
    membership: Literal["eu", "efta_eea"]
    part_of: Code | None = None
    source: Text | None = None
    verified: bool = True
    note: Text | None = None


class Eea(Entry):
    source: Text
    members: tuple[EeaPart, ...]
    territories: tuple[EeaPart, ...] = ()


class AdequacyDecision(Sourced):
    code: Code
    decision: Text
    adopted: dt.date
    coverage: Literal["whole", "partial"] = Field(description="Partial: only those in `scope`.")
    scope: Text
    transfer_tool: Literal["adequacy_decision", "dpf"] = "adequacy_decision"


class Exposure(Sourced):
    code: Code
    exposure: RiskLevel = Field(description="How far public authorities reach transferred data.")
    reasons: Texts = Field(min_length=1)


class ParentLaw(Sourced):
    key: str
    parent_country: Code
    law: Text
    reach: Text = Field(description="How the law reaches data held by the parent's group.")


class Country(Entry):
    """Everything the knowledge base says about one ISO 3166-1 alpha-2 code."""

    code: Code
    name: Text
    eu: bool
    eea: bool
    adequacy: AdequacyDecision | None
    public_authority_access: Exposure | None
    laws_via_parent: tuple[ParentLaw, ...] = Field(description="Laws that reach a group from here.")


class Countries(Entry):
    names_source: Text
    names: dict[Code, Text]
    eea: Eea
    adequacy: tuple[AdequacyDecision, ...]
    public_authority_access_basis: Text = Field(description="What the exposure levels mean.")
    public_authority_access: tuple[Exposure, ...]
    laws_reaching_through_parent: tuple[ParentLaw, ...]


class DataKind(Sourced):
    """A kind of personal data; its label is the catalogues' `data_kind` of the key."""

    key: str
    examples: Texts = ()
    default_sensitivity: SensitivityKey
    reason: Text


class DataSensitivity(Entry):
    levels: tuple[Level, ...]
    kinds: tuple[DataKind, ...]


class RetentionReference(Sourced):
    id: str
    group: RetentionGroup | None = Field(None, description="Whose data; None for legal archives.")
    covers: Text
    period: Period = Field(description="How long, e.g. `3 years`.")
    starts: Text = Field(description="The event that starts the period.")
    bound: RetentionBound = Field(
        "maximum",
        description="How the period is read: `maximum`, keep the data no longer unless it is "
        "necessary (a benchmark, or the end of a ground for keeping them); `minimum`, keep them "
        "at least this long, because a shorter period defeats what the period protects.",
    )
    why_minimum: Text | None = Field(
        None, description="For a minimum: what a shorter period defeats (required, and only there)."
    )
    notes: Texts = ()

    @model_validator(mode="after")
    def _minimum_says_why(self) -> RetentionReference:
        if (self.bound == "minimum") != (self.why_minimum is not None):
            raise ValueError("`why_minimum` is required for a minimum period, and only there")
        return self


class LegalArchivePeriod(RetentionReference):
    """A period the law sets for records kept in a restricted archive after active use."""

    country: Code = Field(
        description="The country whose law sets the period: it is compared only with assessments "
        "whose `metadata.jurisdiction` is this country."
    )
    ground: ArchiveGroundKey = Field(
        description="The archive ground it serves: a legal duty to keep (Art. 17(3)(b)) or the "
        "defence of legal claims (Art. 17(3)(e))."
    )
    data_kinds: tuple[str, ...] = Field(
        (),
        description="The data-category kinds the records hold; an archive is compared with the "
        "period only when its rule keeps one of them. Empty: never compared.",
    )


class Retention(Entry):
    references: tuple[RetentionReference, ...]
    archives: tuple[LegalArchivePeriod, ...] = ()


class TransferTool(Sourced):
    """A Chapter V transfer tool; its label is the catalogues' `transfer_tool` of the key."""

    key: str
    article: Text
    description: Text
    needs_transfer_impact_assessment: bool
    notes: Texts = ()


class SccModule(Item):
    module: int = Field(ge=1, le=4)


class TransferStep(Item):
    records: Texts = Field(min_length=1, description="What the assessment must record.")


class TransferTools(Entry):
    tools: tuple[TransferTool, ...]
    scc_modules: tuple[SccModule, ...]
    edpb_steps: tuple[TransferStep, ...]


class Knowledge(Entry):
    """All packaged reference data; every lookup raises `KnowledgeError` for an unknown key."""

    scales: Scales
    wp248: Wp248
    belgian_list: BelgianList
    legal_bases: LegalBases
    countries: Countries
    data_sensitivity: DataSensitivity
    retention: Retention
    transfer_tools: TransferTools

    def scale(self, method: str | None = None) -> Scale:
        """The scale of a risk method (`cnil`, `ico`); the default method when None."""
        key = self.scales.default_method if method is None else method
        return _find(self.scales.methods, "key", key, "scales.yaml", "method")

    def country(self, code: str) -> Country:
        """What is known about a country, by ISO 3166-1 alpha-2 code (`BE`, `IN`)."""
        c = self.countries
        if code not in c.names:
            problem = "not an ISO 3166-1 alpha-2 code"
            raise KnowledgeError("countries.yaml", f"country {code!r}", problem)
        part = _first((*c.eea.members, *c.eea.territories), "code", code)
        return Country(
            code=code,
            name=c.names[code],
            eu=part is not None and part.membership == "eu",
            eea=part is not None,
            adequacy=_first(c.adequacy, "code", code),
            public_authority_access=_first(c.public_authority_access, "code", code),
            laws_via_parent=tuple(
                law for law in c.laws_reaching_through_parent if law.parent_country == code
            ),
        )

    def is_eea(self, code: str) -> bool:
        return self.country(code).eea

    def adequacy(self, code: str) -> AdequacyDecision | None:
        return self.country(code).adequacy

    def criterion(self, key: str) -> Item:
        """A WP248 criterion by key (`large_scale`) or id (`WP248-5`)."""
        attr = "id" if key.startswith("WP248-") else "key"
        return _find(self.wp248.criteria, attr, key, "wp248.yaml", "criterion")

    def legal_basis(self, key: str) -> LegalBasis:
        return _find(self.legal_bases.bases, "key", key, "legal_bases.yaml", "legal basis")

    def retention_reference(self, group: str) -> RetentionReference:
        return _find(self.retention.references, "group", group, "retention.yaml", "group")

    def legal_archive_periods(
        self, ground: str, data_kinds: Iterable[str], country: str | None
    ) -> tuple[LegalArchivePeriod, ...]:
        """The legal archive periods of this ground (`legal_obligation`) for any of these kinds,
        set by the law of `country` (the assessment's jurisdiction); none when it is unknown."""
        kinds = set(data_kinds)
        return tuple(
            entry
            for entry in self.retention.archives
            if entry.country == country and entry.ground == ground and kinds & set(entry.data_kinds)
        )

    def transfer_tool(self, key: str) -> TransferTool:
        return _find(self.transfer_tools.tools, "key", key, "transfer_tools.yaml", "transfer tool")

    def data_kind(self, kind: str) -> DataKind:
        return _find(self.data_sensitivity.kinds, "key", kind, "data_sensitivity.yaml", "data kind")

    def sensitivity_of(self, kind: str) -> Level:
        """The default sensitivity level of a data-category kind (`location` -> highly_personal)."""
        key = self.data_kind(kind).default_sensitivity
        return _find(self.data_sensitivity.levels, "key", key, "data_sensitivity.yaml", "level")


FILES: dict[str, tuple[str, type[Entry]]] = {
    "scales": ("scales.yaml", Scales),
    "wp248": ("wp248.yaml", Wp248),
    "belgian_list": ("belgian_list.yaml", BelgianList),
    "legal_bases": ("legal_bases.yaml", LegalBases),
    "countries": ("countries.yaml", Countries),
    "data_sensitivity": ("data_sensitivity.yaml", DataSensitivity),
    "retention": ("retention.yaml", Retention),
    "transfer_tools": ("transfer_tools.yaml", TransferTools),
}


def read_text(name: str) -> str:
    """The text of a packaged knowledge file."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def read_file(name: str, text: str, model: type[_Model]) -> _Model:
    """Parse and validate one knowledge file; any problem becomes a `KnowledgeError` naming it.

    ruamel's C parser is used when `ruamel.yaml.clib` is installed (a ruamel.yaml dependency on
    CPython): same YAML 1.2 resolver and the same data as `pure=True` (tested), six times faster,
    which keeps the load under 50 ms. Without it ruamel falls back to the pure parser.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe", pure=False).load(text)
    except YAMLError as exc:
        raise KnowledgeError(name, "(file)", f"not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        entry = ".".join(str(part) for part in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise KnowledgeError(name, entry, f"{first['msg']}{more}") from exc


@functools.cache
def load_knowledge() -> Knowledge:
    """Read and validate every packaged knowledge file once; later calls return the same object."""
    parts = {attr: read_file(name, read_text(name), model) for attr, (name, model) in FILES.items()}
    return Knowledge(**parts)
