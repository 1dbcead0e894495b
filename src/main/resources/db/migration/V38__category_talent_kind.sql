-- 004 §二(一): 双高 selects 高层次专业技术领军人才 and 高技能领军人才 and asks the share of the highly skilled to
-- rise; the statistics count the selected people of each kind. The office marks each category (on its rules
-- page); a category not marked is neither. Existing categories are marked by what their names say.
alter table program_category add column talent_kind varchar(20) check (talent_kind in ('PROFESSIONAL', 'SKILLED'));
update program_category set talent_kind = 'SKILLED' where name like '%高技能%';
update program_category set talent_kind = 'PROFESSIONAL' where talent_kind is null and name like '%专业技术%';
