"""What the benchmark setups share: a signed-in resident written straight into the portal's SQLite file (already
migrated by the portal). Only for a throw-away benchmark database."""

import hashlib
import secrets
from datetime import datetime, timedelta, timezone


def ts(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def resident(con, now=None):
    """Adds bench@example.nl with a session of 12 hours; returns (person id, session token)."""
    now = now or datetime.now(timezone.utc)
    persoon = secrets.token_hex(16)
    con.execute(
        "INSERT INTO personen (id, email, taal, rol, aangemaakt_op) VALUES (?, 'bench@example.nl', 'nl', 'inwoner', ?)",
        (persoon, ts(now)),
    )
    token = secrets.token_hex(32)
    con.execute(
        "INSERT INTO sessions (token_hash, persoon_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (hashlib.sha256(token.encode()).hexdigest(), persoon, ts(now), ts(now + timedelta(hours=12))),
    )
    return persoon, token
