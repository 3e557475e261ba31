; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Functions and methods; closures and arrow functions fold into the function around them.
(function_definition name: (name) @name) @function
(method_declaration name: (name) @name) @function
(anonymous_function_creation_expression) @function.anonymous
(arrow_function) @function.anonymous
(class_declaration name: (name) @name) @class
(interface_declaration name: (name) @name) @class
(trait_declaration name: (name) @name) @class
(enum_declaration name: (name) @name) @class

(formal_parameters [(simple_parameter) (variadic_parameter) (property_promotion_parameter)] @parameter)

; `elseif` and `else if` are one flat increment each; a plain `else` is the clause.
(else_clause body: (if_statement) @else_if)
(else_if_clause) @else_if
(else_clause) @else
(if_statement) @if
(conditional_expression) @ternary

(for_statement) @loop
(foreach_statement) @loop
(while_statement) @loop
(do_statement) @loop

; A switch or match nests; each `case` and each match arm but `default` is a decision.
(switch_statement) @switch
(case_statement) @case
(match_expression) @switch
(match_conditional_expression) @case
(catch_clause) @catch

(binary_expression operator: ["&&" "||" "and" "or"] @logical)
(parenthesized_expression) @group

(break_statement (integer)) @jump
(continue_statement (integer)) @jump
(goto_statement) @jump
(return_statement) @return
(function_call_expression function: (name) @call)

(comment) @comment
(string) @atom
(encapsed_string) @atom
(heredoc) @atom
(nowdoc) @atom
