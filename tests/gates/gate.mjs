// The quality gates of loket, run by .ci/gates against a running portal:
//
//   node gate.mjs --base http://127.0.0.1:PORT --mail-dir DIR   crawl every page and check it
//   node gate.mjs --self-test [--verbose]                        prove each checker fails on a broken fixture
//
// Exits 1 when anything fails. See README.md beside this file.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { request as playwrightRequest } from 'playwright-core';
import { launch } from './lib/browser.mjs';
import { checkLanguageLinks, NOT_FOUND_PROBE, Run, UNLINKED } from './lib/crawl.mjs';
import { checkLanguage, validateHtml } from './lib/evaluate.mjs';
import { LIGHT_LANGS, lightRuns, missingOutsideCrawl, replay } from './lib/light.mjs';
import { Recorder } from './lib/recorder.mjs';
import { buildReport } from './lib/report.mjs';
import { ROLES } from './lib/roles.mjs';
import { readRoutes, uncovered } from './lib/routes.mjs';
import { selfTest } from './lib/self-test.mjs';
import { Resources } from './lib/weight.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
/** Crawled in full, every role. The residents' other languages get the light crawl (lib/light.mjs). */
const LANGS = ['nl', 'en'];

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string' },
    'mail-dir': { type: 'string' },
    out: { type: 'string', default: join(HERE, 'out') },
    jobs: { type: 'string', default: '2' },
    python: { type: 'string', default: join(HERE, '.venv', 'bin', 'python') },
    'self-test': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

