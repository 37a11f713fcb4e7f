// Route coverage: every route that `src/` registers must have been requested by the crawl, with each method
// the route answers. The routes are read from the source (`.route("/path", get(..).post(..))`), so a new page
// is covered without editing a list here: it fails the gate until some page links to it or posts to it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Routes the crawl does not have to reach, each with its reason. Keep this short: a resident-facing page
 * belongs to the crawl, not here.
 */
export const EXEMPT = [
  // The load balancer's check, not a page. (The gate requests it while waiting for the portal anyway.)
  { method: 'GET', path: '/health' },
  // The stylesheet; requested by the weight check whenever a page links to it.
  { method: 'GET', path: '/static/{file}' },
];

const METHODS = /\b(get|post|put|delete|patch|head|options|any)(?:_service)?\s*\(/g;

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') && name !== 'tests.rs' ? [path] : [];
  });
}

/** The text of the call's arguments, from just after `(` to its matching `)`. */
function argumentsOf(text, open) {
  let depth = 1;
  let i = open;
  for (; i < text.length && depth > 0; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
  }
  return text.slice(open, i - 1);
}

/** `{ routes: [{ method, path, where }], problems: [string] }` for every `.route(` in `srcDir`. */
export function readRoutes(srcDir, root) {
  const routes = [];
  const problems = [];
  for (const file of rustFiles(srcDir)) {
    // Routers built by unit tests (`#[cfg(test)] mod tests` at the end of a file) serve no resident.
    const text = readFileSync(file, 'utf8').split(/#\[cfg\(test\)\]\s*mod\s/)[0];
    const where = (index) => `${relative(root, file)}:${text.slice(0, index).split('\n').length}`;
    for (const m of text.matchAll(/\.(route|nest|route_service|nest_service)\s*\(/g)) {
      const args = argumentsOf(text, m.index + m[0].length);
      const path = /^\s*"([^"]*)"\s*,/.exec(args)?.[1];
      if (m[1] !== 'route' || path === undefined) {
        problems.push(`${where(m.index)}: .${m[1]}(${args.slice(0, 40)}...) is not understood by the route coverage check (tests/gates/lib/routes.mjs)`);
        continue;
      }
      const methods = new Set([...args.matchAll(METHODS)].map((x) => x[1].toUpperCase()));
      if (!methods.size) problems.push(`${where(m.index)}: no method found for route ${path}`);
      for (const method of methods) routes.push({ method, path, where: where(m.index) });
    }
  }
  return { routes, problems };
}

function pattern(path) {
  const source = path
    .split(/(\{\*?[^}]+\})/)
    .map((part) => {
      if (/^\{\*/.test(part)) return '.*';
      if (/^\{/.test(part)) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The routes (and methods) that no request in `hits` reached, leaving out the exemptions. */
export function uncovered(routes, hits) {
  const exempt = (r) => EXEMPT.some((e) => e.path === r.path && (e.method === r.method || r.method === 'HEAD'));
  return routes.filter((route) => {
    if (exempt(route)) return false;
    const re = pattern(route.path);
    return !hits.some((h) => (route.method === 'ANY' || h.method === route.method) && re.test(h.path));
  });
}
