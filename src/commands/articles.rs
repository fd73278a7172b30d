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
use crate::model::{Article, MAX_CONTENT_CHARS, check_content, check_search, check_title};
use crate::output;

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
    output::print_one(&ctx.settings.output, &article)?;
    Ok(ExitCode::SUCCESS)
}

/// The content from a file, or from standard input for `-`, as UTF-8. At
/// most the bytes [`MAX_CONTENT_CHARS`] characters can take are read (4
/// each): more is refused (exit 2) without reading on (`/dev/zero`, the
/// wrong file); fewer bytes but too many characters are the rules' to
/// refuse ([`check_content`]).
fn read_content(path: &std::path::Path) -> Result<String> {
    let max_bytes = MAX_CONTENT_CHARS * 4;
    let mut bytes = Vec::new();
    let mut read_from = |input: &mut dyn Read| {
        input
            .take(max_bytes as u64 + 1)
            .read_to_end(&mut bytes)
            .map(|_| ())
    };
    let (read, from) = if path.as_os_str() == "-" {
        (
            read_from(&mut std::io::stdin().lock()),
            "standard input".to_string(),
        )
    } else {
        (
            std::fs::File::open(path).and_then(|mut f| read_from(&mut f)),
            path.display().to_string(),
        )
    };
    if let Err(source) = read {
        return Err(Error::ContentUnreadable { from, source });
    }
    if bytes.len() > max_bytes {
        return Err(Error::ContentTooLong {
            from,
            max_bytes,
            max: MAX_CONTENT_CHARS,
        });
    }
    String::from_utf8(bytes).map_err(|source| Error::ContentNotUtf8 { from, source })
}

async fn show(ctx: &Context, args: &ArticleShowArgs) -> Result<ExitCode> {
    let client = ctx.connect().await?;
    let row = db::articles::find(&client, args.id)
        .await?
        .ok_or(Error::ArticleNotFound { id: args.id })?;
    output::print_one(&ctx.settings.output, &row.article()?)?;
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
