-- What the rules fix for every batch of a program, as data with the rule it comes from (issue 14):
-- the shortest public notice in working days (002 art. 23: 千人计划 创业 and 青年, 7; 004 §二(三)5:
-- 双高, at least 5), for the whole program or one category, and the most people selected in a year
-- (004 §二(一): 双高, at most 100). A limit is set with its basis (the article it comes from), which the
-- refusal names. One batch per program and year is already the table's unique (program_id, year).
alter table program
    add column min_notice_working_days int check (min_notice_working_days between 1 and 30),
    add column min_notice_basis        varchar(200),
    add column max_places_per_year     int check (max_places_per_year between 1 and 100000),
    add column max_places_basis        varchar(200),
    add constraint program_min_notice_basis_ck
        check (min_notice_working_days is null or min_notice_basis is not null),
    add constraint program_max_places_basis_ck
        check (max_places_per_year is null or max_places_basis is not null);

alter table program_category
    add column min_notice_working_days int check (min_notice_working_days between 1 and 30),
    add column min_notice_basis        varchar(200),
    add constraint category_min_notice_basis_ck
        check (min_notice_working_days is null or min_notice_basis is not null);
