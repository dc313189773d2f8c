// A real OpenID provider for innerpulse's single sign-on tests: the certified `oidc-provider`
// package on http://127.0.0.1:PORT, driven by tests/api/helpers/oidc.rs.
//
// Usage: node provider.mjs CONFIG.json   (or the config as the first line of standard input)
//   { "port": N,   // 0 picks a free one
//     "clients": [{ "client_id", "client_secret", "redirect_uris": [..],
//                   "post_logout_redirect_uris": [..] }],   // any other client metadata too
//     "users": { "<sub>": { "email", "email_verified", "name", "groups": [..] } } }
//
// Prints exactly one line on standard output once it listens: {"issuer":"http://127.0.0.1:PORT"}.
// Everything else goes to standard error. Exits when standard input closes, so it ends with the
// process that started it.
//
// What it provides:
// - ID tokens signed RS256 with a key generated at start, carrying the claims of their scopes
//   (conformIdTokenClaims off): `openid` gives sub and `groups`, `email` gives email and
//   email_verified, `profile` gives name.
// - The authorization code flow with PKCE (S256) required for every client.
// - Consent granted automatically (the clients are first party): the only page is the login page
//   at /interaction/:uid, a form with `login` (the sub of a configured user) and `password` (any
//   non-empty value), and a cancel form that sends the client `error=access_denied`.
// - RP-initiated logout at /session/end, with post_logout_redirect_uri and client_id (no
//   id_token_hint needed); the confirmation page is a form `logout` posting `xsrf` and `logout=yes`.
// - Test control, outside the provider's paths:
//     PUT  /__test/users/:sub  {"email", "email_verified", "name", "groups"}  replaces a user
//     POST /__test/fault {"kind": "bad_nonce" | "expired_id_token" | "foreign_key" | "none"}
//          spoils the ID token of the NEXT token response (re-signed: same key with a different
//          nonce; same key with exp and iat in the past; another RSA key with the same kid).

import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';

import * as jose from 'jose';
import Provider from 'oidc-provider';

// oidc-provider prints its notices with console.info; standard output carries one line only.
console.log = console.error;
console.info = console.error;

const FAULTS = new Set(['bad_nonce', 'expired_id_token', 'foreign_key']);

const input = createInterface({ input: process.stdin });
const firstLine = new Promise((resolve) => {
  input.once('line', resolve);
  input.once('close', () => resolve(undefined));
});
// Standard input closing means the test process is gone (or done with us).
input.on('close', () => process.exit(0));

const config = JSON.parse(process.argv[2] ? readFileSync(process.argv[2], 'utf8') : await firstLine);
const users = new Map(Object.entries(config.users ?? {}));
let pendingFault;

const signingKey = await jose.generateKeyPair('RS256', { extractable: true });
const kid = randomUUID();
const signingJwk = { ...(await jose.exportJWK(signingKey.privateKey)), kid, alg: 'RS256', use: 'sig' };

