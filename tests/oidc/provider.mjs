// The OpenID provider of the tests: `oidc-provider`, configured as a DigiD/eHerkenning broker would be.
//
// Usage: node provider.mjs <portal base> [--blijf]   (e.g. http://loket.test)
// Prints one line, "issuer http://127.0.0.1:<port>", once it listens on a free port.
//
// Accounts are named by what they prove, typed into the provider's own sign-in form:
//   bsn-<digits>    a resident with that BSN, at level "substantieel"
//   basis-<digits>  the same at level "basis"
//   zonder-bsn      a resident without a BSN claim
//   kvk-<digits>    an organisation with that KVK number (eHerkenning), at loa3
//   mail-<address>  a member of staff with that e-mail address
//   storing         the provider answers the portal with an error
// The form's "Annuleren" button cancels, as a resident does at DigiD.
//
// Clients: "loket" is the honest one. The others get an ID token that is wrong in one way, made by re-signing
// the provider's own token: "loket-andere-sleutel" (signed with another key), "loket-andere-aud",
// "loket-verlopen", "loket-andere-iss", "loket-andere-nonce".

import http from 'node:http';
import Provider from 'oidc-provider';
import { generateKeyPair, exportJWK, SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';

const terug = (process.argv[2] || 'http://loket.test').replace(/\/$/, '');
const LEVELS = {
  basis: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
  substantieel: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard',
  loa3: 'urn:etoegang:core:assurance-class:loa3',
};

async function key(kid) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}
const signing = await key('test-sleutel');
const foreign = await key('test-sleutel'); // the same kid, another key: only the signature tells them apart

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const redirects = ['digid', 'eherkenning', 'medewerker'].map((p) => `${terug}/inloggen/${p}/terug`);
const client = (client_id) => ({
  client_id,
  client_secret: 'geheim',
  redirect_uris: redirects,
  post_logout_redirect_uris: [`${terug}/uitgelogd`],
  response_types: ['code'],
  grant_types: ['authorization_code'],
});
const TAMPER = ['loket-andere-sleutel', 'loket-andere-aud', 'loket-verlopen', 'loket-andere-iss', 'loket-andere-nonce'];

function account(id) {
  const claims = { sub: id };
  let acr = LEVELS.substantieel;
  let m;
  if ((m = /^bsn-(\d+)$/.exec(id))) claims.bsn = m[1];
  else if ((m = /^basis-(\d+)$/.exec(id))) { claims.bsn = m[1]; acr = LEVELS.basis; }
  else if ((m = /^kvk-(\d+)$/.exec(id))) { claims.kvk = m[1]; acr = LEVELS.loa3; }
  else if ((m = /^mail-(.+)$/.exec(id))) claims.email = m[1];
  else if (id !== 'zonder-bsn') return undefined;
  return { claims, acr };
}

const provider = new Provider(issuer, {
  clients: [client('loket'), ...TAMPER.map(client)],
  jwks: { keys: [signing] },
  cookies: { keys: ['test-cookie-sleutel'] },
  claims: { openid: ['sub', 'bsn', 'kvk', 'email'] },
  conformIdTokenClaims: false,
  acrValues: Object.values(LEVELS),
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
  async findAccount(ctx, id) {
    const found = account(id);
    return found && { accountId: id, claims: () => found.claims };
  },
  // A first-party client: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid');
    grant.addOIDCClaims(['bsn', 'kvk', 'email']);
    await grant.save();
    return grant;
  },
});

// Re-signs the ID token of a tampering client.
provider.use(async (ctx, next) => {
  await next();
  const clientId = ctx.oidc?.client?.clientId;
  if (ctx.path !== '/token' || !ctx.body?.id_token || !TAMPER.includes(clientId)) return;
  const claims = decodeJwt(ctx.body.id_token);
  const header = decodeProtectedHeader(ctx.body.id_token);
  let sleutel = signing;
  const now = Math.floor(Date.now() / 1000);
  if (clientId === 'loket-andere-sleutel') sleutel = foreign;
  if (clientId === 'loket-andere-aud') claims.aud = 'iemand-anders';
  if (clientId === 'loket-verlopen') { claims.iat = now - 7200; claims.exp = now - 3600; }
  if (clientId === 'loket-andere-iss') claims.iss = 'http://127.0.0.1:1/nep';
  if (clientId === 'loket-andere-nonce') claims.nonce = 'een-andere-nonce';
  const { importJWK } = await import('jose');
  ctx.body = { ...ctx.body, id_token: await new SignJWT(claims).setProtectedHeader(header).sign(await importJWK(sleutel, 'RS256')) };
});

const page = (body) => `<!doctype html><html lang="nl"><head><title>Test-DigiD</title></head><body>${body}</body></html>`;
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page(`<h1>Inloggen</h1><p>${escape(details.params.client_id)}</p>
      <form method="post" action="/interaction/${escape(details.uid)}">
        <label for="login">Gebruikersnaam</label> <input id="login" name="login">
        <button name="knop" value="inloggen">Inloggen</button>
        <button name="knop" value="annuleren">Annuleren</button>
      </form>`));
    return;
  }
  const body = new URLSearchParams(await new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data));
  }));
  const login = body.get('login') || '';
  let result;
  if (body.get('knop') === 'annuleren') {
    result = { error: 'access_denied', error_description: 'De gebruiker heeft het inloggen geannuleerd.' };
  } else if (login === 'storing') {
    result = { error: 'temporarily_unavailable', error_description: 'Storing bij de test-provider.' };
  } else if (account(login)) {
    result = { login: { accountId: login, acr: account(login).acr } };
  } else {
    res.statusCode = 400;
    res.end(page('<p>Onbekende gebruiker</p>'));
    return;
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((err) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  } else {
    callback(req, res);
  }
});
console.log(`issuer ${issuer}`);
// Stops when the test process that started it ends (its stdin closes), unless told to stay (`--blijf`: the
// quality gates stop it themselves).
if (process.argv[3] !== '--blijf') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
