// The spider. One run is one role in one language, in its own browser context: it signs in (the role's
// function), then follows every same-origin link from `/` and submits every form it finds, through the browser
// so that Origin and Sec-Fetch-* are what a person's browser sends. A signed-in run ends by signing out.

import { newContext } from './browser.mjs';

/** Opened as well as `/`, so that the not-found page is checked even when every link works. */
export const NOT_FOUND_PROBE = '/deze-pagina-bestaat-niet';

/** Pages that by design no page links to; the spider starts from them too. Keep it short, with reasons. */
export const UNLINKED = [
  // The component gallery, for testers and reviewers of the design system.
  '/componenten',
  // Browsers ask for the icon here by themselves; pages name `/static/favicon.svg` in a <link>, which the
  // crawl does not follow, so it is opened on its own: a 301 to that icon.
  '/favicon.ico',
];

/** Links the spider does not follow: the language switch (checked on its own) and signing out (a POST). */
const LANGUAGE_SWITCH = /^\/taal\//;
const SIGN_OUT = '/uitloggen';

const TEXT_LIKE = new Set(['', 'text', 'email', 'tel', 'url', 'search', 'number', 'password']);

/** A value that no field should accept, so that a post shows its error state (422). */
function invalidValue(field) {
  if (field.type === 'email' || /e-?mail/i.test(field.name)) return 'x@';
  if (['number', 'tel'].includes(field.type) || field.numeric) return 'abc';
  return '99';
}

let runs = 0;

export class Run {
  constructor({ browser, base, role, lang, rec, mailDir, languageLinks, contextOptions }) {
    Object.assign(this, { browser, base, role, lang, rec, mailDir, languageLinks, contextOptions });
    /** Which run made a visit: runs of one role and language can go side by side (lib/light.mjs). */
    this.id = ++runs;
    /** What the run is doing, kept with each visit: 'sign-in', 'mail-link', 'crawl' or 'sign-out'. */
    this.phase = 'crawl';
    this.origin = new URL(base).origin;
    this.queue = [];
    this.seenUrls = new Set();
    this.seenForms = new Set();
    this.signOutForm = null;
    this.linkSource = new Map();
  }

  async open() {
    this.context = await newContext(this.browser, this.base, this.lang, this.contextOptions);
    this.page = await this.context.newPage();
  }

  async close() {
    await this.context?.close().catch(() => {});
  }

  /** A same-origin path worth visiting, or null. Remembers language-switch links for their own check. */
  local(href) {
    let u;
    try {
      u = new URL(href, this.base);
    } catch {
      return null;
    }
    if (u.origin !== this.origin || !/^https?:$/.test(u.protocol)) return null;
    if (LANGUAGE_SWITCH.test(u.pathname)) {
      this.languageLinks.add(u.pathname + u.search);
      return null;
    }
    if (u.pathname === SIGN_OUT) return null;
    // The header's sign-in link names the page to come back to: the same sign-in page from every page.
    if (u.pathname === '/inloggen' && [...u.searchParams.keys()].every((k) => k === 'terug')) return u.pathname;
    return u.pathname + u.search;
  }

  /** A form is the same form when only the number of its repeated blocks differs (`kind-3-voornaam` is
   * `kind-N-voornaam`): one more child on the page is not a new form to post. */
  formKey(form) {
    const action = new URL(form.action, this.base);
    const names = [...new Set(form.fields.map((f) => f.name.replace(/\d+/g, 'N')))].sort();
    return `${form.method} ${action.pathname} ${names.join(',')}`;
  }

  /** Whether this role's spider goes to `path`: a role with `paths` stays on its own pages (the rest is the same
   * page another role crawls already, and the crawl must stay within its time). */
  inScope(path) {
    return !this.role.paths || this.role.paths.test(path);
  }

