"""pipelines.faster_trafilatura computes exactly what trafilatura's own internals compute.

Whole pages are cleaned twice, with trafilatura's stock internals and with the faster
ones, and every field of the result must be equal: on the bundled sample site, on
hand-made pages that take the loader's slow paths, and on the 181 real pages of
../shared/corpus (skipped, with the reason, where ../shared is absent).
"""

from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from lxml.html import fromstring
from trafilatura.utils import load_html as stock_load_html

from bench.corpus_site import CorpusNotFound, corpus_pages
from newsmon.sample_site import render_page
from pipelines import faster_trafilatura
from pipelines.cleaning import CleanedArticle, Cleaner, CleaningOptions, Rejection

SITE_ROOT = Path(__file__).resolve().parents[1] / "newsmon" / "sample_site"
BODY = "".join(f"<p>Paragraph {i} tells of shelling near the river; 3 people were hurt.</p>"
               for i in range(12))
DOC = ("{doctype}<html lang='en'><head><meta charset='{charset}'><title>Caf\u00e9 news</title>"
       "</head><body><nav><a href='/'>Home</a></nav><div class='comments'><p>Nice.</p></div>"
       "<article><h1>Caf\u00e9 news</h1>{body}</article><footer>Footer</footer></body></html>")


def sample_pages() -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted(SITE_ROOT.rglob("*.html")):
        if path.name.startswith("_"):
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # the site's PDF served under an .html name
            pages.append((path.name, raw))
            continue
        pages.append((path.name, render_page(text, SITE_ROOT, path.name).encode("utf-8")))
    return pages


def awkward_pages() -> list[tuple[str, bytes]]:
    """Pages trafilatura's loader repairs or decodes: the fast path must step aside."""
    def doc(doctype: str = "<!DOCTYPE html>\n", charset: str = "utf-8", body: str = BODY) -> str:
        return DOC.format(doctype=doctype, charset=charset, body=body)
    xhtml = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n')
    return [
        ("latin-1", doc(charset="iso-8859-1").encode("latin-1")),
        ("control characters", doc(body=BODY + "<p>bell\x07 and form\x0c feed</p>").encode()),
        ("noncharacter", doc(body=BODY + "<p>odd \ufffe char</p>").encode()),
        ("xhtml doctype", doc(doctype=xhtml).encode()),
        ("doctype, no newline", doc(doctype="<!DOCTYPE html>").replace("\n", " ").encode()),
        ("self-closing html", doc().replace("<html lang='en'>", "<html lang='en'/>").encode()),
        ("gzip", gzip.compress(doc().encode())),
        ("xml declaration", ('<?xml version="1.0" encoding="utf-8"?>' + doc()).encode()),
        ("byte order mark", b"\xef\xbb\xbf" + doc().encode()),
        ("fragment", b"<p>Just a paragraph, no document around it.</p>"),
        ("not html", b"%PDF-1.4 binary junk \x00\x01\x02"),
        ("empty", b""),
    ]


def corpus() -> list[tuple[str, bytes]]:
    try:
        return corpus_pages()
    except CorpusNotFound as exc:
        pytest.skip(f"../shared/corpus not found: {exc}")


@pytest.fixture
def stock() -> Iterator[None]:
    faster_trafilatura.uninstall()
    yield
    faster_trafilatura.install()


def cleaned(pages: list[tuple[str, bytes]], cleaner: Cleaner) -> list[object]:
    results: list[object] = []
    for name, html in pages:
        result = cleaner.clean(html, f"http://127.0.0.1/{name}", "test")
        assert isinstance(result, CleanedArticle | Rejection)
        results.append(dataclasses.asdict(result))
    return results


def both_ways(pages: list[tuple[str, bytes]]) -> tuple[list[object], list[object]]:
    cleaner = Cleaner(CleaningOptions(min_text_chars=100))  # installs the faster internals
    assert faster_trafilatura.install(), f"trafilatura {trafilatura.__version__} not supported"
    fast = cleaned(pages, cleaner)
    faster_trafilatura.uninstall()
    try:
        slow = cleaned(pages, cleaner)
    finally:
        faster_trafilatura.install()
    return fast, slow


def test_this_trafilatura_is_supported() -> None:
    """pyproject pins trafilatura to the checked minor version; outside it the stock
    internals are used (slower, still correct) until these tests pass on the new one and
    it joins TESTED_VERSIONS."""
    assert faster_trafilatura.supported(), trafilatura.__version__


def test_same_articles_on_the_sample_site() -> None:
    pages = sample_pages()
    assert len(pages) >= 10
    fast, slow = both_ways(pages)
    assert fast == slow


