#!/usr/bin/env python3
"""The development server: serve a directory (default dist/) on 127.0.0.1.

Not the production server: that is nginx with deploy/nginx.conf (`make serve`,
scripts/serve.sh), which the e2e suite runs. This one needs nothing but Python's
standard library: correct MIME types (application/wasm for streaming instantiation),
no caching and the page's Content-Security-Policy on every response, no compression,
no CORS. bench/serve.py builds on it.

    python3 scripts/dev-server.py [--port 8080] [--dir dist] [--verbose]
"""

import argparse
import functools
import http.server
import os
import signal
import sys

# deploy/snippets/delais-page-csp.conf, and delais-embed-csp.conf for embed.html
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'")
EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *")

MIME = {
    ".wasm": "application/wasm",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".ics": "text/calendar; charset=utf-8",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}
    verbose = False

    def end_headers(self):
        embed = self.path.split("?", 1)[0].endswith("/embed.html")
        self.send_header("Content-Security-Policy", EMBED_CSP if embed else CSP)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 (stdlib signature)
        if self.verbose:
            super().log_message(format, *args)

    def log_error(self, format, *args):  # noqa: A002
        # 404s and the like: one short line, even when quiet.
        sys.stderr.write("serve: %s\n" % (format % args))


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args()

    root = os.path.abspath(args.dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"serve: {root}/index.html not found (run scripts/build.sh first)", file=sys.stderr)
        return 1

    Handler.verbose = args.verbose
    handler = functools.partial(Handler, directory=root)
    with Server(("127.0.0.1", args.port), handler) as httpd:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        print(f"serve: http://127.0.0.1:{args.port}/ from {root}", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
