#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs them.
# The README's test command; .ci/run calls exactly this.
#
#   bash scripts/test.sh [PYTEST ARGS...]
#
# Python: the active virtual environment if there is one; else the interpreter
# ($PYTHON, default python3) when pip may install into it (pyenv, CI); else, when
# it is the system's Python that refuses `pip install` (Debian, PEP 668), a
# virtual environment in .venv (created once; python3-venv installed if missing).
#
# PostgreSQL: the store, case and web tests also run on PostgreSQL, in a throw-away
# schema per test, in the database named by $DIGNITY_TEST_DATABASE_URL.  Unless that
# is set, this script installs and starts PostgreSQL if needed and makes a database
# `test` that the tests may create schemas in: as postgres@127.0.0.1 when that role
# can connect without a password, else (as root, or with sudo) a role of your own
# user name, owner of `test`, reached through the local socket.  Without either, the
# PostgreSQL tests skip and say why; SQLite alone runs everything else.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  echo "installing Debian packages: $*"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "$@" >/dev/null
}

# Debian packages the tests use (only those missing are installed).
need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# OCR of scanned PDFs and images: Tesseract and its English, Spanish and French data.
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
for l in eng spa fra; do
  [ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/$l.traineddata 2>/dev/null)" ] || need_apt+=("tesseract-ocr-$l")
done
# WeasyPrint (PDF reports and letters): Pango, HarfBuzz's subsetter and one font.
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' || need_apt+=(libpango-1.0-0 libpangoft2-1.0-0)
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so.0' || need_apt+=(libharfbuzz-subset0)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
# The web app's browser test: Playwright drives Debian's chromium (never `playwright install`).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# The PostgreSQL variants of the store tests (unless a database is given).
if [ -z "${DIGNITY_TEST_DATABASE_URL:-}" ] && ! command -v pg_ctlcluster >/dev/null 2>&1 \
   && ! command -v pg_isready >/dev/null 2>&1; then
  need_apt+=(postgresql)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  apt_install "${need_apt[@]}" || echo "note: could not install ${need_apt[*]}; the tests that need them skip"
fi

# ---------------------------------------------------------------- Python
in_venv() { "$1" -c 'import sys; sys.exit(0 if sys.prefix != sys.base_prefix else 1)' 2>/dev/null; }
externally_managed() {
  "$1" -c 'import os, sys, sysconfig
sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'
}
if ! in_venv "$PY" && externally_managed "$PY"; then
  if [ ! -x .venv/bin/python ]; then
    if ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then
      ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
      apt_install python3-venv || apt_install "python${ver}-venv" || true
    fi
    echo "creating a virtual environment in .venv (this Python refuses pip install outside one)"
    "$PY" -m venv .venv
  fi
  PY=.venv/bin/python
  echo "using $PY"
fi

"$PY" -m pip install -q --disable-pip-version-check -e ".[test]"

# ---------------------------------------------------------------- PostgreSQL
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

setup_postgres() {
  command -v psql >/dev/null 2>&1 || { echo "PostgreSQL is not installed: its tests skip"; return; }
  if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1; then
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
      echo "starting PostgreSQL"
      "${SUDO[@]}" pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | tail -n 1)" main start || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
    fi
  fi
  export PGCONNECT_TIMEOUT=5
  # 1. postgres@127.0.0.1 without a password (trust), as on CI
  if psql -w -h 127.0.0.1 -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
    if ! psql -w -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" \
         | grep -q 1; then
      echo "creating the PostgreSQL database 'test'"
      createdb -w -h 127.0.0.1 -U postgres test
    fi
    export DIGNITY_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test
    return
  fi
  # 2. a role of your own user name, owner of `test`, through the local socket (peer)
  local me socket=/var/run/postgresql
  me=$(id -un)
  if as_postgres psql -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
    if ! as_postgres psql -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$me'" | grep -q 1; then
      echo "creating the PostgreSQL role '$me'"
      as_postgres createuser "$me"
    fi
    if ! as_postgres psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
      echo "creating the PostgreSQL database 'test' (owner $me)"
      as_postgres createdb -O "$me" test
    fi
    if psql -w -h "$socket" -d test -tAc 'SELECT 1' >/dev/null 2>&1; then
      export DIGNITY_TEST_DATABASE_URL="postgresql+psycopg:///test?host=$socket"
      return
    fi
  fi
  echo "PostgreSQL tests will skip: they need a database they may create schemas in, either"
  echo "  postgres@127.0.0.1 without a password (this script then creates 'test'), or"
  echo "  root or sudo rights to act as the postgres user (a role '$me' owning 'test'), or"
  echo "  DIGNITY_TEST_DATABASE_URL=postgresql+psycopg://USER:PASSWORD@HOST:5432/DB (set by you)"
}

if [ -z "${DIGNITY_TEST_DATABASE_URL:-}" ]; then
  setup_postgres
fi

set +e
"$PY" -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of the suite here.
exit $rc
