// The checks that need a real browser, run on a page that is already loaded: what the DOM holds (links, forms,
// scripts, text), axe-core at a phone and a desktop width, reflow at 320 px, a visible focus on every element
// that Tab reaches, and forms that the keyboard alone can complete.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DESKTOP, PHONE, REFLOW_WIDTH } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what Dutch public bodies must meet (EN 301 549), plus 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Reads what the crawl and the later checks need from the DOM as served: links to follow, forms to submit,
 * resources that count for the page weight, and anything that would run script. Call it before axe is injected.
 */
export async function readDom(page) {
  return page.evaluate(() => {
    const describe = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) return `${s}#${el.id}`;
      const name = el.getAttribute('name');
      if (name) s += `[name="${name}"]`;
      else if (el.classList.length) s += `.${[...el.classList].slice(0, 2).join('.')}`;
      return s;
    };
    const scripting = [];
    for (const el of document.querySelectorAll('script')) scripting.push(`<script> element: ${describe(el)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) scripting.push(`event handler attribute ${attr.name} on ${describe(el)}`);
        if (/^\s*javascript:/i.test(attr.value)) scripting.push(`javascript: URL in ${attr.name} on ${describe(el)}`);
      }
    }
    const links = [...document.querySelectorAll('a[href], area[href]')].map((a) => a.href);
    const forms = [...document.querySelectorAll('form')].map((form, index) => {
      const fields = [...form.elements]
        .filter((el) => el.name && !['fieldset', 'output', 'object'].includes(el.tagName.toLowerCase()))
        .map((el) => ({ name: el.name, tag: el.tagName.toLowerCase(), type: (el.type || '').toLowerCase() }));
      return {
        index,
        method: (form.getAttribute('method') || 'get').toLowerCase(),
        action: form.action,
        fields,
      };
    });
    const resources = new Set();
    for (const l of document.querySelectorAll('link[href]')) {
      if (/\b(stylesheet|icon|preload|manifest)\b/i.test(l.rel)) resources.add(l.href);
    }
    for (const img of document.querySelectorAll('img[src], input[type=image][src], video[poster]')) {
      resources.add(img.src || img.poster);
    }
    for (const s of document.querySelectorAll('[srcset]')) {
      for (const part of s.srcset.split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) resources.add(new URL(url, document.baseURI).href);
      }
    }
    const root = document.documentElement;
    return {
      scripting,
      links,
      forms,
      resources: [...resources],
      hasMain: !!document.querySelector('main'),
      htmlLang: root.getAttribute('lang'),
      htmlDir: root.getAttribute('dir'),
    };
  });
}

/**
 * The visible text of `main` (with every `<details>` opened, so explanations count as page text) as lines, one
 * per block, and the texts that explain words: `<details>`, `<dfn>`, `<abbr title>` and links to the glossary.
 */
export async function readText(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const root = document.querySelector('main') || document.body;
    const lines = root.innerText.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const explanations = [];
    for (const d of document.querySelectorAll('details')) explanations.push({ how: 'details', text: d.innerText });
    for (const d of document.querySelectorAll('dfn')) explanations.push({ how: 'dfn', text: d.textContent });
    for (const a of document.querySelectorAll('abbr[title]')) {
      explanations.push({ how: 'abbr', text: `${a.textContent} ${a.title}` });
    }
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (/(^|\/)begrippen\b|#begrippen\b/.test(href)) explanations.push({ how: 'glossary link', text: a.textContent });
    }
    return { lines, explanations };
  });
}

async function runAxe(page) {
  const injected = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!injected) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    count: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

async function setWidth(page, size) {
  await page.setViewportSize(size);
  // Let layout settle after the media queries change.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * WCAG 1.4.10 at 320 px, in both directions. Overflow towards the end of the line makes the page scroll
 * sideways (to the right in Dutch, to the left in Arabic: `scrollWidth` counts both). Overflow towards the start
 * of the line cannot be scrolled to at all, so `scrollWidth` misses it: the content is simply cut off. So the
 * elements are measured too, against both edges of the viewport, leaving out those inside a box that clips or
 * scrolls sideways itself (a wide table in its own scroll box is allowed).
 */
async function reflow(page) {
  await setWidth(page, { width: REFLOW_WIDTH, height: PHONE.height });
  return page.evaluate((width) => {
    window.scrollTo(0, window.scrollY);
    const scrollWidth = document.documentElement.scrollWidth;
    const clips = (el) => {
      for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const side = (r) => {
      if (r.width <= 0 || r.height <= 0) return null;
      if (r.left < -0.5) return `left by ${Math.round(-r.left)} px`;
      if (r.right > width + 0.5) return `right by ${Math.round(r.right - width)} px`;
      return null;
    };
    const out = [...document.body.querySelectorAll('*')].filter((el) => {
      if (!side(el.getBoundingClientRect())) return false;
      const style = getComputedStyle(el);
      // Hidden on purpose: invisible, or clipped away (the visually-hidden pattern), or inside such a box.
      const clipped = style.clipPath !== 'none' || (style.clip && style.clip !== 'auto');
      return style.visibility !== 'hidden' && !clipped && !clips(el);
    });
    if (scrollWidth <= width && !out.length) return null;
    // Name the innermost elements that stick out, so the owner knows where to look.
    const inner = out.filter((el) => ![...el.children].some((c) => out.includes(c)));
    const describe = (el) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : el.classList.length ? `.${el.classList[0]}` : '') +
      ` (${side(el.getBoundingClientRect())})`;
    return { scrollWidth, elements: inner.slice(0, 3).map(describe) };
  }, REFLOW_WIDTH);
}

/**
 * Presses Tab through the whole page. Every element that gets focus must show it (an outline, or a box-shadow
 * it does not have without focus) and be on screen. Then every control of every form must have been reached.
 */
async function keyboard(page) {
  // A focusin listener judges each element as it gets focus, so each Tab costs one round trip.
  const limit = await page.evaluate(() => {
    const gate = { reached: new Set(), shadow: new Map(), steps: [], done: false };
    window.__gate = gate;
    const candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
    for (const el of candidates) gate.shadow.set(el, getComputedStyle(el).boxShadow);
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
    const transparent = (c) => /rgba\(.*,\s*0\)$/.test(c) || c === 'transparent';
    document.addEventListener('focusin', () => {
      const el = document.activeElement;
      if (!el || el === document.body || gate.reached.has(el)) {
        gate.done = true;
        return;
      }
      gate.reached.add(el);
      // Chromium scrolls the element into view after focusin; measure after that.
      const style = getComputedStyle(el);
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== gate.shadow.get(el);
      const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
        (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '') + (text ? ` "${text.slice(0, 40)}"` : '');
      gate.steps.push({ el, visible: outline || shadow, name });
    });
    return Math.min(candidates.length + 5, 400);
  });
  // Presses go out ten at a time (Chromium handles input events in order), then the page says if it is done.
  for (let i = 0; i < limit; i += 10) {
    await Promise.all(Array.from({ length: 10 }, () => page.keyboard.press('Tab')));
    if (await page.evaluate(() => window.__gate.done)) break;
  }
  const focusProblems = await page.evaluate(() =>
    window.__gate.steps.flatMap(({ el, visible, name }) => {
      const problems = [];
      if (!visible) problems.push(`no visible focus indicator on ${name}`);
      el.focus();
      const r = el.getBoundingClientRect();
      const onScreen = r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      if (!onScreen) problems.push(`focused element is not visible on screen: ${name}`);
      return problems;
    }),
  );
  const formProblems = await page.evaluate(() => {
    const problems = [];
    const reached = window.__gate.reached;
    document.querySelectorAll('form').forEach((form, index) => {
      const label = `form ${index + 1} (${(form.getAttribute('method') || 'get').toLowerCase()} ${form.getAttribute('action') || ''})`;
      const radiosReached = new Set();
      const radioGroups = new Set();
      const controls = [...form.elements].filter((el) => {
        const tag = el.tagName.toLowerCase();
        return ['input', 'select', 'textarea', 'button'].includes(tag) && el.type !== 'hidden' && !el.disabled;
      });
      for (const el of controls) {
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : el.name ? `[name="${el.name}"]` : '') +
          (el.tagName === 'BUTTON' ? ` "${el.innerText.trim().slice(0, 30)}"` : '');
        if (el.getAttribute('tabindex') !== null && el.tabIndex < 0) {
          problems.push(`${label}: ${name} has tabindex=${el.getAttribute('tabindex')}`);
          continue;
        }
        if (el.type === 'radio') {
          radioGroups.add(el.name);
          if (reached.has(el)) radiosReached.add(el.name);
          continue;
        }
        if (!reached.has(el)) problems.push(`${label}: Tab never reaches ${name}`);
      }
      for (const group of radioGroups) {
        if (!radiosReached.has(group)) problems.push(`${label}: Tab never reaches the radio group "${group}"`);
      }
      const submit = controls.find((el) => ['submit', 'image'].includes(el.type));
      if (!submit && !form.querySelector('button:not([type]), [type=submit]')) {
        problems.push(`${label}: has no submit button`);
      }
    });
    return problems;
  });
  return { focusProblems, formProblems };
}

/**
 * All browser checks for the loaded page. The page is left at the phone width with every `<details>` open.
 */
export async function checkInBrowser(page, { light = false } = {}) {
  const text = await readText(page);
  await setWidth(page, PHONE);
  const axePhone = await runAxe(page);
  const wide = await reflow(page);
  // A page in a language of the light crawl: axe on the phone and the reflow at 320 px are what a language
  // changes (words, direction). The desktop width and the keyboard walk see the same markup as in Dutch.
  if (light) return { text, axePhone, axeDesktop: [], reflow: wide, focusProblems: [], formProblems: [] };
  await setWidth(page, DESKTOP);
  const axeDesktop = await runAxe(page);
  const keys = await keyboard(page);
  await setWidth(page, PHONE);
  return { text, axePhone, axeDesktop, reflow: wide, ...keys };
}
