-- RM 13.1.1, 13.3, 13.4, 13.5.1, J.7: representation clauses (attribute
-- definition clauses incl. Storage_Size and Storage_Pool, 'Class'Input,
-- enumeration and record representation clauses, at clauses) and aspect
-- specifications on the declarations that allow them.
-- RUN: %adac --dump-ast %s | FileCheck %s
package Rep with Pure, Elaborate_Body => True is
   type Color is (Red, Green, Blue) with Size => 8;
   for Color use (Red => 1, Green => 2, Blue => 4);
   for Color'Size use 8;
   type Acc is access Integer;
   for Acc'Storage_Size use 0;
   for Acc'Storage_Pool use My_Pool;
   type Acc2 is access Integer with Storage_Pool => My_Pool;
   type Acc3 is access Integer with Default_Storage_Pool => null;
   type T is tagged null record;
   for T'Class'Input use T_Input;
   for T'Write use T_Write;
   type R is record
      A : Integer;
      B : Boolean;
      for A'Size use 32;
   end record with Pack, Alignment => 8;
   for R use record at mod 8;
      A at 0 range 0 .. 31;
      pragma Inside_Rep;
      B at 4 range 0 .. 7;
   end record;
   Obj : Integer with Import, Convention => C, External_Name => "obj";
   for Obj'Address use System'To_Address (16#1000#);
   Old : Integer;
   for Old use at 16#2000#;
   subtype S is Integer with Static_Predicate => S in 1 .. 10 | 20;
   E : exception with Warnings => Off;
   procedure P (X : Integer) with Pre'Class => X > 0, Post => True;
   type Iface is interface with Type_Invariant'Class => Ok (Iface);
   package Inner with Preelaborate is
   end Inner;
private
   type Priv is new Integer with Default_Value => 0;
end Rep;
-- CHECK:     PACKAGE_SPEC [[@LINE-35]]:1-[[@LINE-1]]:8 end=rep
-- CHECK:         TYPE_DECL [[@LINE-35]]:4-[[@LINE-35]]:51 id=color
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-37]]:42-[[@LINE-37]]:50 id=size
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 INT_LIT [[@LINE-39]]:50-[[@LINE-39]]:50 8
-- CHECK-NEXT:         ENUM_REP_CLAUSE [[@LINE-39]]:4-[[@LINE-39]]:51
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-41]]:8-[[@LINE-41]]:12 id=color
-- CHECK-NEXT:           init:
-- CHECK-NEXT:             AGGREGATE [[@LINE-43]]:18-[[@LINE-43]]:50
-- CHECK:         ATTRIBUTE_CLAUSE [[@LINE-43]]:4-[[@LINE-43]]:24
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             ATTRIBUTE [[@LINE-45]]:14-[[@LINE-45]]:17 id=size
-- CHECK:           init:
-- CHECK-NEXT:             INT_LIT [[@LINE-47]]:23-[[@LINE-47]]:23 8
-- CHECK:         ATTRIBUTE_CLAUSE [[@LINE-46]]:4-[[@LINE-46]]:30
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             ATTRIBUTE [[@LINE-48]]:12-[[@LINE-48]]:23 id=storage_size
-- CHECK:           init:
-- CHECK-NEXT:             INT_LIT [[@LINE-50]]:29-[[@LINE-50]]:29 0
-- CHECK-NEXT:         ATTRIBUTE_CLAUSE [[@LINE-50]]:4-[[@LINE-50]]:36
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             ATTRIBUTE [[@LINE-52]]:12-[[@LINE-52]]:23 id=storage_pool
-- CHECK:           init:
-- CHECK-NEXT:             IDENT [[@LINE-54]]:29-[[@LINE-54]]:35 id=my_pool
-- CHECK-NEXT:         TYPE_DECL [[@LINE-54]]:4-[[@LINE-54]]:60 id=acc2
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-56]]:37-[[@LINE-56]]:59 id=storage_pool
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-58]]:53-[[@LINE-58]]:59 id=my_pool
-- CHECK-NEXT:         TYPE_DECL [[@LINE-58]]:4-[[@LINE-58]]:65 id=acc3
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-60]]:37-[[@LINE-60]]:64 id=default_storage_pool
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 NULL_LIT [[@LINE-62]]:61-[[@LINE-62]]:64
-- CHECK:         ATTRIBUTE_CLAUSE [[@LINE-61]]:4-[[@LINE-61]]:33
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             ATTRIBUTE [[@LINE-63]]:16-[[@LINE-63]]:20 id=input
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 ATTRIBUTE [[@LINE-65]]:10-[[@LINE-65]]:14 id=class
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-67]]:8-[[@LINE-67]]:8 id=t
-- CHECK:         ATTRIBUTE_CLAUSE [[@LINE-67]]:4-[[@LINE-67]]:27
-- CHECK:         TYPE_DECL [[@LINE-67]]:4-[[@LINE-63]]:40 id=r
-- CHECK:                 ATTRIBUTE_CLAUSE [[@LINE-65]]:7-[[@LINE-65]]:24
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-66]]:20-[[@LINE-66]]:23 id=pack
-- CHECK-NEXT:             ASPECT [[@LINE-67]]:26-[[@LINE-67]]:39 id=alignment
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 INT_LIT [[@LINE-69]]:39-[[@LINE-69]]:39 8
-- CHECK-NEXT:         RECORD_REP_CLAUSE [[@LINE-69]]:4-[[@LINE-65]]:14
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-71]]:8-[[@LINE-71]]:8 id=r
-- CHECK-NEXT:           init:
-- CHECK-NEXT:             INT_LIT [[@LINE-73]]:28-[[@LINE-73]]:28 8
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             COMPONENT_CLAUSE [[@LINE-74]]:7-[[@LINE-74]]:27
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-76]]:7-[[@LINE-76]]:7 id=a
-- CHECK-NEXT:               constraint:
-- CHECK-NEXT:                 RANGE [[@LINE-78]]:20-[[@LINE-78]]:27
-- CHECK-NEXT:                   left:
-- CHECK-NEXT:                     INT_LIT [[@LINE-80]]:20-[[@LINE-80]]:20 0
-- CHECK-NEXT:                   right:
-- CHECK-NEXT:                     INT_LIT [[@LINE-82]]:25-[[@LINE-82]]:26 31
-- CHECK-NEXT:               init:
-- CHECK-NEXT:                 INT_LIT [[@LINE-84]]:12-[[@LINE-84]]:12 0
-- CHECK-NEXT:             PRAGMA [[@LINE-84]]:7-[[@LINE-84]]:24 id=inside_rep
-- CHECK-NEXT:             COMPONENT_CLAUSE [[@LINE-84]]:7-[[@LINE-84]]:26
-- CHECK:         OBJECT_DECL [[@LINE-83]]:4-[[@LINE-83]]:70
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-85]]:23-[[@LINE-85]]:28 id=import
-- CHECK-NEXT:             ASPECT [[@LINE-86]]:31-[[@LINE-86]]:45 id=convention
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 IDENT [[@LINE-88]]:45-[[@LINE-88]]:45 id=c
-- CHECK-NEXT:             ASPECT [[@LINE-89]]:48-[[@LINE-89]]:69 id=external_name
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 STRING_LIT [[@LINE-91]]:65-[[@LINE-91]]:69 "obj"
-- CHECK-NEXT:         ATTRIBUTE_CLAUSE [[@LINE-91]]:4-[[@LINE-91]]:52
-- CHECK:         AT_CLAUSE [[@LINE-90]]:4-[[@LINE-90]]:27
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-92]]:8-[[@LINE-92]]:10 id=old
-- CHECK-NEXT:           init:
-- CHECK-NEXT:             INT_LIT [[@LINE-94]]:19-[[@LINE-94]]:26 16#2000#
-- CHECK-NEXT:         SUBTYPE_DECL [[@LINE-94]]:4-[[@LINE-94]]:67 id=s
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-96]]:30-[[@LINE-96]]:66 id=static_predicate
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 MEMBERSHIP [[@LINE-98]]:52-[[@LINE-98]]:66
-- CHECK:         EXCEPTION_DECL [[@LINE-98]]:4-[[@LINE-98]]:38
-- CHECK-NEXT:           IDENT [[@LINE-99]]:4-[[@LINE-99]]:4 id=e
-- CHECK-NEXT:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-101]]:23-[[@LINE-101]]:37 id=warnings
-- CHECK:         SUBPROGRAM_DECL [[@LINE-101]]:4-[[@LINE-101]]:67
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-103]]:35-[[@LINE-103]]:52 id=pre flags=CLASS
-- CHECK:             ASPECT [[@LINE-104]]:55-[[@LINE-104]]:66 id=post
-- CHECK:         TYPE_DECL [[@LINE-104]]:4-[[@LINE-104]]:67 id=iface
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-106]]:33-[[@LINE-106]]:66 id=type_invariant flags=CLASS
-- CHECK:         PACKAGE_SPEC [[@LINE-106]]:4-[[@LINE-105]]:13 end=inner
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-108]]:23-[[@LINE-108]]:34 id=preelaborate
-- CHECK:       list2:
-- CHECK-NEXT:         TYPE_DECL [[@LINE-107]]:4-[[@LINE-107]]:52 id=priv
-- CHECK:           aspects:
-- CHECK-NEXT:             ASPECT [[@LINE-109]]:34-[[@LINE-109]]:51 id=default_value
-- CHECK:       aspects:
-- CHECK-NEXT:         ASPECT [[@LINE-144]]:18-[[@LINE-144]]:21 id=pure
-- CHECK-NEXT:         ASPECT [[@LINE-145]]:24-[[@LINE-145]]:45 id=elaborate_body
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-147]]:42-[[@LINE-147]]:45 id=true
