//! Everything that talks to PostgreSQL: connection, migrations, and one
//! function per query. All SQL lives under this module.

pub mod articles;
pub mod connect;
pub mod conninfo;
pub mod migrate;
pub mod pgpass;
pub mod setup;
pub mod tls;
pub mod users;

pub use connect::connect;
