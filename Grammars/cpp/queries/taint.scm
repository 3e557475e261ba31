; inherits: c
; C++ on top of C's taint data: lambdas are functions, `std::getenv` is `getenv`, what
; `std::cin >> x` and `std::getline(std::cin, line)` read is untrusted, and strings built with
; `+`, `append` or a stream carry their parts.

(lambda_expression) @scope
[(for_range_loop) (try_statement) (catch_clause)] @branch

((call_expression function: (qualified_identifier name: (identifier) @_function)) @source @sanitizer.env
  (#any-of? @_function "getenv" "secure_getenv"))
((binary_expression left: (_) @_stream operator: ">>" right: (identifier) @target) @update @value @source
  (#match? @_stream "cin$"))
((call_expression
   function: (qualified_identifier name: (identifier) @_function)
   arguments: (argument_list . (_) . (identifier) @target)) @update @value @source
  (#eq? @_function "getline"))
((call_expression
   function: (field_expression argument: (identifier) @target field: (field_identifier) @_method)
   arguments: (argument_list (_) @value)) @update
  (#any-of? @_method "append" "assign" "insert" "push_back"))
((binary_expression left: (identifier) @target operator: "<<" right: (_) @value) @update)
((call_expression function: (qualified_identifier name: (identifier) @_function)) @sanitizer
  (#any-of? @_function "stoi" "stol" "stoll" "stoul" "stoull" "stod" "stof"))
((call_expression function: (field_expression field: (field_identifier) @_method)) @sanitizer
  (#any-of? @_method "size" "length"))
; A lookup returns what the container holds, whatever the key: `actions.find(argv[1])->second`
; is one of the table's commands (the container's own taint still flows through the call).
((call_expression
   function: (field_expression field: (field_identifier) @_method)
   arguments: (argument_list . (_) @sanitizer .))
  (#any-of? @_method "find" "at" "count" "contains"))
; `out << "ls " << dir`: a chain of `<<` writes every operand into the stream it starts from.
((binary_expression left: (binary_expression left: (identifier) @target operator: "<<") operator: "<<" right: (_) @value) @update)
((binary_expression left: (binary_expression left: (binary_expression left: (identifier) @target operator: "<<") operator: "<<") operator: "<<" right: (_) @value) @update)
((binary_expression left: (binary_expression left: (binary_expression left: (binary_expression left: (identifier) @target operator: "<<") operator: "<<") operator: "<<") operator: "<<" right: (_) @value) @update)

; Sink-first rules (`built:`, see Grammars/c/queries/taint.scm): a string parameter
; (`const std::string &name`, `std::string_view`, `QString`) is a value nobody checked.
((parameter_declaration
   type: [(qualified_identifier) (type_identifier)] @_type
   declarator: [(identifier) @unchecked (reference_declarator (identifier) @unchecked)])
  (#match? @_type "^((std::)?(string|wstring|string_view|wstring_view)|QString|QByteArray)$"))
; Strings put together: `+`, `+=`, `append`, `<<` into a stream, `std::format`/`fmt::format`, and
; QString's `arg`.
(binary_expression left: (_) @built.part operator: "+" right: (_) @built.part) @built
(assignment_expression operator: "+=" right: (_) @built @built.part)
(binary_expression operator: "<<" right: (_) @built @built.part)
((call_expression
   function: (field_expression field: (field_identifier) @_method)
   arguments: (argument_list (_) @built @built.part))
  (#any-of? @_method "append" "insert" "push_back"))
((call_expression function: (qualified_identifier) @_function arguments: (argument_list (_) @built.part)) @built
  (#match? @_function "^(std|fmt)::(format|vformat)$"))
((call_expression function: (field_expression argument: (_) @built.part field: (field_identifier) @_method) arguments: (argument_list (_) @built.part)) @built
  (#eq? @_method "arg"))
