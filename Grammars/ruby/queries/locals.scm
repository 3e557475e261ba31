; Scopes, definitions and references for the scope resolver (capture vocabulary in
; Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift). Ruby's locals are lexical and its gates
; are `def`, `class` and `module`: a method body sees only its own locals (`scope.closed`), while
; blocks and lambdas see the locals around them. Methods, classes, modules and constants are not
; locals: a bare name no scope binds is a method call or a constant of the program, found by name
; in the index (conventions.unboundNamesAreGlobals).

; --- Scopes -------------------------------------------------------------------------------------

(program) @scope.module

((method) @scope.function
  (#set! scope.closed))
((singleton_method) @scope.function
  (#set! scope.closed))
((class) @scope.class
  (#set! scope.closed))
((module) @scope.class
  (#set! scope.closed))
((singleton_class) @scope.class
  (#set! scope.closed))

(lambda) @scope.function
[(block) (do_block)] @scope.block

; The object of `def self.name` and `class << self` belongs to the code around them.
(singleton_method object: (_) @outer)
(singleton_class value: (_) @outer)
(class superclass: (_) @outer)

; --- Definitions ----------------------------------------------------------------------------------

; Parameters of methods, blocks and lambdas: plain, optional, *rest, **options, &block, keyword,
; and names inside destructured parameters.
(method_parameters (identifier) @definition.parameter)
(block_parameters (identifier) @definition.parameter)
(lambda_parameters (identifier) @definition.parameter)
(optional_parameter name: (identifier) @definition.parameter)
(keyword_parameter name: (identifier) @definition.parameter)
(splat_parameter name: (identifier) @definition.parameter)
(hash_splat_parameter name: (identifier) @definition.parameter)
(block_parameter name: (identifier) @definition.parameter)
(destructured_parameter (identifier) @definition.parameter)
(block_parameters locals: (identifier) @definition.variable)

; Assignment binds once the value is computed: in `v = v + 1` the right `v` is the earlier one.
; A name already visible (the method's local, assigned in a block) is written, not defined again.
((assignment left: (identifier) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.visible-assigns))
((assignment left: (left_assignment_list) @definition.variable) @statement
  (#set! definition.after-statement))
(left_assignment_list (identifier) @binding)
(left_assignment_list (rest_assignment (identifier) @binding))
(destructured_left_assignment (identifier) @binding)
(destructured_left_assignment (rest_assignment (identifier) @binding))

; `x += 1`, `x ||= default` write a local (and define it when it is new).
((operator_assignment left: (identifier) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.visible-assigns))

(for pattern: (identifier) @definition.variable) @statement
(for pattern: (left_assignment_list) @definition.variable) @statement
(exception_variable (identifier) @definition.variable) @statement

; Pattern matching (`in [Integer => n, rest]`, `in {age: Integer => n}`). `in {name:}` binds `name` through
; a keyword_pattern with no value, which a query cannot tell from one with a value here.
(as_pattern name: (identifier) @definition.variable)
(array_pattern (identifier) @definition.variable)
(find_pattern (identifier) @definition.variable)

; `require "shop/cart"`, `require_relative "cart"`: the path, a name no Ruby identifier can clash
; with, leads to the file (imports style `load-path`).
((call
   method: (identifier) @_require
   arguments: (argument_list . (string . (string_content) @definition.import @import.module .))) @statement
  (#any-of? @_require "require" "require_relative" "load"))

; --- Identifiers that name no variable ------------------------------------------------------------

(method name: (_) @ignore)
(singleton_method name: (_) @ignore)
(call method: (identifier) @ignore)
(alias name: (_) @ignore)
(alias alias: (_) @ignore)
(undef (_) @ignore)

(identifier) @reference
(constant) @reference
