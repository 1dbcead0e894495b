-- An expert may decline a task (unavailable, outside their competence) without a conflict of
-- interest: the seat is redrawn, and unlike a conflict the expert may still be drawn for others.
alter table review_assignment drop constraint review_assignment_status_check;
alter table review_assignment add constraint review_assignment_status_check
    check (status in ('ASSIGNED', 'SUBMITTED', 'CONFLICT', 'DECLINED', 'REMOVED'));
