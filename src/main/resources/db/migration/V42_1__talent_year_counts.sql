-- Issue 16: the after-selection statistics' counts per year, kept in step by the database (ADR 0035).
--
-- The grades of the annual and final assessments and the outputs per year are counted by the talent record's
-- unit path (the data scope and the chosen unit), its selection year and its category (the filters). Reading
-- the 45,000 yearly reports, 11,000 final assessments and 85,000 outputs of the benchmark on each request cost
-- 0.2-0.3 s; this table holds their counts, and statement-level triggers keep it in step: on the three tables
-- (their rows count -1 as they were and +1 as they are), and on talent_record when a record moves to another
-- unit, category or year (a transfer, a conversion: all its rows move with it). One aggregated upsert per
-- statement, the lines locked in key order.

create table talent_year_count (
    figure       varchar(10)  not null check (figure in ('ANNUAL', 'FINAL', 'OUTPUT')),
    year         int          not null,
    key          varchar(20),
    unit_path    varchar(400) not null,
    record_year  int          not null,
    category_id  bigint       not null,
    n            bigint       not null,
    -- outputs only: how many of them are major (重大)
    major        bigint       not null,
    constraint talent_year_count_key unique nulls not distinct (figure, year, key, unit_path, record_year, category_id)
);
create index talent_year_count_path_idx on talent_year_count (unit_path varchar_pattern_ops);

-- What each row of the three tables counts, by its talent record: the view the record's trigger reads; the
-- tables' triggers apply the same mapping to their transition tables.
create view talent_year_source as
select y.talent_record_id, 'ANNUAL' as figure, cast(extract(year from (y.due_on - interval '1 month')) as int) as year,
       cast(y.grade as varchar(20)) as key, 0 as major
from yearly_report y where y.status in ('GRADED', 'CONFIRMED', 'FILED')
union all
select f.talent_record_id, 'FINAL', cast(extract(year from (f.decided_at at time zone 'Asia/Shanghai')) as int),
       cast(f.outcome as varchar(20)), 0
from final_assessment f
union all
select o.talent_record_id, 'OUTPUT', cast(extract(year from o.achieved_on) as int), cast(o.kind as varchar(20)),
       case when o.major then 1 else 0 end
from talent_output o;

-- The statement that adds the signed rows of a trigger's statement (talent_record_id, figure, year, key, major,
-- delta) to the counts. The trigger function runs it itself (execute): only there are its transition tables seen.
create function talent_year_count_add(source text) returns text language sql immutable as $f$
    select format($sql$
        insert into talent_year_count as c (figure, year, key, unit_path, record_year, category_id, n, major)
        select d.figure, d.year, d.key, r.unit_path, r.year, r.category_id, sum(d.delta), sum(d.delta * d.major)
        from (%s) d join talent_record r on r.id = d.talent_record_id
        group by 1, 2, 3, 4, 5, 6
        having sum(d.delta) <> 0 or sum(d.delta * d.major) <> 0
        order by 1, 2, 3, 4, 5, 6
        on conflict on constraint talent_year_count_key do update set n = c.n + excluded.n, major = c.major + excluded.major
        $sql$, source)
$f$;

-- The statement's old rows (-1) and new rows (+1), as the trigger's operation has them, through a mapping
-- (a select list over a transition table aliased t, with its filter).
create function talent_year_rows(operation text, mapping text) returns text language sql immutable as $$
    select case operation
        when 'INSERT' then format(mapping, 'new_rows', '1')
        when 'DELETE' then format(mapping, 'old_rows', '-1')
        else format(mapping, 'old_rows', '-1') || ' union all ' || format(mapping, 'new_rows', '1') end
$$;

create function yearly_report_counted() returns trigger language plpgsql as $$
begin
    execute talent_year_count_add(talent_year_rows(tg_op, $m$
        select t.talent_record_id, 'ANNUAL' as figure,
               cast(extract(year from (t.due_on - interval '1 month')) as int) as year,
               cast(t.grade as varchar(20)) as key, 0 as major, %2$s as delta
        from %1$s t where t.status in ('GRADED', 'CONFIRMED', 'FILED')$m$));
    return null;
