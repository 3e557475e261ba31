; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Go):
;   @sanitizer.cli  the command line (`main`'s `args`), @sanitizer.env  the environment and
;   system properties: set by whoever runs the program. Injection rules (SQL, shell) count them;
;   path, URL and HTML rules do not, since a tool opening the file named on its command line is
;   normal.

[(method_declaration) (constructor_declaration) (lambda_expression)] @scope
[(if_statement) (for_statement) (enhanced_for_statement) (while_statement) (do_statement)
 (try_statement) (catch_clause) (finally_clause) (switch_expression) (switch_block_statement_group)
 (switch_rule) (ternary_expression)] @branch

; Identifiers that read variables; field and method names after a `.` do not.
(field_access field: (identifier) @property)
(method_invocation name: (identifier) @property)
(identifier) @reference

; Flows
(variable_declarator name: (identifier) @target value: (_) @value) @assign
(assignment_expression left: (_) @target operator: "=" right: (_) @value) @assign
(assignment_expression left: (_) @target operator: "+=" right: (_) @value) @update
; The loop variable is the @assign node: the body must already see the collection's taint.
(enhanced_for_statement name: (identifier) @target @assign value: (_) @value)
; Builders and collections: `sb.append(x)`, `list.add(x)`, `map.put(k, x)`, `args.addAll(xs)`.
((method_invocation
   object: (identifier) @target
   name: (identifier) @method
   arguments: (argument_list (_) @value)) @update
  (#any-of? @method "append" "insert" "add" "addAll" "put" "putAll" "push" "offer" "set" "write" "print" "println" "format"))
; ... and through a chain of them: `sql.append(" WHERE zone = '").append(zone).append("'")`.
((method_invocation
   object: (method_invocation object: (identifier) @target name: (identifier) @first)
   name: (identifier) @method
   arguments: (argument_list (_) @value)) @update
  (#any-of? @first "append" "insert" "add" "put") (#any-of? @method "append" "insert" "add" "put"))
((method_invocation
   object: (method_invocation object: (method_invocation object: (identifier) @target name: (identifier) @first))
   name: (identifier) @method
   arguments: (argument_list (_) @value)) @update
  (#any-of? @first "append" "insert" "add" "put") (#any-of? @method "append" "insert" "add" "put"))
; `new StringBuilder(x)`, `new String(bytes)`, `new File(dir, name)`: a constructor's arguments
; flow into the object, which calls do by default.

; Sources: the servlet request under its usual names ...
((method_invocation
   object: (identifier) @request
   name: (identifier) @method) @source
  (#match? @request "^(req|request|httpRequest|servletRequest|httpServletRequest|hsr|r)$")
  (#any-of? @method "getParameter" "getParameterValues" "getParameterMap" "getParameterNames" "getHeader" "getHeaders"
                    "getHeaderNames" "getQueryString" "getCookies" "getInputStream" "getReader" "getRequestURI"
                    "getRequestURL" "getPathInfo" "getServletPath" "getPart" "getParts" "getRemoteUser" "getAttribute"))
; ... and a cookie's value, wherever the cookie came from.
((method_invocation object: (_) @cookie name: (identifier) @method) @source
  (#match? @cookie "(?i)cookie") (#eq? @method "getValue"))
; An archive's entry names are the archive author's (zip slip: `new File(dir, entry.getName())`).
((method_invocation object: (identifier) @entry name: (identifier) @method arguments: (argument_list) @arguments) @source
  (#match? @entry "(?i)^(zip|jar|tar|archive)?entry$") (#eq? @method "getName") (#eq? @arguments "()"))
; Spring handler parameters bound from the request.
; A number, a boolean, a UUID or a date was parsed by the framework and carries no text of the
; user's (`@PathVariable long id`).
(formal_parameter
  (modifiers [(annotation name: (identifier) @annotation) (marker_annotation name: (identifier) @annotation)])
  type: [(type_identifier) (generic_type) (array_type) (scoped_type_identifier)] @type
  name: (identifier) @source.parameter
  (#not-any-of? @type "Long" "Integer" "Short" "Byte" "Double" "Float" "Boolean" "BigDecimal" "BigInteger" "UUID"
                      "LocalDate" "LocalDateTime" "LocalTime" "Instant" "OffsetDateTime" "ZonedDateTime" "Duration")
  (#any-of? @annotation "RequestParam" "PathVariable" "RequestBody" "RequestHeader" "CookieValue" "ModelAttribute"
                        "RequestPart" "MatrixVariable" "QueryParam" "PathParam" "FormParam" "HeaderParam"
                        "CookieParam" "MatrixParam" "BeanParam"
                        "QueryValue" "Header" "Body" "Part" "RequestBean"
                        "RestQuery" "RestPath" "RestForm" "RestHeader" "RestCookie" "RestMatrix"))
; ... and by the shape of those names in other frameworks (Stapler's `@QueryParameter`,
; `@HeaderValue`, `@FormParameter`): a part of the request, then Param/Parameter/Variable/Value.
(formal_parameter
  (modifiers [(annotation name: (identifier) @annotation) (marker_annotation name: (identifier) @annotation)])
  type: [(type_identifier) (generic_type) (array_type) (scoped_type_identifier)] @type
  name: (identifier) @source.parameter
  (#not-any-of? @type "Long" "Integer" "Short" "Byte" "Double" "Float" "Boolean" "BigDecimal" "BigInteger" "UUID"
                      "LocalDate" "LocalDateTime" "LocalTime" "Instant" "OffsetDateTime" "ZonedDateTime" "Duration")
  (#match? @annotation "^(Query|Path|Form|Header|Cookie|Matrix|Request|Url|Uri)[A-Z]?[A-Za-z]*(Param|Parameter|Params|Variable|Value)$"))
; A JAX-RS or Micronaut resource method's other parameters are bound from the request too: the
; entity (`testWebhook(WebhookForm form)` under `@POST`), unless injected (`@Context`, `@Auth`,
; `@Suspended`) or of a type the framework supplies.
(method_declaration
  (modifiers [(marker_annotation name: (identifier) @verb) (annotation name: (identifier) @verb)])
  parameters: (formal_parameters
    (formal_parameter
      type: [(type_identifier) (generic_type) (array_type) (scoped_type_identifier)] @type
      name: (identifier) @source.parameter) @parameter)
  (#any-of? @verb "POST" "PUT" "PATCH" "GET" "DELETE" "Post" "Put" "Patch" "Get" "Delete")
  (#not-match? @parameter "^@(Context|Auth|Suspended|Inject|Named|Valid\\s+@Context)\\b")
  (#not-any-of? @type "Long" "Integer" "Short" "Byte" "Double" "Float" "Boolean" "BigDecimal" "BigInteger" "UUID"
                      "LocalDate" "LocalDateTime" "LocalTime" "Instant" "OffsetDateTime" "ZonedDateTime" "Duration"
                      "UriInfo" "HttpHeaders" "SecurityContext" "Request" "Response" "AsyncResponse" "Sse" "SseEventSink"
                      "Principal" "Authentication" "HttpServletResponse" "ServletContext" "Providers" "Application"
                      "ResourceContext" "ContainerRequestContext" "Model" "BindingResult" "Locale" "HttpSession"))
; Javalin's handler context and Spark's request.
((method_invocation object: (identifier) @context name: (identifier) @method) @source
  (#match? @context "^(ctx|context)$")
  (#any-of? @method "formParam" "formParams" "formParamMap" "queryParam" "queryParams" "queryParamMap" "pathParam"
                    "pathParamMap" "header" "headerMap" "body" "bodyAsBytes" "bodyAsClass" "bodyValidator" "cookie"
                    "cookieMap" "uploadedFile" "uploadedFiles" "queryString" "fullUrl"))
((method_invocation object: (identifier) @request name: (identifier) @method) @source
  (#match? @request "^(req|request)$")
  (#any-of? @method "queryParams" "queryParamsValues" "queryParamOrDefault" "params" "splat" "body" "bodyAsBytes" "headers"
                    "cookie" "cookies"))
; A request object however it was reached (Vert.x `ctx.request().getParam("host")`, Undertow's
; `exchange`, Micronaut's and Helidon's `request`): the methods that read what the client sent.
((method_invocation
   object: [(identifier) @request (method_invocation name: (identifier) @request arguments: (argument_list) @none)]
   name: (identifier) @method) @source
  (#match? @request "^(req|request|httpRequest|serverRequest|getRequest|exchange|routingContext|rc|ctx|context|getIn|getMessage)$")
  (#any-of? @method "getParam" "getParams" "params" "getFormAttribute" "formAttributes" "getHeader" "headers"
                    "getQueryParameters" "getPathParameters" "getQueryParam" "queryParam" "queryParams" "pathParam"
                    "pathParams" "getBodyAsString" "getBodyAsJson" "getBodyAsJsonArray" "getBody" "body" "bodyAsString"
                    "getCookie" "cookieMap" "getRequestHeaders" "getQueryString" "query" "getRequestURI"
                    "fileUploads" "uploadedFiles" "getRequestPath" "getRelativePath" "getParameters" "getAttribute"
                    "queryString" "queryStringMap" "getQueryString" "cookie" "cookies" "header"
                    "bodyToMono" "bodyToFlux" "pathVariable" "pathVariables" "formData" "multipartData" "getQueryParams"
                    "getFirstQueryParameter"))
; ... and what the body reader returns (Vert.x 4 `ctx.body().asString()`, `asJsonObject()`).
((method_invocation
   object: (method_invocation object: (identifier) @request name: (identifier) @body)
   name: (identifier) @method) @source
  (#match? @request "^(ctx|context|routingContext|rc|req|request)$") (#eq? @body "body")
  (#any-of? @method "asString" "asJsonObject" "asJsonArray" "asPojo" "buffer"))
; Entry points whose parameters the client fills, by their shape rather than by library:
; - a form bound from the request (Play's `form.bindFromRequest(request)`);
((method_invocation name: (identifier) @method) @source
  (#any-of? @method "bindFromRequest" "bindFromRequestData"))
; - an action of a controller answering with a `Result` (Play: the route file binds the other
;   parameters from the path and the query string, `archive(Http.Request request, String sku)`);
(method_declaration
  type: [(type_identifier) (generic_type)] @result
  parameters: (formal_parameters (formal_parameter type: (type_identifier) @type name: (identifier) @source.parameter))
  (#match? @result "^(Result|CompletionStage<Result>|CompletableFuture<Result>|F\\.Promise<Result>)$")
  (#eq? @type "String"))
; - a gRPC service method: the request message beside the `StreamObserver` that answers it;
(method_declaration
  parameters: (formal_parameters
    (formal_parameter name: (identifier) @source.parameter)
    .
    (formal_parameter type: (generic_type (type_identifier) @observer)))
  (#eq? @observer "StreamObserver"))
; - a chat or game server's command: the arguments beside the sender (Bukkit/Spigot's
;   `onCommand(CommandSender, Command, String, String[] args)`, BungeeCord's `execute(sender, args)`);
(method_declaration
  parameters: (formal_parameters
    (formal_parameter type: [(type_identifier) (scoped_type_identifier)] @sender)
    (formal_parameter type: (array_type) name: (identifier) @source.parameter))
  (#match? @sender "(^|\\.)(CommandSender|CommandSource|ICommandSender|ProxiedPlayer|Player)$"))
; - an event that carries what a user typed (a chat message, a command line, a Discord message:
;   `AsyncPlayerChatEvent`, `PlayerCommandPreprocessEvent`, JDA's `MessageReceivedEvent`);
(formal_parameter
  type: [(type_identifier) (scoped_type_identifier)] @type
  name: (identifier) @source.parameter
  (#match? @type "(Chat|Message|Command|Interaction)\\w*Event$"))
; - a network handler's inbound message (Netty's `channelRead0(ChannelHandlerContext ctx, T msg)`,
;   a decoder's `decode(ctx, in, out)`);
(method_declaration
  parameters: (formal_parameters
    (formal_parameter type: (type_identifier) @context)
    .
    (formal_parameter name: (identifier) @source.parameter))
  (#eq? @context "ChannelHandlerContext"))
; - the message a network or messaging library hands its handler, whatever the library (Apache
;   MINA's `messageReceived(IoSession session, Object message)`, a listener's `onMessage(String
;   text)`): an overriding method of a class that extends or implements a handler, adapter,
;   listener or consumer, for its parameters named for what arrived;
(class_declaration
  [(superclass) (super_interfaces)] @base
  body: (class_body
    (method_declaration
      (modifiers (marker_annotation name: (identifier) @override))
      parameters: (formal_parameters
        (formal_parameter
          type: [(type_identifier) (generic_type) (array_type) (scoped_type_identifier)] @type
          name: (identifier) @source.parameter))))
  (#match? @base "(Handler|Adapter|Listener|Consumer|Receiver|Subscriber|Callback)\\b")
  (#eq? @override "Override")
  (#match? @source.parameter "^(?i)(msg|message|payload|body|data|text|line|packet|frame|command|cmd|content|input|raw|frame)$")
  (#not-any-of? @type "int" "long" "boolean" "Long" "Integer" "Boolean"))
; - a message from a queue or a stream, published by other services or users: a Kafka record
;   however it arrives (`for (ConsumerRecord<K, V> record : records)`, a listener's parameter),
;   the parameters of a listener method (Spring's `@KafkaListener`, `@RabbitListener`,
;   `@JmsListener`, `@SqsListener`, STOMP's `@MessageMapping`, MicroProfile's `@Incoming`), and
;   JMS's `onMessage(Message m)`;
(enhanced_for_statement
  type: (generic_type (type_identifier) @type)
  name: (identifier) @source.parameter
  (#match? @type "^(ConsumerRecord|ReceiverRecord|Record|Message|Delivery)$"))
(formal_parameter
  type: (generic_type (type_identifier) @type)
  name: (identifier) @source.parameter
  (#match? @type "^(ConsumerRecord|ConsumerRecords|ReceiverRecord|Message)$"))
(method_declaration
  (modifiers [(annotation name: (identifier) @listener) (marker_annotation name: (identifier) @listener)])
  parameters: (formal_parameters
    (formal_parameter
      type: [(type_identifier) (generic_type) (array_type) (scoped_type_identifier)] @type
      name: (identifier) @source.parameter))
  (#any-of? @listener "KafkaListener" "KafkaHandler" "RabbitListener" "RabbitHandler" "JmsListener" "SqsListener"
                      "StreamListener" "MessageMapping" "SubscribeMapping" "Incoming" "ServiceActivator" "NatsListener"
                      "OnMessage")
  (#not-any-of? @type "Long" "Integer" "Short" "Byte" "Double" "Float" "Boolean" "Acknowledgment" "Channel" "Principal"
                      "SimpMessageHeaderAccessor" "MessageHeaders" "Consumer" "Session" "EndpointConfig"))
(method_declaration
  name: (identifier) @onMessage
  parameters: (formal_parameters . (formal_parameter type: [(type_identifier) (scoped_type_identifier)] @type name: (identifier) @source.parameter) .)
  (#eq? @onMessage "onMessage")
  (#match? @type "(^|\\.)(Message|TextMessage|BytesMessage|ObjectMessage|String)$"))
; - a request-bound bean: Struts actions and forms get their properties from request parameters
;   through their setters (`setPrinter(String printer)`), read anywhere in the class as fields.
(class_declaration
  superclass: (superclass [(type_identifier) (scoped_type_identifier)] @base)
  body: (class_body
    (method_declaration
      name: (identifier) @setter
      parameters: (formal_parameters . (formal_parameter type: [(type_identifier) (array_type) (generic_type)] @type name: (identifier) @source.parameter) .)))
  (#match? @base "(^|\\.)(ActionSupport|ActionForm|ValidatorForm|ValidatorActionForm|DynaActionForm)$")
  (#match? @setter "^set[A-Z]")
  (#not-any-of? @type "int" "long" "boolean" "double" "Integer" "Long" "Boolean" "Double"))
; - a serverless function's event (AWS Lambda's `handleRequest(APIGatewayProxyRequestEvent input,
;   Context context)`), and the platforms' request types wherever they are parameters;
(method_declaration
  name: (identifier) @handle
  parameters: (formal_parameters
    . (formal_parameter name: (identifier) @source.parameter)
    . (formal_parameter type: (type_identifier) @context))
  (#eq? @handle "handleRequest")
  (#eq? @context "Context"))
(formal_parameter
  type: [(type_identifier) (scoped_type_identifier)] @type
  name: (identifier) @source.parameter
  (#match? @type "(^|\\.)(APIGateway\\w*Event|\\w*ProxyRequestEvent|ApplicationLoadBalancerRequestEvent|LambdaFunctionUrlRequest)$"))
; - a WebSocket message (JSR 356's `@OnMessage` method; Spring's `handleTextMessage(session,
;   message)`), and a RabbitMQ delivery's body (`handleDelivery(tag, envelope, props, body)`);
(method_declaration
  name: (identifier) @handle
  parameters: (formal_parameters . (formal_parameter) . (formal_parameter name: (identifier) @source.parameter) .)
  (#any-of? @handle "handleTextMessage" "handleBinaryMessage" "handleMessage" "onTextMessage" "onBinaryMessage"))
(method_declaration
  name: (identifier) @handle
  parameters: (formal_parameters (formal_parameter name: (identifier) @source.parameter) .)
  (#eq? @handle "handleDelivery"))
; - the name a client gave an uploaded file, whatever the framework (Spring's
;   `getOriginalFilename()`, a Servlet `Part`'s `getSubmittedFileName()`, an upload event's or a
;   form part's `getFileName()`: Vaadin's `event.getFileName()`, Jersey's `disposition.getFileName()`);
((method_invocation name: (identifier) @method arguments: (argument_list) @none) @source
  (#any-of? @method "getOriginalFilename" "getOriginalFileName" "getSubmittedFileName" "getClientFileName"))
((method_invocation object: (identifier) @upload name: (identifier) @method arguments: (argument_list) @none) @source
  (#match? @upload "(?i)(event|upload|part|attachment|disposition|multipart)$")
  (#any-of? @method "getFileName" "getFilename" "fileName" "filename"))
; - what another app or a link hands an Android activity (`getIntent().getStringExtra("url")`, a
;   deep link's `uri.getQueryParameter("next")`);
((method_invocation name: (identifier) @method) @source
  (#any-of? @method "getStringExtra" "getStringArrayExtra" "getCharSequenceExtra" "getBundleExtra" "getDataString"
                    "getQueryParameter" "getQueryParameters" "getFirstQueryParameter"))
; - a URL a customer or user configured for the program to call (a webhook's or callback's
;   address: `sub.getCallbackUrl()`, `ping(String callbackUrl)`), wherever it was stored.
((method_invocation name: (identifier) @method arguments: (argument_list) @none) @source
  (#match? @method "^get(Callback|Webhook|WebHook|Hook|Notification|Notify|Postback|Ping|Target|Endpoint)(Url|URL|Uri|URI)$"))
(formal_parameter
  name: (identifier) @source.parameter
  (#match? @source.parameter "^(callback|webhook|webHook|hook|notification|notify|postback)(Url|URL|Uri|URI)$"))
; ... also looked up for someone (`settings.webhookUrlFor(merchantId)`, `callbackUriOf(client)`).
((method_invocation name: (identifier) @method) @source
  (#match? @method "^(get)?([Cc]allback|[Ww]ebhook|[Ww]ebHook|[Pp]ostback)(Url|URL|Uri|URI)(For|Of)$"))
; JAX-RS and Spring's raw views of the request.
((method_invocation object: (identifier) @context name: (identifier) @method) @source
  (#match? @context "(?i)^(uriInfo|headers|httpHeaders|webRequest)$")
  (#any-of? @method "getQueryParameters" "getPathParameters" "getRequestHeader" "getHeaderString" "getParameter" "getHeader"))
; What a desktop user typed into a dialog (Swing's `JOptionPane.showInputDialog`), or into a
; text field named as one (`urlField.getText()`): the program's own user, as on the command line
; (shell and SQL rules count it; path and URL rules do not: the user picks their own files).
((method_invocation object: (identifier) @class name: (identifier) @method) @source @sanitizer.cli
  (#eq? @class "JOptionPane") (#eq? @method "showInputDialog"))
((method_invocation object: [(identifier) (field_access)] @widget name: (identifier) @method arguments: (argument_list) @none) @source @sanitizer.cli
  (#match? @widget "(?i)(field|textarea|input|entry|combo|combobox)$") (#any-of? @method "getText" "getSelectedItem" "getEditor" "getValue"))
; The environment (see the sanitizer kinds above). `main`'s arguments are the command line, as
; `System.in` is: a tool opening the file or running the program named on its command line does
; what its user asked (on the JDK's own tools, every path and command finding from them was of
; that kind), so path and URL rules do not count them; pasted into a shell command or SQL, they
; are parsed as code (the shell and SQL rules do).
((method_declaration
   (modifiers) @modifiers
   name: (identifier) @main
   parameters: (formal_parameters . [(formal_parameter name: (identifier) @source.parameter @sanitizer.cli)
                                     (spread_parameter (variable_declarator name: (identifier) @source.parameter @sanitizer.cli))] .))
  (#eq? @main "main") (#match? @modifiers "\\bstatic\\b"))
((method_invocation object: (identifier) @class name: (identifier) @method) @source @sanitizer.env
  (#eq? @class "System") (#any-of? @method "getenv" "getProperty"))
((object_creation_expression type: (type_identifier) @type arguments: (argument_list . (field_access) @in)) @source @sanitizer.cli
  (#eq? @type "Scanner") (#eq? @in "System.in"))
; picocli's `@Option`/`@Parameters` fields hold what the command line gave, as the command line
; (shell rules count it; path and URL rules do not).
(field_declaration
  (modifiers (annotation name: (identifier) @annotation))
  declarator: (variable_declarator name: (identifier) @source.parameter @sanitizer.cli)
  (#any-of? @annotation "Option" "Parameters" "Parameter" "Argument" "Arg"))

; Sanitizers: numbers, booleans, lengths and comparisons are safe everywhere.
((method_invocation object: (identifier) @class name: (identifier) @method) @sanitizer
  (#any-of? @class "Integer" "Long" "Short" "Byte" "Double" "Float" "Boolean" "UUID" "Math" "Objects")
  (#any-of? @method "parseInt" "parseLong" "parseShort" "parseByte" "parseDouble" "parseFloat" "parseBoolean"
                    "valueOf" "fromString" "abs" "min" "max" "hash" "hashCode" "equals" "isNull" "nonNull"))
((method_invocation name: (identifier) @method) @sanitizer
  (#any-of? @method "length" "size" "isEmpty" "isBlank" "equals" "equalsIgnoreCase" "contains" "startsWith" "endsWith"
                    "matches" "hashCode" "compareTo" "indexOf" "count" "intValue" "longValue" "ordinal"))
(binary_expression operator: ["==" "!=" "<" ">" "<=" ">=" "&&" "||" "instanceof"]) @sanitizer
(instanceof_expression) @sanitizer
; A value kept as a number or a boolean (`int updated = stmt.executeUpdate(sql)`) is one, whatever
; computed it.
(local_variable_declaration type: [(integral_type) (floating_point_type) (boolean_type)]
  declarator: (variable_declarator value: (_) @sanitizer))
(field_declaration type: [(integral_type) (floating_point_type) (boolean_type)]
  declarator: (variable_declarator value: (_) @sanitizer))
(unary_expression operator: "!") @sanitizer
(lambda_expression) @sanitizer
; A conditional's condition picks an arm; it is not the value.
(ternary_expression condition: (_) @sanitizer)
(method_reference) @sanitizer
; A lookup returns what the table holds, whatever the key (`COLUMNS.get(sort)`).
; The key alone: `getOrDefault(key, fallback)` returns the fallback as it is.
((method_invocation object: (identifier) @table name: (identifier) @method arguments: (argument_list . (_) @sanitizer))
  (#match? @table "^[A-Z][A-Z0-9_]*$") (#any-of? @method "get" "getOrDefault"))
; ... and the others for their kind of sink.
((method_invocation name: (identifier) @method) @sanitizer.html
  (#any-of? @method "htmlEscape" "escapeHtml" "escapeHtml4" "escapeXml" "escapeXml11" "forHtml" "forHtmlContent"
                    "forHtmlAttribute" "escapeJava" "escapeEcmaScript" "forJavaScript" "forUriComponent" "encode" "sanitize"))
((method_invocation object: (identifier) @class name: (identifier) @method) @sanitizer.url
  (#any-of? @class "URLEncoder" "UriUtils") (#any-of? @method "encode" "encodePath" "encodeQueryParam" "encodePathSegment"))
((method_invocation object: (identifier) @class name: (identifier) @method) @sanitizer.path
  (#eq? @class "FilenameUtils") (#eq? @method "getName"))
((method_invocation object: (_) @holder name: (identifier) @method arguments: (argument_list) @arguments) @sanitizer.path
  (#eq? @method "getFileName") (#eq? @arguments "()")
  (#not-match? @holder "(?i)(event|upload|part|attachment|disposition|multipart)$"))
; The server's own temporary file holding an upload (Play's `part.getRef()`, Commons FileUpload's
; `getStoreLocation()`): its path is the server's, whatever the client named the upload.
((method_invocation name: (identifier) @method arguments: (argument_list) @arguments) @sanitizer.path
  (#any-of? @method "getRef" "getStoreLocation" "getTempFile" "getTemporaryFile") (#eq? @arguments "()"))
((method_invocation name: (identifier) @method) @sanitizer.sql
  (#any-of? @method "quoteIdentifier" "enquoteLiteral" "enquoteIdentifier"))
; A URL that starts with a fixed `scheme://host/` keeps the user's part out of the host.
((string_literal) @sanitizer.url
  (#match? @sanitizer.url "^\"https?://[^/\"%]+/"))
((binary_expression left: [(string_literal) @prefix (binary_expression left: (string_literal) @prefix)]) @sanitizer.url
  (#match? @prefix "^\"https?://[^/\"%]+/"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift): checks after which a value is safe.
(if_statement condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_statement alternative: (if_statement)) @guard @guard.alternative
(if_statement alternative: (block) @guard.else) @guard
(ternary_expression condition: (_) @guard.condition consequence: (_) @guard.then alternative: (_) @guard.else) @guard
[(return_statement) (throw_statement) (continue_statement) (break_statement)] @guard.exit
((expression_statement
   (method_invocation name: (identifier) @method)) @guard.exit
  (#any-of? @method "sendError" "exit"))
(unary_expression operator: "!" operand: (_) @guard.operand) @guard.not
(binary_expression left: (_) @guard.operand operator: "&&" right: (_) @guard.operand) @guard.and
(binary_expression left: (_) @guard.operand operator: "||" right: (_) @guard.operand) @guard.or
(parenthesized_expression (_) @guard.operand) @guard.and
(parenthesized_expression (_) @guard.through)
((method_invocation object: (_) @guard.through name: (identifier) @method arguments: (argument_list) @arguments)
  (#any-of? @method "getHost" "toLowerCase" "toUpperCase" "trim" "strip") (#eq? @arguments "()"))
; URL parsers and path normalisers: checking their result checks their input.
((object_creation_expression type: (type_identifier) @type) @guard.parse
  (#any-of? @type "URL" "URI"))
((method_invocation object: (identifier) @class name: (identifier) @method) @guard.parse
  (#eq? @class "URI") (#eq? @method "create"))
((method_invocation name: (identifier) @method) @guard.normalize
  (#any-of? @method "normalize" "toRealPath" "getCanonicalPath" "getCanonicalFile"))
; `ALLOWED.contains(x)`, `x.equals(y)`, `"a".equals(x)`.
((method_invocation object: (_) @table name: (identifier) @method arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#match? @table "(?i)(^[A-Z][A-Z0-9_]*$|allow|valid|permit|whitelist|known|safe|trusted)") (#any-of? @method "contains" "containsKey"))
((method_invocation object: (_) @guard.subject name: (identifier) @method arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#any-of? @method "equals" "equalsIgnoreCase"))
; Validation by shape: `day.matches("\\d{4}-\\d{2}")` matches the whole string; a pattern without `.`,
; `/` or a quote lets through nothing a path, URL, command or query could be steered with.
((method_invocation object: (_) @guard.subject name: (identifier) @method arguments: (argument_list . (string_literal) @pattern .)) @guard.safe
  (#eq? @method "matches")
  (#match? @pattern "^\"([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\\\\\[dw])*\"$"))
; Allowing `.`, `/`, `:` and `@` as well (a file name, `[\\w.-]+\\.(png|jpg)`), for the shell and SQL
; only: no space, quote, `;`, `|` or `$` gets through (`.` only escaped or inside a class).
((method_invocation object: (_) @guard.subject name: (identifier) @method arguments: (argument_list . (string_literal) @pattern .)) @guard.safe.shell
  (#eq? @method "matches")
  (#match? @pattern "^\"([\\^$\\[\\]{}(),+*?|A-Za-z0-9_:@/-]|\\\\\\\\[dw./-]|\\.(?=[^\\]]*\\]))*\"$"))
((method_invocation object: (_) @guard.subject name: (identifier) @method arguments: (argument_list . (string_literal) @pattern .)) @guard.safe.sql
  (#eq? @method "matches")
  (#match? @pattern "^\"([\\^$\\[\\]{}(),+*?|A-Za-z0-9_:@/-]|\\\\\\\\[dw./-]|\\.(?=[^\\]]*\\]))*\"$"))
; A compiled pattern kept in a constant (`HOSTNAME.matcher(host).matches()`), written to accept the
; expected shape only (as Go's `validSlug.MatchString(s)`).
((method_invocation
   object: (method_invocation object: (_) @pattern name: (identifier) @matcher arguments: (argument_list . (_) @guard.subject .))
   name: (identifier) @method
   arguments: (argument_list) @arguments) @guard.safe
  (#eq? @matcher "matcher") (#eq? @method "matches") (#eq? @arguments "()")
  (#match? @pattern "(^|\\.)([A-Z][A-Z0-9_]*|(?i)[a-z_]*(pattern|regex|re))$"))
; `name.contains("..")`: a name without `..` stays in its folder; so does a normalised path under
; a base folder (`p.normalize().startsWith(base)`).
((method_invocation object: (_) @guard.subject name: (identifier) @method arguments: (argument_list . (string_literal) @dots .)) @guard.unsafe.path
  (#eq? @method "contains") (#eq? @dots "\"..\""))
((method_invocation object: (_) @guard.subject.normalized name: (identifier) @method arguments: (argument_list . (_) @prefix .)) @guard.safe.path
  (#eq? @method "startsWith") (#not-match? @prefix "^\"\\.\\."))
; A URL under a fixed `scheme://host/` cannot reach another host, nor can a path of this site
; (`/`; a check for `//` belongs next to it).
((method_invocation object: (_) @guard.subject name: (identifier) @method arguments: (argument_list . [(string_literal) (identifier)] @prefix .)) @guard.safe.url
  (#eq? @method "startsWith") (#match? @prefix "^(\"https?://[^/\"]+/|[A-Z][A-Za-z0-9_]*$|\"/\"$)"))
; Validators named for what they check: `isSafeUrl(u)`, `isAllowedHost(h)`, `isSafePath(p)`, and for
; hosts a request may go to, `isPublic(host)` (not loopback, private or link-local).
((method_invocation name: (identifier) @function arguments: (argument_list (_) @guard.subject)) @guard.safe.url
  (#match? @function "^((is|check|valid)?(Safe|Allowed|Trusted|Permitted|Valid)(Url|URL|Uri|URI|Host|Hostname|Domain|Origin|Redirect|Target)|is(Public|External|Routable|Global)(Host|Address|Ip|IP|Url|URL|Uri|URI)?)$"))
((method_invocation name: (identifier) @function arguments: (argument_list (_) @guard.subject)) @guard.safe.path
  (#match? @function "^((is|check|valid)?(Safe|Allowed|Valid)(Path|File|Filename|FileName|FilePath)|isInside|isSubPath|withinDir)$"))

; The file's methods and calls of them by name, for taint that crosses a call (TaintCalls):
; `search(q)` and `this.search(q)` in the same class.
(method_declaration name: (identifier) @function.name parameters: (formal_parameters) @function.parameters) @function
(return_statement (_) @function.return)
(method_invocation !object name: (identifier) @call.function arguments: (argument_list) @call.arguments)
(method_invocation object: (this) name: (identifier) @call.function arguments: (argument_list) @call.arguments)
; Fields a method writes request data into are untrusted where the class reads them.
(field_access object: (this) field: (identifier) @field.name) @field
; ... and read without `this.` where a field's name is read (`"lp -d " + printer`, `run(printer)`).
(binary_expression [left: (identifier) @field @field.name right: (identifier) @field @field.name])
(argument_list (identifier) @field @field.name)
(variable_declarator value: (identifier) @field @field.name)
(return_statement (identifier) @field @field.name)
[(class_declaration) (record_declaration) (enum_declaration)] @field.class

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter of a method or constructor is a value whose origin this file does not check, whoever
; calls it (a framework no rule names, a DAO's caller, a queue): untrusted only in the analysis of
; those rules. A number, a boolean, a date or a UUID was converted by whoever checked the types;
; a context (`ServletContext`, an application's `TicketContext`) is the program's state, not text.
(formal_parameter
  type: [(type_identifier) (generic_type) (array_type) (scoped_type_identifier)] @type
  name: (identifier) @unchecked
  (#not-match? @type "^(java\\.lang\\.)?(Long|Integer|Short|Byte|Double|Float|Boolean|Character|Number|BigDecimal|BigInteger|UUID|LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|Duration|Date|Timestamp|Class<.*>|(int|long|short|byte|double|float|boolean|char)\\[\\]|\\w*Context)$"))
(spread_parameter (type_identifier) @type (variable_declarator name: (identifier) @unchecked)
  (#eq? @type "String"))
; Text put together from parts: `+`, `String.format`, `formatted`, `MessageFormat.format`,
; `String.join`, `concat`, and what a builder appends (`sb.append(x)`: the flows above carry each
; appended value into the builder; the value itself is the part).
(binary_expression left: (_) @built.part operator: "+" right: (_) @built.part) @built
((method_invocation object: (identifier) @class name: (identifier) @method arguments: (argument_list (_) @built.part)) @built
  (#any-of? @class "String" "MessageFormat") (#any-of? @method "format" "join"))
((method_invocation object: (_) @built.part name: (identifier) @method arguments: (argument_list (_) @built.part)) @built
  (#any-of? @method "formatted" "concat"))
((method_invocation name: (identifier) @method arguments: (argument_list (_) @built @built.part))
  (#any-of? @method "append" "insert"))
; A path joined under a folder: `Paths.get(root, name)`, `Path.of(root, a, b)`, `new File(root, name)`,
; `root.resolve(name)`. The folder (first argument, or the receiver of `resolve`) is what the
; code means to stay in; what is joined after it is the built part.
((method_invocation object: (identifier) @class name: (identifier) @method arguments: (argument_list . (_) (_) @built.part)) @built
  (#any-of? @class "Paths" "Path") (#any-of? @method "get" "of"))
((object_creation_expression type: (type_identifier) @type arguments: (argument_list . (_) . (_) @built.part .)) @built
  (#eq? @type "File"))
((method_invocation name: (identifier) @method arguments: (argument_list . (_) @built.part .)) @built
  (#eq? @method "resolve"))
; A path made canonical or real (`getCanonicalPath()`, `toRealPath()`, `normalize()`) is resolved
; to be checked against its folder, after it was built: java/path-built-from-text, which judges
; the built text and not the later check, leaves it to the error-level rule, which follows it.
((method_invocation name: (identifier) @method) @sanitizer.resolved
  (#any-of? @method "normalize" "toRealPath" "getCanonicalPath" "getCanonicalFile" "toAbsolutePath"))