  enqueue(source, dom) {
    for (const href of dom.links) {
      const path = this.local(href);
      if (path && !this.seenUrls.has(path) && this.inScope(path)) {
        if (!this.linkSource.has(path)) this.linkSource.set(path, source);
        this.queue.push({ kind: 'url', path });
      }
    }
    for (const form of dom.forms) {
      const action = new URL(form.action, this.base);
      if (action.origin !== this.origin) continue;
      if (action.pathname !== SIGN_OUT && !this.inScope(action.pathname)) continue;
      const key = this.formKey(form);
      if (this.seenForms.has(key)) continue;
      this.seenForms.add(key);
      const job = { ...form, source };
      if (action.pathname === SIGN_OUT) {
        this.signOutForm = job;
        continue;
      }
      const textLike = form.fields.some((f) => f.tag === 'textarea' || (f.tag === 'input' && TEXT_LIKE.has(f.type)));
      const variants = form.method === 'post' && textLike ? ['leeg', 'ongeldig'] : ['leeg'];
      for (const variant of variants) this.queue.push({ kind: 'form', form: job, variant });
    }
  }

  /** Opens a page of the portal, checks it and queues what it links to. */
  async goto(path, label = '') {
    this.seenUrls.add(path);
    let response;
    try {
      response = await this.page.goto(new URL(path, this.base).href, { waitUntil: 'load' });
    } catch (error) {
      if (!/Download is starting/.test(String(error))) throw error;
      return this.download(path);
    }
    const final = new URL(this.page.url());
    const finalPath = final.pathname + final.search;
    if (finalPath !== path && this.seenUrls.has(finalPath) && !label) {
      this.rec.hitChain(response);
      return { response, dom: null };
    }
    this.seenUrls.add(finalPath);
    const dom = await this.rec.visit(this.page, response, { role: this.role.name, lang: this.lang, label, phase: this.phase, run: this.id });
    if (response.status() === 404 && path !== NOT_FOUND_PROBE && this.linkSource.has(path)) {
      this.rec.brokenLinks.push({ role: this.role.name, lang: this.lang, from: this.linkSource.get(path), to: path });
    }
    this.enqueue(finalPath, dom);
    return { response, dom };
  }

  /**
   * A link that the browser downloads instead of showing (`Content-Disposition: attachment`, such as an uploaded
   * plan): fetched again with the same cookies, counted for the route coverage, and checked to be an
   * attachment that the browser may not sniff into a page.
   */
  async download(path) {
    const url = new URL(path, this.base).href;
    const response = await this.context.request.get(url);
    this.rec.hit('GET', url);
    const headers = response.headers();
    const where = `${this.role.name}/${this.lang} ${path}`;
    if (response.status() !== 200) this.rec.problem('download', where, `answered ${response.status()}`);
    if (!/^attachment\b/.test(headers['content-disposition'] || '')) {
      this.rec.problem('download', where, 'a download without Content-Disposition: attachment');
    }
    if (headers['x-content-type-options'] !== 'nosniff') {
      this.rec.problem('download', where, 'a download without X-Content-Type-Options: nosniff');
    }
    return { response: null, dom: null };
  }

