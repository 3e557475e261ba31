; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. Python binds names per function, not per
; block: a name assigned anywhere in a function is local to all of it, so definitions need only
; the right scope, never a position.

; --- Scopes -------------------------------------------------------------------------------------

(module) @scope.module

(function_definition) @scope.function
(lambda) @scope.function

; Names bound in a class body are not visible from its methods or comprehensions.
((class_definition) @scope.class
  (#set! scope.hidden-from-nested))

[(list_comprehension)
 (set_comprehension)
 (dictionary_comprehension)
 (generator_expression)] @scope.comprehension

; --- Evaluated in the enclosing scope -----------------------------------------------------------

(default_parameter value: (_) @outer)
(typed_default_parameter type: (_) @outer)
(typed_default_parameter value: (_) @outer)
(typed_parameter type: (_) @outer)
(function_definition return_type: (_) @outer)
(class_definition superclasses: (_) @outer)

; The first iterable of a comprehension runs before the comprehension's scope exists.
(list_comprehension body: (_) . (for_in_clause right: (_) @outer))
(set_comprehension body: (_) . (for_in_clause right: (_) @outer))
(dictionary_comprehension body: (_) . (for_in_clause right: (_) @outer))
(generator_expression body: (_) . (for_in_clause right: (_) @outer))

; --- Definitions ----------------------------------------------------------------------------------

((function_definition
  name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent"))

((class_definition
  name: (identifier) @definition.class) @statement
  (#set! definition.scope "parent"))

; Parameters, plain, typed, defaulted, *args and **kwargs.
(parameters (identifier) @definition.parameter)
(lambda_parameters (identifier) @definition.parameter)
(typed_parameter . (identifier) @definition.parameter)
(typed_parameter (list_splat_pattern (identifier) @definition.parameter))
(typed_parameter (dictionary_splat_pattern (identifier) @definition.parameter))
(default_parameter name: (identifier) @definition.parameter)
(typed_default_parameter name: (identifier) @definition.parameter)
(parameters (list_splat_pattern (identifier) @definition.parameter))
(parameters (dictionary_splat_pattern (identifier) @definition.parameter))
(lambda_parameters (list_splat_pattern (identifier) @definition.parameter))
(lambda_parameters (dictionary_splat_pattern (identifier) @definition.parameter))

; Assignment targets; tuple and list targets define the names inside them (@binding below). The
; value is evaluated before the name is bound: in `v = v + 1` the right `v` is the earlier one.
((assignment left: (_) @definition.variable) @statement
  (#set! definition.after-statement))
(for_statement left: (_) @definition.variable) @statement
(for_in_clause left: (_) @definition.variable)
(as_pattern alias: (as_pattern_target) @definition.variable) @statement
(type_alias_statement left: (type (identifier) @definition.type)) @statement

; PEP 695 type parameters live in an annotation scope between the definition and its parent,
; seen by parameter annotations (evaluated outside) and by methods (which skip the class body).
; Putting them in the parent scope approximates that, at the cost of their showing there too.
((function_definition
  type_parameters: (type_parameter (type (identifier) @definition.type_parameter)))
  (#set! definition.scope "parent"))
((class_definition
  type_parameters: (type_parameter (type (identifier) @definition.type_parameter)))
  (#set! definition.scope "parent"))

; `:=` binds in the enclosing function even inside a comprehension (PEP 572).
((named_expression name: (identifier) @definition.variable) @statement
  (#set! definition.scope "function class module")
  (#set! definition.after-statement))

; match/case capture patterns.
(case_clause (case_pattern) @definition.variable)

; Imports. `import a.b` binds `a`, the top package.
(import_statement
  name: (dotted_name . (identifier) @definition.import @import.module)) @statement
(import_statement
  name: (aliased_import
    name: (dotted_name) @import.module
    alias: (identifier) @definition.import)) @statement
(import_from_statement
  module_name: (_) @import.module
  name: (dotted_name (identifier) @definition.import @import.name)) @statement
(import_from_statement
  module_name: (_) @import.module
  name: (aliased_import
    name: (dotted_name) @import.name
    alias: (identifier) @definition.import)) @statement

; While a statement is being typed it may be an ERROR node; keep its most likely bindings.
((ERROR (identifier) @definition.variable . "=")
  (#set! definition.after-statement))
((ERROR "def" . (identifier) @definition.function)
  (#set! definition.scope "parent"))
((ERROR "class" . (identifier) @definition.class)
  (#set! definition.scope "parent"))

; Error recovery can turn a keyword into an identifier.
((ERROR (identifier) @ignore)
  (#any-of? @ignore "return" "def" "class" "if" "elif" "else" "for" "while" "in" "import" "from"
    "with" "as" "try" "except" "finally" "raise" "pass" "lambda" "yield" "await" "async" "not"
    "and" "or" "is" "del" "global" "nonlocal" "assert" "break" "continue"))

; --- Names inside target patterns -----------------------------------------------------------------

(pattern_list (identifier) @binding)
(tuple_pattern (identifier) @binding)
(list_pattern (identifier) @binding)
(list_splat_pattern (identifier) @binding)
(as_pattern_target (identifier) @binding)
(as_pattern_target (tuple (identifier) @binding))
(as_pattern_target (list (identifier) @binding))
(as_pattern_target (parenthesized_expression (identifier) @binding))
(as_pattern_target (tuple (list_splat (identifier) @binding)))
(case_pattern . (dotted_name . (identifier) @binding .) .)
(keyword_pattern (dotted_name . (identifier) @binding .))
(splat_pattern (identifier) @binding)
(as_pattern (case_pattern) (identifier) @binding)

; --- Declarations ---------------------------------------------------------------------------------

(global_statement (identifier) @reference.global)
(nonlocal_statement (identifier) @reference.nonlocal)

; --- Identifiers that name no variable ------------------------------------------------------------

(attribute attribute: (identifier) @ignore)
(keyword_argument name: (identifier) @ignore)
(keyword_pattern . (identifier) @ignore)
; Every part after the first: `(identifier) . (identifier)` would bind its first step to the first
; part only, leaving `c` of `a.b.c` a reference.
(dotted_name (_) (identifier) @ignore)
(import_from_statement module_name: (dotted_name (identifier) @ignore))
(relative_import (dotted_name (identifier) @ignore))
(aliased_import name: (dotted_name (identifier) @ignore))
(import_from_statement name: (dotted_name (identifier) @ignore))
(future_import_statement name: (dotted_name (identifier) @ignore))

(identifier) @reference
