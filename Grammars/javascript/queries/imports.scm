; Names other files import, for the index's import table: `references` asks it which files may
; use a definition before parsing them. @import.name is the imported name (`default` for default
; imports), @import.module the module specifier.
(import_statement
  (import_clause (named_imports (import_specifier name: (_) @import.name)))
  source: (string) @import.module)
((import_statement
  (import_clause (identifier) @import.name)
  source: (string) @import.module)
 (#set! import.default))
; Re-exports pass a name on: files importing from the re-exporting module reach the original.
(export_statement
  (export_clause (export_specifier name: (_) @import.name))
  source: (string) @import.module)
; CommonJS: const { a, b: c } = require("./m")
(variable_declarator
  name: (object_pattern [(shorthand_property_identifier_pattern) @import.name
                         (pair_pattern key: (_) @import.name)])
  value: (call_expression
    function: (identifier) @require
    arguments: (arguments . (string) @import.module))
  (#eq? @require "require"))
