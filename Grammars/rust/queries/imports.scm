; Names other files import, for the index's import table: `references` asks it which files may
; use a definition before parsing them. `use crate::shop::Cart;` imports `Cart` from the module
; `crate::shop`; `use crate::shop::{Cart, Item as Line};` imports `Cart` and `Item`.
(use_declaration
  argument: (scoped_identifier path: (_) @import.module name: (identifier) @import.name))
(use_declaration
  argument: (use_as_clause path: (scoped_identifier path: (_) @import.module name: (identifier) @import.name)))
(use_declaration
  argument: (scoped_use_list path: (_) @import.module list: (use_list (identifier) @import.name)))
(use_declaration
  argument: (scoped_use_list path: (_) @import.module list: (use_list (use_as_clause path: (identifier) @import.name))))
