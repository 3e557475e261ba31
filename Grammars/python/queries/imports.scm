; Names other files import, for the index's import table: `references` asks it which files may
; use a definition before parsing them. @import.name is the imported name, @import.module the
; module text. Names bound by `import a.b` are modules, found by name lookups instead.
(import_from_statement
  module_name: (_) @import.module
  name: (dotted_name) @import.name)
(import_from_statement
  module_name: (_) @import.module
  name: (aliased_import name: (dotted_name) @import.name))
