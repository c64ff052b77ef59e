"""One `Database` per process, migrations as a step (issue 14), and first runs that race
(issue 12): real `newsmon` processes against a loopback sample site, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from newsmon.sample_site import SampleSite
from storage.db import Database, StorageError, alembic_config, migration_head
from tests.sitecrawl import REPO, newsmon, query_json, sample_outlets_toml

# Runs `newsmon ARGS` in this child process after wrapping, without changing, the two calls
# that matter: building a Database and reading the schema's revision (the migration check).
COUNTING_CLI = """
import atexit, json, sys
from alembic.runtime.migration import MigrationContext
from storage import db

counts = {"databases": 0, "schema_checks": 0}
init, revision = db.Database.__init__, MigrationContext.get_current_revision

def counted_init(self, *args, **kwargs):
    counts["databases"] += 1
    init(self, *args, **kwargs)

def counted_revision(self):
    counts["schema_checks"] += 1
    return revision(self)

db.Database.__init__ = counted_init
MigrationContext.get_current_revision = counted_revision
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(json.dumps(counts)))
from newsmon.cli import main
main(sys.argv[1:])
"""


def outlets_file(tmp_path: Path, site: SampleSite, names: list[str], alerts: bool = False) -> Path:
    """The sample outlet `ledger` under several names (each its own crawl and lock)."""
    text = sample_outlets_toml(site, clean_workers=1)
    outlet = text[text.index("[[outlet]]"):]
    text = text.replace(outlet, "".join(outlet.replace('"ledger"', f'"{n}"') for n in names))
    if alerts:
        text += f'\n[[alert]]\nname = "all"\nfile = "{tmp_path / "alerts.jsonl"}"\n'
    path = tmp_path / "outlets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def counted_newsmon(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str],
                                                           dict[str, int]]:
    counts = tmp_path / "counts.json"
    result = subprocess.run([sys.executable, "-c", COUNTING_CLI, str(counts), *args], cwd=REPO,
                            capture_output=True, text=True, timeout=240)
    return result, json.loads(counts.read_text())


def test_a_crawl_of_three_outlets_builds_one_database_and_checks_the_schema_once(
        tmp_path: Path, db_url: str) -> None:
    with SampleSite() as site:
        outlets = outlets_file(tmp_path, site, ["ledger-a", "ledger-b", "ledger-c"], alerts=True)
        upgrade = newsmon("db", "upgrade", "--db", db_url)
        assert upgrade.returncode == 0, upgrade.stderr
        result, counts = counted_newsmon(tmp_path, "crawl", "--outlets", str(outlets),
                                         "--db", db_url, "--log-level", "WARNING")
    assert result.returncode == 0, result.stderr
    # before: 2N+4 = 10 Databases (measured), each checking the schema
    assert counts == {"databases": 1, "schema_checks": 1}
    runs = json.loads(newsmon("runs", "--db", db_url, "--format", "json").stdout)
    assert set(runs[0]["outlets"]) == {"ledger-a", "ledger-b", "ledger-c"}
    assert all(o["stored"] > 0 for o in runs[0]["outlets"].values())
    assert (tmp_path / "alerts.jsonl").read_text().count("\n") > 0  # alerts used it too


def test_four_concurrent_first_runs_all_succeed(tmp_path: Path, db_url: str) -> None:
    names = [f"ledger-{n}" for n in range(4)]
    with SampleSite() as site:
        outlets = outlets_file(tmp_path, site, names)
        procs = [subprocess.Popen([sys.executable, "-m", "newsmon", "crawl", "--outlet", name,
                                   "--outlets", str(outlets), "--db", db_url,
                                   "--log-level", "WARNING"],
                                  cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for name in names]
        outcomes = [(p.wait(timeout=240), p.stderr.read() if p.stderr else "") for p in procs]
        for proc in procs:
            for stream in (proc.stdout, proc.stderr):
                if stream:
                    stream.close()
    assert [code for code, _ in outcomes] == [0, 0, 0, 0], "\n".join(e for _, e in outcomes)
    runs = json.loads(newsmon("runs", "--db", db_url, "--format", "json").stdout)
    assert sorted(name for run in runs for name in run["outlets"]) == names
    assert query_json("articles", db_url)


def test_db_upgrade_is_the_migration_step_and_an_old_schema_is_refused(
        tmp_path: Path, db_url: str) -> None:
    first = newsmon("db", "upgrade", "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert migration_head() in first.stdout
    again = newsmon("db", "upgrade", "--db", db_url)
    assert again.returncode == 0 and "already" in again.stdout
    command.downgrade(alembic_config(db_url), "-1")  # a database left by an older newsmon
    with pytest.raises(StorageError, match="newsmon db upgrade"):
        Database(db_url)
    old = newsmon("runs", "--db", db_url)
    assert old.returncode != 0
    assert old.stderr.strip().count("\n") == 0 and "newsmon db upgrade" in old.stderr
    assert newsmon("db", "upgrade", "--db", db_url).returncode == 0
    assert newsmon("runs", "--db", db_url).returncode == 0


HOLD_MIGRATION_LOCK = """
import sys, time
from storage.db import Database, migration_lock
db = Database(sys.argv[1], migrate=False)
with db.engine.connect() as conn, migration_lock(conn, db.url):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_first_run_waits_for_the_migration_lock_and_a_dead_holder_frees_it(
        db_url: str) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_MIGRATION_LOCK, db_url], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        waiting = subprocess.Popen([sys.executable, "-m", "newsmon", "reprocess", "--db", db_url],
                                   cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.wait(timeout=5)             # an empty database: it waits for the lock
        holder.kill()                           # kill -9: the OS (or the server) frees it
        _, err = waiting.communicate(timeout=60)
        assert waiting.returncode == 0, err
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout:
            holder.stdout.close()
    assert Database(db_url).revision() == migration_head()
