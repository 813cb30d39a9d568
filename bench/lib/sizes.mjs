// What each page ships, in bytes (bench/sizes.sh), and what the shipped wasm is made of
// (twiggy's listing of each wasm's twin that keeps its name section, from bench/run.sh).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OUT, ROOT } from './config.mjs';

// Every file of `dir`: raw, gzip and brotli bytes, and whether the public page loads it;
// the totals of what the page loads and of the rest.
export function sizes(dir) {
  const out = execFileSync(path.join(ROOT, 'bench', 'sizes.sh'), [dir]).toString().trim();
  const files = out.split('\n').map((line) => {
    const [file, raw, gzip, brotli] = line.split('\t');
    return { file, raw: +raw, gzip: +gzip, brotli: +brotli };
  });
  // In dist/, the partner-only files of bench/embedding-files are totalled apart from
  // what the public page ships (as in bench/size-check.sh).
  const manifest = path.join(ROOT, 'bench', 'embedding-files');
  const embedding = path.resolve(dir) === path.join(ROOT, 'dist') && existsSync(manifest)
    ? readFileSync(manifest, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    : [];
  // A * in a listed name stands for a content hash (any characters but /).
  const glob = (e) => new RegExp(`^${e.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);
  for (const f of files) f.page = !embedding.some((e) => (e.endsWith('/') ? f.file.startsWith(e) : glob(e).test(f.file)));
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  return { files, total: sum(files.filter((f) => f.page)), extras: sum(files.filter((f) => !f.page)) };
}

// Every item of each shipped wasm (twiggy's CSV), summed by where it comes from: a
// rough attribution by name, for deciding what to cut. The first pattern that matches wins.
const ORIGINS = [
  ['name section (not shipped)', /subsection|custom section/],
  ['data segments (strings, tables, catalogue)', /^data segment/],
  ["the app's component views (html!, in yew's CompStateInner::view)", /CompStateInner<COMP>.*::view/],
  ['delais (engine, state, components, i18n, JSON)', /delais::/],
  ['yew (framework)', /\byew(::|\[)/],
  ['wasm-bindgen, js-sys, web-sys (glue)', /wasm_bindgen|js_sys|web_sys/],
  ['alloc (Vec, String, Rc, collections)', /__rdl_|__rust_(alloc|dealloc|realloc)|\balloc(::|\[)/],
  ['talc (the allocator)', /\btalc(::|\[)/],
  ['core (formatting, panics, sorting, strings)', /\bcore(::|\[)/],
  ['chrono', /chrono/],
  ['other crates', /::/],
];
export function twiggyByOrigin() {
  const dir = path.join(OUT, 'twiggy');
  if (!existsSync(dir)) return null;
  const out = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const totals = new Map();
    let all = 0;
    for (const line of readFileSync(path.join(dir, file), 'utf8').trim().split('\n').slice(1)) {
      const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
      if (!m) continue;
      const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
      const bytes = Number(m[2]);
      const origin = (ORIGINS.find(([, re]) => re.test(name)) ?? ['unnamed (tables, types, imports, exports)'])[0];
      totals.set(origin, (totals.get(origin) ?? 0) + bytes);
      all += bytes;
    }
    out[file.replace(/\.csv$/, '.wasm')] = { total: all, origins: [...totals].sort((a, b) => b[1] - a[1]).map(([origin, bytes]) => ({ origin, bytes })) };
  }
  return out;
}
