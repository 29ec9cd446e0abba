-- RM 4.1-4.8, 4.5.7, 4.5.8, 11.3: names and expressions: attributes with
-- reserved-word designators, 'Class'Input chains, character literals and
-- operator symbols as selectors and names, qualified expressions,
-- aggregates (positional, named, others, <>, extension, null record,
-- delta), membership tests with several choices, short circuits,
-- conditional, case, quantified and raise expressions, allocators with
-- subpools.
-- RUN: %adac --dump-ast %s | FileCheck %s
procedure Exprs is
begin
   A := T'Access;
   A := T'Unchecked_Access;
   A := X'Range'Length + T'Digits + T'Delta + T'Mod (7);
   A := T'Class'Input (S);
   A := Pack.'A';
   A := Pack."+" (B, C);
   A := "+" (B, C);
   A := Ptr.all.Comp;
   A := T'(1, 2);
   A := T'(others => <>);
   A := (1, 2, 3);
   A := (1 => 2, 3 | 4 => 5, 6 .. 7 => 8, others => 0);
   A := (Parent with C => 1, D => <>);
   A := (Parent with null record);
   A := (null record);
   A := (R with delta C => 2);
   A := B not in 1 | 3 .. 5 | Small;
   A := (B and then C) or else D;
   A := B and C and D;
   A := B xor C;
   A := abs B - 2 ** (-C) mod 3 rem 4 & "s";
   A := (if B then 1 elsif C then 2 else 3);
   A := (case B is when 1 => 10, when 2 | 3 => 20, when others => 30);
   A := (for all I in Arr'Range => Arr (I) > 0);
   A := (for some E of Arr => E = 0);
   A := F (if B then 1 else 2);
   A := (raise Constraint_Error with "bad");
   A := raise Program_Error;
   A := new T;
   A := new T'(1, 2);
   A := new (Pool) T'Class'(X);
   A := new not null Acc;
   A := new T (10);
   A := new T range 1 .. 10;
end Exprs;
-- CHECK:         ASSIGN [[@LINE-35]]:6-[[@LINE-35]]:17
-- CHECK:           right:
-- CHECK-NEXT:             ATTRIBUTE [[@LINE-37]]:11-[[@LINE-37]]:16 id=access
-- CHECK:         ASSIGN [[@LINE-37]]:6-[[@LINE-37]]:27
-- CHECK:             ATTRIBUTE [[@LINE-38]]:11-[[@LINE-38]]:26 id=unchecked_access
-- CHECK:         ASSIGN [[@LINE-38]]:6-[[@LINE-38]]:56
-- CHECK:                         ATTRIBUTE [[@LINE-39]]:17-[[@LINE-39]]:22 id=length
-- CHECK-NEXT:                           expr:
-- CHECK-NEXT:                             ATTRIBUTE [[@LINE-41]]:11-[[@LINE-41]]:15 id=range
-- CHECK:                         ATTRIBUTE [[@LINE-42]]:28-[[@LINE-42]]:33 id=digits
-- CHECK:                     ATTRIBUTE [[@LINE-43]]:39-[[@LINE-43]]:43 id=delta
-- CHECK:                 APPLY [[@LINE-44]]:53-[[@LINE-44]]:55
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     ATTRIBUTE [[@LINE-46]]:49-[[@LINE-46]]:51 id=mod
-- CHECK:         ASSIGN [[@LINE-46]]:6-[[@LINE-46]]:26
-- CHECK:             APPLY [[@LINE-47]]:23-[[@LINE-47]]:25
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 ATTRIBUTE [[@LINE-49]]:17-[[@LINE-49]]:21 id=input
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     ATTRIBUTE [[@LINE-51]]:11-[[@LINE-51]]:15 id=class
-- CHECK:         ASSIGN [[@LINE-51]]:6-[[@LINE-51]]:17
-- CHECK:             SELECTED [[@LINE-52]]:14-[[@LINE-52]]:16 'A' op=character literal
-- CHECK:         ASSIGN [[@LINE-52]]:6-[[@LINE-52]]:24
-- CHECK:                 SELECTED [[@LINE-53]]:14-[[@LINE-53]]:16 "+" op=string literal
-- CHECK:         ASSIGN [[@LINE-53]]:6-[[@LINE-53]]:19
-- CHECK:             APPLY [[@LINE-54]]:13-[[@LINE-54]]:18
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 STRING_LIT [[@LINE-56]]:9-[[@LINE-56]]:11 "+"
-- CHECK:         ASSIGN [[@LINE-56]]:6-[[@LINE-56]]:21
-- CHECK:             SELECTED [[@LINE-57]]:17-[[@LINE-57]]:20 id=comp
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 DEREF [[@LINE-59]]:13-[[@LINE-59]]:15
-- CHECK:         ASSIGN [[@LINE-59]]:6-[[@LINE-59]]:17
-- CHECK:             QUALIFIED [[@LINE-60]]:9-[[@LINE-60]]:16
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 AGGREGATE [[@LINE-62]]:11-[[@LINE-62]]:16
-- CHECK:         ASSIGN [[@LINE-62]]:6-[[@LINE-62]]:25
-- CHECK:             QUALIFIED [[@LINE-63]]:9-[[@LINE-63]]:24
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 AGGREGATE [[@LINE-65]]:11-[[@LINE-65]]:24
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     ASSOC [[@LINE-67]]:12-[[@LINE-67]]:23 flags=BOX
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         OTHERS [[@LINE-69]]:12-[[@LINE-69]]:17
-- CHECK:         ASSIGN [[@LINE-69]]:6-[[@LINE-69]]:18
-- CHECK:             AGGREGATE [[@LINE-70]]:9-[[@LINE-70]]:17
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 INT_LIT [[@LINE-72]]:10-[[@LINE-72]]:10 1
-- CHECK-NEXT:                 INT_LIT [[@LINE-73]]:13-[[@LINE-73]]:13 2
-- CHECK-NEXT:                 INT_LIT [[@LINE-74]]:16-[[@LINE-74]]:16 3
-- CHECK:         ASSIGN [[@LINE-74]]:6-[[@LINE-74]]:55
-- CHECK:             AGGREGATE [[@LINE-75]]:9-[[@LINE-75]]:54
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ASSOC [[@LINE-77]]:10-[[@LINE-77]]:15
-- CHECK:                 ASSOC [[@LINE-78]]:18-[[@LINE-78]]:27
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-80]]:27-[[@LINE-80]]:27 5
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     INT_LIT [[@LINE-82]]:18-[[@LINE-82]]:18 3
-- CHECK-NEXT:                     INT_LIT [[@LINE-83]]:22-[[@LINE-83]]:22 4
-- CHECK-NEXT:                 ASSOC [[@LINE-84]]:30-[[@LINE-84]]:40
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-86]]:40-[[@LINE-86]]:40 8
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     RANGE [[@LINE-88]]:30-[[@LINE-88]]:35
-- CHECK:                     OTHERS [[@LINE-89]]:43-[[@LINE-89]]:48
-- CHECK:         ASSIGN [[@LINE-89]]:6-[[@LINE-89]]:38
-- CHECK:             AGGREGATE [[@LINE-90]]:9-[[@LINE-90]]:37
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-92]]:10-[[@LINE-92]]:15 id=parent
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ASSOC [[@LINE-94]]:22-[[@LINE-94]]:27
-- CHECK:                 ASSOC [[@LINE-95]]:30-[[@LINE-95]]:36 flags=BOX
-- CHECK:         ASSIGN [[@LINE-95]]:6-[[@LINE-95]]:34
-- CHECK:             AGGREGATE [[@LINE-96]]:9-[[@LINE-96]]:33
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-98]]:10-[[@LINE-98]]:15 id=parent
-- CHECK:         ASSIGN [[@LINE-98]]:6-[[@LINE-98]]:22
-- CHECK:             AGGREGATE [[@LINE-99]]:9-[[@LINE-99]]:21 flags=NULL_REC
-- CHECK:         ASSIGN [[@LINE-99]]:6-[[@LINE-99]]:30
-- CHECK:             DELTA_AGGREGATE [[@LINE-100]]:9-[[@LINE-100]]:29
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-102]]:10-[[@LINE-102]]:10 id=r
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ASSOC [[@LINE-104]]:23-[[@LINE-104]]:28
-- CHECK:         ASSIGN [[@LINE-104]]:6-[[@LINE-104]]:36
-- CHECK:             MEMBERSHIP [[@LINE-105]]:11-[[@LINE-105]]:35 flags=NOT
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 IDENT [[@LINE-107]]:9-[[@LINE-107]]:9 id=b
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 INT_LIT [[@LINE-109]]:18-[[@LINE-109]]:18 1
-- CHECK-NEXT:                 RANGE [[@LINE-110]]:22-[[@LINE-110]]:27
-- CHECK:                 IDENT [[@LINE-111]]:31-[[@LINE-111]]:35 id=small
-- CHECK:         ASSIGN [[@LINE-111]]:6-[[@LINE-111]]:33
-- CHECK:             SHORT_CIRCUIT [[@LINE-112]]:24-[[@LINE-112]]:32 op=or
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 PAREN [[@LINE-114]]:9-[[@LINE-114]]:22
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     SHORT_CIRCUIT [[@LINE-116]]:12-[[@LINE-116]]:21 op=and
-- CHECK:         ASSIGN [[@LINE-116]]:6-[[@LINE-116]]:22
-- CHECK:             BINARY [[@LINE-117]]:17-[[@LINE-117]]:21 op=and
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 BINARY [[@LINE-119]]:11-[[@LINE-119]]:15 op=and
-- CHECK:         ASSIGN [[@LINE-119]]:6-[[@LINE-119]]:16
-- CHECK:             BINARY [[@LINE-120]]:11-[[@LINE-120]]:15 op=xor
-- CHECK:         ASSIGN [[@LINE-120]]:6-[[@LINE-120]]:44
-- CHECK:             BINARY [[@LINE-121]]:39-[[@LINE-121]]:43 op='&'
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 BINARY [[@LINE-123]]:15-[[@LINE-123]]:37 op='-'
-- CHECK-NEXT:                   left:
-- CHECK-NEXT:                     UNARY [[@LINE-125]]:9-[[@LINE-125]]:13 op=abs
-- CHECK:                   right:
-- CHECK-NEXT:                     BINARY [[@LINE-127]]:33-[[@LINE-127]]:37 op=rem
-- CHECK-NEXT:                       left:
-- CHECK-NEXT:                         BINARY [[@LINE-129]]:27-[[@LINE-129]]:31 op=mod
-- CHECK-NEXT:                           left:
-- CHECK-NEXT:                             BINARY [[@LINE-131]]:19-[[@LINE-131]]:25 op=**
-- CHECK:                                 PAREN [[@LINE-132]]:22-[[@LINE-132]]:25
-- CHECK-NEXT:                                   expr:
-- CHECK-NEXT:                                     UNARY [[@LINE-134]]:23-[[@LINE-134]]:24 op='-'
-- CHECK:         ASSIGN [[@LINE-134]]:6-[[@LINE-134]]:44
-- CHECK:             PAREN [[@LINE-135]]:9-[[@LINE-135]]:43
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IF_EXPR [[@LINE-137]]:10-[[@LINE-137]]:42
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-139]]:42-[[@LINE-139]]:42 3
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     IF_ARM [[@LINE-141]]:13-[[@LINE-141]]:20
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         INT_LIT [[@LINE-143]]:20-[[@LINE-143]]:20 1
-- CHECK-NEXT:                       cond:
-- CHECK-NEXT:                         IDENT [[@LINE-145]]:13-[[@LINE-145]]:13 id=b
-- CHECK-NEXT:                     IF_ARM [[@LINE-146]]:28-[[@LINE-146]]:35
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         INT_LIT [[@LINE-148]]:35-[[@LINE-148]]:35 2
-- CHECK-NEXT:                       cond:
-- CHECK-NEXT:                         IDENT [[@LINE-150]]:28-[[@LINE-150]]:28 id=c
-- CHECK:         ASSIGN [[@LINE-150]]:6-[[@LINE-150]]:70
-- CHECK:                 CASE_EXPR [[@LINE-151]]:10-[[@LINE-151]]:68
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-153]]:15-[[@LINE-153]]:15 id=b
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     CASE_ARM [[@LINE-155]]:20-[[@LINE-155]]:31
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         INT_LIT [[@LINE-157]]:30-[[@LINE-157]]:31 10
-- CHECK-NEXT:                       list2:
-- CHECK-NEXT:                         INT_LIT [[@LINE-159]]:25-[[@LINE-159]]:25 1
-- CHECK-NEXT:                     CASE_ARM [[@LINE-160]]:34-[[@LINE-160]]:49
-- CHECK:                     CASE_ARM [[@LINE-161]]:52-[[@LINE-161]]:68
-- CHECK:                         OTHERS [[@LINE-162]]:57-[[@LINE-162]]:62
-- CHECK:         ASSIGN [[@LINE-162]]:6-[[@LINE-162]]:48
-- CHECK:                 QUANTIFIED [[@LINE-163]]:10-[[@LINE-163]]:46 param=i op=all
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     BINARY [[@LINE-165]]:44-[[@LINE-165]]:46 op='>'
-- CHECK:                         INT_LIT [[@LINE-166]]:46-[[@LINE-166]]:46 0
-- CHECK-NEXT:                   right:
-- CHECK-NEXT:                     IDENT [[@LINE-168]]:18-[[@LINE-168]]:18 id=i
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     ATTRIBUTE [[@LINE-170]]:27-[[@LINE-170]]:31 id=range
-- CHECK:         ASSIGN [[@LINE-170]]:6-[[@LINE-170]]:37
-- CHECK:                 QUANTIFIED [[@LINE-171]]:10-[[@LINE-171]]:35 param=e op=some flags=OF
-- CHECK:                   constraint:
-- CHECK-NEXT:                     IDENT [[@LINE-173]]:24-[[@LINE-173]]:26 id=arr
-- CHECK:         ASSIGN [[@LINE-173]]:6-[[@LINE-173]]:31
-- CHECK:             APPLY [[@LINE-174]]:11-[[@LINE-174]]:30
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-176]]:9-[[@LINE-176]]:9 id=f
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 IF_EXPR [[@LINE-178]]:12-[[@LINE-178]]:29
-- CHECK:         ASSIGN [[@LINE-178]]:6-[[@LINE-178]]:44
-- CHECK:             PAREN [[@LINE-179]]:9-[[@LINE-179]]:43
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 RAISE_EXPR [[@LINE-181]]:10-[[@LINE-181]]:42
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-183]]:16-[[@LINE-183]]:31 id=constraint_error
-- CHECK-NEXT:                   init:
-- CHECK-NEXT:                     STRING_LIT [[@LINE-185]]:38-[[@LINE-185]]:42 "bad"
-- CHECK:         ASSIGN [[@LINE-185]]:6-[[@LINE-185]]:28
-- CHECK:             RAISE_EXPR [[@LINE-186]]:9-[[@LINE-186]]:27
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-188]]:15-[[@LINE-188]]:27 id=program_error
-- CHECK:         ASSIGN [[@LINE-188]]:6-[[@LINE-188]]:14
-- CHECK:             ALLOCATOR [[@LINE-189]]:9-[[@LINE-189]]:13
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-191]]:13-[[@LINE-191]]:13
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-193]]:13-[[@LINE-193]]:13 id=t
-- CHECK:         ASSIGN [[@LINE-193]]:6-[[@LINE-193]]:21
-- CHECK:             ALLOCATOR [[@LINE-194]]:9-[[@LINE-194]]:20
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-196]]:13-[[@LINE-196]]:20
-- CHECK:         ASSIGN [[@LINE-196]]:6-[[@LINE-196]]:31
-- CHECK:             ALLOCATOR [[@LINE-197]]:9-[[@LINE-197]]:30
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-199]]:20-[[@LINE-199]]:30
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     PAREN [[@LINE-201]]:28-[[@LINE-201]]:30
-- CHECK:                   type:
-- CHECK-NEXT:                     ATTRIBUTE [[@LINE-203]]:22-[[@LINE-203]]:26 id=class
-- CHECK:               left:
-- CHECK-NEXT:                 IDENT [[@LINE-205]]:14-[[@LINE-205]]:17 id=pool
-- CHECK:         ASSIGN [[@LINE-205]]:6-[[@LINE-205]]:25
-- CHECK:             ALLOCATOR [[@LINE-206]]:9-[[@LINE-206]]:24
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-208]]:22-[[@LINE-208]]:24 flags=NOT_NULL
-- CHECK:         ASSIGN [[@LINE-208]]:6-[[@LINE-208]]:19
-- CHECK:             ALLOCATOR [[@LINE-209]]:9-[[@LINE-209]]:18
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-211]]:13-[[@LINE-211]]:18
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     APPLY [[@LINE-213]]:15-[[@LINE-213]]:18
-- CHECK:         ASSIGN [[@LINE-213]]:6-[[@LINE-213]]:28
-- CHECK:             ALLOCATOR [[@LINE-214]]:9-[[@LINE-214]]:27
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-216]]:13-[[@LINE-216]]:27
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-218]]:13-[[@LINE-218]]:13 id=t
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     RANGE_CONSTRAINT [[@LINE-220]]:15-[[@LINE-220]]:27
