-- Failed log-ins (and unknown cohort join codes) counted in the database, so that every instance behind a load
-- balancer sees the same count and the same lock. scope: what is throttled ('login', 'join-code').
create table throttle_failures (
    scope      varchar(20)  not null,
    subject    varchar(254) not null,
    failed_at  timestamp with time zone not null
);

create index throttle_failures_subject_idx on throttle_failures (scope, subject, failed_at);

create table throttle_locks (
    scope        varchar(20)  not null,
    subject      varchar(254) not null,
    locked_until timestamp with time zone not null,
    primary key (scope, subject)
);
