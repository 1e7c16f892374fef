"""The shipped data, validated once at build time, loaded without validating it again.

Validating the catalogue and the municipality files costs more than the rest of a command.
The shipped files never change after release, so `scripts/build_snapshot.py` validates
them with the full checks and writes their models as plain JSON (`snapshot.json` in the
package), together with the SHA-256 of every file it was built from. At run time a shipped
file is taken from the snapshot only when its bytes still have that hash; any edit (an
editable checkout, a patched installation) falls back to full validation. Nothing else is
read back from disk: no cache, no pickle. A test keeps the committed snapshot equal to a
fresh build, and CI runs that test on every change.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from ..domain import model
from ..paths import SNAPSHOT

FORMAT = 1


def digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@cache
def _snapshot() -> dict[str, Any] | None:
    try:
        document: dict[str, Any] = json.loads(SNAPSHOT.read_bytes())
    except (OSError, ValueError):
        return None
    return document if document.get("format") == FORMAT else None


def valid_for(paths: dict[str, Path]) -> dict[str, Any] | None:
    """The snapshot, when every named shipped file still has the hash it was built from."""
    snapshot = _snapshot()
    if snapshot is None:
        return None
    hashes = snapshot["files"]
    for name, path in paths.items():
        if hashes.get(name) is None or digest(path) != hashes[name]:
            return None
    return snapshot


# --- catalogue ---------------------------------------------------------------------------


def _ratio_out(ratio: model.Ratio) -> list[Any]:
    return [str(ratio.amount), ratio.per]


def _ratio_in(plain: list[Any]) -> model.Ratio:
    return model.Ratio(Decimal(plain[0]), plain[1])


def catalogue_to_plain(catalogue: model.Catalogue) -> dict[str, Any]:
    """A catalogue as JSON-ready data (decimals as strings, exactly)."""
    return {
        "schema_version": catalogue.schema_version,
        "pact_versions": [[v.version, v.year, v.name_nl, list(v.sources)] for v in catalogue.pact_versions],
        "werven": [
            [w.number, w.name_nl, w.name_en, w.theme_nl, w.theme_en, list(w.provincie_antwerpen)]
            for w in catalogue.werven
        ],
        "indicators": [
            {
                "key": i.key,
                "werf": i.werf,
                "pact": i.pact,
                "label_nl": i.label_nl,
                "label_en": i.label_en,
                "unit": i.unit,
                "ratio": _ratio_out(i.ratio),
                "basis": i.basis,
                "deadline": i.deadline,
                "rounding": i.rounding.value,
                "decimals": i.decimals,
                "sources": list(i.sources),
                "assumptions": list(i.assumptions),
                "headline": [str(i.headline.value), i.headline.stated, i.headline.source]
                if i.headline
                else None,
                "note_nl": i.note_nl,
                "note_en": i.note_en,
                "milestone": [i.milestone.year, _ratio_out(i.milestone.ratio)] if i.milestone else None,
                "goal": i.goal,
            }
            for i in catalogue.indicators
        ],
        "provincie_antwerpen_algemeen": list(catalogue.provincie_antwerpen_algemeen),
        "engagements": [
            {
                "key": e.key,
                "pact": e.pact,
                "text_nl": e.text_nl,
                "text_en": e.text_en,
                "sources": list(e.sources),
                "assumptions": list(e.assumptions),
                "rule": [
                    e.rule.kind,
                    str(e.rule.percent),
                    e.rule.from_year,
                    e.rule.base_year,
                    e.rule.target_year,
                ]
                if e.rule
                else None,
                "goal": e.goal,
            }
            for e in catalogue.engagements
        ],
        "support_source": catalogue.support_source,
        "sources": [
            [s.id, s.publisher, s.title, s.address, s.kind, s.consulted, s.dated] for s in catalogue.sources
        ],
        "assumptions": [[a.id, a.text_nl, a.text_en] for a in catalogue.assumptions],
        "goals": [[g.id, g.uri, g.label, list(g.sources)] for g in catalogue.goals],
        "reporting": [
            [r.id, r.date.isoformat(), r.kind, r.text_nl, r.text_en, list(r.sources), r.replaced_by]
            for r in catalogue.reporting
        ],
        "charging_scale": _scale_out(catalogue.charging_scale),
    }


def _scale_out(scale: model.ChargingScale | None) -> dict[str, Any] | None:
    if scale is None:
        return None
    return {
        "anchors": [
            [
                str(a.kw_from),
                list(a.currents),
                str(a.equivalents),
                None if a.kw_to is None else str(a.kw_to),
                None if a.kw_below is None else str(a.kw_below),
            ]
            for a in scale.anchors
        ],
        "semi_public": [str(scale.semi_public_factor), str(scale.semi_public_hours)],
        "public_hours": str(scale.public_hours),
        "sources": list(scale.sources),
        "assumptions": list(scale.assumptions),
    }


def _decimal_or_none(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _scale_in(plain: dict[str, Any] | None) -> model.ChargingScale | None:
    if plain is None:
        return None
    return model.ChargingScale(
        anchors=tuple(
            model.ChargingAnchor(
                Decimal(a[0]), tuple(a[1]), Decimal(a[2]), _decimal_or_none(a[3]), _decimal_or_none(a[4])
            )
            for a in plain["anchors"]
        ),
        semi_public_factor=Decimal(plain["semi_public"][0]),
        semi_public_hours=Decimal(plain["semi_public"][1]),
        public_hours=Decimal(plain["public_hours"]),
        sources=tuple(plain["sources"]),
        assumptions=tuple(plain["assumptions"]),
    )


def catalogue_from_plain(plain: dict[str, Any]) -> model.Catalogue:
    """The catalogue back from `catalogue_to_plain`."""
    indicators = []
    for i in plain["indicators"]:
        headline = i["headline"]
        milestone = i["milestone"]
        indicators.append(
            model.Indicator(
                key=i["key"],
                werf=i["werf"],
                pact=i["pact"],
                label_nl=i["label_nl"],
                label_en=i["label_en"],
                unit=i["unit"],
                ratio=_ratio_in(i["ratio"]),
                basis=i["basis"],
                deadline=i["deadline"],
                rounding=model.Rounding(i["rounding"]),
                decimals=i["decimals"],
                sources=tuple(i["sources"]),
                assumptions=tuple(i["assumptions"]),
                headline=model.Headline(Decimal(headline[0]), headline[1], headline[2]) if headline else None,
                note_nl=i["note_nl"],
                note_en=i["note_en"],
                milestone=model.Milestone(milestone[0], _ratio_in(milestone[1])) if milestone else None,
                goal=i["goal"],
            )
        )
    engagements = []
    for e in plain["engagements"]:
        rule = e["rule"]
        engagements.append(
            model.Engagement(
                key=e["key"],
                pact=e["pact"],
                text_nl=e["text_nl"],
                text_en=e["text_en"],
                sources=tuple(e["sources"]),
                assumptions=tuple(e["assumptions"]),
                rule=model.EngagementRule(rule[0], Decimal(rule[1]), rule[2], rule[3], rule[4])
                if rule
                else None,
                goal=e["goal"],
            )
        )
    return model.Catalogue(
        schema_version=plain["schema_version"],
        pact_versions=tuple(model.PactVersion(v[0], v[1], v[2], tuple(v[3])) for v in plain["pact_versions"]),
        werven=tuple(model.Werf(w[0], w[1], w[2], w[3], w[4], tuple(w[5])) for w in plain["werven"]),
        indicators=tuple(indicators),
        provincie_antwerpen_algemeen=tuple(plain["provincie_antwerpen_algemeen"]),
        engagements=tuple(engagements),
        sources=tuple(model.Source(*s) for s in plain["sources"]),
        assumptions=tuple(model.Assumption(*a) for a in plain["assumptions"]),
        support_source=plain["support_source"],
        goals=tuple(model.Goal(g[0], g[1], g[2], tuple(g[3])) for g in plain["goals"]),
        reporting=tuple(
            model.ReportingStep(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4], tuple(r[5]), r[6])
            for r in plain["reporting"]
        ),
        charging_scale=_scale_in(plain["charging_scale"]),
    )


# --- municipalities, mergers, deelgemeenten ------------------------------------------------


def municipalities_to_plain(rows: list[model.Municipality]) -> list[list[Any]]:
    """Gemeenten as JSON-ready rows."""
    return [
        [
            m.nis_code,
            m.name_nl,
            m.arrondissement_nis,
            m.arrondissement_nl,
            m.province_nis,
            m.province_nl,
            [[year, count] for year, count in sorted(m.population.items())],
            m.dwellings_census_2021,
            list(m.predecessor_nis_codes),
        ]
        for m in rows
    ]


def municipalities_from_plain(rows: list[list[Any]]) -> list[model.Municipality]:
    """Gemeenten back from `municipalities_to_plain`."""
    return [
        model.Municipality(r[0], r[1], r[2], r[3], r[4], r[5], dict(map(tuple, r[6])), r[7], tuple(r[8]))
        for r in rows
    ]


def mergers_to_plain(rows: list[model.Merger]) -> list[list[Any]]:
    """Merger rows as JSON-ready rows."""
    return [
        [
            m.old_nis_code,
            m.old_name_nl,
            m.old_arrondissement_nis,
            m.old_province_nis,
            m.new_nis_code,
            m.new_name_nl,
            m.merged_2025,
            m.effective_date.isoformat(),
        ]
        for m in rows
    ]


def mergers_from_plain(rows: list[list[Any]]) -> list[model.Merger]:
    """Merger rows back from `mergers_to_plain`."""
    return [model.Merger(r[0], r[1], r[2], r[3], r[4], r[5], r[6], date.fromisoformat(r[7])) for r in rows]


def parts_to_plain(rows: list[model.Deelgemeente]) -> list[list[str]]:
    """Deelgemeenten as JSON-ready rows."""
    return [[p.code, p.name_nl, p.nis_code, p.gemeente_nl] for p in rows]


def parts_from_plain(rows: list[list[str]]) -> list[model.Deelgemeente]:
    """Deelgemeenten back from `parts_to_plain`."""
    return [model.Deelgemeente(*r) for r in rows]
