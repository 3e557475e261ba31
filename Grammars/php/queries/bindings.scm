; Names bound to their values, for the `resolves-to` rule constraint (Grammars/RULES.md,
; Bindings): `$computed = 'sha256=' . hash_hmac(...)` binds `$computed` to the concatenation.
; Lexical and scope-blind on purpose, as in the other languages.
(assignment_expression left: (variable_name) @binding.name right: (_) @binding.value)
