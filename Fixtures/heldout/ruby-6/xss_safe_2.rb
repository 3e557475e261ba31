# Turbo Streams broadcast from a model callback (hotwire on Rails 7).
class Comment < ApplicationRecord
  belongs_to :post
  belongs_to :author, class_name: "User"

  after_create_commit :broadcast_new_comment

  private

  def broadcast_new_comment
    broadcast_append_to post, target: "comments", partial: "comments/comment", locals: { comment: self }
  end
end

module CommentsHelper
  def comment_preview(comment)
    content_tag(:p, comment.body.truncate(140))
  end
end
