require "sinatra"
require "json"

EDITABLE = %w[title description due_on].freeze

post "/api/projects" do
  attrs = JSON.parse(request.body.read)
  project = Project.create!(attrs.slice(*EDITABLE))
  json project
end

put "/api/projects/:id" do
  project = Project.find(params[:id])
  project.update(title: params[:title], due_on: params[:due_on])
  json project
end

get "/api/projects/search" do
  matcher = Regexp.new(Regexp.escape(params[:q].to_s), Regexp::IGNORECASE)
  json Project.all.select { |p| p.title.match?(matcher) }
end
