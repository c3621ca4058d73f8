"""`dignity screen` run from the folder that holds a clone (a `./dignity` folder in
the working directory): the workers import the installed package, never that folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow.parquet as pq

import dignity

ROOT = Path(dignity.__file__).resolve().parent.parent


def test_screen_from_the_folder_holding_a_clone(tmp_path):
    here = tmp_path / "parent"
    decoy = here / "dignity"
    decoy.mkdir(parents=True)
    # A package named dignity that is not Dignity: whatever imports it cannot screen
    # (a real clone is a folder without __init__.py: a namespace package, just as wrong).
    (decoy / "__init__.py").write_text("WHAT = 'the working directory was imported'\n")
    (here / "in").mkdir()
    (here / "in" / "note.txt").write_text("He was held in solitary confinement for 23 hours a day.\n")
    # Like the `dignity` console script: sys.path[0] is the script's folder, not the cwd.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "dignity_cli.py"
    script.write_text(textwrap.dedent("""\
        import sys
        from dignity.cli.main import app
        if __name__ == "__main__":
            sys.exit(app())
    """))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONSAFEPATH", None)
    proc = subprocess.run([sys.executable, str(script), "screen", "in", "-o", "out", "--workers", "1",
                           "--no-progress"], cwd=here, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    docs = pq.read_table(here / "out" / "documents").to_pylist()
    assert len(docs) == 1 and not docs[0]["error"]
    facts = pq.read_table(here / "out" / "facts").to_pylist()
    assert {f["type"] for f in facts} >= {"solitary", "confinement_hours"}
