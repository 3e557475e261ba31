; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Methods and constructors; a lambda is a closure, folded into the method around it. Types are
; classes, so a method of an anonymous class (`new Runnable() { ... }`) is a method of its own.
(method_declaration name: (identifier) @name) @function
(constructor_declaration name: (identifier) @name) @function
(compact_constructor_declaration name: (identifier) @name) @function
(lambda_expression) @function.anonymous
(class_declaration name: (identifier) @name) @class
(interface_declaration name: (identifier) @name) @class
(enum_declaration name: (identifier) @name) @class
(record_declaration name: (identifier) @name) @class

(method_declaration parameters: (formal_parameters [(formal_parameter) (spread_parameter)] @parameter))
(constructor_declaration parameters: (formal_parameters [(formal_parameter) (spread_parameter)] @parameter))
(lambda_expression parameters: (identifier) @parameter)
(lambda_expression parameters: (inferred_parameters (identifier) @parameter))
(lambda_expression parameters: (formal_parameters [(formal_parameter) (spread_parameter)] @parameter))

; `else if` is an if_statement in its parent's `alternative`: one flat increment; a plain `else`
; is the statement there.
(if_statement alternative: (if_statement) @else_if)
(if_statement alternative: (_) @else)
(if_statement) @if
(ternary_expression) @ternary

(for_statement) @loop
(enhanced_for_statement) @loop
(while_statement) @loop
(do_statement) @loop

; A switch (statement or expression) nests; each `case` label is a decision (`case 1, 2 ->` one),
; `default` is not.
(switch_expression) @switch
(switch_label (_)) @case
(catch_clause) @catch

(binary_expression operator: ["&&" "||"] @logical)
(parenthesized_expression) @group

; Labelled break/continue break the flow.
(break_statement (identifier)) @jump
(continue_statement (identifier)) @jump
(return_statement) @return
(method_invocation !object name: (identifier) @call)

(line_comment) @comment
(block_comment) @comment
(string_literal) @atom
(character_literal) @atom
