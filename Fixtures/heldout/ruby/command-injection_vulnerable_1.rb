require "sinatra"
require "open3"
require "tmpdir"

# Small internal service that renders uploaded documents to PDF and reports git info.
post "/convert" do
  upload = params[:file]
  halt 400, "no file" unless upload

  Dir.mktmpdir do |dir|
    src = File.join(dir, upload[:filename])
    File.binwrite(src, upload[:tempfile].read)
    system("libreoffice --headless --convert-to pdf --outdir #{dir} #{src}") # expect: command-injection
    pdf = Dir[File.join(dir, "*.pdf")].first
    halt 500, "conversion failed" unless pdf
    content_type "application/pdf"
    File.binread(pdf)
  end
end

get "/repo/log" do
  branch = params.fetch("branch", "main")
  out, status = Open3.capture2("git log --oneline -n 20 #{branch}") # expect: command-injection
  halt 500 unless status.success?
  content_type "text/plain"
  out
end

get "/repo/blame" do
  content_type "text/plain"
  `git blame -- #{params[:path]}` # expect: command-injection
end