  /**
   * Submits form number `form.index` of page `form.source` as a person would: fill in, press the submit
   * button. `values` maps field names to what to type; without it, `variant` 'ongeldig' types invalid values
   * and 'leeg' types nothing. Returns null when the form is no longer on its page.
   */
  async submit(form, variant, { label, values } = {}) {
    const key = this.formKey(form);
    this.seenForms.add(key);
    await this.page.goto(new URL(form.source, this.base).href, { waitUntil: 'load' });
    // The page may have changed since the form was found (signed in since, say): find the same form again, or
    // skip it when it is gone.
    const forms = await this.page.evaluate(() =>
      [...document.querySelectorAll('form')].map((f) => ({
        method: (f.getAttribute('method') || 'get').toLowerCase(),
        action: f.action,
        fields: [...f.elements]
          .filter((el) => el.name && !['fieldset', 'output', 'object'].includes(el.tagName.toLowerCase()))
          .map((el) => ({ name: el.name })),
      })),
    );
    const matches = forms.map((f, i) => (this.formKey(f) === key ? i : -1)).filter((i) => i >= 0);
    if (!matches.length) return null;
    const index = matches.includes(form.index) ? form.index : matches[0];
    await this.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const el = this.page.locator('form').nth(index);
    if (values || variant === 'ongeldig') {
      const inputs = el.locator('input, textarea');
      for (let i = 0; i < (await inputs.count()); i++) {
        const input = inputs.nth(i);
        const f = await input.evaluate((n) => ({
          name: n.name,
          tag: n.tagName.toLowerCase(),
          type: (n.getAttribute('type') || '').toLowerCase(),
          numeric: n.inputMode === 'numeric' || n.inputMode === 'decimal',
          disabled: n.disabled || n.readOnly,
        }));
        if (f.disabled || !(f.tag === 'textarea' || TEXT_LIKE.has(f.type))) continue;
        const value = values ? values[f.name] : invalidValue(f);
        if (value !== undefined) await input.fill(value, { force: true });
      }
    }
    const button = el.locator('button:not([type]), button[type=submit], input[type=submit], input[type=image]');
    // Browser validation would stop the post, and its bubbles are neither accessible nor translated: the
    // portal validates on the server (novalidate), so the 422 page with the error summary is what people see.
    const blocked = await el.evaluate(
      (f) => !f.noValidate && !f.querySelector('[formnovalidate]') && !f.checkValidity(),
    );
    if (blocked) {
      this.rec.problem('forms', `${this.role.name}/${this.lang} ${form.source}`,
        `form to ${new URL(form.action).pathname} has no novalidate: the browser blocks the ${variant} post, so its error page is never shown`);
      return null;
    }
    const navigation = this.page.waitForNavigation({ waitUntil: 'load' });
    if (await button.count()) await button.first().click();
    else await el.evaluate((f) => f.requestSubmit());
    const response = await navigation;
    const action = new URL(form.action, this.base).pathname;
    const final = new URL(this.page.url());
    this.seenUrls.add(final.pathname + final.search);
    const dom = await this.rec.visit(this.page, response, {
      role: this.role.name,
      lang: this.lang,
      label: label || `${form.method.toUpperCase()} ${action} (${variant})`,
      phase: this.phase,
      run: this.id,
      // Enough to find and post the same form again (lib/light.mjs), not the values typed for a sign-in.
      form: {
        source: form.source,
        index: form.index,
        method: form.method,
        action: form.action,
        fields: form.fields.map((f) => ({ name: f.name })),
        variant,
      },
    });
    this.enqueue(final.pathname + final.search, dom);
    return { response, dom };
  }

  async spider(starts) {
    for (const path of starts) this.queue.push({ kind: 'url', path });
    while (this.queue.length) {
      const job = this.queue.shift();
      try {
        if (job.kind === 'url') {
          if (this.seenUrls.has(job.path)) continue;
          await this.goto(job.path, job.path === NOT_FOUND_PROBE ? 'not found (probe)' : '');
        } else {
          await this.submit(job.form, job.variant);
        }
      } catch (e) {
        const what = job.kind === 'url' ? job.path : `form on ${job.form.source} -> ${job.form.action}`;
        this.rec.problem('crawl', `${this.role.name}/${this.lang} ${what}`, String(e.message || e).split('\n')[0]);
      }
    }
  }

  async signOut() {
    if (!this.signOutForm) return;
    try {
      await this.submit(this.signOutForm, 'leeg', { label: 'sign out' });
    } catch (e) {
      this.rec.problem('crawl', `${this.role.name}/${this.lang} sign out`, String(e.message || e).split('\n')[0]);
    }
  }
}

/** Checks each language-switch link the crawl found: a 303 to a page of the portal that sets the cookie. */
export async function checkLanguageLinks(request, rec, links) {
  const byPath = new Map();
  for (const link of links) {
    const path = link.split('?')[0];
    if (!byPath.has(path)) byPath.set(path, link);
  }
  for (const link of byPath.values()) {
    const response = await request.get(link, { maxRedirects: 0 });
    rec.hit('GET', link);
    const location = response.headers().location || '';
    const cookie = response.headers()['set-cookie'] || '';
    if (response.status() !== 303 || !location.startsWith('/') || !/\btaal=/.test(cookie)) {
      rec.problem('language switch', link, `expected 303 to a local page setting the taal cookie, got ${response.status()} ${location}`);
    }
  }
}
