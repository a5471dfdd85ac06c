"""Opening, checking, backing up and migrating the local database.

The local database is encrypted (SQLCipher 4, see app/services/encryption): its key is
found before anything else, and a plain file of an earlier version is encrypted on its
first opening. Every check runs before anything is written: a file from a newer schema,
a corrupt or locked file, or an unwritable folder raises ``DatabaseProblem`` and leaves
the file as it was. Before a migration the file is copied beside itself, encrypted.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.models.base import AUTHOR_KEY, SQLITE_APPLICATION_ID
from app.services.encryption.cipher_file import (
    FileCipher,
    FileKind,
    connect,
    database_id,
    dbapi,
    file_kind,
    new_salt,
)
from app.services.encryption.key_store import KeySource, demo_key_file, key_entry
from app.services.encryption.plain_to_encrypted import (
    encrypt_plain_file,
    remove_leftovers,
    remove_plain_copies,
)
from app.services.encryption.problems import IN_USE, Notice
from app.services.encryption.unlock import unlock
from app.services.errors import N_, DatabaseProblem
from app.services.private_folders import make_private_folder
from app.services.sync import tracking as _sync_tracking  # noqa: F401  (flush event)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 5000
CIPHER_CACHE_KIB = 32 * 1024
PRIVATE_FILE_MODE = 0o600
_SIDE_FILES = ("-wal", "-shm", "-journal")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_LINE = re.compile(r'^revision: str = "([^"]+)"', re.MULTILINE)
_DOWN_LINE = re.compile(r"^down_revision: [^=]+= (.+)$", re.MULTILINE)


@functools.cache
def revision_graph() -> dict[str, frozenset[str]]:
    """Each revision and the ones it revises, read from the revision files once per
    process (an opening asks three times; the files are part of the installed program).

    Alembic itself is only imported when a migration runs: reading the graph this way
    keeps start-up quick, and a test checks it agrees with Alembic's own reading.
    """
    graph: dict[str, frozenset[str]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION_LINE.search(source)
        down = _DOWN_LINE.search(source)
        if revision is None:
            continue
        parents = frozenset(re.findall(r'"([^"]+)"', down.group(1))) if down else frozenset()
        graph[revision.group(1)] = parents
    return graph


def head_revisions() -> set[str]:
    """The heads of the revision graph (several while area branches are unmerged)."""
    graph = revision_graph()
    revised: set[str] = set().union(*graph.values())
    return set(graph) - revised


def known_revisions() -> set[str]:
    return set(revision_graph())


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # temporary tables and sorts never reach a plaintext temp file
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with the pragmas the desk relies on (WAL, foreign keys, busy timeout)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_cipher_engine(cipher: FileCipher) -> Engine:
    """An engine on the encrypted file: each new connection is keyed before its first
    read with the cipher's current key (a rotation changes it for later connections)."""
    path = cipher.path

    def keyed_connection() -> Any:
        return connect(path, cipher.pragma(), timeout=BUSY_TIMEOUT_MS / 1000)

    engine = create_engine(sqlite_url(path), module=dbapi, creator=keyed_connection)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "connect", _cipher_pragmas)
    return engine


