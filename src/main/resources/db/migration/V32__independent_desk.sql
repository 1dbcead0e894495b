-- 004 §二(三)2: 从事自由职业或非公有制单位中符合条件的人选，向所属地人力资源社会保障部门申报 (ADR 0027).
-- A recommending unit (a city's HR bureau) may have one employer-kind unit that is its desk (受理窗口) for
-- freelancers and people whose non-public employer is not in the tree: they register under it, its
-- EMPLOYER users (bureau staff) check their applications as an employer checks its own staff's, and the
-- applications travel up to the bureau like any other. One desk per bureau, so the applicant chooses a city.
alter table org_unit
    add column independent_desk boolean not null default false,
    add constraint org_unit_desk_is_employer check (not independent_desk or kind = 'EMPLOYER');
create unique index org_unit_one_desk_uq on org_unit (parent_id) where independent_desk;

-- Where an applicant attached to a desk works, as they typed it: the name of their unit, or 自由职业.
-- At most a unit's name long.
alter table app_user add column workplace varchar(100);

-- An application through a desk names the workplace and the bureau, 自由职业（南昌市人社局受理）: a workplace
-- (100) and a bureau's name (100) with the four characters around them. The copies of the name made at
-- later stages widen with it. Widening a varchar rewrites no row.
alter table application alter column employer_name type varchar(210);
alter table round_candidate alter column employer_name type varchar(210);
alter table review_result alter column employer_name type varchar(210);
alter table proposal_entry alter column employer_name type varchar(210);
alter table talent_record alter column employer_name type varchar(210);
