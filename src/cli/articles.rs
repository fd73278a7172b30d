//! `blogctl articles ...`: create, list, show, update and delete articles.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

use super::{ConfirmArgs, LimitArgs, parse_user_ref};
use crate::model::UserRef;

#[derive(Debug, Subcommand)]
pub enum ArticlesCommand {
    /// Create an article and print it joined with its author.
    Create(ArticlesCreateArgs),
    /// List articles with their author and the author's address, in id order.
    List(ArticlesListArgs),
    /// Show one article with its full content, author and address.
    Show(ArticleShowArgs),
    /// Change an article's title, content or author, and print it.
    ///
    /// Give at least one of --title, --content (or --content-file) and
    /// --author. One statement: an unknown article or author changes
    /// nothing (exit 1).
    #[command(override_usage = "blogctl articles update <ID> [--title <TITLE>] \
        [--content <TEXT> | --content-file <PATH|->] [--author <ID|EMAIL>] [OPTIONS]")]
    Update(ArticlesUpdateArgs),
    /// Delete articles, and print what was deleted.
    ///
    /// Asks on a terminal, listing what goes; without a terminal, --yes is
    /// needed. All or nothing: an unknown id deletes none of them (exit 1).
    /// Every format prints the deleted articles, content included (a table
    /// without it); a summary goes to stderr.
    Delete(ArticlesDeleteArgs),
}

/// `--content` and `--content-file` are alternatives: exactly one of them.
#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("content_source")
        .args(["content", "content_file"])
        .required(true)
        .multiple(false)
))]
pub struct ArticlesCreateArgs {
    /// The article's title.
    #[arg(long)]
    pub title: String,
    /// The author's id or email.
    #[arg(long, value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub author: UserRef,
    /// The article's content.
    #[arg(long, value_name = "TEXT")]
    pub content: Option<String>,
    /// Read the content from this file, or from standard input with `-`.
    #[arg(long, value_name = "PATH|-")]
    pub content_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ArticlesListArgs {
    /// Only articles by this author (id or email).
    #[arg(long, value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub author: Option<UserRef>,
    /// Only articles whose title or content contains TEXT, ignoring case
    /// (%, _ and \ are plain characters).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[command(flatten)]
    pub limit: LimitArgs,
}

#[derive(Debug, Args)]
pub struct ArticleShowArgs {
    /// The article's id.
    #[arg(value_name = "ID", value_parser = clap::value_parser!(i32).range(1..), allow_negative_numbers = true)]
    pub id: i32,
}

#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("change")
        .args(["title", "content", "content_file", "author"])
        .required(true)
        .multiple(true)
))]
pub struct ArticlesUpdateArgs {
    /// The article's id.
    #[arg(value_name = "ID", value_parser = clap::value_parser!(i32).range(1..), allow_negative_numbers = true)]
    pub id: i32,
    /// The new title.
    #[arg(long)]
    pub title: Option<String>,
    /// The new content.
    #[arg(long, value_name = "TEXT", conflicts_with = "content_file")]
    pub content: Option<String>,
    /// Read the new content from this file, or from standard input with `-`.
    #[arg(long, value_name = "PATH|-")]
    pub content_file: Option<PathBuf>,
    /// The new author's id or email.
    #[arg(long, value_name = "ID|EMAIL", value_parser = parse_user_ref, allow_negative_numbers = true)]
    pub author: Option<UserRef>,
}

#[derive(Debug, Args)]
pub struct ArticlesDeleteArgs {
    /// The ids of the articles to delete.
    #[arg(
        value_name = "ID",
        required = true,
        num_args = 1..,
        value_parser = clap::value_parser!(i32).range(1..),
        allow_negative_numbers = true
    )]
    pub ids: Vec<i32>,
    #[command(flatten)]
    pub confirm: ConfirmArgs,
}
