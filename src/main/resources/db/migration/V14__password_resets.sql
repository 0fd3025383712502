-- One-time password reset links an administrator hands to a person who forgot their password (a self-hosted
-- platform may have no mail server). Only the SHA-256 of the token is stored; a link works once, for 24 hours.
create table password_resets (
    token_hash  varchar(64) not null primary key,
    account_id  bigint      not null references accounts (id) on delete cascade,
    created_by  bigint      references accounts (id) on delete set null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

create index password_resets_account_idx on password_resets (account_id);
