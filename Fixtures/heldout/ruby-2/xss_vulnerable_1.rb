module CommentsHelper
  def comment_author_badge(comment)
    name = comment.author&.display_name || "anonymous"
    "<span class=\"badge badge-author\">#{name}</span>".html_safe # expect: xss
  end

  def highlighted(comment, term)
    return comment.body if term.blank?

    raw(comment.body.gsub(term, "<mark>#{term}</mark>")) # expect: xss
  end
end

class SearchController < ApplicationController
  def show
    @results = Article.published.search(params[:q]).limit(20)
    if @results.empty?
      render html: "<p class=\"empty\">Nothing found for <b>#{params[:q]}</b></p>".html_safe, layout: true # expect: xss
    end
  end
end
