// The Nu Html Checker (vnu.jar from the npm package vnu-jar), run once over every distinct page body.

import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function vnuJar() {
  return join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
}

/**
 * Writes each `{ key, body }` to `dir/<key>.html`, validates them all in one JVM and returns a map from key to
 * the list of errors `{ line, message, extract }`.
 */
export function validate(pages, dir) {
  mkdirSync(dir, { recursive: true });
  const files = pages.map(({ key, body }) => {
    const file = join(dir, `${key}.html`);
    writeFileSync(file, body);
    return file;
  });
  const errors = new Map(pages.map(({ key }) => [key, []]));
  if (!files.length) return Promise.resolve(errors);
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-Xss4m', '-jar', vnuJar(), '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        let report;
        try {
          report = JSON.parse(stderr || stdout);
        } catch {
          reject(new Error(`vnu.jar gave no JSON report: ${(error?.message || stderr).slice(0, 500)}`));
          return;
        }
        for (const m of report.messages || []) {
          if (m.type !== 'error' && m.subType !== 'fatal') continue;
          const key = basename(decodeURIComponent(m.url || '')).replace(/\.html$/, '');
          const list = errors.get(key);
          if (!list) {
            reject(new Error(`vnu.jar reported on an unknown file: ${m.url}: ${m.message}`));
            return;
          }
          list.push({ line: m.lastLine, message: m.message, extract: (m.extract || '').replace(/\s+/g, ' ').trim() });
        }
        resolve(errors);
      },
    );
  });
}
