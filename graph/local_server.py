"""The project's own Neo4j Community server: install, configure, start, stop.

Why not Docker or a tarball: these machines have neither a Docker engine nor
download access beyond the package registries, so the server is resolved from
Maven Central (`provision/neo4j/pom.xml`) and started as a plain Java process
with the main class `org.neo4j.server.CommunityEntryPoint`. Everything it
writes lives under one home folder (git-ignored), so several homes (the user's
server, the test server) can run side by side on different ports.

Why private modes: the home holds the generated password, `data/dbms/auth.ini`
(the password's hash) and the store files, readable by anyone on the machine
with Neo4j's default umask. Every process the home's files come from (the
server, the admin tool) runs with umask 077, and `secure_home` brings an older
home to 0700 folders and 0600 files.

Why backups go through Neo4j's own admin tool (`neo4j-admin database dump` /
`load`): the archive is Neo4j's format, readable by any Neo4j 5 (Docker, a
tarball, Aura's import), and Neo4j Community can only dump or load a database
that is not mounted: `backup` and `restore` stop the local server when it
runs and start it again afterwards.

Why a class-data archive beside the jars (`lib/cds/`): a JVM start loads and
verifies thousands of Neo4j's classes from ~250 jars, most of a server's start
on these machines (12-37 s without, 7-9 s with, at load 4-9, 2026-12-07). The
first server started without an archive writes one as it stops (Java's
dynamic AppCDS, `-XX:ArchiveClassesAtExit`; ~120 MB, 6-25 s more for that one
stop); every later start of a server of any home, and the admin tool (the
same class path), maps it instead. A JVM that finds the archive does not match
its class path or Java silently loads classes as before, so a stale archive
costs nothing but its speed-up; it is named after the Java executable, and a
new Neo4j (`install`) empties the jars' folder, archive included.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template

from core.errors import MissingToolError, PortInUseError, ProvisioningError
from core.settings import PROJECT_ROOT, Settings

POM = PROJECT_ROOT / "provision" / "neo4j" / "pom.xml"
CONF_TEMPLATE = PROJECT_ROOT / "provision" / "neo4j" / "neo4j.conf.template"
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
MIN_JAVA = 17

STALE_CDS_SECONDS = 24 * 3600
"""A class-data archive still being written after a day was left by a server killed without `stop`: removed."""

CDS_WRITE_GRACE_SECONDS = 180.0
"""How much longer `stop` waits, past its timeout, for a JVM whose database has already logged `Stopped.` and
that is writing its class-data archive at exit: on a machine at load 13-19 that write outlasted the 60 s
timeout, the kill lost the archive, and the next start paid for it again. Killing it costs nothing but the
archive (the database is closed), so the wait is bounded."""

STOPPED_LINE = " Stopped."
"""What Neo4j's `neo4j.log` says once its database is closed (`INFO  Stopped.`)."""

PRIVATE_UMASK = 0o077
"""Files the server and the admin tool create: 0600, folders 0700."""

PASSWORD_ALPHABET = string.ascii_letters + string.digits
"""Letters and digits only. `secrets.token_urlsafe` also draws `-` and `_`, and a password that began with `-`
(1 fresh home in 64) was read by the admin tool as an option: `Missing required parameter: '<password>'`."""
PASSWORD_LENGTH = 32  # 62**32: about 190 bits


