"""Carrier, prefix-in-use and region benchmark: what libphonenumber's data costs the app.

Each measurement runs in a fresh interpreter (imports and caches start empty), --repeat times,
best time kept; memory is the growth of the resident size (VmRSS) over the measurement.

(a) importing the domain modules, then the first check of a number (phonenumbers, its
    Chinese metadata and the carrier data are imported then),
(b) the baseline: the shape check alone (numbers.MOBILE_PATTERN) over 100,000 numbers,
(c) carriers.unused_prefixes + count_by_carrier over the same 100,000 numbers, first run
    (every prefix learnt) and second run, for two sheets: "city" (numbers from 3,000
    prefixes, as a shop's customers) and "random" (any 13x-19x number: 93,000 prefixes, one
    in four not in use, the worst case),
(d) regions.load_regions (China's part of the geodata), and 100,000 region_of look-ups,
(e) for comparison, importing phonenumbers.geocoder (every country's geodata),
(f) what pasting 100,000 lines into the Send tab costs (recipients.parse_recipients: shape,
    prefix in use, duplicates), in three written forms, against (b) on the random sheet.

    .venv/bin/python bench/carrier_bench.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

COUNT = 100_000
PASTE_FORMS = {"plain": "{}{}{}", "spaced": "{} {} {}", "+86": "+86 {}-{}-{}"}


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident size (VmRSS), or its peak (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def numbers(kind: str) -> list[str]:
    rng = random.Random(2026)
    if kind == "city":
        prefixes = [f"{rng.choice(['138', '139', '150', '186', '189', '199', '177'])}"
                    f"{rng.randrange(10_000):04d}" for _ in range(3_000)]
        return [f"{rng.choice(prefixes)}{rng.randrange(10_000):04d}" for _ in range(COUNT)]
    return [str(rng.randrange(13_000_000_000, 20_000_000_000)) for _ in range(COUNT)]


def measure(kind: str) -> dict[str, float]:
    """One measurement in this process (the parent runs each in a fresh interpreter)."""
    result: dict[str, float] = {}
    before = rss_mb()
    started = time.perf_counter()
    if kind == "import":
        from juhe_desk.domain import campaign_plan  # noqa: F401
        from juhe_desk.domain import numbers as number_rules
        imported = time.perf_counter()
        assert "phonenumbers" not in sys.modules
        assert number_rules.normalize_mobile("13912345678").valid
        result = {"domain_s": imported - started, "first_check_s": time.perf_counter() - imported}
    elif kind.startswith("shape-"):
        from juhe_desk.domain.numbers import MOBILE_PATTERN

        mobiles = numbers(kind[6:])
        started = time.perf_counter()
        assert all(map(MOBILE_PATTERN.fullmatch, mobiles))
        result = {"seconds": time.perf_counter() - started}
    elif kind.startswith("carriers-"):
        from juhe_desk.domain.carriers import count_by_carrier, prefix_info, unused_prefixes

        mobiles = numbers(kind[9:])
        prefix_info("13800000000")  # phonenumbers imported: not part of the figure
        before = rss_mb()
        for run in ("first", "second"):
            started = time.perf_counter()
            unused = unused_prefixes(mobiles)
            counts = count_by_carrier(mobiles)
            result[f"{run}_s"] = time.perf_counter() - started
        result["unused_share"] = sum(m[:7] in unused for m in mobiles) / COUNT
        result["carriers"] = len(counts)
    elif kind == "regions":
        from juhe_desk.domain.regions import load_regions, region_of

        mobiles = numbers("random")
        before = rss_mb()
        started = time.perf_counter()
        load_regions()  # imports phonenumbers too (12 MB of it)
        loaded = time.perf_counter()
        started_lookups = time.perf_counter()
        found = sum(region_of(m) is not None for m in mobiles)
        result = {"load_s": loaded - started,
                  "lookups_s": time.perf_counter() - started_lookups, "found": found}
    elif kind.startswith("paste-"):
        from juhe_desk.domain.carriers import prefix_info
        from juhe_desk.domain.recipients import parse_recipients

        form = PASTE_FORMS[kind[6:]]
        text = "\n".join(form.format(m[:3], m[3:7], m[7:]) for m in numbers("random"))
        prefix_info("13800000000")  # phonenumbers imported: not part of the figure
        started = time.perf_counter()
        checked = parse_recipients(text)
        result = {"seconds": time.perf_counter() - started,
                  "accounted": len(checked.valid) + checked.duplicates + len(checked.invalid)}
    elif kind == "geocoder":
        from phonenumbers import geocoder  # noqa: F401

        result = {"seconds": time.perf_counter() - started}
    result["rss_growth_mb"] = rss_mb() - before
    result["peak_growth_mb"] = rss_mb("VmHWM") - before
    return result


def run_child(kind: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--measure", kind], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    kinds = ["import", "shape-city", "carriers-city", "shape-random", "carriers-random",
             "regions", "geocoder", *(f"paste-{form}" for form in PASTE_FORMS)]
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for _ in range(args.repeat):  # taking turns, so that a busy machine slows all alike
        for kind in kinds:
            runs[kind].append(run_child(kind))

    def best(kind: str, key: str) -> float:
        return min(run[key] for run in runs[kind])

    def grew(kind: str) -> float:
        return max(run["rss_growth_mb"] for run in runs[kind])

    print(f"(a) import the domain modules {best('import', 'domain_s') * 1000:6.0f} ms; "
          f"first check of a number (imports phonenumbers) "
          f"{best('import', 'first_check_s') * 1000:.0f} ms, +{grew('import'):.0f} MB")
    for sheet in ("city", "random"):
        shape = best(f"shape-{sheet}", "seconds")
        first, second = best(f"carriers-{sheet}", "first_s"), best(f"carriers-{sheet}", "second_s")
        share = runs[f"carriers-{sheet}"][0]["unused_share"]
        print(f"{sheet:>6}: (b) shape check {shape * 1000:5.0f} ms; (c) prefixes in use and "
              f"carriers: first {first * 1000:5.0f} ms ({first / shape:.1f}× (b)), "
              f"then {second * 1000:4.0f} ms ({second / shape:.1f}× (b)); "
              f"{share:.0%} not in use; +{grew(f'carriers-{sheet}'):.0f} MB")
    peak = max(run["peak_growth_mb"] for run in runs["regions"])
    print(f"(d) regions: load {best('regions', 'load_s') * 1000:.0f} ms "
          f"(+{grew('regions'):.0f} MB kept, +{peak:.0f} MB at the peak); "
          f"{COUNT:,} look-ups {best('regions', 'lookups_s') * 1000:.0f} ms")
    print(f"(e) import phonenumbers.geocoder (every country) "
          f"{best('geocoder', 'seconds') * 1000:.0f} ms, +{grew('geocoder'):.0f} MB")
    shape = best("shape-random", "seconds")
    for form in PASTE_FORMS:
        seconds = best(f"paste-{form}", "seconds")
        print(f"(f) paste {COUNT:,} lines, {form:>6}: {seconds * 1000:5.0f} ms "
              f"({seconds / shape:.1f}× (b))")


if __name__ == "__main__":
    main()
