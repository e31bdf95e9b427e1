#!/usr/bin/env python3
"""The review's mixed use of one Sadarbe node for a given time, then a check that every confirmed write is kept.

  soak.py run BASE SECONDS OUTDIR     replays the mixed use with WORKERS clients (default 6) until SECONDS passed;
                                      every answer goes to OUTDIR/answers.jsonl, every confirmed write to
                                      OUTDIR/confirmed.json, the figures to OUTDIR/run.json
  soak.py verify BASE OUTDIR          after the node restarted: is every confirmed write still there?
                                      (OUTDIR/verify.json; exit status 1 when any is missing)

Only 127.0.0.1 / localhost is accepted as BASE. Demo users (README.md) with the password sadarbe-demo; the pages
are driven as a browser would (sign-in form, CSRF field, htmx autosave), the JSON API with HTTP Basic.
"What the review did": sign-ins of every role, autosaves, 100,000-character texts, co-editing conflicts, annex
uploads of 8-12 MB and small PDFs, submissions and resubmissions, formal checks, expert scoring, decisions and
decision letters (no mail server), language switches, round and individual extensions, public pages.
A write counts as confirmed only when the page or API said it was done (a redirect to the success page, 201, the
autosave's "Saved"); a refusal (4xx) is an answer, not a failure. Any 5xx, or a closed connection other than on an
over-size upload, is a failure.
"""
import base64
import concurrent.futures
import hashlib
import http.cookiejar
import json
import os
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PASSWORD = "sadarbe-demo"
DEMO = "@demo.sadarbe.eu"
APPLICANTS = ["anna.berzina"]
PARTNER = "peteris.kalnins"
OFFICER, OTHER_OFFICER, ADMIN = "ilze.ozola", "janis.liepa", "admin"
EXPERTS = ["marta.jansone", "andris.kalejs", "liga.vitola", "raimonds.zarins", "dace.lace", "gatis.ozols",
           "aija.liepina", "valdis.krumins"]
