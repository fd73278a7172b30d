//! `blogctl articles create|list|show`: articles joined with their author
//! and the author's address.

use std::io::Read;
use std::pin::pin;
use std::process::ExitCode;

use futures_util::TryStreamExt;
use tokio_postgres::{Row, RowStream};

use super::Context;
use crate::cli::{ArticleShowArgs, ArticlesCommand, ArticlesCreateArgs, ArticlesListArgs};
use crate::db;
use crate::db::articles::{ArticleRow, Filter, RawText};
use crate::error::{Error, Result};
use crate::model::{Article, UserRef};
use crate::output::articles::{CsvArticles, JsonArticles, list_table, record_table};
use crate::output::{Format, print_json, print_table};

pub async fn run(ctx: &Context, command: ArticlesCommand) -> Result<ExitCode> {
    match command {
        ArticlesCommand::Create(args) => create(ctx, args).await,
        ArticlesCommand::List(args) => list(ctx, &args).await,
        ArticlesCommand::Show(args) => show(ctx, &args).await,
    }
}

async fn create(ctx: &Context, args: ArticlesCreateArgs) -> Result<ExitCode> {
    if args.title.trim().is_empty() {
        return Err(Error::Empty {
            what: "the title",
            fix: "pass the article's title with --title",
        });
    }
    let content = match (args.content, &args.content_file) {
        (Some(content), _) => content,
        (None, Some(path)) => read_content(path)?,
        (None, None) => unreachable!("clap requires --content or --content-file"),
    };
    if content.trim().is_empty() {
        return Err(Error::Empty {
            what: "the content",
            fix: "pass the article's text with --content or --content-file",
        });
    }
    if content.contains('\0') {
        return Err(Error::NulByte {
            what: "the content",
        });
    }
    let client = ctx.connect().await?;
    let article = db::articles::create(&client, &args.title, &content, &args.author)
        .await?
        .ok_or_else(|| Error::UnknownAuthor {
            author: args.author.clone(),
        })?;
    ctx.msgs.info(format!("created article {}", article.id));
    print_record(ctx, &article)?;
    Ok(ExitCode::SUCCESS)
}

/// The content from a file, or from standard input for `-`, as UTF-8.
fn read_content(path: &std::path::Path) -> Result<String> {
    let mut bytes = Vec::new();
    let (read, from) = if path.as_os_str() == "-" {
        (
            std::io::stdin().lock().read_to_end(&mut bytes),
            "standard input".to_string(),
        )
    } else {
        (
            std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
            path.display().to_string(),
        )
    };
    if let Err(source) = read {
        return Err(Error::ContentUnreadable { from, source });
    }
    String::from_utf8(bytes).map_err(|source| Error::ContentNotUtf8 { from, source })
}

async fn show(ctx: &Context, args: &ArticleShowArgs) -> Result<ExitCode> {
    let client = ctx.connect().await?;
    let article = db::articles::find(&client, args.id)
        .await?
        .ok_or(Error::ArticleNotFound { id: args.id })?;
    print_record(ctx, &article)?;
    Ok(ExitCode::SUCCESS)
}

/// One article in the chosen format.
fn print_record(ctx: &Context, article: &Article) -> Result<()> {
    let row = ArticleRow::from(article);
    match ctx.settings.output.format {
        Format::Table => print_table(&record_table(&ctx.settings.output, &row)),
        Format::Json => print_json(article),
        Format::Csv => {
            let mut out = CsvArticles::new()?;
            out.push(&row)?;
            out.finish()
        }
    }
}

async fn list(ctx: &Context, args: &ArticlesListArgs) -> Result<ExitCode> {
    let filter = match &args.author {
        Some(author) => Filter::Author(author),
        None => Filter::All,
    };
    let client = ctx.connect().await?;
    let format = ctx.settings.output.format;
    // The table keeps its rows: fetch one more than it shows, to know
    // whether there are more. JSON and CSV stream every row.
    let limit = (format == Format::Table && !args.all).then(|| {
        i64::try_from(args.limit)
            .unwrap_or(i64::MAX)
            .saturating_add(1)
    });
    let stream = db::articles::list(&client, filter, format != Format::Table, limit).await?;
    let mut stream = pin!(stream);
    let first = next_row(&mut stream).await?;
    if first.is_none()
        && let Filter::Author(author) = filter
        && !db::articles::author_exists(&client, author).await?
    {
        return Err(Error::UnknownAuthor {
            author: UserRef::clone(author),
        });
    }
    match format {
        Format::Table => {
            let mut rows: Vec<Row> = Vec::new();
            if let Some(first) = first {
                rows.push(first);
                // A row stream must not be polled again once it has ended.
                while let Some(row) = next_row(&mut stream).await? {
                    rows.push(row);
                }
            }
            let shown = match limit {
                Some(limit) if rows.len() as i64 == limit => rows.len() - 1,
                _ => rows.len(),
            };
            let views = rows[..shown]
                .iter()
                .map(ArticleRow::<&str>::from_row)
                .collect::<Result<Vec<_>>>()?;
            print_table(&list_table(&ctx.settings.output, views))?;
            if shown < rows.len() {
                ctx.msgs.info(format!(
                    "showing the first {shown} articles; more remain: pass --all to list every one, \
                     --limit N for more, or --format csv|json to stream them all"
                ));
            }
        }
        Format::Json => {
            let mut out = JsonArticles::new()?;
            stream_rows(first, &mut stream, |row| {
                out.push(&ArticleRow::<&str>::from_row(row)?)
            })
            .await?;
            out.finish()?;
        }
        Format::Csv => {
            let mut out = CsvArticles::new()?;
            stream_rows(first, &mut stream, |row| {
                out.push(&ArticleRow::<RawText>::from_row(row)?)
            })
            .await?;
            out.finish()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn next_row(stream: &mut std::pin::Pin<&mut RowStream>) -> Result<Option<Row>> {
    stream
        .try_next()
        .await
        .map_err(db::failed("cannot list the articles"))
}

/// Hand `first` and every following row to `write`, one at a time.
async fn stream_rows(
    first: Option<Row>,
    stream: &mut std::pin::Pin<&mut RowStream>,
    mut write: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    let Some(first) = first else { return Ok(()) };
    write(&first)?;
    while let Some(row) = next_row(stream).await? {
        write(&row)?;
    }
    Ok(())
}
