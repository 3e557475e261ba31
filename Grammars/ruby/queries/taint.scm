; Taint tracking data (see Sources/CodePalAnalysis/Lint/TaintAnalysis.swift for the roles).
;
; Sanitizer kinds that say where data comes from rather than what cleans it (as in Python and Go):
;   @sanitizer.cli  the command line and standard input (`ARGV`, `gets`), @sanitizer.env  the
;   environment (`ENV`): set by whoever runs the program. Injection rules (SQL, shell, code)
;   count them; HTML and redirect rules do not.

[(method) (singleton_method) (lambda) (block) (do_block)] @scope
; A block or lambda writes the variables of the method around it (`out << row`, `sql += part`
; inside `each do ... end`): an assignment there to a name the method already holds is the method's.
[(lambda) (block) (do_block)] @scope.closure
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
; `options[:source] = dir` puts the value into the hash or array the local holds (also from a
; block: `opts.on("--source DIR") { |dir| options[:source] = dir }`). (The session is a field below.)
((assignment left: (element_reference object: (identifier) @_object) @target right: (_) @value) @update
  (#not-eq? @_object "session"))
(binary left: [(identifier) (instance_variable)] @target operator: "<<" right: (_) @value) @update
; `sql << " WHERE sku = '" << sku << "'"`: a chain of `<<` appends every operand to its first.
(binary left: (binary left: [(identifier) (instance_variable)] @target operator: "<<") operator: "<<" right: (_) @value) @update
(binary left: (binary left: (binary left: [(identifier) (instance_variable)] @target operator: "<<") operator: "<<") operator: "<<" right: (_) @value) @update
((call receiver: [(identifier) (instance_variable)] @target method: (identifier) @method arguments: (argument_list (_) @value)) @update
  (#any-of? @method "concat" "push" "append" "prepend" "insert" "unshift" "merge!" "update" "store" "replace"))
; Block parameters see the collection the block walks (`params[:ids].each { |id| ... }`).
; (Not a handler registered by name, whose parameters are what arrives, nor OptionParser's switch,
; whose value is the command line's: see the sources below.)
((call receiver: (_) @value method: (identifier) @walk block: (block parameters: (block_parameters (identifier) @target @assign)))
  (#not-any-of? @walk "command" "on" "message" "hears" "handle" "listen" "subscribe" "mention" "reaction_add" "slash_command"))
((call receiver: (_) @value method: (identifier) @walk arguments: (argument_list . (_) @first) block: (block parameters: (block_parameters (identifier) @target @assign)))
  (#any-of? @walk "command" "on" "message" "hears" "handle" "listen" "subscribe" "mention" "reaction_add" "slash_command") (#not-match? @first "^:") (#not-match? @first "^[\"']--?[A-Za-z]"))
((call receiver: (_) @value method: (identifier) @walk block: (do_block parameters: (block_parameters (identifier) @target @assign)))
  (#not-any-of? @walk "command" "on" "message" "hears" "handle" "listen" "subscribe" "mention" "reaction_add" "slash_command"))
((call receiver: (_) @value method: (identifier) @walk arguments: (argument_list . (_) @first) block: (do_block parameters: (block_parameters (identifier) @target @assign)))
  (#any-of? @walk "command" "on" "message" "hears" "handle" "listen" "subscribe" "mention" "reaction_add" "slash_command") (#not-match? @first "^:") (#not-match? @first "^[\"']--?[A-Za-z]"))
(for pattern: (_) @target @assign value: (in (_) @value))
; `xs.map { |x| f(x) }` is worth what its block returns, not the collection (the block's parameter
; already carries the collection's taint): `ids.map { |c| Integer(c, 10) }` holds numbers.
((call method: (identifier) @method block: [(block body: (block_body (_) @passes.value .))
                                             (do_block body: (body_statement (_) @passes.value .))]) @passes
  (#any-of? @method "map" "collect" "flat_map" "collect_concat" "filter_map" "sum"))

; Sources: Rails and Sinatra request data, the command line, standard input and the environment.
; `params[:id]`, `params.require(:user)`, `cookies[:token]`: Rails' request methods, read as such
; (a plain local named `params`, as in `def set_params(params)`, is not one).
((element_reference object: (identifier) @object) @source
  (#any-of? @object "params" "cookies")
  (#not-match? @source "^[a-z]+\\[\\s*-?[0-9]"))
((call receiver: (identifier) @object method: (identifier) @method) @source
  (#any-of? @object "params" "cookies")
  (#any-of? @method "require" "permit" "fetch" "dig" "get" "[]" "to_unsafe_h" "to_unsafe_hash" "to_h" "to_hash" "slice" "except" "values_at"
                    "values" "to_query" "signed" "encrypted" "permanent" "merge" "reject" "select" "filter" "without"
                    "transform_keys" "transform_values" "symbolize_keys" "deep_symbolize_keys" "with_indifferent_access"))
; Rake: `task :name, [:arg] do |t, args|`: the task's arguments come from whoever runs it.
(call
  method: (identifier) @task
  block: [(do_block parameters: (block_parameters (_) . (identifier) @source.parameter))
          (block parameters: (block_parameters (_) . (identifier) @source.parameter))]
  (#any-of? @task "task" "multitask"))
((call receiver: (identifier) @object method: (identifier) @method) @source
  (#eq? @object "request")
  (#any-of? @method "params" "parameters" "query_parameters" "request_parameters" "path_parameters" "GET" "POST"
                    "body" "raw_post" "query_string" "url" "original_url" "fullpath" "original_fullpath" "path" "path_info"
                    "referer" "referrer" "user_agent" "headers" "env" "cookies" "host" "query" "form_data?" "[]"
                    "get_header" "fetch_header"))
((element_reference object: (call receiver: (identifier) @object method: (identifier) @method)) @source
  (#eq? @object "request") (#any-of? @method "headers" "env" "cookies" "params"))
; Rack and Roda name the request `req` and `r` (`route do |r|`, `req = Rack::Request.new(env)`):
; the request's parameters, body, cookies and headers.
((call receiver: (identifier) @object method: (identifier) @method) @source
  (#any-of? @object "r" "req" "rack_request")
  (#any-of? @method "params" "GET" "POST" "body" "cookies" "referrer" "referer" "query_string" "path_info" "user_agent"
                    "url" "fullpath" "env" "get_header"))
; ... and read straight from the request made from the Rack environment, whatever names it
; (`Rack::Request.new(env).path_info`, `ActionDispatch::Request.new(env).params`).
((call
   receiver: (call receiver: [(constant) (scope_resolution)] @class method: (identifier) @new arguments: (argument_list . (identifier) @env .))
   method: (identifier) @method) @source
  (#match? @class "(^|::)Request$") (#eq? @new "new") (#eq? @env "env")
  (#any-of? @method "params" "GET" "POST" "body" "cookies" "referrer" "referer" "query_string" "path_info" "user_agent"
                    "url" "fullpath" "path" "get_header"))
; An upload's file name is the client's (Rack's and Rails' `UploadedFile#original_filename`, kept
; on the record by CarrierWave, Shrine and Active Storage-style models): wherever it is read, even
; back from the database by a job.
((call method: (identifier) @method) @source
  (#eq? @method "original_filename"))
; Thor: a command's arguments come from whoever runs it (`class Cli < Thor`, `def build(target)`).
(class
  superclass: (superclass [(constant) (scope_resolution)] @base)
  body: (body_statement
    (method parameters: (method_parameters [(identifier) @source.parameter (optional_parameter name: (identifier) @source.parameter)])))
  (#match? @base "^(Thor|Thor::Group)$"))
;
; Entry points whose parameters the client fills, whatever the framework's name (a family, not a
; library): GraphQL resolvers and mutations (graphql-ruby's `resolve(term:, ...)`, a type's field
; methods `def search(term:)`), ActionCable/AnyCable channel actions (`def speak(data)`).
(class
  superclass: (superclass [(constant) (scope_resolution)] @base)
  body: (body_statement
    (method
      name: (identifier) @resolve
      parameters: (method_parameters [(identifier) @source.parameter
                                      (keyword_parameter name: (identifier) @source.parameter)
                                      (optional_parameter name: (identifier) @source.parameter)
                                      (hash_splat_parameter name: (identifier) @source.parameter)])))
  (#match? @base "(?i)(mutation|resolver|subscription|^GraphQL::Schema::\\w+)$")
  (#eq? @resolve "resolve"))
(class
  superclass: (superclass [(constant) (scope_resolution)] @base)
  body: (body_statement
    (method parameters: (method_parameters (keyword_parameter name: (identifier) @source.parameter))))
  (#match? @base "(?i)(^|::)(Types::\\w+|Base(Object|Type|Query|Field|Resolver|Mutation|Subscription)|GraphQL::Schema::\\w+|QueryType|MutationType)$"))
(class
  superclass: (superclass [(constant) (scope_resolution)] @base)
  body: (body_statement
    (method
      name: (identifier) @action
      parameters: (method_parameters . (identifier) @source.parameter .)))
  (#match? @base "(^|::)(\\w*Channel|Channel::Base)$")
  (#any-of? @source.parameter "data" "payload" "message" "msg" "params")
  (#not-any-of? @action "subscribed" "unsubscribed" "initialize"))
; Serverless handlers: the event that invoked the function (AWS Lambda's
; `def handler(event:, context:)`, an API Gateway request in it), and what a Rack application or
; middleware reads of the request from its `env` (`env["QUERY_STRING"]`, `env["HTTP_X_FORWARDED_HOST"]`,
; `env["rack.input"]`; not the whole hash, which also holds the server's own values).
((method
   parameters: (method_parameters
     (keyword_parameter name: (identifier) @source.parameter)
     (keyword_parameter name: (identifier) @context)))
  (#eq? @source.parameter "event") (#eq? @context "context"))
((element_reference object: (identifier) @env . (string) @key .) @source
  (#eq? @env "env")
  (#match? @key "^[\"'](QUERY_STRING|PATH_INFO|REQUEST_URI|REQUEST_PATH|HTTP_[A-Z_]+|CONTENT_TYPE|rack\\.input|rack\\.request\\.[a-z_.]+)[\"']$"))
; OptionParser's switches hand their values to the block (`opts.on("--file FILE") { |v| ... }`):
; the command line.
((call
   receiver: (identifier)
   method: (identifier) @on
   arguments: (argument_list (string) @switch)
   block: [(block parameters: (block_parameters . (identifier) @source.parameter @sanitizer.cli))
           (do_block parameters: (block_parameters . (identifier) @source.parameter @sanitizer.cli))])
  (#eq? @on "on") (#match? @switch "^[\"']--?[A-Za-z]"))
; ... unless the switch converts or restricts its value: a type (`Integer`, `OptionParser::DecimalInteger`;
; not `String`), or a list or hash of the values it accepts (`opt.on("--format=NAME", formatters)`).
((call
   receiver: (identifier)
   method: (identifier) @on
   arguments: (argument_list (string) @switch [(scope_resolution) (array) (hash) (identifier)])
   block: [(block parameters: (block_parameters . (identifier) @sanitizer))
           (do_block parameters: (block_parameters . (identifier) @sanitizer))])
  (#eq? @on "on") (#match? @switch "^[\"']--?[A-Za-z]"))
((call
   receiver: (identifier)
   method: (identifier) @on
   arguments: (argument_list (string) @switch (constant) @type)
   block: [(block parameters: (block_parameters . (identifier) @sanitizer))
           (do_block parameters: (block_parameters . (identifier) @sanitizer))])
  (#eq? @on "on") (#match? @switch "^[\"']--?[A-Za-z]") (#not-eq? @type "String"))
; Messages from a queue or a stream, which other services or users publish: Kafka (Karafka's
; `message.payload`/`raw_payload`, rdkafka's and Racecar's `message.payload`/`value`), RabbitMQ
; (Sneakers' and Hutch's message body, Bunny's `subscribe` block), SQS and Pub/Sub (`body`, `data`),
; read from what the consumer was handed.
((call receiver: (identifier) @message method: (identifier) @part) @source
  (#match? @message "^(message|msg|kafka_message|sqs_message|sqs_msg|raw_message|incoming_message|delivery|envelope|received_message|event_message)$")
  (#any-of? @part "payload" "raw_payload" "value" "raw_value" "body" "raw_body" "data" "headers" "raw_headers" "attributes"))
; A consumer's entry method (`work(msg)`, `process(message)`, `consume(payload, metadata)`) in a
; class that is one by name or by what it includes (`include Sneakers::Worker`, `Hutch::Consumer`,
; `Phobos::Handler`; `class X < Racecar::Consumer`).
(class
  superclass: (superclass [(constant) (scope_resolution)] @base)
  body: (body_statement
    (method
      name: (identifier) @entry
      parameters: (method_parameters . (identifier) @source.parameter)))
  (#match? @base "(?i)(consumer|subscriber|listener|handler)$")
  (#any-of? @entry "work" "work_with_params" "process" "process_batch" "consume" "on_message" "handle_message" "receive_message"))
(class
  body: (body_statement
    (call method: (identifier) @include arguments: (argument_list . [(constant) (scope_resolution)] @module))
    (method
      name: (identifier) @entry
      parameters: (method_parameters . (identifier) @source.parameter)))
  (#eq? @include "include")
  (#match? @module "(?i)(consumer|subscriber|listener|handler|Sneakers::Worker|Shoryuken::Worker)$")
  (#any-of? @entry "work" "work_with_params" "process" "process_batch" "consume" "on_message" "handle_message" "receive_message"))
; A queue worker's `perform(sqs_msg, body)` (any library's `include ...::Worker`): every argument
; is the message's.
(class
  body: (body_statement
    (call method: (identifier) @include arguments: (argument_list . [(constant) (scope_resolution)] @module))
    (method
      name: (identifier) @entry
      parameters: (method_parameters (identifier) @source.parameter)))
  (#eq? @include "include")
  (#match? @module "(?i)(consumer|subscriber|listener|handler|worker)$")
  (#eq? @entry "perform"))
; A command-line command class of any framework (`class Archive < Dry::CLI::Command`,
; `< Hanami::CLI::Command`, `< Clamp::Command`): its `call`/`run`/`execute` receives the command
; line's arguments and options.
(class
  superclass: (superclass [(constant) (scope_resolution)] @base)
  body: (body_statement
    (method
      name: (identifier) @entry
      parameters: (method_parameters [(identifier) @source.parameter @sanitizer.cli
                                      (keyword_parameter name: (identifier) @source.parameter @sanitizer.cli)
                                      (optional_parameter name: (identifier) @source.parameter @sanitizer.cli)])))
  (#match? @base "(^|::)(\\w*Command|Command::Base|CLI::Command)$")
  (#any-of? @entry "call" "run" "execute"))
; A chat bot's or event bus's handler registered by name (`bot.command(:calc) do |event, *words|`,
; `client.on(:message) { |msg| ... }`): what the block is handed is what users sent. A string
; first (`opts.on("--file NAME") { |v| }`) is OptionParser's switch, above.
((call
   receiver: (_)
   method: (identifier) @register
   arguments: (argument_list . (simple_symbol))
   block: [(do_block parameters: (block_parameters (identifier) @source.parameter))
           (block parameters: (block_parameters (identifier) @source.parameter))])
  (#any-of? @register "command" "on" "message" "hears" "handle" "listen" "subscribe" "mention" "reaction_add" "slash_command"))
((call
   receiver: (_)
   method: (identifier) @register
   arguments: (argument_list . (simple_symbol))
   block: [(do_block parameters: (block_parameters (splat_parameter name: (identifier) @source.parameter)))
           (block parameters: (block_parameters (splat_parameter name: (identifier) @source.parameter)))])
  (#any-of? @register "command" "on" "message" "hears" "handle" "listen" "subscribe" "mention" "reaction_add" "slash_command"))
; Bunny's and March Hare's `queue.subscribe do |delivery_info, properties, body|`.
(call
  method: (identifier) @subscribe
  block: [(do_block parameters: (block_parameters (_) (_) (identifier) @source.parameter .))
          (block parameters: (block_parameters (_) (_) (identifier) @source.parameter .))]
  (#eq? @subscribe "subscribe"))
; A route's path captures (`on get, "products/:slug" do |slug|` in Cuba, `get "/posts/:id" do |id|`
; in Sinatra; Roda's and Cuba's class matchers `r.on "posts", String do |slug|`, and Cuba's
; `on param("q") do |q|`) are the URL's, handed to the route's block.
((call
   arguments: (argument_list (string) @path)
   block: [(do_block parameters: (block_parameters (identifier) @source.parameter))
           (block parameters: (block_parameters (identifier) @source.parameter))])
  (#match? @path "^[\"']([^\"']*/)?:[a-z_]"))
((call
   arguments: (argument_list [(constant) @matcher (call method: (identifier) @matcher)])
   block: [(do_block parameters: (block_parameters (identifier) @source.parameter))
           (block parameters: (block_parameters (identifier) @source.parameter))])
  (#any-of? @matcher "String" "param" "params" "extension"))
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
; (`Integer(x)` is a call whose method is a constant.)
((call !receiver method: [(identifier) (constant)] @function) @sanitizer
  (#any-of? @function "Integer" "Float" "Rational" "Complex"))
; A value clamped between two numbers is a number (`params[:limit].clamp(1, 500)`).
((call method: (identifier) @method arguments: (argument_list . [(integer) (float)] . [(integer) (float)] .)) @sanitizer
  (#eq? @method "clamp"))
; A record looked up by a value is the database's row, not the value (`Project.find(params[:id])`).
((call receiver: (constant) method: (identifier) @method) @sanitizer
  (#any-of? @method "find" "find_by" "find_by!" "find_by_id" "exists?" "where" "find_by_sql" "find_each" "all"))
; ... and so is a record an association finds (`current_owner.shops.find(params[:shop_id])`); not
; `Enumerable#find`, which takes a block and returns an element.
((call receiver: (call) method: (identifier) @method arguments: (argument_list . (_))) @sanitizer
  (#any-of? @method "find" "find_by" "find_by!" "find_by_id" "exists?"))
; `Array(params[:columns]) & ALLOWED` holds only what both sides hold (and `&` of numbers is a number).
(binary operator: "&") @sanitizer
; Not `||`/`&&`: in Ruby they return an operand (`params[:next] || "/"` is the parameter).
(binary operator: ["==" "!=" "<" ">" "<=" ">=" "<=>" "===" "=~" "!~"]) @sanitizer
(unary operator: ["!" "not"]) @sanitizer
; A conditional's condition picks an arm; it is not the value (`ok?(x) ? "a" : "b"`).
(conditional condition: (_) @sanitizer)
[(integer) (float) (true) (false) (nil) (simple_symbol)] @sanitizer
; A lookup returns what the table holds, whatever the key (`SORTS[params[:sort]]`,
; `ACTIONS.fetch(params[:op])`).
; `ARGV` and `ENV` are constants too, but what they hold comes from outside; Sequel's `DB[...]`
; takes a table name or SQL text, not a key.
((element_reference object: (constant) @table (_) @sanitizer)
  (#not-any-of? @table "ARGV" "ENV" "DB"))
; So does a table the program built itself (`pages = Hash[...]; pages[command]`): the key only picks
; one of its values. The object's own taint (`params[:id]`, `ARGV[0]`) still flows.
(element_reference object: (identifier) . (_) @sanitizer)
((call receiver: (constant) @table method: (identifier) @method) @sanitizer
  (#any-of? @method "fetch" "dig" "key" "values_at" "[]")
  (#not-any-of? @table "ARGV" "ENV"))
; ... and the others for their kind of sink.
((call receiver: (constant) @module method: (identifier) @function) @sanitizer.shell
  (#eq? @module "Shellwords") (#any-of? @function "escape" "shellescape" "join" "shelljoin"))
((call method: (identifier) @method) @sanitizer.shell
  (#any-of? @method "shellescape" "shelljoin"))
; A program's own quoting helper, named for it (Redmine's and Capistrano's `shell_quote`, `escape_shell_arg`).
((call !receiver method: (identifier) @method) @sanitizer.shell
  (#match? @method "^(shell_?(quote|escape)|(quote|escape)_?shell(_arg)?|shellwords_escape)$"))
((call receiver: [(constant) (scope_resolution)] @module method: (identifier) @function) @sanitizer.html
  (#any-of? @module "CGI" "ERB::Util" "Rack::Utils" "ERB::Escape")
  (#any-of? @function "escapeHTML" "escape_html" "html_escape" "h" "escape"))
; `url_encode`/`u` and `CGI.escape` percent-encode `<`, `>`, `&` and quotes too; `content_tag`,
; `safe_join` and the `tag` builder escape what they are given (unless it is already marked safe).
((call !receiver method: (identifier) @function) @sanitizer.html
  (#any-of? @function "h" "html_escape" "html_escape_once" "escape_once" "sanitize" "strip_tags" "escape_javascript" "j"
                      "json_escape" "url_encode" "u" "content_tag" "safe_join" "link_to" "simple_format"))
((call receiver: (identifier) @builder) @sanitizer.html
  (#eq? @builder "tag"))
; Rails' form and asset tag helpers (`text_field_tag`, `select_tag`, `image_tag`) escape attributes.
((call !receiver method: (identifier) @function) @sanitizer.html
  (#match? @function "^[a-z_]+_tag$"))
((call receiver: [(constant) (scope_resolution)] @module method: (identifier) @function) @sanitizer.html
  (#any-of? @module "CGI" "ERB::Util" "URI")
  (#any-of? @function "escape" "url_encode" "encode_www_form_component" "encode_uri_component"))
((call receiver: (constant) @module method: (identifier) @function) @sanitizer.path
  (#eq? @module "File") (#any-of? @function "basename" "extname"))
; Strong parameters and key lists: only the named attributes get through.
((call method: (identifier) @method) @sanitizer.fields
  (#any-of? @method "permit" "permit!" "slice" "extract!"))
; A URL whose scheme and host are written out (`"https://example.com/#{path}"`), or a path of this
; site (`"/users/#{id}"`; not `"/#{x}"`, which may become `//evil.example`), stays on that host
; whatever is pasted after; so does a value pasted into the query string (`"#{url}?code=#{code}"`),
; which picks no host either.
((string) @sanitizer.url
  (#match? @sanitizer.url "^[\"'](https?://[^/\"'#{}]+/|/[^/\\\\\"'#])"))
((string (string_content) @query (interpolation) @sanitizer.url)
  (#match? @query "\\?"))
; A helper named for what it returns, a local path or an allowed URL (`LocalPath.call(url, "/")`,
; `safe_redirect_path(url)`), as the `safe_url?`-style checks below are trusted for what they say.
((call receiver: [(constant) (scope_resolution)] @helper) @sanitizer.url
  (#match? @helper "(?i)(^|::)(safe|local|allowed|trusted|same_?site)_?(url|uri|path|redirect|location|return_?to)[a-z_]*$"))
((call !receiver method: (identifier) @function) @sanitizer.url
  (#match? @function "^(safe|local|allowed|trusted|same_site)_(url|uri|path|redirect|redirect_path|redirect_url|location|return_to)$"))
; A route helper builds a path of this application (`url(:staff, :index, id: x)` in Padrino and
; Sinatra, Rails' `user_path(@user)`, `url_for(controller: ...)`).
((call !receiver method: (identifier) @function arguments: (argument_list . (simple_symbol))) @sanitizer.url
  (#any-of? @function "url" "url_for" "path" "absolute_url"))
((call !receiver method: (identifier) @function arguments: (argument_list)) @sanitizer.url
  (#match? @function "^[a-z][a-z0-9_]*_path$"))
; Rails 7 `url_from` returns nil for another host.
((call !receiver method: (identifier) @function) @sanitizer.url
  (#eq? @function "url_from"))
; Sequel's expression builders bind their values (`Sequel.ilike(:title, "%#{q}%")`); `Sequel.lit` pastes.
((call receiver: (constant) @module method: (identifier) @function) @sanitizer.sql
  (#eq? @module "Sequel") (#not-any-of? @function "lit" "function"))
; An array whose first element is the SQL (`[cond.join(" AND "), *args]`, `["id = ?", id]`) is what
; ActiveRecord binds: the rest are values, not text of the query (the first still is).
(array . (_) (_) @sanitizer.sql)
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
; `unless c` is `if !c`: the conditional stands for its own negated condition.
(unless_modifier body: (_) @guard.then condition: (_) @guard.operand) @guard @guard.condition @guard.not
(unless condition: (_) @guard.operand consequence: (_) @guard.then) @guard @guard.condition @guard.not
(unless alternative: (else) @guard.else) @guard
(conditional condition: (_) @guard.condition consequence: (_) @guard.then alternative: (_) @guard.else) @guard
[(return) (next) (break)] @guard.exit
((call !receiver method: (identifier) @function) @guard.exit
  (#any-of? @function "raise" "fail" "abort" "exit" "exit!" "head" "render_not_found" "halt" "error!" "redirect"))
; Roda's `r.redirect` and `r.halt` end the request (they throw), as Sinatra's `redirect` and `halt` do.
((call receiver: (identifier) @request method: (identifier) @method) @guard.exit
  (#eq? @request "r") (#any-of? @method "redirect" "halt"))
(unary operator: ["!" "not"] operand: (_) @guard.operand) @guard.not
(binary left: (_) @guard.operand operator: ["&&" "and"] right: (_) @guard.operand) @guard.and
(binary left: (_) @guard.operand operator: ["||" "or"] right: (_) @guard.operand) @guard.or
(parenthesized_statements (_) @guard.operand) @guard.and
; What a check of a value also checks: a URL's host (`uri.host`; not its scheme or path), the inside
; of `(x)`, `x.to_s`, `x.downcase`, `x.strip`.
((call receiver: (_) @guard.through method: (identifier) @field)
  (#any-of? @field "host" "hostname" "authority" "origin"))
((call receiver: (_) @guard.through method: (identifier) @method) @guard.through
  (#any-of? @method "to_s" "to_str" "downcase" "strip" "chomp"))
(parenthesized_statements (_) @guard.through)
; URL parsers and path normalisers: checking their result checks their input.
((call receiver: [(constant) (scope_resolution)] @module method: (identifier) @function) @guard.parse
  (#any-of? @module "URI" "Addressable::URI") (#any-of? @function "parse" "join" "heuristic_parse"))
((call !receiver method: (identifier) @function) @guard.parse
  (#eq? @function "URI"))
((call receiver: (constant) @module method: (identifier) @function) @guard.normalize
  (#any-of? @module "File" "Pathname") (#any-of? @function "expand_path" "realpath" "absolute_path"))
((call method: (identifier) @method) @guard.normalize
  (#any-of? @method "realpath" "expand_path" "cleanpath"))
; `ALLOWED.include?(x)`, `x == "asc"`.
((call receiver: [(constant) (scope_resolution) (array) (string_array) (symbol_array)
                  (call receiver: [(constant) (scope_resolution) (call receiver: (constant))])]
       method: (identifier) @method arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#any-of? @method "include?" "member?" "key?" "has_key?"))
; ... or in a list a record or the object holds (`client.redirect_uris.include?(uri)`,
; `@allowed_hosts.include?(host)`), not one the request sent.
((call receiver: [(instance_variable) (call receiver: [(identifier) (instance_variable)] @holder)]
       method: (identifier) @method arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#any-of? @method "include?" "member?" "key?" "has_key?")
  (#not-any-of? @holder "params" "request" "cookies" "session" "r" "req" "rack_request" "env"))
; Validation by pattern: `x.match?(/\A[\w-]+\z/)`, `x =~ /\A...\z/`, `/\A...\z/.match?(x)`, anchored
; at both ends with `\A` and `\z` (`^`/`$` match at any line). Without `.` or `/` it holds for every
; sink; allowing them (a `.` only inside a class), for the shell and SQL only.
((call receiver: (_) @guard.subject method: (identifier) @method arguments: (argument_list . (regex) @pattern .)) @guard.safe
  (#any-of? @method "match?" "match") (#match? @pattern "^(/|%r.)\\\\A([\\^\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dwh-])*\\\\[zZ].[a-z]*$"))
((call receiver: (regex) @pattern method: (identifier) @method arguments: (argument_list . (_) @guard.subject .)) @guard.safe
  (#any-of? @method "match?" "match") (#match? @pattern "^(/|%r.)\\\\A([\\^\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dwh-])*\\\\[zZ].[a-z]*$"))
((binary left: (_) @guard.subject operator: "=~" right: (regex) @pattern) @guard.safe
  (#match? @pattern "^(/|%r.)\\\\A([\\^\\[\\]{}(),+*?|A-Za-z0-9_-]|\\\\[dwh-])*\\\\[zZ].[a-z]*$"))
((call receiver: (_) @guard.subject method: (identifier) @method arguments: (argument_list . (regex) @pattern .)) @guard.safe.shell
  (#any-of? @method "match?" "match") (#match? @pattern "^(/|%r.)\\\\A([\\^\\[\\]{}(),+*?|A-Za-z0-9_:@/-]|\\\\[dwh./-]|\\.(?=[^\\]]*\\]))*\\\\[zZ].[a-z]*$"))
((call receiver: (_) @guard.subject method: (identifier) @method arguments: (argument_list . (regex) @pattern .)) @guard.safe.sql
  (#any-of? @method "match?" "match") (#match? @pattern "^(/|%r.)\\\\A([\\^\\[\\]{}(),+*?|A-Za-z0-9_:@/-]|\\\\[dwh./-]|\\.(?=[^\\]]*\\]))*\\\\[zZ].[a-z]*$"))
; A path on this site: `u.start_with?("/") && !u.start_with?("//")`, or a pattern of a slash followed
; by anything but a slash (`u.match?(%r{\A/[^/\\]})`); `//evil.example` is another host.
((binary
   left: (call receiver: (_) @guard.subject method: (identifier) @first arguments: (argument_list . (string) @slash .))
   operator: ["&&" "and"]
   right: (unary operand: (call receiver: (_) @other method: (identifier) @second arguments: (argument_list . (string) @double .)))) @guard.safe.url
  (#eq? @first "start_with?") (#eq? @second "start_with?") (#eq? @guard.subject @other)
  (#match? @slash "^[\"']/[\"']$") (#match? @double "^[\"']//[\"']$"))
; The same inside a longer chain of checks (`v.is_a?(String) && v.start_with?("/") && !v.start_with?("//")`).
((binary
   left: (binary
     right: (call receiver: (_) @guard.subject method: (identifier) @first arguments: (argument_list . (string) @slash .)))
   operator: ["&&" "and"]
   right: (unary operand: (call receiver: (_) @other method: (identifier) @second arguments: (argument_list . (string) @double .)))) @guard.safe.url
  (#eq? @first "start_with?") (#eq? @second "start_with?") (#eq? @guard.subject @other)
  (#match? @slash "^[\"']/[\"']$") (#match? @double "^[\"']//[\"']$"))
((call receiver: (_) @guard.subject method: (identifier) @method arguments: (argument_list . (regex) @pattern .)) @guard.safe.url
  (#any-of? @method "match?" "match") (#match? @pattern "^(/|%r.)\\\\A(/|\\\\/)\\[\\^[^\\]]*/"))
(binary left: (_) @guard.subject operator: "==" right: (_) @guard.subject) @guard.safe
(binary left: (_) @guard.subject operator: "!=" right: (_) @guard.subject) @guard.unsafe
((call !receiver method: (identifier) @function arguments: (argument_list (_) @guard.subject)) @guard.safe.url
  (#match? @function "^(safe|allowed|trusted|valid|local)_(url|host|redirect|path)\\?$"))

; The file's methods and calls of them by name, for taint that crosses a call (TaintCalls): a
; call without a receiver (`helper(x)`, on self) or on another object of the file
; (`order_repo.by_status(status)` in a Hanami action, the repository's method below it), bound by
; name when one method of the file has it.
((method name: (identifier) @method.name parameters: (method_parameters) @method.parameters) @method
  (#not-eq? @method.name "initialize"))
; A module's or class's own methods (`def self.esc(value)`), called as `StatusPage.esc(x)`.
(singleton_method name: (identifier) @method.name parameters: (method_parameters) @method.parameters) @method
(return (argument_list . (_) @function.return))
; A method's value is its last expression.
[(method body: (body_statement (_) @function.return .)) (singleton_method body: (body_statement (_) @function.return .))]
(call method: (identifier) @call.method arguments: (argument_list) @call.arguments)
; Ruby calls a method without arguments without parentheses: `def search_term` (no parameter
; list), then `search_term` or `self.search_term` (`@call.empty`: a call with no argument list).
; A bare name is a call only where it is read as a value; a local of the same name as one of the
; file's methods would be taken for the method.
((method name: (identifier) @method.name !parameters) @method
  (#not-eq? @method.name "initialize"))
(call receiver: (self) method: (identifier) @call.method !arguments) @call.empty
(argument_list (identifier) @call.method @call.empty)
(interpolation (identifier) @call.method @call.empty)
(assignment right: (identifier) @call.method @call.empty)
(element_reference object: (identifier) @call.method @call.empty)
(call receiver: (identifier) @call.method @call.empty)
(binary [left: (identifier) right: (identifier)] @call.method @call.empty)
(pair value: (identifier) @call.method @call.empty)
; `SearchProducts.new(term: params[:q])` runs the class's `initialize`; what it stores in
; instance variables is read by the other methods of the class (`@term`).
(class
  name: [(constant) @constructor.class (scope_resolution name: (constant) @constructor.class)]
  body: (body_statement
    (method name: (identifier) @initialize parameters: (method_parameters) @constructor.parameters) @constructor)
  (#eq? @initialize "initialize"))
((call receiver: [(constant) @call.function (scope_resolution name: (constant) @call.function)]
       method: (identifier) @new arguments: (argument_list) @call.arguments)
  (#eq? @new "new"))
(instance_variable) @field @field.name
(class) @field.class
; The session is kept between requests: a key one route writes with request data
; (`session[:return_to] = req.params["return_to"]`) holds it when another reads it
; (`session.delete(:return_to)`), in the same controller or app file.
((element_reference object: (identifier) @session . [(simple_symbol) (string)] @field.name .) @field
  (#eq? @session "session"))
((call receiver: (identifier) @session method: (identifier) @method arguments: (argument_list . [(simple_symbol) (string)] @field.name)) @field
  (#eq? @session "session") (#any-of? @method "delete" "fetch" "[]" "dig"))
((assignment left: (element_reference object: (identifier) @session) @target right: (_) @value) @update
  (#eq? @session "session"))
(program) @field.class

; Sink-first rules (`built:`, see Sources/CodePalAnalysis/Lint/TaintBuiltText.swift). Every
; parameter of a method is a value whose origin this file does not check, whoever calls it (a
; controller of a framework no rule names, a job, a service object's caller): untrusted only in
; the analysis of those rules. (Not a block's: it walks a collection or is handed what the
; method yields.)
(method_parameters [(identifier) @unchecked
                    (optional_parameter name: (identifier) @unchecked)
                    (keyword_parameter name: (identifier) @unchecked)
                    (splat_parameter name: (identifier) @unchecked)])
; Text put together from parts: interpolation (strings, backticks, `%x()`), `+`, `%`, `format`,
; `join`, and what `<<` or `concat` appends (the flows above carry each appended value into the
; string; the value itself is the part).
(string (interpolation (_) @built.part)) @built
(subshell (interpolation (_) @built.part)) @built
(binary left: (_) @built.part operator: "+" right: (_) @built.part) @built
(binary left: [(string) (identifier) (constant)] operator: "%" right: (_) @built.part) @built
((call !receiver method: (identifier) @method arguments: (argument_list (_) @built.part)) @built
  (#any-of? @method "format" "sprintf"))
((call receiver: (_) @built.part method: (identifier) @method) @built
  (#eq? @method "join"))
; (Not a call's result appended: a helper's output, or bind values pushed into an array.)
(binary operator: "<<" right: [(identifier) (instance_variable) (element_reference) (string) (binary)] @built @built.part)
((call method: (identifier) @method arguments: (argument_list [(identifier) (instance_variable) (element_reference) (string) (binary)] @built @built.part))
  (#any-of? @method "concat" "prepend"))
