"""A throw-away PostgreSQL + PostGIS server for the tests (Debian's ``postgresql-N-postgis-3``: 15 on Debian 12, 17
on trixie, 18 on sid; the newest version that has both the server binaries and PostGIS is used).

``PostgisServer.start()`` runs ``initdb`` in a temporary data directory, starts the server with ``pg_ctl`` on a free
local port (TCP on 127.0.0.1 only, its unix socket in the same directory, every statement logged to ``log``), makes a
database with ``CREATE EXTENSION postgis``; ``stop()`` stops it and removes the directory. As root the server
binaries run as the ``postgres`` user (PostgreSQL refuses root). The system's own cluster is never touched.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DATABASE = "buurtkijker"


def _version(path):
    return int(path.name) if path.name.isdigit() else -1


def server_bin():
    """``BUURTKIJKER_PG_BIN``, else the bin folder of the newest installed PostgreSQL with PostGIS."""
    if os.environ.get("BUURTKIJKER_PG_BIN"):
        return Path(os.environ["BUURTKIJKER_PG_BIN"])
    versions = sorted(Path("/usr/lib/postgresql").glob("*"), key=_version, reverse=True)
    for version in versions:
        if (version / "bin" / "initdb").is_file() and extension_dir(version.name).joinpath("postgis.control").is_file():
            return version / "bin"
    return versions[0] / "bin" if versions else Path("/usr/lib/postgresql/15/bin")


def extension_dir(version):
    return Path("/usr/share/postgresql/{}/extension".format(version))


BIN = server_bin()


class ServerUnavailable(RuntimeError):
    """The server cannot start here (binaries or PostGIS missing, no postgres user): the tests are skipped."""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgisServer:
    def __init__(self):
        self.directory = self.port = None
        self.started = False

    @property
    def data(self):
        return self.directory / "data"

    @property
    def log(self):
        return self.directory / "server.log"

    def _as_server_user(self, args):
        return (["runuser", "-u", "postgres", "--"] + args) if os.geteuid() == 0 else args

    def _run(self, args, server_user=False, **kwargs):
        command = self._as_server_user(args) if server_user else args
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)
        if done.returncode != 0:
            raise ServerUnavailable("{} failed: {}".format(" ".join(args[:2]), (done.stderr or done.stdout).strip()))
        return done.stdout

    def start(self):
        missing = [b for b in ("initdb", "pg_ctl", "psql") if not (BIN / b).is_file()]
        if missing:
            raise ServerUnavailable("PostgreSQL server binaries not found in {} (apt-get install "
                                    "postgresql postgresql-postgis)".format(BIN))
        version = BIN.parent.name
        if not extension_dir(version).joinpath("postgis.control").is_file():
            raise ServerUnavailable("PostGIS is not installed for PostgreSQL {} (apt-get install "
                                    "postgresql-{}-postgis-3)".format(version, version))
        self.directory = Path(tempfile.mkdtemp(prefix="buurtkijker-pg-"))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable("running as root and there is no 'postgres' user to run the server")
            os.chown(self.directory, user.pw_uid, user.pw_gid)
        self.directory.chmod(0o755)  # the log is read by the tests
        self._run([str(BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                   "--no-locale", "--no-sync"], server_user=True)
        for attempt in range(3):  # another program may take the port between probing and starting
            self.port = free_port()
            options = ("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
                       "-c log_statement=all".format(self.port, self.directory))
            try:
                self._run([str(BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30",
                           "-o", options, "start"], server_user=True)
                break
            except ServerUnavailable:
                if attempt == 2:
                    raise
                time.sleep(0.5)
        self.started = True
        self.psql("CREATE DATABASE {}".format(DATABASE), database="postgres")
        self.psql("CREATE EXTENSION postgis")
        return self

    def psql(self, sql, database=DATABASE):
        """Run ``sql`` (trusted test statements only) and return psql's unaligned output."""
        return self._run([str(BIN / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                          "-p", str(self.port), "-U", "postgres", "-d", database, "-c", sql]).strip()

    def libpq(self):
        return "host=127.0.0.1 port={} dbname={} user=postgres".format(self.port, DATABASE)

    def uri(self, table, schema="public", geometry="geom", key="fid"):
        """A QGIS postgres provider URI of ``table``."""
        return "{} sslmode=disable key='{}' table=\"{}\".\"{}\" ({})".format(
            self.libpq(), key, schema, table, geometry)

    def load(self, path, table, append=False):
        """Copy a vector file into ``table`` with GDAL's ogr2ogr (geometry column ``geom``, key ``fid``, RD New)."""
        args = ["ogr2ogr", "-f", "PostgreSQL", "PG:" + self.libpq(), str(path), "-nln", table,
                "-t_srs", "EPSG:28992", "-nlt", "MULTIPOLYGON"]
        args += ["-append"] if append else ["-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid"]
        self._run(args)

    def statements(self):
        """The statements the server has logged so far."""
        return self.log.read_text(errors="replace") if self.log.is_file() else ""

    def stop(self):
        if self.started:
            subprocess.run(self._as_server_user([str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                                                 "stop"]), capture_output=True, timeout=60)
            self.started = False
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None
