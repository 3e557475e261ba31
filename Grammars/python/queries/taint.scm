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
(with_item value: (as_pattern (_) @value alias: (as_pattern_target (_) @target))) @assign
(call
  function: (attribute object: (identifier) @target attribute: (identifier) @method)
  arguments: (argument_list (_) @value)
  (#any-of? @method "append" "extend" "insert" "add" "update" "appendleft" "setdefault" "write")) @update

; Sources: web request data (Flask, Django, FastAPI/Starlette, aiohttp), also as `self.request`
; (class-based views) and `flask.request`.
((attribute object: (identifier) @object attribute: (identifier) @field) @source
  (#eq? @object "request")
  (#any-of? @field "args" "form" "values" "json" "data" "files" "cookies" "headers" "view_args" "stream"
                   "GET" "POST" "FILES" "COOKIES" "META" "body"
                   "query_params" "path_params" "url" "path" "full_path" "query_string" "match_info" "query" "rel_url"))
((attribute object: (attribute attribute: (identifier) @object) attribute: (identifier) @field) @source
  (#eq? @object "request")
  (#any-of? @field "args" "form" "values" "json" "data" "files" "cookies" "headers" "view_args" "stream"
                   "GET" "POST" "FILES" "COOKIES" "META" "body"
                   "query_params" "path_params" "url" "path" "full_path" "query_string" "match_info" "query" "rel_url"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#eq? @object "request")
  (#any-of? @method "get_json" "get_data" "json" "body" "form" "text" "post"))
((call function: (attribute object: (attribute attribute: (identifier) @object) attribute: (identifier) @method)) @source
  (#eq? @object "request")
  (#any-of? @method "get_json" "get_data" "json" "body" "form" "text" "post"))
; Tornado handlers.
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#eq? @object "self")
  (#any-of? @method "get_argument" "get_arguments" "get_query_argument" "get_query_arguments"
                    "get_body_argument" "get_body_arguments" "get_cookie"))

; Parameters of route handlers (`@app.route("/<name>")`, `@router.get(...)`). Flask converts
; `<int:id>`, `<float:x>` and `<uuid:u>` (handlers using them are skipped as a whole, since a
; query cannot tie each parameter to its converter); FastAPI checks parameters typed as
; numbers, booleans, UUIDs or dates; `Depends(...)` values are not request data.
(decorated_definition
  (decorator (call function: (attribute attribute: (identifier) @decorator) arguments: (argument_list . (_) @route)))
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter
                             (default_parameter name: (identifier) @source.parameter)]))
  (#any-of? @decorator "route" "get" "post" "put" "delete" "patch" "websocket")
  (#not-match? @route "<(int|float|uuid):"))
(decorated_definition
  (decorator (call function: (attribute attribute: (identifier) @decorator) arguments: (argument_list . (_) @route)))
  definition: (function_definition
    parameters: (parameters [(typed_parameter (identifier) @source.parameter type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter type: (type) @type value: (_) @default)]))
  (#any-of? @decorator "route" "get" "post" "put" "delete" "patch" "websocket")
  (#not-match? @route "<(int|float|uuid):")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Request|Response|BackgroundTasks|Session|AsyncSession|WebSocket)$")
  (#not-match? @default "^(Depends|Security)\\("))

; Local input: what the person running the program typed (console, command line) or configured
; (environment). Untrusted for SQL, shell commands and code, yet a script may open the file or
; fetch the URL its user names: path, URL and HTML rules list `cli` and `env` as sanitizers, and
; the shell rule lists `env` (`$EDITOR`, `$PAGER`).
((call function: (identifier) @function) @source @sanitizer.cli (#any-of? @function "input" "raw_input"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source @sanitizer.cli
  (#eq? @object "sys") (#any-of? @field "argv" "stdin"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source @sanitizer.env
  (#eq? @object "os") (#any-of? @field "environ" "environb"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source @sanitizer.env
  (#eq? @object "os") (#any-of? @method "getenv" "getenvb"))

; Sanitizers: conversions to numbers are safe everywhere; the others for their kind of sink.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer
  (#any-of? @function "int" "float" "bool" "len" "abs" "round" "ord" "hash" "UUID" "Decimal"))
; shell: quoting for a POSIX shell.
((call function: (attribute object: (identifier) @module attribute: (identifier) @function)) @sanitizer.shell
  (#any-of? @module "shlex" "pipes") (#any-of? @function "quote" "join"))
; html: escaping, sanitizing, rendering templates with autoescape, JSON responses.
((call function: (attribute attribute: (identifier) @function)) @sanitizer.html
  (#any-of? @function "escape" "sanitize" "clean" "conditional_escape" "format_html" "render_template"
                      "render_to_string" "render" "jsonify"))
((call function: (identifier) @function) @sanitizer.html
  (#any-of? @function "escape" "sanitize" "conditional_escape" "format_html" "render_template" "render_to_string"
                      "render" "jsonify" "JsonResponse"))
; `Markup("<b>{}</b>").format(name)` and `Markup("<b>%s</b>") % name` escape their arguments.
((call function: (attribute object: (call function: [(identifier) @markup (attribute attribute: (identifier) @markup)])
                            attribute: (identifier) @method)) @sanitizer.html
  (#eq? @markup "Markup") (#eq? @method "format"))
((binary_operator left: (call function: [(identifier) @markup (attribute attribute: (identifier) @markup)]) operator: "%") @sanitizer.html
  (#eq? @markup "Markup"))
; path: a bare file name cannot climb out of a folder; `safe_join` refuses paths that would.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.path
  (#any-of? @function "secure_filename" "basename" "safe_join"))
; url: URLs built by the application, and `x if url_has_allowed_host_and_scheme(x, ...) else "/"`.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.url
  (#any-of? @function "url_for" "reverse" "reverse_lazy" "resolve_url"))
((conditional_expression
   (_)
   [(call function: [(identifier) @check (attribute attribute: (identifier) @check)])
    (boolean_operator (call function: [(identifier) @check (attribute attribute: (identifier) @check)]))]
   (_)) @sanitizer.url
  (#any-of? @check "url_has_allowed_host_and_scheme" "is_safe_url" "is_safe_redirect_url"))
; sql: query builders (SQLAlchemy, peewee) send values as bound parameters.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.sql
  (#any-of? @function "select" "insert" "update" "delete"))
((call function: (attribute attribute: (identifier) @method)) @sanitizer.sql
  (#any-of? @method "where" "filter" "filter_by" "order_by" "group_by" "having" "limit" "offset" "values"
                    "returning" "select_from" "options" "exclude"))
; A string that starts with a fixed `scheme://host/` or a local path (`/users/...`) keeps the
; user's part out of the scheme and host, whatever follows.
((string) @sanitizer.url
  (#match? @sanitizer.url "^[fFrRuU]*[\"'](https?://[^/\"'{}]+/|/[^/\\\\\"'{}])"))
((binary_operator
   left: [(string) @prefix
          (binary_operator left: [(string) @prefix (binary_operator left: (string) @prefix)])]) @sanitizer.url
  (#match? @prefix "^[fFrRuU]*[\"'](https?://[^/\"'{}]+/|/[^/\\\\\"'{}])"))
((call function: (attribute object: (string) @prefix attribute: (identifier) @method)) @sanitizer.url
  (#eq? @method "format")
  (#match? @prefix "^[fFrRuU]*[\"'](https?://[^/\"'{}]+/|/[^/\\\\\"'{}])"))
