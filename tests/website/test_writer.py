"""Writing a site (site/writer.py): into a missing, empty or lekp's own folder only, whole or not at all."""

from __future__ import annotations

import pytest

from lekp_calc.errors import OutputError
from lekp_calc.site import MARKER
from lekp_calc.site.writer import write_site


class Failing(dict):
    """A site whose last file cannot be made."""

    def __getitem__(self, path):
        if path == "zz/last.html":
            raise OSError(28, "No space left on device")
        return super().__getitem__(path)


def files(text="one"):
    return {MARKER: b"lekp site\n", "index.html": text.encode(), "gemeente/mol.html": b"<p>Mol</p>"}


def test_a_missing_folder_is_made(tmp_path):
    write_site(files(), tmp_path / "site")
    assert (tmp_path / "site" / "gemeente" / "mol.html").read_bytes() == b"<p>Mol</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # nothing left beside it


def test_an_empty_folder_is_filled(tmp_path):
    (tmp_path / "site").mkdir()
    write_site(files(), tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text() == "one"


def test_a_site_lekp_wrote_is_replaced_whole(tmp_path):
    target = tmp_path / "site"
    write_site({**files(), "old.html": b"gone"}, target)
    write_site(files("two"), target)
    assert (target / "index.html").read_text() == "two"
    assert not (target / "old.html").exists()  # replaced as a whole, not merged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_folder_with_other_content_is_refused_and_untouched(tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputError) as refused:
        write_site(files(), target)
    assert refused.value.key == "err.site_not_ours"
    assert (target / "thesis.docx").read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_a_file_is_refused(tmp_path):
    target = tmp_path / "site"
    target.write_text("a file")
    with pytest.raises(OutputError) as refused:
        write_site(files(), target)
    assert refused.value.key == "err.site_not_folder"


def test_a_missing_parent_is_refused(tmp_path):
    with pytest.raises(OutputError) as refused:
        write_site(files(), tmp_path / "no" / "site")
    assert refused.value.key == "err.output_no_folder"


def test_a_failure_leaves_the_old_site_as_it_was(tmp_path):
    target = tmp_path / "site"
    write_site(files("old"), target)
    broken = Failing({**files("new"), "zz/last.html": b""})
    with pytest.raises(OutputError):
        write_site(broken, target)
    assert (target / "index.html").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # the half-written one is gone


def test_a_path_outside_the_folder_is_never_written(tmp_path):
    with pytest.raises(ValueError):
        write_site({**files(), "../escape.html": b"x"}, tmp_path / "site")
    assert not (tmp_path / "escape.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
