-- Identity-code keys are numbered pairs, so they can be rotated while the service runs: each code is stored with the
-- version of the pair that sealed it (every code so far: version 1), and re-keying moves codes to the current pair in
-- batches (docs/operations.md, "Rotating the identity-code keys").
alter table client add column identity_code_key_version integer not null default 1
    check (identity_code_key_version >= 1);
alter table client alter column identity_code_key_version drop default;
create index client_identity_code_key_version on client (identity_code_key_version);

-- Each version's fingerprint (an HMAC of a fixed label under each key of the pair; it discloses neither), recorded the
-- first time an instance starts with the pair, so that a version whose keys were later changed is refused at start-up
-- instead of leaving every code it sealed unreadable.
create table identity_code_key (
    version       integer     primary key check (version >= 1),
    fingerprint   bytea       not null,
    first_used_at timestamptz not null
);
