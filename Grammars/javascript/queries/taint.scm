; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
; Grammars/typescript/queries/taint.scm mirrors this file for the TypeScript grammar, whose older
; JavaScript base names function expressions `function` and wraps parameters in
; `required_parameter` (it also adds NestJS's decorated parameters); keep the two in step.
;
; Three sanitizer kinds say where data comes from rather than what cleans it, so that a rule can
; leave out sources outside its threat model:
;   @sanitizer.local    command line and environment: set by whoever runs the program. Injection
;                       rules (SQL, shell, eval) count them; path, URL and HTML rules do not,
;                       since a CLI reading the file named on its command line is normal.
;   @sanitizer.browser  the page's own URL, referrer, cookies and window name: attacker-controlled
;                       in the browser (DOM XSS, open redirect) but not a server-side request
;                       forgery when a browser script fetches from them.
;   @sanitizer.redirect the page's own URL and the referrer: navigating to them is not an open
;                       redirect (only parameters read out of the query or fragment are).
;   @sanitizer.entry    parameters of generic entry points (a queue's job handler, a callback
;                       registered by shape after a string naming its event): injection rules count
;                       them, log injection does not (CodeQL's threat model: only remote sources, a
;                       request or a message from a network peer, such as a socket's named events).

[(function_declaration) (function_expression) (arrow_function) (method_definition)
 (generator_function_declaration) (generator_function)] @scope
[(function_declaration) (function_expression) (arrow_function) (generator_function_declaration) (generator_function)] @scope.closure
[(if_statement) (else_clause) (for_statement) (for_in_statement) (while_statement) (do_statement)
 (try_statement) (catch_clause) (finally_clause) (switch_statement) (switch_case) (switch_default)
 (ternary_expression)] @branch

; Identifiers that read variables; property names are `property_identifier` and never do.
(identifier) @reference
(shorthand_property_identifier) @reference

; Flows
; A declaration binds its name in its own function; an assignment without one (`html += row` in a
; callback) writes the variable of the function around it that holds the name (@scope.closure).
(variable_declarator name: (_) @target value: (_) @value) @assign @declares
(assignment_expression left: (_) @target right: (_) @value) @assign
(augmented_assignment_expression left: (_) @target right: (_) @value) @update
; The loop variable is the @assign node, not the loop: a flow takes effect at the end of its
; @assign node, and the body must already see the taint.
(for_in_statement left: (_) @target @assign right: (_) @value)
((call_expression
   function: (member_expression object: (identifier) @target property: (property_identifier) @method)
   arguments: (arguments (_) @value))
  (#any-of? @method "push" "unshift" "append" "set" "write")) @update
; ... also a container kept in a field (`this.clauses.push(clause)`): a write of that field.
((call_expression
   function: (member_expression object: (member_expression object: (this)) @target property: (property_identifier) @method)
   arguments: (arguments (_) @value))
  (#any-of? @method "push" "unshift" "append" "set" "write")) @update
; A callback given to an array method receives the array's elements: in
; `names.map((name) => unlink(join(DIR, name)))`, `name` holds what `names` holds.
((call_expression
   function: (member_expression object: (_) @value property: (property_identifier) @method)
   arguments: (arguments . [(arrow_function parameters: (formal_parameters . (_) @target @assign))
                            (arrow_function parameter: (identifier) @target @assign)
                            (function_expression parameters: (formal_parameters . (_) @target @assign))]))
  (#any-of? @method "map" "forEach" "flatMap" "filter" "some" "every" "find" "findIndex"))
((call_expression
   function: (member_expression object: (identifier) @object property: (property_identifier) @method)
   arguments: (arguments . (identifier) @target (_) @value))
  (#eq? @object "Object") (#eq? @method "assign")) @update

; Objects read by key: `const opts = { cmd: "uptime", user: name }` then `opts.cmd` is the constant
; alone; `targets[name]` is one of the entries.
(subscript_expression object: (identifier) @subscript.object index: (_) @subscript.key) @subscript
(member_expression object: (identifier) @subscript.object property: (property_identifier) @subscript.key) @subscript
(object (pair key: [(property_identifier) (string)] @entry.key value: (_) @entry.value) @entry)
(object (shorthand_property_identifier) @entry.key @entry.value @entry)

; Sources: web request data (Express, Koa), WebSocket and postMessage messages, the page's URL.
((member_expression object: (identifier) @object property: (property_identifier) @field) @source
  (#eq? @object "req")
  (#any-of? @field "query" "body" "params" "headers" "cookies" "signedCookies" "url" "originalUrl" "path" "files" "file" "payload"))
; `request` is also the usual name for a fetch `Request` the program builds itself, whose `url`,
; `headers` and `body` are its own: only fields a client-built request lacks count, and `body` only
; when read into (`request.body.name`, `const { name } = request.body`) as servers do.
((member_expression object: (identifier) @object property: (property_identifier) @field) @source
  (#eq? @object "request")
  (#any-of? @field "query" "params" "cookies" "signedCookies" "files" "file" "payload"))
((member_expression
   object: (member_expression object: (identifier) @object property: (property_identifier) @field)) @source
  (#eq? @object "request") (#eq? @field "body"))
((subscript_expression
   object: (member_expression object: (identifier) @object property: (property_identifier) @field)) @source
  (#eq? @object "request") (#eq? @field "body"))
(variable_declarator
  name: (object_pattern)
  value: ((member_expression object: (identifier) @object property: (property_identifier) @field) @source
          (#eq? @object "request") (#eq? @field "body")))
; ... and a header read off it by name (Fastify, Hapi: `request.headers["x-tenant"]`,
; `request.headers.referer`): a fetch `Request`'s headers are a `Headers` object, read with `.get()`.
((subscript_expression
   object: (member_expression object: (identifier) @object property: (property_identifier) @field)) @source
  (#eq? @object "request") (#eq? @field "headers"))
((member_expression
   object: (member_expression object: (identifier) @object property: (property_identifier) @field)
   property: (property_identifier) @header) @source
  (#eq? @object "request") (#eq? @field "headers")
  (#not-any-of? @header "get" "has" "set" "append" "delete" "entries" "forEach" "keys" "values" "getSetCookie"))
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method)) @source
  (#eq? @object "req") (#any-of? @method "get" "header" "param"))
; Next.js route handlers and middleware: a NextRequest's parsed URL (`request.nextUrl.searchParams`),
; the URL of the request being handled (`new URL(request.url).searchParams`), and the body it
; reads (`await request.json()`, `.formData()`, `.text()`; a fetch `Request` the program builds
; itself is rarely read back).
((member_expression object: (identifier) @object property: (property_identifier) @field) @source
  (#any-of? @object "req" "request") (#eq? @field "nextUrl"))
((new_expression
   constructor: (identifier) @class
   arguments: (arguments . (member_expression object: (identifier) @object property: (property_identifier) @field) .)) @source
  (#eq? @class "URL") (#any-of? @object "req" "request") (#eq? @field "url"))
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method)
                  arguments: (arguments) @arguments) @source
  (#any-of? @object "req" "request") (#any-of? @method "json" "formData" "text") (#eq? @arguments "()"))
((member_expression object: (identifier) @object property: (property_identifier) @field) @source
  (#eq? @object "ctx") (#any-of? @field "request" "query" "params" "querystring" "headers" "header" "url" "path"))
; JSON parsed from request text is request data again, whatever the text was converted with first
; (`JSON.parse(String(req.query.filter))` is an object that can hold `$where`).
((call_expression
   function: (member_expression object: (identifier) @object property: (property_identifier) @method)
   arguments: (arguments . (_) @text)) @source
  (#eq? @object "JSON") (#eq? @method "parse")
  (#match? @text "^(String\\(|decodeURIComponent\\()?(req|request|ctx)\\.(query|body|params|cookies|headers|request)\\b"))
; Koa's `ctx.get("X-Client-Name")` reads a request header.
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method)) @source
  (#eq? @object "ctx") (#eq? @method "get"))
; Message handlers: `x.addEventListener("message", (e) => ...)`, `ws.on("message", (data) => ...)`.
(call_expression
  function: (member_expression property: (property_identifier) @method)
  arguments: (arguments
    (string (string_fragment) @event)
    [(arrow_function parameters: (formal_parameters . (identifier) @source.parameter))
     (arrow_function parameter: (identifier) @source.parameter)
     (function_expression parameters: (formal_parameters . (identifier) @source.parameter))])
  (#any-of? @method "addEventListener" "on" "once") (#eq? @event "message"))
(assignment_expression
  left: [(identifier) @handler (member_expression property: (property_identifier) @handler)]
  right: [(arrow_function parameters: (formal_parameters . (identifier) @source.parameter))
          (arrow_function parameter: (identifier) @source.parameter)
          (function_expression parameters: (formal_parameters . (identifier) @source.parameter))]
  (#eq? @handler "onmessage"))
; ... and a callback handed to a method named for receiving messages: VS Code's
; `panel.webview.onDidReceiveMessage((message) => ...)` (what the webview's page posted), a
; browser extension's `chrome.runtime.onMessage.addListener((msg, sender) => ...)` (what a page or
; another extension sent).
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . [(arrow_function parameters: (formal_parameters . (identifier) @source.parameter))
                            (arrow_function parameter: (identifier) @source.parameter)
                            (function_expression parameters: (formal_parameters . (identifier) @source.parameter))]))
  (#match? @method "^on(Did)?(Receive)?Message$"))
((call_expression
   function: (member_expression object: (member_expression property: (property_identifier) @event) property: (property_identifier) @method)
   arguments: (arguments . [(arrow_function parameters: (formal_parameters . (identifier) @source.parameter))
                            (arrow_function parameter: (identifier) @source.parameter)
                            (function_expression parameters: (formal_parameters . (identifier) @source.parameter))]))
  (#match? @event "^onMessage(External)?$") (#eq? @method "addListener"))
; Message consumers configured with an object: the function under a key named for handling a
; message (sqs-consumer's `Consumer.create({ handleMessage: async (message) => ... })`, kafkajs's
; `consumer.run({ eachMessage: async ({ message }) => ... })`) receives what the queue delivered.
((pair key: (property_identifier) @key
       value: [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))
               (arrow_function parameter: (identifier) @source.parameter)
               (function_expression parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))])
  (#any-of? @key "handleMessage" "handleMessageBatch" "eachMessage" "eachBatch"))
((method_definition name: (property_identifier) @key
                    parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))
  (#any-of? @key "handleMessage" "handleMessageBatch" "eachMessage" "eachBatch"))
; Named message handlers: `addEventListener("message", onMessage)` or `ws.onmessage = onMessage`
; taints the first parameter of `function onMessage(event)` / `const onMessage = (event) => ...`.
(call_expression
  function: (member_expression property: (property_identifier) @method)
  arguments: (arguments (string (string_fragment) @event) (identifier) @handler.use)
  (#any-of? @method "addEventListener" "on" "once") (#eq? @event "message"))
(assignment_expression
  left: [(identifier) @handler (member_expression property: (property_identifier) @handler)]
  right: (identifier) @handler.use
  (#eq? @handler "onmessage"))
(function_declaration name: (identifier) @handler.name parameters: (formal_parameters . (identifier) @handler.parameter))
(variable_declarator
  name: (identifier) @handler.name
  value: [(arrow_function parameters: (formal_parameters . (identifier) @handler.parameter))
          (arrow_function parameter: (identifier) @handler.parameter)
          (function_expression parameters: (formal_parameters . (identifier) @handler.parameter))])
; The page's URL and other values another site can choose.
((member_expression object: (_) @object property: (property_identifier) @field) @source @sanitizer.browser
  (#match? @object "^((window|document|self|globalThis)\\.)?location$")
  (#any-of? @field "search" "hash"))
((member_expression object: (_) @object property: (property_identifier) @field) @source @sanitizer.browser @sanitizer.redirect
  (#match? @object "^((window|document|self|globalThis)\\.)?location$")
  (#any-of? @field "href" "pathname"))
((member_expression object: (identifier) @object property: (property_identifier) @field) @source @sanitizer.browser @sanitizer.redirect
  (#eq? @object "document") (#any-of? @field "URL" "documentURI" "baseURI" "referrer"))
((member_expression object: (identifier) @object property: (property_identifier) @field) @source @sanitizer.browser
  (#eq? @object "document") (#eq? @field "cookie"))
((member_expression object: (identifier) @object property: (property_identifier) @field) @source @sanitizer.browser
  (#any-of? @object "window" "self") (#eq? @field "name"))
; Angular: the route's query and path parameters.
((member_expression object: (member_expression property: (property_identifier) @snapshot) property: (property_identifier) @field) @source
  (#eq? @snapshot "snapshot") (#any-of? @field "queryParamMap" "paramMap" "queryParams" "params" "fragment"))
; Client-side routers: the page's query and path parameters (react-router's useSearchParams and
; useParams, Next.js's useSearchParams, useParams and router.query).
((call_expression function: (identifier) @function) @source @sanitizer.browser
  (#any-of? @function "useSearchParams" "useParams"))
((member_expression object: (identifier) @object property: (property_identifier) @field) @source @sanitizer.browser
  (#eq? @object "router") (#eq? @field "query"))
((member_expression object: (call_expression function: (identifier) @function) property: (property_identifier) @field) @source @sanitizer.browser
  (#eq? @function "useRouter") (#eq? @field "query"))
; Server frameworks that pass the request's parts by other names:
; h3/Nuxt server routes (`getQuery(event)`, `readBody(event)`, `getRouterParam(event, "id")`); a
; schema-validated body (`readValidatedBody`) still holds the client's strings, but in its shape.
((call_expression function: (identifier) @function) @source
  (#any-of? @function "getQuery" "readBody" "readRawBody" "readFormData" "readMultipartFormData" "getRouterParam"
                      "getRouterParams" "getCookie" "parseCookies" "getHeader" "getHeaders" "getRequestHeader"
                      "getRequestHeaders" "getRequestURL" "getRequestPath"))
((call_expression function: (identifier) @function) @source @sanitizer.nosql
  (#any-of? @function "readValidatedBody" "getValidatedQuery" "getValidatedRouterParams"))
; Handlers by shape, whatever the library: a callback registered for a named event or topic
; (`socket.on("room:join", ({ room }) => ...)`, `bus.subscribe("orders", (msg) => ...)`,
; `channel.consume("jobs", (m) => ...)`) receives what another party sent, in every parameter.
; Lifecycle and stream events carry nothing a client wrote (`connection`, `close`, `error`, the
; `data` of a stream the program opened), nor do the page's own input events (a `click`, a key);
; `message` has its own patterns above.
(call_expression
  function: (member_expression property: (property_identifier) @method)
  arguments: (arguments . (string (string_fragment) @event)
                        . [(arrow_function parameters: (formal_parameters [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))
                           (arrow_function parameter: (identifier) @source.parameter)
                           (function_expression parameters: (formal_parameters [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))])
  (#any-of? @method "on" "once" "addListener" "prependListener" "subscribe" "consume" "handle" "listen")
  (#not-match? @event "^(click|dblclick|auxclick|contextmenu|mouse[a-z]*|pointer[a-z]*|touch[a-z]*|key[a-z]*|focus[a-z]*|blur|input|submit|scroll[a-z]*|wheel|drag[a-z]*|drop|connection|connect|disconnect|disconnecting|close|closed|error|end|finish|open|ready|listening|exit|drain|data|line|readable|pipe|unpipe|timeout|upgrade|request|response|checkContinue|connect_error|reconnect|SIG[A-Z]+|uncaughtException|unhandledRejection|warning|beforeExit|newListener|removeListener|message|online|offline|resize|change|load|unload|spawn|disconnected|connected)$"))
; ... a queue's job handler (`queue.process(async (job) => ...)`, `new Worker("mail", async (job) =>
; ...)` of BullMQ and kin): the job's data is what whoever queued it sent, often a request.
(call_expression
  function: (member_expression property: (property_identifier) @method)
  arguments: (arguments . [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))
                           (arrow_function parameter: (identifier) @source.parameter)
                           (function_expression parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))])
  (#eq? @method "consume"))
(call_expression
  function: (member_expression property: (property_identifier) @method)
  arguments: (arguments . [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))
                           (arrow_function parameter: (identifier) @source.parameter @sanitizer.entry)
                           (function_expression parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))])
  (#eq? @method "process"))
((new_expression
   constructor: [(identifier) @class (member_expression property: (property_identifier) @class)]
   arguments: (arguments . (_) . [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))
                                  (arrow_function parameter: (identifier) @source.parameter)
                                  (function_expression parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))]))
  (#match? @class "(Consumer|Subscriber)$"))
((new_expression
   constructor: [(identifier) @class (member_expression property: (property_identifier) @class)]
   arguments: (arguments . (_) . [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))
                                  (arrow_function parameter: (identifier) @source.parameter @sanitizer.entry)
                                  (function_expression parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))]))
  (#match? @class "(Worker|Processor)$"))
; ... the same handlers given by name (`socket.on("lookup", onLookup)`, `new Worker("q", runJob)`):
; their first parameter (see @handler.name below).
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . (string (string_fragment) @event) . (identifier) @handler.use))
  (#any-of? @method "on" "once" "addListener" "subscribe" "consume" "handle" "process")
  (#not-match? @event "^(click|dblclick|auxclick|contextmenu|mouse[a-z]*|pointer[a-z]*|touch[a-z]*|key[a-z]*|focus[a-z]*|blur|input|submit|scroll[a-z]*|wheel|drag[a-z]*|drop|connection|connect|disconnect|close|error|end|finish|open|ready|listening|exit|drain|data|line|readable|timeout|upgrade|request|response|SIG[A-Z]+|uncaughtException|unhandledRejection|warning|beforeExit|message)$"))
((new_expression
   constructor: [(identifier) @class (member_expression property: (property_identifier) @class)]
   arguments: (arguments . (_) . (identifier) @handler.use))
  (#match? @class "(Worker|Consumer|Processor|Subscriber)$"))
; Entry points by shape, whatever the method is called: a callback handed, after a route, an event or a
; topic named by a string, to a method of an object (`bus.work("invoices", async (job) => ...)`,
; `bot.hears("price", ...)`, `app.param("slug", (req, res, next, slug) => ...)`,
; `meteor.publish("orders", function (status) ...)`) is called by whoever sends that request,
; event or message, with their values in its parameters. Left out: callbacks whose first parameter
; is an error (Node's `fs.readFile("a", (err, data) => ...)` gets results, not a caller's data),
; lifecycle, stream and page events (a click's event is the page's own), methods that run the
; callback on the program's own values (`replace`, `Array.from`, file and process calls, queries,
; test and build tools, AngularJS's injected services, schema hooks), and the objects a framework
; makes and hands in (requests and responses, read by name above; `next`, contexts, sockets).
((call_expression
   function: (member_expression object: (_) @receiver property: (property_identifier) @method)
   arguments: (arguments . (string (string_fragment) @event)
                        [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))
                         (arrow_function parameter: (identifier) @source.parameter @sanitizer.entry)
                         (function_expression parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))]))
  (#not-any-of? @method "on" "once" "addListener" "prependListener" "subscribe" "consume" "handle" "listen")
  (#not-match? @method "^(addEventListener|removeEventListener|replace|replaceAll|readFile|readFileSync|writeFile|appendFile|readdir|stat|lstat|access|exists|mkdir|unlink|rmdir|rm|rename|open|copyFile|watch|watchFile|exec|execFile|spawn|fork|query|execute|run|all|each|prepare|question|emit|delegate|undelegate|live|die|bind|unbind|one|off|trigger|controller|factory|service|directive|filter|provider|component|config|module|value|constant|decorator|animation|from|pre|post_?hook|define|register[A-Z][A-Za-z]*|task|command|option)$")
  (#not-match? @receiver "^(\\$|jQuery|\\$\\(.*|jQuery\\(.*|_|fs|fsp|fs\\.promises|http|https|http2|net|axios|got|superagent|needle|request|child_process|cp|process|window|document|self|globalThis|console|path|util|events|assert|expect|chai|sinon|jest|vi|cy|Cypress|browser|page|test|it|describe|suite|context|t|tap|gulp|grunt|program|yargs|commander|cli|vorpal|ipcRenderer|Array|Object|Reflect|Promise|JSON|Math|String|Number|Buffer|Symbol|Intl|Date|RegExp|[A-Za-z_.]*[Ss]chema|this)$")
  (#not-match? @event "^(connection|connect|disconnect|disconnecting|close|closed|error|end|finish|open|ready|listening|exit|drain|data|line|readable|pipe|unpipe|timeout|upgrade|request|response|checkContinue|connect_error|reconnect|SIG[A-Z]+|uncaughtException|unhandledRejection|warning|beforeExit|newListener|removeListener|message|online|offline|resize|change|load|unload|spawn|disconnected|connected|click|dblclick|auxclick|contextmenu|mouse[a-z]*|pointer[a-z]*|touch[a-z]*|key[a-z]*|focus[a-z]*|blur|input|submit|reset|scroll[a-z]*|wheel|drag[a-z]*|drop|select[a-z]*|paste|copy|cut|animation[a-z]*|transition[a-z]*|DOMContentLoaded|beforeunload|hashchange|popstate|pageshow|pagehide|visibilitychange|storage|progress|abort|load[a-z]+|canplay[a-z]*|play|playing|pause|ended|seek[a-z]*|volumechange|tick|frame|step|start|stop|done|complete|success|fail|failure|close[a-z]*|exit[a-z]*|save|init|destroy|mount|unmount|update|render|rendered)$")
  (#not-match? @source.parameter "^(err|error|er|e|ex|exc|_err|_error)$")
  (#not-match? @source.parameter "^(req|request|res|response|resp|reply|rep|next|done|cb|callback|ctx|context|c|h|socket|ws|io|app|server|client|db|t|page|browser|expect|assert|err|error|e|_|\\$.*)$"))
((call_expression
   function: (member_expression object: (_) @receiver property: (property_identifier) @method)
   arguments: (arguments . (string (string_fragment) @event)
                        [(arrow_function parameters: (formal_parameters . (_) @first [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))
                         (function_expression parameters: (formal_parameters . (_) @first [(identifier) @source.parameter @sanitizer.entry (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.entry) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.entry))]))]))
  (#not-any-of? @method "on" "once" "addListener" "prependListener" "subscribe" "consume" "handle" "listen")
  (#not-match? @method "^(addEventListener|removeEventListener|replace|replaceAll|readFile|readFileSync|writeFile|appendFile|readdir|stat|lstat|access|exists|mkdir|unlink|rmdir|rm|rename|open|copyFile|watch|watchFile|exec|execFile|spawn|fork|query|execute|run|all|each|prepare|question|emit|delegate|undelegate|live|die|bind|unbind|one|off|trigger|controller|factory|service|directive|filter|provider|component|config|module|value|constant|decorator|animation|from|pre|post_?hook|define|register[A-Z][A-Za-z]*|task|command|option)$")
  (#not-match? @receiver "^(\\$|jQuery|\\$\\(.*|jQuery\\(.*|_|fs|fsp|fs\\.promises|http|https|http2|net|axios|got|superagent|needle|request|child_process|cp|process|window|document|self|globalThis|console|path|util|events|assert|expect|chai|sinon|jest|vi|cy|Cypress|browser|page|test|it|describe|suite|context|t|tap|gulp|grunt|program|yargs|commander|cli|vorpal|ipcRenderer|Array|Object|Reflect|Promise|JSON|Math|String|Number|Buffer|Symbol|Intl|Date|RegExp|[A-Za-z_.]*[Ss]chema|this)$")
  (#not-match? @event "^(connection|connect|disconnect|disconnecting|close|closed|error|end|finish|open|ready|listening|exit|drain|data|line|readable|pipe|unpipe|timeout|upgrade|request|response|checkContinue|connect_error|reconnect|SIG[A-Z]+|uncaughtException|unhandledRejection|warning|beforeExit|newListener|removeListener|message|online|offline|resize|change|load|unload|spawn|disconnected|connected|click|dblclick|auxclick|contextmenu|mouse[a-z]*|pointer[a-z]*|touch[a-z]*|key[a-z]*|focus[a-z]*|blur|input|submit|reset|scroll[a-z]*|wheel|drag[a-z]*|drop|select[a-z]*|paste|copy|cut|animation[a-z]*|transition[a-z]*|DOMContentLoaded|beforeunload|hashchange|popstate|pageshow|pagehide|visibilitychange|storage|progress|abort|load[a-z]+|canplay[a-z]*|play|playing|pause|ended|seek[a-z]*|volumechange|tick|frame|step|start|stop|done|complete|success|fail|failure|close[a-z]*|exit[a-z]*|save|init|destroy|mount|unmount|update|render|rendered)$")
  (#not-match? @first "^(err|error|er|e|ex|exc|_err|_error)$")
  (#not-match? @source.parameter "^(req|request|res|response|resp|reply|rep|next|done|cb|callback|ctx|context|c|h|socket|ws|io|app|server|client|db|t|page|browser|expect|assert|err|error|e|_|\\$.*)$"))
; Functions registered as a map of names (a GraphQL server's resolver map `{ Query: { products: (_,
; args) => ... } }`, Meteor's `Meteor.methods({ "contacts.filter"(query) { ... } })`): each is called by
; a client with its own arguments. A resolver's first parameter is its parent object, and the
; context and info after the arguments are the server's.
((pair key: (property_identifier) @type
       value: (object (pair value: [(arrow_function parameters: (formal_parameters . (_) [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))
                                    (function_expression parameters: (formal_parameters . (_) [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))])))
  (#any-of? @type "Query" "Mutation" "Subscription")
  (#not-match? @source.parameter "^(ctx|context|info|_|parent|root|obj)$"))
((pair key: (property_identifier) @type
       value: (object (method_definition parameters: (formal_parameters . (_) [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))))
  (#any-of? @type "Query" "Mutation" "Subscription")
  (#not-match? @source.parameter "^(ctx|context|info|_|parent|root|obj)$"))
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . (object [(method_definition parameters: (formal_parameters [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))
                                    (pair value: [(arrow_function parameters: (formal_parameters [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))
                                                  (function_expression parameters: (formal_parameters [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))])])))
  (#eq? @method "methods"))
; Meteor's `check(criteria, { priority: Match.Maybe(String) })` throws unless the value has the
; pattern's shape: after it, a value checked against strings, numbers and booleans holds no query
; operator (an `Object` or `Match.Any` in the pattern lets anything through).
((call_expression function: (identifier) @function arguments: (arguments . (identifier) @target . (_) @pattern .)) @assign @value @sanitizer.nosql
  (#eq? @function "check")
  (#not-match? @pattern "Object|Any|Where"))
; Edge and serverless workers answer requests through a `fetch` handler: Cloudflare Workers'
; `export default { async fetch(request, env, ctx) { ... } }` and Bun's `Bun.serve({ fetch(req) { ... } })`
; are handed the incoming request, whose URL, headers and body the client wrote.
((export_statement (object (method_definition name: (property_identifier) @name
                                              parameters: (formal_parameters . (identifier) @source.parameter))))
  (#eq? @name "fetch"))
((call_expression
   function: (member_expression property: (property_identifier) @serve)
   arguments: (arguments . (object (method_definition name: (property_identifier) @name
                                                      parameters: (formal_parameters . (identifier) @source.parameter)))))
  (#eq? @serve "serve") (#eq? @name "fetch"))
; Route definitions written as objects (Sails actions, Hapi and Fastify routes): the `fn` or
; `handler` of an object that also declares its `path`, `schema` or `method`.
((object (pair key: (property_identifier) @spec)
         (pair key: (property_identifier) @key
               value: [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))
                       (function_expression parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))]))]))
  (#any-of? @spec "path" "url" "schema" "validate" "method")
  (#any-of? @key "fn" "handler"))
((object (pair key: (property_identifier) @spec)
         (method_definition name: (property_identifier) @key parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter) (object_pattern (pair_pattern value: (identifier) @source.parameter))])))
  (#any-of? @spec "path" "url" "schema" "validate" "method")
  (#any-of? @key "fn" "handler"))
; ... and Sails actions and helpers, whose `inputs` declare each value's type: checked, so a
; value declared a string or a number cannot be a query object.
((object (pair key: (property_identifier) @spec)
         (pair key: (property_identifier) @key
               value: [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.nosql (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.nosql) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.nosql))]))
                       (function_expression parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.nosql (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.nosql) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.nosql))]))]))
  (#eq? @spec "inputs")
  (#any-of? @key "fn" "handler"))
((object (pair key: (property_identifier) @spec)
         (method_definition name: (property_identifier) @key parameters: (formal_parameters . [(identifier) @source.parameter @sanitizer.nosql (object_pattern (shorthand_property_identifier_pattern) @source.parameter @sanitizer.nosql) (object_pattern (pair_pattern value: (identifier) @source.parameter @sanitizer.nosql))])))
  (#eq? @spec "inputs")
  (#any-of? @key "fn" "handler"))
; Request readers by name, wherever the request is kept (`req`, `this.req` in Sails, AdonisJS's
; `request.input("q")`, `request.only([...])`, `request.qs()`, Restify's `req.getQuery()`).
((call_expression function: (member_expression object: [(identifier) @object (member_expression property: (property_identifier) @object)]
                                               property: (property_identifier) @method)) @source
  (#any-of? @object "req" "request")
  (#any-of? @method "input" "only" "all" "except" "param" "params" "header" "headers" "cookie" "cookies" "qs" "file" "files"
                    "allFiles" "getHeader" "getQuery" "getBody" "getParam" "getParams" "getCookie" "getPath" "href" "raw" "rawBody"))
((member_expression object: (member_expression object: [(this) (identifier)] property: (property_identifier) @object) property: (property_identifier) @field) @source
  (#eq? @object "req")
  (#any-of? @field "query" "body" "params" "headers" "cookies" "url" "originalUrl" "path" "files" "file"))
; Hono's `c.req.query("q")`, `c.req.param("id")`, `await c.req.json()`, `c.req.header(...)`.
((call_expression function: (member_expression object: (member_expression property: (property_identifier) @req)
                                               property: (property_identifier) @method)) @source
  (#eq? @req "req")
  (#any-of? @method "query" "queries" "param" "json" "text" "formData" "parseBody" "header" "arrayBuffer" "blob"))
; Route parameters handed to a loader, action, endpoint or page as `{ params }` (Remix and React
; Router loaders, SvelteKit's `load` and `RequestHandler`s, Next.js's `GET(req, { params })` and pages,
; which also get `{ searchParams }`), and the URL SvelteKit hands them (`url.searchParams`).
((formal_parameters (object_pattern (shorthand_property_identifier_pattern) @source.parameter))
  (#any-of? @source.parameter "params" "searchParams"))
((member_expression object: (identifier) @object property: (property_identifier) @field) @source
  (#eq? @object "url") (#eq? @field "searchParams"))
; ... the request's cookies read through SvelteKit's `cookies.get(...)` or Next.js's `cookies().get(...)`.
((call_expression function: (member_expression object: [(identifier) @cookies (call_expression function: (identifier) @cookies)]
                                               property: (property_identifier) @method)) @source
  (#eq? @cookies "cookies") (#eq? @method "get"))
; tRPC procedures: `.input(schema).query(({ input }) => ...)` and `.mutation(...)` receive what the
; client sent, in the schema's shape (which may be `z.any()`).
((call_expression
   function: (member_expression object: (call_expression function: (member_expression property: (property_identifier) @input))
                                property: (property_identifier) @method)
   arguments: (arguments . [(arrow_function parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))
                            (function_expression parameters: (formal_parameters . [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))]))
  (#eq? @input "input") (#any-of? @method "query" "mutation" "subscription")
  (#not-any-of? @source.parameter "ctx" "signal" "path" "type"))
; Electron: what a renderer sends over IPC (`ipcMain.handle("export", (event, { file }) => ...)`) is
; as untrusted as a request: a compromised or XSS'd page sends anything. The event comes first.
((call_expression
   function: (member_expression object: (identifier) @ipc property: (property_identifier) @method)
   arguments: (arguments . (_) . [(arrow_function parameters: (formal_parameters . (_) [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))
                                  (function_expression parameters: (formal_parameters . (_) [(identifier) @source.parameter (object_pattern (shorthand_property_identifier_pattern) @source.parameter)]))]))
  (#eq? @ipc "ipcMain") (#any-of? @method "handle" "handleOnce" "on" "once"))
; What a route's loader or action sent to its component (Remix and React Router's
; `useLoaderData()`, `useActionData()`): the server read it from the request or the database,
; either of which an attacker can write to; it is not markup the app wrote.
((call_expression function: [(identifier) @function (await_expression (identifier) @function)]) @source
  (#any-of? @function "useLoaderData" "useActionData" "useRouteLoaderData"))
; Handlebars helpers get the template's data as arguments (`registerHelper("hl", (text, term) =>
; ...)`): page data, user-written more often than not, that the helper must escape itself.
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . (string) . [(arrow_function parameters: (formal_parameters (identifier) @source.parameter))
                                       (function_expression parameters: (formal_parameters (identifier) @source.parameter))]))
  (#eq? @method "registerHelper"))
; Serverless handlers: AWS Lambda's `handler(event, context)` (or an exported `handler`) receives the
; API Gateway (or queue) event, whose body, headers and parameters the caller wrote.
((formal_parameters . (identifier) @source.parameter . (identifier) @context .)
  (#match? @source.parameter "^_?event$") (#match? @context "^_?(context|ctx|lambdaContext)$"))
((variable_declarator name: (identifier) @name
                      value: [(arrow_function parameters: (formal_parameters . (identifier) @source.parameter))
                              (function_expression parameters: (formal_parameters . (identifier) @source.parameter))])
  (#match? @name "^(handler|lambdaHandler)$") (#match? @source.parameter "^_?event$"))
((function_declaration name: (identifier) @name parameters: (formal_parameters . (identifier) @source.parameter))
  (#match? @name "^(handler|lambdaHandler)$") (#match? @source.parameter "^_?event$"))
((assignment_expression left: (member_expression property: (property_identifier) @name)
                        right: [(arrow_function parameters: (formal_parameters . (identifier) @source.parameter))
                                (function_expression parameters: (formal_parameters . (identifier) @source.parameter))])
  (#eq? @name "handler") (#match? @source.parameter "^_?event$"))
; Command-line entry points: the action of a command declared with Commander, cac or yargs-style
; builders (`cli.command("<pattern> [file]").option(...).action((pattern, file, options) => ...)`)
; receives the words typed after it, as `process.argv` does: local input (see @sanitizer.local),
; and not SQL either, which a database tool runs for its operator.
((call_expression
   function: (member_expression object: (call_expression) @commands property: (property_identifier) @action)
   arguments: (arguments . [(arrow_function parameters: (formal_parameters [(identifier) @source.parameter @sanitizer.local @sanitizer.sql (assignment_pattern left: (identifier) @source.parameter @sanitizer.local @sanitizer.sql)]))
                            (arrow_function parameter: (identifier) @source.parameter @sanitizer.local @sanitizer.sql)
                            (function_expression parameters: (formal_parameters [(identifier) @source.parameter @sanitizer.local @sanitizer.sql (assignment_pattern left: (identifier) @source.parameter @sanitizer.local @sanitizer.sql)]))]))
  (#eq? @action "action")
  (#match? @commands "\\.(command|argument|arguments)\\(")
  (#not-match? @source.parameter "^(program|_)$"))
; Command line and environment (see @sanitizer.local above).
((member_expression object: (identifier) @object property: (property_identifier) @field) @source @sanitizer.local
  (#eq? @object "process") (#any-of? @field "argv" "env"))

; Weak randomness, followed by the rules that list `flows-to` (crypto.yml): `Math.random()`, and
; where a guessable value does harm: the session, a cookie or web storage under a name for a
; secret or an id (not `theme`), a variable, property, key or function named for a secret.
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method)) @source.random
  (#eq? @object "Math") (#eq? @method "random"))
;    ... lodash's and underscore's draws, which use `Math.random()`: `_.random`, `_.sample`,
;    `_.sampleSize`, `_.shuffle`.
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method)) @source.random
  (#any-of? @object "_" "lodash") (#any-of? @method "random" "sample" "sampleSize" "shuffle"))
; A random value under a key that names something nobody has to guess (`{ error: errorCode() }`,
; `{ theme: pick(THEMES) }`) is not what makes the object a secret (insecure-random's sanitizer).
((pair key: (property_identifier) @name value: (_) @sanitizer.label)
  (#match? @name "(?i)^(error|err|label|title|name|message|theme|color|colour|delay|retry|retry_?after|attempt|attempts|banner|tip|hint|greeting|count|index|weight|score|x|y|width|height|duration|timeout|jitter|backoff|order|position|rank|avatar|emoji|icon|quote|fact|motd)$"))
; Where a weak random value does harm, by shape rather than by a variable's name: a record created
; with a field named for a credential (`repo.create({ key, secret })`, Prisma's
; `db.resetToken.create({ data: { code } })`), a text mailed or texted to a person (the code they
; will type back), and a function whose name ends in `Code` (`pairingCode()`, `roomCode()`; not a
; status, error, colour or country code).
((call_expression function: (member_expression property: (property_identifier) @method)
   arguments: (arguments (object [(pair key: (property_identifier) @name value: (_) @sink.secret)
                                  (shorthand_property_identifier) @name @sink.secret
                                  (pair key: (property_identifier) @data
                                        value: (object [(pair key: (property_identifier) @name value: (_) @sink.secret)
                                                        (shorthand_property_identifier) @name @sink.secret]))])))
  (#any-of? @method "create" "insert" "insertOne" "insertMany" "createMany" "save" "update" "updateOne" "upsert" "findOneAndUpdate" "findByIdAndUpdate")
  (#any-of? @data "data" "create" "update" "$set" "values")
  (#match? @name "^(code|key|token|secret|pin|nonce|salt|otp|password|apiKey|api_key)$"))
((call_expression function: [(identifier) @name (member_expression property: (property_identifier) @name)] arguments: (arguments (_) @sink.secret))
  (#match? @name "(?i)^send_?(e?mail|sms|text|text_?message)$"))
([(function_declaration name: (identifier) @name body: (statement_block [(return_statement (_) @sink.secret)
                                                                         (_ (statement_block (return_statement (_) @sink.secret)))]))
  (method_definition name: (property_identifier) @name body: (statement_block [(return_statement (_) @sink.secret)
                                                                               (_ (statement_block (return_statement (_) @sink.secret)))]))]
  (#match? @name "[a-z](Code|_code)$")
  (#not-match? @name "(?i)(status|error|err|exit|color|colour|country|lang|language|locale|currency|char|hex|http|response|result|return|source|zip|postal|area|key|short|product|sku|bar|qr|op|key|scan|unicode|ascii)_?code$"))
((assignment_expression
   left: (member_expression object: [(identifier) @session (member_expression property: (property_identifier) @session)]
                            property: (property_identifier) @key)
   right: (_) @sink.secret)
  (#eq? @session "session") (#match? @key "(?i)(token|secret|sid|session|auth|remember|csrf|xsrf|nonce|otp|code|pin|key|pass|state|login|verif|confirm|invit|reset|(^|[^a-z])id([^a-z]|$))"))
((assignment_expression
   left: (subscript_expression object: [(identifier) @session (member_expression property: (property_identifier) @session)] index: (_) @key)
   right: (_) @sink.secret)
  (#eq? @session "session") (#match? @key "(?i)(token|secret|sid|session|auth|remember|csrf|xsrf|nonce|otp|code|pin|key|pass|state|login|verif|confirm|invit|reset|(^|[^a-z])id([^a-z]|$))"))
((call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) @key . (_) @sink.secret))
  (#eq? @method "cookie") (#match? @key "(?i)(token|secret|sid|session|auth|remember|csrf|xsrf|nonce|otp|code|pin|key|pass|state|login|verif|confirm|invit|reset|(^|[^a-z])id([^a-z]|$))"))
((call_expression function: (member_expression object: [(identifier) @cookies (member_expression property: (property_identifier) @cookies)]
                                               property: (property_identifier) @method)
                  arguments: (arguments . (_) @key . (_) @sink.secret))
  (#eq? @cookies "cookies") (#eq? @method "set") (#match? @key "(?i)(token|secret|sid|session|auth|remember|csrf|xsrf|nonce|otp|code|pin|key|pass|state|login|verif|confirm|invit|reset|(^|[^a-z])id([^a-z]|$))"))
((assignment_expression left: (member_expression object: (identifier) @document property: (property_identifier) @cookie) right: (_) @sink.secret)
  (#eq? @document "document") (#eq? @cookie "cookie"))
((call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (string) @name . (_) @sink.secret))
  (#any-of? @method "setItem" "setHeader" "set") (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|otp|pin|apikey|api_key|sessionid|session_id|sid|csrf|xsrf|oauth_?state|(one_?time|invite|invitation|reset|verification|verify|auth|login|confirm|confirmation|access|sms|otp|recovery|backup|mfa|totp|activation)_?codes?)['\"]$"))
; ... an argument of a helper named for storing or sending one (`saveResetCode(email, code)`,
; `user.setPassword(pw)`), and an id that grants access to whoever knows it (`inviteId`, `resetLink`).
((call_expression function: [(identifier) @name (member_expression property: (property_identifier) @name)]
                  arguments: (arguments [(identifier) (call_expression) (await_expression) (template_string) (binary_expression) (string) (object) (array) (parenthesized_expression) (ternary_expression)] @sink.secret))
  (#match? @name "(?i)^(save|store|set|create|persist|issue|send)_?[a-z0-9_]*(token|secret|password|passwd|otp|nonce|reset_?code|api_?key|session|(share|invite|invitation|magic|reset|activation|access|login|download)_?(link|url)|(sms|otp|verification|verify|login|auth|mfa|pin|one_?time|confirm|confirmation|invite|invitation|reset|activation|recovery|backup)_?code)s?$"))
((variable_declarator name: (identifier) @name value: (_) @sink.secret)
  (#match? @name "(?i)^(invite|invitation|reset|session|share|magic|activation)_?(id|key|link)$"))
((variable_declarator name: (identifier) @name value: (_) @sink.secret)
  (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|otp|pin|apikey|api_key|sessionid|session_id|sid|csrf|xsrf|oauth_?state|(one_?time|invite|invitation|reset|verification|verify|auth|login|confirm|confirmation|access|sms|otp|recovery|backup|mfa|totp|activation)_?codes?)$"))
((assignment_expression left: [(identifier) @name (member_expression property: (property_identifier) @name)] right: (_) @sink.secret)
  (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|otp|pin|apikey|api_key|sessionid|session_id|sid|csrf|xsrf|oauth_?state|(one_?time|invite|invitation|reset|verification|verify|auth|login|confirm|confirmation|access|sms|otp|recovery|backup|mfa|totp|activation)_?codes?)$"))
((augmented_assignment_expression left: [(identifier) @name (member_expression property: (property_identifier) @name)] right: (_) @sink.secret)
  (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|otp|pin|apikey|api_key|sessionid|session_id|sid|csrf|xsrf|oauth_?state|(one_?time|invite|invitation|reset|verification|verify|auth|login|confirm|confirmation|access|sms|otp|recovery|backup|mfa|totp|activation)_?codes?)$"))
((pair key: [(property_identifier) @name (string (string_fragment) @name)] value: (_) @sink.secret)
  (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|otp|pin|apikey|api_key|sessionid|session_id|sid|csrf|xsrf|oauth_?state|(one_?time|invite|invitation|reset|verification|verify|auth|login|confirm|confirmation|access|sms|otp|recovery|backup|mfa|totp|activation)_?codes?)$"))
([(function_declaration name: (identifier) @name body: (statement_block [(return_statement (_) @sink.secret)
                                                                         (_ (statement_block (return_statement (_) @sink.secret)))]))
  (method_definition name: (property_identifier) @name body: (statement_block [(return_statement (_) @sink.secret)
                                                                               (_ (statement_block (return_statement (_) @sink.secret)))]))]
  (#match? @name "(?i)(token|secret|password|passwd|nonce|salt|otp|pin|apikey|api_key|sessionid|session_id|sid|csrf|xsrf|oauth_?state|(one_?time|invite|invitation|reset|verification|verify|auth|login|confirm|confirmation|access|sms|otp|recovery|backup|mfa|totp|activation)_?codes?)$"))

; Sanitizers: numbers, booleans and lengths are safe everywhere.
((call_expression function: (identifier) @function) @sanitizer
  (#any-of? @function "Number" "parseInt" "parseFloat" "Boolean" "isNaN" "isFinite" "BigInt"))
((call_expression function: (member_expression object: (identifier) @object)) @sanitizer
  (#any-of? @object "Number" "Math"))
((member_expression property: (property_identifier) @field) @sanitizer (#eq? @field "length"))
(unary_expression) @sanitizer
; A function or class value is code, not data: reading request data inside its body does not make
; the function itself untrusted (`setTimeout(render, 0)`, `handlers = { onLoad() { ... } }`).
[(function_expression) (arrow_function) (generator_function) (method_definition) (class)] @sanitizer
(ternary_expression condition: (_) @sanitizer)
; What a query returned is the database's rows, not the text it was built from (mssql's `recordset`,
; node-postgres's `rows`, mysql's `affectedRows`).
((member_expression property: (property_identifier) @field) @sanitizer
  (#any-of? @field "recordset" "recordsets" "rows" "rowCount" "rowsAffected" "affectedRows" "insertId" "changedRows"))
; Records looked up with request data are the database's, not the request's: ORM finders
; (`User.findOne({ email })`, `findByPk`, Prisma's `findUnique`) and helpers named for a lookup by
; a key (`productBySku(sku)`, `findUserByEmail(email)`, `findPlan(id)`, `lookupTenant(host)`).
((call_expression function: (member_expression property: (property_identifier) @method)) @sanitizer
  (#any-of? @method "findOne" "findById" "findByPk" "findUnique" "findFirst" "findOneBy" "findOneOrFail"
                    "findUniqueOrThrow" "findFirstOrThrow"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer
  (#match? @function "^([a-z][A-Za-z0-9]*By[A-Z][A-Za-z0-9]*|(find|lookup|lookUp)[A-Z][A-Za-z0-9]*)$")
  ; (Not a helper building text named for its use: `lookupScript(host)`, `findQuery(q)`.)
  (#not-match? @function "(Script|Command|Cmd|Query|Sql|SQL|Expr|Expression|Path|Url|URL|Uri|Filter|Html|HTML|Template|Pattern|Regex|RegExp|XPath|Xpath|Dn|DN|Line)s?$"))
; ... and `find` given a key or a filter rather than a callback (`this.coupons.find(dto.code)`,
; `Order.find({ owner })`): what comes back is stored records.
((call_expression function: (member_expression property: (property_identifier) @method)
                  arguments: (arguments . [(member_expression) (subscript_expression) (object) (string) (template_string)])) @sanitizer
  (#eq? @method "find"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer
  (#any-of? @function "authenticate" "verifyPassword" "checkPassword" "verifyLogin" "verifyCredentials" "checkCredentials"
                      "login" "logIn" "signIn" "authenticateUser"))
((call_expression function: (member_expression property: (property_identifier) @method)) @sanitizer
  (#any-of? @method "has" "includes" "test" "startsWith" "endsWith" "indexOf" "lastIndexOf" "some" "every"
                    "isValid" "isSafe"))
(binary_expression operator: ["===" "!==" "==" "!=" "<" ">" "<=" ">=" "instanceof" "in"]) @sanitizer
; A URL that starts with a fixed `scheme://host/`, or with a constant base followed by a path
; (`${API_BASE}/users/${id}`), keeps the user's part out of the scheme and host.
((template_string) @sanitizer.url
  (#match? @sanitizer.url "^`(https?://[^/$`]+/|\\$\\{[A-Z][A-Z0-9_]*\\}/)"))
((binary_expression
   left: [(string) @prefix
          (binary_expression left: [(string) @prefix (binary_expression left: (string) @prefix)])]) @sanitizer.url
  (#match? @prefix "^['\"]https?://[^/'\"]+/"))
((binary_expression
   left: [(binary_expression left: (identifier) @base right: (string) @path)
          (binary_expression left: (binary_expression left: (identifier) @base right: (string) @path))]) @sanitizer.url
  (#match? @base "^[A-Z][A-Z0-9_]*$") (#match? @path "^['\"]/"))
; A module constant's lookup table (`FEEDS[name]`, `SERVICES.get(key)`) returns its own values,
; whatever the key.
((subscript_expression object: (identifier) @table index: (_) @sanitizer)
  (#match? @table "^[A-Z][A-Z0-9_]*$"))
((call_expression function: (member_expression object: (identifier) @table property: (property_identifier) @method)
                  arguments: (arguments . (_) @sanitizer .))
  (#eq? @method "get") (#match? @table "^[A-Z][A-Z0-9_]*$"))
; ... and so does a literal table looked up in place (`({ asc: "ASC", desc: "DESC" })[dir]`).
(subscript_expression object: [(object) (parenthesized_expression (object))] index: (_) @sanitizer)
; React: `useMemo(() => value, deps)` is the callback's value; `const [html, setHtml] = useState()`
; then `setHtml(x)` (in an effect or a handler) puts x in `html`.
((call_expression function: [(identifier) @hook (member_expression property: (property_identifier) @hook)]
                  arguments: (arguments . (arrow_function body: (_) @passes.value))) @passes
  (#eq? @hook "useMemo"))
; `items.map((x) => basename(x))` is what the callback returns for each element, not the array.
((call_expression function: (member_expression property: (property_identifier) @method)
                  arguments: (arguments . (arrow_function body: [(call_expression) (template_string) (binary_expression) (identifier)
                                                                 (member_expression) (subscript_expression) (ternary_expression)
                                                                 (parenthesized_expression) (string) (number)] @passes.value))) @passes
  (#any-of? @method "map" "flatMap"))
((variable_declarator
   name: (array_pattern . (identifier) @setter.state . (identifier) @setter.function)
   value: (call_expression function: [(identifier) @hook (member_expression property: (property_identifier) @hook)]))
  (#eq? @hook "useState"))
((call_expression function: (identifier) @setter.call arguments: (arguments . (_) @setter.argument))
  (#match? @setter.call "^set[A-Z]"))
; ... and the others for their kind of sink.
((call_expression function: (member_expression property: (property_identifier) @function)) @sanitizer.sql
  (#any-of? @function "escape" "escapeId" "escapeLiteral" "escapeIdentifier"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.shell
  (#any-of? @function "quote" "shellescape" "shellEscape" "escapeShellArg"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.html
  (#any-of? @function "sanitize" "sanitizeHtml" "escape" "escapeHtml" "escapeHTML" "htmlEscape" "escapeXml" "escapeExpression"
                      "encodeURIComponent" "xss" "filterXSS"))
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @function)) @sanitizer.html
  (#any-of? @object "he" "entities") (#any-of? @function "encode" "escape" "encodeHTML" "encodeXML"))
; Escaping done by hand (`s.replace(/</g, "&lt;")`, so that a helper returning it escapes), and a
; project's escaping helpers imported from its other modules, by their names (`htmlEncode`,
; `escapeForHtml`, `sanitizeMarkup`).
((call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) . (string) @entity)) @sanitizer.html
  (#any-of? @method "replace" "replaceAll") (#match? @entity "&lt;|&#60;|&#x3[cC];"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.html
  (#match? @function "^_?((html|xml|Html|Xml)(Escape|Encode|Quote|Sanitize|Safe)|(escape|encode|sanitize|clean)(Html|HTML|Xml|XML|Markup|ForHtml|ForHTML)|esc)$"))
; serialize-javascript's `serialize(state)` escapes `<`, `>` and `/` for embedding in a page.
((call_expression function: (identifier) @function) @sanitizer.html
  (#eq? @function "serialize"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.path
  (#any-of? @function "basename" "sanitizeFilename"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.url
  (#any-of? @function "encodeURIComponent" "escape"))

; Guards (see Sources/CodePalAnalysis/Lint/TaintGuards.swift): checks after which a value is safe.
; A `try` with a `catch` and no `finally` is a conditional without a condition: after it, a variable
; holds what the body left or what the handler left, nothing when the handler leaves.
(try_statement body: (statement_block) @guard.then handler: (catch_clause body: (statement_block) @guard.else) !finalizer) @guard
(if_statement condition: (_) @guard.condition consequence: (_) @guard.then) @guard
(if_statement alternative: (else_clause (_) @guard.else)) @guard
(ternary_expression condition: (_) @guard.condition consequence: (_) @guard.then alternative: (_) @guard.else) @guard
[(return_statement) (throw_statement) (continue_statement) (break_statement)] @guard.exit
((expression_statement
   (call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method))) @guard.exit
  (#eq? @object "process") (#eq? @method "exit"))
; Koa's `ctx.throw(403)` throws an HTTP error.
((expression_statement
   (call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method))) @guard.exit
  (#eq? @object "ctx") (#eq? @method "throw"))
(unary_expression operator: "!" argument: (_) @guard.operand) @guard.not
(binary_expression left: (_) @guard.operand operator: "&&" right: (_) @guard.operand) @guard.and
(binary_expression left: (_) @guard.operand operator: "||" right: (_) @guard.operand) @guard.or
(parenthesized_expression (_) @guard.operand) @guard.and
; What a check of a value also checks: a URL's host or origin, `String(x)`, `x.toLowerCase()`.
((member_expression object: (_) @guard.through property: (property_identifier) @field)
  (#any-of? @field "hostname" "host" "origin"))
(parenthesized_expression (_) @guard.through)
(await_expression (_) @guard.through)
((call_expression function: (identifier) @function arguments: (arguments . (_) @guard.through .) @guard.through)
  (#eq? @function "String"))
((call_expression function: (member_expression object: (_) @guard.through property: (property_identifier) @method) @guard.through)
  (#any-of? @method "toLowerCase" "trim" "normalize"))
; URL parsers and path normalisers: checking their result checks their input.
((new_expression constructor: (identifier) @class) @guard.parse (#eq? @class "URL"))
((call_expression function: (member_expression object: (identifier) @object property: (property_identifier) @method)) @guard.parse
  (#any-of? @object "url" "URL") (#eq? @method "parse"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @guard.normalize
  (#any-of? @function "resolve" "normalize" "join" "relative" "realpath" "realpathSync"))
; ... also with a fixed suffix pasted after it (`path.resolve(ROOT, ...parts) + ".md"`): a constant
; ending adds no `..`.
((binary_expression
   left: (call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)])
   operator: "+"
   right: (string)) @guard.normalize
  (#any-of? @function "resolve" "normalize" "realpath" "realpathSync"))
; `ALLOWED.includes(x)`, `ALLOWED.has(x)` (a literal argument is a substring test on the
; receiver: `url.includes("example.com")` proves nothing), `x in MAP`, `Object.hasOwn(MAP, x)`,
; `ALLOWED.indexOf(x) !== -1`, `x === y`, `x !== y`.
((call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) @guard.subject)) @guard.safe
  (#any-of? @method "includes" "has")
  (#not-match? @guard.subject "^['\"`]"))
((call_expression function: (_) @function arguments: (arguments (_) @guard.subject .)) @guard.safe
  (#match? @function "(^Object\\.hasOwn|\\.hasOwnProperty|\\.hasOwnProperty\\.call)$"))
(binary_expression left: (_) @guard.subject operator: "in") @guard.safe
((binary_expression
   left: (call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) @guard.subject))
   operator: ["!==" "!=" ">"] right: (_) @bound) @guard.safe
  (#eq? @method "indexOf") (#eq? @bound "-1"))
((binary_expression
   left: (call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) @guard.subject))
   operator: ["===" "=="] right: (_) @bound) @guard.unsafe
  (#eq? @method "indexOf") (#eq? @bound "-1"))
(binary_expression left: (_) @guard.subject operator: ["===" "=="] right: (_) @guard.subject) @guard.safe
(binary_expression left: (_) @guard.subject operator: ["!==" "!="] right: (_) @guard.subject) @guard.unsafe
; `name.includes("..")`: a file name without `..` stays in a folder it is pasted after or joined to
; (`ROOT + "/" + name`, `${ROOT}/${name}`, `path.join(ROOT, name)`: Node's join keeps an absolute
; part under the folder), not in one it is resolved against (`path.resolve(ROOT, "/etc/passwd")` is
; `/etc/passwd`), nor when it is the whole path: the kind `prefixed` counts only at `@prefixed` uses.
; A normalised path under a base folder is safe (`path.resolve(base, p).startsWith(base)`,
; `!path.relative(base, p).startsWith("..")`).
((binary_expression left: (string) @folder operator: "+" right: (identifier) @prefixed)
  (#match? @folder "^['\"][^'\"]+[/\\\\]['\"]$"))
((binary_expression left: (binary_expression right: (string) @folder) operator: "+" right: (identifier) @prefixed)
  (#match? @folder "[/\\\\]['\"]$"))
((template_string . (template_substitution) (template_substitution (identifier) @prefixed)) @template
  (#match? @template "^`(\\$\\{[^}]*\\})([^$`]*/\\$\\{[^}]*\\})+[^$`]*`$"))
((template_string (template_substitution (identifier) @prefixed)) @template
  (#match? @template "^`[^$`]+/\\$\\{[^}]*\\}([^$`]*/\\$\\{[^}]*\\})*[^$`]*`$"))
((call_expression function: (member_expression object: (identifier) @module property: (property_identifier) @join)
                  arguments: (arguments (_) [(identifier) @prefixed
                                             (template_string (template_substitution (identifier) @prefixed))
                                             (binary_expression left: (identifier) @prefixed)
                                             (binary_expression right: (identifier) @prefixed)]))
  (#eq? @module "path") (#eq? @join "join"))
((call_expression function: (member_expression object: (_) @guard.subject property: (property_identifier) @method)
                  arguments: (arguments . (string) @dots)) @guard.unsafe.prefixed
  (#eq? @method "includes") (#match? @dots "^['\"]\\.\\.[/\\\\]*['\"]$"))
((call_expression function: (member_expression object: (_) @guard.subject.normalized property: (property_identifier) @method)
                  arguments: (arguments . (string) @dots)) @guard.unsafe.path
  (#eq? @method "startsWith") (#match? @dots "^['\"]\\.\\.[/\\\\]*['\"]$"))
((call_expression function: (member_expression object: (_) @guard.subject.normalized property: (property_identifier) @method)
                  arguments: (arguments . (_) @prefix)) @guard.safe.path
  (#eq? @method "startsWith") (#not-match? @prefix "^['\"`]\\.\\."))
; A URL under a fixed `scheme://host/` (or a constant prefix) cannot reach another host.
((call_expression function: (member_expression object: (_) @guard.subject property: (property_identifier) @method)
                  arguments: (arguments . [(string) (identifier) (member_expression)] @prefix)) @guard.safe.url
  (#eq? @method "startsWith")
  (#match? @prefix "^(['\"]https?://[^/'\"]+/|([A-Za-z_$]+\\.)*[A-Z][A-Z0-9_]*$)"))
; A path on this site: `u.startsWith("/") && !u.startsWith("//")`, and its negation with `||`;
; `//evil.example` is another host, so `startsWith("/")` alone proves nothing.
((binary_expression
   left: (call_expression function: (member_expression object: (_) @guard.subject property: (property_identifier) @first)
                          arguments: (arguments . (string) @slash .))
   operator: "&&"
   right: (unary_expression operator: "!" argument: (call_expression function: (member_expression object: (_) @other property: (property_identifier) @second)
                                                                      arguments: (arguments . (string) @double .)))) @guard.safe.url
  (#eq? @first "startsWith") (#eq? @second "startsWith") (#eq? @guard.subject @other)
  (#match? @slash "^['\"]/['\"]$") (#match? @double "^['\"]//['\"]$"))
((binary_expression
   left: (unary_expression operator: "!" argument: (call_expression function: (member_expression object: (_) @guard.subject property: (property_identifier) @first)
                                                                     arguments: (arguments . (string) @slash .)))
   operator: "||"
   right: (call_expression function: (member_expression object: (_) @other property: (property_identifier) @second)
                           arguments: (arguments . (string) @double .))) @guard.unsafe.url
  (#eq? @first "startsWith") (#eq? @second "startsWith") (#eq? @guard.subject @other)
  (#match? @slash "^['\"]/['\"]$") (#match? @double "^['\"]//['\"]$"))
; ... also inside a longer chain of `||` checks, which JavaScript nests to the left:
; `typeof v !== "string" || !v.startsWith("/") || v.startsWith("//") || v.includes("\\")`.
((binary_expression
   left: (binary_expression
           operator: "||"
           right: (unary_expression operator: "!" argument: (call_expression function: (member_expression object: (_) @guard.subject property: (property_identifier) @first)
                                                                             arguments: (arguments . (string) @slash .))))
   operator: "||"
   right: (call_expression function: (member_expression object: (_) @other property: (property_identifier) @second)
                           arguments: (arguments . (string) @double .))) @guard.unsafe.url
  (#eq? @first "startsWith") (#eq? @second "startsWith") (#eq? @guard.subject @other)
  (#match? @slash "^['\"]/['\"]$") (#match? @double "^['\"]//['\"]$"))
; A host name under one domain: `new URL(u).hostname.endsWith(".example.com")` (the leading dot
; keeps out `evilexample.com`; on a whole URL, a suffix proves nothing).
((call_expression
   function: (member_expression object: (member_expression property: (property_identifier) @field) @guard.subject
                                property: (property_identifier) @method)
   arguments: (arguments . (string) @suffix)) @guard.safe.url
  (#eq? @method "endsWith") (#any-of? @field "hostname" "host")
  (#match? @suffix "^['\"]\\.[^'\"]+['\"]$"))
; (A validating pattern kept in a constant, `UID_RE.test(uid)`: with the patterns below.)
; The folder of a normalised path compared with the base: `path.dirname(dest) === assets` (and
; `!==` then leave) keeps `dest` directly inside it.
((binary_expression
   left: (call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) @guard.subject.normalized .))
   operator: ["===" "=="]) @guard.safe.path
  (#eq? @method "dirname"))
((binary_expression
   left: (call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . (_) @guard.subject.normalized .))
   operator: ["!==" "!="]) @guard.unsafe.path
  (#eq? @method "dirname"))
; Validation by pattern: `/^[a-z0-9_-]+$/.test(name)` or `name.match(/^\d+$/)`, anchored at both
; ends with no `.` (any character, or a dot of `..`) in the pattern, and validator.js's checks of
; a whole value's form. What passes holds no quote, space, slash, dot or shell metacharacter.
((call_expression
   function: (member_expression object: (regex pattern: (regex_pattern) @pattern) property: (property_identifier) @method)
   arguments: (arguments . (_) @guard.subject)) @guard.safe
  (#eq? @method "test") (#match? @pattern "^\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dw])*\\$$"))
((call_expression
   function: (member_expression object: (_) @guard.subject property: (property_identifier) @method)
   arguments: (arguments . (regex pattern: (regex_pattern) @pattern))) @guard.safe
  (#eq? @method "match") (#match? @pattern "^\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dw])*\\$$"))
; ... and a pattern kept in a constant (`const SIZE_RE = /^\d{2,4}x\d{2,4}$/`, then
; `SIZE_RE.test(size) ? size : "200x200"`), which checks as its literal would (`/^.+$/` proves
; nothing); a constant the file does not declare (imported) counts by its name (TaintGuards).
(variable_declarator name: (identifier) @guard.named value: (regex)) @guard.named.declared
; A pattern that lets `.`, `/`, `:` or `@` through (`/^[a-z][a-z0-9._-]{0,31}$/`) still keeps out
; quotes, spaces, line breaks, brackets and `*`: safe where those are the danger.
((variable_declarator name: (identifier) @guard.named value: (regex pattern: (regex_pattern) @pattern))
  @guard.named.safe.shell @guard.named.safe.sql @guard.named.safe.ldap @guard.named.safe.log
  @guard.named.safe.nosql @guard.named.safe.html
  (#match? @pattern "^\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_/:@-]|\\\\[dw.]|\\.(?=[^\\]]*\\]))*\\$$"))
((variable_declarator name: (identifier) @guard.named value: (regex pattern: (regex_pattern) @pattern)) @guard.named.safe
  (#match? @pattern "^\\^([\\^$\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dw])*\\$$"))
; A function of the file that answers whether its argument is in an allow-list, as a TypeScript
; type guard does (`function isCurrency(v: unknown): v is Currency { return typeof v === "string" &&
; CURRENCIES.includes(v); }`): calling it checks as the membership test would.
((function_declaration name: (identifier) @guard.named
   body: (statement_block . (return_statement (_) @check) .)) @guard.named.safe
  (#match? @check "\\.(includes|has)\\(\\s*[\\w$]+(\\s+as\\s+[\\w$.\\[\\]]+)?\\s*\\)$"))
((variable_declarator name: (identifier) @guard.named value: (arrow_function body: (_) @check)) @guard.named.safe
  (#match? @check "^[^{][^\\n]*\\.(includes|has)\\(\\s*[\\w$]+(\\s+as\\s+[\\w$.\\[\\]]+)?\\s*\\)$"))
((call_expression function: (identifier) @guard.by.name arguments: (arguments . (_) @guard.subject)) @guard.by)
((call_expression
   function: (member_expression object: (identifier) @guard.by.name @guard.by.constant property: (property_identifier) @method)
   arguments: (arguments . (_) @guard.subject)) @guard.by
  (#eq? @method "test"))
((call_expression
   function: (member_expression object: (identifier) @object property: (property_identifier) @method)
   arguments: (arguments . (_) @guard.subject)) @guard.safe
  (#eq? @object "validator")
  (#any-of? @method "isAlphanumeric" "isAlpha" "isNumeric" "isInt" "isUUID" "isHexadecimal" "isMongoId" "isSlug"))
; Validators named for what they check: `isSafeUrl(u)`, `isAllowedHost(h)`, `isPathInside(p, root)`.
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]
                  arguments: (arguments (_) @guard.subject)) @guard.safe.url
  (#match? @function "^((is|check)?(Safe|Allowed|Trusted|Whitelisted|Permitted|Local|Internal|SameOrigin)(Url|URL|Uri|URI|Host|Hostname|Domain|Origin|Redirect|RedirectUrl|Next|NextUrl|Target|Destination|Location)|isSameOrigin)$"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]
                  arguments: (arguments (_) @guard.subject)) @guard.safe.path
  (#match? @function "^((is|check)?(Safe|Allowed)(Path|File|Filename|FileName|FilePath)|isPathInside|pathIsInside|isInside|isSubPath|isSubpath|isWithinDirectory)$"))

; Conditionals whose condition may be constant (`if (false)`, `if (DEBUG)` with `const DEBUG =
; false` the only assignment): the arm that cannot run carries no taint (ConstantConditions).
(if_statement
  condition: (parenthesized_expression [(true) (false) (null) (undefined) (number) (identifier) (unary_expression)])
             @constant.condition
  consequence: (_) @constant.then) @constant
(if_statement
  condition: (parenthesized_expression [(true) (false) (null) (undefined) (number) (identifier) (unary_expression)])
             @constant.condition
  alternative: (else_clause (_) @constant.else)) @constant

; The file's functions and calls of them by name, for taint that crosses a call (TaintCalls).
(function_declaration name: (identifier) @function.name parameters: (formal_parameters) @function.parameters) @function
(variable_declarator
  name: (identifier) @function.name
  value: [(arrow_function parameters: (formal_parameters) @function.parameters)
          (function_expression parameters: (formal_parameters) @function.parameters)]) @function
(return_statement (_) @function.return)
; ... and what an arrow function kept under a name returns without braces
; (`const bannerHtml = () => `<b>${name}</b>``).
(variable_declarator
  value: (arrow_function body: [(template_string) (binary_expression) (call_expression) (member_expression) (identifier)
                                (ternary_expression) (parenthesized_expression) (string) (subscript_expression)
                                (await_expression) (object) (array)] @function.return))
(call_expression function: (identifier) @call.function arguments: (arguments) @call.arguments)
; A function of the file passed by name to an array method runs on each element:
; `links.map(unfurl)` is `unfurl(link)` for each link (the array stands first among the "arguments").
((call_expression
   function: (member_expression property: (property_identifier) @method) @call.arguments
   arguments: (arguments . (identifier) @call.function .))
  (#any-of? @method "map" "forEach" "flatMap" "filter" "some" "every" "find"))
; `new Search(req.query.q)` runs `constructor(term)`.
(new_expression constructor: (identifier) @call.function arguments: (arguments) @call.arguments)
((class_declaration
   name: (identifier) @constructor.class
   body: (class_body (method_definition name: (property_identifier) @init parameters: (formal_parameters) @constructor.parameters) @constructor))
  (#eq? @init "constructor"))

; Methods called on their own object: `this.search(term)` runs `search(term)` (bound by name when
; one method of the file has it).
(method_definition name: (property_identifier) @method.name parameters: (formal_parameters) @method.parameters) @method
(call_expression function: (member_expression object: (this) property: (property_identifier) @call.method) arguments: (arguments) @call.arguments)
; ... and on an object of a class of the file (`const repo = new UserRepo(db)`, then
; `repo.find(name)` in a route): kept when the receiver is so assigned somewhere in the file.
(call_expression function: (member_expression object: (identifier) @call.instance property: (property_identifier) @call.method) arguments: (arguments) @call.arguments)
; ... or made in place, builders included: `new ListingQuery().brand(b).text()`.
(call_expression function: (member_expression object: [(new_expression) (call_expression)] @call.instance property: (property_identifier) @call.method) arguments: (arguments) @call.arguments)
(class_declaration name: (identifier) @class.name)

; Arguments that have no position (TaintSinkPlacement: a pattern's count of arguments).
(spread_element) @argument.unpositioned

; Fields: `this.term = req.query.q` in one method taints `this.term` in every method of the class.
[(class_declaration) (class)] @field.class
(member_expression object: (this) property: (property_identifier) @field.name) @field
; ... and of an ES5 constructor function in every function put on its prototype: `function
; Webhook(s) { this.url = s.url; }` then `Webhook.prototype.ping = function () { ... this.url ... }`.
(function_declaration name: (identifier) @field.class.name) @field.class
((assignment_expression
   left: (member_expression object: (member_expression object: (identifier) @field.class.name property: (property_identifier) @prototype))
   right: [(function_expression) (arrow_function)] @field.class)
  (#eq? @prototype "prototype"))
((assignment_expression
   left: (member_expression object: (identifier) @field.class.name property: (property_identifier) @prototype)
   right: (object) @field.class)
  (#eq? @prototype "prototype"))

; Sanitizer kinds of the classes in rules/ldap.yml, redos.yml, logging.yml and nosql.yml
; (javascript and typescript keep this block in step).
; ldap: escaping helpers (ldap-escape's `ldapEscape.filter` tag, `escapeFilter`, ldapjs filter objects).
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.ldap
  (#match? @function "^(escape(LDAP|Ldap)?(Filter|DN|Dn)(Value)?|(ldap|LDAP)?[eE]scape(LDAP|Ldap)?|escapeLdap\\w*|ldapEscape\\w*|filter|dn|(ldap|LDAP)(Filter|DN|Dn))$"))
((new_expression constructor: [(identifier) @class (member_expression property: (property_identifier) @class)]) @sanitizer.ldap
  (#match? @class "Filter$"))
; regex: escaping helpers (lodash's `escapeRegExp`, escape-string-regexp, `RegExp.escape`) and the
; usual `s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")`.
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.regex
  (#match? @function "^(escape(String)?Reg(Exp|ex|exp)|escapeRegExpChars|regexEscape|escapeRegexp?|quotemeta|escape)$"))
((call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . [(regex) (new_expression)] . (string) @with)) @sanitizer.regex
  (#any-of? @method "replace" "replaceAll") (#match? @with "\\$&"))
; A pattern built from the data is reported where it is built (`new RegExp(term)`): the RegExp
; it makes is not reported again where it is used (`text.match(re)`).
([(new_expression constructor: (identifier) @class) (call_expression function: (identifier) @class)] @sanitizer.regex
  (#eq? @class "RegExp"))
; log: line breaks removed or escaped, so one entry cannot pose as two.
((call_expression function: (member_expression property: (property_identifier) @method) arguments: (arguments . [(regex) (string)] @pattern)) @sanitizer.log
  (#any-of? @method "replace" "replaceAll") (#match? @pattern "\\\\[rns]"))
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.log
  (#any-of? @function "stringify" "encodeURIComponent" "encodeURI" "inspect"))
; nosql: a value checked to be a string or a number (`if (typeof email !== "string") return ...`)
; cannot be an operator object.
((binary_expression left: (unary_expression operator: "typeof" argument: (_) @guard.subject) operator: ["===" "=="] right: (string) @type) @guard.safe.nosql
  (#match? @type "^['\"](string|number|boolean)['\"]$"))
((binary_expression left: (unary_expression operator: "typeof" argument: (_) @guard.subject) operator: ["!==" "!="] right: (string) @type) @guard.unsafe.nosql
  (#match? @type "^['\"](string|number|boolean)['\"]$"))
; nosql: data a schema library parsed has the schema's shape (zod's `Patch.safeParse(req.body)`
; then `parsed.data`, `schema.parse(...)`, Joi's `schema.validate(...)`), strings where it says
; strings; `JSON.parse` and `qs.parse` are parsers, not schemas.
((call_expression function: (member_expression property: (property_identifier) @method)) @sanitizer.nosql
  (#any-of? @method "safeParse" "safeParseAsync" "parseAsync"))
((call_expression function: (member_expression object: (identifier) @schema property: (property_identifier) @method)) @sanitizer.nosql
  (#any-of? @method "parse" "validate" "validateAsync")
  (#match? @schema "^[A-Z][A-Za-z0-9]*$|[sS]chema$|[vV]alidator$")
  (#not-any-of? @schema "JSON" "URL" "Date" "Number" "BigInt"))
; nosql: a string cannot carry a query operator (`{ "$ne": null }`); mongo-sanitize drops `$` keys.
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.nosql
  (#any-of? @function "String" "sanitize" "toString" "ObjectId" "trim" "toLowerCase" "toUpperCase" "escape"))

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter is a value whose origin this file does not check, whoever calls the function (a
; framework no rule names, a queue, a message handler): untrusted only in the analysis of those rules.
(formal_parameters [(identifier) @unchecked
                    (assignment_pattern left: (identifier) @unchecked)
                    (object_pattern (shorthand_property_identifier_pattern) @unchecked)
                    (object_pattern (pair_pattern value: (identifier) @unchecked))
                    (object_pattern (object_assignment_pattern left: (shorthand_property_identifier_pattern) @unchecked))
                    (rest_pattern (identifier) @unchecked)])
(arrow_function parameter: (identifier) @unchecked)
; ... except those an array method fills: the element (which holds what the array holds, a flow
; above) and its index.
((call_expression
   function: (member_expression property: (property_identifier) @method)
   arguments: (arguments . [(arrow_function parameters: (formal_parameters [(identifier) @checked (object_pattern (shorthand_property_identifier_pattern) @checked) (object_pattern (pair_pattern value: (identifier) @checked))]))
                            (arrow_function parameter: (identifier) @checked)
                            (function_expression parameters: (formal_parameters [(identifier) @checked (object_pattern (shorthand_property_identifier_pattern) @checked) (object_pattern (pair_pattern value: (identifier) @checked))]))]))
  (#any-of? @method "map" "forEach" "flatMap" "filter" "some" "every" "find" "findIndex" "reduce" "sort"))
; A file read by name holds the file's contents, not the name: a template or a script loaded
; from `../messages/${name}.txt` is not built from `name` (the path is the path rules' concern).
((call_expression function: [(identifier) @function (member_expression property: (property_identifier) @function)]) @sanitizer.template @sanitizer.code
  (#any-of? @function "readFileSync" "readFile"))
; Text put together from parts: concatenation, template literals, `join` and `concat`. A tagged
; template (`sql\`... ${id}\``) is the tag's to quote: it is a sanitizer of the kinds that use it.
(binary_expression left: (_) @built.part operator: "+" right: (_) @built.part) @built
(template_string (template_substitution (_) @built.part)) @built
((call_expression function: (member_expression object: (_) @built.part property: (property_identifier) @method)) @built
  (#eq? @method "join"))
((call_expression function: (member_expression object: (_) @built.part property: (property_identifier) @method)
                  arguments: (arguments (_) @built.part)) @built
  (#eq? @method "concat"))
; (Not `String.raw`, `Prisma.raw`, `sql.unsafe`: tags named so paste the text as it is.)
((call_expression function: (_) @tag arguments: (template_string)) @sanitizer.sql @sanitizer.shell @sanitizer.html
  (#not-match? @tag "(?i)raw|unsafe"))
