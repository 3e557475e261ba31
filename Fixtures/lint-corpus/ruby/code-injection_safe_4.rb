class PagesController < ApplicationController
  def preview
    @footer = params[:footer]
    render inline: "<h1><%= @page.title %></h1><%= @footer %>"
  end
end

get "/greet" do
  erb :greet, locals: { name: params[:name] }
end
