#!/usr/bin/env python3
# rm-coverage.py: which RM paragraphs adac's conformance tests cover.
#
# The paragraphs come from testsuite/rm-paragraphs.txt (RM 4.8, the null
# exclusions of 3.10, the accessibility of allocated objects in 3.10.2, the
# finalization of allocated objects in 7.6 and 7.6.1, and 13.11 to
# 13.11.5).  A test names what it covers in a comment line of its own,
#
#     -- COVERS: 4.8(5/2), 4.8(4)          (Ada sources)
#     # COVERS: 4.8(10.1/3)                (.test scripts)
#
# Every test under testsuite/ is read (Inputs/ and Output/ excepted).  A
# COVERS line that names a paragraph rm-paragraphs.txt does not list is an
# error: the script says where and exits 1, so a wrong COVERS fails
# `make check`, which runs `rm-coverage.py --check`.
#
# Otherwise it writes a Markdown table (docs/rm-coverage.md; `make
# rm-coverage`): each paragraph with its rule, the tests that cover it and
# their status in the last lit run (the JSON lit writes with -o, which
# run-tests.sh keeps as testsuite/lit-results.json in the build tree), or
# just "covered" when there are no results.  A paragraph no test covers is a
# gap, and shows as one.
#
# Usage: rm-coverage.py [--check] [--results FILE] [--output FILE]
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(HERE)
TEST_SUFFIXES = ('.adb', '.ads', '.ada', '.a', '.test')
COVERS = re.compile(r'^\s*(?:--|#)\s*COVERS:\s*(.*?)\s*$')
PARAGRAPH = re.compile(r'^\d+(?:\.\d+)*\(\d+(?:\.\d+)?(?:/\d)?\)$')


def norm(ref):
    """`4.8 (5/2)` and `4.8(5/2)` are the same paragraph."""
    return re.sub(r'\s+', '', ref)


def read_paragraphs(path):
    """[(section title, scope, [(ref, kind, rule)])], and every ref's line."""
    sections, where = [], {}
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            if line.startswith('['):
                sections.append([line.strip('[] '), '', []])
            elif line.startswith('scope:'):
                sections[-1][1] = line[len('scope:'):].strip()
            else:
                parts = line.split(None, 2)
                if len(parts) < 3 or not sections or not PARAGRAPH.match(parts[0]):
                    sys.exit('%s:%d: not PARAGRAPH KIND RULE: %s' % (path, number, line))
                ref = norm(parts[0])
                if ref in where:
                    sys.exit('%s:%d: %s is listed twice (first on line %d)'
                             % (path, number, ref, where[ref]))
                where[ref] = number
                sections[-1][2].append((ref, parts[1], parts[2]))
    return sections, where


def find_tests(root):
    """Paths (relative to root) of the test files under root."""
    found = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ('Inputs', 'Output'))
        for f in sorted(files):
            if f.endswith(TEST_SUFFIXES):
                found.append(os.path.relpath(os.path.join(d, f), root))
    return found


def read_covers(root, tests):
    """{test: [(line, ref)]} for the tests with COVERS lines."""
    covers = {}
    for t in tests:
        with open(os.path.join(root, t), encoding='utf-8', errors='replace') as f:
            for number, line in enumerate(f, 1):
                m = COVERS.match(line)
                if m:
                    for ref in re.split(r'\s*,\s*|\s+(?=\d)', m.group(1)):
                        if ref:
                            covers.setdefault(t, []).append((number, norm(ref)))
    return covers


def read_results(path):
    """{test path relative to testsuite/: lit result code}, or None."""
    if not path or not os.path.isfile(path):
        return None
    with open(path) as f:
        data = json.load(f)
    results = {}
    for t in data.get('tests', []):
        name = t.get('name', '')
        name = name.split(' :: ', 1)[-1]
        results[name] = t.get('code', '?')
    return results


STATUS_WORDS = {'PASS': 'passes', 'XFAIL': 'XFAIL', 'FAIL': 'FAILS', 'XPASS': 'XPASS',
                'UNSUPPORTED': 'unsupported', 'UNRESOLVED': 'unresolved', 'TIMEOUT': 'timed out'}


OUT_OF_SCOPE = '[out of scope: tasking]'


def paragraph_status(codes, rule=''):
    """One word for a paragraph from its tests' lit result codes (a rule
    about tasks, which adac leaves out by design, is 'out of scope' when no
    test covers it)."""
    if not codes and rule.startswith(OUT_OF_SCOPE):
        return 'out of scope'
    if not codes:
        return '**gap**'
    if any(c in ('FAIL', 'XPASS', 'UNRESOLVED', 'TIMEOUT') for c in codes):
        return 'failing'
    if 'PASS' in codes:
        return 'covered'
    if 'XFAIL' in codes:
        return 'XFAIL only'
    if all(c == 'covered' for c in codes):
        return 'covered'
    return 'not run'


