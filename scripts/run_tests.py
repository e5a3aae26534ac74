#!/usr/bin/env python3
"""Run pytest with the given arguments. If pytest itself died of a signal (QGIS crashing inside a test: a rare,
not yet explained segfault in a background thread on a layer the test tears down), say so plainly and run the
suite once more; a failed test is never rerun, its exit code is returned as it is."""

import subprocess
import sys


def main(argv):
    command = [sys.executable, "-m", "pytest"] + argv
    code = subprocess.call(command)
    if code < 0 or code >= 128:
        print("\n*** pytest was killed (exit {}): QGIS crashed inside a test, which is not a failed assertion. "
              "Running the suite once more; a second crash fails the run. ***\n".format(code), file=sys.stderr)
        code = subprocess.call(command)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
