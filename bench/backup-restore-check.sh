#!/usr/bin/env bash
# Checks that a backup restores to the same system: backs up the demo with src/main/scripts/backup.sh,
# restores it with src/main/scripts/restore.sh into a database whose schema the application's own Flyway
# migrations created, and compares pages before and after.
#
#   bench/backup-restore-check.sh        # the jar in target/ (./mvnw -B package -DskipTests first)
#
# Takes a few minutes (three starts of the application, each -Xmx512m); everything lives in
# target/backup-check/ (deleted at the start). Ports: the application 8097 (CHECK_PORT), the source's
# embedded PostgreSQL 54347 (CHECK_PG_PORT), the restored one's 54348 (CHECK_PG_PORT_RESTORED), apart
# from bench/run.sh's (8089, 54339). Needs curl, psql (Debian's 15 is enough: backup.sh then writes its
# portable format), sha256sum and tar; as root also unshare (util-linux), since PostgreSQL's own programs
# refuse root.
#
#  1. Starts the application on a fresh embedded data directory, which loads the demo; applicant02 uploads a
#     small PDF to the attachments of its draft, so the file store holds a file the database names.
#  2. Signs in as a few demo users and saves the pages' text (the supervisor's audit trail of the applications first: the sign-ins after the restore add lines of their own, the office's home
#     and /applications, a recommending unit's home, an applicant's home, applicant02's dossier), without the
#     CSRF tokens, which differ at every page.
#  3. Backs up while the application runs (backup.sh), then stops it.
#  4. Starts the application on ANOTHER fresh data directory under the prod profile, which loads no demo (no
#     property turns the demo off otherwise), with the embedded server switched back on, a public address
#     and throwaway ID-number keys, which prod requires: Flyway creates the empty schema. Stops it.
#  5. Starts that embedded server alone (its own pg_ctl), restores into it (restore.sh), stops it.
#  6. Starts the application on it as in step 1 (without prod, with the demo's keys), signs in again and
#     saves the same pages; downloads the attachment; compares the file stores.
#  7. Prints SAME or DIFFERENT per page (with the first lines of the difference) and exits non-zero on any
#     difference. The scheduled jobs are off in every start, so nothing changes the data between the two.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${CHECK_PORT:-8097}
PG_SOURCE=${CHECK_PG_PORT:-54347}
PG_TARGET=${CHECK_PG_PORT_RESTORED:-54348}
BASE="http://localhost:$PORT"
W=target/backup-check
SOURCE_DATA="$W/source/postgres"
TARGET_DATA="$W/restored/postgres"

find_jar
for tool in curl psql sha256sum tar; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
[ "$(id -u)" != 0 ] || command -v unshare >/dev/null || { echo "unshare is missing (util-linux)" >&2; exit 1; }
require_free_port "$PORT"
require_free_port "$PG_SOURCE"
require_free_port "$PG_TARGET"
stop_stale_postgres "$SOURCE_DATA"
stop_stale_postgres "$TARGET_DATA"
rm -rf "$W"
mkdir -p "$W/before" "$W/after"
echo "Heap limit of each start: $(heap_limit_mb) MB (-Xmx$HEAP); logs in $W"

MANUAL_PG=
on_exit() {
  cleanup_background
  if [ -n "$MANUAL_PG" ]; then
    as_pg_user "$(embedded_pg_bin "$MANUAL_PG")/pg_ctl" -D "$MANUAL_PG" stop -m fast -w > /dev/null 2>&1 || true
  fi
}
trap on_exit EXIT

# The scheduled jobs (reminders, mail, the counts' folding) stay off: nothing but the restore may change the data.
COMMON=(--server.port="$PORT" --talent.scheduling.enabled=false)