def write_markdown(path, sections, by_ref, results, results_note):
    lines = ['# RM coverage of adac\'s conformance tests', '',
             'Generated by `make rm-coverage` (testsuite/rm-coverage.py) from the paragraph '
             'list testsuite/rm-paragraphs.txt and the `-- COVERS:` lines of the tests under '
             'testsuite/; do not edit by hand.  ' + results_note, '',
             'A paragraph is *covered* when a test that covers it passes, *XFAIL only* when '
             'its only tests are expected failures (a feature adac lacks: each such test says '
             'what is missing), *out of scope* for a rule about tasks (tasking is not part of '
             'adac), and a **gap** when no test covers it.  Paragraph numbers are '
             'those of the Ada 2012 RM.', '',
             '| Section | Paragraphs | Covered | XFAIL only | Gaps |',
             '| --- | ---: | ---: | ---: | ---: |']
    detail, totals = [], [0, 0, 0, 0]
    for title, scope, paras in sections:
        counts = [len(paras), 0, 0, 0]
        rows = []
        for ref, kind, rule in paras:
            tests = by_ref.get(ref, [])
            codes = [results.get(t, 'NOTRUN') if results is not None else 'covered' for t in tests]
            status = paragraph_status(codes, rule)
            counts[1] += status == 'covered'
            counts[2] += status == 'XFAIL only'
            counts[3] += status == '**gap**'
            cells = []
            for t, c in zip(tests, codes):
                word = '' if results is None else ' (%s)' % STATUS_WORDS.get(c, c.lower())
                cells.append('`%s`%s' % (t, word))
            rows.append('| %s | %s | %s | %s | %s |' % (ref, kind, rule.replace('|', '\\|'),
                                                       '<br>'.join(cells) or '—', status))
        for k in range(4):
            totals[k] += counts[k]
        lines.append('| [%s](#%s) | %d | %d | %d | %d |' % (
            title, re.sub(r'[^a-z0-9 -]', '', ('RM ' + title).lower()).replace(' ', '-'),
            counts[0], counts[1], counts[2], counts[3]))
        detail += ['', '## RM %s' % title, '']
        if scope:
            detail += ['Listed: %s.' % scope, '']
        detail += ['| Paragraph | Kind | Rule | Tests | Status |', '| --- | --- | --- | --- | --- |']
        detail += rows
    lines.append('| **all** | %d | %d | %d | %d |' % tuple(totals))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines + detail) + '\n')
    return totals


def main(argv):
    ap = argparse.ArgumentParser(description='RM coverage of adac\'s conformance tests.')
    ap.add_argument('--check', action='store_true',
                    help='only check that every COVERS line names a listed paragraph')
    ap.add_argument('--paragraphs', default=os.path.join(HERE, 'rm-paragraphs.txt'))
    ap.add_argument('--tests', default=HERE, help='the directory of the tests (testsuite/)')
    ap.add_argument('--results', help='lit\'s JSON results (lit -o FILE) of the last run')
    ap.add_argument('--output', default=os.path.join(SRCDIR, 'docs', 'rm-coverage.md'))
    a = ap.parse_args(argv)

    sections, known = read_paragraphs(a.paragraphs)
    tests = find_tests(a.tests)
    covers = read_covers(a.tests, tests)
    bad = 0
    by_ref = {}
    for t in sorted(covers):
        for line, ref in covers[t]:
            if ref not in known:
                print('%s:%d: error: COVERS names RM %s, which %s does not list'
                      % (os.path.join(a.tests, t), line, ref, os.path.relpath(a.paragraphs, SRCDIR)),
                      file=sys.stderr)
                bad += 1
            elif t not in by_ref.get(ref, []):
                by_ref.setdefault(ref, []).append(t)
    n_refs = sum(len(p) for _, _, p in sections)
    if a.check:
        print('rm-coverage: %d tests name %d of the %d listed paragraphs; %d unknown paragraph%s'
              % (len(covers), len(by_ref), n_refs, bad, '' if bad == 1 else 's'))
        return 1 if bad else 0
    if bad:
        return 1
    results = read_results(a.results)
    if results is None:
        note = 'No lit results were available, so a test that covers a paragraph shows as covered.'
    else:
        note = 'The statuses are those of the last lit run of the test suite (`make check`).'
    totals = write_markdown(a.output, sections, by_ref, results, note)
    print('rm-coverage: %d paragraphs: %d covered, %d XFAIL only, %d gaps; wrote %s'
          % (totals[0], totals[1], totals[2], totals[3], a.output))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
