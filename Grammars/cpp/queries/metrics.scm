; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; `class EXPORT_API Widget { ... }` reads to tree-sitter as a function (symbols.scm explains):
; a class, whose member functions are measured on their own.
(function_definition type: [(class_specifier) (struct_specifier)] declarator: (identifier) @name body: (_)) @class
(class_specifier name: (_) @name body: (_)) @class
(struct_specifier name: (_) @name body: (_)) @class

(function_definition
  declarator: [(function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name) (qualified_identifier name: [(identifier) (destructor_name) (operator_name) (template_function) (qualified_identifier name: (_))])] @name)
               (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name) (qualified_identifier name: [(identifier) (destructor_name) (operator_name) (template_function) (qualified_identifier name: (_))])] @name))
               (reference_declarator (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name) (qualified_identifier name: [(identifier) (destructor_name) (operator_name) (template_function) (qualified_identifier name: (_))])] @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: [(identifier) (field_identifier) (destructor_name) (operator_name) (qualified_identifier name: [(identifier) (destructor_name) (operator_name) (template_function) (qualified_identifier name: (_))])] @name)))]) @function
(function_definition) @function
(lambda_expression) @function.anonymous

; The function's own parameters, not those of function pointers among them. `f(void)` has none.
(function_definition declarator: (_ parameters: (parameter_list [(parameter_declaration declarator: (_)) (optional_parameter_declaration) (variadic_parameter_declaration)] @parameter)))
(function_definition declarator: (_ (_ parameters: (parameter_list [(parameter_declaration declarator: (_)) (optional_parameter_declaration) (variadic_parameter_declaration)] @parameter))))
(function_definition declarator: (_ parameters: (parameter_list "..." @parameter)))
(lambda_expression declarator: (abstract_function_declarator parameters: (parameter_list (_) @parameter)))

; `else if`: the inner `if` is the else-if; the `else` that only wraps it adds nothing.
(else_clause . (if_statement) @else_if .) @ignore
(if_statement) @if
(else_clause) @else
(conditional_expression) @ternary
(switch_statement) @switch
(case_statement value: (_)) @case

(for_statement) @loop
(for_range_loop) @loop
(while_statement) @loop
(do_statement) @loop

(catch_clause) @catch

(binary_expression operator: ["&&" "||" "and" "or"] @logical)
(parenthesized_expression) @group

; Conditional compilation inside a function is a path through it: lizard counts `#if`,
; `#ifdef` and `#elif` (not `#ifndef`, whose usual use is an include guard).
[(preproc_if) (preproc_ifdef "#ifdef") (preproc_elif)] @condition

(goto_statement) @jump
(return_statement) @return
(call_expression function: (identifier) @call)

(comment) @comment
(string_literal) @atom
(raw_string_literal) @atom
(char_literal) @atom
(concatenated_string) @atom
