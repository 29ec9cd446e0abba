-- RM 2.8: pragmas are allowed wherever a declaration, statement, clause,
-- alternative, variant or handler may stand: in context clauses, generic
-- formal parts, declarative parts (visible and private), component lists,
-- variant parts, task and protected definitions and bodies, statement
-- sequences, before case alternatives and handlers, in select
-- alternatives, in record representation clauses, and between units.
-- Their arguments may be named, and may be expressions.
-- RUN: %adac --dump-ast %s | FileCheck %s
pragma Configuration_1;
with Ada.Text_IO;
pragma Context_Item;
generic
   pragma In_Formal_Part;
   type T is private;
package Gen is
   pragma In_Visible_Part;
private
   pragma In_Private_Part;
end Gen;
pragma Between (Gen, Check => True, Level => 2 + 3);
package body P is
   pragma In_Body_Declarations;
   type R (D : Boolean) is record
      pragma First_Component;
      X : Integer;
      case D is
         when True => pragma In_Variant; Y : Integer;
         when False => null;
      end case;
   end record;
   for R use record
      pragma In_Rep_Clause;
   end record;
   task T is
      pragma In_Task_Definition;
   end T;
   protected Obj is
      pragma In_Protected_Definition;
   private
      pragma In_Private_Protected;
   end Obj;
   protected body Obj is
      pragma In_Protected_Body;
   end Obj;
begin
   pragma In_Statements;
   case X is
      pragma Before_When;
      when others => pragma Alone;
   end case;
   select
      pragma Before_Accept;
      accept E;
   or
      terminate;
      pragma After_Terminate;
   end select;
   pragma Assert ((for all I in 1 .. 3 => I > 0), "message");
   pragma Assert (if X > 0 then Y > 0);
exception
   pragma Before_Handler;
   when others => null;
end P;
-- CHECK:     GENERIC_DECL [[@LINE-52]]:1-[[@LINE-45]]:8
-- CHECK:           list:
-- CHECK-NEXT:             PRAGMA [[@LINE-50]]:4-[[@LINE-50]]:26 id=in_visible_part
-- CHECK-NEXT:           list2:
-- CHECK-NEXT:             PRAGMA [[@LINE-50]]:4-[[@LINE-50]]:26 id=in_private_part
-- CHECK-NEXT:       list:
-- CHECK-NEXT:         PRAGMA [[@LINE-57]]:4-[[@LINE-57]]:25 id=in_formal_part
-- CHECK:   list:
-- CHECK-NEXT:     PRAGMA [[@LINE-63]]:1-[[@LINE-63]]:23 id=configuration_1
-- CHECK-NEXT:     WITH [[@LINE-63]]:1-[[@LINE-63]]:17
-- CHECK:     PRAGMA [[@LINE-63]]:1-[[@LINE-63]]:20 id=context_item
-- CHECK:     PACKAGE_BODY [[@LINE-54]]:1-[[@LINE-12]]:6 end=p
-- CHECK:       list:
-- CHECK-NEXT:         PRAGMA [[@LINE-55]]:4-[[@LINE-55]]:31 id=in_body_declarations
-- CHECK:             RECORD_DEF [[@LINE-55]]:28-[[@LINE-48]]:13
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PRAGMA [[@LINE-56]]:7-[[@LINE-56]]:29 id=first_component
-- CHECK:                     CASE_ARM [[@LINE-54]]:10-[[@LINE-54]]:53
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         PRAGMA [[@LINE-56]]:23-[[@LINE-56]]:40 id=in_variant
-- CHECK:         RECORD_REP_CLAUSE [[@LINE-53]]:4-[[@LINE-51]]:14
-- CHECK:           list:
-- CHECK-NEXT:             PRAGMA [[@LINE-54]]:7-[[@LINE-54]]:27 id=in_rep_clause
-- CHECK:         SINGLE_TASK [[@LINE-53]]:4-[[@LINE-51]]:9 id=t
-- CHECK:                 PRAGMA [[@LINE-53]]:7-[[@LINE-53]]:32 id=in_task_definition
-- CHECK:         SINGLE_PROTECTED [[@LINE-52]]:4-[[@LINE-48]]:11 id=obj
-- CHECK:               list:
-- CHECK-NEXT:                 PRAGMA [[@LINE-53]]:7-[[@LINE-53]]:37 id=in_protected_definition
-- CHECK-NEXT:               list2:
-- CHECK-NEXT:                 PRAGMA [[@LINE-53]]:7-[[@LINE-53]]:34 id=in_private_protected
-- CHECK:         PROTECTED_BODY [[@LINE-52]]:4-[[@LINE-50]]:11 id=obj end=obj
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             PRAGMA [[@LINE-53]]:7-[[@LINE-53]]:31 id=in_protected_body
-- CHECK:       list2:
-- CHECK-NEXT:         PRAGMA [[@LINE-52]]:4-[[@LINE-52]]:24 id=in_statements
-- CHECK-NEXT:         CASE [[@LINE-52]]:4-[[@LINE-49]]:12
-- CHECK:             CASE_ARM [[@LINE-51]]:7-[[@LINE-51]]:34
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PRAGMA [[@LINE-53]]:22-[[@LINE-53]]:34 id=alone
-- CHECK:           pragmas:
-- CHECK-NEXT:             PRAGMA [[@LINE-56]]:7-[[@LINE-56]]:25 id=before_when
-- CHECK-NEXT:         SELECT [[@LINE-54]]:4-[[@LINE-48]]:14
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             SELECT_ALT [[@LINE-55]]:7-[[@LINE-54]]:15
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PRAGMA [[@LINE-57]]:7-[[@LINE-57]]:27 id=before_accept
-- CHECK-NEXT:                 ACCEPT [[@LINE-57]]:7-[[@LINE-57]]:15 id=e
-- CHECK-NEXT:             SELECT_ALT [[@LINE-56]]:7-[[@LINE-55]]:29 op=terminate
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PRAGMA [[@LINE-57]]:7-[[@LINE-57]]:29 id=after_terminate
-- CHECK-NEXT:         PRAGMA [[@LINE-56]]:4-[[@LINE-56]]:61 id=assert
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             PAREN [[@LINE-58]]:19-[[@LINE-58]]:48
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUANTIFIED [[@LINE-60]]:20-[[@LINE-60]]:47 param=i op=all
-- CHECK:             STRING_LIT [[@LINE-61]]:51-[[@LINE-61]]:59 "message"
-- CHECK-NEXT:         PRAGMA [[@LINE-61]]:4-[[@LINE-61]]:39 id=assert
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             IF_EXPR [[@LINE-63]]:19-[[@LINE-63]]:37
-- CHECK:       list3:
-- CHECK-NEXT:         HANDLER [[@LINE-62]]:4-[[@LINE-62]]:23
-- CHECK:           pragmas:
-- CHECK-NEXT:             PRAGMA [[@LINE-65]]:4-[[@LINE-65]]:25 id=before_handler
