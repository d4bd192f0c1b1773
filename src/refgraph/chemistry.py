"""Element symbols, for telling a chemical formula ("CO2", "Fe2O3", "Ca2") from a word
with a citation or a subscript that a conversion set apart."""
from __future__ import annotations

import re

ELEMENTS = frozenset("""H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
    Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf
    Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr""".split())
# Element symbols with counts: CO2, MgCl2, CuSO4, H2O, Ca2.
FORMULA = re.compile(r"(?:(?:%s)\d{0,2})+" % "|".join(sorted(ELEMENTS, key=len, reverse=True)))
