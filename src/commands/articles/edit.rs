//! `blogctl articles update|delete`. An update is one statement; a deletion
//! one transaction that is rolled back unless every id named was deleted.
//! Both print what they changed through the same sinks as `show` and
//! `list`.

use std::process::ExitCode;

use super::read_content;
use crate::cli::{ArticlesDeleteArgs, ArticlesUpdateArgs};
use crate::commands::{Context, confirm};
use crate::db;
use crate::db::articles::{ArticleChanges, ArticleRow, Updated};
use crate::error::{Error, Result, articles_named as articles};
use crate::escape;
use crate::model::{Article, check_content, check_title};
use crate::output;
use crate::output::{Shape, Sink};

/// Longest title a confirmation quotes, in characters.
const QUOTED_TITLE: usize = 60;

/// Change the title, content or author of an article and print it as
/// `show` does; every refusal changes nothing.
pub async fn update(ctx: &Context, args: ArticlesUpdateArgs) -> Result<ExitCode> {
    if let Some(title) = &args.title {
        check_title(title)?;
    }
    let content = match (args.content, &args.content_file) {
        (Some(content), _) => Some(content),
        (None, Some(path)) => Some(read_content(path)?),
        (None, None) => None,
    };
    if let Some(content) = &content {
        check_content(content)?;
    }
    let client = ctx.connect().await?;
    let changes = ArticleChanges {
        title: args.title.as_deref(),
        content: content.as_deref(),
        author: args.author.as_ref(),
    };
    let id = args.id;
    match db::articles::update(&client, id, changes).await? {
        Updated::Article(row) => {
            let article = row.article()?;
            ctx.msgs.info(format!("updated article {id}"));
            output::print_one(&ctx.settings.output, &article)?;
            Ok(ExitCode::SUCCESS)
        }
        Updated::NoArticle => Err(Error::ArticlesNotFound {
            ids: vec![id],
            doing: "changed",
        }),
        Updated::NoAuthor => Err(Error::UnknownAuthor {
            author: args.author.expect("only an author given can be unknown"),
        }),
        Updated::DeletedMeanwhile => Err(Error::DeletedMeanwhile {
            what: format!("article {id}"),
            doing: "changed",
        }),
    }
}

/// Delete the articles named, all or none, after asking on a terminal;
/// print the deleted articles (content included in JSON and CSV, so that
/// they could be put back) and a summary on stderr.
pub async fn delete(ctx: &Context, args: &ArticlesDeleteArgs) -> Result<ExitCode> {
    let mut ids = args.ids.clone();
    ids.sort_unstable();
    ids.dedup();
    let ask = !args.confirm.yes;
    confirm::needs_terminal(args.confirm.yes, ctx.settings.stdin_is_terminal, || {
        articles(&ids)
    })?;
    let mut client = ctx.connect().await?;
    if ask {
        let found = db::articles::find_many(&client, &ids).await?;
        let missing = missing(&ids, &found)?;
        if !missing.is_empty() {
            return Err(Error::ArticlesNotFound {
                ids: missing,
                doing: "deleted",
            });
        }
        if !confirm::ask(&question(&found)?)? {
            return Err(Error::NotConfirmed);
        }
    }
    let tx = client
        .transaction()
        .await
        .map_err(db::failed("cannot start a transaction"))?;
    let deleted = db::articles::delete(&tx, &ids).await?;
    let missing = missing(&ids, &deleted)?;
    if !missing.is_empty() {
        tx.rollback()
            .await
            .map_err(db::failed("cannot roll back the deletion"))?;
        // Seen before asking, gone now: another session deleted them.
        return Err(match ask {
            true => Error::DeletedMeanwhile {
                what: articles(&missing),
                doing: "deleted",
            },
            false => Error::ArticlesNotFound {
                ids: missing,
                doing: "deleted",
            },
        });
    }
    tx.commit().await.map_err(db::failed(format!(
        "cannot commit the deletion of {}",
        articles(&ids)
    )))?;
    ctx.msgs.info(format!("deleted {}", articles(&ids)));
    let mut sink = Sink::new::<Article>(&ctx.settings.output, Shape::List);
    for row in &deleted {
        sink.push(&row.article()?)?;
    }
    sink.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The ids (sorted) that are not among `rows`.
fn missing(ids: &[i32], rows: &[ArticleRow]) -> Result<Vec<i32>> {
    let mut found = Vec::with_capacity(rows.len());
    for row in rows {
        found.push(row.article()?.id);
    }
    Ok(ids
        .iter()
        .copied()
        .filter(|id| found.binary_search(id).is_err())
        .collect())
}

/// What goes, one article a line, then the question. Titles, names and
/// emails come from the database: escaped as one line each, so that none
/// can rewrite the question; long titles are cut.
fn question(rows: &[ArticleRow]) -> Result<String> {
    let mut text = String::new();
    for row in rows {
        let article = row.article()?;
        let title = article.title.to_str();
        let mut quoted: String = title.chars().take(QUOTED_TITLE).collect();
        if quoted.len() < title.len() {
            quoted.push('…');
        }
        text.push_str(&format!(
            "article {}: {} (by {} <{}>)\n",
            article.id,
            escape::line(&quoted),
            escape::line(&article.author.name.to_str()),
            escape::line(&article.author.email.to_str()),
        ));
    }
    match rows.len() {
        1 => text.push_str("Delete this article?"),
        n => text.push_str(&format!("Delete these {n} articles?")),
    }
    Ok(text)
}
