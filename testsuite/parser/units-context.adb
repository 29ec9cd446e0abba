-- RM 10.1.1, 10.1.2, 8.4, 2.8: a compilation holds units in any order, each
-- with its context clause (with, limited with, private with, use, use type,
-- use all type); pragmas may stand before, between and after the units.
-- RUN: %adac --dump-ast %s | FileCheck %s
-- RUN: %adac --dump-ast %s | FileCheck --check-prefix=TREE %s
pragma Ada_2012;
-- CHECK-DAG: PRAGMA [[@LINE-1]]:1-[[@LINE-1]]:16 id=ada_2012
with Ada.Text_IO, Interfaces;
-- CHECK-DAG: WITH [[@LINE-1]]:1-[[@LINE-1]]:29
limited with Lib.Child;
-- CHECK-DAG: WITH [[@LINE-1]]:1-[[@LINE-1]]:23 flags=LIMITED_WITH
private with Lib.Secret;
-- CHECK-DAG: WITH [[@LINE-1]]:1-[[@LINE-1]]:24 flags=PRIVATE
limited private with Lib.Both;
-- CHECK-DAG: WITH [[@LINE-1]]:1-[[@LINE-1]]:30 flags=PRIVATE|LIMITED_WITH
use Ada.Text_IO;
-- CHECK-DAG: USE [[@LINE-1]]:1-[[@LINE-1]]:16
use type Interfaces.Unsigned_8;
-- CHECK-DAG: USE_TYPE [[@LINE-1]]:1-[[@LINE-1]]:31
use all type Interfaces.Unsigned_16;
-- CHECK-DAG: USE_TYPE [[@LINE-1]]:1-[[@LINE-1]]:36 flags=ALL
package Lib.Child is
-- CHECK-DAG: COMPILATION_UNIT [[@LINE-1]]:1-[[@LINE+2]]:14
-- CHECK-DAG: PACKAGE_SPEC [[@LINE-2]]:1-[[@LINE+1]]:14 end=lib.child
end Lib.Child;

pragma Between_Units;
private package Lib.Secret is
-- CHECK-DAG: COMPILATION_UNIT [[@LINE-1]]:9-[[@LINE+1]]:15 flags=PRIVATE
end Lib.Secret;

with Lib.Child;
procedure Main is
begin
   null;
end Main;
pragma Trailing (Main);
-- CHECK-DAG: PRAGMA [[@LINE-1]]:1-[[@LINE-1]]:23 id=trailing

-- The first unit gets the context items before it; a pragma between two
-- units goes with the next one; the last pragmas go with the last unit.
-- TREE:      COMPILATION_UNIT 22:1
-- TREE:        list:
-- TREE-NEXT:     PRAGMA 6:1
-- TREE-NEXT:     WITH 8:1
-- TREE-NEXT:       list:
-- TREE-NEXT:         SELECTED 8:10-8:16 id=text_io
-- TREE-NEXT:           expr:
-- TREE-NEXT:             IDENT 8:6-8:8 id=ada
-- TREE-NEXT:         IDENT 8:19-8:28 id=interfaces
-- TREE:      COMPILATION_UNIT 28:9
-- TREE-NEXT:   expr:
-- TREE-NEXT:     PACKAGE_SPEC 28:9
-- TREE:        list:
-- TREE-NEXT:     PRAGMA 27:1-27:21 id=between_units
-- TREE:      COMPILATION_UNIT 33:1
-- TREE:        list:
-- TREE-NEXT:     WITH 32:1
-- TREE:        list2:
-- TREE-NEXT:     PRAGMA 37:1
-- TREE-NEXT:       list:
-- TREE-NEXT:         IDENT 37:18-37:21 id=main
