"""Internals of trafilatura done with less work, for the same result.

Profiling the cleaning stage on real pages (bench/bench_pipeline.py) showed trafilatura's
fast pass spending about a third of its time on work whose result it then ignores or
could get cheaper.

`load_html(page_bytes)` is trafilatura's `load_html` for the common case (valid UTF-8,
nothing to repair): lxml parses the bytes themselves, without the decoded copy of the
page and the regex pass over it that only strip characters this case has none of. Any
other page goes to trafilatura's own loader. Its parser has trafilatura's options but
gives every element lxml.html's `HtmlElement` class from C, where lxml.html asks a Python
method for each element touched (to give forms and inputs their own classes, whose extra
methods neither trafilatura nor htmldate call): ~5% of the cleaning time.

`install()` swaps in equivalents of four internals, each computing exactly what the
original computes:

- `prune_unwanted_nodes(..., with_backup=True)` finds the outermost matches by walking
  up from every match through all its ancestors (an lxml proxy for each); here one
  XPath over temporarily marked matches gives the same set, in C.
- trafilatura's XPath expressions call EXSLT `re:test` for every candidate element, in
  lxml's general-purpose callback (a smart-string list per call); here the same
  expressions are compiled with a small `re:test` of the same semantics.
- the prunes `trafilatura_sequence` runs on the whole page (infinite-scroll containers,
  comment sections) walk it once per expression; every match needs an id or class that matches the
  expression's own regex, so one walk collecting the page's ids and classes tells which
  expressions cannot match anything, and those are skipped (most pages skip all three).
- `_prepare_tree` copies the raw tree twice, for a backup only the fallback extractors,
  comment capture and the recall rescue read; with `fast`, `precision` and no comments
  (this project's fast pass) none of them runs, and the raw tree passed in is already
  `bare_extraction`'s own copy, so the copies are skipped.

Each equivalence is checked by `tests/test_faster_trafilatura.py` (whole documents,
stock against installed, on the sample site and the shared corpus). A trafilatura
outside TESTED_VERSIONS, or one whose internals moved, is left untouched.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import trafilatura
from lxml.etree import ElementDefaultClassLookup, XPath, _Element
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura import core, htmlprocessing, main_extractor, utils, xpaths
from trafilatura.settings import Extractor
from trafilatura.xml import delete_element

TESTED_VERSIONS = ("2.3.",)
REGEXP_NS = "http://exslt.org/regular-expressions"
MARK = "data-newsmon-pruned-7f3a"   # a temporary attribute; no page carries it
OUTERMOST_MARKED = XPath(f".//*[@{MARK}][not(ancestor::*[@{MARK}])]")
LOGGER = logging.getLogger(__name__)
# What trafilatura's repair step strips (utils.INVALID_XML_CHARS): C0 controls but tab,
# newline and carriage return, and U+FFFE/U+FFFF (UTF-8 EF BF BE/BF; EF BF also starts
# U+F000-U+FFFD, which merely send a page the long way).
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
NONCHARACTER_LEAD = b"\xef\xbf"
HEAD_CHARS = 50         # what trafilatura calls the page's beginning
# trafilatura.utils.HTML_PARSER's options, element classes looked up in C
PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                    remove_comments=True, remove_pis=True)
PARSER.set_element_class_lookup(ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
FIRST_LINES_CHARS = 4096


# -- parsing --------------------------------------------------------------------------
def load_html(page: bytes) -> HtmlElement | None:
    """`trafilatura.utils.load_html(page)`, parsing the bytes directly where that gives
    the same tree (once `install()`ed)."""
    tree = _parse_plain_utf8(page) if _Installed.done else None
    return tree if tree is not None else _stock_load_html(page)


def _stock_load_html(page: bytes) -> HtmlElement | None:
    tree = utils.load_html(page)
    return tree if isinstance(tree, HtmlElement) else None


def _parse_plain_utf8(page: bytes) -> HtmlElement | None:
    """The tree of a page trafilatura would decode as UTF-8 and leave unrepaired; None
    for any other page (compressed, another encoding, characters to strip, a doctype or
    <html/> to fix, a parse to retry)."""
    if utils.handle_compressed_file(page) is not page:
        return None
    try:
        text = page.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(page.translate(None, CONTROL_BYTES)) != len(page) or NONCHARACTER_LEAD in page:
        return None
    beginning = text[:HEAD_CHARS].lower()
    if _needs_repair(text, beginning):
        return None
    try:
        tree = fromstring(page, parser=PARSER)
    except Exception:  # whatever lxml raises, trafilatura's own loader decides
        return None
    if tree is None or len(tree) < 1 or ("html" not in beginning and len(tree) < 2):
        return None
    return tree


def _needs_repair(text: str, beginning: str) -> bool:
    """Would trafilatura's `repair_faulty_html` change more than stripping characters?"""
    if "doctype" in beginning:
        first_line, newline, _ = text.partition("\n")
        if not newline or utils.DOCTYPE_TAG.search(first_line):
            return True
    return any("<html" in line and line.endswith("/>")
               for line in text[:FIRST_LINES_CHARS].splitlines()[:4])


