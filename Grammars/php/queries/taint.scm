; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles). A
; variable is its whole `$name`; names after `->` and `::` and function names read no variable.
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Java and Go):
;   @sanitizer.cli  the command line (`$argv`), @sanitizer.env  the environment (`getenv`).
;   Injection rules (SQL, shell, PHP code) count them; path, URL and HTML rules do not.

[(function_definition) (method_declaration) (anonymous_function_creation_expression) (arrow_function)] @scope
[(if_statement) (else_if_clause) (else_clause) (for_statement) (foreach_statement) (while_statement)
 (do_statement) (try_statement) (catch_clause) (finally_clause) (switch_statement) (case_statement)
 (default_statement) (conditional_expression) (match_expression)] @branch

(member_access_expression name: (name) @property)
(nullsafe_member_access_expression name: (name) @property)
(member_call_expression name: (name) @property)
(nullsafe_member_call_expression name: (name) @property)
(scoped_call_expression name: (name) @property)
((variable_name (name) @_this) @property (#eq? @_this "this"))
(variable_name) @reference

; Flows
(assignment_expression left: (_) @target right: (_) @value) @assign
(reference_assignment_expression left: (_) @target right: (_) @value) @assign
(augmented_assignment_expression left: (_) @target right: (_) @value) @update
; `$parts[] = $x`, `$row['name'] = $x`: the array holds it.
(assignment_expression left: (subscript_expression . (variable_name) @target) right: (_) @value) @update
; The loop variable is the @assign node: the body must already see the collection's taint.
(foreach_statement . (_) @value . (variable_name) @target @assign)
(foreach_statement . (_) @value . (pair (_) (variable_name) @target @assign))
(foreach_statement . (_) @value . (pair (_) (by_ref (variable_name) @target @assign)))
; `parse_str($query, $vars)` and `preg_match($re, $text, $m)` write what they parse into their last argument.
((function_call_expression
   function: (name) @function
   arguments: (arguments . (argument (_) @value) . (argument (variable_name) @target) .)) @assign
  (#eq? @function "parse_str"))
; `array_push($list, $x)`, `$list->append($x)`.
((function_call_expression
   function: (name) @function
   arguments: (arguments . (argument (variable_name) @target) (argument (_) @value))) @update
  (#any-of? @function "array_push" "array_unshift"))

; Sources: the request's superglobals ...
((variable_name (name) @_global) @source
  (#any-of? @_global "_GET" "_POST" "_REQUEST" "_COOKIE" "_FILES" "HTTP_GET_VARS" "HTTP_POST_VARS" "HTTP_COOKIE_VARS"))
; ... the request's headers and path in $_SERVER (not the server's own settings) ...
((subscript_expression (variable_name (name) @_global) (string (string_value) @_key)) @source
  (#eq? @_global "_SERVER")
  (#match? @_key "^(HTTP_|QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_SELF|PATH_TRANSLATED|ORIG_PATH_INFO|PHP_AUTH_|AUTH_USER|REMOTE_USER|CONTENT_TYPE)"))
((subscript_expression (variable_name (name) @_global) (encapsed_string (string_value) @_key)) @source
  (#eq? @_global "_SERVER")
  (#match? @_key "^(HTTP_|QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_SELF|PATH_TRANSLATED|ORIG_PATH_INFO|PHP_AUTH_|AUTH_USER|REMOTE_USER|CONTENT_TYPE)"))
; ... the raw body ...
((function_call_expression
   function: (name) @_function
   arguments: (arguments . (argument [(string) (encapsed_string)] @_stream))) @source
  (#any-of? @_function "file_get_contents" "fopen" "file" "stream_get_contents")
  (#match? @_stream "php://input"))
; Standard input is the command line's (a script reading `php://stdin` is run from a shell or a
; pipe; the web server's request body is `php://input`).
((function_call_expression
   function: (name) @_function
   arguments: (arguments . (argument [(string) (encapsed_string)] @_stream))) @source @sanitizer.cli
  (#any-of? @_function "file_get_contents" "fopen" "file" "stream_get_contents")
  (#match? @_stream "php://stdin"))
((function_call_expression function: (name) @_function) @source
  (#any-of? @_function "filter_input" "filter_input_array" "getallheaders" "apache_request_headers" "http_get_request_body"))
; ... and the request objects of the frameworks (Symfony, Laravel, PSR-7) under their usual names.
((member_call_expression
   object: [(variable_name (name) @_request)
            (member_access_expression object: (variable_name (name) @_request) name: (name) @_bag)
            (function_call_expression function: (name) @_request)]
   name: (name) @_method) @source
  (#match? @_request "^(request|req|httpRequest|serverRequest)$")
  (#any-of? @_method "get" "input" "query" "post" "all" "only" "except" "cookie" "header" "headers" "getContent"
                     "getQueryParams" "getParsedBody" "getCookieParams" "getUploadedFiles" "getBody" "getUri"
                     "getQueryString" "getRequestUri" "getPathInfo" "json" "toArray" "file" "route" "string"
                     "path" "url" "fullUrl" "fullUrlWithQuery" "segment" "segments" "userAgent" "getUserInfo"
                     "validated" "safe" "collect" "str"))
; ... and wherever else a framework keeps its request object: `$this->request` (CodeIgniter,
; CakePHP), `Yii::$app->request`, `$this->getRequest()` (Laminas, Magento), `request()`
; (Laravel's helper), with the readers those frameworks name (`getPost`, `getQuery`, `getData`,
; `getParam`, `getBodyParam`, WordPress REST's `get_param`), and OpenSwoole's request
; properties (`$request->get['id']`, `$request->post`).
((member_call_expression
   object: [(member_access_expression name: (name) @_request)
            (member_call_expression name: (name) @_request)
            (function_call_expression function: (name) @_request)
            (scoped_property_access_expression) @_request
            (member_access_expression object: (scoped_property_access_expression) name: (name) @_request)]
   name: (name) @_method) @source
  (#match? @_request "^(request|getRequest|getHttpRequest|httpRequest|serverRequest)$")
  (#any-of? @_method "get" "input" "query" "post" "all" "only" "except" "cookie" "header" "headers" "getContent"
                     "getQueryParams" "getParsedBody" "getCookieParams" "getUploadedFiles" "getBody" "getUri"
                     "getQueryString" "getRequestUri" "getPathInfo" "json" "toArray" "file" "route" "string"
                     "getPost" "getGet" "getGetPost" "getPostGet" "getQuery" "getData" "getParam" "getParams" "getVar"
                     "getRawInput" "getJSON" "getJsonRawBody" "getCookie" "getHeaderLine" "getRawBody" "getBodyParam"
                     "getBodyParams" "getQueryParam" "getAttribute" "getFile" "getFiles" "getUploadedFile" "rawContent"
                     "fromPost" "fromQuery" "fromRoute" "post" "param" "params" "getText" "getVal" "getRawVal" "getArray"))
((member_call_expression
   object: (variable_name (name) @_request)
   name: (name) @_method) @source
  (#match? @_request "^(request|req|httpRequest|serverRequest)$")
  (#any-of? @_method "getPost" "getGet" "getQuery" "getData" "getParam" "getParams" "getVar" "getRawInput" "getJSON"
                     "getCookie" "getHeaderLine" "getRawBody" "getBodyParam" "getBodyParams" "getQueryParam" "getAttribute"
                     "getFile" "getFiles" "getUploadedFile" "rawContent" "get_param" "get_params" "get_json_params"
                     "get_body_params" "get_query_params" "get_url_params" "get_file_params" "get_body" "get_header"))
; Symfony's request bags held by a controller or a block (`$this->request->query->get('q')`,
; `$this->getRequest()->request->all()`).
((member_call_expression
   object: (member_access_expression
     object: [(member_access_expression name: (name) @_request) (member_call_expression name: (name) @_request)]
     name: (name) @_bag)
   name: (name) @_method) @source
  (#match? @_request "^(request|getRequest|httpRequest|getHttpRequest|serverRequest)$")
  (#any-of? @_bag "query" "request" "cookies" "headers" "attributes" "files" "server")
  (#any-of? @_method "get" "all" "getAlpha" "getAlnum" "getString" "getBoolean" "keys" "getIterator"))
((member_access_expression object: (variable_name (name) @_request) name: (name) @_part) @source
  (#match? @_request "^(request|req)$")
  (#any-of? @_part "get" "post" "cookie" "header" "files" "server"))
; Laminas/Zend controllers' `$this->params()->fromQuery('q')`, Joomla's `$app->input->get('id')`,
; PrestaShop's `Tools::getValue('id')`.
((member_call_expression
   object: [(member_call_expression name: (name) @_params) (member_access_expression name: (name) @_params)]
   name: (name) @_method) @source
  (#any-of? @_params "params" "input")
  (#any-of? @_method "fromQuery" "fromPost" "fromRoute" "fromHeader" "fromFiles" "get" "getString" "getRaw" "getArray"
                     "getVar" "getHtml" "getPath" "json" "post" "cookie" "get_post" "post_get" "server" "input_stream"
                     "request_headers" "get_request_header" "getCmd" "getWord" "getUsername"))
; ... and Joomla's inputs of one part of the request (`$app->input->cookie->get('draft', '', 'raw')`,
; `$this->input->post->getString('title')`, `$input->json->get('id')`).
((member_call_expression
   object: (member_access_expression
     object: [(member_access_expression name: (name) @_input) (variable_name (name) @_input)]
     name: (name) @_bag)
   name: (name) @_method) @source
  (#eq? @_input "input")
  (#any-of? @_bag "get" "post" "cookie" "request" "server" "files" "json" "method")
  (#match? @_method "^(get|getString|getRaw|getArray|getVar|getHtml|getPath|getCmd|getWord|getUsername|getBase64|getAlnum)$"))
((scoped_call_expression scope: (name) @_class name: (name) @_method) @source
  (#eq? @_class "Tools") (#any-of? @_method "getValue" "getAllValues"))
; Laravel's facades of the request (`Request::input('q')`, `Input::get('q')` of Laravel 4/5).
((scoped_call_expression scope: (name) @_class name: (name) @_method) @source
  (#any-of? @_class "Request" "Input")
  (#any-of? @_method "input" "get" "query" "post" "all" "only" "except" "json" "file" "cookie" "header" "route"
                     "segment" "segments" "path" "url" "fullUrl" "getContent"))
; Fat-Free's hive: `$f3->get('GET.q')`, `$f3->get('POST')`, `$f3->get('PARAMS.id')`.
((member_call_expression
   name: (name) @_method
   arguments: (arguments . (argument (string (string_value) @_key)))) @source
  (#eq? @_method "get")
  (#match? @_key "^(GET|POST|REQUEST|COOKIE|BODY|PARAMS|HEADERS|FILES)(\\.|$)"))
; The command line and the environment (see the sanitizer kinds above).
; A controller's or presenter's public actions get their parameters from the route and the
; query string, whatever the framework (Laravel and Symfony controllers, CakePHP and CodeIgniter
; actions, Yii's `actionView($id)`, Nette presenters' `actionSearch(string $q)`,
; `renderShow($id)` and `handleDelete($id)`): string or untyped parameters, not objects the
; container injects.
(class_declaration
  (base_clause [(name) (qualified_name)] @_base)
  body: (declaration_list
    (method_declaration
      (visibility_modifier) @_public
      name: (name) @_method
      parameters: (formal_parameters (simple_parameter type: (_) @_type name: (variable_name) @source.parameter))))
  (#match? @_base "(Controller|Presenter)$")
  (#eq? @_public "public")
  (#not-match? @_method "^(__|before|after|initialize|startup|beforeRender|setUp|tearDown|create[A-Z])")
  (#match? @_type "^\\??(string|mixed)$"))
(class_declaration
  (base_clause [(name) (qualified_name)] @_base)
  body: (declaration_list
    (method_declaration
      (visibility_modifier) @_public
      name: (name) @_method
      parameters: (formal_parameters (simple_parameter !type name: (variable_name) @source.parameter))))
  (#match? @_base "(Controller|Presenter)$")
  (#eq? @_public "public")
  (#not-match? @_method "^(__|before|after|initialize|startup|beforeRender|setUp|tearDown|create[A-Z])"))
; Route closures of any micro-framework (Slim's `$app->get('/u/{id}', function ($request,
; $response, $args) {...})`, Laravel's `Route::get('/u/{id}', function ($id) {...})`, Lumen and
; Silex `$router->get(...)`): the route's values arrive as the closure's untyped or string
; parameters (the request and response objects are read through their methods above).
((member_call_expression
   object: (variable_name (name) @_app)
   name: (name) @_verb
   arguments: (arguments
     (argument (anonymous_function_creation_expression
       parameters: (formal_parameters (simple_parameter !type name: (variable_name (name) @_name) @source.parameter))))))
  (#match? @_app "^(app|router|route|r|group|api|slim|silex)$")
  (#any-of? @_verb "get" "post" "put" "patch" "delete" "any" "map" "options" "match")
  (#not-any-of? @_name "request" "response" "req" "res" "next" "handler" "container" "app"))
((scoped_call_expression
   scope: (name) @_route
   name: (name) @_verb
   arguments: (arguments
     (argument (anonymous_function_creation_expression
       parameters: (formal_parameters (simple_parameter name: (variable_name (name) @_name) @source.parameter))))))
  (#eq? @_route "Route")
  (#any-of? @_verb "get" "post" "put" "patch" "delete" "any" "match" "options")
  (#not-any-of? @_name "request" "response" "req" "res" "next"))
; A closure registered for a route path, whatever the router (`Flight::route('GET /@section',
; function (string $section) {...})`, `$router->map('/u/{id}', fn)`, `Router::add('/p/:slug', ...)`):
; its untyped or string parameters are the path's values.
((scoped_call_expression
   arguments: (arguments
     .
     (argument [(string) (encapsed_string)] @_path)
     (argument (anonymous_function_creation_expression
       parameters: (formal_parameters (simple_parameter name: (variable_name (name) @_name) @source.parameter))))))
  (#match? @_path "^['\"]((GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)(\\|[A-Z]+)*\\s+)?/")
  (#not-any-of? @_name "request" "response" "req" "res" "next" "handler" "container" "app"))
((member_call_expression
   arguments: (arguments
     .
     (argument [(string) (encapsed_string)] @_path)
     (argument (anonymous_function_creation_expression
       parameters: (formal_parameters (simple_parameter name: (variable_name (name) @_name) @source.parameter))))))
  (#match? @_path "^['\"]((GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)(\\|[A-Z]+)*\\s+)?/")
  (#not-any-of? @_name "request" "response" "req" "res" "next" "handler" "container" "app"))
; A serverless function (Bref on AWS Lambda: `return function (array $event, Context $context)`,
; a handler's `handle($event, Context $context)`, `handleSqs(SqsEvent $event, Context $context)`):
; the event is what the trigger delivered (an HTTP request, a queue message, an uploaded file's key).
((formal_parameters
   .
   (simple_parameter name: (variable_name (name) @_event) @source.parameter)
   .
   (simple_parameter type: (_) @_context)
   .)
  (#match? @_event "^(event|evt)$")
  (#match? @_context "^\\??(\\\\?[A-Za-z_\\\\]*\\\\)?Context$"))
((formal_parameters
   .
   (simple_parameter type: (_) @_type name: (variable_name) @source.parameter)
   .
   (simple_parameter type: (_) @_context)
   .)
  (#match? @_type "^\\??[A-Za-z_\\\\]*Event$")
  (#match? @_context "^\\??(\\\\?[A-Za-z_\\\\]*\\\\)?Context$"))
; A queue consumer's callback (`$channel->basic_consume($queue, ..., function (AMQPMessage $message) {...})`,
; `$redis->subscribe($channels, function ($redis, $channel, $message) {...})`, `$queue->consume(...)`):
; its message parameter is what a producer elsewhere sent (an application's own event listeners
; are not consumers). A job's payload too (`public function fire(Job $job, array $data)`).
((member_call_expression
   name: (name) @_consume
   arguments: (arguments
     (argument (anonymous_function_creation_expression
       parameters: (formal_parameters (simple_parameter name: (variable_name (name) @_name) @source.parameter))))
     .))
  (#match? @_consume "^(basic_consume|consume|subscribe|psubscribe|onMessage)$")
  (#match? @_name "^(?i:msg|message|payload|data|body|frame|packet|envelope|job|m)$"))
((member_call_expression
   name: (name) @_consume
   arguments: (arguments
     (argument (arrow_function
       parameters: (formal_parameters (simple_parameter name: (variable_name (name) @_name) @source.parameter))))
     .))
  (#match? @_consume "^(basic_consume|consume|subscribe|psubscribe|onMessage)$")
  (#match? @_name "^(?i:msg|message|payload|data|body|frame|packet|envelope|job|m)$"))
(method_declaration
  name: (name) @_method
  parameters: (formal_parameters
    .
    (simple_parameter type: (_) @_job)
    .
    (simple_parameter name: (variable_name) @source.parameter)
    .)
  (#match? @_method "^(fire|handle|process|perform)$")
  (#match? @_job "^\\??(\\\\?[A-Za-z_\\\\]*\\\\)?Job$"))
; ... and a worker loop's next message (`$job = $queue->reserve()` of beanstalkd,
; `$consumer->receive()`, `$channel->basic_get()`; not `pop`, an SplQueue's too).
((member_call_expression
   object: [(variable_name (name) @_queue) (member_access_expression name: (name) @_queue)]
   name: (name) @_method) @source
  (#match? @_queue "(?i)(queue|consumer|subscriber|beanstalk|pheanstalk|channel|broker|receiver)$")
  (#match? @_method "^(reserve|reserveWithTimeout|reserveFromTube|receive|basic_get|getMessage|get_message|consume)$"))
; A GraphQL resolver's arguments are the query's (webonyx/graphql-php's `'resolve' => function ($root,
; array $args)`, Lighthouse's `__invoke($_, array $args)`, a `resolve($root, $args)` method).
((array_element_initializer
   (string (string_value) @_key)
   .
   [(anonymous_function_creation_expression
      parameters: (formal_parameters . (simple_parameter) . (simple_parameter name: (variable_name) @source.parameter)))
    (arrow_function
      parameters: (formal_parameters . (simple_parameter) . (simple_parameter name: (variable_name) @source.parameter)))])
  (#eq? @_key "resolve"))
(method_declaration
  name: (name) @_method
  parameters: (formal_parameters . (simple_parameter) . (simple_parameter name: (variable_name (name) @_args) @source.parameter))
  (#any-of? @_method "__invoke" "resolve")
  (#eq? @_args "args"))
; A WebSocket server's message handler (Ratchet's `onMessage(ConnectionInterface $from, $msg)`), a
; WordPress shortcode's attributes and content (any author of a post writes them), a Symfony
; Messenger handler's message, a Cloud Function's event.
(method_declaration
  name: (name) @_method
  parameters: (formal_parameters . (simple_parameter) . (simple_parameter name: (variable_name) @source.parameter))
  (#match? @_method "^on(Message|Receive|Data|Frame)$"))
((function_call_expression
   function: (name) @_function
   arguments: (arguments
     .
     (argument)
     .
     (argument [(anonymous_function_creation_expression parameters: (formal_parameters (simple_parameter name: (variable_name) @source.parameter)))
                (arrow_function parameters: (formal_parameters (simple_parameter name: (variable_name) @source.parameter)))])))
  (#eq? @_function "add_shortcode"))
(class_declaration
  (attribute_list) @_attribute
  body: (declaration_list
    (method_declaration
      name: (name) @_method
      parameters: (formal_parameters . (simple_parameter name: (variable_name) @source.parameter))))
  (#match? @_attribute "AsMessageHandler")
  (#eq? @_method "__invoke"))
((simple_parameter type: (_) @_type name: (variable_name) @source.parameter)
  (#match? @_type "^\\??(\\\\?[A-Za-z_\\\\]*\\\\)?CloudEvent(Interface)?$"))
; What a submitted form holds: Drupal's `$form_state->getValue('title')` (any form's submit or
; validate handler), Symfony's `$form->getData()` / `$form->get('q')->getData()` after handleRequest.
((member_call_expression
   object: (variable_name (name) @_state)
   name: (name) @_method) @source
  (#match? @_state "^(form_state|formState)$")
  (#any-of? @_method "getValue" "getValues" "getUserInput"))
((member_call_expression
   object: [(variable_name (name) @_form)
            (member_call_expression object: (variable_name (name) @_form) name: (name) @_get)]
   name: (name) @_method) @source
  (#match? @_form "^(form|searchForm|filterForm)$")
  (#any-of? @_method "getData" "getNormData" "getViewData"))
; A closure a server calls with what arrived from the network, whatever the library: set as an
; `on...` event handler (`$worker->onMessage = function (TcpConnection $c, string $data)`) or
; registered for a message event (`$server->on('message', function ($server, $frame) {...})`).
((assignment_expression
   left: (member_access_expression name: (name) @_event)
   right: (anonymous_function_creation_expression
     parameters: (formal_parameters (simple_parameter name: (variable_name) @source.parameter))))
  (#match? @_event "^on(Message|Receive|Data|Request|Packet|Frame|Text|Binary|WebSocketMessage|Input)$"))
((member_call_expression
   name: (name) @_on
   arguments: (arguments
     .
     (argument [(string) (encapsed_string)] @_event)
     .
     (argument (anonymous_function_creation_expression
       parameters: (formal_parameters (simple_parameter name: (variable_name) @source.parameter))))))
  (#eq? @_on "on")
  (#match? @_event "^['\"](?i:message|receive|data|request|packet|frame)['\"]$"))
; The request object whatever the framework calls it from (`Flight::request()->query['lang']`,
; `App::request()->data->getData()`, `$this->getRequest()->files`): its parts hold what the
; client sent.
((member_access_expression
   object: [(scoped_call_expression name: (name) @_request)
            (member_call_expression name: (name) @_request)
            (function_call_expression function: (name) @_request)]
   name: (name) @_bag) @source
  (#match? @_request "^(request|getRequest|httpRequest|getHttpRequest|serverRequest)$")
  (#any-of? @_bag "query" "data" "files" "cookies" "headers" "body" "params" "attributes" "request" "get" "post" "cookie"
                  "input" "json" "args" "form" "query_params" "post_params"))
((member_call_expression
   object: (scoped_call_expression name: (name) @_request)
   name: (name) @_method) @source
  (#match? @_request "^(request|getRequest|httpRequest|getHttpRequest|serverRequest)$")
  (#match? @_method "^(get|input|query|post|all|only|except|cookie|header|headers|json|file|files|param|params|getContent|getBody|getData|getParam|getParams|getQuery|getPost|getCookie|getQueryParams|getParsedBody|getCookieParams|getUploadedFiles|getHeader|getHeaderLine|getUri|getPath|getVar|getRaw\\w*)$"))
; A function named for reading a request parameter (`optional_param('report', 'x', PARAM_RAW)`,
; `required_param`, `get_param`, `request_var`); with a type argument that admits only numbers or
; letters (`PARAM_INT`, `PARAM_ALPHA`) the value is clean (below).
((function_call_expression function: (name) @_function) @source
  (#match? @_function "^(optional|required|get|post|request|input|query|http|req)_(param|params|var|arg|input)$"))
((function_call_expression
   function: (name) @_function
   arguments: (arguments (argument (name) @_type))) @sanitizer
  (#match? @_function "^(optional|required|get|post|request|input|query|http|req)_(param|params|var|arg|input)$")
  (#match? @_type "^[A-Z_]*(INT|INTEGER|FLOAT|NUMBER|NUMERIC|BOOL|BOOLEAN|ALPHA|ALPHANUM|ALNUM|ALPHAEXT|DIGITS?|SEQUENCE|SAFEDIR|PLUGIN|COMPONENT|LOCALISEDFLOAT)$"))
((variable_name (name) @_argv) @source @sanitizer.cli
  (#any-of? @_argv "argv"))
((function_call_expression function: (name) @_function) @source @sanitizer.cli
  (#eq? @_function "getopt"))
((function_call_expression function: (name) @_function) @source @sanitizer.env
  (#eq? @_function "getenv"))
((subscript_expression (variable_name (name) @_global)) @source @sanitizer.env
  (#eq? @_global "_ENV"))

; Sanitizers: numbers, booleans, lengths, hashes and comparisons are safe everywhere.
((function_call_expression function: (name) @_function) @sanitizer
  (#any-of? @_function "intval" "floatval" "doubleval" "boolval" "abs" "round" "floor" "ceil" "min" "max" "count"
                       "sizeof" "strlen" "mb_strlen" "is_numeric" "is_int" "is_string" "is_array" "ctype_digit"
                       "ctype_alnum" "ctype_alpha" "in_array" "array_key_exists" "isset" "empty" "md5" "sha1"
                       "hash" "crc32" "password_hash" "password_verify" "uniqid" "time" "date" "strtotime"
                       "number_format" "sprintf_int" "array_search" "preg_match" "str_contains" "str_starts_with"
                       "str_ends_with" "hash_equals" "base64_encode" "bin2hex" "json_last_error" "absint"))
((function_call_expression
   function: (name) @_function
   arguments: (arguments . (argument) . (argument (name) @_filter))) @sanitizer
  (#eq? @_function "filter_var")
  (#match? @_filter "^FILTER_(VALIDATE_(INT|FLOAT|BOOL|BOOLEAN|EMAIL|IP|MAC|DOMAIN)|SANITIZE_NUMBER_)"))
; What `eval` returns is what the code computed, not the request's text (the eval itself is the finding).
((function_call_expression function: (name) @_function) @sanitizer
  (#eq? @_function "eval"))
; So is what an included file returns (`$exporter = require $path`): the include is the finding.
[(include_expression) (include_once_expression) (require_expression) (require_once_expression)] @sanitizer
; Number and boolean casts; `(string)` and `(array)` keep the data as it is.
((cast_expression type: (cast_type) @_type) @sanitizer
  (#match? @_type "^(?i)(int|integer|float|double|real|bool|boolean|unset)$"))
(binary_expression operator: ["==" "===" "!=" "!==" "<>" "<" ">" "<=" ">=" "<=>" "&&" "||" "and" "or" "xor" "instanceof"]) @sanitizer
(unary_op_expression) @sanitizer
(anonymous_function_creation_expression) @sanitizer
(arrow_function) @sanitizer
; A conditional's condition picks an arm; it is not the value (but `$a ?: $b` is `$a` when truthy).
(conditional_expression condition: (_) @sanitizer body: (_))
; So do a `match`'s subject and its arms' conditions: its value is the chosen arm's
; (`match ($format) { 'pdf' => PdfExporter::class, default => CsvExporter::class }`).
(match_expression condition: (_) @sanitizer)
(match_condition_list) @sanitizer
; A lookup returns what the table holds, whatever the key (`self::COLUMNS[$sort]`, `ALLOWED[$k]`).
((subscript_expression . [(name) (class_constant_access_expression)] @_table) @sanitizer
  (#match? @_table "(^|::)[A-Z][A-Z0-9_]*$"))
; An element read with an untrusted key is what the array holds (`$pages[$_GET['page']]`): the
; key decides which element, not what it says.
(subscript_expression . (_) . (_) @sanitizer)
; ... and the others for their kind of sink.
((function_call_expression function: (name) @_function) @sanitizer.html
  (#any-of? @_function "htmlspecialchars" "htmlentities" "strip_tags" "esc_html" "esc_attr" "esc_url" "e"
                       "urlencode" "rawurlencode" "json_encode" "nl2br_escaped" "h" "escape" "purify"))
; Methods named for a count or a yes/no answer return a number or a boolean
; (`$this->entries->countMatching($q)`, `$repo->exists($id)`, `$user->isAdmin()`).
((member_call_expression name: (name) @_method) @sanitizer
  (#match? @_method "^(count|has|is|exists|total|num|contains)([A-Z_]|$)"))
((member_call_expression name: (name) @_method) @sanitizer.html
  (#any-of? @_method "escape" "escapeHtml" "purify" "clean" "escapeHtmlAttr"))
; A markup helper class's escaping builders (MediaWiki's `Html::element('h2', [], $text)`,
; Yii's `Html::encode($text)`, `CHtml::encode`, Laravel Collective's `HTML::entities`).
((scoped_call_expression scope: (name) @_class name: (name) @_method) @sanitizer.html
  (#match? @_class "^C?(?i:html)$")
  (#any-of? @_method "element" "encode" "escape" "entities" "specialchars" "escapeHtml"))
; ... and an escaping closure kept in a variable under the same names (`$h = fn ($s) =>
; htmlspecialchars($s, ENT_QUOTES); echo $h($name);`).
((function_call_expression function: (variable_name (name) @_function)) @sanitizer.html
  (#any-of? @_function "h" "e" "esc" "escape" "escapeHtml" "html" "htmlEscape"))
((function_call_expression function: (name) @_function) @sanitizer.shell
  (#any-of? @_function "escapeshellarg" "escapeshellcmd"))
((function_call_expression function: (name) @_function) @sanitizer.path
  (#any-of? @_function "basename"))
((function_call_expression function: (name) @_function) @sanitizer.sql
  (#any-of? @_function "mysqli_real_escape_string" "mysql_real_escape_string" "pg_escape_string" "pg_escape_literal"
                       "sqlite_escape_string" "esc_sql"))
; A query builder's clause written with placeholders, the values beside it (`->where('sku = ?', $sku)`,
; `->andWhere('a.id = :id', ...)`): the values are bound, so the builder it returns is clean SQL.
((member_call_expression
   arguments: (arguments . (argument (string) @_sql) . (argument))) @sanitizer.sql
  (#match? @_sql "(\\?|:[A-Za-z_]\\w*)"))
((member_call_expression name: (name) @_method) @sanitizer.sql
  (#any-of? @_method "quote" "real_escape_string" "escape_string" "quoteIdentifier" "escapeString"))
; Any quoting method of a database layer (`quoteStringLiteral`, `quoteSingleIdentifier`), and a
; query builder's own SQL (`$query->toSql()`, `getSQL()`), made from values it binds.
((member_call_expression name: (name) @_method) @sanitizer.sql
  (#match? @_method "^(quote[A-Z]\\w*|escape[A-Z]\\w*|toSql|getSQL|getSql)$"))
; SQL a database layer builds from an array of column => value (phpBB's `sql_build_array('INSERT', [...])`,
; a repository's `buildWhere(['sku' => $sku])`): the layer quotes the values it is given.
((member_call_expression
   name: (name) @_method
   arguments: (arguments (argument (array_creation_expression (array_element_initializer (_) . "=>"))))) @sanitizer.sql
  (#match? @_method "(?i)(build|escape|quote)"))
; WordPress's `$wpdb->prepare($sql, ...)` returns the SQL with each `%d`/`%s` value escaped; its own
; first argument is a sink of php/sql-injection.
; A query object whose values are bound as parameters (`$db->getQuery(true)->...->bind(':s', $s)`,
; Doctrine's `->setParameter('s', $s)`): the values are data, never SQL.
((member_call_expression name: (name) @_method) @sanitizer.sql
  (#any-of? @_method "bind" "bindValue" "bindParam" "bindArray" "bindValues" "setParameter" "setParameters"))
((member_call_expression object: (variable_name) @_db name: (name) @_method) @sanitizer.sql
  (#eq? @_db "$wpdb") (#eq? @_method "prepare"))
((function_call_expression function: (name) @_function) @sanitizer.url
  (#any-of? @_function "urlencode" "rawurlencode" "http_build_query"))
; A URL that starts with a fixed `scheme://host/` keeps the user's part out of the host.
((binary_expression left: [(string) (encapsed_string)] @_prefix) @sanitizer.url
  (#match? @_prefix "^[\"']https?://[^/\"']+/"))
((encapsed_string) @sanitizer.url
  (#match? @sanitizer.url "^\"https?://[^/\"{$]+/"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift): checks after which a value is safe.
(if_statement condition: (_) @guard.condition body: (_) @guard.then) @guard
(if_statement alternative: (else_if_clause)) @guard @guard.alternative
(if_statement alternative: (else_clause body: (_) @guard.else)) @guard
(else_if_clause condition: (_) @guard.condition body: (_) @guard.then) @guard
(conditional_expression condition: (_) @guard.condition body: (_) @guard.then alternative: (_) @guard.else) @guard
[(return_statement) (continue_statement) (break_statement)] @guard.exit
(expression_statement (throw_expression)) @guard.exit
(throw_expression) @guard.exit
((expression_statement (function_call_expression function: (name) @_function)) @guard.exit
  (#any-of? @_function "exit" "die" "abort" "wp_die"))
((expression_statement (name) @_exit) @guard.exit
  (#any-of? @_exit "exit" "die"))
(unary_op_expression "!" (_) @guard.operand) @guard.not
(binary_expression left: (_) @guard.operand operator: ["&&" "and"] right: (_) @guard.operand) @guard.and
(binary_expression left: (_) @guard.operand operator: ["||" "or"] right: (_) @guard.operand) @guard.or
(parenthesized_expression (_) @guard.operand) @guard.and
(parenthesized_expression (_) @guard.through)
; `in_array($_GET['s'] ?? 'home', $allowed, true)` checks `$_GET['s']` (when it is set; the default is a constant).
(binary_expression left: (_) @guard.through operator: "??")
((function_call_expression function: (name) @_function arguments: (arguments . (argument (_) @guard.through) @guard.through) @guard.through)
  (#any-of? @_function "strtolower" "strtoupper" "trim" "ltrim" "rtrim"))
((function_call_expression function: (name) @_function) @guard.parse
  (#any-of? @_function "parse_url"))
((function_call_expression function: (name) @_function) @guard.normalize
  (#eq? @_function "realpath"))
; `in_array($x, ALLOWED, true)`, `array_key_exists($x, $map)`, `ctype_digit($x)`, `is_numeric($x)`.
((function_call_expression function: (name) @_function arguments: (arguments . (argument (_) @guard.subject))) @guard.safe
  (#any-of? @_function "in_array" "array_key_exists" "ctype_digit" "ctype_alnum" "ctype_alpha" "is_numeric" "is_int"))
; `preg_match('/^[a-z0-9]+$/', $x)`: an anchored pattern of a closed set of characters.
((function_call_expression
   function: (name) @_function
   arguments: (arguments . (argument [(string) (encapsed_string)] @_pattern) . (argument (_) @guard.subject))) @guard.safe
  (#eq? @_function "preg_match")
  (#match? @_pattern "^['\"](.)\\^[^.*]*\\$\\1[a-zA-Z]*['\"]$"))
(binary_expression left: (_) @guard.subject operator: ["===" "=="] right: [(string) (encapsed_string)]) @guard.safe
(binary_expression left: [(string) (encapsed_string)] operator: ["===" "=="] right: (_) @guard.subject) @guard.safe
; `str_contains($name, '..')` proves nothing safe when true; a realpath under a base folder does.
((function_call_expression function: (name) @_function arguments: (arguments . (argument (_) @guard.subject) . (argument [(string) (encapsed_string)] @_dots))) @guard.unsafe.path
  (#any-of? @_function "str_contains" "strpos" "stristr" "strstr") (#match? @_dots "^['\"]\\.\\.['\"]$"))
((function_call_expression function: (name) @_function arguments: (arguments . (argument (_) @guard.subject.normalized) . (argument) .)) @guard.safe.path
  (#eq? @_function "str_starts_with"))
((binary_expression
   left: (function_call_expression function: (name) @_function arguments: (arguments . (argument (_) @guard.subject.normalized)))
   operator: "===" right: (integer) @_zero) @guard.safe.path
  (#eq? @_function "strpos") (#eq? @_zero "0"))

; The file's functions and calls of them by name, for taint that crosses a call (TaintCalls).
(function_definition name: (name) @function.name parameters: (formal_parameters) @function.parameters) @function
(return_statement (_) @function.return)
(function_call_expression function: (name) @call.function arguments: (arguments) @call.arguments)
; Methods, and calls on the object itself (`$this->search($q)`).
(method_declaration name: (name) @method.name parameters: (formal_parameters) @method.parameters) @method
((member_call_expression object: (variable_name (name) @_this) name: (name) @call.method arguments: (arguments) @call.arguments)
  (#eq? @_this "this"))
; ... and on an object of the file's own class (`$repo->find($id)` where `UserRepository` is
; here): PHP files often hold the class and the script that uses it.
((member_call_expression object: (variable_name (name) @_object) name: (name) @call.method arguments: (arguments) @call.arguments)
  (#not-eq? @_object "this"))
; Constructors: `new Search($q)` passes its arguments to `__construct`.
; Fields a method writes request data into are untrusted where the class reads them.
((member_access_expression object: (variable_name (name) @_this) name: (name) @field.name) @field
  (#eq? @_this "this"))
[(class_declaration) (trait_declaration) (enum_declaration)] @field.class

; Weak randomness, followed by php/insecure-random-flow (`flows-to "secret"`): a draw of the
; Mersenne Twister or the clock ...
((function_call_expression function: (name) @_function) @source.random
  (#any-of? @_function "rand" "mt_rand" "str_shuffle" "array_rand" "uniqid" "lcg_value"))
; ... and where a guessable value does harm: a password hashed to be stored, a variable, property
; or array key named for a secret, and what a function or method so named returns.
((function_call_expression
   function: (name) @_function
   arguments: (arguments . (argument (_) @sink.secret)))
  (#eq? @_function "password_hash"))
((assignment_expression left: [(variable_name (name) @_name) (member_access_expression name: (name) @_name)] right: (_) @sink.secret)
  (#match? @_name "(?i)(token|secret|password|passwd|passphrase|passcode|nonce|salt|otp|pin|api_?key|secret_?key|session_?(id|key|token)|csrf|xsrf|(reset|verification|verify|auth|invite|confirm|recovery|mfa|totp|sms|login|one_?time)_?codes?)(_?hash)?$"))
((array_element_initializer (string (string_value) @_name) . (_) @sink.secret)
  (#match? @_name "(?i)(token|secret|password|passwd|passphrase|passcode|nonce|salt|otp|pin|api_?key|secret_?key|session_?(id|key|token)|csrf|xsrf|(reset|verification|verify|auth|invite|confirm|recovery|mfa|totp|sms|login|one_?time)_?codes?)(_?hash)?$"))
((function_definition name: (name) @_name body: (compound_statement (return_statement (_) @sink.secret)))
  (#match? @_name "(?i)(token|secret|password|passwd|passphrase|passcode|nonce|salt|otp|pin|api_?key|secret_?key|session_?(id|key|token)|csrf|xsrf|(reset|verification|verify|auth|invite|confirm|recovery|mfa|totp|sms|login|one_?time)_?codes?)(_?hash)?$"))
((method_declaration name: (name) @_name body: (compound_statement (return_statement (_) @sink.secret)))
  (#match? @_name "(?i)(token|secret|password|passwd|passphrase|passcode|nonce|salt|otp|pin|api_?key|secret_?key|session_?(id|key|token)|csrf|xsrf|(reset|verification|verify|auth|invite|confirm|recovery|mfa|totp|sms|login|one_?time)_?codes?)(_?hash)?$"))

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter of a function, method, closure or arrow function is a value whose origin this file
; does not check, whoever calls it (a controller, a job, a CLI command, another package):
; untrusted only in the analysis of those rules. A parameter typed as a number or a boolean
; carries no text.
((simple_parameter type: (_) @_type name: (variable_name) @unchecked)
  (#not-match? @_type "^\\??(int|float|bool|true|false|null)(\\|(int|float|bool|null))*$"))
(simple_parameter !type name: (variable_name) @unchecked)
(variadic_parameter !type name: (variable_name) @unchecked)
; Text put together from parts: `.` concatenation, interpolation in "..." and heredocs,
; `sprintf`/`vsprintf` and `implode`/`join`.
(binary_expression left: (_) @built.part operator: "." right: (_) @built.part) @built
(encapsed_string [(variable_name) (subscript_expression) (member_access_expression) (dynamic_variable_name) (_ (variable_name))] @built.part) @built
(heredoc (heredoc_body [(variable_name) (subscript_expression) (member_access_expression) (_ (variable_name))] @built.part)) @built
((function_call_expression function: (name) @_function arguments: (arguments (argument) (argument) @built.part)) @built
  (#any-of? @_function "sprintf" "vsprintf" "printf" "vprintf"))
((function_call_expression function: (name) @_function arguments: (arguments (argument) @built.part .)) @built
  (#any-of? @_function "implode" "join"))
