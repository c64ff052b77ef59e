from __future__ import annotations

import pytest

from pipelines.urls import canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.COM:80/a/b.html", "http://example.com/a/b.html"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
        ("https://example.com/a?fbclid=XYZ&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?gclid=1&ocid=2&cmpid=3&ref=tw&mc_cid=4", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a?UTM_Campaign=x", "https://example.com/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_tracking_list_is_configurable() -> None:
    assert canonical_url("https://e.org/a?src=x&id=1", ["src"]) == "https://e.org/a?id=1"
    assert canonical_url("https://e.org/a?utm_source=x", ["src"]) == "https://e.org/a?utm_source=x"
