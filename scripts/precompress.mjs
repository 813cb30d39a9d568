// FILE.gz and FILE.br beside a file, as a server sends them (gzip -9 without name or
// time; brotli 11), for nginx's gzip_static and brotli_static: scripts/release.mjs for
// dist/, bench/lib/servers.mjs for the benchmark's baselines.
import { readFileSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';

/** The files worth compressing: text and Wasm. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|wasm|json|ts|txt|webmanifest)$/;

export function precompress(file) {
  const data = readFileSync(file);
  writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    },
  }));
}
