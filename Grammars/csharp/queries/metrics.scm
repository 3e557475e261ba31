; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Methods, constructors, destructors, operators and local functions; a lambda or anonymous method
; is a closure, folded into the function around it. Property accessors are not functions of their
; own (lizard's C# reader does not see `get { }` either): their decisions count in the class.
(method_declaration name: (identifier) @name) @function
(constructor_declaration name: (identifier) @name) @function
(destructor_declaration name: (identifier) @name) @function
(local_function_statement name: (identifier) @name) @function
(operator_declaration operator: _ @name) @function
(conversion_operator_declaration type: (_) @name) @function
(lambda_expression) @function.anonymous
(anonymous_method_expression) @function.anonymous
(class_declaration name: (identifier) @name) @class
(struct_declaration name: (identifier) @name) @class
(record_declaration name: (identifier) @name) @class
(interface_declaration name: (identifier) @name) @class
(enum_declaration name: (identifier) @name) @class

(method_declaration parameters: (parameter_list (parameter) @parameter))
(constructor_declaration parameters: (parameter_list (parameter) @parameter))
(local_function_statement parameters: (parameter_list (parameter) @parameter))
(operator_declaration parameters: (parameter_list (parameter) @parameter))
(lambda_expression parameters: (implicit_parameter) @parameter)
(lambda_expression parameters: (parameter_list (parameter) @parameter))

; `else if` is an if_statement in its parent's `alternative`: one flat increment; a plain `else`
; is the statement there.
(if_statement alternative: (if_statement) @else_if)
(if_statement alternative: (_) @else)
(if_statement) @if
(conditional_expression) @ternary

(for_statement) @loop
(foreach_statement) @loop
(while_statement) @loop
(do_statement) @loop

; A switch (statement or expression) nests; each `case` label is a decision, `default` is not;
; each arm of a switch expression is one, but for its discard (`_ =>`).
(switch_statement) @switch
(switch_expression) @switch
(switch_section [(constant_pattern) (declaration_pattern) (recursive_pattern) (type_pattern) (relational_pattern) (or_pattern) (and_pattern) (negated_pattern) (var_pattern) (parenthesized_pattern) (list_pattern)] @case)
(switch_expression_arm . [(constant_pattern) (declaration_pattern) (recursive_pattern) (type_pattern) (relational_pattern) (or_pattern) (and_pattern) (negated_pattern) (var_pattern) (parenthesized_pattern) (list_pattern)] @case)
(catch_clause) @catch

(binary_expression operator: ["&&" "||"] @logical)
; `a ?? b` and `a?.b` branch on null: decisions for cyclomatic complexity (as lizard counts them),
; not for the cognitive score.
(binary_expression operator: "??" @condition)
; `a ??= b` is the same branch, written as an assignment.
(assignment_expression "??=" @condition)
(conditional_access_expression) @condition
; `#if`/`#elif` choose code at build time; lizard counts them, as the C and C++ packs do.
[(preproc_if) (preproc_elif)] @condition
(parenthesized_expression) @group

; `goto` breaks the flow; a plain `break` or `continue` does not (C# has no labelled ones).
(goto_statement) @jump
(return_statement) @return
(invocation_expression function: (identifier) @call)

(comment) @comment
(string_literal) @atom
(verbatim_string_literal) @atom
(raw_string_literal) @atom
(interpolated_string_expression) @atom
(character_literal) @atom
