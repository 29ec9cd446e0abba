-- RM 12.1, 12.4-12.7: a generic formal part with formal types of every kind,
-- formal objects, formal subprograms (with `is <>`, a default name, `is
-- null`, `is abstract`) and formal packages, use clauses and pragmas.
-- RUN: %adac --dump-ast %s | FileCheck %s
generic
   type Elem is private;
   type Lim is limited private;
   type Tag is tagged private;
   type Abs_Tag is abstract tagged limited private;
   type Disc (<>) is private;
   type Disc2 (N : Natural) is private;
   type Index is (<>);
   type Int is range <>;
   type Modular is mod <>;
   type Flt is digits <>;
   type Fix is delta <>;
   type Dec is delta <> digits <>;
   type Arr is array (Index range <>) of Elem;
   type Con_Arr is array (Index) of aliased Elem;
   type Ptr is access all Elem;
   type Const_Ptr is access constant Elem;
   type Proc_Ptr is access procedure (X : Elem);
   type Der is new Int;
   type Der_Ext is new Tag with private;
   type Der_Iface is abstract limited new Tag and Iface with private;
   type Syn is synchronized new Iface with private;
   type Iface is limited interface;
   type Incomplete;
   type Incomplete_Tagged (<>) is tagged;
   Obj : Integer;
   In_Obj : in Elem := Default;
   In_Out_Obj : in out Elem;
   Acc_Obj : access Elem;
   NN_Obj : not null Ptr;
   with function "=" (L, R : Elem) return Boolean is <>;
   with function Image (E : Elem) return String is Elem'Image;
   with procedure Put (E : Elem) is null;
   with procedure Op (E : in out Elem) is abstract;
   with function Make return Elem is abstract <>;
   with procedure Plain;
   with package Inst is new Gen_Pack (<>);
   with package Inst2 is new Gen_Pack (Elem, others => <>);
   with package Inst3 is new Gen_Pack (X => <>, Y => 3);
   use type Int;
   pragma Elaborate_Body;
package Gen is
end Gen;

