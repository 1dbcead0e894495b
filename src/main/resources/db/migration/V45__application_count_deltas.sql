-- Issue 16: the applications' counts (V42) without the cost of a statement trigger per Hibernate update, and without
-- transactions queueing on the same lines (ADR 0035).
--
-- Hibernate writes a transition as one UPDATE per application (the review draw's bulk transition: 20,000 of them in
-- JDBC batches), so V42's statement-level trigger ran 20,000 times, each an aggregate and an upsert on the same few
-- lines: the draw took 5-10 s more. Now:
--  * an update fires a row-level trigger only when it changes what is counted (WHEN, evaluated without calling
--    any function: a version bump or a dossier edit costs nothing), and the trigger only appends the row's -1 and
--    +1 to application_count_delta: no line of application_count is locked by the transaction that changes an
--    application;
--  * inserts and deletes append their aggregated deltas the same way (one statement per statement);
--  * application_count_fold() moves the deltas into the counts (delete ... returning, summed, upserted in key order):
--    run every minute by ApplicationCountFolding, and safe to run on several instances at once (the second waits
--    for the rows the first deleted, then finds them gone);
--  * the readers read the view application_counts: the counts and the deltas not yet folded, which any single
--    statement sees consistently (before or after a fold's commit, never half of it).

create table application_count_delta (
    batch_id          bigint       not null,
    program_id        bigint,
    batch_year        int,
    category_id       bigint       not null,
    employer_unit_id  bigint       not null,
    unit_path         varchar(400) not null,
    status            varchar(20)  not null,
    stage             smallint     not null,
    submitted         boolean      not null,
    endorsed          boolean      not null,
    n                 bigint       not null
);

drop trigger application_count_insert on application;
drop trigger application_count_update on application;
drop trigger application_count_delete on application;
drop function application_count_apply();

create function application_count_statement() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into application_count_delta (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                                             employer_unit_id, program_id, batch_year, n)
        select r.batch_id, r.category_id, r.unit_path, r.status,
               application_stage(r.status, r.recommender_opinion_at, r.endorsed_at, r.submitted_at),
               r.submitted_at is not null, r.endorsed_at is not null, r.employer_unit_id, r.program_id, r.batch_year,
               count(*)
        from new_rows r
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
    else
        insert into application_count_delta (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                                             employer_unit_id, program_id, batch_year, n)
        select r.batch_id, r.category_id, r.unit_path, r.status,
               application_stage(r.status, r.recommender_opinion_at, r.endorsed_at, r.submitted_at),
               r.submitted_at is not null, r.endorsed_at is not null, r.employer_unit_id, r.program_id, r.batch_year,
               -count(*)
        from old_rows r
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
    end if;
    return null;
end
$$;

create function application_count_row() returns trigger language plpgsql as $$
begin
    insert into application_count_delta (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                                         employer_unit_id, program_id, batch_year, n)
    values (old.batch_id, old.category_id, old.unit_path, old.status,
            application_stage(old.status, old.recommender_opinion_at, old.endorsed_at, old.submitted_at),
            old.submitted_at is not null, old.endorsed_at is not null, old.employer_unit_id, old.program_id,
            old.batch_year, -1),
           (new.batch_id, new.category_id, new.unit_path, new.status,
            application_stage(new.status, new.recommender_opinion_at, new.endorsed_at, new.submitted_at),
            new.submitted_at is not null, new.endorsed_at is not null, new.employer_unit_id, new.program_id,
            new.batch_year, 1);
    return null;
end
$$;

create trigger application_count_insert after insert on application
    referencing new table as new_rows for each statement execute function application_count_statement();
create trigger application_count_delete after delete on application
    referencing old table as old_rows for each statement execute function application_count_statement();
-- only an update of what is counted (the stage reads the status and whether three instants are set)
create trigger application_count_update after update on application for each row
    when ((old.batch_id, old.category_id, old.unit_path, old.status, old.submitted_at is null,
           old.endorsed_at is null, old.recommender_opinion_at is null, old.employer_unit_id, old.program_id,
           old.batch_year)
          is distinct from
          (new.batch_id, new.category_id, new.unit_path, new.status, new.submitted_at is null,
           new.endorsed_at is null, new.recommender_opinion_at is null, new.employer_unit_id, new.program_id,
           new.batch_year))
    execute function application_count_row();

-- a truncate empties the deltas too
create or replace function application_count_clear() returns trigger language plpgsql as $$
begin
    delete from application_count;
    delete from application_count_delta;
    return null;
end
$$;

-- Moves the deltas into the counts; how many delta rows it moved.
create function application_count_fold() returns bigint language plpgsql as $$
declare
    moved bigint;
begin
    with d as (delete from application_count_delta returning *),
         summed as (
             select batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id,
                    program_id, batch_year, sum(n) as n, count(*) as rows
             from d group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
         upserted as (
             insert into application_count as c (batch_id, category_id, unit_path, status, stage, submitted,
                                                 endorsed, employer_unit_id, program_id, batch_year, n)
             select batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id,
                    program_id, batch_year, n
             from summed where n <> 0
             order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
             on conflict on constraint application_count_key do update set n = c.n + excluded.n
             returning 1)
    select coalesce(sum(rows), 0) into moved from summed;
    return moved;
end
$$;

-- What the readers read: the folded counts and the deltas not yet folded (sum n per line).
create view application_counts as
select batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id, program_id,
       batch_year, n
from application_count
union all
select batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id, program_id,
       batch_year, n
from application_count_delta;
