; What imported names stand for, for rule predicates (Grammars/RULES.md, Aliases): the name a file
; uses (@alias.name) and the package's import path (@alias.module). A rule asks for the path,
; `(#eq? @package "math/rand")`, and so tells `math/rand` from `crypto/rand`, both used as `rand`.

; `import mrand "math/rand"`: `mrand` reads as `math/rand`.
(import_spec
  name: (package_identifier) @alias.name
  path: (_ (interpreted_string_literal_content) @alias.module))
; `import "math/rand"`: `rand`, the last element of the path, reads as `math/rand`.
((import_spec
   !name
   path: (_ (interpreted_string_literal_content) @alias.name @alias.module))
 (#set! alias.name-match "([A-Za-z_][A-Za-z0-9_]*)(?:\\.v[0-9]+)?(?:/v[0-9]+)?$"))
