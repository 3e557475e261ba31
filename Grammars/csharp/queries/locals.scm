; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. A namespace opens no scope: its types are
; the file's top-level names, which other files of the namespace see. A type's members are visible
; in the whole type, whatever their order; locals are block-scoped and visible from their
; declarator on.

; --- Scopes -------------------------------------------------------------------------------------

(compilation_unit) @scope.module

[(class_declaration)
 (struct_declaration)
 (interface_declaration)
 (enum_declaration)
 (record_declaration)] @scope.class

[(method_declaration)
 (constructor_declaration)
 (destructor_declaration)
 (operator_declaration)
 (conversion_operator_declaration)
 (local_function_statement)
 (accessor_declaration)
 (indexer_declaration)
 (lambda_expression)
 (anonymous_method_expression)] @scope.function

[(block)
 (for_statement)
 (foreach_statement)
 (catch_clause)
 (using_statement)
 (fixed_statement)
 (switch_section)
 (switch_expression_arm)] @scope.block

; --- Definitions ----------------------------------------------------------------------------------

((class_declaration name: (identifier) @definition.class) @statement
  (#set! definition.scope "parent"))
((record_declaration name: (identifier) @definition.class) @statement
  (#set! definition.scope "parent"))
((struct_declaration name: (identifier) @definition.struct) @statement
  (#set! definition.scope "parent"))
((interface_declaration name: (identifier) @definition.interface) @statement
  (#set! definition.scope "parent"))
((enum_declaration name: (identifier) @definition.enum) @statement
  (#set! definition.scope "parent"))
((delegate_declaration name: (identifier) @definition.type) @statement)
((method_declaration name: (identifier) @definition.method) @statement
  (#set! definition.scope "parent"))
((local_function_statement name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent"))
(enum_member_declaration name: (identifier) @definition.constant)

(type_parameter name: (identifier) @definition.type_parameter)

(field_declaration (variable_declaration (variable_declarator name: (identifier) @definition.field)) @statement)
(event_field_declaration (variable_declaration (variable_declarator name: (identifier) @definition.field)) @statement)
(property_declaration name: (identifier) @definition.field)
(event_declaration name: (identifier) @definition.field)
(record_declaration (parameter_list (parameter name: (identifier) @definition.field)))

(parameter name: (identifier) @definition.parameter)
(lambda_expression parameters: (implicit_parameter) @definition.parameter)
(catch_declaration name: (identifier) @definition.parameter)

; Locals are visible from their declarator on: `int y = x` before `int x` reads an outer `x`.
((local_declaration_statement (variable_declaration (variable_declarator name: (identifier) @definition.variable))) @statement
  (#set! definition.sequential))
((using_statement (variable_declaration (variable_declarator name: (identifier) @definition.variable))) @statement
  (#set! definition.sequential))
((for_statement initializer: (variable_declaration (variable_declarator name: (identifier) @definition.variable))) @statement
  (#set! definition.sequential))
((foreach_statement left: (identifier) @definition.variable) @statement)
((foreach_statement left: (tuple_pattern name: (identifier) @definition.variable)) @statement)
((declaration_expression name: (identifier) @definition.variable) @statement
  (#set! definition.sequential))
((declaration_pattern name: (identifier) @definition.variable) @statement
  (#set! definition.sequential))
((recursive_pattern name: (identifier) @definition.variable) @statement
  (#set! definition.sequential))

((labeled_statement (identifier) @definition.label) @statement
  (#set! definition.scope "function"))

; `using IO = System.IO;` binds `IO`.
((using_directive name: (identifier) @definition.import (_) @import.module) @statement)

; Assignments write a variable (`x = f()`; `x += 1` and `x++` read it too, and still change it).
(assignment_expression left: (identifier) @reference.write)
(prefix_unary_expression (identifier) @reference.write)
(postfix_unary_expression (identifier) @reference.write)

; --- Identifiers that name no variable ------------------------------------------------------------

(using_directive (identifier) @ignore)
(using_directive (qualified_name) @ignore)
(qualified_name (identifier) @ignore)
(namespace_declaration name: (_) @ignore)
(file_scoped_namespace_declaration name: (_) @ignore)
(member_access_expression name: (identifier) @ignore)
(member_binding_expression name: (identifier) @ignore)
(attribute name: (_) @ignore)
(attribute_argument (assignment_expression left: (identifier) @ignore))
(argument name: (identifier) @ignore)
(subpattern (identifier) @ignore)
(initializer_expression (assignment_expression left: (identifier) @ignore))
(goto_statement (identifier) @ignore)
(constructor_declaration name: (identifier) @ignore)
(destructor_declaration name: (identifier) @ignore)

(identifier) @reference
