; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
; Shared by C++ (Grammars/cpp/queries/taint.scm inherits it).
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Go):
;   @sanitizer.cli  the command line (`argv`), @sanitizer.env  the environment (`getenv`): set by
;   whoever runs the program. Injection rules (shell) count them; a tool that opens the file
;   named on its command line is normal, so path rules do not.

(function_definition) @scope
[(if_statement) (for_statement) (while_statement) (do_statement) (switch_statement) (case_statement)] @branch

(field_expression field: (field_identifier) @property)
(identifier) @reference

; Flows.
(init_declarator declarator: [(identifier) @target (pointer_declarator declarator: (identifier) @target)
                              (array_declarator declarator: (identifier) @target)
                              (pointer_declarator declarator: (array_declarator declarator: (identifier) @target))] value: (_) @value) @assign
(assignment_expression left: (identifier) @target operator: "=" right: (_) @value) @assign
(assignment_expression left: (_) @target operator: "+=" right: (_) @value) @update
; Writing into a buffer: `snprintf(cmd, size, "ls %s", dir)`, `strcat(cmd, dir)`, `memcpy(dst, src, n)`.
((call_expression
   function: (identifier) @function
   arguments: (argument_list . (identifier) @target (_) @value)) @update
  (#any-of? @function "sprintf" "snprintf" "vsnprintf" "vsprintf" "strcpy" "strncpy" "strcat" "strncat"
                      "strlcpy" "strlcat" "memcpy" "memmove" "stpcpy" "asprintf"))
((call_expression
   function: (identifier) @function
   arguments: (argument_list . (pointer_expression argument: (identifier) @target) (_) @value)) @update
  (#eq? @function "asprintf"))

; Sources: the command line, the environment, and what is read from files, terminals and sockets
; (the buffer a read fills is untrusted afterwards).
((subscript_expression argument: (identifier) @_argv) @source @sanitizer.cli
  (#eq? @_argv "argv"))
((call_expression function: (identifier) @_function) @source @sanitizer.env
  (#any-of? @_function "getenv" "secure_getenv"))
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (identifier) @target)) @update @value @source
  (#any-of? @_function "fgets" "gets" "read" "recv" "recvfrom" "fread" "getline"))
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (_) . (identifier) @target)) @update @value @source
  (#any-of? @_function "recv" "recvfrom" "read" "pread"))
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (pointer_expression argument: (identifier) @target))) @update @value @source
  (#eq? @_function "getline"))
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (string_literal) . (identifier) @target)) @update @value @source
  (#eq? @_function "scanf"))

; What a scripting language hands a native extension: Python's `PyArg_ParseTuple(args, "s", &name)`
; (and the keyword and fast forms), a str's bytes (`PyUnicode_AsUTF8(obj)`), Node-API's
; `napi_get_value_string_utf8(env, value, buf, size, &len)`, JNI's `GetStringUTFChars`: the
; caller's values, often a web request's or a user's by then.
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (_) . (_) (pointer_expression argument: (identifier) @target))) @update @value @source
  (#match? @_function "^(PyArg_ParseTuple|PyArg_ParseTupleAndKeywords|PyArg_Parse|_PyArg_ParseStack|PyArg_UnpackTuple)$"))
((call_expression function: (identifier) @_function) @source
  (#any-of? @_function "PyUnicode_AsUTF8" "PyUnicode_AsUTF8AndSize" "PyBytes_AsString" "PyByteArray_AsString"))
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (_) . (_) . (identifier) @target)) @update @value @source
  (#match? @_function "^napi_get_value_string_(utf8|latin1|utf16)$"))
((call_expression
   function: [(field_expression field: (field_identifier) @_function) (identifier) @_function]) @source
  (#any-of? @_function "GetStringUTFChars" "GetStringChars"))

; Numbers parsed from text are safe for every sink.
((call_expression function: (identifier) @_function) @sanitizer
  (#any-of? @_function "atoi" "atol" "atoll" "strtol" "strtoul" "strtoll" "strtoull" "strtod" "atof"))
((call_expression function: (identifier) @_function) @sanitizer
  (#any-of? @_function "strlen" "sizeof"))

; Guards.
(if_statement condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_statement alternative: (else_clause (if_statement))) @guard @guard.alternative
(if_statement alternative: (else_clause (_) @guard.else)) @guard
[(return_statement) (continue_statement) (break_statement) (goto_statement)] @guard.exit
((call_expression function: (identifier) @_function) @guard.exit
  (#any-of? @_function "exit" "abort" "_exit"))
; A validator of the program's own, named for what it checks (`valid_login(query)`,
; `is_safe_name(s)`, `hostname_ok(h)`): trusted, like the other languages' `safe_url?`-style checks.
((call_expression function: (identifier) @_function arguments: (argument_list . (_) @guard.subject)) @guard.safe
  (#match? @_function "^(?i:(is_?)?(valid|safe|allowed|trusted|legal|sane|acceptable|whitelisted|allowlisted)(_?[a-z0-9]+)*|[a-z0-9_]*_(is_)?(valid|safe|allowed|ok))$"))
(unary_expression operator: "!" argument: (_) @guard.operand) @guard.not
(binary_expression left: (_) @guard.operand operator: "&&" right: (_) @guard.operand) @guard.and
(binary_expression left: (_) @guard.operand operator: "||" right: (_) @guard.operand) @guard.or
(parenthesized_expression (_) @guard.operand) @guard.and

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). A text
; parameter of a function (`const char *name`, `char name[]`) is a value whose origin this file does
; not check, whoever calls it (a CGI handler, a plugin's callback, another module): untrusted only
; in the analysis of those rules. Numbers are not text a shell or SQL could read as code.
((parameter_declaration
   type: (primitive_type) @_type
   declarator: [(pointer_declarator declarator: (identifier) @unchecked)
                (array_declarator declarator: (identifier) @unchecked)])
  (#eq? @_type "char"))
; Text put together in a buffer: what `snprintf`, `sprintf`, `strcat`, `strcpy` and their kin
; write into it (the flows above carry each value into the buffer; the value itself is the part).
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (identifier) (_) @built @built.part))
  (#any-of? @_function "sprintf" "snprintf" "vsnprintf" "vsprintf" "strcpy" "strncpy" "strcat" "strncat"
                      "strlcpy" "strlcat" "stpcpy" "stpncpy" "asprintf" "g_snprintf" "g_strlcat" "g_strlcpy"))
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (pointer_expression argument: (identifier)) (_) @built @built.part))
  (#any-of? @_function "asprintf" "vasprintf"))
; ... and what returns new text made of its arguments (`g_strdup_printf`, `g_strconcat`).
((call_expression
   function: (identifier) @_function
   arguments: (argument_list (_) @built.part)) @built
  (#any-of? @_function "g_strdup_printf" "g_strconcat" "g_strjoin" "sqlite3_mprintf" "g_build_path"))
; SQLite's own printf quotes what `%q`, `%Q` and `%w` paste; without a `%s` it builds safe SQL.
((call_expression
   function: (identifier) @_function
   arguments: (argument_list . (string_literal) @_format)) @sanitizer.sql
  (#any-of? @_function "sqlite3_mprintf" "sqlite3_vmprintf")
  (#not-match? @_format "%[-+ #0-9.]*(l|ll|z)?s"))
