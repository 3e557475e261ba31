; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.
; Cyclomatic decisions are those lizard counts in Ruby: if, elsif, while, until, for, when,
; rescue, ensure, and/or, &&/||, ||=/&&=, ?:, modifier forms included. lizard does not count
; `unless`; to agree with it, `unless` is an if that counts for cognitive complexity only.

(method name: (_) @name) @function
(singleton_method name: (_) @name) @function
; Blocks (`each do ... end`, `{ |x| ... }`) are part of the method that passes them; a lambda is a
; closure, folded into its parent too.
(lambda) @function.anonymous
(class name: [(constant) @name (scope_resolution name: (constant) @name)]) @class
(module name: [(constant) @name (scope_resolution name: (constant) @name)]) @class

(method_parameters (_) @parameter)
(lambda_parameters (_) @parameter)

; `elsif` and `else` sit inside their `if`, which nests them.
(elsif) @else_if
(else) @else
(if) @if
(unless) @if.uncounted
(if_modifier) @if
(unless_modifier) @if.uncounted
(conditional) @ternary

(while) @loop
(until) @loop
(for) @loop
(while_modifier) @loop
(until_modifier) @loop

(case) @switch
(case_match) @switch
(when) @case
(in_clause) @case

(rescue) @catch
(rescue_modifier) @catch
(ensure) @condition

(binary operator: ["&&" "||" "and" "or"] @logical)
(operator_assignment operator: ["||=" "&&="] @logical)
(parenthesized_statements) @group

(return) @return
(call !receiver method: (identifier) @call)

(comment) @comment
(string) @atom
(simple_symbol) @atom
