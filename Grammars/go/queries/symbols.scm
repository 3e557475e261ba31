; Document outline (see Grammars/python/queries/symbols.scm for the conventions). A declaration
; with one spec (`type Cart struct {...}`, `const Max = 10`) is the whole declaration, so its
; signature starts at the keyword and its doc comment is the one before it; in a group
; (`const ( ... )`) each spec is its own definition.

; Methods are declared outside their type: @container names the receiver's type, and the outline
; lists the method under that type when the file declares it (SymbolExtractor).
(method_declaration
  receiver: (parameter_list
    (parameter_declaration
      type: [(type_identifier) @container
             (pointer_type (type_identifier) @container)
             (generic_type type: (type_identifier) @container)
             (pointer_type (generic_type type: (type_identifier) @container))]))
  name: (field_identifier) @name) @definition.method

; A receiver the query cannot name (broken code) still gives a method.
(method_declaration
  name: (field_identifier) @name) @definition.method

(function_declaration
  name: (identifier) @name) @definition.function

; Types: structs, interfaces, aliases (`type ID = string`) and other named types (`type Celsius float64`).
((type_declaration . (type_spec name: (type_identifier) @name type: (struct_type)) .) @definition.struct
 (#match? @definition.struct "^type\\s*[^\\s(]"))
((type_declaration . (type_spec name: (type_identifier) @name type: (interface_type)) .) @definition.interface
 (#match? @definition.interface "^type\\s*[^\\s(]"))
((type_declaration . (type_alias name: (type_identifier) @name) .) @definition.type
 (#match? @definition.type "^type\\s*[^\\s(]"))
((type_declaration . (type_spec name: (type_identifier) @name) .) @definition.type
 (#match? @definition.type "^type\\s*[^\\s(]"))
(type_spec name: (type_identifier) @name type: (struct_type)) @definition.struct
(type_spec name: (type_identifier) @name type: (interface_type)) @definition.interface
(type_alias name: (type_identifier) @name) @definition.type
(type_spec name: (type_identifier) @name) @definition.type

; Struct fields and interface methods nest by containment.
(field_declaration_list
  (field_declaration name: (field_identifier) @name) @definition.field)
(interface_type
  (method_elem name: (field_identifier) @name) @definition.method)

; Package-level constants and variables (those inside functions are locals, `locals.scm`). The
; names of a const_spec are matched without their field: the grammar puts the commas in the field
; too, and tree-sitter 0.20 then finds only the first name.
((source_file
   (const_declaration . (const_spec (identifier) @name) .) @definition.constant)
 (#match? @definition.constant "^const\\s*[^\\s(]"))
(source_file
  (const_declaration (const_spec (identifier) @name) @definition.constant))
((source_file
   (var_declaration . (var_spec name: (identifier) @name) .) @definition.variable)
 (#match? @definition.variable "^var\\s*[^\\s(]"))
(source_file
  (var_declaration (var_spec name: (identifier) @name) @definition.variable))
(source_file
  (var_declaration (var_spec_list (var_spec name: (identifier) @name) @definition.variable)))
