"""Benchmarks run by hand; results go to BENCHMARKS.md."""
