# lit.cfg.py: the lit configuration of adac's test suite.
#
# A test is an Ada source file (.adb .ads .ada .a), or a .test script, whose
# comments carry its own RUN lines and FileCheck patterns:
#
#     -- RUN: %adac --dump-tokens %s | FileCheck %s
#     -- CHECK: begin
#
# Substitutions:
#   %adac     the adac driver of the build tree (or $ADAC)
#   %{cc} %{libadart} %{adart_include}
#             the C compiler, the runtime library and the directory of its
#             public headers, to link C code with adac code
#   %{libadart_asan}
#             the runtime built with ASan and UBSan (-fsanitize=address)
#   FileCheck LLVM 19's FileCheck
#   %acats    the ACATS tree (../shared/acats or $ACATS), for tests that
#             declare `REQUIRES: acats`
#   not       LLVM's `not` (inverts the exit status), from LLVM's bin dir
#   %{adac_acats}  the project's ACATS runner (testsuite/acats/adac-acats)
#   %{acats_grade} ../shared/tools/acats-grade, for tests that declare
#             `REQUIRES: acats-grade`
#   gdb       (a feature) gdb is on PATH: `REQUIRES: gdb`
#   %s %S %t  as usual: this test's source and its directory, a scratch path
#             in the build tree
#
# RUN lines run under bash (lit's external shell, with pipefail), so they
# may use the shell's own syntax: `for` loops, `$?`, `sh -c '...'`.
#
# Run by testsuite/run-tests.sh (make check) with ADAC_SRCDIR and
# ADAC_BUILDDIR in the environment; by hand from a build tree:
#
#     ADAC_BUILDDIR=$PWD python3 /usr/lib/llvm-19/build/utils/lit/lit.py -v \
#         ../testsuite/lexer/reserved-words.adb
import os
import shutil

import lit.formats

config.name = 'adac'
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = ['.adb', '.ads', '.ada', '.a', '.test']
config.excludes = ['Inputs', 'Output', 'run-tests.sh', 'lit.cfg.py',
                   'acats-expected.lst', 'rm-coverage.py', 'rm-paragraphs.txt']

srcdir = os.path.dirname(os.path.abspath(__file__))
builddir = (lit_config.params.get('adac_builddir')
            or os.environ.get('ADAC_BUILDDIR')
            or os.path.dirname(srcdir))
config.test_source_root = srcdir
# Scratch files (%t) go to the build tree, so the source tree may be
# read-only (make distcheck).
config.test_exec_root = os.path.join(os.path.abspath(builddir), 'testsuite')

adac = os.environ.get('ADAC') or os.path.join(os.path.abspath(builddir), 'adac')
if not os.access(adac, os.X_OK):
    lit_config.fatal('no adac driver at %s: build it first (make adac) or '
                     'set ADAC_BUILDDIR' % adac)

filecheck = os.environ.get('FILECHECK') or shutil.which('FileCheck') \
    or '/usr/lib/llvm-19/bin/FileCheck'
if not os.access(filecheck, os.X_OK):
    lit_config.fatal('FileCheck not found (Debian: apt-get install llvm-19-tools)')

config.substitutions.append(('%adac', adac))
# For tests that link C with adac code (testsuite/pool/c-pool.adb): the
# runtime library of the build tree (or $ADART), the directory of the
# runtime's public headers (adac_pool.h), and the C compiler ($CC, else cc).
config.substitutions.append(('%{libadart}', os.environ.get('ADART') or
                             os.path.join(os.path.abspath(builddir), 'libadart.a')))
config.substitutions.append(('%{libadart_asan}', os.path.join(
    os.path.dirname(os.environ.get('ADART') or os.path.join(os.path.abspath(builddir), 'libadart.a')),
    'libadart-asan.a')))
config.substitutions.append(('%{adart_include}', os.path.join(
    os.environ.get('ADAC_SRCDIR') or os.path.dirname(srcdir), 'runtime')))
config.substitutions.append(('%{cc}', os.environ.get('CC') or 'cc'))
config.substitutions.append((r'\bFileCheck\b', filecheck))

# `not CMD` succeeds when CMD fails: LLVM's `not`, beside FileCheck (both are
# in llvm-19-tools); its directory goes last on the tests' PATH, so that it
# shadows no system tool.
not_tool = None
for d in (os.path.dirname(filecheck), '/usr/lib/llvm-19/bin'):
    if os.access(os.path.join(d, 'not'), os.X_OK):
        not_tool = os.path.join(d, 'not')
        break
if not not_tool:
    lit_config.fatal("LLVM's `not` not found (Debian: apt-get install llvm-19-tools)")

# The ACATS tree, for the tests that need it (REQUIRES: acats).
acats = os.environ.get('ACATS') or os.path.join(
    os.environ.get('ADAC_SRCDIR') or os.path.dirname(srcdir), '..', 'shared', 'acats')
if os.path.isdir(os.path.join(acats, 'tests')) and \
        os.path.isdir(os.path.join(acats, 'support')):
    config.available_features.add('acats')
    config.substitutions.append(('%acats', os.path.abspath(acats)))

# The project's ACATS runner, and the shared grader it must agree with (when
# ../shared is there: `REQUIRES: acats-grade`).
config.substitutions.append(('%{adac_acats}', os.path.join(srcdir, 'acats', 'adac-acats')))
acats_grade = os.environ.get('ACATS_GRADE') or os.path.join(
    os.environ.get('ADAC_SRCDIR') or os.path.dirname(srcdir), '..', 'shared', 'tools',
    'acats-grade')
if os.path.isfile(acats_grade):
    config.available_features.add('acats-grade')
    config.substitutions.append(('%{acats_grade}', 'python3 ' + os.path.abspath(acats_grade)))

# gdb, for the tests that drive it in batch mode (REQUIRES: gdb).
if shutil.which('gdb'):
    config.available_features.add('gdb')

# A predictable environment: C locale for messages, the tools' own PATH.
config.environment['LC_ALL'] = 'C'
config.environment['PATH'] = os.pathsep.join(
    [os.environ.get('PATH', '/usr/bin:/bin'), os.path.dirname(not_tool)])
