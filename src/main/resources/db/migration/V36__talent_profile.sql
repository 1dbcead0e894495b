-- 人选信息库 (issue 16; ADR 0030): the talent record carries the profile its search, export and statistics
-- filter and group on, copied when the record is created (from the application, its dossier and the
-- organisation tree) and kept in step on a transfer (the unit-dependent columns) and on an assessment (the
-- last grade). Tracking reads no other module's tables to answer a search: one table, paged in SQL.
alter table talent_record
    add column gender              varchar(1)   check (gender in ('M', 'F')),
    add column birth_date          date,
    add column id_hash             varchar(64),
    add column discipline_code     varchar(3),
    add column discipline_group    varchar(20),
    add column title_level         varchar(20)  check (title_level in ('NONE', 'JUNIOR', 'INTERMEDIATE',
                                                                         'DEPUTY_SENIOR', 'SENIOR')),
    add column recommender_unit_id bigint       references org_unit (id),
    add column recommender_name    varchar(100),
    add column province_code       varchar(6),
    add column region              varchar(12)  check (region in ('EAST', 'CENTRAL', 'WEST', 'NORTHEAST')),
    add column last_grade          varchar(20)  check (last_grade in ('EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL')),
    add column last_grade_year     int          check (last_grade_year between 1900 and 2200);

-- Backfill what SQL can tell. Gender and birth date are in the sealed ID number: V36_1 (Java,
-- cn.gov.talent.tracking.TalentProfileMigration, which holds the key) fills them.

-- the keyed hash of the person's ID number, as the application holds it (the same hash of the same number)
update talent_record t
   set id_hash = a.applicant_id_number_hash,
       discipline_code = a.discipline_code,
       discipline_group = d.group_name
  from application a
  left join discipline d on d.code = a.discipline_code
 where a.id = t.application_id;

-- the title level of the dossier as filed: the last submitted version, else the working copy
update talent_record t
   set title_level = filed.title
  from (select t2.id as record_id,
               coalesce((select v.content::jsonb ->> 'title' from dossier_version v
                          where v.application_id = t2.application_id order by v.number desc limit 1),
                        (select d.content::jsonb ->> 'title' from dossier d
                          where d.application_id = t2.application_id)) as title
          from talent_record t2) filed
 where filed.record_id = t.id
   and filed.title in ('NONE', 'JUNIOR', 'INTERMEDIATE', 'DEPUTY_SENIOR', 'SENIOR');

-- the recommending unit above the employer: the nearest RECOMMENDER on the employer's path (as
-- Organization.recommendingUnitOf walks up the tree)
update talent_record t
   set recommender_unit_id = r.id,
       recommender_name = r.name
  from (select t2.id as record_id,
               (select p.id from org_unit p
                 where p.kind = 'RECOMMENDER' and t2.unit_path like p.path || '%'
                 order by length(p.path) desc limit 1) as unit_id
          from talent_record t2) found
  join org_unit r on r.id = found.unit_id
 where found.record_id = t.id;

-- the employer's province and its region (V34)
update talent_record t
   set province_code = u.province_code,
       region = p.region
  from org_unit u
  join province p on p.code = u.province_code
 where u.id = t.unit_id;

-- the last grade: the final assessment when held (the year the cycle ends), else the latest yearly
-- report graded (the year its cycle year ends)
update talent_record t
   set last_grade = f.outcome,
       last_grade_year = extract(year from t.cycle_end)::int
  from final_assessment f
 where f.talent_record_id = t.id;
update talent_record t
   set last_grade = y.grade,
       last_grade_year = extract(year from t.cycle_start + make_interval(years => y.cycle_year))::int
  from (select distinct on (talent_record_id) talent_record_id, grade, cycle_year
          from yearly_report where grade is not null
         order by talent_record_id, cycle_year desc) y
 where y.talent_record_id = t.id
   and t.last_grade is null;

-- Indexes. At the benchmark's 20,000 records the table is a few megabytes and a filtered count over all of
-- it takes milliseconds, so indexes are kept for what narrows a search sharply or is looked up exactly:
--   the scope's prefix (unit_path varchar_pattern_ops, status; V26) already serves a recommending unit, and
--   (unit_id, status) an employer; a subtree with a filter reads the subtree's rows by that index;
--   the person's number, exactly (the office's look-up by ID number);
--   the recommending unit and the year (the office's, and a city's own, most common question);
--   program and year, category and year (a program's or category's people of a year);
--   the birth date (an age band at a date is a range of birth dates);
--   the discipline and the employer's province (both selective among 62 disciplines and 31 provinces);
--   the last grade with its year (the assessment results of a year, also for the statistics).
-- Gender, title, region and discipline group have a handful of values each: an index on them alone would
-- not be chosen over a scan, so they are filters on the rows the other conditions leave.
create index talent_record_id_hash_idx on talent_record (id_hash);
create index talent_record_recommender_idx on talent_record (recommender_unit_id, year);
create index talent_record_program_year_idx on talent_record (program_id, year);
create index talent_record_category_year_idx on talent_record (category_id, year);
create index talent_record_birth_date_idx on talent_record (birth_date);
create index talent_record_discipline_idx on talent_record (discipline_code);
create index talent_record_province_idx on talent_record (province_code);
create index talent_record_grade_idx on talent_record (last_grade_year, last_grade);
-- the list's default order (newest year first, then by certificate number): the first page unfiltered
create index talent_record_list_order_idx on talent_record (year desc, certificate_no);
