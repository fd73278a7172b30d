//! Pieces of SQL the queries share: their parameters, the condition that
//! finds the user a command names (by id or email), the `--search`
//! condition, and identifiers quoted for statements that take no
//! parameters.

use tokio_postgres::types::{ToSql, Type};

use crate::model::UserRef;

/// One parameter of a query, with its type (`query_typed*`: one round
/// trip, an unnamed statement, so PgBouncer's transaction pooling is fine).
pub type Param<'a> = (&'a (dyn ToSql + Sync), Type);

/// A query's parameters, in `$1`, `$2`, ... order.
pub type Params<'a> = Vec<Param<'a>>;

/// The condition that finds the user `user` names, as parameter `$n`:
/// `{id} = $n` for a user id, `{email} = $n` for an email, with `id` and
/// `email` the columns that hold them in the query; and the parameter.
pub fn user_condition<'a>(
    user: &'a UserRef,
    id: &str,
    email: &str,
    n: usize,
) -> (String, Param<'a>) {
    match user {
        UserRef::Id(value) => (format!("{id} = ${n}"), (value, Type::INT4)),
        UserRef::Email(value) => (format!("{email} = ${n}"), (value, Type::TEXT)),
    }
}

/// The `--search` condition: any of `columns` contains parameter `$n`,
/// ignoring case, every character of it taken literally.
///
/// `strpos(lower(col), lower($n)) > 0` rather than `col ILIKE $n ESCAPE
/// '\'` with `%`, `_` and `\` escaped: nothing to escape, so no pattern a
/// user's text could turn into a wildcard; and faster. ILIKE in a UTF-8
/// database lowercases both sides too, then runs the LIKE matcher, which
/// backtracks at `%`; strpos is one substring search. Measured on the
/// 1,000,000 articles of scripts/bench-articles.sh (title or content
/// containing `ARTICLE 4242`, a sequential scan either way, count(*),
/// hyperfine, 8 runs each, same session): ILIKE ... ESCAPE 1.92 s,
/// `lower(col) LIKE lower(pattern)` 1.64 s, strpos(lower(..)) 1.53 s.
pub fn contains(columns: &[&str], n: usize) -> String {
    let each: Vec<String> = columns
        .iter()
        .map(|column| format!("strpos(lower({column}), lower(${n}::text)) > 0"))
        .collect();
    format!("({})", each.join(" OR "))
}

/// `name` as a quoted SQL identifier (`"` doubled), so any name (quotes,
/// semicolons, spaces) is taken literally.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_condition_binds_the_text() {
        assert_eq!(
            contains(&["a.title", "a.article_content"], 2),
            "(strpos(lower(a.title), lower($2::text)) > 0 \
             OR strpos(lower(a.article_content), lower($2::text)) > 0)"
        );
    }

    #[test]
    fn a_user_is_found_by_id_or_email() {
        let id = UserRef::Id(7);
        let (condition, (_, ty)) = user_condition(&id, "u.id", "u.email", 3);
        assert_eq!((condition.as_str(), ty), ("u.id = $3", Type::INT4));
        let email = UserRef::Email("ada@example.com".into());
        let (condition, (_, ty)) = user_condition(&email, "id", "email", 1);
        assert_eq!((condition.as_str(), ty), ("email = $1", Type::TEXT));
    }

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(quote_ident("blog"), "\"blog\"");
        assert_eq!(quote_ident("a\"b; x"), "\"a\"\"b; x\"");
    }
}
