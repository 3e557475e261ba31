; Scopes, definitions and references for the scope resolver (vocabulary in
; Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift). C++ scopes as C's (Grammars/c/queries/locals.scm
; says why locals are sequential), plus namespaces, classes, lambdas, range-for and catch clauses.
; Members used inside a class's methods without `this->` are looked up by name in the index
; (definition falls back to it for names no scope binds).

; --- Scopes -------------------------------------------------------------------------------------

(translation_unit) @scope.module
[(function_definition) (lambda_expression)] @scope.function
[(class_specifier) (struct_specifier) (union_specifier)] @scope.class
(namespace_definition body: (declaration_list) @scope.block)
[(template_declaration) (alias_declaration)] @scope.type

(compound_statement (compound_statement) @scope.block)
(case_statement (compound_statement) @scope.block)
(labeled_statement (compound_statement) @scope.block)
[(if_statement)
 (for_statement)
 (for_range_loop)
 (while_statement)
 (do_statement)
 (switch_statement)
 (catch_clause)] @scope.block

; --- Definitions ----------------------------------------------------------------------------------

((function_definition
  declarator: [(function_declarator declarator: [(identifier) (field_identifier)] @definition.function)
               (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier)] @definition.function))
               (reference_declarator (function_declarator declarator: [(identifier) (field_identifier)] @definition.function))]) @statement
  (#set! definition.scope "parent"))
((function_definition
  type: [(class_specifier) (struct_specifier)]
  declarator: (identifier) @definition.class
  body: (_)) @statement
  (#set! definition.scope "parent"))

([(translation_unit) (declaration_list)]
  (declaration
    declarator: [(function_declarator declarator: (identifier) @definition.function)
                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @definition.function))
                 (reference_declarator (function_declarator declarator: (identifier) @definition.function))]) @statement)

((class_specifier name: (type_identifier) @definition.class body: (_)) (#set! definition.scope "parent"))
((struct_specifier name: (type_identifier) @definition.struct body: (_)) (#set! definition.scope "parent"))
((union_specifier name: (type_identifier) @definition.struct body: (_)) (#set! definition.scope "parent"))
(enum_specifier name: (type_identifier) @definition.enum body: (_))
(enumerator name: (identifier) @definition.constant)
(namespace_definition name: (namespace_identifier) @definition.namespace)
(namespace_alias_definition name: (namespace_identifier) @definition.namespace)
(type_definition declarator: [(type_identifier) @definition.type
                              (pointer_declarator declarator: (type_identifier) @definition.type)])
((alias_declaration name: (type_identifier) @definition.type) (#set! definition.scope "parent"))
(type_parameter_declaration (type_identifier) @definition.type_parameter)
(variadic_type_parameter_declaration (type_identifier) @definition.type_parameter)
(optional_type_parameter_declaration name: (type_identifier) @definition.type_parameter)
(template_parameter_list (parameter_declaration declarator: (identifier) @definition.type_parameter))
(preproc_def name: (identifier) @definition.constant)
(preproc_function_def name: (identifier) @definition.function)
(preproc_params (identifier) @definition.parameter)

; Parameters of a definition or lambda (those of a prototype or a function-pointer type name nothing here).
(function_definition
  declarator: (_ parameters: (parameter_list
    [(parameter_declaration
       declarator: [(identifier) @definition.parameter
                    (pointer_declarator declarator: (identifier) @definition.parameter)
                    (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.parameter))
                    (pointer_declarator declarator: (array_declarator declarator: (identifier) @definition.parameter))
                    (reference_declarator (identifier) @definition.parameter)
                    (array_declarator declarator: (identifier) @definition.parameter)])
     (optional_parameter_declaration
       declarator: [(identifier) @definition.parameter
                    (pointer_declarator declarator: (identifier) @definition.parameter)
                    (reference_declarator (identifier) @definition.parameter)])])))
(function_definition
  declarator: (_ (_ parameters: (parameter_list
    (parameter_declaration
      declarator: [(identifier) @definition.parameter
                   (pointer_declarator declarator: (identifier) @definition.parameter)
                   (reference_declarator (identifier) @definition.parameter)])))))
(lambda_expression
  declarator: (abstract_function_declarator parameters: (parameter_list
    (parameter_declaration
      declarator: [(identifier) @definition.parameter
                   (pointer_declarator declarator: (identifier) @definition.parameter)
                   (reference_declarator (identifier) @definition.parameter)]))))
(catch_clause parameters: (parameter_list
  (parameter_declaration
    declarator: [(identifier) @definition.variable
                 (reference_declarator (identifier) @definition.variable)
                 (pointer_declarator declarator: (identifier) @definition.variable)])))
(for_range_loop declarator: [(identifier) @definition.variable
                             (reference_declarator (identifier) @definition.variable)
                             (pointer_declarator declarator: (identifier) @definition.variable)
                             (structured_binding_declarator (identifier) @definition.variable)])

; Members: fields and methods of a class body.
(field_declaration_list
  (field_declaration
    declarator: [(field_identifier) @definition.field
                 (pointer_declarator declarator: (field_identifier) @definition.field)
                 (reference_declarator (field_identifier) @definition.field)
                 (array_declarator declarator: (field_identifier) @definition.field)]))

; File- and namespace-level variables.
([(translation_unit) (declaration_list)]
  (declaration
    declarator: [(identifier) @definition.variable
                 (init_declarator declarator: (identifier) @definition.variable)
                 (init_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
                 (init_declarator declarator: (reference_declarator (identifier) @definition.variable))
                 (init_declarator declarator: (array_declarator declarator: (identifier) @definition.variable))
                 (pointer_declarator declarator: (identifier) @definition.variable)
                 (array_declarator declarator: (identifier) @definition.variable)]) @statement)

; Locals, visible after their declaration.
((declaration
  declarator: [(identifier) @definition.variable
               (pointer_declarator declarator: (identifier) @definition.variable)
               (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
               (reference_declarator (identifier) @definition.variable)
               (array_declarator declarator: (identifier) @definition.variable)
               (structured_binding_declarator (identifier) @definition.variable)]) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((init_declarator
  declarator: [(identifier) @definition.variable
               (pointer_declarator declarator: (identifier) @definition.variable)
               (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
               (reference_declarator (identifier) @definition.variable)
               (array_declarator declarator: (identifier) @definition.variable)
               (structured_binding_declarator (identifier) @definition.variable)]) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))

((labeled_statement label: (statement_identifier) @definition.label) @statement
  (#set! definition.scope "function"))

; `#include "cart.h"`: the path, a name no C identifier can clash with, leads to the header
; (imports style `include`); `<stdio.h>` is a system header.
(preproc_include path: (string_literal (string_content) @definition.import @import.module)) @statement

; Assignments write a variable without reading it; `+=` reads too.
(assignment_expression left: (identifier) @reference.write operator: "=")

; --- Members ----------------------------------------------------------------------------------------

; `ns::name`: a name looked up in what the scope names.
(qualified_identifier scope: (namespace_identifier) @member.object name: (identifier) @member)
(qualified_identifier scope: (namespace_identifier) @member.object name: (type_identifier) @member)

; --- Identifiers that name no variable ------------------------------------------------------------

(field_expression field: (field_identifier) @ignore)
(field_designator (field_identifier) @ignore)
(field_initializer (field_identifier) @ignore)
(using_declaration (identifier) @ignore)
(using_declaration (qualified_identifier) @ignore)

(identifier) @reference
(type_identifier) @reference
(namespace_identifier) @reference
(goto_statement label: (statement_identifier) @reference)
