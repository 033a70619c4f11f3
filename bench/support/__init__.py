"""What the benchmarks share: a throw-away database (`db`) and the figures' report (`report`).

Not a benchmark itself: `bench/run.py` runs every `bench/*.py` and skips this package."""
