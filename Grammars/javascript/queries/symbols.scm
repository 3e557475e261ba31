; Document outline (see Grammars/python/queries/symbols.scm for the conventions).

(class_declaration
  name: (_) @name) @definition.class

(function_declaration
  name: (_) @name) @definition.function

(generator_function_declaration
  name: (_) @name) @definition.function

(method_definition
  name: (_) @name) @definition.method

(field_definition
  property: (_) @name) @definition.field

; Functions bound to names: `const f = () => ...`, `let g = function () {...}`
(variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function_expression) (generator_function)]) @definition.function

(variable_declarator
  name: (identifier) @name
  value: (class)) @definition.class

; `obj.method = function () {...}` and `module.exports.f = () => ...`
(expression_statement
  (assignment_expression
    left: (member_expression property: (property_identifier) @name)
    right: [(arrow_function) (function_expression)]) @definition.function)

; Top-level bindings, plain or exported: SCREAMING_CASE consts are constants.
(program
  [(lexical_declaration "const" (variable_declarator name: (identifier) @name) @definition.constant)
   (export_statement
     (lexical_declaration "const" (variable_declarator name: (identifier) @name) @definition.constant))]
  (#match? @name "^_*[A-Z][A-Z0-9_]*$"))

(program
  [(lexical_declaration (variable_declarator name: (identifier) @name) @definition.variable)
   (variable_declaration (variable_declarator name: (identifier) @name) @definition.variable)
   (export_statement
     [(lexical_declaration (variable_declarator name: (identifier) @name) @definition.variable)
      (variable_declaration (variable_declarator name: (identifier) @name) @definition.variable)])])

; Named function expressions (`arr.map(function getPriority(x) {...})`,
; `module.exports = function archy() {...}`) are definitions too.
(function_expression
  name: (identifier) @name) @definition.function

; Methods of object literals: `{ warn: function () {}, load: () => {} }`
(pair
  key: [(property_identifier) (string)] @name
  value: [(arrow_function) (function_expression) (generator_function)]) @definition.method

; `Codec.prototype.decode = decodeImpl`
(expression_statement
  (assignment_expression
    left: (member_expression
      object: (member_expression property: (property_identifier) @prototype)
      property: (property_identifier) @name)
    right: (identifier)) @definition.method
  (#eq? @prototype "prototype"))

; `this.x = ...` in a constructor: a field of the class (listed once, under the class).
(method_definition
  name: (property_identifier) @constructor
  body: (statement_block
    (expression_statement
      (assignment_expression
        left: (member_expression object: (this) property: (property_identifier) @name)) @definition.field))
  (#eq? @constructor "constructor"))

; Named class expressions: `module.exports = class Agent extends Base {...}`
(class
  name: (identifier) @name) @definition.class
