module CommentsHelper
  def comment_author_badge(comment)
    name = comment.author&.display_name || "anonymous"
    content_tag(:span, name, class: "badge badge-author")
  end

  def highlighted(comment, term)
    return comment.body if term.blank?

    highlight(comment.body, term, highlighter: '<mark>\1</mark>')
  end

  def author_line(comment)
    safe_join([comment_author_badge(comment), " wrote ", time_ago_in_words(comment.created_at), " ago"])
  end
end

class SearchController < ApplicationController
  def show
    @results = Article.published.search(params[:q]).limit(20)
    if @results.empty?
      message = "<p class=\"empty\">Nothing found for <b>#{ERB::Util.html_escape(params[:q])}</b></p>"
      render html: message.html_safe, layout: true
    end
  end
end
