require "sinatra"
require "json"
require "open3"

set :exports_dir, "/srv/exports"

def archive_script(project, format)
  script = +"set -e\n"
  script << "cd /srv/projects/#{project}\n"
  script << "git archive --format=#{format} HEAD > #{settings.exports_dir}/#{project}.#{format}\n"
  script
end

post "/projects/:name/export" do
  format = params["format"] || "tar.gz"
  ok = system("bash", "-c", archive_script(params["name"], format)) # expect: command-injection
  halt 500, { error: "export failed" }.to_json unless ok
  content_type :json
  { file: "#{params['name']}.#{format}" }.to_json
end

get "/projects/:name/size" do
  content_type :json
  Open3.popen3("du -sh /srv/projects/#{params['name']}") do |_stdin, stdout, _stderr, _wait| # expect: command-injection
    { size: stdout.read.split.first }.to_json
  end
end
