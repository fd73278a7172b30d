# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_blogctl_global_optspecs
    string join \n database-url= connect-timeout= wait= local env-file= no-env-file format= color= x/expanded no-pager q/quiet v/verbose password-hash= h/help V/version
end

function __fish_blogctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_blogctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_blogctl_using_subcommand
    set -l cmd (__fish_blogctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c blogctl -n "__fish_blogctl_needs_command" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_needs_command" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_needs_command" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_needs_command" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_needs_command" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_needs_command" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_needs_command" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_needs_command" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_needs_command" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_needs_command" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_needs_command" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_needs_command" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_needs_command" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_needs_command" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_needs_command" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "setup" -d 'Create the database if missing, migrate, seed the admin'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "migrate" -d 'Apply pending migrations'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "seed" -d 'Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "users" -d 'Create, list, show, update and delete users; set and check their passwords'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "articles" -d 'Create, list, show, update and delete articles joined with their authors'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "local" -d 'A PostgreSQL of blogctl\'s own: start, stop, status, env, destroy'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c blogctl -n "__fish_blogctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l lock-timeout -d 'Give up on a table lock after this many seconds (0 waits for ever)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l lock-wait -d 'Give up waiting for the migration lock, held by another `blogctl migrate` or the blog API\'s migrator, after this many seconds (0 waits for ever); who holds it is named' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l demo -d 'Also load the sample data in seeds/'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand setup" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l target -d 'Stop after this version' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l lock-timeout -d 'Give up on a table lock after this many seconds (0 waits for ever)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l lock-wait -d 'Give up waiting for the migration lock, held by another `blogctl migrate` or the blog API\'s migrator, after this many seconds (0 waits for ever); who holds it is named' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l dry-run -d 'List what would be applied (with its SQL under -v); change nothing'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l check -d 'Exit 1 unless every blogctl migration is applied and none diverges (a newer blog API\'s own, external, do not count). With -q, print no table: only the exit code, and the error on stderr when not up to date'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "status" -d 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at'
complete -c blogctl -n "__fish_blogctl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l password-stdin -d 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l reset-password -d 'Set the new password on an admin that already exists'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l demo -d 'Also load the sample data in seeds/'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand seed" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "create" -d 'Create a user, with an optional address'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "list" -d 'List users with their addresses, in id order'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "show" -d 'Show one user with their address'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "update" -d 'Change a user\'s email, name or address, and print the user'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "set-password" -d 'Set a user\'s password, from standard input or a prompt asked twice'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "check-password" -d 'Check a password against a user\'s stored hash: exit 0 when it matches, 1 when it does not'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "delete" -d 'Delete a user and their address, and print what was deleted'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and not __fish_seen_subcommand_from create list show update set-password check-password delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l email -d 'The user\'s email address (unique)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l name -d 'The user\'s display name' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l street -d 'Street of the user\'s address' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l city -d 'City of the user\'s address' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l country -d 'Country of the user\'s address' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l search -d 'Only users whose email or name contains TEXT, ignoring case (%, _ and \\ are plain characters)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many rows in the table view (JSON and CSV are never capped)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Show every row in the table view'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l email -d 'The new email address (unique)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l name -d 'The new display name' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l street -d 'The address\'s street; the address is created when the user has none. An empty value clears the field; an address left with every field empty is removed' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l city -d 'The address\'s city (as --street)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l country -d 'The address\'s country (as --street)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l no-address -d 'Remove the user\'s address (the address row is deleted)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l password-stdin -d 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l password-stdin -d 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from check-password" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l reassign-articles-to -d 'Move the user\'s articles to this user first, in the same transaction' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user, with an optional address'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users with their addresses, in id order'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user with their address'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s email, name or address, and print the user'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Set a user\'s password, from standard input or a prompt asked twice'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "check-password" -d 'Check a password against a user\'s stored hash: exit 0 when it matches, 1 when it does not'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user and their address, and print what was deleted'
complete -c blogctl -n "__fish_blogctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -f -a "create" -d 'Create an article and print it joined with its author'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -f -a "list" -d 'List articles with their author and the author\'s address, in id order'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -f -a "show" -d 'Show one article with its full content, author and address'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -f -a "update" -d 'Change an article\'s title, content or author, and print it'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -f -a "delete" -d 'Delete articles, and print what was deleted'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and not __fish_seen_subcommand_from create list show update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l title -d 'The article\'s title' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l author -d 'The author\'s id or email' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l content -d 'The article\'s content' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l content-file -d 'Read the content from this file, or from standard input with `-`' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l author -d 'Only articles by this author (id or email)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l search -d 'Only articles whose title or content contains TEXT, ignoring case (%, _ and \\ are plain characters)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many rows in the table view (JSON and CSV are never capped)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l all -d 'Show every row in the table view'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l title -d 'The new title' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l content -d 'The new content' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l content-file -d 'Read the new content from this file, or from standard input with `-`' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l author -d 'The new author\'s id or email' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an article and print it joined with its author'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List articles with their author and the author\'s address, in id order'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one article with its full content, author and address'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an article\'s title, content or author, and print it'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete articles, and print what was deleted'
complete -c blogctl -n "__fish_blogctl_using_subcommand articles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -f -a "start" -d 'Create the cluster on first use and start it; print where it listens'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -f -a "stop" -d 'Stop the cluster (open sessions are ended)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -f -a "status" -d 'Whether it runs, its version, where it listens, its size'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -f -a "env" -d 'Print DATABASE_URL and the blog API\'s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -f -a "destroy" -d 'Stop the cluster and delete it, with all its data'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and not __fish_seen_subcommand_from start stop status env destroy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l port -d 'Also listen on 127.0.0.1:PORT, with password authentication (the blog API connects over TCP). Without it, only the Unix socket' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l shell -d 'The shell whose syntax to print' -r -f -a "sh\t'sh, bash, zsh: `export NAME=\'value\'`'
fish\t'fish: `set -gx NAME \'value\'`'"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from env" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "start" -d 'Create the cluster on first use and start it; print where it listens'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the cluster (open sessions are ended)'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether it runs, its version, where it listens, its size'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "env" -d 'Print DATABASE_URL and the blog API\'s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Stop the cluster and delete it, with all its data'
complete -c blogctl -n "__fish_blogctl_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l database-url -d 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API\'s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq\'s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l connect-timeout -d 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l wait -d 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)' -r
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l env-file -d 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq\'s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file' -r -F
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l format -d 'Output format for records' -r -f -a "table\t''
json\t''
csv\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l color -d 'When to use colour; NO_COLOR in the environment means never for `auto`' -r -f -a "auto\t''
always\t''
never\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l password-hash -d 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]' -r -f -a "bcrypt\t''
argon2id\t''"
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l local -d 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l no-env-file -d 'Do not read any .env file'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -s x -l expanded -d 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -l no-pager -d 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -s q -l quiet -d 'Print only records and errors'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -s v -l verbose -d 'Print more detail (the SQL of pending migrations, connection attempts)'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c blogctl -n "__fish_blogctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "setup" -d 'Create the database if missing, migrate, seed the admin'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "migrate" -d 'Apply pending migrations'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "seed" -d 'Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "users" -d 'Create, list, show, update and delete users; set and check their passwords'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "articles" -d 'Create, list, show, update and delete articles joined with their authors'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "local" -d 'A PostgreSQL of blogctl\'s own: start, stop, status, env, destroy'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and not __fish_seen_subcommand_from setup migrate seed users articles local completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "status" -d 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user, with an optional address'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users with their addresses, in id order'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "show" -d 'Show one user with their address'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s email, name or address, and print the user'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "set-password" -d 'Set a user\'s password, from standard input or a prompt asked twice'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "check-password" -d 'Check a password against a user\'s stored hash: exit 0 when it matches, 1 when it does not'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user and their address, and print what was deleted'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from articles" -f -a "create" -d 'Create an article and print it joined with its author'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from articles" -f -a "list" -d 'List articles with their author and the author\'s address, in id order'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from articles" -f -a "show" -d 'Show one article with its full content, author and address'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from articles" -f -a "update" -d 'Change an article\'s title, content or author, and print it'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from articles" -f -a "delete" -d 'Delete articles, and print what was deleted'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "start" -d 'Create the cluster on first use and start it; print where it listens'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "stop" -d 'Stop the cluster (open sessions are ended)'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "status" -d 'Whether it runs, its version, where it listens, its size'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "env" -d 'Print DATABASE_URL and the blog API\'s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`'
complete -c blogctl -n "__fish_blogctl_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "destroy" -d 'Stop the cluster and delete it, with all its data'
