; Document outline (see Grammars/python/queries/symbols.scm for the conventions). Nesting comes
; from containment: members sit in their type's declaration list. PHP names its properties with
; a `$` (`private int $count`) but reads them without (`$this->count`): the symbol is the bare name.

(namespace_definition
  name: (namespace_name) @name) @definition.module

(class_declaration
  name: (name) @name) @definition.class

(interface_declaration
  name: (name) @name) @definition.interface

; A trait is a set of members that classes `use`: a kind of class.
(trait_declaration
  name: (name) @name) @definition.class

(enum_declaration
  name: (name) @name) @definition.enum

(enum_case
  name: (name) @name) @definition.enum_member

((method_declaration
  name: (name) @name) @definition.constructor
 (#eq? @name "__construct"))

(method_declaration
  name: (name) @name) @definition.method

(function_definition
  name: (name) @name) @definition.function

; Constructor parameters that declare a property (`private User $user`) are fields.
(property_promotion_parameter
  name: (variable_name (name) @name)) @definition.field

(property_declaration
  (property_element (variable_name (name) @name))) @definition.field

; `const MAX = 10;` in a class or at the top of a file.
(const_declaration
  (const_element (name) @name)) @definition.constant

; `define('VERSION', '1.0');` at the top of a file.
(program
  (expression_statement
    (function_call_expression
      function: (name) @function
      arguments: (arguments . (argument (string (string_value) @name)))) @definition.constant)
  (#eq? @function "define"))
