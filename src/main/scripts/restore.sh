#!/usr/bin/env bash
# Restores a backup made by src/main/scripts/backup.sh into a database whose schema the application's
# own Flyway migrations created, at the same version as the backup:
#
#   1. stop every instance of the application;
#   2. create an empty database and start the application of the backup's version on it once, without the
#      demo (the prod profile), so that Flyway creates the schema; stop it again;
#   3. src/main/scripts/restore.sh [-d DATABASE] [-f FILES-DIR] BACKUP-DIR
#   4. start the application (the same ID-number keys as when the backup was taken).
#
#   -d  the database, as for backup.sh (default: libpq's environment: PGHOST, PGPORT, PGUSER, PGDATABASE).
#   -f  the local file store to restore files.tar.gz into (talent.uploads.directory). Default:
#       $TALENT_UPLOADS_DIRECTORY; without either the files are not restored. Existing files stay: the store
#       is content-addressed, so a file of the same name has the same content.
#   PG_BIN  the directory of the PostgreSQL client programs (default: those on the PATH).
#   RESTORE_FORCE=1  restore even if other sessions are connected to the database.
#
# It checks the backup's checksums, refuses a database whose applied migrations (version and checksum) differ
# from the backup's, then in one transaction, with session_replication_role = replica so that no trigger
# and no foreign key fires while loading (the counts the triggers keep are restored as they were): empties
# every table but flyway_schema_history, loads every table, checks the row counts (portable format), and
# sets every sequence to its value in the backup. Last it unpacks the files and checks that every file the
# database names (the sha256 columns and the dossier versions) is there, with that checksum.
#
# Needs a superuser, or (PostgreSQL 15 and later) the database's owner with
#   grant set on parameter session_replication_role to <owner>;
set -euo pipefail

DATABASE=
FILES=${TALENT_UPLOADS_DIRECTORY:-}
while getopts "d:f:h" option; do
  case $option in
    d) DATABASE=$OPTARG ;;
    f) FILES=$OPTARG ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# = 1 ] || { echo "usage: $0 [-d DATABASE] [-f FILES-DIR] BACKUP-DIR" >&2; exit 2; }
BACKUP=$(cd "$1" && pwd)
[ -f "$BACKUP/manifest" ] || { echo "$BACKUP has no manifest: not a backup of backup.sh" >&2; exit 2; }

BIN=${PG_BIN:+$PG_BIN/}
PSQL=("${BIN}psql" -X -q -v ON_ERROR_STOP=1)
[ -z "$DATABASE" ] || PSQL+=(-d "$DATABASE")
query() { "${PSQL[@]}" -At -F $'\t' -c "$1"; }
manifest() { sed -n "s/^$1=//p" "$BACKUP/manifest"; }
major_of() { "$1" --version | grep -o '[0-9][0-9]*' | head -1; }

echo "Checking the backup's checksums ..."
(cd "$BACKUP" && sha256sum --quiet -c SHA256SUMS)
FORMAT=$(manifest format)
echo "Backup of $(manifest started) (PostgreSQL $(manifest server_version), Flyway version $(manifest flyway_version), format $FORMAT)"

# The schema must be the backup's: the same migrations, by version and checksum.
TARGET_VERSION=$(query "select coalesce((select version from flyway_schema_history where success and version is not null
  order by installed_rank desc limit 1), 'none')" 2>/dev/null || echo none)
DIFFERENCE=$(cd "$BACKUP" && "${PSQL[@]}" -At -F ' ' <<'SQL'
create temp table backup_migration (version text, script text, checksum integer);
\copy backup_migration from 'flyway.copy'
(select 'backup:', version, script from backup_migration
   except select 'backup:', version, script from flyway_schema_history where success and version is not null)
union all
(select 'database:', version, script from flyway_schema_history where success and version is not null
   except select 'database:', version, script from backup_migration)
union all
select 'checksum:', b.version, b.script from backup_migration b join flyway_schema_history f using (version)
 where f.success and f.checksum is distinct from b.checksum
order by 2, 1;
SQL
) || { echo "Could not read the database's flyway_schema_history: has the application created the schema?" >&2; exit 1; }
if [ -n "$DIFFERENCE" ]; then
  echo "The database's schema is not the backup's: the backup was taken at Flyway version $(manifest flyway_version)," \
    "this database is at $TARGET_VERSION. Migrations that differ (only in the backup, only in the database," \
    "or with another checksum):" >&2
  echo "$DIFFERENCE" | sed 's/^/  /' >&2
  echo "Create the schema with the application of the backup's version (started once on an empty database)." >&2
  exit 1
fi

