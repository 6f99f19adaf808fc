"""Run every benchmark module in bench/ and print one JSON object keyed by name."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys

import bench


def main() -> int:
    results = {}
    for mod in sorted(m.name for m in pkgutil.iter_modules(bench.__path__)):
        if mod.startswith("_"):
            continue
        module = importlib.import_module(f"bench.{mod}")
        if hasattr(module, "run"):
            print(f"running bench.{mod} ...", file=sys.stderr)
            results[mod] = module.run()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
