//! blogctl's integration tests: the real binary against real PostgreSQL.
//! One test binary; each test gets a fresh database (see util).

mod util;

mod articles;
mod articles_delete;
mod articles_update;
mod completions;
mod connection;
mod constraints;
mod env_file;
mod escaping;
mod failover;
mod help;
mod interop_bcrypt;
mod interop_kysely;
mod interop_kysely_lock;
mod limits;
mod local;
mod local_use;
mod migrate;
mod migrate_adopt;
mod migrate_concurrent;
mod migrate_history;
mod migrate_kysely;
mod migrate_lock;
mod migrate_lock_wait;
mod migrate_status;
mod network;
mod output;
mod pager;
mod password_hash;
mod races;
mod readme;
mod redaction;
mod search;
mod secrets;
mod seed;
mod seed_when_needed;
mod setup;
mod sources;
mod table_batches;
mod terminal;
mod tls;
mod users;
mod users_edit;
mod users_password;
