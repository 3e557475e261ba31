; Document outline. Each pattern marks a whole definition with @definition.<kind> and its name
; with @name; nesting comes from containment. When two patterns describe one name, the earlier
; pattern wins, so specific patterns come first.

; Classes deriving from an Enum base are enums.
(class_definition
  name: (identifier) @name
  superclasses: (argument_list
    [(identifier) @base
     (attribute attribute: (identifier) @base)])
  (#any-of? @base "Enum" "IntEnum" "StrEnum" "Flag" "IntFlag")) @definition.enum

(class_definition
  name: (identifier) @name) @definition.class

(function_definition
  name: (identifier) @name) @definition.function

; Python 3.12 `type Alias = ...`
(type_alias_statement
  left: (type (identifier) @name)) @definition.type

; `Alias: TypeAlias = ...`
(module
  (expression_statement
    (assignment
      left: (identifier) @name
      type: (type (identifier) @annotation)) @definition.type)
  (#eq? @annotation "TypeAlias"))

; Module-level names: SCREAMING_CASE is a constant by convention (PEP 8).
(module
  (expression_statement
    (assignment
      left: (identifier) @name) @definition.constant)
  (#match? @name "^_*[A-Z][A-Z0-9_]*$"))

(module
  (expression_statement
    (assignment
      left: (identifier) @name) @definition.variable)
  (#not-match? @name "^_*[A-Z][A-Z0-9_]*$"))

; Class attributes; members of an Enum are its enum members.
(class_definition
  superclasses: (argument_list
    [(identifier) @base
     (attribute attribute: (identifier) @base)])
  body: (block
    (expression_statement
      (assignment
        left: (identifier) @name) @definition.enum_member))
  (#any-of? @base "Enum" "IntEnum" "StrEnum" "Flag" "IntFlag"))

(class_definition
  body: (block
    (expression_statement
      (assignment
        left: (identifier) @name) @definition.field)))

; Attributes assigned in the constructor are fields of the class (listed once, under the class).
(function_definition
  name: (identifier) @constructor
  body: (block
    (expression_statement
      (assignment
        left: (attribute object: (identifier) @self attribute: (identifier) @name)) @definition.field))
  (#eq? @constructor "__init__")
  (#eq? @self "self"))
