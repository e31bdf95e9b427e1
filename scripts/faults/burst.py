#!/usr/bin/env python3
"""Clients for the fault checks, with bounded loops on loopback only.

  burst.py submit BASE USERS KEYS_OUT COUNT [KILL_PID KILL_AFTER_201S]
      COUNT submissions, 8 at a time, each with its own Idempotency-Key, over the coordinators in USERS; every
      answer (key, application, status, submission id, number, digest) is written to KEYS_OUT as JSON lines.
      With KILL_PID, that process is killed with SIGKILL once KILL_AFTER_201S submissions were answered 201.
  burst.py retry BASE USERS KEYS_IN ANSWERS_OUT
      Sends every key of KEYS_IN again (same application, same key) and writes the answers.
  burst.py mixed BASE USERS SECONDS ANSWERS_OUT
      For SECONDS, 6 clients save, check, open task lists and submit; every answer's status, content type and
      whether its body looks like a stack trace is written to ANSWERS_OUT.
"""
import concurrent.futures
import json
import os
import signal
import sys
import threading
import time
import urllib.error
import urllib.request

mode, base, users_file = sys.argv[1], sys.argv[2], sys.argv[3]
users = [line.split() for line in open(users_file) if line.strip()]
document = open(os.environ.get("DOCUMENT", "src/test/resources/api-examples/green-skills.json"), encoding="utf-8").read()
lock = threading.Lock()
TRACE_MARKERS = ("Exception:", "Exception\n", "\tat ", "at org.", "at java.", "at eu.sadarbe", ".java:")  # not "Exceptional costs"


def call(method, path, cookie, headers=None, body=None, timeout=60):
    request = urllib.request.Request(base + path, method=method, data=body.encode() if body else None,
                                     headers={"Cookie": "SESSION=" + cookie, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8", "replace"), response.headers
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get("Content-Type", ""), answer.read().decode("utf-8", "replace"), answer.headers
    except Exception as failure:  # connection refused or reset: the node is down
        return 0, "", type(failure).__name__ + ": " + str(failure), {}


def submit(key, user):
    status, _, body, _ = call("POST", f"/api/v1/applications/{user[1]}/submissions", user[0],
                              {"Idempotency-Key": key, "Accept": "application/json"})
    answer = {"key": key, "application": user[1], "cookie": user[0], "status": status}
    if status == 201:
        parsed = json.loads(body)
        answer.update(id=parsed["id"], number=parsed["applicationNumber"], sha256=parsed["sha256"])
    return answer


if mode == "submit":
    out, count = sys.argv[4], int(sys.argv[5])
    kill_pid = int(sys.argv[6]) if len(sys.argv) > 6 else None
    kill_after = int(sys.argv[7]) if len(sys.argv) > 7 else 0
    created = 0
    killed = False
    run = str(int(time.time()))

    def one(i):
        global created, killed
        answer = submit(f"kill9-{run}-{i}", users[i % len(users)])
        with lock:
            if answer["status"] == 201:
                created += 1
            if kill_pid and not killed and created >= kill_after:
                os.kill(kill_pid, signal.SIGKILL)
                killed = True
        return answer

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(one, range(count)))
    with open(out, "w") as file:
        for answer in answers:
            file.write(json.dumps(answer) + "\n")
    statuses = {}
    for answer in answers:
        statuses[answer["status"]] = statuses.get(answer["status"], 0) + 1
    print(json.dumps({"sent": count, "statuses": statuses, "killed": killed}))

elif mode == "retry":
    keys_in, out = sys.argv[4], sys.argv[5]
    earlier = [json.loads(line) for line in open(keys_in)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda a: submit(a["key"], [a["cookie"], a["application"]]), earlier))
    with open(out, "w") as file:
        for answer in answers:
            file.write(json.dumps(answer) + "\n")
    print(json.dumps({"retried": len(answers), "201": sum(1 for a in answers if a["status"] == 201)}))

elif mode == "mixed":
    seconds, out = float(sys.argv[4]), sys.argv[5]
    deadline = time.time() + seconds
    answers = []
    versions = {user[1]: user[2] for user in users}

    def client(number):
        turn = 0
        while time.time() < deadline:
            turn += 1
            user = users[(number + turn) % len(users)]
            kind = ("autosave", "check", "tasklist", "submit")[turn % 4]
            started = time.time()
            if kind == "autosave":
                body = document.replace("E10000001", user[3]).replace("Green skills for apprentices", f"Saved {turn}")
                status, ctype, text, headers = call("PUT", f"/api/v1/applications/{user[1]}", user[0],
                                                    {"If-Match": f'"{versions[user[1]]}"', "Content-Type": "application/json"}, body)
                if status == 200:
                    versions[user[1]] = headers.get("ETag", "").strip('"')
                elif status == 412:
                    versions[user[1]] = str(json.loads(text).get("currentVersion", versions[user[1]]))
            elif kind == "check":
                status, ctype, text, _ = call("POST", "/api/v1/application-checks", user[0],
                                              {"Content-Type": "application/json"}, document.replace("E10000001", user[3]))
            elif kind == "tasklist":
                status, ctype, text, _ = call("GET", f"/applications/{user[1]}", user[0], {"Accept": "text/html"})
            else:
                status, ctype, text, _ = call("POST", f"/api/v1/applications/{user[1]}/submissions", user[0],
                                              {"Idempotency-Key": f"pg-restart-{number}-{turn}", "Accept": "application/json"})
            with lock:
                answers.append({"at": round(started, 2), "kind": kind, "status": status, "type": ctype.split(";")[0],
                                "ms": round(1000 * (time.time() - started)),
                                "trace": any(marker in text for marker in TRACE_MARKERS),
                                "body": text[:300] if status >= 500 or status == 0 else ""})
            time.sleep(0.05)

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        list(pool.map(client, range(6)))
    answers.sort(key=lambda a: a["at"])
    with open(out, "w") as file:
        for answer in answers:
            file.write(json.dumps(answer) + "\n")
    print(json.dumps({"answers": len(answers)}))
