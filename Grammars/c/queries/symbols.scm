; Document outline (see Grammars/python/queries/symbols.scm for the conventions). A function's
; name sits inside its declarator, under as many pointer declarators as its return type has stars
; (`char **split(...)`) and parentheses (`int (*handler(int))(void)`).

(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))
               (pointer_declarator declarator: (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))))
               (function_declarator declarator: (parenthesized_declarator (identifier) @name))]) @definition.function
; `int (*handler(int sig))(void)`: a function returning a function pointer.
(function_definition
  declarator: (function_declarator
    declarator: (parenthesized_declarator
      (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))))) @definition.function

; Prototypes at file level (a header's API); declarations inside functions are locals.
(translation_unit
  (declaration
    declarator: [(function_declarator declarator: (identifier) @name)
                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                 (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function)
(preproc_ifdef
  (declaration
    declarator: [(function_declarator declarator: (identifier) @name)
                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))]) @definition.function)

; `typedef struct { ... } Point;`: the struct is called by its typedef name.
(type_definition
  type: (struct_specifier !name body: (field_declaration_list))
  declarator: (type_identifier) @name) @definition.struct
(type_definition
  type: (union_specifier !name body: (field_declaration_list))
  declarator: (type_identifier) @name) @definition.struct
(type_definition
  type: (enum_specifier !name body: (enumerator_list))
  declarator: (type_identifier) @name) @definition.enum

(struct_specifier name: (type_identifier) @name body: (field_declaration_list)) @definition.struct
(union_specifier name: (type_identifier) @name body: (field_declaration_list)) @definition.struct
(enum_specifier name: (type_identifier) @name body: (enumerator_list)) @definition.enum
(enumerator name: (identifier) @name) @definition.enum_member

(field_declaration_list
  (field_declaration
    declarator: [(field_identifier) @name
                 (pointer_declarator declarator: (field_identifier) @name)
                 (pointer_declarator declarator: (pointer_declarator declarator: (field_identifier) @name))
                 (array_declarator declarator: (field_identifier) @name)
                 (function_declarator declarator: (parenthesized_declarator (pointer_declarator declarator: (field_identifier) @name)))]) @definition.field)

(type_definition
  declarator: [(type_identifier) @name
               (pointer_declarator declarator: (type_identifier) @name)
               (function_declarator declarator: (parenthesized_declarator (pointer_declarator declarator: (type_identifier) @name)))]) @definition.type

; Macros: a function-like macro reads as a function, an object-like one as a constant.
(preproc_function_def name: (identifier) @name) @definition.function
(preproc_def name: (identifier) @name) @definition.constant

; File-level variables, with or without an initializer.
(translation_unit
  (declaration
    declarator: [(identifier) @name
                 (init_declarator declarator: (identifier) @name)
                 (init_declarator declarator: (pointer_declarator declarator: (identifier) @name))
                 (init_declarator declarator: (array_declarator declarator: (identifier) @name))
                 (pointer_declarator declarator: (identifier) @name)
                 (array_declarator declarator: (identifier) @name)]) @definition.variable)
