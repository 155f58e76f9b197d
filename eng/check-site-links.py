#!/usr/bin/env python3
"""Checks every link of a built static site: each href/src that stays on the site (relative, or
absolute such as /lessons/x.html, which docfx does not check) must name a file of the site, and
its #anchor must name an element id on the target page. Usage: check-site-links.py SITE_DIR"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
                self.links.append(attrs[name])


def main(root):
    root = os.path.abspath(root)
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                page = Page()
                with open(path, encoding="utf-8") as f:
                    page.feed(f.read())
                pages[path] = page

    broken = []
    checked = 0
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue
            checked += 1
            if parts.path.startswith("/"):
                target = os.path.join(root, unquote(parts.path).lstrip("/"))
            elif parts.path:
                target = os.path.normpath(os.path.join(os.path.dirname(path), unquote(parts.path)))
            else:
                target = path
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            where = os.path.relpath(path, root)
            if not target.startswith(root + os.sep) or not os.path.isfile(target):
                broken.append(f"{where}: {link} (no such file)")
                continue
            anchor = unquote(parts.fragment)
            if anchor and target.endswith(".html") and anchor not in pages[target].ids:
                broken.append(f"{where}: {link} (no element with id '{anchor}')")

    for line in broken:
        print(f"error: broken link in {line}", file=sys.stderr)
    print(f"link check: {len(pages)} pages, {checked} links on the site, {len(broken)} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site/_site"))
