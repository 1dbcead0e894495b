-- Issue 18: a recommending unit's home page counts the yearly reports waiting for its confirmation
-- (GRADED) among the talent records of its subtree. With 20,000 records and 45,000 reports that join read
-- about 1,900 heap pages (35 ms). With the record's id in the scope index and the report's record id in a
-- status index, both sides are index-only scans (3 ms on the benchmark's data).
drop index talent_record_scope_idx;
create index talent_record_scope_idx on talent_record (unit_path varchar_pattern_ops, status) include (id);
create index yearly_report_status_record_idx on yearly_report (status, talent_record_id) include (id);