end
$$;

create function final_assessment_counted() returns trigger language plpgsql as $$
begin
    execute talent_year_count_add(talent_year_rows(tg_op, $m$
        select t.talent_record_id, 'FINAL' as figure,
               cast(extract(year from (t.decided_at at time zone 'Asia/Shanghai')) as int) as year,
               cast(t.outcome as varchar(20)) as key, 0 as major, %2$s as delta
        from %1$s t$m$));
    return null;
end
$$;

create function talent_output_counted() returns trigger language plpgsql as $$
begin
    execute talent_year_count_add(talent_year_rows(tg_op, $m$
        select t.talent_record_id, 'OUTPUT' as figure, cast(extract(year from t.achieved_on) as int) as year,
               cast(t.kind as varchar(20)) as key, case when t.major then 1 else 0 end as major, %2$s as delta
        from %1$s t$m$));
    return null;
end
$$;

create trigger yearly_report_count_insert after insert on yearly_report
    referencing new table as new_rows for each statement execute function yearly_report_counted();
create trigger yearly_report_count_update after update on yearly_report
    referencing old table as old_rows new table as new_rows for each statement execute function yearly_report_counted();
create trigger yearly_report_count_delete after delete on yearly_report
    referencing old table as old_rows for each statement execute function yearly_report_counted();
create trigger final_assessment_count_insert after insert on final_assessment
    referencing new table as new_rows for each statement execute function final_assessment_counted();
create trigger final_assessment_count_update after update on final_assessment
    referencing old table as old_rows new table as new_rows for each statement execute function final_assessment_counted();
create trigger final_assessment_count_delete after delete on final_assessment
    referencing old table as old_rows for each statement execute function final_assessment_counted();
create trigger talent_output_count_insert after insert on talent_output
    referencing new table as new_rows for each statement execute function talent_output_counted();
create trigger talent_output_count_update after update on talent_output
    referencing old table as old_rows new table as new_rows for each statement execute function talent_output_counted();
create trigger talent_output_count_delete after delete on talent_output
    referencing old table as old_rows for each statement execute function talent_output_counted();

-- A record that moves to another unit, category or year takes its counted rows along: they count -1 where
-- the record was and +1 where it is. (A record is deleted only without rows: their foreign keys.)
create function talent_record_counted() returns trigger language plpgsql as $$
begin
    insert into talent_year_count as c (figure, year, key, unit_path, record_year, category_id, n, major)
    select s.figure, s.year, s.key, m.unit_path, m.year, m.category_id, sum(m.delta), sum(m.delta * s.major)
    from (select o.id, o.unit_path, o.year, o.category_id, -1 as delta
          from old_rows o join new_rows n on n.id = o.id
          where (o.unit_path, o.year, o.category_id) is distinct from (n.unit_path, n.year, n.category_id)
          union all
          select n.id, n.unit_path, n.year, n.category_id, 1
          from old_rows o join new_rows n on n.id = o.id
          where (o.unit_path, o.year, o.category_id) is distinct from (n.unit_path, n.year, n.category_id)) m
    join talent_year_source s on s.talent_record_id = m.id
    group by 1, 2, 3, 4, 5, 6
    having sum(m.delta) <> 0 or sum(m.delta * s.major) <> 0
    order by 1, 2, 3, 4, 5, 6
    on conflict on constraint talent_year_count_key do update set n = c.n + excluded.n, major = c.major + excluded.major;
    return null;
end
$$;
create trigger talent_record_count_update after update on talent_record
    referencing old table as old_rows new table as new_rows for each statement execute function talent_record_counted();

-- the counts of the rows already there
insert into talent_year_count (figure, year, key, unit_path, record_year, category_id, n, major)
select s.figure, s.year, s.key, r.unit_path, r.year, r.category_id, count(*), sum(s.major)
from talent_year_source s join talent_record r on r.id = s.talent_record_id
group by 1, 2, 3, 4, 5, 6;
