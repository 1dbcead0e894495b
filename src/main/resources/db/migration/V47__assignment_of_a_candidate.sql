-- Issue 18: the keys of review_assignment, for a round's draw that inserts 100,000 of them at once.
--
-- An assignment is of an application taking part in the round: one foreign key to the round's candidate (which
-- refers to the round and to the application) instead of one to the round and one to the application. Stronger (an
-- assignment of an application outside the round cannot be stored), and one key check fewer per row.
--
-- The one-expert-once rule is kept by a unique key led by the application, (application_id, round_id, expert_id),
-- which also serves every lookup by application (its panel in a round, the conflicts it had in any round, the
-- candidate's key above), so the separate (application_id, round_id) index goes: one index fewer to write per row.
-- Lookups by round alone keep (round_id, status).

alter table review_assignment
    add constraint review_assignment_candidate_fkey
        foreign key (round_id, application_id) references round_candidate (round_id, application_id),
    drop constraint review_assignment_round_id_fkey,
    drop constraint review_assignment_application_id_fkey;

alter table review_assignment
    add constraint review_assignment_once unique (application_id, round_id, expert_id),
    drop constraint review_assignment_round_id_application_id_expert_id_key;

drop index review_assignment_application_idx;
