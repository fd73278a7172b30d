
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'blogctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'blogctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'blogctl' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create the database if missing, migrate, seed the admin')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Create, list, show, update and delete users; set and check their passwords')
            [CompletionResult]::new('articles', 'articles', [CompletionResultType]::ParameterValue, 'Create, list, show, update and delete articles joined with their authors')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'A PostgreSQL of blogctl''s own: start, stop, status, env, destroy')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;setup' {
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Give up on a table lock after this many seconds (0 waits for ever)')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'Give up waiting for the migration lock, held by another `blogctl migrate` or the blog API''s migrator, after this many seconds (0 waits for ever); who holds it is named')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Also load the sample data in seeds/')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;migrate' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Stop after this version')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Give up on a table lock after this many seconds (0 waits for ever)')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'Give up waiting for the migration lock, held by another `blogctl migrate` or the blog API''s migrator, after this many seconds (0 waits for ever); who holds it is named')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be applied (with its SQL under -v); change nothing')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;migrate;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 1 unless every blogctl migration is applied and none diverges (a newer blog API''s own, external, do not count). With -q, print no table: only the exit code, and the error on stderr when not up to date')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;migrate;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;migrate;help;status' {
            break
        }
        'blogctl;migrate;help;help' {
            break
        }
        'blogctl;seed' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)')
            [CompletionResult]::new('--reset-password', '--reset-password', [CompletionResultType]::ParameterName, 'Set the new password on an admin that already exists')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Also load the sample data in seeds/')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user, with an optional address')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their addresses, in id order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user with their address')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s email, name or address, and print the user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password, from standard input or a prompt asked twice')
            [CompletionResult]::new('check-password', 'check-password', [CompletionResultType]::ParameterValue, 'Check a password against a user''s stored hash: exit 0 when it matches, 1 when it does not')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and their address, and print what was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;users;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s email address (unique)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The user''s display name')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'Street of the user''s address')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City of the user''s address')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country of the user''s address')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose email or name contains TEXT, ignoring case (%, _ and \ are plain characters)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many rows in the table view (JSON and CSV are never capped)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every row in the table view')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;update' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The new email address (unique)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new display name')
            [CompletionResult]::new('--street', '--street', [CompletionResultType]::ParameterName, 'The address''s street; the address is created when the user has none. An empty value clears the field; an address left with every field empty is removed')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'The address''s city (as --street)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The address''s country (as --street)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--no-address', '--no-address', [CompletionResultType]::ParameterName, 'Remove the user''s address (the address row is deleted)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;set-password' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;check-password' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (one line; without echo, after a prompt, when standard input is a terminal)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;delete' {
            [CompletionResult]::new('--reassign-articles-to', '--reassign-articles-to', [CompletionResultType]::ParameterName, 'Move the user''s articles to this user first, in the same transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;users;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user, with an optional address')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their addresses, in id order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user with their address')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s email, name or address, and print the user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password, from standard input or a prompt asked twice')
            [CompletionResult]::new('check-password', 'check-password', [CompletionResultType]::ParameterValue, 'Check a password against a user''s stored hash: exit 0 when it matches, 1 when it does not')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and their address, and print what was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;users;help;create' {
            break
        }
        'blogctl;users;help;list' {
            break
        }
        'blogctl;users;help;show' {
            break
        }
        'blogctl;users;help;update' {
            break
        }
        'blogctl;users;help;set-password' {
            break
        }
        'blogctl;users;help;check-password' {
            break
        }
        'blogctl;users;help;delete' {
            break
        }
        'blogctl;users;help;help' {
            break
        }
        'blogctl;articles' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an article and print it joined with its author')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List articles with their author and the author''s address, in id order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one article with its full content, author and address')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an article''s title, content or author, and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete articles, and print what was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;articles;create' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The article''s title')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'The author''s id or email')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'The article''s content')
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the content from this file, or from standard input with `-`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;articles;list' {
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only articles by this author (id or email)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only articles whose title or content contains TEXT, ignoring case (%, _ and \ are plain characters)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many rows in the table view (JSON and CSV are never capped)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every row in the table view')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;articles;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;articles;update' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'The new content')
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the new content from this file, or from standard input with `-`')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'The new author''s id or email')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;articles;delete' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;articles;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an article and print it joined with its author')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List articles with their author and the author''s address, in id order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one article with its full content, author and address')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an article''s title, content or author, and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete articles, and print what was deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;articles;help;create' {
            break
        }
        'blogctl;articles;help;list' {
            break
        }
        'blogctl;articles;help;show' {
            break
        }
        'blogctl;articles;help;update' {
            break
        }
        'blogctl;articles;help;delete' {
            break
        }
        'blogctl;articles;help;help' {
            break
        }
        'blogctl;local' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the cluster on first use and start it; print where it listens')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the cluster (open sessions are ended)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether it runs, its version, where it listens, its size')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print DATABASE_URL and the blog API''s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the cluster and delete it, with all its data')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;local;start' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Also listen on 127.0.0.1:PORT, with password authentication (the blog API connects over TCP). Without it, only the Unix socket')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;local;stop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;local;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;local;env' {
            [CompletionResult]::new('--shell', '--shell', [CompletionResultType]::ParameterName, 'The shell whose syntax to print')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;local;destroy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;local;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the cluster on first use and start it; print where it listens')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the cluster (open sessions are ended)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether it runs, its version, where it listens, its size')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print DATABASE_URL and the blog API''s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the cluster and delete it, with all its data')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;local;help;start' {
            break
        }
        'blogctl;local;help;stop' {
            break
        }
        'blogctl;local;help;status' {
            break
        }
        'blogctl;local;help;env' {
            break
        }
        'blogctl;local;help;destroy' {
            break
        }
        'blogctl;local;help;help' {
            break
        }
        'blogctl;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A postgres:// URL or a libpq key=value string [env: DATABASE_URL]. Without either, the blog API''s POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB; libpq''s PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ... fill in what is still missing. A password here is visible in the process list: prefer DATABASE_URL, PGPASSWORD or ~/.pgpass')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up on a host (name lookup, TCP, TLS and authentication) after this many seconds, and try the next one')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep retrying to connect for up to this many seconds (at most a day) while a host could still become acceptable (down, starting, or a standby that may be promoted)')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings from this file (default: ./.env when present): DATABASE_URL, POSTGRES_*, libpq''s PG*, ADMIN_* and BLOGCTL_PASSWORD_HASH only, other keys ignored. Variables set in the process environment win over the file')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour; NO_COLOR in the environment means never for `auto`')
            [CompletionResult]::new('--password-hash', '--password-hash', [CompletionResultType]::ParameterName, 'The scheme of every password hash blogctl writes: bcrypt ($2b$, cost 10, what the blog API verifies) or argon2id (OWASP parameters) [env: BLOGCTL_PASSWORD_HASH] [default: bcrypt]')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Use the private cluster of `blogctl local`, starting it (and creating it, the first time) when needed')
            [CompletionResult]::new('--no-env-file', '--no-env-file', [CompletionResultType]::ParameterName, 'Do not read any .env file')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--expanded', '--expanded', [CompletionResultType]::ParameterName, 'Show list tables as one `field | value` block per record (automatic on a terminal when a table cannot fit it legibly)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print long output straight to the terminal. Otherwise, on a terminal, output longer than the screen goes through BLOGCTL_PAGER, else PAGER, else `less -FRX` (empty: none)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only records and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail (the SQL of pending migrations, connection attempts)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'blogctl;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create the database if missing, migrate, seed the admin')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Create the admin user from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Create, list, show, update and delete users; set and check their passwords')
            [CompletionResult]::new('articles', 'articles', [CompletionResultType]::ParameterValue, 'Create, list, show, update and delete articles joined with their authors')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'A PostgreSQL of blogctl''s own: start, stop, status, env, destroy')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'blogctl;help;setup' {
            break
        }
        'blogctl;help;migrate' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every migration: version, name, state (applied, pending, divergent, missing, or external: applied by a newer blog API), applied at')
            break
        }
        'blogctl;help;migrate;status' {
            break
        }
        'blogctl;help;seed' {
            break
        }
        'blogctl;help;users' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user, with an optional address')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their addresses, in id order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user with their address')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s email, name or address, and print the user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password, from standard input or a prompt asked twice')
            [CompletionResult]::new('check-password', 'check-password', [CompletionResultType]::ParameterValue, 'Check a password against a user''s stored hash: exit 0 when it matches, 1 when it does not')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and their address, and print what was deleted')
            break
        }
        'blogctl;help;users;create' {
            break
        }
        'blogctl;help;users;list' {
            break
        }
        'blogctl;help;users;show' {
            break
        }
        'blogctl;help;users;update' {
            break
        }
        'blogctl;help;users;set-password' {
            break
        }
        'blogctl;help;users;check-password' {
            break
        }
        'blogctl;help;users;delete' {
            break
        }
        'blogctl;help;articles' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an article and print it joined with its author')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List articles with their author and the author''s address, in id order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one article with its full content, author and address')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an article''s title, content or author, and print it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete articles, and print what was deleted')
            break
        }
        'blogctl;help;articles;create' {
            break
        }
        'blogctl;help;articles;list' {
            break
        }
        'blogctl;help;articles;show' {
            break
        }
        'blogctl;help;articles;update' {
            break
        }
        'blogctl;help;articles;delete' {
            break
        }
        'blogctl;help;local' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Create the cluster on first use and start it; print where it listens')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the cluster (open sessions are ended)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether it runs, its version, where it listens, its size')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print DATABASE_URL and the blog API''s POSTGRES_* variables for the running cluster, for `eval "$(blogctl local env)"`')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Stop the cluster and delete it, with all its data')
            break
        }
        'blogctl;help;local;start' {
            break
        }
        'blogctl;help;local;stop' {
            break
        }
        'blogctl;help;local;status' {
            break
        }
        'blogctl;help;local;env' {
            break
        }
        'blogctl;help;local;destroy' {
            break
        }
        'blogctl;help;completions' {
            break
        }
        'blogctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
