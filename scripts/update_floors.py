"""Pin the quality gate's floors to what the pipeline scores now on tests/gold/gold.jsonl.

usage: python scripts/update_floors.py [--allow-regression]

A floor only rises unless --allow-regression is given: lowering one must be deliberate.
The gold file's SHA-256 is pinned with the floors, so an edited gold set is noticed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from hadath.eval import evaluate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "gold.jsonl"
FLOORS = ROOT / "tests" / "gold" / "floors.json"
GATED = ("type", "type+actor", "type+actor+recipient", "quotes", "entities")


def current_scores() -> dict[str, float]:
    """F1 at each gated level, and location/date accuracy, on the self-written gold set."""
    result = evaluate(str(GOLD)).to_dict()
    scores = {level: result[level]["f1"] for level in GATED}
    scores["location_acc161"] = result["location_acc161"]["acc"] or 0.0
    scores["date_acc"] = result["date_acc"]["acc"] or 0.0
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow-regression", action="store_true", help="allow a floor to go down")
    args = parser.parse_args()
    old = json.loads(FLOORS.read_text()) if FLOORS.exists() else {"floors": {}}
    new = current_scores()
    lowered = {
        k: (old["floors"][k], v) for k, v in new.items() if k in old["floors"] and v < old["floors"][k]
    }
    if lowered and not args.allow_regression:
        for key, (was, now) in lowered.items():
            print(
                f"{key}: {now} is below the floor {was}; rerun with --allow-regression to lower it",
                file=sys.stderr,
            )
        return 1
    digest = hashlib.sha256(GOLD.read_bytes()).hexdigest()
    FLOORS.write_text(
        json.dumps({"gold_sha256": digest, "epsilon": 0.005, "floors": new}, indent=2, sort_keys=True) + "\n"
    )
    print(json.dumps(new, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
