"""`edkg demo` stops what it started: SIGTERM (what `make demo` forwards, and what a supervisor sends) or
`edkg stop` from another shell end the API *and* the Neo4j server the demo started — no Java process of its
home is left behind. A real demo on its own home and ports, no mock.

DEMO_NEO4J_HOME / DEMO_NEO4J_BOLT_PORT / DEMO_NEO4J_HTTP_PORT / DEMO_API_PORT move it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from core.settings import PROJECT_ROOT
from graph.local_server import MAIN_CLASS

pytestmark = pytest.mark.neo4j

HOME = Path(os.environ.get("DEMO_NEO4J_HOME", PROJECT_ROOT / ".neo4j" / "demo-test"))
BOLT = int(os.environ.get("DEMO_NEO4J_BOLT_PORT", "17807"))
HTTP = int(os.environ.get("DEMO_NEO4J_HTTP_PORT", "17804"))
API = int(os.environ.get("DEMO_API_PORT", "18820"))
EDKG = Path(sys.executable).with_name("edkg")
ENV = {
    **os.environ,
    "NEO4J_HOME": str(HOME),
    "NEO4J_BOLT_PORT": str(BOLT),
    "NEO4J_HTTP_PORT": str(HTTP),
    "API_PORT": str(API),
    "NEO4J_HEAP": "512m",
    "NEO4J_PAGECACHE": "128m",
}
for _name in ("NEO4J_URI", "NEO4J_PASSWORD"):
    ENV.pop(_name, None)


def neo4j_processes_of(home: Path) -> list[int]:
    """Pids of the Neo4j server processes whose home is `home` (read from /proc, not from our own pid file)."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            parts = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if MAIN_CLASS.encode() in parts and f"--home-dir={home.resolve()}".encode() in parts:
            pids.append(int(cmdline.parent.name))
    return pids


def start_demo(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    out = tmp_path / "demo.out"
    with open(out, "wb") as sink:
        proc = subprocess.Popen([str(EDKG), "demo"], stdout=sink, stderr=subprocess.STDOUT, env=ENV, cwd=PROJECT_ROOT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert proc.poll() is None, out.read_text(encoding="utf-8", errors="replace")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{API}/health", timeout=5) as resp:
                if resp.status == 200:
                    break
        except OSError:
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("the demo's API did not answer:\n" + out.read_text(encoding="utf-8", errors="replace"))
    text = out.read_text(encoding="utf-8")
    assert f"http://127.0.0.1:{HTTP}/browser/" in text and f"http://127.0.0.1:{API}/docs" in text
    assert neo4j_processes_of(HOME), "the demo's Neo4j should be running"
    return proc, out


@pytest.fixture
def demo_home():
    subprocess.run([str(EDKG), "neo4j", "stop"], env=ENV, capture_output=True)
    assert not neo4j_processes_of(HOME), f"a Neo4j of {HOME} is already running"
    yield HOME
    subprocess.run([str(EDKG), "neo4j", "stop"], env=ENV, capture_output=True)


def test_sigterm_stops_the_api_and_the_neo4j_the_demo_started(demo_home: Path, tmp_path: Path) -> None:
    proc, out = start_demo(tmp_path)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=120)
    text = out.read_text(encoding="utf-8")
    assert "Neo4j stopped" in text, text
    assert neo4j_processes_of(demo_home) == []


def test_edkg_stop_from_another_shell_ends_the_demo(demo_home: Path, tmp_path: Path) -> None:
    proc, out = start_demo(tmp_path)
    stop = subprocess.run([str(EDKG), "stop"], env=ENV, capture_output=True, text=True, timeout=180)
    assert stop.returncode == 0, stop.stderr
    assert "The demo stopped." in stop.stdout, stop.stdout
    proc.wait(timeout=60)
    assert "Neo4j stopped" in out.read_text(encoding="utf-8")
    assert neo4j_processes_of(demo_home) == []


def test_a_neo4j_running_before_the_demo_is_left_running_and_the_demo_says_so(demo_home: Path, tmp_path: Path) -> None:
    started = subprocess.run([str(EDKG), "neo4j", "start"], env=ENV, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stdout + started.stderr
    proc, out = start_demo(tmp_path)
    proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
    proc.wait(timeout=120)
    text = out.read_text(encoding="utf-8")
    assert "Neo4j keeps running (it was running before the demo): `edkg neo4j stop` or `make stop`" in text, text
    assert neo4j_processes_of(demo_home)
