#!/usr/bin/env node
// Turns a staged, un-hashed build into a release that is safe to cache:
//
//   node scripts/release.mjs STAGE OUT
//
// 1. Content-hashed names for everything but the entry points: NAME.<hash8>.EXT for
//    the Wasm files, their glue, main.js, embed.js, the CSS and the favicon. A file is
//    hashed after the names it references were rewritten, so a change to the Wasm
//    renames the Wasm, its glue and the scripts importing the glue.
// 2. The entry points keep stable names and reference the hashed files: index.html,
//    embed.html, sw.js, delais-widget.js, delais-api.js, delais-api.d.ts (and the demo
//    pages in examples/). index.html and embed.html carry the release id in
//    <meta name="delais-release">.
// 3. The service worker (static/sw.js is a template) gets the release id and the exact
//    list of files it precaches; release.json is the same manifest for people and tests.
// 4. FILE.br and FILE.gz beside every text file and Wasm, for nginx's brotli_static
//    and gzip_static.
// The pages lose their HTML comments (the release id is computed before, on the files
// as staged).
// Fails when an output references a hashed name that does not exist, or still names a
// file that was renamed, or when a page's inline script is not allowed, by its hash, by
// the Content-Security-Policy in deploy/ (nginx's snippet and the _headers file).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPRESSIBLE, precompress } from './precompress.mjs';

const [stage, out] = process.argv.slice(2);
if (!stage || !out) {
  console.error('usage: node scripts/release.mjs STAGE OUT');
  process.exit(2);
}
if (!existsSync(path.join(stage, 'index.html'))) {
  console.error(`release: ${stage}/index.html missing (scripts/build.sh stages the build first)`);
  process.exit(1);
}

// Hashed, in dependency order: a file comes after every file it references.
const HASHED = [
  'delais_bg.wasm', 'engine_bg.wasm', 'caseload_bg.wasm',
  'delais.js', 'engine.js', 'caseload.js',
  'main.js', 'embed.js', 'dossiers.js',
  'styles/main.css', 'styles/print.css', 'styles/caseload.css', 'delais-widget.css', 'favicon.svg',
];
// Stable names, always revalidated: what people and partner sites point at.
const ENTRIES = ['index.html', 'embed.html', 'dossiers.html', 'delais-widget.js', 'delais-api.js', 'delais-api.d.ts', 'error.html'];
// Pages the service worker answers navigations with, by path.
const PAGES = ['index.html', 'embed.html', 'dossiers.html'];
// What the service worker precaches: the page, the iframe embed and the caseload page,
// nothing of the partner-only files (a partner site's own origin never runs this worker).
const PRECACHE = ['index.html', 'embed.html', 'dossiers.html', 'main.js', 'embed.js', 'delais.js',
  'delais_bg.wasm', 'styles/main.css', 'styles/print.css', 'favicon.svg'];
// The caseload page's own code, kept by the worker when that page first loads it: an
// applicant on a phone plan never downloads the counsellors' Wasm in the background.
const ON_USE = ['dossiers.js', 'caseload.js', 'caseload_bg.wasm', 'styles/caseload.css'];

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function walk(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix + entry.name;
    return entry.isDirectory() ? walk(path.join(dir, entry.name), `${rel}/`) : [rel];
  }).sort();
}

rmSync(out, { recursive: true, force: true });
cpSync(stage, out, { recursive: true });
const file = (rel) => path.join(out, rel);
for (const rel of [...HASHED, ...ENTRIES, 'sw.js']) {
  if (!existsSync(file(rel))) { console.error(`release: ${rel} missing from ${stage}`); process.exit(1); }
}
// A stale FILE.gz / FILE.br in the stage would be served for a changed FILE.
for (const rel of walk(out)) if (/\.(gz|br)$/.test(rel)) rmSync(file(rel));

// logical path -> hashed path
const names = {};
// Every reference to an already-renamed file, by its base name (that is how the files
// refer to each other: "./delais.js", "styles/main.css", new URL("delais_bg.wasm", …)).
function rewrite(text) {
  for (const [logical, hashed] of Object.entries(names)) {
    const base = path.posix.basename(logical);
    text = text.replace(new RegExp(`(?<![\\w.-])${escape(base)}(?![\\w-])`, 'g'), path.posix.basename(hashed));
  }
  return text;
}
const isText = (rel) => !rel.endsWith('.wasm');

