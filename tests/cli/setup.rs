//! `blogctl setup`.
