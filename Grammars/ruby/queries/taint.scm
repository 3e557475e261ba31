; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Python and Go):
;   @sanitizer.cli  the command line and standard input (`ARGV`, `gets`), @sanitizer.env  the
;   environment (`ENV`): set by whoever runs the program. Injection rules (SQL, shell, code)
;   count them; HTML and redirect rules do not.

[(method) (singleton_method) (lambda) (block) (do_block)] @scope
[(if) (unless) (elsif) (else) (case) (when) (while) (until) (for) (if_modifier) (unless_modifier)
 (conditional) (rescue) (begin)] @branch

; Identifiers that read variables (a bare name may also be a method call: `params`, `request`).
(identifier) @reference
(instance_variable) @reference
(call method: (identifier) @property)
(pair key: (hash_key_symbol) @property)

; Flows. `a, b = x` gives every name the taint of the whole right side.
(assignment left: [(identifier) (instance_variable)] @target right: (_) @value) @assign
(assignment left: (left_assignment_list) @target right: (_) @value) @assign
(operator_assignment left: [(identifier) (instance_variable)] @target right: (_) @value) @update
(binary left: [(identifier) (instance_variable)] @target operator: "<<" right: (_) @value) @update
((call receiver: [(identifier) (instance_variable)] @target method: (identifier) @method arguments: (argument_list (_) @value)) @update
  (#any-of? @method "concat" "push" "append" "prepend" "insert" "unshift" "merge!" "update" "store" "replace"))
; Block parameters see the collection the block walks (`params[:ids].each { |id| ... }`).
(call receiver: (_) @value block: (block parameters: (block_parameters (identifier) @target @assign)))
(call receiver: (_) @value block: (do_block parameters: (block_parameters (identifier) @target @assign)))
(for pattern: (_) @target @assign value: (in (_) @value))

; Sources: Rails and Sinatra request data, the command line, standard input and the environment.
; `params[:id]`, `params.require(:user)`, `cookies[:token]`: Rails' request methods, read as such
; (a plain local named `params`, as in `def set_params(params)`, is not one).
((element_reference object: (identifier) @object) @source
  (#any-of? @object "params" "cookies")
  (#not-match? @source "^[a-z]+\\[\\s*-?[0-9]"))
((call receiver: (identifier) @object method: (identifier) @method) @source
  (#any-of? @object "params" "cookies")
  (#any-of? @method "require" "permit" "fetch" "dig" "to_unsafe_h" "to_h" "slice" "except" "values_at" "values" "to_query"
                    "signed" "encrypted" "permanent" "merge"))
((call receiver: (identifier) @object method: (identifier) @method) @source
  (#eq? @object "request")
  (#any-of? @method "params" "parameters" "query_parameters" "request_parameters" "path_parameters" "GET" "POST"
                    "body" "raw_post" "query_string" "url" "original_url" "fullpath" "original_fullpath" "path" "path_info"
                    "referer" "referrer" "user_agent" "headers" "env" "cookies" "host" "query" "form_data?" "[]"))
((element_reference object: (call receiver: (identifier) @object method: (identifier) @method)) @source
  (#eq? @object "request") (#any-of? @method "headers" "env" "cookies" "params"))
((constant) @source @sanitizer.cli
  (#eq? @source "ARGV"))
((identifier) @source @sanitizer.cli
  (#any-of? @source "gets" "readline" "readlines"))
((call receiver: [(global_variable) (constant)] @stream method: (identifier) @method) @source @sanitizer.cli
  (#any-of? @stream "$stdin" "STDIN" "ARGF" "$<") (#any-of? @method "gets" "read" "readline" "readlines" "each_line"))
((call !receiver method: (identifier) @method) @source @sanitizer.cli
  (#any-of? @method "gets" "readline" "readlines"))
((element_reference object: (constant) @env) @source @sanitizer.env
  (#eq? @env "ENV"))
((call receiver: (constant) @env method: (identifier) @method) @source @sanitizer.env
  (#eq? @env "ENV") (#any-of? @method "fetch" "[]" "values_at" "to_h" "slice"))

; Sanitizers: numbers, booleans, sizes and comparisons are safe everywhere.
((call method: (identifier) @method) @sanitizer
  (#any-of? @method "to_i" "to_f" "to_r" "to_c" "length" "size" "count" "empty?" "nil?" "present?" "blank?" "zero?"
                    "positive?" "negative?" "include?" "start_with?" "end_with?" "match?" "is_a?" "kind_of?" "hash" "object_id"
                    "to_sym" "between?" "any?" "all?" "none?" "eql?" "equal?"))
((call !receiver method: (identifier) @function) @sanitizer
  (#any-of? @function "Integer" "Float" "Rational" "Complex"))
(binary operator: ["==" "!=" "<" ">" "<=" ">=" "<=>" "===" "=~" "!~" "&&" "||" "and" "or"]) @sanitizer
(unary operator: ["!" "not"]) @sanitizer
[(integer) (float) (true) (false) (nil) (simple_symbol)] @sanitizer
; A lookup returns what the table holds, whatever the key (`SORTS[params[:sort]]`,
; `ACTIONS.fetch(params[:op])`).
(element_reference object: (constant) (_) @sanitizer)
((call receiver: (constant) method: (identifier) @method) @sanitizer
  (#any-of? @method "fetch" "dig" "key" "values_at" "[]"))
; ... and the others for their kind of sink.
((call receiver: (constant) @module method: (identifier) @function) @sanitizer.shell
  (#eq? @module "Shellwords") (#any-of? @function "escape" "shellescape" "join" "shelljoin"))
((call method: (identifier) @method) @sanitizer.shell
  (#any-of? @method "shellescape" "shelljoin"))
((call receiver: [(constant) (scope_resolution)] @module method: (identifier) @function) @sanitizer.html
  (#any-of? @module "CGI" "ERB::Util" "Rack::Utils" "ERB::Escape")
  (#any-of? @function "escapeHTML" "escape_html" "html_escape" "h" "escape"))
((call !receiver method: (identifier) @function) @sanitizer.html
  (#any-of? @function "h" "html_escape" "sanitize" "strip_tags" "escape_javascript" "j" "json_escape"))
((call receiver: (constant) @module method: (identifier) @function) @sanitizer.path
  (#eq? @module "File") (#any-of? @function "basename" "extname"))
((call method: (identifier) @method) @sanitizer.sql
  (#any-of? @method "quote" "quote_column_name" "quote_table_name" "sanitize_sql" "sanitize_sql_array" "sanitize_sql_like"
                    "sanitize_sql_for_conditions" "sanitize_sql_for_order"))
((call receiver: (constant) @module method: (identifier) @function) @sanitizer.url
  (#any-of? @module "CGI" "URI" "ERB::Util")
  (#any-of? @function "escape" "encode_www_form_component" "encode_uri_component" "url_encode"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift).
(if condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if alternative: (elsif)) @guard @guard.alternative
(if alternative: (else) @guard.else) @guard
(elsif condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_modifier body: (_) @guard.then condition: (_) @guard.condition) @guard
(conditional condition: (_) @guard.condition consequence: (_) @guard.then alternative: (_) @guard.else) @guard
[(return) (next) (break)] @guard.exit
((call !receiver method: (identifier) @function) @guard.exit
  (#any-of? @function "raise" "fail" "abort" "exit" "exit!" "head" "render_not_found"))
(unary operator: ["!" "not"] operand: (_) @guard.operand) @guard.not
(binary left: (_) @guard.operand operator: ["&&" "and"] right: (_) @guard.operand) @guard.and
(binary left: (_) @guard.operand operator: ["||" "or"] right: (_) @guard.operand) @guard.or
(parenthesized_statements (_) @guard.operand) @guard.and
; `ALLOWED.include?(x)`, `x == "asc"`.
((call receiver: (constant) method: (identifier) @method arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#any-of? @method "include?" "member?" "key?" "has_key?"))
(binary left: (_) @guard.subject operator: "==" right: (_) @guard.subject) @guard.safe
(binary left: (_) @guard.subject operator: "!=" right: (_) @guard.subject) @guard.unsafe
((call !receiver method: (identifier) @function arguments: (argument_list (_) @guard.subject)) @guard.safe.url
  (#match? @function "^(safe|allowed|trusted|valid|local)_(url|host|redirect|path)\\?$"))

; The file's methods and calls of them by name, for taint that crosses a call (TaintCalls).
(method name: (identifier) @function.name parameters: (method_parameters) @function.parameters) @function
(return (argument_list . (_) @function.return))
(call !receiver method: (identifier) @call.function arguments: (argument_list) @call.arguments)
