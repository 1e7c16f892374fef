"""Class 7: SIGTERM or SIGHUP while a big `-o` file is written leaves the old file and no litter.

The 40,000-gemeente export takes long enough to be interrupted while the temporary file is
being written. The test waits for the hidden `.out.csv.*.tmp` to appear (so that the signal
really arrives mid-write) and then signals after a few delays; one run is also interrupted
before writing starts. Afterwards the old `out.csv` is untouched, no temporary file is left,
and the exit status is 128 + the signal (or the process was killed by it).
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import LEKP, TIMEOUT, leftovers

OLD = "old content, not to be touched\n"
SIGNALS = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def _start(big: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*LEKP, "targets", "--alle", "--municipalities", str(big), "-f", "csv", "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=out.parent,
    )


def _wait_for_temporary(process: subprocess.Popen[bytes], folder: Path) -> bool:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        if leftovers(folder):
            return True
        time.sleep(0.01)
    return False


def _finish(process: subprocess.Popen[bytes]) -> tuple[int, bytes]:
    try:
        _, stderr = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("lekp did not stop after the signal")
    return process.returncode, stderr


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_a_signal_while_writing_leaves_the_old_file(
    municipalities_40k: Path, tmp_path: Path, signum: int
) -> None:
    out = tmp_path / "out.csv"
    interrupted = False
    for delay in (0.05, 0.3):
        out.write_text(OLD, encoding="utf-8")
        process = _start(municipalities_40k, out)
        writing = _wait_for_temporary(process, tmp_path)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signum)
        code, stderr = _finish(process)
        assert b"Traceback" not in stderr, stderr
        if code == 0:
            continue  # finished before the signal: nothing to judge in this round
        assert code in (128 + signum, -signum), (code, stderr)
        assert out.read_text(encoding="utf-8") == OLD
        assert leftovers(tmp_path) == []
        if writing:
            interrupted = True
            break  # one interruption mid-write is what this test is about
    assert interrupted, "the signal never arrived while the file was being written"


@pytest.mark.parametrize("signum", SIGNALS[:1], ids=lambda s: signal.Signals(s).name)
def test_a_signal_before_writing_leaves_the_old_file(
    municipalities_40k: Path, tmp_path: Path, signum: int
) -> None:
    out = tmp_path / "out.csv"
    out.write_text(OLD, encoding="utf-8")
    process = _start(municipalities_40k, out)
    time.sleep(0.3)
    process.send_signal(signum)
    code, stderr = _finish(process)
    assert b"Traceback" not in stderr, stderr
    assert code in (128 + signum, -signum), (code, stderr)
    assert out.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path) == []
