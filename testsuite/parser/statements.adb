-- RM 5, 6.5, 11: statements: labels and goto, assignments and calls, if,
-- case (with pragmas before the alternatives), loops (named, while, for,
-- reverse, for ... of), blocks, exit, return and extended return, raise
-- (with a message), handlers with a choice parameter, pragmas among
-- statements, code statements.
-- RUN: %adac --dump-ast %s | FileCheck %s
procedure Stmts is
begin
   <<Start>> <<Again>>
   null;
   X := 1;
   Put_Line ("x");
   Obj.Method (1, B => 2);
   pragma Inside_Statements;
   if A then
      null;
   elsif B then
      null;
   else
      goto Start;
   end if;
   case X is
      pragma Before_Alternatives;
      when 1 | 2 => null;
      when 3 .. 5 | T'Range => null;
      when others => null;
   end case;
   Outer : loop
      exit;
      exit Outer;
      exit when X > 1;
      exit Outer when X > 2;
   end loop Outer;
   while X < 10 loop X := X + 1; end loop;
   for I in reverse 1 .. 10 loop null; end loop;
   for I in T range 1 .. 3 loop null; end loop;
   Named : for E of reverse Arr loop null; end loop Named;
   for E : Integer of Arr loop null; end loop;
   Blk : declare
      Y : Integer := 0;
   begin
      Y := 1;
   exception
      pragma In_Handlers;
      when E : Constraint_Error | Program_Error =>
         raise;
      when others =>
         raise Program_Error with "message " & Image (X);
   end Blk;
   begin
      return;
   end;
   return X + 1;
   return R : T;
   return R : aliased constant T := F (1) do
      R.X := 1;
   exception
      when others => null;
   end return;
   raise Constraint_Error;
   Machine_Code'(Opcode => 1);
   <<Finish>>
