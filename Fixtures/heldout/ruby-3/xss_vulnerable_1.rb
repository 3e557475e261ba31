# app/helpers/tags_helper.rb
module TagsHelper
  def tag_cloud(tags)
    html = "".html_safe
    html.safe_concat("<ul class=\"tag-cloud\">")
    tags.each do |tag|
      html.safe_concat("<li data-count=\"#{tag.count}\">#{tag.name}</li>") # expect: xss
    end
    html.safe_concat("</ul>")
  end

  def back_link
    link_to "Back", params[:back].presence || root_path, class: "btn btn-link" # expect: xss
  end

  def search_summary
    "Showing results for <em>#{params[:q]}</em>".html_safe # expect: xss
  end
end
