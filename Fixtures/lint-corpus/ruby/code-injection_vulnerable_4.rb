class PagesController < ApplicationController
  def preview
    render inline: "<h1><%= @page.title %></h1>#{params[:footer]}" # expect: code-injection
  end
end

get "/greet" do
  erb "Hello #{params[:name]}" # expect: code-injection
end
