//! `blogctl articles create|list|show|update|delete`: articles joined with
//! their author and the author's address. The rows come from
//! `db::articles`; the records print through the sink `--format` chose
//! (`output::Sink`). Changes live in [`edit`].

mod edit;

use std::io::Read;
use std::process::ExitCode;

use super::Context;
use super::listing::Listing;
use crate::cli::{ArticleShowArgs, ArticlesCommand, ArticlesCreateArgs, ArticlesListArgs};
use crate::db;
use crate::db::articles::Filter;
use crate::error::{Error, Result};
use crate::model::{Article, check_content, check_search, check_title};
use crate::output::{Shape, Sink};

pub async fn run(ctx: &Context, command: ArticlesCommand) -> Result<ExitCode> {
    match command {
        ArticlesCommand::Create(args) => create(ctx, args).await,
        ArticlesCommand::List(args) => list(ctx, &args).await,
        ArticlesCommand::Show(args) => show(ctx, &args).await,
        ArticlesCommand::Update(args) => edit::update(ctx, args).await,
        ArticlesCommand::Delete(args) => edit::delete(ctx, &args).await,
    }
}

async fn create(ctx: &Context, args: ArticlesCreateArgs) -> Result<ExitCode> {
    check_title(&args.title)?;
    let content = match (args.content, &args.content_file) {
        (Some(content), _) => content,
        (None, Some(path)) => read_content(path)?,
        (None, None) => unreachable!("clap requires --content or --content-file"),
    };
    check_content(&content)?;
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
    if let Some(search) = &args.search {
        check_search(search)?;
    }
    let filter = Filter {
        author: args.author.as_ref(),
        search: args.search.as_deref(),
    };
    let session = ctx.session().await?;
    let client = &session.client;
    let mut listing = Listing::new::<Article>(&ctx.settings.output, &args.limit);
    // The table leaves the content out; JSON and CSV stream it whole.
    let rows = db::articles::list(
        client,
        filter,
        listing.whole(),
        listing.query_limit(),
        |article| listing.push(article),
    )
    .await
    .map_err(|e| listing.cut(e, &session.server))?;
    if rows == 0
        && let Some(author) = filter.author
        && !db::articles::author_exists(client, author).await?
    {
        return Err(Error::UnknownAuthor {
            author: author.clone(),
        });
    }
    listing.finish(rows, "articles", &ctx.msgs)?;
    Ok(ExitCode::SUCCESS)
}
