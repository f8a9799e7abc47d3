"""Build resources/reference/derby_areas.json from the ONS files in ../shared/data/derby.

Run again when the source files change: ``python scripts/build_reference_data.py``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "derby"
TARGET = ROOT / "resources" / "reference" / "derby_areas.json"

# Short prefixes for action references (ARB-2025-014); chosen to be unique and recognisable.
PREFIXES = {
    "Abbey": "ABB",
    "Allestree": "ALL",
    "Alvaston North": "ALN",
    "Alvaston South": "ALS",
    "Arboretum": "ARB",
    "Blagreaves": "BLA",
    "Chaddesden East": "CHE",
    "Chaddesden North": "CHN",
    "Chaddesden West": "CHW",
    "Chellaston & Shelton Lock": "CSL",
    "Darley": "DAR",
    "Littleover": "LIT",
    "Mackworth & New Zealand": "MNZ",
    "Mickleover": "MIC",
    "Normanton": "NOR",
    "Oakwood": "OAK",
    "Sinfin & Osmaston": "SIN",
    "Spondon": "SPO",
}


def main() -> int:
    with (SOURCE / "derby_wards.csv").open(newline="", encoding="utf-8-sig") as f:
        wards = [r for r in csv.DictReader(f) if r["SOURCEFILE"] == "2023"]
    with (SOURCE / "derby_lsoa11.csv").open(newline="", encoding="utf-8-sig") as f:
        lsoas = list(csv.DictReader(f))
    areas = []
    for ward in sorted(wards, key=lambda w: w["WDNM"]):
        name = ward["WDNM"]
        areas.append(
            {
                "code": ward["WDCD"],
                "name": name,
                "prefix": PREFIXES[name],
                "lsoas": [
                    {
                        "code": r["LSOA11CD"],
                        "name": r["LSOA11NM"],
                        "latitude": float(r["LAT"]),
                        "longitude": float(r["LONG"]),
                    }
                    for r in sorted(lsoas, key=lambda r: r["LSOA11NM"])
                    if r["WARD25CD_by_centroid"] == ward["WDCD"]
                ],
            }
        )
    document = {
        "source": "ONS ward and LSOA (2011) codes for Derby (E06000015); ward of each LSOA by "
        "centroid. Contains public sector information licensed under the Open Government "
        "Licence v3.0. Contains OS data © Crown copyright and database right.",
        "local_authority": {"code": "E06000015", "name": "Derby"},
        "areas": areas,
    }
    TARGET.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(areas)} wards, {len(lsoas)} LSOAs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
