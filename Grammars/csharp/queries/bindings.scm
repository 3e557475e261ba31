; Names bound to their declared types and to constant strings, for the `resolves-to` rule
; constraint (Grammars/RULES.md, Bindings): `int count` binds `count` to `int` (a value type
; compared with null), `const string Algorithm = "MD5"` binds `Algorithm` to "MD5". Lexical and
; scope-blind on purpose: a name declared with two types in two methods holds both.
(parameter type: (_) @binding.value name: (identifier) @binding.name)
(variable_declaration type: (_) @binding.value (variable_declarator name: (identifier) @binding.name))
(property_declaration type: (_) @binding.value name: (identifier) @binding.name)
(variable_declarator name: (identifier) @binding.name "=" [(string_literal) (verbatim_string_literal) (boolean_literal)] @binding.value)
; `var formatter = new BinaryFormatter()` binds `formatter` to the type it creates (`var` says nothing).
(variable_declarator name: (identifier) @binding.name "=" (object_creation_expression type: [(identifier) (qualified_name)] @binding.value))
; `var sql = string.Format("... '{0}'", region)`: the SQL a name holds, for csharp/sql-string-built.
((variable_declarator name: (identifier) @binding.name "=" [(binary_expression) (interpolated_string_expression) (invocation_expression)] @binding.value)
  (#match? @binding.value "^(\\$?@?\"|[sS]tring\\.(Format|Concat)\\()"))
; A method's body, for csharp/sql-string-built: `new OracleCommand(BuildQuery(run), conn)` runs
; the SQL its body pastes together. Only bodies that hold SQL text are bound.
((method_declaration name: (identifier) @binding.name body: (block) @binding.value)
  (#match? @binding.value "(?i)\"[^\"]*\\b(select|insert|update|delete)\\b"))