class _Installed:
    done = False
    stock: dict[str, Any] = {}


def install() -> bool:
    """Swap in the faster internals (once per process); False when this trafilatura
    is not one they were checked against."""
    if _Installed.done:
        return True
    if not supported():
        LOGGER.info("trafilatura %s: its stock internals are kept", trafilatura.__version__)
        return False
    _Installed.stock = {
        "prune": main_extractor.prune_unwanted_nodes,
        "prune_raw": core.prune_unwanted_nodes,
        "prepare": core._prepare_tree,
        "xpaths": {name: list(getattr(xpaths, name)) for name in _regexp_lists()},
    }
    main_extractor.prune_unwanted_nodes = prune_unwanted_nodes
    core.prune_unwanted_nodes = prune_raw_tree
    core._prepare_tree = prepare_tree
    for name in _regexp_lists():
        getattr(xpaths, name)[:] = [fast_xpath(x) for x in getattr(xpaths, name)]
    _Installed.done = True
    return True


def uninstall() -> None:
    """trafilatura's own internals back (for the equivalence tests)."""
    if not _Installed.done:
        return
    stock = _Installed.stock
    main_extractor.prune_unwanted_nodes = stock["prune"]
    core.prune_unwanted_nodes = stock["prune_raw"]
    core._prepare_tree = stock["prepare"]
    for name, expressions in stock["xpaths"].items():
        getattr(xpaths, name)[:] = expressions
    _Installed.done = False


def supported() -> bool:
    version = trafilatura.__version__
    return (version.startswith(TESTED_VERSIONS)
            and callable(getattr(main_extractor, "prune_unwanted_nodes", None))
            and callable(getattr(core, "_prepare_tree", None))
            and callable(getattr(core, "prune_unwanted_nodes", None))
            and callable(getattr(htmlprocessing, "tree_cleaning", None))
            and callable(getattr(htmlprocessing, "convert_tags", None)))


# -- raw-tree prunes that cannot match ------------------------------------------------
ID_CLASS_VALUES = XPath("//@id|//@class", smart_strings=False)
_COMMENT_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)", re.M)
_COMMENT_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments", re.M)
_SCROLLER = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")


def _may_hold_comments(values: str) -> bool:
    return bool(_COMMENT_ID.search(values) or _COMMENT_CLASS.search(values))


# What an element matching each raw-tree expression must have among the page's id and
# class values (newline-joined), keyed by a hash of the expression's text: an expression
# whose text changed in a new trafilatura is not recognised, and always runs.
RAW_PRUNE_CONDITIONS: dict[str, Callable[[str], bool]] = {
    # re:test(@id|@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll') on div/section/aside
    "01e7c660fd6406f2": lambda values: _SCROLLER.search(values) is not None,
    # contains(@class, 'elementor-share-buttons')
    "3c7afe92279543d5": lambda values: "elementor-share-buttons" in values,
    # re:test(@id, '^(?:COMMENTS_ID|disqus_thread|dsq-comments)') or re:test(@class, ...),
    # on the raw tree (with ol/ul) and on the converted one (REMOVE_COMMENTS_XPATH)
    "9cc18d34e6e2d258": _may_hold_comments,
    "5d97216ca15d0558": _may_hold_comments,
}


def expression_key(expression: XPath) -> str:
    return _path_key(expression.path)


