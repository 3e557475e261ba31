; Names bound to their declared types and to their first values, for the `resolves-to` rule
; constraint (Grammars/RULES.md, Bindings): `DocumentBuilder builder = dbf.newDocumentBuilder()`
; binds `builder` to `DocumentBuilder` and to the call, `var rnd = new Random()` to the creation.
; Lexical and scope-blind on purpose: a name declared with two types in two methods holds both.
; A declaration with a value is bound to the value alone, which says more than the declared type
; (`Random r = new SecureRandom()`, `Random r = new Random(42)`).
(formal_parameter type: (_) @binding.value name: (identifier) @binding.name)
(local_variable_declaration type: (_) @binding.value declarator: (variable_declarator name: (identifier) @binding.name !value))
(field_declaration type: (_) @binding.value declarator: (variable_declarator name: (identifier) @binding.name !value))
(variable_declarator name: (identifier) @binding.name value: (_) @binding.value)
(resource name: (identifier) @binding.name value: (_) @binding.value)
(resource type: (_) @binding.value name: (identifier) @binding.name !value)
