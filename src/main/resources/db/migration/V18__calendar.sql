-- The working-day calendar (工作日历): only the exceptions to "Monday to Friday work, weekends rest".
-- HOLIDAY: a statutory holiday (法定节假日, weekends inside it included); WORKDAY: a weekend day worked
-- instead (调休上班). A year is a range of the primary key, so the primary key is the index it needs.
create table calendar_day (
    day        date        primary key,
    kind       varchar(20) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(50) not null,
    updated_by varchar(50),
    updated_at timestamptz
);
