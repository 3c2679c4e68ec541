#!/usr/bin/python3
"""A stand-in REST collector for the submission tests (standard library only).

Prints its port on the first line of stdout, then serves until killed. Every request is logged
as one JSON line (flushed at once) to --log before its answer is sent, so a client that read a
2xx always finds that 2xx in the log.

--script FILE is a JSON object:
  {"default": RESPONSE,
   "sequence": [RESPONSE, ...],          # by request number (first request = 0)
   "byKey": {"<Idempotency-Key>": [RESPONSE, ...]},   # by that key's attempt number
   "random": {"seed": N, "statuses": [200, 500, ...], "delayMax": SECONDS}}
RESPONSE: {"status": 200, "headers": {"Retry-After": "1"}, "body": "text", "delay": SECONDS}
A list runs out into "default" (status 200).
"""
import argparse
import json
import random
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
state = {"count": 0, "inFlight": 0, "byKey": {}}


def pick(script, number, key, rng):
    if number < len(script.get("sequence", [])):
        return script["sequence"][number]
    if key is not None and key in script.get("byKey", {}):
        seen = state["byKey"].get(key, 0)
        answers = script["byKey"][key]
        if seen < len(answers):
            return answers[seen]
    if "random" in script:
        r = script["random"]
        return {"status": rng.choice(r.get("statuses", [200])),
                "delay": rng.uniform(0, r.get("delayMax", 0))}
    return script.get("default", {"status": 200})


def make_handler(script, log, rng):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            received = time.time()
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode("utf-8", "replace")
            key = self.headers.get("Idempotency-Key")
            with lock:
                number = state["count"]
                state["count"] += 1
                state["inFlight"] += 1
                in_flight = state["inFlight"]
                answer = pick(script, number, key, rng)
                if key is not None:
                    state["byKey"][key] = state["byKey"].get(key, 0) + 1
            try:
                delay = float(answer.get("delay", 0))
                if delay > 0:
                    time.sleep(delay)
                status = int(answer.get("status", 200))
                payload = answer.get("body", "ok" if status < 300 else "error").encode("utf-8")
                line = {"n": number, "received": received, "time": time.time(), "method": self.command,
                        "path": self.path, "headers": dict(self.headers.items()), "body": body,
                        "key": key, "status": status, "inFlight": in_flight}
                with lock:
                    log.write(json.dumps(line) + "\n")
                    log.flush()
                try:
                    self.send_response(status)
                    for name, value in answer.get("headers", {}).items():
                        self.send_header(name, value)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up (a timeout test)
            finally:
                with lock:
                    state["inFlight"] -= 1

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("--script")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    script = {}
    if args.script:
        with open(args.script) as f:
            script = json.load(f)
    rng = random.Random(script.get("random", {}).get("seed", 1))
    log = open(args.log, "a", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(script, log, rng))
    server.daemon_threads = True
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
