; Names bound to short values, for the `resolves-to` rule constraint (Grammars/RULES.md, Bindings):
; `let sql = format!("SELECT ... {}", name);` makes `sql` stand for the macro call. Lexical and
; scope-blind on purpose: it links a name to what it may hold.
(let_declaration
  pattern: (identifier) @binding.name
  value: (_) @binding.value)
(assignment_expression
  left: (identifier) @binding.name
  right: (_) @binding.value)
(const_item
  name: (identifier) @binding.name
  value: (_) @binding.value)
(static_item
  name: (identifier) @binding.name
  value: (_) @binding.value)
; A function's body, for `pastes-data`: `order_by(sort)` pastes whatever its `match` returns.
(function_item
  name: (identifier) @binding.name
  body: (block) @binding.value)
