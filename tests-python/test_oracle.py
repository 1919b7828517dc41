"""The MARC oracle: `scripts/marc-oracle` compares our MARCXML with yaz-marcdump's over every ISO 2709 file of
../shared/data. Deselect with `-m "not oracle"`."""
import shutil

import pytest

from conftest import ROOT, run

ORACLE = ROOT / "scripts" / "marc-oracle"
ORACLE_TIMEOUT = 1800


@pytest.mark.oracle
def test_marc_oracle_agrees_with_yaz(pinakes_bin, shared_data):
    if not shutil.which("yaz-marcdump"):
        pytest.skip("yaz-marcdump is not installed (apt-get install yaz)")
    assert ORACLE.is_file(), f"{ORACLE} is missing"
    # The script takes `--pinakes BIN [--data DIR]`; its first version took them as positional arguments.
    if "--pinakes" in ORACLE.read_text():
        args = [ORACLE, "--pinakes", pinakes_bin, "--data", shared_data]
        if "--data" not in ORACLE.read_text():
            args = args[:3]
    else:
        args = [ORACLE, pinakes_bin, shared_data]
    result = run(["python3", *args], timeout=ORACLE_TIMEOUT)
    differing = [line for line in result.stdout.splitlines() if "differ" in line and " 0 differ" not in line]
    assert result.returncode == 0, "\n".join(differing[-60:]) + f"\n{result}"
    assert result.stdout.strip(), "the oracle printed nothing"
