"""Every page a person opens, under load: signs in as each given person through the e-mail link (the mail
folder of the portal's file transport), follows every link from their start pages (GET only, one page per
route template), and loads each page with wrk (1 thread, N connections, D seconds). Prints requests per second
and p99 per page and the slowest page. Uses only the standard library; wrk must be on the PATH.

    python3 tests/bench/paginas.py BASE MAIL_DIR DURATION CONNECTIONS [email ...]

ONLY=REGEX measures only the pages whose path matches (the crawl still follows every link).
"""

import glob
import html.parser
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE, MAIL_DIR, DURATION, CONNECTIONS = sys.argv[1:5]
PEOPLE = sys.argv[5:]
HOST = urllib.parse.urlparse(BASE).netloc
# Pages that change something or leave the portal on a GET, or that are not pages.
SKIP = re.compile(r"^/(uitloggen|taal/|inloggen/(link|digid|eherkenning|[a-z]+/terug)|static/|favicon|health|metrics)")
ONLY = re.compile(os.environ.get("ONLY", ""))
ID = re.compile(r"^([0-9a-f]{16,}|[0-9]+|[A-Z]{1,3}-[0-9A-Z-]+)$")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def request(path, cookie=None, data=None):
    headers = {"Origin": BASE}
    if cookie:
        headers["Cookie"] = cookie
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(BASE + path, data=body, headers=headers, method="POST" if data is not None else "GET")
    try:
        with opener.open(req, timeout=30) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")


class Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.forms, self._form = [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": a.get("method", "get").lower(), "fields": {}}
            self.forms.append(self._form)
        elif tag in ("input", "button") and self._form is not None and a.get("name"):
            self._form["fields"].setdefault(a["name"], a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def parse(body):
    p = Parser()
    p.feed(body)
    return p


def sign_in(email):
    """The cookie of a new session of `email`, through the sign-in form and the link in the mail."""
    before = set(glob.glob(os.path.join(MAIL_DIR, "*.eml")))
    _, _, page = request("/inloggen")
    form = next(f for f in parse(page).forms if f["method"] == "post" and f["action"].endswith("/inloggen"))
    fields = dict(form["fields"], email=email)
    request("/inloggen", data=fields)
    deadline = time.time() + 30
    tried = set()
    while time.time() < deadline:
        # Newest first; a database with mail still waiting may hold older links for the same address.
        for f in sorted(set(glob.glob(os.path.join(MAIL_DIR, "*.eml"))) - before, key=os.path.getmtime, reverse=True):
            text = open(f, encoding="utf-8", errors="replace").read()
            m = re.search(r"/inloggen/link/[0-9a-f]{64}", text)
            if not m or email.lower() not in text.lower() or m.group(0) in tried:
                continue
            link = m.group(0)
            tried.add(link)
            status, _, page = request(link)
            forms = [f for f in parse(page).forms if f["method"] == "post"]
            if status != 200 or not forms:
                continue
            status, headers, _ = request(link, data=forms[0]["fields"])
            cookie = next(
                (c.split(";")[0] for c in headers.get_all("Set-Cookie") or [] if "sessie=" in c.split(";")[0]), ""
            )
            if status == 303 and cookie:
                return cookie, headers.get("Location", "/mijn-loket")
        time.sleep(0.2)
    raise SystemExit(f"no working sign-in mail for {email} in {MAIL_DIR}")


def template(path):
    parts = path.split("?")[0].split("/")
    return "/".join("{}" if ID.match(p) else p for p in parts)


def crawl(cookie, starts, limit=400):
    """One page per route template (and query names), reachable by links from the start pages."""
    seen, pages, queue = set(), [], list(starts)
    while queue and len(pages) < limit:
        path = queue.pop(0)
        query = urllib.parse.urlparse(path).query
        key = (template(path), tuple(sorted(urllib.parse.parse_qs(query).keys())))
        if key in seen or SKIP.match(path):
            continue
        seen.add(key)
        status, headers, body = request(path, cookie)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.append(path)
        for href in parse(body).links:
            u = urllib.parse.urlparse(urllib.parse.urljoin(BASE + path, href))
            if u.netloc == HOST and u.scheme in ("http", "https"):
                queue.append(u.path + (f"?{u.query}" if u.query else ""))
    return pages


def load(path, cookie):
    args = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency"]
    if cookie:
        args += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(args + [BASE + path], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    v, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", out).groups()
    p99 = float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rps, p99, int(bad.group(1)) if bad else 0


def main():
    people = [(None, "/")] + [(email,) + sign_in(email) for email in PEOPLE]
    worst = (0, "")
    print(f"{'who':28} {'page':70} {'req/s':>8} {'p99 ms':>8}")
    done = set()
    for entry in people:
        email, cookie, start = (entry[0], entry[1], entry[2]) if len(entry) == 3 else (None, None, "/")
        starts = [start, "/mijn-loket", "/medewerker", "/clienten", "/"] if email else ["/"]
        for path in crawl(cookie, starts):
            key = template(path)
            if not email and key in done:
                continue
            done.add(key)
            if not ONLY.search(path):
                continue
            rps, p99, bad = load(path, cookie)
            note = f"  ({bad} not 2xx/3xx)" if bad else ""
            print(f"{(email or 'visitor'):28} {path[:70]:70} {rps:8.0f} {p99:8.2f}{note}", flush=True)
            worst = max(worst, (p99, f"{email or 'visitor'} {path}"))
    print(f"\nslowest p99: {worst[0]:.2f} ms on {worst[1]}")


if __name__ == "__main__":
    main()
