"""Benchmarks: ``python3 dev.py bench [NAME ...]`` runs ``bench_NAME.main()`` for each."""
