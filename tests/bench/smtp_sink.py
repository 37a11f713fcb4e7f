"""An SMTP server for the mail benchmarks: accepts every message, keeps nothing but counts.

Counts messages and their Message-IDs, so that a message delivered twice shows as a duplicate, and writes the
counts as JSON to the file given, every 0.2 s:
{"messages": n, "unique": n, "duplicates": n, "connections": n, "first": t, "last": t}

    python3 tests/bench/smtp_sink.py PORT STATS_FILE [--silent]

With --silent it accepts connections and never answers (a mail server that hangs)."""

import asyncio
import json
import os
import re
import sys
import time

MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)

port, stats_path = int(sys.argv[1]), sys.argv[2]
silent = "--silent" in sys.argv[3:]
stats = {"messages": 0, "unique": 0, "duplicates": 0, "connections": 0, "first": None, "last": None}
seen = set()


async def session(reader, writer):
    stats["connections"] += 1
    if silent:
        await reader.read()
        return
    writer.write(b"220 sink ESMTP\r\n")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            command = line[:4].upper()
            if command in (b"EHLO", b"HELO"):
                writer.write(b"250-sink\r\n250-8BITMIME\r\n250 PIPELINING\r\n")
            elif command == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                body = await reader.readuntil(b"\r\n.\r\n")
                match = MESSAGE_ID.search(body)
                key = match.group(1) if match else None
                now = time.time()
                stats["messages"] += 1
                stats["first"] = stats["first"] or now
                stats["last"] = now
                if key is not None and key in seen:
                    stats["duplicates"] += 1
                elif key is not None:
                    seen.add(key)
                    stats["unique"] += 1
                writer.write(b"250 queued\r\n")
            elif command == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def report():
    while True:
        tmp = stats_path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(stats, f)
        os.replace(tmp, stats_path)
        await asyncio.sleep(0.2)


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port, limit=1 << 20)
    asyncio.get_running_loop().create_task(report())
    async with server:
        await server.serve_forever()


asyncio.run(main())
