"""One benchmark's figures: printed as a table, judged against their goals, and saved as JSON
for `bench/run.py`, which writes docs/BENCHMARKS.md from all of them.

A figure states its goal and, where the goal is a ratio, the anchor measured in the same run:

    report = Report("actor", "the actor check on a guarded read over REST")
    report.figure("actor check / SELECT 1", 1.42, "x", goal=2.0,
                  anchor="SELECT 1 through the app pool, 0.51 ms", detail="0.73 ms")
    sys.exit(report.finish())

`finish()` returns 1 when any goal is missed, so the bench exits non-zero on a regression.
"""

import json
import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

import psycopg

RESULTS_ENV = "PGPILOT_BENCH_RESULTS"  # a folder; set by bench/run.py


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str  # "ms", "x", "s", "rps", "MB", …
    goal: float | None = None  # None: reported, not judged
    better: Literal["lower", "higher"] = "lower"
    anchor: str = ""  # what the ratio is against, measured in the same run
    detail: str = ""  # the absolute numbers behind a ratio, or how it was measured
    note: str = ""  # why a goal is missed, or what else the reader should know

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        return self.value <= self.goal if self.better == "lower" else self.value >= self.goal

    @property
    def goal_text(self) -> str:
        if self.goal is None:
            return "—"
        sign = "≤" if self.better == "lower" else "≥"
        return f"{sign} {self.goal:g} {self.unit}".replace(" x", "x")

    @property
    def value_text(self) -> str:
        number = f"{self.value:.2f}" if abs(self.value) < 100 else f"{self.value:,.0f}"
        return f"{number}x" if self.unit == "x" else f"{number} {self.unit}"


@dataclass
class Report:
    bench: str  # the file's stem: "actor" for bench/actor.py
    about: str  # one line: what is measured
    figures: list[Figure] = field(default_factory=list)
    postgres: str = ""  # server version the figures were measured on
    notes: list[str] = field(default_factory=list)

    def figure(self, name: str, value: float, unit: str, **kwargs: object) -> Figure:
        figure = Figure(name, value, unit, **kwargs)  # type: ignore[arg-type]
        self.figures.append(figure)
        return figure

    def note(self, text: str) -> None:
        self.notes.append(text)

    def server(self, url: str) -> None:
        """Record the PostgreSQL version behind `url`."""
        with psycopg.connect(url, autocommit=True) as conn:
            row = conn.execute("SHOW server_version").fetchone()
        self.postgres = f"PostgreSQL {row[0] if row else '?'}"

    def finish(self) -> int:
        """Print the figures, save them for the report, and return the exit status."""
        width = max([len(f.name) for f in self.figures] + [20])
        print(f"\n{self.bench}: {self.about}" + (f" ({self.postgres})" if self.postgres else ""))
        for f in self.figures:
            verdict = {True: "ok", False: "MISSED", None: ""}[f.met]
            print(f"  {f.name:<{width}} {f.value_text:>14}  goal {f.goal_text:<12} {verdict}")
            for extra in (f.anchor and f"anchor: {f.anchor}", f.detail, f.note):
                if extra:
                    print(f"  {'':<{width}} {extra}")
        for text in self.notes:
            print(f"  {text}")
        folder = os.environ.get(RESULTS_ENV)
        if folder:
            path = Path(folder) / f"{self.bench}.json"
            saved = asdict(self) | {"python": platform.python_version()}
            saved["figures"] = [asdict(f) | {"met": f.met} for f in self.figures]
            path.write_text(json.dumps(saved, indent=2))
        return 1 if any(f.met is False for f in self.figures) else 0
