-- RM 6.1, 6.7, 6.8, 3.9.3, 8.3.1, 8.5, 12.3: subprogram declarations of
-- every form (null procedures, abstract subprograms, expression functions,
-- overriding indicators, operator designators, all parameter modes, access
-- parameters and results), generic instantiations, renamings of every kind.
-- RUN: %adac --dump-ast %s | FileCheck %s
package body Subs is
   package Int_IO is new Ada.Text_IO.Integer_IO (Integer);
   package Lists is new Gen_Lists (Element => Integer, "=" => Equal) with Preelaborate;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Access);
   function Conv is new Ada.Unchecked_Conversion (Source => Integer, Target => Float);
   overriding procedure Op is new Gen_Op;
   package Plain is new Gen;
   generic package Gen_Ren renames Gen_Lists;
   generic procedure Proc_Ren renames Gen_Proc;
   generic function Func_Ren renames Gen_Func;
   package TIO renames Ada.Text_IO;
   Err : exception renames Constraint_Error;
   X : Integer renames Table (3);
   Y : not null Ptr renames Get_Ptr.all;
   Z : access Integer renames Anon;
   procedure Put (I : Integer) renames Int_IO.Put;
   function "+" (L, R : T) return T renames Plus;
   function Minus (L, R : T) return T renames "-";
   not overriding procedure Ren2 (X : T) renames Other;
   function Sq (X : Integer) return Integer is (X * X);
   function Sign (X : Integer) return Integer is (if X > 0 then 1 elsif X < 0 then -1 else 0) with Inline;
   function Agg return Rec is (A => 1, B => 2);
   procedure Nothing (X : Integer) is null;
   procedure Nothing2 is null with Inline;
   procedure Abs_Op (X : T) is abstract;
   overriding function Area (S : Square) return Float;
   not overriding procedure New_Op (S : in out Square);
   function "and" (L, R : Bits) return Bits;
   function "abs" (X : T) return T;
   procedure Params (A : Integer; B : in Integer; C : out Integer; D : in out Integer;
                     E : aliased in out Integer; F : access T; G : not null access constant T;
                     H : Integer := 0; I, J : in T := T'First; K : access procedure (X : Integer));
   function Ret_Acc return access T;
   function Ret_NN return not null T;
   function Ret_Proc return access function (X : Integer) return Integer;
   procedure With_Aspects (X : Integer) with Pre => X > 0, Post => X'Old > 0, Inline;
   procedure Body_Aspects (X : Integer) with Inline is
   begin
      null;
   end Body_Aspects;
   overriding function "=" (L, R : Square) return Boolean is
   begin
      return True;
   end "=";
end Subs;

-- CHECK:         INSTANTIATION [[@LINE-45]]:4-[[@LINE-45]]:58 op=package
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-47]]:12-[[@LINE-47]]:17 id=int_io
-- CHECK-NEXT:           ref:
-- CHECK-NEXT:             SELECTED [[@LINE-49]]:38-[[@LINE-49]]:47 id=integer_io
-- CHECK:           list:
-- CHECK-NEXT:             IDENT [[@LINE-51]]:50-[[@LINE-51]]:56 id=integer
-- CHECK-NEXT:         INSTANTIATION [[@LINE-51]]:4-[[@LINE-51]]:87 op=package
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-53]]:12-[[@LINE-53]]:16 id=lists
-- CHECK-NEXT:           ref:
-- CHECK-NEXT:             IDENT [[@LINE-55]]:25-[[@LINE-55]]:33 id=gen_lists
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             ASSOC [[@LINE-57]]:36-[[@LINE-57]]:53
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-59]]:47-[[@LINE-59]]:53 id=integer
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 IDENT [[@LINE-61]]:36-[[@LINE-61]]:42 id=element
-- CHECK-NEXT:             ASSOC [[@LINE-62]]:56-[[@LINE-62]]:67
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-64]]:63-[[@LINE-64]]:67 id=equal
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 STRING_LIT [[@LINE-66]]:56-[[@LINE-66]]:58 "="
-- CHECK-NEXT:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-68]]:75-[[@LINE-68]]:86 id=preelaborate
-- CHECK-NEXT:         INSTANTIATION [[@LINE-68]]:4-[[@LINE-68]]:72 op=procedure
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-70]]:14-[[@LINE-70]]:17 id=free
-- CHECK:         INSTANTIATION [[@LINE-70]]:4-[[@LINE-70]]:86 op=function
-- CHECK:         INSTANTIATION [[@LINE-70]]:15-[[@LINE-70]]:41 op=procedure flags=OVERRIDING
-- CHECK:         INSTANTIATION [[@LINE-70]]:4-[[@LINE-70]]:28 op=package
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-72]]:12-[[@LINE-72]]:16 id=plain
-- CHECK-NEXT:           ref:
-- CHECK-NEXT:             IDENT [[@LINE-74]]:25-[[@LINE-74]]:27 id=gen
-- CHECK-NEXT:         GENERIC_RENAMING [[@LINE-74]]:4-[[@LINE-74]]:45 op=package
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-76]]:20-[[@LINE-76]]:26 id=gen_ren
-- CHECK-NEXT:           ref:
-- CHECK-NEXT:             IDENT [[@LINE-78]]:36-[[@LINE-78]]:44 id=gen_lists
-- CHECK-NEXT:         GENERIC_RENAMING [[@LINE-78]]:4-[[@LINE-78]]:47 op=procedure
-- CHECK:         GENERIC_RENAMING [[@LINE-78]]:4-[[@LINE-78]]:46 op=function
-- CHECK:         PACKAGE_RENAMING [[@LINE-78]]:4-[[@LINE-78]]:35
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-80]]:12-[[@LINE-80]]:14 id=tio
-- CHECK-NEXT:           ref:
-- CHECK-NEXT:             SELECTED [[@LINE-82]]:28-[[@LINE-82]]:34 id=text_io
-- CHECK:         EXCEPTION_RENAMING [[@LINE-82]]:4-[[@LINE-82]]:44
-- CHECK-NEXT:           IDENT [[@LINE-83]]:4-[[@LINE-83]]:6 id=err
-- CHECK-NEXT:           ref:
-- CHECK-NEXT:             IDENT [[@LINE-85]]:28-[[@LINE-85]]:43 id=constraint_error
-- CHECK-NEXT:         RENAMING_DECL [[@LINE-85]]:4-[[@LINE-85]]:33
-- CHECK-NEXT:           IDENT [[@LINE-86]]:4-[[@LINE-86]]:4 id=x
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             APPLY [[@LINE-88]]:30-[[@LINE-88]]:32
-- CHECK:           type:
-- CHECK-NEXT:             SUBTYPE_IND [[@LINE-90]]:8-[[@LINE-90]]:14
-- CHECK:         RENAMING_DECL [[@LINE-90]]:4-[[@LINE-90]]:40
-- CHECK:             DEREF [[@LINE-91]]:37-[[@LINE-91]]:39
-- CHECK:           type:
-- CHECK-NEXT:             SUBTYPE_IND [[@LINE-93]]:17-[[@LINE-93]]:19 flags=NOT_NULL
-- CHECK:         RENAMING_DECL [[@LINE-93]]:4-[[@LINE-93]]:35
-- CHECK:           type:
-- CHECK-NEXT:             ACCESS_DEF [[@LINE-95]]:8-[[@LINE-95]]:21
-- CHECK:         SUBPROGRAM_RENAMING [[@LINE-95]]:4-[[@LINE-95]]:50
-- CHECK-NEXT:           spec:
-- CHECK-NEXT:             SUBPROGRAM_SPEC [[@LINE-97]]:4-[[@LINE-97]]:30 op=procedure
-- CHECK:           ref:
-- CHECK-NEXT:             SELECTED [[@LINE-99]]:47-[[@LINE-99]]:49 id=put
-- CHECK:         SUBPROGRAM_RENAMING [[@LINE-99]]:4-[[@LINE-99]]:49
-- CHECK-NEXT:           spec:
-- CHECK-NEXT:             SUBPROGRAM_SPEC [[@LINE-101]]:4-[[@LINE-101]]:35 op=function
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 STRING_LIT [[@LINE-103]]:13-[[@LINE-103]]:15 "+"
-- CHECK:         SUBPROGRAM_RENAMING [[@LINE-103]]:4-[[@LINE-103]]:50
-- CHECK:           ref:
-- CHECK-NEXT:             STRING_LIT [[@LINE-105]]:47-[[@LINE-105]]:49 "-"
-- CHECK-NEXT:         SUBPROGRAM_RENAMING [[@LINE-105]]:19-[[@LINE-105]]:55 flags=NOT_OVERRIDING
-- CHECK:         EXPR_FUNCTION [[@LINE-105]]:4-[[@LINE-105]]:55
-- CHECK:             BINARY [[@LINE-106]]:51-[[@LINE-106]]:53 op='*'
-- CHECK:         EXPR_FUNCTION [[@LINE-106]]:4-[[@LINE-106]]:106
-- CHECK:             IF_EXPR [[@LINE-107]]:51-[[@LINE-107]]:92
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 INT_LIT [[@LINE-109]]:92-[[@LINE-109]]:92 0
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 IF_ARM [[@LINE-111]]:54-[[@LINE-111]]:65
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-113]]:65-[[@LINE-113]]:65 1
-- CHECK-NEXT:                   cond:
-- CHECK-NEXT:                     BINARY [[@LINE-115]]:56-[[@LINE-115]]:58 op='>'
-- CHECK:                 IF_ARM [[@LINE-116]]:73-[[@LINE-116]]:85
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-118]]:100-[[@LINE-118]]:105 id=inline
-- CHECK-NEXT:         EXPR_FUNCTION [[@LINE-118]]:4-[[@LINE-118]]:47
-- CHECK:             AGGREGATE [[@LINE-119]]:31-[[@LINE-119]]:46
-- CHECK:         SUBPROGRAM_DECL [[@LINE-119]]:4-[[@LINE-119]]:43 flags=NULL_PROC
-- CHECK:         SUBPROGRAM_DECL [[@LINE-119]]:4-[[@LINE-119]]:42 flags=NULL_PROC
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-121]]:36-[[@LINE-121]]:41 id=inline
-- CHECK-NEXT:         SUBPROGRAM_DECL [[@LINE-121]]:4-[[@LINE-121]]:40 flags=ABSTRACT
-- CHECK:         SUBPROGRAM_DECL [[@LINE-121]]:15-[[@LINE-121]]:54 flags=OVERRIDING
-- CHECK:         SUBPROGRAM_DECL [[@LINE-121]]:19-[[@LINE-121]]:55 flags=NOT_OVERRIDING
-- CHECK:                 PARAM [[@LINE-122]]:37-[[@LINE-122]]:53 mode=in out
-- CHECK:                 STRING_LIT [[@LINE-122]]:13-[[@LINE-122]]:17 "and"
-- CHECK:                 STRING_LIT [[@LINE-122]]:13-[[@LINE-122]]:17 "abs"
-- CHECK:         SUBPROGRAM_DECL [[@LINE-122]]:4-[[@LINE-120]]:99
-- CHECK:                 PARAM [[@LINE-123]]:22-[[@LINE-123]]:32 mode=in
-- CHECK:                 PARAM [[@LINE-124]]:35-[[@LINE-124]]:48 mode=in
-- CHECK:                 PARAM [[@LINE-125]]:51-[[@LINE-125]]:65 mode=out
-- CHECK:                 PARAM [[@LINE-126]]:68-[[@LINE-126]]:85 mode=in out
-- CHECK:                 PARAM [[@LINE-126]]:22-[[@LINE-126]]:47 mode=in out flags=ALIASED
-- CHECK:                 PARAM [[@LINE-127]]:50-[[@LINE-127]]:61 mode=in
-- CHECK-NEXT:                   IDENT [[@LINE-128]]:50-[[@LINE-128]]:50 id=f
-- CHECK-NEXT:                   type:
-- CHECK-NEXT:                     ACCESS_DEF [[@LINE-130]]:54-[[@LINE-130]]:61
-- CHECK:                 PARAM [[@LINE-131]]:64-[[@LINE-131]]:93 mode=in
-- CHECK:                     ACCESS_DEF [[@LINE-132]]:77-[[@LINE-132]]:93 flags=CONSTANT|NOT_NULL
-- CHECK:                 PARAM [[@LINE-132]]:22-[[@LINE-132]]:37 mode=in
-- CHECK:                   init:
-- CHECK-NEXT:                     INT_LIT [[@LINE-134]]:37-[[@LINE-134]]:37 0
-- CHECK:                 PARAM [[@LINE-135]]:40-[[@LINE-135]]:61 mode=in
-- CHECK-NEXT:                   IDENT [[@LINE-136]]:40-[[@LINE-136]]:40 id=i
-- CHECK-NEXT:                   IDENT [[@LINE-137]]:43-[[@LINE-137]]:43 id=j
-- CHECK:                 PARAM [[@LINE-138]]:64-[[@LINE-138]]:97 mode=in
-- CHECK-NEXT:                   IDENT [[@LINE-139]]:64-[[@LINE-139]]:64 id=k
-- CHECK-NEXT:                   type:
-- CHECK-NEXT:                     ACCESS_SUBP_DEF [[@LINE-141]]:68-[[@LINE-141]]:97 op=procedure
-- CHECK:             SUBPROGRAM_SPEC [[@LINE-141]]:4-[[@LINE-141]]:35 op=function
-- CHECK:               type:
-- CHECK-NEXT:                 ACCESS_DEF [[@LINE-143]]:28-[[@LINE-143]]:35
-- CHECK:             SUBPROGRAM_SPEC [[@LINE-143]]:4-[[@LINE-143]]:36 op=function
-- CHECK:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-145]]:36-[[@LINE-145]]:36 flags=NOT_NULL
-- CHECK:               type:
-- CHECK-NEXT:                 ACCESS_SUBP_DEF [[@LINE-146]]:29-[[@LINE-146]]:72 op=function
-- CHECK:         SUBPROGRAM_DECL [[@LINE-146]]:4-[[@LINE-146]]:85
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-148]]:46-[[@LINE-148]]:57 id=pre
-- CHECK:             ASPECT [[@LINE-149]]:60-[[@LINE-149]]:76 id=post
-- CHECK:                     ATTRIBUTE [[@LINE-150]]:70-[[@LINE-150]]:72 id=old
-- CHECK:             ASPECT [[@LINE-151]]:79-[[@LINE-151]]:84 id=inline
-- CHECK-NEXT:         SUBPROGRAM_BODY [[@LINE-151]]:4-[[@LINE-148]]:20 end=body_aspects
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-153]]:46-[[@LINE-153]]:51 id=inline
-- CHECK-NEXT:         SUBPROGRAM_BODY [[@LINE-150]]:15-[[@LINE-147]]:11 flags=OVERRIDING end="="