jar_of() { echo "$W/cookies-$1"; }
get() { # $1 user, $2 path: the page, with the user's cookies (kept up to date)
  curl -s -b "$(jar_of "$1")" -c "$(jar_of "$1")" "$BASE$2"
}
normalize() { # the page without what differs at every request: the CSRF tokens
  sed -E -e 's/(name="_csrf"[^>]*value=")[^"]*"/\1"/g' -e 's/(<meta name="_csrf" content=")[^"]*"/\1"/g'
}

PAGES=()
save_pages() { # $1 directory
  local i=0 page user path status
  for page in "${PAGES[@]}"; do
    read -r user path <<< "$page"
    sign_in "$BASE" "$user" "$(jar_of "$user")"
    status=$(curl -s -b "$(jar_of "$user")" -o "$1/$i.raw" -w '%{http_code}' "$BASE$path")
    normalize < "$1/$i.raw" > "$1/$i.html"
    echo "  $user $path: $status, $(wc -c < "$1/$i.html") bytes"
    i=$((i + 1))
  done
}

# 1. The source: the demo on a fresh data directory
echo "1. Starting the application on a fresh data directory (loads the demo; $W/source.log) ..."
start_app "$W/source.log" "${COMMON[@]}" --talent.embedded-postgres.data-directory="$SOURCE_DATA" \
  --talent.embedded-postgres.port="$PG_SOURCE" --talent.uploads.directory="$W/source/files"
wait_for_log "$W/source.log" "$READINESS" 900 "$APP_PID"
SOURCE_PID=$APP_PID

