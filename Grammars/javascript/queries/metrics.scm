; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Functions get their name from themselves, else from what they are bound to.
(function_declaration name: (_) @name) @function
(generator_function_declaration name: (_) @name) @function
(function_expression name: (_) @name) @function
(generator_function name: (_) @name) @function
(method_definition name: (_) @name) @function
(variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression) (generator_function)] @function)
(assignment_expression left: (identifier) @name right: [(arrow_function) (function_expression) (generator_function)] @function)
(assignment_expression left: (member_expression property: (_) @name) right: [(arrow_function) (function_expression) (generator_function)] @function)
(pair key: (_) @name value: [(arrow_function) (function_expression) (generator_function)] @function)
(field_definition property: (_) @name value: [(arrow_function) (function_expression) (generator_function)] @function)
(arrow_function) @function.anonymous
(function_expression) @function.anonymous
(generator_function) @function.anonymous
(class_declaration name: (_) @name) @class
(class name: (_) @name) @class

(formal_parameters [(identifier) (rest_pattern) (object_pattern) (array_pattern)] @parameter)
; A defaulted parameter: its name is the parameter, the default itself a decision (below).
(formal_parameters (assignment_pattern left: (_) @parameter))
(arrow_function parameter: (identifier) @parameter)

; `else if`: the inner `if` is the else-if; the `else` that only wraps it adds nothing.
(else_clause . (if_statement) @else_if .) @ignore
(if_statement) @if
(else_clause) @else
(ternary_expression) @ternary
(switch_statement) @switch
(switch_case) @case

(for_statement) @loop
(for_in_statement) @loop
(while_statement) @loop
(do_statement) @loop

(catch_clause) @catch

; Default values are decisions (lizard 1.24 and ESLint count them): `function f(a = 1)` is 2.
(assignment_pattern) @condition
(object_assignment_pattern) @condition
(augmented_assignment_expression operator: ["&&=" "||=" "??="] @condition)

(binary_expression operator: ["&&" "||" "??"] @logical)
(parenthesized_expression) @group

(break_statement label: (_)) @jump
(continue_statement label: (_)) @jump
(return_statement) @return
(call_expression function: (identifier) @call)

(comment) @comment
(string) @atom
(template_string) @atom
(regex) @atom
