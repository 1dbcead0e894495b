-- Sign-in throttling by account and client address (ADR 0018). Failures are counted per pair of
-- (user name as typed, normalised; client address), for unknown user names too, so that a lock looks
-- the same whether the account exists or not and a stranger cannot lock an account out everywhere.
-- Rows of pairs whose last failure is long past are deleted as new failures come in.
create table sign_in_failure (
    username       varchar(100) not null,
    client_address varchar(64)  not null,
    failures       int          not null,
    last_failed_at timestamptz  not null,
    locked_until   timestamptz,
    primary key (username, client_address)
);
create index sign_in_failure_last_failed_idx on sign_in_failure (last_failed_at);

-- The account-wide ceiling (failures from all addresses within a window) counts from this instant.
alter table app_user add column failures_since timestamptz;

-- Set when someone else chose the password (the administrator, the expert import); cleared when the
-- user changes it. While set, every page but the password page sends the user there.
alter table app_user add column password_change_required boolean not null default false;

-- Rate limits of public look-ups (certificate verification, objection receipts) per client address:
-- one row per (check, address, fixed window), incremented in one statement, so several instances
-- share the count. Windows long past are deleted as new ones open.
create table rate_limit_window (
    bucket         varchar(40) not null,
    client_address varchar(64) not null,
    window_start   timestamptz not null,
    hits           int         not null,
    primary key (bucket, client_address, window_start)
);
create index rate_limit_window_start_idx on rate_limit_window (window_start);
