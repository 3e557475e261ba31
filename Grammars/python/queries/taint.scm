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
; A comprehension's element comes before its `for`, yet sees the loop variable (@from); the
; iterable itself is not part of the value (`", ".join("?" for _ in ids)` is only question marks).
; The loop variable belongs to the comprehension (Python 3 gives it a scope of its own): the
; binding is the `for` clause, inside that scope, so that a later `x` of the function is not
; the comprehension's `x`.
[(list_comprehension) (set_comprehension) (dictionary_comprehension) (generator_expression)] @scope
[(list_comprehension body: (_) @from (for_in_clause left: (_) @target right: (_) @value) @assign)
 (set_comprehension body: (_) @from (for_in_clause left: (_) @target right: (_) @value) @assign)
 (dictionary_comprehension body: (_) @from (for_in_clause left: (_) @target right: (_) @value) @assign)
 (generator_expression body: (_) @from (for_in_clause left: (_) @target right: (_) @value) @assign)]
(for_in_clause) @sanitizer
; ... nor is its filter: `[x for x in xs if x in ALLOWED]` holds elements, not the check.
(if_clause) @sanitizer
(named_expression name: (identifier) @target value: (_) @value) @assign
(with_item value: (as_pattern (_) @value alias: (as_pattern_target (_) @target))) @assign
(call
  function: (attribute object: (identifier) @target attribute: (identifier) @method)
  arguments: (argument_list (_) @value)
  (#any-of? @method "append" "extend" "insert" "add" "update" "appendleft" "setdefault" "write")) @update
; ... also a container kept in a field (`self.parts.append(clause)`): a write of that field.
((call
   function: (attribute object: (attribute object: (identifier) @self) @target attribute: (identifier) @method)
   arguments: (argument_list (_) @value)) @update
  (#eq? @self "self")
  (#any-of? @method "append" "extend" "insert" "add" "update" "appendleft" "setdefault" "write"))

; Containers read by key: `cfg = {"cmd": "uptime", "user": name}` then `cfg["cmd"]` is the constant
; alone; `targets[name]` and `targets.get(name, "/")` are one of the entries (or the default).
(subscript value: (identifier) @subscript.object subscript: (_) @subscript.key) @subscript
((call function: (attribute object: (identifier) @subscript.object attribute: (identifier) @get)
       arguments: (argument_list . (_) @subscript.key . (_)? @subscript.default .)) @subscript
  (#eq? @get "get"))
(dictionary (pair key: (string) @entry.key value: (_) @entry.value) @entry
  (#not-match? @entry.key "^[rbuRBU]*[fF]"))

; Sources: web request data (Flask, Quart, Django, FastAPI/Starlette, Litestar, aiohttp, Sanic, Bottle,
; Pyramid/WebOb's `matchdict`, `json_body`, `params`, `text`, `user_agent`, Tornado's `arguments`;
; Flask's `request.referrer` is the Referer header), also as `self.request`
; (class-based views) and `flask.request`.
((attribute object: (identifier) @object attribute: (identifier) @field) @source
  (#any-of? @object "request" "req")
  (#any-of? @field "args" "form" "values" "json" "data" "files" "cookies" "headers" "view_args" "stream"
                   "GET" "POST" "FILES" "COOKIES" "META" "body"
                   "query_params" "path_params" "url" "path" "full_path" "query_string" "match_info" "query" "rel_url"
                   "referrer" "referer" "user_agent" "matchdict" "json_body" "text" "forms" "arguments" "query_arguments"
                   "body_arguments" "authorization"))
((attribute object: (attribute attribute: (identifier) @object) attribute: (identifier) @field) @source
  (#any-of? @object "request" "req")
  (#any-of? @field "args" "form" "values" "json" "data" "files" "cookies" "headers" "view_args" "stream"
                   "GET" "POST" "FILES" "COOKIES" "META" "body"
                   "query_params" "path_params" "url" "path" "full_path" "query_string" "match_info" "query" "rel_url"
                   "referrer" "referer" "user_agent" "matchdict" "json_body" "text" "forms" "arguments" "query_arguments"
                   "body_arguments" "authorization"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#eq? @object "request")
  (#any-of? @method "get_json" "get_data" "json" "body" "form" "text" "post" "get_full_path" "build_absolute_uri"))
((call function: (attribute object: (attribute attribute: (identifier) @object) attribute: (identifier) @method)) @source
  (#eq? @object "request")
  (#any-of? @method "get_json" "get_data" "json" "body" "form" "text" "post" "get_full_path" "build_absolute_uri"))
; Tornado handlers.
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#eq? @object "self")
  (#any-of? @method "get_argument" "get_arguments" "get_query_argument" "get_query_arguments"
                    "get_body_argument" "get_body_arguments" "get_cookie"))

; Falcon responders (`on_get(self, req, resp)`): `req.get_param("ref")` and its typed kin,
; `req.get_header(...)`, `req.media`, `req.params`; Pyramid's and WebOb's `request.params` too.
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source
  (#any-of? @object "req" "request")
  (#match? @method "^(get_param(_as_(list|json|text|bool|int|float|date|datetime|uuid))?|get_header|get_cookie_values|get_media)$")
  (#not-match? @method "_as_(bool|int|float|date|datetime|uuid)$"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source
  (#any-of? @object "req" "request")
  (#any-of? @field "media" "params" "bounded_stream"))

; Parameters of route handlers (`@app.route("/<name>")`, `@router.get(...)`). Flask converts
; `<int:id>`, `<float:x>` and `<uuid:u>` (handlers using them are skipped as a whole, since a
; query cannot tie each parameter to its converter); FastAPI checks parameters typed as
; numbers, booleans, UUIDs or dates; `Depends(...)` values are not request data.
(decorated_definition
  (decorator (call function: [(attribute attribute: (identifier) @decorator) (identifier) @decorator] arguments: (argument_list . (_)? @route)))
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter
                             (default_parameter name: (identifier) @source.parameter)]))
  (#any-of? @decorator "route" "get" "post" "put" "delete" "patch" "websocket" "head" "api_route" "websocket_route")
  (#not-any-of? @source.parameter "self" "cls")
  (#not-match? @route "<(int|float|uuid):"))
(decorated_definition
  (decorator (call function: [(attribute attribute: (identifier) @decorator) (identifier) @decorator] arguments: (argument_list . (_)? @route)))
  definition: (function_definition
    parameters: (parameters [(typed_parameter (identifier) @source.parameter type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter type: (type) @type value: (_) @default)]))
  (#any-of? @decorator "route" "get" "post" "put" "delete" "patch" "websocket" "head" "api_route" "websocket_route")
  (#not-match? @route "<(int|float|uuid):")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Request|Response|BackgroundTasks|Session|AsyncSession|WebSocket|State|Scope|Logger|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings))$")
  (#not-match? @default "^(Depends|Security|Provide|Dependency)\\("))
; Job and message payloads: the arguments of a Celery, Dramatiq, Huey or RQ task come from
; whoever queued it (`make_thumbnail.delay(form["source"])`), often a web request; a task
; bound to itself (`bind=True`) gets `self` first. (Invoke's and Fabric's `@task` are command
; lines typed by whoever runs them: a bare `@task` or one of theirs is left out.)
; `@sanitizer.entry` marks the parameters of such generic entry points (tasks, and the hooks and
; registrations found by shape below): injection rules count them, but log injection, following
; CodeQL's threat model, is reported only for remote sources (a request, a message from a network
; peer), and lists `entry` among its sanitizers.
(decorated_definition
  (decorator [(call function: [(attribute object: (_) @queue attribute: (identifier) @decorator) (identifier) @decorator @bare])
              (attribute object: (_) @queue attribute: (identifier) @decorator) (identifier) @decorator @bare])
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter @sanitizer.entry
                             (default_parameter name: (identifier) @source.parameter @sanitizer.entry)
                             (typed_parameter (identifier) @source.parameter @sanitizer.entry type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter @sanitizer.entry type: (type) @type)]))
  (#any-of? @decorator "task" "shared_task" "actor" "job")
  (#not-eq? @bare "task")
  (#not-any-of? @queue "invoke" "fabric")
  (#not-any-of? @source.parameter "self" "cls")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal)$"))
; Connection handlers of network servers: the function handed to `asyncio.start_server(handle, ...)`,
; `websockets.serve(handle, ...)` or `trio.serve_tcp(handle, port)` gets the connection (a stream
; reader, a websocket) in its first parameter; what it reads from it (`await reader.readline()`,
; `async for raw in websocket`) is what the peer sent.
((call function: [(identifier) @serve (attribute attribute: (identifier) @serve)] arguments: (argument_list . (identifier) @handler.use))
  (#any-of? @serve "serve" "serve_tcp" "start_server" "start_unix_server"))
(function_definition name: (identifier) @handler.name parameters: (parameters . [(identifier) @handler.parameter (typed_parameter (identifier) @handler.parameter)]))
; ... and workflow tasks under a bare `@task` (Airflow's TaskFlow, Prefect's `@task(retries=2)`), told
; from Invoke's and Fabric's `@task` by their first parameter: Invoke hands its tasks a context
; first (`def deploy(c, env)`), which these do not take. Their values come from the run's trigger
; or an upstream task.
(decorated_definition
  (decorator [(call function: (identifier) @decorator) (identifier) @decorator])
  definition: (function_definition
    parameters: (parameters . [(identifier) @source.parameter @sanitizer.entry
                              (default_parameter name: (identifier) @source.parameter @sanitizer.entry value: (_) @default)
                              (typed_parameter (identifier) @source.parameter @sanitizer.entry type: (type) @type)
                              (typed_default_parameter name: (identifier) @source.parameter @sanitizer.entry type: (type) @type value: (_) @default)]))
  (#eq? @decorator "task")
  (#not-match? @source.parameter "^(self|cls|_+|c|ctx|context|ti|dag_run|logger|log|session|conn|connection|cxn|config)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|[A-Za-z_.]*(Context|Session|Connection|Resource|Config|Logger))$")
  (#not-match? @default "^(-?[0-9][0-9_.eExXa-fA-F]*|True|False)$"))
(decorated_definition
  (decorator [(call function: (identifier) @decorator) (identifier) @decorator])
  definition: (function_definition
    parameters: (parameters . [(identifier) (default_parameter) (typed_parameter) (typed_default_parameter) (list_splat_pattern) (dictionary_splat_pattern)] @first
                             [(identifier) @source.parameter @sanitizer.entry
                              (default_parameter name: (identifier) @source.parameter @sanitizer.entry value: (_) @default)
                              (typed_parameter (identifier) @source.parameter @sanitizer.entry type: (type) @type)
                              (typed_default_parameter name: (identifier) @source.parameter @sanitizer.entry type: (type) @type value: (_) @default)]))
  (#eq? @decorator "task")
  (#not-match? @first "^(c|ctx|context|conn|connection|cxn)\\b")
  (#not-match? @source.parameter "^(self|cls|_+|c|ctx|context|ti|dag_run|logger|log|session|conn|connection|cxn|config)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|[A-Za-z_.]*(Context|Session|Connection|Resource|Config|Logger))$")
  (#not-match? @default "^(-?[0-9][0-9_.eExXa-fA-F]*|True|False)$"))
; Serverless handlers: AWS Lambda's `def handler(event, context)` receives the API Gateway (or
; queue, bucket) event, whose body, headers and parameters the caller wrote.
((function_definition
   parameters: (parameters . [(identifier) @source.parameter (typed_parameter (identifier) @source.parameter)]
                           . [(identifier) @context (typed_parameter (identifier) @context)] .))
  (#match? @source.parameter "^_?event$")
  (#match? @context "^_?(context|ctx|lambda_context)$"))
; ... whatever the event is called, when the function is named for a handler
; (`def lambda_handler(evt, context)`, `def handle(payload, ctx)`).
((function_definition
   name: (identifier) @name
   parameters: (parameters . [(identifier) @source.parameter (typed_parameter (identifier) @source.parameter)]
                           . [(identifier) @context (typed_parameter (identifier) @context)] .))
  (#match? @name "^(lambda_handler|handler|handle|main|[a-z_]+_handler)$")
  (#match? @context "^_?(context|ctx|lambda_context)$")
  (#not-any-of? @source.parameter "self" "cls" "request" "req"))

; Django views: a function whose first parameter is `request` and that answers with a response
; takes its other parameters from the URL (`path("staff/<uid>/", manager_of)`), as do a class-based
; view's handlers; parameters typed as numbers or UUIDs were converted by the route, and so, by
; convention, are ids and primary keys (`<int:ticket_id>`, `<int:pk>`). (The answer is what tells a
; view from a helper given the request, such as `login(request, user)`.)
((function_definition
   parameters: (parameters . (identifier) @request [(identifier) @source.parameter
                                                    (default_parameter name: (identifier) @source.parameter)])
   body: (block (return_statement (call function: [(identifier) @response (attribute attribute: (identifier) @response)]))))
  (#eq? @request "request")
  (#match? @response "^(HttpResponse[A-Za-z]*|JsonResponse|StreamingHttpResponse|FileResponse|TemplateResponse|render|redirect)$")
  (#not-match? @source.parameter "^(pk|id|.+_(id|pk))$"))
((function_definition
   parameters: (parameters . (identifier) @request (typed_parameter (identifier) @source.parameter type: (type) @type))
   body: (block (return_statement (call function: [(identifier) @response (attribute attribute: (identifier) @response)]))))
  (#eq? @request "request")
  (#match? @response "^(HttpResponse[A-Za-z]*|JsonResponse|StreamingHttpResponse|FileResponse|TemplateResponse|render|redirect)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal)$")
  (#not-match? @source.parameter "^(pk|id|.+_(id|pk))$"))
((function_definition
   name: (identifier) @method
   parameters: (parameters . (identifier) @self . (identifier) @request [(identifier) @source.parameter
                                                                       (default_parameter name: (identifier) @source.parameter)])
   body: (block (return_statement (call function: [(identifier) @response (attribute attribute: (identifier) @response)]))))
  (#eq? @self "self") (#eq? @request "request")
  (#any-of? @method "get" "post" "put" "patch" "delete")
  (#match? @response "^(HttpResponse[A-Za-z]*|JsonResponse|StreamingHttpResponse|FileResponse|TemplateResponse|render|redirect)$")
  (#not-match? @source.parameter "^(pk|id|.+_(id|pk))$"))
; A Django authentication backend's `authenticate(self, request, username=None, password=None)`
; receives what the login form posted.
((function_definition
   name: (identifier) @method
   parameters: (parameters . (identifier) @self . (identifier) @request [(identifier) @source.parameter
                                                                       (default_parameter name: (identifier) @source.parameter)]))
  (#eq? @method "authenticate") (#eq? @self "self") (#eq? @request "request"))

; Handlers by shape, whatever the framework: a function under a decorator whose last name says it
; is exposed to requests or messages (CherryPy's `@cherrypy.expose`, Pyramid's `@view_config`,
; Google Cloud Functions' `@functions_framework.http`, Socket.IO's `@sio.on("chat")`, a bot's
; `@bot.event`, Dash's `@app.callback`, a bus's `@broker.subscriber("orders")`) takes request or
; message data in every parameter but the object itself and the request, whose fields are read
; by name above (`request.dbsession` is the application's). Parameters typed as numbers, or as
; services and sessions the framework injects, are not the client's.
(decorated_definition
  (decorator [(call function: [(attribute attribute: (identifier) @decorator) (identifier) @decorator])
              (attribute attribute: (identifier) @decorator)])
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter
                             (default_parameter name: (identifier) @source.parameter)
                             (list_splat_pattern (identifier) @source.parameter)
                             (dictionary_splat_pattern (identifier) @source.parameter)]))
  (#match? @decorator "^(expose|exposed|view_config|view_defaults|endpoint|handler|handle|http|on|on_event|on_message|message|message_handler|subscribe|subscriber|listener|listen|consumer|consume|rpc|remote|jsonrpc|callback|webhook|event|websocket_route|ws_route|sse)$")
  (#not-any-of? @source.parameter "self" "cls" "request" "req"))
(decorated_definition
  (decorator [(call function: [(attribute attribute: (identifier) @decorator) (identifier) @decorator])
              (attribute attribute: (identifier) @decorator)])
  definition: (function_definition
    parameters: (parameters [(typed_parameter (identifier) @source.parameter type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter type: (type) @type value: (_) @default)]))
  (#match? @decorator "^(expose|exposed|view_config|endpoint|handler|handle|http|on|on_event|on_message|message|message_handler|subscribe|subscriber|listener|listen|consumer|consume|rpc|remote|jsonrpc|callback|webhook|event|websocket_route|ws_route|sse)$")
  (#not-any-of? @source.parameter "self" "cls" "request" "req")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Response|BackgroundTasks|Session|AsyncSession|State|Scope|Logger|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings|Broker|Channel|Context))$")
  (#not-match? @default "^(Depends|Security|Provide|Dependency|Inject)\\("))
; Entry points by shape, whatever the framework and whatever the decorator is called: a function
; registered through an object's attribute, called or not (`@hooks.checkout_started`,
; `@query.field("orders")`, `@daemon.expose`, `@subscriber.on("orders")`, `@mcp.tool()`), is called
; by whoever sends the event, the query or the message, with their values in its parameters.
; Decorators that register nothing, or nothing a client calls, are listed out by module or by
; last name: the language's wrappers (property setters, caching, `functools`, `contextlib`,
; `abc`, `typing`, dataclasses), test frameworks, numeric compilers, retry and timing wrappers,
; hooks run around a request rather than for one (`before_request`, `errorhandler`), model
; validators, and the command-line decorators below. Not tainted: the object itself, objects the
; framework makes and hands in (the request, whose fields are read by name above, a context, a
; GraphQL `info`, a session, a connection, a resolver's parent object `_`/`obj`/`root`), values
; typed as numbers or as services, and parameters whose default is a number or a boolean, which
; are options of the function rather than what the caller sends. The decorators named above
; for requests and messages (`@sio.on`, `@broker.subscriber`) are left to their own patterns:
; their parameters are remote, the ones found here only generic entry points (`entry`).
(decorated_definition
  (decorator [(call function: (attribute) @decorator) (attribute) @decorator])
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter @sanitizer.entry
                             (default_parameter name: (identifier) @source.parameter @sanitizer.entry value: (_) @default)
                             (list_splat_pattern (identifier) @source.parameter @sanitizer.entry)
                             (dictionary_splat_pattern (identifier) @source.parameter @sanitizer.entry)
                             (typed_parameter (identifier) @source.parameter @sanitizer.entry type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter @sanitizer.entry type: (type) @type value: (_) @default)]))
  (#not-match? @decorator "(^|\\.)(expose|exposed|view_config|view_defaults|endpoint|handler|handle|http|on|on_event|on_message|message|message_handler|subscribe|subscriber|listener|listen|consumer|consume|rpc|remote|jsonrpc|callback|webhook|event|websocket_route|ws_route|sse)$")
  (#not-match? @decorator "^(functools|contextlib|abc|typing|typing_extensions|dataclasses|enum|atexit|asyncio|unittest|mock|pytest|hypothesis|support|test|numba|torch|tf|jax|np|numpy|attr|attrs|pydantic|sqlalchemy|sa|tenacity|backoff|cachetools|six|click|typer|invoke|fabric)(\\.|$)")
  (#not-match? @decorator "(^|\\.)(setter|getter|deleter|register|fixture|staticmethod|classmethod|dataclass|unique|no_type_check|runtime_checkable|decorator|wrapper|wraps|synchronized|locked|trace|traced|logged|instrument|measure|throttle|debounce|rate_limit|ratelimit|limits|sleep_and_retry|cache_page|cache_control|never_cache|atomic|transaction|parametrize|patch|object|dict|multiple|skip[A-Za-z_]*|expectedFailure|xfail|usefixtures|filterwarnings|timeout|flaky|property|cached_property|lru_cache|cache|cached|memoize[a-z_]*|wraps|total_ordering|singledispatch[a-z_]*|contextmanager|asynccontextmanager|abstract[a-z_]*|overload|override|final|deprecated|jit|njit|vectorize|no_grad|inference_mode|retry[a-z_]*|on_exception|timed|timer|timeit|profile|[a-z_]*validator|validates|hybrid_property|hybrid_method|expression|comparator|declared_attr|reconstructor|listens_for|before_[a-z_]+|after_[a-z_]+|teardown_[a-z_]*|context_processor|shell_context_processor|errorhandler|exception_handler|middleware|on_startup|on_shutdown|url_value_preprocessor|url_defaults|template_global|template_test|user_loader|request_loader|token_loader|cpython_only|requires[a-z_]*|impl_detail|bigmemtest|command|group|argument|option|password_option|confirmation_option|pass_context|pass_obj|coroutine|task|shared_task|actor|job|setup|fixture|route|get|post|put|delete|patch|head|options|websocket|api_route|websocket_route)$")
  (#not-match? @source.parameter "^(self|cls|_+|obj|root|parent|request|req|ctx|context|info|sid|c|app|bot|client|session|db|conn|connection|cursor|logger|log|settings|config|loop|call_next|next|interaction|sender)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Request|Response|BackgroundTasks|Session|AsyncSession|WebSocket|State|Scope|Logger|GraphQLResolveInfo|Info|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings|Broker|Channel|Context|Interaction|Bot))$")
  (#not-match? @default "^(-?[0-9][0-9_.eExXa-fA-F]*|True|False)$")
  (#not-match? @default "^(Depends|Security|Provide|Dependency|Inject)\\("))
; ... and by a call of a plain name that comes from a library: the file defines no function or
; class so named (Nameko's `@event_handler("orders", "created")` and `@rpc()`, an imported
; `@tool(...)`); a wrapper the file writes itself (`def retry(times): ...`) registers nothing
; (`@registrar`, see TaintAnalysis). A plain name that is not called (`@with_cleanup`,
; `@login_required`) is a wrapper far more often than a registration, and is left out.
(decorated_definition
  (decorator (call function: (identifier) @decorator @registrar))
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter @sanitizer.entry
                             (default_parameter name: (identifier) @source.parameter @sanitizer.entry value: (_) @default)
                             (list_splat_pattern (identifier) @source.parameter @sanitizer.entry)
                             (dictionary_splat_pattern (identifier) @source.parameter @sanitizer.entry)
                             (typed_parameter (identifier) @source.parameter @sanitizer.entry type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter @sanitizer.entry type: (type) @type value: (_) @default)]))
  (#not-match? @decorator "(^|\\.)(expose|exposed|view_config|view_defaults|endpoint|handler|handle|http|on|on_event|on_message|message|message_handler|subscribe|subscriber|listener|listen|consumer|consume|rpc|remote|jsonrpc|callback|webhook|event|websocket_route|ws_route|sse)$")
  (#not-match? @decorator "^(functools|contextlib|abc|typing|typing_extensions|dataclasses|enum|atexit|asyncio|unittest|mock|pytest|hypothesis|support|test|numba|torch|tf|jax|np|numpy|attr|attrs|pydantic|sqlalchemy|sa|tenacity|backoff|cachetools|six|click|typer|invoke|fabric)(\\.|$)")
  (#not-match? @decorator "(^|\\.)(setter|getter|deleter|register|fixture|staticmethod|classmethod|dataclass|unique|no_type_check|runtime_checkable|decorator|wrapper|wraps|synchronized|locked|trace|traced|logged|instrument|measure|throttle|debounce|rate_limit|ratelimit|limits|sleep_and_retry|cache_page|cache_control|never_cache|atomic|transaction|parametrize|patch|object|dict|multiple|skip[A-Za-z_]*|expectedFailure|xfail|usefixtures|filterwarnings|timeout|flaky|property|cached_property|lru_cache|cache|cached|memoize[a-z_]*|wraps|total_ordering|singledispatch[a-z_]*|contextmanager|asynccontextmanager|abstract[a-z_]*|overload|override|final|deprecated|jit|njit|vectorize|no_grad|inference_mode|retry[a-z_]*|on_exception|timed|timer|timeit|profile|[a-z_]*validator|validates|hybrid_property|hybrid_method|expression|comparator|declared_attr|reconstructor|listens_for|before_[a-z_]+|after_[a-z_]+|teardown_[a-z_]*|context_processor|shell_context_processor|errorhandler|exception_handler|middleware|on_startup|on_shutdown|url_value_preprocessor|url_defaults|template_global|template_test|user_loader|request_loader|token_loader|cpython_only|requires[a-z_]*|impl_detail|bigmemtest|command|group|argument|option|password_option|confirmation_option|pass_context|pass_obj|coroutine|task|shared_task|actor|job|setup|fixture|route|get|post|put|delete|patch|head|options|websocket|api_route|websocket_route)$")
  (#not-match? @source.parameter "^(self|cls|_+|obj|root|parent|request|req|ctx|context|info|sid|c|app|bot|client|session|db|conn|connection|cursor|logger|log|settings|config|loop|call_next|next|interaction|sender)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Request|Response|BackgroundTasks|Session|AsyncSession|WebSocket|State|Scope|Logger|GraphQLResolveInfo|Info|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings|Broker|Channel|Context|Interaction|Bot))$")
  (#not-match? @default "^(-?[0-9][0-9_.eExXa-fA-F]*|True|False)$")
  (#not-match? @default "^(Depends|Security|Provide|Dependency|Inject)\\("))
; (Route decorators are left to the route patterns above, which know their converters.)
; Command-line entry points (Click, Typer, Invoke and Fabric tasks, a group's `@cli.command()`):
; their parameters are what the person running the program typed. CodeQL keeps command-line input
; in a threat model of its own, off by default; here it counts where a wrapper or a web front end
; that passes a value through makes it an injection: shell commands and code (as `sys.argv` does
; below). Not for the files or URLs the command is told to open (the `cli` kind), nor for SQL: a
; database tool runs the statements and the filters its operator typed or named (`deploy
; schema.sql`), which is what it is for.
(decorated_definition
  (decorator [(call function: [(attribute) (identifier)] @decorator) (attribute) @decorator])
  definition: (function_definition
    parameters: (parameters [(identifier) @source.parameter @sanitizer.cli @sanitizer.sql
                             (default_parameter name: (identifier) @source.parameter @sanitizer.cli @sanitizer.sql value: (_) @default)
                             (list_splat_pattern (identifier) @source.parameter @sanitizer.cli @sanitizer.sql)
                             (typed_parameter (identifier) @source.parameter @sanitizer.cli @sanitizer.sql type: (type) @type)
                             (typed_default_parameter name: (identifier) @source.parameter @sanitizer.cli @sanitizer.sql type: (type) @type value: (_) @default)]))
  (#match? @decorator "^((click|typer)\\.[a-z_]+|(invoke|fabric)\\.task|[A-Za-z_][A-Za-z0-9_]*\\.(command|group))$")
  (#not-match? @source.parameter "^(self|cls|_+|obj|root|parent|request|req|ctx|context|info|sid|c|app|bot|client|session|db|conn|connection|cursor|logger|log|settings|config|loop|call_next|next|interaction|sender)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Request|Response|BackgroundTasks|Session|AsyncSession|WebSocket|State|Scope|Logger|GraphQLResolveInfo|Info|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings|Broker|Channel|Context|Interaction|Bot))$")
  (#not-match? @default "^(-?[0-9][0-9_.eExXa-fA-F]*|True|False)$"))
; Methods of classes that are request handlers by their base class (`class Orders(MethodView)`,
; Tornado's `RequestHandler`, Falcon and Flask-RESTful resources, Starlette's `HTTPEndpoint`):
; the HTTP verb methods' parameters (`on_get(self, req, resp, slug)`, `get(self, slug)`) are the
; request's, ids and primary keys aside (routes convert them).
(class_definition
  superclasses: (argument_list [(identifier) @base (attribute attribute: (identifier) @base)])
  body: (block [(function_definition
                  name: (identifier) @method
                  parameters: (parameters . (identifier) . [(identifier) @source.parameter
                                                           (default_parameter name: (identifier) @source.parameter)
                                                           (typed_parameter (identifier) @source.parameter type: (type) @type)]))
                (decorated_definition
                  definition: (function_definition
                    name: (identifier) @method
                    parameters: (parameters . (identifier) . [(identifier) @source.parameter
                                                             (default_parameter name: (identifier) @source.parameter)
                                                             (typed_parameter (identifier) @source.parameter type: (type) @type)])))])
  (#match? @base "(View|APIView|Handler|Endpoint|HTTPEndpoint|Resource)$")
  (#match? @method "^(on_)?(get|post|put|patch|delete|head|options)(_[a-z_]+)?$")
  (#not-match? @source.parameter "^(pk|id|.+_(id|pk)|resp|response|res)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Response|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings))$"))
; ... and every public method of a controller, view set, consumer or gateway (Django REST
; Framework's `retrieve(self, request, pk=None)`, Channels' `receive(self, text_data=None)`).
(class_definition
  superclasses: (argument_list [(identifier) @base (attribute attribute: (identifier) @base)])
  body: (block [(function_definition
                  name: (identifier) @method
                  parameters: (parameters . (identifier) . [(identifier) @source.parameter
                                                           (default_parameter name: (identifier) @source.parameter)
                                                           (typed_parameter (identifier) @source.parameter type: (type) @type)]))
                (decorated_definition
                  definition: (function_definition
                    name: (identifier) @method
                    parameters: (parameters . (identifier) . [(identifier) @source.parameter
                                                             (default_parameter name: (identifier) @source.parameter)
                                                             (typed_parameter (identifier) @source.parameter type: (type) @type)])))])
  (#match? @base "(Controller|ViewSet|Consumer|Gateway)$")
  (#not-match? @method "^(_|get_|perform_|has_|check_|filter_|paginate_)")
  (#not-match? @source.parameter "^(pk|id|.+_(id|pk)|serializer|queryset)$")
  (#not-match? @type "^(int|float|bool|UUID|uuid\\.UUID|date|datetime|Decimal|Response|[A-Za-z_.]*(Session|Connection|Engine|Service|Repository|Client|Config|Settings))$"))
; Request readers by shape: a method of the request named for what it reads (BlackSheep's
; `request.get_first_header(b"Referer")`, Azure Functions' `req.get_body()`, Robyn's
; `request.json()`, `await request.read()`), also where the framework keeps the request
; (`cherrypy.request.body.read()`, `self.request.get_json()`).
((call function: (attribute object: [(identifier) @object (attribute attribute: (identifier) @object)] attribute: (identifier) @method)) @source
  (#any-of? @object "request" "req" "http_request")
  (#match? @method "^(get_(json|data|body|param|params|query|query_param|query_params|header|headers|first_header|cookie|cookies|arg|args|argument|arguments|form|field|file|files|value|values|all)|json|form|body|text|read|files|media|content|stream|query|params|input|values|cookies|headers)$"))
((attribute object: [(identifier) @object (attribute attribute: (identifier) @object)] attribute: (identifier) @field) @source
  (#any-of? @object "request" "req" "http_request")
  (#any-of? @field "route_params" "route_values" "params" "raw_body" "content" "form_data" "query_args" "cookie"))

; Streamlit apps are pages served to visitors: what a visitor types into a text widget
; (`st.text_input("Product")`, `st.text_area`, `st.chat_input`) and the page's query parameters.
((call function: (attribute object: (identifier) @module attribute: (identifier) @widget)) @source
  (#any-of? @module "st" "streamlit")
  (#any-of? @widget "text_input" "text_area" "chat_input"))
((attribute object: (identifier) @module attribute: (identifier) @field) @source
  (#any-of? @module "st" "streamlit")
  (#any-of? @field "query_params" "experimental_get_query_params"))

; Weak randomness, followed by the rules that list `flows-to` (crypto.yml): values of the `random`
; module, and where a guessable value does harm: the session or a cookie under a name for a secret
; or an id (not `theme`, `ab_bucket`), a name for a secret (a
; variable, attribute, key, keyword argument or function so named; not a bare `token`, which
; parsers and tokenizers use for theirs).
((call function: [(attribute object: (identifier) @module attribute: (identifier) @function) (identifier) @function @bare]) @source.random
  (#eq? @module "random")
  (#any-of? @function "random" "randint" "randrange" "choice" "choices" "sample" "getrandbits" "randbytes" "uniform" "shuffle")
  (#not-any-of? @bare "choice" "random" "sample" "shuffle" "uniform"))
; ... and of a `random.Random()` instance, called in place or kept under a name (`rng =
; random.Random()`, then `rng.getrandbits(8)`; crypto.yml checks what the name holds).
((call function: (attribute object: [(identifier) @generator
                                     (call function: (attribute object: (identifier) @module attribute: (identifier) @class))]
                            attribute: (identifier) @function)) @source.random
  (#not-any-of? @generator "random" "secrets")
  (#eq? @module "random") (#eq? @class "Random")
  (#any-of? @function "random" "randint" "randrange" "choice" "choices" "sample" "getrandbits" "randbytes" "uniform"))
;    ... `uuid.uuid1()` (clock and MAC address) and NumPy's generator.
((call function: (attribute object: (identifier) @module attribute: (identifier) @function)) @source.random
  (#eq? @module "uuid") (#eq? @function "uuid1"))
((call function: (attribute object: (attribute object: (identifier) @module attribute: (identifier) @submodule) attribute: (identifier) @function)) @source.random
  (#any-of? @module "numpy" "np") (#eq? @submodule "random")
  (#any-of? @function "rand" "randint" "random" "random_sample" "choice" "bytes" "permutation"))
; A random value under a key or keyword that names something nobody has to guess (`{"tip":
; random.choice(TIPS)}`, `banner=...`) is not what makes the record a secret (insecure-random's sanitizer).
((pair key: (string (string_content) @name) value: (_) @sanitizer.label)
  (#match? @name "(?i)^(error|err|label|title|name|message|theme|color|colour|delay|retry|retry_?after|attempt|attempts|banner|tip|hint|greeting|count|index|weight|score|x|y|width|height|duration|timeout|jitter|backoff|order|position|rank|avatar|emoji|icon|quote|fact|motd)$"))
((keyword_argument name: (identifier) @name value: (_) @sanitizer.label)
  (#match? @name "(?i)^(error|err|label|title|name|message|theme|color|colour|delay|retry|retry_?after|attempt|attempts|banner|tip|hint|greeting|count|index|weight|score|x|y|width|height|duration|timeout|jitter|backoff|order|position|rank|avatar|emoji|icon|quote|fact|motd)$"))
; A handle: a key under which a record is filed and found again (`ROOMS[code] = room`,
; `cache.set(f"magic:{link}", email)`). Whoever knows the key reaches the record, so a key made
; of random text (crypto.yml's `flows-to "handle"`: a joined alphabet, hex of `getrandbits`)
; must not be guessable; a random number as an index (`grid[randint(0, 9)] = mine`) is no such text.
(assignment left: (subscript subscript: (_) @sink.handle))
((call function: (attribute object: [(identifier) @store (attribute attribute: (identifier) @store)] attribute: (identifier) @method)
       arguments: (argument_list . (_) @sink.handle))
  (#match? @store "(?i)(cache|redis|store|kv|memcache|memcached)$") (#any-of? @method "set" "setex" "add" "hset" "set_many"))
; Where a weak random value does harm, by shape rather than by the word alone: a name that ends
; in `_token` (`host_token`, `reconnect_token`; not a parser's `next_token`, a model's
; `sampled_token` or `pad_token`), a key into a store of secrets (`self.tokens[t] = ...`,
; `SESSIONS[sid] = user`), a text mailed or texted to a person (the code they will type back),
; and a response header named for a secret.
((assignment left: [(identifier) @name (attribute attribute: (identifier) @name)] right: (_) @sink.secret)
  (#match? @name "(?i)[a-z0-9]_token$")
  (#not-match? @name "(?i)(^|_)(next|prev|previous|cur|curr|current|last|first|start|end|eos|bos|pad|unk|sep|cls|mask|special|sampled|predicted|new|old|this|that|peek|lookahead|ws|op|num|max|min)_token$"))
((keyword_argument name: (identifier) @name value: (_) @sink.secret)
  (#match? @name "(?i)[a-z0-9]_token$")
  (#not-match? @name "(?i)(^|_)(next|prev|previous|cur|curr|current|last|first|start|end|eos|bos|pad|unk|sep|cls|mask|special|sampled|predicted|new|old|this|that|peek|lookahead|ws|op|num|max|min)_token$"))
(assignment
  left: (subscript value: [(identifier) @store (attribute attribute: (identifier) @store)] subscript: (_) @sink.secret)
  (#match? @store "(?i)(tokens|sessions|secrets|nonces|otps|api_?keys|invites|invitations|reset_?codes|login_?codes|passwords)$"))
((call function: [(identifier) @name (attribute attribute: (identifier) @name)] arguments: (argument_list (_) @sink.secret))
  (#match? @name "(?i)^(send_?(e?mail|sms|text|text_message)|e?mail_user|mail_to|notify_by_(e?mail|sms))$"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @name) arguments: (argument_list (_) @sink.secret))
  (#match? @object "(?i)^(sms|mail|mailer|email|twilio|sns)$") (#any-of? @name "send" "send_message" "send_mail" "publish"))
(assignment
  left: (subscript value: (attribute attribute: (identifier) @headers) subscript: (string (string_content) @key))
  right: (_) @sink.secret
  (#eq? @headers "headers") (#match? @key "(?i)(token|secret|csrf|xsrf|nonce|api-?key|auth|session)"))
(assignment
  left: (subscript value: [(identifier) @session (attribute attribute: (identifier) @session)] subscript: (_) @key)
  right: (_) @sink.secret
  (#eq? @session "session") (#match? @key "(?i)(token|secret|sid|session|auth|remember|csrf|xsrf|nonce|otp|code|pin|key|pass|state|login|verif|confirm|invit|reset|(^|[^a-z])id([^a-z]|$))"))
((call function: (attribute attribute: (identifier) @method) arguments: (argument_list . (_) @key . (_) @sink.secret))
  (#eq? @method "set_cookie") (#match? @key "(?i)(token|secret|sid|session|auth|remember|csrf|xsrf|nonce|otp|code|pin|key|pass|state|login|verif|confirm|invit|reset|(^|[^a-z])id([^a-z]|$))"))
((call function: (attribute attribute: (identifier) @method)
       arguments: (argument_list (keyword_argument name: (identifier) @keyword value: (_) @sink.secret)))
  (#eq? @method "set_cookie") (#eq? @keyword "value"))
((keyword_argument name: (identifier) @name value: (_) @sink.secret)
  (#match? @name "(?i)((reset|auth|api|access|refresh|session|csrf|xsrf|secret|verification|verify|confirm|confirmation|invite|invitation|magic|login|bearer|unsubscribe|activation|remember|one_?time|generate|make|new|create|random|gen)_?token|passw(or)?d|passwd|pwd|secret|api_?key|secret_?key|private_?key|signing_?key|otp|nonce|salt|session_?(id|key)|sid|reset_?code|verification_?code|auth_?code|pin_?code|(one_?time|invite|invitation|confirm|confirmation|login|sms|mfa|totp|2fa|activation)_?code)$"))
((pair key: (string (string_content) @name) value: (_) @sink.secret)
  (#match? @name "(?i)((reset|auth|api|access|refresh|session|csrf|xsrf|secret|verification|verify|confirm|confirmation|invite|invitation|magic|login|bearer|unsubscribe|activation|remember|one_?time|generate|make|new|create|random|gen)_?token|passw(or)?d|passwd|pwd|secret|api_?key|secret_?key|private_?key|signing_?key|otp|nonce|salt|session_?(id|key)|sid|reset_?code|verification_?code|auth_?code|pin_?code|(one_?time|invite|invitation|confirm|confirmation|login|sms|mfa|totp|2fa|activation)_?code)$"))
((assignment left: [(attribute attribute: (identifier) @name) (subscript subscript: (string (string_content) @name))] right: (_) @sink.secret)
  (#match? @name "(?i)((reset|auth|api|access|refresh|session|csrf|xsrf|secret|verification|verify|confirm|confirmation|invite|invitation|magic|login|bearer|unsubscribe|activation|remember|one_?time|generate|make|new|create|random|gen)_?token|passw(or)?d|passwd|pwd|secret|api_?key|secret_?key|private_?key|signing_?key|otp|nonce|salt|session_?(id|key)|sid|reset_?code|verification_?code|auth_?code|pin_?code|(one_?time|invite|invitation|confirm|confirmation|login|sms|mfa|totp|2fa|activation)_?code)$"))
((assignment left: (identifier) @name right: (_) @sink.secret)
  (#match? @name "(?i)((reset|auth|api|access|refresh|session|csrf|xsrf|secret|verification|verify|confirm|confirmation|invite|invitation|magic|login|bearer|unsubscribe|activation|remember|one_?time|generate|make|new|create|random|gen)_?token|passw(or)?d|passwd|pwd|secret|api_?key|secret_?key|private_?key|signing_?key|otp|nonce|salt|session_?(id|key)|sid|reset_?code|verification_?code|auth_?code|pin_?code|(one_?time|invite|invitation|confirm|confirmation|login|sms|mfa|totp|2fa|activation)_?code)$"))
((function_definition name: (identifier) @name body: (block [(return_statement (_) @sink.secret)
                                                          (_ [(return_statement (_) @sink.secret) (block (return_statement (_) @sink.secret))])]))
  (#match? @name "(?i)((reset|auth|api|access|refresh|session|csrf|xsrf|secret|verification|verify|confirm|confirmation|invite|invitation|magic|login|bearer|unsubscribe|activation|remember|one_?time|generate|make|new|create|random|gen)_?token|passw(or)?d|passwd|pwd|secret|api_?key|secret_?key|private_?key|signing_?key|otp|nonce|salt|session_?(id|key)|sid|reset_?code|verification_?code|auth_?code|pin_?code|(one_?time|invite|invitation|confirm|confirmation|login|sms|mfa|totp|2fa|activation)_?code)$"))

; ... a record created or updated with it as its code, key, token or password
; (`Invite.objects.create(code=slug)`, `ApiKey.objects.create(key=key)`), and a helper named for
; making one (`def make_code():`, `def generate_pin():`).
((call function: (attribute attribute: (identifier) @method)
       arguments: (argument_list (keyword_argument name: (identifier) @name value: (_) @sink.secret)))
  (#any-of? @method "create" "get_or_create" "update_or_create" "update" "insert" "insert_one" "update_one")
  (#match? @name "^(code|key|token|password|secret|pin|nonce|salt|otp)$"))
((call function: [(identifier) @name (attribute attribute: (identifier) @name)] arguments: (argument_list (_) @sink.secret))
  (#match? @name "(?i)^(save|store|set|create|persist|issue|send)_[a-z0-9_]*(token|secret|password|passwd|otp|nonce|reset_?code|api_?key|session|invite|invitation|(share|invite|invitation|magic|reset|activation|access|login|download)_?(link|url)|(sms|otp|verification|verify|login|auth|mfa|pin|one_?time|confirm|confirmation|invite|invitation|reset|activation|recovery|backup)_?code)s?$"))
; ... and a key handed to a store or issuer named for keys (`store_key(service, key)`,
; `issue_api_key(...)`): the value is the credential.
((call function: [(identifier) @name (attribute attribute: (identifier) @name)] arguments: (argument_list (_) @sink.secret))
  (#match? @name "(?i)^(save|store|persist|issue)_([a-z0-9]+_)?keys?$"))
((function_definition name: (identifier) @name body: (block [(return_statement (_) @sink.secret)
                                                          (_ [(return_statement (_) @sink.secret) (block (return_statement (_) @sink.secret))])]))
  (#match? @name "(?i)^_?(make|generate|gen|new|create|random|issue)_?(code|pin|key|password|passwd|secret|otp|nonce|salt|sid|session_id)$"))

; Local input: what the person running the program typed (console, command line) or configured
; (environment). Untrusted for SQL, shell commands and code, yet a script may open the file or
; fetch the URL its user names: path, URL and HTML rules list `cli` and `env` as sanitizers, and
; the shell rule lists `env` (`$EDITOR`, `$PAGER`).
((call function: (identifier) @function) @source @sanitizer.cli (#any-of? @function "input" "raw_input"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source @sanitizer.cli
  (#eq? @object "sys") (#any-of? @field "argv" "stdin"))
; argparse's namespace is the command line too (`args = parser.parse_args()`, then `args.host`).
((call function: (attribute attribute: (identifier) @method)) @source @sanitizer.cli
  (#any-of? @method "parse_args" "parse_known_args" "parse_intermixed_args"))
((attribute object: (identifier) @object attribute: (identifier) @field) @source @sanitizer.env
  (#eq? @object "os") (#any-of? @field "environ" "environb"))
((call function: (attribute object: (identifier) @object attribute: (identifier) @method)) @source @sanitizer.env
  (#eq? @object "os") (#any-of? @method "getenv" "getenvb"))

; Sanitizers: conversions to numbers are safe everywhere; the others for their kind of sink.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer
  (#any-of? @function "int" "float" "bool" "len" "abs" "round" "ord" "hash" "UUID" "Decimal"))
; ... and an f-string field formatted as a number (`{price / 100:.2f}`, `{count:d}`, `{n:,}` aside):
; format() raises on any text given a numeric presentation type.
((interpolation format_specifier: (format_specifier) @spec) @sanitizer
  (#match? @spec "^:[#0-9+ ,_.<>=^-]*[dfFeEgGxXobn%]$"))
; Records looked up with request data are the database's, not the request's: Django's managers
; (`Product.objects.get(sku=sku)`, `Coupon.objects.filter(code=c).first()`), `get_object_or_404`,
; `authenticate(...)` (a user or None), and rows fetched from a cursor or a query.
((call function: (attribute object: (attribute attribute: (identifier) @manager))) @sanitizer
  (#eq? @manager "objects"))
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer
  (#any-of? @function "get_object_or_404" "get_list_or_404" "authenticate" "first_or_404" "get_or_404" "one_or_404"))
((call function: (attribute attribute: (identifier) @method)) @sanitizer
  (#any-of? @method "first" "one" "one_or_none" "scalar" "scalar_one" "scalar_one_or_none" "fetchone" "fetchall"))
; ... and records returned by helpers named for a lookup (`search_articles(q)`, `find_order(number)`,
; `lookup_tenant(host)`, `user_by_email(email)`), imported from the project's data layer.
; (Not a method of the object itself, nor a helper building text: `self.lookup_expr(name)`.)
((call function: [(identifier) @function (attribute object: (identifier) @object attribute: (identifier) @function)]) @sanitizer
  (#match? @function "^(find|search|lookup|fetch|load)_[a-z0-9_]+$|^[a-z0-9]+(_[a-z0-9]+)*_by_[a-z0-9_]+$")
  (#not-match? @function "^(fetch|load)_(url|page|remote|html|text|body|file|content|data|json|yaml|pickle|config)|_(expr|expression|query|path|url|uri|filter|sql|cmd|command|html|template|pattern|regex|xpath|dn)s?$")
  (#not-any-of? @object "self" "cls"))
; ... and entries a directory search returned (python-ldap's `search_s`; the DN bound next is
; the directory's).
((call function: (attribute attribute: (identifier) @method)) @sanitizer
  (#any-of? @method "search_s" "search_st" "search_ext_s"))
; A file opened by name holds the file's contents, not the name: `compile(open(path).read(), ...)`
; runs the script its user named, and a path from a request is path traversal at the `open` (the
; argument is still checked there). Archives (`tarfile.open(fileobj=upload)`) keep their data.
((call function: [(identifier) @function (attribute object: (identifier) @module attribute: (identifier) @function)]) @sanitizer
  (#any-of? @function "open" "open_code") (#any-of? @module "io" "codecs"))
; The condition of `a if cond else b` picks an arm; it is not part of the value
; (`"admin" if user.is_staff else "member"` is one of two constants).
(conditional_expression . (_) . (_) @sanitizer . (_) .)
; shell: quoting for a POSIX shell.
((call function: (attribute object: (identifier) @module attribute: (identifier) @function)) @sanitizer.shell
  (#any-of? @module "shlex" "pipes") (#any-of? @function "quote" "join"))
; `from shlex import quote` (or urllib's `quote`, whose output has no shell metacharacters either).
((call function: (identifier) @function) @sanitizer.shell
  (#eq? @function "quote"))
; html: escaping, sanitizing, rendering templates with autoescape, JSON responses.
((call function: (attribute attribute: (identifier) @function)) @sanitizer.html
  (#any-of? @function "escape" "sanitize" "clean" "conditional_escape" "format_html" "render_template"
                      "render_to_string" "render" "jsonify"))
((call function: (identifier) @function) @sanitizer.html
  (#any-of? @function "escape" "sanitize" "conditional_escape" "format_html" "render_template" "render_to_string"
                      "render" "jsonify" "JsonResponse"))
; Escaping done by hand (`s.replace("<", "&lt;")`, so that a helper returning it escapes), and
; the escaping helpers of a project, imported from its other files, by their names
; (`html_escape`, `escape_html`, `sanitize_html`).
((call function: (attribute attribute: (identifier) @method) arguments: (argument_list . (string) . (string) @entity)) @sanitizer.html
  (#eq? @method "replace") (#match? @entity "&lt;|&#60;|&#x3[cC];"))
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.html
  (#match? @function "(?i)^_?((x?html|xml)_?(escape|encode|quote|sanitize|safe)|(escape|encode|sanitize|clean)_?(html|xml|markup|for_html)|esc)$"))
; Percent-encoding leaves no markup characters (Tornado's `url_escape`, `urllib.parse.quote`);
; not `shlex.quote`, which only wraps its text in quotes.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.html
  (#any-of? @function "url_escape" "quote_plus" "urlencode"))
((call function: (attribute object: [(identifier) @module (attribute attribute: (identifier) @module)] attribute: (identifier) @function)) @sanitizer.html
  (#eq? @module "parse") (#eq? @function "quote"))
; `Markup("<b>{}</b>").format(name)` and `Markup("<b>%s</b>") % name` escape their arguments.
((call function: (attribute object: (call function: [(identifier) @markup (attribute attribute: (identifier) @markup)])
                            attribute: (identifier) @method)) @sanitizer.html
  (#eq? @markup "Markup") (#eq? @method "format"))
((binary_operator left: (call function: [(identifier) @markup (attribute attribute: (identifier) @markup)]) operator: "%") @sanitizer.html
  (#eq? @markup "Markup"))
; path: a bare file name cannot climb out of a folder; `safe_join` refuses paths that would.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.path
  (#any-of? @function "secure_filename" "basename" "safe_join"))
((attribute object: (call function: (identifier) @class) attribute: (identifier) @field) @sanitizer.path
  (#any-of? @class "Path" "PurePath" "PurePosixPath") (#eq? @field "name"))
; url: URLs built by the application (Flask's `url_for`, Django's `reverse`, Pyramid's
; `request.route_url`, Starlette's `url_path_for`), and `x if url_has_allowed_host_and_scheme(x, ...) else "/"`.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.url
  (#any-of? @function "url_for" "reverse" "reverse_lazy" "resolve_url" "route_url" "route_path" "static_url"
                      "static_path" "resource_url" "url_path_for"))
((conditional_expression
   (_)
   [(call function: [(identifier) @check (attribute attribute: (identifier) @check)])
    (boolean_operator (call function: [(identifier) @check (attribute attribute: (identifier) @check)]))]
   (_)) @sanitizer.url
  (#any-of? @check "url_has_allowed_host_and_scheme" "is_safe_url" "is_safe_redirect_url"))
; url: percent-encoding keeps a value inside one part of the URL.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.url
  (#any-of? @function "quote" "quote_plus" "urlencode"))
; A module constant's lookup table (`FEEDS[name]`, `COMMANDS.get(action)`) returns its own values,
; whatever the key.
((subscript value: (identifier) @table subscript: (_) @sanitizer)
  (#match? @table "^[A-Z][A-Z0-9_]*$"))
((call function: (attribute object: (identifier) @table attribute: (identifier) @method) arguments: (argument_list . (_) @sanitizer))
  (#eq? @method "get") (#match? @table "^[A-Z][A-Z0-9_]*$"))
; ... and so does a literal table looked up in place (`{"asc": "ASC", "desc": "DESC"}.get(d, "DESC")`).
(subscript value: (dictionary) subscript: (_) @sanitizer)
((call function: (attribute object: (dictionary) attribute: (identifier) @method) arguments: (argument_list . (_) @sanitizer))
  (#eq? @method "get"))
; sql: psycopg's composition (`sql.SQL("... {}").format(sql.Identifier(name))`) quotes identifiers
; and literals itself.
((call function: [(identifier) @function (attribute object: (identifier) @module attribute: (identifier) @function)]) @sanitizer.sql
  (#any-of? @function "Identifier" "Literal" "Placeholder") (#any-of? @module "sql" "psycopg" "psycopg2"))
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

; ... and so does a constant base followed by a path: `f"{API_BASE}/users/{uid}"`.
((string) @sanitizer.url
  (#match? @sanitizer.url "^[fF][rR]?[\"']\\{[A-Z][A-Z0-9_]*\\}/"))
((binary_operator
   left: [(binary_operator left: (identifier) @base right: (string) @path)
          (binary_operator left: (binary_operator left: (identifier) @base right: (string) @path))]) @sanitizer.url
  (#match? @base "^[A-Z][A-Z0-9_]*$") (#match? @path "^[\"']/"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift): checks after which a value is safe.
(if_statement condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_statement alternative: (elif_clause)) @guard @guard.alternative
(if_statement alternative: (else_clause body: (_) @guard.else)) @guard
(elif_clause condition: (_) @guard.condition consequence: (_) @guard.then) @guard @guard.alternative
; A comprehension's `if` filters what its element sees: `{k: v for k, v in raw.items() if k in FIELDS}`.
([(dictionary_comprehension body: (_) @guard.then (if_clause (_) @guard.condition))
  (list_comprehension body: (_) @guard.then (if_clause (_) @guard.condition))
  (set_comprehension body: (_) @guard.then (if_clause (_) @guard.condition))
  (generator_expression body: (_) @guard.then (if_clause (_) @guard.condition))] @guard)
(conditional_expression . (_) @guard.then . (_) @guard.condition . (_) @guard.else .) @guard
; Validation by conversion in a `try` whose handler leaves: `try: uuid.UUID(key)` then
; `except ValueError: return HttpResponseBadRequest()` proves `key` a UUID after the statement
; (the try body is the branch taken when the conversion succeeds, the handler the other).
((try_statement
   body: (block . (expression_statement
                    (call function: [(identifier) @function (attribute attribute: (identifier) @function)]
                          arguments: (argument_list . (_) @guard.subject)) @guard.condition @guard.safe) @guard.then)
   (except_clause (block) @guard.else) .) @guard
  (#any-of? @function "UUID" "int" "float" "Decimal" "ObjectId" "fromisoformat"))
; ... and pathlib's containment check: `try: candidate.relative_to(BASE)` then `except ValueError:
; raise Http404` keeps a resolved path under BASE (`relative_to` raises for any other path).
((try_statement
   body: (block . [(expression_statement
                     (call function: (attribute object: (_) @guard.subject.normalized attribute: (identifier) @method)) @guard.condition @guard.safe.path)
                   (expression_statement
                     (assignment right: (call function: (attribute object: (_) @guard.subject.normalized attribute: (identifier) @method)) @guard.condition @guard.safe.path))] @guard.then)
   (except_clause (block) @guard.else) .) @guard
  (#eq? @method "relative_to"))
; A `try` with one handler is a conditional without a condition: after it, a variable holds what
; the body left (`try: page = int(page)`) or what the handler left, nothing when the handler leaves
; (see Sources/CodePalAnalysis/Lint/TaintBranches.swift).
(try_statement body: (block) @guard.then . (except_clause (block) @guard.else) .) @guard
[(return_statement) (raise_statement) (continue_statement) (break_statement)] @guard.exit
((expression_statement
   (call function: [(identifier) @function (attribute object: (identifier) @module attribute: (identifier) @function)])) @guard.exit
  (#any-of? @function "abort" "exit" "_exit"))
(not_operator argument: (_) @guard.operand) @guard.not
; `x is None` is `not x`, `x is not None` is `x` (`re.match(...) is None`).
(comparison_operator . (_) @guard.operand . operators: "is" . (none) .) @guard.not
(comparison_operator . (_) @guard.operand . operators: "is not" . (none) .) @guard.and
; (Not `".." in name or name.startswith("/")` and its negation: checks of their own, below.)
((boolean_operator left: (_) @guard.operand @left operator: "and" right: (_) @guard.operand) @guard.and
  (#not-match? @left "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"'] not in [^\\s]+$"))
((boolean_operator left: (_) @guard.operand @left operator: "or" right: (_) @guard.operand @right) @guard.or
  (#not-match? @left "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"'] in [^\\s]+$")
  (#not-match? @right "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"'] in [^\\s]+$"))
(parenthesized_expression (_) @guard.operand) @guard.and
; What a check of a value also checks: a URL's host (`parsed.netloc`; not its scheme or path), a
; path's folder, the inside of `(x)` and `await x`, `x.lower()`.
((attribute object: (_) @guard.through attribute: (identifier) @field)
  (#any-of? @field "netloc" "hostname" "host" "origin" "parent"))
((call function: (attribute object: (_) @guard.through attribute: (identifier) @method) @guard.through)
  (#any-of? @method "lower" "casefold" "strip"))
(parenthesized_expression (_) @guard.through)
(await (_) @guard.through)
; URL parsers and path normalisers: checking their result checks their input.
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @guard.parse
  (#any-of? @function "urlparse" "urlsplit" "urlopen_url" "furl" "URL" "parse_url" "httpx.URL"))
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @guard.normalize
  (#any-of? @function "realpath" "abspath" "normpath" "resolve" "safe_join" "commonpath"))
; `x in ALLOWED` (a literal on the left is a substring test: `"example.com" in url` proves
; nothing), `x not in ALLOWED`, `x == y`, `x != y`.
((comparison_operator . (_) @guard.subject . operators: "in" . (_) .) @guard.safe
  (#not-match? @guard.subject "^[fFrRbBuU]*[\"']"))
((comparison_operator . (_) @guard.subject . operators: "not in" . (_) .) @guard.unsafe
  (#not-match? @guard.subject "^[fFrRbBuU]*[\"']"))
(comparison_operator . (_) @guard.subject . operators: "==" . (_) @guard.subject .) @guard.safe
(comparison_operator . (_) @guard.subject . operators: "!=" . (_) @guard.subject .) @guard.unsafe
; `".." in name or name.startswith("/")` (or `os.path.isabs(name)`): a name with neither `..` nor a
; leading `/` stays in its folder. `".."` alone proves nothing: `os.path.join(base, "/etc/passwd")`
; is `/etc/passwd`.
((boolean_operator
   left: (comparison_operator . (string) @dots . operators: "in" . (_) @guard.subject .)
   operator: "or"
   right: [(call function: (attribute object: (_) @absolute attribute: (identifier) @method) arguments: (argument_list . [(string) (tuple)] @root .))
           (call function: [(identifier) @isabs (attribute attribute: (identifier) @isabs)] arguments: (argument_list . (_) @absolute .))]) @guard.unsafe.path
  (#match? @dots "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$")
  (#eq? @method "startswith") (#match? @root "^\\(?[bBrRuU]*[\"'][/\\\\~]") (#eq? @isabs "isabs")
  (#eq? @guard.subject @absolute))
((boolean_operator
   left: [(call function: (attribute object: (_) @absolute attribute: (identifier) @method) arguments: (argument_list . [(string) (tuple)] @root .))
           (call function: [(identifier) @isabs (attribute attribute: (identifier) @isabs)] arguments: (argument_list . (_) @absolute .))]
   operator: "or"
   right: (comparison_operator . (string) @dots . operators: "in" . (_) @guard.subject .)) @guard.unsafe.path
  (#match? @dots "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$")
  (#eq? @method "startswith") (#match? @root "^\\(?[bBrRuU]*[\"'][/\\\\~]") (#eq? @isabs "isabs")
  (#eq? @guard.subject @absolute))
((boolean_operator
   left: (comparison_operator . (string) @dots . operators: "not in" . (_) @guard.subject .)
   operator: "and"
   right: (not_operator argument: [(call function: (attribute object: (_) @absolute attribute: (identifier) @method) arguments: (argument_list . [(string) (tuple)] @root .))
           (call function: [(identifier) @isabs (attribute attribute: (identifier) @isabs)] arguments: (argument_list . (_) @absolute .))])) @guard.safe.path
  (#match? @dots "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$")
  (#eq? @method "startswith") (#match? @root "^\\(?[bBrRuU]*[\"'][/\\\\~]") (#eq? @isabs "isabs")
  (#eq? @guard.subject @absolute))
; `".." in a or ".." in b` is a disjunction of two such checks.
((boolean_operator
   left: (comparison_operator . (string) @left . operators: "in") @guard.operand
   operator: "or"
   right: (comparison_operator . (string) @right . operators: "in") @guard.operand) @guard.or
  (#match? @left "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$") (#match? @right "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$"))
; `".." in name` alone: a name without `..` stays in a folder it is pasted after
; (`BASE + "/" + name`, `f"{BASE}/{name}"`, `"/srv/files/%s" % name`), not in one it is joined to
; (`os.path.join(BASE, "/etc/passwd")`, `base / "/etc/passwd"` are `/etc/passwd`): the kind
; `prefixed` counts only at the uses marked `@prefixed`.
((comparison_operator . (string) @dots . operators: "in" . (_) @guard.subject .) @guard.unsafe.prefixed
  (#match? @dots "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$"))
((comparison_operator . (string) @dots . operators: "not in" . (_) @guard.subject .) @guard.safe.prefixed
  (#match? @dots "^[bBrRuU]*[\"']\\.\\.[/\\\\]?[\"']$"))
((binary_operator left: (string) @folder operator: "+" right: (identifier) @prefixed)
  (#match? @folder "^[bBrRuU]*[\"'][^\"']+[/\\\\][\"']$"))
((binary_operator left: (binary_operator right: [(string) @folder (attribute) @separator]) operator: "+" right: (identifier) @prefixed)
  (#match? @folder "^[bBrRuU]*[\"'][^\"']*[/\\\\][\"']$") (#eq? @separator "os.sep"))
((string (interpolation) . (string_content) @folder . (interpolation expression: (identifier) @prefixed))
  (#match? @folder "[/\\\\]$"))
((string (string_content) @folder . (interpolation expression: (identifier) @prefixed))
  (#match? @folder ".[/\\\\]$"))
((binary_operator left: (string) @folder operator: "%" right: [(identifier) @prefixed (tuple (identifier) @prefixed)])
  (#match? @folder "%s") (#not-match? @folder "[^/\\\\]%s"))
((call function: (attribute object: (string) @folder attribute: (identifier) @method) arguments: (argument_list (identifier) @prefixed))
  (#eq? @method "format") (#match? @folder "\\{\\}") (#not-match? @folder "[^/\\\\]\\{\\}"))
; A normalised path under a base folder: `os.path.realpath(p).startswith(BASE)`,
; `Path(p).resolve().is_relative_to(BASE)` (a path that is not normalised can still climb out).
((call function: (attribute object: (_) @guard.subject.normalized attribute: (identifier) @method)) @guard.safe.path
  (#any-of? @method "startswith" "is_relative_to"))
; ... and `BASE in p.resolve().parents` (pathlib's spelling of the same check; `not in` then exit).
((comparison_operator . (_) . operators: "in" . (attribute object: (_) @guard.subject.normalized attribute: (identifier) @parents) .) @guard.safe.path
  (#eq? @parents "parents"))
((comparison_operator . (_) . operators: "not in" . (attribute object: (_) @guard.subject.normalized attribute: (identifier) @parents) .) @guard.unsafe.path
  (#eq? @parents "parents"))
; A URL under a fixed `scheme://host/` (or a constant prefix) cannot reach another host.
((call
   function: (attribute object: (_) @guard.subject attribute: (identifier) @method)
   arguments: (argument_list . [(string) (identifier) (attribute)] @prefix)) @guard.safe.url
  (#eq? @method "startswith")
  (#match? @prefix "^([fFrRuU]*[\"']https?://[^/\"'{}]+/|([A-Za-z_]+\\.)*[A-Z][A-Z0-9_]*$)"))
; A path on this site: `u.startswith("/") and not u.startswith("//")` (also `("//", "/\\")`), and
; its negation with `or`; `//evil.example` is another host, so `startswith("/")` alone proves nothing.
((boolean_operator
   left: (call function: (attribute object: (_) @guard.subject attribute: (identifier) @first) arguments: (argument_list . (string) @slash .))
   operator: "and"
   right: (not_operator argument: (call function: (attribute object: (_) @other attribute: (identifier) @second)
                                        arguments: (argument_list . [(string) (tuple)] @double .)))) @guard.safe.url
  (#eq? @first "startswith") (#eq? @second "startswith") (#eq? @guard.subject @other)
  (#match? @slash "^[rbuRBU]*[\"']/[\"']$") (#match? @double "[\"']//[\"']"))
((boolean_operator
   left: (not_operator argument: (call function: (attribute object: (_) @guard.subject attribute: (identifier) @first) arguments: (argument_list . (string) @slash .)))
   operator: "or"
   right: (call function: (attribute object: (_) @other attribute: (identifier) @second) arguments: (argument_list . [(string) (tuple)] @double .))) @guard.unsafe.url
  (#eq? @first "startswith") (#eq? @second "startswith") (#eq? @guard.subject @other)
  (#match? @slash "^[rbuRBU]*[\"']/[\"']$") (#match? @double "[\"']//[\"']"))
; ... also inside a longer chain of `or`s (`if not raw or not raw.startswith("/") or
; raw.startswith("//") or "\\" in raw: return default`), read from the left as
; `((a or b) or c) or d`, where the two checks are never one node by themselves.
((boolean_operator
   left: (boolean_operator
           operator: "or"
           right: (not_operator argument: (call function: (attribute object: (_) @guard.subject attribute: (identifier) @first) arguments: (argument_list . (string) @slash .))))
   operator: "or"
   right: (call function: (attribute object: (_) @other attribute: (identifier) @second) arguments: (argument_list . [(string) (tuple)] @double .))) @guard.unsafe.url
  (#eq? @first "startswith") (#eq? @second "startswith") (#eq? @guard.subject @other)
  (#match? @slash "^[rbuRBU]*[\"']/[\"']$") (#match? @double "[\"']//[\"']"))
; A host name under one domain: `parsed.hostname.endswith(".example.com")` (the leading dot keeps
; out `evilexample.com`; on a whole URL, a suffix proves nothing).
((call
   function: (attribute object: (attribute attribute: (identifier) @field) @guard.subject attribute: (identifier) @method)
   arguments: (argument_list . (string) @suffix)) @guard.safe.url
  (#eq? @method "endswith") (#any-of? @field "hostname" "netloc" "host")
  (#match? @suffix "^[rbuRBU]?[\"']\\.[^\"']+[\"']$"))
; Validation by pattern: `re.fullmatch(r"[a-z0-9_-]+", name)`, or `re.match`/`re.search` anchored at
; both ends, with no `.` (any character, or a dot of `..`) in the pattern, and a compiled pattern's
; `fullmatch`; `name.isalnum()`, `isdigit()` and their kin. What passes holds no quote, space,
; slash, dot or shell metacharacter.
((call
   function: (attribute object: (identifier) @module attribute: (identifier) @method)
   arguments: (argument_list . (string) @pattern . (_) @guard.subject)) @guard.safe
  (#eq? @module "re") (#eq? @method "fullmatch")
  (#match? @pattern "^[rRbB]*[\"']([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dwAZ])*[\"']$"))
((call
   function: (attribute object: (identifier) @module attribute: (identifier) @method)
   arguments: (argument_list . (string) @pattern . (_) @guard.subject)) @guard.safe
  (#eq? @module "re") (#any-of? @method "match" "search")
  (#match? @pattern "^[rRbB]*[\"']\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dwAZ])*(\\$|\\\\Z)[\"']$"))
((call
   function: (attribute object: (_) @pattern attribute: (identifier) @method)
   arguments: (argument_list . (_) @guard.subject)) @guard.safe
  (#eq? @method "fullmatch") (#not-eq? @pattern "re"))
; ... and `match`/`search` of a pattern compiled into a constant anchored at both ends
; (`SLUG = re.compile(r"^[a-z0-9-]+$")`, then `if not SLUG.match(name): abort(400)`).
((assignment left: (identifier) @guard.named
             right: (call function: (attribute object: (identifier) @module attribute: (identifier) @compile)))
  @guard.named.declared
  (#eq? @module "re") (#eq? @compile "compile"))
((assignment left: (identifier) @guard.named
             right: (call function: (attribute object: (identifier) @module attribute: (identifier) @compile)
                          arguments: (argument_list . (string) @pattern))) @guard.named.safe
  (#eq? @module "re") (#eq? @compile "compile")
  (#match? @pattern "^[rRbB]*[\"']\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dwAZ])*(\\$|\\\\Z)[\"']$"))
((call
   function: (attribute object: (identifier) @guard.by.name attribute: (identifier) @method)
   arguments: (argument_list . (_) @guard.subject)) @guard.by
  (#any-of? @method "match" "search"))
; ... and for a shell command or SQL, where `/`, `.`, `:` and `@` are plain characters (`[\w./-]+`).
((call
   function: (attribute object: (identifier) @module attribute: (identifier) @method)
   arguments: (argument_list . (string) @pattern . (_) @guard.subject)) @guard.safe.shell
  (#eq? @module "re") (#eq? @method "fullmatch")
  (#match? @pattern "^[rRbB]*[\"']([\\^$\\[\\]{}(),+*?|A-Za-z0-9_/:@-]|\\\\[dw.]|\\.(?=[^\\]]*\\]))*[\"']$"))
((call
   function: (attribute object: (identifier) @module attribute: (identifier) @method)
   arguments: (argument_list . (string) @pattern . (_) @guard.subject)) @guard.safe.shell
  (#eq? @module "re") (#any-of? @method "match" "search")
  (#match? @pattern "^[rRbB]*[\"']\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_/:@-]|\\\\[dw.]|\\.(?=[^\\]]*\\]))*(\\$|\\\\Z)[\"']$"))
((call
   function: (attribute object: (identifier) @module attribute: (identifier) @method)
   arguments: (argument_list . (string) @pattern . (_) @guard.subject)) @guard.safe.sql
  (#eq? @module "re") (#eq? @method "fullmatch")
  (#match? @pattern "^[rRbB]*[\"']([\\^$\\[\\]{}(),+*?|A-Za-z0-9_/:@-]|\\\\[dw.]|\\.(?=[^\\]]*\\]))*[\"']$"))
((call
   function: (attribute object: (identifier) @module attribute: (identifier) @method)
   arguments: (argument_list . (string) @pattern . (_) @guard.subject)) @guard.safe.sql
  (#eq? @module "re") (#any-of? @method "match" "search")
  (#match? @pattern "^[rRbB]*[\"']\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_/:@-]|\\\\[dw.]|\\.(?=[^\\]]*\\]))*(\\$|\\\\Z)[\"']$"))
((call function: (attribute object: (_) @guard.subject attribute: (identifier) @method)) @guard.safe
  (#any-of? @method "isalnum" "isdigit" "isdecimal" "isnumeric" "isalpha" "isidentifier"))
; Validators named for what they check: `url_has_allowed_host_and_scheme(url, ...)`,
; `is_safe_url(target)`, `is_within_directory(base, path)`.
((call
   function: [(identifier) @function (attribute attribute: (identifier) @function)]
   arguments: (argument_list (_) @guard.subject)) @guard.safe.url
  (#match? @function "^(url_has_allowed_host_and_scheme|is_safe_redirect_url|(is_|check_)?(safe|allowed|trusted|whitelisted|permitted|local|internal|same_origin)_(url|uri|host|hostname|domain|origin|redirect|redirect_url|next|next_url|target|destination|location)|is_(local|internal|relative|same_origin|same_site))$"))
((call
   function: [(identifier) @function (attribute attribute: (identifier) @function)]
   arguments: (argument_list (_) @guard.subject)) @guard.safe.path
  (#match? @function "^((is_|check_)?(safe|allowed)_(path|file|filename|file_path)|is_within_directory|is_inside|is_subpath|is_relative_to)$"))

; Conditionals whose condition may be constant (`if False:`, `if DEBUG:` with `DEBUG = False` the
; only assignment): the arm that cannot run carries no taint (ConstantConditions).
(if_statement
  condition: [(true) (false) (none) (integer) (identifier) (not_operator) (parenthesized_expression)] @constant.condition
  consequence: (_) @constant.then) @constant
(if_statement
  condition: [(true) (false) (none) (integer) (identifier) (not_operator) (parenthesized_expression)] @constant.condition
  alternative: (else_clause body: (_) @constant.else)) @constant

; The file's functions and calls of them by name, for taint that crosses a call (TaintCalls).
; Methods are left out: a call by plain name never reaches one.
(function_definition name: (identifier) @function.name parameters: (parameters) @function.parameters) @function
(class_definition body: (block (function_definition) @function.method))
(class_definition body: (block (decorated_definition definition: (function_definition) @function.method)))
(return_statement (_) @function.return)
(call function: (identifier) @call.function arguments: (argument_list) @call.arguments)
; A task queued by name runs the file's function with the same arguments, in a worker: Celery's
; `make_thumbnail.delay(path, size)`, Dramatiq's `actor.send(...)`.
((call function: (attribute object: (identifier) @call.function attribute: (identifier) @dispatch) arguments: (argument_list) @call.arguments)
  (#any-of? @dispatch "delay" "send"))
; A function of the file handed over by name to a call that runs it with the arguments after it:
; `queue.enqueue(transcode, spec)`, `executor.submit(fetch, url)`, `tasks.add_task(send, email)`.
(call arguments: (argument_list (identifier) @call.function . (_)) @call.arguments)
; `UserSearch(request.args)` runs `__init__(self, req)`: arguments line up after `self`.
((class_definition
   name: (identifier) @constructor.class
   body: (block (function_definition
                  name: (identifier) @init
                  parameters: (parameters . (identifier) @constructor.receiver) @constructor.parameters) @constructor))
  (#eq? @init "__init__"))

; Methods called on their own object: `self.search(term)` runs `def search(self, term)` (bound by
; name when one method of the file has it; decorated methods may be static, and are left out).
(class_definition
  body: (block (function_definition
                 name: (identifier) @method.name
                 parameters: (parameters . (identifier) @method.receiver) @method.parameters) @method))
((call function: (attribute object: (identifier) @receiver attribute: (identifier) @call.method) arguments: (argument_list) @call.arguments)
  (#any-of? @receiver "self" "cls"))
; ... and on an object of a class of the file (`store = AttachmentStore(root)`, then
; `store.read(name)` in a handler): kept when the receiver is so assigned somewhere in the file.
((call function: (attribute object: (identifier) @call.instance attribute: (identifier) @call.method) arguments: (argument_list) @call.arguments)
  (#not-any-of? @call.instance "self" "cls"))
; ... or made in place: `OrderFilter(params).where()`.
(call function: (attribute object: (call) @call.instance attribute: (identifier) @call.method) arguments: (argument_list) @call.arguments)
(class_definition name: (identifier) @class.name)

; Arguments that have no position (TaintSinkPlacement: a pattern's count of arguments).
[(keyword_argument) (list_splat) (dictionary_splat)] @argument.unpositioned

; Fields: `self.name = request.args["name"]` in one method taints `self.name` in every method of
; the class.
(class_definition) @field.class
((attribute object: (identifier) @self attribute: (identifier) @field.name) @field
  (#eq? @self "self"))

; Sanitizer kinds of the classes in rules/ldap.yml, redos.yml, logging.yml and nosql.yml.
; ldap: the escaping helpers of ldap3 (`escape_filter_chars`, `escape_rdn`) and python-ldap
; (`ldap.filter.escape_filter_chars`, `filter_format`, `ldap.dn.escape_dn_chars`).
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.ldap
  (#match? @function "^(escape_(filter|dn|rdn|ldap|attribute)\\w*|filter_format|ldap_escape\\w*)$"))
; regex: `re.escape(term)` makes every character literal.
((call function: (attribute object: (identifier) @module attribute: (identifier) @function)) @sanitizer.regex
  (#any-of? @module "re" "regex") (#eq? @function "escape"))
; log: line breaks removed or escaped, so one entry cannot pose as two.
((call function: (attribute attribute: (identifier) @method) arguments: (argument_list . (string) @old)) @sanitizer.log
  (#eq? @method "replace") (#match? @old "\\\\[rn]"))
((call function: (attribute object: (identifier) @module attribute: (identifier) @function) arguments: (argument_list . (string) @pattern)) @sanitizer.log
  (#eq? @module "re") (#any-of? @function "sub" "subn") (#match? @pattern "\\\\[rns]"))
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.log
  (#any-of? @function "repr" "ascii" "dumps" "quote" "quote_plus" "urlencode"))
; nosql: a value checked to be a string or a number (`if not isinstance(name, str): abort(400)`)
; cannot be an operator object.
((call function: (identifier) @function arguments: (argument_list . (_) @guard.subject . [(identifier) (tuple)] @type .)) @guard.safe.nosql
  (#eq? @function "isinstance") (#match? @type "^\\(?(str|int|float|bool|ObjectId)(\\s*,\\s*(str|int|float|bool|ObjectId))*\\)?$"))
; nosql: a string cannot carry a query operator (`{"$ne": null}`).
((call function: [(identifier) @function (attribute attribute: (identifier) @function)]) @sanitizer.nosql
  (#any-of? @function "str" "ObjectId" "escape"))

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter is a value whose origin this file does not check, whoever calls the function (a
; framework no rule names, a queue, a CLI): untrusted only in the analysis of those rules.
((parameters [(identifier) @unchecked
              (default_parameter name: (identifier) @unchecked)
              (list_splat_pattern (identifier) @unchecked)
              (dictionary_splat_pattern (identifier) @unchecked)])
  (#not-any-of? @unchecked "self" "cls"))
; (A parameter typed as a number, a date or a UUID was converted by whoever checks the types.)
((typed_parameter . (identifier) @unchecked type: (type) @type)
  (#not-any-of? @unchecked "self" "cls")
  (#not-match? @type "^(int|float|bool|complex|Decimal|UUID|uuid\\.UUID|date|datetime|(datetime\\.)?(date|datetime)|PositiveInt|NonNegativeInt|conint\\(.*\\))$"))
((typed_default_parameter name: (identifier) @unchecked type: (type) @type)
  (#not-match? @type "^(int|float|bool|complex|Decimal|UUID|uuid\\.UUID|date|datetime|(datetime\\.)?(date|datetime)|PositiveInt|NonNegativeInt|conint\\(.*\\))$"))
; ... nor ids and primary keys of a Django view, which its route converted (the convention of the
; view parameters above).
((function_definition
   parameters: (parameters . (identifier) @request [(identifier) @checked (default_parameter name: (identifier) @checked)])
   body: (block (return_statement (call function: [(identifier) @response (attribute attribute: (identifier) @response)]))))
  (#eq? @request "request")
  (#match? @response "^(HttpResponse[A-Za-z]*|JsonResponse|StreamingHttpResponse|FileResponse|TemplateResponse|render|redirect)$")
  (#match? @checked "^(pk|id|.+_(id|pk))$"))
((lambda_parameters [(identifier) @unchecked (default_parameter name: (identifier) @unchecked)]))
; `"... %d" % value` with only numeric conversions: formatting raises on anything but a number.
((binary_operator left: (string) @format operator: "%" right: (_) @sanitizer)
  (#match? @format "^[rRuU]*(\"([^%\"]|%%|%[-+ #0]*[0-9]*(\\.[0-9]+)?[diouxXeEfFgG])*\"|'([^%']|%%|%[-+ #0]*[0-9]*(\\.[0-9]+)?[diouxXeEfFgG])*')$"))
; Text put together from parts: concatenation, f-strings, `%`, `str.format`, `str.join`.
(binary_operator left: (_) @built.part operator: "+" right: (_) @built.part) @built
(binary_operator left: (_) operator: "%" right: (_) @built.part) @built
(string (interpolation expression: (_) @built.part)) @built
((call function: (attribute attribute: (identifier) @method) arguments: (argument_list (_) @built.part)) @built
  (#any-of? @method "format" "format_map" "join"))
