; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Java and Go):
;   @sanitizer.cli  the console (`Console.ReadLine`), @sanitizer.env  the environment: set by
;   whoever runs the program. Injection rules (SQL, shell) count them; path, URL and HTML rules
;   do not, since a tool opening the file its user named is normal.

[(method_declaration) (constructor_declaration) (local_function_statement) (lambda_expression)
 (anonymous_method_expression) (accessor_declaration)] @scope
[(if_statement) (for_statement) (foreach_statement) (while_statement) (do_statement)
 (try_statement) (catch_clause) (finally_clause) (switch_expression) (switch_section)
 (conditional_expression)] @branch

; Identifiers that read variables; member names after a `.` do not.
(member_access_expression name: (identifier) @property)
(member_binding_expression name: (identifier) @property)
(identifier) @reference

; Flows
(variable_declarator name: (identifier) @target "=" (_) @value) @assign
(assignment_expression left: (_) @target "=" right: (_) @value) @assign
(assignment_expression left: (_) @target "+=" right: (_) @value) @update
(assignment_expression left: (_) @target "??=" right: (_) @value) @update
; The loop variable is the @assign node: the body must already see the collection's taint.
(foreach_statement left: (identifier) @target @assign right: (_) @value)
; Builders and collections: `sb.Append(x)`, `list.Add(x)`, `parts.AddRange(xs)`.
((invocation_expression
   function: (member_access_expression expression: (identifier) @target name: (identifier) @method)
   arguments: (argument_list (argument (_) @value))) @update
  (#any-of? @method "Append" "AppendLine" "AppendFormat" "Insert" "Add" "AddRange" "Push" "Enqueue" "Write" "WriteLine"))

; Sources: ASP.NET's request, as `Request`, `HttpContext.Request` or `context.Request` ...
((member_access_expression
   expression: [(identifier) @request (member_access_expression name: (identifier) @request)]
   name: (identifier) @part) @source
  (#eq? @request "Request")
  (#any-of? @part "Query" "Form" "Headers" "Cookies" "QueryString" "Params" "Body" "RouteValues" "Path" "PathBase"
                  "RawUrl" "Url" "UrlReferrer" "UserAgent" "ServerVariables" "Files" "InputStream" "BodyReader"))
; ... `Request["id"]` in classic ASP.NET ...
((element_access_expression expression: (identifier) @request) @source
  (#eq? @request "Request"))
; ... and under the usual names of a request parameter (`req.Query["q"]`, `request.Form`).
((member_access_expression expression: (identifier) @request name: (identifier) @part) @source
  (#match? @request "^(req|request|httpRequest)$")
  (#any-of? @part "Query" "Form" "Headers" "Cookies" "QueryString" "Params" "Body" "RouteValues" "Path"))
; Action parameters bound from the request by attribute.
; Numbers, booleans, GUIDs and dates bound from the request are safe: the binder parsed them.
(parameter
  (attribute_list (attribute name: (identifier) @attribute))
  type: (_) @type
  name: (identifier) @source.parameter
  (#any-of? @attribute "FromQuery" "FromBody" "FromRoute" "FromForm" "FromHeader" "FromUri")
  (#not-match? @type "^(int|long|short|byte|uint|ulong|ushort|decimal|double|float|bool|Guid|DateTime|DateTimeOffset|DateOnly|TimeSpan)\\??$"))
; An uploaded file's name is the client's (`formFile.FileName`, `upload.FileName`).
((member_access_expression expression: (identifier) @file name: (identifier) @property) @source
  (#match? @file "(?i)(file|upload|attachment|part)s?$") (#eq? @property "FileName"))
; Razor Pages and MVC properties bound from the request (`[BindProperty] public string Search { get; set; }`).
(property_declaration
  (attribute_list (attribute name: (identifier) @attribute))
  type: (_) @type
  name: (identifier) @source.parameter
  (#any-of? @attribute "BindProperty" "FromQuery" "FromForm" "FromRoute" "FromBody" "FromHeader")
  (#not-match? @type "^(int|long|short|byte|uint|ulong|ushort|decimal|double|float|bool|Guid|DateTime|DateTimeOffset|DateOnly|TimeSpan)\\??$"))
; A controller's public actions bind their string parameters from the request without one.
(class_declaration
  (base_list [(identifier) @base (qualified_name name: (identifier) @base)])
  body: (declaration_list
    (method_declaration
      (modifier) @public
      parameters: (parameter_list
        (parameter type: [(predefined_type) (identifier) (nullable_type)] @type name: (identifier) @source.parameter))))
  (#match? @base "(Controller|ControllerBase|PageModel)$")
  (#eq? @public "public")
  (#match? @type "^(string|String|object|IFormFile|IFormFileCollection)\\??$"))
; Minimal APIs: the handler of `app.MapGet("/x", (string name) => ...)`.
(invocation_expression
  function: (member_access_expression name: (identifier) @map)
  arguments: (argument_list
    (argument (lambda_expression parameters: (parameter_list (parameter type: [(predefined_type) (identifier) (nullable_type)] @type name: (identifier) @source.parameter)))))
  (#match? @map "^Map(Get|Post|Put|Delete|Patch|Methods)$")
  (#any-of? @type "string" "string?" "IFormFile" "IFormFile?" "IFormFileCollection"))
; ... and a handler passed by name (`app.MapGet("/files/{name}", Download)`): the string
; parameters of a method so used are route, query or form values.
((invocation_expression
   function: (member_access_expression name: (identifier) @map)
   arguments: (argument_list (argument [(identifier) @handler.use (member_access_expression name: (identifier) @handler.use)])))
  (#match? @map "^Map(Get|Post|Put|Delete|Patch|Methods|Fallback)$"))
(method_declaration
  name: (identifier) @handler.name
  parameters: (parameter_list
    (parameter type: [(predefined_type) (identifier) (nullable_type)] @type name: (identifier) @handler.parameter))
  (#any-of? @type "string" "string?" "IFormFile" "IFormFile?" "IFormFileCollection"))
(local_function_statement
  name: (identifier) @handler.name
  parameters: (parameter_list
    (parameter type: [(predefined_type) (identifier) (nullable_type)] @type name: (identifier) @handler.parameter))
  (#any-of? @type "string" "string?" "IFormFile" "IFormFile?" "IFormFileCollection"))
; Handlers of messages from outside the process, whatever the framework calls them: a gRPC
; service method's request (the method takes a `ServerCallContext`), a message consumer's
; context (MassTransit's `ConsumeContext<T>`), a serverless function's trigger (Azure Functions'
; `[HttpTrigger]`, `[QueueTrigger]`, ...), the request DTO of FastEndpoints' and ServiceStack's
; handlers, and the string arguments of a SignalR hub's public methods.
(method_declaration
  parameters: (parameter_list
    . (parameter name: (identifier) @source.parameter)
    (parameter type: [(identifier) (qualified_name)] @context))
  (#match? @context "(^|\\.)ServerCallContext$"))
(method_declaration
  parameters: (parameter_list
    . (parameter type: (generic_name (identifier) @stream) name: (identifier) @source.parameter))
  (#eq? @stream "IAsyncStreamReader"))
((parameter type: (generic_name (identifier) @type) name: (identifier) @source.parameter)
  (#any-of? @type "ConsumeContext" "IConsumeContext" "MessageContext" "ConsumeResult"))
; Serverless and queue triggers by their event types: AWS Lambda's API Gateway/ALB requests and
; SQS/SNS/Kinesis events, RabbitMQ's delivered message, Azure Service Bus' received message.
((parameter type: [(identifier) @type (qualified_name name: (identifier) @type)] name: (identifier) @source.parameter)
  (#any-of? @type "APIGatewayProxyRequest" "APIGatewayHttpApiV2ProxyRequest" "ApplicationLoadBalancerRequest"
                  "SQSEvent" "SNSEvent" "KinesisEvent" "KafkaEvent" "BasicDeliverEventArgs" "ProcessMessageEventArgs"
                  "ServiceBusReceivedMessage" "EventData" "CloudEvent"))
; NServiceBus and Rebus handlers: the message is the parameter before the handler context, or the
; only parameter of `Handle` in a class implementing IHandleMessages<T>.
(method_declaration
  name: (identifier) @method
  parameters: (parameter_list
    . (parameter name: (identifier) @source.parameter)
    (parameter type: [(identifier) (qualified_name)] @context))
  (#eq? @method "Handle")
  (#match? @context "(^|\\.)IMessageHandlerContext$"))
(class_declaration
  (base_list (generic_name (identifier) @base))
  body: (declaration_list
    (method_declaration
      name: (identifier) @method
      parameters: (parameter_list . (parameter name: (identifier) @source.parameter))))
  (#any-of? @base "IHandleMessages" "IConsumer" "INotificationHandler" "IMessageHandler" "IRequestHandler" "ICommandHandler"
                  "IQueryHandler")
  (#any-of? @method "Handle" "HandleAsync"))
; GraphQL resolvers (HotChocolate's `Query`/`Mutation` classes and `[ExtendObjectType]` types):
; a public method's string arguments are the client's.
(class_declaration
  name: (identifier) @class
  body: (declaration_list
    (method_declaration
      (modifier) @public
      parameters: (parameter_list
        (parameter type: [(predefined_type) (nullable_type)] @type name: (identifier) @source.parameter))))
  (#match? @class "^(Query|Mutation|Subscription)$")
  (#eq? @public "public")
  (#match? @type "^(string|object)\\??$"))
(class_declaration
  (attribute_list (attribute name: (identifier) @attribute))
  body: (declaration_list
    (method_declaration
      (modifier) @public
      parameters: (parameter_list
        (parameter type: [(predefined_type) (nullable_type)] @type name: (identifier) @source.parameter))))
  (#match? @attribute "^(ExtendObjectType|QueryType|MutationType|SubscriptionType)$")
  (#eq? @public "public")
  (#match? @type "^(string|object)\\??$"))
; Nancy modules: `Get("/users/{name}", args => ...)`, the route's values in `args`.
((invocation_expression
   function: (identifier) @verb
   arguments: (argument_list . (argument (string_literal)) . (argument (lambda_expression parameters: [(parameter_list . (parameter name: (identifier) @source.parameter)) (implicit_parameter) @source.parameter]))))
  (#any-of? @verb "Get" "Post" "Put" "Delete" "Patch"))
(parameter
  (attribute_list (attribute name: [(identifier) @attribute (qualified_name name: (identifier) @attribute)]))
  name: (identifier) @source.parameter
  (#match? @attribute "^(HttpTrigger|QueueTrigger|ServiceBusTrigger|EventHubTrigger|EventGridTrigger|KafkaTrigger|RabbitMQTrigger|SignalRTrigger|WebPubSubTrigger)(Attribute)?$"))
(class_declaration
  (base_list (generic_name (identifier) @base))
  body: (declaration_list
    (method_declaration
      name: (identifier) @method
      parameters: (parameter_list . (parameter name: (identifier) @source.parameter))))
  (#match? @base "^Endpoint$")
  (#any-of? @method "HandleAsync" "ExecuteAsync"))
(class_declaration
  (base_list [(identifier) @base (qualified_name name: (identifier) @base)])
  body: (declaration_list
    (method_declaration
      (modifier) @public
      name: (identifier) @method
      parameters: (parameter_list . (parameter name: (identifier) @source.parameter))))
  (#match? @base "^(Service)$")
  (#eq? @public "public")
  (#any-of? @method "Any" "Get" "Post" "Put" "Delete" "Patch" "AnyAsync" "GetAsync" "PostAsync" "PutAsync" "DeleteAsync" "PatchAsync"))
(class_declaration
  (base_list [(identifier) @base (generic_name (identifier) @base)])
  body: (declaration_list
    (method_declaration
      (modifier) @public
      parameters: (parameter_list
        (parameter type: [(predefined_type) (nullable_type)] @type name: (identifier) @source.parameter))))
  (#eq? @base "Hub")
  (#eq? @public "public")
  (#match? @type "^(string|object)\\??$"))
; Blazor components' properties filled from the query string.
(property_declaration
  (attribute_list (attribute name: (identifier) @attribute))
  name: (identifier) @source.parameter
  (#any-of? @attribute "SupplyParameterFromQuery" "SupplyParameterFromForm"))
; The console and the environment (see the sanitizer kinds above).
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)) @source @sanitizer.cli
  (#eq? @class "Console") (#any-of? @method "ReadLine" "Read"))
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)) @source @sanitizer.env
  (#eq? @class "Environment") (#any-of? @method "GetEnvironmentVariable" "GetCommandLineArgs"))

; Sanitizers: numbers, booleans, GUIDs, lengths and comparisons are safe everywhere.
((invocation_expression function: (member_access_expression expression: [(identifier) (predefined_type)] @class name: (identifier) @method)) @sanitizer
  (#match? @class "^(int|long|short|byte|uint|ulong|decimal|double|float|bool|Int16|Int32|Int64|UInt32|UInt64|Decimal|Double|Single|Boolean|Guid|DateTime|DateTimeOffset|TimeSpan|Math|Convert)$")
  (#match? @method "^(Parse|ParseExact|TryParse|Abs|Min|Max|Clamp|To(Int16|Int32|Int64|UInt32|Decimal|Double|Boolean|DateTime))$"))
((invocation_expression function: (member_access_expression name: (identifier) @method)) @sanitizer
  (#any-of? @method "Count" "Any" "All" "Contains" "StartsWith" "EndsWith" "Equals" "GetHashCode" "CompareTo" "IndexOf" "IsMatch"))
((member_access_expression name: (identifier) @member) @sanitizer
  (#any-of? @member "Length" "Count"))
(binary_expression operator: ["==" "!=" "<" ">" "<=" ">=" "&&" "||"]) @sanitizer
(is_expression) @sanitizer
(is_pattern_expression) @sanitizer
(prefix_unary_expression "!") @sanitizer
(typeof_expression) @sanitizer
(lambda_expression) @sanitizer
; A conditional's condition picks an arm; it is not the value (`T.TryGetValue(key, out var v) ? v : "x"`).
(conditional_expression condition: (_) @sanitizer)
; A lookup returns what the table holds, whatever the key (`Columns[sort]` of a constant table).
((element_access_expression expression: (identifier) @table subscript: (bracketed_argument_list (argument (_) @sanitizer)))
  (#match? @table "^(_?[A-Z][A-Za-z0-9_]*|_?[a-z]+(Columns|Map|Table|Lookup))$"))
; ... also read with a default (`SortColumns.GetValueOrDefault(orderBy, "name")`): the key picks an
; entry, the default is what it is.
((invocation_expression
   function: (member_access_expression expression: (identifier) @table name: (identifier) @method)
   arguments: (argument_list . (argument (_) @sanitizer)))
  (#eq? @method "GetValueOrDefault")
  (#match? @table "^(_?[A-Z][A-Za-z0-9_]*|_?[a-z]+(Columns|Map|Table|Lookup))$"))
; ... and the others for their kind of sink.
((invocation_expression function: (member_access_expression name: (identifier) @method)) @sanitizer.html
  (#any-of? @method "HtmlEncode" "HtmlAttributeEncode" "JavaScriptStringEncode" "Encode" "Sanitize" "HtmlEscape"))
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)) @sanitizer.url
  (#any-of? @class "Uri" "WebUtility" "HttpUtility" "UrlEncoder") (#any-of? @method "EscapeDataString" "EscapeUriString" "UrlEncode" "UrlPathEncode" "Encode"))
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)) @sanitizer.path
  (#eq? @class "Path") (#any-of? @method "GetFileName" "GetFileNameWithoutExtension" "GetExtension"))
((invocation_expression function: (member_access_expression name: (identifier) @method)) @sanitizer.sql
  (#any-of? @method "QuoteIdentifier" "EscapeIdentifier"))
; A URL that starts with a fixed `scheme://host/` keeps the user's part out of the host.
((string_literal) @sanitizer.url
  (#match? @sanitizer.url "^\"https?://[^/\"%]+/"))
((interpolated_string_expression) @sanitizer.url
  (#match? @sanitizer.url "^\\$\"https?://[^/\"%{]+/"))
((binary_expression left: [(string_literal) @prefix (binary_expression left: (string_literal) @prefix)]) @sanitizer.url
  (#match? @prefix "^\"https?://[^/\"%]+/"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift): checks after which a value is safe.
(if_statement condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_statement alternative: (if_statement)) @guard @guard.alternative
(if_statement alternative: (block) @guard.else) @guard
(conditional_expression condition: (_) @guard.condition consequence: (_) @guard.then alternative: (_) @guard.else) @guard
[(return_statement) (throw_statement) (continue_statement) (break_statement)] @guard.exit
(prefix_unary_expression "!" (_) @guard.operand) @guard.not
(binary_expression left: (_) @guard.operand operator: "&&" right: (_) @guard.operand) @guard.and
(binary_expression left: (_) @guard.operand operator: "||" right: (_) @guard.operand) @guard.or
(parenthesized_expression (_) @guard.operand) @guard.and
(parenthesized_expression (_) @guard.through)
; `Slug.IsMatch(category ?? "")`: checking the value with a default checks the value.
(binary_expression left: (_) @guard.through operator: "??")
; (A check of a node passes to its children only: the member access passes it on to the receiver.)
((invocation_expression function: (member_access_expression expression: (_) @guard.through name: (identifier) @method) @guard.through arguments: (argument_list) @arguments)
  (#any-of? @method "ToLower" "ToLowerInvariant" "ToUpper" "ToUpperInvariant" "Trim") (#eq? @arguments "()"))
(member_access_expression expression: (_) @guard.through name: (identifier) @host
  (#any-of? @host "Host" "Authority" "IsAbsoluteUri" "IsLoopback"))
; URL parsers and path normalisers: checking their result checks their input.
((object_creation_expression type: (identifier) @type) @guard.parse
  (#eq? @type "Uri"))
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)) @guard.normalize
  (#eq? @class "Path") (#any-of? @method "GetFullPath"))
; `Url.IsLocalUrl(returnUrl)`: a path of this site, not another host.
((invocation_expression function: (member_access_expression name: (identifier) @method) arguments: (argument_list . (argument (_) @guard.subject))) @guard.safe.url
  (#any-of? @method "IsLocalUrl" "IsWellFormedUriString"))
; `Uri.TryCreate(url, UriKind.Relative, out _)`: a relative URL stays on this site.
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)
   arguments: (argument_list . (argument (_) @guard.subject) . (argument (member_access_expression name: (identifier) @kind)))) @guard.safe.url
  (#eq? @class "Uri") (#eq? @method "TryCreate") (#eq? @kind "Relative"))
; `Allowed.Contains(x)`, `x.Equals(y)`.
((invocation_expression function: (member_access_expression expression: (_) @table name: (identifier) @method) arguments: (argument_list . (argument (_) @guard.subject) .)) @guard.safe
  (#match? @table "(?i)(^_?[A-Z][A-Za-z0-9_]*$|allow|valid|permit|whitelist|known|safe|trusted)") (#any-of? @method "Contains" "ContainsKey"))
((invocation_expression function: (member_access_expression expression: (_) @guard.subject name: (identifier) @method) arguments: (argument_list . (argument (_) @guard.subject) .)) @guard.safe
  (#eq? @method "Equals"))
; Validation by a compiled pattern (`static readonly Regex Name = new("^[a-z0-9_]+$")`, then
; `Name.IsMatch(database)`): written to accept the expected shape only.
((invocation_expression function: (member_access_expression expression: [(identifier) (invocation_expression function: (identifier) arguments: (argument_list) @none)] @pattern name: (identifier) @method) arguments: (argument_list . (argument (_) @guard.subject) .)) @guard.safe
  (#eq? @method "IsMatch") (#not-eq? @pattern "Regex"))
; ... also a source-generated one (`[GeneratedRegex("^[a-z0-9-]+$")] static partial Regex Slug();`,
; then `Slug().IsMatch(project)`).
; `x == y`, `x != y` (`Path.GetFileName(file) != file` then a return: the name is its own file name).
(binary_expression left: (_) @guard.subject operator: "==" right: (_) @guard.subject) @guard.safe
(binary_expression left: (_) @guard.subject operator: "!=" right: (_) @guard.subject) @guard.unsafe
; `name.Contains("..")`: a name without `..` stays in its folder; so does a full path under a
; base folder (`Path.GetFullPath(p).StartsWith(root)`).
((invocation_expression function: (member_access_expression expression: (_) @guard.subject name: (identifier) @method) arguments: (argument_list . (argument (string_literal) @dots))) @guard.unsafe.path
  (#eq? @method "Contains") (#eq? @dots "\"..\""))
((invocation_expression function: (member_access_expression expression: (_) @guard.subject.normalized name: (identifier) @method) arguments: (argument_list . (argument (_) @prefix))) @guard.safe.path
  (#eq? @method "StartsWith") (#not-match? @prefix "^\"\\.\\."))
((invocation_expression function: (member_access_expression expression: (_) @guard.subject name: (identifier) @method) arguments: (argument_list . (argument [(string_literal) (identifier)] @prefix))) @guard.safe.url
  (#eq? @method "StartsWith") (#match? @prefix "^(\"https?://[^/\"]+/|_?[A-Z][A-Za-z0-9_]*$)"))
; Validators named for what they check: `IsSafeUrl(u)`, `IsAllowedHost(h)`, `IsSafePath(p)`.
((invocation_expression function: [(identifier) @function (member_access_expression name: (identifier) @function)] arguments: (argument_list (argument (_) @guard.subject))) @guard.safe.url
  (#match? @function "^((Is|Check|Validate)?(Safe|Allowed|Trusted|Permitted|Valid)(Url|Uri|Host|Domain|Origin|Redirect|Target|ReturnUrl)|(Is)?(Local|Relative|SameSite|SameOrigin|OnSite)(Url|Uri|Path|Redirect|ReturnUrl)?)$"))
((invocation_expression function: [(identifier) @function (member_access_expression name: (identifier) @function)] arguments: (argument_list (argument (_) @guard.subject))) @guard.safe.path
  (#match? @function "^((Is|Check|Validate)?(Safe|Allowed|Valid)(Path|File|FileName|FilePath)|IsInside|IsSubPath|IsUnder)$"))

; The file's methods and calls of them by name, for taint that crosses a call (TaintCalls):
; `Search(q)` and `this.Search(q)` in the same class.
(method_declaration name: (identifier) @function.name parameters: (parameter_list) @function.parameters) @function
(local_function_statement name: (identifier) @function.name parameters: (parameter_list) @function.parameters) @function
(return_statement (_) @function.return)
(arrow_expression_clause (_) @function.return)
(invocation_expression function: (identifier) @call.function arguments: (argument_list) @call.arguments)
(invocation_expression function: (member_access_expression expression: "this" name: (identifier) @call.function) arguments: (argument_list) @call.arguments)
; Fields a method writes request data into are untrusted where the class reads them.
(member_access_expression expression: "this" name: (identifier) @field.name) @field
[(class_declaration) (record_declaration) (struct_declaration)] @field.class

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter of a method, constructor, local function or lambda is a value whose origin this file
; does not check, whoever calls it (a controller, a GraphQL resolver, a JSON-RPC method, a queue
; consumer, another assembly): untrusted only in the analysis of those rules. One typed as a
; number, a boolean, a date, a GUID, an enum-like value type or a cancellation token carries no
; text.
((parameter type: (_) @type name: (identifier) @unchecked)
  (#not-match? @type "^(int|long|short|byte|sbyte|uint|ulong|ushort|decimal|double|float|bool|char|Int16|Int32|Int64|UInt16|UInt32|UInt64|Decimal|Double|Single|Boolean|Guid|DateTime|DateTimeOffset|DateOnly|TimeOnly|TimeSpan|CancellationToken|I?Logger(<.*>)?|I?ServiceProvider|HttpContext|IConfiguration)\\??$"))
; Text put together from parts: `+`, interpolation, `string.Format`/`Concat`/`Join`, and what is
; appended to a builder or added to a list (followed as updates of the name).
(binary_expression left: (_) @built.part operator: "+" right: (_) @built.part) @built
(interpolated_string_expression (interpolation . (interpolation_brace) . (_) @built.part)) @built
((invocation_expression
   function: (member_access_expression expression: [(predefined_type) (identifier)] @class name: (identifier) @method)
   arguments: (argument_list (argument (_) @built.part))) @built
  (#any-of? @class "string" "String") (#any-of? @method "Format" "Concat" "Join"))
((invocation_expression
   function: (member_access_expression name: (identifier) @method)
   arguments: (argument_list (argument (_) @built @built.part)))
  (#any-of? @method "Append" "AppendLine" "AppendFormat" "Insert"))
; A path joined under a folder: `Path.Combine(Root, name)`, `Path.Join(...)`. The folder (the
; first argument) is what the code means to stay in; what is joined after it is the built part.
((invocation_expression
   function: (member_access_expression expression: (identifier) @class name: (identifier) @method)
   arguments: (argument_list . (argument) (argument (_) @built.part))) @built
  (#eq? @class "Path") (#any-of? @method "Combine" "Join"))
; A path resolved to its full form (`Path.GetFullPath(...)`) is resolved to be checked against
; its folder, after it was built: csharp/path-built-from-text, which judges the built text and
; not the later check, leaves it to the error-level rule, which follows the check.
((invocation_expression function: (member_access_expression expression: (identifier) @class name: (identifier) @method)) @sanitizer.resolved
  (#eq? @class "Path") (#eq? @method "GetFullPath"))
