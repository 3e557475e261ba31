require "sinatra"
require "json"
require "shellwords"

PROJECT = /\A[a-z0-9][a-z0-9_-]{0,40}\z/
FORMATS = %w[tar tar.gz zip].freeze
ARCHIVE = 'cd "/srv/projects/$1" && git archive --format="$2" HEAD > "/srv/exports/$1.$2"'

post "/projects/:name/export" do
  name = params["name"]
  format = params["format"] || "tar.gz"
  halt 400, { error: "bad request" }.to_json unless name.match?(PROJECT) && FORMATS.include?(format)
  ok = system("bash", "-c", ARCHIVE, "export", name, format)
  halt 500, { error: "export failed" }.to_json unless ok
  content_type :json
  { file: "#{name}.#{format}" }.to_json
end

get "/projects/:name/size" do
  content_type :json
  halt 404 unless params["name"].match?(PROJECT)
  size = `du -sh #{Shellwords.escape("/srv/projects/#{params['name']}")}`.split.first
  { size: size }.to_json
end
