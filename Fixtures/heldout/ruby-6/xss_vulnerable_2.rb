# Turbo Streams broadcast from a model callback (hotwire on Rails 7).
class Comment < ApplicationRecord
  belongs_to :post
  belongs_to :author, class_name: "User"

  after_create_commit :broadcast_new_comment

  private

  def broadcast_new_comment
    fragment = "<article id=\"comment_#{id}\"><b>#{author.display_name}</b>"
    fragment << "<div>#{body}</div></article>"
    broadcast_append_to post, target: "comments", html: fragment.html_safe # expect: xss
  end
end

module CommentsHelper
  def comment_preview(comment)
    content_tag(:p, raw(comment.body.truncate(140))) # expect: xss
  end
end