TEXT_SECTIONS = ["needs", "objectives", "target-groups", "innovation", "partnership", "impact", "dissemination"]
TRACE_MARKERS = ("Exception:", "\tat ", "at org.", "at java.", "at eu.sadarbe", ".java:")
CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"|value="([^"]+)"\s+name="_csrf"')


def check_local(base):
    host = urllib.parse.urlparse(base).hostname
    if host not in ("127.0.0.1", "localhost"):
        raise SystemExit(f"soak.py only targets 127.0.0.1, not {host}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    @property
    def location(self):
        return self.headers.get("Location", "") if self.headers else ""

    def json(self):
        return json.loads(self.body)


class Recorder:
    """Every answer (kind, status, milliseconds) and every confirmed write, shared by the clients."""

    def __init__(self, outdir):
        self.lock = threading.Lock()
        self.answers = open(os.path.join(outdir, "answers.jsonl"), "a")
        self.counts, self.failures, self.latencies = {}, [], {}
        self.confirmed = {"sections": {}, "submissions": {}, "annexes": {}, "rounds": {}, "languages": {},
                          "extensions": {}, "decisions": {}, "letters": {}, "scores": {}}

    def answer(self, kind, answer, started, expected_reset=False):
        ms = round(1000 * (time.time() - started))
        failed = answer.status >= 500 or (answer.status == 0 and not expected_reset)
        trace = any(marker in answer.text for marker in TRACE_MARKERS) if answer.status >= 400 else False
        with self.lock:
            key = f"{kind} {answer.status}"
            self.counts[key] = self.counts.get(key, 0) + 1
            self.latencies.setdefault(kind, []).append(ms)
            self.answers.write(json.dumps({"at": round(started, 2), "kind": kind, "status": answer.status,
                                           "ms": ms, "trace": trace}) + "\n")
            if failed or trace:
                self.failures.append({"at": time.strftime("%H:%M:%S", time.gmtime(started)), "kind": kind,
                                      "status": answer.status, "body": answer.text[:400]})
        return answer

    def confirm(self, what, key, value):
        with self.lock:
            self.confirmed[what][key] = value


class Client:
    """One person in one browser: a cookie jar, the sign-in form, CSRF fields; and HTTP Basic for the API."""

    def __init__(self, base, recorder, email=None):
        self.base, self.recorder, self.email = base, recorder, email
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def call(self, kind, method, path, data=None, headers=None, basic=False, expected_reset=False, timeout=120):
        headers = dict(headers or {})
        if basic:
            token = base64.b64encode(f"{self.email}:{PASSWORD}".encode()).decode()
            headers["Authorization"] = "Basic " + token
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        started = time.time()
        opener = urllib.request.build_opener(NoRedirect) if basic else self.opener
        try:
            with opener.open(request, timeout=timeout) as response:
                answer = Answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as refused:
            answer = Answer(refused.code, refused.headers, refused.read())
        except Exception as failure:  # the connection closed or was refused
            answer = Answer(0, None, (type(failure).__name__ + ": " + str(failure)).encode())
        return self.recorder.answer(kind, answer, started, expected_reset)

    def page(self, kind, path):
        return self.call(kind, "GET", path, headers={"Accept": "text/html"})

    def csrf(self, path):
        answer = self.page("page", path)
        found = CSRF.search(answer.text)
        return (found.group(1) or found.group(2)) if found else None, answer

    def form(self, kind, path, fields, csrf_from=None, hx=False):
        token, _ = self.csrf(csrf_from or path)
        body = urllib.parse.urlencode([*(fields.items() if isinstance(fields, dict) else fields),
                                       ("_csrf", token or "")]).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"}
        if hx:
            headers["HX-Request"] = "true"
        return self.call(kind, "POST", path, body, headers)

    def sign_in(self, email):
        self.email = email
        self.jar.clear()
        answer = self.form("sign-in", "/sign-in", {"email": email, "password": PASSWORD})
        return answer.status == 302 and "error" not in answer.location

    def sign_out(self):
        return self.form("sign-out", "/sign-out", {}, csrf_from="/")

    def upload(self, kind, path, csrf_from, fields, file_name, content, expected_reset=False):
        token, _ = self.csrf(csrf_from)
        boundary = "soak" + uuid.uuid4().hex
        parts = []
        for name, value in [*fields.items(), ("_csrf", token or "")]:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file_name}"\r\n'
                     f'Content-Type: application/pdf\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.call(kind, "POST", path, b"".join(parts),
                         {"Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "text/html",
                          "X-CSRF-TOKEN": token or ""}, expected_reset=expected_reset)


def pdf(size, label):
    """A well-formed one-page PDF of about SIZE bytes (the padding is a PDF comment)."""
    head = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n")
    padding = b""
    if size > 1024:
        line = b"% " + label.encode() + b" " + b"x" * 100 + b"\n"
        padding = line * max(0, (size - 1024) // len(line))
    body = head + padding
    xref = len(body)
    return body + (b"xref\n0 4\n0000000000 65535 f \n" + b"%010d 00000 n \n" % 9 + b"%010d 00000 n \n" % 52
                   + b"%010d 00000 n \n" % 101 + b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref)


class Soak:
    def __init__(self, base, seconds, outdir, workers):
        self.base, self.deadline, self.outdir, self.workers = base, time.time() + seconds, outdir, workers
        self.recorder = Recorder(outdir)
        self.section_locks = {}
        self.application_locks = {}   # a submission signs, then submits: no autosave or upload in between
        self.state_lock = threading.Lock()
        self.drafts = []           # [application id, coordinator email]
        self.rounds = []           # round ids the soak extends
        self.open_round = None
        self.sequence = 0

    def application_lock(self, application):
        with self.state_lock:
            return self.application_locks.setdefault(application, threading.RLock())

    def next(self):
        with self.state_lock:
            self.sequence += 1
            return self.sequence

    def client(self, who):
        client = Client(self.base, self.recorder, who + DEMO)
        client.sign_in(who + DEMO)
        return client

    # --- preparation: drafts of the soak's own, in the open demo round ----------------------------------------
    def prepare(self):
        anna = self.client("anna.berzina")
        rounds = anna.call("rounds api", "GET", "/api/v1/call-rounds").json()
        rounds = rounds if isinstance(rounds, list) else rounds.get("rounds", rounds.get("content", []))
        self.open_round = next(r["id"] for r in rounds if r.get("label") == "Demo round (open)")
        mine = anna.call("applications api", "GET", "/api/v1/applications", basic=True).json()
        mine = mine if isinstance(mine, list) else mine.get("applications", [])
        demo = next(a for a in mine if "demo" in (a.get("title") or ""))
        document = anna.call("document", "GET", f"/api/v1/applications/{demo['id']}", basic=True).json()
        document = document.get("document", document)
        for number in range(max(4, self.workers)):
            document["title"] = f"Soak application {number + 1} ({time.strftime('%H:%M')})"
            answer = anna.call("create draft", "POST", f"/api/v1/applications?round={self.open_round}",
                               json.dumps(document).encode(), {"Content-Type": "application/json"}, basic=True)
            if answer.status == 201:
                self.drafts.append([answer.json()["id"], anna.email])
        for application, _ in self.drafts:
            self.sign(anna, application)
        self.drafts.append([demo["id"], anna.email])  # shared with Pēteris: the co-editing conflicts happen here
        admin = self.client(ADMIN)
        year, number = 2019, 9
        answer = admin.form("define round", "/rounds", [("callYear", year), ("roundNumber", number),
                                                         ("label", "Soak round"), ("actionTypes", "KA201"),
                                                         ("deadlineDate", "2019-12-01"), ("deadlineTime", "12:00")],
                            csrf_from="/rounds/new")
        rounds = admin.call("rounds api", "GET", "/api/v1/call-rounds").json()
        rounds = rounds if isinstance(rounds, list) else rounds.get("rounds", rounds.get("content", []))
        self.rounds = [r["id"] for r in rounds if r.get("label") in ("Soak round", "Demo round (open)")]
        print(f"prepared {len(self.drafts)} drafts, rounds {self.rounds} (define: {answer.status})", flush=True)

    # --- the mixed use ----------------------------------------------------------------------------------------
    def autosave(self, client, long_text=False, conflict=False):
        application, owner = random.choice(self.drafts[:-1]) if not conflict else self.drafts[-1]
        slug = random.choice(TEXT_SECTIONS)
        key = f"{application}/{slug}"
        with self.state_lock:
            lock = self.section_locks.setdefault(key, threading.Lock())
        with self.application_lock(application), lock:
            path = f"/applications/{application}/sections/{slug}"
            page = client.page("section page", path)
            found = re.search(r'id="baseVersion" name="baseVersion" value="(\d+)"', page.text)
            token = CSRF.search(page.text)
            if not found or not token:
                return
            marker = f"soak-{self.next()}-{uuid.uuid4().hex[:8]}"
            filler = " Mācekļi apgūst zaļās prasmes praksē." * (2800 if long_text else random.randint(2, 60))
            text = marker + filler
            fields = {"baseVersion": found.group(1), "text": text, "_csrf": token.group(1) or token.group(2)}
            kind = "autosave 100k" if long_text else "autosave"
            headers = {"Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true"}
            if conflict:
                # Pēteris opened the same section at the same version, and saves first.
                other = self.client(PARTNER)
                his = other.page("section page", path)
                his_token = CSRF.search(his.text)
                theirs = {**fields, "text": "Pēteris: " + marker + filler,
                          "_csrf": (his_token.group(1) or his_token.group(2)) if his_token else ""}
                first = other.call("autosave (co-editor)", "POST", path, urllib.parse.urlencode(theirs).encode(),
                                   headers)
                if re.search(r"Saved automatically|Saglabāts automātiski", first.text):
                    self.recorder.confirm("sections", key, {"marker": "Pēteris: " + marker, "by": other.email})
                kind = "autosave conflict"
            answer = client.call(kind, "POST", path, urllib.parse.urlencode(fields).encode(), headers)
            if answer.status == 200 and re.search(r"Saved automatically|Saglabāts automātiski", answer.text):
                self.recorder.confirm("sections", key, {"marker": marker, "by": client.email})

    def upload(self, client):
        application, _ = random.choice(self.drafts[:-1])
        size = random.choice([2_000, 40_000, 900_000, 4_000_000, 8_500_000, 12_000_000])
        name = f"soak-annex-{self.next()}.pdf"
        content = pdf(size, name)
        with self.application_lock(application):
            answer = client.upload("annex upload" + (" 8-12 MB" if size > 5_000_000 else ""),
                                   f"/applications/{application}/annexes",
                                   f"/applications/{application}/sections/annexes",
                                   {"target": "OTHER"}, name, content, expected_reset=size > 5_000_000)
        if answer.status == 302 and "uploaded" in answer.location:
            self.recorder.confirm("annexes", name, {"application": application,
                                                    "sha256": hashlib.sha256(content).hexdigest()})

    def sign(self, client, application):
        """Signs the declaration of honour: any later change of the draft voids it (issue #12), so right before."""
        path = f"/applications/{application}/sections/declaration"
        page = client.page("section page", path)
        found = re.search(r'id="baseVersion" name="baseVersion" value="(\d+)"', page.text)
        return client.form("declaration", path, {"baseVersion": found.group(1) if found else "0",
                                                 "accepted": "true", "signedBy": "Anna Bērziņa"}, csrf_from=path)

    def submit(self, client):
        application, _ = random.choice(self.drafts[:-1])
        with self.application_lock(application):
            self.sign(client, application)
            page = client.page("submit page", f"/applications/{application}/submit")
            key = re.search(r'name="idempotencyKey" value="([^"]+)"', page.text)
            version = re.search(r'name="version" value="(\d+)"', page.text)
            if not key or not version:
                return
            answer = client.form("submission", f"/applications/{application}/submissions",
                                 {"idempotencyKey": key.group(1), "version": version.group(1)},
                                 csrf_from=f"/applications/{application}/submit")
        found = re.search(r"/submissions/([0-9a-f-]{36})", answer.location)
        if answer.status == 302 and found:
            self.recorder.confirm("submissions", found.group(1), {"application": application})
            client.page("receipt page", answer.location.replace(self.base, ""))

    def language(self, client):
        language = random.choice(["lv", "en"])
        answer = client.page("language switch", f"/applications?lang={language}")
        if answer.status == 200 and f'lang="{language}"' in answer.text:
            self.recorder.confirm("languages", client.email, language)

    def extend_round(self, client):
        if not self.rounds:
            return
        round_id = random.choice(self.rounds)
        day = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400 * random.randint(40, 400)))
        answer = client.form("round extension", f"/rounds/{round_id}/extension",
                             {"deadlineDate": day, "deadlineTime": "12:00", "reason": f"Soak {self.next()}"},
                             csrf_from=f"/rounds/{round_id}/extension")
        if answer.status == 302 and answer.location.endswith("/rounds"):
            self.recorder.confirm("rounds", round_id, day + "T12:00")

    def extend_application(self, client):
        application, _ = random.choice(self.drafts[:-1])
        day = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400 * random.randint(40, 400)))
        with self.application_lock(application):  # the latest extension granted is the one kept
            answer = client.form("individual extension", f"/applications/{application}/extension",
                                 {"deadlineDate": day, "deadlineTime": "12:00", "reason": f"Soak {self.next()}"},
                                 csrf_from=f"/applications/{application}/extension")
            if answer.status == 302 and "granted" in answer.location:
                self.recorder.confirm("extensions", application, day)

    def officer_reads(self, client):
        code = "LV01" if OFFICER in (client.email or "") else "LV02"
        listing = client.call("agency api", "GET", f"/api/v1/agency/{code}/applications", basic=True)
        client.page("inbox", "/agency/applications")
        client.page("selection", "/agency/selection")
        if listing.status == 200:
            found = listing.json().get("applications", [])
            if found:
                client.page("agency application", f"/agency/applications/{random.choice(found)['id']}")

    def public(self, client):
        choice = random.randrange(4)
        if choice == 0:
            client.page("partners", "/partners?name=riga")
        elif choice == 1:
            client.call("distance api", "GET", "/api/v1/distances?from=Riga&to=Tallinn")
        elif choice == 2:
            client.page("rounds", "/rounds")
        else:
            client.page("check", "/check")

    def sign_in_out(self):
        who = random.choice(APPLICANTS + [PARTNER, OFFICER, OTHER_OFFICER, ADMIN] + EXPERTS)
        client = self.client(who)
        client.page("home", "/")
        client.sign_out()

    # --- the back office: formal check, experts, consolidation, decisions, letters -----------------------------
    def back_office(self):
        """Once, early: the officer takes the demo assessment round (2020 round 2) to decisions and letters."""
        ilze = self.client(OFFICER)
        listing = ilze.call("agency api", "GET", "/api/v1/agency/LV01/applications", basic=True)
        if listing.status != 200:
            return
        applications = [a for a in listing.json().get("applications", [])
                        if a.get("round") == "2020-2" and a.get("status") == "SUBMITTED"]
        if applications:
            ilze.form("formal check (bulk)", "/agency/applications/eligible",
                      [("application", a["id"]) for a in applications], csrf_from="/agency/applications")
        groups = sorted({f"2020/2/{a['actionType']}" for a in applications})
        for group in groups:
            ilze.form("expert suggestions", "/agency/assessments/suggestions", {"group": group},
                      csrf_from="/agency/assessments")
        for expert in EXPERTS:
            if time.time() > self.deadline:
                return
            self.score_all(expert)
        for application in applications:
            if time.time() > self.deadline:
                return
            path = f"/agency/assessments/{application['id']}"
            page = ilze.page("assessment page", path)
            fields = {}
            for tag in re.findall(r"<input[^>]*>", page.text):
                name = re.search(r'name="(relevance|design|team|impact|recommendedGrant)"', tag)
                value = re.search(r'value="([^"]*)"', tag)
                if name and value:
                    fields[name.group(1)] = value.group(1)
            if len(fields) >= 4:
                ilze.form("consolidation", path + "/consolidation", fields, csrf_from=path)
        for group in groups:
            year, number, action_type = group.split("/")
            key = {"year": year, "round": number, "actionType": action_type}
            ilze.form("envelope", "/agency/selection/envelope", {**key, "amount": "2000000", "reserveSize": "2"},
                      csrf_from="/agency/selection")
            decided = ilze.form("decisions", "/agency/selection/decisions", key, csrf_from="/agency/selection")
            if decided.status == 302:
                self.recorder.confirm("decisions", group, True)
            letters = ilze.form("decision letters", "/agency/selection/letters", key, csrf_from="/agency/selection")
            if letters.status == 302:
                # Only applications with a decision get a letter: the issued ones are those whose letter opens.
                for application in applications:
                    if application["actionType"] == action_type:
                        letter = ilze.call("decision letter", "GET",
                                           f"/agency/selection/applications/{application['id']}/letter")
                        if letter.status == 200 and letter.body.startswith(b"%PDF"):
                            self.recorder.confirm("letters", application["id"], group)

    def score_all(self, expert):
        client = self.client(expert)
        page = client.page("expert assignments", "/assessments")
        for assignment in sorted(set(re.findall(r'/assessments/([0-9a-f-]{36})', page.text))):
            path = f"/api/v1/assessments/{assignment}"
            client.call("expert declaration", "POST", path + "/declaration",
                        json.dumps({"conflict": False}).encode(), {"Content-Type": "application/json"}, basic=True)
            points = {"relevance": random.randint(18, 30), "design": random.randint(12, 20),
                      "team": random.randint(12, 20), "impact": random.randint(18, 30)}
            comment = "Pamatots vērtējums. " * 10
            sheet = {"points": points, "comments": {k: comment for k in points}}
            saved = client.call("expert score sheet", "PUT", path, json.dumps(sheet).encode(),
                                {"Content-Type": "application/json"}, basic=True)
            submitted = client.call("expert submission", "POST", path + "/submission", b"", basic=True)
            if saved.status == 200 and submitted.status == 200:
                self.recorder.confirm("scores", assignment, points)

    # --- the run ----------------------------------------------------------------------------------------------
    def worker(self, number):
        random.seed(number * 7919 + int(time.time()))
        applicant = self.client("anna.berzina")
        officer = self.client(OFFICER if number % 2 == 0 else OTHER_OFFICER)
        admin = self.client(ADMIN)
        anonymous = Client(self.base, self.recorder)
        if number == 0:
            threading.Thread(target=self.back_office, daemon=True).start()
        while time.time() < self.deadline:
            roll = random.random()
            try:
                if roll < 0.30:
                    self.autosave(applicant)
                elif roll < 0.33:
                    self.autosave(applicant, long_text=True)
                elif roll < 0.38:
                    self.autosave(applicant, conflict=True)
                elif roll < 0.45:
                    self.upload(applicant)
                elif roll < 0.55:
                    self.submit(applicant)
                elif roll < 0.62:
                    self.language(random.choice([applicant, officer, admin]))
                elif roll < 0.65:
                    self.extend_round(admin)
                elif roll < 0.68:
                    self.extend_application(self.client(OFFICER))
                elif roll < 0.78:
                    self.officer_reads(officer)
                elif roll < 0.88:
                    self.public(anonymous)
                else:
                    self.sign_in_out()
            except Exception as failure:  # a bug in this script must not end the soak; it is recorded
                self.recorder.failures.append({"kind": "script", "status": -1, "body": repr(failure)[:400]})
            time.sleep(random.uniform(0.05, 0.4))

    def run(self):
        started = time.time()
        self.prepare()
        with concurrent.futures.ThreadPoolExecutor(self.workers) as pool:
            list(pool.map(self.worker, range(self.workers)))
        recorder = self.recorder
        statuses = {}
        for key, count in recorder.counts.items():
            status = key.rsplit(" ", 1)[1]
            statuses[status] = statuses.get(status, 0) + count
        latency = {}
        for kind, values in recorder.latencies.items():
            values = sorted(values)
            latency[kind] = {"n": len(values), "p50": values[len(values) // 2],
                             "p95": values[int(len(values) * 0.95)], "max": values[-1]}
        summary = {"seconds": round(time.time() - started), "requests": sum(recorder.counts.values()),
                   "statuses": statuses, "by_kind": dict(sorted(recorder.counts.items())), "latency_ms": latency,
                   "confirmed": {what: len(items) for what, items in recorder.confirmed.items()},
                   "failures": len(recorder.failures), "first_failures": recorder.failures[:20]}
        with open(os.path.join(self.outdir, "confirmed.json"), "w") as out:
            json.dump(recorder.confirmed, out, ensure_ascii=False, indent=1)
        with open(os.path.join(self.outdir, "run.json"), "w") as out:
            json.dump(summary, out, ensure_ascii=False, indent=1)
        print(json.dumps({k: summary[k] for k in ("seconds", "requests", "statuses", "confirmed", "failures")}))
        return summary


def verify(base, outdir):
    confirmed = json.load(open(os.path.join(outdir, "confirmed.json")))
    recorder = Recorder(outdir)
    missing = []
    clients = {}

    def client(email):
        if email not in clients:
            clients[email] = Client(base, recorder, email)
            clients[email].sign_in(email)
        return clients[email]

    anna = client("anna.berzina" + DEMO)
    for key, kept in confirmed["sections"].items():
        application, slug = key.split("/")
        page = anna.page("verify section", f"/applications/{application}/sections/{slug}")
        if kept["marker"] not in page.text:
            missing.append({"section": key, "expected": kept["marker"], "status": page.status})
    # One list per application (thousands of submissions, each call an HTTP Basic bcrypt check otherwise)
    stored = {}
    for submission, kept in confirmed["submissions"].items():
        application = kept["application"]
        if application not in stored:
            answer = anna.call("verify submissions", "GET", f"/api/v1/applications/{application}/submissions",
                               basic=True)
            stored[application] = {item["id"] for item in answer.json()} if answer.status == 200 else set()
        if submission not in stored[application]:
            missing.append({"submission": submission, "application": application})
    listed = {}
    for name, kept in confirmed["annexes"].items():
        application = kept["application"]
        if application not in listed:
            answer = anna.call("verify annexes", "GET", f"/api/v1/applications/{application}/annexes", basic=True)
            body = answer.json() if answer.status == 200 else []
            body = body if isinstance(body, list) else body.get("annexes", [])
            listed[application] = {a.get("fileName"): a.get("id") for a in body}
        annex = listed[application].get(name)
        content = anna.call("verify annex", "GET", f"/api/v1/applications/{application}/annexes/{annex}",
                            basic=True) if annex else None
        if not content or hashlib.sha256(content.body).hexdigest() != kept["sha256"]:
            missing.append({"annex": name, "status": content.status if content else "not listed"})
    rounds = anna.call("verify rounds", "GET", "/api/v1/call-rounds").json()
    rounds = rounds if isinstance(rounds, list) else rounds.get("rounds", rounds.get("content", []))
    by_id = {r["id"]: r for r in rounds}
    for round_id, deadline in confirmed["rounds"].items():
        shown = json.dumps(by_id.get(round_id, {}))
        if deadline not in shown:
            missing.append({"round": round_id, "expected": deadline, "shown": shown[:300]})
    for email, language in confirmed["languages"].items():
        fresh = Client(base, recorder, email)
        fresh.sign_in(email)
        page = fresh.page("verify language", "/applications" if "anna" in email else "/")
        if f'lang="{language}"' not in page.text:
            missing.append({"language": email, "expected": language})
    ilze = client(OFFICER + DEMO)
    for application, day in confirmed["extensions"].items():
        page = anna.page("verify extension", f"/applications/{application}/submit")
        officer_page = ilze.page("verify extension", f"/applications/{application}/extension")
        shown = [day, time.strftime("%d.%m.%Y", time.strptime(day, "%Y-%m-%d")),
                 time.strftime("%-d %B %Y", time.strptime(day, "%Y-%m-%d"))]
        if not any(text in page.text or text in officer_page.text for text in shown):
            missing.append({"extension": application, "expected": day, "status": page.status})
    for application in confirmed["letters"]:
        letter = ilze.call("verify letter", "GET", f"/agency/selection/applications/{application}/letter")
        if letter.status != 200 or not letter.body.startswith(b"%PDF"):
            missing.append({"letter": application, "status": letter.status})
    checked = {what: len(items) for what, items in confirmed.items()}
    result = {"checked": checked, "missing": missing, "failures": recorder.failures[:20]}
    with open(os.path.join(outdir, "verify.json"), "w") as out:
        json.dump(result, out, ensure_ascii=False, indent=1)
    print(json.dumps({"checked": checked, "missing": len(missing), "5xx": len(recorder.failures)}))
    return 1 if missing or recorder.failures else 0


if __name__ == "__main__":
    mode, base = sys.argv[1], sys.argv[2].rstrip("/")
    check_local(base)
    if mode == "run":
        outdir = sys.argv[4]
        os.makedirs(outdir, exist_ok=True)
        summary = Soak(base, float(sys.argv[3]), outdir, int(os.environ.get("WORKERS", "6"))).run()
        sys.exit(1 if summary["failures"] else 0)
    elif mode == "verify":
        sys.exit(verify(base, sys.argv[3]))
    else:
        raise SystemExit(__doc__)
