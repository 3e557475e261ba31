; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. Items (functions, types, constants,
; modules, `use`) are visible in their whole block or module whatever their order; `let` bindings
; from the end of their statement on, so `let x = x + 1` reads the outer `x` (shadowing).
; Items of other modules come in by `use` and `mod` (imports style `rust-modules`... see
; language.json), their paths resolved by the navigator.

; --- Scopes -------------------------------------------------------------------------------------

(source_file) @scope.module

[(function_item)
 (function_signature_item)
 (closure_expression)] @scope.function

; A method cannot name its impl's other items without `Self::`.
((impl_item) @scope.class
 (#set! scope.hidden-from-nested))
((trait_item) @scope.class
 (#set! scope.hidden-from-nested))

; Generic parameters of a type belong to its declaration.
[(struct_item) (enum_item) (union_item) (type_item)] @scope.type

[(block)
 (for_expression)
 (if_expression)
 (while_expression)
 (match_arm)] @scope.block
(mod_item body: (declaration_list) @scope.block)

; `for x in xs.iter()`: the iterable is evaluated before the loop's variable exists.
(for_expression value: (_) @outer)

; --- Definitions ----------------------------------------------------------------------------------

((function_item name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent"))
((function_signature_item name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent"))
((struct_item name: (type_identifier) @definition.struct) @statement
  (#set! definition.scope "parent"))
((union_item name: (type_identifier) @definition.struct) @statement
  (#set! definition.scope "parent"))
((enum_item name: (type_identifier) @definition.enum) @statement
  (#set! definition.scope "parent"))
((type_item name: (type_identifier) @definition.type) @statement
  (#set! definition.scope "parent"))
((trait_item name: (type_identifier) @definition.interface) @statement
  (#set! definition.scope "parent"))
(enum_variant name: (identifier) @definition.enum_member)
(associated_type name: (type_identifier) @definition.type)
((const_item name: (identifier) @definition.constant) @statement)
((static_item name: (identifier) @definition.variable) @statement)
((macro_definition name: (identifier) @definition.function) @statement)

; `mod cart;` binds `cart`, the module in `cart.rs` or `cart/mod.rs` beside this one.
((mod_item name: (identifier) @definition.module body: (_)) @statement)
((mod_item name: (identifier) @definition.import @import.module) @statement
  (#not-match? @statement "\\{"))

(type_parameters (type_identifier) @definition.type_parameter)
(constrained_type_parameter left: (type_identifier) @definition.type_parameter)

; Parameters, of functions and closures; destructuring patterns define the names inside them.
(parameter pattern: (identifier) @definition.parameter)
(parameter pattern: [(tuple_pattern) (struct_pattern) (tuple_struct_pattern) (ref_pattern) (slice_pattern) (mut_pattern) (reference_pattern)] @definition.parameter)
(closure_parameters (identifier) @definition.parameter)
(closure_parameters [(tuple_pattern) (struct_pattern) (tuple_struct_pattern) (ref_pattern) (mut_pattern) (reference_pattern)] @definition.parameter)

((let_declaration pattern: (identifier) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((let_declaration pattern: (_) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((let_condition pattern: (identifier) @definition.variable) @statement
  (#set! definition.after-statement))
((let_condition pattern: (_) @definition.variable) @statement
  (#set! definition.after-statement))
(for_expression pattern: (identifier) @definition.variable)
(for_expression pattern: (_) @definition.variable)
(match_arm pattern: (match_pattern . (identifier) @definition.variable))
(match_arm pattern: (match_pattern . [(tuple_pattern) (struct_pattern) (tuple_struct_pattern) (ref_pattern) (slice_pattern) (or_pattern) (captured_pattern) (mut_pattern) (reference_pattern)] @definition.variable))

; Names inside patterns: lower-case ones bind (`Some(x)`), upper-case ones are constants and
; unit variants (`None`, `MAX`).
((tuple_pattern (identifier) @binding) (#match? @binding "^[a-z_]"))
((tuple_struct_pattern type: (_) (identifier) @binding) (#match? @binding "^[a-z_]"))
((slice_pattern (identifier) @binding) (#match? @binding "^[a-z_]"))
((or_pattern (identifier) @binding) (#match? @binding "^[a-z_]"))
((field_pattern pattern: (identifier) @binding) (#match? @binding "^[a-z_]"))
(field_pattern name: (shorthand_field_identifier) @binding)
(mut_pattern (identifier) @binding)
(ref_pattern (identifier) @binding)
(reference_pattern (identifier) @binding)
(captured_pattern . (identifier) @binding)


; `use crate::shop::Cart;` binds `Cart`, a name of the module `crate::shop`; `use a::b as c;`
; binds `c`; `use a::{B, C};` binds each listed name of `a`.
((use_declaration argument: (scoped_identifier path: (_) @import.module name: (identifier) @definition.import @import.name)) @statement)
((use_declaration argument: (use_as_clause path: (scoped_identifier path: (_) @import.module name: (identifier) @import.name) alias: (identifier) @definition.import)) @statement)
((use_declaration argument: (scoped_use_list path: (_) @import.module list: (use_list (identifier) @definition.import @import.name))) @statement)
((use_declaration argument: (scoped_use_list path: (_) @import.module list: (use_list (use_as_clause path: (identifier) @import.name alias: (identifier) @definition.import)))) @statement)
((use_declaration argument: (identifier) @definition.import @import.module) @statement)

; Assignments write a variable (`x = f()`; `x += 1` reads it too, and still changes it).
(assignment_expression left: (identifier) @reference.write)
(compound_assignment_expr left: (identifier) @reference.write)

; --- Members ----------------------------------------------------------------------------------------

; `cart::Cart`, `Cart::new`: a name looked up in what the path names (a module, a type).
(scoped_identifier path: (identifier) @member.object name: (identifier) @member)
(scoped_type_identifier path: (identifier) @member.object name: (type_identifier) @member)

; --- Identifiers that name no variable ------------------------------------------------------------

(use_declaration (_ (identifier) @ignore))
(use_declaration (_ (_ (identifier) @ignore)))
(use_declaration (_ (_ (_ (identifier) @ignore))))
(use_list (scoped_identifier (identifier) @ignore))
(scoped_identifier name: (identifier) @ignore)
(scoped_identifier path: (scoped_identifier) name: (identifier) @ignore)
(scoped_type_identifier name: (type_identifier) @ignore)
(attribute_item (_) @ignore)
(attribute_item (attribute (identifier) @ignore))
(attribute_item (attribute (token_tree (identifier) @ignore)))
(inner_attribute_item (attribute (identifier) @ignore))
(inner_attribute_item (attribute (token_tree (identifier) @ignore)))
(lifetime (identifier) @ignore)
(label (identifier) @ignore)
(macro_invocation macro: (identifier) @ignore)
(field_pattern name: (field_identifier) @ignore)
((identifier) @ignore (#eq? @ignore "_"))

(identifier) @reference
(type_identifier) @reference
