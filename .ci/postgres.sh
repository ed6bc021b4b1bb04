#!/usr/bin/env bash
# PostgreSQL for the store tests, on a fresh Debian machine as root: installs Debian's package if
# missing, starts a cluster on 127.0.0.1:5432, creates role dyad/dyad and database dyad_test
# (idempotent, non-interactive), then exports DYAD_TEST_PG and prints it. Sourced by .ci/run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" != 0 ]; then
  echo "postgres.sh: needs root to install and start PostgreSQL; PostgreSQL tests will be skipped" >&2
  return 0 2>/dev/null || exit 0
fi
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main"' | grep -q .; then
  pg_createcluster "$ver" main -p 5432 >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" && $4=="online"' | grep -q .; then
  pg_ctlcluster "$ver" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 1
done
psql_su() { su postgres -c "psql -q -v ON_ERROR_STOP=1 -p 5432 -d postgres -tAc \"$1\""; }
if [ "$(psql_su "SELECT 1 FROM pg_roles WHERE rolname='dyad'")" != 1 ]; then
  psql_su "CREATE ROLE dyad LOGIN PASSWORD 'dyad' CREATEDB"
fi
if [ "$(psql_su "SELECT 1 FROM pg_database WHERE datname='dyad_test'")" != 1 ]; then
  psql_su "CREATE DATABASE dyad_test OWNER dyad"
fi
export DYAD_TEST_PG="postgres://dyad:dyad@127.0.0.1:5432/dyad_test"
echo "$DYAD_TEST_PG"