/** One line on stderr when a part of the crawl is done, so that a long run shows where it is. */
function progress(what, started, visits) {
  console.error(`gate: ${what} done: ${visits} visits in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Runs `tasks` (functions returning promises) with at most `n` at a time. */
async function pool(tasks, n) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: Math.min(n, queue.length) }, async () => {
      while (queue.length) await queue.shift()();
    }),
  );
}

/**
 * One run of one role: sign in, open the mail links, then crawl (a full run: the spider from the start pages)
 * or replay the Dutch run's states (a light run), and sign out. Each part marks the visits it makes.
 */
async function crawlRole(run, { targets, light } = {}) {
  const { role } = run;
  const signIn = (light && role.lightSignIn) || role.signIn;
  run.phase = 'sign-in';
  if (signIn) await signIn(run);
  run.phase = 'mail-link';
  if (role.mailLink) await role.mailLink(run);
  run.phase = 'crawl';
  const missing = light ? await replay(run, targets) : [];
  if (!light) await run.spider(['/', ...UNLINKED, ...(role.start || []), NOT_FOUND_PROBE]);
  run.phase = 'sign-out';
  if (signIn) await run.signOut();
  return missing;
}

async function crawlAll(base, mailDir, rec, timings) {
  let started = Date.now();
  const health = await fetch(new URL('/health', base));
  rec.hit('GET', '/health');
  if (health.status !== 200) throw new Error(`GET /health answered ${health.status}`);
  const ready = await fetch(new URL('/health/ready', base));
  rec.hit('GET', '/health/ready');
  if (ready.status !== 200) throw new Error(`GET /health/ready answered ${ready.status}: ${await ready.text()}`);
  // For the people who run the portal, not a page: asked here like the health checks, never crawled.
  const metrics = await fetch(new URL('/metrics', base));
  rec.hit('GET', '/metrics');
  if (metrics.status !== 200) throw new Error(`GET /metrics answered ${metrics.status}`);
  const chromium = await launch();
  const languageLinks = new Set();
  try {
    const runs = ROLES.flatMap((role) => LANGS.map((lang) => ({ role, lang })));
    await pool(
      runs.map(({ role, lang }) => async () => {
        const run = new Run({ browser: chromium.browser, base, role, lang, rec, mailDir, languageLinks });
        await run.open();
        try {
          await crawlRole(run);
        } catch (e) {
          rec.problem('crawl', `${role.name}/${lang}`, String(e.message || e).split('\n')[0]);
        } finally {
          await run.close();
        }
      }),
      Number(opts.jobs),
    );
    timings.crawl = Date.now() - started;
    progress('crawl (nl, en)', started, rec.records.length);

    // The light crawl, one language after the other (each with its own time), two runs at a time, the largest
    // first. A role with more states than a third of the language's is split over runs that each sign in, so
    // that both browsers stay busy. Each run is a client of its own (X-Forwarded-For), as a resident is.
    const residents = ROLES.filter((role) => !role.staff);
    const plan = lightRuns(residents, rec.records, Number(opts.jobs));
    for (const [l, lang] of LIGHT_LANGS.entries()) {
      started = Date.now();
      await pool(
        plan.map(({ role, targets }, i) => async () => {
          const forwardedFor = `10.${l + 1}.${i + 1}.1`;
          const run = new Run({ browser: chromium.browser, base, role, lang, rec, mailDir, languageLinks, contextOptions: { forwardedFor } });
          await run.open();
          try {
            const missing = await crawlRole(run, { targets, light: true });
            for (const m of missing) rec.lightMissing.push({ role: role.name, lang, ...m });
          } catch (e) {
            rec.problem('crawl', `${role.name}/${lang}`, String(e.message || e).split('\n')[0]);
          } finally {
            await run.close();
          }
        }),
        Number(opts.jobs),
      );
      for (const role of residents) {
        const all = plan.find((p) => p.role === role)?.all || [];
        for (const m of missingOutsideCrawl(rec.records, all, role.name, lang)) rec.lightMissing.push({ role: role.name, lang, ...m });
      }
      timings[`light ${lang}`] = Date.now() - started;
      progress(`light crawl ${lang}`, started, rec.records.filter((r) => r.lang === lang).length);
    }
  } finally {
    await chromium.close();
  }
  started = Date.now();
  const request = await playwrightRequest.newContext({ baseURL: base });
  try {
    await checkLanguageLinks(request, rec, languageLinks);
    const resources = new Resources(request, rec);
    for (const r of rec.records) if (r.hash) await resources.weigh(r);
  } finally {
    await request.dispose();
  }
  timings.weight = Date.now() - started;
}

async function main() {
  const timings = {};
  const t0 = Date.now();
  if (opts['self-test']) {
    const out = join(opts.out, 'self-test');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const ok = await selfTest({ out, python: opts.python, here: HERE, verbose: opts.verbose });
    process.exit(ok ? 0 : 1);
  }
  rmSync(opts.out, { recursive: true, force: true });
  mkdirSync(opts.out, { recursive: true });
  if (!opts.base || !opts['mail-dir']) {
    console.error('usage: node gate.mjs --base URL --mail-dir DIR | --self-test');
    process.exit(2);
  }
  const base = opts.base.replace(/\/$/, '');
  const rec = new Recorder(base);
  await crawlAll(base, opts['mail-dir'], rec, timings);

  let t = Date.now();
  await validateHtml(rec.records, opts.out);
  timings.vnu = Date.now() - t;

  t = Date.now();
  const messageProblems = checkLanguage(rec.records, {
    python: opts.python,
    script: join(HERE, 'taal.py'),
    locales: join(ROOT, 'locales'),
    outDir: opts.out,
    langs: LIGHT_LANGS,
  });
  timings.taal = Date.now() - t;

  const { routes, problems: routeReadProblems } = readRoutes(join(ROOT, 'src'), ROOT);
  const routeProblems = [
    ...routeReadProblems,
    ...uncovered(routes, rec.hits).map((r) => `${r.method} ${r.path} (${r.where}) was never requested by the crawl`),
  ];
  timings.total = Date.now() - t0;

  const report = buildReport({
    records: rec.records,
    messageProblems,
    routeProblems,
    problems: rec.problems,
    brokenLinks: rec.brokenLinks,
    lightMissing: rec.lightMissing,
    timings,
  });
  writeFileSync(join(opts.out, 'report.txt'), `${report.full}\n`);
  writeFileSync(
    join(opts.out, 'results.json'),
    JSON.stringify(
      rec.records.map(({ body, browser, form, ...r }) => ({ ...r, text: browser?.text?.lines })),
      null,
      1,
    ),
  );
  console.log(report.short);
  process.exit(report.failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`gate: ${e.stack || e}`);
  process.exit(2);
});
