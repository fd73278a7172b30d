//! `blogctl articles create|list|show`: articles joined with their author
//! and the author's address. The rows come from `db::articles`; the
//! records print through the sink `--format` chose (`output::Sink`).

use std::io::Read;
use std::process::ExitCode;

use super::Context;
use crate::cli::{ArticleShowArgs, ArticlesCommand, ArticlesCreateArgs, ArticlesListArgs};
use crate::db;
use crate::db::articles::Filter;
use crate::error::{Error, Result};
use crate::model::Article;
use crate::output::{Format, Shape, Sink};

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
    let row = db::articles::create(&client, &args.title, &content, &args.author)
        .await?
        .ok_or_else(|| Error::UnknownAuthor {
            author: args.author.clone(),
        })?;
    let article = row.article()?;
    ctx.msgs.info(format!("created article {}", article.id));
    print_one(ctx, &article)
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
    let row = db::articles::find(&client, args.id)
        .await?
        .ok_or(Error::ArticleNotFound { id: args.id })?;
    print_one(ctx, &row.article()?)
}

fn print_one(ctx: &Context, article: &Article<'_>) -> Result<ExitCode> {
    let mut sink = Sink::new::<Article>(&ctx.settings.output, Shape::One);
    sink.push(article)?;
    sink.finish()?;
    Ok(ExitCode::SUCCESS)
}

async fn list(ctx: &Context, args: &ArticlesListArgs) -> Result<ExitCode> {
    let filter = match &args.author {
        Some(author) => Filter::Author(author),
        None => Filter::All,
    };
    let session = ctx.session().await?;
    let client = &session.client;
    let table = ctx.settings.output.format == Format::Table;
    // The table keeps its rows: fetch one more than it shows, to know
    // whether there are more. JSON and CSV stream every row, with content.
    let shown = (table && !args.all).then(|| usize::try_from(args.limit).unwrap_or(usize::MAX));
    let limit = shown.map(|n| i64::try_from(n).unwrap_or(i64::MAX).saturating_add(1));
    let mut sink = Sink::new::<Article>(&ctx.settings.output, Shape::List);
    let mut pushed = 0;
    let rows = db::articles::list(client, filter, !table, limit, |article| {
        if shown.is_some_and(|shown| pushed >= shown) {
            return Ok(());
        }
        pushed += 1;
        sink.push(article)
    })
    .await
    // A stream cut short: the sink is dropped unfinished (a JSON array left
    // open, so that no parser takes it for whole) after flushing the rows
    // it has; a table has printed nothing.
    .map_err(|e| e.output_cut(&session.server, if table { 0 } else { pushed as u64 }))?;
    if rows == 0
        && let Filter::Author(author) = filter
        && !db::articles::author_exists(client, author).await?
    {
        return Err(Error::UnknownAuthor {
            author: author.clone(),
        });
    }
    sink.finish()?;
    if (pushed as u64) < rows {
        ctx.msgs.info(format!(
            "showing the first {pushed} articles; more remain: pass --all to list every one, \
             --limit N for more, or --format csv|json to stream them all"
        ));
    }
    Ok(ExitCode::SUCCESS)
}
