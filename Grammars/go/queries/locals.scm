; Scopes, definitions and references for the scope resolver. The capture vocabulary is documented
; in Sources/CodePalAnalysis/Scopes/LocalsCaptures.swift. Go is block-scoped: every block, and
; every `if`, `for` and `switch` with its initializer, opens a scope; a name declared with `:=`,
; `var` or `const` is visible from the end of its declaration (`x := x + 1` reads the outer `x`).
; Package-level names of the other files of the package are not visible here: the navigator finds
; them in the folder (imports style `module-folder` in language.json).

; --- Scopes -------------------------------------------------------------------------------------

(source_file) @scope.module

[(function_declaration)
 (method_declaration)
 (func_literal)] @scope.function

; Type parameters of a generic type belong to its declaration.
[(type_spec) (type_alias)] @scope.type

; A function's body is the function's own block (its parameters and results are declared in it:
; `x := 1` there cannot shadow a parameter `x`), so only the other blocks open scopes.
(if_statement consequence: (block) @scope.block)
(if_statement alternative: (block) @scope.block)
(for_statement body: (block) @scope.block)
(block (block) @scope.block)
(labeled_statement (block) @scope.block)
(expression_case (block) @scope.block)
(default_case (block) @scope.block)
(type_case (block) @scope.block)
(communication_case (block) @scope.block)

[(if_statement)
 (for_statement)
 (expression_switch_statement)
 (type_switch_statement)
 (select_statement)
 (expression_case)
 (type_case)
 (default_case)
 (communication_case)] @scope.block

; --- Evaluated in the enclosing scope -----------------------------------------------------------

; `switch err := err.(type)`: the guard reads the outer `err`, the cases see the new one.
(type_switch_statement value: (_) @outer)

; --- Definitions ----------------------------------------------------------------------------------

((function_declaration
  name: (identifier) @definition.function) @statement
  (#set! definition.scope "parent"))

((type_spec name: (type_identifier) @definition.struct type: (struct_type)) @statement
  (#set! definition.scope "parent"))
((type_spec name: (type_identifier) @definition.interface type: (interface_type)) @statement
  (#set! definition.scope "parent"))
((type_spec name: (type_identifier) @definition.type) @statement
  (#set! definition.scope "parent"))
((type_alias name: (type_identifier) @definition.type) @statement
  (#set! definition.scope "parent"))

(type_parameter_declaration name: (identifier) @definition.type_parameter)

; Named results are variables a bare `return` returns; receivers and parameters are parameters.
(function_declaration result: (parameter_list (parameter_declaration name: (identifier) @definition.result)))
(method_declaration result: (parameter_list (parameter_declaration name: (identifier) @definition.result)))
(func_literal result: (parameter_list (parameter_declaration name: (identifier) @definition.result)))
(parameter_declaration name: (identifier) @definition.parameter)
(variadic_parameter_declaration name: (identifier) @definition.parameter)

; `const`/`var` specs and `:=`. The names of a const_spec are matched without their field: the
; grammar puts the commas in the field too, and tree-sitter 0.20 then finds only the first name.
; Package-level names are visible in the whole package, whatever their order; inside a function
; a name is visible from the end of its declaration, and uses before it mean an outer one.
(source_file (const_declaration (const_spec (identifier) @definition.constant) @statement))
(source_file (var_declaration (var_spec name: (identifier) @definition.variable) @statement))
(source_file (var_declaration (var_spec_list (var_spec name: (identifier) @definition.variable) @statement)))
((const_spec (identifier) @definition.constant) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((var_spec name: (identifier) @definition.variable) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
; `a, err := g()` after another `err` of the same block assigns that `err` (only new names are declared).
((short_var_declaration left: (expression_list (identifier) @definition.variable)) @statement
  (#set! definition.after-statement)
  (#set! definition.sequential)
  (#set! definition.redeclaration-assigns))
((range_clause left: (expression_list (identifier) @definition.variable) ":=") @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((receive_statement left: (expression_list (identifier) @definition.variable) ":=") @statement
  (#set! definition.after-statement)
  (#set! definition.sequential))
((type_switch_statement alias: (expression_list (identifier) @definition.variable)) @statement)

((labeled_statement label: (label_name) @definition.label) @statement
  (#set! definition.scope "function"))

; Imports: `import str "strings"` binds `str`; `import "database/sql"` binds the path's last
; element, `sql` (the package's name by convention; a major version suffix `/v2` or `.v3` is not
; part of it), whose name range is that part of the path string.
(import_spec
  name: (package_identifier) @definition.import
  path: (_ (interpreted_string_literal_content) @import.module)) @statement
((import_spec
  !name
  path: (_ (interpreted_string_literal_content) @definition.import @import.module)) @statement
  (#set! definition.name-match "([A-Za-z_][A-Za-z0-9_]*)(?:\\.v[0-9]+)?(?:/v[0-9]+)?$"))

; Assignments write a variable without reading it (`err = f()`, `for k = range m`); `+=` reads too.
(assignment_statement left: (expression_list (identifier) @reference.write) operator: "=")
(range_clause left: (expression_list (identifier) @reference.write) "=")
(receive_statement left: (expression_list (identifier) @reference.write) "=")

; --- Members ----------------------------------------------------------------------------------------

; `cart.New`, `sql.DB`: a name looked up in what the object names (an imported package).
(selector_expression operand: (identifier) @member.object field: (field_identifier) @member)
(qualified_type package: (package_identifier) @member.object name: (type_identifier) @member)

; --- Identifiers that name no variable ------------------------------------------------------------

((identifier) @ignore (#eq? @ignore "_"))
; Keys of struct literals are field names (`Cart{owner: name}`); map keys are values.
(composite_literal
  type: [(type_identifier) (qualified_type) (generic_type) (struct_type)]
  body: (literal_value (keyed_element key: (literal_element (identifier) @ignore))))
(literal_element (literal_value (keyed_element key: (literal_element (identifier) @ignore))))
(package_clause (package_identifier) @ignore)

(identifier) @reference
(type_identifier) @reference
(package_identifier) @reference
(break_statement (label_name) @reference)
(continue_statement (label_name) @reference)
(goto_statement (label_name) @reference)
