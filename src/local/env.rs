//! `blogctl local env`: the variables that point blogctl (`DATABASE_URL`)
//! and the blog API (`POSTGRES_HOST`, `POSTGRES_PORT`, `POSTGRES_USER`,
//! `POSTGRES_PASSWORD`, `POSTGRES_DB`) at the local cluster, as shell
//! assignments quoted so that `eval` takes every value literally.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use super::{DATABASE, Endpoint, SUPERUSER};

/// The shells `local env` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    /// POSIX sh, bash, zsh: `export NAME='value'`.
    Sh,
    /// fish: `set -gx NAME 'value'`.
    Fish,
}

/// What a URL's user information and query values may not hold as is.
const URL_COMPONENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'/')
    .add(b':')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'@')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}')
    .add(b'\'')
    .add(b'+')
    .add(b'=');

/// The variables, in the order they are printed. Over TCP they name
/// 127.0.0.1 and the password; without TCP, the socket folder (libpq,
/// blogctl and node-postgres take a folder as the host of a Unix socket).
pub fn variables(endpoint: &Endpoint, password: &str) -> Vec<(&'static str, String)> {
    let host = match &endpoint.listen {
        Some(address) => address.clone(),
        None => endpoint.socket_dir.to_string_lossy().into_owned(),
    };
    let url = match &endpoint.listen {
        Some(address) => format!(
            "postgres://{SUPERUSER}:{}@{address}:{}/{DATABASE}",
            utf8_percent_encode(password, URL_COMPONENT),
            endpoint.port
        ),
        None => format!(
            "postgres://{SUPERUSER}@/{DATABASE}?host={}&port={}",
            utf8_percent_encode(&host, URL_COMPONENT),
            endpoint.port
        ),
    };
    vec![
        ("DATABASE_URL", url),
        ("POSTGRES_HOST", host),
        ("POSTGRES_PORT", endpoint.port.to_string()),
        ("POSTGRES_USER", SUPERUSER.to_string()),
        ("POSTGRES_PASSWORD", password.to_string()),
        ("POSTGRES_DB", DATABASE.to_string()),
    ]
}

/// One assignment per line for `shell`.
pub fn render(variables: &[(&str, String)], shell: Shell) -> String {
    variables
        .iter()
        .map(|(name, value)| match shell {
            Shell::Sh => format!("export {name}={}\n", quote_sh(value)),
            Shell::Fish => format!("set -gx {name} {}\n", quote_fish(value)),
        })
        .collect()
}

/// POSIX single quotes: nothing inside is special; a `'` ends the quote,
/// is written escaped, and the quote starts again.
fn quote_sh(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// fish single quotes: only `\\` and `\'` are escapes inside them.
fn quote_fish(value: &str) -> String {
    format!("'{}'", value.replace('\\', r"\\").replace('\'', r"\'"))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn endpoint(listen: Option<&str>) -> Endpoint {
        Endpoint {
            socket_dir: PathBuf::from("/home/o'neil/my data/socket"),
            port: 5433,
            listen: listen.map(str::to_string),
            pid: None,
        }
    }

    #[test]
    fn tcp_variables_carry_the_password() {
        let vars = variables(&endpoint(Some("127.0.0.1")), "p@ss:w/rd");
        assert_eq!(
            vars[0].1,
            "postgres://postgres:p%40ss%3Aw%2Frd@127.0.0.1:5433/blog"
        );
        assert_eq!(vars[1], ("POSTGRES_HOST", "127.0.0.1".to_string()));
        assert_eq!(vars[4], ("POSTGRES_PASSWORD", "p@ss:w/rd".to_string()));
    }

    #[test]
    fn socket_variables_name_the_folder() {
        let vars = variables(&endpoint(None), "x");
        assert_eq!(
            vars[0].1,
            "postgres://postgres@/blog?host=%2Fhome%2Fo%27neil%2Fmy%20data%2Fsocket&port=5433"
        );
        assert_eq!(vars[1].1, "/home/o'neil/my data/socket");
    }

    #[test]
    fn values_are_quoted_for_each_shell() {
        let vars = vec![("A", "it's $HOME \\ `x`".to_string())];
        assert_eq!(
            render(&vars, Shell::Sh),
            "export A='it'\\''s $HOME \\ `x`'\n"
        );
        assert_eq!(
            render(&vars, Shell::Fish),
            "set -gx A 'it\\'s $HOME \\\\ `x`'\n"
        );
    }
}
