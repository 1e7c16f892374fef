"""lekp: calculator for the Flemish Lokaal Energie- en Klimaatpact (LEKP).

The library computes each gemeente's LEKP targets from the pact's ratios and real
population figures, sums them over groups, follows realisations against them, and checks
the data files. It never prints. Start with `Lekp`::

    from lekp_calc import Lekp

    lekp = Lekp()
    result = lekp.targets(["Mol"], werf=2)
    for record in result.records():
        print(record["indicator"], record["target_exact"], record["target"])

The names below are imported on first use (PEP 562), so that `import lekp_calc` stays
cheap for the command line. The full API, with an example per call, is in docs/api.md.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

# name -> module that defines it
_EXPORTS = {
    "Lekp": "api",
    "check_files": "api",
    "CheckReport": "check.checks",
    "Problem": "check.problems",
    "Code": "check.codes",
    "Severity": "check.codes",
    "LekpError": "errors",
    "InputError": "errors",
    "UsageError": "errors",
    "DataError": "errors",
    "OutputError": "errors",
    "Rounding": "domain.model",
    "Territory": "domain.model",
    "Per": "domain.aggregate",
    "load_catalogue": "datafiles.load",
    "load_municipalities": "datafiles.load",
    "load_realisations": "datafiles.load",
    "load_baseline": "datafiles.load",
}

__all__ = [
    "CheckReport",
    "Code",
    "DataError",
    "InputError",
    "Lekp",
    "LekpError",
    "OutputError",
    "Per",
    "Problem",
    "Rounding",
    "Severity",
    "Territory",
    "UsageError",
    "__version__",
    "check_files",
    "load_baseline",
    "load_catalogue",
    "load_municipalities",
    "load_realisations",
]

if TYPE_CHECKING:
    from .api import Lekp, check_files
    from .check.checks import CheckReport
    from .check.codes import Code, Severity
    from .check.problems import Problem
    from .datafiles.load import load_baseline, load_catalogue, load_municipalities, load_realisations
    from .domain.aggregate import Per
    from .domain.model import Rounding, Territory
    from .errors import DataError, InputError, LekpError, OutputError, UsageError


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lekp_calc' has no attribute {name!r}")
    value = getattr(import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value
