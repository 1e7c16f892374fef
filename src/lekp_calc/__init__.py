"""lekp: calculator for the Flemish Lokaal Energie- en Klimaatpact (LEKP).

The library computes each gemeente's LEKP targets from the pact's ratios and real
population figures. The public API is re-exported here and imported lazily, so that
`import lekp_calc` stays cheap for the command line::

    from lekp_calc import load_catalogue, load_municipalities, compute_targets
    catalogue = load_catalogue()
    data = load_municipalities()
    mol = data.resolve("Mol").municipality
    rows = compute_targets(catalogue, "2.1", subject_for(mol, data.latest_year))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it; resolved on first attribute access (PEP 562).
_EXPORTS = {
    "Catalogue": "models",
    "Indicator": "models",
    "Municipality": "models",
    "MunicipalityData": "municipalities",
    "Rounding": "choices",
    "Subject": "compute",
    "TargetRow": "compute",
    "compute_targets": "compute",
    "subject_for": "compute",
    "custom_subject": "compute",
    "load_catalogue": "catalogue",
    "load_municipalities": "municipalities",
    "LekpError": "errors",
    "DataError": "errors",
    "InputError": "errors",
    "Problem": "errors",
}

__all__ = [
    "Catalogue",
    "DataError",
    "Indicator",
    "InputError",
    "LekpError",
    "Municipality",
    "MunicipalityData",
    "Problem",
    "Rounding",
    "Subject",
    "TargetRow",
    "__version__",
    "compute_targets",
    "custom_subject",
    "load_catalogue",
    "load_municipalities",
    "subject_for",
]

if TYPE_CHECKING:
    from .catalogue import load_catalogue
    from .choices import Rounding
    from .compute import Subject, TargetRow, compute_targets, custom_subject, subject_for
    from .errors import DataError, InputError, LekpError, Problem
    from .models import Catalogue, Indicator, Municipality
    from .municipalities import MunicipalityData, load_municipalities


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lekp_calc' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value
