-- The units' opinions printed on the official forms (申报表、推荐表): the employer's 单位意见, given with
-- its endorsement, and the recommending unit's 推荐意见, given with the nomination and revisable until
-- the list is forwarded. Each keeps the last text, the unit that gave it (its name then, as printed),
-- the account and the instant. The audit trail keeps every one given. Earlier applications have none.
alter table application
    add column employer_opinion         varchar(1000),
    add column employer_opinion_unit    varchar(100),
    add column employer_opinion_by      bigint references app_user (id),
    add column employer_opinion_at      timestamptz,
    add column recommender_opinion      varchar(1000),
    add column recommender_opinion_unit varchar(100),
    add column recommender_opinion_by   bigint references app_user (id),
    add column recommender_opinion_at   timestamptz;
