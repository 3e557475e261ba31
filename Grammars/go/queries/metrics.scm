; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Functions and methods; a func literal is a closure, folded into the function around it.
(function_declaration name: (identifier) @name) @function
(method_declaration name: (field_identifier) @name) @function
(func_literal) @function.anonymous

; Parameters of the function itself (not its receiver, results or type parameters).
(function_declaration parameters: (parameter_list [(parameter_declaration name: (identifier) @parameter)
                                                   (variadic_parameter_declaration) @parameter]))
(method_declaration parameters: (parameter_list [(parameter_declaration name: (identifier) @parameter)
                                                 (variadic_parameter_declaration) @parameter]))
(func_literal parameters: (parameter_list [(parameter_declaration name: (identifier) @parameter)
                                           (variadic_parameter_declaration) @parameter]))
; Unnamed parameters (`func(int, string)`) count once each.
(function_declaration parameters: (parameter_list (parameter_declaration !name) @parameter))
(method_declaration parameters: (parameter_list (parameter_declaration !name) @parameter))
(func_literal parameters: (parameter_list (parameter_declaration !name) @parameter))

; `else if` is an if_statement in its parent's `alternative`: one flat increment; a plain `else`
; is the block there.
(if_statement alternative: (if_statement) @else_if)
(if_statement alternative: (block) @else)
(if_statement) @if

; Go has one loop, `for`, in all its forms.
(for_statement) @loop

; switch, type switch and select nest; each `case` is a decision, `default` is not.
(expression_switch_statement) @switch
(type_switch_statement) @switch
(select_statement) @switch
(expression_case) @case
(type_case) @case
(communication_case) @case

(binary_expression operator: ["&&" "||"] @logical)
(parenthesized_expression) @group

; goto and labelled break/continue break the flow.
(goto_statement) @jump
(break_statement (label_name)) @jump
(continue_statement (label_name)) @jump
(return_statement) @return
(call_expression function: (identifier) @call)

(comment) @comment
(interpreted_string_literal) @atom
(raw_string_literal) @atom
(rune_literal) @atom
