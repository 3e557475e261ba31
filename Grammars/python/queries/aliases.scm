; What imported names stand for, for rule predicates (Grammars/RULES.md, Aliases): the name a file
; uses (@alias.name), its module (@alias.module) and the member taken from it (@alias.member).

; `import hashlib as hl`: `hl` reads as `hashlib`.
(import_statement name: (aliased_import name: (dotted_name) @alias.module alias: (identifier) @alias.name))
; `from pickle import loads`: `loads` reads as `pickle.loads`.
(import_from_statement module_name: (dotted_name) @alias.module name: (dotted_name) @alias.member @alias.name)
; `from subprocess import check_output as co`: `co` reads as `subprocess.check_output` and `check_output`.
(import_from_statement module_name: (dotted_name) @alias.module
  name: (aliased_import name: (dotted_name) @alias.member alias: (identifier) @alias.name))
