; Document outline (see Grammars/python/queries/symbols.scm for the conventions). The TypeScript
; grammar pins an older JavaScript base than Grammars/javascript (`function` rather than
; `function_expression`), so this file stands alone instead of inheriting.

(class_declaration
  name: (_) @name) @definition.class

(abstract_class_declaration
  name: (_) @name) @definition.class

(interface_declaration
  name: (_) @name) @definition.interface

(type_alias_declaration
  name: (_) @name) @definition.type

(enum_declaration
  name: (_) @name) @definition.enum

(enum_body
  [(property_identifier) @name @definition.enum_member
   (enum_assignment name: (_) @name) @definition.enum_member])

(internal_module
  name: (_) @name) @definition.namespace

(module
  name: (_) @name) @definition.module

(function_declaration
  name: (_) @name) @definition.function

(generator_function_declaration
  name: (_) @name) @definition.function

(function_signature
  name: (_) @name) @definition.function

(method_definition
  name: (_) @name) @definition.method

(method_signature
  name: (_) @name) @definition.method

(abstract_method_signature
  name: (_) @name) @definition.method

(public_field_definition
  name: (_) @name) @definition.field

(property_signature
  name: (_) @name) @definition.property

(variable_declarator
  name: (identifier) @name
  value: [(arrow_function) (function) (generator_function)]) @definition.function

(variable_declarator
  name: (identifier) @name
  value: (class)) @definition.class

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
(function
  name: (identifier) @name) @definition.function

; Methods of object literals: `{ warn: function () {}, load: () => {} }`
(pair
  key: [(property_identifier) (string)] @name
  value: [(arrow_function) (function) (generator_function)]) @definition.method

; `Codec.prototype.decode = decodeImpl`
(expression_statement
  (assignment_expression
    left: (member_expression
      object: (member_expression property: (property_identifier) @prototype)
      property: (property_identifier) @name)
    right: (identifier)) @definition.method
  (#eq? @prototype "prototype"))

; `obj.method = function () {...}` and `module.exports.f = () => ...`
(expression_statement
  (assignment_expression
    left: (member_expression property: (property_identifier) @name)
    right: [(arrow_function) (function)]) @definition.function)

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
  name: (type_identifier) @name) @definition.class
