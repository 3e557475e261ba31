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
