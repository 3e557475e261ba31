; Scopes, definitions and references for the scope resolver (vocabulary in
; Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift). The same rules as
; Grammars/javascript/queries/locals.scm, written apart because this grammar pins an older
; JavaScript base (`function` rather than `function_expression`, typed parameters), plus types.
; Types and values share one namespace here: `interface A` and `const A` in one scope are two
; definitions of one name.

; --- Scopes -------------------------------------------------------------------------------------

(program) @scope.module

[(function_declaration)
 (generator_function_declaration)
 (function)
 (generator_function)
 (arrow_function)
 (method_definition)
 (function_signature)
 (method_signature)
 (abstract_method_signature)
 (call_signature)
 (construct_signature)
 (function_type)
 (constructor_type)] @scope.function

[(class_declaration)
 (abstract_class_declaration)
 (class)] @scope.class

; Type parameters of an interface or alias are visible only inside it.
[(interface_declaration)
 (type_alias_declaration)] @scope.type

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

; Overload and ambient signatures name the function around them.
((function_signature
  name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent function module"))

(function name: (identifier) @definition.function) @statement
(generator_function name: (identifier) @definition.function) @statement
(class name: (type_identifier) @definition.class) @statement

((class_declaration
  name: (type_identifier) @definition.class) @statement
  (#set! definition.scope "parent"))

((abstract_class_declaration
  name: (type_identifier) @definition.class) @statement
  (#set! definition.scope "parent"))

((interface_declaration
  name: (type_identifier) @definition.interface) @statement
  (#set! definition.scope "parent"))

((type_alias_declaration
  name: (type_identifier) @definition.type) @statement
  (#set! definition.scope "parent"))

(enum_declaration name: (identifier) @definition.enum) @statement
(internal_module name: (identifier) @definition.namespace) @statement

(type_parameter name: (type_identifier) @definition.type_parameter)
(infer_type (type_identifier) @definition.type_parameter)
(mapped_type_clause name: (type_identifier) @definition.type_parameter)

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

(required_parameter
  pattern: [(identifier) (object_pattern) (array_pattern) (rest_pattern)] @definition.parameter)
(optional_parameter
  pattern: [(identifier) (object_pattern) (array_pattern) (rest_pattern)] @definition.parameter)
(arrow_function parameter: (identifier) @definition.parameter)

(catch_clause parameter: (_) @definition.variable)

; ES imports, `import x = require('m')`.
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

(import_statement
  (import_require_clause
    (identifier) @definition.import
    source: (string (string_fragment)? @import.module))) @statement

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

(ERROR "function" . (identifier) @definition.function)

; --- Names inside destructuring patterns ----------------------------------------------------------

(object_pattern (shorthand_property_identifier_pattern) @binding)
(object_assignment_pattern left: (shorthand_property_identifier_pattern) @binding)
(pair_pattern value: (identifier) @binding)
(array_pattern (identifier) @binding)
(assignment_pattern left: (identifier) @binding)
(rest_pattern (identifier) @binding)

; --- Names that name no variable ------------------------------------------------------------------

(import_specifier name: (_) @ignore)
(export_specifier alias: (_) @ignore)
(export_statement (export_clause (export_specifier name: (_) @ignore)) source: (_))
(namespace_export (_) @ignore)
; `ns.Inner` in a type: `Inner` is a member of `ns`.
(nested_type_identifier name: (type_identifier) @ignore)
(index_signature name: (identifier) @ignore)

(shorthand_property_identifier) @reference
(identifier) @reference
(type_identifier) @reference
