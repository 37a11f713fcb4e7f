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
 * Runs taal.py over the pages (once per distinct body) and the messages in `locales`: the plain-Dutch checks
 * on Dutch, and only the sentence length on the languages in `langs` (their pages and `locales/<lang>`). Sets
 * `record.taal` and returns the problems found in messages.
 */
export function checkLanguage(records, { python, script, locales, outDir, langs = [] }) {
  const checked = new Set(['nl', ...langs]);
  const pages = new Map();
  for (const r of records) {
    if (checked.has(r.lang) && r.hash && r.browser && !pages.has(r.hash)) {
      pages.set(r.hash, { key: r.hash, url: r.url, lang: r.lang, lines: r.browser.text.lines, explanations: r.browser.text.explanations });
    }
  }
  const file = join(outDir, 'pages-taal.json');
  writeFileSync(file, JSON.stringify([...pages.values()]));
  const args = [script, '--pages', file];
  if (locales) args.push('--locales', locales);
  if (locales && langs.length) args.push('--langs', langs.join(','));
  const result = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`taal.py failed (${result.status}): ${result.stderr || result.error}`);
  const report = JSON.parse(result.stdout);
  for (const r of records) if (checked.has(r.lang) && r.hash) r.taal = report.pages[r.hash];
  return report.messages;
}

/** Languages written from right to left: their pages need `<html dir="rtl">`. */
export const RTL = new Set(['ar', 'fa', 'he', 'ur']);
/** Staff pages speak Dutch and English only: asked for in another language, they are in Dutch. */
const STAFF_PATH = /^\/medewerker(?:[/?#.]|$)/;

/** The `<html lang>` and `dir` a page must have: the language the run asked for, and `rtl` for Arabic. */
function languageOf(r, add) {
  if (r.htmlLang === undefined) return;
  const lang = (r.htmlLang || '').toLowerCase().split('-')[0];
  const wanted = STAFF_PATH.test(r.url) && !['nl', 'en'].includes(r.lang) ? ['nl', r.lang] : [r.lang];
  if (!wanted.includes(lang)) {
    add('lang', 'html-lang', r.htmlLang === null ? `<html> has no lang, the page was asked for in ${r.lang}` : `<html lang="${r.htmlLang}"> on a page asked for in ${r.lang}`);
  }
  const dir = (r.htmlDir || '').toLowerCase();
  if (RTL.has(lang) && dir !== 'rtl') {
    add('lang', 'dir', `<html lang="${r.htmlLang}"> without dir="rtl"${r.htmlDir ? ` (dir="${r.htmlDir}")` : ''}`);
  } else if (lang && !RTL.has(lang) && dir && dir !== 'ltr') {
    add('lang', 'dir', `<html lang="${r.htmlLang}" dir="${r.htmlDir}">: a left-to-right language`);
  }
}

/** Every failure on one page: `{ check, rule, detail }`. */
export function failuresOf(r) {
  const out = [];
  const add = (check, rule, detail) => out.push({ check, rule, detail });
  if (r.status >= 500) add('http', `status ${r.status}`, 'server error');
  if (!r.hash) return out;
  if (!r.cspOk) add('no-js', 'csp', "Content-Security-Policy lacks script-src 'none'");
  languageOf(r, add);
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
    if (b.reflow) {
      const how = b.reflow.scrollWidth > 320 ? `scrollWidth ${b.reflow.scrollWidth} > 320` : 'content cut off at 320 px where no scrolling reaches it';
      add('reflow', '320px', `${how}; sticking out: ${b.reflow.elements.join(', ') || '(no single element)'}`);
    }
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
