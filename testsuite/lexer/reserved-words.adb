-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- The 73 reserved words of Ada 2012 (RM 2.9), each in one of four letter
-- cases: lower, UPPER, Capitalized and aLtErNaTiNg.  Letter case does not
-- matter (RM 2.3(5)), so each lexes as its reserved word, whose token name
-- is the word in lower case.  Each check sits on the line of its token.
abort          -- CHECK:      reserved-words.adb:[[@LINE]]:1: abort
ABS            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: abs
Abstract       -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: abstract
aCcEpT         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: accept
access         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: access
ALIASED        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: aliased
All            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: all
aNd            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: and
array          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: array
AT             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: at
Begin          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: begin
bOdY           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: body
case           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: case
CONSTANT       -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: constant
Declare        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: declare
dElAy          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: delay
delta          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: delta
DIGITS         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: digits
Do             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: do
eLsE           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: else
elsif          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: elsif
END            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: end
Entry          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: entry
eXcEpTiOn      -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: exception
exit           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: exit
FOR            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: for
Function       -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: function
gEnErIc        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: generic
goto           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: goto
IF             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: if
In             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: in
iNtErFaCe      -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: interface
is             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: is
LIMITED        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: limited
Loop           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: loop
mOd            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: mod
new            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: new
NOT            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: not
Null           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: null
oF             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: of
or             -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: or
OTHERS         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: others
Out            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: out
oVeRrIdInG     -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: overriding
package        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: package
PRAGMA         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: pragma
Private        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: private
pRoCeDuRe      -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: procedure
protected      -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: protected
RAISE          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: raise
Range          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: range
rEcOrD         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: record
rem            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: rem
RENAMES        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: renames
Requeue        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: requeue
rEtUrN         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: return
reverse        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: reverse
SELECT         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: select
Separate       -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: separate
sOmE           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: some
subtype        -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: subtype
SYNCHRONIZED   -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: synchronized
Tagged         -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: tagged
tAsK           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: task
terminate      -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: terminate
THEN           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: then
Type           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: type
uNtIl          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: until
use            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: use
WHEN           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: when
While          -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: while
wItH           -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: with
xor            -- CHECK-NEXT: reserved-words.adb:[[@LINE]]:1: xor

-- Identifiers that merely contain reserved words, and words that are not
-- reserved in Ada 2012 (parallel is reserved only from Ada 2022 on):
-- identifiers keep their spelling.
Begin_Block Ends end_if Record2 Access_Type INTERFACES Somewhere parallel
-- CHECK-NEXT: reserved-words.adb:[[@LINE-1]]:1: identifier Begin_Block
-- CHECK-NEXT: reserved-words.adb:[[@LINE-2]]:13: identifier Ends
-- CHECK-NEXT: reserved-words.adb:[[@LINE-3]]:18: identifier end_if
-- CHECK-NEXT: reserved-words.adb:[[@LINE-4]]:25: identifier Record2
-- CHECK-NEXT: reserved-words.adb:[[@LINE-5]]:33: identifier Access_Type
-- CHECK-NEXT: reserved-words.adb:[[@LINE-6]]:45: identifier INTERFACES
-- CHECK-NEXT: reserved-words.adb:[[@LINE-7]]:56: identifier Somewhere
-- CHECK-NEXT: reserved-words.adb:[[@LINE-8]]:66: identifier parallel
-- CHECK-NOT: {{.}}
