-- Issue 16: the funds committed and paid per year, kept in step by the database (ADR 0035).
--
-- The statistics count a tranche where it is now (its unit path: an unpaid one moves with the person, a paid one
-- stays where it was paid) and by the category of its fund: committed in the year it is due unless cancelled,
-- paid in the year it was paid. This table holds those sums per unit path, category and year; a statement-level
-- trigger on funding_tranche keeps it in step (its rows as they were count negatively, as they are positively;
-- one aggregated upsert per statement, the lines locked in key order). A fund's category never changes (a
-- conversion cancels the tranches and grants anew).

create table funding_year_count (
    year         int            not null,
    unit_path    varchar(400)   not null,
    category_id  bigint         not null,
    committed    numeric(16, 2) not null,
    paid         numeric(16, 2) not null,
    constraint funding_year_count_key unique (year, unit_path, category_id)
);
create index funding_year_count_path_idx on funding_year_count (unit_path varchar_pattern_ops);

-- The statement that adds the signed tranches of a trigger's statement to the sums (run by the trigger itself:
-- only there are its transition tables seen).
create function funding_year_count_add(operation text) returns text language sql immutable as $f$
    select format($sql$
        insert into funding_year_count as c (year, unit_path, category_id, committed, paid)
        select d.year, d.unit_path, g.category_id, sum(d.committed), sum(d.paid)
        from (%s) d join funding_grant g on g.id = d.grant_id
        group by 1, 2, 3
        having sum(d.committed) <> 0 or sum(d.paid) <> 0
        order by 1, 2, 3
        on conflict on constraint funding_year_count_key
            do update set committed = c.committed + excluded.committed, paid = c.paid + excluded.paid
        $sql$, case operation
            when 'INSERT' then format(m, 'new_rows', '1')
            when 'DELETE' then format(m, 'old_rows', '-1')
            else format(m, 'old_rows', '-1') || ' union all ' || format(m, 'new_rows', '1') end)
    from (select $m$
        select t.grant_id, t.unit_path, cast(extract(year from t.due_on) as int) as year,
               %2$s * t.amount as committed, cast(0 as numeric) as paid
        from %1$s t where t.status <> 'CANCELLED'
        union all
        select t.grant_id, t.unit_path, cast(extract(year from t.paid_on) as int), cast(0 as numeric),
               %2$s * t.paid_amount
        from %1$s t where t.status = 'PAID'$m$ as m) mapping
$f$;

create function funding_tranche_counted() returns trigger language plpgsql as $$
begin
    execute funding_year_count_add(tg_op);
    return null;
end
$$;

create trigger funding_tranche_count_insert after insert on funding_tranche
    referencing new table as new_rows for each statement execute function funding_tranche_counted();
create trigger funding_tranche_count_update after update on funding_tranche
    referencing old table as old_rows new table as new_rows for each statement execute function funding_tranche_counted();
create trigger funding_tranche_count_delete after delete on funding_tranche
    referencing old table as old_rows for each statement execute function funding_tranche_counted();

-- the sums of the tranches already there
insert into funding_year_count (year, unit_path, category_id, committed, paid)
select d.year, d.unit_path, g.category_id, sum(d.committed), sum(d.paid)
from (select t.grant_id, t.unit_path, cast(extract(year from t.due_on) as int) as year, t.amount as committed,
             cast(0 as numeric) as paid
      from funding_tranche t where t.status <> 'CANCELLED'
      union all
      select t.grant_id, t.unit_path, cast(extract(year from t.paid_on) as int), cast(0 as numeric), t.paid_amount
      from funding_tranche t where t.status = 'PAID') d
join funding_grant g on g.id = d.grant_id
group by 1, 2, 3;
