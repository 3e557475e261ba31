; Names bound to values, for the `resolves-to` rule constraint (Grammars/RULES.md): a rule can
; then see through an alias or a named constant to what it stands for. The value's text is what
; the constraint's expression is matched against, and a value that is itself a bound name is
; followed further. Lexical and scope-blind on purpose: it links names, it proves nothing alone.
; Grammars/typescript/queries/bindings.scm mirrors this file; keep the two in step.

; `const run = promisify(exec)`, `const HOST = "0.0.0.0"`, `const cp = require("child_process")`.
(variable_declarator
  name: (identifier) @binding.name
  value: [(identifier) (member_expression) (call_expression) (await_expression) (string) (template_string)
          (number) (true) (false) (object) (array) (binary_expression) (parenthesized_expression)] @binding.value)
; `const client = url.startsWith("https:") ? https : http`: `client` stands for either.
(variable_declarator
  name: (identifier) @binding.name
  value: (ternary_expression consequence: [(identifier) (member_expression)] @binding.value))
(variable_declarator
  name: (identifier) @binding.name
  value: (ternary_expression alternative: [(identifier) (member_expression)] @binding.value))
; `import { exec as run } from "child_process"`: `run` stands for `exec`.
(import_specifier name: (identifier) @binding.value alias: (identifier) @binding.name)
; `import handler from "errorhandler"`, `import * as cp from "node:child_process"`: the module.
(import_statement (import_clause (identifier) @binding.name) source: (string) @binding.value)
(import_statement (import_clause (namespace_import (identifier) @binding.name)) source: (string) @binding.value)
; `const { exec: run } = require("child_process")`: `run` stands for `exec`.
(object_pattern (pair_pattern key: (property_identifier) @binding.value value: (identifier) @binding.name))
