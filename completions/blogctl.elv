
use builtin;
use str;

set edit:completion:arg-completer[blogctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'blogctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'blogctl'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Create the database if missing, migrate, seed the admin'
            cand migrate 'Apply pending migrations'
            cand seed 'Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME'
            cand users 'Create, list, show, update and delete users; set and check their passwords'
            cand articles 'Create, list, show, update and delete articles joined with their authors'
            cand local 'A PostgreSQL of blogctl''s own: start, stop, status, env, destroy'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;setup'= {
            cand --lock-timeout 'Give up on a table lock after this many seconds (0 waits for ever)'
            cand --lock-wait 'Give up waiting for the migration lock, held by another `blogctl migrate` or the blog API''s migrator, after this many seconds (0 waits for ever); who holds it is named'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --demo 'Also load the sample data in seeds/'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;migrate'= {
            cand --target 'Stop after this version'
            cand --lock-timeout 'Give up on a table lock after this many seconds (0 waits for ever)'
            cand --lock-wait 'Give up waiting for the migration lock, held by another `blogctl migrate` or the blog API''s migrator, after this many seconds (0 waits for ever); who holds it is named'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --dry-run 'List what would be applied (with its SQL under -v); change nothing'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;migrate;status'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --check 'Exit 1 unless every blogctl migration is applied and none diverges (a newer blog API''s own, external, do not count). With -q, print no table: only the exit code, and the error on stderr when not up to date'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;migrate;help'= {
            cand status 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;migrate;help;status'= {
        }
        &'blogctl;migrate;help;help'= {
        }
        &'blogctl;seed'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --password-stdin 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
            cand --reset-password 'Set the new password on an admin that already exists'
            cand --demo 'Also load the sample data in seeds/'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a user, with an optional address'
            cand list 'List users with their addresses, in id order'
            cand show 'Show one user with their address'
            cand update 'Change a user''s email, name or address, and print the user'
            cand set-password 'Set a user''s password, from standard input or a prompt asked twice'
            cand check-password 'Check a password against a user''s stored hash: exit 0 when it matches, 1 when it does not'
            cand delete 'Delete a user and their address, and print what was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;users;create'= {
            cand --email 'The user''s email address (unique)'
            cand --name 'The user''s display name'
            cand --street 'Street of the user''s address'
            cand --city 'City of the user''s address'
            cand --country 'Country of the user''s address'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --password-stdin 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;list'= {
            cand --search 'Only users whose email or name contains TEXT, ignoring case (%, _ and \ are plain characters)'
            cand --limit 'Show at most this many rows in the table view (JSON and CSV are never capped)'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --all 'Show every row in the table view'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;show'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;update'= {
            cand --email 'The new email address (unique)'
            cand --name 'The new display name'
            cand --street 'The address''s street; the address is created when the user has none. An empty value clears the field; an address left with every field empty is removed'
            cand --city 'The address''s city (as --street)'
            cand --country 'The address''s country (as --street)'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --no-address 'Remove the user''s address (the address row is deleted)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;set-password'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --password-stdin 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;check-password'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --password-stdin 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;delete'= {
            cand --reassign-articles-to 'Move the user''s articles to this user first, in the same transaction'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;users;help'= {
            cand create 'Create a user, with an optional address'
            cand list 'List users with their addresses, in id order'
            cand show 'Show one user with their address'
            cand update 'Change a user''s email, name or address, and print the user'
            cand set-password 'Set a user''s password, from standard input or a prompt asked twice'
            cand check-password 'Check a password against a user''s stored hash: exit 0 when it matches, 1 when it does not'
            cand delete 'Delete a user and their address, and print what was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;users;help;create'= {
        }
        &'blogctl;users;help;list'= {
        }
        &'blogctl;users;help;show'= {
        }
        &'blogctl;users;help;update'= {
        }
        &'blogctl;users;help;set-password'= {
        }
        &'blogctl;users;help;check-password'= {
        }
        &'blogctl;users;help;delete'= {
        }
        &'blogctl;users;help;help'= {
        }
        &'blogctl;articles'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an article and print it joined with its author'
            cand list 'List articles with their author and the author''s address, in id order'
            cand show 'Show one article with its full content, author and address'
            cand update 'Change an article''s title, content or author, and print it'
            cand delete 'Delete articles, and print what was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;articles;create'= {
            cand --title 'The article''s title'
            cand --author 'The author''s id or email'
            cand --content 'The article''s content'
            cand --content-file 'Read the content from this file, or from standard input with `-`'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;articles;list'= {
            cand --author 'Only articles by this author (id or email)'
            cand --search 'Only articles whose title or content contains TEXT, ignoring case (%, _ and \ are plain characters)'
            cand --limit 'Show at most this many rows in the table view (JSON and CSV are never capped)'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --all 'Show every row in the table view'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;articles;show'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;articles;update'= {
            cand --title 'The new title'
            cand --content 'The new content'
            cand --content-file 'Read the new content from this file, or from standard input with `-`'
            cand --author 'The new author''s id or email'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;articles;delete'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;articles;help'= {
            cand create 'Create an article and print it joined with its author'
            cand list 'List articles with their author and the author''s address, in id order'
            cand show 'Show one article with its full content, author and address'
            cand update 'Change an article''s title, content or author, and print it'
            cand delete 'Delete articles, and print what was deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;articles;help;create'= {
        }
        &'blogctl;articles;help;list'= {
        }
        &'blogctl;articles;help;show'= {
        }
        &'blogctl;articles;help;update'= {
        }
        &'blogctl;articles;help;delete'= {
        }
        &'blogctl;articles;help;help'= {
        }
        &'blogctl;local'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Create the cluster on first use and start it; print where it listens'
            cand stop 'Stop the cluster (open sessions are ended)'
            cand status 'Whether it runs, its version, where it listens, its size'
            cand env 'Print DATABASE_URL and the blog API''s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`'
            cand destroy 'Stop the cluster and delete it, with all its data'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;local;start'= {
            cand --port 'Also listen on 127.0.0.1:PORT, with password authentication (the blog API connects over TCP). Without it, only the Unix socket'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;local;stop'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;local;status'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;local;env'= {
            cand --shell 'The shell whose syntax to print'
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;local;destroy'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;local;help'= {
            cand start 'Create the cluster on first use and start it; print where it listens'
            cand stop 'Stop the cluster (open sessions are ended)'
            cand status 'Whether it runs, its version, where it listens, its size'
            cand env 'Print DATABASE_URL and the blog API''s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`'
            cand destroy 'Stop the cluster and delete it, with all its data'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;local;help;start'= {
        }
        &'blogctl;local;help;stop'= {
        }
        &'blogctl;local;help;status'= {
        }
        &'blogctl;local;help;env'= {
        }
        &'blogctl;local;help;destroy'= {
        }
        &'blogctl;local;help;help'= {
        }
        &'blogctl;completions'= {
            cand --database-url 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass'
            cand --connect-timeout 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one'
            cand --wait 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)'
            cand --env-file 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file'
            cand --format 'Output format for records'
            cand --color 'When to use colour; NO_COLOR in the environment means never for `auto`'
            cand --password-hash 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]'
            cand --local 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed'
            cand --no-env-file 'Do not read any .env file'
            cand -x 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --expanded 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)'
            cand --no-pager 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)'
            cand -q 'Print only records and errors'
            cand --quiet 'Print only records and errors'
            cand -v 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand --verbose 'Print more detail (the SQL of pending migrations, connection attempts)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'blogctl;help'= {
            cand setup 'Create the database if missing, migrate, seed the admin'
            cand migrate 'Apply pending migrations'
            cand seed 'Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME'
            cand users 'Create, list, show, update and delete users; set and check their passwords'
            cand articles 'Create, list, show, update and delete articles joined with their authors'
            cand local 'A PostgreSQL of blogctl''s own: start, stop, status, env, destroy'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'blogctl;help;setup'= {
        }
        &'blogctl;help;migrate'= {
            cand status 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at'
        }
        &'blogctl;help;migrate;status'= {
        }
        &'blogctl;help;seed'= {
        }
        &'blogctl;help;users'= {
            cand create 'Create a user, with an optional address'
            cand list 'List users with their addresses, in id order'
            cand show 'Show one user with their address'
            cand update 'Change a user''s email, name or address, and print the user'
            cand set-password 'Set a user''s password, from standard input or a prompt asked twice'
            cand check-password 'Check a password against a user''s stored hash: exit 0 when it matches, 1 when it does not'
            cand delete 'Delete a user and their address, and print what was deleted'
        }
        &'blogctl;help;users;create'= {
        }
        &'blogctl;help;users;list'= {
        }
        &'blogctl;help;users;show'= {
        }
        &'blogctl;help;users;update'= {
        }
        &'blogctl;help;users;set-password'= {
        }
        &'blogctl;help;users;check-password'= {
        }
        &'blogctl;help;users;delete'= {
        }
        &'blogctl;help;articles'= {
            cand create 'Create an article and print it joined with its author'
            cand list 'List articles with their author and the author''s address, in id order'
            cand show 'Show one article with its full content, author and address'
            cand update 'Change an article''s title, content or author, and print it'
            cand delete 'Delete articles, and print what was deleted'
        }
        &'blogctl;help;articles;create'= {
        }
        &'blogctl;help;articles;list'= {
        }
        &'blogctl;help;articles;show'= {
        }
        &'blogctl;help;articles;update'= {
        }
        &'blogctl;help;articles;delete'= {
        }
        &'blogctl;help;local'= {
            cand start 'Create the cluster on first use and start it; print where it listens'
            cand stop 'Stop the cluster (open sessions are ended)'
            cand status 'Whether it runs, its version, where it listens, its size'
            cand env 'Print DATABASE_URL and the blog API''s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`'
            cand destroy 'Stop the cluster and delete it, with all its data'
        }
        &'blogctl;help;local;start'= {
        }
        &'blogctl;help;local;stop'= {
        }
        &'blogctl;help;local;status'= {
        }
        &'blogctl;help;local;env'= {
        }
        &'blogctl;help;local;destroy'= {
        }
        &'blogctl;help;completions'= {
        }
        &'blogctl;help;help'= {
        }
    ]
    $completions[$command]
}