OTHERS=$(query "select count(*) from pg_stat_activity where datname = current_database()
  and pid <> pg_backend_pid() and backend_type = 'client backend'")
if [ "$OTHERS" != 0 ] && [ "${RESTORE_FORCE:-}" != 1 ]; then
  echo "$OTHERS other sessions are connected to the database: stop every instance of the application first" \
    "(or RESTORE_FORCE=1)." >&2
  exit 1
fi

TARGET_TABLES=$(query "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    and c.relname <> 'flyway_schema_history' order by 1")
TRUNCATE="truncate table $(echo "$TARGET_TABLES" | sed 's/^/public./' | paste -sd, -);"

SCRIPT=$(mktemp)
trap 'rm -f "$SCRIPT"' EXIT
if [ "$FORMAT" = portable ]; then
  BACKUP_TABLES=$(cut -f1 "$BACKUP/database/tables.txt" | grep -vx flyway_schema_history)
  if [ "$BACKUP_TABLES" != "$TARGET_TABLES" ]; then
    echo "The backup's tables and the database's differ:" >&2
    diff <(echo "$BACKUP_TABLES") <(echo "$TARGET_TABLES") | grep '^[<>]' | sed 's/^</  only in the backup:/; s/^>/  only in the database:/' >&2
    exit 1
  fi
  {
    echo "begin;"
    echo "set local session_replication_role = replica;"
    echo "$TRUNCATE"
    while IFS=$'\t' read -r table columns; do
      [ "$table" != flyway_schema_history ] || continue
      rows=$(wc -l < "$BACKUP/database/$table.copy")
      echo "\\copy public.$table ($columns) from 'database/$table.copy'"
      echo "do \$\$ declare n bigint; begin select count(*) into n from public.$table; if n <> $rows then" \
        "raise exception 'table $table: % rows loaded, $rows in the backup', n; end if; end \$\$;"
    done < "$BACKUP/database/tables.txt"
    echo "create temp table backup_sequence (name text, last_value bigint) on commit drop;"
    echo "\\copy backup_sequence from 'database/sequences.copy'"
    cat <<'SQL'
do $$
declare s record;
begin
  for s in select name, last_value from backup_sequence loop
    if s.last_value is null then
      execute format('alter sequence %s restart', s.name);
    else
      perform setval(s.name::regclass, s.last_value, true);
    end if;
  end loop;
end $$;
commit;
SQL
  } > "$SCRIPT"
  echo "Loading $(wc -l < "$BACKUP/database/tables.txt") tables in one transaction ..."
  (cd "$BACKUP" && "${PSQL[@]}" -f "$SCRIPT" > /dev/null)
elif [ "$FORMAT" = custom ]; then
  if [ "$(major_of "${BIN}pg_restore")" -lt "$(manifest client_major)" ]; then
    echo "The dump was written by pg_dump $(manifest client_major); pg_restore $(major_of "${BIN}pg_restore")" \
      "cannot read it: set PG_BIN to the binaries of PostgreSQL $(manifest client_major) or later" >&2
    exit 1
  fi
  LIST=$(mktemp)
  trap 'rm -f "$SCRIPT" "$LIST"' EXIT
  "${BIN}pg_restore" -l "$BACKUP/database.dump" | grep -v ' TABLE DATA public flyway_schema_history ' > "$LIST"
  echo "Loading the dump's data in one transaction ..."
  {
    echo "begin;"
    echo "set local session_replication_role = replica;"
    echo "$TRUNCATE"
    "${BIN}pg_restore" --data-only --no-owner -L "$LIST" -f - "$BACKUP/database.dump"
    echo "commit;"
  } > "$SCRIPT"
  "${PSQL[@]}" -f "$SCRIPT" > /dev/null
else
  echo "Unknown format in the manifest: $FORMAT" >&2
  exit 1
fi
echo "Database restored."

# The files, then the check that every file the database names is there.
if [ -z "$FILES" ]; then
  echo "The files are not restored (no -f and no TALENT_UPLOADS_DIRECTORY)."
  exit 0
fi
if [ -f "$BACKUP/files.tar.gz" ]; then
  mkdir -p "$FILES"
  tar -C "$FILES" -xzf "$BACKUP/files.tar.gz"
  echo "Files restored into $FILES."
else
  echo "The backup has no files.tar.gz (taken without -f): the file store is not restored."
fi
HASHES=$(query "select string_agg(format('select %I::text from public.%I where %I is not null', column_name, table_name,
    column_name), ' union ')
  from information_schema.columns where table_schema = 'public' and column_name ~ 'sha256$'")
if [ -n "$(query "select 1 from information_schema.columns where table_schema = 'public'
    and table_name = 'dossier_version' and column_name = 'content'")" ]; then
  HASHES="$HASHES union select (regexp_matches(content::text, '\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"', 'g'))[1] from public.dossier_version"
fi
NAMED=
[ -z "$HASHES" ] || NAMED=$(query "$HASHES")
MISSING=0
CHECKED=0
while read -r hash; do
  [ -n "$hash" ] || continue
  CHECKED=$((CHECKED + 1))
  file="$FILES/${hash:0:2}/$hash"
  if [ ! -f "$file" ]; then
    echo "missing: $hash" >&2
    MISSING=$((MISSING + 1))
  elif [ "$(sha256sum < "$file" | cut -d' ' -f1)" != "$hash" ]; then
    echo "changed: $hash" >&2
    MISSING=$((MISSING + 1))
  fi
done <<< "$NAMED"
if [ "$MISSING" != 0 ]; then
  echo "$MISSING of the $CHECKED files the database names are missing or changed in $FILES." >&2
  exit 1
fi
echo "All $CHECKED files the database names are in $FILES, unchanged."
