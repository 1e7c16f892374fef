"""The site built once per test session, in both languages, on a fixed date (SOURCE_DATE_EPOCH),
into a temporary folder: the browser tests and the file tests read the same files."""

from __future__ import annotations

from pathlib import Path

import pytest

from lekp_calc import Lekp

EPOCH = "1780000000"  # 28 May 2026, 20:26:40 UTC


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the shipped data, without realisations, Dutch at the root and English in en/."""
    folder = tmp_path_factory.mktemp("site") / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        Lekp().site(lang=["nl", "en"]).write(folder)
    return folder
