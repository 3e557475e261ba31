module ProfilesHelper
  def profile_headline(user)
    "<h2>#{user.display_name}</h2><p class=\"tagline\">#{user.tagline}</p>".html_safe # expect: xss
  end

  def search_notice
    return "" if params[:q].blank?

    raw("Results for <strong>#{params[:q]}</strong>") # expect: xss
  end

  def contact_link(user)
    return "" if user.email.blank?

    mail_to(user.email, "Contact #{user.first_name}")
  end

  def bio_html(user)
    markdown = Redcarpet::Markdown.new(Redcarpet::Render::HTML)
    markdown.render(user.bio.to_s).html_safe # expect: xss
  end

  def flash_messages
    safe_join(flash.map { |type, msg| content_tag(:div, msg, class: "flash #{type}") })
  end
end
