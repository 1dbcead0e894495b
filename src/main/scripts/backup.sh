#!/usr/bin/env bash
# Backs up the system: first the database, then the local file store (in that order: the store is
# content-addressed and never loses a file, so a copy of it started after the database's snapshot holds
# every file the snapshot names; see docs/deployment.md, Backups).
#
#   src/main/scripts/backup.sh [-d DATABASE] [-f FILES-DIR] [-o OUT-DIR] [-F auto|custom|portable]
#
#   -d  the database: a libpq connection string or URI, e.g. postgresql://talent@db.internal:5432/talent
#       (the password from PGPASSWORD or ~/.pgpass). Default: libpq's environment (PGHOST, PGPORT, PGUSER,
#       PGDATABASE).
#   -f  the local file store (talent.uploads.directory). Default: $TALENT_UPLOADS_DIRECTORY; without either
#       the files are not archived (an object-store bucket is copied by its own versioning or replication,
#       or by aws s3 sync after this script; see docs/deployment.md).
#   -o  the backup directory to create. Default: ./talent-backup-<date>-<time>.
#   -F  custom: pg_dump -Fc, which needs a pg_dump at least as new as the server (pg_dump refuses a newer
#       server). portable: every table of the public schema copied with psql's \copy in one read-only
#       snapshot, the sequences' values and the applied migrations; works with any psql, e.g. Debian 12's
#       15 against PostgreSQL 18. auto (default): custom if the pg_dump found is new enough, else portable.
#   PG_BIN  the directory of the PostgreSQL client programs (default: those on the PATH).
#
# Writes OUT-DIR/: manifest (what, when, from which server, the format, the Flyway version), flyway.copy
# (the applied migrations: version, script, checksum), database.dump (custom) or database/ (portable:
# tables.txt with each table's columns, <table>.copy in COPY's text format, sequences.copy), files.tar.gz,
# and SHA256SUMS of them all. src/main/scripts/restore.sh restores it. Needs only read access to every
# table; run it while the application runs (the snapshot is consistent).
set -euo pipefail

DATABASE=
FILES=${TALENT_UPLOADS_DIRECTORY:-}
OUT=
FORMAT=auto
while getopts "d:f:o:F:h" option; do
  case $option in
    d) DATABASE=$OPTARG ;;
    f) FILES=$OPTARG ;;
    o) OUT=$OPTARG ;;
    F) FORMAT=$OPTARG ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
  esac
done
case $FORMAT in auto | custom | portable) ;; *) echo "-F must be auto, custom or portable" >&2; exit 2 ;; esac
OUT=${OUT:-./talent-backup-$(date +%Y%m%d-%H%M%S)}
[ ! -e "$OUT" ] || { echo "$OUT exists already: choose another -o" >&2; exit 2; }

BIN=${PG_BIN:+$PG_BIN/}
PSQL=("${BIN}psql" -X -q -v ON_ERROR_STOP=1)
[ -z "$DATABASE" ] || PSQL+=(-d "$DATABASE")
query() { "${PSQL[@]}" -At -F $'\t' -c "$1"; }

major_of() { "$1" --version | grep -o '[0-9][0-9]*' | head -1; }
SERVER_MAJOR=$(query "select current_setting('server_version_num')::int / 10000")
SERVER_VERSION=$(query "select current_setting('server_version')")
if [ "$FORMAT" = auto ]; then
  if command -v "${BIN}pg_dump" >/dev/null && [ "$(major_of "${BIN}pg_dump")" -ge "$SERVER_MAJOR" ]; then
    FORMAT=custom
  else
    FORMAT=portable
  fi
elif [ "$FORMAT" = custom ] && [ "$(major_of "${BIN}pg_dump")" -lt "$SERVER_MAJOR" ]; then
  echo "pg_dump $(major_of "${BIN}pg_dump") cannot dump a PostgreSQL $SERVER_MAJOR server: set PG_BIN to the" \
    "binaries of PostgreSQL $SERVER_MAJOR or later, or use -F portable" >&2
  exit 2
