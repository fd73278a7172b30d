//! blogctl's integration tests: the real binary against real PostgreSQL.
//! One test binary; each test gets a fresh database (see util).

mod util;

mod articles;
mod completions;
mod connection;
mod help;
