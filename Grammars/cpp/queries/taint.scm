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
