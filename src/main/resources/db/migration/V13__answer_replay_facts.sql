-- What replaying a practice answer through knowledge tracing needs from its question, stored with the answer so that
-- the review schedule and the mastery history need not rebuild every question a learner ever answered. Rows stored
-- before this migration keep nulls; the application then rebuilds the question from family and seed.
alter table item_responses add column hints_offered integer;
alter table item_responses add column guess_chance double precision;
