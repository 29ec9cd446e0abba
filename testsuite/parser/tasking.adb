-- RM 9: task types, single tasks, task bodies, protected types, single
-- protected objects and protected bodies, entries and entry families,
-- entry bodies with barriers, accept statements, every form of select
-- (selective accept with guards, delay and terminate alternatives and an
-- else part; timed and conditional entry calls; asynchronous select),
-- delay, abort and requeue, all parsed into the tree.
-- RUN: %adac --dump-ast %s | FileCheck %s
package body Tasking is
   task type Worker (Id : Integer) is
      entry Start;
      entry Put (X : Integer);
      entry Family (1 .. 10) (X : Integer);
      entry By_Color (Color);
      pragma Priority (3);
   private
      entry Internal;
   end Worker;
   task type Simple;
   task Single;
   task Server is new Iface with
      overriding entry Serve;
   end Server;
   protected type Counter (Initial : Integer) is
      procedure Increment;
      function Value return Integer;
      entry Wait_Positive (X : out Integer);
   private
      Count : Integer := Initial;
   end Counter;
   protected Lock is
      entry Seize;
      procedure Release;
   end Lock;
   protected body Counter is
      procedure Increment is
      begin
         Count := Count + 1;
      end Increment;
      function Value return Integer is (Count);
      entry Wait_Positive (X : out Integer) when Count > 0 is
      begin
         X := Count;
      end Wait_Positive;
      entry Slot (for I in 1 .. 3) (X : Integer) when True is
      begin
         requeue Wait_Positive with abort;
      end Slot;
   end Counter;
   task body Worker is
      V : Integer;
   begin
      accept Start;
      accept Put (X : Integer) do
         V := X;
      end Put;
      accept Family (3) (X : Integer);
      loop
         select
            accept Start;
         or
            when V > 0 =>
               accept Put (X : Integer) do null; end Put;
               V := 0;
         or
            delay 1.0;
         or
            terminate;
         end select;
      end loop;
   end Worker;
   procedure Client is
   begin
      select
         Lock.Seize;
      or
         delay until Deadline;
         raise Timeout;
      end select;
      select
         Lock.Seize;
      else
         null;
      end select;
      select
         delay 5.0;
      then abort
         Long_Computation;
      end select;
      abort Single, Server;
      delay 0.5;
   end Client;
