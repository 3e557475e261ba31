; Document outline (see Grammars/python/queries/symbols.scm for the conventions). Nesting comes
; from containment: members sit in their type's body. A field declaration with several
; declarators (`int opened, closed;`) gives one symbol per name, each with the declaration's
; signature and Javadoc.

(class_declaration
  name: (identifier) @name) @definition.class

; A record is a class whose components are its fields.
(record_declaration
  name: (identifier) @name) @definition.class

(record_declaration
  parameters: (formal_parameters
    (formal_parameter name: (identifier) @name) @definition.field))

(interface_declaration
  name: (identifier) @name) @definition.interface

; `@interface Audited { ... }`: an annotation type is a kind of interface.
(annotation_type_declaration
  name: (identifier) @name) @definition.interface

(annotation_type_element_declaration
  name: (identifier) @name) @definition.method

(enum_declaration
  name: (identifier) @name) @definition.enum

(enum_constant
  name: (identifier) @name) @definition.enum_member

(constructor_declaration
  name: (identifier) @name) @definition.constructor

(compact_constructor_declaration
  name: (identifier) @name) @definition.constructor

(method_declaration
  name: (identifier) @name) @definition.method

; `static final` fields are constants; other fields, in classes and interfaces, are fields.
((field_declaration
   (modifiers) @modifiers
   declarator: (variable_declarator name: (identifier) @name)) @definition.constant
 (#match? @modifiers "\\bstatic\\b")
 (#match? @modifiers "\\bfinal\\b"))

(field_declaration
  declarator: (variable_declarator name: (identifier) @name)) @definition.field

; An interface's fields are implicitly static and final.
(interface_body
  (constant_declaration
    declarator: (variable_declarator name: (identifier) @name)) @definition.constant)
