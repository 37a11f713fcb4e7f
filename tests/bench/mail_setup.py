"""Prepares a mail benchmark: N messages waiting in the outbox of the portal's SQLite file (already migrated by
the portal), as notifications about a case look: a subject, a plain-text and an HTML body. Only for a
throw-away benchmark database."""

import secrets
import sqlite3
import sys
from datetime import datetime, timezone

db_path, n = sys.argv[1], int(sys.argv[2])
ts = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
text = "Beste inwoner,\n\n" + "Er is iets veranderd in uw melding. Kijk in Mijn loket wat er is veranderd.\n" * 8
html = "<!DOCTYPE html><html lang=\"nl\"><body>" + "<p>Er is iets veranderd in uw melding.</p>" * 24 + "</body></html>"
con = sqlite3.connect(db_path)
con.executemany(
    "INSERT INTO outbox (id, recipient, subject, body_text, body_html, created_at, next_attempt_at) "
    "VALUES (?, ?, 'Nieuws over uw melding', ?, ?, ?, ?)",
    [(secrets.token_hex(16), f"bewoner{k}@example.nl", text, html, ts, ts) for k in range(n)],
)
con.commit()