fi
FLYWAY_VERSION=$(query "select version from flyway_schema_history where success and version is not null
  order by installed_rank desc limit 1")
[ -n "$FLYWAY_VERSION" ] || { echo "No applied migration in flyway_schema_history: is this the application's database?" >&2; exit 2; }

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
START=$(date -u +%Y-%m-%dT%H:%M:%SZ)
FLYWAY_COPY="\\copy (select version, script, checksum from flyway_schema_history where success and version is not null order by installed_rank) to 'flyway.copy'"

echo "Backing up the database (PostgreSQL $SERVER_VERSION, Flyway version $FLYWAY_VERSION, format $FORMAT) into $OUT ..."
if [ "$FORMAT" = custom ]; then
  (cd "$OUT" && "${PSQL[@]}" -c "$FLYWAY_COPY")
  DUMP=("${BIN}pg_dump" -Fc -f "$OUT/database.dump")
  [ -z "$DATABASE" ] || DUMP+=(-d "$DATABASE")
  "${DUMP[@]}"
  CLIENT_MAJOR=$(major_of "${BIN}pg_dump")
else
  mkdir "$OUT/database"
  # every ordinary (and partitioned) table of the public schema, with its columns but generated ones
  query "select c.relname, string_agg(quote_ident(a.attname), ',' order by a.attnum)
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
           join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
          where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
          group by c.relname order by c.relname" > "$OUT/database/tables.txt"
  [ -s "$OUT/database/tables.txt" ] || { echo "No table in the public schema" >&2; exit 1; }
  if grep -qv $'^[a-z_][a-z0-9_]*\t' "$OUT/database/tables.txt"; then
    echo "A table name needs quoting; this script expects the migrations' plain lower-case names" >&2
    exit 1
  fi
  {
    echo "begin transaction isolation level repeatable read, read only;"
    while IFS=$'\t' read -r table columns; do
      echo "\\copy (select $columns from public.$table) to 'database/$table.copy'"
    done < "$OUT/database/tables.txt"
    echo "$FLYWAY_COPY"
    # read after the tables: a sequence is never behind the rows copied before
    echo "\\copy (select format('%I.%I', schemaname, sequencename), last_value from pg_sequences where schemaname = 'public' order by 1) to 'database/sequences.copy'"
    echo "commit;"
  } > "$OUT/database/dump.sql"
  (cd "$OUT" && "${PSQL[@]}" -f database/dump.sql)
  rm "$OUT/database/dump.sql"
  CLIENT_MAJOR=$(major_of "${BIN}psql")
fi

# then the files
if [ -n "$FILES" ]; then
  if [ -d "$FILES" ]; then
    echo "Archiving the file store $FILES ..."
    tar -C "$FILES" --exclude='upload-*.part' -czf "$OUT/files.tar.gz" .
    FILES_NOTE="files.tar.gz: $FILES ($(tar -tzf "$OUT/files.tar.gz" | grep -c '[0-9a-f]\{64\}$' || true) files)"
  else
    echo "The file store $FILES does not exist (nothing uploaded yet?): an empty archive is written."
    tar -czf "$OUT/files.tar.gz" -T /dev/null
    FILES_NOTE="files.tar.gz: empty ($FILES did not exist)"
  fi
else
  FILES_NOTE="files: not archived (no -f and no TALENT_UPLOADS_DIRECTORY)"
  echo "The file store is not archived: give -f DIR (or TALENT_UPLOADS_DIRECTORY) for a local store."
fi

{
  echo "format=$FORMAT"
  echo "started=$START"
  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "server_version=$SERVER_VERSION"
  echo "client_major=$CLIENT_MAJOR"
  echo "flyway_version=$FLYWAY_VERSION"
  echo "database=$(query "select current_database()")"
  echo "$FILES_NOTE"
} > "$OUT/manifest"
(cd "$OUT" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "Backup complete: $OUT ($(du -sh "$OUT" | cut -f1))"
