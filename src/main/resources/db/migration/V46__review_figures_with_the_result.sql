-- Issue 18: aggregating a round writes its results only. Each review's normalised score (z-score in the round) and
-- outlier flag were written back onto the review, 100,000 single-row updates for a round of 20,000 applications
-- (most of the aggregation's time, and as many dead rows in review_assignment); they are now kept with the
-- application's result, as three arrays in the order of its reviews, written with the result and deleted with it
-- when a review is reopened (ADR 0015).

alter table review_result
    add column review_expert_ids bigint[]        not null default '{}',
    add column review_z_scores   numeric(9, 4)[] not null default '{}',
    add column review_outliers   boolean[]       not null default '{}';

-- the rounds aggregated so far keep what their reviews carried
update review_result r
set review_expert_ids = s.expert_ids, review_z_scores = s.z_scores, review_outliers = s.outliers
from (select round_id, application_id, array_agg(expert_id order by id) as expert_ids,
             array_agg(z_score order by id) as z_scores, array_agg(outlier order by id) as outliers
      from review_assignment
      where status = 'SUBMITTED' and z_score is not null
      group by round_id, application_id) s
where r.round_id = s.round_id and r.application_id = s.application_id;

alter table review_assignment drop column z_score, drop column outlier;
