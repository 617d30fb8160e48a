"""Wraps benchmark-corpus text files in saved-news-page HTML, for scripts/bench-lean-pages.sh.

    pages.py SRC_DIR OUT_DIR COUNT

Takes the first COUNT `.txt` files under SRC_DIR (sorted; `Title:`/`Date:` header, then paragraphs
separated by blank lines) and writes each as OUT_DIR/NNNNN.html: the paragraphs as <p> in an
<article>, around them the weight of a saved news page (an inline script, navigation and footer
links; ~130 KB). The text is the corpus's own; only the page furniture is made up.
"""
import html
import os
import sys


def furniture():
    script = "<script>" + "window.dataLayer.push({event: 'view', section: 'world'});\n" * 2000 + "</script>"
    links = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(300))
    return script, f"<nav><ul>{links}</ul></nav>", f"<footer><ul>{links}</ul></footer>"


def main():
    src, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    files = []
    for root, _, names in os.walk(src):
        files += [os.path.join(root, n) for n in names if n.endswith(".txt")]
    files.sort()
    os.makedirs(out, exist_ok=True)
    script, nav, footer = furniture()
    for n, path in enumerate(files[:count]):
        with open(path, encoding="utf-8", errors="replace") as f:
            head, _, body = f.read().partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        title = html.escape(meta.get("Title", os.path.basename(path)))
        date = html.escape(meta.get("Date", ""))
        paras = "".join(f"<p>{html.escape(' '.join(p.split()))}</p>\n" for p in body.split("\n\n") if p.strip())
        page = (f"<!doctype html><html><head><title>{title}</title>"
                f'<meta property="article:published_time" content="{date}">{script}</head>'
                f"<body>{nav}<article><h1>{title}</h1>\n{paras}</article>{footer}</body></html>\n")
        with open(os.path.join(out, f"{n:05d}.html"), "w", encoding="utf-8") as f:
            f.write(page)


if __name__ == "__main__":
    main()
