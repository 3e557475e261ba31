# ActionMailer: weekly digest of the comments other members left on a user's posts.
class DigestMailer < ApplicationMailer
  helper_method :comment_line

  def weekly(user)
    @user = user
    @comments = Comment.where(post: user.posts).where("created_at > ?", 1.week.ago)
    @intro = intro_for(user)
    mail(to: user.email, subject: "Your weekly digest")
  end

  private

  def intro_for(user)
    text = "<p>Hello #{user.display_name},</p>"
    text += "<p>#{user.status_message}</p>" if user.status_message.present?
    text.html_safe # expect: xss
  end

  def comment_line(comment)
    view_context.content_tag(:li) do
      view_context.raw("<b>#{comment.author_name}</b> wrote: #{comment.body}") # expect: xss
    end
  end
end
