-- Whether a year of the working-day calendar is maintained: the State Council publishes each year's
-- holidays and adjusted working days (国务院办公厅关于部分节假日安排的通知) once a year, so a year not
-- marked complete is a known gap. No row means not complete. Timestamps come from the application's
-- clock, never from the database's now().
create table calendar_year (
    year       integer      primary key check (year between 2000 and 2100),
    complete   boolean      not null,
    updated_by varchar(100) not null,
    updated_at timestamptz  not null
);

-- The years whose calendar was not maintained when the notice started, as the office confirmed them
-- (2027, or 2027、2028); null when the end date was computed over maintained years only.
alter table public_notice add column calendar_unverified_years varchar(100);
