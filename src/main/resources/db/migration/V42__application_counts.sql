-- Issue 16: the counts of applications, kept in step by the database itself (ADR 0035).
--
-- The selection funnel, the office's dashboard and every unit's home page count applications by batch,
-- category, employer (its unit path), status and the stage reached. Counting 300,000 applications at each
-- request cost 0.4-0.5 s; this table holds those counts, one line per combination, and statement-level
-- triggers on application keep it in step with every insert, update and delete, whichever code path (JPA,
-- bulk SQL, a migration) makes them: one aggregated upsert per statement, so a bulk update of 20,000
-- applications costs one statement more, and the lines are locked in key order (no deadlock between two
-- statements). A line whose count fell to 0 stays (it is cheap and is read as 0).

-- The furthest stage an application reached, 0 (applied) to 7 (selected): the selection funnel's stages
-- (ApplicationStatistics). A withdrawn application counts as far as it went, a submitted one returned by the
-- recommending unit still counts as endorsed, one back in review for a later round counts as qualified.
create function application_stage(status varchar, recommender_opinion_at timestamptz,
                                  endorsed_at timestamptz, submitted_at timestamptz)
    returns smallint language sql immutable parallel safe as $$
    select cast(case when status = 'SELECTED' then 7
                     when status in ('PROPOSED', 'IN_NOTICE', 'APPROVED', 'REMOVED') then 6
                     when status in ('REVIEWED', 'NOT_SELECTED') then 5
                     when status in ('QUALIFIED', 'IN_REVIEW') then 4
                     when status in ('NOMINATED', 'FORWARDED', 'DISQUALIFIED') then 3
                     when recommender_opinion_at is not null then 3
                     when endorsed_at is not null then 2
                     when submitted_at is not null then 1
                     else 0 end as smallint)
$$;

create table application_count (
    batch_id          bigint       not null,
    program_id        bigint,
    batch_year        int,
    category_id       bigint       not null,
    employer_unit_id  bigint       not null,
    unit_path         varchar(400) not null,
    status            varchar(20)  not null,
    stage             smallint     not null,
    -- what the data scope of the units needs besides the status (ApplicationScope)
    submitted         boolean      not null,
    endorsed          boolean      not null,
    n                 bigint       not null,
    constraint application_count_key unique nulls not distinct
        (batch_id, category_id, unit_path, status, stage, submitted, endorsed, employer_unit_id, program_id, batch_year)
);
create index application_count_path_idx on application_count (unit_path varchar_pattern_ops);
create index application_count_employer_idx on application_count (employer_unit_id);

-- One function for the three triggers: the statement's old rows count -1, its new rows +1, summed per line;
-- lines whose sum is 0 (an update that changed nothing counted) are not written.
create function application_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into application_count as c (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                                            employer_unit_id, program_id, batch_year, n)
        select r.batch_id, r.category_id, r.unit_path, r.status,
               application_stage(r.status, r.recommender_opinion_at, r.endorsed_at, r.submitted_at),
               r.submitted_at is not null, r.endorsed_at is not null, r.employer_unit_id, r.program_id, r.batch_year,
               count(*)
        from new_rows r
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        on conflict on constraint application_count_key do update set n = c.n + excluded.n;
    elsif tg_op = 'DELETE' then
        insert into application_count as c (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                                            employer_unit_id, program_id, batch_year, n)
        select r.batch_id, r.category_id, r.unit_path, r.status,
               application_stage(r.status, r.recommender_opinion_at, r.endorsed_at, r.submitted_at),
               r.submitted_at is not null, r.endorsed_at is not null, r.employer_unit_id, r.program_id, r.batch_year,
               -count(*)
        from old_rows r
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        on conflict on constraint application_count_key do update set n = c.n + excluded.n;
    else
        insert into application_count as c (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                                            employer_unit_id, program_id, batch_year, n)
        select d.batch_id, d.category_id, d.unit_path, d.status, d.stage, d.submitted, d.endorsed,
               d.employer_unit_id, d.program_id, d.batch_year, sum(d.delta)
        from (select r.batch_id, r.category_id, r.unit_path, r.status,
                     application_stage(r.status, r.recommender_opinion_at, r.endorsed_at, r.submitted_at) as stage,
                     r.submitted_at is not null as submitted, r.endorsed_at is not null as endorsed,
                     r.employer_unit_id, r.program_id, r.batch_year, -1 as delta
              from old_rows r
              union all
              select r.batch_id, r.category_id, r.unit_path, r.status,
                     application_stage(r.status, r.recommender_opinion_at, r.endorsed_at, r.submitted_at),
                     r.submitted_at is not null, r.endorsed_at is not null,
                     r.employer_unit_id, r.program_id, r.batch_year, 1
              from new_rows r) d
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        having sum(d.delta) <> 0
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        on conflict on constraint application_count_key do update set n = c.n + excluded.n;
    end if;
    return null;
end
$$;

create trigger application_count_insert after insert on application
    referencing new table as new_rows for each statement execute function application_count_apply();
create trigger application_count_update after update on application
    referencing old table as old_rows new table as new_rows for each statement execute function application_count_apply();
create trigger application_count_delete after delete on application
    referencing old table as old_rows for each statement execute function application_count_apply();

create function application_count_clear() returns trigger language plpgsql as $$
begin
    delete from application_count;
    return null;
end
$$;
create trigger application_count_truncate after truncate on application
    for each statement execute function application_count_clear();

-- the counts of the applications already there
insert into application_count (batch_id, category_id, unit_path, status, stage, submitted, endorsed,
                               employer_unit_id, program_id, batch_year, n)
select a.batch_id, a.category_id, a.unit_path, a.status,
       application_stage(a.status, a.recommender_opinion_at, a.endorsed_at, a.submitted_at),
       a.submitted_at is not null, a.endorsed_at is not null, a.employer_unit_id, a.program_id, a.batch_year, count(*)
from application a
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
