-- The applicant's discipline (学科), copied from the dossier so that lists can filter on it and the
-- review stage can match experts.
alter table application add column discipline_code varchar(3) references discipline (code);
create index application_discipline_idx on application (batch_id, discipline_code);
