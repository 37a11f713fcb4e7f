// The report: a table of every page checked and the failures grouped by check, each with the pages it was
// seen on. The terminal gets a short form (about 300 lines at most); out/report.txt gets everything.

import { failuresOf } from './evaluate.mjs';

const MAX_TABLE_ROWS = 120;
const MAX_FAILURE_LINES = 110;

function pad(s, n) {
  s = String(s ?? '');
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function where(r) {
  return `${r.role}/${r.lang} ${r.url}${r.label ? ` [${r.label}]` : ''}`;
}

/** The order of the languages in the table: the full crawl's first, then the light crawl's. */
const LANG_ORDER = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'];

export function buildReport({ records: visited, messageProblems, routeProblems, problems, brokenLinks, lightMissing = [], timings }) {
  // Runs go side by side, so visits interleave: sort by role, page and language.
  const records = [...visited].sort(
    (a, b) => a.role.localeCompare(b.role) || a.url.localeCompare(b.url) || a.label.localeCompare(b.label) || a.lang.localeCompare(b.lang),
  );
  for (const r of records) r.failures = failuresOf(r);
  const full = [];
  const short = [];
  const both = (line) => {
    full.push(line);
    short.push(line);
  };

  // ---- Table: one row per role and page, the two languages side by side ----
  const rows = new Map();
  for (const r of records) {
    // Sign-in links differ per language only in their secret.
    const url = r.url.replace(/[0-9a-f]{64}/g, '{token}');
    let key = `${r.role}\u0000${url}\u0000${r.label}`;
    // Several forms can give the same address (buttons that post to one page): one row each.
    for (let n = 2; rows.get(key)?.byLang[r.lang]; n++) key = `${r.role}\u0000${url}\u0000${r.label}\u0000${n}`;
    if (!rows.has(key)) rows.set(key, { role: r.role, page: `${url}${r.label ? ` [${r.label}]` : ''}`, byLang: {} });
    rows.get(key).byLang[r.lang] = r;
  }
  const rank = (l) => (LANG_ORDER.includes(l) ? LANG_ORDER.indexOf(l) : LANG_ORDER.length);
  const langs = [...new Set(records.map((r) => r.lang))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  // Light languages visit one page per state: '-' where a language did not visit the page.
  const cell = (row, f) => langs.map((l) => (row.byLang[l] ? f(row.byLang[l]) : '-')).join('/');
  const table = [...rows.values()];
  const width = (title, f) => Math.max(title.length, ...table.map((row) => cell(row, f).length)) + 2;
  const statusWidth = width(`status ${langs.join('/')}`, (r) => r.status);
  const bytesWidth = width('gz bytes', (r) => r.weight ?? '');
  const header =
    `${pad('#', 4)}${pad('role', 9)}${pad('page', 62)}${pad(`status ${langs.join('/')}`, statusWidth)}${pad('Douma', 7)}` +
    `${pad('gz bytes', bytesWidth)}fails`;
  const line = (row, i) =>
    `${pad(i + 1, 4)}${pad(row.role, 9)}${pad(row.page.slice(0, 61), 62)}${pad(cell(row, (r) => r.status), statusWidth)}` +
    `${pad(row.byLang.nl?.taal?.flesch ?? '', 7)}${pad(cell(row, (r) => r.weight ?? ''), bytesWidth)}${cell(row, (r) => r.failures.length)}`;
  both(`Pages checked: ${records.length} visits (${new Set(records.map((r) => r.hash)).size} distinct bodies), ${table.length} rows`);
  const perLang = langs.map((l) => {
    const mine = records.filter((r) => r.lang === l);
    return `${l} ${mine.length} (${new Set(mine.map((r) => r.hash)).size} distinct)`;
  });
  both(`Visits per language: ${perLang.join(', ')}`);
  both(header);
  full.push(...table.map(line));
  if (table.length <= MAX_TABLE_ROWS) {
    short.push(...table.map(line));
  } else {
    const failing = table.map((row, i) => [row, i]).filter(([row]) => Object.values(row.byLang).some((r) => r.failures.length));
    short.push(...failing.slice(0, MAX_TABLE_ROWS).map(([row, i]) => line(row, i)));
    short.push(`... ${table.length - Math.min(failing.length, MAX_TABLE_ROWS)} passing rows more in out/report.txt`);
  }
  const heaviest = [...records].filter((r) => r.weight).sort((a, b) => b.weight - a.weight).slice(0, 5);
  both('');
  both(`Heaviest pages (gzipped HTML + CSS + images, limit 14336 B): ${heaviest.map((r) => `${r.url} ${r.weight} B`).join('; ')}`);

  // ---- Failures, grouped ----
  const groups = new Map();
  for (const r of records) {
    for (const f of r.failures) {
      const key = `${f.check}\u0000${f.rule}\u0000${f.detail}`;
      if (!groups.has(key)) groups.set(key, { ...f, pages: [] });
      groups.get(key).pages.push(r);
    }
  }
  const pageFailures = [...groups.values()].sort((a, b) => a.check.localeCompare(b.check) || a.rule.localeCompare(b.rule));
  const other = [
    ...messageProblems.map((p) => ({ check: 'taal', rule: `message ${p.rule}`, detail: `${p.file} ${p.id}: ${p.detail}: «${p.text}»` })),
    ...routeProblems.map((p) => ({ check: 'routes', rule: 'coverage', detail: p })),
    ...problems.map((p) => ({ check: p.check, rule: 'problem', detail: `${p.where}: ${p.detail}` })),
  ];
  const total = pageFailures.length + other.length;
  both('');
  both(total ? `FAILURES (${total} distinct):` : 'No failures.');
  let budget = MAX_FAILURE_LINES;
  let lastCheck = '';
  for (const g of pageFailures) {
    const pages = [...new Set(g.pages.map(where))];
    const shown = pages.slice(0, 4).join('; ') + (pages.length > 4 ? `; +${pages.length - 4} more` : '');
    const lines = [];
    if (g.check !== lastCheck) lines.push(`-- ${g.check}`);
    lastCheck = g.check;
    lines.push(`  [${g.rule}] ${g.detail}`, `      on ${pages.length} page(s): ${shown}`);
    full.push(...lines.slice(0, -1), `      on ${pages.length} page(s): ${pages.join('; ')}`);
    if (budget > 0) short.push(...lines);
    budget -= lines.length;
  }
  for (const o of other) {
    const lines = [];
    if (o.check !== lastCheck) lines.push(`-- ${o.check}`);
    lastCheck = o.check;
    lines.push(`  [${o.rule}] ${o.detail}`);
    full.push(...lines);
    if (budget > 0) short.push(...lines);
    budget -= lines.length;
  }
  if (budget < 0) short.push(`... ${-budget} more failure lines in out/report.txt`);

  if (brokenLinks.length) {
    const distinct = [...new Map(brokenLinks.map((b) => [`${b.from}>${b.to}`, b])).values()];
    both('');
    both(`Warning (does not fail the gate): ${distinct.length} link(s) lead to a 404 page:`);
    const text = distinct.map((b) => `${b.to} (from ${b.from})`).join('; ');
    full.push(`  ${text}`);
    short.push(`  ${text.length > 400 ? `${text.slice(0, 400)}...` : text}`);
  }
  if (lightMissing.length) {
    // Not a failure: the state is in the Dutch crawl, and the light run could not show it again (the full
    // crawl's posts changed the demo data it stood on). Each is listed, so that a growing list is seen.
    const byState = new Map();
    for (const m of lightMissing) {
      const key = `${m.role} ${m.key}: ${m.why}`;
      if (!byState.has(key)) byState.set(key, []);
      byState.get(key).push(m.lang);
    }
    both('');
    both(`Note (does not fail the gate): ${byState.size} state(s) of the Dutch crawl that the light crawl did not show again:`);
    const lines = [...byState].map(([key, ls]) => `  ${key} [${ls.join(', ')}]`);
    full.push(...lines);
    short.push(...lines.slice(0, 20));
    if (lines.length > 20) short.push(`  ... ${lines.length - 20} more in out/report.txt`);
  }
  both('');
  both(`Time: ${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  const failedChecks = new Set([...pageFailures, ...other].map((f) => f.check));
  both(total ? `GATE FAILED: ${[...failedChecks].join(', ')}` : 'GATE PASSED');
  return { full: full.join('\n'), short: short.join('\n'), failed: total > 0 };
}
