// Turns what was measured into failures, the same way for the portal's pages and for the self-test's fixtures.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from './vnu.mjs';
import { WEIGHT_LIMIT } from './weight.mjs';

/** Validates every distinct HTML body once; sets `record.htmlErrors`. */
export async function validateHtml(records, outDir) {
  const byHash = new Map();
  for (const r of records) if (r.hash && !byHash.has(r.hash)) byHash.set(r.hash, r.body);
  const errors = await validate([...byHash].map(([key, body]) => ({ key, body })), join(outDir, 'html'));
  for (const r of records) if (r.hash) r.htmlErrors = errors.get(r.hash) || [];
}

/**
 * Runs taal.py over the Dutch pages (once per distinct body) and the messages in `locales`; sets
 * `record.taal` and returns the problems found in messages.
 */
export function checkLanguage(records, { python, script, locales, outDir }) {
  const pages = new Map();
  for (const r of records) {
    if (r.lang === 'nl' && r.hash && r.browser && !pages.has(r.hash)) {
      pages.set(r.hash, { key: r.hash, url: r.url, lines: r.browser.text.lines, explanations: r.browser.text.explanations });
    }
  }
  const file = join(outDir, 'pages-nl.json');
  writeFileSync(file, JSON.stringify([...pages.values()]));
  const args = [script, '--pages', file];
  if (locales) args.push('--locales', locales);
  const result = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`taal.py failed (${result.status}): ${result.stderr || result.error}`);
  const report = JSON.parse(result.stdout);
  for (const r of records) if (r.lang === 'nl' && r.hash) r.taal = report.pages[r.hash];
  return report.messages;
}

/** Every failure on one page: `{ check, rule, detail }`. */
export function failuresOf(r) {
  const out = [];
  const add = (check, rule, detail) => out.push({ check, rule, detail });
  if (r.status >= 500) add('http', `status ${r.status}`, 'server error');
  if (!r.hash) return out;
  if (!r.cspOk) add('no-js', 'csp', "Content-Security-Policy lacks script-src 'none'");
  for (const s of r.scripting || []) add('no-js', 'script', s);
  const b = r.browser;
  if (b) {
    const axe = new Map();
    for (const [viewport, list] of [['phone', b.axePhone], ['desktop', b.axeDesktop]]) {
      for (const v of list) {
        const key = `${v.rule}|${v.targets.join(', ')}`;
        if (!axe.has(key)) axe.set(key, { ...v, viewports: [] });
        axe.get(key).viewports.push(viewport);
      }
    }
    for (const v of axe.values()) {
      const more = v.count > v.targets.length ? ` (+${v.count - v.targets.length} more)` : '';
      add('a11y', v.rule, `${v.help} [${v.viewports.join('+')}]: ${v.targets.join(', ')}${more}`);
    }
    if (b.reflow) add('reflow', '320px', `scrollWidth ${b.reflow.scrollWidth} > 320; sticking out: ${b.reflow.elements.join(', ')}`);
    for (const p of b.focusProblems) add('focus', 'focus-visible', p);
    for (const p of b.formProblems) add('keyboard', 'form', p);
  }
  for (const e of r.htmlErrors || []) add('html', 'vnu', `line ${e.line}: ${e.message}${e.extract ? ` «${e.extract.slice(0, 80)}»` : ''}`);
  for (const p of r.taal?.problems || []) add('taal', p.rule, p.text ? `${p.detail}: «${p.text}»` : p.detail);
  if (r.weight > WEIGHT_LIMIT) {
    add('weight', '14KB', `${r.weight} bytes gzipped (HTML ${r.weightParts.html}, CSS/images ${r.weightParts.other}) > ${WEIGHT_LIMIT}`);
  }
  return out;
}
