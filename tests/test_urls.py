from __future__ import annotations

import pytest

from pipelines.urls import canonical_url, preferred_url


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


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example.org/world/story-one",
        "https://news.example.org/world/story-one?utm_source=tw&utm_medium=social",
        "https://NEWS.example.org:443/world/story-one#top",
        "https://news.example.org/amp/world/story-one",
        "https://news.example.org/world/story-one/amp",
        "https://news.example.org/world/story-one?amp=1",
        "https://news.example.org/world/story-one?outputType=amp&fbclid=1",
        "https://amp.news.example.org/world/story-one",
    ],
)
def test_variants_of_one_story_share_a_canonical_form(variant: str) -> None:
    assert canonical_url(variant) == "https://news.example.org/world/story-one"


def test_amp_html_suffix() -> None:
    assert canonical_url("https://e.org/a/story.amp.html") == "https://e.org/a/story.html"


@pytest.mark.parametrize(
    ("html", "fetched", "expected"),
    [
        (b'<head><link rel="canonical" href="https://www.e.org/a/real?utm_source=x"></head>',
         "https://e.org/a/copy?x=1", "https://www.e.org/a/real"),
        (b"<head><link href='/a/real' rel='canonical'></head>", "https://e.org/a/amp", "https://e.org/a/real"),
        (b'<head><link rel="canonical" href="https://other.org/a/real"></head>',
         "https://e.org/a/copy", "https://e.org/a/copy"),
        (b"<head><title>x</title></head>", "https://e.org/a/copy#c", "https://e.org/a/copy"),
        # another port on the same host is another site (another outlet's server)
        (b'<head><link rel="canonical" href="http://127.0.0.1:8002/b"></head>',
         "http://127.0.0.1:8001/a", "http://127.0.0.1:8001/a"),
        (b'<head><link rel="canonical" href="http://www.e.org:8080/b"></head>',
         "http://e.org/a", "http://e.org/a"),
        (b'<head><link rel="canonical" href="https://e.org/b"></head>', "http://e.org/a",
         "https://e.org/b"),
        (b'<head><link rel="canonical" href="http://e.org:8080/b"></head>',
         "http://e.org:8080/a", "http://e.org:8080/b"),
        # a canonical link that does not parse is ignored, not raised
        (b'<head><link rel="canonical" href="http://e.org:99999/b"></head>', "http://e.org/a",
         "http://e.org/a"),
        (b'<head><link rel="canonical" href="http://[::1/b"></head>', "http://e.org/a",
         "http://e.org/a"),
    ],
)
def test_preferred_url_follows_same_site_canonical_link(html: bytes, fetched: str, expected: str) -> None:
    assert preferred_url(html, fetched) == expected