def _cipher_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # A page read again from the file is decrypted and checked again: a larger page cache
    # per connection (grown only as pages are read) keeps the board's repeated reads as
    # quick as on a plain file, where the system's file cache served them.
    dbapi_connection.execute(f"PRAGMA cache_size=-{CIPHER_CACHE_KIB}")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        has_table = conn.execute(
            text(
                "SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'"
                if engine.dialect.name != "sqlite"
                else "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            )
        ).first()
        if not has_table:
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


# Alembic keeps its migration context in module globals: one migration at a time per
# process, whichever thread asks (the desk opens its database on a worker thread).
_MIGRATION_LOCK = threading.Lock()


def upgrade(engine: Engine, revision: str = "heads") -> None:
    from alembic import command

    cfg = alembic_config()
    with _MIGRATION_LOCK, engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with _MIGRATION_LOCK, engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


@dataclass
class Database:
    """An open, migrated database and the way to get sessions on it."""

    engine: Engine
    path: Path | None = None
    backup_path: Path | None = None
    cipher: FileCipher | None = None
    # what the user should read once the desk is open (a file encrypted, a key file warning)
    notices: list[Notice] = field(default_factory=list)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(True)

    @contextmanager
    def session(self, author: str = "") -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        session = self._factory()
        session.info[AUTHOR_KEY] = author
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def new_session(self, author: str = "") -> Session:
        session = self._factory()
        session.info[AUTHOR_KEY] = author
        return session

    def dispose(self) -> None:
        self.engine.dispose()


def _check_folder_writable(folder: Path) -> None:
    try:
        make_private_folder(folder)
        probe = folder / ".streetdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DatabaseProblem(
            N_("The data folder {folder} cannot be written to ({reason})."),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc


def _create_private_file(path: Path) -> None:
    """An empty file only its owner can read and write (0600), replacing any leftover."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
    os.chmod(path, PRIVATE_FILE_MODE)


def _file_kind(path: Path) -> FileKind:
    try:
        kind = file_kind(path)
    except OSError as exc:
        raise DatabaseProblem(
            N_("The database file {path} cannot be read ({reason})."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if kind is FileKind.OTHER:
        raise DatabaseProblem(N_("{path} is not a StreetDesk database file."), path=str(path))
    return kind


def _quick_check(conn: Any, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()
    if not result or result[0] != "ok":
        raise DatabaseProblem(
            N_("The database file {path} is damaged ({detail})."),
            path=str(path),
            detail=str(result[0]) if result else "?",
        )


def _check_sqlite_file(path: Path, cipher: FileCipher | None = None, *, pages: bool = True) -> bool:
    """Refuse a file that is not StreetDesk's, is damaged or is locked by another
    program; returns whether SQLite can write to it. ``cipher`` keys an encrypted file;
    ``pages`` False leaves the whole-file page check to ``check_pages``."""
    # Read-write, so that BEGIN IMMEDIATE below really asks for the write lock (on a
    # read-only connection it succeeds even while another program holds it).
    conn = connect(path, cipher.pragma() if cipher else None, uri=True, timeout=0.5)
    try:
        if pages:
            _quick_check(conn, path)
        _refuse_other_programs_file(conn, path)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except dbapi.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseProblem(IN_USE, path=str(path)) from exc
        if "readonly" in text or "read-only" in text:
            return False
        raise DatabaseProblem(
            N_("The database file {path} is damaged ({detail})."), path=str(path), detail=str(exc)
        ) from exc
    except dbapi.DatabaseError as exc:
        raise DatabaseProblem(
            N_("The database file {path} is damaged ({detail})."), path=str(path), detail=str(exc)
        ) from exc
    finally:
        conn.close()
    return True


def _refuse_other_programs_file(conn: Any, path: Path) -> None:
    """StreetDesk's files carry its ``application_id``, or (written before the marker)
    an Alembic version table naming StreetDesk's revisions."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == SQLITE_APPLICATION_ID:
        return
    has_versions = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has_versions:
        revisions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        if revisions & known_revisions():
            return
    raise DatabaseProblem(
        N_(
            "{path} is a database of another program, not StreetDesk's. It was left as it"
            " is; choose a StreetDesk database or a new file name."
        ),
        path=str(path),
    )


def _writable(path: Path) -> bool:
    """The file may be written: the system allows it and it is not marked read-only
    (the mark is respected even by an administrator, whom the system lets through)."""
    mode = path.stat().st_mode
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def backup_sqlite(path: Path, revision: str | None, cipher: FileCipher | None = None) -> Path:
    """Copy the file through SQLite's backup API (consistent even with a WAL), keyed
    with the file's own key and salt, so the copy is encrypted and keeps the file's id.

    The copy is written under a temporary name, readable by the owner only, and renamed
    when whole, so a full disk never leaves a half-written file that looks like a backup.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision or 'empty'}-{stamp}{path.suffix}")
    partial = target.with_name(target.name + ".partial")
    try:
        _create_private_file(partial)
        copy_through_backup(path, partial, cipher.pragma() if cipher else None)
        os.replace(partial, target)
    except (OSError, dbapi.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            N_(
                "No copy of {path} could be made before updating it ({reason});"
                " nothing was changed."
            ),
            path=str(path),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    return target


def copy_through_backup(source_path: Path, target: Path, pragma: str | None) -> None:
    """``source_path`` copied into ``target`` with SQLite's backup API, both keyed with
    ``pragma``: consistent even with a WAL, and as encrypted as the source."""
    source = connect(source_path, pragma)
    try:
        dest = connect(target, pragma)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def prune_backups(path: Path, keep: Path) -> None:
    """Remove the copies earlier migrations left beside ``path``; ``keep`` stays."""
    pattern = re.compile(
        re.escape(path.stem) + r"\.before-.+-\d{8}-\d{6}" + re.escape(path.suffix) + r"\Z"
    )
    for candidate in path.parent.iterdir():
        if candidate.name != keep.name and pattern.match(candidate.name):
            for suffix in ("", *_SIDE_FILES):
                Path(f"{candidate}{suffix}").unlink(missing_ok=True)


def _restore_backup(path: Path, backup: Path) -> None:
    """Put the copy taken before a migration back in place of a half-migrated file."""
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    restoring = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, restoring)
    shutil.copymode(path, restoring)
    os.replace(restoring, path)


def _create_database(path: Path, source: KeySource) -> None:
    """A new, migrated, encrypted database at ``path``, built beside it and moved in when
    whole (its key stored first), so a file at ``path`` is always a complete database."""
    building = path.with_name(f".{path.name}.creating-{os.getpid()}")
    key = source.key_for_new_file(path)
    cipher = FileCipher(building, new_salt(), key, source)
    try:
        _create_private_file(building)
        engine = make_cipher_engine(cipher)
        try:
            upgrade(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:
            raise DatabaseProblem(
                N_("Creating the database {path} failed ({detail}); no file was left behind."),
                path=str(path),
                detail=str(exc).splitlines()[0][:200],
            ) from exc
        finally:
            engine.dispose()
        source.store(path, cipher.database_id, key)
        os.replace(building, path)
    except OSError as exc:
        raise DatabaseProblem(
            N_("The data folder {folder} cannot be written to ({reason})."),
            folder=str(path.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        for suffix in ("", *_SIDE_FILES):
            Path(f"{building}{suffix}").unlink(missing_ok=True)


def _plain_to_encrypted(path: Path, source: KeySource) -> FileCipher:
    """A plain file: checked as before, then encrypted, unless this desk knows an
    encrypted database at this place (a plain file there is someone else's doing)."""
    writable = _check_sqlite_file(path)
    remembered = source.remembered_id(path)
    if remembered:
        raise DatabaseProblem(
            N_(
                "{path} is an unencrypted database, but the database this desk keeps there is"
                " encrypted. It was left as it is. To use this file, give it another name and"
                " open it by that name: it is encrypted then."
            ),
            path=str(path),
        )
    if not (writable and _writable(path)):
        raise DatabaseProblem(
            N_(
                "The database {path} is read-only and needs updating for this"
                " StreetDesk. It was left as it is; make it writable and try again."
            ),
            path=str(path),
        )
    cipher, notice = encrypt_plain_file(path, source)
    source.notices.append(notice)
    return cipher


def _key_beside_real_database(engine: Engine, cipher: FileCipher) -> bool:
    """A key file beside the database is for demo data only."""
    beside = demo_key_file(cipher.path, cipher.database_id)
    if cipher.origin != str(beside):
        return False
    with engine.connect() as conn:
        kind = conn.execute(
            text("SELECT value FROM sync_state WHERE key = 'database_kind'")
        ).scalar()
    return kind != "demo"


def open_sqlite(
    path: Path,
    *,
    new_if_empty: bool = False,
    key_file: Path | None = None,
    recovery_key: str | None = None,
    demo: bool = False,
    check_pages: bool = True,
) -> Database:
    """Open (creating if missing) and migrate a local, encrypted SQLite database.

    The key comes from ``key_file`` (or ``STREETDESK_KEY_FILE``), else the OS keyring;
    ``recovery_key`` opens a file whose key is lost and stores the key again. A new
    database made with ``demo`` may keep its key beside it when there is no keyring.
    An empty file is refused unless the caller asked for a new database
    (``new_if_empty``): it is more likely a mistake than a wish for a new desk.
    ``check_pages`` False leaves the whole-file check (every page read and decrypted) to
    a later ``check_pages`` call, beside the sign-in; a file about to be migrated is
    checked whole first all the same.
    """
    path = Path(path)
    _check_folder_writable(path.parent)
    if path.is_file() and path.stat().st_size == 0:
        if not new_if_empty:
            raise DatabaseProblem(
                N_(
                    "{path} is an empty file, not a StreetDesk database. It was left as it is;"
                    " to start a new database choose a new file name."
                ),
                path=str(path),
            )
        path.unlink()
    source = KeySource.choose(Path(key_file) if key_file else None, demo=demo)
    remove_leftovers(path)
    if not path.exists():
        _create_database(path, source)
    if _file_kind(path) is FileKind.PLAIN:
        cipher = _plain_to_encrypted(path, source)
    else:
        cipher = unlock(path, source, recovery_key)
    writable = _check_sqlite_file(path, cipher, pages=check_pages)
    engine = make_cipher_engine(cipher)
    backup: Path | None = None
    try:
        revisions = current_revisions(engine)
        unknown = revisions - known_revisions()
        if unknown:
            raise DatabaseProblem(
                N_(
                    "The database {path} was written by a newer StreetDesk (schema {revision})."
                    " Update StreetDesk to open it."
                ),
                path=str(path),
                revision=", ".join(sorted(unknown)),
            )
        if revisions != head_revisions():
            if not (writable and _writable(path)):
                raise DatabaseProblem(
                    N_(
                        "The database {path} is read-only and needs updating for this"
                        " StreetDesk. It was left as it is; make it writable and try again."
                    ),
                    path=str(path),
                )
            engine.dispose()
            if not check_pages:
                _check_sqlite_file(path, cipher)
            backup = backup_sqlite(path, "+".join(sorted(revisions)) or None, cipher)
            try:
                upgrade(engine)
            except Exception as exc:
                engine.dispose()
                _restore_backup(path, backup)
                raise DatabaseProblem(
                    N_(
                        "Updating the database {path} failed ({detail}); the file was put "
                        "back as it was. A copy is kept at {backup}."
                    ),
                    path=str(path),
                    detail=str(exc).splitlines()[0][:200],
                    backup=str(backup),
                ) from exc
            prune_backups(path, backup)
        if not demo and _key_beside_real_database(engine, cipher):
            raise DatabaseProblem(
                N_(
                    "The key of the database {path} lies in a file beside it, which only a demo"
                    " database may do. Nothing was opened; keep the key in the keyring or give"
                    " it with --key-file."
                ),
                path=str(path),
            )
    except BaseException:
        engine.dispose()
        raise
    if writable:
        remove_plain_copies(path)
    source.remember(path, cipher.database_id)
    return Database(
        engine=engine, path=path, backup_path=backup, cipher=cipher, notices=source.notices
    )


def check_pages(database: Database) -> None:
    """Read and check every page of an open desk database (``PRAGMA quick_check`` on a
    connection of its own); raises ``DatabaseProblem`` when the file is damaged."""
    if database.path is None:
        return
    conn = connect(database.path, database.cipher.pragma() if database.cipher else None)
    try:
        _quick_check(conn, database.path)
    except dbapi.DatabaseError as exc:
        raise DatabaseProblem(
            N_("The database file {path} is damaged ({detail})."),
            path=str(database.path),
            detail=str(exc),
        ) from exc
    finally:
        conn.close()


def peek_engine(path: Path, key_file: Path | None = None) -> Engine:
    """An engine on an existing local file as it is (plain or encrypted), to read a
    marker without opening, encrypting or migrating it."""
    path = Path(path)
    if _file_kind(path) is FileKind.PLAIN:
        return create_engine(sqlite_url(path), module=dbapi, creator=lambda: connect(path, None))
    return make_cipher_engine(unlock(path, KeySource.choose(key_file)))


def forget_key(path: Path) -> None:
    """Drop the stored key of the encrypted file at ``path`` (a demo database about to be
    replaced by a new one)."""
    path = Path(path)
    if not path.is_file() or _file_kind(path) is not FileKind.ENCRYPTED:
        return
    file_id = database_id(path)
    demo_key_file(path, file_id).unlink(missing_ok=True)
    source = KeySource.choose(None)
    if source.keyring is not None:
        source.keyring.drop(key_entry(file_id))


def open_url(url: str, migrate: bool = True) -> Database:
    """Open a database by URL (the central PostgreSQL, or plain sqlite in tests)."""
    _refuse_encrypted_file(url)
    engine = make_engine(url)
    if migrate:
        unknown = current_revisions(engine) - known_revisions()
        if unknown:
            engine.dispose()
            raise DatabaseProblem(
                N_("The central database has a newer schema ({revision})."),
                revision=", ".join(sorted(unknown)),
            )
        upgrade(engine)
    return Database(engine=engine)


def _refuse_encrypted_file(url: str) -> None:
    """A plain SQLite URL naming an encrypted desk file gets a clear message, not
    SQLite's "file is not a database"."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return
    path = Path(url[len(prefix) :])
    if path.is_file() and path.stat().st_size > 0 and _file_kind(path) is FileKind.ENCRYPTED:
        raise DatabaseProblem(
            N_(
                "{path} is an encrypted StreetDesk database; it opens only with its key, as"
                " the desk's database (--db)."
            ),
            path=str(path),
        )


def key_pragma_of(path: Path, key_file: Path | None = None) -> str | None:
    """The ``PRAGMA key`` value that opens the local file at ``path`` (``None`` for a
    plain file), for tools that connect to it directly."""
    if _file_kind(Path(path)) is FileKind.PLAIN:
        return None
    return unlock(Path(path), KeySource.choose(key_file)).pragma()