sign_in "$BASE" applicant02 "$(jar_of applicant02)"
APPLICATION=$(get applicant02 /applications | grep -o 'href="/applications/[0-9]*"' | head -1 | grep -o '[0-9][0-9]*' || true)
[ -n "$APPLICATION" ] || { echo "applicant02 has no application in the demo" >&2; exit 1; }
DOSSIER=$(get applicant02 "/applications/$APPLICATION/dossier")
TOKEN=$(echo "$DOSSIER" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')
HEADER=$(echo "$DOSSIER" | grep -o '<meta name="_csrf_header" content="[^"]*"' | sed 's/.*content="//;s/"$//')
KINDS=$(echo "$DOSSIER" | sed -n '/id="attachment-kind"/,/<\/select>/p' | grep -o 'value="[^"]*"' | sed 's/value="//;s/"$//')
KIND=$(echo "$KINDS" | grep -x OTHER || echo "$KINDS" | head -1)
printf '%%PDF-1.4\n%% bench/backup-restore-check.sh %s\n%%%%EOF\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$W/evidence.pdf"
STATUS=$(curl -s -b "$(jar_of applicant02)" -c "$(jar_of applicant02)" -o /dev/null -w '%{http_code}' \
  -H "$HEADER: $TOKEN" -F "kind=$KIND" -F "file=@$W/evidence.pdf;type=application/pdf" \
  "$BASE/applications/$APPLICATION/attachments")
DOSSIER=$(get applicant02 "/applications/$APPLICATION/dossier")
if [ "$STATUS" != 302 ] || [[ $DOSSIER != *evidence.pdf* ]]; then
  echo "The upload of evidence.pdf to application $APPLICATION failed (HTTP $STATUS)" >&2
  exit 1
fi
echo "   applicant02 uploaded evidence.pdf ($KIND) to application $APPLICATION."

# 2. The pages before; the supervisor's audit trail first, before any other page is opened
PAGES=("supervisor /audit?subjectType=APPLICATION" "office /" "office /applications" "recommender /" "applicant /"
  "applicant02 /applications/$APPLICATION/dossier")
echo "2. Pages before the backup:"
save_pages "$W/before"

# 3. Back up while it runs, then stop
echo "3. Backing up ..."
src/main/scripts/backup.sh -d "postgresql://postgres@localhost:$PG_SOURCE/postgres" -f "$W/source/files" -o "$W/backup"
stop_app "$SOURCE_PID"

# 4. An empty schema by Flyway: prod (no demo), the embedded server on, throwaway keys for an empty database
echo "4. Starting the application under prod on another fresh data directory (Flyway only; $W/empty.log) ..."
key() { head -c 32 /dev/urandom | base64; }
start_app "$W/empty.log" "${COMMON[@]}" --spring.profiles.active=prod --talent.embedded-postgres.enabled=true \
  --talent.embedded-postgres.data-directory="$TARGET_DATA" --talent.embedded-postgres.port="$PG_TARGET" \
  --talent.uploads.directory="$W/restored/files" --talent.public-base-url=https://restore-check.example.invalid \
  --talent.pii.keys="check:$(key)" --talent.pii.current-key=check --talent.pii.hash-key="$(key)" \
  --talent.bootstrap.admin-password=
wait_for_log "$W/empty.log" "$READINESS" 600 "$APP_PID"
stop_app "$APP_PID"

# 5. Restore into it, with its embedded server started alone
echo "5. Restoring ..."
PG_BIN_DIR=$(embedded_pg_bin "$TARGET_DATA")
as_pg_user "$PG_BIN_DIR/pg_ctl" -D "$TARGET_DATA" -o "-p $PG_TARGET -F -c timezone=Asia/Shanghai" -w \
  -l "$W/restore-postgres.log" start > /dev/null
MANUAL_PG=$TARGET_DATA
src/main/scripts/restore.sh -d "postgresql://postgres@localhost:$PG_TARGET/postgres" -f "$W/restored/files" "$W/backup"
as_pg_user "$PG_BIN_DIR/pg_ctl" -D "$TARGET_DATA" stop -m fast -w > /dev/null
MANUAL_PG=

# 6. The restored system, started as the source was
echo "6. Starting the application on the restored database ($W/restored.log) ..."
start_app "$W/restored.log" "${COMMON[@]}" --talent.embedded-postgres.data-directory="$TARGET_DATA" \
  --talent.embedded-postgres.port="$PG_TARGET" --talent.uploads.directory="$W/restored/files"
wait_for_log "$W/restored.log" "$READINESS" 600 "$APP_PID"
echo "   Pages after the restore:"
save_pages "$W/after"

# 7. Compare
echo
echo "7. Comparison"
DIFFERENT=0
i=0
for page in "${PAGES[@]}"; do
  if cmp -s "$W/before/$i.html" "$W/after/$i.html" && [ -s "$W/before/$i.html" ]; then
    echo "SAME       $page"
  else
    echo "DIFFERENT  $page"
    diff -u "$W/before/$i.html" "$W/after/$i.html" | head -30 | sed 's/^/    /' || true
    DIFFERENT=$((DIFFERENT + 1))
  fi
  i=$((i + 1))
done
ATTACHMENT=$(grep -o "href=\"/applications/$APPLICATION/attachments/[0-9]*\"" "$W/after/5.html" | head -1 |
  sed 's/href="//;s/"$//' || true)
if [ -n "$ATTACHMENT" ] && get applicant02 "$ATTACHMENT" > "$W/evidence-downloaded.pdf" &&
  [ "$(sha256sum < "$W/evidence.pdf")" = "$(sha256sum < "$W/evidence-downloaded.pdf")" ]; then
  echo "SAME       the attachment evidence.pdf, downloaded after the restore"
else
  echo "DIFFERENT  the attachment evidence.pdf, downloaded after the restore (${ATTACHMENT:-no link})"
  DIFFERENT=$((DIFFERENT + 1))
fi
if diff -r -x 'upload-*.part' "$W/source/files" "$W/restored/files" > "$W/files.diff"; then
  echo "SAME       the file store ($(find "$W/restored/files" -type f | wc -l) files)"
else
  echo "DIFFERENT  the file store (see $W/files.diff)"
  DIFFERENT=$((DIFFERENT + 1))
fi
echo
if [ "$DIFFERENT" != 0 ]; then
  echo "$DIFFERENT differences: the restore does not give back the same system (pages in $W/before and $W/after)."
  exit 1
fi
echo "The restored system shows the same pages and files."
