require "sinatra"
require "open3"
require "tmpdir"

BRANCH_RE = /\A[\w.\-\/]{1,100}\z/

post "/convert" do
  upload = params[:file]
  halt 400, "no file" unless upload

  Dir.mktmpdir do |dir|
    src = File.join(dir, File.basename(upload[:filename]))
    File.binwrite(src, upload[:tempfile].read)
    system("libreoffice", "--headless", "--convert-to", "pdf", "--outdir", dir, src)
    pdf = Dir[File.join(dir, "*.pdf")].first
    halt 500, "conversion failed" unless pdf
    content_type "application/pdf"
    File.binread(pdf)
  end
end

get "/repo/log" do
  branch = params.fetch("branch", "main")
  halt 400 unless branch.match?(BRANCH_RE) && !branch.start_with?("-")
  out, status = Open3.capture2("git", "log", "--oneline", "-n", "20", branch)
  halt 500 unless status.success?
  content_type "text/plain"
  out
end

get "/repo/head" do
  content_type "text/plain"
  `git rev-parse --short HEAD`
end
