; Constants bound to their values, for the `resolves-to` rule constraint (Grammars/RULES.md,
; Bindings): `ALGORITHM = "MD5"` binds `ALGORITHM` to the string. Lexical and scope-blind, as in
; the other languages: a constant assigned twice holds both values.
(assignment left: (constant) @binding.name right: (_) @binding.value)
