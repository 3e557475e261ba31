# frozen_string_literal: true

# ViewComponent used on the public event pages, plus the preview endpoint organisers use.
class EventCardComponent < ViewComponent::Base
  def initialize(event:, highlight: nil)
    @event = event
    @highlight = highlight
  end

  def call
    title = @highlight ? @event.title.sub(@highlight, "<em>#{@highlight}</em>") : ERB::Util.html_escape(@event.title)
    html = +"<article class=\"event\">"
    html << "<h3>#{title}</h3>"
    html << "<p class=\"venue\">#{@event.venue_name}</p>"
    html << "</article>"
    html.html_safe # expect: xss
  end
end

class EventPreviewsController < ApplicationController
  def show
    event = current_organiser.events.find(params[:id])
    render html: "<div class=\"preview\">#{params[:message]}</div>".html_safe, layout: "preview" # expect: xss
  end

  def card
    event = Event.published.find(params[:id])
    render(EventCardComponent.new(event: event, highlight: params[:q]))
  end

  def description
    event = Event.published.find(params[:id])
    render html: helpers.simple_format(event.description, {}, sanitize: false) # expect: xss
  end
end
