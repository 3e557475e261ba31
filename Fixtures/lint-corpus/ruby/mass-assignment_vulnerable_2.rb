require "sinatra"
require "json"

# Sinatra with ActiveRecord has no strong parameters: the hash is written as it comes.
post "/api/projects" do
  attrs = JSON.parse(request.body.read)
  project = Project.create!(attrs) # expect: mass-assignment
  json project
end

put "/api/projects/:id" do
  project = Project.find(params[:id])
  project.update(params.except("id", "splat", "captures")) # expect: mass-assignment
  json project
end

post "/api/projects/bulk" do
  JSON.parse(request.body.read).fetch("projects").each do |fields|
    Project.new(fields).save! # expect: mass-assignment
  end
  status 204
end