end Tasking;
-- CHECK:         TASK_TYPE [[@LINE-84]]:4-[[@LINE-76]]:14 id=worker
-- CHECK-NEXT:           spec:
-- CHECK-NEXT:             TASK_DEF [[@LINE-86]]:37-[[@LINE-78]]:14 end=worker
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ENTRY_DECL [[@LINE-87]]:7-[[@LINE-87]]:18 id=start
-- CHECK-NEXT:                 ENTRY_DECL [[@LINE-87]]:7-[[@LINE-87]]:30 id=put
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     PARAM [[@LINE-89]]:18-[[@LINE-89]]:28 mode=in
-- CHECK:                 ENTRY_DECL [[@LINE-89]]:7-[[@LINE-89]]:43 id=family
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     RANGE [[@LINE-91]]:21-[[@LINE-91]]:27
-- CHECK:                   list:
-- CHECK-NEXT:                     PARAM [[@LINE-93]]:31-[[@LINE-93]]:41 mode=in
-- CHECK:                 ENTRY_DECL [[@LINE-93]]:7-[[@LINE-93]]:29 id=by_color
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     IDENT [[@LINE-95]]:23-[[@LINE-95]]:27 id=color
-- CHECK-NEXT:                 PRAGMA [[@LINE-95]]:7-[[@LINE-95]]:26 id=priority
-- CHECK:               list2:
-- CHECK-NEXT:                 ENTRY_DECL [[@LINE-95]]:7-[[@LINE-95]]:21 id=internal
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             DISCRIMINANT [[@LINE-104]]:22-[[@LINE-104]]:33
-- CHECK:         TASK_TYPE [[@LINE-96]]:4-[[@LINE-96]]:20 id=simple
-- CHECK-NEXT:         SINGLE_TASK [[@LINE-96]]:4-[[@LINE-96]]:15 id=single
-- CHECK-NEXT:         SINGLE_TASK [[@LINE-96]]:4-[[@LINE-94]]:14 id=server
-- CHECK-NEXT:           spec:
-- CHECK-NEXT:             TASK_DEF [[@LINE-98]]:32-[[@LINE-96]]:14 end=server
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ENTRY_DECL [[@LINE-99]]:7-[[@LINE-99]]:29 id=serve flags=OVERRIDING
-- CHECK-NEXT:           list3:
-- CHECK-NEXT:             IDENT [[@LINE-102]]:23-[[@LINE-102]]:27 id=iface
-- CHECK-NEXT:         PROTECTED_TYPE [[@LINE-100]]:4-[[@LINE-94]]:15 id=counter
-- CHECK-NEXT:           spec:
-- CHECK-NEXT:             TASK_DEF [[@LINE-102]]:48-[[@LINE-96]]:15 end=counter
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 SUBPROGRAM_DECL [[@LINE-103]]:7-[[@LINE-103]]:26
-- CHECK:                 SUBPROGRAM_DECL [[@LINE-103]]:7-[[@LINE-103]]:36
-- CHECK:                 ENTRY_DECL [[@LINE-103]]:7-[[@LINE-103]]:44 id=wait_positive
-- CHECK:               list2:
-- CHECK-NEXT:                 COMPONENT [[@LINE-103]]:7-[[@LINE-103]]:33
-- CHECK:           list:
-- CHECK-NEXT:             DISCRIMINANT [[@LINE-110]]:28-[[@LINE-110]]:44
-- CHECK:         SINGLE_PROTECTED [[@LINE-104]]:4-[[@LINE-101]]:12 id=lock
-- CHECK:         PROTECTED_BODY [[@LINE-101]]:4-[[@LINE-87]]:15 id=counter end=counter
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             SUBPROGRAM_BODY [[@LINE-102]]:7-[[@LINE-99]]:20 end=increment
-- CHECK:             EXPR_FUNCTION [[@LINE-99]]:7-[[@LINE-99]]:47
-- CHECK:             ENTRY_BODY [[@LINE-99]]:7-[[@LINE-96]]:24 end=wait_positive
-- CHECK-NEXT:               spec:
-- CHECK-NEXT:                 ENTRY_DECL [[@LINE-101]]:7-[[@LINE-101]]:43 id=wait_positive
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     PARAM [[@LINE-103]]:28-[[@LINE-103]]:42 mode=out
-- CHECK:               cond:
-- CHECK-NEXT:                 BINARY [[@LINE-105]]:56-[[@LINE-105]]:58 op='>'
-- CHECK:               list2:
-- CHECK-NEXT:                 ASSIGN [[@LINE-105]]:12-[[@LINE-105]]:20
-- CHECK:             ENTRY_BODY [[@LINE-104]]:7-[[@LINE-101]]:15 end=slot
-- CHECK-NEXT:               spec:
-- CHECK-NEXT:                 ENTRY_DECL [[@LINE-106]]:7-[[@LINE-106]]:48 id=slot param=i
-- CHECK-NEXT:                   right:
-- CHECK-NEXT:                     IDENT [[@LINE-108]]:23-[[@LINE-108]]:23 id=i
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     RANGE [[@LINE-110]]:28-[[@LINE-110]]:33
-- CHECK:                   list:
-- CHECK-NEXT:                     PARAM [[@LINE-112]]:37-[[@LINE-112]]:47 mode=in
-- CHECK:               cond:
-- CHECK-NEXT:                 IDENT [[@LINE-114]]:55-[[@LINE-114]]:58 id=true
-- CHECK-NEXT:               list2:
-- CHECK-NEXT:                 REQUEUE [[@LINE-114]]:10-[[@LINE-114]]:42 flags=WITH_ABORT
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-116]]:18-[[@LINE-116]]:30 id=wait_positive
-- CHECK:         TASK_BODY [[@LINE-114]]:4-[[@LINE-93]]:14 id=worker end=worker
-- CHECK:           list2:
-- CHECK-NEXT:             ACCEPT [[@LINE-113]]:7-[[@LINE-113]]:19 id=start
-- CHECK-NEXT:             ACCEPT [[@LINE-113]]:7-[[@LINE-111]]:14 id=put end=put
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PARAM [[@LINE-115]]:19-[[@LINE-115]]:29 mode=in
-- CHECK:               list2:
-- CHECK-NEXT:                 ASSIGN [[@LINE-116]]:12-[[@LINE-116]]:16
-- CHECK:             ACCEPT [[@LINE-115]]:7-[[@LINE-115]]:38 id=family
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 INT_LIT [[@LINE-117]]:22-[[@LINE-117]]:22 3
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PARAM [[@LINE-119]]:26-[[@LINE-119]]:36 mode=in
-- CHECK:             LOOP [[@LINE-119]]:7-[[@LINE-107]]:15
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 SELECT [[@LINE-120]]:10-[[@LINE-110]]:20
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     SELECT_ALT [[@LINE-121]]:13-[[@LINE-121]]:25
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         ACCEPT [[@LINE-123]]:13-[[@LINE-123]]:25 id=start
-- CHECK-NEXT:                     SELECT_ALT [[@LINE-122]]:13-[[@LINE-120]]:22
-- CHECK-NEXT:                       cond:
-- CHECK-NEXT:                         BINARY [[@LINE-124]]:20-[[@LINE-124]]:22 op='>'
-- CHECK:                       list:
-- CHECK-NEXT:                         ACCEPT [[@LINE-125]]:16-[[@LINE-125]]:57 id=put end=put
-- CHECK:                         ASSIGN [[@LINE-125]]:18-[[@LINE-125]]:22
-- CHECK:                     SELECT_ALT [[@LINE-124]]:13-[[@LINE-124]]:22
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         DELAY [[@LINE-126]]:13-[[@LINE-126]]:22
-- CHECK-NEXT:                           expr:
-- CHECK-NEXT:                             REAL_LIT [[@LINE-128]]:19-[[@LINE-128]]:21 1.0
-- CHECK-NEXT:                     SELECT_ALT [[@LINE-127]]:13-[[@LINE-127]]:22 op=terminate
-- CHECK:             SELECT [[@LINE-122]]:7-[[@LINE-117]]:17
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 SELECT_ALT [[@LINE-123]]:10-[[@LINE-123]]:20
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     CALL_STMT [[@LINE-125]]:10-[[@LINE-125]]:20
-- CHECK:                 SELECT_ALT [[@LINE-124]]:10-[[@LINE-123]]:23
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     DELAY [[@LINE-126]]:10-[[@LINE-126]]:30 flags=UNTIL
-- CHECK:                     RAISE [[@LINE-126]]:10-[[@LINE-126]]:23
-- CHECK:             SELECT [[@LINE-125]]:7-[[@LINE-121]]:17
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 SELECT_ALT [[@LINE-126]]:10-[[@LINE-126]]:20
-- CHECK:               list2:
-- CHECK-NEXT:                 NULL_STMT [[@LINE-126]]:10-[[@LINE-126]]:14
-- CHECK-NEXT:             SELECT [[@LINE-125]]:7-[[@LINE-121]]:17
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 SELECT_ALT [[@LINE-126]]:10-[[@LINE-126]]:19
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     DELAY [[@LINE-128]]:10-[[@LINE-128]]:19
-- CHECK:               list3:
-- CHECK-NEXT:                 CALL_STMT [[@LINE-128]]:10-[[@LINE-128]]:26
-- CHECK:             ABORT [[@LINE-127]]:7-[[@LINE-127]]:27
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 IDENT [[@LINE-129]]:13-[[@LINE-129]]:18 id=single
-- CHECK-NEXT:                 IDENT [[@LINE-130]]:21-[[@LINE-130]]:26 id=server
-- CHECK-NEXT:             DELAY [[@LINE-130]]:7-[[@LINE-130]]:16
