; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Functions and classes
(function_definition name: (identifier) @name) @function
; A lambda is an expression: folded into the code around it, as lizard counts it.
(lambda) @function.inline
(class_definition name: (identifier) @name) @class

(parameters [(identifier) (typed_parameter) (default_parameter) (typed_default_parameter)
             (list_splat_pattern) (dictionary_splat_pattern)] @parameter)
(lambda_parameters [(identifier) (default_parameter) (list_splat_pattern) (dictionary_splat_pattern)] @parameter)

; Branches. `elif` and `else` sit inside their `if`, which already nests them.
(if_statement) @if
(elif_clause) @else_if
(else_clause) @else
(conditional_expression) @ternary
(match_statement) @switch
(case_clause) @case

; Loops; comprehension clauses count for cyclomatic complexity only, as lizard counts them.
(for_statement) @loop
(while_statement) @loop
(for_in_clause) @condition
(if_clause) @condition

; Exceptions: lizard counts `finally` as a decision point in Python.
(except_clause) @catch
(except_group_clause) @catch
(finally_clause) @condition

(boolean_operator operator: _ @logical)
(parenthesized_expression) @group

(return_statement) @return
(call function: (identifier) @call)

; Not code for NLOC: comments and docstrings (a string alone as the first statement).
(comment) @comment
(module . (expression_statement (string)) @comment)
(block . (expression_statement (string)) @comment)
(string) @atom
