#!/usr/bin/env python3
"""Writes src/OwlDigital.Domain/Tenants/owl-tenants.json from the official OWL lists in ../shared/data.

The output carries only public facts (name, kind, keys, population, coordinates) in the project's
own seed format; the source files stay outside the repository. Re-run after a new Destatis extract:
    python3 etc/scripts/dev/generate-owl-tenant-seed.py ../shared/data
"""
import csv, json, pathlib, sys

data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
out = pathlib.Path(__file__).resolve().parents[3] / "src/OwlDigital.Domain/Tenants/owl-tenants.json"

municipalities = list(csv.DictReader(open(data / "owl_gemeinden_gv100ad_2025-11-30.csv", encoding="utf-8")))
districts = list(csv.DictReader(open(data / "owl_kreise_gv100ad_2025-11-30.csv", encoding="utf-8")))
by_short_name = {m["name"].split(",")[0].strip(): m for m in municipalities}

tenants = []
for m in municipalities:
    kind = "DistrictFreeCity" if m["gemeindetyp_code"] == "61" else "Municipality"
    tenants.append({
        "name": m["name"], "kind": kind, "ags": m["ags"], "ars": m["ars"],
        "population": int(m["bevoelkerung"]),
        "latitude": float(m["breitengrad_2020"]), "longitude": float(m["laengengrad_2020"]),
    })
for d in districts:
    if d["kreistyp"] != "Kreis":
        continue  # Bielefeld is listed at district level too, but is one tenant, the city.
    seat = by_short_name[d["sitz"]]
    tenants.append({
        "name": "Kreis " + d["kreis_name"], "kind": "District", "ags": d["kreis_ags"], "ars": d["kreis_ars"],
        "population": int(d["bevoelkerung"]),
        "latitude": float(seat["breitengrad_2020"]), "longitude": float(seat["laengengrad_2020"]),
    })

document = {
    "source": "Destatis Gemeindeverzeichnis GV100AD, Gebietsstand 2025-11-30 (dl-de/by-2-0); coordinates of 2020; a district is placed at its seat",
    "asOf": "2025-11-30",
    "tenants": tenants,
}
out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {len(tenants)} tenants to {out}")
