; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))
               (pointer_declarator declarator: (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))))
               (function_declarator declarator: (parenthesized_declarator (identifier) @name))
               (function_declarator declarator: (parenthesized_declarator (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))))]) @function
(function_definition) @function

; The function's own parameters, not those of function pointers among them. `f(void)` has none.
(function_definition declarator: (_ parameters: (parameter_list (parameter_declaration declarator: (_)) @parameter)))
(function_definition declarator: (_ declarator: (_ parameters: (parameter_list (parameter_declaration declarator: (_)) @parameter))))
(function_definition declarator: (_ parameters: (parameter_list (variadic_parameter) @parameter)))

; `else if`: the inner `if` is the else-if; the `else` that only wraps it adds nothing.
(else_clause . (if_statement) @else_if .) @ignore
(if_statement) @if
(else_clause) @else
(conditional_expression) @ternary
(switch_statement) @switch
(case_statement value: (_)) @case

(for_statement) @loop
(while_statement) @loop
(do_statement) @loop

(binary_expression operator: ["&&" "||"] @logical)
(parenthesized_expression) @group

; Conditional compilation inside a function is a path through it: lizard counts `#if`,
; `#ifdef` and `#elif` (not `#ifndef`, whose usual use is an include guard).
[(preproc_if) (preproc_ifdef "#ifdef") (preproc_elif)] @condition

(goto_statement) @jump
(return_statement) @return
(call_expression function: (identifier) @call)

(comment) @comment
(string_literal) @atom
(char_literal) @atom
(concatenated_string) @atom
