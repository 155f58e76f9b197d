#!/usr/bin/env python3
"""Serves the built site (site/_site) on 127.0.0.1 only, gzip-compressing text as static hosts do.

Usage: eng/serve-site.py [PORT] [FOLDER]   (PORT defaults to $PORT, else 5173; 0 picks a free port)
Prints "Serving the course site at http://127.0.0.1:PORT/" once it listens. Ctrl+C stops it."""
import functools
import gzip
import http.server
import os
import sys

COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".yml", ".ipynb", ".md")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".woff2": "font/woff2",
        ".ipynb": "application/x-ipynb+json",
    }
    _cache = {}

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().send_head()
        stat = os.stat(path)
        key = (path, stat.st_mtime_ns)
        body = self._cache.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=6, mtime=0)
            self._cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def log_message(self, format, *args):
        pass


class _Body:
    def __init__(self, data):
        self._data = data

    def read(self, *_):
        data, self._data = self._data, b""
        return data

    def close(self):
        pass


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("PORT", "5173"))
    root = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "site", "_site"))
    if not os.path.isfile(os.path.join(root, "index.html")):
        print(f"error: no built site in {root}; run eng/build-site.sh first", file=sys.stderr)
        return 1
    handler = functools.partial(Handler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving the course site at http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
