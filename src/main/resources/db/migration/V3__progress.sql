-- A learner's own record of study. Curriculum ids refer to content/, validated by the application on write.
create table completed_resources (
    account_id   bigint      not null references accounts (id) on delete cascade,
    resource_id  varchar(80) not null,
    completed_at timestamp with time zone not null,
    primary key (account_id, resource_id)
);

create table studied_topics (
    account_id  bigint      not null references accounts (id) on delete cascade,
    topic_id    varchar(80) not null,
    studied_at  timestamp with time zone not null,
    primary key (account_id, topic_id)
);

create table skill_confidence (
    account_id  bigint      not null references accounts (id) on delete cascade,
    skill_id    varchar(80) not null,
    confidence  smallint    not null check (confidence between 1 and 5),
    rated_at    timestamp with time zone not null,
    primary key (account_id, skill_id)
);