const server = createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(config.port ?? 0, '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: config.clients ?? [],
  jwks: { keys: [signingJwk] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: {
    openid: ['sub', 'groups'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true, logoutSource },
  },
  findAccount(_ctx, sub) {
    if (!users.has(sub)) return undefined;
    return {
      accountId: sub,
      async claims() {
        const user = users.get(sub) ?? {};
        const claims = { sub };
        for (const name of ['email', 'email_verified', 'name', 'groups']) {
          if (user[name] !== undefined && user[name] !== null) claims[name] = user[name];
        }
        return claims;
      },
    };
  },
  // First-party clients: every scope they ask for is granted without a consent page.
  async loadExistingGrant(ctx) {
    const { client, session, params } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
    const grant = (grantId && await ctx.oidc.provider.Grant.find(grantId))
      || new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope(String(params.scope ?? 'openid'));
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-provider server_error:', error));

// Spoils the ID token of the next successful token response when a fault is pending.
provider.use(async (ctx, next) => {
  await next();
  if (!pendingFault || ctx.method !== 'POST' || ctx.path !== '/token') return;
  if (ctx.status !== 200 || typeof ctx.body?.id_token !== 'string') return;
  const kind = pendingFault;
  pendingFault = undefined;
  ctx.body = { ...ctx.body, id_token: await spoil(ctx.body.id_token, kind) };
});

async function spoil(idToken, kind) {
  const header = jose.decodeProtectedHeader(idToken);
  const claims = jose.decodeJwt(idToken);
  let key = signingKey.privateKey;
  if (kind === 'bad_nonce') {
    claims.nonce = `not-${claims.nonce ?? ''}-${randomUUID()}`;
  } else if (kind === 'expired_id_token') {
    const now = Math.floor(Date.now() / 1000);
    claims.iat = now - 7200;
    claims.exp = now - 3600;
    if (claims.auth_time !== undefined) claims.auth_time = now - 7200;
  } else if (kind === 'foreign_key') {
    key = (await jose.generateKeyPair('RS256')).privateKey;
  }
  return new jose.CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader(header)
    .sign(key);
}

function logoutSource(ctx, form) {
  const xsrf = /name="xsrf" value="([^"]*)"/.exec(form)?.[1] ?? '';
  const action = ctx.oidc.urlFor('end_session_confirm');
  ctx.body = page('Sign out', `
    <form id="logout" method="post" action="${escape(action)}">
      <input type="hidden" name="xsrf" value="${escape(xsrf)}"/>
      <button type="submit" name="logout" value="yes">Sign out</button>
    </form>`);
}

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loginPage(uid, error) {
  const base = `/interaction/${encodeURIComponent(uid)}`;
  return page('Sign in to the test provider', `
    ${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
    <form id="login" method="post" action="${base}/login">
      <label>Login <input type="text" name="login" required autofocus></label>
      <label>Password <input type="password" name="password" required></label>
      <button type="submit">Sign in</button>
    </form>
    <form id="cancel" method="post" action="${base}/abort">
      <button type="submit">Cancel</button>
    </form>`);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

// The login page and its two forms: GET shows it, POST .../login signs in, POST .../abort cancels.
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, 'text/plain', 'interaction mismatch\n');
  if (details.prompt.name !== 'login') {
    return send(res, 501, 'text/plain', `unexpected prompt ${details.prompt.name}\n`);
  }
  if (req.method === 'GET' && action === undefined) {
    return send(res, 200, 'text/html; charset=utf-8', loginPage(uid));
  }
  if (req.method === 'POST' && action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'login') {
    const form = new URLSearchParams(await readBody(req));
    const login = form.get('login') ?? '';
    if (!users.has(login) || !form.get('password')) {
      return send(res, 200, 'text/html; charset=utf-8', loginPage(uid, 'Unknown login or empty password.'));
    }
    return provider.interactionFinished(req, res, { login: { accountId: login } }, {
      mergeWithLastSubmission: false,
    });
  }
  return send(res, 405, 'text/plain', 'method not allowed\n');
}

async function testControl(req, res, path) {
  const user = /^\/__test\/users\/([^/]+)$/.exec(path);
  if (user && req.method === 'PUT') {
    users.set(decodeURIComponent(user[1]), JSON.parse(await readBody(req)));
    return send(res, 204, 'text/plain', '');
  }
  if (path === '/__test/fault' && req.method === 'POST') {
    const { kind } = JSON.parse(await readBody(req));
    if (kind === 'none') {
      pendingFault = undefined;
    } else if (FAULTS.has(kind)) {
      pendingFault = kind;
    } else {
      return send(res, 400, 'text/plain', `unknown fault kind ${kind}\n`);
    }
    return send(res, 204, 'text/plain', '');
  }
  return send(res, 404, 'text/plain', 'not found\n');
}

const providerCallback = provider.callback();
server.on('request', async (req, res) => {
  const path = new URL(req.url, issuer).pathname;
  try {
    if (path.startsWith('/__test/')) return await testControl(req, res, path);
    const step = /^\/interaction\/([^/]+)(?:\/(login|abort))?$/.exec(path);
    if (step) return await interaction(req, res, step[1], step[2]);
    return providerCallback(req, res);
  } catch (error) {
    console.error(`${req.method} ${path}:`, error);
    if (!res.headersSent) send(res, 400, 'text/plain', `${error.name}: ${error.message}\n`);
    else res.end();
  }
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
