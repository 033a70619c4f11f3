"""Run the benchmarks and write docs/BENCHMARKS.md from their figures (`make bench`).

    .venv/bin/python bench/run.py                 # every bench/*.py
    .venv/bin/python bench/run.py guard http      # some of them
    .venv/bin/python bench/run.py --out /tmp/B.md
    PGPILOT_BENCH_DATABASE_URL=postgresql://… .venv/bin/python bench/run.py --on-server guard

Every bench runs first on an embedded PostgreSQL; when PGPILOT_BENCH_DATABASE_URL is set, each
runs again on that server. Each bench saves its figures through `support.report`; this writes
them all, with their goals, anchors and ratios, the machine (cores, load, Python) and the date.
Exit 1 when any bench missed a goal or failed; the report is written either way.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SERVER_ENV = "PGPILOT_BENCH_DATABASE_URL"


def benches(names: list[str]) -> list[Path]:
    every = sorted(p for p in HERE.glob("*.py") if p.name != "run.py")
    if not names:
        return every
    chosen = [HERE / f"{name.removesuffix('.py')}.py" for name in names]
    unknown = [p.stem for p in chosen if p not in every]
    if unknown:
        raise SystemExit(
            f"no such bench: {', '.join(unknown)} (have: {', '.join(p.stem for p in every)})"
        )
    return chosen


def run_one(path: Path, server: str | None, results: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != SERVER_ENV}
    if server:
        env[SERVER_ENV] = server
    env["PGPILOT_BENCH_RESULTS"] = str(results)
    saved = results / f"{path.stem}.json"
    saved.unlink(missing_ok=True)
    print(
        f"== {path.relative_to(ROOT)}" + (" (on PGPILOT_BENCH_DATABASE_URL)" if server else ""),
        flush=True,
    )
    started = time.monotonic()
    code = subprocess.run([sys.executable, str(path)], env=env, cwd=ROOT, check=False).returncode
    figures: dict[str, Any] = json.loads(saved.read_text()) if saved.exists() else {}
    return {"bench": path.stem, "code": code, "seconds": time.monotonic() - started} | figures


def machine() -> dict[str, str]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": str(os.cpu_count()),
        "load": load,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def section(run: dict[str, Any]) -> list[str]:
    title = f"### `bench/{run['bench']}.py`"
    about = run.get("about", "")
    lines = [title, ""]
    if about:
        lines += [f"{about}. {run.get('postgres', '')}, {run['seconds']:.0f} s.", ""]
    if not run.get("figures"):
        lines += [f"No figures saved (exit {run['code']}).", ""]
        return lines
    lines += [
        "| figure | value | goal | met | anchor (same run) | detail |",
        "|---|---|---|---|---|---|",
    ]
    for f in run["figures"]:
        met = {True: "yes", False: "**no**", None: "—"}[f["met"]]
        goal = "—"
        if f["goal"] is not None:
            sign = "≤" if f["better"] == "lower" else "≥"
            goal = f"{sign} {f['goal']:g}{'x' if f['unit'] == 'x' else ' ' + f['unit']}"
        value = f"{f['value']:.2f}" if abs(f["value"]) < 100 else f"{f['value']:,.0f}"
        value += "x" if f["unit"] == "x" else f" {f['unit']}"
        detail = " ".join(x for x in (f["detail"], f["note"]) if x)
        lines.append(
            f"| {cell(f['name'])} | {value} | {goal} | {met} "
            f"| {cell(f['anchor'])} | {cell(detail)} |"
        )
    lines.append("")
    lines += [f"- {cell(text)}" for text in run.get("notes", [])]
    if run.get("notes"):
        lines.append("")
    if run["code"] not in (0, 1):
        lines += [f"The bench failed (exit {run['code']}).", ""]
    return lines


def write(
    path: Path, passes: list[tuple[str, list[dict[str, Any]]]], before: dict[str, str]
) -> None:
    after = machine()
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`bench/run.py`); do not edit by hand. Each figure is measured",
        "with its anchor in the same run, so a ratio holds on a noisy, shared machine where an",
        "absolute time does not. A bench exits non-zero when it misses a goal.",
        "",
        f"- date: {before['date']}",
        f"- machine: {before['cores']} cores, {before['system']}, Python {before['python']}",
        f"- load average (1, 5, 15 min): {before['load']} before, {after['load']} after",
        "",
    ]
    for label, runs in passes:
        missed = sum(1 for r in runs for f in r.get("figures", []) if f["met"] is False)
        failed = [r["bench"] for r in runs if r["code"] not in (0, 1)]
        lines += [f"## {label}", ""]
        lines += [
            f"{len(runs)} benches; goals missed: {missed}; failed: {', '.join(failed) or 'none'}.",
            "",
        ]
        for run in runs:
            lines += section(run)
    path.write_text("\n".join(lines).rstrip() + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", help="bench names (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    parser.add_argument(
        "--on-server",
        nargs="*",
        metavar="NAME",
        help=f"benches to run again on {SERVER_ENV} when it is set (default: all chosen)",
    )
    args = parser.parse_args()
    chosen = benches(args.names)
    before = machine()
    server = os.environ.get(SERVER_ENV)
    passes: list[tuple[str, list[dict[str, Any]]]] = []
    with tempfile.TemporaryDirectory() as folder:
        results = Path(folder)
        passes.append(("Embedded PostgreSQL", [run_one(p, None, results) for p in chosen]))
        if server:
            again = benches(args.on_server) if args.on_server else chosen
            passes.append((SERVER_ENV, [run_one(p, server, results) for p in again]))
    write(args.out, passes, before)
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0 if all(r["code"] == 0 for _, runs in passes for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