end Stmts;
-- CHECK:     SUBPROGRAM_BODY [[@LINE-57]]:1-[[@LINE-1]]:10 end=stmts
-- CHECK:       list2:
-- CHECK-NEXT:         LABEL [[@LINE-57]]:4-[[@LINE-57]]:12 id=start
-- CHECK-NEXT:         LABEL [[@LINE-58]]:14-[[@LINE-58]]:22 id=again
-- CHECK-NEXT:         NULL_STMT [[@LINE-58]]:4-[[@LINE-58]]:8
-- CHECK-NEXT:         ASSIGN [[@LINE-58]]:6-[[@LINE-58]]:10
-- CHECK:         CALL_STMT [[@LINE-58]]:4-[[@LINE-58]]:18
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             APPLY [[@LINE-60]]:13-[[@LINE-60]]:17
-- CHECK:         CALL_STMT [[@LINE-60]]:4-[[@LINE-60]]:26
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             APPLY [[@LINE-62]]:15-[[@LINE-62]]:25
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 SELECTED [[@LINE-64]]:8-[[@LINE-64]]:13 id=method
-- CHECK:                 ASSOC [[@LINE-65]]:19-[[@LINE-65]]:24
-- CHECK:         PRAGMA [[@LINE-65]]:4-[[@LINE-65]]:28 id=inside_statements
-- CHECK-NEXT:         IF [[@LINE-65]]:4-[[@LINE-59]]:10
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             IF_ARM [[@LINE-67]]:7-[[@LINE-66]]:11
-- CHECK-NEXT:               cond:
-- CHECK-NEXT:                 IDENT [[@LINE-69]]:7-[[@LINE-69]]:7 id=a
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 NULL_STMT [[@LINE-70]]:7-[[@LINE-70]]:11
-- CHECK-NEXT:             IF_ARM [[@LINE-70]]:10-[[@LINE-69]]:11
-- CHECK-NEXT:               cond:
-- CHECK-NEXT:                 IDENT [[@LINE-72]]:10-[[@LINE-72]]:10 id=b
-- CHECK:           list2:
-- CHECK-NEXT:             GOTO [[@LINE-71]]:7-[[@LINE-71]]:17
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-73]]:12-[[@LINE-73]]:16 id=start
-- CHECK-NEXT:         CASE [[@LINE-72]]:4-[[@LINE-67]]:12
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-74]]:9-[[@LINE-74]]:9 id=x
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             CASE_ARM [[@LINE-74]]:7-[[@LINE-74]]:25
-- CHECK:               list2:
-- CHECK-NEXT:                 INT_LIT [[@LINE-76]]:12-[[@LINE-76]]:12 1
-- CHECK-NEXT:                 INT_LIT [[@LINE-77]]:16-[[@LINE-77]]:16 2
-- CHECK-NEXT:             CASE_ARM [[@LINE-77]]:7-[[@LINE-77]]:36
-- CHECK:               list2:
-- CHECK-NEXT:                 RANGE [[@LINE-79]]:12-[[@LINE-79]]:17
-- CHECK:                 ATTRIBUTE [[@LINE-80]]:23-[[@LINE-80]]:27 id=range
-- CHECK:             CASE_ARM [[@LINE-80]]:7-[[@LINE-80]]:26
-- CHECK:                 OTHERS [[@LINE-81]]:12-[[@LINE-81]]:17
-- CHECK-NEXT:           pragmas:
-- CHECK-NEXT:             PRAGMA [[@LINE-86]]:7-[[@LINE-86]]:33 id=before_alternatives
-- CHECK-NEXT:         LOOP [[@LINE-82]]:4-[[@LINE-77]]:18 id=outer end=outer
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             EXIT [[@LINE-83]]:7-[[@LINE-83]]:11
-- CHECK-NEXT:             EXIT [[@LINE-83]]:7-[[@LINE-83]]:17
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-85]]:12-[[@LINE-85]]:16 id=outer
-- CHECK-NEXT:             EXIT [[@LINE-85]]:7-[[@LINE-85]]:22
-- CHECK-NEXT:               cond:
-- CHECK:             EXIT [[@LINE-86]]:7-[[@LINE-86]]:28
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-88]]:12-[[@LINE-88]]:16 id=outer
-- CHECK-NEXT:               cond:
-- CHECK:         LOOP [[@LINE-88]]:4-[[@LINE-88]]:42 op=while
-- CHECK-NEXT:           cond:
-- CHECK:         LOOP [[@LINE-89]]:4-[[@LINE-89]]:48 param=i op=for flags=REVERSE
-- CHECK-NEXT:           right:
-- CHECK-NEXT:             IDENT [[@LINE-91]]:8-[[@LINE-91]]:8 id=i
-- CHECK-NEXT:           constraint:
-- CHECK-NEXT:             RANGE [[@LINE-93]]:21-[[@LINE-93]]:27
-- CHECK:         LOOP [[@LINE-93]]:4-[[@LINE-93]]:47 param=i op=for
-- CHECK:           constraint:
-- CHECK-NEXT:             SUBTYPE_IND [[@LINE-95]]:13-[[@LINE-95]]:26
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-97]]:13-[[@LINE-97]]:13 id=t
-- CHECK-NEXT:               constraint:
-- CHECK-NEXT:                 RANGE_CONSTRAINT [[@LINE-99]]:15-[[@LINE-99]]:26
-- CHECK:         FOR_OF_LOOP [[@LINE-99]]:4-[[@LINE-99]]:58 id=named param=e op=for flags=REVERSE end=named
-- CHECK-NEXT:           right:
-- CHECK-NEXT:             IDENT [[@LINE-101]]:16-[[@LINE-101]]:16 id=e
-- CHECK-NEXT:           constraint:
-- CHECK-NEXT:             IDENT [[@LINE-103]]:29-[[@LINE-103]]:31 id=arr
-- CHECK:         FOR_OF_LOOP [[@LINE-103]]:4-[[@LINE-103]]:46 param=e op=for
-- CHECK-NEXT:           right:
-- CHECK:           type:
-- CHECK-NEXT:             SUBTYPE_IND [[@LINE-106]]:12-[[@LINE-106]]:18
-- CHECK:           constraint:
-- CHECK-NEXT:             IDENT [[@LINE-108]]:23-[[@LINE-108]]:25 id=arr
-- CHECK:         BLOCK [[@LINE-108]]:4-[[@LINE-98]]:11 id=blk end=blk
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             OBJECT_DECL [[@LINE-109]]:7-[[@LINE-109]]:23
-- CHECK:           list2:
-- CHECK-NEXT:             ASSIGN [[@LINE-109]]:9-[[@LINE-109]]:13
-- CHECK:           list3:
-- CHECK-NEXT:             HANDLER [[@LINE-108]]:7-[[@LINE-107]]:15 id=e
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 RAISE [[@LINE-109]]:10-[[@LINE-109]]:15
-- CHECK-NEXT:               list2:
-- CHECK-NEXT:                 IDENT [[@LINE-112]]:16-[[@LINE-112]]:31 id=constraint_error
-- CHECK-NEXT:                 IDENT [[@LINE-113]]:35-[[@LINE-113]]:47 id=program_error
-- CHECK-NEXT:               pragmas:
-- CHECK-NEXT:                 PRAGMA [[@LINE-116]]:7-[[@LINE-116]]:25 id=in_handlers
-- CHECK-NEXT:             HANDLER [[@LINE-114]]:7-[[@LINE-113]]:57
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 RAISE [[@LINE-115]]:10-[[@LINE-115]]:57
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-117]]:16-[[@LINE-117]]:28 id=program_error
-- CHECK-NEXT:                   init:
-- CHECK-NEXT:                     BINARY [[@LINE-119]]:46-[[@LINE-119]]:56 op='&'
-- CHECK:                 OTHERS [[@LINE-121]]:12-[[@LINE-121]]:17
-- CHECK-NEXT:         BLOCK [[@LINE-119]]:4-[[@LINE-117]]:7
-- CHECK-NEXT:           list2:
-- CHECK-NEXT:             RETURN [[@LINE-120]]:7-[[@LINE-120]]:13
-- CHECK-NEXT:         RETURN [[@LINE-119]]:4-[[@LINE-119]]:16
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             BINARY [[@LINE-121]]:13-[[@LINE-121]]:15 op='+'
-- CHECK:         EXTENDED_RETURN [[@LINE-121]]:4-[[@LINE-121]]:16
-- CHECK-NEXT:           IDENT [[@LINE-122]]:11-[[@LINE-122]]:11 id=r
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             SUBTYPE_IND [[@LINE-124]]:15-[[@LINE-124]]:15
-- CHECK:         EXTENDED_RETURN [[@LINE-124]]:4-[[@LINE-120]]:14 flags=CONSTANT|ALIASED
-- CHECK-NEXT:           IDENT [[@LINE-125]]:11-[[@LINE-125]]:11 id=r
-- CHECK-NEXT:           type:
-- CHECK:           init:
-- CHECK-NEXT:             APPLY [[@LINE-128]]:39-[[@LINE-128]]:41
-- CHECK:           list2:
-- CHECK-NEXT:             ASSIGN [[@LINE-129]]:11-[[@LINE-129]]:15
-- CHECK:           list3:
-- CHECK-NEXT:             HANDLER [[@LINE-129]]:7-[[@LINE-129]]:26
-- CHECK:         RAISE [[@LINE-128]]:4-[[@LINE-128]]:26
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-130]]:10-[[@LINE-130]]:25 id=constraint_error
-- CHECK-NEXT:         CALL_STMT [[@LINE-130]]:4-[[@LINE-130]]:30
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             QUALIFIED [[@LINE-132]]:4-[[@LINE-132]]:29
-- CHECK:         LABEL [[@LINE-132]]:4-[[@LINE-132]]:13 id=finish
