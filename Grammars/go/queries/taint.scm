; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Python):
;   @sanitizer.cli  the command line (`os.Args`, `flag`), @sanitizer.env  the environment
;   (`os.Getenv`): set by whoever runs the program. Injection rules (SQL, shell) count them;
;   path, URL and HTML rules do not, since a tool opening the file named on its command line is
;   normal.

[(function_declaration) (method_declaration) (func_literal)] @scope
[(if_statement) (for_statement) (expression_switch_statement) (type_switch_statement) (select_statement)
 (expression_case) (type_case) (default_case) (communication_case)] @branch

; Identifiers that read variables; field and method names are `field_identifier` and never do, and
; the keys of a struct literal (`User{Name: name}`) name fields.
(keyed_element key: (literal_element (identifier) @property))
(identifier) @reference

; Flows. One name on the left is a strong assignment (a clean value cleans it); several names all
; take the taint of the whole right side.
(short_var_declaration left: (expression_list . (_) @target .) right: (expression_list . (_) @value .)) @assign
(short_var_declaration left: (expression_list (_) (_)) @target right: (_) @value) @assign
(assignment_statement left: (expression_list . (_) @target .) operator: "=" right: (expression_list . (_) @value .)) @assign
(assignment_statement left: (expression_list (_) (_)) @target operator: "=" right: (_) @value) @assign
(assignment_statement left: (_) @target operator: ["+=" "|="] right: (_) @value) @update
(var_spec name: (identifier) @target value: (expression_list . (_) @value .)) @assign
; A range's variables see the collection (keys and values alike), before the body runs.
(range_clause left: (_) @target @assign right: (_) @value)
; Builders and buffers: `sb.WriteString(x)`, `buf.Write(x)`, `fmt.Fprintf(&sb, format, x)`.
((call_expression
   function: (selector_expression operand: (identifier) @target field: (field_identifier) @method)
   arguments: (argument_list (_) @value)) @update
  (#any-of? @method "WriteString" "Write" "WriteByte" "WriteRune" "Set" "Add"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (unary_expression operand: (identifier) @target) (_) @value)) @update
  (#eq? @package "fmt") (#any-of? @function "Fprintf" "Fprint" "Fprintln"))
; Decoding into a value: `json.NewDecoder(r.Body).Decode(&in)`, `json.Unmarshal(body, &in)`,
; `xml.Unmarshal`, `r.ParseForm()` is a read of the request already.
((call_expression
   function: (selector_expression operand: (_) @value field: (field_identifier) @method)
   arguments: (argument_list . (unary_expression operand: (identifier) @target) .)) @update
  (#eq? @method "Decode"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @value . (unary_expression operand: (identifier) @target) .)) @update
  (#any-of? @package "json" "xml" "yaml" "toml") (#eq? @function "Unmarshal"))
; Web frameworks that bind the request into a value: gin's `c.ShouldBindJSON(&in)`, echo's `c.Bind(&in)`.
((call_expression
   function: (selector_expression operand: (identifier) @context field: (field_identifier) @method)
   arguments: (argument_list . (unary_expression operand: (identifier) @target) .)) @update @value @source
  (#any-of? @context "c" "ctx")
  (#match? @method "^(Should)?Bind(JSON|XML|Query|Uri|YAML|Header)?$"))

; Sources: the request of a net/http handler, under its usual names (`r`, `req`, `request`).
((call_expression
   function: (selector_expression
     operand: (selector_expression field: (field_identifier) @url)
     field: (field_identifier) @method)) @source
  (#eq? @url "URL") (#eq? @method "Query"))
((selector_expression
   operand: (selector_expression operand: (identifier) @request field: (field_identifier) @url)
   field: (field_identifier) @field) @source
  (#match? @request "^(r|req|request|httpReq|httpRequest|hr)$") (#eq? @url "URL")
  (#any-of? @field "Path" "RawPath" "RawQuery" "Fragment" "RawFragment" "Opaque"))
((call_expression
   function: (selector_expression operand: (_) @request field: (field_identifier) @method)) @source
  (#match? @request "(^|\\.)(r|req|request|httpReq|httpRequest|hr|Request)$")
  (#any-of? @method "FormValue" "PostFormValue" "Cookie" "Cookies" "FormFile" "PathValue" "Referer" "UserAgent" "MultipartReader"))
((selector_expression operand: (_) @request field: (field_identifier) @field) @source
  (#match? @request "(^|\\.)(r|req|request|httpReq|httpRequest|hr|Request)$")
  (#any-of? @field "Body" "Form" "PostForm" "MultipartForm" "Header" "Trailer" "RequestURI" "Host"))
; An archive entry's name is the archive author's (zip slip: `for _, f := range zr.File { ... f.Name }`,
; `hdr, _ := tr.Next(); hdr.Name`).
; Only joined onto a folder, the extraction idiom (`f.Name()` is a file's own name, and many
; structs have a Name field).
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @join)
   arguments: (argument_list (selector_expression operand: (identifier) @entry field: (field_identifier) @field) @source))
  (#any-of? @package "filepath" "path") (#eq? @join "Join")
  (#match? @entry "^(f|zf|zipFile|file|entry|zipEntry|hdr|header|th|tarHeader)$") (#any-of? @field "Name" "Linkname"))
; gorilla/mux and chi path parameters.
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @source
  (#eq? @package "mux") (#eq? @function "Vars"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @source
  (#eq? @package "chi") (#any-of? @function "URLParam" "URLParamFromCtx"))
; gin and echo handlers' context.
((call_expression function: (selector_expression operand: (identifier) @context field: (field_identifier) @method)) @source
  (#any-of? @context "c" "ctx")
  (#any-of? @method "Param" "Query" "DefaultQuery" "GetQuery" "QueryArray" "QueryMap" "PostForm" "DefaultPostForm"
                    "GetPostForm" "PostFormArray" "PostFormMap" "GetHeader" "GetRawData" "FormFile"
                    "QueryParam" "QueryParams" "QueryString" "FormValue" "FormParams" "ParamValues"
                    ; Iris, Hertz, Fiber, fasthttp and Beego readers of the same request parts:
                    ; `ctx.URLParam("q")`, `c.QueryArgs().Peek("name")`, `c.Params("id")`,
                    ; `ctx.Path()`, `c.Body()`, `ctx.UserValue("id")`.
                    "URLParam" "URLParamTrim" "URLParamDefault" "URLParamEscape" "URLParams" "URLParamsSorted"
                    "PostValue" "PostValueTrim" "PostValueDefault" "PostValues" "FormValueDefault" "FormValues"
                    "Params" "Cookies" "GetCookie" "UserValue"))
; ... those that read a part of the request without naming one (`ctx.Path()`, `c.Body()`,
; `c.QueryArgs()`); with an argument they are something else (a controller's `c.Path(name)`).
((call_expression
   function: (selector_expression operand: (identifier) @context field: (field_identifier) @method)
   arguments: (argument_list) @none) @source
  (#any-of? @context "c" "ctx") (#eq? @none "()")
  (#any-of? @method "QueryArgs" "PostArgs" "PostBody" "Body" "GetReqHeaders" "GetBody"))
; The request's path (`ctx.Path()`): text for a page or a query, but routers and servers clean
; it of `..` (fasthttp's URI, net/http's ServeMux), so not a path a file name is taken from.
((call_expression
   function: (selector_expression operand: (identifier) @context field: (field_identifier) @method)
   arguments: (argument_list) @none) @source @sanitizer.path
  (#eq? @context "ctx") (#eq? @none "()")
  (#any-of? @method "Path" "RequestPath" "FullRequestURI" "RequestURI"))
; ... and their binders, which fill a value from the request (`ctx.ReadJSON(&in)`,
; `c.BodyParser(&in)`, `c.BindAndValidate(&in)`).
((call_expression
   function: (selector_expression operand: (identifier) @context field: (field_identifier) @method)
   arguments: (argument_list . (unary_expression operand: (identifier) @target) .)) @update @value @source
  (#any-of? @context "c" "ctx")
  (#match? @method "^(Read(JSON|Form|Query|Body|XML|YAML|Params|URL|Headers)|BodyParser|QueryParser|ParamsParser|ReqHeaderParser|BindAndValidate|BindForm|BindProtobuf)$"))

; Beego's input (`c.Ctx.Input.Query("q")`, `.Param(":id")`, `.RequestBody`) and controllers'
; readers (`this.GetString("name")`; gin's `c.GetString(key)` reads what middleware stored); Revel's `c.Params.Get("q")`
; (also `.Query.Get`, `.Form.Get`, `.Route.Get`).
((call_expression
   function: (selector_expression
     operand: (selector_expression operand: (selector_expression field: (field_identifier) @ctx) field: (field_identifier) @input)
     field: (field_identifier) @method)) @source
  (#eq? @ctx "Ctx") (#eq? @input "Input")
  (#any-of? @method "Query" "Param" "Params" "Header" "Cookie" "URI" "URL" "Refer" "Referer" "UserAgent" "Bind" "Data"))
((selector_expression
   operand: (selector_expression operand: (selector_expression field: (field_identifier) @ctx) field: (field_identifier) @input)
   field: (field_identifier) @field) @source
  (#eq? @ctx "Ctx") (#eq? @input "Input") (#eq? @field "RequestBody"))
((call_expression
   function: (selector_expression operand: (identifier) @controller field: (field_identifier) @method)) @source
  (#eq? @controller "this")
  (#match? @method "^Get(String|Strings|File|Files)$"))
((call_expression
   function: (selector_expression
     operand: [(selector_expression operand: (identifier) @context field: (field_identifier) @params)
               (selector_expression operand: (selector_expression operand: (identifier) @context field: (field_identifier) @params))]
     field: (field_identifier) @method)) @source
  (#any-of? @context "c" "ctx") (#eq? @params "Params") (#any-of? @method "Get" "Values"))
; A websocket's messages (gorilla's `conn.ReadJSON(&msg)`; `ReadMessage` above).
((call_expression
   function: (selector_expression operand: (identifier) @conn field: (field_identifier) @method)
   arguments: (argument_list . (unary_expression operand: (identifier) @target) .)) @update @value @source
  (#match? @conn "(?i)(conn|ws|socket|client)$") (#eq? @method "ReadJSON"))
; gqlgen resolvers: the arguments of a method of a *...Resolver are the GraphQL client's.
((method_declaration
   receiver: (parameter_list (parameter_declaration type: [(pointer_type (type_identifier) @receiver) (type_identifier) @receiver]))
   parameters: (parameter_list
     (parameter_declaration name: (identifier) @source.parameter type: [(type_identifier) (pointer_type (type_identifier))] @type)))
  (#match? @receiver "(?i)resolver$")
  (#match? @type "^\\*?string$"))

; A service method's request message: gRPC, Twirp, Kratos and connect-go handlers
; (`func (s *server) GetUser(ctx context.Context, in *pb.GetUserRequest)`) and go-zero's logic
; (`func (l *SearchLogic) Search(req *types.SearchReq)`) get what the client sent, decoded into
; a generated struct whose type names it a request. (`*http.Request` is read through its fields
; above.)
; Incoming, not outgoing: the message follows the call's context (`ctx context.Context, in
; *pb.X`), or the method belongs to a type named for serving (`*SearchLogic`, `*UserServer`,
; `*OrderService`, `*Handler`); a library building its own request (`req *nl.NetlinkRequest`)
; is neither.
((parameter_list
   (parameter_declaration type: (qualified_type package: (package_identifier) @context name: (type_identifier) @contextType))
   .
   (parameter_declaration
     name: (identifier) @source.parameter
     type: (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type))))
  (#eq? @context "context") (#eq? @contextType "Context")
  (#not-any-of? @package "http" "httptest" "retryablehttp" "fasthttp" "resty" "events")
  (#match? @type "^[A-Z]\\w*(Req|Request)$"))
; ... and the same with a request type of the file's own (`FetchIcon(ctx context.Context, in
; *IconRequest)`), but not in a client's methods, which build requests to send.
((function_declaration
   parameters: (parameter_list
     (parameter_declaration type: (qualified_type package: (package_identifier) @context name: (type_identifier) @contextType))
     .
     (parameter_declaration name: (identifier) @source.parameter type: (pointer_type (type_identifier) @type))))
  (#eq? @context "context") (#eq? @contextType "Context")
  (#match? @type "^[A-Z]\\w*(Req|Request)$"))
((method_declaration
   receiver: (parameter_list (parameter_declaration type: [(pointer_type (type_identifier) @receiver) (type_identifier) @receiver]))
   parameters: (parameter_list
     (parameter_declaration type: (qualified_type package: (package_identifier) @context name: (type_identifier) @contextType))
     .
     (parameter_declaration name: (identifier) @source.parameter type: (pointer_type (type_identifier) @type))))
  (#not-match? @receiver "(?i)(client|sdk|caller|requester|transport|api)$")
  (#eq? @context "context") (#eq? @contextType "Context")
  (#match? @type "^[A-Z]\\w*(Req|Request)$"))
((method_declaration
   receiver: (parameter_list (parameter_declaration type: [(pointer_type (type_identifier) @receiver) (type_identifier) @receiver]))
   parameters: (parameter_list
     (parameter_declaration
       name: (identifier) @source.parameter
       type: (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type)))))
  (#match? @receiver "(Logic|Handler|Server|Service|Controller|Endpoint|Api|API|Resolver|Impl)$")
  (#not-any-of? @package "http" "httptest" "retryablehttp" "fasthttp" "resty" "events")
  (#match? @type "^[A-Z]\\w*(Req|Request)$"))

; A handler's request or context by its declared type, whatever the framework: a parameter of a
; framework's `*x.Request`, `x.Context`, `*x.Ctx`, `*x.RequestCtx` or `*x.RequestContext` is the
; incoming request (`r.Get("id").String()`, `ctx.Query().Get("q")`, `c.Params("id")`). Not Go's
; `context.Context` (no request data), `*http.Request` (read through its fields above), a CLI's
; context (the command line, below), nor the request an HTTP client library builds to send.
((parameter_declaration
   name: (identifier) @source.parameter
   type: [(qualified_type package: (package_identifier) @package name: (type_identifier) @type)
          (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type))])
  (#not-any-of? @package "context" "http" "httptest" "cli" "testing" "cobra" "kong" "tea" "workflow" "temporal" "cadence"
                         "pulumi" "cue" "zmq" "caddy" "activity")
  (#any-of? @type "Context" "Ctx" "RequestCtx" "RequestContext" "HttpContext" "HTTPContext" "WebContext"))
((parameter_declaration
   name: (identifier) @source.parameter
   type: (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type)))
  (#not-any-of? @package "http" "httptest" "retryablehttp" "fasthttp" "resty" "req" "colly" "gorequest" "sling" "heimdall" "grequests")
  (#any-of? @type "Request" "Req" "HttpRequest" "HTTPRequest" "IncomingRequest"))
; ... also generic (connect-go's `req *connect.Request[pb.GreetRequest]`).
((parameter_declaration
   name: (identifier) @source.parameter
   type: (pointer_type (generic_type type: (qualified_type package: (package_identifier) @package name: (type_identifier) @type))))
  (#not-any-of? @package "http" "httptest" "retryablehttp" "fasthttp" "resty" "req" "colly")
  (#any-of? @type "Request" "Req" "Message" "Envelope"))
; A controller's action reads the request through its receiver by key (`c.GetString("status")`,
; `this.GetInt("page")`, `c.Input().Get("q")`): MVC frameworks put the request on the controller.
((call_expression
   function: (selector_expression operand: (identifier) @controller field: (field_identifier) @method)
   arguments: (argument_list . [(interpreted_string_literal) (raw_string_literal)])) @source
  (#any-of? @controller "c" "this" "ctrl" "controller")
  (#match? @method "^Get(String|Strings|Int|Int8|Int16|Int32|Int64|Uint\\w*|Float|Bool|File|Files|Param|Query|Form|Header|Cookie)$"))

; Messages taken off a queue or a bus are whatever a producer wrote: a handler's message
; parameter (`*kafka.Message`, `*sarama.ConsumerMessage`, `amqp.Delivery`, `*pubsub.Message`,
; `*sqs.Message`, `jetstream.Msg`) and the reads of a consumer (`m, err := r.ReadMessage(ctx)`,
; `FetchMessage`, `ReceiveMessage`, `NextMsg`).
((parameter_declaration
   name: (identifier) @source.parameter
   type: [(qualified_type package: (package_identifier) @package name: (type_identifier) @type)
          (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type))])
  (#not-eq? @package "nats")
  (#any-of? @type "Message" "Msg" "ConsumerMessage" "Delivery" "ReceivedMessage"))
((call_expression
   function: (selector_expression field: (field_identifier) @method)) @source
  (#any-of? @method "ReadMessage" "FetchMessage" "ReceiveMessage" "NextMsg" "ReadMessages" "FetchMessages"))
; Command line and environment (see the sanitizer kinds above).
((selector_expression operand: (identifier) @package field: (field_identifier) @field) @source @sanitizer.cli
  (#eq? @package "os") (#any-of? @field "Args" "Stdin"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @source @sanitizer.cli
  (#eq? @package "flag") (#any-of? @function "Arg" "Args" "String"))
; `flag.StringVar(&dir, "dir", ...)` fills the variable from the command line.
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (unary_expression operand: (identifier) @target))) @update @value @source @sanitizer.cli
  (#eq? @package "flag") (#eq? @function "StringVar"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @source @sanitizer.env
  (#eq? @package "os") (#any-of? @function "Getenv" "LookupEnv" "Environ"))
; cobra: a command's `Run`/`RunE` function gets the command line's arguments after the command
; (`func(cmd *cobra.Command, args []string)`).
((parameter_list
   (parameter_declaration type: (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type)))
   .
   (parameter_declaration name: (identifier) @source.parameter))
  (#eq? @package "cobra") (#eq? @type "Command"))

; urfave/cli: an action's `*cli.Context` reads the command line (`c.String("host")`,
; `c.StringSlice("exclude")`, `c.Args().First()`); cobra/pflag flags (`cmd.Flags().GetString("dir")`,
; `pflag.String(...)`) likewise.
((parameter_declaration
   name: (identifier) @source.parameter @sanitizer.cli
   type: (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type)))
  (#eq? @package "cli") (#eq? @type "Context"))
((call_expression
   function: (selector_expression
     operand: (call_expression function: (selector_expression field: (field_identifier) @flags))
     field: (field_identifier) @method)) @source @sanitizer.cli
  (#any-of? @flags "Flags" "PersistentFlags")
  (#match? @method "^Get(String|StringSlice|StringArray|StringToString)$"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @source @sanitizer.cli
  (#eq? @package "pflag") (#any-of? @function "Arg" "Args" "String" "StringP" "StringSlice" "StringSliceP" "StringArray" "StringArrayP"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (unary_expression operand: (identifier) @target))) @update @value @source @sanitizer.cli
  (#eq? @package "pflag") (#any-of? @function "StringVar" "StringVarP"))

; Kubernetes objects' annotations: free text that whoever may edit the object writes (a
; controller reading `ns.Annotations[...]` or `obj.GetAnnotations()` reads user input).
((selector_expression field: (field_identifier) @field) @source
  (#eq? @field "Annotations"))
((call_expression function: (selector_expression field: (field_identifier) @method) arguments: (argument_list) @arguments) @source
  (#eq? @method "GetAnnotations") (#eq? @arguments "()"))

; Handlers of messages from outside: a NATS subscription's `*nats.Msg` (its `Data` is whatever
; a publisher sent), and AWS Lambda's HTTP events (API Gateway, function URLs, ALB), whose
; query, path, headers and body are the request's.
((parameter_declaration
   name: (identifier) @source.parameter
   type: (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type)))
  (#eq? @package "nats") (#eq? @type "Msg"))
((parameter_declaration
   name: (identifier) @source.parameter
   type: [(qualified_type package: (package_identifier) @package name: (type_identifier) @type)
          (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type))])
  (#eq? @package "events")
  (#any-of? @type "APIGatewayProxyRequest" "APIGatewayV2HTTPRequest" "LambdaFunctionURLRequest" "ALBTargetGroupRequest"
                  ; ... and the queue and stream events whose records carry what a producer wrote
                  "SQSEvent" "SNSEvent" "KinesisEvent" "KafkaEvent" "RabbitMQEvent" "ActiveMQEvent" "SQSMessage"))
; A gRPC stream's messages (`req, err := stream.Recv()`), CloudEvents' payload (`e.Data()`,
; `e.DataAs(&v)` of a Cloud Function's `event.Event`).
((call_expression
   function: (selector_expression operand: (identifier) @stream field: (field_identifier) @method)
   arguments: (argument_list) @none) @source
  (#match? @stream "(?i)(stream|srv|server)$") (#eq? @method "Recv") (#eq? @none "()"))
((parameter_declaration
   name: (identifier) @source.parameter
   type: [(qualified_type package: (package_identifier) @package name: (type_identifier) @type)
          (pointer_type (qualified_type package: (package_identifier) @package name: (type_identifier) @type))])
  (#any-of? @package "event" "cloudevents" "ce")
  (#eq? @type "Event"))

; Sanitizers: numbers, booleans and lengths are safe everywhere (`@sanitizer.value`: numbers
; and table look-ups, which every injection rule lists; a number drawn at random stays random
; for the weak-randomness flows of crypto.yml, and so does the table entry it picks); so is `os.Args[0]`, the
; program's own path (a test re-running itself, a usage message).
((index_expression operand: (selector_expression operand: (identifier) @package field: (field_identifier) @field) index: (int_literal) @index) @sanitizer
  (#eq? @package "os") (#eq? @field "Args") (#eq? @index "0"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.value
  (#eq? @package "strconv") (#any-of? @function "Atoi" "ParseInt" "ParseUint" "ParseFloat" "ParseBool" "Itoa" "FormatInt" "Quote"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer
  (#eq? @package "uuid") (#any-of? @function "Parse" "MustParse"))
((call_expression function: (identifier) @function) @sanitizer.value
  (#any-of? @function "len" "cap" "int" "int64" "int32" "uint" "uint64" "float64" "bool"))
; Text made of numbers alone (`fmt.Sprintf("$%d", i+1)`, a placeholder list).
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (interpreted_string_literal) @format)) @sanitizer.value
  (#eq? @package "fmt") (#eq? @function "Sprintf")
  (#match? @format "^\"([^%\"\\\\]|\\\\.|%%|%[-+# 0]*[0-9]*(\\.[0-9]+)?[dboxXeEfFgG])*\"$"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer
  (#eq? @package "strings") (#any-of? @function "Contains" "HasPrefix" "HasSuffix" "EqualFold" "Count" "Index" "ContainsAny"))
(binary_expression operator: ["==" "!=" "<" ">" "<=" ">=" "&&" "||"]) @sanitizer
(unary_expression operator: "!") @sanitizer
; A function value is code, not data.
(func_literal) @sanitizer
; A request's context (`r.Context()`, `c.Request.Context()`) carries deadlines and values the
; server put there, not what the client sent.
((call_expression function: (selector_expression field: (field_identifier) @method) arguments: (argument_list) @none) @sanitizer
  (#eq? @method "Context") (#eq? @none "()"))
; A query builder's finished statement (`sql, args, err := q.ToSql()`): values went into `args`
; as parameters; SQL pasted into the builder is reported where it is pasted (`.Where("a = '" + x + "'")`).
((call_expression function: (selector_expression field: (field_identifier) @method) arguments: (argument_list) @none) @sanitizer.sql
  (#any-of? @method "ToSql" "ToSQL") (#eq? @none "()"))
; A lookup returns what the table holds, whatever the key: `columns[r.FormValue("sort")]` is one
; of the table's values (the table itself, when it holds request data, still taints it).
(index_expression index: (_) @sanitizer.value)
; ... and the others for their kind of sink.
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.html
  (#any-of? @package "html" "template" "url")
  (#any-of? @function "EscapeString" "HTMLEscapeString" "JSEscapeString" "QueryEscape" "PathEscape"))
((call_expression function: (selector_expression field: (field_identifier) @function)) @sanitizer.html
  (#eq? @function "Sanitize"))
; An escaping `strings.Replacer` (`htmlReplacer.Replace(name)`), and a URL assembled from parts,
; whose `String()` escapes them.
((call_expression function: (selector_expression operand: (identifier) @replacer field: (field_identifier) @method)) @sanitizer.html
  (#match? @replacer "(?i)(html|escap)") (#eq? @method "Replace"))
; `values.Encode()` percent-encodes a query.
((call_expression function: (selector_expression field: (field_identifier) @method) arguments: (argument_list) @arguments) @sanitizer.html
  (#eq? @method "Encode") (#eq? @arguments "()"))
((composite_literal type: (qualified_type package: (package_identifier) @package name: (type_identifier) @type)) @sanitizer.html
  (#eq? @package "url") (#eq? @type "URL"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.path
  (#eq? @package "filepath") (#eq? @function "Base"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.path
  (#eq? @package "path") (#eq? @function "Base"))
; A rooted path cleaned (`path.Clean("/" + rest)`, `filepath.Clean("/" + name)`): `..` cannot climb
; above the root, so joined under a base folder it stays there.
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (binary_expression left: (interpreted_string_literal) @root operator: "+") .)) @sanitizer.path
  (#any-of? @package "path" "filepath") (#eq? @function "Clean") (#match? @root "^\"[/\\\\]\"$"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (call_expression
                                 function: (selector_expression operand: (identifier) @join field: (field_identifier) @joined)
                                 arguments: (argument_list . (interpreted_string_literal) @root)) .)) @sanitizer.path
  (#any-of? @package "path" "filepath") (#eq? @function "Clean")
  (#any-of? @join "path" "filepath") (#eq? @joined "Join") (#match? @root "^\"[/\\\\]\"$"))
; Validators named for what they check, returning the checked value (`u, ok := validCallback(raw)`).
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]) @sanitizer.url
  (#match? @function "^(?i)(valid|allowed|safe|check|verify)\\w*(url|uri|callback|webhook|host|target|redirect|endpoint)$"))
; Joins made to stay under their root: filepath-securejoin's `SecureJoin`, and the `safeJoin`
; helpers projects write around `filepath.Rel` (extracting archives, serving uploads).
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]) @sanitizer.path
  (#match? @function "^(?i)(safe|secure)_?(join|path)"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.url
  (#eq? @package "url") (#any-of? @function "QueryEscape" "PathEscape"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.sql
  (#eq? @package "pq") (#any-of? @function "QuoteIdentifier" "QuoteLiteral"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @sanitizer.shell
  (#any-of? @package "shellescape" "shellquote" "shlex") (#any-of? @function "Quote" "QuoteCommand" "Join"))
; A URL that starts with a fixed `scheme://host/` keeps the user's part out of the host.
((interpreted_string_literal) @sanitizer.url
  (#match? @sanitizer.url "^\"https?://[^/\"%]+/"))
((binary_expression left: [(interpreted_string_literal) @prefix (binary_expression left: (interpreted_string_literal) @prefix)]) @sanitizer.url
  (#match? @prefix "^\"https?://[^/\"%]+/"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (interpreted_string_literal) @format)) @sanitizer.url
  (#eq? @package "fmt") (#eq? @function "Sprintf") (#match? @format "^\"https?://[^/\"%]+/"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift): checks after which a value is safe.
(if_statement condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_statement alternative: (if_statement)) @guard @guard.alternative
(if_statement alternative: (block) @guard.else) @guard
[(return_statement) (continue_statement) (break_statement) (goto_statement)] @guard.exit
((expression_statement
   (call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)])) @guard.exit
  (#any-of? @function "panic" "Exit" "Fatal" "Fatalf" "Fatalln" "Panic" "Panicf" "AbortWithStatus" "AbortWithStatusJSON" "AbortWithError"))
(unary_expression operator: "!" operand: (_) @guard.operand) @guard.not
(binary_expression left: (_) @guard.operand operator: "&&" right: (_) @guard.operand) @guard.and
(binary_expression left: (_) @guard.operand operator: "||" right: (_) @guard.operand) @guard.or
(parenthesized_expression (_) @guard.operand) @guard.and
; What a check of a value also checks: a URL's host, the inside of `(x)`, `strings.ToLower(x)`.
((selector_expression operand: (_) @guard.through field: (field_identifier) @field)
  (#any-of? @field "Host"))
; (A check of the call checks its children only: the selector and the argument list pass it on.)
((call_expression function: (selector_expression operand: (_) @guard.through field: (field_identifier) @method) @guard.through)
  (#any-of? @method "Hostname"))
(parenthesized_expression (_) @guard.through)
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @guard.through .) @guard.through)
  (#eq? @package "strings") (#any-of? @function "ToLower" "ToUpper" "TrimSpace"))
; URL parsers and path normalisers: checking their result checks their input.
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @guard.parse
  (#eq? @package "url") (#any-of? @function "Parse" "ParseRequestURI"))
((call_expression function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @guard.normalize
  (#eq? @package "filepath") (#any-of? @function "Clean" "Abs" "EvalSymlinks" "Join" "Rel"))
; `x == y`, `x != y`; `slices.Contains(ALLOWED, x)`, `allowed[x]` as a condition.
(binary_expression left: (_) @guard.subject operator: "==" right: (_) @guard.subject) @guard.safe
(binary_expression left: (_) @guard.subject operator: "!=" right: (_) @guard.subject) @guard.unsafe
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list (_) (_) @guard.subject .)) @guard.safe
  (#eq? @package "slices") (#eq? @function "Contains"))
((index_expression operand: (identifier) @table index: (_) @guard.subject) @guard.safe
  (#match? @table "(?i)(^[A-Z][A-Z0-9_]*$|allow|valid|permit|whitelist|known|safe|trusted)|(Hosts|Domains|Origins|Schemes|Extensions|Exts|Types)$"))
; Validation by a compiled pattern named for one (`themeNameRE.MatchString(name)`,
; `validSlug.MatchString(s)`): written to accept the expected shape only.
((call_expression
   function: (selector_expression operand: (identifier) @pattern field: (field_identifier) @method)
   arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#eq? @method "MatchString")
  (#match? @pattern "(?i)(re|regexp|pattern|rx)$|^(?i)(valid|allowed|safe)"))
; `strings.Contains(name, "..")`: a name without `..` stays in its folder; so does a normalised
; path under a base folder (`strings.HasPrefix(filepath.Clean(p), base)`).
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @guard.subject . (interpreted_string_literal) @dots .)) @guard.unsafe.path
  (#eq? @package "strings") (#eq? @function "Contains") (#eq? @dots "\"..\""))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @guard.subject.normalized . (_) @prefix .)) @guard.safe.path
  (#eq? @package "strings") (#eq? @function "HasPrefix") (#not-match? @prefix "^\"\\.\\."))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @guard.subject.normalized . (interpreted_string_literal) @dots .)) @guard.unsafe.path
  (#eq? @package "strings") (#eq? @function "HasPrefix") (#match? @dots "^\"\\.\\.[/\\\\]*\"$"))
; `filepath.IsLocal(p)` (Go 1.20): p is relative, has no `..` that leaves its folder, and names
; no device; joined under a base folder it stays there.
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @guard.subject .)) @guard.safe.path
  (#eq? @package "filepath") (#eq? @function "IsLocal"))
; A URL under a fixed `scheme://host/` cannot reach another host.
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @guard.subject . [(interpreted_string_literal) (identifier)] @prefix .)) @guard.safe.url
  (#eq? @package "strings") (#eq? @function "HasPrefix")
  (#match? @prefix "^(\"https?://[^/\"]+/|[A-Z][A-Za-z0-9_]*$)"))
; Validators named for what they check: `isSafeURL(u)`, `isAllowedHost(h)`, `isSafePath(p)`.
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]
                  arguments: (argument_list (_) @guard.subject)) @guard.safe.url
  (#match? @function "^((is|check|valid)?(Safe|Allowed|Trusted|Permitted|Valid)(Url|URL|Host|Hostname|Domain|Origin|Redirect|Target))$"))
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]
                  arguments: (argument_list (_) @guard.subject)) @guard.safe.path
  (#match? @function "^((is|check|valid)?(Safe|Allowed|Valid)(Path|File|Filename|FileName|FilePath)|isInside|isSubPath|withinDir)$"))
; Containment checks by their usual names (`within(dir, target)`, `isWithin(root, p)`,
; `insideDir(base, p)`, `isUnder(root, p)`, `inRoot(p)`): written around `filepath.Rel` or a
; prefix test of cleaned paths, true when the path stays in the folder.
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]
                  arguments: (argument_list (_) @guard.subject)) @guard.safe.path
  (#match? @function "^(?i)(is_?)?(within|inside|under|contained|contains_?path|in_?root|in_?base|in_?dir|sub_?path)(_?(dir|root|base|folder|path))?$"))

; The file's functions and calls of them by name, for taint that crosses a call (TaintCalls).
(function_declaration name: (identifier) @function.name parameters: (parameter_list) @function.parameters) @function
(return_statement (expression_list . (_) @function.return))
(call_expression function: (identifier) @call.function arguments: (argument_list) @call.arguments)
; Methods, reached by a call of that name on any receiver (`s.findUser(id)` in a handler of the
; same file), when one method of the file has the name; the receiver is not among the parameters.
(method_declaration name: (field_identifier) @method.name parameters: (parameter_list) @method.parameters) @method
(call_expression function: (selector_expression field: (field_identifier) @call.method) arguments: (argument_list) @call.arguments)

; Weak randomness, followed by the rules that list `flows-to` (crypto.yml): draws of `math/rand`
; (the package under the names files give it: `mrand`, `mathrand`; `rand` only where the file
; imports math/rand, which the rule's own pattern checks) and of a generator it made, and a buffer
; it fills (`mrand.Read(b)`).
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)) @source.random
  (#match? @package "^(rand|mrand|mathrand|rnd|rng|random|r)$")
  (#any-of? @function "Int" "Intn" "Int31" "Int31n" "Int63" "Int63n" "Uint32" "Uint64" "Float32" "Float64" "Perm"
                      "N" "IntN" "Int32" "Int32N" "Int64" "Int64N" "UintN" "Uint32N" "Uint64N"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (identifier) @target .)) @update @value @source.random
  (#match? @package "^(mrand|mathrand|rnd|rng)$")
  (#eq? @function "Read"))
((call_expression
   function: (selector_expression operand: (selector_expression field: (field_identifier) @package) field: (field_identifier) @function)
   arguments: (argument_list . (identifier) @target .)) @update @value @source.random
  (#match? @package "^(mrand|mathrand|rnd|rng|prng|random)$")
  (#eq? @function "Read"))
((call_expression
   function: (selector_expression operand: (selector_expression field: (field_identifier) @package) field: (field_identifier) @function)) @source.random
  (#match? @package "^(mrand|mathrand|rnd|rng|prng|random)$")
  (#any-of? @function "Int" "Intn" "Int31" "Int31n" "Int63" "Int63n" "Uint32" "Uint64" "Float32" "Float64" "Perm"
                      "IntN" "Int32" "Int32N" "Int64" "Int64N" "UintN" "Uint32N" "Uint64N"))
; Where a guessable value does harm: a variable, field, struct key or map key named for a secret,
; and what a function so named returns.
((short_var_declaration left: (expression_list . (identifier) @name .) right: (expression_list . (_) @sink.secret .))
  (#match? @name "(?i)(token|secret|password|passwd|passcode|nonce|salt|otp|apikey|api_?key|session_?id|sessionid|sid|csrf|xsrf|(reset|verification|verify|invite|invitation|confirm|recovery|sms|login|one_?time)_?(code|id|key|link)s?|^pin|^codes?|(?<!status|exit|err|error|country|http|response|lang|key|ret|return|op|char|area|zip|color|post|currency|unit)_?(code|pin)s?)$"))
((assignment_statement left: (expression_list . [(identifier) @name (selector_expression field: (field_identifier) @name)] .) right: (expression_list . (_) @sink.secret .))
  (#match? @name "(?i)(token|secret|password|passwd|passcode|nonce|salt|otp|apikey|api_?key|session_?id|sessionid|sid|csrf|xsrf|(reset|verification|verify|invite|invitation|confirm|recovery|sms|login|one_?time)_?(code|id|key|link)s?|^pin|^codes?|(?<!status|exit|err|error|country|http|response|lang|key|ret|return|op|char|area|zip|color|post|currency|unit)_?(code|pin)s?)$"))
((keyed_element key: (literal_element (identifier) @name) value: (literal_element (_) @sink.secret))
  (#match? @name "(?i)(token|secret|password|passwd|passcode|nonce|salt|otp|apikey|api_?key|session_?id|sessionid|sid|csrf|xsrf|(reset|verification|verify|invite|invitation|confirm|recovery|sms|login|one_?time)_?(code|id|key|link)s?|^pin|^codes?|(?<!status|exit|err|error|country|http|response|lang|key|ret|return|op|char|area|zip|color|post|currency|unit)_?(code|pin)s?)$"))
((assignment_statement left: (expression_list . (index_expression operand: (_) @map) .) right: (expression_list . (_) @sink.secret .))
  (#match? @map "(?i)(tokens|secrets|sessions|resets|nonces|invites|codes)$"))
((assignment_statement left: (expression_list . (index_expression operand: (_) @map index: (_) @sink.secret) .))
  (#match? @map "(?i)(tokens|secrets|sessions|resets|nonces|invites|codes)$"))
((function_declaration name: (identifier) @name body: (block (return_statement (expression_list . (_) @sink.secret))))
  (#match? @name "(?i)(token|secret|password|passcode|nonce|salt|otp|apikey|api_?key|session_?id|csrf|xsrf|(?<!status|exit|err|error|country|http|response|lang|key|ret|return|op|char|area|zip|color|post|currency|unit)_?(code|pin)s?)$"))
((method_declaration name: (field_identifier) @name body: (block (return_statement (expression_list . (_) @sink.secret))))
  (#match? @name "(?i)(token|secret|password|passcode|nonce|salt|otp|apikey|api_?key|session_?id|csrf|xsrf|(?<!status|exit|err|error|country|http|response|lang|key|ret|return|op|char|area|zip|color|post|currency|unit)_?(code|pin)s?)$"))

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter of a function, method or function literal is a value whose origin this file does not
; check, whoever calls it (a router, a queue consumer, a CLI's flags, another package): untrusted
; only in the analysis of those rules. A method's receiver is the object itself, not data handed
; in; a parameter typed as a number, a boolean, a time, a UUID or a context carries no text.
([(function_declaration parameters: (parameter_list [(parameter_declaration name: (identifier) @unchecked type: (_) @type)
                                                     (variadic_parameter_declaration name: (identifier) @unchecked type: (_) @type)]))
  (method_declaration parameters: (parameter_list [(parameter_declaration name: (identifier) @unchecked type: (_) @type)
                                                   (variadic_parameter_declaration name: (identifier) @unchecked type: (_) @type)]))
  (func_literal parameters: (parameter_list [(parameter_declaration name: (identifier) @unchecked type: (_) @type)
                                             (variadic_parameter_declaration name: (identifier) @unchecked type: (_) @type)]))]
  (#not-match? @type "^(\\*?(u?int(8|16|32|64)?|uintptr|float(32|64)|complex(64|128)|bool|byte|rune|time\\.(Time|Duration|Month|Weekday)|uuid\\.UUID|context\\.Context|error)|func\\b.*)$"))
; Text put together from parts: concatenation, `fmt.Sprintf` and kin, `strings.Join`, and a
; builder's or buffer's `String()` (what `WriteString` put in is followed as updates).
(binary_expression left: (_) @built.part operator: "+" right: (_) @built.part) @built
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list (_) @built.part)) @built
  (#eq? @package "fmt") (#any-of? @function "Sprintf" "Sprint" "Sprintln"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) @built.part)) @built
  (#eq? @package "strings") (#any-of? @function "Join" "Repeat"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (_) (_) @built.part)) @built
  (#eq? @package "fmt") (#any-of? @function "Fprintf" "Fprint" "Fprintln"))
; Quoting an identifier or a literal for SQL by a function named so (`pq.QuoteIdentifier`,
; `dialect.Quote(name)`, `scope.QuotedTableName()`): what an ORM or a migration tool pastes is
; a name it quoted, not a value.
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]) @sanitizer.sql
  (#match? @function "(?i)quote"))
; An escaping helper of the file or a package (`htmlEscape(url)`, `html.EscapeString`).
((call_expression function: [(identifier) @function (selector_expression field: (field_identifier) @function)]) @sanitizer.html
  (#match? @function "^(?i)(html_?escape|escape_?html|html_?encode|escape|escape_?string)$"))
; A name pasted where SQL wants a table (`"SELECT count(*) FROM " + table`, `fmt.Sprintf("DELETE
; FROM %s", table)`, alone): a helper handed a table by its caller, which the sink-first rule
; leaves to its callers (`@sanitizer.sqlname`, listed by go/sql-built-from-text alone; request
; data there is still go/sql-injection's).
((binary_expression left: (interpreted_string_literal) @sql operator: "+" right: [(identifier) (selector_expression)]) @sanitizer.sqlname
  (#match? @sql "(?i)\\b(from|join|into|update|table)\\s+\"$"))
((call_expression
   function: (selector_expression operand: (identifier) @package field: (field_identifier) @function)
   arguments: (argument_list . (interpreted_string_literal) @format . [(identifier) (selector_expression)] .)) @sanitizer.sqlname
  (#eq? @package "fmt") (#eq? @function "Sprintf")
  (#match? @format "(?i)^\"[^%]*\\b(from|join|into|update|table)\\s+%[sv]\\b[^%]*\"$"))
