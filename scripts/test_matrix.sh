#!/usr/bin/env bash
# Run the whole test suite on newer QGIS releases in Debian chroots (make test-matrix).
#
#   scripts/test_matrix.sh [suite...]      suites: trixie (QGIS 3.40 LTR), sid (QGIS 3.44 LTR), sid-pandas3 (QGIS 3.44
#                                          with pandas >= 3 and numpy 2 from PyPI over Debian's); default all three
#   PYTEST_ARGS="tests/qgis/test_layouts.py -x" scripts/test_matrix.sh trixie     (default: tests)
#
# Each chroot is made once with debootstrap (--variant=minbase, --no-install-recommends) and cached under
# $CHROOT_CACHE/<suite>/ (default build/chroots/, gitignored); a second run only refreshes the copy of the checkout.
# sid-pandas3 runs in the sid chroot with its own venv (/opt/venv-pandas3: system packages + PyPI's pandas >= 3).
# PostgreSQL + PostGIS (Debian's default version) and openpyxl are installed, so no PostGIS or xlsx test is skipped. In the sid chroot
# the QGIS 4 / Qt6 migration tool qgis-pyqt5to6 (PyPI, Python >= 3.12) must leave every file unchanged.
# The real CBS data (../shared/data/real beside the checkout) is bind-mounted read-only. Mounts are always
# undone on exit, also on failure or Ctrl-C. Needs root; network: deb.debian.org and PyPI only.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REAL=${BUURTKIJKER_REAL_DATA:-$ROOT/../shared/data/real}
REAL=$(cd "$REAL" && pwd)
CACHE=${CHROOT_CACHE:-$ROOT/build/chroots}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITES=("$@")
[ ${#SUITES[@]} -eq 0 ] && SUITES=(trixie sid sid-pandas3)
# Cached chroots are set up again when this or the package list change (requirements-dev.txt: pip only).
RECIPE=4
PANDAS3="pandas>=3,<4"   # what `pip install pandas` gives QGIS users on macOS and Windows since January 2026
PYQT5TO6=0.0.0.dev0   # QGIS' PyQt5 -> PyQt6 migration tool, the only release on PyPI (Nov 2026)
PACKAGES="python3-qgis qgis-providers qgis xvfb python3-pandas python3-matplotlib python3-pytest python3-venv
  python3-pip gdal-bin poppler-utils make ca-certificates postgresql postgresql-postgis python3-openpyxl"
APT_OPTS=(-o Acquire::Check-Valid-Until=false -o Acquire::Retries=3 -o APT::Install-Recommends=false)
# Inside the chroot: the checkout at /work/repo, the data at /work/shared/data/real (= ../shared/data/real).
IN_REPO=/work/repo
IN_REAL=/work/shared/data/real

[ "$(id -u)" -eq 0 ] || { echo "test-matrix needs root (debootstrap, chroot, mount)" >&2; exit 2; }
command -v debootstrap >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap; }
[ -f "$ROOT/i18n/buurtkijker_nl.qm" ] || make -s -C "$ROOT" translations

MOUNTS=()
cleanup() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" 2>/dev/null || true
  done
  MOUNTS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_into() {  # mount_into <chroot> : /proc, /dev, /dev/pts, /sys and the real data (read-only)
  local c=$1
  mkdir -p "$c/proc" "$c/dev" "$c/sys" "$c$IN_REAL"
  mount -t proc proc "$c/proc" && MOUNTS+=("$c/proc")
  mount --bind /dev "$c/dev" && MOUNTS+=("$c/dev")
  mount -t devpts devpts "$c/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null && MOUNTS+=("$c/dev/pts") || true
  mount -t sysfs -o ro sysfs "$c/sys" && MOUNTS+=("$c/sys")
  mount --bind "$REAL" "$c$IN_REAL" && MOUNTS+=("$c$IN_REAL")
  mount -o remount,bind,ro "$c$IN_REAL"
}

in_chroot() {  # in_chroot <chroot> <command...>
  local c=$1; shift
  chroot "$c" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1 BUURTKIJKER_REQUIRE=postgis,openpyxl "$@"
}

make_chroot() {  # make_chroot <suite> : create (or reuse) build/chroots/<suite>
  local suite=$1 c=$CACHE/$1
  local recipe requirements
  recipe="$RECIPE $PYQT5TO6 $PANDAS3 $(echo "$PACKAGES" | md5sum | cut -c1-8)"
  requirements=$(md5sum <"$ROOT/requirements-dev.txt" | cut -c1-8)
  if [ -f "$c/.buurtkijker-ready" ] && [ "$(cat "$c/.buurtkijker-ready")" = "$recipe" ]; then
    echo "== $suite: cached chroot $c (${SECONDS} s)"
    if [ "$(cat "$c/.buurtkijker-requirements" 2>/dev/null)" != "$requirements" ]; then
      echo "== $suite: requirements-dev.txt changed: pip install"
      mount_into "$c"
      pip_requirements "$c"
      [ "$suite" != sid ] || pip_requirements "$c" /opt/venv-pandas3
      cleanup
      echo "$requirements" >"$c/.buurtkijker-requirements"
    fi
    return
  fi
  if [ ! -f "$c/.debootstrap-done" ]; then
    echo "== $suite: debootstrap into $c"
    rm -rf "$c" && mkdir -p "$c"
    debootstrap --variant=minbase "$suite" "$c" "$MIRROR" >"$CACHE/$suite.debootstrap.log" 2>&1 ||
      { tail -20 "$CACHE/$suite.debootstrap.log"; echo "debootstrap $suite failed" >&2; exit 1; }
    touch "$c/.debootstrap-done"
  fi
  echo "== $suite: installing QGIS and the Python packages (${SECONDS} s)"
  echo "deb $MIRROR $suite main" >"$c/etc/apt/sources.list"
  cp /etc/resolv.conf "$c/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$c/usr/sbin/policy-rc.d" && chmod +x "$c/usr/sbin/policy-rc.d"  # no daemons
  mkdir -p "$c/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$c/etc/ssl/certs/ca-certificates.crt"
  mount_into "$c"
  in_chroot "$c" apt-get "${APT_OPTS[@]}" -qq update
  # shellcheck disable=SC2086
  in_chroot "$c" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" -y -qq install $PACKAGES >/dev/null
  in_chroot "$c" apt-get clean
  # The host's bundle again: ca-certificates' postinst may rebuild it without what the host trusts.
  cp /etc/ssl/certs/ca-certificates.crt "$c/etc/ssl/certs/ca-certificates.crt"
  in_chroot "$c" python3 -m venv --system-site-packages /opt/venv
  pip_requirements "$c"
  echo "$requirements" >"$c/.buurtkijker-requirements"
  if [ "$suite" = sid ]; then
    # Its own venv without Debian's QGIS (built on PyQt5): only the Qt enums are checked, the changes that
    # also work on QGIS 3.22 (pyqt5to6's default, QGIS 3 compatible mode).
    in_chroot "$c" python3 -m venv /opt/pyqt5to6
    in_chroot "$c" /opt/pyqt5to6/bin/python -m pip install -q "qgis-pyqt5to6==$PYQT5TO6" PyQt6 PyQt6-QScintilla
    # QGIS 3.44 with pandas 3 (and the numpy 2 it wants) from PyPI, shadowing Debian's pandas.
    in_chroot "$c" python3 -m venv --system-site-packages /opt/venv-pandas3
    in_chroot "$c" /opt/venv-pandas3/bin/python -m pip install -q "$PANDAS3"
    pip_requirements "$c" /opt/venv-pandas3
  fi
  cleanup
  echo "$recipe" >"$c/.buurtkijker-ready"
}

pip_requirements() {  # pip_requirements <chroot> [venv]: requirements-dev.txt's test tools into a venv (PyPI)
  cp "$ROOT/requirements-dev.txt" "$1/tmp/requirements-dev.txt"
  in_chroot "$1" "${2:-/opt/venv}/bin/python" -m pip install -q -r /tmp/requirements-dev.txt
}

copy_checkout() {  # the files git knows (committed or not) plus the built translations, mtimes kept
  local c=$1
  rm -rf "$c$IN_REPO" && mkdir -p "$c$IN_REPO"
  (cd "$ROOT" && { git ls-files -co --exclude-standard; ls i18n/*.qm; } | sort -u |
     while read -r f; do [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf -) | tar -xf - -C "$c$IN_REPO"
}

run_suite() {  # failures are collected in FAILED (a function called with || would run without set -e)
  local suite=$1 base=${1%-pandas3} status=0 venv=/opt/venv
  local c=$CACHE/$base
  [ "$suite" = "$base" ] || venv=/opt/venv-pandas3
  make_chroot "$base"
  copy_checkout "$c"
  mount_into "$c"
  local version
  version=$(in_chroot "$c" $venv/bin/python -c 'from qgis.core import Qgis; import pandas, numpy
print("QGIS", Qgis.QGIS_VERSION, "pandas", pandas.__version__, "numpy", numpy.__version__)')
  echo "== $suite: $version (${SECONDS} s)"
  if [ "$suite" = sid ]; then
    echo "== $suite: no unscoped QGIS / Qt enum (introspecting QGIS 3.44)"
    in_chroot "$c" sh -c "cd $IN_REPO && $venv/bin/python scripts/check_enums.py buurtkijker_plugin scripts tests" ||
      status=1
    echo "== $suite: qgis-pyqt5to6 (QGIS 4 / Qt6 migration) must change nothing"
    rm -rf "$c/tmp/pyqt5to6" && cp -a "$c$IN_REPO" "$c/tmp/pyqt5to6"
    local d log=$c/tmp/pyqt5to6.log
    : >"$log"
    for d in buurtkijker_plugin scripts tests; do  # exit status 1 = it changed something: the diff below says what
      in_chroot "$c" /opt/pyqt5to6/bin/pyqt5to6 "/tmp/pyqt5to6/$d" >>"$log" 2>&1 || true
    done
    if grep -q Traceback "$log"; then
      cat "$log" >&2
      echo "qgis-pyqt5to6 crashed" >&2
      status=1
    elif ! diff -ru "$c$IN_REPO" "$c/tmp/pyqt5to6"; then
      echo "qgis-pyqt5to6 would change the lines above: not ready for QGIS 4 / Qt6" >&2
      status=1
    fi
  fi
  # shellcheck disable=SC2086
  in_chroot "$c" sh -c "cd $IN_REPO && timeout 1800 $venv/bin/python scripts/run_tests.py -q -p no:cacheprovider \
    ${PYTEST_ARGS:-tests}" || status=1
  echo "== $suite: done at ${SECONDS} s"
  cleanup
  [ $status -eq 0 ] || FAILED+=("$suite")
}

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9
FAILED=()
for suite in "${SUITES[@]}"; do
  run_suite "$suite"
done
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "test-matrix FAILED on: ${FAILED[*]}" >&2
  exit 1
fi
echo "test-matrix passed on: ${SUITES[*]}"
