#!/usr/bin/env python3
"""scripts/dev-server.py (same MIME types, CSP, no caching) plus gzip, as a production host
sends it: what a phone downloads is the gzip size the budget counts, and Lighthouse's
simulated mobile network sees those bytes, not the raw ones.

    python3 bench/serve.py --port 0 --dir dist     (port 0: a free port, printed)

Responses are `gzip -9` when the client accepts gzip and the file is text or wasm;
compressed once per file and kept in memory.
"""

import argparse
import functools
import gzip
import importlib.util
import os
import signal
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("delais_serve", os.path.join(ROOT, "scripts", "dev-server.py"))
serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(serve)

COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt", ".ics")


class GzipHandler(serve.Handler):
    cache = {}

    def do_GET(self):  # noqa: N802 (stdlib name)
        path = self.translate_path(self.path)  # drops the query, refuses "..": stdlib
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().do_GET()  # the stdlib's redirect to the path with a slash
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().do_GET()
        key = (path, os.path.getmtime(path))
        body = self.cache.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = self.cache[key] = gzip.compress(f.read(), compresslevel=9, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser context was closed mid-response (the bench moves on)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", default="dist")
    args = parser.parse_args()
    root = os.path.abspath(args.dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"serve: {root}/index.html not found", file=sys.stderr)
        return 1
    handler = functools.partial(GzipHandler, directory=root)
    with serve.Server(("127.0.0.1", args.port), handler) as httpd:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        print(f"serve: http://127.0.0.1:{httpd.server_address[1]}/ from {root} (gzip)", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
