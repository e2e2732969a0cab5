"""Measurements of zi-check on labelled data (run from the project root).

``python -m benchmarks.facts``: precision and recall of the facts the analysis layer finds in
each document (kind, title, number, date, period, units), on the hand-labelled documents of
``tests/facts/``. ``tests/test_facts.py`` runs the same measurement with the issue-4 targets.
"""
