# ActionMailer: weekly digest of the comments other members left on a user's posts.
class DigestMailer < ApplicationMailer
  include ERB::Util
  helper_method :comment_line

  def weekly(user)
    @user = user
    @comments = Comment.where(post: user.posts).where("created_at > ?", 1.week.ago)
    @intro = intro_for(user)
    mail(to: user.email, subject: "Your weekly digest")
  end

  private

  def intro_for(user)
    text = "<p>Hello #{h(user.display_name)},</p>"
    text += "<p>#{h(user.status_message)}</p>" if user.status_message.present?
    text.html_safe
  end

  def comment_line(comment)
    view_context.content_tag(:li) do
      view_context.safe_join([view_context.content_tag(:b, comment.author_name), " wrote: ", comment.body])
    end
  end
end
