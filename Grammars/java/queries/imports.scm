; Names other files import, for the index's import table: `references` asks it which files may
; use a definition before parsing them. `import com.example.shop.Cart;` imports `Cart` from the
; package `com.example.shop`; `import static ...Cart.total;` imports `total` from `...Cart`.
(import_declaration
  (scoped_identifier scope: (_) @import.module name: (identifier) @import.name))
