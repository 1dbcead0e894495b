-- 002 art. 33 (转换项目类别后，应当相应调整经费等支持政策): after a change of category a person keeps the fund
-- of the former category as history (what was paid; the unpaid tranches cancelled) and receives a fund of
-- the new category, so one fund of a kind per record and category. What was paid under the former
-- category's fund of the same kind is carried over: it counts toward the new amount, and only the rest is
-- scheduled.
alter table funding_grant drop constraint funding_grant_talent_record_id_kind_key;
alter table funding_grant add constraint funding_grant_record_category_kind_key
    unique (talent_record_id, category_id, kind);
alter table funding_grant add column carried_over numeric(14, 2) not null default 0;
alter table funding_grant add constraint funding_grant_carried_over_check
    check (carried_over >= 0 and carried_over <= amount);
