-- RM 3.2-3.10, 7.3: type declarations of every kind: scalar (integer,
-- modular, enumeration, floating, ordinary and decimal fixed point, with
-- digits and delta constraints), arrays, records with discriminants and
-- variant parts, tagged, abstract, limited and interface types, record and
-- private extensions, private types, incomplete types, access types to
-- objects and subprograms, and anonymous access types in every place.
-- RUN: %adac --dump-ast %s | FileCheck %s
-- RUN: %adac --dump-ast %s | FileCheck --check-prefix=ORD %s
package Types is
   type Int is range -10 .. 10;
   type Byte is mod 2 ** 8;
   type Color is (Red, Green, 'x', Blue);
   type Real is digits 6 range 0.0 .. 1.0;
   type Fix is delta 0.01 range -1.0 .. 1.0;
   type Money is delta 0.01 digits 12;
   type Money2 is delta 0.01 digits 12 range 0.0 .. 1.0E6;
   subtype Short is Real digits 3 range 0.0 .. 0.5;
   subtype Coarse is Fix delta 0.1;
   subtype Small is Int range 0 .. 5;
   subtype Pos is Int range Small'Range;
   type Vec is array (Positive range <>) of Real;
   type Mat is array (1 .. 3, Color) of aliased Int;
   type Ptrs is array (Color range Red .. Green) of access Int;
   type Rec (D : Boolean := False; N : Natural) is record
      A, B : Int := 0;
      C : aliased Real;
      P : not null access Rec;
      pragma Pack_Me;
      case D is
         pragma Inside_Variant;
         when True =>
            E : Int;
            case N is
               when 0 | 2 .. 3 => null;
               when others => F : Real;
            end case;
         when False =>
            null;
      end case;
      pragma After_Variant;
   end record;
   type Empty is null record;
   type Unknown (<>) is limited private;
   type Tag is tagged record X : Int; end record;
   type Abs_Tag is abstract tagged limited null record;
   type Lim is limited record X : Int; end record;
   type Iface is interface;
   type Lim_Iface is limited interface and Iface;
   type Task_Iface is task interface;
   type Prot_Iface is protected interface and Lim_Iface;
   type Sync_Iface is synchronized interface;
   type Ext is new Tag with record Y : Int; end record;
   type Ext2 is new Tag and Iface with null record;
   type Ext3 is abstract new Tag with null record;
   type Priv is private;
   type Tag_Priv is tagged private;
   type Lim_Priv is tagged limited private;
   type Abs_Priv is abstract tagged limited private;
   type Priv_Ext is new Tag with private;
   type Priv_Ext2 is abstract limited new Tag and Iface with private;
   type Syn_Ext is synchronized new Lim_Iface with private;
   type Derived is new Int range 0 .. 5;
   type Incomplete;
   type Incomplete_Tagged is tagged;
   type Incomplete_Disc (D : Int);
   type Acc is access Rec;
   type Acc_All is access all Rec;
   type Acc_Const is access constant Rec;
   type Acc_NN is not null access all Rec'Class;
   type Acc_Proc is access procedure (X : Int; Y : out Int);
   type Acc_Func is access function (X : Int) return Int;
   type Acc_Prot is access protected procedure;
   type Acc_Prot_Func is not null access protected function return access Int;
   Anon : access Int;
   Anon_Const : access constant Int;
   Anon_Proc : access procedure (X : Int) := null;
   Arr_Obj : array (1 .. 3) of Int := (others => 0);
   Const_Arr : constant array (Color) of Int := (1, 2, 3, 4);
   Alias_Const : aliased constant Int := 1;
   Number : constant := 42;
   Deferred : constant Priv;
private
   type Priv is new Int;
end Types;

