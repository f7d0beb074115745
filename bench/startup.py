#!/usr/bin/env python3
# bench/startup.py
# SPDX-License-Identifier: GPL-3.0-or-later
"""Startup benchmark: exec -> first painted frame, Coprod against a bare libadwaita window.

Starts its own Xvfb (on a display number Xvfb picks itself with -displayfd) and its own
private D-Bus session bus, so it needs neither xvfb-run nor a desktop session. Each
program is run with COPROD_BENCH_FIRST_FRAME=1 and prints "first-frame-us T" (from
g_get_monotonic_time) after its first frame and quits; the figure is T minus
time.monotonic_ns() // 1000 taken just before Popen (both CLOCK_MONOTONIC).

Three cases are run interleaved, round by round: the bare window, Coprod on a fresh,
empty data folder (a new one every run), and Coprod on a large store (used in place).
See bench/README.md.
"""

import argparse
import ctypes
import os
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FRAME_PREFIX = "first-frame-us "
TARGET_RATIO = 1.2


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--coprod", default="build/src/coprod", help="Coprod binary")
    p.add_argument("--bare", default="build/bench/bare-window", help="bare-window binary")
    p.add_argument("--generate-store", default=None,
                   help="generate-store binary (default: next to --bare)")
    p.add_argument("--large-store", default=None, metavar="DIR",
                   help="data folder of a large store (default: generate one in a "
                        "temporary folder: 50 teams, 1000 people, 2000 meetings)")
    p.add_argument("--runs", type=int, default=15, help="measured runs per case (15)")
    p.add_argument("--warmup", type=int, default=2, help="discarded runs per case (2)")
    p.add_argument("--timeout", type=float, default=20.0,
                   help="seconds to wait for the first frame (20)")
    p.add_argument("--skip-coprod", action="store_true",
                   help="measure the bare window only")
    p.add_argument("--no-dbus", action="store_true",
                   help="do not start a private session bus")
    return p.parse_args()


