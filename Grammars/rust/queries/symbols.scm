; Document outline (see Grammars/python/queries/symbols.scm for the conventions). Items nest by
; containment (a `mod` body, a trait's declarations); methods are declared in `impl` blocks apart
; from their type, so @container names the implemented type and the outline lists them under it
; when the file declares the type (SymbolExtractor), as Go's methods are.

(impl_item
  type: [(type_identifier) @container
         (generic_type type: (type_identifier) @container)
         (scoped_type_identifier name: (type_identifier) @container)
         (generic_type type: (scoped_type_identifier name: (type_identifier) @container))]
  body: (declaration_list
    (function_item name: (identifier) @name) @definition.method))
(impl_item
  type: [(type_identifier) @container
         (generic_type type: (type_identifier) @container)]
  body: (declaration_list
    (const_item name: (identifier) @name) @definition.constant))
(impl_item
  type: [(type_identifier) @container
         (generic_type type: (type_identifier) @container)]
  body: (declaration_list
    (type_item name: (type_identifier) @name) @definition.type))

; A method of an impl whose type the query cannot name (`impl<T> Trait for &T`), and a trait's
; provided methods (a `mod` body is a declaration list too: its functions stay functions).
(impl_item
  body: (declaration_list
    (function_item name: (identifier) @name) @definition.method))
(trait_item
  body: (declaration_list
    (function_item name: (identifier) @name) @definition.method))

(function_item name: (identifier) @name) @definition.function
(function_signature_item name: (identifier) @name) @definition.method

(struct_item name: (type_identifier) @name) @definition.struct
(union_item name: (type_identifier) @name) @definition.struct
(enum_item name: (type_identifier) @name) @definition.enum
(enum_variant name: (identifier) @name) @definition.enum_member
(trait_item name: (type_identifier) @name) @definition.interface
(type_item name: (type_identifier) @name) @definition.type
(associated_type name: (type_identifier) @name) @definition.type
(mod_item name: (identifier) @name) @definition.module
(macro_definition name: (identifier) @name) @definition.function

(field_declaration_list
  (field_declaration name: (field_identifier) @name) @definition.field)

(const_item name: (identifier) @name) @definition.constant
(static_item name: (identifier) @name) @definition.variable
