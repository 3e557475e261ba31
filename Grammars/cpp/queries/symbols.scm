; Document outline (see Grammars/python/queries/symbols.scm for the conventions). A function's
; name sits inside its declarator, under the pointer and reference declarators of its return
; type (`const char *Shape::name()`, `Shape &operator=(...)`).

; Members defined outside their class (`void Shape::draw() {}`): @container names the class, and
; the outline lists the member under it when the file declares the class (SymbolExtractor).
(function_definition
  declarator: [(function_declarator declarator: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name) (template_function)] @name))
               (pointer_declarator declarator: (function_declarator declarator: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name) (template_function)] @name)))
               (reference_declarator (function_declarator declarator: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name) (template_function)] @name)))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name) (template_function)] @name))))
               (function_declarator declarator: (qualified_identifier name: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name)] @name)))
               (pointer_declarator declarator: (function_declarator declarator: (qualified_identifier name: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name)] @name))))
               (reference_declarator (function_declarator declarator: (qualified_identifier name: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name)] @name))))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (qualified_identifier name: (qualified_identifier scope: [(namespace_identifier) @container (template_type name: (type_identifier) @container)] name: [(identifier) (destructor_name) (operator_name)] @name)))))]) @definition.method

(function_definition
  declarator: [(function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name)
               (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name))
               (reference_declarator (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name)))]) @definition.function

; `class EXPORT_API Widget : public Base { ... }`: an upper-case export macro before the name is
; read as blanks (`annotationMacros` in language.json). Another spelling of it still leaves the
; macro as the class's name and the real name as a function defined with the class's body; a
; function definition has a function declarator, so a bare name with a body is this shape.
(function_definition
  type: (class_specifier)
  declarator: (identifier) @name
  body: (_)) @definition.class
(function_definition
  type: (struct_specifier)
  declarator: (identifier) @name
  body: (_)) @definition.struct

; Member declarations in a class body (a header's API).
(field_declaration_list
  [(field_declaration declarator: [(function_declarator declarator: [(field_identifier) (operator_name)] @name)
               (pointer_declarator declarator: (function_declarator declarator: [(field_identifier) (operator_name)] @name))
               (reference_declarator (function_declarator declarator: [(field_identifier) (operator_name)] @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: [(field_identifier) (operator_name)] @name)))])
   (declaration declarator: [(function_declarator declarator: [(identifier) (destructor_name) (operator_name)] @name)
               (pointer_declarator declarator: (function_declarator declarator: [(identifier) (destructor_name) (operator_name)] @name))
               (reference_declarator (function_declarator declarator: [(identifier) (destructor_name) (operator_name)] @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: [(identifier) (destructor_name) (operator_name)] @name)))])] @definition.method)

; Prototypes at namespace or file level.
([(translation_unit) (declaration_list) (linkage_specification) (preproc_ifdef)]
  (declaration declarator: [(function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name)
               (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name))
               (reference_declarator (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name)] @name)))]) @definition.function)

(template_declaration (class_specifier name: (type_identifier) @name body: (field_declaration_list)) @definition.class)
(class_specifier name: [(type_identifier) (template_type name: (type_identifier) @name)] @name body: (field_declaration_list)) @definition.class
(struct_specifier name: [(type_identifier) (template_type name: (type_identifier) @name)] @name body: (field_declaration_list)) @definition.struct
; A nested class defined outside its owner: `class Viewport::DragToScrollListener { ... }`.
(class_specifier name: (qualified_identifier name: (type_identifier) @name) body: (field_declaration_list)) @definition.class
(struct_specifier name: (qualified_identifier name: (type_identifier) @name) body: (field_declaration_list)) @definition.struct
(union_specifier name: (type_identifier) @name body: (field_declaration_list)) @definition.struct
(enum_specifier name: (type_identifier) @name body: (enumerator_list)) @definition.enum
(enumerator name: (identifier) @name) @definition.enum_member
(namespace_definition name: [(namespace_identifier) (nested_namespace_specifier)] @name) @definition.namespace

(type_definition
  type: (struct_specifier !name body: (field_declaration_list))
  declarator: (type_identifier) @name) @definition.struct
(type_definition
  type: (enum_specifier !name body: (enumerator_list))
  declarator: (type_identifier) @name) @definition.enum
(type_definition
  declarator: [(type_identifier) @name
               (pointer_declarator declarator: (type_identifier) @name)]) @definition.type
(alias_declaration name: (type_identifier) @name) @definition.type
(concept_definition name: (identifier) @name) @definition.interface

(field_declaration_list
  (field_declaration
    declarator: [(field_identifier) @name
                 (pointer_declarator declarator: (field_identifier) @name)
                 (reference_declarator (field_identifier) @name)
                 (array_declarator declarator: (field_identifier) @name)]) @definition.field)

(field_declaration_list
  (field_declaration
    default_value: (_)
    declarator: (field_identifier) @name) @definition.field)

(preproc_function_def name: (identifier) @name) @definition.function
(preproc_def name: (identifier) @name) @definition.constant

([(translation_unit) (declaration_list)]
  (declaration
    declarator: [(identifier) @name
                 (init_declarator declarator: (identifier) @name)
                 (init_declarator declarator: (pointer_declarator declarator: (identifier) @name))
                 (init_declarator declarator: (reference_declarator (identifier) @name))
                 (init_declarator declarator: (array_declarator declarator: (identifier) @name))
                 (pointer_declarator declarator: (identifier) @name)
                 (array_declarator declarator: (identifier) @name)]) @definition.variable)
