-- RM 4.8 and ACATS B48002A: `new T X` is parsed as the subtype indication
-- T X (a name), keeping name(...) as one N_APPLY whatever X holds --
-- expressions, ranges, named associations, a parenthesized expression --
-- so that sema can tell a discriminant constraint from an index
-- constraint from an illegal form.  T'(...) is a qualified expression.
-- RUN: %adac --dump-ast %s | FileCheck %s
procedure Allocs is
begin
   V := new Integer (1);
   V := new Integer ((2));
   V := new UR (1, 2);
   V := new UR (1 .. 3);
   V := new UR (D1 | D2 => 2, others => 1);
   V := new P.UP (D1 => 2, D2 => 1);
   V := new Arr (Idx range 1 .. 2);
   V := new Integer'(1);
   V := new Rec'(A => 1);
   V := new (Subpool) Node;
   V := new (Pools.Get (1)) Node'(Next => null);
end Allocs;
-- CHECK:         ASSIGN [[@LINE-12]]:6-[[@LINE-12]]:24
-- CHECK:             ALLOCATOR [[@LINE-13]]:9-[[@LINE-13]]:23
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-15]]:13-[[@LINE-15]]:23
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     APPLY [[@LINE-17]]:21-[[@LINE-17]]:23
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         IDENT [[@LINE-19]]:13-[[@LINE-19]]:19 id=integer
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         INT_LIT [[@LINE-21]]:22-[[@LINE-21]]:22 1
-- CHECK:             ALLOCATOR [[@LINE-21]]:9-[[@LINE-21]]:25
-- CHECK:                     APPLY [[@LINE-22]]:21-[[@LINE-22]]:25
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         IDENT [[@LINE-24]]:13-[[@LINE-24]]:19 id=integer
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         PAREN [[@LINE-26]]:22-[[@LINE-26]]:24
-- CHECK:             ALLOCATOR [[@LINE-26]]:9-[[@LINE-26]]:21
-- CHECK:                     APPLY [[@LINE-27]]:16-[[@LINE-27]]:21
-- CHECK:                       list:
-- CHECK-NEXT:                         INT_LIT [[@LINE-29]]:17-[[@LINE-29]]:17 1
-- CHECK-NEXT:                         INT_LIT [[@LINE-30]]:20-[[@LINE-30]]:20 2
-- CHECK:             ALLOCATOR [[@LINE-30]]:9-[[@LINE-30]]:23
-- CHECK:                     APPLY [[@LINE-31]]:16-[[@LINE-31]]:23
-- CHECK:                       list:
-- CHECK-NEXT:                         RANGE [[@LINE-33]]:17-[[@LINE-33]]:22
-- CHECK:             ALLOCATOR [[@LINE-33]]:9-[[@LINE-33]]:42
-- CHECK:                     APPLY [[@LINE-34]]:16-[[@LINE-34]]:42
-- CHECK:                       list:
-- CHECK-NEXT:                         ASSOC [[@LINE-36]]:17-[[@LINE-36]]:28
-- CHECK:                         ASSOC [[@LINE-37]]:31-[[@LINE-37]]:41
-- CHECK:                             OTHERS [[@LINE-38]]:31-[[@LINE-38]]:36
-- CHECK:             ALLOCATOR [[@LINE-38]]:9-[[@LINE-38]]:35
-- CHECK:                     APPLY [[@LINE-39]]:18-[[@LINE-39]]:35
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         SELECTED [[@LINE-41]]:15-[[@LINE-41]]:16 id=up
-- CHECK:             ALLOCATOR [[@LINE-41]]:9-[[@LINE-41]]:34
-- CHECK:                     APPLY [[@LINE-42]]:17-[[@LINE-42]]:34
-- CHECK:                       list:
-- CHECK-NEXT:                         SUBTYPE_IND [[@LINE-44]]:18-[[@LINE-44]]:33
-- CHECK-NEXT:                           expr:
-- CHECK-NEXT:                             IDENT [[@LINE-46]]:18-[[@LINE-46]]:20 id=idx
-- CHECK-NEXT:                           constraint:
-- CHECK-NEXT:                             RANGE_CONSTRAINT [[@LINE-48]]:22-[[@LINE-48]]:33
-- CHECK:             ALLOCATOR [[@LINE-48]]:9-[[@LINE-48]]:23
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-50]]:13-[[@LINE-50]]:23
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     PAREN [[@LINE-52]]:21-[[@LINE-52]]:23
-- CHECK:             ALLOCATOR [[@LINE-52]]:9-[[@LINE-52]]:24
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-54]]:13-[[@LINE-54]]:24
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     AGGREGATE [[@LINE-56]]:17-[[@LINE-56]]:24
-- CHECK:             ALLOCATOR [[@LINE-56]]:9-[[@LINE-56]]:26
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 IDENT [[@LINE-58]]:14-[[@LINE-58]]:20 id=subpool
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-60]]:23-[[@LINE-60]]:26
-- CHECK:             ALLOCATOR [[@LINE-60]]:9-[[@LINE-60]]:47
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-62]]:29-[[@LINE-62]]:47
-- CHECK:               left:
-- CHECK-NEXT:                 APPLY [[@LINE-64]]:24-[[@LINE-64]]:26
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     SELECTED [[@LINE-66]]:20-[[@LINE-66]]:22 id=get
