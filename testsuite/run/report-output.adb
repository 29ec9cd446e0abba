-- The ACATS Report package prints exactly what its Ada body prints:
-- folded long descriptions, comments, failures and the result line
-- (the expected text is what GNAT prints with ACATS's own report.a).
-- RUN: %adac %s -o %t && %t | FileCheck %s --match-full-lines --strict-whitespace
-- CHECK:,.,. REPORT1 ACATS 4.2A {{[0-9-]+ [0-9:]+}}
-- CHECK-NEXT:---- REPORT1 A DESCRIPTION LONG ENOUGH TO BE FOLDED BY PUT_MSG AT
-- CHECK-NEXT:                SEVENTY TWO COLUMNS.
-- CHECK-NEXT:   - REPORT1 A COMMENT.
-- CHECK-NEXT:   * REPORT1 SOMETHING FAILED.
-- CHECK-NEXT:**** REPORT1 FAILED ****************************.
-- CHECK-EMPTY:
-- CHECK-NEXT:,.,. REPORT2 ACATS 4.2A {{[0-9-]+ [0-9:]+}}
-- CHECK-NEXT:---- REPORT2 SECOND.
-- CHECK-NEXT:==== REPORT2 PASSED ============================.
with Report; use Report;
procedure Report_Output is
begin
   Test ("REPORT1", "A DESCRIPTION LONG ENOUGH TO BE FOLDED BY PUT_MSG " &
                    "AT SEVENTY TWO COLUMNS");
   Comment ("A COMMENT");
   Failed ("SOMETHING FAILED");
   Result;
   Test ("REPORT2", "SECOND");
   Result;
end Report_Output;
