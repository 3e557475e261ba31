; Document outline (see Grammars/python/queries/symbols.scm for the conventions). Nesting comes
; from containment: members sit in their type's body, types in their namespace. A field with
; several declarators (`int opened, closed;`) gives one symbol per name, each with the
; declaration's signature and `///` documentation.

(namespace_declaration name: (_) @name) @definition.namespace
(file_scoped_namespace_declaration name: (_) @name) @definition.namespace

(class_declaration name: (identifier) @name) @definition.class
(record_declaration name: (identifier) @name) @definition.class
(struct_declaration name: (identifier) @name) @definition.struct
(interface_declaration name: (identifier) @name) @definition.interface
(enum_declaration name: (identifier) @name) @definition.enum
(enum_member_declaration name: (identifier) @name) @definition.enum_member
(delegate_declaration name: (identifier) @name) @definition.type

; A positional record's parameters are its properties.
(record_declaration
  (parameter_list (parameter name: (identifier) @name) @definition.property))

(constructor_declaration name: (identifier) @name) @definition.constructor
(destructor_declaration name: (identifier) @name) @definition.method
(method_declaration name: (identifier) @name) @definition.method
(local_function_statement name: (identifier) @name) @definition.function
(operator_declaration operator: _ @name) @definition.method
(conversion_operator_declaration type: (_) @name) @definition.method
(indexer_declaration "this" @name) @definition.property

(property_declaration name: (identifier) @name) @definition.property
(event_declaration name: (identifier) @name) @definition.property
(event_field_declaration
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.field

; `const` fields (and `static readonly` ones) are constants; other fields are fields.
((field_declaration
   (modifier) @modifier
   (variable_declaration (variable_declarator name: (identifier) @name))) @definition.constant
 (#eq? @modifier "const"))

(field_declaration
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.field
