// Who the crawl is. A role is a name and a function that signs in on a fresh browser context (a `Run`); the
// spider then sees the portal as that person. A role may name `start` pages: the spider begins there too
// (the back office, which residents' pages do not link to), and `paths`: the only pages its spider follows,
// for a role whose other pages another role crawls already. A helper is an address with a demo-data command
// that grants the role, added to ROLES. `staff: true` marks the back office's roles: staff pages speak only
// Dutch and English, so these roles have no light crawl in the residents' other languages (lib/light.mjs).
// `lightSignIn` signs in for the light crawl where `signIn` uses up something the demo data has only one of.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const used = new Set();
let lock = Promise.resolve();

/** Runs `fn` alone: two runs that sign in at once would read each other's mail. */
function serial(fn) {
  const result = lock.then(fn, fn);
  lock = result.catch(() => {});
  return result;
}

/** The newest mail file for `email` that no run has used yet, with the sign-in link in it. */
function waitForSignInLink(mailDir, email, base) {
  return waitForLink(mailDir, email, new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/inloggen/link/[0-9a-f]{64}`));
}

/** The newest mail file for `email` that no run has used yet, with a link that matches `pattern`. */
async function waitForLink(mailDir, email, pattern) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    let files = [];
    try {
      files = readdirSync(mailDir).filter((f) => f.endsWith('.eml') && !used.has(f));
    } catch {
      // The folder appears with the first mail.
    }
    files.sort((a, b) => statSync(join(mailDir, b)).mtimeMs - statSync(join(mailDir, a)).mtimeMs);
    for (const file of files) {
      const text = readFileSync(join(mailDir, file), 'utf8');
      const to = /^To:.*$/im.exec(text)?.[0] || '';
      const link = pattern.exec(text)?.[0];
      if (link && to.toLowerCase().includes(email.toLowerCase())) {
        used.add(file);
        return link;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail for ${email} with ${pattern} in ${mailDir} within 20 s`);
}

/**
 * Signs in with the e-mail link, through the pages a person sees: the form, "check your mail", the link's page
 * with its button, and Mijn loket. Then opens the used link again, which must answer 410 Gone.
 */
export function signInByMail(address, landing = /^\/mijn-loket$/) {
  return (run) =>
    serial(async () => {
      const email = typeof address === 'function' ? address(run.lang) : address;
      const { dom } = await run.goto('/inloggen', 'sign in: form');
      const form = dom.forms.find((f) => f.method === 'post' && new URL(f.action).pathname === '/inloggen');
      if (!form) throw new Error('no sign-in form (POST /inloggen) on /inloggen');
      const sent = await run.submit({ ...form, source: '/inloggen' }, 'geldig', { label: 'sign in: link sent', values: { email } });
      if (!sent) throw new Error('the sign-in form disappeared from /inloggen');
      if (sent.response.status() === 429) {
        throw new Error(`no sign-in link for ${email}: 429, too many links for this address from this client (the light crawl needs the portal started with LOKET_BEHIND_PROXY=true)`);
      }
      const link = new URL(await waitForSignInLink(run.mailDir, email, run.base));
      const { dom: confirm } = await run.goto(link.pathname, 'sign in: link page');
      const button = confirm.forms.find((f) => f.method === 'post' && new URL(f.action).pathname === link.pathname);
      if (!button) throw new Error('the sign-in link page has no form that posts to the link');
      const signedIn = await run.submit({ ...button, source: link.pathname }, 'knop', { label: 'sign in: signed in' });
      if (!signedIn) throw new Error('the button disappeared from the sign-in link page');
      const { response } = signedIn;
      if (!landing.test(new URL(response.url()).pathname)) {
        run.rec.problem('sign in', run.role.name, `expected to land on ${landing}, landed on ${response.url()}`);
      }
      const { response: again } = await run.goto(link.pathname, 'sign in: used link');
      if (again.status() !== 410) {
        run.rec.problem('sign in', run.role.name, `a used sign-in link answered ${again.status()}, expected 410`);
      }
      return true;
    });
}

