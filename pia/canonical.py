"""The canonical content of an assessment: the text whose SHA-256 a sign-off records.

Canonical form 2 (this version) holds what the analyst recorded, and only that:

- left out: a field that is unset or unknown (`null`), an empty list, and a section the model
  creates by itself when it is absent (`purposes[].transparency`, `consultation.data_subjects`...)
  that holds nothing after this rule. So a version of pia that gains a question (a field that
  defaults to `null`, an empty list or such a section) leaves the hash of every existing
  assessment, and so every sign-off, as it was;
- kept: every other value, whether the file writes it or the model supplies it as a default:
  `false`, `0`, `unknown` where the field is an enumeration, `metadata.method: cnil`,
  `metadata.version: "0.1"`. A non-empty default is an answer that the scores, findings and report
  read: `method` picks the scale every level is read from, `tool: unknown` raises TRF-001. Were a
  later pia to change such a default, what the signatory approved would change, and the sign-off
  must go stale. Whether a value was typed or defaulted cannot matter: the hash is of the answers,
  not of the file;
- kept too: an empty section where the field otherwise means "none" (`objection: {}` or
  `soft_opt_in: {}` in place of no objection path or no soft opt-in claimed): the findings read
  the two differently;
- not content: the sign-offs themselves and the workflow status (`metadata.status`, so marking a
  signed assessment `final` keeps the sign-off); nor anything derived (scores, findings).

The content is the validated model serialised by pydantic in JSON mode (dates `YYYY-MM-DD`,
enumerations and periods as their text), written as JSON with sorted keys, no whitespace between
tokens and UTF-8 text, so YAML layout, comments, quoting, key order and the padding of texts do not
count. The order of lists does: it is part of what was written.

A sign-off records the form its hash was taken in (`SignOff.canonical_form`). Only a hash in this
form can be checked: a sign-off in another form, or recorded before forms were numbered, must be
signed again (`pia.signoff`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, cast

from pydantic import TypeAdapter
from pydantic.fields import FieldInfo

from pia.model import Assessment, Record

CANONICAL_FORM = 2
# Not content (see above).
NOT_CONTENT: dict[str, Any] = {"signoffs": True, "metadata": {"status"}}


def canonical_content(assessment: Assessment) -> dict[str, Any]:
    """The assessment's recorded answers as plain JSON data, in canonical form 2."""
    dumped = assessment.model_dump(mode="json", exclude=NOT_CONTENT)
    return cast(dict[str, Any], _recorded(assessment, dumped))


def canonical_text(content: Any) -> str:
    """JSON with sorted keys and no whitespace between tokens: the text that is hashed."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(assessment: Assessment) -> str:
    """The SHA-256 (hex) of the assessment's canonical content in the current form."""
    text = canonical_text(canonical_content(assessment))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_is_content(field: FieldInfo) -> bool:
    """Is the field's default part of the canonical content (so adding the field to the model
    would change the hash of every assessment)? False for a required field."""
    if field.is_required():
        return False
    default = field.get_default(call_default_factory=True)
    dumped = TypeAdapter(Any).dump_python(default, mode="json")
    return not _unrecorded(_recorded(default, dumped), field)


def _recorded(node: Any, dumped: Any) -> Any:
    """`dumped` (the JSON dump of `node`) without what is not recorded; see the module doc."""
    if isinstance(node, Record):
        content = {}
        for name, field in type(node).model_fields.items():
            if name not in dumped:  # not content
                continue
            value = _recorded(getattr(node, name), dumped[name])
            if not _unrecorded(value, field):
                content[name] = value
        return content
    if isinstance(node, list):
        return [_recorded(item, value) for item, value in zip(node, dumped, strict=True)]
    return dumped


def _unrecorded(value: Any, field: FieldInfo) -> bool:
    """Null, an empty list, or an empty section that the model would create if it were absent."""
    if value is None or value == []:
        return True
    return value == {} and field.default_factory is not None
