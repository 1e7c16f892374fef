"""Class 15: the one error line is right, short and located.

An unreadable input (a folder; a file without permission, where permissions apply) is a data
error (F106, exit 1), not a usage error of the option parser. A 10 MB single-line file or a
10 MB gemeente argument gives a line shorter than 400 characters. A NUL byte gets its line
number; a UTF-16 file is called UTF-16, not Latin-1. A file name longer than the system
allows is one line too, in every reader and in `lekp check`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import assert_check_fails, assert_refused, error_line, readers, run_lekp
from .hostile import KINDS, SUFFIX, Hostile, encodings, nul_bytes

TEN_MB = 10 * 1024 * 1024


@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_is_a_data_error(lekp, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / f"folder{SUFFIX.get(kind, '.csv')}"
    folder.mkdir()
    for args in readers(kind, folder):
        line = assert_refused(lekp, args, tmp_path, path=folder, code="F106")
        assert line.startswith(f"lekp: fout: {folder}: F106 "), line
    run = lekp("check", folder)
    assert run.exit_code == 1
    assert run.stdout.startswith(f"{folder}: error F106 ")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file without read permission")
@pytest.mark.parametrize("kind", KINDS)
def test_a_file_without_permission_is_a_data_error(lekp, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"secret{SUFFIX.get(kind, '.csv')}"
    path.write_text("whatever\n", encoding="utf-8")
    path.chmod(0)
    try:
        for args in readers(kind, path):
            assert_refused(lekp, args, tmp_path, path=path, code="F106")
        assert_check_fails(lekp, path, "F106", None)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("kind", KINDS)
def test_a_name_too_long_for_the_system_is_one_line(lekp, tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("x" * 300 + SUFFIX.get(kind, ".csv"))
    for args in readers(kind, path):
        assert_refused(lekp, args, tmp_path, path=path, code="F106")
    run = lekp("check", path)
    assert "Traceback" not in run.stderr
    assert run.exit_code == 1
    assert run.stdout.startswith(f"{path}: error F106 "), run.stdout


SINGLE_LINES = {
    "municipalities": "nis_code," + "x" * TEN_MB + "\n",
    "realisations value": "indicator,jaar,waarde\nbomen,2022," + "1" * TEN_MB + "\n",
    "realisations remark": 'indicator,jaar,waarde,opmerking\nbomen,2022,1,"' + "a" * TEN_MB + '"\n',
    "baseline": "grootheid,jaar,waarde\n" + "co2" * (TEN_MB // 3) + ",2015,1\n",
    "no newline at all": "x" * TEN_MB,
}


@pytest.mark.parametrize("name", list(SINGLE_LINES))
def test_a_10_mb_line_gives_a_short_error(lekp, tmp_path: Path, name: str) -> None:
    path = tmp_path / "long.csv"
    path.write_text(SINGLE_LINES[name], encoding="utf-8")
    for kind in ("municipalities", "realisations", "baseline"):
        args = readers(kind, path)[0]  # one reader per kind: each reads the 10 MB again
        line = assert_refused(lekp, args, tmp_path, path=path)
        assert len(line) < 400, line[:500]
    run = lekp("check", path)
    assert run.exit_code == 1
    assert all(len(row) < 400 for row in run.stdout.splitlines())


def test_a_10_mb_gemeenten_list_line_gives_a_short_error(lekp, tmp_path: Path) -> None:
    path = tmp_path / "lijst.txt"
    path.write_text("Mol\n" + "M" * TEN_MB + "\n", encoding="utf-8")
    for args in readers("gemeenten", path):
        line = assert_refused(lekp, args, tmp_path, path=path, code="G801", line=2)
        assert len(line) < 400
    assert_check_fails(lekp, path, "G801", 2)


def test_a_10_mb_yaml_line_gives_a_short_error(lekp, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.yaml"
    path.write_text("schema_version: 1\nnote: " + "x" * TEN_MB + "\n", encoding="utf-8")
    for args in readers("catalogue", path):
        line = assert_refused(lekp, args, tmp_path, path=path)
        assert len(line) < 400


HUGE = "M" * TEN_MB
BIG = "M" * (TEN_MB // 10)  # 1 MB: the same code path, a tenth of the time


@pytest.mark.parametrize(
    "args",
    [
        ["targets", "-g", HUGE],
        ["compare", "-g", "Mol", "-g", HUGE],
        ["summary", "-g", BIG],
        ["trajectory", "-g", BIG],
        ["targets", "-p", BIG],
        ["targets", "-g", "Mol", "--pact", HUGE],
        ["targets", "-g", "Mol", "--format", HUGE],
        ["targets", "-g", "Mol", "--" + BIG],
        [BIG],
    ],
    ids=lambda args: " ".join(a if len(a) < 20 else "HUGE" for a in args),
)
def test_a_10_mb_argument_gives_a_short_error(lekp, args: list[str]) -> None:
    run = lekp(*args)
    assert run.exit_code in (1, 2)
    assert len(error_line(run, run.exit_code)) < 400


@pytest.mark.parametrize(
    "args",
    [
        ["targets", "-g", "Mol", "-f", "csv", "-o", BIG],
        ["targets", "-g", "Mol", "--municipalities", BIG],
    ],
    ids=["-o", "--municipalities"],
)
def test_a_huge_file_name_gives_a_short_error(lekp, args: list[str]) -> None:
    # A name is echoed whole up to 500 characters (a deep path beyond NAME_MAX still reads whole,
    # see the test above); a 1 MB name by its first and last 249 characters around an ellipsis.
    run = lekp(*args)
    line = error_line(run)
    assert len(line) < 700 and "M…M" in line


def _remove_working_folder() -> None:
    os.rmdir(os.getcwd())


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "ABSENT.csv"], ["targets", "-g", "Mol", "-f", "csv"]],
    ids=" ".join,
)
def test_a_removed_working_folder_is_no_traceback(tmp_path: Path, args: list[str]) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    run = run_lekp(args, cwd=gone, preexec_fn=_remove_working_folder)
    assert not gone.exists()
    assert b"Traceback" not in run.stderr, run.stderr
    if args == ["check", "ABSENT.csv"]:
        assert run.returncode == 1
        assert run.stdout.decode().startswith("ABSENT.csv: error F101 ")
    else:
        assert run.returncode == 0, run.stderr


def test_a_10_mb_query_gives_a_short_note(lekp) -> None:
    run = lekp("gemeenten", HUGE, "-f", "csv")
    assert run.exit_code == 0
    assert all(len(line) < 700 for line in run.stderr.splitlines())


@pytest.mark.parametrize("case", list(nul_bytes()), ids=lambda case: case.id)
def test_a_nul_byte_gets_its_line(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    assert_check_fails(lekp, path, case.code, case.line)
    for args in readers(case.kind, path):
        assert_refused(lekp, args, tmp_path, path=path, code=case.code, line=case.line)


@pytest.mark.parametrize("case", list(encodings()), ids=lambda case: case.id)
def test_utf16_is_called_utf16(lekp, tmp_path: Path, case: Hostile) -> None:
    path = case.write(tmp_path)
    assert_check_fails(lekp, path, case.code, case.line)
    latin1 = case.id.endswith("latin-1")
    for args in readers(case.kind, path):
        line = assert_refused(lekp, args, tmp_path, path=path, code=case.code, line=case.line)
        assert ("UTF-16" in line) != latin1, line
        assert ("Latin-1" in line) == latin1, line


# --- no library speaks to the user in its own words -------------------------------------------

# Phrases of the libraries lekp reads with (csv, PyYAML, tomllib, the system's strerror): none may
# reach a Dutch or English message untranslated.
LIBRARY_WORDS = (
    "unexpected end of data", "expected after", "new-line character", "mapping values", "while scanning",
    "while parsing", "could not find", "found character", "cannot start any token", "expected <block end>",
    "Permission denied", "No such file", "File name too long", "Is a directory", "Invalid value",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "nl", "en"),
    [
        ('nis_code,name_nl\n"13025,Mol\n', "het bestand eindigt binnen een cel tussen aanhalingstekens",
         "the file ends inside a quoted cell"),
        ('indicator,jaar,waarde\n"bomen"x,2021,1\n',
         "na een afsluitend aanhalingsteken volgt geen scheidingsteken",
         "a closing quote is not followed by a separator"),
    ],
)  # fmt: skip
def test_a_malformed_csv_is_said_in_the_user_s_words(
    lekp, tmp_path: Path, text: str, nl: str, en: str
) -> None:
    path = tmp_path / "kapot.csv"
    path.write_text(text, encoding="utf-8")
    dutch = lekp("check", path).stdout
    assert f"C318 misvormde CSV: {nl}" in dutch, dutch
    english = lekp("check", path, "--lang", "en").stdout
    assert f"C318 malformed CSV: {en}" in english, english
    assert not any(words in dutch + english for words in LIBRARY_WORDS)


@pytest.mark.parametrize(
    ("text", "line", "nl"),
    [
        ("schema_version: 1\nwerven: a: b\n", 2, "een ':' waar geen sleutel kan staan"),
        ("schema_version: 1\nwerven:\n\t- 1\n", 3, "een tab springt in; YAML springt in met spaties"),
        ('schema_version: 1\nwerven: "open\n', 2, "een aanhalingsteken wordt niet gesloten"),
        ("schema_version: 1\nwerven: [1, 2\n", 3, "een '[' of '{' wordt niet gesloten"),
        ("schema_version: 1\nwerven:\n  - 1\n  b: 2\n", 4, "de inspringing klopt niet"),
        ("schema_version: 1\nwerven: @x\n", 2, "het teken '@' kan geen waarde beginnen"),
    ],
)
def test_a_yaml_syntax_error_is_said_in_the_user_s_words(
    lekp, tmp_path: Path, text: str, line: int, nl: str
) -> None:
    path = tmp_path / "werven.yaml"
    path.write_text(text, encoding="utf-8")
    run = lekp("check", path)
    assert run.exit_code == 1
    (problem,) = run.stdout.splitlines()
    assert problem.startswith(f"{path}:{line}:") and "Y201 YAML-syntaxfout: " + nl in problem, problem
    english = lekp("check", path, "--lang", "en").stdout
    assert "Y201 YAML syntax error: " in english
    assert not any(words in problem + english for words in LIBRARY_WORDS), problem + english


def test_a_system_error_is_said_in_the_user_s_words(lekp, tmp_path: Path) -> None:
    path = tmp_path / ("x" * 300 + ".csv")  # longer than the system allows a name
    run = lekp("check", path)
    said = f"{path}: error F106 kan niet gelezen worden: de naam is te lang"
    assert run.stdout.startswith(said), run.stdout
    english = lekp("check", path, "--lang", "en").stdout
    assert "F106 cannot be read: the name is too long" in english
    target = tmp_path / "nergens" / "x" / ("y" * 300 + ".csv")
    written = lekp("targets", "-g", "Mol", "-f", "csv", "-o", target)
    assert written.exit_code == 1
    assert not any(words in written.stderr for words in LIBRARY_WORDS), written.stderr


def test_the_corpus_of_broken_files_speaks_dutch_and_english_only(lekp) -> None:
    from lekp_calc import check_files

    corpus = Path(__file__).resolve().parents[1] / "check" / "corpus"
    kinds = (".csv", ".yaml", ".txt", ".xlsx")
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in kinds)
    report = check_files(files)
    assert report.problems
    for problem in report.problems:
        for lang in ("nl", "en"):
            said = problem.message(lang)
            assert not any(words in said for words in LIBRARY_WORDS), (problem.path, said)
