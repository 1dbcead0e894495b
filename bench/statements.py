#!/usr/bin/env python3
"""The SQL statements of one page request, from PostgreSQL's JSON server log (log_destination = jsonlog).

Used by bench/run.sh: it switches log_min_duration_statement to 0 for the moment of one request, and
pipes the part of the log written meanwhile into this script:

    python3 bench/statements.py OUT.sql OUT.txt LOG START END    # the bytes START..END of LOG
    python3 bench/statements.py OUT.sql OUT.txt < part-of-log.json

It reads the statements the application sent (every client but psql and pgbench, which the script
itself uses), and writes:

  OUT.sql  the statements in the order they ran, each parameter ($1, $2, ...) replaced by the literal
           value the log shows, ready for psql -f and pgbench -f (simple protocol). Transactions are
           kept as the application ran them, but each COMMIT becomes ROLLBACK and a write outside a
           transaction is wrapped in BEGIN ... ROLLBACK: replaying a page thousands of times must not
           change the data (the session's last-access update, for one). SET and SHOW are left out.
  OUT.txt  one line per statement: its time on the server (parse + bind + execute, in ms) and its
           text with the parameters, for reading.

and prints one line on standard output: statements=N server_ms=X top_ms=Y
(N statements executed, X ms on the server for all of them, Y ms for the slowest one).

Parameters are written as untyped literals ('42'), which PostgreSQL types from their context as it
does the driver's parameters; a statement whose context cannot type them makes the replay fail, and
run.sh then says so instead of printing a figure.
"""
import json
import re
import sys

LINE = re.compile(r"^duration: ([0-9.]+) ms  (statement|parse|bind|execute(?: fetch from)?)(?: ([^:]*))?: (.*)$",
                  re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
WRITE = re.compile(r"^\s*(insert|update|delete|merge|with\b.*\b(insert|update|delete)\b|select\b.*\bfor (update|share|no key update|key share)\b)",
                   re.I | re.S)
TOOLS = {"psql", "pgbench"}
CONTROL = ("begin", "start", "commit", "end", "rollback", "abort", "set", "show", "reset", "discard", "deallocate")


def first_word(sql):
    words = sql.split(None, 1)
    return words[0].lower().rstrip(";") if words else ""


def substitute(sql, params):
    """Replaces $n outside literals, quoted names, comments and dollar-quoted text."""
    out = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c == "'":
            escaped = i > 0 and sql[i - 1] in "eE" and (i < 2 or not (sql[i - 2].isalnum() or sql[i - 2] == "_"))
            j = i + 1
            while j < n:
                if escaped and sql[j] == "\\":
                    j += 2
                    continue
                if sql[j] == "'":
                    if j + 1 < n and sql[j + 1] == "'":
                        j += 2
                        continue
                    break
                j += 1
            out.append(sql[i:j + 1])
            i = j + 1
        elif c == '"':
            j = sql.find('"', i + 1)
            j = n - 1 if j < 0 else j
            out.append(sql[i:j + 1])
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            out.append(sql[i:j])
            i = j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(sql[i:j])
            i = j
        elif c == "$":
            m = re.match(r"\$(\d+)", sql[i:])
            if m:
                number = int(m.group(1))
                if number not in params:
                    raise ValueError("no value for $%d" % number)
                out.append(params[number])
                i += len(m.group(0))
                continue
            m = re.match(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$", sql[i:])
            if m:
                tag = m.group(0)
                j = sql.find(tag, i + len(tag))
                j = n if j < 0 else j + len(tag)
                out.append(sql[i:j])
                i = j
                continue
            out.append(c)
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def log_lines():
    if len(sys.argv) == 6:
        with open(sys.argv[3], "rb") as log:
            start, end = int(sys.argv[4]), int(sys.argv[5])
            log.seek(start)
            return log.read(max(0, end - start)).decode("utf-8", "replace").splitlines()
    return sys.stdin


def main():
    sql_path, text_path = sys.argv[1], sys.argv[2]
    statements = []  # [sql, params, ms]
    pending = {}     # per backend: the time of its parse and bind, added to the execute that follows
    for raw in log_lines():
        try:
            entry = json.loads(raw)
        except ValueError:
            continue
        if entry.get("application_name") in TOOLS or entry.get("backend_type") not in (None, "client backend"):
            continue
        m = LINE.match(entry.get("message", ""))
        if not m:
            continue
        ms, phase, sql = float(m.group(1)), m.group(2), m.group(4)
        pid = entry.get("pid")
        if phase in ("parse", "bind"):
            pending[pid] = pending.get(pid, 0.0) + ms
            continue
        ms += pending.pop(pid, 0.0)
        if phase == "execute fetch from":
            # the next rows of a statement already counted: its time belongs to it
            if statements:
                statements[-1][2] += ms
            continue
        params = {int(k): v for k, v in PARAM.findall(entry.get("detail") or "")}
        statements.append([sql.strip(), params, ms])

    lines, texts = [], []
    in_transaction = False
    for sql, params, ms in statements:
        body = sql.rstrip().rstrip(";").strip()
        if not body:
            continue
        word = first_word(body)
        text = substitute(body, params)
        texts.append("%9.3f ms  %s" % (ms, " ".join(text.split())))
        if word in ("set", "show", "reset", "discard", "deallocate") and not body.lower().startswith("set local"):
            continue
        if word in ("begin", "start"):
            if in_transaction:
                lines.append("ROLLBACK;")
            lines.append(text + ";")
            in_transaction = True
        elif word in ("commit", "end", "rollback", "abort"):
            if in_transaction:
                lines.append("ROLLBACK;")
            in_transaction = False
        elif not in_transaction and WRITE.match(text):
            lines += ["BEGIN;", text + ";", "ROLLBACK;"]
        else:
            lines.append(text + ";")
    if in_transaction:
        lines.append("ROLLBACK;")

    with open(sql_path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + ("\n" if lines else ""))
    with open(text_path, "w", encoding="utf-8") as out:
        out.write("\n".join(texts) + ("\n" if texts else ""))
    executed = [ms for sql, params, ms in statements if first_word(sql) and first_word(sql) not in CONTROL]
    print("statements=%d server_ms=%.2f top_ms=%.2f" % (
        len(executed), sum(ms for sql, params, ms in statements), max(executed, default=0.0)))


if __name__ == "__main__":
    main()