for (const rel of HASHED) {
  let data = readFileSync(file(rel));
  if (isText(rel)) data = Buffer.from(rewrite(data.toString('utf8')));
  const ext = path.posix.extname(rel);
  const hashed = `${rel.slice(0, -ext.length)}.${sha256(data).slice(0, 8)}${ext}`;
  rmSync(file(rel));
  writeFileSync(file(hashed), data);
  names[rel] = hashed;
}

// The entry points and the demo pages reference the hashed names.
const others = walk(out).filter((rel) => !Object.values(names).includes(rel) && rel !== 'sw.js' && isText(rel) && COMPRESSIBLE.test(rel));
for (const rel of others) writeFileSync(file(rel), rewrite(readFileSync(file(rel), 'utf8')));

// The release id: the worker's files' names and contents (the pages without their id).
const precache = PRECACHE.map((rel) => names[rel] ?? rel);
const onUse = ON_USE.map((rel) => names[rel] ?? rel);
const release = sha256([...precache, ...onUse].map((rel) => `${rel}\0${sha256(readFileSync(file(rel)))}\n`).join('')).slice(0, 12);
for (const rel of PAGES) {
  // The pages' comments are for people reading the source (index.html, embed.html).
  const html = readFileSync(file(rel), 'utf8').replace(/\n?[ \t]*<!--[\s\S]*?-->/g, '');
  const marked = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  <meta name="delais-release" content="${release}">`);
  if (marked === html) { console.error(`release: no <meta charset="utf-8"> in ${rel}`); process.exit(1); }
  writeFileSync(file(rel), marked);
}

// The template's placeholders, as written or minified ('…' or "…").
const template = readFileSync(file('sw.js'), 'utf8');
const RELEASE_PLACEHOLDER = /(['"])__DELAIS_RELEASE__\1/;
if (!RELEASE_PLACEHOLDER.test(template) || !template.includes('__DELAIS_FILES__') || !template.includes('__DELAIS_ON_USE__')) {
  console.error('release: sw.js is not the template (no __DELAIS_RELEASE__ / __DELAIS_FILES__ / __DELAIS_ON_USE__)');
  process.exit(1);
}
const list = (files) => JSON.stringify(files).replaceAll('"', "'").replaceAll(',', ', ');
writeFileSync(file('sw.js'), template
  .replace(RELEASE_PLACEHOLDER, () => JSON.stringify(release).replaceAll('"', "'"))
  .replace('__DELAIS_FILES__', () => list(precache))
  .replace('__DELAIS_ON_USE__', () => list(onUse)));

const manifest = { release, precache, on_use: onUse, files: names, entry_points: [...ENTRIES, 'sw.js'] };
writeFileSync(file('release.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// Checks: no output still names a renamed file; every hashed name referenced exists.
const problems = [];
const all = walk(out);
for (const rel of all.filter((r) => isText(r) && COMPRESSIBLE.test(r) && r !== 'release.json')) {
  const text = readFileSync(file(rel), 'utf8');
  for (const logical of Object.keys(names)) {
    if (names[logical] === rel) continue; // a comment naming the file itself
    const base = path.posix.basename(logical);
    if (new RegExp(`(?<![\\w.-])${escape(base)}(?![\\w-])`).test(text)) problems.push(`${rel} still names ${base}`);
  }
  for (const [ref] of text.matchAll(/[\w-]+\.[0-9a-f]{8}\.(?:js|css|wasm|svg)\b/g)) {
    if (!all.some((r) => path.posix.basename(r) === ref)) problems.push(`${rel} references ${ref}, which is not in the release`);
  }
}
// Inline scripts run only if the page's policy names their hash (index.html's first view).
const deploy = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'deploy');
const policies = ['snippets/delais-page-csp.conf', '_headers'].map((rel) => [rel, readFileSync(path.join(deploy, rel), 'utf8')]);
for (const rel of PAGES) {
  for (const [, code] of readFileSync(file(rel), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    for (const [policy, text] of policies) {
      if (!text.includes(hash)) problems.push(`${rel}'s inline script is not allowed by deploy/${policy}: put ${hash} in its script-src`);
    }
  }
}
if (problems.length) {
  console.error(`release: ${problems.join('\nrelease: ')}`);
  process.exit(1);
}

// Precompressed copies (scripts/precompress.mjs).
for (const rel of walk(out).filter((r) => COMPRESSIBLE.test(r))) precompress(file(rel));
console.log(`release: ${release}: ${Object.keys(names).length} hashed files, ${precache.length} precached, .br and .gz beside every text file and Wasm`);