def test_same_articles_on_the_shared_corpus() -> None:
    fast, slow = both_ways(corpus())
    assert fast == slow


@pytest.mark.parametrize(("name", "html"), awkward_pages(), ids=lambda v: str(v)[:20])
def test_loader_gives_trafilaturas_tree(name: str, html: bytes) -> None:
    ours, theirs = faster_trafilatura.load_html(html), stock_load_html(html)
    if theirs is None:
        assert ours is None
    else:
        assert ours is not None and etree.tostring(ours) == etree.tostring(theirs)


def test_loader_parses_corpus_pages_directly_and_identically() -> None:
    pages = corpus()
    direct = 0
    for _name, html in pages:
        ours, theirs = faster_trafilatura.load_html(html), stock_load_html(html)
        assert theirs is not None and ours is not None
        assert etree.tostring(ours) == etree.tostring(theirs)
        direct += faster_trafilatura._parse_plain_utf8(html) is not None
    assert direct >= 0.9 * len(pages)  # the fast path is the common one


@pytest.mark.parametrize(("value", "pattern", "flags", "expected"), [
    (["comment-list"], "^comment", "", True),
    (["Comment-list"], "^comment", "", False),
    (["Comment-list"], "^comment", "i", True),
    (["main", "comment"], "comment", "", False),   # only the first node counts, as in lxml
    ([], "^$", "", True),                            # an empty node-set is the empty string
    ("share-bar", "^shar", "", True),
])
def test_re_test_matches_exslt(value: object, pattern: str, flags: str, expected: bool,
                               stock: None) -> None:
    assert faster_trafilatura.re_test(None, value, pattern, flags) is expected
    attribute = value[0] if isinstance(value, list) and value else value
    tree = fromstring(f"<div><p class='{attribute}'>x</p></div>" if attribute else
                      "<div><p>x</p></div>")
    exslt = etree.XPath(f"boolean(.//p[re:test(@class, '{pattern}', '{flags}')])",
                        namespaces={"re": faster_trafilatura.REGEXP_NS})
    if isinstance(value, list) and len(value) == 1:
        assert exslt(tree) is expected


def test_outermost_matches_are_those_without_a_matched_ancestor() -> None:
    tree = fromstring("<div><section id='a'><div id='b'><p id='c'>x</p></div></section>"
                      "<aside id='d'><p id='e'>y</p></aside><p id='f'>z</p></div>")
    matches = dict.fromkeys(tree.xpath(".//*[@id='b' or @id='c' or @id='d' or @id='f']"))
    outer = faster_trafilatura._outermost(tree, matches)
    assert [e.get("id") for e in outer] == ["b", "d", "f"]
    assert not tree.xpath(f".//*[@{faster_trafilatura.MARK}]")  # the marks are gone


def test_every_whole_page_prune_is_recognised() -> None:
    """A changed expression would lose its condition (and run every time): re-derive it."""
    from trafilatura import xpaths

    lists = (xpaths.RAW_TREE_PRUNE_XPATH + xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH
             + xpaths.REMOVE_COMMENTS_XPATH)
    keys = {faster_trafilatura.expression_key(x) for x in lists}
    assert keys == set(faster_trafilatura.RAW_PRUNE_CONDITIONS)


@pytest.mark.parametrize("name", ["RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH",
                                  "REMOVE_COMMENTS_XPATH"])
def test_prune_conditions_never_skip_a_match(name: str) -> None:
    """Where a condition says no, the expression finds nothing (the sample site, the
    corpus when present, and pages made to match)."""
    from trafilatura import xpaths

    made = [(f"made {i}", f"<html><body><div {attr}><p>x</p></div></body></html>".encode())
            for i, attr in enumerate(['id="comments"', 'class="comment-list"', 'id="disqus_thread"',
                                      'class="post-comments x"', 'class="infinite-scroll"',
                                      'id="mvp-post-add-box"', 'class="a elementor-share-buttons"',
                                      'class="commentary"'])]
    try:
        pages = sample_pages() + made + corpus()
    except pytest.skip.Exception:
        pages = sample_pages() + made
    matched = 0
    for _name, html in pages:
        tree = faster_trafilatura.load_html(html)
        if tree is None:
            continue
        values = "\n".join(faster_trafilatura.ID_CLASS_VALUES(tree))
        for expression in getattr(xpaths, name):
            condition = faster_trafilatura.RAW_PRUNE_CONDITIONS[faster_trafilatura.expression_key(expression)]
            found = expression(tree)
            matched += bool(found)
            assert condition(values) or not found
    assert matched  # the made pages match
