module ProfilesHelper
  include ERB::Util

  def profile_headline(user)
    "<h2>#{h(user.display_name)}</h2><p class=\"tagline\">#{h(user.tagline)}</p>".html_safe
  end

  def search_notice
    return "" if params[:q].blank?

    safe_join(["Results for ", content_tag(:strong, params[:q])])
  end

  def bio_html(user)
    markdown = Redcarpet::Markdown.new(Redcarpet::Render::HTML.new(filter_html: true, safe_links_only: true))
    sanitize(markdown.render(user.bio.to_s), tags: %w[p em strong a ul ol li code], attributes: %w[href])
  end

  def separator
    raw("&nbsp;&middot;&nbsp;")
  end

  def icon(name)
    "<svg class=\"icon\"><use href=\"#icon-#{ICONS.fetch(name)}\"></use></svg>".html_safe
  end

  ICONS = { edit: "pencil", delete: "trash", share: "arrow" }.freeze
end
