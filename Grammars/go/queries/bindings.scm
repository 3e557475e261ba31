; Names bound to short values, for the `resolves-to` rule constraint (Grammars/RULES.md, Bindings):
; `q := fmt.Sprintf("SELECT ... '%s'", name)` makes `q` stand for the call, `const host = "0.0.0.0"`
; for the string. Lexical and scope-blind on purpose: it links a name to what it may hold.
(short_var_declaration
  left: (expression_list . (identifier) @binding.name .)
  right: (expression_list . (_) @binding.value .))
(assignment_statement
  left: (expression_list . (identifier) @binding.name .)
  operator: "="
  right: (expression_list . (_) @binding.value .))
(var_spec
  name: (identifier) @binding.name
  value: (expression_list . (_) @binding.value .))
(const_spec
  name: (identifier) @binding.name
  value: (expression_list . (_) @binding.value .))
; A struct field given a value in a composite literal (`&service{rng: rand.New(...)}`), for the
; field's uses through the receiver (`s.rng.Intn(...)`).
(keyed_element
  key: (literal_element (identifier) @binding.name)
  value: (literal_element (_) @binding.value))
