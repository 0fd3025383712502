-- A learner's current study plan, stored as the inputs it was computed from. The scheduler is deterministic, so
-- these inputs recompute the plan exactly; no plan document is stored. Id lists are comma-separated curriculum ids
-- as they stood when the plan was made (empty string for none), checked by the application on write.
create table learning_plans (
    account_id             bigint        not null primary key references accounts (id) on delete cascade,
    background             varchar(40)   not null,
    hours_per_week         integer       not null check (hours_per_week between 1 and 80),
    start_date             date          not null,
    target_date            date,
    mastered_topic_ids     varchar(4000) not null,
    mastered_skill_ids     varchar(4000) not null,
    completed_resource_ids varchar(4000) not null,
    calendar_token         varchar(64)   not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);

-- The secret of the subscribable calendar URL.
create unique index learning_plans_calendar_token_uq on learning_plans (calendar_token);
