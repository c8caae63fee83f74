#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cuts the seed corpora in tests/fuzz/corpus/<target>/ from the real files: the bundled LAUSD
samples and plan report in data/, and the NYC SCA export. Run it again to remake them; each seed
is small (under 8 KB) so that libFuzzer mutates inputs of a useful size."""
import hashlib
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
data = os.path.join(root, "data")
corpus = os.path.join(here, "corpus")
limit = 8 * 1024


def write(target, name, payload):
    assert len(payload) < limit, (target, name, len(payload))
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(payload)


def lines_of(path):
    with open(path, "rb") as f:
        return f.read().split(b"\n")


def slices(lines, starts, count):
    """Header plus count rows from each start."""
    for start in starts:
        if start + count < len(lines):
            yield b"\n".join([lines[0]] + lines[start:start + count]) + b"\n"


nyc = lines_of(os.path.join(data, "nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"))
samples = {name: lines_of(os.path.join(data, "lausd-sample-%s.csv" % name))
           for name in ("capital-projects", "enrollment", "staffing")}

# --- fuzz_csv: the sniffer and reader see every dialect a person's file can have.
n = 0
for count, starts in ((1, (1, 5000)), (3, (2, 777, 9000)), (6, (120, 3000)), (12, (15000,))):
    for seed in slices(nyc, starts, count):
        n += 1
        write("fuzz_csv", "nyc-%02d.csv" % n, seed)
for name, lines in samples.items():
    for i, seed in enumerate(slices(lines, (1, len(lines) // 2), 4)):
        write("fuzz_csv", "lausd-%s-%d.csv" % (name, i), seed)
base = b"\n".join(nyc[0:4]) + b"\n"
staffing = b"\n".join(samples["staffing"][0:5]) + b"\n"
write("fuzz_csv", "crlf.csv", base.replace(b"\n", b"\r\n"))
write("fuzz_csv", "cr.csv", base.replace(b"\n", b"\r"))
write("fuzz_csv", "bom.csv", b"\xef\xbb\xbf" + staffing)
write("fuzz_csv", "semicolon.csv", staffing.replace(b",", b";"))
write("fuzz_csv", "tab.csv", b"\n".join(samples["enrollment"][0:5]).replace(b",", b"\t") + b"\n")
write("fuzz_csv", "pipe.csv", staffing.replace(b",", b"|"))
write("fuzz_csv", "utf16le-bom.csv", "\ufeff".encode("utf-16-le") + staffing.decode("utf-8").encode("utf-16-le"))
write("fuzz_csv", "utf16be-bom.csv", "\ufeff".encode("utf-16-be") + staffing.decode("utf-8").encode("utf-16-be"))
write("fuzz_csv", "utf16le.csv", staffing.decode("utf-8").encode("utf-16-le"))
write("fuzz_csv", "windows1252.csv", b"School,Note\nEscuela Pe\xf1a,\"caf\xe9 \x93quoted\x94\"\n")
write("fuzz_csv", "quoted-newline.csv", b"a,b,c\n\"multi\nline\",\"x \"\"y\"\"\",3\n\"open,4\n")
write("fuzz_csv", "blank-lines.csv", b"\n , ,\n" + base)
write("fuzz_csv", "nul.csv", b"a,b\n1,\x002\n")

# --- fuzz_rowparser: first byte = profile (0 staffing, 1 enrollment, 2 capital projects,
# 3 NYC SCA) + 4 when the input's first record is the header; see fuzz_rowparser.cpp.
profiles = {"staffing": 0, "enrollment": 1, "capital-projects": 2}
for name, lines in samples.items():
    for i, seed in enumerate(slices(lines, (1, len(lines) // 3, 2 * len(lines) // 3), 3)):
        write("fuzz_rowparser", "%s-%d.csv" % (name, i), bytes([profiles[name] | 4]) + seed)
        write("fuzz_rowparser", "%s-%d-comma.csv" % (name, i), bytes([profiles[name] | 4 | 8 | 64]) + seed)
for i, seed in enumerate(slices(nyc, (1, 400, 2500, 7000, 12000), 4)):
    write("fuzz_rowparser", "nyc-%d.csv" % i, bytes([3 | 4]) + seed)
    # The same rows under the profile's own header.
    write("fuzz_rowparser", "nyc-%d-rows.csv" % i, bytes([3 | 32]) + seed.split(b"\n", 1)[1])

# --- fuzz_planreader: whole objectives with their tables, the title, a pasted table.
report = open(os.path.join(data, "lausd-100-day-plan-report-2022.txt"), "rb").read()
rl = report.split(b"\n")
heads = [i for i, l in enumerate(rl) if l.startswith(b"# ") and b"|" in l or l in (b"# LEARN",)]
n = 0
for a, b in zip(heads, heads[1:] + [len(rl)]):
    section = b"\n".join(rl[a:b]) + b"\n"
    if len(section) < limit and n < 24:
        n += 1
        write("fuzz_planreader", "objective-%02d.txt" % n, section)
title = b"\n".join(rl[:12]) + b"\n"
two = b"\n".join(rl[heads[0]:heads[2]]) + b"\n"
if len(title + two) < limit:
    write("fuzz_planreader", "title-and-two.txt", title + two)
table = [l for l in rl[150:162] if b"\t" in l]
write("fuzz_planreader", "pasted-table.txt", b"\n".join(table) + b"\n")
write("fuzz_planreader", "objective-crlf.txt", two.replace(b"\n", b"\r\n")[:limit - 1])
write("fuzz_planreader", "objective-cr.txt", two.replace(b"\n", b"\r")[:limit - 1])
small = b"\n".join(rl[heads[0]:heads[1]]) + b"\n"
write("fuzz_planreader", "objective-utf16le.txt", small.decode("utf-8").encode("utf-16-le")[:limit - 2])
write("fuzz_planreader", "objective-utf16-bom.txt", ("\ufeff" + small.decode("utf-8")).encode("utf-16")[:limit - 2])
write("fuzz_planreader", "stray-marks.txt", b"# ACT | Stray\n\n<b>STATUS</b>\tIn Progress\n\n## IMPLEMENTATION PLAN\n\n"
      b"MAJOR MILESTONES\tSTART\tEND\t2022\t\t2023\t\n\t\t\tQ3\tQ4\tQ1\tQ2\n\xe2\x97\x8f\t\xe2\x97\x8f\n"
      b"Task\tQ2-22\tOngoing\t\xe2\x97\x8f\t\t\t\nOther\t9/31/22\tN/A\n")

# --- fuzz_dates: first byte = two-digit-year pivot (mod 101); then a pattern or plan date,
# a newline, a value, and more values for the order detector.
dates = [
    ("M/D/YYYY", "6/28/2024", "2/19/2024"), ("D/M/YYYY", "28/06/2024", "04/06/2025"),
    ("YYYY-MM-DD", "2022-06-01", "2024-02-29"), ("M/D/YY", "11/01/22", "5/31/23"),
    ("D-MMM-YYYY", "28-Jun-2024", "1-September-2023"), ("MMM D, YYYY", "August 5, 2022", "Jun 1, 2022"),
    ("DD.MM.YYYY", "31.12.2023", "01.01.1999"), ("Q2-22", "9/31/22", "13/04/2021"),
    ("2022 Q2", "June 2023", "Ongoing"), ("N/A", "PNS", "DOER"), ("Y/M/D", "99/2/30", "2000-02-29"),
    ("In Progress (Estimated completion - June 2023)", "April 2023", "12/31/22"),
]
for i, (first, value, more) in enumerate(dates):
    write("fuzz_dates", "dates-%02d.txt" % i, bytes([30 + i]) + ("%s\n%s\n%s\n%s\n" % (first, value, more, value)).encode())
for i, line in enumerate(nyc[1:400:40]):
    fields = line.split(b",")
    write("fuzz_dates", "nyc-column-%02d.txt" % i, b"\x1eM/D/YYYY\n" + b"\n".join(f for f in fields if b"/" in f) + b"\n")
print("seeds:", {t: len(os.listdir(os.path.join(corpus, t))) for t in sorted(os.listdir(corpus))})
