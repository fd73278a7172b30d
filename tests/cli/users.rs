//! `blogctl users`.
