"""URL normalization and the choice of canonical URL (no Beam)."""

import pytest

from transforms.canonical import (choose_canonical_url, host_of, normalize_url,
                                  same_site)

PAGE = "https://gazette.example.org/news/ferry-cuts"


@pytest.mark.parametrize("url, expected", [
    ("https://gazette.example.org/news/a?utm_source=rss&utm_medium=feed"
     "&utm_campaign=winter", "https://gazette.example.org/news/a"),
    ("https://gazette.example.org/news/a?id=7&utm_content=top",
     "https://gazette.example.org/news/a?id=7"),
    ("https://gazette.example.org/news/a?fbclid=IwAR0xyz",
     "https://gazette.example.org/news/a"),
    ("https://gazette.example.org/news/a?gclid=Cj0K&page=2",
     "https://gazette.example.org/news/a?page=2"),
    ("https://gazette.example.org/search?z=3&a=1&m=2",
     "https://gazette.example.org/search?a=1&m=2&z=3"),
    ("https://gazette.example.org/news/a#comments",
     "https://gazette.example.org/news/a"),
    ("https://gazette.example.org/news/a?b=1#frag?c=2",
     "https://gazette.example.org/news/a?b=1"),
    ("http://gazette.example.org:80/news/a", "http://gazette.example.org/news/a"),
    ("https://gazette.example.org:443/news/a",
     "https://gazette.example.org/news/a"),
    ("https://gazette.example.org:8443/news/a",
     "https://gazette.example.org:8443/news/a"),
    ("HTTPS://Gazette.EXAMPLE.org/News/Ferry",
     "https://gazette.example.org/News/Ferry"),
    ("  https://gazette.example.org/news/a \n",
     "https://gazette.example.org/news/a"),
], ids=["utm_params", "utm_kept_real_param", "fbclid", "gclid", "query_sorted",
        "fragment", "fragment_after_query", "default_http_port",
        "default_https_port", "other_port_kept", "host_lowercased_path_kept",
        "surrounding_space"])
def test_normalize_url(url, expected):
  assert normalize_url(url) == expected


@pytest.mark.parametrize("url", [
    "ftp://gazette.example.org/file.txt",
    "mailto:desk@gazette.example.org",
    "javascript:void(0)",
    "file:///var/www/index.html",
    "/news/relative",
    "gazette.example.org/news/a",
    "https:///no-host",
    "",
    "http://[::1",
], ids=["ftp", "mailto", "javascript", "file", "relative", "no_scheme",
        "no_host", "empty", "broken_ipv6"])
def test_normalize_url_refuses_non_http(url):
  with pytest.raises(ValueError):
    normalize_url(url)


@pytest.mark.parametrize("final_url, declared, expected", [
    (PAGE + "?utm_source=rss", None, PAGE),
    (PAGE + "?utm_source=rss", "", PAGE),
    ("https://gazette.example.org/print/123",
     "https://gazette.example.org/news/ferry-cuts", PAGE),
    ("https://gazette.example.org/print/123", "/news/ferry-cuts", PAGE),
    ("https://gazette.example.org/news/2024/ferry-cuts/amp/", "../",
     "https://gazette.example.org/news/2024/ferry-cuts/"),
    ("https://gazette.example.org/print/123",
     "  https://www.gazette.example.org/news/ferry-cuts?utm_source=x  ",
     "https://www.gazette.example.org/news/ferry-cuts"),
    (PAGE + "?utm_source=rss", "https://aggregator.example.net/story/99", PAGE),
    (PAGE, "javascript:void(0)", PAGE),
    (PAGE, "ftp://gazette.example.org/news/ferry-cuts", PAGE),
    (PAGE, "http://[broken", PAGE),
], ids=["no_declared", "empty_declared", "same_site_absolute",
        "relative_resolved", "dot_dot_resolved", "www_variant_and_tracking",
        "other_site_ignored", "javascript_ignored", "non_http_ignored",
        "malformed_ignored"])
def test_choose_canonical_url(final_url, declared, expected):
  assert choose_canonical_url(final_url, declared) == expected


def test_choose_canonical_url_raises_for_bad_final_url_without_canonical():
  with pytest.raises(ValueError):
    choose_canonical_url("not a url", None)


@pytest.mark.parametrize("url_a, url_b, expected", [
    ("https://www.gazette.example.org/a", "http://gazette.example.org/b", True),
    ("https://Gazette.Example.org/a", "https://gazette.example.org/b", True),
    ("https://gazette.example.org/a", "https://m.gazette.example.org/a", False),
    ("https://gazette.example.org/a", "https://gazette.example.net/a", False),
    ("/relative", "/relative", False),
], ids=["www_ignored", "case_ignored", "subdomain_differs", "tld_differs",
        "no_host"])
def test_same_site(url_a, url_b, expected):
  assert same_site(url_a, url_b) is expected


def test_host_of():
  assert host_of("https://WWW.Example.org:8080/x") == "www.example.org"
  assert host_of("/path/only") == ""
