#!/usr/bin/env python3
"""The development server: serve a directory (default dist/) on 127.0.0.1.

Not the production server: that is nginx with deploy/nginx.conf (`make serve`,
scripts/serve.sh), which the e2e suite runs. This one needs nothing but Python's
standard library: correct MIME types (application/wasm for streaming instantiation),
no caching, no compression, no CORS. Its security headers are the production server's,
read from deploy/snippets/ (one source): the page's Content-Security-Policy on every
response (embed.html's for embed.html) and the headers every response gets.

    python3 scripts/dev-server.py [--port 8080] [--dir dist] [--verbose]
"""

import argparse
import functools
import http.server
import os
import re
import signal
import sys

SNIPPETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deploy", "snippets")


def snippet_headers(name: str) -> list[tuple[str, str]]:
    """The `add_header Name "value"` lines of deploy/snippets/NAME, in order."""
    with open(os.path.join(SNIPPETS, name), encoding="utf-8") as snippet:
        return re.findall(r'^\s*add_header\s+(\S+)\s+"([^"]*)"', snippet.read(), re.MULTILINE)


def csp(name: str) -> str:
    policies = [value for header, value in snippet_headers(name) if header == "Content-Security-Policy"]
    if len(policies) != 1:
        raise SystemExit(f"serve: deploy/snippets/{name} should set one Content-Security-Policy")
    return policies[0]


# Referrer-Policy and X-Content-Type-Options, as nginx sends them on every response.
COMMON = snippet_headers("delais-common.conf")
# The page's policy (with the inline script's hash, which scripts/release.mjs checks
# against index.html), and embed.html's, which lets partner sites frame it.
CSP = csp("delais-page-csp.conf")
EMBED_CSP = csp("delais-embed-csp.conf")

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
        for header, value in COMMON:
            self.send_header(header, value)
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
        port = httpd.server_address[1]  # the one the system chose for --port 0
        print(f"serve: http://127.0.0.1:{port}/ from {root}", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
