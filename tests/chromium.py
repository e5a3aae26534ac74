"""Headless Chromium (Debian's ``chromium``) for the tests of the HTML buurtkaart, with the network blocked.

Every host name resolves to nothing (``--host-resolver-rules``); Chromium's own background services are switched
off as far as flags allow, and its net log is kept so a test can show that the page itself asked for nothing.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlparse

BINARY = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--hide-scrollbars", "--virtual-time-budget=4000"]
OWN_HOSTS = ("google.com", "googleapis.com", "gstatic.com", "gvt1.com")  # the browser's own update/sign-in calls


def available():
    return BINARY is not None


def run(url, *extra, timeout=90):
    """Run Chromium on ``url`` with ``extra`` flags; returns (stdout, net log events)."""
    profile = tempfile.mkdtemp(prefix="bk-chromium-")
    netlog = Path(profile) / "net.json"
    try:
        done = subprocess.run([BINARY] + FLAGS + ["--user-data-dir=" + profile, "--log-net-log=" + str(netlog)]
                              + list(extra) + [url], capture_output=True, text=True, timeout=timeout,
                              env=dict(os.environ, HOME=profile))
        text = netlog.read_text(encoding="utf-8", errors="replace") if netlog.exists() else "{}"
        try:
            events = json.loads(text).get("events", [])
        except ValueError:  # a net log cut short at exit has no closing brackets
            events = json.loads(text.rstrip().rstrip(",") + "]}").get("events", [])
        return done.stdout, events
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def page_requests(events):
    """URLs in the net log that the page asked for (not the browser's own background calls)."""
    out = []
    for event in events:
        params = event.get("params") or {}
        url, initiator = params.get("url"), params.get("initiator")
        if initiator is not None and initiator != "not an origin":
            out.append(url or initiator)
        elif url and urlparse(url).scheme in ("http", "https", "ws", "wss", "ftp"):
            host = urlparse(url).hostname or ""
            if not any(host == h or host.endswith("." + h) for h in OWN_HOSTS):
                out.append(url)
    return out


def dump_dom(url):
    return run(url, "--dump-dom")


def screenshot(url, path, width=1366, height=768):
    _, events = run(url, "--screenshot=" + str(path), "--window-size={},{}".format(width, height))
    return Path(path), events
