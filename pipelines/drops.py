"""Reasons an item is dropped; Scrapy counts drops per class name in its stats."""

from scrapy.exceptions import DropItem


class TooShort(DropItem):
    """The cleaned text is shorter than the configured minimum."""


class NotAnArticle(DropItem):
    """trafilatura found no main text: a listing, an error page, an empty shell."""


class WorkerCrashed(DropItem):
    """Cleaning the page killed a worker process, twice: a page that crashes the parser."""


DROP_BY_REASON: dict[str, type[DropItem]] = {"too_short": TooShort, "not_article": NotAnArticle}
