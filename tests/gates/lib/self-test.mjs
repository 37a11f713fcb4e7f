// The gate checks itself: each fixture in fixtures/ is broken in one way, and the checker for that way must
// fail it; goed.html is broken in none and every checker must pass it. The same goes for the message checks
// (fixtures/locales) and the route coverage (fixtures/src). Expectations are in fixtures/verwacht.json.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { request as playwrightRequest } from 'playwright-core';
import { launch, newContext } from './browser.mjs';
import { checkLanguage, failuresOf, validateHtml } from './evaluate.mjs';
import { Run } from './crawl.mjs';
import { lightTargets, replay, stateKey, visitedStates } from './light.mjs';
import { Recorder } from './recorder.mjs';
import { readRoutes, uncovered } from './routes.mjs';
import { Resources } from './weight.mjs';

const TYPES = { html: 'text/html; charset=utf-8', svg: 'image/svg+xml', css: 'text/css; charset=utf-8' };

/** 40 KB of CSS that gzip cannot shrink (a deterministic pseudo-random sequence in a comment). */
function heavyCss() {
  let x = 12345;
  let s = '/* ';
  while (s.length < 40960) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += x.toString(36);
  }
  return `${s} */\nbody { margin: 0; }\n`;
}

/** Serves the fixtures with the portal's policy (inline styles allowed, so fixtures can be one file). */
function serve(dir) {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
    let body;
    if (name === 'zwaar.css') body = heavyCss();
    else {
      try {
        if (!/^[\w.-]+$/.test(name)) throw new Error('bad name');
        body = readFileSync(join(dir, name));
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    const headers = { 'content-type': TYPES[name.split('.').pop()] || 'application/octet-stream' };
    if (!name.startsWith('geen-csp')) {
      headers['content-security-policy'] =
        "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'";
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function selfTest({ out, python, here, verbose }) {
  const fixtures = join(here, 'fixtures');
  const expected = JSON.parse(readFileSync(join(fixtures, 'verwacht.json'), 'utf8'));
  const server = await serve(fixtures);
  const base = `http://127.0.0.1:${server.address().port}`;
  const rec = new Recorder(base);
  const results = [];
  const check = (ok, what) => {
    results.push({ ok, what });
  };

  const chromium = await launch();
  try {
    for (const name of Object.keys(expected.pages)) {
      // Each fixture is crawled in its own language: Dutch unless `talen` says otherwise.
      const lang = expected.talen[name] || 'nl';
      const context = await newContext(chromium.browser, base, lang);
      const page = await context.newPage();
      const response = await page.goto(`${base}/${name}`);
      await rec.visit(page, response, { role: 'fixture', lang, label: name });
      await context.close();
    }
    // The spider itself: it follows links, posts forms through the browser, and reports a form that the
    // browser's own validation blocks.
    const crawl = new Recorder(base);
    const run = new Run({ browser: chromium.browser, base, role: { name: 'fixture' }, lang: 'nl', rec: crawl, languageLinks: new Set() });
    await run.open();
    await run.spider([expected.crawl.start]);
    await run.close();
    const visited = new Set(crawl.records.map((r) => r.url));
    for (const path of expected.crawl.visits) check(visited.has(path), `the spider visits ${path}`);
    for (const path of expected.crawl.posts) {
      check(crawl.hits.some((h) => h.method === 'POST' && h.path === path), `the spider posts the form on ${path}`);
    }
    for (const [name, text] of expected.crawl.problems) {
      check(crawl.problems.some((p) => p.check === name && p.detail.includes(text)), `the spider reports ${name}: ${text}`);
    }
    // The light crawl replays that Dutch crawl's states in another language: the pages and the posted form's
    // states, each once, none left out.
    const lang = expected.crawl.light;
    const targets = lightTargets(crawl.records, 'fixture');
    const light = new Run({ browser: chromium.browser, base, role: { name: 'fixture' }, lang, rec: crawl, languageLinks: new Set() });
    await light.open();
    const missing = await replay(light, targets);
    await light.close();
    const want = [...visitedStates(crawl.records, 'fixture', 'nl')].sort();
    const got = [...visitedStates(crawl.records, 'fixture', lang)].sort();
    const visits = crawl.records.filter((r) => r.lang === lang).length;
    check(
      want.length > 2 && JSON.stringify(got) === JSON.stringify(want) && !missing.length && visits === want.length,
      `the light crawl in ${lang} visits each of the Dutch crawl's ${want.length} states once (got ${visits} visits: ${got.join(' | ')}${missing.length ? `; missing ${missing.map((m) => `${m.key}: ${m.why}`).join(', ')}` : ''})`,
    );
    check(
      got.some((k) => / \[POST \/goed\.html \(ongeldig\)\]$/.test(k)),
      `the light crawl in ${lang} posts the form again with invalid values (its error state)`,
    );
  } finally {
    await chromium.close();
  }
  const request = await playwrightRequest.newContext({ baseURL: base });
  const resources = new Resources(request, rec);
  for (const r of rec.records) await resources.weigh(r);
  await request.dispose();
  await validateHtml(rec.records, out);
  const messages = checkLanguage(rec.records, {
    python,
    script: join(here, 'taal.py'),
    locales: join(fixtures, 'locales'),
    outDir: out,
    langs: expected.messages.langs,
  });
  server.close();

  for (const r of rec.records) {
    const failures = failuresOf(r);
    const wanted = expected.pages[r.label];
    const text = failures.map((f) => `${f.check}: ${f.rule} ${f.detail}`);
    if (!wanted.length) {
      check(failures.length === 0, `${r.label} passes every check${failures.length ? ` (got: ${text.join(' | ')})` : ''}`);
    }
    for (const [checkName, pattern] of wanted) {
      const re = new RegExp(pattern);
      const ok = failures.some((f) => f.check === checkName && re.test(`${f.rule} ${f.detail}`));
      check(ok, `${r.label} fails ${checkName} /${pattern}/${ok ? '' : ` (got: ${text.join(' | ') || 'nothing'})`}`);
    }
  }

  for (const [rule, id] of expected.messages.expected) {
    const ok = messages.some((m) => m.rule === rule && m.id === id);
    check(ok, `message ${id} fails ${rule}`);
  }
  for (const id of expected.messages.clean) {
    const found = messages.filter((m) => m.id === id);
    check(!found.length, `message ${id} passes${found.length ? ` (got: ${found.map((m) => m.rule).join(', ')})` : ''}`);
  }

  // Route and state, as the light crawl counts them: ids, tokens, references and page numbers do not make a
  // new state; another step, another way of filling in a form, or a post instead of a visit do.
  const key = ([url, label]) => stateKey({ status: 200, url, label });
  for (const [a, b] of expected.states.same) {
    check(key(a) === key(b), `one state: ${a.join(' ')} and ${b.join(' ')} (got ${key(a)} and ${key(b)})`);
  }
  for (const [a, b] of expected.states.different) {
    check(key(a) !== key(b), `two states: ${a.join(' ')} and ${b.join(' ')} (both ${key(a)})`);
  }

  const { routes, problems } = readRoutes(join(fixtures, 'src'), fixtures);
  const missing = uncovered(routes, expected.routes.hits.map(([method, path]) => ({ method, path })))
    .map((r) => `${r.method} ${r.path}`)
    .sort();
  check(
    JSON.stringify(missing) === JSON.stringify([...expected.routes.uncovered].sort()),
    `route coverage finds exactly ${expected.routes.uncovered.join(', ')} (got: ${missing.join(', ')})`,
  );
  for (const word of expected.routes.problems) {
    check(problems.some((p) => p.includes(word)), `route coverage reports .${word}() it cannot follow`);
  }
  check(!routes.some((r) => r.path === '/alleen-in-tests'), 'route coverage skips routers in #[cfg(test)] modules');

  for (const r of results) if (verbose || !r.ok) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.what}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`self-test: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0;
}
