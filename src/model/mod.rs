//! The blog's data as blogctl sees it: one record type per view (an article
//! joined with its author and address, a user with their address, a
//! migration's status, a migration a dry run would apply), each knowing its
//! columns, table cells, CSV fields and JSON shape ([`Record`]); and the
//! rules new data must meet ([`rules`]). The JSON shape is the blog API's
//! model (`content`, `authorId`, nested `author` and `address`).

mod article;
mod local;
mod migration;
mod password_check;
mod record;
mod rules;
mod text;
pub mod timestamp;

pub use article::{Address, Article, User};
pub use local::LocalStatus;
pub use migration::{MigrationStatus, PlannedMigration, State};
pub use password_check::PasswordCheck;
pub use record::{Cell, Columns, Field, Layout, Record, Tone};
pub use rules::{
    MAX_CONTENT_CHARS, MAX_EMAIL_CHARS, MAX_PASSWORD_BYTES, MAX_SHORT_TEXT_CHARS, UserRef,
    check_address, check_content, check_email, check_length, check_name, check_password,
    check_search, check_title, is_email,
};
pub use text::Text;
pub use timestamp::Timestamp;
