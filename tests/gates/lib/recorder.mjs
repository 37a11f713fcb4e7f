// What the crawl saw: one record per page visit (with the checks' results), every request made (for the route
// coverage) and problems that belong to no single page. Browser checks run once per distinct HTML body.

import { createHash } from 'node:crypto';
import { checkInBrowser, readDom } from './check-page.mjs';
import { LIGHT_LANGS } from './light.mjs';

export class Recorder {
  constructor(base) {
    this.base = base;
    this.records = [];
    /** `METHOD path` of every request the gate made, redirects included. */
    this.hits = [];
    /** Problems outside any single page: { check, where, detail }. */
    this.problems = [];
    /** Links that led to a 404, with the page they were found on. */
    this.brokenLinks = [];
    /** States of a Dutch run that its light run in another language did not reproduce: { role, lang, key, why }. */
    this.lightMissing = [];
    this.browserResults = new Map();
  }

  hit(method, url) {
    const u = new URL(url, this.base);
    if (u.origin === new URL(this.base).origin) this.hits.push({ method: method.toUpperCase(), path: u.pathname });
  }

  /** Every request of a navigation, from the first through its redirects to the page. */
  hitChain(response) {
    const chain = [];
    for (let r = response.request(); r; r = r.redirectedFrom()) chain.unshift(r);
    for (const r of chain) this.hit(r.method(), r.url());
  }

  problem(check, where, detail) {
    this.problems.push({ check, where, detail });
  }

  /**
   * Records the page the browser shows after `response` and runs the checks on it. Returns what the DOM links
   * to and which forms it has, for the crawl.
   */
  async visit(page, response, meta) {
    this.hitChain(response);
    const url = new URL(page.url());
    // The sign-in page of an OpenID provider (DigiD, eHerkenning) is the provider's: not checked here.
    if (url.origin !== new URL(this.base).origin) return { links: [], forms: [] };
    const headers = await response.allHeaders();
    const status = response.status();
    let body;
    try {
      body = await response.body();
    } catch {
      body = Buffer.from(await page.content());
    }
    const record = {
      id: this.records.length + 1,
      role: meta.role,
      lang: meta.lang,
      url: url.pathname + url.search,
      label: meta.label || '',
      // Which part of a run made the visit (sign-in, mail-link, crawl, sign-out), and for a form post the form
      // and how it was filled in: the light crawl of the other languages visits the same states again.
      phase: meta.phase || 'crawl',
      run: meta.run,
      ...(meta.form ? { form: meta.form } : {}),
      status,
      contentType: headers['content-type'] || '',
    };
    this.records.push(record);
    if (!/text\/html/.test(record.contentType)) return { links: [], forms: [] };

    record.hash = createHash('sha1').update(body).digest('hex').slice(0, 16);
    record.body = body;
    const csp = headers['content-security-policy'] || '';
    record.cspOk = /(^|;)\s*script-src\s+'none'\s*(;|$)/.test(csp);
    const dom = await readDom(page);
    record.scripting = dom.scripting;
    if (!dom.scripting.length && /<script\b/i.test(body.toString('utf8'))) record.scripting.push('<script> in the HTML');
    record.hasMain = dom.hasMain;
    record.htmlLang = dom.htmlLang;
    record.htmlDir = dom.htmlDir;
    record.resources = dom.resources;
    // The browser checks see the DOM and the CSS, not where a link goes: pages that differ only in the
    // language switch's way back (`?terug=<this page>`) are checked once, as are 404 pages at different paths.
    const browserKey = createHash('sha1')
      .update(body.toString('utf8').replace(/([?&](?:amp;)?terug=)[^"&]*/g, '$1'))
      .digest('hex');
    let results = this.browserResults.get(browserKey);
    if (!results) {
      results = await checkInBrowser(page, { light: LIGHT_LANGS.includes(meta.lang) });
      this.browserResults.set(browserKey, results);
    }
    record.browser = results;
    return dom;
  }
}
