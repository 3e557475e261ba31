; Names bound to short values, for the `resolves-to` rule constraint (Grammars/RULES.md, Bindings):
; `HOST = "0.0.0.0"`, `DEBUG = True`, `VERIFY_TLS = False`, `ALGORITHM = "md5"`. Lexical and
; scope-blind on purpose: it links a name to what it may hold, it proves nothing alone; a name
; computed at run time (`DEBUG = os.getenv("DEBUG") == "1"`) has no binding here. Lists and calls
; are bound too, so that a rule can tell a list (`names = []`, `list(...)`, `.split()`) from a set,
; and dicts, so that one can tell a Mongo filter with `$where` kept under a name.
(assignment
  left: (identifier) @binding.name
  right: [(string) (true) (false) (integer) (float) (none) (identifier) (attribute)
          (list) (list_comprehension) (call) (dictionary)] @binding.value)
; A generator or client kept in a field of the object (`self.rng = random.Random()`), bound under
; the field's name, for the rules that follow such objects (`self.rng.getrandbits(64)`).
(assignment
  left: (attribute object: (identifier) @self attribute: (identifier) @binding.name)
  right: (call) @binding.value
  (#eq? @self "self"))
