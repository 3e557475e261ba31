; Complexity roles (see README "Metrics queries"). Earlier patterns win when several match a node.

; Functions and methods; a closure is folded into the function around it. An impl or trait
; qualifies its methods' names (`Cart::total`).
(function_item name: (identifier) @name) @function
(closure_expression) @function.anonymous
(impl_item type: [(type_identifier) @name
                  (generic_type type: (type_identifier) @name)
                  (scoped_type_identifier name: (type_identifier) @name)]) @class
(trait_item name: (type_identifier) @name) @class

; `self` is the receiver, not a parameter.
(function_item parameters: (parameters (parameter) @parameter))
(closure_expression parameters: (closure_parameters [(identifier) (parameter) (tuple_pattern) (ref_pattern) (mut_pattern) (reference_pattern) (struct_pattern) (tuple_struct_pattern)] @parameter))

; `else if` is an if_expression inside the `else` clause: one flat increment; a plain `else` is
; the block there.
(else_clause (if_expression) @else_if)
(else_clause (block) @else)
(if_expression) @if
; `let Some(x) = v else { return }`: a branch out, as lizard counts it.
(let_declaration alternative: (block) @condition)

(for_expression) @loop
(while_expression) @loop
; `loop` has no condition: no path of its own for cyclomatic complexity, but it nests and costs
; understanding like any loop, which is what the switch role counts.
(loop_expression) @switch

; A match nests; each arm but the last is a decision (the last is what remains), as lizard
; counts `=>`s after the first.
(match_expression) @switch
(match_block (match_arm) @case . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . (match_arm))
; Comments between arms (up to eight lines of them) do not make an arm the last.
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))
(match_block (match_arm) @case . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . [(line_comment) (block_comment)] . (match_arm))

; `f()?` returns early when f fails: a path of its own.
(try_expression) @condition
; A match arm's guard (`n if n > 2 =>`) is a decision of its own.
(match_pattern condition: (_) @condition)

; Macro arguments are tokens, not expressions, yet `assert!(a && b)` and `cfg_if! { if ... }`
; branch like code: their operators and keywords count as lizard counts them.
(token_tree ["&&" "||"] @logical)
(token_tree ["if" "for" "while"] @condition)
; ... and `?` returns early there as it does outside (`cvt(libc::pipe2(...))?` in `cfg_if!`).
(token_tree "?" @condition)

(binary_expression operator: ["&&" "||"] @logical)
(parenthesized_expression) @group

; Labelled break/continue break the flow.
(break_expression (label)) @jump
(continue_expression (label)) @jump
(return_expression) @return
(call_expression function: (identifier) @call)

(line_comment) @comment
(block_comment) @comment
(string_literal) @atom
(raw_string_literal) @atom
(char_literal) @atom
