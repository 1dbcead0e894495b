-- 特别优秀者可适当放宽: what an exception may relax is a property of each rule row, because the texts differ
-- by category (002 art. 5 age, degree and title; art. 7 only age; art. 8 the overseas years; art. 13 the
-- attempts after a major breakthrough; 004 §二(二)1 degree, title or skill level and age). Existing rows keep
-- what the code used to say: age and qualification relaxable, the rest not.
alter table eligibility_rule add column relaxable boolean not null default false;
update eligibility_rule set relaxable = true where kind in ('MAX_AGE', 'MIN_QUALIFICATION');

-- Conditions the applicant declares and proves with an attachment (002 arts. 5–11, 15; 004 §二(二)1).
alter table eligibility_rule drop constraint eligibility_rule_kind_check;
alter table eligibility_rule add constraint eligibility_rule_kind_check check (kind in ('MAX_AGE',
    'MIN_QUALIFICATION', 'MIN_OVERSEAS_MONTHS_AFTER_PHD', 'MAX_MONTHS_IN_CHINA', 'REQUIRED_DOCUMENTS',
    'ACHIEVEMENT_ANY_OF', 'EXCLUSIONS', 'ATTEMPT_LIMIT', 'ONE_APPLICATION_PER_YEAR', 'DECLARED_CONDITIONS'));

-- The exclusions are checked against the talent records the system holds, by person: talent_record_applicant_idx
-- (V19) serves that read.
