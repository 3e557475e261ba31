; inherits: typescript
; TSX adds JSX: lower-case tags are HTML elements, not variables; `<Foo/>` is a use of `Foo`.

((jsx_opening_element name: (identifier) @ignore) (#match? @ignore "^[a-z]"))
((jsx_closing_element name: (identifier) @ignore) (#match? @ignore "^[a-z]"))
((jsx_self_closing_element name: (identifier) @ignore) (#match? @ignore "^[a-z]"))
(jsx_namespace_name (identifier) @ignore)
