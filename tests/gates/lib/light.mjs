// The light crawl: the languages beside Dutch and English (the residents' languages) are not crawled in full.
// For each of them, each role that is not staff visits every route and state that its Dutch run visited once,
// with every check of the full crawl (lib/recorder.mjs). "Route and state" is the visit's address with its ids,
// tokens and references made general, plus its label (which form was posted and how: `POST /x (leeg)` is the
// error state of an empty form) and its HTTP status: forty case pages of one kind are one state, the same
// form shown with its errors is another.
//
// The Dutch visits are replayed, not crawled again: each state's first Dutch visit is made again (the same
// address, or the same form on the same page posted the same way), as the same demo person, signed in through
// the role's own sign-in in the new language. When that visit no longer gives the state (the full crawl's
// posts changed the demo data), the next Dutch visit of the same state is tried, up to three.

/** The languages of the light crawl. Staff pages speak only Dutch and English. */
export const LIGHT_LANGS = ['tr', 'ar', 'pl', 'uk'];

/** Different visits of one state to try before it counts as not reproduced. */
const TRIES = 3;

/**
 * The general form of an address or label: 64 hex digits (a secret) become {token}, other long hex runs with a
 * digit (the 32-digit ids) {id}, a reference such as WMO-2026-0042 {ref}, a path segment or query value of only
 * digits {n}. Words stay: `/melding/{id}/stap/voor-wie` and `/melding/{id}/stap/adres` are two states.
 */
export function normalise(text) {
  return text
    .replace(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi, '{token}')
    .replace(/(?<![0-9a-z])(?=[0-9a-f]*\d)[0-9a-f]{12,63}(?![0-9a-z])/gi, '{id}')
    .replace(/\b[A-Z]{2,}-\d{4}-\d+\b/g, '{ref}')
    .replace(/([/=])\d+(?=$|[/?&#)\s])/g, '$1{n}');
}

/** The state a visit shows: status, general address and general label. */
export function stateKey(r) {
  return `${r.status} ${normalise(r.url)}${r.label ? ` [${normalise(r.label)}]` : ''}`;
}

/**
 * What a role's light run must visit, from the records of its Dutch run: each state once, in the order the
 * Dutch run first reached it, with every Dutch visit of it (for the retries). Only pages (HTML): the other
 * responses have no language.
 */
export function lightTargets(records, roleName) {
  const targets = new Map();
  for (const r of records) {
    if (r.role !== roleName || r.lang !== 'nl' || !r.hash) continue;
    const key = stateKey(r);
    if (!targets.has(key)) targets.set(key, { key, phase: r.phase, instances: [] });
    targets.get(key).instances.push({ url: r.url, label: r.label, form: r.form, status: r.status });
  }
  return [...targets.values()];
}

/** The states a run has visited so far. */
export function visitedStates(records, roleName, lang) {
  return new Set(records.filter((r) => r.role === roleName && r.lang === lang && r.hash).map(stateKey));
}

/**
 * Replays the crawl's states of `targets` in `run` (signed in already, when the role signs in). Returns the
 * states it could not reproduce, each with why. An error in a visit is a crawl problem, as in the full crawl.
 */
export async function replay(run, targets) {
  const { rec } = run;
  const mine = (r) => r.run === run.id && r.hash;
  const visited = new Set(rec.records.filter(mine).map(stateKey));
  // This run's own address for a page, by its general form: a mail link's token differs per language (the
  // link may have been sent again since), so a form is looked for on the page this run saw.
  const ownUrl = (url) => {
    const general = normalise(url);
    return rec.records.findLast((r) => mine(r) && r.status < 400 && normalise(r.url) === general)?.url || url;
  };
  const missing = [];
  for (const target of targets) {
    if (target.phase !== 'crawl' || visited.has(target.key)) continue;
    let why = '';
    for (const visit of target.instances.slice(0, TRIES)) {
      const before = rec.records.length;
      try {
        if (visit.form) {
          const source = ownUrl(visit.form.source);
          const result = await run.submit({ ...visit.form, source }, visit.form.variant, { label: visit.label });
          why = result ? '' : `the form is no longer on ${source}`;
        } else {
          await run.goto(visit.url, visit.label);
          why = '';
        }
      } catch (e) {
        const what = visit.form ? `form on ${visit.form.source} -> ${visit.form.action}` : visit.url;
        rec.problem('crawl', `${run.role.name}/${run.lang} ${what}`, String(e.message || e).split('\n')[0]);
        why = 'the visit failed (see crawl)';
      }
      const made = rec.records.slice(before).filter(mine);
      for (const r of made) visited.add(stateKey(r));
      if (visited.has(target.key)) {
        why = '';
        break;
      }
      if (!why) why = made.length ? `gave ${stateKey(made.at(-1))}` : 'led to a page this run had seen';
    }
    if (why) missing.push({ key: target.key, why });
  }
  return missing;
}

/**
 * The runs of one light language: each role's crawl states (in their Dutch order) in runs of at most a
 * `jobs + 1`-th of all, so that a role with many states does not keep one browser busy while the others wait;
 * each run signs in on its own. Returns `[{ role, targets, states, all }]`, the largest first (`states`: how
 * many crawl states the run replays; `all`: the role's states).
 */
export function lightRuns(roles, records, jobs) {
  const byRole = roles.map((role) => ({ role, targets: lightTargets(records, role.name) }));
  const total = byRole.reduce((n, { targets }) => n + targets.filter((t) => t.phase === 'crawl').length, 0);
  const limit = Math.max(20, Math.ceil(total / (jobs + 1)));
  const out = [];
  for (const { role, targets } of byRole) {
    const crawl = targets.filter((t) => t.phase === 'crawl');
    const rest = targets.filter((t) => t.phase !== 'crawl');
    const parts = Math.max(1, Math.ceil(crawl.length / limit));
    const size = Math.ceil(crawl.length / parts);
    for (let i = 0; i < parts; i++) {
      const part = crawl.slice(i * size, (i + 1) * size);
      out.push({ role, targets: [...rest, ...part], states: part.length, all: targets });
    }
  }
  return out.sort((a, b) => b.states - a.states);
}

/** The Dutch states of the sign-in, mail-link and sign-out parts that the light run did not visit. */
export function missingOutsideCrawl(records, targets, roleName, lang) {
  const visited = visitedStates(records, roleName, lang);
  return targets
    .filter((t) => t.phase !== 'crawl' && !visited.has(t.key))
    .map((t) => ({ key: t.key, why: `not visited by the role's ${t.phase} in this language` }));
}