def generate_password(length: int = PASSWORD_LENGTH) -> str:
    """A random password that no command line can mistake for an option (or a picocli `@file`)."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


# The JVM flags Neo4j's own launcher passes (minus those that slow a start).
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """What `edkg neo4j status` reports."""

    running: bool
    pid: int | None
    bolt_port: int
    http_port: int
    home: Path
    installed: bool


class LocalNeo4j:
    """One server home: `conf/`, `data/`, `logs/`, `run/` and the generated `password`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.home = settings.neo4j_home.resolve()
        self.lib_dir = settings.neo4j_lib_dir.resolve()
        self.conf_dir = self.home / "conf"
        self.data_dir = self.home / "data"
        self.logs_dir = self.home / "logs"
        self.run_dir = self.home / "run"
        self.pid_file = self.run_dir / "edkg-neo4j.pid"
        self.password_file = self.home / "password"
        self.console_log = self.logs_dir / "console.log"
        self.cds_dir = self.lib_dir / "cds"
        self.cds_note = self.run_dir / "edkg-neo4j.cds"
        """Names the archive the running server writes at exit (when it was started without one)."""

    # ---------------------------------------------------------------- install
    @property
    def _install_marker(self) -> Path:
        digest = hashlib.sha256(POM.read_bytes()).hexdigest()[:16]
        return self.lib_dir / f".installed-{digest}"

    @property
    def installed(self) -> bool:
        return self._install_marker.is_file()

    def install(self) -> None:
        """Copy the server's jars from Maven Central (cached in ~/.m2) unless already there."""
        if self.installed:
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise MissingToolError(
                "Maven (mvn) is needed once to fetch Neo4j from Maven Central: "
                "install it (e.g. `apt-get install maven`) or point NEO4J_URI at an existing server"
            )
        self.check_java()
        if self.lib_dir.exists():
            shutil.rmtree(self.lib_dir)
        self.lib_dir.mkdir(parents=True)
        cmd = [mvn, "-q", "-B", "-f", str(POM), f"-Dneo4j.lib.dir={self.lib_dir}", "dependency:copy-dependencies"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ProvisioningError(f"Maven could not resolve Neo4j ({' '.join(cmd)}):\n{tail}")
        if not any(self.lib_dir.glob("neo4j-5.*.jar")):
            raise ProvisioningError(f"Maven finished but no Neo4j jar is in {self.lib_dir}")
        self._install_marker.touch()

    @staticmethod
    def check_java() -> str:
        """The `java` executable, checked to be version 17 or newer (once per executable: see `_java_version`)."""
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
        if not java or not Path(java).exists():
            raise MissingToolError(f"Java {MIN_JAVA}+ is needed to run Neo4j 5.26: install a JDK/JRE {MIN_JAVA}")
        out = _java_version(java, Path(java).stat().st_mtime_ns)
        match = re.search(r'version "(\d+)', out)
        if not match or int(match.group(1)) < MIN_JAVA:
            raise MissingToolError(
                f"Neo4j 5.26 needs Java {MIN_JAVA}+, found: {out.strip().splitlines()[0] if out else '?'}"
            )
        return java

    # ------------------------------------------------------------ class data
    def cds_archive(self, java: str) -> Path:
        """The class-data archive of the installed jars for `java` (see the module docstring)."""
        stat = Path(java).stat()
        key = hashlib.sha256(f"{java}\0{stat.st_mtime_ns}\0{stat.st_size}".encode()).hexdigest()[:16]
        return self.cds_dir / f"classes-{key}.jsa"

    def cds_flags(self, java: str, *, write: bool = False) -> list[str]:
        """The JVM flags that map the class-data archive when there is one; else, with `write` (the server),
        those that make the JVM write it as it exits, under a name of its own that `stop` gives the archive once
        the process has exited by itself (a JVM killed mid-write leaves nothing to trust; two servers of two
        homes writing at once each write their own file)."""
        archive = self.cds_archive(java)
        if archive.is_file():
            return [f"-XX:SharedArchiveFile={archive}"]
        if not write:
            return []
        self.cds_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        for stale in self.cds_dir.glob("*.writing"):  # left by a server that was never stopped by `stop`
            with contextlib.suppress(OSError):
                if time.time() - stale.stat().st_mtime > STALE_CDS_SECONDS:
                    stale.unlink()
        pending = archive.with_name(f"{archive.name}.{secrets.token_hex(4)}.writing")
        self.cds_note.write_text(str(pending), encoding="utf-8")
        return [f"-XX:ArchiveClassesAtExit={pending}"]

    def _keep_cds_archive(self, exited_by_itself: bool) -> None:
        """After the server's process ended: the archive it wrote at exit (named in `cds_note`) made the archive
        of the jars, if it exited by itself; else removed."""
        try:
            pending = Path(self.cds_note.read_text(encoding="utf-8").strip())
        except OSError:
            return
        self.cds_note.unlink(missing_ok=True)
        if pending.parent != self.cds_dir or not pending.name.endswith(".writing"):
            return
        if exited_by_itself and pending.is_file() and pending.stat().st_size > 0:
            os.replace(pending, pending.parent / (pending.name.split(".jsa.", 1)[0] + ".jsa"))
        else:
            pending.unlink(missing_ok=True)

    # -------------------------------------------------------------- configure
    def secure_home(self) -> None:
        """Folders of the home 0700, files 0600 (a home made before modes were private, or by hand)."""
        if not self.home.is_dir():
            return
        self.home.chmod(0o700)
        for root, dirs, files in os.walk(self.home):
            for name in dirs:
                _chmod(Path(root) / name, 0o700)
            for name in files:
                _chmod(Path(root) / name, 0o600)

    def write_config(self) -> Path:
        self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
        for folder in (self.conf_dir, self.data_dir, self.logs_dir, self.run_dir, self.home / "import"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        s = self.settings
        text = Template(CONF_TEMPLATE.read_text(encoding="utf-8")).substitute(
            data_dir=self.data_dir,
            logs_dir=self.logs_dir,
            run_dir=self.run_dir,
            import_dir=self.home / "import",
            bolt_port=s.neo4j_bolt_port,
            http_port=s.neo4j_http_port,
            pagecache=s.neo4j_pagecache,
            tx_memory="2g",
            tx_timeout="300s",
            browser_allowlist=s.neo4j_browser_allowlist,
            browser_post_connect_cmd=s.neo4j_browser_post_connect_cmd,
        )
        path = self.conf_dir / "neo4j.conf"
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)
        return path

    def _env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}

    def ensure_password(self, password: str | None = None) -> str:
        """Generate (or take `password`) and set the initial password once, before the first start (never
        neo4j/neo4j). The admin tool gets `--` before the password, so even a given password beginning with `-`
        is read as the password and not as an option."""
        if self.password_file.is_file():
            return self.password_file.read_text(encoding="utf-8").strip()
        if (self.data_dir / "databases").exists():
            raise ProvisioningError(
                f"{self.home} holds a database but no generated password file; "
                "set NEO4J_PASSWORD or remove the home to start afresh"
            )
        password = password or generate_password()
        self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
        proc = self._admin("dbms", "set-initial-password", "--", password)
        if proc.returncode != 0:
            raise ProvisioningError(f"could not set the initial password: {proc.stderr.strip() or proc.stdout.strip()}")
        descriptor = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as fh:  # never readable by others, not even briefly
            fh.write(password + "\n")
        self.password_file.chmod(0o600)
        return password

    def _admin(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run Neo4j's admin tool (`neo4j-admin`) on this home, creating files with private modes."""
        java = self.check_java()
        cmd = [java, *self.cds_flags(java), "-cp", f"{self.lib_dir}/*", ADMIN_CLASS, *args]
        return subprocess.run(
            cmd, capture_output=True, text=True, env=self._env(), umask=PRIVATE_UMASK, stdin=subprocess.DEVNULL
        )

    # ---------------------------------------------------------------- backups
    def has_database(self) -> bool:
        return (self.data_dir / "databases" / self.settings.neo4j_database).is_dir()

    def dump(self, archive: Path, *, overwrite: bool = False) -> Path:
        """Write the database into `archive` (a `neo4j-admin database dump` file, mode 0600). The server must be
        stopped (Neo4j Community cannot dump a mounted database)."""
        archive = archive.resolve()
        if archive.exists() and not overwrite:
            raise ProvisioningError(f"{archive} already exists (choose another path or pass --overwrite)")
        if not self.has_database():
            raise ProvisioningError(f"{self.home} holds no database {self.settings.neo4j_database!r} to back up")
        self._require_stopped("dump")
        archive.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".edkg-dump-", dir=archive.parent))
        try:
            proc = self._admin("database", "dump", self.settings.neo4j_database, f"--to-path={staging}")
            produced = staging / f"{self.settings.neo4j_database}.dump"
            if proc.returncode != 0 or not produced.is_file():
                raise ProvisioningError(f"neo4j-admin database dump failed: {_admin_message(proc)}")
            produced.chmod(0o600)
            os.replace(produced, archive)  # whole or nothing: a failed dump never leaves half an archive
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return archive

    def check_archive(self, archive: Path) -> str:
        """What `neo4j-admin database load --info` says of `archive` (format, files, bytes); raises
        ProvisioningError when it is not a dump. Works while the server runs, so a wrong file is refused
        before the server is stopped."""
        archive = archive.resolve()
        if not archive.is_file():
            raise ProvisioningError(f"{archive} is not a file (a dump written by `edkg backup`)")
        self.write_config()
        with self._staged(archive) as staging:
            info = self._admin("database", "load", self.settings.neo4j_database, f"--from-path={staging}", "--info")
        if info.returncode != 0:
            raise ProvisioningError(f"{archive} is not a Neo4j dump: {_admin_message(info)}")
        return " ".join(info.stdout.split())

    def load(self, archive: Path) -> None:
        """Replace the database by the one in `archive` (`neo4j-admin database load --overwrite-destination`).
        The server must be stopped. The archive is checked (`--info`) before anything is replaced."""
        archive = archive.resolve()
        self.check_archive(archive)
        self._require_stopped("load")
        with self._staged(archive) as staging:
            proc = self._admin(
                "database",
                "load",
                self.settings.neo4j_database,
                f"--from-path={staging}",
                "--overwrite-destination=true",
            )
        if proc.returncode != 0:
            raise ProvisioningError(f"neo4j-admin database load failed: {_admin_message(proc)}")
        self.secure_home()

    @contextlib.contextmanager
    def _staged(self, archive: Path) -> Iterator[Path]:
        """A temporary folder holding `archive` under the name the admin tool looks for (`<database>.dump`)."""
        staging = Path(tempfile.mkdtemp(prefix=".edkg-load-"))
        try:
            os.symlink(archive, staging / f"{self.settings.neo4j_database}.dump")
            yield staging
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _require_stopped(self, action: str) -> None:
        if self.pid() is not None:
            raise ProvisioningError(
                f"the local Neo4j server is running; Neo4j Community can only {action} a "
                "database while its server is stopped (edkg neo4j stop)"
            )

    # ---------------------------------------------------------------- process
    def pid(self) -> int | None:
        """The server's pid when its process is alive, else None (and a stale pid file is removed)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            self.pid_file.unlink(missing_ok=True)
            return None
        except PermissionError:
            return pid
        cmdline = Path(f"/proc/{pid}/cmdline")
        if cmdline.exists() and MAIN_CLASS.encode() not in cmdline.read_bytes():
            self.pid_file.unlink(missing_ok=True)
            return None
        return pid

    def status(self) -> ServerStatus:
        s = self.settings
        return ServerStatus(
            running=self.pid() is not None and _port_open(s.neo4j_bolt_port),
            pid=self.pid(),
            bolt_port=s.neo4j_bolt_port,
            http_port=s.neo4j_http_port,
            home=self.home,
            installed=self.installed,
        )

    def start(self) -> ServerStatus:
        """Install if needed, configure, start and wait until Bolt answers. Idempotent."""
        if self.pid() is not None:
            self.wait_until_ready()
            return self.status()
        self.install()
        java = self.check_java()
        for port in (self.settings.neo4j_bolt_port, self.settings.neo4j_http_port):
            if _port_open(port):
                raise PortInUseError(
                    f"port {port} on 127.0.0.1 is already taken by another process; "
                    "stop it or choose other ports (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT)"
                )
        self.write_config()
        self.ensure_password()
        self.secure_home()
        heap = self.settings.neo4j_heap
        cmd = [
            java,
            f"-Xms{heap}",
            f"-Xmx{heap}",
            *JVM_FLAGS,
            *self.cds_flags(java, write=True),
            "-cp",
            f"{self.lib_dir}/*",
            MAIN_CLASS,
            f"--home-dir={self.home}",
            f"--config-dir={self.conf_dir}",
        ]
        with os.fdopen(os.open(self.console_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab") as log:
            proc = subprocess.Popen(
                cmd,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self._env(),
                cwd=self.home,
                start_new_session=True,
                umask=PRIVATE_UMASK,
            )
        self.pid_file.write_text(str(proc.pid))
        self.pid_file.chmod(0o600)
        try:
            self.wait_until_ready(proc)
        except ProvisioningError:
            self.stop()
            raise
        return self.status()

    def wait_until_ready(self, proc: subprocess.Popen[bytes] | None = None) -> None:
        """Poll Bolt with the generated password until a query succeeds or the timeout passes."""
        from graph.driver import open_driver  # local import: the driver is only needed here

        deadline = time.monotonic() + self.settings.neo4j_start_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise ProvisioningError(f"Neo4j exited with code {proc.returncode} during start:\n{self.log_tail()}")
            if _port_open(self.settings.neo4j_bolt_port):
                try:
                    with open_driver(self.settings) as driver:
                        driver.execute_query("RETURN 1", database_=self.settings.neo4j_database)
                    return
                except Exception as exc:
                    last_error = exc
            time.sleep(0.25)  # a start ends on the poll after Bolt answers: half a poll lost on average
        raise ProvisioningError(
            f"Neo4j did not answer on Bolt port {self.settings.neo4j_bolt_port} within "
            f"{self.settings.neo4j_start_timeout:.0f} s (last error: {last_error}):\n{self.log_tail()}"
        )

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server (SIGTERM, then SIGKILL after `timeout`, or after `CDS_WRITE_GRACE_SECONDS` more when
        its database has stopped and its JVM is writing the class-data archive). False when it was not running."""
        pid = self.pid()
        if pid is None:
            return False
        log = self.logs_dir / "neo4j.log"
        log_offset = log.stat().st_size if log.is_file() else 0
        os.killpg(pid, signal.SIGTERM) if _is_group_leader(pid) else os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        graced = False
        exited_by_itself = True
        while _alive(pid):
            if time.monotonic() >= deadline:
                if not graced and self.cds_note.is_file() and _logged_since(log, log_offset, STOPPED_LINE):
                    graced = True  # the database is closed; the JVM is writing its class-data archive
                    deadline += CDS_WRITE_GRACE_SECONDS
                    continue
                exited_by_itself = False
                os.kill(pid, signal.SIGKILL)
                while _alive(pid):
                    time.sleep(0.1)
                break
            time.sleep(0.2)
        self.pid_file.unlink(missing_ok=True)
        self._keep_cds_archive(exited_by_itself)
        return True

    def log_tail(self, lines: int = 25) -> str:
        chunks = []
        for path in (self.console_log, self.logs_dir / "neo4j.log"):
            if path.is_file():
                chunks.extend(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        return "\n".join(chunks[-lines:])


@functools.cache
def _java_version(java: str, mtime_ns: int) -> str:
    """What `java -version` says (a JVM start: ~0.2 s on a free core, a second or more on a busy machine), asked
    once per executable and modification time: a bulk load starts Java three times (the server twice, the import
    tool), `edkg backup` twice."""
    return subprocess.run([java, "-version"], capture_output=True, text=True).stderr


def _chmod(path: Path, mode: int) -> None:
    """chmod that leaves symbolic links (and what they point to) alone and ignores files gone meanwhile."""
    try:
        if not path.is_symlink():
            path.chmod(mode)
    except FileNotFoundError:
        pass


def _admin_message(proc: subprocess.CompletedProcess[str]) -> str:
    """The admin tool's own explanation, on one line."""
    text = " ".join((proc.stderr.strip() or proc.stdout.strip()).split())
    return text[:500] or f"exit code {proc.returncode}"


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _logged_since(log: Path, offset: int, line: str) -> bool:
    """Whether `log` holds `line` after byte `offset` (what the server wrote since a given moment)."""
    try:
        with log.open("rb") as handle:
            handle.seek(offset)
            return line.encode() in handle.read()
    except OSError:
        return False


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reap our own child so it does not linger as a zombie
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and ") Z" in stat.read_text())


def _is_group_leader(pid: int) -> bool:
    try:
        return os.getpgid(pid) == pid
    except ProcessLookupError:
        return False
