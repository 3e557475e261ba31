; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. PHP binds variables per function, not per
; block, on their first assignment, like Python. A variable is the whole `$name` node, so that
; `$count` and a function or constant `count` never meet; a property is its bare name, the one
; `$this->count` reads. Functions, classes and constants are global: a name no scope binds is
; looked up in the index by name (`unboundNamesAreGlobals`), as are the classes of the file's
; own namespace, which share a folder (imports style `package-folder`).

; --- Scopes -------------------------------------------------------------------------------------

(program) @scope.module

; A method sees its class's members only through `$this->` and `self::`.
((class_declaration) @scope.class (#set! scope.hidden-from-nested))
((interface_declaration) @scope.class (#set! scope.hidden-from-nested))
((trait_declaration) @scope.class (#set! scope.hidden-from-nested))
((enum_declaration) @scope.class (#set! scope.hidden-from-nested))

[(function_definition)
 (method_declaration)
 (anonymous_function_creation_expression)
 (arrow_function)] @scope.function

; --- Definitions ----------------------------------------------------------------------------------

((function_definition name: (name) @definition.function) @statement
  (#set! definition.scope "module"))
((class_declaration name: (name) @definition.class) @statement
  (#set! definition.scope "parent"))
((interface_declaration name: (name) @definition.interface) @statement
  (#set! definition.scope "parent"))
((trait_declaration name: (name) @definition.class) @statement
  (#set! definition.scope "parent"))
((enum_declaration name: (name) @definition.enum) @statement
  (#set! definition.scope "parent"))
((method_declaration name: (name) @definition.method) @statement
  (#set! definition.scope "parent"))
((enum_case name: (name) @definition.constant) @statement)
((const_declaration (const_element (name) @definition.constant)) @statement)
((property_declaration (property_element (variable_name (name) @definition.field))) @statement)
; `__construct(private User $user)` declares the property `user` of the class.
((property_promotion_parameter name: (variable_name (name) @definition.field)) @statement
  (#set! definition.scope "class"))

((simple_parameter name: (variable_name) @definition.parameter) (#set! definition.name-match "^(\\$\\w+)$"))
((variadic_parameter name: (variable_name) @definition.parameter) (#set! definition.name-match "^(\\$\\w+)$"))
((property_promotion_parameter name: (variable_name) @definition.parameter) (#set! definition.name-match "^(\\$\\w+)$"))
((anonymous_function_use_clause (variable_name) @definition.parameter) (#set! definition.name-match "^(\\$\\w+)$"))
((anonymous_function_use_clause (by_ref (variable_name) @definition.parameter)) (#set! definition.name-match "^(\\$\\w+)$"))

; Assignments; `[$a, $b] = ...` and `list($a, $b) = ...` define the names inside (@binding). The
; value is evaluated first: in `$v = $v + 1` the right `$v` is the earlier one.
((assignment_expression left: (variable_name) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.name-match "^(\\$\\w+)$"))
((assignment_expression left: (list_literal) @definition.variable) @statement
  (#set! definition.after-statement))
((reference_assignment_expression left: (variable_name) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.name-match "^(\\$\\w+)$"))
((foreach_statement (_) . (variable_name) @definition.variable) @statement (#set! definition.name-match "^(\\$\\w+)$"))
((foreach_statement (_) . (by_ref (variable_name) @definition.variable)) @statement (#set! definition.name-match "^(\\$\\w+)$"))
((foreach_statement (_) . (pair (variable_name) @definition.variable)) @statement (#set! definition.name-match "^(\\$\\w+)$"))
((foreach_statement (_) . (pair (_) (variable_name) @definition.variable)) @statement (#set! definition.name-match "^(\\$\\w+)$"))
((foreach_statement (_) . (pair (_) (by_ref (variable_name) @definition.variable))) @statement (#set! definition.name-match "^(\\$\\w+)$"))
((foreach_statement (_) . (list_literal) @definition.variable) @statement)
((foreach_statement (_) . (pair (_) (list_literal) @definition.variable)) @statement)
((catch_clause name: (variable_name) @definition.variable) @statement (#set! definition.name-match "^(\\$\\w+)$"))
((static_variable_declaration name: (variable_name) @definition.variable) @statement (#set! definition.name-match "^(\\$\\w+)$"))

(list_literal (variable_name) @binding)
(list_literal (by_ref (variable_name) @binding))

; `use App\Models\User;` binds `User`, a name of the namespace `App\Models`; `use ... as U` binds
; `U`; `use App\Services\{Mailer, Logger as Log};` binds `Mailer` and `Log`.
((namespace_use_declaration
  (namespace_use_clause
    (qualified_name (namespace_name_as_prefix (namespace_name) @import.module) (name) @definition.import @import.name) .)) @statement)
((namespace_use_declaration
  (namespace_use_clause
    (qualified_name (namespace_name_as_prefix (namespace_name) @import.module) (name) @import.name)
    (namespace_aliasing_clause (name) @definition.import))) @statement)
((namespace_use_declaration
  (namespace_name) @import.module
  (namespace_use_group
    (namespace_use_group_clause (namespace_name (name) @definition.import @import.name .) .))) @statement)
((namespace_use_declaration
  (namespace_name) @import.module
  (namespace_use_group
    (namespace_use_group_clause (namespace_name (name) @import.name .) (namespace_aliasing_clause (name) @definition.import)))) @statement)

; `global $config;` is the file's `$config`.
(global_declaration (variable_name) @reference.global)

; Compound assignments read and change the variable: extract function must hand it back.
(augmented_assignment_expression left: (variable_name) @reference.write)
(update_expression (variable_name) @reference.write)

; --- Names that name no variable here -------------------------------------------------------------

((variable_name (name) @_this) @ignore (#eq? @_this "this"))
(variable_name (name) @ignore)
(property_element (variable_name) @ignore)
(namespace_definition (namespace_name (name) @ignore))
(namespace_name (name) @ignore)
(namespace_use_clause (name) @ignore)
(namespace_aliasing_clause (name) @ignore)
(member_access_expression name: (name) @ignore)
(nullsafe_member_access_expression name: (name) @ignore)
(member_call_expression name: (name) @ignore)
(nullsafe_member_call_expression name: (name) @ignore)
(scoped_call_expression name: (name) @ignore)
(scoped_property_access_expression name: (_) @ignore)
(class_constant_access_expression (_) (name) @ignore .)
(named_type (name) @reference)
(argument name: (name) @ignore)
(named_label_statement (name) @ignore)
(goto_statement (name) @ignore)
(attribute (name) @ignore)

(variable_name) @reference
(name) @reference