def start_xvfb():
    """Starts Xvfb on a free display it picks itself; returns (process, ':N')."""
    if shutil.which("Xvfb") is None:
        sys.exit("startup.py: Xvfb not found (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    sel = selectors.DefaultSelector()
    sel.register(read_fd, selectors.EVENT_READ)
    data = b""
    deadline = time.monotonic() + 15
    while not data.endswith(b"\n") and time.monotonic() < deadline:
        if sel.select(timeout=deadline - time.monotonic()):
            chunk = os.read(read_fd, 64)
            if not chunk:
                break
            data += chunk
    sel.close()
    os.close(read_fd)
    if not data.strip():
        proc.kill()
        sys.exit("startup.py: Xvfb did not start")
    return proc, ":" + data.decode().strip()


def start_dbus(env):
    """Starts a private session bus; returns (process, address) or (None, None)."""
    if shutil.which("dbus-daemon") is None:
        print("note: dbus-daemon not found; running without a session bus", file=sys.stderr)
        return None, None
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nosyslog", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    address = proc.stdout.readline().strip()
    if not address:
        proc.kill()
        sys.exit("startup.py: dbus-daemon did not start")
    return proc, address


def become_subreaper():
    """Makes this script the reaper of what the session bus starts (portals), which
    would otherwise be orphaned to an init that may not reap them."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def reap_orphans(seconds=3.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def stop(proc):
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_once(argv, env, timeout, log_dir, label):
    """Runs argv once; returns microseconds from just before exec to the first frame."""
    log_path = os.path.join(log_dir, label + ".stderr")
    with open(log_path, "w+b") as log:
        start_us = time.monotonic_ns() // 1000
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=log)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        frame_us = None
        buf = b""
        deadline = time.monotonic() + timeout
        while frame_us is None:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(timeout=left):
                break
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                text = line.decode(errors="replace")
                if text.startswith(FRAME_PREFIX):
                    frame_us = int(text[len(FRAME_PREFIX):])
                    break
        sel.close()
        try:
            proc.wait(timeout=10 if frame_us is not None else 0.1)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            if frame_us is not None:
                print(f"note: {label} did not quit after its first frame", file=sys.stderr)
        proc.stdout.close()
        if frame_us is None:
            log.seek(0)
            tail = log.read().decode(errors="replace")[-2000:]
            raise RuntimeError(
                f"{label}: no first frame within {timeout:g} s "
                f"(exit status {proc.returncode})\n{tail}")
    return frame_us - start_us


def generate_large_store(tool, data_dir):
    if not os.access(tool, os.X_OK):
        sys.exit(f"startup.py: {tool} not found; build it or pass --large-store")
    print(f"generating the large store in {data_dir} ...", flush=True)
    out = subprocess.run([tool, data_dir], check=True, stdout=subprocess.PIPE, text=True)
    for line in out.stdout.splitlines():
        print("  " + line)


def fmt_ms(us):
    return f"{us / 1000:8.1f}"


def main():
    args = parse_args()
    programs = {"bare": os.path.abspath(args.bare)}
    if not args.skip_coprod:
        programs["coprod"] = os.path.abspath(args.coprod)
    for path in programs.values():
        if not os.access(path, os.X_OK):
            sys.exit(f"startup.py: {path} is not an executable; build it first")

    become_subreaper()
    tmp = tempfile.mkdtemp(prefix="coprod-bench-")
    runtime_dir = os.path.join(tmp, "runtime")
    os.mkdir(runtime_dir, 0o700)

    xvfb = dbus = None
    failed = False
    try:
        cases = [("bare window", [programs["bare"]], None)]
        if "coprod" in programs:
            large = args.large_store
            if large is None:
                large = os.path.join(tmp, "large-store")
                tool = args.generate_store or os.path.join(
                    os.path.dirname(programs["bare"]), "generate-store")
                generate_large_store(tool, large)
            large = os.path.abspath(large)
            cases.append(("coprod empty store", [programs["coprod"]], "fresh"))
            cases.append(("coprod large store", [programs["coprod"]], large))

        xvfb, display = start_xvfb()
        env = dict(os.environ)
        for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "COPROD_DATA_DIR"):
            env.pop(name, None)
        env.update({
            "DISPLAY": display,
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GTK_A11Y": "none",
            "NO_AT_BRIDGE": "1",
            "GSETTINGS_BACKEND": "memory",
            "COPROD_BENCH_FIRST_FRAME": "1",
            "XDG_RUNTIME_DIR": runtime_dir,
        })
        if not args.no_dbus:
            dbus, address = start_dbus(env)
            if address:
                env["DBUS_SESSION_BUS_ADDRESS"] = address

        print(f"Xvfb {display} 1280x800x24, {os.cpu_count()} cores, "
              f"{args.warmup} warm-up + {args.runs} runs per case, interleaved", flush=True)

        results = {label: [] for label, _, _ in cases}
        fresh_count = 0
        for rnd in range(args.warmup + args.runs):
            # Rotate the order each round so no case always follows another.
            order = cases[rnd % len(cases):] + cases[:rnd % len(cases)]
            for label, argv, data_dir in order:
                run_env = env
                if data_dir is not None:
                    run_env = dict(env)
                    if data_dir == "fresh":
                        fresh_count += 1
                        data_dir = os.path.join(tmp, f"fresh-{fresh_count}")
                        os.mkdir(data_dir)
                    run_env["COPROD_DATA_DIR"] = data_dir
                us = run_once(argv, run_env, args.timeout, tmp,
                              label.replace(" ", "-"))
                if rnd >= args.warmup:
                    results[label].append(us)
            done = rnd + 1 - args.warmup
            print(f"round {rnd + 1}/{args.warmup + args.runs}"
                  + (" (warm-up)" if done <= 0 else "") + ": "
                  + " | ".join(f"{label} {results[label][-1] / 1000:.1f} ms"
                              if done > 0 else label for label, _, _ in cases),
                  flush=True)

        print()
        print(f"{'case':<22} {'median ms':>9} {'min ms':>8} {'max ms':>8}  ratio")
        bare_median = statistics.median(results["bare window"])
        for label, _, _ in cases:
            values = results[label]
            median = statistics.median(values)
            ratio = median / bare_median
            verdict = ""
            if label != "bare window":
                verdict = " ok" if ratio <= TARGET_RATIO else f" OVER {TARGET_RATIO}x TARGET"
            print(f"{label:<22} {fmt_ms(median):>9} {fmt_ms(min(values))} "
                  f"{fmt_ms(max(values))}  {ratio:5.2f}x{verdict}")
    except RuntimeError as e:
        print(f"startup.py: {e}", file=sys.stderr)
        failed = True
    except subprocess.CalledProcessError as e:
        print(f"startup.py: {e}", file=sys.stderr)
        failed = True
    finally:
        stop(dbus)
        stop(xvfb)
        reap_orphans()
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sys.exit(main())
