; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. `var` and function declarations belong to
; the enclosing function; `let`, `const` and classes to the enclosing block.

; --- Scopes -------------------------------------------------------------------------------------

(program) @scope.module

[(function_declaration)
 (generator_function_declaration)
 (function_expression)
 (generator_function)
 (arrow_function)
 (method_definition)] @scope.function

[(class_declaration)
 (class)] @scope.class

[(statement_block)
 (for_statement)
 (for_in_statement)
 (catch_clause)
 (switch_body)] @scope.block

; --- Definitions ----------------------------------------------------------------------------------

((function_declaration
  name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent function module"))

((generator_function_declaration
  name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent function module"))

; A function or class expression's own name is visible only inside it.
(function_expression name: (identifier) @definition.function) @statement
(generator_function name: (identifier) @definition.function) @statement
(class name: (identifier) @definition.class) @statement

((class_declaration
  name: (identifier) @definition.class) @statement
  (#set! definition.scope "parent"))

((variable_declaration
  (variable_declarator name: (_) @definition.variable) @statement)
  (#set! definition.scope "function module")
  (#set! definition.after-statement))

((lexical_declaration
  "const"
  (variable_declarator name: (_) @definition.constant) @statement)
  (#set! definition.after-statement))

((lexical_declaration
  (variable_declarator name: (_) @definition.variable) @statement)
  (#set! definition.after-statement))

((for_in_statement
  "var"
  left: (_) @definition.variable) @statement
  (#set! definition.scope "function module"))

(for_in_statement
  "const"
  left: (_) @definition.constant) @statement

(for_in_statement
  "let"
  left: (_) @definition.variable) @statement

(formal_parameters
  [(identifier)
   (object_pattern)
   (array_pattern)
   (assignment_pattern)
   (rest_pattern)] @definition.parameter)

(arrow_function parameter: (identifier) @definition.parameter)

(catch_clause parameter: (_) @definition.variable)

; ES imports.
((import_statement
  (import_clause (identifier) @definition.import)
  source: (string (string_fragment)? @import.module)) @statement
  (#set! import.default))

(import_statement
  (import_clause (namespace_import (identifier) @definition.import))
  source: (string (string_fragment)? @import.module)) @statement

(import_statement
  (import_clause
    (named_imports
      (import_specifier
        name: (_) @import.name
        alias: (identifier) @definition.import)))
  source: (string (string_fragment)? @import.module)) @statement

(import_statement
  (import_clause
    (named_imports
      (import_specifier
        !alias
        name: (identifier) @definition.import @import.name)))
  source: (string (string_fragment)? @import.module)) @statement

; CommonJS: `const x = require('m')`, `const {a, b: c} = require('m')`.
(variable_declarator
  name: (identifier) @import.bound
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string (string_fragment) @import.module)))
  (#eq? @_require "require"))

(variable_declarator
  name: (object_pattern
    (shorthand_property_identifier_pattern) @import.bound @import.name)
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string (string_fragment) @import.module)))
  (#eq? @_require "require"))

(variable_declarator
  name: (object_pattern
    (pair_pattern
      key: (_) @import.name
      value: (identifier) @import.bound))
  value: (call_expression
    function: (identifier) @_require
    arguments: (arguments . (string (string_fragment) @import.module)))
  (#eq? @_require "require"))

; While a function is being typed it may be an ERROR node; keep its name.
(ERROR "function" . (identifier) @definition.function)

; --- Names inside destructuring patterns ----------------------------------------------------------

(object_pattern (shorthand_property_identifier_pattern) @binding)
(object_assignment_pattern left: (shorthand_property_identifier_pattern) @binding)
(pair_pattern value: (identifier) @binding)
(array_pattern (identifier) @binding)
(assignment_pattern left: (identifier) @binding)
(rest_pattern (identifier) @binding)

; --- Identifiers that name no variable ------------------------------------------------------------

(import_specifier name: (_) @ignore)
(export_specifier alias: (_) @ignore)
; `export {a} from './m'` names the other module's `a`.
(export_statement (export_clause (export_specifier name: (_) @ignore)) source: (_))
(namespace_export (_) @ignore)

; Lower-case JSX tags are HTML elements, not variables.
((jsx_opening_element name: (identifier) @ignore) (#match? @ignore "^[a-z]"))
((jsx_closing_element name: (identifier) @ignore) (#match? @ignore "^[a-z]"))
((jsx_self_closing_element name: (identifier) @ignore) (#match? @ignore "^[a-z]"))
(jsx_namespace_name (identifier) @ignore)

; Property names (`obj.prop`, `{key: v}`, methods) are `property_identifier` and are not captured;
; the shorthand `{a}` is a use of `a`.
(shorthand_property_identifier) @reference
(identifier) @reference
