# frozen_string_literal: true

# app/helpers/tickets_helper.rb - used by the support desk's ticket views.
module TicketsHelper
  STATUS_COLOURS = { "open" => "green", "pending" => "amber", "closed" => "grey" }.freeze

  def status_badge(ticket)
    colour = STATUS_COLOURS.fetch(ticket.status, "grey")
    content_tag(:span, ticket.status.humanize, class: "badge badge-#{colour}")
  end

  def requester_line(ticket)
    "Opened by <strong>#{ticket.requester_name}</strong> &lt;#{ticket.requester_email}&gt;".html_safe # expect: xss
  end

  def subject_with_match(ticket, query)
    return ticket.subject if query.blank?

    raw(ticket.subject.gsub(query, "<mark>#{query}</mark>")) # expect: xss
  end

  def ticket_tags(ticket)
    links = ticket.tags.map { |tag| link_to(tag.name, tickets_path(tag: tag.name)) }
    content_tag(:div, class: "tags") do
      "#{links.join(' ')} <span class=\"count\">#{params[:tag]}</span>".html_safe # expect: xss
    end
  end
end