-- CHECK:      COMPILATION_UNIT [[@LINE-44]]:1-[[@LINE-2]]:8
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     GENERIC_DECL [[@LINE-46]]:1-[[@LINE-4]]:8
-- CHECK-NEXT:       spec:
-- CHECK-NEXT:         PACKAGE_SPEC [[@LINE-7]]:1-[[@LINE-6]]:8 end=gen
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-9]]:9-[[@LINE-9]]:11 id=gen
-- CHECK-NEXT:       list:
-- CHECK-NEXT:         FORMAL_TYPE [[@LINE-51]]:4-[[@LINE-51]]:24 id=elem
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             PRIVATE_DEF [[@LINE-53]]:17-[[@LINE-53]]:23
-- CHECK-NEXT:         FORMAL_TYPE [[@LINE-53]]:4-[[@LINE-53]]:31 id=lim
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             PRIVATE_DEF [[@LINE-55]]:24-[[@LINE-55]]:30 flags=LIMITED
-- CHECK:              PRIVATE_DEF [[@LINE-55]]:23-[[@LINE-55]]:29 flags=TAGGED
-- CHECK:              PRIVATE_DEF [[@LINE-55]]:44-[[@LINE-55]]:50 flags=TAGGED|LIMITED|ABSTRACT
-- CHECK:          FORMAL_TYPE [[@LINE-55]]:4-[[@LINE-55]]:29 id=disc
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             PRIVATE_DEF
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             BOX_INDEX [[@LINE-59]]:15-[[@LINE-59]]:17
-- CHECK:          FORMAL_TYPE [[@LINE-59]]:4-[[@LINE-59]]:39 id=disc2
-- CHECK:                DISCRIMINANT [[@LINE-60]]:16-[[@LINE-60]]:26
-- CHECK:              FORMAL_SCALAR_DEF [[@LINE-60]]:18-[[@LINE-60]]:21 op=<>
-- CHECK:              FORMAL_SCALAR_DEF [[@LINE-60]]:16-[[@LINE-60]]:23 op=range
-- CHECK:              FORMAL_SCALAR_DEF [[@LINE-60]]:20-[[@LINE-60]]:25 op=mod
-- CHECK:              FORMAL_SCALAR_DEF [[@LINE-60]]:16-[[@LINE-60]]:24 op=digits
-- CHECK:              FORMAL_SCALAR_DEF [[@LINE-60]]:16-[[@LINE-60]]:23 op=delta
-- CHECK:              FORMAL_SCALAR_DEF [[@LINE-60]]:16-[[@LINE-60]]:33 op=delta flags=DECIMAL
-- CHECK:          FORMAL_TYPE [[@LINE-60]]:4-[[@LINE-60]]:46 id=arr
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             ARRAY_DEF [[@LINE-62]]:16-[[@LINE-62]]:45
-- CHECK:                    BOX_INDEX [[@LINE-63]]:23-[[@LINE-63]]:36
-- CHECK:              ARRAY_DEF [[@LINE-63]]:20-[[@LINE-63]]:48 flags=ALIASED
-- CHECK:              ACCESS_DEF [[@LINE-63]]:16-[[@LINE-63]]:30 flags=ALL
-- CHECK:              ACCESS_DEF [[@LINE-63]]:22-[[@LINE-63]]:41 flags=CONSTANT
-- CHECK:              ACCESS_SUBP_DEF [[@LINE-63]]:21-[[@LINE-63]]:47 op=procedure
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             PARAM [[@LINE-65]]:39-[[@LINE-65]]:46 mode=in
-- CHECK:          FORMAL_TYPE [[@LINE-65]]:4-[[@LINE-65]]:23 id=der
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             DERIVED_DEF [[@LINE-67]]:16-[[@LINE-67]]:22
-- CHECK:          FORMAL_TYPE [[@LINE-67]]:4-[[@LINE-67]]:40 id=der_ext
-- CHECK-NEXT:           type:
-- CHECK-NEXT:             DERIVED_DEF [[@LINE-69]]:20-[[@LINE-69]]:39
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 PRIVATE_DEF [[@LINE-71]]:33-[[@LINE-71]]:39
-- CHECK:              DERIVED_DEF [[@LINE-71]]:39-[[@LINE-71]]:68 flags=LIMITED|ABSTRACT
-- CHECK-NEXT:               expr:
-- CHECK-NEXT:                 PRIVATE_DEF [[@LINE-73]]:62-[[@LINE-73]]:68
-- CHECK-NEXT:               type:
-- CHECK-NEXT:                 SUBTYPE_IND [[@LINE-75]]:43-[[@LINE-75]]:45
-- CHECK-NEXT:                   expr:
-- CHECK-NEXT:                     IDENT [[@LINE-77]]:43-[[@LINE-77]]:45 id=tag
-- CHECK-NEXT:               list:
-- CHECK-NEXT:                 IDENT [[@LINE-79]]:51-[[@LINE-79]]:55 id=iface
-- CHECK:              DERIVED_DEF [[@LINE-79]]:29-[[@LINE-79]]:50 flags=SYNCHRONIZED
-- CHECK:              INTERFACE_DEF [[@LINE-79]]:26-[[@LINE-79]]:34 flags=LIMITED
-- CHECK-NEXT:     FORMAL_TYPE [[@LINE-79]]:4-[[@LINE-79]]:19 id=incomplete
-- CHECK-NEXT:     FORMAL_TYPE [[@LINE-79]]:4-[[@LINE-79]]:41 id=incomplete_tagged flags=TAGGED
-- CHECK-NEXT:       list:
-- CHECK-NEXT:         BOX_INDEX
-- CHECK-NEXT:     FORMAL_OBJECT [[@LINE-81]]:4-[[@LINE-81]]:17 mode=in
-- CHECK:          FORMAL_OBJECT [[@LINE-81]]:4-[[@LINE-81]]:31 mode=in
-- CHECK-NEXT:       IDENT [[@LINE-82]]:4-[[@LINE-82]]:9 id=in_obj
-- CHECK-NEXT:       type:
-- CHECK-NEXT:         SUBTYPE_IND [[@LINE-84]]:16-[[@LINE-84]]:19
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             IDENT [[@LINE-86]]:16-[[@LINE-86]]:19 id=elem
-- CHECK-NEXT:       init:
-- CHECK-NEXT:         IDENT [[@LINE-88]]:24-[[@LINE-88]]:30 id=default
-- CHECK-NEXT:     FORMAL_OBJECT [[@LINE-88]]:4-[[@LINE-88]]:28 mode=in out
-- CHECK:          FORMAL_OBJECT [[@LINE-88]]:4-[[@LINE-88]]:25 mode=in
-- CHECK-NEXT:       IDENT
-- CHECK-NEXT:       type:
-- CHECK-NEXT:         ACCESS_DEF [[@LINE-91]]:14-[[@LINE-91]]:24
-- CHECK:          FORMAL_OBJECT [[@LINE-91]]:4-[[@LINE-91]]:25 mode=in
-- CHECK-NEXT:       IDENT
-- CHECK-NEXT:       type:
-- CHECK-NEXT:         SUBTYPE_IND [[@LINE-94]]:22-[[@LINE-94]]:24 flags=NOT_NULL
-- CHECK:          FORMAL_SUBPROGRAM [[@LINE-94]]:4-[[@LINE-94]]:56 flags=BOX
-- CHECK-NEXT:       spec:
-- CHECK-NEXT:         SUBPROGRAM_SPEC [[@LINE-96]]:9-[[@LINE-96]]:49 op=function
-- CHECK-NEXT:           expr:
-- CHECK-NEXT:             STRING_LIT [[@LINE-98]]:18-[[@LINE-98]]:20 "="
-- CHECK:          FORMAL_SUBPROGRAM [[@LINE-98]]:4-[[@LINE-98]]:62
-- CHECK:              ATTRIBUTE [[@LINE-99]]:57-[[@LINE-99]]:61 id=image
-- CHECK:          FORMAL_SUBPROGRAM [[@LINE-99]]:4-[[@LINE-99]]:41 flags=NULL_PROC
-- CHECK:          FORMAL_SUBPROGRAM [[@LINE-99]]:4-[[@LINE-99]]:51 flags=ABSTRACT
-- CHECK:                PARAM [[@LINE-100]]:23-[[@LINE-100]]:37 mode=in out
-- CHECK:          FORMAL_SUBPROGRAM [[@LINE-100]]:4-[[@LINE-100]]:49 flags=BOX|ABSTRACT
-- CHECK:          FORMAL_SUBPROGRAM [[@LINE-100]]:4-[[@LINE-100]]:24
-- CHECK-NEXT:       spec:
-- CHECK-NEXT:         SUBPROGRAM_SPEC [[@LINE-102]]:9-[[@LINE-102]]:23 op=procedure
-- CHECK:          FORMAL_PACKAGE [[@LINE-102]]:4-[[@LINE-102]]:42 id=inst flags=BOX
-- CHECK-NEXT:       ref:
-- CHECK-NEXT:         IDENT [[@LINE-104]]:29-[[@LINE-104]]:36 id=gen_pack
-- CHECK-NEXT:     FORMAL_PACKAGE [[@LINE-104]]:4-[[@LINE-104]]:59 id=inst2
-- CHECK-NEXT:       ref:
-- CHECK-NEXT:         IDENT [[@LINE-106]]:30-[[@LINE-106]]:37 id=gen_pack
-- CHECK-NEXT:       list:
-- CHECK-NEXT:         IDENT [[@LINE-108]]:40-[[@LINE-108]]:43 id=elem
-- CHECK-NEXT:         ASSOC [[@LINE-109]]:46-[[@LINE-109]]:57 flags=BOX
-- CHECK-NEXT:           list:
-- CHECK-NEXT:             OTHERS [[@LINE-111]]:46-[[@LINE-111]]:51
-- CHECK-NEXT:     FORMAL_PACKAGE [[@LINE-111]]:4-[[@LINE-111]]:56 id=inst3
-- CHECK:              ASSOC [[@LINE-112]]:40-[[@LINE-112]]:46 flags=BOX
-- CHECK:          USE_TYPE [[@LINE-112]]:4-[[@LINE-112]]:16
-- CHECK:          PRAGMA [[@LINE-112]]:4-[[@LINE-112]]:25 id=elaborate_body
