; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).

(function_definition) @scope
(lambda) @scope
[(if_statement) (for_statement) (while_statement) (try_statement) (with_statement)
 (match_statement) (conditional_expression) (elif_clause) (else_clause) (except_clause)] @branch

; Identifiers that read variables; attribute and keyword names never do.
(attribute attribute: (identifier) @property)
(keyword_argument name: (identifier) @property)
(identifier) @reference

; Flows
(assignment left: (_) @target right: (_) @value) @assign
(augmented_assignment left: (_) @target right: (_) @value) @update
(for_statement left: (_) @target right: (_) @value) @assign
(for_in_clause left: (_) @target right: (_) @value) @assign
(named_expression name: (identifier) @target value: (_) @value) @assign
(call
  function: (attribute object: (identifier) @target attribute: (identifier) @method)
  arguments: (argument_list (_) @value)
  (#any-of? @method "append" "extend" "insert" "add" "update" "appendleft" "setdefault" "write")) @update

; Sources: web request data (Flask, Django, FastAPI/Starlette), user input, command line, environment.
((attribute object: (identifier) @object attribute: (identifier) @field) @source
  (#eq? @object "request")
  (#any-of? @field "args" "form" "values" "json" "data" "files" "cookies" "headers" "GET" "POST" "COOKIES" "META"
                   "body" "query_params" "path_params" "url" "path" "full_path" "query_string"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#eq? @object "request")
  (#any-of? @method "get_json" "get_data" "json" "body" "form"))
((call function: (identifier) @function) @source (#eq? @function "input"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source (#eq? @object "sys") (#eq? @field "argv"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source (#eq? @object "os") (#eq? @field "environ"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#eq? @object "os") (#eq? @method "getenv"))
; Parameters of route handlers (`@app.route("/<name>")`, `@router.get(...)`).
(decorated_definition
  (decorator (call function: (attribute attribute: (identifier) @decorator)))
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter
                             (typed_parameter (identifier) @source.parameter)
                             (default_parameter name: (identifier) @source.parameter)]))
  (#any-of? @decorator "route" "get" "post" "put" "delete" "patch"))

; Sanitizers: conversions to numbers are safe everywhere; the others for their kind of sink.
((call function: (identifier) @function) @sanitizer
  (#any-of? @function "int" "float" "bool" "len" "abs" "round" "ord" "hash"))
((call function: (attribute object: (identifier) @module attribute: (identifier) @function)) @sanitizer.shell
  (#any-of? @module "shlex" "pipes") (#eq? @function "quote"))
((call function: (attribute attribute: (identifier) @function)) @sanitizer.html
  (#any-of? @function "escape" "sanitize" "clean"))
((call function: (identifier) @function) @sanitizer.html (#any-of? @function "escape" "sanitize"))
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.path
  (#any-of? @function "secure_filename" "basename"))
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.url
  (#any-of? @function "url_for" "url_has_allowed_host_and_scheme" "is_safe_url"))
