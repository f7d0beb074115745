#!/usr/bin/env python3
# bench/live-idle.py
# SPDX-License-Identifier: GPL-3.0-or-later
"""CPU used by Coprod while a live meeting idles: its console open, the clock ticking.

Makes a data folder with a live meeting (bench/live-tick), starts Coprod on it under
its own Xvfb (Coprod opens the live console again by itself, and with --shared the
shared screen too), lets it settle, then
reads the process's CPU time from /proc over SECONDS and prints it as a percentage of
one core. Target (DESIGN.md): under 1 %.

  python3 bench/live-idle.py --coprod build/src/coprod --live-tick build/bench/live-tick
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # utime and stime are fields 14 and 15 of the whole line (1-based).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--coprod", default="build/src/coprod")
    p.add_argument("--live-tick", default="build/bench/live-tick")
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--settle", type=float, default=5.0)
    p.add_argument("--shared", action="store_true",
                   help="open the shared screen as well, as in a real meeting")
    args = p.parse_args()

    if shutil.which("Xvfb") is None:
        sys.exit("live-idle.py: Xvfb not found (apt-get install xvfb)")

    data = tempfile.mkdtemp(prefix="coprod-live-idle-")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             "1280x800x24", "-nolisten", "tcp"], pass_fds=[write_fd],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    display = ":" + os.read(read_fd, 16).decode().strip()
    os.close(read_fd)
    try:
        subprocess.run([args.live_tick, data, "2000"], check=True)
        env = dict(os.environ, DISPLAY=display, GDK_BACKEND="x11", GSK_RENDERER="cairo",
                   GTK_A11Y="none", NO_AT_BRIDGE="1", GSETTINGS_BACKEND="memory")
        if args.shared:
            env["COPROD_BENCH_SHARED_SCREEN"] = "1"
        app = subprocess.Popen([args.coprod, f"--data-dir={data}"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(args.settle)
        if app.poll() is not None:
            sys.exit("live-idle.py: coprod exited early")
        before = cpu_seconds(app.pid)
        time.sleep(args.seconds)
        used = cpu_seconds(app.pid) - before
        app.terminate()
        app.wait(timeout=10)
        what = "a live meeting and the shared screen" if args.shared else "a live meeting"
        print(f"coprod idling with {what}: {used:.2f} s of CPU in "
              f"{args.seconds:.0f} s = {100 * used / args.seconds:.2f} % of one core "
              f"(target under 1 %)")
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