/**
 * Signs in with DigiD at the test OpenID provider (tests/oidc), as a resident does: the button on /inloggen,
 * the provider's form (its login names the BSN), and back. The requests of the round trip count for the route
 * coverage; the provider's own page is not checked. Then opens the page the portal landed on, checked.
 */
export function signInByDigid(login) {
  return async (run) => {
    const page = run.page;
    await run.goto('/inloggen', 'sign in: choice');
    const toProvider = page.waitForNavigation({ waitUntil: 'load' });
    await page.locator('form[action$="/inloggen/digid"] button').click();
    run.rec.hitChain(await toProvider);
    await page.locator('input[name="login"]').fill(login);
    const back = page.waitForNavigation({ waitUntil: 'load' });
    await page.locator('button[value="inloggen"]').click();
    const response = await back;
    run.rec.hitChain(response);
    const landed = new URL(page.url());
    if (landed.origin !== new URL(run.base).origin) throw new Error(`DigiD sign-in ended at ${page.url()}`);
    await run.goto(landed.pathname + landed.search, 'sign in: back from DigiD');
  };
}

/**
 * Signs in as the demo mantelzorger, then opens an invitation that waits in her mail (one per run: `loket demo`
 * sends two) and accepts it with its button, as a helper would.
 */
function helperWithInvitation(address) {
  const signIn = signInByMail(address);
  return async (run) => {
    await signIn(run);
    const link = new URL(await serial(() => waitForLink(run.mailDir, address, /https?:\/\/[^\s"<>]*\/uitnodiging\/[0-9a-f]{64}/)));
    const { dom } = await run.goto(link.pathname, 'helper: invitation');
    const accept = dom.forms.find((f) => f.method === 'post' && new URL(f.action).pathname === link.pathname);
    if (!accept) throw new Error('the invitation page has no form that posts to the link');
    await run.submit({ ...accept, source: link.pathname }, 'knop', { label: 'helper: invitation accepted' });
  };
}

/**
 * Opens the link of a mail from the demo data, as its receiver does, without signing in; the spider goes on from
 * that page. For pages that only a link in a mail reaches, such as a resident's answer to a helper
 * (`/machtiging/bevestigen/{token}`, the mail to BEVESTIGER in src/demo.rs). The demo data is made before the
 * portal knows its address, so only the path of the link is matched. Every run may open the same link: after
 * the first answer it shows the page for a used link (410). The newest such mail counts.
 */
export function openMailLink(address, path) {
  const pattern = new RegExp(`https?://[^/\\s"<>]+(${path.source})`);
  return async (run) => {
    const deadline = Date.now() + 20000;
    while (Date.now() < deadline) {
      let files = [];
      try {
        files = readdirSync(run.mailDir).filter((f) => f.endsWith('.eml'));
      } catch {
        // The folder appears with the first mail.
      }
      // The newest first, as its receiver reads it: a link sent again (a co-owner asked again) replaces the old.
      files.sort((a, b) => statSync(join(run.mailDir, b)).mtimeMs - statSync(join(run.mailDir, a)).mtimeMs);
      for (const file of files) {
        const text = readFileSync(join(run.mailDir, file), 'utf8').replace(/=\r?\n/g, '');
        const to = /^To:.*$/im.exec(text)?.[0] || '';
        const link = pattern.exec(text)?.[1];
        if (link && to.toLowerCase().includes(address.toLowerCase())) {
          await run.goto(link, 'mail link');
          return;
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no mail for ${address} with a link to ${path} in ${run.mailDir} within 20 s`);
  };
}

export const ROLES = [
  // Also the resident who answers a helper's request by the link in their mail (src/demo.rs, BEVESTIGER), and
  // the co-owner who confirms a blijverslening application (src/blijverslening/demo.rs).
  {
    name: 'anoniem',
    signIn: null,
    mailLink: async (run) => {
      await openMailLink('opa.jansen@example.nl', /\/machtiging\/bevestigen\/[0-9a-f]{64}/)(run);
      await openMailLink('els.devries@example.nl', /\/blijverslening\/eigenaar\/[0-9a-f]{64}/)(run);
    },
  },
  // The demo residents of `loket demo` (src/demo.rs), one per language, each with meldingen in every state.
  { name: 'inwoner', signIn: signInByMail((lang) => (lang === 'en' ? 'resident@example.nl' : 'bewoner@example.nl')) },
  // The demo consulent (src/demo.rs, MEDEWERKERS), in both languages. Every page under /medewerker is reached
  // from the back office's start pages; staff pages are exempt from the plain-Dutch check only (taal.py). The
  // former lists of each scheme are no longer linked: they lead to the work queue, filtered.
  {
    name: 'medewerker',
    staff: true,
    signIn: signInByMail('medewerker@example.nl', /^\/(mijn-loket|medewerker)(\/|$)/),
    start: [
      '/medewerker',
      '/medewerker/cijfers',
      '/medewerker/blijverslening',
      '/medewerker/kindpakket',
      '/medewerker/uitdaagrecht',
    ],
  },
  // The demo administrator (src/demo.rs, MEDEWERKERS): the pages only a beheerder may use, such as the accounts
  // of cliëntondersteuners. Ending an account asks "are you sure?" with radios, which the spider leaves empty.
  {
    name: 'beheerder',
    staff: true,
    signIn: signInByMail('beheerder@example.nl', /^\/(mijn-loket|medewerker)(\/|$)/),
    start: ['/medewerker/beheer/clientondersteuners', '/medewerker/beheer/e-mail', '/medewerker/beheer/bewaren'],
    // The rest of the back office is the consulent's, crawled by that role.
    paths: /^\/medewerker\/beheer\//,
  },
  // The demo cliëntondersteuner (src/clientondersteuners/demo.rs), with the Dutch demo resident as a client
  // and one open request of her organisation; she lands on her dashboard.
  {
    name: 'clientondersteuner',
    signIn: signInByMail('ondersteuner@example.nl', /^\/clienten$/),
    start: ['/clienten'],
    // Her own pages; the residents' pages she opens for a client are the residents' role's.
    paths: /^\/(clienten|namens|machtigingen)(\/|$)/,
  },
  // A resident who signs in with DigiD (the gates' portal has the test OpenID provider as DigiD). A new account
  // is asked for an address first; Mijn loket links to that question while none is given. The resident's other
  // pages are the 'inwoner' role's. `/verder-invullen` shows a form kept while a session had ended; without one
  // it leads to Mijn loket. A callback without its sign-in shows the page to try again.
  {
    name: 'digid',
    signIn: signInByDigid('bsn-999993653'),
    start: ['/mijn-loket', '/verder-invullen', '/inloggen/digid/terug'],
    paths: /^\/(mijn-loket|inloggen\/adres|verder-invullen|inloggen\/digid\/terug)(\/|$)/,
  },
  // The demo mantelzorger (src/demo.rs, MANTELZORGER): she acts for the Dutch resident, and accepts an
  // invitation from her mail. Her pages carry the "namens" band. The demo data has two invitations, which the
  // full crawl accepts (Dutch and English): in the light crawl she signs in and opens the used invitation link,
  // which shows the page for an invitation that is gone.
  {
    name: 'helper',
    signIn: helperWithInvitation('petra@example.nl'),
    lightSignIn: async (run) => {
      await signInByMail('petra@example.nl')(run);
      await openMailLink('petra@example.nl', /\/uitnodiging\/[0-9a-f]{64}/)(run);
    },
    start: ['/namens', '/machtigingen', '/mijn-loket'],
    paths: /^\/(namens|machtigingen|uitnodiging|mijn-loket)(\/|$)/,
  },
];