@lru_cache(maxsize=64)  # looked up for every page: hash each expression's text once
def _path_key(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def prune_raw_tree(tree: HtmlElement, nodelist: Sequence[XPath],
                   with_backup: bool = False) -> HtmlElement:
    """trafilatura's `prune_unwanted_nodes` as `trafilatura_sequence` calls it on the raw
    tree, skipping the expressions the page's ids and classes rule out."""
    conditions = [RAW_PRUNE_CONDITIONS.get(expression_key(x)) for x in nodelist]
    if with_backup or None in conditions:
        return htmlprocessing.prune_unwanted_nodes(tree, list(nodelist), with_backup)
    values = "\n".join(ID_CLASS_VALUES(tree))
    wanted = [x for x, may_match in zip(nodelist, conditions, strict=True)
              if may_match is not None and may_match(values)]
    return htmlprocessing.prune_unwanted_nodes(tree, wanted) if wanted else tree


# -- outermost matches ----------------------------------------------------------------
def prune_unwanted_nodes(tree: HtmlElement, nodelist: Sequence[XPath],
                         with_backup: bool = False) -> HtmlElement:
    """trafilatura's `prune_unwanted_nodes`; the guarded variant finds outer matches in C."""
    if not with_backup:
        return htmlprocessing.prune_unwanted_nodes(tree, list(nodelist))
    matches = dict.fromkeys(elem for expression in nodelist for elem in expression(tree))
    if not matches:
        return tree
    outer = _outermost(tree, matches)
    old_len = len(tree.text_content())
    if old_len - sum(len(elem.text_content()) for elem in outer) > old_len / 7:
        for elem in outer:
            delete_element(elem)
    return tree


def _outermost(tree: HtmlElement, matches: dict[HtmlElement, None]) -> list[HtmlElement]:
    """The matches (descendants of `tree`) with no other match among their ancestors, in
    document order (deleting disjoint elements gives the same tree in any order)."""
    for elem in matches:
        elem.set(MARK, "")
    try:
        found = OUTERMOST_MARKED(tree)
    finally:
        for elem in matches:
            del elem.attrib[MARK]
    return found if isinstance(found, list) else []


# -- re:test ---------------------------------------------------------------------------
def _regexp_lists() -> list[str]:
    """Names of the `trafilatura.xpaths` lists holding an expression that uses re:test."""
    return [name for name, value in vars(xpaths).items()
            if isinstance(value, list) and any(isinstance(x, XPath) and "re:test" in x.path
                                               for x in value)]


def fast_xpath(expression: Any) -> Any:
    """The same expression with `re_test` as its `re:test` (others are returned as they are)."""
    if not isinstance(expression, XPath) or "re:test" not in expression.path:
        return expression
    return XPath(expression.path, namespaces={"re": REGEXP_NS}, regexp=False,
                 smart_strings=False, extensions={(REGEXP_NS, "test"): re_test})


def re_test(_context: object, value: Any, pattern: str, flags: str = "") -> bool:
    """EXSLT `regexp:test` as lxml implements it: the first node of a node-set as a string,
    `re.search`, flag "i" for case-insensitive."""
    return _compiled(pattern, "i" in flags).search(_string(value)) is not None


def _string(value: Any) -> str:
    if isinstance(value, list):
        if not value:
            return ""
        value = value[0]
    if isinstance(value, str):
        return value
    if isinstance(value, _Element):
        return str(value.xpath("string()"))
    return str(value)


@lru_cache(maxsize=512)
def _compiled(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


# -- no copies nobody reads -----------------------------------------------------------
def prepare_tree(tree: HtmlElement, options: Extractor,
                 url: str | None) -> tuple[HtmlElement, HtmlElement]:
    """trafilatura's `_prepare_tree`, without its two copies where nothing reads them."""
    if not (options.fast and options.focus == "precision" and not options.comments):
        stock: Callable[..., tuple[HtmlElement, HtmlElement]] = _Installed.stock["prepare"]
        return stock(tree, options, url)
    cleaned = htmlprocessing.tree_cleaning(tree, options)
    converted = htmlprocessing.convert_tags(cleaned, options, url)
    return converted, converted   # the "backup" is never read in this mode
