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
-- CHECK:             BINARY [[@LINE-53]]:14-[[@LINE-53]]:23 op='+'
-- CHECK-NEXT:               ref:
-- CHECK-NEXT:                 IDENT [[@LINE-55]]:9-[[@LINE-55]]:12 id=pack
-- CHECK:         ASSIGN [[@LINE-55]]:6-[[@LINE-55]]:19
-- CHECK:             BINARY [[@LINE-56]]:9-[[@LINE-56]]:18 op='+'
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 IDENT [[@LINE-58]]:14-[[@LINE-58]]:14 id=b
-- CHECK:         ASSIGN [[@LINE-58]]:6-[[@LINE-58]]:21
-- CHECK:             SELECTED [[@LINE-59]]:17-[[@LINE-59]]:20 id=comp
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 DEREF [[@LINE-61]]:13-[[@LINE-61]]:15
-- CHECK:         ASSIGN [[@LINE-61]]:6-[[@LINE-61]]:17
-- CHECK:             QUALIFIED [[@LINE-62]]:9-[[@LINE-62]]:16
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 AGGREGATE [[@LINE-64]]:11-[[@LINE-64]]:16
-- CHECK:         ASSIGN [[@LINE-64]]:6-[[@LINE-64]]:25
-- CHECK:             QUALIFIED [[@LINE-65]]:9-[[@LINE-65]]:24
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 AGGREGATE [[@LINE-67]]:11-[[@LINE-67]]:24
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     ASSOC [[@LINE-69]]:12-[[@LINE-69]]:23 flags=BOX
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         OTHERS [[@LINE-71]]:12-[[@LINE-71]]:17
-- CHECK:         ASSIGN [[@LINE-71]]:6-[[@LINE-71]]:18
-- CHECK:             AGGREGATE [[@LINE-72]]:9-[[@LINE-72]]:17
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 INT_LIT [[@LINE-74]]:10-[[@LINE-74]]:10 1
-- CHECK-NEXT:                 INT_LIT [[@LINE-75]]:13-[[@LINE-75]]:13 2
-- CHECK-NEXT:                 INT_LIT [[@LINE-76]]:16-[[@LINE-76]]:16 3
-- CHECK:         ASSIGN [[@LINE-76]]:6-[[@LINE-76]]:55
-- CHECK:             AGGREGATE [[@LINE-77]]:9-[[@LINE-77]]:54
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ASSOC [[@LINE-79]]:10-[[@LINE-79]]:15
-- CHECK:                 ASSOC [[@LINE-80]]:18-[[@LINE-80]]:27
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-82]]:27-[[@LINE-82]]:27 5
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     INT_LIT [[@LINE-84]]:18-[[@LINE-84]]:18 3
-- CHECK-NEXT:                     INT_LIT [[@LINE-85]]:22-[[@LINE-85]]:22 4
-- CHECK-NEXT:                 ASSOC [[@LINE-86]]:30-[[@LINE-86]]:40
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-88]]:40-[[@LINE-88]]:40 8
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     RANGE [[@LINE-90]]:30-[[@LINE-90]]:35
-- CHECK:                     OTHERS [[@LINE-91]]:43-[[@LINE-91]]:48
-- CHECK:         ASSIGN [[@LINE-91]]:6-[[@LINE-91]]:38
-- CHECK:             AGGREGATE [[@LINE-92]]:9-[[@LINE-92]]:37
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-94]]:10-[[@LINE-94]]:15 id=parent
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ASSOC [[@LINE-96]]:22-[[@LINE-96]]:27
-- CHECK:                 ASSOC [[@LINE-97]]:30-[[@LINE-97]]:36 flags=BOX
-- CHECK:         ASSIGN [[@LINE-97]]:6-[[@LINE-97]]:34
-- CHECK:             AGGREGATE [[@LINE-98]]:9-[[@LINE-98]]:33
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-100]]:10-[[@LINE-100]]:15 id=parent
-- CHECK:         ASSIGN [[@LINE-100]]:6-[[@LINE-100]]:22
-- CHECK:             AGGREGATE [[@LINE-101]]:9-[[@LINE-101]]:21 flags=NULL_REC
-- CHECK:         ASSIGN [[@LINE-101]]:6-[[@LINE-101]]:30
-- CHECK:             DELTA_AGGREGATE [[@LINE-102]]:9-[[@LINE-102]]:29
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-104]]:10-[[@LINE-104]]:10 id=r
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 ASSOC [[@LINE-106]]:23-[[@LINE-106]]:28
-- CHECK:         ASSIGN [[@LINE-106]]:6-[[@LINE-106]]:36
-- CHECK:             MEMBERSHIP [[@LINE-107]]:11-[[@LINE-107]]:35 flags=NOT
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 IDENT [[@LINE-109]]:9-[[@LINE-109]]:9 id=b
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 INT_LIT [[@LINE-111]]:18-[[@LINE-111]]:18 1
-- CHECK-NEXT:                 RANGE [[@LINE-112]]:22-[[@LINE-112]]:27
-- CHECK:                 IDENT [[@LINE-113]]:31-[[@LINE-113]]:35 id=small
-- CHECK:         ASSIGN [[@LINE-113]]:6-[[@LINE-113]]:33
-- CHECK:             SHORT_CIRCUIT [[@LINE-114]]:24-[[@LINE-114]]:32 op=or
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 PAREN [[@LINE-116]]:9-[[@LINE-116]]:22
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     SHORT_CIRCUIT [[@LINE-118]]:12-[[@LINE-118]]:21 op=and
-- CHECK:         ASSIGN [[@LINE-118]]:6-[[@LINE-118]]:22
-- CHECK:             BINARY [[@LINE-119]]:17-[[@LINE-119]]:21 op=and
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 BINARY [[@LINE-121]]:11-[[@LINE-121]]:15 op=and
-- CHECK:         ASSIGN [[@LINE-121]]:6-[[@LINE-121]]:16
-- CHECK:             BINARY [[@LINE-122]]:11-[[@LINE-122]]:15 op=xor
-- CHECK:         ASSIGN [[@LINE-122]]:6-[[@LINE-122]]:44
-- CHECK:             BINARY [[@LINE-123]]:39-[[@LINE-123]]:43 op='&'
-- CHECK-NEXT:               left:
-- CHECK-NEXT:                 BINARY [[@LINE-125]]:15-[[@LINE-125]]:37 op='-'
-- CHECK-NEXT:                   left:
-- CHECK-NEXT:                     UNARY [[@LINE-127]]:9-[[@LINE-127]]:13 op=abs
-- CHECK:                   right:
-- CHECK-NEXT:                     BINARY [[@LINE-129]]:33-[[@LINE-129]]:37 op=rem
-- CHECK-NEXT:                       left:
-- CHECK-NEXT:                         BINARY [[@LINE-131]]:27-[[@LINE-131]]:31 op=mod
-- CHECK-NEXT:                           left:
-- CHECK-NEXT:                             BINARY [[@LINE-133]]:19-[[@LINE-133]]:25 op=**
-- CHECK:                                 PAREN [[@LINE-134]]:22-[[@LINE-134]]:25
-- CHECK-NEXT:                                   expr:
-- CHECK-NEXT:                                     UNARY [[@LINE-136]]:23-[[@LINE-136]]:24 op='-'
-- CHECK:         ASSIGN [[@LINE-136]]:6-[[@LINE-136]]:44
-- CHECK:             PAREN [[@LINE-137]]:9-[[@LINE-137]]:43
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IF_EXPR [[@LINE-139]]:10-[[@LINE-139]]:42
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-141]]:42-[[@LINE-141]]:42 3
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     IF_ARM [[@LINE-143]]:13-[[@LINE-143]]:20
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         INT_LIT [[@LINE-145]]:20-[[@LINE-145]]:20 1
-- CHECK-NEXT:                       cond:
-- CHECK-NEXT:                         IDENT [[@LINE-147]]:13-[[@LINE-147]]:13 id=b
-- CHECK-NEXT:                     IF_ARM [[@LINE-148]]:28-[[@LINE-148]]:35
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         INT_LIT [[@LINE-150]]:35-[[@LINE-150]]:35 2
-- CHECK-NEXT:                       cond:
-- CHECK-NEXT:                         IDENT [[@LINE-152]]:28-[[@LINE-152]]:28 id=c
-- CHECK:         ASSIGN [[@LINE-152]]:6-[[@LINE-152]]:70
-- CHECK:                 CASE_EXPR [[@LINE-153]]:10-[[@LINE-153]]:68
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-155]]:15-[[@LINE-155]]:15 id=b
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     CASE_ARM [[@LINE-157]]:20-[[@LINE-157]]:31
-- CHECK-NEXT:                       expr:
-- CHECK-NEXT:                         INT_LIT [[@LINE-159]]:30-[[@LINE-159]]:31 10
-- CHECK-NEXT:                       list2:
-- CHECK-NEXT:                         INT_LIT [[@LINE-161]]:25-[[@LINE-161]]:25 1
-- CHECK-NEXT:                     CASE_ARM [[@LINE-162]]:34-[[@LINE-162]]:49
-- CHECK:                     CASE_ARM [[@LINE-163]]:52-[[@LINE-163]]:68
-- CHECK:                         OTHERS [[@LINE-164]]:57-[[@LINE-164]]:62
-- CHECK:         ASSIGN [[@LINE-164]]:6-[[@LINE-164]]:48
-- CHECK:                 QUANTIFIED [[@LINE-165]]:10-[[@LINE-165]]:46 param=i op=all
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     BINARY [[@LINE-167]]:44-[[@LINE-167]]:46 op='>'
-- CHECK:                         INT_LIT [[@LINE-168]]:46-[[@LINE-168]]:46 0
-- CHECK-NEXT:                   right:
-- CHECK-NEXT:                     IDENT [[@LINE-170]]:18-[[@LINE-170]]:18 id=i
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     ATTRIBUTE [[@LINE-172]]:27-[[@LINE-172]]:31 id=range
-- CHECK:         ASSIGN [[@LINE-172]]:6-[[@LINE-172]]:37
-- CHECK:                 QUANTIFIED [[@LINE-173]]:10-[[@LINE-173]]:35 param=e op=some flags=OF
-- CHECK:                   constraint:
-- CHECK-NEXT:                     IDENT [[@LINE-175]]:24-[[@LINE-175]]:26 id=arr
-- CHECK:         ASSIGN [[@LINE-175]]:6-[[@LINE-175]]:31
-- CHECK:             APPLY [[@LINE-176]]:11-[[@LINE-176]]:30
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-178]]:9-[[@LINE-178]]:9 id=f
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 IF_EXPR [[@LINE-180]]:12-[[@LINE-180]]:29
-- CHECK:         ASSIGN [[@LINE-180]]:6-[[@LINE-180]]:44
-- CHECK:             PAREN [[@LINE-181]]:9-[[@LINE-181]]:43
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 RAISE_EXPR [[@LINE-183]]:10-[[@LINE-183]]:42
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-185]]:16-[[@LINE-185]]:31 id=constraint_error
-- CHECK-NEXT:                   init:
-- CHECK-NEXT:                     STRING_LIT [[@LINE-187]]:38-[[@LINE-187]]:42 "bad"
-- CHECK:         ASSIGN [[@LINE-187]]:6-[[@LINE-187]]:28
-- CHECK:             RAISE_EXPR [[@LINE-188]]:9-[[@LINE-188]]:27
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-190]]:15-[[@LINE-190]]:27 id=program_error
-- CHECK:         ASSIGN [[@LINE-190]]:6-[[@LINE-190]]:14
-- CHECK:             ALLOCATOR [[@LINE-191]]:9-[[@LINE-191]]:13
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-193]]:13-[[@LINE-193]]:13
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-195]]:13-[[@LINE-195]]:13 id=t
-- CHECK:         ASSIGN [[@LINE-195]]:6-[[@LINE-195]]:21
-- CHECK:             ALLOCATOR [[@LINE-196]]:9-[[@LINE-196]]:20
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-198]]:13-[[@LINE-198]]:20
-- CHECK:         ASSIGN [[@LINE-198]]:6-[[@LINE-198]]:31
-- CHECK:             ALLOCATOR [[@LINE-199]]:9-[[@LINE-199]]:30
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 QUALIFIED [[@LINE-201]]:20-[[@LINE-201]]:30
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     PAREN [[@LINE-203]]:28-[[@LINE-203]]:30
-- CHECK:                   type:
-- CHECK-NEXT:                     ATTRIBUTE [[@LINE-205]]:22-[[@LINE-205]]:26 id=class
-- CHECK:               left:
-- CHECK-NEXT:                 IDENT [[@LINE-207]]:14-[[@LINE-207]]:17 id=pool
-- CHECK:         ASSIGN [[@LINE-207]]:6-[[@LINE-207]]:25
-- CHECK:             ALLOCATOR [[@LINE-208]]:9-[[@LINE-208]]:24
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-210]]:22-[[@LINE-210]]:24 flags=NOT_NULL
-- CHECK:         ASSIGN [[@LINE-210]]:6-[[@LINE-210]]:19
-- CHECK:             ALLOCATOR [[@LINE-211]]:9-[[@LINE-211]]:18
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-213]]:13-[[@LINE-213]]:18
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     APPLY [[@LINE-215]]:15-[[@LINE-215]]:18
-- CHECK:         ASSIGN [[@LINE-215]]:6-[[@LINE-215]]:28
-- CHECK:             ALLOCATOR [[@LINE-216]]:9-[[@LINE-216]]:27
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-218]]:13-[[@LINE-218]]:27
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-220]]:13-[[@LINE-220]]:13 id=t
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     RANGE_CONSTRAINT [[@LINE-222]]:15-[[@LINE-222]]:27
