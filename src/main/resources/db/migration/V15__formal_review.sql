-- The office's decision on an exception request (破格申请), taken at formal review (形式审查).
alter table application add column exception_decision varchar(10) check (exception_decision in ('GRANTED', 'REFUSED'));
alter table application add column exception_decision_reason varchar(1000);
