; Scopes, definitions and references for the scope resolver (vocabulary in
; Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift). C is block-scoped and declares before use:
; a local is visible from the end of its declarator (`int n = n + 1` reads the outer `n` only in
; the initializer, which C leaves undefined anyway), so locals are sequential. File-level names
; are visible in the whole file: prototypes and `extern` make order rarely matter to a reader.
; Names of other files come through `#include` (imports style `include` in language.json).

; --- Scopes -------------------------------------------------------------------------------------

(translation_unit) @scope.module
(function_definition) @scope.function

; The function's body is the function's own scope (a local cannot shadow a parameter there).
(compound_statement (compound_statement) @scope.block)
(case_statement (compound_statement) @scope.block)
(labeled_statement (compound_statement) @scope.block)
[(if_statement)
 (for_statement)
 (while_statement)
 (do_statement)
 (switch_statement)] @scope.block

; --- Definitions ----------------------------------------------------------------------------------

((function_definition
  declarator: [(function_declarator declarator: (identifier) @definition.function)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @definition.function))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @definition.function)))]) @statement
  (#set! definition.scope "parent"))

(translation_unit
  (declaration
    declarator: [(function_declarator declarator: (identifier) @definition.function)
                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @definition.function))]) @statement)

(struct_specifier name: (type_identifier) @definition.struct body: (_))
(union_specifier name: (type_identifier) @definition.struct body: (_))
(enum_specifier name: (type_identifier) @definition.enum body: (_))
(enumerator name: (identifier) @definition.constant)
(type_definition declarator: [(type_identifier) @definition.type
                              (pointer_declarator declarator: (type_identifier) @definition.type)
                              (function_declarator declarator: (parenthesized_declarator (pointer_declarator declarator: (type_identifier) @definition.type)))])
(preproc_def name: (identifier) @definition.constant)
(preproc_function_def name: (identifier) @definition.function)
(preproc_params (identifier) @definition.parameter)

; Parameters of a definition (those of a prototype or a function-pointer type name nothing here).
(function_definition
  declarator: (_ parameters: (parameter_list
    (parameter_declaration
      declarator: [(identifier) @definition.parameter
                   (pointer_declarator declarator: (identifier) @definition.parameter)
                   (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.parameter))
                   (array_declarator declarator: (identifier) @definition.parameter)]))))
(function_definition
  declarator: (_ declarator: (_ parameters: (parameter_list
    (parameter_declaration
      declarator: [(identifier) @definition.parameter
                   (pointer_declarator declarator: (identifier) @definition.parameter)
                   (array_declarator declarator: (identifier) @definition.parameter)])))))

; File-level variables.
(translation_unit
  (declaration
    declarator: [(identifier) @definition.variable
                 (init_declarator declarator: (identifier) @definition.variable)
                 (init_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
                 (init_declarator declarator: (array_declarator declarator: (identifier) @definition.variable))
                 (pointer_declarator declarator: (identifier) @definition.variable)
                 (array_declarator declarator: (identifier) @definition.variable)]) @statement)

; Locals, visible after their declaration.
((declaration
  declarator: [(identifier) @definition.variable
               (pointer_declarator declarator: (identifier) @definition.variable)
               (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
               (array_declarator declarator: (identifier) @definition.variable)]) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((init_declarator
  declarator: [(identifier) @definition.variable
               (pointer_declarator declarator: (identifier) @definition.variable)
               (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @definition.variable))
               (array_declarator declarator: (identifier) @definition.variable)]) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))

((labeled_statement label: (statement_identifier) @definition.label) @statement
  (#set! definition.scope "function"))

; `#include "cart.h"`: the path, a name no C identifier can clash with, leads to the header
; (imports style `include`); `<stdio.h>` is a system header.
(preproc_include path: (string_literal (string_content) @definition.import @import.module)) @statement

; Assignments write a variable without reading it; `+=` reads too.
(assignment_expression left: (identifier) @reference.write operator: "=")

; --- Identifiers that name no variable ------------------------------------------------------------

(field_expression field: (field_identifier) @ignore)
(field_designator (field_identifier) @ignore)

(identifier) @reference
(type_identifier) @reference
(goto_statement label: (statement_identifier) @reference)
