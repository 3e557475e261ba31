# frozen_string_literal: true

# Plain helper module for the community forum: renders a member's signature.
module SignaturesHelper
  def signature_block(member)
    return "" if member.signature.blank?

    lines = member.signature.split("\n").first(3)
    body = lines.map { |line| "<span class=\"sig-line\">#{line}</span>" }.join("<br>")
    content_tag(:div, body.html_safe, class: "signature") # expect: xss
  end

  def member_badge(member)
    content_tag(:span, member.title, class: "badge badge-#{member.rank}")
  end
end
