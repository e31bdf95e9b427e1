#!/usr/bin/env python3
"""Seeds the deadline-day scenario through the application's own HTTP API.

Each coordinator (an account created by run-deadline-day.sh, as there is no public sign-up) signs in with the
sign-in form (one bcrypt check; the session cookie carries the rest, as in a browser), registers its own
organisation (POST /api/v1/organisations) and creates a draft from the green-skills example document
(POST /api/v1/applications), sending the session's CSRF token as a page's script would (the API wants it with a
session cookie). Writes one line per coordinator: SESSION-cookie draft-id version applicant-OID CSRF-token.

Usage: seed.py BASE_URL COUNT PASSWORD DOCUMENT_JSON OUT_FILE
"""
import concurrent.futures
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE, COUNT, PASSWORD, DOCUMENT, OUT = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
TEMPLATE = open(DOCUMENT, encoding="utf-8").read()


def email(i):
    return f"coordinator{i:04d}@load.sadarbe.test"


def seed(i):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/sign-in").read().decode()
    csrf = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    form = urllib.parse.urlencode({"email": email(i), "password": PASSWORD, "_csrf": csrf.group(1)}).encode()
    opener.open(urllib.request.Request(BASE + "/sign-in", data=form)).read()
    session = next(c.value for c in jar if c.name == "SESSION")
    page = opener.open(BASE + "/").read().decode()
    token = re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)

    def post(path, body):
        request = urllib.request.Request(BASE + path, data=json.dumps(body).encode() if not isinstance(body, str)
                                         else body.encode(), headers={"Content-Type": "application/json",
                                                                       "X-CSRF-TOKEN": token})
        try:
            response = opener.open(request)
        except urllib.error.HTTPError as failed:
            raise SystemExit(f"{path}: {failed.code} {failed.read().decode()[:500]}")
        return response, json.loads(response.read().decode())

    _, organisation = post("/api/v1/organisations", {
        "legalName": f"Load test VET school {i:04d}", "country": "LV", "city": "Rīga",
        "address": f"Skolas iela {i}", "organisationType": "VET_PROVIDER", "registrationNumber": f"4000{i:07d}",
        "legalRepresentativeName": f"Direktors {i}", "contactName": f"Koordinators {i}",
        "contactEmail": email(i), "duplicateReason": "Load test: distinct schools with similar names"})
    oid = organisation["oid"]
    response, draft = post("/api/v1/applications", TEMPLATE.replace("E10000001", oid))
    version = response.headers["ETag"].strip('"')
    return f"{session} {draft['id']} {version} {oid} {token}"


with concurrent.futures.ThreadPoolExecutor(4) as pool:
    lines = list(pool.map(seed, range(1, COUNT + 1)))
with open(OUT, "w") as out:
    out.write("\n".join(lines) + "\n")
print(f"seeded {len(lines)} coordinators with drafts")
