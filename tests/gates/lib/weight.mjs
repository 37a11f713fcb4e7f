// Page weight on a first visit: the HTML plus every stylesheet, image, icon and font it needs, each gzipped at
// level 6 (what the portal's compression sends). 14 KB is what the first round trip of a new connection
// carries (TCP's initial window of 10 packets), so a page within it shows without waiting on a slow phone line.

import { gzipSync } from 'node:zlib';

export const WEIGHT_LIMIT = 14336;

const gz = (buffer) => Math.min(buffer.length, gzipSync(buffer, { level: 6 }).length);

/** Fetches each resource once (with what it pulls in: `@import` and `url()` in CSS) and knows its size. */
export class Resources {
  constructor(request, rec) {
    this.request = request;
    this.rec = rec;
    this.sizes = new Map();
  }

  async size(url, seen = new Set()) {
    if (seen.has(url)) return 0;
    seen.add(url);
    if (!this.sizes.has(url)) this.sizes.set(url, this.fetch(url));
    const { bytes, nested } = await this.sizes.get(url);
    let total = bytes;
    for (const n of nested) total += await this.size(n, seen);
    return total;
  }

  async fetch(url) {
    const response = await this.request.get(url);
    this.rec.hit('GET', url);
    if (!response.ok()) {
      this.rec.problem('weight', url, `resource answered ${response.status()}`);
      return { bytes: 0, nested: [] };
    }
    const body = await response.body();
    const nested = [];
    if (/text\/css/.test(response.headers()['content-type'] || '')) {
      const css = body.toString('utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
        const ref = m[2] || m[4];
        if (!ref.startsWith('data:')) nested.push(new URL(ref, url).href);
      }
    }
    return { bytes: gz(body), nested };
  }

  /** Sets `record.weight` (bytes) and `record.weightParts`. */
  async weigh(record) {
    const html = gz(record.body);
    let total = html;
    const seen = new Set();
    for (const url of record.resources || []) total += await this.size(url, seen);
    record.weight = total;
    record.weightParts = { html, other: total - html };
  }
}
