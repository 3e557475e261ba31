; Names other files import, for the index's import table: `references` asks it which files may
; use a definition before parsing them. `use App\Models\User;` imports `User` from the namespace
; `App\Models`; a group `use App\Models\{User, Order};` imports both.
(namespace_use_clause
  (qualified_name (namespace_name_as_prefix (namespace_name) @import.module) (name) @import.name))
(namespace_use_declaration
  (namespace_name) @import.module
  (namespace_use_group (namespace_use_group_clause (namespace_name (name) @import.name .))))
