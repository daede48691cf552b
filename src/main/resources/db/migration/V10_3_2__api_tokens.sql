-- Personal API tokens (account.ApiToken): only the SHA-256 of the secret is kept.
create table api_token (
    id           bigint        primary key,
    user_id      bigint        not null references app_user (id),
    name         varchar(100)  not null,
    token_hash   varchar(64)   not null,
    hint         varchar(20)   not null,
    created_at   timestamp     not null,
    last_used_at timestamp,
    expires_on   date,
    revoked_at   timestamp,
    revoked_by   varchar(100),
    constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id, created_at);
create sequence api_token_seq start with 1 increment by 50;
