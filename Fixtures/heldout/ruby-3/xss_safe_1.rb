# app/helpers/tags_helper.rb
module TagsHelper
  SAFE_SCHEMES = %w[http https].freeze

  def tag_cloud(tags)
    items = tags.map do |tag|
      content_tag(:li, tag.name, data: { count: tag.count })
    end
    content_tag(:ul, safe_join(items), class: "tag-cloud")
  end

  def back_link
    target = params[:back].presence
    uri = target && URI.parse(target)
    target = root_path unless uri && (uri.scheme.nil? || SAFE_SCHEMES.include?(uri.scheme))
    link_to "Back", target, class: "btn btn-link"
  rescue URI::InvalidURIError
    link_to "Back", root_path, class: "btn btn-link"
  end

  def search_summary
    "Showing results for <em>#{h(params[:q])}</em>".html_safe
  end
end
