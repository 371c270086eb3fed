"""Generated assessments for benchmarks: varied, valid, and reproducible from a seed."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
MAXIRESPONSE = ROOT / "data" / "maxiresponse" / "assessment.yaml"

_COUNTRIES = ["BE", "IE", "DE", "FR", "NL", "IN", "US", "PH", "CH", "JP", "GB", "UA"]
_TOOLS = ["unknown", "none", "scc_2021_914", "bcr", "adequacy_decision", "art49_derogation"]
_PROTECTION = ["unknown", "clear_text", "encrypted_keys_in_eea", "pseudonymised"]
_PERIODS = [None, "6 months", "1 year", "3 years", "10 years"]


def base_document() -> dict[str, Any]:
    return YAML(typ="safe", pure=False).load(MAXIRESPONSE.read_text(encoding="utf-8"))


def generated(seed: int, base: dict[str, Any] | None = None, risks: int = 0) -> dict[str, Any]:
    """A variation of the Maxiresponse answers: other countries, tools, periods, flags, risks."""
    rnd = random.Random(seed)
    doc = copy.deepcopy(base or base_document())
    doc["metadata"]["method"] = rnd.choice(["cnil", "ico"])
    for purpose in doc["purposes"]:
        purpose["profiling"] = rnd.random() < 0.5
        purpose["direct_marketing"] = rnd.random() < 0.5
    for transfer in doc["description"].get("transfers", []):
        transfer["country"] = rnd.choice(_COUNTRIES)
        transfer["tool"] = rnd.choice(_TOOLS)
        transfer["data_protection"] = rnd.choice(_PROTECTION)
    for rule in doc["description"].get("retention_rules", []):
        period = rnd.choice(_PERIODS)
        if period is None:
            rule.pop("period", None)
        else:
            rule["period"] = period
    ids = [p["id"] for p in doc["purposes"]]
    ids += [t["id"] for t in doc["description"].get("transfers", [])]
    ids += [r["id"] for r in doc["description"].get("retention_rules", [])]
    doc["measures"] = [
        {
            "id": f"m{i}",
            "title": f"Measure {i}",
            "kind": "technical",
            "status": "planned",
            "reduces_likelihood": rnd.randint(0, 2),
            "reduces_severity": rnd.randint(0, 1),
        }
        for i in range(max(1, risks // 2))
    ]
    doc["risks"] = [
        {
            "id": f"r{i}",
            "title": f"Risk {i}",
            "concerns": [rnd.choice(ids)],
            "measures": [f"m{rnd.randrange(len(doc['measures']))}"],
        }
        for i in range(risks)
    ]
    return doc
