#!/usr/bin/env python3
"""The plan of a generated programme year (issue #21): how many applications each of the 34 agencies receives for
each action type of round 2020-1, how many of them are selected, and the agency's SEPA debtor account. Prints SQL
that fills the helper table load_slot; programme-year.sql does the rest set-based from it.

Usage: programme-year-plan.py full|tenth
"""
import sys

SCALE = sys.argv[1] if len(sys.argv) > 1 else "tenth"
FACTOR = {"full": 1.0, "tenth": 0.1}[SCALE]

APPLICATIONS = round(30000 * FACTOR)
LARGEST = round(2000 * FACTOR)          # the largest agency-round-action type: LV01, 2020-1, KA201
AGREEMENTS = round(6000 * FACTOR)
EXPERTS = round(1500 * FACTOR)
# The large agency (LV01): a fifth of all applications and a third of all agreements, so that its SEPA file of due
# orders (one per agreement in force) holds 2,000 payments at full size.
LARGE_AGENCY = "LV01"
LARGE_SHARE = 0.2
LARGE_AGREEMENTS = round(2000 * FACTOR)

# 34 agencies and the action types each handles (the seeded national_agency_action_type)
AGENCIES = {
    "LV01": "KA201 KA202 KA203 KA204 KA229", "PL01": "KA201 KA202 KA203 KA204 KA205 KA229",
    "DE02": "KA202 KA204", "DE03": "KA201 KA229", "FR01": "KA201 KA202 KA203 KA204 KA229",
    "ES01": "KA201 KA202 KA203 KA204 KA229", "IT02": "KA201 KA203 KA204 KA229", "IT01": "KA202",
    "TR01": "KA201 KA202 KA203 KA204 KA205 KA229", "RO01": "KA201 KA202 KA203 KA204 KA205 KA229",
    "HU01": "KA201 KA202 KA203 KA204 KA205 KA229", "CZ01": "KA201 KA202 KA203 KA204 KA205 KA229",
    "PT01": "KA201 KA202 KA203 KA204 KA229", "EL01": "KA201 KA202 KA203 KA204 KA229",
    "NL01": "KA201 KA202 KA203 KA204 KA229", "BE02": "KA201 KA202 KA203 KA204 KA229",
    "BE01": "KA201 KA202 KA203 KA204 KA229", "AT01": "KA201 KA202 KA203 KA204 KA229",
    "SE01": "KA201 KA202 KA203 KA204 KA229", "FI01": "KA201 KA202 KA203 KA204 KA205 KA229",
    "DK01": "KA201 KA202 KA203 KA204 KA205 KA229", "SK01": "KA201 KA202 KA203 KA204 KA229",
    "SI01": "KA201 KA202 KA203 KA204 KA229", "HR01": "KA201 KA202 KA203 KA204 KA205 KA229",
    "LT01": "KA201 KA202 KA203 KA204 KA229", "EE01": "KA201 KA202 KA203 KA204 KA229",
    "BG01": "KA201 KA202 KA203 KA204 KA205 KA229", "IE01": "KA201 KA202 KA204 KA205 KA229",
    "NO01": "KA201 KA202 KA203 KA204 KA229", "UK01": "KA201 KA202 KA203 KA204 KA205 KA229",
    "DE04": "KA205", "FR02": "KA205", "ES02": "KA205", "LV02": "KA205",
}
assert len(AGENCIES) == 34
FIELDS = {"KA201": "SCHOOL_EDUCATION", "KA202": "VOCATIONAL_EDUCATION_AND_TRAINING", "KA203": "HIGHER_EDUCATION",
          "KA204": "ADULT_EDUCATION", "KA205": "YOUTH", "KA229": "SCHOOL_EDUCATION"}
# How popular each action type is, relative to KA201
POPULARITY = {"KA201": 1.0, "KA202": 0.8, "KA203": 0.5, "KA204": 0.45, "KA205": 0.6, "KA229": 0.9}


def iban(country, bban):
    """An IBAN with valid check digits (ISO 13616, mod 97) for a made-up account."""
    digits = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def spread(total, weights):
    """Integers proportional to the weights that add up to total exactly (largest remainders)."""
    raw = [total * w / sum(weights) for w in weights]
    counts = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[:total - sum(counts)]:
        counts[i] += 1
    return counts


# The large agency: KA201 is the largest slot; its other types share the rest of its fifth.
large_types = AGENCIES[LARGE_AGENCY].split()
large_total = round(APPLICATIONS * LARGE_SHARE)
others = [t for t in large_types if t != "KA201"]
slots = [(LARGE_AGENCY, "KA201", LARGEST)]
slots += [(LARGE_AGENCY, t, c) for t, c in
          zip(others, spread(large_total - LARGEST, [POPULARITY[t] for t in others]))]
# The other 33 agencies: skewed by rank (agency r gets a weight of 1/r^0.8), then by action type's popularity.
rest = [(a, t, (1.0 / (rank + 1) ** 0.8) * POPULARITY[t] / len(AGENCIES[a].split()) ** 0.3)
        for rank, a in enumerate(a for a in AGENCIES if a != LARGE_AGENCY) for t in AGENCIES[a].split()]
counts = spread(APPLICATIONS - large_total, [w for _, _, w in rest])
slots += [(a, t, c) for (a, t, _), c in zip(rest, counts)]
assert max(c for _, _, c in slots) == LARGEST, "a slot outgrew the largest"
assert sum(c for _, _, c in slots) == APPLICATIONS

# Agreements: LV01's share across its slots, the rest across the other agencies' slots, by size
large_slots = [s for s in slots if s[0] == LARGE_AGENCY]
other_slots = [s for s in slots if s[0] != LARGE_AGENCY]
selected = dict(zip(large_slots, spread(LARGE_AGREEMENTS, [c for _, _, c in large_slots])))
selected.update(zip(other_slots, spread(AGREEMENTS - LARGE_AGREEMENTS, [c for _, _, c in other_slots])))

print("INSERT INTO load_slot (slot, agency, action_type, field, applications, first_application, selected) VALUES")
rows, first = [], 1
for number, slot in enumerate(slots, start=1):
    agency, action_type, count = slot
    # Selected applications must pass the award criteria: at most 60 % of a slot (about 75 % pass)
    assert selected[slot] <= 0.6 * count + 1, f"{slot}: {selected[slot]} selected of {count}"
    rows.append(f"({number}, '{agency}', '{action_type}', '{FIELDS[action_type]}', {count}, {first}, {selected[slot]})")
    first += count
print(",\n".join(rows) + ";")
# Experts: each agency's pool in proportion to its applications (at least 3, so that every application finds a third)
per_agency = {a: sum(c for x, _, c in slots if x == a) for a in AGENCIES}
pools = [max(3, p) for p in spread(EXPERTS, list(per_agency.values()))]
while sum(pools) > EXPERTS:
    pools[pools.index(max(pools))] -= 1
# Demonstration accounts at the Treasury of Latvia, as the payments migration gives LV01 and LV02 (valid check digits,
# not real accounts)
print("INSERT INTO load_agency (agency, country, iban, bic, experts, first_expert) VALUES")
rows, first = [], 1
for n, (a, pool) in enumerate(zip(AGENCIES, pools), start=10):
    rows.append(f"('{a}', '{a[:2]}', '{iban('LV', 'TREL' + str(9230000000000 + n))}', 'TRELLV22', {pool}, {first})")
    first += pool
print(",\n".join(rows) + ";")