-- ORD:         TYPE_DECL [[@LINE-76]]:4-[[@LINE-76]]:31 id=int
-- ORD:             INTEGER_DEF [[@LINE-77]]:16-[[@LINE-77]]:30
-- ORD:         TYPE_DECL [[@LINE-77]]:4-[[@LINE-77]]:27 id=byte
-- ORD:             MODULAR_DEF [[@LINE-78]]:17-[[@LINE-78]]:26
-- ORD:         TYPE_DECL [[@LINE-78]]:4-[[@LINE-78]]:41 id=color
-- ORD:             ENUM_DEF [[@LINE-79]]:18-[[@LINE-79]]:40
-- ORD:         TYPE_DECL [[@LINE-79]]:4-[[@LINE-79]]:42 id=real
-- ORD:             FLOAT_DEF [[@LINE-80]]:17-[[@LINE-80]]:41
-- ORD:         TYPE_DECL [[@LINE-80]]:4-[[@LINE-80]]:44 id=fix
-- ORD:             FIXED_DEF [[@LINE-81]]:16-[[@LINE-81]]:43
-- ORD:         TYPE_DECL [[@LINE-81]]:4-[[@LINE-81]]:38 id=money
-- ORD:             FIXED_DEF [[@LINE-82]]:18-[[@LINE-82]]:37
-- ORD:         TYPE_DECL [[@LINE-82]]:4-[[@LINE-82]]:58 id=money2
-- ORD:             FIXED_DEF [[@LINE-83]]:19-[[@LINE-83]]:57
-- ORD:         SUBTYPE_DECL [[@LINE-83]]:4-[[@LINE-83]]:51 id=short
-- ORD:             SUBTYPE_IND [[@LINE-84]]:21-[[@LINE-84]]:50
-- ORD:         SUBTYPE_DECL [[@LINE-84]]:4-[[@LINE-84]]:35 id=coarse
-- ORD:             SUBTYPE_IND [[@LINE-85]]:22-[[@LINE-85]]:34
-- ORD:         SUBTYPE_DECL [[@LINE-85]]:4-[[@LINE-85]]:37 id=small
-- ORD:             SUBTYPE_IND [[@LINE-86]]:21-[[@LINE-86]]:36
-- ORD:         SUBTYPE_DECL [[@LINE-86]]:4-[[@LINE-86]]:40 id=pos
-- ORD:             SUBTYPE_IND [[@LINE-87]]:19-[[@LINE-87]]:39
-- ORD:         TYPE_DECL [[@LINE-87]]:4-[[@LINE-87]]:49 id=vec
-- ORD:             ARRAY_DEF [[@LINE-88]]:16-[[@LINE-88]]:48
-- ORD:         TYPE_DECL [[@LINE-88]]:4-[[@LINE-88]]:52 id=mat
-- ORD:             ARRAY_DEF [[@LINE-89]]:16-[[@LINE-89]]:51 flags=ALIASED
-- ORD:         TYPE_DECL [[@LINE-89]]:4-[[@LINE-89]]:63 id=ptrs
-- ORD:             ARRAY_DEF [[@LINE-90]]:17-[[@LINE-90]]:62
-- ORD:         TYPE_DECL [[@LINE-90]]:4-[[@LINE-73]]:14 id=rec
-- ORD:             RECORD_DEF [[@LINE-91]]:52-[[@LINE-74]]:13
-- ORD:         TYPE_DECL [[@LINE-74]]:4-[[@LINE-74]]:29 id=empty
-- ORD:             RECORD_DEF [[@LINE-75]]:18-[[@LINE-75]]:28 flags=NULL_REC
-- ORD:         TYPE_DECL [[@LINE-75]]:4-[[@LINE-75]]:40 id=unknown
-- ORD:             PRIVATE_DEF [[@LINE-76]]:33-[[@LINE-76]]:39 flags=LIMITED
-- ORD:         TYPE_DECL [[@LINE-76]]:4-[[@LINE-76]]:49 id=tag
-- ORD:             RECORD_DEF [[@LINE-77]]:23-[[@LINE-77]]:48 flags=TAGGED
-- ORD:         TYPE_DECL [[@LINE-77]]:4-[[@LINE-77]]:55 id=abs_tag
-- ORD:             RECORD_DEF [[@LINE-78]]:44-[[@LINE-78]]:54 flags=TAGGED|LIMITED|NULL_REC|ABSTRACT
-- ORD:         TYPE_DECL [[@LINE-78]]:4-[[@LINE-78]]:50 id=lim
-- ORD:             RECORD_DEF [[@LINE-79]]:24-[[@LINE-79]]:49 flags=LIMITED
-- ORD:         TYPE_DECL [[@LINE-79]]:4-[[@LINE-79]]:27 id=iface
-- ORD:             INTERFACE_DEF [[@LINE-80]]:18-[[@LINE-80]]:26
-- ORD:         TYPE_DECL [[@LINE-80]]:4-[[@LINE-80]]:49 id=lim_iface
-- ORD:             INTERFACE_DEF [[@LINE-81]]:30-[[@LINE-81]]:48 flags=LIMITED
-- ORD:         TYPE_DECL [[@LINE-81]]:4-[[@LINE-81]]:37 id=task_iface
-- ORD:             INTERFACE_DEF [[@LINE-82]]:28-[[@LINE-82]]:36 flags=TASK
-- ORD:         TYPE_DECL [[@LINE-82]]:4-[[@LINE-82]]:56 id=prot_iface
-- ORD:             INTERFACE_DEF [[@LINE-83]]:33-[[@LINE-83]]:55 flags=PROTECTED
-- ORD:         TYPE_DECL [[@LINE-83]]:4-[[@LINE-83]]:45 id=sync_iface
-- ORD:             INTERFACE_DEF [[@LINE-84]]:36-[[@LINE-84]]:44 flags=SYNCHRONIZED
-- ORD:         TYPE_DECL [[@LINE-84]]:4-[[@LINE-84]]:55 id=ext
-- ORD:             DERIVED_DEF [[@LINE-85]]:16-[[@LINE-85]]:54
-- ORD:         TYPE_DECL [[@LINE-85]]:4-[[@LINE-85]]:51 id=ext2
-- ORD:             DERIVED_DEF [[@LINE-86]]:17-[[@LINE-86]]:50
-- ORD:         TYPE_DECL [[@LINE-86]]:4-[[@LINE-86]]:50 id=ext3
-- ORD:             DERIVED_DEF [[@LINE-87]]:26-[[@LINE-87]]:49 flags=ABSTRACT
-- ORD:         TYPE_DECL [[@LINE-87]]:4-[[@LINE-87]]:24 id=priv
-- ORD:             PRIVATE_DEF [[@LINE-88]]:17-[[@LINE-88]]:23
-- ORD:         TYPE_DECL [[@LINE-88]]:4-[[@LINE-88]]:35 id=tag_priv
-- ORD:             PRIVATE_DEF [[@LINE-89]]:28-[[@LINE-89]]:34 flags=TAGGED
-- ORD:         TYPE_DECL [[@LINE-89]]:4-[[@LINE-89]]:43 id=lim_priv
-- ORD:             PRIVATE_DEF [[@LINE-90]]:36-[[@LINE-90]]:42 flags=TAGGED|LIMITED
-- ORD:         TYPE_DECL [[@LINE-90]]:4-[[@LINE-90]]:52 id=abs_priv
-- ORD:             PRIVATE_DEF [[@LINE-91]]:45-[[@LINE-91]]:51 flags=TAGGED|LIMITED|ABSTRACT
-- ORD:         TYPE_DECL [[@LINE-91]]:4-[[@LINE-91]]:41 id=priv_ext
-- ORD:             DERIVED_DEF [[@LINE-92]]:21-[[@LINE-92]]:40
-- ORD:         TYPE_DECL [[@LINE-92]]:4-[[@LINE-92]]:69 id=priv_ext2
-- ORD:             DERIVED_DEF [[@LINE-93]]:39-[[@LINE-93]]:68 flags=LIMITED|ABSTRACT
-- ORD:         TYPE_DECL [[@LINE-93]]:4-[[@LINE-93]]:59 id=syn_ext
-- ORD:             DERIVED_DEF [[@LINE-94]]:33-[[@LINE-94]]:58 flags=SYNCHRONIZED
-- ORD:         TYPE_DECL [[@LINE-94]]:4-[[@LINE-94]]:40 id=derived
-- ORD:             DERIVED_DEF [[@LINE-95]]:20-[[@LINE-95]]:39
-- ORD:         TYPE_DECL [[@LINE-95]]:4-[[@LINE-95]]:19 id=incomplete
-- ORD:         TYPE_DECL [[@LINE-95]]:4-[[@LINE-95]]:36 id=incomplete_tagged flags=TAGGED
-- ORD:         TYPE_DECL [[@LINE-95]]:4-[[@LINE-95]]:34 id=incomplete_disc
-- ORD:         TYPE_DECL [[@LINE-95]]:4-[[@LINE-95]]:26 id=acc
-- ORD:             ACCESS_DEF [[@LINE-96]]:16-[[@LINE-96]]:25
-- ORD:         TYPE_DECL [[@LINE-96]]:4-[[@LINE-96]]:34 id=acc_all
-- ORD:             ACCESS_DEF [[@LINE-97]]:20-[[@LINE-97]]:33 flags=ALL
-- ORD:         TYPE_DECL [[@LINE-97]]:4-[[@LINE-97]]:41 id=acc_const
-- ORD:             ACCESS_DEF [[@LINE-98]]:22-[[@LINE-98]]:40 flags=CONSTANT
-- ORD:         TYPE_DECL [[@LINE-98]]:4-[[@LINE-98]]:48 id=acc_nn
-- ORD:             ACCESS_DEF [[@LINE-99]]:28-[[@LINE-99]]:47 flags=NOT_NULL|ALL
-- ORD:         TYPE_DECL [[@LINE-99]]:4-[[@LINE-99]]:60 id=acc_proc
-- ORD:             ACCESS_SUBP_DEF [[@LINE-100]]:21-[[@LINE-100]]:59 op=procedure
-- ORD:         TYPE_DECL [[@LINE-100]]:4-[[@LINE-100]]:57 id=acc_func
-- ORD:             ACCESS_SUBP_DEF [[@LINE-101]]:21-[[@LINE-101]]:56 op=function
-- ORD:         TYPE_DECL [[@LINE-101]]:4-[[@LINE-101]]:47 id=acc_prot
-- ORD:             ACCESS_SUBP_DEF [[@LINE-102]]:21-[[@LINE-102]]:46 op=procedure flags=PROTECTED
-- ORD:         TYPE_DECL [[@LINE-102]]:4-[[@LINE-102]]:78 id=acc_prot_func
-- ORD:             ACCESS_SUBP_DEF [[@LINE-103]]:35-[[@LINE-103]]:77 op=function flags=NOT_NULL|PROTECTED
-- ORD:         OBJECT_DECL [[@LINE-103]]:4-[[@LINE-103]]:21
-- ORD:             ACCESS_DEF [[@LINE-104]]:11-[[@LINE-104]]:20
-- ORD:         OBJECT_DECL [[@LINE-104]]:4-[[@LINE-104]]:36
-- ORD:             ACCESS_DEF [[@LINE-105]]:17-[[@LINE-105]]:35 flags=CONSTANT
-- ORD:         OBJECT_DECL [[@LINE-105]]:4-[[@LINE-105]]:50
-- ORD:             ACCESS_SUBP_DEF [[@LINE-106]]:16-[[@LINE-106]]:41 op=procedure
-- ORD:         OBJECT_DECL [[@LINE-106]]:4-[[@LINE-106]]:52
-- ORD:             ARRAY_DEF [[@LINE-107]]:14-[[@LINE-107]]:34
-- ORD:         OBJECT_DECL [[@LINE-107]]:4-[[@LINE-107]]:61 flags=CONSTANT
-- ORD:             ARRAY_DEF [[@LINE-108]]:25-[[@LINE-108]]:44
-- ORD:         OBJECT_DECL [[@LINE-108]]:4-[[@LINE-108]]:43 flags=CONSTANT|ALIASED
-- ORD:             SUBTYPE_IND [[@LINE-109]]:35-[[@LINE-109]]:37
-- ORD:         NUMBER_DECL [[@LINE-109]]:4-[[@LINE-109]]:27
-- ORD:         OBJECT_DECL [[@LINE-109]]:4-[[@LINE-109]]:28 flags=CONSTANT
-- ORD:             SUBTYPE_IND [[@LINE-110]]:24-[[@LINE-110]]:27
-- ORD:         TYPE_DECL [[@LINE-109]]:4-[[@LINE-109]]:24 id=priv
-- ORD:             DERIVED_DEF [[@LINE-110]]:17-[[@LINE-110]]:23
-- CHECK:         SUBTYPE_DECL [[@LINE-177]]:4-[[@LINE-177]]:51 id=short
-- CHECK:                 DIGITS_CONSTRAINT [[@LINE-178]]:26-[[@LINE-178]]:50
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     INT_LIT [[@LINE-180]]:33-[[@LINE-180]]:33 3
-- CHECK-NEXT:                   constraint:
-- CHECK-NEXT:                     RANGE_CONSTRAINT [[@LINE-182]]:35-[[@LINE-182]]:50
-- CHECK:                 DELTA_CONSTRAINT [[@LINE-182]]:26-[[@LINE-182]]:34
-- CHECK:         TYPE_DECL [[@LINE-177]]:4-[[@LINE-160]]:14 id=rec
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             RECORD_DEF [[@LINE-179]]:52-[[@LINE-162]]:13
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 COMPONENT [[@LINE-180]]:7-[[@LINE-180]]:22
-- CHECK-NEXT:                   IDENT [[@LINE-181]]:7-[[@LINE-181]]:7 id=a
-- CHECK-NEXT:                   IDENT [[@LINE-182]]:10-[[@LINE-182]]:10 id=b
-- CHECK:                   init:
-- CHECK-NEXT:                     INT_LIT [[@LINE-184]]:21-[[@LINE-184]]:21 0
-- CHECK-NEXT:                 COMPONENT [[@LINE-184]]:7-[[@LINE-184]]:23 flags=ALIASED
-- CHECK:                 COMPONENT [[@LINE-184]]:7-[[@LINE-184]]:30
-- CHECK:                     ACCESS_DEF [[@LINE-185]]:20-[[@LINE-185]]:29 flags=NOT_NULL
-- CHECK:                 PRAGMA [[@LINE-185]]:7-[[@LINE-185]]:21 id=pack_me
-- CHECK-NEXT:                 CASE [[@LINE-185]]:7-[[@LINE-175]]:15 id=d
-- CHECK-NEXT:                   list:
-- CHECK-NEXT:                     CASE_ARM [[@LINE-185]]:10-[[@LINE-180]]:21
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         COMPONENT [[@LINE-186]]:13-[[@LINE-186]]:20
-- CHECK:                         CASE [[@LINE-186]]:13-[[@LINE-183]]:21 id=n
-- CHECK-NEXT:                           list:
-- CHECK-NEXT:                             CASE_ARM [[@LINE-187]]:16-[[@LINE-187]]:39
-- CHECK-NEXT:                               list:
-- CHECK-NEXT:                                 NULL_COMPONENT [[@LINE-189]]:35-[[@LINE-189]]:39
-- CHECK-NEXT:                               list2:
-- CHECK-NEXT:                                 INT_LIT [[@LINE-191]]:21-[[@LINE-191]]:21 0
-- CHECK-NEXT:                                 RANGE [[@LINE-192]]:25-[[@LINE-192]]:30
-- CHECK:                             CASE_ARM [[@LINE-192]]:16-[[@LINE-192]]:39
-- CHECK:                                 OTHERS [[@LINE-193]]:21-[[@LINE-193]]:26
-- CHECK:                     CASE_ARM [[@LINE-192]]:10-[[@LINE-191]]:17
-- CHECK-NEXT:                       list:
-- CHECK-NEXT:                         NULL_COMPONENT [[@LINE-193]]:13-[[@LINE-193]]:17
-- CHECK:                   pragmas:
-- CHECK-NEXT:                     PRAGMA [[@LINE-203]]:10-[[@LINE-203]]:31 id=inside_variant
-- CHECK-NEXT:                 PRAGMA [[@LINE-194]]:7-[[@LINE-194]]:27 id=after_variant
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             DISCRIMINANT [[@LINE-212]]:14-[[@LINE-212]]:33
-- CHECK-NEXT:               IDENT [[@LINE-213]]:14-[[@LINE-213]]:14 id=d
-- CHECK:               init:
-- CHECK-NEXT:                 IDENT [[@LINE-215]]:29-[[@LINE-215]]:33 id=false
-- CHECK-NEXT:             DISCRIMINANT [[@LINE-216]]:36-[[@LINE-216]]:46
-- CHECK:             DERIVED_DEF [[@LINE-188]]:17-[[@LINE-188]]:50
-- CHECK:               list:
-- CHECK-NEXT:                 IDENT [[@LINE-190]]:29-[[@LINE-190]]:33 id=iface
-- CHECK:             ACCESS_SUBP_DEF [[@LINE-174]]:21-[[@LINE-174]]:59 op=procedure
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 PARAM [[@LINE-176]]:39-[[@LINE-176]]:45 mode=in
-- CHECK:                 PARAM [[@LINE-177]]:48-[[@LINE-177]]:58 mode=out
-- CHECK:             ACCESS_SUBP_DEF [[@LINE-175]]:35-[[@LINE-175]]:77 op=function flags=NOT_NULL|PROTECTED
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 ACCESS_DEF [[@LINE-177]]:68-[[@LINE-177]]:77
