; Strings that name code, so that a name mentioned only there is still in use for the unused-name
; rules (`unreferenced` constraint): `__all__` entries, string annotations (forward references),
; and attribute names given to getattr/hasattr/setattr/delattr. Other strings are data: a key
; "phone" does not use a variable `phone`.
(assignment
  left: (identifier) @all
  right: [(list (string) @use) (tuple (string) @use)]
  (#eq? @all "__all__"))
(augmented_assignment
  left: (identifier) @all
  right: [(list (string) @use) (tuple (string) @use)]
  (#eq? @all "__all__"))
(type (string) @use)
(type (_ (string) @use))
(call
  function: (identifier) @function
  arguments: (argument_list . (_) . (string) @use)
  (#any-of? @function "getattr" "hasattr" "setattr" "delattr"))
; `__all__.extend([...])` and `__all__.append("x")`, as modules that export names only on some
; platforms write it (pyflakes reads them the same way).
(call
  function: (attribute object: (identifier) @all attribute: (identifier) @method)
  arguments: (argument_list . [(list (string) @use) (tuple (string) @use)] .)
  (#eq? @all "__all__")
  (#eq? @method "extend"))
(call
  function: (attribute object: (identifier) @all attribute: (identifier) @method)
  arguments: (argument_list . (string) @use .)
  (#eq? @all "__all__")
  (#eq? @method "append"))
; `typing.cast("TextIO", x)` and `TypeVar("T", bound="Node")`: the type is a string annotation,
; read as code (pyflakes does the same).
(call
  function: [(identifier) @callee (attribute attribute: (identifier) @callee)]
  arguments: (argument_list . (string) @use)
  (#eq? @callee "cast"))
(call
  function: [(identifier) @callee (attribute attribute: (identifier) @callee)]
  arguments: (argument_list (keyword_argument name: (identifier) @key value: (string) @use))
  (#eq? @callee "TypeVar")
  (#eq? @key "bound"))
