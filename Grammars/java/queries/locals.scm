; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. A type's members (fields, methods,
; nested types) are visible in the whole type, whatever their order, and in the methods nested in
; it; locals are block-scoped and visible from their declarator on. The other classes of the
; package are not visible here: the navigator finds them in the folder (imports style
; `package-folder` in language.json).

; --- Scopes -------------------------------------------------------------------------------------

(program) @scope.module

[(class_declaration)
 (interface_declaration)
 (enum_declaration)
 (record_declaration)
 (annotation_type_declaration)
 (object_creation_expression (class_body))] @scope.class

[(method_declaration)
 (constructor_declaration)
 (compact_constructor_declaration)
 (lambda_expression)] @scope.function

[(block)
 (for_statement)
 (enhanced_for_statement)
 (catch_clause)
 (try_with_resources_statement)
 (switch_block_statement_group)
 (switch_rule)] @scope.block

; --- Definitions ----------------------------------------------------------------------------------

((class_declaration name: (identifier) @definition.class) @statement
  (#set! definition.scope "parent"))
((record_declaration name: (identifier) @definition.class) @statement
  (#set! definition.scope "parent"))
((interface_declaration name: (identifier) @definition.interface) @statement
  (#set! definition.scope "parent"))
((annotation_type_declaration name: (identifier) @definition.interface) @statement
  (#set! definition.scope "parent"))
((enum_declaration name: (identifier) @definition.enum) @statement
  (#set! definition.scope "parent"))
((method_declaration name: (identifier) @definition.method) @statement
  (#set! definition.scope "parent"))
((annotation_type_element_declaration name: (identifier) @definition.method) @statement)
(enum_constant name: (identifier) @definition.constant)

(type_parameter (type_identifier) @definition.type_parameter)

(field_declaration declarator: (variable_declarator name: (identifier) @definition.field) @statement)
(constant_declaration declarator: (variable_declarator name: (identifier) @definition.constant) @statement)
(record_declaration parameters: (formal_parameters (formal_parameter name: (identifier) @definition.field)))

(formal_parameter name: (identifier) @definition.parameter)
(spread_parameter (variable_declarator name: (identifier) @definition.parameter))
(catch_formal_parameter name: (identifier) @definition.parameter)
(lambda_expression parameters: (identifier) @definition.parameter)
(lambda_expression parameters: (inferred_parameters (identifier) @definition.parameter))

; Locals are visible from their declarator on: `int y = x` before `int x` reads an outer `x`.
((local_variable_declaration declarator: (variable_declarator name: (identifier) @definition.variable)) @statement
  (#set! definition.sequential))
((enhanced_for_statement name: (identifier) @definition.variable) @statement)
((resource name: (identifier) @definition.variable) @statement
  (#set! definition.sequential))
((instanceof_expression name: (identifier) @definition.variable) @statement
  (#set! definition.sequential))

((labeled_statement (identifier) @definition.label) @statement
  (#set! definition.scope "function"))

; Imports: `import com.example.shop.Cart;` binds `Cart`, a name of the package
; `com.example.shop`; `import static ...Cart.total;` binds `total`, a name of `Cart`'s file.
; `import com.example.shop.*;` binds nothing by itself.
((import_declaration
  (scoped_identifier scope: (_) @import.module name: (identifier) @definition.import @import.name)) @statement)

; Assignments write a variable (`x = f()`; `x += 1` and `x++` read it too, and still change it:
; extract method must hand the new value back).
(assignment_expression left: (identifier) @reference.write)
(update_expression (identifier) @reference.write)

; --- Identifiers that name no variable ------------------------------------------------------------

(package_declaration (_) @ignore)
(package_declaration (scoped_identifier (_) @ignore))
(import_declaration (identifier) @ignore)
(scoped_identifier (identifier) @ignore)
(scoped_type_identifier (type_identifier) @ignore)
(field_access field: (identifier) @ignore)
(method_invocation object: (_) name: (identifier) @ignore)
(method_reference (identifier) @ignore)
(element_value_pair key: (identifier) @ignore)
(marker_annotation name: (_) @ignore)
(annotation name: (_) @ignore)
(break_statement (identifier) @ignore)
(continue_statement (identifier) @ignore)

(identifier) @reference
(type_identifier) @reference
