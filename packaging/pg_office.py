#!/usr/bin/env python3
"""Create the PostgreSQL role and database of an office store (standard library only).

Debian/Ubuntu, on the server, as the `postgres` system user:

    sudo -u postgres python3 packaging/pg_office.py --role lishui_office --database lishui_office

Windows (PostgreSQL from the EDB installer), in a command prompt, as the server's superuser:

    py packaging\\pg_office.py --admin-user postgres --host localhost

The password of each role is asked at the terminal (twice) or read from the environment variable
LISHUI_PG_PASSWORD (scripts), never from the command line (it would stay in the shell history).
It never reaches the server in clear either: the script computes the SCRAM-SHA-256 verifier
itself, as psql's \\password does, so the server's statement log cannot show it. `--staff NAME`
adds a login role for one member of the staff that may use the office's tables.

Everything runs through psql (found on PATH, in /usr/lib/postgresql/*/bin, or in
C:\\Program Files\\PostgreSQL\\*\\bin; or --psql PATH), with the SQL on its standard input.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import glob
import hashlib
import hmac
import os
import re
import secrets
import shutil
import subprocess
import sys

PASSWORD_ENV = "LISHUI_PG_PASSWORD"
NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
ITERATIONS = 4096


def say(zh: str, en: str) -> None:
    """The script runs before the program is installed anywhere: both languages, Chinese first."""
    print(f"{zh}\n  {en}")


def fail(zh: str, en: str) -> int:
    sys.stderr.write(f"pg_office: {zh}\n  {en}\n")
    return 2


def find_psql(given: str | None) -> str | None:
    if given:
        return given if os.path.exists(given) or shutil.which(given) else None
    found = shutil.which("psql")
    if found:
        return found
    patterns = ["/usr/lib/postgresql/*/bin/psql", r"C:\Program Files\PostgreSQL\*\bin\psql.exe"]
    for pattern in patterns:
        versions = sorted(glob.glob(pattern), key=_version)
        if versions:
            return versions[-1]
    return None


def _version(path: str) -> int:
    digits = re.findall(r"(\d+)", path)
    return int(digits[-1]) if digits else 0


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802/7677)."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}${b64(stored_key).decode()}:{b64(server_key).decode()}"


def ask_password(role: str) -> str | None:
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    for _ in range(3):
        first = getpass.getpass(f"角色 {role} 的密码 / password of the role {role}: ")
        if len(first) < 8:
            say("密码至少 8 个字符。", "The password needs at least 8 characters.")
            continue
        if getpass.getpass("再输入一次 / once more: ") == first:
            return first
        say("两次输入的密码不同。", "The two passwords differ.")
    return None


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def script(role: str, database: str, verifier: str, staff: dict[str, str]) -> str:
    """The SQL psql runs; a role or database that exists already is kept (its password set)."""
    lines = [
        "\\set ON_ERROR_STOP on",
        f"SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(role)}) AS new_role \\gset",
        "\\if :new_role",
        f'CREATE ROLE "{role}" LOGIN;',
        "\\endif",
        f'ALTER ROLE "{role}" LOGIN PASSWORD {literal(verifier)};',
        f"SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = {literal(database)}) AS new_db \\gset",
        "\\if :new_db",
        f"CREATE DATABASE \"{database}\" OWNER \"{role}\" ENCODING 'UTF8' TEMPLATE template0;",
        "\\endif",
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC;',
        f'GRANT ALL ON DATABASE "{database}" TO "{role}";',
    ]
    for member, member_verifier in staff.items():
        lines += [
            f"SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(member)}) AS new_member \\gset",
            "\\if :new_member",
            f'CREATE ROLE "{member}" LOGIN;',
            "\\endif",
            f'ALTER ROLE "{member}" LOGIN INHERIT PASSWORD {literal(member_verifier)};',
            f'GRANT "{role}" TO "{member}";',
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--role", default="lishui_office", help="the office's login role (owner of the database)")
    parser.add_argument("--database", default="lishui_office", help="the database of the office store")
    parser.add_argument("--staff", action="append", default=[], metavar="NAME",
                        help="a login role for one member of the staff (repeat for each)")
    parser.add_argument("--psql", help="psql's path (found by itself on Debian/Ubuntu and Windows)")
    parser.add_argument("--host", help="the server (default: the local socket; Windows: localhost)")
    parser.add_argument("--port", help="the server's port (default 5432)")
    parser.add_argument("--admin-user", help="the superuser to connect as (default: the user running this)")
    args = parser.parse_args(argv)
    for name in (args.role, *args.staff):
        if not NAME.match(name):
            return fail(f"角色名 {name} 只能含小写字母、数字和下划线。",
                        f"The role name {name} may hold only lower-case letters, digits and underscores.")
    if not NAME.match(args.database):
        return fail(f"数据库名 {args.database} 只能含小写字母、数字和下划线。",
                    f"The database name {args.database} may hold only lower-case letters, digits and underscores.")
    psql = find_psql(args.psql)
    if psql is None:
        return fail("找不到 psql（PostgreSQL 的客户端）；用 --psql 指定它的位置。",
                    "psql (PostgreSQL's client) was not found; give its path with --psql.")
    verifiers: dict[str, str] = {}
    for name in (args.role, *args.staff):
        password = ask_password(name)
        if password is None:
            return fail(f"没有得到角色 {name} 的密码（在终端输入，或设置 {PASSWORD_ENV}）。",
                        f"No password for the role {name} (type it at a terminal, or set {PASSWORD_ENV}).")
        verifiers[name] = scram_verifier(password)
    command = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres"]
    if args.host:
        command += ["-h", args.host]
    if args.port:
        command += ["-p", args.port]
    if args.admin_user:
        command += ["-U", args.admin_user]
    sql = script(args.role, args.database, verifiers.pop(args.role), verifiers)
    result = subprocess.run(command, input=sql, text=True, capture_output=True, encoding="utf-8")
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return fail("psql 未能完成：" + (detail[0] if detail else ""),
                    "psql did not finish: " + (detail[0] if detail else ""))
    host = args.host or "localhost"
    port = f":{args.port}" if args.port else ""
    say(f"已创建（或更新）角色 {args.role} 和数据库 {args.database}。",
        f"The role {args.role} and the database {args.database} are ready.")
    say("每位工作人员的电脑在 ~/.pgpass（Windows：%APPDATA%\\postgresql\\pgpass.conf）中写一行：",
        "On each staff computer put one line in ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf):")
    print(f"    {host}:{args.port or 5432}:{args.database}:{args.role}:<password>")
    say("然后迁移办公室数据库或直接打开：", "then move the office store there, or open it:")
    print(f"    lishui office move --to postgresql://{args.role}@{host}{port}/{args.database}?sslmode=require")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
